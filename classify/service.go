package classify

import "strings"

// What customers write to a company (a tweet to an airline, a post on a
// shop's page, a ticket to a help desk) asks for service and reports how
// it went, in words VADER rates for something else: "please" and "help"
// (+1.3, +1.7) ask, and say nothing of how the writer feels; "promised"
// (+1.5) reports a promise, which the post usually says was not kept.
// These rules read those words as a request or a report. Each is English
// syntax any company's customers use, not the words of one brand.

// promiseBroken rates a promise made to the writer and reported ("I was
// promised a callback", "they promised me a refund"), which is a promise
// not kept, next to VADER's "disappointed" -2.1 at half strength.
const promiseBroken = -1.0

// serviceRequest reports whether toks[i] is "please" or "help" asking a
// company for service rather than pleasing or helping: "please" with a
// verb of service ("please help", "please fix the app", "please DM us",
// "help me please"), and "help" asked for ("Help!", "please help", "can
// you help?", "can someone help me", "I need help with my account", "so
// we can help"). Thanks for help, help that was great or none ("thanks
// for your help", "a great help", "no help at all") and "please" with
// other verbs ("please note", "please don't change") keep their ratings.
func serviceRequest(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "please", "pls", "plz":
		if toks[i].flags&tEndClause != 0 || i+1 == len(toks) {
			// "help me please", "fix this please": the request before it;
			// "yes please!", "more of this please." keep their warmth.
			for j := i - 1; j >= 0 && j >= i-3 && toks[j].flags&tEndClause == 0; j-- {
				if serviceVerb(tokWord(low, toks, j)) {
					return true
				}
			}
			return false
		}
		// "please help", "please someone help", "please just fix it".
		for j := i + 1; j < len(toks) && j <= i+2; j++ {
			if serviceVerb(tokWord(low, toks, j)) {
				return true
			}
			switch tokWord(low, toks, j) {
			case "someone", "somebody", "anyone", "anybody", "just", "kindly", "can", "could":
			default:
				return false
			}
			if toks[j].flags&tEndClause != 0 {
				return false
			}
		}
	case "help":
		if i == 0 || toks[i-1].flags&tEndSentence != 0 {
			// "Help!", "HELP me, my flight was cancelled": a cry for help
			// opening its sentence ("Help yourself to dessert" is not).
			if toks[i].flags&tEndSentence != 0 || i+1 == len(toks) {
				return true
			}
			switch tokWord(low, toks, i+1) {
			case "me", "us", "please", "pls", "plz":
				return true
			}
			return false
		}
		if toks[i-1].flags&tEndClause != 0 {
			return false
		}
		if n := tokWord(low, toks, i+1); n == "yourself" || n == "yourselves" {
			return false // "please help yourself to the snacks"
		}
		switch tokWord(low, toks, i-1) {
		case "please", "pls", "plz", "someone", "somebody", "anyone", "anybody", "need", "needs", "needed",
			"urgent", "require", "requires":
			return true
		}
		// "can you help", "could someone please help", "how can we help":
		// a modal and a person asked, in the help's clause.
		modal, person := false, false
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if isNegator(&toks[j]) || toks[j].val != 0 && !wordIs(low, &toks[j], "please") {
				return false // "can't help but love it", "you have been a great help"
			}
			switch tokWord(low, toks, j) {
			case "can", "could", "would", "will":
				modal = true
			case "you", "u", "someone", "somebody", "anyone", "anybody", "we", "i":
				person = true
			}
			if j > 0 && toks[j-1].flags&tEndClause != 0 {
				break
			}
		}
		return modal && person
	}
	return false
}

// serviceVerb reports whether w is a verb of what customers ask a company
// to do.
func serviceVerb(w string) bool {
	switch w {
	case "help", "fix", "refund", "respond", "reply", "answer", "call", "dm", "contact", "advise", "sort",
		"resolve", "explain", "cancel", "escalate", "assist", "look", "check", "send", "update", "reset",
		"unlock", "restore", "reinstate", "investigate", "get":
		return true
	}
	return false
}

