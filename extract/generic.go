package extract

import (
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// profileHref matches links to user profiles as boards of every engine and
// language write them.
var profileHref = regexp.MustCompile(`(?i)(/members?[/.]|/users?/|/u/|/profiles?[/.?]|/profil|memberlist\.php\?mode=viewprofile|user_?info|showuser|/author/|[?&](user_?id|uid|userid|memberid|member_id|user_profile|showuser)=|member\.php|/people/|/benutzer|/mitglied|/membre|personal_pages|user_profile|/user\.php|profile\.php|viewprofile)`)

// authorClass matches class or id fragments that mark a user name.
var authorClass = []string{"author", "username", "user-name", "user_name", "poster", "postername", "nickname", "nick", "usr", "member-name", "membername", "byline", "user"}

// notAuthorClass rules out class names that contain "user" but are not a
// name: user info panes, avatars, online lists.
var notAuthorClass = []string{"avatar", "userinfo", "user-info", "users", "usertitle", "user-title", "usercontent", "usertext", "online", "userstats", "user-stats", "usermenu", "user-menu", "signature", "extra", "blurb"}

// joinedWords mark the registration date in a user pane, which must not
// be taken for the post's date.
var joinedWords = []string{"join", "registr", "member since", "mitglied seit", "dabei seit", "inscri", "beigetreten", "since", "seit", "depuis", "desde", "last seen", "last visit", "zuletzt", "online", "location", "wohnort"}

var selNameInBox = mustSel("b, strong, a[href]")

type authorCand struct {
	n       *html.Node
	profile bool // a profile-like link rather than a class hint
}

// authorCands finds elements that name a post's author.
func authorCands(doc *html.Node) []authorCand {
	var out []authorCand
	walkElements(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Head, atom.Script, atom.Style, atom.Nav, atom.Header, atom.Footer:
			return false
		}
		if n.DataAtom == atom.A {
			href := attr(n, "href")
			if profileHref.MatchString(href) || attr(n, "rel") == "author" {
				out = append(out, authorCand{n, true})
				return false
			}
		}
		if attr(n, "itemprop") == "author" || attr(n, "rel") == "author" {
			out = append(out, authorCand{n, false})
			return false
		}
		named := classHas(n, authorClass...) && !classHas(n, notAuthorClass...)
		box := classHas(n, "profile", "userinfo", "user-info", "user_info", "posterinfo", "poster-info", "authorinfo", "author-info")
		if !named && !box {
			return true
		}
		t := textOf(n, nil)
		if len(t) > 300 {
			return true // a wrapper such as <body class="user-guest">
		}
		// A user pane: its profile link names the author better than the
		// pane's text.
		if l := profileLinkIn(n); l != nil {
			out = append(out, authorCand{l, true})
			return false
		}
		// The name element inside a pane ("<span class=username
		// itemprop=name>") beats the pane with its rank and counters.
		if d := nameIn(n); d != nil {
			out = append(out, authorCand{d, false})
			return false
		}
		if named && t != "" && len(t) <= 60 {
			out = append(out, authorCand{n, false})
			return false
		}
		// A profile box without a link: its first bold or linked line is
		// the name ("<div class=thread-profile-box><b>Name</b> Rank").
		if box {
			if b := selNameInBox.first(n); b != nil {
				if t := textOf(b, nil); len(t) >= 2 && len(t) <= 40 {
					out = append(out, authorCand{b, false})
					return false
				}
			}
		}
		return true
	})
	return out
}

