package eval

import (
	"errors"
	"github.com/earshot-dev/earshot/internal/shareddata"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/extract"
)

func forumSharedData(tb testing.TB) string {
	tb.Helper()
	return shareddata.Dir(tb, forumSetDir)
}

func TestForumSharedData(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 52-page forum evaluation in -short mode")
	}
	if err := Forum(forumSharedData(t), os.Stdout); err != nil {
		t.Fatal(err)
	}
}

// TestForumGenericOnly measures the generic detector alone, the layer that
// reads boards no adapter covers, and fails when it finds less than 90% of
// the gold posts (it found 94.5% when this test was written).
func TestForumGenericOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 52-page generic-only forum evaluation in -short mode")
	}
	dir := forumSharedData(t)
	if err := ForumLayers(dir, os.Stdout, extract.LayerGeneric); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, forumSetDir, "*.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	_, total, _, err := forumScoreFiles(files, extract.LayerGeneric)
	if err != nil {
		t.Fatal(err)
	}
	if got := float64(total.Found) / float64(total.Gold); got < 0.90 {
		t.Errorf("generic layer alone found %d of %d gold posts (%.1f%%), want at least 90%%", total.Found, total.Gold, 100*got)
	}
}

// TestForumCountsFromData scores a one-page gold file whose counts are
// known: 4 gold posts, of which 3 are on the page (one with a wrong gold
// author, one with a wrong gold date), and 4 extracted posts, one of them
// without gold.
func TestForumCountsFromData(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "forum", forumSetDir, "*.json.gz"))
	if err != nil || len(files) != 1 {
		t.Fatalf("fixture: got %d files (%v), want 1", len(files), err)
	}
	sites, total, methods, err := forumScoreFiles(files, extract.AllLayers)
	if err != nil {
		t.Fatal(err)
	}
	want := forumCounts{Pages: 1, Gold: 4, Found: 3, AuthorOK: 2, DateN: 3, DateOK: 2, Extracted: 4, Unmatched: 1}
	if total != want {
		t.Errorf("total = %+v, want %+v", total, want)
	}
	if got := sites["kettles.example.org"]; got != want {
		t.Errorf("site kettles.example.org = %+v, want %+v", got, want)
	}
	if methods["kettles.example.org"] != "phpbb" {
		t.Errorf("method = %q, want phpbb", methods["kettles.example.org"])
	}

	var buf strings.Builder
	if err := Forum(filepath.Join("testdata", "forum"), &buf); err != nil {
		t.Fatal(err)
	}
	for _, row := range []string{
		"| kettles.example.org | phpbb  | 1     | 4          | 3     | 75.0    | 2         | 66.7     | 2       | 66.7   | 4         | 1       | 75.0      |",
		"| TOTAL               |        | 1     | 4          | 3     | 75.0    | 2         | 66.7     | 2       | 66.7   | 4         | 1       | 75.0      |",
	} {
		if !strings.Contains(buf.String(), row) {
			t.Errorf("Forum output lacks row\n%s\ngot:\n%s", row, buf.String())
		}
	}
}

func TestForumNoData(t *testing.T) {
	if err := Forum(t.TempDir(), io.Discard); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Forum(empty dir) error = %v, want os.ErrNotExist", err)
	}
}

func TestForumDateOK(t *testing.T) {
	utc := func(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, time.UTC) }
	tests := []struct {
		surface string
		got     time.Time
		want    bool
	}{
		{"17 Jul 2011 17:51", utc(2011, 7, 17, 17, 51), true},
		{"17 Jul 2011 17:51", utc(2011, 7, 17, 17, 52), false},
		{"17 Jul 2011 17:51", utc(2011, 7, 17, 15, 51), true}, // a zone offset
		{"Jul 17, 2011", utc(2011, 7, 17, 9, 0), true},
		{"Jul 17, 2011", utc(2011, 7, 18, 9, 0), false},
		{"September 2019", utc(2019, 9, 3, 8, 5), true},
		{"March 30", utc(2020, 3, 30, 8, 5), true},
		{"March 30", utc(2020, 3, 31, 8, 5), false},
	}
	for _, tt := range tests {
		t.Run(tt.surface, func(t *testing.T) {
			want, ok := extract.ParseDate(tt.surface, "en", forumNow)
			if !ok {
				t.Fatalf("ParseDate(%q) failed", tt.surface)
			}
			if got := forumDateOK(tt.surface, want, extract.Post{Date: tt.got}); got != tt.want {
				t.Errorf("forumDateOK(%q, got %v) = %v, want %v", tt.surface, tt.got, got, tt.want)
			}
		})
	}
}
