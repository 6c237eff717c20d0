package classify

import (
	"math/bits"
	"slices"
)

// wordKeyMax is the longest word a wordTable holds; longer ones (few, and
// rarely met) stay in the Scorer's map only.
const wordKeyMax = 14

// wordTable is a read-only copy of a map keyed by words (the Scorer's
// word map, the word vectors' index) for the words of at most wordKeyMax
// bytes, looked up by the FNV-1a hash the tokeniser has already taken. A
// map hashes each word again and reaches its key through a pointer into
// memory far from the entry; here a 4-byte slot and one small entry
// holding the key answer, which keeps the table small enough for the
// processor's cache.
type wordTable[V any] struct {
	// slots hold, by the position of a hash, an entry's index plus one in
	// their low bits (idxMask) and the rest of the word's hash above
	// them; 0 is an empty slot. Collisions go to the next slot.
	slots   []uint32
	idxMask uint32
	shift   uint8
	ents    []wordEnt[V]
}

// wordEnt is a word of a wordTable: its value and its bytes.
type wordEnt[V any] struct {
	val V
	key [wordKeyMax]byte
	n   uint8 // len of the word in key
}

// sortedWordTable builds the table of the words of at most wordKeyMax
// bytes in words, in the order of their keys so that it is the same in
// every run.
func sortedWordTable[V any](words map[string]V) *wordTable[V] {
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	return newWordTable(keys, func(i int) V { return words[keys[i]] })
}

// newWordTable builds the table of the words of at most wordKeyMax bytes
// among keys (which are distinct), the value of keys[i] being val(i); nil
// when there are too many.
func newWordTable[V any](keys []string, val func(i int) V) *wordTable[V] {
	n := 0
	for _, w := range keys {
		if len(w) <= wordKeyMax {
			n++
		}
	}
	// At most half full, and at least one bit of hash above the index.
	b := max(4, bits.Len(uint(2*n)))
	if b > 24 {
		return nil // too many words for the slots' bits: the map alone answers
	}
	t := &wordTable[V]{
		slots:   make([]uint32, 1<<b),
		idxMask: 1<<b - 1,
		shift:   uint8(32 - b),
		ents:    make([]wordEnt[V], 0, n),
	}
	for i, w := range keys {
		if len(w) > wordKeyMax {
			continue
		}
		var e wordEnt[V]
		e.val = val(i)
		e.n = uint8(copy(e.key[:], w))
		t.ents = append(t.ents, e)
		h := fnv([]byte(w))
		p := t.pos(h)
		for t.slots[p] != 0 {
			p = (p + 1) & t.idxMask
		}
		t.slots[p] = h&^t.idxMask | uint32(len(t.ents))
	}
	return t
}

// pos is the first slot of the hash h: its bits mixed by a multiplication,
// the top ones taken.
func (t *wordTable[V]) pos(h uint32) uint32 { return (h * 0x9e3779b1) >> t.shift }

// find returns the value of w, whose FNV-1a hash is h and whose length
// is at most wordKeyMax.
func (t *wordTable[V]) find(w []byte, h uint32) (V, bool) {
	tag := h &^ t.idxMask
	for p := t.pos(h); ; p = (p + 1) & t.idxMask {
		v := t.slots[p]
		if v == 0 {
			var zero V
			return zero, false
		}
		if v&^t.idxMask != tag {
			continue
		}
		e := &t.ents[v&t.idxMask-1]
		if int(e.n) == len(w) && string(e.key[:len(w)]) == string(w) {
			return e.val, true
		}
	}
}

// idiomIndex holds the lists of idiomsByEnd in one slice, found by an
// open-addressing table of their end words' hashes: a token that ends
// some idiom costs a slot and an entry, not a map lookup.
type idiomIndex struct {
	slots []uint32 // index in ends plus one; 0 is an empty slot
	mask  uint32
	shift uint8
	ends  []idiomEnd
	cands []idiomCand
}

// idiomEnd is the list of the idioms that end in the word whose hash is
// hash: cands[lo:hi] of its idiomIndex.
type idiomEnd struct {
	hash   uint32
	lo, hi int32
}

// newIdiomIndex builds the index of byEnd, its ends in the order of their
// hashes so that it is the same in every run.
func newIdiomIndex(byEnd map[uint32][]idiomCand) *idiomIndex {
	hs := make([]uint32, 0, len(byEnd))
	for h := range byEnd {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	b := max(4, bits.Len(uint(2*len(hs))))
	x := &idiomIndex{slots: make([]uint32, 1<<b), mask: 1<<b - 1, shift: uint8(32 - b)}
	for _, h := range hs {
		lo := int32(len(x.cands))
		x.cands = append(x.cands, byEnd[h]...)
		x.ends = append(x.ends, idiomEnd{hash: h, lo: lo, hi: int32(len(x.cands))})
		p := (h * 0x9e3779b1) >> x.shift
		for x.slots[p] != 0 {
			p = (p + 1) & x.mask
		}
		x.slots[p] = uint32(len(x.ends))
	}
	return x
}

// lookup returns the idioms that end in the word whose hash is h, as
// byEnd[h] would.
func (x *idiomIndex) lookup(h uint32) []idiomCand {
	for p := (h * 0x9e3779b1) >> x.shift; ; p = (p + 1) & x.mask {
		v := x.slots[p]
		if v == 0 {
			return nil
		}
		if e := &x.ends[v-1]; e.hash == h {
			return x.cands[e.lo:e.hi]
		}
	}
}
