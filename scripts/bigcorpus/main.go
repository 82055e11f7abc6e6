// Command bigcorpus builds a large synthetic corpus reproducibly from the
// seed articles (paragraphs recombined with a fixed random seed, see
// corpusgen) and measures what the dashboard does with it: load and extract
// (corpus.Pipeline.Open) while the segmenter loads in the background, segment
// every article and rank keywords (keywords.Compute), draw the first
// chart. It reports each stage's time, the CPU used and the peak RSS.
//
//	go run ./scripts/bigcorpus -n 10000 -dir /tmp/zhibiao-10k
//	go run ./scripts/bigcorpus -seeds                 # the embedded seeds
//	go run ./scripts/bigcorpus -segload stock         # gse's own dictionary load only
//	go run ./scripts/bigcorpus -segload compact       # data/segment.New only
//	go run ./scripts/bigcorpus -cancel-after 1s       # cancel mid-way, time the stop
//
// The same -n and -seed always give byte-identical files; a folder that
// already holds them is reused.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/go-ego/gse"

	"zhibiao/data/compare"
	"zhibiao/data/corpus"
	"zhibiao/data/keywords"
	"zhibiao/data/region"
	"zhibiao/data/segment"
	"zhibiao/scripts/bigcorpus/corpusgen"
	"zhibiao/views/chart"
)

// options are the command-line flags.
type options struct {
	n           int
	dir         string
	seed        uint64
	genOnly     bool
	seeds       bool
	segLoad     string
	cancelAfter time.Duration
	cpuProfile  string
	memProfile  string
	search      string
}

// places is the gazetteer the loader, the extractor and the keywords read
// places with, as in the app.
var places = region.Default()

func main() {
	var o options
	flag.IntVar(&o.n, "n", 10000, "number of articles to generate")
	flag.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "zhibiao-bigcorpus"), "folder to write the corpus into (keep it out of the repository)")
	flag.Uint64Var(&o.seed, "seed", corpusgen.DefaultSeed, "random seed")
	flag.BoolVar(&o.genOnly, "gen-only", false, "only generate, do not analyse")
	flag.BoolVar(&o.seeds, "seeds", false, "analyse the embedded seed articles instead of a generated corpus")
	flag.StringVar(&o.segLoad, "segload", "", "only load a segmenter and report time and peak RSS: stock (gse LoadDictEmbed) or compact (segment.New)")
	flag.DurationVar(&o.cancelAfter, "cancel-after", 0, "cancel the analysis after this long and report how fast it stops")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the analysis to this file")
	flag.StringVar(&o.search, "search", "", "time full-text queries against this index file of -dir (made by zhibiao index) and exit")
	flag.StringVar(&o.memProfile, "memprofile", "", "write a heap profile taken after extraction (the corpus in memory) to this file")
	flag.Parse()
	if err := run(o); err != nil {
		log.Fatal(err)
	}
}

func run(o options) error {
	if o.segLoad != "" {
		return segLoad(o.segLoad)
	}
	if o.search != "" {
		return searchTimes(o.dir, o.search)
	}
	dir := ""
	if !o.seeds {
		size, err := corpusgen.Generate(o.dir, o.n, o.seed)
		if err != nil {
			return err
		}
		fmt.Printf("corpus: %d articles, %.1f MB in %s\n", o.n, float64(size)/1e6, o.dir)
		dir = o.dir
	}
	if o.genOnly {
		return nil
	}
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	if o.cancelAfter > 0 {
		ctx, cancel = context.WithTimeout(ctx, o.cancelAfter)
	}
	defer cancel()
	start := time.Now()
	r, err := analyse(ctx, dir, o.memProfile)
	if errors.Is(err, context.DeadlineExceeded) {
		fmt.Printf("cancelled after %v: returned %v after the cancel (%v)\n",
			o.cancelAfter, time.Since(start)-o.cancelAfter, err)
		return nil
	}
	if err != nil {
		return err
	}
	r.print(time.Since(start))
	return nil
}

// result is what analyse measured.
type result struct {
	corpus                     *corpus.Corpus
	read, extracted, segReady  time.Duration // since start
	segmented, keywords, chart time.Duration // since start
	chartName                  string
	chartBytes, keyword        int
}

