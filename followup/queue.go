package followup

import (
	"cmp"
	"context"
	"fmt"
	"slices"
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

// Records is where Refresh keeps the queue between runs; *state.Store
// satisfies it.
type Records interface {
	ReplaceJSON(bucket string, items map[string]any) error
}

// Bucket is the state-store bucket that holds the queue, keyed by Item.ID.
const Bucket = "followups"

// Queue is the follow-up queue at one moment.
type Queue struct {
	Items []Item
	// Evaluated is the time the SLA was measured against.
	Evaluated time.Time
}

// Summary counts a queue's items by state.
type Summary struct {
	Flagged, Pending, Answered int
}

// Summary counts q's items by state.
func (q *Queue) Summary() Summary {
	var s Summary
	for _, it := range q.Items {
		switch it.State {
		case StateFlagged:
			s.Flagged++
		case StatePending:
			s.Pending++
		case StateAnswered:
			s.Answered++
		}
	}
	return s
}

// Refresh evaluates every thread that holds criticism, with the brands'
// accounts and the SLA as they are now, and stores the result. Because it
// starts from the indexed posts each time, a config change (a new account, a
// new SLA) gives the same queue as if the config had always been so.
// Items come flagged first, then pending, then answered; oldest first within
// a state, since the oldest unanswered criticism is the most overdue.
func Refresh(ctx context.Context, th Threads, rec Records, brands []config.Brand, after time.Duration, now time.Time) (*Queue, error) {
	crit, err := th.Criticism(ctx)
	if err != nil {
		return nil, fmt.Errorf("followup: %w", err)
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
		q.Items = append(q.Items, Evaluate(thread, brands, after, now)...)
	}
	rank := map[string]int{StateFlagged: 0, StatePending: 1, StateAnswered: 2}
	slices.SortStableFunc(q.Items, func(a, b Item) int {
		return cmp.Or(
			cmp.Compare(rank[a.State], rank[b.State]),
			a.Published.Compare(b.Published),
			cmp.Compare(a.ID, b.ID),
		)
	})
	if rec != nil {
		stored := make(map[string]any, len(q.Items))
		for _, it := range q.Items {
			stored[it.ID] = it
		}
		if err := rec.ReplaceJSON(Bucket, stored); err != nil {
			return nil, fmt.Errorf("followup: store queue: %w", err)
		}
	}
	return q, nil
}
