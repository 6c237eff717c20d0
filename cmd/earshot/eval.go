package main

import (
	"context"
	"errors"
	"fmt"
	iofs "io/fs"
	"strings"

	"github.com/earshot-dev/earshot/eval"
	"github.com/earshot-dev/earshot/extract"
)

func (a *app) cmdEval(ctx context.Context, args []string) error {
	fs := a.flags("eval", "classify|extract [--data DIR] [--layers structured,adapters,generic]")
	data := fs.String("data", "../shared/data", "the labelled data directory (see ../shared/data/README.md)")
	layerList := fs.String("layers", "all", "with extract: the thread layers to measure (all, or a list of structured, adapters, generic)")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want: earshot eval classify|extract [--data DIR]")
	}
	layers, err := parseLayers(*layerList)
	if err != nil {
		return err
	}
	switch pos[0] {
	case "classify":
		// Either kind of labelled data is enough: a held-out corpus may
		// have only sentiment sets or only complaint files.
		errS := eval.Sentiment(*data, a.stdout)
		if errS != nil && !errors.Is(errS, iofs.ErrNotExist) {
			return errS
		}
		errC := eval.Complaint(*data, a.stdout)
		if errC != nil && !errors.Is(errC, iofs.ErrNotExist) {
			return errC
		}
		if errS != nil && errC != nil {
			return fmt.Errorf("eval classify: no labelled data under %s (sentiment sets in VADER's or UCI's format, or complaint CSVs): %w", *data, errC)
		}
		return nil
	case "extract":
		if err := eval.ForumLayers(*data, a.stdout, layers); err != nil {
			return err
		}
		return eval.Article(*data, a.stdout)
	}
	return usagef("eval %q: want classify or extract", pos[0])
}

// parseLayers reads --layers: "all" or a comma-separated list of layers.
func parseLayers(s string) (extract.Layers, error) {
	if s == "all" {
		return extract.AllLayers, nil
	}
	var l extract.Layers
	for _, name := range strings.Split(s, ",") {
		switch strings.TrimSpace(name) {
		case "structured":
			l |= extract.LayerStructured
		case "adapters":
			l |= extract.LayerAdapters
		case "generic":
			l |= extract.LayerGeneric
		default:
			return 0, usagef("--layers %q: want all, or a list of structured, adapters, generic", s)
		}
	}
	return l, nil
}
