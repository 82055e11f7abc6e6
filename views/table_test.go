package views

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"zhibiao/app/translations"
	"zhibiao/data"
)

func tableIndicators() []data.Indicator {
	return []data.Indicator{
		{Region: "即墨区", Indicator: "新增就业", Metric: "新增城乡就业", Value: 34000, Unit: "人", Raw: "3.4万人", Story: "a"},
		{Region: "西海岸新区", Indicator: "新增就业", Metric: "城镇新增就业", Value: 82500, Unit: "人", Raw: "8.25万人", Story: "b"},
		{Region: "即墨区", Indicator: "固定资产投资增速", Metric: "固定资产投资同比增长", Value: 7.4, Unit: "%", Raw: "7.4%", Story: "a"},
		{Region: "崂山区", Indicator: "减税降费", Metric: "减税降费", Value: 8.1e8, Unit: "元", Raw: "8.1亿余元", Qualifier: "余", Story: "c"},
	}
}

func TestTableSortFilterAndHumanValues(t *testing.T) {
	test.NewTempApp(t)
	var opened []data.Indicator
	tb := NewIndicatorTable(func(ind data.Indicator) { opened = append(opened, ind) })
	test.NewTempWindow(t, tb)
	tb.SetIndicators(tableIndicators())
	valueCol := 4
	tb.SortBy(valueCol)
	var got []string
	for r := range tb.Rows() {
		got = append(got, tb.CellText(r, valueCol))
	}
	// Sorted by unit, then value: % < 人 < 元 in byte order of the unit strings.
	if fmt.Sprint(got) != "[7.4% 3.4万人 8.25万人 8.1亿元]" && fmt.Sprint(got) != "[7.4% 8.1亿元 3.4万人 8.25万人]" {
		t.Errorf("sorted values %v", got)
	}
	tb.SortBy(valueCol) // again: descending
	if first := tb.CellText(0, valueCol); first == "7.4%" {
		t.Errorf("second tap did not reverse the order: first row %q", first)
	}
	tb.SetQuery("即墨区 新增")
	if rows := tb.Rows(); len(rows) != 1 || rows[0].Raw != "3.4万人" {
		t.Errorf("filter 即墨区 新增 → %v", rows)
	}
	tb.SetQuery("")
	if len(tb.Rows()) != 4 {
		t.Errorf("clearing the filter shows %d rows", len(tb.Rows()))
	}
	tb.Open(0)
	if len(opened) != 1 {
		t.Error("Open did not call OnOpen")
	}
}

// BenchmarkTableFilter100k: typing in the filter box with 100k rows.
func BenchmarkTableFilter100k(b *testing.B) {
	test.NewTempApp(b)
	inds := manyIndicators(100000)
	tb := NewIndicatorTable(nil)
	tb.SetIndicators(inds)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tb.SetQuery("即墨区 新增")
		tb.SetQuery("")
	}
}

// BenchmarkTableScroll100k: jumping through a 100k-row table in a window;
// only the visible rows are built (widget.Table is virtualised), so each
// scroll costs the same whatever the row count.
func BenchmarkTableScroll100k(b *testing.B) {
	test.NewTempApp(b)
	inds := manyIndicators(100000)
	tb := NewIndicatorTable(nil)
	w := test.NewTempWindow(b, tb)
	w.Resize(fyne.NewSize(1200, 800))
	tb.SetIndicators(inds)
	b.Run("jump", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			tb.table.ScrollTo(widget.TableCellID{Row: (i * 7919) % len(inds), Col: 0})
		}
	})
	b.Run("wheel", func(b *testing.B) { // a mouse-wheel step of 40 units
		for i := 0; i < b.N; i++ {
			tb.table.ScrollToOffset(fyne.NewPos(0, float32(i%50000)*40))
		}
	})
}

// manyIndicators repeats tableIndicators to n rows.
func manyIndicators(n int) []data.Indicator {
	base := tableIndicators()
	inds := make([]data.Indicator, 0, n)
	for len(inds) < n {
		inds = append(inds, base...)
	}
	return inds
}

// TestTableFilterWithNoMatchSaysSo: a filter matching no indicator shows a
// message naming it instead of an empty table.
func TestTableFilterWithNoMatchSaysSo(t *testing.T) {
	cjkTestApp(t)
	tb := NewIndicatorTable(nil)
	w := test.NewTempWindow(t, tb)
	w.Resize(fyne.NewSize(1000, 600))
	tb.SetIndicators(tableIndicators())
	base := listTop(t, tb)
	tb.SetQuery("火星")
	if got := shownText(tb); !strings.Contains(got, "没有指标符合“火星”") {
		t.Errorf("a filter matching nothing shows:\n%s", got)
	}
	checkMessageAbove(t, tb, "没有指标符合", base)
	tb.SetQuery("即墨区")
	if got := shownText(tb); strings.Contains(got, "没有指标") {
		t.Errorf("a filter matching rows still shows the message:\n%s", got)
	}
	checkMessageAbove(t, tb, "没有指标符合", base)
}

