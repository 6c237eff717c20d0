package extract

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// loadRedditJSON runs Extract on testdata/thread/reddit.json.
func loadRedditJSON(tb testing.TB, pageURL, contentType string) *Page {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "thread", "reddit.json"))
	if err != nil {
		tb.Fatal(err)
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := Extract(u, raw, contentType, Options{Now: threadNow})
	if err != nil {
		tb.Fatalf("Extract(reddit.json): %v", err)
	}
	return p
}

func TestExtractRedditJSON(t *testing.T) {
	const page = "https://www.reddit.com/r/headphones/comments/1d4kq2x/soundwave_x2_keeps_disconnecting_from_laptop/.json"
	const pl = "https://www.reddit.com/r/headphones/comments/1d4kq2x/soundwave_x2_keeps_disconnecting_from_laptop/"
	t0 := time.Unix(1717400000, 0).UTC()
	want := []struct {
		wantPost
		notText string // must not be in Text ("" means not checked)
		empty   bool   // Text must be empty
	}{
		{wantPost{"quietfox", "https://www.reddit.com/user/quietfox", t0.Format(time.RFC3339), pl, "Phone & tablet are fine. Anyone else? Already tried: re-pairing", -1, []string{"submitter"}}, "&amp;", false},
		{wantPost{"AutoModerator", "https://www.reddit.com/user/AutoModerator", t0.Add(5 * time.Second).Format(time.RFC3339), pl + "l6q0a00/", "buying advice goes in the weekly thread", 0, []string{"moderator", "distinguished"}}, "", false},
		{wantPost{"m_ortiz", "https://www.reddit.com/user/m_ortiz", t0.Add(1500 * time.Second).Format(time.RFC3339), pl + "l6q1x0a/", "turned off power saving for it", 0, nil}, "example.com", false},
		{wantPost{"quietfox", "https://www.reddit.com/user/quietfox", t0.Add(3000 * time.Second).Format(time.RFC3339), pl + "l6q3b7c/", "Intel AX201, drivers updated last week.", 2, []string{"submitter"}}, "Which adapter", false},
		{wantPost{"SoundwaveSupport", "https://www.reddit.com/user/SoundwaveSupport", t0.Add(7200 * time.Second).Format(time.RFC3339), pl + "l6q5k2d/", "remove & re-pair the headset", 3, nil}, "", false},
		{wantPost{"", "", t0.Add(8000 * time.Second).Format(time.RFC3339), pl + "l6q6d1c/", "", 0, nil}, "", true},
		{wantPost{"lena_k", "https://www.reddit.com/user/lena_k", t0.Add(9000 * time.Second).Format(time.RFC3339), pl + "l6q7m3e/", "Annoying for $249 headphones.", 5, nil}, "", false},
	}
	// The content type says JSON, or says nothing useful and the body
	// shows it.
	for _, ct := range []string{"application/json; charset=UTF-8", "", "text/plain"} {
		t.Run(ct, func(t *testing.T) {
			p := loadRedditJSON(t, page, ct)
			if p.Kind != KindThread || p.Method != "reddit-json" {
				t.Fatalf("Kind, Method = %q, %q; want %q, %q", p.Kind, p.Method, KindThread, "reddit-json")
			}
			if p.URL != page {
				t.Errorf("URL = %q, want %q", p.URL, page)
			}
			if wt := "Soundwave X2 keeps disconnecting from laptop & what I tried"; p.Title != wt {
				t.Errorf("Title = %q, want %q", p.Title, wt)
			}
			if p.Author != "quietfox" || !p.Date.Equal(t0) || p.Text != p.Posts[0].Text {
				t.Errorf("page Author, Date, Text = %q, %v, %q; want the submission's", p.Author, p.Date, p.Text)
			}
			if len(p.Posts) != len(want) {
				for i, q := range p.Posts {
					t.Logf("post %d: %q %q", i, q.Author, q.Text)
				}
				t.Fatalf("got %d posts, want %d", len(p.Posts), len(want))
			}
			for i, w := range want {
				g := p.Posts[i]
				if g.Author != w.author {
					t.Errorf("post %d: Author = %q, want %q", i, g.Author, w.author)
				}
				if g.AuthorURL != w.authorURL {
					t.Errorf("post %d: AuthorURL = %q, want %q", i, g.AuthorURL, w.authorURL)
				}
				wd, _ := time.Parse(time.RFC3339, w.date)
				if !g.Date.Equal(wd) {
					t.Errorf("post %d: Date = %v (from %q), want %v", i, g.Date, g.DateText, wd)
				}
				if g.Permalink != w.permalink {
					t.Errorf("post %d: Permalink = %q, want %q", i, g.Permalink, w.permalink)
				}
				if !strings.Contains(g.Text, w.text) {
					t.Errorf("post %d: Text = %q, want it to contain %q", i, g.Text, w.text)
				}
				if w.notText != "" && strings.Contains(g.Text, w.notText) {
					t.Errorf("post %d: Text = %q, want it without %q", i, g.Text, w.notText)
				}
				if w.empty && g.Text != "" {
					t.Errorf("post %d: Text = %q, want empty (deleted)", i, g.Text)
				}
				if g.Parent != w.parent {
					t.Errorf("post %d: Parent = %d, want %d", i, g.Parent, w.parent)
				}
				if !slices.Equal(g.Badges, w.badges) {
					t.Errorf("post %d: Badges = %q, want %q", i, g.Badges, w.badges)
				}
			}
		})
	}
}

