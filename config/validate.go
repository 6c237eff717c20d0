package config

import (
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/robfig/cron/v3"
)

// SetDefaults fills every unset field with its default: Crawl, Index and
// Followup fields from the Default constants, Brand.Terms with the brand's
// name, Source.Schedule with DefaultSchedule, and Source.Name with the URL's
// host (host and path when two sources would otherwise share a name).
//
// A zero value counts as unset, so SetDefaults turns a zero Delay,
// MaxRedirects or Followup.After into the default; Parse applies the defaults
// before decoding so that an explicit 0 in the file is kept.
func (c *Config) SetDefaults() {
	if c.Crawl.UserAgent == "" {
		c.Crawl.UserAgent = DefaultUserAgent
	}
	if c.Crawl.Delay == 0 {
		c.Crawl.Delay = DefaultDelay
	}
	if c.Crawl.ConnectTimeout == 0 {
		c.Crawl.ConnectTimeout = DefaultConnectTimeout
	}
	if c.Crawl.Timeout == 0 {
		c.Crawl.Timeout = DefaultTimeout
	}
	if c.Crawl.MaxBody == 0 {
		c.Crawl.MaxBody = DefaultMaxBody
	}
	if c.Crawl.MaxRedirects == 0 {
		c.Crawl.MaxRedirects = DefaultMaxRedirects
	}
	if c.Crawl.MaxURLLength == 0 {
		c.Crawl.MaxURLLength = DefaultMaxURLLength
	}
	if c.Index.Path == "" {
		c.Index.Path = DefaultIndexPath
	}
	if c.Followup.After == 0 {
		c.Followup.After = DefaultFollowupAfter
	}
	if c.Followup.Answer == "" {
		c.Followup.Answer = AnswerThread
	}
	if c.Followup.ExpireAfter == 0 {
		c.Followup.ExpireAfter = DefaultExpireAfter
	}
	c.setEntryDefaults()
}

// setEntryDefaults fills the defaults of brands and sources, which depend on
// their other fields and so can only be applied after decoding.
func (c *Config) setEntryDefaults() {
	for i := range c.Brands {
		b := &c.Brands[i]
		if len(b.Terms) == 0 && strings.TrimSpace(b.Name) != "" {
			b.Terms = []string{b.Name}
		}
	}
	taken := make(map[string]bool)
	hosts := make(map[string]int)
	for _, s := range c.Sources {
		if s.Name != "" {
			taken[s.Name] = true
		} else if u := httpURL(s.URL); u != nil {
			hosts[u.Host]++
		}
	}
	for i := range c.Sources {
		s := &c.Sources[i]
		if s.Schedule == "" {
			s.Schedule = DefaultSchedule
		}
		if s.Weight == 0 {
			s.Weight = 1
		}
		if s.Type == SourceSite {
			s.setSiteDefaults()
		}
		if s.Name != "" {
			continue
		}
		u := httpURL(s.URL)
		if u == nil {
			continue // Validate reports the URL
		}
		name := u.Host
		if hosts[u.Host] > 1 || taken[name] {
			name = u.Host + strings.TrimSuffix(u.EscapedPath(), "/")
		}
		s.Name = name
	}
}

// Validate checks the config and returns an Errors listing every problem, or
// nil. Positions come from the Line fields of brands and sources (0 when
// unknown); Parse reports the exact line of each key.
func (c *Config) Validate() error {
	return c.validate(nil, nil).err()
}

// reporter collects validation problems, taking the line of a key from lines
// when Parse recorded it and skipping keys the decoder already reported.
type reporter struct {
	file   string
	lines  map[string]int
	failed map[string]bool
	errs   Errors
}

func (r *reporter) add(key string, line int, err error) {
	if r.failed[key] {
		return
	}
	if l, ok := r.lines[key]; ok {
		line = l
	}
	r.errs = append(r.errs, &Error{File: r.file, Line: line, Key: key, Err: err})
}

