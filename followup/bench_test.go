package followup

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

// benchThread is a busy thread: n posts, every tenth criticises Loquat, and
// the brand answers once half-way.
func benchThread(n int) []post.Post {
	thread := make([]post.Post, n)
	for i := range thread {
		var crit []string
		if i%10 == 0 {
			crit = []string{"Loquat"}
		}
		author := fmt.Sprintf("user%d", i%37)
		if i == n/2 {
			author = "LoquatSupport"
		}
		thread[i] = mk(fmt.Sprintf("p%d", i), time.Duration(i)*time.Minute, author, crit...)
	}
	// Posts come out of the index in ID order, not time order.
	slices.SortFunc(thread, func(a, b post.Post) int { return cmp.Compare(a.ID, b.ID) })
	return thread
}

// BenchmarkEvaluate replays a thread of 1,000 posts. BenchmarkSortBaseline
// only sorts the same thread by date, the least any evaluation must do; the
// ratio of the two is what docs/benchmarks.md reports.
func BenchmarkEvaluate(b *testing.B) {
	thread := benchThread(1000)
	now := t0.Add(48 * time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		if items := Evaluate(thread, []config.Brand{loquat}, pol, nil, now); len(items) != 1 {
			b.Fatalf("got %d items, want 1", len(items))
		}
	}
}

func BenchmarkSortBaseline(b *testing.B) {
	thread := benchThread(1000)
	b.ReportAllocs()
	for b.Loop() {
		posts := slices.Clone(thread)
		slices.SortStableFunc(posts, func(a, b post.Post) int {
			return cmp.Or(dated(&a).Compare(dated(&b)), cmp.Compare(a.ID, b.ID))
		})
	}
}
