package export

import (
	"bytes"
	"encoding/csv"
	"math"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/followup"
)

func FuzzWriter(f *testing.F) {
	f.Add("=1+1", "+title", "-snippet\r\nline", "@note", "https://x/1", "negative", -0.5, int64(0), true)
	f.Add("\t", "\r", "\n", "", "", "", 0.0, int64(-1), false)
	f.Add(" =x", "\u00a0-1", "a\"b,c", "ünï", "#N/A", "open", math.Inf(-1), int64(1<<40), true)
	f.Add("a\xffb", "\x00", "\"\"\"", "\r\r\n\n", "=", "@", math.NaN(), int64(42), false)
	f.Fuzz(func(t *testing.T, author, title, snippet, note, url, state string, score float64, secs int64, withBOM bool) {
		at := time.Unix(secs%(1<<34), 0)
		it := followup.Item{
			ID: url, Brand: title, State: state, Overdue: withBOM, Reason: note, Source: author, Host: title,
			ThreadURL: url, Title: title, PostID: note, URL: url, Author: author, AuthorURL: url, Snippet: snippet,
			Sentiment: state, Score: score, Complaint: score, Intents: []string{note, author},
			Criticism: []followup.Evidence{{URL: url, Published: at}},
			Opened:    at, Since: at, Due: at, Expires: at, Published: at, Note: note,
			Answer:   &followup.Answer{Author: author, URL: url, By: note, At: at},
			Priority: followup.Priority{Label: state, Parts: []string{snippet}},
		}
		for _, preset := range Presets {
			var buf bytes.Buffer
			w, err := NewWriter(&buf, preset, Options{Now: now, BOM: withBOM, NullValue: note})
			if err != nil {
				t.Fatal(err)
			}
			for range 2 {
				if err := w.Encode(it); err != nil {
					t.Fatalf("%s: Encode: %v", preset, err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatalf("%s: Close: %v", preset, err)
			}
			r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte(bom))))
			r.FieldsPerRecord = 0
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatalf("%s: output does not parse back: %v\n%q", preset, err, buf.Bytes())
			}
			if len(recs) != 3 {
				t.Fatalf("%s: got %d records, want 3", preset, len(recs))
			}
			checkNoFormula(t, recs)
		}
	})
}

func FuzzNeutralize(f *testing.F) {
	for _, s := range []string{"", "=1", " -1", "-1", "-1.5", "\t", "abc", "+", "1.2.3", "\u00a0@", "#N/A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Neutralize(s)
		if got != s && got != "'"+s {
			t.Fatalf("Neutralize(%q) = %q: want the cell or the cell quoted", s, got)
		}
		if formulaStart(got) {
			t.Fatalf("Neutralize(%q) = %q: a spreadsheet would read a formula", s, got)
		}
		if got != s && !formulaStart(s) {
			t.Fatalf("Neutralize(%q) = %q: quoted a harmless cell", s, got)
		}
	})
}
