package eval

import (
	"github.com/earshot-dev/earshot/post"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
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

// TestDiscoverLabelledTree checks that a held-out set beside the shared
// data's sentiment/ folder is found as well as the dev sets inside it (a
// tab inside one of its texts is text, and so is a number alone), and that neither a table whose
// last column happens to be 0 or 1 nor VADER's raw-ratings file (numbers
// where the text would be) is taken for labelled sentences.
func TestDiscoverLabelledTree(t *testing.T) {
	files, skipped, err := discoverLabelled(filepath.Join("testdata", "discovertree"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.name)
	}
	if want := []string{"tweets", "movies/polarity", "news/nytEditorialSnippets", "semeval-tweets"}; !slices.Equal(got, want) {
		t.Errorf("got files %q, want %q", got, want)
	}
	if len(skipped) != 2 ||
		filepath.Base(skipped[0].path) != "nytEditorialSnippets_anonDataRatings.txt" || !strings.Contains(skipped[0].reason, "a number (1.21) where the text should be") ||
		filepath.Base(skipped[1].path) != "pages.tsv" || !strings.Contains(skipped[1].reason, "line 1 has 4") {
		t.Errorf("got skipped %+v, want the raw ratings for their numbers and pages.tsv for its 4 columns", skipped)
	}
	// The command's path reads the same tree.
	sets, err := LoadSentimentSets(filepath.Join("testdata", "discovertree"))
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, s := range sets {
		got = append(got, s.Name)
	}
	if want := []string{"tweets", "movies/polarity", "news/nytEditorialSnippets", "semeval-tweets"}; !slices.Equal(got, want) {
		t.Errorf("LoadSentimentSets: got sets %q, want %q", got, want)
	}
	if len(sets) == 4 && (len(sets[1].Examples) != 3 || len(sets[2].Examples) != 5) {
		t.Errorf("movie and news sets have %d and %d examples, want 3 and 5 (each with a tab in a text, and a text that is a number alone)", len(sets[1].Examples), len(sets[2].Examples))
	}
	// Only the dev set is one the trainer may learn from.
	for i, s := range sets {
		if s.Dev != (i == 0) {
			t.Errorf("%s: Dev = %v; want the known tweets file only", s.Name, s.Dev)
		}
	}
}

// FuzzSniffLabelled: any file's bytes are either a format, which then
// loads as a set with an example per rating (or none), or skipped with a
// reason; nothing panics.
func FuzzSniffLabelled(f *testing.F) {
	for _, seed := range []string{
		"1\t2.0\tlovely\n2\t-1.5\tawful\n",
		"id\tlabel\ttext\n1\tpositive\tfine\n",
		"sentence\tlabel\nlovely\t1\n",
		"1\t1.45\t1.21\t[2, 1]\n",
		"1,text,1,retail\n",
		"url\ta\tb\t0\nx\ty\tz\t1\n",
		"\r\n\t\t\n",
		"tweet_id,airline_sentiment,text\n1,negative,\"late, again\"\n2,irrelevant,x\n",
		"\"id\";\"polarity\";\"tweet\"\n\"1\";\"4\";\"fine\"\n",
		"\"0\",\"1\",\"d\",\"q\",\"u\",\"awful\"\n",
		"stars\treview\n5\tgreat\textra\n1\tbad\n",
		"{\"text\": \"fine\", \"label\": 1}\n{\"text\": \"bad\", \"label\": 0}\n",
	} {
		for ext := range uint8(len(labelledExts)) {
			f.Add(seed, ext)
		}
	}
	f.Fuzz(func(t *testing.T, data string, extIndex uint8) {
		ext := labelledExts[int(extIndex)%len(labelledExts)]
		format, parsed, why := sniffLabelled("fuzz"+ext, ext, []byte(data))
		if why != "" {
			return
		}
		if format == formatComplaints {
			return // parseComplaints accepted it
		}
		sets, err := sentimentSets([]labelledFile{{name: "fuzz", path: "fuzz" + ext, format: format, data: []byte(data)}})
		if err != nil {
			t.Fatalf("sniffed as %v but does not load: %v", format, err)
		}
		s := sets[0]
		if len(s.Examples) == 0 || s.Ratings != nil && len(s.Ratings) != len(s.Examples) {
			t.Fatalf("set of %d examples and %d ratings", len(s.Examples), len(s.Ratings))
		}
		// The set the sniffer parsed, which discovery keeps, is the one a
		// second parse gives.
		cached, err := sentimentSets([]labelledFile{{name: "fuzz", path: "fuzz" + ext, format: format, data: []byte(data), parsed: parsed}})
		if err != nil || !reflect.DeepEqual(cached[0], s) {
			t.Fatalf("sniffed set %+v (%v), parsed again %+v", cached, err, s)
		}
	})
}

// TestDiscoverLabelledSymlink: a data directory given as a symbolic link
// to the data is walked where it points, and its files are named under the
// link; so is a corpus linked in under a data directory, and a link back
// up the tree is not followed round.
func TestDiscoverLabelledSymlink(t *testing.T) {
	target, err := filepath.Abs(filepath.Join("testdata", "discovertree"))
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "data")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	files, _, err := discoverLabelled(link)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.name)
		if !strings.HasPrefix(f.path, link+string(filepath.Separator)) {
			t.Errorf("%s: path %s is not under the link %s", f.name, f.path, link)
		}
	}
	if want := []string{"tweets", "movies/polarity", "news/nytEditorialSnippets", "semeval-tweets"}; !slices.Equal(got, want) {
		t.Errorf("got files %q, want %q", got, want)
	}

	data := t.TempDir()
	for name, to := range map[string]string{"heldout": filepath.Join(target, "news"), "loop": data} {
		if err := os.Symlink(to, filepath.Join(data, name)); err != nil {
			t.Fatal(err)
		}
	}
	files, skipped, err := discoverLabelled(data)
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, f := range files {
		got = append(got, f.name)
	}
	if want := []string{"heldout/nytEditorialSnippets"}; !slices.Equal(got, want) || len(skipped) != 1 {
		t.Errorf("linked corpus: got files %q and %d skipped, want %q and the raw ratings skipped", got, len(skipped), want)
	}
}

