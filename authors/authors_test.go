package authors

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

var loquat = config.Brand{
	Name:  "Loquat",
	Terms: []string{"Loquat", "Loquat Home", "LoquatOS"},
	Accounts: config.Accounts{
		Usernames:    map[string][]string{"forum.example": {"LoquatSupport"}},
		EmailDomains: []string{"loquat.example"},
	},
}

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// builder makes posts with IDs, hosts and times filled in.
type builder struct {
	n     int
	posts []post.Post
}

// start adds a thread starter by author on host and returns its ID.
func (b *builder) start(host, author, text string, opts ...func(*post.Post)) string {
	b.n++
	id := fmt.Sprintf("p%03d", b.n)
	p := post.Post{ID: id, ThreadID: id, Host: host, Source: host, URL: "https://" + host + "/" + id,
		Author: author, Text: text, Published: t0.Add(time.Duration(b.n) * time.Hour)}
	for _, o := range opts {
		o(&p)
	}
	b.posts = append(b.posts, p)
	return id
}

// reply adds a reply in thread by author.
func (b *builder) reply(thread, host, author, text string, opts ...func(*post.Post)) string {
	id := b.start(host, author, text, opts...)
	b.posts[len(b.posts)-1].ThreadID = thread
	b.posts[len(b.posts)-1].ParentID = thread
	return id
}

// toward marks a post as mentioning the brand with a sentiment score.
func toward(score float64) func(*post.Post) {
	return func(p *post.Post) {
		label := post.Neutral
		switch {
		case score >= 0.05:
			label = post.Positive
		case score <= -0.05:
			label = post.Negative
		}
		p.Brands = append(p.Brands, "Loquat")
		p.Mentions = append(p.Mentions, post.Mention{Brand: "Loquat", Relevance: 1, Sentiment: label, Score: score})
	}
}

func critic(p *post.Post) { p.Criticism = append(p.Criticism, "Loquat") }

func complaint(p *post.Post) { p.Complaint = true }

func badge(b ...string) func(*post.Post) {
	return func(p *post.Post) { p.Badges = append(p.Badges, b...) }
}

func byName(ps []Profile) map[string]Profile {
	m := map[string]Profile{}
	for _, p := range ps {
		m[p.Host+"/"+p.Name] = p
	}
	return m
}

func names(ps []Profile) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

const long = "I tried the same fix on mine and it held for a week before failing again"

func TestNamesNormalised(t *testing.T) {
	var b builder
	b.start("forum.example", "Straße Fan", "first")
	b.start("forum.example", "  STRASSE   fan ", "second")
	b.start("forum.example", "strasse fan", "third, the last one")
	b.start("other.example", "Straße Fan", "elsewhere")
	b.start("forum.example", "", "anonymous posts are skipped")
	b.start("forum.example", "   ", "so are blank names")
	if got, want := NormalizeName("  STRASSE   fan "), NormalizeName("Straße Fan"); got != want {
		t.Errorf("NormalizeName: got %q and %q, want equal", got, want)
	}
	ps := Summarize(b.posts, loquat)
	if len(ps) != 2 {
		t.Fatalf("got %d profiles %v, want 2 (one per host)", len(ps), names(ps))
	}
	m := byName(ps)
	p, ok := m["forum.example/strasse fan"]
	if !ok {
		t.Fatalf("got %v, want forum.example/strasse fan (the name as last seen)", names(ps))
	}
	if p.Posts != 3 || p.Threads != 3 || p.Replies != 0 {
		t.Errorf("got posts %d threads %d replies %d, want 3 3 0", p.Posts, p.Threads, p.Replies)
	}
	if !p.FirstSeen.Equal(t0.Add(time.Hour)) || !p.LastSeen.Equal(t0.Add(3*time.Hour)) {
		t.Errorf("got first %v last %v, want %v and %v", p.FirstSeen, p.LastSeen, t0.Add(time.Hour), t0.Add(3*time.Hour))
	}
	if got := m["other.example/Straße Fan"].Posts; got != 1 {
		t.Errorf("other.example: got %d posts, want 1", got)
	}
}

