package followup

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Action kinds: what a person can decide about an item.
const (
	// ActionAnswer marks an item answered (the brand answered elsewhere, by
	// e-mail or by phone, or under an account the config does not list).
	ActionAnswer = "answer"
	// ActionDismiss sets an item to StateWontRespond; a note is required.
	ActionDismiss = "dismiss"
	// ActionReopen sets an item back to StateOpen.
	ActionReopen = "reopen"
)

// ActionsBucket is the state-store bucket that holds people's decisions, the
// only part of the queue that cannot be derived from the index again.
const ActionsBucket = "followup_actions"

// Action is one decision a person recorded about an item.
type Action struct {
	Item string    `json:"item"`
	Kind string    `json:"kind"`
	Note string    `json:"note,omitempty"`
	By   string    `json:"by,omitempty"`
	At   time.Time `json:"at"`
}

// key is where a is stored: by item, then time, then the number of the
// item's decisions before it, so that an item's actions are read back in
// order and two decisions in the same instant never overwrite each other.
func (a Action) key(seq int) string {
	return fmt.Sprintf("%s/%s/%06d", a.Item, a.At.UTC().Format("20060102T150405.000000000Z"), seq)
}

// ErrNoteRequired is returned by Check when a dismissal has no note.
var ErrNoteRequired = errors.New("followup: a dismissal needs a note saying why (--note)")

// Check reports whether a can be recorded against it: the kind is known, a
// dismissal says why, and the decision changes something.
func (a Action) Check(it Item) error {
	switch a.Kind {
	case ActionAnswer:
		if it.State == StateAnswered {
			return fmt.Errorf("followup: %s is already answered", it.ID)
		}
	case ActionDismiss:
		if strings.TrimSpace(a.Note) == "" {
			return ErrNoteRequired
		}
		if it.State == StateWontRespond {
			return fmt.Errorf("followup: %s is already dismissed", it.ID)
		}
	case ActionReopen:
		if it.State == StateOpen {
			return fmt.Errorf("followup: %s is already open", it.ID)
		}
	default:
		return fmt.Errorf("followup: unknown action %q (want answer, dismiss or reopen)", a.Kind)
	}
	return nil
}

// describe writes the action as a history cause.
func (a Action) describe() string {
	verb := map[string]string{ActionAnswer: "marked answered", ActionDismiss: "dismissed", ActionReopen: "reopened"}[a.Kind]
	if verb == "" {
		verb = a.Kind
	}
	s := verb
	if a.By != "" {
		s += " by " + a.By
	}
	if a.Note != "" {
		s += ": " + a.Note
	}
	return s
}
