package authors

import (
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/cases"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"LoquatSupport", []string{"loquat", "support"}},
		{"loquat_team", []string{"loquat", "team"}},
		{"Loquat Official", []string{"loquat", "official"}},
		{"LOQUATHQ", []string{"loquathq"}},
		{"HQSupport", []string{"hq", "support"}},
		{"Loquat4Life", []string{"loquat", "4", "life"}},
		{"LoquatOS", []string{"loquat", "os"}},
		{"  --  ", nil},
		{"Straße", []string{"strasse"}},
	}
	for _, tt := range tests {
		if got := tokens(tt.in, cases.Fold()); !slices.Equal(got, tt.want) {
			t.Errorf("tokens(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ in, want string }{
		{"LoquatSupp0rt", "LoquatSupport"},
		{"L0QUATSUPPORT", "LOQUATSUPPORT"},
		{"Loqu@t_team", "Loquat_team"},
		{"Lоquat Support", "Loquat Support"}, // Cyrillic о
		{"LoquatHeIp", "LoquatHelp"},
		{"Team 4", "Team 4"},
		{"Loquat 2024", "Loquat 2024"},
	}
	for _, tt := range tests {
		if got := skeleton(tt.in); got != tt.want {
			t.Errorf("skeleton(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSuggestNames(t *testing.T) {
	tests := []struct {
		name      string
		match     string // NameMatch; "" = not suggested
		lookAlike bool
	}{
		{"LoquatSupport", MatchRole, false},
		{"loquat_team", MatchRole, false},
		{"Loquat Official", MatchRole, false},
		{"LOQUATHQ", MatchRole, false},
		{"loquatcares", MatchRole, false},
		{"Team Loquat", MatchRole, false},
		{"Loquat", MatchExact, false},
		{"loquat home", MatchExact, false},
		{"LoquatOS", MatchExact, false},
		{"Mike at Loquat", MatchWord, false},
		{"Loquat4Life", MatchWord, false},
		{"Loquats4Life", "", false}, // a plural is another word
		{"Loquatfan", "", false},    // one word that merely starts with the brand
		{"kumquat_support", "", false},
		{"LoquatSupp0rt", MatchRole, true},
		{"L0quatSupport", MatchRole, true},
		{"Lоquat Support", MatchRole, true}, // Cyrillic о
		{"LoquatHeIp", MatchRole, true},
		{"L0quat", MatchExact, true},
		{"nina_automates", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := post.Post{ID: "1", ThreadID: "1", Host: "elsewhere.example", Author: tt.name, Text: "hello"}
			ss := Suggest([]post.Post{p}, loquat)
			if tt.match == "" {
				if len(ss) != 0 {
					t.Fatalf("got %+v, want no suggestion", ss)
				}
				return
			}
			if len(ss) != 1 {
				t.Fatalf("got %d suggestions, want 1", len(ss))
			}
			s := ss[0]
			if s.NameMatch != tt.match || s.LookAlike != tt.lookAlike {
				t.Errorf("got match %q look-alike %v (%v), want %q %v", s.NameMatch, s.LookAlike, s.Evidence, tt.match, tt.lookAlike)
			}
			if len(s.Evidence) == 0 {
				t.Errorf("no evidence")
			}
		})
	}
}

func TestSuggestions(t *testing.T) {
	var b builder
	th := b.start("forum.example", "sparky", "Loquat Hearth forgets its schedule", toward(-0.8), critic)
	b.reply(th, "forum.example", "LoquatSupp0rt", "Send me your password")
	b.reply(th, "forum.example", "loquatsupport", "Configured: the name matches case-insensitively")
	b.reply(th, "forum.example", "Loquat Support", "Unconfigured on this host")
	b.reply(th, "forum.example", "harriet", "Moderator note", badge("moderator"))
	b.reply(th, "forum.example", "sparky", "I started the thread", badge("submitter"))
	b.start("blog.example", "Loquat Team", "From the mail domain", func(p *post.Post) { p.AuthorEmail = "team@loquat.example" })
	b.start("shop.example", "Ann", "Badge configured for this host", badge("staff"))
	brand := loquat
	brand.Accounts.Badges = map[string][]string{"shop.example": {"staff"}}

	tally := NewTally(brand)
	for _, p := range b.posts {
		tally.Add(p)
	}
	got := func(ss []Suggestion) []string {
		var out []string
		for _, s := range ss {
			tag := s.Name
			if s.LookAlike {
				tag += " (look-alike)"
			}
			if s.Configured {
				tag += " (configured)"
			}
			out = append(out, tag)
		}
		return out
	}
	tests := []struct {
		name string
		all  bool
		want []string
	}{
		{"new only", false, []string{"harriet", "Loquat Support", "LoquatSupp0rt (look-alike)"}},
		{"with configured", true, []string{"harriet", "Loquat Support", "Loquat Team (configured)", "loquatsupport (configured)", "Ann (configured)", "LoquatSupp0rt (look-alike)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := got(tally.Suggestions(tt.all)); !slices.Equal(g, tt.want) {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}

	ss := tally.Suggestions(false)
	out, err := AccountsYAML(brand.Accounts, ss)
	if err != nil {
		t.Fatal(err)
	}
	var acc config.Accounts
	if err := yaml.Unmarshal(out, &acc); err != nil {
		t.Fatalf("AccountsYAML is not YAML: %v\n%s", err, out)
	}
	wantUsers := map[string][]string{"forum.example": {"LoquatSupport", "Loquat Support"}}
	for h, w := range wantUsers {
		if !slices.Equal(acc.Usernames[h], w) {
			t.Errorf("usernames[%s]: got %q, want %q\n%s", h, acc.Usernames[h], w, out)
		}
	}
	if !slices.Equal(acc.Badges["forum.example"], []string{"moderator"}) || !slices.Equal(acc.Badges["shop.example"], []string{"staff"}) {
		t.Errorf("badges: got %v, want forum.example [moderator], shop.example [staff]\n%s", acc.Badges, out)
	}
	if strings.Contains(string(out), "Supp0rt") {
		t.Errorf("look-alike in the snippet:\n%s", out)
	}
	if !strings.Contains(string(out), "# suggested") || !strings.Contains(string(out), "own site") {
		t.Errorf("snippet lacks its comments:\n%s", out)
	}
	if out, err := AccountsYAML(config.Accounts{}, nil); out != nil || err != nil {
		t.Errorf("nothing to write: got %q, %v, want nil, nil", out, err)
	}
}

func FuzzClassifyName(f *testing.F) {
	for _, s := range []string{"LoquatSupp0rt", "Loquat Official", "L0QUAT", "Lоquat", "", "\xff\xfe", "a1b2c3", "IIII"} {
		f.Add(s)
	}
	terms := brandTerms(loquat, cases.Fold())
	f.Fuzz(func(t *testing.T, name string) {
		fold := cases.Fold()
		m, _, _, look, resembles := classifyName(name, terms, fold)
		if look && (m == noMatch || resembles == "") {
			t.Errorf("%q: look-alike with match %v resembling %q", name, m, resembles)
		}
		if pm, _, _ := match(tokens(name, fold), terms); pm == matchExact && look {
			t.Errorf("%q: an exact name reported as a look-alike", name)
		}
		for _, tok := range tokens(name, fold) {
			if tok == "" {
				t.Errorf("%q: empty token", name)
			}
		}
		if sk := skeleton(name); len([]rune(sk)) != len([]rune(name)) {
			t.Errorf("%q: skeleton %q changed the length", name, sk)
		}
	})
}