// TestTableValuesKeepTheirDigits: the value column keeps up to six
// significant digits (2299.79万元, not 2300万元) and the short forms; in
// English every digit, in full with thousands separators (no 万 or 亿).
func TestTableValuesKeepTheirDigits(t *testing.T) {
	for _, c := range []struct {
		value    float64
		unit     string
		want, en string
	}{
		{22997900, "元", "2299.79万元", "22,997,900 元"},
		{2299.79 * 1e4, "元", "2299.79万元", "22,997,900 元"},
		{34000, "人", "3.4万人", "34,000 人"},
		{82500, "人", "8.25万人", "82,500 人"},
		{8.1e8, "元", "8.1亿元", "810,000,000 元"},
		{1.2345678e9, "元", "12.3457亿元", "1,234,567,800 元"},
		{4.437e11, "元", "4437亿元", "443,700,000,000 元"},
		{7.4, "%", "7.4%", "7.4%"},
		{-0.35, "个百分点", "-0.35个百分点", "-0.35 个百分点"},
		{1861, "人", "1861人", "1,861 人"},
		{12.5, "公斤", "12.5公斤", "12.5 公斤"},
		{99999999, "元", "1亿元", "99,999,999 元"},
		{2.5e12, "元", "2.5万亿元", "2,500,000,000,000 元"},
		{-1234.5, "吨", "-1234.5吨", "-1,234.5 吨"},
	} {
		ind := data.Indicator{Value: c.value, Unit: c.unit}
		if got := humanValue(&ind, false); got != c.want {
			t.Errorf("%v %s shown as %q, want %q", c.value, c.unit, got, c.want)
		}
		if got := humanValue(&ind, true); got != c.en {
			t.Errorf("English: %v %s shown as %q, want %q", c.value, c.unit, got, c.en)
		}
	}
}

// TestTableFilterSearchesOnlyTheIndicator: the filter matches an
// indicator's own fields, not the title of the article it comes from.
func TestTableFilterSearchesOnlyTheIndicator(t *testing.T) {
	test.NewTempApp(t)
	title := "即墨区提前半年完成就业创业全年任务"
	inds := []data.Indicator{
		{Region: "即墨区", Theme: "金融", Indicator: "新发放贷款", Metric: "新发放贷款", Value: 1.5e10, Unit: "元", Raw: "150亿元",
			Period: "2020年上半年", File: "000_jimo.txt", Story: title, Title: title},
		{Region: "即墨区", Theme: "就业", Indicator: "新增就业", Metric: "新增城乡就业", Value: 34000, Unit: "人", Raw: "3.4万人",
			Status: data.StatusEstimate, Story: title, Title: title},
	}
	tb := NewIndicatorTable(nil)
	tb.SetIndicators(inds)
	for q, want := range map[string]int{
		"就业": 1, "提前半年": 0, "全年任务": 0, "贷款": 1, "150亿元": 1, "1.5万亿": 0, "150亿": 1,
		"上半年": 1, "000_jimo": 1, "金融": 1, "预计": 1, "3.4万人": 1, "即墨区": 2,
	} {
		tb.SetQuery(q)
		if got := len(tb.Rows()); got != want {
			t.Errorf("filter %q: %d rows, want %d", q, got, want)
		}
	}
}

// TestTableColumnsFollowTheWindowWidth: at 1000 px the last column (文章)
// is on screen; at 1600 px the columns fill the width instead of leaving
// the right side empty.
func TestTableColumnsFollowTheWindowWidth(t *testing.T) {
	cjkTestApp(t)
	tb := NewIndicatorTable(nil)
	w := test.NewTempWindow(t, tb)
	tb.SetIndicators(tableIndicators())
	for _, width := range []float32{1000, 1600, 1280} {
		w.Resize(fyne.NewSize(width, 700))
		var header *widget.Button
		var headerPos fyne.Position
		walkDrawn(tb, func(o fyne.CanvasObject, p fyne.Position) {
			if b, ok := o.(*widget.Button); ok && b.Text == "文章" {
				header, headerPos = b, p
			}
		})
		if header == nil {
			t.Fatalf("%.0f px: no 文章 header drawn", width)
		}
		right := headerPos.X + header.Size().Width
		if right > width {
			t.Errorf("%.0f px: the 文章 column ends at %.0f, off screen", width, right)
		}
		if right < width-60 {
			t.Errorf("%.0f px: the columns end at %.0f, leaving the right side empty", width, right)
		}
	}
}

