package extract

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ExtractArticle reads a page as an article whatever else it holds: it
// decodes body as Extract does and returns the main text, title, author,
// date, language and feed links, without looking for thread posts. Use it
// for pages known to be articles (a feed item's link) and to measure the
// article layer on its own.
func ExtractArticle(pageURL *url.URL, body []byte, contentType string, opts Options) (*Page, error) {
	text, _, err := Decode(body, contentType)
	if err != nil {
		return nil, err
	}
	doc, err := parseUTF8(text, articleScripting)
	if err != nil {
		return nil, err
	}
	p, err := extractArticle(doc, pageURL, opts)
	if err != nil {
		return nil, err
	}
	if pageURL != nil {
		p.URL = pageURL.String()
	}
	p.Kind = KindArticle
	return p, nil
}

// extractArticle finds an article's main text, title, author, date and
// language with go-trafilatura, and the page's feed links. A page with no
// text worth extracting is not an error: it yields a Page with whatever
// metadata was found and an empty Text.
func extractArticle(doc *html.Node, pageURL *url.URL, opts Options) (page *Page, err error) {
	if doc == nil {
		return nil, fmt.Errorf("extract: article: no document")
	}
	// go-trafilatura walks arbitrary markup with many assumptions; one bad
	// page must cost that page only, never the crawl.
	defer func() {
		if r := recover(); r != nil {
			page, err = nil, fmt.Errorf("extract: article: panic: %v", r)
		}
	}()
	page = &Page{Feeds: articleFeeds(doc, pageURL)}
	res, terr := trafilatura.ExtractDocument(doc, articleOptions(pageURL))
	if terr != nil {
		// go-trafilatura reports "nothing long enough to keep" as an error;
		// for earshot that is an empty article, not a failed page.
		return page, nil
	}
	md := res.Metadata
	page.Title = articleTitle(articleSpace(md.Title), md.Sitename, pageURL)
	page.Author = articleSpace(md.Author)
	if page.Author == "" {
		page.Author = articleBylineAuthor(doc)
	}
	page.Date = md.Date
	if t, ok := articleTimestamp(doc); ok && (page.Date.IsZero() || sameDay(t, page.Date)) {
		// go-trafilatura keeps the day only; a follow-up's SLA counts
		// hours, so the markup's full timestamp wins when it agrees.
		page.Date = t
	}
	page.Language = md.Language
	page.Text = articleSpace(res.ContentText)
	return page, nil
}

// articleOptions are the go-trafilatura settings earshot uses on every
// site. Comments are left out of the main text: threads and comment
// sections are split into posts by the thread extractor, which keeps their
// authors.
func articleOptions(pageURL *url.URL) trafilatura.Options {
	return trafilatura.Options{
		OriginalURL:     pageURL,
		EnableFallback:  true,
		ExcludeComments: true,
	}
}

// articleBylinePrefixes are the words that introduce a byline in the
// languages of earshot's users; they are cut from the name.
var articleBylinePrefixes = []string{
	"view all posts by", "all posts by", "posts by", "alle beiträge von", "written by", "posted by",
	"geschrieben von", "by", "von", "par", "por", "di", "door", "av", "af", "przez",
	"author:", "autor:", "auteur:", "autore:",
}

