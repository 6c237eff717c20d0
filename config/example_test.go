package config_test

import (
	"errors"
	"fmt"

	"github.com/earshot-dev/earshot/config"
)

func ExampleParse() {
	c, err := config.Parse("earshot.yaml", []byte(`
brands:
  - name: Loquat
sources:
  - type: feed
    url: https://blog.example.com/feed.xml
crawl:
  delay: 2s
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Brands[0].Terms, c.Sources[0].Name, c.Sources[0].Schedule, c.Crawl.Delay, c.Index.Path)

	_, err = config.Parse("earshot.yaml", []byte(`
brands: [{name: Loquat}]
sourcs: []
`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, config.ErrUnknownKey))
	// Output:
	// [Loquat] blog.example.com 0 3 * * * 2s earshot-data
	// earshot.yaml:3: sourcs: unknown key; did you mean "sources"?
	// earshot.yaml: sources: required value missing: list at least one source
	// true
}
