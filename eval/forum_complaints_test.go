package eval

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/classify"
)

// The fixture thread holds four posts: an English complaint (#0: a stopped
// thermostat and unanswered emails), an English tip (#1), a German post
// (#2) and one too short to count (#3). Only the two English posts are
// scored, and the committed model flags only the complaint.
func TestForumComplaints(t *testing.T) {
	rows, err := ReadComplaints(filepath.Join("testdata", "complaint", ComplaintsFile))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		labels    string
		criticism string
		train     []ComplaintRow
		rows      map[string][]string // row name -> posts, flagged, precision, recall, F1; nil: present, 2 posts
		// critRows are rows of the criticism table, which is printed
		// when criticism labels any post.
		critRows map[string][]string
		notes    []string
	}{
		{
			name:   "labelled as flagged",
			labels: "# a comment\nthread#0\t1\tthermostat stopped\nthread#1\t0\ta tip\n",
			rows: map[string][]string{
				"earshot, committed model, a post as it is":                         {"2", "1 (50%)", "1.000", "1.000", "1.000"},
				"criticism of a brand named in the post's title (the queue's rule)": {"2", "1 (50%)", "1.000", "1.000", "1.000"},
			},
			notes: []string{"1 of the 2 labelled are complaints"},
		},
		{
			name:      "with criticism labels",
			labels:    "thread#0\t1\tthermostat stopped\nthread#1\t0\ta tip\n",
			criticism: "# comment\nthread#0\t1\tthermostat\nthread#1\t1\tcalls the kettle rubbish\n",
			critRows: map[string][]string{
				"criticism of a brand named in the post's title (the queue's rule)":      {"2", "1 (50%)", "1.000", "0.500", "0.667"},
				"complaint (committed model, scored as a brand's sentences) = criticism": {"2", "1 (50%)", "1.000", "0.500", "0.667"},
			},
			notes: []string{"2 of the 2 labelled posts criticise", "1 of them are also labelled complaints, of the 1 complaints"},
		},
		{
			name:   "labelled the other way",
			labels: "thread#0\t0\tx\nthread#1\t1\ty\n",
			rows: map[string][]string{
				"earshot, committed model, a post as it is": {"2", "1 (50%)", "0.000", "0.000", "0.000"},
			},
		},
		{
			name:   "a post without a label",
			labels: "thread#0\t1\tx\n",
			rows: map[string][]string{
				"earshot, committed model, a post as it is": {"2", "1 (50%)", "1.000", "1.000", "1.000"},
			},
			notes: []string{"1 posts have no label and count only as flagged or not: thread#1"},
		},
		{
			name:   "with the handle-free alternative",
			labels: "thread#0\t1\tx\nthread#1\t0\ty\n",
			train:  rows,
			rows: map[string][]string{
				"trained with handle-free copies of the tweets, a post as it is":                  nil,
				"trained on the tweets and the other sites' posts (weight 3), each site left out": nil,
			},
			notes: []string{"labelled posts of the other 0 sites", "the tweets' F1 (5-fold CV pooled over 4 fold assignments) is"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			dir := filepath.Join("testdata", "forumrate")
			posts, err := forumEnglishPosts(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := writeForumComplaints(&buf, dir, posts, tt.labels, tt.criticism, tt.train); err != nil {
				t.Fatalf("writeForumComplaints: %v", err)
			}
			out := buf.String()
			complaintPart, critPart, hasCrit := strings.Cut(out, "Criticism in forum posts")
			if hasCrit != (tt.critRows != nil) {
				t.Errorf("criticism table printed = %v, want %v; output:\n%s", hasCrit, tt.critRows != nil, out)
			}
			for name, want := range tt.critRows {
				if got := complaintRow(critPart, name); !slices.Equal(got, want) {
					t.Errorf("criticism row %q = %q, want %q; output:\n%s", name, got, want, out)
				}
			}
			out = complaintPart + "\n" + critPart
			for name, want := range tt.rows {
				got := complaintRow(out, name)
				if want == nil {
					if len(got) != 5 || got[0] != "2" {
						t.Errorf("row %q = %q, want 2 posts scored; output:\n%s", name, got, out)
					}
					continue
				}
				if !slices.Equal(got, want) {
					t.Errorf("row %q = %q, want %q; output:\n%s", name, got, want, out)
				}
			}
			for _, n := range tt.notes {
				if !strings.Contains(out, n) {
					t.Errorf("output lacks %q; got:\n%s", n, out)
				}
			}
			if got, want := strings.Contains(out, "handle-free"), tt.train != nil; got != want {
				t.Errorf("handle-free row present = %v, want %v; output:\n%s", got, want, out)
			}
		})
	}
}

