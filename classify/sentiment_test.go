package classify

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentRules checks each rule of the lexicon pass by comparing a
// text with a variant that differs only in what the rule reads: the rules
// scorer is used, so the learned model cannot hide a broken rule.
func TestSentimentRules(t *testing.T) {
	s := NewRuleScorer()
	score := func(text string) float64 { return s.Score(text).Score }
	tests := []struct {
		rule        string
		text, other string
		// want: "<" means Score(text) < Score(other), ">" greater.
		want string
	}{
		{"negation not", "The food is not good", "The food is good", "<"},
		{"care to is a wish", "recycled more times than I'd care to count", "recycled more times than I'd to count", "="},
		{"caring is praise", "they really care about us", "they really about us", ">"},
		{"not without cancels", "The policy is not without merit", "The policy has merit", "<"},
		{"not without is praise", "The policy is not without merit", "The policy is", ">"},
		{"without alone negates", "The policy is without merit", "The policy is", "<"},
		{"a brand's support is the service", "Loquat support never answered", "Loquat never answered", "="},
		{"customer support is the service", "customer support was rude", "the clerk was rude", "="},
		{"the support team is the service", "the support team replied", "the team replied", "="},
		{"supporting something is praise", "I support this decision", "I this decision", ">"},
		{"the support that was something is the service", "the support was no help at all", "the was no help at all", "="},
		{"online support is the service", "their online support never answered", "their online never answered", "="},
		{"the support of a cause is praise", "the support of our fans", "the of our fans", ">"},
		{"support alone is praise", "Support was fantastic", "was fantastic", ">"},
		{"customer care is the service", "customer care hung up on me", "customer hung up on me", "="},
		{"the help desk is the service", "the help desk closed my ticket", "the desk closed my ticket", "="},
		{"take care is warmth", "Take care of yourself", "Take of yourself", ">"},
		{"helping is praise", "they help a lot", "they a lot", ">"},
		{"a pronoun is no name", "We support the new policy", "We the new policy", ">"},
		{"negation flips sign", "The food is not good", "The food is neutral words", "<"},
		{"negation n't", "I don't like it", "I like it", "<"},
		{"negation curly n't", "I don’t like it", "I like it", "<"},
		{"negation two words back", "it is not very good", "it is very good", "<"},
		{"negation of negative", "this is not bad", "this is bad", ">"},
		{"never again", "never again", "again", "<"},
		{"never so intensifies", "never so happy", "so happy", ">"},
		{"without doubt is not negation", "without doubt a great phone", "a phone", ">"},
		{"no before a rated word", "no love here", "love here", "<"},
		{"booster", "very good", "good", ">"},
		{"booster two back", "really very good", "very good", ">"},
		{"dampener", "slightly good", "good", "<"},
		{"kind of dampens", "kind of good", "good", "<"},
		{"booster on negative", "extremely bad", "bad", "<"},
		{"caps emphasis", "this phone is GREAT", "this phone is great", ">"},
		{"caps everywhere is no emphasis", "THIS PHONE IS GREAT", "this phone is great", "="},
		{"exclamation", "great!!!", "great", ">"},
		{"exclamation on negative", "awful!!!", "awful", "<"},
		{"exclamation capped at four", "great!!!!!!!!", "great!!!!", "="},
		{"questions", "really good?? ok??", "really good. ok.", ">"},
		{"but shifts weight", "The food was good, but the service was slow and bad", "The food was good and the service was slow and bad", "<"},
		{"but: after counts more", "it is bad but I love the screen", "it is bad and I love the screen", ">"},
		{"least negates", "the least helpful staff", "the helpful staff", "<"},
		{"at least does not negate", "at least it is good", "it is good", "="},
		{"emoji positive", "new phone 😍", "new phone", ">"},
		{"emoji negative", "new phone 😢", "new phone", "<"},
		{"emoji glued to a word", "phone😍", "phone", ">"},
		{"thumbs up, which VADER leaves unrated", "new phone 👍", "new phone", ">"},
		{"thumbs down", "new phone 👎", "new phone", "<"},
		{"a heart with its variation selector", "new phone ❤️", "new phone", ">"},
		{"a skin tone changes nothing", "new phone 👍🏽", "new phone 👍", "="},
		{"fire is praise, not a blaze", "the new update is 🔥", "the new update is", ">"},
		{"rolling eyes", "the new update 🙄", "the new update", "<"},
		{"pouting face is anger", "Loquat again 😡", "Loquat again", "<"},
		{"pensive face is sad", "the tour is over 😔", "the tour is over", "<"},
		{"a beating heart is love", "new phone 💓", "new phone", ">"},
		{"a star sign is no feeling", "typical ♋", "typical", "="},
		{"a die is a game, not a death", "board games tonight 🎲", "board games tonight", "="},
		{"a face screaming is excitement as often as fear", "they announced the tour 😱", "they announced the tour", "="},
		{"emoticon smile", "new phone :)", "new phone", ">"},
		{"emoticon frown", "new phone :(", "new phone", "<"},
		{"emoticon heart", "you <3", "you", ">"},
		{"escaped emoticon heart", "you &lt;3", "you <3", "="},
		{"escaped angry face", "no reply &gt;:(", "no reply >:(", "="},
		{"D: is dismay", "the finale D:", "the finale", "<"},
		{"dropped g", "lovin it", "loving it", "="},
		{"dropped g, apostrophe", "hatin' it", "hating it", "="},
		{"dropped g on the longest word looked up", strings.Repeat("ab", 31) + "in it", "it", "="},
		{"unrated word in -in", "the main screen", "the screen", "="},
		{"wow before blame is no praise", "wow... this thing is trash.", "this thing is trash.", "="},
		{"wow before praise keeps its rating", "wow, great phone", "great phone", ">"},
		{"wow alone keeps its rating", "wow.", "it.", ">"},
		{"an elongated wow before blame", "Wooow, the food was awful", "the food was awful", "="},
		{"thanks for harm is sarcasm", "Thanks Hermine for ruining my week", "Hermine for ruining my week", "="},
		{"thanks for the terrible service", "thanks for the terrible service", "for the terrible service", "="},
		{"thanks for help keeps its rating", "thanks for the help with my broken phone", "for the help with my broken phone", ">"},
		{"a spaced dash ends a clause", "I wish it had been - it was a gorgeous thing", "I wish it had been it was a gorgeous thing", ">"},
		{"but ends a counterfactual", "would have liked fewer turnovers but a win is a win", "would have liked fewer turnovers and a win is a win", ">"},
		{"thanks before blame in another clause", "thanks, the update is terrible", ", the update is terrible", ">"},
		{"idiom", "this camera is the bomb", "this camera is the", ">"},
		{"idiom not negated by its own words", "I have had no problems", "I have had", ">"},
		{"idiom yeah right", "yeah right", "right", "<"},
		{"sarcasm hashtag", "great service, waited 2 hours #sarcasm", "great service, waited 2 hours", "<"},
		{"sarcasm /s", "love waiting on hold /s", "love waiting on hold", "<"},
		{"negation stops at sentence end", "I did not. Great phone", "I did. Great phone", "="},
		{"handles carry nothing", "@happy hello", "hello", "="},
		{"links carry nothing", "https://good.example/love hello", "hello", "="},
		{"pretty before a rated word is no praise", "it was pretty bland", "it was bland", "="},
		{"pretty much carries nothing", "it pretty much works", "it works", "="},
		{"pretty alone is praise", "a pretty dress", "a dress", ">"},
		{"play told where is barely fun", "The kids played in the park.", "The kids played happily.", "<"},
		{"play told where is barely fun", "The kids played in the park.", "The kids played.", "<"},
		{"play told where keeps some fun", "The kids played in the park.", "The kids in the park.", ">"},
		{"at best damns", "the food was fair at best", "the food was fair", "<"},
		{"as well is too", "the rice was dry as well", "the rice was dry", "="},
		{"had better compares", "I've had better bagels", "I've had bagels", "<"},
		{"would have is counterfactual", "a remote would have been nice", "a remote is nice", "<"},
		{"would've is counterfactual", "it would've been great", "it was great", "<"},
		{"counterfactual ends with its clause", "it would have been smaller, the screen is great", "it was smaller, the screen is great", "="},
		{"counterfactual negates praise only", "it would have been a disaster", "it was a disaster", "="},
		{"wish for a thing is no praise", "I wish it had a good screen", "I want it had a good screen", "<"},
		{"not crazy about is dislike", "I am not crazy about the looks", "I am about the looks", "<"},
		{"crazy about is love", "I am crazy about this phone", "I am about this phone", ">"},
		{"crazy alone keeps its rating", "this crazy phone", "this phone", "<"},
		{"nice while it lasted mourns", "it was nice while it lasted", "it was", "<"},
		{"when it worked mourns", "great player... when it worked!", "great player...", "<"},
		{"when it worked for the first time is a memory", "the day when it worked for the first time", "the day for the first time", "="},
		{"go elsewhere for dinner is a plan", "We go elsewhere for dinner", "We for dinner", "="},
		{"the bugs are back is no verdict", "The old bugs appear to be back.", "The old bugs appear.", "="},
		{"a battery that barely holds a charge", "The battery barely holds a charge.", "The battery.", "<"},
		{"wanted to like is a let-down", "I really wanted to like this place.", "I really this place.", "<"},
		{"I don't think you can go wrong is praise", "I don't think you can go wrong with it", "I", ">"},
		{"how can you go wrong is praise", "how can you go wrong?", "how?", ">"},
		{"an unrated trouble never met is praise", "there haven't been any issues", "there", ">"},
		{"a noun after the trouble is what was not met", "There haven't been any bug fixes since March.", "There haven't been any fixes since March.", "="},
		{"a trouble after and is there", "There haven't been any updates and the issues remain.", "There haven't been any updates and the remain.", "="},
		{"a day without issues", "There has not been a single day without issues.", "There has not been a single day without.", "="},
		{"a trouble with no verb of meeting is no praise", "I can't comment on any issues", "I can't comment on any", "="},
		{"a battery that holds a charge", "the battery holds a charge", "the battery", ">"},
		{"a battery that won't hold a charge", "the battery won't hold a charge", "the battery won't", "<"},
		{"tasted like is a comparison, not liking", "It tasted like rubber.", "It tasted rubber.", "="},
		{"was like is a comparison", "This was like the final blow!", "This was the final blow!", "="},
		{"like before a number is about", "like 5 strings of pasta", "5 strings of pasta", "="},
		{"I like it is still liking", "I like it", "I it", ">"},
		{"I like before a number is still liking", "I like 5 of them", "I 5 of them", ">"},
		{"will be back is a verdict", "We will be back.", "We will.", ">"},
		{"won't be back is its negation", "We won't be back.", "We won't.", "<"},
		{"don't bother is a warning", "Don't bother.", "Don't.", "<"},
		{"go elsewhere is a warning", "Go elsewhere.", "Go.", "<"},
		{"recommend avoiding is no recommendation", "I recommend avoiding it.", "I it.", "<"},
		{"skip this one", "Skip this one.", "this one.", "<"},
		{"does the job", "It does the job.", "It.", ">"},
		{"as described", "Exactly as described.", "Exactly.", ">"},
		{"money well spent", "Money well spent.", "Money.", ">"},
		{"a score out of ten", "I rate this movie 9/10.", "I rate this movie.", ">"},
		{"a low score", "Rating: 1 out of 10.", "Rating:", "<"},
		{"five stars", "5 stars for the bread", "for the bread", ">"},
		{"three stars is a let-down", "I gave it 3 stars", "I gave it", "<"},
		{"zero stars", "If I could give this zero stars I would.", "If I could give this I would.", "<"},
		{"half stars", "4 1/2 stars", "4 stars", ">"},
		{"a good score can be denied", "Definitely not 5 stars.", "Definitely 5 stars.", "<"},
		{"a bad score stays bad under negation", "I can't rate it one star", "I rate it", "<"},
		{"four and a half stars", "Four and a half stars, loved it.", "loved it.", ">"},
		{"stars that name a hotel are no score", "We stayed at a 5 star hotel.", "We stayed at a hotel.", "="},
		{"stars of other reviews are no score", "Don't believe the 5-star reviews.", "Don't believe the reviews.", "="},
		{"a star of the film is no score", "She is one star of the film.", "She is of the film.", "="},
		{"stars as a verb is no score", "Part one stars Tom Hanks.", "Part Tom Hanks.", "="},
		{"a score on a condition is no score given", "I'd give it 5 stars if it actually worked.", "I'd give it if it actually worked.", "="},
		{"a score below none", "I'd give it -5 stars if I could.", "I'd give it if I could.", "<"},
		{"a slash figure with no rating word is a statistic", "He shot 2/10 from the field.", "He shot from the field.", "="},
		{"a slash figure after a deadline is a date", "Sale ends 5/10!", "Sale ends!", "="},
		{"10/10 would recommend", "10/10 would recommend", "would recommend", ">"},
		{"won't be back after praise is still blame", "The food was good but we won't be back.", "The food was good.", "<"},
		{"a date after got is no score", "We got married on 6/10!", "We got married!", "="},
		{"a reason for docking a star is no denial", "Not 5 stars only because the strap is a bit short.", "the strap is a bit short.", ">"},
		{"a decimal score can be denied", "I can't give it 4.5 stars.", "I give it 4.5 stars.", "<"},
		{"lacking is blame", "The service was lacking.", "The service was.", "<"},
		{"a lack negates the praise it lacks", "What this film lacks is a convincing script.", "What this film is.", "<"},
		{"far from negates", "The acting was far from the best part.", "The acting was the best part.", "<"},
		{"far from without a rated word after it is no negation", "It is far from home, a great place.", "It is home, a great place.", "="},
		{"never ceases to is always", "It never ceases to amaze me.", "It does amaze me.", ">"},
		{"never fails to disappoint is always disappointing", "It never fails to disappoint.", "It.", "<"},
		{"leaves much to be desired", "It leaves much to be desired.", "It leaves much.", "<"},
		{"a contracted big deal is no big deal", "It isn't a big deal.", "It is.", ">"},
		{"a third party is no celebration", "We are a third party seller.", "We are a seller.", "="},
		{"not in a good way takes the good back", "Weird, not in a good way.", "Weird.", "<"},
		{"breaking easily is a fault", "Earbud piece breaks easily.", "Earbud piece breaks.", "<"},
		{"coming off easily is a fault", "The ear pads come off easily.", "The ear pads come off.", "<"},
		{"easily scratched is a fault", "The screen is easily scratched.", "The screen is.", "<"},
		{"installing easily is praise", "It installs easily.", "It installs.", ">"},
		{"easily before blame is a booster", "A film not easily forgotten.", "A film.", ">"},
		{"a negation does not reach laughter", "I have no idea lol", "I have no idea", ">"},
		{"a negation does not reach an emoticon", "Not going today :(", "Not going today", "<"},
		{"a no that answers negates nothing", "No, I love it.", "No, I it.", ">"},
		{"one no does not negate the next", "No no no!", "No!", "<"},
		{"a lower-case d: is dismay too", "trying not to hurl d:", "trying not to hurl", "<"},
		{"advice to see it is praise", "Go rent it.", "Go it.", ">"},
		{"advice after a negation is no advice", "Do not buy it.", "Do not it.", "<"},
		{"an intent to return is praise", "We will definitely come back.", "We will definitely.", ">"},
		{"an intent to order again is praise", "I would order from them again.", "I would order from them.", ">"},
		{"a negated intent to return is blame", "I will never go back.", "I will.", "<"},
		{"can't wait to go back is no negation", "I can't wait to go back!", "I can't wait!", ">"},
		{"going back to another thing is no verdict", "I went back to my old phone.", "I went to my old phone.", "="},
		{"business taken elsewhere is blame", "Spend your money elsewhere.", "Spend your money.", "<"},
		{"a trouble that is not there", "Song transfers were not an issue.", "Song transfers were.", ">"},
		{"a trouble that should not be there", "The price shouldn't be a concern.", "The price.", ">"},
		{"a trouble that is there", "It is an issue.", "It is.", "="},
		{"an interjection of frustration", "Fighting a cold. Arghh...", "Fighting a cold.", "<"},
		{"a bare score", "I gave it a 10", "I gave it", ">"},
		{"a bare low score", "I would give it a 0 if I could.", "I would give it if I could.", "<"},
		{"a bare score can be denied", "I can't give it a 10.", "I can't give it.", "<"},
		{"a number before a noun is no score", "I gave it a 10 minute try.", "I gave it a minute try.", "="},
		{"a long wait is blame", "We waited 40 minutes for our food.", "We for our food.", "<"},
		{"time on hold is blame", "I was on hold for two hours.", "I was for two hours.", "<"},
		{"a wait worth it is no blame", "Worth the two hour wait.", "Worth the two hour.", "="},
		{"can't wait is no wait", "I can't wait for the weekend.", "I can't wait.", "="},
		{"a question is no advice", "Should you buy it? No.", "Should you? No.", "="},
		{"an object that does not end the advice", "Get it together!", "Get together!", "="},
		{"you without a modal is no advice", "You buy it and it breaks.", "You and it breaks.", "="},
		{"a rhetorical question is no intent", "Would I go back?", "Would I?", "="},
		{"a question of intent answered no", "Would I go back? Absolutely not.", "Would I? Absolutely not.", "<"},
		{"a duty to go back is no intent", "I'll have to go back and exchange it.", "I'll have to and exchange it.", "="},
		{"back in another sense is no intent", "Prices will come back down.", "Prices will come down.", "="},
		{"won't eat here again", "I won't eat here again.", "I won't eat here.", "<"},
		{"a typographic apostrophe in an intent", "We’d go back in a heartbeat.", "We’d go in a heartbeat.", ">"},
		{"a short wait is no blame", "We waited less than 5 minutes.", "We less than 5 minutes.", "="},
		{"a wait of a few minutes is no blame", "We waited 5 minutes.", "We 5 minutes.", "="},
		{"an instruction to wait is no blame", "Wait 24 hours before using it.", "24 hours before using it.", "="},
		{"a negated lack is no blame", "There is no lack of great food.", "There is great food.", ">"},
		{"a stain that comes out easily is praise", "Stains come out easily.", "Stains come out.", ">"},
		{"boots easy to break in are praise", "These boots were easy to break in.", "These boots were to break in.", ">"},
		{"an emoji in a word's place is negated", "I don't ❤️ the new update.", "I don't the new update.", "<"},
		{"a conditional bare score is no score", "I'd give it a 10 if it had better battery life.", "I'd give it if it had better battery life.", "="},
		{"a shoe size is no score", "I usually wear a 9 but got a 10.", "I usually wear a 9 but got.", "="},
		{"a question of why is no praise", "Why is this not an issue for anyone else?", "Why is this not for anyone else?", "="},
		{"dismissing going elsewhere is praise", "No reason to shop elsewhere.", "No reason to shop.", ">"},
		{"refreshing the page is no praise", "Refreshing the page doesn't help.", "the page doesn't help.", "="},
		{"an institution's name is no praise", "The Supreme Court heard the case.", "The court heard the case.", "="},
		{"a procedure's name is no blame", "The governor declared a state of emergency.", "The governor declared a state.", "="},
		{"support reported is not the writer's", "The bill passed with support from 12 senators.", "The bill passed with 12 senators.", "="},
		{"a political party is no celebration", "The vote split along party lines.", "The vote split along lines.", "="},
		{"less of a bad thing is good", "The plan will reduce poverty.", "The plan will.", ">"},
		{"less of a good thing is bad", "The scandal eroded public trust.", "The scandal public.", "<"},
		{"reduced to tears lessens nothing", "The film reduced me to tears.", "The film me to tears.", "="},
		{"an ironic comparison negates praise", "It is about as exciting as a lecture on tax law.", "It is a lecture on tax law.", "<"},
		{"about as good as it gets is praise", "It is about as good as it gets.", "It is.", ">"},
		{"all the charm of a dead fish", "It has all the charm of a dead fish.", "It has a fish.", "<"},
		{"too dumb to be fun", "It is too dumb to be fun.", "It is.", "<"},
		{"too good to be true is no blame", "It is too good to be true.", "It is.", ">"},
		{"forgetting to be charming is a failure", "It forgets to be charming.", "It.", "<"},
		{"hard to care is blame", "It is hard to care about these characters.", "It is about these characters.", "<"},
		{"none imagined doing it better is praise", "Hard to imagine anyone doing it better.", "Hard to imagine anyone doing it.", ">"},
		{"hard to resist is praise", "The film is hard to resist.", "The film is.", ">"},
		{"an adverb of harm before praise intensifies", "It is wickedly funny.", "It is.", ">"},
		{"an adverb of degree before an unrated word is no harm", "This game is seriously addictive.", "This game is addictive.", "="},
		{"an adverb of degree before an unrated word is no harm (2)", "These cocktails are dangerously drinkable.", "These cocktails are drinkable.", "="},
		{"an adverb of alarm before an unrated word warns", "The roads are dangerously icy.", "The roads are icy.", "<"},
		{"an adverb of alarm before an unrated word warns (2)", "Water levels are dangerously high.", "Water levels are high.", "<"},
		{"an adverb that judges keeps its blame", "The menu is horribly designed.", "The menu is designed.", "<"},
		{"exasperation keeps its blame", "Seriously though.", "Though.", "<"},
		{"a critic's word VADER lacks", "The second half is a slog.", "The second half is a.", "<"},
		{"what is lessened ends at and", "Reduced wait times and friendly staff.", "wait times and friendly staff.", "="},
		{"what is lessened ends at a verb", "Reducing clutter makes me happy.", "clutter makes me happy.", "="},
		{"effort is no difficulty", "The staff worked hard to help us.", "The staff.", ">"},
		{"a noise hard to ignore is no praise", "The fan noise is hard to ignore.", "The fan noise is.", "<"},
		{"a comparison with what one expects is literal", "The food was about as good as you'd expect.", "The food was good.", "="},
		{"an adverb of harm before like is no booster", "It smells terribly like cat pee.", "It smells like cat pee.", "<"},
		{"a negated support from is a complaint", "Didn't get any support from Apple.", "Apple.", "<"},
		{"a blast in the news is no fun", "Three people were injured in a blast.", "Three people were injured.", "="},
		{"never too old to enjoy is praise", "You're never too old to enjoy Lego.", "You're.", ">"},
		{"too much to love is praise", "There's too much to love about this place.", "There's about this place.", ">"},
		{"a marketing comparison is no irony", "All the comfort of a luxury car at half the price.", "The comfort.", "="},
		{"a failure at the start of a sentence", "Fails to impress.", "To impress.", "<"},
		{"profound before blame is a degree", "Profound disappointment.", "Disappointment.", "<"},
		{"a performance killed is praise", "LeBron is killing it tonight", "LeBron is tonight", ">"},
		{"a thing killed is no praise", "The firmware update killed it.", "The firmware update.", "<"},
		{"slang praise", "Stoked for the show tonight", "for the show tonight", ">"},
		{"slang blame", "Gutted about the result", "about the result", "<"},
		{"never gets old is praise", "This song never gets old", "This song", ">"},
		{"nothing worse than is blame", "Nothing worse than stepping on a lego", "stepping on a lego", "<"},
		{"a chance of rain is no chance", "60% chance of rain today", "60% rain today", "="},
		{"honestly opens an opinion", "Honestly this election is exhausting", "this election is exhausting", "="},
		{"sick with a praise emoji is praise", "That goal was SICK 🔥🔥", "That goal was 🔥🔥", ">"},
		{"sick of with a praise emoji is still blame", "So sick of this 🔥", "So this 🔥", "<"},
		{"speed is praise", "Fast shipping, arrived quickly!", "Shipping, arrived!", ">"},
		{"speed of harm is a fault", "The battery drains very quickly.", "The battery drains very.", "<"},
		{"running down fast is a fault", "The battery runs down fast.", "The battery runs down.", "<"},
		{"too fast is an excess", "The story starts too fast.", "The story starts.", "<"},
		{"quickly before a verb is no praise", "I quickly discovered it.", "I discovered it.", "="},
		{"a quick question is no praise", "A quick question about the app.", "A question about the app.", "="},
		{"a snap is easy", "Setup is a snap.", "Setup is.", ">"},
		{"a praise emoji elsewhere does not praise a complaint", "The view was 😍 but the room was filthy.", "The view was 😍 but the room was.", "<"},
		{"a praise emoji of agreement does not praise a complaint", "The prices are ridiculous 💯", "The prices are 💯", "<"},
		{"heat with fire is no praise", "This heat is insane 🔥", "This heat is 🔥", "<"},
		{"a thing that killed it ended it", "These ads are killing it, I'm uninstalling.", "These ads are it, I'm uninstalling.", "<"},
		{"a carrier that crushed it", "FedEx crushed it, the box arrived flat.", "FedEx it, the box arrived flat.", "<"},
		{"nailed it with no subject is praise", "Nailed it!", "It!", ">"},
		{"fire damaged is no praise", "The apartment is fire damaged.", "The apartment is damaged.", "<"},
		{"a beast to assemble is no praise", "This desk is a beast to assemble.", "This desk is to assemble.", "="},
		{"no notes on a ticket is no praise", "Support left no notes on my ticket.", "Support left no on my ticket.", "="},
		{"obsessed of others is no love", "Google is obsessed with my data.", "Google is with my data.", "<"},
		{"an expectation once held is a let-down", "I thought it would be great.", "I thought it.", "<"},
		{"an expectation met is praise", "I thought it would be fun, and it was!", "I thought it, and it was!", ">"},
		{"hoping for the best is resignation", "We will just hope for the best.", "We will just.", "<"},
		{"hoping for the best for someone is a wish", "We hope for the best for her recovery.", "We.", ">"},
		{"praise VADER lacks", "An extraordinary film.", "A film.", ">"},
		{"blame VADER lacks", "The dialogue is atrocious.", "The dialogue is.", "<"},
		{"the negation of predictable is no praise", "Violent, unpredictable storms.", "Violent storms.", "="},
		{"a score not worth giving is denied", "This phone is not worth 5 stars.", "This phone is.", "<"},
		{"a score not worth giving is a let-down", "Good, but not worth 5 stars.", "Good, but.", "<"},
		{"a score worth giving is the score", "Worth 5 stars.", "5 stars.", "="},
		{"a deduction is no score", "Great product, minus one star for the packaging.", "Great product, for the packaging.", "="},
		{"still like before a number compares", "The bus is still like 20 minutes late.", "The bus is still 20 minutes late.", "="},
		{"a trouble never met before an -ing word", "I haven't had any issues using it.", "I", ">"},
		{"go elsewhere next time", "I'll go elsewhere next time.", "I'll.", "<"},
		{"stars out of ten are halved", "I give it 4 stars out of 10.", "I give it", "<"},
		{"stars in the sky", "I could see two stars in the sky tonight.", "I could see in the sky tonight.", "="},
		{"eleven out of ten", "11/10 would buy again", "would buy again", ">"},
		{"couldn't have been simpler is praise", "Setup couldn't have been simpler.", "Setup.", ">"},
		{"hoping for more is a let-down", "I was hoping for more.", "I was.", "<"},
		{"I'd like to return it is no liking", "I'd like to return it.", "I'd.", "<"},
		{"don't think reaches past three words", "I don't think you will be disappointed.", "you will be disappointed.", ">"},
		{"do not believe reaches past three words", "I do not believe it is worth the price.", "I", "<"},
		{"don't think I've ever is a superlative", "I don't think I've ever seen a movie so boring.", "I", "<"},
		{"another's 5 star review is no score", "Every 5 star review here must be fake.", "Every review here must be fake.", "="},
		{"one's own 5 star review is", "I give it a 5 star review.", "I give it a review.", ">"},
		{"a counterfactual of giving keeps the score", "I would have given it 5 stars", "I have given it 5 stars", "="},
		{"should have been 5 stars is no score given", "Should have been 5 stars.", "5 stars.", "<"},
		{"a score all but given keeps its condition", "The phone would have received 5 stars if it had voice dialing.", "The phone would have received if it had voice dialing.", ">"},
		{"a count is no score", "9 out of 10 dentists agree", "dentists agree", "="},
		{"a date is no score", "see you on 2/10", "see you on", "="},
		{"a fraction is no score", "about 1/10 of a second", "about of a second", "="},
		{"a trouble never had is praise, past three words", "I have not had any distortion problems", "I have not had any problems", "="},
		{"not a single problem", "I haven't had a single problem with it", "I have", ">"},
		{"a trouble had is still one", "I have had a few problems", "I have had a few", "<"},
		{"a negation with no verb of meeting is no praise", "we didn't have time, and had a problem", "we didn't have time, and had a", "<"},
		{"what one would not give up is loved", "I wouldn't give it up for anything", "I", ">"},
		{"trading it for anything is blame", "I'd trade it for anything better", "I'd", "<"},
		{"trading it for the world is no world cup", "I signed up for the world cup", "I signed up for the cup", "="},
		{"can't put it down must end its clause", "I can't put it down on the desk", "I can't put it on the desk", "="},
		{"anything to complain about, asked, is no praise", "Is there anything to complain about?", "Is there?", "<"},
		{"a past hope is settled by the rest", "I was looking forward to this phone but it never arrived", "this phone but it never arrived", "="},
		{"a trouble that is another noun's is there", "I haven't had any response about the problem", "I haven't had any response about the", "<"},
		{"win 7 of them is a victory", "we win 7 of them", "we win", "="},
		{"the XP face before lol", "that was hilarious XP lol", "that was hilarious lol", ">"},
		{"what one would not trade is loved", "I would not trade it for the world", "I", ">"},
		{"a book one cannot put down", "I couldn't put it down", "I", ">"},
		{"nothing to complain about is praise", "Never had anything to complain about here.", "here.", ">"},
		{"win xp is Windows, not a victory", "it has problems with win xp", "it has problems with", "="},
		{"xp before more of its clause is Windows", "upgrade to xp anyway", "upgrade to anyway", "="},
		{"xp after a word that runs software is Windows", "if you have xp, be careful", "if you have, be careful", "="},
		{"the XP face ends its clause", "that was funny XP", "that was funny", ">"},
		{"win is still a win", "we win", "we", ">"},
		{"error-prone is a fault", "the setup is error-prone", "the setup is", "<"},
		{"to my amazement opens a statement", "to my amazement, it was error-prone", "it was error-prone", "="},
		{"looking forward is wanting", "I'm looking forward to the update", "I'm to the update", ">"},
		{"not looking forward is dreading", "I'm not looking forward to Monday", "I'm to Monday", "<"},
		{"nothing beats is praise", "nothing beats a hot coffee", "a hot coffee", ">"},
		{"no wonder is no negation", "no wonder it sold out", "it sold out", "="},
		{"not gonna lie is no negation", "not gonna lie, I loved it", "I loved it", "="},
		{"so done with is having had enough", "I'm so done with this app", "I'm with this app", "<"},
		{"worked great for weeks is a failure", "it worked great for 3 weeks then the video failed", "it worked great for 3 years then the video failed", "<"},
		{"worked great for years is a good run", "it worked great for 3 years", "it for 3 years", ">"},
		{"a paperweight is a dead device", "Nice paperweight.", "Nice.", "<"},
		{"a charged battery is no fee", "I charged the battery overnight", "I the battery overnight", "="},
		{"a battery that stays charged is no fee", "the battery stays charged for days", "the battery stays for days", "="},
		{"no need is no complaint", "no need for a manual", "for a manual", "="},
		{"a toll free number is no praise", "call the toll free number", "call the number", "="},
		{"no end to is no complaint", "there is no end to what it can do", "there is what it can do", "="},
		{"fully charged is no fee", "it was fully charged", "it was fully", "="},
		{"charged with a crime keeps its rating", "he was charged with assault", "he was with assault", "<"},
		{"shooting video is no gun", "I shoot video with it", "I video with it", "="},
		{"shoot alone keeps its rating", "they shoot him", "they him", "<"},
		{"not a big deal is fine", "it's not a big deal", "it's", ">"},
		{"no big deal is fine", "no big deal for me", "for me", ">"},
		{"a negation before such a reaches the word", "It wouldn't be such a bad idea", "It would be such a bad idea", ">"},
		{"such a without a negation keeps its rating", "It would be such a bad idea", "It would be such a idea", "<"},
		{"none of negates past three words", "none of these are perfect", "these are", "<"},
		{"none of negates five words on", "None of the new tones is acceptable", "the new tones is", "<"},
		{"none of within three words as before", "none of these flaws", "these", ">"},
		{"the support number is the service", "I called the support number all week", "I called the number all week", "="},
		{"a support person is the service", "the apex support person never replied", "the apex person never replied", "="},
		{"used to be good is past", "The pizza used to be amazing", "The pizza is", "<"},
		{"used to love is past", "I used to love this place", "I this place", "<"},
		{"used to hate is past", "I used to hate this place", "I this place", ">"},
		{"used to a thing is accustomed", "I'm used to good service", "I'm used to service", ">"},
		{"used to a thing is accustomed, curly apostrophe too", "I’m used to good service", "I’m used to service", ">"},
		{"nothing but is no contrast in a counterfactual", "it would have been nothing but fun", "it was nothing but fun", "<"},
		{"thanks before another clause keeps its rating", "Thanks for. Terrible day", "for. Terrible day", ">"},
		{"none of negates once, as not does", "none of these are perfect", "these are not perfect", "="},
		{"a negation before such a negates once", "It wouldn't be such a bad idea", "It would not be a bad idea", "="},
		{"used to far before is no habit", "I used to cook. The pizza is amazing", "The pizza is amazing", "="},
		{"better than it was is better", "It is better than it was", "It is", ">"},
		{"better than it used to be is better", "It works better than it used to", "It works", ">"},
		{"better than this is blame", "I have heard better than this", "I have heard", "<"},
		{"wish for a person keeps its rating", "wish you luck", "you luck", ">"},
		{"wish to be somewhere keeps its rating", "I wish I was there", "I was there", ">"},
		{"doesn't work is a failure", "it doesn't work", "it works", "<"},
		{"not working is a failure", "the charger is not working", "the charger is working", "<"},
		{"no longer works is a failure", "it no longer works", "it works", "<"},
		{"negated verb before work is not", "I don't like working out", "I like working out", "<"},
		{"work alone carries nothing", "I go to work", "I go to", "="},
		{"won't recognize is a failure", "it won't recognize discs", "it recognizes discs", "<"},
		{"don't buy warns", "don't buy this phone", "buy this phone", "<"},
		{"don't buy does not praise the junk", "do not buy this piece of junk", "this piece of junk", "<"},
		{"don't waste your money warns", "don't waste your money", "your money", "<"},
		{"not wasted is praise", "the money was not wasted", "the money was", ">"},
		{"returning it", "I am returning it", "I am keeping", "<"},
		{"a steal is praise", "it was a steal", "it was a", ">"},
		{"although concedes", "although the screen is great, it broke", "the screen is great, it broke", "<"},
		{"tech support names a service", "I called tech support", "I called", "="},
		{"can't recommend it enough", "I can't recommend it enough", "I recommend it", ">"},
		{"misspelled disappointment", "very dissapointed", "very", "<"},
		{"decent is mild praise", "a decent phone", "a phone", ">"},
		{"no with a word between negates", "I have had no real problems", "I have had real problems", ">"},
		{"no with a word between is no rating of its own", "no real problems", "real problems", ">"},
		{"negated unrated verb leans negative", "it doesn't have firewire", "it has firewire", "<"},
		{"won't turn on leans negative", "it won't turn on", "it turns on", "<"},
		{"negated unrated word is below zero", "I can't open a folder", "I open a folder", "<"},
		{"not only is no complaint", "not only a phone", "only a phone", "="},
		{"can't wait is eager", "I can't wait for the release", "I for the release", ">"},
		{"despite is no complaint", "despite the weather", "the weather", "="},
		{"too before an unrated word is excess", "it is too big", "it is big", "<"},
		{"too at the end is also", "me too.", "me.", "="},
		{"don't be fooled warns", "don't be fooled by the hype", "by the hype", "<"},
		{"don't get fooled warns", "don't get fooled", "get", "<"},
		{"yet to negates", "I have yet to be disappointed", "I have to be", ">"},
		{"save your money warns", "save your money", "your money", "<"},
		{"stay away warns", "stay away from this", "from this", "<"},
		{"save your cash warns", "save your cash", "your cash", "<"},
		{"recommend against warns", "I'd recommend against this unit", "I'd this unit", "<"},
		{"un before a rated word negates", "the menus are uncreative", "the menus are", "<"},
		{"un before a rated word, as rated", "the menus are uncreative", "the menus are not creative", "="},
		{"unlike is no negation", "unlike my old phone", "my old phone", "="},
		{"thanks for nothing is sarcasm", "thanks for nothing", "for", "<"},
		{"couldn't ask for more", "I couldn't ask for more", "I ask for", ">"},
		{"look no further", "look no further", "look", ">"},
		{"won't let you down", "it will not let you down", "it will", ">"},
		{"lets you down", "it let me down", "it", "<"},
		{"can't praise it highly enough", "I can't praise it highly enough", "I praise it", ">"},
		{"incredible alone is praise", "the battery life is incredible", "the battery life is", ">"},
		{"incredible before a rated word boosts", "incredibly good", "good", ">"},
		{"incredible before an unrated word is praise", "an incredible camera", "a camera", ">"},
		{"slow is a complaint", "the menu is slow", "the menu is", "<"},
		{"couldn't be happier is praise", "I couldn't be happier", "I am happy", ">"},
		{"could not be easier is praise", "it could not be easier", "it is easy", ">"},
		{"doesn't get any better is praise", "it doesn't get any better", "it is better", ">"},
		{"isn't any better is no praise", "it isn't any better", "it is", "<"},
		{"wouldn't be better is no praise", "it wouldn't be better", "it is", "<"},
		{"worked for weeks is a failure", "it worked for two weeks", "it worked", "<"},
		{"only lasted a month is a failure", "it only lasted a month", "it lasted", "<"},
		{"lasted years is no failure", "it has lasted 5 years", "it has lasted", "="},
		{"barely worked is a failure", "it barely worked", "it worked", "<"},
		{"impossible is a complaint", "it is impossible to switch modes", "it is to switch modes", "<"},
		{"html escapes are not words", "&gt;&gt; read this", "read this", "="},
		{"bang for the buck is praise", "the most bang for the buck", "the most for the", ">"},
		{"down the drain", "money down the drain", "money", "<"},
		{"elongated word", "sooooo goooood", "so good", "="},
		{"letter left out", "a fantasic product", "a fantastic product", "="},
		{"doubled letter", "very dissappointed", "very disappointed", "="},
		{"a real word a letter from a rated one is not read as it", "I am painting", "I am", "="},
		{"a real word with a letter added is not read as it", "the relation", "the", "="},
		{"no digraph h left out", "treating myself", "myself", "="},
		{"nothing but intensifies", "nothing but hassle with this company", "hassle with this company", "<"},
		{"anything but negates", "it is anything but reliable", "it is reliable", "<"},
		{"anything but is blame", "it is anything but reliable", "it is", "<"},
		{"nothing short of intensifies", "nothing short of amazing", "amazing", ">"},
		{"nothing but an unrated word is no complaint", "a day of nothing but experimenting", "a day of experimenting", "="},
		{"trash is blame", "this thing is trash", "this thing is", "<"},
		{"you get what you pay for disparages", "you get what you pay for", "you pay for", "<"},
		{"is a joke mocks", "the service is a joke", "the service is", "<"},
		{"telling a joke keeps its rating", "he told a joke", "he told", ">"},
		{"look elsewhere warns", "I'd look elsewhere", "I'd look", "<"},
		{"do yourself a favor is no praise", "do yourself a favor", "do yourself a", "="},
		{"want my money back", "I want my money back", "I want", "<"},
		{"hope someone else does better blames", "hope someone else has better luck", "someone else has", "<"},
		{"hope for you keeps its warmth", "hope you have better luck", "you have", ">"},
		{"a better one elsewhere blames", "get a better one", "get a one", "<"},
		{"better than these blames", "my old ones sound better than these", "my old ones sound", "<"},
		{"doesn't get any better than this is praise", "it doesn't get any better than this", "it is", ">"},
		{"get better is a wish", "I hope you get better", "I hope you get", ">"},
		{"can't beat praises", "you can't beat the price", "the price", ">"},
		{"hard to beat praises", "the price is hard to beat", "the price is", ">"},
		{"a fixed problem is no complaint", "this fixes all the problems", "this has all the problems", ">"},
		{"avoiding a problem is no complaint", "it helps avoid the problem", "it helps", ">"},
		{"fixing is still wanted", "I wish they would fix the problem", "I wish they would fix the", "<"},
		{"truly intensifies", "a truly awful film", "an awful film", "<"},
		{"truly alone keeps its rating", "it was truly", "it was", ">"},
		{"a great disappointment is no praise", "a great disappointment", "a disappointment", "="},
		{"great before a comma is praise", "great price, bad service", "price, bad service", ">"},
		{"definitely before a negation is no praise", "I definitely won't be back", "I won't be back", "="},
		{"definitely alone is praise", "definitely worth it", "worth it", ">"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a, b := score(tt.text), score(tt.other)
			ok := false
			switch tt.want {
			case "<":
				ok = a < b
			case ">":
				ok = a > b
			case "=":
				ok = math.Abs(a-b) < 1e-9
			}
			if !ok {
				t.Errorf("Score(%q) = %.3f, Score(%q) = %.3f: got not %s, want %s", tt.text, a, tt.other, b, tt.want, tt.want)
			}
		})
	}
}

