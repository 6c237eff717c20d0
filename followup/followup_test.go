package followup

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

var (
	t0 = time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC) // a Monday

	loquat = config.Brand{
		Name:  "Loquat",
		Terms: []string{"Loquat"},
		Accounts: config.Accounts{
			Usernames:    map[string][]string{"forum.example": {"LoquatSupport"}, "*": {"Loquat Team"}},
			AuthorURLs:   []string{"https://social.example/@loquat/"},
			EmailDomains: []string{"loquat.example"},
			Badges:       map[string][]string{"blog.loquat.example": {"post_author"}},
		},
	}
	medlar = config.Brand{
		Name:     "Medlar",
		Accounts: config.Accounts{Usernames: map[string][]string{"other.example": {"MedlarHelp"}}},
	}
	pol = Policy{SLA: 24 * time.Hour, Answer: config.AnswerThread, Expire: 30 * 24 * time.Hour}
)

// mk returns a post in thread "t1" on forum.example, published at t0 plus
// the given offset; "t1" itself is the starter.
func mk(id string, offset time.Duration, author string, criticism ...string) post.Post {
	p := post.Post{
		ID:             id,
		ThreadID:       "t1",
		Source:         "forum",
		URL:            "https://forum.example/t/1#p" + id,
		Host:           "forum.example",
		Author:         author,
		Title:          "Sync",
		Text:           "Loquat sync is broken again.",
		Published:      t0.Add(offset),
		Sentiment:      post.Negative,
		SentimentScore: -0.6,
		ComplaintScore: 0.8,
		Criticism:      criticism,
	}
	if id != "t1" {
		p.ParentID = "t1"
	}
	return p
}

func reply(p post.Post, parent string) post.Post { p.ParentID = parent; return p }

func act(kind string, offset time.Duration, note string) Action {
	return Action{Item: ItemID("t1", "Loquat"), Kind: kind, Note: note, By: "ana", At: t0.Add(offset)}
}

func states(it Item) string {
	var s []string
	for _, c := range it.History {
		s = append(s, c.To)
	}
	return strings.Join(s, ">")
}

