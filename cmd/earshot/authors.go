package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/earshot-dev/earshot/authors"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/index"
	"github.com/earshot-dev/earshot/post"
)

// pickBrand returns the brand named by --brand, or the only brand when the
// config has one and --brand is empty.
func pickBrand(cfg *config.Config, name string) (config.Brand, error) {
	var names []string
	for _, b := range cfg.Brands {
		names = append(names, b.Name)
	}
	list := strings.Join(names, ", ")
	if strings.TrimSpace(name) == "" {
		switch len(cfg.Brands) {
		case 1:
			return cfg.Brands[0], nil
		case 0:
			return config.Brand{}, usagef("the config lists no brands")
		}
		return config.Brand{}, usagef("--brand is required: the config has %d brands (%s)", len(cfg.Brands), list)
	}
	for _, b := range cfg.Brands {
		if strings.EqualFold(strings.TrimSpace(b.Name), strings.TrimSpace(name)) {
			return b, nil
		}
	}
	return config.Brand{}, usagef("--brand %q: not in the config (brands: %s)", name, list)
}

// tallyBrand loads the config, picks the brand named by --brand and walks
// every indexed post into a Tally for it.
func (a *app) tallyBrand(ctx context.Context, brandName string) (config.Brand, *authors.Tally, error) {
	cfg, err := a.loadConfig()
	if err != nil {
		return config.Brand{}, nil, err
	}
	brand, err := pickBrand(cfg, brandName)
	if err != nil {
		return config.Brand{}, nil, err
	}
	if _, err := os.Stat(indexDir(cfg)); errors.Is(err, fs.ErrNotExist) {
		return config.Brand{}, nil, fmt.Errorf("no index at %s yet: run `%s ingest --config %s` first", indexDir(cfg), self(), a.configPath)
	}
	ix, err := index.Open(indexDir(cfg))
	if err != nil {
		return config.Brand{}, nil, err
	}
	defer ix.Close()
	t := authors.NewTally(brand)
	err = ix.Each(ctx, func(p post.Post) error {
		t.Add(p)
		return nil
	})
	if err != nil {
		return config.Brand{}, nil, err
	}
	return brand, t, nil
}

var authorRoles = []string{authors.RoleCreator, authors.RoleContributor, authors.RoleOpportunist, authors.RoleParticipant}

func (a *app) cmdAuthors(ctx context.Context, args []string) error {
	fset := a.flags("authors", "[--brand B] [--json] [--limit N] [--role creator|contributor|opportunist|participant]")
	brandName := fset.String("brand", "", "the brand (required when the config has more than one)")
	asJSON := fset.Bool("json", false, "print JSON")
	limit := fset.Int("limit", 10, "at most this many advocates, critics and authors (0: all)")
	role := fset.String("role", "", "only authors with this role: creator, contributor, opportunist or participant")
	if err := a.parseNoArgs(fset, args); err != nil {
		return err
	}
	if *limit < 0 {
		return usagef("--limit %d: want 0 (all) or more", *limit)
	}
	if *role != "" && !slices.Contains(authorRoles, *role) {
		return usagef("--role %q: want %s", *role, strings.Join(authorRoles, ", "))
	}
	brand, t, err := a.tallyBrand(ctx, *brandName)
	if err != nil {
		return err
	}
	all := t.Profiles()
	ps := all
	if *role != "" {
		ps = nil
		for _, p := range all {
			if p.Role == *role {
				ps = append(ps, p)
			}
		}
	}
	out := authorsReport{
		Brand:     brand.Name,
		Authors:   len(ps),
		Advocates: authors.Advocates(ps, *limit),
		Critics:   authors.Critics(ps, *limit),
		Profiles:  ps,
	}
	if *limit > 0 && len(out.Profiles) > *limit {
		out.Profiles = out.Profiles[:*limit]
	}
	if out.Profiles == nil {
		out.Profiles = []authors.Profile{}
	}
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	writeAuthors(a.stdout, out)
	return nil
}

// authorsReport is what `earshot authors` prints.
type authorsReport struct {
	Brand string `json:"brand"`
	// Authors counts every profile (of the --role asked for), before
	// --limit.
	Authors   int               `json:"authors"`
	Advocates []authors.Profile `json:"advocates"`
	Critics   []authors.Profile `json:"critics"`
	Profiles  []authors.Profile `json:"profiles"`
}

