package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/earshot-dev/earshot/extract"
)

// articleSetDir is where the article corpus sits under the data directory.
const articleSetDir = "extraction/trafilatura-dev"

// articleGold is one page's labels in evaldata.json.
type articleGold struct {
	File     string       `json:"file"`
	With     []string     `json:"with"`
	Without  []string     `json:"without"`
	Title    string       `json:"title"`
	Author   articleNames `json:"author"`
	Date     string       `json:"date"`
	Comments []string     `json:"comments"`
}

// articleNames is a gold author field: one name, or a list of co-authors.
type articleNames []string

// UnmarshalJSON accepts a string, a list of strings or null.
func (n *articleNames) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*n = nil
		if strings.TrimSpace(one) != "" {
			*n = articleNames{one}
		}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("eval: author must be a string or a list of strings: %w", err)
	}
	*n = many
	return nil
}

// articleOutput is what one extractor made of one page.
type articleOutput struct {
	Text     string
	Title    string
	Author   string
	Date     time.Time
	Comments string
	// HasComments is false when the extractor has no notion of comments
	// for this page, so comment gold cannot be scored against it.
	HasComments bool
	// Thread is true when earshot took the page for a thread.
	Thread bool
	Err    error
}

// articleScore pools the counts of one extractor over a corpus.
type articleScore struct {
	Pages, Failed, Threads int
	TP, FN, FP, TN         int
	// Gold present / matched, per field.
	TitleN, TitleOK, TitleIn int
	AuthorN, AuthorOK        int
	DateN, DateOK            int
	// DateExtra counts dates given for pages whose gold has none.
	DateExtra int
	// Comment snippets: pages with comment gold, snippets, snippets found;
	// CommentText counts pages for which the extractor gave any comment or
	// thread text at all.
	CommentPages, CommentN, CommentOK, CommentText int
	Elapsed                                        time.Duration
}

func (s articleScore) precision() float64 { return articleRatio(s.TP, s.TP+s.FP) }
func (s articleScore) recall() float64    { return articleRatio(s.TP, s.TP+s.FN) }
func (s articleScore) accuracy() float64 {
	return articleRatio(s.TP+s.TN, s.TP+s.TN+s.FP+s.FN)
}
func (s articleScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func articleRatio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// articleExtractor turns a page's raw bytes into an articleOutput.
type articleExtractor struct {
	Name string
	// Comments is whether the extractor can return comment or thread
	// text, and so gets a row in the comment table.
	Comments bool
	Run      func(pageURL *url.URL, raw []byte) articleOutput
}

// articleExtractors are the rows of the table: earshot's own path, and
// go-trafilatura alone on the raw bytes as the baseline.
func articleExtractors() []articleExtractor {
	return []articleExtractor{
		{Name: "earshot extract.Extract", Comments: true, Run: func(u *url.URL, raw []byte) articleOutput {
			return articleRunEarshot(u, raw, extract.Extract)
		}},
		{Name: "earshot extract.ExtractArticle", Run: func(u *url.URL, raw []byte) articleOutput {
			return articleRunEarshot(u, raw, extract.ExtractArticle)
		}},
		{Name: "go-trafilatura v1.12.2 defaults (baseline)", Comments: true, Run: articleRunTrafilatura},
	}
}

// articleExtractFunc is the shape of extract.Extract and
// extract.ExtractArticle.
type articleExtractFunc func(*url.URL, []byte, string, extract.Options) (*extract.Page, error)

func articleRunEarshot(pageURL *url.URL, raw []byte, fn articleExtractFunc) (out articleOutput) {
	defer func() {
		if r := recover(); r != nil {
			out = articleOutput{Err: fmt.Errorf("eval: extract panic: %v", r)}
		}
	}()
	// The corpus keeps no HTTP headers, so the charset comes from the bytes.
	p, err := fn(pageURL, raw, "", extract.Options{})
	if err != nil {
		return articleOutput{Err: err}
	}
	out = articleOutput{Text: p.Text, Title: p.Title, Author: p.Author, Date: p.Date, Thread: p.Kind == extract.KindThread}
	if len(p.Posts) > 0 {
		var b strings.Builder
		for _, post := range p.Posts {
			b.WriteString(post.Text)
			b.WriteByte('\n')
		}
		out.Comments = b.String()
		out.HasComments = true
	}
	return out
}

func articleRunTrafilatura(pageURL *url.URL, raw []byte) (out articleOutput) {
	defer func() {
		if r := recover(); r != nil {
			out = articleOutput{Err: fmt.Errorf("eval: go-trafilatura panic: %v", r)}
		}
	}()
	res, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{OriginalURL: pageURL})
	if err != nil {
		return articleOutput{Err: err}
	}
	return articleOutput{
		Text:        res.ContentText,
		Title:       res.Metadata.Title,
		Author:      res.Metadata.Author,
		Date:        res.Metadata.Date,
		Comments:    res.CommentsText,
		HasComments: true,
	}
}

