package classify

import (
	"bytes"
	"regexp"
	"strconv"
)

// A review's own score says what its words may not: "I rate this movie
// 9/10", "5 stars for the bread", "If I could give this zero stars I
// would", "4 and a half stars". A score is read on five stars (a score out
// of 10 is halved; "10 stars!" is five) and rated like a word: five stars
// +2.5, four +1.5, three -0.5 (a middling review is a let-down), two -1.5,
// one -2.5, none -3, halves in between.
//
// Only the writer's own score counts. Stars that name something else do
// not: "the 5-star reviews", "a 5 star hotel", "one star of the film",
// "Season two stars Jon Hamm" (what follows "stars" must end the phrase or
// be one of scoreFollowers). A number out of 10 or 5 is a score only where
// a word of rating is near before it ("I rate it 9/10", "gets a 1 out of
// 10") or it opens its sentence and ends its phrase ("10/10 for both"):
// "He shot 2/10 from the field", "Sale ends 5/10", "on 2/10", "1/10 of a
// second" and "9 out of 10 dentists" are counts and dates.
//
// A good score can be denied ("definitely not 5 stars", "I can't give it
// 5 stars") or made conditional ("I'd give it 5 stars if it worked", which
// leaves it unrated); a bad one stays bad ("I can't rate it one star",
// "zero stars if I could"), so a bad score is fixed against negation. A
// counterfactual of giving keeps the score given: "I would have given it 5
// stars but..." is a good review, while "should have been 5 stars" is not.

// scoreNumberRE is a score's number: digits ("4.5"), a number word, "4
// 1/2", "four and a half", or "half a".
const scoreNumberRE = `\d{1,2}(?:\.\d)?(?: and a half| 1/2)?|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)(?: and a half)?|half an?`

// ratingRE finds score candidates in lower-cased text: a number of stars
// (with a sign: "-5 stars", "minus 5 stars"), or a number out of, or over,
// 10 or 5. The checks around a candidate are made in code (rateScores).
var ratingRE = regexp.MustCompile(`(?:^|[^\w./$-])(?:` +
	`(minus |-)?(` + scoreNumberRE + `)[ -]?stars?\b` +
	`|` +
	`(` + scoreNumberRE + `)(?: out of |/)(10|5|ten|five)\b` +
	`)`)

