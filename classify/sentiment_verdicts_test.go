package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentPlainVerdicts checks more verdicts in plain words: a thing that works or rocks, a prompt service, a wait that
// "took" a span, an expectation of more, advice after a verb of advising,
// set phrases of price, standards and last visits, spelling variants of
// rated words, "or" after a negated word, "more X than this" and an
// intent to return asked and answered ("Would I go back? Absolutely!"), each with
// a case the rule must leave alone.
func TestSentimentPlainVerdicts(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		// A thing that works.
		{"Portable and it works.", post.Positive},
		{"It works, but barely.", post.Neutral},
		{"Fingers crossed it works.", post.Neutral},
		{"(It works!)", post.Positive},
		{"This one works and was priced right.", post.Positive},
		{"it pretty much works", post.Positive},
		{"That's how it works.", post.Neutral},
		{"I am going to try again and see if that works.", post.Neutral},
		{"None of it works, just don't buy it.", post.Negative},
		// The verb of praise "rock".
		{"This PDA rocks.", post.Positive},
		{"You rock!", post.Positive},
		{"it rocked my world", post.Positive},
		{"An earthquake rocked the city on Tuesday.", post.Neutral},
		{"The ship hit the rocks near the coast.", post.Neutral},
		{"Ice and rocks everywhere.", post.Neutral},
		{"My salad had rocks.", post.Neutral},
		{"Police say protesters hurled rocks.", post.Negative},
		{"The loss rocked our family.", post.Negative},
		{"The ground rocked.", post.Neutral},
		{"He really rocks.", post.Positive},
		{"You guys rock.", post.Positive},
		{"The writing rocks.", post.Positive},
		// A prompt service.
		{"Service was very prompt.", post.Positive},
		{"Very prompt service.", post.Positive},
		{"At the command prompt, type dir.", post.Neutral},
		{"Still waiting on a prompt reply.", post.Negative}, // no praise; "still waiting" is the complaint
		{"Thanks for the prompt reply!", post.Positive},
		// A wait that took a span.
		{"Drinks took close to 30 minutes to come out.", post.Negative},
		{"it took over 2 months and repeated follow-up to get it replaced.", post.Negative},
		{"it only took about 30 minutes to download everything.", post.Positive}, // no wait: quick (onlyQuick)
		{"The flight took three hours.", post.Neutral},
		{"It took the committee two weeks to reach a decision.", post.Neutral},
		{"It took 20 minutes to get there.", post.Neutral},
		{"It took two days to get used to it.", post.Neutral},
		{"It took 45 minutes to get our food.", post.Negative},
		// Advice of where to see it.
		{"See it on the big screen if you can.", post.Positive},
		{"Get it in writing.", post.Neutral},
		{"Try it on.", post.Neutral},
		// Business taken anywhere else.
		{"No reason to shop anywhere else.", post.Positive},
		{"Next time I'll spend my money anywhere else.", post.Negative},
		{"Is there anywhere else to park?", post.Neutral},
		// A fan's wait for a work to come out.
		{"Still waiting for season 2!!", post.Neutral},
		{"Been waiting 3 years for this album and I'm so excited", post.Positive},
		{"Still waiting for season 2, three years now.", post.Negative},
		{"Still waiting for my refund!!", post.Negative},
		{"Still waiting for my book!!", post.Negative},
		{"Still waiting for the book I ordered!", post.Negative},
		// An expectation of more.
		{"I would expect a little bit more from a restaurant.", post.Negative},
		{"I expect it to work far better than this thing does.", post.Negative},
		{"I expect more great things from this team!", post.Positive},
		{"Analysts expect more snow this week.", post.Neutral},
		{"It was better than I expected.", post.Positive},
		{"We expect more details later today.", post.Neutral},
		{"I expect things to get better.", post.Positive},
		{"I expect more people will love it.", post.Positive},
		// An expectation denied: what one can't expect to be good isn't.
		{"You can't just expect us to be happy.", post.Negative},
		{"Don't expect it to be good.", post.Negative},
		{"I didn't expect it to be this good.", post.Positive},
		{"I'd accept, but don't expect me to be on there at all :)", post.Positive},
		{"I expect better from Apple.", post.Negative},
		// Advice after a verb of advising, and to give a thing a try.
		{"I'd advise anyone to go and see it.", post.Positive},
		{"Give this one a look.", post.Positive},
		{"I told him to get it.", post.Neutral},
		// Set phrases.
		{"Reasonably priced also!", post.Positive},
		{"Food was below average.", post.Negative},
		{"Woods shot 4 below par to lead.", post.Neutral},
		{"Temperatures will be below average this week.", post.Neutral},
		{"Jeff went above and beyond what we expected.", post.Positive},
		{"this was the first (and last) time I've stepped foot into this place.", post.Negative},
		{"Last time buying from you.", post.Negative},
		{"We've tried to like this place.", post.Negative},
		{"It was a riot to see him play the part.", post.Positive},
		{"A riot broke out downtown.", post.Negative},
		{"I keep watching it over and over.", post.Positive},
		// Spelling variants of rated words.
		{"All of the main players are mesmerising.", post.Positive},
		{"My favourite film of the year.", post.Positive},
		{"It was over-priced.", post.Negative},
		{"Over rated.", post.Negative},
		// "moving" said of what moves its audience, and literal.
		{"Gently funny and surprisingly moving.", post.Positive},
		{"A deeply moving portrait of a marriage.", post.Positive},
		{"The ending is quietly moving.", post.Positive},
		{"Moving and wise.", post.Positive},
		{"It has moving parts.", post.Neutral},
		{"Moving day.", post.Neutral},
		// Praise before a worse word says how big it is.
		{"The legislature has shown a stunning disregard for the will of the people.", post.Negative},
		{"A spectacular failure.", post.Negative},
		{"Stunning, sad and beautiful.", post.Positive},
		// Words of praise and blame VADER's lexicon lacks.
		{"It is heartening to see young voters turning out in record numbers.", post.Positive},
		{"It is one of the finest films of the decade.", post.Positive},
		{"Haunting, lyrical and unforgettable.", post.Positive},
		{"Woke up with a migraine.", post.Negative},
		{"Her reputation is tarnished.", post.Negative},
		{"The loopholes in the bill are big enough to drive a truck through.", post.Negative},
		{"Congress left millions of families in limbo.", post.Negative},
		{"The talks ended in a stalemate and the budget is a shambles.", post.Negative},
		{"Home sales plummeted last quarter.", post.Negative},
		{"Support for the measure was counted on Monday.", post.Neutral}, // moving, it is rated (see fallAfter)
		{"The governor promised to cut taxes.", post.Neutral},
		{"The plan would lower taxes for the middle class.", post.Neutral},
		{"Thanks for your support!", post.Positive},
		{"They cut my hours.", post.Negative},
		{"The team showed real resilience.", post.Positive},
		{"A groundbreaking study of memory.", post.Positive},
		{"A turgid, ponderous and aimless drama.", post.Negative},
		{"Manipulative and mean-spirited.", post.Negative},
		{"It is hard to imagine anyone enjoying this.", post.Negative},
		{"Hard to imagine anyone doing it better.", post.Positive},
		{"It's hard to believe how good it is.", post.Positive},
		{"The film is neither scary nor funny.", post.Negative},
		{"The room was neither dirty nor noisy.", post.Positive},
		{"Neither the food nor the service was good.", post.Negative},
		{"Neither of them is good.", post.Negative},
		{"Neither the food nor the service was bad.", post.Positive},
		{"It's hard to see why critics loved it.", post.Negative},
		{"The romance never sparks.", post.Negative},
		{"The romance doesn't work.", post.Negative},
		{"The story never gels.", post.Negative},
		{"The jokes never land.", post.Negative},
		{"The comedy never takes flight.", post.Negative},
		{"The romance never catches fire.", post.Negative},
		{"The movie never delivers on its promise.", post.Negative},
		{"The acting never falters.", post.Positive},
		{"Her voice never wavers.", post.Positive},
		{"The film falters in its final act.", post.Negative},
		{"The pace never flags.", post.Positive},
		{"The script never stumbles.", post.Positive},
		{"The rain never let up all day.", post.Neutral},
		{"They never let me in.", post.Negative},
		{"This place never fails to deliver.", post.Positive},
		{"It never fails to rain on Sundays.", post.Neutral},
		{"I love it, but it doesn't fit.", post.Negative},
		{"The sequel lacks everything that made the original special.", post.Negative},
		{"It doesn't lack anything that makes it fun.", post.Positive},
		{"Suspenseful, atmospheric and endearing.", post.Positive},
		{"An electrifying performance.", post.Positive},
		{"The lead seems to be sleepwalking through the role.", post.Negative},
		{"The pacing is glacial.", post.Negative},
		{"What a comeback!", post.Positive},
		{"The crackdown was draconian and inhumane.", post.Negative},
		{"A feckless, divisive leader.", post.Negative},
		{"A principled and pragmatic compromise.", post.Positive},
		{"The policy is humane and equitable.", post.Positive},
		{"Cozy night in, so comfy.", post.Positive},
		{"So hungover and my basement is flooded.", post.Negative},
		{"Rough day at work.", post.Negative},
		{"Game day vibes, pumped for tonight.", post.Positive},
		// "or" after a negated word, and "more X than this".
		{"The waiter wasn't helpful or friendly.", post.Negative},
		{"I've seen soap operas more intelligent than this movie.", post.Negative},
		{"Few things are more satisfying than this.", post.Positive},
		{"I can't think of anything more fun than this.", post.Positive},
		{"You won't find a car more reliable than this.", post.Positive},
		// An intent to return asked, then answered.
		{"Would I go back? Absolutely!", post.Positive},
		{"Would I go back? Nope.", post.Negative},
		{"Would I go back?", post.Neutral},
		{"Should I go back to school? Maybe.", post.Neutral},
		// A question's rated word, answered no.
		{"Would I recommend it? Absolutely not.", post.Negative},
		{"Would I recommend it? Absolutely!", post.Positive},
		{"Is it worth the money? No.", post.Negative},
		{"Was it helpful? Not really.", post.Negative},
		{"Was the food good? No, it was cold.", post.Negative},
		{"Why is it so good? No idea, but I love it.", post.Positive},
		{"Is it any good? No wonder it sold out.", post.Positive},
	}
	checkLabels(t, s, tests)
}
