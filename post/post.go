// Package post defines the one type every earshot package shares: a single
// message (a blog post, a comment, a forum reply, a feed item) with its place
// in a thread and what classification decided about it.
package post

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
)

// Sentiment labels.
const (
	Positive = "positive"
	Neutral  = "neutral"
	Negative = "negative"
)

// Post is one message found by the crawler. Fields down to Hash are facts
// about the content; the fields after them are filled by package classify.
type Post struct {
	// ID is derived from the canonical URL (see IDFor); it is stable across
	// runs, so re-ingesting a source updates documents instead of adding them.
	ID string `json:"id"`
	// ThreadID is the ID of the thread's first post; a thread starter has
	// ThreadID == ID.
	ThreadID string `json:"thread_id"`
	// ParentID is the ID of the post this one replies to, empty for a starter.
	ParentID string `json:"parent_id,omitempty"`
	// Source is the config name of the source the post came from.
	Source string `json:"source"`
	// URL is the canonical permalink (see Canonical).
	URL         string `json:"url"`
	Host        string `json:"host"`
	Title       string `json:"title,omitempty"`
	Author      string `json:"author,omitempty"`
	AuthorURL   string `json:"author_url,omitempty"`
	AuthorEmail string `json:"author_email,omitempty"`
	// Badges are markup signals about the author that the page carried:
	// "post_author" (WordPress bypostauthor), "staff", "moderator", "admin",
	// "official", "submitter", "distinguished". A badge proves the brand
	// speaks only where the config says so for that host.
	Badges    []string  `json:"badges,omitempty"`
	Published time.Time `json:"published"`
	Fetched   time.Time `json:"fetched"`
	// Text is plain text with whitespace normalised (see NormalizeSpace).
	Text     string `json:"text"`
	Language string `json:"language,omitempty"`
	// Hash is ContentHash of the title, author and text.
	Hash string `json:"hash"`

	// Sentiment is Positive, Neutral or Negative; SentimentScore is in [-1, 1].
	Sentiment      string  `json:"sentiment,omitempty"`
	SentimentScore float64 `json:"sentiment_score"`
	// Brands lists the configured brands the post mentions, by name.
	Brands []string `json:"brands,omitempty"`
	// Criticism lists the brands the post criticises, by name.
	Criticism []string `json:"criticism,omitempty"`
	// Mentions holds, per brand mentioned, how sure the mention is, the
	// sentiment toward that brand and the words that decided both.
	Mentions []Mention `json:"mentions,omitempty"`
	// Complaint reports a problem with or a grievance against a brand, with
	// ComplaintScore its confidence in [0, 1].
	Complaint      bool    `json:"complaint,omitempty"`
	ComplaintScore float64 `json:"complaint_score,omitempty"`
	// Intents are what the author wants: support, question, complaint,
	// praise, purchase, price, review, idea, churn (zero or more).
	Intents []string `json:"intents,omitempty"`
}

// Mention is what classification found about one brand in one post.
type Mention struct {
	Brand string `json:"brand"`
	// Relevance in [0, 1]: how sure it is that the post means the brand.
	Relevance float64 `json:"relevance"`
	// Sentiment and Score are toward the brand: computed on the sentences
	// around its mentions, not the whole post.
	Sentiment string  `json:"sentiment"`
	Score     float64 `json:"score"`
	// Terms are the words that decided relevance and sentiment.
	Terms []string `json:"terms,omitempty"`
}

// IsReply reports whether p answers another post.
func (p *Post) IsReply() bool { return p.ThreadID != "" && p.ThreadID != p.ID }

// IDFor returns the stable ID of the post at rawURL: the first 16 bytes of the
// SHA-256 of its canonical form, in hex. Two spellings of one URL that
// Canonical makes equal get the same ID.
func IDFor(rawURL string) string {
	c, err := Canonical(rawURL)
	if err != nil {
		c = rawURL
	}
	sum := sha256.Sum256([]byte(c))
	return hex.EncodeToString(sum[:16])
}

// ContentHash returns a hex SHA-256 over the parts of a post a reader sees, so
// that a changed edit is noticed and an unchanged one is not.
func ContentHash(title, author, text string) string {
	h := sha256.New()
	for _, s := range []string{title, author, text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// NormalizeSpace collapses every run of white space (including non-breaking
// space) into one space and trims the ends.
func NormalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
