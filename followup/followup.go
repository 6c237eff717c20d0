// Package followup finds criticism a brand has not answered. It is pure logic
// over classified posts: given one thread, it says for each criticised brand
// whether the brand replied, and if not whether the reply is overdue.
package followup

import (
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

// Item states.
const (
	// StatePending is criticism not yet answered whose SLA has not passed.
	StatePending = "pending"
	// StateFlagged is criticism left unanswered past the SLA.
	StateFlagged = "flagged"
	// StateAnswered is criticism the brand replied to later in the thread.
	StateAnswered = "answered"
)

// Item is one criticised brand in one post, with what became of it.
type Item struct {
	// ID is PostID + ":" + Brand, stable across runs so a CRM can upsert.
	ID        string    `json:"id"`
	PostID    string    `json:"post_id"`
	ThreadID  string    `json:"thread_id"`
	Brand     string    `json:"brand"`
	URL       string    `json:"url"`
	Source    string    `json:"source"`
	Author    string    `json:"author"`
	Title     string    `json:"title,omitempty"`
	Snippet   string    `json:"snippet,omitempty"`
	Published time.Time `json:"published"`
	Sentiment string    `json:"sentiment"`
	Score     float64   `json:"score"`
	// State is StatePending, StateFlagged or StateAnswered.
	State string `json:"state"`
	// Reason explains State to a person reading the queue.
	Reason string `json:"reason"`
	// Due is when an unanswered item becomes flagged; zero when answered.
	Due time.Time `json:"due"`
	// AnsweredBy and AnswerURL are the evidence for StateAnswered.
	AnsweredBy string `json:"answered_by,omitempty"`
	AnswerURL  string `json:"answer_url,omitempty"`
}

// Evaluate returns an Item for every brand criticised by a post in thread,
// except criticism written by that brand's own accounts. An item is answered
// when a later post in the same thread is by one of the brand's accounts;
// otherwise it is due after the given SLA and flagged once now reaches Due.
// thread may be in any order; the items are sorted by Published, then ID.
// A post without a Published time is dated by when it was fetched.
func Evaluate(thread []post.Post, brands []config.Brand, after time.Duration, now time.Time) []Item {
	var items []Item
	seen := make(map[string]bool)
	for i := range thread {
		p := &thread[i]
		if len(p.Criticism) == 0 {
			continue
		}
		for _, b := range brands {
			id := p.ID + ":" + b.Name
			if seen[id] || !slices.Contains(p.Criticism, b.Name) || IsBrandAccount(*p, b.Accounts) {
				continue
			}
			seen[id] = true
			items = append(items, evaluate(p, thread, b, after, now))
		}
	}
	slices.SortFunc(items, func(a, b Item) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return items
}

func evaluate(p *post.Post, thread []post.Post, b config.Brand, after time.Duration, now time.Time) Item {
	published := dated(p)
	it := Item{
		ID:        p.ID + ":" + b.Name,
		PostID:    p.ID,
		ThreadID:  p.ThreadID,
		Brand:     b.Name,
		URL:       p.URL,
		Source:    p.Source,
		Author:    p.Author,
		Title:     p.Title,
		Snippet:   Snippet(p.Text, b),
		Published: published,
		Sentiment: p.Sentiment,
		Score:     p.SentimentScore,
	}
	if ans := answer(p, thread, b.Accounts); ans != nil {
		it.State = StateAnswered
		it.AnsweredBy = ans.Author
		it.AnswerURL = ans.URL
		it.Reason = fmt.Sprintf("answered by %s at %s", ans.Author, dated(ans).UTC().Format(time.RFC3339))
		return it
	}
	it.Due = published.Add(after)
	age := now.Sub(published)
	if !now.Before(it.Due) {
		it.State = StateFlagged
		it.Reason = fmt.Sprintf("criticism of %s unanswered for %s (SLA %s)", b.Name, span(age), slaText(after))
	} else {
		it.State = StatePending
		it.Reason = fmt.Sprintf("criticism of %s unanswered for %s, due in %s (SLA %s)", b.Name, span(age), span(it.Due.Sub(now)), slaText(after))
	}
	return it
}

// answer returns the earliest post in p's thread, published after p, by one
// of the brand's accounts, or nil.
func answer(p *post.Post, thread []post.Post, a config.Accounts) *post.Post {
	var best *post.Post
	for i := range thread {
		q := &thread[i]
		if q.ID == p.ID || threadOf(q) != threadOf(p) || !dated(q).After(dated(p)) || !IsBrandAccount(*q, a) {
			continue
		}
		if best == nil || dated(q).Before(dated(best)) || (dated(q).Equal(dated(best)) && q.ID < best.ID) {
			best = q
		}
	}
	return best
}

// threadOf guards against a caller passing posts of several threads: a
// starter may leave ThreadID empty, its replies name the starter's ID.
func threadOf(p *post.Post) string {
	if p.ThreadID != "" {
		return p.ThreadID
	}
	return p.ID
}

func dated(p *post.Post) time.Time {
	if p.Published.IsZero() {
		return p.Fetched
	}
	return p.Published
}

// span writes a duration for people: "3d4h", "5h12m", "40m".
func span(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Minute)
	days, hours, mins := d/(24*time.Hour), (d%(24*time.Hour))/time.Hour, (d%time.Hour)/time.Minute
	var b strings.Builder
	if days > 0 {
		fmt.Fprintf(&b, "%dd", days)
	}
	if hours > 0 {
		fmt.Fprintf(&b, "%dh", hours)
	}
	if mins > 0 && days == 0 {
		fmt.Fprintf(&b, "%dm", mins)
	}
	if b.Len() == 0 {
		return "0m"
	}
	return b.String()
}

// slaText writes the SLA as configured ("24h", "1h30m") rather than "24h0m0s".
func slaText(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// IsBrandAccount reports whether p was written by one of the accounts in a.
// Every comparison is exact, never a substring guess, because a look-alike
// account ("LoquatSupp0rt") answering must not close a complaint:
//   - p.Author equals a user name listed for p.Host or for "*", after
//     trimming and Unicode case folding;
//   - p.AuthorURL equals an author URL once both are in canonical form
//     (post.Canonical) without a trailing slash;
//   - p.AuthorEmail's domain is an email domain or a subdomain of one.
func IsBrandAccount(p post.Post, a config.Accounts) bool {
	return usernameMatch(p, a.Usernames) || authorURLMatch(p.AuthorURL, a.AuthorURLs) || emailMatch(p.AuthorEmail, a.EmailDomains)
}

func usernameMatch(p post.Post, names map[string][]string) bool {
	author := strings.TrimSpace(p.Author)
	if author == "" || len(names) == 0 {
		return false
	}
	host := strings.TrimSuffix(strings.TrimSpace(p.Host), ".")
	if host == "" {
		host = post.Host(p.URL)
	}
	for h, list := range names {
		h = strings.TrimSuffix(strings.TrimSpace(h), ".")
		if h != "*" && (host == "" || !strings.EqualFold(h, host)) {
			continue
		}
		for _, n := range list {
			if strings.EqualFold(strings.TrimSpace(n), author) {
				return true
			}
		}
	}
	return false
}

func authorURLMatch(raw string, urls []string) bool {
	u := canonicalProfile(raw)
	if u == "" {
		return false
	}
	for _, v := range urls {
		if canonicalProfile(v) == u {
			return true
		}
	}
	return false
}

// canonicalProfile returns the canonical form of a profile URL without a
// trailing slash, or "" when raw is not an absolute URL.
func canonicalProfile(raw string) string {
	if strings.TrimSpace(raw) == "" {
		return ""
	}
	c, err := post.Canonical(raw)
	if err != nil {
		return ""
	}
	return strings.TrimRight(c, "/")
}

func emailMatch(addr string, domains []string) bool {
	d := emailDomain(addr)
	if d == "" {
		return false
	}
	for _, e := range domains {
		e = strings.Trim(strings.ToLower(strings.TrimSpace(e)), ".@")
		if e != "" && (d == e || strings.HasSuffix(d, "."+e)) {
			return true
		}
	}
	return false
}

// emailDomain returns the lower-case domain of addr, which may be a bare
// address or "Name <address>", or "" when it is neither.
func emailDomain(addr string) string {
	addr = strings.TrimSpace(addr)
	if a, err := mail.ParseAddress(addr); err == nil {
		addr = a.Address
	}
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return ""
	}
	d := strings.TrimSuffix(strings.ToLower(addr[at+1:]), ".")
	if d == "" || strings.ContainsAny(d, " <>@") {
		return ""
	}
	return d
}

// snippetRunes is about how much text a CRM row shows before it wraps.
const snippetRunes = 200

// Snippet returns up to about 200 runes of text around the first mention of
// b (its terms, or its name when it has none), or the start of text when
// there is no mention. White space is normalised, and a cut falls between
// words and is marked with "…".
func Snippet(text string, b config.Brand) string {
	text = post.NormalizeSpace(text)
	r := []rune(text)
	if len(r) <= snippetRunes {
		return text
	}
	at := 0
	terms := b.Terms
	if len(terms) == 0 {
		terms = []string{b.Name}
	}
	if m, err := classify.NewMatcher(terms); err == nil {
		if loc := m.Index(text); loc != nil {
			at = len([]rune(text[:loc[0]]))
		}
	}
	// Show a little context before the mention: the complaint often starts
	// before the brand is named.
	start := max(0, at-snippetRunes/4)
	end := min(len(r), start+snippetRunes)
	start = max(0, end-snippetRunes)
	if start > 0 {
		if i := indexRune(r[start:end], ' '); i >= 0 && start+i+1 < end {
			start += i + 1
		}
	}
	if end < len(r) {
		if i := lastIndexRune(r[start:end], ' '); i > 0 {
			end = start + i
		}
	}
	s := string(r[start:end])
	if start > 0 {
		s = "…" + s
	}
	if end < len(r) {
		s += "…"
	}
	return s
}

func indexRune(r []rune, c rune) int { return slices.Index(r, c) }

func lastIndexRune(r []rune, c rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == c {
			return i
		}
	}
	return -1
}
