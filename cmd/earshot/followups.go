package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"slices"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/export"
	"github.com/earshot-dev/earshot/followup"
)

// queue recomputes the follow-up queue from the index with the config as it
// is now, so a new account or SLA applies at once, and keeps the result.
func (a *app) queue(ctx context.Context, cfg *config.Config) (*followup.Queue, error) {
	s, err := open(cfg)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return a.refresh(ctx, cfg, s)
}

func (a *app) refresh(ctx context.Context, cfg *config.Config, s *stack) (*followup.Queue, error) {
	pol, err := followup.PolicyFrom(cfg)
	if err != nil {
		return nil, usageError{err}
	}
	return followup.Refresh(ctx, s.ix, s.st, cfg.Brands, pol, a.now())
}

// stateValues are what --state accepts.
const stateValues = "open, overdue, answered, wont_respond, expired or all"

// stateFilter turns --state into a predicate.
func stateFilter(state string) (func(followup.Item) bool, error) {
	switch state {
	case "all":
		return func(followup.Item) bool { return true }, nil
	case "overdue":
		return func(it followup.Item) bool { return it.State == followup.StateOpen && it.Overdue }, nil
	}
	if slices.Contains(followup.States, state) {
		return func(it followup.Item) bool { return it.State == state }, nil
	}
	return nil, usagef("--state %q: want %s", state, stateValues)
}

// openQueue loads the config, opens its index and state store and refreshes
// the queue. The caller closes the stack.
func (a *app) openQueue(ctx context.Context) (*config.Config, *stack, *followup.Queue, error) {
	cfg, err := a.loadConfig()
	if err != nil {
		return nil, nil, nil, err
	}
	s, err := open(cfg)
	if err != nil {
		return nil, nil, nil, err
	}
	q, err := a.refresh(ctx, cfg, s)
	if err != nil {
		s.Close()
		return nil, nil, nil, err
	}
	return cfg, s, q, nil
}

// selectQueue refreshes the queue and returns it with the items in the
// --state and of the --brand the user asked for.
func (a *app) selectQueue(ctx context.Context, state, brand string) (*followup.Queue, []followup.Item, error) {
	keep, err := stateFilter(state)
	if err != nil {
		return nil, nil, err
	}
	cfg, s, q, err := a.openQueue(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer s.Close()
	ofBrand, err := brandFilter(cfg, brand)
	if err != nil {
		return nil, nil, err
	}
	return q, filterItems(q.Items, func(it followup.Item) bool { return keep(it) && ofBrand(it) }), nil
}

// brandFilter turns --brand into a predicate; an empty name keeps every
// brand, and a name the config does not have is a usage error.
func brandFilter(cfg *config.Config, name string) (func(followup.Item) bool, error) {
	if strings.TrimSpace(name) == "" {
		return func(followup.Item) bool { return true }, nil
	}
	b, err := pickBrand(cfg, name)
	if err != nil {
		return nil, err
	}
	return func(it followup.Item) bool { return it.Brand == b.Name }, nil
}

func filterItems(items []followup.Item, keep func(followup.Item) bool) []followup.Item {
	out := []followup.Item{}
	for _, it := range items {
		if keep(it) {
			out = append(out, it)
		}
	}
	return out
}

func (a *app) cmdFollowups(ctx context.Context, args []string) error {
	fs := a.flags("followups", "[--json] [--state "+strings.ReplaceAll(stateValues, ", ", "|")+"] [--brand B] [--history]")
	asJSON := fs.Bool("json", false, "print JSON")
	state := fs.String("state", followup.StateOpen, "which items: "+stateValues)
	brand := fs.String("brand", "", "only this brand's items (default: every brand)")
	history := fs.Bool("history", false, "show each item's history of changes")
	if err := a.parseNoArgs(fs, args); err != nil {
		return err
	}
	q, items, err := a.selectQueue(ctx, *state, *brand)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(items)
	}
	writeFollowups(a.stdout, items, q, a.now(), *history)
	return nil
}

