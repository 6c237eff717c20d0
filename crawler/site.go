package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/gocolly/colly/v2"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/extract"
	"github.com/earshot-dev/earshot/post"
)

// Discovery bounds per run: every feed and sitemap is a request, and a page
// can list thousands of links.
const (
	maxSiteFeeds    = 5
	maxFeedItems    = 200
	maxLinksPerPage = 500
	sitemapShareDiv = 2 // sitemap URLs may take at most 1/sitemapShareDiv of max_pages
	bodyCapSlack    = 1 << 20
)

// SiteOptions tune one crawl of a site source.
type SiteOptions struct {
	// Revisit are thread URLs with open follow-ups; they are fetched first,
	// with their pagination, so that a late reply is seen.
	Revisit []string
	// RevisitOnly fetches the Revisit threads and their pagination and
	// nothing else: no seeds, no sitemaps. earshot uses it between full
	// crawls to notice an answer in an open thread without re-crawling the
	// site.
	RevisitOnly bool
	// Now anchors relative dates and the calendar trap window; time.Now
	// when zero.
	Now time.Time
}

// SiteResult is what one crawl of a site source produced.
type SiteResult struct {
	// Posts are the posts of every page: thread posts with their place in
	// the reply tree, and one post per article page.
	Posts []post.Post
	// Pages counts the pages fetched and answered with 2xx.
	Pages int
	// Requests counts HTTP requests: pages, robots.txt, sitemaps, feeds.
	Requests int
	// Disallowed counts URLs robots.txt kept us from fetching.
	Disallowed int
	// Refused counts URLs not followed because they looked like traps or
	// broke the URL length cap.
	Refused int
	// Deferred counts URLs not fetched because their host asked us to wait
	// (Retry-After); the first of each host is also in Failures.
	Deferred int
	// Failures are pages that broke a bound or failed, each naming its URL
	// (a *PageError); the run went on without them.
	Failures []error
}

// PageError is a page that could not be fetched or read.
type PageError struct {
	URL string
	Err error
}

// Error names the URL.
func (e *PageError) Error() string { return fmt.Sprintf("crawler: page %s: %v", e.URL, e.Err) }

// Unwrap returns the cause.
func (e *PageError) Unwrap() error { return e.Err }

// ErrExtractPanic means extraction panicked on a page; the page is skipped.
var ErrExtractPanic = errors.New("crawler: extraction panicked")

// How a URL was found; pagination and revisits do not use up depth and are
// exempt from include patterns.
const (
	viaSeed = iota
	viaLink
	viaPagination
	viaRevisit
	viaSitemap
)

// Keys of per-request data in colly's context.
const (
	ctxVia      = "earshot_via"
	ctxDepth    = "earshot_depth"
	ctxThreadID = "earshot_thread_id"
	ctxThread   = "earshot_thread_url"
)

// Site crawls the site source src: it re-visits opts.Revisit first, then
// starts from the seeds and from the sitemaps robots.txt names, follows links
// within the allowed hosts, include/exclude patterns and max depth, follows
// thread pagination to the end, and turns each page into posts through
// extract.Extract. It obeys robots.txt (RFC 9309) and its Crawl-delay, keeps
// one connection per host, and bounds every page in time and size. A page
// that fails is recorded in Failures and the run goes on; the error is for a
// source that cannot be crawled at all or a cancelled ctx.
func (c *Client) Site(ctx context.Context, src config.Source, opts SiteOptions) (*SiteResult, error) {
	return c.site(ctx, src, opts, extract.Extract)
}

// extractFunc is the signature of extract.Extract.
type extractFunc func(u *url.URL, body []byte, contentType string, opts extract.Options) (*extract.Page, error)

// site is Site with the extractor as a parameter, so that a test can make
// extraction panic.
func (c *Client) site(ctx context.Context, src config.Source, opts SiteOptions, ex extractFunc) (*SiteResult, error) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	s, err := c.newSiteCrawl(ctx, src, opts)
	if err != nil {
		return &SiteResult{}, err
	}
	s.extract = ex
	s.run()
	res := s.result()
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("crawler: site %s: %w", src.Name, context.Cause(ctx))
	}
	return res, nil
}

// siteCrawl is the state of one Site call.
type siteCrawl struct {
	c        *Client
	ctx      context.Context
	src      config.Source
	opts     SiteOptions
	col      *colly.Collector
	robots   *robotsCache
	include  []*regexp.Regexp
	exclude  []*regexp.Regexp
	hosts    map[string]bool
	maxDepth int
	maxPages int
	requests atomic.Int64
	extract  extractFunc

	mu         sync.Mutex
	seen       map[string]bool
	reserved   int
	perHost    map[string]int
	sitemapped int
	feeds      map[string]bool
	deferred   map[string]time.Time
	deferNoted map[string]bool
	res        SiteResult
	// threadPages and edges tie the pages of one thread together when they
	// were not reached along their own pagination (see joinThreads).
	threadPages map[string]*threadPage
	edges       [][2]string
}

