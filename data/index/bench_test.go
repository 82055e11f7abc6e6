package index

import (
	"context"
	"os"
	"path/filepath"
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

// cpuTime is the CPU time (user and system) the process has used: on a
// machine shared with other work it varies less than the wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
