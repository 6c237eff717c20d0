package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/demo"
	"github.com/earshot-dev/earshot/followup"
)

var (
	hexID  = regexp.MustCompile(`\b[0-9a-f]{32}\b`)
	itemID = regexp.MustCompile(`\bfu-[0-9a-f]{16}\b`)
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// testNow is after every sample post, so the demo's unanswered criticism is
// past its SLA.
var testNow = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// cli runs the whole program in-process, as a user would from a shell.
func cli(tb testing.TB, args ...string) (stdout, stderr string, code int) {
	tb.Helper()
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" }, now: func() time.Time { return testNow }}
	code = a.main(context.Background(), args)
	return out.String(), errb.String(), code
}

func mustCode(tb testing.TB, want int, args ...string) string {
	tb.Helper()
	out, errOut, code := cli(tb, args...)
	if code != want {
		tb.Fatalf("earshot %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, out, errOut)
	}
	return out
}

// startDemo serves the sample web and writes its config into a temp dir.
func startDemo(tb testing.TB) (conf string, site *demo.Site) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	site, err := demo.Start(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { cancel(); site.Close() })
	dir := tb.TempDir()
	conf = filepath.Join(dir, "earshot.yaml")
	if err := os.WriteFile(conf, demo.Config(site.URL(), filepath.Join(dir, "data")), 0o644); err != nil {
		tb.Fatal(err)
	}
	return conf, site
}

func followups(tb testing.TB, conf, state string) []followup.Item {
	tb.Helper()
	out := mustCode(tb, exitOK, "followups", "--config", conf, "--json", "--state", state)
	var items []followup.Item
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		tb.Fatalf("followups --json: %v\n%s", err, out)
	}
	return items
}

// queueLines renders a queue without the things that change per run (the
// sample web's port), for golden comparison.
func queueLines(items []followup.Item, base string) string {
	var b strings.Builder
	for _, it := range items {
		answer := ""
		if it.Answer != nil {
			answer = it.Answer.Author + " " + it.Answer.URL
		}
		var hist []string
		for _, c := range it.History {
			hist = append(hist, c.At.UTC().Format("01-02T15:04")+" "+c.To+" ("+c.Cause+")")
		}
		line := fmt.Sprintf("%s\toverdue=%v\tP%d %s\t%s\t%s\t%s\t%d criticism\t%s\n\t%s\n", it.State, it.Overdue,
			it.Priority.Score, it.Priority.Label, it.Source, it.Author, it.URL, len(it.Criticism), answer, strings.Join(hist, "\n\t"))
		b.WriteString(strings.ReplaceAll(line, base, "BASE"))
	}
	return b.String()
}

