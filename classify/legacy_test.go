package classify

// The classification path as it was before the speed work (regexp cues,
// whatlanggo's own detector, regexp brand matching), copied so that
// BenchmarkClassifyLegacy gives the baseline in the same run and
// TestLegacyEquivalence can compare outputs on texts beyond the golden file.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
	"github.com/earshot-dev/earshot/post"
	"math"
	"unicode/utf8"
)

// legacyComplaintScore is ComplaintScore over legacyComplaintFeatures.
func legacyComplaintScore(text string) float64 {
	z := complaintBias
	for _, f := range legacyComplaintFeatures(text) {
		z += complaintWeights[f.Index] * f.Value
	}
	return sigmoid(z)
}

// legacyIntents is intents as first written.
func legacyIntents(text string, complaint bool) []string {
	return regexpIntents(text, complaint)
}

// analyze classifies a post made of title and text for brands. declared is
// the language the feed declared, used when detection is unsure.
func legacyAnalyze(c *Classifier, title, text, declared string, brands []brand) result {
	var r result
	whole := strings.TrimSpace(title + " " + text)
	r.language = legacyLanguage(whole)
	r.scoredLang = r.language
	if r.scoredLang == "" {
		r.scoredLang = primaryLanguage(declared)
	}
	scored := scoredLanguage(r.scoredLang, whole)
	r.sentiment, r.score = Unscored, 0
	if scored {
		sent := c.scorer.Score(whole)
		r.sentiment, r.score, r.terms = sent.Label, sent.Score, sent.Terms
		// The complaint model and the intent cues are English too.
		r.complaintScore = legacyComplaintScore(whole)
		r.complaint = r.complaintScore >= ComplaintThreshold
		r.intents = legacyIntents(whole, r.complaint)
	}
	texts := []string{title, text}
	found := make([]mentionResult, len(brands))
	var allSpans [][]int // body mentions of every mentioned brand
	for i := range brands {
		found[i] = brands[i].legacyRelevance(texts)
		if found[i].relevance >= MentionThreshold {
			allSpans = append(allSpans, found[i].spans[1]...)
		}
	}
	mentioned := 0
	var contexts []string
	for i := range brands {
		m := found[i]
		if len(m.spans[0]) == 0 && len(m.spans[1]) == 0 {
			continue
		}
		ba := BrandAnalysis{Brand: brands[i].name, Relevance: m.relevance, Terms: m.terms}
		ba.Mentioned = m.relevance >= MentionThreshold
		ctx := ""
		if ba.Mentioned {
			mentioned++
			// A title names what the whole post is about; a mention in
			// the body is about the sentences around it.
			if len(m.spans[0]) > 0 {
				ctx = whole
			} else {
				others := slices.DeleteFunc(slices.Clone(allSpans), func(sp []int) bool {
					return slices.ContainsFunc(m.spans[1], func(own []int) bool { return own[0] == sp[0] })
				})
				ctx = brandContext(text, m.spans[1], others)
			}
			ba.Sentiment = Unscored
			if scored {
				sent := c.scorer.Score(ctx)
				ba.Sentiment, ba.SentimentScore = sent.Label, sent.Score
				ba.Terms = appendNew(ba.Terms, sent.Terms)
			}
		}
		contexts = append(contexts, ctx)
		r.brands = append(r.brands, ba)
	}
	for i := range r.brands {
		ba := &r.brands[i]
		if !ba.Mentioned || !scored {
			continue
		}
		// A complaint is about a brand when the sentences around its
		// mention are one on their own, or when it is the only brand the
		// complaining post mentions.
		complaint := legacyComplaintScore(contexts[i])
		score := ba.SentimentScore
		if mentioned == 1 {
			// The only brand a post names is what the whole post is
			// about, unless what is said of the brand itself is positive.
			complaint = max(complaint, r.complaintScore)
			if ba.Sentiment != post.Positive {
				score = min(score, r.score)
			}
		}
		ba.Complaint = complaint >= ComplaintThreshold
		ba.Criticism = score <= CriticismSentiment || (complaint >= CriticismComplaint && ba.Sentiment != post.Positive)
	}
	return r
}

