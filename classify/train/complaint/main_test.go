package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/classify"
)

// tinyData is the eval package's eight-tweet complaints file, whose
// figures are known.
const tinyData = "../../../eval/testdata/complaint"

func TestRun(t *testing.T) {
	tests := []struct {
		name    string
		opts    classify.ComplaintTrainOptions
		wantCmd string
	}{
		{"defaults", classify.ComplaintTrainOptions{}, "// Command: go run ./classify/train/complaint -data " + tinyData + "\n"},
		{"options recorded", classify.ComplaintTrainOptions{L2: 0.002, MinDocFreq: 1, Iterations: 20},
			"// Command: go run ./classify/train/complaint -data " + tinyData + " -l2 0.002 -mindf 1 -iter 20\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "weights_gen.go")
			dump := filepath.Join(dir, "scores.tsv")
			if err := run(tinyData, out, false, 1, dump, tt.opts); err != nil {
				t.Fatalf("run: %v", err)
			}
			src, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(src), tt.wantCmd) {
				t.Errorf("generated file lacks %q; got:\n%.400s", tt.wantCmd, src)
			}
			if !strings.Contains(string(src), "(8 tweets, sha256 ") {
				t.Errorf("generated file does not record the 8 tweets it was trained on; got:\n%.400s", src)
			}
			if _, err := parser.ParseFile(token.NewFileSet(), out, src, 0); err != nil {
				t.Errorf("generated file does not parse: %v", err)
			}
			raw, err := os.ReadFile(dump)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
			if got, want := len(lines), 1+8; got != want {
				t.Fatalf("dump has %d lines, want %d (a header and one per tweet)", got, want)
			}
			for _, l := range lines {
				if got := len(strings.Split(l, "\t")); got != 5 {
					t.Errorf("dump line %q has %d fields, want 5", l, got)
				}
			}
		})
	}
}

func TestRunMissingData(t *testing.T) {
	if err := run(t.TempDir(), filepath.Join(t.TempDir(), "x.go"), false, 1, "", classify.ComplaintTrainOptions{}); err == nil {
		t.Error("run on a directory without the data: error = nil, want an error")
	}
}
