package classify

import (
	"fmt"
	"github.com/jonreiter/govader"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/earshot-dev/earshot/post"
)

func TestComplaintScore(t *testing.T) {
	c := newTestClassifier(t)
	tests := []struct {
		text string
		want bool
		// knownMiss marks a case the committed model gets wrong: it is
		// logged, not failed, so the table records the weakness.
		knownMiss bool
	}{
		// Complaints, some with little negative vocabulary.
		{"Still waiting for my refund, 3 weeks now. @loquat", true, false},
		{"@loquat my order never arrived and nobody answers the phone", true, false},
		{"@medlar charged me twice this month and customer service keeps hanging up", true, false},
		{"The app has crashed three times today, again. Please fix it", true, false},
		{"@loquat why is my internet down again? Third time this week", true, false},
		{"I cancelled my subscription last month and you are still billing me", true, false},
		// Negative, but no grievance against anyone.
		{"I'm sad the tour ended", false, false},
		{"Feeling awful today, I miss my grandmother so much", false, false},
		{"What a terrible game last night, we lost in overtime", false, false},
		// Neither.
		{"Loved the concert tonight, thank you all!", false, false},
		{"Happy birthday to my best friend", false, false},
		{"New blog post: ten tips for better sleep", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := ComplaintScore(tt.text)
			if s < 0 || s > 1 || math.IsNaN(s) {
				t.Fatalf("ComplaintScore(%q) = %v, want in [0, 1]", tt.text, s)
			}
			got := s >= ComplaintThreshold
			if tt.knownMiss {
				t.Logf("known miss: ComplaintScore(%q) = %.3f, want complaint %v", tt.text, s, tt.want)
				return
			}
			if got != tt.want {
				label, _ := c.Sentiment(tt.text)
				t.Errorf("ComplaintScore(%q) = %.3f (complaint %v), want complaint %v (sentiment %s)", tt.text, s, got, tt.want, label)
			}
		})
	}
}

// TestComplaintIsNotNegativeSentiment checks the premise of the complaint
// model on the cases that tell it from a sentiment threshold.
func TestComplaintIsNotNegativeSentiment(t *testing.T) {
	c := newTestClassifier(t)
	negNotComplaint := "I'm sad the tour ended"
	if label, _ := c.Sentiment(negNotComplaint); label != post.Negative {
		t.Fatalf("Sentiment(%q) = %s, want negative for this test to mean anything", negNotComplaint, label)
	}
	if s := ComplaintScore(negNotComplaint); s >= ComplaintThreshold {
		t.Errorf("ComplaintScore(%q) = %.3f, want below %v", negNotComplaint, s, ComplaintThreshold)
	}
	// The learned sentiment scorer reads this one as (weakly) negative too,
	// as human raters would; what matters is that the complaint model finds
	// it with no help from strong negative words.
	// Said of a brand, the way the follow-up queue reads a post.
	complaintNotNeg := "Still waiting for my refund, 3 weeks"
	if s := defaultComplaintModel.ScoreBrand(complaintNotNeg); s < ComplaintThreshold {
		t.Errorf("ScoreBrand(%q) = %.3f, want at least %v", complaintNotNeg, s, ComplaintThreshold)
	}
	if s := defaultComplaintModel.ScoreBrand(negNotComplaint); s >= ComplaintThreshold {
		t.Errorf("ScoreBrand(%q) = %.3f, want below %v", negNotComplaint, s, ComplaintThreshold)
	}
	c = newTestClassifier(t, loquat)
	a := c.Analyze("Loquat", "Loquat: still waiting for my refund, 3 weeks")
	if len(a.Brands) != 1 || !a.Brands[0].Complaint {
		t.Errorf("Analyze(Loquat: still waiting for my refund) brands = %+v, want a complaint about Loquat", a.Brands)
	}
}

// TestScoreBrand checks that a brand's sentences score between the text as
// it is and the text said to the brand, and that a handle of its own is
// kept as it is.
func TestScoreBrand(t *testing.T) {
	m := defaultComplaintModel
	for _, text := range []string{
		"Still waiting for my refund, 3 weeks",
		"Loquat released version 2 today.",
		strings.Repeat("The package arrived on Friday and the box was fine. ", 12),
	} {
		plain, said := m.Score(text), m.Score(Addressed(text))
		got := m.ScoreBrand(text)
		if long := len(text) > complaintWindow; !long && math.Abs(got-(plain+said)/2) > 1e-12 {
			t.Errorf("ScoreBrand(%q) = %.4f, want the mean of %.4f and %.4f", text, got, plain, said)
		}
		if got < min(plain, said)-1e-12 || got > max(plain, said)+1e-12 {
			t.Errorf("ScoreBrand(%q) = %.4f, want between %.4f and %.4f", text, got, plain, said)
		}
	}
	const handled = "@loquat still waiting for my refund"
	if got, want := m.ScoreBrand(handled), m.Score(handled); got != want {
		t.Errorf("ScoreBrand(%q) = %v, want Score's %v: it has its own handle", handled, got, want)
	}
}

