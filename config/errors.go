package config

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinels that callers can test for with errors.Is on the error returned by
// Parse, Load or Validate. Their text is short because each is printed after
// the file, line and key of the problem.
var (
	// ErrUnknownKey marks a key that earshot does not know, usually a typo.
	ErrUnknownKey = errors.New("unknown key")
	// ErrMissing marks a required value that is absent or empty.
	ErrMissing = errors.New("required value missing")
	// ErrInvalid marks a value that does not parse or is out of range.
	ErrInvalid = errors.New("invalid value")
	// ErrUnsetEnv marks a ${NAME} reference to an unset environment variable
	// that has no ${NAME:-default}.
	ErrUnsetEnv = errors.New("environment variable not set")
)

// Error is one problem in a config file, with where it is.
type Error struct {
	File string // path of the file, "" when unknown
	Line int    // 1-based line, 0 when unknown
	Key  string // dotted path such as sources[2].url, "" for the whole file
	Err  error  // wraps one of the sentinels
}

// Error formats the problem as file:line: key: message, leaving out the parts
// that are unknown, so editors and terminals can jump to it.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteByte(':')
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteByte(':')
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("unknown problem")
	}
	return b.String()
}

// Unwrap returns the underlying error so errors.Is finds the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// Errors is every problem found in one config, in file order where known.
type Errors []*Error

// Error returns one problem per line.
func (es Errors) Error() string {
	lines := make([]string, 0, len(es))
	for _, e := range es {
		lines = append(lines, e.Error())
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems so that errors.Is and errors.As look at each.
func (es Errors) Unwrap() []error {
	out := make([]error, 0, len(es))
	for _, e := range es {
		out = append(out, e)
	}
	return out
}

// err returns es as an error, or a nil error (not a nil Errors) when empty.
func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}
