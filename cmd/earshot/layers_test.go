package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// allowed lists, for each package, the earshot packages it may import. Data
// flows one way (config -> crawler -> classify -> index -> follow-up ->
// export); a lower package never imports a higher one. The same rules are in
// .golangci.yml for depguard; this test keeps them true without the linter.
var allowed = map[string][]string{
	"post":     {},
	"config":   {},
	"state":    {},
	"demo":     {},
	"extract":  {"post"},
	"crawler":  {"config", "extract", "post", "state"},
	"classify": {"config", "post"},
	"index":    {"post"},
	"followup": {"classify", "config", "post"},
	"export":   {"config", "followup", "post"},
	"authors":  {"classify", "config", "followup", "post"},
	"eval":     {"classify", "config", "extract", "post"},
	"ingest":   {"classify", "config", "crawler", "followup", "index", "post", "state"},
}

const module = "github.com/earshot-dev/earshot/"

func TestLayering(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		top := strings.SplitN(pkg, "/", 2)[0]
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasPrefix(ip, "github.com/blevesearch/") && top != "index" {
				t.Errorf("%s imports %s: only package index may use bleve", path, ip)
			}
			dep, ok := strings.CutPrefix(ip, module)
			// Commands (cmd/earshot, the trainers under classify/train)
			// wire packages together; the rules are for libraries.
			if !ok || top == "cmd" || f.Name.Name == "main" {
				continue
			}
			depTop := strings.SplitN(dep, "/", 2)[0]
			if depTop == top {
				continue
			}
			rules, known := allowed[top]
			if !known {
				t.Errorf("%s: package %s has no layering rule: add it to allowed", path, top)
				continue
			}
			if !slices.Contains(rules, depTop) {
				t.Errorf("%s imports %s: %s may import only %v", path, ip, top, rules)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
