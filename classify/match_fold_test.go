package classify

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// foldTerms are terms whose letters have case-folding orbits of more than
// two runes (k, K, Kelvin sign; s, S, long s; ß, ẞ; Greek sigma and iota).
var foldTerms = []string{"Loquat", "Kiosk", "straße", "ΣΟΦΊΑ", "ᾳ test", "Medlar Labs", "dž", "#tag", "x.io"}

// scanRegexp is IndexAll on the regexp alone, without the prefilter or the
// ASCII matcher: the oracle they are checked against.
func (m *Matcher) scanRegexp(text string) [][]int { return m.scan(text, "", false) }

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
		got, want := m.IndexAll(text), m.scanRegexp(text)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("IndexAll(%q) = %v, want %v", text, got, want)
		}
		if got, want := m.Match(text), m.re.MatchString(text); got != want {
			t.Errorf("Match(%q) = %v, want %v", text, got, want)
		}
	})
}

// TestMatcherASCII checks the hand matcher used on ASCII text against the
// regexp, on term sets whose terms share prefixes, overlap, start or end
// with non-word characters, or fold to ASCII from other runes.
func TestMatcherASCII(t *testing.T) {
	termSets := []struct {
		name  string
		terms []string
	}{
		{"brands", []string{"Loquat", "Loquat Hearth", "LoquatOS", "medlar.io", "Medlar Labs"}},
		{"overlap", []string{"a", "aa", "a a", "aa a"}},
		{"symbols", []string{"#tag", "@loquat", "x.io", "t-mobile", "c++", "-", "tag#"}},
		{"fold", []string{"\u212aiosk", "\u017ftraw", "K", "s"}},
		{"digits", []string{"GTX580", "5", "_x"}},
	}
	words := []string{" ", " ", "  ", "\t", "\n", "\v", "\f", "\r", ".", ",", "#", "@", "-", "_", "+", "'", "5", "55",
		"a", "A", "aa", "loquat", "LOQUAT", "Loquats", "hearth", "os", "OS", "medlar", "io", "labs", "x", "tag",
		"t", "mobile", "c", "kiosk", "KIOSK", "straw", "k", "s", "gtx580", "GTX5800"}
	texts := randomTexts(rand.New(rand.NewPCG(11, 12)), words, 6000, 10, 3)
	texts = append(texts, "", "a", "aa", "a  a", "Loquat Hearth", "loquat\t\nhearth!", "#tag#tag", "@loquat@loquat")
	for _, ts := range termSets {
		t.Run(ts.name, func(t *testing.T) {
			m, err := NewMatcher(ts.terms)
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range texts {
				got, want := m.IndexAll(text), m.scanRegexp(text)
				if !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("IndexAll(%q) = %v, want %v", text, got, want)
				}
				if got, want := m.Match(text), m.re.MatchString(text); got != want {
					t.Errorf("Match(%q) = %v, want %v", text, got, want)
				}
			}
		})
	}
}
