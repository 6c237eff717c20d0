package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/demo"
	"github.com/earshot-dev/earshot/followup"
)

// summary renders what a person sees of a queue: which item is in which
// state, why, and since when, without the fields that depend on the clock.
func summary(items []followup.Item) []string {
	var out []string
	for _, it := range items {
		var h []string
		for _, c := range it.History {
			h = append(h, c.At.String()+" "+c.To+" "+c.Cause+" "+c.URL)
		}
		out = append(out, strings.Join([]string{it.ID, it.State, it.PostID, it.Reason, strings.Join(h, "; ")}, " | "))
	}
	return out
}

// TestFollowupConfigChange: the queue after adding an account (or changing
// the SLA) to an existing index is the queue of an index built with that
// config from the start.
func TestFollowupConfigChange(t *testing.T) {
	conf, site := startDemo(t)
	orig, err := os.ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	// Start without the forum account and with a one-day SLA.
	before := strings.Replace(string(orig), "[LoquatSupport]", "[]", 1)
	before = strings.Replace(before, "after: 4h", "after: 1d", 1)
	if before == string(orig) {
		t.Fatal("the demo config no longer has the lines this test edits")
	}
	if err := os.WriteFile(conf, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitOK, "ingest", "--config", conf)
	first := followups(t, conf, "all")
	if err := os.WriteFile(conf, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	changed := summary(followups(t, conf, "all"))

	fresh := filepath.Join(t.TempDir(), "earshot.yaml")
	if err := os.WriteFile(fresh, demo.Config(site.URL(), filepath.Join(filepath.Dir(fresh), "data")), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitOK, "ingest", "--config", fresh)
	always := summary(followups(t, fresh, "all"))
	if !slices.Equal(changed, always) {
		t.Errorf("queue after the config change:\n%s\nwant the queue of the new config from the start:\n%s",
			strings.Join(changed, "\n"), strings.Join(always, "\n"))
	}
	if slices.Equal(summary(first), always) {
		t.Error("the account and SLA made no difference to the queue: this test proves nothing")
	}
}

// TestFollowupDecisions: a person dismisses, reopens and marks answered; each
// decision is recorded in the item's history with the note and who made it.
func TestFollowupDecisions(t *testing.T) {
	conf, _ := startDemo(t)
	mustCode(t, exitOK, "ingest", "--config", conf)
	var target followup.Item
	for _, it := range followups(t, conf, "open") {
		if it.Author == "sparky_dee" {
			target = it
		}
	}
	if target.ID == "" {
		t.Fatal("no open item by sparky_dee in the demo")
	}
	short := shortID(target.ID)

	// Bad input: exit 2 with a reason, nothing recorded.
	for _, args := range [][]string{
		{"followup", "dismiss", short},          // no note
		{"followup", "close", short},            // unknown action
		{"followup", "answer", "fu-0000000000"}, // unknown item
		{"followup", "reopen", short},           // already open
		{"followup", "answer"},                  // no ID
	} {
		_, errOut, code := cli(t, append(args, "--config", conf)...)
		if code != exitUsage || errOut == "" {
			t.Errorf("earshot %s: got exit %d (%q), want 2 with a message", strings.Join(args, " "), code, errOut)
		}
	}

	steps := []struct {
		args  []string
		state string
		cause string
	}{
		{[]string{"dismiss", short, "--note", "a reseller, not a customer", "--by", "ana"}, followup.StateWontRespond, "dismissed by ana: a reseller, not a customer"},
		{[]string{"reopen", target.ID, "--note", "he is a customer after all", "--by", "ana"}, followup.StateOpen, "reopened by ana: he is a customer after all"},
		{[]string{"answer", short[3:], "--note", "called him", "--by", "ben"}, followup.StateAnswered, "marked answered by ben: called him"},
	}
	for _, s := range steps {
		out := mustCode(t, exitOK, append(append([]string{"followup"}, s.args...), "--config", conf)...)
		if !strings.Contains(out, s.state) {
			t.Errorf("followup %s: got %q, want the new state %s", s.args[0], out, s.state)
		}
		var got followup.Item
		for _, it := range followups(t, conf, "all") {
			if it.ID == target.ID {
				got = it
			}
		}
		if last := got.History[len(got.History)-1]; got.State != s.state || last.Cause != s.cause {
			t.Errorf("after %s: got %s (%q), want %s (%q)", s.args[0], got.State, last.Cause, s.state, s.cause)
		}
		target = got
	}
	// All three decisions were made in the same (test) instant; none may
	// overwrite another.
	var tail []string
	for _, c := range target.History[len(target.History)-3:] {
		tail = append(tail, c.To)
	}
	if strings.Join(tail, ">") != "wont_respond>open>answered" {
		t.Errorf("got history %+v, want the three decisions in order", target.History)
	}
}
