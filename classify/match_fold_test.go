package classify

import (
	"slices"
	"testing"
	"unicode/utf8"
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
		got, want := m.IndexAll(text), m.legacyIndexAll(text)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("IndexAll(%q) = %v, want %v", text, got, want)
		}
		if got, want := m.Match(text), m.re.MatchString(text); got != want {
			t.Errorf("Match(%q) = %v, want %v", text, got, want)
		}
	})
}

// legacyIndexAll is IndexAll as first written, on the regexp alone: it returns the byte offsets [start, end) of every term in text, in
// order, or nil when there is none. A match needs a boundary rune on each
// side, and one rune may be the boundary of two matches ("loquat loquat"),
// so the search restarts right after each term rather than after the rune
// that ended it.
func (m *Matcher) legacyIndexAll(text string) [][]int {
	var out [][]int
	for pos := 0; pos <= len(text); {
		// A restart mid-text must not treat the cut as the start of the
		// text: the rune before pos is the end of the previous term, a
		// word rune, so only a term that itself starts with a non-word
		// rune could wrongly match; step back one rune to see it.
		from := pos
		if from > 0 {
			_, size := utf8.DecodeLastRuneInString(text[:from])
			from -= size
		}
		loc := m.re.FindStringSubmatchIndex(text[from:])
		if loc == nil {
			break
		}
		start, end := loc[2]+from, loc[3]+from
		if start < pos {
			// The match overlaps the previous one; look further on.
			pos++
			continue
		}
		out = append(out, []int{start, end})
		if end <= pos {
			end = pos + 1
		}
		pos = end
	}
	return out
}
