package classify

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrEmptyTerm is returned for a term that is empty or only white space; it
// would match everywhere, which is never what a config author meant.
var ErrEmptyTerm = errors.New("empty term")

// wordChar is the class of runes that continue a word. Marks are included so
// that a decomposed "é" does not end a word, and "_" so that a handle such as
// @loquat_support is one word and does not mention "loquat".
const wordChar = `\p{L}\p{N}\p{M}_`

// Matcher finds any of a set of terms in text on word boundaries,
// case-insensitively (Unicode simple case folding). A match needs a non-word
// rune or the edge of the text on both sides, so:
//
//   - "Loquat" matches "LOQUAT!", "loquat's" (the apostrophe ends the word,
//     so possessives count), "#Loquat" and "@loquat" (a hashtag or handle that
//     is exactly the term counts) and "loquat-powered";
//   - it does not match "loquats", "Loquatic", "#LoquatFans" or
//     "@loquat_support": any other suffix makes a different word.
//
// The words of a multi-word term match across any run of white space,
// including non-breaking space. A Matcher is safe for concurrent use.
type Matcher struct {
	re *regexp.Regexp
	// firstWords are the terms' first words in canonical case (see
	// foldCanonical). The regexp is costly, and a text whose canonical
	// form holds none of them cannot match.
	firstWords []string
	// terms are the terms' words in canonical case, in the order the
	// regexp tries them, and termStart marks the first bytes of their
	// first words: on ASCII text, findASCII matches them by hand.
	terms     [][]string
	termStart [256]bool
}

// NewMatcher compiles terms into one Matcher. A term that is empty or only
// white space is an error wrapping ErrEmptyTerm.
func NewMatcher(terms []string) (*Matcher, error) {
	alts := make([]string, 0, len(terms))
	folds := make([][]string, 0, len(terms))
	var firstWords []string
	for i, t := range terms {
		words := strings.Fields(t)
		if len(words) == 0 {
			return nil, fmt.Errorf("classify: term %d (%q): %w", i, t, ErrEmptyTerm)
		}
		if w := foldCanonical(words[0]); !slices.Contains(firstWords, w) {
			firstWords = append(firstWords, w)
		}
		fold := make([]string, len(words))
		for j, w := range words {
			fold[j] = foldCanonical(w)
			words[j] = regexp.QuoteMeta(w)
		}
		alts = append(alts, strings.Join(words, `[\s\p{Z}]+`))
		folds = append(folds, fold)
	}
	if len(alts) == 0 {
		return nil, fmt.Errorf("classify: no terms: %w", ErrEmptyTerm)
	}
	// Longest first, so that Index reports the fullest term at a position.
	// The folded words are sorted along (by the same key, stably), so that
	// findASCII tries them in the regexp's order.
	order := make([]int, len(alts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return len(alts[order[i]]) > len(alts[order[j]]) })
	sorted := make([]string, len(alts))
	m := &Matcher{firstWords: firstWords, terms: make([][]string, len(alts))}
	for i, k := range order {
		sorted[i] = alts[k]
		m.terms[i] = folds[k]
		m.termStart[folds[k][0][0]] = true
	}
	alts = sorted
	expr := `(?i)(?:^|[^` + wordChar + `])(` + strings.Join(alts, "|") + `)(?:$|[^` + wordChar + `])`
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, fmt.Errorf("classify: compile terms: %w", err)
	}
	m.re = re
	return m, nil
}

// foldCanonical maps every rune of s to the least rune of its simple case
// folding orbit ('k', 'K' and the Kelvin sign all become 'K'). The
// regexp's (?i) matches a rune to any rune of its orbit, so where a term
// matches text, foldCanonical(text) holds foldCanonical of each of the
// term's words.
func foldCanonical(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			b = append(b, byte(r-'a'+'A'))
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		default:
			least := r
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				least = min(least, f)
			}
			b = utf8.AppendRune(b, least)
		}
	}
	return string(b)
}

// mayMatch reports whether a text whose foldCanonical form is folded may
// hold a term; false means it holds none.
func (m *Matcher) mayMatch(folded string) bool {
	for _, w := range m.firstWords {
		if strings.Contains(folded, w) {
			return true
		}
	}
	return false
}

