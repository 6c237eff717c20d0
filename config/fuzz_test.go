package config

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func FuzzParse(f *testing.F) {
	f.Add(Template())
	f.Add([]byte(minimal))
	files, _ := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("brands: &a [*a]\n"))
	f.Add([]byte("sources: [{schedule: TZ=x, url: '${A:-http://x}'}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lookup := env(map[string]string{"A": "1"})
		c, err := ParseEnv("fuzz.yaml", data, lookup)
		if err == nil {
			if c == nil {
				t.Fatal("got nil config and nil error")
			}
			if verr := c.Validate(); verr != nil {
				t.Errorf("Parse accepted a config that Validate rejects: %v", verr)
			}
			return
		}
		var errs Errors
		if !errors.As(err, &errs) || len(errs) == 0 {
			t.Fatalf("got error %T %v, want non-empty Errors", err, err)
		}
		for _, e := range errs {
			if e.Err == nil || e.Error() == "" {
				t.Errorf("got empty problem %+v", e)
			}
		}
	})
}