func writeAuthors(w io.Writer, r authorsReport) {
	fmt.Fprintf(w, "%d authors; showing %d\n", r.Authors, len(r.Profiles))
	fmt.Fprintf(w, "\nTop advocates of %s\n", clean(r.Brand))
	if len(r.Advocates) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	for i, p := range r.Advocates {
		fmt.Fprintf(w, "  %d. %s (%s)  %d positive of %d mention(s), mean %+.2f  [%s]\n",
			i+1, clean(p.Name), clean(p.Host), p.Positive, p.Mentions, p.Sentiment, p.Role)
	}
	fmt.Fprintf(w, "\nTop critics of %s\n", clean(r.Brand))
	if len(r.Critics) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	for i, p := range r.Critics {
		fmt.Fprintf(w, "  %d. %s (%s)  %d criticism, %d complaint(s), %d negative of %d mention(s), mean %+.2f  [%s]\n",
			i+1, clean(p.Name), clean(p.Host), p.Criticism, p.Complaints, p.Negative, p.Mentions, p.Sentiment, p.Role)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "HOST\tNAME\tROLE\tPOSTS\tTHREADS\tREPLIES\tMENTIONS\tSENTIMENT\tCOMPLAINTS")
	for _, p := range r.Profiles {
		name := clean(p.Name)
		if p.BrandAccount {
			name += " (brand)"
		}
		sent := "-"
		if p.Mentions > 0 {
			sent = fmt.Sprintf("%+.2f", p.Sentiment)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\t%d\n", clean(p.Host), name, p.Role, p.Posts, p.Threads,
			p.Replies, p.Mentions, sent, p.Complaints)
	}
	tw.Flush()
}

func (a *app) cmdAccounts(ctx context.Context, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usagef("want a subcommand: accounts suggest [--brand B] [--json] [--all]")
	}
	if args[0] != "suggest" {
		return usagef("unknown subcommand %q: want suggest", args[0])
	}
	fset := a.flags("accounts suggest", "[--brand B] [--json] [--all]")
	brandName := fset.String("brand", "", "the brand (required when the config has more than one)")
	asJSON := fset.Bool("json", false, "print JSON")
	all := fset.Bool("all", false, "also list accounts the config already names")
	if err := a.parseNoArgs(fset, args[1:]); err != nil {
		return err
	}
	brand, t, err := a.tallyBrand(ctx, *brandName)
	if err != nil {
		return err
	}
	ss := t.Suggestions(*all)
	snippet, err := authors.AccountsYAML(brand.Accounts, ss)
	if err != nil {
		return err
	}
	if *asJSON {
		out := struct {
			Brand       string               `json:"brand"`
			Suggestions []authors.Suggestion `json:"suggestions"`
			YAML        string               `json:"yaml,omitempty"`
		}{brand.Name, ss, string(snippet)}
		if out.Suggestions == nil {
			out.Suggestions = []authors.Suggestion{}
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	writeSuggestions(a.stdout, brand, ss, snippet)
	return nil
}

func writeSuggestions(w io.Writer, brand config.Brand, ss []authors.Suggestion, snippet []byte) {
	var add, look int
	for _, s := range ss {
		switch {
		case s.LookAlike:
			look++
		case !s.Configured:
			add++
		}
	}
	fmt.Fprintf(w, "%d possible %s account(s) to confirm, %d look-alike(s) to watch\n", add, clean(brand.Name), look)
	for _, s := range ss {
		tag := "suggest"
		switch {
		case s.LookAlike:
			tag = "LOOK-ALIKE"
		case s.Configured:
			tag = "configured"
		}
		fmt.Fprintf(w, "\n%-10s %s on %s  (%d post(s))\n", tag, clean(s.Name), clean(s.Host), s.Posts)
		if s.AuthorURL != "" {
			fmt.Fprintf(w, "  %s\n", clean(s.AuthorURL))
		}
		for _, e := range s.Evidence {
			fmt.Fprintf(w, "  - %s\n", clean(e))
		}
	}
	if add == 0 {
		fmt.Fprintf(w, "\nNothing to add to the config.\n")
		return
	}
	fmt.Fprintf(w, "\n# Under brands -> name: %s -> accounts: in earshot.yaml, in place of its usernames: and\n", clean(brand.Name))
	fmt.Fprintf(w, "# badges: (the ones it has are kept). Delete what is not %s's before saving.\n", clean(brand.Name))
	w.Write(snippet)
}
