package extract

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// adapter knows one forum engine's markup. Selectors are tried in order
// inside each post element; detection uses markup signatures (generator
// meta, characteristic ids and classes), never host names.
type adapter struct {
	name string
	// detect reports whether the page was made by this engine.
	detect sel
	// generator, when set, matches the generator meta as an alternative
	// signature.
	generator string
	post      sel
	postFn    func(*html.Node) bool
	author    sel
	date      sel
	body      sel
	permalink sel
	// skip leaves engine chrome inside the body out of the text.
	skip func(*html.Node) bool
	// nested: replies sit inside their parent's element.
	nested bool
	// fix adjusts a post with engine-specific knowledge.
	fix func(c *tctx, n *html.Node, p *Post)
}

var selGenerator = mustSel("meta[name=generator]")

var vb3PostID = regexp.MustCompile(`^post\d+$`)

// adapters is the engine table, most specific signatures first.
var adapters = []adapter{
	{
		name:      "xenforo",
		detect:    mustSel("article.message[data-author], html#XF"),
		post:      mustSel("article.message[data-author], article.message--post"),
		author:    mustSel(".message-name .username, h4.message-name a, .message-name, a.username"),
		date:      mustSel(".message-attribution-main time, .message-attribution time, time.u-dt, time"),
		body:      mustSel(".message-body .bbWrapper, .message-body, .bbWrapper, .message-content"),
		permalink: mustSel(".message-attribution-main a[href*=post], .message-attribution-opposite a[href*=post], .message-attribution a[href]"),
		fix:       authorFromData,
	},
	{
		name:      "xenforo1",
		detect:    mustSel("li.message[data-author], html#XenForo"),
		post:      mustSel("li.message[data-author], li.message[id^=post-]"),
		author:    mustSel(".messageUserInfo a.username, .userText a.username, a.username, .username"),
		date:      mustSel(".messageMeta .DateTime, a.datePermalink, .DateTime, .privateControls .item"),
		body:      mustSel(".messageContent .messageText, blockquote.messageText, .messageText, .messageContent"),
		permalink: mustSel("a.datePermalink, a.hashPermalink, .messageMeta a[href*=posts]"),
		fix:       authorFromData,
	},
	{
		name:      "discourse",
		generator: "discourse",
		detect:    mustSel("div.crawler-post, #topic-title, div.topic-post"),
		post:      mustSel("div.crawler-post, div.topic-body, article.boxed"),
		author:    mustSel(".creator a, [itemprop=author] a, .creator, .names a, .username a"),
		date:      mustSel("time.post-time, .crawler-post-infos time, time, .post-date"),
		body:      mustSel("div.post, .cooked, [itemprop=text], [itemprop=articleBody]"),
		permalink: mustSel(".crawler-post-infos a[href], a.post-date, .post-info a[href]"),
	},
	{
		name:      "invision",
		detect:    mustSel("article.ipsComment, div.ipsComment, article.cPost, body[data-pageapp]"),
		post:      mustSel("article.ipsComment, article.cPost, div.ipsComment"),
		author:    mustSel(".cAuthorPane_author a, .cAuthorPane_author strong, .ipsComment_author a, [itemprop=author] [itemprop=name], a.ipsType_break"),
		date:      mustSel(".ipsComment_meta time, .ipsType_reset time, time"),
		body:      mustSel("[data-role=commentContent], .cPost_contentWrap .ipsType_richText, .ipsComment_content .ipsType_richText, .ipsType_richText"),
		permalink: mustSel(".ipsComment_meta a[href*=comment], .ipsComment_meta a[href], a[data-roleshare]"),
	},
	{
		name:      "vanilla",
		detect:    mustSel("li.ItemComment, div.ItemDiscussion, body#vanilla_discussion_index, ul.MessageList"),
		post:      mustSel("div.ItemDiscussion, li.ItemComment, div.Discussion .Item, li.Item.Comment"),
		author:    mustSel(".Author a.Username, a.Username, .Author .Username, .Author a, .Username"),
		date:      mustSel(".DateCreated time, .MItem.DateCreated, time"),
		body:      mustSel(".Message.userContent, .Message, .userContent, .Item-Body"),
		permalink: mustSel(".DateCreated a[href], a.Permalink, .Permalink a"),
	},
	{
		name:      "vbulletin5",
		detect:    mustSel("li.b-post, div.b-post"),
		post:      mustSel("li.b-post, div.b-post"),
		author:    mustSel(".b-userinfo__details .author a, .author a, .b-post__owner a, .b-userinfo a"),
		date:      mustSel(".b-post__timestamp, time"),
		body:      mustSel(".js-post__content-text, .b-post__content, .restore"),
		permalink: mustSel("a.b-post__count, .b-post__count a"),
	},
	{
		name:      "vbulletin4",
		generator: "vbulletin",
		detect:    mustSel("li.postcontainer, li.postbitlegacy, li.postbit, ol#posts li[id^=post_]"),
		post:      mustSel("li.postcontainer, li.postbitlegacy, li.postbit, li.postbitim, ol#posts li[id^=post_]"),
		author:    mustSel(".userinfo a.username, a.username, .username, .popupmenu a"),
		date:      mustSel(".postdate .date, span.date, .postdate, .posthead .date"),
		body:      mustSel("blockquote.postcontent, .postcontent, .content"),
		permalink: mustSel("a.postcounter, .nodecontrols a[href*=post], a[name^=post]"),
	},
	{
		name:      "vbulletin3",
		generator: "vbulletin",
		detect:    mustSel("div[id^=post_message_], a.bigusername"),
		postFn:    func(n *html.Node) bool { return n.Data == "table" && vb3PostID.MatchString(attr(n, "id")) },
		author:    mustSel("a.bigusername, .bigusername, div[id^=postmenu_] a"),
		date:      mustSel("td.thead, .thead"),
		body:      mustSel("div[id^=post_message_]"),
		permalink: mustSel("a[id^=postcount], a[name^=post], td.thead a[href*=post]"),
		// vBulletin 3 quotes are unclassed: a div holding a "Quote:"
		// label and a table.
		skip: func(n *html.Node) bool {
			if n.DataAtom != atom.Div {
				return false
			}
			first := n.FirstChild
			for first != nil && first.Type != html.ElementNode {
				first = first.NextSibling
			}
			return first != nil && hasClass(first, "smallfont") && mustSelTable.first(n) != nil
		},
	},
	{
		name:      "phpbb",
		detect:    mustSel("div.post div.postbody, body#phpbb, div.post .postprofile, div.post a[href*=memberlist.php]"),
		post:      mustSel("div.post[id^=p], div.post.bg1, div.post.bg2, div.post"),
		author:    mustSel(".postprofile a.username, .postprofile a.username-coloured, .author a.username, .author a.username-coloured, .author strong a, .postprofile dt a[href*=memberlist], .postprofile dt a, .author strong, .postprofile .username"),
		date:      mustSel(".author time, p.author, .postbody .author, .post-date"),
		body:      mustSel(".postbody .content, .content, .postbody"),
		permalink: mustSel(".author a[href*=#p], .postbody h3 a[href*=#p], h3 a[href*=#p], a[href*=#p]"),
	},
	{
		name:      "fluxbb",
		detect:    mustSel("div.blockpost, #punviewtopic, #punwrap"),
		post:      mustSel("div.blockpost"),
		author:    mustSel(".postleft dt a, .postleft dt strong, dt strong a, dt a"),
		date:      mustSel("h2 span a, h2 a, h2 .conr"),
		body:      mustSel(".postmsg, .postright"),
		permalink: mustSel("h2 span a, h2 a"),
	},
	{
		name:      "smf",
		detect:    mustSel("#forumposts div.post_wrapper, div.post_wrapper .keyinfo, #forumposts .windowbg"),
		post:      mustSel("div.post_wrapper"),
		author:    mustSel(".poster h4 a, .poster a, .poster h4"),
		date:      mustSel(".keyinfo .smalltext, .postinfo .smalltext, .keyinfo a.smalltext, .smalltext"),
		body:      mustSel("div.post div.inner, div.inner[id^=msg_], div.post"),
		permalink: mustSel(".keyinfo h5 a, .subject a, .keyinfo a[href*=msg], a.smalltext"),
	},
	{
		name:      "mybb",
		detect:    mustSel("div.post div.post_author, div.post div.post_body[id^=pid_]"),
		post:      mustSel("div.post[id^=post_]"),
		author:    mustSel(".post_author .largetext a, .author_information a, .post_author a[href*=member]"),
		date:      mustSel(".post_head .post_date, .post_date"),
		body:      mustSel("div.post_body, .post_content"),
		permalink: mustSel(".post_head a[href*=pid], .post_head a[href*=post-]"),
	},
	{
		name:      "khoros",
		detect:    mustSel("div.lia-message-view-wrapper, div.lia-panel-message, div.lia-message-body-content"),
		post:      mustSel("div.lia-message-view-wrapper, div.lia-panel-message"),
		author:    mustSel("a.lia-user-name-link, .lia-user-name, .lia-message-author-username"),
		date:      mustSel("span.DateTime, .lia-message-posted-on, .lia-message-dates"),
		body:      mustSel("div.lia-message-body-content, .lia-message-body"),
		permalink: mustSel("a.lia-message-position-in-thread, .lia-message-subject a, a[href*=/m-p/]"),
	},
	{
		name:      "hackernews",
		detect:    mustSel("tr.athing.comtr"),
		post:      mustSel("tr.athing.comtr"),
		author:    mustSel("a.hnuser"),
		date:      mustSel("span.age"),
		body:      mustSel(".commtext, div.comment"),
		permalink: mustSel("span.age a"),
		// Hacker News has no quote markup; by convention a quote is a
		// line starting with ">".
		skip: func(n *html.Node) bool {
			return hasClass(n, "reply") || ((n.DataAtom == atom.I || n.DataAtom == atom.P) && strings.HasPrefix(textOf(n, nil), ">"))
		},
		fix: fixHN,
	},
	{
		name:      "reddit",
		detect:    mustSel("div.thing.comment, div.commentarea"),
		post:      mustSel("div.thing.comment, div.thing.link"),
		author:    mustSel("p.tagline a.author, a.author"),
		date:      mustSel("p.tagline time, time"),
		body:      mustSel(".entry .usertext-body .md, .usertext-body .md, .expando .md"),
		permalink: mustSel("a.bylink, a.permalink"),
		nested:    true,
		fix:       fixReddit,
	},
	{
		name:      "wordpress",
		detect:    mustSel("li.comment[id^=comment-], article.comment[id^=comment-], div.comment[id^=comment-], ol.commentlist, ol.comment-list"),
		post:      mustSel("li.comment, li.pingback, li.trackback, article.comment, div.comment[id^=comment-]"),
		author:    mustSel(".comment-author .fn, .comment-author cite, .fn, .comment-author"),
		date:      mustSel(".comment-metadata time, .comment-meta time, .comment-metadata a, .comment-meta a, .commentmetadata a, time"),
		body:      mustSel(".comment-content, .comment-text, .comment-entry, .comment-body"),
		permalink: mustSel(".comment-metadata a[href*=comment], .comment-meta a[href*=comment], .commentmetadata a[href*=comment]"),
		skip: func(n *html.Node) bool {
			return classHas(n, "comment-author", "comment-meta", "commentmetadata", "reply", "vcard")
		},
		nested: true,
		fix: func(c *tctx, n *html.Node, p *Post) {
			if hasClass(n, "bypostauthor") {
				p.Badges = append([]string{"post_author"}, p.Badges...)
			}
		},
	},
}

