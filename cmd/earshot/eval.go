package main

import (
	"context"

	"github.com/earshot-dev/earshot/eval"
)

func (a *app) cmdEval(ctx context.Context, args []string) error {
	fs := a.flags("eval", "classify|extract [--data DIR]")
	data := fs.String("data", "../shared/data", "the labelled data directory (see ../shared/data/README.md)")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want: earshot eval classify|extract [--data DIR]")
	}
	switch pos[0] {
	case "classify":
		if err := eval.Sentiment(*data, a.stdout); err != nil {
			return err
		}
		return eval.Complaint(*data, a.stdout)
	case "extract":
		if err := eval.Forum(*data, a.stdout); err != nil {
			return err
		}
		return eval.Article(*data, a.stdout)
	}
	return usagef("eval %q: want classify or extract", pos[0])
}
