package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/earshot-dev/earshot/extract"
)

// forumSetDir is where the forum corpus sits under the data directory.
const forumSetDir = "forums/web-forum-52-dev"

// forumSpan is one gold field: its surface form in the page text.
type forumSpan struct {
	Surface string `json:"surface_form"`
}

// forumGoldPost is one annotated post.
type forumGoldPost struct {
	Text     *forumSpan `json:"post_text"`
	User     *forumSpan `json:"user"`
	Datetime *forumSpan `json:"datetime"`
	Link     *forumSpan `json:"post_link"`
}

// forumPage is one corpus file.
type forumPage struct {
	URL  string          `json:"url"`
	HTML string          `json:"html"`
	Gold []forumGoldPost `json:"gold_standard_annotation"`
}

// forumCounts pools the figures of one site or of the whole corpus.
type forumCounts struct {
	Pages     int
	Gold      int // gold posts
	Found     int // gold posts matched by an extracted post
	AuthorOK  int // of found: author right
	DateN     int // of found: gold has a date the parser reads
	DateOK    int // of those: date right
	Extracted int // posts extracted
	Unmatched int // extracted posts matching no gold post
}

func (c *forumCounts) add(o forumCounts) {
	c.Pages += o.Pages
	c.Gold += o.Gold
	c.Found += o.Found
	c.AuthorOK += o.AuthorOK
	c.DateN += o.DateN
	c.DateOK += o.DateOK
	c.Extracted += o.Extracted
	c.Unmatched += o.Unmatched
}

// forumNow anchors relative and year-less dates, for the gold and the
// extractor alike, so that the run does not depend on the clock.
var forumNow = time.Date(2020, 6, 15, 12, 0, 0, 0, time.UTC)

// Forum scores the thread extractor on <dataDir>/forums/web-forum-52-dev
// and prints one row per site and a total.
//
// A gold post counts as found when an extracted post contains at least
// 80% of the gold post's tokens, or the gold post contains at least 80% of
// the extracted post's tokens, with at least min(5, gold tokens) tokens
// shared. The second arm is needed because the gold text keeps quotes of
// earlier posts ("X wrote: ...") that the extractor removes by design.
// Gold and extracted posts are paired one to one by an order-preserving
// alignment that maximises the number of pairs, then their overlap.
// Tokens are lower-cased runs of letters and digits, as a multiset, after
// markdown links in the gold are reduced to their label; gold posts
// without a word (image-only) are not counted.
//
// Of the found posts, the author is right when the gold user (a profile
// link resolved against the page URL and its <base href>, else a name)
// equals the extracted author URL or name. The date is right when the
// extracted date matches the parse of the gold surface form: to the minute
// when both carry a time (any whole quarter-hour zone offset accepted,
// because pages show local time while machine-readable dates are often
// UTC), else to the day, to the month when the gold names no day, ignoring
// the year when it names none, and to the day for relative forms.
func Forum(dataDir string, w io.Writer) error {
	return ForumLayers(dataDir, w, extract.AllLayers)
}

// ForumLayers is Forum with only the given thread layers switched on, to
// measure one of them alone: the generic detector by itself is the better
// guide to boards no adapter covers.
func ForumLayers(dataDir string, w io.Writer, layers extract.Layers) error {
	files, err := filepath.Glob(filepath.Join(dataDir, forumSetDir, "*.json.gz"))
	if err != nil {
		return fmt.Errorf("eval: list forum pages: %w", err)
	}
	if len(files) == 0 {
		return fmt.Errorf("eval: no forum pages in %s: %w", filepath.Join(dataDir, forumSetDir), os.ErrNotExist)
	}
	sites, total, methods, err := forumScoreFiles(files, layers)
	if err != nil {
		return err
	}
	title := "Thread extraction on WEB-FORUM-52 dev (" + filepath.Join(dataDir, forumSetDir) + ")"
	if layers != extract.AllLayers && layers != 0 {
		title += fmt.Sprintf(", thread layers %s only", layerNames(layers))
	}
	t := Table{
		Title:  title,
		Header: []string{"site", "method", "pages", "gold posts", "found", "found %", "author ok", "author %", "date ok", "date %", "extracted", "no gold", "precision"},
	}
	names := make([]string, 0, len(sites))
	for k := range sites {
		names = append(names, k)
	}
	sort.Strings(names)
	row := func(name, method string, c forumCounts) {
		t.AddRow(name, method, c.Pages, c.Gold, c.Found, forumPct(c.Found, c.Gold), c.AuthorOK, forumPct(c.AuthorOK, c.Found),
			c.DateOK, forumPct(c.DateOK, c.DateN), c.Extracted, c.Unmatched, forumPct(c.Extracted-c.Unmatched, c.Extracted))
	}
	for _, n := range names {
		row(n, methods[n], sites[n])
	}
	row("TOTAL", "", total)
	t.Notes = []string{
		"found: an extracted post holds >= 80% of a gold post's tokens or vice versa, >= min(5, gold tokens) shared; one-to-one, order-preserving pairing; image-only gold posts are not counted.",
		"author right: gold profile link (resolved) or name equals the extracted one; date right: to the minute (zone offsets tolerated) when both have a time, else to the gold's precision.",
		"author %, date %: of found posts (date: of found posts whose gold date parses); precision: extracted posts that match a gold post.",
		"Source: WEB-FORUM-52 (github.com/fhgr/harvest, Apache-2.0).",
	}
	return t.Write(w)
}

