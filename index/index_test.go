package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/post"
)

var (
	fetched1 = time.Date(2026, 3, 25, 8, 0, 0, 0, time.UTC)
	fetched2 = time.Date(2026, 3, 26, 8, 0, 0, 0, time.UTC)
)

// day returns noon UTC on the given date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

// fixture returns five posts in two threads plus a lone post; its counts are
// spelled out in TestSearchFacets.
func fixture() []post.Post {
	ps := []post.Post{
		{ID: "p1", ThreadID: "p1", Source: "blog", Host: "blog.example", URL: "https://blog.example/1",
			Title: "Refund policy is a joke", Text: "I waited weeks for my money.", Author: "ann",
			Published: day(2026, 1, 10), Sentiment: post.Negative, SentimentScore: -0.7,
			Brands: []string{"Loquat"}, Criticism: []string{"Loquat"}, Language: "en"},
		{ID: "p2", ThreadID: "p1", ParentID: "p1", Source: "blog", Host: "blog.example", URL: "https://blog.example/1#comment-2",
			Text: "Loquat support answered and the refund arrived.", Author: "Loquat Support",
			Published: day(2026, 1, 11), Sentiment: post.Positive, SentimentScore: 0.6,
			Brands: []string{"Loquat"}, Language: "en"},
		{ID: "p3", ThreadID: "p3", Source: "forum", Host: "forum.example", URL: "https://forum.example/t/3",
			Title: "Shipping question", Text: "Does Quince ship to Norway?", Author: "bo",
			Published: day(2026, 2, 3), Sentiment: post.Neutral, Brands: []string{"Quince"}, Language: "en"},
		{ID: "p4", ThreadID: "p3", ParentID: "p3", Source: "forum", Host: "forum.example", URL: "https://forum.example/t/3#p4",
			Text: "Quince shipping is slow and the refunds are worse.", Author: "cy",
			Published: day(2026, 3, 20), Sentiment: post.Negative, SentimentScore: -0.5,
			Brands: []string{"Quince"}, Criticism: []string{"Quince"}, Language: "en"},
		{ID: "p5", ThreadID: "p5", Source: "news", Host: "news.example", URL: "https://news.example/5",
			Title: "Loquat launches a new phone", Text: "The launch event was fine.",
			Published: day(2026, 3, 1), Sentiment: post.Neutral, Brands: []string{"Loquat"}, Language: "en"},
	}
	for i := range ps {
		ps[i].Fetched = fetched1
		ps[i].Hash = post.ContentHash(ps[i].Title, ps[i].Author, ps[i].Text)
	}
	return ps
}

// openTest opens a fresh index in a temporary directory and closes it when
// the test ends.
func openTest(tb testing.TB) *Index {
	tb.Helper()
	ix, err := Open(filepath.Join(tb.TempDir(), "idx"))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { _ = ix.Close() })
	return ix
}

// load upserts posts and fails the test on error.
func load(tb testing.TB, ix *Index, posts []post.Post) UpsertStats {
	tb.Helper()
	st, err := ix.Upsert(context.Background(), posts)
	if err != nil {
		tb.Fatalf("Upsert: %v", err)
	}
	return st
}

func hitIDs(r *Result) []string {
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, h.Post.ID)
	}
	return ids
}

func postIDs(ps []post.Post) []string {
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	return ids
}