// Classify fills p's Sentiment, SentimentScore, Brands, Mentions, Complaint,
// ComplaintScore, Intents and Criticism, and Language when the feed declared
// none. The post's sentiment is that of the title and text together; each
// mention's is that of the sentences around it. A post in a language other
// than English gets Sentiment Unscored with score 0, and no complaint or
// intents: the models read English only.
//
// Criticism lists the mentioned brands that the post complains about or
// whose mention sentiment is negative: a complaint with little negative
// vocabulary ("still waiting for my refund") is criticism, and so is plain
// abuse that reports no problem.
func legacyClassify(c *Classifier, p *post.Post) {
	if p == nil {
		return
	}
	r := legacyAnalyze(c, p.Title, p.Text, p.Language, c.brands)
	if p.Language == "" {
		p.Language = r.language
	}
	p.Sentiment, p.SentimentScore = r.sentiment, r.score
	p.Complaint, p.ComplaintScore = r.complaint, r.complaintScore
	p.Intents = r.intents
	p.Brands, p.Criticism, p.Mentions = nil, nil, nil
	for _, b := range r.brands {
		if !b.Mentioned {
			continue
		}
		p.Brands = append(p.Brands, b.Brand)
		p.Mentions = append(p.Mentions, post.Mention{
			Brand: b.Brand, Relevance: b.Relevance,
			Sentiment: b.Sentiment, Score: b.SentimentScore, Terms: b.Terms,
		})
		if b.Criticism {
			p.Criticism = append(p.Criticism, b.Brand)
		}
	}
	slices.Sort(p.Brands)
	p.Brands = slices.Compact(p.Brands)
	slices.Sort(p.Criticism)
	p.Criticism = slices.Compact(p.Criticism)
	slices.SortFunc(p.Mentions, func(a, b post.Mention) int { return strings.Compare(a.Brand, b.Brand) })
}

// Analyze classifies one text for brandName: a configured brand (matched by
// name, case-insensitively), or when none is configured by that name, an
// ad-hoc brand whose only term is the name. With brandName "" it reports
// every configured brand the text contains.
func legacyAnalyzeText(c *Classifier, brandName, text string) Analysis {
	brands := c.brands
	if name := strings.TrimSpace(brandName); name != "" {
		brands = nil
		for _, b := range c.brands {
			if strings.EqualFold(b.name, name) {
				brands = append(brands, b)
			}
		}
		if len(brands) == 0 {
			if m, err := NewMatcher([]string{name}); err == nil {
				brands = []brand{{name: name, terms: m, termByKey: map[string]string{foldTerm(name): name}}}
			}
		}
	}
	r := legacyAnalyze(c, "", text, "", brands)
	a := Analysis{
		Language:       r.language,
		Sentiment:      r.sentiment,
		SentimentScore: r.score,
		SentimentTerms: r.terms,
		Complaint:      r.complaint,
		ComplaintScore: r.complaintScore,
		Intents:        r.intents,
		Brands:         r.brands,
	}
	if a.Intents == nil {
		a.Intents = []string{}
	}
	if a.Brands == nil {
		a.Brands = []BrandAnalysis{}
	}
	return a
}

func legacyMatchAny(m *Matcher, texts []string) bool {
	for _, t := range texts {
		if m.re.MatchString(t) {
			return true
		}
	}
	return false
}

// ComplaintFeatures returns the sparse feature vector that the complaint
// model scores, for the trainer and the evaluation to share with
// ComplaintScore. The same index may repeat (hash collisions); models sum.
func legacyComplaintFeatures(text string) []ComplaintFeature {
	norm := legacyNormalizeApostrophes(strings.ToLower(text))
	toks := legacyComplaintTokens(norm)
	fs := make([]ComplaintFeature, 0, 2*len(toks)+len(complaintCues)+1)
	// N-grams are scaled so that a long text's many n-grams do not drown
	// the cues: each text's n-gram part has unit L2 norm.
	ngrams := 2*len(toks) + 1
	scale := 1 / math.Sqrt(float64(ngrams))
	prev := "<s>"
	for _, t := range toks {
		fs = append(fs,
			ComplaintFeature{hashIndex("u", t, ""), scale},
			ComplaintFeature{hashIndex("b", prev, t), scale})
		prev = t
	}
	fs = append(fs, ComplaintFeature{hashIndex("b", prev, "</s>"), scale})
	// Letter trigrams of each word, as a second unit-norm block: tweets
	// misspell ("havnig", "recieved") and inflect ("refunded", "refunds"),
	// and trigrams share weight across the spellings. They raised the
	// leave-one-domain-out F1 by 0.02 on the dev tweets.
	start := len(fs)
	for _, t := range toks {
		w := "<" + t + ">"
		for i := 0; i+3 <= len(w); i++ {
			fs = append(fs, ComplaintFeature{hashIndex("c", w[i:i+3], ""), 1})
		}
	}
	if n := len(fs) - start; n > 0 {
		v := 1 / math.Sqrt(float64(n))
		for i := start; i < len(fs); i++ {
			fs[i].Value = v
		}
	}
	for i, c := range complaintCues {
		re := complaintCueRegexps[i]
		src := norm
		if c.name == "handle" || c.name == "url" {
			src = text
		}
		if n := len(re.FindAllStringIndex(src, 8)); n > 0 {
			fs = append(fs, ComplaintFeature{complaintHashDims + i, cueCount(n)})
		}
	}
	return fs
}

