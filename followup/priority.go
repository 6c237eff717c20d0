package followup

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/earshot-dev/earshot/post"
)

// Priority labels, highest first; the CRM presets map them onto their own.
const (
	PriorityUrgent = "urgent"
	PriorityHigh   = "high"
	PriorityMedium = "medium"
	PriorityLow    = "low"
)

// Priority ranks an item, with the parts it is made of so that a person can
// see why one item comes before another.
type Priority struct {
	// Score is 0..100: 50 points of severity, 30 of reach, 20 of age.
	Score int    `json:"score"`
	Label string `json:"label"`
	// Severity (0..1) is how bad the criticism is: complaint confidence,
	// strength of the negative sentiment, a threat to leave.
	Severity float64 `json:"severity"`
	// Reach (0..1) is how many people see it: replies and distinct
	// participants in the thread, scaled by the source's weight.
	Reach float64 `json:"reach"`
	// Age (0..1) grows with how long an open item has been overdue.
	Age float64 `json:"age"`
	// Parts are the facts behind the three numbers, in words.
	Parts []string `json:"parts"`
}

// Weights of the three parts, and the scales at which reach and age
// saturate. A thread with ~30 replies from a dozen people is as loud as
// forums get for one brand complaint; three days overdue is as late as
// matters: after that the item is simply late.
const (
	severityPoints = 50
	reachPoints    = 30
	agePoints      = 20
	reachScale     = 20.0
	ageScale       = 72 * time.Hour
)

// priority scores an item from the criticism of its current spell.
func priority(it *Item, spell []*post.Post, pol Policy, now time.Time) Priority {
	var pr Priority
	complaint, negative, churn := 0.0, 0.0, false
	for _, c := range spell {
		complaint = math.Max(complaint, c.ComplaintScore)
		_, s := towards(c, it.Brand)
		negative = math.Max(negative, -s)
		churn = churn || slices.Contains(c.Intents, "churn")
	}
	sev := 0.5*complaint + 0.3*negative
	if churn {
		sev += 0.2
	}
	pr.Severity = clamp01(sev)
	worst := ""
	if len(spell) > 1 {
		// The numbers are the worst of the open criticism, which may not be
		// the post the item shows.
		worst = fmt.Sprintf(" (worst of %d posts)", len(spell))
	}
	pr.Parts = append(pr.Parts, fmt.Sprintf("complaint %.2f", complaint), fmt.Sprintf("sentiment %+.2f%s", -negative, worst))
	if churn {
		pr.Parts = append(pr.Parts, "threatens to leave")
	}

	weight := 1.0
	if w, ok := pol.Weights[it.Source]; ok && w > 0 {
		weight = w
	}
	// Each person beyond the author counts more than one more reply: a
	// crowd agreeing is louder than two people arguing.
	voices := float64(it.Replies) + 2*float64(max(0, it.Participants-1))
	pr.Reach = clamp01((1 - math.Exp(-voices/reachScale)) * weight)
	pr.Parts = append(pr.Parts, fmt.Sprintf("%d replies", it.Replies), people(it.Participants))
	if weight != 1 {
		pr.Parts = append(pr.Parts, fmt.Sprintf("source weight %g", weight))
	}

	if it.State == StateOpen && it.Overdue {
		late := now.Sub(it.Due)
		pr.Age = clamp01(float64(late) / float64(ageScale))
		pr.Parts = append(pr.Parts, "overdue "+span(late))
	}
	pr.Score = int(math.Round(severityPoints*pr.Severity + reachPoints*pr.Reach + agePoints*pr.Age))
	switch {
	case pr.Score >= 70:
		pr.Label = PriorityUrgent
	case pr.Score >= 50:
		pr.Label = PriorityHigh
	case pr.Score >= 30:
		pr.Label = PriorityMedium
	default:
		pr.Label = PriorityLow
	}
	return pr
}

func clamp01(x float64) float64 { return math.Max(0, math.Min(1, x)) }

func people(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}