func TestEvaluate(t *testing.T) {
	h := time.Hour
	replyMode := pol
	replyMode.Answer = config.AnswerReply
	tests := []struct {
		name    string
		thread  []post.Post
		actions []Action
		pol     Policy
		at      time.Duration // now, after t0
		state   string
		overdue bool
		history string
		post    string // Item.PostID
		answer  string // Answer.URL
		cause   string // in the last change's cause
	}{
		{
			name:   "unanswered past the SLA is overdue",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat")},
			at:     30 * h, state: StateOpen, overdue: true, history: "open", post: "t1",
		},
		{
			name:   "unanswered within the SLA is open, not overdue",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat")},
			at:     2 * h, state: StateOpen, history: "open", post: "t1",
		},
		{
			name:   "a later post by the brand answers",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p2", h, "bob"), mk("p3", 3*h, "LoquatSupport")},
			at:     30 * h, state: StateAnswered, history: "open>answered", post: "t1",
			answer: "https://forum.example/t/1#pp3", cause: "answered by LoquatSupport",
		},
		{
			name:   "a look-alike account does not answer",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p3", 3*h, "LoquatSupp0rt")},
			at:     30 * h, state: StateOpen, overdue: true, history: "open", post: "t1",
		},
		{
			name:   "a brand post before the criticism does not answer it",
			thread: []post.Post{mk("t1", 0, "LoquatSupport"), mk("p2", h, "alice", "Loquat")},
			at:     2 * h, state: StateOpen, history: "open", post: "p2",
		},
		{
			name:   "a brand post at the same instant does not answer it",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p2", 0, "LoquatSupport")},
			at:     2 * h, state: StateOpen, history: "open", post: "t1",
		},
		{
			name:   "new criticism after the answer reopens",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p2", h, "LoquatSupport"), mk("p3", 5*h, "carol", "Loquat")},
			at:     6 * h, state: StateOpen, history: "open>answered>open", post: "p3", cause: "new criticism by carol after it was answered",
		},
		{
			name:   "a second criticism while open keeps the first as the item's post",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p2", h, "carol", "Loquat")},
			at:     2 * h, state: StateOpen, history: "open", post: "t1",
		},
		{
			name:   "unanswered past expiry expires",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat")},
			at:     31 * 24 * h, state: StateExpired, history: "open>expired", post: "t1", cause: "unanswered for 30d",
		},
		{
			name:   "an answer after expiry still counts",
			thread: []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p2", 40*24*h, "LoquatSupport")},
			at:     41 * 24 * h, state: StateAnswered, history: "open>expired>answered", post: "t1",
		},
		{
			name:   "criticism by the brand's own account is no item",
			thread: []post.Post{mk("t1", 0, "LoquatSupport", "Loquat")},
			at:     30 * h,
		},
		{
			name:   "reply mode: a brand post elsewhere in the thread does not answer",
			thread: []post.Post{mk("t1", 0, "bob"), mk("p2", h, "alice", "Loquat"), reply(mk("p3", 2*h, "LoquatSupport"), "t1")},
			pol:    replyMode, at: 30 * h, state: StateOpen, overdue: true, history: "open", post: "p2",
		},
		{
			name:   "reply mode: a reply down the criticism's chain answers",
			thread: []post.Post{mk("t1", 0, "bob"), mk("p2", h, "alice", "Loquat"), reply(mk("p3", 2*h, "dave"), "p2"), reply(mk("p4", 3*h, "LoquatSupport"), "p3")},
			pol:    replyMode, at: 30 * h, state: StateAnswered, history: "open>answered",
		},
		{
			name: "reply mode: every criticism of the spell needs its answer",
			thread: []post.Post{mk("t1", 0, "bob"), mk("p2", h, "alice", "Loquat"), mk("p3", 2*h, "carol", "Loquat"),
				reply(mk("p4", 3*h, "LoquatSupport"), "p2")},
			pol: replyMode, at: 4 * h, state: StateOpen, history: "open", post: "p3",
		},
		{
			name:    "a person dismisses with a note",
			thread:  []post.Post{mk("t1", 0, "alice", "Loquat")},
			actions: []Action{act(ActionDismiss, 2*h, "spam account")},
			at:      30 * h, state: StateWontRespond, history: "open>wont_respond", cause: "dismissed by ana: spam account",
		},
		{
			name:    "new criticism after a dismissal reopens",
			thread:  []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p2", 5*h, "carol", "Loquat")},
			actions: []Action{act(ActionDismiss, 2*h, "spam")},
			at:      6 * h, state: StateOpen, history: "open>wont_respond>open", post: "p2",
		},
		{
			name:    "a person reopens an answered item; only a later answer closes it",
			thread:  []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p2", h, "LoquatSupport"), mk("p3", 9*h, "LoquatSupport")},
			actions: []Action{act(ActionReopen, 4*h, "the answer did not help")},
			at:      10 * h, state: StateAnswered, history: "open>answered>open>answered", answer: "https://forum.example/t/1#pp3",
		},
		{
			name:    "a person marks it answered",
			thread:  []post.Post{mk("t1", 0, "alice", "Loquat")},
			actions: []Action{act(ActionAnswer, 2*h, "called her")},
			at:      30 * h, state: StateAnswered, history: "open>answered", cause: "marked answered by ana: called her",
		},
		{
			name:    "actions of another item are ignored",
			thread:  []post.Post{mk("t1", 0, "alice", "Loquat")},
			actions: []Action{{Item: ItemID("t2", "Loquat"), Kind: ActionDismiss, Note: "x", At: t0.Add(h)}},
			at:      2 * h, state: StateOpen, history: "open",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.pol
			if p.SLA == 0 {
				p = pol
			}
			items := Evaluate(tt.thread, []config.Brand{loquat, medlar}, p, tt.actions, t0.Add(tt.at))
			if tt.state == "" {
				if len(items) != 0 {
					t.Fatalf("got %d items (%+v), want none", len(items), items)
				}
				return
			}
			if len(items) != 1 {
				t.Fatalf("got %d items, want 1", len(items))
			}
			it := items[0]
			if it.State != tt.state || it.Overdue != tt.overdue || states(it) != tt.history {
				t.Errorf("got state %s overdue %v history %s, want %s %v %s (reason %q)", it.State, it.Overdue, states(it), tt.state, tt.overdue, tt.history, it.Reason)
			}
			if tt.post != "" && it.PostID != tt.post {
				t.Errorf("got post %s, want %s", it.PostID, tt.post)
			}
			if tt.answer != "" && (it.Answer == nil || it.Answer.URL != tt.answer) {
				t.Errorf("got answer %+v, want URL %s", it.Answer, tt.answer)
			}
			if last := it.History[len(it.History)-1]; !strings.Contains(last.Cause, tt.cause) {
				t.Errorf("got last cause %q, want it to contain %q", last.Cause, tt.cause)
			}
			if it.ID != ItemID("t1", "Loquat") {
				t.Errorf("got ID %s, want %s", it.ID, ItemID("t1", "Loquat"))
			}
			for i := 1; i < len(it.History); i++ {
				if it.History[i].At.Before(it.History[i-1].At) || it.History[i].From != it.History[i-1].To {
					t.Errorf("history out of order or unchained at %d: %+v", i, it.History)
				}
			}
		})
	}
}

