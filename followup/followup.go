// Package followup finds criticism a brand has not answered and keeps the
// queue a community manager works. It is pure logic over classified posts:
// given one thread, the brand's identities, the policy and the decisions
// people recorded, it replays what happened in time order and says for each
// criticised brand what state the thread is in, since when, and why.
//
// Nothing is stored but people's decisions: the states, their history, the
// SLA and the priority are derived afresh each time, so a config change (a
// new account, a new SLA) gives the same queue as if the config had always
// been so.
package followup

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

// States of an item.
const (
	// StateOpen is criticism waiting for the brand's answer.
	StateOpen = "open"
	// StateAnswered is criticism the brand answered in the thread (with the
	// answer as evidence) or a person marked answered.
	StateAnswered = "answered"
	// StateWontRespond is criticism a person decided not to answer, with a
	// note saying why.
	StateWontRespond = "wont_respond"
	// StateExpired is criticism left unanswered past Policy.Expire: no
	// longer worth answering, kept for the record.
	StateExpired = "expired"
)

// States lists the states in the order a queue shows them. It is the list
// config checks the export status maps against, kept in one place.
var States = config.States

// Policy is how the queue is judged: the follow-up section of the config in
// the form the logic uses.
type Policy struct {
	// SLA is how long criticism may stay unanswered before it is overdue,
	// counted in Hours' working time.
	SLA   time.Duration
	Hours config.Window
	// Answer is config.AnswerThread or config.AnswerReply.
	Answer string
	// Expire is how long after it opened an unanswered item expires.
	Expire time.Duration
	// Weights scales reach per source name; a missing source weighs 1.
	Weights map[string]float64

	// matchers are the brands' compiled terms, made once by PolicyFrom for
	// the snippets; a brand without one is compiled when needed.
	matchers map[string]*classify.Matcher
}

// snippet is Snippet with the brand's matcher compiled once per policy.
func (p *Policy) snippet(text string, b config.Brand) string {
	return cut(post.NormalizeSpace(text), func() *classify.Matcher {
		if m, ok := p.matchers[b.Name]; ok {
			return m
		}
		return brandMatcher(b)
	})
}

// PolicyFrom reads the policy out of a validated config.
func PolicyFrom(cfg *config.Config) (Policy, error) {
	w, err := cfg.Followup.BusinessHours.Window()
	if err != nil {
		return Policy{}, fmt.Errorf("followup: business hours: %w", err)
	}
	p := Policy{
		SLA:      cfg.Followup.After.Std(),
		Hours:    w,
		Answer:   cfg.Followup.Answer,
		Expire:   cfg.Followup.ExpireAfter.Std(),
		Weights:  make(map[string]float64, len(cfg.Sources)),
		matchers: make(map[string]*classify.Matcher, len(cfg.Brands)),
	}
	for _, s := range cfg.Sources {
		p.Weights[s.Name] = s.Weight
	}
	for _, b := range cfg.Brands {
		p.matchers[b.Name] = brandMatcher(b)
	}
	return p, nil
}

