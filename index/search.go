package index

import (
	"context"
	"errors"
	"fmt"
	"html"
	"regexp/syntax"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	htmlhl "github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/earshot-dev/earshot/post"
)

// ErrBadQuery is wrapped by Search errors caused by the query itself (a
// syntax error, an invalid regular expression, an unknown sort), so that a
// caller can tell the user to fix the query rather than report a failure.
var ErrBadQuery = errors.New("index: bad query")

// Sort orders for Query.Sort.
const (
	SortRelevance = "relevance"
	SortNewest    = "newest"
)

// Search limits.
const (
	DefaultLimit = 10
	MaxLimit     = 1000
	// maxMonths caps the Month facet; a stray post dated decades ago must
	// not make every search build hundreds of ranges.
	maxMonths = 120
	// defaultPageSize is how many posts Thread and Criticism read per
	// request.
	defaultPageSize = 1000
)

// Query is a search. Text uses Bleve's query-string syntax
// (`refund +sentiment:negative source:forum`); bare words search title and
// text, field:value terms search a keyword field exactly. An empty Text or
// "*" matches every post.
type Query struct {
	Text string
	// Limit is the page size: DefaultLimit when zero or less, at most
	// MaxLimit.
	Limit, Offset int
	// Sort is SortRelevance (the default when empty) or SortNewest.
	Sort string
}

// Result is one page of search results with facets over the whole match.
type Result struct {
	Total  uint64
	Took   time.Duration
	Hits   []Hit
	Facets Facets
}

// Hit is one matching post with its relevance score and highlighted
// fragments of its title and text.
type Hit struct {
	Post     post.Post
	Score    float64
	Snippets []Snippet
}

// Snippet is one highlighted fragment of a field ("title" or "text").
type Snippet struct {
	Field string
	Parts []Part
}

// Part is a run of literal, unescaped text; Match marks a run that matched
// the query. Keeping marks out of band lets a terminal or a web page render
// them however it likes without ever parsing markup from untrusted text.
type Part struct {
	Text  string
	Match bool
}

