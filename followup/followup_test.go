package followup

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

var (
	t0  = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	sla = 24 * time.Hour

	loquat = config.Brand{
		Name:  "Loquat",
		Terms: []string{"Loquat"},
		Accounts: config.Accounts{
			Usernames:    map[string][]string{"forum.example": {"LoquatSupport"}, "*": {"Loquat Team"}},
			AuthorURLs:   []string{"https://social.example/@loquat/"},
			EmailDomains: []string{"loquat.example"},
		},
	}
	medlar = config.Brand{
		Name:     "Medlar",
		Accounts: config.Accounts{Usernames: map[string][]string{"other.example": {"MedlarHelp"}}},
	}
)

// mk returns a post in thread "t1" on forum.example, published at t0 plus
// the given offset.
func mk(id string, offset time.Duration, author string, criticism ...string) post.Post {
	return post.Post{
		ID:             id,
		ThreadID:       "t1",
		Source:         "forum",
		URL:            "https://forum.example/t/1#p" + id,
		Host:           "forum.example",
		Author:         author,
		Title:          "Sync",
		Text:           "Loquat sync is broken again.",
		Published:      t0.Add(offset),
		Sentiment:      post.Negative,
		SentimentScore: -0.6,
		Criticism:      criticism,
	}
}

func TestEvaluate(t *testing.T) {
	brands := []config.Brand{loquat, medlar}
	withURL := func(p post.Post, u string) post.Post { p.AuthorURL = u; return p }
	withEmail := func(p post.Post, e string) post.Post { p.AuthorEmail = e; return p }
	withHost := func(p post.Post, h string) post.Post { p.Host = h; return p }

	type want struct{ id, state, by, answerURL string }
	tests := []struct {
		name   string
		thread []post.Post
		now    time.Time
		want   []want
	}{
		{"unanswered past SLA is flagged",
			[]post.Post{mk("1", 0, "alice", "Loquat")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateFlagged, "", ""}}},
		{"SLA reached exactly is flagged",
			[]post.Post{mk("1", 0, "alice", "Loquat")}, t0.Add(sla),
			[]want{{"1:Loquat", StateFlagged, "", ""}}},
		{"SLA not passed is pending",
			[]post.Post{mk("1", 0, "alice", "Loquat")}, t0.Add(3 * time.Hour),
			[]want{{"1:Loquat", StatePending, "", ""}}},
		{"answered by username on that host, thread out of order",
			[]post.Post{mk("2", time.Hour, "loquatsupport "), mk("1", 0, "alice", "Loquat")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateAnswered, "loquatsupport ", "https://forum.example/t/1#p2"}}},
		{"earliest answer is the evidence",
			[]post.Post{mk("3", 5*time.Hour, "LoquatSupport"), mk("2", time.Hour, "LoquatSupport"), mk("1", 0, "alice", "Loquat")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateAnswered, "LoquatSupport", "https://forum.example/t/1#p2"}}},
		{"brand reply before the criticism does not count",
			[]post.Post{mk("0", -time.Hour, "LoquatSupport"), mk("1", 0, "alice", "Loquat")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateFlagged, "", ""}}},
		{"look-alike name does not count",
			[]post.Post{mk("1", 0, "alice", "Loquat"), mk("2", time.Hour, "LoquatSupp0rt"), mk("3", time.Hour, "NotLoquatSupport"), mk("4", time.Hour, "LoquatSupportX")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateFlagged, "", ""}}},
		{"username listed for another host does not count",
			[]post.Post{mk("1", 0, "alice", "Loquat"), withHost(mk("2", time.Hour, "LoquatSupport"), "elsewhere.example")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateFlagged, "", ""}}},
		{"star host applies everywhere",
			[]post.Post{mk("1", 0, "alice", "Loquat"), withHost(mk("2", time.Hour, "LOQUAT TEAM"), "elsewhere.example")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateAnswered, "LOQUAT TEAM", "https://forum.example/t/1#p2"}}},
		{"author URL in another spelling",
			[]post.Post{mk("1", 0, "alice", "Loquat"), withURL(mk("2", time.Hour, "someone"), "HTTPS://Social.Example:443/@loquat?utm_source=x")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateAnswered, "someone", "https://forum.example/t/1#p2"}}},
		{"author URL prefix does not count",
			[]post.Post{mk("1", 0, "alice", "Loquat"), withURL(mk("2", time.Hour, "someone"), "https://social.example/@loquatfan")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateFlagged, "", ""}}},
		{"email subdomain",
			[]post.Post{mk("1", 0, "alice", "Loquat"), withEmail(mk("2", time.Hour, "Sam"), "Sam <sam@help.Loquat.example>")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateAnswered, "Sam", "https://forum.example/t/1#p2"}}},
		{"email look-alike domain does not count",
			[]post.Post{mk("1", 0, "alice", "Loquat"), withEmail(mk("2", time.Hour, "Sam"), "sam@notloquat.example")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateFlagged, "", ""}}},
		{"criticism by the brand itself is not an item",
			[]post.Post{mk("1", 0, "LoquatSupport", "Loquat")}, t0.Add(76 * time.Hour),
			nil},
		{"two brands in one post give two items",
			[]post.Post{mk("1", 0, "alice", "Loquat", "Medlar"), withHost(mk("2", time.Hour, "MedlarHelp"), "other.example")}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateFlagged, "", ""}, {"1:Medlar", StateAnswered, "MedlarHelp", "https://forum.example/t/1#p2"}}},
		{"answer in another thread does not count",
			[]post.Post{mk("1", 0, "alice", "Loquat"), func() post.Post { p := mk("2", time.Hour, "LoquatSupport"); p.ThreadID = "t9"; return p }()}, t0.Add(76 * time.Hour),
			[]want{{"1:Loquat", StateFlagged, "", ""}}},
		{"no criticism no items",
			[]post.Post{mk("1", 0, "alice")}, t0.Add(76 * time.Hour),
			nil},
		{"sorted by published then ID",
			[]post.Post{mk("b", 2*time.Hour, "x", "Loquat"), mk("c", 0, "x", "Loquat"), mk("a", 2*time.Hour, "x", "Loquat")}, t0.Add(time.Hour),
			[]want{{"c:Loquat", StatePending, "", ""}, {"a:Loquat", StatePending, "", ""}, {"b:Loquat", StatePending, "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(tt.thread, brands, sla, tt.now)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d items %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.ID != w.id || g.State != w.state || g.AnsweredBy != w.by || g.AnswerURL != w.answerURL {
					t.Errorf("item %d: got {%s %s %q %q}, want {%s %s %q %q} (reason %q)",
						i, g.ID, g.State, g.AnsweredBy, g.AnswerURL, w.id, w.state, w.by, w.answerURL, g.Reason)
				}
			}
		})
	}
}

