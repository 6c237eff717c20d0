package classify

import (
	"slices"
	"testing"
)

func TestIntents(t *testing.T) {
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
		// complaint
		{"Still waiting for my refund, 3 weeks now @loquat", []string{IntentComplaint}},
		// praise
		{"Huge thanks to the Loquat team, the new update is fantastic", []string{IntentPraise}},
		{"The new update is not great", nil},
		{"What's the best laptop for students?", []string{IntentQuestion}},
		// purchase
		{"Thinking about buying the Loquat Hearth for my mum", []string{IntentPurchase}},
		{"Where can I buy replacement filters in the UK?", []string{IntentQuestion, IntentPurchase}},
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
		// churn
		{"I'm cancelling my subscription, this is the last straw", []string{IntentChurn}},
		{"Switching to Medlar next month, done waiting", []string{IntentChurn}},
		{"Never buying from them again", []string{IntentChurn}},
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
			if got := intents(tt.text, complaint); !slices.Equal(got, tt.want) {
				t.Errorf("intents(%q) = %q, want %q", tt.text, got, tt.want)
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
