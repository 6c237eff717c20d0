package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentTweetReadings checks readings common in short posts: an
// exclamation with no word of feeling, each with a case in another sense
// that the rule must leave alone.
func TestSentimentTweetReadings(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		// An exclamation alone leans positive; a question, a negation or
		// a plain statement does not.
		{"Got my tickets for Saturday!", post.Positive},
		{"Off to the coast with the kids!!", post.Positive},
		{"Got my tickets for Saturday.", post.Neutral},
		{"Where are my tickets?!", post.Neutral},
		{"Been here since Monday!", post.Neutral},
		{"Still at the office!", post.Neutral},
		{"Lost my tickets!", post.Negative},
		// A mishap: "forgot" rates like VADER's "forget", so praise said
		// flat after it is sarcasm; what was forgotten may still please.
		{"Forgot my umbrella and got soaked walking to the office. Brilliant.", post.Negative},
		{"Forgot my keys again.", post.Negative},
		{"I forgot how much I love this song.", post.Positive},
		{"Forgot it was a holiday. Wonderful!", post.Positive},
		// Set phrases whose rated word is not what they say.
		{"It is a bit trial and error to be honest.", post.Neutral},
		{"A great deal of money was spent on the bridge.", post.Neutral},
		{"The great majority of voters stayed home.", post.Neutral},
		{"It seems like the worst of it has passed.", post.Positive},
		{"Doctors say the worst is over for the patient.", post.Positive},
		{"The worst is yet to come.", post.Negative},
		{"That was the worst of it.", post.Negative},
		{"The error cost us the game.", post.Negative},
		{"Got a great deal on a new TV.", post.Positive},
		// A likelihood of harm is no praise; of a good thing, or an
		// opportunity, it is.
		{"There's a great chance you might lose them.", post.Negative},
		{"There's a good chance we'll lose the game.", post.Negative},
		{"There's a great chance to win tickets today.", post.Positive},
		{"There's a good chance we'll win the game.", post.Positive},
		// A sigh alone is weariness; of relief, or happy, it is not.
		{"It just took me over an hour to get home from work tonight. Sigh.", post.Negative},
		{"*sigh* Monday again.", post.Negative},
		{"Breathed a sigh of relief when the results came in.", post.Positive},
		{"Happy sigh.", post.Positive},
		// Disbelief that something is still done; a plain question whether
		// a thing still holds is none.
		{"Why do people still use facsimile machines?", post.Negative},
		{"Wait, people still print stuff out?", post.Negative},
		{"Is the library still open on Thursdays?", post.Neutral},
		{"Are you still coming tonight?", post.Neutral},
		{"Why do I still love this song so much?", post.Positive},
		// Run over by a car, and a wish that someone be punished.
		{"An employee almost runs me over in the parking lot.", post.Negative},
		{"My cat got run over last year.", post.Negative},
		{"The meeting ran over by ten minutes.", post.Neutral},
		{"Can you run it over to the office?", post.Neutral},
		{"This contractor should be flogged for writing it in .NET.", post.Negative},
		{"The senator ought to be locked up.", post.Negative},
		// Chaos called for is relished; told of, it is not.
		{"Day 1: Let the insanity begin!", post.Positive},
		{"Let the madness begin.", post.Neutral},
		{"They let the chaos continue.", post.Negative},
		{"Let the chaos begin at the office.", post.Negative},
		// A fan denied, past VADER's three words or past a word of size.
		{"I'm not a huge fan of the new design.", post.Negative},
		{"I've never been a big fan of jazz.", post.Negative},
		{"I've never really been a fan of his films.", post.Negative},
		{"I'm a huge fan of this show!", post.Positive},
		{"I'm a big fan of your work.", post.Positive},
		{"Never been to a game, but I'm a big fan.", post.Positive},
		// Disbelief negates nothing it tells of; a denial does.
		{"I can't believe they cancelled the show after that cliffhanger.", post.Negative},
		{"I can't believe you lied to me.", post.Negative},
		{"I couldn't believe my luck.", post.Positive},
		{"I don't believe it's worth the money.", post.Negative},
		{"They cannot cancel the show.", post.Positive},
		// Forms of rated words VADER lacks.
		{"Day of chores has commenced.", post.Negative},
		{"Five signs your manager is an imposter.", post.Negative},
		{"The speech was phony from start to finish.", post.Negative},
		{"Daydreaming about spring.", post.Positive},
		{"Chillin on the porch with the dog.", post.Positive},
		{"Chilling news from the border.", post.Neutral},
		// A closing frown after praise in its sentence makes it wry; after
		// the sentence has ended, or in tears, it does not.
		{"Love a good last minute emergency :/", post.Negative},
		{"Literally can't wait to escape work and go home :-/", post.Negative},
		{"You are a good singer. Have you studied enough? :/", post.Positive},
		{"This song is so beautiful :'(", post.Positive},
		{"Great weekend with the family :)", post.Positive},
		// Time killed is time passed.
		{"Gonna have to kill some time before my train.", post.Neutral},
		{"They threatened to kill him.", post.Negative},
		// Laughter drawn out is laughter; a discovery is not.
		{"hahahaha I can't even", post.Positive},
		{"Ahaha, you did not.", post.Positive},
		{"hehehe", post.Positive},
		{"Aha, found the cable.", post.Neutral},
		// Doubt that grows, and a "wonder why" left unanswered.
		{"I'm starting to wonder if my old landlord really owned the building.", post.Negative},
		{"People are staring. I wonder why...", post.Negative},
		{"I wonder why the sky is blue.", post.Neutral},
		{"Starting to wonder what to cook tonight.", post.Neutral},
		// "if only" wishes for what is missing; it compares in "as if
		// only" and concedes in "if only for".
		{"If only I had known sooner.", post.Negative},
		{"if only it played stand alone avi files.", post.Negative},
		{"It was worth the climb, if only for the view.", post.Positive},
		{"It looked as if only the goalkeeper cared.", post.Positive},
		// Set phrases of blame with no rated word.
		{"Why anyone bought it is beyond me.", post.Negative},
		{"The cancellation was the final blow.", post.Negative},
		{"The hills beyond me were covered in snow.", post.Neutral},
		{"Sheesh, three hours for a table.", post.Negative},
		{"The battery life is a big minus.", post.Negative},
		{"She got an A minus on the test!", post.Positive},
		{"The villain turns unintentionally comical.", post.Negative},
		{"The sequel is intentionally funny.", post.Positive},
		// Mock delight after a mishap: flat "fun" and "cool", a word said
		// over and over, thanks for nothing named, and "love that for
		// me"; sincere thanks, delight said of the writer's luck, and
		// praise after good news keep their sense.
		{"Stuck in traffic for two hours. So fun.", post.Negative},
		{"Missed the bus. Cool.", post.Negative},
		{"Nobody showed up to my birthday thing. Cool cool cool.", post.Negative},
		{"Missed the last bus home. Love that for me.", post.Negative},
		{"My train was cancelled. Thanks a lot.", post.Negative},
		{"Missed my stop. Right in front of everyone. Thanks for that.", post.Negative},
		{"Forgot my lunch. At home. Great.", post.Negative},
		{"Rough week. Thanks for the flowers, they made my day.", post.Positive},
		{"Got the job! Love that for me.", post.Positive},
		{"Finished the hike. So fun.", post.Positive},
		{"Thanks a lot for the follow!", post.Positive},
		// A lazy day is rest; lazy people are blamed. A promise that is
		// empty is blame.
		{"Lazy Sunday with pancakes and cartoons. Perfect.", post.Positive},
		{"Lazy morning in bed.", post.Neutral},
		{"My coworker is so lazy.", post.Negative},
		{"Empty promises from the council once again.", post.Negative},
		{"She kept her promise.", post.Positive},
		// "Typical." said as a verdict of its own is weary blame; before
		// a noun it describes.
		{"The meeting ran over again. How typical!", post.Negative},
		{"Another meeting ran over. Typical.", post.Negative},
		{"So typical, the bus is late again.", post.Negative},
		{"It was a typical day at the office.", post.Neutral},
		{"The food is good for typical bar food.", post.Positive},
		// A car keyed is vandalism, and flat praise after it sarcasm; a
		// code keyed in is typed.
		{"Somebody keyed my car in the parking lot. Great way to end the day.", post.Negative},
		{"She keyed in the code.", post.Neutral},
		// "strike" in set phrases that are no blow.
		{"Her speech struck a chord with voters.", post.Positive},
		{"The model struck a pose for the cameras.", post.Neutral},
		{"The workers went on strike.", post.Negative},
		// A stutter written out is the word; a hyphen after a letter
		// that is no stutter is not.
		{"I'm just h-happy for him.", post.Positive},
		{"She said b-b-bad things.", post.Negative},
		{"A t-shirt for the trip.", post.Neutral},
		// "It's not like" denies the clause after it, not a liking; "I do
		// not like it" is a liking denied.
		{"It's not like we care.", post.Negative},
		{"It's not like I'm angry or anything.", post.Positive},
		{"I do not like it.", post.Negative},
		{"I'm not like you.", post.Negative},
		// A comment adverb after a comma is the writer's own: the
		// negation before it does not reach it; within its clause it
		// does ("not sadly missed").
		{"I don't think so, sadly.", post.Negative},
		{"The parcel didn't come today, unfortunately.", post.Negative},
		{"It wasn't delayed, luckily.", post.Positive},
		// "It's the little things" is contentment; blame of them is blame,
		// and the little things to fix are no saying.
		{"Cold pizza for breakfast. It's the simple things.", post.Positive},
		{"It's the little things that annoy me most.", post.Negative},
		{"We need to fix the little things first.", post.Neutral},
		// "Yet another" is weary; praise after it outweighs it.
		{"Yet another meeting this afternoon.", post.Negative},
		{"Yet another wonderful film from the master.", post.Positive},
		// "Why does every ..." blames a whole kind; a plain why-question
		// asks, and a liking asked about stays one.
		{"Why does every app need my location now", post.Negative},
		{"Why is everyone so loud today?", post.Negative},
		{"Why is the sky blue?", post.Neutral},
		{"Why do all cats love boxes?", post.Positive},
		// "I feel you" is sympathy; "I feel you should" opens an opinion.
		{"I feel you on that.", post.Positive},
		{"I feel you should call him.", post.Neutral},
		// An outing told as the day's news is looked forward to; a slow
		// start, a thing sent off, or a trip to the hospital is not.
		{"Off to the farmer's market with the kids.", post.Positive},
		{"Heading to the coast for the weekend.", post.Positive},
		{"The team is off to a slow start.", post.Negative},
		{"Just sent the report off to a client.", post.Neutral},
		{"Heading to the hospital, dad fell.", post.Neutral},
		{"Now I'm off to wrap presents. Ugh!", post.Negative},
		// Time told as spent with family or friends is company enjoyed;
		// not at a grim place, nor with trouble told.
		{"Watching the game with my dad.", post.Positive},
		{"Hanging with the boys tonight", post.Positive},
		{"At the hospital with my dad.", post.Neutral},
		{"Stuck at home with the kids.", post.Negative},
		{"She broke up with her boyfriend.", post.Negative},
		// "Pizza time." announces a treat; "Next time.", "What time?",
		// "Battery time." and a grim place do not.
		{"Taco time.", post.Positive},
		{"Next time.", post.Neutral},
		{"What time?", post.Neutral},
		{"Battery time.", post.Neutral},
		{"Dentist time.", post.Neutral},
		{"It's a beach day.", post.Positive},
		{"Laundry day.", post.Positive},
		{"Long day.", post.Neutral},
		{"One day.", post.Neutral},
		// A pastime told as news, like an outing.
		{"I am listening to Bonnie Raitt.", post.Positive},
		{"@anonymous listening to them now", post.Positive},
		{"Watching bats from the balcony.", post.Positive},
		{"I was watching the extras disc when it froze.", post.Negative},
		{"Checking out the new library downtown.", post.Positive},
		{"Trying out a new recipe tonight.", post.Positive},
		{"Checking out of the hotel.", post.Neutral},
		{"Trying to fix the sink.", post.Neutral},
		{"Finished the interview. Now on to Ohio.", post.Positive},
		{"We just landed in Denver.", post.Positive},
		{"Hold on to the rail.", post.Neutral},
		{"She passed the note on to her sister.", post.Neutral},
		{"I landed in the hospital last night.", post.Neutral},
		{"The plane landed at noon.", post.Neutral},
		{"Thinking about the weekend.", post.Positive},
		{"Thinking about it now, the ending came in the last reel.", post.Neutral},
		{"Thinking about how to word the memo.", post.Neutral},
		{"He kept thinking about the bill.", post.Neutral},
		// None said with a number: "zero issues" is "no issues"; "zero
		// stars" keeps its blame.
		{"I have 0 issues with that.", post.Positive},
		{"Zero problems so far.", post.Positive},
		{"Zero stars.", post.Negative},
		// A thing "nailed" is done to a turn, whoever did it; boards and
		// lids nailed down, and nails as things, are not.
		{"The choir nailed the Bach piece tonight", post.Positive},
		{"That new bakery actually nails the croissant", post.Positive},
		{"He nailed the board to the wall.", post.Neutral},
		{"They nailed the lid shut.", post.Neutral},
		{"She painted her nails the color of plums.", post.Neutral},
		// "Why is my ...": a grievance about one's own thing; a flat tire
		// is a mishap.
		{"Why is my landlord texting me at 11pm about the recycling bins", post.Negative},
		{"Why does my phone restart at 3am?", post.Negative},
		{"Why is the library closed on Mondays?", post.Neutral},
		{"Why is my car?", post.Neutral},
		{"Got a flat tire on the way to work.", post.Negative},
		{"The flat was tiny but the tire shop was close.", post.Neutral},
		// A link passed on with nothing rated says nothing of its own: a
		// headline or a photo shared is news, not praise.
		{"Legislative commission considers initial map http://url_removed", post.Neutral},
		{"Just posted a photo https://example.com/p/123", post.Neutral},
		// A greeting of the day to all who read it is warmth; the time of
		// day named in a plain statement is none.
		{"Night y'all.", post.Positive},
		{"Morning all!", post.Positive},
		{"@anonymous Night everyone, see you tomorrow", post.Positive},
		{"Night shift again.", post.Neutral},
		{"Morning view", post.Neutral},
		{"Morning people are rare.", post.Neutral},
		{"The night was long.", post.Neutral},
		// An exam or test passed is an achievement; passing a thing on
		// is not, and one who passed away is mourned.
		{"Just passed my driving test on the first try", post.Positive},
		{"She passed the bar exam.", post.Positive},
		{"He passed the salt to his brother.", post.Neutral},
		{"My grandfather passed away last night.", post.Negative},
	}
	checkLabels(t, s, tests)
}

