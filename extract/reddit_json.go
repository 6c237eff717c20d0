package extract

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Reddit serves every thread as JSON too (the page URL with ".json"
// appended): an array of two Listings, the first holding the submission
// ("t3"), the second its comment tree ("t1", each with its replies as a
// nested Listing). That form is stable, unpaginated up to Reddit's own
// limits and carries the author flags HTML hides in classes.
const (
	// redditMaxComments bounds the posts taken from one page; Reddit itself
	// sends at most a few hundred, so more is a hostile or broken body.
	redditMaxComments = 10000
	// redditMaxDepth bounds the reply nesting followed; Reddit stops at
	// about ten levels and links "continue this thread" beyond.
	redditMaxDepth = 100
	// redditHost is where permalinks and profiles live when the page URL
	// gives no host.
	redditHost = "www.reddit.com"
)

// looksJSON reports whether a body may be JSON: the Content-Type says so,
// or the first byte after a BOM and white space opens an array or object
// (no HTML page starts that way).
func looksJSON(body []byte, contentType string) bool {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json")) {
		return true
	}
	b := bytes.TrimLeft(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(b) > 0 && (b[0] == '[' || b[0] == '{')
}

// extractRedditJSON returns the thread a Reddit ".json" body holds, or
// false when the body is not JSON or not a Reddit thread listing, so that
// the caller goes on with the HTML path.
func extractRedditJSON(pageURL *url.URL, body []byte, contentType string) (*Page, bool) {
	if !looksJSON(body, contentType) {
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))))
	// Numbers as written: created_utc is kept as the page wrote it in
	// DateText, and no float rounding touches the seconds.
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	arr, ok := v.([]any)
	if !ok || len(arr) == 0 {
		return nil, false
	}
	var link map[string]any
	for _, th := range listingChildren(arr[0]) {
		if jsonStr(th, "kind") == "t3" {
			link = jsonObj(th, "data")
			break
		}
	}
	if link == nil {
		return nil, false
	}
	r := &redditReader{base: redditBase(pageURL)}
	title := normSpace(decodeText(html.UnescapeString(jsonStr(link, "title"))))
	starter := r.post(link, true)
	if starter.Text == "" {
		// A link post has no self text; its title is what it says.
		starter.Text = title
	}
	r.posts = append(r.posts, starter)
	linkName := jsonStr(link, "name")
	if len(arr) > 1 {
		for _, th := range listingChildren(arr[1]) {
			if !r.room() {
				break
			}
			if jsonStr(th, "kind") != "t1" {
				continue // "more": comments Reddit left for another request
			}
			d := jsonObj(th, "data")
			parent := 0
			// A comment permalink's page shows a comment whose parent is
			// another comment not on the page: it answers nothing here.
			if pid := jsonStr(d, "parent_id"); pid != "" && linkName != "" && pid != linkName {
				parent = -1
			}
			r.walk(d, parent, 0)
		}
	}
	p := &Page{
		Kind:   KindThread,
		Title:  title,
		Author: starter.Author,
		Date:   starter.Date,
		Text:   starter.Text,
		Posts:  r.posts,
		Method: "reddit-json",
	}
	if pageURL != nil {
		p.URL = pageURL.String()
	}
	return p, true
}

// redditReader collects posts in page order (depth first, as Reddit
// renders them).
type redditReader struct {
	base  *url.URL
	posts []Post
}

// room reports whether another post may be taken.
func (r *redditReader) room() bool {
	return len(r.posts) <= redditMaxComments
}

// walk adds comment d answering the post at index parent, then its replies.
func (r *redditReader) walk(d map[string]any, parent, depth int) {
	if d == nil || !r.room() {
		return
	}
	p := r.post(d, false)
	p.Parent = parent
	me := len(r.posts)
	r.posts = append(r.posts, p)
	if depth >= redditMaxDepth {
		return
	}
	// "replies" is "" for a comment without replies, else a Listing.
	for _, th := range listingChildren(d["replies"]) {
		if !r.room() {
			return
		}
		if jsonStr(th, "kind") == "t1" {
			r.walk(jsonObj(th, "data"), me, depth+1)
		}
	}
}

