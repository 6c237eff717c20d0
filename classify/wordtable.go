package classify

import (
	"math/bits"
	"slices"
)

// wordKeyMax is the longest word a wordTable holds; longer ones (few, and
// rarely met) stay in the Scorer's map only.
const wordKeyMax = 14

// wordTable is a read-only copy of the Scorer's word map for the words of
// at most wordKeyMax bytes, looked up by the FNV-1a hash the tokeniser has
// already taken. The map hashes each word again and reaches its key
// through a pointer into memory far from the entry; here a 4-byte slot and
// one 32-byte entry holding the key answer, which keeps the table small
// enough for the processor's cache.
type wordTable struct {
	// slots hold, by the position of a hash, an entry's index plus one in
	// their low bits (idxMask) and the rest of the word's hash above
	// them; 0 is an empty slot. Collisions go to the next slot.
	slots   []uint32
	idxMask uint32
	shift   uint8
	ents    []wordEnt
}

// wordEnt is a word of a wordTable: its entry and its bytes.
type wordEnt struct {
	info wordInfo
	key  [wordKeyMax]byte
	n    uint8 // len of the word in key
}

// newWordTable builds the table of the words of at most wordKeyMax bytes
// in words, in the order of their keys so that it is the same in every
// run.
func newWordTable(words map[string]wordInfo) *wordTable {
	keys := make([]string, 0, len(words))
	for w := range words {
		if len(w) <= wordKeyMax {
			keys = append(keys, w)
		}
	}
	slices.Sort(keys)
	// At most half full, and at least one bit of hash above the index.
	b := max(4, bits.Len(uint(2*len(keys))))
	if b > 24 {
		return nil // too many words for the slots' bits: the map alone answers
	}
	t := &wordTable{
		slots:   make([]uint32, 1<<b),
		idxMask: 1<<b - 1,
		shift:   uint8(32 - b),
		ents:    make([]wordEnt, len(keys)),
	}
	for i, w := range keys {
		e := &t.ents[i]
		e.info = words[w]
		e.n = uint8(copy(e.key[:], w))
		h := fnv([]byte(w))
		p := t.pos(h)
		for t.slots[p] != 0 {
			p = (p + 1) & t.idxMask
		}
		t.slots[p] = h&^t.idxMask | uint32(i+1)
	}
	return t
}

// pos is the first slot of the hash h: its bits mixed by a multiplication,
// the top ones taken.
func (t *wordTable) pos(h uint32) uint32 { return (h * 0x9e3779b1) >> t.shift }

// find returns the entry of w, whose FNV-1a hash is h and whose length is
// at most wordKeyMax.
func (t *wordTable) find(w []byte, h uint32) (wordInfo, bool) {
	tag := h &^ t.idxMask
	for p := t.pos(h); ; p = (p + 1) & t.idxMask {
		v := t.slots[p]
		if v == 0 {
			return wordInfo{}, false
		}
		if v&^t.idxMask != tag {
			continue
		}
		e := &t.ents[v&t.idxMask-1]
		if int(e.n) == len(w) && string(e.key[:len(w)]) == string(w) {
			return e.info, true
		}
	}
}
