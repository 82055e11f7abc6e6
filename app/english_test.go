package app

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"zhibiao/cli"
	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/corpus"
	"zhibiao/data/load"
	"zhibiao/views"
	"zhibiao/views/chart"
	"zhibiao/views/chartset"
)

// inLanguage makes a test app with language l chosen; the interface
// language is global to the process, so it is set back to Chinese after
// the test.
func inLanguage(t *testing.T, l string) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, l)
	t.Cleanup(func() {
		a.Preferences().SetString(prefLanguage, LangChinese)
		setupLanguage(a.Preferences())
	})
	return a
}

// loadedIn builds the UI in language l and waits for the seeds to load.
func loadedIn(t *testing.T, l string) *UI {
	t.Helper()
	ui := newTestUI(inLanguage(t, l), Options{})
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

// dataStrings are the corpus's data, which charts show as they are in any
// language: regions, indicators, units, periods, themes, qualifiers,
// keywords, the outlets of the source line.
func dataStrings(c *corpus.Corpus) []string {
	seen := map[string]bool{}
	add := func(ss ...string) {
		for _, s := range ss {
			if s != "" {
				seen[s] = true
			}
		}
	}
	for _, ind := range c.Indicators {
		label, _ := compare.PeriodLabel(ind)
		add(ind.Region, ind.Indicator, ind.Unit, ind.Period, ind.Theme, ind.Qualifier, label)
	}
	for _, a := range c.Articles {
		add(a.Region, a.Source, a.File)
		add(a.Regions...)
	}
	for r, ws := range c.RegionKeywords {
		add(r)
		for _, w := range ws {
			add(w.Word)
		}
	}
	for _, rv := range regionValuesOfAll(c) {
		add(rv.Period)
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) }) // longest first
	return out
}

// regionValuesOfAll is every indicator's chosen figure per region (their
// periods carry the year: 2020年上半年).
func regionValuesOfAll(c *corpus.Corpus) []compare.RegionValue {
	var out []compare.RegionValue
	for _, name := range compare.Indicators(c.Indicators) {
		out = append(out, compare.RegionValues(c.Indicators, name, nil)...)
	}
	return out
}

// chineseOutsideData is the Han text left in s once the data is taken out.
func chineseOutsideData(s string, dataStrs []string) string {
	for _, d := range dataStrs {
		s = strings.ReplaceAll(s, d, " ")
	}
	left := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.Is(unicode.Han, r) && !strings.ContainsRune("、，；：（）。", r)
	})
	return strings.Join(left, " ")
}

// svgText is the text drawn in an SVG.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	var sb strings.Builder
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return sb.String()
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			sb.Write(cd)
			sb.WriteByte('\n')
		}
	}
}

// recordingLocale is the UI's chart locale noting every phrase asked for
// and whether it was asked with a count.
func recordingLocale(ui *UI, asked map[string]bool) chart.Locale {
	loc := ui.chartLocale()
	inner := loc.Words
	loc.Words = func(id string, n int) string {
		asked[id] = n >= 0
		return inner(id, n)
	}
	return loc
}

