package extract

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// genericOnly runs the generic layer alone on a page.
func genericOnly(tb testing.TB, page, pageURL string) *Page {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		tb.Fatal(err)
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		tb.Fatal(err)
	}
	return extractThread(doc, u, Options{Now: threadNow, Layers: LayerGeneric})
}

// TestGenericRecall covers markup the generic detector used to miss on
// boards without an adapter: each case is a shape seen on real boards,
// written from scratch.
// genericWant is one expected post; authorURL and notText are checked
// when set.
type genericWant struct {
	author, authorURL, date, text, notText string
}

func TestGenericRecall(t *testing.T) {
	type want = genericWant
	phpbbPost := func(id, user, date, text string) string {
		return `<div id="p` + id + `" class="post bg2"><div class="inner">
<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=` + id + `" class="username">` + user + `</a></dt>
<dd class="profile-joined"><strong>Joined:</strong> 07 Mar 2006, 09:28</dd></dl>
<div class="postbody"><div id="post_content` + id + `"><h3><a href="#p` + id + `">Re: Kettle</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=` + id + `" class="button"><i class="icon fa-quote-left fa-fw" aria-hidden="true"/><span>Quote</span></a></li></ul>
<p class="author"><a href="./viewtopic.php?p=` + id + `#p` + id + `"><i class="icon fa-file fa-fw" aria-hidden="true"/></a>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=` + id + `" class="username">` + user + `</a></strong> » ` + date + `</p>
<div class="content">` + text + `</div></div></div></div></div><hr class="divider"/>`
	}
	xfPost := func(id, user, date, text string) string {
		return `<li id="post-` + id + `" class="message"><a name="post` + id + `"/>
<div class="messageUserInfo"><div class="messageUserBlock"><h3 class="userText">` + user + ` <em class="userTitle">Member</em>
<small><span>` + date + `</span></small></h3>
<div class="extraUserInfo"><dl><dt>Posts:</dt><dd>1.214</dd></dl></div></div></div>
<div class="messageInfo"><div class="messageContent"><div><b>AW: Kettle lid</b></div>
<blockquote class="messageText">` + text + `</blockquote></div></div></li>`
	}
	tests := []struct {
		name, url, page string
		posts           []want
	}{
		{
			// "<i class=icon/>" opens an <i> that the parser keeps open
			// around the rest of the page: the quote icon must not hide
			// the body, and the last post must not run into the footer.
			name: "icon elements wrap later posts",
			url:  "https://kettles.example.org/viewtopic.php?t=1",
			page: `<html><body><div id="page-body">` +
				phpbbPost("11", "ada", "12 Jan 2018, 12:15", "The lid of my kettle no longer closes after descaling it.") +
				phpbbPost("12", "ben", "12 Jan 2018, 12:27", "Check the hinge spring, it tends to slip out of place.") +
				phpbbPost("13", "cyd", "12 Jan 2018, 13:31", "Mine did the same and a new spring fixed it for good.") +
				`<div class="footer">All times are UTC. Delete cookies. Powered by a board engine with a long footer text.</div></div></body></html>`,
			posts: []want{
				{"ada", "https://kettles.example.org/memberlist.php?mode=viewprofile&u=11", "2018-01-12T12:15:00Z", "no longer closes", ""},
				{"ben", "", "2018-01-12T12:27:00Z", "hinge spring", ""},
				{"cyd", "", "2018-01-12T13:31:00Z", "new spring fixed it", "Powered by"},
			},
		},
		{
			// The opening post sits in a block of its own above the list
			// of replies.
			name: "opening post above the replies",
			url:  "https://help.example.com/discussion/7/lid",
			page: `<html><body><div class="discussion"><div class="item-header"><a class="username" href="/profile/ann">ann</a>
<time datetime="2019-03-27T20:00:00Z">March 27</time></div><div class="message">My kettle lid broke off on the second day, what can I do?</div></div>
<ul class="comments">
<li class="comment"><a class="username" href="/profile/bo">bo</a> <time datetime="2019-03-27T21:00:00Z">March 27</time><div class="message">Ask the shop for a replacement lid, they usually send one.</div></li>
<li class="comment"><a class="username" href="/profile/cy">cy</a> <time datetime="2019-03-28T08:00:00Z">March 28</time><div class="message">The maker sends spare lids for free within the warranty.</div></li>
</ul></body></html>`,
			posts: []want{
				{"ann", "https://help.example.com/profile/ann", "2019-03-27T20:00:00Z", "lid broke off", ""},
				{"bo", "", "2019-03-27T21:00:00Z", "replacement lid", ""},
				{"cy", "", "2019-03-28T08:00:00Z", "spare lids", ""},
			},
		},
		{
			// A user pane whose first line is the name, in plain text,
			// with the date in the pane; "<a name=...>" left open wraps
			// the post, and a reply subject line heads the message.
			name: "plain-text name in a user pane",
			url:  "https://recht.example.de/forum/t/kessel.5/",
			page: `<html lang="de"><body><ol class="messageList">` +
				xfPost("1", "GuntherHH", "12.03.2020, 19:29", "Mein Wasserkocher schaltet nicht mehr ab, was kann ich tun?") +
				xfPost("2", "mayerei", "12.03.2020, 19:56", "Den Händler anschreiben und eine Frist setzen, dann Rücktritt.") +
				`</ol></body></html>`,
			posts: []want{
				{"GuntherHH", "", "2020-03-12T19:29:00Z", "schaltet nicht mehr ab", "AW:"},
				{"mayerei", "", "2020-03-12T19:56:00Z", "Frist setzen", "AW:"},
			},
		},
		{
			// A subject line with a version number, a profile box with a
			// date under a label nobody lists, and an "edited" line: the
			// post's date is the one with a clock outside the box.
			name: "dates that are not the post's",
			url:  "https://media.example.org/viewtopic.php?t=9",
			page: `<html><body><div class="posts">` +
				`<div class="post"><dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=1">keo</a></dt><dd>Founded: Nov 03, 2008</dd></dl>
<div class="postbody"><h3><a href="#p1">Re: Player 1.1.10 subtitles</a></h3><p class="author">by <a href="./memberlist.php?mode=viewprofile&amp;u=1">keo</a> » Fri May 08, 2009 2:03 am</p>
<div class="content">Subtitles show boxes instead of letters since the update.</div><div class="notice">Last edited by keo on 10 May 2009, 10:00</div></div></div>
<div class="post"><dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=2">nai</a></dt><dd>Founded: Aug 02, 2006</dd></dl>
<div class="postbody"><h3><a href="#p2">Re: Player 1.1.10 subtitles</a></h3><p class="author">by <a href="./memberlist.php?mode=viewprofile&amp;u=2">nai</a> » Fri May 08, 2009 11:56 pm</p>
<div class="content">Pick a font with the script you need in the preferences.</div></div></div>
</div></body></html>`,
			posts: []want{
				{"keo", "", "2009-05-08T02:03:00Z", "boxes instead of letters", "Last edited"},
				{"nai", "", "2009-05-08T23:56:00Z", "Pick a font", ""},
			},
		},
		{
			// Relative profile links ("members/x.1/") and a post count
			// linked to the user's posts, which is no name.
			name: "relative profile links and counts",
			url:  "https://fight.example.com/threads/goat.3/",
			page: `<html><head><base href="https://fight.example.com/"></head><body><ol class="messageList">
<li class="message"><div class="messageUserInfo"><h3 class="userText"><a href="members/tachy.26/" class="username">Tachy</a></h3>
<div class="extraUserInfo"><dl><dt>Messages:</dt><dd><a href="search/member?user_id=26">73,597</a></dd></dl></div></div>
<div class="messageInfo"><div class="messageContent"><blockquote class="messageText">Who is the greatest of all time, in your view?</blockquote></div>
<div class="messageMeta"><span class="DateTime" title="Feb 23, 2019 at 11:21 AM">Feb 23, 2019</span></div></div></li>
<li class="message"><div class="messageUserInfo"><h3 class="userText"><a href="members/kowboy.39/" class="username">Kowboy</a></h3>
<div class="extraUserInfo"><dl><dt>Messages:</dt><dd><a href="search/member?user_id=39">45,310</a></dd></dl></div></div>
<div class="messageInfo"><div class="messageContent"><blockquote class="messageText">Aldo.</blockquote></div>
<div class="messageMeta"><span class="DateTime" title="Feb 23, 2019 at 11:24 AM">Feb 23, 2019</span></div></div></li>
</ol></body></html>`,
			posts: []want{
				{"Tachy", "https://fight.example.com/members/tachy.26/", "2019-02-23T11:21:00Z", "greatest of all time", ""},
				{"Kowboy", "https://fight.example.com/members/kowboy.39/", "2019-02-23T11:24:00Z", "Aldo.", "45,310"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := genericOnly(t, tt.page, tt.url)
			if p == nil {
				t.Fatalf("generic layer: got no page, want %d posts", len(tt.posts))
			}
			checkGenericPosts(t, p, tt.posts)
		})
	}
}

func checkGenericPosts(t *testing.T, p *Page, posts []genericWant) {
	t.Helper()
	if p.Method != "generic" {
		t.Errorf("Method = %q, want generic", p.Method)
	}
	if len(p.Posts) != len(posts) {
		for i, q := range p.Posts {
			t.Logf("post %d: %q %v %q", i, q.Author, q.Date, q.Text)
		}
		t.Fatalf("got %d posts, want %d", len(p.Posts), len(posts))
	}
	for i, w := range posts {
		g := p.Posts[i]
		if g.Author != w.author {
			t.Errorf("post %d: Author = %q, want %q", i, g.Author, w.author)
		}
		if w.authorURL != "" && g.AuthorURL != w.authorURL {
			t.Errorf("post %d: AuthorURL = %q, want %q", i, g.AuthorURL, w.authorURL)
		}
		wd, err := time.Parse(time.RFC3339, w.date)
		if err != nil {
			t.Fatal(err)
		}
		if !g.Date.Equal(wd) {
			t.Errorf("post %d: Date = %v (from %q), want %v", i, g.Date, g.DateText, wd)
		}
		if !strings.Contains(g.Text, w.text) {
			t.Errorf("post %d: Text = %q, want it to contain %q", i, g.Text, w.text)
		}
		if w.notText != "" && strings.Contains(g.Text, w.notText) {
			t.Errorf("post %d: Text = %q, want it without %q", i, g.Text, w.notText)
		}
	}
}

// TestThreadLayerSelection: each layer can run alone, and none gives no
// page.
func TestThreadLayerSelection(t *testing.T) {
	tests := []struct {
		file   string
		use    Layers
		method string // "" means no page
		posts  int
	}{
		{"phpbb.html", AllLayers, "phpbb", 3},
		{"phpbb.html", LayerAdapters, "phpbb", 3},
		{"phpbb.html", LayerStructured, "", 0},
		{"phpbb.html", 0, "phpbb", 3}, // the zero Options.Layers runs every layer
		{"jsonld.html", LayerStructured, "jsonld", 4},
		{"jsonld.html", LayerGeneric, "", 0},
		// WordPress themes put a comment's author in its own <footer>.
		{"wordpress.html", LayerGeneric, "generic", 3},
		{"vanilla.html", LayerGeneric, "generic", 3},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "thread", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			p := genericOnlyLayers(t, string(raw), tt.use)
			switch {
			case tt.method == "" && p != nil:
				t.Errorf("layers %b: got %d posts by %q, want none", tt.use, len(p.Posts), p.Method)
			case tt.method != "" && p == nil:
				t.Errorf("layers %b: got no page, want %d posts by %q", tt.use, tt.posts, tt.method)
			case p != nil && (p.Method != tt.method || len(p.Posts) != tt.posts):
				t.Errorf("layers %b: got %d posts by %q, want %d by %q", tt.use, len(p.Posts), p.Method, tt.posts, tt.method)
			}
		})
	}
}