// threadPage is a fetched thread page: the thread ID its posts were given
// and where they are in res.Posts.
type threadPage struct {
	thread string // the thread ID its posts were given
	own    string // the ID of its first post
	title  string
	posts  []int
}

func (c *Client) newSiteCrawl(ctx context.Context, src config.Source, opts SiteOptions) (*siteCrawl, error) {
	s := &siteCrawl{
		c: c, ctx: ctx, src: src, opts: opts,
		robots:     newRobotsCache(c),
		hosts:      map[string]bool{},
		seen:       map[string]bool{},
		perHost:    map[string]int{},
		feeds:      map[string]bool{},
		deferred:   map[string]time.Time{},
		deferNoted: map[string]bool{},
		maxDepth:   src.MaxDepth,
		maxPages:   src.MaxPages,

		threadPages: map[string]*threadPage{},
	}
	if s.maxDepth <= 0 {
		s.maxDepth = config.DefaultMaxDepth
	}
	if s.maxPages <= 0 {
		s.maxPages = config.DefaultMaxPages
	}
	seeds := src.Seeds
	if len(seeds) == 0 && src.URL != "" {
		seeds = []string{src.URL}
	}
	if len(seeds) == 0 {
		return nil, fmt.Errorf("crawler: site %s: no seed urls", src.Name)
	}
	for _, h := range src.AllowedHosts {
		s.hosts[strings.ToLower(strings.TrimSuffix(h, "."))] = true
	}
	if len(s.hosts) == 0 {
		for _, seed := range seeds {
			if h := post.Host(seed); h != "" {
				s.hosts[h] = true
			}
		}
	}
	for _, list := range []struct {
		in  []string
		out *[]*regexp.Regexp
	}{{src.Include, &s.include}, {src.Exclude, &s.exclude}} {
		for _, p := range list.in {
			re, err := regexp.Compile(p)
			if err != nil {
				return nil, fmt.Errorf("crawler: site %s: pattern %q: %w", src.Name, p, err)
			}
			*list.out = append(*list.out, re)
		}
	}
	s.src.Seeds = seeds
	if err := s.setupCollector(); err != nil {
		return nil, fmt.Errorf("crawler: site %s: %w", src.Name, err)
	}
	return s, nil
}

// setupCollector builds the colly collector on the client's own transport.
func (s *siteCrawl) setupCollector() error {
	o := s.c.opts
	var allowed []string
	for h := range s.hosts {
		allowed = append(allowed, h)
	}
	col := colly.NewCollector(
		colly.StdlibContext(s.ctx),
		colly.Async(true),
		colly.UserAgent(o.UserAgent),
		colly.AllowedDomains(allowed...),
		colly.DisallowedURLFilters(s.exclude...),
		// De-duplication is ours, on canonical URLs; colly's would also
		// swallow a redirect target handed back to the queue.
		colly.AllowURLRevisit(),
		// Our transport fails past the cap on decompressed bytes; colly's
		// own limit sits above it so the error is ours, never a silent
		// truncation.
		colly.MaxBodySize(int(min(o.MaxBody+bodyCapSlack, int64(^uint(0)>>1)))),
	)
	// colly reads robots.txt only when told, and then caches a failure until
	// restart; robotsCache does RFC 9309 instead.
	col.IgnoreRobotsTxt = true
	col.DisableCookies()
	col.WithTransport(&siteTransport{next: s.c.http.Transport, maxBody: o.MaxBody, timeout: o.Timeout, requests: &s.requests})
	// The precise per-request timeout runs in siteTransport from the moment
	// the request leaves the per-host queue; this one is a backstop that
	// also covers that wait (at most one Crawl-delay).
	col.SetRequestTimeout(o.Timeout + maxCrawlDelay + o.ConnectTimeout)
	col.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) > o.MaxRedirects {
			return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, o.MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("crawler: redirect to unsupported scheme %q", req.URL.Scheme)
		}
		if _, _, err := normalizeURL(req.URL.String(), o.MaxURLLength, s.opts.Now); err != nil {
			return err
		}
		// The previous hop still holds its host's turn here, so robots.txt
		// cannot be fetched now (an http -> https redirect would wait on
		// itself). Without rules at hand, the target goes back to the
		// queue, through every check a new URL passes.
		rules := s.robots.cached(req.URL, s.opts.Now)
		if rules == nil {
			return &redirectRequeue{to: req.URL.String()}
		}
		if !rules.allowed(req.URL) {
			return fmt.Errorf("redirect to %s: %w", req.URL, ErrDisallowed)
		}
		return nil
	})
	// One connection per host: a rule per allowed host, since a single
	// "*" rule would share one slot among all hosts. The delay itself is
	// kept by the client's gate, which honours ctx; colly's sleeps do not.
	for h := range s.hosts {
		if err := col.Limit(&colly.LimitRule{DomainRegexp: `^` + regexp.QuoteMeta(h) + `(:\d+)?$`, Parallelism: 1}); err != nil {
			return err
		}
	}
	if err := col.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: 1}); err != nil {
		return err
	}
	col.OnRequest(s.onRequest)
	col.OnRequestHeaders(s.onRequestHeaders)
	col.OnError(s.onError)
	col.OnResponse(s.onResponse)
	s.col = col
	return nil
}