func (c *Config) validate(lines map[string]int, failed map[string]bool) Errors {
	r := &reporter{file: c.File, lines: lines, failed: failed}
	if len(c.Brands) == 0 {
		r.add("brands", 0, fmt.Errorf("%w: list at least one brand", ErrMissing))
	}
	names := make(map[string]int)
	for i := range c.Brands {
		c.Brands[i].validate(r, "brands["+strconv.Itoa(i)+"]", names, i)
	}
	if len(c.Sources) == 0 {
		r.add("sources", 0, fmt.Errorf("%w: list at least one source", ErrMissing))
	}
	names = make(map[string]int)
	for i := range c.Sources {
		c.Sources[i].validate(r, "sources["+strconv.Itoa(i)+"]", names, i)
	}
	c.Crawl.validate(r)
	if strings.TrimSpace(c.Index.Path) == "" {
		r.add("index.path", 0, fmt.Errorf("%w: set a directory for the index", ErrMissing))
	}
	c.Followup.validate(r)
	for _, name := range []string{"hubspot", "salesforce"} {
		status := c.Export.HubSpot.Status
		if name == "salesforce" {
			status = c.Export.Salesforce.Status
		}
		for _, st := range slices.Sorted(maps.Keys(status)) {
			key := "export." + name + ".status." + st
			if !slices.Contains(States, st) {
				r.add(key, 0, fmt.Errorf("%w: %q is not a follow-up state (want one of %s)", ErrInvalid, st, strings.Join(States, ", ")))
			} else if strings.TrimSpace(status[st]) == "" {
				r.add(key, 0, fmt.Errorf("%w: empty status", ErrInvalid))
			}
		}
	}
	return r.errs
}

// States are the follow-up states, named here so that config can check the
// export status maps; package followup defines their meaning.
var States = []string{"open", "answered", "wont_respond", "expired"}

// Badges are the author badges an extractor reports that can identify a
// brand on a host. "submitter" (the thread's starter) is not one: it says
// who started a thread, not who someone is.
var Badges = []string{"post_author", "staff", "moderator", "admin", "official", "distinguished"}

func (f *Followup) validate(r *reporter) {
	if f.After < 0 {
		r.add("followup.after", 0, fmt.Errorf("%w: %s is negative", ErrInvalid, f.After))
	}
	switch f.Answer {
	case AnswerThread, AnswerReply:
	default:
		r.add("followup.answer", 0, fmt.Errorf("%w: answer %q is neither %q nor %q", ErrInvalid, f.Answer, AnswerThread, AnswerReply))
	}
	if f.ExpireAfter < 0 {
		r.add("followup.expire_after", 0, fmt.Errorf("%w: %s is negative", ErrInvalid, f.ExpireAfter))
	}
	if _, err := f.BusinessHours.Window(); err != nil {
		r.add("followup.business_hours", 0, err)
	}
}

func (b *Brand) validate(r *reporter, key string, names map[string]int, i int) {
	switch j, dup := names[b.Name]; {
	case strings.TrimSpace(b.Name) == "":
		r.add(key+".name", b.Line, fmt.Errorf("%w: a brand needs a name", ErrMissing))
	case dup:
		r.add(key+".name", b.Line, fmt.Errorf("%w: name %q is already used by brands[%d]", ErrInvalid, b.Name, j))
	default:
		names[b.Name] = i
	}
	if len(b.Terms) == 0 && strings.TrimSpace(b.Name) != "" {
		r.add(key+".terms", b.Line, fmt.Errorf("%w: list at least one term", ErrMissing))
	}
	for j, t := range b.Terms {
		if strings.TrimSpace(t) == "" {
			r.add(key+".terms["+strconv.Itoa(j)+"]", b.Line, fmt.Errorf("%w: empty term", ErrInvalid))
		}
	}
	for j, t := range b.Exclude {
		if strings.TrimSpace(t) == "" {
			r.add(key+".exclude["+strconv.Itoa(j)+"]", b.Line, fmt.Errorf("%w: empty term", ErrInvalid))
		}
	}
	acc := key + ".accounts"
	// Sorted so that problems come out in the same order on every run.
	for _, host := range slices.Sorted(maps.Keys(b.Accounts.Usernames)) {
		users := b.Accounts.Usernames[host]
		hk := acc + ".usernames." + host
		if strings.TrimSpace(host) == "" {
			r.add(hk, b.Line, fmt.Errorf("%w: empty host (use \"*\" for every host)", ErrInvalid))
		}
		for j, u := range users {
			if strings.TrimSpace(u) == "" {
				r.add(hk+"["+strconv.Itoa(j)+"]", b.Line, fmt.Errorf("%w: empty user name", ErrInvalid))
			}
		}
	}
	for j, u := range b.Accounts.AuthorURLs {
		if err := checkHTTPURL(u); err != nil {
			r.add(acc+".author_urls["+strconv.Itoa(j)+"]", b.Line, err)
		}
	}
	for j, d := range b.Accounts.EmailDomains {
		if err := checkDomain(d); err != nil {
			r.add(acc+".email_domains["+strconv.Itoa(j)+"]", b.Line, err)
		}
	}
	for _, host := range slices.Sorted(maps.Keys(b.Accounts.Badges)) {
		hk := acc + ".badges." + host
		if strings.TrimSpace(host) == "" || host == "*" {
			r.add(hk, b.Line, fmt.Errorf("%w: badges need a host: a badge identifies the brand only on its own site", ErrInvalid))
		}
		for j, badge := range b.Accounts.Badges[host] {
			if !slices.Contains(Badges, badge) {
				r.add(hk+"["+strconv.Itoa(j)+"]", b.Line, fmt.Errorf("%w: badge %q is not one of %s", ErrInvalid, badge, strings.Join(Badges, ", ")))
			}
		}
	}
}

