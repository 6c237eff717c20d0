package eval

import (
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/post"
	"github.com/jonreiter/govader"
)

// SentimentSet is one labelled sentiment data set.
type SentimentSet struct {
	// Name is short ("tweets", "uci/yelp"); File is the path it came from.
	Name, File string
	Examples   []classify.SentimentExample
	// Ratings holds the mean human rating (-4..+4) of each example, nil for
	// the 2-class sets, which have none.
	Ratings []float64
	// TwoClass sets are labelled positive or negative only.
	TwoClass bool
	// SHA256 is the file's digest (lower-case hex): the trainer records
	// it, and a set the committed weights were not trained on gets a row
	// scored with them (classify.SentimentTrainedOn).
	SHA256 string
	// Note says how a labelled table was read (its columns, its label
	// scale, the rows left out), for the set's table; empty otherwise.
	Note string
	// Dev marks the development sets, known by their paths (tweets,
	// amazon, uci/...): the ones the trainer learns from. Any other set
	// found is only measured.
	Dev bool
}

// sentimentFiles are the data sets, relative to the sentiment folder.
var sentimentFiles = []struct {
	name, file string
	twoClass   bool
}{
	{"tweets", "tweets_GroundTruth.txt", false},
	{"amazon", "amazonReviewSnippets_GroundTruth.txt", false},
	{"uci/amazon_cells", "uci/amazon_cells_labelled.txt", true},
	{"uci/imdb", "uci/imdb_labelled.txt", true},
	{"uci/yelp", "uci/yelp_labelled.txt", true},
}

// LoadSentimentSets reads the sentiment data sets found anywhere under
// dataDir (the shared data directory, its sentiment/ folder, or any other):
// the dev sets by their known names, and any other file in their formats (VADER's
// "id \t rating \t text" or UCI's "sentence \t 0|1", see discoverLabelled),
// so that held-out corpora are scored the same way. Finding none is an error.
func LoadSentimentSets(dataDir string) ([]SentimentSet, error) {
	sets, _, err := loadSentimentSets(dataDir)
	return sets, err
}

// loadSentimentSets is LoadSentimentSets that also returns the files
// discovery skipped.
func loadSentimentSets(dataDir string) ([]SentimentSet, []skippedFile, error) {
	files, skipped, err := discoverLabelled(dataDir)
	if err != nil {
		return nil, nil, err
	}
	sets, err := sentimentSets(files)
	if err == nil && len(sets) == 0 {
		err = fmt.Errorf("eval: no sentiment data under %s: %w", dataDir, fs.ErrNotExist)
	}
	return sets, skipped, err
}

// sentimentSets parses the sentiment files among files.
func sentimentSets(files []labelledFile) ([]SentimentSet, error) {
	var sets []SentimentSet
	for _, f := range files {
		if f.format == formatComplaints {
			continue
		}
		set := SentimentSet{Name: f.name, File: f.path, TwoClass: f.format == formatTwoClass, SHA256: f.sha256(), Dev: f.dev}
		if p := f.parsed; p != nil { // the sniffer read it already
			set.Examples, set.Ratings, set.Note = p.Examples, p.Ratings, p.Note
			set.TwoClass = set.TwoClass || p.TwoClass
			sets = append(sets, set)
			continue
		}
		var err error
		switch f.format {
		case formatTwoClass:
			err = parseUCI(f.data, &set)
		case formatTable:
			err = parseTable(f.data, strings.ToLower(filepath.Ext(f.path)), &set)
		default:
			err = parseRated(f.data, &set)
		}
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", f.path, err)
		}
		sets = append(sets, set)
	}
	return sets, nil
}

