package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// env returns a lookup over vars, so tests never read the process env.
func env(vars map[string]string) func(string) (string, bool) {
	return func(name string) (string, bool) {
		v, ok := vars[name]
		return v, ok
	}
}

func readFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// mustParse parses data with no environment and fails the test on any error.
func mustParse(tb testing.TB, name, data string) *Config {
	tb.Helper()
	c, err := ParseEnv(name, []byte(data), env(nil))
	if err != nil {
		tb.Fatalf("ParseEnv(%q): got error\n%v\nwant none", name, err)
	}
	return c
}

// minimal is the smallest valid config.
const minimal = `
brands: [{name: Loquat}]
sources: [{type: feed, url: "https://blog.example.com/feed"}]
`

func TestParseValid(t *testing.T) {
	c := mustParse(t, "", string(readFixture(t, "valid.yaml")))
	want := &Config{
		Brands: []Brand{
			{
				Name:    "Loquat",
				Terms:   []string{"Loquat", "Loquat App"},
				Exclude: []string{"loquat tree"},
				Accounts: Accounts{
					Usernames: map[string][]string{
						"forum.example.com": {"loquat_team", "LoquatSupport"},
						"*":                 {"loquat-official"},
					},
					AuthorURLs:   []string{"https://social.example.com/@loquat"},
					EmailDomains: []string{"loquat.example"},
				},
				Line: 2,
			},
			{Name: "Medlar", Terms: []string{"Medlar"}, Line: 11},
		},
		Sources: []Source{
			{Name: "blog", Type: SourceFeed, URL: "https://blog.example.com/feed.xml", Schedule: "@hourly", Weight: 1, Line: 13},
			{Name: "forum.example.com", Type: SourceSite, URL: "https://forum.example.com/c/general", Schedule: DefaultSchedule, Weight: 1, Line: 17,
				Seeds: []string{"https://forum.example.com/c/general"}, AllowedHosts: []string{"forum.example.com"}, MaxDepth: DefaultMaxDepth, MaxPages: DefaultMaxPages},
		},
		Crawl: Crawl{
			UserAgent:      "test-agent (+https://example.com/contact)",
			Delay:          0,
			ConnectTimeout: Duration(5 * time.Second),
			Timeout:        Duration(90 * time.Second),
			MaxBody:        512 << 10,
			MaxRedirects:   0,
			MaxURLLength:   DefaultMaxURLLength,
			AllowPrivate:   true,
		},
		Index:    Index{Path: "/var/lib/earshot"},
		Followup: Followup{After: Duration(48 * time.Hour), Answer: AnswerThread, ExpireAfter: DefaultExpireAfter},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got\n%+v\nwant\n%+v", c, want)
	}
	if s, ok := c.SourceByName("blog"); !ok || s.URL != "https://blog.example.com/feed.xml" {
		t.Errorf("SourceByName(blog): got %+v, %v; want the blog feed", s, ok)
	}
	if _, ok := c.SourceByName("nope"); ok {
		t.Errorf("SourceByName(nope): got found, want not found")
	}
	if b, ok := c.BrandByName("Medlar"); !ok || b.Line != 11 {
		t.Errorf("BrandByName(Medlar): got %+v, %v; want the brand on line 11", b, ok)
	}
	if _, ok := c.BrandByName("medlar"); ok {
		t.Errorf("BrandByName(medlar): got found, want not found (names are exact)")
	}
}

