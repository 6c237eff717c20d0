package classify

import (
	"bytes"
	"strings"
	"unsafe"
)

// A review's verdict is often advice or a plan in plain words, none of
// them rated: "See it.", "Go rent it", "We will definitely come back",
// "I would order from them again", "I'll never go back", "Take your
// business elsewhere". rateVerdicts rates the word that completes each
// such verdict, before the main pass, so that what follows (boosters, a
// "but", ALL CAPS) treats it as any rated word. Each form is ordinary
// English syntax, not the words of one site: advice opens its sentence
// with a verb of seeing or getting and its object; an intent to return is
// a verb of going back (or of buying, eating, watching... "again") after a
// modal, and a negator before it turns it round; business taken elsewhere
// ends its clause with "elsewhere" after a verb of spending or going; a
// long wait is a wait (or a time on hold) for a span of time, a wait
// "still" going on, a delivery or a visit that came late, or a request
// pending for a span ("it's been 10 days").

const (
	// adviceValence rates advice to see or get a thing, next to VADER's
	// "recommend" +1.5.
	adviceValence = 1.5
	// returnValence rates an intent to come back, or not to, next to the
	// idioms "we'll be back" and "won't be back".
	returnValence = 1.2
	// elsewhereValence rates taking one's business elsewhere, as the
	// idiom "look elsewhere" is.
	elsewhereValence = -1.5
	// waitValence rates a long wait, next to VADER's "annoying" -1.7 and
	// "slow" (earshot's) -1.0.
	waitValence = -1.2
	// earlyValence rates a delivery or an arrival ahead of time, as
	// earshot rates "fast" +1.0.
	earlyValence = 1.0
	// movingValence rates "moving" said of what moves its audience, next
	// to earshot's "poignant" +1.5 and "engrossing" +1.9.
	movingValence = 1.8
)

// verdictWords are the words rateVerdicts looks at: the verbs of advice,
// the words that end an intent to return, go elsewhere or wait, "late"
// and "early", the spans of a request left pending, and "moving". The
// tokeniser flags them (wVerdict), so that the pass costs a flag test on
// other words.
var verdictWords = []string{
	"see", "watch", "rent", "buy", "get", "try", "check", "visit", "read", "order", "grab", "catch",
	"back", "again", "elsewhere", "else", "where", "wait", "waited", "waiting", "waits", "hold", "forever",
	"took", "takes", "taking", "late", "early", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
	"moving",
}

// tokWord is the lower-cased text of toks[i], "" out of range.
//
// The string shares low's bytes rather than copying them: the rules call
// it for nearly every token, and a copy per call was a sixth of the
// Scorer's time. A result must not outlive the text being analysed (low is
// a scratch buffer reused by the next text); the rules only compare it.
func tokWord(low []byte, toks []sentToken, i int) string {
	if i < 0 || i >= len(toks) || toks[i].end <= toks[i].start {
		return ""
	}
	return unsafe.String(&low[toks[i].start], int(toks[i].end-toks[i].start))
}

// rateVerdicts rates the unrated words that complete a verdict: the verb
// of advice, the "back" or "again" of an intent to return, the
// "elsewhere" of business taken elsewhere, the "wait" of a long wait, the
// "late" or "early" of an arrival and the span of a request left pending.
func rateVerdicts(low []byte, toks []sentToken) {
	intent := -1 // the last intent rated: one per clause
	for i := range toks {
		t := &toks[i]
		if t.info.flags&wVerdict == 0 || t.info.val != 0 || t.span != 0 {
			continue
		}
		switch tokWord(low, toks, i) {
		case "back", "again":
			sign, from := returnIntent(low, toks, i)
			if sign == 0 || intent >= 0 && sameClause(toks, intent, i) {
				continue
			}
			t.info.val, t.info.flags = returnValence*float64(sign), t.info.flags|wInLexicon|wFixed
			t.modStart = toks[from].start // the terms read "never go back"
			intent = i
		case "elsewhere", "else", "where":
			if elsewhere(low, toks, i) {
				v := elsewhereValence
				if elsewhereDismissed(low, toks, i) {
					v = -v // "no reason to shop elsewhere"
				}
				t.info.val, t.info.flags = v, t.info.flags|wInLexicon
			}
		case "wait", "waited", "waiting", "waits", "hold", "forever", "took", "takes", "taking":
			if waitedLong(low, toks, i) {
				t.info.val, t.info.flags = waitValence, t.info.flags|wInLexicon
				if tokWord(low, toks, i-1) == "still" {
					// "nobody answers, still waiting": the negation is
					// the other clause's, not the wait's.
					t.info.flags |= wFixed
				}
			}
		case "moving":
			if movingPraise(low, toks, i) {
				t.info.val, t.info.flags = movingValence, t.info.flags|wInLexicon
			}
		case "late":
			if cameLate(low, toks, i) {
				t.info.val, t.info.flags = waitValence, t.info.flags|wInLexicon
			}
		case "early":
			// "it came a day early", "arrived early": ahead of time, as
			// "fast" is praise; "I was early" says nothing of a service.
			if w := tokWord(low, toks, i-1); w != "was" && w != "were" && w != "is" && w != "are" && w != "been" &&
				w != "be" && w != "always" && cameLate(low, toks, i) {
				t.info.val, t.info.flags = earlyValence, t.info.flags|wInLexicon
			}
		case "hour", "hours", "day", "days", "week", "weeks", "month", "months":
			if stillPending(low, toks, i) {
				t.info.val, t.info.flags = waitValence, t.info.flags|wInLexicon
			}
		default:
			if advice(low, toks, i) {
				t.info.val, t.info.flags = adviceValence, t.info.flags|wInLexicon
			}
		}
	}
}

