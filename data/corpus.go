package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"zhibiao/data/region"
)

// Corpus is everything the views and the CLI read: the stories, the
// indicators extracted from them and the files that could not be loaded.
type Corpus struct {
	Source     string // what was loaded: a folder, files, or "" for the embedded seeds
	Articles   []*Article
	Indicators []Indicator
	Problems   []LoadProblem

	// RegionKeywords are each main region's keywords, filled in by
	// ApplyKeywords once the segmenter has loaded.
	RegionKeywords map[string]KeywordSet
}

// Progress reports how far a long task has come: stage names the step
// ("读取" while reading files, "分析" while extracting), done of total items.
type Progress func(stage string, done, total int)

// OpenCorpus loads dir (or the embedded seeds when dir is "") and extracts
// its indicators. Per-file problems are kept in Corpus.Problems; the error is
// only for failures that leave no corpus (a missing folder, cancellation).
func OpenCorpus(ctx context.Context, dir string, progress Progress) (*Corpus, error) {
	if dir == "" {
		arts, probs, err := LoadSeeds(ctx)
		if err != nil {
			return nil, err
		}
		return analyze(ctx, "", arts, probs, progress)
	}
	return OpenPaths(ctx, []string{dir}, progress)
}

// OpenPaths loads folders (recursively) and single files, for example those
// dropped on the window, and extracts their indicators.
func OpenPaths(ctx context.Context, paths []string, progress Progress) (*Corpus, error) {
	progress = orNoProgress(progress)
	var (
		arts  []*Article
		probs []LoadProblem
	)
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			if len(paths) == 1 {
				return nil, fmt.Errorf("open %s: %w", p, err)
			}
			probs = append(probs, LoadProblem{File: p, Reason: err.Error()})
			continue
		}
		if !st.IsDir() {
			a, pr := loadOneFile(p)
			arts, probs = append(arts, a...), append(probs, pr...)
			continue
		}
		a, pr, err := LoadDir(ctx, p, func(done, total int) { progress("读取", done, total) })
		if err != nil {
			return nil, err
		}
		arts, probs = append(arts, a...), append(probs, pr...)
	}
	source := paths[0]
	if len(paths) > 1 {
		source = fmt.Sprintf("%s 等 %d 项", filepath.Base(paths[0]), len(paths))
	}
	return analyze(ctx, source, arts, probs, progress)
}

func loadOneFile(path string) ([]*Article, []LoadProblem) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, []LoadProblem{{File: path, Reason: err.Error()}}
	}
	arts, err := ParseFile(filepath.Base(path), raw)
	if err != nil {
		return nil, []LoadProblem{{File: path, Reason: err.Error()}}
	}
	for _, a := range arts {
		a.Path = path
	}
	return arts, nil
}

func analyze(ctx context.Context, source string, arts []*Article, probs []LoadProblem, progress Progress) (*Corpus, error) {
	progress = orNoProgress(progress)
	c := &Corpus{Source: source, Articles: arts, Problems: probs}
	progress("分析", 0, len(arts))
	c.Indicators = ExtractAll(arts)
	progress("分析", len(arts), len(arts))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

func orNoProgress(p Progress) Progress {
	if p == nil {
		return func(string, int, int) {}
	}
	return p
}

// KeywordSet is a ranked list of keywords with a weight each.
type KeywordSet struct {
	Words   []string
	Weights []float64 // occurrences of each word
}

// CorpusKeywords are the keywords of a corpus: per article (same order as
// its Articles) and per main region.
type CorpusKeywords struct {
	Articles [][]string
	Regions  map[string]KeywordSet
}

// ComputeKeywords segments every article once with cut (spread over all
// cores) and ranks the top n keywords of each article and of each main
// region (all its articles together, weighted by occurrences). It only
// reads the articles, so it can run while the UI shows them.
func ComputeKeywords(ctx context.Context, arts []*Article, cut func(string) []string, n int, progress Progress) (CorpusKeywords, error) {
	progress = orNoProgress(progress)
	tokens, err := cutAll(ctx, arts, cut, progress)
	if err != nil {
		return CorpusKeywords{}, err
	}
	places := region.Default()
	for i, toks := range tokens {
		tokens[i] = withoutPlaceNames(toks, places)
	}
	kw := CorpusKeywords{Articles: Keywords(tokens, n), Regions: map[string]KeywordSet{}}
	regions, docs := regionDocs(arts, tokens)
	for i, words := range Keywords(docs, n)[:len(regions)] {
		kw.Regions[regions[i]] = KeywordSet{Words: words, Weights: KeywordCounts(docs[i], words)}
	}
	return kw, nil
}

// regionDocs joins the tokens of each main region's articles into one
// document per region (regions in order of first appearance), followed by
// one document of all articles without a region, so that TF-IDF compares
// each region with the rest of the corpus even when there is one region.
func regionDocs(arts []*Article, tokens [][]string) ([]string, [][]string) {
	var regions []string
	index := map[string]int{}
	var rest []string
	for i, a := range arts {
		if a.Region == "" {
			rest = append(rest, tokens[i]...)
			continue
		}
		if _, ok := index[a.Region]; !ok {
			index[a.Region] = len(regions)
			regions = append(regions, a.Region)
		}
	}
	docs := make([][]string, len(regions)+1)
	for i, a := range arts {
		if j, ok := index[a.Region]; ok {
			docs[j] = append(docs[j], tokens[i]...)
		}
	}
	docs[len(regions)] = rest
	return regions, docs
}

// withoutPlaceNames drops region names (即墨区, 即墨, 青岛): a region's own
// name would top its keyword list and say nothing about its policies.
func withoutPlaceNames(toks []string, g *region.Gazetteer) []string {
	out := toks[:0:0]
	for _, t := range toks {
		if _, ok := g.Lookup(t); !ok {
			out = append(out, t)
		}
	}
	return out
}

// ApplyKeywords stores computed keywords in the corpus and its articles.
func (c *Corpus) ApplyKeywords(kw CorpusKeywords) {
	for i, words := range kw.Articles {
		if i < len(c.Articles) {
			c.Articles[i].Keywords = words
		}
	}
	c.RegionKeywords = kw.Regions
}

// cutAll segments each article's title and text, in parallel.
func cutAll(ctx context.Context, as []*Article, cut func(string) []string, progress Progress) ([][]string, error) {
	out := make([][]string, len(as))
	next := make(chan int)
	var wg sync.WaitGroup
	var done atomic.Int64
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = cut(as[i].Title + "\n" + as[i].Text)
				if d := done.Add(1); d%64 == 0 || int(d) == len(as) {
					progress("分词", int(d), len(as))
				}
			}
		}()
	}
	var err error
feed:
	for i := range as {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	return out, err
}
