package classify

import (
	"cmp"
	"slices"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// whatlanggo scores a text against a language by walking the language's 300
// profile trigrams and looking each up in a map of the text's trigrams: 25
// Latin languages make 7,500 lookups, most of them misses, for every post.
// detectProfileLanguage computes the very same distances from the other
// side: it walks the text's trigrams once and looks each up in an index of
// all the profiles, so a short post costs a few dozen lookups. The
// arithmetic is whatlanggo's, term for term, so the language and the
// confidence are identical (TestDetectProfileLanguage checks that).

// Constants of whatlanggo's distance (constants.go).
const (
	maxTrigramDistance = 300
	maxTotalDistance   = 90000
)

// trigramKey packs a trigram's three runes, 21 bits each, first rune
// highest: keys compare as the trigrams' texts do.
type trigramKey uint64

func packTrigram(r1, r2, r3 rune) trigramKey {
	return trigramKey(r1)<<42 | trigramKey(r2)<<21 | trigramKey(r3)
}

// profilePosting is one occurrence of a trigram in a language profile.
type profilePosting struct {
	lang int // index in profileIndex.langs
	rank int // position in the profile
}

// profileIndex holds the whitelisted profiles of one script, by trigram.
type profileIndex struct {
	langs    []whatlanggo.Lang
	base     []int // distance when no profile trigram is in the text
	postings map[trigramKey][]profilePosting
}

// profileIndexes are the indexes of the scripts whatlanggo tells apart by
// profiles, for languageOptions' whitelist; built once, read-only.
var profileIndexes = func() map[*unicode.RangeTable]*profileIndex {
	out := map[*unicode.RangeTable]*profileIndex{}
	for script, profiles := range map[*unicode.RangeTable]map[whatlanggo.Lang][]string{
		unicode.Latin:      latinProfiles,
		unicode.Cyrillic:   cyrillicProfiles,
		unicode.Arabic:     arabicProfiles,
		unicode.Devanagari: devanagariProfiles,
		unicode.Ethiopic:   ethiopicProfiles,
		unicode.Hebrew:     hebrewProfiles,
	} {
		idx := &profileIndex{postings: map[trigramKey][]profilePosting{}}
		for lang := range profiles {
			if languageOptions.Whitelist[lang] {
				idx.langs = append(idx.langs, lang)
			}
		}
		slices.Sort(idx.langs)
		for li, lang := range idx.langs {
			profile := profiles[lang]
			idx.base = append(idx.base, maxTrigramDistance*len(profile))
			for rank, tg := range profile {
				r := []rune(tg)
				if len(r) != 3 {
					continue // never: every profile entry has three runes
				}
				k := packTrigram(r[0], r[1], r[2])
				idx.postings[k] = append(idx.postings[k], profilePosting{li, rank})
			}
		}
		out[script] = idx
	}
	return out
}()

// detectLanguage is whatlanggo.DetectWithOptions(text, languageOptions).
func detectLanguage(text string) whatlanggo.Info {
	script := whatlanggo.DetectScript(text)
	idx := profileIndexes[script]
	if idx == nil {
		// No script, or one whose language the script decides.
		return whatlanggo.DetectWithOptions(text, languageOptions)
	}
	lang, conf := idx.detect(text)
	return whatlanggo.Info{Lang: lang, Script: script, Confidence: conf}
}

// textTrigram is a trigram of the text with its count.
type textTrigram struct {
	key   trigramKey
	count int
}

// detect is whatlanggo's detectLangInProfiles over idx.
func (idx *profileIndex) detect(text string) (whatlanggo.Lang, float64) {
	switch len(idx.langs) {
	case 0:
		return -1, 0
	case 1:
		return idx.langs[0], 1
	}
	trigrams := textTrigrams(text)
	dists := make([]int, len(idx.langs))
	copy(dists, idx.base)
	for pos, tg := range trigrams {
		for _, p := range idx.postings[tg.key] {
			d := pos - p.rank
			if d < 0 {
				d = -d
			}
			dists[p.lang] -= maxTrigramDistance - d
		}
	}
	// The two smallest distances decide; which of two equal ones comes
	// first does not matter, a tie gives confidence 0 (whatlanggo's order
	// of equal distances is a map's, so random).
	best, second := 0, 1
	if dists[second] < dists[best] {
		best, second = second, best
	}
	for i := 2; i < len(dists); i++ {
		switch {
		case dists[i] < dists[best]:
			best, second = i, best
		case dists[i] < dists[second]:
			second = i
		}
	}
	score1 := maxTotalDistance - dists[best]
	score2 := maxTotalDistance - dists[second]
	if score1 == 0 {
		return -1, 0
	}
	if score2 == 0 {
		// whatlanggo divides the integer score by 500, so this is 0 or 1
		// (or more, capped).
		return idx.langs[best], min(float64(score1/500), 1)
	}
	rate := float64(score1-score2) / float64(score2)
	confidentRate := 12.0/float64(len(trigrams)) + 0.05
	if rate > confidentRate {
		return idx.langs[best], 1
	}
	return idx.langs[best], rate / confidentRate
}

// textTrigrams returns text's distinct trigrams in whatlanggo's order of
// positions: by count, most frequent first, ties by the trigram's text,
// greatest first (whatlanggo sorts ascending and numbers from the end). It
// counts them as whatlanggo does: runes lower-cased, punctuation, symbols,
// digits and space made a space, a space added at the end, and no trigram
// whose middle is a space next to another.
func textTrigrams(text string) []textTrigram {
	keys := make([]trigramKey, 0, len(text)+1)
	r1, r2 := ' ', rune(-1)
	add := func(r3 rune) {
		if r2 < 0 {
			r2 = r3
			return
		}
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			keys = append(keys, packTrigram(r1, r2, r3))
		}
		r1, r2 = r2, r3
	}
	for _, r := range text {
		if unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r) {
			r = ' '
		}
		add(unicode.ToLower(r))
	}
	add(' ')
	// Greatest key first, then runs of equal keys are the counts.
	slices.Sort(keys)
	slices.Reverse(keys)
	out := make([]textTrigram, 0, len(keys))
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		out = append(out, textTrigram{keys[i], j - i})
		i = j
	}
	slices.SortStableFunc(out, func(a, b textTrigram) int { return cmp.Compare(b.count, a.count) })
	return out
}

// isoCodes maps every whatlanggo language to its ISO 639-1 code:
// whatlanggo's Iso6391 builds a map of them on every call.
var isoCodes = func() map[whatlanggo.Lang]string {
	m := make(map[whatlanggo.Lang]string, len(whatlanggo.Langs))
	for lang := range whatlanggo.Langs {
		m[lang] = lang.Iso6391()
	}
	return m
}()

// iso6391 is lang.Iso6391().
func iso6391(lang whatlanggo.Lang) string {
	if code, ok := isoCodes[lang]; ok {
		return code
	}
	return lang.Iso6391()
}
