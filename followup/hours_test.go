package followup

import (
	"testing"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

func window(t *testing.T, b config.BusinessHours) config.Window {
	t.Helper()
	w, err := b.Window()
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestAddWorking(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	office := window(t, config.BusinessHours{TimeZone: "Europe/Berlin", Start: "09:00", End: "17:00"})
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, berlin)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name     string
		from     string
		d        time.Duration
		w        config.Window
		want     string
		working  time.Duration // Working(from, want) when w is set
		skipBack bool
	}{
		{"around the clock", "2025-03-07 16:00", 4 * time.Hour, config.Window{}, "2025-03-07 20:00", 4 * time.Hour, false},
		{"inside one day", "2025-03-05 10:00", 4 * time.Hour, office, "2025-03-05 14:00", 4 * time.Hour, false},
		{"Friday afternoon runs into Monday", "2025-03-07 16:00", 4 * time.Hour, office, "2025-03-10 12:00", 4 * time.Hour, false},
		{"before opening starts at opening", "2025-03-05 06:30", 2 * time.Hour, office, "2025-03-05 11:00", 2 * time.Hour, false},
		{"weekend starts on Monday", "2025-03-08 11:00", time.Hour, office, "2025-03-10 10:00", time.Hour, false},
		{"after closing starts next morning", "2025-03-05 18:00", 8 * time.Hour, office, "2025-03-06 17:00", 8 * time.Hour, false},
		{"two working days", "2025-03-05 09:00", 16 * time.Hour, office, "2025-03-06 17:00", 16 * time.Hour, false},
		// Clocks go forward on 30 March 2025 in Berlin; opening hours stay 9 to 17 local.
		{"across daylight saving", "2025-03-28 16:00", 2 * time.Hour, office, "2025-03-31 10:00", 2 * time.Hour, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AddWorking(at(tt.from), tt.d, tt.w)
			if !got.Equal(at(tt.want)) {
				t.Errorf("AddWorking(%s, %v): got %s, want %s", tt.from, tt.d, got.In(berlin).Format("Mon 2006-01-02 15:04"), tt.want)
			}
			if w := Working(at(tt.from), got, tt.w); w != tt.working {
				t.Errorf("Working(%s, %s): got %v, want %v", tt.from, tt.want, w, tt.working)
			}
		})
	}
	if got := Working(at("2025-03-07 12:00"), at("2025-03-10 12:00"), office); got != 8*time.Hour {
		t.Errorf("Working over a weekend: got %v, want 8h", got)
	}
	if got := Working(at("2025-03-10 12:00"), at("2025-03-07 12:00"), office); got != 0 {
		t.Errorf("Working backwards: got %v, want 0", got)
	}
}

// The SLA of an item counts business hours: criticism posted on a Friday
// evening is not overdue on Saturday morning.
func TestSLABusinessHours(t *testing.T) {
	office := window(t, config.BusinessHours{TimeZone: "UTC", Days: []string{"mon", "tue", "wed", "thu", "fri"}, Start: "09:00", End: "17:00"})
	p := Policy{SLA: 4 * time.Hour, Hours: office, Answer: config.AnswerThread, Expire: 30 * 24 * time.Hour}
	friday := time.Date(2025, 3, 7, 18, 0, 0, 0, time.UTC)
	c := mk("t1", 0, "alice", "Loquat")
	c.Published = friday
	for _, tt := range []struct {
		now     time.Time
		overdue bool
	}{
		{friday.Add(15 * time.Hour), false},                     // Saturday 09:00
		{time.Date(2025, 3, 10, 12, 59, 0, 0, time.UTC), false}, // Monday 12:59
		{time.Date(2025, 3, 10, 13, 0, 0, 0, time.UTC), true},   // Monday 13:00
	} {
		items := Evaluate([]post.Post{c}, []config.Brand{loquat}, p, nil, tt.now)
		if len(items) != 1 || items[0].Overdue != tt.overdue {
			t.Errorf("at %s: got %+v, want overdue %v", tt.now.Format(time.RFC1123), items, tt.overdue)
		}
	}
}