// run crawls: revisits first (and their pagination), then seeds and
// sitemaps.
func (s *siteCrawl) run() {
	for _, u := range s.opts.Revisit {
		s.enqueue(u, visit{via: viaRevisit, depth: s.maxDepth})
	}
	s.col.Wait()
	if s.opts.RevisitOnly {
		return
	}
	for _, u := range s.src.Seeds {
		s.enqueue(u, visit{via: viaSeed})
	}
	s.discoverSitemaps()
	s.col.Wait()
}

// redirectRequeue hands a redirect target back to the queue.
type redirectRequeue struct{ to string }

func (e *redirectRequeue) Error() string { return "crawler: redirect to " + e.to + " queued" }

// visit is how a URL came to be queued.
type visit struct {
	via      int
	depth    int
	thread   string // URL of page 1 of the thread, for pagination
	threadID string // ID of the thread's first post, for pagination
}

// enqueue queues raw after the trap guard, scope, robots.txt and the page
// budget have let it through.
func (s *siteCrawl) enqueue(raw string, v visit) {
	if s.ctx.Err() != nil {
		return
	}
	fetchURL, key, err := normalizeURL(raw, s.c.opts.MaxURLLength, s.opts.Now)
	if err != nil {
		if errors.Is(err, ErrTrap) {
			s.mu.Lock()
			s.res.Refused++
			s.mu.Unlock()
			slog.Debug("url refused", "source", s.src.Name, "url", raw, "error", err)
		}
		return
	}
	u, err := url.Parse(fetchURL)
	if err != nil {
		return
	}
	host := strings.ToLower(u.Hostname())
	if !s.hosts[host] || matchAny(s.exclude, fetchURL) {
		return
	}
	if v.via == viaLink || v.via == viaSitemap {
		if len(s.include) > 0 && !matchAny(s.include, fetchURL) {
			return
		}
	}
	if v.via == viaLink && v.depth > s.maxDepth {
		return
	}
	s.mu.Lock()
	if s.seen[key] {
		s.mu.Unlock()
		return
	}
	s.seen[key] = true
	s.mu.Unlock()

	if s.deferredHost(u) {
		return // not even robots.txt: the host asked for quiet
	}
	rules, sent, err := s.robots.rules(s.ctx, u, s.opts.Now)
	if sent {
		s.requests.Add(1)
	}
	if err != nil {
		return // ctx ended
	}
	if !rules.allowed(u) {
		s.mu.Lock()
		s.res.Disallowed++
		s.mu.Unlock()
		slog.Info("url disallowed by robots.txt", "source", s.src.Name, "url", fetchURL)
		return
	}

	s.mu.Lock()
	switch {
	case s.reserved >= s.maxPages:
		s.mu.Unlock()
		slog.Debug("page budget spent", "source", s.src.Name, "url", fetchURL, "max_pages", s.maxPages)
		return
	case v.via == viaSitemap && s.sitemapped >= max(1, s.maxPages/sitemapShareDiv):
		s.mu.Unlock()
		return
	case s.perHost[strings.ToLower(u.Host)] >= s.maxPages:
		s.mu.Unlock()
		return
	}
	s.reserved++
	s.perHost[strings.ToLower(u.Host)]++
	if v.via == viaSitemap {
		s.sitemapped++
	}
	s.mu.Unlock()

	cctx := colly.NewContext()
	cctx.Put(ctxVia, v.via)
	cctx.Put(ctxDepth, v.depth)
	cctx.Put(ctxThread, v.thread)
	cctx.Put(ctxThreadID, v.threadID)
	if err := s.col.Request(http.MethodGet, fetchURL, nil, cctx, nil); err != nil {
		var already *colly.AlreadyVisitedError
		if errors.As(err, &already) || errors.Is(err, colly.ErrForbiddenDomain) || errors.Is(err, colly.ErrForbiddenURL) {
			return
		}
		s.fail(fetchURL, err)
	}
}

