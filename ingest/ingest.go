// Package ingest runs the sources of a config once: it fetches each one,
// classifies what it finds, writes it to the index and refreshes the
// follow-up queue. It is the one place where the pipeline's parts meet, so
// that `earshot ingest`, `earshot demo` and `earshot serve` run the same code.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/crawler"
	"github.com/earshot-dev/earshot/followup"
	"github.com/earshot-dev/earshot/index"
	"github.com/earshot-dev/earshot/post"
	"github.com/earshot-dev/earshot/state"
)

// Runner holds what one ingest needs. Its fields are set by the caller; none
// is optional except Logger, Progress and Now.
type Runner struct {
	Config     *config.Config
	Client     *crawler.Client
	Classifier *classify.Classifier
	Index      *index.Index
	Store      *state.Store
	Logger     *slog.Logger
	// Progress, when set, is called after each source with the number of
	// sources done so far and the total.
	Progress func(done, total int, source string)
	// Now returns the current time; time.Now when nil.
	Now func() time.Time
	// Workers is how many sources are fetched at once (default 4). Requests to
	// one host are serialised by the crawler whatever this is.
	Workers int
}

// SourceResult is what happened to one source.
type SourceResult struct {
	Source string
	URL    string
	// Status is "ok", "not_modified", "deferred" or "failed".
	Status   string
	Posts    int
	Requests int
	Stats    index.UpsertStats
	Mentions int
	Negative int
	// Err is the error that failed the source, or the first of its partial
	// failures (a comment feed that failed while the feed itself was read).
	Err error
	// Failures are every non-fatal problem, each naming its URL.
	Failures []error
}

// Failed reports whether the source or part of it failed.
func (r *SourceResult) Failed() bool { return r.Status == "failed" || len(r.Failures) > 0 }

// Report sums up a run.
type Report struct {
	Started  time.Time
	Duration time.Duration
	Sources  []SourceResult
	Queue    followup.Summary
	// Withdrawn are follow-up items that left the queue in this run.
	Withdrawn []followup.Withdrawn
	// Rechecked counts open threads fetched again because their re-crawl
	// back-off said so.
	Rechecked int
	// Reclassified counts indexed posts whose classification changed because
	// the brands in the config changed since the last run.
	Reclassified int
}

// Counts are the figures of a run summed over its sources.
type Counts struct {
	Sources, Fetched, NotModified, Deferred, Failed int
	Posts, Added, Updated, Unchanged                int
	Mentions, Negative                              int
}

// Totals sums the report's sources.
func (r *Report) Totals() Counts {
	var c Counts
	for _, s := range r.Sources {
		c.Sources++
		switch s.Status {
		case "ok":
			c.Fetched++
		case "not_modified":
			c.Fetched++
			c.NotModified++
		case "deferred":
			c.Deferred++
		}
		if s.Failed() {
			c.Failed++
		}
		c.Posts += s.Posts
		c.Added += s.Stats.Added
		c.Updated += s.Stats.Updated
		c.Unchanged += s.Stats.Unchanged
		c.Mentions += s.Mentions
		c.Negative += s.Negative
	}
	return c
}

// ErrSourcesFailed is returned by Run when at least one source failed while
// the others were ingested.
var ErrSourcesFailed = errors.New("ingest: some sources failed")

// Run ingests every source once, then refreshes the follow-up queue. One
// source failing never stops the others: its failure is logged, recorded in
// the report and Run returns ErrSourcesFailed at the end. A cancelled ctx
// stops the run between batches; what was indexed before stays consistent.
func (r *Runner) Run(ctx context.Context, sources []config.Source) (*Report, error) {
	return r.run(ctx, sources, false)
}

// Recheck fetches again the open follow-up threads whose re-crawl back-off
// (1 h, 4 h, 24 h, 72 h after they opened, then daily) has come round, and
// refreshes the queue, so that a brand's answer is noticed without
// re-crawling the world. A site source fetches only those threads and their
// pagination; a feed source is read as usual (a conditional GET is cheap and
// its comment feeds carry the answers). Sources with nothing due are
// skipped.
func (r *Runner) Recheck(ctx context.Context) (*Report, error) {
	return r.run(ctx, r.Config.Sources, true)
}

