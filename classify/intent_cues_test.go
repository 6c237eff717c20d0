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
	question := strings.Contains(text, "?") || questionAnywhere.MatchString(low) || questionAny.MatchString(low)
	has[IntentQuestion] = question
	has[IntentSupport] = supportRequest.MatchString(low) || (supportProblem.MatchString(low) && (question || complaint))
	has[IntentComplaint] = complaint
	// praised is shared: the scan's part is the cue gate in front of it.
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

// questionAnywhere is questionStart as first written.
var questionAnywhere = regexp.MustCompile(`(?:^|[.!?]\s+|\n)(?:` +
	strings.TrimSuffix(strings.TrimPrefix(questionStart.String(), "^(?:"), ")") + `)`)

// intentFuzzWords are the literal words of the intent regexps, and some
// punctuation and space, to string together at random.
var intentFuzzWords = func() []string {
	w := []string{" ", " ", " ", "\n", "\t", ". ", "! ", "? ", ".", "?", "'", "’", "$", "€", "£", "%", "/", "-", "3", "4.5", "10", "@", "Switch", "Moving", "Medlar", "@Loquat", "I", "I'm", "Don’t"}
	for _, re := range []*regexp.Regexp{questionStart, questionAny, supportRequest, supportProblem, praiseCue, hypothetical, negated, purchaseCue, priceCue, dealWith, reviewCue, ideaCue, churnCue, churnCased} {
		w = append(w, regexp.MustCompile(`[a-z'%-]+`).FindAllString(re.String(), -1)...)
	}
	return w
}()

func TestIntentCueNeeds(t *testing.T) {
	texts := append(equivalenceTexts(t), randomTexts(rand.New(rand.NewPCG(3, 4)), intentFuzzWords, 8000, 10, 4)...)
	for _, s := range texts {
		for _, complaint := range []bool{false, true} {
			got, want := intents(s, complaint), regexpIntents(s, complaint)
			if strings.Join(got, ",") != strings.Join(want, ",") || (got == nil) != (want == nil) {
				t.Errorf("intents(%q, %v) = %q, want %q", s, complaint, got, want)
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

// FuzzIntents compares intents with the regexps run on the whole text.
func FuzzIntents(f *testing.F) {
	for _, s := range []string{"How much is it? $5", "I can't deal with $ 5", "Loving it", "Switching to Medlar", "wondering if it works", "would be great if", "not great"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, complaint bool) {
		got, want := intents(s, complaint), regexpIntents(s, complaint)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("intents(%q, %v) = %q, want %q", s, complaint, got, want)
		}
	})
}

// legacyNormalizeApostrophes is normalizeApostrophes as first written: it turns typographic apostrophes into ASCII ones, so
// "don’t" and "don't" are one word to the cues and the n-grams.
func legacyNormalizeApostrophes(s string) string {
	return strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'").Replace(s)
}
