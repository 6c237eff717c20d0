// Package config reads earshot.yaml: the brands to listen for, the sources to
// read, and how to crawl, index and follow up. It is one typed struct with
// defaults; Load reports every problem in a file at once, each with its line.
package config

import "time"

// Config is the whole of earshot.yaml.
type Config struct {
	// File is the path the config was loaded from, for messages; not in YAML.
	File string `yaml:"-"`

	Brands   []Brand  `yaml:"brands"`
	Sources  []Source `yaml:"sources"`
	Crawl    Crawl    `yaml:"crawl"`
	Index    Index    `yaml:"index"`
	Followup Followup `yaml:"followup"`
	Export   Export   `yaml:"export"`
}

// Brand is one brand to listen for.
type Brand struct {
	Name string `yaml:"name"`
	// Terms are names and aliases that count as a mention. They match on word
	// boundaries, case-insensitively. Defaults to []string{Name}.
	Terms []string `yaml:"terms"`
	// Exclude terms veto a mention: a post containing one is not about the
	// brand (for "Apple": "apple pie", "apple tree").
	Exclude []string `yaml:"exclude,omitempty"`
	// Context terms support an ambiguous mention (product names, the domain,
	// handles, the industry); NotContext terms reject it (for "Apple": pie,
	// orchard, cider). They weigh the mention's relevance.
	Context    []string `yaml:"context"`
	NotContext []string `yaml:"not_context"`
	// Accounts are the brand's own identities, used to tell that the brand
	// answered in a thread.
	Accounts Accounts `yaml:"accounts"`

	Line int `yaml:"-"` // line of the brand's entry, for messages
}

// Accounts are the identities under which a brand speaks.
type Accounts struct {
	// Usernames maps a host (forum.example.com) to the brand's user names
	// there. Matching is exact after case folding and trimming; the key "*"
	// applies to every host.
	Usernames map[string][]string `yaml:"usernames"`
	// AuthorURLs are profile URLs of the brand's accounts, compared in
	// canonical form.
	AuthorURLs []string `yaml:"author_urls"`
	// EmailDomains are domains whose authors' e-mail addresses belong to the
	// brand (loquat.example matches support@loquat.example).
	EmailDomains []string `yaml:"email_domains"`
	// Badges maps a host to the markup badges that mark the brand's own
	// posts there: "post_author" (WordPress bypostauthor) on the brand's own
	// blog, "staff" or "official" on its own forum, "distinguished" in its
	// own subreddit. A badge means the brand only on the hosts listed,
	// because a moderator elsewhere is someone else's moderator.
	Badges map[string][]string `yaml:"badges"`
}

// Source types.
const (
	SourceFeed = "feed"
	SourceSite = "site"
)

// Source is one place to read.
type Source struct {
	// Name identifies the source in logs, the index and exports. Defaults to
	// the URL's host (and path when two sources share a host).
	Name string `yaml:"name"`
	// Type is SourceFeed (RSS, Atom, JSON Feed) or SourceSite (crawled; a
	// later release).
	Type string `yaml:"type"`
	URL  string `yaml:"url"`
	// Schedule is a cron spec (5 fields or a @descriptor) for `earshot serve`.
	// Defaults to DefaultSchedule.
	Schedule string `yaml:"schedule"`

	// The fields below apply to SourceSite only.

	// Seeds are the URLs a crawl starts from (forum indexes, blog home
	// pages). Defaults to []string{URL}.
	Seeds []string `yaml:"seeds,omitempty"`
	// AllowedHosts are the host names the crawl may visit. Defaults to the
	// seeds' hosts.
	AllowedHosts []string `yaml:"allowed_hosts,omitempty"`
	// Include are Go regular expressions on the URL; when set, a discovered
	// link is followed only if one matches. Seeds and pagination are exempt.
	Include []string `yaml:"include,omitempty"`
	// Exclude are Go regular expressions on the URL; a URL matching one is
	// never fetched.
	Exclude []string `yaml:"exclude,omitempty"`
	// MaxDepth is how many links away from a seed the crawl goes;
	// pagination does not count. Defaults to DefaultMaxDepth.
	MaxDepth int `yaml:"max_depth,omitempty"`
	// MaxPages caps the pages fetched per run. Defaults to DefaultMaxPages.
	MaxPages int `yaml:"max_pages,omitempty"`

	// Weight scales the reach part of a follow-up's priority for criticism
	// found here: 2 for a forum the brand's customers live on, 0.5 for a
	// backwater. Defaults to 1.
	Weight float64 `yaml:"weight,omitempty"`

	Line int `yaml:"-"` // line of the source's entry, for messages
}

// DefaultSchedule runs a source nightly.
const DefaultSchedule = "0 3 * * *"

