package eval

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/earshot-dev/earshot/classify"
)

// intentLabelsText labels the intents of the dev tweets and forum posts by
// hand; its header and docs/intent-labels.md say how.
//
//go:embed intent_labels.tsv
var intentLabelsText string

// The sets intent_labels.tsv labels: the tweets of ComplaintsFile by tweet
// ID, and the forum corpus's English posts by forumPost.ID.
const (
	intentSetTweets = "tweets"
	intentSetForum  = "forum"
)

// intentLabelled is one labelled text: its set, its ID and the intents
// (other than complaint, labelled elsewhere) its author expresses.
type intentLabelled struct {
	set, id string
	intents []string
}

// parseIntentLabels reads lines of "set <TAB> id <TAB> intents <TAB>
// reason", intents being "none" or a comma-separated list of intents other
// than complaint; lines starting with "#" and blank lines are comments.
func parseIntentLabels(s string) ([]intentLabelled, error) {
	known := map[string]bool{}
	for _, name := range classify.IntentNames() {
		known[name] = name != classify.IntentComplaint
	}
	seen := map[[2]string]bool{}
	var out []intentLabelled
	for n, line := range strings.Split(s, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || (f[0] != intentSetTweets && f[0] != intentSetForum) || f[1] == "" {
			return nil, fmt.Errorf("eval: intent labels: line %d: want %s|%s <TAB> id <TAB> intents <TAB> reason", n+1, intentSetTweets, intentSetForum)
		}
		key := [2]string{f[0], f[1]}
		if seen[key] {
			return nil, fmt.Errorf("eval: intent labels: line %d: %s %s labelled twice", n+1, f[0], f[1])
		}
		seen[key] = true
		l := intentLabelled{set: f[0], id: f[1]}
		if f[2] != "none" {
			for name := range strings.SplitSeq(f[2], ",") {
				if !known[name] || slices.Contains(l.intents, name) {
					return nil, fmt.Errorf("eval: intent labels: line %d: intent %q: want none or distinct intents other than %s", n+1, name, classify.IntentComplaint)
				}
				l.intents = append(l.intents, name)
			}
		}
		out = append(out, l)
	}
	return out, nil
}

// intentLabelsBySet parses labels text into each set's intents by ID.
func intentLabelsBySet(text string) (map[string]map[string][]string, error) {
	labels, err := parseIntentLabels(text)
	if err != nil {
		return nil, err
	}
	byID := map[string]map[string][]string{intentSetTweets: {}, intentSetForum: {}}
	for _, l := range labels {
		byID[l.set][l.id] = l.intents
	}
	return byID, nil
}

// intentExamples returns the rows that labels labels and keep keeps as
// training examples, in order.
func intentExamples(rows []ComplaintRow, labels map[string][]string, keep func(ComplaintRow) bool) []classify.IntentExample {
	var ex []classify.IntentExample
	for _, r := range rows {
		if gold, ok := labels[r.ID]; ok && keep(r) {
			ex = append(ex, classify.IntentExample{Text: r.Text, Intents: gold})
		}
	}
	return ex
}

// intentItem is one scored text: what its author expresses (gold, with
// complaint when its complaint label is known), what earshot finds (pred)
// and what its cues alone find (cues), both with a complaint decision out
// of sample.
type intentItem struct {
	text             string
	gold, pred, cues []string
	// complaintKnown says whether gold says anything about complaint.
	complaintKnown bool
}

// newIntentItem scores text with find, the complaint decided.
func newIntentItem(text string, gold []string, complaint, complaintKnown bool, find func(text string, complaint bool) []string) intentItem {
	return intentItem{text: text, gold: gold, complaintKnown: complaintKnown,
		pred: find(text, complaint), cues: classify.IntentModels(nil).Intents(text, complaint)}
}

