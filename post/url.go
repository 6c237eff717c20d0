package post

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query keys that only say how a reader arrived; they never
// change which page a URL names.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true,
	"mc_cid": true, "mc_eid": true, "yclid": true, "igshid": true,
}

// Canonical returns the canonical form of rawURL: scheme and host in lower
// case, no default port, no empty path, no tracking parameters (utm_*,
// fbclid, gclid...), query keys sorted, and no fragment unless the fragment
// names a post (#comment-12, #post-3, #p123...), which on forums and blogs is
// the only permalink a reply has.
func Canonical(rawURL string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return "", fmt.Errorf("post: canonical url %q: %w", rawURL, err)
	}
	if u.Scheme == "" || u.Host == "" {
		return "", fmt.Errorf("post: canonical url %q: %w", rawURL, errors.New("not absolute"))
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	host = strings.TrimSuffix(host, ".")
	if port != "" {
		u.Host = net.JoinHostPort(host, port)
	} else if strings.Contains(host, ":") {
		u.Host = "[" + host + "]"
	} else {
		u.Host = host
	}
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
				q.Del(k)
			}
		}
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			vs := q[k]
			sort.Strings(vs)
			for _, v := range vs {
				if b.Len() > 0 {
					b.WriteByte('&')
				}
				b.WriteString(url.QueryEscape(k))
				b.WriteByte('=')
				b.WriteString(url.QueryEscape(v))
			}
		}
		u.RawQuery = b.String()
	}
	u.ForceQuery = false
	if !fragmentNamesPost(u.Fragment) {
		u.Fragment = ""
		u.RawFragment = ""
	}
	return u.String(), nil
}

// fragmentNamesPost reports whether a URL fragment is a post anchor: a
// letter prefix naming a post or comment followed by digits, as WordPress
// (#comment-42), phpBB (#p123), vBulletin (#post123), XenForo (#post-9) and
// Discourse (#reply-3) write them.
func fragmentNamesPost(f string) bool {
	f = strings.ToLower(f)
	for _, p := range []string{"comment-", "comment", "post-", "post", "reply-", "reply", "msg", "p", "c", "entry-", "r"} {
		if rest, ok := strings.CutPrefix(f, p); ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
			return true
		}
	}
	return false
}

// Host returns the lower-case host name of rawURL without port, or "".
func Host(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
}
