package crawler_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/crawler"
)

func ExampleClient_Site() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /admin\n")
		case "/":
			fmt.Fprint(w, `<html><body><a href="/t/1">A thread</a> <a href="/admin">Admin</a></body></html>`)
		case "/t/1":
			fmt.Fprint(w, `<html><body><p>The first post.</p></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	// AllowPrivate only because the test server listens on loopback.
	c := crawler.NewClient(crawler.Options{Delay: -1, AllowPrivate: true}, nil)
	src := config.Source{Name: "forum", Type: config.SourceSite, Seeds: []string{srv.URL + "/"}, MaxDepth: 2, MaxPages: 10}
	res, err := c.Site(context.Background(), src, crawler.SiteOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// robots.txt, /, /t/1 and /sitemap.xml; /admin is disallowed.
	fmt.Println("pages:", res.Pages, "requests:", res.Requests, "disallowed:", res.Disallowed)
	// Output: pages: 2 requests: 4 disallowed: 1
}
