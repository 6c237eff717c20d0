// Package export writes the follow-up queue in formats other tools import.
package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/earshot-dev/earshot/followup"
)

// columns is the header row, in column order. It is a constant string rather
// than a slice variable so that no package-level state can be changed.
const columns = "external_id,brand,state,url,source,author,title,snippet,sentiment,score,published,due,age_hours,reason,answer_url"

// CSVWriter encodes follow-up items as RFC 4180 CSV with CRLF line endings,
// one row per Encode, for import into a CRM. Every cell is passed through
// Neutralize, because post authors, titles and text come from strangers and
// a spreadsheet would otherwise run them as formulas.
type CSVWriter struct {
	// Now is the time age_hours is measured from. NewCSVWriter sets it to
	// the current time; set it before the first Encode for a fixed export.
	Now time.Time

	w           *csv.Writer
	wroteHeader bool
}

// NewCSVWriter returns a writer that encodes items to w.
func NewCSVWriter(w io.Writer) *CSVWriter {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &CSVWriter{Now: time.Now(), w: cw}
}

// Encode writes one item, preceded by the header row on the first call.
func (w *CSVWriter) Encode(it followup.Item) error {
	if err := w.header(); err != nil {
		return err
	}
	age := ""
	if !it.Published.IsZero() {
		age = strconv.FormatFloat(w.Now.Sub(it.Published).Hours(), 'f', 1, 64)
	}
	row := []string{
		it.ID, it.Brand, it.State, it.URL, it.Source, it.Author, it.Title, it.Snippet,
		it.Sentiment, strconv.FormatFloat(it.Score, 'f', 4, 64), timeCell(it.Published), timeCell(it.Due),
		age, it.Reason, it.AnswerURL,
	}
	for i, c := range row {
		row[i] = Neutralize(c)
	}
	if err := w.w.Write(row); err != nil {
		return fmt.Errorf("export: write item %s: %w", it.ID, err)
	}
	return nil
}

func (w *CSVWriter) header() error {
	if w.wroteHeader {
		return nil
	}
	w.wroteHeader = true
	if err := w.w.Write(strings.Split(columns, ",")); err != nil {
		return fmt.Errorf("export: write header: %w", err)
	}
	return nil
}

// Close writes the header if no item was encoded, so that an empty queue is
// still a valid import file, then flushes buffered rows and reports the first
// error met while writing. It does not close the underlying writer, which
// belongs to the caller.
func (w *CSVWriter) Close() error {
	if err := w.header(); err != nil {
		return err
	}
	w.w.Flush()
	if err := w.w.Error(); err != nil {
		return fmt.Errorf("export: flush csv: %w", err)
	}
	return nil
}

func timeCell(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// Neutralize defuses CSV injection as OWASP recommends: a cell a spreadsheet
// could read as a formula gets a leading single quote, which makes it text.
// That is any cell beginning with '=', '+', '-', '@', tab or carriage return,
// or beginning with other white space followed by '=', '+', '-' or '@',
// since some spreadsheets skip leading spaces before parsing a formula.
// There are no exceptions, not even for numbers such as a negative score:
// a rule with exceptions is a rule an attacker can aim at.
func Neutralize(cell string) string {
	if cell == "" {
		return cell
	}
	if cell[0] == '\t' || cell[0] == '\r' {
		return "'" + cell
	}
	rest := strings.TrimLeftFunc(cell, unicode.IsSpace)
	if rest != "" && strings.IndexByte("=+-@", rest[0]) >= 0 {
		return "'" + cell
	}
	return cell
}