// generic finds posts on boards without an adapter: sibling blocks of one
// kind (same parent, tag and class) that each hold an author-like element,
// a date and a text body. Each block extends over its following siblings
// up to the next block, which covers table layouts where the author row
// and the text row are separate. Blocks of the winning kind nested in one
// another (replies inside their parent's block) or indented (depth-N
// classes, growing margins) give Parent; a flat board keeps -1.
func (c *tctx) generic(doc *html.Node) []Post {
	cands := authorCands(doc)
	if len(cands) < 2 {
		return nil
	}
	type gkey struct {
		parent *html.Node
		sig    string
	}
	groups := map[gkey][]*html.Node{}
	var order []gkey
	seen := map[*html.Node]bool{}
	for _, a := range cands {
		depth := 0
		for x := a.n; x.Parent != nil && x.Parent.Type == html.ElementNode && depth < 25; x = x.Parent {
			depth++
			if x.DataAtom == atom.Body || x.DataAtom == atom.Html {
				break
			}
			if inlineTags[x.DataAtom] {
				continue
			}
			// Inline wrappers between a post and its list come from
			// mis-nested markup ("<i class=icon/>" opens an element in
			// HTML): group under the nearest block ancestor instead.
			parent := x.Parent
			for parent.Parent != nil && inlineTags[parent.DataAtom] {
				parent = parent.Parent
			}
			k := gkey{parent, blockSig(x)}
			if seen[x] {
				continue
			}
			seen[x] = true
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], x)
		}
	}
	isCand := map[*html.Node]authorCand{}
	for _, a := range cands {
		isCand[a.n] = a
	}
	var best []Post
	var bestNodes []*html.Node
	var bestKey gkey
	bestScore := 0
	for _, k := range order {
		members := groups[k]
		if len(members) < 2 {
			continue
		}
		posts, nodes, score := c.evalGroup(members, isCand)
		if score > bestScore && len(posts) >= 2 {
			best, bestNodes, bestKey, bestScore = posts, nodes, k, score
		}
	}
	// Replies nested in their parent's block are blocks of the same kind
	// under other parents: gather the blocks of each kind.
	bySig := map[string][]*html.Node{}
	var sigs []string
	parentOf := map[*html.Node]*html.Node{}
	for _, k := range order {
		if _, ok := bySig[k.sig]; !ok {
			sigs = append(sigs, k.sig)
		}
		for _, m := range groups[k] {
			bySig[k.sig] = append(bySig[k.sig], m)
			parentOf[m] = k.parent
		}
	}
	if len(best) == 0 {
		// No kind of block repeats among siblings, yet a comment and the
		// reply nested in it are two posts.
		for _, sig := range sigs {
			if posts, score := c.nestedReplies(nil, bySig[sig], parentOf, isCand); score > bestScore {
				best, bestScore = posts, score
			}
		}
		return best
	}
	if posts, _ := c.nestedReplies(bestNodes, bySig[bestKey.sig], parentOf, isCand); posts != nil {
		return posts
	}
	parentsByLevel(bestNodes, best)
	return best
}

// inlineTags never make a post block of their own.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.I: true, atom.B: true, atom.Span: true, atom.Em: true, atom.Strong: true,
	atom.Font: true, atom.U: true, atom.Small: true, atom.Abbr: true, atom.Img: true, atom.Time: true,
}

var digitsRe = regexp.MustCompile(`[0-9]+`)

// blockSig is an element's tag and first class with digits removed, so
// that "post bg1" and "post bg2" or "row1"/"row2" count as one kind.
func blockSig(n *html.Node) string {
	cl := strings.Fields(attr(n, "class"))
	first := ""
	if len(cl) > 0 {
		first = digitsRe.ReplaceAllString(cl[0], "")
		for _, alt := range []string{"odd", "even", "alt", "bg", "row"} {
			if first == alt {
				first = "~"
			}
		}
	}
	return n.Data + "." + first
}

// evalGroup builds a post from each member block and scores the group:
// the text of valid posts (author, date and body), each capped so that a
// few long posts do not beat many real ones.
func (c *tctx) evalGroup(members []*html.Node, isCand map[*html.Node]authorCand) ([]Post, []*html.Node, int) {
	isMember := map[*html.Node]bool{}
	for _, m := range members {
		isMember[m] = true
	}
	var posts []Post
	var nodes []*html.Node
	score, valid := 0, 0
	for _, m := range members {
		p, ok := c.genericPost(blockExtent(m, isMember), isCand)
		if !ok {
			continue
		}
		valid++
		posts = append(posts, p)
		nodes = append(nodes, m)
		l := len(p.Text)
		if l > 600 {
			l = 600
		}
		score += 50 + l
	}
	if valid < 2 || valid*2 < len(members) {
		return nil, nil, 0
	}
	return posts, nodes, score
}

// blockExtent is a block's extent: m and its following siblings up to the
// next member.
func blockExtent(m *html.Node, isMember map[*html.Node]bool) []*html.Node {
	ext := []*html.Node{m}
	for s := m.NextSibling; s != nil && !isMember[s]; s = s.NextSibling {
		if s.Type == html.ElementNode {
			ext = append(ext, s)
		}
	}
	return ext
}

var bodyHint = []string{"content", "message", "body", "posttext", "post-text", "post_text", "entry", "text", "comment", "msg", "bbwrapper", "post"}
var notBodyHint = []string{"attribution", "panel", "column", "col-", "utils", "sidebar", "author", "user", "sig", "head", "foot", "meta", "info", "date", "time", "title", "avatar", "profile", "rank", "quote", "button", "action", "tool", "control", "nav", "share", "like", "vote", "rating"}

