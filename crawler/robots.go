package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// ErrDisallowed means robots.txt forbids the URL to our user agent, or the
// site's robots.txt could not be read and the site is treated as closed.
var ErrDisallowed = errors.New("crawler: disallowed by robots.txt")

// robots.txt handling per RFC 9309.
const (
	// robotsAgent is the product token robots.txt groups are matched on.
	robotsAgent = "earshot"
	// robotsMaxBytes is what we read of a robots.txt; RFC 9309 asks for at
	// least 500 KiB and lets the rest be ignored.
	robotsMaxBytes = 512 << 10
	// robotsMaxRedirects: RFC 9309 asks to follow at least five.
	robotsMaxRedirects = 5
	// robotsTTL is how long a fetched robots.txt is trusted (RFC 9309: no
	// more than 24 hours).
	robotsTTL = 24 * time.Hour
	// robotsRetry is how long an unreachable or failing (5xx) robots.txt
	// closes the site before we try again.
	robotsRetry = time.Hour
	// maxCrawlDelay caps a Crawl-delay so a hostile value cannot stall a
	// run; Nutch and StormCrawler cap it likewise.
	maxCrawlDelay = 30 * time.Second
	// robotsBucket is the state store bucket robots.txt files are kept in.
	robotsBucket = "robots"
)

// jsonStore is the part of the state store that keeps robots.txt between
// runs; *state.Store satisfies it.
type jsonStore interface {
	PutJSON(bucket, key string, v any) error
	GetJSON(bucket, key string, v any) (bool, error)
}

// robotsRecord is a robots.txt answer as stored: enough to rebuild the rules
// and to know when to fetch again.
type robotsRecord struct {
	// Status is the HTTP status; 0 means the host was unreachable.
	Status  int       `json:"status"`
	Body    string    `json:"body,omitempty"`
	Fetched time.Time `json:"fetched"`
}

// expires says until when a record may be used.
func (r robotsRecord) expires() time.Time {
	if r.Status == 0 || r.Status >= 500 || r.Status == http.StatusTooManyRequests {
		return r.Fetched.Add(robotsRetry)
	}
	return r.Fetched.Add(robotsTTL)
}

// robotsRules are the rules of one origin for our user agent.
type robotsRules struct {
	origin      string
	closed      bool             // 5xx or unreachable: nothing may be fetched
	group       *robotstxt.Group // nil: everything allowed
	crawlDelay  time.Duration
	sitemaps    []string
	expiresTime time.Time
}

