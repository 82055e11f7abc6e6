package keywords

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"zhibiao/data"
	"zhibiao/data/region"
)

// Collector cuts articles into what their keywords are ranked from: the
// tokens of title and text that can be keywords (see keywordFilter), as
// ids into one list of words it holds. Tokens may be called as soon as an
// article's text is at hand, from any goroutine (the dashboard cuts each
// story while it analyses it, so that ranking needs no second read of the
// texts), and Rank ranks what was cut, cutting the rest.
type Collector struct {
	cut     func(string) []string
	stop    map[string]bool
	places  *region.Gazetteer
	vocab   *sharedIDs
	filters chan *keywordFilter // idle filters, one per goroutine at work
}

// NewCollector returns a Collector that cuts with cut and leaves out the
// names of places.
func NewCollector(cut func(string) []string, places *region.Gazetteer) *Collector {
	return &Collector{cut: cut, stop: stopWords(), places: places, vocab: &sharedIDs{v: newIDs()},
		filters: make(chan *keywordFilter, runtime.GOMAXPROCS(0))}
}

// Tokens cuts an article's title and text and returns its tokens for
// Rank (never nil). It is safe for concurrent use, and keeps nothing of
// title or text.
func (c *Collector) Tokens(title, text string) []int32 {
	var f *keywordFilter
	select {
	case f = <-c.filters:
	default:
		f = newKeywordFilter(c.stop, c.places, c.vocab)
	}
	toks := f.tokens(title, text, c.cut)
	select {
	case c.filters <- f:
	default: // more goroutines than the channel holds: let it go
	}
	return toks
}

// words returns the words the ids stand for.
func (c *Collector) words() []string {
	c.vocab.mu.Lock()
	defer c.vocab.mu.Unlock()
	return c.vocab.v.words
}

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
			// A copy: the filter outlives the text (a view would keep
			// every text that brought a new word).
			f.seen[strings.Clone(t)] = id
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
// a slice of their exact size (not nil). Title and text cut apart give
// the words of Title+"\n"+Text (Cut works sentence by sentence and a line
// end ends one), and the words kept then point into the text instead of a
// copy of it.
func (f *keywordFilter) tokens(title, text string, cut func(string) []string) []int32 {
	f.buf = f.appendKept(f.buf[:0], cut(title+"\n"))
	f.buf = f.appendKept(f.buf, cut(text))
	out := make([]int32, len(f.buf))
	copy(out, f.buf)
	return out
}

// cutAll returns the tokens of each article: pre[i] when given, else
// its title and text cut (the texts as texts gives them, in parallel). An
// article texts gives nothing for is cut with an empty text.
func (c *Collector) cutAll(ctx context.Context, as []*data.Article, pre [][]int32, texts Texts, progress Progress) ([][]int32, error) {
	out := make([][]int32, len(as))
	given := make([]bool, len(as))
	progress = data.Serialized(progress)
	var done atomic.Int64
	for i := range min(len(pre), len(as)) {
		if pre[i] != nil {
			out[i], given[i] = pre[i], true
			done.Add(1)
		}
	}
	if d := done.Load(); d > 0 {
		progress("分词", int(d), len(as))
	}
	one := func(i int, text string) {
		out[i], given[i] = c.Tokens(as[i].Title, text), true
		if d := done.Add(1); d%64 == 0 || int(d) == len(as) {
			progress("分词", int(d), len(as))
		}
	}
	if int(done.Load()) < len(as) {
		if err := texts(ctx, func(i int, text string) {
			if i >= 0 && i < len(as) && !given[i] {
				one(i, text)
			}
		}); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i := range as { // given no text (a file gone): the title alone
		if !given[i] {
			one(i, "")
		}
	}
	c.dropFilters()
	return out, nil
}

// dropFilters lets the idle filters go, with the verdicts they remember
// (every distinct token seen: tens of megabytes for a large archive),
// before ranking needs the memory. Tokens makes new ones if called again.
func (c *Collector) dropFilters() {
	for {
		select {
		case <-c.filters:
		default:
			return
		}
	}
}

// Progress reports how far Compute has come: stage "分词" (segmenting),
// done of total articles. A corpus.Progress is one.
type Progress = data.Progress
