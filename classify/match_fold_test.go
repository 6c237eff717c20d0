package classify

import (
	"slices"
	"testing"
)

// foldTerms are terms whose letters have case-folding orbits of more than
// two runes (k, K, Kelvin sign; s, S, long s; ß, ẞ; Greek sigma and iota).
var foldTerms = []string{"Loquat", "Kiosk", "straße", "ΣΟΦΊΑ", "ᾳ test", "Medlar Labs", "dž", "#tag", "x.io"}

// FuzzMatcherPrefilter checks that the first-word prefilter never hides a
// match the regexp alone finds.
func FuzzMatcherPrefilter(f *testing.F) {
	for _, s := range []string{"LOQUAT", "ＫIOSK", "\u212aiosk", "ſtraße", "STRAẞE", "σοφία", "ΣΟΦΙΑ", "ᾼ TEST", "ᾳ\u00a0test", "Ǆ ǅ", "medlar\tlabs", "#TAG", "X.IO", "", "\xff\xfe"} {
		f.Add(s)
	}
	m, err := NewMatcher(foldTerms)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := m.IndexAll(text), m.scan(text)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("IndexAll(%q) = %v, want %v", text, got, want)
		}
		if got, want := m.Match(text), m.re.MatchString(text); got != want {
			t.Errorf("Match(%q) = %v, want %v", text, got, want)
		}
	})
}
