package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"zhibiao/data"
	"zhibiao/data/corpus"
)

// newTestUI builds the UI on a test app with a comparison view that
// computes on the calling goroutine, so that tests see each change at
// once (the app computes it in the background).
func newTestUI(a fyne.App, opts Options) *UI {
	ui := New(a, opts)
	inline := func(f func()) { f() }
	ui.compare.SetRunners(inline, inline)
	return ui
}

// loaded builds the UI on a test app and waits for the seeds to load.
func loaded(t *testing.T) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	ui := newTestUI(a, Options{})
	done := make(chan struct{})
	ui.onReady = func(*corpus.Corpus) { close(done) }
	ui.Load("")
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("seed corpus did not load within 60 s")
	}
	return ui
}

func TestSeedsLoadIntoArticleList(t *testing.T) {
	ui := loaded(t)
	shown := ui.Articles().Shown()
	if len(shown) < 5 {
		t.Fatalf("article list shows %d articles, want at least the 5 seed files", len(shown))
	}
	files := map[string]bool{}
	for _, a := range shown {
		files[a.File] = true
		if strings.TrimSpace(a.Title) == "" {
			t.Errorf("%s story %d has no title", a.File, a.Story)
		}
	}
	if len(files) != 5 {
		t.Errorf("articles come from %d files, want 5", len(files))
	}
}

func TestSelectArticleShowsItInReader(t *testing.T) {
	ui := loaded(t)
	shown := ui.Articles().Shown()
	for i, a := range shown {
		test.NewTempWindow(t, ui.Articles()) // list needs a canvas to select
		ui.Articles().Select(i)
		if got := ui.Reader().Article(); got != a {
			t.Fatalf("select %d: reader shows %v, want %s", i, got, a.Title)
		}
		if ui.Reader().Text() != a.Text {
			t.Errorf("select %d: reader text differs from article text", i)
		}
	}
}

func TestThemePreferenceRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	ui := newTestUI(a, Options{})
	ui.setTheme(ThemeDark)
	if !ui.theme.IsDark(a) {
		t.Error("dark theme not applied")
	}
	ui2 := newTestUI(a, Options{})
	if ui2.theme.variant != ThemeDark {
		t.Errorf("theme after restart = %q, want dark", ui2.theme.variant)
	}
}

// TestOpenIndicatorShowsItsSentence: opening an indicator (double-tap in the
// table, a sentence under a chart) shows its article in the reader with the
// indicator highlighted.
func TestOpenIndicatorShowsItsSentence(t *testing.T) {
	ui := loaded(t)
	test.NewTempWindow(t, ui.win.Content())
	inds := ui.Corpus().Indicators
	if len(inds) < 2 {
		t.Fatal("too few indicators in the seeds")
	}
	for _, ind := range []data.Indicator{inds[len(inds)-1], inds[len(inds)/2]} {
		ui.showTab(tabTable)
		ui.openIndicator(ind)
		if ui.tabs.SelectedIndex() != tabArticles {
			t.Errorf("%s: tab %d, want the articles tab", ind.Raw, ui.tabs.SelectedIndex())
		}
		r := ui.Reader()
		if r.Article() != ind.Article {
			t.Fatalf("%s: reader shows %v", ind.Raw, r.Article())
		}
		f := r.Focus()
		if f < 0 || r.Indicators()[f].Start != ind.Start {
			t.Errorf("%s: focus %d, want the indicator at %d", ind.Raw, f, ind.Start)
		}
		if !strings.Contains(r.Text(), ind.Sentence) {
			t.Errorf("%s: sentence %q not in the article text", ind.Raw, ind.Sentence)
		}
	}
}

// TestTableDoubleTapOpensReader goes through the indicator table.
func TestTableDoubleTapOpensReader(t *testing.T) {
	ui := loaded(t)
	test.NewTempWindow(t, ui.win.Content())
	ui.table.SetQuery("新增就业")
	rows := ui.table.Rows()
	if len(rows) == 0 {
		t.Fatal("no 新增就业 rows")
	}
	ui.table.Open(0)
	if ui.Reader().Article() != rows[0].Article {
		t.Error("opening a table row did not show its article")
	}
}

