package classify

import (
	"slices"
	"strings"
)

// learnedIntents are the intents that a model finds besides their cues. On
// the hand-labelled dev tweets (eval/intent_labels.tsv) the cues found 31%
// of the support requests and 1% of the reviews: people ask for help and
// judge products in too many ways for a list of phrases ("tried all..
// nothing works", "the buttons are peeling off after a month"). A model per
// intent, trained on the tweets, found far more of both on the tweets
// (cross-validated: F1 0.438 to 0.662 and 0.021 to 0.311) and on the forum
// posts it never saw (0.269 to 0.366, 0.000 to 0.296): earshot eval
// classify prints both, the "before" in its "cues only" rows. For the other
// intents a model did worse than the cues on the forum posts, and would
// add false alarms: in a scratch run with a churn model, it flagged 54 of
// the 419 posts, one of which threatens to leave.
var learnedIntents = [...]string{IntentSupport, IntentReview}

// LearnedIntents returns the intents IntentModels learn, in intent order.
func LearnedIntents() []string {
	return slices.Clone(learnedIntents[:])
}

// IntentModels maps each learned intent to its model: a logistic regression
// over ComplaintFeatures (words, letter trigrams, cues, word vectors),
// trained by TrainIntentModels. An intent is found when its cues match or
// its model scores ComplaintThreshold or more.
type IntentModels map[string]*ComplaintModel

// defaultIntentModels are the committed models, whose weights
// classify/train/intent writes to intent_weights_gen.go; read-only.
var defaultIntentModels = IntentModels{
	IntentSupport: {Weights: supportIntentWeights[:], Bias: supportIntentBias},
	IntentReview:  {Weights: reviewIntentWeights[:], Bias: reviewIntentBias},
}

// IntentExample is one labelled text for TrainIntentModels: the intents its
// author expresses.
type IntentExample struct {
	Text    string
	Intents []string
}

// TrainIntentModels trains a model for each learned intent on examples, as
// TrainComplaint trains one (balanced classes, so that a rare intent is not
// simply never found), with opts; unset Iterations are 300, the number the
// committed intent models were trained with.
func TrainIntentModels(examples []IntentExample, opts ComplaintTrainOptions) IntentModels {
	if opts.Iterations <= 0 {
		opts.Iterations = intentIterations
	}
	models := IntentModels{}
	for _, name := range learnedIntents {
		ex := make([]ComplaintExample, len(examples))
		for i, e := range examples {
			ex[i] = ComplaintExample{Text: e.Text, Complaint: slices.Contains(e.Intents, name)}
		}
		models[name] = TrainComplaint(ex, opts)
	}
	return models
}

// Intents is IntentsGiven with m's models in place of the committed ones;
// a nil m finds intents by their cues alone.
func (m IntentModels) Intents(text string, complaint bool) []string {
	return intentsOf(text, normalizeApostrophes(strings.ToLower(text)), complaint, m)
}
