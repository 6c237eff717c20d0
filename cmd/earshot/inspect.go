package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/crawler"
	"github.com/earshot-dev/earshot/extract"
	"github.com/earshot-dev/earshot/post"
)

func (a *app) cmdInspect(ctx context.Context, args []string) error {
	fs := a.flags("inspect", "[--json] [--allow-private] FILE|URL...")
	asJSON := fs.Bool("json", false, "print one JSON object per input")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching loopback and private addresses")
	base := fs.String("url", "", "the page's URL, for a FILE (resolves its links and permalinks)")
	pos, err := a.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("want at least one FILE or URL")
	}
	crawl := config.Crawl{UserAgent: config.DefaultUserAgent, Delay: 0, ConnectTimeout: config.DefaultConnectTimeout,
		Timeout: config.DefaultTimeout, MaxBody: config.DefaultMaxBody, MaxRedirects: config.DefaultMaxRedirects,
		AllowPrivate: *allowPrivate}
	client := crawler.NewClient(crawler.OptionsFrom(crawl), nil)
	failed := 0
	for _, in := range pos {
		page, err := a.inspectOne(ctx, client, in, *base)
		if err != nil {
			failed++
			a.log.Error("inspect failed", "input", in, "error", err)
			if *asJSON {
				json.NewEncoder(a.stdout).Encode(map[string]string{"input": in, "error": err.Error()})
			}
			continue
		}
		if *asJSON {
			if err := json.NewEncoder(a.stdout).Encode(page); err != nil {
				return err
			}
			continue
		}
		writePage(a.stdout, page)
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

// inspectOne reads a file or fetches a URL and reports what earshot sees in
// it: a feed's items, or a page's article or thread posts.
func (a *app) inspectOne(ctx context.Context, client *crawler.Client, in, base string) (*extract.Page, error) {
	var (
		body        []byte
		contentType string
		pageURL     string
	)
	if u, err := url.Parse(in); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		resp, err := client.Fetch(ctx, in)
		if err != nil {
			return nil, err
		}
		body, contentType, pageURL = resp.Body, resp.Header.Get("Content-Type"), resp.URL
	} else {
		data, err := os.ReadFile(in)
		if err != nil {
			return nil, err
		}
		body = data
		contentType = mime.TypeByExtension(filepath.Ext(in))
		abs, _ := filepath.Abs(in)
		pageURL = (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
		if base != "" {
			pageURL = base
		}
	}
	if looksLikeFeed(body, contentType) {
		posts, failures, err := crawler.ParseFeed(pageURL, body, contentType, "inspect", a.now())
		if err == nil {
			for _, f := range failures {
				a.log.Warn("feed item skipped", "input", in, "error", f)
			}
			return feedPage(pageURL, posts), nil
		}
		if !strings.Contains(contentType, "html") {
			return nil, err
		}
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		return nil, err
	}
	return extract.Extract(u, body, contentType, extract.Options{Now: a.now()})
}

// looksLikeFeed sniffs a body the way a reader would: by its media type, or
// by its first element when the type says nothing useful.
func looksLikeFeed(body []byte, contentType string) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml", "text/xml":
		return true
	case "text/html", "application/xhtml+xml":
		return false
	}
	head := strings.ToLower(string(body[:min(len(body), 1024)]))
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:rdf") ||
		strings.Contains(head, `"version": "https://jsonfeed.org`) || strings.Contains(head, `"version":"https://jsonfeed.org`)
}

func feedPage(u string, posts []post.Post) *extract.Page {
	p := &extract.Page{URL: u, Kind: extract.KindFeed}
	for _, ps := range posts {
		p.Posts = append(p.Posts, extract.Post{Author: ps.Author, Date: ps.Published, Permalink: ps.URL, Text: ps.Text, Parent: -1})
	}
	return p
}

func writePage(w io.Writer, p *extract.Page) {
	fmt.Fprintf(w, "%s  %s\n", p.Kind, clean(p.URL))
	if p.Title != "" {
		fmt.Fprintf(w, "title:   %s\n", clean(p.Title))
	}
	if p.Author != "" {
		fmt.Fprintf(w, "author:  %s\n", clean(p.Author))
	}
	if !p.Date.IsZero() {
		fmt.Fprintf(w, "date:    %s\n", p.Date.Format(time.RFC3339))
	}
	if p.Method != "" {
		fmt.Fprintf(w, "method:  %s\n", p.Method)
	}
	if p.Text != "" && len(p.Posts) == 0 {
		fmt.Fprintf(w, "text:    %s\n", clean(truncate(p.Text, 600)))
	}
	for i, ps := range p.Posts {
		date := "(no date)"
		if !ps.Date.IsZero() {
			date = ps.Date.Format("2006-01-02 15:04")
		}
		parent := ""
		if ps.Parent >= 0 {
			parent = fmt.Sprintf("  reply to #%d", ps.Parent+1)
		}
		fmt.Fprintf(w, "\n#%d  %s  by %s%s\n", i+1, date, clean(orUnknown(ps.Author)), parent)
		if ps.Permalink != "" {
			fmt.Fprintf(w, "    %s\n", clean(ps.Permalink))
		}
		fmt.Fprintf(w, "    %s\n", clean(truncate(ps.Text, 300)))
	}
	fmt.Fprintln(w)
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}
