package demo

import (
	"fmt"
	"net/url"
	"strconv"
)

// Config returns the earshot.yaml that ingests the site at base (as returned
// by Site.URL) into an index under dataDir. The forum account LoquatSupport is
// keyed by the host of base, as it appears in post URLs; the blog's support
// account is known by its e-mail domain.
func Config(base, dataDir string) []byte {
	host := base
	if u, err := url.Parse(base); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	q := strconv.Quote
	return fmt.Appendf(nil, `# earshot.yaml for `+"`earshot demo`"+`: the bundled sample web about Loquat Home,
# a fictional maker of smart thermostats, served on %[1]s.
brands:
  - name: Loquat
    # Names and product names; they match whole words, case-insensitively.
    terms: [Loquat, Loquat Home, Loquat Hearth, Loquat Ember, LoquatOS]
    # Loquat is also a fruit: a post that talks about the tree or the fruit is
    # not about the brand.
    exclude:
      - loquat tree
      - loquat trees
      - loquat fruit
      - loquat jam
      - loquat season
      - loquat orchard
      - ripe loquats
    # Who speaks for the brand, so that an answer in a thread is recognised.
    # LoquatSupp0rt (with a zero) on the forum is an impostor and is not here.
    accounts:
      usernames:
        %[2]s: [LoquatSupport]
      author_urls: ["https://loquat.example/support"]
      email_domains: [loquat.example]

sources:
  - name: warm-circuits-blog # RSS 2.0 with a comment feed per post
    type: feed
    url: %[3]s
  - name: home-automation-forum # Atom with a replies feed per thread
    type: feed
    url: %[4]s
  - name: gadget-wire-news # JSON Feed 1.1
    type: feed
    url: %[5]s

crawl:
  # The demo site is on loopback and answers at once.
  allow_private: true
  delay: 0s

index:
  path: %[6]s

followup:
  # The SLA: criticism unanswered for 4 working hours is overdue. Business
  # hours are Monday to Friday, 9:00 to 17:30 in London; a complaint posted
  # on Friday night is not overdue on Saturday.
  after: 4h
  business_hours:
    timezone: Europe/London
    start: "09:00"
    end: "17:30"
  # The sample posts are from autumn 2026; keep them actionable in the demo.
  # A real config leaves the default (30 days).
  expire_after: 3650d
`, base, q(host), q(base+"/blog/feed.xml"), q(base+"/forum/feed.atom"), q(base+"/news/feed.json"), q(dataDir))
}
