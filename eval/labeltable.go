package eval

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/earshot-dev/earshot/classify"
	"github.com/earshot-dev/earshot/post"
)

// Labelled tables: the other shapes in which sentiment corpora are handed
// round. A CSV (comma or semicolon), TSV or JSON-lines file whose header
// (or whose objects' keys) names a text column and a sentiment label
// column, such as a Kaggle export ("tweet_id,airline_sentiment,...,text")
// or STS-Gold ("id";"polarity";"tweet"); and Sentiment140's test file,
// which has no header: polarity,id,date,query,user,text. Labels are words
// (positive, negative, neutral, or pos, neg, neu) or numbers on a scale
// the file's values name exactly (see numericScales). Rows labelled
// otherwise ("irrelevant", "mixed", none) are left out, counted in the
// set's note; a file more than half of whose rows have no sentiment label
// is no sentiment set.

// textColumns and labelColumns are the names, lower-cased, that a header
// may give the text and the label, in order of preference.
var (
	textColumns  = []string{"text", "tweet", "tweet_text", "tweettext", "sentence", "review", "review_text", "reviewtext", "content", "body", "snippet", "comment"}
	labelColumns = []string{"label", "sentiment", "polarity", "airline_sentiment", "sentiment_label", "class", "target", "stars", "rating"}
)

// labelledRow is one labelled text as the file gives it.
type labelledRow struct{ text, label string }

// tableRows reads the text and raw label of every row of a labelled table
// in b, a file with extension ext, and says which columns they came from.
func tableRows(b []byte, ext string) (rows []labelledRow, columns string, err error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	switch ext {
	case ".jsonl", ".ndjson":
		return jsonlRows(b)
	case ".csv":
		recs, err := csvRecords(b, ',')
		if err == nil {
			rows, columns, err = labelledRecords(recs)
		}
		if err != nil { // STS-Gold separates with semicolons
			if recs2, err2 := csvRecords(b, ';'); err2 == nil {
				if rows2, columns2, err2 := labelledRecords(recs2); err2 == nil {
					return rows2, columns2, nil
				}
			}
		}
		return rows, columns, err
	}
	return labelledRecords(tsvRecords(b))
}

// record is one row of a table: its fields and the line it starts on.
type record struct {
	fields []string
	line   int
}

// csvRecords reads b as CSV separated by sep, every row as wide as the
// first.
func csvRecords(b []byte, sep rune) ([]record, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = sep
	var recs []record
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return nil, err // csv's errors name the line
		}
		line, _ := r.FieldPos(0)
		recs = append(recs, record{rec, line})
	}
}

// tsvRecords splits b into lines and the lines on tabs, with no quoting:
// a tab-separated file's texts keep their quotes, as in the other formats.
func tsvRecords(b []byte) []record {
	var recs []record
	for n, line := range bytes.Split(b, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		recs = append(recs, record{strings.Split(string(line), "\t"), n + 1})
	}
	return recs
}

// labelledRecords finds the text and label columns of recs by the first
// record, a header naming them, or by Sentiment140's headerless layout
// (polarity,id,date,query,user,text), and reads every other record's. A
// row with more fields than the header is taken when the text is the last
// column: the text held the separator.
func labelledRecords(recs []record) ([]labelledRow, string, error) {
	if len(recs) == 0 {
		return nil, "", errNoLabelledLines
	}
	header := recs[0].fields
	textCol, labelCol := column(header, textColumns), column(header, labelColumns)
	var columns string
	s140 := false
	switch {
	case textCol >= 0 && labelCol >= 0:
		columns = fmt.Sprintf("text from column %q, label from %q", strings.TrimSpace(header[textCol]), strings.TrimSpace(header[labelCol]))
		recs = recs[1:]
	case len(header) == 6 && sentiment140Polarity(header[0]):
		textCol, labelCol, s140 = 5, 0, true
		columns = "Sentiment140's columns: polarity,id,date,query,user,text"
	default:
		return nil, "", fmt.Errorf("line %d: no header naming a text column (%s) and a label column (%s)", recs[0].line,
			strings.Join(textColumns, ", "), strings.Join(labelColumns, ", "))
	}
	rows := make([]labelledRow, 0, len(recs))
	for _, rec := range recs {
		f := rec.fields
		switch {
		case len(f) == len(header):
		case len(f) > len(header) && textCol == len(header)-1:
			f = append(f[:textCol:textCol], strings.Join(f[textCol:], "\t"))
		default:
			return nil, "", fmt.Errorf("line %d has %d fields, the header %d", rec.line, len(f), len(header))
		}
		if s140 && !sentiment140Polarity(f[0]) {
			return nil, "", fmt.Errorf("line %d: polarity %q, want 0, 2 or 4 (Sentiment140)", rec.line, f[0])
		}
		rows = append(rows, labelledRow{f[textCol], f[labelCol]})
	}
	if len(rows) == 0 {
		return nil, "", errNoLabelledLines
	}
	return rows, columns, nil
}