// TestForumComplaintsNoCorpus: a data directory without the forum corpus
// prints nothing and is no error.
func TestForumComplaintsNoCorpus(t *testing.T) {
	var buf bytes.Buffer
	dir := t.TempDir()
	posts, err := forumEnglishPosts(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeForumComplaints(&buf, dir, posts, forumComplaintLabels, forumCriticismLabels, nil); err != nil {
		t.Fatalf("writeForumComplaints: %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("output = %q, want none", buf.String())
	}
}

func TestParseForumLabels(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"bad label", "a#1\tyes\tx\n", "line 1: want id <TAB> 0|1"},
		{"no label", "a#1\n", "line 1: want id <TAB> 0|1"},
		{"twice", "a#1\t1\tx\n\na#1\t0\ty\n", "line 3: a#1 labelled twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseForumLabels(tt.in, "forum_complaint_labels.tsv")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseForumLabels error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestCommittedForumLabels checks the shipped labels: every post of the
// corpus's English selection once, 56 of them complaints and 82 criticism,
// as their headers and docs/forum-*-labels.md say.
func TestCommittedForumLabels(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		ones       int
	}{
		{"forum_complaint_labels.tsv", forumComplaintLabels, 56},
		{"forum_criticism_labels.tsv", forumCriticismLabels, 82},
	} {
		labels, err := parseForumLabels(tt.text, tt.name)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range labels {
			if c {
				n++
			}
		}
		if len(labels) != 419 || n != tt.ones {
			t.Errorf("%s: %d labels, %d ones; want 419 and %d", tt.name, len(labels), n, tt.ones)
		}
	}
}

// TestForumLabelsCoverCorpus checks that each label file and the corpus's
// English selection name the same posts: a change to the selection (the
// language detector, the length bounds) or to the corpus shows here, not as
// a quiet "no label" note.
func TestForumLabelsCoverCorpus(t *testing.T) {
	dir := forumSharedData(t)
	posts, err := forumEnglishPosts(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"forum_complaint_labels.tsv": forumComplaintLabels, "forum_criticism_labels.tsv": forumCriticismLabels} {
		labels, err := parseForumLabels(text, name)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, p := range posts {
			seen[p.ID] = true
			if _, ok := labels[p.ID]; !ok {
				t.Errorf("%s: post %s has no label", name, p.ID)
			}
		}
		for id := range labels {
			if !seen[id] {
				t.Errorf("%s: label %s names no post of the selection", name, id)
			}
		}
	}
}

// TestForumLeaveSiteOut checks that each site's posts are scored by a model
// that never saw them: the score equals that of a model trained on the
// tweets and the other site's posts alone, and differs from one trained on
// the site's own posts too.
func TestForumLeaveSiteOut(t *testing.T) {
	tweets, err := ReadComplaints(filepath.Join("testdata", "complaint", ComplaintsFile))
	if err != nil {
		t.Fatal(err)
	}
	posts := []forumPost{
		{ID: "a#0", Text: "my thermostat died after the update and nobody answers", Site: "a.example"},
		{ID: "a#1", Text: "try resetting it from the menu, worked for me", Site: "a.example"},
		{ID: "b#0", Text: "the router drops every evening and support keeps closing my ticket", Site: "b.example"},
		{ID: "b#1", Text: "lovely weather for the match on saturday", Site: "b.example"},
	}
	labels := map[string]bool{"a#0": true, "a#1": false, "b#0": true, "b#1": false}
	got := forumLeaveSiteOut(tweets, posts, labels, 3)
	train := func(sites ...string) *classify.ComplaintModel {
		var ex []classify.ComplaintExample
		for _, r := range tweets {
			ex = append(ex, classify.ComplaintExample{Text: r.Text, Complaint: r.Complaint})
		}
		for _, p := range posts {
			if slices.Contains(sites, p.Site) {
				ex = append(ex, classify.ComplaintExample{Text: p.Text, Complaint: labels[p.ID], Weight: 3})
			}
		}
		return classify.TrainComplaint(ex, classify.ComplaintTrainOptions{})
	}
	for _, tt := range []struct{ site, other string }{{"a.example", "b.example"}, {"b.example", "a.example"}} {
		held, seen := train(tt.other), train(tt.other, tt.site)
		for i, p := range posts {
			if p.Site != tt.site {
				continue
			}
			if want := held.Score(p.Text); got[i] != want {
				t.Errorf("%s: score %v, want %v (trained without %s)", p.ID, got[i], want, tt.site)
			}
			if got[i] == seen.Score(p.Text) {
				t.Errorf("%s: score %v equals that of a model trained on its own site", p.ID, got[i])
			}
		}
	}
}

// TestForumPostsAsExtracted checks that forum posts are scored as earshot
// ingests them: a reply whose gold text keeps the quote of an earlier post
// is read without it, and a gold post the extractor does not find keeps
// its gold text.
func TestForumPostsAsExtracted(t *testing.T) {
	posts, err := forumEnglishPosts(filepath.Join("testdata", "forumquote"))
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) != 3 {
		t.Fatalf("got %d posts, want 3: %+v", len(posts), posts)
	}
	const reply = "Descale it with citric acid and try again tomorrow morning, that fixed mine in one go."
	tests := []struct {
		id        string
		extracted bool
		text      string
	}{
		{"quote#0", true, "My kettle switches off before the water boils, every single time, and the shop will not take it back."},
		{"quote#1", true, reply},
		{"quote#2", false, "This post is not on the page at all, so it cannot be found by anyone."},
	}
	for i, tt := range tests {
		p := posts[i]
		if p.ID != tt.id || p.Extracted != tt.extracted || strings.TrimSpace(p.Text) != tt.text {
			t.Errorf("post %d = %s extracted %v text %q; want %s extracted %v text %q", i, p.ID, p.Extracted, p.Text, tt.id, tt.extracted, tt.text)
		}
	}
	if !strings.HasPrefix(posts[1].Gold, "ann wrote: ") {
		t.Errorf("reply's gold text %q, want it to keep the quote", posts[1].Gold)
	}
}

// TestForumBrandCriticism checks the brand-context table: only labelled
// posts of a product forum that name its product count, each classified
// for that product.
func TestForumBrandCriticism(t *testing.T) {
	const site = "community.bitdefender.com"
	posts := []forumPost{
		{ID: "a#0", Site: site, Text: "Bitdefender keeps crashing every morning and their support never answers. Useless."},
		{ID: "a#1", Site: site, Text: "Bitdefender released version 27 today, with a new dashboard."},
		{ID: "a#2", Site: site, Text: "My kettle broke again and the shop is useless."},            // names no product of the forum
		{ID: "a#3", Site: site, Text: "Bitdefender is awful, I regret every penny I paid for it."}, // no label
		{ID: "b#0", Site: "kettles.example.org", Text: "Bitdefender is terrible."},                 // not a product forum
	}
	labels := map[string]bool{"a#0": true, "a#1": false, "a#2": true, "b#0": true}
	var buf bytes.Buffer
	if err := writeForumBrandCriticism(&buf, posts, labels); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if got, want := complaintRow(out, "earshot's criticism of the brand (the queue's rule)"), []string{"2", "1 (50%)", "1.000", "1.000", "1.000"}; !slices.Equal(got, want) {
		t.Errorf("queue row = %q, want %q; output:\n%s", got, want, out)
	}
	if !strings.Contains(out, "labelled posts of 1 product forums") {
		t.Errorf("output does not count one forum; got:\n%s", out)
	}
	buf.Reset()
	if err := writeForumBrandCriticism(&buf, posts[4:], labels); err != nil || buf.Len() != 0 {
		t.Errorf("no product forum post: output %q, error %v; want nothing", buf.String(), err)
	}
}
