package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/config"
)

func (a *app) cmdClassify(ctx context.Context, args []string) error {
	fs := a.flags("classify", "[--brand NAME] [--tsv COL] [--json] < texts")
	brand := fs.String("brand", "", "the brand to judge mentions of: a configured brand, or any name")
	tsv := fs.Int("tsv", 0, "read tab-separated lines and classify column COL (1-based)")
	useConfig := fs.Bool("use-config", false, "classify for the brands in --config (default when --brand is not set and the config exists)")
	asJSON := fs.Bool("json", false, "write one JSON object per text instead of a line for people")
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
		an := cls.Analyze(*brand, text)
		if *asJSON {
			out := struct {
				Text string `json:"text"`
				classify.Analysis
			}{text, an}
			if err := enc.Encode(out); err != nil {
				return err
			}
			continue
		}
		if _, err := fmt.Fprintln(a.stdout, analysisLine(text, an)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stdin:%d: %w", line+1, err)
	}
	return nil
}

// analysisLine is one text's classification for people: the sentiment and
// its score, the complaint confidence, the intents, each brand found with
// what the text says of it, the deciding terms, and the text (shortened,
// control characters removed: it is untrusted).
//
//	negative -0.48  complaint 0.90  intents complaint,churn  Loquat: criticism, negative -0.48  [missing, refund]  "Loquat support never…"
func analysisLine(text string, an classify.Analysis) string {
	var b strings.Builder
	if an.Sentiment == classify.Unscored {
		// A language the models were not built for: no figures at all.
		fmt.Fprintf(&b, "unscored (language %s)", cmp.Or(an.Language, "unknown"))
	} else {
		complaint := "no complaint"
		if an.Complaint {
			complaint = "complaint"
		}
		fmt.Fprintf(&b, "%-8s %+.2f  %s %.2f", an.Sentiment, an.SentimentScore, complaint, an.ComplaintScore)
	}
	if len(an.Intents) > 0 {
		fmt.Fprintf(&b, "  intents %s", strings.Join(an.Intents, ","))
	}
	for _, ba := range an.Brands {
		fmt.Fprintf(&b, "  %s: ", clean(ba.Brand))
		switch {
		case !ba.Mentioned:
			fmt.Fprintf(&b, "not a mention (relevance %.2f)", ba.Relevance)
		case ba.Sentiment == classify.Unscored:
			fmt.Fprintf(&b, "mentioned (relevance %.2f)", ba.Relevance)
		case ba.Criticism:
			fmt.Fprintf(&b, "criticism, %s %+.2f", ba.Sentiment, ba.SentimentScore)
		default:
			fmt.Fprintf(&b, "%s %+.2f", ba.Sentiment, ba.SentimentScore)
		}
	}
	if len(an.SentimentTerms) > 0 {
		fmt.Fprintf(&b, "  [%s]", clean(strings.Join(an.SentimentTerms, ", ")))
	}
	fmt.Fprintf(&b, "  %q", truncate(clean(text), 60))
	return b.String()
}