// articleBylineAuthor finds an author the markup standards mark and
// go-trafilatura's selectors miss: a rel="author" link, an
// itemprop="author" element (its itemprop="name" when it has one), or an
// hCard name (class "fn") inside an element whose class list holds
// "author" or "byline". Comment sections are skipped: their authors are
// the commenters, not the writer. It returns "" when nothing looks like a
// name.
func articleBylineAuthor(doc *html.Node) string {
	var found string
	var walk func(n *html.Node, inByline bool) bool
	walk = func(n *html.Node, inByline bool) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Footer, atom.Aside, atom.Nav, atom.Head:
				return false
			}
			class := strings.ToLower(articleAttr(n, "class"))
			id := strings.ToLower(articleAttr(n, "id"))
			if strings.Contains(class, "comment") || strings.Contains(id, "comment") {
				return false
			}
			classes := strings.Fields(class)
			byline := slices.Contains(classes, "author") || slices.Contains(classes, "byline") ||
				slices.Contains(classes, "post-author") || slices.Contains(classes, "entry-author")
			var cand *html.Node
			switch {
			case articleHasToken(articleAttr(n, "rel"), "author") && n.DataAtom == atom.A:
				cand = n
			case articleHasToken(articleAttr(n, "itemprop"), "author"):
				cand = n
				if name := articleFind(n, func(c *html.Node) bool { return articleHasToken(articleAttr(c, "itemprop"), "name") }); name != nil {
					cand = name
				}
			case inByline && slices.Contains(classes, "fn"):
				cand = n
			}
			if cand != nil {
				if name := articleCleanByline(articleNodeText(cand)); name != "" {
					found = name
					return true
				}
			}
			inByline = inByline || byline
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c, inByline) {
				return true
			}
		}
		return false
	}
	walk(doc, false)
	return found
}

// articleCleanByline trims a byline prefix ("By", "von") from s and
// returns it when it still looks like a name: 1 to 6 words, at most 60
// characters, no digits, not a URL.
func articleCleanByline(s string) string {
	s = articleSpace(s)
	lower := strings.ToLower(s)
	for _, p := range articleBylinePrefixes {
		if strings.HasPrefix(lower, p+" ") {
			s = strings.TrimSpace(s[len(p)+1:])
			break
		}
	}
	s = strings.Trim(s, " ,;:|-–—·")
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || len([]rune(s)) > 60 {
		return ""
	}
	// Digits, a colon or brackets mean a date, a caption ("Image: ...")
	// or a profile blurb rather than a name.
	if strings.ContainsAny(s, "0123456789@/:()[]") {
		return ""
	}
	return s
}

// articleFind returns the first element under n (n excluded) for which ok
// holds, or nil.
func articleFind(n *html.Node, ok func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && ok(c) {
			return c
		}
		if f := articleFind(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// articleNodeText returns the text under n, without scripts and styles.
func articleNodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// articleTitleSeps are the separators pages put between a headline and
// the site's name. " : " is not one of them: French typography writes a
// headline's own colon that way.
var articleTitleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " // ", " ~ "}

// articleTitle drops the site's name from either end of a title
// ("Headline - Site", "Site | Headline"), but only when that part names the
// site: it equals the site name the page declares (og:site_name, JSON-LD
// publisher) or the host name, compared on letters and digits alone. A
// part that merely resembles the site is kept; a shortened headline is
// worse than a long title.
func articleTitle(title, siteName string, pageURL *url.URL) string {
	sites := map[string]bool{}
	if k := articleKey(siteName); k != "" {
		sites[k] = true
	}
	if pageURL != nil {
		host := strings.TrimPrefix(strings.ToLower(pageURL.Hostname()), "www.")
		if host != "" {
			sites[articleKey(host)] = true
			if i := strings.LastIndexByte(host, '.'); i > 0 {
				sites[articleKey(host[:i])] = true // "battery-news" of battery-news.de
			}
		}
	}
	if len(sites) == 0 {
		return title
	}
	for _, sep := range articleTitleSeps {
		if i := strings.LastIndex(title, sep); i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if sites[articleKey(tail)] && articleKey(head) != "" {
				return strings.TrimSpace(head)
			}
		}
		if i := strings.Index(title, sep); i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if sites[articleKey(head)] && articleKey(tail) != "" {
				return strings.TrimSpace(tail)
			}
		}
	}
	return title
}

