package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"

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
	// name, when set, is the author's name as the first line of a user
	// pane that has no link or name element ("<h3>name <em>rank</em>
	// <small>date</small></h3>"); n is the element that holds it.
	name string
}

// authorCands finds elements that name a post's author.
func authorCands(doc *html.Node) []authorCand {
	var out []authorCand
	walkElements(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Head, atom.Script, atom.Style, atom.Nav:
			return false
		case atom.Header, atom.Footer:
			// The page's header and footer name the signed-in user and
			// the site; a post's own <header>/<footer> (WordPress's
			// "comment-meta", HTML5 themes) holds its author.
			if !inPostLike(n) {
				return false
			}
		}
		if n.DataAtom == atom.A {
			href := attr(n, "href")
			if profileHref.MatchString(rootedHref(href)) || attr(n, "rel") == "author" {
				out = append(out, authorCand{n: n, profile: true})
				return false
			}
		}
		if attr(n, "itemprop") == "author" || attr(n, "rel") == "author" {
			out = append(out, authorCand{n: n})
			return false
		}
		named := classHas(n, authorClass...) && !classHas(n, notAuthorClass...)
		box := classHas(n, "profile", "userinfo", "user-info", "user_info", "posterinfo", "poster-info", "authorinfo", "author-info")
		if !named && !box {
			return true
		}
		t := textOf(n, nil)
		// A wrapper such as <body class="user-guest"> is long; a user
		// pane with counters, ranks and badges can reach a few hundred.
		if len(t) > 300 {
			if box && !named && len(t) <= 2000 && profileLinkIn(n) == nil && nameIn(n) == nil {
				if holder, name := firstLine(n); holder != nil {
					out = append(out, authorCand{n: holder, name: name})
					return false
				}
			}
			return true
		}
		// A user pane: its profile link names the author better than the
		// pane's text.
		if l := profileLinkIn(n); l != nil {
			out = append(out, authorCand{n: l, profile: true})
			return false
		}
		// The name element inside a pane ("<span class=username
		// itemprop=name>") beats the pane with its rank and counters.
		if d := nameIn(n); d != nil {
			out = append(out, authorCand{n: d})
			return false
		}
		if named && t != "" && len(t) <= 60 {
			out = append(out, authorCand{n: n})
			return false
		}
		// A profile box without a link: its first bold or linked line is
		// the name ("<div class=thread-profile-box><b>Name</b> Rank").
		if box {
			if b := selNameInBox.first(n); b != nil {
				if t := textOf(b, nil); len(t) >= 2 && len(t) <= 40 {
					out = append(out, authorCand{n: b})
					return false
				}
			}
			// Else its first line of text, when it reads as a name.
			if holder, name := firstLine(n); holder != nil {
				out = append(out, authorCand{n: holder, name: name})
				return false
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
		return c.withGenericStarter(posts, bestNodes[0], cands, isCand)
	}
	parentsByLevel(bestNodes, best)
	return c.withGenericStarter(best, bestNodes[0], cands, isCand)
}

// withGenericStarter prepends the thread's opening post when it sits in a
// block of its own kind before the replies (a discussion header above a
// comment list, as Vanilla, Discourse-like and Q&A boards print it): the
// nearest author candidates before the first reply are tried, each with
// its widest ancestor that does not hold the replies.
func (c *tctx) withGenericStarter(posts []Post, first *html.Node, cands []authorCand, isCand map[*html.Node]authorCand) []Post {
	root := first
	for root.Parent != nil {
		root = root.Parent
	}
	order := map[*html.Node]int{}
	i := 0
	walkElements(root, func(n *html.Node) bool {
		order[n] = i
		i++
		return true
	})
	tries := 0
	tried := map[*html.Node]bool{}
	for k := len(cands) - 1; k >= 0 && tries < 3; k-- {
		a := cands[k].n
		if order[a] >= order[first] || isAncestor(a, first) {
			continue
		}
		x := a
		for x.Parent != nil && x.Parent.Type == html.ElementNode && !isAncestor(x.Parent, first) {
			x = x.Parent
		}
		if tried[x] || x.DataAtom == atom.Body || x.DataAtom == atom.Html || x.DataAtom == atom.Head || blockSig(x) == blockSig(first) {
			continue
		}
		tried[x] = true
		tries++
		p, ok := c.genericPost([]*html.Node{x}, isCand)
		// The thread's header (title, starter's name and date) repeats
		// the first post's author and date: it is not a post.
		if !ok || (len(posts) > 0 && (p.Text == posts[0].Text || (sameAuthor(p, posts[0]) && p.Date.Equal(posts[0].Date)))) {
			continue
		}
		out := make([]Post, 0, len(posts)+1)
		out = append(out, p)
		for _, q := range posts {
			if q.Parent >= 0 {
				q.Parent++
			}
			out = append(out, q)
		}
		return out
	}
	return posts
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
	// A block's extent ends at the next member or at an element that
	// holds one: mis-nested inline tags ("<i class=icon/>") wrap the
	// following posts, and the page's footer with them.
	isMember := map[*html.Node]bool{}
	for _, m := range members {
		isMember[m] = true
	}
	for _, m := range members {
		for x := m.Parent; x != nil && inlineTags[x.DataAtom] && !isMember[x]; x = x.Parent {
			isMember[x] = true
		}
	}
	var posts []Post
	var nodes []*html.Node
	score, valid := 0, 0
	// The siblings up to the next block serve table layouts that split a
	// post over rows; after the last block they run on into the page's
	// footer, so the last extent is no longer than the others'.
	exts := make([][]*html.Node, len(members))
	maxExt := 0
	for i, m := range members {
		exts[i] = blockExtent(m, isMember)
		if i < len(members)-1 {
			maxExt = max(maxExt, len(exts[i]))
		}
	}
	if last := len(exts) - 1; last > 0 && len(exts[last]) > maxExt {
		exts[last] = exts[last][:maxExt]
	}
	for i, m := range members {
		p, ok := c.genericPost(exts[i], isCand)
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
				if au != nil || gQuote(n) {
					return false
				}
				a, ok := isCand[n]
				if !ok || a.profile != pass {
					return true
				}
				if t := textOf(n, nil); t == "" || !hasLetter(t) {
					// An avatar link gives the URL; a post count
					// ("45,310") linked to the user's posts is no name.
					if auURL == "" && a.profile && t == "" {
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
			return !gQuote(n)
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
			if skipTags[n.DataAtom] || gQuote(n) || isSignature(n) || n == au {
				return false
			}
			hinted := classHas(n, bodyHint...) && !classHas(n, notBodyHint...)
			if hinted || n.DataAtom == atom.Td || n.DataAtom == atom.Div || n.DataAtom == atom.Article || n.DataAtom == atom.Section || n.DataAtom == atom.Dd || n.DataAtom == atom.P {
				for _, a := range auAll {
					if a == n || isAncestor(n, a) {
						return true
					}
				}
				t := len(textOf(n, gBodySkip))
				if t == 0 {
					return true
				}
				if hinted {
					hintedC = append(hintedC, cand{n, t})
				} else if t > fbLen && !inUserPane(n, e) {
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
	p.Text = postBodyText(body)
	if p.Text == "" || teaser(ext, body, c) {
		return p, false
	}
	auName := isCand[au].name
	p.Author = strings.TrimPrefix(textOf(au, nil), "@")
	// A name read from a pane's first line shares its element with the
	// rank and often the date: the date search looks inside it.
	dateAu := au
	if auName != "" {
		p.Author = auName
		dateAu = nil
	}
	if clockRe.MatchString(p.Author) {
		return p, false // a duration or time in a "user"-classed element
	}
	if l := firstLink(au); l != nil && auName == "" {
		p.AuthorURL = resolve(c.base, attr(l, "href"))
	} else if auURL != "" {
		p.AuthorURL = resolve(c.base, auURL)
	}
	var found bool
	p.Date, p.DateText, found = c.findDate(ext, body, dateAu)
	if !found {
		// A body that holds the post's header ("Posted <time>") hides
		// the date: narrow it to the part beside the date.
		var hinted []*html.Node
		for _, h := range hintedC {
			hinted = append(hinted, h.n)
		}
		inner := c.besideDate(body, hinted)
		if inner == nil {
			return p, false
		}
		body = inner
		p.Text = postBodyText(body)
		if p.Text == "" || teaser(ext, body, c) {
			return p, false
		}
		if p.Date, p.DateText, found = c.findDate(ext, body, dateAu); !found {
			return p, false
		}
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
	// texts, all outside the body and away from "joined" lines. Among
	// texts, the first with a clock or a full year wins over a bare one
	// before it (a subject line "Re: VLC 1.1.10+" reads as a date).
	var weak struct {
		t  time.Time
		s  string
		ok bool
	}
	var root *html.Node // the block root being walked
	keep := func(n *html.Node, t time.Time, ds string) bool {
		// A date in a user pane with no label we know ("Founded: ...")
		// is more likely the user's than the post's.
		if fullDate.MatchString(ds) && !inProfileBox(n, root) {
			date, text, found = t, ds, true
			return true
		}
		if !weak.ok {
			weak.t, weak.s, weak.ok = t, ds, true
		}
		return false
	}
	for pass := 0; pass < 2 && !found; pass++ {
		for _, e := range ext {
			if found {
				break
			}
			root = e
			walkElements(e, func(n *html.Node) bool {
				if found || n == body || gQuote(n) || n == au {
					return false
				}
				if pass == 0 {
					if n.DataAtom == atom.Time || attr(n, "datetime") != "" || attr(n, "data-time") != "" || (classHas(n, "date", "time", "posted") && !classHas(n, "update")) {
						if t, s := c.dateOf(n); !t.IsZero() && !joinedLine(n) && !editedLine(n) {
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
					if len(s) < 4 || len(s) > 100 || joinedText(s) || joinedLine(n) || editedLine(n) {
						continue
					}
					// The whole element first: a date split across inline
					// elements ("21. Apr 2020, <span>19:40</span>").
					if pt := textOf(n, nil); len(pt) < 100 && pt != s && !joinedText(pt) {
						if t, ds, ok := c.dateInText(pt); ok {
							if keep(n, t, ds) {
								return false
							}
							continue
						}
					}
					if t, ds, ok := c.dateInText(s); ok && keep(n, t, ds) {
						return false
					}
				}
				return true
			})
		}
	}
	if !found && weak.ok {
		return weak.t, weak.s, true
	}
	return date, text, found
}

// fullDate matches a date text with a clock or a four-digit year, which
// a version number or a count read as a date ("VLC 1.1.10") lacks.
var fullDate = regexp.MustCompile(`\d{1,2}:\d{2}|\b(19|20)\d{2}\b`)

// teaser reports whether a block is a link card to another page (related
// articles, blog listings) rather than a post: its body is short and mostly link
// text, or a heading in it links to another page without a fragment.
func teaser(ext []*html.Node, body *html.Node, c *tctx) bool {
	total, linked := 0, 0
	walkElements(body, func(n *html.Node) bool {
		if gQuote(n) || isSignature(n) {
			return false
		}
		// An anchor without href ("<a name=post1/>", which the parser
		// keeps open around the post) is no link.
		if n.DataAtom == atom.A && attr(n, "href") != "" {
			linked += len(textOf(n, nil))
			return false
		}
		return true
	})
	total = len(textOf(body, gBodySkip))
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
				// Resolved, so that a relative profile link
				// ("members/name.12/") is seen as one.
				if l := firstLink(n); l != nil && !profileHref.MatchString(attr(l, "href")) {
					u := resolve(c.base, attr(l, "href"))
					if u != "" && u != page && !strings.Contains(u, "#") && !profileHref.MatchString(u) && !classHas(l, "username", "author") {
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
		if k.DataAtom == atom.A && profileHref.MatchString(rootedHref(attr(k, "href"))) && hasLetter(textOf(k, nil)) {
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

// gQuote is isQuote for the generic detector, which also sees icon
// elements: "<i class='icon fa-quote-left'/>" names a quote button's icon,
// and written self-closing it opens an <i> that the parser keeps open
// around the rest of the post, body included.
func gQuote(n *html.Node) bool {
	return isQuote(n) && !isIcon(n)
}

// gBodySkip is bodySkip with gQuote.
func gBodySkip(n *html.Node) bool {
	return gQuote(n) || isSignature(n) || isChrome(n)
}

// isIcon reports whether n is an icon-font element (Font Awesome,
// Glyphicons, Bootstrap Icons and the like), never a quote.
func isIcon(n *html.Node) bool {
	for _, f := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		switch {
		case f == "icon" || f == "fa" || f == "fas" || f == "far" || f == "fab" || f == "glyphicon" || f == "bi":
			return true
		case strings.HasPrefix(f, "fa-") || strings.HasPrefix(f, "icon-") || strings.HasPrefix(f, "glyphicon-") || strings.HasPrefix(f, "bi-"):
			return true
		}
	}
	return false
}

// besideDate returns the element under body with the most text that holds
// no date element, preferring hinted ones; nil when body has no date
// element or nothing beside it.
func (c *tctx) besideDate(body *html.Node, hinted []*html.Node) *html.Node {
	var dated []*html.Node
	walkElements(body, func(n *html.Node) bool {
		if gQuote(n) {
			return false
		}
		if n.DataAtom == atom.Time || attr(n, "datetime") != "" || attr(n, "data-time") != "" || (classHas(n, "date", "time", "posted") && !classHas(n, "update")) {
			if t, _ := c.dateOf(n); !t.IsZero() && !joinedLine(n) && !editedLine(n) {
				dated = append(dated, n)
				return false
			}
		}
		return true
	})
	if len(dated) == 0 {
		return nil
	}
	clear := func(n *html.Node) bool {
		if n == body || !isAncestor(body, n) {
			return false
		}
		for _, d := range dated {
			if d == n || isAncestor(n, d) || isAncestor(d, n) {
				return false
			}
		}
		return true
	}
	pick := func(nodes []*html.Node) *html.Node {
		var best *html.Node
		bestLen := 0
		for _, n := range nodes {
			if !clear(n) {
				continue
			}
			if l := len(textOf(n, gBodySkip)); l > bestLen {
				best, bestLen = n, l
			}
		}
		return best
	}
	if b := pick(hinted); b != nil {
		return b
	}
	var blocks []*html.Node
	walkElements(body, func(n *html.Node) bool {
		if skipTags[n.DataAtom] || gQuote(n) || isSignature(n) {
			return false
		}
		switch n.DataAtom {
		case atom.Div, atom.Td, atom.Article, atom.Section, atom.Dd, atom.P:
			blocks = append(blocks, n)
		}
		return true
	})
	return pick(blocks)
}

// editedWords mark a "last edited" line, whose date is not the post's.
var editedWords = []string{"edited", "bearbeitet", "geändert", "modifié", "editado", "modificado", "modificato", "bewerkt"}

// editedLine reports whether n follows an "edited" word in a short line
// ("Last edited: <date>"); "<date> . Edited <date>" keeps its first date.
func editedLine(n *html.Node) bool {
	for i, p := 0, n; p != nil && i < 3; i, p = i+1, p.Parent {
		if len(textOf(p, nil)) > 80 {
			return false
		}
		t := strings.ToLower(textBefore(p, n))
		for _, w := range editedWords {
			if strings.Contains(t, w) {
				return true
			}
		}
	}
	return false
}

// textBefore is the text under p that comes before n.
func textBefore(p, n *html.Node) string {
	var b strings.Builder
	done := false
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		for c := x.FirstChild; c != nil && !done; c = c.NextSibling {
			switch {
			case c == n:
				done = true
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && !skipTags[c.DataAtom]:
				walk(c)
			}
		}
	}
	walk(p)
	return b.String()
}

// rootedHref makes a relative href ("members/x.12/") rooted, so that
// profileHref, written for paths, sees its first segment.
func rootedHref(h string) string {
	if h == "" || strings.HasPrefix(h, "/") || strings.HasPrefix(h, "#") || strings.HasPrefix(h, "?") || strings.HasPrefix(h, ".") || strings.Contains(h, ":") {
		return h
	}
	return "/" + h
}

// hasLetter reports whether s holds a letter: a name does, a count does not.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// inUserPane reports whether n is or sits in a user pane (name, rank,
// "Joined", post count) under the block root e: next to a one-word post
// its counters are longer than the post, yet never its body.
func inUserPane(n, e *html.Node) bool {
	for x := n; x != nil && x != e; x = x.Parent {
		if classHas(x, "user", "author", "profile", "poster", "member") && !classHas(x, "usercontent", "user-content", "usertext", "user-text") {
			return true
		}
	}
	return false
}

// firstLine returns the first text of a user pane and the element that
// holds it, when that text reads as a name: short, with a letter, not a
// "Joined" line, not a date.
func firstLine(pane *html.Node) (*html.Node, string) {
	var holder *html.Node
	var name string
	stop := false
	walkElements(pane, func(n *html.Node) bool {
		if stop || skipTags[n.DataAtom] || isHidden(n) {
			return false
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.TextNode {
				continue
			}
			t := normSpace(k.Data)
			if t == "" {
				continue
			}
			stop = true
			if len(t) >= 2 && len(t) <= 40 && hasLetter(t) && !joinedText(t) && !strings.HasSuffix(t, ":") && !digitsRe.MatchString(t[:1]) {
				holder, name = n, t
			}
			return false
		}
		return true
	})
	return holder, name
}

// replySubject matches a reply's subject line ("Re: title", "AW: title").
var replySubject = regexp.MustCompile(`(?i)^(re|aw|antw|sv|vs|odp|wg|rif|res)(\[\d+\]|\^\d+)?\s*:\s*\S`)

// postBodyText is the body's text without quotes and signatures, and
// without a leading reply subject line ("AW: thread title") that some
// boards print inside the message element.
func postBodyText(body *html.Node) string {
	var first *html.Node
	walkElements(body, func(n *html.Node) bool {
		if first != nil || gBodySkip(n) || skipTags[n.DataAtom] {
			return false
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.TextNode && strings.TrimSpace(k.Data) != "" {
				first = n
				return false
			}
		}
		return true
	})
	if first == nil || first == body {
		return textOf(body, gBodySkip)
	}
	line := textOf(first, nil)
	if len(line) > 200 || !replySubject.MatchString(line) {
		return textOf(body, gBodySkip)
	}
	// The widest element under body that holds just that line.
	subj := first
	for x := first.Parent; x != nil && x != body && textOf(x, nil) == line; x = x.Parent {
		subj = x
	}
	if subj == first && first.DataAtom != atom.B && first.DataAtom != atom.Strong && !isBlockish(first) {
		return textOf(body, gBodySkip)
	}
	return textOf(body, func(n *html.Node) bool { return n == subj || gBodySkip(n) })
}

// isBlockish reports whether n makes a line of its own.
func isBlockish(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Dt, atom.Li:
		return true
	}
	return false
}

// inProfileBox reports whether n sits in a user's profile box under the
// block root e.
func inProfileBox(n, e *html.Node) bool {
	for x := n; x != nil && x != e; x = x.Parent {
		if classHas(x, "profile", "userinfo", "user-info", "user_info", "posterinfo", "poster-info", "authorinfo", "author-info", "memberinfo", "member-info") {
			return true
		}
	}
	return false
}

// sameAuthor reports whether two posts name one author, by profile link
// when both have one.
func sameAuthor(a, b Post) bool {
	if a.AuthorURL != "" && b.AuthorURL != "" {
		return a.AuthorURL == b.AuthorURL
	}
	return a.Author == b.Author
}

// inPostLike reports whether n sits in an article, list item, section or
// table cell: a <header> or <footer> there belongs to a post, not to the
// page.
func inPostLike(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Article, atom.Li, atom.Section, atom.Td:
			return true
		}
	}
	return false
}
