package eval

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/internal/shareddata"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The tiny file's baseline is known by construction: rows 1 and 6 are
// negative complaints (TP), row 3 is negative and no complaint (FP), rows 2
// and 8 are complaints in neutral words (FN), rows 4, 5 and 7 are positive
// and no complaint (TN): precision 2/3, recall 2/4, F1 4/7, F1 of "not a
// complaint" 6/9, macro-F1 (4/7+6/9)/2 = 13/21, accuracy 5/8.
func TestComplaintTinyFile(t *testing.T) {
	var buf bytes.Buffer
	if err := Complaint("testdata/complaint", &buf); err != nil {
		t.Fatalf("Complaint: %v", err)
	}
	out := buf.String()
	if got, want := complaintRow(out, "negative sentiment (VADER) = complaint"), []string{"8", "0.667", "0.500", "0.571", "0.619", "0.625"}; !slices.Equal(got, want) {
		t.Errorf("baseline row = %q, want %q; output:\n%s", got, want, out)
	}
	if got := complaintRow(out, "earshot, 5-fold CV"); len(got) != 6 || got[0] != "8" {
		t.Errorf("CV row = %q, want 8 rows scored; output:\n%s", got, out)
	}
	// The published figure is a macro F1: it sits in that column.
	if got, want := complaintRow(out, "published best (Preotiuc-Pietro et al. 2019)"), []string{"", "", "", "", "0.790", ""}; !slices.Equal(got, want) {
		t.Errorf("published row = %q, want %q", got, want)
	}
	for _, want := range []string{
		"earshot, leave-one-domain-out",
		"tweets without @handles",
		filepath.Join("testdata", "complaint", "sentiment", "complaints-dev.csv") + " (8 tweets)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Complaint output lacks %q; got:\n%s", want, out)
		}
	}
}

// TestComplaintTableRepeats checks that the pooled row names the number
// of fold assignments it was asked to sum, at least one, and scores every
// row.
func TestComplaintTableRepeats(t *testing.T) {
	rows, err := ReadComplaints(filepath.Join("testdata", "complaint", ComplaintsFile))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		repeats, want int
	}{
		{1, 1},
		{3, 3},
		{0, 1}, // at least one
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.repeats), func(t *testing.T) {
			tbl, err := ComplaintTableRepeats(rows, classify.ComplaintTrainOptions{Iterations: 20}, tt.repeats)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := tbl.Write(&buf); err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("earshot, %d-fold CV, %d fold assignments pooled", ComplaintFolds, tt.want)
			if got := complaintRow(buf.String(), name); len(got) != 6 || got[0] != "8" {
				t.Errorf("ComplaintTableRepeats(repeats %d) row %q = %q, want 8 rows scored; output:\n%s", tt.repeats, name, got, buf.String())
			}
		})
	}
}

