package extract

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/earshot-dev/earshot/internal/shareddata"
)

// The generic detector matters most on boards outside any dev set, yet on
// the dev set structured data and adapters answer for most pages. This
// file measures it alone: the same corpus and matching rules as
// eval.Forum (which can only reach the exported Extract), with the
// structured-data and adapter layers switched off.

const genericForumSet = "forums/web-forum-52-dev"

var genericForumNow = time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)

type gfSpan struct {
	Surface string `json:"surface_form"`
}

type gfGold struct {
	Text     *gfSpan `json:"post_text"`
	User     *gfSpan `json:"user"`
	Datetime *gfSpan `json:"datetime"`
}

type gfPage struct {
	URL  string   `json:"url"`
	HTML string   `json:"html"`
	Gold []gfGold `json:"gold_standard_annotation"`
}

type gfCounts struct {
	Pages, Gold, Found, AuthorOK, DateN, DateOK, Extracted, Unmatched int
}

func (c *gfCounts) add(o gfCounts) {
	c.Pages += o.Pages
	c.Gold += o.Gold
	c.Found += o.Found
	c.AuthorOK += o.AuthorOK
	c.DateN += o.DateN
	c.DateOK += o.DateOK
	c.Extracted += o.Extracted
	c.Unmatched += o.Unmatched
}

// TestForumGenericOnly prints the forum table with only the generic layer.
// It fails when the generic detector finds less than a floor of the gold
// posts, so that a change that breaks it is seen.
func TestForumGenericOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 52-page generic-only forum evaluation in -short mode")
	}
	dir := filepath.Join(shareddata.Dir(t, genericForumSet), filepath.FromSlash(genericForumSet))
	files, err := filepath.Glob(filepath.Join(dir, "*.json.gz"))
	if err != nil || len(files) == 0 {
		t.Skipf("no forum pages in %s (%v)", dir, err)
	}
	sites := map[string]gfCounts{}
	var total gfCounts
	for _, f := range files {
		pg := gfRead(t, f)
		c := gfScorePage(t, pg, layerGeneric)
		host := pg.URL
		if u, err := url.Parse(pg.URL); err == nil {
			host = u.Host
		}
		s := sites[host]
		s.add(c)
		sites[host] = s
		total.add(c)
	}
	names := make([]string, 0, len(sites))
	for k := range sites {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "site\tpages\tgold\tfound\tfound %\tauthor ok\tauthor %\tdate ok\tdate %\textracted\tno gold\t")
	row := func(n string, c gfCounts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%d\t%s\t%d\t%s\t%d\t%d\t\n", n, c.Pages, c.Gold, c.Found, gfPct(c.Found, c.Gold),
			c.AuthorOK, gfPct(c.AuthorOK, c.Found), c.DateOK, gfPct(c.DateOK, c.DateN), c.Extracted, c.Unmatched)
	}
	for _, n := range names {
		row(n, sites[n])
	}
	row("TOTAL", total)
	tw.Flush()
	t.Logf("generic layer only on %s:\n%s", dir, b.String())
	// A floor well under the measured figure: the point is the table, the
	// floor catches a detector that stopped working.
	if got := float64(total.Found) / float64(total.Gold); got < 0.90 {
		t.Errorf("generic-only found = %.3f, want >= 0.90", got)
	}
}

func gfPct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", 100*float64(n)/float64(d))
}

func gfRead(tb testing.TB, path string) gfPage {
	tb.Helper()
	var pg gfPage
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	if err := json.NewDecoder(zr).Decode(&pg); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return pg
}

// gfExtract is Extract with a choice of thread layers.
func gfExtract(tb testing.TB, u *url.URL, body string, use layerSet) *Page {
	tb.Helper()
	opts := Options{Now: genericForumNow}
	threadDoc, err := parseUTF8([]byte(body), true)
	if err != nil {
		tb.Fatal(err)
	}
	thread := extractThreadLayers(threadDoc, u, opts, use)
	if thread == nil || len(thread.Posts) == 0 {
		return &Page{Kind: KindArticle}
	}
	articleDoc, err := parseUTF8([]byte(body), articleScripting)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := extractArticle(articleDoc, u, opts)
	if err != nil {
		p = &Page{}
	}
	p.Kind = KindThread
	p.Posts = thread.Posts
	if isCommentSection(p.Text, p.Posts) {
		p.Posts = withStarter(Post{Author: p.Author, Date: p.Date, Permalink: u.String(), Text: p.Text, Parent: -1}, p.Posts)
	}
	return p
}

var gfBase = regexp.MustCompile(`(?i)<base\s[^>]*href\s*=\s*["']([^"']+)["']`)
var gfMDLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)