// String returns the snippet's text with matches wrapped in [[ and ]], for
// logs and tests.
func (s Snippet) String() string {
	var b strings.Builder
	for _, p := range s.Parts {
		if p.Match {
			b.WriteString("[[" + p.Text + "]]")
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// Facets count the whole matching set by sentiment (all three labels), by
// source (top 20) and by calendar month of publication.
type Facets struct {
	Sentiment, Source, Month []FacetCount
}

// FacetCount is how many matching posts have Term. For Month, Term is
// "2026-03" and months are in calendar order, empty months included.
type FacetCount struct {
	Term  string
	Count int
}

// Search runs q. The Month facet spans the months from the oldest to the
// newest Published date in the matching set (the newest maxMonths at most);
// posts without a Published date are not counted in it.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	bq, err := parseQuery(q.Text)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	offset := max(q.Offset, 0)

	req := bleve.NewSearchRequestOptions(bq, limit, offset, false)
	switch q.Sort {
	case "", SortRelevance:
		req.SortBy([]string{"-_score", "-published", "_id"})
	case SortNewest:
		req.SortBy([]string{"-published", "_id"})
	default:
		return nil, fmt.Errorf("%w: unknown sort %q", ErrBadQuery, q.Sort)
	}
	req.Fields = []string{fieldDoc}
	req.Highlight = bleve.NewHighlightWithStyle(htmlhl.Name)
	req.Highlight.AddField("title")
	req.Highlight.AddField("text")
	req.AddFacet("sentiment", bleve.NewFacetRequest("sentiment", 4)) // positive, neutral, negative, unscored
	req.AddFacet("source", bleve.NewFacetRequest("source", 20))

	months, err := ix.months(ctx, bq)
	if err != nil {
		return nil, err
	}
	if len(months) > 0 {
		f := bleve.NewFacetRequest("published", len(months))
		for _, m := range months {
			f.AddDateTimeRange(m.Format("2006-01"), m, m.AddDate(0, 1, 0))
		}
		req.AddFacet("month", f)
	}

	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search %q: %w", q.Text, err)
	}
	out := &Result{Total: res.Total, Took: res.Took}
	for _, h := range res.Hits {
		p, err := decodeHit(h.ID, h.Fields)
		if err != nil {
			return nil, err
		}
		hit := Hit{Post: p, Score: h.Score}
		for _, field := range []string{"title", "text"} {
			for _, frag := range h.Fragments[field] {
				hit.Snippets = append(hit.Snippets, Snippet{Field: field, Parts: parts(frag)})
			}
		}
		out.Hits = append(out.Hits, hit)
	}
	out.Facets.Sentiment = termCounts(res.Facets["sentiment"])
	out.Facets.Source = termCounts(res.Facets["source"])
	if fr := res.Facets["month"]; fr != nil {
		counts := make(map[string]int, len(fr.DateRanges))
		for _, dr := range fr.DateRanges {
			counts[dr.Name] = dr.Count
		}
		for _, m := range months {
			name := m.Format("2006-01")
			out.Facets.Month = append(out.Facets.Month, FacetCount{Term: name, Count: counts[name]})
		}
	}
	return out, nil
}

// parseQuery turns query-string text into a Bleve query, failing with
// ErrBadQuery before any search runs.
func parseQuery(text string) (query.Query, error) {
	text = strings.TrimSpace(text)
	if text == "" || text == "*" {
		return bleve.NewMatchAllQuery(), nil
	}
	bq, err := query.NewQueryStringQuery(text).Parse()
	if err != nil {
		return nil, fmt.Errorf("%w %q: %w", ErrBadQuery, text, err)
	}
	if v, ok := bq.(query.ValidatableQuery); ok {
		if err := v.Validate(); err != nil {
			return nil, fmt.Errorf("%w %q: %w", ErrBadQuery, text, err)
		}
	}
	if err := checkRegexps(bq); err != nil {
		return nil, fmt.Errorf("%w %q: %w", ErrBadQuery, text, err)
	}
	return bq, nil
}

// checkRegexps compiles every /regexp/ in q. Bleve only compiles them when
// the search runs, where a typo would look like a failure of the index.
func checkRegexps(q query.Query) error {
	switch q := q.(type) {
	case *query.RegexpQuery:
		_, err := syntax.Parse(q.Regexp, syntax.Perl)
		return err
	case *query.BooleanQuery:
		for _, sub := range []query.Query{q.Must, q.Should, q.MustNot} {
			if sub != nil {
				if err := checkRegexps(sub); err != nil {
					return err
				}
			}
		}
	case *query.ConjunctionQuery:
		for _, sub := range q.Conjuncts {
			if err := checkRegexps(sub); err != nil {
				return err
			}
		}
	case *query.DisjunctionQuery:
		for _, sub := range q.Disjuncts {
			if err := checkRegexps(sub); err != nil {
				return err
			}
		}
	}
	return nil
}

// months returns the first instant (UTC) of every calendar month from the
// oldest to the newest Published date among the posts matching bq.
func (ix *Index) months(ctx context.Context, bq query.Query) ([]time.Time, error) {
	first, ok, err := ix.edge(ctx, bq, "published")
	if err != nil || !ok {
		return nil, err
	}
	last, _, err := ix.edge(ctx, bq, "-published")
	if err != nil {
		return nil, err
	}
	start := time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(last.Year(), last.Month(), 1, 0, 0, 0, 0, time.UTC)
	if lo := end.AddDate(0, 1-maxMonths, 0); start.Before(lo) {
		start = lo
	}
	var months []time.Time
	for m := start; !m.After(end); m = m.AddDate(0, 1, 0) {
		months = append(months, m)
	}
	return months, nil
}

// edge returns the Published date of the first post matching bq in the
// given order, and false if no matching post has one.
func (ix *Index) edge(ctx context.Context, bq query.Query, order string) (time.Time, bool, error) {
	req := bleve.NewSearchRequestOptions(bq, 1, 0, false)
	req.SortBy([]string{order, "_id"})
	req.Fields = []string{fieldDoc}
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("index: search: date range: %w", err)
	}
	if len(res.Hits) == 0 {
		return time.Time{}, false, nil
	}
	p, err := decodeHit(res.Hits[0].ID, res.Hits[0].Fields)
	if err != nil {
		return time.Time{}, false, err
	}
	// Posts without a date sort last either way, so a zero here means no
	// matching post has one.
	if p.Published.IsZero() {
		return time.Time{}, false, nil
	}
	return p.Published.UTC(), true, nil
}