// run ingests sources; with recheckOnly, only those with threads due.
func (r *Runner) run(ctx context.Context, sources []config.Source, recheckOnly bool) (*Report, error) {
	log := r.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// Read once for the whole run: which open threads each source has due.
	due := r.dueThreads(log)
	if recheckOnly {
		sources = slices.DeleteFunc(slices.Clone(sources), func(s config.Source) bool { return len(due[s.Name]) == 0 })
	}
	now := r.now
	workers := r.Workers
	if workers <= 0 {
		workers = 4
	}
	rep := &Report{Started: now(), Sources: make([]SourceResult, len(sources))}
	pol, err := followup.PolicyFrom(r.Config)
	if err != nil {
		return rep, fmt.Errorf("ingest: %w", err)
	}
	n, err := r.reclassify(ctx, log)
	rep.Reclassified = n
	if err != nil {
		rep.Duration = now().Sub(rep.Started)
		return rep, err
	}

	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		jobs = make(chan int)
	)
	for range min(workers, len(sources)) {
		wg.Go(func() {
			for i := range jobs {
				res, rechecked := r.source(ctx, log, sources[i], due[sources[i].Name], recheckOnly)
				mu.Lock()
				rep.Sources[i] = res
				rep.Rechecked += rechecked
				done++
				if r.Progress != nil {
					r.Progress(done, len(sources), res.Source)
				}
				mu.Unlock()
			}
		})
	}
feed:
	for i := range sources {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		rep.Duration = now().Sub(rep.Started)
		return rep, fmt.Errorf("ingest: %w", err)
	}

	q, err := followup.Refresh(ctx, r.Index, r.Store, r.Config.Brands, pol, now())
	if err != nil {
		rep.Duration = now().Sub(rep.Started)
		return rep, fmt.Errorf("ingest: refresh follow-ups: %w", err)
	}
	rep.Queue = q.Summary()
	for _, w := range q.Withdrawn {
		if w.At.Equal(q.Evaluated) {
			rep.Withdrawn = append(rep.Withdrawn, w)
			log.Warn("follow-up withdrawn", "item", w.Item.ID, "brand", w.Item.Brand, "url", w.Item.URL, "cause", w.Cause)
		}
	}
	rep.Duration = now().Sub(rep.Started)
	if rep.Totals().Failed > 0 {
		return rep, ErrSourcesFailed
	}
	return rep, nil
}

