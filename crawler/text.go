package crawler

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/earshot-dev/earshot/post"
)

// skipped elements hold code or fallbacks, never prose a person wrote. They
// are matched by name, not atom, so an SVG <script> is dropped too.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"head": true, "iframe": true, "object": true,
}

// blocks are elements that start a new line when rendered; without a break
// "<p>a</p><p>b</p>" would read "ab".
var blocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true,
	"dd": true, "details": true, "div": true, "dl": true, "dt": true, "figcaption": true,
	"figure": true, "footer": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "header": true, "hr": true, "li": true, "main": true,
	"nav": true, "ol": true, "p": true, "pre": true, "section": true, "summary": true,
	"table": true, "td": true, "th": true, "tr": true, "ul": true,
}

// htmlToText renders an HTML fragment (or plain text with entities) as plain
// text: scripts and styles dropped, block elements as breaks, entities
// decoded, white space normalised by post.NormalizeSpace.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return post.NormalizeSpace(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		// html.Parse only fails on reader errors; a strings.Reader has none.
		return post.NormalizeSpace(s)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			name := strings.ToLower(n.Data)
			if skipped[name] {
				return
			}
			if blocks[name] {
				b.WriteByte('\n')
				defer b.WriteByte('\n')
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return post.NormalizeSpace(b.String())
}
