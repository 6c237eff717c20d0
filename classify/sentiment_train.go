package classify

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
)

// SentimentExample is one labelled text for TrainScorer; Label is
// post.Positive, post.Neutral or post.Negative.
type SentimentExample struct {
	Text  string
	Label string
}

// SentimentTrainConfig sets how TrainScorer fits the learned model. The zero
// value is usable: it means DefaultSentimentTrainConfig().
type SentimentTrainConfig struct {
	// Epochs over the examples (in a fixed, seeded order).
	Epochs int
	// L2 is the ridge penalty on the dense (rule) features.
	L2 float64
	// HashBits sets 2^HashBits buckets for hashed words and bigrams; 0
	// leaves them out, so the model sees only what the rules found.
	HashBits int
	// HashL2 is the ridge penalty on the hashed weights: kept strong so
	// domain-specific words cannot outvote the lexicon.
	HashL2 float64
	// LearningRate is Adagrad's base step.
	LearningRate float64
	// Prior is the fixed weight of the rules' compound score (see
	// sentimentModel.prior); 0 learns from scratch.
	Prior float64
	// Gate is the size of the rules' compound score from which the rules
	// alone decide the label (see sentimentModel.gate); 0 never gates. It
	// must be above the +-0.05 neutral band.
	Gate float64
}

// DefaultSentimentTrainConfig returns the configuration the committed
// weights were trained with, chosen by classify/train/sentiment on
// leave-one-dataset-out figures (see its doc comment) and written with
// them into weights_gen.go, so the evaluation retrains with the very
// configuration that is shipped.
func DefaultSentimentTrainConfig() SentimentTrainConfig {
	return trainedSentimentConfig
}

type trainVec struct {
	x      [numFeatures]float64
	h      []uint32
	target int
	// weight scales the example's gradient (see TrainScorer).
	weight float64
}

// TrainScorer fits the learned model on examples and returns a Scorer that
// uses it. It is deterministic: the same examples and config give the same
// weights. Examples with an unknown label are skipped.
func TrainScorer(examples []SentimentExample, cfg SentimentTrainConfig) *Scorer {
	if cfg.Epochs == 0 {
		cfg = DefaultSentimentTrainConfig()
	}
	s := newRuleScorer()
	sc := new(sentScratch)
	connot := fittedConnotation()
	connotTable := connotationTable(*connot)
	vecs := make([]trainVec, 0, len(examples))
	for _, ex := range examples {
		t := -1
		for c, l := range classLabels {
			if l == ex.Label {
				t = c
			}
		}
		if t < 0 {
			continue
		}
		a := s.analyze(scoredText(ex.Text), sc, cfg.HashBits > 0)
		if gated(&a, cfg.Gate) {
			continue // the rules label it; the layer learns the texts it will label
		}
		addConnotation(&a, sc, connotTable)
		v := trainVec{x: sentimentFeatures(&a), target: t, weight: 1}
		if cfg.HashBits > 0 {
			v.h = append([]uint32(nil), sc.hashes...)
		}
		vecs = append(vecs, v)
	}
	balanceUnrated(vecs)
	m := &sentimentModel{prior: cfg.Prior, gate: cfg.Gate, connot: *connot}
	if cfg.HashBits > 0 {
		m.buckets = 1 << cfg.HashBits
		m.hashed = make([]float32, int(m.buckets)*numClasses)
	}
	var gDense [numClasses][numFeatures]float64
	var gHash []float64
	if m.buckets > 0 {
		gHash = make([]float64, len(m.hashed))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(vecs))
	for i := range order {
		order[i] = i
	}
	n := float64(max(1, len(vecs)))
	for range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, idx := range order {
			v := &vecs[idx]
			p := softmax(m.logits(&v.x, v.h))
			for c := range numClasses {
				g := p[c]
				if c == v.target {
					g -= 1
				}
				g *= v.weight
				w := &m.dense[c]
				for k, xv := range v.x {
					gr := g*xv + cfg.L2*w[k]*float64(len(vecs))/n
					gDense[c][k] += gr * gr
					w[k] -= cfg.LearningRate * gr / (math.Sqrt(gDense[c][k]) + 1e-8)
				}
				for _, hv := range v.h {
					b := int(hv%m.buckets)*numClasses + c
					gr := g + cfg.HashL2*float64(m.hashed[b])
					gHash[b] += gr * gr
					m.hashed[b] -= float32(cfg.LearningRate * gr / (math.Sqrt(gHash[b]) + 1e-8))
				}
			}
		}
	}
	s.setModel(m)
	return s
}

