package eval

import (
	_ "embed"
	"fmt"
	"html"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/jonreiter/govader"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/extract"
	"github.com/earshot-dev/earshot/post"
)

// Forum posts the complaint model is measured on: long enough to say
// something, short enough to be a post and not a page of boilerplate.
const (
	forumPostMinChars = 40
	forumPostMaxChars = 3000
)

// forumComplaintLabels labels the forum corpus's English posts as
// complaints or not, by post ID (see forumPost); its header and
// docs/forum-complaint-labels.md say how.
//
//go:embed forum_complaint_labels.tsv
var forumComplaintLabels string

// forumCriticismLabels labels the same posts as criticising a product,
// service, company or organisation or not, in the same format; its header
// and docs/forum-criticism-labels.md say how.
//
//go:embed forum_criticism_labels.tsv
var forumCriticismLabels string

// forumPost is one English gold post of the forum corpus.
type forumPost struct {
	// ID is the corpus file's name without ".json.gz", "#" and the post's
	// index among the file's gold posts.
	ID string
	// Text is the post as earshot reads it: the text of the post earshot's
	// thread extractor found for it on the page (quotes of earlier posts
	// and signatures removed, as ingest does), or the gold text when it
	// found none (Extracted false).
	Text      string
	Extracted bool
	// Gold is the corpus's text of the post, markup dropped: what the
	// annotators read (they judged the author's own words, not quotes).
	Gold string
	// Site is the host of the thread's page.
	Site string
}

