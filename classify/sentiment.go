package classify

import (
	"bytes"
	"html"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/earshot-dev/earshot/post"
)

// Sentiment is how a text feels: a label, a score and the words behind it.
type Sentiment struct {
	// Label is post.Positive, post.Neutral or post.Negative.
	Label string
	// Score is in [-1, 1]: below 0 leans negative, above 0 positive. A
	// positive label always has Score > 0 and a negative one Score < 0.
	Score float64
	// Terms are the words (with the negator or booster that changed them,
	// when one did) that drove the score, strongest first, at most
	// maxSentimentTerms.
	Terms []string
}

const maxSentimentTerms = 8

// dismayFace is the rating of the emoticon "D:", as VADER rates the
// frowns ":(" -1.9 and ":[" -2.0.
const dismayFace = -2.0

// maxSentimentText bounds the bytes of text scored; the rest is ignored.
const maxSentimentText = 1 << 30

// VADER's empirically derived constants (Hutto & Gilbert, 2014): the
// increase a booster word or ALL CAPS adds to a rating, the factor a negation
// applies, and the weights of '!' and '?'.
const (
	boosterIncr   = 0.293
	capsIncr      = 0.733
	negScalar     = -0.74
	neverScale    = 1.25
	butBefore     = 0.5
	butAfter      = 1.5
	exclaimScale  = 0.292
	maxExclaims   = 4
	questionScale = 0.18
	maxQuestion   = 0.96
	compoundAlpha = 15
)

// Word flags kept in the one table the tokeniser looks words up in, so a
// token costs one map lookup however many roles its word has.
const (
	wInLexicon uint64 = 1 << iota
	wBoostUp
	wBoostDown
	wNegator
	wBut
	wLeast
	wNo
	wNever
	wWithout
	wSoThis // "so" and "this", which after "never" intensify instead of negate
	wKindSort
	wOf
	wAt
	wVery
	wOr
	wDoubt
	wIdiomEnd
	wPretty // "pretty": an adverb of degree before a rated word ("pretty bland")
	wMuch
	wModal       // "would", "could", "should", "might", "must": with "have", a counterfactual
	wHave        // "have"
	wModalHave   // "would've" and the like: a counterfactual in one word
	wWish        // "wish": before a subject, a counterfactual
	wWork        // "work", "function", "respond", "fit"...: unrated, but negated a failure
	wBuy         // "buy", "purchase": unrated, but negated a warning ("don't buy")
	wYour        // "your": after "waste", an imperative ("don't waste your money")
	wWaste       // "waste", "wasting"
	wConcede     // "although", "though": the clause it opens is conceded, and counts less
	wFixed       // the last word of an idiom that already holds its negation ("can't recommend it enough")
	wWishSubj    // things after which "wish" wants a change ("I wish it had"), not a greeting or a longing ("wish you", "wish I was")
	wDeceit      // "fooled", "misled": "don't be fooled" warns, so a negation does not flip them
	wScore       // the last word of a review's score ("9/10", "5 stars"; see rateScores): a counterfactual of giving it keeps it
	wVerdict     // a word that may complete a verdict in plain words (see rateVerdicts): "see", "back", "elsewhere", "waited"...
	wBareScore   // a number that may be a score with no scale (see rateBareScores): "a 10"
	wIntensifier // an adverb of harm that before praise says how much: "wickedly funny" (see boostIntensifiers)
	wHard        // "hard", "impossible"...: "hard to care" (see difficulty)
	// Words that a rule of their own looks for, flagged so that the rules
	// cost a flag test on every other word.
	wRuleVerb // "rocks", "prompt", "works", "killed", "over", "favour"... (rocksVerb, promptAdjective, itWorks, performance, "over rated", "in X's favour")
	wTimeOver // "worked", "lasted", "first", "working", "until", "till" (praiseThatEnded)
	wExpect   // "expect", "expected", "expecting" (expectedMore)
	wLasted   // "worked", "lasted", "quit" (shortLived)
	wLearned  // "learned", "learnt", "learning" (learnedSkill)
	// Words that a backward scan from each rated word looks for: a text
	// without any (analysis.words) skips the scan.
	wFarNeg // "none", "neither", "lack", "think"... (noneOfBefore, neitherBefore, negatedThought, lackBefore, lackRelative)
	wShift  // "reduce", "lost", "missed", "broke", "decline"... (shiftBefore)
	// "pay", "take", "come", "catch": with "off", "flight", "together" or
	// "fire" after them (workParticle) a verb of success like "work".
	wWorkPart
	wFall // "fell", "dropped", "declined", "plunged"...: a verb of decrease after its subject (fallAfter)
	wRise // "rose", "climbed", "soared", "grew"...: a verb of increase after its subject (rateQuantities)
	// Unrated quantities, rated when they rise or fall (rateQuantities).
	wGoodQuantity // "economy", "wages", "exports"...
	wBadQuantity  // "deaths", "emissions", "inflation"...
	// "prices", "rates", "temperatures": quantities good news for some and
	// bad for others, whose change a rated verb of change does not rate
	// ("mortgage rates plummeted").
	wMeasure
	// wCue marks the words of short posts' cues (rateCues): "sigh", "still", "let", "fan", "only", "typical", "why",
	// "off", "heading", the family and friends one spends time with, and "time".
	wCue
	// wCreate marks verbs that make more of their object ("added",
	// "created"): "the economy added 300,000 jobs" (rateCreated).
	wCreate
	// wHedge marks words of doubt that may open a doubted clause
	// ("unclear", "clear", "certain", "seen"; see doubtedClause).
	wHedge
)

type wordInfo struct {
	val   float64
	flags uint64
}

// idiom is a multi-word expression whose rating replaces the ratings of its
// words (VADER's special-case and sentiment-laden idioms, plus a few common
// social-media ones).
type idiom struct {
	// words are the idiom's words; its row of the table (idiomSpec) says
	// how it is rated. The straight apostrophe's phrase and its curly
	// twin are two idioms of one row.
	words []string
	idiomSpec
}

// idiomHashes is how many of an idiom's last words an idiomCand holds
// the hashes of: more than any idiom has.
const idiomHashes = 8

// idiomCand is an idiom as idiomsByEnd lists it: the hashes of its last
// words (up to idiomHashes) held in the list itself, so that the many
// idioms that end in a common word ("it", "up") and differ before it are
// passed over without a read of the idiom.
type idiomCand struct {
	hashes [idiomHashes]uint32 // of its last min(n, idiomHashes) words, in order
	n      int32               // its number of words
	idx    int32               // its index in Scorer.idioms
}

// idiomSpec is a row of the idiom table: the phrase and its idiom's
// rating and conditions.
type idiomSpec struct {
	s string  // the phrase, its words separated by spaces
	v float64 // its rating, which replaces those of its words
	// fixed idioms hold their own negation: a negator before them is
	// part of the phrase, not a flip of its rating.
	fixed bool
	// endsClause idioms count only at the end of their clause: "I
	// couldn't put it down." but not "I can't put it down on the desk".
	endsClause bool
	// endsAlso, when set, names the other places an endsClause idiom
	// counts: next is the token after it and start its first token
	// ("look elsewhere once you try the tacos").
	endsAlso func(low []byte, toks []sentToken, next, start int) bool
	// reread, when set, rates the idiom that starts at toks[start] in its
	// context, given its rating val ("the exam was a beast").
	reread func(low []byte, toks []sentToken, start int, val float64) float64
}

// Scorer rates the sentiment of English text: a VADER-style lexicon and rule
// pass (negation, boosters and dampeners, ALL CAPS, '!' and '?', emoji and
// emoticons, "but", "least", idioms, sarcasm markers and cues) whose outputs feed a
// small learned linear model (see TrainScorer and weights_gen.go) that turns
// them into a label and score. A Scorer is safe for concurrent use: after
// construction it is only read (the pool holds per-call scratch space).
type Scorer struct {
	words map[string]wordInfo
	// known has the bit of every key of words set (see wordBit): a word
	// whose bit is clear is not in words, and most tokens are not.
	known *wordBits
	// table is words' short words again, faster to look up (findHashed);
	// nil when it cannot hold them.
	table *wordTable[wordInfo]
	// misspelt maps each strongly rated long word with one letter left
	// out ("fantasic", "incredibe") to the word's entry: see lookup.
	misspelt map[string]wordInfo
	// knownMisspelt is to misspelt what known is to words.
	knownMisspelt *wordBits
	emoji         map[rune]float64
	idioms        []idiom
	// idiomsByEnd lists, by the hash of an idiom's last word, the idioms
	// that end in it, in table order: a token is compared with those
	// only, not with every idiom.
	idiomsByEnd map[uint32][]idiomCand
	// idiomEnds is idiomsByEnd again, for analyze (see idiomIndex).
	idiomEnds *idiomIndex
	model     *sentimentModel // nil: rules only, labelled on the compound score
	pool      sync.Pool
	// connot returns the model's connotation table (connotationTable),
	// looked up once.
	connot func() []float64
}

// NewScorer returns a Scorer with the lexicon and the trained weights
// committed in weights_gen.go.
func NewScorer() *Scorer {
	s := newRuleScorer()
	m := trainedSentimentModel()
	s.setModel(&m)
	return s
}

// setModel makes m the Scorer's learned model.
func (s *Scorer) setModel(m *sentimentModel) {
	s.model = m
	s.connot = sync.OnceValue(func() []float64 { return connotationTable(m.connot) })
}

// lexiconEntries yields each word of the lexicon once with its rating:
// VADER's (lower-cased, as the tokeniser looks words up; the first of two
// spellings that fold together keeps its rating), then earshot's words
// that VADER lacks, sorted so that the order is always the same.
func lexiconEntries(yield func(string, float64) bool) {
	seen := make(map[string]bool, 8000)
	for line := range strings.SplitSeq(vaderLexicon, "\n") {
		w, v, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			continue
		}
		if w = strings.ToLower(w); !seen[w] {
			seen[w] = true
			if !yield(w, f) {
				return
			}
		}
	}
	for _, w := range slices.Sorted(maps.Keys(earshotLexicon)) {
		if !seen[w] && !yield(w, earshotLexicon[w]) {
			return
		}
	}
}

// reratedWords are VADER words that the Scorer rates otherwise, because
// in use they say something else: "honestly" opens an opinion and is no
// praise (VADER +2.0); "number" counts or names ("a number of", "the
// support number"), with no praise in it (VADER +0.3, which alone tips a
// plain report positive). The connotation fit keeps VADER's ratings.
//
// Most are chat acronyms in VADER's lexicon that are also ordinary words,
// names, numbers or product names, and are nearly always those in what
// people write: "hand" is "have a nice day" (+2.2) to VADER and a hand in
// "on the other hand"; "kia" is "killed in action" (-3.2) and a car maker;
// "po" is "pissed off" (-2.6) and a PO box; "86", "143", "182" and "187"
// are slang codes (-1.6, +3.2, -2.9, -3.1) and flight numbers and scores;
// "nh" and "tx" are states, "mia" and "tia" names, "wd", "wp", "g1", "gt",
// "qt" and "lts" products, "pita" bread and "slaw" a side dish, "pu"
// leather, "4q" a fourth quarter, "l" a size. ("xp" keeps its rating:
// windowsName tells Windows XP from the face.) "nerd" (-1.2) and "geek"
// (-0.8) name an enthusiast, most often oneself or a hobby ("#nerd",
// "nerd gaming conventions", "talking geek"); a slur says so in the words
// around it ("a stupid nerd").
var reratedWords = map[string]float64{
	"honestly": 0,
	"number":   0,
	"hand":     0, "kia": 0, "po": 0, "86": 0, "143": 0, "182": 0, "187": 0, "1432": 0, "nh": 0, "tx": 0,
	"mia": 0, "tia": 0, "wd": 0, "wp": 0, "g1": 0, "gt": 0, "qt": 0, "lts": 0, "pita": 0,
	"slaw": 0, "pu": 0, "4q": 0, "2qt": 0, "l": 0, "ly": 0, "jp": 0, "jt": 0, "jw": 0, "dx": 0, "nme": 0,
	"aml": 0, "wag": 0, "xtc": 0, "sete": 0, "nerd": 0, "geek": 0,
}

// NewRuleScorer returns a Scorer that uses the lexicon rules alone and labels
// on VADER's compound thresholds (+-0.05): the baseline the learned model is
// measured against.
func NewRuleScorer() *Scorer { return newRuleScorer() }

func newRuleScorer() *Scorer {
	s := &Scorer{
		words:       make(map[string]wordInfo, 8000),
		emoji:       make(map[rune]float64, 1500),
		idiomsByEnd: make(map[uint32][]idiomCand),
	}
	for w, v := range lexiconEntries {
		s.words[w] = wordInfo{val: v, flags: wInLexicon}
	}
	for w, v := range reratedWords {
		s.words[w] = wordInfo{val: v, flags: wInLexicon}
	}
	set := func(flag uint64, ws ...string) {
		for _, w := range ws {
			wi := s.words[w]
			wi.flags |= flag
			s.words[w] = wi
		}
	}
	set(wBoostUp, "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
		"decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
		"exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
		"fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging",
		"greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
		"more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
		"thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually",
		"utter", "utterly", "very", "sooo", "soooo", "soo", "mega",
		// Intensifiers VADER lacks: before a rated word they say how much
		// ("truly awful", "genuinely funny"); alone "truly" keeps its rating.
		// So does "super" ("super slow", "super excited"; "It was super!").
		"truly", "genuinely", "insanely", "exceedingly", "downright", "super")
	set(wBoostDown, "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little",
		"marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
		"slightly", "somewhat", "sorta", "sortof", "sort-of", "fairly", "rather", "reasonably")
	set(wNegator, "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "dont",
		"hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "neednt", "never", "none",
		"nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "uh-uh",
		"wasnt", "werent", "without", "wont", "wouldnt", "rarely", "seldom", "despite", "nobody", "no-one", "nary")
	set(wVerdict, verdictWords...)
	set(wBareScore, "0", "zero", "1", "8", "eight", "9", "nine", "10", "ten")
	set(wIntensifier, intensifierAdverbs...)
	// "profound" alone is praise (earshot's lexicon), before a rated word
	// a degree: "profound disappointment".
	set(wBoostUp, "profound")
	set(wHard, hardWords...)
	set(wRuleVerb, "favour", "favor", "rocks", "rock", "rocked", "prompt", "works", "worked", "killed", "killing", "killin",
		"crushing", "smashing", "crushed", "nailed", "nailing", "nails", "smashed", "over", "under")
	set(wTimeOver, "worked", "lasted", "first", "working", "until", "till")
	set(wExpect, "expect", "expected", "expecting")
	set(wLasted, "worked", "lasted", "quit")
	set(wLearned, "learned", "learnt", "learning")
	set(wFarNeg, "none", "neither", "lack", "lacks", "lacked", "lacking", "think", "believe")
	set(wShift, "reduce", "reduces", "reduced", "reducing", "erode", "erodes", "eroded", "eroding",
		"curb", "curbs", "curbed", "curbing", "alleviate", "alleviates", "alleviated", "alleviating",
		"lose", "loses", "lost", "losing", "wastes", "wasted", "wasting", "squanders", "squandered", "squandering",
		"miss", "misses", "missed", "missing", "waste", "break", "breaks", "broke", "broken", "breaking",
		"decline", "declines", "decrease", "decreases", "reduction", "reductions", "erosion", "out",
		"fight", "fighting", "combat", "combating", "combatting", "tackle", "tackling", "prevent", "preventing",
		"eradicate", "eradicating")
	set(wFall, "fell", "fallen", "falls", "dropped", "drops", "declined", "plunged", "plunges", "plummeted",
		"plummets", "plummet", "plummeting", "slumped", "shrank", "shrunk", "eased", "dipped", "tumbled", "halved", "slowed", "cooled",
		"falling", "declining", "shrinking", "dwindling", "plunging", "tumbling", "slowing", "waning", "diminishing",
		"narrowed", "narrowing", "down")
	set(wRise, "rose", "risen", "rises", "climbed", "soared", "surged", "jumped", "grew", "grown", "doubled",
		"tripled", "increased", "rebounded", "rising", "growing", "soaring", "mounting", "surging", "climbing", "increasing",
		"spiralling", "spiraling", "skyrocketing", "ballooning", "escalating", "widened", "widening", "up")
	set(wGoodQuantity, "economy", "wages", "earnings", "revenue", "revenues", "exports", "employment", "stock",
		"stocks", "market", "markets", "output", "income", "incomes", "productivity", "gdp", "investment", "sales",
		"jobs", "hiring", "expectancy", "literacy", "ratings", "support")
	set(wBadQuantity, "deaths", "pollution", "emissions", "homelessness", "inflation", "infections", "layoffs",
		"deficit", "deficits", "fatalities", "overdoses", "suicides", "costs", "inequality")
	set(wMeasure, measureWords...)
	set(wHedge, "unclear", "uncertain", "doubtful", "questionable", "clear", "certain", "obvious", "evident", "seen",
		"believe", "believes", "expect", "expects", "think", "thinks")
	set(wCreate, "added", "adds", "adding", "add", "created", "creates", "creating", "create")
	set(wCue, "sigh", "sighs", "still", "let", "fan", "fans", "only", "typical", "why", "off", "heading", "headed", "headin",
		"dad", "mom", "mum", "family", "kids", "boys", "girls", "wife", "husband", "hubby", "hubs", "sister", "brother",
		"son", "daughter", "grandma", "grandpa", "bestie", "girlfriend", "boyfriend", "parents", "time",
		"listening", "listenin", "watching", "watchin", "checking", "trying", "day", "morning", "mornin", "night", "nite",
		"evening", "passed", "on", "landed", "thinking", "outweigh", "outweighs", "outweighed",
		"send", "sends", "sent", "sending", "mail", "mailed", "mailing", "break", "breaks",
		"started", "starts", "began", "begins", "starting", "beginning")
	set(wBut, "but", "however")
	set(wLeast, "least")
	// "zero motivation", "zero complaints": "zero" before a rated word is
	// "no"; so is "minimal" ("with minimal difficulty", "minimal
	// improvement"), which leaves little of it.
	set(wNo, "no", "zero", "minimal")
	set(wNever, "never")
	set(wWithout, "without")
	set(wSoThis, "so", "this")
	set(wKindSort, "kind", "sort")
	set(wOf, "of")
	set(wAt, "at")
	set(wVery, "very")
	set(wOr, "or", "nor")
	set(wDoubt, "doubt")
	set(wPretty, "pretty")
	set(wMuch, "much")
	set(wModal, "would", "could", "should", "might", "must")
	set(wHave, "have")
	set(wWork, "work", "works", "worked", "working", "function", "functions", "functioned", "functioning",
		"recognize", "recognise", "recognizes", "recognises", "respond", "responds", "responded", "load", "loads",
		"fit", "fits", "lasts", "lasted", "spark", "sparks", "sparked", "gel", "gels", "gelled", "jell", "jells", "jelled",
		"deliver", "delivers", "delivered", "land", "lands", "landed", "click", "clicks", "clicked")
	set(wWorkPart, "pay", "pays", "paid", "take", "takes", "took", "come", "comes", "came", "catch", "catches", "caught")
	set(wBuy, "buy", "purchase", "buying", "purchasing")
	set(wYour, "your")
	set(wWaste, "waste", "wasting")
	set(wConcede, "although", "though")
	set(wModalHave, "would've", "could've", "should've", "might've", "must've", "wouldve", "couldve",
		"shouldve", "would’ve", "could’ve", "should’ve")
	set(wWish, "wish", "wished")
	set(wWishSubj, "it", "this", "that", "they", "there", "the", "its", "it's")
	set(wDeceit, "fooled", "deceived", "misled", "tricked", "duped", "conned", "suckered", "scammed", "cheated")
	// A refund is what a complaint asks for (earshot rates it -0.6 for
	// that): "still no refund", "never got my refund" are the complaint
	// unanswered, not its opposite, so a negation does not flip it.
	set(wFixed, "refund", "refunds")

	for line := range strings.SplitSeq(vaderEmoji, "\n") {
		e, desc, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		r, size := utf8.DecodeRuneInString(e)
		if size != len(e) {
			continue // sequences: the tokeniser looks at one rune at a time
		}
		// An emoji is worth the ratings of its description's words
		// ("face with tears of joy" -> joy), as VADER reads it.
		v := 0.0
		for _, w := range strings.Fields(strings.ToLower(desc)) {
			if wi, ok := s.words[w]; ok && wi.flags&(wBoostUp|wBoostDown) == 0 {
				v += wi.val
			}
		}
		if v != 0 {
			s.emoji[r] = v
		}
	}
	for r, v := range earshotEmoji {
		if v == 0 {
			delete(s.emoji, r)
		} else {
			s.emoji[r] = v
		}
	}
	addIdiom := func(phrase string, id idiomSpec) {
		ws := strings.Fields(phrase)
		hs := make([]uint32, len(ws))
		for k, w := range ws {
			hs[k] = fnv([]byte(w))
		}
		end := hs[len(hs)-1]
		c := idiomCand{n: int32(len(hs)), idx: int32(len(s.idioms))}
		copy(c.hashes[:], hs[len(hs)-min(len(hs), idiomHashes):])
		s.idiomsByEnd[end] = append(s.idiomsByEnd[end], c)
		s.idioms = append(s.idioms, idiom{words: ws, idiomSpec: id})
		set(wIdiomEnd, ws[len(ws)-1])
	}
	for _, id := range []idiomSpec{
		{s: "the shit", v: 3}, {s: "the bomb", v: 3}, {s: "bad ass", v: 1.5}, {s: "yeah right", v: -2}, {s: "kiss of death", v: -1.5},
		{s: "to die for", v: 3}, {s: "cut the mustard", v: 2}, {s: "hand to mouth", v: -2}, {s: "back handed", v: -2},
		{s: "blow smoke", v: -2}, {s: "blowing smoke", v: -2}, {s: "upper hand", v: 1}, {s: "break a leg", v: 2},
		{s: "cooking with gas", v: 2}, {s: "in the black", v: 2}, {s: "in the red", v: -2}, {s: "on the ball", v: 2},
		{s: "under the weather", v: -2}, {s: "never again", v: -2}, {s: "waste of money", v: -2.5}, {s: "waste of time", v: -2.5},
		{s: "piece of junk", v: -2.5}, {s: "piece of crap", v: -2.5}, {s: "works great", v: 2.5}, {s: "highly recommend", v: 2.8},
		{s: "stopped working", v: -2}, {s: "fell apart", v: -2}, {s: "no problem", v: 1}, {s: "no problems", v: 1}, {s: "no issues", v: 1},
		{s: "thumbs up", v: 2}, {s: "thumbs down", v: -2}, {s: "not worth", v: -1.5}, {s: "a must", v: 2}, {s: "died on me", v: -2},
		// Rated words used for something else: "as well" is "too", "to be
		// honest" a hedge; "at best" and "had better" ("I've had better")
		// damn with faint praise.
		{s: "as well", v: 0}, {s: "to be honest", v: 0}, {s: "be honest", v: 0}, {s: "at best", v: -1.5}, {s: "had better", v: -1.5},
		{s: "expect better", v: -1.5}, {s: "could be better", v: -1.5},
		// Consolation, relish and rue in set phrases: "could be worse" says
		// it is bearable, a meal that "hit the spot" was just right, a thing
		// "not too shabby" is good, "just my luck" is a mishap.
		{s: "could be worse", v: 0.8, fixed: true}, {s: "could have been worse", v: 0.8, fixed: true},
		{s: "could've been worse", v: 0.8, fixed: true}, {s: "could always be worse", v: 0.8, fixed: true},
		{s: "hit the spot", v: 1.8}, {s: "hits the spot", v: 1.8}, {s: "hitting the spot", v: 1.8},
		{s: "not too shabby", v: 1.6, fixed: true}, {s: "not so shabby", v: 1.6, fixed: true},
		{s: "not shabby", v: 1.6, fixed: true}, {s: "just my luck", v: -1.5},
		// An outage told plainly ("the power went out", "wifi is down
		// again") is an outage, rated as "outage" is; and thanks in
		// tweets' words ("props to the driver", "shout out to the nurses").
		{s: "power is down", v: -1.5}, {s: "power was down", v: -1.5}, {s: "power went down", v: -1.5},
		{s: "power is out", v: -1.5}, {s: "power was out", v: -1.5}, {s: "power went out", v: -1.5},
		{s: "power's out", v: -1.5}, {s: "power's down", v: -1.5}, {s: "internet is down", v: -1.5},
		{s: "internet was down", v: -1.5}, {s: "internet went down", v: -1.5}, {s: "internet is out", v: -1.5},
		{s: "internet was out", v: -1.5}, {s: "internet went out", v: -1.5}, {s: "internet's out", v: -1.5},
		{s: "internet's down", v: -1.5}, {s: "wifi is down", v: -1.5}, {s: "wifi was down", v: -1.5},
		{s: "wifi went down", v: -1.5}, {s: "wifi is out", v: -1.5}, {s: "wifi was out", v: -1.5},
		{s: "wifi went out", v: -1.5}, {s: "wifi's out", v: -1.5}, {s: "wifi's down", v: -1.5},
		{s: "network is down", v: -1.5}, {s: "network was down", v: -1.5}, {s: "network went down", v: -1.5},
		{s: "network's down", v: -1.5}, {s: "server is down", v: -1.5}, {s: "server was down", v: -1.5},
		{s: "server went down", v: -1.5}, {s: "server's down", v: -1.5}, {s: "servers are down", v: -1.5},
		{s: "servers were down", v: -1.5}, {s: "servers went down", v: -1.5}, {s: "website is down", v: -1.5},
		{s: "website was down", v: -1.5}, {s: "website went down", v: -1.5}, {s: "website's down", v: -1.5},
		{s: "site is down", v: -1.5}, {s: "site was down", v: -1.5}, {s: "site went down", v: -1.5},
		{s: "site's down", v: -1.5}, {s: "service is down", v: -1.5}, {s: "service was down", v: -1.5},
		{s: "service went down", v: -1.5}, {s: "service is out", v: -1.5}, {s: "service was out", v: -1.5},
		{s: "service went out", v: -1.5}, {s: "service's out", v: -1.5}, {s: "service's down", v: -1.5},
		{s: "electricity is down", v: -1.5}, {s: "electricity was down", v: -1.5}, {s: "electricity went down", v: -1.5},
		{s: "electricity is out", v: -1.5}, {s: "electricity was out", v: -1.5}, {s: "electricity went out", v: -1.5},
		{s: "electricity's out", v: -1.5}, {s: "electricity's down", v: -1.5},
		// Recovery, ease and anger in set phrases whose words rate nothing:
		// "the economy is on the mend", "the bill sailed through", "residents
		// are up in arms".
		// A test's result: a negative one is good news ("tested negative",
		// "the scan came back negative"); testing positive for an illness or
		// a banned drug is bad, and a result that "came back positive" may
		// be either (a pregnancy test), so it rates nothing.
		{s: "tested negative", v: 1.5}, {s: "came back negative", v: 1.5}, {s: "comes back negative", v: 1.5},
		{s: "test was negative", v: 1.5}, {s: "test is negative", v: 1.5}, {s: "tests were negative", v: 1.5},
		{s: "tested positive", v: -1.5}, {s: "came back positive", v: 0}, {s: "comes back positive", v: 0},
		// Nothing regretted is no regret: "I regret nothing", as "no
		// regrets".
		// Set phrases of praise and blame whose words rate otherwise or
		// nothing: "a cut above the rest", "over the moon", "my heart is
		// full", "I was blown away" (one amazed; a roof "blown away" by a
		// storm is not in these forms), "a step backwards".
		{s: "a cut above", v: 2.0}, {s: "over the moon", v: 2.5}, {s: "heart is full", v: 2.0},
		{s: "heart is so full", v: 2.0}, {s: "i was blown away", v: 2.0}, {s: "i'm blown away", v: 2.0},
		{s: "we were blown away", v: 2.0}, {s: "absolutely blown away", v: 2.0}, {s: "totally blown away", v: 2.0},
		{s: "completely blown away", v: 2.0}, {s: "just blown away", v: 2.0}, {s: "step backwards", v: -1.5},
		{s: "step backward", v: -1.5}, {s: "steps backwards", v: -1.5}, {s: "steps backward", v: -1.5},
		// A fine paid is a penalty, not VADER's "fine" (0.8): "a parking
		// fine", "a hefty fine".
		{s: "parking fine", v: -1.5}, {s: "parking fines", v: -1.5}, {s: "speeding fine", v: -1.5},
		{s: "speeding fines", v: -1.5}, {s: "library fine", v: -1.0}, {s: "library fines", v: -1.0},
		{s: "hefty fine", v: -1.5}, {s: "hefty fines", v: -1.5}, {s: "late fee", v: -1.0}, {s: "late fees", v: -1.0},
		{s: "regret nothing", v: 1.5}, {s: "regrets nothing", v: 1.5}, {s: "regretted nothing", v: 1.5},
		{s: "on the mend", v: 1.5}, {s: "sailed through", v: 1.5}, {s: "sail through", v: 1.5},
		{s: "sails through", v: 1.5}, {s: "up in arms", v: -1.8},
		{s: "props to", v: 1.8}, {s: "shout out to", v: 1.5}, {s: "shoutout to", v: 1.5}, {s: "shout outs to", v: 1.5},
		{s: "shoutouts to", v: 1.5},
		// Taking a thing back to the shop is the verdict on it; "a steal"
		// and "a breeze" are praise whatever "steal" and "breeze" mean.
		{s: "returned it", v: -1.5}, {s: "returning it", v: -1.5}, {s: "return it", v: -1.2}, {s: "sent it back", v: -1.5},
		{s: "send it back", v: -1.5}, {s: "sending it back", v: -1.5}, {s: "sent mine back", v: -1.5}, {s: "sent them back", v: -1.5},
		{s: "returned them", v: -1.5}, {s: "returned both", v: -1.5, endsClause: true},
		{s: "returned mine", v: -1.5}, {s: "returning mine", v: -1.5}, {s: "return mine", v: -1.2}, {s: "a steal", v: 2}, {s: "a breeze", v: 1.8}, {s: "quit working", v: -2}, {s: "quit on me", v: -2},
		{s: "stopped responding", v: -1.8}, {s: "stopped functioning", v: -2},
		// Names of services and means of payment: the rated word in them
		// names a thing, not a feeling.
		{s: "tech support", v: 0}, {s: "technical support", v: 0}, {s: "customer support", v: 0}, {s: "help desk", v: 0},
		{s: "gift card", v: 0}, {s: "gift certificate", v: 0}, {s: "credit card", v: 0}, {s: "play button", v: 0},
		{s: "stop button", v: 0}, {s: "stop buttons", v: 0}, {s: "toll free", v: 0},
		{s: "hard drive", v: 0}, {s: "hard disk", v: 0}, {s: "drag and drop", v: 0}, {s: "point and shoot", v: 0}, {s: "no brainer", v: 1.5},
		// Praise that reads as a negation: "I can't recommend it enough".
		{s: "recommend it enough", v: 3, fixed: true}, {s: "recommend this enough", v: 3, fixed: true}, {s: "recommend them enough", v: 3, fixed: true},
		{s: "say enough good", v: 2.5, fixed: true},
		// Praise phrased as a negation, and warnings phrased as advice.
		{s: "couldn't ask for more", v: 2.5, fixed: true}, {s: "could not ask for more", v: 2.5, fixed: true},
		{s: "can't ask for more", v: 2.5, fixed: true}, {s: "cannot ask for more", v: 2.5, fixed: true},
		{s: "couldn't ask for better", v: 2.5, fixed: true}, {s: "could not ask for better", v: 2.5, fixed: true},
		{s: "can't ask for better", v: 2.5, fixed: true}, {s: "cannot ask for better", v: 2.5, fixed: true},
		{s: "couldn't have asked for better", v: 2.5, fixed: true},
		// Nothing to change and no better way it could have gone: praise.
		{s: "wouldn't change a thing", v: 2.0, fixed: true}, {s: "would not change a thing", v: 2.0, fixed: true},
		{s: "wouldn't change anything", v: 2.0, fixed: true},
		{s: "couldn't have turned out better", v: 2.5, fixed: true},
		// Bad beyond worsening ("things couldn't get any worse"); "any"
		// keeps the reading of "couldn't be worse" from reaching it.
		{s: "couldn't get any worse", v: -2.5, fixed: true}, {s: "couldn't be any worse", v: -2.5, fixed: true},
		{s: "can't get any worse", v: -2.5, fixed: true}, {s: "could not be any worse", v: -2.5, fixed: true},
		{s: "could not get any worse", v: -2.5, fixed: true}, {s: "could not have asked for better", v: 2.5, fixed: true},
		// A heart broken by what one tells of is grief, like VADER's
		// "heartbreaking"; the literal parts rate nothing.
		{s: "breaks my heart", v: -2.0}, {s: "broke my heart", v: -2.0}, {s: "break my heart", v: -2.0},
		{s: "breaking my heart", v: -2.0}, {s: "broken my heart", v: -2.0}, {s: "breaks our hearts", v: -2.0},
		{s: "broke our hearts", v: -2.0},
		// What a thing costs: low is good news to whoever pays, high bad
		// ("low fees", "high prices"); VADER rates "low" -1.1 and "high"
		// nothing. "Low-priced" and "cheap" have readings of their own.
		{s: "low price", v: 1.1}, {s: "low prices", v: 1.1}, {s: "lower price", v: 1.1}, {s: "lower prices", v: 1.1},
		{s: "low cost", v: 1.1}, {s: "low costs", v: 1.1}, {s: "low fee", v: 1.1}, {s: "low fees", v: 1.1},
		{s: "lower fees", v: 1.1}, {s: "low fares", v: 1.1}, {s: "low rent", v: 1.1},
		{s: "high price", v: -1.1}, {s: "high prices", v: -1.1}, {s: "higher prices", v: -1.1}, {s: "high fees", v: -1.1},
		{s: "higher fees", v: -1.1}, {s: "high cost", v: -1.1}, {s: "high costs", v: -1.1}, {s: "high fares", v: -1.1},
		{s: "high rent", v: -1.1}, {s: "low quality", v: -1.8}, {s: "lower quality", v: -1.8},
		{s: "prices are low", v: 1.1}, {s: "price is low", v: 1.1}, {s: "fees are low", v: 1.1}, {s: "costs are low", v: 1.1},
		{s: "price was low", v: 1.1}, {s: "prices were low", v: 1.1},
		{s: "prices are high", v: -1.1}, {s: "price is high", v: -1.1}, {s: "fees are high", v: -1.1},
		{s: "costs are high", v: -1.1}, {s: "price was high", v: -1.1}, {s: "prices were high", v: -1.1},
		// A sports competition's name: "the Champions League draw".
		{s: "champions league", v: 0},
		{s: "can't wait", v: 1.5, fixed: true}, {s: "cant wait", v: 1.5, fixed: true}, {s: "cannot wait", v: 1.5, fixed: true},
		{s: "look no further", v: 2, fixed: true}, {s: "can't beat", v: 2, fixed: true}, {s: "cant beat", v: 2, fixed: true},
		{s: "cannot beat", v: 2, fixed: true}, {s: "hard to beat", v: 2}, {s: "second to none", v: 2.5, fixed: true},
		{s: "save your money", v: -1.8}, {s: "save your cash", v: -1.8}, {s: "save the cash", v: -1.5},
		{s: "recommend against", v: -1.8}, {s: "save yourself", v: -1.2}, {s: "stay away", v: -1.8}, {s: "steer clear", v: -1.8},
		{s: "bang for the buck", v: 2}, {s: "worth every penny", v: 2.5}, {s: "as advertised", v: 1}, {s: "fed up", v: -2},
		{s: "ripped off", v: -2.5}, {s: "rip off", v: -2.3},
		{s: "down the drain", v: -2}, {s: "bait and switch", v: -2},
		{s: "buyer beware", v: -1.8},
		{s: "praise it highly enough", v: 3, fixed: true}, {s: "recommend it highly enough", v: 3, fixed: true}, {s: "praise it enough", v: 3, fixed: true},
		// "more times than I'd care to count", "care to join us?": a wish,
		// not caring (VADER rates "care" +2.2).
		{s: "care to", v: 0},
		// Verdicts in set phrases: "you get what you pay for" says it is
		// cheap and it shows; "is a joke" mocks; "look elsewhere" warns
		// (ending its clause: not "look elsewhere for a cheaper flight").
		// "do yourself a favor" only opens advice, which can go either way.
		{s: "what you pay for", v: -1.5}, {s: "is a joke", v: -1.8}, {s: "was a joke", v: -1.8},
		{s: "look elsewhere", v: -1.5, endsClause: true, endsAlso: lookElsewhereEnds}, {s: "my money back", v: -1.8}, {s: "our money back", v: -1.8}, {s: "yourself a favor", v: 0}, {s: "yourself a favour", v: 0},
		{s: "thanks for nothing", v: -2.5}, {s: "dropped the ball", v: -1.5}, {s: "drop the ball", v: -1.5},
		// "crazy about" is love (VADER rates "crazy" -1.4), so "not crazy
		// about the looks" is dislike; "nice while it lasted" mourns.
		{s: "crazy about", v: 2}, {s: "while it lasted", v: -2},
		// A thing that is "not a big deal" or "no big deal" is fine.
		{s: "not a big deal", v: 0.8, fixed: true}, {s: "no big deal", v: 0.8, fixed: true},
		{s: "not a huge deal", v: 0.8, fixed: true}, {s: "not that big a deal", v: 0.8, fixed: true},
		{s: "isn't a big deal", v: 0.8, fixed: true}, {s: "wasn't a big deal", v: 0.8, fixed: true},
		{s: "aren't a big deal", v: 0.8, fixed: true}, {s: "isn't really a big deal", v: 0.8, fixed: true},
		{s: "not really a big deal", v: 0.8, fixed: true}, {s: "isn't a huge deal", v: 0.8, fixed: true},
		{s: "not such a big deal", v: 0.8, fixed: true}, {s: "isn't that big a deal", v: 0.8, fixed: true},
		// "No one is perfect" concedes a fault and forgives it: no
		// perfection denied.
		{s: "no one is perfect", v: 0.8, fixed: true}, {s: "no one's perfect", v: 0.8, fixed: true},
		{s: "no-one is perfect", v: 0.8, fixed: true}, {s: "nobody is perfect", v: 0.8, fixed: true},
		{s: "nobody's perfect", v: 0.8, fixed: true}, {s: "none of us is perfect", v: 0.8, fixed: true},
		{s: "none of us are perfect", v: 0.8, fixed: true},
		// Set phrases of any subject: what "leaves much to be desired" or
		// "falls short" disappoints; what is "out of this world" or "gets
		// the job done" pleases; "not in a good way" takes back the good.
		{s: "to be desired", v: -1.5}, {s: "out of luck", v: -1.5}, {s: "falls short", v: -1.5},
		{s: "fall short", v: -1.5}, {s: "fell short", v: -1.5}, {s: "falling short", v: -1.5},
		{s: "a turn off", v: -1.5, endsClause: true}, {s: "a turn off for", v: -1.5}, {s: "cutting edge", v: 1.5}, {s: "out of this world", v: 2.5},
		{s: "get the job done", v: 1.2}, {s: "gets the job done", v: 1.2}, {s: "got the job done", v: 1.2},
		{s: "exactly what i wanted", v: 2}, {s: "exactly what i needed", v: 2}, {s: "just what i needed", v: 2},
		{s: "just what i wanted", v: 2}, {s: "exactly what i was looking for", v: 2},
		{s: "just what i was looking for", v: 2}, {s: "works for me", v: 1.5}, {s: "must visit", v: 2, endsClause: true},
		{s: "not in a good way", v: -1.5, fixed: true}, {s: "in not a good way", v: -1.5, fixed: true},
		{s: "not in a bad way", v: 1, fixed: true},
		// News names institutions, offices, procedures and quantities with
		// words VADER rates (supreme +2.6, justice +2.4, united +1.8,
		// security +1.4, intelligence +2.1, interest +2, unemployment -1.9,
		// emergency -1.6, arguments -1.7): in these names the word names a
		// thing, and says nothing of it.
		{s: "supreme court", v: 0}, {s: "justice department", v: 0}, {s: "department of justice", v: 0}, {s: "chief justice", v: 0},
		{s: "defense secretary", v: 0}, {s: "defense minister", v: 0}, {s: "defense ministry", v: 0}, {s: "defense department", v: 0},
		{s: "department of defense", v: 0}, {s: "defense attorney", v: 0}, {s: "defense attorneys", v: 0}, {s: "defense lawyer", v: 0},
		{s: "defense lawyers", v: 0}, {s: "defence minister", v: 0}, {s: "defence ministry", v: 0}, {s: "defense spending", v: 0}, {s: "defense budget", v: 0},
		{s: "united states", v: 0}, {s: "united nations", v: 0}, {s: "united kingdom", v: 0}, {s: "security council", v: 0},
		{s: "social security", v: 0}, {s: "homeland security", v: 0}, {s: "intelligence agencies", v: 0}, {s: "intelligence agency", v: 0},
		{s: "intelligence officials", v: 0}, {s: "intelligence committee", v: 0}, {s: "intelligence community", v: 0},
		{s: "interest rate", v: 0}, {s: "interest rates", v: 0}, {s: "unemployment rate", v: 0}, {s: "unemployment benefits", v: 0},
		{s: "unemployment insurance", v: 0}, {s: "tax credit", v: 0}, {s: "tax credits", v: 0},
		{s: "defence secretary", v: 0}, {s: "defence spending", v: 0}, {s: "defence budget", v: 0},
		{s: "defence department", v: 0}, {s: "credit markets", v: 0}, {s: "credit market", v: 0},
		{s: "credit conditions", v: 0}, {s: "credit rating", v: 0}, {s: "credit ratings", v: 0}, {s: "credit score", v: 0},
		{s: "credit scores", v: 0}, {s: "line of credit", v: 0}, {s: "credit union", v: 0}, {s: "credit limit", v: 0},
		{s: "credit crunch", v: -1.5}, {s: "interest payments", v: 0}, {s: "controlling interest", v: 0},
		{s: "conflict of interest", v: -1.0}, {s: "conflicts of interest", v: -1.0},
		{s: "state of emergency", v: 0}, {s: "special election", v: 0}, {s: "special counsel", v: 0}, {s: "special session", v: 0},
		{s: "special prosecutor", v: 0}, {s: "oral arguments", v: 0}, {s: "closing arguments", v: 0}, {s: "heard arguments", v: 0},
		{s: "flu shot", v: 0}, {s: "flu shots", v: 0}, {s: "health care", v: 0},
		{s: "medical care", v: 0}, {s: "basic care", v: 0}, {s: "primary care", v: 0}, {s: "child care", v: 0},
		{s: "intensive care", v: 0}, {s: "urgent care", v: 0}, {s: "foster care", v: 0}, {s: "prenatal care", v: 0},
		{s: "long-term care", v: 0}, {s: "nursing care", v: 0}, {s: "free speech", v: 0}, {s: "free press", v: 0},
		// Films and books name their parts and kinds with words VADER
		// rates (special +1.7, credits +1.5, novel +1.3): "the special
		// effects", "the end credits", "the 1998 novel", "a graphic novel".
		{s: "special effects", v: 0}, {s: "special effect", v: 0}, {s: "the credits", v: 0}, {s: "end credits", v: 0},
		{s: "opening credits", v: 0}, {s: "closing credits", v: 0}, {s: "the novel", v: 0}, {s: "graphic novel", v: 0},
		{s: "graphic novels", v: 0}, {s: "debut novel", v: 0}, {s: "first novel", v: 0}, {s: "new novel", v: 0},
		{s: "latest novel", v: 0}, {s: "his novel", v: 0}, {s: "her novel", v: 0}, {s: "their novel", v: 0},
		// Words of critics' blame and praise that recipes, news and help
		// threads use in their plain sense: "a rough estimate" ("a rough
		// draft" and "a rough cut" are critics' blame too), "the shallow
		// end", "a shallow dish", "simmer until tender", "legal tender", "a
		// generic drug", "the derivative of", "pumped billions into".
		{s: "rough estimate", v: 0}, {s: "rough estimates", v: 0}, {s: "rough idea", v: 0}, {s: "rough sketch", v: 0},
		{s: "rough outline", v: 0}, {s: "rough guide", v: 0}, {s: "rough translation", v: 0}, {s: "rough calculation", v: 0},
		{s: "rough plan", v: 0}, {s: "rough plans", v: 0}, {s: "rough timeline", v: 0}, {s: "rough figure", v: 0},
		{s: "rough figures", v: 0}, {s: "rough count", v: 0},
		// Relief of pain is a thing wished for or had, not pain: "ask for
		// pain relief", "the gel gave fast pain relief".
		{s: "pain relief", v: 1.0},
		// Set phrases whose parts rate otherwise: one who "played hooky"
		// skipped school or work, no play; one "living it up" enjoys
		// himself lavishly.
		{s: "play hooky", v: 0}, {s: "played hooky", v: 0}, {s: "playing hooky", v: 0}, {s: "plays hooky", v: 0},
		{s: "play hookey", v: 0}, {s: "played hookey", v: 0}, {s: "playing hookey", v: 0},
		// An alert that sounds or is set is a notice, not alertness
		// (VADER's "alert" +1.2 is the adjective: "stay alert").
		{s: "alert sound", v: 0}, {s: "alert sounds", v: 0}, {s: "alert tone", v: 0}, {s: "alert tones", v: 0},
		{s: "an alert", v: 0}, {s: "email alert", v: 0}, {s: "text alert", v: 0}, {s: "news alert", v: 0},
		{s: "weather alert", v: 0},
		// A survey of satisfaction measures it and says nothing of it.
		{s: "satisfaction survey", v: 0}, {s: "satisfaction surveys", v: 0},
		{s: "live it up", v: 1.8}, {s: "living it up", v: 1.8}, {s: "lived it up", v: 1.8}, {s: "lives it up", v: 1.8},
		{s: "shallow end", v: 0}, {s: "shallow water", v: 0}, {s: "shallow waters", v: 0}, {s: "shallow dish", v: 0},
		{s: "shallow bowl", v: 0}, {s: "shallow pan", v: 0}, {s: "shallow baking", v: 0},
		{s: "until tender", v: 0}, {s: "until just tender", v: 0}, {s: "until very tender", v: 0},
		{s: "until it is tender", v: 0}, {s: "until it's tender", v: 0}, {s: "until they are tender", v: 0},
		{s: "until they're tender", v: 0}, {s: "until fork tender", v: 0}, {s: "until fork-tender", v: 0},
		{s: "legal tender", v: 0}, {s: "tender offer", v: 0}, {s: "tender offers", v: 0},
		{s: "generic drug", v: 0}, {s: "generic drugs", v: 0}, {s: "generic version", v: 0}, {s: "generic versions", v: 0},
		{s: "generic medicine", v: 0}, {s: "generic medicines", v: 0}, {s: "generic brand", v: 0}, {s: "generic brands", v: 0},
		{s: "the derivative", v: 0}, {s: "derivative contracts", v: 0}, {s: "derivative markets", v: 0}, {s: "derivative trading", v: 0},
		{s: "pumped billions", v: 0}, {s: "pumped millions", v: 0}, {s: "pumped money", v: 0}, {s: "pumped water", v: 0},
		{s: "pumped out", v: 0}, {s: "pumped blood", v: 0}, {s: "out to tender", v: 0},
		// News of building and government: "the groundbreaking ceremony",
		// "held a groundbreaking", "the Humane Society", powers "devolved
		// to" a parliament, "devolved government" (not "devolved into
		// chaos"); "downgrade to iOS 16" is a step a help thread asks
		// about, not "a downgrade"; one "flopped onto the couch".
		{s: "groundbreaking ceremony", v: 0}, {s: "groundbreaking ceremonies", v: 0}, {s: "held a groundbreaking", v: 0},
		{s: "hold a groundbreaking", v: 0}, {s: "holds a groundbreaking", v: 0}, {s: "humane society", v: 0},
		{s: "devolved to", v: 0}, {s: "devolved government", v: 0}, {s: "devolved governments", v: 0},
		{s: "devolved administration", v: 0}, {s: "devolved administrations", v: 0}, {s: "devolved powers", v: 0},
		{s: "downgrade to", v: 0}, {s: "flopped onto", v: 0}, {s: "flopped down", v: 0},
		{s: "inert gas", v: 0}, {s: "inert gases", v: 0}, {s: "inert ingredient", v: 0}, {s: "inert ingredients", v: 0},
		{s: "glacial lake", v: 0}, {s: "glacial lakes", v: 0}, {s: "glacial valley", v: 0}, {s: "glacial valleys", v: 0},
		{s: "glacial ice", v: 0}, {s: "glacial melt", v: 0}, {s: "meandering river", v: 0}, {s: "meandering stream", v: 0},
		{s: "with a limp", v: 0},
		// The sea and the weather are rough or choppy in the plain sense:
		// "rough seas forced the ferry back", "choppy waters near the
		// harbour" report the weather, not a hard time or a film's editing.
		// ("rough seas", "choppy waters": see seaState.)
		{s: "choppy conditions", v: 0}, {s: "rough terrain", v: 0},
		// Plain senses in sport and weather news: a tournament's
		// "knockout stage" (no beauty), "atmospheric pressure" (no mood),
		// ("plummeting temperatures", a measure that falls, is read with
		// wMeasure).
		{s: "knockout stage", v: 0}, {s: "knockout stages", v: 0}, {s: "knockout round", v: 0}, {s: "knockout rounds", v: 0},
		{s: "knockout phase", v: 0}, {s: "knockout tournament", v: 0}, {s: "knockout competition", v: 0},
		{s: "atmospheric pressure", v: 0}, {s: "atmospheric conditions", v: 0}, {s: "atmospheric river", v: 0},
		{s: "atmospheric rivers", v: 0}, {s: "atmospheric scientist", v: 0}, {s: "atmospheric scientists", v: 0},
		{s: "atmospheric science", v: 0}, {s: "atmospheric research", v: 0}, {s: "atmospheric carbon", v: 0},
		// Recipes and menus: "cheesy" of food is made with cheese, not corny.
		{s: "cheesy pasta", v: 0}, {s: "cheesy bread", v: 0}, {s: "cheesy garlic", v: 0}, {s: "cheesy fries", v: 0},
		{s: "cheesy potatoes", v: 0}, {s: "cheesy sauce", v: 0}, {s: "cheesy dip", v: 0}, {s: "cheesy grits", v: 0},
		{s: "cheesy eggs", v: 0}, {s: "cheesy crust", v: 0}, {s: "cheesy topping", v: 0}, {s: "cheesy bake", v: 0},
		{s: "cheesy casserole", v: 0}, {s: "cheesy broccoli", v: 0}, {s: "cheesy nachos", v: 0},
		// "Zero interest financing" is a loan's term; "zero interest in
		// the plot" keeps its "no".
		{s: "zero interest financing", v: 0}, {s: "zero interest rate", v: 0}, {s: "zero interest rates", v: 0},
		{s: "zero interest loan", v: 0}, {s: "zero interest loans", v: 0}, {s: "zero interest credit", v: 0},
		// A place "flooded with light", "flooded with calls", "flooded with
		// offers" is full of what follows, which carries the rating; one
		// "flooded with water" is flooded.
		{s: "flooded with", v: 0}, {s: "flooded with water", v: -1.5}, {s: "flooded with sewage", v: -1.5},
		// A political party, and a party to a contract or a call, is no
		// celebration (VADER: +1.7).
		{s: "party lines", v: 0}, {s: "party line", v: 0}, {s: "democratic party", v: 0}, {s: "republican party", v: 0},
		{s: "political party", v: 0}, {s: "political parties", v: 0}, {s: "opposition party", v: 0}, {s: "ruling party", v: 0},
		{s: "labour party", v: 0}, {s: "labor party", v: 0}, {s: "conservative party", v: 0}, {s: "communist party", v: 0},
		{s: "party leaders", v: 0}, {s: "party leadership", v: 0}, {s: "party's nominee", v: 0}, {s: "party officials", v: 0},
		{s: "both parties", v: 0}, {s: "two parties", v: 0}, {s: "major parties", v: 0},
		{s: "needless to say", v: 0},
		// "make sure the door is locked" is advice and "sure as hell" an
		// oath: no certainty to praise (VADER rates "sure" +1.3).
		{s: "make sure", v: 0}, {s: "makes sure", v: 0}, {s: "made sure", v: 0}, {s: "making sure", v: 0},
		{s: "sure as", v: 0},
		// "no need for a manual", "no need to worry", "there's no end to
		// what it can do": the "no" denies a need or a limit, which is no
		// complaint; the words after it rate it.
		{s: "no need", v: 0}, {s: "no end to", v: 0},
		// Support, opposition and votes that a report attributes to others
		// are not the writer's ("the bill passed with support from 12
		// Republicans", "critics of the plan"), and a company's shares are
		// no sharing.
		{s: "support from", v: 0}, {s: "who support", v: 0}, {s: "who supported", v: 0}, {s: "who supports", v: 0},
		{s: "supporters of", v: 0}, {s: "critics of", v: 0}, {s: "critics and supporters", v: 0}, {s: "supporters and critics", v: 0},
		{s: "critics say", v: 0}, {s: "critics said", v: 0}, {s: "supporters say", v: 0}, {s: "supporters said", v: 0},
		{s: "ruled in favor", v: 0}, {s: "voted in favor", v: 0}, {s: "ruling in favor", v: 0}, {s: "ruled in favour", v: 0}, {s: "voted in favour", v: 0},
		{s: "shares of", v: 0}, {s: "shares fell", v: 0}, {s: "shares rose", v: 0},
		// Support a poll measures ("Support for the measure fell", "public
		// support for the war") is a quantity reported, and a tax that is
		// cut or lowered a policy (VADER: cut -1.1; earshot: lower).
		{s: "support for", v: 0}, {s: "public support", v: 0}, {s: "popular support", v: 0}, {s: "bipartisan support", v: 0},
		{s: "voter support", v: 0}, {s: "cut taxes", v: 0}, {s: "cuts taxes", v: 0}, {s: "cutting taxes", v: 0},
		{s: "lower taxes", v: 0}, {s: "lowering taxes", v: 0}, {s: "lowered taxes", v: 0}, {s: "tax cut", v: 0},
		{s: "tax cuts", v: 0}, {s: "rate cut", v: 0}, {s: "rate cuts", v: 0}, {s: "cut interest rates", v: 0},
		{s: "third party", v: 0}, {s: "3rd party", v: 0}, {s: "other party", v: 0}, {s: "genius bar", v: 0},
		// News senses of words VADER rates in their others: more of a
		// political party (above), a fine imposed is no praise (fine
		// +0.8), a ruling "in their favour" says who
		// won, not that anyone did a favour (favour +1.9), and a trade or
		// licence agreement is a document, not a meeting of minds
		// (agreement +2.2).
		{s: "governing party", v: 0}, {s: "opposition parties", v: 0}, {s: "main parties", v: 0},
		{s: "rival party", v: 0}, {s: "rival parties", v: 0}, {s: "party leader", v: 0}, {s: "party members", v: 0},
		{s: "party member", v: 0}, {s: "party conference", v: 0}, {s: "party politics", v: 0},
		{s: "a fine of", v: 0}, {s: "the fine of", v: 0}, {s: "a fine for", v: 0}, {s: "pay a fine", v: 0},
		{s: "paid a fine", v: 0}, {s: "pay the fine", v: 0}, {s: "paid the fine", v: 0}, {s: "record fine", v: 0},
		{s: "heavy fine", v: 0}, {s: "impose a fine", v: 0}, {s: "imposed a fine", v: 0},
		{s: "face a fine", v: 0}, {s: "faces a fine", v: 0}, {s: "faced a fine", v: 0}, {s: "the fine was", v: 0},
		{s: "the fine is", v: 0}, {s: "the fine would", v: 0}, {s: "the fine will", v: 0}, {s: "million fine", v: 0},
		{s: "billion fine", v: 0},
		{s: "in their favour", v: 0}, {s: "in his favour", v: 0}, {s: "in her favour", v: 0}, {s: "in its favour", v: 0},
		{s: "in their favor", v: 0}, {s: "in his favor", v: 0}, {s: "in her favor", v: 0}, {s: "in its favor", v: 0},
		{s: "trade agreement", v: 0}, {s: "trade agreements", v: 0}, {s: "license agreement", v: 0},
		{s: "licence agreement", v: 0}, {s: "user agreement", v: 0}, {s: "service agreement", v: 0},
		{s: "rental agreement", v: 0}, {s: "lease agreement", v: 0}, {s: "purchase agreement", v: 0},
		// A goal that is "out of reach" will not be met; a label's "keep
		// out of reach of children" only warns where to store a thing.
		{s: "out of reach", v: -1.2}, {s: "within reach", v: 1.2}, {s: "keep out of reach", v: 0},
		{s: "kept out of reach", v: 0}, {s: "keep it out of reach", v: 0}, {s: "keep them out of reach", v: 0},
		// What critics say of a work, and of anything: it is "worth
		// seeing", "a tour de force", "a blast"; it is "a far cry from" the
		// last one, it is "pleased with itself", or "I stopped caring".
		{s: "worth seeing", v: 1.8}, {s: "worth watching", v: 1.8}, {s: "worth a look", v: 1.5},
		{s: "tour de force", v: 2.8}, {s: "had a blast", v: 2}, {s: "was a blast", v: 2}, {s: "is a blast", v: 2},
		{s: "be a blast", v: 2}, {s: "been a blast", v: 2}, {s: "it's a blast", v: 2}, {s: "what a blast", v: 2},
		{s: "such a blast", v: 2}, {s: "absolute blast", v: 2},
		{s: "far cry from", v: -1.5, fixed: true}, {s: "stopped caring", v: -1.5, fixed: true},
		{s: "false note", v: -1.2}, {s: "false notes", v: -1.2},
		{s: "pleased with itself", v: -1.5, fixed: true}, {s: "in love with itself", v: -1.5, fixed: true},
		{s: "full of itself", v: -1.5, fixed: true}, {s: "impressed with itself", v: -1.5, fixed: true},
		{s: "too clever by half", v: -1.5, fixed: true},
		// Looking forward to a thing is wanting it ("not looking forward
		// to Monday" negates); "nothing beats" is praise; "no wonder" and
		// "not gonna lie" are no negation at all, and being "so done with"
		// a thing is having had enough of it.
		{s: "looking forward", v: 1.5}, {s: "look forward", v: 1.5}, {s: "looks forward", v: 1.5},
		// "I was looking forward to it, but it never arrived": a hope
		// of the past, which the rest of the sentence settles.
		{s: "was looking forward", v: 0}, {s: "were looking forward", v: 0}, {s: "been looking forward", v: 0},
		{s: "nothing beats", v: 2, fixed: true}, {s: "no wonder", v: 0, fixed: true},
		{s: "not gonna lie", v: 0, fixed: true}, {s: "not going to lie", v: 0, fixed: true},
		{s: "won't lie", v: 0, fixed: true}, {s: "so done with", v: -1.5},
		// "to my amazement" and "to my surprise" open a statement; its
		// own words say which way it goes.
		{s: "to my amazement", v: 0}, {s: "to my surprise", v: 0}, {s: "to our surprise", v: 0},
		// Trading a thing for anything is wanting rid of it, so the
		// negation is love: "I wouldn't trade it for the world", "would
		// not give it up for anything" (and "I'd trade it for anything
		// better" is blame). A book one cannot put down is loved, when the
		// phrase ends its clause. Having "anything to complain about" is
		// blame, and negated ("never had anything to complain about") praise.
		{s: "trade it for the world", v: -2.5}, {s: "trade this for the world", v: -2.5},
		{s: "trade them for the world", v: -2.5}, {s: "trade it for anything", v: -2.5},
		{s: "give it up for anything", v: -2.5}, {s: "give it up for the world", v: -2.5},
		{s: "can't put it down", v: 2.5, fixed: true, endsClause: true}, {s: "couldn't put it down", v: 2.5, fixed: true, endsClause: true},
		{s: "cannot put it down", v: 2.5, fixed: true, endsClause: true}, {s: "could not put it down", v: 2.5, fixed: true, endsClause: true},
		{s: "nothing to complain about", v: 1.5, fixed: true}, {s: "anything to complain about", v: -1.5},
		// The verdicts reviews close on: "we'll be back" and "would buy
		// again" (negated, "won't be back"; not "to be back", "back in 5
		// minutes" still counts), "does the job", "as described", "money
		// well spent", "a must see"; and the warnings "don't bother", "go
		// elsewhere" (ending its clause: not "go elsewhere for dinner"),
		// "skip this one", "I recommend avoiding it" (VADER rates "bother"
		// -0.8, so "don't bother" read as praise).
		{s: "will be back", v: 1.2}, {s: "i'll be back", v: 1.2}, {s: "we'll be back", v: 1.2},
		{s: "definitely be back", v: 1.2}, {s: "surely be back", v: 1.2}, {s: "be back again", v: 1.2},
		{s: "won't be back", v: -1.8, fixed: true}, {s: "will not be back", v: -1.8, fixed: true},
		{s: "never be back", v: -1.8, fixed: true}, {s: "buy again", v: 1.5}, {s: "does the job", v: 1}, {s: "does the trick", v: 1.2},
		{s: "does what it says", v: 1.2}, {s: "works as expected", v: 1.2}, {s: "as described", v: 1}, {s: "well spent", v: 2},
		{s: "a must see", v: 2}, {s: "don't bother", v: -1.5, fixed: true}, {s: "dont bother", v: -1.5, fixed: true},
		{s: "do not bother", v: -1.5, fixed: true}, {s: "go elsewhere", v: -1.5, endsClause: true}, {s: "elsewhere next time", v: -1.5},
		{s: "need to go elsewhere", v: 1.5, fixed: true},
		{s: "skip this one", v: -1.5}, {s: "skip it", v: -1.2}, {s: "recommend waiting", v: -1},
		{s: "recommend skipping", v: -1.5}, {s: "recommend avoiding", v: -1.8},
		// "great player... when it worked!" mourns, as "while it lasted"
		// does (at the end of its clause: not "when it worked for the
		// first time"); "I really wanted to like this place" did not.
		{s: "when it worked", v: -2, endsClause: true}, {s: "wanted to like", v: -1.5, fixed: true},
		{s: "wanted to love", v: -1.5, fixed: true},
		// "you can't go wrong" is praise, and so is "I don't think you can
		// go wrong"; a battery that holds a charge is a good one.
		// "Setup couldn't have been simpler" is praise; "I was hoping for
		// more" and "I'd like to return it" are let-downs.
		{s: "couldn't be easier", v: 2, fixed: true}, {s: "could not be easier", v: 2, fixed: true},
		{s: "couldn't have been easier", v: 2, fixed: true}, {s: "couldn't be simpler", v: 2, fixed: true},
		{s: "couldn't have been simpler", v: 2, fixed: true}, {s: "hoping for more", v: -1.5, fixed: true},
		{s: "hoped for more", v: -1.5, fixed: true}, {s: "expected more", v: -1.2}, {s: "expected better", v: -1.5},
		{s: "like to return", v: -1.5, fixed: true},
		{s: "can go wrong", v: -1.5}, {s: "can you go wrong", v: 1.5, fixed: true}, {s: "hold a charge", v: 1.5}, {s: "holds a charge", v: 1.5},
		{s: "held a charge", v: 1.5}, {s: "hold its charge", v: 1.5}, {s: "holds its charge", v: 1.5},
		{s: "keeps its charge", v: 1.5}, {s: "barely holds a charge", v: -1.5, fixed: true},
		{s: "hardly holds a charge", v: -1.5, fixed: true},
		// A performance praised in words of harm ("she killed it") is read
		// by performance; a show "killed off" is cancelled.
		{s: "killed it off", v: -1.0},
		// Slang praise in set phrases ("this track is fire", "a
		// beast", "lit af", "hits different", "a game changer").
		// Each must end its clause: "the apartment is fire damaged", "a
		// beast to assemble" are not praise.
		{s: "is fire", v: 2.0, endsClause: true}, {s: "was fire", v: 2.0, endsClause: true},
		{s: "are fire", v: 2.0, endsClause: true}, {s: "straight fire", v: 2.0}, {s: "pure fire", v: 2.0, endsClause: true},
		{s: "a beast", v: 1.8, endsClause: true, reread: beastReading}, {s: "absolute beast", v: 2.0, endsClause: true, reread: beastReading}, {s: "beast mode", v: 1.8},
		{s: "lit af", v: 2.0}, {s: "so lit", v: 2.0, endsClause: true}, {s: "was lit", v: 2.0, endsClause: true},
		{s: "is lit", v: 2.0, endsClause: true}, {s: "hits different", v: 2.0}, {s: "hit different", v: 2.0},
		{s: "game changer", v: 2.0}, {s: "no skips", v: 1.5, fixed: true, endsClause: true},
		{s: "no notes", v: 1.5, fixed: true, endsClause: true},
		{s: "is epic", v: 1.8, endsClause: true}, {s: "was epic", v: 1.8, endsClause: true},
		{s: "so epic", v: 1.8, endsClause: true}, {s: "pretty epic", v: 1.8, endsClause: true},
		{s: "legend has it", v: 0}, {s: "map legend", v: 0}, {s: "bangers and mash", v: 0},
		{s: "no cap", v: 0, fixed: true}, {s: "epic fail", v: -2.8}, {s: "epic fails", v: -2.8},
		// "an epic battle", "an epic clash": a contest of great size, told
		// of matches and of films' armies alike, not a quarrel ("epic" is
		// unrated, so the contest rule of rated praise does not see it).
		{s: "epic battle", v: 0}, {s: "epic battles", v: 0}, {s: "epic clash", v: 0}, {s: "epic clashes", v: 0},
		{s: "epic duel", v: 0}, {s: "epic duels", v: 0},
		// Set phrases that VADER reads backwards: "never gets old"
		// is praise, "nothing worse than" blame, "nothing better than"
		// praise; "I don't care what anyone says" only stresses an
		// opinion; "an absolute joke" mocks as "is a joke" does; "rest in
		// peace" mourns (VADER: peace +2.5).
		{s: "never gets old", v: 2.0, fixed: true}, {s: "never get old", v: 2.0, fixed: true},
		{s: "nothing worse than", v: -2.2, fixed: true}, {s: "nothing better than", v: 2.2, fixed: true},
		{s: "no better feeling", v: 2.2, fixed: true},
		{s: "care what anyone says", v: 0, fixed: true}, {s: "care what anybody says", v: 0, fixed: true},
		{s: "care what people say", v: 0, fixed: true}, {s: "care what anyone thinks", v: 0, fixed: true},
		{s: "absolute joke", v: -1.8}, {s: "complete joke", v: -1.8}, {s: "total joke", v: -1.8},
		{s: "such a joke", v: -1.8}, {s: "are a joke", v: -1.8}, {s: "rest in peace", v: -1.5},
		// Being obsessed with a thing oneself is loving it.
		{s: "i'm obsessed", v: 2.0}, {s: "im obsessed", v: 2.0}, {s: "i am obsessed", v: 2.0},
		{s: "lowkey obsessed", v: 2.0},
		// Quantities and terms with rated words in them ("a 60% chance of
		// rain", "a hat trick", "10 hours straight"). Names of people and
		// teams ("Manchester United") are left to the brand and name rules.
		// Speed is praise ("fast shipping"), but not too much of it, nor a
		// button, a meal or a track.
		{s: "a snap", v: 1.5}, {s: "too fast", v: -1}, {s: "too quick", v: -1}, {s: "too quickly", v: -1}, {s: "fast forward", v: 0},
		{s: "fast-forward", v: 0}, {s: "fast forwarded", v: 0}, {s: "fast food", v: 0}, {s: "fast track", v: 0},
		{s: "hat trick", v: 0}, {s: "cheat code", v: 0}, {s: "chance of", v: 0}, {s: "chances of", v: 0},
		{s: "shares closed", v: 0}, {s: "shares jumped", v: 0}, {s: "shares dropped", v: 0},
		{s: "legend of", v: 0}, {s: "urban legend", v: 0}, {s: "of legends", v: 0},
		{s: "straight up", v: 0}, {s: "hours straight", v: 0}, {s: "days straight", v: 0},
		{s: "weeks straight", v: 0}, {s: "nights straight", v: 0}, {s: "years straight", v: 0},
		// Set phrases of risk and resignation: a thing "more trouble than
		// it's worth" is blame (VADER reads "worth"), taking "your chances"
		// with it is a gamble, "hope for the best" expects little, and
		// "the benefit of the doubt" is no benefit.
		{s: "trouble than it's worth", v: -2.0, fixed: true}, {s: "trouble than its worth", v: -2.0, fixed: true},
		{s: "trouble than it is worth", v: -2.0, fixed: true}, {s: "trouble than they're worth", v: -2.0, fixed: true},
		{s: "take your chances", v: -1.2}, {s: "take your chance", v: -1.2}, {s: "takes your chances", v: -1.2},
		{s: "hope for the best", v: -0.8, endsClause: true}, {s: "hope for the best with", v: -0.8}, {s: "benefit of the doubt", v: 0},
		{s: "like no other", v: 2.0}, {s: "no more than", v: 0}, {s: "no less than", v: 0}, {s: "no later than", v: 0},
		{s: "better yet", v: 0}, {s: "know better", v: 0}, {s: "knew better", v: 0}, {s: "known better", v: 0},
		{s: "give 'em hell", v: 1.5}, {s: "give em hell", v: 1.5},
		// What one goes back to "over and over" is loved ("I keep watching
		// it over and over"); "the same song over and over" is not.
		{s: "watching it over and over", v: 1.5}, {s: "watch it over and over", v: 1.5}, {s: "watched it over and over", v: 1.5},
		{s: "watching them over and over", v: 1.5}, {s: "watch them over and over", v: 1.5}, {s: "watched them over and over", v: 1.5},
		{s: "listen to it over and over", v: 1.5}, {s: "listening to it over and over", v: 1.5}, {s: "read it over and over", v: 1.5},
		// Price said to be fair is praise ("reasonably priced", "priced
		// right"), as "affordable" is; "reasonably" alone is a dampener.
		{s: "reasonably priced", v: 1.5}, {s: "fairly priced", v: 1.5}, {s: "well priced", v: 1.5}, {s: "priced right", v: 1.5},
		{s: "competitively priced", v: 1.5}, {s: "priced reasonably", v: 1.5}, {s: "priced fairly", v: 1.5},
		// A standard fallen short of or gone past: "below average", "below
		// par", "below expectations"; "above and beyond", "above average",
		// "exceeded my expectations".
		// "Average" ends its clause: "temperatures below average this
		// week" and "a below average rainfall" are statistics.
		{s: "below average", v: -1.5, endsClause: true}, {s: "below par", v: -1.5}, {s: "below expectations", v: -1.5, reread: costReading},
		{s: "below my expectations", v: -1.5, reread: costReading}, {s: "below standard", v: -1.5}, {s: "below standards", v: -1.5},
		{s: "below-par", v: -1.5}, {s: "above and beyond", v: 2.0},
		{s: "exceeded expectations", v: 2.0, reread: costReading}, {s: "exceeded my expectations", v: 2.0, reread: costReading}, {s: "exceeded our expectations", v: 2.0, reread: costReading},
		{s: "exceeded all expectations", v: 2.0, reread: costReading}, {s: "exceeded all my expectations", v: 2.0, reread: costReading}, {s: "exceeds expectations", v: 2.0, reread: costReading},
		{s: "exceeds my expectations", v: 2.0, reread: costReading}, {s: "surpassed my expectations", v: 2.0, reread: costReading}, {s: "surpassed expectations", v: 2.0, reread: costReading},
		{s: "surpassed all expectations", v: 2.0, reread: costReading}, {s: "above average", v: 1.2, endsClause: true},
		// A first visit that is the last, and a last purchase: "the first
		// (and last) time", "Last time buying from you", "might just be
		// the last".
		{s: "first and last time", v: -1.8}, {s: "first and last visit", v: -1.8}, {s: "last time buying", v: -1.5}, {s: "last time ordering", v: -1.5},
		{s: "last time i buy", v: -1.5}, {s: "last time i order", v: -1.5}, {s: "last time i ever", v: -1.5}, {s: "be the last", v: -1.2, endsClause: true},
		// Liking that was tried and failed, as "wanted to like" is; "a
		// riot" after a copula is fun, as "a blast" is.
		{s: "tried to like", v: -1.5, fixed: true}, {s: "trying to like", v: -1.5, fixed: true}, {s: "tried to love", v: -1.5, fixed: true},
		{s: "tried hard to like", v: -1.5, fixed: true}, {s: "tried so hard to like", v: -1.5, fixed: true},
		{s: "was a riot", v: 2}, {s: "is a riot", v: 2}, {s: "it's a riot", v: 2}, {s: "what a riot", v: 2}, {s: "such a riot", v: 2}, {s: "absolute riot", v: 2},
		// Advice to try a thing, as "check it out" is: "Give this one a
		// look", "give it a try".
		{s: "give it a try", v: 1.5}, {s: "give it a shot", v: 1.5}, {s: "give it a look", v: 1.5}, {s: "give this one a look", v: 1.5},
		{s: "give this a try", v: 1.5}, {s: "give this one a try", v: 1.5}, {s: "give them a try", v: 1.5}, {s: "give it a chance", v: 1.2},
		// What commentary says of policies and people: an insult is "a slap
		// in the face" (VADER rates "slap" +0.6), a light penalty "a slap
		// on the wrist", an effort that "did little to" help failed, a
		// judgement that "got it right" or was "the right call" is praised,
		// as are results that "speak for themselves" or "bear fruit"; a
		// plan "built on wishful thinking" is blamed; "a mass shooting"
		// rates no word.
		{s: "slap in the face", v: -2.0}, {s: "slap on the wrist", v: -1.2},
		{s: "did little to", v: -1.2}, {s: "does little to", v: -1.2}, {s: "done little to", v: -1.2}, {s: "do little to", v: -1.2},
		{s: "got it right", v: 1.5}, {s: "gets it right", v: 1.5}, {s: "got this one right", v: 1.5}, {s: "got that right", v: 1.5},
		{s: "step in the right direction", v: 1.5}, {s: "steps in the right direction", v: 1.5},
		// Progress however it goes: "heading in the right direction",
		// "trying to point in the right direction", "a nudge in the right
		// direction" ("right" alone is unrated in VADER).
		{s: "in the right direction", v: 1.5},
		{s: "strike the right balance", v: 1.5}, {s: "strikes the right balance", v: 1.5}, {s: "struck the right balance", v: 1.5},
		// Other set phrases of "strike" (VADER: strike -, struck -) that
		// are no blow: a chord that resonates, a balance found, a pose
		// taken.
		{s: "strike a chord", v: 1.3}, {s: "strikes a chord", v: 1.3}, {s: "struck a chord", v: 1.3}, {s: "striking a chord", v: 1.3},
		{s: "strike a balance", v: 1.0}, {s: "strikes a balance", v: 1.0}, {s: "struck a balance", v: 1.0}, {s: "striking a balance", v: 1.0},
		{s: "strike a pose", v: 0}, {s: "strikes a pose", v: 0}, {s: "struck a pose", v: 0}, {s: "striking a pose", v: 0},
		{s: "more questions than it answers", v: -1.3}, {s: "more questions than answers", v: -1.3},
		{s: "wolf in sheep's clothing", v: -1.5},
		{s: "let me down", v: -1.5}, {s: "let us down", v: -1.5}, {s: "let them down", v: -1.5}, {s: "let you down", v: -1.5},
		{s: "lets me down", v: -1.5}, {s: "lets us down", v: -1.5}, {s: "lets them down", v: -1.5}, {s: "lets you down", v: -1.5},
		{s: "let everyone down", v: -1.5}, {s: "letting me down", v: -1.5}, {s: "letting us down", v: -1.5},
		{s: "out of control", v: -1.5}, {s: "asleep at the wheel", v: -1.5}, {s: "asleep at the switch", v: -1.5},
		{s: "wearing thin", v: -1.2}, {s: "wears thin", v: -1.2}, {s: "wore thin", v: -1.2}, {s: "worn thin", v: -1.2},
		// What critics say of a film's jokes, pace and length, and of its
		// look: jokes that "fall flat" (VADER reads "jokes" +1.3), a film
		// that "wears out its welcome" (welcome +2.0) or "runs out of
		// steam", a twist seen "coming from a mile away", what alone is
		// "worth the price of admission", "a feast for the eyes", a cast
		// "having a ball".
		{s: "fall flat", v: -1.5}, {s: "falls flat", v: -1.5}, {s: "fell flat", v: -1.5}, {s: "falling flat", v: -1.5},
		{s: "wears out its welcome", v: -1.5}, {s: "wore out its welcome", v: -1.5}, {s: "overstays its welcome", v: -1.5},
		{s: "outstays its welcome", v: -1.5}, {s: "overstayed its welcome", v: -1.5}, {s: "outstayed its welcome", v: -1.5},
		{s: "runs out of steam", v: -1.3}, {s: "ran out of steam", v: -1.3}, {s: "run out of steam", v: -1.3},
		{s: "worth the price of admission", v: 2.0}, {s: "coming from a mile away", v: -1.0}, {s: "telegraphed from a mile away", v: -1.0},
		{s: "gone downhill", v: -1.5}, {s: "went downhill", v: -1.5}, {s: "going downhill", v: -1.5}, {s: "goes downhill", v: -1.5},
		{s: "a step down", v: -1.2}, {s: "huge step down", v: -1.2}, {s: "big step down", v: -1.2},
		{s: "bites off more than", v: -1.2}, {s: "bit off more than", v: -1.2}, {s: "bite off more than", v: -1.2},
		{s: "hit and miss", v: -0.8}, {s: "hit or miss", v: -0.8}, {s: "pale imitation", v: -1.5},
		{s: "all the right notes", v: 1.5}, {s: "pitch perfect", v: 2.0},
		{s: "a snooze", v: -1.5}, {s: "cure for insomnia", v: -1.5}, {s: "pure adrenaline", v: 1.5},
		{s: "goes nowhere", v: -1.2}, {s: "going nowhere", v: -1.2}, {s: "went nowhere", v: -1.2}, {s: "go nowhere", v: -1.2},
		{s: "instant classic", v: 2.0}, {s: "pure magic", v: 2.0}, {s: "stays with you", v: 1.2, endsClause: true}, {s: "stay with you for days", v: 1.2},
		{s: "stay with you long after", v: 1.2}, {s: "stays with you long after", v: 1.2},
		{s: "goes through the motions", v: -1.3}, {s: "going through the motions", v: -1.3},
		{s: "went through the motions", v: -1.3}, {s: "go through the motions", v: -1.3}, {s: "on autopilot", v: -1.0},
		{s: "riddled with", v: -1.3}, {s: "a hoot", v: 1.8}, {s: "a keeper", v: 1.5, endsClause: true},
		// "He's never been better", "it has never looked better": the
		// negation is the praise's (as "never seen better" is).
		{s: "never been better", v: 2.0, fixed: true}, {s: "never looked better", v: 2.0, fixed: true},
		{s: "never sounded better", v: 2.0, fixed: true}, {s: "never felt better", v: 2.0, fixed: true},
		{s: "feast for the eyes", v: 2.0}, {s: "having a ball", v: 1.5}, {s: "had a ball", v: 1.5},
		{s: "moving the goalposts", v: -1.3}, {s: "move the goalposts", v: -1.3}, {s: "moved the goalposts", v: -1.3},
		{s: "chilling effect", v: -1.5}, {s: "more problems than it solves", v: -1.5}, {s: "held accountable", v: -0.8},
		{s: "rose to the occasion", v: 1.5}, {s: "rise to the occasion", v: 1.5}, {s: "rises to the occasion", v: 1.5},
		{s: "heads in the sand", v: -1.3}, {s: "head in the sand", v: -1.3},
		// Editorial verdicts on a policy in set phrases: a crude tool, a
		// show, a cover-up, a delay or a fix that hides a fault.
		{s: "blunt instrument", v: -1.2}, {s: "a sop", v: -1.2}, {s: "publicity stunt", v: -1.5},
		{s: "publicity stunts", v: -1.5}, {s: "a whitewash", v: -1.5}, {s: "kick the can", v: -1.2},
		{s: "kicks the can", v: -1.2}, {s: "kicked the can", v: -1.2}, {s: "kicking the can", v: -1.2},
		{s: "paper over", v: -1.2}, {s: "papers over", v: -1.2}, {s: "papered over", v: -1.2},
		{s: "papering over", v: -1.2}, {s: "half measures", v: -1.0},
		{s: "paying dividends", v: 1.5}, {s: "pays dividends", v: 1.5}, {s: "paid dividends", v: 1.5}, {s: "pay dividends", v: 1.5},
		{s: "built on sand", v: -1.3}, {s: "fills a need", v: 1.2}, {s: "fills a desperate need", v: 1.5},
		{s: "fills a real need", v: 1.5}, {s: "filled a need", v: 1.2},
		{s: "playing politics", v: -1.3}, {s: "plays politics", v: -1.3}, {s: "holding the bag", v: -1.2},
		{s: "beating heart", v: 1.2}, // VADER rates "beating" -
		{s: "wishful thinking", v: -1.2}, {s: "little evidence", v: -1.0}, {s: "priced out", v: -1.3},
		{s: "paid the price", v: -1.3}, {s: "run out of money", v: -1.3}, {s: "ran out of money", v: -1.3},
		{s: "runs out of money", v: -1.3}, {s: "the right call", v: 1.5}, {s: "bear fruit", v: 1.5},
		{s: "bears fruit", v: 1.5}, {s: "bore fruit", v: 1.5}, {s: "borne fruit", v: 1.5}, {s: "bearing fruit", v: 1.5},
		{s: "speaks for itself", v: 1.0}, {s: "speak for themselves", v: 1.0}, {s: "unqualified success", v: 2.5},
		{s: "got a raise", v: 1.8}, {s: "gave me a raise", v: 1.8}, // VADER rates no word of it
		{s: "mass shooting", v: -2.5}, {s: "mass shootings", v: -2.5}, {s: "school shooting", v: -2.5}, {s: "school shootings", v: -2.5},
		// What customers say of a company's service: an agent who "hung up
		// on me" (no word of it rated), a refund or a swap made "no
		// questions asked" (VADER reads the "no"), a game that is "pay to
		// win"; a "bank holiday" is a date (VADER: holiday +1.6).
		{s: "hung up on", v: -1.5}, {s: "hangs up on", v: -1.5}, {s: "hang up on", v: -1.5}, {s: "hanging up on", v: -1.5},
		{s: "no questions asked", v: 1.5, fixed: true}, {s: "pay to win", v: -1.5},
		{s: "bank holiday", v: 0}, {s: "bank holidays", v: 0},
		// Praise in set phrases of reviews whose words are unrated: a
		// feature that is "a plus" (at its clause's end: "a plus one" is a
		// guest), "high quality", "simple to use", "a work of art", "what
		// a find", "go for it", "what more could you ask for", "spot on",
		// a thing that "does its job", "you're golden", "in awe".
		{s: "a plus", v: 1.5, endsClause: true}, {s: "big plus", v: 1.8}, {s: "huge plus", v: 2.0},
		{s: "real plus", v: 1.6}, {s: "added plus", v: 1.5}, {s: "definite plus", v: 1.6},
		{s: "another plus", v: 1.5}, {s: "on the plus side", v: 1.0},
		{s: "high quality", v: 1.8}, {s: "top quality", v: 2.0},
		{s: "simple to use", v: 1.5}, {s: "simple to set up", v: 1.5}, {s: "simple to install", v: 1.3},
		{s: "simple to navigate", v: 1.3}, {s: "simple to operate", v: 1.3}, {s: "simple to learn", v: 1.3},
		{s: "straightforward to use", v: 1.3}, {s: "work of art", v: 2.2}, {s: "what a find", v: 2.0},
		{s: "a real find", v: 2.0}, {s: "go for it", v: 1.5, endsClause: true},
		{s: "what more could you ask for", v: 2.0}, {s: "what more can you ask for", v: 2.0},
		{s: "what more could i ask for", v: 2.0}, {s: "what more can i ask for", v: 2.0},
		{s: "what more could anyone ask for", v: 2.0}, {s: "spot on", v: 1.8, endsClause: true},
		{s: "does its job", v: 1.2}, {s: "did its job", v: 1.2}, {s: "serves its purpose", v: 1.0},
		{s: "served its purpose", v: 1.0}, {s: "you're golden", v: 1.8}, {s: "you are golden", v: 1.8},
		{s: "you'll be golden", v: 1.8}, {s: "in awe", v: 2.0},
		{s: "can't imagine life without", v: 2.0, fixed: true}, {s: "can't imagine being without", v: 2.0, fixed: true},
		{s: "couldn't imagine life without", v: 2.0, fixed: true}, {s: "how did i ever live without", v: 2.0},
		{s: "how did i live without", v: 2.0}, {s: "how did i get by without", v: 2.0},
		{s: "how did i ever get by without", v: 2.0}, {s: "how did we live without", v: 2.0},
		{s: "how did we ever live without", v: 2.0}, {s: "how i lived without", v: 2.0, fixed: true},
		{s: "how i ever lived without", v: 2.0, fixed: true}, {s: "how we lived without", v: 2.0, fixed: true},
		// Won over: "after one bite, I was hooked", "I'll become a
		// regular", "the place to go", "always a hit with the kids";
		// and its refusal, "you couldn't pay me to eat here again".
		{s: "i was hooked", v: 1.8, endsClause: true}, {s: "i'm hooked", v: 1.8, endsClause: true},
		{s: "i am hooked", v: 1.8, endsClause: true}, {s: "we were hooked", v: 1.8, endsClause: true},
		{s: "we're hooked", v: 1.8, endsClause: true}, {s: "i got hooked", v: 1.8, endsClause: true},
		{s: "become a regular", v: 1.5}, {s: "becoming a regular", v: 1.5},
		{s: "is the place to go", v: 1.5},
		{s: "always a hit", v: 1.5}, {s: "was a hit", v: 1.5}, {s: "is a hit", v: 1.5}, {s: "were a hit", v: 1.5},
		{s: "are a hit", v: 1.5}, {s: "a big hit", v: 1.8}, {s: "a huge hit", v: 2.0},
		{s: "couldn't pay me to", v: -2.0, fixed: true}, {s: "could not pay me to", v: -2.0, fixed: true},
		{s: "couldn't pay me enough", v: -2.0, fixed: true},
		// Service beyond the call: "the staff went out of their way to
		// find us a room" (what they went out of their way to do, when
		// rated, is rated too: "went out of his way to be rude").
		{s: "went out of their way to", v: 1.8, reread: outOfWayReading}, {s: "went out of his way to", v: 1.8, reread: outOfWayReading},
		{s: "went out of her way to", v: 1.8, reread: outOfWayReading}, {s: "go out of their way to", v: 1.8, reread: outOfWayReading},
		{s: "goes out of her way to", v: 1.8, reread: outOfWayReading}, {s: "goes out of his way to", v: 1.8, reread: outOfWayReading},
		{s: "going out of their way to", v: 1.8, reread: outOfWayReading},
		// A thing that does all it should, came on time, or that one
		// would buy again: "does everything I need", "the delivery was
		// on time", "I would order another." (at the end: not "would buy
		// another brand").
		{s: "does everything it", v: 1.5}, {s: "does everything i", v: 1.5}, {s: "does everything you", v: 1.5},
		{s: "does everything we", v: 1.5}, {s: "did everything it", v: 1.5}, {s: "does everything and more", v: 2.0},
		{s: "was on time", v: 1.2}, {s: "were on time", v: 1.2},
		{s: "arrived on time", v: 1.2}, {s: "delivered on time", v: 1.2},
		{s: "would order another", v: 1.8, endsClause: true}, {s: "would buy another", v: 1.8, endsClause: true},
		{s: "would buy another one", v: 1.8, endsClause: true}, {s: "would order another one", v: 1.8, endsClause: true},
		{s: "will buy another", v: 1.8, endsClause: true}, {s: "would purchase another", v: 1.8, endsClause: true},
		{s: "money out the window", v: -2.0},
		// The hope a thing is measured by rates nothing of its own: "not
		// as good as I had hoped" is "not as good".
		{s: "as i had hoped", v: 0}, {s: "as i hoped", v: 0}, {s: "as i'd hoped", v: 0}, {s: "as we had hoped", v: 0},
		{s: "as we hoped", v: 0}, {s: "as i was hoping", v: 0}, {s: "as we were hoping", v: 0},
		// And their blame: "a real minus", "went up in smoke", "craps
		// out", "took some getting used to", "hard to use", "what kind of
		// company does that".
		{s: "real minus", v: -1.6},
		{s: "is a minus", v: -1.5}, {s: "was a minus", v: -1.5}, {s: "another minus", v: -1.5},
		{s: "on the minus side", v: -1.0}, {s: "went up in smoke", v: -2.0}, {s: "go up in smoke", v: -2.0},
		{s: "goes up in smoke", v: -2.0}, {s: "craps out", v: -1.8}, {s: "crapped out", v: -1.8},
		{s: "crap out", v: -1.8}, {s: "took some getting used to", v: -0.8}, {s: "takes some getting used to", v: -0.8},
		{s: "take some getting used to", v: -0.8}, {s: "steep learning curve", v: -1.2}, {s: "be forewarned", v: -1.2},
		{s: "hard to use", v: -1.3}, {s: "harder to use", v: -1.0}, {s: "hard to understand", v: -1.2},
		{s: "what kind of company does that", v: -2.0}, {s: "what kind of a company does that", v: -2.0},
		{s: "what kind of business does that", v: -2.0}, {s: "hazard lights", v: 0}, {s: "hazard light", v: 0},
		{s: "barely edible", v: -1.8}, {s: "hardly edible", v: -1.8},
		{s: "totally blows", v: -2.0}, {s: "really blows", v: -1.8}, {s: "that blows", v: -1.5, endsClause: true},
		{s: "this blows", v: -1.5, endsClause: true}, {s: "it blows", v: -1.5, endsClause: true},
		{s: "an off night", v: -1.2}, {s: "an off day", v: -1.0}, {s: "off putting", v: -1.5},
		{s: "don't go there", v: -1.5, fixed: true}, {s: "a madhouse", v: -1.2},
		// What critics say of a film (or a book, a show, a product) in
		// words VADER leaves unrated or reads the other way: "plot holes",
		// "little else to offer", "couldn't take it seriously", "even X
		// can't save it", "I'll never get those two hours back", "nothing
		// to recommend it", "I don't see how anyone could enjoy this", "the
		// less said the better" (and "not in a good way" above, "is beyond
		// me" below).
		{s: "plot holes", v: -1.5}, {s: "plot hole", v: -1.3}, {s: "holes in the plot", v: -1.5},
		{s: "holes in the script", v: -1.5}, {s: "holes in the story", v: -1.5}, {s: "second thoughts", v: -0.8},
		{s: "little else to offer", v: -1.3},
		{s: "little to offer", v: -1.3}, {s: "nothing to offer", v: -1.5, fixed: true},
		{s: "couldn't take it seriously", v: -1.2, fixed: true}, {s: "couldn't take them seriously", v: -1.2, fixed: true},
		{s: "can't take it seriously", v: -1.2, fixed: true}, {s: "can't take them seriously", v: -1.2, fixed: true},
		{s: "hard to take seriously", v: -1.2}, {s: "can't save this", v: -1.5, fixed: true},
		{s: "can't save it", v: -1.5, fixed: true}, {s: "couldn't save it", v: -1.5, fixed: true},
		{s: "couldn't save this", v: -1.5, fixed: true}, {s: "cannot save this", v: -1.5, fixed: true},
		{s: "never get back", v: -1.5, fixed: true, endsClause: true}, {s: "never get that time back", v: -1.5, fixed: true},
		{s: "minutes back", v: -1.5, endsClause: true}, {s: "hours back", v: -1.5, endsClause: true},
		{s: "wish i could get back", v: -1.5, endsClause: true}, {s: "wish i could have back", v: -1.5, endsClause: true},
		{s: "wish i could bring back", v: -1.5, endsClause: true}, {s: "wish we could get back", v: -1.5, endsClause: true},
		{s: "nothing to recommend", v: -1.5, fixed: true}, {s: "nothing at all to recommend", v: -1.5, fixed: true},
		{s: "how anyone could enjoy", v: -1.5, fixed: true}, {s: "how anyone could possibly enjoy", v: -1.5, fixed: true},
		{s: "how anyone can enjoy", v: -1.5, fixed: true}, {s: "how anyone could like", v: -1.5, fixed: true},
		{s: "how anyone could recommend", v: -1.5, fixed: true}, {s: "the less said", v: -1.5},
		{s: "the least said", v: -1.5}, {s: "it just blew", v: -1.8},
		// Praise by what is hard to find: "I struggle to find anything bad
		// to say", "never a wait".
		{s: "struggle to find anything bad", v: 1.8, fixed: true}, {s: "hard to find anything bad", v: 1.8, fixed: true},
		{s: "never a wait", v: 1.5, fixed: true},
		// Set phrases of any subject whose rated word is not what they
		// say: "trial and error" is a way of working (VADER: error -1.7);
		// "a great deal of", "a great many", "the great majority" and "to
		// a great extent" are quantities (great +3.1); the worst that is
		// over or behind us is relief (worst -3.1).
		{s: "trial and error", v: 0}, {s: "great deal of", v: 0}, {s: "a great many", v: 0},
		{s: "great majority", v: 0}, {s: "great extent", v: 0}, {s: "great lengths", v: 0},
		{s: "worst is over", v: 1.5}, {s: "worst of it is over", v: 1.5}, {s: "worst has passed", v: 1.5},
		{s: "worst of it has passed", v: 1.5}, {s: "worst is behind us", v: 1.5}, {s: "worst is behind me", v: 1.5},
		{s: "worst is past", v: 1.5}, {s: "worst was over", v: 1.5},
		// Doubt that grows ("I'm starting to wonder if he ever paid"; not
		// "starting to wonder what to cook"), and
		// a "wonder why" left unanswered ("People are staring. I wonder
		// why..."), which means the writer knows and disapproves.
		{s: "starting to wonder if", v: -1.0}, {s: "beginning to wonder if", v: -1.0}, {s: "starting to wonder whether", v: -1.0},
		{s: "beginning to wonder whether", v: -1.0}, {s: "start to wonder if", v: -1.0}, {s: "begin to wonder if", v: -1.0},
		{s: "wonder why", v: -1.0, endsClause: true},
		// What is "beyond me" the writer cannot fathom, and blames ("Why
		// anyone bought it is beyond me"); "the final blow" ends what was
		// failing (VADER rates no word of either).
		{s: "is beyond me", v: -1.3}, {s: "was beyond me", v: -1.3}, {s: "are beyond me", v: -1.3},
		{s: "final blow", v: -1.5},
		// A drawback named as a "minus" (not the grade "an A minus"), and
		// humour a film did not mean, which mocks it (VADER: funny +1.9).
		{s: "big minus", v: -1.3}, {s: "major minus", v: -1.3}, {s: "huge minus", v: -1.3}, {s: "biggest minus", v: -1.3},
		{s: "only minus", v: -1.0}, {s: "unintentionally funny", v: -1.5}, {s: "unintentionally hilarious", v: -1.5},
		{s: "unintentionally comical", v: -1.5}, {s: "unintentionally comic", v: -1.5},
		// A lazy day is one of rest, no fault (VADER: lazy -1.5), and a
		// promise that is empty is blame (VADER: promise +1.3).
		{s: "lazy sunday", v: 0}, {s: "lazy saturday", v: 0}, {s: "lazy weekend", v: 0}, {s: "lazy day", v: 0},
		{s: "lazy morning", v: 0}, {s: "lazy afternoon", v: 0}, {s: "lazy evening", v: 0},
		{s: "empty promise", v: -1.5}, {s: "empty promises", v: -1.5},
		// One who "passed away" died, said gently: mourned, milder than
		// VADER's "died" -2.6; a flat tire is a mishap (VADER: flat 0).
		// A fine for parking or speeding is a mishap (VADER: ticket 0),
		// and a part that "snapped off" broke.
		{s: "parking ticket", v: -1.5}, {s: "parking tickets", v: -1.5}, {s: "speeding ticket", v: -1.5},
		{s: "speeding tickets", v: -1.5}, {s: "traffic ticket", v: -1.5}, {s: "snapped off", v: -1.5},
		// A secret told is no mess (earshot: spilled -1.0).
		{s: "spilled the beans", v: 0}, {s: "spilt the beans", v: 0},
		// What one has saved ("all my saved playlists", "your saved
		// passwords") is kept data, no rescue (VADER: saved +1.1).
		{s: "my saved", v: 0}, {s: "your saved", v: 0}, {s: "our saved", v: 0}, {s: "their saved", v: 0},
		{s: "his saved", v: 0}, {s: "her saved", v: 0},
		// A stop on the way is a visit, not a halt (VADER: stop -1.2,
		// stopped -0.9): "stopped by this place", "stopped in for lunch"
		// (and "stopped at a diner": see stopVisit). One "stopped by
		// police" was halted.
		{s: "stopped by", v: 0}, {s: "stop by", v: 0}, {s: "stops by", v: 0}, {s: "stopping by", v: 0},
		{s: "stopped in for", v: 0}, {s: "stop in for", v: 0},
		{s: "was stopped by", v: -0.9}, {s: "were stopped by", v: -0.9}, {s: "got stopped by", v: -0.9},
		{s: "flat tire", v: -1.5}, {s: "flat tires", v: -1.5}, {s: "flat tyre", v: -1.5}, {s: "flat tyres", v: -1.5},
		{s: "passed away", v: -1.5}, {s: "pass away", v: -1.5}, {s: "passes away", v: -1.5},
		// "It's the little things": the small pleasures that make a day,
		// a saying of contentment.
		{s: "it's the little things", v: 1.2}, {s: "it's the simple things", v: 1.2}, {s: "it's the small things", v: 1.2},
		{s: "its the little things", v: 1.2}, {s: "its the simple things", v: 1.2}, {s: "its the small things", v: 1.2},
		{s: "little things in life", v: 1.2}, {s: "simple things in life", v: 1.2}, {s: "small things in life", v: 1.2},
		// "Zero issues", "0 complaints": none, said with a number, as
		// "no issues" is.
		{s: "zero issues", v: 1.3}, {s: "0 issues", v: 1.3}, {s: "zero problems", v: 1.3}, {s: "0 problems", v: 1.3},
		{s: "zero complaints", v: 1.3}, {s: "0 complaints", v: 1.3},
		// "I feel you (on that)": sympathy and agreement, not a touch nor
		// an opinion ("I feel you should go" opens one).
		{s: "i feel you", v: 1.0, endsClause: true}, {s: "i feel ya", v: 1.0, endsClause: true},
		{s: "i feel you on", v: 1.0}, {s: "i feel ya on", v: 1.0},
		// "Yet another" is weary of one more of the same ("yet another
		// delay", "Yet another day on campus"); praise after it outweighs
		// it ("yet another wonderful film").
		{s: "yet another", v: -0.6},
		// A car scratched with a key is vandalism; a code keyed in is not.
		{s: "keyed my car", v: -1.8}, {s: "keyed his car", v: -1.8}, {s: "keyed her car", v: -1.8}, {s: "keyed our car", v: -1.8},
		{s: "keyed your car", v: -1.8}, {s: "keyed their car", v: -1.8}, {s: "car got keyed", v: -1.8}, {s: "car was keyed", v: -1.8},
		// Passing time harms no one (VADER: kill -3.7).
		{s: "kill time", v: 0}, {s: "kill some time", v: 0}, {s: "killing time", v: 0}, {s: "killing some time", v: 0},
		{s: "killed time", v: 0}, {s: "killed some time", v: 0}, {s: "kill a few hours", v: 0}, {s: "kill an hour", v: 0},
		// Harm VADER rates no word of: a person run over by a car (not
		// "the meeting ran over", "run it over to the office"), and a
		// wish that someone be punished ("should be fired", "ought to be
		// locked up"), which blames them.
		{s: "run me over", v: -2.0}, {s: "run him over", v: -2.0}, {s: "run her over", v: -2.0}, {s: "run us over", v: -2.0}, {s: "runs me over", v: -2.0},
		{s: "runs him over", v: -2.0}, {s: "runs her over", v: -2.0}, {s: "runs us over", v: -2.0}, {s: "ran me over", v: -2.0}, {s: "ran him over", v: -2.0},
		{s: "ran her over", v: -2.0}, {s: "ran us over", v: -2.0}, {s: "running me over", v: -2.0}, {s: "running him over", v: -2.0}, {s: "running her over", v: -2.0},
		{s: "running us over", v: -2.0}, {s: "got run over", v: -2.0}, {s: "get run over", v: -2.0}, {s: "gets run over", v: -2.0}, {s: "getting run over", v: -2.0},
		{s: "was run over", v: -2.0}, {s: "were run over", v: -2.0}, {s: "been run over", v: -2.0},
		{s: "should be flogged", v: -1.8}, {s: "should be fired", v: -1.8}, {s: "should be sacked", v: -1.8}, {s: "should be jailed", v: -1.8}, {s: "should be locked up", v: -1.8},
		{s: "should be hanged", v: -1.8}, {s: "should be whipped", v: -1.8}, {s: "deserves to be flogged", v: -1.8}, {s: "deserves to be fired", v: -1.8}, {s: "deserves to be sacked", v: -1.8},
		{s: "deserves to be jailed", v: -1.8}, {s: "deserves to be locked up", v: -1.8}, {s: "deserves to be hanged", v: -1.8}, {s: "deserves to be whipped", v: -1.8}, {s: "deserve to be flogged", v: -1.8},
		{s: "deserve to be fired", v: -1.8}, {s: "deserve to be sacked", v: -1.8}, {s: "deserve to be jailed", v: -1.8}, {s: "deserve to be locked up", v: -1.8}, {s: "deserve to be hanged", v: -1.8},
		{s: "deserve to be whipped", v: -1.8}, {s: "ought to be flogged", v: -1.8}, {s: "ought to be fired", v: -1.8}, {s: "ought to be sacked", v: -1.8}, {s: "ought to be jailed", v: -1.8},
		{s: "ought to be locked up", v: -1.8}, {s: "ought to be hanged", v: -1.8}, {s: "ought to be whipped", v: -1.8},
	} {
		addIdiom(id.s, id)
		// The table writes the straight apostrophe; text from phones and
		// word processors often has the curly one ("it’s more trouble
		// than it’s worth"), so each phrase with one is listed in both.
		if strings.Contains(id.s, "'") {
			addIdiom(strings.ReplaceAll(id.s, "'", "’"), id)
		}
	}
	s.misspelt = make(map[string]wordInfo)
	for w, wi := range s.words {
		if len(w) < minMisspelt || math.Abs(wi.val) < 1.5 || wi.flags&(wBoostUp|wBoostDown|wNegator) != 0 || !isLowerASCII(w) {
			continue
		}
		// A first letter is seldom left out, and without the h of a
		// digraph a word is often another one ("threat", "treat").
		for k := 1; k < len(w); k++ {
			if w[k] == 'h' {
				continue
			}
			d := w[:k] + w[k+1:]
			if _, real := s.words[d]; real {
				continue
			}
			if old, dup := s.misspelt[d]; dup && old.val != wi.val {
				old.val = 0 // two words one letter from it: no guess
				s.misspelt[d] = old
				continue
			}
			s.misspelt[d] = wordInfo{val: wi.val, flags: wInLexicon}
		}
	}
	s.known, s.knownMisspelt = new(wordBits), new(wordBits)
	for w := range s.words {
		s.known.add(fnv([]byte(w)))
	}
	for w := range s.misspelt {
		s.knownMisspelt.add(fnv([]byte(w)))
	}
	s.table = sortedWordTable(s.words)
	s.idiomEnds = newIdiomIndex(s.idiomsByEnd)
	s.pool.New = func() any { return new(sentScratch) }
	return s
}

// wordBits is a set of word hashes, one bit each, that may answer yes for
// a word it does not hold but never no for one it does. Most tokens are
// not in the word table, and the table's 8,000 entries do not stay in the
// processor's cache as the 16 KB of the bits do: looking a word's bit up
// first spares the map most of its misses, which were the tokeniser's
// largest cost.
type wordBits [1 << 11]uint64

// wordBit is the bit of the FNV-1a hash h: its top 17 bits, which mix
// every byte of the word better than its bottom ones.
func wordBit(h uint32) (word, bit uint32) { return h >> 21, (h >> 15) & 63 }

func (b *wordBits) add(h uint32) {
	w, k := wordBit(h)
	b[w] |= 1 << k
}

func (b *wordBits) mayHave(h uint32) bool {
	w, k := wordBit(h)
	return b[w]&(1<<k) != 0
}

// find looks w up in words, asking known first.
func (s *Scorer) find(w []byte) (wordInfo, bool) {
	return s.findHashed(w, fnv(w))
}

// findHashed is find for a word whose hash h the caller has at hand.
func (s *Scorer) findHashed(w []byte, h uint32) (wordInfo, bool) {
	if !s.known.mayHave(h) {
		return wordInfo{}, false
	}
	if len(w) <= wordKeyMax && s.table != nil {
		return s.table.find(w, h)
	}
	wi, ok := s.words[string(w)]
	return wi, ok
}

// hashesAt reports whether toks' hashes are hs, in order (len(toks) ==
// len(hs)).
func hashesAt(toks []sentToken, hs []uint32) bool {
	for k, h := range hs {
		if toks[k].hash != h {
			return false
		}
	}
	return true
}

// negatedWord returns the entry of a word made of w and an affix that
// negates it ("un" + "creative", "fun" + "-free"): w's rating negated as
// "not" does, when the lexicon rates w and w is no booster or negator.
func (s *Scorer) negatedWord(w []byte) (wordInfo, bool) {
	wi, ok := s.find(w)
	if !ok || wi.flags&wInLexicon == 0 || wi.val == 0 || wi.flags&(wBoostUp|wBoostDown|wNegator) != 0 {
		return wordInfo{}, false
	}
	return wordInfo{val: wi.val * negScalar, flags: wInLexicon}, true
}

// elongated reports whether w has a letter three or more times in a row.
func elongated(w []byte) bool {
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] {
			return true
		}
	}
	return false
}

// minMisspelt is the shortest unknown word that lookup tries to read as a
// misspelling: shorter ones are too often other real words one letter away.
const minMisspelt = 8

// isLowerASCII reports whether w is all ASCII lower-case letters.
func isLowerASCII[T ~string | ~[]byte](w T) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// lookup returns the entry of word w (lower-cased), whose hash fnv(w) is
// h. A word not in the table is read, in this order, as an elongation
// ("sooo", "loooove": letters repeated three or more times count twice,
// then once) or, when it is long, as a misspelling of a strongly rated
// word by one letter too many ("dissappointed") or too few ("fantasic"),
// which social text and reviews are full of.
func (s *Scorer) lookup(w []byte, h uint32) wordInfo {
	return s.lookupClass(w, h, ^uint8(0))
}

// lookupClass is lookup for a word whose bytes' classes (see byteClass),
// or-ed, are within seen: a word without bHyphen skips the hyphens' rules.
func (s *Scorer) lookupClass(w []byte, h uint32, seen uint8) wordInfo {
	if wi, ok := s.findHashed(w, h); ok {
		return wi
	}
	if len(w) > 64 {
		return wordInfo{}
	}
	var buf [64]byte
	if elongated(w) {
		n := 0
		for i, c := range w {
			if i >= 2 && c == w[i-1] && c == w[i-2] {
				continue
			}
			buf[n] = c
			n++
		}
		if wi, ok := s.find(buf[:n]); ok {
			return wi
		}
		m := 0
		for i := range n {
			if i == 0 || buf[i] != buf[i-1] {
				buf[m] = buf[i]
				m++
			}
		}
		if wi, ok := s.find(buf[:m]); ok {
			return wi
		}
		return wordInfo{}
	}
	// A dropped g ("lovin", "hatin'"): social text writes -ing so.
	if n := len(w); n >= 5 && n < len(buf) && w[n-2] == 'i' && w[n-1] == 'n' {
		n := copy(buf[:], w)
		buf[n] = 'g'
		if wi, ok := s.find(buf[:n+1]); ok {
			return wi
		}
	}
	// A prefix written with a hyphen makes the rated word written closed
	// ("over-priced", "sub-par", "non-sense", "dis-appointed").
	if seen&bHyphen == 0 {
		// No hyphen: neither rule below applies.
	} else if k := bytes.IndexByte(w, '-'); k > 0 && k+1 < len(w) && hyphenPrefix(w[:k]) {
		n := copy(buf[:], w[:k])
		n += copy(buf[n:], w[k+1:])
		if wi, ok := s.find(buf[:n]); ok && wi.flags&wInLexicon != 0 && wi.val != 0 {
			return wi
		}
	}
	// A stutter written out ("h-happy", "s-s-sorry", "b-b-bad"): the
	// word's first letter said over before it is the word.
	if len(w) >= 4 && w[1] == '-' && w[2] == w[0] {
		if wi, ok := s.find(unstutter(w)); ok && wi.flags&wInLexicon != 0 && wi.val != 0 {
			return wi
		}
	}
	// "charisma-free", "stress-free": without it, the rating of what is
	// missing negated, as "not" does.
	if n := len(w); seen&bHyphen != 0 && n > 6 && string(w[n-5:]) == "-free" {
		if wi, ok := s.negatedWord(w[:n-5]); ok {
			return wi
		}
	}
	// British spellings of rated words: "favourite", "flavourful",
	// "mesmerising", "realised".
	if alt, ok := americanSpelling(w, buf[:0]); ok {
		if wi, ok := s.find(alt); ok && wi.flags&wInLexicon != 0 && wi.val != 0 {
			return wi
		}
	}
	// "un" before a rated word negates it ("uncreative", "unexciting"),
	// when what follows is long enough to be a word of its own ("unlike",
	// "unreal" and "unless" are not negations).
	if n := len(w); n >= 7 && w[0] == 'u' && w[1] == 'n' {
		if wi, ok := s.negatedWord(w[2:]); ok {
			return wi
		}
	}
	// Laughter drawn out or led in ("hahahaha", "ahahah", "hehehe",
	// "bwahaha", "lololol"): VADER rates "haha" and "hahaha", "lol", but
	// no longer form.
	if l := laughter(w); l != "" {
		if wi, ok := s.find([]byte(l)); ok {
			return wordInfo{val: wi.val, flags: wInLexicon}
		}
	}
	// A closed compound of a hashtag that ends in a verdict on what it
	// names ("#mondaysucks", "#ncaasucks", "#epicfail", "#macfail"): the
	// verdict is the tag's rating. No English word ends so.
	if n := len(w); n >= 7 && (w[n-1] == 's' || w[n-1] == 'l') && isLowerASCII(w) {
		var verdict []byte
		switch {
		case string(w[n-5:]) == "sucks":
			verdict = w[n-5:]
		case string(w[n-4:]) == "fail":
			verdict = w[n-4:]
		}
		if wi, ok := s.find(verdict); ok && verdict != nil && wi.val != 0 {
			return wordInfo{val: wi.val, flags: wInLexicon}
		}
	}
	if len(w) < minMisspelt {
		return wordInfo{}
	}
	if !isLowerASCII(w) {
		return wordInfo{}
	}
	if s.knownMisspelt.mayHave(h) {
		if wi, ok := s.misspelt[string(w)]; ok {
			return wi
		}
	}
	// One letter too many: only a doubled one ("dissappointed"), since
	// a real word often is a rated one with a letter added ("painting",
	// "relation").
	for k := 1; k < len(w) && len(w) > minMisspelt; k++ {
		if w[k] != w[k-1] {
			continue
		}
		n := copy(buf[:], w[:k])
		n += copy(buf[n:], w[k+1:])
		if wi, ok := s.find(buf[:n]); ok && wi.flags&wInLexicon != 0 && math.Abs(wi.val) >= 1.5 &&
			wi.flags&(wBoostUp|wBoostDown|wNegator) == 0 {
			return wordInfo{val: wi.val, flags: wInLexicon}
		}
	}
	return wordInfo{}
}

// sentToken is one word, emoticon or emoji, as byte offsets into the text
// and its lower-cased copy.
type sentToken struct {
	start, end int32
	info       wordInfo
	flags      uint16
	hash       uint32 // FNV-1a of the lower-cased word, for the hashed features
	val        float64
	modStart   int32 // start of the negator or booster that changed val, else start
	span       int32 // for the last word of an idiom: how many words before it are in it
}

const (
	tUpper uint16 = 1 << iota
	tEndSentence
	tEmoji
	tEmoticon
	tNegScope // follows a negator in the same clause
	tNegated  // its rating was flipped by a negation
	tEndClause
	tNt // ends in "n't" (any apostrophe): a negator whatever the lexicon says; set once, read often
	// tReaches marks a negator that negated a rated word beyond the
	// three words negatesUnrated looks at ("none of these are perfect",
	// "wouldn't be such a bad idea"), so that it is not also read as
	// reaching none.
	tReaches
	tQuestion // ends a sentence with "?"
	// tLevel marks a verb of decrease, or the level it falls to, that
	// fallAfter read as the change of its rated subject: "Crime fell to
	// its lowest level" rates the crime, not the falling nor the low.
	tLevel
	// tFalling marks a rated word after a participle of decrease that
	// says it lessens ("falling crime", "declining trust"; see
	// rateChanging): the negation pass reads less of it.
	tFalling
)

type sentScratch struct {
	lower  []byte
	toks   []sentToken
	hashes []uint32
}

// analysis is everything the rules found in one text: the inputs of the
// learned model.
type analysis struct {
	compound            float64
	posSum, negSum      float64 // VADER's sifted sums (each rating +-1)
	nPos, nNeg, nNeu    int
	nTokens, nUpper     int
	exclaims, questions int
	negated, negators   int
	hasBut              bool
	afterBut            float64
	emojiSum            float64
	firstSent, lastSent float64
	maxPos, minNeg      float64
	sarcasm             bool
	sumRaw              float64
	// words has the word flags of every token (wordInfo.flags) or-ed:
	// a rule that needs a word no token has is skipped.
	words uint64
	// classes has the byte classes (see byteClass) of the text's bytes
	// other than white space, or-ed: rateScores needs no search for a
	// digit.
	classes uint8
	// connotSum is the sum of the connotations of connotN words the
	// lexicon does not rate, filled in only for the learned layer (see
	// addConnotation).
	connotSum float64
	connotN   int
}

// scoredText is text as the Scorer reads it, and as TrainScorer learns
// from it: HTML escapes decoded, cut to maxSentimentText bytes (token
// offsets are int32).
func scoredText(text string) string {
	text = unescapeEntities(text)
	if len(text) > maxSentimentText {
		text = text[:maxSentimentText]
	}
	return text
}

// Score rates text. Any input is accepted, but the lexicon and the model are
// English: callers should detect the language first and leave other
// languages unscored rather than trust a label on them.
func (s *Scorer) Score(text string) Sentiment {
	text = scoredText(text)
	sc := s.pool.Get().(*sentScratch)
	defer s.pool.Put(sc)
	a := s.analyze(text, sc, s.model != nil && s.model.buckets > 0)
	if s.model != nil && !gated(&a, s.model.gate) {
		addConnotation(&a, sc, s.connot())
	}
	var out Sentiment
	if s.model == nil {
		out.Score = a.compound
		switch {
		case a.compound >= 0.05:
			out.Label = post.Positive
		case a.compound <= -0.05:
			out.Label = post.Negative
		default:
			out.Label = post.Neutral
		}
	} else {
		out.Label, out.Score = s.model.predict(&a, sc.hashes)
	}
	out.Terms = topTerms(text, sc.toks)
	return out
}

// maskNames returns texts with each word of the mentioned brands' names
// (found[i], when its relevance reaches MentionThreshold) that the lexicon
// or the rules read ("Best" of "Best Buy", "Creative", "No" of "No
// Frills") written over with x's of the same case and length: a name is
// no praise, blame, negation or booster, and the same offsets keep the
// mentions where they were. A text with no such word is returned as it is.
func (s *Scorer) maskNames(texts []string, found []mentionResult) []string {
	out, copied := texts, false
	for _, m := range found {
		if m.relevance < MentionThreshold {
			continue
		}
		for k, spans := range m.spans {
			for _, sp := range spans {
				name := out[k][sp[0]:sp[1]]
				for ws := 0; ws < len(name); {
					we := ws
					for we < len(name) && isWordByte(name, we) {
						we++
					}
					if we == ws {
						ws++
						continue
					}
					if w := strings.Trim(name[ws:we], "'-_"); w != "" && s.reads(w) {
						if !copied {
							out, copied = slices.Clone(texts), true
						}
						out[k] = out[k][:sp[0]+ws] + xOut(name[ws:we]) + out[k][sp[0]+we:]
						name = out[k][sp[0]:sp[1]]
					}
					ws = we
				}
			}
		}
	}
	return out
}

// reads reports whether the lexicon rates word or a rule reads it (a
// negator, a booster, "but"...), in any case.
func (s *Scorer) reads(word string) bool {
	var buf [64]byte
	if len(word) > len(buf) {
		return false // no lexicon entry is this long
	}
	low := buf[:len(word)]
	for i := range len(word) {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	wi := s.lookup(low, fnv(low))
	return wi.val != 0 || wi.flags != 0
}

// xOut returns w with its upper-case ASCII letters as 'X' and every other
// byte as 'x': a word of the same length and case that nothing rates.
func xOut(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = 'X'
		} else {
			b[i] = 'x'
		}
	}
	return string(b)
}

// unescapeEntities decodes the HTML character references that tweets and
// other API text keep ("&lt;3", "&gt;:(", "&amp;"): escaped, an emoticon
// is no emoticon. Text without an "&" is returned as it is, at no cost.
func unescapeEntities(text string) string {
	if !strings.Contains(text, "&") {
		return text
	}
	return html.UnescapeString(text)
}

// analyze runs the tokeniser and the rules over text, leaving the tokens
// (with their final ratings) and, when withHashes, the hashed word and bigram
// features in sc.
func (s *Scorer) analyze(text string, sc *sentScratch, withHashes bool) analysis {
	var a analysis
	s.tokenize(text, sc, &a)
	toks := sc.toks
	low := sc.lower
	a.nTokens = len(toks)
	capDiff := a.nUpper > 0 && a.nUpper < a.nTokens
	// "no one could help me" negates; "not only fast but also quiet"
	// denies nothing.
	negatorPhrases(low, toks)

	// Idioms: the rating of an idiom replaces those of its words.
	for i := range toks {
		if toks[i].info.flags&wIdiomEnd == 0 {
			continue
		}
		var prev uint32
		if i > 0 {
			prev = toks[i-1].hash
		}
		cands := s.idiomEnds.lookup(toks[i].hash, prev, i > 0)
		for ci := range cands {
			c := &cands[ci]
			n := int(c.n)
			if i+1 < n {
				continue
			}
			// The words' hashes first: an idiom whose words differ
			// cannot match, and the checks below only read.
			m := min(n, idiomHashes)
			if !hashesAt(toks[i+1-m:i+1], c.hashes[:m]) {
				continue
			}
			id := &s.idioms[c.idx]
			if id.endsClause && i+1 < len(toks) && toks[i].flags&tEndClause == 0 &&
				toks[i+1].flags&(tEmoji|tEmoticon) == 0 && !clauseTail(low, &toks[i+1]) &&
				(id.endsAlso == nil || !id.endsAlso(low, toks, i+1, i+1-n)) {
				continue
			}
			// The hashes of its last idiomHashes words (every word of
			// the idioms there are) matched; the words decide.
			match := true
			for k, w := range id.words {
				if tokWord(low, toks, i+1-n+k) != w {
					match = false
					break
				}
			}
			if match && plainSense(low, toks, id.words, i) {
				match = false // "did little to the schedule", "hung up on time"
			}
			if match {
				for k := i + 1 - n; k < i; k++ {
					toks[k].info.flags &^= wInLexicon
					toks[k].info.val = 0
				}
				toks[i].info.val = id.v
				if id.reread != nil {
					toks[i].info.val = id.reread(low, toks, i+1-n, id.v)
				}
				// The last word stays a measure ("mortgage rates", an
				// idiom of 0, still plummet as news).
				toks[i].info.flags = wInLexicon | wIdiomEnd | toks[i].info.flags&wMeasure
				if id.fixed {
					toks[i].info.flags |= wFixed
				}
				toks[i].modStart = toks[i+1-n].start
				toks[i].span = int32(n - 1)
			}
		}
	}
	// "over rated", "over priced", "under cooked": a prefix written apart
	// from its participle is the rated word written closed.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].info.flags&wRuleVerb == 0 {
			continue
		}
		p := low[toks[i].start:toks[i].end]
		if toks[i].flags&tEndClause != 0 || toks[i].span != 0 || toks[i+1].span != 0 || string(p) != "over" && string(p) != "under" {
			continue
		}
		n := low[toks[i+1].start:toks[i+1].end]
		if len(n) < 4 || string(n[len(n)-2:]) != "ed" || toks[i+1].info.val != 0 {
			continue
		}
		if wi := s.words[string(p)+string(n)]; wi.flags&wInLexicon != 0 && wi.val != 0 {
			toks[i].info.val, toks[i].info.flags = 0, toks[i].info.flags&^wInLexicon
			toks[i+1].info.val, toks[i+1].info.flags = wi.val, wi.flags
			toks[i+1].modStart = toks[i].start
			toks[i+1].span = 1
		}
	}
	// "ruled in the plaintiff's favour", "tipped in Beijing's favour":
	// who won, not a favour done ("in their favour" is an idiom).
	for i := 2; i < len(toks); i++ {
		if toks[i].info.flags&wRuleVerb == 0 || toks[i].span != 0 || toks[i-1].flags&tEndClause != 0 {
			continue
		}
		if w := tokWord(low, toks, i); w != "favour" && w != "favor" {
			continue
		}
		if p := tokWord(low, toks, i-1); !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "s'") && !strings.HasSuffix(p, "’s") {
			continue
		}
		for k := i - 2; k >= 0 && k >= i-5 && toks[k].flags&tEndClause == 0; k-- {
			if tokWord(low, toks, k) == "in" {
				toks[i].info.val, toks[i].info.flags = 0, toks[i].info.flags&^wInLexicon
				break
			}
		}
	}
	// "She killed it tonight", "Nailed it!": a performance praised.
	performance(text, low, toks)
	// "that goal was SICK 🔥", "these graphics are insane 😍": with an
	// emoji of praise, the words of excess are praise.
	hypeWithPraise(text, low, toks)
	// A review's score ("9/10", "5 stars") is rated like a word.
	rateScores(low, toks, a.classes)
	rateBareScores(low, toks)
	// Verdicts in plain words: "See it.", "We'll come back", "Take your
	// business elsewhere".
	rateVerdicts(low, toks)
	// "Sigh.", "Why do people still use fax machines?": cues of short posts.
	if a.words&wCue != 0 {
		rateCues(low, toks)
	}
	// "The economy grew", "Emissions fell": quantities that change.
	if a.words&(wGoodQuantity|wBadQuantity) != 0 && a.words&(wFall|wRise) != 0 {
		rateQuantities(low, toks)
	}
	// "It is unclear whether the sanctions will help": what is doubted
	// is not said.
	if a.words&wHedge != 0 {
		doubtedClause(low, toks)
	}
	// "The economy added 300,000 jobs": a quantity made.
	if a.words&(wGoodQuantity|wBadQuantity) != 0 && a.words&wCreate != 0 {
		rateCreated(low, toks)
	}
	// "falling crime", "rising emissions": a participle of change before
	// what changes.
	if a.words&(wFall|wRise) != 0 {
		rateChanging(low, toks)
	}
	// "Mortgage rates plummeted", "Temperatures plummeted overnight",
	// "plummeting temperatures": a measure that changes is news, not blame.
	if a.words&wMeasure != 0 && a.words&(wFall|wRise) != 0 {
		for i := range toks {
			if toks[i].info.flags&wMeasure != 0 {
				if v := changeAfter(low, toks, i, wFall|wRise); v >= 0 {
					markLevel(low, toks, v)
				}
				if i > 0 && toks[i-1].info.flags&(wFall|wRise) != 0 && toks[i-1].flags&tEndClause == 0 && toks[i-1].span == 0 {
					markLevel(low, toks, i-1)
				}
			}
		}
	}
	// "wickedly funny", "achingly beautiful": praise, said with harm.
	boostIntensifiers(low, toks)
	// "easily" before blame says how much ("easily the worst", "not
	// easily forgotten"), not that anything is easy. "An otherwise good
	// phone" concedes the praise to what spoils it ("T-Mobile ruins an
	// otherwise good phone"); "but otherwise fine" keeps it.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].flags&tEndClause != 0 || toks[i].span != 0 {
			continue
		}
		if toks[i].info.flags&wBoostDown != 0 && scarcely(tokWord(low, toks, i)) {
			// "barely watchable", "hardly a disaster", "hardly ever
			// complains": too little of it is none of it, a denial
			// rather than a damper.
			n := i + 1
			if w := tokWord(low, toks, n); (w == "a" || w == "an" || w == "ever") && n+1 < len(toks) && toks[n].flags&tEndClause == 0 {
				n++
			}
			// "barely" of blame is no denial: "barely lukewarm" is not even
			// lukewarm.
			if rated(&toks[n]) && toks[n].span == 0 && (toks[n].info.val > 0 || !wordIs(low, &toks[i], "barely")) {
				toks[n].info.val *= negScalar
				toks[i].info.flags &^= wBoostDown
			}
			continue
		}
		if !rated(&toks[i+1]) {
			continue
		}
		switch v := toks[i+1].info.val; {
		case v < 0 && wordIs(low, &toks[i], "easily"):
			toks[i].info.flags |= wBoostUp
		case v > 0 && i > 0 && wordIs(low, &toks[i], "otherwise") && determiner(tokWord(low, toks, i-1)):
			toks[i+1].info.val = 0
		}
	}

	for i := range toks {
		t := &toks[i]
		f := t.info.flags
		if t.span == 0 && ((f&(wWork|wBuy) != 0 || f&wWorkPart != 0 && workParticle(low, toks, i)) && negatedWork(low, toks, i) && !conditional(low, toks, i) || f&wLasted != 0 && shortLived(low, toks, i)) {
			// "doesn't work", "never worked", "would not recognize", "doesn't
			// fit": the plainest report of a failure, though "work" itself is
			// no praise; "don't
			// buy", "will never purchase again" the plainest warning.
			t.val = failedWork
			t.flags |= tNegated
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				if isNegator(&toks[k]) {
					t.modStart = toks[k].start
					failedPraise(low, toks, k)
				}
			}
			continue
		}
		if t.span == 0 && f&wInLexicon == 0 && f&wRuleVerb != 0 {
			if rocksVerb(low, toks, i) {
				// "This game rocks.", "you rock!", "it rocked my world":
				// the verb of slang praise, not the stones.
				t.val = rocksValence
				continue
			}
			if promptAdjective(low, toks, i) {
				// "Service was very prompt", "prompt delivery": on time,
				// as earshot's "promptly" is praise.
				t.val = promptValence
				continue
			}
			if itWorks(low, toks, i) {
				// "Portable and it works.", "(It works!)": a thing that
				// works, said as the verdict of its clause.
				t.val = worksValence
				continue
			}
		}
		if f&wInLexicon == 0 || t.info.val == 0 || t.flags&tLevel != 0 {
			continue
		}
		if i > 0 && neverFails(low, toks, i-1) {
			// "never fails to deliver", "doesn't fail to work": a
			// verb of success always done is praise.
			if i+2 < len(toks) && !wordIs(low, &toks[i], "ceases") && !wordIs(low, &toks[i], "cease") && !wordIs(low, &toks[i], "ceased") &&
				(toks[i+2].info.flags&wWork != 0 || toks[i+2].info.flags&wWorkPart != 0 && workParticle(low, toks, i+2)) {
				t.val = worksValence
				t.flags |= tNegated
				t.modStart = toks[i-1].start
			}
			continue // the "fails" of "never fails to amaze" is no failure
		}
		// "What an incredible fight!", "an epic battle", "great fight
		// tonight": praise of a contest admires the match or the bout, and
		// the strife is the sport's, not a quarrel. Words of size say how
		// big the quarrel was: "a huge fight with my sister".
		if t.info.val > 0 && t.span == 0 && i+1 < len(toks) && toks[i].flags&tEndClause == 0 && toks[i+1].info.val < 0 &&
			toks[i+1].span == 0 && contestNoun(tokWord(low, toks, i+1)) && !sizeWord(tokWord(low, toks, i)) {
			toks[i+1].info.val, toks[i+1].info.flags = 0, toks[i+1].info.flags&^wInLexicon
		}
		// Boosters modify their neighbour and carry no rating of their own,
		// except the few that are praise when they modify no rated word
		// ("the battery life is incredible!", "an exceptional camera").
		if f&(wBoostUp|wBoostDown) != 0 && (i+1 < len(toks) && toks[i].flags&tEndClause == 0 && rated(&toks[i+1])) {
			continue
		}
		if f&wKindSort != 0 && i+1 < len(toks) && toks[i+1].info.flags&wOf != 0 {
			continue
		}
		// "pretty" before a rated word, "much" or an adjective of measure is
		// a degree adverb, not praise: "pretty bland", "pretty much",
		// "the prices are pretty high".
		if f&wPretty != 0 && t.span == 0 && i+1 < len(toks) && toks[i].flags&tEndClause == 0 &&
			(toks[i+1].info.flags&wMuch != 0 || measureAdjective(tokWord(low, toks, i+1)) && (i == 0 || toks[i-1].info.flags&wBoostUp == 0) ||
				(toks[i+1].info.flags&wInLexicon != 0 && toks[i+1].info.val != 0 && toks[i+1].info.flags&(wBoostUp|wBoostDown) == 0)) {
			continue
		}
		// "customer support", "the support team", "help desk": the service,
		// not praise.
		if n := t.end - t.start; (n == 7 || n == 4) && t.span == 0 && helpDesk(text, low, toks, i) {
			continue
		}
		// "Support closed my ticket", "contacted support": the desk, too;
		// "please help", "can you help?": a request, not praise.
		if n := t.end - t.start; n == 7 && t.span == 0 && deskSubject(low, toks, i) {
			continue
		}
		if n := t.end - t.start; (n == 6 || n == 4 || n == 3) && t.span == 0 && serviceRequest(low, toks, i) {
			continue
		}
		// "this is how you treat customers?": the verb, not a treat.
		if n := t.end - t.start; (n == 5 || n == 6) && t.span == 0 && treatsSomeone(low, toks, i) {
			continue
		}
		// "charged the battery", "shoot video": a device's verbs, not a
		// fee or a crime, nor a gun.
		if n := t.end - t.start; (n == 7 || n == 5) && t.span == 0 && deviceSense(low, toks, i) {
			continue
		}
		// "trying to save some money on this player resulted in ...": a
		// saving tried for is none made.
		if t.end-t.start == 4 && t.span == 0 && wordIs(low, t, "save") && i >= 2 && wordIs(low, &toks[i-1], "to") &&
			toks[i-2].flags&tEndClause == 0 && toks[i-1].flags&tEndClause == 0 {
			switch tokWord(low, toks, i-2) {
			case "trying", "tried", "try", "tries", "attempting", "attempted", "attempt":
				continue
			}
		}
		// "it can only play for two hours", "only one disk played through":
		// play limited by "only" is no delight.
		if n := t.end - t.start; n >= 4 && n <= 7 && t.span == 0 && low[t.start] == 'p' && onlyPlays(low, toks, i) {
			continue
		}
		// "tasted like rubber", "it was like the final blow", "like 5
		// strings of pasta": "like" as "as", not the verb (VADER +2.0).
		if t.info.val > 0 && t.end-t.start == 6 && t.span == 0 && noneDoes(low, toks, i) {
			// "No one does it better", "Nobody makes pizza better":
			// nothing else matches it, as "no other phone can match it".
			t.info.val, t.info.flags = noneOther, t.info.flags|wFixed
			f |= wFixed
		}
		if t.info.val > 0 && t.end-t.start == 4 && t.span == 0 && (nothingLikeA(low, toks, i) || noneDoes(low, toks, i)) {
			// "Nothing like a cold beer", "There's nothing like a good
			// book": praise of what follows, not a liking negated.
			t.info.val, t.info.flags = nothingLikeValence, t.info.flags|wFixed
			f |= wFixed
		} else if t.end-t.start == 4 && t.span == 0 && (notLikeClause(low, toks, i) || likeAsComparison(low, toks, i)) {
			continue
		}
		// "win xp", "runs on xp": Windows, not a victory nor the "XP"
		// face (VADER rates "win" +2.8 and "xp" +1.6).
		if n := t.end - t.start; (n == 3 || n == 2) && t.span == 0 && windowsName(low, toks, i) {
			continue
		}
		// "I didn't need a refund", "they said they'd refund me and they
		// did": a refund not wanted, or promised and made, is no grievance.
		if n := t.end - t.start; (n == 6 || n == 7) && t.span == 0 {
			if v, j := refundSettled(low, toks, i); j >= 0 {
				t.val = v
				t.modStart = min(t.modStart, toks[j].start)
				toks[j].flags |= tReaches
				continue
			}
		}
		v := t.info.val
		// "The kids played in the park", "he played for Chelsea": a game
		// told where or for whom it was played is an activity reported,
		// barely the fun that VADER's "play" rates.
		if n := t.end - t.start; n >= 4 && n <= 7 && t.span == 0 && low[t.start] == 'p' && playedWhere(low, toks, i) {
			v *= playedScale
		}
		// "She broke the world record", "broke box office records": a
		// record broken is an achievement, not a breakage.
		if v < 0 && t.span == 0 && (t.end-t.start == 5 || t.end-t.start == 6 || t.end-t.start == 8 || t.end-t.start == 9) &&
			recordBroken(low, toks, i) {
			v = recordValence
		}
		// "I was promised a callback": a promise reported is one broken.
		if t.end-t.start == 8 && t.span == 0 {
			v = promised(low, toks, i, v)
		}
		// "solved our problem", "this fixes all the problems", "helps avoid
		// the problem": a trouble that is dealt with is no complaint.
		if v < 0 && t.span == 0 {
			if j := resolvedBy(low, toks, i); j >= 0 {
				v *= negScalar
				t.flags |= tNegated
				t.modStart = min(t.modStart, toks[j].start)
				if toks[j].val < 0 {
					toks[j].val = 0 // "avoid" names the remedy here, not a warning
				}
			} else if k := troubleGone(low, toks, i); k >= 0 {
				// "the problem vanished", "the static disappeared": a
				// trouble that went away is no complaint.
				v *= negScalar
				t.flags |= tNegated
			} else if remedyDenied(low, toks, i) {
				// "they never fixed the problem", "didn't fix the lag":
				// the negation is the remedy's, and the trouble stays.
				f |= wFixed
			}
		}
		// Speed is praise where it is said of the thing ("shipped quickly",
		// "the service was quick"), not as the manner of a next verb ("I
		// quickly discovered") or of a noun ("a quick question").
		if v > 0 && t.span == 0 && t.flags&tEndClause == 0 && i+1 < len(toks) && (wordIs(low, t, "quick") || wordIs(low, t, "quickly")) {
			switch tokWord(low, toks, i+1) {
			case "and", "but", "or", "to", "too", "enough", "as":
			default:
				continue
			}
		}
		// "The sea was rough", "the lake got choppy": the weather on the
		// water, not a hard time.
		if v < 0 && t.span == 0 && (t.end-t.start == 5 || t.end-t.start == 6) && seaState(low, toks, i) {
			continue
		}
		// "the static disappeared": the going of a trouble is no loss.
		if v < 0 && t.span == 0 && t.end-t.start >= 9 && t.end-t.start <= 11 && low[t.start] == 'd' && troubleGoneBefore(low, toks, i) {
			continue
		}
		// "refreshing the page", "appealing the ruling", "absorbing the
		// shock": verbs, not praise.
		if v > 0 && t.span == 0 && (wordIs(low, t, "refreshing") || wordIs(low, t, "appealing") || wordIs(low, t, "absorbing")) &&
			t.flags&tEndClause == 0 && determiner(tokWord(low, toks, i+1)) {
			continue
		}
		// "certain episodes", "at certain places", "a certain energy":
		// before its noun "certain" picks out which (VADER rates the
		// certainty of "I'm certain", +1.1). Before "that", "of", "about",
		// "to" or a subject it stays a certainty.
		if v > 0 && t.span == 0 && t.flags&tEndClause == 0 && i+1 < len(toks) && wordIs(low, t, "certain") {
			switch tokWord(low, toks, i+1) {
			case "that", "of", "about", "to", "it", "i", "you", "he", "she", "we", "they", "this", "there", "enough", "now":
			default:
				continue
			}
		}
		// "breaks easily", "falls out easily", "easily scratched", "easy to
		// lose": ease of harm is a fault, not praise.
		if v > 0 && t.span == 0 && easeOfHarm(low, toks, i) {
			v *= negScalar
		}
		// "the best example of how dumb the writing is", "lame would be
		// the best way to describe it": the praise is of the example or
		// the word, and the thing is the blame the example shows. Without
		// blame in the sentence it stays praise ("the best example of the
		// genre").
		if v > 0 && t.span == 0 && t.flags&tEndClause == 0 && i+1 < len(toks) && exampleWord(low, toks, i+1) && blameInSentence(toks, i) {
			switch tokWord(low, toks, i) {
			case "best", "perfect", "great", "prime", "classic", "good", "fine", "excellent", "better", "ideal", "perfectly":
				continue
			}
		}
		// "I cannot recommend this podcast enough": praise that reads as
		// a negation, whatever is named between (the idioms hold "it",
		// "this" and "them").
		if v > 0 && t.span == 0 && t.end-t.start == 9 && wordIs(low, t, "recommend") && enoughAfter(low, toks, i) {
			v = 3
			f |= wFixed
		}
		// "a horror movie", "the finest war films", "a crime drama": the
		// name of a genre, not a horror or a crime.
		if v < 0 && t.span == 0 && genreName(text, low, toks, i) {
			continue
		}
		// "a great disappointment", "a perfect mess", "a stunning
		// disregard": before a worse word the praise word says how big it
		// is, not that it is good.
		if v > 0 && t.span == 0 && i+1 < len(toks) && toks[i].flags&tEndClause == 0 && rated(&toks[i+1]) &&
			toks[i+1].info.val < 0 && toks[i+1].info.flags&(wNo|wNegator) == 0 && !genreName(text, low, toks, i+1) {
			switch string(low[t.start:t.end]) {
			case "great", "perfect", "real", "big", "huge", "total", "complete":
				v = 0
			case "epic", "stunning", "spectacular", "remarkable", "incredible", "extraordinary", "astonishing":
				// Not of a contest, which they admire: "a stunning upset",
				// "an epic battle", "what an incredible fight!".
				if !contestNoun(tokWord(low, toks, i+1)) {
					v = 0
				}
			}
		}
		// "get a better one", "buy a better known brand", "sound better
		// than these": praise of what the writer would rather have, which
		// is blame of this one.
		if v > 0 && t.span == 0 && t.end-t.start == 6 && string(low[t.start:t.end]) == "better" && betterElsewhere(low, toks, i) {
			v *= negScalar
			t.flags |= tNegated
		} else if v > 0 && t.span == 0 && i > 0 && wordIs(low, &toks[i-1], "more") && toks[i-1].flags&tEndClause == 0 && thanThis(low, toks, i) &&
			!deniedBefore(low, toks, i-1) && !question(toks, i) {
			// "I've seen soap operas more intelligent than this movie":
			// what is more so than this one is praised at its cost. Asked,
			// it is rhetorical: "What could be more fun than this?"
			v *= negScalar
			t.flags |= tNegated
			t.modStart = toks[i-1].start
		}
		// "no" before a rated word is a negator, not a rating, also with a
		// word between ("no real problems", "no major issues").
		if f&wNo != 0 && i+1 < len(toks) && toks[i].flags&tEndClause == 0 && toks[i+1].info.flags&wNo == 0 &&
			(rated(&toks[i+1]) || (i+2 < len(toks) && toks[i+1].flags&tEndClause == 0 && rated(&toks[i+2]))) {
			v = 0
		}
		// "no other camera out there gives you this battery life", "no
		// other color phone has the combination of features": nothing else
		// matches it, which is praise ("no other way" keeps its "no").
		if f&wNo != 0 {
			switch noneOtherMatch(low, toks, i) {
			case otherMatched:
				v = noneOther
			case otherNews:
				v = 0
			}
		}
		// "stopped at a diner", "the bus stops at the station": a stop on
		// the way, not a halt (the first byte keeps the test cheap).
		if v < 0 && t.span == 0 && low[t.start] == 's' && stopVisit(text, low, toks, i) {
			v = 0
		}
		// "Does anyone know if the ferry runs on holidays?": what is
		// asked about is no praise.
		if v > 0 && a.questions > 0 && askedWhether(low, toks, i) {
			v = 0
		}
		// A bare "no" rates a lack, which is only bad where the thing is
		// wanted: a noise or fault lacked is good ("no background hiss"),
		// one not needed is no burden ("no filter needed"), and "no plans
		// to" leaves the rating to the verb it denies ("no plans to stop").
		if f&wNo != 0 && v < 0 && t.span == 0 {
			v = noLack(low, toks, i, v)
		}
		// "I wish it had ..." wants what is missing: the wish is no praise
		// (a greeting, "wish you luck", keeps its rating).
		if f&wWish != 0 && i+1 < len(toks) && toks[i+1].info.flags&wWishSubj != 0 && toks[i].flags&tEndClause == 0 {
			v = 0
		}
		// "it should feel a bit more durable", "they could be more
		// comfortable": more of a good thing wished for is less of it now.
		if v > 0 && t.span == 0 && t.flags&tNegated == 0 && wantedMore(low, toks, i) {
			v *= negScalar
			t.flags |= tNegated
		}
		// "used to be amazing", "I used to love it": a rating of the past,
		// which says it holds no longer.
		if v != 0 && t.span == 0 {
			if j := usedTo(low, toks, i); j >= 0 {
				v *= negScalar
				t.flags |= tNegated
				t.modStart = min(t.modStart, toks[j].start)
			}
		}
		// Modifiers are looked for before the whole idiom, if it is one.
		b := i - int(t.span)
		// Laughter, emoji and emoticons comment on what is said: a
		// negation does not reach them ("I have no idea lol", "not going
		// today :(").
		// An emoji in a word's place is no aside: "I don't ❤️ the
		// update", "Not 👍".
		aside := t.span == 0 && (t.flags&(tEmoji|tEmoticon) != 0 || laughWord(low, t)) &&
			(b == 0 || answerNo(low, &toks[b-1]) || !isNegator(&toks[b-1]) && toks[b-1].info.flags&wNo == 0) &&
			(t.flags&tEndClause != 0 || i+1 == len(toks) || toks[i+1].flags&(tEmoji|tEmoticon) != 0)
		// A "no" that answers ("No, I love it") negates nothing, and one
		// "no" does not negate the next ("No no no!").
		noBefore := func(k int) bool {
			return toks[k].info.flags&wNo != 0 && toks[k].flags&tEndClause == 0 && sameSentence(toks, k, i)
		}
		if f&wFixed == 0 && !aside && (f&wNo == 0 || b == 0 || toks[b-1].info.flags&wNo == 0) &&
			((b > 0 && noBefore(b-1)) || (b > 1 && noBefore(b-2)) ||
				(b > 2 && noBefore(b-3) && (toks[b-1].info.flags&wOr != 0 || noPlansTo(low, toks, b-3)))) {
			v *= negScalar
			t.flags |= tNegated
			t.modStart = min(t.modStart, toks[b-1].start)
		}
		if t.flags&tUpper != 0 && capDiff {
			if v > 0 {
				v += capsIncr
			} else {
				v -= capsIncr
			}
		}
		// A comment adverb after a comma ("I don't think so, sadly",
		// "it didn't arrive, unfortunately") is the writer's own, and a
		// negation in the clause before does not reach it.
		crossed := false
		for k := 1; k <= 3 && b-k >= 0; k++ {
			j := b - k
			if !sameSentence(toks, j, i) {
				break
			}
			p := &toks[j]
			crossed = crossed || p.flags&tEndClause != 0
			if p.info.flags&wInLexicon != 0 && p.info.flags&(wBoostUp|wBoostDown) == 0 && p.info.val != 0 {
				break // another rated word: modifiers before it are its own
			}
			if p.flags&tNegated != 0 {
				break // "don't buy this junk": the negator was the verb's
			}
			// Boosters and dampeners ("very", "kind of").
			sc := 0.0
			switch {
			case p.info.flags&wBoostUp != 0:
				sc = boosterIncr
			case p.info.flags&wBoostDown != 0:
				sc = -boosterIncr
			case p.info.flags&wOf != 0 && j > 0 && toks[j-1].info.flags&wKindSort != 0:
				sc = -boosterIncr
				t.modStart = toks[j-1].start
			}
			if sc != 0 {
				if v < 0 {
					sc = -sc
				}
				if p.flags&tUpper != 0 && capDiff {
					if v > 0 {
						sc += capsIncr
					} else {
						sc -= capsIncr
					}
				}
				switch k {
				case 2:
					sc *= 0.95
				case 3:
					sc *= 0.9
				}
				v += sc
				t.modStart = min(t.modStart, p.start)
			}
			// Negation within three words, with VADER's exceptions:
			// "never so good" intensifies, "without doubt" is no negation.
			// "anything but reliable" negates; "nothing but hassle" and
			// "nothing short of amazing" intensify.
			far := farFrom(low, toks, j, b)
			if (isNegator(p) || yetTo(low, toks, j) || refusedTo(low, toks, j) || exceptAny(low, toks, j) == 'a' || far) && f&wFixed == 0 &&
				!aside && (p.flags&tEndClause == 0 || !answerNo(low, p)) && !(crossed && p.flags&tEndClause == 0 && t.end-t.start > 4 && low[t.end-1] == 'y' && low[t.end-2] == 'l') {
				switch {
				case k == 3 && neverFails(low, toks, j):
					// "never ceases to amaze", "never fails to
					// disappoint": the negations say "always".
					v *= neverScale
				case exceptAny(low, toks, j+1) == 'n' || nothingShort(low, toks, j):
					v *= neverScale
				case f&wDeceit != 0:
					// "don't be fooled by the hype" is a warning.
				case k == 1 && f&wWaste != 0 && i+1 < len(toks) && toks[i+1].info.flags&wYour != 0 && t.span == 0:
					// "don't waste your money" warns; it does not praise.

				case k >= 2 && p.info.flags&wNever != 0 &&
					(toks[j+1].info.flags&wSoThis != 0 || (k == 3 && toks[j+2].info.flags&wSoThis != 0)):
					v *= neverScale
				case k == 3 && tokWord(low, toks, j+2) == "how" && exclaimedHow(tokWord(low, toks, j+1)):
					// "We could not believe how dirty the oysters
					// were!", "I didn't realize how wonderful it is":
					// the wonder says how much, and negates nothing.
				case k >= 2 && incredulity(low, toks, j):
					// "I can't believe they cancelled the show", "can't
					// believe it's over": disbelief says how strongly,
					// and negates nothing it is told of.
				case k == 3 && sinceThen(low, toks, j, i):
					// "haven't been this sore in a while", "hadn't
					// felt so alive in years": not since then, so more
					// than ever.
					v *= neverScale
				case k >= 2 && p.info.flags&wWithout != 0 &&
					(toks[j+1].info.flags&wDoubt != 0 || (k == 3 && toks[j+2].info.flags&wDoubt != 0)):
				case t.flags&tNegated != 0 && j+1 < b && toks[j+1].info.flags&wWithout != 0 && p.info.flags&(wNo|wWithout) == 0:
					// "not without merit", "never without a smile": the
					// second negation undoes the first, and what is left
					// is guarded praise or blame.
					v *= negScalar
					t.flags &^= tNegated
				case v < 0 && k == 1 && neitherWithPraise(low, toks, j, i):
					// "neither scary nor funny": paired with praise, the
					// blame word names a quality sought and missing, so its
					// absence is no praise (and "neither bad nor good" is
					// only the good denied).
					v = 0
					t.flags |= tNegated
				case k >= 2 && t.span == 0 && unbeatable(low, toks, j, i):
					// "couldn't be happier", "doesn't get any better": no
					// more of it is possible, which is praise; "couldn't
					// be worse", "never been more insulted" the same of
					// blame.
					v *= neverScale
				default:
					if t.flags&tNegated == 0 {
						v *= negScalar
						t.flags |= tNegated
					}
				}
				t.modStart = min(t.modStart, p.start)
				if far {
					t.modStart = min(t.modStart, toks[j-1].start)
				}
			}
		}
		// "none of these are perfect", "none of the tones is acceptable":
		// "none of" negates the rest of its clause, past VADER's three
		// words (four to six back; within three the loop above did it).
		// So does a negation before "such a" ("it wouldn't be such a bad
		// idea"), which the article pushes past the three words.
		if v != 0 && t.flags&tNegated == 0 && f&wFixed == 0 {
			j := -1
			if a.words&wFarNeg != 0 {
				j = noneOfBefore(low, toks, b)
			}
			if j < 0 && a.words&wFarNeg != 0 {
				j = neitherBefore(low, toks, b)
			}
			if j < 0 {
				j = negatedSuchA(low, toks, b)
			}
			if j < 0 && v > 0 && a.words&wCue != 0 {
				j = negatedFan(low, toks, b)
			}
			if j < 0 {
				j = negatedVerbObject(low, toks, b)
			}
			if j < 0 && t.span == 0 {
				j = stoppedDoing(low, toks, b)
			}
			if j < 0 {
				j = negatedThroughChain(low, toks, b)
			}
			if j < 0 && v < 0 && t.span == 0 {
				j = troubleNotMet(low, toks, b, 4)
			}
			if j < 0 && a.words&wFarNeg != 0 {
				j = negatedThought(low, toks, b)
			}
			if j < 0 && v > 0 && a.words&wFarNeg != 0 {
				// "lacks depth" is blame; "lacks a convincing script"
				// negates the praise, and the lack is that negation
				// rather than a second blame.
				if j = lackBefore(low, toks, b); j < 0 {
					j = lackRelative(low, toks, b)
				}
				if j >= 0 {
					toks[j].val = 0
				}
			}
			if j < 0 && t.span == 0 && a.words&wShift != 0 {
				j = shiftBefore(low, toks, b)
				if j < 0 && v < 0 {
					// "to fight crime", "help combat corruption":
					// opposing a harm is no harm, and the fight no blame.
					if j = opposeBefore(low, toks, b); j >= 0 {
						toks[j].val = 0
					}
				}
			}
			if j < 0 && t.span == 0 && a.words&wFall != 0 && fallAfter(low, toks, i) {
				// "Crime fell", "Profits dropped 12 percent": less of a
				// bad thing is good, less of a good one bad.
				j = b
			}
			if j < 0 && t.flags&tFalling != 0 {
				// "falling crime", "declining trust".
				j = b - 1
			}
			if j < 0 && a.questions > 0 && question(toks, b) && answer(low, toks, b) < 0 {
				// "Would I recommend it? Absolutely not.", "Is it worth the
				// money? No.": the question's word, answered no.
				j = b
			}
			if j >= 0 {
				v *= negScalar
				t.flags |= tNegated
				t.modStart = min(t.modStart, toks[j].start)
				toks[j].flags |= tReaches
			}
		}
		// "wasn't helpful or friendly", "not fast or reliable": a rated
		// word joined by "or" to a negated one shares its negation.
		if v != 0 && t.flags&tNegated == 0 && f&wFixed == 0 && t.span == 0 && b >= 2 && toks[b-1].info.flags&wOr != 0 &&
			sameClause(toks, b-2, b) && toks[b-2].flags&tNegated != 0 && rated(&toks[b-2]) && toks[b-2].span == 0 {
			v *= negScalar
			t.flags |= tNegated
			t.modStart = min(t.modStart, toks[b-2].modStart)
		}
		// "least": "the least helpful" negates, "at least" and "very least" do not.
		if b > 0 && toks[b-1].info.flags&wLeast != 0 && toks[b-1].info.flags&wInLexicon == 0 {
			if b == 1 || toks[b-2].info.flags&(wAt|wVery) == 0 {
				v *= negScalar
				t.flags |= tNegated
				t.modStart = min(t.modStart, toks[b-1].start)
			}
		}
		t.val = v
	}
	// Ironic comparisons, excesses, failures and difficulties: "about as
	// exciting as a tax return", "too dumb to be fun", "hard to care".
	criticsConstructions(low, toks)
	// "I would expect a little bit more", "I expect it to work far
	// better": an expectation of more is a let-down.
	expectedMore(low, toks)
	// "finally learned to ride a bike": a skill gained.
	if a.words&wLearned != 0 {
		learnedSkill(low, toks)
	}
	// "great player... when it worked!", "it was nice while it lasted",
	// "great - for the first three hours": praise of a time that is over.
	praiseThatEnded(low, toks)

	// A trouble the lexicon does not rate, never met ("there haven't been
	// any issues", "I have not had any bugs"), is praise, as "no issues"
	// is.
	hasNegator := false
	for i := range toks {
		if isNegator(&toks[i]) {
			hasNegator = true
			break
		}
	}
	for i := 0; hasNegator && i < len(toks); i++ {
		t := &toks[i]
		if t.val != 0 || t.span != 0 || !troubleWord(low, t) {
			continue
		}
		if i+1 < len(toks) && t.flags&tEndClause == 0 && troubleWord(low, &toks[i+1]) {
			continue // "distortion problems": the noun after it is the trouble
		}
		if k := troubleNotMet(low, toks, i, 2); k >= 0 {
			t.val = troubleAbsent
			t.flags |= tNegated
			t.modStart = toks[k].start
			toks[k].flags |= tReaches
		}
	}

	// A negation with no rated word in its reach still says something is
	// missing or failing ("it doesn't have firewire", "won't turn on", "I
	// can't simply open a folder"): in reviews and complaints these lean
	// negative, so the word after the negator gets a mild negative rating.
	// "too" before an unrated word ("too big", "too slow to start", "paid
	// too much") is excess, which is a complaint in the same way.
	for i := range toks {
		if i > 0 && isNegator(&toks[i]) && remedyOfNothing(low, toks, i) {
			// "raised the rent and fixed nothing", "the patch improved
			// nothing": a remedy of nothing failed.
			p := &toks[i-1]
			if p.val > 0 {
				p.val *= negScalar
			} else {
				p.val = negatedUnrated
			}
			p.flags |= tNegated
			p.modStart = p.start
			continue
		}
		if toks[i].flags&tEndClause != 0 || i+1 >= len(toks) || toks[i].info.val != 0 {
			continue
		}
		if toks[i].info.flags&wWithout != 0 {
			// "closed my ticket without a reply", "cancelled it without
			// any explanation": an answer owed and not given.
			if k := unanswered(low, toks, i); k > 0 {
				toks[k].val = waitValence
				toks[k].flags |= tNegated
				toks[k].modStart = toks[i].start
			}
			continue
		}
		if isNegator(&toks[i]) && toks[i].info.flags&(wNo|wWithout|wOr) == 0 && neverFlags(low, toks, i) {
			// "the pace never flags", "her energy never flagged": a
			// steadiness praised.
			t := &toks[i+1]
			t.val = unflagging
			t.flags |= tNegated
			t.modStart = toks[i].start
			continue
		}
		if toks[i].end-toks[i].start == 3 && string(low[toks[i].start:toks[i].end]) == "too" {
			if toks[i+1].val != 0 || toks[i+1].flags&tNegated != 0 {
				continue
			}
		} else if !isNegator(&toks[i]) || toks[i].info.flags&(wNo|wWithout|wOr) != 0 || !negatesUnrated(low, toks, i) ||
			toks[i+1].info.flags&wWork != 0 && conditional(low, toks, i) {
			continue // "if the page doesn't load": a condition, no failure
		}
		t := &toks[i+1]
		t.val = negatedUnrated
		t.flags |= tNegated
		t.modStart = toks[i].start
	}

	// Counterfactuals ("would have been better", "could have been great",
	// "I wish it had a good screen") name what the thing is not: praise in
	// the rest of their clause is negated.
	for i := 0; i < len(toks); i++ {
		f := toks[i].info.flags
		cf := f&wModalHave != 0 ||
			(f&wModal != 0 && i+1 < len(toks) && toks[i+1].info.flags&wHave != 0 && toks[i].flags&tEndClause == 0) ||
			// "would also have been easier", "could easily have been great".
			// The verb after "have" is a participle: not "might just have
			// the best", "might just have to".
			(f&wModal != 0 && i+3 < len(toks) && toks[i+2].info.flags&wHave != 0 && toks[i].flags&tEndClause == 0 &&
				toks[i+1].flags&tEndClause == 0 && toks[i+2].flags&tEndClause == 0 && modalAdverb(tokWord(low, toks, i+1)) &&
				(tokWord(low, toks, i+3) == "been" || participle(tokWord(low, toks, i+3)))) ||
			// "I'd have liked", "it'd have been nice": "'d" before "have"
			// is "would" ("had have" is no English).
			(i+1 < len(toks) && toks[i+1].info.flags&wHave != 0 && toks[i].flags&tEndClause == 0 && contractedWould(low, &toks[i]) &&
				(i+2 >= len(toks) || toks[i+1].flags&tEndClause != 0 || !wordIs(low, &toks[i+2], "to"))) ||
			(f&wWish != 0 && i+1 < len(toks) && toks[i+1].info.flags&wWishSubj != 0 && toks[i].flags&tEndClause == 0) ||
			// "they could at least put in a good pair of earphones":
			// the least that was not done.
			(f&wModal != 0 && toks[i].flags&tEndClause == 0 && tokWord(low, toks, i+1) == "at" && tokWord(low, toks, i+2) == "least") ||
			(f&wModal != 0 || wordIs(low, &toks[i], "getting")) && expectedOnce(low, toks, i)
		if !cf && toks[i].val > 0 && hopeElsewhere(low, toks, i) {
			// "hope someone else has better luck": hoping for better
			// from another is a verdict on this one, not hope.
			cf = true
			toks[i].val = 0
		}
		if !cf {
			continue
		}
		// "I would have given it 5 stars, but...": the score given is
		// what is left of five, still a good one; "should have been 5
		// stars" is no score given.
		// The verb may come a few words on: "would have liked to have
		// given it 4 1/2 stars".
		gives := false
		for v := i + 1; v < len(toks) && v <= i+6 && toks[v-1].flags&tEndClause == 0; v++ {
			if givenWords[string(low[toks[v].start:toks[v].end])] {
				gives = !unmetCondition(low, toks, v)
				break
			}
		}
		for j := i + 1; j < len(toks); j++ {
			t := &toks[j]
			if t.info.flags&wBut != 0 && exceptAny(low, toks, j) == 0 {
				// "would have liked fewer turnovers but a win is a
				// win": what follows "but" is what did happen ("nothing
				// but", "anything but" are no contrast).
				i = j
				break
			}
			if t.val > 0 && t.flags&tNegated == 0 && (t.info.flags&wScore == 0 || !gives) {
				t.val *= negScalar
				t.flags |= tNegated
				t.modStart = min(t.modStart, toks[i].start)
			}
			if t.flags&tEndClause != 0 {
				i = j
				break
			}
		}
	}

	// "definitely", "honestly", "clearly" and the like say how sure the
	// writer is, not how good a thing is: before a negation in their
	// clause ("definitely not worth it", "I definitely won't be back")
	// VADER's positive rating of the adverb would pull against it.
	for i := range toks {
		if toks[i].val <= 0 || !certaintyAdverb(low, &toks[i]) {
			continue
		}
		end := i
		for end < len(toks)-1 && toks[end].flags&tEndClause == 0 {
			end++
		}
		for j := i + 1; j <= end; j++ {
			if isNegator(&toks[j]) {
				toks[i].val = 0
				break
			}
		}
	}

	// Praise words that are no praise where they stand count for nothing:
	// "wow" before blame (see wowBeforeBlame) and thanks for harm (see
	// sarcasticThanks).
	for i := range toks {
		if toks[i].val > 0 && (wowBeforeBlame(low, toks, i) || sarcasticThanks(low, toks, i)) {
			toks[i].val = 0
		} else if toks[i].val > 0 && chanceOfHarm(low, toks, i) {
			toks[i].val, toks[i+1].val = 0, 0
		} else if toks[i].val > 0 && toks[i].span == 0 && (ironicPraise(low, toks, i) || whoseIdea(low, toks, i)) {
			// Praise that comments on a mishap is sarcasm: it and the praise
			// after it in its sentence turn to blame.
			for j := i; j < len(toks); j++ {
				if toks[j].val > 0 {
					negateAt(toks, j, i)
				}
				if toks[j].flags&tEndSentence != 0 {
					break
				}
			}
		}
	}

	// A face of displeasure closing the text after praise in its sentence
	// ("Love a good last minute emergency :/") says the praise was wry.
	if n := len(toks); n > 1 && toks[n-1].val < 0 && toks[n-1].flags&tEmoticon != 0 {
		closingFrown(low, toks)
	}

	// Sarcasm markers ("#sarcasm", a closing "/s", "yeah right") turn praise
	// into its opposite.
	if a.sarcasm {
		for i := range toks {
			if toks[i].val > 0 {
				toks[i].val *= negScalar
			}
		}
	}

	// "Great phone, doesn't work with my carrier": brief praise, then a
	// failure after a comma, is the contrast of a "but" left unsaid.
	if a.words&wWork != 0 {
		praiseThenFailure(low, toks)
	}

	// "but" (and "however"): within its sentence the words before it count
	// half and those after it half as much again (VADER's rule, which VADER
	// applies to the whole text at the first "but"). A sentence that starts
	// with one halves the sentence before it instead.
	for i := 0; i < len(toks); i++ {
		if toks[i].info.flags&wBut == 0 || exceptAny(low, toks, i) != 0 {
			continue
		}
		a.hasBut = true
		start, end := sentenceOf(toks, i)
		if start == i {
			for j := start - 1; j >= 0 && (j == start-1 || toks[j].flags&tEndSentence == 0); j-- {
				toks[j].val *= butBefore
			}
		}
		for j := start; j < i; j++ {
			toks[j].val *= butBefore
		}
		for j := i + 1; j <= end; j++ {
			toks[j].val *= butAfter
			a.afterBut += toks[j].val
		}
		i = end // one contrast per sentence
	}

	// "although" and "though" open a conceded clause ("although it is
	// cheap, it broke"; "great phone, though pricey"): like the words before
	// a "but", it counts half. So does "even if" ("even if you love bad
	// movies, skip this one").
	for i := 0; i < len(toks); i++ {
		if toks[i].flags&tEndClause != 0 || toks[i].info.flags&wConcede == 0 && !evenIf(low, toks, i) {
			continue
		}
		for j := i + 1; j < len(toks); j++ {
			toks[j].val *= butBefore
			if toks[j].flags&tEndClause != 0 {
				i = j
				break
			}
		}
	}

	sent := 0
	for i := range toks {
		t := &toks[i]
		v := t.val
		a.sumRaw += v
		if sent == 0 {
			a.firstSent += v
		}
		a.lastSent += v
		if t.flags&tEndSentence != 0 && i+1 < len(toks) {
			sent++
			a.lastSent = 0
		}
		switch {
		case v > 0:
			a.posSum += v + 1
			a.nPos++
			a.maxPos = max(a.maxPos, v)
		case v < 0:
			a.negSum += v - 1
			a.nNeg++
			a.minNeg = min(a.minNeg, v)
		default:
			a.nNeu++
		}
		if t.flags&tEmoji != 0 || t.flags&tEmoticon != 0 {
			a.emojiSum += v
		}
		if t.flags&tNegated != 0 {
			a.negated++
		}
		if isNegator(t) {
			a.negators++
		}
	}
	punct := float64(min(a.exclaims, maxExclaims)) * exclaimScale
	if a.questions > 1 {
		if a.questions <= 3 {
			punct += float64(a.questions) * questionScale
		} else {
			punct += maxQuestion
		}
	}
	sum := a.sumRaw
	switch {
	case sum > 0:
		sum += punct
	case sum < 0:
		sum -= punct
	case punct > 0 && a.nPos == 0 && a.nNeg == 0 && a.negators == 0 && a.questions == 0 && !waitTold(low, toks):
		// An exclamation with no word of feeling, no negation and no
		// question ("Got my tickets!", "Off to the beach!") is said with
		// excitement far more often than with anger, which comes with
		// words of its own: the '!' alone leans it positive. Not a wait
		// ("Still waiting for season 2!!", "a week since I wrote!"),
		// which may be impatience.
		sum = punct
	}
	a.compound = normalizeScore(sum)
	if len(toks) > 0 {
		switch {
		case a.posSum > -a.negSum:
			a.posSum += punct
		case a.posSum < -a.negSum:
			a.negSum -= punct
		}
	}

	sc.hashes = sc.hashes[:0]
	if withHashes {
		// At most a word and a bigram per token: the slice is sized once
		// and written by index, not appended to.
		if cap(sc.hashes) < 2*len(toks) {
			sc.hashes = make([]uint32, 0, 2*len(toks))
		}
		hs := sc.hashes[:2*len(toks)]
		n := 0
		var prev uint32
		for i := range toks {
			t := &toks[i]
			h := t.hash
			if t.flags&tNegScope != 0 {
				h = mixHash(h, 0x9e3779b9)
			}
			hs[n] = h
			n++
			if i > 0 && toks[i-1].flags&tEndSentence == 0 { // sameSentence(toks, i-1, i)
				hs[n] = mixHash(prev, h)
				n++
			}
			prev = h
		}
		sc.hashes = hs[:n]
	}
	return a
}

// Ratings of the cues of short posts, on the lexicon's scale: a sigh
// said alone is weariness, next to VADER's "alas" -1.1; a question of
// disbelief that something is still done, milder.
const (
	sighValence     = -1.1
	stillDisbelieve = -0.9
)

// rateCues rates the unrated or misrated words of cues of short posts.
// "sigh" said alone as a sentence ("Sigh."), as an action ("*sigh*") or
// opening one ("sigh, I missed it again") is weariness (VADER rates the
// word +0.1, which fits "a sigh of relief" and "a happy sigh": those it
// leaves).
// "still" in a question asked why, or of what people or anyone still do
// ("Why do people still use fax machines?", "Wait, people still print
// stuff out?"), is disbelief that something goes on: a complaint, when
// nothing else in the question is rated. A plain question whether a thing
// still holds ("Is the library still open?", "Are you still coming?") is
// none.
func rateCues(low []byte, toks []sentToken) {
	for i := range toks {
		t := &toks[i]
		if t.info.flags&wCue == 0 || t.span != 0 {
			continue
		}
		switch tokWord(low, toks, i) {
		case "sigh", "sighs":
			alone := i == 0 || toks[i-1].flags&tEndSentence != 0
			starred := t.start > 0 && low[t.start-1] == '*' && int(t.end) < len(low) && low[t.end] == '*' // "*sigh*": an action
			if starred || alone && (t.flags&tEndClause != 0 || i == len(toks)-1) {
				t.info.val, t.info.flags = sighValence, t.info.flags|wInLexicon
			}
		case "still":
			if stillDisbelief(low, toks, i) {
				t.info.val, t.info.flags = stillDisbelieve, t.info.flags|wInLexicon
			}
		case "let":
			letBegin(low, toks, i)
		case "off", "heading", "headed", "headin", "listening", "listenin", "watching", "watchin", "checking", "trying",
			"on", "landed", "thinking":
			if offTo(low, toks, i) {
				t.info.val, t.info.flags = offToValence, t.info.flags|wInLexicon
			}
		case "dad", "mom", "mum", "family", "kids", "boys", "girls", "wife", "husband", "hubby", "hubs", "sister", "brother",
			"son", "daughter", "grandma", "grandpa", "bestie", "girlfriend", "boyfriend", "parents":
			if timeWith(low, toks, i) {
				t.info.val, t.info.flags = timeWithValence, t.info.flags|wInLexicon
			}
		case "time", "day":
			if namedTime(low, toks, i) {
				t.info.val, t.info.flags = timeWithValence, t.info.flags|wInLexicon
			}
		case "morning", "mornin", "night", "nite", "evening":
			if greeting(low, toks, i) {
				t.info.val, t.info.flags = greetingValence, t.info.flags|wInLexicon
			}
		case "passed":
			if passedExam(low, toks, i) {
				t.info.val, t.info.flags = passedValence, t.info.flags|wInLexicon
			}
		case "why":
			if whyEvery(low, toks, i) {
				t.info.val, t.info.flags = stillDisbelieve, t.info.flags|wInLexicon
			}
		case "typical":
			if typicalVerdict(low, toks, i) {
				t.info.val, t.info.flags = typicalValence, t.info.flags|wInLexicon
			}
		case "only":
			if wishIfOnly(low, toks, i) {
				t.info.val, t.info.flags = ifOnlyValence, t.info.flags|wInLexicon
			} else if onlyQuick(low, toks, i) {
				t.info.val, t.info.flags = onlyQuickValence, t.info.flags|wInLexicon
			} else if onlyLimits(low, toks, i) {
				t.info.val, t.info.flags = onlyLimitValence, t.info.flags|wInLexicon|wFixed
				// The praise of an idiom the limited verb opens is
				// limited too: "it only holds a charge for an hour".
				for k := i + 1; k < len(toks) && k <= i+6 && toks[k-1].flags&tEndClause == 0; k++ {
					if toks[k].span != 0 && toks[k].info.val > 0 && k-int(toks[k].span) <= i+3 {
						toks[k].info.val = 0
					}
				}
			}
		case "outweigh", "outweighs", "outweighed":
			outweighs(low, toks, i)
		case "started", "starts", "began", "begins", "starting", "beginning":
			if t.info.val == 0 && startsDecay(low, toks, i) {
				t.info.val, t.info.flags = itBreaksValence, t.info.flags|wInLexicon
			}
		case "break", "breaks":
			if t.info.val == 0 && itBreaks(low, toks, i) {
				t.info.val, t.info.flags = itBreaksValence, t.info.flags|wInLexicon
			}
		case "send", "sends", "sent", "sending", "mail", "mailed", "mailing":
			if sentBack(low, toks, i) {
				t.info.val, t.info.flags = sentBackValence, t.info.flags|wInLexicon
			}
		case "fan", "fans":
			// "a huge fan", "a massive fan": the size is how much of a
			// fan, a degree of the liking and no praise of its own, so a
			// negation before it reaches the fan ("not a huge fan").
			if i > 0 && toks[i-1].flags&tEndClause == 0 && fanDegree(tokWord(low, toks, i-1)) {
				toks[i-1].info.val, toks[i-1].info.flags = 0, toks[i-1].info.flags|wBoostUp
			}
		}
	}
}

// outweighs turns the rated words of what toks[i], a form of "outweigh",
// says is outweighed: the words after it ("the features outweigh this
// shortcoming", "the noise outweighs the benefits"), or before "outweighed
// by" ("any flaws are outweighed by its strengths"). A shortcoming
// outweighed is no blame but the weight of what beats it, and a merit
// outweighed counts against. A negated weighing ("doesn't outweigh") is
// left alone.
func outweighs(low []byte, toks []sentToken, i int) {
	b := i
	for b > 0 && toks[b-1].flags&tEndClause == 0 {
		b--
		if isNegator(&toks[b]) {
			return
		}
	}
	lo, hi := i+1, i // the words outweighed: [lo, hi]
	if toks[i].flags&tEndClause == 0 && tokWord(low, toks, i+1) == "by" {
		lo, hi = b, i-1
	} else {
		for hi < len(toks)-1 && toks[hi].flags&tEndClause == 0 {
			hi++
		}
	}
	for k := lo; k <= hi; k++ {
		toks[k].info.val = -toks[k].info.val
	}
}

// itBreaksValence rates a thing that breaks, next to "broke".
const itBreaksValence = -1.5

// itBreaks reports whether toks[i], "break" or "breaks", is a thing
// breaking: the verb right after a pronoun or "then" ("and then it
// breaks", "they work two weeks then break", "only to have it break
// within a month"), with nothing after it or a word of when or how
// ("breaks down", "break again"). A break taken is a noun after a
// determiner ("a coffee break"), and "it breaks even", "it breaks the
// record" or "it breaks my heart" have an object, which other readings
// weigh.
func itBreaks(low []byte, toks []sentToken, i int) bool {
	if i == 0 || toks[i-1].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i-1) {
	case "it", "they", "them", "then", "mine", "which", "that", "this", "one", "ones", "soon", "eventually", "finally",
		"always", "just", "will", "would", "might", "could", "may":
	default:
		return false
	}
	if i >= 2 && toks[i-2].flags&tEndClause == 0 {
		switch tokWord(low, toks, i-2) { // "will it break?", "does it break easily?": asked
		case "will", "would", "does", "did", "do", "can", "could", "might", "may", "should", "won't", "wont":
			return false
		}
	}
	if toks[i].flags&tEndClause != 0 || i == len(toks)-1 {
		return true
	}
	switch tokWord(low, toks, i+1) {
	case "down", "off", "apart", "again", "after", "within", "in", "when", "if", "every", "all", "too", "so", "quickly",
		"easily", "and":
		return true
	}
	return false
}

// outOfWayReading rates "went out of their way to", whose idiom starts
// at toks[start], by what was done: an effort to wrong ("went out of his
// way to ignore us", "to avoid paying claims") is blame, any other the
// praise val. Only the verb (or "be" and its word) is weighed: "went out
// of their way to fix the problem" fixed a problem.
func outOfWayReading(low []byte, toks []sentToken, start int, val float64) float64 {
	for k := start + 6; k < len(toks) && k <= start+7 && toks[k-1].flags&tEndClause == 0; k++ {
		if toks[k].info.val < 0 {
			return -1.0
		}
	}
	return val
}

// startsDecay reports whether toks[i], a form of "start" or "begin", has
// a verb of wear or failure after it, with or without "to" ("the seats
// started to crack", "the paint began peeling", "it began skipping after
// a few plays"): a thing giving out. A verb rated already is left to its
// rating, and a person as the subject ("I started skipping breakfast")
// tells a habit.
func startsDecay(low []byte, toks []sentToken, i int) bool {
	j := i + 1
	if toks[i].flags&tEndClause != 0 || j >= len(toks) {
		return false
	}
	if tokWord(low, toks, j) == "to" {
		if toks[j].flags&tEndClause != 0 || j+1 >= len(toks) {
			return false
		}
		j++
	}
	if toks[j].info.val != 0 || !decayVerb(tokWord(low, toks, j)) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].flags&tEndClause == 0; k-- {
		switch tokWord(low, toks, k) {
		case "i", "we", "you", "he", "she":
			return false
		}
	}
	return true
}

// decayVerb reports whether w is a form of a verb of a thing wearing out
// or failing: "crack", "peel", "rust", "fray", "sag", "skip", "freeze"
// ("chip" is left out: "began chipping in" gives).
func decayVerb(w string) bool {
	for _, p := range [...]string{"crack", "peel", "rust", "fray", "wobbl", "squeak", "rattl", "warp", "flicker",
		"skip", "freez", "froze", "overheat", "corrod", "crumbl", "malfunction", "glitch", "fad", "sag", "leak"} {
		if strings.HasPrefix(w, p) {
			switch w[len(p):] {
			case "", "s", "es", "ed", "d", "ing", "e", "n", "ping", "ped", "ging", "ged":
				return true
			}
		}
	}
	return false
}

// sentBackValence rates a thing sent back, as the "send it back" idioms.
const sentBackValence = -1.5

// sentBack reports whether toks[i], a form of "send" or "mail", sends a
// thing back with one to three words of object between ("sending the
// unit back to amazon", "the toaster is sent back", "mailed the whole
// set back"): a return, the verdict on the thing. A person sent back
// ("sent him back home", "sent me back to the desk"), a thing sent back
// to the writer ("it was sent back to me repaired") and "back" as part
// of "back out" or "back up" are other errands.
func sentBack(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndClause != 0 {
		return false
	}
	j := i + 1
	switch tokWord(low, toks, j) {
	case "him", "her", "me", "us", "you", "everyone", "everybody":
		return false
	case "back": // "is sent back", "sent back the steak"
	default:
		for j < len(toks) && j <= i+3 && toks[j].flags&tEndClause == 0 && tokWord(low, toks, j+1) != "back" {
			j++
		}
		if j >= len(toks) || j > i+3 || toks[j].flags&tEndClause != 0 {
			return false
		}
		j++
	}
	if j >= len(toks) || tokWord(low, toks, j) != "back" || toks[j].span != 0 { // "sent it back": an idiom rated already
		return false
	}
	switch tokWord(low, toks, j-1) { // a message sent back is a reply ("sent the form back")
	case "email", "emails", "e-mail", "message", "messages", "text", "texts", "reply", "letter", "letters", "note",
		"photo", "photos", "picture", "pictures", "pic", "pics", "form", "forms", "word", "card", "link":
		return false
	}
	if toks[j].flags&tEndClause == 0 {
		switch tokWord(low, toks, j+1) {
		case "out", "up", "in", "home", "down":
			return false
		case "to":
			switch tokWord(low, toks, j+2) {
			case "me", "us", "you", "him", "her", "them":
				return false
			}
		}
	}
	return true
}

// greetingValence rates "Night y'all.", "Morning all": a greeting of the
// day to those who read, warmth as mild as an outing told as news.
const greetingValence = 0.8

// greeting reports whether toks[i], "morning", "night", "evening", opens
// its clause (after at most a reply's address) and the word after it,
// ending that clause, names those greeted ("Night y'all.", "Morning
// everyone, coffee's on"): the greeting without its "good". The time of
// day in a statement ("Night shift again.", "Morning people are rare",
// "Morning view") greets no one.
func greeting(low []byte, toks []sentToken, i int) bool {
	for j := i - 1; j >= 0 && toks[j].flags&tEndClause == 0; j-- {
		if low[toks[j].start] != '@' {
			return false
		}
	}
	if i+1 >= len(toks) || toks[i].flags&tEndClause != 0 || toks[i+1].flags&tEndClause == 0 && i+2 < len(toks) {
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "all", "y'all", "yall", "everyone", "everybody", "folks", "guys", "peeps", "tweeps", "world", "friends",
		"twitter", "fam", "ya", "you", "people":
		return true
	}
	return false
}

// passedValence rates an exam or test passed, an achievement next to
// VADER's "succeed" 2.2 and "win" 2.8, held milder as told plainly.
const passedValence = 1.5

// passedExam reports whether toks[i], "passed", takes a determiner or
// possessive and, within three words, an exam or test ("passed my
// driving test", "passed the bar exam", "passed all my finals"); "passed
// the salt", "passed the one year mark" and "passed away" name no feat.
func passedExam(low []byte, toks []sentToken, i int) bool {
	if i+1 >= len(toks) || toks[i].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "my", "the", "his", "her", "our", "their", "your", "all", "both", "its", "every", "a", "an":
	default:
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		switch tokWord(low, toks, j) {
		case "test", "tests", "exam", "exams", "examination", "examinations", "finals", "boards", "audition",
			"inspection", "interview", "certification", "quiz":
			return true
		}
		if toks[j].flags&tEndClause != 0 {
			break
		}
	}
	return false
}

// typicalValence rates "Typical." said as a verdict of its own: the
// weary blame of what was bound to go wrong, next to "sigh" -1.1.
const typicalValence = -1.0

// typicalVerdict reports whether "typical" (toks[i]) is said as a clause
// of its own, after at most an opener, and with more told before or
// after it ("Train delayed again. Typical.", "So typical, the bus is
// late"): a verdict that the trouble was to be expected. Before a noun ("a typical day", "typical
// bar food") it describes, and rates nothing.
func typicalVerdict(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndClause == 0 && i < len(toks)-1 {
		return false
	}
	b := i
	for b > 0 && toks[b-1].flags&tEndClause == 0 {
		b--
		switch tokWord(low, toks, b) {
		case "how", "so", "just", "oh", "very", "that's", "thats", "how's":
		default:
			return false
		}
	}
	return b > 0 || i < len(toks)-1 // a verdict on what is told with it, not the word alone
}

// letBegin unrates the blame in "Let the insanity begin!", "let the
// madness continue": called for at the start of what is looked forward
// to, the chaos is relished, not deplored. "Let" opens its clause, the
// thing named is at most three words after "let the", and the verb ends
// the clause.
func letBegin(low []byte, toks []sentToken, i int) {
	if tokWord(low, toks, i+1) != "the" || toks[i].flags&tEndClause != 0 || i > 0 && toks[i-1].flags&tEndClause == 0 {
		return // not "They let the chaos continue.": only the call opening its clause
	}
	for j := i + 2; j < len(toks) && j <= i+5 && toks[j-1].flags&tEndClause == 0; j++ {
		switch tokWord(low, toks, j) {
		case "begin", "begins", "commence", "continue":
		default:
			continue
		}
		if toks[j].flags&tEndClause == 0 && j+1 < len(toks) {
			return
		}
		for k := i + 2; k < j; k++ {
			if toks[k].info.val < 0 {
				toks[k].info.val = 0
			}
		}
		return
	}
}

// fanDegree reports whether w, before "fan", says how much of one.
func fanDegree(w string) bool {
	switch w {
	case "big", "huge", "massive", "great", "real", "major", "true", "giant", "enormous", "biggest", "greatest":
		return true
	}
	return false
}

// negatedFan returns the index of a negation four to six words before
// toks[b], "fan" or "fans", with only the words of being and degree
// between ("I've never been a big fan of jazz", "never really been a
// fan", "haven't been a huge fan"): past VADER's three words, the liking
// is still denied. Else -1.
func negatedFan(low []byte, toks []sentToken, b int) int {
	switch tokWord(low, toks, b) {
	case "fan", "fans":
	default:
		return -1
	}
	for j := b - 1; j >= 0 && j >= b-6; j-- {
		if toks[j].flags&tEndClause != 0 {
			return -1
		}
		if isNegator(&toks[j]) || toks[j].info.flags&wNo != 0 {
			return j
		}
		switch w := tokWord(low, toks, j); w {
		case "a", "an", "the", "been", "be", "being", "really", "ever", "much", "of", "particularly", "very", "that",
			"so", "such":
		default:
			if !fanDegree(w) {
				return -1
			}
		}
	}
	return -1
}

// ifOnlyValence rates the wish of "if only", a regret next to VADER's
// "alas" -1.1.
const ifOnlyValence = -1.0

// wishIfOnly reports whether toks[i] is the "only" of a wish that opens
// its clause, "if only" with a subject after it ("If only it played avi
// files.", "if only someone knew how to tell a story!"): what is wished
// for is missing. "as if only" compares, and "worth it, if only for the
// view" concedes; neither is a wish.
func wishIfOnly(low []byte, toks []sentToken, i int) bool {
	if i == 0 || tokWord(low, toks, i-1) != "if" || toks[i-1].flags&tEndClause != 0 || toks[i].flags&tEndClause != 0 {
		return false
	}
	if i >= 2 && toks[i-2].flags&tEndClause == 0 {
		switch tokWord(low, toks, i-2) {
		case "as", "even":
			return false
		}
	}
	switch tokWord(low, toks, i+1) {
	case "i", "you", "he", "she", "it", "we", "they", "people", "someone", "somebody", "everyone", "everybody",
		"anyone", "anybody", "there", "my", "your", "his", "her", "our", "their", "the", "this", "that", "these",
		"those", "more", "i'd", "we'd", "they'd", "you'd", "he'd", "she'd", "it'd", "i’d", "we’d", "they’d":
		return true
	}
	return false
}

// stillDisbelief reports whether toks[i], "still", is the disbelief of a
// question asked why, or of what people or anyone still do, with no rated
// word in it (see rateCues).
func stillDisbelief(low []byte, toks []sentToken, i int) bool {
	start, end := sentenceOf(toks, i)
	if toks[end].flags&tQuestion == 0 {
		return false
	}
	if !unratedSpan(toks, start, end) {
		return false
	}
	switch tokWord(low, toks, i-1) {
	case "people", "anyone", "anybody", "someone", "somebody", "folks":
		return true
	}
	for j := i - 1; j >= start && toks[j].flags&tEndClause == 0; j-- {
		if tokWord(low, toks, j) == "why" {
			return true
		}
	}
	return tokWord(low, toks, start) == "why"
}

// offToValence rates "Off to the market", "Heading to the game": a
// plan set out on, told as news of one's day, which readers take as
// looking forward to it; milder than VADER's "eager" 1.5.
const offToValence = 0.8

// offTo reports whether toks[i], "off", "heading"/"headed" or
// "listening" before "to", "on" between "now" and "to" ("Now on to
// Ohio"), "landed" before "in" or "at" ("Just landed in Houston"),
// "thinking" before "about" or "of" and a thing ("Thinking about the
// weekend", "Thinking of you"; not "thinking about it"),
// "checking" or "trying" before "out", or "watching", opens its clause, after at most
// a subject and its verb of being or "now", "just", "and" ("Off to smack
// some golf balls", "it's off to the farmer's market", "Heading to the
// beach", "I am listening to Bonnie Raitt", "Watching the game"), with no
// other rated word and no negation in the text: the outing or pastime
// alone is the news. "Off to a slow start" has its own rating; "sent it
// off to a client" and "I was watching" tell no such news, nor does
// "heading to the hospital".
func offTo(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndClause != 0 {
		return false
	}
	switch w, next := tokWord(low, toks, i), tokWord(low, toks, i+1); {
	case w == "checking" || w == "trying":
		if next != "out" || tokWord(low, toks, i+2) == "of" {
			return false // "Checking out Scala", "Trying out the new app"; not "trying to", "checking out of the hotel"
		}
	case w == "on":
		if next != "to" || i == 0 || tokWord(low, toks, i-1) != "now" {
			return false // "Now on to Ohio": the next stop; not "hold on to", "passed it on to"
		}
	case w == "thinking":
		if next != "about" && next != "of" {
			return false
		}
		switch tokWord(low, toks, i+2) {
		case "it", "that", "this", "how", "why", "what", "whether", "if":
			return false // "Thinking about it now, ...": a reflection, not a plan
		}
	case w == "landed":
		if next != "in" && next != "at" {
			return false // "Just landed in Houston": arrived; not "landed a job" (rated elsewhere)
		}
	case w[0] != 'w' && next != "to":
		return false // "watching" needs no "to"
	}
	for j := i - 1; j >= 0 && toks[j].flags&tEndClause == 0; j-- {
		if low[toks[j].start] == '@' {
			continue // "@anonymous listening to them now": a reply's address
		}
		switch tokWord(low, toks, j) {
		case "i'm", "im", "i", "am", "we're", "we", "are", "it's", "its", "now", "just", "and", "so", "well", "finally":
		default:
			return false
		}
	}
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		if grimPlace(tokWord(low, toks, j)) {
			return false // "Heading to the hospital": no outing looked forward to
		}
		if toks[j].flags&tEndClause != 0 {
			break
		}
	}
	return unratedSpan(toks, 0, len(toks)-1)
}

// unratedSpan reports whether no token of toks[from..to] is rated or a
// negator: the cues of short posts (an outing, a pastime, company) are
// the news of a text only where nothing else in it says how it feels.
func unratedSpan(toks []sentToken, from, to int) bool {
	for j := from; j <= to; j++ {
		if toks[j].info.val != 0 || isNegator(&toks[j]) {
			return false
		}
	}
	return true
}

// grimPlaceIn reports whether a word of the text names a grim place ("at
// the hospital with my dad").
func grimPlaceIn(low []byte, toks []sentToken) bool {
	for j := range toks {
		if grimPlace(tokWord(low, toks, j)) {
			return true
		}
	}
	return false
}

// grimPlace reports whether w names a place one goes to for trouble, not
// for pleasure.
func grimPlace(w string) bool {
	switch w {
	case "hospital", "dentist", "doctor", "doctor's", "doctors", "er", "funeral", "court", "jail", "prison", "vet",
		"surgery", "emergency", "clinic":
		return true
	}
	return false
}

// timeWithValence rates time told as spent with family or friends
// ("Watching the game with my dad"): company enjoyed, milder than an
// outing looked forward to.
const timeWithValence = 0.6

// timeWith reports whether toks[i], a word for family or friends, follows
// "with" (and "my", "the" or "our": "with my dad", "with the boys") in a
// text with no other rated word, no negation and no grim place ("at the
// hospital with my dad"): the news of the day is time spent together.
func timeWith(low []byte, toks []sentToken, i int) bool {
	k := i - 1
	if k < 0 || toks[k].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, k) {
	case "my", "the", "our":
		k--
	}
	if k < 0 || toks[k].flags&tEndClause != 0 || tokWord(low, toks, k) != "with" {
		return false
	}
	return unratedSpan(toks, 0, len(toks)-1) && !grimPlaceIn(low, toks)
}

// namedTime reports whether toks[i], "time" or "day", ends a sentence of
// one or two words that name what it is time or the day for ("Pizza
// time.", "Pinhole time.", "...and replay time.", "It's a lemonade day."),
// in a text with no other rated word, no negation and no grim place: a
// treat or a pastime announced. "Next time.", "What time?", "Long day."
// and "Work day." name no such thing.
func namedTime(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tEndSentence == 0 && i < len(toks)-1 || toks[i].flags&tQuestion != 0 {
		return false
	}
	start, _ := sentenceOf(toks, i)
	if start < i && tokWord(low, toks, start) == "and" {
		start++
	}
	if w := tokWord(low, toks, start); start+2 < i && (w == "it's" || w == "its") && tokWord(low, toks, start+1) == "a" {
		start += 2 // "It's a lemonade day."
	}
	if i-start < 1 || i-start > 2 {
		return false
	}
	for j := start; j < i; j++ {
		switch tokWord(low, toks, j) {
		case "what", "every", "this", "that", "last", "next", "the", "by", "some", "any", "same", "no", "a", "one", "long",
			"first", "each", "in", "on", "of", "at", "my", "your", "his", "her", "our", "their", "its", "real", "good",
			"spare", "free", "down", "quality", "load", "response", "wait", "waiting", "run", "talk", "play", "battery",
			"charge", "charging", "boot", "lead", "loading", "shipping", "delivery", "travel", "screen", "half", "full",
			"part", "over", "all", "from", "whole", "work", "working", "school", "exam", "test", "election", "another", "rainy",
			"sick", "moving":
			return false
		}
		if c := low[toks[j].start]; c >= '0' && c <= '9' {
			return false
		}
	}
	return unratedSpan(toks, 0, len(toks)-1) && !grimPlaceIn(low, toks)
}

// whyEvery reports whether toks[i], "why" opening its sentence, asks it
// of every one or everything ("Why does every app need my location now",
// "why is everyone so loud"), or of one's own thing ("Why is my landlord
// texting me at 11pm"): a question that blames a whole kind, or a
// grievance, when nothing else in the sentence is rated. "Why is the sky
// blue" asks.
func whyEvery(low []byte, toks []sentToken, i int) bool {
	if i > 0 && toks[i-1].flags&tEndSentence == 0 {
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "does", "do", "did", "is", "are", "was", "were", "must", "has", "have", "would", "will", "can":
	default:
		return false
	}
	switch tokWord(low, toks, i+2) {
	case "every", "everyone", "everybody", "everything", "all":
	case "my":
		// "Why is my landlord texting me at 11pm": one's own thing
		// asked about is a grievance, with two words at least after
		// it ("Why is my car?" is no such question).
		if i+4 >= len(toks) || toks[i+3].flags&tEndClause != 0 {
			return false
		}
	default:
		return false
	}
	start, end := sentenceOf(toks, i)
	if !unratedSpan(toks, start, end) {
		return false
	}
	return true
}

// closingFrown turns to blame the praise of the sentence that a closing
// face of displeasure (":/", ":(", the last token of the text) ends: "Love
// a good last minute emergency :/", "Literally can't wait to escape work
// :-/". The writer's last word on it is a frown, so the praise was irony
// or rue. A face after the sentence has ended ("Good singer. Have you
// studied? :/") frowns at what came last, and a face of tears (":'(") may
// be of joy, so those are left alone.
func closingFrown(low []byte, toks []sentToken) {
	n := len(toks) - 1
	if toks[n-1].flags&tEndSentence != 0 || bytes.IndexByte(low[toks[n].start:toks[n].end], '\'') >= 0 {
		return
	}
	start, _ := sentenceOf(toks, n-1)
	for j := start; j < n; j++ {
		if toks[j].val > 0 {
			negateAt(toks, j, n)
		}
	}
}

// laughter returns the rated word of laughter that w draws out or leads
// in ("haha" for "hahahaha", "ahahah", "hehehe", "bwahaha"; "lol" for
// "lolol"), or "" when w is none: five letters at least, so that "aha" (a
// discovery) and "hah" stay unrated.
func laughter(w []byte) string {
	if len(w) < 5 {
		return ""
	}
	// Most unknown words come here: laughter starts with l, h, a, e, b or
	// m and ends with a, e or h ("lololol" with l).
	switch w[0] {
	case 'h', 'a', 'e', 'b', 'm':
		if c := w[len(w)-1]; c != 'a' && c != 'e' && c != 'h' {
			return ""
		}
	case 'l':
	default:
		return ""
	}
	if w[0] == 'l' {
		for k, c := range w {
			if k%2 == 0 && c != 'l' || k%2 == 1 && c != 'o' {
				return ""
			}
		}
		return "lol"
	}
	for _, p := range [...]string{"bwa", "mwa", "mua", "a"} {
		if hasPrefix(w, p) {
			w = w[len(p)-1:] // keep the vowel: "bwahaha" -> "ahaha"
			break
		}
	}
	if w[0] == 'a' || w[0] == 'e' {
		w = w[1:]
	}
	if len(w) < 4 {
		return ""
	}
	for k, c := range w {
		if k%2 == 0 && c != 'h' || k%2 == 1 && c != 'a' && c != 'e' {
			return ""
		}
	}
	return "haha"
}

// waitTold reports whether toks tell of a wait or a time since ("still",
// "wait", "waiting", "since"): an exclamation of it may be impatience as
// well as eagerness.
func waitTold(low []byte, toks []sentToken) bool {
	for i := range toks {
		switch tokWord(low, toks, i) {
		case "still", "wait", "waiting", "waited", "since":
			return true
		}
	}
	return false
}

// exceptAny reports whether toks[i] is the "but" of "anything but" ('a':
// "anything but easy" says it is not) or "nothing but" ('n': "nothing but
// hassle" says it is all hassle), else 0. Either way the "but" is no
// contrast.
func exceptAny(low []byte, toks []sentToken, i int) byte {
	if i < 1 || i >= len(toks) || toks[i].info.flags&wBut == 0 || toks[i-1].flags&tEndClause != 0 ||
		string(low[toks[i].start:toks[i].end]) != "but" {
		return 0
	}
	switch string(low[toks[i-1].start:toks[i-1].end]) {
	case "anything":
		return 'a'
	case "nothing":
		return 'n'
	}
	return 0
}

// nothingShort reports whether toks[j] is the "nothing" of "nothing short
// of", which praises or blames to the full ("nothing short of amazing").
func nothingShort(low []byte, toks []sentToken, j int) bool {
	return j+2 < len(toks) && toks[j].flags&tEndClause == 0 && toks[j+1].flags&tEndClause == 0 &&
		string(low[toks[j].start:toks[j].end]) == "nothing" && string(low[toks[j+1].start:toks[j+1].end]) == "short" &&
		string(low[toks[j+2].start:toks[j+2].end]) == "of"
}

// hopeElsewhere reports whether toks[i] is "hope" (or "hoping", "hoped")
// whose clause goes on to "else" ("hope someone else has better luck",
// "hoping you have better luck elsewhere"): the hope is for what this one
// did not give. "Hope you enjoy it", "hope you feel better" and "hope to
// see you next time" keep their warmth.
func hopeElsewhere(low []byte, toks []sentToken, i int) bool {
	switch string(low[toks[i].start:toks[i].end]) {
	case "hope", "hoping", "hoped":
	default:
		return false
	}
	for j := i + 1; j < len(toks) && toks[j-1].flags&tEndClause == 0; j++ {
		switch string(low[toks[j].start:toks[j].end]) {
		case "else", "elsewhere":
			return true
		}
	}
	return false
}

// lackBefore returns the index of a "lack", "lacks", "lacked" or
// "lacking" up to three words before toks[b], in its clause and with no
// rated word between ("lacked any real suspense", "what this film lacks is
// a convincing script"), or -1.
func lackBefore(low []byte, toks []sentToken, b int) int {
	for j := b - 1; j >= 0 && j >= b-3; j-- {
		t := &toks[j]
		if t.flags&tEndClause != 0 {
			return -1
		}
		switch string(low[t.start:t.end]) {
		case "lack", "lacks", "lacked", "lacking":
			// "no lack of great food", "it doesn't lack good ideas": the
			// lack is negated, and VADER's reading of it does the rest.
			for k := j - 1; k >= 0 && k >= j-2 && toks[k].flags&tEndClause == 0; k-- {
				if isNegator(&toks[k]) || toks[k].info.flags&wNo != 0 {
					return -1
				}
			}
			return j
		}
		if rated(t) {
			return -1
		}
	}
	return -1
}

// lackRelative returns the index of a "lack" whose object goes on with a
// relative clause holding toks[b]: "lacks everything that made the
// original special", "lacked the spark that made the first film so
// charming". The praise there is what is missing. Else -1.
func lackRelative(low []byte, toks []sentToken, b int) int {
	rel := -1
	for j := b - 1; j >= 0 && j >= b-9; j-- {
		if toks[j].flags&tEndClause != 0 {
			return -1
		}
		switch tokWord(low, toks, j) {
		case "that", "which", "what", "who":
			rel = j
		case "lack", "lacks", "lacked", "lacking":
			if rel < 0 || rel > j+4 {
				return -1
			}
			for k := j - 1; k >= 0 && k >= j-2 && toks[k].flags&tEndClause == 0; k-- {
				if isNegator(&toks[k]) || toks[k].info.flags&wNo != 0 {
					return -1 // "doesn't lack anything that makes it fun"
				}
			}
			return j
		}
	}
	return -1
}

// neverFails reports whether the negator at toks[j] opens "never fails
// to", "never ceases to", "doesn't fail to": a double negation that says
// "always".
func neverFails(low []byte, toks []sentToken, j int) bool {
	if j+2 >= len(toks) || !isNegator(&toks[j]) || toks[j].flags&tEndClause != 0 || toks[j+1].flags&tEndClause != 0 {
		return false
	}
	switch string(low[toks[j+1].start:toks[j+1].end]) {
	case "fails", "fail", "failed", "ceases", "cease", "ceased":
		return wordIs(low, &toks[j+2], "to")
	}
	return false
}

// farFrom reports whether toks[j] is the "from" of a "far from" that
// negates the rated word toks[b] right after it or after a determiner
// ("far from perfect", "far from the best part"), and not after a
// negation or degree ("not far from", "so far from home").
func farFrom(low []byte, toks []sentToken, j, b int) bool {
	if j < 1 || !wordIs(low, &toks[j], "from") || !wordIs(low, &toks[j-1], "far") || toks[j-1].flags&tEndClause != 0 {
		return false
	}
	if j+2 == b {
		switch string(low[toks[j+1].start:toks[j+1].end]) {
		case "the", "a", "an", "being", "my", "their", "its", "his", "her", "our", "your":
		default:
			return false
		}
	} else if j+1 != b {
		return false
	}
	return j < 2 || !isNegator(&toks[j-2]) && !wordIs(low, &toks[j-2], "so") && !wordIs(low, &toks[j-2], "too")
}

// noneOfBefore returns the index of a "none" that starts "none of" four
// to six words before toks[b], in its clause ("none of the new tones is
// acceptable"), or -1.
func noneOfBefore(low []byte, toks []sentToken, b int) int {
	for j := b - 1; j >= 0 && j >= b-6; j-- {
		if toks[j].flags&tEndClause != 0 {
			return -1
		}
		if j <= b-4 && j+1 < b && wordIs(low, &toks[j], "none") && wordIs(low, &toks[j+1], "of") {
			return j
		}
	}
	return -1
}

// neitherBefore returns the index of a "neither" four to nine words
// before toks[b] that opens the subject of its clause, "neither A nor B"
// or "neither of them", where a verb of being comes between the subject
// and toks[b] ("Neither the food nor the service was good", "neither of
// them is any good"), or -1.
func neitherBefore(low []byte, toks []sentToken, b int) int {
	verb := false
	for j := b - 1; j >= 0 && j >= b-9; j-- {
		if toks[j].flags&tEndClause != 0 {
			return -1
		}
		switch tokWord(low, toks, j) {
		case "is", "was", "were", "are", "seemed", "seems", "looked", "looks", "tasted", "tastes", "felt", "feels":
			verb = true
		case "neither":
			if !verb || j > b-4 {
				return -1
			}
			if wordIs(low, &toks[j+1], "of") {
				return j
			}
			for k := j + 2; k < b; k++ {
				if wordIs(low, &toks[k], "nor") {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// negatedSuchA returns the index of a negation one or two words before a
// "such a" (or "such an") that toks[b] follows, in its clause ("wouldn't
// be such a bad idea", "isn't really such a big deal"), or -1.
func negatedSuchA(low []byte, toks []sentToken, b int) int {
	if b < 4 || !wordIs(low, &toks[b-2], "such") || !wordIs(low, &toks[b-1], "a") && !wordIs(low, &toks[b-1], "an") {
		return -1
	}
	for j := b - 3; j >= 0 && j >= b-5; j-- {
		if toks[j].flags&tEndClause != 0 {
			return -1
		}
		if j <= b-4 && isNegator(&toks[j]) {
			return j
		}
	}
	return -1
}

// negatedVerbObject returns the index of a negator that denies the verb
// whose object toks[b] rates, past VADER's three words, or -1: "won't
// give it a good rating", "doesn't leave me with a good feeling", "not
// going to get a good review", "doesn't do you any good". The verb may
// take a pronoun and "with" before the article or "any"; before the verb
// only "going to" or "gonna" may stand between it and the negator. A
// comparative is the unbeatable "doesn't get any better", not negated.
func negatedVerbObject(low []byte, toks []sentToken, b int) int {
	if b < 4 {
		return -1
	}
	switch tokWord(low, toks, b-1) {
	case "a", "an", "any":
	default:
		return -1
	}
	if w := tokWord(low, toks, b); w == "better" || strings.HasSuffix(w, "er") {
		return -1 // "doesn't get any better", "couldn't be any easier": unbeatable
	}
	j := b - 2
	if wordIs(low, &toks[j], "with") {
		j--
	}
	if j >= 0 {
		switch tokWord(low, toks, j) {
		case "me", "us", "you", "him", "her", "them", "it", "this", "that":
			j--
		}
	}
	j-- // the verb
	if j < 0 {
		return -1
	}
	for k := j; k < b; k++ {
		if toks[k].flags&tEndClause != 0 || k > j && isNegator(&toks[k]) {
			return -1
		}
	}
	if toks[j+1].info.flags&wShift != 0 {
		return -1 // "I never miss a good deal": the verb is a loss, and its negation praise
	}
	switch {
	case verbNegator(low, &toks[j]):
	case wordIs(low, &toks[j], "gonna") && j > 0 && verbNegator(low, &toks[j-1]) && toks[j-1].flags&tEndClause == 0:
		j--
	case wordIs(low, &toks[j], "to") && j > 1 && wordIs(low, &toks[j-1], "going") && verbNegator(low, &toks[j-2]) &&
		toks[j-2].flags&tEndClause == 0 && toks[j-1].flags&tEndClause == 0:
		j -= 2
	default:
		return -1
	}
	return j
}

// negatedThroughChain returns the index of a negator of a verb that
// reaches toks[b] through a chain of auxiliaries and degree words past
// VADER's three words, or -1: "not going to be happy", "won't be able to
// enjoy it", "doesn't seem to be very reliable", "haven't been able to
// enjoy it", "not a lot of good options", "doesn't make you look cool".
// Any other word between ends the reach.
func negatedThroughChain(low []byte, toks []sentToken, b int) int {
	neg := false
	for k := b - 4; k >= 0 && k >= b-7; k-- {
		if isNegator(&toks[k]) {
			neg = true
			break
		}
	}
	if !neg {
		return -1 // most rated words: no negator where the chain could start
	}
	j := b - 1
	for ; j >= 0 && j >= b-7; j-- {
		if toks[j].flags&tEndClause != 0 {
			return -1
		}
		if wordIs(low, &toks[j], "more") {
			return -1 // "could not have been more pleased": praise
		}
		if toks[j].info.flags&(wBoostUp|wBoostDown) != 0 {
			continue
		}
		switch tokWord(low, toks, j) {
		case "going", "to", "be", "able", "seem", "seems", "seemed", "appear", "appears", "appeared", "gonna",
			"been", "being", "have", "ever", "even", "a", "lot", "lots", "of", "whole",
			// "doesn't make you look cool", "didn't make me feel
			// welcome": a causative chain.
			"make", "makes", "made", "you", "me", "us", "him", "her", "them", "look", "feel", "sound":
			continue
		}
		break
	}
	if j < 0 || j > b-4 || !verbNegator(low, &toks[j]) {
		return -1
	}
	return j
}

// stoppedDoing returns the index of a "stopped" or "ceased" before the
// "-ing" verb at toks[b], or before "being" and toks[b], in its clause, or
// -1: what has stopped is so no longer ("they stopped supporting the old
// OS", "the show stopped being funny", "I stopped worrying"). Not after a
// negation: "never stops being cute" says it goes on.
func stoppedDoing(low []byte, toks []sentToken, b int) int {
	j := b - 1
	if w := tokWord(low, toks, b); !strings.HasSuffix(w, "ing") {
		switch tokWord(low, toks, j) {
		case "being", "feeling", "looking", "sounding", "getting":
			j--
		default:
			return -1
		}
	}
	if j < 0 || toks[j].flags&tEndClause != 0 || j+1 < b && toks[j+1].flags&tEndClause != 0 {
		return -1
	}
	switch tokWord(low, toks, j) {
	case "stopped", "stops", "ceased", "ceases":
	default:
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-2 && toks[k].flags&tEndClause == 0; k-- {
		if isNegator(&toks[k]) {
			return -1
		}
	}
	return j
}

// troubleGone returns the index of a verb of going away one to four words
// after the trouble at toks[i], in its clause, with no negation between
// ("the problem vanished", "the static disappeared", "the lag is gone"),
// or -1. Not "disappeared" said of anything else ("my package
// disappeared"). A remedy that someone applied is resolvedBy's.
func troubleGone(low []byte, toks []sentToken, i int) int {
	if !troubleWord(low, &toks[i]) && !wordIs(low, &toks[i], "static") && !wordIs(low, &toks[i], "noise") && !wordIs(low, &toks[i], "hiss") {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k-1].flags&tEndClause == 0; k++ {
		if isNegator(&toks[k]) {
			return -1
		}
		switch tokWord(low, toks, k) {
		case "vanished", "vanishes", "disappeared", "disappears", "gone":
			return k
		case "went", "goes", "go":
			if k+1 < len(toks) && toks[k].flags&tEndClause == 0 && wordIs(low, &toks[k+1], "away") {
				return k
			}
			return -1
		case "was", "were", "is", "are", "has", "have", "had", "been", "got", "finally", "quickly", "just", "soon",
			"completely", "eventually", "all", "simply", "also":
		default:
			return -1
		}
	}
	return -1
}

// troubleGoneBefore reports whether toks[i] is the verb that troubleGone
// finds after a trouble one to four words before it.
func troubleGoneBefore(low []byte, toks []sentToken, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
		if troubleGone(low, toks, j) == i {
			return true
		}
	}
	return false
}

// onlyLimitValence rates a thing's working limited by "only" ("it only
// works if you stand close", "the buds only play in one ear"): a
// shortcoming, next to VADER's "limited" -0.9.
const onlyLimitValence = -0.9

// onlyLimits reports whether toks[i], "only", limits what a thing does:
// a verb of working right after it, or after "seems to" ("will only work
// properly if", "it only recognizes the phone", "only seems to work if"),
// or right before it ("it worked only once", "played only one disc"),
// or "can only hear/see" ("I can only hear the sound"). What a thing
// costs or takes ("only paid $40", "only took ten seconds") has no such
// verb; "not only", "if only" and "the only one that works" (an
// adjective after a determiner) are other senses, and a person as the
// subject ("I've only played it twice", "we only ran it once") tells how
// little was tried, not what failed.
func onlyLimits(low []byte, toks []sentToken, i int) bool {
	if i > 0 && toks[i-1].flags&tEndClause == 0 {
		switch tokWord(low, toks, i-1) {
		case "not", "if", "the", "my", "his", "her", "its", "our", "their", "your", "a", "an", "this", "that":
			return false
		}
		if isNegator(&toks[i-1]) {
			return false
		}
	}
	perceive := false
	j := i + 1
	if toks[i].flags&tEndClause == 0 && j < len(toks) {
		switch tokWord(low, toks, j) {
		case "seems", "seemed", "seem", "appears", "appeared":
			if tokWord(low, toks, j+1) == "to" && toks[j].flags&tEndClause == 0 {
				j += 2
			}
		}
	}
	verb := j < len(toks) && toks[j-1].flags&tEndClause == 0 && workVerb(tokWord(low, toks, j))
	if !verb && j < len(toks) && j == i+1 && toks[i].flags&tEndClause == 0 && i > 0 {
		switch tokWord(low, toks, j) {
		case "hear", "see":
			switch tokWord(low, toks, i-1) {
			case "can", "could":
				verb, perceive = true, true
			}
		}
	}
	if !verb && i > 0 && toks[i-1].flags&tEndClause == 0 && workVerb(tokWord(low, toks, i-1)) {
		verb = true
	}
	if !verb || perceive {
		return verb
	}
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].flags&tEndClause == 0; k-- {
		switch tokWord(low, toks, k) {
		case "i", "we", "i've", "we've", "ive", "i'd", "we'd", "i’ve", "we’ve":
			return false
		case "it", "this", "that", "they", "which", "these", "those": // the thing is the subject ("I think it only worked once")
			return true
		}
	}
	return true
}

// onlyQuickValence rates a task that "only took" seconds or minutes: a
// speed praised, next to VADER's "quick" +1.1.
const onlyQuickValence = 1.1

// onlyQuick reports whether toks[i], "only", is the "only" of a task done
// in seconds or minutes: a form of "take" after it and a unit of seconds
// or minutes within five words ("it only took me about 10 seconds to
// transfer", "only takes a minute to set up"). A span until something
// bad happened ("it only took five minutes for the screen to crack")
// has a rated word of blame after it, and is left alone; so are hours
// and days, which are quick or slow by what was done.
func onlyQuick(low []byte, toks []sentToken, i int) bool {
	j := i + 1
	if toks[i].flags&tEndClause != 0 || j >= len(toks) {
		return false
	}
	switch tokWord(low, toks, j) {
	case "take", "takes", "took", "taking", "taken":
	default:
		return false
	}
	if i > 0 && toks[i-1].flags&tEndClause == 0 && (isNegator(&toks[i-1]) || verbNegator(low, &toks[i-1])) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5 && toks[k-1].flags&tEndClause == 0; k++ {
		switch tokWord(low, toks, k) {
		case "second", "seconds", "secs", "sec", "minute", "minutes", "mins", "min", "moment", "moments":
		default:
			continue
		}
		for m := k + 1; m < len(toks) && m <= k+8 && toks[m-1].flags&tEndClause == 0; m++ {
			if w := tokWord(low, toks, m); toks[m].info.val < 0 || w == "before" || w == "until" || harmWord(w) || decayVerb(w) {
				return false
			}
		}
		return true
	}
	return false
}

// workVerb reports whether w is a verb of a thing's working, whose
// limit by "only" is a shortcoming.
func workVerb(w string) bool {
	switch w {
	case "work", "works", "worked", "working", "play", "plays", "played", "recognize", "recognizes", "recognized",
		"recognise", "recognises", "recognised", "hold", "holds", "held", "charge", "charges", "charged", "support",
		"supports", "supported", "detect", "detects", "detected", "connect", "connects", "connected", "respond",
		"responds", "responded", "accept", "accepts", "accepted", "display", "displays", "displayed", "load", "loads",
		"loaded", "fit", "fits", "print", "prints", "printed", "read", "reads", "runs", "run", "lasts", "lasted", "last":
		return true
	}
	return false
}

// playedScale is what is left of the rating of "play" told as an
// activity: VADER's 1.4 halved reads barely positive.
const playedScale = 0.5

// playedWhere reports whether toks[i] is a form of "play" told with where,
// when or for whom right after it: "played in the park", "plays at six",
// "played for Chelsea", "playing outside".
func playedWhere(low []byte, toks []sentToken, i int) bool {
	if !playVerb(tokWord(low, toks, i)) {
		return false
	}
	if i+1 >= len(toks) || toks[i].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "in", "at", "for", "outside", "inside", "on":
		return true
	}
	return false
}

// playVerb reports whether w is a form of the verb "play".
func playVerb(w string) bool {
	switch w {
	case "play", "plays", "played", "playing":
		return true
	}
	return false
}

// onlyPlays reports whether toks[i] is a form of "play" with "only" one to
// four words before it in its clause: "would only play half the discs",
// "can only play for a couple of hours", "only one disk played through".
func onlyPlays(low []byte, toks []sentToken, i int) bool {
	if !playVerb(tokWord(low, toks, i)) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
		if wordIs(low, &toks[j], "only") {
			return true
		}
	}
	return false
}

// verbNegator reports whether t negates a verb: "not", "never" or a word
// in "n't" (with or without its apostrophe). "Nothing", "none" and "no
// one" are subjects or objects, which the verb's object does not share
// ("there's nothing like a good book").
func verbNegator(low []byte, t *sentToken) bool {
	if t.flags&tNt != 0 {
		return true
	}
	switch string(low[t.start:t.end]) {
	case "not", "never", "cannot", "cant", "dont", "doesnt", "didnt", "wont", "wouldnt", "isnt", "arent",
		"wasnt", "werent", "shouldnt", "couldnt", "aint", "havent", "hasnt", "hadnt":
		return true
	}
	return false
}

// wordIs reports whether t is the lower-case word w.
func wordIs(low []byte, t *sentToken, w string) bool {
	return int(t.end-t.start) == len(w) && string(low[t.start:t.end]) == w
}

// usedTo returns the index of the "used" of a "used to" that toks[i]
// comes at most two words after, in its clause ("used to be amazing",
// "used to really love"), or -1: the habit of the past, not "I'm used to
// good service" (accustomed), which has a form of "be" or "get" before
// "used".
func usedTo(low []byte, toks []sentToken, i int) int {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if toks[j-1].flags&tEndClause != 0 {
			return -1
		}
		if !wordIs(low, &toks[j], "to") || !wordIs(low, &toks[j-1], "used") {
			continue
		}
		if j >= 2 && toks[j-2].flags&tEndClause == 0 {
			switch string(low[toks[j-2].start:toks[j-2].end]) {
			case "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting",
				"i'm", "you're", "we're", "they're", "he's", "she's", "it's", "im",
				"i’m", "you’re", "we’re", "they’re", "he’s", "she’s", "it’s":
				return -1
			}
		}
		return j - 1
	}
	return -1
}

// betterElsewhere reports whether the "better" at toks[i] praises an
// alternative to the thing reviewed: it is compared "than this" ("than
// these", "than it", "than mine"), or it follows a verb of getting or
// wanting with an article or quantifier between ("get a better player",
// "expected a much better experience", "find something better"). "Get
// better" alone is a wish to recover and is left alone.
func betterElsewhere(low []byte, toks []sentToken, i int) bool {
	// "doesn't get any better than this" is praise: see unbeatable.
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
		if isNegator(&toks[j]) || string(low[toks[j].start:toks[j].end]) == "any" {
			return false
		}
	}
	if thanThis(low, toks, i) {
		return true
	}
	between := false
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
		switch string(low[toks[j].start:toks[j].end]) {
		case "a", "an", "some", "much", "far", "way", "something", "somewhere", "one":
			between = true
		case "done":
			// "you've seen it done better", "I've seen this done better
			// elsewhere".
			if j >= 2 && j == i-1 && tokWord(low, toks, j-2) == "seen" {
				switch tokWord(low, toks, j-1) {
				case "it", "this", "that":
					return !creditedHere(low, toks, i)
				}
			}
			return false
		case "get", "buy", "find", "expect", "expected", "expecting", "need", "needed", "want", "wanted",
			"deserve", "deserved", "deserves", "afford", "prefer", "choose", "pick", "purchase", "spend",
			"seen", "gotten", "got", "found", "bought", "received":
			switch tokWord(low, toks, j) {
			case "deserve", "deserved", "deserves":
				// "Voters deserve better than empty promises", "Our
				// veterans deserve better.": what they have is less.
				if j == i-1 {
					return true
				}
			case "gotten", "got", "found", "bought", "received":
				// "We've gotten a much better service from the place next
				// door": a better thing had, told in the past, is praise
				// of where it was had ("I got a much better deal here",
				// "Finally got a better job!") unless the clause names
				// another source.
				return between && otherSource(low, toks, i)
			case "seen":
				// "I've seen better movies", "seen better days" (a
				// negation before it returned above: "never seen
				// better"); not "I've seen better results with this lens".
				return !creditedHere(low, toks, i)
			}
			if between {
				return true
			}
			// "Get better headphones.", "you have to buy better ones",
			// "You can find better movies at youtube": with no article, a
			// noun after "better" and advice before the verb ("get better"
			// alone is a wish to recover; "Get better sleep with our
			// mattress" credits what it names).
			return j == i-1 && betterAdvice(low, toks, j) && i+1 < len(toks) && toks[i].flags&tEndClause == 0 &&
				!betterTail(tokWord(low, toks, i+1)) && !creditedHere(low, toks, i)
		default:
			return false
		}
	}
	return false
}

// negatedThought returns the index of the negator of "don't think" or
// "do not believe" (see doNegator) four to seven words before toks[b], in
// its clause, with no rated word between: "I don't think you will be disappointed", "I do
// not believe it is worth the price", "don't think I hate this camera".
// "I don't think I've ever seen a movie so boring" is no negation: "ever"
// makes it a superlative. Within three words VADER's window does it.
func negatedThought(low []byte, toks []sentToken, b int) int {
	for j := b - 1; j >= 0 && j >= b-7; j-- {
		t := &toks[j]
		if t.flags&tEndClause != 0 || t.val != 0 || t.flags&tNegated != 0 || wordIs(low, t, "ever") {
			return -1
		}
		if !wordIs(low, t, "think") && !wordIs(low, t, "believe") {
			continue
		}
		k := j - 1
		if k >= 0 && (wordIs(low, &toks[k], "really") || wordIs(low, &toks[k], "seriously")) {
			k--
		}
		if k >= 0 && b-k >= 4 && toks[k].flags&tEndClause == 0 && doNegator(low, toks, k) {
			return k
		}
		return -1
	}
	return -1
}

// doNegator reports whether toks[k] negates with "do": "don't", "didn't",
// "doesn't", or "not" after a form of "do". "I can't believe people pay
// that" is incredulity, not a negation of what follows.
func doNegator(low []byte, toks []sentToken, k int) bool {
	switch string(low[toks[k].start:toks[k].end]) {
	case "don't", "dont", "didn't", "didnt", "doesn't", "doesnt", "don’t", "didn’t", "doesn’t":
		return true
	case "not":
		return k > 0 && (wordIs(low, &toks[k-1], "do") || wordIs(low, &toks[k-1], "did") || wordIs(low, &toks[k-1], "does"))
	}
	return false
}

// troubleWord reports whether t names a trouble: a problem, an issue, an
// error and the like.
func troubleWord(low []byte, t *sentToken) bool {
	switch string(low[t.start:t.end]) {
	case "problem", "problems", "issue", "issues", "trouble", "troubles", "error", "errors", "bug", "bugs",
		"glitch", "glitches", "headache", "headaches", "hassle", "hassles", "complaint", "complaints",
		"distortion", "defect", "defects", "flaw", "flaws", "hiccup", "hiccups", "concern", "concerns",
		"dealbreaker", "deal-breaker",
		// What goes wrong with apps, devices and services: "the patch
		// fixed the lag", "no crashes so far".
		"crash", "crashes", "lag", "leak", "leaks", "outage", "outages", "delay", "delays", "malfunction", "fault", "faults":
		return true
	}
	return false
}

// troubleNotMet returns the index of the negator of a trouble never met,
// minReach to six words before the trouble at toks[i], in its clause: "I
// have not had any distortion problems", "haven't had a single problem",
// "have not yet seen any of the usual problems", "there hasn't been any
// issue". The negator must be followed by a verb of meeting (had, seen,
// experienced, been...) or of causing (cause, caused) and then a
// quantifier (any, a, one, single), with no rated word between, or -1. For a trouble the lexicon rates, VADER's
// three words reach the short forms ("not had any problems"), so the
// caller asks for four words or more.
func troubleNotMet(low []byte, toks []sentToken, i, minReach int) int {
	if !troubleWord(low, &toks[i]) {
		return -1
	}
	// "any bug fixes", "issue tickets", "one issue of the magazine": a
	// noun after the trouble word is what was not met.
	if i+1 < len(toks) && toks[i].flags&tEndClause == 0 && !troubleFollower(low, &toks[i+1]) {
		return -1
	}
	quantifier := false
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		t := &toks[j]
		if t.flags&tEndClause != 0 || t.val != 0 || t.flags&tNegated != 0 {
			return -1
		}
		switch string(low[t.start:t.end]) {
		case "and", "or", "but", "without", "except", "than":
			// "haven't been any updates and the issues remain", "not a
			// single day without issues": the trouble is there.
			return -1
		case "about", "for", "to", "with", "regarding", "on", "from", "in", "at", "by", "over", "after":
			// "haven't had any response about the problem": the trouble
			// is another noun's, and it is there.
			if !quantifier {
				return -1
			}
		case "any", "a", "an", "one", "single":
			// "not an issue", "shouldn't be a problem", "has never been
			// an issue": a trouble that is not there.
			if k := negatedBe(low, toks, j); k >= 0 && i-k >= minReach {
				return k
			}
			quantifier = true
		case "had", "seen", "experienced", "noticed", "encountered", "found", "run", "ran", "hit", "faced", "been",
			// "didn't cause any file errors": a trouble not caused.
			"cause", "caused", "causes":
			if quantifier && j > 0 && j >= i-5 {
				k := j - 1
				if k > 0 && (wordIs(low, &toks[k], "yet") || wordIs(low, &toks[k], "ever") || wordIs(low, &toks[k], "really")) {
					k--
				}
				if toks[k].flags&tEndClause == 0 && isNegator(&toks[k]) && toks[k].info.flags&wWithout == 0 && j-k <= 2 && i-k >= minReach {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// troubleFollower reports whether t may follow a trouble never met
// without being the thing not met itself: a preposition, a conjunction or
// an adverb ("any issues with it", "any problems so far", "any issues at
// all"), not a noun ("any bug fixes").
func troubleFollower(low []byte, t *sentToken) bool {
	w := low[t.start:t.end]
	if len(w) > 4 && string(w[len(w)-3:]) == "ing" {
		return true // "any issues using it"
	}
	switch string(w) {
	case "with", "so", "yet", "since", "at", "in", "on", "for", "from", "to", "whatsoever", "that", "here",
		"there", "now", "lately", "recently", "and", "or", "but", "either", "while", "when", "during", "after",
		"before", "until", "till", "this", "these", "ever", "really", "anymore", "like", "thus",
		"if", "unless", "as", "because", "though", "although":
		return true
	}
	return false
}

// negatedBe returns the index of a negated "be" just before toks[j] ("not",
// "isn't", "wasn't", "shouldn't be", "has never been", "won't really be"),
// or -1. A do-negation ("doesn't", "did not") negates a verb, not "be".
func negatedBe(low []byte, toks []sentToken, j int) int {
	k := j - 1
	for n := 0; n < 2 && k >= 0 && toks[k].flags&tEndClause == 0; n++ {
		switch tokWord(low, toks, k) {
		case "be", "been", "really", "ever":
			k--
			continue
		}
		break
	}
	if k < 0 || toks[k].flags&tEndClause != 0 {
		return -1
	}
	switch tokWord(low, toks, k) {
	case "not", "never", "isnt", "wasnt", "arent", "werent", "shouldnt", "wont", "wouldnt", "hasnt", "havent", "cant":
	default:
		if toks[k].flags&tNt == 0 {
			return -1
		}
	}
	if doNegator(low, toks, k) || question(toks, j) {
		return -1 // "Why is this not an issue for anyone else?"
	}
	if w := tokWord(low, toks, k); w == "shouldnt" || strings.HasPrefix(w, "shouldn") || w == "not" && k > 0 && wordIs(low, &toks[k-1], "should") {
		// "This shouldn't be an issue, yet here we are": what should
		// hold, and does not.
		for m := j + 1; m < len(toks) && toks[m-1].flags&tEndSentence == 0; m++ {
			if wordIs(low, &toks[m], "but") || wordIs(low, &toks[m], "yet") {
				return -1
			}
		}
	}
	return k
}

// resolvedBy returns the index of a verb that has dealt with the trouble
// named at toks[i] ("problem", "issue", "error", "bug"...) or by the word
// of blame at toks[i] before it ("the crashing bug"): "solved", "fixes",
// "eliminates", "avoid", "sorted" and the like, up to three words before it
// in its clause, or -1. The bare "fix" and "resolve" are left out: "wish
// they will fix the problem", "trying to resolve the problem" still
// complain; but not after "went out of their way to".
func resolvedBy(low []byte, toks []sentToken, i int) int {
	// The trouble, or a word of blame before it: "fixed the crashing bug".
	if !troubleWord(low, &toks[i]) && (toks[i].flags&tEndClause != 0 || i+1 == len(toks) || !troubleWord(low, &toks[i+1])) {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].flags&tEndClause == 0; j-- {
		switch string(low[toks[j].start:toks[j].end]) {
		case "solved", "solves", "solve", "fixes", "fixed", "eliminates", "eliminated", "eliminate", "avoid",
			"avoids", "avoided", "resolved", "resolves", "cures", "cured", "prevents", "prevented", "prevent",
			"removes", "removed", "corrected", "corrects", "sorted", "repaired", "repairs", "addressed", "out",
			"fix", "resolve":
			if (wordIs(low, &toks[j], "fix") || wordIs(low, &toks[j], "resolve")) && !outOfWayTo(low, toks, j) {
				continue // "wish they will fix the problem"
			}
			if wordIs(low, &toks[j], "out") {
				// "worked out the problem", "ironed out the bugs", not
				// "found out the problem" nor "pointed out the flaws".
				switch tokWord(low, toks, j-1) {
				case "worked", "work", "works", "ironed", "iron", "irons", "sorted", "sort", "straightened":
					j--
				default:
					continue
				}
			}
			// "has not solved the lag", "never fixed the problem": a
			// remedy denied leaves the trouble.
			for k := j - 1; k >= 0 && k >= j-2 && toks[k].flags&tEndClause == 0; k-- {
				if isNegator(&toks[k]) {
					return -1
				}
			}
			return j
		}
		if isNegator(&toks[j]) {
			return -1
		}
	}
	return -1
}

// outOfWayTo reports whether toks[j] follows "out of <their> way to":
// what someone went out of their way to do ("went out of her way to fix
// the problem") was done, unlike "no way to fix it".
func outOfWayTo(low []byte, toks []sentToken, j int) bool {
	return j >= 5 && tokWord(low, toks, j-1) == "to" && tokWord(low, toks, j-2) == "way" &&
		tokWord(low, toks, j-4) == "of" && tokWord(low, toks, j-5) == "out"
}

// certaintyAdverb reports whether t is an adverb of certainty or candour
// that VADER rates as praise.
func certaintyAdverb(low []byte, t *sentToken) bool {
	switch string(low[t.start:t.end]) {
	case "definitely", "certainly", "honestly", "surely", "clearly", "obviously", "seriously":
		return true
	}
	return false
}

// wowBeforeBlame reports whether toks[i] is "wow" followed by blame: an
// interjection of surprise says how strongly the writer feels, not which
// way, so before blame ("wow... this thing is trash", "Wow, what a bad
// film") its rating would pull against it. Blame is a negative sum of the
// ratings in the rest of its sentence or, when it stands alone ("wow."),
// in the next one.
func wowBeforeBlame(low []byte, toks []sentToken, i int) bool {
	if !isWow(low, &toks[i]) {
		return false
	}
	// To the end of its sentence, or of the next one when "wow" ends its own.
	end := i
	for end < len(toks)-1 && (end == i || toks[end].flags&tEndSentence == 0) {
		end++
	}
	sum := 0.0
	for j := i + 1; j <= end; j++ {
		sum += toks[j].val
	}
	return sum < 0
}

// chanceOfHarm reports whether toks[i] is the "great" or "good" of a
// likelihood ("chance", "odds") whose event, in the rest of its sentence,
// rates as harm: "There's a great chance you might lose them" says a loss
// is likely, which is no praise. The likelihood of a good thing ("a good
// chance we'll win") and an opportunity ("a great chance to see them")
// keep the praise.
func chanceOfHarm(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "good", "great", "high", "strong", "excellent", "fair", "decent":
	default:
		return false
	}
	if toks[i].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "chance", "chances", "odds", "likelihood", "possibility", "probability":
	default:
		return false
	}
	if tokWord(low, toks, i+2) == "to" {
		return false // an opportunity
	}
	sum := 0.0
	for j := i + 2; j < len(toks) && toks[j-1].flags&tEndSentence == 0; j++ {
		sum += toks[j].val
	}
	return sum < 0
}

// whoseIdea reports whether toks[i] is the praise of "Who thought this was
// a good idea?", "who decided that was a smart idea?": asked who, the
// question blames. Answered ("I thought it was a good idea"), asked
// otherwise ("Was it a good idea?") or asked in praise ("Who knew it was
// such a good idea?", "Who else thinks it's a good idea?") it is left
// alone.
func whoseIdea(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "good", "great", "smart", "bright", "brilliant", "clever", "wise":
	default:
		return false
	}
	if tokWord(low, toks, i+1) != "idea" || !question(toks, i) {
		return false
	}
	j := i
	for j > 0 && toks[j-1].flags&tEndSentence == 0 {
		j--
	}
	if tokWord(low, toks, j) != "who" || i-j > 10 {
		return false
	}
	switch tokWord(low, toks, j+1) {
	case "knew", "else", "does", "doesn't", "doesn’t", "would", "wouldn't", "wouldn’t", "agrees":
		// "Who knew a pressure cooker was such a good idea?", "Who else
		// thinks it's a good idea?", "Who wouldn't think that's a great
		// idea?": surprise, a call for agreement, a question that answers
		// itself; praise.
		return false
	}
	return true
}

// enoughAfter reports whether "enough" ends the object of the verb at
// toks[i] within four words in its clause, with a negation before the
// verb: "can't recommend this place enough", "cannot recommend the
// new album enough".
func enoughAfter(low []byte, toks []sentToken, i int) bool {
	if i < 1 || !isNegator(&toks[i-1]) {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j-1].flags&tEndClause != 0 {
			return false
		}
		if tokWord(low, toks, j) == "enough" {
			return j > i+1
		}
	}
	return false
}

// nothingLikeValence rates "nothing like a ..." said in praise, next to the
// idiom "like no other" (+2.0).
const nothingLikeValence = 1.5

// nothingLikeA reports whether toks[i] is the "like" of "Nothing like a
// cold beer" or "There's nothing like a good book": opening its sentence
// (after "there's" or "there is") and before "a" or "an". Before "the"
// it compares ("Nothing like the first one", "It's nothing like the
// original").
func nothingLikeA(low []byte, toks []sentToken, i int) bool {
	if i < 1 || tokWord(low, toks, i) != "like" || tokWord(low, toks, i-1) != "nothing" || toks[i].flags&tEndClause != 0 {
		return false
	}
	if n := tokWord(low, toks, i+1); n != "a" && n != "an" {
		return false
	}
	j := i - 1
	switch tokWord(low, toks, j-1) {
	case "there's", "theres", "there’s":
		j--
	case "is":
		if tokWord(low, toks, j-2) == "there" {
			j -= 2
		}
	}
	return j == 0 || toks[j-1].flags&tEndSentence != 0
}

// contestNoun reports whether w names a contest that VADER rates as
// strife: a match's "upset", "battle", "fight", "duel" or "clash", or a
// shot's "strike" ("a stunning strike from 25 yards").
func contestNoun(w string) bool {
	switch w {
	case "upset", "upsets", "battle", "battles", "fight", "fights", "duel", "duels", "clash", "clashes", "strike", "strikes":
		return true
	}
	return false
}

// measureAdjective reports whether w is an unrated adjective of size,
// amount or degree, which "pretty" before it grades ("pretty high",
// "pretty steep", "pretty loud") instead of praising: whether so much is
// good is the thing measured's to say. After a booster "pretty" is the
// adjective: "very pretty high schoolers".
func measureAdjective(w string) bool {
	switch w {
	case "high", "steep", "big", "small", "large", "long", "short", "heavy", "thick", "thin", "loud", "cold",
		"tall", "deep", "busy", "full", "far":
		return true
	}
	return false
}

// costReading turns the rating of a phrase of expectations met or missed
// when a cost is what met them: "the costs exceeded expectations" is
// blame, "the damage was below expectations" relief.
func costReading(low []byte, toks []sentToken, start int, val float64) float64 {
	if costBefore(low, toks, start) {
		return -val
	}
	return val
}

// recordValence rates a record broken ("she broke the world record"), an
// achievement, next to VADER's "win" (+2.8) tempered and earshot's
// "breakthrough" (+1.7).
const recordValence = 1.7

// recordBroken reports whether toks[i] is a verb of breaking whose object,
// at most three words on in its clause, is a record: "broke the world
// record", "shattered her own record", "breaks records". A record that
// names a thing ("broke the record player") and a verb with a particle or
// a preposition ("broke into the record store") break something else,
// and weather that breaks records ("the heat broke records") is news of
// harm.
func recordBroken(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "broke", "break", "breaks", "breaking", "shattered", "shatters":
	default:
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "heat", "heatwave", "temperature", "temperatures", "rain", "rainfall", "snow", "snowfall", "storm",
			"storms", "flood", "floods", "flooding", "drought", "wildfires", "fires", "winds":
			return false
		}
	}
	for j := i + 1; j < len(toks) && j <= i+4 && toks[j-1].flags&tEndClause == 0; j++ {
		switch tokWord(low, toks, j) {
		case "record", "records":
			if toks[j].flags&tEndClause != 0 {
				return true
			}
			switch tokWord(low, toks, j+1) {
			case "player", "players", "store", "stores", "shop", "shops", "label", "labels", "company", "collection", "deal":
				return false
			}
			return true
		case "into", "in", "out", "up", "down", "off", "through", "with", "from", "on", "at", "over", "away", "free",
			"apart", "even", "my", "me", "us", "him", "her", "them", "it", "and", "but", "or", "of", "to", "for":
			return false
		}
	}
	return false
}

// sizeWord reports whether w, a word of praise, before a noun says how big
// it is: "a huge fight", "a real battle", "a total clash".
func sizeWord(w string) bool {
	switch w {
	case "big", "huge", "real", "total", "complete", "massive", "major", "serious", "proper":
		return true
	}
	return false
}

// costBefore reports whether a cost is the subject, up to three words
// before toks[b] in its clause, of what "exceeded expectations": "the
// costs exceeded expectations", "the damage far exceeded expectations"
// went past them for the worse.
func costBefore(low []byte, toks []sentToken, b int) bool {
	for j := b - 1; j >= 0 && j >= b-3 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "cost", "costs", "price", "prices", "spending", "damage", "damages", "losses", "bill", "bills",
			"deficit", "deficits", "expenses", "debt", "fees", "toll", "casualties":
			return true
		}
	}
	return false
}

// lostContest reports whether w, after "lost" or "missed", names a
// contest or a shot at one: "lost the war", "lost the fight", "missed a
// penalty" are losses, not less of a bad thing.
func lostContest(w string) bool {
	switch w {
	case "war", "wars", "struggle", "argument", "arguments", "penalty", "penalties":
		return true
	}
	return contestNoun(w)
}

// noneDoes reports whether toks[i] is the "like" of "No one does
// barbecue like this place", "Nobody makes pizza like my grandmother",
// "nobody can do it like you", or the "better" of "No one does it
// better": a comparison that nothing else matches, praise of what is
// done, not a liking or a bettering negated ("no one made it better"
// is one). The subject opens its clause, and "like" or "better" comes at
// most two words after the verb.
func noneDoes(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "like":
		if toks[i].flags&tEndClause != 0 || i+1 >= len(toks) {
			return false
		}
	case "better":
	default:
		return false
	}
	for j := i - 1; j >= 1 && j >= i-3 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "does", "do", "did":
		case "makes", "make", "made":
			if tokWord(low, toks, i) == "better" {
				return false // "no one made it better" denies a bettering
			}
		default:
			continue
		}
		s := j - 1
		if w := tokWord(low, toks, s); w == "can" || w == "could" {
			s--
		}
		switch tokWord(low, toks, s) {
		case "nobody":
		case "one":
			if tokWord(low, toks, s-1) != "no" {
				return false
			}
			s--
		default:
			return false
		}
		return s == 0 || toks[s-1].flags&tEndClause != 0
	}
	return false
}

// genreName reports whether toks[i] names the genre of the film, book or
// show the next word names: "a horror movie", "war films", "a crime
// drama", "disaster flicks". In a title ("American Horror Story": both
// words capitalised, the first not opening its sentence) the words keep
// the ratings readers give them.
func genreName(text string, low []byte, toks []sentToken, i int) bool {
	if i+1 >= len(toks) || toks[i].flags&tEndClause != 0 {
		return false
	}
	if c, n := text[toks[i].start], text[toks[i+1].start]; c >= 'A' && c <= 'Z' && n >= 'A' && n <= 'Z' && i > 0 && toks[i-1].flags&tEndSentence == 0 {
		return false
	}
	switch tokWord(low, toks, i) {
	case "horror", "war", "crime", "disaster", "monster", "zombie", "slasher", "gangster", "revenge", "murder",
		"ghost", "vampire", "heist", "prison", "spy", "disease", "terror":
	default:
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "film", "films", "movie", "movies", "flick", "flicks", "genre", "drama", "dramas", "story", "stories",
		"novel", "novels", "epic", "epics", "thriller", "thrillers", "comedy", "comedies", "franchise", "picture",
		"pictures", "series", "show", "shows", "documentary", "documentaries", "fans", "fan", "buffs", "classic",
		"classics", "saga", "tale", "tales", "fiction", "mystery", "mysteries", "anthology", "remake", "sequel":
		return true
	}
	return false
}

// ironicPraise reports whether toks[i] is a word of praise said of a mishap
// told before it: alone and flat ("Lost my wallet. Great.", "Broke in a
// week. Just perfect."; not "The hike was exhausting. Wonderful!"), said
// twice ("Rain delay again. Great, just great.") or of a day's start or
// end ("cracked my screen, fantastic start to the week", "Perfect end to
// a perfect day."). Only openers may come before it in its clause and
// only unrated words after it (or, after "start", "end" or "way", more
// praise); what comes before (the sentence before, or its own clauses
// before) must rate as blame, with no "but" that turns it.
func ironicPraise(low []byte, toks []sentToken, i int) bool {
	w := tokWord(low, toks, i)
	last := i // the praise's last word, which ends its sentence when it is said flat
	switch w {
	case "great", "perfect", "fantastic", "wonderful", "lovely", "awesome", "brilliant", "nice", "terrific",
		"excellent", "fabulous", "marvelous", "splendid", "fun", "cool":
	case "thanks":
		// "Missed the bus. Thanks a lot.", "Thanks for that.": thanks
		// for nothing named, after a mishap; not "Thanks for listening".
		if !(tokWord(low, toks, i+1) == "a" && tokWord(low, toks, i+2) == "lot" ||
			tokWord(low, toks, i+1) == "for" && tokWord(low, toks, i+2) == "that") {
			return false
		}
		last = i + 2
	case "love":
		// "Missed the last bus home. Love that for me.": the set phrase
		// of mock delight at one's own bad luck.
		if tokWord(low, toks, i+1) != "that" || tokWord(low, toks, i+2) != "for" || tokWord(low, toks, i+3) != "me" {
			return false
		}
		last = i + 3
	default:
		return false
	}
	for last < i+3 && last+1 < len(toks) && toks[last].flags&tEndSentence == 0 && tokWord(low, toks, last+1) == w {
		last++ // "Nobody came. Cool cool cool.": said over and over, flat
	}
	if last > i && toks[last].flags&tEndSentence == 0 {
		return false
	}
	if toks[i].flags&tEndClause != 0 && tokWord(low, toks, i+1) == "just" && tokWord(low, toks, i+2) == tokWord(low, toks, i) &&
		toks[i+2].flags&tEndSentence != 0 {
		return true // "Another rate hike. Great, just great.": said twice, it is sarcasm whatever came before
	}
	b := i
	for b > 0 && toks[b-1].flags&tEndClause == 0 {
		b--
		switch tokWord(low, toks, b) {
		case "oh", "just", "well", "so", "how", "what", "a", "and", "yeah", "really", "absolutely", "simply":
		default:
			return false
		}
	}
	if b == 0 {
		return false
	}
	k := b - 1 // the sentence before, or this one's clauses before
	for k > 0 && toks[k-1].flags&tEndSentence == 0 {
		k--
	}
	before := 0.0
	for j := k; j < b; j++ {
		if toks[j].info.flags&wBut != 0 {
			return false // "Sad to leave, but what a trip. Wonderful."
		}
		before += toks[j].val
	}
	if before == 0 && k > 0 {
		// "A wasp sting. Right on the nose. Thanks for that.": a sentence
		// with no rated word between the mishap and the praise adds to it.
		k2 := k - 1
		for k2 > 0 && toks[k2-1].flags&tEndSentence == 0 {
			k2--
		}
		for j := k2; j < k; j++ {
			if toks[j].info.flags&wBut != 0 {
				return false
			}
			before += toks[j].val
		}
	}
	if before >= 0 {
		return false
	}
	if toks[last].flags&tEndSentence != 0 {
		// Alone, said flat: "The hike was exhausting. Wonderful!" may
		// be relief.
		e := int(toks[last].end)
		for e < len(low) && low[e] == ' ' {
			e++ // "wonderful !" in text tokenised with spaces
		}
		return e >= len(low) || low[e] != '!'
	}
	if laughAfter(low, toks, i) {
		return true // "Lost my wallet. Great 😂": laughing at the mishap
	}
	day := false
	for j := i + 1; j < len(toks); j++ {
		switch tokWord(low, toks, j) {
		case "start", "end", "way":
			day = day || j == i+1
		}
		if toks[j].val < 0 || toks[j].val > 0 && !day {
			return false
		}
		if toks[j].flags&tEndSentence != 0 {
			break
		}
	}
	return day || toks[i].flags&tEndClause != 0 && i+1 < len(toks) && toks[i+1].flags&tEmoji != 0
}

// praiseThenFailure weighs, as a "but" would, brief praise (at most four
// words, no blame, opening its sentence or a sentence of its own) followed,
// after a comma or a full stop, by a clause that opens with the thing
// failing: "Great phone, doesn't work with my carrier", "Great phone.
// Doesn't work with my carrier.", "Looks great, stopped working after two
// days". The praise counts half and the failure's clause half as much
// again. A sentence with a "but" or a "though" of its own is left to it
// ("Love it. Doesn't fit the old case though.").
func praiseThenFailure(low []byte, toks []sentToken) {
	for c := 1; c < len(toks); c++ {
		if toks[c-1].flags&(tEndClause|tEndSentence) == 0 || toks[c-1].flags&tQuestion != 0 {
			continue
		}
		p := c - 1
		for p > 0 && toks[p-1].flags&tEndSentence == 0 {
			p--
		}
		if c-p > 4 {
			continue
		}
		praise := false
		for j := p; j < c; j++ {
			if toks[j].val < 0 || toks[j].flags&tEndClause != 0 && j < c-1 || restWord(tokWord(low, toks, j)) {
				praise = false
				break
			}
			praise = praise || toks[j].val > 0
		}
		if !praise || !failureAt(low, toks, c) {
			continue
		}
		start, end := sentenceOf(toks, c)
		but := false
		for j := start; j <= end; j++ {
			but = but || toks[j].info.flags&(wBut|wConcede) != 0
		}
		if but || toks[end].flags&tQuestion != 0 {
			continue
		}
		for j := p; j < c; j++ {
			toks[j].val *= butBefore
		}
		for j := c; j <= end; j++ {
			toks[j].val *= butAfter
			if toks[j].flags&tEndClause != 0 {
				break
			}
		}
	}
}

// restWord reports whether w names a time off, or a span of time, which
// praised before "didn't work" says the writer had a rest: "Great weekend,
// didn't work at all".
func restWord(w string) bool {
	switch w {
	case "weekend", "holiday", "holidays", "vacation", "night", "evening", "off", "today", "tonight":
		return true
	}
	return timeWord(w)
}

// failureAt reports whether the clause that starts at toks[c] opens, in
// its first four words, with a thing failing: a negated verb of working
// ("doesn't work", "it won't load") or "stopped working" and the like.
func failureAt(low []byte, toks []sentToken, c int) bool {
	for j := c; j < len(toks) && j <= c+3; j++ {
		t := &toks[j]
		if t.val < 0 && (t.info.flags&wWork != 0 && t.flags&tNegated != 0 ||
			t.span > 0 && (wordIs(low, t, "working") || wordIs(low, t, "functioning") || wordIs(low, t, "responding"))) {
			return true
		}
		if t.flags&tEndClause != 0 {
			break
		}
	}
	return false
}

// laughAfter reports whether all that follows toks[i] in its sentence,
// one token at least, is laughter: laughing emoji ("Great 😂😂", "Perfect
// 🙃") or words ("Awesome lol").
func laughAfter(low []byte, toks []sentToken, i int) bool {
	j := i + 1
	for ; j < len(toks); j++ {
		t := &toks[j]
		if t.flags&tEmoji != 0 {
			switch r, _ := utf8.DecodeRune(low[t.start:t.end]); r {
			case '😂', '🤣', '😆', '😅', '🙃', '💀', '😹':
			default:
				return false
			}
		} else if !laughWord(low, t) {
			return false
		}
		if t.flags&tEndSentence != 0 {
			return true
		}
	}
	return j > i+1
}

// isWow reports whether t is "wow", also drawn out ("wooow"): the one
// interjection of surprise the lexicon rates (2.8; "omg", "whoa" and
// "gosh" it does not).
func isWow(low []byte, t *sentToken) bool {
	w := low[t.start:t.end]
	if len(w) < 3 || w[0] != 'w' || w[len(w)-1] != 'w' {
		return false
	}
	for _, c := range w[1 : len(w)-1] {
		if c != 'o' {
			return false
		}
	}
	return true
}

// sarcasticThanks reports whether toks[i] is "thanks" or "thank (you)"
// said for harm ("Thanks for ruining my week", "thank you for the
// terrible service"), which is sarcasm: followed, in its clause and
// within three more words ("thanks Hermine for"), by "for" and then, after
// at most one determiner or possessive, by a word rated negative.
func sarcasticThanks(low []byte, toks []sentToken, i int) bool {
	switch string(low[toks[i].start:toks[i].end]) {
	case "thanks", "thank":
	default:
		return false
	}
	for j := i; j < len(toks)-1 && j <= i+3; j++ {
		if toks[j].flags&tEndClause != 0 {
			return false
		}
		if string(low[toks[j+1].start:toks[j+1].end]) != "for" {
			continue
		}
		for k := j + 2; k < len(toks) && k <= j+3; k++ {
			if toks[k-1].flags&tEndClause != 0 {
				return false // "thanks for, terrible": another clause
			}
			if toks[k].val < 0 {
				return true
			}
			if toks[k].val != 0 {
				return false
			}
			switch string(low[toks[k].start:toks[k].end]) {
			case "the", "a", "an", "my", "our", "your", "this", "that", "such":
			default:
				return false
			}
		}
		return false
	}
	return false
}

// failedWork is the rating of a negated "work" or "buy" ("it doesn't
// work", "don't buy it"), on the lexicon's scale: about "broke" (-1.8),
// short of "useless".
const failedWork = -1.7

// spanWord reports whether w names a span of minutes to months, the time
// a thing takes to fail or a wait takes to count.
func spanWord(w string) bool {
	switch w {
	case "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months":
		return true
	}
	return false
}

// shortLived reports whether the "worked", "lasted" or "quit" at toks[i] is
// followed, within its clause, by a span of minutes to months ("worked for
// two weeks", "worked great for 3 weeks", "only lasted a month", "quit in
// 10 days"): said of a thing, that is how long it took to fail. Years are
// a good run, not a failure.
func shortLived(low []byte, toks []sentToken, i int) bool {
	switch string(low[toks[i].start:toks[i].end]) {
	case "worked", "lasted", "quit":
	default:
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		w := string(low[toks[j].start:toks[j].end])
		if spanWord(w) {
			return true
		}
		switch w {
		case "for", "in", "about", "only", "just", "less", "than", "under", "a", "an", "one", "two", "three",
			"four", "five", "six", "few", "couple", "of", "after", "around", "maybe", "barely",
			"great", "fine", "well", "perfectly", "flawlessly", "ok", "okay":
		default:
			if w[0] < '0' || w[0] > '9' {
				return false
			}
		}
		if toks[j].flags&tEndClause != 0 {
			return false
		}
	}
	return false
}

// negatedWork reports whether the "work" or "buy" at toks[i] is negated by the word
// before it or, with an auxiliary or adverb between ("not really work",
// "isn't even working"), the one before that, in the same clause, or the
// word is "work" after "barely" or "hardly".
func negatedWork(low []byte, toks []sentToken, i int) bool {
	if toks[i].info.flags&(wWork|wWorkPart) != 0 && refusedTo(low, toks, i-1) {
		return true // "it refuses to work", "refused to load"
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].flags&tEndClause != 0 {
			return false
		}
		if isNegator(&toks[k]) {
			return true
		}
		// "barely worked", "hardly works": as good as not.
		if scarcely(tokWord(low, toks, k)) {
			return toks[i].info.flags&(wWork|wWorkPart) != 0
		}
		// "no longer works"; "no work" alone is a day off, not a failure.
		if k == i-2 && toks[k].info.flags&wNo != 0 && string(low[toks[k+1].start:toks[k+1].end]) == "longer" {
			return true
		}
		if toks[k].info.flags&wInLexicon != 0 && toks[k].info.val != 0 {
			return false // "don't like working": the negator is the rated word's
		}
	}
	return false
}

// workParticle reports whether the "pay", "take", "come" or "catch" at
// toks[i] has the word after it, in its clause, that makes it a verb of
// success: "pays off", "takes off", "takes flight", "comes together",
// "catches fire". Negated, they fail as "work" does: "the premise never
// pays off", "the jokes never take flight", "the romance never catches
// fire".
func workParticle(low []byte, toks []sentToken, i int) bool {
	if i+1 >= len(toks) || toks[i].flags&tEndClause != 0 {
		return false
	}
	next := string(low[toks[i+1].start:toks[i+1].end])
	switch string(low[toks[i].start:toks[i].end]) {
	case "pay", "pays", "paid":
		return next == "off"
	case "take", "takes", "took":
		return next == "off" || next == "flight"
	case "come", "comes", "came":
		return next == "together"
	case "catch", "catches", "caught":
		return next == "fire"
	}
	return false
}

// helpDesk reports whether toks[i] is "support", "care" or "help" naming a
// company's help desk rather than backing, caring or helping: after
// "customer", "tech", "technical", "product", "phone", "email" or "live"
// ("customer care"), before "team", "staff", "line", "ticket", "agent",
// "rep", "desk", "center", "chat", "page", "forum", "number", "site",
// "person", "call", "phone", "email" and the like ("help desk", "the
// support team", "the support number"), and "support" after a name as
// well ("Loquat support": a capitalised word with no rating, not a pronoun
// or determiner; "Take care" keeps its warmth because only "support" goes
// by names). VADER rates
// "support" +1.7, "care" +2.2 and "help" +1.7, which read "Loquat support
// never answered" and "customer care hung up on me" as partly praise.
func helpDesk(text string, low []byte, toks []sentToken, i int) bool {
	word := string(low[toks[i].start:toks[i].end])
	switch word {
	case "support", "care", "help":
	default:
		return false
	}
	if i > 0 && toks[i-1].flags&tEndClause == 0 {
		p := &toks[i-1]
		switch w := string(low[p.start:p.end]); w {
		case "customer", "tech", "technical", "product", "phone", "email", "live", "online":
			return true
		case "the", "their", "its":
			// "the support was no help", "their support is useless":
			// the support that is or was something is the service.
			if word == "support" && i+1 < len(toks) && toks[i].flags&tEndClause == 0 {
				switch string(low[toks[i+1].start:toks[i+1].end]) {
				case "is", "was", "are", "were", "has", "had", "isn't", "wasn't", "sucks", "sucked":
					return true
				}
			}
		case "contacted", "contact", "contacting", "called", "calling", "emailed", "emailing", "messaged":
			// "contacted support twice", "called support": the desk one
			// reaches, as "the support team" is.
			if word == "support" {
				return true
			}
		case "from":
			// "No reply from support", "an email from support": the desk
			// heard from, at the end of its clause ("support from 12
			// Republicans" is an idiom of its own).
			if word == "support" && (toks[i].flags&tEndClause != 0 || i+1 == len(toks)) {
				return true
			}
		case "our", "your", "his", "her", "this", "that", "my", "any", "no", "some",
			"i", "we", "you", "they", "he", "she", "it", "and", "but", "or", "to", "for", "with":
		default:
			if c := text[p.start]; word == "support" && c >= 'A' && c <= 'Z' && p.info.val == 0 &&
				p.info.flags&(wBoostUp|wBoostDown|wNegator) == 0 && p.flags&tNt == 0 {
				return true
			}
		}
	}
	if i+1 < len(toks) && toks[i].flags&tEndClause == 0 {
		switch string(low[toks[i+1].start:toks[i+1].end]) {
		case "team", "staff", "line", "ticket", "tickets", "agent", "agents", "rep", "reps", "desk", "center", "centre",
			"chat", "page", "forum", "number", "numbers", "site", "website", "person", "people", "call", "calls", "phone",
			"email", "hotline", "request", "requests", "case", "department":
			return true
		}
	}
	return false
}

// deviceSense reports whether toks[i] is "charged" or "shoot" in the sense
// they have for batteries and cameras, which VADER rates as a fee or a
// crime (-0.8) and a gun (-1.4): "charged the battery", "charged it up",
// "fully charged"; "shoot video", "shoot using the LCD". "Charged with
// assault", "charged me twice" and "shoot him" keep their ratings.
func deviceSense(low []byte, toks []sentToken, i int) bool {
	word := string(low[toks[i].start:toks[i].end])
	switch word {
	case "charged":
		if i > 0 && toks[i-1].flags&tEndClause == 0 {
			switch string(low[toks[i-1].start:toks[i-1].end]) {
			case "fully", "partially", "half", "completely", "stays", "stay", "stayed", "staying", "remains", "remained",
				"keeps", "kept", "holds", "held":
				// "stays charged": a battery that holds its charge.
				return true
			}
		}
		for j := i + 1; j < len(toks) && j <= i+3 && toks[j-1].flags&tEndClause == 0; j++ {
			switch string(low[toks[j].start:toks[j].end]) {
			case "battery", "batteries", "up", "overnight", "fully":
				return true
			}
		}
	case "shoot":
		if i+1 < len(toks) && toks[i].flags&tEndClause == 0 {
			switch string(low[toks[i+1].start:toks[i+1].end]) {
			case "photos", "pictures", "pics", "video", "videos", "movies", "footage", "raw", "jpeg", "jpegs", "jpg",
				"concerts", "portraits", "landscapes", "weddings", "using", "indoors", "outdoors":
				return true
			}
		}
	}
	return false
}

// notLikeClause reports whether toks[i] is the "like" of "it's not like
// I'm jealous", "it's not like we care": after "it's not", "it is not"
// or "it isn't" and before a subject, it opens the clause that is denied,
// so the rated words of that clause are negated (as "not" would) and the
// "like" is no liking.
func notLikeClause(low []byte, toks []sentToken, i int) bool {
	if i < 2 || i+2 >= len(toks) || toks[i].flags&tEndClause != 0 || toks[i-1].flags&tEndClause != 0 || toks[i-2].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i-1) {
	case "not":
		if w := unstutter(tokWord(low, toks, i-2)); w != "it's" && w != "is" && w != "its" {
			return false
		}
	case "isn't", "isnt":
		if tokWord(low, toks, i-2) != "it" {
			return false
		}
	default:
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "i'm", "i", "you're", "you", "we're", "we", "he's", "he", "she's", "she", "they're", "they", "anyone", "anybody":
	default:
		return false
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].info.val != 0 && toks[j].info.flags&wInLexicon != 0 && toks[j].info.flags&(wBoostUp|wBoostDown|wNegator) == 0 {
			toks[j].info.val *= negScalar
		}
		if toks[j].flags&tEndClause != 0 {
			break
		}
	}
	return true
}

// unstutter returns w without a stutter written before it: "it's" for
// "i-i-it's", "happy" for "h-happy".
func unstutter[T ~string | ~[]byte](w T) T {
	for len(w) >= 4 && w[1] == '-' && w[2] == w[0] {
		w = w[2:]
	}
	return w
}

// likerWord reports whether w is a word before a "like" that likes: a
// subject or an adverb of liking ("I like", "really like", "do like").
func likerWord(w string) bool {
	switch w {
	case "i", "we", "you", "they", "he", "she", "people", "really", "also", "do", "does", "did", "totally",
		"actually", "definitely", "would", "i'd", "we'd", "you'd", "kids", "everyone", "who":
		return true
	}
	return false
}

// likeAsComparison reports whether toks[i] is "like" comparing, not
// liking: after a form of "be" or a verb of taste or smell ("was like",
// "tasted like", "smells like"), or before a number with no one liking
// before it ("and like 5 minutes", not "I like 5 of them").
func likeAsComparison(low []byte, toks []sentToken, i int) bool {
	if !wordIs(low, &toks[i], "like") {
		return false
	}
	prev := ""
	if i > 0 && toks[i-1].flags&tEndClause == 0 {
		prev = string(low[toks[i-1].start:toks[i-1].end])
	}
	if i+1 < len(toks) && toks[i].flags&tEndClause == 0 && !likerWord(prev) {
		if c := low[toks[i+1].start]; c >= '0' && c <= '9' {
			return true // "and like 5 strings of pasta", not "I like 80s music"
		}
	}
	switch prev {
	case "is", "was", "were", "be", "been", "it's", "tasted", "tastes", "taste", "smelled", "smells", "smell":
		// Not "looks like", "seems like", "feels like", "sounds like":
		// in tweets those open guesses and plans that people rate
		// mildly positive ("looks like we're having movie night").
		return true
	case "look", "looks", "looked", "looking", "seem", "seems", "seemed", "feel", "feels", "felt", "feeling",
		"sound", "sounds", "sounded":
		return false
	}
	// "the songs don't play one after another like on a cd", "like in
	// previous movies", "like when Spock has to rescue Kirk", "like for
	// example": before a preposition or "when", "like" compares a manner
	// or a time; one cannot like "on" or "in". Not after someone who likes
	// ("I like when it rains").
	if i+1 < len(toks) && toks[i].flags&tEndClause == 0 && !likerWord(prev) && !likeHolder(prev) {
		switch string(low[toks[i+1].start:toks[i+1].end]) {
		case "on", "in", "at", "when", "for", "from", "during", "before", "after", "where":
			return true
		}
	}
	return false
}

// likeHolder reports whether w, before "like", may be the subject,
// auxiliary or adverb of the verb "like" beyond what likerWord lists: a
// modal, a negation, "to", a conjunction or an adverb that can stand
// between a subject and its verb ("I still like the design", "and like the
// size", "tried to like this place").
func likeHolder(w string) bool {
	switch w {
	case "will", "won't", "'ll", "i'll", "you'll", "we'll", "they'll", "he'll", "she'll", "might", "may", "could",
		"should", "must", "can", "can't", "cannot", "to", "not", "don't", "didn't", "doesn't", "dont", "didnt",
		"doesnt", "never", "and", "but", "or", "just", "still", "especially", "particularly", "personally",
		"generally", "mostly", "usually", "probably", "always", "sometimes", "both", "all", "many", "most",
		"users", "customers", "fans", "folks", "guys", "girls", "boys", "men", "women", "children", "critics",
		"u", "ya", "y'all", "also", "genuinely", "truly", "absolutely", "kinda", "sorta", "only", "even",
		"i", "we", "you", "they", "he", "she", "it", "that", "who", "which", "dogs", "cats", "audiences", "viewers":
		return true
	}
	return false
}

// windowsName reports whether toks[i] is "win" before a Windows version
// ("win xp", "win 7", not "we win 7 of them") or "xp" naming Windows XP:
// after "windows", "win" or a word that runs software on it ("on xp",
// "have xp", "upgrade to xp anyway"), or before a word a system name takes
// ("xp pro"). Otherwise "xp" is the face: "that was hilarious XP lol".
func windowsName(low []byte, toks []sentToken, i int) bool {
	next := ""
	if i+1 < len(toks) && toks[i].flags&tEndClause == 0 {
		next = string(low[toks[i+1].start:toks[i+1].end])
	}
	switch string(low[toks[i].start:toks[i].end]) {
	case "win":
		switch next {
		case "xp", "vista", "me", "nt", "98se", "2k":
			return true
		case "95", "98", "2000", "7", "8", "10", "11":
			// "win 7" ends its phrase or goes on as a system does
			// ("win 7 pro"); "we win 7 of them" is a victory.
			return i+2 >= len(toks) || toks[i+1].flags&tEndClause != 0 || osWord(low, &toks[i+2])
		}
	case "xp":
		if next != "" && osWord(low, &toks[i+1]) {
			return true
		}
		if i > 0 && toks[i-1].flags&tEndClause == 0 {
			switch string(low[toks[i-1].start:toks[i-1].end]) {
			case "windows", "win", "on", "with", "have", "has", "had", "of", "to", "in", "under", "run", "runs",
				"running", "use", "uses", "using", "and", "or", "for", "from":
				return true
			}
		}
	}
	return false
}

// osWord reports whether t is a word that follows the name of an operating
// system: "xp pro", "win 7 home", "xp machines".
func osWord(low []byte, t *sentToken) bool {
	switch string(low[t.start:t.end]) {
	case "pro", "professional", "home", "os", "sp1", "sp2", "sp3", "machine", "machines", "computer", "computers",
		"pc", "pcs", "laptop", "laptops", "box", "system", "systems", "driver", "drivers", "users", "64", "32", "x64",
		"bit", "ultimate", "enterprise", "edition":
		return true
	}
	return false
}

// rated reports whether t is a word with a rating of its own (not a booster).
func rated(t *sentToken) bool {
	return t.info.flags&wInLexicon != 0 && t.info.val != 0 && t.info.flags&(wBoostUp|wBoostDown) == 0
}

// remedyOfNothing reports whether toks[i] is the "nothing" that ends a
// clause as the object of a verb of remedy just before it ("fixed
// nothing", "the update improved nothing", "it solves nothing"); not
// "nothing more", "nothing else", which compare.
func remedyOfNothing(low []byte, toks []sentToken, i int) bool {
	if !wordIs(low, &toks[i], "nothing") || toks[i-1].flags&(tEndClause|tNegated) != 0 ||
		toks[i].flags&tEndClause == 0 && i+1 < len(toks) {
		return false
	}
	switch tokWord(low, toks, i-1) {
	case "fixed", "fixes", "fix", "solved", "solves", "solve", "resolved", "resolves", "improved", "improves",
		"helped", "helps", "changed", "changes", "achieved", "achieves", "accomplished", "accomplishes":
		return true
	}
	return false
}

// stopVisit reports whether toks[i] is a form of "stop" followed by "at"
// and a determiner or a name: a stop at a place on the way ("stopped at a
// diner for lunch", "the bus stops at the station", "now stops at Elm
// St"), not a halt at a point ("the download stopped at 50%", "will stop
// at nothing").
func stopVisit(text string, low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "stop", "stops", "stopped", "stopping":
	default:
		return false
	}
	if i+2 >= len(toks) || toks[i].flags&tEndClause != 0 || toks[i+1].flags&tEndClause != 0 || tokWord(low, toks, i+1) != "at" {
		return false
	}
	switch tokWord(low, toks, i+2) {
	case "a", "an", "the", "this", "that", "our", "my", "their", "his", "her", "every", "each":
		return true
	}
	// A name: capitalised, in text not written in capitals.
	c, d := text[toks[i+2].start], text[toks[i].start+1]
	return c >= 'A' && c <= 'Z' && d >= 'a' && d <= 'z'
}

// askedWhether reports whether toks[i] is in a question that asks
// whether anyone knows a fact ("Does anyone know if the ferry runs on
// holidays?", "Do you know when the pool opens?"), after its "know" and
// the "if", "whether", "when" or "where" that opens what is asked.
func askedWhether(low []byte, toks []sentToken, i int) bool {
	if !question(toks, i) {
		return false
	}
	for j := i - 1; j >= 2 && toks[j].flags&tEndSentence == 0; j-- {
		switch tokWord(low, toks, j) {
		case "if", "whether", "when", "where":
		default:
			continue
		}
		if tokWord(low, toks, j-1) != "know" {
			return false
		}
		switch tokWord(low, toks, j-2) {
		case "anyone", "anybody", "someone", "somebody", "you", "u", "ya":
			return j < 3 || toks[j-3].flags&tEndSentence != 0 || tokWord(low, toks, j-3) == "does" ||
				tokWord(low, toks, j-3) == "do"
		}
		return false
	}
	return false
}

// evenIf reports whether toks[i] is the "if" of "even if", which opens a
// clause conceded: one set off by a comma from the rest of its sentence
// ("even if you love bad movies, skip this", "it works, even if it is
// slow"), not one run into it ("I knew that even if I paid to fix it it
// would break again"). The byte test keeps it cheap on every token.
func evenIf(low []byte, toks []sentToken, i int) bool {
	t := &toks[i]
	if t.end-t.start != 2 || low[t.start] != 'i' || low[t.start+1] != 'f' || i == 0 ||
		toks[i-1].flags&tEndClause != 0 || !wordIs(low, &toks[i-1], "even") {
		return false
	}
	if i > 1 && toks[i-2].flags&tEndClause != 0 {
		return true
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].flags&tEndClause != 0 {
			return toks[j].flags&tEndSentence == 0
		}
	}
	return false
}

// noLack returns the rating of the bare "no" at toks[i], rated v: a lack
// is bad news only where the thing is wanted ("no hot water", "no reply
// from support"). A noise or a fault lacked, the next word or the one
// after ("no hiss", "no background noise", "no lag"), is good news, as "no
// issues" is; a thing lacked and not needed ("no filter needed", "no
// assembly required", "no experience is required") rates nothing, nor
// does "no plans to" before a rated verb, which the verb's negation rates
// (see noPlansTo).
func noLack(low []byte, toks []sentToken, i int, v float64) float64 {
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k-1].flags&tEndClause == 0; k++ {
		w := tokWord(low, toks, k)
		switch w {
		case "needed", "required", "necessary":
			return 0
		case "is", "are", "was", "were":
			continue
		}
		if k <= i+2 && (toks[k].info.val == 0 || troubleWord(low, &toks[k])) && (lackedNoise(w) || troubleWord(low, &toks[k])) &&
			(k+1 >= len(toks) || toks[k].flags&tEndClause != 0 || troubleFollower(low, &toks[k+1]) && !noiseControl(tokWord(low, toks, k+1))) {
			// Not a noun after it: "no noise cancelling", "no hum
			// filter" lack a feature.
			return troubleAbsent
		}
		if k == i+1 && noPlansTo(low, toks, i) {
			return 0
		}
		if toks[k].info.val != 0 {
			break
		}
	}
	return v
}

// lackedNoise reports whether w names a noise or a nuisance whose lack is
// praised: "no hiss", "no static", "no waiting".
func lackedNoise(w string) bool {
	switch w {
	case "hiss", "hissing", "hum", "humming", "buzz", "buzzing", "static", "noise", "noises", "crackle", "crackles",
		"crackling", "rattle", "rattles", "rattling", "squeak", "squeaks", "squeaking", "squeal", "squealing",
		"echo", "interference", "dropout", "dropouts", "flicker", "flickering", "glare", "waiting", "queue", "queues":
		return true
	}
	return false
}

// noiseControl reports whether w names a means of controlling a noise
// ("noise cancelling"), which a "no" before the noise says is lacking.
func noiseControl(w string) bool {
	switch w {
	case "cancelling", "canceling", "cancellation", "reduction", "suppression", "isolating", "isolation":
		return true
	}
	return false
}

// noPlansTo reports whether toks[i], "no", opens "no plan(s) to" or "no
// intention(s) to" before a rated verb ("no plans to stop", "no intention
// to leave"): the verb is denied, and its rating turned, not the "no".
func noPlansTo(low []byte, toks []sentToken, i int) bool {
	if i+3 >= len(toks) || toks[i].flags&tEndClause != 0 || toks[i+1].flags&tEndClause != 0 || toks[i+2].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i+1) {
	case "plan", "plans", "intention", "intentions":
	default:
		return false
	}
	return tokWord(low, toks, i+2) == "to" && toks[i+3].info.val != 0
}

// troubleAbsent is the rating of an unrated trouble never met, as the
// idiom "no issues" is rated.
const troubleAbsent = 1.0

// failedPraise negates the praise that names what fails, just before the
// negator at toks[n]: "The romance never sparks", "the humor doesn't
// work", "the love story never works". Praise of another clause ("Love it,
// but it doesn't work", "nice, and it doesn't fit") is left.
func failedPraise(low []byte, toks []sentToken, n int) {
	for k := n - 1; k >= 0 && k >= n-2 && toks[k].flags&tEndClause == 0; k-- {
		switch tokWord(low, toks, k) {
		case "but", "and", "it", "this", "that", "they", "he", "she", "which", "i", "we", "you", "just", "still":
			return
		}
		if toks[k].val > 0 && toks[k].flags&tNegated == 0 && rated(&toks[k]) {
			negateAt(toks, k, k)
			return
		}
	}
}

// neitherWithPraise reports whether toks[j] is the "neither" or "nor"
// just before the word at toks[i], and the other word of the pair is
// praise: "neither scary nor funny", "neither funny nor scary".
func neitherWithPraise(low []byte, toks []sentToken, j, i int) bool {
	switch tokWord(low, toks, j) {
	case "neither":
		for k := i + 1; k+1 < len(toks) && k <= i+3 && toks[k-1].flags&tEndClause == 0; k++ {
			if wordIs(low, &toks[k], "nor") {
				return toks[k+1].info.val > 0 && rated(&toks[k+1])
			}
		}
	case "nor":
		for k := j - 1; k >= 1 && k >= j-3 && toks[k].flags&tEndClause == 0; k-- {
			if wordIs(low, &toks[k-1], "neither") {
				return toks[k].info.val > 0 && rated(&toks[k])
			}
		}
	}
	return false
}

// unflagging is the rating of a negated intransitive "flag" or "stumble"
// ("the pace never flags"), as a negated "falters" (-1.2) would be.
const unflagging = 0.9

// neverFlags reports whether the negator at toks[i] negates an
// intransitive "flag" right after it: one that ends its clause or goes on
// with "for" ("the pace never flags", "never flags for a moment"). One
// with an object ("never flags the spam") is a complaint. A "stumble"
// counts too unless it is a finding ("never stumbled upon it").
func neverFlags(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i+1) {
	case "flag", "flags", "flagged":
		return toks[i+1].flags&tEndClause != 0 || i+2 < len(toks) && tokWord(low, toks, i+2) == "for"
	case "stumble", "stumbles", "stumbled":
		// "the script never stumbles"; one who "never stumbled upon"
		// or "across" a thing only never found it.
		if toks[i+1].flags&tEndClause != 0 || i+2 >= len(toks) {
			return true
		}
		switch tokWord(low, toks, i+2) {
		case "upon", "across", "on", "onto", "into", "over":
			return false
		}
		return true
	}
	return false
}

// negatedUnrated is the rating of a negation that reaches no rated word.
const negatedUnrated = -0.3

// negatesUnrated reports whether the negator at toks[i] reaches (up to three
// words, within its clause) no rated, negated or negating word, and opens
// none of the phrases in which a negation is no complaint: "not only", "not
// just", "can't wait", "never mind", "despite", "never lets up", "never
// flags".
func negatesUnrated(low []byte, toks []sentToken, i int) bool {
	if toks[i].flags&tReaches != 0 {
		return false // it negated a rated word further on
	}
	switch string(low[toks[i].start:toks[i].end]) {
	case "despite":
		return false
	}
	switch string(low[toks[i+1].start:toks[i+1].end]) {
	case "only", "just", "wait", "mind", "hesitate":
		return false
	case "been":
		// "I've never been to Spain", "haven't been to the new mall":
		// a place not visited is no failing.
		if i+2 < len(toks) && toks[i+1].flags&tEndClause == 0 && wordIs(low, &toks[i+2], "to") {
			return false
		}
	case "let", "lets":
		// "the suspense never lets up", "the rain didn't let up": what
		// does not ease is praised or blamed by its own word, not by
		// the negation.
		if i+2 < len(toks) && toks[i+1].flags&tEndClause == 0 && wordIs(low, &toks[i+2], "up") {
			return false
		}
	}
	if neverFlags(low, toks, i) {
		return false
	}
	if exceptAny(low, toks, i+1) != 0 || nothingShort(low, toks, i) || neverFails(low, toks, i) {
		return false // "nothing but fun", "never fails to" are no complaint
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := &toks[j]
		// A set phrase rated 0 ("support from", "third party") is no
		// rated word: "didn't get any support from them" still complains.
		// One the negator opens ("not gonna lie") holds it.
		if t.val != 0 || t.flags&tNegated != 0 || isNegator(t) ||
			t.info.flags&wIdiomEnd != 0 && t.span > 0 && (t.info.val != 0 || j-int(t.span) <= i) {
			return false
		}
		if t.flags&tEndClause != 0 {
			return true
		}
	}
	// An idiom or a score that starts within reach and ends past it
	// ("wouldn't give it up for anything", "can't give it 5 stars") is
	// what the negator is about.
	for j := i + 4; j < len(toks) && j <= i+8; j++ {
		t := &toks[j]
		if t.span > 0 && t.info.flags&(wIdiomEnd|wScore) != 0 && t.info.val != 0 && j-int(t.span) <= i+3 {
			return false
		}
		if t.flags&tEndClause != 0 {
			break
		}
	}
	return true
}

// sentenceOf returns the indexes of the first and the last token of the
// sentence of toks[i].
func sentenceOf(toks []sentToken, i int) (start, end int) {
	start, end = i, i
	for start > 0 && toks[start-1].flags&tEndSentence == 0 {
		start--
	}
	for end < len(toks)-1 && toks[end].flags&tEndSentence == 0 {
		end++
	}
	return start, end
}

func sameSentence(toks []sentToken, j, i int) bool {
	for k := j; k < i; k++ {
		if toks[k].flags&tEndSentence != 0 {
			return false
		}
	}
	return true
}

// unbeatable reports whether the negator at toks[j] and the rated word at
// toks[i] say that it could not be more so: the word is a comparative
// ("better", "happier", or any word after "more"), only "be", "get",
// "any" and the like stand between, and the verb is "get" or the negator
// "could not" or "cannot" ("couldn't be happier", "can't get any better",
// "doesn't get any better", "couldn't be more pleased", "never seen
// better", "haven't had a better meal"; but "it isn't any better" and "it
// wouldn't be better" are no praise).
func unbeatable(low []byte, toks []sentToken, j, i int) bool {
	w := low[toks[i].start:toks[i].end]
	cmp := len(w) > 4 && string(w[len(w)-2:]) == "er" || string(w) == "worse"
	verb := false
	for k := j + 1; k < i; k++ {
		switch string(low[toks[k].start:toks[k].end]) {
		case "more":
			cmp = cmp || k == i-1
		case "get", "gets", "gone", "go":
			// "couldn't have gone better", "couldn't go worse": no way
			// it went could be more so.
			verb = true
		case "be":
			switch string(low[toks[j].start:toks[j].end]) {
			case "couldn't", "couldnt", "can't", "cant", "cannot", "couldn’t", "can’t":
				verb = true
			case "not":
				if j > 0 {
					switch string(low[toks[j-1].start:toks[j-1].end]) {
					case "could", "can":
						verb = true
					}
				}
			}
		case "been":
			// "I've never been more insulted", "never been happier": no
			// time was ever more so ("hasn't been more successful" is
			// only a comparison).
			verb = verb || wordIs(low, &toks[j], "never")
		case "seen", "had", "tasted", "eaten", "heard", "met", "owned", "used", "found":
			// "I have never seen better", "haven't tasted better coffee":
			// nothing met so far beats it.
			verb = true
		case "any", "have", "possibly", "much", "a":
		default:
			return false
		}
	}
	return cmp && verb
}

// yetTo reports whether toks[j] is the "yet" of "yet to" ("I have yet to be
// disappointed"), which negates like "not".
func yetTo(low []byte, toks []sentToken, j int) bool {
	return j+1 < len(toks) && toks[j].flags&tEndClause == 0 && string(low[toks[j].start:toks[j].end]) == "yet" &&
		string(low[toks[j+1].start:toks[j+1].end]) == "to"
}

// refusedTo reports whether toks[j] is the "to" of "refused to" ("it
// refuses to play the disc", "the phone refused to die"), which denies
// the verb after it like "not"; the refusal keeps its own rating.
func refusedTo(low []byte, toks []sentToken, j int) bool {
	if j < 1 || !wordIs(low, &toks[j], "to") || toks[j-1].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, j-1) {
	case "refuse", "refuses", "refused", "refusing":
		return true
	}
	return false
}

// isNegator reports whether t negates what follows: a listed negator or any
// word ending in n't (with a straight or curly apostrophe).
func isNegator(t *sentToken) bool {
	return t.info.flags&wNegator != 0 || t.flags&tNt != 0
}

// endsInNt reports whether w ends in "n't" with an ASCII or a typographic
// apostrophe.
func endsInNt(w []byte) bool {
	n := len(w)
	return (n >= 3 && w[n-1] == 't' && w[n-2] == '\'' && w[n-3] == 'n') ||
		(n >= 5 && w[n-1] == 't' && w[n-4] == 0xe2 && w[n-3] == 0x80 && w[n-2] == 0x99 && w[n-5] == 'n')
}

// normalizeScore maps a sum of ratings into (-1, 1) as VADER does.
func normalizeScore(x float64) float64 {
	v := x / math.Sqrt(x*x+compoundAlpha)
	return max(-1, min(1, v))
}

func mixHash(a, b uint32) uint32 {
	h := a*0x01000193 ^ b
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h
}

// tokenize splits text into words, emoticons and emoji in one pass over its
// bytes, lower-casing ASCII into sc.lower (same offsets as text) and looking
// each token up once.
func (s *Scorer) tokenize(text string, sc *sentScratch, a *analysis) {
	if cap(sc.lower) < len(text) {
		sc.lower = make([]byte, len(text), len(text)+len(text)/2)
	}
	low := sc.lower[:len(text)]
	sc.lower = low
	// The scan of the raw tokens below lower-cases their ASCII bytes; white
	// space, emoji and other scripts are as the copy leaves them.
	copy(low, text)
	sc.toks = sc.toks[:0]
	i := 0
	for i < len(text) {
		// Skip white space.
		c := text[i]
		if c < utf8.RuneSelf {
			if byteClass[c]&bSpace != 0 {
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		// A raw token runs to the next white space or emoji.
		start := i
		var seen uint8 // the classes of its bytes, for rawToken
		// The FNV-1a hash of its lower-cased bytes: a token without
		// punctuation is one word, which rawToken need not scan again.
		h := uint32(2166136261)
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				k := byteClass[c]
				if k&bSpace != 0 {
					break
				}
				lc := lowerByte[c]
				low[i] = lc
				h ^= uint32(lc)
				h *= 16777619
				seen |= k
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				break
			}
			if _, ok := s.emoji[r]; ok {
				break
			}
			if isEmojiNoise(r) {
				break
			}
			seen |= bAlnum
			for _, b := range []byte(text[i : i+size]) {
				h ^= uint32(b)
				h *= 16777619
			}
			i += size
		}
		if i > start {
			a.classes |= seen
			s.rawToken(text, sc, a, start, i, seen, h)
		}
		// Emoji and emoji noise (variation selectors, skin tones) after it.
		for i < len(text) && text[i] >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if v, ok := s.emoji[r]; ok {
				sc.toks = append(sc.toks, sentToken{
					start: int32(i), end: int32(i + size), modStart: int32(i),
					info: wordInfo{val: v, flags: wInLexicon}, flags: tEmoji, hash: fnv(low[i : i+size]),
				})
			} else if !isEmojiNoise(r) {
				break
			}
			i += size
		}
	}
	// A sentence ends at the end of the text.
	if n := len(sc.toks); n > 0 {
		sc.toks[n-1].flags |= tEndSentence
	}
}

func isEmojiNoise(r rune) bool {
	return r == 0xfe0f || r == 0x200d || (r >= 0x1f3fb && r <= 0x1f3ff)
}

// rawToken handles one white-space-delimited token text[start:end], whose
// bytes' classes, or-ed, are seen (see byteClass) and whose lower-cased
// bytes' FNV-1a hash is rawHash: an emoticon or marker as a whole, else
// the words in it.
func (s *Scorer) rawToken(text string, sc *sentScratch, a *analysis, start, end int, seen uint8, rawHash uint32) {
	low := sc.lower
	raw := low[start:end]
	hasAlnum, hasPunct := seen&bAlnum != 0, seen&bPunct != 0
	if hasPunct {
		for _, c := range raw {
			switch c {
			case '!':
				a.exclaims++
			case '?':
				a.questions++
			}
		}
		// "D:" (or "d:") is a face of dismay, read right to left; VADER's
		// lexicon, looked up lower-cased, rates it as "d:" (+1.2).
		if end-start == 2 && (text[start] == 'D' || text[start] == 'd') && text[start+1] == ':' {
			s.addToken(sc, a, start, end, wordInfo{val: dismayFace, flags: wInLexicon}, fnv(raw), classOf(text[start:end]), tEmoticon)
			return
		}
		if !hasAlnum || len(raw) <= 4 {
			h := fnv(raw)
			if wi, ok := s.findHashed(raw, h); ok && wi.flags&wInLexicon != 0 {
				s.addToken(sc, a, start, end, wi, h, classOf(text[start:end]), tEmoticon)
				return
			}
		}
		switch string(raw) {
		case "#sarcasm", "/s", "#not":
			a.sarcasm = true
			return
		}
		if raw[0] == '@' || hasPrefix(raw, "http://") || hasPrefix(raw, "https://") || hasPrefix(raw, "www.") {
			return // handles and links carry no sentiment
		}
	}
	if !hasAlnum {
		if n := len(sc.toks); n > 0 {
			markEnds(&sc.toks[n-1], raw)
		}
		return
	}
	if !hasPunct {
		// Letters, digits and other scripts only: the token is one word,
		// as the loop below would find it (no apostrophe or hyphen to
		// trim, no entity, no punctuation after it).
		s.addToken(sc, a, start, end, s.lookupClass(raw, rawHash, seen), rawHash, seen, 0)
		return
	}
	// Words: runs of letters, digits, apostrophes and inner hyphens.
	text = text[:end] // so that i < len(text) spares the loops a bounds check
	i := start
	for i < end {
		for i < len(text) && byteClass[text[i]]&bWord == 0 {
			i++
		}
		ws := i
		ws0 := ws
		var seen uint8 // the letters' cases, for addToken
		// The word's FNV-1a hash is taken in the same loop; trimming below
		// (rare) takes it again.
		h := uint32(2166136261)
		for ; i < len(text); i++ {
			k := byteClass[text[i]]
			if k&bWord == 0 {
				break
			}
			seen |= k
			h ^= uint32(low[i])
			h *= 16777619
		}
		we := i
		for we > ws && (low[we-1] == '\'' || low[we-1] == '-') {
			we--
		}
		for ws < we && (low[ws] == '\'' || low[ws] == '-') {
			ws++
		}
		if (ws != ws0 || we != i) && we > ws {
			h = fnv(low[ws:we])
		}
		// "&gt;" and "&amp;" are HTML escapes left in scraped or API text,
		// not the words "gt" (rated by VADER) and "amp".
		entity := ws > start && low[ws-1] == '&' && we < end && low[we] == ';'
		if we > ws && !entity {
			// The apostrophes and hyphens trimmed off have no case: seen
			// is the word's.
			s.addToken(sc, a, ws, we, s.lookupClass(low[ws:we], h, seen), h, seen, 0)
		}
		// Punctuation after the word may end its clause or sentence.
		ps := i
		for i < len(text) && byteClass[text[i]]&bWord == 0 {
			i++
		}
		if n := len(sc.toks); n > 0 && i > ps && we > ws {
			markEnds(&sc.toks[n-1], low[ps:i])
		}
	}
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

func hasSuffix(b []byte, p string) bool { return len(b) >= len(p) && string(b[len(b)-len(p):]) == p }

func markEnds(t *sentToken, punct []byte) {
	for _, c := range punct {
		switch c {
		case '.', '!':
			t.flags |= tEndSentence | tEndClause
		case '?':
			t.flags |= tEndSentence | tEndClause | tQuestion
		case ',', ';', ':', '-':
			t.flags |= tEndClause
		}
	}
}

// isWordByte reports whether text[i] belongs to a word: ASCII letters and
// digits, apostrophes, hyphens, underscores and any non-ASCII byte (letters
// of other scripts, and the curly apostrophe).
func isWordByte(text string, i int) bool {
	return byteClass[text[i]]&bWord != 0
}

// Classes of bytes (byteClass), or-ed over a token by the tokeniser's
// loops: a table lookup in place of comparisons with several ranges.
const (
	bUpper  uint8 = 1 << iota // A-Z
	bLower                    // a-z
	bAlnum                    // ASCII letters and digits and any non-ASCII byte
	bPunct                    // any other byte but white space
	bWord                     // ASCII letters and digits, ', -, _ and any non-ASCII byte (see isWordByte)
	bSpace                    // ASCII white space
	bHyphen                   // '-': lookup tries a hyphenated prefix only on a word that has one
	bDigit                    // 0-9
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = bUpper | bAlnum | bWord
		case c >= 'a' && c <= 'z':
			t[c] = bLower | bAlnum | bWord
		case c >= '0' && c <= '9':
			t[c] = bAlnum | bWord | bDigit
		case c >= utf8.RuneSelf:
			t[c] = bAlnum | bWord
		case c == '-':
			t[c] = bPunct | bWord | bHyphen
		case c == '\'', c == '_':
			t[c] = bPunct | bWord
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\f', c == '\v':
			t[c] = bSpace
		default:
			t[c] = bPunct
		}
	}
	return t
}()

// lowerByte maps each byte to its ASCII lower case.
var lowerByte = func() (t [256]byte) {
	for c := range 256 {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// classOf returns the byte classes of w, or-ed.
func classOf(w string) (seen uint8) {
	for i := range len(w) {
		seen |= byteClass[w[i]]
	}
	return seen
}

// addToken appends the token text[start:end], whose entry is wi, whose
// lower-cased hash is h and whose bytes' classes, or-ed, are seen (see
// classOf).
func (s *Scorer) addToken(sc *sentScratch, a *analysis, start, end int, wi wordInfo, h uint32, seen uint8, flags uint16) {
	if seen&(bUpper|bLower) == bUpper {
		flags |= tUpper
		a.nUpper++
	}
	if endsInNt(sc.lower[start:end]) {
		flags |= tNt
	}
	n := len(sc.toks)
	if n > 0 {
		p := &sc.toks[n-1]
		if p.flags&tEndClause == 0 && p.info.flags&wBut == 0 && (p.flags&tNegScope != 0 || isNegator(p)) {
			flags |= tNegScope
		}
	}
	a.words |= wi.flags
	sc.toks = append(sc.toks, sentToken{
		start: int32(start), end: int32(end), info: wi, flags: flags,
		hash: h, modStart: int32(start),
	})
}

func fnv(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// topTerms returns the rated tokens, strongest first, as substrings of text
// that include the negator or booster that changed them.
func topTerms(text string, toks []sentToken) []string {
	var idx [maxSentimentTerms]int
	var mag [maxSentimentTerms]float64 // math.Abs(toks[idx[k]].val)
	n := 0
	for i := range toks {
		if toks[i].val == 0 {
			continue
		}
		// Insertion into a small sorted array: no allocation and no sort.
		v := math.Abs(toks[i].val)
		k := n
		if k == maxSentimentTerms {
			if v <= mag[k-1] {
				continue
			}
			k--
		} else {
			n++
		}
		for k > 0 && mag[k-1] < v {
			idx[k], mag[k] = idx[k-1], mag[k-1]
			k--
		}
		idx[k], mag[k] = i, v
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for k := range n {
		t := toks[idx[k]]
		if insideTerm(toks, idx[:n], idx[k]) {
			continue // "definitely" within "definitely come back"
		}
		out = append(out, text[t.modStart:t.end])
	}
	return out
}

// insideTerm reports whether the phrase of toks[i] lies within the phrase of
// another of the terms toks[idx[...]] (from its modifier to its end).
func insideTerm(toks []sentToken, idx []int, i int) bool {
	t := &toks[i]
	for _, j := range idx {
		u := &toks[j]
		if j != i && u.modStart <= t.modStart && t.end <= u.end && u.end-u.modStart > t.end-t.modStart {
			return true
		}
	}
	return false
}

// easeOfHarm reports whether toks[i] is "easily" or "easy" said of harm:
// after a verb of damage or of coming loose in its clause, at most two
// degree adverbs between ("breaks easily", "falls out easily", "breaks
// really easy", "come off too easily"), or before one ("easily scratched",
// "easy to lose", "easy to knock over"). "easily broke the record" is no
// harm: after "easily" only the participles of damage count.
func easeOfHarm(low []byte, toks []sentToken, i int) bool {
	w := string(low[toks[i].start:toks[i].end])
	switch w {
	case "easily", "easy":
	case "fast", "quick", "quickly":
		// "breaks quickly", "the battery drains fast": speed of harm.
		return fastHarm(low, toks, i)
	default:
		return false
	}
	j := i - 1
	for j >= 0 && j >= i-2 && toks[j].flags&tEndClause == 0 {
		switch string(low[toks[j].start:toks[j].end]) {
		case "very", "too", "so", "really", "quite", "fairly", "pretty", "rather", "all", "way":
			j--
			continue
		}
		break
	}
	if toks[i].flags&tEndClause == 0 && i+1 < len(toks) {
		switch tokWord(low, toks, i+1) {
		case "for", "with", "along", "into", "when":
			return false // "pops out easily for charging", "peels off easily with no residue"
		}
	}
	if j >= 0 && toks[j].flags&tEndClause == 0 {
		pw := string(low[toks[j].start:toks[j].end])
		if harmWord(pw) {
			return !removedThing(low, toks, j)
		}
		if looseWord(pw) && j > 0 && toks[j-1].flags&tEndClause == 0 && detachVerb(string(low[toks[j-1].start:toks[j-1].end])) {
			return !removedThing(low, toks, j-1)
		}
	}
	k := i + 1
	if k < len(toks) && toks[i].flags&tEndClause == 0 && w == "easy" && wordIs(low, &toks[k], "to") {
		k++
	}
	if k >= len(toks) || toks[k-1].flags&tEndClause != 0 {
		return false
	}
	nw := string(low[toks[k].start:toks[k].end])
	if k > i+1 && harmWord(nw) {
		// "easy to break", "easy to lose"; not "easy to break in", "easy
		// to lose weight", "easy to bend into shape".
		switch tokWord(low, toks, k+1) {
		case "in", "down", "into", "weight", "pounds", "lbs", "fat", "track":
			return toks[k].flags&tEndClause != 0
		}
		return true
	}
	switch nw {
	case "scratched", "smudged", "chipped", "dented", "stained", "scuffed", "torn", "broken", "damaged",
		"cracked", "bent", "shattered", "lost", "misplaced", "dislodged", "detached":
		return true // "easily scratched"
	}
	return detachVerb(nw) && k+1 < len(toks) && toks[k].flags&tEndClause == 0 &&
		looseWord(string(low[toks[k+1].start:toks[k+1].end]))
}

// removedThing reports whether what breaks, comes off or peels easily at
// toks[v] is a thing one wants off or open (a stain, a sticker, a shell):
// "stains come out easily", "the sticker peels off easily" are praise.
func removedThing(low []byte, toks []sentToken, v int) bool {
	for j := v - 1; j >= 0 && j >= v-3 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "stain", "stains", "makeup", "dirt", "residue", "grease", "mud", "marks", "sticker", "stickers",
			"label", "labels", "shell", "shells", "seal", "wrapper", "wrapping", "packaging", "perforation", "towels",
			"towel", "hair", "wax", "polish", "paint", "ice", "spots", "smudges":
			return true
		}
	}
	return false
}

// fastHarm reports whether the "fast" or "quickly" at toks[i] follows a
// verb of damage, loss or running down in its clause, at most two words
// between ("breaks fast", "the battery drains very quickly", "wore out
// quickly", "died fast").
func fastHarm(low []byte, toks []sentToken, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].flags&tEndClause == 0; j-- {
		w := tokWord(low, toks, j)
		if harmWord(w) || (looseWord(w) || w == "down") && j > 0 && (detachVerb(tokWord(low, toks, j-1)) || runVerb(tokWord(low, toks, j-1))) {
			return true // "wore out quickly", "the battery runs down fast"
		}
		switch w {
		case "drain", "drains", "drained", "draining", "die", "dies", "died", "dying", "fade", "fades", "faded",
			"fading", "deteriorate", "deteriorates", "deteriorated", "disappear", "disappears", "disappeared":
			return true
		}
	}
	return false
}

// runVerb reports whether w is a form of "run" ("runs out", "ran down").
func runVerb(w string) bool {
	return w == "run" || w == "runs" || w == "ran" || w == "running"
}

// harmWord reports whether w is a verb of damage or loss.
func harmWord(w string) bool {
	switch w {
	case "break", "breaks", "broke", "broken", "breaking", "crack", "cracks", "cracked", "scratch", "scratches",
		"scratched", "smudge", "smudges", "smudged", "chip", "chips", "chipped", "dent", "dents", "dented",
		"stain", "stains", "stained", "scuff", "scuffs", "scuffed", "tear", "tears", "tore", "torn", "rip", "rips",
		"ripped", "bend", "bends", "bent", "snap", "snaps", "snapped", "shatter", "shatters", "shattered",
		"damage", "damages", "damaged", "lose", "loses", "lost", "overheat", "overheats", "overheated":
		return true
	}
	return false
}

// detachVerb reports whether w, before looseWord, is coming loose: "falls
// out", "comes off", "pops apart", "tips over".
func detachVerb(w string) bool {
	switch w {
	case "fall", "falls", "fell", "falling", "come", "comes", "came", "coming", "pop", "pops", "popped", "popping",
		"slip", "slips", "slipped", "slide", "slides", "slid", "knock", "knocks", "knocked", "tip", "tips", "tipped",
		"wear", "wears", "wore", "worn", "peel", "peels", "peeled", "fly", "flies", "flew":
		return true
	}
	return false
}

// looseWord reports whether w is the particle of coming loose.
func looseWord(w string) bool {
	switch w {
	case "off", "out", "apart", "loose", "over", "undone":
		return true
	}
	return false
}

// answerNo reports whether t is "no", "nope" or "nah", which before a
// comma answer rather than negate ("Nope, still clueless").
func answerNo(low []byte, t *sentToken) bool {
	switch string(low[t.start:t.end]) {
	case "no", "nope", "nah", "naw", "uh-uh", "uhuh":
		return true
	}
	return false
}

// laughWord reports whether t is laughter ("lol", "haha", "lmao").
func laughWord(low []byte, t *sentToken) bool {
	w := low[t.start:t.end]
	switch string(w) {
	case "lol", "lmao", "lmfao", "rofl", "lolz", "lulz", "heh", "hehe":
		return true
	}
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] != 'h' || w[k+1] != 'a' && w[k+1] != 'e' {
			return false
		}
	}
	return true // "haha", "hahaha", "hehehe"
}

// determiner reports whether w is an article, a demonstrative or a
// possessive.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their":
		return true
	}
	return false
}

// fallAfter reports whether toks[i] is the subject of a verb of decrease
// later in its clause (see changeAfter): "Crime fell", "Violent crime has
// fallen", "Trust in government declined". It marks the verb, and a level
// it falls to ("to its lowest level"), tLevel: the change is read through
// what changes.
func fallAfter(low []byte, toks []sentToken, i int) bool {
	v := changeAfter(low, toks, i, wFall)
	if v < 0 {
		return false
	}
	markLevel(low, toks, v)
	return true
}

// measureWords are quantities whose rise or fall is good news for some
// and bad for others (buyers and sellers, borrowers and savers) or for
// no one: a rated verb of change says nothing of them.
var measureWords = []string{"prices", "price", "rates", "temperatures", "temperature", "yields", "fares"}

// markLevel marks toks[v], a verb of change, and a level it reaches ("to
// its lowest level", "a record low"), tLevel: the change is read through
// what changes, if it is rated at all.
func markLevel(low []byte, toks []sentToken, v int) {
	toks[v].flags |= tLevel
	for k := v + 1; k < len(toks) && k <= v+5 && toks[k-1].flags&tEndClause == 0; k++ {
		switch tokWord(low, toks, k) {
		case "low", "lowest", "lows":
			toks[k].flags |= tLevel
		}
	}
}

// changeAfter returns the index of a verb flagged verb (wFall, wRise) of
// which toks[i] is the subject, later in its clause, or -1: "Crime fell",
// "Violent crime has fallen", "Trust in government declined", "Deaths from
// the disease plunged 40 percent", "the death toll dropped this week". A
// verb with an object ("dropped the case", "declined the offer", "grew
// tomatoes") or of another sense ("fell in love", "fell asleep", "fell
// apart", "grew tired", "a friend dropped by") is no change of a quantity.
func changeAfter(low []byte, toks []sentToken, i int, verb uint64) int {
	// The object of a preposition is no subject: "Support for the war
	// fell", "After the crisis profits fell".
	p := i - 1
	if p >= 0 && toks[p].flags&tEndClause == 0 && determiner(tokWord(low, toks, p)) {
		p--
	}
	if p >= 0 && toks[p].flags&tEndClause == 0 {
		switch tokWord(low, toks, p) {
		case "for", "of", "in", "from", "to", "among", "with", "about", "against", "on", "by", "at", "after",
			"before", "over", "despite":
			return -1
		}
	}
	k := i + 1
	if k < len(toks) && toks[i].flags&tEndClause == 0 && rated(&toks[k]) && toks[k].info.flags&verb == 0 {
		k++ // "violent crime", "consumer confidence" (the first of two rated words)
	}
	if k < len(toks) && toks[k-1].flags&tEndClause == 0 {
		switch tokWord(low, toks, k) {
		case "rate", "rates", "toll", "level", "levels", "count", "figures", "numbers", "rating", "ratings":
			k++ // "the crime rate", "the death toll", "his approval rating": how much of it
		}
	}
	prep := false
	for ; k < len(toks) && k <= i+6 && toks[k-1].flags&tEndClause == 0; k++ {
		if toks[k].info.flags&verb != 0 {
			break
		}
		switch w := tokWord(low, toks, k); w {
		case "in", "from", "among", "for", "against":
			if prep || k != i+1 {
				return -1
			}
			prep = true // "trust in government", "deaths from the disease", "charges against him"
		case "has", "have", "had", "also", "again", "sharply", "steadily", "slightly", "further", "still", "was", "were", "been":
		case "will", "could", "may", "might", "would", "is", "are", "expected", "likely", "set", "to", "continue", "continues",
			"continued":
			// "Rates are expected to plummet", "temperatures will plummet",
			// "prices are plummeting": a change foreseen or under way.
		default:
			if !prep || determiner(w) && k != i+2 {
				return -1
			}
		}
	}
	if k >= len(toks) || k > i+6 || toks[k-1].flags&tEndClause != 0 || toks[k].info.flags&verb == 0 {
		return -1
	}
	v := k
	next := ""
	if toks[v].flags&tEndClause == 0 && v+1 < len(toks) {
		next = tokWord(low, toks, v+1)
	}
	number := func(k int) bool {
		return k < len(toks) && toks[k].end > toks[k].start && (low[toks[k].start] >= '0' && low[toks[k].start] <= '9' || low[toks[k].start] == '$')
	}
	switch tokWord(low, toks, v) {
	case "falls", "drops", "rises":
		// Also nouns: "the beautiful falls", "Great Falls".
		if next != "to" && next != "by" && next != "again" && !number(v+1) {
			return -1
		}
	case "down", "up":
		// "Violent crime is down sharply", "sales were up 5 percent";
		// "the site is down", "I'm up" have no rated subject, and
		// "broke down", "shut up" are other verbs.
		switch tokWord(low, toks, v-1) {
		case "is", "are", "was", "were":
		default:
			return -1
		}
	case "fallen", "shrunk", "risen", "grown":
		// Also adjectives: "a fallen hero", "a grown man".
		switch tokWord(low, toks, v-1) {
		case "has", "have", "had":
		default:
			return -1
		}
	default:
		// A participle is a change under way after a form of "be"
		// ("Crime is falling", "emissions are still rising"), and
		// otherwise a noun's ("options like slowing the music").
		if w := tokWord(low, toks, v); len(w) > 4 && w[len(w)-3:] == "ing" {
			switch tokWord(low, toks, v-1) {
			case "is", "are", "was", "were", "been", "be", "still", "keeps", "kept":
			default:
				return -1
			}
		}
	}
	switch next {
	case "":
	case "in":
		if tokWord(low, toks, v+2) == "love" {
			return -1
		}
	case "by":
		if !number(v + 2) {
			return -1 // "a friend dropped by"
		}
	case "on":
		switch tokWord(low, toks, v+2) {
		case "me", "us", "you", "him", "her", "them", "it":
			return -1 // "it grew on me"; "fell on Monday" is when
		}
	case "at":
		if tokWord(low, toks, v) == "jumped" {
			return -1 // "jumped at the chance"
		}
	case "asleep", "apart", "short", "flat", "silent", "ill", "victim", "prey", "out", "off", "behind", "through",
		"up", "tired", "weary", "bored", "old", "fond", "accustomed", "into", "upon", "over",
		"him", "her", "them", "me", "us", "it", "you":
		return -1
	default:
		if determiner(next) && !timeWord(tokWord(low, toks, v+2)) {
			return -1 // "declined the offer"; "dropped this week" is when
		}
	}
	return v
}

// quantityValence is the rating of an unrated quantity, good or bad, when
// it rises or falls: "the economy grew", "emissions fell".
const quantityValence = 1.5

// rateQuantities rates the unrated quantities that are the subject of a
// verb of change (changeAfter), good to have more of ("the economy grew",
// "wages rose") or bad ("deaths surged", "emissions rose"); fallAfter then
// lessens those that fall. Prices, taxes and the like, good news for some
// and bad for others, stay unrated.
func rateQuantities(low []byte, toks []sentToken) {
	for i := range toks {
		t := &toks[i]
		if t.info.flags&(wGoodQuantity|wBadQuantity) == 0 || t.info.val != 0 || t.span != 0 ||
			changeAfter(low, toks, i, wFall|wRise) < 0 {
			continue
		}
		t.info.val, t.info.flags = quantityValence, t.info.flags|wInLexicon
		if t.info.flags&wBadQuantity != 0 {
			t.info.val = -quantityValence
		}
	}
}

// fewBelieve is the rating of a belief or hope that "few" hold: mild
// doubt.
const fewBelieve = -1.0

// doubtedClause unrates the words of a clause whose truth a hedge of
// doubt leaves open: "It is unclear whether the sanctions will help", "it
// is not at all clear that the tariffs will protect jobs", "it is far
// from clear that...", "it remains to be seen whether the reforms will
// succeed". The doubt is the writer's reading (the hedge's own rating,
// "unclear" or a negated "clear", stays), and the hoped-for outcome is
// no praise. Plain certainty ("it is clear that the plan works") says
// what it says.
func doubtedClause(low []byte, toks []sentToken) {
	for h := 0; h+1 < len(toks); h++ {
		if toks[h].info.flags&wHedge == 0 || toks[h].flags&tEndClause != 0 {
			continue
		}
		doubt := false
		start := h + 2
		switch tokWord(low, toks, h) {
		case "unclear", "uncertain", "doubtful", "questionable":
			doubt = true
		case "believe", "believes", "expect", "expects", "think", "thinks":
			// "Few believe the regulator has the will", "few expect the
			// talks to succeed": hardly anyone's hope is the writer's
			// doubt, mild blame.
			f := -1 // "few believe", "few people believe", "few of them expect"
			for k := h - 1; k >= 0 && k >= h-3 && toks[k].flags&tEndClause == 0; k-- {
				if tokWord(low, toks, k) == "few" {
					f = k
					break
				}
			}
			if f < 0 || f > 0 && toks[f-1].flags&tEndClause == 0 && tokWord(low, toks, f-1) == "a" {
				continue // "a few think it is great"
			}
			toks[h].info.val, toks[h].info.flags = fewBelieve, toks[h].info.flags|wInLexicon
			if start = h + 1; tokWord(low, toks, start) == "that" {
				start++
			}
			for k := start; k < len(toks); k++ {
				if toks[k].span == 0 && toks[k].info.flags&wInLexicon != 0 {
					toks[k].info.val = 0
					toks[k].info.flags &^= wInLexicon
				}
				if toks[k].flags&(tEndSentence|tEndClause) != 0 {
					break
				}
			}
			return
		case "seen":
			// "remains to be seen", "remain to be seen".
			doubt = h >= 3 && tokWord(low, toks, h-1) == "be" && tokWord(low, toks, h-2) == "to" &&
				strings.HasPrefix(tokWord(low, toks, h-3), "remain")
		default:
			// "not clear", "not at all certain", "far from clear", "by
			// no means certain", "isn't obvious".
			for k := h - 1; k >= 0 && k >= h-3 && toks[k].flags&tEndClause == 0; k-- {
				if isNegator(&toks[k]) || tokWord(low, toks, k) == "far" && tokWord(low, toks, k+1) == "from" {
					doubt = true
					break
				}
			}
		}
		if !doubt {
			continue
		}
		switch tokWord(low, toks, h+1) {
		case "whether", "if", "that":
		default:
			continue
		}
		for k := start; k < len(toks); k++ {
			switch tokWord(low, toks, k) {
			case "but", "yet", "although", "though":
				k = len(toks)
				continue
			}
			if toks[k].span == 0 && toks[k].info.flags&wInLexicon != 0 {
				toks[k].info.val = 0
				toks[k].info.flags &^= wInLexicon
			}
			if toks[k].flags&tEndSentence != 0 {
				break
			}
		}
		return
	}
}

// rateCreated rates the unrated quantities that are the object of a verb
// that makes more of them, as rateQuantities rates those that rise: "the
// economy added 300,000 jobs", "created 2 million new jobs". Only a
// count must come between, with "new" or "more" ("added more stock to
// the shelves" and "added to the deficit" make no quantity news).
func rateCreated(low []byte, toks []sentToken) {
	for i := range toks {
		t := &toks[i]
		if t.info.flags&(wGoodQuantity|wBadQuantity) == 0 || t.info.val != 0 || t.span != 0 || t.info.flags&wMeasure != 0 {
			continue
		}
		k, count := i-1, false
		for ; k >= 0 && k >= i-4; k-- {
			w := tokWord(low, toks, k)
			if w != "" && w[0] >= '0' && w[0] <= '9' || w == "million" || w == "billion" || w == "thousand" ||
				w == "thousands" || w == "hundreds" {
				count = true // "300,000": its comma ends no clause
				continue
			}
			if w == "new" || w == "more" || w == "of" {
				continue
			}
			break
		}
		if !count || k < 0 || toks[k].flags&tEndClause != 0 || toks[k].info.flags&wCreate == 0 {
			continue
		}
		t.info.val, t.info.flags = quantityValence, t.info.flags|wInLexicon
		if t.info.flags&wBadQuantity != 0 {
			t.info.val = -quantityValence
		}
	}
}

// rateChanging reads a participle of change before what changes, as
// changeAfter reads a verb after it: "falling crime" is good news,
// "rising emissions", "soaring inflation" and "declining trust" bad, and
// "growing inequality" no growth to praise. The participle itself is
// marked tLevel (VADER rates "falling" -0.6 and "growing" +0.7); an
// unrated quantity is rated as rateQuantities rates it; a rated word
// after a participle of decrease is marked tFalling for the negation
// pass. A participle of a verb ("is falling", "kept growing") or of
// another sense ("falling asleep", "growing tired", "falling victim")
// is no change of a quantity.
func rateChanging(low []byte, toks []sentToken) {
	for i := 0; i+1 < len(toks); i++ {
		t, n := &toks[i], &toks[i+1]
		if t.info.flags&(wFall|wRise) == 0 || t.flags&tEndClause != 0 || t.span != 0 || n.span != 0 ||
			n.info.flags&wMeasure != 0 || t.end-t.start < 5 || string(low[t.end-3:t.end]) != "ing" {
			continue
		}
		if i > 0 && toks[i-1].flags&tEndClause == 0 {
			switch tokWord(low, toks, i-1) {
			case "is", "are", "was", "were", "be", "been", "being", "am", "keep", "keeps", "kept", "get", "gets", "got",
				"start", "starts", "started", "stop", "stops", "stopped", "continue", "continues", "continued", "still",
				"and", "or":
				continue
			}
		}
		switch tokWord(low, toks, i+1) {
		case "asleep", "apart", "short", "flat", "silent", "ill", "victim", "prey", "out", "off", "behind", "through",
			"up", "tired", "weary", "bored", "old", "fond", "accustomed", "into", "upon", "over", "in", "down", "on",
			"to", "by", "at", "for", "from", "with", "of", "and", "or", "but", "as", "sick", "worse", "better":
			continue
		}
		if n.info.val == 0 && n.info.flags&(wGoodQuantity|wBadQuantity) != 0 {
			n.info.val, n.info.flags = quantityValence, n.info.flags|wInLexicon
			if n.info.flags&wBadQuantity != 0 {
				n.info.val = -quantityValence
			}
		}
		if n.info.flags&wInLexicon == 0 || n.info.val == 0 {
			continue
		}
		t.flags |= tLevel
		if t.info.flags&wFall != 0 {
			n.flags |= tFalling
		}
	}
}

// timeWord reports whether w names a span of time: "this week", "that year".
func timeWord(w string) bool {
	switch w {
	case "week", "month", "year", "quarter", "decade", "day", "morning", "spring", "summer", "autumn", "winter",
		"season", "time":
		return true
	}
	return false
}

// opposeBefore returns the index of a verb of opposing up to three words
// before toks[b], a harm, in its clause, or -1: "to fight crime", "help
// combat corruption", "must tackle poverty", "aims to prevent violence".
// The bare verbs are also nouns ("a fight with my wife", "a late
// tackle"), and one "fighting cancer" suffers it: they oppose only after
// "to" or a modal.
func opposeBefore(low []byte, toks []sentToken, b int) int {
	for j := b - 1; j >= 0 && j >= b-3; j-- {
		if toks[j].flags&tEndClause != 0 {
			return -1
		}
		switch w := tokWord(low, toks, j); w {
		case "and", "or", "but", "with", "is", "was", "are", "were", "for", "of", "by", "against":
			return -1
		case "combating", "combatting", "tackling", "preventing", "eradicating", "prevent", "eradicate":
			return j
		case "fight", "fighting", "combat", "tackle":
			// "loved ones fighting cancer" suffer the harm they fight.
			if j > 0 {
				switch tokWord(low, toks, j-1) {
				case "to", "will", "would", "must", "should", "can", "could", "help", "helps", "helped":
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// shiftBefore returns the index of a word of lessening up to four words
// before toks[b] in its clause, or -1: "reduce poverty", "a decline in
// violent crime", "eroded public trust", "lifted ... out of poverty", "lost
// faith". Less of a bad thing is good, less of a good one bad, as a
// negation reads it.
// "reduced me to tears" and "Curb Your Enthusiasm" lessen nothing.
func shiftBefore(low []byte, toks []sentToken, b int) int {
	for j := b - 1; j >= 0 && j >= b-4; j-- {
		t := &toks[j]
		if t.flags&tEndClause != 0 {
			return -1
		}
		next := ""
		if j+1 < b {
			next = string(low[toks[j+1].start:toks[j+1].end])
		}
		// What is lessened ends at "and", "with", a verb or a word of
		// when: "reduced wait times and friendly staff", "reducing clutter
		// makes me happy", "trust has eroded since the crisis" (the crisis
		// is when, not what eroded).
		switch string(low[t.start:t.end]) {
		case "and", "or", "but", "with", "is", "was", "are", "were", "makes", "make", "made", "improves", "to",
			"since", "after", "during", "amid", "until", "despite":
			return -1
		}
		switch string(low[t.start:t.end]) {
		case "reduce", "reduces", "reduced", "reducing", "erode", "erodes", "eroded", "eroding",
			"curb", "curbs", "curbed", "curbing", "alleviate", "alleviates", "alleviated", "alleviating":
			if next == "to" || next == "your" || next == "appeal" || j+2 < b && tokWord(low, toks, j+2) == "to" {
				return -1 // "reduced me to tears", "Curb Your Enthusiasm", "curb appeal"
			}
			return j
		case "lose", "loses", "lost", "losing", "wastes", "wasted", "wasting", "squanders", "squandered", "squandering",
			"miss", "misses", "missed", "missing":
			// "lost the confidence of the people", "lost faith", "lost
			// the love", "wastes a talented cast", "I miss my friends":
			// what is lost, wasted or missed comes next, after at most a
			// determiner ("was lost on a regrettable script" lessens
			// nothing, nor "lost his muchness :(" its emoticon, nor "lost
			// badly" its manner). What is never missed or not lost is
			// kept: "I never miss a good deal", "never lost faith". A
			// contest lost and a penalty missed are losses: "lost the
			// war", "missed a penalty".
			if o := tokWord(low, toks, b); toks[b].flags&(tEmoji|tEmoticon) == 0 && (b == j+1 || b == j+2 && determiner(next)) &&
				!strings.HasSuffix(o, "ly") && !negatorNear(toks, j) && !lostContest(o) {
				return j
			}
			return -1
		case "waste":
			// "a waste of a great cast", "a waste of good food".
			if next == "of" && (b == j+2 || b == j+3 && determiner(tokWord(low, toks, j+2))) {
				return j
			}
			return -1
		case "break", "breaks", "broke", "broken", "breaking":
			// "breaking promises", "broke my trust", "broken promises",
			// "broke the curse"; "broke free" is freedom, and "breaks
			// easily" says how (see easeOfHarm).
			if o := tokWord(low, toks, b); toks[b].flags&(tEmoji|tEmoticon) == 0 && (b == j+1 || b == j+2 && determiner(next)) &&
				o != "free" && !strings.HasSuffix(o, "ly") && !negatorNear(toks, j) {
				return j
			}
			return -1
		case "decline", "declines", "decrease", "decreases", "reduction", "reductions", "erosion":
			if next == "in" || next == "of" {
				return j
			}
		case "out":
			if next == "of" {
				for k := j - 1; k >= 0 && k >= j-7 && toks[k].flags&tEndClause == 0; k-- {
					switch string(low[toks[k].start:toks[k].end]) {
					case "lift", "lifts", "lifted", "lifting":
						return j
					}
				}
			}
		}
	}
	return -1
}

// negatorNear reports whether a negator stands one or two words before
// toks[j] in its clause ("never lost", "didn't really miss").
func negatorNear(toks []sentToken, j int) bool {
	for k := j - 1; k >= 0 && k >= j-2 && toks[k].flags&tEndClause == 0; k-- {
		if isNegator(&toks[k]) {
			return true
		}
	}
	return false
}

// hypeWithPraise reads the words of excess and harm that social text uses
// for praise ("sick", "insane", "crazy", "filthy"...) as praise when the
// text has an emoji of praise (🔥 💯 🙌 😍 🤩 🐐 👏) and none of blame, and
// the word is not said of oneself ("I'm sick", "feel sick", "drives me
// crazy") nor of having had enough ("sick of").
func hypeWithPraise(text string, low []byte, toks []sentToken) {
	praise := false
	for i := range toks {
		t := &toks[i]
		if t.flags&tEmoji == 0 {
			continue
		}
		if t.info.val < 0 {
			return
		}
		if praiseEmoji(text, t) {
			praise = true
		}
	}
	if !praise {
		return
	}
	for i := range toks {
		t := &toks[i]
		if t.span != 0 || t.info.val >= 0 || t.flags&(tEmoji|tEmoticon) != 0 {
			continue
		}
		var buf [16]byte
		w := buf[:0]
		for k, c := range low[t.start:t.end] {
			if k >= 2 && c == low[int(t.start)+k-1] && c == low[int(t.start)+k-2] {
				continue
			}
			if len(w) == len(buf) {
				break
			}
			w = append(w, c)
		}
		switch string(w) {
		case "sick", "insane", "crazy", "nuts", "filthy", "nasty", "savage", "wicked", "mental":
		default:
			continue
		}
		if i+1 < len(toks) && t.flags&tEndClause == 0 && wordIs(low, &toks[i+1], "of") {
			continue
		}
		self := false
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			switch string(low[toks[k].start:toks[k].end]) {
			case "i'm", "im", "i’m", "am", "feel", "feeling", "felt", "me", "getting", "got", "get":
				self = true
			}
		}
		if i+1 < len(toks) && t.flags&tEndClause == 0 && wordIs(low, &toks[i+1], "and") && i+2 < len(toks) && wordIs(low, &toks[i+2], "tired") {
			continue // "sick and tired"
		}
		if heatNear(low, toks, i) {
			continue // "this heat is insane 🔥": 🔥 is the fire
		}
		near := false
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if toks[k].flags&tEmoji != 0 && praiseEmoji(text, &toks[k]) {
				near = true
				break
			}
			if toks[k].flags&tEndClause != 0 || wordIs(low, &toks[k], "but") {
				break
			}
		}
		for k := i - 1; !near && k >= 0 && k >= i-3; k-- {
			if toks[k].flags&tEndClause != 0 || wordIs(low, &toks[k], "but") {
				break
			}
			if toks[k].flags&tEmoji != 0 && praiseEmoji(text, &toks[k]) {
				near = true
			}
		}
		if !self && near {
			t.info.val = -t.info.val
		}
	}
}

// heatNear reports whether a word of heat or fire is in the clause of
// toks[i], where 🔥 may be the fire itself.
func heatNear(low []byte, toks []sentToken, i int) bool {
	s := i
	for s > 0 && toks[s-1].flags&tEndClause == 0 {
		s--
	}
	return clauseHas(low, toks, s, "heat", "hot", "fire", "fires", "smoke", "burning", "burned", "burnt", "flames",
		"temperature", "temps", "wildfire")
}

// praiseEmoji reports whether the emoji token t is one of praise that
// makes words of excess praise.
func praiseEmoji(text string, t *sentToken) bool {
	r, _ := utf8.DecodeRuneInString(text[t.start:t.end])
	switch r {
	case '🔥', '🙌', '😍', '🤩', '🐐':
		return true
	}
	return false
}

// clauseTail reports whether t is a word that may follow a phrase that must
// end its clause without ending it: "this track is fire af", "no notes
// tho".
func clauseTail(low []byte, t *sentToken) bool {
	switch string(low[t.start:t.end]) {
	case "af", "fr", "tho", "though", "honestly", "lol", "lmao", "ngl":
		return true
	}
	return false
}

// clauseOpener reports whether w opens a clause of its own after "look
// elsewhere", which must end its clause: "You won't need to look
// elsewhere once you try the tacos". (Not for every such idiom: "stays
// with you if you move house" is a condition.)
func clauseOpener(w string) bool {
	switch w {
	case "once", "when", "whenever", "if", "unless", "because", "since", "until", "till", "while", "after", "before":
		return true
	}
	return false
}

// scarcely reports whether w says that almost none of what follows is so:
// "barely", "hardly", "scarcely".
func scarcely(w string) bool {
	return w == "barely" || w == "hardly" || w == "scarcely"
}

// lookElsewhereEnds reports the places besides its clause's end where
// "look elsewhere" warns: before a clause of its own ("You won't need to
// look elsewhere once you try the tacos") and after advice ("I'd look
// elsewhere for a repair").
func lookElsewhereEnds(low []byte, toks []sentToken, next, start int) bool {
	return clauseOpener(tokWord(low, toks, next)) || advised(low, toks, start)
}

// advised reports whether the words before toks[k] advise the reader:
// "I'd look elsewhere for your next vacation", "you should look
// elsewhere for a repair". "Let's look elsewhere for a cheaper flight"
// and "she had to look elsewhere for a job" are a search.
func advised(low []byte, toks []sentToken, k int) bool {
	if k == 0 || toks[k-1].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, k-1) {
	case "i'd", "i’d", "should", "better":
		return true
	case "would":
		return k > 1 && tokWord(low, toks, k-2) == "i"
	}
	return false
}

// performance rates "killed it", "crushing it", "nailed it", "smashed it"
// as praise of a performance (VADER: killed -3.5, crushing -1.5) where a
// person did it: a pronoun ("she killed it tonight"), a name ("LeBron
// absolutely killed it", "Chiefs crushing it this season"), or no subject
// at all ("Nailed it!"). A thing that "killed it" ended it: "the update
// killed it", "these ads are killing it", "FedEx crushed it" (a box is
// crushed; so only a pronoun or no subject may have crushed, smashed or
// nailed it), and "killing it for me" is spoiling it. A feat may stand
// for "it" after the milder verbs: "Nailed my presentation" (see featAfter).
func performance(text string, low []byte, toks []sentToken) {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.info.flags&wRuleVerb == 0 {
			continue
		}
		strong := false // a name may do it
		switch tokWord(low, toks, i) {
		case "killed", "killing", "killin", "crushing", "smashing":
			strong = true
		case "crushed", "nailed", "nailing", "nails", "smashed":
		default:
			continue
		}
		if t.flags&tEndClause != 0 || toks[i+1].span != 0 {
			continue
		}
		if !wordIs(low, &toks[i+1], "it") {
			// "Nailed my presentation", "she crushed the audition": a
			// feat named in the place of "it".
			if !strong && (featAfter(low, toks, i) && performer(text, low, toks, i, false) || nailedFeat(low, toks, i)) {
				t.info.val, t.info.flags = 2.5, wInLexicon
				t.span, t.modStart = 0, t.start
			}
			continue
		}
		if toks[i+1].flags&tEndClause == 0 && i+2 < len(toks) {
			switch tokWord(low, toks, i+2) {
			case "for", "off", "with":
				continue // "killing it for me", "killed it off", "killed it with fire"
			}
		}
		if !performer(text, low, toks, i, strong) {
			continue
		}
		t.info.val, t.info.flags = 2.5, wInLexicon
		t.span, t.modStart = 0, t.start
	}
}

// nailedFeat reports whether toks[i], "nailed", "nailing" or "nails",
// nails a thing done to a turn, whoever did it ("The choir nailed the
// Bach piece", "that bakery actually nails the croissant"): the verb
// before a determiner, with no board, door or wall it might fasten and
// no "to"/"onto" of a place within four words ("nailed the board to the
// wall", "nailed the lid shut"). "nails" after a determiner or a word
// that describes nails ("her nails the color of plums", "gel nails") is
// the noun.
func nailedFeat(low []byte, toks []sentToken, i int) bool {
	if tokWord(low, toks, i)[0] != 'n' || i+2 >= len(toks) || !determiner(tokWord(low, toks, i+1)) {
		return false
	}
	if tokWord(low, toks, i) == "nails" && i > 0 {
		switch w := tokWord(low, toks, i-1); w {
		case "fake", "acrylic", "gel", "painted", "rusty", "finger", "toe", "long", "short", "of", "and", "with",
			"no", "some", "few", "bitten", "broken", "bent", "more", "new":
			return false
		default:
			if determiner(w) {
				return false
			}
		}
	}
	for j := i + 2; j < len(toks) && j <= i+5; j++ {
		switch tokWord(low, toks, j) {
		case "door", "doors", "board", "boards", "wall", "walls", "shut", "down", "lid", "plank", "planks", "sign",
			"signs", "window", "windows", "shelf", "coffin", "frame", "floor", "roof", "fence", "box", "boxes", "crate",
			"shingles", "wood", "to", "onto", "into", "up", "tire", "tires", "foot", "hand", "thumb", "finger":
			return false
		}
		if toks[j].flags&tEndClause != 0 {
			break
		}
	}
	return true
}

// featAfter reports whether a feat follows the verb at toks[i] after a
// determiner or possessive: "nailed my presentation", "crushed the exam",
// "smashed her audition" (not "smashed my phone", "crushed the box").
func featAfter(low []byte, toks []sentToken, i int) bool {
	if i+2 >= len(toks) || toks[i+1].flags&tEndClause != 0 || !determiner(tokWord(low, toks, i+1)) {
		return false
	}
	switch tokWord(low, toks, i+2) {
	case "presentation", "interview", "exam", "exams", "test", "audition", "speech", "performance", "role", "solo",
		"landing", "pitch", "routine", "final", "finals", "dismount", "debut", "assignment", "recital", "job":
		return true
	}
	return false
}

// performer reports whether the subject before the verb at toks[i] is a
// person: the sentence opens with the verb (after boosters and forms of
// "be"), or the word before is a personal pronoun, or (if names may) a
// capitalised word that does not open the sentence.
func performer(text string, low []byte, toks []sentToken, i int, names bool) bool {
	for j := i - 1; j >= 0; j-- {
		if toks[j].flags&tEndSentence != 0 {
			return true // "Nailed it!"
		}
		w := tokWord(low, toks, j)
		switch w {
		case "absolutely", "totally", "really", "just", "so", "truly", "literally", "honestly", "is", "are", "was",
			"were", "been", "be", "has", "have", "had", "always", "again", "also":
			continue
		case "i", "you", "he", "she", "we", "they", "u", "y'all", "ya", "i'm", "you're", "he's", "she's", "we're",
			"they're", "you've", "we've", "they've", "i've":
			return true
		}
		if !names {
			return false
		}
		c := text[toks[j].start]
		return c >= 'A' && c <= 'Z'
	}
	return true
}

// praiseThatEnded negates the praise of a sentence that limits it to a
// time now over: praise before "when it worked" or "while it lasted" (at
// the end of its clause, as the idioms are read), or before "for the first"
// and a span of minutes to months ("great - for the first three hours");
// and praise after an opening "when it was working" ("when the player was
// working it was great"). "for the first time" is no span.
func praiseThatEnded(low []byte, toks []sentToken) {
	// Only texts with one of its words, or an idiom ("when it worked").
	found := false
	for i := range toks {
		if toks[i].info.flags&wTimeOver != 0 || toks[i].span > 0 {
			found = true
			break
		}
	}
	if !found {
		return
	}
	negate := func(from, to int) {
		for k := from; k < to; k++ {
			if toks[k].val > 0 {
				negateAt(toks, k, k)
			}
		}
	}
	start := 0 // first token of the current sentence
	for i := range toks {
		if i > 0 && toks[i-1].flags&tEndSentence != 0 {
			start = i
		}
		w := tokWord(low, toks, i)
		switch {
		case toks[i].span > 0 && toks[i].info.val < 0 && (w == "worked" || w == "lasted") &&
			(tokWord(low, toks, i-2) == "when" || tokWord(low, toks, i-2) == "while"):
			// The idioms "when it worked" and "while it lasted"; one that
			// opens its sentence ends the one before ("great player...
			// when it worked!").
			from := start
			if b := i - int(toks[i].span); b == start && start > 0 {
				from = start - 1
				for from > 0 && toks[from-1].flags&tEndSentence == 0 {
					from--
				}
			}
			negate(from, i-int(toks[i].span))
		case w == "for" && tokWord(low, toks, i+1) == "the" && tokWord(low, toks, i+2) == "first" && spanAfter(low, toks, i+3):
			// Not "it has been great for the first two months": so far,
			// it still is.
			ongoing := false
			for k := start; k < i; k++ {
				switch tokWord(low, toks, k) {
				case "been", "is", "it's", "are", "has", "have", "far", "i've", "we've", "i’ve", "we’ve":
					ongoing = true
				}
			}
			if !ongoing {
				negate(start, i)
			}
		case (w == "until" || w == "till") && i > start && pastEvent(low, toks, i+1):
			// "was very satisfied with it, until last night", "thought I
			// was getting a good deal, until I plugged it in": praise of a
			// time that an event ended. Not "it wasn't until I saw it
			// that I loved it", nor "I can't wait until", nor a future.
			ended := true
			for k := start; k < i; k++ {
				switch tokWord(low, toks, k) {
				case "will", "i'll", "we'll", "you'll", "it'll", "wait", "waiting", "waited":
					ended = false
				}
				if isNegator(&toks[k]) {
					ended = false
				}
			}
			if ended {
				negate(start, i)
			}
		case w == "when" && i == start:
			// "when the player was working, it was great"
			for j := i + 1; j < len(toks) && j <= i+5 && toks[j-1].flags&tEndClause == 0; j++ {
				// Said of a thing ("it", "the player", "my phone"), not
				// of people ("when I was working there").
				subj := tokWord(low, toks, j-2)
				thing := subj == "it" || j-3 > i && determiner(tokWord(low, toks, j-3))
				// A "team" or "we" working together is people, too.
				if n := tokWord(low, toks, j+1); n == "together" || n == "there" || n == "on" || n == "hard" || n == "with" {
					break
				}
				if v := tokWord(low, toks, j); thing && (v == "working" || v == "worked") && (tokWord(low, toks, j-1) == "was" || tokWord(low, toks, j-1) == "were") {
					end := j + 1
					for end < len(toks) && toks[end-1].flags&tEndSentence == 0 {
						end++
					}
					negate(j+1, end)
					break
				}
			}
		}
	}
}

// unmetCondition reports whether the clause of the score given at toks[v]
// goes on to a condition in the past perfect of working or lasting, which
// says the thing failed: "would have given it 5 stars if it had worked",
// "... had the battery lasted". Then the score is one withheld, not what
// is left of five; a feature wished for ("if it had voice dialing") keeps
// it.
func unmetCondition(low []byte, toks []sentToken, v int) bool {
	for j := v + 1; j < len(toks) && j <= v+10 && toks[j-1].flags&tEndClause == 0; j++ {
		if tokWord(low, toks, j) != "had" {
			continue
		}
		// The "had" of a condition comes right after the score, inverted,
		// or at most three words after "if".
		cond := toks[j-1].info.flags&wScore != 0
		for k := j - 1; k > v && k >= j-3 && !cond; k-- {
			cond = wordIs(low, &toks[k], "if")
		}
		if !cond {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4 && toks[k-1].flags&tEndClause == 0; k++ {
			if toks[k].info.flags&(wWork|wLasted) != 0 {
				return true
			}
		}
	}
	return false
}

// modalAdverb reports whether w may stand between a modal and "have" in a
// counterfactual: "would also have", "could easily have", "should really
// have".
func modalAdverb(w string) bool {
	switch w {
	case "also", "easily", "really", "certainly", "definitely", "probably", "surely", "still", "even", "just",
		"actually", "so", "much", "totally", "obviously":
		return true
	}
	return false
}

// contractedWould reports whether t is a pronoun with "'d" ("i'd",
// "you'd", "it'd"), straight or curly apostrophe.
func contractedWould(low []byte, t *sentToken) bool {
	w := low[t.start:t.end]
	n := len(w)
	return (n >= 3 && w[n-1] == 'd' && w[n-2] == '\'') || (n >= 5 && w[n-1] == 'd' && w[n-4] == 0xe2 && w[n-3] == 0x80 && w[n-2] == 0x99)
}

// pastEvent reports whether toks[i] opens an event in the past after
// "until": a day now gone ("last night", "yesterday", "recently") or a
// subject and a verb in the past ("I plugged it in", "it broke").
func pastEvent(low []byte, toks []sentToken, i int) bool {
	if i >= len(toks) || toks[i-1].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, i) {
	case "last", "yesterday", "recently":
		return true
	case "i", "we", "it", "they", "he", "she", "you", "my", "the", "our", "this":
	default:
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+2 && toks[j-1].flags&tEndClause == 0; j++ {
		w := tokWord(low, toks, j)
		if len(w) > 3 && strings.HasSuffix(w, "ed") {
			return true
		}
		switch w {
		case "saw", "got", "went", "found", "took", "came", "broke", "tried", "read", "heard", "met", "ate",
			"bought", "opened", "began", "started", "stopped", "died", "fell", "left", "realized", "realised":
			return true
		}
	}
	return false
}

// spanAfter reports whether toks[i] opens a span of minutes to months:
// "three hours", "few weeks", "couple of days", "month".
func spanAfter(low []byte, toks []sentToken, i int) bool {
	for j := i; j < len(toks) && j <= i+3; j++ {
		w := tokWord(low, toks, j)
		if spanWord(w) {
			return true
		}
		switch w {
		case "few", "couple", "of", "two", "three", "four", "five", "six", "several":
		default:
			if w == "" || w[0] < '0' || w[0] > '9' {
				return false
			}
		}
		if toks[j].flags&tEndClause != 0 {
			return false
		}
	}
	return false
}

// sinceThen reports whether the negator at toks[j] opens "haven't been
// this ..." or "hadn't felt so ..." (a form of "be" or "feel" and "this" or
// "so", then the rated word at toks[i]) and the clause goes on to "in" or
// "since" ("in a while", "in years", "since high school"): a comparison
// with all the time before, which intensifies. "I haven't been so happy
// lately" stays a negation.
func sinceThen(low []byte, toks []sentToken, j, i int) bool {
	if i != j+3 || toks[j].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, j+1) {
	case "been", "felt":
	default:
		return false
	}
	switch tokWord(low, toks, j+2) {
	case "this", "so":
	default:
		return false
	}
	for k := i; k < len(toks) && k <= i+3; k++ {
		if k > i {
			switch tokWord(low, toks, k) {
			case "in", "since":
				return true
			}
		}
		if toks[k].flags&tEndClause != 0 {
			return false
		}
	}
	return false
}

// betterAdvice reports whether the verb at toks[j] is advice: it opens
// its sentence ("Get better headphones."), or follows "you" with a modal
// or "have to" ("you can find", "you'll want to buy", "you have to buy").
func betterAdvice(low []byte, toks []sentToken, j int) bool {
	if j == 0 || toks[j-1].flags&tEndSentence != 0 {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-3 && toks[k].flags&tEndClause == 0; k-- {
		switch tokWord(low, toks, k) {
		case "you", "you'll", "you'd", "you've":
			// A bare "you" needs a modal between: "you find better
			// ones" may report, "you can find better ones" advises.
			return k < j-1 || tokWord(low, toks, k) != "you"
		case "can", "could", "should", "will", "would", "must", "might", "to", "have", "need", "better":
		default:
			return false
		}
	}
	return false
}

// otherSource reports whether the clause after the comparative at toks[i]
// names another source of it, within eight words ("from the place next
// door", "elsewhere", "at another store", "from a competitor"), or a
// replacement: "returned it and bought a better one".
func otherSource(low []byte, toks []sentToken, i int) bool {
	if w := tokWord(low, toks, i+1); toks[i].flags&tEndClause == 0 && (w == "one" || w == "ones") {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+8 && toks[k-1].flags&tEndClause == 0; k++ {
		switch tokWord(low, toks, k) {
		case "elsewhere", "else", "other", "another", "next", "competitor", "competitors", "different", "instead":
			return true
		}
	}
	return false
}

// creditedHere reports whether the clause after the comparative at toks[i]
// credits the thing at hand with it, within six words: "better results
// with this lens", "since switching", "thanks to the update", "better
// sleep with our mattress", "from the new model".
func creditedHere(low []byte, toks []sentToken, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+6 && toks[k-1].flags&tEndClause == 0; k++ {
		switch tokWord(low, toks, k) {
		case "since":
			return true
		case "thanks":
			return tokWord(low, toks, k+1) == "to"
		case "with", "using", "from":
			switch tokWord(low, toks, k+1) {
			case "this", "these", "it", "them", "our":
				return true
			case "the", "my":
				return tokWord(low, toks, k+2) == "new"
			}
		}
	}
	return false
}

// betterTail reports whether w, after "better", shows that "better" is no
// adjective of a noun: "get better at it", "gets better and better", "find
// better ways than this" is still a noun ("ways").
func betterTail(w string) bool {
	switch w {
	case "at", "soon", "with", "and", "or", "than", "now", "over", "as", "by", "from", "in", "to", "after",
		"when", "if", "every", "each", "quickly", "fast", "still", "too", "yet", "off", "then", "later", "results",
		"sound", "pictures", "quality", "reception", "battery", "performance", "value":
		return true
	}
	return false
}

// wantedMore reports whether the praise at toks[i] is a comparative
// ("more durable", "better", "easier") after "should", "could", "ought
// to" or "need(s) to" and a verb of being or seeming, with a degree
// between ("should feel a bit more durable", "could be more comfortable",
// "needs to be easier"): what it ought to be and is not. Not "should be
// even better" (more of what is already good), nor after a negation
// ("couldn't be more comfortable"), nor a forecast ("it should be better
// now", "things should get better"), a rhetorical question ("what could be
// more fun?") or a wish for renown ("should be more popular").
func wantedMore(low []byte, toks []sentToken, i int) bool {
	j := i - 1
	w := tokWord(low, toks, i)
	switch {
	case j >= 0 && tokWord(low, toks, j) == "more":
		if renown(w) {
			return false // "this band should be more popular": praise of it
		}
		j--
	case w == "better" || strings.HasSuffix(w, "ier") || w == "nicer" || w == "safer" || w == "faster" || w == "cheaper" || w == "sharper" || w == "clearer" || w == "smoother" || w == "quieter" || w == "stronger" || w == "brighter":
	default:
		return false
	}
	for ; j >= 0 && j >= i-6; j-- {
		if toks[j].flags&tEndClause != 0 {
			return false
		}
		switch tokWord(low, toks, j) {
		case "a", "bit", "little", "lot", "much", "way", "far", "slightly", "somewhat", "tad", "touch":
			continue
		case "be", "feel", "look", "sound", "seem", "get":
			k := j - 1
			if k >= 0 && tokWord(low, toks, k) == "to" {
				k--
			}
			if k < 0 || toks[k].flags&tEndClause != 0 {
				return false
			}
			switch tokWord(low, toks, k) {
			case "should", "could", "ought":
				if wordIs(low, &toks[j], "get") || forecastAfter(low, toks, i) || question(toks, i) {
					// "things should get better", "it should be better
					// now": a forecast, not a want; "what could be more
					// fun than this?" asks nothing.
					return false
				}
				fallthrough
			case "need", "needs", "needed":
				return k == 0 || !isNegator(&toks[k-1]) && toks[k-1].info.flags&wNo == 0
			}
			return false
		default:
			return false
		}
	}
	return false
}

// forecastAfter reports whether the clause after the comparative at
// toks[i] says when or after what it will be so, within five words: "it
// should be better now", "should be easier after the update", "the
// weather should be nicer tomorrow". "Should" there forecasts.
func forecastAfter(low []byte, toks []sentToken, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k-1].flags&tEndClause == 0; k++ {
		switch tokWord(low, toks, k) {
		case "now", "soon", "tomorrow", "tonight", "today", "later", "after", "once", "next", "eventually",
			"shortly", "again", "by":
			return true
		}
	}
	return false
}

// renown reports whether w, after "more", rates how known or loved a thing
// is: "should be more popular", "more appreciated", "more successful".
// Wished for, it praises the thing as underrated.
func renown(w string) bool {
	switch w {
	case "popular", "appreciated", "recognized", "recognised", "famous", "successful", "loved", "respected",
		"celebrated", "praised", "admired", "acclaimed", "valued":
		return true
	}
	return false
}

// strokeCount reports whether w counts strokes before "below par": a
// number in digits or a small one in words ("4 below par", "two below
// par").
func strokeCount(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// noneOther is the rating of "no other ... has": praise about as strong as
// VADER's "best" (+3.2) is, short of it.
const noneOther = 2.0

// What noneOtherMatch finds after "no other".
const (
	otherNone    = iota // an absence ("no other way", "there was no other option")
	otherMatched        // none matches it: praise
	otherNews           // none has done a thing: news, no rating
)

// noneOtherMatch reads the "no" at toks[i] where it opens "no other" and
// a noun followed, within five words of its clause, by a verb of having,
// giving or matching ("no other phone has", "no other camera out there
// gives you", "no other film comes close"): otherMatched. Where the verb
// is a perfect tense of anything else ("no other candidate has offered a
// plan", "no other details have been released") it is otherNews; "No
// other way", "there are no other cases available" name an absence.
func noneOtherMatch(low []byte, toks []sentToken, i int) int {
	if i+2 >= len(toks) || toks[i].flags&tEndClause != 0 || tokWord(low, toks, i+1) != "other" {
		return otherNone
	}
	for j := i + 2; j < len(toks) && j <= i+6 && toks[j-1].flags&tEndClause == 0; j++ {
		switch tokWord(low, toks, j) {
		case "has", "have", "had":
			if n := tokWord(low, toks, j+1); n == "been" {
				switch tokWord(low, toks, j+2) {
				case "this", "so", "as", "more", "better":
					// "no other film has been this good"
				default:
					return otherNews // "no other details have been released"
				}
			} else if participle(n) {
				switch n {
				case "matched", "beaten", "topped", "rivaled", "rivalled", "equaled", "equalled", "bettered",
					"surpassed", "delivered", "come", "managed", "achieved":
					// "no other band has matched it"
				default:
					// "no other candidate has offered a plan"; not "no
					// other phone has lasted this long".
					if !clauseHas(low, toks, j+2, "like", "so", "as", "this", "better", "quite") {
						return otherNews
					}
				}
			}
		case "comes", "come", "came":
			// "comes close", not "no other customers came in" or "no
			// other option comes to mind".
			if n := tokWord(low, toks, j+1); n != "close" && n != "closer" && n != "near" {
				return otherNone
			}
		case "can", "could":
			// "no other phone can match it", not "no other agent could
			// help me".
			switch tokWord(low, toks, j+1) {
			case "compare", "match", "beat", "touch", "rival", "top", "compete", "do":
			default:
				return otherNone
			}
		case "gives", "give", "gave", "offers", "offer", "offered", "compares", "compare", "matches", "match",
			"beats", "beat", "rivals", "delivers", "provides":
		default:
			continue
		}
		if j > i+2 && !quantityOrBlame(low, toks, j) {
			return otherMatched
		}
		return otherNone
	}
	return otherNone
}

// participle reports whether w, after "has" or "have", makes a perfect
// tense ("has offered", "have said", "has given") rather than a having.
func participle(w string) bool {
	switch w {
	case "done", "made", "said", "given", "seen", "taken", "shown", "won", "got", "gotten", "found", "come",
		"beaten", "written", "spoken", "chosen", "known", "become", "brought", "put", "run", "set", "met", "held":
		return true
	}
	n := len(w)
	return n >= 5 && w[n-2:] == "ed" && w[n-3:] != "eed"
}

// quantityOrBlame reports whether the clause from toks[j] on compares an
// amount or names blame or a trouble ("no other airline has had so many
// delays", "no other phone has more dropped calls", "no other phone has
// this issue"): the one singled out is singled out for that.
func quantityOrBlame(low []byte, toks []sentToken, j int) bool {
	for k := j; k < len(toks); k++ {
		switch tokWord(low, toks, k) {
		case "many", "much", "more", "worse", "fewer", "less", "most":
			return true
		}
		if toks[k].info.val < 0 && rated(&toks[k]) || troubleWord(low, &toks[k]) {
			return true
		}
		if toks[k].flags&tEndClause != 0 {
			break
		}
	}
	return false
}

// exclaimedHow reports whether w, between a negator and "how", makes the
// clause an exclamation of degree: "can't believe how", "didn't realize
// how", "can't imagine how". Not "don't know how good it is", which
// doubts.
func exclaimedHow(w string) bool {
	switch w {
	case "believe", "realize", "realise", "realized", "realised", "imagine":
		return true
	}
	return false
}

// incredulity reports whether the negator toks[j] is the "can't" of "I
// can't believe" (also "cannot", "couldn't", "can not"): disbelief at
// what it tells, not a denial of it.
func incredulity(low []byte, toks []sentToken, j int) bool {
	if toks[j].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, j+1) {
	case "believe", "belive":
	default:
		return false
	}
	switch tokWord(low, toks, j) {
	case "can't", "cant", "cannot", "couldn't", "couldnt", "can’t", "couldn’t":
		return true
	case "not":
		return modalWord(tokWord(low, toks, j-1))
	}
	return false
}

// exampleWord reports whether toks[j] opens what a word of praise may
// rate without rating the thing: "example", "illustration",
// "demonstration", "way to describe", "word for", "description".
func exampleWord(low []byte, toks []sentToken, j int) bool {
	switch tokWord(low, toks, j) {
	case "example", "examples", "illustration", "demonstration", "description":
		return true
	case "way":
		return tokWord(low, toks, j+1) == "to" && (tokWord(low, toks, j+2) == "describe" || tokWord(low, toks, j+2) == "sum")
	case "word":
		return tokWord(low, toks, j+1) == "for"
	}
	return false
}

// blameInSentence reports whether the sentence of toks[i] holds a word the
// lexicon rates as blame.
func blameInSentence(toks []sentToken, i int) bool {
	s := i
	for s > 0 && toks[s-1].flags&tEndSentence == 0 {
		s--
	}
	for k := s; k < len(toks); k++ {
		if k != i && toks[k].info.val < 0 && rated(&toks[k]) {
			return true
		}
		if toks[k].flags&tEndSentence != 0 {
			break
		}
	}
	return false
}

// expectedOnce reports whether toks[i] is the "would" or "getting" of an
// expectation the writer once held ("so i thought it would be a breeze to
// set this up", "At first I thought I was getting a good deal"): told in
// the past, it is one that did not hold, unless the sentence says it did
// ("... and it was!"). "I thought it was good" is the writer's verdict and
// stays one.
func expectedOnce(low []byte, toks []sentToken, i int) bool {
	k := i - 2
	switch tokWord(low, toks, i) {
	case "would":
	case "getting":
		if w := tokWord(low, toks, i-1); w != "was" && w != "were" {
			return false
		}
		k = i - 3
	default:
		return false
	}
	if k < 1 || toks[k].flags&tEndClause != 0 || toks[k+1].flags&tEndClause != 0 {
		return false
	}
	switch tokWord(low, toks, k+1) {
	case "it", "this", "that", "they", "i", "we", "he", "she", "these":
	default:
		return false
	}
	switch tokWord(low, toks, k) {
	case "thought", "assumed", "figured", "expected", "imagined":
	default:
		return false
	}
	// The writer's own thought: "I thought", not "you thought it would".
	switch tokWord(low, toks, k-1) {
	case "i", "we", "originally", "first", "initially", "honestly", "really", "actually":
	default:
		return false
	}
	// "I thought it would be nice to share this", "I thought it would be
	// a good idea to ask here": a reason for what the writer is doing now,
	// not an expectation of the thing.
	if reasonToAct(low, toks, i) {
		return false
	}
	// "I thought it would be fun, and it was!", "... and it totally was":
	// an expectation met.
	for j := i + 1; j+2 < len(toks) && toks[j-1].flags&tEndSentence == 0; j++ {
		if wordIs(low, &toks[j], "and") {
			v := j + 2
			switch tokWord(low, toks, v) {
			case "totally", "really", "definitely", "absolutely", "certainly", "truly", "so", "indeed":
				v++
			}
			switch tokWord(low, toks, v) {
			case "was", "is", "did", "does", "were", "am", "sure", "exceeded", "delivered":
				if tokWord(low, toks, v+1) != "not" && tokWord(low, toks, v+1) != "n't" {
					return false
				}
			}
		}
	}
	return true
}

// reasonToAct reports whether the clause after the "would" at toks[i] is a
// reason the writer gives for what they do: "an idea", or "to" and a verb
// of telling or asking ("would be nice to share", "would be helpful to
// post this", "a good place to ask").
func reasonToAct(low []byte, toks []sentToken, i int) bool {
	for k := i + 1; k+1 < len(toks) && k <= i+7 && toks[k-1].flags&tEndClause == 0; k++ {
		switch tokWord(low, toks, k) {
		case "idea":
			return true
		case "to":
			switch tokWord(low, toks, k+1) {
			case "share", "post", "ask", "say", "mention", "write", "let", "leave", "add", "tell", "pass",
				"point", "note", "thank", "reach", "update", "chime", "drop", "give", "show", "start":
				return true
			}
		}
	}
	return false
}

// skillValence rates a skill learned, an achievement less than
// VADER's "accomplished" (1.9).
const skillValence = 1.0

// learnedSkill reads "learned to V", "is learning how to V": a skill
// gained or being gained is an achievement ("she's learning to crawl",
// "finally learned to ride a bike"). Not what one learned to bear
// ("learned to live with it", "learned to deal with the flaws"), nor a
// bare "learn to", as often a reproach ("learn to drive!"), nor a
// negated one ("never learned to swim"), nor one whose verb is rated
// ("learned to love it"), which rates itself. "Learning" counts as a verb
// after a form of "be" or opening its clause ("learning to code is
// fun"), not as a noun ("uses machine learning to predict").
func learnedSkill(low []byte, toks []sentToken) {
	for i := range toks {
		t := &toks[i]
		if t.info.flags&wLearned == 0 || t.val != 0 || t.span != 0 || t.flags&(tNegScope|tNegated|tEndClause) != 0 {
			continue
		}
		if tokWord(low, toks, i) == "learning" && i > 0 && toks[i-1].flags&tEndClause == 0 {
			switch tokWord(low, toks, i-1) {
			case "am", "is", "are", "was", "were", "be", "been", "i'm", "she's", "he's", "we're", "they're",
				"you're", "it's", "i’m", "she’s", "he’s", "we’re", "they’re", "you’re", "im", "finally", "still":
			default:
				continue
			}
		}
		j := i + 1
		if tokWord(low, toks, j) == "how" && toks[i].flags&tEndClause == 0 {
			j++
		}
		if j+1 >= len(toks) || tokWord(low, toks, j) != "to" || toks[j-1].flags&tEndClause != 0 ||
			toks[j].flags&tEndClause != 0 {
			continue
		}
		if v := &toks[j+1]; v.val != 0 || v.span != 0 {
			continue
		}
		switch tokWord(low, toks, j+1) {
		case "live", "deal", "cope", "put", "accept", "tolerate", "ignore", "avoid", "hate", "fear", "distrust",
			"mistrust", "expect", "stop", "dread", "lie", "settle", "suffer", "endure", "survive", "hide", "lower",
			"be", "keep", "never", "not":
			continue
		}
		t.val = skillValence
	}
}

// expectationValence rates an expectation of more or better, as the idiom
// "expected more" is rated.
const expectationValence = -1.2

// expectedMore reads an expectation of more or better than was had: a
// verb of expecting ("expect", "expected", "would expect") and, within six
// words in its clause, "more" or "better" ("would expect a great deal
// more", "I expect it to work far better"). The praise in that stretch is
// what was expected, not what was had, so it is negated, and an unrated
// "more" is the let-down itself. A negated expectation ("didn't expect
// more") and one that was met ("better than expected") are left alone.
func expectedMore(low []byte, toks []sentToken) {
	for i := range toks {
		if toks[i].info.flags&wExpect == 0 {
			continue
		}
		switch tokWord(low, toks, i) {
		case "expect", "expected", "expecting":
		default:
			continue
		}
		if toks[i].flags&tEndClause != 0 || toks[i].span != 0 || toks[i].flags&tNegated != 0 {
			continue
		}
		if i > 0 && (isNegator(&toks[i-1]) || i > 1 && isNegator(&toks[i-2]) && toks[i-2].flags&tEndClause == 0) {
			if k := i - 1; tokWord(low, toks, k) == "just" || !isNegator(&toks[k]) {
				deniedExpectation(low, toks, i, k-1)
			} else {
				deniedExpectation(low, toks, i, k)
			}
			continue
		}
		// The writer's own expectation: "I expect", "would expect", "I was
		// expecting", "we had expected"; not "than expected", "as
		// expected", nor a forecast ("analysts expect more rate cuts").
		if i == 0 || toks[i-1].flags&tEndClause != 0 {
			continue
		}
		switch tokWord(low, toks, i-1) {
		case "i", "we", "would", "should", "could", "i'd", "we'd", "i’d", "we’d", "one", "had", "was", "were",
			"really", "honestly", "definitely", "certainly", "just", "still", "kinda", "somewhat":
		default:
			continue
		}
		end := -1
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			if w := tokWord(low, toks, j); w == "more" || w == "better" {
				end = j
				break
			}
			if toks[j].flags&tEndClause != 0 || toks[j].span != 0 {
				break
			}
		}
		if end < 0 {
			continue
		}
		if end+1 < len(toks) && toks[end].flags&tEndClause == 0 && toks[end+1].val > 0 {
			continue // "I expect more great things from them": a hope
		}
		if wordIs(low, &toks[i], "expect") && !modalExpect(tokWord(low, toks, i-1)) &&
			(!demandedMore(low, toks, end) || wordIs(low, &toks[end-1], "get")) {
			// A bare present "expect" forecasts ("We expect more details
			// later today", "I expect things to get better", "I expect
			// more people will love it") unless the more is asked of
			// someone or set against this one ("I expect better from
			// Apple", "I expect more.", "far better than this thing does").
			continue
		}
		for j := i + 1; j < len(toks); j++ {
			if toks[j].val > 0 {
				negateAt(toks, j, i)
			}
			if toks[j].flags&tEndClause != 0 {
				break
			}
		}
		if toks[end].val == 0 {
			toks[end].val = expectationValence
			toks[end].modStart = toks[i].start
		}
	}
}

// deniedExpectation negates the praise of what one can't or shouldn't
// expect a thing or person to be or do, where toks[neg] is the negator of
// the "expect" at toks[i]: "You can't just expect us to be happy", "Don't
// expect it to be good", "I wouldn't expect a great meal". A past
// expectation ("I didn't expect it to be this good") is surprise, not
// denial, and is left alone, as is praise measured by "this", "that" or
// "so", and a smiley ("don't expect me to be on there at all :)").
func deniedExpectation(low []byte, toks []sentToken, i, neg int) {
	switch tokWord(low, toks, neg) {
	case "can't", "cant", "cannot", "can’t", "don't", "dont", "don’t", "shouldn't", "shouldnt", "shouldn’t",
		"wouldn't", "wouldnt", "wouldn’t", "won't", "wont", "won’t", "never":
	case "not":
		switch tokWord(low, toks, neg-1) {
		case "do", "can", "should", "would", "will":
		default:
			return
		}
	default:
		return
	}
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if toks[j].val > 0 && toks[j].flags&(tNegated|tEmoji|tEmoticon) == 0 {
			switch tokWord(low, toks, j-1) {
			case "this", "that", "so":
			default:
				negateAt(toks, j, neg)
			}
		}
		if toks[j].flags&tEndClause != 0 {
			break
		}
	}
}

// modalExpect reports whether w, before "expect", makes the expectation
// one of what ought to be: "would expect", "should expect", "I'd expect".
func modalExpect(w string) bool {
	switch w {
	case "would", "should", "could", "i'd", "we'd", "i’d", "we’d":
		return true
	}
	return false
}

// demandedMore reports whether the "more" or "better" at toks[end] of a
// present "expect" is asked of someone or measured against the thing: it
// ends its clause, or "from" or "than" follows within eight words of its
// sentence ("I expect better from Apple", "I expect it to work far better
// and with greater ease than this thing does").
func demandedMore(low []byte, toks []sentToken, end int) bool {
	if end+1 >= len(toks) || toks[end].flags&tEndClause != 0 {
		return true
	}
	for k := end + 1; k < len(toks) && k <= end+8 && toks[k-1].flags&tEndSentence == 0; k++ {
		switch tokWord(low, toks, k) {
		case "from", "than":
			return true
		}
	}
	return false
}

// americanSpelling writes into buf the American spelling of a British one
// ("favourite" -> "favorite", "mesmerising" -> "mesmerizing", "realised"
// -> "realized"): "our" after the first letter of a word of six letters or
// more, and "is" of the endings -ise, -ised, -ising, -isation. The caller
// takes the result only where it is a rated word.
func americanSpelling(w []byte, buf []byte) ([]byte, bool) {
	if len(w) < 6 || len(w) > 60 {
		return nil, false
	}
	// The first "our", found by a loop: bytes.Index costs more on words
	// this short, and every unknown word comes here.
	for k := 0; k+3 <= len(w); k++ {
		if w[k] != 'o' || w[k+1] != 'u' || w[k+2] != 'r' {
			continue
		}
		if k == 0 {
			break
		}
		buf = append(append(append(buf, w[:k]...), 'o', 'r'), w[k+3:]...)
		return buf, true
	}
	// At most one ending fits a word. Each is written out, not looped
	// over, so that the comparisons are with constants.
	var end string
	switch {
	case hasSuffix(w, "ise"):
		end = "ise"
	case hasSuffix(w, "ised"):
		end = "ised"
	case hasSuffix(w, "ises"):
		end = "ises"
	case hasSuffix(w, "ising"):
		end = "ising"
	case hasSuffix(w, "isation"):
		end = "isation"
	case hasSuffix(w, "isations"):
		end = "isations"
	default:
		return nil, false
	}
	if len(w) <= len(end)+2 {
		return nil, false
	}
	k := len(w) - len(end)
	buf = append(append(append(buf, w[:k]...), 'i', 'z'), w[k+2:]...)
	return buf, true
}

// hyphenPrefix reports whether p is a prefix that English writes with or
// without a hyphen: "over", "under", "sub", "non", "un", "mis", "dis",
// "out", "super".
func hyphenPrefix(p []byte) bool {
	switch string(p) {
	case "over", "under", "sub", "non", "un", "mis", "dis", "out", "super":
		return true
	}
	return false
}

// worksValence rates a thing that works, said plainly ("it works!"), next
// to the idiom "works for me" (1.5) and VADER's "fine" (0.8).
const worksValence = 1.2

// itWorks reports whether toks[i] is "works" or "worked" ending its
// clause (or before "and") after "it", "this", "that", "this one" or
// "everything", with no "if", "whether", "how", "what", "when", "until",
// "once" or "see" before them in the clause: "Portable and it works.",
// "This one works and was priced right". "See if that works", "how it
// works" and "when it works" are no verdict, and a negated "work" is read
// by negatedWork.
func itWorks(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "works", "worked":
	default:
		return false
	}
	if i == 0 || toks[i-1].flags&tEndClause != 0 {
		return false
	}
	if toks[i].flags&tEndClause == 0 && i+1 < len(toks) && !wordIs(low, &toks[i+1], "and") {
		return false
	}
	if toks[i].flags&tQuestion != 0 {
		return false
	}
	// "It works, but barely.", "it works, sort of": a verdict taken back.
	if toks[i].flags&tEndSentence == 0 {
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			switch tokWord(low, toks, j) {
			case "barely", "sort", "kind", "kinda", "sorta", "sometimes", "occasionally", "intermittently":
				return false
			}
			if toks[j].flags&tEndSentence != 0 {
				break
			}
		}
	}
	// Up to two adverbs between: "it still works", "it pretty much works".
	k := i - 1
	for n := 0; n < 2; n++ {
		switch tokWord(low, toks, k) {
		case "still", "just", "really", "actually", "definitely", "totally", "finally", "now", "also", "pretty",
			"much", "basically", "mostly", "usually", "always":
			if k == 0 || toks[k-1].flags&tEndClause != 0 {
				return false
			}
			k--
			continue
		}
		break
	}
	switch tokWord(low, toks, k) {
	case "it", "this", "that", "everything":
	case "one":
		if k == 0 || !wordIs(low, &toks[k-1], "this") {
			return false
		}
		k--
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].flags&tEndClause == 0; j-- {
		switch tokWord(low, toks, j) {
		case "if", "whether", "how", "what", "when", "until", "once", "see", "hope", "hoping", "unless", "before",
			"that", "none", "nothing", "no", "neither", "nor", "crossed", "hopefully", "pray", "praying":
			return false // "the rare instance that it worked", "None of it works"
		}
		if isNegator(&toks[j]) {
			return false
		}
	}
	return true
}

// rocksValence rates the verb "rock" of praise, next to VADER's "cool" 1.3
// and "awesome" 3.1.
const rocksValence = 2.0

// rocksVerb reports whether toks[i] is the verb of praise "rocks",
// "rocked" or "rock": after a subject ("This PDA rocks", "Virgin Wireless
// rocks and so does this phone"; "rock" only after "you", "they", "we")
// and ending its clause or going on to "and" or an object of the first
// or second person ("rocks my socks", "rocked my world"; not "an
// earthquake rocked the city"). After a determiner, a preposition or "and"
// it is the noun: "on the rocks", "ice and rocks everywhere", "rock music".
func rocksVerb(low []byte, toks []sentToken, i int) bool {
	w := tokWord(low, toks, i)
	switch w {
	case "rocks", "rocked", "rock", "rox", "rockz":
	default:
		return false
	}
	if i == 0 || toks[i-1].flags&tEndClause != 0 || toks[i].flags&tQuestion != 0 {
		return false
	}
	prev := tokWord(low, toks, i-1)
	if w == "rock" {
		switch prev {
		case "you", "u", "they", "we", "ya", "y'all", "yall", "guys":
		default:
			return false
		}
	}
	switch prev {
	case "the", "a", "some", "these", "those", "of", "with", "and", "or", "on", "in", "at", "from", "into", "big",
		"small", "little", "any", "no", "many", "few", "two", "three", "throw", "throwing", "threw", "thrown",
		"like", "than", "hard", "solid", "to", "my", "your", "his", "her", "our", "their", "its", "gem", "classic",
		"punk", "indie", "alt", "soft", "glam", "prog", "acid", "kidney", "pet", "moon", "space", "lava", "sharp",
		"loose", "falling", "was", "were", "is", "are", "be", "get", "got", "by":
		return false
	}
	if w != "rock" && rocksObject(low, toks, i) || rockedThing(tokWord(low, toks, i-1)) {
		return false
	}
	if toks[i].flags&tEndClause != 0 || i+1 == len(toks) || toks[i+1].flags&(tEmoji|tEmoticon) != 0 {
		return true
	}
	// "rocks my world", "rocked my socks": an object of the first or
	// second person. "The quake rocked the city", "scandal rocks the
	// government" and "the loss rocked our family" shake.
	switch tokWord(low, toks, i+1) {
	case "my", "your", "our":
		switch tokWord(low, toks, i+2) {
		case "world", "socks", "face":
			return !blameInSentence(toks, i)
		}
		return false
	case "and", "so", "because", "hard", "too":
		return true
	}
	return false
}

// rocksObject reports whether the "rocks" at toks[i] is the object of the
// verb before it: "My salad had rocks", "I found rocks", "protesters
// hurled rocks", "climbing rocks". The verb is a listed one of having,
// finding or handling; a word after a subject pronoun ("he throws
// rocks"); a past form of six letters or more ("hurled", "collected");
// or a bare -ing form ("Climbing rocks", not "the writing rocks").
func rocksObject(low []byte, toks []sentToken, i int) bool {
	prev := tokWord(low, toks, i-1)
	switch prev {
	case "had", "has", "have", "found", "find", "finding", "contains", "contain", "contained", "throws",
		"hurl", "hurls", "collect", "collects", "hit", "hits", "climb", "climbs", "pick", "picks", "stack",
		"tiny", "huge", "large", "smooth":
		return true
	case "still", "really", "just", "so", "also", "always", "definitely", "totally", "truly", "absolutely", "seriously":
		return false // "he really rocks"
	}
	if i >= 2 && toks[i-2].flags&tEndClause == 0 && !strings.HasSuffix(prev, "ly") {
		switch tokWord(low, toks, i-2) {
		case "i", "we", "you", "he", "she", "they":
			return true
		}
	}
	if len(prev) >= 6 && strings.HasSuffix(prev, "ed") {
		return true
	}
	return len(prev) > 5 && strings.HasSuffix(prev, "ing") && !strings.HasSuffix(prev, "thing") &&
		(i < 2 || toks[i-2].flags&tEndClause != 0 || !determiner(tokWord(low, toks, i-2)))
}

// rockedThing reports whether w names a thing that rocks as it moves: "the
// boat rocked", "the ground rocked", "the building rocked".
func rockedThing(w string) bool {
	switch w {
	case "boat", "boats", "ship", "ferry", "ground", "earth", "house", "building", "buildings", "chair", "cradle",
		"car", "plane", "train", "bus", "bridge", "floor", "walls", "windows", "tower":
		return true
	}
	return false
}

// promptValence rates "prompt" said of a service, as earshot's "promptly"
// (1.3) is rated.
const promptValence = 1.3

// promptAdjective reports whether toks[i] is the adjective "prompt": after
// a copula or a degree adverb ("was prompt", "very prompt"), or before a
// noun of service ("prompt delivery", "prompt reply"). The verb ("to
// prompt a response", "prompt Apple to lower prices") and the noun ("the
// command prompt", "at the prompt") are left alone.
func promptAdjective(low []byte, toks []sentToken, i int) bool {
	if !wordIs(low, &toks[i], "prompt") {
		return false
	}
	if i > 0 && toks[i-1].flags&tEndClause == 0 {
		switch tokWord(low, toks, i-1) {
		case "very", "so", "always", "really", "extremely", "quite", "super", "is", "was", "were", "are", "been",
			"be", "fairly", "pretty", "incredibly", "remarkably", "reasonably", "consistently":
			return true
		}
	}
	if toks[i].flags&tEndClause == 0 {
		switch tokWord(low, toks, i+1) {
		case "service", "delivery", "shipping", "shipment", "response", "responses", "reply", "replies", "attention",
			"payment", "refund", "replacement", "follow-up", "seating":
			// Not after "a" or "no": "still waiting on a prompt reply",
			// "no prompt response from support" ask for it or miss it.
			switch tokWord(low, toks, i-1) {
			case "a", "an", "no", "any":
				return false
			}
			return true
		}
	}
	return false
}

// thanThis reports whether the comparative at toks[i] is compared "than
// this" ("than these", "than it", "than mine"): the thing reviewed is the
// lesser. "Better than it was", "than it used to be" compare the thing
// with itself, improved.
func thanThis(low []byte, toks []sentToken, i int) bool {
	if i+2 >= len(toks) || toks[i].flags&tEndClause != 0 || !wordIs(low, &toks[i+1], "than") {
		return false
	}
	switch tokWord(low, toks, i+2) {
	case "this", "these", "it", "mine", "ours":
		if i+3 < len(toks) && toks[i+2].flags&tEndClause == 0 {
			switch tokWord(low, toks, i+3) {
			case "was", "were", "used", "had", "did", "has", "ever", "once":
				return false
			}
		}
		return true
	}
	return false
}

// deniedBefore reports whether a negation, "few" or "any" ("anything",
// "anyone") comes up to five words before toks[i] in its clause ("nothing
// more fun than this", "few things are more satisfying than this", "I
// can't think of anything more fun than this", "you won't find a car more
// reliable than this"): a comparison that no other thing wins.
func deniedBefore(low []byte, toks []sentToken, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5 && toks[j].flags&tEndClause == 0; j-- {
		if isNegator(&toks[j]) || toks[j].info.flags&wNo != 0 {
			return true
		}
		switch tokWord(low, toks, j) {
		case "few", "any", "anything", "anyone", "anybody", "anywhere":
			return true
		}
	}
	return false
}

// modalWord reports whether w is a modal verb of ability, as in front of
// "not" or with its "n't" taken off ("ca", "could").
func modalWord(w string) bool {
	switch w {
	case "can", "ca", "could":
		return true
	}
	return false
}

// negatorPhrases reads negators of two words. The "one" of "no one" is
// a negator, as "nobody" is ("no one could help me", "no one was hurt").
// A "not" (or a word in n't) before "only", "just", "merely" or "simply"
// is none: "not only fixed the problem but also cleaned up the code",
// "it's not just fast, it's also quiet", "I'm not just happy, I'm
// thrilled", "it isn't merely bad" say the thing and more, and deny
// nothing. "Not just yet", "it's not just" (fair) and an inability ("I
// can't simply open a folder"; not "I won't just complain") are left.
func negatorPhrases(low []byte, toks []sentToken) {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].info.flags&wNo != 0 && toks[i].flags&tEndClause == 0 && tokWord(low, toks, i+1) == "one" {
			// "no one could help me" negates as "nobody" does.
			toks[i+1].info.flags |= wNegator
			continue
		}
		if !isNegator(&toks[i]) || toks[i].flags&tEndClause != 0 {
			continue
		}
		switch w := tokWord(low, toks, i); {
		case w == "not" && (i == 0 || !modalWord(tokWord(low, toks, i-1))):
		case toks[i].flags&tNt != 0 && !modalWord(strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")):
		default:
			// "I can't simply open a folder", "you can't just ignore
			// us": what cannot be done is denied.
			continue
		}
		switch tokWord(low, toks, i+1) {
		case "only", "just", "merely", "simply":
		default:
			continue
		}
		if toks[i+1].flags&tEndClause != 0 || tokWord(low, toks, i+2) == "yet" {
			continue
		}
		toks[i].info.flags &^= wNegator
		toks[i].flags &^= tNt
	}
}

// hungOnThing reports whether the words from toks[i], after "hung up on",
// say when or where a thing was hung rather than who was hung up on:
// "on time", "on schedule", "on the wall", "on a hook". A person ("on
// me"), and a device that hangs ("hangs up on file transfer"), keep the
// idiom.
func hungOnThing(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "time", "schedule":
		return true
	case "the", "a", "its", "his", "her", "their", "my":
		switch tokWord(low, toks, i+1) {
		case "wall", "walls", "hook", "hooks", "nail", "peg", "pegs", "line", "rack", "hanger", "door", "fence", "tree":
			return true
		}
	}
	return false
}

// plainSense reports whether the idiom of the words ending at toks[i] is
// said in its plain sense there, by what follows or stands near it: "did
// little to the schedule" (the idiom needs a verb after "to": "did little
// to help"); dividends that a company or a stock pays ("paid dividends to
// shareholders", "the stock pays dividends quarterly"; not "the reforms
// are paying dividends"); a road or a ride that "goes downhill to the
// river" (not "went downhill from there"); a thing "got it right there" or
// "right away" (a place or a time); trees that "bear fruit"; "4 below par"
// (a golf score, better than par); "he hung up on time", "hung up on the
// wall"; "We will be back after the break" (a broadcast); "in case you
// need to return it", "The team returned it to the museum" (a condition,
// or someone else's errand); and "support for" that does not open its
// clause ("customer support for 2 hours", "thanks for your support for
// us"; only a poll's, "Support for the measure fell", is the idiom).
func plainSense(low []byte, toks []sentToken, words []string, i int) bool {
	n, first, last := len(words), words[0], words[len(words)-1]
	switch first {
	case "return", "returned", "returning":
		if conditional(low, toks, i+1-n) || thirdParty(low, toks, i+1-n) {
			return true
		}
	case "support":
		if n == 2 && last == "for" && (i > 1 && toks[i-2].flags&tEndClause == 0 || featureProvided(low, toks, i)) {
			return true
		}
	}
	end := toks[i].flags&tEndClause != 0 || i+1 >= len(toks)
	next := tokWord(low, toks, i+1)
	switch last {
	case "par":
		return strokeCount(tokWord(low, toks, i-n))
	case "on":
		return hungOnThing(low, toks, i+1)
	case "back":
		return backAfterBreak(low, toks, i)
	case "to":
		switch tokWord(low, toks, i-1) {
		case "downgrade":
			// "a downgrade to the old model" is the noun of blame.
			switch tokWord(low, toks, i-2) {
			case "a", "the", "big", "huge", "major", "real", "serious", "massive", "clear":
				return true
			}
			return false
		case "devolved":
			// "devolved to the point of parody".
			return tokWord(low, toks, i+1) == "the" && tokWord(low, toks, i+2) == "point"
		case "props", "out", "outs", "shoutout", "shoutouts":
			return false // thanks to whoever follows: "props to the driver"
		}
		return !end && determiner(next)
	case "through":
		// A ship "sailed through the strait" went on water; a bill or a
		// student "sailed through" passed with ease.
		if !end {
			k := i + 1
			if determiner(next) {
				k++
			}
			switch tokWord(low, toks, k) {
			case "harbour", "harbor", "strait", "straits", "canal", "channel", "bay", "sea", "seas", "waters",
				"water", "gulf", "sound", "passage", "lock", "locks", "night", "storm", "fog", "islands":
				return true
			}
		}
	case "dividends":
		if !end {
			switch next {
			case "to", "of", "on", "quarterly", "annually", "monthly", "per", "each", "every", "totaling", "totalling":
				return true
			}
		}
		for j := i - 2; j >= 0 && j >= i-5 && toks[j].flags&tEndClause == 0; j-- {
			switch tokWord(low, toks, j) {
			case "stock", "stocks", "shares", "company", "companies", "firm", "firms", "fund", "funds", "bank",
				"banks", "utility", "utilities", "insurer", "insurers", "trust", "reit", "reits":
				return true
			}
		}
	case "right":
		// "got it right there on the counter", "I got it right away".
		switch next {
		case "there", "here", "away", "now", "back", "off", "after", "before", "next", "behind", "outside":
			return !end
		}
	case "fruit":
		// "Apple trees bear fruit after three years."
		for j := i - 2; j >= 0 && j >= i-4 && toks[j].flags&tEndClause == 0; j-- {
			switch tokWord(low, toks, j) {
			case "tree", "trees", "plant", "plants", "vine", "vines", "bush", "bushes", "shrub", "shrubs", "orchard",
				"orchards", "variety", "varieties", "cultivar", "cultivars", "seedling", "seedlings":
				return true
			}
		}
	case "downhill":
		switch next {
		case "toward", "towards", "into":
			return !end
		case "to":
			return !end && (tokWord(low, toks, i+2) != "the" || tokWord(low, toks, i+3) != "point") // "went downhill to the point of"
		}
	}
	return false
}

// seaState reports whether toks[i] is "rough" or "choppy" said of water,
// before it ("rough seas", "choppy waters") or after a verb of being:
// "the sea was rough", "the seas were very choppy", "the water got rough".
func seaState(low []byte, toks []sentToken, i int) bool {
	switch tokWord(low, toks, i) {
	case "rough", "choppy":
	default:
		return false
	}
	if i+1 < len(toks) && toks[i].flags&tEndClause == 0 && waterNoun(tokWord(low, toks, i+1)) {
		return true
	}
	c := i - 1
	switch tokWord(low, toks, c) {
	case "very", "too", "quite", "so", "really", "pretty", "fairly", "extremely":
		c--
	}
	switch tokWord(low, toks, c) {
	case "was", "were", "is", "are", "got", "gets", "became", "becomes", "turned", "remained", "stayed", "be", "been":
	default:
		return false
	}
	if c < 1 || toks[c-1].flags&tEndClause != 0 {
		return false
	}
	return waterNoun(tokWord(low, toks, c-1))
}

// waterNoun reports whether w names water whose state the weather sets:
// "sea", "waters", "waves", "crossing"...
func waterNoun(w string) bool {
	switch w {
	case "sea", "seas", "ocean", "lake", "water", "waters", "waves", "surf", "bay", "river", "channel", "crossing", "swell":
		return true
	}
	return false
}

// featureProvided reports whether the clause of the "support for" that
// ends at toks[i] goes on to say that the support is provided: "Support
// for Linux is included", "support for HDR was added in the update". That
// is a feature of a product, not a poll's support.
func featureProvided(low []byte, toks []sentToken, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+6 && toks[j-1].flags&tEndClause == 0; j++ {
		switch tokWord(low, toks, j) {
		case "included", "includes", "added", "adds", "available", "built", "built-in", "provided", "enabled",
			"integrated", "introduced", "offered", "native", "improved", "arrives", "arrived", "landed", "coming":
			return true
		}
	}
	return false
}

// taskBeast rates a task that "was a beast" (hard), between VADER's
// "tough" -0.5 and "difficult" -1.5.
const taskBeast = -1.0

// beastReading rates "a beast" said of a task as hard (taskBeast) and
// leaves praise of a machine or a player at val.
func beastReading(low []byte, toks []sentToken, start int, val float64) float64 {
	if beastOfTask(low, toks, start) {
		return taskBeast
	}
	return val
}

// beastOfTask reports whether the "a beast" that starts at toks[b] is said
// of a task, which it calls hard, not of a machine or a player, which it
// praises: after a copula whose subject is a task ("the exam was a
// beast", "the final boss is an absolute beast") or opens with a gerund
// ("assembling the wardrobe was a beast"). "This truck is a beast" is
// praise.
func beastOfTask(low []byte, toks []sentToken, b int) bool {
	c := b - 1
	if w := tokWord(low, toks, c); w == "an" || w == "a" {
		c-- // "an absolute beast"
	}
	switch tokWord(low, toks, c) {
	case "was", "is", "be", "been", "are", "were":
	default:
		return false
	}
	for j := c - 1; j >= 0 && j >= c-5 && toks[j].flags&tEndClause == 0; j-- {
		w := tokWord(low, toks, j)
		switch w {
		case "exam", "exams", "test", "final", "finals", "course", "class", "hike", "climb", "hill", "trail",
			"route", "drive", "commute", "shift", "job", "task", "project", "assignment", "homework", "paper",
			"essay", "workout", "assembly", "setup", "install", "installation", "level", "boss", "stage",
			"puzzle", "interview", "move", "semester", "week", "day", "marathon", "race":
			return true
		}
		if j == 0 || toks[j-1].flags&tEndClause != 0 {
			// The clause opens with a gerund: "Assembling it was a beast";
			// not "Everything about it", "This morning's".
			switch w {
			case "morning", "evening", "building", "wedding", "spring", "string", "ceiling", "clothing", "ending", "sibling":
				return false
			}
			return len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing")
		}
	}
	return false
}
