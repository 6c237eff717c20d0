package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/demo"
	"github.com/earshot-dev/earshot/followup"
)

// summary renders what a person sees of a queue: which item is in which
// state, why, and since when, without the fields that depend on the clock.
func summary(items []followup.Item) []string {
	var out []string
	for _, it := range items {
		var h []string
		for _, c := range it.History {
			h = append(h, c.At.String()+" "+c.To+" "+c.Cause+" "+c.URL)
		}
		out = append(out, strings.Join([]string{it.ID, it.State, it.PostID, it.Reason, strings.Join(h, "; ")}, " | "))
	}
	return out
}

// TestFollowupConfigChange: the queue after adding an account (or changing
// the SLA) to an existing index is the queue of an index built with that
// config from the start.
func TestFollowupConfigChange(t *testing.T) {
	conf, site := startDemo(t)
	orig, err := os.ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	// Start without the forum account and with a one-day SLA.
	before := strings.Replace(string(orig), "[LoquatSupport]", "[]", 1)
	before = strings.Replace(before, "after: 4h", "after: 1d", 1)
	if before == string(orig) {
		t.Fatal("the demo config no longer has the lines this test edits")
	}
	if err := os.WriteFile(conf, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitOK, "ingest", "--config", conf)
	first := followups(t, conf, "all")
	if err := os.WriteFile(conf, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	changed := summary(followups(t, conf, "all"))

	fresh := filepath.Join(t.TempDir(), "earshot.yaml")
	if err := os.WriteFile(fresh, demo.Config(site.URL(), filepath.Join(filepath.Dir(fresh), "data")), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitOK, "ingest", "--config", fresh)
	always := summary(followups(t, fresh, "all"))
	if !slices.Equal(changed, always) {
		t.Errorf("queue after the config change:\n%s\nwant the queue of the new config from the start:\n%s",
			strings.Join(changed, "\n"), strings.Join(always, "\n"))
	}
	if slices.Equal(summary(first), always) {
		t.Error("the account and SLA made no difference to the queue: this test proves nothing")
	}
}

// TestFollowupDecisions: a person dismisses, reopens and marks answered; each
// decision is recorded in the item's history with the note and who made it.
func TestFollowupDecisions(t *testing.T) {
	conf, _ := startDemo(t)
	mustCode(t, exitOK, "ingest", "--config", conf)
	var target followup.Item
	for _, it := range followups(t, conf, "open") {
		if it.Author == "sparky_dee" {
			target = it
		}
	}
	if target.ID == "" {
		t.Fatal("no open item by sparky_dee in the demo")
	}
	short := shortID(target.ID)

	// Bad input: exit 2 with a reason, nothing recorded.
	for _, args := range [][]string{
		{"followup", "dismiss", short},          // no note
		{"followup", "close", short},            // unknown action
		{"followup", "answer", "fu-0000000000"}, // unknown item
		{"followup", "reopen", short},           // already open
		{"followup", "answer"},                  // no ID
	} {
		_, errOut, code := cli(t, append(args, "--config", conf)...)
		if code != exitUsage || errOut == "" {
			t.Errorf("earshot %s: got exit %d (%q), want 2 with a message", strings.Join(args, " "), code, errOut)
		}
	}

	steps := []struct {
		args  []string
		state string
		cause string
	}{
		{[]string{"dismiss", short, "--note", "a reseller, not a customer", "--by", "ana"}, followup.StateWontRespond, "dismissed by ana: a reseller, not a customer"},
		{[]string{"reopen", target.ID, "--note", "he is a customer after all", "--by", "ana"}, followup.StateOpen, "reopened by ana: he is a customer after all"},
		{[]string{"answer", short[3:], "--note", "called him", "--by", "ben"}, followup.StateAnswered, "marked answered by ben: called him"},
	}
	for _, s := range steps {
		out := mustCode(t, exitOK, append(append([]string{"followup"}, s.args...), "--config", conf)...)
		if !strings.Contains(out, s.state) {
			t.Errorf("followup %s: got %q, want the new state %s", s.args[0], out, s.state)
		}
		var got followup.Item
		for _, it := range followups(t, conf, "all") {
			if it.ID == target.ID {
				got = it
			}
		}
		if last := got.History[len(got.History)-1]; got.State != s.state || last.Cause != s.cause {
			t.Errorf("after %s: got %s (%q), want %s (%q)", s.args[0], got.State, last.Cause, s.state, s.cause)
		}
		target = got
	}
	// All three decisions were made in the same (test) instant; none may
	// overwrite another.
	var tail []string
	for _, c := range target.History[len(target.History)-3:] {
		tail = append(tail, c.To)
	}
	if strings.Join(tail, ">") != "wont_respond>open>answered" {
		t.Errorf("got history %+v, want the three decisions in order", target.History)
	}
}

// failingWriter takes n bytes, then fails: a pipe that broke, a disk that
// filled, a process killed half-way through writing the export.
type failingWriter struct {
	n   int
	buf bytes.Buffer
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.n {
		k := w.n - w.buf.Len()
		w.buf.Write(p[:k])
		return k, errors.New("write: no space left on device")
	}
	return w.buf.Write(p)
}

func csvIDs(tb testing.TB, data string) []string {
	tb.Helper()
	recs, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		tb.Fatalf("not CSV: %v\n%s", err, data)
	}
	var ids []string
	for _, r := range recs[1:] {
		ids = append(ids, r[0])
	}
	slices.Sort(ids)
	return ids
}

