package config

import (
	"errors"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

func TestDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		str  string
	}{
		{"90s", 90 * time.Second, "1m30s"},
		{"1h30m", 90 * time.Minute, "1h30m"},
		{"2d", 48 * time.Hour, "2d"},
		{"1d12h", 36 * time.Hour, "36h"},
		{"0", 0, "0s"},
		{"45", 45 * time.Second, "45s"},
		{" 10m ", 10 * time.Minute, "10m"},
		{"1h", time.Hour, "1h"},
		{"1h0m1s", time.Hour + time.Second, "1h0m1s"},
		{"500ms", 500 * time.Millisecond, "500ms"},
		{"-5s", -5 * time.Second, "-5s"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDuration(tt.in)
			if err != nil || got.Std() != tt.want {
				t.Fatalf("ParseDuration(%q): got %v, %v; want %v", tt.in, got.Std(), err, tt.want)
			}
			if s := got.String(); s != tt.str {
				t.Errorf("String(): got %q, want %q", s, tt.str)
			}
			if back, err := ParseDuration(got.String()); err != nil || back != got {
				t.Errorf("round trip of %q: got %v, %v; want %v", got.String(), back, err, got)
			}
		})
	}
	for _, bad := range []string{"", "5 sec", "d", "2dd", "1.5", "-2d", "2d-1h", "99999999999999999d", "9999999999999999999"} {
		t.Run("bad "+bad, func(t *testing.T) {
			if got, err := ParseDuration(bad); !errors.Is(err, ErrInvalid) {
				t.Errorf("ParseDuration(%q): got %v, %v; want ErrInvalid", bad, got, err)
			}
		})
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want ByteSize
		str  string
	}{
		{"1048576", 1 << 20, "1MiB"},
		{"512KiB", 512 << 10, "512KiB"},
		{"10MiB", 10 << 20, "10MiB"},
		{"10MB", 10_000_000, "10MB"},
		{"1GiB", 1 << 30, "1GiB"},
		{"100kb", 100_000, "100KB"},
		{"1.5MiB", 3 << 19, "1536KiB"},
		{"10 mib", 10 << 20, "10MiB"},
		{"1234", 1234, "1234"},
		{"0", 0, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseByteSize(tt.in)
			if err != nil || got != tt.want {
				t.Fatalf("ParseByteSize(%q): got %d, %v; want %d", tt.in, got, err, tt.want)
			}
			if s := got.String(); s != tt.str {
				t.Errorf("String(): got %q, want %q", s, tt.str)
			}
		})
	}
	for _, bad := range []string{"", "MiB", "-1", "10 parsecs", "1..5KB", "9999999999TiB", "99999999999999999999"} {
		t.Run("bad "+bad, func(t *testing.T) {
			if got, err := ParseByteSize(bad); !errors.Is(err, ErrInvalid) {
				t.Errorf("ParseByteSize(%q): got %d, %v; want ErrInvalid", bad, got, err)
			}
		})
	}
}

func TestUnitsYAML(t *testing.T) {
	type doc struct {
		D Duration `yaml:"d"`
		B ByteSize `yaml:"b"`
	}
	in := doc{D: Duration(36 * time.Hour), B: 10 << 20}
	out, err := yaml.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "d: 36h\nb: 10MiB\n"; string(out) != want {
		t.Errorf("Marshal: got %q, want %q", out, want)
	}
	var back doc
	if err := yaml.Unmarshal(out, &back); err != nil || back != in {
		t.Errorf("Unmarshal(%q): got %+v, %v; want %+v", out, back, err, in)
	}
	if err := yaml.Unmarshal([]byte("d: [1]\n"), &back); !errors.Is(err, ErrInvalid) {
		t.Errorf("Unmarshal list into Duration: got %v, want ErrInvalid", err)
	}
}

func FuzzDuration(f *testing.F) {
	for _, s := range []string{"90s", "1h30m", "2d", "45", "1d12h", "-3m", "1.5h"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil {
			return
		}
		back, err := ParseDuration(d.String())
		if err != nil || back != d {
			t.Errorf("ParseDuration(%q) = %v; its String %q reads back as %v, %v", s, d.Std(), d.String(), back.Std(), err)
		}
	})
}

func FuzzByteSize(f *testing.F) {
	for _, s := range []string{"1048576", "512KiB", "10MB", "100kb", "1.5GiB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseByteSize(s)
		if err != nil {
			return
		}
		if b < 0 {
			t.Errorf("ParseByteSize(%q) = %d, want >= 0", s, b)
		}
		back, err := ParseByteSize(b.String())
		if err != nil || back != b {
			t.Errorf("ParseByteSize(%q) = %d; its String %q reads back as %d, %v", s, b, b.String(), back, err)
		}
	})
}