// layerNames spells a layer set the way --layers takes it.
func layerNames(l extract.Layers) string {
	var names []string
	for _, n := range []struct {
		l    extract.Layers
		name string
	}{{extract.LayerStructured, "structured"}, {extract.LayerAdapters, "adapters"}, {extract.LayerGeneric, "generic"}} {
		if l&n.l != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, ",")
}

func forumPct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", 100*float64(n)/float64(d))
}

// forumScoreFiles extracts and scores every file, by site (URL host).
func forumScoreFiles(files []string, layers extract.Layers) (map[string]forumCounts, forumCounts, map[string]string, error) {
	sites := map[string]forumCounts{}
	methods := map[string]string{}
	var total forumCounts
	for _, f := range files {
		pg, err := forumRead(f)
		if err != nil {
			return nil, total, nil, err
		}
		c, method, err := forumScorePage(pg, layers)
		if err != nil {
			return nil, total, nil, fmt.Errorf("eval: %s: %w", filepath.Base(f), err)
		}
		host := pg.URL
		if u, err := url.Parse(pg.URL); err == nil {
			host = u.Host
		}
		s := sites[host]
		s.add(c)
		sites[host] = s
		if m := methods[host]; m == "" {
			methods[host] = method
		} else if !strings.Contains(m, method) {
			methods[host] = m + "+" + method
		}
		total.add(c)
	}
	return sites, total, methods, nil
}

func forumRead(path string) (forumPage, error) {
	var pg forumPage
	f, err := os.Open(path)
	if err != nil {
		return pg, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return pg, fmt.Errorf("eval: %s: %w", path, err)
	}
	if err := json.NewDecoder(zr).Decode(&pg); err != nil {
		return pg, fmt.Errorf("eval: %s: %w", path, err)
	}
	return pg, nil
}

// forumScorePage runs the extractor on one page and scores it.
func forumScorePage(pg forumPage, layers extract.Layers) (forumCounts, string, error) {
	c := forumCounts{Pages: 1, Gold: len(pg.Gold)}
	u, p, posts, err := forumExtract(pg, layers)
	if err != nil {
		return c, "", err
	}
	method := "none"
	if p.Kind == extract.KindThread {
		method = p.Method
	}
	c.Extracted = len(posts)
	// Gold links are as written in the page: resolve them as a browser
	// would, honouring <base href>.
	base := u
	if m := forumBase.FindStringSubmatch(pg.HTML); m != nil {
		if b, err := u.Parse(html.UnescapeString(m[1])); err == nil {
			base = b
		}
	}
	match, gold := forumAlign(pg, posts)
	c.Gold = gold
	used := make([]bool, len(posts))
	for gi, ei := range match {
		if ei < 0 {
			continue
		}
		used[ei] = true
		c.Found++
		g, ep := pg.Gold[gi], posts[ei]
		if g.User != nil && forumAuthorOK(base, g.User.Surface, ep) {
			c.AuthorOK++
		}
		if g.Datetime != nil {
			if want, ok := extract.ParseDate(g.Datetime.Surface, p.Language, forumNow); ok {
				c.DateN++
				if forumDateOK(g.Datetime.Surface, want, ep) {
					c.DateOK++
				}
			}
		}
	}
	for _, u := range used {
		if !u {
			c.Unmatched++
		}
	}
	return c, method, nil
}

