package classify

import (
	"math/bits"
	"slices"
)

// wordKeyMax is the longest word a wordTable holds; longer ones (few, and
// rarely met) stay in the Scorer's map only.
const wordKeyMax = 14

// wordTable is a read-only copy of a map keyed by words (the Scorer's
// word map) for the words of at most wordKeyMax
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

// idiomIndex holds the lists of idiomsByEnd, each cut down by the word
// before the last one, in one slice found by an open-addressing table: a
// token that ends some idiom costs a slot and an entry and is compared
// only with the idioms whose last two words it and the token before it
// could be ("it" ends dozens of idioms, few after any given word).
type idiomIndex struct {
	slots []uint32 // index in ends plus one; 0 is an empty slot
	mask  uint32
	shift uint8
	ends  []idiomEnd
	cands []idiomCand
}

// idiomEnd lists, in table order, the idioms that end in the word whose
// hash is end and either are that one word or have the word whose hash is
// prev before it; with single set, the one-word idioms only (prev 0):
// cands[lo:hi] of its idiomIndex.
type idiomEnd struct {
	end, prev uint32
	single    bool
	lo, hi    int32
}

// idiomPos is the first slot of the pair (end, prev).
func (x *idiomIndex) idiomPos(end, prev uint32) uint32 {
	return (end*0x9e3779b1 ^ prev*0x85ebca6b) >> x.shift
}

// prevHash is the hash of c's word before its last, for an idiom of two
// words or more.
func (c *idiomCand) prevHash() uint32 { return c.hashes[min(int(c.n), idiomHashes)-2] }

// newIdiomIndex builds the index of byEnd, in the order of the hashes so
// that it is the same in every run.
func newIdiomIndex(byEnd map[uint32][]idiomCand) *idiomIndex {
	type key struct {
		end, prev uint32
		single    bool
	}
	lists := map[key][]idiomCand{}
	for end, cs := range byEnd {
		prevs := map[uint32]bool{}
		for i := range cs {
			if cs[i].n == 1 {
				k := key{end: end, single: true}
				lists[k] = append(lists[k], cs[i])
			} else {
				prevs[cs[i].prevHash()] = true
			}
		}
		for p := range prevs {
			var l []idiomCand
			for i := range cs {
				if cs[i].n == 1 || cs[i].prevHash() == p {
					l = append(l, cs[i])
				}
			}
			lists[key{end: end, prev: p}] = l
		}
	}
	keys := make([]key, 0, len(lists))
	for k := range lists {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		switch {
		case a.end != b.end:
			return cmpUint32(a.end, b.end)
		case a.prev != b.prev:
			return cmpUint32(a.prev, b.prev)
		case a.single != b.single:
			if a.single {
				return 1
			}
			return -1
		}
		return 0
	})
	b := max(4, bits.Len(uint(2*len(keys))))
	x := &idiomIndex{slots: make([]uint32, 1<<b), mask: 1<<b - 1, shift: uint8(32 - b)}
	for _, k := range keys {
		lo := int32(len(x.cands))
		x.cands = append(x.cands, lists[k]...)
		x.ends = append(x.ends, idiomEnd{end: k.end, prev: k.prev, single: k.single, lo: lo, hi: int32(len(x.cands))})
		p := x.idiomPos(k.end, k.prev)
		for x.slots[p] != 0 {
			p = (p + 1) & x.mask
		}
		x.slots[p] = uint32(len(x.ends))
	}
	return x
}

func cmpUint32(a, b uint32) int {
	if a < b {
		return -1
	}
	return 1
}

// lookup returns, in table order, the idioms that end in the word whose
// hash is end and could match there: those of one word, and, when the
// word has one before it (hasPrev) whose hash is prev, those with that
// word before their last. The others could not match.
func (x *idiomIndex) lookup(end, prev uint32, hasPrev bool) []idiomCand {
	if hasPrev {
		if l, ok := x.find(end, prev, false); ok {
			return l
		}
	}
	l, _ := x.find(end, 0, true)
	return l
}

// find returns the list of the key (end, prev, single).
func (x *idiomIndex) find(end, prev uint32, single bool) ([]idiomCand, bool) {
	for p := x.idiomPos(end, prev); ; p = (p + 1) & x.mask {
		v := x.slots[p]
		if v == 0 {
			return nil, false
		}
		if e := &x.ends[v-1]; e.end == end && e.prev == prev && e.single == single {
			return x.cands[e.lo:e.hi], true
		}
	}
}