// TestExtractRedditJSONHost: permalinks live on the host the page came
// from (old.reddit.com, a test server), profiles on www.reddit.com.
func TestExtractRedditJSONHost(t *testing.T) {
	tests := []struct{ page, wantPrefix string }{
		{"https://old.reddit.com/r/headphones/comments/1d4kq2x/x/.json", "https://old.reddit.com/r/headphones/"},
		{"http://127.0.0.1:8080/r/headphones/comments/1d4kq2x/x/.json", "http://127.0.0.1:8080/r/headphones/"},
		{"reddit.json", "https://www.reddit.com/r/headphones/"},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			p := loadRedditJSON(t, tt.page, "application/json")
			for i, q := range p.Posts {
				if !strings.HasPrefix(q.Permalink, tt.wantPrefix) {
					t.Errorf("post %d: Permalink = %q, want it under %q", i, q.Permalink, tt.wantPrefix)
				}
				if q.Author != "" && q.AuthorURL != "https://www.reddit.com/user/"+q.Author {
					t.Errorf("post %d: AuthorURL = %q, want on www.reddit.com", i, q.AuthorURL)
				}
			}
		})
	}
}

// redditDoc builds a thread body from a submission and top-level things.
func redditDoc(tb testing.TB, link map[string]any, comments ...any) []byte {
	tb.Helper()
	doc := []any{
		map[string]any{"kind": "Listing", "data": map[string]any{"children": []any{map[string]any{"kind": "t3", "data": link}}}},
		map[string]any{"kind": "Listing", "data": map[string]any{"children": comments}},
	}
	b, err := json.Marshal(doc)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func t1(data map[string]any) map[string]any { return map[string]any{"kind": "t1", "data": data} }

func listing(kids ...any) map[string]any {
	return map[string]any{"kind": "Listing", "data": map[string]any{"children": kids}}
}

func TestExtractRedditJSONCases(t *testing.T) {
	link := map[string]any{"name": "t3_a", "author": "op", "title": "Q", "selftext": "Body of the question", "created_utc": 1700000000, "permalink": "/r/x/comments/a/q/"}
	tests := []struct {
		name     string
		body     []byte
		wantText []string // Text of each post
		parents  []int
		check    func(t *testing.T, p *Page)
	}{
		{
			name:     "markdown only, legacy escaping",
			body:     redditDoc(t, link, t1(map[string]any{"name": "t1_b", "parent_id": "t3_a", "author": "u", "body": "&gt; Body of the question\n\nSee [the wiki](https://x.example/w) &amp; FAQ\n\n&gt;!spoiler!&lt;"})),
			wantText: []string{"Body of the question", "See the wiki & FAQ >!spoiler!<"},
			parents:  []int{-1, 0},
		},
		{
			name:     "raw_json html",
			body:     redditDoc(t, link, t1(map[string]any{"name": "t1_b", "parent_id": "t3_a", "author": "u", "body": "x", "body_html": "<div class=\"md\"><blockquote><p>old</p></blockquote><p>new &amp; own</p></div>"})),
			wantText: []string{"Body of the question", "new & own"},
			parents:  []int{-1, 0},
		},
		{
			name:     "removed and deleted",
			body:     redditDoc(t, link, t1(map[string]any{"name": "t1_b", "parent_id": "t3_a", "author": "[deleted]", "body": "[removed]", "replies": listing(t1(map[string]any{"author": "v", "body": "still here"}))})),
			wantText: []string{"Body of the question", "", "still here"},
			parents:  []int{-1, 0, 1},
			check: func(t *testing.T, p *Page) {
				if p.Posts[1].Author != "" || p.Posts[1].AuthorURL != "" {
					t.Errorf("deleted author: got %q %q, want empty", p.Posts[1].Author, p.Posts[1].AuthorURL)
				}
			},
		},
		{
			name: "link post, admin, odd types",
			body: redditDoc(t, map[string]any{"name": "t3_a", "author": "op", "title": "A &amp; B", "selftext": "", "created_utc": "bad", "url": "https://x.example/"},
				t1(map[string]any{"author": 5, "body": []any{1}, "distinguished": "admin", "created_utc": 1.7e9, "replies": "", "permalink": "//evil.example/x"}),
				map[string]any{"kind": "more", "data": map[string]any{"count": 3}},
				"junk", nil, 7),
			wantText: []string{"A & B", ""},
			parents:  []int{-1, 0},
			check: func(t *testing.T, p *Page) {
				if !p.Posts[0].Date.IsZero() {
					t.Errorf("bad created_utc: Date = %v, want zero", p.Posts[0].Date)
				}
				if got := p.Posts[1]; !slices.Equal(got.Badges, []string{"admin", "distinguished"}) || got.Permalink != "" || !got.Date.Equal(time.Unix(1.7e9, 0)) {
					t.Errorf("comment: Badges %q, Permalink %q, Date %v; want admin+distinguished, none, 1.7e9", got.Badges, got.Permalink, got.Date)
				}
			},
		},
		{
			name: "comment permalink view",
			body: redditDoc(t, link, t1(map[string]any{"name": "t1_c", "parent_id": "t1_offpage", "author": "u", "body": "focused",
				"replies": listing(t1(map[string]any{"name": "t1_d", "parent_id": "t1_c", "author": "v", "body": "answer"}))})),
			wantText: []string{"Body of the question", "focused", "answer"},
			parents:  []int{-1, -1, 1},
		},
	}
	u, _ := url.Parse("https://www.reddit.com/r/x/comments/a/q/.json")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract(u, tt.body, "application/json", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Method != "reddit-json" || len(p.Posts) != len(tt.wantText) {
				t.Fatalf("got Method %q with %d posts, want reddit-json with %d", p.Method, len(p.Posts), len(tt.wantText))
			}
			for i, q := range p.Posts {
				if q.Text != tt.wantText[i] {
					t.Errorf("post %d: Text = %q, want %q", i, q.Text, tt.wantText[i])
				}
				if q.Parent != tt.parents[i] {
					t.Errorf("post %d: Parent = %d, want %d", i, q.Parent, tt.parents[i])
				}
			}
			if tt.check != nil {
				tt.check(t, p)
			}
		})
	}
}

