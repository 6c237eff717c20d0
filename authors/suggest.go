package authors

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/cases"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

// Suggestion is an author that may be one of the brand's own accounts, for a
// person to confirm before adding it to the config. Nothing is added on a
// guess, because a wrong account would close complaints nobody answered.
type Suggestion struct {
	Host      string `json:"host"`
	Name      string `json:"name"`
	AuthorURL string `json:"author_url,omitempty"`
	Posts     int    `json:"posts"`
	// Badges are the identifying badges seen on the author's posts
	// (config.Badges: "submitter" says who started a thread, not who
	// someone is).
	Badges []string `json:"badges,omitempty"`
	// Evidence says, for a person, why the author is listed.
	Evidence []string `json:"evidence"`
	// LookAlike marks a name that imitates a brand account with look-alike
	// characters ("LoquatSupp0rt", a Cyrillic "о"): an impostor to warn
	// about, never an account to add. Resembles is the name it imitates.
	LookAlike bool   `json:"look_alike,omitempty"`
	Resembles string `json:"resembles,omitempty"`
	// Configured is true when the config already names the account (by
	// user name, profile URL, e-mail domain or a badge on its host).
	Configured bool `json:"configured,omitempty"`
	// NameMatch is how the name (or, for a look-alike, what it reads as)
	// relates to a brand term: MatchExact, MatchRole, MatchWord, or empty
	// when only a badge lists the author.
	NameMatch string `json:"name_match,omitempty"`
}

// NameMatch values, strongest first.
const (
	MatchExact = "exact"
	MatchRole  = "role"
	MatchWord  = "word"
)

// roleWords are what brands append to their name for the accounts that
// speak for them ("LoquatSupport", "loquat_team", "Loquat Official",
// "LoquatHQ", "LoquatCares"), folded.
var roleWords = []string{
	"support", "team", "official", "help", "helps", "helpdesk", "care", "cares", "hq", "cs",
	"staff", "service", "services", "assist", "desk",
}

// nameMatch is how a name relates to a brand term, weakest first.
type nameMatch int

const (
	noMatch nameMatch = iota
	// matchWord: the term is a whole word of the name ("Mike at Loquat",
	// "Loquat4Life"). A derived word does not count: "Loquats4Life" is
	// a fan of the plural, "Loquatfan" one word that merely starts with
	// it, and substring guesses are what the config must never rely on.
	matchWord
	// matchRole: the term joined with a role word ("LoquatSupport",
	// "loquat_team", "Loquat Official", "loquathq").
	matchRole
	// matchExact: the name is the term ("Loquat", "loquat_home").
	matchExact
)

// term is a brand term split the way names are.
type term struct {
	text    string
	tokens  []string
	compact string
}

func brandTerms(b config.Brand, fold cases.Caser) []term {
	var out []term
	seen := map[string]bool{}
	for _, s := range append([]string{b.Name}, b.Terms...) {
		toks := tokens(s, fold)
		c := strings.Join(toks, "")
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		out = append(out, term{text: s, tokens: toks, compact: c})
	}
	return out
}

// tokens splits a name into folded words at anything that is not a letter
// or digit, at a lower-to-upper case change ("LoquatSupport"), before the
// last capital of a capital run followed by lower case ("HQSupport"), and
// between letters and digits ("Loquat4Life").
func tokens(s string, fold cases.Caser) []string {
	var out []string
	rs := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, fold.String(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		p := rs[i-1]
		switch {
		case unicode.IsDigit(p) != unicode.IsDigit(r),
			unicode.IsLower(p) && unicode.IsUpper(r),
			unicode.IsUpper(p) && unicode.IsUpper(r) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			flush(i)
			start = i
		}
	}
	flush(len(rs))
	return out
}

// match returns the strongest relation of the name's tokens to any term,
// with the term and the role word that made it.
func match(toks []string, terms []term) (best nameMatch, which term, role string) {
	compact := strings.Join(toks, "")
	if compact == "" {
		return noMatch, term{}, ""
	}
	consider := func(m nameMatch, t term, r string) {
		if m > best {
			best, which, role = m, t, r
		}
	}
	for _, t := range terms {
		if compact == t.compact {
			consider(matchExact, t, "")
			continue
		}
		for _, r := range roleWords {
			if compact == t.compact+r || compact == r+t.compact {
				consider(matchRole, t, r)
			}
		}
		for i := 0; i+len(t.tokens) <= len(toks); i++ {
			if !slices.Equal(toks[i:i+len(t.tokens)], t.tokens) {
				continue
			}
			consider(matchWord, t, "")
			if i > 0 && slices.Contains(roleWords, toks[i-1]) {
				consider(matchRole, t, toks[i-1])
			}
			if j := i + len(t.tokens); j < len(toks) && slices.Contains(roleWords, toks[j]) {
				consider(matchRole, t, toks[j])
			}
		}
		// One token written as the term run together with a role word
		// ("Mike loquatsupport").
		for _, tok := range toks {
			for _, r := range roleWords {
				if tok == t.compact+r || tok == r+t.compact {
					consider(matchRole, t, r)
				}
			}
			if tok == t.compact && len(t.tokens) > 1 {
				consider(matchWord, t, "")
			}
		}
	}
	return best, which, role
}

