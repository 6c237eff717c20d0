package extract

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	now := time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)
	d := func(y int, m time.Month, day, h, mi int) time.Time {
		return time.Date(y, m, day, h, mi, 0, 0, time.UTC)
	}
	tests := []struct {
		in   string
		lang string
		want time.Time
	}{
		{"2011-07-17T17:51:00Z", "en", d(2011, 7, 17, 17, 51)},
		{"2011-07-17", "en", d(2011, 7, 17, 0, 0)},
		{"Sun, 17 Jul 2011 17:51:00 GMT", "en", d(2011, 7, 17, 17, 51)},
		{"17 Jul 2011 17:51", "en", d(2011, 7, 17, 17, 51)},
		{"10-04-2017, 11:00 AM", "en-US", d(2017, 10, 4, 11, 0)},
		{"10-04-2017, 11:00 PM", "en-GB", d(2017, 4, 10, 23, 0)},
		{"04/10/2017", "de", d(2017, 10, 4, 0, 0)},
		{"04-23-2020 at 3:40 pm", "en", d(2020, 4, 23, 15, 40)},
		{"Jul 17, 2011", "en", d(2011, 7, 17, 0, 0)},
		{"17.07.2011 17:51", "en-US", d(2011, 7, 17, 17, 51)},
		{"2020.03.12 13:17", "", d(2020, 3, 12, 13, 17)},
		{"Fri May 08, 2009 2:03 am", "en", d(2009, 5, 8, 2, 3)},
		{"12 Jan 2018, 12:15", "de", d(2018, 1, 12, 12, 15)},
		{"21. Apr 2020, 19:40", "de", d(2020, 4, 21, 19, 40)},
		{"3. März 2019", "de", d(2019, 3, 3, 0, 0)},
		{"17 juillet 2011 à 17h51", "fr", d(2011, 7, 17, 0, 0)},
		{"5 févr. 2019", "fr", d(2019, 2, 5, 0, 0)},
		{"17 de julio de 2011", "es", d(2011, 7, 17, 0, 0)},
		{"17 luglio 2011", "it", d(2011, 7, 17, 0, 0)},
		{"17 mei 2011", "nl", d(2011, 5, 17, 0, 0)},
		{"Thu 21-Nov-19 10:53:49", "en", time.Date(2019, 11, 21, 10, 53, 49, 0, time.UTC)},
		{"4 December 2016 at 12:11AM", "en", d(2016, 12, 4, 0, 11)},
		{"11:43pm On Apr 23", "en", d(2020, 4, 23, 23, 43)},
		{"Sunday 8th March", "en", d(2020, 3, 8, 0, 0)},
		{"December 30", "en", d(2019, 12, 30, 0, 0)},
		{"September 2019", "en", d(2019, 9, 1, 0, 0)},
		{"« Reply #1 on: July 17, 2011, 05:51:02 PM »", "en", time.Date(2011, 7, 17, 17, 51, 2, 0, time.UTC)},
		{"#23 erstellt: 22. Apr 2004, 21:05", "de", d(2004, 4, 22, 21, 5)},
		{"Meeting 2012 13-November-2017 12:46", "es", d(2017, 11, 13, 12, 46)},
		{"today 10:20", "en", d(2020, 6, 15, 10, 20)},
		{"Yesterday, 09:15 PM", "en", d(2020, 6, 14, 21, 15)},
		{"Heute, 08:30", "de", d(2020, 6, 15, 8, 30)},
		{"gestern um 18:05 Uhr", "de", d(2020, 6, 14, 18, 5)},
		{"hier à 18:05", "fr", d(2020, 6, 14, 18, 5)},
		{"aujourd'hui à 09:00", "fr", d(2020, 6, 15, 9, 0)},
		{"3 hours ago", "en", now.Add(-3 * time.Hour)},
		{"an hour ago", "en", now.Add(-time.Hour)},
		{"vor 2 Tagen", "de", now.AddDate(0, 0, -2)},
		{"il y a 3 jours", "fr", now.AddDate(0, 0, -3)},
		{"hace 5 minutos", "es", now.Add(-5 * time.Minute)},
		{"2 weeks ago", "en", now.AddDate(0, 0, -14)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseDate(tt.in, tt.lang, now)
			if !ok || !got.Equal(tt.want) {
				t.Errorf("ParseDate(%q, %q) = %v, %v; want %v, true", tt.in, tt.lang, got, ok, tt.want)
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	now := time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)
	for _, in := range []string{"", "hello world", "Ist häufiger hier", "Posts: 72", "31 February 2019", "13/13/2019", "12:30", "page 2 of 5"} {
		t.Run(in, func(t *testing.T) {
			if got, ok := ParseDate(in, "en", now); ok {
				t.Errorf("ParseDate(%q) = %v, true; want false", in, got)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"17 Jul 2011 17:51", "10-04-2017, 11:00 AM", "vor 2 Tagen", "il y a 3 jours", "2011-07-17T17:51:00Z", "hier à 10:00", "#1 99:99:99 pm", "ñ 1-2-3"} {
		f.Add(s, "en")
	}
	now := time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s, lang string) {
		got, ok := ParseDate(s, lang, now)
		if ok && got.IsZero() {
			t.Errorf("ParseDate(%q) reported ok with a zero time", s)
		}
	})
}

func BenchmarkParseDate(b *testing.B) {
	now := time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)
	inputs := []string{"17 Jul 2011 17:51", "10-04-2017, 11:00 AM", "2011-07-17T17:51:00Z", "vor 2 Tagen", "Fri May 08, 2009 2:03 am"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ParseDate(inputs[i%len(inputs)], "en", now)
	}
}
