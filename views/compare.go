package views

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/keywords"
	"zhibiao/data/region"
	"zhibiao/views/chart"
	"zhibiao/views/chartset"
	"zhibiao/views/geomap"
)

// Mode is a chart mode of the comparison view; Label is what the view shows.
type Mode string

// Chart modes of the comparison view.
const (
	ModeIndicator Mode = "indicator"
	ModeMap       Mode = "map"
	ModeThemes    Mode = "themes"
	ModeKeywords  Mode = "keywords"
	ModeTrend     Mode = "trend"
	ModeOverview  Mode = "overview"
)

// Label is the mode's name in the interface language.
func (m Mode) Label() string {
	switch m {
	case ModeMap:
		return lang.L("地图")
	case ModeThemes:
		return lang.L("主题侧重")
	case ModeKeywords:
		return lang.L("关键词")
	case ModeTrend:
		return lang.L("历年变化")
	case ModeOverview:
		return lang.L("总览")
	}
	return lang.L("指标对比")
}

// chartName is the chart service's name of the mode's chart.
func (m Mode) chartName() string {
	switch m {
	case ModeMap:
		return "map"
	case ModeThemes:
		return "themes"
	case ModeKeywords:
		return "keywords"
	case ModeTrend:
		return "trend"
	case ModeOverview:
		return "overview"
	}
	return "regions"
}

// Compare is the region comparison view: pick an indicator and regions to
// see a bar chart across regions, a map filled by the figures, or the
// figures over time; or the policy-theme emphasis per region; or a
// region's keywords; or an overview of every indicator two regions report.
// Every chart comes from the chart service (chartset.Build) with the
// figures behind each mark: tapping a bar, point, cell or region lists the
// sentences behind it, hovering shows the figure; choosing a sentence
// calls OnOpen.
type Compare struct {
	widget.BaseWidget

	OnOpen func(ind data.Indicator)

	places   *region.Gazetteer // the corpus's regions: shares, maps
	figs     Figures           // the corpus's figures
	inds     []data.Indicator  // what the chart shown was drawn from (figuresFor)
	indsFor  string            // what inds were asked for
	keywords map[string][]keywords.WordScore
	articles []*data.Article // searched for a keyword's sentences
	dark     bool
	loc      chart.Locale // the charts' own words and numbers

	mode      *widget.RadioGroup
	indicator *widget.Select
	sortBy    *widget.Select
	sortBox   *fyne.Container // the sort choice and its label
	per       *widget.Select  // 原值, 人均, 占上级比重
	regions   *widget.CheckGroup
	cur       chartset.Chart // the chart shown, with the figures behind its marks
	hasCur    bool
	chart     *ChartView
	mapView   *MapView
	refs      []data.Indicator
	refTexts  []string // when set, the list's rows (keyword sentences)
	refsTitle *widget.Label
	refsList  *widget.List
	rvs       []compare.RegionValue
	kwRegion  string               // the region whose keywords are shown
	kwWords   []keywords.WordScore // its keywords, bar by bar
	body      fyne.CanvasObject

	// Charts and region lists are computed in the background (see
	// redraw); these fields are touched on the UI thread only.
	do       func(func()) // runs a result on the UI thread: fyne.Do
	spawn    func(func()) // runs a computation in the background: go
	gen      uint64       // bumped by every redraw; older results are dropped
	want     compareJob   // the latest redraw's job
	busy     bool         // a job is being computed, or its result is on its way
	shownGen uint64       // the generation of the result shown
	newData  bool         // the indicator list is to be recomputed (SetData)
	keep     bool         // keep the ticked regions when the list changes (SetRegions)
	tickAll  bool         // tick every region offered (SetRegions(nil))
	tapAfter string       // a region whose bar to tap once the chart is shown (openCell)
	// OnSettled, if set, is called on the UI thread each time the latest
	// redraw's result is shown (tests and benchmarks wait for it).
	OnSettled func()
}

var _ fyne.Widget = (*Compare)(nil)

