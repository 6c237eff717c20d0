package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// postTypes are the schema.org types that hold one post of a thread or
// comment section.
var postTypes = map[string]bool{
	"DiscussionForumPosting": true, "Comment": true, "BlogPosting": true, "SocialMediaPosting": true,
	"Answer": true, "Question": true, "UserComments": true,
}

// childProps are the properties through which a post holds its replies.
var childProps = []string{"comment", "comments", "suggestedAnswer", "acceptedAnswer", "hasPart", "replies"}

var selLDScript = mustSel("script[type=application/ld+json]")

// structured returns posts from JSON-LD or, failing that, microdata,
// whichever finds more.
func (c *tctx) structured(doc *html.Node) ([]Post, string) {
	ld := c.jsonLD(doc)
	md := c.microdata(doc)
	if len(md) > len(ld) {
		return md, "microdata"
	}
	if len(ld) > 0 {
		return ld, "jsonld"
	}
	return nil, ""
}

// jsonLD reads posts from JSON-LD blocks. A lone posting without replies
// is an article, not a thread, and yields nothing; posts without
// text are dropped because many boards describe only the thread's head.
func (c *tctx) jsonLD(doc *html.Node) []Post {
	var posts []Post
	for _, s := range selLDScript.all(doc) {
		raw := textOfRaw(s)
		var v any
		if err := json.Unmarshal([]byte(strings.TrimSpace(raw)), &v); err != nil {
			continue
		}
		c.ldWalk(v, -1, &posts, 0)
	}
	if len(posts) < 2 {
		// One post with no replies is an article's self-description or
		// the head of a thread whose replies the markup leaves out.
		return nil
	}
	return posts
}

// textOfRaw is the raw text of a script element.
func textOfRaw(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func ldTypes(m map[string]any) []string {
	switch t := m["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func (c *tctx) ldWalk(v any, parent int, posts *[]Post, depth int) {
	if depth > 30 || len(*posts) > 5000 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			c.ldWalk(e, parent, posts, depth+1)
		}
	case map[string]any:
		isPost := false
		for _, t := range ldTypes(x) {
			if postTypes[strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")] {
				isPost = true
			}
		}
		if !isPost {
			if g, ok := x["@graph"]; ok {
				c.ldWalk(g, parent, posts, depth+1)
			}
			for _, k := range []string{"mainEntity", "mainEntityOfPage"} {
				if m, ok := x[k].(map[string]any); ok {
					c.ldWalk(m, parent, posts, depth+1)
				}
			}
			return
		}
		p := Post{Parent: parent}
		p.Author, p.AuthorURL = ldAuthor(x["author"])
		p.AuthorURL = resolve(c.base, p.AuthorURL)
		for _, k := range []string{"datePublished", "dateCreated", "commentTime", "uploadDate"} {
			if s, ok := x[k].(string); ok && s != "" {
				// Some boards print the Unix epoch for a missing date.
				if t, ok := ParseDate(s, c.lang, c.now); ok && t.Year() > 1990 {
					p.Date, p.DateText = t, s
					break
				}
			}
		}
		for _, k := range []string{"text", "articleBody", "commentText"} {
			if s, ok := x[k].(string); ok && s != "" {
				p.Text = htmlToText(s)
				break
			}
		}
		for _, k := range []string{"url", "@id"} {
			if s, ok := x[k].(string); ok && s != "" {
				p.Permalink = resolve(c.base, s)
				break
			}
		}
		self := parent
		dup := -1
		for i, q := range *posts {
			// The thread's head is often repeated as its first comment;
			// merge the two rather than count the post twice.
			if p.Text != "" && q.Text == p.Text && (q.Author == p.Author || q.Author == "" || p.Author == "") {
				dup = i
				break
			}
		}
		switch {
		case dup >= 0:
			// The merged post keeps its own place in the tree: the copy
			// hangs under it and must not make it its own parent.
			keep := (*posts)[dup].Parent
			fillFrom((*posts)[dup:dup+1], []Post{p})
			(*posts)[dup].Parent = keep
			self = dup
		case p.Text != "":
			*posts = append(*posts, p)
			self = len(*posts) - 1
		}
		for _, k := range childProps {
			if ch, ok := x[k]; ok {
				c.ldWalk(ch, self, posts, depth+1)
			}
		}
	}
}

// ldAuthor reads an author given as a string, a Person object or a list.
func ldAuthor(v any) (name, u string) {
	switch a := v.(type) {
	case string:
		return strings.TrimSpace(a), ""
	case []any:
		if len(a) > 0 {
			return ldAuthor(a[0])
		}
	case map[string]any:
		name, _ = a["name"].(string)
		u, _ = a["url"].(string)
		if u == "" {
			u, _ = a["@id"].(string)
			if strings.HasPrefix(u, "_:") {
				u = ""
			}
		}
		return strings.TrimSpace(name), u
	}
	return "", ""
}

// htmlToText strips markup some boards leave in JSON-LD text.
func htmlToText(s string) string {
	if !strings.Contains(s, "<") {
		return normSpace(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return normSpace(s)
	}
	return textOf(doc, bodySkip)
}