func TestSearchMatches(t *testing.T) {
	ix := openTest(t)
	load(t, ix, fixture())
	tests := []struct {
		name, q string
		want    []string
	}{
		{"word in title", "policy", []string{"p1"}},
		{"word in text", "norway", []string{"p3"}},
		{"stemmed in title and text", "refund", []string{"p1", "p2", "p4"}},
		{"keyword fields are not in bare search", "blog", nil},
		{"sentiment", "sentiment:negative", []string{"p1", "p4"}},
		{"source", "source:blog", []string{"p1", "p2"}},
		{"brands", "brands:Loquat", []string{"p1", "p2", "p5"}},
		{"keyword is exact", "brands:loquat", nil},
		{"criticism brand", "criticism:Quince", []string{"p4"}},
		{"flags reply", "flags:reply", []string{"p2", "p4"}},
		{"flags starter", "flags:starter", []string{"p1", "p3", "p5"}},
		{"required clause", "refund +sentiment:negative", []string{"p1", "p4"}},
		{"title field", "title:launches", []string{"p5"}},
		{"date range", `published:>="2026-03-01T00:00:00Z"`, []string{"p4", "p5"}},
		{"empty matches all", "", []string{"p1", "p2", "p3", "p4", "p5"}},
		{"star matches all", "*", []string{"p1", "p2", "p3", "p4", "p5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ix.Search(context.Background(), Query{Text: tt.q, Limit: 100})
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.q, err)
			}
			got := hitIDs(r)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q): got %v, want %v", tt.q, got, tt.want)
			}
			if r.Total != uint64(len(tt.want)) {
				t.Errorf("Search(%q): got total %d, want %d", tt.q, r.Total, len(tt.want))
			}
		})
	}
}

func TestSearchSortAndPaging(t *testing.T) {
	ix := openTest(t)
	load(t, ix, fixture())
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"newest", Query{Sort: SortNewest}, []string{"p4", "p5", "p3", "p2", "p1"}},
		{"newest page 2", Query{Sort: SortNewest, Limit: 2, Offset: 2}, []string{"p3", "p2"}},
		{"relevance title beats nothing", Query{Text: "policy"}, []string{"p1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatalf("Search(%+v): %v", tt.q, err)
			}
			if got := hitIDs(r); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%+v): got %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestSearchFacets(t *testing.T) {
	ix := openTest(t)
	load(t, ix, fixture())
	tests := []struct {
		q    string
		want Facets
	}{
		{"", Facets{
			Sentiment: []FacetCount{{"negative", 2}, {"neutral", 2}, {"positive", 1}},
			Source:    []FacetCount{{"blog", 2}, {"forum", 2}, {"news", 1}},
			Month:     []FacetCount{{"2026-01", 2}, {"2026-02", 1}, {"2026-03", 2}},
		}},
		{"refund", Facets{
			Sentiment: []FacetCount{{"negative", 2}, {"positive", 1}},
			Source:    []FacetCount{{"blog", 2}, {"forum", 1}},
			// February has no match but lies inside the range, so a chart
			// shows the gap.
			Month: []FacetCount{{"2026-01", 2}, {"2026-02", 0}, {"2026-03", 1}},
		}},
		{"nothingmatchesthis", Facets{}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			r, err := ix.Search(context.Background(), Query{Text: tt.q})
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.q, err)
			}
			if !reflect.DeepEqual(r.Facets, tt.want) {
				t.Errorf("Search(%q) facets: got %+v, want %+v", tt.q, r.Facets, tt.want)
			}
		})
	}
}

func TestSearchUndatedPost(t *testing.T) {
	ix := openTest(t)
	undated := post.Post{ID: "u1", ThreadID: "u1", Source: "feed", Text: "undated refund"}
	dated := post.Post{ID: "d1", ThreadID: "d1", Source: "feed", Text: "dated refund", Published: day(2025, 12, 31)}
	load(t, ix, []post.Post{undated, dated})
	for _, sort := range []string{SortRelevance, SortNewest} {
		t.Run(sort, func(t *testing.T) {
			r, err := ix.Search(context.Background(), Query{Text: "refund", Sort: sort})
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			if r.Total != 2 {
				t.Errorf("got total %d, want 2", r.Total)
			}
			want := []FacetCount{{"2025-12", 1}}
			if !reflect.DeepEqual(r.Facets.Month, want) {
				t.Errorf("month facet: got %v, want %v", r.Facets.Month, want)
			}
		})
	}
}

