package classify

import (
	"slices"
	"strings"
	"testing"
)

// TestWordTableMatchesMap checks that the word table answers as the
// Scorer's word map does for every word in it and for words that are not.
func TestWordTableMatchesMap(t *testing.T) {
	s := NewScorer()
	if s.table == nil {
		t.Fatal("got no word table, want one")
	}
	n := 0
	for w, want := range s.words {
		if len(w) > wordKeyMax {
			continue
		}
		n++
		got, ok := s.table.find([]byte(w), fnv([]byte(w)))
		if !ok || got != want {
			t.Errorf("find(%q) = %v, %v, want %v, true", w, got, ok, want)
		}
	}
	if n < 1000 {
		t.Errorf("got %d words checked, want at least 1000", n)
	}
	for _, tc := range []struct{ name, w string }{
		{"empty", ""},
		{"not a word", "qzxv"},
		{"a word plus a letter", "goodx"},
		{"a prefix of a word", "goo"},
		{"longest key length", strings.Repeat("q", wordKeyMax)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, want := s.words[tc.w]
			_, got := s.table.find([]byte(tc.w), fnv([]byte(tc.w)))
			if got != want {
				t.Errorf("find(%q) found = %v, want %v", tc.w, got, want)
			}
		})
	}
}

// TestWordTableCollisions builds a table of words of one letter repeated,
// whose hashes crowd its slots, and checks that each is still found and
// that absent words are not.
func TestWordTableCollisions(t *testing.T) {
	words := map[string]wordInfo{}
	for i := range 300 {
		w := strings.Repeat(string(rune('a'+i%26)), 1+i/26)
		words[w] = wordInfo{val: float64(i), flags: uint64(i)}
	}
	tab := sortedWordTable(words)
	for _, tc := range []struct {
		name string
		w    string
		want bool
	}{
		{"first", "a", true},
		{"long", strings.Repeat("z", 11), true},
		{"longer than any", strings.Repeat("a", 13), false},
		{"mixed", "ab", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tab.find([]byte(tc.w), fnv([]byte(tc.w)))
			if ok != tc.want || ok && got != words[tc.w] {
				t.Errorf("find(%q) = %v, %v, want %v, %v", tc.w, got, ok, words[tc.w], tc.want)
			}
		})
	}
	for w, want := range words {
		if got, ok := tab.find([]byte(w), fnv([]byte(w))); !ok || got != want {
			t.Errorf("find(%q) = %v, %v, want %v, true", w, got, ok, want)
		}
	}
}

// FuzzWordTable checks the table against the Scorer's map on any word.
func FuzzWordTable(f *testing.F) {
	s := NewScorer()
	for _, w := range []string{"good", "bad", "", "not", "xyz", "sooo", "can't"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if len(w) > wordKeyMax {
			return
		}
		want, wok := s.words[w]
		got, ok := s.table.find([]byte(w), fnv([]byte(w)))
		if ok != wok || got != want {
			t.Errorf("find(%q) = %v, %v, want %v, %v", w, got, ok, want, wok)
		}
	})
}

// TestIdiomIndexMatchesMap checks that the idiom index lists, for every
// end word, each word before it and words that end no idiom, the idioms of
// idiomsByEnd that could match there, in their order.
func TestIdiomIndexMatchesMap(t *testing.T) {
	s := NewScorer()
	want := func(end, prev uint32, hasPrev bool) []idiomCand {
		var l []idiomCand
		for _, c := range s.idiomsByEnd[end] {
			if c.n == 1 || hasPrev && c.prevHash() == prev {
				l = append(l, c)
			}
		}
		return l
	}
	other := fnv([]byte("qzxv"))
	n := 0
	for end, cs := range s.idiomsByEnd {
		for _, c := range cs {
			if c.n > 1 {
				n++
				p := c.prevHash()
				if got, w := s.idiomEnds.lookup(end, p, true), want(end, p, true); !slices.Equal(got, w) {
					t.Fatalf("lookup(%#x, %#x) = %d idioms, want %d", end, p, len(got), len(w))
				}
			}
		}
		for _, tc := range []struct {
			prev    uint32
			hasPrev bool
		}{{other, true}, {0, false}} {
			if got, w := s.idiomEnds.lookup(end, tc.prev, tc.hasPrev), want(end, tc.prev, tc.hasPrev); !slices.Equal(got, w) {
				t.Fatalf("lookup(%#x, %#x, %v) = %d idioms, want %d", end, tc.prev, tc.hasPrev, len(got), len(w))
			}
		}
	}
	for _, word := range []string{"qzxv", "the", "", "sooo"} {
		h := fnv([]byte(word))
		if got, w := s.idiomEnds.lookup(h, other, true), want(h, other, true); !slices.Equal(got, w) {
			t.Errorf("lookup(fnv(%q)) = %d idioms, want %d", word, len(got), len(w))
		}
	}
	if n < 500 {
		t.Errorf("got %d idioms of two words or more checked, want at least 500", n)
	}
}

// TestTokenHashes checks that every token the tokeniser yields carries
// the FNV-1a hash of its lower-cased bytes, and the words it yields, for
// tokens with and without punctuation (the tokeniser hashes a token
// without any as it scans it).
func TestTokenHashes(t *testing.T) {
	s := NewScorer()
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"plain", "The Movie was GREAT", []string{"the", "movie", "was", "great"}},
		{"digits and other scripts", "café 5 stars über", []string{"café", "5", "stars", "über"}},
		{"punctuation", "well, it's over-priced... (sadly)!", []string{"well", "it's", "over-priced", "sadly"}},
		{"trimmed", "'quoted' -dash- ok", []string{"quoted", "dash", "ok"}},
		{"emoji between", "love😍it 👍", []string{"love", "😍", "it", "👍"}},
		{"entity", "a &amp; b", []string{"a", "b"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := new(sentScratch)
			var a analysis
			s.tokenize(tc.text, sc, &a)
			var got []string
			for _, tk := range sc.toks {
				w := sc.lower[tk.start:tk.end]
				got = append(got, string(w))
				if tk.hash != fnv(w) {
					t.Errorf("hash of %q: got %#x, want %#x", w, tk.hash, fnv(w))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got tokens %q, want %q", got, tc.want)
			}
		})
	}
}