// NewCompare returns an empty comparison view of figures whose regions
// are read with places (the gazetteer the corpus was read with).
func NewCompare(places *region.Gazetteer, onOpen func(ind data.Indicator)) *Compare {
	c := &Compare{OnOpen: onOpen, places: places, do: fyne.Do, spawn: func(f func()) { go f() }}
	c.mode = widget.NewRadioGroup(nil, func(string) { c.redraw() })
	for _, m := range modes() {
		c.mode.Options = append(c.mode.Options, m.Label())
	}
	c.mode.Horizontal = true
	c.mode.Required = true
	c.mode.Selected = ModeIndicator.Label()
	c.indicator = widget.NewSelect(nil, func(string) { c.redraw() })
	c.indicator.PlaceHolder = lang.L("选择指标")
	c.sortBy = widget.NewSelect(sortLabels(), nil)
	c.sortBy.Selected = c.sortBy.Options[0]
	c.sortBy.OnChanged = func(string) { c.redraw() }
	c.per = widget.NewSelect(perLabels(), nil)
	c.per.Selected = c.per.Options[0]
	c.per.OnChanged = func(string) { c.redraw() }
	c.regions = widget.NewCheckGroup(nil, func([]string) { c.redraw() })
	c.chart = NewChartView(lang.L("正在分析文章…"), c.barTapped)
	c.chart.OnHover = c.hoverText
	c.mapView = NewMapView(geomap.NewAtlas(places, nil), c.regionTapped)
	c.mapView.Hide()
	c.refsTitle = widget.NewLabel(lang.L("点击柱形查看来源句子"))
	c.refsList = widget.NewList(func() int { return len(c.refs) }, newListLabel, c.updateRef)
	c.refsList.OnSelected = c.refSelected
	c.body = c.layout()
	c.ExtendBaseWidget(c)
	return c
}

func (c *Compare) layout() fyne.CanvasObject {
	c.sortBox = container.NewHBox(c.per, widget.NewLabel(lang.L("排序")), c.sortBy)
	controls := container.NewBorder(nil, nil, widget.NewLabel(lang.L("指标")), c.sortBox, c.indicator)
	side := container.NewBorder(widget.NewLabel(lang.L("地区")), nil, nil, nil, container.NewVScroll(c.regions))
	refs := container.NewBorder(c.refsTitle, nil, nil, nil, c.refsList)
	main := container.NewVSplit(container.NewStack(c.chart, c.mapView), refs)
	main.Offset = 0.72
	top := container.NewVBox(c.mode, controls)
	split := container.NewHSplit(main, side)
	split.Offset = 0.82
	return container.NewBorder(top, nil, nil, nil, split)
}

// SetData gives the view a corpus's indicators and region keywords; the
// indicator choice defaults to the one reported by the most regions.
func (c *Compare) SetData(inds []data.Indicator, keywords map[string][]keywords.WordScore) {
	c.SetFigures(MemFigures(inds), keywords)
}

// SetFigures is SetData for figures that may live outside memory: the
// view asks figs, in the background, for what the chosen mode draws (one
// indicator's figures for the indicator, map and trend charts).
func (c *Compare) SetFigures(figs Figures, keywords map[string][]keywords.WordScore) {
	c.figs, c.keywords = figs, keywords
	c.inds, c.indsFor = nil, ""
	c.newData = true // the indicator list follows with the chart
	c.redraw()
}

// figuresFor is what the mode draws: the indicator's figures (with the
// population figures a per-capita chart divides by) in the modes that
// compare one, every figure with an indicator for the overview, every
// figure for the themes and keywords. Figures in memory give all of them
// whatever is asked.
func figuresFor(mode Mode, indicator string) (names []string, all bool) {
	switch {
	case mode.needsIndicator():
		return append([]string{indicator}, compare.PopulationIndicators()...), false
	case mode == ModeOverview:
		return nil, false
	}
	return nil, true
}

// Figures are the figures the chart shown was drawn from (every figure
// when they are in memory): what its export draws from.
func (c *Compare) Figures() []data.Indicator { return c.inds }