// numberWords are the scores written as words.
var numberWords = map[string]float64{
	"zero": 0, "half a": 0.5, "half an": 0.5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

// scoreFollowers are the words a score may be followed by in its phrase;
// any other word makes the stars or the number part of something else
// ("5 star hotel", "stars Tom Hanks", "2/10 from the field" is let through
// "from" only where a rating word is near: see rateScores).
var scoreFollowers = map[string]bool{
	"for": true, "from": true, "because": true, "but": true, "and": true, "out": true, "overall": true,
	"rating": true, "review": true, "score": true, "easily": true, "too": true, "though": true, "plus": true,
	"even": true, "if": true, "is": true, "was": true, "would": true, "only": true, "max": true, "tops": true,
	"total": true, "all": true, "hands": true, "stars": true, "star": true, "points": true, "at": true,
	"instead": true, "since": true, "as": true, "then": true, "now": true, "here": true,
	"it": true, "this": true, "to": true, "however": true, "so": true, "or": true, "any": true,
	"i": true, "we": true, "you": true, "they": true, "my": true, "from me": true, "would've": true,
	"had": true,
}

// ratingWords are the words that, up to six words before a number out of
// 10 or 5 in its sentence, make it a score (see wordBefore).
var ratingWords = map[string]bool{
	"rate": true, "rated": true, "rates": true, "rating": true, "score": true, "scored": true, "give": true,
	"gave": true, "giving": true, "gives": true, "given": true, "get": true, "gets": true, "got": true,
	"deserves": true, "deserve": true, "deserved": true, "verdict": true, "grade": true, "graded": true,
	"overall": true, "solid": true, "award": true, "worth": true, "awarded": true, "earns": true, "earned": true,
}

// starValence maps a score of 0 to 5 stars to a rating on VADER's scale,
// linearly between the whole stars.
func starValence(stars float64) float64 {
	points := [...]float64{-3, -2.5, -1.5, -0.5, 1.5, 2.5}
	stars = max(0, min(5, stars))
	i := int(stars)
	if i == 5 {
		return points[5]
	}
	return points[i] + (stars-float64(i))*(points[i+1]-points[i])
}

// scoreNumber reads a number scoreNumberRE matched.
func scoreNumber(s string) (float64, bool) {
	half := 0.0
	for _, suffix := range []string{" and a half", " 1/2"} {
		if n := len(s) - len(suffix); n > 0 && s[n:] == suffix {
			s, half = s[:n], 0.5
		}
	}
	if v, ok := numberWords[s]; ok {
		return v + half, true
	}
	v, err := strconv.ParseFloat(s, 64)
	return v + half, err == nil
}

// nextWord returns the word that starts at or after end in low, skipping
// spaces only: "" when punctuation or the text's end comes first.
func nextWord(low []byte, end int) string {
	for end < len(low) && low[end] == ' ' {
		end++
	}
	s := end
	for end < len(low) && low[end] >= 'a' && low[end] <= 'z' {
		end++
	}
	return string(low[s:end])
}

// rateScores gives each score in the text its rating: the last token of
// the score ("stars", the "10" of "9/10") takes it, and the other tokens
// of the score lose theirs. It is a no-op on texts without "star", "out
// of", "/10" or "/5".
func rateScores(low []byte, toks []sentToken, classes uint8) {
	// The regular expression is slow next to the rest of the scorer; most
	// texts have none of the words a score needs (a slash alone is in
	// every link). classes (see analysis.classes) says whether low has a
	// digit, which "/10" and "/5" need, without a search.
	digit := classes&bDigit != 0
	if !mentionsStars(low) && !hasOutOf(low) && (!digit || !hasSlashScale(low)) {
		return
	}
	// Without a number no score matches, as in "out of stock" or "an
	// all-star cast": the expression need not run.
	if !digit && !hasNumber(low) {
		return
	}
	for _, m := range ratingRE.FindAllSubmatchIndex(low, -1) {
		var stars float64
		var start, end int
		starsForm := m[4] >= 0
		if starsForm {
			n, ok := scoreNumber(string(low[m[4]:m[5]]))
			if !ok {
				continue
			}
			stars, start, end = min(n, 5), m[4], m[1]
			for _, outOf10 := range []string{" out of 10", " out of ten"} {
				if bytes.HasPrefix(low[end:], []byte(outOf10)) { // "6 stars out of 10"
					stars, end = n/2, end+len(outOf10)
				}
			}
			if m[2] >= 0 { // "-5 stars", "minus 5 stars": below none
				if nextWord(low, end) == "for" {
					continue // "minus one star for the packaging": a deduction
				}
				stars, start = 0, m[2]
			}
		} else {
			n, ok1 := scoreNumber(string(low[m[6]:m[7]]))
			of, ok2 := scoreNumber(string(low[m[8]:m[9]]))
			if !ok1 || !ok2 || n > of*1.2 || m[9] < len(low) && (low[m[9]] == '/' || low[m[9]] >= '0' && low[m[9]] <= '9') {
				continue // "10/10/2020"
			}
			stars, start, end = min(5, 5*n/of), m[6], m[9] // "11/10" is ten
			if dateBefore(low[:start]) {
				continue // "got it on 1/5", "since 3/10"
			}
		}
		next := nextWord(low, end)
		if next != "" && !scoreFollowers[next] {
			continue // "5 star hotel", "stars Tom Hanks", "9 out of 10 dentists"
		}
		// The tokens of the score; the last takes the rating.
		first, last := -1, -1
		for i := range toks {
			if int(toks[i].start) >= start && int(toks[i].end) <= end {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if last < 0 {
			continue
		}
		if !starsForm && !scoreWord(next) && !wordBefore(low, toks, first, ratingWords) && !opensSentence(toks, first, next) {
			continue // "He shot 2/10 from the field", "Sale ends 5/10"
		}
		if starsForm && (next == "review" || next == "rating") && !wordBefore(low, toks, first, ratingWords) {
			continue // "every 5 star review here must be fake", not "I give it a 5 star review"
		}
		if next == "if" && starValence(stars) > 0 && !ifICould(low, end) && !wordBefore(low, toks, first, givenWords) {
			continue // "I'd give it 5 stars if it worked": no score given
		}
		if next == "had" && !wordBefore(low, toks, first, givenWords) {
			continue // "the 5 stars had faded", not "would have given it 5 stars had it lasted"
		}
		// "worth 5 stars" is the score; "not worth 5 stars" denies it.
		// The worth is the score's, so it loses its own rating (and "not
		// worth" its idiom's), and a negation before it reaches the score.
		if w := worthBefore(low, toks, first); w >= 0 {
			toks[w].info.val, toks[w].info.flags = 0, 0
			toks[w].span, toks[w].modStart = 0, toks[w].start
		}
		for k := first; k < last; k++ {
			// The "." of "4.5" ends no sentence.
			toks[k].info.val, toks[k].info.flags = 0, 0
			toks[k].flags &^= tEndSentence | tEndClause
		}
		t := &toks[last]
		t.info.val = starValence(stars)
		t.info.flags = wInLexicon | wScore
		switch {
		case t.info.val < 0:
			t.info.flags |= wFixed // "I can't rate it one star" still damns it
		case next == "only" || next == "because" || next == "is" || next == "due":
			// "Not 5 stars only because the strap is short", "the only
			// reason I didn't give it 5 stars is the price": a reason a
			// good review docks a star, not a denial.
			t.info.flags |= wFixed
		}
		t.modStart = int32(start)
		// Like an idiom's last word, the score's holds the whole: a
		// negation is looked for before "5" of "5 stars" ("I can't give
		// it 5 stars").
		t.span = int32(last - first)
	}
}

// worthBefore returns the index of a "worth" just before the score that
// starts at toks[first], or one article before it ("worth a 5 star
// rating"), else -1.
func worthBefore(low []byte, toks []sentToken, first int) int {
	for j := first - 1; j >= 0 && j >= first-2; j-- {
		if toks[j].flags&tEndClause != 0 {
			return -1
		}
		switch string(low[toks[j].start:toks[j].end]) {
		case "worth":
			return j
		case "a", "an", "the":
			continue
		}
		return -1
	}
	return -1
}

// rateBareScores rates a score given with no scale: "I gave it a 10",
// "I rate this movie a 10 out of a 1-10 scale", "it got a big 10". The
// number must follow "a" (and at most "big", "solid" or "perfect") with a
// rating word before it, and end its phrase. Only 0, 1 and 8 to 10 are
// read, out of ten: 2 to 7 could be out of five or out of ten, and so
// good or bad.
func rateBareScores(low []byte, toks []sentToken) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.info.flags&wBareScore == 0 || t.info.flags&wScore != 0 || t.span != 0 {
			continue
		}
		var n float64
		switch tokWord(low, toks, i) {
		case "0", "zero":
			n = 0
		case "1": // not "one": "get a one" is "get one"
			n = 1
		case "8", "eight":
			n = 8
		case "9", "nine":
			n = 9
		case "10", "ten":
			n = 10
		default:
			continue
		}
		j := i - 1
		switch tokWord(low, toks, j) {
		case "big", "solid", "perfect":
			if toks[j].flags&tEndClause == 0 {
				j--
			}
		}
		if j < 0 || toks[j].flags&tEndClause != 0 || tokWord(low, toks, j) != "a" && tokWord(low, toks, j) != "an" ||
			!wordBefore(low, toks, j, ratingWords) {
			continue
		}
		if t.flags&tEndClause == 0 && i+1 < len(toks) {
			switch next := tokWord(low, toks, i+1); next {
			case "to":
				if n := tokWord(low, toks, i+2); n != "" && n[0] >= '0' && n[0] <= '9' {
					continue // "a 9 to 5 job": a range
				}
			case "if":
				if n > 5 && !ifICould(low, int(t.end)) && !wordBefore(low, toks, j, givenWords) {
					continue // "I'd give it a 10 if it had a better battery"
				}
			case "plus", "out", "for", "because", "but", "on", "in", "from", "overall", "easily":
			default:
				continue // "gave it a 10 minute try", "got a 1 year warranty", "got a 10 and they are too small"
			}
		}
		if sizeBefore(low, toks, j) {
			continue // "I usually wear a 9", "a size 10"
		}
		t.info.val = starValence(n / 2)
		t.info.flags = wInLexicon | wScore
		if t.info.val < 0 {
			t.info.flags |= wFixed // a bad score stays bad, as in rateScores
		}
		// The score holds its article, so that a negation is looked for
		// before it ("I can't give it a 10").
		t.span, t.modStart = int32(i-j), toks[j].start
		for k := j; k < i; k++ {
			toks[k].info.val, toks[k].info.flags = 0, 0
		}
	}
}

// sizeBefore reports whether a word of wearing or sizes comes before
// toks[j] in its sentence: "I usually wear a 9 but got a 10".
func sizeBefore(low []byte, toks []sentToken, j int) bool {
	for k := j - 1; k >= 0 && toks[k].flags&tEndSentence == 0; k-- {
		switch tokWord(low, toks, k) {
		case "wear", "wore", "wearing", "size", "sizes", "sized":
			return true
		}
	}
	return false
}

// scoreWord reports whether w, after a number out of 10 or 5, says it is
// a score: "my 8/10 score", "10 out of 10 stars".
func scoreWord(w string) bool {
	return w == "score" || w == "rating" || w == "stars" || w == "star"
}

// wordBefore reports whether a word in words comes up to six words before
// toks[first], in its sentence.
func wordBefore(low []byte, toks []sentToken, first int, words map[string]bool) bool {
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		if toks[j].flags&tEndSentence != 0 {
			return false
		}
		if words[string(low[toks[j].start:toks[j].end])] {
			return true
		}
	}
	return false
}

