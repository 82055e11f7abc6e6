package corpus

import (
	"context"
	"testing"
)

// BenchmarkOverflowNotes: the out-of-range check over the seeds (most of it
// numparse.Overflows' precheck), per byte of text.
func BenchmarkOverflowNotes(b *testing.B) {
	as, _, err := testPipeline.Parser().LoadSeeds(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, a := range as {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		overflowNotes(as)
	}
}
