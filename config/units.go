package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

const day = 24 * time.Hour

// ParseDuration reads a Duration as written in earshot.yaml: a Go duration
// ("90s", "1h30m"), a number of days optionally followed by a Go duration
// ("2d", "1d12h"), or a bare integer meaning seconds.
func ParseDuration(s string) (Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("%w: empty duration", ErrInvalid)
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n > math.MaxInt64/int64(time.Second) || n < math.MinInt64/int64(time.Second) {
			return 0, fmt.Errorf("%w: duration %q is too large", ErrInvalid, s)
		}
		return Duration(time.Duration(n) * time.Second), nil
	}
	if i := strings.IndexByte(s, 'd'); i > 0 {
		// Days are not a Go unit; read them here and let time.ParseDuration
		// read the rest, so "1d12h" works too.
		days, err := strconv.ParseInt(s[:i], 10, 64)
		if err == nil && days >= 0 {
			if days > math.MaxInt64/int64(day) {
				return 0, fmt.Errorf("%w: duration %q is too large", ErrInvalid, s)
			}
			d := time.Duration(days) * day
			if rest := s[i+1:]; rest != "" {
				r, err := time.ParseDuration(rest)
				if err != nil || r < 0 || d > math.MaxInt64-r {
					return 0, badDuration(s)
				}
				d += r
			}
			return Duration(d), nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, badDuration(s)
	}
	return Duration(d), nil
}

func badDuration(s string) error {
	return fmt.Errorf("%w: %q is not a duration (want e.g. 90s, 1h30m, 2d, or seconds)", ErrInvalid, s)
}

// Std returns d as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// String formats d the way it is written in earshot.yaml: whole days as "2d",
// otherwise a Go duration without trailing zero units ("1h30m", not "1h30m0s").
func (d Duration) String() string {
	td := time.Duration(d)
	if td > 0 && td%day == 0 {
		return strconv.FormatInt(int64(td/day), 10) + "d"
	}
	s := td.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// UnmarshalYAML reads a Duration from a scalar; see ParseDuration.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("%w: want a duration, got %s", ErrInvalid, kindName(n))
	}
	v, err := ParseDuration(n.Value)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalYAML writes d as a string, so that it reads back unchanged.
func (d Duration) MarshalYAML() (any, error) { return d.String(), nil }

// unitSize returns the size of a lower-case unit suffix. KB, MB and GB are
// 1000-based and KiB, MiB and GiB 1024-based, as their standards say.
func unitSize(unit string) (int64, bool) {
	switch unit {
	case "", "b":
		return 1, true
	case "k", "kb":
		return 1e3, true
	case "kib":
		return 1 << 10, true
	case "m", "mb":
		return 1e6, true
	case "mib":
		return 1 << 20, true
	case "g", "gb":
		return 1e9, true
	case "gib":
		return 1 << 30, true
	case "tb":
		return 1e12, true
	case "tib":
		return 1 << 40, true
	}
	return 0, false
}

// ParseByteSize reads a ByteSize: an integer number of bytes, or a number and
// a unit such as "512KiB", "10MiB", "10MB", "1GiB" or "100kb".
func ParseByteSize(s string) (ByteSize, error) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i < 0 {
		i = len(s)
	}
	num, unit := s[:i], strings.ToLower(strings.TrimSpace(s[i:]))
	mult, ok := unitSize(unit)
	if num == "" || !ok {
		return 0, badByteSize(s)
	}
	if n, err := strconv.ParseInt(num, 10, 64); err == nil {
		if n > math.MaxInt64/mult {
			return 0, fmt.Errorf("%w: size %q is too large", ErrInvalid, s)
		}
		return ByteSize(n * mult), nil
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, badByteSize(s)
	}
	v := f * float64(mult)
	if v >= math.MaxInt64 {
		return 0, fmt.Errorf("%w: size %q is too large", ErrInvalid, s)
	}
	return ByteSize(v), nil
}

func badByteSize(s string) error {
	return fmt.Errorf("%w: %q is not a size (want e.g. 1048576, 512KiB, 10MB)", ErrInvalid, s)
}

// String formats b with the largest unit that divides it exactly, preferring
// the 1024-based units ("10MiB"), and as plain bytes otherwise.
func (b ByteSize) String() string {
	if b > 0 {
		for _, u := range []struct {
			name string
			size ByteSize
		}{
			{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10},
			{"TB", 1e12}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3},
		} {
			if b%u.size == 0 {
				return strconv.FormatInt(int64(b/u.size), 10) + u.name
			}
		}
	}
	return strconv.FormatInt(int64(b), 10)
}

// UnmarshalYAML reads a ByteSize from a scalar; see ParseByteSize.
func (b *ByteSize) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("%w: want a size, got %s", ErrInvalid, kindName(n))
	}
	v, err := ParseByteSize(n.Value)
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// MarshalYAML writes b as a string, so that it reads back unchanged.
func (b ByteSize) MarshalYAML() (any, error) { return b.String(), nil }

// kindName names a node's kind for messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.DocumentNode:
		return "a document"
	case yaml.ScalarNode:
		return "a value"
	}
	return "nothing"
}
