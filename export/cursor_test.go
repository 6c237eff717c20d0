package export

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/followup"
)

func ids(its []followup.Item) []string {
	out := []string{}
	for _, it := range its {
		out = append(out, it.ID)
	}
	return out
}

func TestFingerprint(t *testing.T) {
	base := items()[0]
	same := []struct {
		name   string
		change func(*followup.Item)
	}{
		{"priority score moves with age", func(it *followup.Item) { it.Priority.Score++; it.Priority.Age = 1 }},
		{"priority parts say overdue longer", func(it *followup.Item) { it.Priority.Parts = []string{"overdue 3d"} }},
		{"reason counts the wait", func(it *followup.Item) { it.Reason = "criticism of Loquat unanswered for 9d" }},
		{"score below the shown precision", func(it *followup.Item) { it.Score -= 0.0001 }},
		{"history grows with nothing shown", func(it *followup.Item) { it.History = append(it.History, followup.Change{To: "open"}) }},
		{"replies counted", func(it *followup.Item) { it.Replies++ }},
	}
	for _, tt := range same {
		t.Run("same/"+tt.name, func(t *testing.T) {
			it := items()[0]
			tt.change(&it)
			if got, want := Fingerprint(it), Fingerprint(base); got != want {
				t.Errorf("got %s, want %s unchanged", got, want)
			}
		})
	}
	differ := []struct {
		name   string
		change func(*followup.Item)
	}{
		{"state", func(it *followup.Item) { it.State = followup.StateAnswered }},
		{"overdue", func(it *followup.Item) { it.Overdue = false }},
		{"priority label", func(it *followup.Item) { it.Priority.Label = followup.PriorityHigh }},
		{"answer", func(it *followup.Item) { it.Answer = &followup.Answer{URL: "https://forum.example/t/1#p9"} }},
		{"note", func(it *followup.Item) { it.Note = "called them" }},
		{"more criticism", func(it *followup.Item) { it.Criticism = append(it.Criticism, followup.Evidence{URL: "u"}) }},
		{"latest criticism", func(it *followup.Item) { it.Criticism[1].URL = "https://forum.example/t/1#p5" }},
		{"snippet", func(it *followup.Item) { it.Snippet = "other text" }},
		{"post", func(it *followup.Item) { it.URL = "https://forum.example/t/1#p4" }},
		{"due", func(it *followup.Item) { it.Due = it.Due.Add(time.Hour) }},
		{"intents", func(it *followup.Item) { it.Intents = nil }},
		{"fields do not run together", func(it *followup.Item) { it.Brand, it.State = it.Brand+it.State[:1], it.State[1:] }},
	}
	for _, tt := range differ {
		t.Run("differ/"+tt.name, func(t *testing.T) {
			it := items()[0]
			tt.change(&it)
			if got := Fingerprint(it); got == Fingerprint(base) {
				t.Errorf("got %s for both, want a new fingerprint", got)
			}
		})
	}
	if fp := Fingerprint(base); !strings.HasPrefix(fp, fingerprintVersion+":") {
		t.Errorf("got %q, want the version prefix %q", fp, fingerprintVersion)
	}
}

func TestCursor(t *testing.T) {
	var nilCursor *Cursor
	if got := ids(nilCursor.Changed(items())); len(got) != len(items()) {
		t.Fatalf("nil cursor: got %v, want every item", got)
	}
	c := &Cursor{Preset: PresetHubSpot}
	if got := ids(c.Changed(items())); len(got) != len(items()) {
		t.Fatalf("first export: got %v, want every item", got)
	}
	c.Advance(items(), now)
	if !c.At.Equal(now) {
		t.Errorf("At: got %v, want %v", c.At, now)
	}

	later := items()
	for i := range later {
		// Time passes: ages, scores and reasons move, nothing happens.
		later[i].Priority.Score += 3
		later[i].Reason += " and then some"
	}
	if got := ids(c.Changed(later)); len(got) != 0 {
		t.Errorf("nothing happened: got %v, want no rows", got)
	}

	later[0].State, later[0].Overdue = followup.StateAnswered, false
	later[0].Answer = &followup.Answer{Author: "LoquatSupport", URL: "https://forum.example/t/1#p7", At: now}
	later[2].Note = "reconsidered"
	fresh := followup.Item{ID: "fu-new", Brand: "Loquat", State: followup.StateOpen}
	later = append(later, fresh)
	want := []string{later[0].ID, later[2].ID, "fu-new"}
	changed := c.Changed(later)
	if got := ids(changed); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}

	// An export killed before the file was complete never advanced the
	// cursor, so running again sends exactly the same rows.
	if got := ids(c.Changed(later)); !slices.Equal(got, want) {
		t.Errorf("after a crash: got %v, want %v again", got, want)
	}

	// Advancing with only the changed rows keeps the others' fingerprints.
	c.Advance(changed, now.Add(time.Hour))
	if got := ids(c.Changed(later)); len(got) != 0 {
		t.Errorf("after advance: got %v, want no rows", got)
	}
	if len(c.Rows) != len(later) {
		t.Errorf("got %d rows remembered, want %d", len(c.Rows), len(later))
	}
}

// The cursor is stored as JSON by the caller; it must come back equal.
func TestCursorJSON(t *testing.T) {
	c := &Cursor{Preset: PresetSalesforce}
	c.Advance(items(), now)
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Cursor
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if got := ids(back.Changed(items())); len(got) != 0 || back.Preset != c.Preset || !back.At.Equal(c.At) {
		t.Errorf("got %+v changed %v, want the cursor back with no rows changed", back, got)
	}
}

func TestManifestJSON(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, PresetGeneric, Options{Now: now})
	_ = w.Close()
	b, err := json.Marshal(w.Manifest("q.csv", time.Time{}))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), `"since"`) {
		t.Errorf("full export: got %s, want no since", b)
	}
	for _, k := range []string{`"file":"q.csv"`, `"preset":"generic"`, `"rows":0`, `"sha256":"`, `"open":0`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("got %s, want it to contain %s", b, k)
		}
	}
}
