// Package crawler fetches what earshot reads: its own HTTP client (polite,
// conditional, capped and refusing private addresses) and a feed reader that
// turns RSS, Atom and JSON Feed items and their comment feeds into posts.
package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/state"
)

// Sentinel errors callers can branch on with errors.Is.
var (
	// ErrPrivateAddress means a request would have connected to a loopback,
	// private, link-local or otherwise internal address.
	ErrPrivateAddress = errors.New("crawler: refusing private address")
	// ErrTooManyRedirects means a redirect chain was longer than MaxRedirects.
	ErrTooManyRedirects = errors.New("crawler: too many redirects")
	// ErrTooLarge means a body was longer than MaxBody after decompression.
	ErrTooLarge = errors.New("crawler: body too large")
	// ErrDeferred means the host asked us to wait (Retry-After); the error is
	// a *RetryError saying until when.
	ErrDeferred = errors.New("crawler: deferred by retry-after")
	// ErrTimeout means a request, body included, took longer than Timeout.
	ErrTimeout = errors.New("crawler: timed out")
)

// Retry-After bounds: a missing header still backs off, and a hostile or
// mistaken one cannot silence a source for ever.
const (
	defaultRetryAfter = time.Hour
	maxRetryAfter     = 7 * 24 * time.Hour
)

// Options say how the client fetches. Zero fields take the config defaults.
type Options struct {
	// UserAgent is sent with every request.
	UserAgent string
	// Delay is the minimum gap between two requests to a host, counted from
	// the end of one (its body closed) to the start of the next.
	Delay time.Duration
	// ConnectTimeout bounds dialling and the TLS handshake.
	ConnectTimeout time.Duration
	// Timeout bounds one fetch from its first request to the end of the body,
	// redirects included; time spent waiting for a busy host does not count.
	Timeout time.Duration
	// MaxBody caps a body, counted after decompression.
	MaxBody int64
	// MaxRedirects caps a redirect chain.
	MaxRedirects int
	// AllowPrivate permits internal addresses (for tests and intranets).
	AllowPrivate bool
	// MaxURLLength caps the length of a URL a site crawl follows.
	MaxURLLength int
}

// OptionsFrom converts the crawl section of the config.
func OptionsFrom(c config.Crawl) Options {
	// A loaded config has its defaults applied already, so a zero there was
	// written on purpose: no delay, no redirects.
	o := Options{
		UserAgent:      c.UserAgent,
		Delay:          time.Duration(c.Delay),
		ConnectTimeout: time.Duration(c.ConnectTimeout),
		Timeout:        time.Duration(c.Timeout),
		MaxBody:        int64(c.MaxBody),
		MaxRedirects:   c.MaxRedirects,
		AllowPrivate:   c.AllowPrivate,
		MaxURLLength:   c.MaxURLLength,
	}
	if c.Contact != "" && !strings.Contains(o.UserAgent, c.Contact) {
		// Site owners read the User-Agent in their logs; the contact is
		// how they reach whoever runs this crawler.
		o.UserAgent = strings.TrimSpace(o.UserAgent + " (+" + c.Contact + ")")
	}
	if o.Delay == 0 {
		o.Delay = -1
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = -1
	}
	return o
}

// withDefaults fills zero fields so a zero Options is still a safe client.
// Delay and MaxRedirects may legitimately be zero only via a negative value.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = config.DefaultUserAgent
	}
	if o.Delay == 0 {
		o.Delay = time.Duration(config.DefaultDelay)
	}
	if o.Delay < 0 {
		o.Delay = 0
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = time.Duration(config.DefaultConnectTimeout)
	}
	if o.Timeout <= 0 {
		o.Timeout = time.Duration(config.DefaultTimeout)
	}
	if o.MaxBody <= 0 {
		o.MaxBody = int64(config.DefaultMaxBody)
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = config.DefaultMaxRedirects
	}
	if o.MaxRedirects < 0 {
		o.MaxRedirects = 0
	}
	if o.MaxURLLength <= 0 {
		o.MaxURLLength = config.DefaultMaxURLLength
	}
	return o
}

