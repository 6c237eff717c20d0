package config

import (
	"bytes"
	_ "embed"
)

//go:embed template.yaml
var template []byte

// Template returns a commented earshot.yaml to start from: every key with a
// line on what it does and its default, one example brand and two example
// sources (a feed, and a site commented out). It parses and validates as is.
// The caller owns the returned slice.
func Template() []byte { return bytes.Clone(template) }