// sameClause reports whether no clause ends from toks[j] up to toks[i].
func sameClause(toks []sentToken, j, i int) bool {
	for k := j; k < i; k++ {
		if toks[k].flags&tEndClause != 0 {
			return false
		}
	}
	return true
}

// advice reports whether toks[i] is a verb of seeing or getting that
// opens its sentence (after "go", "just", "definitely", "you should"...)
// and takes "it", "this" or "them": "See it.", "Go rent it", "Definitely
// check it out", "You must try this".
func advice(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "see", "watch", "rent", "buy", "get", "try", "check", "visit", "read", "order", "grab", "catch":
	default:
		return false
	}
	if toks[i].flags&tEndClause != 0 || question(toks, i) {
		return false // "Should you buy it? No."
	}
	obj := i + 1
	switch tokWord(low, toks, obj) {
	case "it", "them", "one":
		// The object ends the advice: "Get it together", "get it fixed",
		// "try it again later", "buy it and it breaks" are not advice.
		if toks[obj].flags&tEndClause == 0 && obj+1 < len(toks) {
			switch tokWord(low, toks, obj+1) {
			case "out", "now", "today", "tonight", "asap", "already", "if", "for", "while":
			case "on", "in":
				// "See it on the big screen", "watch it in IMAX"; not
				// "get it in writing", "try it on".
				if toks[obj+1].flags&tEndClause != 0 {
					return false
				}
				switch tokWord(low, toks, obj+2) {
				case "the", "a", "an", "theaters", "theatres", "imax", "3d":
				default:
					return false
				}
			default:
				return false
			}
		}
	case "this", "these", "both":
		if toks[obj].flags&tEndClause != 0 && tokWord(low, toks, i) == "get" {
			return false // "So get this: they charged me twice."
		}
		if n := tokWord(low, toks, obj+1); obj+1 < len(toks) && toks[obj].flags&tEndClause == 0 && (len(n) > 2 && n[len(n)-2:] == "ed" || notAdviceObject(n)) {
			return false // "get this fixed", "get this over with"
		}
	default:
		return false
	}
	advised := false // past a verb of advising: "I'd advise anyone to go and see it"
	for j := i - 1; j >= 0 && toks[j].flags&tEndSentence == 0; j-- {
		switch w := tokWord(low, toks, j); w {
		case "you":
			// "you should see it", not "you buy it and it breaks".
			switch tokWord(low, toks, j+1) {
			case "should", "must", "gotta", "have", "need", "definitely", "really":
				continue
			case "to":
				if adviseVerb(tokWord(low, toks, j-1)) {
					continue // "I urge you to see it"
				}
			}
			return false
		case "go", "and", "just", "definitely", "def", "so", "please", "must", "should", "to", "really",
			"seriously", "absolutely", "totally", "all", "everyone", "everybody", "then":
			continue
		case "anyone", "anybody", "people", "folks":
			if j+1 < i && wordIs(low, &toks[j+1], "to") && adviseVerb(tokWord(low, toks, j-1)) {
				continue
			}
			return false
		case "i", "i'd", "i’d", "we", "we'd", "would", "strongly", "highly", "also", "certainly":
			if advised {
				continue
			}
			return false
		}
		if adviseVerb(tokWord(low, toks, j)) && wordIs(low, &toks[j+1], "to") || adviseVerb(tokWord(low, toks, j)) && j+2 < i && wordIs(low, &toks[j+2], "to") {
			advised = true
			continue
		}
		return false
	}
	return true
}

// adviseVerb reports whether w is a verb of advising that takes a person
// and "to": "advise", "urge", "encourage", "recommend", "tell".
func adviseVerb(w string) bool {
	switch w {
	case "advise", "urge", "encourage", "recommend", "tell", "implore", "beg":
		return true
	}
	return false
}

// notAdviceObject reports whether w, after "get this" and the like, makes
// a phrase that is no advice to get the thing.
func notAdviceObject(w string) bool {
	switch w {
	case "together", "right", "off", "over", "up", "down", "and", "but", "done", "through", "away":
		return true
	}
	return false
}

// question reports whether the sentence of toks[i] ends with "?".
func question(toks []sentToken, i int) bool {
	for ; i < len(toks); i++ {
		if toks[i].flags&tEndSentence != 0 {
			return toks[i].flags&tQuestion != 0
		}
	}
	return false
}

