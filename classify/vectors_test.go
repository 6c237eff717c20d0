package classify

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// TestCommittedVectors checks that the embedded table parses and still
// means something: a quantised vector is nearer its neighbours in meaning
// than words of another topic.
func TestCommittedVectors(t *testing.T) {
	v, err := readVectors(vectorsBin)
	if err != nil {
		t.Fatalf("readVectors(vectors.bin): %v", err)
	}
	if got := len(v.index); got < 40000 {
		t.Errorf("vectors.bin has %d words, want at least 40000", got)
	}
	// ScoreBrand shares a text's vector sum between its readings because
	// the placeholders have none.
	for _, p := range []string{"<user>", "<url>", "<num>"} {
		if _, ok := v.index[p]; ok {
			t.Errorf("vectors.bin has a vector for the placeholder %q", p)
		}
	}
	tests := []struct{ word, near, far string }{
		{"refund", "reimbursement", "guitar"},
		{"broken", "damaged", "delicious"},
		{"thermostat", "heater", "apology"},
		{"terrible", "awful", "thermostat"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			near, far := cosine(t, v, tt.word, tt.near), cosine(t, v, tt.word, tt.far)
			if near <= far {
				t.Errorf("cos(%s, %s) = %.2f, not above cos(%s, %s) = %.2f", tt.word, tt.near, near, tt.word, tt.far, far)
			}
		})
	}
}

func cosine(t *testing.T, v *wordVectors, a, b string) float64 {
	t.Helper()
	var va, vb [vectorDims]float64
	if !v.addTo(&va, a) || !v.addTo(&vb, b) {
		t.Fatalf("no vector for %q or %q", a, b)
	}
	return dot(&va, &vb) / math.Sqrt(dot(&va, &va)*dot(&vb, &vb))
}

func testVector(seed float32) []float32 {
	v := make([]float32, vectorDims)
	for k := range v {
		v[k] = seed * float32(k%7-3) / 3
	}
	return v
}

func TestWriteReadVectors(t *testing.T) {
	words := []string{"refund", "still", "zero"}
	vecs := [][]float32{testVector(0.8), testVector(-2.5), make([]float32, vectorDims)}
	var b bytes.Buffer
	if err := WriteVectors(&b, words, vecs); err != nil {
		t.Fatal(err)
	}
	v, err := readVectors(b.Bytes())
	if err != nil {
		t.Fatalf("readVectors: %v", err)
	}
	for i, w := range words {
		var got [vectorDims]float64
		if !v.addTo(&got, w) {
			t.Fatalf("%q is missing after the round trip", w)
		}
		step := float64(v.scale[v.index[w]])
		for k, want := range vecs[i] {
			if d := math.Abs(got[k] - float64(want)); d > step/2+1e-6 {
				t.Errorf("%q[%d] = %.4f, want %.4f within half a step (%.4f)", w, k, got[k], want, step/2)
			}
		}
	}
	var sum [vectorDims]float64
	if v.addTo(&sum, "absent") {
		t.Error("addTo found a word that was never written")
	}
}

func TestWriteVectorsErrors(t *testing.T) {
	nan := testVector(1)
	nan[3] = float32(math.NaN())
	tests := []struct {
		name  string
		words []string
		vecs  [][]float32
		want  string
	}{
		{"count", []string{"a", "b"}, [][]float32{testVector(1)}, "2 words and 1 vectors"},
		{"empty word", []string{""}, [][]float32{testVector(1)}, "0 bytes long"},
		{"long word", []string{strings.Repeat("x", 256)}, [][]float32{testVector(1)}, "256 bytes long"},
		{"dimensions", []string{"a"}, [][]float32{{1, 2}}, "2 dimensions"},
		{"nan", []string{"a"}, [][]float32{nan}, "not a number"},
		{"placeholder", []string{"<user>"}, [][]float32{testVector(1)}, `"<user>" is no word the complaint tokeniser yields`},
		{"upper case", []string{"Refund"}, [][]float32{testVector(1)}, `"Refund" is no word`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := WriteVectors(&bytes.Buffer{}, tt.words, tt.vecs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("WriteVectors error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestReadVectorsErrors(t *testing.T) {
	var good bytes.Buffer
	if err := WriteVectors(&good, []string{"refund", "late"}, [][]float32{testVector(1), testVector(2)}); err != nil {
		t.Fatal(err)
	}
	g := good.Bytes()
	var dup bytes.Buffer
	if err := WriteVectors(&dup, []string{"late", "late"}, [][]float32{testVector(1), testVector(2)}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "not an earshot vectors file"},
		{"magic", append([]byte("earshot-vectors-9\n"), g[len(vectorsMagic):]...), "not an earshot vectors file"},
		{"cut short", g[:len(g)-10], "cut short"},
		{"count too large", append([]byte(vectorsMagic), 0xff, 0xff, 0xff, 0x0f), "cannot fit"},
		{"duplicate", dup.Bytes(), `"late" appears twice`},
		{"trailing", append(append([]byte(nil), g...), 0), "1 bytes after the last word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readVectors(tt.b)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("readVectors error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func FuzzReadVectors(f *testing.F) {
	var good bytes.Buffer
	if err := WriteVectors(&good, []string{"refund"}, [][]float32{testVector(1)}); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add([]byte(vectorsMagic + "\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := readVectors(b)
		if err != nil {
			return
		}
		var sum [vectorDims]float64
		for w := range v.index {
			v.addTo(&sum, w)
		}
	})
}

// TestComplaintVectorBlock checks that a text's word vectors enter its
// complaint features as one block of norm complaintVecWeight, and that a
// text with no word in the table has none.
func TestComplaintVectorBlock(t *testing.T) {
	tests := []struct {
		text string
		want float64 // the block's L2 norm
	}{
		{"Still waiting for my refund", complaintVecWeight},
		{"@brand refund???", complaintVecWeight},
		{"zzqxv wqpfk", 0},
		{"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var n2 float64
			for _, f := range ComplaintFeatures(tt.text) {
				if f.Index >= complaintVecBase {
					n2 += f.Value * f.Value
				}
			}
			if got := math.Sqrt(n2); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("norm of the vector block = %.6f, want %.6f", got, tt.want)
			}
		})
	}
}

func TestComplaintToken(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"refund", true},
		{"don't", true},
		{"?", true},
		{"3rd", false},    // read as <num>
		{",", false},      // not a token
		{"Refund", false}, // tokens are lower-cased first
		{"e-mail", false},
	}
	for _, tt := range tests {
		if got := ComplaintToken(tt.w); got != tt.want {
			t.Errorf("ComplaintToken(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// BenchmarkReadVectors measures the one-time cost of reading the embedded
// table on first use.
func BenchmarkReadVectors(b *testing.B) {
	for b.Loop() {
		if _, err := readVectors(vectorsBin); err != nil {
			b.Fatal(err)
		}
	}
}