// TestEnglishChartsHaveNoChineseButData: in the English interface the
// comparison charts on screen, a single export and the batch export carry
// no Chinese apart from data (region, indicator and theme names, units,
// periods, keywords); every phrase the charts ask for is translated, with
// plural forms where it counts something. Maps are left out: their legend
// (单位, 无数据) is drawn by views/geomap.
func TestEnglishChartsHaveNoChineseButData(t *testing.T) {
	ui := loadedIn(t, LangEnglish)
	c := ui.Corpus()
	dataStrs := dataStrings(c)
	asked := map[string]bool{}
	ui.compare.SetLocale(recordingLocale(ui, asked))
	check := func(what string, svg []byte) {
		if left := chineseOutsideData(svgText(t, svg), dataStrs); left != "" {
			t.Errorf("%s: Chinese that is not data: %s", what, left)
		}
	}
	for _, m := range []views.Mode{views.ModeIndicator, views.ModeThemes, views.ModeKeywords, views.ModeTrend, views.ModeOverview} {
		ui.compare.SetMode(m)
		for _, regions := range [][]string{nil, {"即墨区", "西海岸新区", "崂山区", "不存在区"}} {
			ui.compare.SetRegions(regions)
			render, stem, ok := ui.currentChart()
			if !ok {
				t.Fatalf("%s: no chart", m)
			}
			svg, err := render(chart.SVG)
			if err != nil {
				t.Fatalf("%s: %v", m, err)
			}
			check(fmt.Sprintf("%s %v (%s)", m, regions, stem), svg)
		}
	}
	src := chartset.Source{Articles: c.Articles, Indicators: c.Indicators, Keywords: c.RegionKeywords, Places: ui.places}
	files, err := chartset.RenderAll(src, chartset.Options{Format: chart.SVG, Width: exportWidth, Height: exportHeight, Locale: recordingLocale(ui, asked)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !strings.HasPrefix(f.Name, "map-") {
			check(f.Name, f.Data)
		}
	}
	en := translationTables(t)["zhibiao.en.json"]
	for id, counted := range asked {
		if en[id] == nil {
			t.Errorf("chart phrase %q is not in zhibiao.en.json", id)
			continue
		}
		checkPluralForms(t, "views/chart", id, counted, en[id])
	}
	if len(asked) < 8 {
		t.Errorf("the charts asked for only %d phrases: %v", len(asked), asked)
	}
}

// TestEnglishPlurals: "1 indicators" was shown for one figure.
func TestEnglishPlurals(t *testing.T) {
	ui := newTestUI(inLanguage(t, LangEnglish), Options{})
	for n, want := range map[int]string{1: "1 indicator", 2: "2 indicators", 0: "0 indicators"} {
		if got := fmt.Sprintf(lang.N("%d 项指标", n), n); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
	one := &data.Article{}
	c := &corpus.Corpus{Source: "x", Articles: []*data.Article{one}, Indicators: []data.Indicator{{Article: one}}}
	if got, want := ui.summary(c), "x: 1 article, 1 indicator"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	c.Articles = append(c.Articles, one)
	c.Indicators = append(c.Indicators, c.Indicators[0])
	if got, want := ui.summary(c), "x: 2 articles, 2 indicators"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
}

// TestChinesePlurals: Chinese has one form.
func TestChinesePlurals(t *testing.T) {
	newTestUI(inLanguage(t, LangChinese), Options{})
	if got := fmt.Sprintf(lang.N("%d 项指标", 1), 1); got != "1 项指标" {
		t.Errorf("%q, want 1 项指标", got)
	}
}

// TestLanguageMenuNamesBothLanguages: the menu read "Language / Language"
// in English.
func TestLanguageMenuNamesBothLanguages(t *testing.T) {
	for l, want := range map[string]string{LangChinese: "语言 / Language", LangEnglish: "Language / 语言"} {
		ui := newTestUI(inLanguage(t, l), Options{})
		view := ui.win.MainMenu().Items[1]
		item := view.Items[len(view.Items)-1]
		if item.Label != want {
			t.Errorf("%s: menu %q, want %q", l, item.Label, want)
		}
		if item.ChildMenu.Items[0].Checked != (l == LangChinese) || item.ChildMenu.Items[1].Checked != (l == LangEnglish) {
			t.Errorf("%s: the chosen language is not ticked", l)
		}
	}
}

// TestLanguageSwitchIsAnnouncedInTheNewLanguage: choosing English in the
// Chinese interface said "restart" in Chinese, which an English reader
// may not read; it is said in English (and choosing Chinese in Chinese).
func TestLanguageSwitchIsAnnouncedInTheNewLanguage(t *testing.T) {
	for _, c := range []struct {
		running, chosen string
		want            []string
	}{
		{LangChinese, LangEnglish, []string{"Takes effect after a restart", "The interface language changes the next time zhibiao starts.", "OK"}},
		{LangEnglish, LangChinese, []string{"重启后生效", "界面语言将在下次启动时切换。", "好"}},
	} {
		ui := newTestUI(inLanguage(t, c.running), Options{})
		w := test.NewTempWindow(t, ui.win.Content())
		ui.win = w
		ui.setLanguage(c.chosen)
		top := w.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s → %s: nothing said", c.running, c.chosen)
		}
		var texts []string
		for _, o := range test.LaidOutObjects(top) {
			switch o := o.(type) {
			case *widget.Label:
				texts = append(texts, o.Text)
			case *widget.Button:
				texts = append(texts, o.Text)
			}
		}
		for _, want := range c.want {
			if !slices.Contains(texts, want) {
				t.Errorf("%s → %s: %q not among %q", c.running, c.chosen, want, texts)
			}
		}
		if got := chosenLanguage(ui.app.Preferences()); got != c.chosen {
			t.Errorf("preference %q, want %q", got, c.chosen)
		}
	}
}

// TestChosenLanguageUnderCLocale: Fyne ignores LANGUAGE when LANG (or
// LC_ALL) is exactly C, so the interface came up in English although
// Chinese was chosen.
func TestChosenLanguageUnderCLocale(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C")
	newTestUI(inLanguage(t, LangChinese), Options{})
	if got := lang.L("文件"); got != "文件" {
		t.Errorf("Chinese chosen under LANG=C: 文件 → %q", got)
	}
}

// TestTranslationsParse: both files are valid JSON objects.
func TestTranslationsParse(t *testing.T) {
	for name, table := range translationTables(t) {
		for k, v := range table {
			var s string
			var forms map[string]string
			if json.Unmarshal(v, &s) != nil && json.Unmarshal(v, &forms) != nil {
				t.Errorf("%s: %q is neither a string nor plural forms", name, k)
			}
		}
	}
}

// TestEnglishTableArticlesAndCSV: in English the indicator table writes
// values in full with thousands separators (no 万 or 亿), the article list's
// 数字缺失 badge is translated, and the CSV export offers indicators.csv.
func TestEnglishTableArticlesAndCSV(t *testing.T) {
	ui := loadedIn(t, LangEnglish)
	ui.win.Resize(fyne.NewSize(1400, 900))
	const valueCol = 4
	rows := ui.table.Rows()
	for r := range rows {
		v := ui.table.CellText(r, valueCol)
		if strings.ContainsAny(v, "万亿") || strings.Contains(v, "目标") || strings.Contains(v, "预计") {
			t.Errorf("row %d (%s): value %q", r, rows[r].Raw, v)
		}
	}
	var missing *data.Article
	for _, a := range ui.Corpus().Articles {
		if slices.Contains(a.Quality, load.QualityMissingDigits) {
			missing = a
		}
	}
	if missing == nil {
		t.Fatal("no seed article marked 数字缺失")
	}
	ui.articles.SelectArticle(missing)
	badges := labelTexts(ui.articles)
	if !slices.Contains(badges, "digits missing") || slices.Contains(badges, "数字缺失") {
		t.Errorf("article list labels %q, want the badge in English", badges)
	}
	ui.exportCSV()
	if name := firstEntryText(ui.win); name != "indicators.csv" {
		t.Errorf("CSV file name %q, want indicators.csv", name)
	}
}

// labelTexts are the texts of the visible labels under o.
func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, obj := range test.LaidOutObjects(o) {
		if l, ok := obj.(*widget.Label); ok && l.Visible() {
			out = append(out, l.Text)
		}
	}
	return out
}

