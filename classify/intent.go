package classify

import (
	"regexp"
	"strings"
)

// Intents: what the author wants from the brand (IBM Institute for Business
// Value, "From social media to social CRM", 2011, lists why consumers
// engage with brands). A post may have several or none.
const (
	IntentSupport   = "support"   // asks for help with a problem
	IntentQuestion  = "question"  // asks something
	IntentComplaint = "complaint" // reports a problem or grievance (ComplaintScore)
	IntentPraise    = "praise"    // thanks or compliments
	IntentPurchase  = "purchase"  // means to buy
	IntentPrice     = "price"     // asks about price, deals, discounts
	IntentReview    = "review"    // judges a product after using it
	IntentIdea      = "idea"      // suggests a feature or change
	IntentChurn     = "churn"     // threatens to leave or cancel
)

// intentOrder is the order Intents reports them in.
var intentOrder = [...]string{
	IntentSupport, IntentQuestion, IntentComplaint, IntentPraise, IntentPurchase,
	IntentPrice, IntentReview, IntentIdea, IntentChurn,
}

// Intent cues run on lower-cased text with ASCII apostrophes, except those
// marked cased, which need the capital of a name ("switching to Medlar" but
// not "switching to dark mode").
var (
	// questionStart is matched at the start of the text and of each
	// sentence or line (see questionStarts).
	questionStart = regexp.MustCompile(`^(?:how (?:do|does|did|can|could|to|long|much|many|come|is|are|should|would|will)|what (?:is|are|do|does|did|should|can|time|happened|about|'s)|what's|when (?:is|are|will|does|do|can|should|did)|where (?:is|are|can|do|does|did|should)|why (?:is|are|do|does|did|can|can't|won't|isn't|would|has|have)|which\b|who (?:is|are|do|can|should)|(?:can|could|will|would|should|do|does|did|is|are|has|have) (?:i|you|we|they|it|there|anyone|someone|somebody|u|the|my|your|this|that|these|those)\b|anyone know|does anyone|any idea|any ideas)`)
	questionAny   = regexp.MustCompile(`\b(wondering (if|whether|how|why|when)|i wonder (if|whether|how|why|when))\b`)

	supportRequest = regexp.MustCompile(`\b(need (some )?help|please help|pls help|plz help|help me|can (you|u|someone|anyone|somebody) help|could (you|u|someone|anyone) help|how do i|how can i|how to|is there a way|dm me|dm'd|please advise|pls advise|please assist|please fix|pls fix|please look into|please check|please respond|please reply|reach out to me|contact me|get back to me|get in touch)\b`)
	supportProblem = regexp.MustCompile(`\b(not working|doesn't work|does not work|isn't working|won't (load|start|open|connect|work|turn on|charge|sync|let me)|can't (log ?in|sign ?in|access|connect|find|get)|cannot (log ?in|sign ?in|access|connect)|unable to|error|crash(es|ed|ing)?|broken|keeps (crashing|freezing|failing)|reset (my )?password|locked out|stuck|down again|outage|problem with|issue with|trouble with)\b`)

	praiseCue = regexp.MustCompile(`\b(love|loving|loved|great|awesome|amazing|excellent|fantastic|brilliant|perfect|wonderful|outstanding|superb|thank you|thanks|thx|kudos|well done|good job|great job|impressed|highly recommend|recommend|shout ?out|props to|you rock|you guys rock|best (\w+ )?ever)\b`)
	// hypothetical praise is a wish, not a compliment: "it would be great if".
	hypothetical = regexp.MustCompile(`\b(would|'d|could|might) (be|look|feel) (so |really |very )?$`)
	negated      = regexp.MustCompile(`\b(not|never|no|don't|doesn't|didn't|isn't|wasn't|won't|can't|hardly)\s+(\w+\s+)?$`)

	purchaseCue = regexp.MustCompile(`\b(want to (buy|get|order)|wanna (buy|get|order)|going to (buy|order)|gonna (buy|order)|thinking (of|about) (buying|getting|ordering)|plan(ning)? to (buy|get|order)|looking to (buy|get|order)|where (can|do|should) i (buy|get|order)|about to (buy|order)|should i (buy|get)|considering (buying|getting)|in the market for|can't wait to (get|buy)|take my money|add(ed)? to (my )?(cart|basket)|pre-?order(ing)?|need to (buy|order)|will (definitely )?buy|i'll (definitely )?buy|will be (buying|ordering)|do you (sell|ship to|deliver to|stock)|in stock)\b`)

	priceCue = regexp.MustCompile(`\b(price|prices|pricing|priced|cost|costs|how much|discount|discounts|coupon|coupons|promo|promo code|voucher|deals?|on sale|sale price|cheaper|cheapest|expensive|overpriced|affordable|price match|student discount|free shipping|% off|percent off)\b|[$€£]\s?\d`)
	dealWith = regexp.MustCompile(`\b(deal with|deals with|dealing with|big deal|the deal is)\b`)

	reviewCue = regexp.MustCompile(`\b(review|reviewed|reviewing|my (honest )?(thoughts|verdict|opinion|take) on|\d(\.\d)? ?/ ?(5|10)\b|\d(\.\d)? out of (5|10)|(one|two|three|four|five|\d) stars?|pros and cons|unboxing|hands-on|first impressions?|i('ve| have) been using|after (a |one |two |three |a few |\d+ )?(weeks?|months?|days?|years?) (of using|with it|with my|of owning)|works (great|well|perfectly|fine)|battery life|sound quality|build quality|quality is|worth (the|every) (money|penny|price)|not worth)\b`)

	ideaCue = regexp.MustCompile(`\b(you should|u should|y'all should|you guys should|you need to (add|make|bring)|should (add|make|have|offer|bring|consider|let|allow|include|introduce|do)|would be (nice|great|cool|awesome|good|helpful) (if|to)|it would be (nice|great|cool|awesome|good|helpful)|would love (it )?(if|to see)|please (add|bring back|make|consider|allow|let us|introduce)|feature request|suggestion|i suggest|i'd suggest|wish (you|there was|there were|it had|they would|they'd|you'd)|why (don't|not) you|how about (adding|making|a)|bring back)\b`)

	churnCue   = regexp.MustCompile(`\b(cancel(l?ing|l?ed)? (my|our|the) (subscription|account|membership|contract|plan|service|sub)|(closing|close|delete|deleting|deleted|closed) my account|done with (you|this company|your)|i'm done with|never (buying|ordering|flying|using|shopping|going|eating|staying)( (with|at|from) \w+| \w+)? again|never again|last time i('ll| will)? (buy|use|order|fly|shop|eat|stay)|(taking|take|took) my (business|money) elsewhere|unsubscrib(e|ed|ing)|port(ing)? my number|(find|finding|look for|looking for) (a new|another) (provider|bank|carrier|company|supplier|isp)|won't be (back|buying|renewing|ordering|using|returning)|not renewing|will not renew|won't renew|time to switch|thinking (of|about) (switching|leaving|cancel(l)?ing))\b`)
	churnCased = regexp.MustCompile(`\b(?:[Ss]witch(?:ing|ed)?|[Mm]ov(?:e|ing)) (?:over )?(?:back )?to @?[A-Z]`)
)