// Item is one criticised brand in one thread: the unit a community manager
// answers and a CRM ticket tracks.
type Item struct {
	// ID is stable across runs and config changes (it depends only on the
	// thread and the brand), so a CRM import updates instead of duplicating.
	ID       string `json:"id"`
	ThreadID string `json:"thread_id"`
	Brand    string `json:"brand"`
	State    string `json:"state"`
	// Overdue is set on an open item whose SLA has passed.
	Overdue bool `json:"overdue"`
	// Reason explains State to a person reading the queue.
	Reason string `json:"reason"`

	Source    string `json:"source"`
	Host      string `json:"host"`
	ThreadURL string `json:"thread_url"`
	Title     string `json:"title,omitempty"`

	// The post the item is about now: the first criticism still waiting
	// while open or expired, else the latest criticism.
	PostID    string    `json:"post_id"`
	URL       string    `json:"url"`
	Author    string    `json:"author"`
	AuthorURL string    `json:"author_url,omitempty"`
	Published time.Time `json:"published"`
	Snippet   string    `json:"snippet,omitempty"`
	// Sentiment and Score are toward the brand in that post.
	Sentiment string   `json:"sentiment"`
	Score     float64  `json:"score"`
	Complaint float64  `json:"complaint"`
	Intents   []string `json:"intents,omitempty"`

	// Criticism is every criticism of the brand in the thread, oldest first.
	Criticism []Evidence `json:"criticism"`

	// Opened is when the current open spell began: the first criticism, or
	// new criticism after an answer, or a person reopening.
	Opened time.Time `json:"opened"`
	// Since is when the item entered its current state.
	Since time.Time `json:"since"`
	// Due is when an open item becomes overdue; zero when not open.
	Due time.Time `json:"due,omitzero"`
	// Expires is when an open item expires; zero when not open.
	Expires time.Time `json:"expires,omitzero"`
	// Answer is the evidence for StateAnswered.
	Answer *Answer `json:"answer,omitempty"`
	// Note is what a person wrote with the decision that set the state.
	Note string `json:"note,omitempty"`

	// Replies and Participants measure the thread's reach.
	Replies      int      `json:"replies"`
	Participants int      `json:"participants"`
	Priority     Priority `json:"priority"`

	// History is every change of state, oldest first, with its cause.
	History []Change `json:"history"`
}

// Evidence is one criticising post.
type Evidence struct {
	PostID    string    `json:"post_id"`
	URL       string    `json:"url"`
	Author    string    `json:"author"`
	Published time.Time `json:"published"`
	Score     float64   `json:"score"`
	Complaint float64   `json:"complaint"`
}

// Answer is the brand's answer: a post by one of its identities, or a
// person's decision (then URL is empty and By names the person).
type Answer struct {
	Author string    `json:"author,omitempty"`
	URL    string    `json:"url,omitempty"`
	At     time.Time `json:"at"`
	By     string    `json:"by,omitempty"`
}

// Change is one step in an item's history.
type Change struct {
	At   time.Time `json:"at"`
	From string    `json:"from,omitempty"`
	To   string    `json:"to"`
	// Cause says why, in words: "criticism by sam", "answered by
	// LoquatSupport", "dismissed by ana: spam".
	Cause string `json:"cause"`
	// URL is the post that caused the change, when a post did.
	URL string `json:"url,omitempty"`
	// By is the person who decided, when a person did.
	By string `json:"by,omitempty"`
}

// ItemID returns the ID of the item for brand in thread.
func ItemID(threadID, brand string) string {
	sum := sha256.Sum256([]byte(threadID + "\x00" + brand))
	return "fu-" + hex.EncodeToString(sum[:8])
}

// Evaluate returns an item for every brand criticised in thread (all posts of
// one thread, in any order), replaying the thread and the recorded actions in
// time order as of now. Criticism written by the brand's own identities does
// not count. A brand with recorded actions but no criticism left (after a
// config change) gets no item: Refresh reports those as withdrawn.
func Evaluate(thread []post.Post, brands []config.Brand, pol Policy, actions []Action, now time.Time) []Item {
	if len(thread) == 0 {
		return nil
	}
	posts := slices.Clone(thread)
	slices.SortStableFunc(posts, func(a, b post.Post) int {
		return cmp.Or(dated(&a).Compare(dated(&b)), cmp.Compare(a.ID, b.ID))
	})
	var items []Item
	for _, b := range brands {
		// Whether each post is the brand's own, decided once: it keeps the
		// brand's own criticism out and makes the brand's answers.
		own := make([]bool, len(posts))
		var crit []*post.Post
		for i := range posts {
			own[i] = IsBrandAccount(posts[i], b.Accounts)
			if slices.Contains(posts[i].Criticism, b.Name) && !own[i] {
				crit = append(crit, &posts[i])
			}
		}
		if len(crit) == 0 {
			continue
		}
		id := ItemID(threadOf(crit[0]), b.Name)
		var acts []Action
		for _, a := range actions {
			if a.Item == id {
				acts = append(acts, a)
			}
		}
		items = append(items, replay(posts, own, crit, b, &pol, acts, now))
	}
	return items
}