// returnIntent returns +1 where toks[i] is the "back" of "will come back",
// "I'd go back", or the "again" of "would order from them again", -1
// where the intent is negated ("I will never go back", "won't eat here
// again"), else 0; and the index of the word that says the intent.
func returnIntent(low []byte, toks []sentToken, i int) (sign, from int) {
	verb := -1
	if tokWord(low, toks, i) == "back" {
		if i == 0 || toks[i-1].flags&tEndClause != 0 {
			return 0, 0
		}
		if toks[i].flags&tEndClause == 0 && i+1 < len(toks) {
			switch tokWord(low, toks, i+1) {
			case "to":
				switch tokWord(low, toks, i+2) {
				case "again", "this", "that", "it", "there":
				default:
					return 0, 0 // "go back to my old phone", "get back to work"
				}
			case "again", "here", "there", "soon", "for", "next", "in", "and", "anytime", "someday", "sometime", "every", "when", "whenever":
				if tokWord(low, toks, i+1) == "and" && !question(toks, i) && tokWord(low, toks, i+2) != "again" {
					return 0, 0 // "go back and exchange it"
				}
			default:
				return 0, 0 // "prices will come back down", "I'll come back with details"
			}
		}
		switch tokWord(low, toks, i-1) {
		case "come", "go", "coming", "going", "head", "stop":
			verb = i - 1
		}
	} else {
		for j := i - 1; j >= 0 && j >= i-5 && toks[j].flags&tEndClause == 0; j-- {
			switch tokWord(low, toks, j) {
			case "order", "ordering", "buy", "buying", "purchase", "purchasing", "eat", "eating", "dine", "dining",
				"shop", "shopping", "visit", "visiting", "come", "coming", "go", "going", "return", "returning",
				"stay", "staying", "use", "using", "recommend", "watch", "watching", "see":
				verb = j
			}
			if verb >= 0 {
				if tokWord(low, toks, verb+1) == "back" && tokWord(low, toks, verb+2) == "to" && verb+3 < i {
					switch tokWord(low, toks, verb+3) {
					case "this", "there":
					default:
						return 0, 0 // "never go back to my old player again"
					}
				}
				break
			}
		}
	}
	if verb < 0 {
		return 0, 0
	}
	if question(toks, i) {
		// "Would I go back?" asks; the next sentence answers it:
		// "Absolutely!", "Definitely.", "Nope."
		a := answer(low, toks, i)
		if a == 0 {
			return 0, 0
		}
		sign, from = intentBefore(low, toks, verb)
		return sign * a, from
	}
	return intentBefore(low, toks, verb)
}

// answer returns +1 where the sentence after the question of toks[i]
// opens with a yes ("Yes", "Absolutely!", "Definitely", "Of course"), -1
// where it opens with a no ("No", "Nope", "Never", "Absolutely not", "Not
// really"), and 0 where there is no answer ("No idea.", "No wonder...").
func answer(low []byte, toks []sentToken, i int) int {
	e := i
	for e < len(toks) && toks[e].flags&tEndSentence == 0 {
		e++
	}
	a := e + 1
	if a >= len(toks) {
		return 0
	}
	not := toks[a].flags&tEndClause == 0 && tokWord(low, toks, a+1) == "not"
	switch tokWord(low, toks, a) {
	case "yes", "yep", "yeah", "yup", "absolutely", "definitely", "certainly", "sure", "totally":
		if not {
			return -1 // "Absolutely not."
		}
		return 1
	case "of":
		if tokWord(low, toks, a+1) == "course" {
			if toks[a+1].flags&tEndClause == 0 && tokWord(low, toks, a+2) == "not" {
				return -1
			}
			return 1
		}
	case "no":
		switch tokWord(low, toks, a+1) {
		case "idea", "clue", "wonder", "doubt", "matter", "one", "thanks":
			return 0 // "No idea.", "No wonder it sold out."
		}
		return -1
	case "not":
		switch tokWord(low, toks, a+1) {
		case "really", "at", "much", "quite", "even":
			return -1 // "Not really.", "Not at all."
		}
	case "nope", "nah", "never":
		return -1
	}
	return 0
}

// intentBefore returns +1 where a modal or a plan comes up to four words
// before the verb at toks[verb] in its clause ("will", "I'd", "definitely",
// "plan on", "can't wait to"), -1 where a negator comes with it ("will
// never", "won't"), and 0 where there is none or the intent is a condition
// or a wish ("if", "hope", "not sure"); and the index of the word that
// says it nearest the verb.
func intentBefore(low []byte, toks []sentToken, verb int) (sign, from int) {
	intent, negated := false, false
	from = verb
	for j := verb - 1; j >= 0 && j >= verb-4 && (toks[j].flags&tEndClause == 0 || neverEver(low, toks, j)); j-- {
		w := tokWord(low, toks, j)
		if toks[j].flags&tNt != 0 || strings.Contains(w, "’") {
			w = strings.ReplaceAll(w, "’", "'") // "I’ll", "won’t"
		}
		switch w {
		case "if", "whether", "sure", "unless", "hope", "wish":
			return 0, 0
		case "to":
			switch tokWord(low, toks, j-1) {
			case "have", "has", "had", "need", "needs", "needed":
				return 0, 0 // "I'll have to go back and exchange it"
			}
		case "will", "would", "i'll", "we'll", "i'd", "we'd", "ill", "shall", "definitely", "def", "definately",
			"surely", "certainly", "gonna", "plan", "planning", "wait", "must", "going", "won't", "wont",
			"wouldn't", "wouldnt":
			intent = true
			if from == verb {
				from = j
			}
		case "doubt":
			negated = true
		case "never":
			// "I'm never going back", "never coming back here": the
			// progressive says the intent.
			switch tokWord(low, toks, verb) {
			case "going", "coming":
				intent = true
			}
		}
		if isNegator(&toks[j]) && !(j+1 < verb && tokWord(low, toks, j+1) == "wait") {
			negated = true // "can't wait to go back" is no negation
			if from == verb {
				from = j
			}
		}
	}
	switch {
	case !intent:
		return 0, 0
	case negated:
		return -1, from
	}
	return 1, from
}

