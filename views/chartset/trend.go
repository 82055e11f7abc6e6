package chartset

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/views/chart"
)

// maxGroupedPeriods is the most periods a trend draws as grouped bars;
// with more it draws lines.
const maxGroupedPeriods = 3

// trendSubtitle says how a trend chart joins its figures.
const trendSubtitle = "只连同类时期：全年与全年、上半年与上半年、相同月份的累计，时点数按日期；空心、虚线为目标值，不与实际值相连"

// buildTrend builds the trend chart of the indicator for the regions.
func buildTrend(src Source, opt Options) ([]Chart, error) {
	names, err := chosenIndicators(src, opt)
	if err != nil {
		return nil, err
	}
	var charts []Chart
	for _, ind := range names {
		spec, refs := TrendSpec(opt.Locale, compare.TrendOf(src.Indicators, ind, opt.Regions), opt.Dark)
		if len(refs) == 0 {
			if opt.All {
				continue
			}
			return nil, fmt.Errorf("%s: %w", ind, chart.ErrNoData)
		}
		if opt.All && len(spec.Labels) < 2 {
			continue // one period: the regions chart says it all
		}
		charts = append(charts, Chart{Name: "trend-" + ind, Spec: spec, Refs: refs})
	}
	if len(charts) == 0 {
		return nil, fmt.Errorf("trend: %w", chart.ErrNoData)
	}
	return charts, nil
}

// trendPeriod is one place on a trend's time axis: the end of a period.
type trendPeriod struct {
	end, label string
}

// TrendSpec is the chart of a trend: its periods along the bottom, oldest
// first (grouped bars for up to three periods, lines for more), one series
// per region and class of like periods, targets hollow and dashed; the
// note lists what was left out. Refs are the figures behind each point.
func TrendSpec(loc chart.Locale, t compare.Trend, dark bool) (chart.Spec, map[chart.Mark][]int) {
	periods := trendPeriods(t)
	spec := chart.Spec{Kind: chart.Line, Dark: dark, Locale: loc, Unit: t.Unit}
	if len(periods) <= maxGroupedPeriods {
		spec.Kind = chart.Grouped
	}
	col := map[string]int{}
	for i, p := range periods {
		spec.Labels = append(spec.Labels, p.label)
		col[p.end] = i
	}
	spec.Title = t.Indicator
	if t.Unit != "" {
		spec.Title = fmt.Sprintf(loc.Say("%s（%s）"), t.Indicator, t.Unit)
	}
	spec.Title += loc.Say(" · 历年变化")
	classes := trendClasses(t)
	spec.Subtitle = loc.Say(trendSubtitle)
	if len(classes) == 1 {
		spec.Subtitle = fmt.Sprintf(loc.Say("时期：%s"), classLabel(loc, classes[0])) + loc.Say("；") + spec.Subtitle
	}
	spec.Note = leftOutNote(loc, t.LeftOut)
	refs := map[chart.Mark][]int{}
	// Lines keep a region's colour and tell its classes apart by marker;
	// grouped bars give each region's class a colour of its own.
	regionColor, regionMarks := map[string]int{}, map[string][]string{}
	for j, ser := range t.Series {
		colorKey := ser.Region
		if spec.Kind == chart.Grouped {
			colorKey += "\x00" + ser.Class.Key
		}
		if _, ok := regionColor[colorKey]; !ok {
			regionColor[colorKey] = len(regionColor)
		}
		if !slices.Contains(regionMarks[ser.Region], ser.Class.Key) {
			regionMarks[ser.Region] = append(regionMarks[ser.Region], ser.Class.Key)
		}
		cs := chart.Series{
			Name:   trendSeriesName(loc, ser, len(classes) > 1),
			Color:  seriesHex(regionColor[colorKey]),
			Dashed: ser.Target, Hollow: ser.Target,
			Marker: slices.Index(regionMarks[ser.Region], ser.Class.Key),
			Values: nanValues(len(periods)), Texts: make([]string, len(periods)),
		}
		for _, p := range ser.Points {
			i := col[p.End]
			cs.Values[i] = p.Value
			cs.Texts[i] = loc.HumanQ(p.Value, t.Unit, p.Qualifier)
			if p.Status == data.StatusEstimate {
				cs.Texts[i] += loc.Say("（预计）")
			}
			refs[chart.Mark{Label: i, Series: j}] = p.Refs
		}
		spec.Series = append(spec.Series, cs)
	}
	return spec, refs
}

