package corpus_test

// Benchmarks of the analysis pipeline (issue 7). They run only with -bench
// (make bench); none of them asserts on time.
//
//	go test -run '^$' -bench . -benchmem ./data
//
// The corpora are generated in memory (or in a temporary folder) by
// scripts/bigcorpus/corpusgen from the seeds with a fixed random seed.

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/corpus"
	"zhibiao/data/extract"
	"zhibiao/data/keywords"
	"zhibiao/data/load"
	"zhibiao/data/region"
	"zhibiao/data/segment"
	"zhibiao/scripts/bigcorpus/corpusgen"
	"zhibiao/views/chart"
)

// benchArticles is the size of the generated corpus most benchmarks use
// (about 5 MB).
const benchArticles = 1000

// The benchmarks build the pipeline as the app does: one gazetteer for the
// loader, the extractor and the keywords.
var (
	places    = region.Default()
	parser    = load.NewParser(places)
	extractor = extract.New(places)
	pipeline  = corpus.New(places)
)

// keywordCount is the app's number of keywords per article and region.
const keywordCount = 20

// docs generates n articles.
func docs(b *testing.B, n int) []corpusgen.Doc {
	b.Helper()
	ds, err := corpusgen.Docs(n, corpusgen.DefaultSeed)
	if err != nil {
		b.Fatal(err)
	}
	return ds
}

// docBytes is the total size of ds.
func docBytes(ds []corpusgen.Doc) int64 {
	var n int64
	for _, d := range ds {
		n += int64(len(d.Text))
	}
	return n
}

// parse parses every generated article as the loader does.
func parse(b *testing.B, ds []corpusgen.Doc) []*data.Article {
	b.Helper()
	var out []*data.Article
	for _, d := range ds {
		as, err := parser.ParseFile(filepath.Base(d.Name), []byte(d.Text))
		if err != nil {
			b.Fatalf("%s: %v", d.Name, err)
		}
		out = append(out, as...)
	}
	return out
}

