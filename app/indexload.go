package app

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/index"
	"zhibiao/views"
)

// loadResult is a corpus on screen with what it came from: for a folder, its
// open index (search, keywords) and the articles' ids in it.
type loadResult struct {
	corpus  *corpus.Corpus
	ix      *index.Index // nil for the seeds, several dropped paths, or when no index could be opened
	ids     map[*data.Article]int64
	ordered []int64   // ids in the order of corpus.Articles
	gen     int       // the index's generation when read
	kwStale bool      // the index holds no keywords for this generation
	shown   *prepared // what showing the corpus needs, computed in the background
	// figs, for an indexed corpus, reads its figures from the index as
	// the views ask (corpus.Indicators is nil); counts are the articles'
	// numbers of figures.
	figs   *indexFigures
	counts map[*data.Article]int
	themes []string // with a figure, read with the stories
	// stories cut the stories the index's refresh analysed, for the
	// keyword stage (index.Index.CutWith); nil when none were.
	stories *storyCutter
}

// close closes the index, if any; safe on nil.
func (l *loadResult) close() {
	if l != nil && l.ix != nil {
		l.ix.Close()
	}
}

// open loads dir: the seeds in memory, a folder through its index (only
// files new or changed since the last time are analysed; then everything
// is read back from the index, without the texts), a file or a folder
// whose index cannot be opened in memory as before.
func (ui *UI) open(ctx context.Context, gen uint64, dir string) (*loadResult, error) {
	progress := ui.progressFunc(gen)
	if st, err := os.Stat(dir); dir != "" && err == nil && st.IsDir() {
		l, err := ui.openIndexed(ctx, dir, progress)
		if err == nil || ctx.Err() != nil {
			return l, err
		}
		fyne.LogError("zhibiao: the index cannot be used, analysing in memory", err)
	}
	ui.warmSegmenter()
	defer analysing()()
	c, err := ui.pipeline.Open(ctx, dir, progress)
	return &loadResult{corpus: c}, err
}

// openIndexed refreshes dir's index and reads the corpus back from it.
func (ui *UI) openIndexed(ctx context.Context, dir string, progress corpus.Progress) (*loadResult, error) {
	path, err := ui.indexPath(dir)
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(ui.pipeline, path, dir)
	if err != nil {
		return nil, err
	}
	if ix.Rebuilt != "" {
		fyne.LogError("zhibiao: index "+path+" rebuilt", fmt.Errorf("%s", ix.Rebuilt))
	}
	sc := ui.newStoryCutter(ctx)
	ix.CutWith(sc.tokens)
	fresh, st, r, err := ui.refreshReading(ctx, ix, progress)
	ix.CutWith(nil) // the cutter is the keyword stage's from here (loadResult.stories)
	if fresh != nil {
		fresh.CutWith(nil)
	}
	if err == nil && fresh == ix && !st.Changed() && r.err == nil {
		r.l.addProblems(st.Problems)
		afterBurst()
		return r.l, nil
	}
	if err != nil {
		if fresh != nil {
			fresh.Close()
		}
		return nil, err
	}
	l, err := ui.readIndexed(ctx, fresh, st.Problems)
	if err != nil {
		fresh.Close()
		return nil, err
	}
	l.stories = sc
	afterBurst()
	return l, nil
}

// refreshReading refreshes ix (RefreshOrRebuild) while its corpus is read
// as it is (readIndexed): the folder's 100,000 stat calls and the reading
// go on side by side. When the refresh changed nothing, as on most
// reopens, that read is the one to show; else the caller reads again. The
// refresh's first progress tells whether files are to be analysed: then
// the read stops, not to hold a corpus while they are.
func (ui *UI) refreshReading(ctx context.Context, ix *index.Index, progress corpus.Progress) (*index.Index, index.Stats, earlyRead, error) {
	early := make(chan earlyRead, 1)
	readCtx, stopRead := context.WithCancel(ctx)
	defer stopRead()
	go func() {
		l, err := ui.readIndexed(readCtx, ix, nil)
		early <- earlyRead{l, err}
	}()
	var analyse sync.Once
	doneAnalysing := func() {}
	defer func() { doneAnalysing() }()
	fresh, st, err := ix.RefreshOrRebuild(ctx, func(stage string, done, total int) {
		if done < total {
			stopRead()
			analyse.Do(func() {
				ui.warmSegmenter() // files to analyse: keywords to rank
				doneAnalysing = analysing()
			})
		}
		progress(stage, done, total)
	})
	return fresh, st, <-early, err
}