// TestSentimentTweetPlainWords checks words VADER rates that tweets use in
// a plain sense: an enthusiast ("#nerd", "talking geek"), a plan that is
// only approximate ("a rough plan"), relief of pain asked for or had.
func TestSentimentTweetPlainWords(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"Heading to the Supreme Court for a tour #nerd", post.Neutral},
		{"Talking geek over dinner.", post.Neutral},
		{"What are all the nerd gaming conventions coming up this year?", post.Neutral},
		{"You stupid nerd.", post.Negative},
		{"The nerd in me loves this!", post.Positive},
		{"I have a rough plan for the weekend.", post.Neutral},
		{"Rough plan: go to the hospital, demand pain relief, give birth.", post.Positive},
		{"The gel gave me fast pain relief.", post.Positive},
		{"No pain relief at all from these pills.", post.Negative},
		{"Rough night, my back is killing me.", post.Negative},
		{"The pain is back.", post.Negative},
		// Words VADER lacks: work that comes to something or nothing, a
		// shiver of dread; and set phrases whose parts rate otherwise.
		{"Very productive morning, inbox at zero.", post.Positive},
		{"2pm is the hour of unproductivity.", post.Negative},
		{"Another unproductive meeting.", post.Negative},
		{"It was not an easy day nor a productive one.", post.Negative},
		{"It makes me shudder.", post.Negative},
		{"I shudder to think what it cost.", post.Negative},
		{"He played hooky from school.", post.Neutral},
		{"We played football after school.", post.Positive},
		{"Living it up for one night only.", post.Positive},
		{"I live in a flat up the hill.", post.Neutral},
		{"The decline of the high street.", post.Negative},
		{"Sales are declining.", post.Negative},
		{"She declined to comment.", post.Neutral},
		{"Chip Kelly is my homie.", post.Positive},
		{"All the alert sounds at the same time was too confusing.", post.Negative},
		{"I set an alert for the sale.", post.Neutral},
		{"Stay alert on the roads.", post.Positive},
		{"Why businesses need satisfaction surveys", post.Neutral},
		{"Customer satisfaction is our priority.", post.Positive},
		{"Sounds like they're trying to point in the right direction again, damn.", post.Positive},
		{"The club is heading in the right direction.", post.Positive},
		{"Turn right at the church and keep going in that direction.", post.Neutral},
		{"Missed the bus again #mondaysucks", post.Negative},
		{"Worth 5 games? #ncaasucks", post.Negative},
		{"Printed the slides twice #epicfail", post.Negative},
		{"Found my old camera #throwback", post.Neutral},
		// A skill learned is an achievement; what one learned to bear is
		// not, nor a skill never learned, nor machine learning.
		{"Kid learned to ride a bike without training wheels today!", post.Positive},
		{"She's learning to crawl this week!", post.Positive},
		{"I finally learned how to use my phone's camera.", post.Positive},
		{"I never learned to swim.", post.Negative},
		{"I learned to keep my mouth shut.", post.Neutral},
		{"We use machine learning to predict prices.", post.Neutral},
		// Set phrases of consolation, relish and rue.
		{"Could be worse.", post.Positive},
		{"It could have been worse, nobody was hurt.", post.Positive},
		{"It could get worse by Friday.", post.Negative},
		{"That burger hit the spot.", post.Positive},
		{"The ball hit the post.", post.Neutral},
		{"Not too shabby for a Monday.", post.Positive},
		{"The hotel was shabby.", post.Negative},
		{"Just my luck, the shop closed as I arrived.", post.Negative},
		{"Good luck with the move!", post.Positive},
		// An outage told plainly; thanks in tweets' words.
		{"Our power is out again.", post.Negative},
		{"The power went out during dinner.", post.Negative},
		{"Power's out on our street.", post.Negative},
		{"Wifi is down again.", post.Negative},
		{"The power is in your hands.", post.Neutral},
		{"The sun went down at six.", post.Neutral},
		{"Props to the bus driver for waiting.", post.Positive},
		{"Shout out to the nurses on the night shift.", post.Positive},
		{"Don't shout at the kids.", post.Negative},
		// Words and set phrases of news and reviews that rate nothing
		// word by word.
		{"A feel-good movie for the whole family.", post.Positive},
		{"The economy is on the mend.", post.Positive},
		{"The bill sailed through parliament.", post.Positive},
		{"She sailed through her exams.", post.Positive},
		{"We sailed through the harbour at dawn.", post.Neutral},
		{"Residents are up in arms over the plan.", post.Negative},
		{"He held the baby up in his arms.", post.Neutral},
		{"Test came back negative, phew.", post.Positive},
		{"Tested negative again, back to work tomorrow.", post.Positive},
		{"Three players tested positive for the virus.", post.Negative},
		{"The biopsy came back positive.", post.Neutral},
		{"The reviews were negative.", post.Negative},
		{"Stay positive!", post.Positive},
		{"Ate the whole cake. Regret nothing.", post.Positive},
		{"I regret nothing about leaving.", post.Positive},
		{"I regret saying that.", post.Negative},
		{"A cut above the rest.", post.Positive},
		{"He cut his finger on the tin.", post.Negative},
		{"Over the moon!", post.Positive},
		{"My heart is full.", post.Positive},
		{"I was blown away by the response.", post.Positive},
		{"The update is a step backwards.", post.Negative},
		{"The new bridge is an eyesore.", post.Negative},
		{"Customer service gave me the runaround.", post.Negative},
		{"I wouldn't change a thing.", post.Positive},
		{"Couldn't have gone better.", post.Positive},
		{"It couldn't have gone worse.", post.Negative},
		{"Things couldn't get any worse.", post.Negative},
		{"It couldn't be any worse.", post.Negative},
		{"It can't get any better.", post.Positive},
		{"The talk couldn't have gone any better.", post.Positive},
		{"Bit miffed they moved the meeting again.", post.Negative},
		{"Still seething about the parking fine.", post.Negative},
		{"Our room was spacious and quiet.", post.Positive},
		{"The flat is grotty and draughty.", post.Negative},
		{"Got a parking fine outside my own house.", post.Negative},
		{"The firm faces a hefty fine.", post.Negative},
		{"The parking is fine.", post.Positive},
		{"I wouldn't change my flight now, it's too late.", post.Negative},
	}
	checkLabels(t, s, tests)
}