func golden(tb testing.TB, name, got string) {
	tb.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		tb.Errorf("%s differs from the golden file (go test -update rewrites it)\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// TestDemoPipeline runs the demo's sources through the whole pipeline and
// checks the queue and the CSV it must produce.
func TestDemoPipeline(t *testing.T) {
	conf, site := startDemo(t)
	out := mustCode(t, exitOK, "ingest", "--config", conf)
	if !strings.Contains(out, "3 fetched") {
		t.Errorf("ingest summary: got\n%s\nwant 3 sources fetched", out)
	}

	all := followups(t, conf, "all")
	golden(t, "demo-queue.txt", queueLines(all, site.URL()))

	byAuthor := map[string][]followup.Item{}
	for _, it := range all {
		byAuthor[it.Author] = append(byAuthor[it.Author], it)
	}
	// The forum thread the brand's own account answered, and where new
	// criticism came after the answer: open again, the answer in its history.
	if its := byAuthor["nina_automates"]; len(its) != 1 || its[0].State != followup.StateOpen || len(its[0].History) != 3 ||
		its[0].History[1].To != followup.StateAnswered || !strings.HasSuffix(its[0].History[1].URL, "/forum/t/101#post-3") ||
		its[0].History[1].Cause != "answered by LoquatSupport" || !strings.Contains(its[0].History[2].Cause, "new criticism by nina_automates") {
		t.Errorf("forum thread 101: got %+v, want reopened after LoquatSupport's answer", its)
	}
	// A blog comment answered by the brand (known by its e-mail domain).
	if its := byAuthor["Dana Whitfield"]; len(its) != 1 || its[0].State != followup.StateAnswered || its[0].Answer == nil ||
		!strings.HasSuffix(its[0].Answer.URL, "#comment-357") {
		t.Errorf("Dana Whitfield: got %+v, want answered with the brand's comment as evidence", its)
	}
	// A look-alike account (LoquatSupp0rt) replied: still unanswered.
	if its := byAuthor["sparky_dee"]; len(its) != 1 || its[0].State != followup.StateOpen || !its[0].Overdue {
		t.Errorf("sparky_dee: got %+v, want one overdue open item", its)
	}
	// Posts about the fruit never enter the queue.
	for _, it := range all {
		if strings.Contains(it.URL, "loquat-tree") || strings.Contains(it.URL, "/t/105") {
			t.Errorf("fruit post in the queue: %+v", it)
		}
	}

	// Each preset's file for the demo queue, against its golden file. Item
	// and post IDs hash URLs that hold the sample web's random port.
	dir := t.TempDir()
	for _, preset := range []string{"generic", "hubspot", "salesforce"} {
		csvPath := filepath.Join(dir, "out", preset+".csv")
		mustCode(t, exitOK, "export", "--config", conf, "--preset", preset, "--out", csvPath)
		data, err := os.ReadFile(csvPath)
		if err != nil {
			t.Fatal(err)
		}
		norm := strings.ReplaceAll(string(data), site.URL(), "BASE")
		norm = itemID.ReplaceAllString(hexID.ReplaceAllString(norm, "ID"), "fu-ID")
		golden(t, "demo-export-"+preset+".csv", norm)
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("%s export is not valid CSV: %v", preset, err)
		}
		if got, want := len(recs)-1, len(all); got != want {
			t.Errorf("%s CSV rows: got %d, want %d (every item)", preset, got, want)
		}
		var m struct {
			Rows   int    `json:"rows"`
			SHA256 string `json:"sha256"`
		}
		raw, err := os.ReadFile(csvPath + ".manifest.json")
		if err != nil || json.Unmarshal(raw, &m) != nil {
			t.Fatalf("%s manifest: %v\n%s", preset, err, raw)
		}
		if sum := sha256.Sum256(data); m.SHA256 != hex.EncodeToString(sum[:]) || m.Rows != len(all) {
			t.Errorf("%s manifest: got %+v, want the file's SHA-256 and %d rows", preset, m, len(all))
		}
	}
}

// TestIngestIdempotent ingests the same sources twice: the second run costs
// 304s, changes no document, and leaves the same queue.
func TestIngestIdempotent(t *testing.T) {
	conf, _ := startDemo(t)
	mustCode(t, exitOK, "ingest", "--config", conf)
	first := mustCode(t, exitOK, "search", "--config", conf, "--json", "--limit", "1000", "--sort", "newest")
	q1 := followups(t, conf, "all")

	out := mustCode(t, exitOK, "ingest", "--config", conf)
	if !strings.Contains(out, "0 new, 0 updated") {
		t.Errorf("second ingest: got\n%s\nwant 0 new, 0 updated", out)
	}
	second := mustCode(t, exitOK, "search", "--config", conf, "--json", "--limit", "1000", "--sort", "newest")
	if stripTook(first) != stripTook(second) {
		t.Errorf("documents changed on re-ingest")
	}
	if q2 := followups(t, conf, "all"); !slices.EqualFunc(q1, q2, func(a, b followup.Item) bool { return a.ID == b.ID && a.State == b.State }) {
		t.Errorf("queue changed on re-ingest: %d -> %d items", len(q1), len(q2))
	}
}

func stripTook(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if !strings.Contains(l, `"took_ms"`) {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// TestIngestPartialFailure: a broken feed beside a good one. The good one is
// indexed, the failure names the source and URL, and the exit code is 1.
func TestIngestPartialFailure(t *testing.T) {
	good := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title>
<item><title>Acme blender is broken</title><link>http://good.example/1</link><guid>http://good.example/1</guid>
<description>My Acme blender broke after a week. Terrible, useless product.</description>
<pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>`)
	}))
	defer good.Close()
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body>not a feed</body></html>`)
	}))
	defer bad.Close()
	dir := t.TempDir()
	conf := filepath.Join(dir, "earshot.yaml")
	writeFile(t, conf, fmt.Sprintf(`brands:
  - name: Acme
sources:
  - name: good
    type: feed
    url: %s/feed
  - name: broken
    type: feed
    url: %s/feed
crawl:
  allow_private: true
  delay: 0s
index:
  path: data
`, good.URL, bad.URL))
	out, errOut, code := cli(t, "ingest", "--config", conf)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d\n%s\n%s", code, exitFailed, out, errOut)
	}
	if !strings.Contains(out, "failed:  broken ("+bad.URL+"/feed)") {
		t.Errorf("summary does not name the failed source and URL:\n%s", out)
	}
	if !strings.Contains(errOut, "source=broken") {
		t.Errorf("log does not name the failed source:\n%s", errOut)
	}
	res := mustCode(t, exitOK, "search", "--config", conf, "blender")
	if !strings.Contains(res, "Acme blender is broken") {
		t.Errorf("good source not indexed; search says:\n%s", res)
	}
	if items := followups(t, conf, "overdue"); len(items) != 1 || items[0].Source != "good" {
		t.Errorf("overdue: got %+v, want the one Acme complaint", items)
	}
}

