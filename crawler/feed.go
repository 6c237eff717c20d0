package crawler

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	jsonfeed "github.com/mmcdole/gofeed/json"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/net/html/charset"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
	"github.com/earshot-dev/earshot/state"
)

// Comment feed limits: a feed with thousands of items must not turn one run
// into thousands of requests, and posts older than commentFeedMaxAge rarely
// get new comments worth a request.
const (
	maxCommentFeeds   = 200
	commentFeedMaxAge = 60 * 24 * time.Hour
)

// FeedResult is what one read of a feed source produced.
type FeedResult struct {
	// Posts are the feed's items (thread starters) and the comments found
	// in their comment feeds (replies).
	Posts []post.Post
	// NotModified reports that the main feed answered 304; Posts then holds
	// only new comments on known threads.
	NotModified bool
	// Requests counts the HTTP requests made.
	Requests int
	// Failures are non-fatal problems (a comment feed that failed, an item
	// without a usable URL), each naming its URL.
	Failures []error
}

// Feed reads the feed source src and the comment feeds it links to. The
// error is for the main feed failing (fetch or parse); the result, with its
// request count, is returned even then.
func (c *Client) Feed(ctx context.Context, src config.Source) (*FeedResult, error) {
	res := &FeedResult{}
	now := time.Now().UTC()
	resp, sent, err := c.fetch(ctx, src.URL)
	if sent {
		res.Requests++
	}
	if err != nil {
		return res, err
	}

	var jobs []commentJob
	queued := map[string]bool{}
	if resp.NotModified {
		res.NotModified = true
	} else {
		feed, err := parseFeed(resp.Body, resp.Header.Get("Content-Type"))
		if err != nil {
			return res, fmt.Errorf("crawler: feed %s: %w", src.URL, err)
		}
		base, _ := url.Parse(resp.URL) // resp.URL came from a parsed request URL
		items, failures := convertItems(feed, base, src.Name, now)
		res.Failures = append(res.Failures, failures...)
		for _, it := range items {
			it.post.ThreadID = it.post.ID
			res.Posts = append(res.Posts, it.post)
			if it.commentFeed == "" || queued[it.commentFeed] {
				continue
			}
			queued[it.commentFeed] = true
			jobs = append(jobs, commentJob{
				feed:    state.CommentFeed{URL: it.commentFeed, ThreadURL: it.post.URL, LastSeen: now},
				starter: threadStarter{id: it.post.ID, url: it.post.URL, guid: it.guid},
				found:   true,
			})
		}
	}

	if c.store != nil {
		known, err := c.store.CommentFeeds(src.Name)
		if err != nil {
			res.Failures = append(res.Failures, fmt.Errorf("crawler: feed %s: known comment feeds: %w", src.URL, err))
		}
		for _, cf := range known {
			if queued[cf.URL] || now.Sub(cf.LastSeen) > commentFeedMaxAge {
				continue
			}
			queued[cf.URL] = true
			jobs = append(jobs, commentJob{
				feed:    cf,
				starter: threadStarter{id: post.IDFor(cf.ThreadURL), url: cf.ThreadURL},
			})
		}
	}

	if len(jobs) > maxCommentFeeds {
		res.Failures = append(res.Failures, fmt.Errorf("crawler: feed %s: %d comment feeds, following the first %d", src.URL, len(jobs), maxCommentFeeds))
		jobs = jobs[:maxCommentFeeds]
	}
	for _, job := range jobs {
		if ctx.Err() != nil {
			res.Failures = append(res.Failures, fmt.Errorf("crawler: feed %s: comment feeds not read: %w", src.URL, context.Cause(ctx)))
			break
		}
		if job.found && c.store != nil {
			if err := c.store.PutCommentFeed(src.Name, job.feed); err != nil {
				res.Failures = append(res.Failures, fmt.Errorf("crawler: comment feed %s: %w", job.feed.URL, err))
			}
		}
		posts, failures, sent, err := c.comments(ctx, src.Name, job, now)
		if sent {
			res.Requests++
		}
		if err != nil {
			res.Failures = append(res.Failures, err)
		}
		res.Failures = append(res.Failures, failures...)
		res.Posts = append(res.Posts, posts...)
	}
	return res, nil
}

