package extract

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"
)

func TestExtractArticleFixtures(t *testing.T) {
	tests := []struct {
		file        string
		url         string
		contentType string
		wantTitle   string
		wantAuthor  string
		wantDate    string
		wantLang    string
		wantText    []string
		notText     []string
		wantFeeds   []string
	}{
		{
			file:       "blog-post.html",
			url:        "https://brewlog.example/2023/03/grinder/",
			wantTitle:  "Why our coffee grinder broke after a month",
			wantAuthor: "Jane Doe",
			wantDate:   "2023-03-14",
			wantLang:   "en",
			wantText: []string{
				"Four weeks later the motor started to stall",
				"check the gear first before you pay for shipping",
			},
			notText: []string{"Gear reviews", "About the editors", "Descaling without vinegar", "weekly newsletter", "All rights reserved"},
			wantFeeds: []string{
				"https://brewlog.example/feed/",
				"https://brewlog.example/comments/feed/",
			},
		},
		{
			file:       "news-latin1.html",
			url:        "https://lokal.example/lokales/gaspreise.html",
			wantTitle:  "Stadtwerke erhöhen die Gaspreise zum 1. Juli",
			wantAuthor: "Klaus Müller",
			wantDate:   "2022-05-30",
			wantLang:   "de",
			wantText: []string{
				"zahlt damit rund 480 Euro mehr im Jahr",
				"Nachzahlungen sonst größer ausfallen",
			},
			notText:   []string{"Anzeigen aufgeben", "Wir verwenden Cookies", "Freibad öffnet später", "Impressum"},
			wantFeeds: []string{"https://lokal.example/lokales/feeds/lokales.atom"},
		},
		{
			// The header charset agrees with the meta; the page is the same.
			file:        "news-latin1.html",
			url:         "https://lokal.example/lokales/gaspreise.html",
			contentType: "text/html; charset=ISO-8859-1",
			wantTitle:   "Stadtwerke erhöhen die Gaspreise zum 1. Juli",
			wantAuthor:  "Klaus Müller",
			wantDate:    "2022-05-30",
			wantLang:    "de",
			wantText:    []string{"Für sie gelten die vereinbarten Preise"},
			wantFeeds:   []string{"https://lokal.example/lokales/feeds/lokales.atom"},
		},
		{
			file:       "byline-only.html",
			url:        "https://notes.example/blog/dishwasher",
			wantTitle:  "Repairing a leaking dishwasher door seal", // the h1, not the <title> with its site prefix
			wantAuthor: "Sam Okafor",
			wantDate:   "2021-11-02",
			wantLang:   "en",
			wantText: []string{
				"The rubber gasket had shrunk at the lower corners",
				"it can be replaced without tools",
			},
			notText:   []string{"Archive", "Categories", "Nothing here is sponsored"},
			wantFeeds: []string{"https://notes.example/blog/rss.xml"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.contentType, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "article", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			u, err := url.Parse(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			p, err := ExtractArticle(u, body, tt.contentType, Options{})
			if err != nil {
				t.Fatalf("ExtractArticle: %v", err)
			}
			if p.Kind != KindArticle || p.URL != tt.url {
				t.Errorf("kind, url: got %q %q, want %q %q", p.Kind, p.URL, KindArticle, tt.url)
			}
			if p.Title != tt.wantTitle {
				t.Errorf("title: got %q, want %q", p.Title, tt.wantTitle)
			}
			if p.Author != tt.wantAuthor {
				t.Errorf("author: got %q, want %q", p.Author, tt.wantAuthor)
			}
			if got := p.Date.Format(time.DateOnly); p.Date.IsZero() || got != tt.wantDate {
				t.Errorf("date: got %q (zero %v), want %q", got, p.Date.IsZero(), tt.wantDate)
			}
			if p.Language != tt.wantLang {
				t.Errorf("language: got %q, want %q", p.Language, tt.wantLang)
			}
			for _, s := range tt.wantText {
				if !strings.Contains(p.Text, s) {
					t.Errorf("text: got %q, want it to contain %q", p.Text, s)
				}
			}
			for _, s := range tt.notText {
				if strings.Contains(p.Text, s) {
					t.Errorf("text: got %q, want no boilerplate %q", p.Text, s)
				}
			}
			if p.Text != strings.Join(strings.Fields(p.Text), " ") {
				t.Errorf("text: got %q, want white space collapsed", p.Text)
			}
			if !slices.Equal(p.Feeds, tt.wantFeeds) {
				t.Errorf("feeds: got %q, want %q", p.Feeds, tt.wantFeeds)
			}
		})
	}
}

func TestExtractArticleEmptyPages(t *testing.T) {
	u, _ := url.Parse("https://example.com/")
	for _, body := range []string{"", "<html></html>", "<p>", "\xff\xfe", `<link rel="alternate" type="application/rss+xml" href="/f">`} {
		t.Run(body, func(t *testing.T) {
			p, err := ExtractArticle(u, []byte(body), "", Options{})
			if err != nil {
				t.Fatalf("ExtractArticle(%q): got error %v, want an empty article", body, err)
			}
			if p.Text != "" {
				t.Errorf("ExtractArticle(%q): got text %q, want none", body, p.Text)
			}
		})
	}
}

func TestArticleFeeds(t *testing.T) {
	tests := []struct {
		name, page, base string
		want             []string
	}{
		{"relative resolved", `<link rel="alternate" type="application/rss+xml" href="feed.xml">`, "https://a.example/x/y", []string{"https://a.example/x/feed.xml"}},
		{"rel list and case", `<link rel="Alternate home" type="Application/Atom+XML; charset=utf-8" href="/atom">`, "https://a.example/", []string{"https://a.example/atom"}},
		{"duplicates dropped", `<link rel=alternate type=application/rss+xml href=/f><link rel=alternate type=application/rss+xml href="https://a.example/f#top">`, "https://a.example/", []string{"https://a.example/f"}},
		{"translations and oembed skipped", `<link rel=alternate hreflang=fr href=/fr><link rel=alternate type=application/json+oembed href=/o><link rel=alternate type=application/json href=/wp-json/wp/v2/posts/1>`, "https://a.example/", nil},
		{"non-http skipped", `<link rel=alternate type=application/rss+xml href="javascript:alert(1)">`, "https://a.example/", nil},
		{"json feed", `<link rel=alternate type=application/feed+json href=/feed.json>`, "https://a.example/", []string{"https://a.example/feed.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := decode([]byte(tt.page), "")
			if err != nil {
				t.Fatal(err)
			}
			base, _ := url.Parse(tt.base)
			if got := articleFeeds(doc, base); !slices.Equal(got, tt.want) {
				t.Errorf("articleFeeds(%q): got %q, want %q", tt.page, got, tt.want)
			}
		})
	}
}

func FuzzExtractArticle(f *testing.F) {
	for _, name := range []string{"blog-post.html", "news-latin1.html", "byline-only.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", "article", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@type":"Article","author":[{"name":1}],"datePublished":"x"}</script></head><body><article><p>`))
	u, _ := url.Parse("https://example.com/a")
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := ExtractArticle(u, body, "", Options{})
		if err != nil {
			return
		}
		if p.Kind != KindArticle {
			t.Errorf("kind: got %q, want %q", p.Kind, KindArticle)
		}
	})
}

