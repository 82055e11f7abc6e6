package views

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
	"zhibiao/views/chart"
)

// tableColumns are the indicator table's columns, in order. Each is at
// least min wide; the width left over is shared in proportion to grow.
// English values are written in full (810,000,000 元 target) and need
// more room: the value column is then at least englishValueMin wide.
var tableColumns = []struct {
	title     string
	min, grow float32
	text      func(ind *data.Indicator, english bool) string
	key       func(ind *data.Indicator) tableKey // what the column sorts by
}{
	{"地区", 88, 0.4, field(func(i *data.Indicator) string { return i.Region }), byString(func(i *data.Indicator) string { return i.Region })},
	{"主题", 88, 0.4, field(func(i *data.Indicator) string { return i.Theme }), byString(func(i *data.Indicator) string { return i.Theme })},
	{"指标", 110, 1.2, field(func(i *data.Indicator) string { return i.Indicator }), byString(func(i *data.Indicator) string { return i.Indicator })},
	{"表述", 130, 3, field(func(i *data.Indicator) string { return i.Metric }), byString(func(i *data.Indicator) string { return i.Metric })},
	{"数值", 100, 0.6, humanValue, func(i *data.Indicator) tableKey { return tableKey{i.Unit, i.Value} }},
	{"时期", 136, 0.8, field(func(i *data.Indicator) string { return i.Period }), byString(func(i *data.Indicator) string { return i.Period })},
	{"限定", 48, 0, field(func(i *data.Indicator) string { return i.Qualifier }), byString(func(i *data.Indicator) string { return i.Qualifier })},
	{"文章", 134, 3, field(func(i *data.Indicator) string { return i.Story }), byString(func(i *data.Indicator) string { return i.Story })},
}

const (
	valueColumn     = 4
	englishValueMin = 170
)

// field is a column's text that is data, the same in either language.
func field(f func(*data.Indicator) string) func(*data.Indicator, bool) string {
	return func(i *data.Indicator, _ bool) string { return f(i) }
}

// columnWidths shares width among columns at least mins wide: each gets
// its minimum and a part of what is left in proportion to its grow weight.
func columnWidths(width float32, mins []float32) []float32 {
	var minSum, growSum float32
	for i, c := range tableColumns {
		minSum, growSum = minSum+mins[i], growSum+c.grow
	}
	extra := max(0, width-minSum)
	out := make([]float32, len(tableColumns))
	for i, c := range tableColumns {
		out[i] = float32(math.Floor(float64(mins[i] + extra*c.grow/growSum)))
	}
	return out
}

// tableKey is what a row sorts by in a column: a text, then a number (the
// value column: unit, then value).
type tableKey struct {
	s string
	v float64
}

func (a tableKey) compare(b tableKey) int {
	return cmp.Or(strings.Compare(a.s, b.s), cmp.Compare(a.v, b.v))
}

func byString(f func(*data.Indicator) string) func(*data.Indicator) tableKey {
	return func(i *data.Indicator) tableKey { return tableKey{s: f(i)} }
}

// humanValue is an indicator's value in human form with its status when it
// is no result; the qualifier has a column of its own. Chinese writes
// large numbers with 万 and 亿 (3.4万人, 2299.79万元, 7.4%); English
// writes them in full with thousands separators (34,000 人, 22,997,900 元).
func humanValue(i *data.Indicator, english bool) string {
	s := preciseHuman(i.Value, i.Unit)
	if english {
		s = fullNumber(i.Value, i.Unit)
	}
	switch i.Status {
	case data.StatusTarget:
		s += lang.L(" 目标")
	case data.StatusEstimate:
		s += lang.L(" 预计")
	case data.StatusExpectation:
		s += lang.L(" 他方预期")
	}
	return s
}

// tableDigits is how many significant digits the value column keeps:
// enough for the figures news reports (2299.79万元), where charts round to
// about four (2300万元).
const tableDigits = 6

// preciseHuman writes v the way chart.Human does (万/亿 for large numbers,
// never for percentages) but keeps tableDigits significant digits.
func preciseHuman(v float64, unit string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return chart.Human(v, unit)
	}
	sign := ""
	if v < 0 {
		sign = "-"
	}
	a := math.Abs(v)
	if unit != "%" && unit != "个百分点" && unit != "个千分点" && unit != "‰" {
		mags := [...]struct {
			value float64
			name  string
		}{{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}}
		for i, m := range mags {
			if a < m.value {
				continue
			}
			mant := roundSignificant(a/m.value, tableDigits)
			if i > 0 && mant >= mags[i-1].value/m.value { // 9999.999999万: 1亿
				mant, m = roundSignificant(a/mags[i-1].value, tableDigits), mags[i-1]
			}
			return sign + strconv.FormatFloat(mant, 'f', -1, 64) + m.name + unit
		}
	}
	return sign + strconv.FormatFloat(roundSignificant(a, tableDigits), 'f', -1, 64) + unit
}

