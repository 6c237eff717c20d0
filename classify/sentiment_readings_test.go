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
		{"Not only fixed the problem but also cleaned up the code", post.Positive},
		{"I'm not just happy, I'm thrilled!", post.Positive},
		{"It isn't just bad, it's dangerous.", post.Negative},
		{"I can't simply open a folder.", post.Negative},
		{"I can’t simply open a folder.", post.Negative},
		{"It's not only slow but also buggy.", post.Negative},
		{"It is not good, but it is cheap.", post.Negative},
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
		{"No other candidate has offered a plan.", post.Neutral},
		{"No other band has matched it.", post.Positive},
		{"No other phone has lasted this long.", post.Positive},
		{"No other details have been released.", post.Neutral},
		{"No other film has been this good.", post.Positive},
		// Difficulties, and effort.
		{"It's impossible to put this book down.", post.Positive},
		{"It's hard to put up with the noise.", post.Negative},
		{"The coach worked hard to rebuild the squad.", post.Neutral},
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
		{"Lost my wallet. Great 😂", post.Negative},
		{"Missed the bus. Awesome lol", post.Negative},
		{"Got the job! Great 😂", post.Positive},
		{"Great show tonight 😂 loved every minute.", post.Positive},
		{"Great phone, doesn't work with my carrier", post.Negative},
		{"Looks great, stopped working after two days.", post.Negative},
		{"Great phone, works with every carrier.", post.Positive},
		{"I love this phone, my old one didn't work with my carrier.", post.Positive},
		{"Great weekend, didn't work at all.", post.Positive},
		{"Great phone. Doesn't work with my carrier.", post.Negative},
		{"Love it. Doesn't fit the old case though.", post.Positive},
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
		{"He has never broken a promise.", post.Positive},
		{"Earbud piece breaks easily.", post.Negative},
		{"I miss my friends", post.Negative},
		{"I never miss a good deal.", post.Positive},
		{"They never lost faith.", post.Positive},
		{"What a waste of a great cast.", post.Negative},
		{"Another rate hike. Great, just great.", post.Negative},
		{"The story goes nowhere, slowly.", post.Negative},
		{"An instant classic.", post.Positive},
		{"The film's final act is pure magic.", post.Positive},
		{"This is a film that will stay with you for days.", post.Positive},
		{"The library is the beating heart of the neighborhood.", post.Positive},
		{"The governor is playing politics with people's health.", post.Negative},
		{"Taxpayers will be left holding the bag.", post.Negative},
		{"it's a snooze .", post.Negative},
		{"the film is a cure for insomnia .", post.Negative},
		{"a shot of pure adrenaline .", post.Positive},
		{"The new clinic fills a desperate need.", post.Positive},
		{"The plan is a house built on sand.", post.Negative},
		// Set phrases.
		{"The exam was a beast", post.Negative},
		{"Assembling the wardrobe was a beast.", post.Negative},
		{"That truck is a beast.", post.Positive},
		{"Everything about this laptop is a beast.", post.Positive},
		{"The final boss is an absolute beast.", post.Negative},
		{"My new gaming PC is an absolute beast!", post.Positive},
		{"more trouble than it's worth.", post.Negative},
		// The same phrases with curly apostrophes.
		{"It’s more trouble than it’s worth, though it looks good.", post.Negative},
		{"I couldn’t put it down.", post.Positive},
		{"It isn’t a big deal.", post.Positive},
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
		{"The administration keeps moving the goalposts.", post.Negative},
		{"The law has had a chilling effect on free speech.", post.Negative},
		{"The mayor rose to the occasion.", post.Positive},
		{"Lawmakers are burying their heads in the sand.", post.Negative},
		{"The reforms are paying dividends.", post.Positive},
		{"the film bites off more than it can chew .", post.Negative},
		{"the film is a pale imitation of the original .", post.Negative},
		{"the cast is pitch-perfect .", post.Positive},
		{"the characters are paper-thin .", post.Negative},
		{"the film hits all the right notes .", post.Positive},
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
		// The same phrases in their plain sense.
		{"No one does barbecue like this little shack.", post.Positive},
		{"Nobody makes pizza like my grandmother.", post.Positive},
		{"The rain did little to the schedule.", post.Neutral},
		{"The company paid dividends to shareholders in June.", post.Neutral},
		{"The stock pays dividends.", post.Neutral},
		{"The road goes downhill to the river.", post.Neutral},
		{"It went downhill to the point of no return.", post.Negative},
		{"Arsenal signed a keeper from Lyon.", post.Neutral},
		{"Here is a rough estimate of the cost.", post.Neutral},
		{"Give me a rough idea of the cost.", post.Neutral},
		{"Beginners stay in the shallow end.", post.Neutral},
		{"Pour the batter into a shallow dish.", post.Neutral},
		{"Simmer until tender.", post.Neutral},
		{"Cook the chicken until it is tender.", post.Neutral},
		{"The chicken was tender.", post.Positive},
		{"Coins are legal tender.", post.Neutral},
		{"The generic version of the drug costs less.", post.Neutral},
		{"Take the derivative of both sides.", post.Neutral},
		{"The central bank pumped billions into the banks.", post.Neutral},
		{"He has done little to the house since he bought it.", post.Neutral},
		{"They got it right there on the counter.", post.Neutral},
		{"Can I buy this cable anywhere else?", post.Neutral},
		{"Can I buy this cable somewhere else?", post.Neutral},
		{"Why shop anywhere else?", post.Positive},
		{"I'll buy it anywhere else.", post.Negative},
		{"The room was flooded with light.", post.Neutral},
		{"The basement flooded with water overnight.", post.Negative},
		{"Who knew a pressure cooker was such a good idea?", post.Positive},
		{"Who else thinks a four-day week is a good idea?", post.Positive},
		{"No one does it better.", post.Positive},
		{"No one made it better.", post.Negative},
		{"The underdogs pulled off a remarkable upset.", post.Positive},
		{"An extraordinary battle in the last set.", post.Positive},
		{"What an incredible fight!", post.Positive},
		{"Great fight tonight, both boxers left everything in the ring.", post.Positive},
		{"I had a huge fight with my sister.", post.Negative},
		// A shot's "strike" praised is a goal's, not a walkout or a blow;
		// "epic" (unrated) before a contest sizes it.
		{"He scored a stunning strike from 25 yards.", post.Positive},
		{"What a great strike by the midfielder!", post.Positive},
		{"A massive strike has shut down the railways.", post.Negative},
		{"The tornado could strike the town tonight.", post.Negative},
		{"The film ends with an epic battle between the two armies.", post.Neutral},
		{"It was an epic battle and both teams deserve credit.", post.Positive},
		{"She lost her epic battle with cancer.", post.Negative},
		// A score given on a condition of working that was not met is
		// withheld; on a feature wished for it is what is left of five.
		{"We would have given it 5 stars had the battery lasted.", post.Negative},
		{"I would have given it 5 stars if it had worked.", post.Negative},
		{"I would have given it 5 stars if it had voice dialing.", post.Positive},
		{"It would have gotten 5 stars had it come with a case.", post.Positive},
		{"I would have given it 5 stars.", post.Positive},
		// "pretty" before an adjective of measure grades it.
		{"The prices are pretty high.", post.Neutral},
		{"The fees are pretty steep.", post.Neutral},
		{"Taxes are pretty high here and nobody likes it.", post.Negative},
		{"She looked pretty in her dress.", post.Positive},
		{"It was not a great fight.", post.Negative},
		{"A stunning lack of preparation.", post.Negative},
		{"The army lost the war.", post.Negative},
		{"He missed a penalty in the final.", post.Negative},
		{"She broke the world record", post.Positive},
		{"The film broke box office records on its opening weekend.", post.Positive},
		{"Someone broke into the record store last night.", post.Negative},
		{"He broke the record player.", post.Negative},
		{"The heat broke records across Europe.", post.Negative},
		{"He lost his fear of flying.", post.Positive},
		{"Zero interest financing for 12 months.", post.Neutral},
		{"Zero interest in the plot.", post.Negative},
		{"Argon is an inert gas.", post.Neutral},
		{"The glacial lake is fed by meltwater.", post.Neutral},
		{"The meandering river winds through the valley.", post.Neutral},
		{"She walks with a limp.", post.Neutral},
		{"Rough seas are expected off the coast tonight.", post.Neutral},
		{"Sailors reported choppy waters near the harbor.", post.Neutral},
		{"The editing is choppy.", post.Negative},
		{"The lake was choppy in the afternoon.", post.Neutral},
		{"The seas were very rough all week.", post.Neutral},
		{"The first week was rough.", post.Negative},
		{"The truck handles rough terrain.", post.Neutral},
		{"The knockout stage starts next week.", post.Neutral},
		{"She is a knockout.", post.Positive},
		{"The atmospheric pressure dropped.", post.Neutral},
		{"Plummeting temperatures closed the schools.", post.Neutral},
		{"The sponge is absorbing the water.", post.Neutral},
		{"The film is absorbing.", post.Positive},
		{"Bake the cheesy pasta for twenty minutes.", post.Neutral},
		{"The dialogue is cheesy.", post.Negative},
		{"It was a rough night.", post.Negative},
		{"No one is perfect.", post.Positive},
		{"Nobody's perfect, but this is awful.", post.Negative},
		{"No one is happy with the update.", post.Negative},
		{"Apple trees bear fruit after three years.", post.Neutral},
		{"The talks finally bore fruit.", post.Positive},
		{"The warranty stays with you if you move house.", post.Neutral},
		{"It's a film that stays with you.", post.Positive},
		{"The costs exceeded expectations.", post.Negative},
		{"The turnout exceeded expectations.", post.Positive},
		{"The groundbreaking ceremony for the new school is on Monday.", post.Neutral},
		{"A groundbreaking study of sleep.", post.Positive},
		{"The humane society took in forty dogs.", post.Neutral},
		{"How do I downgrade to the previous version of iOS?", post.Neutral},
		{"The new phone is a downgrade to the old one.", post.Negative},
		{"Power was devolved to the Scottish parliament in 1999.", post.Neutral},
		{"The show devolved to the point of parody.", post.Negative},
		{"Flopped onto the couch after work.", post.Neutral},
		{"The heart pumped blood faster.", post.Neutral},
		{"Still waiting for the sequel they promised five years ago.", post.Negative},
		{"Waiting for the movie to come out, so excited!", post.Positive},
	}
	checkLabels(t, s, tests)
}