func TestArticleTitle(t *testing.T) {
	tests := []struct {
		title, site, url, want string
	}{
		{"Warum Wien zu blöd ist - Helge.at", "", "https://www.helge.at/2014/03/x", "Warum Wien zu blöd ist"},
		{"Ultium Cells erhöht Kapazität - Battery-News.de", "", "https://battery-news.de/x", "Ultium Cells erhöht Kapazität"},
		{"A Letter on Justice and Open Debate | Harper's Magazine", "Harper's Magazine", "https://harpers.org/a", "A Letter on Justice and Open Debate"},
		{"The Brew Log » Why our grinder broke", "The Brew Log", "https://brewlog.example/", "Why our grinder broke"},
		// The part after the separator is not the site: kept.
		{"Rene Benko-Firma Signa in Sorge - Finanzdaten und Berater-Auftrag", "Der Standard", "https://derstandard.at/x", "Rene Benko-Firma Signa in Sorge - Finanzdaten und Berater-Auftrag"},
		{"Review - Apple iPhone", "", "https://apple.com/x", "Review - Apple iPhone"},
		// French colon is part of the headline.
		{"Parité en Tunisie : Au-dessous de la moyenne", "La Presse", "https://lapresse.tn/x", "Parité en Tunisie : Au-dessous de la moyenne"},
		// Nothing but the site name: left alone rather than emptied.
		{"Helge.at", "", "https://helge.at/", "Helge.at"},
		{"", "Site", "https://site.example/", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			u, _ := url.Parse(tt.url)
			if got := articleTitle(tt.title, tt.site, u); got != tt.want {
				t.Errorf("articleTitle(%q, %q, %s): got %q, want %q", tt.title, tt.site, tt.url, got, tt.want)
			}
		})
	}
}

