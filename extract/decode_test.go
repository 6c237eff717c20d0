package extract

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// latin1 returns s encoded as ISO-8859-1 / windows-1252 bytes (s must only
// hold runes below U+0100).
func latin1(tb testing.TB, s string) []byte {
	tb.Helper()
	var b []byte
	for _, r := range s {
		if r > 0xff {
			tb.Fatalf("latin1: rune %q out of range", r)
		}
		b = append(b, byte(r))
	}
	return b
}

func TestDecode(t *testing.T) {
	pad := "<!-- " + strings.Repeat("padding ", 200) + "-->" // 1,600+ bytes before the meta tag
	utf16le := []byte{0xff, 0xfe}
	for _, r := range "<p>café</p>" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	tests := []struct {
		name        string
		body        []byte
		contentType string
		wantText    string
		wantCharset string
	}{
		{
			name:        "header charset wins over meta",
			body:        latin1(t, `<html><head><meta charset="utf-8"></head><body><p>café</p></body></html>`),
			contentType: "text/html; charset=ISO-8859-1",
			wantText:    "café",
			wantCharset: "windows-1252",
		},
		{
			name:        "header utf-8 over a wrong meta",
			body:        []byte(`<html><head><meta charset="iso-8859-1"></head><body><p>café</p></body></html>`),
			contentType: "text/html;charset=utf-8",
			wantText:    "café",
			wantCharset: "utf-8",
		},
		{
			name:        "utf-8 BOM wins over header",
			body:        append([]byte{0xef, 0xbb, 0xbf}, `<p>café</p>`...),
			contentType: "text/html; charset=windows-1252",
			wantText:    "café",
			wantCharset: "utf-8",
		},
		{
			name:        "utf-16le BOM",
			body:        utf16le,
			wantText:    "café",
			wantCharset: "utf-16le",
		},
		{
			name:        "meta charset",
			body:        latin1(t, `<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>Grüße</p></body></html>`),
			wantText:    "Grüße",
			wantCharset: "windows-1252",
		},
		{
			name:        "http-equiv content-type",
			body:        latin1(t, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Grüße</p></body></html>`),
			wantText:    "Grüße",
			wantCharset: "windows-1252",
		},
		{
			name:        "meta charset after byte 1024",
			body:        latin1(t, `<html><head>`+pad+`<meta charset="windows-1252"></head><body><p>naïve</p></body></html>`),
			wantText:    "naïve",
			wantCharset: "windows-1252",
		},
		{
			name:        "iso-8859-2 meta",
			body:        []byte("<html><head><meta charset=\"iso-8859-2\"></head><body><p>Gda\xf1sk</p></body></html>"),
			wantText:    "Gdańsk",
			wantCharset: "iso-8859-2",
		},
		{
			name:        "meta in body is not the page's charset",
			body:        []byte(`<html><head></head><body><p>café</p><meta charset="iso-8859-1"></body></html>`),
			wantText:    "café",
			wantCharset: "utf-8",
		},
		{
			name:        "meta utf-16 in ascii bytes means utf-8",
			body:        []byte(`<html><head><meta charset="utf-16"></head><body><p>café</p></body></html>`),
			wantText:    "café",
			wantCharset: "utf-8",
		},
		{
			name:        "windows-1252 bytes without any declaration",
			body:        latin1(t, "<html><body><p>\u00e9t\u00e9 \u00e0 Z\u00fcrich</p></body></html>"),
			wantText:    "été à Zürich",
			wantCharset: "windows-1252",
		},
		{
			name:        "windows-1252 punctuation without declaration",
			body:        []byte("<p>\x93quoted\x94 \x96 dash</p>"),
			wantText:    "\u201cquoted\u201d \u2013 dash",
			wantCharset: "windows-1252",
		},
		{
			name:        "valid utf-8 without declaration is not re-decoded",
			body:        []byte(`<html><body><p>é</p></body></html>`),
			wantText:    "é",
			wantCharset: "utf-8",
		},
		{
			name:        "utf-8 after a long ascii head is still utf-8",
			body:        []byte(`<html><head>` + pad + `</head><body><p>Straße</p></body></html>`),
			wantText:    "Straße",
			wantCharset: "utf-8",
		},
		{
			name:        "declared utf-8 with a stray byte keeps the rest",
			body:        []byte("<meta charset=utf-8><p>caf\xc3\xa9 \xff ok</p>"),
			wantText:    "café \uFFFD ok",
			wantCharset: "utf-8",
		},
		{
			name:        "unknown header charset falls through to meta",
			body:        latin1(t, `<meta charset="latin1"><p>café</p>`),
			contentType: "text/html; charset=x-nonsense",
			wantText:    "café",
			wantCharset: "windows-1252",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs, err := Decode(tt.body, tt.contentType)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if cs != tt.wantCharset {
				t.Errorf("charset: got %q, want %q", cs, tt.wantCharset)
			}
			if !utf8.Valid(got) {
				t.Errorf("output is not valid UTF-8: %q", got)
			}
			doc, err := decode(tt.body, tt.contentType)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if text := decodeTestText(doc); !strings.Contains(text, tt.wantText) {
				t.Errorf("text: got %q, want it to contain %q", text, tt.wantText)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"soft hyphen entity removed", "<p>Deutsch&shy;land</p>", "Deutschland"},
		{"raw soft hyphen removed", "<p>Welt\u00adernährung</p>", "Welternährung"},
		{"decomposed accent composed", "<p>Cafe\u0301</p>", "Café"},
		{"attribute text left alone", `<p title="a&shy;b">x</p>`, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := decode([]byte(tt.in), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := decodeTestText(doc); got != tt.want {
				t.Errorf("decode(%q): got text %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// decodeTestText concatenates the text nodes under n.
func decodeTestText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func FuzzDecode(f *testing.F) {
	seeds := []struct {
		body, ct string
	}{
		{`<html><head><meta charset="iso-8859-1"></head><body>caf` + "\xe9" + `</body></html>`, ""},
		{`<meta http-equiv="content-type" content="text/html; charset='`, ""},
		{"\xff\xfe<\x00p\x00>\x00", ""},
		{"\xfe\xff\x00<\x00p", "text/html; charset=utf-8"},
		{"\xef\xbb\xbf<p>x</p>", "text/html; charset="},
		{"<p>\x93x\x94</p>", "text/html; charset=shift_jis"},
		{"<meta charset=utf-16le><p>é</p>", "bogus/;;="},
	}
	for _, s := range seeds {
		f.Add([]byte(s.body), s.ct)
	}
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		out, cs, err := Decode(body, ct)
		if err != nil {
			return
		}
		if cs == "" {
			t.Errorf("Decode(%q, %q): empty charset name", body, ct)
		}
		if !utf8.Valid(out) {
			t.Errorf("Decode(%q, %q) = %q: not valid UTF-8", body, ct, out)
		}
		if utf8.Valid(body) && ct == "" && !bytes.HasPrefix(body, []byte{0xef, 0xbb, 0xbf}) && decodeMetaCharset(body) == "" && !bytes.Equal(out, body) {
			t.Errorf("Decode(%q) re-decoded undeclared valid UTF-8 to %q", body, out)
		}
		if _, err := decode(body, ct); err != nil {
			t.Errorf("decode(%q, %q): %v", body, ct, err)
		}
	})
}