func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// fail records a page's failure.
func (s *siteCrawl) fail(u string, err error) {
	slog.Warn("page failed", "source", s.src.Name, "url", u, "error", err)
	s.mu.Lock()
	s.res.Failures = append(s.res.Failures, &PageError{URL: u, Err: err})
	s.mu.Unlock()
}

// onRequest drops a request once the run is cancelled.
func (s *siteCrawl) onRequest(r *colly.Request) {
	if s.ctx.Err() != nil {
		r.Abort()
	}
}

// onRequestHeaders runs when the request holds its host's slot, just before
// it is sent: the moment to drop it if the host asked us to wait meanwhile.
func (s *siteCrawl) onRequestHeaders(r *colly.Request) {
	if s.ctx.Err() != nil {
		r.Abort()
		return
	}
	if s.deferredHost(r.URL) {
		r.Abort()
	}
}

// deferredHost reports whether u's host asked us (now or in an earlier run)
// to wait; the first URL refused for a host is recorded as a failure, the
// rest only counted, so that one 429 does not bury the result in copies.
func (s *siteCrawl) deferredHost(u *url.URL) bool {
	host := strings.ToLower(u.Host)
	s.mu.Lock()
	until, ok := s.deferred[host]
	s.mu.Unlock()
	if !ok && s.c.store != nil {
		t, err := s.c.store.RetryAfter(host)
		if err == nil && time.Now().Before(t) {
			until, ok = t, true
		}
	}
	if !ok || !time.Now().Before(until) {
		return false
	}
	s.mu.Lock()
	first := !s.deferNoted[host]
	s.deferNoted[host] = true
	s.deferred[host] = until
	s.res.Deferred++
	s.mu.Unlock()
	if first {
		s.fail(u.String(), &RetryError{Host: host, URL: u.String(), Until: until})
	}
	return true
}

// onError records a failed page; 429 and 503 defer the host.
func (s *siteCrawl) onError(r *colly.Response, err error) {
	if s.ctx.Err() != nil {
		return // cancelled: not the page's fault
	}
	u := r.Request.URL.String()
	var already *colly.AlreadyVisitedError
	if errors.As(err, &already) || errors.Is(err, colly.ErrAbortedBeforeRequest) {
		return // already seen, or dropped by onRequestHeaders, which said why
	}
	var rq *redirectRequeue
	if errors.As(err, &rq) {
		via, _ := r.Ctx.GetAny(ctxVia).(int)
		depth, _ := r.Ctx.GetAny(ctxDepth).(int)
		s.enqueue(rq.to, visit{via: via, depth: depth, thread: r.Ctx.Get(ctxThread), threadID: r.Ctx.Get(ctxThreadID)})
		return
	}
	switch r.StatusCode {
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		host := strings.ToLower(r.Request.URL.Host)
		var ra string
		if r.Headers != nil {
			ra = r.Headers.Get("Retry-After")
		}
		until := time.Now().Add(parseRetryAfter(ra, time.Now()))
		s.mu.Lock()
		s.deferred[host] = until
		s.deferNoted[host] = true
		s.mu.Unlock()
		if s.c.store != nil {
			if serr := s.c.store.SetRetryAfter(host, until); serr != nil {
				slog.Warn("retry-after not stored", "host", host, "error", serr)
			}
		}
		s.fail(u, &RetryError{Host: host, URL: u, Until: until})
		return
	}
	if r.StatusCode != 0 && (r.StatusCode < 200 || r.StatusCode > 299) {
		err = &StatusError{URL: u, Status: r.StatusCode}
	}
	s.fail(u, err)
}