func TestParseProblems(t *testing.T) {
	c, err := ParseEnv("problems.yaml", readFixture(t, "problems.yaml"), env(nil))
	if c == nil {
		t.Fatal("got nil config, want the partial config")
	}
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("got error %T %v, want Errors", err, err)
	}
	type problem struct {
		line     int
		key      string
		sentinel error
		text     string // a substring of the message
	}
	want := []problem{
		{7, "brands[0].accounts.author_urls[0]", ErrInvalid, "ftp://"},
		{8, "brands[0].accounts.email_domains[0]", ErrInvalid, "part after @"},
		{9, "sourcs", ErrUnknownKey, `did you mean "sources"?`},
		{13, "sources[0].url", ErrInvalid, "not a url"},
		{17, "sources[1].schedule", ErrInvalid, "0 25 * * *"},
		{20, "sources[2].name", ErrInvalid, "sources[1]"},
		{22, "sources[3].url", ErrUnsetEnv, "FEED_URL"},
		{25, "crawl.user_agnt", ErrUnknownKey, `did you mean "user_agent"?`},
		{26, "crawl.delay", ErrInvalid, `"5 sec"`},
		{27, "crawl.max_redirects", ErrInvalid, "50"},
		{31, "followup.after", ErrInvalid, "negative"},
	}
	var got []problem
	for _, e := range errs {
		got = append(got, problem{line: e.Line, key: e.Key})
		if e.File != "problems.yaml" {
			t.Errorf("%s: got File %q, want problems.yaml", e.Key, e.File)
		}
	}
	for i, w := range want {
		if i >= len(errs) {
			break
		}
		e := errs[i]
		if !errors.Is(e, w.sentinel) {
			t.Errorf("%s: got %v, want it to wrap %v", w.key, e, w.sentinel)
		}
		if !strings.Contains(e.Error(), w.text) {
			t.Errorf("%s: got %q, want it to contain %q", w.key, e.Error(), w.text)
		}
		got[i].sentinel, got[i].text = w.sentinel, w.text
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got problems\n%v\nwant\n%v\nerror:\n%v", got, want, err)
	}
	// The parts that were fine are still decoded.
	if c.Index.Path != "data" || len(c.Sources) != 4 || c.Sources[3].Name != "news" {
		t.Errorf("got partial config %+v, want index.path data and 4 sources", c)
	}
	// The cron parser's reason is in the message.
	if msg := errs[4].Error(); !strings.Contains(msg, "25") || !strings.HasPrefix(msg, "problems.yaml:17: sources[1].schedule: invalid value: ") {
		t.Errorf("got %q, want file:line: key: message with the cron error", msg)
	}
	for _, s := range []error{ErrUnknownKey, ErrInvalid, ErrUnsetEnv} {
		if !errors.Is(err, s) {
			t.Errorf("errors.Is(err, %v): got false, want true", s)
		}
	}
	if errors.Is(err, ErrMissing) {
		t.Errorf("errors.Is(err, ErrMissing): got true, want false")
	}
	if n := strings.Count(err.Error(), "\n") + 1; n != len(want) {
		t.Errorf("got %d lines in Error(), want %d", n, len(want))
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name     string
		yaml     string
		key      string
		line     int
		sentinel error
		text     string
	}{
		{"empty file", "", "brands", 0, ErrMissing, "brand"},
		{"no sources", "brands: [{name: A}]", "sources", 0, ErrMissing, "source"},
		{"top level list", "- a", "", 1, ErrInvalid, "want a mapping"},
		{"syntax", "brands: [\n", "", 1, ErrInvalid, "yaml syntax"},
		{"tab indent", "brands:\n\t- name: a\n", "", 2, ErrInvalid, "yaml syntax"},
		{"missing type", "brands: [{name: A}]\nsources:\n  - url: https://a.example.com\n", "sources[0].type", 3, ErrMissing, "feed"},
		{"bad type", "brands: [{name: A}]\nsources:\n  - url: https://a.example.com\n    type: fed\n", "sources[0].type", 4, ErrInvalid, "fed"},
		{"missing url", "brands: [{name: A}]\nsources:\n  - type: feed\n", "sources[0].url", 3, ErrMissing, "url"},
		{"relative url", "brands: [{name: A}]\nsources:\n  - type: feed\n    url: /feed\n", "sources[0].url", 4, ErrInvalid, "absolute"},
		{"missing brand name", "brands:\n  - terms: [x]\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].name", 2, ErrMissing, "name"},
		{"duplicate brand", "brands:\n  - name: A\n  - name: A\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[1].name", 3, ErrInvalid, "brands[0]"},
		{"empty term", "brands:\n  - name: A\n    terms: [A, '']\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].terms[1]", 3, ErrInvalid, "empty"},
		{"empty exclude", "brands:\n  - name: A\n    exclude:\n      - ' '\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].exclude[0]", 4, ErrInvalid, "empty"},
		{"empty username", "brands:\n  - name: A\n    accounts:\n      usernames:\n        forum.example.com: ['']\n" + "sources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].accounts.usernames.forum.example.com[0]", 5, ErrInvalid, "user name"},
		{"unknown key in usernames list", "brands:\n  - name: A\n    accounts:\n      usernames:\n        h.example: {user: x}\n" + "sources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].accounts.usernames.h.example", 5, ErrInvalid, "want a list"},
		{"unknown key in accounts", "brands:\n  - name: A\n    accounts:\n      usernamez: {}\n" + "sources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].accounts.usernamez", 4, ErrUnknownKey, `"usernames"`},
		{"unknown key far from any", minimal + "colour: blue\n", "colour", 4, ErrUnknownKey, "known keys: brands, sources"},
		{"case typo", minimal + "Crawl: {}\n", "Crawl", 4, ErrUnknownKey, `"crawl"`},
		{"transposition", minimal + "crawl: {tiemout: 1s}\n", "crawl.tiemout", 4, ErrUnknownKey, `"timeout"`},
		{"repeated key", minimal + "index: {path: a}\nindex: {path: b}\n", "index", 5, ErrInvalid, "line 4"},
		{"terms not a list", "brands:\n  - name: A\n    terms: A\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].terms", 3, ErrInvalid, "want a list"},
		{"name is a list", "brands:\n  - name: [A]\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].name", 2, ErrInvalid, "single value"},
		{"bad int", minimal + "crawl:\n  max_redirects: lots\n", "crawl.max_redirects", 5, ErrInvalid, "whole number"},
		{"bad bool", minimal + "crawl:\n  allow_private: maybe\n", "crawl.allow_private", 5, ErrInvalid, "true or false"},
		{"bad size", minimal + "crawl:\n  max_body: 10 parsecs\n", "crawl.max_body", 5, ErrInvalid, "size"},
		{"zero size", minimal + "crawl:\n  max_body: 0\n", "crawl.max_body", 5, ErrInvalid, "positive"},
		{"zero timeout", minimal + "crawl:\n  timeout: 0s\n", "crawl.timeout", 5, ErrInvalid, "positive"},
		{"negative connect timeout", minimal + "crawl:\n  connect_timeout: -1s\n", "crawl.connect_timeout", 5, ErrInvalid, "positive"},
		{"negative delay", minimal + "crawl:\n  delay: -1s\n", "crawl.delay", 5, ErrInvalid, "negative"},
		{"negative redirects", minimal + "crawl:\n  max_redirects: -1\n", "crawl.max_redirects", 5, ErrInvalid, "0..20"},
		{"empty user agent", minimal + "crawl:\n  user_agent: ''\n", "crawl.user_agent", 5, ErrMissing, "user agent"},
		{"empty index path", minimal + "index:\n  path: ''\n", "index.path", 5, ErrMissing, "directory"},
		{"cron tz panic", "brands: [{name: A}]\nsources:\n  - type: feed\n    url: https://a.example.com\n    schedule: TZ=UTC\n", "sources[0].schedule", 5, ErrInvalid, "TZ=UTC"},
		{"cron too few fields", "brands: [{name: A}]\nsources:\n  - type: feed\n    url: https://a.example.com\n    schedule: '* *'\n", "sources[0].schedule", 5, ErrInvalid, "expected exactly 5 fields"},
		{"bad env name", "brands: [{name: '${1X}'}]\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].name", 1, ErrInvalid, "1X"},
		{"unterminated env", "brands: [{name: '${X'}]\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].name", 1, ErrInvalid, "unterminated"},
		{"self merge", minimal + "crawl: &c {<<: *c}\n", "crawl", 4, ErrInvalid, "itself"},
		{"author url", "brands:\n  - name: A\n    accounts:\n      author_urls: ['example.com/me']\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].accounts.author_urls[0]", 4, ErrInvalid, "absolute"},
		{"answer mode", minimal + "followup:\n  answer: threads\n", "followup.answer", 5, ErrInvalid, `"reply"`},
		{"negative expiry", minimal + "followup:\n  expire_after: -1d\n", "followup.expire_after", 5, ErrInvalid, "not a duration"},
		{"bad timezone", minimal + "followup:\n  business_hours:\n    timezone: Mars/Olympus\n    start: '09:00'\n    end: '17:00'\n", "followup.business_hours", 5, ErrInvalid, "Mars/Olympus"},
		{"end before start", minimal + "followup:\n  business_hours:\n    start: '17:00'\n    end: '09:00'\n", "followup.business_hours", 5, ErrInvalid, "not after start"},
		{"bad clock", minimal + "followup:\n  business_hours:\n    start: '9am'\n    end: '17:00'\n", "followup.business_hours", 5, ErrInvalid, "HH:MM"},
		{"bad day", minimal + "followup:\n  business_hours:\n    days: [mon, funday]\n    start: '09:00'\n    end: '17:00'\n", "followup.business_hours", 5, ErrInvalid, "funday"},
		{"start without end", minimal + "followup:\n  business_hours:\n    start: '09:00'\n", "followup.business_hours", 5, ErrInvalid, "both start and end"},
		{"negative weight", "brands: [{name: A}]\nsources:\n  - type: feed\n    url: https://a.example.com\n    weight: -2\n", "sources[0].weight", 5, ErrInvalid, "negative"},
		{"weight not a number", "brands: [{name: A}]\nsources:\n  - type: feed\n    url: https://a.example.com\n    weight: heavy\n", "sources[0].weight", 5, ErrInvalid, "not a number"},
		{"badge everywhere", "brands:\n  - name: A\n    accounts:\n      badges:\n        '*': [staff]\n" + "sources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].accounts.badges.*", 5, ErrInvalid, "own site"},
		{"unknown badge", "brands:\n  - name: A\n    accounts:\n      badges:\n        blog.a.example: [submitter]\n" + "sources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].accounts.badges.blog.a.example[0]", 5, ErrInvalid, "submitter"},
		{"export status state", minimal + "export:\n  hubspot:\n    status: {closed: Closed}\n", "export.hubspot.status.closed", 6, ErrInvalid, "not a follow-up state"},
		{"email domain", "brands:\n  - name: A\n    accounts:\n      email_domains: ['example']\nsources: [{type: feed, url: 'https://a.example.com'}]\n", "brands[0].accounts.email_domains[0]", 4, ErrInvalid, "domain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseEnv("f.yaml", []byte(tt.yaml), env(nil))
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("got error %T %v, want Errors", err, err)
			}
			i := slices.IndexFunc(errs, func(e *Error) bool { return e.Key == tt.key })
			if i < 0 {
				t.Fatalf("got\n%v\nwant a problem at key %q", err, tt.key)
			}
			e := errs[i]
			if e.Line != tt.line || !errors.Is(e, tt.sentinel) || !strings.Contains(e.Error(), tt.text) {
				t.Errorf("got %q (line %d), want line %d, %v, containing %q", e, e.Line, tt.line, tt.sentinel, tt.text)
			}
		})
	}
}

