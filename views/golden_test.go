package views

import (
	"context"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/assets"
	"zhibiao/data"
	"zhibiao/data/load"
)

// Widget goldens, as Fyne's own widget tests keep them: the markup of each
// view in the light test theme (test.AssertRendersToMarkup, readable in a
// diff) and, where it is cheap, an image of it in the dark theme
// (test.AssertImageMatches), both drawn with the bundled font so that they
// do not depend on the machine's fonts. A failing test writes what it drew
// under testdata/failed (ignored by git); copy it over the golden when the
// change is meant.

// darkTestApp is a test app in Fyne's dark theme with the bundled font, as
// the app draws with 视图 → 深色主题.
func darkTestApp(t testing.TB) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(cjkTestTheme{Theme: darkTheme{theme.DefaultTheme()}, font: fyne.NewStaticResource(assets.FontFileName, assets.FontRegular)})
	return a
}

// darkTheme draws every colour in the dark variant.
type darkTheme struct{ fyne.Theme }

func (d darkTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return d.Theme.Color(n, theme.VariantDark)
}

// goldenArticles are three stories: one with its digits lost (数字缺失),
// one with an inferred date, one with several regions.
func goldenArticles() ([]*data.Article, map[*data.Article]int) {
	arts := []*data.Article{
		{Title: "即墨区提前半年完成就业创业全年任务", Source: "齐鲁人才", Date: "2020-07-23", Regions: []string{"即墨区"}},
		{Title: "崂山区“六稳”“六保”见实效", Source: "青岛日报", Date: "2020", DateInferred: true, Regions: []string{"崂山区"},
			Quality: []string{load.QualityMissingDigits}},
		{Title: "一版要闻：青岛各区稳投资", Source: "青岛日报", Date: "2021-03-02", Regions: []string{"西海岸新区", "李沧区", "即墨区", "崂山区"}},
	}
	return arts, map[*data.Article]int{arts[0]: 12, arts[1]: 0, arts[2]: 1}
}

func TestArticleListGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		app  func(testing.TB) fyne.App
	}{{"light", cjkTestApp}, {"dark", darkTestApp}} {
		t.Run(c.name, func(t *testing.T) {
			c.app(t)
			l := NewArticleList(nil)
			w := test.NewTempWindow(t, l)
			w.Resize(fyne.NewSize(420, 260))
			l.SetArticles(goldenArticles())
			l.Select(1)
			assertGolden(t, w, "articles/list", c.name)
		})
	}
}

// assertGolden compares the window with testdata/name-variant.png when
// the variant is dark, else with testdata/name-variant.xml.
func assertGolden(t *testing.T, w fyne.Window, name, variant string) {
	t.Helper()
	if strings.HasSuffix(variant, "dark") {
		test.AssertImageMatches(t, name+"-"+variant+".png", w.Canvas().Capture())
		return
	}
	test.AssertRendersToMarkup(t, name+"-"+variant+".xml", w.Canvas())
}

// TestArticleListNoMatchGolden: the message that replaces a list the filter
// left empty.
func TestArticleListNoMatchGolden(t *testing.T) {
	cjkTestApp(t)
	l := NewArticleList(nil)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(420, 160))
	l.SetArticles(goldenArticles())
	l.SetFilter(func(*data.Article) bool { return false }, "火星 · 崂山区")
	test.AssertRendersToMarkup(t, "articles/no-match-light.xml", w.Canvas())
}

// TestReaderDarkGolden: TestReaderGolden's reader in the dark theme.
func TestReaderDarkGolden(t *testing.T) {
	darkTestApp(t)
	w := goldenReader(t)
	test.AssertImageMatches(t, "reader/figures_focus_search-dark.png", w.Canvas().Capture())
}