func (s *Source) validate(r *reporter, key string, names map[string]int, i int) {
	switch s.Type {
	case SourceFeed, SourceSite:
	case "":
		r.add(key+".type", s.Line, fmt.Errorf("%w: set type to %q or %q", ErrMissing, SourceFeed, SourceSite))
	default:
		r.add(key+".type", s.Line, fmt.Errorf("%w: type %q is neither %q nor %q", ErrInvalid, s.Type, SourceFeed, SourceSite))
	}
	urlOK := false
	if s.URL == "" {
		r.add(key+".url", s.Line, fmt.Errorf("%w: a source needs a url", ErrMissing))
	} else if err := checkHTTPURL(s.URL); err != nil {
		r.add(key+".url", s.Line, err)
	} else {
		urlOK = true
	}
	switch j, dup := names[s.Name]; {
	case s.Name == "":
		// Without a valid URL there is no default name; the URL is the problem.
		if urlOK {
			r.add(key+".name", s.Line, fmt.Errorf("%w: a source needs a name", ErrMissing))
		}
	case dup:
		r.add(key+".name", s.Line, fmt.Errorf("%w: name %q is already used by sources[%d]; give one of them a name", ErrInvalid, s.Name, j))
	default:
		names[s.Name] = i
	}
	if s.Type == SourceSite {
		s.validateSite(r, key)
	}
	if s.Weight < 0 {
		r.add(key+".weight", s.Line, fmt.Errorf("%w: weight %g is negative", ErrInvalid, s.Weight))
	}
	if s.Schedule == "" {
		r.add(key+".schedule", s.Line, fmt.Errorf("%w: set a cron schedule such as %q", ErrMissing, DefaultSchedule))
	} else if err := checkSchedule(s.Schedule); err != nil {
		r.add(key+".schedule", s.Line, fmt.Errorf("%w: schedule %q: %w", ErrInvalid, s.Schedule, err))
	}
}

// setSiteDefaults fills a site source's seeds, hosts and bounds.
func (s *Source) setSiteDefaults() {
	if len(s.Seeds) == 0 && s.URL != "" {
		s.Seeds = []string{s.URL}
	}
	if len(s.AllowedHosts) == 0 {
		seen := map[string]bool{}
		for _, seed := range s.Seeds {
			if u := httpURL(seed); u != nil && !seen[strings.ToLower(u.Hostname())] {
				seen[strings.ToLower(u.Hostname())] = true
				s.AllowedHosts = append(s.AllowedHosts, strings.ToLower(u.Hostname()))
			}
		}
	}
	if s.MaxDepth == 0 {
		s.MaxDepth = DefaultMaxDepth
	}
	if s.MaxPages == 0 {
		s.MaxPages = DefaultMaxPages
	}
}

// validateSite checks the fields only a site source has.
func (s *Source) validateSite(r *reporter, key string) {
	hosts := map[string]bool{}
	for _, h := range s.AllowedHosts {
		if !validHost(h) {
			hosts = nil // reported below; checking seeds against it says nothing
			break
		}
		hosts[strings.ToLower(strings.TrimSuffix(h, "."))] = true
	}
	for j, seed := range s.Seeds {
		if err := checkHTTPURL(seed); err != nil {
			r.add(key+".seeds["+strconv.Itoa(j)+"]", s.Line, err)
		} else if h := strings.ToLower(strings.TrimSuffix(httpURL(seed).Hostname(), ".")); len(hosts) > 0 && !hosts[h] {
			r.add(key+".seeds["+strconv.Itoa(j)+"]", s.Line, fmt.Errorf("%w: host %q of %q is not in allowed_hosts", ErrInvalid, h, seed))
		}
	}
	for j, h := range s.AllowedHosts {
		if !validHost(h) {
			r.add(key+".allowed_hosts["+strconv.Itoa(j)+"]", s.Line, fmt.Errorf("%w: %q is not a host name such as forum.example.com", ErrInvalid, h))
		}
	}
	for _, list := range []struct {
		name string
		res  []string
	}{{"include", s.Include}, {"exclude", s.Exclude}} {
		for j, re := range list.res {
			if _, err := regexp.Compile(re); err != nil {
				r.add(key+"."+list.name+"["+strconv.Itoa(j)+"]", s.Line, fmt.Errorf("%w: regular expression %q: %w", ErrInvalid, re, err))
			}
		}
	}
	if s.MaxDepth < 0 {
		r.add(key+".max_depth", s.Line, fmt.Errorf("%w: %d is negative", ErrInvalid, s.MaxDepth))
	}
	if s.MaxPages < 0 {
		r.add(key+".max_pages", s.Line, fmt.Errorf("%w: %d is negative", ErrInvalid, s.MaxPages))
	}
}