// gfScorePage scores one page as eval.Forum does: token overlap of 80%
// either way, one-to-one order-preserving alignment, then author and date.
func gfScorePage(tb testing.TB, pg gfPage, use layerSet) gfCounts {
	tb.Helper()
	c := gfCounts{Pages: 1, Gold: len(pg.Gold)}
	u, err := url.Parse(pg.URL)
	if err != nil {
		tb.Fatal(err)
	}
	p := gfExtract(tb, u, pg.HTML, use)
	var posts []Post
	if p.Kind == KindThread {
		posts = p.Posts
	}
	c.Extracted = len(posts)
	base := u
	if m := gfBase.FindStringSubmatch(pg.HTML); m != nil {
		if b, err := u.Parse(html.UnescapeString(m[1])); err == nil {
			base = b
		}
	}
	extTok := make([]map[string]int, len(posts))
	extN := make([]int, len(posts))
	for i, ep := range posts {
		extTok[i], extN[i] = gfTokens(ep.Text)
	}
	ng, ne := len(pg.Gold), len(posts)
	score := make([][]float64, ng)
	for gi, g := range pg.Gold {
		score[gi] = make([]float64, ne)
		if g.Text == nil {
			c.Gold--
			continue
		}
		gt, gn := gfTokens(gfMDLink.ReplaceAllString(g.Text.Surface, "$1"))
		if gn == 0 {
			c.Gold--
			continue
		}
		for ei := range posts {
			if extN[ei] == 0 {
				continue
			}
			ov := 0
			for k, v := range gt {
				ov += min(v, extTok[ei][k])
			}
			cg, ce := float64(ov)/float64(gn), float64(ov)/float64(extN[ei])
			if max(cg, ce) >= 0.8 && ov >= min(gn, 5) {
				score[gi][ei] = 10 + cg + ce
			}
		}
	}
	dp := make([][]float64, ng+1)
	for i := range dp {
		dp[i] = make([]float64, ne+1)
	}
	for i := 1; i <= ng; i++ {
		for j := 1; j <= ne; j++ {
			dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			if s := score[i-1][j-1]; s > 0 {
				dp[i][j] = max(dp[i][j], dp[i-1][j-1]+s)
			}
		}
	}
	used := make([]bool, ne)
	for i, j := ng, ne; i > 0 && j > 0; {
		switch {
		case score[i-1][j-1] > 0 && dp[i][j] == dp[i-1][j-1]+score[i-1][j-1]:
			used[j-1] = true
			c.Found++
			g, ep := pg.Gold[i-1], posts[j-1]
			if g.User != nil && gfAuthorOK(base, g.User.Surface, ep) {
				c.AuthorOK++
			}
			if g.Datetime != nil {
				if want, ok := ParseDate(g.Datetime.Surface, p.Language, genericForumNow); ok {
					c.DateN++
					if gfDateOK(g.Datetime.Surface, want, ep) {
						c.DateOK++
					}
				}
			}
			i, j = i-1, j-1
		case dp[i][j] == dp[i-1][j]:
			i--
		default:
			j--
		}
	}
	for _, u := range used {
		if !u {
			c.Unmatched++
		}
	}
	return c
}

func gfTokens(s string) (map[string]int, int) {
	m := map[string]int{}
	n := 0
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[f]++
		n++
	}
	return m, n
}

func gfAuthorOK(page *url.URL, gold string, p Post) bool {
	gold = strings.TrimSpace(gold)
	if strings.EqualFold(gold, strings.TrimSpace(p.Author)) {
		return true
	}
	if !strings.ContainsAny(gold, "/?") && !strings.Contains(gold, ".php") {
		return false
	}
	g, err := page.Parse(gold)
	if err != nil || p.AuthorURL == "" {
		return false
	}
	e, err := url.Parse(p.AuthorURL)
	if err != nil {
		return false
	}
	norm := func(u *url.URL) string {
		v := *u
		v.Fragment = ""
		v.Host = strings.ToLower(v.Host)
		v.Scheme = ""
		return strings.TrimSuffix(v.String(), "/")
	}
	return norm(g) == norm(e)
}

var (
	gfClock = regexp.MustCompile(`\d{1,2}:\d{2}|\d\s*[ap]\.?m\b`)
	gfYear  = regexp.MustCompile(`\b(19|20)\d{2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b|-[A-Za-z]{3}-\d{2}\b|\b\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b`)
	gfDay   = regexp.MustCompile(`\b\d{1,2}\b`)
	gfRel   = regexp.MustCompile(`(?i)ago|vor |il y a|hace|today|yesterday|heute|gestern|hier|aujourd`)
)

func gfDateOK(surface string, want time.Time, p Post) bool {
	if p.Date.IsZero() {
		return false
	}
	got := p.Date
	if gfRel.MatchString(surface) {
		return got.Year() == want.Year() && got.YearDay() == want.YearDay()
	}
	hasTime := gfClock.MatchString(strings.ToLower(surface))
	hasYear := gfYear.MatchString(surface)
	rest := gfClock.ReplaceAllString(gfYear.ReplaceAllString(surface, " "), " ")
	hasDay := gfDay.MatchString(rest)
	gotHasTime := got.Hour() != 0 || got.Minute() != 0 || gfClock.MatchString(strings.ToLower(p.DateText))
	if hasTime && gotHasTime {
		for o := -14 * time.Hour; o <= 14*time.Hour; o += 15 * time.Minute {
			g := got.Add(o)
			if g.Year() == want.Year() && g.YearDay() == want.YearDay() && g.Hour() == want.Hour() && g.Minute() == want.Minute() {
				return true
			}
		}
		return false
	}
	if hasYear && got.Year() != want.Year() {
		return false
	}
	if got.Month() != want.Month() {
		return false
	}
	if hasDay && got.Day() != want.Day() {
		return false
	}
	return true
}
