package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	// Time zones must resolve on a machine without /usr/share/zoneinfo:
	// earshot ships as one static binary.
	_ "time/tzdata"
)

// Window is BusinessHours parsed: local opening hours on some weekdays.
type Window struct {
	Loc *time.Location
	// Days is indexed by time.Weekday.
	Days [7]bool
	// Start and End are offsets from local midnight.
	Start, End time.Duration
}

// IsZero reports whether w is "around the clock".
func (w Window) IsZero() bool { return w.Loc == nil }

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// Window parses b. The zero BusinessHours gives the zero Window.
func (b BusinessHours) Window() (Window, error) {
	if b.Start == "" && b.End == "" && b.TimeZone == "" && len(b.Days) == 0 {
		return Window{}, nil
	}
	var w Window
	var errs []string
	if b.Start == "" || b.End == "" {
		errs = append(errs, "set both start and end (\"09:00\", \"17:00\")")
	}
	var err error
	tz := b.TimeZone
	if tz == "" {
		tz = "UTC"
	}
	if w.Loc, err = time.LoadLocation(tz); err != nil {
		errs = append(errs, fmt.Sprintf("unknown timezone %q (want an IANA name such as Europe/Berlin)", b.TimeZone))
	}
	days := b.Days
	if len(days) == 0 {
		days = []string{"mon", "tue", "wed", "thu", "fri"}
	}
	for _, d := range days {
		wd, ok := weekdays[strings.ToLower(strings.TrimSpace(d))]
		if !ok {
			errs = append(errs, fmt.Sprintf("unknown day %q (want mon, tue, wed, thu, fri, sat or sun)", d))
			continue
		}
		w.Days[wd] = true
	}
	if b.Start != "" && b.End != "" {
		s, err1 := clock(b.Start)
		e, err2 := clock(b.End)
		switch {
		case err1 != nil:
			errs = append(errs, err1.Error())
		case err2 != nil:
			errs = append(errs, err2.Error())
		case e <= s:
			errs = append(errs, fmt.Sprintf("end %s is not after start %s", b.End, b.Start))
		}
		w.Start, w.End = s, e
	}
	if len(errs) > 0 {
		return Window{}, fmt.Errorf("%w: %s", ErrInvalid, strings.Join(errs, "; "))
	}
	return w, nil
}

// clock parses "9:00", "09:00" or "17:30"; "24:00" is the end of the day.
func clock(s string) (time.Duration, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || hh < 0 || mm < 0 || mm > 59 || hh > 24 || (hh == 24 && mm != 0) {
		return 0, fmt.Errorf("time %q is not HH:MM", s)
	}
	return time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute, nil
}
