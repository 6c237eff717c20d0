package followup

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSnippet(t *testing.T) {
	long := strings.Repeat("filler words here ", 30) // 540 runes
	tests := []struct {
		name      string
		text      string
		contains  string
		wantStart bool // starts with "…"
		wantEnd   bool // ends with "…"
	}{
		{"short text whole", "Loquat\n is  bad", "Loquat is bad", false, false},
		{"mention in the middle", long + "and then Loquat broke everything " + long, "Loquat broke", true, true},
		{"mention at the start", "Loquat broke " + long, "Loquat broke", false, true},
		{"mention at the end", long + "and Loquat broke", "Loquat broke", true, false},
		{"no mention starts at the start", "Medlar broke " + long, "Medlar broke", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Snippet(tt.text, loquat)
			if !strings.Contains(got, tt.contains) {
				t.Errorf("Snippet: got %q, want it to contain %q", got, tt.contains)
			}
			if s := strings.HasPrefix(got, "…"); s != tt.wantStart {
				t.Errorf("Snippet: got %q, want leading ellipsis %v", got, tt.wantStart)
			}
			if e := strings.HasSuffix(got, "…"); e != tt.wantEnd {
				t.Errorf("Snippet: got %q, want trailing ellipsis %v", got, tt.wantEnd)
			}
			if n := utf8.RuneCountInString(got); n > snippetRunes+2 {
				t.Errorf("Snippet: got %d runes, want at most %d", n, snippetRunes+2)
			}
			body := strings.Trim(got, "…")
			if strings.HasPrefix(body, " ") || strings.HasSuffix(body, " ") {
				t.Errorf("Snippet: got %q, want cuts between words without edge spaces", got)
			}
		})
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("Loquat is broken " + strings.Repeat("x ", 150))
	f.Add(strings.Repeat("é", 300))
	f.Add("\xff\xfe loquat")
	f.Fuzz(func(t *testing.T, s string) {
		got := Snippet(s, loquat)
		if n := utf8.RuneCountInString(got); n > snippetRunes+2 {
			t.Fatalf("Snippet(%q): got %d runes, want at most %d", s, n, snippetRunes+2)
		}
		if strings.ContainsAny(got, "\n\t") {
			t.Fatalf("Snippet(%q) = %q: want normalised white space", s, got)
		}
	})
}
