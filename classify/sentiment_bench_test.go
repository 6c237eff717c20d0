package classify

import (
	"os"
	"strings"
	"testing"

	"github.com/jonreiter/govader"
)

// benchSentences loads the committed sample of real sentences (tweets,
// Amazon review snippets and UCI sentences taken from the dev data).
func benchSentences(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile("testdata/sentiment_sentences.txt")
	if err != nil {
		tb.Fatalf("read sample: %v", err)
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

// BenchmarkScorer and BenchmarkGovader score the same sentences; compare
// their sentences/s, run with -cpu 1.
func BenchmarkScorer(b *testing.B) {
	s := NewScorer()
	texts := benchSentences(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		s.Score(texts[n%len(texts)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkGovader(b *testing.B) {
	sia := govader.NewSentimentIntensityAnalyzer()
	texts := benchSentences(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		sia.PolarityScores(texts[n%len(texts)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
