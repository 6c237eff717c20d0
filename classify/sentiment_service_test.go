package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentServiceTalk checks what customers write to a company: a
// request ("please help", "can you help?") is no praise, "support" that
// acts or is contacted is the desk, a promise reported is one broken, a
// refund never had is no praise, an agent who hung up, a span waited or
// a delivery late (or early), "pay to win", a "bank holiday", a fix of a
// named fault and a fix denied ("never fixed the problem"), each with a
// case the rule must leave alone.
func TestSentimentServiceTalk(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		// Requests.
		{"Please help", post.Neutral},
		{"Please help me, my card was stolen", post.Negative},
		{"Can you help? My order never arrived", post.Negative},
		{"Can someone help me reset my password", post.Neutral},
		{"Need help with my account", post.Neutral},
		{"Please DM us your booking reference so we can take a look", post.Neutral},
		{"Please call me back", post.Neutral},
		{"Thanks for your help, really appreciate it", post.Positive},
		{"You've been a great help", post.Positive},
		{"No help at all from the store", post.Negative},
		{"No one could help me.", post.Negative},
		{"No one was hurt, police said.", post.Positive},
		{"Yes please!", post.Positive},
		{"HELP me please, locked out", post.Neutral},
		{"Help yourself to dessert, it is great", post.Positive},
		// The desk.
		{"Support closed my ticket", post.Neutral},
		{"Support never replied", post.Negative},
		{"I've been charged twice for the same order and support won't reply", post.Negative},
		{"I support this decision", post.Positive},
		{"Thanks for all the support", post.Positive},
		{"Support never lets me down", post.Positive},
		// Promises.
		{"I was promised a callback 4 days ago", post.Negative},
		{"They promised me a refund", post.Negative},
		{"They promised it would arrive Monday", post.Neutral},
		{"Arrived as promised", post.Positive},
		{"It was everything they promised and more", post.Positive},
		// Refunds.
		{"Still no refund after 3 weeks", post.Negative},
		{"Got a full refund, no questions asked", post.Positive},
		{"I didn't need a refund", post.Neutral},
		{"I never asked for a refund", post.Neutral},
		{"Support said they'd refund me and they did!", post.Positive},
		{"They said they would refund me and never did.", post.Negative},
		{"I need a refund", post.Negative},
		{"You can ask for a refund within 30 days.", post.Neutral},
		{"Can I get a refund?", post.Negative},
		{"I can't get a refund.", post.Negative},
		{"I didn't need to get a refund.", post.Neutral},
		// Waits, hang-ups, lateness.
		{"They hung up on me twice", post.Negative},
		{"He hung up the phone and smiled", post.Positive},
		{"He hung up on time", post.Neutral},
		{"The coats were hung up on the wall", post.Neutral},
		{"The player hangs up on file transfer", post.Negative},
		{"Kept me on hold then transferred me to a department that was closed", post.Negative},
		{"Put the project on hold for now", post.Neutral},
		{"The project is on hold until next year.", post.Neutral},
		{"The stadium plan was on hold for two months.", post.Neutral},
		{"I was on hold for two hours.", post.Negative},
		{"@loquat my order never arrived and nobody answers, still waiting.", post.Negative},
		{"Still waiting on my package, it's been two weeks", post.Negative},
		{"It's been a great week at the new job", post.Positive},
		{"It's been a week since my last cigarette!", post.Neutral},
		{"My claim has been pending for 6 weeks", post.Negative},
		{"Food arrived cold and 50 minutes late", post.Negative},
		{"The driver was late", post.Negative},
		{"Late checkout was a lovely touch", post.Positive},
		{"It's late, going to bed", post.Neutral},
		{"Stayed up late watching it", post.Neutral},
		{"Packaging was tidy and it came a day early", post.Positive},
		{"I was early for my appointment", post.Neutral},
		// Words of games, calendars and fixes.
		{"Pay to win nonsense", post.Negative},
		{"Closed on bank holidays", post.Neutral},
		{"New update fixed the crashes, finally usable again", post.Positive},
		{"The update has not fixed the lag", post.Negative},
		{"They never fixed the problem", post.Negative},
		{"The patch finally fixed the crashing bug.", post.Positive},
		{"The mechanic sorted the problem in an hour.", post.Positive},
		{"The patch never fixed the crashing bug.", post.Negative},
		{"Five years with this provider and never had an outage", post.Positive},
		{"Been a customer 11 years and this is how you treat me?", post.Neutral},
		{"How do you treat a bee sting?", post.Neutral},
		{"The doctors treat hundreds of patients a day.", post.Neutral},
		{"This cake is a treat the whole family will love.", post.Positive},
		{"What a treat!", post.Positive},
		{"Treat yourself to a spa day", post.Positive},
		// A promise kept, a span enjoyed, and help offered to oneself.
		{"It was exactly what was promised.", post.Positive},
		{"The hotel was everything we were promised.", post.Positive},
		{"They promised me a callback and called within 5 minutes.", post.Positive},
		{"We were promised a show and they delivered.", post.Positive},
		{"They promised me a callback and never called.", post.Negative},
		{"We were promised a new stadium and got nothing.", post.Negative},
		{"The sequel delivers everything the first film promised.", post.Positive},
		{"I was promised a callback 4 days ago", post.Negative},
		{"It's been a week now and no problems at all.", post.Positive},
		{"It's been two weeks without a single crash.", post.Positive},
		{"It's been two weeks without a reply.", post.Negative},
		{"It's been 10 days and still no refund.", post.Negative},
		{"Please help yourself to the snacks, they are delicious.", post.Positive},
		{"Please help, my account has been locked for 5 days.", post.Negative},
	}
	checkLabels(t, s, tests)
}

