package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"zhibiao/data/keywords"
	"zhibiao/data/region"
	"zhibiao/data/segment"
)

// BenchmarkRefresh indexes the folder named by ZHIBIAO_BENCH_CORPUS (e.g. a
// corpus of scripts/bigcorpus) from scratch; skipped without it. cut also
// cuts each story for the keyword stage while it is analysed (CutWith, as
// the dashboard does), with the same segmenter.
func BenchmarkRefresh(b *testing.B) {
	dir := os.Getenv("ZHIBIAO_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set ZHIBIAO_BENCH_CORPUS to a corpus folder")
	}
	seg, err := segment.New(region.Default())
	if err != nil {
		b.Fatal(err)
	}
	for _, cut := range []bool{false, true} {
		name := "plain"
		if cut {
			name = "cut"
		}
		b.Run(name, func(b *testing.B) {
			cpu0 := cpuTime()
			for b.Loop() {
				ix, err := Open(testPipeline, filepath.Join(b.TempDir(), "ix.sqlite"), dir)
				if err != nil {
					b.Fatal(err)
				}
				if cut {
					ix.CutWith(keywords.NewCollector(seg.Cut, region.Default()).Tokens)
				}
				if _, err := ix.Refresh(context.Background(), nil); err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// BenchmarkWrite is the writer alone: the files of ZHIBIAO_BENCH_CORPUS are
// analysed once, then written into a new index each round, in
// transactions of 1,200 files (what a 2 s batch of a 100,000-file build
// holds). ZHIBIAO_BENCH_REPEAT=5 writes them five times over (under other
// paths): a 20,000-file corpus then gives the segments and merges of a
// 100,000-file index without holding 100,000 analysed files.
func BenchmarkWrite(b *testing.B) {
	dir := os.Getenv("ZHIBIAO_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set ZHIBIAO_BENCH_CORPUS to a corpus folder")
	}
	ctx := context.Background()
	jobs, _, err := Jobs(ctx, dir)
	if err != nil {
		b.Fatal(err)
	}
	var results []*Result
	if err := Analyze(ctx, testPipeline, jobs, func(r *Result) error { results = append(results, r); return nil }); err != nil {
		b.Fatal(err)
	}
	rep, _ := strconv.Atoi(os.Getenv("ZHIBIAO_BENCH_REPEAT"))
	for k, n := 1, len(results); k < rep; k++ {
		for _, r := range results[:n] {
			c := *r
			c.Rel = fmt.Sprintf("%s-%d", r.Rel, k)
			results = append(results, &c)
		}
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		ix, err := Open(testPipeline, filepath.Join(b.TempDir(), "ix.sqlite"), dir)
		if err != nil {
			b.Fatal(err)
		}
		w, err := ix.newWriter(ctx)
		if err != nil {
			b.Fatal(err)
		}
		w.noBatch = true // batches of 1,200 files below, whatever the time
		for i, r := range results {
			if err := w.put(0, r); err != nil {
				b.Fatal(err)
			}
			if (i+1)%1200 == 0 {
				if err := w.commit(); err != nil {
					b.Fatal(err)
				}
				if err := w.begin(); err != nil {
					b.Fatal(err)
				}
			}
		}
		if err := w.commit(); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

// cpuTime is the CPU time (user and system) the process has used: on a
// machine shared with other work it varies less than the wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
