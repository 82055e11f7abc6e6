package views

import (
	"errors"
	"fmt"
	"slices"

	"fyne.io/fyne/v2/lang"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/keywords"
	"zhibiao/views/chart"
	"zhibiao/views/chartset"
)

// choices are what the comparison view's controls ask for, read on the UI
// thread and handed to the background.
type choices struct {
	mode      Mode
	indicator string
	sort, per string
	dark      bool
	loc       chart.Locale
}

// choices reads the controls.
func (c *Compare) choices() choices {
	return choices{mode: c.currentMode(), indicator: c.indicator.Selected, sort: c.sortOrder(), per: c.perOrder(), dark: c.dark, loc: c.loc}
}

// options is the chart service's request for the chart of ch over regions
// (kwRegion: the region whose keywords are drawn).
func (ch choices) options(regions []string, kwRegion string) chartset.Options {
	opt := chartset.Options{Indicator: ch.indicator, Regions: regions, Dark: ch.dark, Locale: ch.loc}
	switch ch.mode {
	case ModeIndicator:
		opt.Sort, opt.Per = ch.sort, ch.per
	case ModeThemes, ModeOverview:
		opt.Indicator = ""
	case ModeKeywords:
		opt.Indicator, opt.Regions = "", nil
		if kwRegion != "" {
			opt.Regions = []string{kwRegion}
		}
	}
	return opt
}

// needsIndicator reports whether the mode compares one indicator.
func (m Mode) needsIndicator() bool {
	return m == ModeIndicator || m == ModeMap || m == ModeTrend
}

// compareJob is one redraw's work: everything it reads, copied on the UI
// thread, so that the background never touches a widget.
type compareJob struct {
	gen      uint64
	ch       choices
	figs     Figures         // where the figures come from
	src      chartset.Source // its Indicators: those of the chart shown (indsFor), asked again if the mode needs others
	offered  []string        // the regions the list offers now
	ticked   []string        // the regions ticked now
	indsFor  string          // what src.Indicators were asked for
	newData  bool            // choose the indicator list (and one indicator) anew
	keep     bool            // keep ticked even when the list changes
	tickAll  bool            // tick every region of the new list
	tapAfter string
}

// compareResult is what a job computed, shown by Compare.apply.
type compareResult struct {
	job        compareJob
	inds       []data.Indicator // the figures drawn from (job.src.Indicators)
	indsFor    string
	indicators []string // the indicator list when newData, else nil
	offered    []string // the regions to offer
	ticked     []string // the regions to tick
	msg        string   // shown instead of a chart when there is none
	cur        chartset.Chart
	hasCur     bool
	spec       chart.Spec // what the chart view shows (cur.Spec, noted)
	rvs        []compare.RegionValue
	kwRegion   string
	kwWords    []keywords.WordScore
}

// job copies what a redraw computes from.
func (c *Compare) job() compareJob {
	return compareJob{
		gen: c.gen, ch: c.choices(), figs: c.figs, indsFor: c.indsFor,
		src:     chartset.Source{Articles: c.articles, Indicators: c.inds, Keywords: c.keywords, Places: c.places},
		offered: c.regions.Options, ticked: slices.Clone(c.regions.Selected),
		newData: c.newData, keep: c.keep, tickAll: c.tickAll, tapAfter: c.tapAfter,
	}
}