// neverEver reports whether toks[j] is the "never" of "never, ever",
// whose comma is emphasis, not a clause's end ("I will never, ever go
// back").
func neverEver(low []byte, toks []sentToken, j int) bool {
	return tokWord(low, toks, j) == "never" && tokWord(low, toks, j+1) == "ever"
}

// elsewhere reports whether toks[i] is the "elsewhere" (or "somewhere
// else", "anywhere else", "some place else") that ends a clause after a verb of spending or
// going up to seven words before: "take your business elsewhere", "I'll
// spend my money elsewhere".
func elsewhere(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndClause == 0 && i != len(toks)-1 {
		return false
	}
	switch w, p := tokWord(low, toks, i), tokWord(low, toks, i-1); w {
	case "elsewhere":
	case "else":
		if p != "somewhere" && p != "someplace" && p != "anywhere" && !(p == "place" && tokWord(low, toks, i-2) == "some") {
			return false
		}
	case "where":
		if p != "else" {
			return false
		}
	default:
		return false
	}
	for j := i - 1; j >= 0 && j >= i-7 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "spend", "take", "put", "go", "look", "shop", "eat", "try", "buy", "get", "spending", "taking",
			"looking", "going", "shopping", "dine", "head":
			return !askedWhere(low, toks, i)
		}
	}
	return false
}

// askedWhere reports whether the sentence of toks[i] is a question that
// asks where else a thing is to be had ("Can I buy this cable anywhere
// else?", "Does anyone sell it somewhere else?"), which is no verdict;
// "why go elsewhere?" dismisses going (see elsewhereDismissed).
func askedWhere(low []byte, toks []sentToken, i int) bool {
	if !question(toks, i) {
		return false
	}
	s := i
	for s > 0 && toks[s-1].flags&tEndSentence == 0 {
		s--
	}
	switch tokWord(low, toks, s) {
	case "can", "could", "is", "are", "do", "does", "where", "anyone", "any", "should", "may":
		return true
	}
	return false
}

// elsewhereDismissed reports whether going elsewhere, at toks[i], is
// dismissed: "no reason to shop elsewhere", "don't bother going
// elsewhere", "why go elsewhere?". A negation within three words is left
// to the main pass, which negates the rating as it negates any.
func elsewhereDismissed(low []byte, toks []sentToken, i int) bool {
	if question(toks, i) {
		return true
	}
	for j := i - 1; j >= 0 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "bother", "why", "reason", "need":
			return true
		}
		if j < i-3 && (isNegator(&toks[j]) || toks[j].info.flags&wNo != 0) {
			return true
		}
	}
	return false
}

// durationWord reports whether w is a span of time: spanWord's, their
// abbreviations, years, and "forever", "ages", "eternity".
func durationWord(w string) bool {
	switch w {
	case "mins", "min", "hrs", "hr", "forever", "ages", "eternity", "year", "years":
		return true
	}
	return spanWord(w)
}

