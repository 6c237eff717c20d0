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
var intentOrder = []string{
	IntentSupport, IntentQuestion, IntentComplaint, IntentPraise, IntentPurchase,
	IntentPrice, IntentReview, IntentIdea, IntentChurn,
}

// Intent cues run on lower-cased text with ASCII apostrophes, except those
// marked cased, which need the capital of a name ("switching to Medlar" but
// not "switching to dark mode").
var (
	questionStart = regexp.MustCompile(`(?:^|[.!?]\s+|\n)(?:how (?:do|does|did|can|could|to|long|much|many|come|is|are|should|would|will)|what (?:is|are|do|does|did|should|can|time|happened|about|'s)|what's|when (?:is|are|will|does|do|can|should|did)|where (?:is|are|can|do|does|did|should)|why (?:is|are|do|does|did|can|can't|won't|isn't|would|has|have)|which\b|who (?:is|are|do|can|should)|(?:can|could|will|would|should|do|does|did|is|are|has|have) (?:i|you|we|they|it|there|anyone|someone|somebody|u|the|my|your|this|that|these|those)\b|anyone know|does anyone|any idea|any ideas)`)
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
	low := normalizeApostrophes(strings.ToLower(text))
	has := map[string]bool{}
	question := strings.Contains(text, "?") || questionStart.MatchString(low) || questionAny.MatchString(low)
	has[IntentQuestion] = question
	has[IntentSupport] = supportRequest.MatchString(low) || (supportProblem.MatchString(low) && (question || complaint))
	has[IntentComplaint] = complaint
	has[IntentPraise] = !complaint && praised(low)
	has[IntentPurchase] = purchaseCue.MatchString(low)
	has[IntentPrice] = priceCue.MatchString(dealWith.ReplaceAllString(low, ""))
	has[IntentReview] = reviewCue.MatchString(low)
	has[IntentIdea] = ideaCue.MatchString(low)
	has[IntentChurn] = churnCue.MatchString(low) || churnCased.MatchString(text)
	var out []string
	for _, in := range intentOrder {
		if has[in] {
			out = append(out, in)
		}
	}
	return out
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