// compute runs in the background: the indicator list (after new data),
// the regions to offer and tick, and the mode's chart or why there is none.
func (j compareJob) compute() compareResult {
	r := compareResult{job: j}
	if j.newData {
		r.indicators = j.figs.Indicators()
		if !slices.Contains(r.indicators, j.ch.indicator) {
			r.job.ch.indicator = j.figs.Default()
		}
	}
	ch := r.job.ch
	// The figures the mode draws, asked for here, off the UI thread: an
	// indexed corpus reads them from its index.
	names, all := figuresFor(ch.mode, ch.indicator)
	if key := fmt.Sprint(all, names); key != j.indsFor || j.src.Indicators == nil {
		r.job.src.Indicators, r.job.indsFor = j.figs.Of(names, all), key
	}
	j = r.job
	r.inds, r.indsFor = j.src.Indicators, j.indsFor
	inds := j.src.Indicators
	r.offered = regionOptions(inds, ch.mode, ch.indicator)
	switch changed := !slices.Equal(r.offered, j.offered); {
	case j.tickAll || (changed && !j.keep):
		r.ticked = slices.Clone(r.offered)
	default:
		r.ticked = j.ticked
	}
	regions := inOrder(r.offered, r.ticked)
	switch {
	case ch.mode.needsIndicator() && ch.indicator == "":
		r.msg = lang.L("没有可比较的指标")
	case len(regions) == 0 && ch.mode != ModeKeywords:
		r.msg = lang.L("请在右侧勾选地区")
	case ch.mode == ModeKeywords:
		r.keywords(j.src, regions)
	default:
		r.chart(j.src, regions)
	}
	return r
}

// regionOptions are the regions with a figure of indicator (in the modes
// that compare one), in the overview, or with any theme.
func regionOptions(inds []data.Indicator, mode Mode, indicator string) []string {
	var opts []string
	switch {
	case mode.needsIndicator():
		for _, rv := range compare.RegionValues(inds, indicator, nil) {
			opts = append(opts, rv.Region)
		}
	case mode == ModeOverview:
		opts = compare.OverviewOf(inds, nil).Regions
	default:
		for r := range compare.ThemeCounts(inds, nil) {
			opts = append(opts, r)
		}
		slices.Sort(opts)
	}
	return opts
}

// inOrder is the ticked regions in the order they are offered.
func inOrder(offered, ticked []string) []string {
	var out []string
	for _, r := range offered {
		if slices.Contains(ticked, r) {
			out = append(out, r)
		}
	}
	return out
}

// chart builds the mode's chart over regions, with the figures of the
// indicator chart and the map.
func (r *compareResult) chart(src chartset.Source, regions []string) {
	ch := r.job.ch
	opt := ch.options(regions, "")
	switch {
	case ch.mode == ModeIndicator && ch.per != "":
		r.rvs, _ = chartset.DerivedValues(src, opt) // nil for an indicator that is no level: build says why
	case ch.mode == ModeIndicator:
		r.rvs = chartset.SortRegions(compare.RegionValues(src.Indicators, ch.indicator, regions), ch.sort)
	case ch.mode == ModeMap:
		r.rvs = compare.RegionValues(src.Indicators, ch.indicator, regions)
	}
	r.build(src, opt)
}

// build asks the chart service for the chart of opt, or says why there is
// none.
func (r *compareResult) build(src chartset.Source, opt chartset.Options) bool {
	charts, err := chartset.Build(src, r.job.ch.mode.chartName(), opt)
	if err != nil {
		r.msg = noChartMessage(err)
		return false
	}
	r.cur, r.hasCur = charts[0], true
	r.spec = r.cur.Spec
	return true
}

// keywords builds the keyword chart of the first ticked region that has
// keywords.
func (r *compareResult) keywords(src chartset.Source, regions []string) {
	for _, reg := range regions {
		ws := src.Keywords[reg]
		if len(ws) == 0 {
			continue
		}
		r.kwRegion = reg
		if !r.build(src, r.job.ch.options(regions, reg)) {
			return
		}
		r.kwWords = ws[:len(r.spec.Labels)]
		if len(regions) > 1 {
			r.spec.Subtitle += lang.L("（勾选多个地区时显示第一个）")
		}
		return
	}
	if src.Keywords == nil {
		r.msg = lang.L("正在分词，关键词稍后显示…")
		return
	}
	r.msg = lang.L("所选地区没有关键词")
}

// noChartMessage is what the chart area says instead of a chart.
func noChartMessage(err error) string {
	var noDen *chartset.NoDenominatorError
	switch {
	case errors.As(err, &noDen):
		return noDen.Note
	case errors.Is(err, compare.ErrNotLevel):
		return lang.L("人均和占上级比重只用于总量指标（如地区生产总值），不用于增速、比率、个数")
	case errors.Is(err, chart.ErrNoData):
		return lang.L("暂无数据：所选地区没有这个指标的数值")
	}
	return err.Error()
}