// balanceUnrated weighs the positive and negative examples without any
// rated word so that each class has the same total weight. On those texts
// the model has only hashed words and its bias to go on, and the bias would
// otherwise learn the share of praise in the training domains: then a plain
// statement ("The meeting is on Tuesday.") is called positive with the
// confidence unratedConfidence is there to demand, wherever the training
// data happened to be mostly praise.
func balanceUnrated(vecs []trainVec) {
	var n [numClasses]float64
	for i := range vecs {
		if vecs[i].x[featUnrated] == 1 {
			n[vecs[i].target]++
		}
	}
	if n[classPos] == 0 || n[classNeg] == 0 {
		return
	}
	half := (n[classPos] + n[classNeg]) / 2
	for i := range vecs {
		if v := &vecs[i]; v.x[featUnrated] == 1 && v.target != classNeu {
			v.weight = half / n[v.target]
		}
	}
}

// WriteWeights writes the Scorer's learned model as the Go source of
// weights_gen.go; header lines (the command, the data, the date) go into
// its leading comment, trainedOn (the SHA-256 of each training file) into
// sentimentTrainedOn, and cfg into trainedSentimentConfig. A rules-only Scorer has nothing to write.
func (s *Scorer) WriteWeights(w io.Writer, header, trainedOn []string, cfg SentimentTrainConfig) error {
	if s.model == nil {
		return fmt.Errorf("classify: write weights: rules-only scorer has no model")
	}
	m := s.model
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "// Code generated by classify/train/sentiment; DO NOT EDIT.\n//\n")
	for _, h := range header {
		fmt.Fprintf(bw, "// %s\n", h)
	}
	fmt.Fprintf(bw, "\npackage classify\n\n")
	fmt.Fprintf(bw, "// trainedSentimentModel returns the committed weights of the learned\n// sentiment model (classes negative, neutral, positive).\n")
	fmt.Fprintf(bw, "func trainedSentimentModel() sentimentModel {\n\treturn sentimentModel{\n\t\tdense: [numClasses][numFeatures]float64{\n")
	for c := range numClasses {
		fmt.Fprintf(bw, "\t\t\t{ // %s\n", classLabels[c])
		for k := range numFeatures {
			fmt.Fprintf(bw, "\t\t\t\t%s, // %s\n", strconv.FormatFloat(m.dense[c][k], 'g', 6, 64), featureNames[k])
		}
		fmt.Fprintf(bw, "\t\t\t},\n")
	}
	fmt.Fprintf(bw, "\t\t},\n\t\tprior: %s,\n\t\tgate: %s,\n\t\tbuckets: %d,\n",
		strconv.FormatFloat(m.prior, 'g', -1, 64), strconv.FormatFloat(m.gate, 'g', -1, 64), m.buckets)
	if m.buckets > 0 {
		fmt.Fprintf(bw, "\t\thashed:  trainedSentimentHashed[:],\n")
	}
	fmt.Fprintf(bw, "\t\tconnot: connotationModel{\n\t\t\tbias: %s,\n\t\t\tw: [vectorDims]float64{", strconv.FormatFloat(m.connot.bias, 'g', -1, 64))
	for k, v := range m.connot.w {
		if k%4 == 0 {
			fmt.Fprintf(bw, "\n\t\t\t\t")
		} else {
			bw.WriteByte(' ')
		}
		fmt.Fprintf(bw, "%s,", strconv.FormatFloat(v, 'g', -1, 64))
	}
	fmt.Fprintf(bw, "\n\t\t\t},\n\t\t},\n")
	fmt.Fprintf(bw, "\t}\n}\n")
	fmt.Fprintf(bw, "\n// trainedSentimentConfig is the configuration the weights were trained with.\n")
	fmt.Fprintf(bw, "var trainedSentimentConfig = SentimentTrainConfig{Epochs: %d, L2: %s, HashBits: %d, HashL2: %s, LearningRate: %s, Prior: %s, Gate: %s}\n",
		cfg.Epochs, strconv.FormatFloat(cfg.L2, 'g', -1, 64), cfg.HashBits, strconv.FormatFloat(cfg.HashL2, 'g', -1, 64),
		strconv.FormatFloat(cfg.LearningRate, 'g', -1, 64), strconv.FormatFloat(cfg.Prior, 'g', -1, 64), strconv.FormatFloat(cfg.Gate, 'g', -1, 64))
	fmt.Fprintf(bw, "\n// sentimentTrainedOn holds the SHA-256 of each file the weights were trained on.\nvar sentimentTrainedOn = [...]string{\n")
	for _, sum := range trainedOn {
		fmt.Fprintf(bw, "\t%q,\n", sum)
	}
	fmt.Fprintf(bw, "}\n")
	if m.buckets > 0 {
		fmt.Fprintf(bw, "\n// trainedSentimentHashed holds numClasses weights per hash bucket.\nvar trainedSentimentHashed = [...]float32{")
		for i, v := range m.hashed {
			if i%8 == 0 {
				fmt.Fprintf(bw, "\n\t")
			} else {
				bw.WriteByte(' ')
			}
			fmt.Fprintf(bw, "%s,", strconv.FormatFloat(float64(v), 'g', 4, 32))
		}
		fmt.Fprintf(bw, "\n}\n")
	}
	return bw.Flush()
}