// TestSentimentPlainStatements checks that statements of fact, with no
// word the lexicon rates, stay neutral: the learned layer must be sure
// (unratedConfidence) before it labels a text on its words' connotation
// and the training domains' priors alone.
// TestNegatorBeforeIdiom: a negator whose three words reach the start of
// an idiom it negates ("wouldn't give it up for anything") adds no failure
// of the word after it; the idiom's negation is the whole of it.
func TestNegatorBeforeIdiom(t *testing.T) {
	got := NewRuleScorer().Score("I wouldn't give it up for anything")
	if got.Label != post.Positive || slices.Contains(got.Terms, "wouldn't give") {
		t.Errorf("Score = %s %.3f %q; want positive, with no \"wouldn't give\" failure", got.Label, got.Score, got.Terms)
	}
}

func TestSentimentPlainStatements(t *testing.T) {
	s := NewScorer()
	for _, text := range []string{
		"Loquat shipped version 2 today. The release notes are long.",
		"Loquat released version 2 today.",
		"The package arrived on Friday.",
		"The update ships on Tuesday.",
		"The meeting is at 3pm in room 4.",
		"The store opens at nine.",
		"I bought a new phone yesterday.",
		"We moved the server to another rack.",
		"The train leaves at 6.",
		"My sister lives in Boston.",
		"The firmware version is 4.2.",
		"They announced the results this morning.",
		"The company has 300 employees.",
		"I am writing a report on the quarterly numbers.",
		"The battery is removable.",
	} {
		if got := s.Score(text); got.Label != post.Neutral {
			t.Errorf("Score(%q) = %s %.3f, want neutral", text, got.Label, got.Score)
		}
	}
}