// TestExtractRedditJSONNotReddit: other JSON, and bodies that only look
// like JSON, go down the HTML path.
func TestExtractRedditJSONNotReddit(t *testing.T) {
	tests := []struct{ name, body, ct string }{
		{"object", `{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"title":"x"}}]}}`, "application/json"},
		{"array of numbers", `[1,2,3]`, "application/json"},
		{"listing of comments only", `[{"kind":"Listing","data":{"children":[{"kind":"t1","data":{"body":"x"}}]}}]`, ""},
		{"broken", `[{"kind":"Listing","data":{"children":[{"kind":"t3"`, "application/json"},
		{"bracketed text", `[citation needed] is a tag people write on talk pages.`, "text/plain"},
	}
	u, _ := url.Parse("https://example.com/a")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p, ok := extractRedditJSON(u, []byte(tt.body), tt.ct); ok {
				t.Errorf("extractRedditJSON(%q) = %d posts, want not a Reddit thread", tt.body, len(p.Posts))
			}
			if p, err := Extract(u, []byte(tt.body), tt.ct, Options{}); err == nil && p.Method == "reddit-json" {
				t.Errorf("Extract(%q): Method = reddit-json, want the HTML path", tt.body)
			}
		})
	}
}

// TestExtractRedditJSONBounds: a reply chain deeper than the cap and more
// comments than the cap are cut, not followed.
func TestExtractRedditJSONBounds(t *testing.T) {
	link := map[string]any{"name": "t3_a", "author": "op", "title": "Q", "selftext": "q"}
	var deep any = t1(map[string]any{"author": "leaf", "body": "x"})
	for i := 0; i < redditMaxDepth+50; i++ {
		deep = t1(map[string]any{"author": fmt.Sprint("u", i), "body": "x", "replies": listing(deep)})
	}
	many := make([]any, redditMaxComments+50)
	for i := range many {
		many[i] = t1(map[string]any{"author": "u", "body": "x"})
	}
	tests := []struct {
		name string
		body []byte
		want int
	}{
		{"deep", redditDoc(t, link, deep), 1 + redditMaxDepth + 1},
		{"many", redditDoc(t, link, many...), 1 + redditMaxComments},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := extractRedditJSON(nil, tt.body, "application/json")
			if !ok {
				t.Fatal("not read as a Reddit thread")
			}
			if len(p.Posts) != tt.want {
				t.Errorf("got %d posts, want %d", len(p.Posts), tt.want)
			}
			for i, q := range p.Posts {
				if q.Parent >= i || q.Parent < -1 {
					t.Fatalf("post %d: Parent = %d, want -1 or an earlier post", i, q.Parent)
				}
			}
		})
	}
}

