package followup

import (
	"net/mail"
	"slices"
	"strings"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

// IsBrandAccount reports whether p was written by one of the accounts in a.
// Every comparison is exact, never a substring guess, because a look-alike
// account ("LoquatSupp0rt") answering must not close a complaint:
//   - p.Author equals a user name listed for p.Host or for "*", after
//     trimming and Unicode case folding;
//   - p.AuthorURL equals an author URL once both are in canonical form
//     (post.Canonical) without a trailing slash;
//   - p.AuthorEmail's domain is an email domain or a subdomain of one;
//   - p carries a badge listed for p.Host in a.Badges (a "staff" badge on
//     the brand's own forum; never on a host the config does not name).
func IsBrandAccount(p post.Post, a config.Accounts) bool {
	return usernameMatch(p, a.Usernames) || authorURLMatch(p.AuthorURL, a.AuthorURLs) ||
		emailMatch(p.AuthorEmail, a.EmailDomains) || badgeMatch(p, a.Badges)
}

// postHost is p.Host, or the host of p.URL when the post has none.
func postHost(p post.Post) string {
	host := strings.TrimSuffix(strings.TrimSpace(p.Host), ".")
	if host == "" {
		host = post.Host(p.URL)
	}
	return host
}

func badgeMatch(p post.Post, badges map[string][]string) bool {
	if len(p.Badges) == 0 || len(badges) == 0 {
		return false
	}
	host := postHost(p)
	for h, list := range badges {
		if host == "" || !strings.EqualFold(strings.TrimSuffix(strings.TrimSpace(h), "."), host) {
			continue
		}
		for _, b := range p.Badges {
			if slices.Contains(list, b) {
				return true
			}
		}
	}
	return false
}

func usernameMatch(p post.Post, names map[string][]string) bool {
	author := strings.TrimSpace(p.Author)
	if author == "" || len(names) == 0 {
		return false
	}
	host := postHost(p)
	for h, list := range names {
		h = strings.TrimSuffix(strings.TrimSpace(h), ".")
		if h != "*" && (host == "" || !strings.EqualFold(h, host)) {
			continue
		}
		for _, n := range list {
			if strings.EqualFold(strings.TrimSpace(n), author) {
				return true
			}
		}
	}
	return false
}

func authorURLMatch(raw string, urls []string) bool {
	u := canonicalProfile(raw)
	if u == "" {
		return false
	}
	for _, v := range urls {
		if canonicalProfile(v) == u {
			return true
		}
	}
	return false
}

// canonicalProfile returns the canonical form of a profile URL without a
// trailing slash, or "" when raw is not an absolute URL.
func canonicalProfile(raw string) string {
	if strings.TrimSpace(raw) == "" {
		return ""
	}
	c, err := post.Canonical(raw)
	if err != nil {
		return ""
	}
	return strings.TrimRight(c, "/")
}

func emailMatch(addr string, domains []string) bool {
	d := emailDomain(addr)
	if d == "" {
		return false
	}
	for _, e := range domains {
		e = strings.Trim(strings.ToLower(strings.TrimSpace(e)), ".@")
		if e != "" && (d == e || strings.HasSuffix(d, "."+e)) {
			return true
		}
	}
	return false
}

// emailDomain returns the lower-case domain of addr, which may be a bare
// address or "Name <address>", or "" when it is neither.
func emailDomain(addr string) string {
	addr = strings.TrimSpace(addr)
	if a, err := mail.ParseAddress(addr); err == nil {
		addr = a.Address
	}
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return ""
	}
	d := strings.TrimSuffix(strings.ToLower(addr[at+1:]), ".")
	if d == "" || strings.ContainsAny(d, " <>@") {
		return ""
	}
	return d
}
