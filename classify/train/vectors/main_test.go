package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/classify"
)

// The fixtures hold the same seven entries in both formats: "the", ",",
// "refund", "3rd", "Waiting", "still", "broken". The comma, the number
// (read as <num>) and the capitalised word can never be a token, so they
// are passed over and do not count toward -words.
func TestRun(t *testing.T) {
	tests := []struct {
		name, in string
		words    int
		want     []string
	}{
		{"glove", "glove.txt", 10, []string{"the", "refund", "still", "broken"}},
		{"wink json", "wink.json", 10, []string{"the", "refund", "still", "broken"}},
		{"limit", "glove.txt", 2, []string{"the", "refund"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "vectors.bin")
			if err := run(filepath.Join("testdata", tt.in), out, tt.words); err != nil {
				t.Fatalf("run: %v", err)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			got, err := classify.VectorWords(b)
			if err != nil {
				t.Fatalf("the written file does not read back: %v", err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("words = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no input", "", "-vectors FILE is required"},
		{"missing", filepath.Join("testdata", "absent.txt"), "absent.txt"},
		{"bad number", filepath.Join("testdata", "bad.txt"), "bad.txt:2"},
		{"a word twice", filepath.Join("testdata", "dup.txt"), `"refund" appears twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(tt.in, filepath.Join(t.TempDir(), "vectors.bin"), 10)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}