// waitedLong reports whether toks[i] is the wait of a long wait: "waited
// 40 minutes", "had to wait over an hour", "waited and waited", "after a
// 20 minute wait", "on hold for two hours", "took forever". A wait that
// was worth it, only short, or none ("no wait", "never a wait") is no
// complaint.
func waitedLong(low []byte, toks []sentToken, i int) bool {
	switch w := tokWord(low, toks, i); w {
	case "forever":
		for j := i - 1; j >= 0 && j >= i-2 && toks[j].flags&tEndClause == 0; j-- {
			switch tokWord(low, toks, j) {
			case "took", "takes", "take", "taking":
				return true
			}
		}
		return false
	case "hold":
		if tokWord(low, toks, i-1) != "on" {
			return false
		}
		// "put me on hold again", "still on hold", "spent my Saturday on
		// hold": the writer kept waiting on a company, span or none.
		// "put the project on hold" and "my account is on hold" are not.
		if toks[i].flags&tEndClause == 0 {
			switch tokWord(low, toks, i+1) {
			case "again", "forever":
				return true
			}
		}
		for j := i - 2; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
			switch tokWord(low, toks, j) {
			case "me", "us", "still", "spent", "spend", "spending", "kept", "keep", "keeps", "left", "been":
				return true
			}
		}
		// Else a call's hold, which lasts minutes or hours ("I was on
		// hold for two hours"); "the project is on hold until next year"
		// and "on hold for two months" are plans paused.
		call := false
		for j := i + 1; j < len(toks) && j <= i+5 && toks[j-1].flags&tEndClause == 0; j++ {
			switch tokWord(low, toks, j) {
			case "minute", "minutes", "mins", "min", "hour", "hours", "hrs", "hr", "forever", "ages", "eternity":
				call = true
			}
		}
		if !call {
			return false
		}
	case "took", "takes", "taking":
		// "it took 40 minutes to get our food", "took 3 months to get
		// through to them": a wait, when what it took is minutes to
		// months and it took them to be served (see toServe). "The
		// flight took three hours", "took two weeks to reach a decision"
		// and "took years to build" are no wait.
		for j := i - 1; j >= 0 && j >= i-3 && toks[j].flags&tEndClause == 0; j-- {
			if isNegator(&toks[j]) || shortWait(tokWord(low, toks, j)) {
				return false // "it only took 30 minutes", "doesn't take weeks"
			}
		}
		for j := i + 1; j < len(toks) && j <= i+5 && toks[j-1].flags&tEndClause == 0; j++ {
			w := tokWord(low, toks, j)
			if shortWait(w) {
				return false
			}
			if w == "year" || w == "years" || w == "forever" {
				return false // "forever" is its own case
			}
			if durationWord(w) {
				return !fewMinutes(low, toks, j) && toServe(low, toks, j)
			}
		}
		return false
	case "wait":
		if i == 0 || toks[i-1].flags&tEndSentence != 0 {
			return false // "Wait 24 hours before using it": an instruction
		}
		fallthrough
	default:
		if i > 0 && isNegator(&toks[i-1]) {
			return false
		}
	}
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
		if shortWait(tokWord(low, toks, j)) {
			return false
		}
	}
	if eagerWait(low, toks, i) {
		return false // "Still waiting for season 2!!"
	}
	if w := tokWord(low, toks, i); w != "wait" && !waitedToBeServed(low, toks, i) && (thirdParty(low, toks, i) || ownWait(low, toks, i)) {
		return false // "Fans waited outside the stadium for hours"
	}
	// "I waited a week and it was so worth it."
	for j := i + 1; j < len(toks) && toks[j-1].flags&tEndSentence == 0; j++ {
		if wordIs(low, &toks[j], "worth") {
			return false
		}
	}
	if w := tokWord(low, toks, i); w == "waited" && tokWord(low, toks, i+1) == "and" && strings.HasPrefix(tokWord(low, toks, i+2), "wait") {
		return true
	}
	// "Still waiting on my refund", "still waiting for a reply": a wait
	// that has not ended.
	if w := tokWord(low, toks, i); w == "waiting" && i > 0 && tokWord(low, toks, i-1) == "still" && toks[i-1].flags&tEndClause == 0 {
		return true
	}
	if i > 0 && toks[i-1].flags&tEndClause == 0 && durationWord(tokWord(low, toks, i-1)) {
		return !fewMinutes(low, toks, i-1) // "a 20 minute wait", not "a 5 minute wait"
	}
	for j := i + 1; j < len(toks) && j <= i+5 && toks[j-1].flags&tEndClause == 0; j++ {
		if shortWait(tokWord(low, toks, j)) {
			return false // "waited less than 5 minutes", "waited maybe 10 minutes"
		}
		if durationWord(tokWord(low, toks, j)) {
			return !fewMinutes(low, toks, j)
		}
	}
	return false
}

// eagerWait reports whether the wait at toks[i] is a fan's for a work to
// come out, said with eagerness: "for" and, within three words, a season,
// an album, a sequel, an episode, a book..., in a sentence with an
// exclamation mark or a word of praise ("Still waiting for season 2!!",
// "waiting for the new album, so excited"). "Still waiting for season 2,
// three years now." and an order ("still waiting for my book!!", "for
// the book I ordered!") are left waits.
func eagerWait(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndClause != 0 || tokWord(low, toks, i+1) != "for" {
		return false
	}
	release := false
	for j := i + 2; j < len(toks) && j <= i+4 && toks[j-1].flags&tEndClause == 0; j++ {
		switch tokWord(low, toks, j) {
		case "season", "album", "sequel", "episode", "book", "movie", "film", "trailer", "tour", "series",
			"release", "premiere", "finale", "chapter", "volume", "ep", "single", "record", "novel":
			release = true
		case "my", "our":
			return false // "still waiting for my book!!": an order
		}
	}
	if !release {
		return false
	}
	from, to := sentenceOf(toks, i)
	for j := from; j <= to; j++ {
		switch tokWord(low, toks, j) {
		case "ordered", "bought", "paid", "purchased", "preordered", "pre-ordered", "shipped", "delivery":
			return false // "waiting for the book I ordered!"
		}
	}
	for j := from; j <= to; j++ {
		if toks[j].info.val > 0 {
			switch tokWord(low, toks, j) {
			case "promised", "promise", "promises":
				// "Still waiting for the sequel they promised five
				// years ago": a promise told is one not kept.
				continue
			}
			return true // "so excited", "can't wait"
		}
	}
	end := len(low)
	if to+1 < len(toks) {
		end = int(toks[to+1].start)
	}
	return bytes.IndexByte(low[toks[to].end:end], '!') >= 0
}

// shortWait reports whether w says a wait was short or none.
func shortWait(w string) bool {
	switch w {
	case "worth", "only", "never", "no", "short", "less", "under", "just", "maybe", "barely", "hardly", "few":
		return true
	}
	return false
}

// fewMinutes reports whether the duration at toks[d] is fewer than ten
// minutes ("5 minutes", "2 mins"): no long wait.
func fewMinutes(low []byte, toks []sentToken, d int) bool {
	switch tokWord(low, toks, d) {
	case "minute", "minutes", "mins", "min":
	default:
		return false
	}
	n := tokWord(low, toks, d-1)
	return len(n) == 1 && n[0] >= '0' && n[0] <= '9' || n == "a" || n == "one" || n == "two" || n == "three" || n == "five"
}

