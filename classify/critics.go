package classify

import (
	"slices"
	"strings"
)

// Critics praise and damn in constructions a lexicon reads backwards: an
// ironic comparison ("about as exciting as a lecture on tax law", "all the
// grace of a falling piano", "half as clever"), an excess ("too dumb to be
// fun") or a failure ("forgets to be charming"), a difficulty ("hard to
// care about these characters"), and praise said with words of harm
// ("wickedly funny", "achingly beautiful"). Each is general English syntax,
// as common in a review of a phone or a restaurant as of a film.

// intensifierAdverbs before a praise word say how much, not that anything
// is bad ("wickedly funny", "ridiculously comfortable"), though VADER rates
// most of them as blame.
var intensifierAdverbs = []string{
	"wickedly", "seriously", "ridiculously", "stupidly", "dangerously", "frighteningly", "devilishly",
	"disgustingly", "outrageously", "shockingly", "painfully", "brutally", "strangely", "weirdly", "terribly",
	"horribly", "heartbreakingly", "darkly", "achingly", "hauntingly", "gleefully", "criminally", "sinfully",
	"scarily", "terrifyingly", "absurdly", "obscenely", "wildly", "fiercely", "savagely",
}

// hardWords open a difficulty: "hard to care", "impossible to resist".
var hardWords = []string{"hard", "difficult", "impossible", "tough", "harder"}

// boostIntensifiers makes an intensifier adverb a booster where a praise
// word follows it in its clause.
// Not before "like" ("smells terribly like cat pee") or a word that opens
// a clause of its own ("painfully clear that...", "dangerously easy to
// overspend").
//
// Before an unrated word, one of the adverbs that in use say only how much
// ("seriously addictive", "wildly popular") loses its own rating: the
// sentence says how much, not that anything is harmful. An adverb of alarm
// keeps its harm except before a word of appeal (see alarmAdverb). The
// adverbs that judge as they measure ("horribly designed", "painfully
// slow to load") keep theirs.
func boostIntensifiers(low []byte, toks []sentToken) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].info.flags&wIntensifier == 0 || toks[i].flags&tEndClause != 0 || toks[i].span != 0 {
			continue
		}
		if n := &toks[i+1]; n.info.val == 0 && n.span == 0 && !isNegator(n) && degreeAdverb(tokWord(low, toks, i)) &&
			!clauseWord(tokWord(low, toks, i+1)) && (!alarmAdverb(tokWord(low, toks, i)) || appealWord(tokWord(low, toks, i+1))) {
			toks[i].info.val, toks[i].info.flags = 0, toks[i].info.flags&^wInLexicon
			continue
		}
		if toks[i+1].info.val <= 0 || !rated(&toks[i+1]) || tokWord(low, toks, i+1) == "like" {
			continue
		}
		if toks[i+1].flags&tEndClause == 0 {
			if n := tokWord(low, toks, i+2); n == "that" || n == "to" {
				continue
			}
		}
		toks[i].info.flags |= wBoostUp
	}
}

