package keywords

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"zhibiao/data"
	"zhibiao/data/region"
)

// regionDocs joins the tokens of each main region's articles into one
// document per region (regions in order of first appearance), followed by
// one document of all articles without a region, which counts as part of
// the rest of the corpus each region is compared with.
// Each tokens[i] is replaced by the same tokens inside its document.
func regionDocs(arts []*data.Article, tokens [][]string) ([]string, [][]string) {
	var regions []string
	index := map[string]int{}
	for _, a := range arts {
		if _, ok := index[a.Region]; !ok && a.Region != "" {
			index[a.Region] = len(regions)
			regions = append(regions, a.Region)
		}
	}
	rest := len(regions)
	doc := func(a *data.Article) int {
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
func (f *keywordFilter) tokens(a *data.Article, cut func(string) []string) []string {
	f.buf = f.appendKept(f.buf[:0], cut(a.Title+"\n"))
	f.buf = f.appendKept(f.buf, cut(a.Text))
	return slices.Clone(f.buf)
}

// cutAll segments each article's title and text, in parallel, and keeps
// the tokens that can be keywords (see keywordTokens).
func cutAll(ctx context.Context, as []*data.Article, cut func(string) []string, places *region.Gazetteer, progress Progress) ([][]string, error) {
	out := make([][]string, len(as))
	stop := stopWords()
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

// Progress reports how far Compute has come: stage "分词" (segmenting),
// done of total articles. A corpus.Progress is one.
type Progress = func(stage string, done, total int)

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

// parallel calls work(i) for i in [0, n) on GOMAXPROCS goroutines and
// waits for them. It hands out no more indices once ctx is cancelled and
// then returns ctx.Err(). (package corpus has the same pool for
// extraction; the two packages share no code.)
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