func TestEvaluateFields(t *testing.T) {
	p := mk("1", 0, "alice", "Loquat")
	tests := []struct {
		name       string
		thread     []post.Post
		now        time.Time
		wantReason string
		wantDue    time.Time
	}{
		{"flagged", []post.Post{p}, t0.Add(76 * time.Hour),
			"criticism of Loquat unanswered for 3d4h (SLA 24h)", t0.Add(sla)},
		{"pending", []post.Post{p}, t0.Add(90 * time.Minute),
			"criticism of Loquat unanswered for 1h30m, due in 22h30m (SLA 24h)", t0.Add(sla)},
		{"answered", []post.Post{p, mk("2", 5*time.Hour, "LoquatSupport")}, t0.Add(76 * time.Hour),
			"answered by LoquatSupport at 2025-03-01T17:00:00Z", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(tt.thread, []config.Brand{loquat}, sla, tt.now)
			if len(got) != 1 {
				t.Fatalf("got %d items, want 1", len(got))
			}
			g := got[0]
			if g.Reason != tt.wantReason {
				t.Errorf("Reason: got %q, want %q", g.Reason, tt.wantReason)
			}
			if !g.Due.Equal(tt.wantDue) {
				t.Errorf("Due: got %v, want %v", g.Due, tt.wantDue)
			}
			if g.PostID != "1" || g.ThreadID != "t1" || g.Brand != "Loquat" || g.URL != p.URL || g.Source != "forum" ||
				g.Author != "alice" || g.Title != "Sync" || g.Snippet != p.Text || !g.Published.Equal(t0) ||
				g.Sentiment != post.Negative || g.Score != -0.6 {
				t.Errorf("fields not copied from the post: got %+v", g)
			}
		})
	}
}

