package crawler

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Sitemap bounds: the sitemap protocol allows 50,000 URLs a file and 50,000
// files an index; a run needs far fewer, and every file is a request.
const (
	maxSitemapFiles = 10
	maxSitemapURLs  = 50000
)

// sitemapURL is one <url> of a sitemap.
type sitemapURL struct {
	Loc     string
	LastMod time.Time
}

// parseSitemap reads a sitemap (<urlset>) or a sitemap index
// (<sitemapindex>), gzipped or not, decompressing at most maxBody bytes. It
// returns the page URLs and the child sitemaps, each list at most
// maxSitemapURLs long.
func parseSitemap(body []byte, maxBody int64) (urls []sitemapURL, children []string, err error) {
	if len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, nil, fmt.Errorf("crawler: sitemap: %w", err)
		}
		body, err = io.ReadAll(io.LimitReader(zr, maxBody+1))
		if err != nil {
			return nil, nil, fmt.Errorf("crawler: sitemap: %w", err)
		}
		if int64(len(body)) > maxBody {
			return nil, nil, fmt.Errorf("crawler: sitemap: more than %d bytes: %w", maxBody, ErrTooLarge)
		}
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = func(label string, input io.Reader) (io.Reader, error) {
		// Sitemaps must be UTF-8; a wrong label must not stop the parse.
		return input, nil
	}
	var root string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root == "" {
				return nil, nil, fmt.Errorf("crawler: sitemap: %w", err)
			}
			break // keep what a truncated or broken file gave
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		name := strings.ToLower(se.Name.Local)
		if root == "" {
			root = name
			if root != "urlset" && root != "sitemapindex" {
				return nil, nil, fmt.Errorf("crawler: sitemap: root element <%s> is neither urlset nor sitemapindex", se.Name.Local)
			}
			continue
		}
		if name != "url" && name != "sitemap" {
			continue
		}
		var entry struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		}
		if err := dec.DecodeElement(&entry, &se); err != nil {
			break
		}
		loc := strings.TrimSpace(entry.Loc)
		if loc == "" {
			continue
		}
		if name == "sitemap" && root == "sitemapindex" {
			if len(children) < maxSitemapURLs {
				children = append(children, loc)
			}
			continue
		}
		if name == "url" && len(urls) < maxSitemapURLs {
			urls = append(urls, sitemapURL{Loc: loc, LastMod: parseLastMod(entry.LastMod)})
		}
	}
	if root == "" {
		return nil, nil, fmt.Errorf("crawler: sitemap: no xml root element")
	}
	return urls, children, nil
}

// parseLastMod reads a W3C datetime (the forms the sitemap protocol allows);
// zero when absent or unreadable.
func parseLastMod(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// newestFirst orders sitemap URLs by lastmod, newest first, those without a
// date last, so that a run with a page budget spends it on fresh content.
func newestFirst(urls []sitemapURL) {
	slices.SortStableFunc(urls, func(a, b sitemapURL) int {
		return b.LastMod.Compare(a.LastMod)
	})
}
