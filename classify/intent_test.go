package classify

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestIntentCues checks each intent's cues, the learned models off.
func TestIntentCues(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// support
		{"@loquat I can't log in since the update, please help", []string{IntentSupport}},
		{"How do I reset my password on the Loquat app?", []string{IntentSupport, IntentQuestion}},
		{"Thanks for the help yesterday, all sorted", []string{IntentPraise}},
		// question
		{"Does anyone know when the new Loquat Hearth comes out?", []string{IntentQuestion}},
		{"Will the store be open on Sunday", []string{IntentQuestion}},
		{"Will buy again.", []string{IntentPurchase}},
		{"@turbotax where do I put the estimated taxes", []string{IntentQuestion}},
		{".@loquat hi, is there a firmware fix", []string{IntentQuestion}},
		{"@loquat hello there", nil},
		{"Can't stream on the iPad. What gives?", nil},
		{"How is it that nobody ever answers the phone?", nil},
		{"Really? Is this for all apps or just maps?", []string{IntentQuestion}},
		// complaint
		{"Still waiting for my refund, 3 weeks now @loquat", []string{IntentComplaint}},
		// praise
		{"Huge thanks to the Loquat team, the new update is fantastic", []string{IntentPraise}},
		{"The new update is not great", nil},
		{"What's the best laptop for students?", []string{IntentQuestion}},
		// purchase
		{"Thinking about buying the Loquat Hearth for my mum", []string{IntentPurchase}},
		{"Where can I buy replacement filters in the UK?", []string{IntentQuestion, IntentPurchase}},
		{"Trying to order the rain boots but which size runs true?", []string{IntentQuestion, IntentPurchase}},
		{"Does Harrods still sell the Hugo Boss shower gel", []string{IntentPurchase}},
		{"When is the pumpkin shake coming back", []string{IntentQuestion, IntentPurchase}},
		{"Is gigabit available in 23139?", []string{IntentQuestion, IntentPurchase}},
		{"Just ordered a Hearth for my dad", []string{IntentPurchase}},
		{"Looking for a new lipstick, something between brave and velvet", []string{IntentPurchase}},
		{"I placed an order last week", nil},
		{"I'm trying to get an update on my order", nil},
		// price
		{"Is there a student discount on the annual plan?", []string{IntentQuestion, IntentPrice}},
		{"The Hearth is $299, cheaper than last year", []string{IntentPrice}},
		{"I had to deal with the new layout all week", nil},
		// review
		{"After two weeks of using the Hearth: battery life is solid, 4/5", []string{IntentReview}},
		{"My honest thoughts on the Loquat Hearth, pros and cons", []string{IntentReview}},
		// idea
		{"You should add a dark mode to the app", []string{IntentIdea}},
		{"It would be great if the export included dates", []string{IntentIdea}},
		{"Can you add a filter for changing tables?", []string{IntentQuestion, IntentIdea}},
		{"I'd like to see a dark theme in the editor", []string{IntentIdea}},
		{"Are you ever bringing back the pumpkin shake", []string{IntentQuestion, IntentIdea}},
		{"There really needs to be an easier way to report names", []string{IntentIdea}},
		{"Please hide the tab in a future release", []string{IntentIdea}},
		{"Can you add me to the list", []string{IntentQuestion}},
		// churn
		{"I'm cancelling my subscription, this is the last straw", []string{IntentChurn}},
		{"Switching to Medlar next month, done waiting", []string{IntentChurn}},
		{"Never buying from them again", []string{IntentChurn}},
		{"Never buy Whirlpool again, three months wasted", []string{IntentChurn}},
		{"I will never purchase a Honda again", []string{IntentChurn}},
		{"I'm canceling my @AppleMusic account over this", []string{IntentChurn}},
		{"Consider the policy cancelled", []string{IntentChurn}},
		{"Think I'll just stop eating there", []string{IntentChurn}},
		{"From now on we get Dominos", []string{IntentChurn}},
		{"Getting ready to drop you guys", []string{IntentChurn}},
		{"I'll tell everyone not to buy your products", []string{IntentChurn}},
		{"I'll cancel my order if it is not here by Friday", nil},
		{"Stop using the charger for a day and it resets", nil},
		// no intent
		{"I'm switching to dark mode tonight", nil},
		{"Moving to the new office on Monday", nil},
		{"Sunny day at the park with the kids", nil},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			// The complaint intent is the complaint model's; the cue rules
			// are tested with it fixed, except where the case is about it.
			complaint := slices.Contains(tt.want, IntentComplaint)
			if got := IntentModels(nil).Intents(tt.text, complaint); !slices.Equal(got, tt.want) {
				t.Errorf("cue intents(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestIntentsUsesComplaintModel(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Still waiting for my refund, 3 weeks now @loquat", true},
		{"Sunny day at the park with the kids", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := slices.Contains(Intents(tt.text), IntentComplaint); got != tt.want {
				t.Errorf("Intents(%q) has complaint = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestLearnedIntents checks what the committed intent models add to the
// cues: each case's intent is one its cues miss, so only the model can find
// it. Known misses are logged, not failed, to record the models' limits.
func TestLearnedIntents(t *testing.T) {
	tests := []struct {
		text   string
		intent string
		want   bool
		// knownMiss marks a case the committed models get wrong.
		knownMiss bool
	}{
		{"My account has been locked for two days, can someone sort it?", IntentSupport, true, false},
		{"@loquat order 5512 never arrived, need this sorted asap", IntentSupport, true, false},
		{"The new update is buggy and slow, my phone lags constantly", IntentReview, true, false},
		{"Happy birthday my friend", IntentSupport, false, false},
		{"Loquat released version 2 today.", IntentReview, false, false},
		{"Lovely sunny day at the beach", IntentReview, false, false},
		{"The router keeps dropping every evening. Any ideas?", IntentSupport, true, true},
		{"Been using the Hearth for a month and it's rock solid", IntentReview, true, true},
		{"Where can I buy replacement filters in the UK?", IntentSupport, false, true},
		{"Done all of that and the printer still shows offline, what now", IntentSupport, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			complaint := ComplaintScore(tt.text) >= ComplaintThreshold
			if slices.Contains(IntentModels(nil).Intents(tt.text, complaint), tt.intent) {
				t.Fatalf("the cues find %s in %q: the case does not test the model", tt.intent, tt.text)
			}
			got := slices.Contains(Intents(tt.text), tt.intent)
			if tt.knownMiss {
				t.Logf("known miss: Intents(%q) has %s = %v, want %v", tt.text, tt.intent, got, tt.want)
				return
			}
			if got != tt.want {
				t.Errorf("Intents(%q) has %s = %v, want %v (model score %.3f)", tt.text, tt.intent, got, tt.want, defaultIntentModels[tt.intent].Score(tt.text))
			}
		})
	}
}

// TestIntentModels checks how models join the cues: an intent is found
// when its cues or its model find it, a model for an intent that has none
// is asked too, and models only add.
func TestIntentModels(t *testing.T) {
	always := &ComplaintModel{Weights: make([]float64, ComplaintDims), Bias: 40}
	never := &ComplaintModel{Weights: make([]float64, ComplaintDims), Bias: -40}
	const text = "You should add a dark mode to the app" // cues: idea
	tests := []struct {
		name   string
		models IntentModels
		want   []string
	}{
		{"no models", nil, []string{IntentIdea}},
		{"a model that always finds", IntentModels{IntentReview: always}, []string{IntentIdea, IntentReview}},
		{"a model that never finds", IntentModels{IntentIdea: never}, []string{IntentIdea}},
		{"an unknown intent", IntentModels{"gossip": always}, []string{IntentIdea}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.models.Intents(text, false)
			// In intent order, whatever the models' order.
			slices.SortFunc(tt.want, func(a, b string) int {
				return slices.Index(intentOrder[:], a) - slices.Index(intentOrder[:], b)
			})
			if !slices.Equal(got, tt.want) {
				t.Errorf("Intents(%q) = %q, want %q", text, got, tt.want)
			}
			// Classify's path scores every model, the cues' intents too:
			// a model that does not find one must not take it away.
			_, all := complaintAndIntents(text, normalizeApostrophes(strings.ToLower(text)), never, tt.models)
			if !slices.Equal(all, tt.want) {
				t.Errorf("complaintAndIntents(%q) = %q, want %q", text, all, tt.want)
			}
		})
	}
	if got := slices.Sorted(maps.Keys(defaultIntentModels)); !slices.Equal(got, slices.Sorted(slices.Values(LearnedIntents()))) {
		t.Errorf("committed models for %q, want one per learned intent %q", got, LearnedIntents())
	}
}

// TestTrainIntentModels checks that each learned intent's model learns its
// own labels, and that training is deterministic.
func TestTrainIntentModels(t *testing.T) {
	var ex []IntentExample
	for i := range 20 {
		ex = append(ex,
			IntentExample{Text: fmt.Sprintf("my sprocket %d is jammed again", i), Intents: []string{IntentSupport}},
			IntentExample{Text: fmt.Sprintf("the gizmo %d feels sturdy and quiet", i), Intents: []string{IntentReview}},
			IntentExample{Text: fmt.Sprintf("lunch at noon on day %d", i)})
	}
	opts := ComplaintTrainOptions{Iterations: 100}
	m := TrainIntentModels(ex, opts)
	for _, tt := range []struct{ intent, yes, no string }{
		{IntentSupport, "sprocket jammed", "gizmo sturdy"},
		{IntentReview, "gizmo sturdy", "sprocket jammed"},
	} {
		if y, n := m[tt.intent].Score(tt.yes), m[tt.intent].Score(tt.no); y < ComplaintThreshold || n >= ComplaintThreshold {
			t.Errorf("%s model: Score(%q) = %.3f, Score(%q) = %.3f; want the first at least %v and the second below", tt.intent, tt.yes, y, tt.no, n, ComplaintThreshold)
		}
	}
	again := TrainIntentModels(ex, opts)
	for name, mm := range m {
		if !slices.Equal(mm.Weights, again[name].Weights) || mm.Bias != again[name].Bias {
			t.Errorf("%s: two trainings on the same examples differ", name)
		}
	}
}
