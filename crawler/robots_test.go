package crawler

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRobotsRules(t *testing.T) {
	body := "User-agent: *\nDisallow: /private\nCrawl-delay: 2\n\nUser-agent: earshot\nDisallow: /search\nAllow: /search/about\nCrawl-delay: 1.5\nSitemap: https://x.example/s.xml\n"
	now := time.Now()
	tests := []struct {
		name   string
		rec    robotsRecord
		path   string
		want   bool
		closed bool
	}{
		{"own group beats *", robotsRecord{Status: 200, Body: body, Fetched: now}, "/private/x", true, false},
		{"own group disallow", robotsRecord{Status: 200, Body: body, Fetched: now}, "/search?q=loquat", false, false},
		{"longest match allows", robotsRecord{Status: 200, Body: body, Fetched: now}, "/search/about", true, false},
		{"robots.txt itself", robotsRecord{Status: 200, Body: "User-agent: *\nDisallow: /\n", Fetched: now}, "/robots.txt", true, false},
		{"disallow all", robotsRecord{Status: 200, Body: "User-agent: *\nDisallow: /\n", Fetched: now}, "/a", false, false},
		{"404", robotsRecord{Status: 404, Fetched: now}, "/a", true, false},
		{"401", robotsRecord{Status: 401, Fetched: now}, "/a", true, false},
		{"500", robotsRecord{Status: 500, Fetched: now}, "/a", false, true},
		{"unreachable", robotsRecord{Status: 0, Fetched: now}, "/a", false, true},
		{"garbage", robotsRecord{Status: 200, Body: "\x00\xff<html>nonsense", Fetched: now}, "/a", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rulesFrom("https://x.example", tt.rec)
			u, _ := url.Parse("https://x.example" + tt.path)
			if got := r.allowed(u); got != tt.want || r.closed != tt.closed {
				t.Errorf("allowed(%s): got %v closed %v, want %v closed %v", tt.path, got, r.closed, tt.want, tt.closed)
			}
		})
	}
	r := rulesFrom("https://x.example", robotsRecord{Status: 200, Body: body, Fetched: now})
	if r.crawlDelay != 1500*time.Millisecond || len(r.sitemaps) != 1 {
		t.Errorf("got crawl delay %v, sitemaps %q; want 1.5s from our group and one sitemap", r.crawlDelay, r.sitemaps)
	}
	if got := (robotsRecord{Status: 200, Fetched: now}).expires(); !got.Equal(now.Add(24 * time.Hour)) {
		t.Errorf("expiry of a 200: got %v, want 24h later", got)
	}
	if got := (robotsRecord{Status: 503, Fetched: now}).expires(); !got.Equal(now.Add(time.Hour)) {
		t.Errorf("expiry of a 503: got %v, want 1h later", got)
	}
}

func TestRobotsFetchBounds(t *testing.T) {
	tests := []struct {
		name    string
		hops    int    // redirects before the file
		body    string // the file
		allowed bool   // whether /private is allowed
	}{
		{"5 redirects followed", 5, "User-agent: *\nDisallow: /private\n", false},
		{"6 redirects: unavailable, allow all", 6, "User-agent: *\nDisallow: /private\n", true},
		{"past 512 KiB ignored", 0, "#" + strings.Repeat("x", robotsMaxBytes) + "\nUser-agent: *\nDisallow: /private\n", true},
		{"within 512 KiB read", 0, "#" + strings.Repeat("x", robotsMaxBytes-100) + "\nUser-agent: *\nDisallow: /private\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var requests atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				var n int
				fmt.Sscanf(r.URL.Query().Get("n"), "%d", &n)
				if n < tt.hops {
					http.Redirect(w, r, fmt.Sprintf("/robots.txt?n=%d", n+1), http.StatusFound)
					return
				}
				fmt.Fprint(w, tt.body)
			}))
			defer srv.Close()
			rc := newRobotsCache(NewClient(testOptions(), nil))
			u, _ := url.Parse(srv.URL + "/private")
			rules, sent, err := rc.rules(t.Context(), u, time.Now())
			if err != nil || !sent {
				t.Fatalf("rules: got sent %v, %v; want a request and no error", sent, err)
			}
			if got := rules.allowed(u); got != tt.allowed {
				t.Errorf("allowed(/private): got %v, want %v", got, tt.allowed)
			}
			// The same run asks only once.
			if _, sent, _ := rc.rules(t.Context(), u, time.Now()); sent {
				t.Errorf("second lookup: got a request, want the cached rules")
			}
		})
	}
}

func TestRobotsUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close() // nothing listens there now
	rc := newRobotsCache(NewClient(testOptions(), nil))
	u, _ := url.Parse(addr + "/a")
	rules, _, err := rc.rules(t.Context(), u, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if !rules.closed || rules.allowed(u) {
		t.Errorf("got closed %v allowed %v, want an unreachable host closed", rules.closed, rules.allowed(u))
	}
}
