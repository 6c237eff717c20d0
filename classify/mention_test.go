package classify

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

// apple is an Apple-like brand: its name is an ordinary word, so context
// has to decide.
var apple = config.Brand{
	Name:       "Apple",
	Terms:      []string{"Apple", "iPhone", "MacBook Pro"},
	Exclude:    []string{"apple pie recipe"},
	Context:    []string{"iOS", "Mac", "app store", "Tim Cook", "AirPods", "watch"},
	NotContext: []string{"pie", "orchard", "cider", "tree", "crumble", "juice"},
}

func TestMentionContext(t *testing.T) {
	c := newTestClassifier(t, apple, loquat)
	tests := []struct {
		name      string
		text      string
		want      bool
		wantTerms []string // each must be among the deciding terms
	}{
		{"brand capitalised mid-sentence", "My new Apple keyboard stopped pairing.", true, []string{"term:Apple", "cue:capitalised"}},
		{"context term supports lower case", "apple pushed a broken iOS update again", true, []string{"context:iOS"}},
		{"context at sentence start", "Apple released a new Mac today.", true, []string{"context:Mac"}},
		{"handle", "@apple my screen is frozen", true, []string{"cue:handle"}},
		{"distinctive product term alone", "the iphone camera is great", true, []string{"term:iphone"}},
		{"multi-word product term", "my MacBook Pro fan is loud", true, []string{"term:MacBook Pro"}},
		{"not_context rejects", "Apple pie with cinnamon is the best dessert.", false, []string{"not_context:pie"}},
		{"orchard", "We picked apples and one big apple in the orchard", false, []string{"not_context:orchard"}},
		{"plain fruit, no evidence", "I ate an apple for lunch.", false, []string{"cue:lowercase"}},
		{"sentence start alone is not enough", "Apple is my favourite.", false, []string{"term:Apple"}},
		{"exclude vetoes even with context", "apple pie recipe for my Mac-using friends", false, nil},
		{"context outweighs one not_context", "Apple Watch and AirPods with iOS 18, cider in hand", true, []string{"context:AirPods", "not_context:cider"}},
		{"distinctive name survives lower case", "loquat sync is down", true, []string{"term:loquat"}},
		{"distinctive name, all caps", "LOQUAT IS DOWN", true, []string{"term:LOQUAT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := c.Analyze("", tt.text)
			var got *BrandAnalysis
			for i := range a.Brands {
				if a.Brands[i].Brand == "Apple" || (a.Brands[i].Brand == "Loquat" && strings.Contains(strings.ToLower(tt.text), "loquat")) {
					got = &a.Brands[i]
				}
			}
			mentioned := got != nil && got.Mentioned
			if mentioned != tt.want {
				t.Errorf("Analyze(%q) mentioned = %v (%+v), want %v", tt.text, mentioned, got, tt.want)
			}
			if got == nil {
				if len(tt.wantTerms) > 0 {
					t.Errorf("Analyze(%q): no brand entry, want terms %q", tt.text, tt.wantTerms)
				}
				return
			}
			if got.Relevance < 0 || got.Relevance > 1 {
				t.Errorf("Analyze(%q) relevance = %v, want in [0, 1]", tt.text, got.Relevance)
			}
			if (got.Relevance >= MentionThreshold) != got.Mentioned {
				t.Errorf("Analyze(%q) relevance %v disagrees with mentioned %v", tt.text, got.Relevance, got.Mentioned)
			}
			for _, w := range tt.wantTerms {
				if !slices.Contains(got.Terms, w) {
					t.Errorf("Analyze(%q) terms = %q, want to contain %q", tt.text, got.Terms, w)
				}
			}
		})
	}
}

func TestMentionsUseRelevance(t *testing.T) {
	c := newTestClassifier(t, apple)
	tests := []struct {
		texts []string
		want  []string
	}{
		{[]string{"Apple pie", "with cream"}, nil},
		{[]string{"Is Apple down?", "The App Store and iOS updates fail."}, []string{"Apple"}},
		{[]string{"", "i ate an apple"}, nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.texts, "|"), func(t *testing.T) {
			if got := c.Mentions(tt.texts...); !slices.Equal(got, tt.want) {
				t.Errorf("Mentions(%q) = %q, want %q", tt.texts, got, tt.want)
			}
		})
	}
}

