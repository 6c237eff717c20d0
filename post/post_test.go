package post

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTP://Example.COM:80/a?b=2&a=1", "http://example.com/a?a=1&b=2"},
		{"https://example.com:443", "https://example.com/"},
		{"https://example.com:8443/x", "https://example.com:8443/x"},
		{"https://example.com/p?utm_source=x&utm_Medium=y&id=3&fbclid=z&gclid=q", "https://example.com/p?id=3"},
		{"https://example.com/post#top", "https://example.com/post"},
		{"https://example.com/post#comment-12", "https://example.com/post#comment-12"},
		{"https://forum.example/viewtopic.php?t=1#p123", "https://forum.example/viewtopic.php?t=1#p123"},
		{"https://user:pw@example.com/a?", "https://example.com/a"},
		{"https://example.com/a?q=hello+world", "https://example.com/a?q=hello+world"},
		{"http://[::1]:80/x", "http://[::1]/x"},
	}
	for _, tt := range tests {
		got, err := Canonical(tt.in)
		if err != nil {
			t.Errorf("Canonical(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"/relative", "::", "mailto:x@y"} {
		if _, err := Canonical(bad); err == nil {
			t.Errorf("Canonical(%q): want error", bad)
		}
	}
}

func TestIDForStable(t *testing.T) {
	a := IDFor("https://Example.com/post?utm_source=feed&id=1")
	b := IDFor("https://example.com:443/post?id=1#top")
	if a != b {
		t.Errorf("IDFor differs for equal URLs: %s vs %s", a, b)
	}
	if c := IDFor("https://example.com/post?id=2"); c == a {
		t.Errorf("IDFor same for different URLs")
	}
	if len(a) != 32 {
		t.Errorf("len(IDFor) = %d, want 32", len(a))
	}
}

func TestNormalizeSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \n\t b\u00a0c  ", "a b c"},
		{"", ""},
		{"one", "one"},
	}
	for _, tt := range tests {
		if got := NormalizeSpace(tt.in); got != tt.want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContentHash(t *testing.T) {
	if ContentHash("a", "b", "c") == ContentHash("ab", "", "c") {
		t.Error("ContentHash must separate fields")
	}
	// The digest is SHA-256 over the fields, each ended by a NUL byte; a
	// stored hash must keep meaning the same content across releases.
	sum := sha256.Sum256([]byte("a\x00b\x00c\x00"))
	if got, want := ContentHash("a", "b", "c"), hex.EncodeToString(sum[:]); got != want {
		t.Errorf("ContentHash(a, b, c) = %s, want %s", got, want)
	}
}

func FuzzCanonical(f *testing.F) {
	f.Add("https://example.com/a?b=1#comment-2")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Canonical(s)
		if err != nil {
			return
		}
		c2, err := Canonical(c)
		if err != nil {
			t.Fatalf("Canonical(%q) = %q, which fails: %v", s, c, err)
		}
		if c2 != c {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, c, c2)
		}
	})
}
