package app

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sort"
	"sync"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/index"
	"zhibiao/views"
)

// indexFigures are an indexed corpus's figures, read from its index as the
// views ask for them (views.Figures): a page of the table, one indicator's
// figures for a chart, the indicators' spread from the narrow figures
// table. Reopening a 100,000-article archive therefore no longer reads its
// ~2 million figures into memory. Page and ofArticle are used on the UI
// goroutine, Of also from the comparison's and the exports' goroutines.
type indexFigures struct {
	ix      *index.Index
	arts    []*data.Article // corpus order
	ids     []int64         // their ids in the index
	pos     map[int64]int32 // a story's place in arts, by its id
	starts  []int           // starts[i]: position of arts[i]'s first figure; starts[len(arts)] = total
	spreads []index.Spread
	fail    func(error) // shows an error
	// last are the figures of the indicators lastNames (read first with
	// the stories: Default's, with the population figures): the
	// comparison asks again for the same while a job of it runs. The
	// comparison and the exports ask from their own goroutines.
	mu        sync.Mutex
	last      []data.Indicator
	lastNames []string
}

// firstFigures are what reopening an index reads beside the stories
// (readAhead): the indicators' spread and the figures of the comparison's
// first indicator, with the population figures a per-capita chart
// divides by.
type firstFigures struct {
	spreads []index.Spread
	names   []string
	raw     rawFigures
	themes  []string // the article list's theme filter's
}

// readAhead reads firstFigures (and the themes); safe while the stories
// are read.
func readAhead(ctx context.Context, ix *index.Index) (*firstFigures, error) {
	spreads, err := ix.Spreads(ctx)
	if err != nil {
		return nil, err
	}
	ff := &firstFigures{spreads: spreads}
	if def := defaultIndicator(spreads); def != "" {
		ff.names = append([]string{def}, compare.PopulationIndicators()...)
		if ff.raw, err = readRaw(ctx, ix, ff.names, countOf(spreads, ff.names, false)); err != nil {
			return nil, err
		}
	}
	ff.themes, err = ix.Themes(ctx)
	return ff, err
}

// newIndexFigures makes the figures of corpus l, with what readAhead read.
func newIndexFigures(ix *index.Index, l *index.Loaded, ff *firstFigures, fail func(error)) *indexFigures {
	f := &indexFigures{ix: ix, arts: l.Corpus.Articles, ids: l.IDs, fail: fail, spreads: ff.spreads,
		pos: make(map[int64]int32, len(l.IDs)), starts: make([]int, len(l.IDs)+1)}
	for i, id := range l.IDs {
		f.pos[id] = int32(i)
		f.starts[i+1] = f.starts[i] + l.Counts[i]
	}
	if ff.names != nil {
		f.last, f.lastNames = f.place(ff.raw), ff.names
	}
	return f
}

// countOf is how many figures of the indicators names there are (of every
// indicator when names is empty).
func countOf(spreads []index.Spread, names []string, all bool) int {
	n := 0
	for _, s := range spreads {
		if all || len(names) == 0 || slices.Contains(names, s.Indicator) {
			n += s.Figures
		}
	}
	return n
}

// Len implements views.Figures.
func (f *indexFigures) Len() int { return f.starts[len(f.arts)] }

// Indicators implements views.Figures.
func (f *indexFigures) Indicators() []string {
	out := make([]string, len(f.spreads))
	for i, s := range f.spreads {
		out[i] = s.Indicator
	}
	return out
}

// Default implements views.Figures.
func (f *indexFigures) Default() string { return defaultIndicator(f.spreads) }

// defaultIndicator is the comparison's first indicator (views.PickIndicator).
func defaultIndicator(spreads []index.Spread) string {
	by := map[string]index.Spread{}
	names := make([]string, len(spreads))
	for i, s := range spreads {
		by[s.Indicator], names[i] = s, s.Indicator
	}
	return views.PickIndicator(names, func(n string) int { return by[n].Regions }, func(n string) int { return by[n].Files })
}

// Of implements views.Figures.
func (f *indexFigures) Of(names []string, all bool) []data.Indicator {
	cache := !all && len(names) > 0 // one indicator's: not every figure's
	if cache {
		f.mu.Lock()
		last, same := f.last, slices.Equal(names, f.lastNames)
		f.mu.Unlock()
		if same {
			return last
		}
	}
	n := countOf(f.spreads, names, all) // how many there will be: no growing a slice of a million figures
	if all {
		n = f.Len()
	}
	var out []data.Indicator
	var err error
	if all {
		out = make([]data.Indicator, 0, n)
		err = f.ix.FiguresOf(context.Background(), nil, true, func(aid int64, d *data.Indicator) error {
			d.Article = f.article(aid)
			out = append(out, *d)
			return nil
		})
	} else {
		out, err = f.indicatorFigures(names, n)
	}
	if err != nil {
		f.fail(err)
		return out
	}
	if cache {
		f.mu.Lock()
		f.last, f.lastNames = out, slices.Clone(names)
		f.mu.Unlock()
	}
	return out
}

// indicatorFigures reads the figures of the indicators named (every
// figure with an indicator for none), about n, in corpus order.
func (f *indexFigures) indicatorFigures(names []string, n int) ([]data.Indicator, error) {
	raw, err := readRaw(context.Background(), f.ix, names, n)
	return f.place(raw), err
}

