package state

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func openTemp(tb testing.TB) (*Store, string) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "nested", "dir", "state.db")
	s, err := Open(path)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s, path
}

func TestValidatorsRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	tests := []struct {
		name string
		url  string
		v    Validators
	}{
		{"both", "https://a.example/feed", Validators{ETag: `"abc"`, LastModified: "Mon, 02 Jan 2006 15:04:05 GMT"}},
		{"etag only", "https://b.example/feed", Validators{ETag: `W/"x"`}},
		{"zero deletes", "https://c.example/feed", Validators{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.SetValidators(tt.url, Validators{ETag: "old"}); err != nil {
				t.Fatal(err)
			}
			if err := s.SetValidators(tt.url, tt.v); err != nil {
				t.Fatal(err)
			}
			got, err := s.Validators(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.v {
				t.Errorf("Validators(%q): got %+v, want %+v", tt.url, got, tt.v)
			}
		})
	}
	got, err := s.Validators("https://never.example/")
	if err != nil || got != (Validators{}) {
		t.Errorf("Validators(unknown): got %+v, %v, want zero, nil", got, err)
	}
}

func TestRetryAfterRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	until := time.Date(2030, 1, 2, 3, 4, 5, 6, time.FixedZone("x", 3600))
	if err := s.SetRetryAfter("a.example", until); err != nil {
		t.Fatal(err)
	}
	got, err := s.RetryAfter("a.example")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(until) {
		t.Errorf("RetryAfter: got %v, want %v", got, until)
	}
	if got, _ := s.RetryAfter("b.example"); !got.IsZero() {
		t.Errorf("RetryAfter(unknown): got %v, want zero", got)
	}
	if err := s.SetRetryAfter("a.example", time.Time{}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.RetryAfter("a.example"); !got.IsZero() {
		t.Errorf("RetryAfter after clear: got %v, want zero", got)
	}
}

func TestCommentFeeds(t *testing.T) {
	s, _ := openTemp(t)
	seen := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	a := CommentFeed{URL: "https://blog.example/a/feed/", ThreadURL: "https://blog.example/a/", LastSeen: seen}
	b := CommentFeed{URL: "https://blog.example/b/feed/", ThreadURL: "https://blog.example/b/", LastSeen: seen}
	for _, cf := range []CommentFeed{b, a, {URL: a.URL, ThreadURL: a.ThreadURL, LastSeen: seen.Add(time.Hour)}} {
		if err := s.PutCommentFeed("blog", cf); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutCommentFeed("other", CommentFeed{URL: "https://o.example/c"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.CommentFeeds("blog")
	if err != nil {
		t.Fatal(err)
	}
	a.LastSeen = seen.Add(time.Hour)
	want := []CommentFeed{a, b}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CommentFeeds: got %+v, want %+v", got, want)
	}
	if got, err := s.CommentFeeds("none"); err != nil || len(got) != 0 {
		t.Errorf("CommentFeeds(none): got %+v, %v, want empty, nil", got, err)
	}
}

type record struct {
	State string `json:"state"`
	N     int    `json:"n"`
}

func TestJSON(t *testing.T) {
	s, _ := openTemp(t)
	var r record
	found, err := s.GetJSON("followup", "x", &r)
	if err != nil || found {
		t.Fatalf("GetJSON on empty bucket: got %v, %v, want false, nil", found, err)
	}
	if err := s.PutJSON("followup", "x", record{"open", 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutJSON("followup", "y", record{"answered", 2}); err != nil {
		t.Fatal(err)
	}
	found, err = s.GetJSON("followup", "x", &r)
	if err != nil || !found || r != (record{"open", 1}) {
		t.Errorf("GetJSON(x): got %+v, %v, %v, want {open 1}, true, nil", r, found, err)
	}
	var keys []string
	if err := s.ForEachJSON("followup", func(k string, raw []byte) error {
		keys = append(keys, k+"="+string(raw))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{`x={"state":"open","n":1}`, `y={"state":"answered","n":2}`}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("ForEachJSON: got %q, want %q", keys, want)
	}
	stop := errors.New("stop")
	if err := s.ForEachJSON("followup", func(string, []byte) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("ForEachJSON with failing fn: got %v, want %v", err, stop)
	}
	if err := s.DeleteJSON("followup", "x"); err != nil {
		t.Fatal(err)
	}
	if found, _ := s.GetJSON("followup", "x", &r); found {
		t.Errorf("GetJSON after delete: got found, want not found")
	}
	if err := s.DeleteJSON("nobucket", "x"); err != nil {
		t.Errorf("DeleteJSON on missing bucket: got %v, want nil", err)
	}

	if err := s.ReplaceJSON("followup", map[string]any{"z": record{"new", 3}}); err != nil {
		t.Fatal(err)
	}
	keys = nil
	s.ForEachJSON("followup", func(k string, raw []byte) error {
		keys = append(keys, k)
		return nil
	})
	if !reflect.DeepEqual(keys, []string{"z"}) {
		t.Errorf("after ReplaceJSON: got keys %q, want [z]", keys)
	}
	// A value that cannot be encoded must leave the bucket untouched.
	if err := s.ReplaceJSON("followup", map[string]any{"bad": make(chan int)}); err == nil {
		t.Errorf("ReplaceJSON(chan): got nil error, want one")
	}
	if found, _ := s.GetJSON("followup", "z", &r); !found {
		t.Errorf("failed ReplaceJSON lost record z")
	}
}

func TestPersistenceAcrossReopen(t *testing.T) {
	s, path := openTemp(t)
	if err := s.SetValidators("u", Validators{ETag: "e"}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutJSON("cursor", "export", 42); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if v, _ := s2.Validators("u"); v.ETag != "e" {
		t.Errorf("Validators after reopen: got %+v, want ETag e", v)
	}
	var n int
	if found, _ := s2.GetJSON("cursor", "export", &n); !found || n != 42 {
		t.Errorf("GetJSON after reopen: got %d, %v, want 42, true", n, found)
	}
}

func TestSecondOpenLocked(t *testing.T) {
	_, path := openTemp(t)
	start := time.Now()
	s2, err := Open(path)
	if err == nil {
		s2.Close()
		t.Fatal("second Open: got nil error, want ErrLocked")
	}
	if !errors.Is(err, ErrLocked) {
		t.Errorf("second Open: got %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("second Open took %v, want about %v", d, lockTimeout)
	}
	t.Log(err)
}