// TestExportSinceLast: an incremental export sends what changed since the
// last complete one; an export that dies half-way does not advance the
// cursor, so the next one re-sends exactly the rows that were missed.
func TestExportSinceLast(t *testing.T) {
	conf, _ := startDemo(t)
	mustCode(t, exitOK, "ingest", "--config", conf)
	all := followups(t, conf, "all")
	exp := func(args ...string) string {
		t.Helper()
		return mustCode(t, exitOK, append([]string{"export", "--config", conf, "--preset", "hubspot", "--since-last"}, args...)...)
	}
	if got := csvIDs(t, exp()); len(got) != len(all) {
		t.Fatalf("first --since-last: got %d rows, want all %d", len(got), len(all))
	}
	if got := csvIDs(t, exp()); len(got) != 0 {
		t.Fatalf("second --since-last with no change: got rows %v, want none (a header only)", got)
	}
	// Another preset has its own cursor.
	if out := mustCode(t, exitOK, "export", "--config", conf, "--preset", "salesforce", "--since-last"); len(csvIDs(t, out)) != len(all) {
		t.Errorf("salesforce after hubspot: got %d rows, want all %d", len(csvIDs(t, out)), len(all))
	}

	// Two items change.
	var changed []string
	for _, it := range all {
		if it.State == followup.StateOpen && len(changed) < 2 {
			changed = append(changed, it.ID)
			mustCode(t, exitOK, "followup", "dismiss", it.ID, "--note", "handled by phone", "--config", conf)
		}
	}
	slices.Sort(changed)

	// The export dies after 300 bytes: exit 1, and the cursor stays.
	w := &failingWriter{n: 300}
	var errb bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: w, stderr: &errb, getenv: func(string) string { return "" }, now: func() time.Time { return testNow }}
	if code := a.main(context.Background(), []string{"export", "--config", conf, "--preset", "hubspot", "--since-last"}); code != exitFailed {
		t.Fatalf("export into a failing writer: exit %d, want 1 (stderr %q)", code, errb.String())
	}
	if got := csvIDs(t, exp()); !slices.Equal(got, changed) {
		t.Errorf("after the failed export: got rows %v, want exactly the changed items %v", got, changed)
	}
	if got := csvIDs(t, exp()); len(got) != 0 {
		t.Errorf("after the complete export: got rows %v, want none", got)
	}

	// With --out, a failure leaves neither a half file nor a moved cursor.
	mustCode(t, exitOK, "followup", "reopen", changed[0], "--config", conf)
	dir := t.TempDir()
	blocker := filepath.Join(dir, "blocker")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, code := cli(t, "export", "--config", conf, "--preset", "hubspot", "--since-last", "--out", filepath.Join(blocker, "x.csv")); code != exitFailed {
		t.Errorf("export to an impossible path: exit %d, want 1", code)
	}
	out := filepath.Join(dir, "tickets.csv")
	mustCode(t, exitOK, "export", "--config", conf, "--preset", "hubspot", "--since-last", "--bom", "--out", out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("--bom: the file does not start with a UTF-8 byte order mark")
	}
	if got := csvIDs(t, strings.TrimPrefix(string(data), "\uFEFF")); !slices.Equal(got, changed[:1]) {
		t.Errorf("after reopening one item: got rows %v, want %v", got, changed[:1])
	}
}