// TestConnotation checks the fitted connotation of words the lexicon does
// not rate, and that the committed fit is the one fitConnotation makes
// from the committed vectors and lexicon.
func TestConnotation(t *testing.T) {
	m := trainedSentimentModel().connot
	fit := fitConnotation(defaultVectors())
	if m != fit {
		t.Fatalf("committed connotation model differs from fitConnotation's: run go run ./classify/train/sentiment -data ../shared/data")
	}
	vs := defaultVectors()
	of := func(w string) float64 {
		c, ok := m.of(vs, []byte(w))
		if !ok {
			t.Fatalf("no vector for %q", w)
		}
		return c
	}
	// The words fitted: the lexicon's, and the connotationNeutral most
	// frequent others (as 0). The checks below are on words neither, so
	// they test what the fit says of words it never saw.
	fitted := map[string]bool{}
	for w := range lexiconEntries {
		fitted[w] = true
	}
	words := make([]string, len(vs.scale))
	for w, i := range vs.index {
		words[i] = w
	}
	for i, neutral := 0, 0; i < len(words) && neutral < connotationNeutral; i++ {
		if !fitted[words[i]] {
			fitted[words[i]] = true
			neutral++
		}
	}
	heldOut := func(w string) float64 {
		if fitted[w] {
			t.Fatalf("%q was fitted: choose a word the fit never saw", w)
		}
		return of(w)
	}
	for _, tt := range []struct{ lower, higher string }{
		{"landslides", "picnics"}, {"evictions", "vacations"}, {"famines", "puppies"}, {"wildfires", "rainbows"},
	} {
		if l, h := heldOut(tt.lower), heldOut(tt.higher); l >= h {
			t.Errorf("connotation %s %.3f >= %s %.3f", tt.lower, l, tt.higher, h)
		}
	}
	// Words of no connotation come out near 0 too, unseen or fitted as 0.
	for _, w := range []string{"hinge", "thermostat", "spreadsheet"} {
		if c := heldOut(w); c < -0.15 || c > 0.15 {
			t.Errorf("connotation of unseen %q = %.3f, want near 0", w, c)
		}
	}
	for _, w := range []string{"the", "room", "meeting", "version"} {
		if c := of(w); c < -0.15 || c > 0.15 {
			t.Errorf("connotation of %q, fitted as neutral, = %.3f, want near 0", w, c)
		}
	}
	// Only the learned layer reads it, on the words no rule reads.
	sc := new(sentScratch)
	a := NewScorer().analyze("Muddy roads, terrible traffic", sc, false)
	addConnotation(&a, sc, m.table(vs))
	if a.connotN != 3 || a.connotSum >= 0 {
		t.Errorf("addConnotation(Muddy roads, terrible traffic) = %.3f over %d words, want a negative sum over 3 (terrible is rated)", a.connotSum, a.connotN)
	}
}