func writeFile(tb testing.TB, path, data string) {
	tb.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		tb.Fatal(err)
	}
}

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "earshot.yaml")
	mustCode(t, exitOK, "init", conf)
	if out := mustCode(t, exitOK, "config", "check", "--config", conf); !strings.Contains(out, "ok") {
		t.Errorf("config check of the template: got %q", out)
	}
	if _, errOut, code := cli(t, "init", conf); code != exitUsage || !strings.Contains(errOut, "--force") {
		t.Errorf("init over an existing file: exit %d, stderr %q; want 2 and a hint about --force", code, errOut)
	}

	bad := filepath.Join(dir, "bad.yaml")
	writeFile(t, bad, `brands:
  - name: Acme
sourcs:
  - type: feed
sources:
  - type: feed
    url: ftp://example.com/feed
    schedule: "every tuesday"
`)
	_, errOut, code := cli(t, "config", "check", "--config", bad)
	if code != exitUsage {
		t.Fatalf("config check of a bad file: exit %d, want %d\n%s", code, exitUsage, errOut)
	}
	for _, want := range []string{bad + ":3: sourcs", bad + ":7: sources[0].url", bad + ":8: sources[0].schedule"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("config check output lacks %q:\n%s", want, errOut)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{},
		{"nosuchcommand"},
		{"search", "--limit", "0", "x"},
		{"search", "--sort", "sideways", "x"},
		{"export", "--format", "xlsx"},
		{"followups", "--state", "maybe"},
		{"ingest", "--log-format", "xml"},
		{"ingest", "--config", "/nonexistent/earshot.yaml"},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			if _, _, code := cli(t, args...); code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
		})
	}
}

func TestSearchOutput(t *testing.T) {
	conf, _ := startDemo(t)
	mustCode(t, exitOK, "ingest", "--config", conf)
	out := mustCode(t, exitOK, "search", "--config", conf, "firmware", "--sort", "newest")
	for _, want := range []string{"**firmware**", "sentiment:", "source:", "month:", "warm-circuits-blog"} {
		if !strings.Contains(out, want) {
			t.Errorf("search output lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := cli(t, "search", "--config", conf, `"unterminated`); code != exitUsage {
		t.Errorf("bad query: exit %d, want %d", code, exitUsage)
	}
}

// TestInterruptedIngest cancels an ingest (as SIGINT does) while one source
// hangs and another is being indexed: the command fails, the index it leaves
// opens and answers, and the next ingest completes with every post once.
func TestInterruptedIngest(t *testing.T) {
	const items = 1200
	var feed strings.Builder
	feed.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>`)
	for i := range items {
		fmt.Fprintf(&feed, `<item><title>Acme post %d</title><link>http://big.example/%d</link><description>Acme kettle number %d works.</description></item>`, i, i, i)
	}
	feed.WriteString(`</channel></rss>`)
	big := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"big"`)
		if r.Header.Get("If-None-Match") == `"big"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, feed.String())
	}))
	defer big.Close()
	ctx, cancel := context.WithCancel(context.Background())
	hung := make(chan struct{}, 1)
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case hung <- struct{}{}:
		default:
		}
		<-r.Context().Done()
	}))
	defer hang.Close()
	dir := t.TempDir()
	conf := filepath.Join(dir, "earshot.yaml")
	body := `brands:
  - name: Acme
sources:
  - name: big
    type: feed
    url: %s/feed
  - name: hang
    type: feed
    url: %s/feed
crawl:
  allow_private: true
  delay: 0s
index:
  path: data
`
	writeFile(t, conf, fmt.Sprintf(body, big.URL, hang.URL))

	var out, errb bytes.Buffer
	a := &app{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, now: func() time.Time { return testNow }}
	done := make(chan int)
	go func() { done <- a.main(ctx, []string{"ingest", "--config", conf}) }()
	<-hung
	cancel()
	select {
	case code := <-done:
		if code != exitFailed {
			t.Errorf("interrupted ingest: exit %d, want %d", code, exitFailed)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ingest did not stop within 10s of cancellation")
	}
	mustCode(t, exitOK, "search", "--config", conf, "kettle")

	writeFile(t, conf, fmt.Sprintf(strings.Replace(body, "  - name: hang\n    type: feed\n    url: %s/feed\n", "", 1), big.URL))
	mustCode(t, exitOK, "ingest", "--config", conf)
	res := mustCode(t, exitOK, "search", "--config", conf, "--json", "--limit", "1", "kettle")
	var r struct{ Total int }
	if err := json.Unmarshal([]byte(res), &r); err != nil {
		t.Fatal(err)
	}
	if r.Total != items {
		t.Errorf("after a completed ingest: got %d posts, want %d", r.Total, items)
	}
}