// detected reports whether the page carries a's signature.
func (a *adapter) detected(doc *html.Node) bool {
	if a.generator != "" {
		if g := selGenerator.first(doc); g != nil && strings.Contains(strings.ToLower(attr(g, "content")), a.generator) {
			return true
		}
	}
	return a.detect.first(doc) != nil
}

// postNodes returns the page's post elements; a post element nested in
// another is kept only for engines that nest replies.
func (a *adapter) postNodes(doc *html.Node) []*html.Node {
	var nodes []*html.Node
	if a.postFn != nil {
		walkElements(doc, func(n *html.Node) bool {
			if a.postFn(n) {
				nodes = append(nodes, n)
				return a.nested
			}
			return true
		})
		return nodes
	}
	all := a.post.all(doc)
	if a.nested {
		return all
	}
	for _, n := range all {
		if len(nodes) > 0 && isAncestor(nodes[len(nodes)-1], n) {
			continue
		}
		nodes = append(nodes, n)
	}
	return nodes
}

// adapters runs the first adapter whose signature the page carries and
// that finds posts.
func (c *tctx) adapters(doc *html.Node) ([]Post, string) {
	for i := range adapters {
		a := &adapters[i]
		if !a.detected(doc) {
			continue
		}
		nodes := a.postNodes(doc)
		if len(nodes) == 0 {
			continue
		}
		isPost := map[*html.Node]bool{}
		for _, n := range nodes {
			isPost[n] = true
		}
		var posts []Post
		var kept []*html.Node
		for _, n := range nodes {
			p, ok := c.adapterPost(a, n, isPost)
			if !ok {
				continue
			}
			posts = append(posts, p)
			kept = append(kept, n)
		}
		if len(posts) == 0 {
			continue
		}
		if a.nested {
			parentsByNesting(kept, posts)
		}
		if a.name == "hackernews" {
			parentsByIndent(posts)
		}
		return posts, a.name
	}
	return nil, ""
}