// TestTableTitlesTranslated: the column titles and 全部, translated through
// lang.L by name rather than as literals, have English entries.
func TestTableTitlesTranslated(t *testing.T) {
	table, err := translations.English()
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{AllChoice}
	for _, c := range tableColumns {
		keys = append(keys, c.title)
	}
	for _, k := range keys {
		if _, ok := table[k]; !ok {
			t.Errorf("%q has no English entry", k)
		}
	}
}

// pagedFigures are figures that are not in memory as far as the table
// knows (like an indexed corpus's): it reads pages and streams them.
type pagedFigures struct {
	MemFigures
	pages, scans int
}

func (p *pagedFigures) Page(from, to int) []data.Indicator {
	p.pages++
	return append([]data.Indicator(nil), p.MemFigures[from:to]...)
}

func (p *pagedFigures) Each(fn func(int, *data.Indicator) bool) {
	p.scans++
	p.MemFigures.Each(fn)
}

// TestTablePagedLikeInMemory: figures read a page at a time show, filter,
// sort and open exactly as the same figures in memory.
func TestTablePagedLikeInMemory(t *testing.T) {
	test.NewTempApp(t)
	var inds []data.Indicator
	for i := range 3*tablePage + 17 { // several pages, the last one short
		d := tableIndicators()[i%4]
		d.Value += float64(i % 7)
		d.Story = fmt.Sprint("story ", i)
		inds = append(inds, d)
	}
	var openedMem, openedPaged []data.Indicator
	mem := NewIndicatorTable(func(ind data.Indicator) { openedMem = append(openedMem, ind) })
	paged := NewIndicatorTable(func(ind data.Indicator) { openedPaged = append(openedPaged, ind) })
	test.NewTempWindow(t, container.NewVBox(mem, paged))
	mem.SetIndicators(inds)
	src := &pagedFigures{MemFigures: inds}
	paged.SetFigures(src)
	if src.scans != 0 || paged.Total() != len(inds) || paged.Shown() != len(inds) {
		t.Fatalf("unfiltered: %d scans, %d of %d rows", src.scans, paged.Shown(), paged.Total())
	}
	same := func(what string) {
		t.Helper()
		if mem.Shown() != paged.Shown() {
			t.Fatalf("%s: %d rows, in memory %d", what, paged.Shown(), mem.Shown())
		}
		for r := range mem.Shown() {
			for c := range tableColumns {
				if a, b := paged.CellText(r, c), mem.CellText(r, c); a != b {
					t.Fatalf("%s: row %d col %d %q, in memory %q", what, r, c, a, b)
				}
			}
		}
	}
	same("text order")
	for _, col := range []int{4, 0, 7} {
		mem.SortBy(col)
		paged.SortBy(col)
		same(fmt.Sprint("sorted by ", col))
	}
	mem.SortBy(7)
	paged.SortBy(7) // descending
	same("descending")
	mem.SetQuery("即墨区 万人")
	paged.SetQuery("即墨区 万人")
	same("filtered")
	if paged.Shown() == 0 || paged.Shown() == len(inds) {
		t.Errorf("filter shows %d rows", paged.Shown())
	}
	mem.Open(3)
	paged.Open(3)
	if len(openedPaged) != 1 || openedPaged[0].Story != openedMem[0].Story {
		t.Errorf("opened %v, in memory %v", openedPaged, openedMem)
	}
	if src.pages > tablePages+4 || src.pages == 0 {
		t.Errorf("%d pages read", src.pages)
	}
}

// TestTablePeriodColumnFitsADate: in a 1000-unit window the 时期 column
// holds a period to the day (截至2020年7月29日); it was cut to
// 截至2020年7 (cells clip rather than end in an ellipsis).
func TestTablePeriodColumnFitsADate(t *testing.T) {
	cjkTestApp(t)
	tb := NewIndicatorTable(nil)
	w := test.NewTempWindow(t, tb)
	w.Resize(fyne.NewSize(1000, 600))
	const periodColumn = 5
	th := tb.Theme()
	need := fyne.MeasureText("截至2020年7月29日", th.Size("text"), fyne.TextStyle{}).Width + 2*th.Size("innerPadding")
	if got := tb.widths[periodColumn]; got < need {
		t.Errorf("时期 column %v wide, want at least %v", got, need)
	}
}