// criticsConstructions negates the praise of ironic comparisons, excesses
// and failures, and reads difficulties, once the main pass has rated every
// word.
func criticsConstructions(low []byte, toks []sentToken) {
	w := func(i int) string { return tokWord(low, toks, i) }
	for i := range toks {
		t := &toks[i]
		if t.flags&tEndClause == 0 && i+2 < len(toks) && t.info.flags&wHard != 0 && w(i+1) == "to" && toks[i+1].flags&tEndClause == 0 {
			difficulty(low, toks, i)
		}
		if t.flags&tEndClause == 0 && i+3 < len(toks) && t.info.flags&wHard != 0 && w(i+1) == "not" && w(i+2) == "to" && sameClause(toks, i, i+3) {
			cannotHelp(low, toks, i)
		}
		if t.val <= 0 || t.flags&tNegated != 0 {
			continue
		}
		b := i - int(t.span)
		if b >= 2 && sameClause(toks, b-2, b) {
			switch {
			case w(b-1) == "as" && w(b-2) == "about" && i+2 < len(toks) && sameClause(toks, i, i+2) && w(i+1) == "as":
				// "about as exciting as a tax return", "about as fun as
				// watching paint dry"; not "about as good as you'd
				// expect", "as the one next door" or "as a hotel gets".
				if c := w(i + 2); (c == "a" || c == "an" || len(c) > 4 && c[len(c)-3:] == "ing") && !clauseHas(low, toks, i+3, "gets", "get", "can", "comes", "come", "goes") {
					negateAt(toks, i, b-2)
				}
			case w(b-1) == "as" && w(b-2) == "half":
				negateAt(toks, i, b-2) // "half as clever as it thinks"
			case w(b-1) == "the" && w(b-2) == "all" && i+2 < len(toks) && sameClause(toks, i, i+2) && w(i+1) == "of":
				// "all the charm of a dead fish"; not "all the comfort of a
				// luxury car at half the price", "all the fun of a theme
				// park without the crowds".
				switch w(i + 2) {
				case "a", "an", "two", "three", "wet", "dead":
					if !clauseHas(low, toks, i+3, "at", "for", "without", "in", "with", "on", "minus", "but") {
						negateAt(toks, i, b-2)
					}
				}
			}
		}
		if b >= 3 {
			switch w(b - 1) {
			case "can", "could", "will", "would":
				// "Not even Meryl Streep can save this one", "not even
				// a great cast could rescue it": beyond the three words
				// a negation reaches.
				for j := b - 2; j >= 1 && j >= b-8 && toks[j].flags&tEndClause == 0; j-- {
					if w(j) == "even" && w(j-1) == "not" && (j == 1 || toks[j-2].flags&tEndClause != 0) {
						negateAt(toks, i, j-1)
						break
					}
				}
				if t.flags&tNegated != 0 {
					continue
				}
			}
		}
		k := b - 1
		if w(k) == "be" {
			k--
		}
		if k < 1 || w(k) != "to" || !sameClause(toks, max(k-2, 0), b) {
			continue
		}
		negated := func(m int) bool { return m >= 0 && isNegator(&toks[m]) }
		switch w(k - 1) {
		case "fails", "fail", "failed", "failing", "forgets", "forgot", "forget", "forgetting", "neglects":
			if negated(k-2) || negated(k-3) {
				continue // "never fails to amaze"
			}
			negateAt(toks, i, k-1) // "forgets to be charming", "Fails to impress."
			if toks[k-1].val < 0 {
				toks[k-1].val = 0 // the failure is that negation
			}
		case "much", "here", "there":
			// "there's not much here to recommend", "not much to like":
			// what is denied is the praise after "to".
			m := k - 1
			if w(m) != "much" {
				m--
			}
			if m >= 1 && w(m) == "much" && isNegator(&toks[m-1]) && sameClause(toks, m-1, k) {
				negateAt(toks, i, m-1)
			}
		case "little":
			// "does little to help renters", "did little to improve it".
			switch w(k - 2) {
			case "do", "does", "did", "done", "doing":
				negateAt(toks, i, k-2)
			}
		default:
			// "too dumb to be fun"; not "too good to be true", "never too
			// old to enjoy it" or "too much to love".
			if k >= 2 && w(k-2) == "too" && toks[k-1].val <= 0 && !negated(k-3) && w(k-1) != "much" && w(k-1) != "many" {
				negateAt(toks, i, k-2)
			}
		}
	}
}

// clauseHas reports whether one of words comes from toks[from] to the end
// of its clause.
func clauseHas(low []byte, toks []sentToken, from int, words ...string) bool {
	for j := from; j < len(toks); j++ {
		if w := tokWord(low, toks, j); slices.Contains(words, w) {
			return true
		}
		if toks[j].flags&tEndClause != 0 {
			break
		}
	}
	return false
}

// negateAt negates the rating of toks[i], a negation that starts at
// toks[from].
func negateAt(toks []sentToken, i, from int) {
	t := &toks[i]
	if t.flags&tNegated != 0 {
		return
	}
	t.val *= negScalar
	t.flags |= tNegated
	t.modStart = min(t.modStart, toks[from].start)
}

// cannotHelp reads "hard not to V" at toks[h]: what one cannot help doing
// ("impossible not to love", "hard not to laugh", "difficult not to cringe")
// is done, so the difficulty is no blame and the "not" no negation of V.
// Being moved or touched is praise there ("impossible not to be moved by
// the final scene").
func cannotHelp(low []byte, toks []sentToken, h int) {
	v := h + 3
	if tokWord(low, toks, v) == "be" && v+1 < len(toks) && sameClause(toks, v, v+1) {
		v++
	}
	toks[h].val = 0
	for j := h + 3; j <= v+2 && j < len(toks); j++ {
		if t := &toks[j]; t.flags&tNegated != 0 && t.modStart == toks[h+1].start {
			t.val /= negScalar
			t.flags &^= tNegated
		}
		if toks[j].flags&tEndClause != 0 {
			break
		}
	}
	if t := &toks[v]; t.val == 0 && t.span == 0 {
		switch tokWord(low, toks, v) {
		case "moved", "touched":
			t.val = 1.5
		}
	}
}

