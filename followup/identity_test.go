package followup

import (
	"testing"

	"github.com/earshot-dev/earshot/post"
)

func TestIsBrandAccount(t *testing.T) {
	a := loquat.Accounts
	tests := []struct {
		name string
		p    post.Post
		want bool
	}{
		{"exact username", post.Post{Host: "forum.example", Author: "LoquatSupport"}, true},
		{"case and space folded", post.Post{Host: "Forum.Example", Author: "  loquatsupport\t"}, true},
		{"host from URL", post.Post{URL: "https://forum.example/x", Author: "LoquatSupport"}, true},
		{"digit look-alike", post.Post{Host: "forum.example", Author: "LoquatSupp0rt"}, false},
		{"prefix look-alike", post.Post{Host: "forum.example", Author: "NotLoquatSupport"}, false},
		{"other host", post.Post{Host: "x.example", Author: "LoquatSupport"}, false},
		{"star host", post.Post{Host: "x.example", Author: "loquat team"}, true},
		{"empty author", post.Post{Host: "forum.example"}, false},
		{"author URL trailing slash", post.Post{AuthorURL: "https://social.example/@loquat"}, true},
		{"author URL other path", post.Post{AuthorURL: "https://social.example/@loquat/posts"}, false},
		{"author URL relative", post.Post{AuthorURL: "/@loquat"}, false},
		{"email domain", post.Post{AuthorEmail: "help@loquat.example"}, true},
		{"email subdomain", post.Post{AuthorEmail: "help@eu.loquat.example"}, true},
		{"email suffix look-alike", post.Post{AuthorEmail: "help@evilloquat.example"}, false},
		{"email domain as local part", post.Post{AuthorEmail: "loquat.example@evil.example"}, false},
		{"not an email", post.Post{AuthorEmail: "loquat.example"}, false},
		{"badge on the brand's blog", post.Post{Host: "blog.loquat.example", Author: "Dana", Badges: []string{"post_author"}}, true},
		{"badge on another blog", post.Post{Host: "blog.other.example", Author: "Dana", Badges: []string{"post_author"}}, false},
		{"other badge on the brand's blog", post.Post{Host: "blog.loquat.example", Author: "Dana", Badges: []string{"moderator"}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsBrandAccount(tt.p, a); got != tt.want {
				t.Errorf("IsBrandAccount(%+v): got %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}