func TestEvaluateFields(t *testing.T) {
	thread := []post.Post{
		mk("t1", 0, "alice", "Loquat", "Medlar"),
		mk("p2", time.Hour, "bob"),
		mk("p3", 2*time.Hour, "alice"),
		mk("p4", 3*time.Hour, "Loquat Team"),
	}
	thread[0].Mentions = []post.Mention{{Brand: "Loquat", Sentiment: post.Negative, Score: -0.9}}
	thread[0].Intents = []string{"complaint", "churn"}
	// The order posts arrive in must not matter.
	slices.Reverse(thread)
	now := t0.Add(30 * time.Hour)
	items := Evaluate(thread, []config.Brand{loquat, medlar}, pol, nil, now)
	if len(items) != 2 {
		t.Fatalf("got %d items, want one per criticised brand", len(items))
	}
	byBrand := map[string]Item{}
	for _, it := range items {
		byBrand[it.Brand] = it
	}
	l, m := byBrand["Loquat"], byBrand["Medlar"]
	if l.State != StateAnswered || m.State != StateOpen || !m.Overdue {
		t.Errorf("got Loquat %s, Medlar %s (overdue %v); want answered and overdue open: each brand answers for itself", l.State, m.State, m.Overdue)
	}
	if l.ID == m.ID {
		t.Errorf("got the same ID %s for two brands", l.ID)
	}
	if l.Score != -0.9 || l.Sentiment != post.Negative || m.Score != -0.6 {
		t.Errorf("got scores %v/%v, want the brand's mention score -0.9 and the post's -0.6", l.Score, m.Score)
	}
	if m.Replies != 3 || m.Participants != 3 || m.ThreadURL != "https://forum.example/t/1" || m.Title != "Sync" {
		t.Errorf("got replies %d participants %d thread %s title %q; want 3, 3, the thread URL and title", m.Replies, m.Participants, m.ThreadURL, m.Title)
	}
	if want := t0.Add(24 * time.Hour); !m.Due.Equal(want) || !m.Expires.Equal(t0.Add(30*24*time.Hour)) {
		t.Errorf("got due %v expires %v, want %v and 30 days on", m.Due, m.Expires, want)
	}
	if !strings.Contains(m.Reason, "overdue since 6h") {
		t.Errorf("got reason %q, want the overdue time", m.Reason)
	}
	if !l.Due.IsZero() || !l.Expires.IsZero() {
		t.Errorf("got due %v expires %v on an answered item, want zero", l.Due, l.Expires)
	}
}

