package config

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestSiteSource(t *testing.T) {
	t.Run("defaults", func(t *testing.T) {
		c := mustParse(t, "", `
brands: [{name: Loquat}]
sources:
  - {type: site, url: "https://Forum.example.com/c/general"}
  - {type: site, url: "https://x.example.com/", seeds: ["https://a.example.com/", "https://b.example.com/x", "https://a.example.com/y"], max_depth: 1, max_pages: 9}
`)
		s := c.Sources[0]
		if !slices.Equal(s.Seeds, []string{"https://Forum.example.com/c/general"}) || !slices.Equal(s.AllowedHosts, []string{"forum.example.com"}) {
			t.Errorf("got seeds %q hosts %q, want the url and its lower-case host", s.Seeds, s.AllowedHosts)
		}
		if s.MaxDepth != DefaultMaxDepth || s.MaxPages != DefaultMaxPages {
			t.Errorf("got max_depth %d max_pages %d, want %d %d", s.MaxDepth, s.MaxPages, DefaultMaxDepth, DefaultMaxPages)
		}
		s = c.Sources[1]
		if !slices.Equal(s.AllowedHosts, []string{"a.example.com", "b.example.com"}) || s.MaxDepth != 1 || s.MaxPages != 9 {
			t.Errorf("got hosts %q depth %d pages %d, want [a b] 1 9", s.AllowedHosts, s.MaxDepth, s.MaxPages)
		}
		if c.Crawl.MaxURLLength != DefaultMaxURLLength {
			t.Errorf("got max_url_length %d, want %d", c.Crawl.MaxURLLength, DefaultMaxURLLength)
		}
	})

	tests := []struct {
		name, yaml, key, text string
		line                  int
	}{
		{"bad include", "    include: ['(unclosed']\n", "sources[0].include[0]", "(unclosed", 6},
		{"bad exclude", "    exclude: ['ok', '[z-a]']\n", "sources[0].exclude[1]", "[z-a]", 6},
		{"bad seed", "    seeds: ['ftp://x.example.com/']\n", "sources[0].seeds[0]", "ftp://", 6},
		{"seed outside allowed hosts", "    seeds: ['https://forum.example.com/', 'https://Other.example.com/x']\n    allowed_hosts: [forum.example.com]\n", "sources[0].seeds[1]", "other.example.com", 6},
		{"bad host", "    allowed_hosts: ['https://x.example.com/']\n", "sources[0].allowed_hosts[0]", "host name", 6},
		{"negative pages", "    max_pages: -1\n", "sources[0].max_pages", "-1", 6},
		{"negative depth", "    max_depth: -2\n", "sources[0].max_depth", "-2", 6},
		{"bad contact", "crawl: {contact: 'not a url'}\n", "crawl.contact", "not a url", 6},
		{"short url cap", "crawl: {max_url_length: 10}\n", "crawl.max_url_length", "10", 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "brands: [{name: Loquat}]\nsources:\n  - type: site\n    url: https://forum.example.com/\n    name: f\n" + tt.yaml
			_, err := ParseEnv("x.yaml", []byte(doc), env(nil))
			var errs Errors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("got %v, want one problem at %s", err, tt.key)
			}
			e := errs[0]
			if e.Key != tt.key || e.Line != tt.line || !errors.Is(e, ErrInvalid) || !strings.Contains(e.Error(), tt.text) {
				t.Errorf("got %v (key %s line %d), want ErrInvalid at %s line %d naming %q", e, e.Key, e.Line, tt.key, tt.line, tt.text)
			}
		})
	}
}
