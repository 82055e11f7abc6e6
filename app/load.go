package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/formats"
	"zhibiao/data/load"
	"zhibiao/views"
)

// Load opens dir (or the embedded seeds for "") in the background, showing
// progress; a load already running is cancelled first. A folder goes
// through its on-disk index (see open): only what changed since the
// last time is analysed.
func (ui *UI) Load(dir string) {
	ctx, gen := ui.startLoad(dir)
	go func() {
		l, err := ui.openFn(ctx, gen, dir)
		ui.finishLoad(ctx, gen, l, err, dir)
	}()
}

// startLoad cancels a running load and shows progress for a new one. It
// returns the new load's context and generation: everything the load
// shows later is dropped once a newer load has started (current).
func (ui *UI) startLoad(what string) (context.Context, uint64) {
	ctx, cancel := context.WithCancel(context.Background())
	ui.mu.Lock()
	if ui.cancel != nil {
		ui.cancel()
	}
	ui.cancel = cancel
	ui.gen++
	gen := ui.gen
	ui.mu.Unlock()
	ui.progress.SetValue(0)
	ui.progress.Show()
	ui.stop.Show()
	ui.setStatus(lang.L("正在读取 %s…"), displayName(what))
	return ctx, gen
}

// current reports whether gen is the latest load's generation.
func (ui *UI) current(gen uint64) bool {
	ui.mu.Lock()
	defer ui.mu.Unlock()
	return ui.gen == gen
}

// doIfCurrent runs f on the UI goroutine unless a newer load has started
// by then.
func (ui *UI) doIfCurrent(gen uint64, f func()) {
	ui.do(func() {
		if ui.current(gen) {
			f()
		}
	})
}

// CancelLoad stops a running load, if any.
func (ui *UI) CancelLoad() {
	ui.mu.Lock()
	defer ui.mu.Unlock()
	if ui.cancel != nil {
		ui.cancel()
		ui.cancel = nil
	}
}

// progressFunc reports a load's progress on screen, throttled (see
// throttle); a newer load's progress is never touched.
func (ui *UI) progressFunc(gen uint64) corpus.Progress {
	return throttle(func(f func()) { ui.doIfCurrent(gen, f) }, ui.showProgress)
}

// throttle returns a Progress that calls show on the UI goroutine (through
// do) at most once per progressEvery, whatever the rate of calls: at most
// one update waits in Fyne's queue, showing the latest counts when it
// runs; the last count (done == total) is always shown.
func throttle(do func(func()), show func(stage string, done, total int)) corpus.Progress {
	var mu sync.Mutex
	var last time.Time
	type counts struct {
		stage       string
		done, total int
	}
	var latest counts
	pending := false
	return func(stage string, done, total int) {
		mu.Lock()
		latest = counts{stage, done, total}
		if pending || (time.Since(last) < progressEvery && done < total) {
			mu.Unlock()
			return
		}
		pending, last = true, time.Now()
		mu.Unlock()
		// Not under mu: the test driver's fyne.Do runs f at once.
		do(func() {
			mu.Lock()
			p := latest
			pending = false
			mu.Unlock()
			show(p.stage, p.done, p.total)
		})
	}
}

// progressEvery spaces progress updates: a few a second.
const progressEvery = 250 * time.Millisecond

// finishLoad shows the result of a background load; call from its
// goroutine. A load that a newer one replaced shows nothing (its index,
// if any, is closed).
func (ui *UI) finishLoad(ctx context.Context, gen uint64, l *loadResult, err error, what string) {
	if !ui.current(gen) { // replaced: its result is of no use
		l.close()
		return
	}
	if err != nil {
		l.close()
	}
	if errors.Is(err, context.Canceled) {
		ui.doIfCurrent(gen, func() { ui.hideProgress(); ui.setStatus("%s", lang.L("已取消读取")) })
		return
	}
	if err != nil {
		ui.doIfCurrent(gen, func() { ui.hideProgress(); ui.setStatus("%s", lang.L("读取失败")) })
		ui.showError(fmt.Errorf(lang.L("打开 %s: %w"), displayName(what), err))
		return
	}
	l.shown = ui.prepare(l.corpus, l)
	ui.doIfCurrent(gen, func() { ui.setLoaded(l) })
	ui.computeKeywords(ctx, gen, l)
}

func (ui *UI) showProgress(stage string, done, total int) {
	if total > 0 {
		ui.progress.SetValue(float64(done) / float64(total))
	}
	ui.setStatus("%s %d/%d", stageName(stage), done, total)
}

// setLoaded shows a freshly loaded corpus and keeps its index (closing
// the one before); call on the UI goroutine.
func (ui *UI) setLoaded(l *loadResult) {
	if ui.loaded != nil && ui.loaded != l {
		ui.loaded.close()
	}
	ui.loaded = l
	ui.setCorpus(l.corpus, l.shown)
	if ui.onShown != nil {
		ui.onShown(l.corpus)
	}
}

// prepared is what showing a corpus computes beforehand, in the
// background: for a few thousand articles these took about 40 ms of the
// UI thread (BenchmarkLoadUIThreadLargeCorpus, make bench).
type prepared struct {
	counts map[*data.Article]int // figures per article
	index  *articleIndex
	rows   *views.IndicatorRows
	figs   views.Figures // the figures, in memory or in the index
}

