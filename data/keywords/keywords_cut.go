package keywords

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"zhibiao/data"
	"zhibiao/data/region"
)

// keywordFilter keeps the tokens that can be keywords (isKeywordCandidate)
// and drops region names (即墨区, 即墨, 青岛): a region's own name would top
// its keyword list and say nothing about its policies. Keywords skips the
// other tokens anyway, in order, so ranking the kept ones gives the same
// keywords; keeping fewer saves most of the memory tokens take. It
// remembers its verdict per distinct token (the word's id, or -1); use one
// per goroutine. The ids are shared (vocab).
type keywordFilter struct {
	stop   map[string]bool
	places *region.Gazetteer
	vocab  *sharedIDs
	seen   map[string]int32
	buf    []int32
}

func newKeywordFilter(stop map[string]bool, places *region.Gazetteer, vocab *sharedIDs) *keywordFilter {
	return &keywordFilter{stop: stop, places: places, vocab: vocab, seen: map[string]int32{}}
}

// sharedIDs are ids for the filters of all goroutines.
type sharedIDs struct {
	mu sync.Mutex
	v  *ids
}

func (s *sharedIDs) id(w string) int32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.v.id(strings.Clone(w)) // not a view of the text: the ids outlive it
}

// appendKept appends the ids of the kept tokens of toks to dst.
func (f *keywordFilter) appendKept(dst []int32, toks []string) []int32 {
	for _, t := range toks {
		id, known := f.seen[t]
		if !known {
			id = -1
			if f.keep(t) {
				id = f.vocab.id(t)
			}
			f.seen[t] = id
		}
		if id >= 0 {
			dst = append(dst, id)
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
func (f *keywordFilter) tokens(a *data.Article, cut func(string) []string) []int32 {
	f.buf = f.appendKept(f.buf[:0], cut(a.Title+"\n"))
	f.buf = f.appendKept(f.buf, cut(a.Text))
	return slices.Clone(f.buf)
}

// cutAll segments each article's title and text, in parallel, and keeps
// the tokens that can be keywords (see keywordFilter), as ids into words.
func cutAll(ctx context.Context, as []*data.Article, cut func(string) []string, places *region.Gazetteer, progress Progress) ([][]int32, []string, error) {
	out := make([][]int32, len(as))
	stop := stopWords()
	progress = data.Serialized(progress)
	vocab := &sharedIDs{v: newIDs()}
	filters := make(chan *keywordFilter, runtime.GOMAXPROCS(0))
	for range cap(filters) {
		filters <- newKeywordFilter(stop, places, vocab)
	}
	var done atomic.Int64
	err := data.Parallel(ctx, len(as), func(i int) {
		f := <-filters
		out[i] = f.tokens(as[i], cut)
		filters <- f
		if d := done.Add(1); d%64 == 0 || int(d) == len(as) {
			progress("分词", int(d), len(as))
		}
	})
	return out, vocab.v.words, err
}

// Progress reports how far Compute has come: stage "分词" (segmenting),
// done of total articles. A corpus.Progress is one.
type Progress = data.Progress
