package chartset

import (
	"fmt"
	"math"

	"zhibiao/data/compare"
	"zhibiao/views/chart"
)

// buildOverview builds the overview grid: every canonical indicator that
// two or more of the regions report, regions across, each cell the figure
// the indicator's comparison shows, with its period.
func buildOverview(src Source, opt Options) ([]Chart, error) {
	ov := compare.OverviewOf(src.Indicators, opt.Regions)
	if len(ov.Indicators) == 0 {
		return nil, fmt.Errorf("overview: no indicator is reported by two regions: %w", chart.ErrNoData)
	}
	spec, refs := OverviewSpec(opt.Locale, ov, opt.Dark)
	return []Chart{{Name: "overview", Spec: spec, Refs: refs}}, nil
}

// OverviewSpec is the grid of an overview: a column per region, a row per
// indicator (series j is ov.Indicators[j]), each cell its figure as the
// comparison writes it and its period. Refs are the figures behind each
// cell.
func OverviewSpec(loc chart.Locale, ov compare.Overview, dark bool) (chart.Spec, map[chart.Mark][]int) {
	spec := chart.Spec{
		Kind: chart.Grid, Dark: dark, Locale: loc, Labels: ov.Regions,
		Title:    fmt.Sprintf(loc.SayN("可比较的指标：%d 项指标有两个以上地区的数字", len(ov.Indicators)), len(ov.Indicators)),
		Subtitle: loc.Say("每格为该地区的一处数字（实际值优先，时期最新者优先）及其时期；条长按行内最大值；点击格子打开该指标的对比"),
	}
	refs := map[chart.Mark][]int{}
	for j, name := range ov.Indicators {
		ser := chart.Series{Name: name}
		for i, rv := range ov.Cells[j] {
			v, text, note := math.NaN(), "", ""
			if rv.Count > 0 {
				v, text, note = rv.Value, loc.FigureLabel(rv), rv.Period
				refs[chart.Mark{Label: i, Series: j}] = rv.Refs
			}
			ser.Values = append(ser.Values, v)
			ser.Texts = append(ser.Texts, text)
			ser.Notes = append(ser.Notes, note)
		}
		spec.Series = append(spec.Series, ser)
	}
	return spec, refs
}
