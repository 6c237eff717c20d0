package classify

import "testing"

// TestLogitsBucketMask checks that the hashed features' buckets, taken by
// a mask when their number is a power of two, are those of the modulo,
// and the logits the same to the bit.
func TestLogitsBucketMask(t *testing.T) {
	m := trainedSentimentModel()
	if m.buckets == 0 || m.buckets&(m.buckets-1) != 0 {
		t.Fatalf("got %d buckets, want a power of two", m.buckets)
	}
	var x [numFeatures]float64
	for k := range x {
		x[k] = float64(k%5) - 1.5
	}
	for _, tc := range []struct {
		name string
		h    []uint32
	}{
		{"none", nil},
		{"small", []uint32{0, 1, 2, 16383, 16384}},
		{"large", []uint32{0xffffffff, 0x9e3779b9, 0x85ebca6b, 0xdeadbeef, fnv([]byte("good")), mixHash(1, 2)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := m.logits(&x, nil)
			for _, hv := range tc.h {
				b := int(hv%m.buckets) * numClasses
				for c := range numClasses {
					want[c] += float64(m.hashed[b+c])
				}
			}
			if got := m.logits(&x, tc.h); got != want {
				t.Errorf("got logits %v, want %v", got, want)
			}
		})
	}
}
