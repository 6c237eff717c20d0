package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/earshot-dev/earshot/classify"
)

func TestWriteModel(t *testing.T) {
	m := &classify.ComplaintModel{Weights: make([]float64, classify.ComplaintDims), Bias: -1.23456789}
	m.Weights[3] = 0.123456789
	m.Weights[7] = 1e-9 // rounds to 1e-09, kept: only exact zeros and "0" are left out
	var b bytes.Buffer
	b.WriteString("package classify\n\n")
	WriteModel(&b, "toy", "the toy model", m)
	out := filepath.Join(t.TempDir(), "toy_gen.go")
	if err := WriteFile(out, b.Bytes()); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"const toyBias = -1.23457\n", "3: 0.12346,\n", "7: 1e-09,\n", "// toyWeights are the toy model's weights"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated file lacks %q; got:\n%s", want, src)
		}
	}
	if strings.Contains(string(src), "\n\t0:") {
		t.Errorf("generated file lists a zero weight; got:\n%s", src)
	}
}

func TestWriteFileRejectsBadGo(t *testing.T) {
	out := filepath.Join(t.TempDir(), "bad.go")
	if err := WriteFile(out, []byte("package x\nfunc {")); err == nil || !strings.Contains(err.Error(), "bad.go") {
		t.Errorf("WriteFile error = %v, want one naming bad.go", err)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("WriteFile wrote %s despite the error", out)
	}
}
