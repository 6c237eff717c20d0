package classify

import (
	"regexp"
	"slices"
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

// Intent cues run on lower-cased text with ASCII apostrophes; only
// switchingTo reads the text as written, for the capital of a name
// ("switching to Medlar" but not "switching to dark mode").
var (
	// questionStart is matched at the start of the text and of each
	// sentence or line (see questionStarts).
	questionStart = regexp.MustCompile(`^(?:how (?:do|does|did|can|could|to|long|much|many|come|is|are|should|would|will)|what (?:is|are|do|does|did|should|can|time|happened|about|'s)|what's|when (?:is|are|will|does|do|can|should|did)|where (?:is|are|can|do|does|did|should)|why (?:is|are|do|does|did|can|can't|won't|isn't|would|has|have)|which\b|who (?:is|are|do|can|should)|(?:can|could|will|would|should|do|does|did|is|are|has|have) (?:i|you|we|they|it|there|anyone|someone|somebody|u|the|my|your|this|that|these|those)\b|anyone know|does anyone|any idea|any ideas)`)
	// rhetorical matches a rhetorical question to the end of its
	// sentence; rhetoricalNeeds are words one of which each match holds.
	rhetorical      = regexp.MustCompile(`\b(what gives|are you (kidding|serious|joking)|you('re| are) (kidding|joking)|what'?s the point|what is the point|why bother|what the (hell|heck|fuck)|how hard is it|is it (too much|so hard) to ask|how is (this|that|it) (ok|okay|acceptable|possible|fair|legal)|how is it that|how dare|what'?s not to)\b[^.!?\n]*[.!?]*|\b(seriously|really)\s*\?+`)
	rhetoricalNeeds = []string{"gives", "kidding", "serious", "joking", "point", "bother", "what the", "how hard", "to ask", "how is", "how dare", "not to", "really"}
	questionAny     = regexp.MustCompile(`\b(wondering (if|whether|how|why|when)|i wonder (if|whether|how|why|when))\b`)

	purchaseCue = regexp.MustCompile(`\b(want to (buy|get|order|purchase|book)|wanna (buy|get|order|book)|going to (buy|order)|gonna (buy|order)|thinking (of|about) (buying|getting|ordering)|plan(ning)? to (buy|get|order|purchase|book)|looking to (buy|get|order|purchase|book)|trying to (buy|order|purchase|book|check ?out)|where (can|do|should|could) (i|we) (buy|get|find|order|purchase)|about to (buy|order|purchase|book)|should i (buy|get)|considering (buying|getting)|in the market for|can't wait to (get|buy)|take my money|add(ed)? to (my )?(cart|basket)|pre-?order(ing|ed)?|just (ordered|bought|purchased)|place (an |my |a )?order|book (seats?|flights?|tickets?)|need to (buy|order|purchase)|will (definitely )?buy|i'll (definitely )?buy|will be (buying|ordering)|do you (still )?(sell|carry|stock|ship to|deliver to)|does \w+ (still )?(sell|carry|stock)|in stock|restock(ed|ing)?|when (is|are|will) [^.?!]{0,40}(available|coming back)|(is|are) (it|this|these|they|that|\w+) (still )?available (in|at|online)|(check|checking) (the )?(in[- ]store )?availability|looking for (a|an|some) (new|good|replacement))\b`)

	priceCue = regexp.MustCompile(`\b(price|prices|pricing|priced|cost|costs|how much|discount|discounts|coupon|coupons|promo|promo code|voucher|deals?|on sale|sale price|cheaper|cheapest|expensive|overpriced|affordable|price match|student discount|free shipping|% off|percent off)\b|[$€£]\s?\d`)
	dealWith = regexp.MustCompile(`\b(deal with|deals with|dealing with|big deal|the deal is)\b`)

	reviewCue = regexp.MustCompile(`\b(review|reviewed|reviewing|my (honest )?(thoughts|verdict|opinion|take) on|\d(\.\d)? ?/ ?(5|10)\b|\d(\.\d)? out of (5|10)|(one|two|three|four|five|\d) stars?|pros and cons|unboxing|hands-on|first impressions?|i('ve| have) been using|after (a |one |two |three |a few |\d+ )?(weeks?|months?|days?|years?) (of using|with it|with my|of owning)|works (great|well|perfectly|fine)|battery life|sound quality|build quality|quality is|worth (the|every) (money|penny|price)|not worth)\b`)

	ideaCue = regexp.MustCompile(`\b(you should|u should|y'all should|you guys should|you need to (add|make|bring)|should (add|make|have|offer|bring|consider|let|allow|include|introduce|do)|would be (nice|great|cool|awesome|good|helpful) (if|to)|it would be (nice|great|cool|awesome|good|helpful)|would love (it )?(if|to see)|(i'd|we'd|i would|we would) (like|love) to see|(can|could|will|would) you (please )?(add (a|an|more|some|support|an? option|the option|options|filters?|features?)|bring back|consider (adding|making|bringing)|introduce|include)|please (add|bring back|make|consider|allow|let us|introduce)|feature request|suggestion|i suggest|i'd suggest|wish (you|there was|there were|it had|they would|they'd|you'd)|why (don't|not|can't|won't) (you|we)|how about (adding|making|a)|bring(ing)? back|there (really )?needs to be|(for|in) (a|the|your) (future|next) (release|update|version))\b`)

	churnCue = regexp.MustCompile(`\b(cancel(l?ing|l?ed)? (my|our|the)( \S+)? (subscription|account|membership|contract|plan|service|sub|policy)|consider (the|my) (policy|account|subscription|contract|membership) cancel(l)?ed|(closing|close|delete|deleting|deleted|closed) my account|done with (you|this company|your)|i'm done with|never (buy|buying|purchase|purchasing|order|ordering|fly|flying|use|using|shop|shopping|go|going|eat|eating|stay|staying)( \S+){0,3} again|never again|last time i('ll| will)? (buy|use|order|fly|shop|eat|stay)|(taking|take|took) my (business|money|custom) (elsewhere|to)|stop (using|buying|eating|shopping|ordering|flying) (there|your|you|their)|from now on,? (we|i)('ll| will)? (get|use|go|buy|order|shop)|(ready|about|going) to (drop|leave|ditch|dump) (you|your|this)|(not to|don't|never) buy (from )?(your|their) (products?|stuff)|unsubscrib(e|ed|ing)|port(ing)? my number|(find|finding|look for|looking for) (a new|another) (provider|bank|carrier|company|supplier|isp|brand)|won't be (back|buying|renewing|ordering|using|returning)|not renewing|will not renew|won't renew|time to switch|thinking (of|about) (switching|leaving|cancel(l)?ing))\b`)
)

// Intents returns what text's author wants, in the order support, question,
// complaint, praise, purchase, price, review, idea, churn; nil when none is
// clear. Cues (English phrases) find each intent, and for support and
// review a model learned from labelled texts finds more (IntentModels);
// complaint is ComplaintScore.
func Intents(text string) []string {
	_, in := complaintAndIntents(text, normalizeApostrophes(strings.ToLower(text)), defaultComplaintModel, defaultIntentModels)
	return in
}

// IntentsGiven is Intents with the complaint decision made elsewhere: an
// evaluation scores the complaint intent with a model that never saw text.
func IntentsGiven(text string, complaint bool) []string {
	return defaultIntentModels.Intents(text, complaint)
}

// IntentNames returns every intent, in the order Intents reports them.
func IntentNames() []string {
	return slices.Clone(intentOrder[:])
}

// intentsOf returns text's intents, complaint decided, by the cues and
// models (nil: the cues alone); low is text lower-cased with ASCII
// apostrophes.
func intentsOf(text, low string, complaint bool, models IntentModels) []string {
	has := cueIntents(text, low, complaint)
	// Only the models of the intents the cues have not found, in one pass.
	var buf [maxModels]*ComplaintModel
	var at [maxModels]int
	ms := appendIntentModels(buf[:0], at[:], models, &has)
	if len(ms) > 0 {
		var scores [maxModels]float64
		scoreNormEach(text, low, ms, scores[:len(ms)])
		markFound(&has, at[:len(ms)], scores[:len(ms)])
	}
	return intentList(has)
}

// complaintAndIntents returns text's complaint score by m and its intents
// (intentsOf with that complaint decision), scoring the complaint model
// and every intent model in one pass over text's features: the complaint
// decision must be made before the cues run.
func complaintAndIntents(text, low string, m *ComplaintModel, models IntentModels) (float64, []string) {
	var buf [maxModels]*ComplaintModel
	var at [maxModels]int
	var none [len(intentOrder)]bool
	ms := appendIntentModels(append(buf[:0], m), at[1:], models, &none)
	var scores [maxModels]float64
	scoreNormEach(text, low, ms, scores[:len(ms)])
	has := cueIntents(text, low, scores[0] >= ComplaintThreshold)
	markFound(&has, at[1:len(ms)], scores[1:len(ms)])
	return scores[0], intentList(has)
}

// appendIntentModels appends to ms, in intent order, the models of the
// intents has does not mark, and writes each one's index in intentOrder to
// at, from at[0] on.
func appendIntentModels(ms []*ComplaintModel, at []int, models IntentModels, has *[len(intentOrder)]bool) []*ComplaintModel {
	n := 0
	for i, name := range intentOrder {
		if m := models[name]; m != nil && !has[i] && len(m.Weights) >= ComplaintDims {
			ms = append(ms, m)
			at[n] = i
			n++
		}
	}
	return ms
}

// markFound marks in has each intent at[j] whose model scored scores[j]
// at or above ComplaintThreshold.
func markFound(has *[len(intentOrder)]bool, at []int, scores []float64) {
	for j, i := range at {
		has[i] = has[i] || scores[j] >= ComplaintThreshold
	}
}

// intentList returns the intents has marks, in intentOrder; nil for none.
func intentList(has [len(intentOrder)]bool) []string {
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

// intentCue is a cue regexp with words of which every match holds one:
// most posts hold none, and looking for them is far cheaper than running
// the regexp.
type intentCue struct {
	re    *regexp.Regexp
	needs []string
	bit   uint32 // the cue's bit in what intentNeeds.scan finds
	// hand, when set, matches the cue instead of re (see wordAltCue).
	hand wordAltCue
}

// The words the cues need, alternative by alternative (TestIntentCueNeeds
// checks them against random texts). praiseCueNeeds has only needs: praised
// matches the praise cue (praiseCueAlts), for which it needs the offsets.
var (
	questionAnyCue    = intentCue{questionAny, []string{"wonder"}, 1 << 0, nil}
	supportRequestCue = intentCue{nil, []string{"help", "how ", "is there a way", "dm", "advise", "assist", "fix", "please", "reach out to me", "contact me", "get back to me", "get in touch"}, 1 << 1, newWordAltCue(supportRequestAlts)}
	supportProblemCue = intentCue{nil, []string{"not working", "doesn't work", "does not work", "isn't working", "won't ", "can't ", "cannot ", "unable to", "error", "crash", "broken", "keeps ", "reset ", "locked out", "stuck", "down again", "outage", "problem with", "issue with", "trouble with"}, 1 << 2, newWordAltCue(supportProblemAlts)}
	praiseCueNeeds    = intentCue{nil, []string{"lov", "great", "awesome", "amazing", "excellent", "fantastic", "brilliant", "perfect", "wonderful", "outstanding", "superb", "thank", "thx", "kudos", "well done", "good job", "impressed", "recommend", "shout", "props to", "rock", "best "}, 1 << 3, nil}
	purchaseCueNeeds  = intentCue{purchaseCue, []string{"buy", "get", "order", "market", "take my money", "cart", "basket", "do you", "stock", "purchase", "book", "check", "find", "bought", "sell", "carry", "available", "coming back", "availability", "looking for"}, 1 << 4, nil}
	priceCueNeeds     = intentCue{priceCue, []string{"pric", "cost", "how much", "discount", "coupon", "promo", "voucher", "deal", "on sale", "cheap", "expensive", "affordable", "free shipping", "% off", "percent off", "$", "€", "£"}, 1 << 5, nil}
	reviewCueNeeds    = intentCue{reviewCue, []string{"review", "thoughts", "verdict", "opinion", "take", "/", "out of", "star", "pros and cons", "unboxing", "hands-on", "first impression", "been using", "after ", "works ", "battery life", "quality", "worth"}, 1 << 6, nil}
	ideaCueNeeds      = intentCue{ideaCue, []string{"should", "need to", "would", "please", "feature request", "suggest", "wish", "why ", "how about", "bring back", "bringing back", "'d like", "'d love", "can you", "could you", "will you", "needs to be", "future", "next"}, 1 << 7, nil}
	churnCueNeeds     = intentCue{churnCue, []string{"cancel", "my account", "done with", "never", "last time", "my business", "my money", "my custom", "unsubscrib", "my number", "a new", "another", "won't be", "renew", "time to switch", "thinking", "stop ", "from now on", "to drop", "to leave", "to ditch", "to dump", "buy"}, 1 << 8, nil}
	dealWithNeeds     = intentCue{dealWith, []string{"deal"}, 1 << 9, nil}

	// intentNeeds finds the needs of the cues on the lower-cased text in
	// one pass.
	intentNeeds = newNeedScanner([]intentCue{questionAnyCue, supportRequestCue, supportProblemCue, praiseCueNeeds,
		purchaseCueNeeds, priceCueNeeds, reviewCueNeeds, ideaCueNeeds, churnCueNeeds, dealWithNeeds})
)

// MatchString is c.re.MatchString(s) (or c.hand.match(s)), skipped when s
// holds none of the needs.
func (c *intentCue) MatchString(s string) bool {
	return containsAny(s, c.needs) && c.match(s)
}

// matchFound is MatchString for s whose needs intentNeeds.scan found.
func (c *intentCue) matchFound(s string, found uint32) bool {
	return found&c.bit != 0 && c.match(s)
}

// match runs the cue on s, by hand when it can.
func (c *intentCue) match(s string) bool {
	if c.hand != nil {
		return c.hand.match(s)
	}
	return c.re.MatchString(s)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// cueIntents reports, in intentOrder, the intents whose cues text (low:
// lower-cased, ASCII apostrophes) holds, complaint being decided already.
func cueIntents(text, low string, complaint bool) [len(intentOrder)]bool {
	found := intentNeeds.scan(low)
	var has [len(intentOrder)]bool
	// A rhetorical question ("what gives?", "how is it that ... ?") is
	// venting, not asking: its sentence does not make the text a question.
	// Taking them out only removes words, so low's needs still gate the
	// cue on what is left.
	qlow := low
	if containsAny(low, rhetoricalNeeds) && rhetorical.MatchString(low) {
		qlow = rhetorical.ReplaceAllString(low, " ")
	}
	question := strings.Contains(qlow, "?") || questionStarts(qlow) || questionAnyCue.matchFound(qlow, found)
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
	has[8] = churnCueNeeds.matchFound(low, found) || switchingTo(text)
	return has
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
	// After the handles and greeting a tweet opens with ("@loquat hi, how
	// do I ..."): where the regexp looked only at the very start.
	if at := addressEnd(low); at > 0 && questionStart.MatchString(low[at:]) {
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

// addressEnd returns where low's opening handles ("@loquat", ".@loquat")
// and greeting ("hi", "hey" or "hello", maybe with a comma) end, each with
// the white space after it: ^(?:\.?@\S+\s+)*(?:(?:hi|hey|hello)\b,?\s+)?
// as RE2 reads it. It is 0 when low opens with neither.
func addressEnd(low string) int {
	at := 0
	for {
		i := at
		if i < len(low) && low[i] == '.' {
			i++
		}
		if i >= len(low) || low[i] != '@' {
			break
		}
		j := i + 1
		for j < len(low) && !isRE2Space(low[j]) {
			j++
		}
		k := j
		for k < len(low) && isRE2Space(low[k]) {
			k++
		}
		if j == i+1 || k == j {
			break // "@" alone, or a handle that ends the text
		}
		at = k
	}
	for _, g := range [...]string{"hello", "hey", "hi"} {
		rest := low[at:]
		if !strings.HasPrefix(rest, g) || (len(rest) > len(g) && isASCIIWordByte(rest[len(g)])) {
			continue
		}
		i := len(g)
		if i < len(rest) && rest[i] == ',' {
			i++
		}
		j := i
		for j < len(rest) && isRE2Space(rest[j]) {
			j++
		}
		if j > i {
			return at + j
		}
	}
	return at
}

// isRE2Space is RE2's \s: [\t\n\f\r ].
func isRE2Space(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// praised reports a praise cue that is not negated ("not great"), not
// hypothetical ("would be great if") and not inside a question ("what's
// the best laptop?"). The cue was the regexp
//
//	\b(love|loving|...|shout ?out|...|best (\w+ )?ever)\b
//
// and its negation and hypothetical checks regexps anchored at the end of
// the 40 bytes before a hit; they are now matched by hand with the same
// semantics (leftmost-first, non-overlapping, ASCII \b, \s and \w), which
// spares the regexp engine a try at every offset of the text.
// TestPraisedMatchesRegexps compares them with the regexps.
func praised(low string) bool {
	var sents [][]int // computed once, when first needed
	for from := 0; ; {
		start, end := praiseCueAlts.find(low, from)
		if start < 0 {
			return false
		}
		from = end
		// Two words back is all the negation and hypothetical cues look
		// at; a bounded window keeps long posts linear.
		before := low[max(0, start-40):start]
		if negatedBefore(before) || hypotheticalBefore(before) {
			continue
		}
		if sents == nil {
			sents = sentenceBounds(low)
		}
		if inQuestion(low, sents, start) {
			continue
		}
		return true
	}
}

// praiseAlts are the praise cue's alternatives with the optional parts
// spelt out, in the order the regexp tries them: "shout ?out" is "shout
// out" then "shoutout", and the greedy "(\w+ )?" is tried with a word first.
var praiseAlts = []string{
	"love", "loving", "loved", "great", "awesome", "amazing", "excellent", "fantastic", "brilliant", "perfect",
	"wonderful", "outstanding", "superb", "thank you", "thanks", "thx", "kudos", "well done", "good job",
	"great job", "impressed", "highly recommend", "recommend", "shout out", "shoutout", "props to", "you rock",
	"you guys rock", `best \w+ ever`, "best ever",
}

// praiseCueAlts are praiseAlts by first word (see wordAltCue).
var praiseCueAlts = newWordAltCue(praiseAlts)

// negationWords are the words that negate a praise cue one or two words
// on.
var negationWords = [...]string{"not", "never", "no", "don't", "doesn't", "didn't", "isn't", "wasn't", "won't", "can't", "hardly"}

// negatedBefore reports whether s, the text before a praise cue, ends with
// a negation and one word at most: the regexp
// \b(not|never|...|hardly)\s+(\w+\s+)?$.
func negatedBefore(s string) bool {
	k := len(s)
	for k > 0 && isRE2Space(s[k-1]) {
		k--
	}
	if k == len(s) {
		return false
	}
	if endsWithWord(s[:k], negationWords[:]) {
		return true
	}
	j := k
	for j > 0 && isASCIIWordByte(s[j-1]) {
		j--
	}
	if j == k {
		return false
	}
	m := j
	for m > 0 && isRE2Space(s[m-1]) {
		m--
	}
	return m < j && endsWithWord(s[:m], negationWords[:])
}

// endsWithWord reports whether s ends with one of words (each starting
// with an ASCII word character) with a word boundary before it.
func endsWithWord(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || !isASCIIWordByte(s[len(s)-len(w)-1])) {
			return true
		}
	}
	return false
}

// hypotheticalModals are the modals of a wish, "'d" apart.
var hypotheticalModals = [...]string{"would", "could", "might"}

// hypotheticalBefore reports whether s, the text before a praise cue, ends
// as a wish does ("it would be great if" is no compliment): the regexp
// \b(would|'d|could|might) (be|look|feel) (so |really |very )?$.
func hypotheticalBefore(s string) bool {
	// The optional adverbs and the verbs end differently, so at most one
	// of each can end s.
	for _, adv := range [...]string{"so ", "really ", "very "} {
		if strings.HasSuffix(s, adv) {
			s = s[:len(s)-len(adv)]
			break
		}
	}
	verb := false
	for _, v := range [...]string{" be ", " look ", " feel "} {
		if strings.HasSuffix(s, v) {
			s = s[:len(s)-len(v)]
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	// \b before "'" needs a word character before it.
	if strings.HasSuffix(s, "'d") && len(s) > 2 && isASCIIWordByte(s[len(s)-3]) {
		return true
	}
	return endsWithWord(s, hypotheticalModals[:])
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

// The support cues were the regexps \b(alt|...)\b; these are their
// alternatives with the optional parts spelt out ("log ?in" is "log in"
// and "login"), matched by hand (wordAltCue). TestHandCuesMatchRegexps
// compares them with the regexps.
var (
	supportRequestAlts = concat(
		[]string{"need help", "need some help", "please help", "pls help", "plz help", "help me"},
		cross([]string{"can"}, " ", cross([]string{"you", "u", "someone", "anyone", "somebody"}, " ", []string{"help"})),
		cross([]string{"could"}, " ", cross([]string{"you", "u", "someone", "anyone"}, " ", []string{"help"})),
		[]string{"how do i", "how can i", "how to", "is there a way", "dm me", "dm'd", "please advise", "pls advise",
			"please assist", "please fix", "pls fix", "please look into", "please check", "please respond", "please reply",
			"reach out to me", "contact me", "get back to me", "get in touch"})
	supportProblemAlts = concat(
		[]string{"not working", "doesn't work", "does not work", "isn't working"},
		cross([]string{"won't"}, " ", []string{"load", "start", "open", "connect", "work", "turn on", "charge", "sync", "let me"}),
		cross([]string{"can't"}, " ", []string{"log in", "login", "sign in", "signin", "access", "connect", "find", "get"}),
		cross([]string{"cannot"}, " ", []string{"log in", "login", "sign in", "signin", "access", "connect"}),
		[]string{"unable to", "error", "crash", "crashes", "crashed", "crashing", "broken", "keeps crashing",
			"keeps freezing", "keeps failing", "reset password", "reset my password", "locked out", "stuck",
			"down again", "outage", "problem with", "issue with", "trouble with"})
)

// wordAltCue matches a regexp \b(a|b|...)\b whose alternatives each start
// and end with an ASCII word character: it maps each alternative's first
// word to its alternatives, so only the words of the text are looked up,
// where the regexp tries every offset. Built once, read-only.
type wordAltCue map[string][]cueAlt

func newWordAltCue(alts []string) wordAltCue {
	c := wordAltCue{}
	for _, a := range alts {
		elems := parseCueAlt(a)
		lit := elems[0].lit
		n := 0
		for n < len(lit) && isASCIIWordByte(lit[n]) {
			n++
		}
		c[lit[:n]] = append(c[lit[:n]], cueAlt{elems: elems})
	}
	return c
}

// match reports whether s holds a match.
func (c wordAltCue) match(s string) bool {
	start, _ := c.find(s, 0)
	return start >= 0
}

// find returns the offsets [start, end) of the first match in s at or
// after from: the first alternative, in the regexp's order, that starts at
// the start of a word and ends at a word boundary. It returns -1, -1 when
// there is none.
func (c wordAltCue) find(s string, from int) (int, int) {
	for p := from; p < len(s); {
		if !isASCIIWordByte(s[p]) {
			p++
			continue
		}
		q := p
		for q < len(s) && isASCIIWordByte(s[q]) {
			q++
		}
		if p == 0 || !isASCIIWordByte(s[p-1]) {
			for i, alts := 0, c[s[p:q]]; i < len(alts); i++ {
				if e := alts[i].matchAt(s, p); e >= 0 {
					return p, e
				}
			}
		}
		p = q
	}
	return -1, -1
}

// switchingWords are the verbs of a move to another brand.
var switchingWords = [...]string{"switch", "switching", "switched", "Switch", "Switching", "Switched", "move", "moving", "Move", "Moving"}

// switchingTo reports a move to a named brand in text (not lower-cased),
// "switching to Medlar": the regexp
// \b(?:[Ss]witch(?:ing|ed)?|[Mm]ov(?:e|ing)) (?:over )?(?:back )?to @?[A-Z].
// Every match holds "to " before the name, so it looks for that and reads
// the rest outwards; the optional words and the verbs end in different
// letters, so each can be taken off the end at most one way.
func switchingTo(text string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], " to ")
		if i < 0 {
			return false
		}
		at := from + i
		from = at + 1
		after := text[at+4:]
		after = strings.TrimPrefix(after, "@")
		if after == "" || after[0] < 'A' || after[0] > 'Z' {
			continue
		}
		before := text[:at+1] // ends with the space before "to"
		before = strings.TrimSuffix(before, "back ")
		before = strings.TrimSuffix(before, "over ")
		before, ok := strings.CutSuffix(before, " ")
		if ok && endsWithWord(before, switchingWords[:]) {
			return true
		}
	}
}
