package extract

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestGenericNesting runs the generic detector on home-grown boards that
// show the reply tree by nesting blocks or by indenting them.
func TestGenericNesting(t *testing.T) {
	type want struct {
		author, date, text string
		notText            string // another post's words, must not leak in
		parent             int
	}
	tests := []struct {
		file, url string
		posts     []want
	}{
		{"generic-nested.html", "https://brew.example.org/t/kettle-lid", []want{
			{"ada", "2023-03-04T09:15:00Z", "stopped closing after I descaled", "hinge spring", -1},
			{"ben", "2023-03-04T10:02:00Z", "Check the hinge spring", "Spring looks fine", 0},
			{"ada", "2023-03-04T11:40:00Z", "Spring looks fine", "QUOTEDTEXT", 1},
			{"carl", "2023-03-04T12:30:00Z", "swell the silicone seal", "", 0},
			{"dora", "2023-03-05T08:05:00Z", "replaced my lid for free", "contact them", -1},
			{"ada", "2023-03-05T09:00:00Z", "I will contact them", "", 4},
		}},
		{"generic-nested-div.html", "https://radler.example.de/thema/akku", []want{
			{"jonas", "2020-05-12T14:05:00Z", "nur noch zwei Stunden", "tiefentladenen", -1},
			{"VeloStrom-Team", "2020-05-12T15:30:00Z", "wir tauschen den Akku", "Nachricht geschrieben", 0},
			{"jonas", "2020-05-12T16:10:00Z", "Nachricht geschrieben", "", 1},
			{"mia", "2020-05-13T09:45:00Z", "kalten Keller", "", -1},
		}},
		{"generic-reply-chain.html", "https://crumb.example.com/blog/recipe-box", []want{
			{"Hannah", "2024-02-02T18:20:00Z", "flour bag split open", "replacement box", -1},
			{"Crumb & Co.", "2024-02-03T09:00:00Z", "replacement box is on its way", "", 0},
		}},
		{"generic-indent.html", "https://makers.example.com/t/printer-jams", []want{
			{"pat", "2022-01-09T20:10:00Z", "jams every time", "", -1},
			{"quinn", "2022-01-09T21:02:00Z", "paper type to heavy", "", 0},
			{"pat", "2022-01-10T07:30:00Z", "Heavy setting did it", "", 1},
			{"rosa", "2022-01-10T10:00:00Z", "220gsm is the maximum", "", 0},
			{"sol", "2022-01-11T13:15:00Z", "Same problem here", "", -1},
		}},
		{"generic-margin.html", "https://help.example.net/viewthread.php?id=77", []want{
			{"tess", "2021-03-02T22:14:00Z", "drops all Wi-Fi clients", "", -1},
			{"uli", "2021-03-02T23:01:00Z", "turn off auto channel", "", 0},
			{"tess", "2021-03-03T07:45:00Z", "Will report back", "", 1},
			{"vera", "2021-03-04T12:00:00Z", "firmware update", "", -1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := loadThread(t, tt.file, tt.url)
			if p == nil {
				t.Fatalf("extractThread(%s) = nil, want %d posts", tt.file, len(tt.posts))
			}
			common := make([]genericWant, len(tt.posts))
			for i, w := range tt.posts {
				common[i] = genericWant{author: w.author, date: w.date, text: w.text, notText: w.notText}
			}
			checkGenericPosts(t, p, common)
			for i, w := range tt.posts {
				g := p.Posts[i]
				if g.Parent != w.parent {
					t.Errorf("post %d: Parent = %d, want %d", i, g.Parent, w.parent)
				}
			}
		})
	}
}

// TestGenericNestingFlat: markup that only looks nested or indented keeps
// every Parent at -1.
func TestGenericNestingFlat(t *testing.T) {
	post := func(id, style, inner string) string {
		return `<div class="post" id="p` + id + `"` + style + `><div class="info"><a href="/members/u` + id + `">user` + id + `</a> 17.07.2011 1` + id + `:00</div><div class="content">Post number ` + id + ` has enough words to count as a body.` + inner + `</div></div>`
	}
	tests := []struct{ name, body string }{
		{"same margin", post("1", ` style="margin-left:10px"`, "") + post("2", ` style="margin-left:10px"`, "") + post("3", ` style="margin-left:10px"`, "")},
		{"no indent", post("1", "", "") + post("2", "", "") + post("3", "", "")},
		{"post-like block in a quote", post("1", "", "") + post("2", "", `<blockquote>`+post("4", "", "")+`</blockquote>`) + post("3", "", "")},
	}
	u, _ := url.Parse("https://board.example.org/t/1")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><h1>T</h1><div id="posts">` + tt.body + `</div></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			p := extractThread(doc, u, Options{Now: threadNow})
			if p == nil || len(p.Posts) != 3 {
				t.Fatalf("got %v, want 3 posts", p)
			}
			for i, q := range p.Posts {
				if q.Parent != -1 {
					t.Errorf("post %d (%s): Parent = %d, want -1", i, q.Author, q.Parent)
				}
			}
		})
	}
}

func TestDepthAndIndent(t *testing.T) {
	tests := []struct {
		html   string
		depth  float64
		ok     bool
		indent float64
	}{
		{`<div class="comment depth-3">`, 3, true, 0},
		{`<li class="c comment-level-2">`, 2, true, 0},
		{`<div class="indent_1">`, 1, true, 0},
		{`<div data-depth="4">`, 4, true, 0},
		{`<div role="treeitem" aria-level="2">`, 2, true, 0},
		{`<div class="heading level">`, 0, false, 0},
		{`<div class="post"><div class="inner depth-1">`, 1, true, 0},
		{`<div style="margin-left: 40px">`, 0, false, 40},
		{`<div style="padding-left:1.5em; color:red">`, 0, false, 24},
		{`<div style="margin-left:20px !important"><div style="padding-left:10px">`, 0, false, 30},
		{`<div style="margin-left: calc(1px)">`, 0, false, 0},
		{`<div style="margin-left: -40px">`, 0, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.html, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.html + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			n := mustSel("body").first(doc).FirstChild
			d, ok := depthOf(n)
			if d != tt.depth || ok != tt.ok {
				t.Errorf("depthOf = %v, %v; want %v, %v", d, ok, tt.depth, tt.ok)
			}
			if got := indentOf(n); got != tt.indent {
				t.Errorf("indentOf = %v, want %v", got, tt.indent)
			}
		})
	}
}