func TestPriority(t *testing.T) {
	base := func() []post.Post { return []post.Post{mk("t1", 0, "alice", "Loquat")} }
	score := func(thread []post.Post, p Policy, at time.Duration) Priority {
		t.Helper()
		items := Evaluate(thread, []config.Brand{loquat}, p, nil, t0.Add(at))
		if len(items) != 1 {
			t.Fatalf("got %d items, want 1", len(items))
		}
		return items[0].Priority
	}
	plain := score(base(), pol, time.Hour)
	mild := base()
	mild[0].ComplaintScore, mild[0].SentimentScore = 0.1, -0.1
	churn := base()
	churn[0].Intents = []string{"churn"}
	busy := base()
	for i := range 12 {
		busy = append(busy, mk(fmt.Sprintf("r%d", i), time.Minute, fmt.Sprintf("user%d", i)))
	}
	heavy := pol
	heavy.Weights = map[string]float64{"forum": 3}
	tests := []struct {
		name  string
		got   Priority
		above bool
	}{
		{"a mild post ranks below a strong complaint", score(mild, pol, time.Hour), false},
		{"a threat to leave raises severity", score(churn, pol, time.Hour), true},
		{"a busy thread raises reach", score(busy, pol, time.Hour), true},
		{"a heavy source raises reach", score(busy, heavy, time.Hour), true},
		{"being overdue raises age", score(base(), pol, 60*time.Hour), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if (tt.got.Score > plain.Score) != tt.above {
				t.Errorf("got %d (%v), plain %d (%v); want above=%v", tt.got.Score, tt.got.Parts, plain.Score, plain.Parts, tt.above)
			}
			if tt.got.Score < 0 || tt.got.Score > 100 || tt.got.Label == "" || len(tt.got.Parts) < 3 {
				t.Errorf("got %+v, want a 0..100 score with a label and its parts", tt.got)
			}
		})
	}
	if b, h := score(busy, pol, time.Hour), score(busy, heavy, time.Hour); h.Reach <= b.Reach {
		t.Errorf("got reach %v with weight 3, %v without; want more", h.Reach, b.Reach)
	}
}

func TestRecheck(t *testing.T) {
	it := Item{State: StateOpen, Opened: t0}
	h := time.Hour
	tests := []struct {
		now, last time.Duration // after t0; last < 0 means never fetched
		want      bool
	}{
		{30 * time.Minute, -1, false}, // too early for the first check
		{h, -1, true},                 // 1 h after opening
		{2 * h, h, false},             // checked at 1 h; next at 5 h
		{5 * h, h, true},
		{28 * h, 5 * h, false},
		{29 * h, 5 * h, true},
		{100 * h, 29 * h, false},
		{101 * h, 29 * h, true},
		{124 * h, 101 * h, false},
		{125 * h, 101 * h, true}, // then daily
		{149 * h, 125 * h, true},
	}
	for _, tt := range tests {
		last := time.Time{}
		if tt.last >= 0 {
			last = t0.Add(tt.last)
		}
		if got := it.RecheckDue(last, t0.Add(tt.now)); got != tt.want {
			t.Errorf("RecheckDue(last %v, now %v): got %v, want %v", tt.last, tt.now, got, tt.want)
		}
	}
	if (Item{State: StateAnswered, Opened: t0}).RecheckDue(time.Time{}, t0.Add(50*h)) {
		t.Error("got an answered item due for a re-crawl, want only open ones")
	}
}

func TestStates(t *testing.T) {
	want := []string{StateOpen, StateAnswered, StateWontRespond, StateExpired}
	if !slices.Equal(States, want) {
		t.Errorf("States = %q, want the state constants in queue order %q", States, want)
	}
}