// within returns the first match of s inside post that is not inside a
// nested post.
// The selector's comma groups are tried in order, so an adapter lists its
// preferred match first.
func within(s sel, post *html.Node, isPost map[*html.Node]bool) *html.Node {
	for _, chain := range s {
		one := sel{chain}
		for _, n := range one.all(post) {
			inner := false
			for p := n.Parent; p != nil && p != post; p = p.Parent {
				if isPost[p] {
					inner = true
					break
				}
			}
			if !inner {
				return n
			}
		}
	}
	return nil
}

func (c *tctx) adapterPost(a *adapter, n *html.Node, isPost map[*html.Node]bool) (Post, bool) {
	p := Post{Parent: -1}
	if au := within(a.author, n, isPost); au != nil {
		p.Author = strings.TrimPrefix(textOf(au, nil), "@")
		if l := firstLink(au); l != nil {
			p.AuthorURL = resolve(c.base, attr(l, "href"))
		} else if l := closest(au, func(x *html.Node) bool { return x.Data == "a" && attr(x, "href") != "" }); l != nil && isAncestor(n, l) {
			p.AuthorURL = resolve(c.base, attr(l, "href"))
		}
	}
	if d := within(a.date, n, isPost); d != nil {
		p.Date, p.DateText = c.dateOf(d)
	}
	body := within(a.body, n, isPost)
	if p.Date.IsZero() {
		// Themes move the date; look for one anywhere outside the body.
		p.Date, p.DateText, _ = c.findDate([]*html.Node{n}, body, nil)
	}
	if body != nil {
		skip := func(x *html.Node) bool {
			return isPost[x] || bodySkip(x) || (a.skip != nil && a.skip(x))
		}
		p.Text = textOf(body, skip)
	}
	if l := within(a.permalink, n, isPost); l != nil {
		p.Permalink = resolve(c.base, attr(l, "href"))
	}
	if p.Permalink == "" {
		if id := attr(n, "id"); id != "" {
			p.Permalink = resolve(c.base, "#"+id)
		}
	}
	p.Badges = badgesOf(n, body)
	if a.fix != nil {
		a.fix(c, n, &p)
	}
	if p.Text == "" && p.Author == "" {
		return p, false
	}
	return p, true
}