// toServe reports whether the duration at toks[d] goes on, in its clause
// and within six words, to "to" and a verb of being served, reached or
// mended: "to get our food", "to come out", "to be acknowledged", "to
// arrive", "to get it replaced", "to load".
func toServe(low []byte, toks []sentToken, d int) bool {
	for j := d + 1; j+1 < len(toks) && j <= d+6 && toks[j-1].flags&tEndClause == 0; j++ {
		if !wordIs(low, &toks[j], "to") || toks[j].flags&tEndClause != 0 {
			continue
		}
		switch tokWord(low, toks, j+1) {
		case "get", "come", "arrive", "be", "receive", "hear", "respond", "answer", "reply", "fix", "replace",
			"ship", "deliver", "seat", "serve", "bring", "acknowledge", "load", "boot", "connect", "charge",
			"refund", "process", "show", "take", "reach":
			if tokWord(low, toks, j+1) == "reach" && tokWord(low, toks, j+2) != "us" && tokWord(low, toks, j+2) != "me" {
				return false // "to reach a decision": not a wait on the writer
			}
			if tokWord(low, toks, j+1) == "get" {
				switch tokWord(low, toks, j+2) {
				case "there", "here", "home", "to", "into", "used", "around", "started", "going":
					// "took 20 minutes to get there", "two days to get
					// used to it": a journey or a learning, not a wait to
					// be served.
					return false
				case "the":
					if tokWord(low, toks, j+3) == "hang" {
						return false // "a week to get the hang of it"
					}
				}
			}
			return true
		}
	}
	return false
}

// cameLate reports whether the "late" (or "early") at toks[i] says that
// a flight, a delivery or a visit came late: after a span ("2 hours
// late", "a week late") or a verb of being or arriving ("the driver was
// late", "arrived late", "showed up late again"), ending its clause or
// before a word that cannot be its noun. "Late night", "late checkout",
// "stayed up late", "the late king" and "it's late" (the hour) are none.
func cameLate(low []byte, toks []sentToken, i int) bool {
	if i == 0 || toks[i-1].flags&tEndClause != 0 {
		return false
	}
	if toks[i].flags&tEndClause == 0 && i+1 < len(toks) {
		switch tokWord(low, toks, i+1) {
		case "again", "and", "but", "for", "to", "by", "every", "today", "tonight", "yesterday", "this", "as",
			"so", "because", "on", "with", "twice", "once", "or", "than", "which":
		default:
			return false // "late night", "late checkout", "late 90s"
		}
	}
	p := i - 1
	switch tokWord(low, toks, p) {
	case "up", "in", "out", "here", "there":
		// "showed up late", "came in late".
		if p > 0 && toks[p-1].flags&tEndClause == 0 {
			p--
		}
	}
	switch w := tokWord(low, toks, p); w {
	case "was", "were", "is", "are", "been", "be", "arrived", "arrives", "arrive", "arriving", "came", "comes",
		"come", "showed", "shows", "show", "delivered", "departed", "departs", "landed", "lands", "shipped", "always":
		// "it's late", "it was late": the hour, not a service.
		if p > 0 && toks[p-1].flags&tEndClause == 0 && (w == "was" || w == "is") && tokWord(low, toks, p-1) == "it" {
			return false
		}
		return true
	case "it's", "its":
		return false
	default:
		return durationWord(w)
	}
}

// stillPending reports whether the span at toks[i] is how long a thing
// asked of a company has been waited for: the whole of "it's been 10
// days" ("it's been two weeks without a reply", "It has been a month
// now"), or how long a request has stood in a state short of done ("has
// been pending for 6 weeks", "stuck in transit for 2 weeks", "in review
// for a month"). "It's been a great week", "it's been a week since my
// last cigarette" and "open for 3 weeks" are no wait.
func stillPending(low []byte, toks []sentToken, i int) bool {
	if i < 2 || toks[i-1].flags&tEndClause != 0 {
		return false
	}
	q := i - 1 // the quantity: "10 days", "a week", "two weeks"
	switch w := tokWord(low, toks, q); w {
	case "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several":
	default:
		if w == "" || w[0] < '0' || w[0] > '9' {
			return false
		}
	}
	k := q - 1
	for n := 0; n < 2 && k > 0; n++ { // "over a week", "more than 3 days", "now 2 weeks"
		switch tokWord(low, toks, k) {
		case "over", "almost", "nearly", "about", "around", "than", "more", "now", "already", "literally", "a":
			if toks[k].flags&tEndClause != 0 {
				return false
			}
			k--
			continue
		}
		break
	}
	if toks[k].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, k) {
	case "been":
		// "it's been 10 days", "it has been a week": the span is the
		// whole of its clause, or the clause goes on with what is missing.
		switch tokWord(low, toks, k-1) {
		case "it's", "its", "it’s":
		case "has":
			if tokWord(low, toks, k-2) != "it" {
				return false
			}
		default:
			return false
		}
		if toks[i].flags&tEndClause != 0 || i+1 == len(toks) {
			return true
		}
		switch tokWord(low, toks, i+1) {
		case "without", "now", "already", "and", "with":
			// "it's been a week and I love it", "two weeks without a
			// single crash", "a week now and no problems": the span of
			// a thing enjoyed, or of a trouble that never came.
			for j := i + 1; j < len(toks); j++ {
				if toks[j].info.val > 0 || troubleWord(low, &toks[j]) {
					return false
				}
				if toks[j].flags&tEndSentence != 0 {
					break
				}
			}
			return true
		}
		return false
	case "for":
		// "pending for 6 weeks", "stuck in transit for two weeks"; not
		// what a report tells of others ("The bill has been in review for
		// a month, a spokesman said").
		for j := k - 1; j >= 0 && j >= k-3 && toks[j].flags&tEndClause == 0; j-- {
			switch tokWord(low, toks, j) {
			case "pending", "processing", "review", "transit", "locked", "frozen", "suspended", "unresolved",
				"unanswered", "escalated", "stuck", "outstanding":
				return !reported(low, toks, i)
			}
		}
	}
	return false
}

