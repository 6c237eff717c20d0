package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentReviewLimits checks readings of review English about what
// a thing does: "only" limiting its working is a shortcoming, a task that
// "only took" seconds or minutes is quick, with the senses of "only"
// (price, little tried, "not only", "the only") the rules must leave
// alone.
func TestSentimentReviewLimits(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		// "only" limiting a thing's working.
		{"The app only works if you keep it open on the screen.", post.Negative},
		{"It only recognizes the phone as a storage device.", post.Negative},
		{"The speaker only plays music in one ear.", post.Negative},
		{"I can only hear the sound, there is no picture.", post.Negative},
		{"It only seems to connect when you stand next to the router.", post.Negative},
		{"I think it only worked once.", post.Negative},
		{"The battery lasts only a few hours.", post.Negative},
		{"It only holds a charge for about two hours.", post.Negative},
		{"It holds a charge for days and only costs $20.", post.Positive},
		// A task that only took seconds or minutes is quick.
		{"It only took me about ten seconds to transfer the file.", post.Positive},
		{"Check-in only took five minutes.", post.Positive},
		{"It only took five minutes for the screen to crack.", post.Neutral},
		{"It only took two days to arrive.", post.Neutral},
		// Other senses of "only".
		{"I only paid $40.", post.Neutral},
		{"We only ran it once before the trip.", post.Neutral},
		{"I only read the first chapter.", post.Neutral},
		{"This is the only charger that works with my car.", post.Neutral},
		{"Not only does it work, but it looks great.", post.Positive},
		{"The only thing I'd change is the color.", post.Neutral},
		{"I only hear good things about this hotel.", post.Positive},
	}
	checkLabels(t, s, tests)
}

// TestSentimentReviewWeighing checks a merit or shortcoming weighed
// against another ("the risks outweigh the benefits": what is outweighed
// counts the other way) and the praise of a thing one cannot think of
// being without ("How did I get by without this?").
func TestSentimentReviewWeighing(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"The noise far outweighs the benefits.", post.Negative},
		{"The benefits are outweighed by the problems.", post.Negative},
		{"The benefits outweigh the risks.", post.Positive},
		{"Any disadvantages are easily outweighed by its advantages.", post.Positive},
		{"How did I get by without this?", post.Positive},
		{"I don't know how I lived without it.", post.Positive},
		{"How did we ever live without a dishwasher?", post.Positive},
		// Other senses must not move.
		{"How did you get by without a car?", post.Neutral},
		{"I lived without a car for years.", post.Neutral},
	}
	checkLabels(t, s, tests)
}

// TestSentimentReviewSentBack checks a thing sent or mailed back with
// its object between ("sending the unit back"): a return, the verdict on
// it; a person, a message or a thing sent back to the writer is not.
func TestSentimentReviewSentBack(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"I ended up sending the blender back to the store.", post.Negative},
		{"We mailed the whole set back.", post.Negative},
		{"I sent back the steak.", post.Negative},
		{"Sent it back.", post.Negative},
		{"And I have returned both.", post.Negative},
		{"I returned mine the next day.", post.Negative},
		{"We returned both of the rental cars at noon.", post.Neutral},
		// Other errands.
		{"I sent the form back to my bank.", post.Neutral},
		{"They sent me back to the front desk.", post.Neutral},
		{"Waiting for it to be sent back to me with a new battery.", post.Neutral},
		{"I sent him back out to the store.", post.Neutral},
	}
	checkLabels(t, s, tests)
}