// afterBurst returns the garbage of reading an index (the driver's rows,
// the decoders: about as much again as what stays) to the system before
// the corpus is shown, so that showing it grows from what stays. Measured
// on the 100k reopen (3 runs each, load average 5): peak RSS 434–439 MB
// against 475–480 MB, the first chart as soon within the noise
// (2.67–2.93 s against 2.58–2.79 s). Lowering GOGC during the read as
// well gave nothing more (432–436 MB).
func afterBurst() { debug.FreeOSMemory() }

// warmSegmenter starts loading the segmenter for a keyword stage to come
// (see UI.warm).
func (ui *UI) warmSegmenter() {
	if ui.warm != nil {
		ui.warm()
	}
}

// earlyRead is a corpus read while the folder is compared with its index.
type earlyRead struct {
	l   *loadResult
	err error
}

// addProblems adds the problems met listing the folder to those stored
// with the files, as index.Stories does.
func (l *loadResult) addProblems(probs []data.LoadProblem) {
	if len(probs) == 0 {
		return
	}
	c := l.corpus
	c.Problems = append(c.Problems, probs...)
	slices.SortStableFunc(c.Problems, func(a, b data.LoadProblem) int { return strings.Compare(a.File, b.File) })
}

// readIndexed reads the stories back from the index, without their texts
// and without their figures: the views ask the index for those. probs are
// the problems met listing the folder.
func (ui *UI) readIndexed(ctx context.Context, ix *index.Index, probs []data.LoadProblem) (*loadResult, error) {
	// The first chart's figures are read beside the stories, on the
	// index's other reading connection.
	var ff *firstFigures
	var ffErr error
	var wg sync.WaitGroup
	wg.Go(func() { ff, ffErr = readAhead(ctx, ix) })
	r, err := ix.Stories(ctx, probs)
	wg.Wait()
	if err == nil {
		err = ffErr
	}
	if err != nil {
		return nil, err
	}
	l := &loadResult{corpus: r.Corpus, ix: ix, ids: make(map[*data.Article]int64, len(r.IDs)),
		ordered: r.IDs, gen: r.Generation, kwStale: r.KeywordsStale, counts: make(map[*data.Article]int, len(r.IDs))}
	for i, a := range r.Corpus.Articles {
		l.ids[a] = r.IDs[i]
		if r.Counts[i] > 0 {
			l.counts[a] = r.Counts[i]
		}
	}
	l.figs = newIndexFigures(ix, r, ff, func(err error) { ui.showError(err) })
	l.themes = ff.themes
	return l, nil
}

// figuresOf is what the views show of corpus c's figures: read from the
// index for an indexed corpus, else the corpus's own.
func (ui *UI) figuresOf(c *corpus.Corpus) views.Figures {
	if l := ui.loaded; l != nil && l.corpus == c && l.figs != nil {
		return l.figs
	}
	return views.MemFigures(c.Indicators)
}

// nFigures counts corpus c's figures.
func (ui *UI) nFigures(c *corpus.Corpus) int { return ui.figuresOf(c).Len() }

// allFigures returns every figure of the corpus shown, read from the index
// for an indexed corpus (exports: they hold them while they run).
func (ui *UI) allFigures() []data.Indicator {
	if ui.corpus == nil {
		return nil
	}
	if f := ui.figuresOf(ui.corpus); f.Len() != len(ui.corpus.Indicators) {
		return f.Of(nil, true)
	}
	return ui.corpus.Indicators
}

// defaultIndexPath is where the index of dir lives: the -index file for
// the folder given on the command line, else the user cache's.
func (ui *UI) defaultIndexPath(dir string) (string, error) {
	if ui.opts.IndexPath != "" && dir == ui.opts.CorpusDir {
		return ui.opts.IndexPath, nil
	}
	return index.DefaultPath(dir)
}

// withText makes sure an article of an indexed corpus has its text (the
// index keeps none: it is read from the file when the article is opened)
// and its keywords (read from the index then); call on the UI goroutine.
func (ui *UI) withText(a *data.Article) *data.Article {
	if a == nil || ui.loaded == nil || ui.loaded.ix == nil {
		return a
	}
	if a.Keywords == nil && ui.loaded.figs != nil { // read without them (Stories)
		if id, ok := ui.loaded.ids[a]; ok {
			kw, err := ui.loaded.ix.ArticleKeywords(context.Background(), id)
			if err != nil {
				fyne.LogError("zhibiao: keywords of "+a.Path, err)
			}
			a.Keywords = kw
		}
	}
	if a.Text != "" {
		return a
	}
	if err := ui.loaded.ix.ArticleText(a); err != nil {
		ui.showError(fmt.Errorf("%s: %w", a.Path, err))
	}
	return a
}
