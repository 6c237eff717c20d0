package crawler

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
	"github.com/earshot-dev/earshot/state"
)

// route is one fixture served by feedServer.
type route struct {
	file        string
	contentType string
	etag        string // when set, a matching If-None-Match gets 304
}

// feedServer serves fixtures from testdata and counts requests per path.
type feedServer struct {
	*httptest.Server
	mu     sync.Mutex
	routes map[string]route
	hits   map[string]int
}

func newFeedServer(tb testing.TB, routes map[string]route) *feedServer {
	tb.Helper()
	fs := &feedServer{routes: routes, hits: map[string]int{}}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		fs.hits[r.URL.Path]++
		rt, ok := fs.routes[r.URL.Path]
		fs.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		if rt.etag != "" {
			if r.Header.Get("If-None-Match") == rt.etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", rt.etag)
		}
		body, err := os.ReadFile(filepath.Join("testdata", rt.file))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		if rt.contentType != "" {
			w.Header().Set("Content-Type", rt.contentType)
		}
		w.Write(body)
	}))
	tb.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) setRoute(path string, rt route) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.routes[path] = rt
}

func (fs *feedServer) hitCount(path string) int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.hits[path]
}

// byURL indexes posts by URL, failing on duplicates.
func byURL(tb testing.TB, posts []post.Post) map[string]post.Post {
	tb.Helper()
	m := map[string]post.Post{}
	for _, p := range posts {
		if _, dup := m[p.URL]; dup {
			tb.Errorf("duplicate post %s", p.URL)
		}
		m[p.URL] = p
	}
	return m
}