// Intents returns what text's author wants, in the order support, question,
// complaint, praise, purchase, price, review, idea, churn; nil when none is
// clear. The cues are English phrases; complaint is ComplaintScore.
func Intents(text string) []string {
	return intents(text, ComplaintScore(text) >= ComplaintThreshold)
}

// intents is Intents with the complaint decision already made.
func intents(text string, complaint bool) []string {
	return intentsOf(text, normalizeApostrophes(strings.ToLower(text)), complaint)
}

// intentCue is a cue regexp with words of which every match holds one:
// most posts hold none, and looking for them is far cheaper than running
// the regexp.
type intentCue struct {
	re    *regexp.Regexp
	needs []string
	bit   uint32 // the cue's bit in what intentNeeds.scan finds
}

// The words the cues need, alternative by alternative (TestIntentCueNeeds
// checks them against random texts).
var (
	questionAnyCue    = intentCue{questionAny, []string{"wonder"}, 1 << 0}
	supportRequestCue = intentCue{supportRequest, []string{"help", "how ", "is there a way", "dm", "advise", "assist", "fix", "please", "reach out to me", "contact me", "get back to me", "get in touch"}, 1 << 1}
	supportProblemCue = intentCue{supportProblem, []string{"not working", "doesn't work", "does not work", "isn't working", "won't ", "can't ", "cannot ", "unable to", "error", "crash", "broken", "keeps ", "reset ", "locked out", "stuck", "down again", "outage", "problem with", "issue with", "trouble with"}, 1 << 2}
	praiseCueNeeds    = intentCue{praiseCue, []string{"lov", "great", "awesome", "amazing", "excellent", "fantastic", "brilliant", "perfect", "wonderful", "outstanding", "superb", "thank", "thx", "kudos", "well done", "good job", "impressed", "recommend", "shout", "props to", "rock", "best "}, 1 << 3}
	purchaseCueNeeds  = intentCue{purchaseCue, []string{"buy", "get", "order", "market", "take my money", "cart", "basket", "do you", "in stock"}, 1 << 4}
	priceCueNeeds     = intentCue{priceCue, []string{"pric", "cost", "how much", "discount", "coupon", "promo", "voucher", "deal", "on sale", "cheap", "expensive", "affordable", "free shipping", "% off", "percent off", "$", "€", "£"}, 1 << 5}
	reviewCueNeeds    = intentCue{reviewCue, []string{"review", "thoughts", "verdict", "opinion", "take", "/", "out of", "star", "pros and cons", "unboxing", "hands-on", "first impression", "been using", "after ", "works ", "battery life", "quality", "worth"}, 1 << 6}
	ideaCueNeeds      = intentCue{ideaCue, []string{"should", "need to", "would", "please", "feature request", "suggest", "wish", "why ", "how about", "bring back"}, 1 << 7}
	churnCueNeeds     = intentCue{churnCue, []string{"cancel", "my account", "done with", "never", "last time", "elsewhere", "unsubscrib", "my number", "a new", "another", "won't be", "renew", "time to switch", "thinking"}, 1 << 8}
	dealWithNeeds     = intentCue{dealWith, []string{"deal"}, 1 << 9}
	// churnCased reads the original text, not the lower-cased one.
	churnCasedNeeds = intentCue{churnCased, []string{"witch", "ove", "ovi"}, 0}

	// intentNeeds finds the needs of the cues on the lower-cased text in
	// one pass.
	intentNeeds = newNeedScanner([]intentCue{questionAnyCue, supportRequestCue, supportProblemCue, praiseCueNeeds,
		purchaseCueNeeds, priceCueNeeds, reviewCueNeeds, ideaCueNeeds, churnCueNeeds, dealWithNeeds})
)

