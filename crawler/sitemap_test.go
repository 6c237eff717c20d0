package crawler

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseSitemap(t *testing.T) {
	tests := []struct {
		name     string
		body     []byte
		urls     []string
		children []string
		err      bool
	}{
		{"urlset", []byte(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://a.example/1 </loc><lastmod>2024-05-01</lastmod></url><url><loc>https://a.example/2</loc></url><url><loc></loc></url></urlset>`),
			[]string{"https://a.example/1", "https://a.example/2"}, nil, false},
		{"index", []byte(`<sitemapindex><sitemap><loc>https://a.example/s1.xml</loc></sitemap><sitemap><loc>https://a.example/s2.xml.gz</loc></sitemap></sitemapindex>`),
			nil, []string{"https://a.example/s1.xml", "https://a.example/s2.xml.gz"}, false},
		{"gzipped", gzipped(t, []byte(`<urlset><url><loc>https://a.example/z</loc></url></urlset>`)), []string{"https://a.example/z"}, nil, false},
		{"truncated keeps what came", []byte(`<urlset><url><loc>https://a.example/1</loc></url><url><loc>https://a.ex`), []string{"https://a.example/1"}, nil, false},
		{"latin1 label", []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>https://a.example/1</loc></url></urlset>`), []string{"https://a.example/1"}, nil, false},
		{"html", []byte(`<!doctype html><html><body>not found</body></html>`), nil, nil, true},
		{"empty", nil, nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			urls, children, err := parseSitemap(tt.body, 1<<20)
			if (err != nil) != tt.err {
				t.Fatalf("got error %v, want error %v", err, tt.err)
			}
			var locs []string
			for _, u := range urls {
				locs = append(locs, u.Loc)
			}
			if !slices.Equal(locs, tt.urls) || !slices.Equal(children, tt.children) {
				t.Errorf("got urls %q children %q, want %q %q", locs, children, tt.urls, tt.children)
			}
		})
	}
}

func TestParseSitemapGzipBomb(t *testing.T) {
	bomb := gzipped(t, []byte("<urlset>"+strings.Repeat("<url><loc>https://a.example/x</loc></url>", 100000)+"</urlset>"))
	if _, _, err := parseSitemap(bomb, 64<<10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("got %v, want ErrTooLarge", err)
	}
}

func TestNewestFirst(t *testing.T) {
	urls := []sitemapURL{
		{Loc: "none"},
		{Loc: "old", LastMod: parseLastMod("2019-01-01")},
		{Loc: "new", LastMod: parseLastMod("2026-02-03T04:05:06+01:00")},
		{Loc: "mid", LastMod: parseLastMod("2023-06-01T10:00Z")},
	}
	newestFirst(urls)
	var got []string
	for _, u := range urls {
		got = append(got, u.Loc)
	}
	if want := []string{"new", "mid", "old", "none"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if !parseLastMod("garbage").IsZero() || parseLastMod("2024-01-02").Equal(time.Time{}) {
		t.Errorf("parseLastMod: got wrong zero-ness")
	}
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://a.example/1</loc><lastmod>2024-01-01</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://a.example/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	f.Add([]byte(`<?xml version="1.0" encoding="x-unknown"?><urlset><url><loc>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		urls, children, err := parseSitemap(body, 1<<16)
		if err != nil && (len(urls) > 0 || len(children) > 0) {
			t.Fatalf("got %d urls and %d children with error %v, want nothing with an error", len(urls), len(children), err)
		}
		if len(urls) > maxSitemapURLs || len(children) > maxSitemapURLs {
			t.Fatalf("got %d urls, %d children, want at most %d", len(urls), len(children), maxSitemapURLs)
		}
	})
}