// genericPost reads one block. It reports false when the block lacks an
// author, a date or a body.
func (c *tctx) genericPost(ext []*html.Node, isCand map[*html.Node]authorCand) (Post, bool) {
	p := Post{Parent: -1}
	// Author: the first candidate of the block, outside quotes, preferring
	// profile links; an avatar link gives the URL, a later one the name.
	var au *html.Node
	var auURL string
	for _, pass := range []bool{true, false} {
		for _, e := range ext {
			walkElements(e, func(n *html.Node) bool {
				if au != nil || isQuote(n) {
					return false
				}
				a, ok := isCand[n]
				if !ok || a.profile != pass {
					return true
				}
				if textOf(n, nil) == "" {
					if auURL == "" && a.profile {
						auURL = attr(n, "href")
					}
					return true
				}
				au = n
				return false
			})
		}
		if au != nil {
			break
		}
	}
	if au == nil {
		return p, false
	}
	// Every mention of the author in the block (avatar, name in the pane,
	// "by X" in a header), so that the body is chosen below them.
	auKey := candKey(au)
	var auAll []*html.Node
	for _, e := range ext {
		walkElements(e, func(n *html.Node) bool {
			if _, ok := isCand[n]; ok && (n == au || candKey(n) == auKey) {
				auAll = append(auAll, n)
			}
			return !isQuote(n)
		})
	}
	// Body: the hinted element with the most text that does not hold the
	// author, narrowed to the deepest hinted element that still holds 80%
	// of that text, so that a wrapper with buttons and dates loses to the
	// message inside it; else the unhinted element with the most text.
	type cand struct {
		n *html.Node
		l int
	}
	var hintedC []cand
	var fallback *html.Node
	fbLen := 0
	for _, e := range ext {
		walkElements(e, func(n *html.Node) bool {
			if skipTags[n.DataAtom] || isQuote(n) || isSignature(n) || n == au {
				return false
			}
			hinted := classHas(n, bodyHint...) && !classHas(n, notBodyHint...)
			if hinted || n.DataAtom == atom.Td || n.DataAtom == atom.Div || n.DataAtom == atom.Article || n.DataAtom == atom.Section || n.DataAtom == atom.Dd || n.DataAtom == atom.P {
				for _, a := range auAll {
					if a == n || isAncestor(n, a) {
						return true
					}
				}
				t := len(textOf(n, bodySkip))
				if t == 0 {
					return true
				}
				if hinted {
					hintedC = append(hintedC, cand{n, t})
				} else if t > fbLen {
					fallback, fbLen = n, t
				}
			}
			return true
		})
	}
	var body *html.Node
	bestLen := 0
	for _, h := range hintedC {
		if h.l > bestLen {
			body, bestLen = h.n, h.l
		}
	}
	for _, h := range hintedC {
		if h.l*5 >= bestLen*4 && body != nil && isAncestor(body, h.n) {
			body = h.n
		}
	}
	if body == nil || (fallback != nil && bestLen*3 < fbLen) {
		body = fallback
	}
	if body == nil {
		return p, false
	}
	p.Text = textOf(body, bodySkip)
	if p.Text == "" || teaser(ext, body, c) {
		return p, false
	}
	p.Author = strings.TrimPrefix(textOf(au, nil), "@")
	if clockRe.MatchString(p.Author) {
		return p, false // a duration or time in a "user"-classed element
	}
	if l := firstLink(au); l != nil {
		p.AuthorURL = resolve(c.base, attr(l, "href"))
	} else if auURL != "" {
		p.AuthorURL = resolve(c.base, auURL)
	}
	var found bool
	p.Date, p.DateText, found = c.findDate(ext, body, au)
	if !found {
		return p, false
	}
	p.Permalink = c.genericPermalink(ext, body)
	p.Badges = badgesOf(ext[0], body)
	return p, true
}

// joinedLine reports whether n sits in a "Joined: ..." line of a user pane.
func joinedLine(n *html.Node) bool {
	for i, p := 0, n; p != nil && i < 3; i, p = i+1, p.Parent {
		t := textOf(p, nil)
		if len(t) > 80 {
			return false
		}
		if joinedText(t) {
			return true
		}
	}
	return false
}

func joinedText(s string) bool {
	l := strings.ToLower(s)
	for _, w := range joinedWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

var permalinkHref = regexp.MustCompile(`(?i)(#(p|post|msg|comment|reply|entry|m|c)?[-_]?\d+$|[?&/](p|post|postid|pid|msg|comment|reply|commentid|message)[=/-]?\d+|/posts?/\d+|#[a-z]*\d+$)`)

// genericPermalink picks a link to the post itself (an anchor like #p123,
// post-9, comment-4), else the block's own id.
func (c *tctx) genericPermalink(ext []*html.Node, body *html.Node) string {
	var href string
	for _, e := range ext {
		walkElements(e, func(n *html.Node) bool {
			if href != "" || n == body {
				return false
			}
			if n.DataAtom == atom.A {
				h := attr(n, "href")
				if permalinkHref.MatchString(h) && !profileHref.MatchString(h) && !strings.Contains(h, "quote") && !strings.Contains(h, "reply") && !strings.Contains(h, "report") {
					href = h
					return false
				}
			}
			return true
		})
	}
	if href == "" {
		for _, e := range ext {
			if id := attr(e, "id"); id != "" && strings.ContainsAny(id, "0123456789") {
				href = "#" + id
				break
			}
		}
	}
	if href == "" {
		// An anchor right before the block: <a name="123"></a><table>...
		for s := ext[0].PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			if a := s; a.DataAtom == atom.A && (attr(a, "name") != "" || attr(a, "id") != "") && firstNonEmpty(attr(a, "name"), attr(a, "id")) != "" && a.FirstChild == nil {
				href = "#" + firstNonEmpty(attr(a, "name"), attr(a, "id"))
			}
			break
		}
	}
	if href == "" {
		return ""
	}
	return resolve(c.base, href)
}