// TestExportNeutralises ingests a feed whose author, title and text try to
// be spreadsheet formulas; no cell of any preset may start with one.
func TestExportNeutralises(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title>`)
		for i, evil := range []string{`=HYPERLINK("http://evil.example","click")`, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTAB", "\rCR"} {
			fmt.Fprintf(w, `<item><title><![CDATA[%s Acme]]></title><link>%s/%d</link><guid>%s/%d</guid><dc:creator><![CDATA[%s]]></dc:creator>
<description><![CDATA[%s The Acme blender broke after a week, terrible product, I want a refund.]]></description><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>`,
				evil, "http://"+r.Host, i, "http://"+r.Host, i, evil, evil)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	conf := filepath.Join(dir, "earshot.yaml")
	cfgText := fmt.Sprintf("brands: [{name: Acme}]\nsources: [{name: evil, type: feed, url: %q}]\ncrawl: {allow_private: true, delay: 0s}\nindex: {path: %q}\n",
		srv.URL+"/feed", filepath.Join(dir, "data"))
	if err := os.WriteFile(conf, []byte(cfgText), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitOK, "ingest", "--config", conf)
	if n := len(followups(t, conf, "all")); n != 6 {
		t.Fatalf("got %d items, want the 6 hostile posts queued", n)
	}
	for _, preset := range []string{"generic", "hubspot", "salesforce"} {
		out := mustCode(t, exitOK, "export", "--config", conf, "--preset", preset)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", preset, err)
		}
		for _, r := range recs {
			for _, cell := range r {
				if trimmed := strings.TrimLeft(cell, " "); cell != "" && (strings.ContainsRune("=+-@\t\r", rune(cell[0])) ||
					(trimmed != "" && strings.ContainsRune("=+-@", rune(trimmed[0])))) {
					t.Errorf("%s: cell %q is not neutralised", preset, cell)
				}
			}
		}
		if !strings.Contains(out, `'=HYPERLINK`) {
			t.Errorf("%s: got no neutralised formula in\n%s", preset, out)
		}
	}
}

// TestIngestRecheck: `ingest --recheck` reads only the sources whose open
// threads are due, and refuses --source beside it.
func TestIngestRecheck(t *testing.T) {
	conf, _ := startDemo(t)
	mustCode(t, exitOK, "ingest", "--config", conf)
	// Every demo item opened days before testNow and was never re-fetched
	// by the back-off: the forum, blog and news feeds all have one due.
	out := mustCode(t, exitOK, "ingest", "--recheck", "--config", conf)
	if !strings.Contains(out, "recheck: 4 open thread(s) fetched again") || !strings.Contains(out, "3 fetched") {
		t.Errorf("first recheck: got\n%s\nwant the 4 open threads of 3 sources fetched again", out)
	}
	out = mustCode(t, exitOK, "ingest", "--recheck", "--config", conf)
	if strings.Contains(out, "recheck:") || !strings.Contains(out, "of 0") {
		t.Errorf("second recheck at the same time: got\n%s\nwant no source read", out)
	}
	if _, errOut, code := cli(t, "ingest", "--recheck", "--source", "gadget-wire-news", "--config", conf); code != exitUsage {
		t.Errorf("--recheck --source: exit %d (%s), want 2", code, errOut)
	}
}

func TestFollowupsBrandFilter(t *testing.T) {
	conf, _ := startDemo(t)
	mustCode(t, exitOK, "ingest", "--config", conf)
	all := followups(t, conf, "all")
	out := mustCode(t, exitOK, "followups", "--config", conf, "--json", "--state", "all", "--brand", "loquat")
	var mine []followup.Item
	if err := json.Unmarshal([]byte(out), &mine); err != nil || len(mine) != len(all) || len(all) == 0 {
		t.Errorf("--brand loquat: got %d items (%v), want all %d of the demo's one brand", len(mine), err, len(all))
	}
	for _, cmd := range [][]string{{"followups"}, {"export"}} {
		_, errOut, code := cli(t, append(cmd, "--config", conf, "--brand", "Medlar")...)
		if code != exitUsage || !strings.Contains(errOut, "Loquat") {
			t.Errorf("%s --brand Medlar: exit %d (%q), want 2 naming the config's brands", cmd[0], code, errOut)
		}
	}
}
