package extract

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestSelectors(t *testing.T) {
	const page = `<div id="a" class="post bg1"><p class="author"><a href="/u/1" class="username">x</a></p><span data-x="foo bar">y</span></div>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sel  string
		want int
	}{
		{"div.post", 1},
		{"div.post.bg1", 1},
		{"div.post.bg2", 0},
		{"#a", 1},
		{"div[id^=a] .author a.username", 1},
		{".author a[href*=u/]", 1},
		{"a[href$=/1]", 1},
		{"span[data-x~=bar]", 1},
		{"span[data-x=foo]", 0},
		{"p.author span", 0},
		{"table, a", 1},
		{"div a", 1},
	}
	for _, tt := range tests {
		t.Run(tt.sel, func(t *testing.T) {
			if got := len(mustSel(tt.sel).all(doc)); got != tt.want {
				t.Errorf("mustSel(%q) matched %d elements, want %d", tt.sel, got, tt.want)
			}
		})
	}
}

// TestAdapterTable checks that every adapter has the selectors it needs,
// so that a typo cannot silently disable an engine.
func TestAdapterTable(t *testing.T) {
	for _, a := range adapters {
		t.Run(a.name, func(t *testing.T) {
			if len(a.detect) == 0 && a.generator == "" {
				t.Errorf("adapter %s has no signature", a.name)
			}
			if len(a.post) == 0 && a.postFn == nil {
				t.Errorf("adapter %s has no post selector", a.name)
			}
			if len(a.author) == 0 || len(a.body) == 0 || len(a.date) == 0 {
				t.Errorf("adapter %s lacks an author, body or date selector", a.name)
			}
		})
	}
}

// TestDiscourseAdapter runs the adapter layer alone on the Discourse
// fixture, whose microdata otherwise wins, and on its <noscript> view.
func TestDiscourseAdapter(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "thread", "discourse.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	docs := noscriptDocs(doc)
	if len(docs) != 1 {
		t.Fatalf("noscriptDocs found %d documents, want 1", len(docs))
	}
	u, _ := url.Parse("https://community.example.net/t/server-transfer-question/505")
	c := &tctx{base: u, lang: "en", now: threadNow}
	posts, name := c.adapters(docs[0])
	if name != "discourse" || len(posts) != 3 {
		t.Fatalf("adapters = %q with %d posts, want discourse with 3", name, len(posts))
	}
	want := []string{"gina", "Kai", "gina"}
	for i, p := range posts {
		if p.Author != want[i] {
			t.Errorf("post %d: Author = %q, want %q", i, p.Author, want[i])
		}
		if strings.Contains(p.Text, "QUOTEDTEXT") {
			t.Errorf("post %d: Text = %q holds the quote", i, p.Text)
		}
	}
}
