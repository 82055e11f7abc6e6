package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
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

	// RegionKeywords are each main region's keywords, most distinctive
	// first, filled in by ApplyKeywords once the segmenter has loaded.
	RegionKeywords map[string][]WordScore
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
// dropped on the window, and extracts their indicators. Each real file is
// loaded once, however many of the paths lead to it.
func OpenPaths(ctx context.Context, paths []string, progress Progress) (*Corpus, error) {
	if len(paths) == 0 {
		return nil, errors.New("open: no folder or file given")
	}
	progress = orNoProgress(progress)
	w := newDirWalker(ctx)
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			if len(paths) == 1 {
				return nil, fmt.Errorf("open %s: %w", p, err)
			}
			w.problem(p, err.Error())
			continue
		}
		if err := w.add(p, st); err != nil {
			return nil, err
		}
	}
	if err := w.followLinks(); err != nil {
		return nil, err
	}
	arts, probs, err := defaultParser().run(ctx, w.jobs, w.probs, func(done, total int) { progress("读取", done, total) })
	if err != nil {
		return nil, err
	}
	source := paths[0]
	if len(paths) > 1 {
		source = fmt.Sprintf("%s 等 %d 项", filepath.Base(paths[0]), len(paths))
	}
	return analyze(ctx, source, arts, probs, progress)
}

func analyze(ctx context.Context, source string, arts []*Article, probs []LoadProblem, progress Progress) (*Corpus, error) {
	progress = orNoProgress(progress)
	c := &Corpus{Source: source, Articles: arts, Problems: probs}
	inds, notes, err := extractParallel(ctx, arts, progress)
	if err != nil {
		return nil, err
	}
	var more []LoadProblem
	c.Indicators, more = boundedFigures(inds)
	c.Problems = mergeProblems(c.Problems, append(notes, more...))
	return c, nil
}

// extractParallel is ExtractAll spread over all cores: the articles are cut
// into chunks that never split a file (ExtractAll titles a file's stories
// after its first), each chunk goes through ExtractAll, and the results are
// joined in order, so the indicators are exactly ExtractAll's. It also
// returns the notes for numbers left out as out of range (overflowNotes).
// It stops between chunks when ctx is cancelled.
func extractParallel(ctx context.Context, arts []*Article, progress Progress) ([]Indicator, []LoadProblem, error) {
	// Small chunks keep the cores evenly busy and a cancel quick (a chunk
	// of a large corpus is about 0.2 MB, tens of milliseconds).
	chunks := fileChunks(arts, max(1, len(arts)/(runtime.GOMAXPROCS(0)*128)))
	results := make([][]Indicator, len(chunks))
	notes := make([][]LoadProblem, len(chunks))
	progress = serialized(progress)
	progress("分析", 0, len(arts))
	var done atomic.Int64
	err := parallel(ctx, len(chunks), func(i int) {
		results[i] = ExtractAllContext(ctx, chunks[i])
		notes[i] = overflowNotes(chunks[i])
		progress("分析", int(done.Add(int64(len(chunks[i])))), len(arts))
	})
	if err != nil {
		return nil, nil, err
	}
	return joinChunks(results), slices.Concat(notes...), nil
}

// joinChunks joins the chunks' indicators in order; nil when there are
// none (as ExtractAll).
func joinChunks(results [][]Indicator) []Indicator {
	n := 0
	for _, r := range results {
		n += len(r)
	}
	if n == 0 {
		return nil
	}
	out := make([]Indicator, 0, n)
	for _, r := range results {
		out = append(out, r...)
	}
	return out
}

// fileChunks cuts arts into runs of at least size articles (the last may
// be shorter), extending each run to the end of its file.
func fileChunks(arts []*Article, size int) [][]*Article {
	var chunks [][]*Article
	for len(arts) > 0 {
		end := min(size, len(arts))
		for end < len(arts) && sameFile(arts[end-1], arts[end]) {
			end++
		}
		chunks = append(chunks, arts[:end])
		arts = arts[end:]
	}
	return chunks
}

func sameFile(a, b *Article) bool {
	return a != nil && b != nil && a.File == b.File
}

// parallel calls work(i) for i in [0, n) on GOMAXPROCS goroutines and
// waits for them. It hands out no more indices once ctx is cancelled and
// then returns ctx.Err().
func parallel(ctx context.Context, n int, work func(i int)) error {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				work(i)
			}
		})
	}
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	return ctx.Err()
}

// mergeProblems joins two lists sorted by file into one, stable.
func mergeProblems(a, b []LoadProblem) []LoadProblem {
	if len(b) == 0 {
		return a
	}
	out := append(slices.Clone(a), b...)
	slices.SortStableFunc(out, func(x, y LoadProblem) int { return strings.Compare(x.File, y.File) })
	return out
}

