package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/earshot-dev/earshot/post"
)

// benchPosts is the size of one benchmark iteration: big enough to fill two
// batches, small enough that a run takes seconds.
const benchPosts = 1000

// genPosts returns n distinct posts spread over threads, sources, sentiments
// and a year of dates.
func genPosts(n int) []post.Post {
	words := []string{"refund", "shipping", "battery", "screen", "support", "price", "update", "crash", "delivery", "warranty"}
	sentiments := []string{post.Positive, post.Neutral, post.Negative}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	ps := make([]post.Post, n)
	for i := range ps {
		p := &ps[i]
		p.URL = fmt.Sprintf("https://forum%d.example/t/%d#p%d", i%7, i/10, i)
		p.ID = post.IDFor(p.URL)
		p.ThreadID = ps[i-i%10].ID
		if i%10 != 0 {
			p.ParentID = ps[i-1].ID
		}
		p.Source = fmt.Sprintf("forum%d", i%7)
		p.Host = p.Source + ".example"
		p.Author = fmt.Sprintf("user%d", i%97)
		p.Title = fmt.Sprintf("Loquat %s question %d", words[i%len(words)], i)
		p.Text = fmt.Sprintf("I have a %s problem with my Loquat phone and the %s is not what I expected after %d days.",
			words[i%len(words)], words[(i/3)%len(words)], i%30)
		p.Published = start.Add(time.Duration(i) * 37 * time.Minute)
		p.Fetched = start.Add(400 * 24 * time.Hour)
		p.Language = "en"
		p.Hash = post.ContentHash(p.Title, p.Author, p.Text)
		p.Sentiment = sentiments[i%3]
		p.SentimentScore = float64(i%3-1) / 2
		p.Brands = []string{"Loquat"}
		if i%4 == 0 {
			p.Criticism = []string{"Loquat"}
		}
	}
	return ps
}

func reportRate(b *testing.B) {
	b.ReportMetric(float64(benchPosts*b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkUpsert indexes benchPosts new posts into a fresh index.
func BenchmarkUpsert(b *testing.B) {
	ctx := context.Background()
	ps := genPosts(benchPosts)
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		ix, err := Open(filepath.Join(dir, fmt.Sprint(i)))
		if err != nil {
			b.Fatal(err)
		}
		if st, err := ix.Upsert(ctx, ps); err != nil || st.Added != benchPosts {
			b.Fatalf("Upsert: got %+v, %v, want %d added", st, err, benchPosts)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b)
}

// BenchmarkUpsertUnchanged re-upserts benchPosts posts that are already
// indexed: the cost of a nightly crawl that finds nothing new.
func BenchmarkUpsertUnchanged(b *testing.B) {
	ctx := context.Background()
	ps := genPosts(benchPosts)
	ix, err := Open(filepath.Join(b.TempDir(), "idx"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Upsert(ctx, ps); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if st, err := ix.Upsert(ctx, ps); err != nil || st.Unchanged != benchPosts {
			b.Fatalf("Upsert: got %+v, %v, want %d unchanged", st, err, benchPosts)
		}
	}
	reportRate(b)
}

// BenchmarkRawBleveBatch is the baseline for BenchmarkUpsert: the same
// documents, mapping and batch size, written with plain Bleve batches and no
// version check.
func BenchmarkRawBleveBatch(b *testing.B) {
	ps := genPosts(benchPosts)
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		bi, err := bleve.NewUsing(filepath.Join(dir, fmt.Sprint(i)), newMapping(), scorch.Name, bleve.Config.DefaultKVStore, nil)
		if err != nil {
			b.Fatal(err)
		}
		for start := 0; start < len(ps); start += batchSize {
			batch := bi.NewBatch()
			for j := start; j < min(start+batchSize, len(ps)); j++ {
				doc, version, err := encode(&ps[j])
				if err != nil {
					b.Fatal(err)
				}
				if err := batch.Index(ps[j].ID, document(&ps[j], doc, version)); err != nil {
					b.Fatal(err)
				}
			}
			if err := bi.Batch(batch); err != nil {
				b.Fatal(err)
			}
		}
		if err := bi.Close(); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b)
}
