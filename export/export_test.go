package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/followup"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

var now = time.Date(2025, 3, 4, 16, 0, 0, 0, time.UTC)

// items is the fixed queue behind the golden files: one item per state,
// an overdue one full of formula-looking text, and non-ASCII throughout.
func items() []followup.Item {
	cet := time.FixedZone("CET", 3600)
	pub := time.Date(2025, 3, 1, 12, 0, 0, 0, cet)
	return []followup.Item{
		{
			ID: "fu-0000000000000001", ThreadID: "t1", Brand: "Loquat", State: followup.StateOpen, Overdue: true,
			Reason: "criticism of Loquat unanswered for 3d5h, overdue since 2d5h (SLA 24h)",
			Source: "forum", Host: "forum.example", ThreadURL: "https://forum.example/t/1",
			Title:  "+1 sync broken\tagain",
			PostID: "p1", URL: "https://forum.example/t/1#p1",
			Author: `=HYPERLINK("http://evil.example","click")`, AuthorURL: "@x",
			Published: pub,
			Snippet:   "-2 stars. Loquat sync is broken,\r\nagain.\nIch kündige — 解約します.",
			Sentiment: "negative", Score: -0.6249, Complaint: 0.91, Intents: []string{"complaint", "churn"},
			Criticism: []followup.Evidence{
				{PostID: "p1", URL: "https://forum.example/t/1#p1", Author: "=HYPERLINK", Published: pub, Score: -0.62, Complaint: 0.91},
				{PostID: "p4", URL: "https://forum.example/t/1#p4", Author: "bob", Published: pub.Add(2 * time.Hour), Score: -0.3, Complaint: 0.4},
			},
			Opened: pub, Since: pub, Due: pub.Add(24 * time.Hour), Expires: pub.Add(14 * 24 * time.Hour),
			Replies: 12, Participants: 5,
			Priority: followup.Priority{Score: 81, Label: followup.PriorityUrgent, Severity: 0.86, Reach: 0.7, Age: 0.9,
				Parts: []string{"complaint 0.91", "sentiment -0.62", "threatens to leave", "12 replies", "5 people", "overdue 2d5h"}},
		},
		{
			ID: "fu-0000000000000002", ThreadID: "t2", Brand: "Loquat", State: followup.StateAnswered,
			Reason: "answered by LoquatSupport 2h after it opened",
			Source: "blog", Host: "blog.example", ThreadURL: "https://blog.example/a",
			Title:  "Préférences perdues après la mise à jour",
			PostID: "c1", URL: "https://blog.example/a#comment-1", Author: "Zoë", Published: pub.Add(time.Hour),
			Snippet: "Mes préférences ont disparu.", Sentiment: "negative", Score: -0.4, Complaint: 0.7,
			Criticism: []followup.Evidence{{PostID: "c1", URL: "https://blog.example/a#comment-1", Author: "Zoë", Published: pub.Add(time.Hour)}},
			Opened:    pub.Add(time.Hour), Since: pub.Add(3 * time.Hour),
			Answer:  &followup.Answer{Author: "LoquatSupport", URL: "https://blog.example/a#comment-2", At: pub.Add(3 * time.Hour)},
			Replies: 2, Participants: 2,
			Priority: followup.Priority{Score: 42, Label: followup.PriorityMedium, Severity: 0.6, Reach: 0.2,
				Parts: []string{"complaint 0.70", "sentiment -0.40", "2 replies", "2 people"}},
		},
		{
			ID: "fu-0000000000000003", ThreadID: "t3", Brand: "Medlar", State: followup.StateWontRespond,
			Reason: "dismissed by ana: spam", Note: "@x spam, do not feed the troll",
			Source: "forum", Host: "forum.example", ThreadURL: "https://forum.example/t/3",
			PostID: "p9", URL: "https://forum.example/t/3#p9", Author: "@troll", Published: pub,
			Snippet: "=1+1 Medlar is a scam", Sentiment: "negative", Score: -0.8, Complaint: 0.5,
			Criticism: []followup.Evidence{{PostID: "p9", URL: "https://forum.example/t/3#p9", Author: "@troll", Published: pub}},
			Opened:    pub, Since: pub.Add(5 * time.Hour),
			Priority: followup.Priority{Score: 22, Label: followup.PriorityLow, Severity: 0.4,
				Parts: []string{"complaint 0.50", "sentiment -0.80", "0 replies", "1 people"}},
		},
		{
			ID: "fu-0000000000000004", ThreadID: "t4", Brand: "Medlar", State: followup.StateExpired,
			Reason: "expired: Medlar unanswered for 14d",
			Source: "reviews", Host: "reviews.example", ThreadURL: "https://reviews.example/r/4",
			Title: "\tTabbed title", PostID: "r4", URL: "https://reviews.example/r/4", Author: "\rcr-author",
			Published: pub.Add(-20 * 24 * time.Hour), Snippet: "Medlar never replied.", Sentiment: "negative",
			Score: -0.2, Complaint: 0.3, Opened: pub.Add(-20 * 24 * time.Hour), Since: pub.Add(-6 * 24 * time.Hour),
			Priority: followup.Priority{Score: 12, Label: followup.PriorityLow, Severity: 0.2,
				Parts: []string{"complaint 0.30", "sentiment -0.20", "0 replies", "1 people"}},
		},
		{
			ID: "fu-0000000000000005", ThreadID: "t5", Brand: "Loquat", State: followup.StateOpen,
			Reason: "criticism of Loquat unanswered for 2h, due in 22h (SLA 24h)",
			Source: "forum", Host: "forum.example", ThreadURL: "https://forum.example/t/5",
			PostID: "p5", URL: "https://forum.example/t/5#p5", Author: " @spaced",
			Published: now.Add(-2 * time.Hour), Snippet: " +cmd|' /C calc'!A0 is what Loquat support feels like",
			Sentiment: "negative", Score: -0.5, Complaint: 0.6, Intents: []string{"support"},
			Opened: now.Add(-2 * time.Hour), Since: now.Add(-2 * time.Hour), Due: now.Add(22 * time.Hour),
			Priority: followup.Priority{Score: 55, Label: followup.PriorityHigh, Severity: 0.7, Reach: 0.1,
				Parts: []string{"complaint 0.60", "sentiment -0.50", "0 replies", "1 people"}},
		},
	}
}

