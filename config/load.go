package config

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxNodes bounds the nodes visited while decoding, counting each alias
// expansion, so that a "billion laughs" file fails instead of hanging.
const maxNodes = 100_000

// Load reads the config file at path; see Parse.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data)
}

// Parse reads a config from data, expanding ${NAME} references from the
// process environment; see ParseEnv.
func Parse(name string, data []byte) (*Config, error) {
	return ParseEnv(name, data, os.LookupEnv)
}

// ParseEnv reads a config from data, naming it name in messages. It rejects
// unknown keys, expands ${NAME} and ${NAME:-default} in values (never in keys)
// with lookup, applies defaults, records the line of each brand and source,
// resolves a relative index.path against the directory of name (unless name
// is "" or "-", meaning standard input), and validates the result.
//
// On any problem the error is an Errors listing every problem found, and the
// config is as complete as could be made (nil only on a YAML syntax error).
// A nil lookup treats every variable as unset.
func ParseEnv(name string, data []byte, lookup func(string) (string, bool)) (*Config, error) {
	if lookup == nil {
		lookup = func(string) (string, bool) { return "", false }
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, Errors{syntaxError(name, err)}
	}
	c := &Config{File: name}
	// Defaults go in before decoding so that an explicit zero in the file,
	// such as "delay: 0", is kept.
	c.SetDefaults()
	d := &decoder{
		file:   name,
		lookup: lookup,
		lines:  make(map[string]int),
		failed: make(map[string]bool),
		active: make(map[*yaml.Node]bool),
		budget: maxNodes,
	}
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		d.decode(root.Content[0], reflect.ValueOf(c).Elem(), "")
	}
	c.setEntryDefaults()
	if name != "" && name != "-" && c.Index.Path != "" && !filepath.IsAbs(c.Index.Path) {
		c.Index.Path = filepath.Join(filepath.Dir(name), c.Index.Path)
	}
	errs := append(d.errs, c.validate(d.lines, d.failed)...)
	// File order reads best; problems without a line (such as a missing
	// section) go last.
	slices.SortStableFunc(errs, func(a, b *Error) int {
		return cmp.Compare(lineOrder(a.Line), lineOrder(b.Line))
	})
	return c, errs.err()
}

func lineOrder(line int) int {
	if line <= 0 {
		return int(^uint(0) >> 1)
	}
	return line
}

// syntaxError turns a YAML parser error ("yaml: line 3: did not find...")
// into an Error with the line split out.
func syntaxError(file string, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, tail
			}
		}
	}
	return &Error{File: file, Line: line, Err: fmt.Errorf("%w: yaml syntax: %s", ErrInvalid, msg)}
}

// decoder walks a yaml.Node tree against the Config struct, so that every
// problem gets its line and dotted key and one bad value does not hide the
// next. It replaces yaml's own decoding, which stops at a syntax-level
// problem and does not name keys.
type decoder struct {
	file   string
	lookup func(string) (string, bool)
	lines  map[string]int  // key path -> line, for Validate's messages
	failed map[string]bool // key paths already reported, so Validate stays quiet
	active map[*yaml.Node]bool
	budget int
	errs   Errors
}

func (d *decoder) fail(line int, key string, err error) {
	d.failed[key] = true
	d.errs = append(d.errs, &Error{File: d.file, Line: line, Key: key, Err: err})
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, key string) {
	d.budget--
	if d.budget < 0 {
		if d.budget == -1 {
			d.fail(n.Line, key, fmt.Errorf("%w: document too large (more than %d nodes with aliases expanded)", ErrInvalid, maxNodes))
		}
		return
	}
	if n.Kind == yaml.AliasNode {
		t := n.Alias
		if t == nil || d.active[t] {
			d.fail(n.Line, key, fmt.Errorf("%w: alias *%s refers to itself", ErrInvalid, n.Value))
			return
		}
		d.active[t] = true
		d.decode(t, v, key)
		delete(d.active, t)
		return
	}
	if _, ok := v.Addr().Interface().(yaml.Unmarshaler); ok {
		d.scalar(n, v, key)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.mapping(n, v, key)
	case reflect.Slice:
		d.sequence(n, v, key)
	case reflect.Map:
		d.hosts(n, v, key)
	default:
		d.scalar(n, v, key)
	}
}

// mapping decodes a struct, reporting keys that match no yaml tag.
func (d *decoder) mapping(n *yaml.Node, v reflect.Value, key string) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.fail(n.Line, key, fmt.Errorf("%w: want a mapping, got %s", ErrInvalid, kindName(n)))
		return
	}
	names, index := yamlFields(v.Type())
	seen := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.fail(k.Line, key, fmt.Errorf("%w: a key must be a plain string, got %s", ErrInvalid, kindName(k)))
			continue
		}
		if k.Tag == "!!merge" {
			d.merge(val, v, key)
			continue
		}
		path := joinKey(key, k.Value)
		f, ok := index[k.Value]
		if !ok {
			d.fail(k.Line, path, unknownKey(k.Value, names))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.fail(k.Line, path, fmt.Errorf("%w: key repeated (first at line %d)", ErrInvalid, first))
			continue
		}
		seen[k.Value] = k.Line
		d.lines[path] = k.Line
		d.decode(val, v.Field(f), path)
	}
}