func TestComplaintCounts(t *testing.T) {
	var b ComplaintCounts
	for _, pg := range [][2]bool{{true, true}, {true, true}, {true, false}, {false, true}, {false, false}} {
		b.Add(pg[0], pg[1])
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"precision", b.Precision(), 2.0 / 3},
		{"recall", b.Recall(), 2.0 / 3},
		{"f1", b.F1(), 2.0 / 3},
		{"macro f1", b.MacroF1(), (2.0/3 + 1.0/2) / 2}, // not a complaint: 1 right, 1 missed, 1 wrongly
		{"accuracy", b.Accuracy(), 3.0 / 5},
		{"all one class, macro f1", ComplaintCounts{FN: 36, TN: 64}.MacroF1(), (0 + 2*0.64/1.64) / 2},
		{"empty f1", ComplaintCounts{}.F1(), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := tt.got - tt.want; d > 1e-12 || d < -1e-12 {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

func TestReadComplaintsErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content string
	}{
		{"bad label", "1,text,yes,retail\n"},
		{"missing column", "1,text,1\n"},
		{"empty", ""},
		{"a header alone", "tweet_id,text,label,domain\n"},
		{"bad label after the first row", "1,text,0,retail\n2,text,yes,retail\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".csv")
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := ReadComplaints(p); err == nil {
				t.Errorf("ReadComplaints(%q) error = nil, want an error", tt.content)
			}
		})
	}
	if err := Complaint(filepath.Join(dir, "absent"), &bytes.Buffer{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Complaint(absent dir) error = %v, want os.ErrNotExist", err)
	}
}

// TestReadComplaintsHeader: a first row that names the columns is skipped.
func TestReadComplaintsHeader(t *testing.T) {
	rows, err := parseComplaints(strings.NewReader("tweet_id,text,label,domain\n1,\"late again, @Acme\",1,retail\n2,thanks,0,retail\n"), "h.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Text != "late again, @Acme" || !rows[0].Complaint || rows[1].Complaint {
		t.Errorf("parseComplaints = %+v, want the two rows after the header", rows)
	}
}

func TestComplaintFoldStable(t *testing.T) {
	for _, id := range []string{"1", "22631081115127808", ""} {
		f := ComplaintFold(id, 5)
		if f < 0 || f >= 5 || f != ComplaintFold(id, 5) {
			t.Errorf("ComplaintFold(%q, 5) = %d, want a stable value in [0, 5)", id, f)
		}
	}
}

// complaintRow returns the cells after the name of the table row called
// name in out, or nil.
func complaintRow(out, name string) []string {
	for _, line := range strings.Split(out, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || strings.TrimSpace(cells[1]) != name {
			continue
		}
		var row []string
		for _, c := range cells[2 : len(cells)-1] {
			row = append(row, strings.TrimSpace(c))
		}
		return row
	}
	return nil
}

// TestComplaintDevSet checks the reported figures on the real dev data when
// it is present: out-of-sample F1 well above the sentiment baseline.
func TestComplaintDevSet(t *testing.T) {
	if testing.Short() || os.Getenv("EARSHOT_LONG_TESTS") == "" {
		// 31 trainings: 8s plain, minutes under -race.
		t.Skip("trains 31 complaint models; set EARSHOT_LONG_TESTS=1 to run")
	}
	dir := complaintSharedData(t)
	rows, err := ReadComplaints(filepath.Join(dir, ComplaintsFile))
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := ComplaintTable(rows, classify.ComplaintTrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tbl.Write(&buf); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
	cv, pooled, lodo, said, base := tbl.Rows[0][4], tbl.Rows[1][4], tbl.Rows[2][4], tbl.Rows[4][4], tbl.Rows[5][4]
	if cv <= base || cv < "0.760" || pooled < "0.760" || lodo < "0.720" || said < "0.660" {
		t.Errorf("F1 CV %s, pooled CV %s, leave-one-domain-out %s, without handles scored as a brand's sentences %s, baseline %s: want at least 0.760, 0.760, 0.720, 0.660 and above the baseline", cv, pooled, lodo, said, base)
	}
}

func complaintSharedData(tb testing.TB) string {
	tb.Helper()
	return shareddata.Dir(tb, ComplaintsFile)
}

// TestComplaintTableCV checks that the scores the complaint table hands the
// intent table are ComplaintCV's, so that reusing them changes nothing.
func TestComplaintTableCV(t *testing.T) {
	rows, err := ReadComplaints(filepath.Join("testdata", "complaint", ComplaintsFile))
	if err != nil {
		t.Fatal(err)
	}
	_, cv, err := complaintTable(rows, classify.ComplaintTrainOptions{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := ComplaintCV(rows, ComplaintFolds, classify.ComplaintTrainOptions{}); !slices.Equal(cv, want) {
		t.Errorf("complaintTable scores %v, want ComplaintCV's %v", cv, want)
	}
}

// TestDomainSplitNote: leaving a domain out is reported apart for the
// domains that hold complaints and for those that hold none.
func TestDomainSplitNote(t *testing.T) {
	rows := []ComplaintRow{
		{ID: "1", Domain: "a", Complaint: true},
		{ID: "2", Domain: "a"},
		{ID: "3", Domain: "b"},
		{ID: "4", Domain: "b"},
	}
	cv := []float64{0.9, 0.1, 0.1, 0.1}
	lodo := []float64{0.9, 0.6, 0.6, 0.1}
	got := domainSplitNote(rows, cv, lodo)
	for _, want := range []string{
		"on the 1 domains with complaints: F1 0.667, macro-F1 0.333 (5-fold CV on the same tweets: 1.000, 1.000)",
		"On the 1 without any (b), 50% are flagged (5-fold CV: 0%)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("domainSplitNote = %q, want it to hold %q", got, want)
		}
	}
	rows[2].Domain, rows[3].Domain = "a", "a"
	if got := domainSplitNote(rows, cv, lodo); got != "" {
		t.Errorf("with every domain holding complaints, domainSplitNote = %q, want none", got)
	}
}