// Crawl says how to fetch.
type Crawl struct {
	// UserAgent is sent with every request; it should name a contact URL.
	UserAgent string `yaml:"user_agent"`
	// Contact is a URL (a page or mailto:) where site owners can reach
	// whoever runs this crawler; it is added to the User-Agent.
	Contact string `yaml:"contact"`
	// Delay is the minimum gap between two requests to one host.
	Delay Duration `yaml:"delay"`
	// ConnectTimeout bounds dialling and the TLS handshake.
	ConnectTimeout Duration `yaml:"connect_timeout"`
	// Timeout bounds one whole request, body included.
	Timeout Duration `yaml:"timeout"`
	// MaxBody caps a response body, counted after decompression.
	MaxBody ByteSize `yaml:"max_body"`
	// MaxRedirects caps a redirect chain.
	MaxRedirects int `yaml:"max_redirects"`
	// MaxURLLength caps the length of a URL the crawler follows; longer
	// ones are usually traps (session state or endless parameters).
	MaxURLLength int `yaml:"max_url_length"`
	// AllowPrivate permits loopback, private and link-local addresses. Off by
	// default so that a feed cannot point earshot at the intranet.
	AllowPrivate bool `yaml:"allow_private"`
}

// Index says where data lives.
type Index struct {
	// Path is a directory holding the Bleve index and the state store.
	Path string `yaml:"path"`
}

// Answer modes: what counts as the brand answering criticism.
const (
	// AnswerThread: any later post by the brand in the same thread.
	AnswerThread = "thread"
	// AnswerReply: a later post by the brand that replies to the criticism
	// (directly or further down its reply chain).
	AnswerReply = "reply"
)

// Followup says when unanswered criticism is flagged, what answers it and
// when it is no longer worth answering.
type Followup struct {
	// After is the SLA: how long criticism may stay unanswered before it is
	// flagged as overdue. Counted in business hours when BusinessHours is
	// set.
	After Duration `yaml:"after"`
	// Answer is AnswerThread (default) or AnswerReply.
	Answer string `yaml:"answer"`
	// ExpireAfter is how long after it was opened unanswered criticism stays
	// actionable; then the item expires. Defaults to DefaultExpireAfter.
	ExpireAfter Duration `yaml:"expire_after"`
	// BusinessHours, when set, makes the SLA count working time only.
	BusinessHours BusinessHours `yaml:"business_hours"`
}

// BusinessHours is a weekly working window in one time zone. The zero value
// means around the clock.
type BusinessHours struct {
	// TimeZone is an IANA name such as "Europe/Berlin". Defaults to UTC.
	TimeZone string `yaml:"timezone"`
	// Days are the working days: mon, tue, wed, thu, fri, sat, sun.
	// Defaults to mon..fri.
	Days []string `yaml:"days"`
	// Start and End are the local opening and closing times, "09:00" and
	// "17:30". Setting Start turns business hours on.
	Start string `yaml:"start"`
	End   string `yaml:"end"`
}

// Export tunes the CRM presets of `earshot export`.
type Export struct {
	HubSpot    HubSpotExport    `yaml:"hubspot"`
	Salesforce SalesforceExport `yaml:"salesforce"`
}

// HubSpotExport maps the queue onto a HubSpot ticket pipeline.
type HubSpotExport struct {
	// Pipeline is the ticket pipeline's name or ID. Defaults to HubSpot's
	// default "Support Pipeline".
	Pipeline string `yaml:"pipeline"`
	// Status maps an earshot state (open, answered, wont_respond, expired)
	// to a ticket status (pipeline stage) of that pipeline.
	Status map[string]string `yaml:"status"`
	// Source fills the ticket Source column. Empty by default: HubSpot's
	// options are channels (chat, email, form, phone) and none fits a public
	// post; set it to an option you added, such as "Social listening".
	Source string `yaml:"source"`
}

// SalesforceExport maps the queue onto Salesforce cases.
type SalesforceExport struct {
	// Origin is the Case Origin picklist value. Defaults to "Web".
	Origin string `yaml:"origin"`
	// Status maps an earshot state to a Case Status picklist value.
	Status map[string]string `yaml:"status"`
}

// Duration is a time.Duration written in YAML as "90s", "1h30m" or "2d".
type Duration time.Duration

// ByteSize is a size in bytes written in YAML as 1048576, "512KiB", "10MB".
type ByteSize int64

// Defaults.
const (
	DefaultUserAgent      = "earshot/0.1 (+https://github.com/earshot-dev/earshot)"
	DefaultDelay          = Duration(time.Second)
	DefaultConnectTimeout = Duration(10 * time.Second)
	DefaultTimeout        = Duration(30 * time.Second)
	DefaultMaxBody        = ByteSize(10 << 20)
	DefaultMaxRedirects   = 10
	DefaultMaxURLLength   = 2048
	DefaultMaxDepth       = 3
	DefaultMaxPages       = 500
	DefaultIndexPath      = "earshot-data"
	DefaultFollowupAfter  = Duration(24 * time.Hour)
	DefaultExpireAfter    = Duration(30 * 24 * time.Hour)
)