// givenWords are the past forms of giving a score: "would have received
// 5 stars if it had voice dialing" is a score all but given, and "would
// have given it 5 stars, but..." a counterfactual that keeps the score.
var givenWords = map[string]bool{
	"given": true, "gave": true, "received": true, "gotten": true, "got": true, "rated": true,
	"awarded": true, "scored": true,
}

// dateBefore reports whether before (the text up to a "N/M") ends in a
// word that puts a date after it: "on 2/10", "since 3/5".
func dateBefore(before []byte) bool {
	before = bytes.TrimRight(before, " ")
	i := bytes.LastIndexByte(before, ' ') + 1
	switch string(before[i:]) {
	case "on", "since", "until", "till", "by", "before", "after", "from", "due", "dated", "expires", "of", "released":
		return true
	}
	return false
}

// opensSentence reports whether the score that starts at toks[first]
// opens its sentence or clause ("10/10", "Rating: 1 out of 10") and ends
// its phrase (next is the word after it, "" for punctuation or the end).
func opensSentence(toks []sentToken, first int, next string) bool {
	if first > 0 && toks[first-1].flags&tEndClause == 0 {
		return false
	}
	switch next {
	case "", "for", "stars", "star", "overall", "and", "but", "would":
		return true // "10/10 would recommend"
	}
	return false
}

