package crawler

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// originalContentType is where siteTransport keeps a Content-Type whose
// charset it hid from colly (see RoundTrip).
const originalContentType = "X-Earshot-Content-Type"

// siteTransport sits between colly's http.Client and the client's polite
// transport. It asks for gzip and decompresses it itself, counting the cap
// on decompressed bytes (colly caps the compressed stream only, so a small
// gzip bomb expands without bound); it runs the per-request timeout from the
// moment the request leaves the per-host queue; and it counts requests.
type siteTransport struct {
	next     http.RoundTripper
	maxBody  int64
	timeout  time.Duration
	requests *atomic.Int64
}

// RoundTrip sends req and wraps the body so that reading past maxBody
// decompressed bytes or past the timeout fails.
func (t *siteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithCancelCause(req.Context())
	timer := &fetchTimer{timeout: t.timeout, cancel: cancel}
	req = req.Clone(context.WithValue(ctx, fetchTimerKey{}, timer))
	// Asking for gzip ourselves stops net/http from decompressing behind
	// our back, so every decompressed byte passes through the cap.
	req.Header.Set("Accept-Encoding", "gzip")
	finish := func() {
		timer.stop()
		cancel(nil)
	}
	resp, err := t.next.RoundTrip(req)
	if timer.started() {
		t.requests.Add(1)
	}
	if err != nil {
		timedOut := errors.Is(context.Cause(ctx), ErrTimeout)
		finish()
		if timedOut {
			return nil, fmt.Errorf("crawler: fetch %s: no answer within %v: %w", req.URL, t.timeout, ErrTimeout)
		}
		return nil, err
	}
	var body io.Reader = resp.Body
	switch ce := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); ce {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			resp.Body.Close()
			finish()
			return nil, fmt.Errorf("crawler: fetch %s: gzip: %w", req.URL, err)
		}
		body = zr
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
		resp.Uncompressed = true
	default:
		resp.Body.Close()
		finish()
		return nil, fmt.Errorf("crawler: fetch %s: unsupported content-encoding %q", req.URL, ce)
	}
	// colly converts a body whose Content-Type names a non-UTF-8 charset,
	// but extraction must decode the real bytes once itself. Hide the
	// charset from colly and keep the header for extraction.
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		if mt, params, err := mime.ParseMediaType(ct); err == nil && params["charset"] != "" {
			resp.Header.Set(originalContentType, ct)
			resp.Header.Set("Content-Type", mt)
		}
	}
	resp.Body = &cappedBody{
		r: body, closer: resp.Body, max: t.maxBody, url: req.URL.String(),
		ctx: ctx, timeout: t.timeout, finish: finish,
	}
	return resp, nil
}

// cappedBody fails with ErrTooLarge once more than max bytes were read, and
// with ErrTimeout once the request's timer fired.
type cappedBody struct {
	r       io.Reader
	closer  io.Closer
	max     int64
	n       int64
	url     string
	ctx     context.Context
	timeout time.Duration
	finish  func()
	once    sync.Once
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.n > b.max {
		return 0, b.tooLarge()
	}
	// Read at most one byte past the cap: enough to know it was crossed.
	if room := b.max + 1 - b.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	if b.n > b.max {
		return n, b.tooLarge()
	}
	if err != nil && err != io.EOF && errors.Is(context.Cause(b.ctx), ErrTimeout) {
		return n, fmt.Errorf("crawler: fetch %s: no complete answer within %v: %w", b.url, b.timeout, ErrTimeout)
	}
	return n, err
}

func (b *cappedBody) tooLarge() error {
	return fmt.Errorf("crawler: fetch %s: more than %d bytes: %w", b.url, b.max, ErrTooLarge)
}

func (b *cappedBody) Close() error {
	err := b.closer.Close()
	b.once.Do(b.finish)
	return err
}
