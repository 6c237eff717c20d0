package demo

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/earshot-dev/earshot/config"
)

// rss is the part of an RSS 2.0 document the tests read.
type rss struct {
	XMLName xml.Name `xml:"rss"`
	Channel struct {
		Link  string    `xml:"link"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
}

type rssItem struct {
	Title string `xml:"title"`
	Link  string `xml:"link"`
	// CommentEls holds both <comments> and <slash:comments>: encoding/xml
	// cannot tell an element without a namespace from one with.
	CommentEls []struct {
		XMLName xml.Name
		Value   string `xml:",chardata"`
	} `xml:"comments"`
	Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Author      string `xml:"author"`
	PubDate     string `xml:"pubDate"`
	Description string `xml:"description"`
	CommentRSS  string `xml:"http://wellformedweb.org/CommentAPI/ commentRss"`
}

// comments returns the text of the comments element in namespace ns.
func (it rssItem) comments(ns string) string {
	for _, e := range it.CommentEls {
		if e.XMLName.Space == ns {
			return e.Value
		}
	}
	return ""
}

// atom is the part of an Atom 1.0 document the tests read.
type atom struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Links   []atomLink  `xml:"http://www.w3.org/2005/Atom link"`
	Entries []atomEntry `xml:"http://www.w3.org/2005/Atom entry"`
}

type atomLink struct {
	Rel   string `xml:"rel,attr"`
	Href  string `xml:"href,attr"`
	Count string `xml:"http://purl.org/syndication/thread/1.0 count,attr"`
}

type atomEntry struct {
	ID        string     `xml:"http://www.w3.org/2005/Atom id"`
	Title     string     `xml:"http://www.w3.org/2005/Atom title"`
	AuthorURI string     `xml:"http://www.w3.org/2005/Atom author>uri"`
	Author    string     `xml:"http://www.w3.org/2005/Atom author>name"`
	Published string     `xml:"http://www.w3.org/2005/Atom published"`
	Links     []atomLink `xml:"http://www.w3.org/2005/Atom link"`
	Content   string     `xml:"http://www.w3.org/2005/Atom content"`
	InReplyTo *struct {
		Ref  string `xml:"ref,attr"`
		Href string `xml:"href,attr"`
	} `xml:"http://purl.org/syndication/thread/1.0 in-reply-to"`
}

func (e atomEntry) link(rel string) (atomLink, bool) {
	for _, l := range e.Links {
		if l.Rel == rel || (rel == "alternate" && l.Rel == "") {
			return l, true
		}
	}
	return atomLink{}, false
}

// jsonFeed is the part of a JSON Feed 1.1 document the tests read.
type jsonFeed struct {
	Version string `json:"version"`
	FeedURL string `json:"feed_url"`
	Items   []struct {
		ID            string `json:"id"`
		URL           string `json:"url"`
		Title         string `json:"title"`
		ContentHTML   string `json:"content_html"`
		DatePublished string `json:"date_published"`
	} `json:"items"`
}

// text is one post found in the feeds, for the content checks.
type text struct {
	url, author, body string
	published         time.Time
}

// crawl is everything the tests found by reading the feeds.
type crawl struct {
	links []string
	posts []text
}

func startSite(tb testing.TB) *Site {
	tb.Helper()
	s, err := Start(tb.Context())
	if err != nil {
		tb.Fatalf("Start: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

// get fetches base+p and checks the status and media type.
func get(tb testing.TB, rawURL string, wantType string) []byte {
	tb.Helper()
	resp, err := http.Get(rawURL)
	if err != nil {
		tb.Fatalf("GET %s: %v", rawURL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatalf("GET %s: read: %v", rawURL, err)
	}
	if resp.StatusCode != http.StatusOK {
		tb.Fatalf("GET %s: got status %d, want 200", rawURL, resp.StatusCode)
	}
	if wantType != "" {
		mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
		if err != nil || mt != wantType {
			tb.Errorf("GET %s: got Content-Type %q, want %s", rawURL, resp.Header.Get("Content-Type"), wantType)
		}
	}
	return body
}

func parseTime(tb testing.TB, layout, v string) time.Time {
	tb.Helper()
	t, err := time.Parse(layout, v)
	if err != nil {
		tb.Errorf("date %q: %v", v, err)
	}
	return t
}

// readFeeds reads all three feeds and every comment and replies feed, checks
// their structure and returns the links and posts found.
func readFeeds(t *testing.T, base string) crawl {
	t.Helper()
	var c crawl

	var blog rss
	if err := xml.Unmarshal(get(t, base+"/blog/feed.xml", "application/rss+xml"), &blog); err != nil {
		t.Fatalf("blog feed: %v", err)
	}
	if got, want := len(blog.Channel.Items), 4; got != want {
		t.Errorf("blog feed: got %d items, want %d", got, want)
	}
	c.links = append(c.links, blog.Channel.Link)
	for _, it := range blog.Channel.Items {
		c.links = append(c.links, it.Link, it.comments(""), it.CommentRSS)
		if it.Creator == "" {
			t.Errorf("blog item %s: no dc:creator", it.Link)
		}
		c.posts = append(c.posts, text{it.Link, it.Creator, it.Title + " " + it.Description, parseTime(t, time.RFC1123Z, it.PubDate)})
		var comments rss
		if err := xml.Unmarshal(get(t, it.CommentRSS, "application/rss+xml"), &comments); err != nil {
			t.Fatalf("comment feed %s: %v", it.CommentRSS, err)
		}
		if got, want := strconv.Itoa(len(comments.Channel.Items)), it.comments("http://purl.org/rss/1.0/modules/slash/"); got != want {
			t.Errorf("comment feed %s: got %s items, want slash:comments %s", it.CommentRSS, got, want)
		}
		for _, cm := range comments.Channel.Items {
			if !strings.HasPrefix(cm.Link, it.Link+"#comment-") {
				t.Errorf("comment link %s: want it under %s#comment-", cm.Link, it.Link)
			}
			c.links = append(c.links, cm.Link)
			c.posts = append(c.posts, text{cm.Link, cm.Creator + " " + cm.Author, cm.Description, parseTime(t, time.RFC1123Z, cm.PubDate)})
		}
	}

	var forum atom
	if err := xml.Unmarshal(get(t, base+"/forum/feed.atom", "application/atom+xml"), &forum); err != nil {
		t.Fatalf("forum feed: %v", err)
	}
	if got, want := len(forum.Entries), 5; got != want {
		t.Errorf("forum feed: got %d entries, want %d", got, want)
	}
	for _, l := range forum.Links {
		c.links = append(c.links, l.Href)
	}
	for _, e := range forum.Entries {
		alt, ok := e.link("alternate")
		replies, ok2 := e.link("replies")
		if !ok || !ok2 {
			t.Fatalf("forum entry %s: want alternate and replies links, got %+v", e.ID, e.Links)
		}
		c.links = append(c.links, alt.Href, replies.Href, e.AuthorURI)
		c.posts = append(c.posts, text{alt.Href, e.Author, e.Title + " " + e.Content, parseTime(t, time.RFC3339, e.Published)})
		var rs atom
		if err := xml.Unmarshal(get(t, replies.Href, "application/atom+xml"), &rs); err != nil {
			t.Fatalf("replies feed %s: %v", replies.Href, err)
		}
		if got, want := strconv.Itoa(len(rs.Entries)), replies.Count; got != want {
			t.Errorf("replies feed %s: got %s entries, want thr:count %s", replies.Href, got, want)
		}
		for _, l := range rs.Links {
			c.links = append(c.links, l.Href)
		}
		// Each reply answers the thread or an earlier reply.
		known := map[string]string{e.ID: alt.Href}
		for _, r := range rs.Entries {
			ralt, ok := r.link("alternate")
			if !ok || r.InReplyTo == nil {
				t.Fatalf("reply %s: want an alternate link and thr:in-reply-to", r.ID)
			}
			if href, ok := known[r.InReplyTo.Ref]; !ok || href != r.InReplyTo.Href {
				t.Errorf("reply %s: in-reply-to %+v names no earlier post of %s", r.ID, *r.InReplyTo, alt.Href)
			}
			if !strings.HasPrefix(ralt.Href, alt.Href+"#post-") {
				t.Errorf("reply link %s: want it under %s#post-", ralt.Href, alt.Href)
			}
			known[r.ID] = ralt.Href
			c.links = append(c.links, ralt.Href, r.InReplyTo.Href, r.AuthorURI)
			c.posts = append(c.posts, text{ralt.Href, r.Author, r.Content, parseTime(t, time.RFC3339, r.Published)})
		}
	}

	var news jsonFeed
	if err := json.Unmarshal(get(t, base+"/news/feed.json", "application/feed+json"), &news); err != nil {
		t.Fatalf("news feed: %v", err)
	}
	if news.Version != "https://jsonfeed.org/version/1.1" {
		t.Errorf("news feed: got version %q, want JSON Feed 1.1", news.Version)
	}
	if got, want := len(news.Items), 3; got != want {
		t.Errorf("news feed: got %d items, want %d", got, want)
	}
	c.links = append(c.links, news.FeedURL)
	for _, it := range news.Items {
		c.links = append(c.links, it.URL)
		c.posts = append(c.posts, text{it.URL, "", it.Title + " " + it.ContentHTML, parseTime(t, time.RFC3339, it.DatePublished)})
	}
	return c
}

func TestFeedLinksResolve(t *testing.T) {
	s := startSite(t)
	c := readFeeds(t, s.URL())
	if len(c.links) < 50 {
		t.Fatalf("got %d links, want at least 50", len(c.links))
	}
	bodies := map[string]string{}
	for _, l := range c.links {
		u, err := url.Parse(l)
		if err != nil || !strings.HasPrefix(l, s.URL()+"/") {
			t.Errorf("link %q: want it under %s/", l, s.URL())
			continue
		}
		frag := u.Fragment
		u.Fragment = ""
		page, ok := bodies[u.String()]
		if !ok {
			page = string(get(t, u.String(), ""))
			bodies[u.String()] = page
		}
		if frag != "" && !strings.Contains(page, `id="`+frag+`"`) {
			t.Errorf("link %s: page has no element with id %q", l, frag)
		}
	}
}

// TestPostDates keeps every sample post between 2026-09-01 and 2026-11-15, so
// that everything unanswered is overdue when the demo runs.
func TestPostDates(t *testing.T) {
	s := startSite(t)
	from := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)
	for _, p := range readFeeds(t, s.URL()).posts {
		if p.published.Before(from) || p.published.After(to) {
			t.Errorf("post %s: got date %s, want it between %s and %s", p.url, p.published, from, to)
		}
	}
}

// TestFruitPosts checks the content against the demo config: posts about the
// fruit carry an exclude term whenever they name Loquat, and no post about the
// brand carries one.
func TestFruitPosts(t *testing.T) {
	s := startSite(t)
	var cfg struct {
		Brands []config.Brand `yaml:"brands"`
	}
	if err := yaml.Unmarshal(Config(s.URL(), t.TempDir()), &cfg); err != nil {
		t.Fatalf("Config: %v", err)
	}
	if len(cfg.Brands) != 1 {
		t.Fatalf("Config: got %d brands, want 1", len(cfg.Brands))
	}
	words := func(terms []string) *regexp.Regexp {
		q := make([]string, len(terms))
		for i, term := range terms {
			q[i] = regexp.QuoteMeta(term)
		}
		return regexp.MustCompile(`(?i)\b(` + strings.Join(q, "|") + `)\b`)
	}
	mention, exclude := words(cfg.Brands[0].Terms), words(cfg.Brands[0].Exclude)
	fruit := []string{"/blog/growing-loquat-trees/", "/forum/t/105"}
	var nFruit, nBrand int
	for _, p := range readFeeds(t, s.URL()).posts {
		isFruit := false
		for _, f := range fruit {
			isFruit = isFruit || strings.HasPrefix(p.url, s.URL()+f)
		}
		switch {
		case isFruit && mention.MatchString(p.body) && !exclude.MatchString(p.body):
			t.Errorf("fruit post %s: names Loquat without an exclude term: %s", p.url, p.body)
		case !isFruit && exclude.MatchString(p.body):
			t.Errorf("post %s: got exclude term %q in a post about the brand", p.url, exclude.FindString(p.body))
		}
		if isFruit {
			nFruit++
		} else if mention.MatchString(p.body) {
			nBrand++
		}
	}
	if nFruit < 8 || nBrand < 15 {
		t.Errorf("got %d fruit posts and %d brand mentions, want at least 8 and 15", nFruit, nBrand)
	}
}

func TestConditionalGet(t *testing.T) {
	s := startSite(t)
	for _, p := range []string{"/blog/feed.xml", "/blog/loquat-hearth-review/feed/", "/forum/feed.atom", "/forum/t/101/replies.atom", "/news/feed.json", "/forum/t/101"} {
		t.Run(p, func(t *testing.T) {
			resp, err := http.Get(s.URL() + p)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
			if etag == "" || lm == "" {
				t.Fatalf("got ETag %q and Last-Modified %q, want both", etag, lm)
			}
			for _, h := range []struct{ key, value string }{{"If-None-Match", etag}, {"If-Modified-Since", lm}} {
				req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, s.URL()+p, nil)
				if err != nil {
					t.Fatal(err)
				}
				req.Header.Set(h.key, h.value)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusNotModified {
					t.Errorf("%s: %s: got status %d, want 304", h.key, h.value, resp.StatusCode)
				}
			}
			req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, s.URL()+p, nil)
			req.Header.Set("If-None-Match", `"stale"`)
			resp, err = http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("If-None-Match stale: got status %d, want 200", resp.StatusCode)
			}
		})
	}
}

func TestStatus(t *testing.T) {
	s := startSite(t)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		method, path string
		want         int
	}{
		{"GET", "/", 200},
		{"GET", "/blog/", 200},
		{"HEAD", "/forum/", 200},
		{"GET", "/news/", 200},
		{"GET", "/blog", 301},
		{"GET", "/nope", 404},
		{"GET", "/blog/feed.xml/", 404},
		{"GET", "/forum/t/999", 404},
		{"POST", "/blog/feed.xml", 405},
	}
	for _, tt := range tests {
		req, err := http.NewRequestWithContext(t.Context(), tt.method, s.URL()+tt.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", tt.method, tt.path, err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("%s %s: got status %d, want %d", tt.method, tt.path, resp.StatusCode, tt.want)
		}
	}
}

func TestRoute(t *testing.T) {
	tests := []struct{ name, path, ctype string }{
		{"/index.html", "/", "text/html; charset=utf-8"},
		{"/blog/x/index.html", "/blog/x/", "text/html; charset=utf-8"},
		{"/blog/x/feed/index.rss", "/blog/x/feed/", "application/rss+xml; charset=utf-8"},
		{"/blog/feed.xml", "/blog/feed.xml", "application/rss+xml; charset=utf-8"},
		{"/forum/t/101.html", "/forum/t/101", "text/html; charset=utf-8"},
		{"/forum/t/101/replies.atom", "/forum/t/101/replies.atom", "application/atom+xml; charset=utf-8"},
		{"/news/feed.json", "/news/feed.json", "application/feed+json; charset=utf-8"},
	}
	for _, tt := range tests {
		p, ct, err := route(tt.name)
		if err != nil || p != tt.path || ct != tt.ctype {
			t.Errorf("route(%q) = %q, %q, %v; want %q, %q, nil", tt.name, p, ct, err, tt.path, tt.ctype)
		}
	}
	if _, _, err := route("/notes.txt"); err == nil {
		t.Errorf("route(%q): got no error, want one", "/notes.txt")
	}
}

func TestStopOnContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	s, err := Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	get(t, s.URL()+"/", "text/html")
	cancel()
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := http.Get(s.URL() + "/")
		if err != nil {
			break
		}
		resp.Body.Close()
		if time.Now().After(deadline) {
			t.Fatal("site still serving 5s after its context was cancelled")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close after cancel: %v", err)
	}
}

func TestClose(t *testing.T) {
	s, err := Start(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if resp, err := http.Get(s.URL() + "/"); err == nil {
		resp.Body.Close()
		t.Fatalf("GET after Close: got status %d, want an error", resp.StatusCode)
	}
}

// yamlKeys returns the yaml keys of a struct type, for checking that Config
// writes only keys package config knows.
func yamlKeys(t reflect.Type) map[string]reflect.Type {
	keys := map[string]reflect.Type{}
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			keys[name] = f.Type
		}
	}
	return keys
}

// checkKeys walks a decoded YAML value alongside the config type.
func checkKeys(t *testing.T, where string, v any, typ reflect.Type) {
	t.Helper()
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	switch v := v.(type) {
	case map[string]any:
		if typ.Kind() == reflect.Map {
			for k, e := range v {
				checkKeys(t, where+"."+k, e, typ.Elem())
			}
			return
		}
		if typ.Kind() != reflect.Struct {
			t.Errorf("%s: got a mapping, want %s", where, typ)
			return
		}
		keys := yamlKeys(typ)
		for k, e := range v {
			ft, ok := keys[k]
			if !ok {
				t.Errorf("%s: unknown key %q", where, k)
				continue
			}
			checkKeys(t, where+"."+k, e, ft)
		}
	case []any:
		if typ.Kind() != reflect.Slice {
			t.Errorf("%s: got a sequence, want %s", where, typ)
			return
		}
		for i, e := range v {
			checkKeys(t, where+"["+strconv.Itoa(i)+"]", e, typ.Elem())
		}
	}
}

func TestConfig(t *testing.T) {
	const base = "http://127.0.0.1:41234"
	dataDir := `/tmp/earshot "demo"/data: #1`
	out := Config(base, dataDir)
	var doc map[string]any
	if err := yaml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("Config output is not YAML: %v\n%s", err, out)
	}
	checkKeys(t, "earshot.yaml", doc, reflect.TypeFor[config.Config]())

	var got struct {
		Brands  []config.Brand  `yaml:"brands"`
		Sources []config.Source `yaml:"sources"`
		Crawl   struct {
			Delay        string `yaml:"delay"`
			AllowPrivate bool   `yaml:"allow_private"`
		} `yaml:"crawl"`
		Index    config.Index `yaml:"index"`
		Followup struct {
			After string `yaml:"after"`
		} `yaml:"followup"`
	}
	if err := yaml.Unmarshal(out, &got); err != nil {
		t.Fatalf("Config: %v", err)
	}
	if len(got.Brands) != 1 || got.Brands[0].Name != "Loquat" {
		t.Fatalf("brands: got %+v, want one named Loquat", got.Brands)
	}
	b := got.Brands[0]
	if want := []string{"Loquat", "Loquat Home", "Loquat Hearth", "Loquat Ember", "LoquatOS"}; !reflect.DeepEqual(b.Terms, want) {
		t.Errorf("terms: got %q, want %q", b.Terms, want)
	}
	if got, want := b.Accounts.Usernames, map[string][]string{"127.0.0.1": {"LoquatSupport"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("usernames: got %q, want %q", got, want)
	}
	if got, want := b.Accounts.EmailDomains, []string{"loquat.example"}; !reflect.DeepEqual(got, want) {
		t.Errorf("email_domains: got %q, want %q", got, want)
	}
	wantSources := map[string]string{
		"warm-circuits-blog":    base + "/blog/feed.xml",
		"home-automation-forum": base + "/forum/feed.atom",
		"gadget-wire-news":      base + "/news/feed.json",
	}
	if len(got.Sources) != len(wantSources) {
		t.Errorf("sources: got %d, want %d", len(got.Sources), len(wantSources))
	}
	for _, src := range got.Sources {
		if src.Type != config.SourceFeed || src.URL != wantSources[src.Name] {
			t.Errorf("source %q: got type %q url %q, want feed %q", src.Name, src.Type, src.URL, wantSources[src.Name])
		}
	}
	if !got.Crawl.AllowPrivate || got.Crawl.Delay != "0s" {
		t.Errorf("crawl: got %+v, want allow_private and delay 0s", got.Crawl)
	}
	if got.Index.Path != dataDir {
		t.Errorf("index.path: got %q, want %q", got.Index.Path, dataDir)
	}
	if got.Followup.After != "4h" {
		t.Errorf("followup.after: got %q, want 4h", got.Followup.After)
	}
	if _, err := time.ParseDuration(got.Followup.After); err != nil {
		t.Errorf("followup.after: %v", err)
	}
}

// TestConfigOtherHost checks that the username key follows the host of base.
func TestConfigOtherHost(t *testing.T) {
	out := string(Config("http://localhost:8080", "data"))
	if !strings.Contains(out, `"localhost": [LoquatSupport]`) {
		t.Errorf("Config: got no usernames entry for localhost in\n%s", out)
	}
}

func TestStartCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	s, err := Start(ctx)
	if err == nil {
		s.Close()
		t.Fatal("Start with a cancelled context: got no error")
	}
	if !strings.HasPrefix(err.Error(), "demo: ") || !errors.Is(err, context.Canceled) {
		t.Errorf("Start: got error %q, want a demo: error wrapping context.Canceled", err)
	}
}

// TestConfigLoads feeds Config to package config, the real reader of
// earshot.yaml.
func TestConfigLoads(t *testing.T) {
	dir := t.TempDir()
	cfg, err := config.Parse("earshot.yaml", Config("http://127.0.0.1:41234", dir))
	if err != nil {
		t.Fatalf("config.Parse: %v", err)
	}
	if got := cfg.Followup.After.Std(); got != 4*time.Hour {
		t.Errorf("followup.after: got %s, want 4h", got)
	}
	if w, err := cfg.Followup.BusinessHours.Window(); err != nil || w.IsZero() || w.Loc.String() != "Europe/London" {
		t.Errorf("followup.business_hours: got %+v (%v), want London office hours", w, err)
	}
	if got := cfg.Crawl.Delay.Std(); got != 0 || !cfg.Crawl.AllowPrivate {
		t.Errorf("crawl: got delay %s allow_private %v, want 0s and true", got, cfg.Crawl.AllowPrivate)
	}
	if cfg.Index.Path != dir || len(cfg.Sources) != 3 || len(cfg.Brands) != 1 {
		t.Errorf("got index %q, %d sources, %d brands; want %q, 3, 1", cfg.Index.Path, len(cfg.Sources), len(cfg.Brands), dir)
	}
}
