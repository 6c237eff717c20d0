// Package gen writes the generated Go files of earshot's trainers: a
// model's weights as Go source, formatted.
package gen

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"strconv"

	"github.com/earshot-dev/earshot/classify"
)

// WriteModel writes m's intercept as the constant name+"Bias" and its
// weights as the array name+"Weights" of classify.ComplaintDims entries,
// the zero ones left out, each with a doc comment saying it is what's.
// Weights keep 5 significant digits and the intercept 6: enough that a
// score moves by less than 1e-4, and the file stays readable in a diff.
func WriteModel(b *bytes.Buffer, name, what string, m *classify.ComplaintModel) {
	fmt.Fprintf(b, "// %sBias is %s's intercept.\nconst %sBias = %s\n\n", name, what, name, strconv.FormatFloat(m.Bias, 'g', 6, 64))
	fmt.Fprintf(b, "// %sWeights are %s's weights, indexed as\n// ComplaintFeatures; slots left out are zero.\nvar %sWeights = [ComplaintDims]float64{\n", name, what, name)
	for i, w := range m.Weights {
		if s := strconv.FormatFloat(w, 'g', 5, 64); w != 0 && s != "0" {
			fmt.Fprintf(b, "%d: %s,\n", i, s)
		}
	}
	b.WriteString("}\n\n")
}

// WriteFile formats src as Go and writes it to path.
func WriteFile(path string, src []byte) error {
	out, err := format.Source(src)
	if err != nil {
		return fmt.Errorf("gen: format %s: %w", path, err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return nil
}
