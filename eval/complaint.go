package eval

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"github.com/jonreiter/govader"
	"io"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/post"
)

// ComplaintsFile is the complaint data set's path under a data directory.
const ComplaintsFile = "sentiment/complaints-dev.csv"

// ComplaintAnchorF1 is the best complaint-detection F1 that Preotiuc-Pietro
// et al. (ACL 2019) report on their full data set. It is a macro F1, the
// mean of the F1 of "complaint" and of "not a complaint": Jin and Aletras
// (COLING 2020), from the same group and on the same data, report macro F1
// and set theirs against it. The table prints it in the macro-F1 column,
// beside earshot's in the same metric, and not in the F1 column, which is
// the complaint class's alone.
const ComplaintAnchorF1 = 0.79

// ComplaintFolds is the k of the k-fold cross-validation Complaint reports.
const ComplaintFolds = 5

// ComplaintRepeats is how many fold assignments the repeated
// cross-validation row pools: one 5-fold split of 1,727 tweets moves F1 by
// about 0.005 from one assignment to the next, as much as most features
// change it.
const ComplaintRepeats = 4

// ComplaintRow is one labelled tweet: complaints-dev.csv has no header and
// the columns tweet_id, text, label (1 = complaint), domain.
type ComplaintRow struct {
	ID        string
	Text      string
	Complaint bool
	Domain    string
}

// ReadComplaints reads a complaints CSV.
func ReadComplaints(path string) ([]ComplaintRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return parseComplaints(f, path)
}

// parseComplaints reads complaint rows (tweet_id,text,label,domain; label
// 1 for a complaint) from in; a first row whose label is neither 0 nor 1
// names the columns and is skipped. path names the input in errors.
func parseComplaints(in io.Reader, path string) ([]ComplaintRow, error) {
	r := csv.NewReader(in)
	r.FieldsPerRecord = 4
	var rows []ComplaintRow
	for first := true; ; first = false {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("eval: read %s: %w", path, err)
		}
		var c bool
		switch strings.TrimSpace(rec[2]) {
		case "1":
			c = true
		case "0":
		default:
			if first {
				continue // a header naming the columns
			}
			line, _ := r.FieldPos(2)
			return nil, fmt.Errorf("eval: %s:%d: label %q is not 0 or 1: %w", path, line, rec[2], errors.ErrUnsupported)
		}
		rows = append(rows, ComplaintRow{ID: rec[0], Text: rec[1], Complaint: c, Domain: rec[3]})
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("eval: %s: no rows: %w", path, io.ErrUnexpectedEOF)
	}
	return rows, nil
}

// ComplaintFold returns the cross-validation fold (0..k-1) of a row: a hash
// of its ID, so a row keeps its fold whatever the file's order.
func ComplaintFold(id string, k int) int {
	h := uint32(2166136261)
	for i := 0; i < len(id); i++ {
		h ^= uint32(id[i])
		h *= 16777619
	}
	return int(h % uint32(max(k, 1)))
}

// ComplaintCV returns, for every row, the score of a model trained by
// classify.TrainComplaint on the other k-1 folds: out-of-sample scores.
func ComplaintCV(rows []ComplaintRow, k int, opts classify.ComplaintTrainOptions) []float64 {
	return ComplaintCVSeed(rows, k, 0, opts)
}

// ComplaintCVSeed is ComplaintCV with the rows assigned to folds by seed:
// seed 0 is ComplaintFold's assignment, other seeds hash the ID with the
// seed appended.
func ComplaintCVSeed(rows []ComplaintRow, k, seed int, opts classify.ComplaintTrainOptions) []float64 {
	return complaintHeldOut(rows, opts, complaintSeedFold(k, seed))
}

// ComplaintLODO returns, for every row, the score of a model trained on the
// rows of every other domain: how the model does on a topic it never saw.
func ComplaintLODO(rows []ComplaintRow, opts classify.ComplaintTrainOptions) []float64 {
	return complaintHeldOut(rows, opts, func(r ComplaintRow) string { return r.Domain })
}

// withoutHandles returns the texts of rows without their @handles.
func withoutHandles(rows []ComplaintRow) []string {
	texts := make([]string, len(rows))
	for i, r := range rows {
		texts[i] = classify.WithoutHandles(r.Text)
	}
	return texts
}

// complaintSeedFold returns the fold assignment of seed: seed 0 is
// ComplaintFold's, other seeds hash the ID with the seed appended.
func complaintSeedFold(k, seed int) func(ComplaintRow) string {
	return func(r ComplaintRow) string {
		id := r.ID
		if seed != 0 {
			id = fmt.Sprintf("%s#%d", id, seed)
		}
		return fmt.Sprint(ComplaintFold(id, k))
	}
}

