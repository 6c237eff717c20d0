package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/earshot-dev/earshot/index"
	"github.com/earshot-dev/earshot/post"
)

func (a *app) cmdSearch(ctx context.Context, args []string) error {
	fset := a.flags("search", "QUERY [--json] [--limit N] [--sort relevance|newest]")
	asJSON := fset.Bool("json", false, "print JSON")
	limit := fset.Int("limit", 10, "at most this many posts")
	offset := fset.Int("offset", 0, "skip this many posts (paging)")
	sort := fset.String("sort", "relevance", "relevance or newest")
	pos, err := a.parse(fset, args)
	if err != nil {
		return err
	}
	if *sort != "relevance" && *sort != "newest" {
		return usagef("--sort %q: want relevance or newest", *sort)
	}
	if *limit < 1 || *limit > index.MaxLimit {
		return usagef("--limit %d: want 1..%d", *limit, index.MaxLimit)
	}
	q := strings.Join(pos, " ")
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	if _, err := os.Stat(indexDir(cfg)); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no index at %s yet: run `%s ingest --config %s` first", indexDir(cfg), self(), a.configPath)
	}
	ix, err := index.Open(indexDir(cfg))
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, index.Query{Text: q, Limit: *limit, Offset: *offset, Sort: *sort})
	if errors.Is(err, index.ErrBadQuery) {
		return usageError{err}
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return writeSearchJSON(a.stdout, q, res)
	}
	writeSearchText(a.stdout, q, *sort, res, isTerminal(a.stdout))
	return nil
}

type jsonHit struct {
	post.Post
	Score    float64         `json:"score"`
	Snippets []index.Snippet `json:"snippets,omitempty"`
}

func writeSearchJSON(w io.Writer, q string, res *index.Result) error {
	out := struct {
		Query  string       `json:"query"`
		Total  uint64       `json:"total"`
		TookMS int64        `json:"took_ms"`
		Hits   []jsonHit    `json:"hits"`
		Facets index.Facets `json:"facets"`
	}{Query: q, Total: res.Total, TookMS: res.Took.Milliseconds(), Hits: []jsonHit{}, Facets: res.Facets}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, jsonHit{Post: h.Post, Score: h.Score, Snippets: h.Snippets})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func writeSearchText(w io.Writer, q, sort string, res *index.Result, tty bool) {
	if q == "" {
		q = "*"
	}
	fmt.Fprintf(w, "%d of %d posts match %q (by %s, %s)\n", len(res.Hits), res.Total, q, sort, res.Took.Round(time.Millisecond))
	for _, h := range res.Hits {
		p := h.Post
		fmt.Fprintln(w)
		who := p.Author
		if who == "" {
			who = "(unknown)"
		}
		fmt.Fprintf(w, "%s  %s  by %s  %s %+.2f\n", p.Published.Format("2006-01-02"), clean(p.Source), clean(who), p.Sentiment, p.SentimentScore)
		title := p.Title
		if title == "" && p.IsReply() {
			title = "(reply)"
		}
		if title != "" {
			fmt.Fprintf(w, "  %s\n", clean(title))
		}
		fmt.Fprintf(w, "  %s\n", clean(p.URL))
		shown := 0
		for _, s := range h.Snippets {
			if shown == 2 {
				break
			}
			if !slices.ContainsFunc(s.Parts, func(p index.Part) bool { return p.Match }) {
				continue
			}
			fmt.Fprintf(w, "  … %s …\n", renderSnippet(s, tty))
			shown++
		}
		if shown == 0 && p.Text != "" {
			fmt.Fprintf(w, "  %s\n", clean(truncate(p.Text, 160)))
		}
	}
	if len(res.Hits) == 0 {
		return
	}
	fmt.Fprintln(w)
	writeFacet(w, "sentiment", res.Facets.Sentiment)
	writeFacet(w, "source", res.Facets.Source)
	writeFacet(w, "month", res.Facets.Month)
}

func writeFacet(w io.Writer, name string, fc []index.FacetCount) {
	if len(fc) == 0 {
		return
	}
	parts := make([]string, 0, len(fc))
	for _, f := range fc {
		parts = append(parts, fmt.Sprintf("%s %d", clean(f.Term), f.Count))
	}
	fmt.Fprintf(w, "%-10s %s\n", name+":", strings.Join(parts, ", "))
}

// renderSnippet marks matched terms: bold on a terminal, **term** elsewhere.
func renderSnippet(s index.Snippet, tty bool) string {
	var b strings.Builder
	for _, p := range s.Parts {
		t := clean(p.Text)
		switch {
		case !p.Match:
			b.WriteString(t)
		case tty:
			b.WriteString("\033[1m" + t + "\033[0m")
		default:
			b.WriteString("**" + t + "**")
		}
	}
	return post.NormalizeSpace(b.String())
}

// clean removes control characters from crawled text before it reaches a
// terminal, so a post cannot move the cursor, change colours or retitle the
// window with escape sequences.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		if unicode.IsControl(r) || r == '\u202e' || r == '\u202d' {
			return -1
		}
		return r
	}, s)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n
	for cut > n/2 && !unicode.IsSpace(r[cut]) {
		cut--
	}
	return strings.TrimSpace(string(r[:cut])) + "…"
}