// validHost accepts a bare host name or address: no scheme, path, port
// separator misuse or spaces.
func validHost(h string) bool {
	return strings.TrimSpace(h) != "" && !strings.ContainsAny(h, "/ \t@?#")
}

func (c *Crawl) validate(r *reporter) {
	if strings.TrimSpace(c.UserAgent) == "" {
		r.add("crawl.user_agent", 0, fmt.Errorf("%w: set a user agent that names a contact URL", ErrMissing))
	}
	if c.Delay < 0 {
		r.add("crawl.delay", 0, fmt.Errorf("%w: %s is negative", ErrInvalid, c.Delay))
	}
	if c.ConnectTimeout <= 0 {
		r.add("crawl.connect_timeout", 0, fmt.Errorf("%w: %s is not positive", ErrInvalid, c.ConnectTimeout))
	}
	if c.Timeout <= 0 {
		r.add("crawl.timeout", 0, fmt.Errorf("%w: %s is not positive", ErrInvalid, c.Timeout))
	}
	if c.MaxBody <= 0 {
		r.add("crawl.max_body", 0, fmt.Errorf("%w: %s is not positive", ErrInvalid, c.MaxBody))
	}
	if c.MaxRedirects < 0 || c.MaxRedirects > 20 {
		r.add("crawl.max_redirects", 0, fmt.Errorf("%w: %d is outside 0..20", ErrInvalid, c.MaxRedirects))
	}
	if c.Contact != "" {
		if u, err := url.Parse(c.Contact); err != nil || (u.Scheme != "mailto" && httpURL(c.Contact) == nil) || (u.Scheme == "mailto" && u.Opaque == "") {
			r.add("crawl.contact", 0, fmt.Errorf("%w: %q is not an http(s) or mailto: URL", ErrInvalid, c.Contact))
		}
	}
	if c.MaxURLLength < 64 || c.MaxURLLength > 65536 {
		r.add("crawl.max_url_length", 0, fmt.Errorf("%w: %d is outside 64..65536", ErrInvalid, c.MaxURLLength))
	}
}

// checkSchedule parses a cron spec the way `earshot serve` will. It guards
// against a robfig/cron v3.0.1 panic on a time zone prefix with no spec after
// it ("TZ=UTC").
func checkSchedule(spec string) (err error) {
	if strings.HasPrefix(spec, "TZ=") || strings.HasPrefix(spec, "CRON_TZ=") {
		if !strings.Contains(spec, " ") {
			return fmt.Errorf("time zone %q without a schedule after it", spec)
		}
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("cannot parse: %v", p)
		}
	}()
	p := cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
	_, err = p.Parse(spec)
	return err
}

// httpURL returns s parsed if it is an absolute http or https URL with a
// host, and nil otherwise.
func httpURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil
	}
	return u
}

func checkHTTPURL(s string) error {
	if httpURL(s) == nil {
		return fmt.Errorf("%w: %q is not an absolute http or https URL", ErrInvalid, s)
	}
	return nil
}

// checkDomain accepts host names such as loquat.example: dot-separated
// labels of letters, digits and inner hyphens, at least two of them.
func checkDomain(s string) error {
	if strings.Contains(s, "@") {
		return fmt.Errorf("%w: %q is an address; give only the part after @", ErrInvalid, s)
	}
	labels := strings.Split(strings.TrimSuffix(s, "."), ".")
	ok := len(labels) >= 2
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			ok = false
			break
		}
		for _, r := range l {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				ok = false
			}
		}
	}
	if !ok {
		return fmt.Errorf("%w: %q is not a domain such as example.com", ErrInvalid, s)
	}
	return nil
}

// SourceByName returns the source called name.
func (c *Config) SourceByName(name string) (*Source, bool) {
	for i := range c.Sources {
		if c.Sources[i].Name == name {
			return &c.Sources[i], true
		}
	}
	return nil, false
}

// BrandByName returns the brand called name.
func (c *Config) BrandByName(name string) (*Brand, bool) {
	for i := range c.Brands {
		if c.Brands[i].Name == name {
			return &c.Brands[i], true
		}
	}
	return nil, false
}