// TestSentimentChanges checks the rules on quantities that fall: less of
// a bad thing is good news, less of a good one bad (see fallAfter).
func TestSentimentChanges(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"Crime fell to its lowest level in decades.", post.Positive},
		{"Poverty declined sharply last year.", post.Positive},
		{"Unemployment dropped to 4 percent in March.", post.Positive},
		{"Violent crime has fallen for three straight years.", post.Positive},
		{"The death toll dropped this week.", post.Positive},
		{"Poverty has fallen and incomes have risen.", post.Positive},
		{"Profits fell for the fourth quarter in a row.", post.Negative},
		{"Consumer confidence plunged in June.", post.Negative},
		{"Trust in government has declined for decades.", post.Negative},
		{"Confidence dipped among voters.", post.Negative},
		// What rises keeps its sign.
		{"Unemployment rose to 9 percent.", post.Negative},
		{"Profits soared in the third quarter.", post.Positive},
		// Other senses of the verbs lessen nothing.
		{"The champion fell asleep on the couch.", post.Positive},
		{"My best friend dropped by yesterday.", post.Positive},
		{"We visited the beautiful falls.", post.Positive},
		{"The brave declined the offer.", post.Positive},
		{"Sadly, the deal fell through.", post.Negative},
		// A rated verb of decrease lessens its subject too.
		{"Profits plummeted.", post.Negative},
		{"The pain eased after a day.", post.Positive},
		// Unrated quantities that rise or fall: good or bad to have more of.
		{"The economy grew faster than expected.", post.Positive},
		{"The economy shrank in the second quarter.", post.Negative},
		{"Wages dropped for the first time since 2009.", post.Negative},
		{"Emissions fell for the first time in a decade.", post.Positive},
		{"Deaths surged in the second wave.", post.Negative},
		{"The stock fell 12 percent.", post.Negative},
		{"The market slumped on Monday.", post.Negative},
		{"Inflation cooled in the autumn.", post.Positive},
		// Prices are good news for some and bad for others; things that
		// are no quantity, and other senses, stay unrated.
		{"Prices rose by two percent.", post.Neutral},
		{"Mortgage rates plummeted to a record low.", post.Neutral},
		// A measure that ends an idiom ("interest rates") is a measure still.
		{"Interest rates plummeted last month.", post.Neutral},
		{"Temperatures plummeted overnight.", post.Neutral},
		{"His grades plummeted after the move.", post.Negative},
		{"Interest rates are expected to plummet next year.", post.Neutral},
		{"Temperatures will plummet tonight.", post.Neutral},
		{"Crime is expected to plummet.", post.Positive},
		{"Profits are expected to plummet.", post.Negative},
		{"The river rose overnight.", post.Neutral},
		{"The market grew on me.", post.Neutral},
		{"I dropped my phone in the market.", post.Neutral},
		{"Sales of the album fell short of expectations.", post.Negative},
		// A poll's support that opens its clause is rated when it moves;
		// the object of a preposition is no subject of the verb.
		{"Support for the measure fell.", post.Negative},
		{"Support for the plan surged after the debate.", post.Positive},
		{"Support for the war fell.", post.Negative},
		// Support for a platform that is provided is a feature praised.
		{"Support for Linux is included", post.Positive},
		{"Support for HDR was added in the latest update.", post.Positive},
		{"Support for the bill is split along party lines.", post.Neutral},
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

