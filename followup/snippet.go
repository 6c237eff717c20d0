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
	return cut(post.NormalizeSpace(text), func() *classify.Matcher { return brandMatcher(b) })
}

// brandMatcher compiles b's terms (its name when it has none), or returns
// nil when they do not compile.
func brandMatcher(b config.Brand) *classify.Matcher {
	terms := b.Terms
	if len(terms) == 0 {
		terms = []string{b.Name}
	}
	m, err := classify.NewMatcher(terms)
	if err != nil {
		return nil
	}
	return m
}

// cut is Snippet on normalised text; matcher is called only when the text
// is long enough to need a cut, since compiling one costs more than the
// rest.
func cut(text string, matcher func() *classify.Matcher) string {
	r := []rune(text)
	if len(r) <= snippetRunes {
		return text
	}
	at := 0
	if m := matcher(); m != nil {
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
