package classify

import (
	"bytes"
	"regexp"
	"strconv"
)

// A review's own score says what its words may not: "I rate this movie
// 9/10", "5 stars for the bread", "If I could give this zero stars I
// would", "4 1/2 stars". A score is read on five stars (a score out of 10
// is halved; "10 stars!" is five) and rated like a word: five stars +2.5,
// four +1.5, three -0.5 (a middling review is a let-down), two -1.5, one
// -2.5, none -3, halves in between. It is fixed, not negated: "the reason
// it does not get 5 stars" is still a four-star review, "I can't rate it
// one star" still damns it, and no counterfactual undoes it ("I would have
// given it 5 stars but" is a good review). A count is no score: "9 out of
// 10 dentists", "1/10 of a second", "on 2/10".

// ratingRE finds a score in lower-cased text: a number of stars, or a
// number out of (or over) 10 or 5 that ends its phrase.
var ratingRE = regexp.MustCompile(`(?:^|[^\w./])` +
	`(?:` +
	`(\d{1,2}(?:\.\d)?|\d 1/2|zero|one|two|three|four|five|half an?|a half)[ -]?stars?\b` +
	`|` +
	`(\d{1,2}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?: out of |/)(10|5|ten|five)` +
	`(?:$|[ ]*[.,!;:)*-]|[ ]+(?:stars?|for|from|overall|rating|score|points?|and|but|because|as|in|on|is|it|this|though|however|to|if)\b|[ ]*$)` +
	`)`)

// numberWords are the scores written as words.
var numberWords = map[string]float64{
	"zero": 0, "half a": 0.5, "half an": 0.5, "a half": 0.5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
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

// scoreNumber reads a score: digits ("4.5"), "4 1/2", or a number word.
func scoreNumber(s string) (float64, bool) {
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	if len(s) == 5 && s[1] == ' ' && s[2:] == "1/2" {
		return float64(s[0]-'0') + 0.5, true
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// rateScores gives each score in the text its rating: the last token of
// the score ("stars", the "10" of "9/10") takes it, fixed, and the other
// tokens of the score lose theirs. It is a no-op on texts without "star",
// "out of" or a slash.
func rateScores(low []byte, toks []sentToken) {
	if !bytes.Contains(low, []byte("star")) && !bytes.Contains(low, []byte("out of")) && bytes.IndexByte(low, '/') < 0 {
		return
	}
	for _, m := range ratingRE.FindAllSubmatchIndex(low, -1) {
		var stars float64
		var end int
		switch {
		case m[2] >= 0:
			n, ok := scoreNumber(string(low[m[2]:m[3]]))
			if !ok {
				continue
			}
			stars, end = min(n, 5), m[1]
		default:
			n, ok1 := scoreNumber(string(low[m[4]:m[5]]))
			of, ok2 := scoreNumber(string(low[m[6]:m[7]]))
			if !ok1 || !ok2 || n > of {
				continue
			}
			stars, end = 5*n/of, m[7]
		}
		start := m[2]
		if start < 0 {
			start = m[4]
			if dateBefore(low[:start]) {
				continue // "on 2/10", "since 3/5"
			}
		}
		// The token that ends the score takes its rating.
		last := -1
		for i := range toks {
			if int(toks[i].start) >= start && int(toks[i].end) <= end {
				if last >= 0 {
					toks[last].info.val, toks[last].info.flags = 0, 0
				}
				last = i
			}
		}
		if last < 0 {
			continue
		}
		t := &toks[last]
		t.info.val = starValence(stars)
		t.info.flags = wInLexicon | wFixed | wScore
		t.modStart = int32(start)
	}
}

// dateBefore reports whether before (the text up to a "N/M") ends in a
// word that puts a date after it.
func dateBefore(before []byte) bool {
	before = bytes.TrimRight(before, " ")
	i := bytes.LastIndexByte(before, ' ') + 1
	switch string(before[i:]) {
	case "on", "since", "until", "till", "by", "before", "after", "from", "due", "dated", "expires", "of":
		return true
	}
	return false
}
