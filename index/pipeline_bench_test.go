package index

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/crawler"
)

// rssOf renders the benchmark posts as an RSS 2.0 feed, so the pipeline
// benchmark starts from the bytes a fetch returns.
func rssOf(tb testing.TB, n int) []byte {
	tb.Helper()
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title><link>https://forum.example/</link>`)
	for _, p := range genPosts(n) {
		b.WriteString("<item><title>")
		xml.EscapeText(&b, []byte(p.Title))
		b.WriteString("</title><link>")
		xml.EscapeText(&b, []byte(p.URL))
		b.WriteString("</link><author>")
		xml.EscapeText(&b, []byte(p.Author))
		b.WriteString("</author><description>")
		xml.EscapeText(&b, []byte("<p>"+p.Text+"</p>"))
		fmt.Fprintf(&b, "</description><pubDate>%s</pubDate></item>", p.Published.Format(time.RFC1123Z))
	}
	b.WriteString("</channel></rss>")
	return b.Bytes()
}

// BenchmarkPipeline is one ingest's work per post without the network: parse
// a feed of benchPosts items, classify each post, and upsert them into a fresh
// index. Compare it with BenchmarkRawBleveBatch, which only writes the same
// number of documents with plain Bleve batches, in the same run:
//
//	go test -run '^$' -bench 'Pipeline|RawBleveBatch' -count 6 ./index/
func BenchmarkPipeline(b *testing.B) {
	body := rssOf(b, benchPosts)
	cls, err := classify.New([]config.Brand{{Name: "Loquat", Terms: []string{"Loquat"}}})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	dir := b.TempDir()
	i := 0
	for b.Loop() {
		i++
		posts, failures, err := crawler.ParseFeed("https://forum.example/feed", body, "application/rss+xml", "bench", now)
		if err != nil || len(failures) > 0 || len(posts) != benchPosts {
			b.Fatalf("ParseFeed: %d posts, %v, %v", len(posts), failures, err)
		}
		for j := range posts {
			cls.Classify(&posts[j])
		}
		ix, err := Open(filepath.Join(dir, fmt.Sprint(i)))
		if err != nil {
			b.Fatal(err)
		}
		if st, err := ix.Upsert(ctx, posts); err != nil || st.Added != benchPosts {
			b.Fatalf("Upsert: got %+v, %v, want %d added", st, err, benchPosts)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b)
}