// normalizeApostrophes turns typographic apostrophes into ASCII ones, so
// "don’t" and "don't" are one word to the cues and the n-grams.
func legacyNormalizeApostrophes(s string) string {
	return strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'").Replace(s)
}

// complaintTokens splits lower-cased text into words. Handles, URLs and
// numbers become placeholders: the dev tweets name a few dozen companies,
// and a model that learned their handles would not carry to others.
func legacyComplaintTokens(text string) []string {
	var toks []string
	for _, f := range strings.Fields(text) {
		switch {
		case strings.HasPrefix(f, "@") && len(f) > 1:
			toks = append(toks, "<user>")
			continue
		case strings.Contains(f, "://"), strings.HasPrefix(f, "www."), strings.HasPrefix(f, "pic.twitter.com"):
			toks = append(toks, "<url>")
			continue
		}
		start := -1
		flush := func(end int) {
			if start < 0 {
				return
			}
			w := strings.Trim(f[start:end], "'")
			start = -1
			if w == "" {
				return
			}
			if strings.ContainsFunc(w, unicode.IsDigit) {
				w = "<num>"
			}
			toks = append(toks, w)
		}
		for i, r := range f {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || unicode.Is(unicode.Mn, r):
				if start < 0 {
					start = i
				}
			default:
				flush(i)
				if r == '?' || r == '!' {
					toks = append(toks, string(r))
				}
			}
		}
		flush(len(f))
	}
	return toks
}

// plainEnglish reports text whose words are ASCII and at least a fifth of
// them English function words, from three different ones. It is a shortcut
// past whatlanggo, which costs a few hundred microseconds a post, for the
// common case; whatlanggo decides the rest.
func legacyPlainEnglish(text string) bool {
	if !mostlyASCIILetters(text) {
		return false
	}
	words, hits := 0, 0
	distinct := map[string]bool{}
	for _, f := range strings.Fields(strings.ToLower(legacyNormalizeApostrophes(text))) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		if w == "" {
			continue
		}
		words++
		if englishFunctionWords[w] {
			hits++
			distinct[w] = true
		}
	}
	return len(distinct) >= 3 && hits*5 >= words
}