// mostRegions returns the indicator with figures in the most regions (see
// PickIndicator).
func mostRegions(inds []data.Indicator, names []string) string {
	type spread struct{ regions, files map[string]bool }
	by := map[string]spread{}
	for _, ind := range inds {
		if ind.Indicator == "" || ind.Region == "" {
			continue
		}
		s, ok := by[ind.Indicator]
		if !ok {
			s = spread{map[string]bool{}, map[string]bool{}}
			by[ind.Indicator] = s
		}
		s.regions[ind.Region] = true
		s.files[ind.File] = true
	}
	return PickIndicator(names, func(n string) int { return len(by[n].regions) }, func(n string) int { return len(by[n].files) })
}

// SetKeywords updates the region keywords (they arrive after segmentation)
// and the articles in which a tapped keyword's sentences are looked up.
func (c *Compare) SetKeywords(keywords map[string][]keywords.WordScore, arts []*data.Article) {
	c.keywords, c.articles = keywords, arts
	c.redraw()
}

// SetDark switches the chart palette.
func (c *Compare) SetDark(dark bool) {
	c.dark = dark
	c.redraw()
}

// SetLocale writes the charts' own words and numbers in loc (the
// interface language).
func (c *Compare) SetLocale(loc chart.Locale) {
	c.loc = loc
	c.redraw()
}

// SetMode selects one of the Mode constants.
func (c *Compare) SetMode(mode Mode) { c.mode.SetSelected(mode.Label()) }

func modes() []Mode {
	return []Mode{ModeIndicator, ModeTrend, ModeMap, ModeOverview, ModeThemes, ModeKeywords}
}

// sortLabels are the sort orders the sort choice offers, in the order of
// sortOrders.
func sortLabels() []string {
	return []string{lang.L("默认顺序"), lang.L("按数值"), lang.L("按名称")}
}

// perOrders are the denominators the 原值/人均/占上级比重 choice offers,
// in the order of perLabels.
func perOrders() []string { return []string{"", chartset.PerCapita, chartset.PerShare} }

// perLabels name the denominators of perOrders.
func perLabels() []string {
	return []string{lang.L("原值"), lang.L("人均"), lang.L("占上级比重")}
}

// SetPer divides the indicator chart's figures by a denominator the
// corpus gives: chartset.PerCapita, chartset.PerShare or "" (the figures).
func (c *Compare) SetPer(per string) {
	c.per.SetSelectedIndex(max(0, slices.Index(perOrders(), per)))
}

// perOrder is the denominator chosen.
func (c *Compare) perOrder() string { return perOrders()[max(0, c.per.SelectedIndex())] }

// SetSort orders the bars of the indicator chart: chartset.SortValue,
// chartset.SortName or "" (largest first as found).
func (c *Compare) SetSort(by string) {
	c.sortBy.SetSelectedIndex(max(0, slices.Index([]string{"", chartset.SortValue, chartset.SortName}, by)))
}

// sortOrder is the chart service's sort order chosen.
func (c *Compare) sortOrder() string {
	return []string{"", chartset.SortValue, chartset.SortName}[max(0, c.sortBy.SelectedIndex())]
}

// currentMode is the chosen mode (the radio group shows their labels).
func (c *Compare) currentMode() Mode {
	for _, m := range modes() {
		if m.Label() == c.mode.Selected {
			return m
		}
	}
	return ModeIndicator
}

// SelectIndicator chooses the indicator to compare.
func (c *Compare) SelectIndicator(name string) {
	c.indicator.Selected = name // the list may not hold it yet (SetData)
	c.indicator.Refresh()
	c.redraw()
}

// SetRegions checks exactly the given regions (nil: all with a figure).
func (c *Compare) SetRegions(regions []string) {
	if regions == nil {
		c.tickAll = true
		c.redraw()
		return
	}
	c.keep = true // the list may not hold them yet (a new indicator)
	c.regions.SetSelected(regions)
}

// Regions returns the checked regions.
func (c *Compare) Regions() []string { return c.regions.Selected }

// Spec returns the chart shown and a file-name stem for exporting it.
func (c *Compare) Spec() (chart.Spec, string, bool) {
	spec, ok := c.chart.Spec()
	return spec, c.exportName(), ok
}