// parseRated reads "id \t mean rating \t text" lines and labels them on the
// +-0.05 thresholds of the VADER paper. The rating may instead be a label,
// "positive", "negative" or "neutral", as SemEval's tweet sets give it
// ("id \t label \t text"); such a file has no ratings (Ratings stays nil,
// and there is no Pearson r), is 2-class if no line is neutral (see
// labelsTwoClass), and may not mix labels with ratings. A first
// line whose rating is neither is a header ("id\trating\ttext") and is
// skipped; a file with no rated line is an error.
func parseRated(b []byte, set *SentimentSet) error {
	first := true
	labelled := 0
	for n, line := range bytes.Split(b, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		header := first
		first = false
		parts := strings.SplitN(string(line), "\t", 3)
		if len(parts) != 3 {
			return fmt.Errorf("line %d: want 3 tab-separated fields, got %d", n+1, len(parts))
		}
		field := strings.TrimSpace(parts[1])
		if label, ok := wordLabels[strings.ToLower(field)]; ok {
			if len(set.Ratings) > 0 {
				return fmt.Errorf("line %d: label %q in a file of ratings", n+1, field)
			}
			labelled++
			set.Examples = append(set.Examples, classify.SentimentExample{Text: parts[2], Label: label})
			continue
		}
		r, err := strconv.ParseFloat(field, 64)
		if err != nil {
			if header {
				continue
			}
			return fmt.Errorf("line %d: rating: %w", n+1, err)
		}
		if labelled > 0 {
			return fmt.Errorf("line %d: rating %q in a file of labels", n+1, field)
		}
		set.Examples = append(set.Examples, classify.SentimentExample{Text: parts[2], Label: ratingLabel(r)})
		set.Ratings = append(set.Ratings, r)
	}
	if len(set.Examples) == 0 {
		return errNoLabelledLines
	}
	if labelled > 0 {
		set.TwoClass = labelsTwoClass(set.Examples)
	}
	return nil
}

// errNoLabelledLines is a file with nothing to score, or only a header.
var errNoLabelledLines = errors.New("no labelled lines")

func ratingLabel(r float64) string {
	switch {
	case r >= 0.05:
		return post.Positive
	case r <= -0.05:
		return post.Negative
	}
	return post.Neutral
}

// parseUCI reads "sentence \t 0|1" lines, split on '\n' only: imdb has U+0085
// inside its lines.
// A first line whose label is not 0 or 1 is a header ("sentence\tlabel")
// and is skipped; a file with no labelled line is an error.
func parseUCI(b []byte, set *SentimentSet) error {
	first := true
	for n, line := range bytes.Split(b, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		header := first
		first = false
		i := bytes.LastIndexByte(line, '\t')
		if i < 0 {
			return fmt.Errorf("line %d: no tab", n+1)
		}
		label := post.Negative
		switch strings.TrimSpace(string(line[i+1:])) {
		case "1":
			label = post.Positive
		case "0":
		default:
			if header {
				continue
			}
			return fmt.Errorf("line %d: label %q, want 0 or 1", n+1, line[i+1:])
		}
		set.Examples = append(set.Examples, classify.SentimentExample{Text: strings.TrimSpace(string(line[:i])), Label: label})
	}
	if len(set.Examples) == 0 {
		return errNoLabelledLines
	}
	return nil
}

// SentimentCandidates returns the training configurations the trainer
// compares on leave-one-dataset-out F1: the ungated ones of the first
// model, and a grid over the rules gate (see classify.SentimentTrainConfig
// Gate), the prior, and the two ridge penalties.
func SentimentCandidates() []classify.SentimentTrainConfig {
	cands := []classify.SentimentTrainConfig{
		{Epochs: 20, L2: 1e-2, LearningRate: 0.1},
		{Epochs: 10, L2: 1e-2, HashBits: 14, HashL2: 1, LearningRate: 0.05},
		{Epochs: 10, L2: 5e-2, HashBits: 14, HashL2: 3, LearningRate: 0.05},
		{Epochs: 10, L2: 3e-2, HashBits: 14, HashL2: 1, LearningRate: 0.05, Prior: 2},
		{Epochs: 10, L2: 1e-1, HashBits: 14, HashL2: 0.5, LearningRate: 0.05, Prior: 3},
		{Epochs: 10, L2: 1e-1, HashBits: 14, HashL2: 1, LearningRate: 0.05, Prior: 4},
		{Epochs: 20, L2: 3e-1, HashBits: 14, HashL2: 1, LearningRate: 0.05, Prior: 5},
		{Epochs: 10, L2: 1, HashBits: 14, HashL2: 3, LearningRate: 0.05, Prior: 6},
		{Epochs: 10, L2: 0.3, HashBits: 14, HashL2: 1, LearningRate: 0.05, Prior: 6},
		{Epochs: 10, L2: 1, HashBits: 14, HashL2: 1, LearningRate: 0.05, Prior: 8},
		{Epochs: 10, L2: 3, HashBits: 14, HashL2: 3, LearningRate: 0.05, Prior: 8},
	}
	for _, gate := range []float64{0.1, 0.2, 0.3} {
		for _, prior := range []float64{0, 4, 8} {
			for _, l2 := range []float64{1e-3, 1e-2} {
				for _, hashL2 := range []float64{1, 3} {
					cands = append(cands, classify.SentimentTrainConfig{
						Epochs: 10, L2: l2, HashBits: 14, HashL2: hashL2, LearningRate: 0.05, Prior: prior, Gate: gate,
					})
				}
			}
		}
	}
	return cands
}

