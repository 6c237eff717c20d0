package classify

import (
	"strings"
)

// The complaint cues were regular expressions of the form \b(a|b c|...)\b
// run over the lower-cased text; twenty of them cost most of a
// ComplaintScore. A cue is now a list of word sequences looked up from the
// words of the text, matched with the regexps' exact semantics (Go's RE2):
//
//   - \b is an ASCII word boundary: [0-9A-Za-z_] on one side only, so "é" or
//     "'" end a word;
//   - alternatives are tried in the order written, and the first that
//     matches at the leftmost position wins (x? tries x first);
//   - matches do not overlap: the search resumes where a match ended;
//   - a cue counts at most maxCueMatches matches (FindAll with n = 8).
//
// TestComplaintCuesMatchRegexps checks every cue against its original
// regexp, kept in complaint_cues_test.go.

// maxCueMatches is the n the regexps were searched with.
const maxCueMatches = 8

// cueClass is a run of one or more characters of a class, as \s+ or \d+
// in the regexps. The elements after a class never start with one of its
// characters, so a greedy run needs no backtracking.
type cueClass byte

const (
	cueLiteral cueClass = iota
	cueSpaces           // \s+: [\t\n\f\r ] in Go's regexp
	cueDigits           // \d+: [0-9]
	cueWords            // \w+: [0-9A-Za-z_]
)

type cueElem struct {
	class cueClass
	lit   string // for cueLiteral
}

// cueAlt is one alternative of a cue: a sequence of elements, with an
// ASCII word boundary before and after.
type cueAlt struct {
	cue   int // index in complaintCues; unused by the intent cues (wordAltCue)
	elems []cueElem
}

// complaintCue is one slot of the cue block of the complaint features: a
// feature that carries over to topics the dev tweets do not cover, the
// words and patterns people use to report a problem to any company
// (waiting, again, refund, broken), rather than the products they name.
type complaintCue struct {
	name string
	// onText marks a cue matched on the original text rather than the
	// lower-cased one.
	onText bool
}

// complaintCues are the cue slots, in feature order; the weights depend on
// it.
var complaintCues = [...]complaintCue{
	{name: "waiting"}, {name: "again"}, {name: "money"}, {name: "broken"},
	{name: "not_working"}, {name: "cancel_delay"}, {name: "service"},
	{name: "elapsed"}, {name: "negation"}, {name: "why"}, {name: "negative"},
	{name: "positive"}, {name: "purchase"}, {name: "first_person"},
	{name: "second_person"}, {name: "sad_not_grievance"},
	{name: "question_mark"}, {name: "exclamation"},
	// Whether the tweet starts with a handle is left out: in the dev data
	// it mostly tells the sampled domains apart, not complaints from the rest.
	{name: "handle", onText: true},
	{name: "url", onText: true},
	// Added after the character cues so the slots above keep their
	// indexes: asking the company to act ("please fix", "asap"), and a
	// problem that has gone on ("have been", "tried", "so far"). Asking
	// for information, being ignored, returns and a handle named for
	// customer service (@AskAcme) were tried too: none raised the
	// repeated cross-validated F1, and the handle lowered the
	// leave-one-domain-out one (brands without such accounts).
	{name: "request"}, {name: "ongoing"},
	// A text that opens, after any handles, with a question word or a
	// greeting ("@acme how do I...", "hi, ..."): most such openings ask
	// for information, and paired with the problem cues they tell a
	// question about a fault from a question about a product.
	{name: "question_opening"},
}

// Indexes of the cues that are not word sequences.
const (
	cueNegation     = 8
	cueQuestionMark = 16
	cueExclamation  = 17
	cueHandle       = 18
	cueURL          = 19
	cueQuestionOpen = 22
)

