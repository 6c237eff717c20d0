package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// microdata reads posts from schema.org microdata: itemscope elements whose
// itemtype is a post type. A post inside another post's item answers it.
// Posts without text are dropped, and fewer than two posts do not make a
// thread.
func (c *tctx) microdata(doc *html.Node) []Post {
	var nodes []*html.Node
	walkElements(doc, func(n *html.Node) bool {
		if _, ok := attrOK(n, "itemscope"); ok && isPostType(attr(n, "itemtype")) {
			nodes = append(nodes, n)
		}
		return true
	})
	if len(nodes) < 2 {
		return nil
	}
	isItem := map[*html.Node]bool{}
	for _, n := range nodes {
		isItem[n] = true
	}
	var posts []Post
	var kept []*html.Node
	for _, n := range nodes {
		p := Post{Parent: -1}
		var body *html.Node
		mdProps(n, func(prop string, v *html.Node) {
			switch prop {
			case "author", "creator":
				if p.Author != "" {
					return
				}
				if _, scoped := attrOK(v, "itemscope"); scoped {
					mdProps(v, func(k string, w *html.Node) {
						switch k {
						case "name":
							if p.Author == "" {
								p.Author = mdValue(w)
							}
						case "url":
							if p.AuthorURL == "" {
								p.AuthorURL = resolve(c.base, mdValue(w))
							}
						}
					})
					if p.Author == "" {
						p.Author = textOf(v, nil)
					}
				} else {
					p.Author = mdValue(v)
				}
				if p.AuthorURL == "" {
					if l := firstLink(v); l != nil {
						p.AuthorURL = resolve(c.base, attr(l, "href"))
					} else if l := closest(v, func(x *html.Node) bool { return x.DataAtom == atom.A && attr(x, "href") != "" }); l != nil && isAncestor(n, l) {
						// <a href=profile><span itemprop=author>Name</span></a>
						p.AuthorURL = resolve(c.base, attr(l, "href"))
					}
				}
			case "datePublished", "dateCreated", "commentTime", "uploadDate":
				if p.Date.IsZero() {
					if t, ok := ParseDate(mdValue(v), c.lang, c.now); ok {
						p.Date = t
						p.DateText = firstNonEmpty(textOf(v, nil), mdValue(v))
					}
				}
			case "text", "articleBody", "commentText":
				if body == nil {
					body = v
				}
			case "url":
				if p.Permalink == "" {
					p.Permalink = resolve(c.base, mdValue(v))
				}
			}
		})
		if body != nil {
			p.Text = textOf(body, func(x *html.Node) bool { return bodySkip(x) || isItem[x] })
		}
		if p.Text == "" {
			continue
		}
		p.Badges = badgesOf(n, body)
		posts = append(posts, p)
		kept = append(kept, n)
	}
	if len(posts) < 2 {
		return nil
	}
	parentsByNesting(kept, posts)
	return posts
}

func isPostType(t string) bool {
	for _, f := range strings.Fields(t) {
		i := strings.LastIndexByte(f, '/')
		if postTypes[f[i+1:]] {
			return true
		}
	}
	return false
}

// mdProps calls f for each itemprop of the item n, not descending into
// nested items (whose properties are their own).
func mdProps(n *html.Node, f func(prop string, v *html.Node)) {
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if ps := attr(c, "itemprop"); ps != "" {
				for _, p := range strings.Fields(ps) {
					f(p, c)
				}
			}
			if _, scoped := attrOK(c, "itemscope"); scoped {
				continue
			}
			walk(c)
		}
	}
	walk(n)
}

// mdValue is a microdata property's value per the HTML spec: content,
// datetime, href/src, else text.
func mdValue(n *html.Node) string {
	if v, ok := attrOK(n, "content"); ok {
		return strings.TrimSpace(v)
	}
	switch n.DataAtom {
	case atom.Time:
		if v, ok := attrOK(n, "datetime"); ok {
			return strings.TrimSpace(v)
		}
	case atom.A, atom.Link, atom.Area:
		return attr(n, "href")
	case atom.Img, atom.Audio, atom.Video, atom.Source:
		return attr(n, "src")
	case atom.Meta:
		return attr(n, "content")
	}
	return textOf(n, nil)
}
