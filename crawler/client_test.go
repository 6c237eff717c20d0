package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/state"
)

// testOptions allow loopback (httptest) and keep delays short.
func testOptions() Options {
	return Options{UserAgent: "earshot-test/1", Delay: -1, ConnectTimeout: 2 * time.Second, Timeout: 5 * time.Second, MaxBody: 1 << 20, MaxRedirects: 5, AllowPrivate: true}
}

func openStore(tb testing.TB) *state.Store {
	tb.Helper()
	s, err := state.Open(filepath.Join(tb.TempDir(), "state.db"))
	if err != nil {
		tb.Fatalf("state.Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestBlockedAddr(t *testing.T) {
	tests := []struct {
		addr    string
		blocked bool
	}{
		{"127.0.0.1", true},
		{"127.255.0.9", true},
		{"::1", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"172.32.0.1", false},
		{"192.168.1.1", true},
		{"169.254.169.254", true}, // cloud metadata
		{"fe80::1", true},
		{"fc00::1", true},
		{"fd12:3456::1", true},
		{"0.0.0.0", true},
		{"0.1.2.3", true},
		{"::", true},
		{"224.0.0.1", true},
		{"239.255.255.250", true},
		{"ff02::1", true},
		{"100.64.0.1", true},
		{"100.127.255.254", true},
		{"100.128.0.1", false},
		{"255.255.255.255", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.0.0.1", true},
		{"::ffff:169.254.169.254", true},
		{"::ffff:8.8.8.8", false},
		{"64:ff9b::7f00:1", true},   // NAT64 of 127.0.0.1
		{"64:ff9b::808:808", false}, // NAT64 of 8.8.8.8
		{"2002:7f00:1::1", true},    // 6to4 of 127.0.0.1
		{"2002:808:808::1", false},  // 6to4 of 8.8.8.8
		{"8.8.8.8", false},
		{"1.1.1.1", false},
		{"93.184.216.34", false},
		{"2606:4700:4700::1111", false},
		{"2001:4860:4860::8888", false},
		{"fe80::1%eth0", true},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			a, err := netip.ParseAddr(tt.addr)
			if err != nil {
				t.Fatal(err)
			}
			if got := blockedAddr(a); got != tt.blocked {
				t.Errorf("blockedAddr(%s): got %v, want %v", tt.addr, got, tt.blocked)
			}
		})
	}
	if !blockedAddr(netip.Addr{}) {
		t.Errorf("blockedAddr(invalid): got false, want true")
	}
}

func TestRefusesLoopback(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	opts := testOptions()
	opts.AllowPrivate = false
	_, err := NewClient(opts, nil).Fetch(t.Context(), srv.URL+"/feed")
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("Fetch(%s): got %v, want ErrPrivateAddress", srv.URL, err)
	}
	if !strings.Contains(err.Error(), srv.URL+"/feed") {
		t.Errorf("error %q does not name the URL", err)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("server hits: got %d, want 0", n)
	}
}

func TestRefusesLoopbackAfterRedirect(t *testing.T) {
	var innerHits, outerHits atomic.Int32
	inner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { innerHits.Add(1) }))
	defer inner.Close()
	outer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		outerHits.Add(1)
		http.Redirect(w, r, inner.URL+"/secret", http.StatusFound)
	}))
	defer outer.Close()
	outerAddr := netip.MustParseAddrPort(outer.Listener.Addr().String())

	opts := testOptions()
	opts.AllowPrivate = false
	// The outer server stands in for a public host; only it is exempt.
	c := newClient(opts, nil, func(ap netip.AddrPort) bool { return ap == outerAddr })
	_, err := c.Fetch(t.Context(), outer.URL+"/go")
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("Fetch via redirect: got %v, want ErrPrivateAddress", err)
	}
	if n := innerHits.Load(); n != 0 {
		t.Errorf("inner server hits: got %d, want 0", n)
	}
	// The exempt server was reached, so the refusal came from the hop it
	// redirected to.
	if n := outerHits.Load(); n != 1 {
		t.Errorf("outer server hits: got %d, want 1", n)
	}
}

