package classify

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// complaintCueRegexps are the complaint cues as they were first written, in
// complaintCues order; countCues must count exactly what they match.
var complaintCueRegexps = [...]*regexp.Regexp{
	regexp.MustCompile(`\b(wait|waits|waiting|waited|on hold|queue|still)\b`),
	regexp.MustCompile(`\b(again|yet again|every time|everytime|keeps?|kept|repeatedly|constantly|always|anymore|any more|multiple times|several times|3rd time|third time|second time)\b`),
	regexp.MustCompile(`\b(refund|refunds|refunded|charged|charging|overcharged|charge|charges|fee|fees|bill|billed|billing|money back|compensation|paid|pay|paying|price|expensive|rip ?off|scam)\b`),
	regexp.MustCompile(`\b(broken|broke|breaks|crash|crashed|crashes|crashing|error|errors|fail|fails|failed|failing|failure|faulty|fault|bug|bugs|glitch|issue|issues|problem|problems|down|outage|stopped|stuck|freezes|frozen|damaged|missing|wrong|lost|dead|drains?)\b`),
	regexp.MustCompile(`\b(doesn'?t|does not|won'?t|will not|isn'?t|is not|not|can'?t|cannot|couldn'?t|unable to|no longer)\s+(work|working|load|loading|connect|connecting|open|start|charge|charging|sync|syncing|turn on|log ?in|login|sign in|let me|get|receive|received|arrive|arrived|delivered|fixed|resolved|respond|responding|help|helped|answer|answering)\b`),
	regexp.MustCompile(`\b(cancel|cancelled|canceled|cancelling|canceling|cancellation|delay|delayed|delays|late|overdue|never arrived|never came|never received|not arrived|not received|hasn'?t arrived|haven'?t received)\b`),
	regexp.MustCompile(`\b(customer service|customer care|customer support|support|helpline|help desk|call centre|call center|agent|rep|representative|manager|complaint|complain|complained|complaining|staff|employee|driver|dm|dms|email(ed)?|called|phoned|on the phone|hung up|chat)\b`),
	regexp.MustCompile(`\b((\d+|a|an|one|two|three|four|five|six|few|several|couple of|many|over an?|almost an?|nearly an?)\s+(mins?|minutes|hours?|hrs?|days?|weeks?|wks?|months?|years?)|since (yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this morning|january|february|march|april|may|june|july|august|september|october|november|december)|for (ages|hours|days|weeks|months|a while)|all (day|week|morning|night)|(last|past) (week|month|night|\d+ days))\b`),
	regexp.MustCompile(`\b(not|no|never|nothing|nobody|no one|none|nowhere|neither|nor|without)\b|n't\b`),
	regexp.MustCompile(`\b(why|how come|what gives|what the|wtf|seriously|really\?|explain)\b`),
	regexp.MustCompile(`\b(terrible|awful|worst|worse|horrible|horrendous|appalling|disgusting|disgraceful|disgrace|pathetic|useless|ridiculous|unacceptable|rude|poor|poorly|bad|badly|sucks?|crap|crappy|rubbish|garbage|trash|joke|shambles|shocking|shameful|shame|disappointed|disappointing|disappointment|frustrated|frustrating|annoyed|annoying|angry|furious|fed up|sick of|tired of|incompetent|lousy|mess|nightmare|hate|hated|waste|wasted|avoid|never again|no thanks)\b`),
	regexp.MustCompile(`\b(thanks|thank|thx|ty|love|loved|loving|great|awesome|amazing|excellent|happy|glad|good|best|appreciate|appreciated|nice|wonderful|fantastic|perfect|congrats|congratulations|enjoy|enjoyed|cool|lol|haha|beautiful|fun|welcome|excited)\b`),
	regexp.MustCompile(`\b(ordered|order|orders|bought|purchased|purchase|delivery|delivered|deliver|package|parcel|shipment|shipping|shipped|tracking|account|subscription|service|app|flight|booking|booked|reservation|replacement|warranty|receipt)\b`),
	regexp.MustCompile(`\b(i|i'm|im|i've|ive|i'd|my|me|we|our|us|mine)\b`),
	regexp.MustCompile(`\b(you|your|you're|youre|u|ur|y'all)\b`),
	regexp.MustCompile(`\b(sad|miss|missing you|rip|sorry for your loss|condolences|can'?t wait|cannot wait|wish)\b`),
	regexp.MustCompile(`\?`),
	regexp.MustCompile(`!`),
	regexp.MustCompile(`@\w`),
	regexp.MustCompile(`https?://|www\.|pic\.twitter\.com`),
	regexp.MustCompile(`\b(please|pls|plz|fix|sort it out|sort this out|help me|resolve|asap|urgent|urgently|immediately|look into|get back to me|escalate|do something)\b`),
	regexp.MustCompile(`\b(have been|has been|i've been|ive been|been trying|tried|trying|was told|were told|keep getting|so far|yet|till now|until now|to date)\b`),
	regexp.MustCompile(`^(\s*@\S*\s+)*\s*(how|what|when|where|which|who|can|could|would|will|do|does|is|are|any|anyone|hi|hello|hey)\b`),
}

