package followup

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/index"
	"github.com/earshot-dev/earshot/post"
	"github.com/earshot-dev/earshot/state"
)

// TestRefreshWithdrawn runs Refresh over a real index and state store: an
// item whose criticism is classified away is kept as withdrawn, with its
// cause, and leaves that list when the criticism comes back. A record of an
// older shape is replaced without being reported.
func TestRefreshWithdrawn(t *testing.T) {
	dir := t.TempDir()
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	st, err := state.Open(filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := t.Context()
	if err := st.PutJSON(Bucket, "abc:Loquat", map[string]string{"id": "abc:Loquat", "state": "flagged"}); err != nil {
		t.Fatal(err)
	}
	thread := []post.Post{mk("t1", 0, "alice", "Loquat"), mk("p2", time.Hour, "bob")}
	for i := range thread {
		thread[i].Hash = post.ContentHash(thread[i].Title, thread[i].Author, thread[i].Text)
	}
	brands := []config.Brand{loquat}
	refresh := func(step string, crit []string) *Queue {
		t.Helper()
		thread[0].Criticism = crit
		if _, err := ix.Upsert(ctx, thread); err != nil {
			t.Fatal(err)
		}
		q, err := Refresh(ctx, ix, st, brands, pol, t0.Add(48*time.Hour))
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		return q
	}

	q := refresh("criticised", []string{"Loquat"})
	if len(q.Items) != 1 || len(q.Withdrawn) != 0 {
		t.Fatalf("criticised: got %d items, %d withdrawn (%+v); want 1 and none (the old record is not news)", len(q.Items), len(q.Withdrawn), q.Withdrawn)
	}
	id := q.Items[0].ID

	q = refresh("classified away", nil)
	if len(q.Items) != 0 || len(q.Withdrawn) != 1 || q.Withdrawn[0].Item.ID != id || q.Withdrawn[0].Cause == "" {
		t.Fatalf("classified away: got %d items, withdrawn %+v; want item %s withdrawn with a cause", len(q.Items), q.Withdrawn, id)
	}
	if s := q.Summary(); s.Withdrawn != 1 || s.Open != 0 {
		t.Errorf("summary: got %+v", s)
	}
	// Still withdrawn on the next run: kept, never silently dropped.
	if q = refresh("still away", nil); len(q.Withdrawn) != 1 {
		t.Errorf("still away: got %d withdrawn, want the item kept", len(q.Withdrawn))
	}

	q = refresh("back", []string{"Loquat"})
	if len(q.Items) != 1 || q.Items[0].ID != id || len(q.Withdrawn) != 0 {
		t.Errorf("back: got %d items, %d withdrawn; want the item back and nothing withdrawn", len(q.Items), len(q.Withdrawn))
	}
}