// trendPeriods are the distinct period ends of a trend's points, oldest
// first, each labelled with its points' period when they share one, else
// with the date.
func trendPeriods(t compare.Trend) []trendPeriod {
	labels := map[string]map[string]bool{}
	for _, s := range t.Series {
		for _, p := range s.Points {
			if labels[p.End] == nil {
				labels[p.End] = map[string]bool{}
			}
			labels[p.End][p.Period] = true
		}
	}
	var out []trendPeriod
	for end, ls := range labels {
		label := end
		if len(ls) == 1 {
			for l := range ls {
				label = l
			}
		}
		out = append(out, trendPeriod{end, label})
	}
	slices.SortFunc(out, func(a, b trendPeriod) int { return strings.Compare(a.end, b.end) })
	return out
}

// trendClasses are the period classes a trend draws.
func trendClasses(t compare.Trend) []compare.PeriodClass {
	var out []compare.PeriodClass
	for _, s := range t.Series {
		if !slices.Contains(out, s.Class) {
			out = append(out, s.Class)
		}
	}
	return out
}

// classLabel names a period class in loc: 全年, 上半年, 1-5月, 一季度, 时点 …
func classLabel(loc chart.Locale, c compare.PeriodClass) string {
	var m, d, n int
	switch k := c.Key; {
	case k == "year", k == "h1", k == "h2", k == "asof", strings.HasPrefix(k, "q"):
		return loc.Say(c.Label)
	case strings.HasPrefix(k, "m"):
		fmt.Sscanf(k, "m%d", &m)
		return fmt.Sprintf(loc.Say("%d月"), m)
	case strings.HasPrefix(k, "ytd") && len(k) == len("ytd05"):
		fmt.Sscanf(k, "ytd%d", &m)
		return fmt.Sprintf(loc.Say("1-%d月"), m)
	case strings.HasPrefix(k, "ytd"):
		fmt.Sscanf(k, "ytd%d-%d", &m, &d)
		return fmt.Sprintf(loc.Say("1月1日至%d月%d日"), m, d)
	case strings.HasPrefix(k, "span"):
		fmt.Sscanf(k[strings.LastIndex(k, "/")+1:], "%d", &n)
		if strings.HasSuffix(c.Label, "年合计") {
			return fmt.Sprintf(loc.Say("%d年合计"), n/12)
		}
		return fmt.Sprintf(loc.SayN("%d个月", n), n)
	}
	return c.Label
}

// trendSeriesName names a series: the region, its class of periods when
// the chart has several, and 目标 for targets.
func trendSeriesName(loc chart.Locale, s compare.TrendSeries, withClass bool) string {
	name := s.Region
	if withClass {
		name += " · " + classLabel(loc, s.Class)
	}
	if s.Target {
		name += loc.Say("（目标）")
	}
	return name
}

// leftOutNote says which figures a trend leaves out and why (未计入：即墨区
// 2023年（截至目前）：他方预期 …), at most a few by name.
func leftOutNote(loc chart.Locale, out []compare.TrendLeftOut) string {
	if len(out) == 0 {
		return ""
	}
	const named = 4
	var parts []string
	for i, o := range out {
		if i == named {
			parts = append(parts, fmt.Sprintf(loc.SayN("另%d处", len(out)-named), len(out)-named))
			break
		}
		reason := loc.Say(o.Reason)
		if o.Unit != "" {
			reason += loc.Say("：") + o.Unit
		}
		parts = append(parts, fmt.Sprintf(loc.Say("%s %s（%s）"), o.Region, o.Period, reason))
	}
	return fmt.Sprintf(loc.Say("未计入%d处："), len(out)) + strings.Join(parts, loc.Say("；"))
}

// seriesHex is the palette colour of region i (the chart package's series
// colours, so that a region keeps its colour across its series).
func seriesHex(i int) string {
	hex := []string{"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
		"#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#17becf", "#8c6d31"}
	return hex[i%len(hex)]
}

// nanValues is n NaNs (no figure).
func nanValues(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = math.NaN()
	}
	return v
}