func TestFeedRSSWithComments(t *testing.T) {
	fs := newFeedServer(t, map[string]route{
		"/feed.xml":       {file: "rss_wfw.xml", contentType: "application/rss+xml; charset=utf-8", etag: `"main-1"`},
		"/comments/1.xml": {file: "rss_comments_1.xml", etag: `"c1"`},
		"/posts/2/feed/":  {file: "rss_comments_2.xml"},
	})
	store := openStore(t)
	c := NewClient(testOptions(), store)
	src := config.Source{Name: "fans", Type: config.SourceFeed, URL: fs.URL + "/feed.xml"}

	res, err := c.Feed(t.Context(), src)
	if err != nil {
		t.Fatalf("Feed: %v", err)
	}
	posts := byURL(t, res.Posts)
	p1 := posts[fs.URL+"/posts/1"]
	p2 := posts[fs.URL+"/posts/2/"]
	c11 := posts[fs.URL+"/posts/1#comment-11"]
	c12 := posts[fs.URL+"/posts/1#comment-12"]
	c21 := posts[fs.URL+"/posts/2/#comment-21"]

	tests := []struct {
		name      string
		got, want any
	}{
		{"post count", len(res.Posts), 6},
		{"requests", res.Requests, 3},
		{"failures", len(res.Failures), 1},
		{"p1 id", p1.ID, post.IDFor(fs.URL + "/posts/1")},
		{"p1 thread", p1.ThreadID, p1.ID},
		{"p1 parent", p1.ParentID, ""},
		{"p1 title", p1.Title, "Loquat Phone review & verdict"},
		{"p1 text", p1.Text, "The battery is bad. Support never answered — sad."},
		{"p1 author", p1.Author, "Ann Writer"},
		{"p1 language", p1.Language, "en"},
		{"p1 source", p1.Source, "fans"},
		{"p1 host", p1.Host, "127.0.0.1"},
		{"p1 published", p1.Published, time.Date(2025, 5, 5, 10, 0, 0, 0, time.UTC)},
		{"p1 hash", p1.Hash, post.ContentHash(p1.Title, p1.Author, p1.Text)},
		{"p2 text", p2.Text, "Escaped HTML body"},
		{"c11 thread", c11.ThreadID, p1.ID},
		{"c11 parent", c11.ParentID, p1.ID},
		{"c11 author", c11.Author, "Bob"},
		{"c12 parent", c12.ParentID, p1.ID},
		{"c12 text", c12.Text, "Sorry to hear that, please DM us."},
		{"c21 thread (WordPress /feed/)", c21.ThreadID, p2.ID},
		{"quiet post has no comment request", fs.hitCount("/posts/3/feed/"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	if len(res.Failures) > 0 && !strings.Contains(res.Failures[0].Error(), fs.URL+"/feed.xml") {
		t.Errorf("failure %q does not name the feed URL", res.Failures[0])
	}
	if p1.Fetched.IsZero() || p1.Fetched.Before(p1.Published) {
		t.Errorf("p1 Fetched: got %v, want the fetch time", p1.Fetched)
	}

	known, err := store.CommentFeeds("fans")
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 2 || known[0].URL != fs.URL+"/comments/1.xml" || known[0].ThreadURL != fs.URL+"/posts/1" {
		t.Errorf("stored comment feeds: got %+v, want /comments/1.xml for /posts/1 and /posts/2/feed/", known)
	}

	// Second run: the main feed and comments/1 answer 304; the WordPress
	// comment feed has a new comment, which must arrive in its thread.
	fs.setRoute("/posts/2/feed/", route{file: "rss_comments_1.xml"})
	res, err = c.Feed(t.Context(), src)
	if err != nil {
		t.Fatalf("second Feed: %v", err)
	}
	if !res.NotModified {
		t.Errorf("second Feed NotModified: got false, want true")
	}
	if res.Requests != 3 {
		t.Errorf("second Feed requests: got %d, want 3", res.Requests)
	}
	if len(res.Failures) != 0 {
		t.Errorf("second Feed failures: got %v, want none", res.Failures)
	}
	if len(res.Posts) != 2 {
		t.Fatalf("second Feed posts: got %d, want 2", len(res.Posts))
	}
	for _, p := range res.Posts {
		if p.ThreadID != p2.ID || p.ParentID != p2.ID {
			t.Errorf("re-polled comment %s: got thread %s parent %s, want %s for both", p.URL, p.ThreadID, p.ParentID, p2.ID)
		}
	}
}

func TestFeedSkipsOldCommentFeeds(t *testing.T) {
	fs := newFeedServer(t, map[string]route{
		"/feed.xml": {file: "rss_wfw.xml", etag: `"m"`},
		"/old.xml":  {file: "rss_comments_1.xml"},
		"/new.xml":  {file: "rss_comments_2.xml"},
	})
	store := openStore(t)
	c := NewClient(testOptions(), store)
	src := config.Source{Name: "s", URL: fs.URL + "/feed.xml"}
	if _, err := c.Fetch(t.Context(), src.URL); err != nil { // primes the ETag
		t.Fatal(err)
	}
	now := time.Now()
	for _, cf := range []state.CommentFeed{
		{URL: fs.URL + "/old.xml", ThreadURL: fs.URL + "/posts/1", LastSeen: now.Add(-61 * 24 * time.Hour)},
		{URL: fs.URL + "/new.xml", ThreadURL: fs.URL + "/posts/2/", LastSeen: now.Add(-59 * 24 * time.Hour)},
	} {
		if err := store.PutCommentFeed("s", cf); err != nil {
			t.Fatal(err)
		}
	}
	res, err := c.Feed(t.Context(), src)
	if err != nil {
		t.Fatal(err)
	}
	if got := fs.hitCount("/old.xml"); got != 0 {
		t.Errorf("requests for a comment feed unseen for 61 days: got %d, want 0", got)
	}
	if got := fs.hitCount("/new.xml"); got != 1 {
		t.Errorf("requests for a comment feed seen 59 days ago: got %d, want 1", got)
	}
	if len(res.Posts) != 1 || res.Posts[0].ThreadID != post.IDFor(fs.URL+"/posts/2/") {
		t.Errorf("posts: got %+v, want one reply in /posts/2/", res.Posts)
	}
}

func TestFeedAtomReplies(t *testing.T) {
	fs := newFeedServer(t, map[string]route{
		"/atom.xml":         {file: "atom_replies.xml", contentType: "application/atom+xml"},
		"/t/1/replies.atom": {file: "atom_replies_comments.xml", contentType: "application/atom+xml"},
	})
	c := NewClient(testOptions(), openStore(t))
	res, err := c.Feed(t.Context(), config.Source{Name: "forum", URL: fs.URL + "/atom.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Failures) != 0 {
		t.Errorf("failures: got %v, want none", res.Failures)
	}
	posts := byURL(t, res.Posts)
	topic := posts[fs.URL+"/t/1"]
	r1 := posts[fs.URL+"/t/1#p1"]
	r2 := posts[fs.URL+"/t/1#p2"]
	r3 := posts[fs.URL+"/t/1#p3"]
	r4 := posts[fs.URL+"/t/1#p4"]
	tests := []struct {
		name      string
		got, want any
	}{
		{"posts", len(res.Posts), 5},
		{"topic title", topic.Title, "Loquat Cloud is down"},
		{"topic text", topic.Text, "Nothing syncs. Anyone else?"},
		{"topic author", topic.Author, "Dana"},
		{"topic author url", topic.AuthorURL, "https://forum.example/u/dana"},
		{"topic author email", topic.AuthorEmail, "dana@mail.example"},
		{"topic language", topic.Language, "en"},
		{"topic published (updated)", topic.Published, time.Date(2025, 5, 6, 8, 0, 0, 0, time.UTC)},
		{"r1 parent (ref = topic id)", r1.ParentID, topic.ID},
		{"r2 parent (ref = r1 id)", r2.ParentID, r1.ID},
		{"r2 thread", r2.ThreadID, topic.ID},
		{"r2 author url", r2.AuthorURL, "https://forum.example/u/loquat"},
		{"r2 title empty", r2.Title, ""},
		{"r3 parent (unknown ref)", r3.ParentID, topic.ID},
		{"r4 parent (href = r2 url)", r4.ParentID, r2.ID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
	if n := fs.hitCount("/t/1"); n != 0 {
		t.Errorf("requests for the text/html replies link: got %d, want 0", n)
	}
}

func TestFeedJSON(t *testing.T) {
	fs := newFeedServer(t, map[string]route{"/feed.json": {file: "feed.json", contentType: "application/feed+json"}})
	res, err := NewClient(testOptions(), nil).Feed(t.Context(), config.Source{Name: "notes", URL: fs.URL + "/feed.json"})
	if err != nil {
		t.Fatal(err)
	}
	posts := byURL(t, res.Posts)
	n1 := posts["https://notes.example/n/1"]
	n2 := posts["https://notes.example/n/2"]
	tests := []struct {
		name      string
		got, want any
	}{
		{"posts", len(res.Posts), 2},
		{"n1 text", n1.Text, "Le bracelet était cassé."},
		{"n1 author", n1.Author, "Hugo"},
		{"n1 author url", n1.AuthorURL, "https://notes.example/hugo"},
		{"n1 language", n1.Language, "fr"},
		{"n1 host", n1.Host, "notes.example"},
		{"n2 from absolute id", n2.Text, "Only an absolute id, no url."},
		{"n2 item language", n2.Language, "de"},
		{"n2 published defaults to fetch time", n2.Published, n2.Fetched},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

func TestFeedCharsets(t *testing.T) {
	tests := []struct {
		name, file, contentType string
		wantTitle, wantText     string
	}{
		{"latin-1 in prolog", "latin1_prolog.xml", "text/xml", "Café crème", "Très bon, déjà vu."},
		{"latin-1 in prolog, header without charset", "latin1_prolog.xml", "application/rss+xml", "Café crème", "Très bon, déjà vu."},
		{"windows-1252 in header only", "cp1252_header.xml", "application/rss+xml; charset=windows-1252", "“Smart” quotes cost 5€", "Naïve café — dash."},
		{"windows-1252 in header and prolog", "cp1252_both.xml", "text/xml; charset=Windows-1252", "“Smart” quotes cost 5€", "Naïve café — dash."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFeedServer(t, map[string]route{"/f": {file: tt.file, contentType: tt.contentType}})
			res, err := NewClient(testOptions(), nil).Feed(t.Context(), config.Source{Name: "c", URL: fs.URL + "/f"})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Posts) != 1 {
				t.Fatalf("posts: got %d, want 1", len(res.Posts))
			}
			if got := res.Posts[0].Title; got != tt.wantTitle {
				t.Errorf("title: got %q, want %q", got, tt.wantTitle)
			}
			if got := res.Posts[0].Text; got != tt.wantText {
				t.Errorf("text: got %q, want %q", got, tt.wantText)
			}
		})
	}
}

func TestFeedErrors(t *testing.T) {
	fs := newFeedServer(t, map[string]route{
		"/page.html": {file: "not_a_feed.html", contentType: "text/html"},
		"/feed.xml":  {file: "rss_wfw.xml"},
	})
	tests := []struct {
		name, path string
		want       error
	}{
		{"not a feed", "/page.html", nil},
		{"missing", "/nope.xml", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := fs.URL + tt.path
			_, err := NewClient(testOptions(), nil).Feed(t.Context(), config.Source{Name: "x", URL: u})
			if err == nil || !strings.Contains(err.Error(), u) {
				t.Errorf("Feed(%s): got %v, want an error naming the URL", u, err)
			}
		})
	}

	// A broken comment feed is a Failure, not an error.
	fs.setRoute("/comments/1.xml", route{file: "not_a_feed.html"})
	res, err := NewClient(testOptions(), nil).Feed(t.Context(), config.Source{Name: "x", URL: fs.URL + "/feed.xml"})
	if err != nil {
		t.Fatal(err)
	}
	var named, missing bool
	for _, f := range res.Failures {
		named = named || strings.Contains(f.Error(), fs.URL+"/comments/1.xml")
		var se *StatusError
		missing = missing || (errors.As(f, &se) && se.URL == fs.URL+"/posts/2/feed/")
	}
	if !named || !missing {
		t.Errorf("failures: got %v, want one naming /comments/1.xml and a 404 for /posts/2/feed/", res.Failures)
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ in, want string }{{"en-US", "en"}, {"EN", "en"}, {" pt_BR ", "pt"}, {"", ""}, {"zh-Hant-TW", "zh"}}
	for _, tt := range tests {
		if got := language(tt.in); got != tt.want {
			t.Errorf("language(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"<p>a</p><p>b</p>", "a b"},
		{"a<br>b", "a b"},
		{"<ul><li>one</li><li>two</li></ul>", "one two"},
		{"x<script>alert(1)</script>y", "xy"},
		{"<style>p{color:red}</style><noscript>enable js</noscript>text", "text"},
		{"Fish &amp; chips &eacute; &#8212; &nbsp;end", "Fish & chips é — end"},
		{"<svg><script>evil()</script></svg>ok", "ok"},
		{"<!-- hidden -->shown", "shown"},
		{"<b>bold</b><i>it</i>", "boldit"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := htmlToText(tt.in); got != tt.want {
			t.Errorf("htmlToText(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// rawText are tags that make what follows them text or an attribute, so a
// later script element is not parsed as one; the fuzz property skips them.
var rawText = []string{"<textarea", "<title", "<xmp", "<plaintext", "<noembed", "<noframes", "<!--", "<![cdata", "leaked", "<math", "<option", "<select"}

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{"", "<p>hi</p>", "<a href='x", "<script>", "&lt;script&gt;", "<table><tr><td>x", "<svg><p>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = htmlToText(s)
		lower := strings.ToLower(s)
		for _, r := range rawText {
			if strings.Contains(lower, r) {
				return
			}
		}
		// Close any open tag or attribute so the script below is markup.
		in := s + "\"'></p><script>var leaked=1</script>"
		if got := htmlToText(in); strings.Contains(got, "leaked") {
			t.Fatalf("htmlToText(%q) = %q, which contains script content", in, got)
		}
	})
}

func FuzzConvertFeed(f *testing.F) {
	for _, name := range []string{"rss_wfw.xml", "atom_replies_comments.xml", "feed.json", "latin1_prolog.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "text/xml")
	}
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1252"?><rss><channel><item><link>/a</link></item></channel></rss>`), "text/xml; charset=windows-1252")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		feed, err := parseFeed(body, contentType)
		if err != nil {
			return
		}
		items, failures := convertItems(feed, mustParse(t, "https://fuzz.example/feed"), "fuzz", time.Now())
		for _, it := range items {
			if it.post.URL == "" || it.post.ID != post.IDFor(it.post.URL) {
				t.Fatalf("item with URL %q and ID %q", it.post.URL, it.post.ID)
			}
		}
		for _, e := range failures {
			if !strings.Contains(e.Error(), "https://fuzz.example/feed") {
				t.Fatalf("failure %q does not name the feed", e)
			}
		}
	})
}

func mustParse(tb testing.TB, s string) *url.URL {
	tb.Helper()
	u, err := url.Parse(s)
	if err != nil {
		tb.Fatal(err)
	}
	return u
}

func TestReplyTitle(t *testing.T) {
	tests := []struct{ title, author, want string }{
		{"By: Hannah Price", "Hannah Price", ""},
		{"By: Someone Else", "Hannah Price", "By: Someone Else"},
		{"Comment on Loquat firmware 4.2 by Dev Mehta", "Dev Mehta", ""},
		{"Re: Loquat Hearth forgets its schedule", "sparky_dee", ""},
		{"RE: Loquat Hearth", "", ""},
		{"AW: Loquat Hearth", "x", ""},
		{"Reply from support: Loquat fixed it", "x", "Reply from support: Loquat fixed it"},
		{"Loquat Hearth is great", "x", "Loquat Hearth is great"},
		{"", "x", ""},
	}
	for _, tt := range tests {
		if got := replyTitle(tt.title, tt.author); got != tt.want {
			t.Errorf("replyTitle(%q, %q) = %q, want %q", tt.title, tt.author, got, tt.want)
		}
	}
}
