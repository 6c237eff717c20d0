// Package authors tells who is talking about a brand: per author and host,
// how much they post, whether they start threads or answer in others', what
// they say about the brand, and a role from how they take part (Gartner's
// reputation step: treat different people differently). It also suggests
// accounts in the index that look like the brand's own, for a person to
// confirm in the config.
//
// It is pure logic over classified posts: the caller walks the index and
// feeds a Tally one post at a time.
package authors

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/cases"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/followup"
	"github.com/earshot-dev/earshot/post"
)

// Profile is one author on one host, across every source that host feeds.
type Profile struct {
	Host string `json:"host"`
	// Name is the author's name as last seen (names differ only in case or
	// spacing across posts).
	Name      string   `json:"name"`
	AuthorURL string   `json:"author_url,omitempty"`
	Sources   []string `json:"sources"`
	// Posts counts every post; Threads those that start a thread; Replies
	// the rest.
	Posts   int `json:"posts"`
	Threads int `json:"threads"`
	Replies int `json:"replies"`
	// Mentions counts posts that mention the brand.
	Mentions int `json:"mentions"`
	// Sentiment is the mean score toward the brand, in [-1, 1], over the
	// mentions that carry one; Positive and Negative count those mentions
	// by label.
	Sentiment float64 `json:"sentiment"`
	Positive  int     `json:"positive"`
	Negative  int     `json:"negative"`
	// Complaints counts complaints in posts that mention the brand;
	// Criticism counts posts that criticise it.
	Complaints int `json:"complaints"`
	Criticism  int `json:"criticism"`
	// Badges are the markup badges seen on any of the author's posts.
	Badges []string `json:"badges,omitempty"`
	// BrandAccount is true when any post is by one of the brand's
	// configured accounts: such an author is the brand, not an advocate or
	// a critic.
	BrandAccount bool      `json:"brand_account"`
	FirstSeen    time.Time `json:"first_seen"`
	LastSeen     time.Time `json:"last_seen"`
	// Role is RoleCreator, RoleContributor, RoleOpportunist or
	// RoleParticipant; RoleReason says which counts decided it.
	Role       string `json:"role"`
	RoleReason string `json:"role_reason"`
}

// key identifies an author: the host and the folded name.
type key struct{ host, name string }

// author accumulates one author's posts.
type author struct {
	Profile
	lastName time.Time // when Name and AuthorURL were seen
	sources  map[string]bool
	badges   map[string]bool
	scoreSum float64
	scored   int
	started  []string // thread IDs started
	replies  []reply
	promo    int // posts that are mostly links or promotion
}

type reply struct {
	thread      string
	substantive bool
}

// thread is what a Tally knows about one thread: who started it and who
// replied in it.
type thread struct {
	starter  key
	hasStart bool
	repliers map[key]bool
}

// Tally accumulates posts into author profiles for one brand. The zero value
// is not usable; make one with NewTally. A Tally is not safe for concurrent
// use.
type Tally struct {
	brand   config.Brand
	fold    cases.Caser
	authors map[key]*author
	threads map[string]*thread
	// folded caches NormalizeName by raw author name: folding is the
	// costliest step of Add, and an author writes many posts.
	folded map[string]string
}

// NewTally returns an empty Tally for brand.
func NewTally(brand config.Brand) *Tally {
	return &Tally{
		brand:   brand,
		fold:    cases.Fold(),
		authors: make(map[key]*author),
		threads: make(map[string]*thread),
		folded:  make(map[string]string),
	}
}

// NormalizeName returns the form of an author name that identifies the
// author on a host: white space collapsed and trimmed, Unicode case folded,
// so "Loquat Support" and "loquat  support" are one author.
func NormalizeName(name string) string {
	return cases.Fold().String(post.NormalizeSpace(name))
}

func normHost(p *post.Post) string {
	h := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(p.Host)), ".")
	if h == "" {
		h = post.Host(p.URL)
	}
	return h
}

func dated(p *post.Post) time.Time {
	if p.Published.IsZero() {
		return p.Fetched
	}
	return p.Published
}

func threadOf(p *post.Post) string {
	if p.ThreadID != "" {
		return p.ThreadID
	}
	return p.ID
}