// redraw shows at once what the controls decide (which chart area, the
// hint) and computes the rest in the background: the region list, the
// chart and its figures. The result is shown with one call on the UI
// thread (apply) unless a newer redraw has replaced it; while a job runs,
// newer redraws only replace the job to do next.
func (c *Compare) redraw() {
	defer TimeUI("compare.redraw")()
	c.gen++
	c.refs, c.refTexts = nil, nil
	c.refsList.Refresh()
	c.refsTitle.SetText(c.tapHint())
	c.chart.SetHighlight(nil)
	c.hasCur, c.rvs = false, nil
	mode := c.currentMode()
	c.indicator.Disable()
	c.sortBox.Hide()
	c.chart.Show()
	c.mapView.Hide()
	if mode.needsIndicator() {
		c.indicator.Enable()
	}
	switch mode {
	case ModeIndicator:
		c.sortBox.Show()
	case ModeMap:
		c.chart.Hide()
		c.mapView.Show()
	}
	if c.figs == nil && !c.newData {
		return // nothing to compute before the first corpus: its message stays
	}
	c.want = c.job()
	if !c.busy {
		c.start()
	}
}

// start computes the wanted job in the background.
func (c *Compare) start() {
	c.busy = true
	j, do := c.want, c.do
	c.spawn(func() {
		r := j.compute()
		do(func() { c.apply(r) })
	})
}

// apply shows a job's result on the UI thread, or, when a newer redraw
// has replaced the job, drops it and computes the newer one.
func (c *Compare) apply(r compareResult) {
	defer TimeUI("compare.apply")()
	c.busy = false
	if r.job.gen != c.gen {
		c.start()
		return
	}
	c.shownGen = c.gen
	c.newData, c.keep, c.tickAll, c.tapAfter = false, false, false, ""
	c.inds, c.indsFor = r.inds, r.indsFor
	if r.indicators != nil {
		c.indicator.Options, c.indicator.Selected = r.indicators, r.job.ch.indicator
		c.indicator.Refresh()
	}
	if !slices.Equal(r.offered, c.regions.Options) || !slices.Equal(r.ticked, c.regions.Selected) {
		setOptions(c.regions, r.offered, r.ticked)
	}
	c.cur, c.hasCur, c.rvs = r.cur, r.hasCur, r.rvs
	c.kwRegion, c.kwWords = r.kwRegion, r.kwWords
	c.show(r)
	if r.job.tapAfter != "" {
		c.tapRegion(r.job.tapAfter)
	}
	if c.OnSettled != nil {
		c.OnSettled()
	}
}

// show puts a result's chart, map or message on screen.
func (c *Compare) show(r compareResult) {
	isMap := r.job.ch.mode == ModeMap
	switch {
	case r.msg != "" && isMap:
		c.mapView.SetMessage(r.msg)
	case r.msg != "":
		c.chart.SetMessage(r.msg)
	case isMap:
		c.mapView.SetRequest(*r.cur.Map)
	default:
		c.chart.SetSpec(r.spec)
	}
}

// tapRegion taps the bar of region in the indicator chart shown.
func (c *Compare) tapRegion(region string) {
	for i, rv := range c.rvs {
		if rv.Region == region {
			c.barTapped(i, 0)
			return
		}
	}
}

// Settled reports whether the chart (or message) of the latest choices is
// shown, nothing being computed; call on the UI thread.
func (c *Compare) Settled() bool { return !c.busy && c.shownGen == c.gen }

// SetRunners changes how the view computes in the background (spawn,
// default a goroutine) and hands results to the UI thread (do, default
// fyne.Do). Tests run both inline, so that each change shows at once, or
// queue the results to run them as the UI thread would.
func (c *Compare) SetRunners(spawn, do func(func())) { c.spawn, c.do = spawn, do }