// articlePage is one corpus page ready to extract.
type articlePage struct {
	URL  *url.URL
	Raw  []byte
	Gold articleGold
}

// articleLoad reads evaldata.json and every page's gzipped bytes, in URL
// order so runs are reproducible.
func articleLoad(dir string) ([]articlePage, error) {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: article data: %w", err)
	}
	var gold map[string]articleGold
	if err := json.Unmarshal(b, &gold); err != nil {
		return nil, fmt.Errorf("eval: article data %s: %w", filepath.Join(dir, "evaldata.json"), err)
	}
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pages := make([]articlePage, 0, len(keys))
	for _, k := range keys {
		g := gold[k]
		u, err := url.Parse(k)
		if err != nil {
			return nil, fmt.Errorf("eval: article url %q: %w", k, err)
		}
		raw, err := articleReadGz(filepath.Join(dir, "html", g.File+".gz"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, articlePage{URL: u, Raw: raw, Gold: g})
	}
	return pages, nil
}

func articleReadGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: article page: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("eval: article page %s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("eval: article page %s: %w", path, err)
	}
	return b, nil
}

// articleRun extracts every page with ex, spread over GOMAXPROCS workers,
// and returns the outputs in page order.
func articleRun(pages []articlePage, ex articleExtractor) []articleOutput {
	outs := make([]articleOutput, len(pages))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				outs[i] = ex.Run(pages[i].URL, pages[i].Raw)
			}
		}()
	}
	for i := range pages {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return outs
}

// articleScorePages pools the counts of outs against the pages' gold.
func articleScorePages(pages []articlePage, outs []articleOutput) articleScore {
	var s articleScore
	for i, p := range pages {
		o := outs[i]
		s.Pages++
		if o.Err != nil {
			s.Failed++
		}
		if o.Thread {
			s.Threads++
		}
		text := articleNorm(o.Text)
		for _, seg := range p.Gold.With {
			if strings.Contains(text, articleNorm(seg)) {
				s.TP++
			} else {
				s.FN++
			}
		}
		for _, seg := range p.Gold.Without {
			if strings.Contains(text, articleNorm(seg)) {
				s.FP++
			} else {
				s.TN++
			}
		}
		if p.Gold.Title != "" {
			s.TitleN++
			if articleFieldEqual(o.Title, p.Gold.Title) {
				s.TitleOK++
			}
			if articleFieldContains(o.Title, p.Gold.Title) {
				s.TitleIn++
			}
		}
		if len(p.Gold.Author) > 0 {
			s.AuthorN++
			ok := true
			for _, a := range p.Gold.Author {
				ok = ok && articleFieldContains(o.Author, a)
			}
			if ok {
				s.AuthorOK++
			}
		}
		if p.Gold.Date != "" {
			s.DateN++
			if !o.Date.IsZero() && o.Date.Format(time.DateOnly) == strings.TrimSpace(p.Gold.Date) {
				s.DateOK++
			}
		} else if !o.Date.IsZero() {
			s.DateExtra++
		}
		if o.HasComments {
			s.CommentText++
		}
		if len(p.Gold.Comments) > 0 {
			s.CommentPages++
			comments := articleNorm(o.Comments)
			for _, c := range p.Gold.Comments {
				s.CommentN++
				if strings.Contains(comments, articleNorm(c)) {
					s.CommentOK++
				}
			}
		}
	}
	return s
}

