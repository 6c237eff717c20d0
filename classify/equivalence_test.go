package classify

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// updateEquivalence rewrites testdata/equivalence.golden.gz from the current
// code. Only do that when a change of output is intended: the file is what
// keeps speed work from changing any result.
var updateEquivalence = flag.Bool("update", false, "rewrite testdata/equivalence.golden.gz")

const equivalenceGolden = "testdata/equivalence.golden.gz"

// equivalenceTexts returns the fixed inputs: the committed sentiment
// sentences plus the non-English and edge-case lines of
// testdata/equivalence_extra.txt.
func equivalenceTexts(tb testing.TB) []string {
	tb.Helper()
	texts := benchSentences(tb)
	b, err := os.ReadFile("testdata/equivalence_extra.txt")
	if err != nil {
		tb.Fatalf("read extra texts: %v", err)
	}
	unescape := strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\u00a0`, "\u00a0")
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.HasPrefix(line, "# ") {
			continue
		}
		texts = append(texts, unescape.Replace(line))
	}
	return texts
}

// equivalenceOutput runs Analyze and Classify over every text, in several
// shapes (brand selected or not, a brand added before or after the text, a
// title, a declared language), and returns one line per result: a label,
// a tab and the result as JSON, with floats written %.6g as the golden
// file stores them; and the same with every digit of the floats.
func equivalenceOutput(tb testing.TB) (rounded, exact []byte) {
	tb.Helper()
	c := newTestClassifier(tb, loquat, medlar, apple)
	var out, full bytes.Buffer
	emit := func(label string, v any) {
		raw, err := json.Marshal(v)
		if err != nil {
			tb.Fatalf("marshal %s: %v", label, err)
		}
		for _, o := range []struct {
			buf  *bytes.Buffer
			json []byte
		}{{&out, roundFloats(tb, raw)}, {&full, raw}} {
			o.buf.WriteString(label)
			o.buf.WriteByte('\t')
			o.buf.Write(o.json)
			o.buf.WriteByte('\n')
		}
	}
	titles := []string{"Loquat update", "Re: my Apple order", "Weekly thread", "MEDLAR LABS"}
	langs := []string{"", "en-US", "fr", "de_DE"}
	for i, s := range equivalenceTexts(tb) {
		v := s
		switch i % 4 {
		case 1:
			v = "@loquat " + s
		case 2:
			v = s + " My Apple iPhone."
		case 3:
			v = "Medlar Labs: " + s + " Loquat"
		}
		emit(fmt.Sprintf("%d analyze", i), c.Analyze("", s))
		if v != s {
			emit(fmt.Sprintf("%d analyze-variant", i), c.Analyze("", v))
		}
		if i%5 == 0 {
			emit(fmt.Sprintf("%d analyze-apple", i), c.Analyze("apple", v))
		}
		if i%7 == 0 {
			emit(fmt.Sprintf("%d analyze-adhoc", i), c.Analyze("Zyzzyva", s+" zyzzyva"))
		}
		p := &post.Post{Text: v}
		c.Classify(p)
		emit(fmt.Sprintf("%d classify", i), p)
		if i%3 == 0 {
			p := &post.Post{Title: titles[i%len(titles)], Text: s, Language: langs[i%len(langs)]}
			c.Classify(p)
			emit(fmt.Sprintf("%d classify-title", i), p)
		}
	}
	return out.Bytes(), full.Bytes()
}

// roundFloats rewrites every non-integer number in the JSON document raw as
// %.6g.
func roundFloats(tb testing.TB, raw []byte) []byte {
	tb.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		tb.Fatalf("decode %s: %v", raw, err)
	}
	var walk func(any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				x[k] = walk(e)
			}
		case []any:
			for i, e := range x {
				x[i] = walk(e)
			}
		case json.Number:
			f, err := strconv.ParseFloat(string(x), 64)
			if err != nil {
				tb.Fatalf("number %s: %v", x, err)
			}
			return json.Number(fmt.Sprintf("%.6g", f))
		}
		return v
	}
	b, err := json.Marshal(walk(v))
	if err != nil {
		tb.Fatalf("marshal: %v", err)
	}
	return b
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestEquivalence checks that Analyze and Classify give byte-identical
// results to those recorded in testdata/equivalence.golden.gz, whose header
// holds the SHA-256 of the %.6g output and of the full-precision output.
// Speed work must keep it green without -update.
func TestEquivalence(t *testing.T) {
	got, exact := equivalenceOutput(t)
	header := fmt.Sprintf("sha256 %s\nsha256-exact %s\n", sha(got), sha(exact))
	if *updateEquivalence {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write([]byte(header))
		zw.Write(got)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(equivalenceGolden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d lines", equivalenceGolden, bytes.Count(got, []byte("\n")))
		return
	}
	f, err := os.Open(equivalenceGolden)
	if err != nil {
		t.Fatalf("open golden (run with -update to create it): %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("gunzip golden: %v", err)
	}
	want, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("read golden: %v", err)
	}
	wantHeader, wantBody, ok := cutLines(want, 2)
	if !ok {
		t.Fatalf("golden has no header")
	}
	if !bytes.Equal(got, wantBody) {
		gs := bufio.NewScanner(bytes.NewReader(got))
		gs.Buffer(nil, 1<<20)
		ws := bufio.NewScanner(bytes.NewReader(wantBody))
		ws.Buffer(nil, 1<<20)
		diffs := 0
		for line := 1; ; line++ {
			g, w := gs.Scan(), ws.Scan()
			if !g && !w {
				break
			}
			if gs.Text() != ws.Text() {
				diffs++
				if diffs <= 10 {
					t.Errorf("line %d:\ngot  %s\nwant %s", line, gs.Text(), ws.Text())
				}
			}
		}
		t.Fatalf("%d lines differ from %s", diffs, equivalenceGolden)
	}
	if string(wantHeader) != header {
		t.Fatalf("header: got\n%swant\n%s(the %%.6g outputs agree: a float changed in its last digits)", header, wantHeader)
	}
}

// cutLines splits b after its first n lines.
func cutLines(b []byte, n int) (head, rest []byte, ok bool) {
	i := 0
	for range n {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return nil, nil, false
		}
		i += j + 1
	}
	return b[:i], b[i:], true
}