// Request is the chart service's request for the chart shown (its name
// and options in the view's palette and language, at no particular size):
// exports draw it with chartset.Render at their own size and format, so
// the file holds the chart on screen. ok is false when no chart is shown.
func (c *Compare) Request() (name string, opt chartset.Options, ok bool) {
	mode := c.currentMode()
	opt = c.choices().options(c.orderedRegions(), c.kwRegion)
	if mode == ModeMap {
		return mode.chartName(), opt, c.hasCur
	}
	_, ok = c.chart.Spec()
	return mode.chartName(), opt, ok && c.hasCur
}

// RegionValues returns the figures behind the indicator chart.
func (c *Compare) RegionValues() []compare.RegionValue { return c.rvs }

// Refs returns the indicators listed under the chart.
func (c *Compare) Refs() []data.Indicator { return c.refs }

// TapBar lists the sentences behind bar label (and series, for stacked bars).
func (c *Compare) TapBar(label, series int) { c.barTapped(label, series) }

// setOptions gives a check group new options with selected ticked. Fyne's
// CheckGroup matches the selection against each box's old label before it
// relabels the box, so a box that changes label could show the old
// label's tick (a region drawn while its box shows unticked): the options
// are set with nothing selected first, then the selection.
func setOptions(g *widget.CheckGroup, opts, selected []string) {
	g.Options, g.Selected = opts, nil
	g.Refresh()
	g.Selected = selected
	g.Refresh()
}

// orderedRegions is the checked regions in option order.
func (c *Compare) orderedRegions() []string {
	var out []string
	for _, r := range c.regions.Options {
		if slices.Contains(c.regions.Selected, r) {
			out = append(out, r)
		}
	}
	return out
}

// tapHint says what to tap for the sentences behind a figure.
func (c *Compare) tapHint() string {
	switch c.currentMode() {
	case ModeMap:
		return lang.L("点击地区查看来源句子")
	case ModeTrend:
		return lang.L("点击数据点查看来源句子")
	case ModeOverview:
		return lang.L("点击格子打开该指标的对比")
	}
	return lang.L("点击柱形查看来源句子")
}

// unticked are the regions offered but not ticked.
func (c *Compare) unticked() []string {
	var out []string
	for _, r := range c.regions.Options {
		if !slices.Contains(c.regions.Selected, r) {
			out = append(out, r)
		}
	}
	return out
}

// Map returns the choropleth of map mode, on the map it is drawn on.
func (c *Compare) Map() (geomap.Choropleth, bool) {
	if c.currentMode() != ModeMap {
		return geomap.Choropleth{}, false
	}
	return c.mapView.Chart()
}

// regionTapped lists the sentences behind a tapped map region.
func (c *Compare) regionTapped(region string) {
	for i, rv := range c.rvs {
		if rv.Region == region {
			c.barTapped(i, 0)
			return
		}
	}
	c.refs = nil
	c.refsList.Refresh()
	if slices.Contains(c.unticked(), region) {
		c.refsTitle.SetText(fmt.Sprintf(lang.L("%s：未勾选"), region))
		return
	}
	c.refsTitle.SetText(fmt.Sprintf(lang.L("%s：没有%s的数字"), region, c.indicator.Selected))
}

func (c *Compare) barTapped(label, series int) {
	c.refTexts = nil
	mode := c.currentMode()
	switch mode {
	case ModeIndicator, ModeMap, ModeTrend, ModeThemes:
		if !c.listMark(label, series) {
			return
		}
	case ModeOverview:
		c.openCell(label, series)
		return
	case ModeKeywords:
		if label < 0 || label >= len(c.kwWords) {
			return
		}
		w := c.kwWords[label]
		c.listSentences(c.kwRegion, w.Word)
		c.refsTitle.SetText(fmt.Sprintf(lang.L("%s · “%s”：%d 句含这个词（在本地区出现 %d 次，其他地区 %d 次）"), c.kwRegion, w.Word, len(c.refs), w.Count, w.Rest))
	default:
		return
	}
	if mode != ModeMap {
		c.chart.SetHighlight(&chart.Mark{Label: label, Series: series})
	}
	c.refsList.UnselectAll()
	c.refsList.Refresh()
}