// ifICould reports whether the "if" after a score at end wishes for more
// ("if I could", "if possible", "if there were") rather than sets a
// condition.
func ifICould(low []byte, end int) bool {
	rest := low[end:]
	for _, p := range []string{" if i could", " if i can", " if possible", " if there were", " if there was", " if they had", " if it were possible"} {
		if bytes.HasPrefix(rest, []byte(p)) {
			return true
		}
	}
	return false
}

// mayHoldScore reports whether low has what a score needs: "star" or
// "stars" (see mentionsStars), "out of", "/10" or "/5". The searches start
// from a byte that English uses less than the others of its pattern.
func mayHoldScore(low []byte) bool {
	return mentionsStars(low) || hasOutOf(low) || hasSlashScale(low)
}

// mentionsStars reports whether low has the word "star" or "stars" (not
// "start", "starbucks").
func mentionsStars(low []byte) bool {
	for rest := low; ; {
		i := bytes.Index(rest, []byte("star"))
		if i < 0 {
			return false
		}
		rest = rest[i+4:]
		if len(rest) > 0 && rest[0] == 's' {
			rest = rest[1:]
		}
		if len(rest) == 0 || rest[0] < 'a' || rest[0] > 'z' {
			return true
		}
	}
}

// hasOutOf reports whether low has "out of", looked for from its "f".
func hasOutOf(low []byte) bool {
	for i := 5; i < len(low); i++ {
		k := bytes.IndexByte(low[i:], 'f')
		if k < 0 {
			return false
		}
		i += k
		if string(low[i-5:i]) == "out o" {
			return true
		}
	}
	return false
}

// hasSlashScale reports whether low has "/10" or "/5".
func hasSlashScale(low []byte) bool {
	for i := 0; i < len(low); i++ {
		k := bytes.IndexByte(low[i:], '/')
		if k < 0 {
			return false
		}
		i += k
		if hasPrefix(low[i+1:], "10") || hasPrefix(low[i+1:], "5") {
			return true
		}
	}
	return false
}

// hasNumber reports whether low has what scoreNumberRE needs: a digit, or
// a number word or "half" (within a word or not).
func hasNumber(low []byte) bool {
	if bytes.ContainsAny(low, "0123456789") {
		return true
	}
	for _, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"} {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}