// TestComplaintWindows checks that a long text is scored a window of whole
// sentences at a time: no window is longer than complaintWindow (unless one
// sentence is), and together they hold the whole text in order.
func TestComplaintWindows(t *testing.T) {
	long := strings.Repeat("The update arrived on time. ", 30) + strings.Repeat("x", 400) + ". Still waiting for my refund, 3 weeks."
	ws := complaintWindows(long)
	if strings.Join(ws, "") != long {
		t.Fatalf("complaintWindows lost text: got %q", ws)
	}
	if len(ws) < 3 {
		t.Fatalf("got %d windows, want at least 3", len(ws))
	}
	for _, w := range ws {
		if n := utf8.RuneCountInString(w); n > complaintWindow && !strings.Contains(w, strings.Repeat("x", 400)) {
			t.Errorf("window of %d characters, want at most %d: %q", n, complaintWindow, w)
		}
	}
	// The complaint at the end decides the long text as it decides itself.
	tail := ws[len(ws)-1]
	if got, want := ComplaintScore(long), ComplaintScore(tail); got < want {
		t.Errorf("ComplaintScore(long) = %.3f, want at least its last window's %.3f", got, want)
	}
	short := "Still waiting for my refund, 3 weeks."
	if got := complaintWindows(short); len(got) != 1 || got[0] != short {
		t.Errorf("complaintWindows(%q) = %q, want the text alone", short, got)
	}
}

func TestComplaintTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"@Loquat still waiting!! https://t.co/x", []string{"<user>", "still", "waiting", "!", "!", "<url>"}},
		{"don't   work?", []string{"don't", "work", "?"}},
		{"3 weeks, #fail", []string{"<num>", "weeks", "fail"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := complaintTokens(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("complaintTokens(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTrainComplaint(t *testing.T) {
	var ex []ComplaintExample
	for range 5 {
		ex = append(ex,
			ComplaintExample{Text: "still waiting for my refund", Complaint: true},
			ComplaintExample{Text: "my order never arrived, refund please", Complaint: true},
			ComplaintExample{Text: "the app is broken again", Complaint: true},
			ComplaintExample{Text: "lovely sunny day at the beach", Complaint: false},
			ComplaintExample{Text: "thanks for the lovely gift", Complaint: false},
			ComplaintExample{Text: "great game today", Complaint: false},
		)
	}
	m1 := TrainComplaint(ex, ComplaintTrainOptions{Iterations: 100})
	m2 := TrainComplaint(ex, ComplaintTrainOptions{Iterations: 100})
	if m1.Bias != m2.Bias || !slices.Equal(m1.Weights, m2.Weights) {
		t.Errorf("TrainComplaint is not deterministic: bias %v vs %v", m1.Bias, m2.Bias)
	}
	if len(m1.Weights) != ComplaintDims {
		t.Fatalf("len(Weights) = %d, want %d", len(m1.Weights), ComplaintDims)
	}
	for _, e := range ex[:6] {
		if got := m1.Score(e.Text) >= 0.5; got != e.Complaint {
			t.Errorf("trained model on its own training text %q: complaint %v (%.3f), want %v", e.Text, got, m1.Score(e.Text), e.Complaint)
		}
	}
	empty := TrainComplaint(nil, ComplaintTrainOptions{})
	if s := empty.Score("anything"); s != 0.5 {
		t.Errorf("untrained model score = %v, want 0.5", s)
	}
	var nilModel *ComplaintModel
	if s := nilModel.Score("x"); s != 0 {
		t.Errorf("nil model score = %v, want 0", s)
	}
}

func TestWithoutHandles(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"@acme still waiting for my refund", "still waiting for my refund"},
		{"Still waiting, @acme @AcmeHelp", "Still waiting,"},
		{".@acme why is it down?", "why is it down?"},
		{"mail me at a@b.com", "mail me at a@b.com"}, // not a handle
		{"@ lone at sign, @! too", "@ lone at sign, @! too"},
		{"no handles  here", "no handles  here"}, // returned as it is
		{"@acme", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := WithoutHandles(tt.text); got != tt.want {
				t.Errorf("WithoutHandles(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWithHandleFreeCopies(t *testing.T) {
	ex := []ComplaintExample{
		{Text: "@acme my order is late", Complaint: true},
		{Text: "lovely day", Complaint: false},
		{Text: "@bob great game", Complaint: false, Weight: 2},
	}
	got := withHandleFreeCopies(ex, 0.5)
	want := append(slices.Clone(ex),
		ComplaintExample{Text: "my order is late", Complaint: true, Weight: 0.5},
		ComplaintExample{Text: "great game", Complaint: false, Weight: 1},
	)
	if !slices.Equal(got, want) {
		t.Errorf("withHandleFreeCopies(%v, 0.5) = %v, want %v", ex, got, want)
	}
}

// TestTrainComplaintHandleFree checks that the handle-free copies are off by
// default and on when HandleFreeWeight is above 0: when every complaint
// has a handle, they raise the score of a complaint without one.
func TestTrainComplaintHandleFree(t *testing.T) {
	var ex []ComplaintExample
	for range 5 {
		ex = append(ex,
			ComplaintExample{Text: "@acme still waiting for my refund", Complaint: true},
			ComplaintExample{Text: "@acme my order never arrived", Complaint: true},
			ComplaintExample{Text: "@acme the app is broken again", Complaint: true},
			ComplaintExample{Text: "lovely sunny day at the beach", Complaint: false},
			ComplaintExample{Text: "my order of the day: coffee", Complaint: false},
			ComplaintExample{Text: "great game today", Complaint: false},
		)
	}
	const probe = "still waiting for my refund, the app is broken"
	off := TrainComplaint(ex, ComplaintTrainOptions{Iterations: 100}).Score(probe)
	for _, weight := range []float64{1, 0.5} {
		t.Run(fmt.Sprint(weight), func(t *testing.T) {
			m := TrainComplaint(ex, ComplaintTrainOptions{Iterations: 100, HandleFreeWeight: weight})
			if s := m.Score(probe); s <= off+0.01 {
				t.Errorf("HandleFreeWeight %v: Score(%q) = %.3f, want above %.3f, the score without copies", weight, probe, s, off)
			}
		})
	}
	def := TrainComplaint(ex, ComplaintTrainOptions{Iterations: 50})
	neg := TrainComplaint(ex, ComplaintTrainOptions{Iterations: 50, HandleFreeWeight: -1})
	if def.Bias != neg.Bias || !slices.Equal(def.Weights, neg.Weights) {
		t.Errorf("default options and HandleFreeWeight -1 trained different models, want the same (no copies)")
	}
}

// TestTrainComplaintWeight checks that Weight 0 means 1 and that a weight
// moves the model.
func TestTrainComplaintWeight(t *testing.T) {
	base := []ComplaintExample{
		{Text: "still waiting for my refund", Complaint: true},
		{Text: "lovely sunny day", Complaint: false},
		{Text: "the app is broken", Complaint: true},
		{Text: "great game today", Complaint: false},
	}
	opts := ComplaintTrainOptions{Iterations: 30, HandleFreeWeight: -1}
	train := func(w float64) *ComplaintModel {
		ex := slices.Clone(base)
		ex[0].Weight = w
		return TrainComplaint(ex, opts)
	}
	tests := []struct {
		name string
		w    float64
		same bool // as with Weight 0
	}{
		{"one", 1, true},
		{"negative is one", -3, true},
		{"three", 3, false},
	}
	zero := train(0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := train(tt.w)
			same := m.Bias == zero.Bias && slices.Equal(m.Weights, zero.Weights)
			if same != tt.same {
				t.Errorf("Weight %v trained the same model as Weight 0: %v, want %v", tt.w, same, tt.same)
			}
		})
	}
}

func TestTrainComplaintCalibrate(t *testing.T) {
	var ex []ComplaintExample
	for i := range 8 {
		ex = append(ex,
			ComplaintExample{Text: "still waiting for my refund", Complaint: true},
			ComplaintExample{Text: "my order never arrived, refund please", Complaint: true},
			ComplaintExample{Text: "the app is broken again", Complaint: i%2 == 0},
			ComplaintExample{Text: "lovely sunny day at the beach", Complaint: false},
			ComplaintExample{Text: "thanks for the lovely gift", Complaint: i%4 == 0},
			ComplaintExample{Text: "great game today", Complaint: false},
		)
	}
	opts := ComplaintTrainOptions{Iterations: 50}
	plain := TrainComplaint(ex, opts)
	tests := []struct {
		name  string
		folds int
		ex    []ComplaintExample
		moved bool // whether calibration may run at all
	}{
		{"off", 0, ex, false},
		{"one fold is no cross-validation", 1, ex, false},
		{"three folds", 3, ex, true},
		{"too few examples", 40, ex, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := opts
			o.CalibrateFolds = tt.folds
			m := TrainComplaint(tt.ex, o)
			if !slices.Equal(m.Weights, plain.Weights) {
				t.Fatalf("calibration changed the weights, want only the bias moved")
			}
			shift := m.Bias - plain.Bias
			if !tt.moved {
				if shift != 0 {
					t.Errorf("bias moved by %v, want 0", shift)
				}
				return
			}
			found := false
			for _, th := range complaintThresholdGrid {
				if math.Abs(shift+math.Log(th/(1-th))) < 1e-12 {
					found = true
				}
			}
			if !found {
				t.Errorf("bias moved by %v, want -logit of a threshold in %v", shift, complaintThresholdGrid)
			}
			if again := TrainComplaint(tt.ex, o); again.Bias != m.Bias {
				t.Errorf("calibrated bias %v then %v, want deterministic", m.Bias, again.Bias)
			}
		})
	}
}

func TestCuePairIndex(t *testing.T) {
	for i := range complaintCues {
		for j := i + 1; j < len(complaintCues); j++ {
			if got, want := cuePairIndex(i, j), hashIndex("p", complaintCues[i].name, complaintCues[j].name); got != want {
				t.Errorf("cuePairIndex(%d, %d) = %d, want %d", i, j, got, want)
			}
		}
	}
}

// TestComplaintCueSlotsArePresence checks that a cue's slot holds 1
// however often the cue matches.
func TestComplaintCueSlotsArePresence(t *testing.T) {
	tests := []struct {
		text string
		cue  int
		n    int // countCues' count, to show the repeats are there
	}{
		{"not now, not ever, not working", cueNegation, 3},
		{"why?? why???", cueQuestionMark, 5},
		{"still waiting, still", 0, 3},
		{"@a @b @c hi", cueHandle, 3},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			norm := normalizeApostrophes(strings.ToLower(tt.text))
			if got := countCues(norm, tt.text)[tt.cue]; got != tt.n {
				t.Fatalf("countCues(%q)[%s] = %d, want %d", tt.text, complaintCues[tt.cue].name, got, tt.n)
			}
			got := 0.0
			for _, f := range ComplaintFeatures(tt.text) {
				if f.Index == complaintHashDims+tt.cue {
					got += f.Value
				}
			}
			if got != 1 {
				t.Errorf("ComplaintFeatures(%q) slot %s = %v, want 1", tt.text, complaintCues[tt.cue].name, got)
			}
		})
	}
}