// movingPraise reports whether "moving" at toks[i] says how a film, book or
// speech moves people rather than that something moves: after an adverb of
// degree or manner ("deeply moving", "surprisingly moving", "quietly
// moving") or joined by "and" to praise ("funny and moving", "moving and
// wise"). "moving parts", "a moving car", "slow moving" and "Moving day"
// stay literal.
func movingPraise(low []byte, toks []sentToken, i int) bool {
	if i > 0 && toks[i-1].flags&tEndClause == 0 {
		switch tokWord(low, toks, i-1) {
		case "deeply", "genuinely", "truly", "profoundly", "surprisingly", "very", "so", "incredibly", "quite",
			"strangely", "unexpectedly", "immensely", "enormously", "quietly", "oddly", "achingly", "utterly",
			"really", "extremely", "remarkably", "hugely", "powerfully", "tremendously", "beautifully", "sublimely",
			"unbearably", "unbelievably", "emotionally", "often", "most":
			return true
		case "and":
			if i > 1 && toks[i-2].flags&tEndClause == 0 && toks[i-2].info.val > 0 {
				return true // "funny and moving"
			}
		}
	}
	return i+2 < len(toks) && toks[i].flags&tEndClause == 0 && tokWord(low, toks, i+1) == "and" && toks[i+2].info.val > 0
}

// thirdParty reports whether the verb at toks[v] is done by someone other
// than the writer or the reader: its subject, before any auxiliaries and
// adverbs ("is still", "had to", "have been"), is "he", "she", "they" or a
// noun ("Fans waited outside for hours", "The team returned it to the
// museum"), and no word of the sentence speaks of the writer or the reader
// ("I", "my", "we", "us", "you"). Such a report says nothing of how the
// writer was served: "the kids waited an hour for our food" is still the
// writer's wait.
func thirdParty(low []byte, toks []sentToken, v int) bool {
	k := v - 1
	for ; k >= 0 && toks[k].flags&tEndClause == 0; k-- {
		switch tokWord(low, toks, k) {
		case "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "to",
			"still", "just", "all", "patiently", "already", "always", "also", "then", "now", "kept", "keeps", "later":
			continue
		}
		break
	}
	if k < 0 || toks[k].flags&tEndClause != 0 || toks[k].info.val != 0 {
		return false
	}
	s := tokWord(low, toks, k)
	switch s {
	case "he", "she", "they", "someone", "somebody", "everyone", "everybody":
	default:
		if len(s) < 3 || s[0] < 'a' || s[0] > 'z' {
			return false
		}
		switch s {
		case "this", "that", "these", "those", "thus", "always", "perhaps", "sometimes", "unless", "plus", "yes",
			"guess", "less", "was", "has", "its", "it's", "who", "which", "and", "but", "you", "they're", "there":
			return false
		}
		switch d := tokWord(low, toks, k-1); {
		case k > 0 && toks[k-1].flags&tEndClause == 0 && d != "":
			switch d {
			case "the", "his", "her", "their", "some", "many", "several", "these", "those", "its":
			default:
				return false
			}
		case s[len(s)-1] != 's' || s[len(s)-2] == 's':
			return false // a plural noun opens its clause: "Fans waited"
		}
	}
	start, end := sentenceOf(toks, v)
	for j := start; j <= end; j++ {
		if writerOrReader(tokWord(low, toks, j)) {
			return false
		}
	}
	return true
}

// writerOrReader reports whether w names the writer or the reader: "I",
// "my", "we", "us", "you"...
func writerOrReader(w string) bool {
	switch w {
	case "i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "we've", "we'd",
		"we'll", "us", "our", "ours", "you", "your", "you're", "u", "ur", "i’m", "i’ve", "i’d", "i’ll", "we’re":
		return true
	}
	return false
}

// reported reports whether the sentence of toks[i] is attributed to
// someone other than the writer: it says "according to", or someone who
// is not "I", "we" or "they" "said" or "says" it ("a spokesman said",
// "officials say"). A customer's "they said it's been in review for a
// month" is still the writer's wait.
func reported(low []byte, toks []sentToken, i int) bool {
	start, _ := sentenceOf(toks, i)
	for j := start; j < len(toks); j++ {
		switch tokWord(low, toks, j) {
		case "according":
			if tokWord(low, toks, j+1) == "to" {
				return true
			}
		case "said", "says", "told":
			if j > start {
				switch tokWord(low, toks, j-1) {
				case "i", "we", "they", "you", "he", "she", "it", "rep", "agent", "support", "someone", "somebody":
				default:
					return true
				}
			}
		}
		if toks[j].flags&tEndSentence != 0 {
			break
		}
	}
	return false
}