// prepare computes what setCorpus shows of c, loaded as l (nil: in
// memory); safe on any goroutine. An indexed corpus's figures stay in its
// index: the counts are the stories', the theme list is asked of the
// index, and the table reads its rows from it.
func (ui *UI) prepare(c *corpus.Corpus, l *loadResult) *prepared {
	english := ui.lang == LangEnglish
	if l != nil && l.corpus == c && l.figs != nil {
		return &prepared{counts: l.counts, index: newIndexedArticleIndex(c, l), rows: views.FigureRows(l.figs, english), figs: l.figs}
	}
	p := &prepared{counts: map[*data.Article]int{}, index: newArticleIndex(c), rows: views.NewIndicatorRows(c.Indicators, english),
		figs: views.MemFigures(c.Indicators)}
	for _, ind := range c.Indicators {
		p.counts[ind.Article]++
	}
	return p
}

// setCorpus shows a freshly loaded corpus, with what prepare computed of
// it (nil: computed here); call on the UI goroutine.
func (ui *UI) setCorpus(c *corpus.Corpus, p *prepared) {
	defer views.TimeUI("app.setCorpus")()
	if p == nil {
		p = ui.prepare(c, ui.loaded)
	}
	ui.corpus = c
	ui.index = p.index
	ui.filters.SetChoices(ui.index.regions, ui.index.themeL)
	q := ui.filters.Search.Text // (the reset filters show the new articles the search text keeps)
	keep, what := ui.articleFilter(q, "", "")
	ui.articles.SetArticlesFiltered(c.Articles, p.counts, keep, what)
	ui.reader.SetSearch(strings.Fields(q))
	ui.table.SetRows(p.rows)
	ui.compare.SetFigures(p.figs, c.RegionKeywords)
	ui.hideProgress()
	ui.setStatus("%s", ui.summary(c))
	if len(c.Articles) > 0 { // its own call: the list shows before the reader lays the article out
		ui.do(func() {
			if ui.corpus == c {
				ui.articles.Select(0)
			}
		})
	}
	if len(c.Problems) > 0 {
		ui.showProblems(c.Problems)
	}
}

func (ui *UI) showProblems(probs []data.LoadProblem) {
	title := lang.L("部分文件未能读取")
	if failed, _ := countProblems(probs); failed == 0 {
		title = lang.L("读取提示")
	}
	var sb strings.Builder
	for i, p := range probs {
		if i == 20 {
			fmt.Fprintf(&sb, lang.N("……另有 %d 个\n", len(probs)-i), len(probs)-i)
			break
		}
		fmt.Fprintf(&sb, "%s：%s\n", p.File, localReason(p.Reason))
	}
	dialog.ShowInformation(title, sb.String(), ui.win)
}

// countProblems counts the files not loaded and the notes about files
// loaded.
func countProblems(probs []data.LoadProblem) (failed, notes int) {
	for _, p := range probs {
		if p.Note {
			notes++
		} else {
			failed++
		}
	}
	return failed, notes
}

func displayName(dir string) string {
	if dir == "" {
		return lang.L("内置示例文章")
	}
	return dir
}

// LoadPaths opens dropped folders and files in the background.
func (ui *UI) LoadPaths(paths []string) {
	if len(paths) == 0 {
		return
	}
	ctx, gen := ui.startLoad(paths[0])
	go func() {
		if len(paths) == 1 {
			l, err := ui.openFn(ctx, gen, paths[0])
			ui.finishLoad(ctx, gen, l, err, paths[0])
			return
		}
		c, err := ui.pipeline.OpenPaths(ctx, paths, ui.progressFunc(gen))
		ui.finishLoad(ctx, gen, &loadResult{corpus: c}, err, paths[0])
	}()
}

func (ui *UI) hideProgress() {
	ui.progress.Hide()
	ui.stop.Hide()
}

// summary is the status line for a loaded corpus.
func (ui *UI) summary(c *corpus.Corpus) string {
	s := fmt.Sprintf(lang.N("%s：%d 篇文章", len(c.Articles)), displayName(c.Source), len(c.Articles)) +
		fmt.Sprintf(lang.N("，%d 项指标", ui.nFigures(c)), ui.nFigures(c))
	failed, notes := countProblems(c.Problems)
	if failed > 0 {
		s += fmt.Sprintf(lang.N("，%d 个文件未能读取", failed), failed)
	}
	if notes > 0 {
		s += fmt.Sprintf(lang.N("，%d 条提示", notes), notes)
	}
	return s
}

// loadReasons are the data layer's reasons a file is not loaded; their
// messages are translated for the problem dialog.
func loadReasons() []error {
	return []error{load.ErrEmpty, load.ErrBinary, load.ErrEncoding, load.ErrTooLarge, load.ErrUnreadable, load.ErrLoop,
		load.ErrNotRegular, corpus.ErrOutOfRange, load.ErrDuplicate, load.ErrFolderSkipped, load.ErrHTML,
		formats.ErrNoTextLayer, formats.ErrNoArticle, formats.ErrBadArchive, formats.ErrNoContent, formats.ErrEncrypted, formats.ErrBadPDF,
		formats.ErrNoTable}
}

// localReason translates the reason's leading kind, keeping its details.
func localReason(r string) string {
	for _, k := range loadReasons() {
		if m := k.Error(); strings.HasPrefix(r, m) {
			return lang.L(m) + r[len(m):]
		}
	}
	return r
}

// stageName translates the data layer's progress stages (读取, 分析, 分词,
// and 索引 while a folder's index is refreshed).
func stageName(stage string) string {
	switch stage {
	case "读取":
		return lang.L("读取")
	case "分析":
		return lang.L("分析")
	case "分词":
		return lang.L("分词")
	case "索引":
		return lang.L("索引")
	}
	return stage
}
