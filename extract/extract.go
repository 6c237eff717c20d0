// Package extract finds what a fetched page holds: an article's main text,
// title, author and date, or a thread's individual posts, each with its
// author, date, permalink and place in the reply tree. It works on bytes
// already fetched; it does no I/O of its own.
package extract

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
	// Layers selects the thread layers to run; zero runs them all. Switching
	// some off measures one on its own (earshot eval extract --layers), or
	// steps around an adapter that misreads a board.
	Layers Layers
}

// Extract decodes body once from its real bytes (the Content-Type header's
// charset, a BOM, or a meta charset; never re-sniffing text that is already
// UTF-8) and returns what the page holds. The article layer always runs, so
// Title, Author, Date, Language, Text and Feeds describe the page's main
// content; when a thread layer finds posts the page is a thread and Posts
// holds them. On a comment section (a blog post with its comments) the
// article is not among the posts the thread layer found, so it is prepended
// as Posts[0] and the top-level comments become its replies. A Reddit
// thread in its ".json" form (an array of two Listings) is read from the
// JSON, with Method "reddit-json".
func Extract(pageURL *url.URL, body []byte, contentType string, opts Options) (*Page, error) {
	// Reddit's ".json" form of a thread is read as such; any other JSON
	// goes down the HTML path as before.
	if p, ok := extractRedditJSON(pageURL, body, contentType); ok {
		return p, nil
	}
	text, _, err := Decode(body, contentType)
	if err != nil {
		return nil, err
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	// Each layer gets its own tree: both prune what they do not want
	// (quotes, boilerplate), and neither may see the other's cuts.
	threadDoc, err := parseUTF8(text, true)
	if err != nil {
		return nil, err
	}
	thread := extractThread(threadDoc, pageURL, opts)
	articleDoc, err := parseUTF8(text, articleScripting)
	if err != nil {
		return nil, err
	}
	p, err := extractArticle(articleDoc, pageURL, opts)
	if err != nil {
		if thread == nil || len(thread.Posts) == 0 {
			return nil, err
		}
		p = &Page{}
	}
	p.URL = pageURL.String()
	p.Kind = KindArticle
	if thread == nil || len(thread.Posts) == 0 {
		return p, nil
	}
	p.Kind = KindThread
	p.Method = thread.Method
	p.Next = thread.Next
	if p.Title == "" {
		p.Title = thread.Title
	}
	p.Posts = thread.Posts
	// A reply answers an earlier post; whatever a layer got wrong, a
	// post never answers itself or a later one.
	for i := range p.Posts {
		if p.Posts[i].Parent >= i || p.Posts[i].Parent < -1 {
			p.Posts[i].Parent = -1
		}
	}
	if isCommentSection(p.Text, p.Posts) {
		p.Posts = withStarter(Post{Author: p.Author, Date: p.Date, Permalink: p.URL, Text: p.Text, Parent: -1}, p.Posts)
	}
	return p, nil
}

// articleScripting is how the article layer's tree is parsed: the
// boilerplate remover was measured both ways on the trafilatura dev set.
const articleScripting = false

// isCommentSection reports whether the article text is content of its own
// rather than the thread's posts run together. A forum page's "article" is
// its posts (what a boilerplate remover keeps of a thread), so nearly all its
// words are in the posts; a blog post's article is not among its comments.
func isCommentSection(article string, posts []Post) bool {
	words := wordSet(article)
	if len(words) < 30 {
		return false
	}
	inPosts := map[string]bool{}
	for _, ps := range posts {
		for w := range wordSet(ps.Text) {
			inPosts[w] = true
		}
	}
	shared := 0
	for w := range words {
		if inPosts[w] {
			shared++
		}
	}
	return float64(shared)/float64(len(words)) < 0.5
}

// wordSet is the set of lower-case words of s longer than three letters:
// short words are shared by any two English texts.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(f) > 3 {
			set[f] = true
		}
	}
	return set
}

// withStarter puts starter first and shifts the posts' parent indexes; a
// post that answered nothing now answers the starter.
func withStarter(starter Post, posts []Post) []Post {
	out := make([]Post, 0, len(posts)+1)
	out = append(out, starter)
	for _, ps := range posts {
		if ps.Parent >= 0 {
			ps.Parent++
		} else {
			ps.Parent = 0
		}
		out = append(out, ps)
	}
	return out
}
