package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
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
	return followup.Refresh(ctx, s.ix, s.st, cfg.Brands, cfg.Followup.After.Std(), a.now())
}

// stateFilter turns --state into a predicate; "open" is flagged or pending.
func stateFilter(state string) (func(followup.Item) bool, error) {
	switch state {
	case "all":
		return func(followup.Item) bool { return true }, nil
	case "open":
		return func(it followup.Item) bool {
			return it.State == followup.StateFlagged || it.State == followup.StatePending
		}, nil
	case followup.StateFlagged, followup.StatePending, followup.StateAnswered:
		return func(it followup.Item) bool { return it.State == state }, nil
	}
	return nil, usagef("--state %q: want flagged, pending, open, answered or all", state)
}

// selectQueue loads the config, refreshes the queue and returns it with the
// items in the --state the user asked for.
func (a *app) selectQueue(ctx context.Context, state string) (*followup.Queue, []followup.Item, error) {
	keep, err := stateFilter(state)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return nil, nil, err
	}
	q, err := a.queue(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	items := []followup.Item{}
	for _, it := range q.Items {
		if keep(it) {
			items = append(items, it)
		}
	}
	return q, items, nil
}

func (a *app) cmdFollowups(ctx context.Context, args []string) error {
	fs := a.flags("followups", "[--json] [--state flagged|pending|open|answered|all]")
	asJSON := fs.Bool("json", false, "print JSON")
	state := fs.String("state", followup.StateFlagged, "which items: flagged, pending, open, answered or all")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	q, items, err := a.selectQueue(ctx, *state)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(items)
	}
	writeFollowups(a.stdout, items, q, a.now())
	return nil
}

func writeFollowups(w io.Writer, items []followup.Item, q *followup.Queue, now time.Time) {
	s := q.Summary()
	fmt.Fprintf(w, "%d flagged, %d pending, %d answered; showing %d\n", s.Flagged, s.Pending, s.Answered, len(items))
	for _, it := range items {
		fmt.Fprintln(w)
		fmt.Fprintf(w, "%-8s %s  %s  %s  by %s  %s %+.2f\n", it.State, age(now.Sub(it.Published)), clean(it.Brand),
			clean(it.Source), clean(it.Author), it.Sentiment, it.Score)
		if it.Title != "" {
			fmt.Fprintf(w, "  %s\n", clean(it.Title))
		}
		fmt.Fprintf(w, "  %s\n", clean(it.URL))
		if it.Snippet != "" {
			fmt.Fprintf(w, "  %q\n", clean(it.Snippet))
		}
		fmt.Fprintf(w, "  why: %s\n", clean(it.Reason))
		if it.AnswerURL != "" {
			fmt.Fprintf(w, "  answer: %s\n", clean(it.AnswerURL))
		}
	}
}

// age prints a duration the way a queue shows it: 3d4h, 5h12m, 40m.
func age(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	days := int(d.Hours()) / 24
	h := int(d.Hours()) % 24
	m := int(d.Minutes()) % 60
	switch {
	case days > 0:
		return fmt.Sprintf("%dd%dh", days, h)
	case h > 0:
		return fmt.Sprintf("%dh%dm", h, m)
	}
	return fmt.Sprintf("%dm", m)
}

func (a *app) cmdExport(ctx context.Context, args []string) error {
	fs := a.flags("export", "--format csv [--out FILE] [--state flagged|pending|open|answered|all]")
	format := fs.String("format", "csv", "output format: csv")
	out := fs.String("out", "", "write to FILE (atomically) instead of standard output")
	state := fs.String("state", followup.StateFlagged, "which items: flagged, pending, open, answered or all")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	if *format != "csv" {
		return usagef("--format %q: only csv is supported", *format)
	}
	_, items, err := a.selectQueue(ctx, *state)
	if err != nil {
		return err
	}
	n := 0
	write := func(w io.Writer) error {
		cw := export.NewCSVWriter(w)
		cw.Now = a.now()
		for _, it := range items {
			if err := cw.Encode(it); err != nil {
				return err
			}
			n++
		}
		return cw.Close()
	}
	if *out == "" {
		return write(a.stdout)
	}
	if err := writeAtomic(*out, func(f *os.File) error { return write(f) }); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "wrote %d row(s) to %s\n", n, *out)
	return nil
}