// TestSentimentReviewPraise covers set phrases and words of praise in
// reviews whose words VADER leaves unrated, and their other senses.
func TestSentimentReviewPraise(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"The leather case is a big plus.", post.Positive},
		{"Also, you can store data on it, which is a plus.", post.Positive},
		{"The hotel offers high quality rooms.", post.Positive},
		{"The app is very simple to use.", post.Positive},
		{"What more could you ask for?", post.Positive},
		{"This painting is a work of art.", post.Positive},
		{"What a find!", post.Positive},
		{"I am absolutely in awe of this camera.", post.Positive},
		{"This is the coolest phone I ever had.", post.Positive},
		{"It is priced very affordably.", post.Positive},
		{"It outperforms every rival.", post.Positive},
		{"Now that I own it, I can't imagine being without it!", post.Positive},
		{"If you get the chance, go for it.", post.Positive},
		{"Stick a pin in the reset button and you're golden.", post.Positive},
		{"This thing does its job.", post.Positive},
		{"However, it serves its purpose.", post.Positive},
		{"Within 5 minutes I was able to transfer files.", post.Positive},
		{"I struggle to find anything bad to say about it.", post.Positive},
		{"Restaurant is always full but never a wait.", post.Positive},
		{"You are not able to simply import files.", post.Negative},
		{"The forecast was spot on.", post.Positive},
		// Negated, or in other senses, they are no praise.
		{"It was not simple to use.", post.Negative},
		{"The print quality is not high quality at all.", post.Negative},
		{"Bring a plus one to the wedding.", post.Neutral},
		{"There is a spot on the carpet.", post.Neutral},
	})
}

