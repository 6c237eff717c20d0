package followup

import (
	"time"

	"github.com/earshot-dev/earshot/config"
)

// maxDays bounds the day-by-day walks below: ten years of calendar days.
const maxDays = 3660

// at returns the local time of day off on the day of day.
func at(day time.Time, off time.Duration) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d, int(off/time.Hour), int(off%time.Hour/time.Minute), 0, 0, day.Location())
}

// nextDay returns local midnight of the day after t.
func nextDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, t.Location())
}

// AddWorking returns the instant at which d of working time has passed since
// t: t+d around the clock, or counting only the hours inside w. Opening and
// closing times are local wall-clock times, so a daylight-saving change
// moves them with the clocks.
func AddWorking(t time.Time, d time.Duration, w config.Window) time.Time {
	if w.IsZero() {
		return t.Add(d)
	}
	cur := t.In(w.Loc)
	left := d
	for range maxDays {
		if w.Days[cur.Weekday()] {
			open, shut := at(cur, w.Start), at(cur, w.End)
			if cur.Before(open) {
				cur = open
			}
			if cur.Before(shut) {
				if avail := shut.Sub(cur); left <= avail {
					return cur.Add(left).In(t.Location())
				} else {
					left -= avail
				}
			}
		}
		cur = nextDay(cur)
	}
	// Unreachable with a valid window (some day has some hours), but an
	// answer ten years out is better than a loop without end.
	return cur.In(t.Location())
}

// Working returns how much working time lies between a and b (zero when b is
// not after a).
func Working(a, b time.Time, w config.Window) time.Duration {
	if !b.After(a) {
		return 0
	}
	if w.IsZero() {
		return b.Sub(a)
	}
	cur, end := a.In(w.Loc), b.In(w.Loc)
	var sum time.Duration
	for range maxDays {
		if !cur.Before(end) {
			break
		}
		if w.Days[cur.Weekday()] {
			open, shut := at(cur, w.Start), at(cur, w.End)
			from, to := later(cur, open), earlier(end, shut)
			if to.After(from) {
				sum += to.Sub(from)
			}
		}
		cur = nextDay(cur)
	}
	return sum
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
