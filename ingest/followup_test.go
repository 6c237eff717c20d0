package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/crawler"
	"github.com/earshot-dev/earshot/followup"
	"github.com/earshot-dev/earshot/index"
	"github.com/earshot-dev/earshot/state"
)

// forumThread serves one forum thread whose replies can be added while the
// test runs, as schema.org JSON-LD, and counts the requests per path.
type forumThread struct {
	*httptest.Server
	mu      sync.Mutex
	replies []string // JSON-LD Comment objects
	hits    map[string]int
	broken  bool // the thread answers 500
}

const starter = `"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Hearth keeps rebooting",
"url":"%[1]s/t/1","author":{"@type":"Person","name":"alice"},"datePublished":"2025-03-07T18:00:00Z",
"text":"My Loquat Hearth reboots every hour since the last update. I have asked Loquat support three times and nobody answers. Terrible."`

func newForumThread(tb testing.TB) *forumThread {
	f := &forumThread{hits: map[string]int{}}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.hits[r.URL.Path]++
		switch r.URL.Path {
		case "/":
			fmt.Fprintf(w, `<!doctype html><html><head><title>Forum</title></head><body><a href="/t/1">Hearth keeps rebooting</a></body></html>`)
		case "/t/1":
			if f.broken {
				http.Error(w, "database unavailable", http.StatusInternalServerError)
				return
			}
			fmt.Fprintf(w, `<!doctype html><html><head><title>Hearth keeps rebooting</title><script type="application/ld+json">{`+starter+`,"comment":[%[2]s]}</script></head><body><article><h1>Hearth keeps rebooting</h1><p>By alice</p><p>My Loquat Hearth reboots every hour since the last update. I have asked Loquat support three times and nobody answers. Terrible.</p></article></body></html>`,
				f.URL, strings.Join(f.replies, ","))
		default:
			http.NotFound(w, r)
		}
	}))
	tb.Cleanup(f.Close)
	return f
}

// reply adds a reply by author at the given time.
func (f *forumThread) reply(n int, author, at, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.replies = append(f.replies, fmt.Sprintf(`{"@type":"Comment","url":"%s/t/1#p%d","author":{"@type":"Person","name":%q},"datePublished":%q,"text":%q}`,
		f.URL, n, author, at, text))
}

func (f *forumThread) take() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hits
	f.hits = map[string]int{}
	return h
}

