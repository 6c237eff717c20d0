package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentPromisesKept checks that a promise kept and a span enjoyed
// read as praise, while a promise broken and a wait stay blame.
func TestSentimentPromisesKept(t *testing.T) {
	r := NewRuleScorer()
	for _, c := range []struct {
		text string
		want string
	}{
		{"It was exactly what was promised.", post.Positive},
		{"The hotel was everything we were promised.", post.Positive},
		{"They promised me a callback and called within 5 minutes.", post.Positive},
		{"We were promised a show and they delivered.", post.Positive},
		{"They promised me a callback and never called.", post.Negative},
		{"I was promised a callback 4 days ago", post.Negative},
		{"It's been a week now and no problems at all.", post.Positive},
		{"It's been two weeks without a single crash.", post.Positive},
		{"It's been two weeks without a reply.", post.Negative},
		{"It's been 10 days and still no refund.", post.Negative},
		{"Please help yourself to the snacks, they are delicious.", post.Positive},
		{"Please help, my account has been locked for 5 days.", post.Negative},
	} {
		if got := r.Score(c.text).Label; got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