// merge applies a "<<: *anchor" merge key: the merged mappings are decoded
// into v first-come, and keys written after the merge override them.
func (d *decoder) merge(n *yaml.Node, v reflect.Value, key string) {
	if n.Kind == yaml.SequenceNode {
		for _, item := range n.Content {
			d.decode(item, v, key)
		}
		return
	}
	d.decode(n, v, key)
}

// sequence decodes a list, setting the Line field of struct items.
func (d *decoder) sequence(n *yaml.Node, v reflect.Value, key string) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n.Line, key, fmt.Errorf("%w: want a list, got %s", ErrInvalid, kindName(n)))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		path := key + "[" + strconv.Itoa(i) + "]"
		d.lines[path] = item.Line
		e := s.Index(i)
		if e.Kind() == reflect.Struct {
			if f := e.FieldByName("Line"); f.IsValid() && f.Kind() == reflect.Int {
				f.SetInt(int64(item.Line))
			}
		}
		d.decode(item, e, path)
	}
	v.Set(s)
}

// hosts decodes a map with free-form keys, such as accounts.usernames.
func (d *decoder) hosts(n *yaml.Node, v reflect.Value, key string) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.fail(n.Line, key, fmt.Errorf("%w: want a mapping, got %s", ErrInvalid, kindName(n)))
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	seen := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.fail(k.Line, key, fmt.Errorf("%w: a key must be a plain string, got %s", ErrInvalid, kindName(k)))
			continue
		}
		path := joinKey(key, k.Value)
		if first, dup := seen[k.Value]; dup {
			d.fail(k.Line, path, fmt.Errorf("%w: key repeated (first at line %d)", ErrInvalid, first))
			continue
		}
		seen[k.Value] = k.Line
		d.lines[path] = k.Line
		e := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, e, path)
		m.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), e)
	}
	v.Set(m)
}

// scalar decodes a leaf value after expanding environment variables in it.
// A null value (a key with nothing after it) keeps the default.
func (d *decoder) scalar(n *yaml.Node, v reflect.Value, key string) {
	if n.Kind != yaml.ScalarNode {
		d.fail(n.Line, key, fmt.Errorf("%w: want a single value, got %s", ErrInvalid, kindName(n)))
		return
	}
	if isNull(n) {
		return
	}
	s, errs := expandEnv(n.Value, d.lookup)
	for _, err := range errs {
		d.fail(n.Line, key, err)
	}
	if len(errs) > 0 {
		return
	}
	c := *n
	c.Value = s
	if s != n.Value && c.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		c.Tag = "" // let yaml resolve the expanded text afresh, e.g. as an int
	}
	if u, ok := v.Addr().Interface().(yaml.Unmarshaler); ok {
		if err := u.UnmarshalYAML(&c); err != nil {
			d.fail(n.Line, key, err)
		}
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Int, reflect.Int64, reflect.Int32:
		i, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			if c.Decode(&i) != nil {
				d.fail(n.Line, key, fmt.Errorf("%w: %q is not a whole number", ErrInvalid, s))
				return
			}
		}
		if v.OverflowInt(i) {
			d.fail(n.Line, key, fmt.Errorf("%w: %q is too large", ErrInvalid, s))
			return
		}
		v.SetInt(i)
	case reflect.Float64:
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			d.fail(n.Line, key, fmt.Errorf("%w: %q is not a number", ErrInvalid, s))
			return
		}
		v.SetFloat(f)
	case reflect.Bool:
		var b bool
		if c.Decode(&b) != nil {
			var err error
			if b, err = strconv.ParseBool(strings.TrimSpace(s)); err != nil {
				d.fail(n.Line, key, fmt.Errorf("%w: %q is not true or false", ErrInvalid, s))
				return
			}
		}
		v.SetBool(b)
	default:
		// Only reachable if Config grows a field of a new kind.
		d.fail(n.Line, key, fmt.Errorf("%w: cannot decode into %s", ErrInvalid, v.Type()))
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

func joinKey(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// yamlFields returns the yaml names of t's fields in order, and an index
// from name to field number.
func yamlFields(t reflect.Type) ([]string, map[string]int) {
	var names []string
	index := make(map[string]int)
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || name == "" || !f.IsExported() {
			continue
		}
		names = append(names, name)
		index[name] = i
	}
	return names, index
}

// unknownKey builds the error for key, suggesting the closest known name
// within edit distance 2.
func unknownKey(key string, known []string) error {
	best, bestDist := "", 3
	for _, k := range known {
		if dist := editDistance(strings.ToLower(key), k); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best == "" {
		return fmt.Errorf("%w (known keys: %s)", ErrUnknownKey, strings.Join(known, ", "))
	}
	return fmt.Errorf("%w; did you mean %q?", ErrUnknownKey, best)
}

// editDistance is the optimal string alignment distance between a and b:
// Levenshtein plus adjacent transpositions, the commonest typo.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Keys are short; long garbage cannot be within distance 2 anyway.
	if len(ra) > 64 || len(rb) > 64 {
		return len(ra) + len(rb)
	}
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