// wordCueAlts lists, per cue, the alternatives of its regexp with the
// optional parts spelt out (keeps? is keeps, keep; (a|b) (c|d) is a c, a d,
// b c, b d). Negation also matches n't after any letter: see countCues.
var wordCueAlts = [...][]string{
	0: {"wait", "waits", "waiting", "waited", "on hold", "queue", "still"},
	1: {"again", "yet again", "every time", "everytime", "keeps", "keep", "kept", "repeatedly", "constantly", "always", "anymore", "any more", "multiple times", "several times", "3rd time", "third time", "second time"},
	2: {"refund", "refunds", "refunded", "charged", "charging", "overcharged", "charge", "charges", "fee", "fees", "bill", "billed", "billing", "money back", "compensation", "paid", "pay", "paying", "price", "expensive", "rip off", "ripoff", "scam"},
	3: {"broken", "broke", "breaks", "crash", "crashed", "crashes", "crashing", "error", "errors", "fail", "fails", "failed", "failing", "failure", "faulty", "fault", "bug", "bugs", "glitch", "issue", "issues", "problem", "problems", "down", "outage", "stopped", "stuck", "freezes", "frozen", "damaged", "missing", "wrong", "lost", "dead", "drains", "drain"},
	4: cross(
		[]string{"doesn't", "doesnt", "does not", "won't", "wont", "will not", "isn't", "isnt", "is not", "not", "can't", "cant", "cannot", "couldn't", "couldnt", "unable to", "no longer"},
		`\s+`,
		[]string{"work", "working", "load", "loading", "connect", "connecting", "open", "start", "charge", "charging", "sync", "syncing", "turn on", "log in", "login", "login", "sign in", "let me", "get", "receive", "received", "arrive", "arrived", "delivered", "fixed", "resolved", "respond", "responding", "help", "helped", "answer", "answering"}),
	5: {"cancel", "cancelled", "canceled", "cancelling", "canceling", "cancellation", "delay", "delayed", "delays", "late", "overdue", "never arrived", "never came", "never received", "not arrived", "not received", "hasn't arrived", "hasnt arrived", "haven't received", "havent received"},
	6: {"customer service", "customer care", "customer support", "support", "helpline", "help desk", "call centre", "call center", "agent", "rep", "representative", "manager", "complaint", "complain", "complained", "complaining", "staff", "employee", "driver", "dm", "dms", "emailed", "email", "called", "phoned", "on the phone", "hung up", "chat"},
	7: concat(
		cross(
			[]string{`\d+`, "a", "an", "one", "two", "three", "four", "five", "six", "few", "several", "couple of", "many", "over an", "over a", "almost an", "almost a", "nearly an", "nearly a"},
			`\s+`,
			[]string{"mins", "min", "minutes", "hours", "hour", "hrs", "hr", "days", "day", "weeks", "week", "wks", "wk", "months", "month", "years", "year"}),
		cross([]string{"since"}, " ", []string{"yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this morning", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}),
		cross([]string{"for"}, " ", []string{"ages", "hours", "days", "weeks", "months", "a while"}),
		cross([]string{"all"}, " ", []string{"day", "week", "morning", "night"}),
		cross([]string{"last", "past"}, " ", []string{"week", "month", "night", `\d+ days`})),
	8:  {"not", "no", "never", "nothing", "nobody", "no one", "none", "nowhere", "neither", "nor", "without"},
	9:  {"why", "how come", "what gives", "what the", "wtf", "seriously", "really?", "explain"},
	10: {"terrible", "awful", "worst", "worse", "horrible", "horrendous", "appalling", "disgusting", "disgraceful", "disgrace", "pathetic", "useless", "ridiculous", "unacceptable", "rude", "poor", "poorly", "bad", "badly", "sucks", "suck", "crap", "crappy", "rubbish", "garbage", "trash", "joke", "shambles", "shocking", "shameful", "shame", "disappointed", "disappointing", "disappointment", "frustrated", "frustrating", "annoyed", "annoying", "angry", "furious", "fed up", "sick of", "tired of", "incompetent", "lousy", "mess", "nightmare", "hate", "hated", "waste", "wasted", "avoid", "never again", "no thanks"},
	11: {"thanks", "thank", "thx", "ty", "love", "loved", "loving", "great", "awesome", "amazing", "excellent", "happy", "glad", "good", "best", "appreciate", "appreciated", "nice", "wonderful", "fantastic", "perfect", "congrats", "congratulations", "enjoy", "enjoyed", "cool", "lol", "haha", "beautiful", "fun", "welcome", "excited"},
	12: {"ordered", "order", "orders", "bought", "purchased", "purchase", "delivery", "delivered", "deliver", "package", "parcel", "shipment", "shipping", "shipped", "tracking", "account", "subscription", "service", "app", "flight", "booking", "booked", "reservation", "replacement", "warranty", "receipt"},
	13: {"i", "i'm", "im", "i've", "ive", "i'd", "my", "me", "we", "our", "us", "mine"},
	14: {"you", "your", "you're", "youre", "u", "ur", "y'all"},
	15: {"sad", "miss", "missing you", "rip", "sorry for your loss", "condolences", "can't wait", "cant wait", "cannot wait", "wish"},
	20: {"please", "pls", "plz", "fix", "sort it out", "sort this out", "help me", "resolve", "asap", "urgent", "urgently", "immediately", "look into", "get back to me", "escalate", "do something"},
	21: {"have been", "has been", "i've been", "ive been", "been trying", "tried", "trying", "was told", "were told", "keep getting", "so far", "yet", "till now", "until now", "to date"},
}

