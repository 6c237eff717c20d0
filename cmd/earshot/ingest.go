package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/crawler"
	"github.com/earshot-dev/earshot/ingest"
)

type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func (a *app) cmdIngest(ctx context.Context, args []string) error {
	fs := a.flags("ingest", "[--source NAME]... | --recheck")
	var only multiFlag
	fs.Var(&only, "source", "ingest only this source (repeatable)")
	recheck := fs.Bool("recheck", false, "fetch only the open follow-up threads due for a re-crawl (run it every 15 minutes from cron)")
	if err := a.parseNoArgs(fs, args); err != nil {
		return err
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	if *recheck && len(only) > 0 {
		return usagef("--recheck and --source do not mix: --recheck picks the sources with threads due")
	}
	sources := cfg.Sources
	if *recheck {
		sources = nil
	}
	if len(only) > 0 {
		sources = nil
		for _, name := range only {
			s, ok := cfg.SourceByName(name)
			if !ok {
				return usagef("--source %q: no such source in %s", name, cfg.File)
			}
			sources = append(sources, *s)
		}
	}
	rep, err := a.ingest(ctx, cfg, sources, *recheck, a.stderr)
	if rep != nil {
		a.printReport(a.stdout, rep)
	}
	return err
}

// ingest runs sources once against cfg's index, or with recheck only the
// open threads due for a re-crawl; shared by ingest, serve and demo.
func (a *app) ingest(ctx context.Context, cfg *config.Config, sources []config.Source, recheck bool, progress io.Writer) (*ingest.Report, error) {
	cls, err := classify.New(cfg.Brands)
	if err != nil {
		return nil, usageError{err}
	}
	s, err := open(cfg)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	r := &ingest.Runner{
		Config:     cfg,
		Client:     crawler.NewClient(crawler.OptionsFrom(cfg.Crawl), s.st),
		Classifier: cls,
		Index:      s.ix,
		Store:      s.st,
		Logger:     a.log,
		Now:        a.now,
	}
	if isTerminal(progress) {
		r.Progress = func(done, total int, source string) {
			fmt.Fprintf(progress, "\r\033[K[%d/%d] %s", done, total, source)
			if done == total {
				fmt.Fprint(progress, "\r\033[K")
			}
		}
	}
	var rep *ingest.Report
	if recheck {
		rep, err = r.Recheck(ctx)
	} else {
		rep, err = r.Run(ctx, sources)
	}
	if errors.Is(err, ingest.ErrSourcesFailed) {
		return rep, errPartial
	}
	return rep, err
}

func (a *app) printReport(w io.Writer, rep *ingest.Report) {
	t := rep.Totals()
	fmt.Fprintf(w, "sources: %d fetched (%d unchanged), %d deferred, %d failed of %d\n",
		t.Fetched, t.NotModified, t.Deferred, t.Failed, t.Sources)
	fmt.Fprintf(w, "posts:   %d read, %d new, %d updated, %d unchanged\n", t.Posts, t.Added, t.Updated, t.Unchanged)
	fmt.Fprintf(w, "brand:   %d mentions, %d negative\n", t.Mentions, t.Negative)
	if rep.Reclassified > 0 {
		fmt.Fprintf(w, "config:  brands changed; %d indexed post(s) classified again\n", rep.Reclassified)
	}
	if rep.Rechecked > 0 {
		fmt.Fprintf(w, "recheck: %d open thread(s) fetched again\n", rep.Rechecked)
	}
	q := rep.Queue
	fmt.Fprintf(w, "queue:   %d open (%d overdue), %d answered, %d won't respond, %d expired\n",
		q.Open, q.Overdue, q.Answered, q.WontRespond, q.Expired)
	for _, wd := range rep.Withdrawn {
		fmt.Fprintf(w, "withdrawn: %s %s: %s\n", shortID(wd.Item.ID), clean(wd.Item.URL), wd.Cause)
	}
	failed := slices.DeleteFunc(slices.Clone(rep.Sources), func(s ingest.SourceResult) bool { return !s.Failed() })
	for _, s := range failed {
		fmt.Fprintf(w, "failed:  %s (%s): %v\n", s.Source, s.URL, s.Err)
		for _, f := range s.Failures {
			if f != s.Err {
				fmt.Fprintf(w, "         %v\n", f)
			}
		}
	}
}

func (a *app) cmdConfig(ctx context.Context, args []string) error {
	fs := a.flags("config", "check")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || pos[0] != "check" {
		return usagef("want: earshot config check [--config FILE]")
	}
	cfg, err := a.loadConfig()
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "%s: ok (%d brand(s), %d source(s), data in %s)\n",
		cfg.File, len(cfg.Brands), len(cfg.Sources), cfg.Index.Path)
	return nil
}

func (a *app) cmdInit(ctx context.Context, args []string) error {
	fs := a.flags("init", "[PATH]")
	force := fs.Bool("force", false, "overwrite an existing file")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	path := defaultConf
	switch len(pos) {
	case 0:
	case 1:
		path = pos[0]
	default:
		return usagef("want at most one PATH")
	}
	if err := writeNew(path, config.Template(), *force); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %s: edit it, then run `%s config check --config %s`\n", path, self(), path)
	return nil
}