// authorFromData uses XenForo's data-author attribute when the name
// element was missing.
func authorFromData(_ *tctx, n *html.Node, p *Post) {
	if p.Author == "" {
		p.Author = attr(n, "data-author")
	}
}

// fixHN records the indent level in Parent for parentsByIndent to resolve.
func fixHN(_ *tctx, n *html.Node, p *Post) {
	level := 0
	if ind := mustSelInd.first(n); ind != nil {
		if v, err := strconv.Atoi(attr(ind, "indent")); err == nil {
			level = v
		} else if img := mustSelImg.first(ind); img != nil {
			if w, err := strconv.Atoi(attr(img, "width")); err == nil {
				level = w / 40
			}
		}
	}
	p.Parent = -2 - level
}

var (
	mustSelTable = mustSel("table")
	mustSelInd   = mustSel("td.ind")
	mustSelImg   = mustSel("img")
)

// parentsByIndent turns Hacker News indent levels (stashed as -2-level in
// Parent) into parent indexes: a comment answers the nearest earlier one
// indented one level less.
func parentsByIndent(posts []Post) {
	levels := make([]int, len(posts))
	for i := range posts {
		levels[i] = -2 - posts[i].Parent
		if levels[i] < 0 {
			levels[i] = 0
		}
	}
	for i := range posts {
		posts[i].Parent = -1
		for j := i - 1; j >= 0 && levels[i] > 0; j-- {
			if levels[j] < levels[i] {
				posts[i].Parent = j
				break
			}
		}
	}
}

// fixReddit reads old.reddit's author flags: submitter (the thread's
// poster) and distinguished (a moderator or admin speaking as such).
func fixReddit(c *tctx, n *html.Node, p *Post) {
	if pl := attr(n, "data-permalink"); pl != "" {
		p.Permalink = resolve(c.base, pl)
	}
	if p.Author == "" {
		p.Author = attr(n, "data-author")
	}
	au := mustSelRedditAuthor.first(n)
	if au != nil && hasClass(au, "submitter") {
		p.Badges = append(p.Badges, "submitter")
	}
	if hasClass(n, "distinguished") || attr(n, "data-distinguished") != "" || (au != nil && (hasClass(au, "moderator") || hasClass(au, "admin"))) {
		p.Badges = append(p.Badges, "distinguished")
	}
}

var mustSelRedditAuthor = mustSel("p.tagline a.author")
