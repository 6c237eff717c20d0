package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MentionThreshold is the relevance at or above which a post mentions a
// brand.
const MentionThreshold = 0.5

// Relevance evidence, on a scale where MentionThreshold decides. A
// distinctive term ("Loquat Hearth", "medlar.io", "iPhone") is a mention on
// its own and survives one not_context word; an ordinary word ("apple",
// "target") needs capitalisation, a handle or context terms to get there.
const (
	relDistinctive    = 0.9  // multi-word, dotted, digits, inner capitals
	relProperWord     = 0.75 // one word that is not an ordinary word
	relOrdinaryWord   = 0.3  // one word that is also an ordinary word
	relHandle         = 0.4  // written as @term or #term
	relCapitalised    = 0.25 // ordinary word capitalised mid-sentence
	relLowercase      = -0.1 // configured capitalised, written in lower case
	relContextFirst   = 0.3  // first context term in the post
	relContextMore    = 0.15 // each further context term, up to relContextMax
	relContextMax     = 0.6
	relContextNear    = 0.1  // a context term in a sentence with the mention
	relNotContext     = -0.4 // each not_context term, up to relNotContextMax
	relNotContextMax  = -0.8
	maxRelevanceTerms = 10
)

// ordinaryWords are lower-case English words common enough that a brand
// named by one of them needs other evidence (mention_words_gen.go).
var ordinaryWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ordinaryWordList) {
		m[w] = true
	}
	return m
}()

// termStrength returns the relevance a match of the configured term gives on
// its own, and whether it is ambiguous (an ordinary word).
func termStrength(term string) (float64, bool) {
	words := strings.Fields(term)
	if len(words) != 1 {
		return relDistinctive, false
	}
	w := words[0]
	if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return relDistinctive, false // medlar.io, @loquat, GTX580, T-Mobile
	}
	if !isAllCaps(w) {
		for i, r := range w {
			if i > 0 && unicode.IsUpper(r) {
				return relDistinctive, false // iPhone, eBay, YouTube
			}
		}
	}
	if ordinaryWords[strings.ToLower(w)] {
		return relOrdinaryWord, true
	}
	return relProperWord, false
}

// mentionResult is what relevance found for one brand in one post.
type mentionResult struct {
	relevance float64
	terms     []string
	// spans[i] are the mention offsets in texts[i].
	spans [][][]int
}

// relevance scores how sure it is that texts (the parts of one post) are
// about b. The exclude terms veto; otherwise the best single occurrence of a
// term sets the base, and context and not_context terms anywhere in the post
// move it. folded holds foldCanonical of each text.
func (b *brand) relevance(texts, folded []string) mentionResult {
	var res mentionResult
	res.spans = make([][][]int, len(texts))
	found := false
	for i, t := range texts {
		res.spans[i] = b.terms.indexAllFolded(t, folded[i])
		found = found || len(res.spans[i]) > 0
	}
	if !found {
		return res
	}
	if b.exclude != nil && matchAnyFolded(b.exclude, texts, folded) {
		res.spans = make([][][]int, len(texts))
		return res
	}
	best, bestTerms := -1.0, []string(nil)
	for i, t := range texts {
		for _, sp := range res.spans[i] {
			if s, why := b.occurrence(t, sp); s > best {
				best, bestTerms = s, why
			}
		}
	}
	rel := best
	terms := bestTerms
	// Context terms: support counts once per distinct term.
	if b.context != nil {
		seen := map[string]bool{}
		near := false
		bonus := 0.0
		for i, t := range texts {
			var sents [][]int // computed once per text, when first needed
			for _, sp := range b.context.indexAllFolded(t, folded[i]) {
				w := strings.ToLower(t[sp[0]:sp[1]])
				if !seen[w] {
					seen[w] = true
					if len(seen) == 1 {
						bonus += relContextFirst
					} else {
						bonus += relContextMore
					}
					terms = append(terms, "context:"+t[sp[0]:sp[1]])
				}
				if !near && len(res.spans[i]) > 0 {
					if sents == nil {
						sents = sentenceBounds(t)
					}
					near = sameSentenceAsAny(sents, sp[0], res.spans[i])
				}
			}
		}
		rel += min(bonus, relContextMax)
		if near {
			rel += relContextNear
		}
	}
	if b.notContext != nil {
		seen := map[string]bool{}
		for i, t := range texts {
			for _, sp := range b.notContext.indexAllFolded(t, folded[i]) {
				w := strings.ToLower(t[sp[0]:sp[1]])
				if !seen[w] {
					seen[w] = true
					terms = append(terms, "not_context:"+t[sp[0]:sp[1]])
				}
			}
		}
		rel += max(float64(len(seen))*relNotContext, relNotContextMax)
	}
	res.relevance = max(0, min(1, rel))
	if len(terms) > maxRelevanceTerms {
		terms = terms[:maxRelevanceTerms]
	}
	res.terms = terms
	return res
}