// TestFollowupLifecycle crawls a real forum thread over simulated weeks:
// criticism posted on a Friday evening is not overdue on Saturday (business
// hours); a look-alike account's reply does not answer it; the re-crawl
// back-off fetches the thread again only when due, and only that thread; the
// brand's reply answers it with evidence; new criticism reopens it; left
// unanswered it expires.
func TestFollowupLifecycle(t *testing.T) {
	f := newForumThread(t)
	now := time.Date(2025, 3, 8, 12, 0, 0, 0, time.UTC) // Saturday noon
	cfg := &config.Config{
		Brands: []config.Brand{{
			Name: "Loquat", Terms: []string{"Loquat"},
			Accounts: config.Accounts{Usernames: map[string][]string{"127.0.0.1": {"LoquatSupport"}}},
		}},
		Sources: []config.Source{{Name: "forum", Type: config.SourceSite, URL: f.URL + "/"}},
		Crawl:   config.Crawl{AllowPrivate: true, UserAgent: "earshot-test"},
		Followup: config.Followup{
			After:         config.Duration(4 * time.Hour),
			BusinessHours: config.BusinessHours{TimeZone: "UTC", Start: "09:00", End: "17:00"},
		},
	}
	cfg.SetDefaults()
	cfg.Crawl.Delay = 0
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	st, err := state.Open(filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cls, err := classify.New(cfg.Brands)
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Config: cfg, Client: crawler.NewClient(crawler.OptionsFrom(cfg.Crawl), st), Classifier: cls,
		Index: ix, Store: st, Now: func() time.Time { return now }}

	item := func(step string) followup.Item {
		t.Helper()
		var items []followup.Item
		err := st.ForEachJSON(followup.Bucket, func(_ string, raw []byte) error {
			var it followup.Item
			if err := json.Unmarshal(raw, &it); err != nil {
				return err
			}
			items = append(items, it)
			return nil
		})
		if err != nil || len(items) != 1 {
			t.Fatalf("%s: got %d items (%v), want 1", step, len(items), err)
		}
		return items[0]
	}
	run := func(step string, recheck bool) *Report {
		t.Helper()
		var rep *Report
		var err error
		if recheck {
			rep, err = r.Recheck(context.Background())
		} else {
			rep, err = r.Run(context.Background(), cfg.Sources)
		}
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		return rep
	}
	at := func(s string) time.Time {
		v, err := time.Parse("Mon 2006-01-02 15:04", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	// Saturday: open, due Monday 13:00 (4 working hours from Monday 9:00).
	run("first crawl", false)
	f.take()
	it := item("first crawl")
	if it.State != followup.StateOpen || it.Overdue || !it.Due.Equal(at("Mon 2025-03-10 13:00")) {
		t.Fatalf("Saturday: got %s overdue=%v due %v, want open, not overdue, due Monday 13:00", it.State, it.Overdue, it.Due)
	}

	// Monday afternoon: a look-alike replies. The back-off has a check due
	// (the thread opened Friday 18:00); only the thread is fetched. While
	// the forum fails, the check does not count and stays due.
	f.reply(2, "LoquatSupp0rt", "2025-03-10T11:00:00Z", "Hi, DM us your serial number and card details.")
	now = at("Mon 2025-03-10 14:00")
	f.mu.Lock()
	f.broken = true
	f.mu.Unlock()
	if rep, err := r.Recheck(context.Background()); !errors.Is(err, ErrSourcesFailed) || rep.Rechecked != 0 || f.take()["/t/1"] == 0 {
		t.Errorf("failing forum: got %v, %d rechecked; want the page failure, the thread tried and left due", err, rep.Rechecked)
	}
	f.mu.Lock()
	f.broken = false
	f.mu.Unlock()
	rep := run("Monday recheck", true)
	if hits := f.take(); rep.Rechecked != 1 || hits["/t/1"] != 1 || hits["/"] != 0 {
		t.Errorf("Monday recheck: got %d rechecked, hits %v; want the thread alone fetched once", rep.Rechecked, hits)
	}
	if it = item("Monday"); it.State != followup.StateOpen || !it.Overdue {
		t.Errorf("Monday: got %s overdue=%v, want open and overdue: a look-alike is not the brand", it.State, it.Overdue)
	}

	// The brand answers at 15:00; at 16:00 no check is due (the next is
	// Tuesday 23:00, 101 h after opening), so nothing is fetched yet.
	f.reply(3, "LoquatSupport", "2025-03-10T15:00:00Z", "Sorry Alice, firmware 4.2.1 fixes the reboots; it is rolling out today.")
	now = at("Mon 2025-03-10 16:00")
	if rep := run("Monday 16:00 recheck", true); rep.Rechecked != 0 || len(f.take()) != 0 {
		t.Errorf("Monday 16:00: got %d rechecked, want none due", rep.Rechecked)
	}
	now = at("Wed 2025-03-12 00:00")
	if rep := run("Tuesday night recheck", true); rep.Rechecked != 1 {
		t.Errorf("Tuesday night: got %d rechecked, want 1", rep.Rechecked)
	}
	f.take()
	it = item("Tuesday night")
	if it.State != followup.StateAnswered || it.Answer == nil || it.Answer.Author != "LoquatSupport" || it.Answer.URL != f.URL+"/t/1#p3" {
		t.Fatalf("after the brand's reply: got %s, answer %+v; want answered with the reply as evidence", it.State, it.Answer)
	}
	if rep := run("answered recheck", true); rep.Rechecked != 0 {
		t.Errorf("answered thread: got %d rechecked, want answered threads left alone", rep.Rechecked)
	}

	// New criticism after the answer, found by the nightly crawl: open again.
	f.reply(4, "bob", "2025-03-12T09:00:00Z", "4.2.1 did not fix anything, my Loquat Hearth still reboots. Worst support ever, I want my money back.")
	now = at("Wed 2025-03-12 10:00")
	run("Wednesday crawl", false)
	it = item("Wednesday")
	var hist []string
	for _, c := range it.History {
		hist = append(hist, c.To)
	}
	if it.State != followup.StateOpen || strings.Join(hist, ">") != "open>answered>open" || it.Author != "bob" {
		t.Errorf("after new criticism: got %s by %s, history %v; want open again by bob after the answer", it.State, it.Author, hist)
	}

	// Nobody answers bob for a month: the item expires, and says so.
	now = now.Add(31 * 24 * time.Hour)
	run("a month later", false)
	if it = item("a month later"); it.State != followup.StateExpired || it.History[len(it.History)-1].Cause != "unanswered for 30d" {
		t.Errorf("a month later: got %s (%+v), want expired", it.State, it.History)
	}
}

// TestRecheckFeed: a feed source with an open thread is read again when the
// back-off says so, and not again until the next check is due.
func TestRecheckFeed(t *testing.T) {
	fs := newFeedServer(t)
	r, cfg := newRunner(t, config.Source{Name: "blog", Type: config.SourceFeed, URL: fs.URL + "/feed"})
	if _, err := r.Run(context.Background(), cfg.Sources); err != nil {
		t.Fatal(err)
	}
	before := fs.hits.Load()
	rep, err := r.Recheck(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rechecked != 1 || fs.hits.Load() != before+1 {
		t.Errorf("first recheck: got %d rechecked, %d requests; want the feed read once for its open thread", rep.Rechecked, fs.hits.Load()-before)
	}
	rep, err = r.Recheck(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rechecked != 0 || len(rep.Sources) != 0 || fs.hits.Load() != before+1 {
		t.Errorf("second recheck at the same time: got %d rechecked, %d sources, %d requests; want nothing due", rep.Rechecked, len(rep.Sources), fs.hits.Load()-before-1)
	}
}