// forumEnglishPosts returns every English gold post of the forum corpus
// under dataDir, each on one line, between forumPostMinChars and
// forumPostMaxChars characters. A missing corpus is no posts and no error:
// the check runs where the corpus is at hand.
func forumEnglishPosts(dataDir string) ([]forumPost, error) {
	files, err := filepath.Glob(filepath.Join(dataDir, forumSetDir, "*.json.gz"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	sort.Strings(files)
	var posts []forumPost
	for _, path := range files {
		pg, err := forumRead(path)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(filepath.Base(path), ".json.gz")
		site := pg.URL
		if u, err := url.Parse(pg.URL); err == nil && u.Host != "" {
			site = u.Host
		}
		extracted := forumExtractedPosts(pg)
		match, _ := forumAlign(pg, extracted)
		for i, g := range pg.Gold {
			if g.Text == nil {
				continue
			}
			text := strings.Join(strings.Fields(forumPlainText(g.Text.Surface)), " ")
			if n := utf8.RuneCountInString(text); n < forumPostMinChars || n > forumPostMaxChars {
				continue
			}
			if classify.Language(text) != "en" {
				continue
			}
			fp := forumPost{ID: fmt.Sprintf("%s#%d", name, i), Text: text, Gold: text, Site: site}
			if j := match[i]; j >= 0 && strings.TrimSpace(extracted[j].Text) != "" {
				fp.Text, fp.Extracted = extracted[j].Text, true
			}
			posts = append(posts, fp)
		}
	}
	return posts, nil
}

// forumTextNote says what text the forum tables score.
func forumTextNote(posts []forumPost) string {
	n := 0
	for _, p := range posts {
		if p.Extracted {
			n++
		}
	}
	return fmt.Sprintf("Each post is scored as earshot ingests it: the text its thread extractor finds for the post on the page, without the quotes of earlier posts and the signature the corpus's gold text keeps (%d of the %d posts); the other %d, which the extractor did not find, are scored on their gold text.", n, len(posts), len(posts)-n)
}

// forumExtractedPosts returns the posts earshot's thread extractor finds
// on pg, with every layer on; none when the page does not parse as a
// thread (the gold text then stands in).
func forumExtractedPosts(pg forumPage) []extract.Post {
	_, _, posts, _ := forumExtract(pg, 0)
	return posts
}

// forumTag matches an HTML tag: the gold text of a few boards (Invision's
// quotes and paragraphs) holds the post's markup.
var forumTag = regexp.MustCompile(`<[^>]*>`)

// forumPlainText is a gold post's text as earshot's extractor would give
// it: markdown links reduced to their label, HTML tags dropped and
// entities decoded.
func forumPlainText(s string) string {
	return html.UnescapeString(forumTag.ReplaceAllString(forumStripMarkdown(s), " "))
}

// parseForumLabels reads lines of "id <TAB> 0|1 <TAB> reason"; lines
// starting with "#" and blank lines are comments. name names the labels in
// errors.
func parseForumLabels(s, name string) (map[string]bool, error) {
	labels := map[string]bool{}
	for n, line := range strings.Split(s, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || (f[1] != "0" && f[1] != "1") {
			return nil, fmt.Errorf("eval: %s: line %d: want id <TAB> 0|1 <TAB> reason", name, n+1)
		}
		if _, dup := labels[f[0]]; dup {
			return nil, fmt.Errorf("eval: %s: line %d: %s labelled twice", name, n+1, f[0])
		}
		labels[f[0]] = f[1] == "1"
	}
	return labels, nil
}

// writeForumComplaints prints how the complaint model does on the forum
// corpus's English posts, against the complaint labels: the committed
// model as a post is scored and as the sentences around a brand's mention
// are, the criticism the follow-up queue would take up if each post were
// about a brand, negative sentiment as a baseline and, when the complaint
// rows to train on are given, a model trained with handle-free copies
// (ComplaintTrainOptions.HandleFreeWeight 1), the alternative the
// committed model was chosen over, and one trained on the labelled posts
// of the other sites as well. Then, when criticismText labels any post, the
// same systems against the criticism labels, and the queue's decision on
// the posts that name their forum's product (writeForumBrandCriticism).
// Posts without a label count toward "flagged" but not toward precision
// and recall, and are named in a note. posts are forumEnglishPosts(dataDir);
// it prints nothing when there are none.
func writeForumComplaints(w io.Writer, dataDir string, posts []forumPost, labelsText, criticismText string, train []ComplaintRow) error {
	if len(posts) == 0 {
		return nil
	}
	labels, err := parseForumLabels(labelsText, "forum_complaint_labels.tsv")
	if err != nil {
		return err
	}
	var unlabelled []string
	complaints := 0
	for _, p := range posts {
		c, ok := labels[p.ID]
		switch {
		case !ok:
			unlabelled = append(unlabelled, p.ID)
		case c:
			complaints++
		}
	}
	t := &Table{
		Title:  "Complaints in forum posts: " + filepath.Base(forumSetDir) + ", labelled by hand",
		Header: forumHeader,
	}
	add := func(name string, flagged func(i int) bool) { addForumRow(t, name, posts, labels, flagged) }
	over := func(scores []float64) func(i int) bool {
		return func(i int) bool { return scores[i] >= classify.ComplaintThreshold }
	}
	// Each post's scores, once: several rows read them.
	plain, brand := make([]float64, len(posts)), make([]float64, len(posts))
	sent := make([]classify.Sentiment, len(posts))
	sc := classify.NewScorer()
	for i, p := range posts {
		plain[i], brand[i], sent[i] = classify.ComplaintScore(p.Text), classify.ComplaintScoreBrand(p.Text), sc.Score(p.Text)
	}
	add("earshot, committed model, a post as it is", over(plain))
	add("earshot, committed model, scored as a brand's sentences", over(brand))
	// The queue's rule, as if the post named a brand in its title: the
	// whole post is the brand's context.
	queue := func(i int) bool { return classify.IsCriticism(sent[i].Score, max(plain[i], brand[i])) }
	add("criticism of a brand named in the post's title (the queue's rule)", queue)
	add("negative sentiment (earshot) = complaint", func(i int) bool { return sent[i].Label == post.Negative })
	if len(train) > 0 {
		m := classify.TrainComplaint(complaintExamples(train), classify.ComplaintTrainOptions{HandleFreeWeight: 1})
		handleFree := make([]float64, len(posts))
		for i, p := range posts {
			handleFree[i] = m.Score(p.Text)
		}
		add("trained with handle-free copies of the tweets, a post as it is", over(handleFree))
		add(fmt.Sprintf("trained on the tweets and the other sites' posts (weight %g), each site left out", forumTrainWeight),
			over(forumLeaveSiteOut(train, posts, labels, forumTrainWeight)))
	}
	t.Notes = []string{
		fmt.Sprintf("Posts: the corpus's English gold posts of %d to %d characters (%s); %d of the %d labelled are complaints (docs/forum-complaint-labels.md).",
			forumPostMinChars, forumPostMaxChars, filepath.Join(dataDir, forumSetDir), complaints, len(posts)-len(unlabelled)),
		fmt.Sprintf("Complaint: a confidence of %.2f or more. Criticism: sentiment %.2f or below, or a complaint confidence of %.2f or more (the higher of the two readings) and a sentiment below %.2f.",
			classify.ComplaintThreshold, classify.CriticismSentiment, classify.CriticismComplaint, classify.CriticismPraise),
		"The complaint model learned from tweets addressed to companies and never saw these posts. Posts over 280 characters are scored a window of sentences at a time.",
		forumTextNote(posts),
	}
	if len(train) > 0 {
		t.Notes = append(t.Notes, fmt.Sprintf("\"Each site left out\": a model per site, trained on the tweets and the labelled posts of the other %d sites at weight %g (chosen in an earlier run as the best of 1, 3 and 6 on these same posts, then scored on their gold text), scores that site's posts as they are.",
			len(forumSites(posts))-1, forumTrainWeight))
		t.Notes = append(t.Notes, fmt.Sprintf("Trained with all the labelled posts as well, the tweets' F1 (%d-fold CV pooled over %d fold assignments) is %.3f, against the pooled row of the complaint table above without them.",
			ComplaintFolds, ComplaintRepeats, forumCostOnTweets(train, forumExamples(posts, labels, forumTrainWeight, ""))))
	}
	if len(unlabelled) > 0 {
		t.Notes = append(t.Notes, fmt.Sprintf("%d posts have no label and count only as flagged or not: %s", len(unlabelled), strings.Join(unlabelled, ", ")))
	}
	if err := t.WriteSection(w); err != nil {
		return err
	}
	criticism, err := parseForumLabels(criticismText, "forum_criticism_labels.tsv")
	if err != nil || len(criticism) == 0 {
		return err
	}
	// The same posts against the criticism labels: what the follow-up
	// queue takes up is criticism, of which complaints are one kind.
	ct := &Table{
		Title:  "Criticism in forum posts: " + filepath.Base(forumSetDir) + ", labelled by hand",
		Header: forumHeader,
	}
	sia := govader.NewSentimentIntensityAnalyzer()
	vader := make([]float64, len(posts))
	for i, p := range posts {
		vader[i] = sia.PolarityScores(p.Text).Compound
	}
	rows := []struct {
		name    string
		flagged func(i int) bool
	}{
		{"criticism of a brand named in the post's title (the queue's rule)", queue},
		{"negative sentiment (earshot) = criticism", func(i int) bool { return sent[i].Label == post.Negative }},
		{"negative sentiment (VADER) = criticism", func(i int) bool { return vader[i] <= classify.NegativeThreshold }},
		{"complaint (committed model, scored as a brand's sentences) = criticism", over(brand)},
	}
	for _, r := range rows {
		addForumRow(ct, r.name, posts, criticism, r.flagged)
	}
	critical, both, labelled := 0, 0, 0
	for _, p := range posts {
		c, ok := criticism[p.ID]
		if !ok {
			continue
		}
		labelled++
		if c {
			critical++
			if labels[p.ID] {
				both++
			}
		}
	}
	ct.Notes = []string{
		fmt.Sprintf("%d of the %d labelled posts criticise a product, service, company or organisation (docs/forum-criticism-labels.md); %d of them are also labelled complaints, of the %d complaints.", critical, labelled, both, complaints),
		"The queue's rule is the one of the table above. No model here saw these labels, but the rule's complaint and praise thresholds were chosen on them, leaving each site out in turn (classify.CriticismComplaint): chosen that way for each site, the rule scored F1 0.463 on its posts; its row above uses the chosen values on every post.",
	}
	if err := ct.WriteSection(w); err != nil {
		return err
	}
	return writeForumBrandCriticism(w, posts, criticism)
}

// forumBrands names, for each forum of the corpus that is about one
// product or maker, that product as a brand earshot could be configured
// with: the forum's own name for it, and the names its posts use.
var forumBrands = map[string]config.Brand{
	"community.bitdefender.com": {Name: "Bitdefender", Terms: []string{"Bitdefender"}},
	"forum.openoffice.org":      {Name: "OpenOffice", Terms: []string{"OpenOffice", "Apache OpenOffice", "AOO", "OOo"}},
	"forum.utorrent.com":        {Name: "uTorrent", Terms: []string{"uTorrent", "µTorrent", "BitTorrent"}},
	"forum.videolan.org":        {Name: "VLC", Terms: []string{"VLC", "VideoLAN"}},
	"forums.macrumors.com":      {Name: "Apple", Terms: []string{"Apple", "iPhone", "iOS"}, Context: []string{"iPhone", "iOS", "Face ID"}},
	"www.airliners.net":         {Name: "Boeing", Terms: []string{"Boeing", "777X", "777-9"}},
	"us.forums.blizzard.com":    {Name: "Blizzard", Terms: []string{"Blizzard", "WoW", "World of Warcraft"}},
}

// writeForumBrandCriticism prints how earshot's criticism decision does
// where the follow-up queue makes it: on the posts of the product forums
// (forumBrands) whose text names the forum's product, classified as ingest
// classifies a post (classify.Classifier.Classify) for that brand, against
// the criticism labels. It prints nothing when no such post is labelled.
func writeForumBrandCriticism(w io.Writer, posts []forumPost, criticism map[string]bool) error {
	classifiers := map[string]*classify.Classifier{}
	var queue, negative ComplaintCounts
	sites, n := map[string]bool{}, 0
	for _, p := range posts {
		b, ok := forumBrands[p.Site]
		c, labelled := criticism[p.ID]
		if !ok || !labelled {
			continue
		}
		cl := classifiers[p.Site]
		if cl == nil {
			var err error
			if cl, err = classify.New([]config.Brand{b}); err != nil {
				return fmt.Errorf("eval: forum brand %s: %w", b.Name, err)
			}
			classifiers[p.Site] = cl
		}
		pp := &post.Post{Text: p.Text}
		cl.Classify(pp)
		if len(pp.Mentions) == 0 {
			continue
		}
		n++
		sites[p.Site] = true
		queue.Add(len(pp.Criticism) > 0, c)
		negative.Add(pp.Mentions[0].Sentiment == post.Negative, c)
	}
	if n == 0 {
		return nil
	}
	t := &Table{
		Title:  "Criticism of a product its forum post names: " + filepath.Base(forumSetDir) + ", labelled by hand",
		Header: forumHeader,
	}
	for _, r := range []struct {
		name string
		b    ComplaintCounts
	}{
		{"earshot's criticism of the brand (the queue's rule)", queue},
		{"negative sentiment toward the brand (earshot)", negative},
	} {
		forumRow(t, r.name, n, r.b.TP+r.b.FP, r.b)
	}
	t.Notes = []string{
		fmt.Sprintf("Posts: the labelled posts of %d product forums whose text names the forum's product (%d posts; the brands are in eval/forum_complaints.go), each classified for that brand as ingest classifies a post. A post counts as criticism by its criticism label, which names criticism of any product or organisation: on a product's own forum, mostly that product.", len(sites), n),
	}
	return t.WriteSection(w)
}

// addForumRow adds to t the row of a system that flags post i when
// flagged(i): how many posts it flags, and its precision, recall and F1
// against labels (posts without a label count only as flagged or not).
func addForumRow(t *Table, name string, posts []forumPost, labels map[string]bool, flagged func(i int) bool) {
	n := 0
	var b ComplaintCounts
	for i, p := range posts {
		f := flagged(i)
		if f {
			n++
		}
		if c, ok := labels[p.ID]; ok {
			b.Add(f, c)
		}
	}
	forumRow(t, name, len(posts), n, b)
}

// forumHeader heads the forum tables, whose rows forumRow writes.
var forumHeader = []string{"system", "posts", "flagged", "precision", "recall", "F1"}

// forumRow adds the row of a system that flags flagged of n posts and
// scores b against the labels.
func forumRow(t *Table, name string, n, flagged int, b ComplaintCounts) {
	t.AddRow(name, n, fmt.Sprintf("%d (%.0f%%)", flagged, 100*float64(flagged)/float64(n)), b.Precision(), b.Recall(), b.F1())
}

// forumTrainWeight is the weight of a labelled forum post against a tweet
// when forumLeaveSiteOut trains on both.
const forumTrainWeight float64 = 3

// forumSites returns the distinct sites of posts, sorted.
func forumSites(posts []forumPost) []string {
	var sites []string
	for _, p := range posts {
		sites = append(sites, p.Site)
	}
	return slices.Compact(slices.Sorted(slices.Values(sites)))
}

// forumExamples returns the labelled posts not on site skip as training
// examples of the given weight.
func forumExamples(posts []forumPost, labels map[string]bool, weight float64, skip string) []classify.ComplaintExample {
	var ex []classify.ComplaintExample
	for _, p := range posts {
		if c, ok := labels[p.ID]; ok && p.Site != skip {
			ex = append(ex, classify.ComplaintExample{Text: p.Text, Complaint: c, Weight: weight})
		}
	}
	return ex
}

// forumLeaveSiteOut scores each post with a model trained on the tweets
// and the labelled posts of every other site, the latter at weight: what
// training on forum posts too would do for a site it never saw.
func forumLeaveSiteOut(tweets []ComplaintRow, posts []forumPost, labels map[string]bool, weight float64) []float64 {
	base := complaintExamples(tweets)
	sites := forumSites(posts)
	scores := make([]float64, len(posts))
	// Each site's model writes only its own posts' scores.
	parallel(len(sites), func(s int) {
		ex := append(slices.Clone(base), forumExamples(posts, labels, weight, sites[s])...)
		m := classify.TrainComplaint(ex, classify.ComplaintTrainOptions{})
		for i, p := range posts {
			if p.Site == sites[s] {
				scores[i] = m.Score(p.Text)
			}
		}
	})
	return scores
}

// forumCostOnTweets returns the tweets' F1, cross-validated and pooled over
// ComplaintRepeats fold assignments as the complaint table pools it, when
// extra (the labelled forum posts) is trained on as well.
func forumCostOnTweets(tweets []ComplaintRow, extra []classify.ComplaintExample) float64 {
	texts := make([]string, len(tweets))
	for i, r := range tweets {
		texts[i] = r.Text
	}
	var b ComplaintCounts
	for seed := range ComplaintRepeats {
		scores := complaintHeldOutViews(tweets, classify.ComplaintTrainOptions{}, complaintSeedFold(ComplaintFolds, seed), extra, texts)[0]
		for i, r := range tweets {
			b.Add(scores[i] >= classify.ComplaintThreshold, r.Complaint)
		}
	}
	return b.F1()
}