// confusables maps characters that pass for a Latin letter in a user name
// to that letter: digits and symbols ("Supp0rt", "L0quat", "Loqu@t") and
// Cyrillic or Greek letters that look Latin. It is a small slice of Unicode
// TR39's confusables: the ones people type to impersonate an account.
var confusables = map[rune]rune{
	'0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
	'@': 'a', '$': 's', '|': 'l', '!': 'i',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
	'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'к': 'k', 'м': 'm', 'т': 't', 'в': 'b', 'н': 'h',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
	'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ԛ': 'Q', 'Ԝ': 'W',
	'ο': 'o', 'α': 'a', 'ν': 'v', 'ρ': 'p', 'τ': 't', 'ι': 'i', 'κ': 'k',
	'Ο': 'O', 'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N',
	'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// skeleton replaces look-alike characters in name with the Latin letters
// they imitate. A digit or symbol is replaced only when it touches a letter
// ("Supp0rt", not "Team 4"), in the case of the letter before it so that
// words still split where they did; a capital I between lower-case letters
// becomes l ("LoquatHeIp").
func skeleton(name string) string {
	rs := []rune(name)
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = r
		c, ok := confusables[r]
		if !ok {
			if r == 'I' && i > 0 && unicode.IsLower(rs[i-1]) && (i+1 == len(rs) || unicode.IsLower(rs[i+1])) {
				out[i] = 'l'
			}
			continue
		}
		if unicode.IsLetter(r) {
			out[i] = c
			continue
		}
		prevLetter := i > 0 && unicode.IsLetter(out[i-1])
		nextLetter := i+1 < len(rs) && unicode.IsLetter(rs[i+1])
		if !prevLetter && !nextLetter {
			continue
		}
		if prevLetter && unicode.IsUpper(out[i-1]) && (i+1 == len(rs) || !unicode.IsLower(rs[i+1])) {
			c = unicode.ToUpper(c)
		}
		out[i] = c
	}
	return string(out)
}

// classifyName says how name relates to the brand: plainly, or only once
// look-alike characters are read as the letters they imitate.
func classifyName(name string, terms []term, fold cases.Caser) (m nameMatch, t term, role string, lookAlike bool, resembles string) {
	m, t, role = match(tokens(name, fold), terms)
	sk := skeleton(name)
	if sk == name {
		return m, t, role, false, ""
	}
	sm, st, srole := match(tokens(sk, fold), terms)
	if sm > m {
		return sm, st, srole, true, sk
	}
	return m, t, role, false, ""
}

// Suggestions returns the authors that may be the brand's own accounts:
// names made of a brand term (whole words, or joined with a role word such
// as support, team or official) and authors with an identifying badge. A
// term inside a longer word never counts ("Loquats4Life", "Loquatfan"):
// substring guesses are how unrelated fans end up answering complaints.
// Look-alike names are returned too, marked LookAlike, so they can be
// warned about. Accounts the config already names are left out unless
// includeConfigured. New accounts come first, strongest evidence first,
// then configured ones, then look-alikes.
func (t *Tally) Suggestions(includeConfigured bool) []Suggestion {
	terms := brandTerms(t.brand, t.fold)
	var out []Suggestion
	for _, a := range t.authors {
		configured := a.BrandAccount
		if configured && !includeConfigured {
			continue
		}
		s := Suggestion{Host: a.Host, Name: a.Name, AuthorURL: a.AuthorURL, Posts: a.Posts, Configured: configured}
		m, tm, role, look, resembles := classifyName(a.Name, terms, t.fold)
		switch {
		case look:
			s.LookAlike, s.Resembles = true, resembles
			s.Evidence = append(s.Evidence, fmt.Sprintf("look-alike: reads as %q, which %s; do not add it, it may be impersonating the brand",
				resembles, describe(m, tm, role)))
		case m != noMatch:
			s.Evidence = append(s.Evidence, "name "+describe(m, tm, role))
		}
		for _, b := range config.Badges {
			if a.badges[b] {
				s.Badges = append(s.Badges, b)
				s.Evidence = append(s.Evidence, fmt.Sprintf("carries the %q badge on %s (counts only if %s is %s's own site)", b, a.Host, a.Host, t.brand.Name))
			}
		}
		if m == noMatch && len(s.Badges) == 0 {
			continue
		}
		s.NameMatch = m.String()
		if configured {
			s.Evidence = append(s.Evidence, "already in the config")
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Suggestion) int {
		if a.LookAlike != b.LookAlike {
			if a.LookAlike {
				return 1
			}
			return -1
		}
		if a.Configured != b.Configured {
			if a.Configured {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(strength(b), strength(a)); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Posts, a.Posts); c != 0 {
			return c
		}
		if c := strings.Compare(a.Host, b.Host); c != 0 {
			return c
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return out
}

func (m nameMatch) String() string {
	switch m {
	case matchExact:
		return MatchExact
	case matchRole:
		return MatchRole
	case matchWord:
		return MatchWord
	}
	return ""
}

// strength ranks a suggestion for a person's attention. A badge is markup a
// site gives its own people, so it ranks a name that merely contains the
// brand up to a role name.
func strength(s Suggestion) nameMatch {
	m := map[string]nameMatch{MatchExact: matchExact, MatchRole: matchRole, MatchWord: matchWord}[s.NameMatch]
	if len(s.Badges) > 0 && m < matchRole {
		m = max(m, matchWord) + 1
	}
	return m
}

func describe(m nameMatch, t term, role string) string {
	switch m {
	case matchWord:
		return fmt.Sprintf("contains %q as a whole word", t.text)
	case matchRole:
		return fmt.Sprintf("is %q joined with %q", t.text, role)
	case matchExact:
		return fmt.Sprintf("is the brand term %q", t.text)
	}
	return "matches no brand term"
}

// Suggest returns the likely brand accounts among the authors of posts that
// the config does not name yet; see Tally.Suggestions.
func Suggest(posts []post.Post, brand config.Brand) []Suggestion {
	t := NewTally(brand)
	for _, p := range posts {
		t.Add(p)
	}
	return t.Suggestions(false)
}
