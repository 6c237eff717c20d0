package classify

import "strings"

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
// long wait is a wait (or a time on hold) for a span of time.

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
)

// tokWord is the lower-cased text of toks[i], "" out of range.
func tokWord(low []byte, toks []sentToken, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return string(low[toks[i].start:toks[i].end])
}

// rateVerdicts rates the unrated words that complete a verdict: the verb
// of advice, the "back" or "again" of an intent to return, the
// "elsewhere" of business taken elsewhere, the "wait" of a long wait.
func rateVerdicts(low []byte, toks []sentToken) {
	intent := -1 // the last intent rated: one per clause
	for i := range toks {
		t := &toks[i]
		if t.info.val != 0 || t.span != 0 {
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
				t.info.val, t.info.flags = elsewhereValence, t.info.flags|wInLexicon
			}
		case "wait", "waited", "waiting", "waits", "hold", "forever":
			if waitedLong(low, toks, i) {
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
	if toks[i].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "it", "this", "them", "these", "one", "both":
	default:
		return false
	}
	for j := i - 1; j >= 0 && toks[j].flags&tEndSentence == 0; j-- {
		switch tokWord(low, toks, j) {
		case "go", "and", "just", "definitely", "def", "so", "please", "must", "should", "you", "to", "really",
			"seriously", "absolutely", "totally", "all", "everyone", "everybody", "then":
			continue
		}
		return false
	}
	return true
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
		if toks[i].flags&tEndClause == 0 && tokWord(low, toks, i+1) == "to" {
			switch tokWord(low, toks, i+2) {
			case "again", "this", "that", "it", "there":
			default:
				return 0, 0 // "go back to my old phone", "get back to work"
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
	return intentBefore(low, toks, verb)
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
	for j := verb - 1; j >= 0 && j >= verb-4 && toks[j].flags&tEndClause == 0; j-- {
		switch w := tokWord(low, toks, j); w {
		case "if", "whether", "sure", "unless", "hope", "wish":
			return 0, 0
		case "will", "would", "i'll", "we'll", "i'd", "we'd", "ill", "shall", "definitely", "def", "definately",
			"surely", "certainly", "gonna", "plan", "planning", "wait", "must", "going":
			intent = true
			if from == verb {
				from = j
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

// elsewhere reports whether toks[i] is the "elsewhere" (or "somewhere
// else", "some place else") that ends a clause after a verb of spending or
// going up to seven words before: "take your business elsewhere", "I'll
// spend my money elsewhere".
func elsewhere(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndClause == 0 && i != len(toks)-1 {
		return false
	}
	switch w, p := tokWord(low, toks, i), tokWord(low, toks, i-1); w {
	case "elsewhere":
	case "else":
		if p != "somewhere" && p != "someplace" && !(p == "place" && tokWord(low, toks, i-2) == "some") {
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
			return true
		}
	}
	return false
}

// durationWord reports whether w is a span of time.
func durationWord(w string) bool {
	switch w {
	case "minute", "minutes", "mins", "min", "hour", "hours", "hrs", "hr", "forever", "ages", "eternity",
		"day", "days", "week", "weeks", "month", "months":
		return true
	}
	return false
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
	default:
		if i > 0 && isNegator(&toks[i-1]) {
			return false
		}
	}
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "worth", "only", "never", "no", "short":
			return false
		}
	}
	if w := tokWord(low, toks, i); w == "waited" && tokWord(low, toks, i+1) == "and" && strings.HasPrefix(tokWord(low, toks, i+2), "wait") {
		return true
	}
	if i > 0 && toks[i-1].flags&tEndClause == 0 && durationWord(tokWord(low, toks, i-1)) {
		return true // "a 20 minute wait"
	}
	for j := i + 1; j < len(toks) && j <= i+5 && toks[j-1].flags&tEndClause == 0; j++ {
		if durationWord(tokWord(low, toks, j)) {
			return true
		}
	}
	return false
}
