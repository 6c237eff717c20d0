// Package eval measures earshot against labelled data: sentiment, complaint
// and extraction accuracy, printed as tables. It reads data sets from disk
// and is used by `earshot eval`; nothing in the pipeline imports it.
package eval

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Table is a titled grid of cells, printed with aligned columns.
type Table struct {
	Title  string
	Header []string
	Rows   [][]string
	// Notes are printed under the table (sources, anchors, caveats).
	Notes []string
}

// AddRow appends a row; cells are formatted with %v, floats with 3 decimals.
func (t *Table) AddRow(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.3f", v)
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.Rows = append(t.Rows, row)
}

// Write prints t as a Markdown table, which reads well in a terminal and
// pastes into the README unchanged.
func (t *Table) Write(w io.Writer) error {
	width := make([]int, len(t.Header))
	for i, h := range t.Header {
		width[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			if i < len(width) && utf8.RuneCountInString(c) > width[i] {
				width[i] = utf8.RuneCountInString(c)
			}
		}
	}
	var b strings.Builder
	if t.Title != "" {
		fmt.Fprintf(&b, "%s\n\n", t.Title)
	}
	line := func(cells []string) {
		b.WriteString("|")
		for i := range width {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			fmt.Fprintf(&b, " %s%s |", c, strings.Repeat(" ", width[i]-utf8.RuneCountInString(c)))
		}
		b.WriteString("\n")
	}
	line(t.Header)
	b.WriteString("|")
	for _, n := range width {
		b.WriteString(strings.Repeat("-", n+2) + "|")
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		line(r)
	}
	for _, n := range t.Notes {
		fmt.Fprintf(&b, "\n%s", n)
	}
	if len(t.Notes) > 0 {
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteSection is Write followed by a blank line, for a table among
// others: `earshot eval classify` prints several in a row.
func (t *Table) WriteSection(w io.Writer) error {
	if err := t.Write(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
