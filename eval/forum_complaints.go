package eval

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/earshot-dev/earshot/classify"
)

// Forum posts the complaint rate is measured on: long enough to say
// something, short enough to be a post and not a page of boilerplate.
const (
	forumPostMinChars = 40
	forumPostMaxChars = 3000
)

// forumEnglishPosts returns the text of every English gold post of the
// forum corpus under dataDir, each on one line, between forumPostMinChars
// and forumPostMaxChars characters. A missing corpus is no posts and no
// error: the rate is a check run where the corpus is at hand.
func forumEnglishPosts(dataDir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dataDir, forumSetDir, "*.json.gz"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	sort.Strings(files)
	var posts []string
	for _, path := range files {
		pg, err := forumRead(path)
		if err != nil {
			return nil, err
		}
		for _, g := range pg.Gold {
			if g.Text == nil {
				continue
			}
			text := strings.Join(strings.Fields(forumStripMarkdown(g.Text.Surface)), " ")
			if n := utf8.RuneCountInString(text); n < forumPostMinChars || n > forumPostMaxChars {
				continue
			}
			if classify.Language(text) == "en" {
				posts = append(posts, text)
			}
		}
	}
	return posts, nil
}

// writeForumComplaintRate prints how many of the forum corpus's English
// posts the complaint model flags: the committed model as a post is scored
// and as the sentences around a brand's mention are, the criticism the
// follow-up queue would take up if the post were about a brand, and, when the
// complaint rows to train it are given, a model trained with handle-free
// copies (ComplaintTrainOptions.HandleFreeWeight 1), the alternative the
// committed model was chosen over. The posts have no complaint labels, so
// this is a rate, not an accuracy: most forum posts are questions, answers
// and chat, and a model that flags most of them raises false alarms. It
// prints nothing when the corpus is absent.
func writeForumComplaintRate(w io.Writer, dataDir string, train []ComplaintRow) error {
	posts, err := forumEnglishPosts(dataDir)
	if err != nil || len(posts) == 0 {
		return err
	}
	t := &Table{
		Title:  "Complaint rate on unlabelled forum posts: " + filepath.Base(forumSetDir),
		Header: []string{"system", "posts", "flagged", "share"},
	}
	add := func(name string, flagged func(string) bool) {
		n := 0
		for _, p := range posts {
			if flagged(p) {
				n++
			}
		}
		t.AddRow(name, len(posts), n, fmt.Sprintf("%.0f%%", 100*float64(n)/float64(len(posts))))
	}
	complaint := func(score func(string) float64) func(string) bool {
		return func(p string) bool { return score(p) >= classify.ComplaintThreshold }
	}
	add("earshot, committed model, a post as it is", complaint(classify.ComplaintScore))
	add("earshot, committed model, scored as a brand's sentences", complaint(classify.ComplaintScoreBrand))
	sc := classify.NewScorer()
	add("criticism of a brand named in the post's title (the queue's rule)", func(p string) bool {
		sent := sc.Score(p)
		return classify.IsCriticism(sent.Label, sent.Score, max(classify.ComplaintScore(p), classify.ComplaintScoreBrand(p)))
	})
	if len(train) > 0 {
		ex := make([]classify.ComplaintExample, len(train))
		for i, r := range train {
			ex[i] = classify.ComplaintExample{Text: r.Text, Complaint: r.Complaint}
		}
		m := classify.TrainComplaint(ex, classify.ComplaintTrainOptions{HandleFreeWeight: 1})
		add("trained with handle-free copies of the tweets, a post as it is", complaint(m.Score))
	}
	t.Notes = []string{
		fmt.Sprintf("No labels: the share of the corpus's English gold posts (%d to %d characters, %s) called complaints (confidence %.2f or more),",
			forumPostMinChars, forumPostMaxChars, filepath.Join(dataDir, forumSetDir), classify.ComplaintThreshold),
		fmt.Sprintf("or criticism: sentiment %.2f or below, or a complaint confidence of %.2f or more (the higher of the two readings and the post's own) and a sentiment that is not positive.",
			classify.CriticismSentiment, classify.CriticismComplaint),
		"Most forum posts are questions, answers and chat: a high share is false alarms. Posts over 280 characters are scored a window of sentences at a time.",
	}
	return t.Write(w)
}