// conditional reports whether toks[i] stands in a condition of its
// clause: after "if", "unless", "whether" or "in case" ("in case you need
// to return it", "Try again later if the page doesn't load"). What a
// condition supposes has not happened.
func conditional(low []byte, toks []sentToken, i int) bool {
	for j := i - 1; j >= 0 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "if", "unless", "whether":
			return true
		case "case":
			if tokWord(low, toks, j-1) == "in" {
				return true
			}
		}
	}
	return false
}

// backAfterBreak reports whether the "back" at toks[i] is a broadcast's
// "back after the break" or "after these messages", not an intent to
// come back to a place.
func backAfterBreak(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndClause != 0 || tokWord(low, toks, i+1) != "after" {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+5; j++ {
		switch tokWord(low, toks, j) {
		case "break", "these", "commercial", "commercials", "messages", "ads", "halftime":
			return true
		}
		if toks[j].flags&tEndClause != 0 {
			break
		}
	}
	return false
}

// unanswered returns the index of the answer that the "without" at toks[i]
// says was owed and not given ("without a reply", "without any
// explanation", "without so much as a response"), else 0. "Without a
// problem" and "without hesitation" are rated, or no answer.
func unanswered(low []byte, toks []sentToken, i int) int {
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if toks[j-1].flags&tEndClause != 0 || toks[j].val != 0 || toks[j].info.val != 0 {
			return 0
		}
		switch tokWord(low, toks, j) {
		case "a", "an", "any", "even", "so", "much", "as", "one", "single":
			continue
		case "reply", "replies", "response", "responses", "answer", "explanation", "notice", "refund",
			"resolution", "callback", "follow-up":
			if !answerOwed(low, toks, j) {
				return 0
			}
			return j
		}
		return 0
	}
	return 0
}

// answerOwed reports whether the answer at toks[j], said not to have come,
// was owed to the writer or a customer: the sentence names the writer or
// the reader ("closed my ticket without a reply"), "they" ("They closed
// the case without a response"), a wait of hours to months ("2 weeks
// without a reply") or whom it was owed from ("without a reply from the
// landlord"). "She left the room without a reply" and "The talks ended
// without a resolution" tell of others.
func answerOwed(low []byte, toks []sentToken, j int) bool {
	if tokWord(low, toks, j+1) == "from" && toks[j].flags&tEndClause == 0 {
		return true
	}
	start, end := sentenceOf(toks, j)
	for k := start; k <= end; k++ {
		w := tokWord(low, toks, k)
		if writerOrReader(w) {
			return true
		}
		switch w {
		case "they", "them", "their", "they've", "they're", "they’ve", "they’re",
			"hour", "hours", "hrs", "day", "days", "week", "weeks", "month", "months":
			return true
		}
	}
	return false
}

// ownWait reports whether the wait at toks[i] is its subject's own, for a
// thing of theirs: "My dad is still waiting for his train", "she waited
// an hour for her sister". The subject is "he", "she", "they" or a
// person named with a determiner ("my dad", "the kids"), and what is
// waited for is "his", "her" or "their".
func ownWait(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndClause != 0 {
		return false
	}
	if n := tokWord(low, toks, i+1); n != "for" && n != "on" || toks[i+1].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i+2) {
	case "his", "her", "their":
	default:
		return false
	}
	k := i - 1
	for ; k >= 0 && toks[k].flags&tEndClause == 0; k-- {
		switch tokWord(low, toks, k) {
		case "is", "was", "were", "are", "been", "has", "have", "had", "to", "still", "just", "patiently", "all":
			continue
		}
		break
	}
	if k < 0 || toks[k].flags&tEndClause != 0 || toks[k].info.val != 0 {
		return false
	}
	switch s := tokWord(low, toks, k); s {
	case "he", "she", "they":
		return true
	case "i", "we", "you", "it", "u":
		return false
	}
	switch tokWord(low, toks, k-1) {
	case "my", "our", "his", "her", "their", "the":
		return k > 0 && toks[k-1].flags&tEndClause == 0
	}
	return false
}

// waitedToBeServed reports whether the wait at toks[i] is for service owed
// by a business: "Customers waited hours for their orders", "she waited
// two hours for her food", "they waited forty minutes for a table",
// "patients waited weeks for their test results". Such a wait is a
// grievance whoever waited; "Fans waited outside the stadium to see the
// team", "she waited for her sister" and "waited hours for the results of
// the vote" are no service.
func waitedToBeServed(low []byte, toks []sentToken, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+6 && toks[j-1].flags&tEndClause == 0; j++ {
		if tokWord(low, toks, j) != "for" {
			continue
		}
		n := j + 1
		switch tokWord(low, toks, n) {
		case "a", "an", "the", "his", "her", "their", "our", "my", "its":
			n++
		}
		if n >= len(toks) || toks[n-1].flags&tEndClause != 0 {
			return false
		}
		switch tokWord(low, toks, n) {
		case "order", "orders", "food", "meal", "meals", "table", "drinks", "drink", "pizza", "pizzas", "entrees",
			"refund", "refunds", "delivery", "package", "parcel", "technician", "server", "waiter", "waitress",
			"ambulance":
			return true
		case "test", "lab", "blood":
			// "Patients waited weeks for their test results".
			r := tokWord(low, toks, n+1)
			return (r == "results" || r == "result") && toks[n].flags&tEndClause == 0
		}
	}
	return false
}
