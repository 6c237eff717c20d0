// Package export writes the follow-up queue as CSV files that CRMs import
// unchanged: HubSpot tickets, Salesforce cases (Data Loader) and a generic
// file with every field. It also holds the pure logic of incremental
// exports: a fingerprint per item, a cursor of what was exported, and the
// manifest written beside each file.
package export

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/followup"
)

// Preset names.
const (
	PresetHubSpot    = "hubspot"
	PresetSalesforce = "salesforce"
	PresetGeneric    = "generic"
)

// Presets lists the preset names NewWriter accepts, in the order help text
// shows them. Treat it as read-only.
var Presets = []string{PresetHubSpot, PresetSalesforce, PresetGeneric}

// ErrUnknownPreset is returned by NewWriter and Columns for a preset name
// not in Presets.
var ErrUnknownPreset = errors.New("export: unknown preset")

// bom is the UTF-8 byte order mark. Excel needs it to read a CSV file as
// UTF-8 instead of the system code page; CRM importers ignore it.
const bom = "\uFEFF"

// Options tune a Writer.
type Options struct {
	// Now is the time ages are measured from and the manifest's creation
	// time. Zero means the time NewWriter is called.
	Now time.Time
	// BOM starts the file with a UTF-8 byte order mark, for Excel.
	BOM bool
	// HubSpot and Salesforce map the queue onto the CRM's values; empty
	// fields take the documented defaults.
	HubSpot    config.HubSpotExport
	Salesforce config.SalesforceExport
	// NullValue, when set, is written in place of an empty optional cell
	// of the salesforce preset. Set it to "#N/A" when loading with Data
	// Loader's Bulk API, which ignores empty cells on update (so a value
	// that went away, such as the answer of a reopened item, would stay)
	// but sets a field to null for "#N/A". Leave it empty for the SOAP
	// API, which stores "#N/A" as text and fails it on date fields.
	NullValue string
}

// Writer encodes follow-up items as RFC 4180 CSV with CRLF line endings in
// one preset's columns, one row per Encode. Every cell, header included,
// passes through Neutralize, because authors, titles and text come from
// strangers and a spreadsheet would otherwise run them as formulas.
//
// The Writer hashes and counts the bytes it writes, so that the manifest
// beside the file can give its SHA-256 without reading it back.
type Writer struct {
	p   preset
	opt Options
	cw  *csv.Writer
	out *hashWriter

	wroteHeader bool
	rows        int
	states      map[string]int
	overdue     int
	err         error
}

// NewWriter returns a writer that encodes items to w in the named preset.
// It writes nothing until the first Encode or Close.
func NewWriter(w io.Writer, preset string, opt Options) (*Writer, error) {
	p, ok := lookup(preset)
	if !ok {
		return nil, fmt.Errorf("%w %q (want one of %s)", ErrUnknownPreset, preset, strings.Join(Presets, ", "))
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	out := &hashWriter{w: w, h: sha256.New()}
	cw := csv.NewWriter(out)
	cw.UseCRLF = true
	return &Writer{p: p, opt: opt, cw: cw, out: out, states: map[string]int{}}, nil
}

// Columns returns the header row of a preset.
func Columns(preset string) ([]string, error) {
	p, ok := lookup(preset)
	if !ok {
		return nil, fmt.Errorf("%w %q (want one of %s)", ErrUnknownPreset, preset, strings.Join(Presets, ", "))
	}
	return slices.Clone(p.columns), nil
}

// Encode writes one item, preceded by the header row on the first call.
// Rows are buffered: a write error may only surface at Close.
func (w *Writer) Encode(it followup.Item) error {
	if err := w.header(); err != nil {
		return err
	}
	row := w.p.row(w, &it)
	if len(row) != len(w.p.columns) {
		// A preset whose row and header disagree is a bug here, not bad
		// input; report it rather than write a file that imports wrong.
		return fmt.Errorf("export: %s row for %s has %d cells, header has %d", w.p.name, it.ID, len(row), len(w.p.columns))
	}
	for i, c := range row {
		row[i] = cell(c)
	}
	if err := w.cw.Write(row); err != nil {
		w.err = err
		return fmt.Errorf("export: write item %s: %w", it.ID, err)
	}
	w.rows++
	w.states[it.State]++
	if it.Overdue {
		w.overdue++
	}
	return nil
}

func (w *Writer) header() error {
	if w.wroteHeader {
		return w.err
	}
	w.wroteHeader = true
	if w.opt.BOM {
		// Straight to the hashing writer, so that the manifest's digest
		// covers it; nothing is buffered yet, so it comes first.
		if _, err := w.out.Write([]byte(bom)); err != nil {
			w.err = fmt.Errorf("export: write bom: %w", err)
			return w.err
		}
	}
	hdr := make([]string, len(w.p.columns))
	for i, c := range w.p.columns {
		hdr[i] = cell(c)
	}
	if err := w.cw.Write(hdr); err != nil {
		w.err = fmt.Errorf("export: write header: %w", err)
		return w.err
	}
	return nil
}

// Close writes the header if no item was encoded, so that an empty queue is
// still a valid import file, flushes buffered rows and reports the first
// error met while writing. It does not close the underlying writer, which
// belongs to the caller.
func (w *Writer) Close() error {
	if err := w.header(); err != nil {
		return err
	}
	w.cw.Flush()
	if err := w.cw.Error(); err != nil {
		return fmt.Errorf("export: flush csv: %w", err)
	}
	return nil
}

// Rows is the number of items encoded so far (the header is not a row).
func (w *Writer) Rows() int { return w.rows }

// Bytes is the number of bytes written to the underlying writer so far;
// after Close it is the file's size.
func (w *Writer) Bytes() int64 { return w.out.n }

// Sum is the lowercase hex SHA-256 of the bytes written so far; after
// Close it is the digest of the whole file, BOM included.
func (w *Writer) Sum() string { return hex.EncodeToString(w.out.h.Sum(nil)) }

// Manifest describes the file after Close: file is its name as the caller
// stores it, since the time of the previous export it continues (zero for
// a full export).
func (w *Writer) Manifest(file string, since time.Time) Manifest {
	states := make(map[string]int, len(followup.States))
	for _, s := range followup.States {
		states[s] = 0
	}
	for s, n := range w.states {
		states[s] = n
	}
	return Manifest{
		File:    file,
		Preset:  w.p.name,
		Rows:    w.rows,
		States:  states,
		Overdue: w.overdue,
		Since:   since.UTC(),
		Created: w.opt.Now.UTC(),
		Bytes:   w.Bytes(),
		SHA256:  w.Sum(),
	}
}

// hashWriter passes writes through to w and hashes and counts the bytes w
// accepted.
type hashWriter struct {
	w io.Writer
	h hash.Hash
	n int64
}

func (hw *hashWriter) Write(p []byte) (int, error) {
	n, err := hw.w.Write(p)
	hw.h.Write(p[:n])
	hw.n += int64(n)
	return n, err
}

// cell makes one text valid UTF-8 (a CRM importer rejects the whole file
// otherwise) and neutralises it.
func cell(s string) string {
	return Neutralize(strings.ToValidUTF8(s, "\uFFFD"))
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

// truncate cuts s to at most n characters (runes), ending in an ellipsis
// when it cut, for CRM fields with a length limit.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return ""
	}
	i, k := 0, 0
	for j := range s {
		if k == n-1 {
			i = j
			break
		}
		k++
	}
	return strings.TrimRightFunc(s[:i], unicode.IsSpace) + "…"
}