func genericOnlyLayers(tb testing.TB, page string, use Layers) *Page {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		tb.Fatal(err)
	}
	u, _ := url.Parse("https://board.example.org/t/1")
	return extractThread(doc, u, Options{Now: threadNow, Layers: use})
}

// FuzzGenericLayer runs the generic layer alone, where the starter block,
// pane names and narrowed bodies are found, on mis-nested markup.
func FuzzGenericLayer(f *testing.F) {
	for _, name := range []string{"generic.html", "vanilla.html", "wordpress.html", "xenforo1.html", "generic-nested.html"} {
		raw, err := os.ReadFile(filepath.Join("testdata", "thread", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(raw))
	}
	f.Add(`<div class="post"><i class="icon fa-quote-left"/><a href="/u/1">x</a> 12 Jan 2018, 12:15<div class="content">a b c</div></div><div class="post"><a href="/u/2">y</a> 12 Jan 2018, 12:16<div class="content">d e f</div></div>`)
	f.Add(`<li class="message"><a name="p1"/><div class="messageUserInfo"><h3>name <small>12.03.2020, 19:56</small></h3></div><div class="messageContent"><div><b>Re: t</b></div>text</div></li>`)
	f.Add(`<div class="discussion"><a href="members/a.1/">a</a><time datetime="2019-03-27T20:00:00Z">x</time><div class="message">m</div></div><ul><li class="comment"><a href="/profile/b">b</a><footer><time datetime="2019-03-28T20:00:00Z">y</time></footer><div class="message">n</div></li></ul>`)
	u, _ := url.Parse("https://board.example.org/t/1")
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		p := extractThread(doc, u, Options{Now: threadNow, Layers: LayerGeneric})
		if p == nil {
			return
		}
		for i, q := range p.Posts {
			if q.Parent >= i || q.Parent < -1 {
				t.Errorf("post %d: Parent = %d, want -1 or an earlier post", i, q.Parent)
			}
			if q.Text == "" {
				t.Errorf("post %d: empty Text", i)
			}
		}
	})
}
