package eval

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/internal/shareddata"
	"github.com/earshot-dev/earshot/post"
)

func sentimentSharedData(tb testing.TB) string {
	tb.Helper()
	return shareddata.Dir(tb, "sentiment/tweets_GroundTruth.txt")
}

// tableRow returns the cells of the row named name in the table titled
// with prefix title, or nil.
func tableRow(out, title, name string) []string {
	_, section, ok := strings.Cut(out, "Sentiment: "+title+" ")
	if !ok {
		return nil
	}
	if i := strings.Index(section, "\nSentiment"); i >= 0 { // the next set's table, or the summary
		section = section[:i]
	}
	return namedRow(section, name)
}

// summaryRow returns the cells of set's row in the sentiment summary of
// out, from the set's name on, or nil.
func summaryRow(out, set string) []string {
	_, section, ok := strings.Cut(out, "Sentiment summary")
	if !ok {
		return nil
	}
	return namedRow(section, set)
}

// namedRow returns the cells, trimmed, of the first Markdown table row in
// section whose first cell is name, from that cell on, or nil.
func namedRow(section, name string) []string {
	for line := range strings.SplitSeq(section, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 {
			continue
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if cells[1] == name {
			return cells[1 : len(cells)-1]
		}
	}
	return nil
}

// checkSummary checks set's summary row against its own table: the
// earshot figure is the weighted F1 of the row it says it was scored by,
// and the VADER and rules-only figures and the difference agree.
func checkSummary(t *testing.T, out, set, scoredBy, row string) {
	t.Helper()
	sum := summaryRow(out, set)
	own, vader, rules := tableRow(out, set, row), tableRow(out, set, "VADER (govader)"), tableRow(out, set, "earshot, rules only (no learning)")
	if len(sum) != 7 || len(own) < 5 || len(vader) < 5 || len(rules) < 5 {
		t.Fatalf("%s: summary row %q, table rows %q %q %q", set, sum, own, vader, rules)
	}
	e, _ := strconv.ParseFloat(sum[2], 64)
	v, _ := strconv.ParseFloat(sum[5], 64)
	if sum[2] != own[4] || sum[3] != scoredBy || sum[4] != rules[4] || sum[5] != vader[4] || sum[6] != fmt.Sprintf("%+.3f", e-v) {
		t.Errorf("%s: summary row %q; want earshot %s scored by %s, rules only %s, VADER %s and their difference",
			set, sum, own[4], scoredBy, rules[4], vader[4])
	}
}

// TestSentimentFromData checks that the figures come from the files pointed
// at: the tiny sets in testdata have accuracies worked out by hand.
func TestSentimentFromData(t *testing.T) {
	var buf bytes.Buffer
	if err := Sentiment("testdata/sentiment", &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	tests := []struct {
		set, row string
		want     []string // n, accuracy
	}{
		// tweets: "I love this so much" (+) and "This is terrible" (-) are
		// right, "I hate it" is labelled positive and scored negative, "The
		// box is on the table" is neutral both ways: 3/4.
		{"tweets", "VADER (govader)", []string{"4", "0.750"}},
		{"tweets", "earshot, rules only (no learning)", []string{"4", "0.750"}},
		// yelp: "Great food." and "Awful service." are right; "The table"
		// scores exactly 0 (an error on a 2-class set) and "Horrible, I
		// hated it." is labelled positive: 2/4.
		{"uci/yelp", "VADER (govader)", []string{"4", "0.500"}},
		{"uci/yelp", "earshot, rules only (no learning)", []string{"4", "0.500"}},
	}
	for _, tt := range tests {
		t.Run(tt.set+"/"+tt.row, func(t *testing.T) {
			cells := tableRow(out, tt.set, tt.row)
			if len(cells) < 3 {
				t.Fatalf("no row %q for %s in:\n%s", tt.row, tt.set, out)
			}
			if got := cells[1:3]; got[0] != tt.want[0] || got[1] != tt.want[1] {
				t.Errorf("%s %s: got n, accuracy = %q, want %q", tt.set, tt.row, got, tt.want)
			}
		})
	}
	if !strings.Contains(out, "VADER tweets 0.96, Amazon 0.63") {
		t.Errorf("published anchors missing from output:\n%s", out)
	}
	if strings.Contains(out, "Sentiment: amazon ") {
		t.Errorf("got a table for the amazon set, which is not in testdata, want none")
	}
}

func TestSentimentMissingData(t *testing.T) {
	if err := Sentiment(t.TempDir(), &bytes.Buffer{}); err == nil {
		t.Errorf("Sentiment(empty dir): got nil error, want one")
	}
}

func TestParseSentimentErrors(t *testing.T) {
	tests := []struct {
		name, in string
		uci      bool
	}{
		{"rated: two fields", "1\t2.0\n", false},
		{"rated: bad rating after the first line", "1\t2.0\tfine\n2\tx\thello\n", false},
		{"rated: a header alone", "id\trating\ttext\n", false},
		{"rated: nothing", "\n\n", false},
		{"rated: a label in a file of ratings", "1\t2.0\tfine\n2\tpositive\thello\n", false},
		{"rated: a rating in a file of labels", "1\tpositive\tfine\n2\t2.0\thello\n", false},
		{"uci: no tab", "hello\n", true},
		{"uci: bad label after the first line", "fine\t1\nhello\t2\n", true},
		{"uci: a header alone", "sentence\tlabel\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var set SentimentSet
			var err error
			if tt.uci {
				err = parseUCI([]byte(tt.in), &set)
			} else {
				err = parseRated([]byte(tt.in), &set)
			}
			if err == nil {
				t.Errorf("parse(%q): got nil error, want one", tt.in)
			}
		})
	}
}

// TestParseSentimentHeader: a first line that names the columns is
// skipped, and the lines after it are read.
func TestParseSentimentHeader(t *testing.T) {
	var rated, uci SentimentSet
	if err := parseRated([]byte("id\tmean rating\ttext\r\n1\t2.0\tlovely\r\n2\t-1.5\tawful\r\n"), &rated); err != nil {
		t.Fatalf("parseRated: %v", err)
	}
	if got := len(rated.Examples); got != 2 || rated.Examples[0].Text != "lovely" || rated.Ratings[1] != -1.5 {
		t.Errorf("parseRated read %d examples %+v, ratings %v; want lovely (2.0) and awful (-1.5)", got, rated.Examples, rated.Ratings)
	}
	if err := parseUCI([]byte("sentence\tlabel\nlovely\t1\nawful\t0\n"), &uci); err != nil {
		t.Fatalf("parseUCI: %v", err)
	}
	if got := len(uci.Examples); got != 2 || uci.Examples[0].Label != "positive" || uci.Examples[1].Label != "negative" {
		t.Errorf("parseUCI read %d examples %+v; want lovely positive and awful negative", got, uci.Examples)
	}
}

// TestParseSentimentWordLabels: SemEval's "id \t label \t text" lines are
// read as 3-class examples with no ratings.
func TestParseSentimentWordLabels(t *testing.T) {
	var set SentimentSet
	if err := parseRated([]byte("id\tlabel\ttext\n1\tpositive\tlovely\n2\tNegative\tawful\n3\tneutral\tTuesday\n"), &set); err != nil {
		t.Fatalf("parseRated: %v", err)
	}
	var got []string
	for _, e := range set.Examples {
		got = append(got, e.Text+":"+e.Label)
	}
	if want := []string{"lovely:positive", "awful:negative", "Tuesday:neutral"}; !slices.Equal(got, want) || set.Ratings != nil {
		t.Errorf("parseRated read %q, ratings %v; want %q and no ratings", got, set.Ratings, want)
	}
}

// TestSentimentSharedData runs the full evaluation on the dev data and
// checks every set gets a table with each system's row.
func TestSentimentSharedData(t *testing.T) {
	if testing.Short() {
		t.Skip("full sentiment evaluation skipped in -short mode")
	}
	dir := sentimentSharedData(t)
	var buf bytes.Buffer
	if err := Sentiment(dir, &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, set := range []string{"tweets", "amazon", "uci/amazon_cells", "uci/imdb", "uci/yelp"} {
		for _, row := range []string{"earshot, leave-one-dataset-out", "VADER (govader)", "earshot, in-domain split (held-out 1/5)"} {
			if cells := tableRow(out, set, row); len(cells) < 5 {
				t.Errorf("%s: got no %q row, want one", set, row)
			}
		}
	}
	for _, set := range []string{"tweets", "amazon", "uci/amazon_cells", "uci/imdb", "uci/yelp"} {
		checkSummary(t, out, set, "leave-one-dataset-out", "earshot, leave-one-dataset-out")
	}
	// The committed weights were trained on these very files: scoring
	// them would be an in-sample figure, so there must be no such row.
	for _, set := range []string{"tweets", "amazon", "uci/amazon_cells", "uci/imdb", "uci/yelp"} {
		if cells := tableRow(out, set, "earshot, committed weights (never trained on this file)"); cells != nil {
			t.Errorf("%s: got a committed-weights row %q for a file the weights were trained on, want none", set, cells)
		}
	}
	t.Log("\n" + out)
}

// TestSentimentDiscovered checks that files in the dev sets' formats under
// other names are found and scored, with the committed weights, which were
// not trained on them, and that a file in no format is named as skipped.
func TestSentimentDiscovered(t *testing.T) {
	var buf bytes.Buffer
	if err := Sentiment("testdata/discover", &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, tt := range []struct{ set, n string }{{"nytEditorialSnippets", "3"}, {"movies", "2"}, {"tweets", "2"}} {
		cells := tableRow(out, tt.set, "earshot, committed weights (never trained on this file)")
		if len(cells) < 2 || cells[1] != tt.n {
			t.Errorf("%s: committed-weights row %q, want one over %s texts", tt.set, cells, tt.n)
		}
	}
	for _, set := range []string{"nytEditorialSnippets", "movies", "tweets"} {
		checkSummary(t, out, set, "committed weights", "earshot, committed weights (never trained on this file)")
	}
	if !strings.Contains(out, "Skipped testdata/discover/broken.txt: ") || !strings.Contains(out, "line 2") {
		t.Errorf("output does not name broken.txt and its bad line as skipped:\n%s", out)
	}
	if strings.Contains(out, "README") || strings.Contains(out, "secret") {
		t.Errorf("a README or a hidden folder's file was read as data:\n%s", out)
	}
}

// TestComplaintDiscovered checks that a complaint CSV the committed model
// was not trained on gets the held-out table.
func TestComplaintDiscovered(t *testing.T) {
	var buf bytes.Buffer
	if err := Complaint("testdata/discover", &buf); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(buf.String()), " ")
	for _, want := range []string{
		"Complaint detection: complaints-other",
		"| earshot, committed model (never trained on this file) | 2 |",
		"| earshot, committed model, scored as a brand's sentences | 2 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestTrainingExamplesDevOnly: a set's out-of-sample models learn from the
// dev sets only, so a corpus found beside them (a held-out set) is never
// another's training data and does not move the dev sets' figures.
func TestTrainingExamplesDevOnly(t *testing.T) {
	ex := func(text string) []classify.SentimentExample {
		return []classify.SentimentExample{{Text: text, Label: post.Positive}}
	}
	sets := []SentimentSet{
		{Name: "dev1", Examples: ex("a"), Dev: true},
		{Name: "dev2", Examples: ex("b"), Dev: true},
		{Name: "heldout", Examples: ex("c")},
	}
	texts := func(es []classify.SentimentExample) (out []string) {
		for _, e := range es {
			out = append(out, e.Text)
		}
		return out
	}
	for skip, want := range [][]string{{"b"}, {"a"}, {"a", "b"}} {
		if got := texts(trainingExamples(sets, skip, false)); !slices.Equal(got, want) {
			t.Errorf("leaving out %s: trained on %q, want %q", sets[skip].Name, got, want)
		}
	}
	// The in-domain split adds the set's own training part, held-out set or not.
	own := "the held-out corpus's own line"
	for inHeldOut(own) {
		own += "."
	}
	sets[2].Examples = ex(own)
	if got := texts(trainingExamples(sets, 2, true)); !slices.Equal(got, []string{"a", "b", own}) {
		t.Errorf("in-domain split of the held-out set: trained on %q", got)
	}
}
