package followup

import (
	"slices"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

// snippetRunes is about how much text a CRM row shows before it wraps.
const snippetRunes = 200

// Snippet returns up to about 200 runes of text around the first mention of
// b (its terms, or its name when it has none), or the start of text when
// there is no mention. White space is normalised, and a cut falls between
// words and is marked with "…".
func Snippet(text string, b config.Brand) string {
	text = post.NormalizeSpace(text)
	r := []rune(text)
	if len(r) <= snippetRunes {
		return text
	}
	at := 0
	terms := b.Terms
	if len(terms) == 0 {
		terms = []string{b.Name}
	}
	if m, err := classify.NewMatcher(terms); err == nil {
		if loc := m.Index(text); loc != nil {
			at = len([]rune(text[:loc[0]]))
		}
	}
	// Show a little context before the mention: the complaint often starts
	// before the brand is named.
	start := max(0, at-snippetRunes/4)
	end := min(len(r), start+snippetRunes)
	start = max(0, end-snippetRunes)
	if start > 0 {
		if i := indexRune(r[start:end], ' '); i >= 0 && start+i+1 < end {
			start += i + 1
		}
	}
	if end < len(r) {
		if i := lastIndexRune(r[start:end], ' '); i > 0 {
			end = start + i
		}
	}
	s := string(r[start:end])
	if start > 0 {
		s = "…" + s
	}
	if end < len(r) {
		s += "…"
	}
	return s
}

func indexRune(r []rune, c rune) int { return slices.Index(r, c) }

func lastIndexRune(r []rune, c rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == c {
			return i
		}
	}
	return -1
}