// shortID is how the text queue shows an item ID: enough of it to be unique
// in any realistic queue, and accepted back by `earshot followup`.
func shortID(id string) string {
	if len(id) > 11 {
		return id[:11]
	}
	return id
}

func writeFollowups(w io.Writer, items []followup.Item, q *followup.Queue, now time.Time, history bool) {
	s := q.Summary()
	fmt.Fprintf(w, "%d open (%d overdue), %d answered, %d won't respond, %d expired; showing %d\n",
		s.Open, s.Overdue, s.Answered, s.WontRespond, s.Expired, len(items))
	for _, it := range items {
		fmt.Fprintln(w)
		state := it.State
		if it.Overdue {
			state += ", overdue"
		}
		fmt.Fprintf(w, "%s  %s  P%d %s  %s  %s  by %s  %s %+.2f\n", shortID(it.ID), state, it.Priority.Score, it.Priority.Label,
			clean(it.Brand), clean(it.Source), clean(it.Author), it.Sentiment, it.Score)
		if it.Title != "" {
			fmt.Fprintf(w, "  %s\n", clean(it.Title))
		}
		fmt.Fprintf(w, "  %s\n", clean(it.URL))
		if it.Snippet != "" {
			fmt.Fprintf(w, "  %q\n", clean(it.Snippet))
		}
		fmt.Fprintf(w, "  why: %s\n", clean(it.Reason))
		fmt.Fprintf(w, "  priority: severity %.2f, reach %.2f, age %.2f (%s)\n", it.Priority.Severity, it.Priority.Reach,
			it.Priority.Age, clean(strings.Join(it.Priority.Parts, ", ")))
		if n := len(it.Criticism); n > 1 {
			fmt.Fprintf(w, "  criticism: %d posts in the thread\n", n)
		}
		if it.Answer != nil && it.Answer.URL != "" {
			fmt.Fprintf(w, "  answer: %s\n", clean(it.Answer.URL))
		}
		if history {
			for _, c := range it.History {
				fmt.Fprintf(w, "  %s  %-12s %s\n", c.At.UTC().Format("2006-01-02 15:04"), c.To, clean(c.Cause))
			}
		}
	}
	for _, wd := range q.Withdrawn {
		if wd.At.Equal(q.Evaluated) {
			fmt.Fprintf(w, "\nwithdrawn: %s %s (%s): %s\n", shortID(wd.Item.ID), clean(wd.Item.URL), clean(wd.Item.Brand), wd.Cause)
		}
	}
}

// cmdFollowup records a person's decision about one item.
func (a *app) cmdFollowup(ctx context.Context, args []string) error {
	fs := a.flags("followup", "answer|dismiss|reopen ID [--note TEXT] [--by NAME]")
	note := fs.String("note", "", "why (required to dismiss)")
	by := fs.String("by", "", "who decides (default: $USER)")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("want: earshot followup answer|dismiss|reopen ID [--note TEXT]")
	}
	kind, id := pos[0], pos[1]
	if !slices.Contains([]string{followup.ActionAnswer, followup.ActionDismiss, followup.ActionReopen}, kind) {
		return usagef("followup %q: want answer, dismiss or reopen", kind)
	}
	cfg, s, q, err := a.openQueue(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	it, err := followup.Find(q.Items, id)
	if err != nil {
		return usageError{err}
	}
	who := *by
	if who == "" {
		who = a.getenv("USER")
	}
	act := followup.Action{Item: it.ID, Kind: kind, Note: strings.TrimSpace(*note), By: who, At: a.now()}
	if err := act.Check(it); err != nil {
		return usageError{err}
	}
	if err := followup.Record(s.st, act); err != nil {
		return err
	}
	q, err = a.refresh(ctx, cfg, s)
	if err != nil {
		return err
	}
	if after, err := followup.Find(q.Items, it.ID); err == nil {
		fmt.Fprintf(a.stdout, "%s: %s -> %s (%s)\n", shortID(it.ID), it.State, after.State, clean(after.History[len(after.History)-1].Cause))
	}
	return nil
}

