package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/keywords"
	"zhibiao/data/region"
	"zhibiao/data/segment"
	"zhibiao/views/chartset"
)

// segmenter loads the gse dictionary (with the region names of places)
// once, in the background, on first use.
type segmenter struct {
	places *region.Gazetteer
	once   sync.Once
	done   chan struct{}
	seg    *segment.Segmenter
	err    error
}

func newSegmenter(places *region.Gazetteer) *segmenter {
	return &segmenter{places: places, done: make(chan struct{})}
}

// start begins loading in the background (idempotent).
func (s *segmenter) start() {
	s.once.Do(func() {
		go func() {
			s.seg, s.err = segment.New(s.places)
			close(s.done)
		}()
	})
}

// get waits for the segmenter or for ctx.
func (s *segmenter) get(ctx context.Context) (*segment.Segmenter, error) {
	s.start()
	select {
	case <-s.done:
		return s.seg, s.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// cut waits for the segmenter and returns its Cut.
func (s *segmenter) cut(ctx context.Context) (func(string) []string, error) {
	seg, err := s.get(ctx)
	if err != nil {
		return nil, err
	}
	return seg.Cut, nil
}

// computeKeywords segments the corpus in the background and shows its
// keywords when ready, unless another load has started meanwhile. An index
// that holds them for this state of the folder gives them at once; else
// they are computed (the texts read from the files for an indexed corpus)
// and stored. It is the last stage of a load: onReady (tests) is called
// after it.
func (ui *UI) computeKeywords(ctx context.Context, gen uint64, l *loadResult) {
	c := l.corpus
	defer ui.ready(gen, c)
	if l.ix != nil && !l.kwStale {
		ui.doIfCurrent(gen, func() { ui.showKeywords(c) })
		return
	}
	ui.doIfCurrent(gen, func() { ui.setStatus(lang.L("%s · 正在加载分词词典…"), ui.summary(c)) })
	cut, err := ui.cutter(ctx)
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			ui.showError(fmt.Errorf(lang.L("加载分词词典: %w"), err))
		}
		return
	}
	defer analysing()()
	col := l.stories.collector()
	l.stories = nil // what it holds (the words seen) goes with the stage
	if col == nil {
		col = keywords.NewCollector(cut, ui.places)
	}
	arts, pre, texts := keywordArticles(l)
	// As many per region as the keyword chart shows, the same number as
	// `zhibiao export` ranks, so both draw the same chart.
	kw, err := col.Rank(ctx, arts, pre, texts, chartset.KeywordBars, throttle(
		func(f func()) { ui.doIfCurrent(gen, f) },
		func(stage string, done, total int) {
			ui.setStatus("%s · %s %d/%d", ui.summary(c), stageName(stage), done, total)
		}))
	if err != nil {
		return
	}
	if l.ix != nil {
		kw = ownKeywords(kw)
		if err := l.ix.SaveKeywords(ctx, l.gen, l.ordered, kw); err != nil && ctx.Err() == nil {
			fyne.LogError("zhibiao: keywords not stored in the index", err)
		}
	}
	ui.doIfCurrent(gen, func() {
		if ui.corpus != c {
			return
		}
		c.ApplyKeywords(kw)
		ui.showKeywords(c)
	})
}

// showKeywords shows the keywords the corpus holds; UI goroutine.
func (ui *UI) showKeywords(c *corpus.Corpus) {
	ui.compare.SetKeywords(c.RegionKeywords, c.Articles)
	ui.reader.RefreshHeader()
	ui.setStatus("%s", ui.summary(c))
}

// keywordArticles are the articles to rank, those of them cut already
// and the others' texts: the corpus's own, or for an indexed corpus (kept
// without texts) stand-ins (so that the corpus on screen is not touched
// from here) with the tokens of the stories the refresh analysed (cut
// then: index.Index.CutWith), the other stories' texts read from the
// files as they are cut, a few files at a time: the archive's texts are
// never all in memory.
func keywordArticles(l *loadResult) ([]*data.Article, [][]int32, keywords.Texts) {
	arts := l.corpus.Articles
	if l.ix == nil {
		return arts, nil, keywords.ArticleTexts(arts)
	}
	stand := make([]*data.Article, len(arts))
	for i, a := range arts {
		stand[i] = &data.Article{File: a.File, Path: a.Path, Story: a.Story, Title: a.Title, Region: a.Region}
	}
	cut := l.ix.Tokens()
	var pre [][]int32
	var rest []int // the stories not cut, by their place in stand
	if len(cut) > 0 {
		pre = make([][]int32, len(stand))
	}
	for i := range stand {
		if i < len(l.ordered) && pre != nil {
			pre[i] = cut[l.ordered[i]]
		}
		if pre == nil || pre[i] == nil {
			rest = append(rest, i)
		}
	}
	if len(rest) == len(stand) {
		return stand, nil, func(ctx context.Context, fn func(int, string)) error { return l.ix.EachText(ctx, stand, fn) }
	}
	read := make([]*data.Article, len(rest))
	for k, i := range rest {
		read[k] = stand[i]
	}
	return stand, pre, func(ctx context.Context, fn func(int, string)) error {
		return l.ix.EachText(ctx, read, func(k int, text string) { fn(rest[k], text) })
	}
}

// storyCutter cuts the stories a refresh analyses for the keyword stage
// that follows (index.Index.CutWith), with a keywords.Collector made at
// the first story, once the segmenter is loaded: a reopen that analyses
// nothing never loads it. The keyword stage ranks with the same
// Collector.
type storyCutter struct {
	ctx    context.Context
	cutter func(context.Context) (func(string) []string, error)
	places *region.Gazetteer
	once   sync.Once
	col    *keywords.Collector // nil until a story is cut, or if the segmenter failed
}

func (ui *UI) newStoryCutter(ctx context.Context) *storyCutter {
	return &storyCutter{ctx: ctx, cutter: ui.cutter, places: ui.places}
}

// tokens is an index.TokenFunc; nil (not cut) when the segmenter could
// not be loaded: the keyword stage then reads the story's text.
func (s *storyCutter) tokens(title, text string) []int32 {
	s.once.Do(func() {
		if cut, err := s.cutter(s.ctx); err == nil {
			s.col = keywords.NewCollector(cut, s.places)
		}
	})
	if s.col == nil {
		return nil
	}
	return s.col.Tokens(title, text)
}

// collector is the Collector that cut stories, nil if none did; safe on
// nil.
func (s *storyCutter) collector() *keywords.Collector {
	if s == nil {
		return nil
	}
	s.once.Do(func() {}) // after the stories' cutting (and if none was, none will be)
	return s.col
}

// ownKeywords copies the keywords out of the texts they point into, so
// that keeping them does not keep every text.
func ownKeywords(kw keywords.CorpusKeywords) keywords.CorpusKeywords {
	words := map[string]string{}
	own := func(w string) string {
		if o, ok := words[w]; ok {
			return o
		}
		o := strings.Clone(w)
		words[o] = o
		return o
	}
	for _, ws := range kw.Articles {
		for i, w := range ws {
			ws[i] = own(w)
		}
	}
	for _, ws := range kw.Regions {
		for i := range ws {
			ws[i].Word = own(ws[i].Word)
		}
	}
	return kw
}

// ready calls the onReady hook on the UI goroutine, unless a newer load
// has started.
func (ui *UI) ready(gen uint64, c *corpus.Corpus) {
	if ui.onReady != nil {
		ui.doIfCurrent(gen, func() { ui.onReady(c) })
	}
}
