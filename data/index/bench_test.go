package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRefresh indexes the folder named by ZHIBIAO_BENCH_CORPUS (e.g. a
// corpus of scripts/bigcorpus) from scratch; skipped without it.
func BenchmarkRefresh(b *testing.B) {
	dir := os.Getenv("ZHIBIAO_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set ZHIBIAO_BENCH_CORPUS to a corpus folder")
	}
	for b.Loop() {
		ix, err := Open(testPipeline, filepath.Join(b.TempDir(), "ix.sqlite"), dir)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.Refresh(context.Background(), nil); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}