// event kinds, in the order they apply when they share an instant: a brand
// post at the very second of the criticism cannot be its answer, and a
// person decides after seeing both.
const (
	evBrand = iota
	evCriticism
	evAction
)

type event struct {
	at   time.Time
	kind int
	post *post.Post
	act  *Action
}

// replay walks the thread's events in time order and derives the item.
// own[i] says whether posts[i] is by one of the brand's identities.
func replay(posts []post.Post, own []bool, crit []*post.Post, b config.Brand, pol *Policy, acts []Action, now time.Time) Item {
	starter := &posts[0]
	for i := range posts {
		if !posts[i].IsReply() {
			starter = &posts[i]
			break
		}
	}
	it := Item{
		ID:        ItemID(threadOf(crit[0]), b.Name),
		ThreadID:  threadOf(crit[0]),
		Brand:     b.Name,
		Source:    crit[0].Source,
		Host:      postHost(*crit[0]),
		ThreadURL: threadURL(starter, crit[0]),
		Title:     starter.Title,
	}
	if it.Title == "" {
		it.Title = crit[0].Title
	}
	authors := map[string]bool{}
	for i := range posts {
		if a := normName(posts[i].Author); a != "" {
			authors[a] = true
		}
	}
	it.Replies, it.Participants = len(posts)-1, len(authors)

	var evs []event
	byID := make(map[string]*post.Post, len(posts))
	for i := range posts {
		p := &posts[i]
		byID[p.ID] = p
		if own[i] {
			evs = append(evs, event{at: dated(p), kind: evBrand, post: p})
		}
	}
	for _, c := range crit {
		evs = append(evs, event{at: dated(c), kind: evCriticism, post: c})
		it.Criticism = append(it.Criticism, evidence(c, b.Name))
	}
	for i := range acts {
		evs = append(evs, event{at: acts[i].At, kind: evAction, act: &acts[i]})
	}
	slices.SortStableFunc(evs, func(x, y event) int {
		return cmp.Or(x.at.Compare(y.at), cmp.Compare(x.kind, y.kind))
	})

	var (
		state   string
		pending []*post.Post // criticism of the current spell not answered yet
		last    *post.Post   // the latest criticism
	)
	set := func(to string, at time.Time, ch Change) {
		ch.From, ch.To, ch.At = state, to, at
		it.History = append(it.History, ch)
		if to != state {
			it.Since = at
		}
		state = to
	}
	expire := func(until time.Time) {
		if state == StateOpen && pol.Expire > 0 {
			if at := it.Opened.Add(pol.Expire); !at.After(until) {
				set(StateExpired, at, Change{Cause: "unanswered for " + span(pol.Expire)})
			}
		}
	}
	for _, ev := range evs {
		expire(ev.at)
		switch ev.kind {
		case evCriticism:
			c := ev.post
			last = c
			switch state {
			case StateOpen:
				pending = append(pending, c)
				continue
			case "":
				set(StateOpen, ev.at, Change{Cause: "criticism by " + who(c), URL: c.URL})
			default:
				set(StateOpen, ev.at, Change{Cause: fmt.Sprintf("new criticism by %s after it was %s", who(c), words(state)), URL: c.URL})
				it.Answer, it.Note = nil, ""
			}
			it.Opened, pending = ev.at, []*post.Post{c}
		case evBrand:
			if state != StateOpen && state != StateExpired {
				continue
			}
			if pol.Answer == config.AnswerReply {
				pending = slices.DeleteFunc(pending, func(c *post.Post) bool { return repliesTo(ev.post, c, byID) })
				if len(pending) > 0 {
					continue
				}
			}
			pending = nil
			it.Answer = &Answer{Author: ev.post.Author, URL: ev.post.URL, At: ev.at}
			it.Note = ""
			set(StateAnswered, ev.at, Change{Cause: "answered by " + who(ev.post), URL: ev.post.URL})
		case evAction:
			a := ev.act
			ch := Change{By: a.By, Cause: a.describe()}
			it.Note = a.Note
			switch a.Kind {
			case ActionAnswer:
				pending = nil
				it.Answer = &Answer{At: a.At, By: a.By}
				set(StateAnswered, a.At, ch)
			case ActionDismiss:
				pending = nil
				set(StateWontRespond, a.At, ch)
			case ActionReopen:
				it.Answer = nil
				if last != nil {
					pending = []*post.Post{last}
				}
				it.Opened = a.At
				set(StateOpen, a.At, ch)
			}
		}
	}
	expire(now)
	it.State = state

	shown := last
	if (state == StateOpen || state == StateExpired) && len(pending) > 0 {
		shown = pending[0]
	}
	it.PostID, it.URL, it.Author, it.AuthorURL = shown.ID, shown.URL, shown.Author, shown.AuthorURL
	it.Published = dated(shown)
	it.Snippet = pol.snippet(shown.Text, b)
	it.Sentiment, it.Score = towards(shown, b.Name)
	it.Complaint = shown.ComplaintScore
	it.Intents = shown.Intents

	if state == StateOpen {
		it.Due = AddWorking(it.Opened, pol.SLA, pol.Hours)
		it.Overdue = !now.Before(it.Due)
		if pol.Expire > 0 {
			it.Expires = it.Opened.Add(pol.Expire)
		}
	}
	spell := pending
	if len(spell) == 0 {
		spell = []*post.Post{shown}
	}
	it.Priority = priority(&it, spell, *pol, now)
	it.Reason = reason(&it, *pol, now)
	return it
}