// ParseFeed turns a feed body fetched from feedURL into posts, as Feed does
// for the main feed, without any I/O: comment feeds are not followed. It is
// for `earshot inspect` on a saved file and for benchmarks. Items without a
// usable URL are returned as failures beside the posts.
func ParseFeed(feedURL string, body []byte, contentType, source string, now time.Time) ([]post.Post, []error, error) {
	base, err := url.Parse(feedURL)
	if err != nil {
		return nil, nil, fmt.Errorf("crawler: feed %s: %w", feedURL, err)
	}
	feed, err := parseFeed(body, contentType)
	if err != nil {
		return nil, nil, fmt.Errorf("crawler: feed %s: %w", feedURL, err)
	}
	items, failures := convertItems(feed, base, source, now)
	posts := make([]post.Post, len(items))
	for i, it := range items {
		posts[i] = it.post
		posts[i].ThreadID = it.post.ID
	}
	return posts, failures, nil
}

// threadStarter identifies the post a comment feed belongs to. guid is empty
// when the starter was not in this run's main feed.
type threadStarter struct {
	id, url, guid string
}

// commentJob is one comment feed to read; found marks feeds seen in this
// run's main feed, which are (re)recorded in the store.
type commentJob struct {
	feed    state.CommentFeed
	starter threadStarter
	found   bool
}

// comments reads one comment feed and returns its items as replies in the
// starter's thread.
func (c *Client) comments(ctx context.Context, source string, job commentJob, now time.Time) ([]post.Post, []error, bool, error) {
	resp, sent, err := c.fetch(ctx, job.feed.URL)
	if err != nil {
		return nil, nil, sent, err
	}
	if resp.NotModified {
		return nil, nil, sent, nil
	}
	feed, err := parseFeed(resp.Body, resp.Header.Get("Content-Type"))
	if err != nil {
		return nil, nil, sent, fmt.Errorf("crawler: comment feed %s: %w", job.feed.URL, err)
	}
	base, _ := url.Parse(resp.URL)
	items, failures := convertItems(feed, base, source, now)

	// Replies name their parent by GUID (ref) or permalink (href); index
	// every post of the thread both ways.
	byRef := map[string]string{}
	byURL := map[string]string{}
	if job.starter.guid != "" {
		byRef[job.starter.guid] = job.starter.id
	}
	if u, err := post.Canonical(job.starter.url); err == nil {
		byURL[u] = job.starter.id
	}
	kept := items[:0]
	for _, it := range items {
		if it.post.ID == job.starter.id {
			failures = append(failures, fmt.Errorf("crawler: comment feed %s: item %q has the thread's own url", job.feed.URL, it.guid))
			continue
		}
		kept = append(kept, it)
		if it.guid != "" {
			byRef[it.guid] = it.post.ID
		}
		byURL[it.post.URL] = it.post.ID
	}

	posts := make([]post.Post, 0, len(kept))
	for _, it := range kept {
		p := it.post
		p.ThreadID = job.starter.id
		p.ParentID = job.starter.id
		if t := replyTitle(p.Title, p.Author); t != p.Title {
			p.Title = t
			p.Hash = post.ContentHash(p.Title, p.Author, p.Text)
		}
		for _, r := range it.inReplyTo {
			if id, ok := byRef[r.ref]; ok && r.ref != "" && id != p.ID {
				p.ParentID = id
				break
			}
			if u, err := post.Canonical(r.href); err == nil {
				if id, ok := byURL[u]; ok && id != p.ID {
					p.ParentID = id
					break
				}
			}
		}
		posts = append(posts, p)
	}
	return posts, failures, sent, nil
}