func TestCounts(t *testing.T) {
	var b builder
	th := b.start("forum.example", "ana", "Loquat bricked my thermostat", toward(-0.8), critic, complaint)
	b.reply(th, "forum.example", "ana", "Still broken", toward(-0.4), complaint)
	b.reply(th, "forum.example", "ana", "Tried the fix on my router", complaint) // no brand: not counted
	b.reply(th, "forum.example", "ana", "Works now, thanks Loquat", toward(0.6), badge("submitter"))
	p := byName(Summarize(b.posts, loquat))["forum.example/ana"]
	want := [8]int{4, 1, 3, 3, 1, 2, 2, 1}
	got := [8]int{p.Posts, p.Threads, p.Replies, p.Mentions, p.Positive, p.Negative, p.Complaints, p.Criticism}
	if got != want {
		t.Errorf("posts, threads, replies, mentions, positive, negative, complaints, criticism: got %v, want %v", got, want)
	}
	if mean := (-0.8 - 0.4 + 0.6) / 3; p.Sentiment < mean-1e-9 || p.Sentiment > mean+1e-9 {
		t.Errorf("sentiment: got %.4f, want %.4f", p.Sentiment, mean)
	}
	if !slices.Equal(p.Badges, []string{"submitter"}) || !slices.Equal(p.Sources, []string{"forum.example"}) {
		t.Errorf("got badges %v sources %v, want [submitter] [forum.example]", p.Badges, p.Sources)
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		name  string
		build func(b *builder)
		who   string
		want  string
	}{
		{"thread answered by others makes a creator", func(b *builder) {
			th := b.start("f.example", "cara", "How do I pair the Hearth with a heat pump? Mine refuses.")
			b.reply(th, "f.example", "dan", long)
			b.reply(th, "f.example", "cara", "ok")
		}, "cara", RoleCreator},
		{"thread nobody else answered is not enough", func(b *builder) {
			th := b.start("f.example", "cara", "How do I pair the Hearth with a heat pump? Mine refuses.")
			b.reply(th, "f.example", "cara", "bump, anyone?")
		}, "cara", RoleParticipant},
		{"substantive replies in others' threads make a contributor", func(b *builder) {
			t1 := b.start("f.example", "x", "question one")
			t2 := b.start("f.example", "y", "question two")
			b.reply(t1, "f.example", "dan", long)
			b.reply(t2, "f.example", "dan", long)
			b.reply(t2, "f.example", "dan", "thanks!")
		}, "dan", RoleContributor},
		{"short replies only make a participant", func(b *builder) {
			t1 := b.start("f.example", "x", "question one")
			b.reply(t1, "f.example", "eve", "+1 same")
			b.reply(t1, "f.example", "eve", "same here")
		}, "eve", RoleParticipant},
		{"a link and little else makes an opportunist", func(b *builder) {
			t1 := b.start("f.example", "x", "question one")
			b.reply(t1, "f.example", "spam", "Cheap thermostats at https://deals.example/t")
		}, "spam", RoleOpportunist},
		{"a discount code makes an opportunist", func(b *builder) {
			t1 := b.start("f.example", "x", "question one")
			b.reply(t1, "f.example", "promo", "I had the same trouble for months, so I switched, and you can too: use my link for a discount")
			b.reply(t1, "f.example", "promo", long)
			b.reply(t1, "f.example", "promo", "Check out my review of every thermostat I own")
		}, "promo", RoleOpportunist},
		{"a prolific member with one link is judged by participation", func(b *builder) {
			for range 6 {
				t1 := b.start("f.example", "x", "question")
				b.reply(t1, "f.example", "gus", long)
			}
			t1 := b.start("f.example", "x", "question")
			b.reply(t1, "f.example", "gus", "see https://docs.example/pairing")
		}, "gus", RoleContributor},
		{"a creator who also answers others a little stays a creator", func(b *builder) {
			t1 := b.start("f.example", "hal", "My review of the Ember after a winter")
			t2 := b.start("f.example", "hal", "My review of the Hearth after a winter")
			b.reply(t1, "f.example", "x", long)
			b.reply(t2, "f.example", "y", long)
			t3 := b.start("f.example", "z", "question")
			b.reply(t3, "f.example", "hal", long)
		}, "hal", RoleCreator},
		{"replies to a thread whose starter is not indexed count as others'", func(b *builder) {
			b.reply("missing", "f.example", "ivy", long)
			b.reply("missing", "f.example", "ivy", long)
		}, "ivy", RoleContributor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b builder
			tt.build(&b)
			p, ok := byName(Summarize(b.posts, loquat))["f.example/"+tt.who]
			if !ok {
				t.Fatalf("no profile for %s", tt.who)
			}
			if p.Role != tt.want {
				t.Errorf("%s: got role %s (%s), want %s", tt.who, p.Role, p.RoleReason, tt.want)
			}
			if p.RoleReason == "" {
				t.Errorf("%s: empty role reason", tt.who)
			}
		})
	}
}

