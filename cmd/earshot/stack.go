package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/index"
	"github.com/earshot-dev/earshot/state"
)

// loadConfig reads the config named by --config. Every problem in it is
// printed, one per line, and the command exits 2.
func (a *app) loadConfig() (*config.Config, error) {
	cfg, err := config.Load(a.configPath)
	if err != nil {
		var errs config.Errors
		if errors.As(err, &errs) {
			for _, e := range errs {
				fmt.Fprintln(a.stderr, e)
			}
			return nil, usagef("%s: %d problem(s)", a.configPath, len(errs))
		}
		return nil, usageError{err}
	}
	return cfg, nil
}

// stack is the on-disk data of a config: the index and the state store that
// sits beside it.
type stack struct {
	ix *index.Index
	st *state.Store
}

func indexDir(cfg *config.Config) string { return filepath.Join(cfg.Index.Path, "index") }
func stateFile(cfg *config.Config) string {
	return filepath.Join(cfg.Index.Path, "state.db")
}

// open opens the index and the state store of cfg, creating them if absent.
func open(cfg *config.Config) (*stack, error) {
	st, err := state.Open(stateFile(cfg))
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(indexDir(cfg))
	if err != nil {
		st.Close()
		return nil, err
	}
	return &stack{ix: ix, st: st}, nil
}

func (s *stack) Close() error {
	return errors.Join(s.ix.Close(), s.st.Close())
}
