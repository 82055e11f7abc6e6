// Package app is the composition root of the dashboard: it owns the Fyne app,
// the window, preferences, the theme and the loaded corpus, loads data in the
// background and hands each view what it shows.
package app

import (
	"context"
	"fmt"
	"os"
	"sync"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"zhibiao/assets"
	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/region"
	"zhibiao/views"
	"zhibiao/views/chart"
)

// AppID is the application's unique ID (also in FyneApp.toml).
const AppID = "io.zhibiao.dashboard"

// WindowTitle is the main window's title.
const WindowTitle = "指标看板 zhibiao"

// Options are the command-line choices for the GUI.
type Options struct {
	CorpusDir string // folder to open; "" opens the embedded seeds
	IndexPath string // the index file of CorpusDir; "" for the one in the user cache
}

// Run builds the app and runs it until the window closes. When no window
// can be opened (a display that cannot be reached), it returns an error
// instead of the graphics driver's panic.
func Run(opts Options) error {
	a := fyneapp.NewWithID(AppID)
	ui, err := openWindow(func() *UI { return New(a, opts) })
	if err != nil {
		return err
	}
	ui.benchHooks()
	lowerGC()
	ui.warm = ui.seg.start
	ui.Load(opts.CorpusDir)
	ui.win.ShowAndRun()
	return nil
}

// openWindow calls newUI, turning a panic of the graphics driver while it
// opens the window (GLFW cannot open the display) into an error.
func openWindow(newUI func() *UI) (ui *UI, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot open a window (%v): is the display %q running and may this user use it?", r, os.Getenv("DISPLAY"))
		}
	}()
	return newUI(), nil
}

// UI is the running dashboard.
type UI struct {
	app   fyne.App
	win   fyne.Window
	theme *cjkTheme
	lang  string // interface language running (LangChinese or LangEnglish)

	themeGen   int           // bumped by every theme change
	themeItems []themeChoice // the theme menu's items, the chosen one ticked
	tabThemes  [3]int        // per tab, the themeGen it was last themed at

	tabs     *container.AppTabs
	filters  *views.FilterBar
	articles *views.ArticleList
	reader   *views.Reader
	table    *views.IndicatorTable
	compare  *views.Compare
	status   *widget.Label
	progress *widget.ProgressBar
	stop     *widget.Button

	opts   Options
	mu     sync.Mutex // guards cancel and gen
	cancel context.CancelFunc
	gen    uint64 // the latest load's generation (startLoad)

	places   *region.Gazetteer // the gazetteer every stage reads places with
	pipeline *corpus.Pipeline  // loads and analyses corpora with places
	seg      *segmenter        // gse, loaded once in the background
	// warm starts loading seg ahead of a keyword stage: for a load that
	// will have one (not the reopen of an index that holds the keywords:
	// the dictionary is 18 MB kept and 56 MB allocated). Run sets it;
	// tests leave it nil.
	warm   func()
	cutter func(context.Context) (func(string) []string, error)
	corpus *corpus.Corpus // touched only on the UI goroutine
	loaded *loadResult    // corpus with its index; UI goroutine
	index  *articleIndex  // filters for corpus
	// indexPath names the index file of a folder (defaultIndexPath;
	// tests put it elsewhere).
	indexPath func(dir string) (string, error)
	// openFn loads a folder or the seeds in the background (open; tests
	// put slow loads in).
	openFn  func(ctx context.Context, gen uint64, dir string) (*loadResult, error)
	do      func(func())         // hands a load's results to the UI goroutine: fyne.Do (tests time them)
	onReady func(*corpus.Corpus) // called on the UI goroutine when a load is fully analysed (tests)
	onShown func(*corpus.Corpus) // called on the UI goroutine when a loaded corpus is shown (benchmarks)
}

// New builds the window and its views on a (a real or test app); nothing is
// loaded until Load is called.
func New(a fyne.App, opts Options) *UI {
	places := region.Default()
	ui := &UI{app: a, opts: opts, places: places, pipeline: corpus.New(places), seg: newSegmenter(places), lang: setupLanguage(a.Preferences())}
	ui.cutter = ui.seg.cut
	ui.indexPath = ui.defaultIndexPath
	ui.openFn = ui.open
	ui.do = fyne.Do
	ui.theme = newTheme(a.Preferences().StringWithFallback(prefTheme, ThemeSystem))
	a.Settings().SetTheme(ui.theme)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	ui.win = a.NewWindow(WindowTitle)
	ui.buildViews()
	ui.win.SetContent(ui.layout())
	ui.buildMenus()
	ui.win.SetOnDropped(ui.onDropped)
	ui.restoreWindow()
	ui.compare.SetDark(ui.theme.IsDark(a))
	return ui
}

