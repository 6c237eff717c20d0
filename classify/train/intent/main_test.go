package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/eval"
	"github.com/earshot-dev/earshot/internal/shareddata"
)

// TestRunErrors: a data directory without the tweets, or whose tweets have
// no intent label, is an error that names the problem, and nothing is
// written.
func TestRunErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no data", t.TempDir(), "complaints-dev.csv"},
		// The eval package's eight fixture tweets have IDs 1 to 8, which
		// the committed labels do not name.
		{"no labelled tweet", "../../../eval/testdata/complaint", "has an intent label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "w.go")
			err := run(tt.data, out)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run error = %v, want one containing %q", err, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("run wrote %s despite the error", out)
			}
		})
	}
}

// TestCommittedWeightsReproduce retrains on the shared dev data and checks
// that the committed classify/intent_weights_gen.go is what the command
// writes, apart from the date: the weights are never edited by hand nor
// left behind by a change of labels.
func TestCommittedWeightsReproduce(t *testing.T) {
	data := shareddata.Dir(t, eval.ComplaintsFile)
	out := filepath.Join(t.TempDir(), "intent_weights_gen.go")
	if err := run(data, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../intent_weights_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	header := regexp.MustCompile(`(?m)^// (Command|Date): .*$`)
	if g, w := header.ReplaceAll(got, nil), header.ReplaceAll(want, nil); string(g) != string(w) {
		t.Errorf("go run ./classify/train/intent writes other weights than the committed ones (%d vs %d bytes): run it and commit the result", len(g), len(w))
	}
}