// TestSentimentOthersAndConditions checks that the verdicts of service talk
// (a long wait, a request pending, a return, an intent to come back,
// business taken elsewhere, a failure to work) are the writer's own and
// real: someone else's wait, a report of a bill under review, a return in a
// condition, a broadcast's "back after the break" and a search "elsewhere
// for" a thing are none; each with the writer's own case the rule keeps.
// And a reply owed and not given ("closed my ticket without a reply") is
// a grievance.
func TestSentimentOthersAndConditions(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"Fans waited outside the stadium for hours to see the team arrive.", post.Neutral},
		{"Passengers are still waiting at the gate.", post.Neutral},
		{"We waited outside for hours.", post.Negative},
		{"The kids waited an hour for our food.", post.Negative},
		{"Customers waited hours for their orders.", post.Negative},
		{"She waited two hours for her food.", post.Negative},
		{"They waited forty minutes for a table.", post.Negative},
		{"The patients waited weeks for their test results.", post.Negative},
		{"Fans waited hours for the doors to open.", post.Neutral},
		{"My dad is still waiting for his train.", post.Neutral},
		{"I am still waiting for my train.", post.Negative},
		{"The bill has been in review for a month, a spokesman said.", post.Neutral},
		{"My claim has been in review for a month.", post.Negative},
		{"Let's look elsewhere for a cheaper flight.", post.Neutral},
		{"I'd look elsewhere.", post.Negative},
		{"I'd look elsewhere for your next vacation.", post.Negative},
		{"You won't need to look elsewhere once you try their tacos.", post.Positive},
		{"Keep the receipt in case you need to return it.", post.Neutral},
		{"The team returned it to the museum.", post.Neutral},
		{"I returned it to the store.", post.Negative},
		{"We will be back after the break.", post.Neutral},
		{"We will be back after these messages.", post.Neutral},
		{"We will be back.", post.Positive},
		{"Try again later if the page doesn't load.", post.Neutral},
		{"The page doesn't load.", post.Negative},
		{"It doesn't work if you hold it sideways.", post.Negative},
		// An answer owed and not given.
		{"Support closed my ticket without a reply.", post.Negative},
		{"They closed the case without so much as a response.", post.Negative},
		{"The update installed without a problem.", post.Positive},
		{"He left without a word.", post.Neutral},
		{"She left the room without a reply.", post.Neutral},
		{"The talks ended without a resolution.", post.Neutral},
		{"I left three voicemails without a reply.", post.Negative},
		{"Two weeks without a reply from the landlord.", post.Negative},
		// The help desk heard from or reached.
		{"No reply from support.", post.Negative},
		{"I contacted support twice.", post.Neutral},
		{"We got great support from the team.", post.Positive},
	}
	checkLabels(t, s, tests)
}