// TestDiscoverLabelledTables: the labelled tables sentiment corpora come
// as (a Kaggle CSV with quoted texts, STS-Gold's semicolons, Sentiment140's
// headerless test file, Sanders' CSV with an "irrelevant" label, JSON lines,
// star ratings in a TSV) load with the labels they give, 2-class when no
// row is neutral; a table of topics and one whose numeric labels fit no
// scale exactly are skipped, saying why.
func TestDiscoverLabelledTables(t *testing.T) {
	dir := filepath.Join("testdata", "discovertables")
	sets, skipped, err := loadSentimentSets(dir)
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		labels   []string // n, p, u: negative, positive, neutral, in file order
		twoClass bool
		note     string
	}
	wants := map[string]want{
		"airline":   {[]string{"n", "p", "u", "n"}, false, `text from column "text", label from "airline_sentiment"`},
		"reviews":   {[]string{"p", "n", "p", "p"}, true, "0/1 as negative/positive"}, // the last label is 1.0
		"s140-test": {[]string{"p", "n", "u"}, false, "Sentiment140's 0/2/4"},
		"sanders":   {[]string{"p", "n", "u"}, false, `Left out 1 of 4 rows: label "irrelevant" 1`},
		"stars":     {[]string{"p", "n", "u", "n", "p"}, false, "stars 1-5"},
		"sts-gold":  {[]string{"p", "n", "p"}, true, `label from "polarity"; labels Sentiment140's 0/4`},
		// "id \t stars \t review" parses as VADER's ratings too; its
		// header makes it a table, on the star scale.
		"ids": {[]string{"n", "p", "u", "n", "p"}, false, `label from "stars"; labels stars 1-5`},
		// Numbers win over a stray word and a gap, which are left out.
		"gaps": {[]string{"p", "n", "p"}, true, `Left out 2 of 5 rows: label "irrelevant" 1, no label 1.`},
		// A null label is a gap in JSON lines.
		"nulls": {[]string{"p", "n"}, true, "Left out 1 of 3 rows: no label 1."},
		// Four columns with 0/1 in the third, but no "domain": a table,
		// not complaints.
		"fourcol": {[]string{"p", "n", "p"}, true, `text from column "sentence", label from "label"`},
		// Half the rows labelled is enough; fewer is not.
		"half": {[]string{"p"}, true, `Left out 1 of 2 rows: label "irrelevant" 1.`},
	}
	short := map[string]string{post.Negative: "n", post.Positive: "p", post.Neutral: "u"}
	var got []string
	for _, s := range sets {
		got = append(got, s.Name)
		w, ok := wants[s.Name]
		if !ok {
			continue
		}
		var labels []string
		for _, e := range s.Examples {
			labels = append(labels, short[e.Label])
		}
		if !slices.Equal(labels, w.labels) || s.TwoClass != w.twoClass || !strings.Contains(s.Note, w.note) || s.Ratings != nil {
			t.Errorf("%s: labels %v, 2-class %v, note %q; want %v, %v, a note with %q", s.Name, labels, s.TwoClass, s.Note, w.labels, w.twoClass, w.note)
		}
	}
	if want := slices.Sorted(maps.Keys(wants)); !slices.Equal(got, want) {
		t.Fatalf("got sets %q, want %q", got, want)
	}
	texts := map[string]string{}
	for _, s := range sets {
		texts[s.Name] = s.Examples[len(s.Examples)-1].Text
	}
	if texts["airline"] != "@MedlarJet lost my bag, again.\nNobody answers the phone." || texts["stars"] != "Good coffee, \"cosy\" room\twith a tab" {
		t.Errorf("a quoted text over two lines and a text with a tab and quotes read as %q and %q", texts["airline"], texts["stars"])
	}
	reasons := map[string]string{}
	for _, f := range skipped {
		reasons[filepath.Base(f.path)] = f.reason
	}
	if len(reasons) != 2 || !strings.Contains(reasons["topics.csv"], "3 of 3 rows have no sentiment label") ||
		!strings.Contains(reasons["ambiguous.csv"], "labels 0, 2 are on no scale") {
		t.Errorf("skipped %q; want topics.csv for its labels and ambiguous.csv for its scale", reasons)
	}

	// The tables print how they were read.
	var out strings.Builder
	if err := Sentiment(dir, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `Left out 1 of 4 rows: label "irrelevant" 1.`) {
		t.Errorf("Sanders' note is not in the output:\n%s", out.String())
	}
}