// occurrence scores one match of a term at span sp of text.
func (b *brand) occurrence(text string, sp []int) (float64, []string) {
	surface := text[sp[0]:sp[1]]
	key := foldTerm(surface)
	configured := surface
	if ct, ok := b.termByKey[key]; ok {
		configured = ct
	}
	strength, ambiguous := termStrength(configured)
	why := []string{"term:" + surface}
	score := strength
	before, _ := utf8.DecodeLastRuneInString(text[:sp[0]])
	switch {
	case sp[0] > 0 && (before == '@' || before == '#'):
		if ambiguous {
			score += relHandle
			why = append(why, "cue:handle")
		}
	case ambiguous:
		first, _ := utf8.DecodeRuneInString(surface)
		switch {
		case isAllCaps(surface):
			// Shouting or a headline: says nothing about the brand.
		case unicode.IsUpper(first) && !sentenceStart(text, sp[0]):
			score += relCapitalised
			why = append(why, "cue:capitalised")
		case !unicode.IsUpper(first) && configured != strings.ToLower(configured):
			score += relLowercase
			why = append(why, "cue:lowercase")
		}
	}
	return score, why
}

// foldTerm is the lookup key of a term or a matched surface: lower case,
// one space between words.
func foldTerm(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " "))
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// sentenceStart reports whether offset i of text begins a sentence: only
// space, quotes or brackets stand between it and the text's start or a
// sentence-ending punctuation mark.
func sentenceStart(text string, i int) bool {
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		j -= size
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == '…':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’([-–—*#@", r):
			continue
		default:
			return false
		}
	}
	return true
}

// sameSentenceAsAny reports whether offset i is in one of the sentences
// sents that holds one of spans.
func sameSentenceAsAny(sents [][]int, i int, spans [][]int) bool {
	for _, s := range sents {
		if i >= s[0] && i < s[1] {
			return spansIn(spans, s)
		}
	}
	return false
}

// sentenceBounds splits text into sentences: a run of '.', '!', '?' or '…'
// followed by white space ends one, and so does a line break. It returns
// [start, end) byte offsets covering all of text.
func sentenceBounds(text string) [][]int {
	var out [][]int
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		end := i + size
		switch {
		case r == '\n':
			out = append(out, []int{start, end})
			start = end
		case r == '.' || r == '!' || r == '?' || r == '…':
			for end < len(text) && strings.ContainsRune(".!?…\"')”’", rune(text[end])) {
				end++
			}
			if end >= len(text) || text[end] == ' ' || text[end] == '\t' || text[end] == '\n' {
				out = append(out, []int{start, end})
				start = end
			}
		}
		i = end
	}
	if start < len(text) {
		out = append(out, []int{start, len(text)})
	}
	return out
}

// butWords split a sentence into clauses that VADER-style scoring and
// readers weigh apart: "I love the phone but Loquat's support is useless"
// says nothing good about Loquat.
var butWords = []string{" but ", " however ", " although ", " though ", " whereas ", " yet "}

// brandContext returns the part of text that speaks about the mentions at
// spans: each sentence holding a mention (only the clause holding it when
// the sentence turns on "but"), plus the sentence after it unless that one
// names another brand (a mention at others): "Medlar is lovely. @loquat my
// order never arrived" complains about Loquat only. It returns the bounds
// of those parts in text, so that they can be cut from a copy of text of
// the same length too (the copy with the brands' names masked).
func brandContext(text string, spans, others [][]int) [][2]int {
	sents := sentenceBounds(text)
	var parts [][2]int
	taken := make([]bool, len(sents))
	for si, s := range sents {
		var here [][]int
		for _, sp := range spans {
			if sp[0] >= s[0] && sp[0] < s[1] {
				here = append(here, sp)
			}
		}
		if len(here) == 0 {
			continue
		}
		if lo, hi, ok := mentionClause(text[s[0]:s[1]], here, s[0]); ok {
			parts = append(parts, [2]int{s[0] + lo, s[0] + hi})
			taken[si] = true
			continue
		}
		if !taken[si] {
			parts = append(parts, [2]int{s[0], s[1]})
			taken[si] = true
		}
		if si+1 < len(sents) && !taken[si+1] && !spansIn(others, sents[si+1]) {
			parts = append(parts, [2]int{sents[si+1][0], sents[si+1][1]})
			taken[si+1] = true
		}
	}
	return parts
}

