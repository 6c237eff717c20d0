package classify

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

// TestSentimentNewsChange checks readings of news English about
// quantities that change: a participle of change before what changes
// ("falling crime", "rising emissions") and a change under way ("Crime
// is falling"), with the other senses of the participles the rules must
// leave alone.
func TestSentimentNewsChange(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		// A participle of change before what changes.
		{"Voters rewarded the mayor for falling crime.", post.Positive},
		{"The city has seen falling crime for a decade.", post.Positive},
		{"The country faces rising emissions.", post.Negative},
		{"Soaring inflation has squeezed family budgets.", post.Negative},
		{"Falling wages have hit the north hardest.", post.Negative},
		{"Rising wages have lifted millions out of poverty.", post.Positive},
		// A change under way.
		{"Emissions are still rising.", post.Negative},
		{"Crime is falling across the country.", post.Positive},
		{"Public trust in the courts is declining.", post.Negative},
		{"The president's approval rating has slumped to 38 percent.", post.Negative},
		{"The charges against him were dropped.", post.Positive},
		{"Complaints against the police fell by 30 percent.", post.Positive},
		{"Violent crime is down sharply.", post.Positive},
		{"Confidence is down sharply.", post.Negative},
		{"Sales were up 5 percent.", post.Positive},
		{"The deficit has narrowed.", post.Positive},
		{"Inequality has widened.", post.Negative},
		// Other senses of the participles.
		{"Many soldiers were falling ill.", post.Negative},
		{"The blinds are down again.", post.Neutral},
		{"The website is down again.", post.Negative}, // an outage, not a quantity
		{"She is growing tired of the debate.", post.Negative},
		{"The growing popularity of the show surprised its makers.", post.Positive},
		{"The app has options like slowing the music down, which is great.", post.Positive},
		// A quantity made: a count of jobs added or created.
		{"The economy added 300,000 jobs in June.", post.Positive},
		{"The plant will create 2,000 new jobs.", post.Positive},
		{"Technology is no longer creating new jobs at a rate that replaces old ones.", post.Negative},
		{"I added more stock to the shelves.", post.Neutral},
	}
	for _, c := range tests {
		t.Run(c.text, func(t *testing.T) { checkLabels(t, s, []labelCase{c}) })
	}
}

// TestSentimentNewsSenses checks the news senses of words VADER rates in
// their others (a political party, a fine imposed, a ruling in someone's
// favour) and a goal out of reach, with the other senses left alone.
func TestSentimentNewsSenses(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"The opposition party has called for an inquiry.", post.Neutral},
		{"Party leaders met on Monday.", post.Neutral},
		{"Officials said the fine would be paid by the end of the year.", post.Neutral},
		{"The regulator imposed a record fine on the bank.", post.Negative},
		{"The court ruled in their favour.", post.Neutral},
		{"The central bank tightened credit conditions.", post.Neutral},
		{"The company has a controlling interest in the newspaper.", post.Neutral},
		{"The minister declared a conflict of interest.", post.Negative},
		{"The defence secretary will travel to Kyiv.", post.Neutral},
		{"The court ruled in the plaintiff's favour.", post.Neutral},
		{"The tide has turned in Beijing's favour.", post.Neutral},
		{"The targets look increasingly out of reach.", post.Negative},
		{"House prices have put home ownership out of reach for a generation.", post.Negative},
		{"The goal is now within reach.", post.Positive},
		// Other senses.
		{"We threw a party for her birthday.", post.Positive},
		{"It was a fine performance.", post.Positive},
		{"It works fine for me.", post.Positive},
		{"He did me a favour.", post.Positive},
		{"She deserves credit for her honesty.", post.Positive},
		{"I have no interest in politics.", post.Negative},
		{"He did his neighbour's son a favour.", post.Positive},
		{"Keep out of reach of children.", post.Neutral},
		{"Please read the license agreement before installing.", post.Positive},
		{"The minister will hold talks on the trade agreement.", post.Neutral},
		{"The two sides reached an agreement on Friday.", post.Positive},
	}
	for _, c := range tests {
		t.Run(c.text, func(t *testing.T) { checkLabels(t, s, []labelCase{c}) })
	}
}

// TestSentimentNewsDoubt checks hedged judgement: a clause whose truth a
// hedge of doubt leaves open ("it is unclear whether the sanctions will
// help") is no praise, while plain certainty and a clause after "but"
// keep their ratings.
func TestSentimentNewsDoubt(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"It is not at all clear that the tariffs will protect jobs.", post.Negative},
		{"It is unclear whether the sanctions will help.", post.Negative},
		{"It is by no means certain that the deal will survive.", post.Negative},
		{"It remains to be seen whether the reforms will succeed.", post.Neutral},
		{"Few believe the regulator has the will to hold the banks to account.", post.Negative},
		{"Few expect the talks to succeed.", post.Negative},
		{"Few people believe the plan will work.", post.Negative},
		// Other senses.
		{"It is clear that the plan works well.", post.Positive},
		{"The sound is clear and the bass is great.", post.Positive},
		{"It is unclear whether the sanctions will help, but the intent is good.", post.Positive},
		{"A few think it is great.", post.Positive},
		{"I think it is great.", post.Positive},
	}
	for _, c := range tests {
		t.Run(c.text, func(t *testing.T) { checkLabels(t, s, []labelCase{c}) })
	}
}

// TestSentimentNewsOpposing checks verbs of opposing a harm ("to fight
// crime", "help combat corruption"): the harm opposed is no blame, nor
// the fight, while a fight suffered or for a good thing keeps its sense.
func TestSentimentNewsOpposing(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"The police are working to fight crime.", post.Positive},
		{"The new law will help combat corruption.", post.Positive},
		{"The government has pledged to tackle poverty.", post.Positive},
		{"The bill aims to prevent violence against women.", post.Positive},
		// Other senses.
		{"My mother is fighting cancer.", post.Negative},
		{"The late tackle left him injured.", post.Negative},
		{"They fought hard but lost.", post.Negative},
	}
	for _, c := range tests {
		t.Run(c.text, func(t *testing.T) { checkLabels(t, s, []labelCase{c}) })
	}
}

// TestSentimentNewsVerdicts checks editorial verdicts on a policy in set
// phrases VADER leaves unrated.
func TestSentimentNewsVerdicts(t *testing.T) {
	s := NewRuleScorer()
	tests := []labelCase{
		{"The law is a blunt instrument.", post.Negative},
		{"The policy is a sop to the party's donors.", post.Negative},
		{"The announcement is little more than a publicity stunt.", post.Negative},
		{"The inquiry was a whitewash.", post.Negative},
		{"The budget papers over the cracks.", post.Negative},
		{"The government has kicked the can down the road.", post.Negative},
		{"This is not the time for half measures.", post.Negative},
		// Other senses.
		{"The walls were painted with whitewash.", post.Neutral},
		{"The investigation was thorough and fair.", post.Positive},
	}
	for _, c := range tests {
		t.Run(c.text, func(t *testing.T) { checkLabels(t, s, []labelCase{c}) })
	}
}

// TestSentimentNewsLessenedWhen checks that a word of when ends what a
// verb of lessening lessens: in "trust has eroded since the crisis" the
// crisis is when trust eroded, not what eroded.
func TestSentimentNewsLessenedWhen(t *testing.T) {
	s := NewRuleScorer()
	checkLabels(t, s, []labelCase{
		{"Trust in the institutions has eroded steadily since the crisis.", post.Negative},
		{"The new law reduced violent crime.", post.Positive},
	})
}
