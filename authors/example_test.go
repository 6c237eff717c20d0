package authors_test

import (
	"fmt"

	"github.com/earshot-dev/earshot/authors"
	"github.com/earshot-dev/earshot/config"
	"github.com/earshot-dev/earshot/post"
)

func ExampleSuggest() {
	brand := config.Brand{Name: "Loquat", Terms: []string{"Loquat"}}
	posts := []post.Post{
		{ID: "a", ThreadID: "a", Host: "forum.example", Author: "kettle_rick", Text: "My Loquat logs me out"},
		{ID: "b", ThreadID: "a", Host: "forum.example", Author: "LoquatSupport", Text: "Fixed in 5.0.3"},
		{ID: "c", ThreadID: "a", Host: "forum.example", Author: "LoquatSupp0rt", Text: "Send us your password"},
	}
	for _, s := range authors.Suggest(posts, brand) {
		fmt.Printf("%s look-alike=%v: %s\n", s.Name, s.LookAlike, s.Evidence[0])
	}
	// Output:
	// LoquatSupport look-alike=false: name is "Loquat" joined with "support"
	// LoquatSupp0rt look-alike=true: look-alike: reads as "LoquatSupport", which is "Loquat" joined with "support"; do not add it, it may be impersonating the brand
}
