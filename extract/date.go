package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// monthNames maps lower-case month names and abbreviations in English,
// German, French, Spanish, Italian, Dutch and Portuguese to month numbers.
// Accents are kept and also listed without them, because boards write both.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{}
	lists := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"},
		{"jänner", "feber", "maerz", "", "", "", "", "", "", "", "", ""},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "mars", "avr", "mai", "juin", "juil", "aoû", "sept", "oct", "nov", "déc"},
		{"", "fevrier", "", "", "", "", "", "aout", "", "", "", "decembre"},
		{"", "fév", "", "", "", "", "", "", "", "", "", ""},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"ene", "", "", "abr", "", "", "", "ago", "setiembre", "", "", "dic"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"gen", "", "", "", "mag", "giu", "lug", "", "set", "ott", "", ""},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"", "", "mrt", "", "", "", "", "", "", "", "", ""},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"", "fev", "", "", "", "", "", "", "", "out", "", "dez"},
	}
	for _, l := range lists {
		for i, name := range l {
			if name != "" {
				m[name] = time.Month(i + 1)
			}
		}
	}
	return m
}()

// dayWords are words for today (0) and yesterday (-1) and the day before.
var dayWords = map[string]int{
	"today": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "oggi": 0, "vandaag": 0, "hoje": 0,
	"yesterday": -1, "gestern": -1, "hier": -1, "ayer": -1, "ieri": -1, "gisteren": -1, "ontem": -1,
	"vorgestern": -2, "avant-hier": -2, "anteayer": -2, "eergisteren": -2,
}

// unitWords map relative-date unit words (singular and plural) to durations;
// days and longer are handled by calendar arithmetic.
var unitWords = map[string]string{
	"second": "s", "seconds": "s", "sec": "s", "secs": "s", "sekunde": "s", "sekunden": "s", "seconde": "s", "secondes": "s", "segundo": "s", "segundos": "s", "secondi": "s", "seconden": "s",
	"minute": "m", "minutes": "m", "min": "m", "mins": "m", "minuten": "m", "minuto": "m", "minutos": "m", "minuti": "m",
	"hour": "h", "hours": "h", "hr": "h", "hrs": "h", "stunde": "h", "stunden": "h", "heure": "h", "heures": "h", "hora": "h", "horas": "h", "ora": "h", "ore": "h", "uur": "h", "uren": "h",
	"day": "d", "days": "d", "tag": "d", "tagen": "d", "tage": "d", "jour": "d", "jours": "d", "día": "d", "días": "d", "dia": "d", "dias": "d", "giorno": "d", "giorni": "d", "dag": "d", "dagen": "d",
	"week": "w", "weeks": "w", "woche": "w", "wochen": "w", "semaine": "w", "semaines": "w", "semana": "w", "semanas": "w", "settimana": "w", "settimane": "w", "weken": "w",
	"month": "M", "months": "M", "monat": "M", "monaten": "M", "monate": "M", "mois": "M", "mes": "M", "meses": "M", "mese": "M", "mesi": "M", "maand": "M", "maanden": "M",
	"year": "y", "years": "y", "jahr": "y", "jahren": "y", "jahre": "y", "an": "y", "ans": "y", "année": "y", "années": "y", "año": "y", "años": "y", "anno": "y", "anni": "y", "jaar": "y", "jaren": "y",
}

// numberWords are spelled-out small counts used in relative dates ("an hour ago").
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "einem": 1, "einer": 1, "ein": 1, "eine": 1, "un": 1, "une": 1, "uno": 1, "una": 1, "een": 1,
	"two": 2, "zwei": 2, "deux": 2, "dos": 2, "due": 2, "twee": 2, "three": 3, "drei": 3, "trois": 3, "tres": 3, "tre": 3, "drie": 3,
}

// isoLayouts are tried first because machine-readable attributes
// (time[datetime], JSON-LD) almost always use one of them.
var isoLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
}