// TestComplaintPairBlockNorm checks that the cue-pair block, the features
// after the last cue slot, has one feature per pair of cues found and norm
// complaintPairWeight.
func TestComplaintPairBlockNorm(t *testing.T) {
	tests := []struct {
		text string
		cues int
	}{
		{"why is my order still not delivered? I was charged", 8},
		{"still waiting, the app crashed", 3}, // waiting, broken, purchase
		{"still waiting", 1},                  // one cue, no pair
		{"lovely sunny day", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			fs := ComplaintFeatures(tt.text)
			cues, last := 0, len(fs)
			for i, f := range fs {
				if f.Index >= complaintHashDims && f.Index < complaintVecBase {
					cues++
					last = i
				}
			}
			if cues != tt.cues {
				t.Fatalf("ComplaintFeatures(%q) has %d cues, want %d", tt.text, cues, tt.cues)
			}
			var block []ComplaintFeature
			if last < len(fs) {
				block = fs[last+1:]
			}
			if want := cues * (cues - 1) / 2; len(block) != want {
				t.Fatalf("ComplaintFeatures(%q) has %d pair features, want %d", tt.text, len(block), want)
			}
			sum := 0.0
			for _, f := range block {
				sum += f.Value * f.Value
			}
			want := 0.0
			if len(block) > 0 {
				want = complaintPairWeight
			}
			if got := math.Sqrt(sum); math.Abs(got-want) > 1e-9 {
				t.Errorf("ComplaintFeatures(%q) pair block norm = %v, want %v", tt.text, got, want)
			}
		})
	}
}