// TestSentimentReviewBlame covers set phrases and words of blame in
// reviews whose words VADER leaves unrated, and praise conceded to what
// spoils it ("an otherwise good phone").
func TestSentimentReviewBlame(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"Big minus!!", post.Negative},
		{"The short battery life is a minus.", post.Negative},
		{"Nearly 4000 songs went up in smoke.", post.Negative},
		{"Who knows how long before it craps out.", post.Negative},
		{"The controls took some getting used to.", post.Negative},
		{"The remote is a little hard to understand.", post.Negative},
		{"There is a steep learning curve.", post.Negative},
		{"What kind of a company does that!", post.Negative},
		{"They skimped on the headphone jack.", post.Negative},
		{"It's a hazard in the car.", post.Negative},
		{"Be forewarned.", post.Negative},
		{"T-Mobile ruins an otherwise good phone.", post.Negative},
		{"The live music on Fridays totally blows.", post.Negative},
		{"Must have been an off night at this place.", post.Negative},
		{"Tried to go here for lunch and it was a madhouse.", post.Negative},
		{"If you are reading this please don't go there.", post.Negative},
		{"The wind blows from the west.", post.Neutral},
		// Praise after "otherwise" with no determiner stands; other senses.
		{"A little weighty, but otherwise fine.", post.Positive},
		{"Otherwise, this player is awesome!", post.Positive},
		{"Turn on your hazard lights.", post.Neutral},
	})
}