func TestArticleBylineAuthor(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"hcard in author span", `<div class="entry-meta">By <span class="author vcard"><a class="url fn n" href="/author/d">Daniel</a></span></div>`, "Daniel"},
		{"rel author with prefix", `<p>Posted <a rel="author" href="/u/1">by Logan C. Ritchie</a></p>`, "Logan C. Ritchie"},
		{"itemprop author name", `<div itemprop="author" itemscope><span itemprop="image">x</span><span itemprop="name">Ana Ruiz</span></div>`, "Ana Ruiz"},
		{"byline class", `<div class="byline"><span class="fn">von Klaus Müller</span></div>`, "Klaus Müller"},
		{"wordpress view all posts", `<a rel="author" href="/a">View all posts by Daniel Lemire</a>`, "Daniel Lemire"},
		{"commenter skipped", `<ol class="commentlist"><li><span class="author vcard"><span class="fn">Troll</span></span></li></ol>`, ""},
		{"caption rejected", `<span itemprop="author">(Image: Colin Keegan, Collins Dublin)</span>`, ""},
		{"date rejected", `<a rel="author">12.03.2021</a>`, ""},
		{"too long rejected", `<a rel="author">` + strings.Repeat("word ", 12) + `</a>`, ""},
		{"footer skipped", `<footer><a rel="author" href="/">Site Owner</a></footer>`, ""},
		{"none", `<p>Plain text</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := decode([]byte(tt.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := articleBylineAuthor(doc); got != tt.want {
				t.Errorf("articleBylineAuthor(%q): got %q, want %q", tt.page, got, tt.want)
			}
		})
	}
}

// BenchmarkExtractArticle compares earshot's article path (decode once,
// go-trafilatura with fallback extractors) with go-trafilatura's own
// Extract on the raw bytes with default options, on the fixture pages.
func BenchmarkExtractArticle(b *testing.B) {
	var pages [][]byte
	for _, name := range []string{"blog-post.html", "news-latin1.html", "byline-only.html"} {
		body, err := os.ReadFile(filepath.Join("testdata", "article", name))
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, body)
	}
	u, _ := url.Parse("https://example.com/a")
	b.Run("earshot", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				if _, err := ExtractArticle(u, p, "", Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("go-trafilatura", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pages {
				if _, err := trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{OriginalURL: u}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// TestArticleTimestamp: go-trafilatura keeps only the day; the markup's full
// timestamp is used when it agrees with that day.
func TestArticleTimestamp(t *testing.T) {
	body := `<article><h1>Title</h1><p>` + strings.Repeat("Some words of the article body here. ", 20) + `</p></article>`
	tests := []struct {
		name, head string
		want       string
	}{
		{"meta article:published_time", `<meta property="article:published_time" content="2025-03-07T18:05:00+01:00">`, "2025-03-07T18:05:00+01:00"},
		{"JSON-LD datePublished", `<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-03-07T18:05:00Z"}</script>`, "2025-03-07T18:05:00Z"},
		{"itemprop time", ``, "2025-03-07T09:30:00Z"},
		{"day only stays a day", `<meta property="article:published_time" content="2025-03-07">`, "2025-03-07T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := body
			if tt.head == "" {
				b = strings.Replace(body, "<h1>", `<time itemprop="datePublished" datetime="2025-03-07T09:30:00Z">7 March</time><h1>`, 1)
			}
			page := `<!doctype html><html><head><title>Title</title>` + tt.head + `</head><body>` + b + `</body></html>`
			p, err := ExtractArticle(&url.URL{Scheme: "https", Host: "example.com", Path: "/a"}, []byte(page), "text/html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := p.Date.Format(time.RFC3339); got != tt.want {
				t.Errorf("got date %s, want %s", got, tt.want)
			}
		})
	}
}
