package followup

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

// Threads is what Refresh reads posts from; *index.Index satisfies it.
type Threads interface {
	// Criticism returns every post that criticises some brand.
	Criticism(ctx context.Context) ([]post.Post, error)
	// Thread returns every post of a thread.
	Thread(ctx context.Context, threadID string) ([]post.Post, error)
}

// Records is where the queue and people's decisions are kept between runs;
// *state.Store satisfies it.
type Records interface {
	PutJSON(bucket, key string, v any) error
	ForEachJSON(bucket string, fn func(key string, raw []byte) error) error
	ReplaceJSON(bucket string, items map[string]any) error
}

// Buckets of the state store. Bucket holds the latest queue, keyed by
// Item.ID; WithdrawnBucket holds items that vanished from it.
const (
	Bucket          = "followups"
	WithdrawnBucket = "followups_withdrawn"
)

// Queue is the follow-up queue at one moment.
type Queue struct {
	Items []Item
	// Evaluated is the time the SLA was measured against.
	Evaluated time.Time
	// Withdrawn are items no longer in the queue because no post in their
	// thread criticises the brand any more (a config or classifier change
	// took it back). They are kept, with the cause, never silently dropped;
	// an item that comes back is removed from here.
	Withdrawn []Withdrawn
}

// Withdrawn is an item that left the queue, as it last was.
type Withdrawn struct {
	Item  Item      `json:"item"`
	At    time.Time `json:"at"`
	Cause string    `json:"cause"`
}

// Summary counts a queue's items by state.
type Summary struct {
	Open, Overdue, Answered, WontRespond, Expired, Withdrawn int
}

// Summary counts q's items by state.
func (q *Queue) Summary() Summary {
	s := Summary{Withdrawn: len(q.Withdrawn)}
	for _, it := range q.Items {
		switch it.State {
		case StateOpen:
			s.Open++
			if it.Overdue {
				s.Overdue++
			}
		case StateAnswered:
			s.Answered++
		case StateWontRespond:
			s.WontRespond++
		case StateExpired:
			s.Expired++
		}
	}
	return s
}

// Refresh evaluates every thread that holds criticism, with the brands'
// identities, the policy and people's decisions as they are now, and stores
// the result. Because it starts from the indexed posts each time, a config
// change (a new account, a new SLA) gives the same queue as if the config
// had always been so. Items come open first (overdue before not yet due),
// then answered, dismissed and expired; by priority, then oldest first,
// within each.
func Refresh(ctx context.Context, th Threads, rec Records, brands []config.Brand, pol Policy, now time.Time) (*Queue, error) {
	crit, err := th.Criticism(ctx)
	if err != nil {
		return nil, fmt.Errorf("followup: %w", err)
	}
	var actions []Action
	if rec != nil {
		if actions, err = Actions(rec); err != nil {
			return nil, err
		}
	}
	seen := make(map[string]bool)
	q := &Queue{Evaluated: now}
	for i := range crit {
		id := threadOf(&crit[i])
		if seen[id] {
			continue
		}
		seen[id] = true
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("followup: %w", err)
		}
		thread, err := th.Thread(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("followup: thread %s: %w", id, err)
		}
		q.Items = append(q.Items, Evaluate(thread, brands, pol, actions, now)...)
	}
	Sort(q.Items)
	if rec == nil {
		return q, nil
	}
	if err := q.withdraw(rec, now); err != nil {
		return nil, err
	}
	stored := make(map[string]any, len(q.Items))
	for _, it := range q.Items {
		stored[it.ID] = it
	}
	if err := rec.ReplaceJSON(Bucket, stored); err != nil {
		return nil, fmt.Errorf("followup: store queue: %w", err)
	}
	return q, nil
}

