package classify

import (
	"github.com/earshot-dev/earshot/internal/shareddata"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/post"
)

func TestLanguage(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The delivery arrived two days late and the box was completely crushed on one side.", "en"},
		{"Die Lieferung kam zwei Tage zu spät und der Karton war auf einer Seite völlig zerdrückt.", "de"},
		{"La livraison est arrivée avec deux jours de retard et le carton était complètement écrasé.", "fr"},
		{"El pedido llegó dos días tarde y la caja estaba completamente aplastada por un lado.", "es"},
		{"too short", ""},
		// Too short for the trigram detector: function words decide.
		{"Estoy muy contento con mi iPhone", "es"},
		{"Não consigo comprar com o meu cartão", "pt"},
		{"Je suis très déçu par le service", "fr"},
		{"Ich bin sehr enttäuscht, nie wieder", "de"},
		{"Non sono molto contento, mai più", "it"},
		{"Ik ben niet blij met mijn bestelling", "nl"},
		{"Pizza time.", ""},
		{"Going to Los Angeles with the team", ""},
		{"Las Vegas baby, con artists!", ""},
		// whatlanggo calls this French with full confidence; its
		// function words ("your", "too") are English.
		{"@anonymous your products look awesome!  Great web design too!", "en"},
		{"@loquat https://example.com/x #fail 12345", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Language(tt.text); got != tt.want {
				t.Errorf("Language(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestUnscoredLanguages(t *testing.T) {
	c := newTestClassifier(t, loquat)
	tests := []struct {
		name     string
		text     string
		declared string
		want     string // post sentiment; "scored" means any of the three labels
		wantLang string
	}{
		{"german", "Loquat ist wirklich schrecklich, der Kundendienst antwortet nie und die App stürzt ständig ab.", "", Unscored, "de"},
		{"french", "Loquat est vraiment horrible, le service client ne répond jamais et l'application plante.", "", Unscored, "fr"},
		// whatlanggo calls this Bulgarian with full confidence: the code
		// may be wrong, but it is not English, so nothing is scored.
		{"russian", "Loquat: вчера я заказал новый телефон, но доставка опоздала на три дня, а служба поддержки так и не ответила.", "", Unscored, "bg"},
		{"japanese", "Loquat のアプリは最悪です。サポートも返事がない。", "", Unscored, ""},
		{"short non-ascii unknown", "Loquat är värdelös, så dålig", "", Unscored, ""},
		{"short english unknown", "Loquat is terrible", "", post.Negative, ""},
		// "con" is a swindle in the English lexicon: read as English this
		// was negative.
		{"short spanish in ascii", "Estoy muy contento con mi Loquat", "", Unscored, "es"},
		{"short spanish or portuguese", "Loquat para todos, sem nada", "", Unscored, ""},
		{"short english with a spanish name", "Loquat El Paso store: great service", "", post.Positive, ""},
		{"declared german, too short to detect", "Loquat: schlecht", "de-DE", Unscored, "de-DE"},
		{"declared english kept", "Loquat is awful", "en", post.Negative, "en"},
		{"english detected", "Loquat is terrible, the support team never answers and the app keeps crashing.", "", post.Negative, "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &post.Post{Text: tt.text, Language: tt.declared}
			c.Classify(p)
			if p.Sentiment != tt.want {
				t.Errorf("Classify(%q) sentiment = %s (%.3f), want %s", tt.text, p.Sentiment, p.SentimentScore, tt.want)
			}
			if p.Language != tt.wantLang {
				t.Errorf("Classify(%q) language = %q, want %q", tt.text, p.Language, tt.wantLang)
			}
			if p.Sentiment == Unscored {
				if p.SentimentScore != 0 || p.Complaint || p.ComplaintScore != 0 {
					t.Errorf("unscored post has score %v, complaint %v (%v), want 0, false, 0", p.SentimentScore, p.Complaint, p.ComplaintScore)
				}
				for _, m := range p.Mentions {
					if m.Sentiment != Unscored || m.Score != 0 {
						t.Errorf("unscored post: mention %s sentiment %s (%v), want unscored (0)", m.Brand, m.Sentiment, m.Score)
					}
				}
				if len(p.Criticism) > 0 {
					t.Errorf("unscored post criticises %q, want none", p.Criticism)
				}
			}
			if len(p.Mentions) != 1 {
				t.Errorf("Classify(%q) mentions = %+v, want Loquat", tt.text, p.Mentions)
			}
		})
	}
}

func TestMostlyASCIILetters(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"plain english", true},
		{"café au lait is fine here", true},
		{"große Straße", false},
		{"😀 👍", true},
		{"", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := mostlyASCIILetters(tt.text); got != tt.want {
				t.Errorf("mostlyASCIILetters(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestLanguageKeepsEnglishScored checks, on the English dev sets when they
// are present, that language detection almost never takes an English text
// away from the sentiment model (an unscored English post is a lost score).
func TestLanguageKeepsEnglishScored(t *testing.T) {
	dir := languageSharedData(t)
	for _, name := range []string{"tweets_GroundTruth.txt", "amazonReviewSnippets_GroundTruth.txt", "uci/imdb_labelled.txt", "complaints-dev.csv"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, "sentiment", filepath.FromSlash(name)))
			if err != nil {
				t.Fatal(err)
			}
			n, unscored := 0, 0
			for _, line := range strings.Split(string(b), "\n") {
				if strings.TrimSpace(line) == "" {
					continue
				}
				n++
				if lang, foreign := languageOf(line); !scoredLanguage(lang, foreign, line) {
					unscored++
				}
			}
			t.Logf("%s: %d of %d lines unscored", name, unscored, n)
			if unscored*500 > n { // more than 0.2%
				t.Errorf("%s: %d of %d English lines unscored, want at most 0.2%%", name, unscored, n)
			}
		})
	}
}

// languageSharedData returns ../shared/data, or skips the test without it.
func languageSharedData(tb testing.TB) string {
	tb.Helper()
	return shareddata.Dir(tb, "sentiment/tweets_GroundTruth.txt")
}
