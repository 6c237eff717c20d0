// Package state keeps what earshot must remember between runs in one embedded
// bbolt file: HTTP validators for conditional GETs, Retry-After deadlines per
// host, the comment feeds found for each source, and JSON records that other
// packages own (follow-up states, the export cursor).
package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// ErrLocked means another process holds the state file open. bbolt takes an
// exclusive lock, so two earshot processes on one data directory would
// otherwise wait for each other forever.
var ErrLocked = errors.New("state: file locked")

// lockTimeout bounds how long Open waits for the file lock before giving up.
const lockTimeout = 2 * time.Second

// Internal bucket names. Generic JSON buckets live under jsonRoot so that a
// caller's bucket name can never collide with ours.
var (
	bucketValidators   = []byte("validators")
	bucketRetryAfter   = []byte("retry_after")
	bucketCommentFeeds = []byte("comment_feeds")
	bucketJSON         = []byte("json")
)

// Store is an open state file. It is safe for concurrent use.
type Store struct {
	db   *bolt.DB
	path string
}

// Open opens (creating if needed) the state file at path, and its parent
// directory. It fails with an error wrapping ErrLocked when another process
// holds the file.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("state: create directory for %s: %w", path, err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("state: %s is in use by another earshot process: no lock after %v: %w", path, lockTimeout, ErrLocked)
		}
		return nil, fmt.Errorf("state: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketValidators, bucketRetryAfter, bucketCommentFeeds, bucketJSON} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("state: init %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// Close releases the file and its lock.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("state: close %s: %w", s.path, err)
	}
	return nil
}

// Validators are the HTTP cache validators of a URL's last 200 response,
// sent back as If-None-Match and If-Modified-Since.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Validators returns the stored validators for url, or the zero value.
func (s *Store) Validators(url string) (Validators, error) {
	var v Validators
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketValidators).Get([]byte(url))
		if raw == nil {
			return nil
		}
		return json.Unmarshal(raw, &v)
	})
	if err != nil {
		return Validators{}, fmt.Errorf("state: validators for %s: %w", url, err)
	}
	return v, nil
}

// SetValidators stores v for url; a zero v deletes the entry.
func (s *Store) SetValidators(url string, v Validators) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketValidators)
		if v == (Validators{}) {
			return b.Delete([]byte(url))
		}
		raw, err := json.Marshal(v)
		if err != nil {
			return err
		}
		return b.Put([]byte(url), raw)
	})
	if err != nil {
		return fmt.Errorf("state: set validators for %s: %w", url, err)
	}
	return nil
}

// RetryAfter returns the time before which host asked not to be contacted,
// or the zero time.
func (s *Store) RetryAfter(host string) (time.Time, error) {
	var t time.Time
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketRetryAfter).Get([]byte(host))
		if raw == nil {
			return nil
		}
		return t.UnmarshalText(raw)
	})
	if err != nil {
		return time.Time{}, fmt.Errorf("state: retry-after for %s: %w", host, err)
	}
	return t, nil
}

// SetRetryAfter stores until for host; the zero time deletes the entry.
func (s *Store) SetRetryAfter(host string, until time.Time) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRetryAfter)
		if until.IsZero() {
			return b.Delete([]byte(host))
		}
		raw, err := until.UTC().MarshalText()
		if err != nil {
			return err
		}
		return b.Put([]byte(host), raw)
	})
	if err != nil {
		return fmt.Errorf("state: set retry-after for %s: %w", host, err)
	}
	return nil
}

// CommentFeed is a comment feed found on an item of a source. It is kept so
// that when the source's main feed answers 304 Not Modified the comment feeds
// of older posts can still be polled for new replies.
type CommentFeed struct {
	// URL is the comment feed's address.
	URL string `json:"url"`
	// ThreadURL is the permalink of the post the comments answer.
	ThreadURL string `json:"thread_url"`
	// LastSeen is when the item linking to the feed was last read.
	LastSeen time.Time `json:"last_seen"`
}

// CommentFeeds returns the comment feeds recorded for source, in URL order.
func (s *Store) CommentFeeds(source string) ([]CommentFeed, error) {
	var out []CommentFeed
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCommentFeeds).Bucket([]byte(source))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, raw []byte) error {
			var cf CommentFeed
			if err := json.Unmarshal(raw, &cf); err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			out = append(out, cf)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("state: comment feeds of %s: %w", source, err)
	}
	return out, nil
}

// PutCommentFeed records cf for source, replacing any entry with the same URL.
func (s *Store) PutCommentFeed(source string, cf CommentFeed) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketCommentFeeds).CreateBucketIfNotExists([]byte(source))
		if err != nil {
			return err
		}
		raw, err := json.Marshal(cf)
		if err != nil {
			return err
		}
		return b.Put([]byte(cf.URL), raw)
	})
	if err != nil {
		return fmt.Errorf("state: put comment feed %s of %s: %w", cf.URL, source, err)
	}
	return nil
}

// PutJSON stores v, encoded as JSON, under key in bucket.
func (s *Store) PutJSON(bucket, key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("state: encode %s/%s: %w", bucket, key, err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketJSON).CreateBucketIfNotExists([]byte(bucket))
		if err != nil {
			return err
		}
		return b.Put([]byte(key), raw)
	})
	if err != nil {
		return fmt.Errorf("state: put %s/%s: %w", bucket, key, err)
	}
	return nil
}

// GetJSON decodes the record under key in bucket into v and reports whether
// it was there.
func (s *Store) GetJSON(bucket, key string, v any) (bool, error) {
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketJSON).Bucket([]byte(bucket))
		if b == nil {
			return nil
		}
		raw := b.Get([]byte(key))
		if raw == nil {
			return nil
		}
		found = true
		return json.Unmarshal(raw, v)
	})
	if err != nil {
		return false, fmt.Errorf("state: get %s/%s: %w", bucket, key, err)
	}
	return found, nil
}

// DeleteJSON removes the record under key in bucket; a missing one is no
// error.
func (s *Store) DeleteJSON(bucket, key string) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketJSON).Bucket([]byte(bucket))
		if b == nil {
			return nil
		}
		return b.Delete([]byte(key))
	})
	if err != nil {
		return fmt.Errorf("state: delete %s/%s: %w", bucket, key, err)
	}
	return nil
}

// ForEachJSON calls fn for every record in bucket, in key order, with the raw
// JSON. The raw slice is only valid during the call; fn must copy what it
// keeps and must not call other Store methods that write. An error from fn
// stops the walk and is returned wrapped.
func (s *Store) ForEachJSON(bucket string, fn func(key string, raw []byte) error) error {
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketJSON).Bucket([]byte(bucket))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error { return fn(string(k), v) })
	})
	if err != nil {
		return fmt.Errorf("state: walk %s: %w", bucket, err)
	}
	return nil
}

// ReplaceJSON makes bucket hold exactly items, in one transaction: a reader
// sees either the old bucket or the new one, never a mix.
func (s *Store) ReplaceJSON(bucket string, items map[string]any) error {
	encoded := make(map[string][]byte, len(items))
	for k, v := range items {
		raw, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("state: encode %s/%s: %w", bucket, k, err)
		}
		encoded[k] = raw
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		root := tx.Bucket(bucketJSON)
		if root.Bucket([]byte(bucket)) != nil {
			if err := root.DeleteBucket([]byte(bucket)); err != nil {
				return err
			}
		}
		b, err := root.CreateBucket([]byte(bucket))
		if err != nil {
			return err
		}
		for k, raw := range encoded {
			if err := b.Put([]byte(k), raw); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("state: replace %s: %w", bucket, err)
	}
	return nil
}
