package config

import (
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestTemplate(t *testing.T) {
	tmpl := Template()
	c := mustParse(t, "earshot.yaml", string(tmpl))
	if len(c.Brands) != 1 || len(c.Sources) != 1 || c.Sources[0].Type != SourceFeed {
		t.Errorf("got %d brands, %d sources, want 1 brand and 1 feed", len(c.Brands), len(c.Sources))
	}
	b := c.Brands[0]
	if len(b.Terms) == 0 || len(b.Exclude) == 0 || len(b.Accounts.Usernames) == 0 || len(b.Accounts.AuthorURLs) == 0 || len(b.Accounts.EmailDomains) == 0 {
		t.Errorf("got brand %+v, want every brand field in the example", b)
	}
	// The template shows the defaults, so it must agree with the constants.
	wantCrawl := Crawl{UserAgent: DefaultUserAgent, Delay: DefaultDelay, ConnectTimeout: DefaultConnectTimeout, Timeout: DefaultTimeout, MaxBody: DefaultMaxBody, MaxRedirects: DefaultMaxRedirects, MaxURLLength: DefaultMaxURLLength}
	if c.Crawl != wantCrawl || c.Followup.After != DefaultFollowupAfter || c.Index.Path != DefaultIndexPath {
		t.Errorf("got crawl %+v, followup %v, index %q; want the defaults", c.Crawl, c.Followup.After, c.Index.Path)
	}

	t.Run("every key is shown", func(t *testing.T) {
		for _, key := range allKeys(reflect.TypeFor[Config]()) {
			if !strings.Contains(string(tmpl), key+":") {
				t.Errorf("got no %q in the template, want every key shown", key+":")
			}
		}
	})

	t.Run("the commented-out site parses", func(t *testing.T) {
		site := strings.ReplaceAll(string(tmpl), "  # - type: site", "  - type: site")
		site = strings.ReplaceAll(site, "  #   ", "    ")
		c := mustParse(t, "", site)
		if len(c.Sources) != 2 || c.Sources[1].Type != SourceSite || c.Sources[1].Schedule != "@hourly" {
			t.Errorf("got sources %+v, want the feed and the site", c.Sources)
		}
	})

	t.Run("marshal round trip", func(t *testing.T) {
		out, err := yaml.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		back := mustParse(t, "earshot.yaml", string(out))
		for _, cfg := range []*Config{c, back} {
			for i := range cfg.Brands {
				cfg.Brands[i].Line = 0
			}
			for i := range cfg.Sources {
				cfg.Sources[i].Line = 0
			}
		}
		if !reflect.DeepEqual(back, c) {
			t.Errorf("got\n%+v\nwant\n%+v\nfrom\n%s", back, c, out)
		}
	})

	if Template()[0] = 'X'; Template()[0] == 'X' {
		t.Errorf("got a shared slice from Template, want a copy")
	}
}

// allKeys lists the yaml names of every field reachable from t.
func allKeys(t reflect.Type) []string {
	var keys []string
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		keys = append(keys, name)
		keys = append(keys, allKeys(t.Field(i).Type)...)
	}
	return keys
}