// replyTitle drops the title a reply did not write itself: WordPress's
// "By: Author" and "Comment on Post by Author", and the "Re: Thread title"
// of forums and mail (Re:, RE:, AW:, SV:, Antw:, R:). Keeping them would
// make every reply in a thread about the brand "mention" the brand.
func replyTitle(title, author string) string {
	t := strings.TrimSpace(title)
	if author != "" {
		if rest, ok := strings.CutPrefix(t, "By: "); ok && strings.EqualFold(strings.TrimSpace(rest), author) {
			return ""
		}
		if strings.HasPrefix(t, "Comment on ") && strings.HasSuffix(strings.ToLower(t), " by "+strings.ToLower(author)) {
			return ""
		}
	}
	if i := strings.IndexByte(t, ':'); i > 0 && i <= 5 {
		switch strings.ToLower(t[:i]) {
		case "re", "aw", "sv", "antw", "r", "rif", "réf", "wg":
			return ""
		}
	}
	return title
}

// replyRef is one thr:in-reply-to element (RFC 4685).
type replyRef struct {
	ref, href string
}

// feedItem is a converted item with what the thread logic needs besides the
// post.
type feedItem struct {
	post        post.Post
	guid        string
	commentFeed string
	inReplyTo   []replyRef
}

// xmlEncodingDecl matches the encoding pseudo-attribute of an XML prolog.
var xmlEncodingDecl = regexp.MustCompile(`(?i)^(\s*<\?xml[^>]*?\sencoding\s*=\s*)(["'])[^"']*(["'])`)

// toUTF8 converts body to UTF-8 when the Content-Type header names another
// charset, and then makes the XML prolog say utf-8 so the XML parser does not
// decode it a second time. Without a header charset the bytes are left as
// they are, and the parser honours the prolog's encoding itself.
func toUTF8(body []byte, contentType string) []byte {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return body
	}
	label := params["charset"]
	if label == "" {
		return body
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" {
		return body
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return body
	}
	return xmlEncodingDecl.ReplaceAll(out, []byte("${1}${2}utf-8${3}"))
}

// parseFeed decodes an RSS, Atom or JSON Feed body, keeping the
// format-specific feed for what the universal one drops (link rels, author
// URIs, RSS <comments>).
func parseFeed(body []byte, contentType string) (*gofeed.Feed, error) {
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	feed, err := p.Parse(bytes.NewReader(toUTF8(body, contentType)))
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return feed, nil
}

// convertItems turns every item of feed into a post; base resolves relative
// links. Items without a usable URL are reported, not returned.
func convertItems(feed *gofeed.Feed, base *url.URL, source string, now time.Time) ([]feedItem, []error) {
	var (
		items    []feedItem
		failures []error
	)
	var (
		atomEntries []*atom.Entry
		rssItems    []*rss.Item
		jsonItems   []*jsonfeed.Item
	)
	switch orig := feed.OriginalFeed().(type) {
	case *atom.Feed:
		atomEntries = orig.Entries
	case *rss.Feed:
		rssItems = orig.Items
	case *jsonfeed.Feed:
		jsonItems = orig.Items
	}
	feedLang := language(feed.Language)

	for i, item := range feed.Items {
		if item == nil {
			continue
		}
		link := resolve(base, item.Link)
		if link == "" {
			for _, l := range item.Links {
				if link = resolve(base, l); link != "" {
					break
				}
			}
		}
		if link == "" && isAbsoluteHTTP(item.GUID) {
			link = resolve(base, item.GUID)
		}
		canon, err := post.Canonical(link)
		if link == "" || err != nil {
			failures = append(failures, fmt.Errorf("crawler: feed %s: item %d (%q): no usable link or guid", base, i, firstNonEmpty(item.GUID, item.Title)))
			continue
		}
		p := post.Post{
			ID:      post.IDFor(canon),
			Source:  source,
			URL:     canon,
			Host:    post.Host(canon),
			Title:   post.NormalizeSpace(htmlToText(item.Title)),
			Fetched: now,
			Text:    htmlToText(firstNonEmpty(item.Content, item.Description)),
		}
		if a := item.Author; a != nil {
			p.Author = strings.TrimSpace(a.Name)
			p.AuthorEmail = strings.TrimSpace(a.Email)
		} else if len(item.Authors) > 0 && item.Authors[0] != nil {
			p.Author = strings.TrimSpace(item.Authors[0].Name)
			p.AuthorEmail = strings.TrimSpace(item.Authors[0].Email)
		}
		switch {
		case item.PublishedParsed != nil:
			p.Published = item.PublishedParsed.UTC()
		case item.UpdatedParsed != nil:
			p.Published = item.UpdatedParsed.UTC()
		default:
			p.Published = now
		}
		p.Language = feedLang
		if item.DublinCoreExt != nil && len(item.DublinCoreExt.Language) > 0 {
			if l := language(item.DublinCoreExt.Language[0]); l != "" {
				p.Language = l
			}
		}

		fi := feedItem{guid: strings.TrimSpace(item.GUID), inReplyTo: inReplyTo(base, item)}
		if v := extValue(item, "wfw", "commentRss", "commentRSS"); v != "" {
			fi.commentFeed = resolve(base, v)
		}
		switch {
		case i < len(atomEntries) && atomEntries[i] != nil:
			e := atomEntries[i]
			if len(e.Authors) > 0 && e.Authors[0] != nil {
				p.AuthorURL = resolve(base, e.Authors[0].URI)
			}
			if fi.commentFeed == "" {
				fi.commentFeed = repliesLink(base, e.Links)
			}
		case i < len(rssItems) && rssItems[i] != nil:
			if fi.commentFeed == "" && hasComments(rssItems[i], item) {
				// WordPress serves every post's comments at <permalink>/feed/.
				fi.commentFeed = resolve(base, strings.TrimSuffix(link, "/")+"/feed/")
			}
		case i < len(jsonItems) && jsonItems[i] != nil:
			ji := jsonItems[i]
			if ji.Author != nil {
				p.AuthorURL = resolve(base, ji.Author.URL)
			} else if len(ji.Authors) > 0 && ji.Authors[0] != nil {
				p.AuthorURL = resolve(base, ji.Authors[0].URL)
			}
			if l := language(ji.Language); l != "" {
				p.Language = l
			}
		}
		p.Hash = post.ContentHash(p.Title, p.Author, p.Text)
		fi.post = p
		items = append(items, fi)
	}
	return items, failures
}