// source ingests one source and never panics: a panic while handling one
// source's content becomes that source's failure. due are its open threads
// due a re-crawl: a site fetches them first (with recheckOnly, nothing
// else); a feed's comment feeds carry their replies. It returns how many it
// fetched again. A deferred or failed source has rechecked nothing: its
// threads stay due.
func (r *Runner) source(ctx context.Context, log *slog.Logger, src config.Source, due []string, recheckOnly bool) (res SourceResult, rechecked int) {
	res = SourceResult{Source: src.Name, URL: src.URL}
	defer func() {
		if p := recover(); p != nil {
			res.Status = "failed"
			res.Err = fmt.Errorf("ingest: source %s: panic: %v", src.Name, p)
			log.Error("source panicked", "source", src.Name, "url", src.URL, "panic", p)
		}
	}()
	var (
		posts       []post.Post
		notModified bool
	)
	switch src.Type {
	case config.SourceSite:
		sr, err := r.Client.Site(ctx, src, crawler.SiteOptions{Revisit: due, RevisitOnly: recheckOnly, Now: r.now()})
		if sr != nil {
			// Only threads that were really read (or are gone) count as
			// checked: a 500 or a timeout leaves the thread due.
			due = reached(due, sr)
			res.Requests = sr.Requests
			for _, f := range sr.Failures {
				// A crawl meets dead links; they are not earshot failing.
				if gone(f) {
					log.Info("page gone", "source", src.Name, "error", f)
					continue
				}
				res.Failures = append(res.Failures, f)
				log.Warn("page failed", "source", src.Name, "error", f)
			}
			posts = sr.Posts
			if err == nil && sr.Pages == 0 && !recheckOnly {
				err = fmt.Errorf("ingest: source %s: no page of %s could be read", src.Name, src.URL)
			}
		}
		if err != nil {
			res.Status = "failed"
			res.Err = err
			log.Error("source failed", "source", src.Name, "url", src.URL, "error", err)
			return res, rechecked
		}
	default:
		fr, err := r.Client.Feed(ctx, src)
		if fr != nil {
			res.Requests = fr.Requests
			res.Failures = fr.Failures
			for _, f := range fr.Failures {
				log.Warn("source partly failed", "source", src.Name, "error", f)
			}
		}
		var retry *crawler.RetryError
		switch {
		case errors.As(err, &retry):
			res.Status = "deferred"
			res.Err = err
			log.Warn("source deferred", "source", src.Name, "url", src.URL, "until", retry.Until.Format(time.RFC3339))
			return res, rechecked
		case err != nil:
			res.Status = "failed"
			res.Err = err
			log.Error("source failed", "source", src.Name, "url", src.URL, "error", err)
			return res, rechecked
		}
		posts, notModified = fr.Posts, fr.NotModified
	}
	res.Status = "ok"
	if notModified {
		res.Status = "not_modified"
	}
	for i := range posts {
		r.Classifier.Classify(&posts[i])
		if len(posts[i].Brands) > 0 {
			res.Mentions++
			if posts[i].Sentiment == post.Negative {
				res.Negative++
			}
		}
	}
	res.Posts = len(posts)
	stats, err := r.Index.Upsert(ctx, posts)
	res.Stats = stats
	if err != nil {
		res.Status = "failed"
		res.Err = fmt.Errorf("ingest: source %s: %w", src.Name, err)
		log.Error("index write failed", "source", src.Name, "url", src.URL, "error", err)
		r.forget(log, src)
		return res, rechecked
	}
	if res.Err == nil && len(res.Failures) > 0 {
		res.Err = res.Failures[0]
	}
	r.rechecked(log, src.Name, due)
	rechecked = len(due)
	log.Info("source ingested", "source", src.Name, "url", src.URL, "status", res.Status,
		"posts", res.Posts, "added", stats.Added, "updated", stats.Updated, "unchanged", stats.Unchanged,
		"requests", res.Requests)
	return res, rechecked
}

// forget drops the HTTP validators of a source's feeds after its posts could
// not be indexed: otherwise the next run would get 304 Not Modified and never
// see those posts again.
func (r *Runner) forget(log *slog.Logger, src config.Source) {
	urls := []string{src.URL}
	cfs, err := r.Store.CommentFeeds(src.Name)
	if err != nil {
		log.Error("state read failed", "source", src.Name, "error", err)
	}
	for _, cf := range cfs {
		urls = append(urls, cf.URL)
	}
	for _, u := range urls {
		if err := r.Store.SetValidators(u, state.Validators{}); err != nil {
			log.Error("state write failed", "source", src.Name, "url", u, "error", err)
		}
	}
}

// classifiedBucket and classifiedKey name the state record of what the
// indexed posts were classified with.
const (
	classifiedBucket = "meta"
	classifiedKey    = "classified_with"
)