// Match reports whether text contains any of the terms.
func (m *Matcher) Match(text string) bool {
	return m.matchFolded(text, foldCanonical(text))
}

// matchFolded is Match with foldCanonical(text) already made.
func (m *Matcher) matchFolded(text, folded string) bool {
	if !m.mayMatch(folded) {
		return false
	}
	if isASCII(text) {
		_, _, ok := m.findASCII(folded, 0)
		return ok
	}
	return m.re.MatchString(text)
}

// Index returns the byte offsets [start, end) of the first term in text, or
// nil when there is none. Callers use it to show the text around a mention.
func (m *Matcher) Index(text string) []int {
	loc := m.re.FindStringSubmatchIndex(text)
	if loc == nil {
		return nil
	}
	return loc[2:4]
}

// IndexAll returns the byte offsets [start, end) of every term in text, in
// order, or nil when there is none. A match needs a boundary rune on each
// side, and one rune may be the boundary of two matches ("loquat loquat"),
// so the search restarts right after each term rather than after the rune
// that ended it.
func (m *Matcher) IndexAll(text string) [][]int {
	return m.indexAllFolded(text, foldCanonical(text))
}

// indexAllFolded is IndexAll with foldCanonical(text) already made.
func (m *Matcher) indexAllFolded(text, folded string) [][]int {
	if !m.mayMatch(folded) {
		return nil
	}
	return m.scan(text, folded, isASCII(text))
}

// scan is IndexAll without the first-word prefilter. With ascii (text is
// all ASCII) it finds each term with findASCII on folded, step for step as
// the regexp would on text; otherwise with the regexp, and folded is
// unused.
func (m *Matcher) scan(text, folded string, ascii bool) [][]int {
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
		var start, end int
		var ok bool
		if ascii {
			start, end, ok = m.findASCII(folded, from)
		} else {
			start, end, ok = m.findRegexp(text, from)
		}
		if !ok {
			break
		}
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

// findRegexp returns the term the regexp's first match in text[from:]
// captures, as offsets into text.
func (m *Matcher) findRegexp(text string, from int) (start, end int, ok bool) {
	loc := m.re.FindStringSubmatchIndex(text[from:])
	if loc == nil {
		return 0, 0, false
	}
	return loc[2] + from, loc[3] + from, true
}

// isASCII reports whether s is all ASCII. foldCanonical of such a text has
// the same length and offsets, and the regexp's classes reduce to bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// findASCII returns the term the regexp's leftmost-first match in
// folded[from:] captures, folded being the foldCanonical form of an ASCII
// text. The regexp's (?i) matches a rune to any rune of its case-folding
// orbit, which is comparing foldCanonical forms; on ASCII text its word
// class is [0-9A-Za-z_], its separator class [\t\n\f\r ], and the separator
// run needs no backtracking, as no word starts with a separator.
func (m *Matcher) findASCII(folded string, from int) (start, end int, ok bool) {
	// The regexp's (?:^|[^w]) tries ^ first, at from only.
	if end, ok := m.termAt(folded, from); ok {
		return from, end, true
	}
	for x := from; x+1 < len(folded); x++ {
		if !m.termStart[folded[x+1]] || isASCIIWordByte(folded[x]) {
			continue
		}
		if end, ok := m.termAt(folded, x+1); ok {
			return x + 1, end, true
		}
	}
	return 0, 0, false
}

// termAt returns the end of the first of m.terms that matches folded at p
// and is followed by the end of the text or a byte outside the word class.
func (m *Matcher) termAt(folded string, p int) (int, bool) {
	if p >= len(folded) || !m.termStart[folded[p]] {
		return 0, false
	}
next:
	for _, words := range m.terms {
		q := p
		for i, w := range words {
			if i > 0 {
				r := q
				for q < len(folded) && isRE2Space(folded[q]) {
					q++
				}
				if q == r {
					continue next
				}
			}
			if !strings.HasPrefix(folded[q:], w) {
				continue next
			}
			q += len(w)
		}
		if q == len(folded) || !isASCIIWordByte(folded[q]) {
			return q, true
		}
	}
	return 0, false
}