// Window returns the main window.
func (ui *UI) Window() fyne.Window { return ui.win }

// Corpus returns the loaded corpus, or nil while loading.
func (ui *UI) Corpus() *corpus.Corpus { return ui.corpus }

// Articles returns the article list view.
func (ui *UI) Articles() *views.ArticleList { return ui.articles }

// Reader returns the reader view.
func (ui *UI) Reader() *views.Reader { return ui.reader }

func (ui *UI) buildViews() {
	ui.reader = views.NewReader()
	ui.articles = views.NewArticleList(func(a *data.Article) {
		ui.reader.SetArticle(ui.withText(a), ui.indicatorsOf(a))
	})
	ui.filters = views.NewFilterBar(ui.applyFilters)
	ui.table = views.NewIndicatorTable(ui.openIndicator)
	ui.table.SetEnglish(ui.lang == LangEnglish)
	ui.table.OnFiltered = func(int, int) { ui.showTabStatus(tabTable) }
	ui.compare = views.NewCompare(ui.places, ui.openIndicator)
	ui.compare.SetLocale(ui.chartLocale())
	ui.status = widget.NewLabel(lang.L("正在启动…"))
	ui.progress = widget.NewProgressBar()
	ui.stop = widget.NewButton(lang.L("取消"), ui.CancelLoad)
	ui.progress.Hide()
	ui.stop.Hide()
}

// Tab indices.
const (
	tabArticles = iota
	tabTable
	tabCompare
)

func (ui *UI) layout() fyne.CanvasObject {
	left := container.NewBorder(ui.filters, nil, nil, nil, ui.articles)
	split := container.NewHSplit(left, ui.reader)
	split.Offset = 0.3
	ui.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("文章"), split),
		container.NewTabItem(lang.L("指标表"), ui.table),
		container.NewTabItem(lang.L("地区对比"), ui.compare),
	)
	ui.tabs.OnSelected = func(*container.TabItem) {
		ui.themeTab(ui.tabs.SelectedIndex())
		ui.showTabStatus(ui.tabs.SelectedIndex())
	}
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(ui.progress, ui.stop), ui.status)
	return container.NewBorder(nil, bar, nil, nil, ui.tabs)
}

func (ui *UI) showTab(i int) { ui.tabs.SelectIndex(i) }

// openIndicator shows ind's sentence in the reader.
func (ui *UI) openIndicator(ind data.Indicator) {
	ui.showTab(tabArticles)
	ui.articles.SelectArticle(ind.Article)
	ui.withText(ind.Article)
	ui.reader.ShowIndicator(ind, ui.indicatorsOf(ind.Article))
}

func (ui *UI) indicatorsOf(a *data.Article) []data.Indicator {
	if ui.corpus == nil {
		return nil
	}
	if l := ui.loaded; l != nil && l.corpus == ui.corpus && l.figs != nil {
		return l.figs.ofArticle(a)
	}
	var out []data.Indicator
	for _, ind := range ui.corpus.Indicators {
		if ind.Article == a {
			out = append(out, ind)
		}
	}
	return out
}

// showTabStatus puts the counts that fit the tab into the status line:
// articles on the articles tab, indicators on the table's, following their
// filters; nothing changes unless tab is the one shown, or while loading.
func (ui *UI) showTabStatus(tab int) {
	if ui.corpus == nil || ui.tabs == nil || ui.tabs.SelectedIndex() != tab || ui.progress.Visible() {
		return
	}
	c := ui.corpus
	switch shownA, shownI, nI := len(ui.articles.Shown()), ui.table.Shown(), ui.nFigures(c); {
	case tab == tabArticles && shownA != len(c.Articles):
		ui.setStatus(lang.N("显示 %d / %d 篇文章", len(c.Articles)), shownA, len(c.Articles))
	case tab == tabTable && shownI != nI:
		ui.setStatus(lang.L("指标表：显示 %d / %d 项指标"), shownI, nI)
	case tab == tabTable:
		ui.setStatus(lang.L("指标表：%d 项指标"), nI)
	default:
		ui.setStatus("%s", ui.summary(c))
	}
}

// chartLocale writes the charts' own words and numbers in the interface
// language, on screen and in exports.
func (ui *UI) chartLocale() chart.Locale { return views.ChartLocale(ui.lang == LangEnglish) }

// showError shows err in a dialog; safe to call from any goroutine.
func (ui *UI) showError(err error) {
	fyne.LogError("zhibiao", err)
	fyne.Do(func() { dialog.ShowError(err, ui.win) })
}

// setStatus sets the status line; call on the UI goroutine.
func (ui *UI) setStatus(format string, args ...any) {
	ui.status.SetText(fmt.Sprintf(format, args...))
}
