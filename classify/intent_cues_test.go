package classify

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// regexpIntents is intents as first written: every regexp run over the
// whole text, questionStart searched at every offset.
func regexpIntents(text string, complaint bool) []string {
	low := legacyNormalizeApostrophes(strings.ToLower(text))
	has := map[string]bool{}
	qlow := low
	if rhetorical.MatchString(low) {
		qlow = rhetorical.ReplaceAllString(low, " ")
	}
	question := strings.Contains(qlow, "?") || questionAnywhere.MatchString(qlow) || questionAddressed.MatchString(qlow) || questionAny.MatchString(qlow)
	has[IntentQuestion] = question
	has[IntentSupport] = supportRequest.MatchString(low) || (supportProblem.MatchString(low) && (question || complaint))
	has[IntentComplaint] = complaint
	has[IntentPraise] = !complaint && regexpPraised(low)
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

// The praise cue and its negation and hypothetical checks as first
// written; praised matches them by hand.
var (
	praiseCue    = regexp.MustCompile(`\b(love|loving|loved|great|awesome|amazing|excellent|fantastic|brilliant|perfect|wonderful|outstanding|superb|thank you|thanks|thx|kudos|well done|good job|great job|impressed|highly recommend|recommend|shout ?out|props to|you rock|you guys rock|best (\w+ )?ever)\b`)
	hypothetical = regexp.MustCompile(`\b(would|'d|could|might) (be|look|feel) (so |really |very )?$`)
	negated      = regexp.MustCompile(`\b(not|never|no|don't|doesn't|didn't|isn't|wasn't|won't|can't|hardly)\s+(\w+\s+)?$`)
)

// The support and cased churn cues as first written; intents matches them
// by hand.
var (
	supportRequest = regexp.MustCompile(`\b(need (some )?help|please help|pls help|plz help|help me|can (you|u|someone|anyone|somebody) help|could (you|u|someone|anyone) help|how do i|how can i|how to|is there a way|dm me|dm'd|please advise|pls advise|please assist|please fix|pls fix|please look into|please check|please respond|please reply|reach out to me|contact me|get back to me|get in touch)\b`)
	supportProblem = regexp.MustCompile(`\b(not working|doesn't work|does not work|isn't working|won't (load|start|open|connect|work|turn on|charge|sync|let me)|can't (log ?in|sign ?in|access|connect|find|get)|cannot (log ?in|sign ?in|access|connect)|unable to|error|crash(es|ed|ing)?|broken|keeps (crashing|freezing|failing)|reset (my )?password|locked out|stuck|down again|outage|problem with|issue with|trouble with)\b`)
	churnCased     = regexp.MustCompile(`\b(?:[Ss]witch(?:ing|ed)?|[Mm]ov(?:e|ing)) (?:over )?(?:back )?to @?[A-Z]`)
)

// TestHandCuesMatchRegexps checks the hand-written cues against the
// regexps they replace, on the lower-cased text as intents reads them and,
// for the cased churn cue, on the text as it is.
func TestHandCuesMatchRegexps(t *testing.T) {
	texts := append(equivalenceTexts(t), "", "need some help", "need  help", "can u help", "dm'd", "dm'dx", "xhelp me",
		"login", "log  in", "crash", "crashesx", "reset my password", "Switching to Medlar", "moving over back to @Medlar",
		"can't signin", "cannot signin", "can't login", "cannot login", "reset password", "crashed", "crashes", "crashing",
		"switch back over to X", "switch  to X", "Moved to X", "Switcher to X", "xswitch to X", "switch to medlar", "switch to @",
		"move to", " to X", "to X", "switchedto X", "switch over  to X")
	for _, a := range concat(supportRequestAlts, supportProblemAlts) {
		texts = append(texts, a, "x"+a, a+"x", "("+a+")", strings.ReplaceAll(a, " ", "  "))
	}
	texts = append(texts, randomTexts(rand.New(rand.NewPCG(9, 10)), intentFuzzWords, 8000, 10, 4)...)
	// Short strings of the support regexps' own words make every
	// alternative likely, spelt with and without its optional parts.
	var supportWords []string
	for _, re := range []*regexp.Regexp{supportRequest, supportProblem} {
		supportWords = append(supportWords, regexp.MustCompile(`[a-z']+`).FindAllString(re.String(), -1)...)
	}
	texts = append(texts, randomTexts(rand.New(rand.NewPCG(13, 14)), supportWords, 30000, 4, 3)...)
	for _, s := range texts {
		low := normalizeApostrophes(strings.ToLower(s))
		for _, c := range []struct {
			name string
			hand wordAltCue
			re   *regexp.Regexp
		}{
			{"supportRequest", supportRequestCue.hand, supportRequest},
			{"supportProblem", supportProblemCue.hand, supportProblem},
		} {
			if got, want := c.hand.match(low), c.re.MatchString(low); got != want {
				t.Errorf("%s on %q: got %v, want %v", c.name, low, got, want)
			}
		}
		if got, want := switchingTo(s), churnCased.MatchString(s); got != want {
			t.Errorf("switchingTo(%q) = %v, want %v", s, got, want)
		}
	}
}

// regexpPraised is praised as first written, on the regexps.
func regexpPraised(low string) bool {
	var sents [][]int
	for _, loc := range praiseCue.FindAllStringIndex(low, -1) {
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

// TestPraisedMatchesRegexps checks the hand-written praise, negation and
// hypothetical matchers against the regexps they replace, hit by hit.
func TestPraisedMatchesRegexps(t *testing.T) {
	texts := append(equivalenceTexts(t), "", "love", "loved it", "best ever", "best phone ever", "best  ever", "best_x ever",
		"best ever ever", "shout out", "shoutout", "shout  out", "thank you", "thank yous", "great job", "you guys rock",
		"not great", "not really great", "not  really\tgreat", "x not great", "xnot great", "it'd be great", "'d be great",
		"id be great", "would be so great", "would be very great", "would  be great", "could look great", "alsowould be great")
	texts = append(texts, randomTexts(rand.New(rand.NewPCG(5, 6)), intentFuzzWords, 8000, 10, 4)...)
	for _, s := range texts {
		low := normalizeApostrophes(strings.ToLower(s))
		var got [][]int
		for from := 0; ; {
			start, end := praiseCueAlts.find(low, from)
			if start < 0 {
				break
			}
			got = append(got, []int{start, end})
			from = end
		}
		want := praiseCue.FindAllStringIndex(low, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("praise hits in %q: got %v, want %v", low, got, want)
		}
		for i := 0; i <= len(low); i++ {
			before := low[max(0, i-40):i]
			if got, want := negatedBefore(before), negated.MatchString(before); got != want {
				t.Errorf("negatedBefore(%q) = %v, want %v", before, got, want)
			}
			if got, want := hypotheticalBefore(before), hypothetical.MatchString(before); got != want {
				t.Errorf("hypotheticalBefore(%q) = %v, want %v", before, got, want)
			}
		}
		if got, want := praised(low), regexpPraised(low); got != want {
			t.Errorf("praised(%q) = %v, want %v", low, got, want)
		}
	}
}

// questionAnywhere is questionStart as first written, and
// questionAddressed is questionStart after a tweet's opening handles and
// greeting, which addressEnd finds by hand.
var (
	questionAnywhere = regexp.MustCompile(`(?:^|[.!?]\s+|\n)(?:` +
		strings.TrimSuffix(strings.TrimPrefix(questionStart.String(), "^(?:"), ")") + `)`)
	questionAddressed = regexp.MustCompile(`^(?:\.?@\S+\s+)*(?:(?:hi|hey|hello)\b,?\s+)?(?:` +
		strings.TrimSuffix(strings.TrimPrefix(questionStart.String(), "^(?:"), ")") + `)`)
)

// intentFuzzWords are the literal words of the intent regexps, and some
// punctuation and space, to string together at random.
var intentFuzzWords = func() []string {
	w := []string{" ", " ", " ", "\n", "\t", ". ", "! ", "? ", ".", "?", "'", "’", "$", "€", "£", "%", "/", "-", "3", "4.5", "10", "@", "Switch", "Moving", "Medlar", "@Loquat", ".@loquat", "@", "hi,", "hey", "I", "I'm", "Don’t"}
	for _, re := range []*regexp.Regexp{rhetorical, questionStart, questionAny, supportRequest, supportProblem, praiseCue, hypothetical, negated, purchaseCue, priceCue, dealWith, reviewCue, ideaCue, churnCue, churnCased} {
		w = append(w, regexp.MustCompile(`[a-z'%-]+`).FindAllString(re.String(), -1)...)
	}
	return w
}()

func TestIntentCueNeeds(t *testing.T) {
	texts := append(equivalenceTexts(t), randomTexts(rand.New(rand.NewPCG(3, 4)), intentFuzzWords, 8000, 10, 4)...)
	for _, s := range texts {
		for _, complaint := range []bool{false, true} {
			got, want := IntentModels(nil).Intents(s, complaint), regexpIntents(s, complaint)
			if strings.Join(got, ",") != strings.Join(want, ",") || (got == nil) != (want == nil) {
				t.Errorf("cue intents(%q, %v) = %q, want %q", s, complaint, got, want)
			}
		}
	}
}

// TestNeedScanner checks that one scan finds what looking for each need in
// turn finds.
func TestNeedScanner(t *testing.T) {
	cues := []intentCue{questionAnyCue, supportRequestCue, supportProblemCue, praiseCueNeeds,
		purchaseCueNeeds, priceCueNeeds, reviewCueNeeds, ideaCueNeeds, churnCueNeeds, dealWithNeeds}
	texts := append(equivalenceTexts(t), "", "a", "wonde", "wonder", "xwonderx", "how much", "ho how ", "€5", "£", "canceled", "pric", "pri ce")
	rng := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			w := intentFuzzWords[rng.IntN(len(intentFuzzWords))]
			b.WriteString(w[:rng.IntN(len(w)+1)])
			if rng.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		low := normalizeApostrophes(strings.ToLower(s))
		got := intentNeeds.scan(low)
		var want uint32
		for _, c := range cues {
			if containsAny(low, c.needs) {
				want |= c.bit
			}
		}
		if got != want {
			t.Errorf("scan(%q) = %b, want %b", low, got, want)
		}
	}
}

// FuzzIntents compares the cue intents with the regexps run on the whole
// text.
func FuzzIntents(f *testing.F) {
	for _, s := range []string{"How much is it? $5", "I can't deal with $ 5", "Loving it", "Switching to Medlar", "wondering if it works", "would be great if", "not great"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, complaint bool) {
		got, want := IntentModels(nil).Intents(s, complaint), regexpIntents(s, complaint)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("cue intents(%q, %v) = %q, want %q", s, complaint, got, want)
		}
	})
}

// legacyNormalizeApostrophes is normalizeApostrophes as first written: it turns typographic apostrophes into ASCII ones, so
// "don’t" and "don't" are one word to the cues and the n-grams.
func legacyNormalizeApostrophes(s string) string {
	return strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'").Replace(s)
}
