// Package demo serves a small bundled web about Loquat Home, a fictional maker
// of smart thermostats, so that `earshot demo` can show the whole pipeline
// without touching the network: a blog with per-post comment feeds (RSS 2.0),
// a forum with threaded replies (Atom) and a news site (JSON Feed), all on
// 127.0.0.1. Loquat is also a fruit, and some posts are about the fruit on
// purpose: they must not count as brand mentions.
package demo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"path"
	"strings"
	"sync"
	"text/template"
	"time"
)

// site holds the templates. Every file is executed with data{Base} so that
// feeds carry absolute links to the running server.
//
//go:embed site
var site embed.FS

// lastModified is the Last-Modified of every page: the content never
// changes while a Site runs, and a fixed date lets a second ingest get 304s.
func lastModified() time.Time { return time.Date(2026, time.November, 15, 12, 0, 0, 0, time.UTC) }

// shutdownTimeout bounds how long Close waits for open requests.
const shutdownTimeout = 5 * time.Second

// Site is a running sample web. It is safe for concurrent use.
type Site struct {
	base string
	srv  *http.Server
	done chan struct{} // closed when Serve returns

	closeOnce sync.Once
	closeErr  error
	serveErr  error // set before done is closed
}

// Start renders the bundled site, listens on 127.0.0.1 on a free port and
// serves until ctx is done or Close is called.
func Start(ctx context.Context) (*Site, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("demo: start: %w", err)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: listen: %w", err)
	}
	base := "http://" + ln.Addr().String()
	pages, err := render(base)
	if err != nil {
		ln.Close()
		return nil, err
	}
	s := &Site{
		base: base,
		srv: &http.Server{
			Handler:           pages,
			ReadHeaderTimeout: 10 * time.Second,
		},
		done: make(chan struct{}),
	}
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			s.serveErr = fmt.Errorf("demo: serve: %w", err)
		}
	}()
	go func() {
		select {
		case <-ctx.Done():
			s.Close()
		case <-s.done:
		}
	}()
	return s, nil
}

// URL returns the base URL of the site, such as http://127.0.0.1:41234,
// without a trailing slash.
func (s *Site) URL() string { return s.base }

// Close shuts the server down, waits for it to stop and reports the first
// error met while serving or shutting down. Later calls return the same error.
func (s *Site) Close() error {
	s.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
		defer cancel()
		err := s.srv.Shutdown(ctx)
		if err != nil {
			err = errors.Join(err, s.srv.Close())
		}
		<-s.done
		if s.serveErr != nil {
			s.closeErr = s.serveErr
		} else if err != nil {
			s.closeErr = fmt.Errorf("demo: shutdown: %w", err)
		}
	})
	return s.closeErr
}

// page is one rendered file.
type page struct {
	body        []byte
	contentType string
	etag        string
}

// pages maps a URL path to its page; it is built once by render and only read
// afterwards.
type pages map[string]page

// render executes every template under site/ with base and maps each to the
// URL path it is served at.
func render(base string) (pages, error) {
	data := struct{ Base string }{Base: base}
	ps := make(pages)
	err := fs.WalkDir(site, "site", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := site.ReadFile(name)
		if err != nil {
			return err
		}
		t, err := template.New(name).Option("missingkey=error").Parse(string(src))
		if err != nil {
			return err
		}
		var b bytes.Buffer
		if err := t.Execute(&b, data); err != nil {
			return err
		}
		urlPath, ctype, err := route(strings.TrimPrefix(name, "site"))
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b.Bytes())
		ps[urlPath] = page{
			body:        b.Bytes(),
			contentType: ctype,
			etag:        `"` + hex.EncodeToString(sum[:8]) + `"`,
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("demo: render site: %w", err)
	}
	return ps, nil
}

// route maps a file under site/ to its URL path and Content-Type: index.html
// and index.rss serve their directory (/blog/<slug>/ and /blog/<slug>/feed/,
// as WordPress permalinks look), other .html files drop the extension
// (/forum/t/101), and feeds keep their names.
func route(name string) (urlPath, contentType string, err error) {
	dir, file := path.Split(name)
	ext := path.Ext(file)
	switch ext {
	case ".html":
		contentType = "text/html; charset=utf-8"
	case ".rss", ".xml":
		contentType = "application/rss+xml; charset=utf-8"
	case ".atom":
		contentType = "application/atom+xml; charset=utf-8"
	case ".json":
		contentType = "application/feed+json; charset=utf-8"
	default:
		return "", "", fmt.Errorf("no content type for %s", name)
	}
	switch {
	case strings.TrimSuffix(file, ext) == "index":
		return dir, contentType, nil
	case ext == ".html":
		return strings.TrimSuffix(name, ext), contentType, nil
	}
	return name, contentType, nil
}

// ServeHTTP serves a rendered page with a fixed ETag and Last-Modified so that
// conditional requests get 304 Not Modified.
func (ps pages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	p, ok := ps[r.URL.Path]
	if !ok {
		if _, ok := ps[r.URL.Path+"/"]; ok {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", p.contentType)
	h.Set("ETag", p.etag)
	h.Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", lastModified(), bytes.NewReader(p.body))
}
