package extract

import (
	"testing"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
)

// benchDates are date forms seen on the WEB-FORUM-52 pages.
var benchDates = []string{"17 Jul 2011 17:51", "10-04-2017, 11:00 AM", "2011-07-17T17:51:00Z", "vor 2 Tagen", "Fri May 08, 2009 2:03 am", "21. Apr 2020, 19:40"}

// BenchmarkDateParsers compares ParseDate with go-dateparser on the same
// inputs, in one run, so their ratio is meaningful.
func BenchmarkDateParsers(b *testing.B) {
	now := time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)
	b.Run("earshot", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, ok := ParseDate(benchDates[i%len(benchDates)], "en", now); !ok {
				b.Fatalf("ParseDate(%q) failed", benchDates[i%len(benchDates)])
			}
		}
	})
	b.Run("go-dateparser", func(b *testing.B) {
		cfg := &dateparser.Configuration{Languages: []string{"en", "de"}, CurrentTime: now}
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, err := dateparser.Parse(cfg, benchDates[i%len(benchDates)]); err != nil {
				b.Fatalf("dateparser.Parse(%q): %v", benchDates[i%len(benchDates)], err)
			}
		}
	})
}