// writeDir writes ds into a temporary folder.
func writeDir(b *testing.B, ds []corpusgen.Doc) string {
	b.Helper()
	dir := b.TempDir()
	for _, d := range ds {
		p := filepath.Join(dir, filepath.FromSlash(d.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(d.Text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// segmenter loads data/segment's segmenter once per test binary.
var segmenter = sync.OnceValues(func() (*segment.Segmenter, error) { return segment.New(places) })

func mustSegmenter(b *testing.B) *segment.Segmenter {
	b.Helper()
	s, err := segmenter()
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// stockGse loads gse as gse ships it (LoadDictEmbed plus the domain words)
// once per test binary: about 2.5 s and 320 MB.
var stockGse = sync.OnceValues(func() (*gse.Segmenter, error) {
	var s gse.Segmenter
	s.SkipLog = true
	if err := s.LoadDictEmbed(); err != nil {
		return nil, err
	}
	if err := s.LoadDictStr(segment.DomainDict(places)); err != nil {
		return nil, err
	}
	return &s, nil
})

// BenchmarkLoadDir reads and parses a folder of generated articles
// (decode, clean, split stories, metadata), on all cores.
func BenchmarkLoadDir(b *testing.B) {
	ds := docs(b, benchArticles)
	dir := writeDir(b, ds)
	b.SetBytes(docBytes(ds))
	for b.Loop() {
		if _, _, err := parser.LoadDir(context.Background(), dir, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtract extracts the indicators of parsed articles on one
// goroutine (ExtractAll).
func BenchmarkExtract(b *testing.B) {
	ds := docs(b, benchArticles)
	arts := parse(b, ds)
	b.SetBytes(docBytes(ds))
	for b.Loop() {
		extractor.ExtractAll(arts)
	}
}

// BenchmarkSegmentKeywords segments every article and ranks keywords
// (ComputeKeywords), on all cores, with the segmenter already loaded.
func BenchmarkSegmentKeywords(b *testing.B) {
	ds := docs(b, benchArticles)
	arts := parse(b, ds)
	seg := mustSegmenter(b)
	b.SetBytes(docBytes(ds))
	for b.Loop() {
		if _, err := keywords.Compute(context.Background(), arts, seg.Cut, places, keywordCount, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeedsColdStart is target 2 without the process start and the
// window: what the dashboard does after launch on the embedded seeds. The
// segmenter loads in the background while the seeds load and their
// indicators are extracted; then keywords are computed and the first chart
// (the most reported indicator by region) is drawn as PNG.
func BenchmarkSeedsColdStart(b *testing.B) {
	for b.Loop() {
		analyse(b, "", nil)
	}
}

// BenchmarkPipeline is the same on a folder of generated articles, with
// the segmenter loading in the background each time.
func BenchmarkPipeline(b *testing.B) {
	ds := docs(b, benchArticles)
	dir := writeDir(b, ds)
	b.SetBytes(docBytes(ds))
	for b.Loop() {
		analyse(b, dir, nil)
	}
}

// analyse loads dir (the seeds if "") with the segmenter loading
// alongside (or seg, if given), computes keywords and draws the first
// chart.
func analyse(b *testing.B, dir string, seg *segment.Segmenter) {
	b.Helper()
	segCh := make(chan *segment.Segmenter, 1)
	errCh := make(chan error, 1)
	if seg != nil {
		segCh <- seg
	} else {
		go func() {
			s, err := segment.New(places)
			if err != nil {
				errCh <- err
				return
			}
			segCh <- s
		}()
	}
	ctx := context.Background()
	c, err := pipeline.Open(ctx, dir, nil)
	if err != nil {
		b.Fatal(err)
	}
	select {
	case seg = <-segCh:
	case err := <-errCh:
		b.Fatal(err)
	}
	kw, err := keywords.Compute(ctx, c.Articles, seg.Cut, places, keywordCount, nil)
	if err != nil {
		b.Fatal(err)
	}
	c.ApplyKeywords(kw)
	counts := compare.IndicatorCounts(c.Indicators)
	if len(counts) == 0 {
		b.Fatal("no indicators")
	}
	rv := compare.RegionValues(c.Indicators, counts[0].Name, nil)
	if _, err := chart.Render(chart.RegionBar(rv, counts[0].Name, false), chart.PNG); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkThroughputPerCore is target 4: on one core (GOMAXPROCS 1) and
// the same generated files, the MB/s of
//
//	gse-cut:     bare gse (stock dictionary) Cut(sentence, true) over each
//	             file's text, sentence by sentence;
//	segment-cut: data/segment's Cut (compact dictionary, same words) on
//	             the same text;
//	pipeline:    the whole analysis of the files: parse, extract
//	             indicators, segment and rank keywords.
//
// All three count the same input bytes, so their MB/s compare directly.
func BenchmarkThroughputPerCore(b *testing.B) {
	ds := docs(b, 200)
	size := docBytes(ds)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	b.Run("gse-cut", func(b *testing.B) {
		g, err := stockGse()
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(size)
		for b.Loop() {
			for _, d := range ds {
				for _, sent := range sentences(d.Text) {
					g.Cut(sent, true)
				}
			}
		}
	})
	b.Run("segment-cut", func(b *testing.B) {
		seg := mustSegmenter(b)
		b.SetBytes(size)
		for b.Loop() {
			for _, d := range ds {
				seg.Cut(d.Text)
			}
		}
	})
	b.Run("pipeline", func(b *testing.B) {
		seg := mustSegmenter(b)
		b.SetBytes(size)
		for b.Loop() {
			arts := parse(b, ds)
			extractor.ExtractAll(arts)
			if _, err := keywords.Compute(context.Background(), arts, seg.Cut, places, keywordCount, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// sentences splits text as segment.Cut does: after 。！？；!?; and at line
// ends.
func sentences(text string) []string {
	var out []string
	for len(text) > 0 {
		i := strings.IndexFunc(text, func(r rune) bool { return strings.ContainsRune("。！？；!?;\n", r) })
		if i < 0 {
			return append(out, text)
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		out = append(out, text[:i+n])
		text = text[i+n:]
	}
	return out
}

// BenchmarkExtractLongLine extracts one sentence of 20,000 and of 80,000
// runes without punctuation, dense with figures: the time per rune should
// stay the same (a figure's context is a window, not its whole sentence).
func BenchmarkExtractLongLine(b *testing.B) {
	unit := "全区新增就业3.4万人同比增长7.4%固定资产投资增长5%即墨区发放贷款150亿元"
	for _, n := range []int{20000, 80000} {
		line := strings.Repeat(unit, n/utf8.RuneCountInString(unit))
		as, err := parser.ParseFile("long.txt", []byte("标题\n\n"+line+"\n"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			for b.Loop() {
				extractor.ExtractAll(as)
			}
		})
	}
}
