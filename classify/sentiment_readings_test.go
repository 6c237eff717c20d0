package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentReadings checks the readings of praise that does not hold
// where it stands (a time that is over, a wish, an alternative, an
// expectation, an example), of words that name rather than rate ("certain
// places", "like on a cd"), and of constructions that intensify rather than
// negate ("can't believe how dirty", "haven't been this sore in a while",
// "no other phone has"), each with a case the rule must leave alone.
func TestSentimentReadings(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		// Praise of a time that is over.
		{"great player... when it worked!", post.Negative},
		{"well, it was nice while it lasted.", post.Negative},
		{"great - for the first three hours.", post.Negative},
		{"when the player was working it was great,but.", post.Negative},
		{"It has been great for the first two months.", post.Positive},
		{"When the team was working together, it was great.", post.Positive},
		{"It was great for the first time in years.", post.Positive},
		{"I've loved it for the first three weeks.", post.Positive},
		{"When I was working there, the food was great.", post.Positive},
		// Praise of an alternative, or of what ought to be.
		{"Get better headphones.", post.Negative},
		{"You can find better movies at youtube.", post.Negative},
		{"you have to buy better ones.", post.Negative},
		{"We've gotten a much better service from the place next door.", post.Negative},
		{"I've seen better movies.", post.Negative},
		{"Voters deserve better than another round of empty promises.", post.Negative},
		{"Our veterans deserve better.", post.Negative},
		{"You've seen this movie before, and you've seen it done better.", post.Negative},
		{"I have never seen it done better.", post.Positive},
		{"Our kids deserve the best.", post.Positive},
		{"I have never seen better service.", post.Positive},
		{"You will get better results with the manual mode.", post.Positive},
		{"I hope you get better soon.", post.Positive},
		{"as a portable player, it should feel a bit more durable.", post.Negative},
		{"tomorrow should be even better too.", post.Positive},
		{"It couldn't be more comfortable.", post.Positive},
		{"at $300 they could at least put in a good pair of earphones.", post.Negative},
		{"so i thought it would be a breeze to set this up.", post.Negative},
		{"I thought it was good.", post.Positive},
		{"I got a much better deal here.", post.Positive},
		{"Finally got a better job!", post.Positive},
		{"I found a much better deal at another store.", post.Negative},
		{"Returned it and bought a better one.", post.Negative},
		{"I have seen better results with this lens.", post.Positive},
		{"Get better sleep with our mattress.", post.Positive},
		{"This band should be more popular.", post.Positive},
		{"Sorry about that! It should be better now.", post.Positive},
		{"Things should get better next week.", post.Positive},
		{"What could be more fun than this?", post.Positive},
		{"I thought it would be helpful to post this.", post.Positive},
		{"I thought it would be nice to share this.", post.Positive},
		{"I thought it would be fun, and it totally was!", post.Positive},
		{"or better yet, buy from another company.", post.Neutral},
		{"now i know better.", post.Neutral},
		// Words that name rather than rate.
		{"I cannot make calls at certain places.", post.Negative},
		{"Hence the whole story lacks a certain energy.", post.Negative},
		{"I am certain it will succeed.", post.Positive},
		{"the songs don't play one after another like on a cd.", post.Negative},
		{"I like when the leaves turn.", post.Positive},
		{"The best example of how dumb the writing is.", post.Negative},
		{"Lame would be the best way to describe it.", post.Negative},
		{"It is the best example of the genre.", post.Positive},
		{"Too many veterans still wait months for basic care.", post.Negative},
		{"By the time the credits roll, you'll have forgotten most of it.", post.Negative},
		{"The special effects can't disguise the emptiness at its core.", post.Negative},
		{"Thank you for the care you gave my mother.", post.Positive},
		{"A great horror movie.", post.Positive},
		{"One of the finest war films ever made.", post.Positive},
		{"A fun disaster movie.", post.Positive},
		{"The war has cost thousands of lives.", post.Negative},
		{"The movie is a disaster.", post.Negative},
		// Constructions that intensify rather than negate.
		{"We could not believe how dirty the oysters were!", post.Negative},
		{"I didn't realize how wonderful the short really is.", post.Positive},
		{"I can't believe how good this is.", post.Positive},
		{"Haven't been this sore in a while.", post.Negative},
		{"I haven't felt this good in years!", post.Positive},
		{"I haven't been so happy lately.", post.Negative},
		{"no other color phone has the combination of features this one offers.", post.Positive},
		{"No other film this year comes close.", post.Positive},
		{"There was no other option.", post.Negative},
		{"No other airline has had so many delays.", post.Negative},
		{"No other film has been this boring.", post.Negative},
		{"No other phone has this issue.", post.Negative},
		{"No other tech could solve it.", post.Negative},
		{"No other phone can match it.", post.Positive},
		{"No other film has been this good.", post.Positive},
		// What one cannot help doing is done.
		{"It's impossible not to love this film.", post.Positive},
		{"It's hard not to laugh.", post.Positive},
		{"It's impossible not to be moved by the final scene.", post.Positive},
		{"It's hard not to be disappointed.", post.Negative},
		{"It is hard not to notice the flaws.", post.Negative},
		// Praise that comments on a mishap told before it.
		{"Lost my wallet on the bus. Perfect end to a perfect day.", post.Negative},
		{"My phone screen cracked this morning, fantastic start to the week", post.Negative},
		{"The battery died after a week. Great.", post.Negative},
		{"Got promoted today. Great start to the week!", post.Positive},
		{"Rain delay again. Great, just great.", post.Negative},
		{"The hike was exhausting. Wonderful!", post.Positive},
		{"the hike was exhausting . wonderful !", post.Positive},
		{"Sad to leave, but what a vacation. Wonderful.", post.Positive},
		{"The first one broke, but the replacement is great.", post.Positive},
		// "zero" before a rated word is "no".
		{"I have so much homework and zero motivation", post.Negative},
		{"Zero complaints so far.", post.Positive},
		{"I'd give it zero stars.", post.Negative},
		// Questions and concessions that blame.
		{"Who thought this halftime show was a good idea?", post.Negative},
		{"Was it a good idea?", post.Positive},
		{"Not even Meryl Streep can save this one.", post.Negative},
		{"Not even close, it was amazing.", post.Positive},
		// What is lost is lessened.
		{"The mayor has lost the confidence of the people.", post.Negative},
		{"Voters have lost faith in the system.", post.Negative},
		{"I lost my fear of flying.", post.Positive},
		{"Any virtue in this film was lost on a regrettable script.", post.Negative},
		{"We lost badly.", post.Negative},
		{"The new mayor is already breaking promises.", post.Negative},
		{"He broke my trust.", post.Negative},
		{"Earbud piece breaks easily.", post.Negative},
		// Set phrases.
		{"more trouble than it's worth.", post.Negative},
		{"you do take your chances with this phone.", post.Negative},
		{"I will return it for an exchange and hope for the best.", post.Negative},
		{"Give 'em hell, give 'em hell!", post.Positive},
		{"The governor's veto is a slap in the face to working families.", post.Negative},
		{"The sanctions have done little to change the regime's behavior.", post.Negative},
		{"The new law does little to help renters.", post.Negative},
		{"The Supreme Court got this one right.", post.Positive},
		{"They never got it right.", post.Negative},
		{"Another mass shooting. When will this end?", post.Negative},
		{"The new law is a long-overdue step in the right direction.", post.Positive},
		{"Lawmakers are asleep at the switch.", post.Negative},
		{"Gas prices are out of control.", post.Negative},
		{"There's no denying the talent on screen, but the material lets them down.", post.Negative},
		{"This camera will not let you down.", post.Positive},
		{"This camera has exceeded my expectations.", post.Positive},
		{"The new rules strike the right balance.", post.Positive},
		{"The proposal raises more questions than it answers.", post.Negative},
		{"The policy has backfired.", post.Negative},
		{"An unfunny comedy that wastes a talented cast.", post.Negative},
		{"Nothing like a cold beer after mowing the lawn.", post.Positive},
		{"There's nothing like a good book.", post.Positive},
		{"Nothing like the first one.", post.Negative},
		{"Got a raise today!!", post.Positive},
		{"The budget is built on wishful thinking.", post.Negative},
		{"There is little evidence that the program has worked.", post.Negative},
		{"The decision to keep schools open was the right call.", post.Positive},
		{"The initiative has already begun to bear fruit.", post.Positive},
		{"Her record speaks for itself.", post.Positive},
		{"The president's nominee is unqualified for the job.", post.Negative},
		{"The launch was an unqualified success.", post.Positive},
		{"he's never been better .", post.Positive},
		{"Things have never been better.", post.Positive},
		{"there's not much here to recommend .", post.Negative},
		{"There isn't much to love here.", post.Negative},
		{"There's so much to love here.", post.Positive},
		{"the film goes through the motions .", post.Negative},
		{"the movie runs on autopilot .", post.Negative},
		{"the plot is riddled with holes .", post.Negative},
		{"it's a hoot .", post.Positive},
		{"this one's a keeper .", post.Positive},
		{"the whole thing feels half-hearted .", post.Negative},
		{"cannot recommend this podcast enough", post.Positive},
		{"I would not recommend this to anyone.", post.Negative},
		{"i'm so over this show, it's gone downhill", post.Negative},
		{"the sequel was a huge step down", post.Negative},
		{"The new update is a downgrade.", post.Negative},
		{"Families are being priced out of the neighborhoods where they grew up.", post.Negative},
		{"Hail the size of golf balls here, my car is wrecked", post.Negative},
		{"The administration's excuses are wearing thin.", post.Negative},
		{"The jokes fall flat.", post.Negative},
		{"The film wears out its welcome.", post.Negative},
		{"The movie runs out of steam long before the end.", post.Negative},
		{"The film is a feast for the eyes.", post.Positive},
		{"You can see the twist coming from a mile away.", post.Negative},
		{"I live a mile away from the beach.", post.Neutral},
		{"The soundtrack alone is worth the price of admission.", post.Positive},
		{"The message is delivered with all the subtlety of a sledgehammer.", post.Negative},
		{"Nailed my presentation today!", post.Positive},
		{"She crushed the audition.", post.Positive},
		{"The truck crushed the box.", post.Negative},
		{"The cast is having a ball, and so are we.", post.Positive},
		{"The program is a lifeline for rural families.", post.Positive},
		{"You are always welcome here.", post.Positive},
	}
	checkLabels(t, s, tests)
}

// labelCase is a text and the label the rule scorer must give it.
type labelCase struct{ text, want string }

// checkLabels scores each case with s and reports each one labelled
// otherwise, with its score and terms.
func checkLabels(t *testing.T, s *Scorer, cases []labelCase) {
	t.Helper()
	for _, c := range cases {
		if got := s.Score(c.text); got.Label != c.want {
			t.Errorf("Score(%q) = %s %.3f %q; want %s", c.text, got.Label, got.Score, got.Terms, c.want)
		}
	}
}
