package eval

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A labelled file found under a data directory: the dev sets by their known
// names, and any other file in one of their formats under its own name, so
// that `earshot eval classify --data DIR` scores corpora it has never seen
// (news editorials, movie reviews, other tweets) the same way.
type labelledFile struct {
	name, path string
	format     labelledFormat
	data       []byte // the file's bytes, read once by discovery
	dev        bool   // one of the dev sets, known by its path
	// parsed is the sentiment set the sniffer read an unknown file as,
	// so that it is not parsed again; nil for known files and complaints.
	parsed *SentimentSet
}

// sha256 is the file's digest in lower-case hex, as the trainers record
// the files they trained on.
func (f labelledFile) sha256() string { return fmt.Sprintf("%x", sha256.Sum256(f.data)) }

type labelledFormat int

const (
	formatRated      labelledFormat = iota // id \t mean rating \t text (VADER)
	formatTwoClass                         // sentence \t 0|1 (UCI)
	formatComplaints                       // CSV: tweet_id,text,label,domain
	formatTable                            // CSV, TSV or JSON lines naming a text and a label column (labeltable.go)
)

// labelledFolder is the folder of the shared data directory that holds
// the dev sets; the known files' paths are relative to it.
const labelledFolder = "sentiment"

// maxLabelledFileSize bounds what discovery reads: labelled sentence sets
// are a few megabytes at most.
const maxLabelledFileSize = 64 << 20

// labelledExts are the extensions of the files discovery sniffs.
var labelledExts = []string{".txt", ".tsv", ".csv", ".jsonl", ".ndjson"}

// skippedFile is a file discovery looked at and could not read as any
// labelled format, with the reason, for the table's notes.
type skippedFile struct {
	path   string
	reason string
}

// discoverLabelled walks dir, the whole tree, for labelled files. Known
// dev files keep their names and come first, in sentimentFiles order with
// ComplaintsFile last; they are known by their path under dir or under its
// sentiment/ folder, so dir may be the shared data directory or that
// folder. Any other file with one of labelledExts is sniffed: it is a set
// when every non-blank line parses in one of the formats, named by its path
// without the extension, a leading "sentiment/" and a "_GroundTruth" or
// "_labelled" suffix. A held-out corpus beside sentiment/ (news/, other
// tweets/) is found as well as one inside it. Files that fit no format are
// returned as skipped, with why. Every file is read once, here: the loaders
// parse the bytes discovery kept.
func discoverLabelled(dir string) ([]labelledFile, []skippedFile, error) {
	type knownFile struct {
		labelledFile
		rank int
	}
	known := map[string]knownFile{}
	for i, f := range sentimentFiles {
		k := knownFile{labelledFile{name: f.name, format: formatRated, dev: true}, i}
		if f.twoClass {
			k.format = formatTwoClass
		}
		known[f.file] = k
	}
	known[strings.TrimPrefix(ComplaintsFile, labelledFolder+"/")] = knownFile{labelledFile{name: "complaints", format: formatComplaints, dev: true}, len(sentimentFiles)}

	var found []knownFile
	var skipped []skippedFile
	unknownRank := len(known) // after every known file
	visit := func(path, rel string, d fs.DirEntry) error {
		// Known files go by slash-separated paths under dir or its
		// sentiment/ folder.
		rel = strings.TrimPrefix(filepath.ToSlash(rel), labelledFolder+"/")
		k, isKnown := known[rel]
		ext := strings.ToLower(filepath.Ext(path))
		if !isKnown && (!slices.Contains(labelledExts, ext) || documentation(d.Name())) {
			return nil
		}
		data, why := readLabelled(path)
		if isKnown {
			if why != "" {
				return fmt.Errorf("%s: %s", path, why)
			}
			k.path, k.data = path, data
			found = append(found, k)
			delete(known, rel) // a second copy (dir/x and dir/sentiment/x) is an ordinary file
			return nil
		}
		var format labelledFormat
		var parsed *SentimentSet
		if why == "" {
			format, parsed, why = sniffLabelled(path, ext, data)
		}
		if why != "" {
			skipped = append(skipped, skippedFile{path, why})
			return nil
		}
		name := strings.TrimSuffix(rel, filepath.Ext(rel))
		for _, suffix := range []string{"_GroundTruth", "_labelled"} {
			name = strings.TrimSuffix(name, suffix)
		}
		found = append(found, knownFile{labelledFile{name: name, path: path, format: format, data: data, parsed: parsed}, unknownRank})
		return nil
	}
	// WalkDir follows no symbolic link, not even its root: a directory
	// that is a link (dir itself, or a corpus linked in under it) is
	// walked where it points, once, and its files are named under the
	// link. seen holds the real paths walked, so a link back up the tree
	// is not followed round.
	seen := map[string]bool{}
	var walk func(shown string) error
	walk = func(shown string) error {
		root, err := filepath.EvalSymlinks(shown)
		if err != nil {
			return err
		}
		if seen[root] {
			return nil
		}
		seen[root] = true
		return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			sub, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			path = filepath.Join(shown, sub)
			if d.Type()&fs.ModeSymlink != 0 {
				if st, err := os.Stat(path); err == nil && st.IsDir() {
					return walk(path)
				}
			}
			rel, err := filepath.Rel(dir, path)
			if err != nil {
				return err
			}
			if rel == "." { // dir is the file itself: named as under a data folder
				rel = filepath.Base(path)
				for key := range known {
					if strings.HasSuffix(filepath.ToSlash(path), "/"+key) {
						rel = key
					}
				}
			}
			return visit(path, rel, d)
		})
	}
	err := walk(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("eval: %w", err)
	}
	slices.SortStableFunc(found, func(a, b knownFile) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.path, b.path))
	})
	files := make([]labelledFile, len(found))
	for i, f := range found {
		files[i] = f.labelledFile
	}
	return files, skipped, nil
}