// TestServeSchedules runs `earshot serve` with a one-second schedule until it
// has ingested the demo, then stops it as SIGTERM would.
func TestServeSchedules(t *testing.T) {
	conf, _ := startDemo(t)
	data, err := os.ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.ReplaceAll(data, []byte("    type: feed\n"), []byte("    type: feed\n    schedule: \"@every 1s\"\n"))
	writeFile(t, conf, string(data))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb bytes.Buffer
	a := &app{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, now: func() time.Time { return testNow }}
	done := make(chan int)
	go func() { done <- a.main(ctx, []string{"serve", "--config", conf, "--log-format", "json"}) }()
	deadline := time.After(20 * time.Second)
	for {
		if out, _, code := cli(t, "search", "--config", conf, "firmware"); code == exitOK && strings.Contains(out, "bricking") {
			break
		}
		select {
		case <-deadline:
			cancel()
			t.Fatalf("serve did not ingest within 20s\n%s", errb.String())
		case <-time.After(500 * time.Millisecond):
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve: exit %d, want 0\n%s", code, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10s")
	}
}

func copyFile(tb testing.TB, from, to string) {
	tb.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		tb.Fatal(err)
	}
	writeFile(tb, to, string(data))
}

// TestEval runs `earshot eval` over tiny labelled files whose figures are
// known by hand, so the numbers printed must come from the data pointed at.
func TestEval(t *testing.T) {
	src := filepath.Join("..", "..", "eval", "testdata")
	dir := t.TempDir()
	copyFile(t, filepath.Join(src, "sentiment", "tweets_GroundTruth.txt"), filepath.Join(dir, "sentiment", "tweets_GroundTruth.txt"))
	copyFile(t, filepath.Join(src, "sentiment", "uci", "yelp_labelled.txt"), filepath.Join(dir, "sentiment", "uci", "yelp_labelled.txt"))
	copyFile(t, filepath.Join(src, "complaint", "sentiment", "complaints-dev.csv"), filepath.Join(dir, "sentiment", "complaints-dev.csv"))
	out := strings.Join(strings.Fields(mustCode(t, exitOK, "eval", "classify", "--data", dir)), " ")
	for _, want := range []string{
		"| VADER (govader) | 4 | 0.750 |", // 3 of 4 tweets, counted by hand
		"| VADER (govader) | 4 | 0.500 |", // 2 of 4 yelp sentences
		"| negative sentiment (VADER) = complaint | 8 | 0.667 | 0.500 | 0.571 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval classify output lacks %q:\n%s", want, out)
		}
	}
	if _, errOut, code := cli(t, "eval", "classify", "--data", t.TempDir()); code != exitFailed || !strings.Contains(errOut, "no labelled data") {
		t.Errorf("eval over an empty dir: exit %d, stderr %q; want 1 and a message", code, errOut)
	}
	// A held-out corpus in either format alone is enough, and the model
	// earshot ships is scored on it.
	news := t.TempDir()
	writeFile(t, filepath.Join(news, "editorials_GroundTruth.txt"), "1\t-1.5\tThe council has failed the city again.\n2\t1.2\tA fine and generous decision.\n")
	out = strings.Join(strings.Fields(mustCode(t, exitOK, "eval", "classify", "--data", news)), " ")
	if !strings.Contains(out, "Sentiment: editorials") || !strings.Contains(out, "| earshot, committed weights (never trained on this file) | 2 |") {
		t.Errorf("eval over a held-out sentiment file: want its table with the committed weights' row, got:\n%s", out)
	}
	tickets := t.TempDir()
	copyFile(t, filepath.Join(src, "complaint", "sentiment", "complaints-dev.csv"), filepath.Join(tickets, "complaints-other.csv"))
	out = strings.Join(strings.Fields(mustCode(t, exitOK, "eval", "classify", "--data", tickets)), " ")
	if !strings.Contains(out, "Complaint detection: complaints-other") || !strings.Contains(out, "| earshot, committed model (never trained on this file) | 8 |") {
		t.Errorf("eval over a held-out complaint file: want its table with the committed model's row, got:\n%s", out)
	}
	if _, _, code := cli(t, "eval", "extract", "--layers", "magic"); code != exitUsage {
		t.Errorf("eval --layers magic: exit %d, want %d", code, exitUsage)
	}
	if _, _, code := cli(t, "eval", "sideways"); code != exitUsage {
		t.Errorf("eval sideways: exit %d, want %d", code, exitUsage)
	}
}

