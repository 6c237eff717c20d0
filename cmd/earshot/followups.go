package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"slices"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/config"
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

// selectQueue loads the config, refreshes the queue and returns it with the
// items in the --state the user asked for.
func (a *app) selectQueue(ctx context.Context, state string) (*config.Config, *followup.Queue, []followup.Item, error) {
	keep, err := stateFilter(state)
	if err != nil {
		return nil, nil, nil, err
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return nil, nil, nil, err
	}
	q, err := a.queue(ctx, cfg)
	if err != nil {
		return nil, nil, nil, err
	}
	items := []followup.Item{}
	for _, it := range q.Items {
		if keep(it) {
			items = append(items, it)
		}
	}
	return cfg, q, items, nil
}

func (a *app) cmdFollowups(ctx context.Context, args []string) error {
	fs := a.flags("followups", "[--json] [--state "+strings.ReplaceAll(stateValues, ", ", "|")+"] [--history]")
	asJSON := fs.Bool("json", false, "print JSON")
	state := fs.String("state", followup.StateOpen, "which items: "+stateValues)
	history := fs.Bool("history", false, "show each item's history of changes")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	_, q, items, err := a.selectQueue(ctx, *state)
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
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	s, err := open(cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	q, err := a.refresh(ctx, cfg, s)
	if err != nil {
		return err
	}
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

func (a *app) cmdExport(ctx context.Context, args []string) error {
	return usagef("export: being rewired to the CRM presets")
}