func encode(tb testing.TB, preset string, opt Options, its []followup.Item) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, preset, opt)
	if err != nil {
		tb.Fatalf("NewWriter(%q): %v", preset, err)
	}
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
	b = bytes.TrimPrefix(b, []byte(bom))
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = 0 // every row as long as the header
	recs, err := r.ReadAll()
	if err != nil {
		tb.Fatalf("parse CSV %q: %v", b, err)
	}
	return recs
}

// column returns the cell of the named column in record i (1 = first row).
func column(tb testing.TB, recs [][]string, i int, name string) string {
	tb.Helper()
	j := slices.Index(recs[0], name)
	if j < 0 {
		tb.Fatalf("no column %q in %q", name, recs[0])
	}
	return recs[i][j]
}

func TestGolden(t *testing.T) {
	for _, preset := range Presets {
		t.Run(preset, func(t *testing.T) {
			got := encode(t, preset, Options{Now: now}, items())
			path := filepath.Join("testdata", preset+".csv")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test -update creates it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("CSV differs from %s (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", path, got, want)
			}
			if !utf8.Valid(got) {
				t.Errorf("got invalid UTF-8")
			}
			if n := len(parse(t, got)); n != len(items())+1 {
				t.Errorf("got %d records, want %d", n, len(items())+1)
			}
			if bytes.Count(got, []byte("\n")) != bytes.Count(got, []byte("\r\n")) {
				t.Errorf("got a bare LF in %q, want CRLF line endings only", got)
			}
		})
	}
}

