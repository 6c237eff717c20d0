package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sel is a tiny CSS selector: comma-separated groups of descendant chains of
// compound selectors (tag, .class, #id, [attr], [attr=v], [attr^=v],
// [attr*=v], [attr~=v]). It covers what the adapters need without a module
// that go.mod does not carry.
type sel [][]compound

type compound struct {
	tag     string
	id      string
	classes []string
	attrs   []attrTest
}

type attrTest struct {
	key, op, val string
}

// mustSel compiles a selector written in this package; a malformed one is a
// programming error caught by the adapter tests, so it yields an empty
// selector rather than a panic.
func mustSel(s string) sel {
	var out sel
	for _, group := range strings.Split(s, ",") {
		var chain []compound
		for _, part := range strings.Fields(group) {
			chain = append(chain, parseCompound(part))
		}
		if len(chain) > 0 {
			out = append(out, chain)
		}
	}
	return out
}

func parseCompound(s string) compound {
	var c compound
	i := 0
	readName := func() string {
		j := i
		for j < len(s) && s[j] != '.' && s[j] != '#' && s[j] != '[' {
			j++
		}
		name := s[i:j]
		i = j
		return name
	}
	c.tag = strings.ToLower(readName())
	if c.tag == "*" {
		c.tag = ""
	}
	for i < len(s) {
		switch s[i] {
		case '.':
			i++
			c.classes = append(c.classes, readName())
		case '#':
			i++
			c.id = readName()
		case '[':
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return c
			}
			body := s[i+1 : i+j]
			i += j + 1
			t := attrTest{key: body}
			for _, op := range []string{"^=", "*=", "~=", "$=", "="} {
				if k := strings.Index(body, op); k >= 0 {
					t = attrTest{key: body[:k], op: op, val: strings.Trim(body[k+len(op):], `"'`)}
					break
				}
			}
			c.attrs = append(c.attrs, t)
		default:
			i++
		}
	}
	return c
}

func (c compound) match(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if c.tag != "" && n.Data != c.tag {
		return false
	}
	if c.id != "" && attr(n, "id") != c.id {
		return false
	}
	for _, cl := range c.classes {
		if !hasClass(n, cl) {
			return false
		}
	}
	for _, t := range c.attrs {
		v, ok := attrOK(n, t.key)
		if !ok {
			return false
		}
		switch t.op {
		case "=":
			ok = v == t.val
		case "^=":
			ok = strings.HasPrefix(v, t.val)
		case "$=":
			ok = strings.HasSuffix(v, t.val)
		case "*=":
			ok = strings.Contains(v, t.val)
		case "~=":
			ok = false
			for _, f := range strings.Fields(v) {
				if f == t.val {
					ok = true
				}
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// matches reports whether n matches s, looking for the chain's ancestors no
// higher than root.
func (s sel) matches(n, root *html.Node) bool {
	for _, chain := range s {
		if !chain[len(chain)-1].match(n) {
			continue
		}
		k := len(chain) - 2
		for p := n.Parent; p != nil && k >= 0; p = p.Parent {
			if chain[k].match(p) {
				k--
			}
			if p == root {
				break
			}
		}
		if k < 0 {
			return true
		}
	}
	return false
}

// all returns the descendants of root (not root itself) matching s, in
// document order.
func (s sel) all(root *html.Node) []*html.Node {
	if len(s) == 0 || root == nil {
		return nil
	}
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && s.matches(c, root) {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(root)
	return out
}

// first returns the first descendant of root matching s, or nil.
func (s sel) first(root *html.Node) *html.Node {
	if len(s) == 0 || root == nil {
		return nil
	}
	var found *html.Node
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && s.matches(c, root) {
				found = c
				return true
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	return found
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	if n == nil {
		return "", false
	}
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, c string) bool {
	cl := attr(n, "class")
	if cl == "" {
		return false
	}
	for _, f := range strings.Fields(cl) {
		if f == c {
			return true
		}
	}
	return false
}

// classHas reports whether any class token or the id of n contains one of
// the lower-case fragments.
func classHas(n *html.Node, frags ...string) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if strings.TrimSpace(v) == "" {
		return false
	}
	if strings.Contains(v, "js-") {
		// Script hooks ("js-selectToQuote") say nothing about content.
		var kept []string
		for _, f := range strings.Fields(v) {
			if !strings.HasPrefix(f, "js-") {
				kept = append(kept, f)
			}
		}
		v = strings.Join(kept, " ")
	}
	for _, f := range frags {
		if strings.Contains(v, f) {
			return true
		}
	}
	return false
}

// blockTags get a space around their text so that words of adjacent blocks
// do not run together.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Pre: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Hr: true,
	atom.Img: true,
}

// skipTags never hold visible post text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Svg: true, atom.Iframe: true, atom.Head: true,
}

// textOf returns the visible text under n, whitespace-normalised, leaving
// out subtrees for which skip reports true.
func textOf(n *html.Node, skip func(*html.Node) bool) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			return
		case html.ElementNode:
			if skipTags[c.DataAtom] || (skip != nil && skip(c)) {
				return
			}
			if _, hidden := attrOK(c, "hidden"); hidden || isHidden(c) {
				return
			}
		}
		block := blockTags[c.DataAtom]
		if block {
			b.WriteByte(' ')
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
		if block {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return normSpace(b.String())
}

// ownText is the text of n's direct text children: a date written beside a
// linked user name ("by <a>X</a> » Fri May 08, 2009").
func ownText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
	}
	return normSpace(b.String())
}

func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// closest returns n or its nearest ancestor for which f holds, or nil.
func closest(n *html.Node, f func(*html.Node) bool) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && f(n) {
			return n
		}
	}
	return nil
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// resolve makes href absolute against base; it returns "" for empty,
// javascript: and unparseable links.
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if base == nil {
		return u.String()
	}
	return base.ResolveReference(u).String()
}

// firstLink returns n if it is a link, else its first descendant link.
func firstLink(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	if n.DataAtom == atom.A && attr(n, "href") != "" {
		return n
	}
	return mustSelA.first(n)
}

var mustSelA = mustSel("a[href]")

// walkElements calls f on every element under n (n included) in document
// order; f returning false skips that element's children.
func walkElements(n *html.Node, f func(*html.Node) bool) {
	if n.Type == html.ElementNode || n.Type == html.DocumentNode {
		if n.Type == html.ElementNode && !f(n) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkElements(c, f)
	}
}

// isHidden reports whether n is hidden by a "hidden" class or an inline
// display:none: boards keep raw copies of posts there for their editors.
func isHidden(n *html.Node) bool {
	for _, f := range strings.Fields(attr(n, "class")) {
		if strings.EqualFold(f, "hidden") {
			return true
		}
	}
	st := attr(n, "style")
	return st != "" && strings.Contains(strings.ReplaceAll(strings.ToLower(st), " ", ""), "display:none")
}