// inHeldOut reports whether an example belongs to the in-domain held-out
// fifth: a deterministic split on a hash of its text, so the trainer and
// the evaluation agree on it without sharing state.
func inHeldOut(text string) bool {
	h := fnv.New32a()
	h.Write([]byte(text))
	return h.Sum32()%5 == 0
}

// scoreFunc rates a text: a label and a score in [-1, 1].
type scoreFunc func(string) (string, float64)

// sentimentMetrics are the figures of one row.
type sentimentMetrics struct {
	n                      int
	acc, macroF1, weighted float64
	pearson                float64 // NaN when the set has no ratings
}

// measure scores the examples of set for which keep is true. On 2-class
// sets a neutral prediction goes to the side its score leans to; a score of
// exactly 0 (nothing to go on) counts as an error.
func measure(set *SentimentSet, f scoreFunc, keep func(i int) bool) sentimentMetrics {
	classes := []string{post.Negative, post.Neutral, post.Positive}
	if set.TwoClass {
		classes = []string{post.Negative, post.Positive}
	}
	tp := map[string]int{}
	predN := map[string]int{}
	gold := map[string]int{}
	var m sentimentMetrics
	var xs, ys []float64
	for i, ex := range set.Examples {
		if keep != nil && !keep(i) {
			continue
		}
		label, score := f(ex.Text)
		if set.TwoClass && label == post.Neutral {
			switch {
			case score > 0:
				label = post.Positive
			case score < 0:
				label = post.Negative
			default:
				label = "none"
			}
		}
		m.n++
		gold[ex.Label]++
		predN[label]++
		if label == ex.Label {
			tp[label]++
		}
		if set.Ratings != nil {
			xs = append(xs, score)
			ys = append(ys, set.Ratings[i])
		}
	}
	if m.n == 0 {
		return m
	}
	correct, nClasses := 0, 0
	for _, c := range classes {
		correct += tp[c]
		p, r, f1 := 0.0, 0.0, 0.0
		if predN[c] > 0 {
			p = float64(tp[c]) / float64(predN[c])
		}
		if gold[c] > 0 {
			r = float64(tp[c]) / float64(gold[c])
		}
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		if gold[c] > 0 || predN[c] > 0 {
			m.macroF1 += f1
			nClasses++
		}
		m.weighted += f1 * float64(gold[c]) / float64(m.n)
	}
	m.acc = float64(correct) / float64(m.n)
	if nClasses > 0 {
		m.macroF1 /= float64(nClasses)
	}
	m.pearson = math.NaN()
	if len(xs) > 1 {
		m.pearson = pearson(xs, ys)
	}
	return m
}

func pearson(xs, ys []float64) float64 {
	n := float64(len(xs))
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}

func scorerFunc(s *classify.Scorer) scoreFunc {
	return func(t string) (string, float64) {
		r := s.Score(t)
		return r.Label, r.Score
	}
}

func vaderFunc() scoreFunc {
	sia := govader.NewSentimentIntensityAnalyzer()
	return func(t string) (string, float64) {
		c := sia.PolarityScores(t).Compound
		return ratingLabel(c), c
	}
}

