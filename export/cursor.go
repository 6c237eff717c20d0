package export

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/earshot-dev/earshot/followup"
)

// fingerprintVersion starts every fingerprint. Changing what Fingerprint
// covers must change it, so that the next --since-last export re-sends
// every row once instead of silently missing the ones whose new
// fingerprint happens to equal nothing stored.
const fingerprintVersion = "fp1"

// Fingerprint identifies what a CRM row of the item shows that a person
// would care to see updated: state, overdue flag, priority label, the post
// it is about, its evidence, the answer and the note. It leaves out what
// changes with the clock alone (age, the priority's score and parts, the
// reason's "unanswered for 3h" text), so an incremental export sends an
// item again when something happened to it, not every time it runs.
func Fingerprint(it followup.Item) string {
	h := sha256.New()
	field := func(s string) {
		// Length-prefixed, so that no two different items can run their
		// fields together into the same bytes.
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{':'})
		h.Write([]byte(s))
	}
	field(it.ID)
	field(it.Brand)
	field(it.State)
	field(strconv.FormatBool(it.Overdue))
	field(it.Priority.Label)
	field(it.Title)
	field(it.URL)
	field(it.ThreadURL)
	field(it.Author)
	field(it.Snippet)
	field(it.Sentiment)
	// Rounded as the rows show them: a score that moves in the fifth
	// decimal after a classifier tweak is not news to a CRM user.
	field(strconv.FormatFloat(it.Score, 'f', 2, 64))
	field(complaint(&it))
	field(strings.Join(it.Intents, ";"))
	field(strconv.Itoa(len(it.Criticism)))
	if n := len(it.Criticism); n > 0 {
		field(it.Criticism[n-1].URL)
	}
	if a := it.Answer; a != nil {
		field(a.Author)
		field(a.URL)
		field(a.By)
		field(stamp(a.At))
	} else {
		field("")
	}
	field(it.Note)
	field(stamp(it.Opened))
	field(stamp(it.Due))
	return fingerprintVersion + ":" + hex.EncodeToString(h.Sum(nil)[:16])
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.FormatInt(t.Unix(), 10)
}

// Cursor remembers what the last completed export of one preset sent: when,
// and each item's fingerprint. The caller stores it and advances it only
// after the file is complete and in place, so that an export killed half
// way is simply done again.
type Cursor struct {
	Preset string    `json:"preset"`
	At     time.Time `json:"at"`
	// Rows maps item ID to the fingerprint last exported.
	Rows map[string]string `json:"rows"`
}

// Changed returns the items that are new to the cursor or whose
// fingerprint differs from the one exported, in their given order. A nil
// or empty cursor returns every item: the first export is a full one.
func (c *Cursor) Changed(items []followup.Item) []followup.Item {
	out := []followup.Item{}
	for _, it := range items {
		if c == nil || c.Rows == nil {
			out = append(out, it)
			continue
		}
		if fp, ok := c.Rows[it.ID]; !ok || fp != Fingerprint(it) {
			out = append(out, it)
		}
	}
	return out
}

// Advance records items as exported at at; c must not be nil. Items not given keep their
// previous fingerprint: an incremental export writes only what changed,
// and what it did not write is still as the CRM last saw it.
func (c *Cursor) Advance(items []followup.Item, at time.Time) {
	if c.Rows == nil {
		c.Rows = make(map[string]string, len(items))
	}
	for _, it := range items {
		c.Rows[it.ID] = Fingerprint(it)
	}
	c.At = at.UTC()
}

// Manifest describes one exported file; it is written as JSON beside the
// CSV so that a person or a script can check the file before importing it.
type Manifest struct {
	File   string `json:"file"`
	Preset string `json:"preset"`
	// Rows is the number of items in the file, not counting the header.
	Rows int `json:"rows"`
	// States counts rows per follow-up state; every state is present.
	States map[string]int `json:"states"`
	// Overdue counts the open rows past their SLA.
	Overdue int `json:"overdue"`
	// Since is the previous export's time for an incremental export,
	// zero for a full one.
	Since   time.Time `json:"since,omitzero"`
	Created time.Time `json:"created"`
	Bytes   int64     `json:"bytes"`
	// SHA256 is the lowercase hex digest of the file's bytes.
	SHA256 string `json:"sha256"`
}
