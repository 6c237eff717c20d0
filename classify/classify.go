// Package classify decides what a post is about and how it feels: which
// configured brands it mentions, its sentiment, and which brands it
// criticises. It is pure computation over text: no I/O and no state that
// changes after New.
package classify

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
	"github.com/jonreiter/govader"
)

// Label thresholds on the VADER compound score, as recommended by the VADER
// authors (Hutto & Gilbert, 2014): at or above PositiveThreshold is positive,
// at or below NegativeThreshold is negative, anything between is neutral.
const (
	PositiveThreshold = 0.05
	NegativeThreshold = -0.05
)

// Classifier labels posts for a fixed set of brands. It is safe for
// concurrent use: after New nothing in it is written (govader's analyzer only
// reads its lexicon maps and compiled regexps while scoring).
type Classifier struct {
	brands []brand
	sia    *govader.SentimentIntensityAnalyzer
}

type brand struct {
	name    string
	terms   *Matcher
	exclude *Matcher // nil when the brand has no exclude terms
}

// New compiles the brands' terms and exclude terms. A brand without terms
// uses its name as its only term. An empty brand name or an empty term is an
// error.
func New(brands []config.Brand) (*Classifier, error) {
	c := &Classifier{brands: make([]brand, 0, len(brands))}
	for i, b := range brands {
		name := strings.TrimSpace(b.Name)
		if name == "" {
			return nil, fmt.Errorf("classify: brand %d: name: %w", i, ErrEmptyTerm)
		}
		terms := b.Terms
		if len(terms) == 0 {
			terms = []string{name}
		}
		tm, err := NewMatcher(terms)
		if err != nil {
			return nil, fmt.Errorf("classify: brand %q terms: %w", name, err)
		}
		bm := brand{name: name, terms: tm}
		if len(b.Exclude) > 0 {
			if bm.exclude, err = NewMatcher(b.Exclude); err != nil {
				return nil, fmt.Errorf("classify: brand %q exclude: %w", name, err)
			}
		}
		c.brands = append(c.brands, bm)
	}
	c.sia = govader.NewSentimentIntensityAnalyzer()
	return c, nil
}

// Mentions returns the names of the brands that texts mention, sorted and
// without duplicates. A brand counts when one of its terms matches any of
// the texts and none of its exclude terms matches any of them: the texts are
// parts of one post (title, body), and an exclude term anywhere in the post
// says the post is about something else. Each text is matched on its own, so
// a multi-word term never spans the title and the body.
func (c *Classifier) Mentions(texts ...string) []string {
	var names []string
	for _, b := range c.brands {
		if matchAny(b.terms, texts) && (b.exclude == nil || !matchAny(b.exclude, texts)) {
			names = append(names, b.name)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

func matchAny(m *Matcher, texts []string) bool {
	for _, t := range texts {
		if m.Match(t) {
			return true
		}
	}
	return false
}

// Sentiment returns the sentiment label of text (post.Positive, post.Neutral
// or post.Negative) and the VADER compound score in [-1, 1].
func (c *Classifier) Sentiment(text string) (label string, score float64) {
	// govader splits words on single spaces only, so newlines and runs of
	// space would glue words together and hide them from the lexicon.
	text = post.NormalizeSpace(text)
	if text == "" {
		return post.Neutral, 0
	}
	score = c.sia.PolarityScores(text).Compound
	if math.IsNaN(score) {
		score = 0
	}
	score = max(-1, min(1, score))
	switch {
	case score >= PositiveThreshold:
		return post.Positive, score
	case score <= NegativeThreshold:
		return post.Negative, score
	}
	return post.Neutral, score
}

// Classify fills p's Sentiment, SentimentScore, Brands and Criticism. The
// sentiment is that of the title and text together; a post criticises every
// brand it mentions when its sentiment is negative, since a first version
// cannot tell which of two brands a complaint is aimed at.
func (c *Classifier) Classify(p *post.Post) {
	if p == nil {
		return
	}
	p.Sentiment, p.SentimentScore = c.Sentiment(p.Title + " " + p.Text)
	p.Brands = c.Mentions(p.Title, p.Text)
	p.Criticism = nil
	if p.Sentiment == post.Negative && len(p.Brands) > 0 {
		p.Criticism = slices.Clone(p.Brands)
	}
}