// trainingExamples returns the examples of every dev set but sets[skip],
// plus those of sets[skip] outside the held-out fifth when withOwnTrain is
// true. Only the dev sets are trained on, as the trainer does: a set's
// leave-one-dataset-out figure is then that of the shipped recipe on a
// domain it did not see, the same whatever other corpora lie beside the
// dev sets, and a held-out corpus is never training data for another.
func trainingExamples(sets []SentimentSet, skip int, withOwnTrain bool) []classify.SentimentExample {
	var ex []classify.SentimentExample
	for j, s := range sets {
		if j != skip {
			if s.Dev {
				ex = append(ex, s.Examples...)
			}
			continue
		}
		if withOwnTrain {
			for _, e := range s.Examples {
				if !inHeldOut(e.Text) {
					ex = append(ex, e)
				}
			}
		}
	}
	return ex
}

// LeaveOneOut trains cfg on all sets but one and tests on that one, for each
// set, printing a line per set to w. It returns the mean weighted F1 over the
// held-out sets and the worst margin of a held-out set's weighted F1 over
// the rules-only scorer's on the same set (how much learning can hurt in a
// domain it did not see).
func LeaveOneOut(w io.Writer, sets []SentimentSet, cfg classify.SentimentTrainConfig) (mean, worstMargin float64, err error) {
	rules := scorerFunc(classify.NewRuleScorer())
	worstMargin = math.Inf(1)
	for i := range sets {
		sc := classify.TrainScorer(trainingExamples(sets, i, false), cfg)
		m := measure(&sets[i], scorerFunc(sc), nil)
		base := measure(&sets[i], rules, nil)
		mean += m.weighted
		worstMargin = min(worstMargin, m.weighted-base.weighted)
		if _, err := fmt.Fprintf(w, "%+v  held out %-16s n=%5d acc=%.3f macroF1=%.3f weightedF1=%.3f (rules only %.3f)\n",
			cfg, sets[i].Name, m.n, m.acc, m.macroF1, m.weighted, base.weighted); err != nil {
			return 0, 0, fmt.Errorf("eval: %w", err)
		}
	}
	return mean / float64(len(sets)), worstMargin, nil
}

// Sentiment prints a table per sentiment data set under dataDir (see
// LoadSentimentSets) comparing earshot's Scorer with VADER (govader)
// computed in the same run; see writeSentimentTables.
func Sentiment(dataDir string, w io.Writer) error {
	sets, skipped, err := loadSentimentSets(dataDir)
	if err != nil {
		return err
	}
	if err := writeSentimentTables(w, sets); err != nil {
		return err
	}
	return writeSkipped(w, skipped)
}

