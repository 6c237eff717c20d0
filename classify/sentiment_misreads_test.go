package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentNoLack checks readings of a bare "no": a lack is bad news
// only where the thing is wanted. A noise or a fault lacked is good, a
// thing not needed is no burden, "no plans to" leaves the rating to the
// verb it denies; a wanted thing lacked stays bad news.
func TestSentimentNoLack(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		// A noise or a fault lacked.
		{"There's no background hiss.", post.Positive},
		{"The new headphones have no hiss at all, even at full volume.", post.Positive},
		{"No static on the line anymore after the repair.", post.Positive},
		{"No waiting, we were seated right away.", post.Positive},
		{"The amp has no hum filter.", post.Negative},
		// A thing not needed.
		{"No filter needed.", post.Neutral},
		{"No experience is required for the course.", post.Neutral},
		// "no plans to" denies the verb.
		{"No plans to stop.", post.Positive},
		{"We have no plans to cancel the show.", post.Positive},
		// A wanted thing lacked.
		{"No hot water in the room", post.Negative},
		{"No reply from support", post.Negative},
		{"No signal all day", post.Negative},
		{"There's no sound coming from the left speaker.", post.Negative},
		{"No charger included in the box.", post.Negative},
		{"The company has no plans to fix the bug.", post.Negative},
		{"No one answered the phone for an hour.", post.Negative},
	})
}

// TestSentimentMisreadNegations checks negations that reach past a comma
// or a few words: through "make you look", "never, ever go back", a
// trouble not caused, and "minimal" before what it leaves little of.
func TestSentimentMisreadNegations(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"It doesn't make you look cool.", post.Negative},
		{"It didn't make me feel welcome at all.", post.Negative},
		{"I don't know, you look great.", post.Positive},
		{"Will never, ever go back.", post.Negative},
		{"Never, ever going back to that restaurant.", post.Negative},
		{"I'm going back next week.", post.Neutral},
		{"I will never, ever go back to my old carrier, this one is so much better.", post.Positive},
		{"The update didn't cause any file errors.", post.Positive},
		{"The patch did not cause any new problems.", post.Positive},
		{"There is minimal risk.", post.Positive},
		{"Uploaded 3,000 songs with very minimal difficulty.", post.Positive},
		{"The new version is a minimal improvement at best.", post.Negative},
		{"The design is minimal and the rooms are small.", post.Neutral},
	})
}

// TestSentimentMisreadMishaps checks mishaps VADER leaves unrated: a part
// that sagged or snapped off, a parking ticket (and ironic praise after
// it), and saved data that is no rescue.
func TestSentimentMisreadMishaps(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"The mattress sagged in the middle after a month.", post.Negative},
		{"The handle snapped off the first time I used it.", post.Negative},
		{"Just got a parking ticket. Fantastic start to the week.", post.Negative},
		{"Got the job offer today. Great start to the week.", post.Positive},
		{"Spilled coffee on my shirt. Lovely.", post.Negative},
		{"The drink spilled all over my bag.", post.Negative},
		{"She spilled the beans about the party.", post.Positive},
		{"The update deleted all my saved playlists.", post.Neutral},
		{"I saved a lot of money with this plan.", post.Positive},
		{"The lifeguard saved a swimmer this morning.", post.Positive},
	})
}

// TestSentimentEvenIf checks that "even if" opens a conceded clause, set
// off by a comma, which counts half as "although" does.
func TestSentimentEvenIf(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"Even if you like horror films, skip this one.", post.Negative},
		{"Avoid these players - even if they're free!", post.Negative},
		{"Even if you hate musicals, you will love this one.", post.Positive},
		{"Even if it's a bit pricey, it's worth it.", post.Positive},
		{"Even if it's cheap, it's junk.", post.Negative},
	})
}

// TestSentimentStopVisit checks that a stop on the way is a visit, not a
// halt, and the halts it must leave alone.
func TestSentimentStopVisit(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"We stopped at a diner for lunch.", post.Neutral},
		{"We stopped in for a quick bite.", post.Neutral},
		{"The bus now stops at the station on Elm Street.", post.Neutral},
		{"Bus 42 now stops at Elm St", post.Neutral},
		{"The download stopped at 50%.", post.Negative},
		{"THE DOWNLOAD STOPPED AT HALF WAY", post.Negative},
		{"The heater stops working after an hour.", post.Negative},
		{"One man was stopped by police outside the building.", post.Negative},
	})
}

// TestSentimentRemedyOfNothing checks that a remedy of nothing failed,
// and that "nothing more" and "nothing else" still compare.
func TestSentimentRemedyOfNothing(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"They raised the rent again and fixed nothing.", post.Negative},
		{"They raised the fees again and improved nothing.", post.Negative},
		{"The update fixed nothing.", post.Negative},
		{"I love nothing more than a good book.", post.Positive},
	})
}

// TestSentimentOutOfWayToFix checks that what someone went out of their
// way to fix was fixed, while a fix wanted or impossible still complains.
func TestSentimentOutOfWayToFix(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"The manager went out of her way to fix the problem.", post.Positive},
		{"They need to fix the problem.", post.Negative},
		{"There is no way to fix the problem.", post.Negative},
	})
}

// TestSentimentNeverBeenTo checks that a place never visited is no
// failing, while a thing never fixed or never able still complains.
func TestSentimentNeverBeenTo(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"I've never been to Spain.", post.Neutral},
		{"I haven't been to the new mall yet.", post.Neutral},
		{"It has never been fixed.", post.Negative},
		{"I've never been able to connect it.", post.Negative},
	})
}

// TestSentimentAskedWhether checks that what a question asks anyone to
// know is no praise, while blame in it, and rhetorical praise, stay.
func TestSentimentAskedWhether(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"Does anyone know if the ferry runs on holidays?", post.Neutral},
		{"Anyone know when the pool opens for summer fun?", post.Neutral},
		{"Does anyone know if this awful lag will be fixed?", post.Negative},
		{"Do you know how great this is?", post.Positive},
		{"I know if it's good, it's good.", post.Positive},
	})
}