// The columns a CRM user works from must hold the values the README
// promises, whatever the golden files say.
func TestRowValues(t *testing.T) {
	its := items()
	tests := []struct {
		preset string
		row    int
		want   map[string]string
	}{
		{PresetHubSpot, 1, map[string]string{
			"Earshot ID": "fu-0000000000000001", "Ticket name": "Loquat: +1 sync broken again", "Pipeline": "Support Pipeline",
			"Ticket status": "New", "Priority": "HIGH", "Create date": "1740826800000", "Source": "", "Overdue": "true",
			"Post URL": "https://forum.example/t/1#p1", "Author": `'=HYPERLINK("http://evil.example","click")`,
			"Criticism URLs": "https://forum.example/t/1#p1 https://forum.example/t/1#p4", "Intent": "complaint;churn",
			"Earshot priority": "urgent", "Priority score": "81", "Age (hours)": "77.0", "Complaint": "0.91",
		}},
		{PresetHubSpot, 2, map[string]string{
			"Ticket status": "Closed", "Priority": "MEDIUM", "Answer URL": "https://blog.example/a#comment-2",
			"Ticket name": "Loquat: Préférences perdues après la mise à jour",
		}},
		{PresetSalesforce, 1, map[string]string{
			"Earshot_ID__c": "fu-0000000000000001", "Status": "Escalated", "Priority": "High", "Origin": "Web",
			"SuppliedName": `'=HYPERLINK("http://evil.example","click")`, "Earshot_Opened__c": "2025-03-01T11:00:00.000Z",
			"Earshot_Overdue__c": "true",
		}},
		{PresetSalesforce, 3, map[string]string{"Status": "Closed", "Priority": "Low", "Earshot_State__c": "wont_respond"}},
		{PresetSalesforce, 5, map[string]string{"Status": "New", "Priority": "High", "Earshot_Age_Hours__c": "2.0"}},
		{PresetGeneric, 1, map[string]string{
			"id": "fu-0000000000000001", "state": "open", "overdue": "true", "score": "'-0.6249",
			"published": "2025-03-01T11:00:00Z", "due": "2025-03-02T11:00:00Z", "age_hours": "77.0",
			"criticism_count": "2", "priority_parts": "complaint 0.91; sentiment -0.62; threatens to leave; 12 replies; 5 people; overdue 2d5h",
		}},
		{PresetGeneric, 3, map[string]string{"note": "'@x spam, do not feed the troll", "answer_url": ""}},
	}
	for _, tt := range tests {
		recs := parse(t, encode(t, tt.preset, Options{Now: now}, its))
		for col, want := range tt.want {
			t.Run(tt.preset+"/"+col, func(t *testing.T) {
				if got := column(t, recs, tt.row, col); got != want {
					t.Errorf("row %d: got %q, want %q", tt.row, got, want)
				}
			})
		}
	}
}

func TestConfiguredMappings(t *testing.T) {
	opt := Options{
		Now:        now,
		HubSpot:    config.HubSpotExport{Pipeline: "Community", Status: map[string]string{"open": "Waiting on us", "answered": "Answered"}, Source: "Social listening"},
		Salesforce: config.SalesforceExport{Origin: "Community", Status: map[string]string{"open": "Working"}},
	}
	hs := parse(t, encode(t, PresetHubSpot, opt, items()))
	sf := parse(t, encode(t, PresetSalesforce, opt, items()))
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"hubspot pipeline", column(t, hs, 1, "Pipeline"), "Community"},
		{"hubspot open", column(t, hs, 1, "Ticket status"), "Waiting on us"},
		{"hubspot answered", column(t, hs, 2, "Ticket status"), "Answered"},
		{"hubspot source", column(t, hs, 1, "Source"), "Social listening"},
		{"hubspot expired keeps default", column(t, hs, 4, "Ticket status"), "Closed"},
		{"salesforce origin", column(t, sf, 1, "Origin"), "Community"},
		{"salesforce configured open wins over overdue", column(t, sf, 1, "Status"), "Working"},
		{"salesforce answered default", column(t, sf, 2, "Status"), "Closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestPriorityMaps(t *testing.T) {
	tests := []struct{ label, hubspot, salesforce string }{
		{followup.PriorityUrgent, "HIGH", "High"},
		{followup.PriorityHigh, "HIGH", "High"},
		{followup.PriorityMedium, "MEDIUM", "Medium"},
		{followup.PriorityLow, "LOW", "Low"},
		{"", "LOW", "Low"},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			if got := HubSpotPriority(tt.label); got != tt.hubspot {
				t.Errorf("HubSpotPriority(%q): got %q, want %q", tt.label, got, tt.hubspot)
			}
			if got := SalesforcePriority(tt.label); got != tt.salesforce {
				t.Errorf("SalesforcePriority(%q): got %q, want %q", tt.label, got, tt.salesforce)
			}
		})
	}
}

