package crawler

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/extract"
)

// TestSiteEngineFixtures serves the thread fixture of every engine adapter
// (extract/testdata/thread) from an httptest server and crawls it as a site
// source: each must come back as posts with authors, in one thread, exactly
// as extraction finds them in the bytes.
func TestSiteEngineFixtures(t *testing.T) {
	dir := filepath.Join("..", "extract", "testdata", "thread")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".html") {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			ts := newTestSite(t, routes{"/thread": string(body)})
			u, _ := url.Parse(ts.srv.URL + "/thread")
			want, err := extract.Extract(u, body, "text/html; charset=utf-8", extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			src := siteSource(ts, func(s *config.Source) { s.Seeds = []string{ts.srv.URL + "/thread"}; s.MaxDepth = 1; s.MaxPages = 1 })
			res := crawl(t, testOptions(), src, SiteOptions{})
			if len(want.Posts) < 2 {
				t.Fatalf("extract finds %d posts in the fixture, want a thread", len(want.Posts))
			}
			if len(res.Posts) != len(want.Posts) {
				t.Fatalf("crawl: got %d posts, want %d (method %s)", len(res.Posts), len(want.Posts), want.Method)
			}
			// Badges (bypostauthor, staff...) reach the posts: they can identify
			// the brand's own accounts.
			var wantBadges, gotBadges []string
			for _, p := range want.Posts {
				if strings.TrimSpace(p.Text) != "" {
					wantBadges = append(wantBadges, strings.Join(p.Badges, "+"))
				}
			}
			for _, p := range res.Posts {
				gotBadges = append(gotBadges, strings.Join(p.Badges, "+"))
			}
			if !slices.Equal(gotBadges, wantBadges) {
				t.Errorf("badges per post: got %q, want %q", gotBadges, wantBadges)
			}
			authors := 0
			for _, p := range res.Posts {
				if p.ThreadID != res.Posts[0].ThreadID {
					t.Errorf("post %s in thread %s, want %s", p.URL, p.ThreadID, res.Posts[0].ThreadID)
				}
				if p.Author != "" {
					authors++
				}
			}
			if authors < len(res.Posts)-1 {
				t.Errorf("got %d of %d posts with an author", authors, len(res.Posts))
			}
		})
	}
	if n < 15 {
		t.Errorf("found %d adapter fixtures, want one per engine", n)
	}
}
