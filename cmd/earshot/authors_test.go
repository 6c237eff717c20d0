package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/earshot-dev/earshot/authors"
	"github.com/earshot-dev/earshot/config"
)

type authorsJSON struct {
	Brand     string            `json:"brand"`
	Authors   int               `json:"authors"`
	Advocates []authors.Profile `json:"advocates"`
	Critics   []authors.Profile `json:"critics"`
	Profiles  []authors.Profile `json:"profiles"`
}

type suggestJSON struct {
	Brand       string               `json:"brand"`
	Suggestions []authors.Suggestion `json:"suggestions"`
	YAML        string               `json:"yaml"`
}

func decode[T any](tb testing.TB, out string) T {
	tb.Helper()
	var v T
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		tb.Fatalf("not JSON: %v\n%s", err, out)
	}
	return v
}

func profileNames(ps []authors.Profile) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// TestAuthorsDemo runs `earshot authors` and `earshot accounts suggest` on the
// ingested demo: a blog, a forum and a news feed about Loquat, with the
// brand's forum account LoquatSupport, its blog account "Loquat Support"
// (known by e-mail domain) and the impostor LoquatSupp0rt.
func TestAuthorsDemo(t *testing.T) {
	conf, _ := startDemo(t)
	mustCode(t, exitOK, "ingest", "--config", conf)

	t.Run("authors json", func(t *testing.T) {
		r := decode[authorsJSON](t, mustCode(t, exitOK, "authors", "--config", conf, "--json", "--limit", "0"))
		if r.Brand != "Loquat" || r.Authors != len(r.Profiles) || r.Authors < 20 {
			t.Fatalf("got brand %q, %d authors, %d profiles; want Loquat and every author of the demo", r.Brand, r.Authors, len(r.Profiles))
		}
		by := map[string]authors.Profile{}
		for _, p := range r.Profiles {
			if _, dup := by[p.Name]; dup {
				t.Errorf("%s listed twice", p.Name)
			}
			by[p.Name] = p
		}
		for _, name := range []string{"LoquatSupport", "Loquat Support"} {
			if !by[name].BrandAccount {
				t.Errorf("%s: got brand_account false, want true", name)
			}
			if slices.Contains(profileNames(r.Advocates), name) || slices.Contains(profileNames(r.Critics), name) {
				t.Errorf("%s is the brand but is listed as an advocate or critic", name)
			}
		}
		if by["LoquatSupp0rt"].BrandAccount {
			t.Errorf("LoquatSupp0rt: got brand_account true, want false (a look-alike)")
		}
		// Maya Okafor reviewed the Hearth and the Ember and answered a
		// reader: three positive mentions, more than anyone.
		if len(r.Advocates) == 0 || r.Advocates[0].Name != "Maya Okafor" {
			t.Errorf("advocates: got %v, want Maya Okafor first", profileNames(r.Advocates))
		}
		for _, want := range []string{"Priya Nair", "greenhouse_gail"} {
			if !slices.Contains(profileNames(r.Advocates), want) {
				t.Errorf("advocates: got %v, want %s among them", profileNames(r.Advocates), want)
			}
		}
		// Hannah Price criticised Loquat twice in the bricked-firmware
		// thread.
		if len(r.Critics) == 0 || r.Critics[0].Name != "Hannah Price" || r.Critics[0].Criticism != 2 {
			t.Errorf("critics: got %v, want Hannah Price first with 2 criticisms", profileNames(r.Critics))
		}
		for _, want := range []string{"kettle_rick", "sparky_dee", "Ben Osei", "Tom Brennan"} {
			if !slices.Contains(profileNames(r.Critics), want) {
				t.Errorf("critics: got %v, want %s among them", profileNames(r.Critics), want)
			}
		}
		for _, p := range r.Advocates {
			if slices.Contains(profileNames(r.Critics), p.Name) {
				t.Errorf("%s is both an advocate and a critic", p.Name)
			}
		}
		roles := []struct{ name, role string }{
			{"kettle_rick", authors.RoleCreator},      // his thread was answered by LoquatSupport and nina_automates
			{"Tom Brennan", authors.RoleCreator},      // his blog posts drew comments
			{"Hannah Price", authors.RoleContributor}, // two real comments under Tom's post
			{"Ben Osei", authors.RoleParticipant},     // one news article, no comments
			{"jb_tinkers", authors.RoleCreator},
		}
		for _, tt := range roles {
			if got := by[tt.name]; got.Role != tt.role {
				t.Errorf("%s: got role %q (%s), want %q", tt.name, got.Role, got.RoleReason, tt.role)
			}
		}
		if p := by["kettle_rick"]; p.Posts != 2 || p.Threads != 1 || p.Replies != 1 || p.Mentions != 1 || p.Criticism != 1 {
			t.Errorf("kettle_rick: got posts %d threads %d replies %d mentions %d criticism %d, want 2 1 1 1 1",
				p.Posts, p.Threads, p.Replies, p.Mentions, p.Criticism)
		}
	})

	t.Run("authors text", func(t *testing.T) {
		out := mustCode(t, exitOK, "authors", "--config", conf, "--limit", "0")
		for _, want := range []string{"Top advocates of Loquat", "Top critics of Loquat", "1. Maya Okafor", "1. Hannah Price",
			"HOST", "SENTIMENT", "LoquatSupport (brand)", "LoquatSupp0rt "} {
			if !strings.Contains(out, want) {
				t.Errorf("authors output lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("authors role and limit", func(t *testing.T) {
		r := decode[authorsJSON](t, mustCode(t, exitOK, "authors", "--config", conf, "--json", "--role", "creator", "--limit", "3"))
		if len(r.Profiles) != 3 || r.Authors <= 3 {
			t.Errorf("got %d profiles of %d, want 3 of more", len(r.Profiles), r.Authors)
		}
		for _, p := range slices.Concat(r.Profiles, r.Advocates, r.Critics) {
			if p.Role != authors.RoleCreator {
				t.Errorf("--role creator listed %s, a %s", p.Name, p.Role)
			}
		}
	})

	t.Run("accounts suggest", func(t *testing.T) {
		r := decode[suggestJSON](t, mustCode(t, exitOK, "accounts", "suggest", "--config", conf, "--json"))
		if len(r.Suggestions) != 1 {
			t.Fatalf("got %+v, want only the look-alike (the brand's accounts are configured)", r.Suggestions)
		}
		s := r.Suggestions[0]
		if s.Name != "LoquatSupp0rt" || !s.LookAlike || s.Resembles != "LoquatSupport" {
			t.Errorf("got %+v, want LoquatSupp0rt flagged as a look-alike of LoquatSupport", s)
		}
		if strings.Contains(r.YAML, "Supp0rt") {
			t.Errorf("look-alike in the YAML snippet:\n%s", r.YAML)
		}
		out := mustCode(t, exitOK, "accounts", "suggest", "--config", conf)
		for _, want := range []string{"LOOK-ALIKE LoquatSupp0rt", "impersonating", "Nothing to add"} {
			if !strings.Contains(out, want) {
				t.Errorf("accounts suggest output lacks %q:\n%s", want, out)
			}
		}
		all := decode[suggestJSON](t, mustCode(t, exitOK, "accounts", "suggest", "--config", conf, "--json", "--all"))
		var configured []string
		for _, s := range all.Suggestions {
			if s.Configured {
				configured = append(configured, s.Name)
			}
		}
		if slices.Sort(configured); !slices.Equal(configured, []string{"Loquat Support", "LoquatSupport"}) {
			t.Errorf("--all: got configured %q, want Loquat Support and LoquatSupport", configured)
		}
	})

	t.Run("accounts suggest without the account", func(t *testing.T) {
		// Forget the forum account: suggest must find it again, and its
		// snippet must be YAML that configures it.
		data, err := os.ReadFile(conf)
		if err != nil {
			t.Fatal(err)
		}
		bare := strings.Replace(string(data), "[LoquatSupport]", "[]", 1)
		if bare == string(data) {
			t.Fatal("the demo config no longer lists [LoquatSupport]; update this test")
		}
		conf2 := filepath.Join(filepath.Dir(conf), "bare.yaml")
		writeFile(t, conf2, bare)
		r := decode[suggestJSON](t, mustCode(t, exitOK, "accounts", "suggest", "--config", conf2, "--json"))
		if len(r.Suggestions) != 2 || r.Suggestions[0].Name != "LoquatSupport" || r.Suggestions[0].LookAlike ||
			r.Suggestions[0].NameMatch != authors.MatchRole {
			t.Fatalf("got %+v, want LoquatSupport suggested, then the look-alike", r.Suggestions)
		}
		var acc config.Accounts
		if err := yaml.Unmarshal([]byte(r.YAML), &acc); err != nil {
			t.Fatalf("snippet is not YAML: %v\n%s", err, r.YAML)
		}
		host := r.Suggestions[0].Host
		if !slices.Equal(acc.Usernames[host], []string{"LoquatSupport"}) {
			t.Errorf("snippet usernames[%s]: got %q, want [LoquatSupport]\n%s", host, acc.Usernames[host], r.YAML)
		}
		out := mustCode(t, exitOK, "accounts", "suggest", "--config", conf2)
		if !strings.Contains(out, "usernames:") || !strings.Contains(out, "- LoquatSupport") {
			t.Errorf("text output lacks the snippet:\n%s", out)
		}
	})
}

func TestAuthorsUsage(t *testing.T) {
	dir := t.TempDir()
	two := filepath.Join(dir, "two.yaml")
	writeFile(t, two, `brands:
  - name: Acme
  - name: Loquat
sources:
  - name: feed
    type: feed
    url: http://127.0.0.1:1/feed
index:
  path: data
`)
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"authors", "--config", two}, "Acme, Loquat"},
		{[]string{"authors", "--config", two, "--brand", "Nope"}, "Acme, Loquat"},
		{[]string{"accounts", "suggest", "--config", two}, "--brand is required"},
		{[]string{"authors", "--config", two, "--brand", "acme", "--role", "boss"}, "--role"},
		{[]string{"authors", "--config", two, "--limit", "-1"}, "--limit"},
		{[]string{"authors", "--config", two, "stray"}, "unexpected argument"},
		{[]string{"accounts"}, "suggest"},
		{[]string{"accounts", "confirm"}, "unknown subcommand"},
	}
	for _, tt := range tests {
		name := strings.Join(slices.DeleteFunc(slices.Clone(tt.args), func(a string) bool { return a == two || a == "--config" }), " ")
		t.Run(name, func(t *testing.T) {
			_, errOut, code := cli(t, tt.args...)
			if code != exitUsage || !strings.Contains(errOut, tt.want) {
				t.Errorf("got exit %d, stderr %q; want %d and %q", code, errOut, exitUsage, tt.want)
			}
		})
	}
	// A brand picked case-insensitively, with no index yet: a failure
	// that says what to run, not a usage error.
	_, errOut, code := cli(t, "authors", "--config", two, "--brand", "acme")
	if code != exitFailed || !strings.Contains(errOut, "ingest") {
		t.Errorf("no index: got exit %d, stderr %q; want %d and a hint to ingest", code, errOut, exitFailed)
	}
}