// fullNumber writes v in full with thousands separators, the unit after a
// space (but 7.4%, 3‰): 22,997,900 元. Float noise from the multiplier
// (2299.79 × 10⁴) is rounded away at 12 significant digits.
func fullNumber(v float64, unit string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ChartLocale(true).Human(v, unit)
	}
	num := strconv.FormatFloat(roundSignificant(math.Abs(v), 12), 'f', -1, 64)
	whole, frac, _ := strings.Cut(num, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if frac != "" {
		whole += "." + frac
	}
	if v < 0 {
		whole = "-" + whole
	}
	switch unit {
	case "", "%", "‰":
		return whole + unit
	}
	return whole + " " + unit
}

// roundSignificant rounds a positive x to n significant digits.
func roundSignificant(x float64, n int) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', n, 64), 64)
	if err != nil {
		return x
	}
	return r
}

// IndicatorTable lists indicators, sortable by any column (tap the header)
// and filtered by a search text. Double-tapping a row calls OnOpen.
type IndicatorTable struct {
	widget.BaseWidget

	OnOpen func(ind data.Indicator)
	// OnFiltered is called when the rows shown change (content or filter).
	OnFiltered func(shown, total int)

	english bool // values written the English way
	src     Figures
	all     []data.Indicator         // src when it is in memory, else nil
	hay     []string                 // per indicator of all, the text the filter searches
	pages   map[int][]data.Indicator // pages of src read, when it is not in memory
	rows    []int                    // positions in src, filtered and sorted; nil with every: all of them in order
	every   int                      // how many rows when rows is nil: no list of 2 million positions for an unfiltered table
	widths  []float32                // the columns' widths, as last fitted
	sortCol int                      // -1: text order
	desc    bool
	query   string

	table  *widget.Table
	search *widget.Entry
	count  *widget.Label
	bar    *fyne.Container // the filter box and count
	empty  *widget.Label   // shown when the filter matches nothing
	body   *fyne.Container
}

var _ fyne.Widget = (*IndicatorTable)(nil)

// NewIndicatorTable returns an empty table; onOpen is called with the
// double-tapped indicator.
func NewIndicatorTable(onOpen func(ind data.Indicator)) *IndicatorTable {
	t := &IndicatorTable{OnOpen: onOpen, sortCol: -1}
	t.table = widget.NewTableWithHeaders(t.size, t.createCell, t.updateCell)
	t.table.ShowHeaderColumn = false
	t.table.CreateHeader = func() fyne.CanvasObject { return widget.NewButton(lang.L("列"), nil) }
	t.table.UpdateHeader = t.updateHeader
	t.fitColumns(0)
	t.search = widget.NewEntry()
	t.search.SetPlaceHolder(lang.L("筛选：地区、主题、指标、表述、数值、时期、文件…"))
	t.search.OnChanged = t.SetQuery
	t.count = widget.NewLabel("")
	t.empty = newEmptyLabel()
	t.bar = container.NewBorder(nil, nil, nil, t.count, t.search)
	top := container.NewVBox(t.bar, t.empty)
	t.body = container.NewBorder(top, nil, nil, nil, t.table)
	t.ExtendBaseWidget(t)
	return t
}

// SetIndicators replaces the table's content.
func (t *IndicatorTable) SetIndicators(inds []data.Indicator) {
	t.SetRows(NewIndicatorRows(inds, t.english))
}

// IndicatorRows are a table's content prepared for it: the indicators and
// the text the filter searches in each. Preparing them takes tens of
// milliseconds for tens of thousands of figures, so the app does it in
// the background. Figures outside memory (FigureRows) need nothing
// prepared.
type IndicatorRows struct {
	inds    []data.Indicator
	hay     []string
	english bool
	src     Figures // figures outside memory, else nil
}

// NewIndicatorRows prepares inds for a table writing values the English
// way or not (SetEnglish). Safe on any goroutine.
func NewIndicatorRows(inds []data.Indicator, english bool) *IndicatorRows {
	r := &IndicatorRows{inds: inds, hay: make([]string, len(inds)), english: english}
	for i := range inds {
		r.hay[i] = haystack(&inds[i], english)
	}
	return r
}

// FigureRows are rows of figures that may live outside memory (an indexed
// corpus's): the table reads the rows it shows a page at a time, and
// filtering or sorting reads every figure once without keeping them.
func FigureRows(f Figures, english bool) *IndicatorRows {
	if m, ok := f.(MemFigures); ok {
		return NewIndicatorRows(m, english)
	}
	return &IndicatorRows{src: f, english: english}
}