// Add counts p. Posts with no author are skipped: they cannot be told apart.
func (t *Tally) Add(p post.Post) {
	name := post.NormalizeSpace(p.Author)
	if name == "" {
		return
	}
	folded, ok := t.folded[p.Author]
	if !ok {
		folded = t.fold.String(name)
		t.folded[p.Author] = folded
	}
	k := key{host: normHost(&p), name: folded}
	a := t.authors[k]
	if a == nil {
		a = &author{Profile: Profile{Host: k.host}, sources: map[string]bool{}, badges: map[string]bool{}}
		t.authors[k] = a
	}
	when := dated(&p)
	if a.Posts == 0 || !when.Before(a.lastName) {
		a.Name, a.lastName = name, when
		if p.AuthorURL != "" {
			a.AuthorURL = p.AuthorURL
		}
	} else if a.AuthorURL == "" {
		a.AuthorURL = p.AuthorURL
	}
	if a.Posts == 0 || when.Before(a.FirstSeen) {
		a.FirstSeen = when
	}
	if when.After(a.LastSeen) {
		a.LastSeen = when
	}
	a.Posts++
	if p.Source != "" {
		a.sources[p.Source] = true
	}
	for _, b := range p.Badges {
		a.badges[b] = true
	}
	// IsBrandAccount covers names, profile URLs, e-mail domains and the
	// badges the config lists for the post's host.
	if followup.IsBrandAccount(p, t.brand.Accounts) {
		a.BrandAccount = true
	}

	th := t.threads[threadOf(&p)]
	if th == nil {
		th = &thread{repliers: map[key]bool{}}
		t.threads[threadOf(&p)] = th
	}
	if p.IsReply() {
		a.Replies++
		th.repliers[k] = true
		a.replies = append(a.replies, reply{thread: p.ThreadID, substantive: words(p.Text) >= SubstantiveWords})
	} else {
		a.Threads++
		th.starter, th.hasStart = k, true
		a.started = append(a.started, threadOf(&p))
	}
	if promotional(p.Text) {
		a.promo++
	}

	if !slices.Contains(p.Brands, t.brand.Name) {
		return
	}
	a.Mentions++
	if p.Complaint {
		a.Complaints++
	}
	if slices.Contains(p.Criticism, t.brand.Name) {
		a.Criticism++
	}
	for _, m := range p.Mentions {
		if m.Brand != t.brand.Name {
			continue
		}
		a.scoreSum += m.Score
		a.scored++
		switch m.Sentiment {
		case post.Positive:
			a.Positive++
		case post.Negative:
			a.Negative++
		}
		break // one Mention per brand; a second would be a classifier bug
	}
}

// Profiles returns a profile per author, with roles decided over every post
// added so far, most brand mentions first, then most posts, then by host and
// name.
func (t *Tally) Profiles() []Profile {
	out := make([]Profile, 0, len(t.authors))
	for k, a := range t.authors {
		p := a.Profile
		p.Sources = slices.Sorted(maps.Keys(a.sources))
		if len(a.badges) > 0 {
			p.Badges = slices.Sorted(maps.Keys(a.badges))
		}
		if a.scored > 0 {
			p.Sentiment = a.scoreSum / float64(a.scored)
		}
		p.Role, p.RoleReason = t.role(k, a)
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Profile) int {
		if c := cmp.Compare(b.Mentions, a.Mentions); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Posts, a.Posts); c != 0 {
			return c
		}
		return byIdentity(a, b)
	})
	return out
}

func byIdentity(a, b Profile) int {
	if c := strings.Compare(a.Host, b.Host); c != 0 {
		return c
	}
	return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
}

// Summarize returns the profiles of the authors of posts toward brand; see
// Tally for a whole index.
func Summarize(posts []post.Post, brand config.Brand) []Profile {
	t := NewTally(brand)
	for _, p := range posts {
		t.Add(p)
	}
	return t.Profiles()
}

// Advocates returns up to n authors (all when n <= 0) who mention the brand
// positively at least once and with a positive mean sentiment toward it,
// most positive mentions first, then the higher mean. The brand's own
// accounts are left out: they are the brand.
func Advocates(ps []Profile, n int) []Profile {
	var out []Profile
	for _, p := range ps {
		if !p.BrandAccount && p.Positive > 0 && p.Sentiment > 0 {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b Profile) int {
		return cmp.Or(cmp.Compare(b.Positive, a.Positive), cmp.Compare(b.Sentiment, a.Sentiment),
			cmp.Compare(b.Mentions, a.Mentions), byIdentity(a, b))
	})
	return head(out, n)
}

// Critics returns up to n authors (all when n <= 0) who criticise the brand,
// or complain about it or mention it negatively with a negative mean
// sentiment toward it (a fan who once reports a fault is not a critic):
// most criticism first, then complaints, then negative mentions, then the
// lower mean sentiment. The brand's own accounts are left out.
func Critics(ps []Profile, n int) []Profile {
	var out []Profile
	for _, p := range ps {
		if !p.BrandAccount && (p.Criticism > 0 || p.Sentiment < 0 && p.Complaints+p.Negative > 0) {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b Profile) int {
		return cmp.Or(cmp.Compare(b.Criticism, a.Criticism), cmp.Compare(b.Complaints, a.Complaints),
			cmp.Compare(b.Negative, a.Negative), cmp.Compare(a.Sentiment, b.Sentiment), byIdentity(a, b))
	})
	return head(out, n)
}

func head(ps []Profile, n int) []Profile {
	if n > 0 && len(ps) > n {
		ps = ps[:n]
	}
	if ps == nil {
		ps = []Profile{}
	}
	return ps
}