// TestSentimentReviewBreaks checks "break" as the verb of a thing
// breaking after a pronoun or "then" ("and then it breaks"), and a thing
// starting to wear out ("the seats started to crack"), with a break
// taken, a habit, a question and an object left alone.
func TestSentimentReviewBreaks(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"And then it breaks.", post.Negative},
		{"I bought this only to have it break within a month.", post.Negative},
		{"They work about two weeks then break.", post.Negative},
		// A thing that starts to wear out or fail.
		{"The seats started to crack within a year.", post.Negative},
		{"The paint began peeling after a month.", post.Negative},
		{"New discs always began skipping after a few plays.", post.Negative},
		// Other senses.
		{"I started skipping breakfast.", post.Neutral},
		{"The leaves began rustling in the wind.", post.Neutral},
		{"We took a coffee break.", post.Neutral},
		{"The show will break for lunch.", post.Neutral},
		{"It breaks even after two years.", post.Neutral},
		{"Will it break? Probably not.", post.Neutral},
	}
	checkLabels(t, s, tests)
}

// TestSentimentReviewWonOver checks the idioms of a customer won over
// ("After one bite, I was hooked.", "I'll become a regular", "always a
// hit") and of one who refuses ("You couldn't pay me to eat here
// again"), with their other senses left alone.
func TestSentimentReviewWonOver(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"After the first ride, I was hooked.", post.Positive},
		{"I think I will become a regular.", post.Positive},
		{"For brunch downtown, this is the place to go.", post.Positive},
		{"The pancakes are always a hit with the kids.", post.Positive},
		{"You couldn't pay me to stay at this hotel again.", post.Negative},
		{"The staff went out of their way to find us a quieter room.", post.Positive},
		{"The waiter went out of his way to ignore us.", post.Negative},
		{"She went out of her way to be rude to us.", post.Negative},
		// Other senses.
		{"I was hooked up to a monitor all night.", post.Neutral},
		{"The company took a hit with the recall.", post.Neutral},
		{"Is this the place to go for the tickets?", post.Neutral},
	}
	checkLabels(t, s, tests)
}

// TestSentimentReviewDelivers checks a thing that does all it should,
// came on time or would be bought again, money thrown out the window,
// and the hope a thing is measured by ("not as good as I had hoped").
func TestSentimentReviewDelivers(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"It does everything I need.", post.Positive},
		{"Does everything it should and more.", post.Positive},
		{"The delivery was on time.", post.Positive},
		{"I own two of these kettles and would order another.", post.Positive},
		{"I basically threw my money out the window.", post.Negative},
		{"Ninety minutes I wish I could get back.", post.Negative},
		{"I wish I could get back to the beach soon.", post.Positive},
		{"Not as good as I had hoped.", post.Negative},
		{"It was as good as I had hoped.", post.Positive},
		// Other senses.
		{"I would buy another brand next time.", post.Neutral},
		{"I did everything I could to make it work.", post.Neutral},
		{"Was the train on time?", post.Neutral},
		// Made to resist a harm.
		{"Very wind-resistant.", post.Positive},
		{"The case is not water-resistant.", post.Negative},
		{"The bacteria are drug-resistant.", post.Neutral},
	}
	checkLabels(t, s, tests)
}

// TestSentimentReviewCosts checks what a thing costs: low is good news to
// whoever pays and high bad, where VADER rates "low" -1.1 and "high"
// nothing; and praise or grief said as a set phrase ("couldn't ask for
// better", "it breaks my heart").
func TestSentimentReviewCosts(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"Fees are low.", post.Positive},
		{"low price.", post.Positive},
		{"Low fees and friendly staff.", post.Positive},
		{"The price was high.", post.Negative},
		{"High prices everywhere on the strip.", post.Negative},
		{"Cheap to buy, but low quality sound.", post.Negative},
		{"With a low price comes lower quality.", post.Negative},
		{"The tide is high.", post.Neutral},
		{"The building is very high.", post.Neutral},
		{"No more hassles with the old router.", post.Positive},
		{"couldn't ask for better people", post.Positive},
		{"Couldn't have asked for better weather!", post.Positive},
		{"It breaks my heart to see the old cinema close.", post.Negative},
		{"The heart of the city is the old market.", post.Neutral},
		{"What time does the Champions League draw start?", post.Neutral},
	}
	checkLabels(t, s, tests)
}
