package classify

import (
	"math"

	"github.com/earshot-dev/earshot/post"
)

// The learned part of the Scorer: a multinomial logistic regression over
// what the rules found (sentimentFeatures) and, optionally, hashed words and
// bigrams (negation-marked). Classes are indexed negative, neutral,
// positive.
const (
	classNeg = iota
	classNeu
	classPos
	numClasses
)

var classLabels = [numClasses]string{post.Negative, post.Neutral, post.Positive}

// numFeatures is the length of the dense feature vector; featureNames says
// what each one is (and is written into weights_gen.go for a reader).
const numFeatures = 29

// unratedConfidence is the probability a label needs to stand on a text
// without any rated word. 0.5 scored 0.02 higher weighted F1 on the Amazon
// sentences (leave-one-dataset-out) but called plain statements ("Loquat
// released version 2 today.") positive on the strength of the training
// domains' priors. 0.6 kept them neutral with the first lexicon, but only
// just: after the counterfactual, failure-verb and lexicon additions of
// 2026-11-22.5 two-sentence statements reached 0.61, and 0.65 was chosen.
// The later rules that rate negations of unrated words ("it doesn't have
// firewire") moved most negative texts out of the unrated pool, which left
// it mostly praise: statements reached 0.75. The
// trainer now balances that pool (balanceUnrated) and the bar is 0.7: of
// 14 plain statements 3 passed 0.65 with the old weights, none passes 0.7
// with these (the highest, "The package arrived on Friday.", reaches 0.70).
// Against 0.65 it costs the Amazon sentences 0.006 weighted F1. The
// weights retrained after the rules of 2026-11-22.14 (Prior 4) put a plain
// two-sentence statement ("Loquat shipped version 2 today. The release
// notes are long.") at 0.7006 positive, so the bar was 0.71 (the Amazon
// sentences lose 0.001 against 0.7, leave-one-dataset-out). The
// connotation features of 2026-11-22.21 (connotation.go) make the layer
// surer on texts without rated words either way: three of the plain
// statements of TestSentimentPlainStatements pass 0.71 (with the weights of
// .22: the two-sentence one above at 0.790, "The package arrived on
// Friday." 0.744, "I bought a new phone yesterday." 0.729), so the bar is
// now 0.8, which the first of them nearly reached. The retrained weights
// move them: with those of .28 (trained with no prior) the same three
// reached 0.729, 0.681 and 0.663, with those of .29 (prior 4) 0.779, 0.742
// and 0.727, with those of .31 (prior 8) 0.739, 0.671 and 0.665, with those
// of .34 (prior 4, hashed-word penalty 1) 0.764, 0.731 and 0.719, and
// after the further rules of .34 a retrain (prior 8) put the first at
// 0.795, a hair under the bar. The bar is now 0.85: it costs the tweets and
// the Amazon sentences 0.001 each leave-one-dataset-out (0.949 -> 0.948,
// 0.729 -> 0.728, same weights), and the retrain under it (prior 4) puts
// the three at 0.790, 0.752 and 0.741; with those of .35 (prior 0) 0.756,
// 0.734 and 0.713; with those of .37 (prior 4) the first at 0.772, with
// those of .38 (prior 0, hashed-word penalty 3) at 0.724, of .39 at 0.720,
// of .40 at 0.741, of .41 at 0.726, of .43 at 0.735, of .44 (prior 8) at
// 0.736, of .60 at 0.739, of .70 at 0.741, of .71 and .74 (prior 0) at
// 0.726, of .76 (prior 4) at 0.656, of .80 (prior 0) at 0.649. The first
// stays the one to watch.
// Without the connotation features the bar costs the Amazon sentences
// 0.003 leave-one-dataset-out weighted F1 (0.726 -> 0.723); with a first
// version of them (function words left out of the mean) it cost 0.006
// (0.730 -> 0.724).
const unratedConfidence = 0.85

// scoreTemp scales the positive-negative logit gap into the score:
// tanh(gap/scoreTemp). Of 4, 8, 16 and 24 it gave the best
// leave-one-dataset-out Pearson r against mean human ratings (16 and 24
// tie); it cannot change a label.
const scoreTemp = 16

// featUnrated is the index of the feature that says the text has no rated
// word.
const featUnrated = 26

var featureNames = [numFeatures]string{
	"bias", "compound", "abs_compound", "log_pos_sum", "log_neg_sum", "pos_frac", "neg_frac", "neu_frac",
	"log_n_pos", "log_n_neg", "log_negated", "has_but", "after_but", "exclaims", "question", "caps_frac",
	"emoji", "log_tokens", "last_sentence", "first_sentence", "max_pos", "min_neg", "sarcasm", "log_negators", "vader_pos", "vader_neg", "no_rated_words",
	"connotation_mean", "connotation_sum",
}

// sentimentModel holds the weights of the linear model. Hashed holds
// numClasses weights per bucket (bucket*numClasses + class); Buckets is 0
// when the model uses the dense features alone.
type sentimentModel struct {
	dense [numClasses][numFeatures]float64
	// prior is the fixed weight of the rules' compound score on the
	// positive and negative logits: the learned weights are corrections to
	// the lexicon, and regularisation pulls them back to it.
	prior float64
	// gate is the size of the rules' compound score at or above which the
	// rules decide the label and the learned layer is not consulted: the
	// layer is trained on a few domains, and where the lexicon reads a
	// text clearly, overturning it helped the domains the layer was
	// trained on and hurt the one it was not (leave-one-dataset-out). 0
	// lets the learned layer decide everywhere.
	gate    float64
	buckets uint32
	hashed  []float32
	// connot rates the words the lexicon does not (see connotation.go).
	connot connotationModel
}