// onResponse extracts a page's posts and queues what it links to.
func (s *siteCrawl) onResponse(r *colly.Response) {
	if s.ctx.Err() != nil {
		return
	}
	s.mu.Lock()
	s.res.Pages++
	s.mu.Unlock()
	ct := r.Headers.Get(originalContentType)
	if ct == "" {
		ct = r.Headers.Get("Content-Type")
	}
	if !isHTML(ct, r.Body) {
		return
	}
	pageURL := r.Request.URL
	_, pageKey, _ := normalizeURL(pageURL.String(), 0, s.opts.Now)
	if pageKey != "" {
		// After a redirect followed in place, the final URL is seen too.
		s.mu.Lock()
		s.seen[pageKey] = true
		s.mu.Unlock()
	}
	depth, _ := r.Ctx.GetAny(ctxDepth).(int)
	thread := r.Ctx.Get(ctxThread)
	threadID := r.Ctx.Get(ctxThreadID)

	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(r.Body))
	if err != nil {
		s.fail(pageURL.String(), err)
		return
	}
	noindex, nofollow := robotsMeta(doc, r.Headers)

	var page *extract.Page
	if !noindex {
		page, err = safeExtract(s.extract, pageURL, r.Body, ct, extract.Options{Now: s.opts.Now})
		if err != nil {
			s.fail(pageURL.String(), err)
		}
	}
	if page != nil {
		if thread == "" {
			thread = pageURL.String()
		}
		posts := pagePosts(page, pageURL.String(), threadID, s.src.Name, time.Now().UTC())
		// Only a thread's pages share a thread; an index page's page 2 is
		// not a reply to page 1.
		if page.Kind == extract.KindThread && threadID == "" && len(posts) > 0 {
			threadID = posts[0].ThreadID
		}
		s.mu.Lock()
		if page.Kind == extract.KindThread && len(posts) > 0 && pageKey != "" {
			rec := &threadPage{thread: posts[0].ThreadID, own: posts[0].ID, title: page.Title}
			for i := range posts {
				rec.posts = append(rec.posts, len(s.res.Posts)+i)
			}
			s.threadPages[pageKey] = rec
		}
		s.res.Posts = append(s.res.Posts, posts...)
		s.mu.Unlock()
	}
	if thread == "" {
		thread = pageURL.String()
	}
	if nofollow {
		return
	}
	found := discover(doc, pageURL)
	if page != nil {
		found.next = append(found.next, absolute(pageURL, page.Next)...)
		found.feeds = append(found.feeds, absolute(pageURL, page.Feeds)...)
	}
	isThread := page != nil && page.Kind == extract.KindThread
	for _, n := range found.next {
		if !samePaginationScope(pageURL, n) {
			// Not a page of this document: an ordinary link.
			s.enqueue(n, visit{via: viaLink, depth: depth + 1})
			continue
		}
		if isThread {
			s.addEdge(pageKey, n)
		}
		s.enqueue(n, visit{via: viaPagination, depth: depth, thread: thread, threadID: threadID})
	}
	for _, f := range found.feeds {
		s.readFeed(f, depth+1)
	}
	for _, l := range found.links {
		s.enqueue(l, visit{via: viaLink, depth: depth + 1})
	}
}

// isHTML reports whether a body with this Content-Type is a page to read.
func isHTML(ct string, body []byte) bool {
	ct = strings.ToLower(ct)
	if strings.Contains(ct, "html") {
		return true
	}
	if ct == "" {
		return strings.Contains(http.DetectContentType(body), "html")
	}
	return false
}

// robotsMeta reads <meta name="robots"> and X-Robots-Tag: noindex means the
// page's posts are not kept, nofollow that its links are not followed.
func robotsMeta(doc *goquery.Document, h *http.Header) (noindex, nofollow bool) {
	var vals []string
	doc.Find(`meta[name]`).Each(func(_ int, m *goquery.Selection) {
		name := strings.ToLower(m.AttrOr("name", ""))
		if name == "robots" || name == robotsAgent {
			vals = append(vals, m.AttrOr("content", ""))
		}
	})
	if h != nil {
		for _, v := range h.Values("X-Robots-Tag") {
			// "googlebot: noindex" is for another crawler; "earshot:
			// noindex" for us. A colon after a comma belongs to a
			// directive's value (unavailable_after: date), not an agent.
			if i := strings.IndexByte(v, ':'); i > 0 && !strings.Contains(v[:i], ",") {
				agent := strings.TrimSpace(v[:i])
				switch {
				case strings.EqualFold(agent, robotsAgent):
					v = v[i+1:]
				case !strings.EqualFold(agent, "unavailable_after"):
					continue
				}
			}
			vals = append(vals, v)
		}
	}
	for _, v := range vals {
		for d := range strings.SplitSeq(strings.ToLower(v), ",") {
			switch strings.TrimSpace(d) {
			case "noindex":
				noindex = true
			case "nofollow":
				nofollow = true
			case "none":
				noindex, nofollow = true, true
			}
		}
	}
	return noindex, nofollow
}

// safeExtract runs extract.Extract, turning a panic into ErrExtractPanic so
// that one bad page cannot end the run.
func safeExtract(ex extractFunc, u *url.URL, body []byte, ct string, opts extract.Options) (page *extract.Page, err error) {
	defer func() {
		if p := recover(); p != nil {
			page, err = nil, fmt.Errorf("%w: %v", ErrExtractPanic, p)
		}
	}()
	page, err = ex(u, body, ct, opts)
	return page, err
}