// listMark lists the figures behind a mark of the chart shown, titled by
// what the mark is; false if the mark has none.
func (c *Compare) listMark(label, series int) bool {
	refs, ok := c.cur.Refs[chart.Mark{Label: label, Series: series}]
	if !c.hasCur || !ok || len(refs) == 0 {
		return false
	}
	c.refs = c.refs[:0]
	for _, i := range refs {
		c.refs = append(c.refs, c.inds[i])
	}
	first := c.refs[0]
	switch c.currentMode() {
	case ModeThemes:
		region, theme := c.cur.Spec.Labels[label], c.cur.Spec.Series[series].Name
		c.refsTitle.SetText(fmt.Sprintf(lang.N("%s · %s：%d 项指标", len(c.refs)), region, theme, len(c.refs)))
	case ModeTrend:
		period, _ := compare.PeriodLabel(first)
		c.refsTitle.SetText(fmt.Sprintf(lang.N("%s · %s · %s：%d 处来源（第一条为图中数值）", len(c.refs)), first.Region, c.indicator.Selected, period, len(c.refs)))
	case ModeIndicator:
		if rv, ok := c.derivedAt(label); ok {
			c.refsTitle.SetText(fmt.Sprintf(lang.L("%s · %s：图中数值 = 第一句的%s ÷ 第二句的%s（%s）"), rv.Region, c.per.Selected, c.indicator.Selected, rv.Denom.Indicator, rv.Denom.Region))
			return true
		}
		fallthrough
	default:
		c.refsTitle.SetText(fmt.Sprintf(lang.N("%s · %s：%d 处来源（第一条为图中数值）", len(c.refs)), first.Region, c.indicator.Selected, len(c.refs)))
	}
	return true
}

// openCell opens the comparison of an overview cell: indicator mode with
// the cell's indicator, every region that reports it ticked, the cell's
// region highlighted and its sentences listed (once the chart is
// computed).
func (c *Compare) openCell(label, series int) {
	if !c.hasCur || series < 0 || series >= len(c.cur.Spec.Series) || label < 0 || label >= len(c.cur.Spec.Labels) {
		return
	}
	ind, region := c.cur.Spec.Series[series].Name, c.cur.Spec.Labels[label]
	c.mode.Selected = ModeIndicator.Label()
	c.mode.Refresh()
	c.tapAfter, c.tickAll = region, true
	c.SelectIndicator(ind)
}

// hoverText is the tooltip of a mark: the figure as written, its period
// and status, and where it comes from.
func (c *Compare) hoverText(label, series int) string {
	if c.currentMode() == ModeKeywords {
		if label >= 0 && label < len(c.kwWords) {
			w := c.kwWords[label]
			return fmt.Sprintf(lang.L("%s：z = %.1f，本地区 %d 次，其他地区 %d 次"), w.Word, w.Z, w.Count, w.Rest)
		}
		return ""
	}
	refs := c.cur.Refs[chart.Mark{Label: label, Series: series}]
	if !c.hasCur || len(refs) == 0 {
		return ""
	}
	if c.currentMode() == ModeThemes {
		return fmt.Sprintf(lang.N("%s · %s：%d 项指标", len(refs)), c.cur.Spec.Labels[label], c.cur.Spec.Series[series].Name, len(refs))
	}
	if _, ok := c.derivedAt(label); ok && len(refs) == 2 {
		return DerivedTip(c.inds[refs[0]], c.inds[refs[1]], c.cur.Spec.ValueLabels[label])
	}
	return FigureTip(c.inds[refs[0]], len(refs))
}

// derivedAt is the derived value (per capita, share) of bar label of the
// indicator chart shown, if it is one.
func (c *Compare) derivedAt(label int) (compare.RegionValue, bool) {
	if c.currentMode() != ModeIndicator || c.perOrder() == "" || label < 0 || label >= len(c.rvs) || c.rvs[label].Denom == nil {
		return compare.RegionValue{}, false
	}
	return c.rvs[label], true
}

