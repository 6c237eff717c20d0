package crawler

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"
)

var trapNow = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

func TestNormalizeURL(t *testing.T) {
	tests := []struct {
		in, fetch, key string
		trap           bool // refused as a trap
		bad            bool // refused as not a URL we fetch
	}{
		{in: "HTTP://Forum.Example.com:80/t/1#post-3", fetch: "http://Forum.Example.com:80/t/1", key: "http://forum.example.com/t/1"},
		{in: "https://f.example/t?b=2&a=1&utm_source=x", fetch: "https://f.example/t?b=2&a=1&utm_source=x", key: "https://f.example/t?a=1&b=2"},
		{in: "https://f.example/page;jsessionid=ABC123?x=1", fetch: "https://f.example/page?x=1", key: "https://f.example/page?x=1"},
		{in: "https://f.example/t?PHPSESSID=abc&id=7", fetch: "https://f.example/t?id=7", key: "https://f.example/t?id=7"},
		{in: "https://f.example/t?sid=abc", fetch: "https://f.example/t", key: "https://f.example/t"},
		{in: "https://f.example/show?s=0123456789abcdef0123456789ABCDEF&t=5", fetch: "https://f.example/show?t=5", key: "https://f.example/show?t=5"},
		{in: "https://f.example/search?s=loquat", fetch: "https://f.example/search?s=loquat", key: "https://f.example/search?s=loquat"},
		{in: "https://f.example/a/b/a/b/a/b/", trap: true},
		{in: "https://f.example/x/x/x", trap: true},
		{in: "https://f.example/a/b/c/a/b/c/a/b/c", trap: true},
		{in: "https://f.example/a/b/a/b/", fetch: "https://f.example/a/b/a/b/", key: "https://f.example/a/b/a/b/"},
		{in: "https://f.example/tag/x/tag/y/tag/z/tag/w", trap: true},
		{in: "https://f.example/2019/10/10/post", fetch: "https://f.example/2019/10/10/post", key: "https://f.example/2019/10/10/post"},
		{in: "https://f.example/events?year=2031&month=2", trap: true},
		{in: "https://f.example/events?year=2027&month=2", fetch: "https://f.example/events?year=2027&month=2", key: "https://f.example/events?month=2&year=2027"},
		{in: "https://f.example/cal?date=1970-01", trap: true},
		{in: "https://f.example/calendar/2041/03/", trap: true},
		{in: "https://f.example/calendar/1899-03/", trap: true},
		{in: "https://blog.example/2011/07/loquat-review/", fetch: "https://blog.example/2011/07/loquat-review/", key: "https://blog.example/2011/07/loquat-review/"},
		{in: "https://shop.example/product/1984/", fetch: "https://shop.example/product/1984/", key: "https://shop.example/product/1984/"},
		{in: "https://f.example/" + strings.Repeat("a", 3000), trap: true},
		{in: "https://f.example/" + strings.Repeat("s/", 30), trap: true},
		{in: "ftp://f.example/x", bad: true},
		{in: "/relative", bad: true},
		{in: "https://f.example/%zz", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in[:min(len(tt.in), 60)], func(t *testing.T) {
			fetch, key, err := normalizeURL(tt.in, 2048, trapNow)
			switch {
			case tt.trap:
				if !errors.Is(err, ErrTrap) {
					t.Errorf("normalizeURL(%q): got %q, %v; want ErrTrap", tt.in, fetch, err)
				}
			case tt.bad:
				if err == nil || errors.Is(err, ErrTrap) {
					t.Errorf("normalizeURL(%q): got %q, %v; want an error other than ErrTrap", tt.in, fetch, err)
				}
			default:
				if err != nil || fetch != tt.fetch || key != tt.key {
					t.Errorf("normalizeURL(%q): got %q, %q, %v; want %q, %q", tt.in, fetch, key, err, tt.fetch, tt.key)
				}
			}
		})
	}
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{
		"https://f.example/t/1?page=2#post-3", "http://a/b/a/b/a/b", "https://x.example/cal?year=2999",
		"https://x.example/p;jsessionid=1?s=0123456789abcdef0123456789abcdef", "https://[::1]:8080/a?b=c&b=d",
		"https://x.example/%2F%2F/a", "http://x.example/2019/13/", "https://x.example/?=&&=",
	} {
		f.Add(s)
	}
	const maxLen = 256
	f.Fuzz(func(t *testing.T, raw string) {
		fetch, key, err := normalizeURL(raw, maxLen, trapNow)
		if err != nil {
			return
		}
		if len(fetch) > maxLen || len(key) > maxLen {
			t.Fatalf("normalizeURL(%q): got %d/%d characters, want <= %d", raw, len(fetch), len(key), maxLen)
		}
		u, perr := url.Parse(fetch)
		if perr != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Fragment != "" {
			t.Fatalf("normalizeURL(%q): got fetch URL %q, want absolute http(s) without fragment", raw, fetch)
		}
		// Normalising is idempotent: what we fetch maps to the same key.
		fetch2, key2, err := normalizeURL(fetch, maxLen, trapNow)
		if err != nil || key2 != key {
			t.Fatalf("normalizeURL(%q) = %q, %q; again: %q, %q, %v; want the same key", raw, fetch, key, fetch2, key2, err)
		}
	})
}