// readFeed reads a feed found on a page and queues its items' links: the
// cheapest way to learn about new posts.
func (s *siteCrawl) readFeed(raw string, depth int) {
	if depth > s.maxDepth+1 {
		return
	}
	fetchURL, key, err := normalizeURL(raw, s.c.opts.MaxURLLength, s.opts.Now)
	if err != nil {
		return
	}
	u, err := url.Parse(fetchURL)
	if err != nil || !s.hosts[strings.ToLower(u.Hostname())] || matchAny(s.exclude, fetchURL) {
		return
	}
	s.mu.Lock()
	if s.feeds[key] || len(s.feeds) >= maxSiteFeeds {
		s.mu.Unlock()
		return
	}
	s.feeds[key] = true
	s.mu.Unlock()
	rules, sent, err := s.robots.rules(s.ctx, u, s.opts.Now)
	if sent {
		s.requests.Add(1)
	}
	if err != nil || !rules.allowed(u) {
		return
	}
	resp, sent, err := s.c.fetch(s.ctx, fetchURL)
	if sent {
		s.requests.Add(1)
	}
	if err != nil {
		if s.ctx.Err() == nil {
			s.fail(fetchURL, err)
		}
		return
	}
	if resp.NotModified {
		return
	}
	feed, err := parseFeed(resp.Body, resp.Header.Get("Content-Type"))
	if err != nil {
		s.fail(fetchURL, err)
		return
	}
	base, _ := url.Parse(resp.URL)
	for i, it := range feed.Items {
		if i >= maxFeedItems {
			break
		}
		if link := resolve(base, it.Link); link != "" {
			s.enqueue(link, visit{via: viaLink, depth: depth})
		}
	}
}

// discoverSitemaps reads the sitemaps robots.txt names and /sitemap.xml of
// each seed's origin, sitemap indexes included, and queues their URLs,
// newest first.
func (s *siteCrawl) discoverSitemaps() {
	var queue []string
	origins := map[string]bool{}
	for _, seed := range s.src.Seeds {
		u, err := url.Parse(seed)
		if err != nil || u.Host == "" {
			continue
		}
		origin := strings.ToLower(u.Scheme + "://" + u.Host)
		if origins[origin] {
			continue
		}
		origins[origin] = true
		rules, sent, err := s.robots.rules(s.ctx, u, s.opts.Now)
		if sent {
			s.requests.Add(1)
		}
		if err != nil {
			return
		}
		if rules.closed {
			continue
		}
		for _, sm := range rules.sitemaps {
			// RFC 9309 wants absolute URLs here; sites write relative ones.
			if abs := resolve(u, sm); abs != "" {
				queue = append(queue, abs)
			}
		}
		queue = append(queue, origin+"/sitemap.xml")
	}
	var urls []sitemapURL
	done := map[string]bool{}
	for files := 0; len(queue) > 0 && files < maxSitemapFiles && s.ctx.Err() == nil; {
		raw := queue[0]
		queue = queue[1:]
		fetchURL, key, err := normalizeURL(raw, s.c.opts.MaxURLLength, s.opts.Now)
		if err != nil || done[key] {
			continue
		}
		done[key] = true
		u, err := url.Parse(fetchURL)
		if err != nil || !s.hosts[strings.ToLower(u.Hostname())] {
			continue
		}
		rules, sent, err := s.robots.rules(s.ctx, u, s.opts.Now)
		if sent {
			s.requests.Add(1)
		}
		if err != nil || !rules.allowed(u) {
			continue
		}
		files++
		resp, sent, err := s.c.fetch(s.ctx, fetchURL)
		if sent {
			s.requests.Add(1)
		}
		if err != nil {
			var se *StatusError
			if !(errors.As(err, &se) && se.Status == http.StatusNotFound) && s.ctx.Err() == nil {
				s.fail(fetchURL, err)
			}
			continue
		}
		if resp.NotModified {
			continue
		}
		found, children, err := parseSitemap(resp.Body, s.c.opts.MaxBody)
		if err != nil {
			s.fail(fetchURL, err)
			continue
		}
		urls = append(urls, found...)
		queue = append(queue, children...)
	}
	newestFirst(urls)
	for _, su := range urls {
		if s.ctx.Err() != nil {
			return
		}
		s.enqueue(su.Loc, visit{via: viaSitemap, depth: 1})
	}
}

// addEdge records that page links to next through its pager.
func (s *siteCrawl) addEdge(pageKey, next string) {
	_, key, err := normalizeURL(next, 0, s.opts.Now)
	if err != nil || pageKey == "" {
		return
	}
	s.mu.Lock()
	s.edges = append(s.edges, [2]string{pageKey, key})
	s.mu.Unlock()
}