// SetFigures replaces the table's content with figures that may live
// outside memory (see FigureRows).
func (t *IndicatorTable) SetFigures(f Figures) { t.SetRows(FigureRows(f, t.english)) }

// SetRows replaces the table's content with prepared rows (prepared again
// if they were made for the other language).
func (t *IndicatorTable) SetRows(r *IndicatorRows) {
	t.pages = nil
	if r.src != nil {
		t.src, t.all, t.hay = r.src, nil, nil
		t.apply()
		return
	}
	if r.english != t.english {
		r = NewIndicatorRows(r.inds, t.english)
	}
	t.src, t.all, t.hay = MemFigures(r.inds), r.inds, r.hay
	t.apply()
}

// tablePage is how many figures the table reads at a time from figures
// outside memory; tablePages how many pages it keeps.
const (
	tablePage  = 256
	tablePages = 64
)

// at returns the figure at position i of the table's figures.
func (t *IndicatorTable) at(i int) *data.Indicator {
	if t.all != nil || t.src == nil {
		return &t.all[i]
	}
	p := i / tablePage
	page, ok := t.pages[p]
	if !ok {
		if len(t.pages) >= tablePages {
			t.pages = nil
		}
		if t.pages == nil {
			t.pages = map[int][]data.Indicator{}
		}
		page = t.src.Page(p*tablePage, min((p+1)*tablePage, t.src.Len()))
		t.pages[p] = page
	}
	return &page[i-p*tablePage]
}

// SetEnglish writes the values the English way (in full, with thousands
// separators) or, by default, the Chinese way (with 万 and 亿).
func (t *IndicatorTable) SetEnglish(english bool) {
	t.english = english
	t.fitColumns(t.table.Size().Width)
	if t.src != nil && t.all == nil {
		t.SetFigures(t.src)
	} else {
		t.SetIndicators(t.all)
	}
}

// SetQuery filters rows to those whose text contains every space-separated
// word of q.
func (t *IndicatorTable) SetQuery(q string) {
	t.query = q
	t.apply()
}

// Query returns the filter text, "" when the table is not filtered.
func (t *IndicatorTable) Query() string { return strings.Join(strings.Fields(t.query), " ") }

// SortBy sorts by column col (0-based); sorting by the same column again
// reverses the order.
func (t *IndicatorTable) SortBy(col int) {
	if col == t.sortCol {
		t.desc = !t.desc
	} else {
		t.sortCol, t.desc = col, false
	}
	t.apply()
}

// Shown returns how many rows are shown (without copying them as Rows
// does).
func (t *IndicatorTable) Shown() int {
	if t.rows == nil {
		return t.every
	}
	return len(t.rows)
}

// row is the position in src of the figure shown in row r.
func (t *IndicatorTable) row(r int) int {
	if t.rows == nil {
		return r
	}
	return t.rows[r]
}

// Rows returns the indicators shown, in order.
func (t *IndicatorTable) Rows() []data.Indicator {
	out := make([]data.Indicator, t.Shown())
	for i := range out {
		out[i] = *t.at(t.row(i))
	}
	return out
}

// Total is how many figures the table holds, shown or not.
func (t *IndicatorTable) Total() int {
	if t.src == nil {
		return 0
	}
	return t.src.Len()
}

// CellText returns the text shown in row, col.
func (t *IndicatorTable) CellText(row, col int) string {
	return tableColumns[col].text(t.at(t.row(row)), t.english)
}

// Open calls OnOpen for the shown row.
func (t *IndicatorTable) Open(row int) {
	if t.OnOpen != nil && row >= 0 && row < t.Shown() {
		t.OnOpen(*t.at(t.row(row)))
	}
}

