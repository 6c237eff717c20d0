// Package index stores posts in an embedded Bleve index and answers the
// questions the rest of earshot asks of them: full-text search with facets
// and highlights, a thread in order, and every post that criticises a brand.
// It is the only package that imports bleve, so the choice of search engine
// stays a detail of this package.
package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/earshot-dev/earshot/post"
)

// ErrLocked is returned by Open when another process (or another Index in
// this process) has the index open; Bleve's store allows one writer.
var ErrLocked = errors.New("index: held by another process")

// lockWait is how long Open waits for the store's file lock before giving up;
// waiting forever would hang a second `earshot` run with no message.
const lockWait = "1s"

// docType is the one document type in the mapping.
const docType = "post"

// Flag values indexed in the "flags" field.
const (
	FlagReply     = "reply"
	FlagStarter   = "starter"
	FlagCriticism = "criticism"
	FlagComplaint = "complaint"
)

// Index is an open Bleve index of posts. It is safe for concurrent use.
type Index struct {
	bi bleve.Index
	// upsertMu serialises Upsert so that the read-version-then-write step of
	// one call cannot interleave with another's and miscount.
	upsertMu sync.Mutex
	// pageSize is how many posts Thread and Criticism read per request; a
	// field rather than a constant so tests can force several pages.
	pageSize int
}

// Open opens the index in the directory path, creating it with earshot's
// mapping if the directory is absent or empty. It returns an error wrapping
// ErrLocked when the index is already open elsewhere.
func Open(path string) (*Index, error) {
	cfg := map[string]any{"bolt_timeout": lockWait}
	bi, err := bleve.OpenUsing(path, cfg)
	if errors.Is(err, bleve.ErrorIndexMetaMissing) {
		// An empty directory (made by the caller's MkdirAll) is not an
		// index yet; os.Remove refuses a non-empty one, so nothing that
		// holds data is ever removed.
		if rmErr := os.Remove(path); rmErr != nil {
			return nil, fmt.Errorf("index: open %s: not an index: %w", path, err)
		}
		err = bleve.ErrorIndexPathDoesNotExist
	}
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		bi, err = bleve.NewUsing(path, newMapping(), scorch.Name, bleve.Config.DefaultKVStore, cfg)
	}
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("index: open %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return &Index{bi: bi, pageSize: defaultPageSize}, nil
}

// Close flushes and closes the index; the Index must not be used afterwards.
func (ix *Index) Close() error {
	if err := ix.bi.Close(); err != nil {
		return fmt.Errorf("index: close: %w", err)
	}
	return nil
}

// Count returns the number of posts in the index.
func (ix *Index) Count() (uint64, error) {
	n, err := ix.bi.DocCount()
	if err != nil {
		return 0, fmt.Errorf("index: count: %w", err)
	}
	return n, nil
}

// Get returns the post with the given ID, and false if there is none.
func (ix *Index) Get(ctx context.Context, id string) (post.Post, bool, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{fieldDoc}
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return post.Post{}, false, fmt.Errorf("index: get %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return post.Post{}, false, nil
	}
	p, err := decodeHit(res.Hits[0].ID, res.Hits[0].Fields)
	if err != nil {
		return post.Post{}, false, err
	}
	return p, true, nil
}

// Field names in the mapping.
const (
	fieldDoc     = "doc"
	fieldVersion = "version"
)

// newMapping builds the explicit mapping: only the fields listed here are
// indexed, so a new field in post.Post never changes the index by accident.
func newMapping() *mapping.IndexMappingImpl {
	im := bleve.NewIndexMapping()
	// Bare query-string terms search "_all"; only title and text are
	// included in it, and it is analysed like them, so `refund` matches
	// "refunds" in either and never a keyword field.
	im.DefaultField = "_all"
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultType = docType
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false

	off := bleve.NewDocumentDisabledMapping()
	im.DefaultMapping = off

	dm := bleve.NewDocumentStaticMapping()
	dm.Dynamic = false

	for _, name := range []string{"title", "text"} {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store = true
		f.IncludeTermVectors = true
		f.IncludeInAll = true
		f.DocValues = false
		dm.AddFieldMappingsAt(name, f)
	}
	for _, name := range []string{
		"source", "host", "author", "language", "sentiment", "brands",
		"criticism", "flags", "thread_id", "parent_id", "url", "intents",
	} {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		// Doc values serve facets and sorting; only two fields need them.
		f.DocValues = name == "sentiment" || name == "source"
		dm.AddFieldMappingsAt(name, f)
	}
	for _, name := range []string{"published", "fetched"} {
		f := bleve.NewDateTimeFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = true
		dm.AddFieldMappingsAt(name, f)
	}
	score := bleve.NewNumericFieldMapping()
	score.Store = false
	score.IncludeInAll = false
	score.DocValues = true
	dm.AddFieldMappingsAt("sentiment_score", score)

	for _, name := range []string{fieldDoc, fieldVersion} {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		dm.AddFieldMappingsAt(name, f)
	}
	im.AddDocumentMapping(docType, dm)
	return im
}

// flags returns the flag values of p.
func flags(p *post.Post) []string {
	var fs []string
	if p.IsReply() {
		fs = append(fs, FlagReply)
	} else {
		// A post without a thread stands alone, which makes it the start
		// of its own thread.
		fs = append(fs, FlagStarter)
	}
	if len(p.Criticism) > 0 {
		fs = append(fs, FlagCriticism)
	}
	if p.Complaint {
		fs = append(fs, FlagComplaint)
	}
	return fs
}

// document is what Bleve indexes for p. It is a map so that a zero time is
// left out instead of being indexed as year 1, which Bleve cannot represent.
func document(p *post.Post, doc []byte, version string) map[string]any {
	d := map[string]any{
		"title":           p.Title,
		"text":            p.Text,
		"source":          p.Source,
		"host":            p.Host,
		"author":          p.Author,
		"language":        p.Language,
		"sentiment":       p.Sentiment,
		"brands":          p.Brands,
		"criticism":       p.Criticism,
		"flags":           flags(p),
		"thread_id":       p.ThreadID,
		"parent_id":       p.ParentID,
		"url":             p.URL,
		"intents":         p.Intents,
		"sentiment_score": p.SentimentScore,
		fieldDoc:          string(doc),
		fieldVersion:      version,
	}
	if !p.Published.IsZero() {
		d["published"] = p.Published
	}
	if !p.Fetched.IsZero() {
		d["fetched"] = p.Fetched
	}
	return d
}

// decodeHit turns the stored JSON of a hit back into a post.
func decodeHit(id string, fields map[string]any) (post.Post, error) {
	s, ok := fields[fieldDoc].(string)
	if !ok {
		return post.Post{}, fmt.Errorf("index: document %s has no stored post", id)
	}
	var p post.Post
	if err := json.Unmarshal([]byte(s), &p); err != nil {
		return post.Post{}, fmt.Errorf("index: decode document %s: %w", id, err)
	}
	return p, nil
}