func TestTermStrength(t *testing.T) {
	tests := []struct {
		term          string
		wantAmbiguous bool
	}{
		{"apple", true},
		{"Apple", true},
		{"Orange", true},
		{"Loquat", false},
		{"Loquat Hearth", false},
		{"iPhone", false},
		{"medlar.io", false},
		{"GTX580", false},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			s, amb := termStrength(tt.term)
			if amb != tt.wantAmbiguous {
				t.Errorf("termStrength(%q) ambiguous = %v, want %v", tt.term, amb, tt.wantAmbiguous)
			}
			if amb == (s >= MentionThreshold) {
				t.Errorf("termStrength(%q) = %v: an ambiguous term must need evidence, a distinctive one must not", tt.term, s)
			}
		})
	}
}

func TestBrandSentiment(t *testing.T) {
	c := newTestClassifier(t, loquat, medlar)
	tests := []struct {
		name      string
		text      string
		wantPost  string
		wantBrand map[string]string
	}{
		{"praise elsewhere, attack on the brand",
			"My new phone is wonderful and I love it, best purchase ever! Sadly Loquat is terrible.",
			post.Positive, map[string]string{"Loquat": post.Negative}},
		{"but splits two brands",
			"Medlar Labs is great but Loquat is awful",
			"", map[string]string{"Medlar": post.Positive, "Loquat": post.Negative}},
		{"a clause is cut at its but-word after a Kelvin sign",
			// strings.ToLower turns the 3-byte Kelvin sign into "k": bounds
			// found in the lower-cased text would cut "great" short.
			"Loquat's new 300 \u212a model is great but Medlar Labs is awful",
			"", map[string]string{"Loquat": post.Positive, "Medlar": post.Negative}},
		{"next sentence counts",
			"I tried Loquat yesterday. It is horrible and broken.",
			post.Negative, map[string]string{"Loquat": post.Negative}},
		{"far sentence does not",
			"Loquat shipped version 2 today. The release notes are long. Honestly my week was horrible and sad.",
			post.Negative, map[string]string{"Loquat": post.Neutral}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &post.Post{Text: tt.text}
			c.Classify(p)
			if tt.wantPost != "" && p.Sentiment != tt.wantPost {
				t.Errorf("post sentiment of %q = %s (%.3f), want %s", tt.text, p.Sentiment, p.SentimentScore, tt.wantPost)
			}
			got := map[string]string{}
			for _, m := range p.Mentions {
				got[m.Brand] = m.Sentiment
				if m.Score < -1 || m.Score > 1 {
					t.Errorf("mention %s score = %v, want in [-1, 1]", m.Brand, m.Score)
				}
			}
			for b, want := range tt.wantBrand {
				if got[b] != want {
					t.Errorf("sentiment toward %s in %q = %q, want %q (mentions %+v)", b, tt.text, got[b], want, p.Mentions)
				}
			}
		})
	}
}

func TestSentenceBounds(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", " Two!", " Three?", " Four"}},
		{"v2.0 is out... really!! ok", []string{"v2.0 is out...", " really!!", " ok"}},
		{"line one\nline two", []string{"line one\n", "line two"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, s := range sentenceBounds(tt.text) {
				got = append(got, tt.text[s[0]:s[1]])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sentenceBounds(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestMatcherIndexAll(t *testing.T) {
	m, err := NewMatcher([]string{"Loquat", "@lq"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want [][]int
	}{
		{"loquat loquat", [][]int{{0, 6}, {7, 13}}},
		{"Loquat,Loquat.", [][]int{{0, 6}, {7, 13}}},
		{"loquatloquat", nil},
		{"ärloquat loquat", [][]int{{10, 16}}},
		{"hi @lq and @lq", [][]int{{3, 6}, {11, 14}}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := m.IndexAll(tt.text)
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("IndexAll(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func ExampleClassifier_Analyze() {
	c, err := New([]config.Brand{{
		Name:       "Apple",
		Context:    []string{"iOS", "iPhone", "Mac"},
		NotContext: []string{"pie", "orchard"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, text := range []string{
		"Apple pie is the best dessert.",
		"Still waiting for my refund from @apple, 3 weeks now. Thinking of switching to Android.",
	} {
		a := c.Analyze("", text)
		for _, b := range a.Brands {
			fmt.Printf("%s mentioned=%v complaint=%v intents=%v terms=%v\n", b.Brand, b.Mentioned, a.Complaint, a.Intents, b.Terms)
		}
	}
	// Output:
	// Apple mentioned=false complaint=false intents=[] terms=[term:Apple not_context:pie]
	// Apple mentioned=true complaint=true intents=[complaint churn] terms=[term:apple cue:handle waiting refund]
}