func TestFind(t *testing.T) {
	items := []Item{{ID: "fu-aa11"}, {ID: "fu-aa22"}, {ID: "fu-bb33"}}
	tests := []struct{ in, want, err string }{
		{"fu-aa11", "fu-aa11", ""},
		{"bb", "fu-bb33", ""},
		{"FU-BB3", "fu-bb33", ""},
		{"aa", "", "matches 2 items"},
		{"cc", "", "no item"},
		{"", "", "no item ID"},
	}
	for _, tt := range tests {
		got, err := Find(items, tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("Find(%q): got error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got.ID != tt.want {
			t.Errorf("Find(%q): got %q, %v; want %q", tt.in, got.ID, err, tt.want)
		}
	}
}

func TestActionCheck(t *testing.T) {
	open, answered := Item{ID: "fu-1", State: StateOpen}, Item{ID: "fu-1", State: StateAnswered}
	tests := []struct {
		a    Action
		it   Item
		fail bool
	}{
		{Action{Kind: ActionDismiss, Note: "spam"}, open, false},
		{Action{Kind: ActionDismiss}, open, true},
		{Action{Kind: ActionAnswer}, answered, true},
		{Action{Kind: ActionAnswer}, open, false},
		{Action{Kind: ActionReopen}, open, true},
		{Action{Kind: ActionReopen}, answered, false},
		{Action{Kind: "close"}, open, true},
	}
	for _, tt := range tests {
		if err := tt.a.Check(tt.it); (err != nil) != tt.fail {
			t.Errorf("Check(%+v on %s): got %v, want failure %v", tt.a, tt.it.State, err, tt.fail)
		}
	}
}

func ExampleEvaluate() {
	t0 := time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC)
	brand := config.Brand{Name: "Loquat", Accounts: config.Accounts{Usernames: map[string][]string{"*": {"LoquatSupport"}}}}
	thread := []post.Post{{
		ID: "p1", ThreadID: "p1", Host: "forum.example", Author: "alice",
		Text: "Loquat lost my data.", Published: t0, Criticism: []string{"Loquat"},
	}}
	pol := Policy{SLA: 24 * time.Hour, Answer: config.AnswerThread, Expire: 30 * 24 * time.Hour}
	for _, it := range Evaluate(thread, []config.Brand{brand}, pol, nil, t0.Add(30*time.Hour)) {
		fmt.Println(it.ID, it.State, it.Overdue, it.Reason)
	}
	// Output: fu-dae25d256cf8ab8c open true criticism of Loquat unanswered for 1d6h, overdue since 6h (SLA 24h)
}

// FuzzEvaluate builds threads from arbitrary bytes (authors, times, parents,
// criticism and decisions in any order) and checks the replay's invariants:
// no panic, a valid state, a history that chains from its first state to the
// current one in time order, and dates that agree with the state.
func FuzzEvaluate(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte("criticism, answer, criticism again, dismiss, reopen"))
	f.Fuzz(func(t *testing.T, data []byte) {
		authors := []string{"alice", "LoquatSupport", "LoquatSupp0rt", "bob", ""}
		var thread []post.Post
		var acts []Action
		for i := 0; i+2 < len(data) && len(thread) < 40; i += 3 {
			b, at, parent := data[i], time.Duration(data[i+1])*time.Hour, int(data[i+2])
			if b%7 == 6 {
				kinds := []string{ActionAnswer, ActionDismiss, ActionReopen}
				acts = append(acts, Action{Item: ItemID("t1", "Loquat"), Kind: kinds[int(b)%3], Note: "n", At: t0.Add(at)})
				continue
			}
			id := fmt.Sprintf("p%d", len(thread))
			if len(thread) == 0 {
				id = "t1"
			}
			var crit []string
			if b%2 == 0 {
				crit = []string{"Loquat"}
			}
			p := mk(id, at, authors[int(b)%len(authors)], crit...)
			if len(thread) > 0 {
				p.ParentID = thread[parent%len(thread)].ID
			}
			thread = append(thread, p)
		}
		for _, answer := range []string{config.AnswerThread, config.AnswerReply} {
			p := pol
			p.Answer = answer
			for _, it := range Evaluate(thread, []config.Brand{loquat, medlar}, p, acts, t0.Add(300*time.Hour)) {
				if !slices.Contains(States, it.State) || len(it.History) == 0 {
					t.Fatalf("got state %q with %d changes", it.State, len(it.History))
				}
				if last := it.History[len(it.History)-1]; last.To != it.State {
					t.Fatalf("history ends in %s, state is %s", last.To, it.State)
				}
				for i := 1; i < len(it.History); i++ {
					if it.History[i].From != it.History[i-1].To || it.History[i].At.Before(it.History[i-1].At) {
						t.Fatalf("history breaks at %d: %+v", i, it.History)
					}
				}
				if (it.State == StateOpen) == it.Due.IsZero() || (it.State != StateOpen && it.Overdue) {
					t.Fatalf("state %s with due %v overdue %v", it.State, it.Due, it.Overdue)
				}
				if it.Priority.Score < 0 || it.Priority.Score > 100 {
					t.Fatalf("priority %d out of range", it.Priority.Score)
				}
			}
		}
	})
}