// Store is what the client remembers between runs; *state.Store satisfies it.
type Store interface {
	Validators(url string) (state.Validators, error)
	SetValidators(url string, v state.Validators) error
	RetryAfter(host string) (time.Time, error)
	SetRetryAfter(host string, until time.Time) error
	CommentFeeds(source string) ([]state.CommentFeed, error)
	PutCommentFeed(source string, cf state.CommentFeed) error
}

// Client fetches URLs politely. It is safe for concurrent use.
type Client struct {
	opts  Options
	store Store
	http  *http.Client
	gate  *hostGate
}

// NewClient returns a client with its own transport. store may be nil, in
// which case nothing is remembered: no conditional GETs, no Retry-After.
func NewClient(opts Options, store Store) *Client {
	return newClient(opts, store, nil)
}

// newClient is NewClient with exempt, addresses the private-address guard
// lets through; tests use it to stand in for a public server.
func newClient(opts Options, store Store, exempt func(netip.AddrPort) bool) *Client {
	opts = opts.withDefaults()
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout}
	if !opts.AllowPrivate {
		// Control sees the address actually dialled, after DNS and after
		// any redirect, so neither can smuggle a request inside.
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			return refusePrivate(address, exempt)
		}
	}
	gate := &hostGate{delay: opts.Delay, hosts: map[string]*hostSlot{}, delays: map[string]time.Duration{}}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	c := &Client{opts: opts, store: store, gate: gate}
	c.http = &http.Client{
		Transport: &politeTransport{next: transport, gate: gate},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, opts.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("crawler: redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
	return c
}

// Response is a fetched document.
type Response struct {
	// URL is the final URL, after redirects.
	URL string
	// Status is the HTTP status code.
	Status int
	// Header is the final response's header.
	Header http.Header
	// Body is the decompressed body; empty when NotModified.
	Body []byte
	// NotModified reports a 304 answer to a conditional GET.
	NotModified bool
}

// RetryError says a host asked not to be contacted before Until. It matches
// ErrDeferred with errors.Is.
type RetryError struct {
	Host  string
	URL   string
	Until time.Time
}

// Error names the URL and the deadline.
func (e *RetryError) Error() string {
	return fmt.Sprintf("crawler: fetch %s: %s asked to wait until %s", e.URL, e.Host, e.Until.UTC().Format(time.RFC3339))
}

// Unwrap returns ErrDeferred.
func (e *RetryError) Unwrap() error { return ErrDeferred }

// StatusError is a non-2xx answer other than 304, 429 and 503.
type StatusError struct {
	URL    string
	Status int
}

// Error names the URL and the status.
func (e *StatusError) Error() string {
	return fmt.Sprintf("crawler: fetch %s: status %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// Fetch GETs rawURL. It sends the stored validators and returns
// NotModified on 304; it refuses to contact a host whose Retry-After deadline
// has not passed, returning a *RetryError without a request.
func (c *Client) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	resp, _, err := c.fetch(ctx, rawURL)
	return resp, err
}

// fetch is Fetch that also reports whether a request was sent, so callers
// can count requests.
func (c *Client) fetch(ctx context.Context, rawURL string) (*Response, bool, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, false, fmt.Errorf("crawler: fetch %s: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, false, fmt.Errorf("crawler: fetch %s: unsupported scheme %q", rawURL, u.Scheme)
	}
	host := hostKey(u)
	if c.store != nil {
		until, err := c.store.RetryAfter(host)
		if err != nil {
			return nil, false, fmt.Errorf("crawler: fetch %s: %w", rawURL, err)
		}
		if time.Now().Before(until) {
			return nil, false, &RetryError{Host: host, URL: rawURL, Until: until}
		}
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	timer := &fetchTimer{timeout: c.opts.Timeout, cancel: cancel}
	defer timer.stop()
	ctx = context.WithValue(ctx, fetchTimerKey{}, timer)

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, false, fmt.Errorf("crawler: fetch %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5")
	if c.store != nil {
		v, err := c.store.Validators(rawURL)
		if err != nil {
			return nil, false, fmt.Errorf("crawler: fetch %s: %w", rawURL, err)
		}
		if v.ETag != "" {
			req.Header.Set("If-None-Match", v.ETag)
		}
		if v.LastModified != "" {
			req.Header.Set("If-Modified-Since", v.LastModified)
		}
	}

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, timer.started(), c.fetchError(ctx, rawURL, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()

	switch {
	case resp.StatusCode == http.StatusNotModified:
		return &Response{URL: final, Status: resp.StatusCode, Header: resp.Header, NotModified: true}, true, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
		finalHost := hostKey(resp.Request.URL)
		until := time.Now().Add(parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()))
		if c.store != nil {
			if err := c.store.SetRetryAfter(finalHost, until); err != nil {
				return nil, true, fmt.Errorf("crawler: fetch %s: %w", rawURL, err)
			}
		}
		return nil, true, &RetryError{Host: finalHost, URL: rawURL, Until: until}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, true, &StatusError{URL: rawURL, Status: resp.StatusCode}
	}

	// Reading one byte past the cap tells a body of exactly MaxBody from a
	// longer one without ever holding more than MaxBody+1 bytes.
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBody+1))
	if err != nil {
		return nil, true, c.fetchError(ctx, rawURL, err)
	}
	if int64(len(body)) > c.opts.MaxBody {
		return nil, true, fmt.Errorf("crawler: fetch %s: more than %d bytes: %w", rawURL, c.opts.MaxBody, ErrTooLarge)
	}
	if c.store != nil {
		v := state.Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
		if err := c.store.SetValidators(rawURL, v); err != nil {
			return nil, true, fmt.Errorf("crawler: fetch %s: %w", rawURL, err)
		}
	}
	return &Response{URL: final, Status: resp.StatusCode, Header: resp.Header, Body: body}, true, nil
}

// fetchError names the URL and turns our own timeout into ErrTimeout, since
// the transport only reports it as a cancelled context.
func (c *Client) fetchError(ctx context.Context, rawURL string, err error) error {
	if errors.Is(context.Cause(ctx), ErrTimeout) {
		return fmt.Errorf("crawler: fetch %s: no complete answer within %v: %w", rawURL, c.opts.Timeout, ErrTimeout)
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		// url.Error repeats the method and URL; ours already names the URL.
		err = uerr.Err
	}
	return fmt.Errorf("crawler: fetch %s: %w", rawURL, err)
}

// parseRetryAfter reads a Retry-After value (delay-seconds or an HTTP date)
// as a duration from now, defaulting and capping it.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	d := defaultRetryAfter
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			secs = 0
		}
		if secs > int64(maxRetryAfter/time.Second) {
			secs = int64(maxRetryAfter / time.Second)
		}
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = max(t.Sub(now), 0)
	}
	return min(d, maxRetryAfter)
}

