package authors

import (
	"fmt"
	"strings"
	"unicode"
)

// Roles, from how an author takes part (after Gartner's reputation step,
// which asks a community manager to treat these people differently).
const (
	// RoleCreator starts threads that other people answer.
	RoleCreator = "creator"
	// RoleContributor replies with real text in threads others started.
	RoleContributor = "contributor"
	// RoleOpportunist posts little, and what they post is mostly links or
	// promotion.
	RoleOpportunist = "opportunist"
	// RoleParticipant is everyone else: a question nobody answered, a
	// "thanks", a reply in their own thread.
	RoleParticipant = "participant"
)

// Thresholds for roles. They are about forms of participation, not about a
// site, so they hold on forums, blog comments and news comments alike.
const (
	// SubstantiveWords is how many words a reply needs to count as
	// substantive: "thanks", "+1", "same here" and "perfect, thank you" are
	// under it, while a sentence that adds a fact or an experience ("Mine is
	// from the spring batch and still works") is over it.
	SubstantiveWords = 8
	// OpportunistMaxPosts is the most posts an opportunist has: someone who
	// turns up, drops a link or a code and leaves. An author with more
	// posts is a member of the community, even a promotional one, and is
	// judged by how they take part.
	OpportunistMaxPosts = 5
	// linkOwnWords: a post with a link and fewer words of its own than this
	// is "mostly a link" (a URL with a line of text around it).
	linkOwnWords = 12
)

// promoCues are phrases of self-promotion and referral marketing, in lower
// case; they are how people sell in any community, not strings from one
// site.
var promoCues = []string{
	"check out my", "check my channel", "my channel", "my blog", "my shop", "my store", "my website",
	"use my link", "use my code", "my referral", "referral link", "referral code", "affiliate link",
	"discount code", "promo code", "coupon code", "% off", "use code",
	"dm me", "pm me", "message me for", "link in bio", "link in my bio",
	"subscribe to my", "follow me on", "follow me for",
	"buy now", "order now", "limited time offer", "free shipping",
}

// promotional reports whether text is mostly a link or a pitch.
func promotional(text string) bool {
	low := strings.ToLower(text)
	for _, c := range promoCues {
		if strings.Contains(low, c) {
			return true
		}
	}
	links, own := 0, 0
	for _, w := range strings.Fields(low) {
		if isLink(w) {
			links++
		} else if hasLetter(w) {
			own++
		}
	}
	return links > 0 && own < linkOwnWords
}

func isLink(w string) bool {
	w = strings.Trim(w, "()[]<>\"'.,;:!?")
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.")
}

func hasLetter(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// words counts the words of text that hold a letter or a digit, so that
// emoji and punctuation do not make a reply substantive.
func words(text string) int {
	n := 0
	for _, w := range strings.Fields(text) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// role decides a's role from the threads it started and the replies it
// wrote, and says why.
func (t *Tally) role(k key, a *author) (role, reason string) {
	if a.Posts <= OpportunistMaxPosts && a.promo*2 > a.Posts {
		return RoleOpportunist, fmt.Sprintf("%d of %d posts are mostly links or promotion", a.promo, a.Posts)
	}
	// Threads started that someone else answered, and how many distinct
	// other people answered them.
	answered := 0
	others := map[key]bool{}
	for _, id := range a.started {
		th := t.threads[id]
		n := 0
		for r := range th.repliers {
			if r != k {
				others[r] = true
				n++
			}
		}
		if n > 0 {
			answered++
		}
	}
	// Replies in threads someone else started (a thread whose starter is
	// not in the index counts as someone else's: the author did not start
	// it as far as we know).
	inOthers, substantive := 0, 0
	for _, r := range a.replies {
		th := t.threads[r.thread]
		if th.hasStart && th.starter == k {
			continue
		}
		inOthers++
		if r.substantive {
			substantive++
		}
	}
	creator := fmt.Sprintf("started %d thread(s), %d answered by %d other author(s)", a.Threads, answered, len(others))
	contributor := fmt.Sprintf("%d of %d posts are replies in others' threads, %d substantive (%d+ words)", inOthers, a.Posts, substantive, SubstantiveWords)
	switch {
	case answered > 0 && a.Threads >= substantive:
		return RoleCreator, creator
	case inOthers*2 > a.Posts && substantive*2 >= inOthers && substantive > 0:
		return RoleContributor, contributor
	case answered > 0:
		return RoleCreator, creator
	case inOthers > 0:
		return RoleParticipant, contributor
	case a.Threads > 0:
		return RoleParticipant, creator
	}
	return RoleParticipant, fmt.Sprintf("%d post(s) in their own threads", a.Posts)
}