// repliesTo reports whether p answers c: c is p's parent or further up its
// reply chain. The walk is bounded, since a crawled thread could hold a
// cycle of parents.
func repliesTo(p, c *post.Post, byID map[string]*post.Post) bool {
	cur := p
	for range 64 {
		if cur.ParentID == "" {
			return false
		}
		if cur.ParentID == c.ID {
			return true
		}
		next, ok := byID[cur.ParentID]
		if !ok {
			return false
		}
		cur = next
	}
	return false
}

func evidence(c *post.Post, brand string) Evidence {
	_, score := towards(c, brand)
	return Evidence{PostID: c.ID, URL: c.URL, Author: c.Author, Published: dated(c), Score: score, Complaint: c.ComplaintScore}
}

// towards returns the sentiment toward brand in p, or the post's own when
// classification left no mention for it.
func towards(p *post.Post, brand string) (string, float64) {
	for _, m := range p.Mentions {
		if m.Brand == brand {
			return m.Sentiment, m.Score
		}
	}
	return p.Sentiment, p.SentimentScore
}

func threadURL(starter, c *post.Post) string {
	u := starter.URL
	if threadOf(starter) != threadOf(c) {
		u = c.URL
	}
	u, _, _ = strings.Cut(u, "#")
	return u
}

func who(p *post.Post) string {
	if a := strings.TrimSpace(p.Author); a != "" {
		return a
	}
	return "an anonymous author"
}

func words(state string) string { return strings.ReplaceAll(state, "_", " ") }

// normName folds an author name for counting distinct people.
func normName(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func reason(it *Item, pol Policy, now time.Time) string {
	sla := slaText(pol.SLA)
	if !pol.Hours.IsZero() {
		sla += " in business hours"
	}
	last := it.History[len(it.History)-1]
	switch it.State {
	case StateOpen:
		waited := span(now.Sub(it.Opened))
		if it.Overdue {
			return fmt.Sprintf("criticism of %s unanswered for %s, overdue since %s (SLA %s)", it.Brand, waited, span(now.Sub(it.Due)), sla)
		}
		return fmt.Sprintf("criticism of %s unanswered for %s, due in %s (SLA %s)", it.Brand, waited, span(it.Due.Sub(now)), sla)
	case StateAnswered:
		if it.Answer != nil && it.Answer.URL != "" {
			return fmt.Sprintf("answered by %s %s after it opened", it.Answer.Author, span(it.Answer.At.Sub(it.Opened)))
		}
		return last.Cause
	case StateExpired:
		return fmt.Sprintf("expired: %s unanswered for %s", it.Brand, span(pol.Expire))
	}
	return last.Cause
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
