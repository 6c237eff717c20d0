// Command sentiment trains earshot's learned sentiment model from the
// labelled development data and writes classify/weights_gen.go.
//
//	go run ./classify/train/sentiment -data ../shared/data
//
// It reports leave-one-dataset-out figures for each candidate configuration
// (train on four sets, test on the fifth), picks the one with the best mean
// weighted F1 there less the worst shortfall against the rules-only scorer
// on any held-out set, trains it on all five sets and writes the weights,
// with the connotation map the model reads (fitted on the lexicon and the
// word vectors, not on the labelled data: see classify/connotation.go).
// With -lexicon it instead regenerates classify/lexicon_vader.go from
// govader's module directory.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/classify/train/internal/gen"
	"github.com/earshot-dev/earshot/eval"
)

func main() {
	data := flag.String("data", "../shared/data", "directory holding sentiment/ (the shared dev data)")
	out := flag.String("out", "classify/weights_gen.go", "file to write the weights to")
	lexicon := flag.String("lexicon", "", "regenerate classify/lexicon_vader.go from this govader module directory and exit")
	flag.Parse()
	if *lexicon != "" {
		if err := writeLexicon(*lexicon, "classify/lexicon_vader.go"); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	found, err := eval.LoadSentimentSets(data)
	if err != nil {
		return err
	}
	// Only the dev sets: anything else under data (a held-out corpus put
	// beside them) is for measuring, never for training.
	var sets []eval.SentimentSet
	for _, s := range found {
		if !s.Dev {
			fmt.Printf("not training on %s (%s): not a dev set\n", s.Name, s.File)
			continue
		}
		sets = append(sets, s)
	}
	if len(sets) == 0 {
		return fmt.Errorf("train: no dev sentiment set under %s", data)
	}
	best, bestObj, bestF1, bestWorst := classify.SentimentTrainConfig{}, math.Inf(-1), 0.0, 0.0
	for _, cfg := range eval.SentimentCandidates() {
		f1, worst, err := eval.LeaveOneOut(os.Stdout, sets, cfg)
		if err != nil {
			return err
		}
		fmt.Printf("%+v  mean weighted F1 %.3f, worst margin over rules only %+.3f\n", cfg, f1, worst)
		// The objective is the mean over unseen domains, less the worst
		// harm learning did to any one of them: the figures will be checked
		// on domains none of these sets covers, where a model that is
		// better on average but worse than the lexicon somewhere is a risk.
		if obj := f1 + min(worst, 0); obj > bestObj {
			best, bestObj, bestF1, bestWorst = cfg, obj, f1, worst
		}
	}
	fmt.Printf("chosen: %+v (mean leave-one-dataset-out weighted F1 %.3f, worst margin over rules only %+.3f)\n", best, bestF1, bestWorst)
	var all []classify.SentimentExample
	var files, sums []string
	for _, s := range sets {
		all = append(all, s.Examples...)
		files = append(files, s.File)
		sums = append(sums, s.SHA256)
	}
	sc := classify.TrainScorer(all, best)
	var buf bytes.Buffer
	header := []string{
		"Command: go run ./classify/train/sentiment -data " + data,
		fmt.Sprintf("Data: %v (%d examples)", files, len(all)),
		fmt.Sprintf("Config: %+v", best),
		fmt.Sprintf("Mean leave-one-dataset-out weighted F1: %.3f; worst margin over rules only: %+.3f", bestF1, bestWorst),
		"Date: " + time.Now().UTC().Format("2006-01-02"),
	}
	if err := sc.WriteWeights(&buf, header, sums, best); err != nil {
		return err
	}
	if err := gen.WriteFile(out, buf.Bytes()); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	fmt.Println("wrote", out)
	return nil
}