func TestEnv(t *testing.T) {
	vars := env(map[string]string{"UA": "agent/1", "EMPTY": "", "N": "3", "WAIT": "2d"})
	tests := []struct {
		in, want string
	}{
		{"${UA}", "agent/1"},
		{"x ${UA} y", "x agent/1 y"},
		{"${UNSET:-fallback}", "fallback"},
		{"${UA:-fallback}", "agent/1"},
		{"${EMPTY:-fallback}", "fallback"},
		{"${EMPTY}", ""},
		{"${UNSET:-}", ""},
		{"$$", "$"},
		{"price $$5", "price $5"},
		{"$${UA}", "${UA}"},
		{"a$b", "a$b"},
		{"trailing $", "trailing $"},
		{"${UA}${UA}", "agent/1agent/1"},
		{"${UNSET:-a:-b}", "a:-b"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, errs := expandEnv(tt.in, vars)
			if len(errs) != 0 || got != tt.want {
				t.Errorf("expandEnv(%q): got %q, %v; want %q, no errors", tt.in, got, errs, tt.want)
			}
		})
	}

	t.Run("unset", func(t *testing.T) {
		_, errs := expandEnv("${A} and ${B:-b} and ${C}", vars)
		if len(errs) != 2 || !errors.Is(errs[0], ErrUnsetEnv) || !strings.Contains(errs[1].Error(), "C") {
			t.Errorf("got %v, want ErrUnsetEnv for A and C", errs)
		}
	})

	t.Run("in a file", func(t *testing.T) {
		c, err := ParseEnv("", []byte(minimal+`
crawl:
  user_agent: "${UA} $$HOME"
  max_redirects: ${N}
  timeout: ${T:-45}
index:
  path: '${DIR:-/srv/earshot}'
followup:
  after: ${WAIT}
`), vars)
		if err != nil {
			t.Fatal(err)
		}
		got := []any{c.Crawl.UserAgent, c.Crawl.MaxRedirects, c.Crawl.Timeout, c.Index.Path, c.Followup.After}
		want := []any{"agent/1 $HOME", 3, Duration(45 * time.Second), "/srv/earshot", Duration(48 * time.Hour)}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})

	t.Run("keys are not expanded", func(t *testing.T) {
		_, err := ParseEnv("", []byte(minimal+"crawl: {'${UA}': x}\n"), vars)
		var errs Errors
		if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Key != "crawl.${UA}" || !errors.Is(errs[0], ErrUnknownKey) {
			t.Errorf("got %v, want one unknown key crawl.${UA}", err)
		}
	})

	t.Run("Parse uses the process env", func(t *testing.T) {
		t.Setenv("EARSHOT_TEST_UA", "from-env")
		c, err := Parse("", []byte(minimal+"crawl: {user_agent: '${EARSHOT_TEST_UA}'}\n"))
		if err != nil || c.Crawl.UserAgent != "from-env" {
			t.Errorf("got %v, %v; want user agent from-env", c, err)
		}
	})
}

