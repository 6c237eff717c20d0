package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tctx carries what every layer needs to turn markup into posts.
type tctx struct {
	base *url.URL
	lang string
	now  time.Time
	use  Layers
}

// Layers selects the thread layers Extract runs (Options.Layers).
type Layers uint8

// The thread layers, in the order they are tried. AllLayers is what the zero
// Options.Layers means.
const (
	LayerStructured Layers = 1 << iota
	LayerAdapters
	LayerGeneric
	AllLayers = LayerStructured | LayerAdapters | LayerGeneric
)

// extractThread splits a thread page or comment section into posts. Layers
// are tried in order: structured data (JSON-LD, microdata), engine adapters
// chosen by markup signatures, then a generic detector of repeated post
// blocks. It returns nil when no layer finds at least one post.
func extractThread(doc *html.Node, pageURL *url.URL, opts Options) *Page {
	if doc == nil {
		return nil
	}
	use := opts.Layers
	if use == 0 {
		use = AllLayers
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	c := &tctx{base: baseURL(doc, pageURL), lang: pageLang(doc), now: now, use: use}
	posts, method := c.layers(doc)
	if len(posts) == 0 {
		// A parser with scripting on (x/net/html's default) keeps
		// <noscript> as raw text, and Discourse and other JavaScript
		// boards put their crawler view there: parse it separately.
		for _, ns := range noscriptDocs(doc) {
			if posts, method = c.layers(ns); len(posts) > 0 {
				break
			}
		}
	}
	if len(posts) == 0 {
		return nil
	}
	p := &Page{
		Title:    pageTitle(doc),
		Language: c.lang,
		Posts:    posts,
		Next:     c.nextLinks(doc),
		Method:   method,
	}
	if pageURL != nil {
		p.URL = pageURL.String()
	}
	p.Kind = KindThread
	p.Text = posts[0].Text
	p.Author = posts[0].Author
	p.Date = posts[0].Date
	return p
}

var selNoscript = mustSel("noscript")

// noscriptDocs parses large <noscript> blocks that the parser kept as text.
func noscriptDocs(doc *html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range selNoscript.all(doc) {
		if n.FirstChild == nil || n.FirstChild != n.LastChild || n.FirstChild.Type != html.TextNode {
			continue
		}
		raw := n.FirstChild.Data
		if len(raw) < 500 || !strings.Contains(raw, "<") {
			continue
		}
		if d, err := html.Parse(strings.NewReader(raw)); err == nil {
			out = append(out, d)
		}
	}
	return out
}

// layers runs structured data, adapters and the generic detector on doc
// and returns the posts of the first layer that applies.
func (c *tctx) layers(doc *html.Node) ([]Post, string) {
	var posts []Post
	method := ""
	var sd, ad []Post
	var sdMethod, adName string
	if c.use&LayerStructured != 0 {
		sd, sdMethod = c.structured(doc)
		sd = plausible(sd)
	}
	if c.use&LayerAdapters != 0 {
		ad, adName = c.adapters(doc)
		ad = plausible(ad)
	}
	switch {
	case len(sd) > 0 && len(sd) >= len(ad):
		// Structured data is the page's own statement; the adapter (or
		// the generic detector), when it saw the same posts, fills what
		// the markup left out, such as profile links.
		posts, method = sd, sdMethod
		if len(ad) == len(sd) {
			fillFrom(posts, ad)
		} else if len(ad) == 0 && c.use&LayerGeneric != 0 && missingFields(posts) {
			if g := c.generic(doc); len(g) == len(posts) {
				fillFrom(posts, g)
			}
		}
	case len(ad) > 0:
		posts, method = ad, adName
	case c.use&LayerGeneric != 0:
		posts = c.generic(doc)
		method = "generic"
	}
	return posts, method
}

// plausible returns posts when they look like a thread's: most posts name
// an author or carry a date. Markup that matched a signature by accident
// (a theme reusing "post" classes, microdata for teasers) yields posts
// without either, and is better left to the next layer.
func plausible(posts []Post) []Post {
	ok := 0
	for _, p := range posts {
		if p.Author != "" || !p.Date.IsZero() {
			ok++
		}
	}
	if ok*2 <= len(posts) {
		return nil
	}
	return posts
}

// fillFrom copies fields that structured data left empty from the
// adapter's posts, which were found in the same order.
func fillFrom(dst, src []Post) {
	for i := range dst {
		s := src[i]
		d := &dst[i]
		if d.AuthorURL == "" && (s.Author == d.Author || d.Author == "") {
			d.AuthorURL = s.AuthorURL
		}
		if d.Author == "" {
			d.Author, d.AuthorURL = s.Author, s.AuthorURL
		}
		if d.Date.IsZero() {
			d.Date, d.DateText = s.Date, s.DateText
		}
		// A permalink ending in its separator ("#comment-") is a template
		// whose id the markup left out.
		if d.Permalink == "" || strings.HasSuffix(d.Permalink, "-") || strings.HasSuffix(d.Permalink, "#") {
			d.Permalink = s.Permalink
		}
		if d.Parent < 0 {
			d.Parent = s.Parent
		}
		if len(d.Badges) == 0 {
			d.Badges = s.Badges
		}
		if d.Text == "" {
			d.Text = s.Text
		}
	}
}

// missingFields reports whether some post lacks an author link, a date or
// a permalink.
func missingFields(posts []Post) bool {
	for _, p := range posts {
		if p.AuthorURL == "" || p.Date.IsZero() || p.Permalink == "" {
			return true
		}
	}
	return false
}

// baseURL honours <base href>, which some boards use for relative links.
func baseURL(doc *html.Node, pageURL *url.URL) *url.URL {
	if b := mustSelBase.first(doc); b != nil && pageURL != nil {
		if u, err := pageURL.Parse(attr(b, "href")); err == nil {
			return u
		}
	}
	return pageURL
}

var (
	mustSelBase  = mustSel("base[href]")
	selHTML      = mustSel("html")
	selMetaLang  = mustSel("meta[http-equiv=content-language], meta[name=language], meta[property=og:locale]")
	selH1        = mustSel("h1")
	selTitle     = mustSel("title")
	selRelNext   = mustSel("link[rel=next], a[rel=next], a[rel~=next]")
	selPagerLink = mustSel("a[href]")
)

// pageLang is the page's declared language: html lang or xml:lang, else a
// content-language meta.
func pageLang(doc *html.Node) string {
	if h := selHTML.first(doc); h != nil {
		for _, k := range []string{"lang", "xml:lang"} {
			if v := strings.TrimSpace(attr(h, k)); v != "" {
				return v
			}
		}
		for _, a := range h.Attr {
			if a.Key == "lang" && strings.TrimSpace(a.Val) != "" {
				return strings.TrimSpace(a.Val)
			}
		}
	}
	if m := selMetaLang.first(doc); m != nil {
		return strings.ReplaceAll(strings.TrimSpace(attr(m, "content")), "_", "-")
	}
	return ""
}

// pageTitle prefers the first h1 (the thread's subject) over <title>,
// which usually carries the board's name too.
func pageTitle(doc *html.Node) string {
	if h := selH1.first(doc); h != nil {
		if t := textOf(h, nil); t != "" && len(t) < 300 {
			return t
		}
	}
	return textOf(selTitle.first(doc), nil)
}

var pagerClass = []string{"pagin", "pagenav", "pager", "pagenumbers", "page-nav", "pagelinks", "pages", "pagejump", "seiten", "paging"}

// nextLinks returns rel=next links and numbered pagination links after the
// current page, absolute and de-duplicated.
func (c *tctx) nextLinks(doc *html.Node) []string {
	seen := map[string]bool{}
	if c.base != nil {
		seen[c.base.String()] = true
	}
	var out []string
	add := func(href string) {
		u := resolve(c.base, href)
		if u == "" || seen[u] || strings.HasPrefix(u, "#") {
			return
		}
		if pu, err := url.Parse(u); err == nil && c.base != nil && pu.Fragment != "" {
			pu.Fragment = ""
			if pu.String() == c.base.String() {
				return
			}
		}
		seen[u] = true
		out = append(out, u)
	}
	for _, n := range selRelNext.all(doc) {
		add(attr(n, "href"))
	}
	walkElements(doc, func(n *html.Node) bool {
		if !classHas(n, pagerClass...) {
			return true
		}
		current := 0
		walkElements(n, func(k *html.Node) bool {
			if k == n {
				return true
			}
			isCur := classHas(k, "current", "active", "selected", "currentpage") || attr(k, "aria-current") != ""
			if !isCur && k.DataAtom != atom.Strong && !(k.DataAtom == atom.Span && firstLink(k) == nil && k.Parent == n) {
				return true
			}
			if v, err := strconv.Atoi(textOf(k, nil)); err == nil && v > 0 && current == 0 {
				current = v
			}
			return true
		})
		for _, a := range selPagerLink.all(n) {
			v, err := strconv.Atoi(textOf(a, nil))
			if err != nil || v <= current || v > 100000 {
				continue
			}
			if current == 0 && v == 1 {
				continue
			}
			add(attr(a, "href"))
		}
		return false
	})
	return out
}

// dateOf reads a date from n: machine-readable attributes first (datetime,
// data-time Unix seconds, title), then n's text, then its own text nodes,
// then pieces split at the separators boards put around dates.
func (c *tctx) dateOf(n *html.Node) (time.Time, string) {
	if n == nil {
		return time.Time{}, ""
	}
	var unix int64
	var unixText string
	cands := []*html.Node{n}
	walkElements(n, func(k *html.Node) bool {
		if k != n && (k.DataAtom == atom.Time || k.DataAtom == atom.Abbr || attr(k, "data-time") != "" || attr(k, "data-timestamp") != "" || attr(k, "title") != "") {
			cands = append(cands, k)
		}
		return true
	})
	for _, k := range cands {
		text := textOf(k, nil)
		for _, key := range []string{"datetime", "data-time", "data-timestamp", "data-datestring", "title", "content", "data-date"} {
			v, ok := attrOK(k, key)
			if !ok || v == "" {
				continue
			}
			if key == "data-time" || key == "data-timestamp" {
				// The board's own rendering is in its time zone, which a
				// Unix time lacks: the Unix time is the last resort,
				// after a text with a clock and the other attributes.
				if sec, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err == nil && sec > 1e8 && sec < 1e10 && unix == 0 {
					unix, unixText = sec, firstNonEmpty(text, v)
				}
				if t, s, ok := c.dateInText(text); ok && clockRe.MatchString(s) {
					return t, s
				}
				continue
			}
			if key == "data-datestring" {
				v += " " + attr(k, "data-timestring")
			}
			// Hacker News writes "2024-05-01T12:00:00 1714564800".
			if f := strings.Fields(v); len(f) == 2 && strings.Contains(f[0], "T") {
				v = f[0]
			}
			if t, ok := ParseDate(v, c.lang, c.now); ok && looksDated(v) {
				// MyBB and others put the day in a title and the clock
				// beside it: <span title="01-15-2020">Yesterday</span>, 11:00 AM.
				if full := textOf(n, nil); !clockRe.MatchString(v) && clockRe.MatchString(full) && len(full) < 100 {
					if toks := tokenize(full); toks != nil {
						if h, m, sec, _, ok := findClock(toks); ok {
							t = time.Date(t.Year(), t.Month(), t.Day(), h, m, sec, 0, t.Location())
						}
					}
				}
				return t, firstNonEmpty(text, v)
			}
		}
	}
	text := textOf(n, nil)
	if t, s, ok := c.dateInText(text); ok && (unix == 0 || clockRe.MatchString(s)) {
		return t, s
	}
	if unix != 0 {
		return time.Unix(unix, 0).UTC(), unixText
	}
	if own := ownText(n); own != "" && own != text {
		if t, s, ok := c.dateInText(own); ok {
			return t, s
		}
	}
	return time.Time{}, ""
}

var clockRe = regexp.MustCompile(`\d:\d\d`)

var dateSplit = regexp.MustCompile(`\s*(?:[»«|•·–—]|\s-\s|\bby\b|\bvon\b|\bpar\b|\bposted\b|\bon:)\s*`)

// dateInText parses text, or failing that the pieces between separators,
// returning the piece that parsed.
func (c *tctx) dateInText(text string) (time.Time, string, bool) {
	if text == "" || len(text) > 300 {
		return time.Time{}, "", false
	}
	parts := dateSplit.Split(text, -1)
	if len(parts) > 1 {
		for i := len(parts) - 1; i >= 0; i-- {
			p := strings.Trim(parts[i], " ,:;()[]#")
			if p == "" || len(p) < 3 {
				continue
			}
			if t, ok := ParseDate(p, c.lang, c.now); ok && looksDated(p) {
				return t, p, true
			}
		}
	}
	if t, ok := ParseDate(text, c.lang, c.now); ok && looksDated(text) {
		return t, text, true
	}
	return time.Time{}, "", false
}

// looksDated guards the tolerant parser against text that merely holds a
// month-like word and a small number ("May 3 people").
func looksDated(s string) bool {
	digits, letters := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r > ' ':
			letters++
		}
	}
	if digits == 0 {
		l := strings.ToLower(s)
		for w := range dayWords {
			if strings.Contains(l, w) {
				return len(s) < 40
			}
		}
		return false
	}
	return len(s) < 120
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// badgeWords map marker words found in author-pane classes and titles to
// the badges of Post.Badges.
var badgeWords = []struct{ frag, badge string }{
	{"administrator", "admin"}, {"admin", "admin"}, {"moderator", "moderator"}, {"staff", "staff"},
	{"official", "official"}, {"employee", "staff"}, {"team", "staff"},
}