// findDate looks for a post's date in its block: machine-readable or
// date-classed elements first, then short texts, all outside the body and
// the author element and away from "joined" lines of a user pane.
func (c *tctx) findDate(ext []*html.Node, body, au *html.Node) (date time.Time, text string, found bool) {
	// Date: machine-readable or date-classed elements first, then short
	// texts, all outside the body and away from "joined" lines.
	for pass := 0; pass < 2 && !found; pass++ {
		for _, e := range ext {
			if found {
				break
			}
			walkElements(e, func(n *html.Node) bool {
				if found || n == body || isQuote(n) || n == au {
					return false
				}
				if pass == 0 {
					if n.DataAtom == atom.Time || attr(n, "datetime") != "" || attr(n, "data-time") != "" || (classHas(n, "date", "time", "posted") && !classHas(n, "update")) {
						if t, s := c.dateOf(n); !t.IsZero() && !joinedLine(n) {
							date, text, found = t, s, true
						}
					}
					return !found
				}
				for k := n.FirstChild; k != nil; k = k.NextSibling {
					if k.Type != html.TextNode {
						continue
					}
					s := normSpace(k.Data)
					if len(s) < 4 || len(s) > 100 || joinedText(s) || joinedLine(n) {
						continue
					}
					// The whole element first: a date split across inline
					// elements ("21. Apr 2020, <span>19:40</span>").
					if pt := textOf(n, nil); len(pt) < 100 && pt != s && !joinedText(pt) {
						if t, ds, ok := c.dateInText(pt); ok {
							date, text, found = t, ds, true
							return false
						}
					}
					if t, ds, ok := c.dateInText(s); ok {
						date, text, found = t, ds, true
						return false
					}
				}
				return true
			})
		}
	}
	return date, text, found
}

// teaser reports whether a block is a link card to another page (related
// articles, blog listings) rather than a post: its body is short and mostly link
// text, or a heading in it links to another page without a fragment.
func teaser(ext []*html.Node, body *html.Node, c *tctx) bool {
	total, linked := 0, 0
	walkElements(body, func(n *html.Node) bool {
		if isQuote(n) || isSignature(n) {
			return false
		}
		if n.DataAtom == atom.A {
			linked += len(textOf(n, nil))
			return false
		}
		return true
	})
	total = len(textOf(body, bodySkip))
	if total > 0 && total < 300 && linked*2 > total {
		return true
	}
	page := ""
	if c.base != nil {
		u := *c.base
		u.Fragment = ""
		page = u.String()
	}
	heading := false
	for _, e := range ext {
		walkElements(e, func(n *html.Node) bool {
			switch n.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4:
				if l := firstLink(n); l != nil && !profileHref.MatchString(attr(l, "href")) {
					u := resolve(c.base, attr(l, "href"))
					if u != "" && u != page && !strings.Contains(u, "#") {
						heading = true
					}
				}
				return false
			}
			return !heading
		})
	}
	return heading
}

// profileLinkIn returns the first profile-like link under n with a name.
func profileLinkIn(n *html.Node) *html.Node {
	var found *html.Node
	walkElements(n, func(k *html.Node) bool {
		if found != nil {
			return false
		}
		if k.DataAtom == atom.A && profileHref.MatchString(attr(k, "href")) && textOf(k, nil) != "" {
			found = k
			return false
		}
		return true
	})
	return found
}

// candKey identifies an author candidate by its link, else its name.
func candKey(n *html.Node) string {
	if l := firstLink(n); l != nil {
		return attr(l, "href")
	}
	return textOf(n, nil)
}

// nameIn returns the first descendant of n that is marked as a name
// (itemprop=name, a class with "username" or "name") with a short text.
func nameIn(n *html.Node) *html.Node {
	var found *html.Node
	walkElements(n, func(k *html.Node) bool {
		if found != nil {
			return false
		}
		if k != n && (attr(k, "itemprop") == "name" || classHas(k, "username", "user-name", "user_name", "name")) {
			if t := textOf(k, nil); len(t) >= 2 && len(t) <= 40 {
				found = k
				return false
			}
		}
		return true
	})
	return found
}
