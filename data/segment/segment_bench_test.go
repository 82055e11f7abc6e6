package segment

// Benchmarks for issue 7 (make bench). Target 1 compares loading gse's
// dictionary as gse ships it with loading the compact one, in time and in
// memory kept (heap-MB: live heap after loading, minus before) — both in
// one run. Target 4's per-sentence Cut comparison is here for the seeds and
// in data's BenchmarkThroughputPerCore for the generated corpus.

import (
	"io/fs"
	"runtime"
	"strings"
	"testing"

	"zhibiao/data/region"
	"zhibiao/seeds"
)

// BenchmarkLoad loads the segmenter: stock is gse's LoadDictEmbed plus the
// domain words (what New did before), compact is New.
func BenchmarkLoad(b *testing.B) {
	b.Run("stock", func(b *testing.B) {
		benchmarkLoad(b, func() (any, error) { return newStock() })
	})
	b.Run("compact", func(b *testing.B) {
		benchmarkLoad(b, func() (any, error) { return New(region.Default()) })
	})
}

func benchmarkLoad(b *testing.B, load func() (any, error)) {
	var kept float64
	for b.Loop() {
		before := liveHeap()
		s, err := load()
		if err != nil {
			b.Fatal(err)
		}
		kept = float64(liveHeap()-before) / (1 << 20)
		runtime.KeepAlive(s)
	}
	b.ReportMetric(kept, "heap-MB")
}

// liveHeap is the heap in use after a full collection.
func liveHeap() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// seedText is the seed articles' text.
func seedText(b *testing.B) string {
	var sb strings.Builder
	err := fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, ".txt") {
			return err
		}
		t, err := fs.ReadFile(seeds.FS, p)
		sb.Write(t)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return sb.String()
}

// BenchmarkCut cuts the seed articles on one goroutine: stock is gse's
// Cut(sentence, true) sentence by sentence, compact is Segmenter.Cut (the
// same words, see TestCutMatchesGse).
func BenchmarkCut(b *testing.B) {
	text := seedText(b)
	b.Run("stock", func(b *testing.B) {
		st, err := newStock()
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			st.Cut(text)
		}
	})
	b.Run("compact", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			seg.Cut(text)
		}
	})
}