func complaintHeldOut(rows []ComplaintRow, opts classify.ComplaintTrainOptions, group func(ComplaintRow) string) []float64 {
	texts := make([]string, len(rows))
	for i, r := range rows {
		texts[i] = r.Text
	}
	return complaintHeldOutViews(rows, opts, group, nil, texts)[0]
}

// complaintHeldOutViews trains a model on rows without each group, and on
// extra, and scores the group's rows as they read in each view (one text
// per row), so that several views share the trainings: scores[v][i] is row
// i's score in view v.
func complaintHeldOutViews(rows []ComplaintRow, opts classify.ComplaintTrainOptions, group func(ComplaintRow) string, extra []classify.ComplaintExample, views ...[]string) [][]float64 {
	var groups []string
	for _, r := range rows {
		groups = append(groups, group(r))
	}
	keys := slices.Compact(slices.Sorted(slices.Values(groups)))
	scores := make([][]float64, len(views))
	for v := range scores {
		scores[v] = make([]float64, len(rows))
	}
	// The groups write disjoint entries of scores.
	parallel(len(keys), func(k int) {
		train := slices.Clone(extra)
		for i, r := range rows {
			if groups[i] != keys[k] {
				train = append(train, classify.ComplaintExample{Text: r.Text, Complaint: r.Complaint})
			}
		}
		m := classify.TrainComplaint(train, opts)
		for i := range rows {
			if groups[i] == keys[k] {
				for v, texts := range views {
					scores[v][i] = m.Score(texts[i])
				}
			}
		}
	})
	return scores
}

// parallel calls fn(0) ... fn(n-1), each on its own goroutine with at most
// GOMAXPROCS running at once, and returns when all have: a model per fold
// or per site trains in a fraction of the time on a machine with several
// cores. Each call must write only its own results, so that they do not
// depend on the order the calls finish in.
func parallel(n int, fn func(i int)) {
	sem := make(chan struct{}, max(runtime.GOMAXPROCS(0), 1))
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			fn(i)
		})
	}
	wg.Wait()
}

// complaintExamples returns rows as training examples of weight 1.
func complaintExamples(rows []ComplaintRow) []classify.ComplaintExample {
	ex := make([]classify.ComplaintExample, len(rows))
	for i, r := range rows {
		ex[i] = classify.ComplaintExample{Text: r.Text, Complaint: r.Complaint}
	}
	return ex
}

// ComplaintCounts holds the confusion counts of a yes/no decision.
type ComplaintCounts struct {
	TP, FP, FN, TN int
}