// writeIntents prints the intent tables of the labelled sets: the tweets
// among tweets (the rows of the complaint files the committed complaint
// model was trained on), whose complaint decision is their 5-fold
// cross-validated score cv (ComplaintCV's, which the complaint table has
// computed already) so that it is out of sample, and posts, the forum
// corpus's English posts (forumEnglishPosts), whose complaint labels are
// complaintText (forum_complaint_labels.tsv). A set whose texts are absent
// prints nothing.
func writeIntents(w io.Writer, posts []forumPost, labelsText, complaintText string, tweets []ComplaintRow, cv []float64) error {
	byID, err := intentLabelsBySet(labelsText)
	if err != nil {
		return err
	}
	if len(tweets) > 0 {
		if items := tweetIntentItems(tweets, cv, byID[intentSetTweets]); len(items) > 0 {
			t := intentTable("Intents in tweets to and about companies: "+ComplaintsFile+", labelled by hand", items)
			t.Notes = append(t.Notes,
				fmt.Sprintf("%d of the %d tweets are labelled. Out of sample: each tweet is scored by intent models trained without its fold (%d-fold cross-validation), and its complaint decision is the cross-validated one of the complaint table; the complaint intent is the complaint label of the file.", len(items), len(tweets), ComplaintFolds),
				"The question, purchase, idea and churn cues were revised after reading the tweets they missed or wrongly flagged (classify 2026-11-22.17 and .18), so for those four these figures are in sample; the forum posts are the held-out check.")
			if err := t.WriteSection(w); err != nil {
				return fmt.Errorf("eval: %w", err)
			}
		}
	}
	complaintLabels, err := parseForumLabels(complaintText, "forum_complaint_labels.tsv")
	if err != nil {
		return err
	}
	var items []intentItem
	for _, p := range posts {
		gold, ok := byID[intentSetForum][p.ID]
		if !ok {
			continue
		}
		c, known := complaintLabels[p.ID]
		if known {
			gold = withComplaint(gold, c)
		}
		items = append(items, newIntentItem(p.Text, gold, classify.ComplaintScore(p.Text) >= classify.ComplaintThreshold, known, classify.IntentsGiven))
	}
	if len(items) == 0 {
		return nil
	}
	t := intentTable("Intents in forum posts: "+forumSetDir+", labelled by hand", items)
	t.Notes = append(t.Notes, forumTextNote(posts),
		fmt.Sprintf("%d of the corpus's %d English posts of %d to %d characters are labelled. The committed models, which learned from tweets only, score them; the complaint intent is the label of forum_complaint_labels.tsv.", len(items), len(posts), forumPostMinChars, forumPostMaxChars))
	return t.WriteSection(w)
}

// withComplaint returns intents with complaint added in intent order when c
// is true.
func withComplaint(intents []string, c bool) []string {
	if !c {
		return intents
	}
	var out []string
	for _, name := range classify.IntentNames() {
		if name == classify.IntentComplaint || slices.Contains(intents, name) {
			out = append(out, name)
		}
	}
	return out
}