// goldenTable is the indicator table with a few figures, sorted by value.
func goldenTable(t *testing.T, english bool) (*IndicatorTable, fyne.Window) {
	tb := NewIndicatorTable(nil)
	w := test.NewTempWindow(t, tb)
	w.Resize(fyne.NewSize(1000, 240))
	inds := append(tableIndicators(),
		data.Indicator{Region: "即墨区", Theme: "保市场主体", Indicator: "减税降费", Metric: "累计减税降费", Value: 8.1e8, Unit: "元",
			Qualifier: "余", Period: "2020年上半年", Story: "即墨区提前半年完成就业创业全年任务"},
		data.Indicator{Region: "西海岸新区", Theme: "稳投资", Indicator: "固定资产投资", Metric: "重点项目投资", Value: 22997900, Unit: "元",
			Status: data.StatusTarget, Period: "2021年", Story: "一版要闻：青岛各区稳投资"})
	tb.SetEnglish(english)
	tb.SetIndicators(inds)
	tb.SortBy(0)
	return tb, w
}

func TestTableGolden(t *testing.T) {
	for _, c := range []struct {
		name    string
		app     func(testing.TB) fyne.App
		english bool
	}{{"light", cjkTestApp, false}, {"dark", darkTestApp, false}, {"english-light", cjkTestApp, true}} {
		t.Run(c.name, func(t *testing.T) {
			c.app(t)
			_, w := goldenTable(t, c.english)
			assertGolden(t, w, "table/table", c.name)
		})
	}
}

func TestTableFilteredGolden(t *testing.T) {
	cjkTestApp(t)
	tb, w := goldenTable(t, false)
	tb.search.SetText("目标")
	test.AssertRendersToMarkup(t, "table/filtered-light.xml", w.Canvas())
	tb.search.SetText("火星")
	test.AssertRendersToMarkup(t, "table/no-match-light.xml", w.Canvas())
}

func TestFilterBarGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		app  func(testing.TB) fyne.App
	}{{"light", cjkTestApp}, {"dark", darkTestApp}} {
		t.Run(c.name, func(t *testing.T) {
			c.app(t)
			f := NewFilterBar(nil)
			w := test.NewTempWindow(t, f)
			w.Resize(fyne.NewSize(360, 110))
			f.SetChoices([]string{"即墨区", "崂山区"}, []string{"稳就业", "保市场主体"})
			f.SetRegion("崂山区")
			f.Search.SetText("就业 项目")
			assertGolden(t, w, "filterbar/region-query", c.name)
		})
	}
}

// TestSaveDialogGolden: the export dialog (file name, format, folder).
func TestSaveDialogGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		app  func(testing.TB) fyne.App
	}{{"light", cjkTestApp}, {"dark", darkTestApp}} {
		t.Run(c.name, func(t *testing.T) {
			c.app(t)
			w := test.NewTempWindow(t, widget.NewLabel(""))
			w.Resize(fyne.NewSize(700, 400))
			ShowSaveDialog(w, SaveRequest{Title: "导出图表", Dir: "/", Stem: "对比_新增就业", Formats: []string{"png", "svg"},
				Write: func(string, string) error { return nil }})
			assertGolden(t, w, "export/save", c.name)
		})
	}
}

// TestBatchProgressGolden: the batch export's progress dialog part way:
// where the files go, how many are written, the bar and 取消.
func TestBatchProgressGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		app  func(testing.TB) fyne.App
	}{{"light", cjkTestApp}, {"dark", darkTestApp}} {
		t.Run(c.name, func(t *testing.T) {
			c.app(t)
			w := test.NewTempWindow(t, widget.NewLabel(""))
			w.Resize(fyne.NewSize(700, 400))
			r := &batchRun{win: w, dir: "/home/分析员/报告/" + exportFolderStem(exportTime), do: func(f func()) { f() }}
			var cancel context.CancelFunc
			r.ctx, cancel = context.WithCancel(context.Background())
			defer cancel()
			r.showProgress()
			r.progress(30, 80, 52)
			if !strings.Contains(shownText(w.Canvas().Overlays().Top()), "已写入 52 个文件") {
				t.Errorf("progress dialog shows:\n%s", shownText(w.Canvas().Overlays().Top()))
			}
			assertGolden(t, w, "export/batch-progress", c.name)
		})
	}
}