// DerivedTip describes a derived value for a tooltip: the value as drawn,
// then the figure divided and the denominator, each as written with its
// period and outlet.
func DerivedTip(level, denom data.Indicator, value string) string {
	line := func(ind data.Indicator) string {
		period, _ := compare.PeriodLabel(ind)
		src := ind.File
		if ind.Article != nil && ind.Article.Source != "" {
			src = ind.Article.Source
		}
		return strings.TrimSpace(fmt.Sprintf("%s %s %s · %s · %s %s", ind.Region, ind.Indicator, ind.Raw, period, src, ind.Date))
	}
	return strings.Join([]string{level.Region + " · " + value, line(level), "÷ " + line(denom)}, "\n")
}

// FigureTip describes a figure for a tooltip: region and indicator, the
// figure as written, its period and status, its outlet and date, and how
// many other figures stand behind the mark.
func FigureTip(ind data.Indicator, n int) string {
	period, _ := compare.PeriodLabel(ind)
	status := map[string]string{data.StatusTarget: lang.L("目标"), data.StatusEstimate: lang.L("预计"), data.StatusExpectation: lang.L("他方预期")}[ind.Status]
	if status == "" {
		status = lang.L("实际")
	}
	src := ind.File
	if ind.Article != nil && ind.Article.Source != "" {
		src = ind.Article.Source
	}
	lines := []string{
		ind.Region + " · " + ind.Indicator,
		ind.Raw + " · " + status,
		period,
		strings.TrimSpace(src + " " + ind.Date),
	}
	if n > 1 {
		lines = append(lines, fmt.Sprintf(lang.N("另有 %d 处数字，点击查看", n-1), n-1))
	}
	return strings.Join(lines, "\n")
}

// listSentences lists the sentences of region's articles that contain
// word. Each is opened through the first figure found in it, so that the
// reader marks the sentence, or else as a figure-less reference to it.
func (c *Compare) listSentences(region, word string) {
	c.refs = c.refs[:0]
	for _, a := range c.articles {
		if a.Region != region {
			continue
		}
		text := []rune(a.Text)
		for _, sp := range a.SentencesWith(word) {
			sentence := string(text[sp.Start:sp.End])
			c.refs = append(c.refs, c.sentenceRef(a, sp, sentence))
			c.refTexts = append(c.refTexts, fmt.Sprintf("【%s】%s —— %s", word, sentence, a.Title))
		}
	}
}

// sentenceRef is what opens a sentence of a in the reader: the first
// figure extracted from it, or a reference without a figure.
func (c *Compare) sentenceRef(a *data.Article, sp data.Span, sentence string) data.Indicator {
	for _, ind := range c.inds {
		if ind.Article == a && ind.Start >= sp.Start && ind.Start < sp.End {
			return ind
		}
	}
	return data.Indicator{
		File: a.File, Story: a.Title, Title: a.Title, Date: a.Date, Region: a.Region,
		Sentence: sentence, Start: sp.Start, End: sp.Start, Article: a,
	}
}

func (c *Compare) updateRef(id widget.ListItemID, o fyne.CanvasObject) {
	if id < len(c.refTexts) {
		o.(*widget.Label).SetText(c.refTexts[id])
		return
	}
	ind := c.refs[id]
	o.(*widget.Label).SetText(fmt.Sprintf("【%s】%s —— %s", chart.HumanQ(ind.Value, ind.Unit, ind.Qualifier), ind.Sentence, ind.Story))
}

func (c *Compare) refSelected(id widget.ListItemID) {
	if c.OnOpen != nil && id >= 0 && id < len(c.refs) {
		c.OnOpen(c.refs[id])
	}
}

// exportName is a file-name stem for the current chart.
func (c *Compare) exportName() string {
	switch c.currentMode() {
	case ModeIndicator:
		return fmt.Sprintf(lang.L("对比_%s"), c.indicator.Selected)
	case ModeMap:
		return fmt.Sprintf(lang.L("地图_%s"), c.indicator.Selected)
	case ModeThemes:
		return lang.L("主题侧重")
	case ModeTrend:
		return fmt.Sprintf(lang.L("历年变化_%s"), c.indicator.Selected)
	case ModeOverview:
		return lang.L("总览")
	}
	return lang.L("关键词")
}

// CreateRenderer implements fyne.Widget.
func (c *Compare) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.body)
}