// TestDiscoverLabelledFile: --data may name one file rather than a folder;
// the set is named after the file.
func TestDiscoverLabelledFile(t *testing.T) {
	files, _, err := discoverLabelled(filepath.Join("testdata", "discovertables", "sanders.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].name != "sanders" || files[0].format != formatTable {
		t.Errorf("got %+v, want the one table named sanders", files)
	}
	// A dev file named on its own is still the dev set it is.
	files, _, err = discoverLabelled(filepath.Join("testdata", "sentiment", "uci", "yelp_labelled.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].name != "uci/yelp" || !files[0].dev {
		t.Errorf("got %+v, want the dev set uci/yelp", files)
	}
}

// TestParseTableEdges: what a table reader must not accept or must say.
func TestParseTableEdges(t *testing.T) {
	// A second object on a line is not a JSON-lines file.
	if _, _, why := sniffLabelled("x.jsonl", ".jsonl", []byte(`{"text":"great","label":"positive"} {"text":"bad","label":"negative"}`+"\n"+`{"text":"fine","label":"negative"}`+"\n")); !strings.Contains(why, "more after the object") {
		t.Errorf("two objects on a line: %q, want it refused", why)
	}
	// A scale with a neutral whose neutral rows are all gone is 2-class,
	// and says why.
	var set SentimentSet
	if err := parseTable([]byte("text,label\ngood,4\nbad,0\n,2\n"), ".csv", &set); err != nil {
		t.Fatal(err)
	}
	if !set.TwoClass || !strings.Contains(set.Note, "No neutral row is left") {
		t.Errorf("2-class %v, note %q; want 2-class and saying so", set.TwoClass, set.Note)
	}
}

// TestSentimentSummaryWithoutFigure: a dev set alone among held-out
// corpora has no out-of-sample figure, and the summary says so instead of
// printing a row of zeros.
func TestSentimentSummaryWithoutFigure(t *testing.T) {
	shared := sentimentSharedData(t) // the real dev file: the committed weights learned from it
	dir := t.TempDir()
	for _, f := range []struct{ from, to string }{
		{filepath.Join(shared, "sentiment", "tweets_GroundTruth.txt"), filepath.Join(dir, "sentiment", "tweets_GroundTruth.txt")},
		{filepath.Join("testdata", "discovertables", "sanders.csv"), filepath.Join(dir, "heldout", "sanders.csv")},
	} {
		b, err := os.ReadFile(f.from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(f.to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f.to, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out strings.Builder
	if err := Sentiment(dir, &out); err != nil {
		t.Fatal(err)
	}
	_, summary, _ := strings.Cut(out.String(), "Sentiment summary")
	if summary == "" || strings.Contains(summary, "| tweets ") || !strings.Contains(summary, "Not in the summary: tweets") || !strings.Contains(summary, "| heldout/sanders ") {
		t.Errorf("summary:\n%s\nwant the held-out row, and tweets named as having no out-of-sample figure", summary)
	}
}