// writeSentimentTables prints a table per set. earshot's learned figures are
// out of sample: "leave-one-dataset-out" rows are trained on the other dev
// sets only; "in-domain split" rows are trained on the other dev sets plus the 4/5 of
// this set whose text hash is not 0 mod 5 and tested on the remaining fifth
// (VADER is shown on that fifth too). The committed weights are scored only
// on files they were not trained on (classify.SentimentTrainedOn).
func writeSentimentTables(w io.Writer, sets []SentimentSet) error {
	committed := scorerFunc(classify.NewScorer())
	cfg := classify.DefaultSentimentTrainConfig()
	vader := vaderFunc()
	rules := scorerFunc(classify.NewRuleScorer())
	header := []string{"system", "n", "accuracy", "macro-F1", "weighted F1", "Pearson r"}
	// The summary's margin is the difference of the figures as printed,
	// so that it adds up.
	round3 := func(x float64) float64 { return math.Round(x*1000) / 1000 }
	var noFigure []string // sets with no out-of-sample figure
	summary := Table{
		Title:  "Sentiment summary: weighted F1 of every set",
		Header: []string{"set", "n", "earshot", "scored by", "rules only", "VADER (govader)", "earshot - VADER"},
	}
	for i := range sets {
		set := &sets[i]
		held := func(k int) bool { return inHeldOut(set.Examples[k].Text) }
		t := Table{Title: fmt.Sprintf("Sentiment: %s (%s)", set.Name, set.File), Header: header}
		add := func(name string, m sentimentMetrics) {
			if m.n == 0 {
				return
			}
			r := "-"
			if !math.IsNaN(m.pearson) {
				r = fmt.Sprintf("%.3f", m.pearson)
			}
			t.AddRow(name, m.n, m.acc, m.macroF1, m.weighted, r)
		}
		// The set's out-of-sample figure for the summary: the committed
		// weights where they never saw the file, else leave-one-dataset-out.
		var best sentimentMetrics
		how := ""
		if ex := trainingExamples(sets, i, false); len(ex) > 0 {
			best, how = measure(set, scorerFunc(classify.TrainScorer(ex, cfg)), nil), "leave-one-dataset-out"
			add("earshot, "+how, best)
		}
		unseen := !classify.SentimentTrainedOn(set.SHA256)
		if unseen {
			best, how = measure(set, committed, nil), "committed weights"
			add("earshot, committed weights (never trained on this file)", best)
		}
		ruleM, vaderM := measure(set, rules, nil), measure(set, vader, nil)
		add("earshot, rules only (no learning)", ruleM)
		add("VADER (govader)", vaderM)
		// A dev set with no other dev set beside it has no out-of-sample
		// figure: the committed weights learned from it, and there is
		// nothing else to train on. It is left out of the summary.
		if how == "" {
			noFigure = append(noFigure, set.Name)
		} else {
			summary.AddRow(set.Name, vaderM.n, best.weighted, how, ruleM.weighted, vaderM.weighted,
				fmt.Sprintf("%+.3f", round3(best.weighted)-round3(vaderM.weighted)))
		}
		if ex := trainingExamples(sets, i, true); len(ex) > 0 {
			add("earshot, in-domain split (held-out 1/5)", measure(set, scorerFunc(classify.TrainScorer(ex, cfg)), held))
			add("VADER (govader), same 1/5", measure(set, vader, held))
		}
		t.Notes = append(t.Notes,
			"leave-one-dataset-out: trained on the other dev sets only (the cross-domain figure); in-domain split: trained on the other dev sets plus the 4/5 of this set with fnv32a(text)%5 != 0, tested on the rest. Only the dev sets (tweets, amazon, uci/...) are trained on, never another corpus found beside them.")
		if unseen {
			t.Notes = append(t.Notes, "committed weights: the model earshot ships, trained on the dev sets; this file's SHA-256 is not among the files it was trained on, so the row is a held-out figure.")
		}
		if set.Note != "" {
			t.Notes = append(t.Notes, set.Note)
		}
		if set.TwoClass {
			t.Notes = append(t.Notes, "2-class set: a neutral prediction is counted on the side its score leans to; a score of exactly 0 is an error. No ratings, so no Pearson r.")
		} else if set.Ratings == nil {
			t.Notes = append(t.Notes, "3 classes, as the file labels them. No ratings, so no Pearson r.")
		} else {
			t.Notes = append(t.Notes, "3 classes: positive if the mean rating >= +0.05, negative if <= -0.05, else neutral. Pearson r: score vs mean human rating.")
		}
		t.Notes = append(t.Notes, "Published anchors (Hutto & Gilbert 2014, 3-class F1): VADER tweets 0.96, Amazon 0.63; individual human raters tweets 0.84, Amazon 0.85.")
		if err := t.WriteSection(w); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	if len(sets) < 2 {
		return nil
	}
	summary.Notes = []string{
		"earshot: the committed weights on a file they were never trained on (a held-out set), else the model trained on the other dev sets (leave-one-dataset-out); never a figure on data the model learned from.",
		"2-class sets count a neutral prediction on the side its score leans to, as in their tables above.",
	}
	if len(noFigure) > 0 {
		summary.Notes = append(summary.Notes, fmt.Sprintf("Not in the summary: %s, a dev set with no other dev set beside it to train an out-of-sample model on (the committed weights learned from it).", strings.Join(noFigure, ", ")))
	}
	if len(summary.Rows) == 0 {
		return nil
	}
	if err := summary.WriteSection(w); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

// writeSkipped names the files discovery could not read as labelled data.
func writeSkipped(w io.Writer, skipped []skippedFile) error {
	for _, f := range skipped {
		if _, err := fmt.Fprintf(w, "Skipped %s: %s\n\n", f.path, f.reason); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	return nil
}