// fingerprint identifies what classification depends on: the brands as
// configured (not where they sit in the file) and the classifier's version.
func fingerprint(brands []config.Brand) string {
	bs := make([]config.Brand, len(brands))
	for i, b := range brands {
		b.Line = 0
		b.Accounts = config.Accounts{} // who answers does not change a post's class
		bs[i] = b
	}
	data, _ := json.Marshal(struct {
		Version string
		Brands  []config.Brand
	}{classify.Version, bs})
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// reclassify classifies every indexed post again when the brands or the
// classifier changed since the posts were indexed, so that a new term or
// exclude applies to old posts too, not only to those a source serves again
// (an unchanged feed answers 304 and its posts would never be seen).
func (r *Runner) reclassify(ctx context.Context, log *slog.Logger) (int, error) {
	want := fingerprint(r.Config.Brands)
	var have string
	if _, err := r.Store.GetJSON(classifiedBucket, classifiedKey, &have); err != nil {
		return 0, fmt.Errorf("ingest: %w", err)
	}
	if have == want {
		return 0, nil
	}
	var (
		batch   []post.Post
		changed int
	)
	flush := func() error {
		st, err := r.Index.Upsert(ctx, batch)
		changed += st.Updated
		batch = batch[:0]
		return err
	}
	err := r.Index.Each(ctx, func(p post.Post) error {
		r.Classifier.Classify(&p)
		batch = append(batch, p)
		if len(batch) == 500 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return changed, fmt.Errorf("ingest: classify indexed posts again: %w", err)
	}
	if have != "" || changed > 0 {
		log.Info("indexed posts classified again", "changed", changed)
	}
	if err := r.Store.PutJSON(classifiedBucket, classifiedKey, want); err != nil {
		return changed, fmt.Errorf("ingest: %w", err)
	}
	return changed, nil
}

func (r *Runner) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// gone reports whether a page failed with 404 or 410: a dead link, which is
// neither a failure of the run nor worth fetching again.
func gone(err error) bool {
	var se *crawler.StatusError
	return errors.As(err, &se) && (se.Status == http.StatusNotFound || se.Status == http.StatusGone)
}

// reached returns the URLs of due that the crawl read (a post of it came
// back) or found gone (404 or 410).
func reached(due []string, sr *crawler.SiteResult) []string {
	if len(due) == 0 {
		return nil
	}
	seen := map[string]bool{}
	key := func(u string) string {
		u, _, _ = strings.Cut(u, "#")
		if c, err := post.Canonical(u); err == nil {
			return c
		}
		return u
	}
	for _, p := range sr.Posts {
		seen[key(p.URL)] = true
	}
	for _, f := range sr.Failures {
		var pe *crawler.PageError
		if gone(f) && errors.As(f, &pe) {
			seen[key(pe.URL)] = true
		}
	}
	var out []string
	for _, u := range due {
		if seen[key(u)] {
			out = append(out, u)
		}
	}
	return out
}

// RecheckBucket records, per thread URL, when an open thread was last
// fetched again, for the re-crawl back-off.
const RecheckBucket = "rechecks"

// dueThreads returns, per source, the thread pages whose open follow-up is
// due a re-crawl (followup.Item.RecheckDue): a brand's late answer must be
// seen even when nothing links to the thread any more.
func (r *Runner) dueThreads(log *slog.Logger) map[string][]string {
	now := r.now()
	var items []followup.Item
	err := r.Store.ForEachJSON(followup.Bucket, func(_ string, raw []byte) error {
		var it followup.Item
		if err := json.Unmarshal(raw, &it); err != nil {
			return nil // an unreadable record is refreshed by the next run
		}
		if it.State == followup.StateOpen && it.ThreadURL != "" {
			items = append(items, it)
		}
		return nil
	})
	if err != nil {
		log.Warn("open threads unreadable", "error", err)
	}
	due := map[string][]string{}
	seen := map[string]bool{}
	for _, it := range items {
		u := it.ThreadURL
		if seen[u] {
			continue
		}
		var last time.Time
		if _, err := r.Store.GetJSON(RecheckBucket, u, &last); err != nil {
			log.Warn("recheck time unreadable", "source", it.Source, "url", u, "error", err)
		}
		if it.RecheckDue(last, now) {
			seen[u] = true
			due[it.Source] = append(due[it.Source], u)
		}
	}
	return due
}

// rechecked records that the threads at urls were fetched now.
func (r *Runner) rechecked(log *slog.Logger, source string, urls []string) {
	now := r.now()
	for _, u := range urls {
		if err := r.Store.PutJSON(RecheckBucket, u, now); err != nil {
			log.Warn("state write failed", "source", source, "url", u, "error", err)
		}
	}
}
