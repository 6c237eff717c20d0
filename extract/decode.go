package extract

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// decodeMetaScanLimit bounds how far into a page the <meta charset> prescan
// reads. The HTML standard says 1024 bytes, but real pages put kilobytes of
// inline scripts and styles before their meta tag; browsers then fall back
// to a second look, and so do we, up to this many bytes of <head>.
const decodeMetaScanLimit = 64 << 10

// Charset names returned by Decode for the two defaults.
const (
	charsetUTF8        = "utf-8"
	charsetWindows1252 = "windows-1252"
)

// Decode converts a page's raw bytes to UTF-8 once, from what the bytes and
// the transport say: a byte-order mark, else the charset parameter of the
// HTTP Content-Type, else a <meta charset> or http-equiv declaration in the
// page's head; with none of these, UTF-8 when the bytes are valid UTF-8 and
// windows-1252 (what browsers assume) otherwise. It returns the UTF-8 bytes
// and the name of the charset used. Text that is already UTF-8 is returned
// as is, never re-sniffed: a statistical detector run over decoded text
// mistakes accented UTF-8 for Latin-1 and garbles it.
func Decode(body []byte, contentType string) ([]byte, string, error) {
	enc, name, bomLen := decodeChoose(body, contentType)
	body = body[bomLen:]
	if name == charsetUTF8 {
		if utf8.Valid(body) {
			return body, name, nil
		}
		// Declared UTF-8 with a few bad bytes: keep what is valid rather than
		// guessing another charset for the whole page.
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), name, nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, "", fmt.Errorf("extract: decode %s: %w", name, err)
	}
	return out, name, nil
}

// decode turns a page's raw bytes into a parsed document, decoding them
// once with Decode, and normalises its text nodes with decodeText.
func decode(body []byte, contentType string) (*html.Node, error) {
	text, _, err := Decode(body, contentType)
	if err != nil {
		return nil, err
	}
	return parseUTF8(text, true)
}

// parseUTF8 parses an already decoded page and normalises its text nodes.
// With scripting on, as a browser parses, <noscript> content is one raw text
// node; with it off, as a crawler sees the page, it is markup.
func parseUTF8(text []byte, scripting bool) (*html.Node, error) {
	doc, err := html.ParseWithOptions(bytes.NewReader(text), html.ParseOptionEnableScripting(scripting))
	if err != nil {
		return nil, fmt.Errorf("extract: parse html: %w", err)
	}
	decodeTextNodes(doc)
	return doc, nil
}

// decodeTextNodes applies decodeText to every text node under n.
func decodeTextNodes(n *html.Node) {
	if n.Type == html.TextNode {
		n.Data = decodeText(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		decodeTextNodes(c)
	}
}

// decodeText puts text in the form people search for: Unicode NFC (a
// decomposed "e" + combining accent becomes "é", as typed) without soft
// hyphens (U+00AD, written raw or as &shy;), which are invisible hyphenation
// hints that split words like "Deutsch\u00adland" for any search or match.
func decodeText(s string) string {
	if strings.IndexRune(s, '\u00ad') >= 0 {
		s = strings.ReplaceAll(s, "\u00ad", "")
	}
	return norm.NFC.String(s)
}

// decodeChoose picks the encoding of body and how many leading bytes are a
// byte-order mark to drop. The order is the HTML standard's: a BOM is the
// surest sign (it overrides even the transport), then the HTTP header, then
// the document's own declaration, then the bytes themselves.
func decodeChoose(body []byte, contentType string) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(body, []byte{0xef, 0xbb, 0xbf}):
		return unicode.UTF8, charsetUTF8, 3
	case bytes.HasPrefix(body, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	case bytes.HasPrefix(body, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	}
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			if e, name := decodeLookup(params["charset"]); e != nil {
				return e, name, 0
			}
		}
	}
	if e, name := decodeLookup(decodeMetaCharset(body)); e != nil {
		// A document cannot declare itself UTF-16 in ASCII-compatible
		// bytes; the standard reads such a declaration as UTF-8.
		if strings.HasPrefix(name, "utf-16") {
			return unicode.UTF8, charsetUTF8, 0
		}
		return e, name, 0
	}
	if utf8.Valid(body) {
		return unicode.UTF8, charsetUTF8, 0
	}
	return charmap.Windows1252, charsetWindows1252, 0
}

// decodeLookup resolves a charset label with the HTML standard's table
// (so "latin1" and "iso-8859-1" both mean windows-1252); nil when the label
// is empty or unknown.
func decodeLookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil, ""
	}
	if name == charsetUTF8 {
		return unicode.UTF8, name
	}
	return e, name
}

// decodeMetaCharset returns the charset label that the first
// <meta charset> or <meta http-equiv="content-type" content="...charset=...">
// in the page's head declares, or "" when there is none. It reads at most
// decodeMetaScanLimit bytes and stops at <body>, so a charset mentioned in
// the content (an article about encodings) is never taken as the page's.
func decodeMetaCharset(body []byte) string {
	if len(body) > decodeMetaScanLimit {
		body = body[:decodeMetaScanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var cs, content string
			pragma := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					if cs == "" {
						cs = string(v)
					}
				case "http-equiv":
					pragma = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return cs
			}
			if pragma {
				if label := decodeCharsetParam(content); label != "" {
					return label
				}
			}
		}
	}
}

// decodeCharsetParam extracts the charset from a Content-Type value the way
// the HTML standard's "extracting a character encoding from a meta element"
// does: loosely, since pages write "text/html;charset=UTF-8" and worse.
func decodeCharsetParam(s string) string {
	lower := strings.ToLower(s)
	for {
		i := strings.Index(lower, "charset")
		if i < 0 {
			return ""
		}
		lower = strings.TrimLeft(lower[i+len("charset"):], " \t\n\f\r")
		if !strings.HasPrefix(lower, "=") {
			continue
		}
		lower = strings.TrimLeft(lower[1:], " \t\n\f\r")
		if lower == "" {
			return ""
		}
		if q := lower[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(lower[1:], q)
			if end < 0 {
				return ""
			}
			return lower[1 : 1+end]
		}
		end := strings.IndexAny(lower, "; \t\n\f\r")
		if end < 0 {
			end = len(lower)
		}
		return lower[:end]
	}
}