// analyse does what the dashboard does after launch: the segmenter loads
// in the background while the corpus loads and its indicators are
// extracted; then every article is segmented and keywords ranked, and the
// most common indicator's region chart is drawn.
func analyse(ctx context.Context, dir, memProfile string) (*result, error) {
	start := time.Now()
	type loaded struct {
		seg *segment.Segmenter
		err error
		at  time.Duration
	}
	segCh := make(chan loaded, 1)
	go func() {
		s, err := segment.New(places)
		segCh <- loaded{s, err, time.Since(start)}
	}()
	var r result
	c, err := corpus.New(places).Open(ctx, dir, func(stage string, done, total int) {
		if stage == "分析" && r.read == 0 {
			r.read = time.Since(start)
		}
	})
	if err != nil {
		return nil, err
	}
	r.corpus, r.extracted = c, time.Since(start)
	if memProfile != "" {
		if err := writeHeapProfile(memProfile); err != nil {
			return nil, err
		}
	}
	l := <-segCh
	if l.err != nil {
		return nil, l.err
	}
	r.segReady = l.at
	kw, err := keywords.Compute(ctx, c.Articles, l.seg.Cut, places, 20, func(stage string, done, total int) {
		if done == total {
			r.segmented = time.Since(start)
		}
	})
	if err != nil {
		return nil, err
	}
	c.ApplyKeywords(kw)
	r.keywords = time.Since(start)
	for _, a := range c.Articles {
		r.keyword += len(a.Keywords)
	}
	if counts := compare.IndicatorCounts(c.Indicators); len(counts) > 0 {
		r.chartName = counts[0].Name
		rv := compare.RegionValues(c.Indicators, r.chartName, nil)
		png, err := chart.Render(chart.RegionBar(rv, r.chartName, false), chart.PNG)
		if err != nil {
			return nil, fmt.Errorf("first chart: %w", err)
		}
		r.chartBytes = len(png)
	}
	r.chart = time.Since(start)
	return &r, nil
}

func (r *result) print(wall time.Duration) {
	c := r.corpus
	fmt.Printf("analysed: %d stories, %d indicators, %d problems, %d keywords\n",
		len(c.Articles), len(c.Indicators), len(c.Problems), r.keyword)
	fmt.Printf("  files read      %7.3f s\n", r.read.Seconds())
	fmt.Printf("  extracted       %7.3f s\n", r.extracted.Seconds())
	fmt.Printf("  segmenter ready %7.3f s (in the background)\n", r.segReady.Seconds())
	fmt.Printf("  segmented       %7.3f s\n", r.segmented.Seconds())
	fmt.Printf("  keywords        %7.3f s\n", r.keywords.Seconds())
	fmt.Printf("  first chart     %7.3f s (%s, %d bytes PNG)\n", r.chart.Seconds(), r.chartName, r.chartBytes)
	cpu, rss := usage()
	fmt.Printf("wall %.2f s, CPU %.2f s (%.2f cores), peak RSS %d MB, GOMAXPROCS %d\n",
		wall.Seconds(), cpu.Seconds(), cpu.Seconds()/wall.Seconds(), rss, runtime.GOMAXPROCS(0))
}

// writeHeapProfile writes the live heap to path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("heap profile: %w", err)
	}
	return f.Close()
}

// segLoad loads one segmenter and reports its load time and the process's
// peak RSS; run it in a fresh process for each kind.
func segLoad(kind string) error {
	start := time.Now()
	var words []string
	switch kind {
	case "stock":
		var s gse.Segmenter
		s.SkipLog = true
		if err := s.LoadDictEmbed(); err != nil {
			return fmt.Errorf("gse: %w", err)
		}
		if err := s.LoadDictStr(segment.DomainDict(places)); err != nil {
			return fmt.Errorf("gse: %w", err)
		}
		words = s.Cut("上半年，即墨区新登记各类市场主体2.9万户。", true)
	case "compact":
		s, err := segment.New(places)
		if err != nil {
			return err
		}
		words = s.Cut("上半年，即墨区新登记各类市场主体2.9万户。")
	default:
		return fmt.Errorf("-segload %q: want stock or compact", kind)
	}
	wall := time.Since(start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	_, rss := usage()
	fmt.Printf("segmenter %s: load %.3f s, peak RSS %d MB, heap in use %d MB; %q\n",
		kind, wall.Seconds(), rss, ms.HeapInuse>>20, words)
	return nil
}

// usage returns the process's CPU time (user + system) and peak RSS in MB.
func usage() (time.Duration, int64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return cpu, ru.Maxrss / 1024
}
