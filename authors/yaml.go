package authors

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/earshot-dev/earshot/config"
)

// entry is one value of a host's list, with the reason it was added.
type entry struct{ value, comment string }

// AccountsYAML returns the usernames: and badges: of a with the suggestions
// added, as YAML to paste under the brand's accounts: in place of the
// usernames: and badges: it has (their entries are kept). A suggested name
// adds its user name on its host; a badge with no brand name adds the
// badge on its host, with a comment to keep it only if the host is the
// brand's own site. Look-alikes are never added. It returns nil when there
// is nothing to write.
func AccountsYAML(a config.Accounts, ss []Suggestion) ([]byte, error) {
	users := map[string][]entry{}
	badges := map[string][]entry{}
	add := func(m map[string][]entry, host, value, comment string) {
		for _, e := range m[host] {
			if strings.EqualFold(e.value, value) {
				return
			}
		}
		m[host] = append(m[host], entry{value, comment})
	}
	for h, list := range a.Usernames {
		for _, u := range list {
			add(users, h, u, "")
		}
	}
	for h, list := range a.Badges {
		for _, b := range list {
			add(badges, h, b, "")
		}
	}
	for _, s := range ss {
		switch {
		case s.LookAlike || s.Configured:
		case s.NameMatch != "":
			add(users, s.Host, s.Name, "suggested: "+s.Evidence[0])
		default:
			for _, b := range s.Badges {
				add(badges, s.Host, b, fmt.Sprintf("suggested (seen on %s): keep only if %s is the brand's own site", s.Name, s.Host))
			}
		}
	}
	if len(users) == 0 && len(badges) == 0 {
		return nil, nil
	}
	root := &yaml.Node{Kind: yaml.MappingNode}
	section := func(name string, m map[string][]entry) {
		if len(m) == 0 {
			return
		}
		hosts := &yaml.Node{Kind: yaml.MappingNode}
		for _, h := range slices.Sorted(maps.Keys(m)) {
			seq := &yaml.Node{Kind: yaml.SequenceNode}
			for _, e := range m[h] {
				seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: e.value, LineComment: comment(e.comment)})
			}
			hosts.Content = append(hosts.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: h}, seq)
		}
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: name}, hosts)
	}
	section("usernames", users)
	section("badges", badges)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, fmt.Errorf("authors: accounts yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("authors: accounts yaml: %w", err)
	}
	return buf.Bytes(), nil
}

// comment makes crawled text safe as a one-line YAML comment.
func comment(s string) string {
	if s == "" {
		return ""
	}
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	return "# " + s
}