func orNoProgress(p Progress) Progress {
	if p == nil {
		return func(string, int, int) {}
	}
	return p
}

// serialized returns a Progress that calls p from one goroutine at a time,
// with counts that never go down, for workers that report concurrently.
func serialized(p Progress) Progress {
	var mu sync.Mutex
	last := map[string]int{}
	return func(stage string, done, total int) {
		mu.Lock()
		defer mu.Unlock()
		if done < last[stage] {
			return
		}
		last[stage] = done
		p(stage, done, total)
	}
}

// regionDocs joins the tokens of each main region's articles into one
// document per region (regions in order of first appearance), followed by
// one document of all articles without a region, which counts as part of
// the rest of the corpus each region is compared with.
// Each tokens[i] is replaced by the same tokens inside its document.
func regionDocs(arts []*Article, tokens [][]string) ([]string, [][]string) {
	var regions []string
	index := map[string]int{}
	for _, a := range arts {
		if _, ok := index[a.Region]; !ok && a.Region != "" {
			index[a.Region] = len(regions)
			regions = append(regions, a.Region)
		}
	}
	rest := len(regions)
	doc := func(a *Article) int {
		if a.Region == "" {
			return rest
		}
		return index[a.Region]
	}
	sizes := make([]int, len(regions)+1)
	for i, a := range arts {
		sizes[doc(a)] += len(tokens[i])
	}
	docs := make([][]string, len(regions)+1)
	for j, n := range sizes {
		docs[j] = make([]string, 0, n)
	}
	for i, a := range arts {
		j := doc(a)
		start := len(docs[j])
		docs[j] = append(docs[j], tokens[i]...)
		// The article's tokens become a view of its region's document, so
		// the tokens are held once, not twice.
		tokens[i] = docs[j][start:len(docs[j]):len(docs[j])]
	}
	return regions, docs
}

// keywordFilter keeps the tokens that can be keywords (isKeywordCandidate)
// and drops region names (即墨区, 即墨, 青岛): a region's own name would top
// its keyword list and say nothing about its policies. Keywords skips the
// other tokens anyway, in order, so ranking the kept ones gives the same
// keywords; keeping fewer saves most of the memory tokens take. It
// remembers its verdict per distinct token; use one per goroutine.
type keywordFilter struct {
	stop   map[string]bool
	places *region.Gazetteer
	seen   map[string]bool
	buf    []string
}

func newKeywordFilter(stop map[string]bool, places *region.Gazetteer) *keywordFilter {
	return &keywordFilter{stop: stop, places: places, seen: map[string]bool{}}
}

// appendKept appends the kept tokens of toks to dst.
func (f *keywordFilter) appendKept(dst, toks []string) []string {
	for _, t := range toks {
		ok, known := f.seen[t]
		if !known {
			ok = f.keep(t)
			f.seen[t] = ok
		}
		if ok {
			dst = append(dst, t)
		}
	}
	return dst
}

func (f *keywordFilter) keep(t string) bool {
	if !isKeywordCandidate(t, f.stop) {
		return false
	}
	_, place := f.places.Lookup(t)
	return !place
}

// tokens cuts an article's title and text and returns the kept tokens in
// a slice of their exact size. Title and text cut apart give the words of
// Title+"\n"+Text (Cut works sentence by sentence and a line end ends
// one), and the words kept then point into Text instead of a copy of it.
func (f *keywordFilter) tokens(a *Article, cut func(string) []string) []string {
	f.buf = f.appendKept(f.buf[:0], cut(a.Title+"\n"))
	f.buf = f.appendKept(f.buf, cut(a.Text))
	return slices.Clone(f.buf)
}

// cutAll segments each article's title and text, in parallel, and keeps
// the tokens that can be keywords (see keywordTokens).
func cutAll(ctx context.Context, as []*Article, cut func(string) []string, progress Progress) ([][]string, error) {
	out := make([][]string, len(as))
	stop, places := stopWords(), region.Default()
	progress = serialized(progress)
	filters := make(chan *keywordFilter, runtime.GOMAXPROCS(0))
	for range cap(filters) {
		filters <- newKeywordFilter(stop, places)
	}
	var done atomic.Int64
	err := parallel(ctx, len(as), func(i int) {
		f := <-filters
		out[i] = f.tokens(as[i], cut)
		filters <- f
		if d := done.Add(1); d%64 == 0 || int(d) == len(as) {
			progress("分词", int(d), len(as))
		}
	})
	return out, err
}
