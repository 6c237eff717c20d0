package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentNewsChange checks readings of news English about
// quantities that change: a participle of change before what changes
// ("falling crime", "rising emissions") and a change under way ("Crime
// is falling"), with the other senses of the participles the rules must
// leave alone.
func TestSentimentNewsChange(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		// A participle of change before what changes.
		{"Voters rewarded the mayor for falling crime.", post.Positive},
		{"The city has seen falling crime for a decade.", post.Positive},
		{"The country faces rising emissions.", post.Negative},
		{"Soaring inflation has squeezed family budgets.", post.Negative},
		{"Falling wages have hit the north hardest.", post.Negative},
		{"Rising wages have lifted millions out of poverty.", post.Positive},
		// A change under way.
		{"Emissions are still rising.", post.Negative},
		{"Crime is falling across the country.", post.Positive},
		{"Public trust in the courts is declining.", post.Negative},
		// Other senses of the participles.
		{"Many soldiers were falling ill.", post.Negative},
		{"She is growing tired of the debate.", post.Negative},
		{"The growing popularity of the show surprised its makers.", post.Positive},
		{"The app has options like slowing the music down, which is great.", post.Positive},
	}
	for _, c := range tests {
		t.Run(c.text, func(t *testing.T) { checkLabels(t, s, []labelCase{c}) })
	}
}
