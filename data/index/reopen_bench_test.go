package index

import (
	"context"
	"os"
	"testing"
	"time"

	"zhibiao/data"
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
		// What the dashboard reads instead (the figures stay in the index):
		// the stories, the indicators' spread, the most reported indicator's figures.
		l, err = ix.Stories(context.Background(), nil)
		if err != nil {
			b.Fatal(err)
		}
		t4 := time.Now()
		sp, err := ix.Spreads(context.Background())
		if err != nil || len(sp) == 0 {
			b.Fatal(err)
		}
		t5 := time.Now()
		n := 0
		if err := ix.FiguresOf(context.Background(), []string{sp[0].Indicator}, false, func(int64, *data.Indicator) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
		t6 := time.Now()
		m := 0
		if err := ix.IndicatorFigures(context.Background(), []string{sp[0].Indicator}, func(int64, int, *data.Indicator) error { m++; return nil }); err != nil || m != n {
			b.Fatal(err, m, n)
		}
		b.Logf("stories %v (%d) spreads %v figures of %s %v (%d), without their stories %v", t4.Sub(t3), len(l.Corpus.Articles), t5.Sub(t4), sp[0].Indicator, t6.Sub(t5), n, time.Since(t6))
		ix.Close()
	}
}