func gzipped(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func TestMaxBody(t *testing.T) {
	const maxBody = 64 << 10
	tests := []struct {
		name    string
		size    int
		gzip    bool
		tooBig  bool
		maxWire int // the compressed size must stay small for the bomb to mean anything
	}{
		{"plain at cap", maxBody, false, false, 0},
		{"plain over cap", maxBody + 1, false, true, 0},
		{"gzip at cap", maxBody, true, false, 0},
		{"gzip bomb", 8 << 20, true, true, 32 << 10}, // 256 times the cap
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			payload := bytes.Repeat([]byte("a"), tt.size)
			wire := payload
			if tt.gzip {
				wire = gzipped(t, payload)
			}
			if tt.maxWire > 0 && len(wire) > tt.maxWire {
				t.Fatalf("compressed size %d, want <= %d", len(wire), tt.maxWire)
			}
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.gzip {
					w.Header().Set("Content-Encoding", "gzip")
				}
				w.Write(wire)
			}))
			defer srv.Close()
			opts := testOptions()
			opts.MaxBody = maxBody
			resp, err := NewClient(opts, nil).Fetch(t.Context(), srv.URL)
			if tt.tooBig {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("Fetch(%d bytes): got %v, want ErrTooLarge", tt.size, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Fetch(%d bytes): %v", tt.size, err)
			}
			if len(resp.Body) != tt.size {
				t.Errorf("body length: got %d, want %d", len(resp.Body), tt.size)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	tests := []struct {
		name     string
		hops     int
		max      int
		wantErr  error
		wantHits int32
	}{
		{"under cap", 3, 3, nil, 4},
		{"over cap", 4, 3, ErrTooManyRedirects, 4},
		{"endless", 1000, 2, ErrTooManyRedirects, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hits atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				var n int
				fmt.Sscanf(r.URL.Path, "/r/%d", &n)
				if n < tt.hops {
					http.Redirect(w, r, fmt.Sprintf("/r/%d", n+1), http.StatusFound)
					return
				}
				fmt.Fprint(w, "done")
			}))
			defer srv.Close()
			opts := testOptions()
			opts.MaxRedirects = tt.max
			resp, err := NewClient(opts, nil).Fetch(t.Context(), srv.URL+"/r/0")
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Fatalf("Fetch: got %v, want %v", err, tt.wantErr)
			}
			if err == nil && resp.URL != fmt.Sprintf("%s/r/%d", srv.URL, tt.hops) {
				t.Errorf("final URL: got %s, want %s/r/%d", resp.URL, srv.URL, tt.hops)
			}
			if got := hits.Load(); got != tt.wantHits {
				t.Errorf("requests: got %d, want %d", got, tt.wantHits)
			}
		})
	}
}

func TestRedirectToOtherScheme(t *testing.T) {
	srv := httptest.NewServer(http.RedirectHandler("ftp://files.example/x", http.StatusFound))
	defer srv.Close()
	_, err := NewClient(testOptions(), nil).Fetch(t.Context(), srv.URL)
	if err == nil || !strings.Contains(err.Error(), "scheme") {
		t.Errorf("Fetch redirecting to ftp: got %v, want a scheme error", err)
	}
}

func TestTimeoutOnTricklingBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		for i := 0; i < 30; i++ {
			if _, err := w.Write([]byte("x")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(time.Second):
			case <-r.Context().Done():
				return
			}
		}
	}))
	defer srv.Close()
	opts := testOptions()
	opts.Timeout = 300 * time.Millisecond
	start := time.Now()
	_, err := NewClient(opts, nil).Fetch(t.Context(), srv.URL)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Fetch: got %v, want ErrTimeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Fetch took %v, want about %v", d, opts.Timeout)
	}
}