var roleLine = regexp.MustCompile(`^(?:site |forum |global |super |community )?(administrator|admin|moderator|staff|team|employee|official)s?(?: member| team)?$`)

// badgesOf looks outside the post body for staff markers: classes such as
// userBanner--staff or Role_Moderator and short rank titles.
func badgesOf(post, body *html.Node) []string {
	set := map[string]bool{}
	walkElements(post, func(n *html.Node) bool {
		if n == body || (body != nil && n != post && isAncestor(body, n)) {
			return false
		}
		// Whole words of class names only: "userBanner--staff" and
		// "Role_Administrator" count, SMF's "moderatorbar" under every
		// post does not.
		for _, f := range strings.FieldsFunc(strings.ToLower(attr(n, "class")), func(r rune) bool { return r < 'a' || r > 'z' }) {
			for _, w := range badgeWords {
				if f == w.frag {
					set[w.badge] = true
				}
			}
		}
		// A line that is nothing but a role title ("Administrator",
		// "Global Moderator") names the user's rank whatever its class.
		if own := strings.ToLower(ownText(n)); own != "" && len(own) <= 30 {
			if m := roleLine.FindStringSubmatch(own); m != nil {
				for _, w := range badgeWords {
					if strings.HasPrefix(m[1], w.frag) {
						set[w.badge] = true
						break
					}
				}
			}
		}
		if classHas(n, "usertitle", "rank", "role", "banner", "badge", "user-title", "membertitle", "group") {
			t := strings.ToLower(textOf(n, nil))
			if len(t) < 40 {
				for _, w := range badgeWords {
					if w.frag != "team" && strings.Contains(t, w.frag) {
						set[w.badge] = true
					}
				}
			}
		}
		return true
	})
	var out []string
	for _, b := range []string{"admin", "moderator", "staff", "official"} {
		if set[b] {
			out = append(out, b)
		}
	}
	return out
}

// parentsByNesting sets Parent from DOM nesting: a post inside another
// post's subtree answers the nearest enclosing one.
func parentsByNesting(nodes []*html.Node, posts []Post) {
	index := map[*html.Node]int{}
	for i, n := range nodes {
		index[n] = i
	}
	for i, n := range nodes {
		posts[i].Parent = -1
		for p := n.Parent; p != nil; p = p.Parent {
			if j, ok := index[p]; ok {
				posts[i].Parent = j
				break
			}
		}
	}
}