// TestFiltersNarrowTheArticleList: region filter and full-text search.
func TestFiltersNarrowTheArticleList(t *testing.T) {
	ui := loaded(t)
	all := len(ui.Articles().Shown())
	ui.applyFilters("", "崂山区", "")
	shown := ui.Articles().Shown()
	if len(shown) == 0 || len(shown) >= all {
		t.Fatalf("崂山区 filter shows %d of %d", len(shown), all)
	}
	for _, a := range shown {
		if a.Region != "崂山区" && !slices.Contains(a.Regions, "崂山区") {
			t.Errorf("%s does not mention 崂山区", a.Title)
		}
	}
	ui.applyFilters("稳岗", "", "")
	for _, a := range ui.Articles().Shown() {
		if !strings.Contains(a.Text, "稳岗") && !strings.Contains(a.Title, "稳岗") {
			t.Errorf("%s does not contain 稳岗", a.Title)
		}
	}
	ui.applyFilters("", "", "")
	if len(ui.Articles().Shown()) != all {
		t.Error("clearing the filters does not show every article")
	}
}

// TestKeywordsArriveAfterLoad: the real segmenter runs after the corpus
// loads and fills in article and region keywords.
func TestKeywordsArriveAfterLoad(t *testing.T) {
	ui := loaded(t)
	c := ui.Corpus()
	if len(c.RegionKeywords) == 0 {
		t.Fatal("no region keywords after the load finished")
	}
	withKW := 0
	for _, a := range c.Articles {
		if len(a.Keywords) > 0 {
			withKW++
		}
	}
	if withKW < len(c.Articles)/2 {
		t.Errorf("only %d of %d articles have keywords", withKW, len(c.Articles))
	}
}

// BenchmarkStartup: building the window and analysing the embedded seeds
// (load, extract, segment and keywords) with the test driver. The real
// window's time to screen is measured by scripts/smoke.sh.
func BenchmarkStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		a := test.NewTempApp(b)
		ui := newTestUI(a, Options{})
		done := make(chan struct{})
		ui.onReady = func(*corpus.Corpus) { close(done) }
		ui.seg.start()
		ui.Load("")
		<-done
	}
}

// TestArticleSearchMarksTheReader: the words of the article search are
// passed to the reader, which marks them in the article opened.
func TestArticleSearchMarksTheReader(t *testing.T) {
	ui := loaded(t)
	test.NewTempWindow(t, ui.win.Content())
	ui.applyFilters("稳岗", "", "")
	shown := ui.Articles().Shown()
	if len(shown) == 0 {
		t.Fatal("no article mentions 稳岗")
	}
	ui.Articles().Select(0)
	if ui.Reader().Hits() == 0 {
		t.Errorf("%s: 稳岗 not marked in the reader", shown[0].Title)
	}
	ui.applyFilters("", "", "")
	if n := ui.Reader().Hits(); n != 0 {
		t.Errorf("clearing the search leaves %d marks", n)
	}
}

// TestStatusFitsTheTab: the status line counts articles on the articles tab
// and indicators on the indicator table's tab, following each one's filter.
func TestStatusFitsTheTab(t *testing.T) {
	ui := loaded(t)
	test.NewTempWindow(t, ui.win.Content())
	c := ui.Corpus()
	ui.applyFilters("稳岗", "", "")
	articles := fmt.Sprintf("%d / %d 篇文章", len(ui.Articles().Shown()), len(c.Articles))
	if !strings.Contains(ui.status.Text, articles) {
		t.Errorf("articles tab, filtered: status %q, want %q", ui.status.Text, articles)
	}
	ui.showTab(tabTable)
	if s := ui.status.Text; strings.Contains(s, "篇文章") || !strings.Contains(s, fmt.Sprintf("%d 项指标", len(c.Indicators))) {
		t.Errorf("table tab: status %q, want the indicator count %d", s, len(c.Indicators))
	}
	ui.table.SetQuery("就业")
	if want := fmt.Sprintf("%d / %d 项指标", len(ui.table.Rows()), len(c.Indicators)); !strings.Contains(ui.status.Text, want) {
		t.Errorf("table tab, filtered: status %q, want %q", ui.status.Text, want)
	}
	ui.showTab(tabArticles)
	if !strings.Contains(ui.status.Text, articles) {
		t.Errorf("back on the articles tab: status %q, want %q", ui.status.Text, articles)
	}
}
