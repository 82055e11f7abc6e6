package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"zhibiao/data"
	"zhibiao/data/formats"
)

// Load opens dir (or the embedded seeds for "") in the background, showing
// progress; a load already running is cancelled first.
func (ui *UI) Load(dir string) {
	ctx := ui.startLoad(dir)
	go func() {
		c, err := data.OpenCorpus(ctx, dir, ui.progressFunc())
		ui.finishLoad(ctx, c, err, dir)
	}()
}

// startLoad cancels a running load and shows progress for a new one.
func (ui *UI) startLoad(what string) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	ui.mu.Lock()
	if ui.cancel != nil {
		ui.cancel()
	}
	ui.cancel = cancel
	ui.mu.Unlock()
	ui.progress.SetValue(0)
	ui.progress.Show()
	ui.stop.Show()
	ui.setStatus(lang.L("正在读取 %s…"), displayName(what))
	return ctx
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

func (ui *UI) progressFunc() data.Progress {
	return func(stage string, done, total int) {
		fyne.Do(func() { ui.showProgress(stage, done, total) })
	}
}

// finishLoad shows the result of a background load; call from its goroutine.
func (ui *UI) finishLoad(ctx context.Context, c *data.Corpus, err error, what string) {
	if errors.Is(err, context.Canceled) {
		fyne.Do(func() { ui.hideProgress(); ui.setStatus("%s", lang.L("已取消读取")) })
		return
	}
	if err != nil {
		fyne.Do(func() { ui.hideProgress(); ui.setStatus("%s", lang.L("读取失败")) })
		ui.showError(fmt.Errorf(lang.L("打开 %s: %w"), displayName(what), err))
		return
	}
	fyne.Do(func() { ui.setCorpus(c) })
	ui.computeKeywords(ctx, c)
}

func (ui *UI) showProgress(stage string, done, total int) {
	if total > 0 {
		ui.progress.SetValue(float64(done) / float64(total))
	}
	ui.setStatus("%s %d/%d", stageName(stage), done, total)
}

// setCorpus shows a freshly loaded corpus; call on the UI goroutine.
func (ui *UI) setCorpus(c *data.Corpus) {
	ui.corpus = c
	counts := map[*data.Article]int{}
	for _, ind := range c.Indicators {
		counts[ind.Article]++
	}
	ui.index = newArticleIndex(c)
	ui.filters.SetChoices(ui.index.regions, ui.index.themeL)
	ui.articles.SetArticles(c.Articles, counts)
	ui.table.SetIndicators(c.Indicators)
	ui.compare.SetData(c.Indicators, c.RegionKeywords)
	ui.hideProgress()
	ui.setStatus("%s", ui.summary(c))
	if len(c.Articles) > 0 {
		ui.articles.Select(0)
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
	ctx := ui.startLoad(paths[0])
	go func() {
		c, err := data.OpenPaths(ctx, paths, ui.progressFunc())
		ui.finishLoad(ctx, c, err, paths[0])
	}()
}

func (ui *UI) hideProgress() {
	ui.progress.Hide()
	ui.stop.Hide()
}

// summary is the status line for a loaded corpus.
func (ui *UI) summary(c *data.Corpus) string {
	s := fmt.Sprintf(lang.N("%s：%d 篇文章", len(c.Articles)), displayName(c.Source), len(c.Articles)) +
		fmt.Sprintf(lang.N("，%d 项指标", len(c.Indicators)), len(c.Indicators))
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
	return []error{data.ErrEmpty, data.ErrBinary, data.ErrEncoding, data.ErrTooLarge, data.ErrUnreadable, data.ErrLoop,
		data.ErrNotRegular, data.ErrOutOfRange, data.ErrDuplicate, data.ErrFolderSkipped, data.ErrHTML,
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

// stageName translates the data layer's progress stages (读取, 分析, 分词).
func stageName(stage string) string {
	switch stage {
	case "读取":
		return lang.L("读取")
	case "分析":
		return lang.L("分析")
	case "分词":
		return lang.L("分词")
	}
	return stage
}