// ParseDate reads a date as boards and comment sections write it: ISO 8601,
// RFC 1123, "17 Jul 2011 17:51", "10-04-2017, 11:00 AM", "Jul 17, 2011",
// "17.07.2011 17:51", month names in English, German, French, Spanish,
// Italian, Dutch and Portuguese, "today"/"gestern"/"hier" plus a time, and
// relative forms ("3 hours ago", "vor 2 Tagen", "il y a 3 jours"). lang is
// the page language (html lang, e.g. "en-US", "de"); it decides whether
// 04/10/2017 is April or October. now anchors relative dates and dates
// without a year. Times without a zone are taken in now's location. It
// reports false when s holds no date it can read.
func ParseDate(s string, lang string, now time.Time) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return time.Time{}, false
	}
	// Fast path: machine-readable forms are tried only when they could
	// match ("2011-07-17..." or "Sun, 17 Jul..."), since each failed
	// time.Parse allocates an error.
	iso := len(s) >= 10 && s[4] == '-' && s[7] == '-' && s[0] >= '0' && s[0] <= '9'
	rfc := len(s) >= 16 && s[0] >= 'A' && s[0] <= 'Z' && (s[3] == ',' || s[3] == ' ')
	if iso || rfc {
		for _, l := range isoLayouts {
			if iso != (l[0] == '2') {
				continue
			}
			if t, err := time.Parse(l, s); err == nil {
				return t, true
			}
		}
	}
	toks := tokenize(s)
	if len(toks) == 0 {
		return time.Time{}, false
	}
	if t, ok := parseRelative(toks, now); ok {
		return t, true
	}
	return parseAbsolute(toks, lang, now)
}

// token is a piece of a date string: a number (with the separator that
// followed it) or a lower-case word.
type token struct {
	word string
	num  int
	nlen int  // digits in num; 0 for a word
	sep  byte // separator right after the token: '.', '/', '-', ':' or 0
}

func tokenize(s string) []token {
	var toks []token
	s = strings.ToLower(s)
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= 0x80 {
			r, size = decodeRune(s[i:])
		}
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j-i > 9 {
				return nil
			}
			n, _ := strconv.Atoi(s[i:j])
			t := token{num: n, nlen: j - i}
			if j < len(s) && strings.IndexByte("./-:", s[j]) >= 0 {
				t.sep = s[j]
				j++
			}
			toks = append(toks, t)
			i = j
		case unicode.IsLetter(r) || r == '\'' || r == '’':
			j := i
			for j < len(s) {
				r2, sz := rune(s[j]), 1
				if r2 >= 0x80 {
					r2, sz = decodeRune(s[j:])
				}
				if !(unicode.IsLetter(r2) || r2 == '\'' || r2 == '’' || (r2 == '-' && j+1 < len(s) && s[j+1] == 'h')) {
					break
				}
				j += sz
			}
			toks = append(toks, token{word: s[i:j]})
			i = j
			if i < len(s) && s[i] == '.' {
				i++
			}
		default:
			i += size
		}
		if len(toks) > 40 {
			return nil
		}
	}
	return toks
}

func decodeRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			n := len(string(r))
			return r, n
		}
	}
	return ' ', 1
}