func TestSentimentLabels(t *testing.T) {
	for _, sc := range []struct {
		name string
		s    *Scorer
	}{{"rules", NewRuleScorer()}, {"learned", NewScorer()}} {
		tests := []struct {
			text, want string
		}{
			{"I love this phone, it is amazing!", post.Positive},
			{"This is the worst service I have ever had.", post.Negative},
			{"The battery is not good.", post.Negative},
			{"Never again. Terrible.", post.Negative},
			{"Great :)", post.Positive},
			{"😢😢", post.Negative},
			{"The food was okay but the staff were rude and slow.", post.Negative},
			{"I have had no real problems with it.", post.Positive},
			{"It doesn't have a zoom.", post.Negative},
			{"Don't be fooled by the hype.", post.Negative},
			{"Save your money.", post.Negative},
			{"I couldn't be happier with it.", post.Positive},
			{"The battery life is incredible!", post.Positive},
			{"", post.Neutral},
		}
		for _, tt := range tests {
			t.Run(sc.name+"/"+tt.text, func(t *testing.T) {
				got := sc.s.Score(tt.text)
				if got.Label != tt.want {
					t.Errorf("Score(%q) = %s (%.3f, %q), want %s", tt.text, got.Label, got.Score, got.Terms, tt.want)
				}
			})
		}
	}
}

