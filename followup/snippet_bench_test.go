package followup

import (
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/config"
)

// BenchmarkSnippet cuts a 600-rune post around its mention: Snippet compiles
// the brand's terms each call, the policy's snippet uses the matcher
// PolicyFrom compiled once (what Refresh does for every item).
func BenchmarkSnippet(b *testing.B) {
	text := strings.Repeat("filler words here ", 15) + "and then Loquat broke everything " + strings.Repeat("more words ", 20)
	pol, err := PolicyFrom(&config.Config{Brands: []config.Brand{loquat}})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("compile each time", func(b *testing.B) {
		for b.Loop() {
			Snippet(text, loquat)
		}
	})
	b.Run("policy matcher", func(b *testing.B) {
		for b.Loop() {
			pol.snippet(text, loquat)
		}
	})
}