// Language returns the ISO 639-1 code of text's language ("en", "de"...),
// or "" when the text is too short or the detector is unsure. Handles, URLs
// and hashtags are left out first: they are names, not language.
func legacyLanguage(text string) string {
	clean := languageText(text)
	letters := 0
	for _, r := range clean {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < minLanguageLetters {
		return ""
	}
	if legacyPlainEnglish(clean) {
		return "en"
	}
	if len(clean) > maxLanguageBytes {
		clean = clean[:maxLanguageBytes]
	}
	info := whatlanggo.DetectWithOptions(clean, languageOptions)
	need := minLanguageConfidence
	if info.Script != unicode.Latin {
		// Outside Latin script the choice is between few languages
		// (Russian or Ukrainian), none of them English: a lesser lead
		// is enough.
		need = minOtherScriptConfidence
	}
	if info.Lang < 0 || info.Confidence < need {
		return ""
	}
	return info.Lang.Iso6391()
}

// praised reports a praise cue that is not negated ("not great"), not
// hypothetical ("would be great if") and not inside a question ("what's
// the best laptop?").
func legacyPraised(low string) bool {
	var sents [][]int // computed once, when first needed
	for _, loc := range praiseCue.FindAllStringIndex(low, -1) {
		// Two words back is all the negation and hypothetical cues look
		// at; a bounded window keeps long posts linear.
		before := low[max(0, loc[0]-40):loc[0]]
		if negated.MatchString(before) || hypothetical.MatchString(before) {
			continue
		}
		if sents == nil {
			sents = sentenceBounds(low)
		}
		if inQuestion(low, sents, loc[0]) {
			continue
		}
		return true
	}
	return false
}

// IndexAll returns the byte offsets [start, end) of every term in text, in
// order, or nil when there is none. A match needs a boundary rune on each
// side, and one rune may be the boundary of two matches ("loquat loquat"),
// so the search restarts right after each term rather than after the rune
// that ended it.
func (m *Matcher) legacyIndexAll(text string) [][]int {
	var out [][]int
	for pos := 0; pos <= len(text); {
		// A restart mid-text must not treat the cut as the start of the
		// text: the rune before pos is the end of the previous term, a
		// word rune, so only a term that itself starts with a non-word
		// rune could wrongly match; step back one rune to see it.
		from := pos
		if from > 0 {
			_, size := utf8.DecodeLastRuneInString(text[:from])
			from -= size
		}
		loc := m.re.FindStringSubmatchIndex(text[from:])
		if loc == nil {
			break
		}
		start, end := loc[2]+from, loc[3]+from
		if start < pos {
			// The match overlaps the previous one; look further on.
			pos++
			continue
		}
		out = append(out, []int{start, end})
		if end <= pos {
			end = pos + 1
		}
		pos = end
	}
	return out
}

// relevance scores how sure it is that texts (the parts of one post) are
// about b. The exclude terms veto; otherwise the best single occurrence of a
// term sets the base, and context and not_context terms anywhere in the post
// move it.
func (b *brand) legacyRelevance(texts []string) mentionResult {
	var res mentionResult
	res.spans = make([][][]int, len(texts))
	found := false
	for i, t := range texts {
		res.spans[i] = b.terms.legacyIndexAll(t)
		found = found || len(res.spans[i]) > 0
	}
	if !found {
		return res
	}
	if b.exclude != nil && legacyMatchAny(b.exclude, texts) {
		res.spans = make([][][]int, len(texts))
		return res
	}
	best, bestTerms := -1.0, []string(nil)
	for i, t := range texts {
		for _, sp := range res.spans[i] {
			if s, why := b.occurrence(t, sp); s > best {
				best, bestTerms = s, why
			}
		}
	}
	rel := best
	terms := bestTerms
	// Context terms: support counts once per distinct term.
	if b.context != nil {
		seen := map[string]bool{}
		near := false
		bonus := 0.0
		for i, t := range texts {
			var sents [][]int // computed once per text, when first needed
			for _, sp := range b.context.legacyIndexAll(t) {
				w := strings.ToLower(t[sp[0]:sp[1]])
				if !seen[w] {
					seen[w] = true
					if len(seen) == 1 {
						bonus += relContextFirst
					} else {
						bonus += relContextMore
					}
					terms = append(terms, "context:"+t[sp[0]:sp[1]])
				}
				if !near && len(res.spans[i]) > 0 {
					if sents == nil {
						sents = sentenceBounds(t)
					}
					near = sameSentenceAsAny(sents, sp[0], res.spans[i])
				}
			}
		}
		rel += min(bonus, relContextMax)
		if near {
			rel += relContextNear
		}
	}
	if b.notContext != nil {
		seen := map[string]bool{}
		for _, t := range texts {
			for _, sp := range b.notContext.legacyIndexAll(t) {
				w := strings.ToLower(t[sp[0]:sp[1]])
				if !seen[w] {
					seen[w] = true
					terms = append(terms, "not_context:"+t[sp[0]:sp[1]])
				}
			}
		}
		rel += max(float64(len(seen))*relNotContext, relNotContextMax)
	}
	res.relevance = max(0, min(1, rel))
	if len(terms) > maxRelevanceTerms {
		terms = terms[:maxRelevanceTerms]
	}
	res.terms = terms
	return res
}
