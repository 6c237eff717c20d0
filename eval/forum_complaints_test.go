package eval

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The fixture thread holds four posts: an English complaint (a stopped
// thermostat and unanswered emails), an English tip, a German post and one
// too short to count. Only the two English posts are scored, and only the
// complaint is flagged, as a complaint and as criticism.
func TestForumComplaintRate(t *testing.T) {
	rows, err := ReadComplaints(filepath.Join("testdata", "complaint", ComplaintsFile))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		train []ComplaintRow
		rows  map[string][]string
	}{
		{"committed", nil, map[string][]string{
			"earshot, committed model, a post as it is":                         {"2", "1", "50%"},
			"criticism of a brand named in the post's title (the queue's rule)": {"2", "1", "50%"},
		}},
		{"with the handle-free alternative", rows, map[string][]string{
			"earshot, committed model, a post as it is":                      {"2", "1", "50%"},
			"trained with handle-free copies of the tweets, a post as it is": nil, // present; its count depends on the tiny training file
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := writeForumComplaintRate(&buf, filepath.Join("testdata", "forumrate"), tt.train); err != nil {
				t.Fatalf("writeForumComplaintRate: %v", err)
			}
			out := buf.String()
			for name, want := range tt.rows {
				got := complaintRow(out, name)
				if want == nil {
					if len(got) != 3 || got[0] != "2" {
						t.Errorf("row %q = %q, want 2 posts scored; output:\n%s", name, got, out)
					}
					continue
				}
				if !slices.Equal(got, want) {
					t.Errorf("row %q = %q, want %q; output:\n%s", name, got, want, out)
				}
			}
			if got, want := strings.Contains(out, "handle-free"), tt.train != nil; got != want {
				t.Errorf("handle-free row present = %v, want %v; output:\n%s", got, want, out)
			}
		})
	}
}

// TestForumComplaintRateNoCorpus: a data directory without the forum corpus
// prints nothing and is no error.
func TestForumComplaintRateNoCorpus(t *testing.T) {
	var buf bytes.Buffer
	if err := writeForumComplaintRate(&buf, t.TempDir(), nil); err != nil {
		t.Fatalf("writeForumComplaintRate: %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("output = %q, want none", buf.String())
	}
}