// cross returns every a+sep+b, a-major, as a regexp (a|...)sep(b|...)
// tries them.
func cross(as []string, sep string, bs []string) []string {
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+sep+b)
		}
	}
	return out
}

func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// digitsKey is the lookup key of alternatives that start with \d+: they are
// tried at words made of digits only.
const digitsKey = "\x00digits"

// cueAltsByWord maps the first word of every alternative (its leading ASCII
// word characters) to the alternatives, by cue and then priority. Built
// once, read-only.
var cueAltsByWord = func() map[string][]cueAlt {
	m := map[string][]cueAlt{}
	for cue, alts := range wordCueAlts {
		for _, a := range alts {
			elems := parseCueAlt(a)
			key := digitsKey
			if elems[0].class == cueLiteral {
				lit := elems[0].lit
				n := 0
				for n < len(lit) && isASCIIWordByte(lit[n]) {
					n++
				}
				key = lit[:n]
			}
			m[key] = append(m[key], cueAlt{cue: cue, elems: elems})
		}
	}
	return m
}()

// parseCueAlt splits an alternative at its `\s+`, `\d+` and `\w+` runs.
func parseCueAlt(a string) []cueElem {
	var elems []cueElem
	for a != "" {
		i := strings.Index(a, `\`)
		if i < 0 {
			elems = append(elems, cueElem{lit: a})
			break
		}
		if i > 0 {
			elems = append(elems, cueElem{lit: a[:i]})
		}
		class := cueSpaces
		switch {
		case strings.HasPrefix(a[i:], `\d+`):
			class = cueDigits
		case strings.HasPrefix(a[i:], `\w+`):
			class = cueWords
		}
		elems = append(elems, cueElem{class: class})
		a = a[i+3:]
	}
	return elems
}

// isASCIIWordByte is RE2's \w: [0-9A-Za-z_]. Every byte of a multi-byte
// UTF-8 rune is outside it, as the rune is outside \w.
func isASCIIWordByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// wordBoundary reports \b at offset i of s.
func wordBoundary(s string, i int) bool {
	before := i > 0 && isASCIIWordByte(s[i-1])
	after := i < len(s) && isASCIIWordByte(s[i])
	return before != after
}

// matchAt returns the end of alternative a matched at offset p of s, with a
// word boundary after it, or -1.
func (a *cueAlt) matchAt(s string, p int) int {
	q := p
	for _, e := range a.elems {
		switch e.class {
		case cueLiteral:
			if !strings.HasPrefix(s[q:], e.lit) {
				return -1
			}
			q += len(e.lit)
		case cueSpaces:
			start := q
			for q < len(s) && (s[q] == ' ' || s[q] == '\t' || s[q] == '\n' || s[q] == '\f' || s[q] == '\r') {
				q++
			}
			if q == start {
				return -1
			}
		case cueDigits:
			start := q
			for q < len(s) && '0' <= s[q] && s[q] <= '9' {
				q++
			}
			if q == start {
				return -1
			}
		case cueWords:
			start := q
			for q < len(s) && isASCIIWordByte(s[q]) {
				q++
			}
			if q == start {
				return -1
			}
		}
	}
	if !wordBoundary(s, q) {
		return -1
	}
	return q
}

// countCues returns how many times each cue matches (at most
// maxCueMatches): norm is the lower-cased text with ASCII apostrophes, text
// the original.
func countCues(norm, text string) [len(complaintCues)]int {
	var n [len(complaintCues)]int
	var end [len(complaintCues)]int // where each cue's search resumes
	// Negation's second branch, n't\b, may start inside a word. Its matches
	// are taken in order with the word matches, after any word match at
	// the same offset (the regexp tries the \b(...)\b branch first).
	ntFrom := 0
	nextNT := func() int {
		for ntFrom < len(norm) {
			i := strings.Index(norm[ntFrom:], "n't")
			if i < 0 {
				ntFrom = len(norm)
				break
			}
			at := ntFrom + i
			ntFrom = at + 1
			if wordBoundary(norm, at+3) {
				return at
			}
		}
		return -1
	}
	nt := nextNT()
	takeNT := func(upTo int) {
		// Takes the n't matches before offset upTo.
		for nt >= 0 && nt < upTo {
			if nt >= end[cueNegation] && n[cueNegation] < maxCueMatches {
				n[cueNegation]++
				end[cueNegation] = nt + 3
			}
			nt = nextNT()
		}
	}
	for p := 0; p < len(norm); {
		if !isASCIIWordByte(norm[p]) {
			p++
			continue
		}
		q := p
		digits := true
		for q < len(norm) && isASCIIWordByte(norm[q]) {
			digits = digits && '0' <= norm[q] && norm[q] <= '9'
			q++
		}
		takeNT(p)
		alts := cueAltsByWord[norm[p:q]]
		if digits {
			alts = cueAltsByWord[digitsKey]
		}
		for i := 0; i < len(alts); {
			cue := alts[i].cue
			j := i
			for j < len(alts) && alts[j].cue == cue {
				j++
			}
			if p >= end[cue] && n[cue] < maxCueMatches {
				for k := i; k < j; k++ {
					if e := alts[k].matchAt(norm, p); e >= 0 {
						n[cue]++
						end[cue] = e
						break
					}
				}
			}
			i = j
		}
		p = q
	}
	takeNT(len(norm) + 1)
	n[cueQuestionMark] = min(strings.Count(norm, "?"), maxCueMatches)
	n[cueExclamation] = min(strings.Count(norm, "!"), maxCueMatches)
	n[cueHandle] = countHandles(text)
	n[cueURL] = countURLs(text)
	n[cueQuestionOpen] = questionOpening(norm)
	return n
}

// countHandles counts the matches of @\w in text.
func countHandles(text string) int {
	n := 0
	for i := 0; i+1 < len(text) && n < maxCueMatches; {
		j := strings.IndexByte(text[i:], '@')
		if j < 0 {
			break
		}
		i += j
		if i+1 < len(text) && isASCIIWordByte(text[i+1]) {
			n++
			i += 2
		} else {
			i++
		}
	}
	return n
}

// countURLs counts the matches of https?://|www\.|pic\.twitter\.com in text.
func countURLs(text string) int {
	// Every match holds one of these; most texts hold none.
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") && !strings.Contains(text, "pic.twitter.com") {
		return 0
	}
	n := 0
	for i := 0; i < len(text) && n < maxCueMatches; {
		s := text[i:]
		switch {
		case strings.HasPrefix(s, "https://"):
			i += len("https://")
		case strings.HasPrefix(s, "http://"):
			i += len("http://")
		case strings.HasPrefix(s, "www."):
			i += len("www.")
		case strings.HasPrefix(s, "pic.twitter.com"):
			i += len("pic.twitter.com")
		default:
			i++
			continue
		}
		n++
	}
	return n
}

// questionOpenings are the first words that make a question_opening.
var questionOpenings = map[string]bool{
	"how": true, "what": true, "when": true, "where": true, "which": true, "who": true,
	"can": true, "could": true, "would": true, "will": true, "do": true, "does": true,
	"is": true, "are": true, "any": true, "anyone": true, "hi": true, "hello": true, "hey": true,
}

// isRESpace is RE2's \s: [\t\n\f\r ].
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// questionOpening returns 1 when norm, past any leading handles, opens
// with one of questionOpenings as a whole ASCII word: the match of
// ^(\s*@\S*\s+)*\s*(how|what|...)\b.
func questionOpening(norm string) int {
	i := 0
	for {
		for i < len(norm) && isRESpace(norm[i]) {
			i++
		}
		if i >= len(norm) || norm[i] != '@' {
			break
		}
		for i < len(norm) && !isRESpace(norm[i]) {
			i++
		}
	}
	j := i
	for j < len(norm) && 'a' <= norm[j] && norm[j] <= 'z' {
		j++
	}
	if j > i && questionOpenings[norm[i:j]] && wordBoundary(norm, j) {
		return 1
	}
	return 0
}