// hostKey names a host for politeness and Retry-After: host and port in
// lower case, since two ports are usually two services.
func hostKey(u *url.URL) string { return strings.ToLower(u.Host) }

// fetchTimerKey carries a fetch's timer to the transport.
type fetchTimerKey struct{}

// fetchTimer starts the Timeout clock when the first request of a fetch is
// actually sent, so that waiting in line for a busy host does not eat it.
type fetchTimer struct {
	timeout time.Duration
	cancel  context.CancelCauseFunc
	once    sync.Once
	mu      sync.Mutex
	timer   *time.Timer
	begun   bool
}

func (t *fetchTimer) start() {
	t.once.Do(func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		t.begun = true
		t.timer = time.AfterFunc(t.timeout, func() { t.cancel(ErrTimeout) })
	})
}

func (t *fetchTimer) started() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.begun
}

func (t *fetchTimer) stop() {
	t.once.Do(func() {}) // a late start must not arm a timer after we are done
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.timer != nil {
		t.timer.Stop()
	}
}

// politeTransport admits one request per host at a time, Delay apart, and
// starts the fetch's Timeout clock. It gates every hop of a redirect chain,
// because each hop is a request to some host.
type politeTransport struct {
	next http.RoundTripper
	gate *hostGate
}

// RoundTrip waits for the host's turn, sends req, and holds the turn until
// the body is closed.
func (t *politeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	release, err := t.gate.acquire(ctx, hostKey(req.URL))
	if err != nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, err
	}
	if ft, ok := ctx.Value(fetchTimerKey{}).(*fetchTimer); ok {
		ft.start()
	}
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		release()
		return nil, err
	}
	resp.Body = &releasingBody{ReadCloser: resp.Body, release: release}
	return resp, nil
}

