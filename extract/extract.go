// Package extract finds what a fetched page holds: an article's main text,
// title, author and date, or a thread's individual posts, each with its
// author, date, permalink and place in the reply tree. It works on bytes
// already fetched; it does no I/O of its own.
package extract

import (
	"net/url"
	"time"
)

// Kinds of page.
const (
	KindArticle = "article"
	KindThread  = "thread"
	KindFeed    = "feed"
)

// Page is what one page holds.
type Page struct {
	URL      string    `json:"url"`
	Kind     string    `json:"kind"`
	Title    string    `json:"title,omitempty"`
	Author   string    `json:"author,omitempty"`
	Date     time.Time `json:"date,omitzero"`
	Language string    `json:"language,omitempty"`
	// Text is the main text of an article (whitespace-normalised), or of
	// the thread's first post.
	Text string `json:"text,omitempty"`
	// Posts are the thread's posts in page order; empty for an article.
	Posts []Post `json:"posts,omitempty"`
	// Next are pagination links (rel=next, page links) found on the page,
	// absolute, for the crawler to follow.
	Next []string `json:"next,omitempty"`
	// Feeds are feed links (<link rel="alternate">) found on the page.
	Feeds []string `json:"feeds,omitempty"`
	// Method names the layer that found the posts: "jsonld", "microdata",
	// an adapter name ("phpbb", "wordpress"...), or "generic".
	Method string `json:"method,omitempty"`
}

// Post is one post of a thread.
type Post struct {
	Author    string    `json:"author,omitempty"`
	AuthorURL string    `json:"author_url,omitempty"`
	Date      time.Time `json:"date,omitzero"`
	// DateText is the date as the page wrote it, for checking the parse.
	DateText  string `json:"date_text,omitempty"`
	Permalink string `json:"permalink,omitempty"`
	// Text is the post's own words: quotes of earlier posts and signatures
	// removed, whitespace normalised.
	Text string `json:"text"`
	// Parent is the index in Page.Posts of the post this one answers, or -1
	// when the markup shows no nesting.
	Parent int `json:"parent"`
	// Badges are markup signals about the author: "post_author" (WordPress
	// bypostauthor), "staff", "moderator", "admin", "official",
	// "submitter", "distinguished".
	Badges []string `json:"badges,omitempty"`
}

// Options tunes Extract. The zero value is ready to use.
type Options struct {
	// Now anchors relative dates ("yesterday", "3 hours ago"); time.Now when
	// zero.
	Now time.Time
}

// Extract decodes body once from its real bytes (the Content-Type header's
// charset, a BOM, or a meta charset; never re-sniffing text that is already
// UTF-8) and returns what the page holds: a thread when some layer finds its
// posts, else an article.
func Extract(pageURL *url.URL, body []byte, contentType string, opts Options) (*Page, error) {
	doc, err := decode(body, contentType)
	if err != nil {
		return nil, err
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if p := extractThread(doc, pageURL, opts); p != nil && len(p.Posts) > 0 {
		p.URL = pageURL.String()
		p.Kind = KindThread
		return p, nil
	}
	p, err := extractArticle(doc, pageURL, opts)
	if err != nil {
		return nil, err
	}
	p.URL = pageURL.String()
	p.Kind = KindArticle
	return p, nil
}
