package classify

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

func newTestClassifier(tb testing.TB, brands ...config.Brand) *Classifier {
	tb.Helper()
	c, err := New(brands)
	if err != nil {
		tb.Fatalf("New(%+v): %v", brands, err)
	}
	return c
}

var (
	loquat = config.Brand{Name: "Loquat", Terms: []string{"Loquat", "Loquat Cloud"}, Exclude: []string{"loquat jam", "loquat tree"}}
	medlar = config.Brand{Name: "Medlar", Terms: []string{"Medlar Labs", "medlar.io"}}
)

func TestMentionsWordBoundaries(t *testing.T) {
	c := newTestClassifier(t, loquat)
	tests := []struct {
		text string
		want bool
	}{
		{"I love Loquat.", true},
		{"the loquat's app crashed", true},
		{"LOQUAT", true},
		{"LOQUAT!", true},
		{"#loquat", true},
		{"@Loquat please help", true},
		{"loquat-powered", true},
		{"(Loquat)", true},
		{"Loquat’s new logo", true}, // typographic apostrophe
		{"ＬＯＱＵＡＴ", false},           // full-width letters are other runes
		{"loquats", false},          // decided: only "'s" suffixes count
		{"Loquatic", false},
		{"myloquat", false},
		{"#LoquatFans", false},
		{"@loquat_support", false},
		{"loquat2", false},
		{"éloquat", false}, // a letter before is still a word
		{"", false},
		{"loquat jam is sweet", false},
		{"Loquat Tree planting", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := slices.Contains(c.Mentions(tt.text), "Loquat")
			if got != tt.want {
				t.Errorf("Mentions(%q) contains Loquat = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestMentionsUnicodeCase(t *testing.T) {
	c := newTestClassifier(t, config.Brand{Name: "Ærø", Terms: []string{"ærø kaffe"}})
	tests := []struct {
		text string
		want []string
	}{
		{"ÆRØ KAFFE er dårlig", []string{"Ærø"}},
		{"ærø\u00a0\n kaffe", []string{"Ærø"}},
		{"ærøkaffe", nil},
		{"ærø kaffebar", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := c.Mentions(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Mentions(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestMentionsBrands(t *testing.T) {
	c := newTestClassifier(t, medlar, loquat)
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{"multi-word across whitespace", []string{"Medlar\n\t Labs shipped"}, []string{"Medlar"}},
		{"multi-word needs all words", []string{"Medlar is a fruit"}, nil},
		{"dotted term", []string{"see medlar.io."}, []string{"Medlar"}},
		{"dotted term inside a word", []string{"see medlar.iota"}, nil},
		{"two brands sorted", []string{"Medlar Labs beats Loquat"}, []string{"Loquat", "Medlar"}},
		{"duplicates once", []string{"Loquat, loquat, Loquat Cloud"}, []string{"Loquat"}},
		{"exclude vetoes whole post", []string{"Loquat is fine", "but loquat jam"}, nil},
		{"exclude in title vetoes body", []string{"Loquat jam recipes", "Loquat is good"}, nil},
		{"exclude vetoes only its brand", []string{"Medlar Labs and loquat jam"}, []string{"Medlar"}},
		{"term does not span texts", []string{"Medlar", "Labs"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Mentions(tt.texts...); !slices.Equal(got, tt.want) {
				t.Errorf("Mentions(%q) = %q, want %q", tt.texts, got, tt.want)
			}
		})
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name   string
		brands []config.Brand
	}{
		{"empty term", []config.Brand{{Name: "A", Terms: []string{"a", ""}}}},
		{"blank term", []config.Brand{{Name: "A", Terms: []string{" \t"}}}},
		{"empty exclude", []config.Brand{{Name: "A", Exclude: []string{""}}}},
		{"empty name", []config.Brand{{Name: " "}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.brands)
			if !errors.Is(err, ErrEmptyTerm) {
				t.Errorf("New(%+v) error = %v, want ErrEmptyTerm", tt.brands, err)
			}
		})
	}
	c, err := New([]config.Brand{{Name: "Loquat"}})
	if err != nil {
		t.Fatalf("New with name only: %v", err)
	}
	if got := c.Mentions("loquat rocks"); !slices.Equal(got, []string{"Loquat"}) {
		t.Errorf("name as default term: got %q, want [Loquat]", got)
	}
}

func TestMatcherIndex(t *testing.T) {
	m, err := NewMatcher([]string{"Loquat", "Loquat Cloud"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []int
	}{
		{"Loquat", []int{0, 6}},
		{"I use #loquat cloud daily", []int{7, 19}},
		{"loquats only", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := m.Index(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Index(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestSentiment(t *testing.T) {
	c := newTestClassifier(t)
	tests := []struct {
		text string
		want string
	}{
		{"I love this, it is great and wonderful!", post.Positive},
		{"This is terrible, awful and broken.", post.Negative},
		{"", post.Neutral},
		{"It is good.", post.Positive},
		{"It is not good.", post.Negative},
		{"The app was\nnot\n\ngood.", post.Negative}, // newlines must not hide words
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, score := c.Sentiment(tt.text)
			if got != tt.want {
				t.Errorf("Sentiment(%q) = %s (%.3f), want %s", tt.text, got, score, tt.want)
			}
			if score < -1 || score > 1 {
				t.Errorf("Sentiment(%q) score = %v, want in [-1, 1]", tt.text, score)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	c := newTestClassifier(t, loquat, medlar)
	tests := []struct {
		name          string
		title, text   string
		wantSentiment string
		wantBrands    []string
		wantCriticism []string
	}{
		{"negative mention", "", "Loquat is terrible, the worst app ever.", post.Negative, []string{"Loquat"}, []string{"Loquat"}},
		{"positive mention", "", "Loquat is great, I love it.", post.Positive, []string{"Loquat"}, nil},
		{"neutral mention", "", "Loquat released version 2 today.", post.Neutral, []string{"Loquat"}, nil},
		{"negative without brand", "", "This is terrible and awful.", post.Negative, nil, nil},
		{"brand in title only", "Loquat", "Horrible, awful, broken experience.", post.Negative, []string{"Loquat"}, []string{"Loquat"}},
		{"two brands criticised", "", "Loquat and Medlar Labs are both awful.", post.Negative, []string{"Loquat", "Medlar"}, []string{"Loquat", "Medlar"}},
		{"excluded brand not criticised", "", "This loquat jam from Loquat is disgusting.", post.Negative, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &post.Post{Title: tt.title, Text: tt.text, Criticism: []string{"stale"}}
			c.Classify(p)
			if p.Sentiment != tt.wantSentiment {
				t.Errorf("Sentiment = %s (%.3f), want %s", p.Sentiment, p.SentimentScore, tt.wantSentiment)
			}
			if !slices.Equal(p.Brands, tt.wantBrands) {
				t.Errorf("Brands = %q, want %q", p.Brands, tt.wantBrands)
			}
			if !slices.Equal(p.Criticism, tt.wantCriticism) {
				t.Errorf("Criticism = %q, want %q", p.Criticism, tt.wantCriticism)
			}
		})
	}
	c.Classify(nil) // must not panic
}

// TestConcurrent runs under -race to prove that one Classifier may serve many
// goroutines, which the crawler's worker pool relies on.
func TestConcurrent(t *testing.T) {
	c := newTestClassifier(t, loquat, medlar)
	want := &post.Post{Text: "Loquat is not good at all, very disappointing!"}
	c.Classify(want)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				p := &post.Post{Text: want.Text}
				c.Classify(p)
				if p.SentimentScore != want.SentimentScore || !slices.Equal(p.Criticism, want.Criticism) {
					errs <- fmt.Errorf("goroutine %d run %d: got %v %q, want %v %q", i, j, p.SentimentScore, p.Criticism, want.SentimentScore, want.Criticism)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// FuzzClassify checks that any input classifies without panic and with
// every score in range. Criticism used to require a negative post; since
// complaints and brand-targeted sentiment decide it, the invariant is now
// that only mentioned brands are criticised.
func FuzzClassify(f *testing.F) {
	// Best Buy's name is rated ("best"), so the mask (maskNames) is fuzzed too.
	bestBuy := config.Brand{Name: "Best Buy", Terms: []string{"Best Buy", "bestbuy.com"}}
	c := newTestClassifier(f, loquat, medlar, apple, bestBuy)
	for _, s := range []string{"", "Loquat is awful!!!", "Best Buy lost my order &lt;3 D:", "BEST BUY, not Loquat, wow... trash",
		"thanks Best Buy for ruining it", strings.Repeat("ab", 31) + "in Best Buy", "not good", "😡 loquat", "\xff\xfe", "kind of", "no", "but but but", "least",
		"Apple pie. Apple iOS!", "loquat loquat, Loquat.", "Still waiting 3 weeks @loquat?", "Das ist Loquat, wirklich schlecht und teuer.",
		"Estoy muy contento con mi Loquat", "Las Vegas, Los Angeles, El Paso", strings.Repeat("Loquat did not say. ", 30)} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		p := &post.Post{Title: title, Text: text}
		c.Classify(p)
		checkPost(t, p)
		a := c.Analyze("", title+" "+text)
		checkAnalysis(t, a)
		checkAnalysis(t, c.Analyze("Loquat", text))
		checkAnalysis(t, c.Analyze("Unconfigured", text))
	})
}

func inRange(v, lo, hi float64) bool { return v >= lo && v <= hi } // false for NaN

func checkPost(tb testing.TB, p *post.Post) {
	tb.Helper()
	if !inRange(p.SentimentScore, -1, 1) {
		tb.Fatalf("Classify(%q, %q) score = %v, want in [-1, 1]", p.Title, p.Text, p.SentimentScore)
	}
	if !inRange(p.ComplaintScore, 0, 1) || p.Complaint != (p.ComplaintScore >= ComplaintThreshold) {
		tb.Fatalf("Classify(%q, %q) complaint = %v (%v), want a score in [0, 1] that decides it", p.Title, p.Text, p.Complaint, p.ComplaintScore)
	}
	if !slices.IsSorted(p.Brands) {
		tb.Fatalf("Classify(%q, %q): brands %q not sorted", p.Title, p.Text, p.Brands)
	}
	for _, b := range p.Criticism {
		if !slices.Contains(p.Brands, b) {
			tb.Fatalf("Classify(%q, %q): criticism %q not among brands %q", p.Title, p.Text, p.Criticism, p.Brands)
		}
	}
	if len(p.Mentions) != len(p.Brands) {
		tb.Fatalf("Classify(%q, %q): %d mentions for brands %q", p.Title, p.Text, len(p.Mentions), p.Brands)
	}
	for _, m := range p.Mentions {
		if !inRange(m.Relevance, MentionThreshold, 1) || !inRange(m.Score, -1, 1) {
			tb.Fatalf("Classify(%q, %q): mention %+v out of range", p.Title, p.Text, m)
		}
	}
}

func checkAnalysis(tb testing.TB, a Analysis) {
	tb.Helper()
	if !inRange(a.SentimentScore, -1, 1) || !inRange(a.ComplaintScore, 0, 1) {
		tb.Fatalf("Analyze: scores out of range: %+v", a)
	}
	if a.Sentiment == Unscored && a.SentimentScore != 0 {
		tb.Fatalf("Analyze: unscored with score %v", a.SentimentScore)
	}
	for _, b := range a.Brands {
		if !inRange(b.Relevance, 0, 1) || !inRange(b.SentimentScore, -1, 1) || b.Mentioned != (b.Relevance >= MentionThreshold) {
			tb.Fatalf("Analyze: brand %+v out of range", b)
		}
	}
}

func TestCriticism(t *testing.T) {
	c := newTestClassifier(t, loquat, medlar)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"complaint without negative words", "@loquat still waiting for my refund, 3 weeks now", []string{"Loquat"}},
		{"negative toward the brand", "Loquat is the worst, terrible and ugly.", []string{"Loquat"}},
		{"negative post, brand praised", "Loquat is wonderful and I love it! The app opens fast. My week was horrible and sad though, awful weather.", nil},
		{"praise", "Loquat is great, thank you!", nil},
		{"complaint about one of two brands", "Medlar Labs is lovely. @loquat my order never arrived and nobody answers, still waiting.", []string{"Loquat"}},
		// A complaint said kindly reads as positive, and is criticism all
		// the same; thanks for a problem solved is not.
		{"complaint said kindly", "Loquat support was friendly, but my refund still hasn't arrived after 3 weeks.", []string{"Loquat"}},
		{"complaint after praise", "I love my Loquat thermostat, but it has been offline for two days and support keeps closing my ticket.", []string{"Loquat"}},
		{"problem solved, thanked", "Loquat fixed my problem in five minutes, great support!", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &post.Post{Text: tt.text}
			c.Classify(p)
			if !slices.Equal(p.Criticism, tt.want) {
				t.Errorf("Classify(%q) criticism = %q, want %q (mentions %+v, complaint %.3f)", tt.text, p.Criticism, tt.want, p.Mentions, p.ComplaintScore)
			}
		})
	}
}

// TestBrandNameNoSentiment checks that a brand's own name is not read as
// praise, blame, negation or a booster, in the post's sentiment or the
// brand's, while its mention and the rest of the text are read as before.
func TestBrandNameNoSentiment(t *testing.T) {
	c := newTestClassifier(t,
		config.Brand{Name: "Best Buy", Terms: []string{"Best Buy"}},
		config.Brand{Name: "Trust", Terms: []string{"Trust"}},
		config.Brand{Name: "Creative", Terms: []string{"Creative Labs"}},
		loquat)
	rules := NewScorer()
	tests := []struct {
		text, brand string
		// want is the sign of the sentiment toward the brand and of the
		// post; unmasked, the scorer reads the text the other way or
		// not at all.
		want     string
		unmasked string
	}{
		{"Best Buy lost my order again", "Best Buy", post.Negative, post.Positive},
		{"my Trust headset broke after a week", "Trust", post.Negative, post.Positive},
		{"Creative Labs never answered my email", "Creative", post.Negative, post.Positive},
		// A name the lexicon does not read is left as it is (a control:
		// masking it would change nothing either).
		{"Loquat is great", "Loquat", post.Positive, post.Positive},
		// An all-caps name is masked, and its mask shown nowhere.
		{"BEST BUY lost my order again", "Best Buy", post.Negative, post.Positive},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := rules.Score(tt.text).Label; got != tt.unmasked {
				t.Fatalf("Score(%q) = %s, want %s: the case no longer tests the mask", tt.text, got, tt.unmasked)
			}
			a := c.Analyze(tt.brand, tt.text)
			if a.Sentiment != tt.want {
				t.Errorf("Analyze(%q).Sentiment = %s (%v), want %s", tt.text, a.Sentiment, a.SentimentTerms, tt.want)
			}
			if len(a.Brands) != 1 || !a.Brands[0].Mentioned {
				t.Fatalf("Analyze(%q).Brands = %+v, want %s mentioned", tt.text, a.Brands, tt.brand)
			}
			b := a.Brands[0]
			if b.Sentiment != tt.want {
				t.Errorf("Analyze(%q) toward %s = %s (%v), want %s", tt.text, tt.brand, b.Sentiment, b.Terms, tt.want)
			}
			for _, term := range append(slices.Clone(a.SentimentTerms), b.Terms...) {
				if strings.Contains(strings.ToLower(term), "xx") { // "xx", "Xx" or an all-caps name's "XX"
					t.Errorf("Analyze(%q) term %q shows the mask", tt.text, term)
				}
			}
			if !slices.ContainsFunc(b.Terms, func(s string) bool {
				return strings.HasPrefix(s, "term:") && !strings.Contains(strings.ToLower(s), "xx")
			}) {
				t.Errorf("Analyze(%q) terms %v name no brand term as written", tt.text, b.Terms)
			}
		})
	}
	// A brand's word that is no mention of it keeps its rating.
	text := "I trust this shop completely"
	a := c.Analyze("Trust", text)
	if len(a.Brands) != 1 || a.Brands[0].Mentioned {
		t.Fatalf("Analyze(%q).Brands = %+v, want Trust found but not mentioned", text, a.Brands)
	}
	if a.Sentiment != post.Positive || !slices.Contains(a.SentimentTerms, "trust") {
		t.Errorf("Analyze(%q) = %s %v, want positive with \"trust\"", text, a.Sentiment, a.SentimentTerms)
	}
}

// TestBrandComparison checks that a brand that something is compared with
// ("better than Loquat") gets the opposite of what the sentence says.
func TestBrandComparison(t *testing.T) {
	c := newTestClassifier(t, loquat, medlar)
	tests := []struct {
		text string
		// want maps each brand to its sentiment label.
		want      map[string]string
		criticism []string
	}{
		{"Medlar Labs is way better than Loquat", map[string]string{"Loquat": post.Negative, "Medlar": post.Positive}, []string{"Loquat"}},
		{"Loquat is worse than Medlar Labs", map[string]string{"Loquat": post.Negative, "Medlar": post.Positive}, []string{"Loquat"}},
		{"Medlar Labs is more reliable than the Loquat app.", map[string]string{"Loquat": post.Negative, "Medlar": post.Positive}, []string{"Loquat"}},
		{"Nothing is better than Loquat", map[string]string{"Loquat": post.Positive}, nil},
		// A negated comparative says the two are alike.
		{"Loquat is no better than Medlar Labs", map[string]string{"Loquat": post.Negative, "Medlar": post.Negative}, []string{"Loquat", "Medlar"}},
		// A brand named in another sentence too is judged on all of them.
		{"Loquat crashed again and lost my notes. It is slower than my old Loquat.", map[string]string{"Loquat": post.Negative}, []string{"Loquat"}},
		// A brand someone left.
		{"I switched from Loquat to Medlar Labs and it is great", map[string]string{"Loquat": post.Negative, "Medlar": post.Positive}, []string{"Loquat"}},
		{"I switched from Loquat to Medlar Labs and I regret it", map[string]string{"Loquat": post.Positive, "Medlar": post.Negative}, []string{"Medlar"}},
		{"I upgraded from Loquat 3 to Loquat 4 and it is great", map[string]string{"Loquat": post.Positive}, nil},
		{"I bought it from Loquat and it is great", map[string]string{"Loquat": post.Positive}, nil},
		// A brand set against another.
		{"Unlike Loquat, Medlar Labs answers quickly and the support is excellent", map[string]string{"Loquat": post.Negative, "Medlar": post.Positive}, []string{"Loquat"}},
		{"Loquat, unlike Medlar Labs, works great", map[string]string{"Loquat": post.Positive, "Medlar": post.Negative}, []string{"Medlar"}},
		// A brand on both sides is compared with itself.
		{"The new Loquat is much better than the old Loquat", map[string]string{"Loquat": post.Positive}, nil},
		// "than" that compares nothing with the brand.
		{"I have used Loquat for more than a year and love it", map[string]string{"Loquat": post.Positive}, nil},
		// "than" before a clause or a participle: what is compared is not
		// the brand ("better than I expected from Loquat").
		{"The hub works better than expected from Loquat", map[string]string{"Loquat": post.Positive}, nil},
		{"The new hub is much better than I expected from Loquat", map[string]string{"Loquat": post.Positive}, nil},
		{"Medlar Labs is better than it used to be, unlike Loquat", map[string]string{"Loquat": post.Negative, "Medlar": post.Positive}, []string{"Loquat"}},
		// A sentence's end ends the reach of its "than" ("Thanks" is no "than").
		{"Medlar Labs is better than ever. Thanks Loquat for the update", map[string]string{"Loquat": post.Positive, "Medlar": post.Positive}, nil},
		// A curly apostrophe negates as a straight one does.
		{"Loquat isn’t any better than Medlar Labs", map[string]string{"Loquat": post.Negative, "Medlar": post.Negative}, []string{"Loquat", "Medlar"}},
		{"Loquat isn't any better than Medlar Labs", map[string]string{"Loquat": post.Negative, "Medlar": post.Negative}, []string{"Loquat", "Medlar"}},
		// An adjective of the brand's own keeps the comparison.
		{"Medlar Labs is better than the redesigned Loquat", map[string]string{"Loquat": post.Negative, "Medlar": post.Positive}, []string{"Loquat"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p := &post.Post{Text: tt.text}
			c.Classify(p)
			got := map[string]string{}
			for _, m := range p.Mentions {
				got[m.Brand] = m.Sentiment
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("Classify(%q) mentions = %v, want %v (%+v)", tt.text, got, tt.want, p.Mentions)
			}
			if !slices.Equal(p.Criticism, tt.criticism) {
				t.Errorf("Classify(%q) criticism = %q, want %q", tt.text, p.Criticism, tt.criticism)
			}
		})
	}
	for _, words := range [][]string{{"i", "chose", "it", "rather"}, {"anything", "other"}, {"not", "faster"}, {"isn't", "any", "better"}, {"never", "more", "reliable"}} {
		if comparative(words) {
			t.Errorf("comparative(%q) = true, want false", words)
		}
	}
	for _, words := range [][]string{{"way", "better"}, {"is", "cheaper"}, {"far", "more", "reliable"}, {"nothing", "is", "better"}} {
		if !comparative(words) {
			t.Errorf("comparative(%q) = false, want true", words)
		}
	}
}

func TestAnalyzeBrandSelection(t *testing.T) {
	c := newTestClassifier(t, loquat, medlar)
	text := "Loquat and Medlar Labs both shipped updates; Nespola did not."
	tests := []struct {
		brand string
		want  []string
	}{
		{"", []string{"Loquat", "Medlar"}},
		{"medlar", []string{"Medlar"}},
		{"Nespola", []string{"Nespola"}}, // not configured: its name is the term
		{"Absent", nil},
	}
	for _, tt := range tests {
		t.Run(tt.brand, func(t *testing.T) {
			a := c.Analyze(tt.brand, text)
			var got []string
			for _, b := range a.Brands {
				if b.Mentioned {
					got = append(got, b.Brand)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Analyze(%q, %q) brands = %q, want %q", tt.brand, text, got, tt.want)
			}
			if a.Intents == nil || a.Brands == nil {
				t.Errorf("Analyze: nil slices would print as JSON null: %+v", a)
			}
		})
	}
}

func TestAnalysisJSON(t *testing.T) {
	c := newTestClassifier(t, loquat)
	b, err := json.Marshal(c.Analyze("", "@loquat still waiting for my refund, 3 weeks now"))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"language":`, `"sentiment":`, `"sentiment_score":`, `"complaint":true`, `"complaint_score":`, `"intents":["complaint"]`, `"brands":[{"brand":"Loquat","mentioned":true,"relevance":`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("Analyze JSON = %s, want it to contain %s", b, key)
		}
	}
}

func ExampleClassifier_Classify() {
	c, err := New([]config.Brand{{Name: "Loquat", Exclude: []string{"loquat jam"}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	p := &post.Post{Title: "Loquat's sync", Text: "Sync has been broken for a week. Terrible."}
	c.Classify(p)
	fmt.Println(p.Sentiment, p.Brands, p.Criticism)
	// Output: negative [Loquat] [Loquat]
}

// TestSentimentFactualIsWeak: a sentence with no opinion word may lean one
// way (the learned layer reads a little into any text) but never strongly,
// so it cannot become criticism on its own.
func TestSentimentFactualIsWeak(t *testing.T) {
	c := newTestClassifier(t)
	for _, text := range []string{
		"The update ships on Tuesday.",
		"Loquat Home said on Tuesday that LoquatOS 5.1 will reach Hearth thermostats over the next two weeks.",
		"The meeting is at 3pm in room 4.",
	} {
		if _, score := c.Sentiment(text); score <= CriticismSentiment || score >= 0.25 {
			t.Errorf("Sentiment(%q) score = %.3f, want within (%.2f, 0.25)", text, score, CriticismSentiment)
		}
	}
}