// joinBounds joins the parts of text at bounds with a space between them.
func joinBounds(text string, bounds [][2]int) string {
	var b strings.Builder
	for k, p := range bounds {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[p[0]:p[1]])
	}
	return b.String()
}

// mentionClause returns the bounds, within sentence (which starts at
// offset base in its text), of the clause that holds every mention in
// spans, when a but-word splits the sentence and all the mentions fall on
// one side of it. The but-words are found ignoring ASCII case in sentence
// itself: lower-casing can change a text's length ("\u212a", the Kelvin
// sign, lower-cases to "k"), which would move the bounds.
func mentionClause(sentence string, spans [][]int, base int) (lo, hi int, ok bool) {
	for _, bw := range butWords {
		i := indexASCIIFold(sentence, bw)
		if i < 0 {
			continue
		}
		cut := base + i
		allBefore, allAfter := true, true
		for _, sp := range spans {
			if sp[0] < cut {
				allAfter = false
			} else {
				allBefore = false
			}
		}
		switch {
		case allBefore:
			return 0, i, true
		case allAfter:
			return i + len(bw), len(sentence), true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// indexASCIIFold returns the index of the first instance of sub (lower-case
// ASCII) in s, ignoring ASCII case, or -1.
func indexASCIIFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) {
			c := s[i+k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[k] {
				break
			}
			k++
		}
		if k == len(sub) {
			return i
		}
	}
	return -1
}

// spansIn reports whether a span of spans starts inside sentence s.
func spansIn(spans [][]int, s []int) bool {
	return slices.ContainsFunc(spans, func(sp []int) bool { return sp[0] >= s[0] && sp[0] < s[1] })
}

// comparedSentence returns the bounds in text of the sentence in which a
// brand's mentions (spans) are what something else is compared with: each
// comes within three words after a "than" that follows a comparative
// ("Medlar is way better than Loquat", "more reliable than the Loquat",
// "nothing is better than Loquat"). What that sentence says, it says of
// the other side, and the opposite of the brand. A negated comparative ("no better than", "not worse than") says the two
// are alike, and "rather than", "other than" compare nothing: those
// sentences are not returned. Nor is one when the brand is named anywhere
// else, in the sentence ("the new Loquat is better than the old Loquat")
// or in another (see allIn): every mention must be compared with.
//
// A brand someone has left is the same ("I switched from Loquat to Medlar
// and it's great" praises Medlar; "... and I regret it" misses Loquat): each
// mention comes within three words after a "from" that follows a verb of
// switching (switched, moved, changed, migrated...). And so is a brand
// right after "unlike" ("Unlike Loquat, Medlar is great").
// how is "than", "from" or "unlike", the word that made the comparison.
func comparedSentence(text string, spans [][]int) (bounds []int, how string, ok bool) {
	if len(spans) == 0 || !anyFold(text[max(0, spans[0][0]-compareWindow):spans[0][0]], comparisonWords[:]) {
		return nil, "", false // the common case, at no allocation: no such word before the mention
	}
	// Every mention must be in the first one's sentence (see allIn), and
	// the words before each are read from that sentence only, once for
	// every way of comparing.
	var sent []int
	for _, s := range sentenceBounds(text) {
		if s[0] <= spans[0][0] && spans[0][0] < s[1] {
			sent = s
			break
		}
	}
	if sent == nil || !allIn(spans, sent) {
		return nil, "", false
	}
	befores := make([][]string, len(spans))
	for i, sp := range spans {
		befores[i] = strings.Fields(normalizeApostrophes(lowerASCII(text[max(sent[0], sp[0]-compareWindow):sp[0]])))
	}
	for _, how := range comparisonWords {
		all := true
		for _, before := range befores {
			if !comparedAt(before, how) {
				all = false
				break
			}
		}
		if all {
			return sent, how, true
		}
	}
	return nil, "", false
}

// comparisonWords are the words that make a comparison, in the order
// comparedSentence tries them.
var comparisonWords = [...]string{"than", "from", "unlike"}

// compareWindow bounds the bytes before a mention in which comparedAt looks
// for its words.
const compareWindow = 120

// lowerASCII returns s with its ASCII letters lower-cased and every other
// byte as it is. The comparison words are ASCII, and anyFold, which
// screens for them, folds ASCII case only: strings.ToLower would also
// turn a Kelvin sign (U+212A) into "k" and find an "unlike" that anyFold
// had not.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// anyFold reports whether s holds one of words (lower-case ASCII), in any
// ASCII case.
func anyFold(s string, words []string) bool {
	for _, w := range words {
		if indexASCIIFold(s, w) >= 0 {
			return true
		}
	}
	return false
}

// comparedAt reports whether a mention whose preceding words (lower-cased)
// are before comes within three words after how ("than", "from" or
// "unlike"), with no punctuation between, and how follows a comparative
// ("than") or a verb of switching ("from").
func comparedAt(before []string, how string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		w := strings.Trim(before[k], ",;:()\"'.!?…")
		if w != before[k] && w != how {
			return false // punctuation between: another clause
		}
		if how == "from" && (w == "to" || w == "for" || w == "into" || w == "and") {
			return false // "from Loquat to Medlar": Medlar is where they went
		}
		if how == "than" && w != how && thanClause(w) {
			return false // "better than (I) expected from Loquat": the brand is not what is compared
		}
		if w == how {
			switch how {
			case "from":
				return k > 0 && switching(before[:k])
			case "unlike":
				return true
			}
			return k > 0 && comparative(before[:k])
		}
	}
	return false
}

