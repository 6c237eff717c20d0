package classify

import (
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// Unscored is the sentiment label of a text in a language the sentiment
// model was not built for: a lexicon of English words would read a French
// or German post as mostly neutral words with a few false friends, and a
// confident wrong score is worse than none.
const Unscored = "unscored"

// Language detection limits. whatlanggo compares letter trigrams, which
// needs some text to go on: below minLanguageLetters it guesses between
// close languages almost at random, so the answer is "" (unknown). Its
// confidence is 1 when the best language is well ahead of the second; short
// English tweets often sit lower, between English and French or Haitian. On
// the dev tweets these limits call 3 of 4,200 English tweets another
// language; 24 letters and confidence 0.8 called 20.
const (
	minLanguageLetters       = 40
	minLanguageConfidence    = 1.0
	minOtherScriptConfidence = 0.5
	// maxLanguageBytes bounds the text handed to whatlanggo: a blog
	// post's first paragraphs tell its language as well as all of it.
	maxLanguageBytes = 2000
)

// languageOptions limits whatlanggo to widely written languages. Its 47
// Latin-script profiles include Scots-like and creole ones (Haitian, Hausa,
// Kirundi) that short English text drifts toward; leaving them out halves
// the work and removes those false calls. A post in a language left out is
// called a close neighbour, still not English, so it stays unscored.
var languageOptions = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Spa: true, whatlanggo.Por: true, whatlanggo.Fra: true,
	whatlanggo.Deu: true, whatlanggo.Ita: true, whatlanggo.Nld: true, whatlanggo.Swe: true,
	whatlanggo.Dan: true, whatlanggo.Nob: true, whatlanggo.Fin: true, whatlanggo.Pol: true,
	whatlanggo.Ces: true, whatlanggo.Hun: true, whatlanggo.Ron: true, whatlanggo.Hrv: true,
	whatlanggo.Slv: true, whatlanggo.Tur: true, whatlanggo.Ind: true, whatlanggo.Vie: true,
	whatlanggo.Tgl: true, whatlanggo.Afr: true, whatlanggo.Est: true, whatlanggo.Lav: true,
	whatlanggo.Lit: true,
	whatlanggo.Rus: true, whatlanggo.Ukr: true, whatlanggo.Bul: true, whatlanggo.Srp: true,
	whatlanggo.Bel: true, whatlanggo.Mkd: true,
	whatlanggo.Arb: true, whatlanggo.Pes: true, whatlanggo.Urd: true,
	whatlanggo.Hin: true, whatlanggo.Mar: true, whatlanggo.Nep: true,
	whatlanggo.Heb: true, whatlanggo.Ydd: true, whatlanggo.Amh: true,
	// Scripts of one language each (Han, Hangul, Greek, Thai...) are
	// decided by script alone and need no entry.
}}

// englishFunctionWords are frequent English words that other Latin-script
// languages do not share (so not "a", "in", "is", "die", "me").
var englishFunctionWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "you": true, "your": true,
	"my": true, "with": true, "for": true, "this": true, "that": true,
	"was": true, "have": true, "has": true, "not": true, "but": true,
	"are": true, "it's": true, "i'm": true, "what": true, "just": true,
	"they": true, "will": true, "would": true, "been": true, "from": true,
	"when": true, "about": true, "there": true, "their": true, "can't": true,
	"don't": true, "doesn't": true, "we": true, "our": true, "it": true,
}

// plainEnglish reports text whose words are ASCII and at least a fifth of
// them English function words, from three different ones. It is a shortcut
// past whatlanggo, which costs a few hundred microseconds a post, for the
// common case; whatlanggo decides the rest.
func plainEnglish(text string) bool {
	if !mostlyASCIILetters(text) {
		return false
	}
	words, hits := 0, 0
	distinct := map[string]bool{}
	for _, f := range strings.Fields(strings.ToLower(normalizeApostrophes(text))) {
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
// or "" when the text is too short or the detector is unsure and its
// function words do not tell (voteFunctionWords). Handles, URLs
// and hashtags are left out first: they are names, not language.
func Language(text string) string {
	lang, _ := languageOf(text)
	return lang
}

// languageOf is Language, also reporting whether the function words of a
// text the trigrams could not decide are another language's (foreign),
// even when they do not tell which: such a text is not scored as English.
func languageOf(text string) (lang string, foreign bool) {
	clean := languageText(text)
	letters := 0
	for _, r := range clean {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < minLanguageLetters {
		return undecidedLanguage(clean)
	}
	if plainEnglish(clean) {
		return "en", false
	}
	sample := clean
	if len(sample) > maxLanguageBytes {
		sample = sample[:maxLanguageBytes]
	}
	info := detectLanguage(sample)
	need := minLanguageConfidence
	if info.Script != unicode.Latin {
		// Outside Latin script the choice is between few languages
		// (Russian or Ukrainian), none of them English: a lesser lead
		// is enough.
		need = minOtherScriptConfidence
	}
	if info.Lang < 0 || info.Confidence < need {
		return undecidedLanguage(clean)
	}
	if info.Script == unicode.Latin && info.Lang != whatlanggo.Eng && voteFunctionWords(sample).englishText() {
		// Trigrams of a short English tweet can sit closer to French
		// ("your products look awesome! Great web design too!"); its
		// function words cannot.
		return "en", false
	}
	return iso6391(info.Lang), false
}

// undecidedLanguage is the verdict of the function words on a text the
// trigram detector cannot decide: another language's (named when one
// leads), or "" and not foreign when they do not tell.
func undecidedLanguage(text string) (lang string, foreign bool) {
	if v := voteFunctionWords(text); v.foreignText() {
		return v.lang, true
	}
	return "", false
}

// languageText drops the tokens of text that carry no language: @handles,
// #hashtags, URLs and anything with a digit.
func languageText(text string) string {
	var b strings.Builder
	for _, f := range strings.Fields(text) {
		switch {
		case strings.HasPrefix(f, "@"), strings.HasPrefix(f, "#"),
			strings.Contains(f, "://"), strings.HasPrefix(strings.ToLower(f), "www."),
			strings.ContainsFunc(f, unicode.IsDigit):
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// primaryLanguage reduces a declared language tag ("en-US", "EN_gb") to its
// lower-case primary subtag ("en").
func primaryLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

// scoredLanguage reports whether the sentiment model may score text whose
// language is lang ("" for unknown; foreign as languageOf reports it).
// English is scored; an unknown language counts as English only when its
// function words are not another language's and nearly all of the text's
// letters are ASCII, which short English posts are and short posts in most
// other languages are not.
func scoredLanguage(lang string, foreign bool, text string) bool {
	switch lang {
	case "en":
		return true
	case "":
		return !foreign && mostlyASCIILetters(text)
	}
	return false
}

// mostlyASCIILetters reports whether at least 90% of the letters in text
// are ASCII. A text with no letters at all (emoji, numbers) counts: the
// lexicon scores emoji and emoticons whatever the language.
func mostlyASCIILetters(text string) bool {
	ascii, other := 0, 0
	for _, r := range text {
		switch {
		case r < unicode.MaxASCII && unicode.IsLetter(r):
			ascii++
		case unicode.IsLetter(r):
			other++
		}
	}
	return other*10 <= (ascii+other)*1
}