func TestIsBrandAccount(t *testing.T) {
	a := loquat.Accounts
	tests := []struct {
		name string
		p    post.Post
		want bool
	}{
		{"exact username", post.Post{Host: "forum.example", Author: "LoquatSupport"}, true},
		{"case and space folded", post.Post{Host: "Forum.Example", Author: "  loquatsupport\t"}, true},
		{"host from URL", post.Post{URL: "https://forum.example/x", Author: "LoquatSupport"}, true},
		{"digit look-alike", post.Post{Host: "forum.example", Author: "LoquatSupp0rt"}, false},
		{"prefix look-alike", post.Post{Host: "forum.example", Author: "NotLoquatSupport"}, false},
		{"other host", post.Post{Host: "x.example", Author: "LoquatSupport"}, false},
		{"star host", post.Post{Host: "x.example", Author: "loquat team"}, true},
		{"empty author", post.Post{Host: "forum.example"}, false},
		{"author URL trailing slash", post.Post{AuthorURL: "https://social.example/@loquat"}, true},
		{"author URL other path", post.Post{AuthorURL: "https://social.example/@loquat/posts"}, false},
		{"author URL relative", post.Post{AuthorURL: "/@loquat"}, false},
		{"email domain", post.Post{AuthorEmail: "help@loquat.example"}, true},
		{"email subdomain", post.Post{AuthorEmail: "help@eu.loquat.example"}, true},
		{"email suffix look-alike", post.Post{AuthorEmail: "help@evilloquat.example"}, false},
		{"email domain as local part", post.Post{AuthorEmail: "loquat.example@evil.example"}, false},
		{"not an email", post.Post{AuthorEmail: "loquat.example"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsBrandAccount(tt.p, a); got != tt.want {
				t.Errorf("IsBrandAccount(%+v): got %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("filler words here ", 30) // 540 runes
	tests := []struct {
		name      string
		text      string
		contains  string
		wantStart bool // starts with "…"
		wantEnd   bool // ends with "…"
	}{
		{"short text whole", "Loquat\n is  bad", "Loquat is bad", false, false},
		{"mention in the middle", long + "and then Loquat broke everything " + long, "Loquat broke", true, true},
		{"mention at the start", "Loquat broke " + long, "Loquat broke", false, true},
		{"mention at the end", long + "and Loquat broke", "Loquat broke", true, false},
		{"no mention starts at the start", "Medlar broke " + long, "Medlar broke", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Snippet(tt.text, loquat)
			if !strings.Contains(got, tt.contains) {
				t.Errorf("Snippet: got %q, want it to contain %q", got, tt.contains)
			}
			if s := strings.HasPrefix(got, "…"); s != tt.wantStart {
				t.Errorf("Snippet: got %q, want leading ellipsis %v", got, tt.wantStart)
			}
			if e := strings.HasSuffix(got, "…"); e != tt.wantEnd {
				t.Errorf("Snippet: got %q, want trailing ellipsis %v", got, tt.wantEnd)
			}
			if n := utf8.RuneCountInString(got); n > snippetRunes+2 {
				t.Errorf("Snippet: got %d runes, want at most %d", n, snippetRunes+2)
			}
			body := strings.Trim(got, "…")
			if strings.HasPrefix(body, " ") || strings.HasSuffix(body, " ") {
				t.Errorf("Snippet: got %q, want cuts between words without edge spaces", got)
			}
		})
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("Loquat is broken " + strings.Repeat("x ", 150))
	f.Add(strings.Repeat("é", 300))
	f.Add("\xff\xfe loquat")
	f.Fuzz(func(t *testing.T, s string) {
		got := Snippet(s, loquat)
		if n := utf8.RuneCountInString(got); n > snippetRunes+2 {
			t.Fatalf("Snippet(%q): got %d runes, want at most %d", s, n, snippetRunes+2)
		}
		if strings.ContainsAny(got, "\n\t") {
			t.Fatalf("Snippet(%q) = %q: want normalised white space", s, got)
		}
	})
}

func ExampleEvaluate() {
	t0 := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	brand := config.Brand{Name: "Loquat", Accounts: config.Accounts{Usernames: map[string][]string{"*": {"LoquatSupport"}}}}
	thread := []post.Post{{
		ID: "p1", ThreadID: "p1", Host: "forum.example", Author: "alice",
		Text: "Loquat lost my data.", Published: t0, Criticism: []string{"Loquat"},
	}}
	for _, it := range Evaluate(thread, []config.Brand{brand}, 24*time.Hour, t0.Add(30*time.Hour)) {
		fmt.Println(it.ID, it.State, it.Reason)
	}
	// Output: p1:Loquat flagged criticism of Loquat unanswered for 1d6h (SLA 24h)
}
