package main

import (
	"context"
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
		return eval.Classify(*data, a.stdout)
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
