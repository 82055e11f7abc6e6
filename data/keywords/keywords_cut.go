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
// one), and the words kept then point into the text instead of a copy of
// it.
func (f *keywordFilter) tokens(title, text string, cut func(string) []string) []int32 {
	f.buf = f.appendKept(f.buf[:0], cut(title+"\n"))
	f.buf = f.appendKept(f.buf, cut(text))
	return slices.Clone(f.buf)
}

// cutAll segments each article's title and text (the texts as texts gives
// them, in parallel), and keeps the tokens that can be keywords (see
// keywordFilter), as ids into words. An article texts gives nothing for is
// cut with an empty text.
func cutAll(ctx context.Context, as []*data.Article, texts Texts, cut func(string) []string, places *region.Gazetteer, progress Progress) ([][]int32, []string, error) {
	out := make([][]int32, len(as))
	given := make([]bool, len(as))
	stop := stopWords()
	progress = data.Serialized(progress)
	vocab := &sharedIDs{v: newIDs()}
	filters := make(chan *keywordFilter, runtime.GOMAXPROCS(0))
	for range cap(filters) {
		filters <- newKeywordFilter(stop, places, vocab)
	}
	var done atomic.Int64
	one := func(i int, text string) {
		f := <-filters
		out[i], given[i] = f.tokens(as[i].Title, text, cut), true
		filters <- f
		if d := done.Add(1); d%64 == 0 || int(d) == len(as) {
			progress("分词", int(d), len(as))
		}
	}
	if err := texts(ctx, func(i int, text string) {
		if i >= 0 && i < len(as) && !given[i] {
			one(i, text)
		}
	}); err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	for i := range as { // given no text (a file gone): the title alone
		if !given[i] {
			one(i, "")
		}
	}
	return out, vocab.v.words, nil
}

// Progress reports how far Compute has come: stage "分词" (segmenting),
// done of total articles. A corpus.Progress is one.
type Progress = data.Progress
