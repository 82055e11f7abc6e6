package app

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"zhibiao/data"
	"zhibiao/data/segment"
	"zhibiao/views/chartset"
)

// segmenter loads the gse dictionary once, in the background, on first use.
type segmenter struct {
	once sync.Once
	done chan struct{}
	seg  *segment.Segmenter
	err  error
}

func newSegmenter() *segmenter { return &segmenter{done: make(chan struct{})} }

// start begins loading in the background (idempotent).
func (s *segmenter) start() {
	s.once.Do(func() {
		go func() {
			s.seg, s.err = segment.New()
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

// computeKeywords segments c in the background and shows its keywords when
// ready, unless another corpus has been loaded meanwhile. It is the last
// stage of a load: onReady (tests) is called after it.
func (ui *UI) computeKeywords(ctx context.Context, c *data.Corpus) {
	defer ui.ready(c)
	fyne.Do(func() { ui.setStatus(lang.L("%s · 正在加载分词词典…"), ui.summary(c)) })
	cut, err := ui.cutter(ctx)
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			ui.showError(fmt.Errorf(lang.L("加载分词词典: %w"), err))
		}
		return
	}
	// As many per region as the keyword chart shows, the same number as
	// `zhibiao export` ranks, so both draw the same chart.
	kw, err := data.ComputeKeywords(ctx, c.Articles, cut, chartset.KeywordBars, func(stage string, done, total int) {
		fyne.Do(func() { ui.setStatus("%s · %s %d/%d", ui.summary(c), stageName(stage), done, total) })
	})
	if err != nil {
		return
	}
	fyne.Do(func() {
		if ui.corpus != c {
			return
		}
		c.ApplyKeywords(kw)
		ui.compare.SetKeywords(c.RegionKeywords, c.Articles)
		ui.reader.RefreshHeader()
		ui.setStatus("%s", ui.summary(c))
	})
}

// ready calls the onReady hook on the UI goroutine.
func (ui *UI) ready(c *data.Corpus) {
	if ui.onReady != nil {
		fyne.Do(func() { ui.onReady(c) })
	}
}