// cursorBucket holds, per preset, what the last complete export sent.
const cursorBucket = "export_cursors"

func (a *app) cmdExport(ctx context.Context, args []string) error {
	fs := a.flags("export", "[--preset hubspot|salesforce|generic] [--since-last] [--out FILE] [--state S] [--brand B] [--bom] [--null-value V]")
	preset := fs.String("preset", export.PresetGeneric, "columns and values for: "+strings.Join(export.Presets, ", "))
	format := fs.String("format", "csv", "output format: csv")
	out := fs.String("out", "", "write to FILE (atomically), with FILE.manifest.json beside it, instead of standard output")
	state := fs.String("state", "all", "which items: "+stateValues+"; a CRM needs all of them to close answered tickets")
	brand := fs.String("brand", "", "only this brand's items (default: every brand)")
	sinceLast := fs.Bool("since-last", false, "export only the items that changed since the last complete export of this preset")
	withBOM := fs.Bool("bom", false, "start the file with a UTF-8 byte order mark, for Excel")
	null := fs.String("null-value", "", `write this in empty optional salesforce cells ("#N/A" makes Data Loader's Bulk API set them null)`)
	if err := a.parseNoArgs(fs, args); err != nil {
		return err
	}
	if *format != "csv" {
		return usagef("--format %q: only csv is supported", *format)
	}
	if !slices.Contains(export.Presets, *preset) {
		return usagef("--preset %q: want one of %s", *preset, strings.Join(export.Presets, ", "))
	}
	keep, err := stateFilter(*state)
	if err != nil {
		return err
	}
	cfg, s, q, err := a.openQueue(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	ofBrand, err := brandFilter(cfg, *brand)
	if err != nil {
		return err
	}
	items := filterItems(q.Items, func(it followup.Item) bool { return keep(it) && ofBrand(it) })
	// The cursor is per preset, --state and --brand: exports of different
	// selections to different places must not advance each other.
	key := *preset + "/" + *state + "/" + strings.ToLower(strings.TrimSpace(*brand))
	var cur export.Cursor
	if *sinceLast {
		if _, err := s.st.GetJSON(cursorBucket, key, &cur); err != nil {
			return err
		}
		items = cur.Changed(items)
	}
	now := a.now()
	opt := export.Options{Now: now, BOM: *withBOM, HubSpot: cfg.Export.HubSpot, Salesforce: cfg.Export.Salesforce, NullValue: *null}
	var manifest export.Manifest
	write := func(w io.Writer) error {
		ew, err := export.NewWriter(w, *preset, opt)
		if err != nil {
			return usageError{err}
		}
		for _, it := range items {
			if err := ew.Encode(it); err != nil {
				return err
			}
		}
		if err := ew.Close(); err != nil {
			return err
		}
		manifest = ew.Manifest(filepath.Base(*out), cur.At)
		return nil
	}
	if *out == "" {
		if err := write(a.stdout); err != nil {
			return err
		}
	} else {
		if err := writeAtomic(*out, func(f *os.File) error { return write(f) }); err != nil {
			return err
		}
		data, err := json.MarshalIndent(manifest, "", "  ")
		if err != nil {
			return err
		}
		if err := writeAtomic(*out+".manifest.json", func(f *os.File) error {
			_, err := f.Write(append(data, '\n'))
			return err
		}); err != nil {
			return err
		}
		fmt.Fprintf(a.stderr, "wrote %d row(s) to %s (sha256 %s)\n", manifest.Rows, *out, manifest.SHA256)
	}
	// Only now is the export complete: a run killed before this line is
	// simply done again by the next --since-last.
	if *sinceLast {
		cur.Preset = *preset
		cur.Advance(items, now)
		if err := s.st.PutJSON(cursorBucket, key, cur); err != nil {
			return fmt.Errorf("export: the file is complete but the cursor could not be saved (the next --since-last repeats these rows): %w", err)
		}
	}
	return nil
}