// rawFigures are figures as index.IndicatorFigures gives them: without
// their stories (nor their files' titles), which are in memory; place
// puts them in corpus order.
type rawFigures struct {
	figs     []data.Indicator
	articles []int64 // figs[i]'s story
	seqs     []int32 // figs[i]'s place in its story's record
}

// readRaw reads the figures of the indicators named (every figure with an
// indicator for none), about n, without their stories' rows
// (index.IndicatorFigures: 2–3 × faster than FiguresOf for the first chart
// of 100,000 articles).
func readRaw(ctx context.Context, ix *index.Index, names []string, n int) (rawFigures, error) {
	r := rawFigures{make([]data.Indicator, 0, n), make([]int64, 0, n), make([]int32, 0, n)}
	err := ix.IndicatorFigures(ctx, names, func(aid int64, seq int, d *data.Indicator) error {
		r.figs, r.articles, r.seqs = append(r.figs, *d), append(r.articles, aid), append(r.seqs, int32(seq))
		return nil
	})
	return r, err
}

// place gives raw figures their stories and returns them in corpus order,
// sorted where they are (no second copy of them); one of a story not read
// (changed since) is left out.
func (f *indexFigures) place(r rawFigures) []data.Indicator {
	type key struct{ story, seq, at int32 }
	keys := make([]key, 0, len(r.figs))
	for i, aid := range r.articles {
		if p, ok := f.pos[aid]; ok {
			keys = append(keys, key{p, r.seqs[i], int32(i)})
		}
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.story, b.story), cmp.Compare(a.seq, b.seq)) })
	figs := r.figs
	if len(keys) < len(figs) { // some left out: copy those kept
		figs = make([]data.Indicator, len(keys))
		for i, k := range keys {
			figs[i] = r.figs[k.at]
		}
	} else {
		permute(figs, keys, func(k key) int32 { return k.at })
	}
	for i, k := range keys {
		a := f.arts[k.story]
		figs[i].Article, figs[i].File, figs[i].Story, figs[i].Title = a, a.File, a.Title, f.fileTitle(int(k.story))
	}
	return figs
}

// fileTitle is the title of the file of story arts[i]: its first story's
// (as the index's files.title), the stories of a file being together in
// arts, in order.
func (f *indexFigures) fileTitle(i int) string {
	for i > 0 && f.arts[i-1].Path == f.arts[i].Path {
		i--
	}
	return f.arts[i].Title
}

// permute puts figs[at(keys[i])] at place i for every i, in place: each
// cycle of the permutation is followed, every figure moved once.
func permute[K any](figs []data.Indicator, keys []K, at func(K) int32) {
	from := make([]int32, len(keys))
	for i, k := range keys {
		from[i] = at(k)
	}
	for start := range from {
		if int(from[start]) == start {
			continue
		}
		tmp, i := figs[start], start
		for {
			j := int(from[i])
			from[i] = int32(i)
			if j == start {
				figs[i] = tmp
				break
			}
			figs[i] = figs[j]
			i = j
		}
	}
}

// article is the story of id, nil if it was not read.
func (f *indexFigures) article(id int64) *data.Article {
	if i, ok := f.pos[id]; ok {
		return f.arts[i]
	}
	return nil
}

// Page implements views.Figures: the stories holding figures from..to-1
// are read and their figures cut to the page.
func (f *indexFigures) Page(from, to int) []data.Indicator {
	out := make([]data.Indicator, to-from)
	if from >= to {
		return out
	}
	a0 := sort.Search(len(f.arts), func(i int) bool { return f.starts[i+1] > from })
	a1 := sort.Search(len(f.arts), func(i int) bool { return f.starts[i+1] >= to })
	if a1 >= len(f.arts) {
		a1 = len(f.arts) - 1
	}
	var got []data.Indicator
	err := f.ix.ArticleFigures(context.Background(), f.ids[a0:a1+1], func(aid int64, d *data.Indicator) error {
		d.Article = f.article(aid)
		got = append(got, *d)
		return nil
	})
	if err != nil {
		f.fail(err)
	}
	off := f.starts[a0]
	for i := range out { // a story changed under the index's counts stays empty rather than shifting rows
		if k := from + i - off; k >= 0 && k < len(got) {
			out[i] = got[k]
		}
	}
	return out
}

// Each implements views.Figures, streaming: the figures are not kept.
func (f *indexFigures) Each(fn func(int, *data.Indicator) bool) {
	i := 0
	stop := errStop{}
	err := f.ix.FiguresOf(context.Background(), nil, true, func(aid int64, d *data.Indicator) error {
		d.Article = f.article(aid)
		if !fn(i, d) {
			return stop
		}
		i++
		return nil
	})
	if err != nil && !errors.Is(err, stop) {
		f.fail(err)
	}
}

type errStop struct{}

func (errStop) Error() string { return "stop" }

// ofArticle returns a story's figures, in text order.
func (f *indexFigures) ofArticle(a *data.Article) []data.Indicator {
	for i, b := range f.arts {
		if b == a {
			return f.Page(f.starts[i], f.starts[i+1])
		}
	}
	return nil
}