// deskSubject reports whether the "support" at toks[i] is a company's
// help desk that acts or is contacted: before a verb of answering, telling
// or refusing ("Support closed my ticket", "support won't reply",
// "Support said to reinstall") or after a verb of contacting ("contacted
// support", "spoke to support"). helpDesk finds the desk by its other
// names ("customer support", "the support team"); "I support this" and
// "thanks for the support" are backing, not a desk.
func deskSubject(low []byte, toks []sentToken, i int) bool {
	if tokWord(low, toks, i) != "support" {
		return false
	}
	if toks[i].flags&tEndClause == 0 {
		switch tokWord(low, toks, i+1) {
		case "said", "says", "told", "tells", "closed", "closes", "replied", "replies", "responded", "answered",
			"never", "won't", "wont", "didn't", "didnt", "doesn't", "doesnt", "hasn't", "hasnt", "haven't", "can't",
			"couldn't", "refused", "refuses", "keeps", "kept", "ignored", "ignores", "sent", "claims", "claimed",
			"insists", "insisted", "hung", "escalated", "blamed", "blames", "suggested", "recommended", "asked":
			return true
		}
	}
	if i == 0 || toks[i-1].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i-1) {
	case "contacted", "contact", "contacting", "called", "calling", "emailed", "emailing", "phoned", "messaged",
		"rang", "tweeted":
		return true
	case "to", "with":
		switch tokWord(low, toks, i-2) {
		case "out", "spoke", "speak", "speaking", "talked", "talk", "talking", "wrote", "write", "writing",
			"chatted", "chat", "chatting", "complained", "escalated", "went":
			return true
		}
	}
	return false
}

// promised rates the "promised" at toks[i]: a promise kept ("arrived as
// promised", "better than promised", "everything they promised") keeps
// VADER's praise; one made to the writer ("I was promised a refund",
// "they promised me a callback", "promised us an upgrade") is reported
// because it was broken; any other ("the promised update", "they
// promised it would arrive Monday") only reports a promise, which the
// rest of the post settles.
func promised(low []byte, toks []sentToken, i int, v float64) float64 {
	if tokWord(low, toks, i) != "promised" {
		return v
	}
	if i > 0 && toks[i-1].flags&tEndClause == 0 {
		switch tokWord(low, toks, i-1) {
		case "as", "than":
			return v
		}
		// "everything they promised and more", "exactly what was
		// promised", "everything the first film promised": the promise
		// measured, and met (before "was", which would read it broken).
		for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
			switch tokWord(low, toks, j) {
			case "everything", "what", "all", "exactly":
				return v
			}
		}
		switch tokWord(low, toks, i-1) {
		case "was", "were", "been", "am", "are", "is", "be":
			return promiseBrokenUnlessKept(low, toks, i, v)
		}
	}
	if toks[i].flags&tEndClause == 0 {
		switch tokWord(low, toks, i+1) {
		case "me", "us", "my", "our":
			return promiseBrokenUnlessKept(low, toks, i, v)
		}
	}
	return 0
}

// promiseBrokenUnlessKept rates a promise made to the writer as broken,
// unless its sentence goes on to say it was kept ("they promised me a
// callback and called within 5 minutes", "we were promised a show and
// they delivered"); "and never called" is still broken.
func promiseBrokenUnlessKept(low []byte, toks []sentToken, i int, v float64) float64 {
	if keptAfter(low, toks, i) {
		return v
	}
	return promiseBroken
}

// keptAfter reports whether the sentence goes on from toks[i] to say that
// what was promised there was done: "and they did", "and called within 5
// minutes", "and they delivered"; not "and never called" or "and got
// nothing".
func keptAfter(low []byte, toks []sentToken, i int) bool {
	for j := i + 1; j < len(toks); j++ {
		switch tokWord(low, toks, j) {
		case "delivered", "did", "kept", "arrived", "came", "called", "got", "received", "honored", "honoured":
			neg := false
			for k := j - 1; k > i && k >= j-2 && toks[k].flags&tEndClause == 0; k-- {
				if isNegator(&toks[k]) {
					neg = true
				}
			}
			switch tokWord(low, toks, j+1) {
			case "nothing", "none", "no", "zero", "neither":
				neg = true // "and got nothing", "and no one came"
			}
			if !neg {
				return true
			}
		}
		if toks[j].flags&tEndSentence != 0 {
			break
		}
	}
	return false
}