// TestSentimentAcronymWords covers VADER's chat acronyms that are also
// ordinary words, names, numbers and products: they rate nothing.
func TestSentimentAcronymWords(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"Kia recalls cars.", post.Neutral},
		{"The score was 86 to 143.", post.Neutral},
		{"Flight 187 landed.", post.Neutral},
		{"She moved to NH last year.", post.Neutral},
		{"Send it to the PO box.", post.Neutral},
		{"I ordered the slaw.", post.Neutral},
		{"The bus boy on the other hand was so rude.", post.Negative},
		// The acronyms that are read as such keep their ratings.
		{"lol that was close", post.Positive},
		{"wtf is this", post.Negative},
	})
}

// TestSentimentUnbeatableBlame covers "no more of it is possible" said of
// blame as of praise: it intensifies rather than negates.
func TestSentimentUnbeatableBlame(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"I've never been more insulted or felt disrespected.", post.Negative},
		{"It couldn't be worse.", post.Negative},
		{"I have never been more happy.", post.Positive},
		// A plain comparison stays negated.
		{"It isn't any worse than the old one.", post.Positive},
		{"It hasn't been more successful than last year.", post.Negative},
	})
}

// TestSentimentScarcelyAndSuper covers "barely"/"hardly" as a denial of
// what follows, and "super" as a degree adverb before a rated word.
func TestSentimentScarcelyAndSuper(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"The film is barely watchable.", post.Negative},
		{"The plot is hardly original.", post.Negative},
		{"It was hardly a disaster.", post.Positive},
		{"She hardly ever complains.", post.Positive},
		{"It was so much garlic, it was barely edible.", post.Negative},
		// "barely" of blame says not even that much.
		{"The food was barely lukewarm.", post.Negative},
		{"I'm super pissed.", post.Negative},
		{"The service was super slow.", post.Negative},
		{"It was super!", post.Positive},
	})
}

// TestSentimentCriticsPhrases covers critics' set phrases of blame whose
// words VADER leaves unrated or reads the other way.
func TestSentimentCriticsPhrases(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"Lots of holes in the script.", post.Negative},
		{"Then, there's the plot holes.", post.Negative},
		{"Whatever prompted such a documentary is beyond me!", post.Negative},
		{"This remake had little else to offer.", post.Negative},
		{"I couldn't take them seriously.", post.Negative},
		{"I want my 90 minutes back.", post.Negative},
		{"Nothing at all to recommend.", post.Negative},
		{"I really don't see how anyone could enjoy this movie.", post.Negative},
		{"It just blew.", post.Negative},
		// Other senses.
		{"I'll be back in ten minutes.", post.Positive},
		{"The file is corrupt and I can't save it.", post.Negative},
	})
}

// TestSentimentFreeOf covers "X-free": without X, X's rating negated.
func TestSentimentFreeOf(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"The movie is fun-free.", post.Negative},
		{"A pain-free recovery.", post.Positive},
		{"A tax-free allowance.", post.Neutral},
	})
}

