package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/demo"
	"github.com/earshot-dev/earshot/followup"
)

// demoMarker marks a directory as the demo's own, so a second run may reset
// it without ever deleting a directory the user made.
const demoMarker = ".earshot-demo"

func (a *app) cmdDemo(ctx context.Context, args []string) error {
	// The demo prints its own summary; its log shows only what went wrong
	// unless --log-level says otherwise.
	if a.logLevel == "" || a.logLevel == "info" {
		a.logLevel = "warn"
	}
	fs := a.flags("demo", "[--dir DIR]")
	dir := fs.String("dir", "", "directory for the demo's config and data (default: a new temporary directory)")
	if err := a.parseNoArgs(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		d, err := os.MkdirTemp("", "earshot-demo-")
		if err != nil {
			return err
		}
		*dir = d
	} else if err := prepareDemoDir(*dir); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*dir, demoMarker), []byte("made by earshot demo; the directory may be reset by it\n"), 0o644); err != nil {
		return err
	}

	site, err := demo.Start(ctx)
	if err != nil {
		return err
	}
	defer site.Close()
	fmt.Fprintf(a.stdout, "serving the sample web at %s (blog, forum, news; loopback only)\n", site.URL())

	confPath := filepath.Join(*dir, "earshot.yaml")
	data := demo.Config(site.URL(), filepath.Join(*dir, "data"))
	if err := os.WriteFile(confPath, data, 0o644); err != nil {
		return err
	}
	a.configPath = confPath
	cfg, err := a.loadConfig()
	if err != nil {
		return fmt.Errorf("the demo's own config is invalid (a bug): %w", err)
	}
	fmt.Fprintf(a.stdout, "wrote %s; ingesting %d sources...\n\n", confPath, len(cfg.Sources))

	rep, err := a.ingest(ctx, cfg, cfg.Sources, false, a.stderr)
	if rep != nil {
		a.printReport(a.stdout, rep)
	}
	if err != nil {
		return err
	}
	q, err := a.queue(ctx, cfg)
	if err != nil {
		return err
	}
	a.printDemoQueue(q)
	a.printNext(cfg, confPath)
	return nil
}

// prepareDemoDir accepts a missing or empty directory, or one an earlier demo
// made, whose data it removes so post IDs (which include the sample web's
// port) do not pile up.
func prepareDemoDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, demoMarker)); err != nil {
		return usagef("--dir %s is not empty and was not made by earshot demo: choose another directory", dir)
	}
	return os.RemoveAll(filepath.Join(dir, "data"))
}

func (a *app) printDemoQueue(q *followup.Queue) {
	n := 0
	for _, it := range q.Items {
		if it.State != followup.StateOpen {
			continue
		}
		if n == 0 {
			fmt.Fprintf(a.stdout, "\nunanswered criticism, most urgent first:\n")
		}
		n++
		title := it.Title
		if title == "" {
			title = truncate(it.Snippet, 70)
		}
		fmt.Fprintf(a.stdout, "  - %s  P%d %s: %s (%s, by %s)\n", shortID(it.ID), it.Priority.Score, it.Priority.Label,
			clean(title), clean(it.Source), clean(it.Author))
	}
}

func (a *app) printNext(cfg *config.Config, confPath string) {
	me := self()
	c := "--config " + confPath
	fmt.Fprintf(a.stdout, "\nnext, try:\n")
	fmt.Fprintf(a.stdout, "  %s search %s 'refund firmware'\n", me, c)
	fmt.Fprintf(a.stdout, "  %s search %s --sort newest '+sentiment:negative +brands:%s'\n", me, c, cfg.Brands[0].Name)
	fmt.Fprintf(a.stdout, "  %s followups %s --state all --history\n", me, c)
	fmt.Fprintf(a.stdout, "  %s authors %s\n", me, c)
	fmt.Fprintf(a.stdout, "  %s export %s --preset hubspot --out tickets.csv\n", me, c)
}
