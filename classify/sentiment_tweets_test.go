package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentTweetReadings checks readings common in short posts: an
// exclamation with no word of feeling, each with a case in another sense
// that the rule must leave alone.
func TestSentimentTweetReadings(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		// An exclamation alone leans positive; a question, a negation or
		// a plain statement does not.
		{"Got my tickets for Saturday!", post.Positive},
		{"Off to the coast with the kids!!", post.Positive},
		{"Got my tickets for Saturday.", post.Neutral},
		{"Where are my tickets?!", post.Neutral},
		{"Been here since Monday!", post.Neutral},
		{"Still at the office!", post.Neutral},
		{"Lost my tickets!", post.Negative},
		// A mishap: "forgot" rates like VADER's "forget", so praise said
		// flat after it is sarcasm; what was forgotten may still please.
		{"Forgot my umbrella and got soaked walking to the office. Brilliant.", post.Negative},
		{"Forgot my keys again.", post.Negative},
		{"I forgot how much I love this song.", post.Positive},
		{"Forgot it was a holiday. Wonderful!", post.Positive},
	}
	checkLabels(t, s, tests)
}