// TestSentimentObjectsAndSenses checks readings that recur in reviews of
// any product, and the other senses of their words: a negation reaches
// the object of a verb it denies past "going to", a pronoun and "with".
func TestSentimentObjectsAndSenses(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"I'm not going to give it a good rating.", post.Negative},
		{"So far not going to get a good review.", post.Negative},
		{"That doesn't leave me with a good feeling.", post.Negative},
		{"They won't give you an easy time.", post.Negative},
		{"It doesn't do you any good.", post.Negative},
		{"It doesn't get any better than this.", post.Positive},
		{"Ripping songs couldn't be any easier.", post.Positive},
		{"I'm going to give it a good rating.", post.Positive},
		{"This will leave you with a good feeling.", post.Positive},
		{"Not going to lie, that was a great match.", post.Positive},
		{"It doesn't leave me with any doubt: this is the best film of the year.", post.Positive},
		// "refused to" denies the verb after it.
		{"The phone refused to die.", post.Positive},
		{"It refuses to work.", post.Negative},
		{"It refused to play the disc.", post.Negative},
		{"She refused to help us.", post.Negative},
		{"They refused to comment.", post.Negative},
		// "make sure" advises and "sure as" swears; "I'm sure" is certain.
		{"Just make sure the keys are locked.", post.Neutral},
		{"Make sure you vote on Tuesday.", post.Neutral},
		{"Sure as clockwork, the bus came at nine.", post.Neutral},
		{"I'm sure you will like it.", post.Positive},
		{"Sure, I'd be glad to.", post.Positive},
		// A number counts or names; it is no praise.
		{"I called the support number twice.", post.Neutral},
		{"There were a number of outtakes.", post.Neutral},
		// Praise "until" an event now past is praise that ended.
		{"I was very satisfied with it, until last night.", post.Negative},
		{"The phone worked great until yesterday.", post.Negative},
		{"We had a lovely time until the rain came.", post.Negative},
		{"It wasn't until I watched this film that I realised how great he was.", post.Positive},
		{"I can't wait until June.", post.Positive},
		{"The server stayed friendly until the end.", post.Positive},
		{"I'm happy with it until a better one comes out.", post.Positive},
		// "I'd have" is "I would have": a counterfactual.
		{"I'd have liked a longer battery.", post.Negative},
		{"The colors are not as crisp as I'd have liked.", post.Negative},
		{"I'd like a longer battery.", post.Positive},
		// An adverb between the modal and "have" keeps the counterfactual.
		{"A volume knob would also have been easier.", post.Negative},
		{"It could easily have been great.", post.Negative},
		{"I might just have the best seat in the house.", post.Positive},
		{"I might just have to agree with that.", post.Positive},
		// What has stopped is so no longer.
		{"They stopped supporting the old OS.", post.Negative},
		{"The show stopped being funny.", post.Negative},
		{"It never stops being cute.", post.Positive},
		// A negation reaches through auxiliaries past three words.
		{"I'm not going to be happy with this.", post.Negative},
		{"I won't be able to enjoy it.", post.Negative},
		{"It doesn't seem to be very reliable.", post.Negative},
		{"It is not going to be easy.", post.Negative},
		{"There are not a lot of good options out there.", post.Negative},
		{"There's not a whole lot of bad to say about it.", post.Positive},
		// A trouble that went away is no complaint.
		{"The problem vanished after the first month.", post.Positive},
		{"The lag went away after the update.", post.Positive},
		{"When I turned it off the static disappeared.", post.Neutral},
		{"My package disappeared.", post.Negative},
		{"The problem has not gone away.", post.Negative},
		{"Once I worked out the problem, it was fine.", post.Positive},
		{"He pointed out the flaws.", post.Negative},
		// A stop button is a part, like the play button.
		{"The player has no stop button.", post.Negative},
		{"It does not have a stop button!", post.Negative},
		{"Press the stop button twice.", post.Neutral},
		// Play limited by "only" is no delight, and a shortcoming
		// (onlyLimits, TestSentimentReviewLimits).
		{"It can only play for a couple of hours.", post.Negative},
		// (A wish, "If only it played avi files.", is blame: TestSentimentTweetReadings.)
		{"The kids played in the park all day.", post.Positive},
		// A saving tried for is none made.
		{"I regret trying to save a few dollars on this.", post.Negative},
		{"We saved a lot of money.", post.Positive},
		{"We could not have been more pleased with the food.", post.Positive},
	}
	checkLabels(t, s, tests)
}