func parseRelative(toks []token, now time.Time) (time.Time, bool) {
	// "just now", "gerade eben", "à l'instant"
	for _, t := range toks {
		switch t.word {
		case "now", "jetzt", "eben", "instant", "l'instant", "ahora", "adesso":
			if len(toks) <= 3 {
				return now, true
			}
		}
	}
	// today / yesterday + optional time
	for _, t := range toks {
		if t.word == "" {
			continue
		}
		d, ok := dayWords[t.word]
		if !ok {
			continue
		}
		h, m, sec, _, found := findClock(toks)
		// French "hier" is German and Dutch "here": only with a time.
		if t.word == "hier" && !found {
			continue
		}
		day := now.AddDate(0, 0, d)
		if !found {
			return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, now.Location()), true
		}
		return time.Date(day.Year(), day.Month(), day.Day(), h, m, sec, 0, now.Location()), true
	}
	// N unit ago / vor N unit / il y a N unit / hace N unit / N unit fa / N unit geleden
	marker := false
	for _, t := range toks {
		switch t.word {
		case "ago", "vor", "y", "hace", "fa", "geleden", "há", "atrás":
			marker = true
		}
	}
	if !marker {
		return time.Time{}, false
	}
	for i := 0; i+1 < len(toks); i++ {
		n := 0
		switch {
		case toks[i].nlen > 0:
			n = toks[i].num
		case numberWords[toks[i].word] > 0:
			n = numberWords[toks[i].word]
		default:
			continue
		}
		u, ok := unitWords[toks[i+1].word]
		if !ok {
			continue
		}
		switch u {
		case "s":
			return now.Add(-time.Duration(n) * time.Second), true
		case "m":
			return now.Add(-time.Duration(n) * time.Minute), true
		case "h":
			return now.Add(-time.Duration(n) * time.Hour), true
		case "d":
			return now.AddDate(0, 0, -n), true
		case "w":
			return now.AddDate(0, 0, -7*n), true
		case "M":
			return now.AddDate(0, -n, 0), true
		case "y":
			return now.AddDate(-n, 0, 0), true
		}
	}
	return time.Time{}, false
}

// findClock finds hh:mm[:ss] with an optional am/pm (or "uhr", "h") and
// reports the index of the hour token.
func findClock(toks []token) (h, m, s, idx int, ok bool) {
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.nlen == 0 || t.nlen > 2 || t.sep != ':' || toks[i+1].nlen != 2 {
			continue
		}
		h, m = t.num, toks[i+1].num
		j := i + 2
		if toks[i+1].sep == ':' && j < len(toks) && toks[j].nlen == 2 {
			s = toks[j].num
			j++
		}
		if j < len(toks) {
			switch toks[j].word {
			case "pm", "p", "nachm":
				if h < 12 {
					h += 12
				}
			case "am", "a", "vorm":
				if h == 12 {
					h = 0
				}
			}
		}
		if h > 23 || m > 59 || s > 59 {
			return 0, 0, 0, 0, false
		}
		return h, m, s, i, true
	}
	// "11:43pm" tokenizes as 11: 43 pm already; "3pm" alone:
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].nlen > 0 && toks[i].nlen <= 2 && toks[i].sep == 0 && (toks[i+1].word == "pm" || toks[i+1].word == "am") && toks[i].num <= 12 {
			h = toks[i].num % 12
			if toks[i+1].word == "pm" {
				h += 12
			}
			return h, 0, 0, i, true
		}
	}
	return 0, 0, 0, -1, false
}

// monthFirst reports whether a page in lang writes numeric dates
// month-first (US English) rather than day-first.
func monthFirst(lang string) bool {
	lang = strings.ToLower(lang)
	if lang == "en" || lang == "en-us" || strings.HasPrefix(lang, "en-us") || lang == "en_us" || lang == "en-ph" || lang == "en-ca" {
		return true
	}
	return false
}