func TestAdvocatesAndCritics(t *testing.T) {
	var b builder
	h := "forum.example"
	th := b.start(h, "fan1", "Loquat is great", toward(0.9))
	b.reply(th, h, "fan2", "Loquat is good", toward(0.3))
	b.reply(th, h, "fan2", "Loquat Home app is good too", toward(0.4))
	b.reply(th, h, "lukewarm", "Loquat is fine I guess", toward(0.1))
	b.reply(th, h, "lukewarm", "but Loquat support is slow", toward(-0.05))
	b.reply(th, h, "LoquatSupport", "Thanks, Loquat loves you", toward(0.95))
	b.start("other.example", "Staff", "Loquat rocks", toward(0.9), func(p *post.Post) { p.AuthorEmail = "help@loquat.example" })
	b.reply(th, h, "angry", "Loquat bricked it", toward(-0.9), critic, complaint)
	b.reply(th, h, "angry", "Loquat still broken", toward(-0.7), critic)
	b.reply(th, h, "grumpy", "Loquat is meh", toward(-0.2), complaint)
	b.reply(th, h, "sour", "Loquat is bad", toward(-0.6))
	b.reply(th, h, "sour", "Loquat is worse", toward(-0.6))
	b.reply(th, h, "neutral", "my router is broken", complaint) // no mention: not a critic of Loquat
	b.reply(th, h, "flat", "Loquat bricked two units", toward(0.001), critic, complaint)
	b.reply(th, h, "fan3", "Loquat Ember is lovely", toward(0.8))
	b.reply(th, h, "fan3", "one Loquat fault: the app logs me out", toward(-0.1), complaint) // a fan reporting a fault
	ps := Summarize(b.posts, loquat)

	tests := []struct {
		name string
		got  []Profile
		want []string
	}{
		{"advocates", Advocates(ps, 0), []string{"fan2", "fan1", "fan3", "lukewarm"}},
		{"advocates limited", Advocates(ps, 2), []string{"fan2", "fan1"}},
		{"critics", Critics(ps, 0), []string{"angry", "flat", "grumpy", "sour"}},
		{"critics limited", Critics(ps, 1), []string{"angry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names(tt.got); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	m := byName(ps)
	for _, k := range []string{"forum.example/LoquatSupport", "other.example/Staff"} {
		if !m[k].BrandAccount {
			t.Errorf("%s: got BrandAccount false, want true", k)
		}
	}
}

func TestPromotional(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"https://shop.example/deal", true},
		{"Great deal here: www.shop.example", true},
		{"Use code SAVE20 for 20% off", true},
		{"DM me for details", true},
		{"The fix is described in https://docs.example/fix and it worked for me after I reset the hub twice and waited an hour", false},
		{"My thermostat broke after the update and support never answered", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := promotional(tt.text); got != tt.want {
			t.Errorf("promotional(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"+1 !!! 🙂", 1},
		{"Perfect, thank you.", 3},
		{"Same   here\non 4.2", 4},
	}
	for _, tt := range tests {
		if got := words(tt.text); got != tt.want {
			t.Errorf("words(%q): got %d, want %d", tt.text, got, tt.want)
		}
	}
}

// benchPosts is 10,000 posts in 1,000 threads by 300 authors.
func benchPosts() []post.Post {
	var bl builder
	for i := range 1000 {
		th := bl.start("f.example", fmt.Sprintf("user%d", i%300), "Loquat Hearth question", toward(-0.2))
		for j := range 9 {
			bl.reply(th, "f.example", fmt.Sprintf("user%d", (i+j*7)%300), long, toward(0.3))
		}
	}
	return bl.posts
}

// BenchmarkBaseline is the least any tally does per post: group by author
// and count the words of the text. BenchmarkTally is reported against it.
func BenchmarkBaseline(b *testing.B) {
	posts := benchPosts()
	for b.Loop() {
		n := map[string]int{}
		for _, p := range posts {
			n[p.Host+"\x00"+p.Author] += len(strings.Fields(p.Text))
		}
	}
}

// BenchmarkTally measures profiling 10,000 posts in 1,000 threads.
func BenchmarkTally(b *testing.B) {
	bl := builder{posts: benchPosts()}
	for b.Loop() {
		t := NewTally(loquat)
		for _, p := range bl.posts {
			t.Add(p)
		}
		_ = t.Profiles()
	}
}
