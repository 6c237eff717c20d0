package ingest

import (
	"context"
	"errors"
	"fmt"
	"github.com/earshot-dev/earshot/post"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/crawler"
	"github.com/earshot-dev/earshot/index"
	"github.com/earshot-dev/earshot/state"
)

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Acme kettle review</title><link>%[1]s/1</link><guid>%[1]s/1</guid>
<description>The Acme kettle is terrible, it broke in a week and support never answered.</description>
<pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>
<item><title>Tea time</title><link>%[1]s/2</link><guid>%[1]s/2</guid>
<description>A lovely cup of tea.</description><pubDate>Tue, 03 Nov 2026 10:00:00 GMT</pubDate></item>
</channel></rss>`

// feedServer serves an RSS feed with an ETag and counts requests and
// conditional requests.
type feedServer struct {
	*httptest.Server
	hits, conditional atomic.Int32
}

func newFeedServer(tb testing.TB) *feedServer {
	fs := &feedServer{}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.hits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			fs.conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, rss, fs.URL)
	}))
	tb.Cleanup(fs.Close)
	return fs
}

func newRunner(tb testing.TB, sources ...config.Source) (*Runner, *config.Config) {
	tb.Helper()
	cfg := &config.Config{
		Brands:   []config.Brand{{Name: "Acme", Terms: []string{"Acme"}}},
		Sources:  sources,
		Crawl:    config.Crawl{AllowPrivate: true, Delay: 0, Timeout: config.Duration(5 * time.Second), ConnectTimeout: config.Duration(time.Second), MaxBody: 1 << 20, MaxRedirects: 5, UserAgent: "earshot-test"},
		Followup: config.Followup{After: config.Duration(time.Hour)},
	}
	dir := tb.TempDir()
	st, err := state.Open(filepath.Join(dir, "state.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	cls, err := classify.New(cfg.Brands)
	if err != nil {
		tb.Fatal(err)
	}
	return &Runner{
		Config: cfg, Client: crawler.NewClient(crawler.OptionsFrom(cfg.Crawl), st),
		Classifier: cls, Index: ix, Store: st,
		Now: func() time.Time { return time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC) },
	}, cfg
}

func TestRunConditionalGet(t *testing.T) {
	fs := newFeedServer(t)
	r, cfg := newRunner(t, config.Source{Name: "blog", Type: config.SourceFeed, URL: fs.URL + "/feed"})
	rep, err := r.Run(context.Background(), cfg.Sources)
	if err != nil {
		t.Fatal(err)
	}
	if got := rep.Totals(); got.Added != 2 || got.Mentions != 1 || got.Negative != 1 {
		t.Errorf("first run: got %+v, want 2 added, 1 mention, 1 negative", got)
	}
	if rep.Queue.Open != 1 || rep.Queue.Overdue != 1 {
		t.Errorf("first run queue: got %+v, want 1 open and overdue", rep.Queue)
	}
	rep, err = r.Run(context.Background(), cfg.Sources)
	if err != nil {
		t.Fatal(err)
	}
	if got := rep.Sources[0].Status; got != "not_modified" {
		t.Errorf("second run status: got %q, want not_modified", got)
	}
	if got := fs.conditional.Load(); got != 1 {
		t.Errorf("conditional requests: got %d, want 1", got)
	}
	if rep.Queue.Open != 1 || rep.Queue.Overdue != 1 {
		t.Errorf("second run queue: got %+v, want the same 1 overdue", rep.Queue)
	}
}

// TestRunRetryAfter: a source that answers 429 is deferred, not hammered: the
// next run makes no request to it, and the other source is still ingested.
func TestRunRetryAfter(t *testing.T) {
	var limited atomic.Int32
	busy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limited.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer busy.Close()
	good := newFeedServer(t)
	r, cfg := newRunner(t,
		config.Source{Name: "busy", Type: config.SourceFeed, URL: busy.URL + "/feed"},
		config.Source{Name: "good", Type: config.SourceFeed, URL: good.URL + "/feed"})
	for run := 1; run <= 2; run++ {
		rep, err := r.Run(context.Background(), cfg.Sources)
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if got := rep.Sources[0].Status; got != "deferred" {
			t.Errorf("run %d: busy status %q, want deferred", run, got)
		}
		if got := rep.Sources[1].Status; got == "failed" {
			t.Errorf("run %d: good source failed: %v", run, rep.Sources[1].Err)
		}
	}
	if got := limited.Load(); got != 1 {
		t.Errorf("requests to the rate-limited host: got %d, want 1", got)
	}
}

func TestRunFailureDoesNotStopOthers(t *testing.T) {
	good := newFeedServer(t)
	r, cfg := newRunner(t,
		config.Source{Name: "nowhere", Type: config.SourceFeed, URL: "http://127.0.0.1:1/feed"},
		config.Source{Name: "good", Type: config.SourceFeed, URL: good.URL + "/feed"})
	rep, err := r.Run(context.Background(), cfg.Sources)
	if !errors.Is(err, ErrSourcesFailed) {
		t.Fatalf("got error %v, want ErrSourcesFailed", err)
	}
	if got := rep.Totals(); got.Failed != 1 || got.Added != 2 {
		t.Errorf("got %+v, want 1 failed (connection refused) and the good source's 2 posts added", got)
	}
}

func TestRunCancelled(t *testing.T) {
	good := newFeedServer(t)
	r, cfg := newRunner(t, config.Source{Name: "good", Type: config.SourceFeed, URL: good.URL + "/feed"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := r.Run(ctx, cfg.Sources); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if n, _ := r.Index.Count(); n != 0 {
		t.Errorf("cancelled run indexed %d posts, want 0", n)
	}
}

// TestRunReclassifiesOnConfigChange: a new exclude term applies to posts
// already indexed, although the unchanged feed answers 304.
func TestRunReclassifiesOnConfigChange(t *testing.T) {
	fs := newFeedServer(t)
	r, cfg := newRunner(t, config.Source{Name: "blog", Type: config.SourceFeed, URL: fs.URL + "/feed"})
	if _, err := r.Run(context.Background(), cfg.Sources); err != nil {
		t.Fatal(err)
	}
	cfg.Brands[0].Exclude = []string{"kettle"}
	cls, err := classify.New(cfg.Brands)
	if err != nil {
		t.Fatal(err)
	}
	r.Classifier = cls
	rep, err := r.Run(context.Background(), cfg.Sources)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Reclassified != 1 {
		t.Errorf("reclassified: got %d, want 1", rep.Reclassified)
	}
	if rep.Queue.Open != 0 {
		t.Errorf("queue after the exclude: got %+v, want nothing open", rep.Queue)
	}
	// The item is not silently dropped: it is reported as withdrawn, with why.
	if len(rep.Withdrawn) != 1 || !strings.Contains(rep.Withdrawn[0].Cause, "criticises Acme") {
		t.Errorf("withdrawn: got %+v, want the one item with its cause", rep.Withdrawn)
	}
	rep, err = r.Run(context.Background(), cfg.Sources)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Reclassified != 0 {
		t.Errorf("third run reclassified %d, want 0 (nothing changed)", rep.Reclassified)
	}
}

// TestRunSite crawls a blog served over HTTP as a `site` source: the article
// and its comments become one thread, the comments replies in it, and
// robots.txt keeps the crawler out of /private/.
func TestRunSite(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "extract", "testdata", "page", "blog-with-comments.html"))
	if err != nil {
		t.Fatal(err)
	}
	var private atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/hearth-review/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			html := strings.ReplaceAll(string(page), "https://blog.example", "http://"+r.Host)
			html = strings.Replace(html, "</main>", `<a href="/private/drafts/">drafts</a></main>`, 1)
			fmt.Fprint(w, html)
		case "/private/drafts/":
			private.Add(1)
			fmt.Fprint(w, "<html><body>secret</body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	r, cfg := newRunner(t, config.Source{Name: "blog", Type: config.SourceSite, URL: srv.URL + "/hearth-review/", MaxDepth: 2, MaxPages: 10})
	cfg.Brands[0] = config.Brand{Name: "Loquat", Terms: []string{"Loquat", "Loquat Hearth"}}
	cls, err := classify.New(cfg.Brands)
	if err != nil {
		t.Fatal(err)
	}
	r.Classifier = cls
	rep, err := r.Run(context.Background(), cfg.Sources)
	if err != nil {
		t.Fatalf("Run: %v (%+v)", err, rep.Sources)
	}
	if got := rep.Totals().Added; got != 4 {
		t.Errorf("posts added: got %d, want the article and 3 comments", got)
	}
	if n := private.Load(); n != 0 {
		t.Errorf("robots.txt disallowed /private/, but it was fetched %d time(s)", n)
	}
	starter, ok, err := r.Index.Get(context.Background(), post.IDFor(srv.URL+"/hearth-review/"))
	if err != nil || !ok {
		t.Fatalf("the article is not indexed as a post: %v", err)
	}
	thread, err := r.Index.Thread(context.Background(), starter.ThreadID)
	if err != nil {
		t.Fatal(err)
	}
	if len(thread) != 4 {
		t.Fatalf("thread: got %d posts, want 4", len(thread))
	}
	for _, p := range thread {
		if p.ID != starter.ID && p.ParentID == "" {
			t.Errorf("comment %s by %s has no parent", p.URL, p.Author)
		}
	}
}