// refundKept rates a refund promised and made ("they said they'd refund
// me and they did"), a promise kept, as earshot rates "fast" +1.0.
const refundKept = 1.0

// refundSettled reads the "refund" at toks[i] where it is no grievance,
// and returns its rating and the index of the word that settles it, or -1:
// a refund not needed, wanted or asked for ("I didn't need a refund",
// "never asked for a refund") or one a policy allows ("you can ask for a
// refund within 30 days", not "can I get a refund?") is rated 0, and the
// negator is spent on it;
// one promised and made ("they said they'd refund me and they did") is a
// promise kept. "I need a refund", "still no refund" and "they said
// they'd refund me and never did" stay grievances.
func refundSettled(low []byte, toks []sentToken, i int) (float64, int) {
	switch tokWord(low, toks, i) {
	case "refund", "refunds":
	default:
		return 0, -1
	}
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
		w := tokWord(low, toks, j)
		switch w {
		case "need", "needed", "want", "wanted", "ask", "asked", "request", "requested", "expect", "expected",
			"claim", "get":
			may := -1
			for k := j - 1; k >= 0 && k >= j-2 && toks[k].flags&tEndClause == 0; k-- {
				if isNegator(&toks[k]) {
					if w == "claim" || w == "get" {
						return 0, -1 // "I can't get a refund"
					}
					return 0, k
				}
				if m := tokWord(low, toks, k); m == "can" || m == "may" {
					may = k
				}
			}
			if may >= 0 && !question(toks, i) {
				return 0, may // "you can ask for a refund within 30 days": a policy
			}
			if w == "claim" || w == "get" {
				continue // "I didn't need to get a refund"
			}
			return 0, -1
		}
		if w == "would" || w == "will" || strings.HasSuffix(w, "'d") || strings.HasSuffix(w, "'ll") ||
			strings.HasSuffix(w, "’d") || strings.HasSuffix(w, "’ll") {
			if keptAfter(low, toks, i) {
				return refundKept, j
			}
			return 0, -1
		}
	}
	return 0, -1
}

// treatsSomeone reports whether the "treat" at toks[i] is the verb of
// dealing with people or things ("this is how you treat loyal
// customers?", "they treat us like dirt", "how do you treat a bee
// sting?"), which says nothing good by itself, not the treat VADER rates
// (+1.7: "a real treat", "treat yourself").
func treatsSomeone(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "treat", "treats":
	default:
		return false
	}
	if toks[i].flags&tEndClause != 0 {
		return false
	}
	switch n := tokWord(low, toks, i+1); n {
	case "me", "us", "them", "him", "her", "customers", "people", "your", "their", "our", "his", "its", "staff",
		"employees", "loyal", "paying", "clients", "guests", "passengers", "patients":
		return true
	case "a", "an", "the", "this", "that", "these", "those", "any", "every", "each", "all", "hundreds",
		"thousands", "dozens", "many", "most", "some":
		// "how do you treat a bee sting?", "doctors treat hundreds of
		// patients": the verb before its object; not the noun of "a treat
		// the whole family will love".
		switch tokWord(low, toks, i-1) {
		case "a", "an", "the", "real", "such", "special", "little", "sweet", "nice", "great", "rare", "what",
			"tasty", "perfect", "lovely", "wonderful", "delicious":
			return false
		}
		return true
	default:
		return n != "" && n[0] >= '0' && n[0] <= '9' // "treats 6 for heat problems"
	}
}

// remedyDenied reports whether the blame word at toks[i] is the object of
// a remedy denied: a verb of fixing, up to three words before it in its
// clause, with a negator up to two words before the verb ("they never
// fixed the problem", "the update has not fixed the lag", "couldn't
// resolve my issue"). The negator is the verb's, so it must not flip the
// blame into praise.
func remedyDenied(low []byte, toks []sentToken, i int) bool {
	for j := i - 1; j > 0 && j >= i-3 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "fix", "fixed", "fixes", "solve", "solved", "solves", "resolve", "resolved", "resolves", "repair",
			"repaired", "repairs", "sort", "sorted", "address", "addressed", "correct", "corrected":
			for k := j - 1; k >= 0 && k >= j-2 && toks[k].flags&tEndClause == 0; k-- {
				if isNegator(&toks[k]) {
					return true
				}
			}
			return false
		}
	}
	return false
}