// forumExtract runs earshot's extractor on pg with the given thread
// layers (zero: all) and returns the page's URL, the page and its posts,
// nil when it is not a thread.
func forumExtract(pg forumPage, layers extract.Layers) (*url.URL, *extract.Page, []extract.Post, error) {
	u, err := url.Parse(pg.URL)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("page url: %w", err)
	}
	p, err := extract.Extract(u, []byte(pg.HTML), "text/html; charset=utf-8", extract.Options{Now: forumNow, Layers: layers})
	if err != nil {
		return nil, nil, nil, err
	}
	if p.Kind != extract.KindThread {
		return u, p, nil, nil
	}
	return u, p, p.Posts, nil
}

// forumAlign pairs pg's gold posts with the extracted posts as Forum
// describes: match[i] is the index in posts of gold post i's match, or -1;
// gold is how many gold posts count (those with words).
func forumAlign(pg forumPage, posts []extract.Post) (match []int, gold int) {
	extTok := make([]map[string]int, len(posts))
	extN := make([]int, len(posts))
	for i, ep := range posts {
		extTok[i], extN[i] = forumTokens(ep.Text)
	}
	// Align gold and extracted posts in page order (both lists follow the
	// page), maximising first the number of matched pairs and then their
	// overlap; an order-free greedy pairing lets a reply that quotes an
	// earlier post take that post's match.
	ng, ne := len(pg.Gold), len(posts)
	score := make([][]float64, ng)
	for gi, g := range pg.Gold {
		score[gi] = make([]float64, ne)
		if g.Text == nil {
			continue
		}
		gt, gn := forumTokens(forumStripMarkdown(g.Text.Surface))
		if gn == 0 {
			// An image-only post has no words to match; it is left out of
			// the gold count rather than scored as a miss.
			continue
		}
		gold++
		for ei := range posts {
			if extN[ei] == 0 {
				continue
			}
			ov := forumOverlap(gt, extTok[ei])
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
	match = make([]int, ng)
	for i := range match {
		match[i] = -1
	}
	for i, j := ng, ne; i > 0 && j > 0; {
		switch {
		case score[i-1][j-1] > 0 && dp[i][j] == dp[i-1][j-1]+score[i-1][j-1]:
			match[i-1] = j - 1
			i, j = i-1, j-1
		case dp[i][j] == dp[i-1][j]:
			i--
		default:
			j--
		}
	}
	return match, gold
}

var forumBase = regexp.MustCompile(`(?i)<base\s[^>]*href\s*=\s*["']([^"']+)["']`)

var forumMDLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)

// forumStripMarkdown reduces the gold text's markdown links to their label.
func forumStripMarkdown(s string) string {
	return forumMDLink.ReplaceAllString(s, "$1")
}

// forumTokens counts lower-cased letter/digit runs.
func forumTokens(s string) (map[string]int, int) {
	m := map[string]int{}
	n := 0
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[f]++
		n++
	}
	return m, n
}

func forumOverlap(a, b map[string]int) int {
	n := 0
	for k, v := range a {
		n += min(v, b[k])
	}
	return n
}

// forumAuthorOK compares the gold user to the extracted author: as URLs
// when the gold is a link, else as names.
func forumAuthorOK(page *url.URL, gold string, p extract.Post) bool {
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
	forumClock = regexp.MustCompile(`\d{1,2}:\d{2}|\d\s*[ap]\.?m\b`)
	forumYear  = regexp.MustCompile(`\b(19|20)\d{2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b|-[A-Za-z]{3}-\d{2}\b|\b\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b`)
	forumDay   = regexp.MustCompile(`\b\d{1,2}\b`)
	forumRel   = regexp.MustCompile(`(?i)ago|vor |il y a|hace|today|yesterday|heute|gestern|hier|aujourd`)
)

// forumDateOK compares at the precision the gold surface form carries.
func forumDateOK(surface string, want time.Time, p extract.Post) bool {
	if p.Date.IsZero() {
		return false
	}
	got := p.Date
	if forumRel.MatchString(surface) {
		return got.Year() == want.Year() && got.YearDay() == want.YearDay()
	}
	lower := strings.ToLower(surface)
	hasTime := forumClock.MatchString(lower)
	hasYear := forumYear.MatchString(surface)
	rest := forumClock.ReplaceAllString(forumYear.ReplaceAllString(surface, " "), " ")
	hasDay := forumDay.MatchString(rest)
	gotHasTime := got.Hour() != 0 || got.Minute() != 0 || forumClock.MatchString(strings.ToLower(p.DateText))
	if hasTime && gotHasTime {
		// A page shows local time while its machine-readable date is
		// often UTC: accept any whole quarter-hour zone offset.
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