// firstEntryText is the text of the first entry in the top overlay.
func firstEntryText(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	for _, obj := range test.LaidOutObjects(top) {
		if e, ok := obj.(*widget.Entry); ok {
			return e.Text
		}
	}
	return ""
}

// TestEnglishExportSameInGUIAndCLI: the English bar chart the GUI exports
// and `zhibiao export -lang en` draws for the same request are the same
// SVG, byte for byte.
func TestEnglishExportSameInGUIAndCLI(t *testing.T) {
	ui := loadedIn(t, LangEnglish)
	regions := []string{"即墨区", "西海岸新区"}
	ui.compare.SelectIndicator("新增就业")
	ui.compare.SetRegions(regions)
	render, _, ok := ui.currentChart()
	if !ok {
		t.Fatal("no chart")
	}
	gui, err := render(chart.SVG)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "jobs.svg")
	var stderr bytes.Buffer
	args := []string{"export", "-lang", "en", "-chart", "regions", "-indicator", "新增就业", "-regions", strings.Join(chartOrder(ui), ","),
		"-width", strconv.Itoa(exportWidth), "-height", strconv.Itoa(exportHeight), "-o", path}
	if code := cli.Run(args, cli.Env{Stdout: &bytes.Buffer{}, Stderr: &stderr}); code != 0 {
		t.Fatalf("zhibiao %v: exit %d: %s", args, code, stderr.String())
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gui, got) {
		t.Errorf("the GUI's English SVG (%d bytes) differs from the CLI's (%d bytes)", len(gui), len(got))

	}
}

// chartOrder is the compared regions in the order the chart draws them.
func chartOrder(ui *UI) []string {
	var out []string
	for _, rv := range ui.compare.RegionValues() {
		out = append(out, rv.Region)
	}
	return out
}

// TestChineseCSVName: in Chinese the CSV export still offers 指标.csv.
func TestChineseCSVName(t *testing.T) {
	ui := loadedIn(t, LangChinese)
	ui.win.Resize(fyne.NewSize(1200, 800))
	ui.exportCSV()
	if name := firstEntryText(ui.win); name != "指标.csv" {
		t.Errorf("CSV file name %q, want 指标.csv", name)
	}
}
