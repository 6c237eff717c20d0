package crawler

import (
	"bufio"
	"bytes"
	"github.com/earshot-dev/earshot/internal/shareddata"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func sharedData(tb testing.TB) string {
	tb.Helper()
	return shareddata.Dir(tb, "feeds")
}

// headerContentType reads the "Header: Content-type: ..." line some
// feedparser encoding tests carry: the header their test server would send.
func headerContentType(data []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(data[:min(len(data), 2048)]))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(line, "Header: Content-type:"); ok {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}

// TestFeedCorpus runs every feed of the conformance corpora (feedparser's
// suite, gofeed's and miniflux's test data: 3,000+ files, many ill-formed)
// through ParseFeed. None may panic; well-formed feeds must nearly all parse;
// every post must have an ID, a URL and valid UTF-8 text.
func TestFeedCorpus(t *testing.T) {
	root := filepath.Join(sharedData(t), "feeds")
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	var files, parsed, wellformed, wellformedParsed, posts int
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(path)
		if ext != ".xml" && ext != ".json" && ext != ".rss" && ext != ".atom" {
			return nil
		}
		if strings.Contains(path, "gofeed-testdata") && ext == ".json" {
			return nil // expected-output files, not feeds
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		wf := strings.Contains(path, string(filepath.Separator)+"wellformed"+string(filepath.Separator))
		if wf {
			wellformed++
		}
		ps, _, err := ParseFeed("http://feeds.example/feed.xml", data, headerContentType(data), "corpus", now)
		if err != nil {
			return nil
		}
		parsed++
		if wf {
			wellformedParsed++
		}
		for _, p := range ps {
			posts++
			if p.ID == "" || p.URL == "" {
				t.Errorf("%s: post without ID or URL: %+v", path, p)
			}
			if !utf8Valid(p.Text) || !utf8Valid(p.Title) {
				t.Errorf("%s: invalid UTF-8 in post %s", path, p.URL)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files, %d parsed (%d posts); wellformed: %d of %d", files, parsed, posts, wellformedParsed, wellformed)
	if files < 1000 {
		t.Errorf("found %d feed files under %s, want the whole corpus", files, root)
	}
	// CDF, an obsolete Microsoft format, is the one well-formed family
	// gofeed does not read (15 files).
	if wellformedParsed < wellformed-20 {
		t.Errorf("wellformed feeds parsed: got %d of %d, want all but CDF", wellformedParsed, wellformed)
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
