package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
)

func (a *app) cmdClassify(ctx context.Context, args []string) error {
	fs := a.flags("classify", "[--brand NAME] [--tsv COL] < texts")
	brand := fs.String("brand", "", "the brand to judge mentions of: a configured brand, or any name")
	tsv := fs.Int("tsv", 0, "read tab-separated lines and classify column COL (1-based)")
	useConfig := fs.Bool("use-config", false, "classify for the brands in --config (default when --brand is not set and the config exists)")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q: texts come on standard input, one per line", pos[0])
	}
	if *tsv < 0 {
		return usagef("--tsv %d: columns count from 1", *tsv)
	}
	var brands []config.Brand
	if *useConfig || *brand == "" {
		if cfg, err := a.loadConfig(); err == nil {
			brands = cfg.Brands
		} else if *useConfig {
			return err
		}
	}
	cls, err := classify.New(brands)
	if err != nil {
		return usageError{err}
	}
	enc := json.NewEncoder(a.stdout)
	sc := bufio.NewScanner(a.stdin)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	line := 0
	for sc.Scan() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		line++
		text := sc.Text()
		if *tsv > 0 {
			cols := strings.Split(text, "\t")
			if *tsv > len(cols) {
				return fmt.Errorf("stdin:%d: %d columns, want at least %d", line, len(cols), *tsv)
			}
			text = cols[*tsv-1]
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		out := struct {
			Text string `json:"text"`
			classify.Analysis
		}{text, cls.Analyze(*brand, text)}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stdin:%d: %w", line+1, err)
	}
	return nil
}