// articleNorm is the scoring normalisation of the data README: runs of
// white space (including non-breaking spaces) become one space, ends
// trimmed. Case and punctuation are kept: a segment is found only as
// written.
func articleNorm(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// articleFieldKey normalises a title or author for comparison: case
// folded (so "ß" and "ss" agree), diacritics, punctuation and symbols
// dropped, white space collapsed. Extractors differ on exactly these
// (go-trafilatura writes "Joe S." as "Joe S"), and a reader would call the
// two the same name.
func articleFieldKey(s string) string {
	// A Caser keeps state, so each call makes its own.
	s = cases.Fold().String(norm.NFKD.String(s))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// articleFieldEqual reports whether got and want are the same after
// articleFieldKey. An empty value never matches.
func articleFieldEqual(got, want string) bool {
	g, w := articleFieldKey(got), articleFieldKey(want)
	return g != "" && g == w
}

// articleFieldContains reports whether got, after articleFieldKey, holds
// want as a run of whole words: a title with the site name appended, an
// author line "By Jane Doe; Staff". An empty value never matches.
func articleFieldContains(got, want string) bool {
	g, w := articleFieldKey(got), articleFieldKey(want)
	if g == "" || w == "" {
		return false
	}
	return strings.Contains(" "+g+" ", " "+w+" ")
}

// Article evaluates article extraction on <dataDir>/extraction/
// trafilatura-dev and prints a table to w: earshot's Extract path and
// go-trafilatura alone as a baseline, with precision, recall and F1 of the
// gold main-text segments, and title, author and date accuracy; then a
// table of comment snippets found.
func Article(dataDir string, w io.Writer) error {
	dir := filepath.Join(dataDir, articleSetDir)
	pages, err := articleLoad(dir)
	if err != nil {
		return err
	}
	main := Table{
		Title: fmt.Sprintf("Article extraction, %s (%d pages)", articleSetDir, len(pages)),
		Header: []string{"extractor", "pages", "failed", "threads", "precision", "recall", "F1", "accuracy",
			"title =", "title ⊇", "author ⊇", "date acc", "seconds"},
	}
	comments := Table{
		Title:  "Comment snippets, " + articleSetDir,
		Header: []string{"extractor", "pages with comment gold", "snippets", "found", "share found"},
	}
	var goldTitle, goldAuthor, goldDate, goldCommentPages int
	for _, ex := range articleExtractors() {
		start := time.Now()
		outs := articleRun(pages, ex)
		s := articleScorePages(pages, outs)
		s.Elapsed = time.Since(start)
		goldTitle, goldAuthor, goldDate = s.TitleN, s.AuthorN, s.DateN
		main.AddRow(ex.Name, s.Pages, s.Failed, s.Threads, s.precision(), s.recall(), s.f1(), s.accuracy(),
			articleRatio(s.TitleOK, s.TitleN), articleRatio(s.TitleIn, s.TitleN), articleRatio(s.AuthorOK, s.AuthorN),
			articleRatio(s.DateOK, s.DateN), fmt.Sprintf("%.1f", s.Elapsed.Seconds()))
		switch {
		case !ex.Comments:
		case s.CommentText > 0:
			comments.AddRow(ex.Name, s.CommentPages, s.CommentN, s.CommentOK, articleRatio(s.CommentOK, s.CommentN))
		default:
			comments.AddRow(ex.Name, 0, "-", "-", "n/a: no comment or thread text on any page")
		}
	}
	for _, p := range pages {
		if len(p.Gold.Comments) > 0 {
			goldCommentPages++
		}
	}
	main.Notes = []string{
		"Segments: each gold \"with\" segment found in the main text is a TP (else FN), each \"without\" segment found is an FP (else TN);",
		"found = substring test after collapsing white space; precision, recall, F1 and accuracy over counts pooled across pages.",
		"failed = pages where the extractor returned an error (scored as empty text); threads = pages Extract took for a thread,",
		"whose Text is still the article layer's (the posts come beside it); ExtractArticle is the article layer alone (decode + go-trafilatura, no thread layer).",
		fmt.Sprintf("Titles over %d pages with a gold title, authors over %d with a gold author, both compared after folding case and dropping", goldTitle, goldAuthor),
		"diacritics, punctuation and symbols: \"title =\" the two are equal; \"title ⊇\" and \"author ⊇\" the extracted value contains the gold one",
		"as whole words (site name appended, \"By ...\", co-authors); a gold list of co-authors needs every one; an empty extraction never matches.",
		fmt.Sprintf("date acc over %d pages with a gold date: the extracted date's YYYY-MM-DD equals the gold date.", goldDate),
		"seconds = wall time of that row, pages spread over GOMAXPROCS workers; no HTTP headers in the corpus, so charsets come from the bytes.",
		"Source: trafilatura tests/ (Apache-2.0), github.com/adbar/trafilatura.",
	}
	comments.Notes = []string{
		fmt.Sprintf("%d pages carry comment gold. found = snippet is a substring (white space collapsed) of the comment text:", goldCommentPages),
		"for earshot the text of the posts its thread extractor found on the page; for go-trafilatura its CommentsText.",
		"Every page with comment gold counts; n/a when the extractor gave comment or thread text for no page at all.",
	}
	if err := main.Write(w); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return err
	}
	return comments.Write(w)
}
