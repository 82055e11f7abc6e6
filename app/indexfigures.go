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

func newIndexFigures(ix *index.Index, l *index.Loaded, fail func(error)) (*indexFigures, error) {
	f := &indexFigures{ix: ix, arts: l.Corpus.Articles, ids: l.IDs, fail: fail,
		pos: make(map[int64]int32, len(l.IDs)), starts: make([]int, len(l.IDs)+1)}
	for i, id := range l.IDs {
		f.pos[id] = int32(i)
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
// figure with an indicator for none), about n, without their stories'
// rows: the stories are in memory (index.IndicatorFigures, 2–3 × faster
// than FiguresOf for the first chart of 100,000 articles), and put them
// in corpus order.
func (f *indexFigures) indicatorFigures(names []string, n int) ([]data.Indicator, error) {
	type place struct{ story, seq int32 }
	out := make([]data.Indicator, 0, n)
	places := make([]place, 0, n)
	err := f.ix.IndicatorFigures(context.Background(), names, func(aid int64, seq int, d *data.Indicator) error {
		i, ok := f.pos[aid]
		if !ok { // a story not read (changed since): left out, as FiguresOf's order has no place for it
			return nil
		}
		a := f.arts[i]
		d.Article, d.File, d.Story = a, a.File, a.Title
		out = append(out, *d)
		places = append(places, place{i, int32(seq)})
		return nil
	})
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(places[a].story, places[b].story), cmp.Compare(places[a].seq, places[b].seq))
	})
	sorted := make([]data.Indicator, len(out))
	for i, k := range order {
		sorted[i] = out[k]
	}
	return sorted, err
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