// sentiment140Polarity is a Sentiment140 label: 0, 2 or 4.
func sentiment140Polarity(s string) bool { return s == "0" || s == "2" || s == "4" }

// column is the index of the first of names among header, -1 if none.
func column(header, names []string) int {
	for _, n := range names {
		for i, h := range header {
			if strings.EqualFold(strings.TrimSpace(h), n) {
				return i
			}
		}
	}
	return -1
}

// jsonlRows reads one JSON object per line, the keys of the first object
// naming the text and label (a string, a number, or null for none) for
// every line.
func jsonlRows(b []byte) ([]labelledRow, string, error) {
	var rows []labelledRow
	var textKey, labelKey string
	for n, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d := json.NewDecoder(bytes.NewReader(line))
		d.UseNumber()
		var obj map[string]any
		if err := d.Decode(&obj); err != nil {
			return nil, "", fmt.Errorf("line %d: %w", n+1, err)
		}
		if rest := bytes.TrimSpace(line[d.InputOffset():]); len(rest) > 0 {
			return nil, "", fmt.Errorf("line %d: more after the object: %.20q", n+1, rest)
		}
		if textKey == "" {
			keys := slices.Sorted(maps.Keys(obj))
			t, l := column(keys, textColumns), column(keys, labelColumns)
			if t < 0 || l < 0 {
				return nil, "", fmt.Errorf("line %d: no key naming a text (%s) and a label (%s)", n+1,
					strings.Join(textColumns, ", "), strings.Join(labelColumns, ", "))
			}
			textKey, labelKey = keys[t], keys[l]
		}
		text, ok := obj[textKey].(string)
		if !ok {
			return nil, "", fmt.Errorf("line %d: %q is not a string", n+1, textKey)
		}
		var label string
		switch v := obj[labelKey].(type) {
		case string:
			label = v
		case json.Number:
			label = v.String()
		case nil:
			// A gap in the label column: left out and counted.
		default:
			return nil, "", fmt.Errorf("line %d: %q is neither a string nor a number", n+1, labelKey)
		}
		rows = append(rows, labelledRow{text, label})
	}
	if len(rows) == 0 {
		return nil, "", errNoLabelledLines
	}
	return rows, fmt.Sprintf("text from key %q, label from %q", textKey, labelKey), nil
}

// wordLabels are the label words a table or a labelled line may use,
// lower-cased.
var wordLabels = map[string]string{
	"positive": post.Positive, "pos": post.Positive,
	"negative": post.Negative, "neg": post.Negative,
	"neutral": post.Neutral, "neu": post.Neutral,
}

// numericScales are the numeric labelings a table may use, each known by
// its exact set of values: {0, 2}, which could be Sentiment140 without
// positives or TweetEval without neutrals, fits none and is refused.
// {0, 1} is read as negative/positive, the common case, though it is also
// TweetEval's scale with no positive row.
var numericScales = []struct {
	name   string
	labels map[string]string
}{
	{"0/1 as negative/positive", map[string]string{"0": post.Negative, "1": post.Positive}},
	{"-1/1 as negative/positive", map[string]string{"-1": post.Negative, "1": post.Positive}},
	{"-1/0/1 as negative/neutral/positive", map[string]string{"-1": post.Negative, "0": post.Neutral, "1": post.Positive}},
	{"Sentiment140's 0/4 as negative/positive", map[string]string{"0": post.Negative, "4": post.Positive}},
	{"Sentiment140's 0/2/4 as negative/neutral/positive", map[string]string{"0": post.Negative, "2": post.Neutral, "4": post.Positive}},
	{"TweetEval's 0/1/2 as negative/neutral/positive", map[string]string{"0": post.Negative, "1": post.Neutral, "2": post.Positive}},
	{"stars 1-5: 1-2 negative, 3 neutral, 4-5 positive", map[string]string{"1": post.Negative, "2": post.Negative, "3": post.Neutral, "4": post.Positive, "5": post.Positive}},
}