// thanClause reports whether a word between "than" and a mention shows
// that what "than" compares is a clause or a participle, not the brand:
// "better than expected from Loquat", "than I hoped", "than ever". An
// adjective of the brand's own ("better than the overpriced Loquat") is
// no such word, so the participles are listed rather than found by "-ed".
func thanClause(w string) bool {
	switch w {
	case "i", "we", "you", "he", "she", "it", "they", "one", "ever", "before", "usual", "normal", "last", "previously",
		"originally", "expected", "anticipated", "advertised", "promised", "hoped", "claimed", "thought", "imagined",
		"predicted", "planned", "needed", "required", "intended", "described", "stated", "listed", "shown", "pictured",
		"reviewed", "rated", "feared", "assumed", "suggested", "reported":
		return true
	}
	return false
}

// switching reports whether the words before a "from" end in a verb of
// leaving one thing for another ("switched", "moving over", "migrated
// away"). "Upgraded from" mostly names the same brand's older model, and
// "bought from" a shop: neither is one.
func switching(words []string) bool {
	n := len(words)
	w := words[n-1]
	if (w == "over" || w == "away") && n >= 2 {
		w = words[n-2]
	}
	switch w {
	case "switched", "switching", "switch", "switches", "moved", "moving", "move", "changed", "changing",
		"migrated", "migrating", "migrate", "converted", "jumped", "jumping", "ported":
		return true
	}
	return false
}

// allIn reports whether every span starts within the bounds s: a brand
// named elsewhere in the post too is judged on all its sentences, not on a
// comparison in one of them.
func allIn(spans [][]int, s []int) bool {
	for _, sp := range spans {
		if sp[0] < s[0] || sp[0] >= s[1] {
			return false
		}
	}
	return true
}

// comparative reports whether the words before a "than" end in a
// comparative that is not negated: a word in -er or "better"/"worse", or
// "more"/"less" and a word, and no "no", "not", "n't" or "never" within the
// two words before it.
func comparative(words []string) bool {
	n := len(words)
	w := words[n-1]
	switch {
	case w == "rather" || w == "other" || w == "older" || w == "earlier" || w == "later":
		return false
	case w == "better" || w == "worse" || (len(w) > 4 && strings.HasSuffix(w, "er")):
	case n >= 2 && (words[n-2] == "more" || words[n-2] == "less"):
		n-- // the negation is looked for before "more"
	default:
		return false
	}
	for k := n - 2; k >= 0 && k >= n-3; k-- {
		switch v := words[k]; {
		case v == "no" || v == "not" || v == "never" || strings.HasSuffix(v, "n't"):
			return false
		}
	}
	return true
}