// joinThreads gives all pages of one thread the thread ID of its first page.
// Along a pagination chain the ID is passed on as pages are queued, but a
// forum index often links to page 2 or the last page of a thread directly,
// and then that page is fetched before page 1 names it. Pages joined by
// pager links form one thread; its first page is the one with the shortest
// URL (/t/1 before /t/1?page=2, /review/ before /review/comment-page-2/).
func (s *siteCrawl) joinThreads() {
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		for parent[k] != "" && parent[k] != k {
			k = parent[k]
		}
		return k
	}
	first := func(a, b string) bool { return len(a) < len(b) || (len(a) == len(b) && a < b) }
	for _, e := range s.edges {
		if s.threadPages[e[0]] == nil || s.threadPages[e[1]] == nil {
			continue
		}
		a, b := find(e[0]), find(e[1])
		if a == b {
			continue
		}
		if first(b, a) {
			a, b = b, a
		}
		parent[b] = a
	}
	hasChild := map[string]bool{}
	for _, p := range parent {
		hasChild[p] = true
	}
	for key, tp := range s.threadPages {
		root := find(key)
		if root == key && !hasChild[key] {
			continue // a page on its own keeps what it was given
		}
		want := s.threadPages[root].own
		if want == tp.thread {
			continue
		}
		for _, i := range tp.posts {
			p := &s.res.Posts[i]
			if p.ThreadID != tp.thread {
				continue
			}
			switch {
			case p.ID == want:
				p.ParentID, p.Title = "", tp.title
			case p.ParentID == "" || p.ParentID == tp.thread:
				p.ParentID = want
				p.Title = ""
			}
			p.ThreadID = want
			p.Hash = post.ContentHash(p.Title, p.Author, p.Text)
		}
		tp.thread = want
	}
}

// result returns the totals.
func (s *siteCrawl) result() *SiteResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.joinThreads()
	res := s.res
	res.Requests = int(s.requests.Load())
	return &res
}

// links found on a page.
type pageLinks struct {
	next, feeds, links []string
}

// paginationContainers are class and id fragments of the blocks forums and
// blogs put page links in.
var paginationContainers = []string{"pagination", "pager", "pagenav", "page-nav", "pagelinks", "page-numbers", "pages", "paging", "nav-links"}

// discover finds pagination links, feed links and other links on a page.
func discover(doc *goquery.Document, base *url.URL) pageLinks {
	var pl pageLinks
	if b, ok := doc.Find("base[href]").Attr("href"); ok {
		if bu, err := base.Parse(b); err == nil {
			base = bu
		}
	}
	doc.Find(`link[rel], a[rel]`).Each(func(_ int, sel *goquery.Selection) {
		rels := strings.Fields(strings.ToLower(sel.AttrOr("rel", "")))
		for _, rel := range rels {
			switch rel {
			case "next":
				if h := resolve(base, sel.AttrOr("href", "")); h != "" {
					pl.next = append(pl.next, h)
				}
			case "alternate":
				t := strings.ToLower(sel.AttrOr("type", ""))
				if goquery.NodeName(sel) == "link" && (strings.Contains(t, "rss+xml") || strings.Contains(t, "atom+xml") || strings.Contains(t, "feed+json")) {
					if h := resolve(base, sel.AttrOr("href", "")); h != "" {
						pl.feeds = append(pl.feeds, h)
					}
				}
			}
		}
	})
	// A page's own pager appears once or twice (above and below the
	// posts); a forum index repeats a small pager on every thread row, and
	// those are links to other threads, not pages of this one.
	var blocks []*goquery.Selection
	doc.Find("nav, div, ul, ol, span, p, td").Each(func(_ int, sel *goquery.Selection) {
		if !isPaginationBlock(sel) {
			return
		}
		for _, b := range blocks {
			if b.Contains(sel.Get(0)) {
				return // nested in a block already taken
			}
		}
		blocks = append(blocks, sel)
	})
	if len(blocks) <= 2 {
		for _, sel := range blocks {
			sel.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
				if isPageLinkText(a.Text()) || strings.Contains(strings.ToLower(a.AttrOr("rel", "")), "next") {
					if h := resolve(base, a.AttrOr("href", "")); h != "" {
						pl.next = append(pl.next, h)
					}
				}
			})
		}
	}
	doc.Find("a[href]").EachWithBreak(func(i int, a *goquery.Selection) bool {
		if len(pl.links) >= maxLinksPerPage {
			return false
		}
		h := resolve(base, a.AttrOr("href", ""))
		if h == "" || skipExtension(h) {
			return true
		}
		pl.links = append(pl.links, h)
		return true
	})
	return pl
}

// samePaginationScope reports whether next can be another page of the
// document at page: same host, and the same path, or paths that differ only
// in their last segment or by a suffix (/t/1 and /t/1/page-2).
func samePaginationScope(page *url.URL, next string) bool {
	n, err := url.Parse(next)
	if err != nil || !strings.EqualFold(n.Host, page.Host) {
		return false
	}
	a, b := strings.TrimSuffix(page.Path, "/"), strings.TrimSuffix(n.Path, "/")
	if a == b || strings.HasPrefix(b, a+"/") || strings.HasPrefix(a, b+"/") {
		return true
	}
	dir := func(p string) string {
		if i := strings.LastIndexByte(p, '/'); i >= 0 {
			return p[:i]
		}
		return p
	}
	if dir(a) != dir(b) {
		return false
	}
	// Siblings in one folder (thread-12.html, thread-12-2.html) share a
	// stem; two different threads in a folder do not.
	la, lb := a[len(dir(a)):], b[len(dir(b)):]
	stem := 0
	for stem < len(la) && stem < len(lb) && la[stem] == lb[stem] {
		stem++
	}
	return stem >= 3 && stem*2 >= min(len(la), len(lb))
}