// TestSentimentGate checks that a clear lexicon reading labels a text
// however the learned layer would, and that the learned layer still
// labels the texts the lexicon is unsure of.
func TestSentimentGate(t *testing.T) {
	examples := []SentimentExample{
		// Training that would overturn the lexicon if it were consulted.
		{"this is great", post.Negative}, {"great stuff", post.Negative}, {"really great", post.Negative},
		{"the box arrived", post.Positive}, {"the box is here", post.Positive}, {"box delivered", post.Positive},
	}
	tests := []struct {
		gate float64
		text string
		want string
	}{
		{0.1, "this is great", post.Positive},
		{0.1, "the box arrived", post.Positive},
		{0, "this is great", post.Negative},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("gate %v/%s", tt.gate, tt.text), func(t *testing.T) {
			s := TrainScorer(examples, SentimentTrainConfig{Epochs: 200, L2: 1e-4, HashBits: 10, HashL2: 1e-4, LearningRate: 0.5, Gate: tt.gate})
			got := s.Score(tt.text)
			if got.Label != tt.want {
				t.Errorf("Score(%q) with gate %v = %s (%.3f), want %s", tt.text, tt.gate, got.Label, got.Score, tt.want)
			}
			if (got.Label == post.Positive) != (got.Score > 0) || (got.Label == post.Negative) != (got.Score < 0) {
				t.Errorf("Score(%q) = %s with score %.3f: sign disagrees with the label", tt.text, got.Label, got.Score)
			}
		})
	}
}

