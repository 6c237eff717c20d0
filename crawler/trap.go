package crawler

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/post"
)

// ErrTrap means a URL looks like a crawler trap (endlessly repeating path
// segments, a calendar stepping without end, a session id that makes every
// visit a new URL) or breaks the URL length cap; it is not followed.
var ErrTrap = errors.New("crawler: trap url")

// Trap guard bounds. A real page rarely has more than a dozen path segments;
// a calendar more than a year away from today is a widget stepping without
// end, not content.
const (
	maxPathSegments  = 24
	maxRepeatBlock   = 4 // longest block of segments checked for repetition
	minRepeats       = 3 // a block seen this many times in a row is a loop
	calendarWindow   = 1 // years around now a calendar query may step to
	oldestPathYear   = 1990
	maxSegmentRepeat = 4 // a non-numeric segment seen this often is a loop too
)

// sessionParams are query keys that carry a session and so turn one page
// into endless URLs. "s" is handled apart: it is a session only when it
// holds 32 hex digits (vBulletin), and a search term otherwise.
var sessionParams = map[string]bool{
	"sid": true, "phpsessid": true, "jsessionid": true, "sessionid": true,
	"session_id": true, "sessid": true, "oscsid": true, "cfid": true, "cftoken": true,
	"zenid": true, "ps_session": true,
}

// calendarParams are query keys whose numeric value steps through dates.
var calendarParams = map[string]bool{
	"year": true, "yr": true, "y": true, "month": true, "mon": true, "m": true,
	"day": true, "d": true, "date": true, "week": true, "cal": true, "calendar": true,
}

var (
	hex32         = regexp.MustCompile(`^[0-9a-fA-F]{32}$`)
	yearValue     = regexp.MustCompile(`^(\d{4})(?:[-/.]?(\d{1,2}))?(?:[-/.]?\d{1,2})?$`)
	pathYear      = regexp.MustCompile(`^(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?$`)
	pathSessionID = regexp.MustCompile(`(?i);(jsessionid|phpsessid|sid)=[^/?#]*`)
)

// normalizeURL returns the URL to fetch for raw (session ids stripped) and
// its key for de-duplication (canonical, without fragment), or an error
// wrapping ErrTrap naming why the URL is refused. now anchors the calendar
// window; maxLen caps the length of raw and of the result.
func normalizeURL(raw string, maxLen int, now time.Time) (fetch, key string, err error) {
	if maxLen > 0 && len(raw) > maxLen {
		return "", "", fmt.Errorf("%w: %d characters, more than %d", ErrTrap, len(raw), maxLen)
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", "", fmt.Errorf("crawler: url %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return "", "", fmt.Errorf("crawler: url %q: not an absolute http(s) url", raw)
	}
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	// ";jsessionid=..." rides in the path on Java servers.
	if p := pathSessionID.ReplaceAllString(u.Path, ""); p != u.Path {
		u.Path, u.RawPath = p, ""
	}
	if err := pathTrap(u.Path, now); err != nil {
		return "", "", err
	}
	if u.RawQuery != "" {
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			return "", "", fmt.Errorf("crawler: url %q: %w", raw, err)
		}
		changed := false
		for k, vs := range q {
			lk := strings.ToLower(k)
			if sessionParams[lk] || (lk == "s" && len(vs) == 1 && hex32.MatchString(vs[0])) {
				q.Del(k)
				changed = true
				continue
			}
			if calendarParams[lk] {
				for _, v := range vs {
					if err := calendarValue(lk, v, now); err != nil {
						return "", "", err
					}
				}
			}
		}
		if changed {
			u.RawQuery = q.Encode()
		}
	}
	u.ForceQuery = false
	fetch = u.String()
	key, err = post.Canonical(fetch)
	if err != nil {
		return "", "", fmt.Errorf("crawler: url %q: %w", raw, err)
	}
	if i := strings.IndexByte(key, '#'); i >= 0 {
		key = key[:i]
	}
	if maxLen > 0 && (len(fetch) > maxLen || len(key) > maxLen) {
		return "", "", fmt.Errorf("%w: %d characters, more than %d", ErrTrap, len(fetch), maxLen)
	}
	return fetch, key, nil
}

// pathTrap refuses a path that loops (/a/b/a/b/a/b), is absurdly deep, or
// is a date outside the years content can have.
func pathTrap(p string, now time.Time) error {
	var segs []string
	for s := range strings.SplitSeq(p, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) > maxPathSegments {
		return fmt.Errorf("%w: %d path segments", ErrTrap, len(segs))
	}
	for n := 1; n <= maxRepeatBlock; n++ {
		for i := 0; i+n*minRepeats <= len(segs); i++ {
			reps := 1
			for j := i + n; j+n <= len(segs) && equalSegs(segs[i:i+n], segs[j:j+n]); j += n {
				reps++
			}
			if reps >= minRepeats {
				return fmt.Errorf("%w: path repeats %q %d times", ErrTrap, strings.Join(segs[i:i+n], "/"), reps)
			}
		}
	}
	count := map[string]int{}
	for _, s := range segs {
		if strings.Trim(s, "0123456789") == "" {
			continue // /2019/10/10/ is a date, not a loop
		}
		if count[s]++; count[s] >= maxSegmentRepeat {
			return fmt.Errorf("%w: path segment %q %d times", ErrTrap, s, count[s])
		}
	}
	for i, s := range segs {
		m := pathYear.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		year, _ := strconv.Atoi(m[1])
		// A year is a date only when a month follows it, in the segment or
		// the next one; /1984/ alone may be a product or a post number.
		month := m[2]
		if month == "" && i+1 < len(segs) && len(segs[i+1]) <= 2 && strings.Trim(segs[i+1], "0123456789") == "" {
			month = segs[i+1]
		}
		if month == "" {
			continue
		}
		if mo, _ := strconv.Atoi(month); mo < 1 || mo > 12 {
			continue
		}
		// Old archives are real content; a date in the future is a calendar
		// stepping forward, and one before the web a calendar stepping back.
		if year > now.Year()+calendarWindow || year < oldestPathYear {
			return fmt.Errorf("%w: calendar path year %d", ErrTrap, year)
		}
	}
	return nil
}

func equalSegs(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// calendarValue refuses a calendar query value more than calendarWindow
// years from now: posts are never addressed by a year parameter, calendar
// widgets are, and they step without end.
func calendarValue(key, v string, now time.Time) error {
	v = strings.TrimSpace(v)
	m := yearValue.FindStringSubmatch(v)
	if m == nil {
		return nil
	}
	year, _ := strconv.Atoi(m[1])
	if len(v) < 4 || year < 1000 {
		return nil
	}
	if d := year - now.Year(); d > calendarWindow || d < -calendarWindow {
		return fmt.Errorf("%w: calendar %s=%s outside %d year(s) of now", ErrTrap, key, v, calendarWindow)
	}
	return nil
}
