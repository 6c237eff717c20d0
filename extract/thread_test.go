package extract

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// threadNow anchors relative dates in the fixtures.
var threadNow = time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)

// loadThread parses a fixture from testdata/thread and runs the thread
// extractor on it.
func loadThread(tb testing.TB, name, pageURL string) *Page {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "thread", name))
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(string(raw)))
	if err != nil {
		tb.Fatal(err)
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		tb.Fatal(err)
	}
	return extractThread(doc, u, Options{Now: threadNow})
}

type wantPost struct {
	author    string
	authorURL string // "" means not checked
	date      string // RFC 3339, compared as an instant; "" means none expected
	permalink string // "" means not checked
	text      string // must be contained in Text
	parent    int
	badges    []string // nil means none
}

func TestExtractThreadFixtures(t *testing.T) {
	tests := []struct {
		file, url, method string
		next              []string
		posts             []wantPost
	}{
		{"phpbb.html", "https://board.example.org/viewtopic.php?t=42", "phpbb",
			[]string{"https://board.example.org/viewtopic.php?t=42&start=15"},
			[]wantPost{
				{"alice", "https://board.example.org/memberlist.php?mode=viewprofile&u=7", "2011-07-17T17:51:00Z", "https://board.example.org/viewtopic.php?p=101#p101", "will not print duplicate", -1, []string{"admin"}},
				{"bob", "https://board.example.org/memberlist.php?mode=viewprofile&u=8", "2011-07-18T09:05:00Z", "https://board.example.org/viewtopic.php?p=102#p102", "Check the driver", -1, nil},
				{"alice", "https://board.example.org/memberlist.php?mode=viewprofile&u=7", "2011-07-18T10:00:00Z", "https://board.example.org/viewtopic.php?p=103#p103", "that fixed it", -1, nil},
			}},
		{"xenforo.html", "https://forums.example.com/threads/battery-life.77/", "xenforo",
			[]string{"https://forums.example.com/threads/battery-life.77/page-2"},
			[]wantPost{
				{"carol", "https://forums.example.com/members/carol.12/", "2020-04-18T10:12:00-04:00", "https://forums.example.com/threads/battery-life.77/post-501", "drains overnight", -1, nil},
				{"dave", "https://forums.example.com/members/dave.13/", "2020-04-18T11:00:00-04:00", "https://forums.example.com/threads/battery-life.77/post-502", "background refresh", -1, []string{"moderator", "staff"}},
				{"carol", "https://forums.example.com/members/carol.12/", "2020-04-19T08:30:00-04:00", "https://forums.example.com/threads/battery-life.77/post-503", "helped a lot", -1, nil},
			}},
		{"xenforo1.html", "https://forum.example.org/threads/camera.3/", "xenforo1", nil,
			[]wantPost{
				{"erin", "https://forum.example.org/members/erin.55/", "2019-02-23T11:21:00Z", "https://forum.example.org/threads/camera.3/", "camera for hiking", -1, nil},
				{"frank", "https://forum.example.org/members/frank.56/", "2019-02-23T11:24:00Z", "https://forum.example.org/threads/camera.3/#post-901", "big sensor", -1, nil},
				{"erin", "https://forum.example.org/members/erin.55/", "2019-02-23T11:25:00Z", "", "Thanks!", -1, nil},
			}},
		{"discourse.html", "https://community.example.net/t/server-transfer-question/505", "microdata", nil,
			[]wantPost{
				{"gina", "https://community.example.net/u/gina", "2020-04-23T10:44:06Z", "", "locked server", -1, nil},
				{"Kai", "https://community.example.net/u/Kai", "2020-04-23T11:02:00Z", "", "already have a character", -1, nil},
				{"gina", "https://community.example.net/u/gina", "2020-04-23T12:00:00Z", "", "Great, thank you", -1, nil},
			}},
		{"invision.html", "https://forum.example.com/topic/23012-check-on-startup/", "invision", nil,
			[]wantPost{
				{"RobMan", "https://forum.example.com/profile/21061-robman/", "2007-07-25T16:06:15Z", "https://forum.example.com/topic/23012-check-on-startup/?do=findComment&comment=158142", "skip the check on startup", -1, nil},
				{"DWK", "https://forum.example.com/profile/628-dwk/", "2007-07-25T17:30:00Z", "https://forum.example.com/topic/23012-check-on-startup/?do=findComment&comment=158145", "uncheck it", -1, []string{"moderator"}},
				{"RobMan", "https://forum.example.com/profile/21061-robman/", "2007-07-26T08:00:00Z", "", "Found it", -1, nil},
			}},
		{"vanilla.html", "https://community.example.com/en/discussion/81455/how-to-disable-notification", "vanilla", nil,
			[]wantPost{
				{"tthorsson", "https://community.example.com/en/profile/tthorsson", "2019-09-03T08:05:10Z", "https://community.example.com/en/discussion/81455/how-to-disable-notification", "pop-up notifications", -1, nil},
				{"Staffer", "https://community.example.com/en/profile/Staffer", "2019-09-03T09:00:00Z", "https://community.example.com/en/discussion/comment/1001/#Comment_1001", "Special Offers", -1, []string{"moderator"}},
				{"tthorsson", "https://community.example.com/en/profile/tthorsson", "2019-09-04T10:00:00Z", "", "That worked", -1, nil},
			}},
		{"vbulletin4.html", "https://www.example.org/forum/showthread.php?t=55", "vbulletin4",
			[]string{"https://www.example.org/forum/showthread.php?t=55&page=2"},
			[]wantPost{
				{"hank", "https://www.example.org/forum/member.php?u=301", "2017-10-04T11:00:00Z", "https://www.example.org/forum/showthread.php?t=55&p=2001#post2001", "whines in third gear", -1, nil},
				{"ivy", "https://www.example.org/forum/member.php?u=302", "2017-10-04T13:15:00Z", "", "Check the oil", -1, []string{"moderator"}},
				{"hank", "", "2017-10-05T09:00:00Z", "", "Oil was low", -1, nil},
			}},
		{"vbulletin3.html", "https://www.example.org/forums/showthread.php?t=9", "vbulletin3", nil,
			[]wantPost{
				{"jack", "https://www.example.org/forums/member.php?u=11", "2011-07-17T17:51:00Z", "https://www.example.org/forums/showpost.php?p=3001&postcount=1", "brown spots", -1, nil},
				{"kate", "https://www.example.org/forums/member.php?u=12", "2011-07-17T18:10:00Z", "", "early blight", -1, nil},
				{"jack", "", "2011-07-18T08:00:00Z", "", "I will spray", -1, nil},
			}},
		{"vbulletin5.html", "https://www.example.org/forum/router/4001-router-resets", "vbulletin5", nil,
			[]wantPost{
				{"lena", "https://www.example.org/forum/member/71-lena", "2019-03-01T09:00:00Z", "https://www.example.org/forum/router/4001-router-resets", "resets every hour", -1, nil},
				{"max", "https://www.example.org/forum/member/72-max", "2019-03-01T10:30:00Z", "https://www.example.org/forum/router/4001-router-resets?p=4002#post4002", "Update the firmware", -1, nil},
				{"lena", "", "2019-03-02T08:00:00Z", "", "solved it", -1, nil},
			}},
		{"fluxbb.html", "https://bbs.example.org/viewtopic.php?id=12", "fluxbb", nil,
			[]wantPost{
				{"nora", "https://bbs.example.org/profile.php?id=21", "2011-03-22T15:12:01Z", "https://bbs.example.org/viewtopic.php?pid=5001#p5001", "after upgrade", -1, nil},
				{"oscar", "https://bbs.example.org/profile.php?id=2", "2011-03-22T16:00:00Z", "https://bbs.example.org/viewtopic.php?pid=5002#p5002", "old kernel", -1, []string{"moderator"}},
				{"nora", "", "2020-06-15T09:30:00Z", "", "That works", -1, nil},
			}},
		{"smf.html", "https://forum.example.org/index.php?topic=88.0", "smf", nil,
			[]wantPost{
				{"paul", "https://forum.example.org/index.php?action=profile;u=31", "2011-07-17T17:51:02Z", "https://forum.example.org/index.php?topic=88.msg901#msg901", "cranks but", -1, nil},
				{"quinn", "https://forum.example.org/index.php?action=profile;u=1", "2011-07-17T18:30:00Z", "https://forum.example.org/index.php?topic=88.msg902#msg902", "carburettor", -1, []string{"admin"}},
				{"paul", "", "2011-07-18T08:00:00Z", "", "Runs now", -1, nil},
			}},
		{"mybb.html", "https://bb.example.org/showthread.php?tid=3", "mybb", nil,
			[]wantPost{
				{"zoe", "https://bb.example.org/member.php?action=profile&uid=5", "2020-01-15T10:20:00Z", "https://bb.example.org/showthread.php?tid=3&pid=11#pid11", "too loud at idle", -1, nil},
				{"adam", "https://bb.example.org/member.php?action=profile&uid=1", "2020-01-15T11:00:00Z", "https://bb.example.org/showthread.php?tid=3&pid=12#pid12", "fan curve", -1, []string{"admin"}},
				{"zoe", "", "2020-01-16T08:00:00Z", "", "Much quieter", -1, nil},
			}},
		{"khoros.html", "https://community.example.com/t5/Audio/Bluetooth-drops/td-p/501", "khoros", nil,
			[]wantPost{
				{"ann_b", "https://community.example.com/t5/user/viewprofilepage/user-id/4411", "2020-05-13T14:31:00Z", "https://community.example.com/t5/Audio/Bluetooth-drops/m-p/501#M77", "every few minutes", -1, nil},
				{"Support_Sam", "https://community.example.com/t5/user/viewprofilepage/user-id/12", "2020-05-13T15:05:00Z", "https://community.example.com/t5/Audio/Bluetooth-drops/m-p/502#M78", "headset firmware", -1, []string{"staff"}},
				{"ann_b", "", "2020-05-14T09:00:00Z", "", "fixed it", -1, nil},
			}},
		{"hackernews.html", "https://news.example.com/item?id=900", "hackernews", nil,
			[]wantPost{
				{"rita", "https://news.example.com/user?id=rita", "2024-05-01T12:00:00Z", "https://news.example.com/item?id=901", "compare to SQLite?", -1, nil},
				{"sam", "https://news.example.com/user?id=sam", "2024-05-01T13:00:00Z", "https://news.example.com/item?id=902", "much smaller", 0, nil},
				{"rita", "", "2024-05-01T14:00:00Z", "", "Nice, thanks", 1, nil},
				{"tom", "", "2024-05-01T14:30:00Z", "", "Cool project", -1, nil},
			}},
		{"reddit.html", "https://old.reddit.com/r/privacy/comments/abc/which_vpn/", "reddit", nil,
			[]wantPost{
				{"uma", "https://old.reddit.com/user/uma", "2024-05-01T12:00:00Z", "https://old.reddit.com/r/privacy/comments/abc/which_vpn/", "Looking for a recommendation", -1, []string{"submitter"}},
				{"vic", "https://old.reddit.com/user/vic", "2024-05-01T12:30:00Z", "https://old.reddit.com/r/privacy/comments/abc/which_vpn/c1/", "never free", -1, nil},
				{"uma", "", "2024-05-01T13:00:00Z", "https://old.reddit.com/r/privacy/comments/abc/which_vpn/c2/", "Why not free?", 1, []string{"submitter"}},
				{"wes", "", "2024-05-01T13:30:00Z", "", "read the wiki", -1, []string{"moderator", "distinguished"}},
			}},
		{"wordpress.html", "https://blog.example.com/2024/05/new-release/", "wordpress", nil,
			[]wantPost{
				{"Xavier", "https://xavier.example.net/", "2024-05-02T09:15:00Z", "https://blog.example.com/2024/05/new-release/#comment-4", "export is broken", -1, nil},
				{"Example Team", "", "2024-05-02T10:00:00Z", "https://blog.example.com/2024/05/new-release/#comment-5", "fix ships tomorrow", 0, []string{"post_author"}},
				{"Yara", "", "2024-05-03T08:00:00Z", "", "Love the new look", -1, nil},
			}},
		{"jsonld.html", "https://talk.example.com/t/best-budget-headphones/31", "jsonld", nil,
			[]wantPost{
				{"amy", "https://talk.example.com/u/amy", "2021-02-03T10:00:00+01:00", "https://talk.example.com/t/best-budget-headphones/31", "under 50 dollars", -1, nil},
				{"ben", "https://talk.example.com/u/ben", "2021-02-03T11:00:00+01:00", "https://talk.example.com/t/best-budget-headphones/31/2", "KZ ones", 0, nil},
				{"amy", "", "2021-02-03T12:00:00+01:00", "", "have a mic", 1, nil},
				{"cal", "", "2021-02-04T09:00:00+01:00", "", "refurbished", 0, nil},
			}},
		{"microdata.html", "https://health.example.com/posts/palpitations/show/77", "microdata", nil,
			[]wantPost{
				{"dana", "https://health.example.com/people/501", "2011-12-03T17:27:18-05:00", "", "one cup of coffee", -1, nil},
				{"eli", "https://health.example.com/people/502", "2011-12-04T09:09:18-05:00", "", "decaf for a week", 0, nil},
				{"dana", "https://health.example.com/people/501", "2011-12-05T10:00:00-05:00", "", "Decaf helped", 0, nil},
			}},
		{"generic.html", "https://garten.example.de/forum/thema-88.html", "generic",
			[]string{"https://garten.example.de/forum/thema-88-2.html", "https://garten.example.de/forum/thema-88-3.html"},
			[]wantPost{
				{"Anton", "https://garten.example.de/mitglieder/anton", "2011-07-17T17:51:00Z", "https://garten.example.de/forum/thema-88.html#b7001", "Tank ist voll", -1, nil},
				{"Berta", "https://garten.example.de/mitglieder/berta", "2011-07-17T18:20:00Z", "https://garten.example.de/forum/thema-88.html#b7002", "Zündkerze geprüft", -1, nil},
				{"Anton", "https://garten.example.de/mitglieder/anton", "2011-07-18T09:05:00Z", "", "Läuft wieder", -1, nil},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := loadThread(t, tt.file, tt.url)
			if p == nil {
				t.Fatalf("extractThread(%s) = nil, want %d posts", tt.file, len(tt.posts))
			}
			if p.Method != tt.method {
				t.Errorf("Method = %q, want %q", p.Method, tt.method)
			}
			if p.Title == "" {
				t.Errorf("Title is empty")
			}
			if tt.next != nil && !slices.Equal(p.Next, tt.next) {
				t.Errorf("Next = %q, want %q", p.Next, tt.next)
			}
			if len(p.Posts) != len(tt.posts) {
				for i, q := range p.Posts {
					t.Logf("post %d: %q %q", i, q.Author, q.Text)
				}
				t.Fatalf("got %d posts, want %d", len(p.Posts), len(tt.posts))
			}
			for i, w := range tt.posts {
				g := p.Posts[i]
				if g.Author != w.author {
					t.Errorf("post %d: Author = %q, want %q", i, g.Author, w.author)
				}
				if w.authorURL != "" && g.AuthorURL != w.authorURL {
					t.Errorf("post %d: AuthorURL = %q, want %q", i, g.AuthorURL, w.authorURL)
				}
				want, err := time.Parse(time.RFC3339, w.date)
				if err != nil {
					t.Fatal(err)
				}
				if !g.Date.Equal(want) {
					t.Errorf("post %d: Date = %v (from %q), want %v", i, g.Date, g.DateText, want)
				}
				if w.permalink != "" && g.Permalink != w.permalink {
					t.Errorf("post %d: Permalink = %q, want %q", i, g.Permalink, w.permalink)
				}
				if !strings.Contains(g.Text, w.text) {
					t.Errorf("post %d: Text = %q, want it to contain %q", i, g.Text, w.text)
				}
				for _, bad := range []string{"QUOTEDTEXT", "SIGNATURE"} {
					if strings.Contains(g.Text, bad) {
						t.Errorf("post %d: Text = %q holds %s", i, g.Text, bad)
					}
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

func TestExtractThreadNotAThread(t *testing.T) {
	tests := []struct{ name, html string }{
		{"article", `<html><head><title>News</title></head><body><article><h1>Big news</h1><p class="byline">By <a href="/author/jo" rel="author">Jo</a>, 3 May 2021</p><p>Long text of the article.</p></article></body></html>`},
		{"lone blogposting", `<html><head><script type="application/ld+json">{"@type":"BlogPosting","articleBody":"Only the article.","author":"Jo"}</script></head><body><p>Only the article.</p></body></html>`},
		{"empty", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			u, _ := url.Parse("https://example.com/a")
			if p := extractThread(doc, u, Options{Now: threadNow}); p != nil {
				t.Errorf("extractThread = %d posts (%s), want nil", len(p.Posts), p.Method)
			}
		})
	}
}

// TestExtractThreadViaExtract checks that Extract hands a thread page to
// the thread extractor and marks it as a thread.
func TestExtractThreadViaExtract(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "thread", "phpbb.html"))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://board.example.org/viewtopic.php?t=42")
	p, err := Extract(u, raw, "text/html; charset=utf-8", Options{Now: threadNow})
	if err != nil {
		t.Fatal(err)
	}
	if p.Kind != KindThread || len(p.Posts) != 3 {
		t.Errorf("Extract: Kind = %q with %d posts, want %q with 3", p.Kind, len(p.Posts), KindThread)
	}
}

func FuzzExtractThread(f *testing.F) {
	entries, err := os.ReadDir(filepath.Join("testdata", "thread"))
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join("testdata", "thread", e.Name()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(raw))
	}
	f.Add(`<div class="post"><a href="/u/1">x</a><time datetime="bad">x</time><blockquote>`)
	f.Add(`<noscript><div class=crawler-post>`)
	u, _ := url.Parse("https://example.com/t/1")
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		p := extractThread(doc, u, Options{Now: threadNow})
		if p == nil {
			return
		}
		for i, q := range p.Posts {
			if q.Parent >= i || q.Parent < -1 {
				t.Errorf("post %d: Parent = %d, want -1 or an earlier post", i, q.Parent)
			}
		}
	})
}

func BenchmarkExtractThread(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "thread", "phpbb.html"))
	if err != nil {
		b.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(string(raw)))
	if err != nil {
		b.Fatal(err)
	}
	u, _ := url.Parse("https://board.example.org/viewtopic.php?t=42")
	for b.Loop() {
		extractThread(doc, u, Options{Now: threadNow})
	}
}
