package classify

import (
	"slices"
	"strings"
	"unicode"
)

// Short posts are the trigram detector's blind spot: below
// minLanguageLetters, or where whatlanggo is unsure, Language had no answer,
// and a short Spanish tweet written in ASCII letters ("Estoy muy contento con
// mi iPhone") was scored as English, where the lexicon reads "con" as a
// swindle. Function words decide such texts well: every sentence has some,
// each language has its own, and a handful are enough. functionWordLangs
// lists frequent function words of the languages earshot meets most, each
// with the languages that use it; words that are also English words ("a",
// "in", "die", "come", "as", "no", "son") are left out, so that English text
// never votes for another language.
var functionWordLangs = map[string]langSet{}

// langSet is a bit set of the short-text languages, in shortLangs order.
type langSet uint8

var shortLangs = [...]string{"es", "pt", "fr", "de", "it", "nl"}

func init() {
	words := [len(shortLangs)]string{
		// es
		"el los las una muy pero por para con estoy esta este está estás es que y mi del lo gracias mucho " +
			"nada hoy porque tengo bien todo cuando yo ya también hay sin más como su nunca siempre qué " +
			"puedo quiero tiene tienen eso esto ese",
		// pt
		"não muito uma com para que eu meu minha ele ela mas por isso está estou obrigado obrigada também " +
			"você os em do da dos das na nas nos é foi sem mais como nunca sempre tenho quero",
		// fr
		"le les des est et je tu il elle nous vous pas une du au avec pour sur dans mais très ce qui que " +
			"mon ma mes j'ai c'est n'est suis merci rien toujours jamais avoir être",
		// de
		"der das und ist nicht ich ein eine mit sehr auf für zu dem nur auch aber wir sie es bei noch " +
			"schon kein keine mein meine danke immer nie habe wird",
		// it
		"il lo gli della che non sono è ma molto questo questa una con mi ho grazie anche perché più " +
			"sempre mai del ancora",
		// nl
		"het een niet van ik je zijn maar voor met wat ook heel mijn bedankt geen nog altijd nooit",
	}
	for i, list := range words {
		for _, w := range strings.Fields(list) {
			functionWordLangs[w] |= 1 << i
		}
	}
}

// englishOnlyWords are English function words that none of shortLangs
// uses as a function word, a wider list than englishFunctionWords: any one
// of them in a text keeps it English for the vote. "is" is Dutch too, but
// Dutch text has "het", "een" and "niet" besides; "me", "so", "on", "an"
// and "per" are left out (Spanish, German, French, Italian).
var englishOnlyWords = map[string]bool{
	"i": true, "be": true, "at": true, "he": true, "she": true, "did": true, "get": true,
	"very": true, "too": true, "out": true, "if": true, "how": true, "why": true, "who": true,
	"of": true, "were": true, "had": true, "does": true, "got": true, "like": true, "love": true,
	"im": true, "is": true,
}

// wordVote is what a text's function words say about its language.
type wordVote struct {
	english int    // distinct English function words
	foreign int    // distinct function words of shortLangs
	lang    string // the shortLang most of those belong to, "" on a tie
}

// foreignText reports a text with at least two distinct function words of
// the short-text languages and no English one.
func (v wordVote) foreignText() bool { return v.english == 0 && v.foreign >= 2 }

// englishText reports a text with at least two distinct English function
// words and none of another language's.
func (v wordVote) englishText() bool { return v.english >= 2 && v.foreign == 0 }

// voteFunctionWords counts text's function words. A capitalised word
// followed by another is part of a name and does not vote.
func voteFunctionWords(text string) wordVote {
	var v wordVote
	var votes [len(shortLangs)]int
	var seen [16]string // distinct words voted so far; enough to decide
	nSeen := 0
	count := func(f string, name bool) {
		if name || nSeen == len(seen) {
			return
		}
		w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }))
		if w == "" || slices.Contains(seen[:nSeen], w) {
			return
		}
		english := englishFunctionWords[w] || englishOnlyWords[w]
		set := functionWordLangs[w]
		if !english && set == 0 {
			return
		}
		seen[nSeen] = w
		nSeen++
		if english {
			v.english++
			return
		}
		v.foreign++
		for k := range shortLangs {
			if set&(1<<k) != 0 {
				votes[k]++
			}
		}
	}
	prev := ""
	for f := range strings.FieldsSeq(normalizeApostrophes(text)) {
		if prev != "" {
			// "Los Angeles", "El Paso", "De La Soul": a name.
			count(prev, capitalised(prev) && capitalised(f))
		}
		prev = f
	}
	if prev != "" {
		count(prev, false)
	}
	best, second := 0, 0
	for k, n := range votes {
		switch {
		case n > votes[best]:
			second = votes[best]
			best = k
		case k != best && n > second:
			second = n
		}
	}
	if votes[best] > second {
		v.lang = shortLangs[best]
	}
	return v
}

// capitalised reports whether word starts with an upper-case letter.
func capitalised(word string) bool {
	for _, r := range word {
		return unicode.IsUpper(r)
	}
	return false
}