func TestUnknownState(t *testing.T) {
	it := followup.Item{State: "flagged"}
	if got := HubSpotStatus(nil, it); got != "flagged" {
		t.Errorf("HubSpotStatus: got %q, want the state itself", got)
	}
	if got := SalesforceStatus(nil, it); got != "flagged" {
		t.Errorf("SalesforceStatus: got %q, want the state itself", got)
	}
}

// An empty queue still exports a header, so a CRM import of it succeeds
// with zero rows instead of failing on an empty file.
func TestHeaderWithoutItems(t *testing.T) {
	for _, preset := range Presets {
		t.Run(preset, func(t *testing.T) {
			cols, err := Columns(preset)
			if err != nil {
				t.Fatal(err)
			}
			got := string(encode(t, preset, Options{}, nil))
			if want := strings.Join(cols, ",") + "\r\n"; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestUnknownPreset(t *testing.T) {
	for _, name := range []string{"", "HubSpot", "zendesk"} {
		t.Run(name, func(t *testing.T) {
			w, err := NewWriter(&bytes.Buffer{}, name, Options{})
			if !errors.Is(err, ErrUnknownPreset) || w != nil {
				t.Fatalf("got %v, %v; want nil, ErrUnknownPreset", w, err)
			}
			for _, p := range Presets {
				if !strings.Contains(err.Error(), p) {
					t.Errorf("error %q: want it to name preset %q", err, p)
				}
			}
			if _, err := Columns(name); !errors.Is(err, ErrUnknownPreset) {
				t.Errorf("Columns: got %v, want ErrUnknownPreset", err)
			}
		})
	}
}

func TestBOM(t *testing.T) {
	for _, preset := range Presets {
		t.Run(preset, func(t *testing.T) {
			with := encode(t, preset, Options{Now: now, BOM: true}, items())
			without := encode(t, preset, Options{Now: now}, items())
			if !bytes.HasPrefix(with, []byte{0xEF, 0xBB, 0xBF}) {
				t.Errorf("BOM: got prefix %q, want EF BB BF", with[:3])
			}
			if bytes.HasPrefix(without, []byte{0xEF, 0xBB, 0xBF}) {
				t.Errorf("no BOM: got a BOM")
			}
			if got, want := string(with), bom+string(without); got != want {
				t.Errorf("got %q, want the file without BOM prefixed by one", got)
			}
		})
	}
}

func TestSumAndManifest(t *testing.T) {
	for _, withBOM := range []bool{false, true} {
		var buf bytes.Buffer
		w, err := NewWriter(&buf, PresetGeneric, Options{Now: now, BOM: withBOM})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items() {
			if err := w.Encode(it); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(buf.Bytes())
		since := now.Add(-24 * time.Hour)
		m := w.Manifest("queue.csv", since)
		if m.SHA256 != hex.EncodeToString(sum[:]) || w.Sum() != m.SHA256 {
			t.Errorf("bom=%v: got sha256 %s, want %x", withBOM, m.SHA256, sum)
		}
		if m.Bytes != int64(buf.Len()) {
			t.Errorf("bom=%v: got %d bytes, want %d", withBOM, m.Bytes, buf.Len())
		}
		want := map[string]int{"open": 2, "answered": 1, "wont_respond": 1, "expired": 1}
		for s, n := range want {
			if m.States[s] != n {
				t.Errorf("states[%s]: got %d, want %d", s, m.States[s], n)
			}
		}
		if m.Rows != 5 || m.Overdue != 1 || m.Preset != PresetGeneric || m.File != "queue.csv" || !m.Since.Equal(since) || !m.Created.Equal(now) {
			t.Errorf("got %+v, want 5 rows, 1 overdue, generic, queue.csv, since %v, created %v", m, since, now)
		}
	}
	w, _ := NewWriter(&bytes.Buffer{}, PresetHubSpot, Options{})
	_ = w.Close()
	if m := w.Manifest("empty.csv", time.Time{}); m.Rows != 0 || len(m.States) != len(followup.States) || !m.Since.IsZero() {
		t.Errorf("empty: got %+v, want 0 rows and every state counted", m)
	}
}

// formulaStart reports whether a spreadsheet could read cell as a formula:
// the same test as Neutralize, written out again so the check is not the
// code it checks.
func formulaStart(cell string) bool {
	if cell == "" || cell[0] == '\'' {
		return false
	}
	if cell[0] == '\t' || cell[0] == '\r' {
		return true
	}
	rest := strings.TrimLeftFunc(cell, unicode.IsSpace)
	return rest != "" && strings.ContainsRune("=+-@", rune(rest[0]))
}

func checkNoFormula(tb testing.TB, recs [][]string) {
	tb.Helper()
	for i, rec := range recs {
		for j, c := range rec {
			if formulaStart(c) {
				tb.Errorf("row %d column %s: got %q, a formula a spreadsheet would run", i, recs[0][j], c)
			}
		}
	}
}

func TestInjectionNeutralised(t *testing.T) {
	payloads := []string{
		"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", `=HYPERLINK("http://x","y")`,
		"-2+3+cmd|' /C calc'!A0", "  =1+1", "\n@x", "\u00a0-1", "-", "+", "@", "=", "\t", "\r",
	}
	for _, preset := range Presets {
		for _, p := range payloads {
			t.Run(preset+"/"+p, func(t *testing.T) {
				it := followup.Item{
					ID: p, ThreadID: p, Brand: p, State: p, Reason: p, Source: p, Host: p, ThreadURL: p, Title: p,
					PostID: p, URL: p, Author: p, AuthorURL: p, Snippet: p, Sentiment: p, Score: -1, Intents: []string{p},
					Criticism: []followup.Evidence{{URL: p}}, Answer: &followup.Answer{Author: p, URL: p, By: p}, Note: p,
					Priority: followup.Priority{Label: p, Parts: []string{p}},
				}
				recs := parse(t, encode(t, preset, Options{Now: now, NullValue: "-"}, []followup.Item{it}))
				checkNoFormula(t, recs)
				// The payload must have reached the file, quoted, or the
				// check above proves nothing. encoding/csv with CRLF drops
				// a carriage return that is not part of a line ending.
				want := "'" + strings.ReplaceAll(p, "\r", "")
				if strings.TrimSpace(want) == "'" {
					return
				}
				if !slices.Contains(recs[1], want) {
					t.Errorf("got row %q, want a cell %q", recs[1], want)
				}
			})
		}
	}
}

func TestRoundTrip(t *testing.T) {
	texts := []string{"a,b", `say "hi"`, "line1\nline2", "crlf\r\nin cell", `"`, ",", "ünï €", "plain", "日本語"}
	for _, s := range texts {
		t.Run(s, func(t *testing.T) {
			recs := parse(t, encode(t, PresetGeneric, Options{Now: now}, []followup.Item{{ID: "x", Author: s, Title: s, Snippet: s, Note: s}}))
			// encoding/csv reads a quoted \r\n as \n, as RFC 4180 readers do.
			want := strings.ReplaceAll(s, "\r\n", "\n")
			for _, col := range []string{"author", "title", "snippet", "note"} {
				if got := column(t, recs, 1, col); got != want {
					t.Errorf("column %s: got %q, want %q", col, got, want)
				}
			}
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	got := encode(t, PresetGeneric, Options{Now: now}, []followup.Item{{ID: "x", Author: "a\xffb"}})
	if !utf8.Valid(got) {
		t.Fatalf("got invalid UTF-8 %q", got)
	}
	if a := column(t, parse(t, got), 1, "author"); a != "a\uFFFDb" {
		t.Errorf("got %q, want %q", a, "a\uFFFDb")
	}
}

func TestSalesforceLimits(t *testing.T) {
	long := strings.Repeat("é", 40000)
	it := followup.Item{ID: "x", Brand: "B", State: followup.StateOpen, Title: "=" + long, Author: "=" + long, Snippet: long}
	recs := parse(t, encode(t, PresetSalesforce, Options{Now: now}, []followup.Item{it}))
	// The subject is cut shorter, at a readable length; the others at
	// Salesforce's limit.
	limits := map[string][2]int{"Subject": {100, 255}, "SuppliedName": {78, 80}, "Description": {31998, 32000}}
	for col, lim := range limits {
		t.Run(col, func(t *testing.T) {
			c := column(t, recs, 1, col)
			if n := utf8.RuneCountInString(c); n > lim[1] || n < lim[0] {
				t.Errorf("got %d characters, want %d to %d", n, lim[0], lim[1])
			}
			if !strings.HasSuffix(c, "…") {
				t.Errorf("got %q…, want it to end in an ellipsis", c[:20])
			}
		})
	}
	if c := column(t, recs, 1, "Earshot_Snippet__c"); c != long {
		t.Errorf("custom field: got %d characters, want the snippet uncut (%d)", utf8.RuneCountInString(c), 40000)
	}
}

func TestNullValue(t *testing.T) {
	it := items()[3] // expired: no answer, no intents
	recs := parse(t, encode(t, PresetSalesforce, Options{Now: now, NullValue: "#N/A"}, []followup.Item{it}))
	tests := map[string]string{
		"Earshot_Answer_URL__c": "#N/A", "Earshot_Intent__c": "#N/A", "Earshot_Criticism_URLs__c": "#N/A",
		"Earshot_ID__c": it.ID, "Status": "Closed", "Earshot_State__c": "expired",
	}
	for col, want := range tests {
		t.Run(col, func(t *testing.T) {
			if got := column(t, recs, 1, col); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
	// Without NullValue an empty cell stays empty.
	recs = parse(t, encode(t, PresetSalesforce, Options{Now: now}, []followup.Item{it}))
	if got := column(t, recs, 1, "Earshot_Answer_URL__c"); got != "" {
		t.Errorf("no NullValue: got %q, want empty", got)
	}
}

type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestCloseReportsWriteError(t *testing.T) {
	for _, withBOM := range []bool{false, true} {
		w, err := NewWriter(failWriter{}, PresetGeneric, Options{BOM: withBOM})
		if err != nil {
			t.Fatal(err)
		}
		var encErr error
		for _, it := range items() {
			// csv.Writer buffers, so Encode may succeed; the error must
			// surface no later than Close.
			if encErr = w.Encode(it); encErr != nil {
				break
			}
		}
		if encErr != nil {
			if !errors.Is(encErr, errDiskFull) {
				t.Errorf("bom=%v: Encode: got %v, want %v", withBOM, encErr, errDiskFull)
			}
			continue
		}
		if err := w.Close(); !errors.Is(err, errDiskFull) {
			t.Errorf("bom=%v: Close: got %v, want %v", withBOM, err, errDiskFull)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"ünïcödé text", 6, "ünïcö…"},
		{"word    gap", 6, "word…"},
		{"abc", 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := truncate(tt.in, tt.n); got != tt.want {
				t.Errorf("truncate(%q, %d): got %q, want %q", tt.in, tt.n, got, tt.want)
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
		{"#N/A", "#N/A"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Neutralize(tt.in); got != tt.want {
				t.Errorf("Neutralize(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
