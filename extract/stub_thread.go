package extract

import (
	"net/url"

	"golang.org/x/net/html"
)

// extractThread is a placeholder until the thread extractor lands.
func extractThread(doc *html.Node, pageURL *url.URL, opts Options) *Page {
	return nil
}
