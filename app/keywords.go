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
	arts, texts := keywordArticles(l)
	// As many per region as the keyword chart shows, the same number as
	// `zhibiao export` ranks, so both draw the same chart.
	kw, err := keywords.ComputeStream(ctx, arts, texts, cut, ui.places, chartset.KeywordBars, throttle(
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

// keywordArticles are the articles to rank and their texts: the
// corpus's own, or for an indexed corpus (kept without texts) stand-ins
// (so that the corpus on screen is not touched from here) whose texts are
// read from the files as they are cut, a few files at a time: the
// archive's texts are never all in memory.
func keywordArticles(l *loadResult) ([]*data.Article, keywords.Texts) {
	arts := l.corpus.Articles
	if l.ix == nil {
		return arts, keywords.ArticleTexts(arts)
	}
	stand := make([]*data.Article, len(arts))
	for i, a := range arts {
		stand[i] = &data.Article{File: a.File, Path: a.Path, Story: a.Story, Title: a.Title, Region: a.Region}
	}
	return stand, func(ctx context.Context, fn func(int, string)) error { return l.ix.EachText(ctx, stand, fn) }
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
