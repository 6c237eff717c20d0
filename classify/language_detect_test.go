package classify

import (
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

// TestDetectProfileLanguage checks detectLanguage against whatlanggo itself
// on every equivalence text, cut to several lengths.
func TestDetectProfileLanguage(t *testing.T) {
	texts := equivalenceTexts(t)
	var all []string
	for i, s := range texts {
		all = append(all, s)
		if i%3 == 0 && i+1 < len(texts) {
			all = append(all, s+" "+texts[i+1])
		}
	}
	all = append(all, strings.Join(texts[:200], " "), "", " ", "a", "ab", "ééé", "Привет мир", "שלום עולם")
	for _, s := range all {
		got := detectLanguage(s)
		want := whatlanggo.DetectWithOptions(s, languageOptions)
		if got.Script != want.Script || got.Confidence != want.Confidence || (want.Confidence > 0 && got.Lang != want.Lang) {
			t.Errorf("detectLanguage(%q) = %v %v %v, want %v %v %v", s,
				got.Lang, whatlanggo.Scripts[got.Script], got.Confidence, want.Lang, whatlanggo.Scripts[want.Script], want.Confidence)
		}
	}
}
