// Package shareddata finds the labelled development data that CI keeps
// beside the repository (../shared/data), for tests and evaluations that
// need it. A user's clone does not have it: tests then skip, with a message
// that says how to point them at a copy.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Env overrides where the data is looked for.
const Env = "EARSHOT_SHARED_DATA"

// Dir returns the shared data directory that holds the file or folder rel
// (slash-separated, e.g. "sentiment/tweets_GroundTruth.txt"), or skips tb.
// $EARSHOT_SHARED_DATA wins; otherwise Dir walks up from the working
// directory to the repository root (the go.mod) and looks beside it.
func Dir(tb testing.TB, rel string) string {
	tb.Helper()
	want := filepath.FromSlash(rel)
	if d := os.Getenv(Env); d != "" {
		if _, err := os.Stat(filepath.Join(d, want)); err != nil {
			tb.Skipf("%s=%s has no %s: %v", Env, d, rel, err)
		}
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			data := filepath.Join(dir, "..", "shared", "data")
			if _, err := os.Stat(filepath.Join(data, want)); err != nil {
				tb.Skipf("no shared data at %s (%s missing); set %s to run this test", data, rel, Env)
			}
			return data
		}
		if filepath.Dir(dir) == dir {
			tb.Skipf("no go.mod above %s, so no shared data beside the repository; set %s", wd, Env)
		}
	}
}
