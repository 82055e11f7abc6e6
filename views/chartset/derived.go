package chartset

import (
	"fmt"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/views/chart"
)

// buildDerived builds the bar chart of ind across the regions divided by
// the denominators the corpus gives (opt.Per: per capita or share): each
// bar's marks carry the level's figure, then the denominator's, and the
// source line names the outlets of both.
func buildDerived(src Source, opt Options, ind string) (Chart, error) {
	rv, err := compare.DerivedValues(src.Places, src.Indicators, ind, opt.Per, opt.Regions)
	if err != nil {
		return Chart{}, err
	}
	rv = SortRegions(rv, opt.Sort)
	c := Chart{Name: fmt.Sprintf("regions-%s-%s", ind, opt.Per), Spec: opt.Locale.DerivedBar(rv, ind, opt.Per, opt.Dark), Refs: map[chart.Mark][]int{}}
	var arts []*data.Article
	for i, r := range rv {
		if r.Count == 0 {
			continue
		}
		c.Refs[chart.Mark{Label: i}] = r.Refs
		for _, k := range r.Refs {
			arts = append(arts, src.Indicators[k].Article)
		}
	}
	if len(c.Refs) == 0 && !opt.All {
		return Chart{}, &NoDenominatorError{Note: c.Spec.Note}
	}
	c.Spec.Source = sourceLine(opt.Locale, arts)
	return c, nil
}

// NoDenominatorError is returned for a chart with a denominator (Options.Per)
// in which no region has a value: Note (in the request's locale) names the
// regions and what each lacks (无人口数字：西海岸新区 2023年 …). It wraps
// chart.ErrNoData.
type NoDenominatorError struct{ Note string }

func (e *NoDenominatorError) Error() string {
	return "no region has a like-period denominator: " + e.Note
}

// Unwrap makes errors.Is(err, chart.ErrNoData) hold.
func (e *NoDenominatorError) Unwrap() error { return chart.ErrNoData }

// DerivedValues are the figures behind a regions chart with a
// denominator (opt.Per), in the chart's order.
func DerivedValues(src Source, opt Options) ([]compare.RegionValue, error) {
	if src.Places == nil {
		return nil, errNoPlaces
	}
	rv, err := compare.DerivedValues(src.Places, src.Indicators, opt.Indicator, opt.Per, opt.Regions)
	if err != nil {
		return nil, err
	}
	return SortRegions(rv, opt.Sort), nil
}