// intentTable scores items: per intent, how many texts express it, how
// many earshot flags, precision, recall and F1; the learned intents'
// figures with their cues alone (the model's gain); then the counts pooled
// over every intent (micro-averaged), the same for the cues alone
// (classify.LearnedIntents' models off), the share of texts whose whole set of
// intents earshot gets right, and the baseline that calls every text with
// a question mark a question.
func intentTable(title string, items []intentItem) *Table {
	t := &Table{Title: title, Header: []string{"intent", "labelled", "flagged", "precision", "recall", "F1"}}
	var all, cues ComplaintCounts
	exact, exactN := 0, 0
	learned := classify.LearnedIntents()
	cuesOnly := make([]ComplaintCounts, len(learned))
	for _, name := range classify.IntentNames() {
		var b ComplaintCounts
		li := slices.Index(learned, name)
		labelled, flagged := 0, 0
		for _, it := range items {
			if name == classify.IntentComplaint && !it.complaintKnown {
				continue
			}
			g, p := slices.Contains(it.gold, name), slices.Contains(it.pred, name)
			b.Add(p, g)
			all.Add(p, g)
			cues.Add(slices.Contains(it.cues, name), g)
			if li >= 0 {
				cuesOnly[li].Add(slices.Contains(it.cues, name), g)
			}
			if g {
				labelled++
			}
			if p {
				flagged++
			}
		}
		t.AddRow(name, labelled, flagged, b.Precision(), b.Recall(), b.F1())
	}
	for _, it := range items {
		if it.complaintKnown {
			exactN++
			if slices.Equal(it.gold, it.pred) {
				exact++
			}
		}
	}
	for i, name := range learned {
		c := cuesOnly[i]
		t.AddRow(name+", cues only (no learned model)", c.TP+c.FN, c.TP+c.FP, c.Precision(), c.Recall(), c.F1())
	}
	t.AddRow("all intents, pooled (micro-average)", all.TP+all.FN, all.TP+all.FP, all.Precision(), all.Recall(), all.F1())
	t.AddRow("all intents, cues only (no learned model)", cues.TP+cues.FN, cues.TP+cues.FP, cues.Precision(), cues.Recall(), cues.F1())
	var q ComplaintCounts
	for _, it := range items {
		q.Add(strings.Contains(it.text, "?"), slices.Contains(it.gold, classify.IntentQuestion))
	}
	t.AddRow("baseline: question = has a question mark", q.TP+q.FN, q.TP+q.FP, q.Precision(), q.Recall(), q.F1())
	t.Notes = append(t.Notes,
		fmt.Sprintf("earshot's intents match the labelled set exactly (none, one or several) on %d of %d texts (%.1f%%).", exact, exactN, 100*float64(exact)/float64(max(exactN, 1))),
		"Labelled by hand without seeing earshot's output (docs/intent-labels.md); each text was read once, a sample twice.")
	return t
}

// tweetIntentItems scores the labelled tweets among tweets out of sample:
// by intent models trained on the labelled tweets of the other folds of
// ComplaintFold's assignment, with the complaint decision of cv, their
// scores in the same folds.
func tweetIntentItems(tweets []ComplaintRow, cv []float64, labels map[string][]string) []intentItem {
	fold := complaintSeedFold(ComplaintFolds, 0)
	items := make([]intentItem, len(tweets))
	labelled := make([]bool, len(tweets))
	// Each fold writes only its own tweets' entries.
	parallel(ComplaintFolds, func(k int) {
		ex := intentExamples(tweets, labels, func(r ComplaintRow) bool { return fold(r) != fmt.Sprint(k) })
		models := classify.TrainIntentModels(ex, classify.ComplaintTrainOptions{})
		for i, r := range tweets {
			if gold, ok := labels[r.ID]; ok && fold(r) == fmt.Sprint(k) {
				items[i] = newIntentItem(r.Text, withComplaint(gold, r.Complaint), cv[i] >= classify.ComplaintThreshold, true, models.Intents)
				labelled[i] = true
			}
		}
	})
	var out []intentItem
	for i, it := range items {
		if labelled[i] {
			out = append(out, it)
		}
	}
	return out
}

// TweetIntentExamples returns the tweets of ComplaintsFile under dataDir
// that intent_labels.tsv labels, as examples for
// classify.TrainIntentModels, with the SHA-256 of that file and of the
// labels: what the committed intent models learned from.
func TweetIntentExamples(dataDir string) (ex []classify.IntentExample, tweetsSHA, labelsSHA string, err error) {
	path := filepath.Join(dataDir, filepath.FromSlash(ComplaintsFile))
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, "", "", fmt.Errorf("eval: %w", err)
	}
	rows, err := parseComplaints(bytes.NewReader(raw), path)
	if err != nil {
		return nil, "", "", err
	}
	byID, err := intentLabelsBySet(intentLabelsText)
	if err != nil {
		return nil, "", "", err
	}
	ex = intentExamples(rows, byID[intentSetTweets], func(ComplaintRow) bool { return true })
	return ex, fmt.Sprintf("%x", sha256.Sum256(raw)), fmt.Sprintf("%x", sha256.Sum256([]byte(intentLabelsText))), nil
}
