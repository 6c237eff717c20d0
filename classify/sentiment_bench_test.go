package classify

import (
	"os"
	"runtime"
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
// their sentences/s, run with -cpu 1. On Linux they also report cpu-ns/op,
// the CPU time of the benchmark's thread per sentence: on a loaded machine
// it moves much less than the wall time.
func BenchmarkScorer(b *testing.B) {
	s := NewScorer()
	benchSentiment(b, func(text string) { s.Score(text) })
}

func BenchmarkGovader(b *testing.B) {
	sia := govader.NewSentimentIntensityAnalyzer()
	benchSentiment(b, func(text string) { sia.PolarityScores(text) })
}

func benchSentiment(b *testing.B, score func(string)) {
	texts := benchSentences(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ReportAllocs()
	cpu0, ok := threadCPU()
	n := 0
	for b.Loop() {
		score(texts[n%len(texts)])
		n++
	}
	if cpu1, ok1 := threadCPU(); ok && ok1 && n > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(n), "cpu-ns/op")
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
