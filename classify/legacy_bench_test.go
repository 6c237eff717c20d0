package classify

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestLegacyEquivalence compares Analyze and Classify with the path before
// the speed work (legacy_test.go) on random texts made of corpus sentences,
// brand names and cue words: outputs must be identical to the last bit.
func TestLegacyEquivalence(t *testing.T) {
	c := newTestClassifier(t, loquat, medlar, apple)
	texts := equivalenceTexts(t)
	pieces := append(append([]string{}, cueFuzzWords...), intentFuzzWords...)
	pieces = append(pieces, "Loquat", "@loquat", "#Loquat", "LOQUAT", "loquat jam", "Loquat Cloud", "Medlar Labs", "medlar.io",
		"Apple", "apple", "iPhone", "MacBook Pro", "apple pie recipe", "iOS", "Mac", "app store", "pie", "orchard", "Tim Cook",
		"Ǩ", "ſ", "K", "ß", "ᾈ", "ﬃ", "\u00a0", "\n", ". ", "! ", "? ", " but ", " however ")
	rng := rand.New(rand.NewPCG(5, 6))
	n := 1500
	if testing.Short() {
		n = 500
	}
	for i := range n {
		var b strings.Builder
		if i%2 == 0 {
			b.WriteString(texts[rng.IntN(len(texts))])
			b.WriteByte(' ')
		}
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		if i%3 == 0 {
			b.WriteString(texts[rng.IntN(len(texts))])
		}
		s := b.String()
		same(t, "Analyze", s, c.Analyze("", s), legacyAnalyzeText(c, "", s))
		same(t, "Analyze apple", s, c.Analyze("Apple", s), legacyAnalyzeText(c, "Apple", s))
		title := texts[rng.IntN(len(texts))][:0]
		if i%4 == 0 {
			title = "Loquat " + pieces[rng.IntN(len(pieces))]
		}
		got, want := &post.Post{Title: title, Text: s}, &post.Post{Title: title, Text: s}
		c.Classify(got)
		legacyClassify(c, want)
		same(t, "Classify", title+" | "+s, got, want)
	}
}

func same(tb testing.TB, what, text string, got, want any) {
	tb.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		tb.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		tb.Fatal(err)
	}
	if string(g) != string(w) {
		tb.Errorf("%s(%q):\ngot  %s\nwant %s", what, text, g, w)
	}
}

// BenchmarkClassifyLegacy is BenchmarkClassify on the path before the speed
// work: the baseline for it in the same run.
func BenchmarkClassifyLegacy(b *testing.B) {
	c := newTestClassifier(b, loquat, medlar, apple)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		legacyClassify(c, &post.Post{Text: benchPosts[i%len(benchPosts)]})
	}
}

// BenchmarkClassifyCorpus and BenchmarkClassifyCorpusLegacy classify every
// equivalence text in turn (tweets, reviews, other languages, odd cases).
func BenchmarkClassifyCorpus(b *testing.B) {
	c := newTestClassifier(b, loquat, medlar, apple)
	texts := equivalenceTexts(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Classify(&post.Post{Text: texts[i%len(texts)]})
	}
}

func BenchmarkClassifyCorpusLegacy(b *testing.B) {
	c := newTestClassifier(b, loquat, medlar, apple)
	texts := equivalenceTexts(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		legacyClassify(c, &post.Post{Text: texts[i%len(texts)]})
	}
}

// BenchmarkComplaintScoreLegacy and BenchmarkLanguageLegacy are the
// baselines of BenchmarkComplaintScore and BenchmarkLanguage.
func BenchmarkComplaintScoreLegacy(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		legacyComplaintScore(benchPosts[i%len(benchPosts)])
	}
}

func BenchmarkLanguageLegacy(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		legacyLanguage(benchPosts[i%len(benchPosts)])
	}
}