func TestSearchBadQuery(t *testing.T) {
	ix := openTest(t)
	load(t, ix, fixture())
	tests := []Query{
		{Text: `"unterminated`},
		{Text: "refund~x"},
		{Text: `text:/[/`},
		{Text: `refund -title:/(a/`},
		{Text: "title:"},
		{Text: "refund", Sort: "oldest"},
	}
	for _, q := range tests {
		t.Run(q.Text+"/"+q.Sort, func(t *testing.T) {
			_, err := ix.Search(context.Background(), q)
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("Search(%+v): got error %v, want ErrBadQuery", q, err)
			}
			want := q.Text
			if q.Sort != "" {
				want = q.Sort
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("Search(%+v): got error %q, want it to contain %q", q, err, want)
			}
		})
	}
}

func TestSearchSnippetsAreLiteral(t *testing.T) {
	ix := openTest(t)
	p := post.Post{
		ID: "x1", ThreadID: "x1", Source: "forum",
		Title: `Fish & <b>chips</b> refund`,
		Text:  `Ask for a refund <script>alert("&amp;")</script> & wait; 'refund' again.`,
	}
	load(t, ix, []post.Post{p})
	r, err := ix.Search(context.Background(), Query{Text: "refund"})
	if err != nil {
		t.Fatalf("Search: %v", err)
	}
	if len(r.Hits) != 1 {
		t.Fatalf("got %d hits, want 1", len(r.Hits))
	}
	want := map[string]string{"title": p.Title, "text": p.Text}
	got := map[string]string{}
	for _, s := range r.Hits[0].Snippets {
		var b strings.Builder
		matches := 0
		for _, part := range s.Parts {
			b.WriteString(part.Text)
			if part.Match {
				matches++
				if !strings.EqualFold(part.Text, "refund") {
					t.Errorf("%s: got match %q, want %q", s.Field, part.Text, "refund")
				}
			}
		}
		if matches == 0 {
			t.Errorf("%s: got no match in %q", s.Field, s)
		}
		got[s.Field] = b.String()
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("snippets: got %q, want %q", got, want)
	}
	if s := r.Hits[0].Snippets; len(s) > 1 && s[1].String() != `Ask for a [[refund]] <script>alert("&amp;")</script> & wait; '[[refund]]' again.` {
		t.Errorf("text snippet: got %q", s[1].String())
	}
}