// repliesLink returns the comment feed of an Atom entry: its rel="replies"
// link (RFC 4685), preferring one typed as a feed over an HTML page.
func repliesLink(base *url.URL, links []*atom.Link) string {
	var fallback string
	for _, l := range links {
		if l == nil || !strings.EqualFold(l.Rel, "replies") {
			continue
		}
		t := strings.ToLower(l.Type)
		if strings.Contains(t, "atom") || strings.Contains(t, "rss") || strings.Contains(t, "xml") || strings.Contains(t, "json") {
			return resolve(base, l.Href)
		}
		if t == "" && fallback == "" {
			fallback = resolve(base, l.Href)
		}
	}
	return fallback
}

// hasComments reports whether an RSS item says it has comments: a positive
// slash:comments count, or else a <comments> page.
func hasComments(ri *rss.Item, item *gofeed.Item) bool {
	if v := extValue(item, "slash", "comments"); v != "" {
		n, err := strconv.Atoi(v)
		return err == nil && n > 0
	}
	return strings.TrimSpace(ri.Comments) != ""
}

// extValue returns the text of the first extension element prefix:name
// (trying each name) on item.
func extValue(item *gofeed.Item, prefix string, names ...string) string {
	byName := item.Extensions[prefix]
	for _, n := range names {
		for _, e := range byName[n] {
			if v := strings.TrimSpace(e.Value); v != "" {
				return v
			}
		}
	}
	return ""
}

// inReplyTo collects thr:in-reply-to elements. The threading namespace has no
// canonical prefix in gofeed, so the prefix is whatever the feed declared;
// look under every prefix. Relative hrefs are resolved against base.
func inReplyTo(base *url.URL, item *gofeed.Item) []replyRef {
	var refs []replyRef
	for _, byName := range item.Extensions {
		for _, e := range byName["in-reply-to"] {
			r := replyRef{ref: strings.TrimSpace(e.Attrs["ref"]), href: resolve(base, e.Attrs["href"])}
			if r != (replyRef{}) {
				refs = append(refs, r)
			}
		}
	}
	return refs
}

// resolve returns ref made absolute against base, or "" when it is not an
// http(s) URL.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func isAbsoluteHTTP(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// language reduces a language tag to its lower-case primary subtag
// ("en-US" -> "en").
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