// releasingBody gives the host's turn back when the body is closed.
type releasingBody struct {
	io.ReadCloser
	once    sync.Once
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.release)
	return err
}

// hostGate enforces per-host politeness.
type hostGate struct {
	delay  time.Duration
	mu     sync.Mutex
	hosts  map[string]*hostSlot
	delays map[string]time.Duration // per-host delays longer than delay (robots.txt Crawl-delay)
}

// setDelay makes host wait d between requests when d is longer than the
// default delay; a shorter d restores the default.
func (g *hostGate) setDelay(host string, d time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if d > g.delay {
		g.delays[host] = d
	} else {
		delete(g.delays, host)
	}
}

// hostSlot is one host's turn: a one-token semaphore and when the last
// request ended.
type hostSlot struct {
	sem  chan struct{}
	last time.Time // end of the last request; guarded by holding sem
}

// acquire waits until no request to host is in flight and Delay has passed
// since the last one ended; the returned func ends the turn.
func (g *hostGate) acquire(ctx context.Context, host string) (func(), error) {
	g.mu.Lock()
	s, ok := g.hosts[host]
	if !ok {
		s = &hostSlot{sem: make(chan struct{}, 1)}
		g.hosts[host] = s
	}
	g.mu.Unlock()

	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
	// Read the delay only now: robots.txt, fetched by the request before
	// us, may have set a Crawl-delay meanwhile.
	g.mu.Lock()
	delay := g.delay
	if d, ok := g.delays[host]; ok {
		delay = d
	}
	g.mu.Unlock()
	if wait := time.Until(s.last.Add(delay)); !s.last.IsZero() && wait > 0 {
		timer := time.NewTimer(wait)
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			<-s.sem
			return nil, context.Cause(ctx)
		}
	}
	// Counting Delay from the end of the previous request, not its start,
	// is stricter than required and keeps the gap even when a slow answer
	// arrives late.
	return func() {
		s.last = time.Now()
		<-s.sem
	}, nil
}

// refusePrivate refuses a dial to an internal address unless exempt allows
// it.
func refusePrivate(address string, exempt func(netip.AddrPort) bool) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse %q", ErrPrivateAddress, address)
	}
	if exempt != nil && exempt(ap) {
		return nil
	}
	if blockedAddr(ap.Addr()) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ap.Addr())
	}
	return nil
}

// Prefixes that are internal but that netip's predicates do not name.
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"; 0.x reaches localhost on Linux
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // deprecated site-local
	netip.MustParsePrefix("100::/64"),        // discard-only
	netip.MustParsePrefix("2001:10::/28"),    // ORCHID
	netip.MustParsePrefix("2001:20::/28"),    // ORCHIDv2
	netip.MustParsePrefix("::ffff:0:0:0/96"), // SIIT IPv4-translated
}

// nat64 is the well-known NAT64 prefix; an address in it reaches the IPv4
// address in its last 32 bits, which must be checked in turn.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// sixToFour is the 6to4 prefix; the IPv4 relay address is bits 16 to 48.
var sixToFour = netip.MustParsePrefix("2002::/16")

// blockedAddr reports whether a is loopback, private (RFC 1918, RFC 4193),
// link-local, unspecified, multicast, CGNAT or another internal range, in any
// IPv4-mapped or NAT64 spelling.
func blockedAddr(a netip.Addr) bool {
	if !a.IsValid() {
		return true
	}
	a = a.Unmap().WithZone("")
	if nat64.Contains(a) {
		b := a.As16()
		return blockedAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	}
	if sixToFour.Contains(a) {
		b := a.As16()
		return blockedAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
	}
	if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return true
	}
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
