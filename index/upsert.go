package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/earshot-dev/earshot/post"
)

// batchSize is how many documents go into one Bleve batch: large enough to
// amortise a segment per batch, small enough to keep memory flat.
const batchSize = 500

// UpsertStats counts what Upsert did with each distinct post ID.
type UpsertStats struct {
	Added, Updated, Unchanged int
}

// Upsert adds posts that are new, replaces those whose content or
// classification changed, and leaves the rest untouched, so that re-reading
// the same sources leaves the index exactly as it was (including the Fetched
// time of the first sighting). When posts repeats an ID the last one wins and
// is counted once. ctx is checked between batches; batches already written
// stay written.
func (ix *Index) Upsert(ctx context.Context, posts []post.Post) (UpsertStats, error) {
	var stats UpsertStats
	last := make(map[string]int, len(posts))
	for i := range posts {
		if posts[i].ID == "" {
			return stats, fmt.Errorf("index: upsert: post %d (%s) has no id", i, posts[i].URL)
		}
		last[posts[i].ID] = i
	}
	unique := make([]*post.Post, 0, len(last))
	for i := range posts {
		if last[posts[i].ID] == i {
			unique = append(unique, &posts[i])
		}
	}

	ix.upsertMu.Lock()
	defer ix.upsertMu.Unlock()
	for start := 0; start < len(unique); start += batchSize {
		if err := ctx.Err(); err != nil {
			return stats, fmt.Errorf("index: upsert: %w", err)
		}
		chunk := unique[start:min(start+batchSize, len(unique))]
		s, err := ix.upsertBatch(ctx, chunk)
		stats.Added += s.Added
		stats.Updated += s.Updated
		stats.Unchanged += s.Unchanged
		if err != nil {
			return stats, err
		}
	}
	return stats, nil
}

// upsertBatch writes one batch of posts with distinct IDs. The stats it
// returns count only what was written.
func (ix *Index) upsertBatch(ctx context.Context, chunk []*post.Post) (UpsertStats, error) {
	ids := make([]string, len(chunk))
	for i, p := range chunk {
		ids[i] = p.ID
	}
	have, err := ix.versions(ctx, ids)
	if err != nil {
		return UpsertStats{}, err
	}
	var s UpsertStats
	b := ix.bi.NewBatch()
	for _, p := range chunk {
		doc, version, err := encode(p)
		if err != nil {
			return UpsertStats{}, err
		}
		old, exists := have[p.ID]
		switch {
		case exists && old == version:
			s.Unchanged++
			continue
		case exists:
			s.Updated++
		default:
			s.Added++
		}
		if err := b.Index(p.ID, document(p, doc, version)); err != nil {
			return UpsertStats{}, fmt.Errorf("index: upsert %s: %w", p.ID, err)
		}
	}
	if b.Size() == 0 {
		return s, nil
	}
	if err := ix.bi.Batch(b); err != nil {
		return UpsertStats{}, fmt.Errorf("index: upsert batch: %w", err)
	}
	return s, nil
}

// versions returns the stored version of each of ids that is in the index.
func (ix *Index) versions(ctx context.Context, ids []string) (map[string]string, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldVersion}
	req.SortBy([]string{"_id"})
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: upsert: read versions: %w", err)
	}
	have := make(map[string]string, len(res.Hits))
	for _, h := range res.Hits {
		v, _ := h.Fields[fieldVersion].(string)
		have[h.ID] = v
	}
	return have, nil
}

// encode returns the stored JSON of p and its version: a hash of that JSON
// with Fetched zeroed, because fetching an unchanged post again is not a
// change.
func encode(p *post.Post) (doc []byte, version string, err error) {
	doc, err = json.Marshal(p)
	if err != nil {
		return nil, "", fmt.Errorf("index: encode %s: %w", p.ID, err)
	}
	v := *p
	v.Fetched = time.Time{}
	vdoc, err := json.Marshal(&v)
	if err != nil {
		return nil, "", fmt.Errorf("index: encode %s: %w", p.ID, err)
	}
	sum := sha256.Sum256(vdoc)
	return doc, hex.EncodeToString(sum[:16]), nil
}
