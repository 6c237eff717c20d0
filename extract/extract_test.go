package extract

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func extractFile(tb testing.TB, path, pageURL string) *Page {
	tb.Helper()
	body, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	u, _ := url.Parse(pageURL)
	p, err := Extract(u, body, "text/html; charset=utf-8", Options{Now: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		tb.Fatalf("Extract(%s): %v", path, err)
	}
	return p
}

// TestExtractCommentSection: a blog post with comments is a thread whose
// first post is the article itself, with the top-level comments answering
// it and the nested one answering its parent comment.
func TestExtractCommentSection(t *testing.T) {
	p := extractFile(t, filepath.Join("testdata", "page", "blog-with-comments.html"), "https://blog.example/hearth-review/")
	if p.Kind != KindThread {
		t.Fatalf("kind: got %q, want %q", p.Kind, KindThread)
	}
	if !strings.Contains(p.Text, "schedule learning is the headline feature") {
		t.Errorf("page text: got %q, want the article", p.Text)
	}
	if len(p.Posts) != 4 {
		t.Fatalf("posts: got %d, want the article and 3 comments", len(p.Posts))
	}
	if got := p.Posts[0]; got.Parent != -1 || !strings.Contains(got.Text, "draughty Victorian terrace") || got.Permalink != p.URL {
		t.Errorf("posts[0]: got %+v, want the article, answering nothing, at the page URL", got)
	}
	wantParent := map[string]int{"Priya Nair": 0, "Maya Okafor": 1, "Gareth Lloyd": 0}
	for _, ps := range p.Posts[1:] {
		if want, ok := wantParent[ps.Author]; !ok || ps.Parent != want {
			t.Errorf("comment by %q: parent %d, want %d", ps.Author, ps.Parent, wantParent[ps.Author])
		}
	}
}

// TestExtractForumHasNoExtraStarter: on a forum thread the article layer's
// text is the posts themselves, so no starter is invented.
func TestExtractForumHasNoExtraStarter(t *testing.T) {
	for _, name := range []string{"phpbb.html", "xenforo.html", "vbulletin4.html", "discourse.html"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "thread", name)
			body, _ := os.ReadFile(path)
			u, _ := url.Parse("https://forum.example/t/1")
			doc, err := decode(body, "text/html")
			if err != nil {
				t.Fatal(err)
			}
			want := extractThread(doc, u, Options{Now: time.Now()})
			got := extractFile(t, path, "https://forum.example/t/1")
			if want == nil || len(got.Posts) != len(want.Posts) {
				t.Errorf("posts: got %d, want the thread layer's %d", len(got.Posts), len(want.Posts))
			}
		})
	}
}