// post reads one submission (link) or comment.
func (r *redditReader) post(d map[string]any, link bool) Post {
	p := Post{Parent: -1}
	if a := jsonStr(d, "author"); a != "[deleted]" && a != "[removed]" {
		p.Author = a
	}
	if p.Author != "" {
		p.AuthorURL = "https://" + redditHost + "/user/" + url.PathEscape(p.Author)
	}
	p.Date, p.DateText = redditDate(d["created_utc"])
	if p.Date.IsZero() {
		p.Date, p.DateText = redditDate(d["created"])
	}
	p.Permalink = r.permalink(jsonStr(d, "permalink"))
	if link {
		p.Text = redditText(jsonStr(d, "selftext_html"), jsonStr(d, "selftext"))
	} else {
		p.Text = redditText(jsonStr(d, "body_html"), jsonStr(d, "body"))
	}
	// distinguished is "moderator" or "admin" when the author speaks in
	// that role ("special" for a few others); the role is a badge too, as
	// the HTML adapters report it.
	dist := jsonStr(d, "distinguished")
	if dist == "moderator" || dist == "admin" {
		p.Badges = append(p.Badges, dist)
	}
	// The submission's author is the submitter by definition; Reddit marks
	// it only on comments.
	if p.Author != "" && (link || jsonBool(d, "is_submitter")) {
		p.Badges = append(p.Badges, "submitter")
	}
	if dist != "" {
		p.Badges = append(p.Badges, "distinguished")
	}
	return p
}

// permalink makes a Reddit permalink absolute on the page's host; anything
// but a site path or a Reddit URL is dropped rather than trusted.
func (r *redditReader) permalink(pl string) string {
	pl = strings.TrimSpace(pl)
	switch {
	case strings.HasPrefix(pl, "/") && !strings.HasPrefix(pl, "//"):
		return resolve(r.base, pl)
	case strings.HasPrefix(pl, "https://") || strings.HasPrefix(pl, "http://"):
		if u, err := url.Parse(pl); err == nil && (u.Hostname() == "reddit.com" || strings.HasSuffix(u.Hostname(), ".reddit.com")) {
			return u.String()
		}
	}
	return ""
}

// redditBase is the page URL's scheme and host, or https://www.reddit.com.
func redditBase(pageURL *url.URL) *url.URL {
	if pageURL != nil && pageURL.Host != "" && (pageURL.Scheme == "https" || pageURL.Scheme == "http") {
		return &url.URL{Scheme: pageURL.Scheme, Host: pageURL.Host, Path: "/"}
	}
	return &url.URL{Scheme: "https", Host: redditHost, Path: "/"}
}

// redditDate reads Unix seconds (Reddit writes them as floats).
func redditDate(v any) (time.Time, string) {
	var s string
	switch n := v.(type) {
	case json.Number:
		s = n.String()
	case string:
		s = n
	default:
		return time.Time{}, ""
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	// Reddit opened in 2005; anything outside 2005..2286 is not a post date.
	if err != nil || f < 1.1e9 || f >= 1e10 {
		return time.Time{}, ""
	}
	return time.Unix(int64(f), 0).UTC(), s
}

// redditRemoved are the bodies Reddit puts in place of deleted text.
var redditRemoved = map[string]bool{"[deleted]": true, "[removed]": true}

// redditText is a post's own words: from the rendered HTML when present
// (quotes are blockquotes there), else from the Markdown source with
// quoted lines dropped. Reddit escapes both unless asked for raw JSON.
func redditText(htmlSrc, md string) string {
	if redditRemoved[strings.TrimSpace(md)] {
		return ""
	}
	if htmlSrc != "" {
		if !strings.Contains(htmlSrc, "<") {
			htmlSrc = html.UnescapeString(htmlSrc)
		}
		if doc, err := html.Parse(strings.NewReader(htmlSrc)); err == nil {
			decodeTextNodes(doc)
			if t := textOf(doc, bodySkip); t != "" {
				return t
			}
		}
	}
	return markdownText(html.UnescapeString(md))
}

var mdLink = regexp.MustCompile(`\[([^\]]*)\]\([^)\s]*\)`)

// markdownText is the plain text of Reddit Markdown without quotes of
// earlier posts (">" lines; ">!" opens a spoiler, which is the author's).
func markdownText(md string) string {
	var b strings.Builder
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, ">") && !strings.HasPrefix(t, ">!") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return normSpace(decodeText(mdLink.ReplaceAllString(b.String(), "$1")))
}

// listingChildren returns the things of a Listing, or nil when v is not
// one.
func listingChildren(v any) []map[string]any {
	m, ok := v.(map[string]any)
	if !ok || jsonStr(m, "kind") != "Listing" {
		return nil
	}
	kids, _ := jsonObj(m, "data")["children"].([]any)
	out := make([]map[string]any, 0, len(kids))
	for _, k := range kids {
		if km, ok := k.(map[string]any); ok {
			out = append(out, km)
		}
	}
	return out
}

// jsonObj returns m[key] when it is an object.
func jsonObj(m map[string]any, key string) map[string]any {
	o, _ := m[key].(map[string]any)
	return o
}

// jsonStr returns m[key] when it is a string.
func jsonStr(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

// jsonBool returns m[key] when it is a boolean.
func jsonBool(m map[string]any, key string) bool {
	b, _ := m[key].(bool)
	return b
}