// parseTable reads a labelled table (see tableRows) into set: 2-class when
// no row is neutral, as UCI's sets are, and with a note saying how the
// file was read and which rows were left out.
func parseTable(b []byte, ext string, set *SentimentSet) error {
	rows, columns, err := tableRows(b, ext) // never no rows without an error
	if err != nil {
		return err
	}
	// The labels are numbers or words, whichever most rows have; a row
	// labelled the other way, or not at all, is left out and counted
	// ("1, 0, 1, irrelevant", or a pandas export with a gap).
	values := map[string]int{}
	numbers, words := 0, 0
	for i := range rows {
		rows[i].label = labelValue(rows[i].label)
		if _, err := strconv.Atoi(rows[i].label); err == nil {
			numbers++
			values[rows[i].label]++
		} else if _, ok := wordLabels[strings.ToLower(rows[i].label)]; ok {
			words++
		}
	}
	numeric := numbers > words
	var labels map[string]string
	reading := "positive/negative/neutral as words"
	if numeric {
		got := slices.Sorted(maps.Keys(values))
		for _, s := range numericScales {
			if slices.Equal(got, slices.Sorted(maps.Keys(s.labels))) {
				labels, reading = s.labels, s.name
				break
			}
		}
		if labels == nil {
			known := make([]string, len(numericScales))
			for i, s := range numericScales {
				known[i] = strings.Join(slices.Sorted(maps.Keys(s.labels)), "/")
			}
			return fmt.Errorf("labels %s are on no scale earshot knows (%s)", strings.Join(got, ", "), strings.Join(known, ", "))
		}
	}
	leftOut := map[string]int{}
	set.Examples = set.Examples[:0]
	for _, r := range rows {
		v := r.label
		label, ok := labels[v]
		if !numeric {
			label, ok = wordLabels[strings.ToLower(v)]
		}
		text := strings.TrimSpace(r.text)
		switch {
		case v == "":
			leftOut["no label"]++
		case !ok:
			leftOut[fmt.Sprintf("label %q", v)]++
		case text == "":
			leftOut["empty text"]++
		default:
			set.Examples = append(set.Examples, classify.SentimentExample{Text: text, Label: label})
		}
	}
	if n := len(rows) - len(set.Examples); n > len(set.Examples) {
		return fmt.Errorf("%d of %d rows have no sentiment label or no text (%s): not a sentiment set", n, len(rows), countList(leftOut))
	}
	set.TwoClass = labelsTwoClass(set.Examples)
	set.Ratings = nil
	set.Note = fmt.Sprintf("Read as a labelled table: %s; labels %s.", columns, reading)
	if len(leftOut) > 0 {
		set.Note += fmt.Sprintf(" Left out %d of %d rows: %s.", len(rows)-len(set.Examples), len(rows), countList(leftOut))
	}
	if set.TwoClass && slices.Contains(slices.Collect(maps.Values(labels)), post.Neutral) {
		set.Note += " No neutral row is left, so it is measured as 2 classes."
	}
	return nil
}

// labelValue trims a raw label and writes a whole number the way Atoi
// reads it: a pandas export writes 1 as "1.0" when its column had a gap.
func labelValue(s string) string {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1e6 {
		return strconv.Itoa(int(f))
	}
	return s
}

// labelsTwoClass is true of a labelled set with no neutral example: its
// labels are positive and negative only, as UCI's are, and it is measured
// as they are (a neutral prediction counts on the side its score leans
// to).
func labelsTwoClass(ex []classify.SentimentExample) bool {
	return !slices.ContainsFunc(ex, func(e classify.SentimentExample) bool { return e.Label == post.Neutral })
}

// countList prints counts as "label \"mixed\" 3, empty text 1", largest
// first.
func countList(counts map[string]int) string {
	keys := slices.Sorted(maps.Keys(counts))
	slices.SortStableFunc(keys, func(a, b string) int { return counts[b] - counts[a] })
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, counts[k]))
	}
	return strings.Join(parts, ", ")
}