func TestClassifyCommand(t *testing.T) {
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader("Loquat support never answered and my refund is still missing. Switching to Medlar.\n\nI made loquat jam with apple pie spice.\n"),
		stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, now: func() time.Time { return testNow }}
	if code := a.main(context.Background(), []string{"classify", "--json", "--brand", "Loquat", "--config", "/nonexistent.yaml"}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2 (the blank input line is skipped):\n%s", len(lines), out.String())
	}
	var first struct {
		Language  string
		Complaint bool
		Intents   []string
		Brands    []struct {
			Brand     string
			Mentioned bool
			Criticism bool
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Language != "en" || !first.Complaint || !slices.Contains(first.Intents, "churn") ||
		len(first.Brands) != 1 || !first.Brands[0].Mentioned || !first.Brands[0].Criticism {
		t.Errorf("first line: got %+v, want English, a complaint with churn intent, criticising Loquat", first)
	}

	out.Reset()
	a.stdin = strings.NewReader("id\tLoquat Hearth is brilliant\n")
	if code := a.main(context.Background(), []string{"classify", "--json", "--brand", "Loquat", "--tsv", "2", "--config", "/nonexistent.yaml"}); code != exitOK {
		t.Fatalf("--tsv: exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"text":"Loquat Hearth is brilliant"`) || !strings.Contains(out.String(), `"sentiment":"positive"`) {
		t.Errorf("--tsv 2: got %s", out.String())
	}
}

// TestClassifyReadable checks the default output, a line per text for
// people: the figures, the brand's verdict, the terms, and the text with
// its control characters removed.
func TestClassifyReadable(t *testing.T) {
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader("Loquat support never answered and my refund is still missing. Switching to Medlar.\n" +
		"Estoy muy contento con mi Loquat\n" +
		"Loquat Hearth is brilliant \x1b[31mthanks\n"),
		stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, now: func() time.Time { return testNow }}
	if code := a.main(context.Background(), []string{"classify", "--brand", "Loquat", "--config", "/nonexistent.yaml"}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out.String())
	}
	for i, want := range [][]string{
		{"negative -", "complaint 0.", "intents complaint,churn", "Loquat: criticism, negative", "never answered", `"Loquat support never answered`},
		{"unscored (language es)", `"Estoy muy contento con mi Loquat"`},
		{"positive +", "no complaint", "Loquat: positive +", "brilliant"},
	} {
		for _, w := range want {
			if !strings.Contains(lines[i], w) {
				t.Errorf("line %d = %q, want it to contain %q", i+1, lines[i], w)
			}
		}
	}
	if strings.Contains(out.String(), "\x1b") {
		t.Errorf("an escape sequence from the input reached the terminal: %q", out.String())
	}
}

func TestInspect(t *testing.T) {
	page := filepath.Join("..", "..", "extract", "testdata", "page", "blog-with-comments.html")
	out := mustCode(t, exitOK, "inspect", "--json", "--url", "https://blog.example/hearth-review/", page)
	var p struct {
		Kind, Title, Method string
		Posts               []struct {
			Author string
			Parent int
		}
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if p.Kind != "thread" || p.Title != "A week with the Loquat Hearth" || len(p.Posts) != 4 || p.Posts[2].Parent != 1 {
		t.Errorf("inspect: got %+v, want a thread of the article and 3 comments, the third answering the first", p)
	}

	// A feed fetched over HTTP; loopback needs --allow-private.
	conf, site := startDemo(t)
	_ = conf
	if _, _, code := cli(t, "inspect", site.URL()+"/forum/feed.atom"); code != exitFailed {
		t.Errorf("inspect of a loopback URL without --allow-private: exit %d, want %d", code, exitFailed)
	}
	out = mustCode(t, exitOK, "inspect", "--allow-private", site.URL()+"/forum/feed.atom")
	if !strings.HasPrefix(out, "feed  ") || !strings.Contains(out, "by sparky_dee") || !strings.Contains(out, "Third time this month") {
		t.Errorf("inspect feed: got\n%s", out)
	}
	if _, _, code := cli(t, "inspect", filepath.Join(t.TempDir(), "missing.html")); code != exitFailed {
		t.Errorf("inspect of a missing file: exit %d, want %d", code, exitFailed)
	}
}
