package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/robfig/cron/v3"

	"github.com/earshot-dev/earshot/config"
)

// cronParser accepts what config.Validate accepts: five fields or a
// descriptor (@daily, @every 6h).
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// recheckSchedule is how often serve looks for open threads due a re-crawl.
const recheckSchedule = "@every 15m"

func (a *app) cmdServe(ctx context.Context, args []string) error {
	fs := a.flags("serve", "[--run-now]")
	runNow := fs.Bool("run-now", false, "ingest every source once at start, then follow the schedules")
	if err := a.parseNoArgs(fs, args); err != nil {
		return err
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	// Sources that share a schedule run together, as one ingest. Runs never
	// overlap: the index and the state store belong to one run at a time, and
	// are closed between runs so the CLI can search meanwhile.
	var (
		mu     sync.Mutex
		groups = map[string][]config.Source{}
		order  []string
	)
	for _, s := range cfg.Sources {
		if _, ok := groups[s.Schedule]; !ok {
			order = append(order, s.Schedule)
		}
		groups[s.Schedule] = append(groups[s.Schedule], s)
	}
	run := func(spec string, sources []config.Source) {
		mu.Lock()
		defer mu.Unlock()
		if ctx.Err() != nil {
			return
		}
		a.log.Info("scheduled ingest started", "schedule", spec, "sources", len(sources))
		rep, err := a.ingest(ctx, cfg, sources, spec == recheckSchedule, nil)
		if rep != nil {
			t := rep.Totals()
			a.log.Info("scheduled ingest finished", "schedule", spec, "fetched", t.Fetched, "failed", t.Failed,
				"added", t.Added, "updated", t.Updated, "rechecked", rep.Rechecked, "open", rep.Queue.Open,
				"overdue", rep.Queue.Overdue, "duration", rep.Duration)
		}
		if err != nil {
			a.log.Error("scheduled ingest failed", "schedule", spec, "error", err)
		}
	}
	c := cron.New(cron.WithParser(cronParser))
	for _, spec := range order {
		sources := groups[spec]
		if _, err := c.AddFunc(spec, func() { run(spec, sources) }); err != nil {
			return usagef("schedule %q: %v", spec, err)
		}
	}
	// Between full runs, open follow-up threads are fetched again on their
	// back-off (1 h, 4 h, 24 h, 72 h, then daily); the check itself is cheap
	// when nothing is due.
	if _, err := c.AddFunc(recheckSchedule, func() { run(recheckSchedule, nil) }); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "earshot serve: %d source(s) on %d schedule(s), open threads rechecked %s; Ctrl-C stops\n",
		len(cfg.Sources), len(order), recheckSchedule)
	for _, e := range c.Entries() {
		a.log.Info("scheduled", "next", e.Next)
	}
	if *runNow {
		for _, spec := range order {
			run(spec, groups[spec])
		}
	}
	c.Start()
	<-ctx.Done()
	// Stop the scheduler and wait for a running ingest: it has seen the
	// cancelled context and stops between batches. Stop's context is done
	// only when every job cron started has returned.
	<-c.Stop().Done()
	a.log.Info("earshot serve stopped")
	return nil
}
