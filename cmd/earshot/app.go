package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Exit codes, for cron and scripts.
const (
	exitOK      = 0
	exitFailed  = 1 // the run went ahead but something failed
	exitUsage   = 2 // bad flags, bad config: nothing was done
	defaultConf = "earshot.yaml"
)

// usageError marks an error as the caller's: it exits 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// app is one invocation of the CLI: its streams and the settings every
// command shares. Nothing here is global, so tests run the whole program.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
	log            *slog.Logger

	configPath string
	logFormat  string
	logLevel   string
}

type command struct {
	name, args, summary string
	run                 func(a *app, ctx context.Context, args []string) error
}

func commands() []command {
	return []command{
		{"demo", "[--dir DIR]", "ingest a bundled sample web on 127.0.0.1 and show what earshot finds", (*app).cmdDemo},
		{"init", "[PATH]", "write a commented earshot.yaml to edit", (*app).cmdInit},
		{"config", "check", "validate the config and report every problem", (*app).cmdConfig},
		{"ingest", "[--source NAME]... | --recheck", "run every source once (or recheck open threads) and exit, for cron", (*app).cmdIngest},
		{"serve", "[--run-now]", "ingest each source on its schedule until stopped", (*app).cmdServe},
		{"search", "QUERY [--json] [--limit N] [--sort relevance|newest]", "search indexed posts", (*app).cmdSearch},
		{"followups", "[--json] [--state open|overdue|answered|wont_respond|expired|all] [--brand B] [--history]", "list criticism the brand has not answered", (*app).cmdFollowups},
		{"followup", "answer|dismiss|reopen ID [--note TEXT]", "record a person's decision on a follow-up item", (*app).cmdFollowup},
		{"export", "[--preset hubspot|salesforce|generic] [--since-last] [--out FILE] [--brand B]", "write the follow-up queue as CSV for a CRM", (*app).cmdExport},
		{"authors", "[--brand B] [--json] [--limit N] [--role R]", "who talks about the brand: advocates, critics and their roles", (*app).cmdAuthors},
		{"accounts", "suggest [--brand B] [--json] [--all]", "list likely brand accounts seen in the index, to confirm in the config", (*app).cmdAccounts},
		{"classify", "[--brand NAME] [--tsv COL] [--json] < texts", "classify one text per line of stdin: a line each, or JSON", (*app).cmdClassify},
		{"eval", "classify|extract [--data DIR] [--layers L]", "measure classification or extraction on labelled data", (*app).cmdEval},
		{"inspect", "[--json] FILE|URL...", "show what earshot sees in a page or feed", (*app).cmdInspect},
		{"version", "", "print the version", (*app).cmdVersion},
	}
}

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// run is the whole program: it parses args, runs one command and returns the
// exit code. main only wires the process to it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, now: time.Now}
	return a.main(ctx, args)
}

func (a *app) main(ctx context.Context, args []string) int {
	global := flag.NewFlagSet("earshot", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	a.globalFlags(global)
	if err := global.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			a.usage()
			return exitOK
		}
		fmt.Fprintf(a.stderr, "earshot: %v\n", err)
		a.usage()
		return exitUsage
	}
	rest := global.Args()
	if len(rest) == 0 {
		a.usage()
		return exitUsage
	}
	name := rest[0]
	if name == "help" || name == "-h" || name == "--help" {
		a.usage()
		return exitOK
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(a, ctx, rest[1:])
		return a.exitCode(name, err)
	}
	fmt.Fprintf(a.stderr, "earshot: unknown command %q\n", name)
	a.usage()
	return exitUsage
}

// globalFlags are accepted before the command and by every command.
func (a *app) globalFlags(fs *flag.FlagSet) {
	def := a.getenv("EARSHOT_CONFIG")
	if def == "" {
		def = defaultConf
	}
	if a.configPath == "" {
		a.configPath = def
	}
	if a.logFormat == "" {
		a.logFormat = envOr(a.getenv, "EARSHOT_LOG_FORMAT", "text")
	}
	if a.logLevel == "" {
		a.logLevel = envOr(a.getenv, "EARSHOT_LOG_LEVEL", "info")
	}
	fs.StringVar(&a.configPath, "config", a.configPath, "config file (env EARSHOT_CONFIG)")
	fs.StringVar(&a.logFormat, "log-format", a.logFormat, "log format: text or json (env EARSHOT_LOG_FORMAT)")
	fs.StringVar(&a.logLevel, "log-level", a.logLevel, "log level: debug, info, warn, error (env EARSHOT_LOG_LEVEL)")
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}

func (a *app) exitCode(name string, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(a.stderr, "earshot %s: %v\n", name, err)
		return exitUsage
	}
	if errors.Is(err, errPartial) {
		return exitFailed
	}
	fmt.Fprintf(a.stderr, "earshot %s: %v\n", name, err)
	return exitFailed
}

// errPartial means the command already reported what failed; it only sets
// the exit code.
var errPartial = errors.New("partial failure")

func (a *app) usage() {
	w := a.stderr
	fmt.Fprintf(w, "earshot listens to what blogs, forums and feeds say about a brand.\n\n")
	fmt.Fprintf(w, "Usage: earshot [--config FILE] COMMAND [ARGS]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %-52s %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprintf(w, "\nFlags for every command:\n")
	fmt.Fprintf(w, "  --config FILE       config file (default earshot.yaml, env EARSHOT_CONFIG)\n")
	fmt.Fprintf(w, "  --log-format FMT    text or json (env EARSHOT_LOG_FORMAT)\n")
	fmt.Fprintf(w, "  --log-level LEVEL   debug, info, warn or error (env EARSHOT_LOG_LEVEL)\n")
	fmt.Fprintf(w, "\nExit codes: 0 ok, 1 something failed (the rest still ran), 2 usage or config error.\n")
}

// flags makes a command's flag set, with the global flags added so they may
// come after the command too.
func (a *app) flags(name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	a.globalFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(a.stderr, "Usage: earshot %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseNoArgs is parse for a command that takes flags only: a positional
// argument is a usage error.
func (a *app) parseNoArgs(fs *flag.FlagSet, args []string) error {
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	return nil
}

// parse parses flags and positional arguments in any order ("search refund
// --json" and "search --json refund" both work) and sets up logging.
func (a *app) parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			pos = append(pos, args[1:]...)
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	if err := a.setupLog(); err != nil {
		return nil, err
	}
	return pos, nil
}

func (a *app) setupLog() error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(a.logLevel)); err != nil {
		return usagef("--log-level %q: want debug, info, warn or error", a.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch a.logFormat {
	case "text":
		a.log = slog.New(slog.NewTextHandler(a.stderr, opts))
	case "json":
		a.log = slog.New(slog.NewJSONHandler(a.stderr, opts))
	default:
		return usagef("--log-format %q: want text or json", a.logFormat)
	}
	return nil
}

// isTerminal reports whether w is a terminal, for the progress line.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// self is how the user should invoke earshot again in printed hints: the
// binary's name, or "go run ./cmd/earshot" under go run.
func self() string {
	exe := os.Args[0]
	if strings.Contains(exe, string(filepath.Separator)+"go-build") || strings.HasSuffix(filepath.Dir(exe), "exe") {
		return "go run ./cmd/earshot"
	}
	if filepath.Base(exe) == "earshot" {
		return "earshot"
	}
	return exe
}

func (a *app) cmdVersion(ctx context.Context, args []string) error {
	fs := a.flags("version", "")
	if _, err := a.parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "earshot %s\n", version)
	return nil
}
