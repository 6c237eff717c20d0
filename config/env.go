package config

import (
	"fmt"
	"strings"
)

// expandEnv replaces ${NAME} and ${NAME:-default} in s with values from
// lookup, and $$ with a literal $. As in the shell, the default is used when
// NAME is unset or empty. A $ followed by anything else is kept as is, so
// that values such as passwords rarely need escaping. It returns every
// problem found, not just the first.
func expandEnv(s string, lookup func(string) (string, bool)) (string, []error) {
	if !strings.Contains(s, "$") {
		return s, nil
	}
	var (
		b    strings.Builder
		errs []error
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '$' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		switch s[i+1] {
		case '$':
			b.WriteByte('$')
			i++
		case '{':
			end := strings.IndexByte(s[i+2:], '}')
			if end < 0 {
				errs = append(errs, fmt.Errorf("%w: unterminated ${ in %q", ErrInvalid, s))
				b.WriteString(s[i:])
				return b.String(), errs
			}
			ref := s[i+2 : i+2+end]
			name, def, hasDef := strings.Cut(ref, ":-")
			switch {
			case !validEnvName(name):
				errs = append(errs, fmt.Errorf("%w: bad environment variable name %q in ${%s}", ErrInvalid, name, ref))
			default:
				v, ok := lookup(name)
				switch {
				case ok && (v != "" || !hasDef):
					b.WriteString(v)
				case hasDef:
					b.WriteString(def)
				default:
					errs = append(errs, fmt.Errorf("%w: %s", ErrUnsetEnv, name))
				}
			}
			i += 2 + end
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), errs
}

// validEnvName reports whether name is a portable environment variable name.
func validEnvName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