func TestParts(t *testing.T) {
	tests := []struct {
		in   string
		want []Part
	}{
		{"", nil},
		{"plain &amp; &lt;b&gt;", []Part{{Text: "plain & <b>"}}},
		{"<mark>a</mark>", []Part{{Text: "a", Match: true}}},
		{"x <mark>&lt;a&gt;</mark> y", []Part{{Text: "x "}, {Text: "<a>", Match: true}, {Text: " y"}}},
		{"x <mark>open", []Part{{Text: "x "}, {Text: "open"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parts(%q): got %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestUpsertIdempotent(t *testing.T) {
	ctx := context.Background()
	ix := openTest(t)
	if got, want := load(t, ix, fixture()), (UpsertStats{Added: 5}); got != want {
		t.Fatalf("first Upsert: got %+v, want %+v", got, want)
	}
	again := fixture()
	for i := range again {
		again[i].Fetched = fetched2
	}
	if got, want := load(t, ix, again), (UpsertStats{Unchanged: 5}); got != want {
		t.Errorf("second Upsert: got %+v, want %+v", got, want)
	}
	for _, want := range fixture() {
		got, ok, err := ix.Get(ctx, want.ID)
		if err != nil || !ok {
			t.Fatalf("Get(%s): got ok=%v err=%v, want ok", want.ID, ok, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Get(%s): got %+v, want %+v", want.ID, got, want)
		}
	}
	if n, err := ix.Count(); err != nil || n != 5 {
		t.Errorf("Count: got %d, %v, want 5", n, err)
	}

	changed := fixture()
	changed[2].Text = "Does Quince ship to Iceland?"
	changed[2].Fetched = fetched2
	if got, want := load(t, ix, changed), (UpsertStats{Updated: 1, Unchanged: 4}); got != want {
		t.Errorf("changed Upsert: got %+v, want %+v", got, want)
	}
	got, _, err := ix.Get(ctx, "p3")
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got.Text != changed[2].Text || !got.Fetched.Equal(fetched2) {
		t.Errorf("Get(p3): got text %q fetched %v, want %q %v", got.Text, got.Fetched, changed[2].Text, fetched2)
	}
	for q, want := range map[string]uint64{"iceland": 1, "norway": 0} {
		r, err := ix.Search(ctx, Query{Text: q})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if r.Total != want {
			t.Errorf("Search(%q) after update: got %d, want %d", q, r.Total, want)
		}
	}
}

func TestUpsertDuplicatesLastWins(t *testing.T) {
	ix := openTest(t)
	a := post.Post{ID: "d", ThreadID: "d", Text: "first"}
	b := post.Post{ID: "d", ThreadID: "d", Text: "second"}
	c := post.Post{ID: "e", ThreadID: "e", Text: "other"}
	if got, want := load(t, ix, []post.Post{a, c, b}), (UpsertStats{Added: 2}); got != want {
		t.Errorf("Upsert: got %+v, want %+v", got, want)
	}
	got, ok, err := ix.Get(context.Background(), "d")
	if err != nil || !ok || got.Text != "second" {
		t.Errorf("Get(d): got %q ok=%v err=%v, want %q", got.Text, ok, err, "second")
	}
}

func TestUpsertRejects(t *testing.T) {
	ix := openTest(t)
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		posts []post.Post
		is    error
	}{
		{"empty id", context.Background(), []post.Post{{ID: "ok"}, {URL: "https://x.example/"}}, nil},
		{"canceled", canceled, fixture(), context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ix.Upsert(tt.ctx, tt.posts)
			if err == nil {
				t.Fatalf("Upsert: got nil error, want one")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("Upsert: got %v, want %v", err, tt.is)
			}
			if n, _ := ix.Count(); n != 0 {
				t.Errorf("Count after failed Upsert: got %d, want 0", n)
			}
		})
	}
}

func TestGetMissing(t *testing.T) {
	ix := openTest(t)
	load(t, ix, fixture())
	if _, ok, err := ix.Get(context.Background(), "nope"); ok || err != nil {
		t.Errorf("Get(nope): got ok=%v err=%v, want false, nil", ok, err)
	}
}

func TestThread(t *testing.T) {
	ix := openTest(t)
	t0 := day(2026, 2, 1)
	load(t, ix, append(fixture(),
		post.Post{ID: "t-b", ThreadID: "t0", ParentID: "t0", Text: "b", Published: t0.Add(time.Hour)},
		post.Post{ID: "t0", ThreadID: "t0", Text: "start", Published: t0},
		post.Post{ID: "t-a", ThreadID: "t0", ParentID: "t0", Text: "a", Published: t0.Add(time.Hour)},
		post.Post{ID: "t-c", ThreadID: "t0", ParentID: "t-a", Text: "c", Published: t0.Add(30 * time.Minute)},
	))
	tests := []struct {
		thread string
		page   int
		want   []string
	}{
		{"t0", defaultPageSize, []string{"t0", "t-c", "t-a", "t-b"}},
		{"t0", 1, []string{"t0", "t-c", "t-a", "t-b"}},
		{"p1", defaultPageSize, []string{"p1", "p2"}},
		{"none", defaultPageSize, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/page%d", tt.thread, tt.page), func(t *testing.T) {
			ix.pageSize = tt.page
			ps, err := ix.Thread(context.Background(), tt.thread)
			if err != nil {
				t.Fatalf("Thread(%s): %v", tt.thread, err)
			}
			if got := postIDs(ps); !slices.Equal(got, tt.want) {
				t.Errorf("Thread(%s): got %v, want %v", tt.thread, got, tt.want)
			}
		})
	}
}

func TestCriticismPagesThroughAll(t *testing.T) {
	ix := openTest(t)
	var ps []post.Post
	var want []string
	for i := range 30 {
		p := post.Post{ID: fmt.Sprintf("c%02d", i), Text: "meh", Published: day(2026, 1, 1).Add(time.Duration(i) * time.Hour)}
		p.ThreadID = p.ID
		if i%5 != 0 {
			p.Criticism = []string{"Loquat"}
			want = append(want, p.ID)
		}
		ps = append(ps, p)
	}
	load(t, ix, ps)
	for _, page := range []int{defaultPageSize, 7, 24} {
		t.Run(fmt.Sprint(page), func(t *testing.T) {
			ix.pageSize = page
			got, err := ix.Criticism(context.Background())
			if err != nil {
				t.Fatalf("Criticism: %v", err)
			}
			if ids := postIDs(got); !slices.Equal(ids, want) {
				t.Errorf("Criticism: got %d posts %v, want %d %v", len(ids), ids, len(want), want)
			}
		})
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	load(t, ix, fixture())

	if _, err := Open(path); !errors.Is(err, ErrLocked) {
		t.Errorf("second Open while open: got %v, want ErrLocked", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	ix, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix.Close()
	if n, err := ix.Count(); err != nil || n != 5 {
		t.Errorf("Count after reopen: got %d, %v, want 5", n, err)
	}
	want := fixture()[0]
	got, ok, err := ix.Get(ctx, want.ID)
	if err != nil || !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("Get after reopen: got %+v ok=%v err=%v, want %+v", got, ok, err, want)
	}
	r, err := ix.Search(ctx, Query{Text: "refund"})
	if err != nil || r.Total != 3 {
		t.Errorf("Search after reopen: got %v, %v, want 3 hits", r, err)
	}
	if st := load(t, ix, fixture()); st != (UpsertStats{Unchanged: 5}) {
		t.Errorf("Upsert after reopen: got %+v, want all unchanged", st)
	}
}

func TestOpenEmptyDirAndNonIndex(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("Open(empty dir): %v", err)
	}
	ix.Close()

	notIndex := t.TempDir()
	if err := writeFile(filepath.Join(notIndex, "state.db")); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(notIndex); err == nil {
		t.Errorf("Open(dir with other files): got nil error, want one")
	}
}

// TestDocRoundTrip guards the claim that the stored JSON is the whole post:
// a field added to post.Post later must survive indexing too.
func TestDocRoundTrip(t *testing.T) {
	p := fixture()[0]
	p.AuthorURL = "https://blog.example/u/ann"
	p.AuthorEmail = "ann@blog.example"
	ix := openTest(t)
	load(t, ix, []post.Post{p})
	got, _, err := ix.Get(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(p)
	if string(gj) != string(wj) {
		t.Errorf("round trip: got %s, want %s", gj, wj)
	}
}

func writeFile(path string) error { return os.WriteFile(path, []byte("x"), 0o600) }

// TestComplaintAndIntents: the fields classification adds are searchable as
// keywords.
func TestComplaintAndIntents(t *testing.T) {
	ix := openTest(t)
	ps := fixture()
	ps[0].Complaint, ps[0].ComplaintScore, ps[0].Intents = true, 0.9, []string{"complaint", "support"}
	ps[3].Intents = []string{"question"}
	load(t, ix, ps)
	tests := []struct {
		q    string
		want []string
	}{
		{"flags:complaint", []string{"p1"}},
		{"intents:support", []string{"p1"}},
		{"intents:question", []string{"p4"}},
		{"intents:praise", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := ix.Search(context.Background(), Query{Text: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			if got := hitIDs(res); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q): got %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestEach(t *testing.T) {
	ix := openTest(t)
	ix.pageSize = 2 // force several pages
	load(t, ix, fixture())
	var got []string
	if err := ix.Each(context.Background(), func(p post.Post) error {
		got = append(got, p.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"p1", "p2", "p3", "p4", "p5"}; !slices.Equal(got, want) {
		t.Errorf("Each: got %v, want %v", got, want)
	}
	stop := errors.New("stop")
	n := 0
	err := ix.Each(context.Background(), func(post.Post) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Each with an error: got %v after %d posts, want stop after 1", err, n)
	}
}