// readLabelled reads a candidate file whole, or says why not: labelled
// sets are a few megabytes at most.
func readLabelled(path string) ([]byte, string) {
	info, err := os.Stat(path) // through a link, to what it names
	if err != nil {
		return nil, err.Error()
	}
	if !info.Mode().IsRegular() {
		return nil, "not a regular file"
	}
	if info.Size() > maxLabelledFileSize {
		return nil, fmt.Sprintf("larger than %d MB", maxLabelledFileSize>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err.Error()
	}
	defer f.Close()
	// The size is checked again as read: the file may grow meanwhile.
	b, err := io.ReadAll(io.LimitReader(f, maxLabelledFileSize+1))
	if err != nil {
		return nil, err.Error()
	}
	if len(b) > maxLabelledFileSize {
		return nil, fmt.Sprintf("larger than %d MB", maxLabelledFileSize>>20)
	}
	return b, ""
}

// sniffLabelled decides the format of an unknown file by parsing it whole:
// a format counts only if every line parses, so a README or a log never
// becomes a data set. It returns the sentiment set it parsed (nil for
// complaints), or the reason when no format fits.
func sniffLabelled(path, ext string, b []byte) (labelledFormat, *SentimentSet, string) {
	if len(bytes.TrimSpace(b)) == 0 {
		return 0, nil, "empty"
	}
	var table SentimentSet
	errTable := parseTable(b, ext, &table)
	if ext == ".jsonl" || ext == ".ndjson" {
		if errTable != nil {
			return 0, nil, "not JSON lines with a text and a label: " + errTable.Error()
		}
		return formatTable, &table, ""
	}
	if ext == ".csv" {
		_, errComplaints := parseComplaints(bytes.NewReader(b), path)
		switch {
		case errComplaints == nil && (errTable != nil || complaintsHeader(b)):
			// A 4-column table of sentiment labels ("id,sentence,label,
			// source") parses as complaints too: a header that names
			// other columns than tweet_id,text,label,domain makes it a
			// table.
			return formatComplaints, nil, ""
		case errTable == nil:
			return formatTable, &table, ""
		}
		return 0, nil, fmt.Sprintf("neither a complaints CSV (tweet_id,text,label,domain: %v) nor a labelled table (%v)", errComplaints, errTable)
	}
	var set SentimentSet
	errRated := parseRated(b, &set)
	if errRated == nil {
		errRated = textNotNumbers(b)
	}
	if errRated == nil && errTable == nil {
		// "id \t stars \t review" parses as VADER's ratings too, but a
		// header that names a text and a label column is a table's, and
		// its numbers are labels on a scale, not mean ratings.
		return formatTable, &table, ""
	}
	if errRated == nil {
		return formatRated, &set, ""
	}
	set = SentimentSet{}
	errTwo := parseUCI(b, &set)
	if errTwo == nil {
		errTwo = mostlyColumns(b, 1)
	}
	if errTwo == nil {
		return formatTwoClass, &set, ""
	}
	if errTable == nil {
		return formatTable, &table, ""
	}
	return 0, nil, fmt.Sprintf("neither id\\trating\\ttext (%v) nor sentence\\t0|1 (%v) nor a labelled table (%v)", errRated, errTwo, errTable)
}

// complaintsHeader reports whether a CSV's first line names the complaint
// set's last column, "domain": a header like "tweet_id,text,label,domain".
func complaintsHeader(b []byte) bool {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	fields := bytes.Split(bytes.TrimSpace(line), []byte(","))
	return len(fields) == 4 && strings.EqualFold(string(bytes.Trim(fields[3], `" `)), "domain")
}

// mostlyColumns checks that most non-blank lines of b have exactly n tabs,
// as a UCI file's "sentence \t 0|1" lines do: parseUCI reads the label off
// the last field and would take any table whose last column is 0 or 1 (a
// spreadsheet of page features, say) for sentences. A table has its
// columns on every line; a file of sentences may have a tab inside a few
// of them, which parseUCI reads as part of the sentence.
func mostlyColumns(b []byte, n int) error {
	lines, fit, example, exampleCols := 0, 0, 0, 0
	for i, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		lines++
		if tabs := bytes.Count(line, []byte("\t")); tabs == n {
			fit++
		} else if example == 0 {
			example, exampleCols = i+1, tabs+1
		}
	}
	if 2*fit < lines {
		return fmt.Errorf("%d of %d lines have %d tab-separated columns (line %d has %d)", fit, lines, n+1, example, exampleCols)
	}
	return nil
}

// textNotNumbers checks that no line of a file parseRated read is a row
// of numbers: VADER's *_anonDataRatings.txt files ("id \t mean \t
// standard deviation \t raw ratings") would otherwise pass for sets whose
// texts are numbers. Such a line has a fourth column and a number in the
// third; a text may hold tabs of its own, and a text that is a number
// alone ("1." of a list) has no fourth column.
func textNotNumbers(b []byte) error {
	for i, line := range bytes.Split(b, []byte("\n")) {
		parts := strings.SplitN(string(bytes.TrimRight(line, "\r")), "\t", 4)
		if len(parts) < 4 {
			continue
		}
		if _, err := strconv.ParseFloat(strings.TrimSpace(parts[2]), 64); err == nil {
			return fmt.Errorf("line %d: a number (%s) where the text should be", i+1, strings.TrimSpace(parts[2]))
		}
	}
	return nil
}

// documentation reports a file that describes data rather than holding it
// (README.txt, ORIGINAL_readme.txt, LICENSE.txt): not worth a "skipped" note.
func documentation(name string) bool {
	low := strings.ToLower(name)
	for _, w := range []string{"readme", "license", "licence", "copying", "sources"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