func TestDefaults(t *testing.T) {
	c := mustParse(t, "", `
brands:
  - name: Loquat
  - name: Medlar
    terms: []
sources:
  - {type: feed, url: "https://a.example.com/feed"}
  - {type: feed, url: "https://b.example.com/one/"}
  - {type: feed, url: "https://b.example.com/two"}
  - {type: feed, url: "https://c.example.com/x"}
  - {type: feed, url: "https://d.example.com/x", name: c.example.com}
crawl:
  delay: 0
  max_redirects: 0
`)
	var names []string
	for _, s := range c.Sources {
		names = append(names, s.Name)
		if s.Schedule != DefaultSchedule {
			t.Errorf("%s: got schedule %q, want %q", s.Name, s.Schedule, DefaultSchedule)
		}
	}
	if want := []string{"a.example.com", "b.example.com/one", "b.example.com/two", "c.example.com/x", "c.example.com"}; !slices.Equal(names, want) {
		t.Errorf("got source names %q, want %q", names, want)
	}
	for _, b := range c.Brands {
		if !slices.Equal(b.Terms, []string{b.Name}) {
			t.Errorf("%s: got terms %q, want [%s]", b.Name, b.Terms, b.Name)
		}
	}
	want := Crawl{UserAgent: DefaultUserAgent, Delay: 0, ConnectTimeout: DefaultConnectTimeout, Timeout: DefaultTimeout, MaxBody: DefaultMaxBody, MaxRedirects: 0, MaxURLLength: DefaultMaxURLLength}
	if c.Crawl != want {
		t.Errorf("got crawl %+v, want %+v (explicit zeros kept)", c.Crawl, want)
	}
	if c.Index.Path != DefaultIndexPath || c.Followup.After != DefaultFollowupAfter {
		t.Errorf("got index %q, followup %v; want %q, %v", c.Index.Path, c.Followup.After, DefaultIndexPath, DefaultFollowupAfter)
	}

	t.Run("SetDefaults on a zero config", func(t *testing.T) {
		var z Config
		z.SetDefaults()
		want := Config{
			Crawl:    Crawl{UserAgent: DefaultUserAgent, Delay: DefaultDelay, ConnectTimeout: DefaultConnectTimeout, Timeout: DefaultTimeout, MaxBody: DefaultMaxBody, MaxRedirects: DefaultMaxRedirects, MaxURLLength: DefaultMaxURLLength},
			Index:    Index{Path: DefaultIndexPath},
			Followup: Followup{After: DefaultFollowupAfter, Answer: AnswerThread, ExpireAfter: DefaultExpireAfter},
		}
		if !reflect.DeepEqual(z, want) {
			t.Errorf("got %+v, want %+v", z, want)
		}
		var errs Errors
		if err := z.Validate(); !errors.As(err, &errs) || len(errs) != 2 {
			t.Errorf("Validate: got %v, want only missing brands and sources", err)
		}
	})

	t.Run("Validate by hand uses Line fields", func(t *testing.T) {
		c := Config{
			Brands:  []Brand{{Name: "A", Line: 3}},
			Sources: []Source{{Type: "feed", URL: "gopher://x", Line: 7}},
		}
		c.SetDefaults()
		var errs Errors
		if err := c.Validate(); !errors.As(err, &errs) || len(errs) != 1 || errs[0].Line != 7 || errs[0].Key != "sources[0].url" {
			t.Errorf("got %v, want one problem at line 7 sources[0].url", err)
		}
		c.Sources[0].URL = "https://x.example.com"
		c.Sources[0].Name = "x"
		if err := c.Validate(); err != nil {
			t.Errorf("got %v, want nil", err)
		}
	})
}