// isPaginationBlock reports whether sel's class, id or aria-label names a
// pagination block.
func isPaginationBlock(sel *goquery.Selection) bool {
	attrs := strings.ToLower(sel.AttrOr("class", "") + " " + sel.AttrOr("id", "") + " " + sel.AttrOr("aria-label", ""))
	for _, f := range strings.FieldsFunc(attrs, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
		for _, p := range paginationContainers {
			if f == p || strings.HasPrefix(f, p) || strings.HasSuffix(f, "-"+p) || strings.HasSuffix(f, "_"+p) {
				return true
			}
		}
	}
	return false
}

// isPageLinkText reports whether a link's text is a page number or a "next"
// arrow.
func isPageLinkText(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	if t == "" {
		return false
	}
	if _, err := strconv.Atoi(t); err == nil {
		return true
	}
	switch t {
	case "next", "next ›", "next »", "›", "»", ">", ">>", "next page", "weiter", "suivant", "siguiente", "volgende", "avanti", "próxima":
		return true
	}
	return false
}

// skippedExtensions are links to files that are not pages.
var skippedExtensions = []string{
	".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".pdf", ".zip", ".gz", ".tgz", ".rar", ".7z",
	".mp3", ".mp4", ".m4a", ".mov", ".avi", ".webm", ".ogg", ".wav", ".css", ".js", ".woff", ".woff2", ".ttf", ".exe", ".dmg", ".iso",
}

func skipExtension(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return true
	}
	p := strings.ToLower(u.Path)
	for _, ext := range skippedExtensions {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}

// absolute resolves refs against base, dropping what is not http(s).
func absolute(base *url.URL, refs []string) []string {
	var out []string
	for _, r := range refs {
		if h := resolve(base, r); h != "" {
			out = append(out, h)
		}
	}
	return out
}

// pagePosts turns an extracted page into posts. threadID is the ID of the
// thread's first post when the page is page 2 or later of a thread, "" for
// page 1 or an article.
func pagePosts(p *extract.Page, pageURL, threadID, source string, fetched time.Time) []post.Post {
	host := post.Host(pageURL)
	if len(p.Posts) == 0 {
		text := post.NormalizeSpace(p.Text)
		if text == "" {
			return nil
		}
		u := canonicalOr(pageURL)
		id := post.IDFor(u)
		return []post.Post{{
			ID: id, ThreadID: id, Source: source, URL: u, Host: host, Title: p.Title, Author: p.Author,
			Published: p.Date, Fetched: fetched, Text: text, Language: p.Language,
			Hash: post.ContentHash(p.Title, p.Author, text),
		}}
	}
	ids := make([]string, len(p.Posts))
	urls := make([]string, len(p.Posts))
	for i, ep := range p.Posts {
		u := ""
		if ep.Permalink != "" {
			if c, err := post.Canonical(ep.Permalink); err == nil {
				u = c
			}
		}
		if u == "" {
			u = canonicalOr(pageURL + "#post-" + strconv.Itoa(i+1))
		}
		urls[i], ids[i] = u, post.IDFor(u)
	}
	if threadID == "" {
		threadID = ids[0]
	}
	var out []post.Post
	for i, ep := range p.Posts {
		text := post.NormalizeSpace(ep.Text)
		if text == "" {
			continue
		}
		pp := post.Post{
			ID: ids[i], ThreadID: threadID, Source: source, URL: urls[i], Host: host,
			Author: ep.Author, AuthorURL: ep.AuthorURL, Badges: ep.Badges, Published: ep.Date, Fetched: fetched,
			Text: text, Language: p.Language,
		}
		if pp.ID == threadID {
			pp.Title = p.Title
		} else if ep.Parent >= 0 && ep.Parent < len(ids) && ep.Parent != i {
			pp.ParentID = ids[ep.Parent]
		} else {
			pp.ParentID = threadID
		}
		pp.Hash = post.ContentHash(pp.Title, pp.Author, pp.Text)
		out = append(out, pp)
	}
	return out
}

// canonicalOr returns the canonical form of u, or u when it has none.
func canonicalOr(u string) string {
	if c, err := post.Canonical(u); err == nil {
		return c
	}
	return u
}
