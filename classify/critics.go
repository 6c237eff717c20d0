package classify

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
func boostIntensifiers(low []byte, toks []sentToken) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].info.flags&wIntensifier != 0 && toks[i].flags&tEndClause == 0 && toks[i].span == 0 &&
			toks[i+1].info.val > 0 && rated(&toks[i+1]) {
			toks[i].info.flags |= wBoostUp
		}
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
		if t.val <= 0 || t.flags&tNegated != 0 {
			continue
		}
		b := i - int(t.span)
		if b >= 2 && sameClause(toks, b-2, b) {
			switch {
			case w(b-1) == "as" && w(b-2) == "about" && i+2 < len(toks) && sameClause(toks, i, i+2) && w(i+1) == "as":
				// "about as exciting as a tax return", not "about as
				// good as it gets".
				switch w(i + 2) {
				case "it", "they", "you", "i", "we", "one", "anyone", "anything", "any", "ever", "can", "possible":
				default:
					negateAt(toks, i, b-2)
				}
			case w(b-1) == "as" && w(b-2) == "half":
				negateAt(toks, i, b-2) // "half as clever as it thinks"
			case w(b-1) == "the" && w(b-2) == "all" && i+2 < len(toks) && sameClause(toks, i, i+2) && w(i+1) == "of":
				switch w(i + 2) {
				case "a", "an", "two", "three", "wet", "dead":
					negateAt(toks, i, b-2) // "all the charm of a dead fish"
				}
			}
		}
		k := b - 1
		if w(k) == "be" {
			k--
		}
		if k < 2 || w(k) != "to" || !sameClause(toks, k-2, b) {
			continue
		}
		switch w(k - 1) {
		case "fails", "fail", "failed", "failing", "forgets", "forgot", "forget", "forgetting", "neglects":
			if isNegator(&toks[k-2]) || k >= 3 && isNegator(&toks[k-3]) {
				continue // "never fails to amaze"
			}
			negateAt(toks, i, k-1) // "forgets to be charming"
			if toks[k-1].val < 0 {
				toks[k-1].val = 0 // the failure is that negation
			}
		default:
			if w(k-2) == "too" && toks[k-1].val <= 0 {
				negateAt(toks, i, k-2) // "too dumb to be fun", not "too good to be true"
			}
		}
	}
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

// difficulty reads "hard to V" at toks[h]: a difficulty negates praise
// ("hard to care about", "impossible to like") and is no rating of its
// own; a difficulty of resisting, ignoring or forgetting is praise ("hard
// to resist", "impossible to shake"). "hard to please" says nothing.
func difficulty(low []byte, toks []sentToken, h int) {
	v := &toks[h+2]
	if v.span != 0 || v.info.flags&wFixed != 0 {
		return // "hard to beat" is an idiom of its own
	}
	switch tokWord(low, toks, h+2) {
	case "resist", "ignore", "forget", "shake", "fault", "dislike", "overstate", "overpraise", "exaggerate", "top":
		v.val = 1.5
		v.flags |= tNegated
		v.modStart = toks[h].start
		toks[h].val = 0
	case "please":
	default:
		if v.val > 0 && v.flags&tNegated == 0 {
			negateAt(toks, h+2, h)
			toks[h].val = 0
		}
	}
}