// difficulty reads "hard to V" at toks[h]: a difficulty negates praise
// ("hard to care about", "impossible to like") and is no rating of its
// own; a difficulty of resisting, faulting, bettering or putting down is
// praise ("hard to resist", "hard to improve on", "impossible to put this
// book down"). "hard to please" says nothing, nor does effort ("worked
// hard to help us"). What is "hard to ignore" or
// "hard to shake" may be a noise or a cough as well as a charm: those are
// left to the words around.
func difficulty(low []byte, toks []sentToken, h int) {
	v := &toks[h+2]
	if v.span != 0 || v.info.flags&wFixed != 0 {
		return // "hard to beat" is an idiom of its own
	}
	if h > 0 && toks[h-1].flags&tEndClause == 0 {
		p := tokWord(low, toks, h-1)
		for _, effort := range []string{"work", "tri", "try", "push", "fought", "fight", "striv", "strove", "pray"} {
			if strings.HasPrefix(p, effort) {
				// "the staff worked hard to help us", "the coach worked
				// hard to rebuild the squad": effort, and no difficulty.
				if toks[h].val < 0 && toks[h].flags&tNegated == 0 {
					toks[h].val = 0
				}
				return
			}
		}
	}
	w := tokWord(low, toks, h+2)
	if w == "put" && clauseHas(low, toks, h+3, "down") {
		w = "resist" // "impossible to put this book down", "hard to put down"
	}
	switch w {
	case "resist", "forget", "fault", "dislike", "overstate", "overpraise", "exaggerate", "top", "improve":
		v.val = 1.5
		v.flags |= tNegated
		v.modStart = toks[h].start
		toks[h].val = 0
	case "please":
	case "imagine", "believe", "see", "picture", "fathom", "understand":
		// "hard to imagine anyone enjoying this", "hard to see why anybody
		// would love it": the praise someone might give is doubted. Not
		// "hard to believe how good it is", which marvels.
		who := -1
		for j := h + 3; j < len(toks) && j <= h+5 && toks[j-1].flags&tEndClause == 0; j++ {
			switch tokWord(low, toks, j) {
			case "anyone", "anybody", "someone", "somebody", "people", "audiences", "viewers", "readers", "critics", "fans", "reviewers":
				who = j
			}
			if who >= 0 {
				break
			}
		}
		if who < 0 {
			return
		}
		for j := who + 1; j < len(toks) && j <= who+6; j++ {
			if tokWord(low, toks, j) == "better" && toks[j].flags&tNegated == 0 && tokWord(low, toks, j+1) != "than" {
				// "Hard to imagine anyone doing it better": none could
				// better it, which is praise. Not "liking it better than
				// the first", which prefers another.
				toks[h].val = 0
				return
			}
			if toks[j].flags&tEndClause != 0 {
				break
			}
		}
		negated := false
		for j := who + 1; j < len(toks) && j <= who+6; j++ {
			if toks[j].val > 0 && toks[j].flags&tNegated == 0 {
				negateAt(toks, j, h)
				negated = true
			}
			if toks[j].flags&tEndClause != 0 {
				break
			}
		}
		if negated {
			toks[h].val = 0
		}
	default:
		if v.val > 0 && v.flags&tNegated == 0 {
			negateAt(toks, h+2, h)
			toks[h].val = 0
		}
	}
}

// degreeAdverb reports whether the intensifier adverb w, before a word
// with no rating, says only how much: "seriously", "dangerously",
// "wildly"... Not "horribly", "terribly", "painfully", which judge.
func degreeAdverb(w string) bool {
	switch w {
	case "seriously", "ridiculously", "dangerously", "wildly", "absurdly", "obscenely", "criminally", "sinfully",
		"wickedly", "devilishly", "fiercely", "savagely", "frighteningly", "scarily", "shockingly":
		return true
	}
	return false
}

// alarmAdverb reports whether the adverb of degree w warns of harm when
// what it measures has no rating of its own: "The roads are dangerously
// icy", "the ice is dangerously thin", "prices are shockingly high". Only
// before a word of appeal ("dangerously addictive", "dangerously
// drinkable") is it a measure of delight.
func alarmAdverb(w string) bool {
	switch w {
	case "dangerously", "frighteningly", "scarily", "shockingly":
		return true
	}
	return false
}

// appealWord reports whether w, with no rating of its own, says that a
// thing draws one back: "addictive", "drinkable", "moreish".
func appealWord(w string) bool {
	switch w {
	case "addictive", "addicting", "moreish", "drinkable", "catchy", "bingeable", "binge-worthy", "watchable",
		"rewatchable", "readable", "snackable", "quotable":
		return true
	}
	return false
}

// clauseWord reports whether w is a word of a clause's frame (a verb of
// being, a pronoun, an article, "though") rather than the word an adverb
// of degree measures: "Seriously is he a giant?", "seriously though",
// "There's seriously a TV show about it?" keep the exasperation.
func clauseWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "am", "be", "a", "an", "the", "though", "tho", "there", "there's", "i", "you",
		"he", "she", "it", "we", "they", "this", "that", "what", "why", "how", "who", "just", "so", "do", "does",
		"did", "can", "have", "has", "need", "want", "to", "u", "guys", "people", "dude", "man", "lol", "omg", "now":
		return true
	}
	return false
}
