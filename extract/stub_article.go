package extract

import (
	"errors"
	"net/url"

	"golang.org/x/net/html"
)

// decode is a placeholder until the article extractor lands; it is replaced
// by extract/decode.go.
func decode(body []byte, contentType string) (*html.Node, error) {
	return nil, errors.New("extract: not implemented")
}

// extractArticle is a placeholder until the article extractor lands.
func extractArticle(doc *html.Node, pageURL *url.URL, opts Options) (*Page, error) {
	return nil, errors.New("extract: not implemented")
}