func parseAbsolute(toks []token, lang string, now time.Time) (time.Time, bool) {
	h, mi, sec, clockAt, hasClock := findClock(toks)
	skip := map[int]bool{}
	if hasClock {
		skip[clockAt], skip[clockAt+1] = true, true
		if toks[clockAt+1].sep == ':' && clockAt+2 < len(toks) && toks[clockAt+2].nlen == 2 {
			skip[clockAt+2] = true
		}
	}
	// Collect the remaining numbers and any month name.
	var nums []token
	var numIdx []int
	month := time.Month(0)
	monthAt := -10
	for i, t := range toks {
		if skip[i] {
			continue
		}
		if t.nlen > 0 {
			nums = append(nums, t)
			numIdx = append(numIdx, i)
			continue
		}
		if month == 0 {
			w := strings.TrimRight(t.word, "'’")
			if mo, ok := monthNames[w]; ok {
				month, monthAt = mo, i
			} else if len(w) > 3 {
				// "sept.", "janv." are listed; longer variants such as
				// "septembre," are matched by their prefix.
				if mo, ok := monthNames[w[:3]]; ok && strings.HasPrefix(monthFullName(mo), w) {
					month, monthAt = mo, i
				}
			}
		}
	}
	year, day := -1, -1
	if month != 0 {
		// The day sits right beside the month name ("17 Jul", "Jul 17,",
		// "21. Apr"); other small numbers ("Reply #1 on: ...") do not count
		// when a neighbour qualifies.
		for _, i := range []int{monthAt - 1, monthAt + 1} {
			if i >= 0 && i < len(toks) && !skip[i] && toks[i].nlen > 0 && toks[i].nlen <= 2 && toks[i].num >= 1 && toks[i].num <= 31 {
				day = toks[i].num
				break
			}
		}
		// The four-digit year nearest the month name wins over others in
		// the text ("Meeting 2012 13-November-2017").
		bestDist := 1 << 30
		for k, t := range nums {
			if t.nlen != 4 {
				continue
			}
			d := numIdx[k] - monthAt
			if d < 0 {
				d = -d
			}
			if d < bestDist {
				year, bestDist = t.num, d
			}
		}
		for k, t := range nums {
			if t.nlen <= 2 && t.num == day && day > 0 {
				continue
			}
			switch {
			case t.nlen <= 2 && t.num >= 1 && t.num <= 31 && day < 0:
				day = t.num
			case t.nlen == 2 && year < 0 && day >= 0 && numIdx[k] > monthAt && numIdx[k]-monthAt <= 2:
				// "21-Nov-19": a two-digit year right after the month.
				year = 2000 + t.num
				if year > now.Year()+1 {
					year -= 100
				}
			}
		}
		if day < 0 {
			if year < 0 {
				return time.Time{}, false
			}
			day = 1
		}
	} else {
		// Numeric: find a run of three numbers joined by one separator.
		found := false
		for k := 0; k+2 < len(nums); k++ {
			a, b, c := nums[k], nums[k+1], nums[k+2]
			if numIdx[k+1] != numIdx[k]+1 || numIdx[k+2] != numIdx[k]+2 {
				continue
			}
			if a.sep == 0 || a.sep == ':' || b.sep != a.sep {
				continue
			}
			switch {
			case a.nlen == 4:
				year, month, day = a.num, time.Month(b.num), c.num
			case c.nlen == 4 || c.nlen == 2:
				year = c.num
				if c.nlen == 2 {
					year += 2000
					if year > now.Year()+1 {
						year -= 100
					}
				}
				x, y := a.num, b.num
				switch {
				case x > 12:
					day, month = x, time.Month(y)
				case y > 12:
					month, day = time.Month(x), y
				case a.sep == '.':
					day, month = x, time.Month(y)
				case monthFirst(lang):
					month, day = time.Month(x), y
				default:
					day, month = x, time.Month(y)
				}
			default:
				continue
			}
			found = true
			break
		}
		if !found {
			// "13.11." or "3/13" without a year is too ambiguous; give up.
			return time.Time{}, false
		}
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	if year < 0 {
		year = now.Year()
		t := time.Date(year, month, day, h, mi, sec, 0, now.Location())
		if t.After(now.AddDate(0, 0, 2)) {
			year--
		}
	}
	if year < 1970 || year > 2200 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, h, mi, sec, 0, now.Location())
	if t.Day() != day {
		return time.Time{}, false // 31 February
	}
	return t, true
}

func monthFullName(m time.Month) string {
	return strings.ToLower(m.String())
}