func TestSentimentTerms(t *testing.T) {
	s := NewScorer()
	tests := []struct {
		text string
		want []string
	}{
		{"The food is not good", []string{"not good"}},
		{"very good", []string{"very good"}},
		{"The food was good, but the service was TERRIBLE", []string{"TERRIBLE", "good"}},
		{"kind of good", []string{"kind of good"}},
		{"the box is here", nil},
		{"it doesn't have a zoom", []string{"doesn't have"}},
		{"good good good good good good good good good good", []string{"good", "good", "good", "good", "good", "good", "good", "good"}},
		// A term inside another's phrase is not listed twice.
		{"We will definitely come back.", []string{"definitely come back"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := s.Score(tt.text).Terms
			if !slices.Equal(got, tt.want) {
				t.Errorf("Score(%q).Terms = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestScorerConcurrent(t *testing.T) {
	s := NewScorer()
	texts := []string{"I love it!", "not good at all", "meh", "TERRIBLE service 😡", "great, but slow"}
	want := make([]Sentiment, len(texts))
	for i, tx := range texts {
		want[i] = s.Score(tx)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Go(func() {
			for j := range 200 {
				i := (g + j) % len(texts)
				got := s.Score(texts[i])
				if got.Score != want[i].Score || got.Label != want[i].Label || !slices.Equal(got.Terms, want[i].Terms) {
					errs <- fmt.Errorf("goroutine %d: Score(%q) = %+v, want %+v", g, texts[i], got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestTrainScorerDeterministic checks that training twice on the same data
// gives the same model, and that what it learns points the right way.
func TestTrainScorerDeterministic(t *testing.T) {
	var ex []SentimentExample
	for range 20 {
		ex = append(ex,
			SentimentExample{"I love it, great", post.Positive},
			SentimentExample{"awful, I hate it", post.Negative},
			SentimentExample{"it is a phone", post.Neutral})
	}
	cfg := SentimentTrainConfig{Epochs: 5, L2: 1e-3, HashBits: 8, HashL2: 1e-2, LearningRate: 0.1}
	a, b := TrainScorer(ex, cfg), TrainScorer(ex, cfg)
	for _, text := range []string{"love it", "hate it", "a phone"} {
		if ga, gb := a.Score(text), b.Score(text); ga.Score != gb.Score {
			t.Errorf("Score(%q): got %v and %v from two trainings, want equal", text, ga.Score, gb.Score)
		}
	}
	if got := a.Score("great, love it").Label; got != post.Positive {
		t.Errorf("trained Score(%q) = %s, want %s", "great, love it", got, post.Positive)
	}
	if got := a.Score("awful, hate it").Label; got != post.Negative {
		t.Errorf("trained Score(%q) = %s, want %s", "awful, hate it", got, post.Negative)
	}
}

func FuzzScore(f *testing.F) {
	for _, s := range []string{"", "I love it", "not GOOD!!!", "😍😡 :) :(", "but but but", "least", "kind of",
		"yeah right #sarcasm /s", "don’t", "\xff\xfe", "a\u0085b", "no no no no good", "@x https://y"} {
		f.Add(s)
	}
	scorers := []*Scorer{NewScorer(), NewRuleScorer()}
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range scorers {
			got := s.Score(text)
			if math.IsNaN(got.Score) || got.Score < -1 || got.Score > 1 {
				t.Fatalf("Score(%q) = %v, want in [-1, 1]", text, got.Score)
			}
			switch got.Label {
			case post.Positive:
				if got.Score <= 0 {
					t.Fatalf("Score(%q): label %s with score %v, want > 0", text, got.Label, got.Score)
				}
			case post.Negative:
				if got.Score >= 0 {
					t.Fatalf("Score(%q): label %s with score %v, want < 0", text, got.Label, got.Score)
				}
			case post.Neutral:
			default:
				t.Fatalf("Score(%q): label %q, want one of the post labels", text, got.Label)
			}
			if len(got.Terms) > maxSentimentTerms {
				t.Fatalf("Score(%q): %d terms, want at most %d", text, len(got.Terms), maxSentimentTerms)
			}
			for _, term := range got.Terms {
				if term == "" || (utf8.ValidString(text) && !utf8.ValidString(term)) {
					t.Fatalf("Score(%q): bad term %q", text, term)
				}
			}
		}
	})
}

func ExampleScorer_Score() {
	s := NewScorer()
	r := s.Score("The screen is great, but the battery is NOT good!")
	fmt.Println(r.Label, r.Terms)
	// Output: negative [NOT good great]
}

// TestSentimentUnratedBalanced checks that a training set whose texts
// without rated words are nearly all positive does not teach the model to
// call a plain statement positive: the trainer balances that pool.
func TestSentimentUnratedBalanced(t *testing.T) {
	var examples []SentimentExample
	for i := range 40 {
		label := post.Positive
		if i%10 == 0 {
			label = post.Negative
		}
		examples = append(examples, SentimentExample{Text: fmt.Sprintf("item%d arrived w%d", i, i), Label: label})
		examples = append(examples, SentimentExample{Text: fmt.Sprintf("great thing %d", i), Label: post.Positive})
		examples = append(examples, SentimentExample{Text: fmt.Sprintf("awful thing %d", i), Label: post.Negative})
	}
	s := TrainScorer(examples, SentimentTrainConfig{Epochs: 50, L2: 1e-4, HashBits: 10, HashL2: 1e-2, LearningRate: 0.2, Gate: 0.1})
	for _, text := range []string{"The meeting is on Tuesday.", "Parliament votes next month."} {
		if got := s.Score(text); got.Label != post.Neutral {
			t.Errorf("Score(%q) = %s (%.3f), want %s", text, got.Label, got.Score, post.Neutral)
		}
	}
}

// TestTokeniserTables checks the byte tables of the tokeniser against the
// comparisons they stand for.
func TestTokeniserTables(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		word := b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' ||
			b == '\'' || b == '-' || b == '_' || b >= utf8.RuneSelf
		space := b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
		alnum := b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= utf8.RuneSelf
		lower := b
		if b >= 'A' && b <= 'Z' {
			lower += 'a' - 'A'
		}
		k := byteClass[b]
		if k&bWord != 0 != word || k&bSpace != 0 != space || k&bAlnum != 0 != alnum ||
			k&bPunct != 0 != (!alnum && !space) || lowerByte[b] != lower {
			t.Errorf("byte %#x: class %08b, lower %#x", b, k, lowerByte[b])
		}
	}
}

// TestScoreGate checks that mayHoldScore is the four searches it stands
// for.
func TestScoreGate(t *testing.T) {
	for _, text := range []string{
		"", "5 stars", "five-star", "start", "starstar", "a superstar.", "out of 10", "shout off", "ran out of",
		"out o", "9/10", "1/5", "http://x.com/a", "10/", "/", "f", "of", "out off", "stars", "star",
	} {
		low := []byte(text)
		want := mentionsStars(low) || strings.Contains(text, "out of") || strings.Contains(text, "/10") ||
			strings.Contains(text, "/5")
		if got := mayHoldScore(low); got != want {
			t.Errorf("mayHoldScore(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestIdiomsListedOnce checks that no phrase is in the idiom table twice:
// of two entries for one phrase only the later one's rating counts, so the
// earlier is dead and misleads whoever reads it.
func TestIdiomsListedOnce(t *testing.T) {
	s := NewRuleScorer()
	seen := make(map[string]float64, len(s.idioms))
	for _, id := range s.idioms {
		phrase := strings.Join(id.words, " ")
		if v, dup := seen[phrase]; dup {
			t.Errorf("idiom %q listed twice (ratings %v and %v)", phrase, v, id.v)
		}
		seen[phrase] = id.v
	}
}

// TestEarshotLexiconAddsOnly checks that earshot's lexicon lists no word
// VADER's already rates: VADER's rating wins (lexiconEntries), so such an
// entry would be dead and its rating misleading.
func TestEarshotLexiconAddsOnly(t *testing.T) {
	for line := range strings.SplitSeq(vaderLexicon, "\n") {
		w, _, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if v, dup := earshotLexicon[strings.ToLower(w)]; dup {
			t.Errorf("earshotLexicon rates %q (%v), which VADER's lexicon already rates", w, v)
		}
	}
}
