package followup

import "time"

// recheckGaps is the back-off between re-crawls of an open thread: an answer
// usually comes within hours if it comes at all, so the first checks are
// close together; after these, the thread is checked daily until it expires.
var recheckGaps = [...]time.Duration{time.Hour, 4 * time.Hour, 24 * time.Hour, 72 * time.Hour}

const recheckDaily = 24 * time.Hour

// RecheckAt returns the latest scheduled re-crawl of it's thread at or
// before now, and whether there is one: 1 h, 5 h, 29 h and 101 h after the
// item opened, then every 24 h. Only open items are re-crawled.
func (it Item) RecheckAt(now time.Time) (time.Time, bool) {
	if it.State != StateOpen || it.Opened.IsZero() {
		return time.Time{}, false
	}
	at := it.Opened
	var last time.Time
	for _, g := range recheckGaps {
		at = at.Add(g)
		if at.After(now) {
			return last, !last.IsZero()
		}
		last = at
	}
	days := now.Sub(at) / recheckDaily
	return at.Add(days * recheckDaily), true
}

// RecheckDue reports whether it's thread should be fetched again at now,
// given when it was last fetched (zero if never).
func (it Item) RecheckDue(lastFetched, now time.Time) bool {
	at, ok := it.RecheckAt(now)
	return ok && lastFetched.Before(at)
}