// MatchString is c.re.MatchString(s), skipped when s holds none of the
// needs.
func (c *intentCue) MatchString(s string) bool {
	return containsAny(s, c.needs) && c.re.MatchString(s)
}

// matchFound is MatchString for s whose needs intentNeeds.scan found.
func (c *intentCue) matchFound(s string, found uint32) bool {
	return found&c.bit != 0 && c.re.MatchString(s)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// intentsOf is intents with low, text lower-cased with ASCII apostrophes,
// already made.
func intentsOf(text, low string, complaint bool) []string {
	found := intentNeeds.scan(low)
	var has [len(intentOrder)]bool // in intentOrder
	question := strings.Contains(text, "?") || questionStarts(low) || questionAnyCue.matchFound(low, found)
	has[1] = question
	has[0] = supportRequestCue.matchFound(low, found) || ((question || complaint) && supportProblemCue.matchFound(low, found))
	has[2] = complaint
	has[3] = !complaint && found&praiseCueNeeds.bit != 0 && praised(low)
	has[4] = purchaseCueNeeds.matchFound(low, found)
	if found&dealWithNeeds.bit != 0 {
		// Taking "deal with" out can join what was apart.
		has[5] = priceCueNeeds.MatchString(dealWith.ReplaceAllString(low, ""))
	} else {
		has[5] = priceCueNeeds.matchFound(low, found)
	}
	has[6] = reviewCueNeeds.matchFound(low, found)
	has[7] = ideaCueNeeds.matchFound(low, found)
	has[8] = churnCueNeeds.matchFound(low, found) || churnCasedNeeds.MatchString(text)
	n := 0
	for _, h := range has {
		if h {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for i, h := range has {
		if h {
			out = append(out, intentOrder[i])
		}
	}
	return out
}

// needScanner is an Aho-Corasick automaton over the needs of several cues:
// one pass over a text tells which cues' needs it holds, where looking for
// each need in turn takes a pass per need.
type needScanner struct {
	class   [256]uint8 // byte to column; column 0 is every other byte
	columns int
	next    []int32  // next[state*columns+column]
	found   []uint32 // the cue bits of the needs that end at a state
}

func newNeedScanner(cues []intentCue) *needScanner {
	s := &needScanner{columns: 1}
	for _, c := range cues {
		for _, n := range c.needs {
			for i := 0; i < len(n); i++ {
				if s.class[n[i]] == 0 {
					s.class[n[i]] = uint8(s.columns)
					s.columns++
				}
			}
		}
	}
	// The trie, with -1 for no edge.
	edges := [][]int32{make([]int32, s.columns)}
	for i := range edges[0] {
		edges[0][i] = -1
	}
	s.found = []uint32{0}
	for _, c := range cues {
		for _, n := range c.needs {
			state := int32(0)
			for i := 0; i < len(n); i++ {
				col := s.class[n[i]]
				if edges[state][col] < 0 {
					row := make([]int32, s.columns)
					for j := range row {
						row[j] = -1
					}
					edges = append(edges, row)
					s.found = append(s.found, 0)
					edges[state][col] = int32(len(edges) - 1)
				}
				state = edges[state][col]
			}
			s.found[state] |= c.bit
		}
	}
	// Breadth first: each state's failure is the longest proper suffix of
	// its text that is a trie state; a missing edge goes where the
	// failure's edge goes, and a state finds what its failure finds.
	s.next = make([]int32, len(edges)*s.columns)
	fail := make([]int32, len(edges))
	queue := []int32{}
	for col := 0; col < s.columns; col++ {
		if t := edges[0][col]; t >= 0 {
			s.next[col] = t
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		state := queue[0]
		queue = queue[1:]
		s.found[state] |= s.found[fail[state]]
		for col := 0; col < s.columns; col++ {
			at := int(state)*s.columns + col
			if t := edges[state][col]; t >= 0 {
				fail[t] = s.next[int(fail[state])*s.columns+col]
				s.next[at] = t
				queue = append(queue, t)
			} else {
				s.next[at] = s.next[int(fail[state])*s.columns+col]
			}
		}
	}
	return s
}

// scan returns the bits of the cues one of whose needs text holds.
func (s *needScanner) scan(text string) uint32 {
	var found uint32
	state := int32(0)
	for i := 0; i < len(text); i++ {
		state = s.next[int(state)*s.columns+int(s.class[text[i]])]
		found |= s.found[state]
	}
	return found
}

// questionStarts reports a match of questionStart where the regexp first
// looked for one, (?:^|[.!?]\s+|\n)questionStart: at the start of low, after
// a line break, and after a run of white space that follows '.', '!' or
// '?'. Trying it only there spares a scan of every offset.
func questionStarts(low string) bool {
	if questionStart.MatchString(low) {
		return true
	}
	for i := 0; i < len(low); i++ {
		switch low[i] {
		case '\n':
			if questionStart.MatchString(low[i+1:]) {
				return true
			}
		case '.', '!', '?':
			j := i + 1
			for j < len(low) && isRE2Space(low[j]) {
				j++
			}
			if j > i+1 && questionStart.MatchString(low[j:]) {
				return true
			}
		}
	}
	return false
}

// isRE2Space is RE2's \s: [\t\n\f\r ].
func isRE2Space(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// praised reports a praise cue that is not negated ("not great"), not
// hypothetical ("would be great if") and not inside a question ("what's
// the best laptop?").
func praised(low string) bool {
	var sents [][]int // computed once, when first needed
	for _, loc := range praiseCue.FindAllStringIndex(low, -1) {
		// Two words back is all the negation and hypothetical cues look
		// at; a bounded window keeps long posts linear.
		before := low[max(0, loc[0]-40):loc[0]]
		if negated.MatchString(before) || hypothetical.MatchString(before) {
			continue
		}
		if sents == nil {
			sents = sentenceBounds(low)
		}
		if inQuestion(low, sents, loc[0]) {
			continue
		}
		return true
	}
	return false
}

// inQuestion reports whether offset i of text is in one of its sentences
// sents that ends with a question mark.
func inQuestion(text string, sents [][]int, i int) bool {
	for _, s := range sents {
		if i >= s[0] && i < s[1] {
			return strings.Contains(text[s[0]:s[1]], "?")
		}
	}
	return false
}