func TestQuestionOpening(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"@acme how do I reset my password?", 1},
		{"@acme @acmehelp can you check my order", 1},
		{"hi, my order is late", 1},
		{"@acme my order is late. how long?", 0},
		{"however it broke", 0},
		{"@acme:how", 0},
		{"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := questionOpening(normalizeApostrophes(strings.ToLower(tt.text))); got != tt.want {
				t.Errorf("questionOpening(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzComplaintScore(f *testing.F) {
	for _, s := range []string{"", "still waiting 3 weeks", "@@@", "\xff\xfe?!", "ÉLÈVE’s don’t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v := ComplaintScore(s); v < 0 || v > 1 || math.IsNaN(v) {
			t.Fatalf("ComplaintScore(%q) = %v, want in [0, 1]", s, v)
		}
		for _, f := range ComplaintFeatures(s) {
			if f.Index < 0 || f.Index >= ComplaintDims || math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
				t.Fatalf("ComplaintFeatures(%q) has %+v", s, f)
			}
		}
	})
}

var benchPosts = []string{
	"@loquat still waiting for my refund, 3 weeks now. Nobody answers the phone.",
	"I love my new phone but Loquat's support is useless",
	"Medlar Labs shipped a lovely update today, thanks team!",
	"How much does the Loquat Hearth cost? Any discount codes for students?",
	"Grandma's apple pie is the best thing about Sundays.",
	"Die Lieferung kam zwei Tage zu spät und der Karton war völlig zerdrückt.",
}

// BenchmarkClassify measures the whole per-post classification (language,
// sentiment, mentions, complaint, intents); BenchmarkGovaderBaseline, the
// post-level govader sentiment alone, is its baseline in the same run.
func BenchmarkClassify(b *testing.B) {
	c := newTestClassifier(b, loquat, medlar, apple)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		c.Classify(&post.Post{Text: benchPosts[i%len(benchPosts)]})
	}
}

// BenchmarkGovaderBaseline is the baseline for BenchmarkClassify: govader's
// sentiment alone over the same posts, in the same run.
func BenchmarkGovaderBaseline(b *testing.B) {
	sia := govader.NewSentimentIntensityAnalyzer()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sia.PolarityScores(benchPosts[i%len(benchPosts)])
	}
}

func BenchmarkComplaintScore(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ComplaintScore(benchPosts[i%len(benchPosts)])
	}
}

func BenchmarkLanguage(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Language(benchPosts[i%len(benchPosts)])
	}
}

// refScoreTo is ComplaintModel.scoreTo as first written: the features
// listed, then summed in order, each window's readings scored apart.
func refScoreTo(m *ComplaintModel, text string, addressed bool) float64 {
	window := func(text string) float64 {
		norm := normalizeApostrophes(strings.ToLower(text))
		if addressed && !hasHandle(text) {
			text, norm = addressedPrefix+text, addressedPrefix+norm
		}
		var fs featureList
		visitComplaintFeatures(text, norm, featureVisitor{list: &fs})
		z := m.Bias
		for _, f := range fs {
			z += m.Weights[f.Index] * f.Value
		}
		return sigmoid(z)
	}
	if len(text) > complaintWindow && utf8.RuneCountInString(text) > complaintWindow {
		best := 0.0
		for _, w := range complaintWindows(text) {
			best = max(best, window(w))
		}
		return best
	}
	return window(text)
}

// TestComplaintScoresBitExact checks that Score and ScoreBrand, which sum
// the features as they come and share work between ScoreBrand's two
// readings, give the very float64 that listing the features and summing
// them gives: the threshold can flip on the last bit.
func TestComplaintScoresBitExact(t *testing.T) {
	m := defaultComplaintModel
	texts := equivalenceTexts(t)
	for i := 0; i+6 <= len(texts) && i < 600; i += 6 {
		texts = append(texts, strings.Join(texts[i:i+6], " "), strings.Join(texts[i:i+6], "\n"))
	}
	texts = append(texts, "", " ", "@", "@x", "<user>", "  leading space", "Still waiting for my refund, 3 weeks")
	for _, text := range texts {
		if got, want := m.Score(text), refScoreTo(m, text, false); got != want {
			t.Errorf("Score(%q) = %v, want %v", text, got, want)
		}
		want := refScoreTo(m, text, false)
		if !hasHandle(text) {
			want = (want + refScoreTo(m, text, true)) / 2
		}
		if got := m.ScoreBrand(text); got != want {
			t.Errorf("ScoreBrand(%q) = %v, want %v", text, got, want)
		}
		// Several models in one pass score as each would alone.
		models := []*ComplaintModel{m, defaultIntentModels[IntentSupport], defaultIntentModels[IntentReview]}
		scores := make([]float64, len(models))
		norm := normalizeApostrophes(strings.ToLower(text))
		scoreNormEach(text, norm, models, scores)
		for i, mm := range models {
			if want := mm.scoreNorm(text, norm); scores[i] != want {
				t.Errorf("scoreNormEach(%q)[%d] = %v, want scoreNorm's %v", text, i, scores[i], want)
			}
		}
	}
}