// articleKey reduces s to its lower-case letters and digits, so that
// "Battery-News.de" and "battery-news.de" agree.
func articleKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// articleSpace collapses runs of white space to one space and trims the
// ends.
func articleSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// articleFeedTypes are the MIME types of <link rel="alternate"> that name a
// feed rather than a translation or a print version. application/json is
// left out: pages use it for oEmbed and REST API links, not feeds.
var articleFeedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/rdf+xml":   true,
	"application/feed+json": true,
	"application/xml":       true,
	"text/xml":              true,
}

// articleFeeds returns the absolute URLs of the feeds a page announces with
// <link rel="alternate" type="application/rss+xml" href="...">, in page
// order without duplicates, resolved against <base href> when present.
func articleFeeds(doc *html.Node, pageURL *url.URL) []string {
	base := pageURL
	var links []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Base:
				if href := articleAttr(n, "href"); href != "" && base == pageURL {
					if u, err := articleResolve(pageURL, href); err == nil {
						base = u
					}
				}
			case atom.Link:
				links = append(links, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var feeds []string
	seen := map[string]bool{}
	for _, n := range links {
		if !articleHasToken(articleAttr(n, "rel"), "alternate") {
			continue
		}
		typ := strings.ToLower(strings.TrimSpace(articleAttr(n, "type")))
		if i := strings.IndexByte(typ, ';'); i >= 0 {
			typ = strings.TrimSpace(typ[:i])
		}
		if !articleFeedTypes[typ] {
			continue
		}
		href := strings.TrimSpace(articleAttr(n, "href"))
		if href == "" {
			continue
		}
		u, err := articleResolve(base, href)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			continue
		}
		s := u.String()
		if !seen[s] {
			seen[s] = true
			feeds = append(feeds, s)
		}
	}
	return feeds
}

// articleResolve resolves href against base; with no base only absolute
// URLs are usable.
func articleResolve(base *url.URL, href string) (*url.URL, error) {
	u, err := url.Parse(href)
	if err != nil {
		return nil, err
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return nil, fmt.Errorf("extract: relative url %q without base", href)
	}
	u.Fragment = ""
	return u, nil
}

// articleAttr returns the value of n's attribute key, or "".
func articleAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// articleHasToken reports whether the space-separated list s holds tok,
// ignoring case.
func articleHasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// articleTimestamp returns the first full publication timestamp (date and
// time of day) the standard markup gives: an article:published_time meta
// tag, an itemprop="datePublished" element, or the datePublished of a
// JSON-LD object. It ignores values without a time of day.
func articleTimestamp(doc *html.Node) (time.Time, bool) {
	var found time.Time
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			var v string
			switch {
			case n.DataAtom == atom.Meta && slices.Contains([]string{"article:published_time", "og:article:published_time", "datepublished"},
				strings.ToLower(articleAttr(n, "property")+articleAttr(n, "itemprop")+articleAttr(n, "name"))):
				v = articleAttr(n, "content")
			case strings.EqualFold(articleAttr(n, "itemprop"), "datePublished"):
				v = articleAttr(n, "datetime") + articleAttr(n, "content")
			case n.DataAtom == atom.Script && strings.EqualFold(articleAttr(n, "type"), "application/ld+json") && n.FirstChild != nil:
				var obj struct {
					DatePublished string `json:"datePublished"`
				}
				if json.Unmarshal([]byte(n.FirstChild.Data), &obj) == nil {
					v = obj.DatePublished
				}
			}
			if t, ok := fullTimestamp(v); ok {
				found = t
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found, !found.IsZero()
}

// fullTimestamp parses an ISO 8601 timestamp that has a time of day.
func fullTimestamp(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) <= len("2006-01-02") {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() > 1990 {
			return t, true
		}
	}
	return time.Time{}, false
}

// sameDay reports whether a falls on b's calendar day, in a's zone or in UTC:
// go-trafilatura's day has no zone.
func sameDay(a, b time.Time) bool {
	y, m, d := b.Date()
	for _, t := range []time.Time{a, a.UTC()} {
		if ty, tm, td := t.Date(); ty == y && tm == m && td == d {
			return true
		}
	}
	return false
}