// allowed reports whether u may be fetched. /robots.txt itself always may.
func (r *robotsRules) allowed(u *url.URL) bool {
	if r.closed {
		return false
	}
	if r.group == nil || u.Path == "/robots.txt" {
		return true
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

// rulesFrom builds the rules of a record.
func rulesFrom(origin string, rec robotsRecord) *robotsRules {
	r := &robotsRules{origin: origin, expiresTime: rec.expires()}
	switch {
	case rec.Status >= 200 && rec.Status <= 299:
		data, err := robotstxt.FromBytes([]byte(rec.Body))
		if err != nil {
			// RFC 9309: unparseable lines are ignored; a file we cannot
			// parse at all says nothing, so everything is allowed.
			return r
		}
		r.group = data.FindGroup(robotsAgent)
		if r.group != nil {
			r.crawlDelay = min(r.group.CrawlDelay, maxCrawlDelay)
		}
		r.sitemaps = data.Sitemaps
	case rec.Status == 0 || rec.Status >= 500 || rec.Status == http.StatusTooManyRequests:
		// Unreachable: RFC 9309 says assume complete disallow. 429 is read
		// the same way, as Google does: the host asks us to stay away.
		r.closed = true
	default:
		// 4xx (and a redirect loop): no robots.txt, everything allowed.
	}
	return r
}

// robotsCache fetches and remembers robots.txt per origin, for one run and,
// through the store, across runs.
type robotsCache struct {
	client *Client
	store  jsonStore // may be nil
	mu     sync.Mutex
	hosts  map[string]*robotsSlot
}

// robotsSlot serialises fetches of one origin's robots.txt.
type robotsSlot struct {
	mu    sync.Mutex
	rules *robotsRules
}

func newRobotsCache(c *Client) *robotsCache {
	rc := &robotsCache{client: c, hosts: map[string]*robotsSlot{}}
	if js, ok := c.store.(jsonStore); ok {
		rc.store = js
	}
	return rc
}

// rules returns the rules for u's origin, fetching robots.txt when there is
// no record younger than its expiry. sent reports whether a request was
// made. An error is returned only when ctx ends.
func (rc *robotsCache) rules(ctx context.Context, u *url.URL, now time.Time) (rules *robotsRules, sent bool, err error) {
	origin := strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
	rc.mu.Lock()
	slot, ok := rc.hosts[origin]
	if !ok {
		slot = &robotsSlot{}
		rc.hosts[origin] = slot
	}
	rc.mu.Unlock()

	slot.mu.Lock()
	defer slot.mu.Unlock()
	if slot.rules != nil && now.Before(slot.rules.expiresTime) {
		return slot.rules, false, nil
	}
	var rec robotsRecord
	found := false
	if rc.store != nil {
		found, err = rc.store.GetJSON(robotsBucket, origin, &rec)
		if err != nil {
			slog.Warn("robots cache read failed", "origin", origin, "error", err)
			found = false
		}
	}
	if !found || !now.Before(rec.expires()) || rec.Fetched.After(now.Add(time.Minute)) {
		rec, sent, err = rc.fetch(ctx, origin, now)
		if err != nil {
			return nil, sent, err
		}
		if rc.store != nil {
			if err := rc.store.PutJSON(robotsBucket, origin, rec); err != nil {
				slog.Warn("robots cache write failed", "origin", origin, "error", err)
			}
		}
	}
	rules = rulesFrom(origin, rec)
	slot.rules = rules
	// Crawl-delay is per host; the gate holds it for every later request,
	// colly's and the client's alike.
	rc.client.gate.setDelay(strings.ToLower(u.Host), rules.crawlDelay)
	if rules.closed {
		slog.Warn("robots.txt unavailable; site closed for now", "origin", origin, "status", rec.Status, "retry_after", rules.expiresTime)
	}
	return rules, sent, nil
}

// cached returns the rules for u's origin if this run already holds them
// and they have not expired, and nil otherwise; it never fetches or waits.
func (rc *robotsCache) cached(u *url.URL, now time.Time) *robotsRules {
	origin := strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
	rc.mu.Lock()
	slot := rc.hosts[origin]
	rc.mu.Unlock()
	if slot == nil || !slot.mu.TryLock() {
		return nil
	}
	defer slot.mu.Unlock()
	if slot.rules != nil && now.Before(slot.rules.expiresTime) {
		return slot.rules
	}
	return nil
}

// fetch GETs origin/robots.txt through the client's transport (so the
// private-address guard and the per-host gate apply), following at most
// robotsMaxRedirects redirects and reading at most robotsMaxBytes.
func (rc *robotsCache) fetch(ctx context.Context, origin string, now time.Time) (robotsRecord, bool, error) {
	c := rc.client
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	timer := &fetchTimer{timeout: c.opts.Timeout, cancel: cancel}
	defer timer.stop()
	rctx := context.WithValue(ctx, fetchTimerKey{}, timer)
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, origin+"/robots.txt", nil)
	if err != nil {
		return robotsRecord{Fetched: now}, false, nil
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/plain, */*;q=0.5")
	hc := &http.Client{
		Transport: c.http.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > robotsMaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, robotsMaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("crawler: redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
	resp, err := hc.Do(req)
	if err != nil {
		if ctx.Err() != nil && !errors.Is(context.Cause(ctx), ErrTimeout) {
			return robotsRecord{}, timer.started(), context.Cause(ctx)
		}
		if errors.Is(err, ErrTooManyRedirects) {
			// RFC 9309 2.3.1.2: after five redirects the file is
			// unavailable, which allows everything.
			return robotsRecord{Status: http.StatusNotFound, Fetched: now}, true, nil
		}
		slog.Warn("robots.txt fetch failed", "url", origin+"/robots.txt", "error", err)
		return robotsRecord{Status: 0, Fetched: now}, timer.started(), nil
	}
	defer resp.Body.Close()
	rec := robotsRecord{Status: resp.StatusCode, Fetched: now}
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
		if err != nil {
			if ctx.Err() != nil && !errors.Is(context.Cause(ctx), ErrTimeout) {
				return robotsRecord{}, true, context.Cause(ctx)
			}
			slog.Warn("robots.txt read failed", "url", origin+"/robots.txt", "error", err)
			return robotsRecord{Status: 0, Fetched: now}, true, nil
		}
		rec.Body = string(body)
	}
	return rec, true, nil
}