func TestIndexPath(t *testing.T) {
	abs := filepath.Join(t.TempDir(), "idx")
	tests := []struct {
		name, file, path, want string
	}{
		{"relative to file", filepath.Join("etc", "earshot", "earshot.yaml"), "data", filepath.Join("etc", "earshot", "data")},
		{"default relative to file", filepath.Join("/srv", "earshot.yaml"), "", filepath.Join("/srv", DefaultIndexPath)},
		{"absolute kept", filepath.Join("etc", "earshot.yaml"), abs, abs},
		{"no name", "", "data", "data"},
		{"stdin", "-", "data", "data"},
		{"file in cwd", "earshot.yaml", "../data", filepath.Join("..", "data")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := minimal
			if tt.path != "" {
				data += "index: {path: '" + tt.path + "'}\n"
			}
			c := mustParse(t, tt.file, data)
			if c.Index.Path != tt.want {
				t.Errorf("file %q, path %q: got %q, want %q", tt.file, tt.path, c.Index.Path, tt.want)
			}
			if c.File != tt.file {
				t.Errorf("got File %q, want %q", c.File, tt.file)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "earshot.yaml")
	if err := os.WriteFile(p, []byte(minimal), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, DefaultIndexPath); c.Index.Path != want || c.File != p {
		t.Errorf("got index %q file %q, want %q %q", c.Index.Path, c.File, want, p)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "config: ") {
		t.Errorf("got %v, want a config: error wrapping fs.ErrNotExist", err)
	}
}

func TestAliases(t *testing.T) {
	c, err := ParseEnv("", []byte(`
brands: [{name: A}]
sources:
  - &feed {type: feed, schedule: "@daily", url: "https://a.example.com"}
  - <<: *feed
    url: https://b.example.com
  - *feed
`), env(nil))
	want := []Source{
		{Name: "a.example.com", Type: SourceFeed, URL: "https://a.example.com", Schedule: "@daily", Weight: 1, Line: 4},
		{Name: "b.example.com", Type: SourceFeed, URL: "https://b.example.com", Schedule: "@daily", Weight: 1, Line: 5},
		{Name: "a.example.com", Type: SourceFeed, URL: "https://a.example.com", Schedule: "@daily", Weight: 1, Line: 7},
	}
	if !reflect.DeepEqual(c.Sources[:2], want[:2]) {
		t.Errorf("got %+v, want %+v", c.Sources[:2], want[:2])
	}
	// The third repeats the first, so it must be reported as a duplicate.
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Key != "sources[2].name" || errs[0].Line != 7 {
		t.Errorf("got %v, want only a duplicate name at line 7", err)
	}

	t.Run("alias bomb", func(t *testing.T) {
		// Merge keys let one mapping expand into ten of the same type, so
		// nine levels would be a billion visits without the budget.
		var b strings.Builder
		b.WriteString(minimal + "x0: &m0 {delay: 1s}\n")
		for i := 1; i < 10; i++ {
			fmt.Fprintf(&b, "x%d: &m%d {<<: [", i, i)
			for j := range 10 {
				if j > 0 {
					b.WriteString(", ")
				}
				fmt.Fprintf(&b, "*m%d", i-1)
			}
			b.WriteString("]}\n")
		}
		b.WriteString("crawl: *m9\n")
		start := time.Now()
		_, err := ParseEnv("", []byte(b.String()), env(nil))
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "too large") {
			t.Errorf("got %v, want a too large error", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("took %v, want well under 5s", d)
		}
	})
}

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		e    *Error
		want string
	}{
		{&Error{File: "e.yaml", Line: 3, Key: "crawl.delay", Err: ErrInvalid}, "e.yaml:3: crawl.delay: invalid value"},
		{&Error{Line: 3, Key: "crawl.delay", Err: ErrInvalid}, "3: crawl.delay: invalid value"},
		{&Error{File: "e.yaml", Key: "brands", Err: ErrMissing}, "e.yaml: brands: required value missing"},
		{&Error{Key: "brands", Err: ErrMissing}, "brands: required value missing"},
		{&Error{File: "e.yaml", Line: 1, Err: ErrInvalid}, "e.yaml:1: invalid value"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.e.Error(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	errs := Errors{tests[0].e, tests[2].e}
	if got, want := errs.Error(), tests[0].want+"\n"+tests[2].want; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var e *Error
	if !errors.As(error(errs), &e) || e != tests[0].e {
		t.Errorf("errors.As: got %v, want the first problem", e)
	}
	if !errors.Is(errs, ErrMissing) || errors.Is(errs, ErrUnsetEnv) {
		t.Errorf("errors.Is: got wrong answer for %v", errs)
	}
}