func (t *IndicatorTable) apply() {
	words := strings.Fields(t.query)
	total := t.Total()
	t.rows, t.every = t.rows[:0], 0
	var keys []tableKey // per row, when sorting
	var key func(*data.Indicator) tableKey
	if t.sortCol >= 0 {
		key = tableColumns[t.sortCol].key
	}
	switch {
	case len(words) == 0 && key == nil:
		t.rows, t.every = nil, total
	case t.all != nil:
		for i := range t.all {
			if matchesAll(t.hay[i], words) {
				t.rows = append(t.rows, i)
				if key != nil {
					keys = append(keys, key(&t.all[i]))
				}
			}
		}
	default: // figures outside memory: read once, keep the rows and their keys
		t.src.Each(func(i int, ind *data.Indicator) bool {
			if len(words) == 0 || matchesAll(haystack(ind, t.english), words) {
				t.rows = append(t.rows, i)
				if key != nil {
					keys = append(keys, key(ind))
				}
			}
			return true
		})
	}
	if key != nil {
		order := make([]int, len(t.rows))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int {
			c := keys[a].compare(keys[b])
			if t.desc {
				return -c
			}
			return c
		})
		rows := make([]int, len(order))
		for i, o := range order {
			rows[i] = t.rows[o]
		}
		t.rows = rows
	}
	shown := t.Shown()
	if c := countText(shown, total); c != t.count.Text {
		t.count.SetText(c)
		relayout(t.bar) // the count's width changed: it was cut to its first digit
	}
	showEmpty(t.empty, t.body, shown == 0 && len(words) > 0, lang.L("没有指标符合“%s”"), strings.TrimSpace(t.query))
	t.table.Refresh()
	if t.OnFiltered != nil {
		t.OnFiltered(shown, total)
	}
}

func countText(shown, all int) string {
	if shown == all {
		return itoa(all) + lang.L(" 项")
	}
	return itoa(shown) + " / " + itoa(all) + lang.L(" 项")
}

// haystack is the text of an indicator that the filter box searches: its
// own fields, with its value and status as shown (预计, 目标), but not the
// title of its article (就业 must not find loans in an article about jobs).
func haystack(ind *data.Indicator, english bool) string {
	return strings.Join([]string{ind.Region, ind.Theme, ind.Indicator, ind.Metric, humanValue(ind, english), ind.Qualifier,
		ind.Period, ind.Raw, ind.File}, "\n")
}

func matchesAll(hay string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (t *IndicatorTable) size() (int, int) { return t.Shown(), len(tableColumns) }

func (t *IndicatorTable) createCell() fyne.CanvasObject {
	return newTableCell(t)
}

func (t *IndicatorTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*tableCell)
	c.id = id
	c.label.SetText(t.CellText(id.Row, id.Col))
}

func (t *IndicatorTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 || id.Col >= len(tableColumns) {
		b.SetText("")
		return
	}
	title := lang.L(tableColumns[id.Col].title)
	if id.Col == t.sortCol {
		title += map[bool]string{false: " ▲", true: " ▼"}[t.desc]
	}
	b.SetText(title)
	col := id.Col
	b.OnTapped = func() { t.SortBy(col) }
}

// Resize lays the table out and fits the columns to its width.
func (t *IndicatorTable) Resize(size fyne.Size) {
	t.BaseWidget.Resize(size)
	t.fitColumns(t.table.Size().Width)
}

// fitColumns shares the table's width among the columns, leaving room for
// the gaps between them and the vertical scroll bar. A column is never
// narrower than its title with a sort arrow (Qualifier is wider than 限定).
func (t *IndicatorTable) fitColumns(width float32) {
	th := t.Theme()
	pad, textSize := th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameText)
	gaps := float32(len(tableColumns))*pad + th.Size(theme.SizeNameScrollBar)
	mins := make([]float32, len(tableColumns))
	for i, c := range tableColumns {
		title := fyne.MeasureText(lang.L(c.title)+" ▼", textSize, fyne.TextStyle{}).Width
		mins[i] = max(c.min, float32(math.Ceil(float64(title+2*th.Size(theme.SizeNameInnerPadding)))))
		if i == valueColumn && t.english {
			mins[i] = max(mins[i], englishValueMin)
		}
	}
	t.widths = columnWidths(width-gaps, mins)
	for i, w := range t.widths {
		t.table.SetColumnWidth(i, w)
	}
}

// CreateRenderer implements fyne.Widget.
func (t *IndicatorTable) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.body)
}

// tableCell is a label that selects its row on tap and opens it on double tap.
type tableCell struct {
	widget.BaseWidget
	t     *IndicatorTable
	id    widget.TableCellID
	label *widget.Label
}

var (
	_ fyne.Tappable       = (*tableCell)(nil)
	_ fyne.DoubleTappable = (*tableCell)(nil)
)

func newTableCell(t *IndicatorTable) *tableCell {
	c := &tableCell{t: t, label: widget.NewLabel("")}
	c.label.Truncation = fyne.TextTruncateClip // ellipsis costs a text shaping per cell per scroll
	c.ExtendBaseWidget(c)
	return c
}

// Tapped selects the cell's row.
func (c *tableCell) Tapped(*fyne.PointEvent) { c.t.table.Select(c.id) }

// DoubleTapped opens the row's sentence.
func (c *tableCell) DoubleTapped(*fyne.PointEvent) { c.t.Open(c.id.Row) }

// CreateRenderer implements fyne.Widget.
func (c *tableCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.label)
}