func sentimentFeatures(a *analysis) [numFeatures]float64 {
	var x [numFeatures]float64
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	total := a.posSum - a.negSum + float64(a.nNeu)
	x[0] = 1
	x[1] = a.compound
	x[2] = math.Abs(a.compound)
	x[3] = math.Log1p(a.posSum)
	x[4] = math.Log1p(-a.negSum)
	if total > 0 {
		x[5] = a.posSum / total
		x[6] = -a.negSum / total
		x[7] = float64(a.nNeu) / total
	}
	x[8] = math.Log1p(float64(a.nPos))
	x[9] = math.Log1p(float64(a.nNeg))
	x[10] = math.Log1p(float64(a.negated))
	x[11] = b2f(a.hasBut)
	x[12] = normalizeScore(a.afterBut)
	x[13] = float64(min(a.exclaims, maxExclaims)) / maxExclaims
	x[14] = b2f(a.questions > 0)
	if a.nTokens > 0 {
		x[15] = float64(a.nUpper) / float64(a.nTokens)
	}
	x[16] = normalizeScore(a.emojiSum)
	x[17] = math.Log1p(float64(a.nTokens))
	x[18] = normalizeScore(a.lastSent)
	x[19] = normalizeScore(a.firstSent)
	x[20] = a.maxPos / 4
	x[21] = a.minNeg / 4
	x[22] = b2f(a.sarcasm)
	x[23] = math.Log1p(float64(a.negators))
	// VADER's own decision, so the model can start from it and learn only
	// where it goes wrong.
	x[24] = b2f(a.compound >= 0.05)
	x[25] = b2f(a.compound <= -0.05)
	x[featUnrated] = b2f(a.nPos+a.nNeg == 0)
	// The connotation of the words the lexicon does not rate: their mean,
	// and their sum squashed into (-1, 1).
	if a.connotN > 0 {
		x[27] = connotationWeight * a.connotSum / float64(a.connotN)
		x[28] = connotationWeight * math.Tanh(a.connotSum)
	}
	return x
}

// logits returns the class scores for features x and hashed features h.
func (m *sentimentModel) logits(x *[numFeatures]float64, h []uint32) [numClasses]float64 {
	var z [numClasses]float64
	z[classPos] = m.prior * x[1]
	z[classNeg] = -m.prior * x[1]
	for c := range numClasses {
		w := &m.dense[c]
		for k, v := range x {
			z[c] += w[k] * v
		}
	}
	if m.buckets > 0 && m.buckets&(m.buckets-1) == 0 {
		// A power of two (the trained model's 16384): the bucket is the
		// hash's low bits, a mask in place of a division per feature.
		mask := m.buckets - 1
		for _, hv := range h {
			b := int(hv&mask) * numClasses
			for c := range numClasses {
				z[c] += float64(m.hashed[b+c])
			}
		}
	} else if m.buckets > 0 {
		for _, hv := range h {
			b := int(hv%m.buckets) * numClasses
			for c := range numClasses {
				z[c] += float64(m.hashed[b+c])
			}
		}
	}
	return z
}

func softmax(z [numClasses]float64) [numClasses]float64 {
	mx := max(z[0], z[1], z[2])
	var p [numClasses]float64
	sum := 0.0
	for c := range numClasses {
		p[c] = math.Exp(z[c] - mx)
		sum += p[c]
	}
	for c := range numClasses {
		p[c] /= sum
	}
	return p
}

// predict returns the most probable label and a score from the gap between
// the positive and negative logits. The argmax makes the label agree with
// the score's sign: a positive label means the positive logit is the
// largest, so the gap and the score are above 0.
func (m *sentimentModel) predict(a *analysis, h []uint32) (string, float64) {
	if a.nTokens == 0 {
		return post.Neutral, 0
	}
	if gated(a, m.gate) {
		// gate is above the +-0.05 neutral band, so the sign decides.
		if a.compound > 0 {
			return post.Positive, a.compound
		}
		return post.Negative, a.compound
	}
	x := sentimentFeatures(a)
	z := m.logits(&x, h)
	p := softmax(z)
	best := classNeu
	if p[classPos] > p[best] {
		best = classPos
	}
	if p[classNeg] > p[best] {
		best = classNeg
	}
	// With no rated word the model has only hashed words and priors to go
	// on; those priors come from the training domains, so only a confident
	// call is kept and the rest is neutral.
	if a.nPos+a.nNeg == 0 && p[best] < unratedConfidence {
		best = classNeu
	}

	score := math.Tanh((z[classPos] - z[classNeg]) / scoreTemp)
	// Guard the documented sign contract against rounding.
	switch best {
	case classPos:
		score = max(score, 1e-9)
	case classNeg:
		score = min(score, -1e-9)
	}
	return classLabels[best], max(-1, min(1, score))
}

// gated reports whether the rules read a clearly enough to label it alone:
// it has a rated word and a compound score of at least gate either way.
func gated(a *analysis, gate float64) bool {
	return gate > 0 && a.nPos+a.nNeg > 0 && math.Abs(a.compound) >= gate
}