// withdraw moves items of the stored queue that are gone from q into the
// withdrawn bucket, and takes back those that returned.
func (q *Queue) withdraw(rec Records, now time.Time) error {
	current := make(map[string]bool, len(q.Items))
	for _, it := range q.Items {
		current[it.ID] = true
	}
	kept := map[string]any{}
	err := rec.ForEachJSON(WithdrawnBucket, func(key string, raw []byte) error {
		var w Withdrawn
		if json.Unmarshal(raw, &w) != nil || current[key] {
			return nil
		}
		kept[key] = w
		q.Withdrawn = append(q.Withdrawn, w)
		return nil
	})
	if err != nil {
		return fmt.Errorf("followup: read withdrawn items: %w", err)
	}
	err = rec.ForEachJSON(Bucket, func(key string, raw []byte) error {
		var it Item
		// Records of another shape (a queue written by an older earshot,
		// keyed by post) are replaced, not reported as withdrawn.
		if current[key] || json.Unmarshal(raw, &it) != nil || it.ID != key || !strings.HasPrefix(key, "fu-") {
			return nil
		}
		w := Withdrawn{Item: it, At: now, Cause: fmt.Sprintf("no post in the thread criticises %s any more (the config or the classifier changed)", it.Brand)}
		kept[key] = w
		q.Withdrawn = append(q.Withdrawn, w)
		return nil
	})
	if err != nil {
		return fmt.Errorf("followup: read queue: %w", err)
	}
	slices.SortFunc(q.Withdrawn, func(a, b Withdrawn) int { return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.Item.ID, b.Item.ID)) })
	if err := rec.ReplaceJSON(WithdrawnBucket, kept); err != nil {
		return fmt.Errorf("followup: store withdrawn items: %w", err)
	}
	return nil
}

// Sort orders items as a queue shows them: open first (overdue before not
// yet due), then answered, dismissed and expired; higher priority first,
// then oldest first, then by ID.
func Sort(items []Item) {
	rank := func(it Item) int {
		if it.State == StateOpen && it.Overdue {
			return 0
		}
		return 1 + slices.Index(States, it.State)
	}
	slices.SortStableFunc(items, func(a, b Item) int {
		return cmp.Or(
			cmp.Compare(rank(a), rank(b)),
			cmp.Compare(b.Priority.Score, a.Priority.Score),
			a.Opened.Compare(b.Opened),
			cmp.Compare(a.ID, b.ID),
		)
	})
}

// Record stores a person's decision. The caller checks it against the item
// first (Action.Check).
func Record(rec Records, a Action) error {
	seq := 0
	err := rec.ForEachJSON(ActionsBucket, func(key string, _ []byte) error {
		if strings.HasPrefix(key, a.Item+"/") {
			seq++
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("followup: record %s of %s: %w", a.Kind, a.Item, err)
	}
	if err := rec.PutJSON(ActionsBucket, a.key(seq), a); err != nil {
		return fmt.Errorf("followup: record %s of %s: %w", a.Kind, a.Item, err)
	}
	return nil
}

// Actions returns every recorded decision, oldest first per item.
func Actions(rec Records) ([]Action, error) {
	var out []Action
	err := rec.ForEachJSON(ActionsBucket, func(key string, raw []byte) error {
		var a Action
		if err := json.Unmarshal(raw, &a); err != nil {
			return fmt.Errorf("decision %s: %w", key, err)
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("followup: read decisions: %w", err)
	}
	return out, nil
}

// Find returns the item whose ID is id or starts with it (with or without the
// "fu-" prefix), as long as exactly one does.
func Find(items []Item, id string) (Item, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return Item{}, fmt.Errorf("followup: no item ID given")
	}
	if !strings.HasPrefix(id, "fu-") {
		id = "fu-" + id
	}
	var found []Item
	for _, it := range items {
		if it.ID == id {
			return it, nil
		}
		if strings.HasPrefix(it.ID, id) {
			found = append(found, it)
		}
	}
	switch len(found) {
	case 0:
		return Item{}, fmt.Errorf("followup: no item %s in the queue", id)
	case 1:
		return found[0], nil
	}
	return Item{}, fmt.Errorf("followup: %s matches %d items; give more of the ID", id, len(found))
}