// termCounts converts a Bleve term facet.
func termCounts(fr *search.FacetResult) []FacetCount {
	if fr == nil {
		return nil
	}
	var out []FacetCount
	for _, t := range fr.Terms.Terms() {
		out = append(out, FacetCount{Term: t.Term, Count: t.Count})
	}
	return out
}

// Highlight markers of Bleve's html fragment formatter. The formatter escapes
// the text around them, so they cannot occur inside the text itself.
const (
	markOpen  = "<mark>"
	markClose = "</mark>"
)

// parts splits a fragment from Bleve's html highlighter into literal runs:
// the text between markers is HTML-escaped by the formatter, so unescaping
// it gives back exactly what the post said, tags and ampersands included.
func parts(frag string) []Part {
	var out []Part
	for frag != "" {
		i := strings.Index(frag, markOpen)
		if i < 0 {
			out = append(out, Part{Text: html.UnescapeString(frag)})
			break
		}
		if i > 0 {
			out = append(out, Part{Text: html.UnescapeString(frag[:i])})
		}
		frag = frag[i+len(markOpen):]
		j := strings.Index(frag, markClose)
		if j < 0 {
			// Unterminated mark: keep the text, unmarked, rather than lose it.
			out = append(out, Part{Text: html.UnescapeString(frag)})
			break
		}
		out = append(out, Part{Text: html.UnescapeString(frag[:j]), Match: true})
		frag = frag[j+len(markClose):]
	}
	return out
}

// Thread returns every post whose ThreadID is threadID, oldest first (by
// Published, then ID).
func (ix *Index) Thread(ctx context.Context, threadID string) ([]post.Post, error) {
	q := query.NewTermQuery(threadID)
	q.SetField("thread_id")
	ps, err := ix.all(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("index: thread %s: %w", threadID, err)
	}
	return ps, nil
}

// Criticism returns every post that criticises at least one brand, oldest
// first (by Published, then ID).
func (ix *Index) Criticism(ctx context.Context) ([]post.Post, error) {
	q := query.NewTermQuery(FlagCriticism)
	q.SetField("flags")
	ps, err := ix.all(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("index: criticism: %w", err)
	}
	return ps, nil
}

// Each calls fn with every indexed post, a page at a time in ID order, so
// that the whole index can be walked (to classify it again after a config
// change) without holding it in memory. It stops at fn's first error.
func (ix *Index) Each(ctx context.Context, fn func(post.Post) error) error {
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), ix.pageSize, 0, false)
		req.SortBy([]string{"_id"})
		req.Fields = []string{fieldDoc}
		req.SearchAfter = after
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("index: each: %w", err)
		}
		for _, h := range res.Hits {
			p, err := decodeHit(h.ID, h.Fields)
			if err != nil {
				return fmt.Errorf("index: each: %w", err)
			}
			if err := fn(p); err != nil {
				return err
			}
		}
		if len(res.Hits) < ix.pageSize {
			return nil
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
}

// all returns every post matching q, oldest first. It pages by document ID
// with SearchAfter, which stays cheap however deep it goes, and sorts in
// memory, where a post without a date can be ordered without special cases.
func (ix *Index) all(ctx context.Context, q query.Query) ([]post.Post, error) {
	var out []post.Post
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(q, ix.pageSize, 0, false)
		req.SortBy([]string{"_id"})
		req.Fields = []string{fieldDoc}
		req.SearchAfter = after
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			p, err := decodeHit(h.ID, h.Fields)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		if len(res.Hits) < ix.pageSize {
			break
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
	slices.SortFunc(out, func(a, b post.Post) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}
