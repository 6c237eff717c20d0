package eval

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDiscoverLabelled(t *testing.T) {
	dir := filepath.Join("testdata", "discover")
	files, skipped, err := discoverLabelled(dir)
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		name   string
		format labelledFormat
	}
	// Known files first in their fixed order (tweets, then uci/yelp),
	// then the rest by path; README.txt, notes.json and .hidden are not
	// looked at.
	wants := []want{
		{"tweets", formatRated},
		{"uci/yelp", formatTwoClass},
		{"complaints-other", formatComplaints},
		{"movies", formatTwoClass},
		{"nytEditorialSnippets", formatRated},
	}
	var got []want
	for _, f := range files {
		got = append(got, want{f.name, f.format})
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d files %+v, want %+v", len(got), got, wants)
	}
	for i := range wants {
		if got[i] != wants[i] {
			t.Errorf("file %d: got %+v, want %+v", i, got[i], wants[i])
		}
	}
	if len(skipped) != 1 || filepath.Base(skipped[0].path) != "broken.txt" || !strings.Contains(skipped[0].reason, "line 2") {
		t.Errorf("got skipped %+v, want broken.txt with its bad line 2", skipped)
	}
}
