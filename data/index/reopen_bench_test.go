package index

import (
	"context"
	"os"
	"testing"
	"time"
)

// BenchmarkReopen refreshes an unchanged, indexed folder and reads its
// corpus back: ZHIBIAO_BENCH_CORPUS and ZHIBIAO_BENCH_INDEX (an index of
// it, e.g. made by zhibiao index); skipped without them.
func BenchmarkReopen(b *testing.B) {
	dir, path := os.Getenv("ZHIBIAO_BENCH_CORPUS"), os.Getenv("ZHIBIAO_BENCH_INDEX")
	if dir == "" || path == "" {
		b.Skip("set ZHIBIAO_BENCH_CORPUS and ZHIBIAO_BENCH_INDEX")
	}
	for b.Loop() {
		t0 := time.Now()
		ix, err := Open(testPipeline, path, dir)
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		st, err := ix.Refresh(context.Background(), nil)
		if err != nil || st.Analysed > 0 {
			b.Fatal(err, st)
		}
		t2 := time.Now()
		l, err := ix.Corpus(context.Background(), nil)
		if err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		b.Logf("open %v refresh %v corpus %v (%d articles, %d indicators)", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), len(l.Corpus.Articles), len(l.Corpus.Indicators))
		ix.Close()
	}
}
