package app

import (
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
	byID    map[int64]*data.Article
	starts  []int // starts[i]: position of arts[i]'s first figure; starts[len(arts)] = total
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

func newIndexFigures(ix *index.Index, l *index.Loaded, fail func(error)) (*indexFigures, error) {
	f := &indexFigures{ix: ix, arts: l.Corpus.Articles, ids: l.IDs, fail: fail,
		byID: make(map[int64]*data.Article, len(l.IDs)), starts: make([]int, len(l.IDs)+1)}
	for i, id := range l.IDs {
		f.byID[id] = f.arts[i]
		f.starts[i+1] = f.starts[i] + l.Counts[i]
	}
	var err error
	if f.spreads, err = ix.Spreads(context.Background()); err != nil {
		return nil, err
	}
	if def := f.Default(); def != "" {
		f.Of(append([]string{def}, compare.PopulationIndicators()...), false)
	}
	return f, nil
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
func (f *indexFigures) Default() string {
	by := map[string]index.Spread{}
	for _, s := range f.spreads {
		by[s.Indicator] = s
	}
	return views.PickIndicator(f.Indicators(), func(n string) int { return by[n].Regions }, func(n string) int { return by[n].Files })
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
	n := 0 // how many there will be: no growing a slice of a million figures
	for _, s := range f.spreads {
		if all || len(names) == 0 || slices.Contains(names, s.Indicator) {
			n += s.Figures
		}
	}
	if all {
		n = f.Len()
	}
	out := make([]data.Indicator, 0, n)
	err := f.ix.FiguresOf(context.Background(), names, all, func(aid int64, d *data.Indicator) error {
		d.Article = f.byID[aid]
		out = append(out, *d)
		return nil
	})
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
		d.Article = f.byID[aid]
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
		d.Article = f.byID[aid]
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