func FuzzExtractRedditJSON(f *testing.F) {
	raw, err := os.ReadFile(filepath.Join("testdata", "thread", "reddit.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(`[{"kind":"Listing","data":{"children":[{"kind":"t3","data":{}}]}},{"kind":"Listing","data":{"children":[{"kind":"t1","data":{"replies":{"kind":"Listing","data":{"children":[{"kind":"t1","data":null}]}}}}]}}]`))
	f.Add([]byte(`[{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"created_utc":1e300,"permalink":"/%zz","selftext_html":"&lt;blockquote"}}]}}]`))
	f.Add([]byte("\xef\xbb\xbf[[[[[[[[[[]]]]]]]]]]"))
	u, _ := url.Parse("https://www.reddit.com/r/x/comments/a/b/.json")
	f.Fuzz(func(t *testing.T, body []byte) {
		p, ok := extractRedditJSON(u, body, "application/json")
		if !ok {
			return
		}
		if len(p.Posts) == 0 || len(p.Posts) > redditMaxComments+1 {
			t.Fatalf("got %d posts, want 1..%d", len(p.Posts), redditMaxComments+1)
		}
		for i, q := range p.Posts {
			if q.Parent >= i || q.Parent < -1 {
				t.Errorf("post %d: Parent = %d, want -1 or an earlier post", i, q.Parent)
			}
		}
	})
}

func BenchmarkExtractRedditJSON(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "thread", "reddit.json"))
	if err != nil {
		b.Fatal(err)
	}
	u, _ := url.Parse("https://www.reddit.com/r/headphones/comments/1d4kq2x/x/.json")
	for b.Loop() {
		if _, ok := extractRedditJSON(u, raw, "application/json"); !ok {
			b.Fatal("not read")
		}
	}
}
