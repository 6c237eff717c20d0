package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/followup"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

var now = time.Date(2025, 3, 4, 16, 0, 0, 0, time.UTC)

func items() []followup.Item {
	pub := time.Date(2025, 3, 1, 12, 0, 0, 0, time.FixedZone("CET", 3600))
	return []followup.Item{
		{
			ID: "p1:Loquat", PostID: "p1", Brand: "Loquat", URL: "https://forum.example/t/1#p1", Source: "forum",
			Author: "alice", Title: "Sync broken", Snippet: "Loquat sync is broken, again.", Published: pub,
			Sentiment: "negative", Score: -0.6249, State: followup.StateFlagged, Due: pub.Add(24 * time.Hour),
			Reason: "criticism of Loquat unanswered for 3d5h (SLA 24h)",
		},
		{
			ID: "p2:Loquat", PostID: "p2", Brand: "Loquat", URL: "https://blog.example/a", Source: "blog",
			Author: "=HYPERLINK(\"http://x\")", Title: "Quotes \"and\", commas\r\nand lines", Snippet: "…mid text…",
			Published: pub.Add(time.Hour), Sentiment: "negative", Score: -0.05, State: followup.StateAnswered,
			Reason: "answered by LoquatSupport at 2025-03-01T14:00:00Z", AnsweredBy: "LoquatSupport", AnswerURL: "https://blog.example/a#comment-2",
		},
		{ID: "p3:Medlar", Brand: "Medlar", State: followup.StatePending},
	}
}

func encode(tb testing.TB, its []followup.Item) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := NewCSVWriter(&buf)
	w.Now = now
	for _, it := range its {
		if err := w.Encode(it); err != nil {
			tb.Fatalf("Encode(%s): %v", it.ID, err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatalf("Close: %v", err)
	}
	return buf.Bytes()
}

func parse(tb testing.TB, b []byte) [][]string {
	tb.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		tb.Fatalf("parse CSV %q: %v", b, err)
	}
	return recs
}

func TestGolden(t *testing.T) {
	got := encode(t, items())
	path := filepath.Join("testdata", "queue.csv")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("CSV differs from %s (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
	if !bytes.Contains(got, []byte("\r\n")) || bytes.Count(got, []byte("\r\n")) < len(items())+1 {
		t.Errorf("got %q, want CRLF line endings", got)
	}
}

func TestColumns(t *testing.T) {
	recs := parse(t, encode(t, items()[:1]))
	if len(recs) != 2 {
		t.Fatalf("got %d records, want 2", len(recs))
	}
	want := map[string]string{
		"external_id": "p1:Loquat", "brand": "Loquat", "state": "flagged", "score": "'-0.6249",
		"published": "2025-03-01T11:00:00Z", "due": "2025-03-02T11:00:00Z", "age_hours": "77.0", "answer_url": "",
	}
	for i, col := range recs[0] {
		if w, ok := want[col]; ok && recs[1][i] != w {
			t.Errorf("column %s: got %q, want %q", col, recs[1][i], w)
		}
	}
	if got := strings.Join(recs[0], ","); got != columns {
		t.Errorf("header: got %q, want %q", got, columns)
	}
}

// An empty queue still exports a header, so a CRM import of it succeeds
// with zero rows instead of failing on an empty file.
func TestHeaderWithoutItems(t *testing.T) {
	var buf bytes.Buffer
	if err := NewCSVWriter(&buf).Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), columns+"\r\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestInjectionNeutralised(t *testing.T) {
	payloads := []string{
		"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\")",
		"-2+3+cmd|' /C calc'!A0", "  =1+1", "\n@x", "-", "+", "@", "=",
	}
	for _, p := range payloads {
		t.Run(p, func(t *testing.T) {
			it := followup.Item{
				ID: p, Brand: p, State: p, URL: p, Source: p, Author: p, Title: p, Snippet: p,
				Sentiment: p, Reason: p, AnswerURL: p,
			}
			recs := parse(t, encode(t, []followup.Item{it}))
			for i, cell := range recs[1] {
				col := recs[0][i]
				switch col {
				case "score", "published", "due", "age_hours":
					continue // not from the item's text
				}
				// With UseCRLF, encoding/csv drops a carriage return that
				// is not part of a line ending, so compare without it.
				if want := "'" + strings.ReplaceAll(p, "\r", ""); cell != want {
					t.Errorf("column %s: got %q, want %q", col, cell, want)
				}
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	texts := []string{"a,b", `say "hi"`, "line1\nline2", "crlf\r\nin cell", `"`, ",", "ünï €", "plain"}
	for _, s := range texts {
		t.Run(s, func(t *testing.T) {
			recs := parse(t, encode(t, []followup.Item{{ID: "x", Author: s, Title: s, Snippet: s}}))
			// encoding/csv reads a quoted \r\n as \n, as RFC 4180 readers do.
			want := strings.ReplaceAll(s, "\r\n", "\n")
			for _, col := range []int{5, 6, 7} {
				if got := recs[1][col]; got != want {
					t.Errorf("column %s: got %q, want %q", recs[0][col], got, want)
				}
			}
		})
	}
}

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"hello", "hello"},
		{"a=b", "a=b"},
		{"=1", "'=1"},
		{"+1+1", "'+1+1"},
		{"-1+1", "'-1+1"},
		{"@x", "'@x"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{" =1", "' =1"},
		{"\u00a0@x", "'\u00a0@x"},
		{"-0.6249", "'-0.6249"}, // no exceptions, not even numbers
		{"+3", "'+3"},
		{"12.5", "12.5"},
		{"-1e5", "'-1e5"},
		{"-.5", "'-.5"},
		{"-Inf", "'-Inf"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Neutralize(tt.in); got != tt.want {
				t.Errorf("Neutralize(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestCloseReportsWriteError(t *testing.T) {
	w := NewCSVWriter(failWriter{})
	for _, it := range items() {
		// csv.Writer buffers, so Encode may succeed; the error must surface
		// no later than Close.
		if err := w.Encode(it); err != nil {
			if !errors.Is(err, errDiskFull) {
				t.Fatalf("Encode: got %v, want %v", err, errDiskFull)
			}
			return
		}
	}
	if err := w.Close(); !errors.Is(err, errDiskFull) {
		t.Errorf("Close: got %v, want %v", err, errDiskFull)
	}
}

func FuzzNeutralize(f *testing.F) {
	for _, s := range []string{"", "=1", " -1", "-1", "-1.5", "\t", "abc", "+", "1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Neutralize(s)
		if got != s && got != "'"+s {
			t.Fatalf("Neutralize(%q) = %q: want the cell or the cell quoted", s, got)
		}
		if got == "" {
			return
		}
		if strings.IndexByte("=+-@\t\r", got[0]) >= 0 {
			t.Fatalf("Neutralize(%q) = %q: starts with a formula character", s, got)
		}
		if rest := strings.TrimLeft(got, " \t\r\n"); got[0] != '\'' && rest != "" && strings.IndexByte("=+-@", rest[0]) >= 0 {
			t.Fatalf("Neutralize(%q) = %q: formula after leading space", s, got)
		}
	})
}