func TestPerHostPoliteness(t *testing.T) {
	const delay = 250 * time.Millisecond
	var (
		mu       sync.Mutex
		arrivals []time.Time
		inFlight atomic.Int32
		overlap  atomic.Bool
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if inFlight.Add(1) > 1 {
			overlap.Store(true)
		}
		defer inFlight.Add(-1)
		mu.Lock()
		arrivals = append(arrivals, time.Now())
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	opts := testOptions()
	opts.Delay = delay
	c := NewClient(opts, nil)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Go(func() {
			if _, err := c.Fetch(t.Context(), fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if overlap.Load() {
		t.Errorf("two requests to one host were in flight at once")
	}
	if len(arrivals) != 3 {
		t.Fatalf("arrivals: got %d, want 3", len(arrivals))
	}
	for i := 1; i < len(arrivals); i++ {
		if gap := arrivals[i].Sub(arrivals[i-1]); gap < delay {
			t.Errorf("gap between request %d and %d: got %v, want >= %v", i-1, i, gap, delay)
		}
	}
}

func TestPolitenessWaitHonoursContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	defer srv.Close()
	opts := testOptions()
	opts.Delay = time.Hour
	c := NewClient(opts, nil)
	if _, err := c.Fetch(t.Context(), srv.URL); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Fetch(ctx, srv.URL)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("second Fetch: got %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("second Fetch took %v, want about 100ms", d)
	}
}

func TestConditionalGet(t *testing.T) {
	var (
		mu      sync.Mutex
		headers []http.Header
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		headers = append(headers, r.Header.Clone())
		mu.Unlock()
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 05 May 2025 10:00:00 GMT")
		fmt.Fprint(w, "body")
	}))
	defer srv.Close()
	store := openStore(t)
	c := NewClient(testOptions(), store)

	first, err := c.Fetch(t.Context(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || string(first.Body) != "body" {
		t.Errorf("first Fetch: got NotModified=%v body=%q, want false, %q", first.NotModified, first.Body, "body")
	}
	second, err := c.Fetch(t.Context(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || second.Status != http.StatusNotModified {
		t.Errorf("second Fetch: got NotModified=%v status=%d, want true, 304", second.NotModified, second.Status)
	}
	tests := []struct{ header, want string }{
		{"If-None-Match", `"v1"`},
		{"If-Modified-Since", "Mon, 05 May 2025 10:00:00 GMT"},
		{"User-Agent", "earshot-test/1"},
	}
	for _, tt := range tests {
		if got := headers[1].Get(tt.header); got != tt.want {
			t.Errorf("second request %s: got %q, want %q", tt.header, got, tt.want)
		}
	}
	if got := headers[0].Get("If-None-Match"); got != "" {
		t.Errorf("first request If-None-Match: got %q, want none", got)
	}
}

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		name   string
		status int
		header string
		want   time.Duration
	}{
		{"429 seconds", http.StatusTooManyRequests, "120", 120 * time.Second},
		{"503 absent", http.StatusServiceUnavailable, "", time.Hour},
		{"429 date", http.StatusTooManyRequests, "DATE+2h", 2 * time.Hour},
		{"429 capped", http.StatusTooManyRequests, "99999999", 7 * 24 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hits atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				hits.Add(1)
				h := tt.header
				if d, ok := strings.CutPrefix(h, "DATE+"); ok {
					dur, _ := time.ParseDuration(d)
					h = time.Now().Add(dur).UTC().Format(http.TimeFormat)
				}
				if h != "" {
					w.Header().Set("Retry-After", h)
				}
				w.WriteHeader(tt.status)
			}))
			defer srv.Close()
			store := openStore(t)
			c := NewClient(testOptions(), store)
			start := time.Now()
			_, err := c.Fetch(t.Context(), srv.URL+"/feed")
			var re *RetryError
			if !errors.As(err, &re) || !errors.Is(err, ErrDeferred) {
				t.Fatalf("Fetch: got %v, want *RetryError matching ErrDeferred", err)
			}
			if got := re.Until.Sub(start); got < tt.want-2*time.Second || got > tt.want+2*time.Second {
				t.Errorf("deadline: got now+%v, want now+%v", got, tt.want)
			}
			u, _ := url.Parse(srv.URL)
			stored, err := store.RetryAfter(u.Host)
			if err != nil || !stored.Equal(re.Until) {
				t.Errorf("stored deadline: got %v, %v, want %v", stored, err, re.Until)
			}
			_, err = c.Fetch(t.Context(), srv.URL+"/other")
			if !errors.Is(err, ErrDeferred) || !strings.Contains(err.Error(), srv.URL+"/other") {
				t.Errorf("second Fetch: got %v, want ErrDeferred naming the URL", err)
			}
			if n := hits.Load(); n != 1 {
				t.Errorf("requests: got %d, want 1", n)
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 5, 5, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"0", 0},
		{"-5", 0},
		{"30", 30 * time.Second},
		{"", time.Hour},
		{"soon", time.Hour},
		{"Mon, 05 May 2025 11:30:00 GMT", 90 * time.Minute},
		{"Mon, 05 May 2025 09:00:00 GMT", 0},
		{"Mon, 05 May 2099 09:00:00 GMT", 7 * 24 * time.Hour},
		{"9223372036854775807", 7 * 24 * time.Hour},
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.in, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q): got %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestStatusError(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	_, err := NewClient(testOptions(), nil).Fetch(t.Context(), srv.URL+"/gone")
	var se *StatusError
	if !errors.As(err, &se) || se.Status != http.StatusNotFound {
		t.Fatalf("Fetch: got %v, want *StatusError 404", err)
	}
	if want := "crawler: fetch " + srv.URL + "/gone: status 404"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error: got %q, want prefix %q", err, want)
	}
}

func TestOptionsFrom(t *testing.T) {
	c := config.Crawl{UserAgent: "ua", Delay: config.Duration(2 * time.Second), ConnectTimeout: config.Duration(3 * time.Second),
		Timeout: config.Duration(4 * time.Second), MaxBody: 5, MaxRedirects: 6, AllowPrivate: true}
	got := OptionsFrom(c)
	want := Options{UserAgent: "ua", Delay: 2 * time.Second, ConnectTimeout: 3 * time.Second, Timeout: 4 * time.Second, MaxBody: 5, MaxRedirects: 6, AllowPrivate: true}
	if got != want {
		t.Errorf("OptionsFrom: got %+v, want %+v", got, want)
	}
}