// Add counts one decision.
func (b *ComplaintCounts) Add(pred, gold bool) {
	switch {
	case pred && gold:
		b.TP++
	case pred:
		b.FP++
	case gold:
		b.FN++
	default:
		b.TN++
	}
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (b ComplaintCounts) Precision() float64 { return complaintRatio(b.TP, b.TP+b.FP) }

// Recall is TP/(TP+FN), 0 when there is nothing to find.
func (b ComplaintCounts) Recall() float64 { return complaintRatio(b.TP, b.TP+b.FN) }

// F1 is the harmonic mean of precision and recall.
func (b ComplaintCounts) F1() float64 {
	p, r := b.Precision(), b.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// MacroF1 is the mean of F1 and of the F1 the same decisions score on the
// other class (not a complaint): the metric the published anchor is in.
func (b ComplaintCounts) MacroF1() float64 {
	return (b.F1() + ComplaintCounts{TP: b.TN, FP: b.FN, FN: b.FP, TN: b.TP}.F1()) / 2
}

// Accuracy is the share of decisions that were right.
func (b ComplaintCounts) Accuracy() float64 { return complaintRatio(b.TP+b.TN, b.TP+b.FP+b.FN+b.TN) }

// addRow adds to t a row of b's figures in the order of complaintHeader.
func (b ComplaintCounts) addRow(t *Table, name string, n int) {
	t.AddRow(name, n, b.Precision(), b.Recall(), b.F1(), b.MacroF1(), b.Accuracy())
}

// complaintHeader heads the complaint tables: precision, recall and F1 of
// the complaint class, then the macro F1 over both classes.
var complaintHeader = []string{"system", "n", "precision", "recall", "F1", "macro-F1", "accuracy"}

func complaintRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Complaint prints complaint-detection precision, recall, F1, macro-F1 and
// accuracy on dataDir's complaints-dev.csv for earshot's model, out of
// sample (k-fold cross-validation and leave-one-domain-out, both retraining
// with the same features and options as the committed model), for the
// baseline that calls every negative post a complaint, and the published
// anchor.
func Complaint(dataDir string, w io.Writer) error {
	files, _, err := discoverLabelled(dataDir)
	if err != nil {
		return err
	}
	n, _, _, err := writeComplaintTables(w, files)
	if err == nil && n == 0 {
		err = fmt.Errorf("eval: no complaint data (%s, or a CSV of tweet_id,text,label,domain) under %s: %w", ComplaintsFile, dataDir, fs.ErrNotExist)
	}
	return err
}

// writeComplaintTables prints a table per complaint file among files and
// returns how many there were, and the rows of those the committed model
// was trained on with each row's 5-fold cross-validated score within its
// file (cv, as ComplaintCV gives it). A file the committed model was never
// trained on gets that model's figures first (addCommittedRows).
func writeComplaintTables(w io.Writer, files []labelledFile) (n int, trained []ComplaintRow, cv []float64, err error) {
	for _, f := range files {
		if f.format != formatComplaints {
			continue
		}
		n++
		rows, err := parseComplaints(bytes.NewReader(f.data), f.path)
		if err != nil {
			return n, nil, nil, err
		}
		t, scores, err := complaintTable(rows, classify.ComplaintTrainOptions{}, ComplaintRepeats)
		if err != nil {
			return n, nil, nil, err
		}
		if classify.ComplaintTrainedOn(f.sha256()) {
			trained = append(trained, rows...)
			cv = append(cv, scores...)
		} else {
			addCommittedRows(t, rows)
		}
		t.Title += ": " + f.name
		t.Notes = append(t.Notes, fmt.Sprintf("Data: %s (%d tweets).", f.path, len(rows)))
		if err := t.WriteSection(w); err != nil {
			return n, nil, nil, fmt.Errorf("eval: %w", err)
		}
	}
	return n, trained, cv, nil
}

// addCommittedRows puts first in t the figures of the committed complaint
// model on rows, a file it was never trained on: on the texts as they are,
// and as earshot scores the sentences around a brand's mention
// (classify.ComplaintScoreBrand).
func addCommittedRows(t *Table, rows []ComplaintRow) {
	head := &Table{}
	for _, m := range []struct {
		name  string
		score func(string) float64
	}{
		{"earshot, committed model (never trained on this file)", classify.ComplaintScore},
		{"earshot, committed model, scored as a brand's sentences", classify.ComplaintScoreBrand},
	} {
		var b ComplaintCounts
		for _, r := range rows {
			b.Add(m.score(r.Text) >= classify.ComplaintThreshold, r.Complaint)
		}
		b.addRow(head, m.name, len(rows))
	}
	t.Rows = append(head.Rows, t.Rows...)
	t.Notes = append([]string{
		fmt.Sprintf("committed model: the one earshot ships; this file's SHA-256 is not the one it was trained on, so its rows are held-out figures; threshold %.2f.", classify.ComplaintThreshold),
		"\"scored as a brand's sentences\" averages each text's score as it is and with a handle in front (a text with a handle is scored as it is).",
	}, t.Notes...)
}

// domainSplitNote says where leaving a domain out costs: on the domains that
// hold complaints (each a kind of company), and on those that hold none
// (in the dev set, tweets to no company at all), where the figure is the
// share wrongly flagged. cv and lodo are every row's scores. It is empty
// unless there are domains of both kinds.
func domainSplitNote(rows []ComplaintRow, cv, lodo []float64) string {
	hasComplaint := map[string]bool{}
	for _, r := range rows {
		hasComplaint[r.Domain] = hasComplaint[r.Domain] || r.Complaint
	}
	var cvWith, lodoWith, cvNone, lodoNone ComplaintCounts
	var none []string
	for d, c := range hasComplaint {
		if !c {
			none = append(none, d)
		}
	}
	with := len(hasComplaint) - len(none)
	if with == 0 || len(none) == 0 {
		return ""
	}
	slices.Sort(none)
	for i, r := range rows {
		if hasComplaint[r.Domain] {
			cvWith.Add(cv[i] >= classify.ComplaintThreshold, r.Complaint)
			lodoWith.Add(lodo[i] >= classify.ComplaintThreshold, r.Complaint)
		} else {
			cvNone.Add(cv[i] >= classify.ComplaintThreshold, r.Complaint)
			lodoNone.Add(lodo[i] >= classify.ComplaintThreshold, r.Complaint)
		}
	}
	flagged := func(b ComplaintCounts) float64 { return complaintRatio(b.FP, b.FP+b.TN) }
	return fmt.Sprintf("Leaving a domain out, on the %d domains with complaints: F1 %.3f, macro-F1 %.3f (%d-fold CV on the same tweets: %.3f, %.3f). On the %d without any (%s), %.0f%% are flagged (%d-fold CV: %.0f%%): held out, the model has seen no such text.",
		with, lodoWith.F1(), lodoWith.MacroF1(), ComplaintFolds, cvWith.F1(), cvWith.MacroF1(),
		len(none), strings.Join(none, ", "), 100*flagged(lodoNone), ComplaintFolds, 100*flagged(cvNone))
}

// ComplaintTable scores rows as Complaint does, retraining with opts (the
// zero value: the committed model's options), and returns the table.
func ComplaintTable(rows []ComplaintRow, opts classify.ComplaintTrainOptions) (*Table, error) {
	return ComplaintTableRepeats(rows, opts, ComplaintRepeats)
}

// ComplaintTableRepeats is ComplaintTable with the pooled row summed over
// repeats fold assignments (at least 1) instead of ComplaintRepeats: more
// of them tell a change of 0.003 in F1 from the noise of the split, at the
// cost of five trainings each.
func ComplaintTableRepeats(rows []ComplaintRow, opts classify.ComplaintTrainOptions, repeats int) (*Table, error) {
	t, _, err := complaintTable(rows, opts, repeats)
	return t, err
}

// complaintTable is ComplaintTableRepeats that also returns every row's
// score in the first fold assignment (ComplaintCV's), which the intent
// table reuses.
func complaintTable(rows []ComplaintRow, opts classify.ComplaintTrainOptions, repeats int) (*Table, []float64, error) {
	repeats = max(repeats, 1)
	c, err := classify.New(nil)
	if err != nil {
		return nil, nil, fmt.Errorf("eval: %w", err)
	}
	t := &Table{
		Title:  "Complaint detection",
		Header: complaintHeader,
	}
	add := func(name string, pred func(i int) bool) {
		var b ComplaintCounts
		for i, r := range rows {
			b.Add(pred(i), r.Complaint)
		}
		b.addRow(t, name, len(rows))
	}
	texts, bareTexts := make([]string, len(rows)), withoutHandles(rows)
	addressed := make([]string, len(rows))
	for i, r := range rows {
		texts[i] = r.Text
		addressed[i] = classify.Addressed(bareTexts[i])
	}
	var cv []float64
	var pooled, bare, brand ComplaintCounts
	for seed := range repeats {
		scores := complaintHeldOutViews(rows, opts, complaintSeedFold(ComplaintFolds, seed), nil, texts, bareTexts, addressed)
		if seed == 0 {
			cv = scores[0]
		}
		for i, r := range rows {
			pooled.Add(scores[0][i] >= classify.ComplaintThreshold, r.Complaint)
			bare.Add(scores[1][i] >= classify.ComplaintThreshold, r.Complaint)
			// As ComplaintModel.ScoreBrand reads a brand's sentences.
			brand.Add((scores[1][i]+scores[2][i])/2 >= classify.ComplaintThreshold, r.Complaint)
		}
	}
	add(fmt.Sprintf("earshot, %d-fold CV", ComplaintFolds), func(i int) bool { return cv[i] >= classify.ComplaintThreshold })
	pooled.addRow(t, fmt.Sprintf("earshot, %d-fold CV, %d fold assignments pooled", ComplaintFolds, repeats), len(rows))
	lodo := ComplaintLODO(rows, opts)
	add("earshot, leave-one-domain-out", func(i int) bool { return lodo[i] >= classify.ComplaintThreshold })
	bare.addRow(t, fmt.Sprintf("earshot, %d-fold CV, %d pooled, tweets without @handles", ComplaintFolds, repeats), len(rows))
	brand.addRow(t, fmt.Sprintf("earshot, %d-fold CV, %d pooled, without @handles, scored as a brand's sentences", ComplaintFolds, repeats), len(rows))
	sia := govader.NewSentimentIntensityAnalyzer()
	add("negative sentiment (VADER) = complaint", func(i int) bool {
		return sia.PolarityScores(post.NormalizeSpace(rows[i].Text)).Compound <= classify.NegativeThreshold
	})
	add("negative sentiment (earshot) = complaint", func(i int) bool {
		label, _ := c.Sentiment(rows[i].Text)
		return label == post.Negative
	})
	t.AddRow("published best (Preotiuc-Pietro et al. 2019)", "", "", "", "", ComplaintAnchorF1, "")
	t.Notes = append(t.Notes,
		fmt.Sprintf("The CV and leave-one-domain-out rows are out of sample: each tweet is scored by a model retrained without its fold (or its domain); threshold %.2f.", classify.ComplaintThreshold),
		fmt.Sprintf("The pooled row sums the confusion counts of %d different fold assignments: a steadier figure than one split.", repeats),
		"The rows without @handles score each held-out tweet of the pooled folds with its handles removed, as a blog or forum post would read; \"scored as a brand's sentences\" averages that score with the one it gets with a handle put in front, as earshot scores the sentences around a brand's mention.",
		"F1 is the complaint class's; macro-F1 averages it with the F1 of \"not a complaint\", the metric the published figure is in (Jin and Aletras, COLING 2020, on the same data).",
		"The published figure is on the authors' full 3,449-tweet set with 10-fold CV, not on the file above.")
	if note := domainSplitNote(rows, cv, lodo); note != "" {
		t.Notes = append(t.Notes, note)
	}
	return t, cv, nil
}