// regexpCueCounts counts the cues the way ComplaintFeatures first did.
func regexpCueCounts(text string) [len(complaintCues)]int {
	norm := normalizeApostrophes(strings.ToLower(text))
	var n [len(complaintCues)]int
	for i, re := range complaintCueRegexps {
		src := norm
		if complaintCues[i].onText {
			src = text
		}
		n[i] = len(re.FindAllStringIndex(src, maxCueMatches))
	}
	return n
}

// cueFuzzWords are pieces that make cue matches, near misses and odd
// boundaries likely when strung together at random.
var cueFuzzWords = func() []string {
	w := []string{" ", " ", " ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0", ".", ",", "?", "!", "'", "’", "-", "_", "é", "É", "K", "İ", "@", "#",
		"3", "12", "3rd", "n't", "don't", "dont", "won’t", "Really?", "really?x", "rip", "off", "ripoff", "a", "an", "over", "since", "for", "all", "last", "past",
		"days", "day", "min", "mins", "minutes", "hour", "https://", "http://", "www.", "pic.twitter.com", "HTTP://", "Www.", "@x", "@_", "@@", "x@y", "@a@b", "how", "Hi", "hey,", "@x:how", "anyone?"}
	for _, alts := range wordCueAlts {
		for _, a := range alts {
			a = strings.ReplaceAll(a, `\s+`, " ")
			a = strings.ReplaceAll(a, `\d+`, "7")
			w = append(w, a, strings.ToUpper(a))
			if i := strings.IndexByte(a, ' '); i > 0 {
				w = append(w, a[:i], a[i+1:])
			}
		}
	}
	return w
}()

// randomTexts strings together n texts of 1 to maxWords words drawn from
// words, with a space after a word unless a roll of 1 in spaceOdds says
// otherwise, for the differential tests of the hand-written matchers.
func randomTexts(rng *rand.Rand, words []string, n, maxWords, spaceOdds int) []string {
	texts := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(maxWords) {
			b.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(spaceOdds) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestComplaintCuesMatchRegexps(t *testing.T) {
	texts := append(equivalenceTexts(t), randomTexts(rand.New(rand.NewPCG(1, 2)), cueFuzzWords, 10000, 12, 3)...)
	for _, s := range texts {
		if got, want := countCues(normalizeApostrophes(strings.ToLower(s)), s), regexpCueCounts(s); got != want {
			t.Errorf("countCues(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzComplaintCues compares countCues with the regexps on any text.
func FuzzComplaintCues(f *testing.F) {
	for _, s := range []string{"still waiting, 3 days", "doesn't\twork", "n't", "really?yes", "rip off ripoff", "over an hour", "last 10 days", "@a www.x https://y", "no one", "i'm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countCues(normalizeApostrophes(strings.ToLower(s)), s), regexpCueCounts(s); got != want {
			t.Errorf("countCues(%q) = %v, want %v", s, got, want)
		}
	})
}
