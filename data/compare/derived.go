package compare

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"zhibiao/data"
	"zhibiao/data/extract"
	"zhibiao/data/region"
)

// Derived comparisons: a level figure divided by another figure the corpus
// itself gives — the region's population (per capita) or its parent
// region's total of the same indicator and period (share). A denominator is
// never invented or taken from another period: a region without one gets
// no value and says why.
const (
	DerivePerCapita = "per_capita" // level ÷ the region's 常住人口 of the same year
	DeriveShare     = "share"      // level ÷ the parent region's level of the same period, in %
)

// Why a region has no derived value (RegionValue.Note).
const (
	NoteNoFigure     = "无数据"   // no result of the indicator at all
	NoteNoPopulation = "无人口数字" // no 常住人口 of the level's year
	NoteNoTotal      = "无上级总量" // no figure of the parent region for the level's period
	NoteNoParent     = "无上级地区" // the gazetteer knows no parent (全国, an unknown name)
	nationalRegion   = "全国"    // the parent of a province
	populationUnit   = "人"     // the unit a population is counted in
	shareUnit        = "%"     // the unit of a share
	perCapitaUnitFmt = "%s/人"  // the unit of a per-capita value: 元/人
	populationIndic  = "常住人口"  // the canonical indicator of a population
)

// ErrNotLevel is returned for a per-capita or share comparison of an
// indicator that is not a level (a rate, a count, an index …): dividing
// it by a population or a total means nothing.
var ErrNotLevel = errors.New("per capita and shares are for level indicators")

// Denominator is what a derived value was divided by, and the figure
// divided.
type Denominator struct {
	Region    string  // whose figure: the region itself (per capita) or its parent (share)
	Indicator string  // 常住人口, or the compared indicator for a share
	Value     float64 // base units
	Unit      string  // 人, or the level's unit
	Period    string  // the denominator's period as a label (2022年末)
	Raw       string  // the denominator as written
	Level     float64 // the numerator: the region's own figure, base units
	LevelUnit string  // the numerator's unit (元)
}

// PopulationIndicators are the canonical indicators a per-capita value
// may be divided by, in order of preference.
func PopulationIndicators() []string { return []string{populationIndic} }

// DerivedValues compares regions by a level indicator divided by a
// denominator the corpus gives (kind DerivePerCapita or DeriveShare). Each
// region gets the latest of its results (the region's own estimates
// included; targets and others' expectations never) that has a like-period
// denominator:
//
//   - per capita: the region's 常住人口 at a date in the level's year (the
//     year end first) or for that whole year; the value is level ÷
//     population in the level's unit per person (元/人);
//   - share: the parent region's figure of the same indicator, unit and
//     period (same kind, start and end); the value is level ÷ total × 100
//     in %. A province's parent is 全国.
//
// The result has the RegionValue fields of RegionValues (Period and Year
// are the level's; Refs are the level's figure, then the denominator's)
// with Denom set. A region without such a denominator has Value NaN,
// Count 0, Denom nil and Note NoteNoPopulation, NoteNoTotal, NoteNoParent
// or NoteNoFigure; Period is then its latest level figure's period, if
// any. With no regions given, every region with a result of the indicator
// is compared, largest value first. A share finds each region's parent
// with g.
func DerivedValues(g *region.Gazetteer, inds []data.Indicator, indicator, kind string, regions []string) ([]RegionValue, error) {
	if extract.IndicatorKind(indicator) != "level" {
		return nil, fmt.Errorf("%s: %w", indicator, ErrNotLevel)
	}
	if kind != DerivePerCapita && kind != DeriveShare {
		return nil, fmt.Errorf("unknown derived comparison %q (want %s or %s)", kind, DerivePerCapita, DeriveShare)
	}
	byRegion, order := figuresByRegion(inds, indicator)
	unit := dominantUnit(inds, byRegion)
	auto := len(regions) == 0
	if auto {
		regions = order
	}
	d := deriver{g: g, inds: inds, indicator: indicator, unit: unit, kind: kind, byRegion: byRegion}
	out := make([]RegionValue, 0, len(regions))
	for _, r := range regions {
		out = append(out, d.region(r))
	}
	if auto {
		sort.SliceStable(out, func(a, b int) bool { return greater(out[a].Value, out[b].Value) })
	}
	return out, nil
}

// deriver holds what every region's derived value is computed from.
type deriver struct {
	g         *region.Gazetteer
	inds      []data.Indicator
	indicator string
	unit      string
	kind      string
	byRegion  map[string][]int
}

// region derives region's value from the latest of its results that has a
// like-period denominator.
func (d deriver) region(r string) RegionValue {
	rv := RegionValue{Region: r, Value: math.NaN(), Unit: d.derivedUnit(), Note: NoteNoFigure}
	cands := d.results(r)
	if len(cands) == 0 {
		return rv
	}
	rv.Period, rv.Year = PeriodLabel(d.inds[cands[0]])
	parent, ok := d.parent(r)
	if !ok {
		rv.Note = NoteNoParent
		return rv
	}
	for _, i := range cands {
		j, ok := d.denominator(d.inds[i], parent)
		if ok {
			return d.value(rv, i, j)
		}
	}
	rv.Note = map[string]string{DerivePerCapita: NoteNoPopulation, DeriveShare: NoteNoTotal}[d.kind]
	rv.DenomPeriods = d.otherPeriods(parent)
	return rv
}

// otherPeriods lists the periods of owner's possible denominators, each
// once, in document order.
func (d deriver) otherPeriods(owner string) []string {
	var out []string
	for i, ind := range d.inds {
		ok := ind.Region == owner && usableDenominator(ind, populationUnit) && slices.Contains(PopulationIndicators(), ind.Indicator)
		if d.kind == DeriveShare {
			ok = ind.Region == owner && ind.Indicator == d.indicator && usableDenominator(ind, d.unit)
		}
		if p, _ := PeriodLabel(d.inds[i]); ok && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// derivedUnit is the unit of the derived values: 元/人 or %.
func (d deriver) derivedUnit() string {
	if d.kind == DeriveShare {
		return shareUnit
	}
	return fmt.Sprintf(perCapitaUnitFmt, d.unit)
}

// results are region's results and estimates of the indicator in the
// comparison's unit with a known period end, latest first (ties in
// document order); repeated sentences count once.
func (d deriver) results(r string) []int {
	var out []int
	for _, i := range dedupe(d.inds, d.byRegion[r]) {
		ind := d.inds[i]
		if ind.Unit != d.unit || ind.Target || (ind.Status != data.StatusResult && ind.Status != data.StatusEstimate) {
			continue
		}
		if _, ok := periodEnd(ind); ok {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int { return cmp.Compare(periodKey(d.inds[b]), periodKey(d.inds[a])) })
	return out
}

// parent is the region whose figures are the denominators: the region
// itself for per capita, its parent for a share.
func (d deriver) parent(r string) (string, bool) {
	if d.kind == DerivePerCapita {
		return r, true
	}
	chain := d.g.Chain(r)
	switch {
	case len(chain) == 0:
		return "", false
	case len(chain) == 1:
		return nationalRegion, true
	}
	return chain[1].Name, true
}

// denominator finds the figure level is divided by, among owner's figures.
func (d deriver) denominator(level data.Indicator, owner string) (int, bool) {
	if d.kind == DerivePerCapita {
		return d.population(level, owner)
	}
	return d.total(level, owner)
}

// population finds owner's 常住人口 of level's year: a stock at a date in
// that year or a figure for the whole year; the latest date wins, then
// the first in the text.
func (d deriver) population(level data.Indicator, owner string) (int, bool) {
	end, _ := periodEnd(level)
	best, bestEnd := -1, time.Time{}
	for i, ind := range d.inds {
		if ind.Region != owner || !slices.Contains(PopulationIndicators(), ind.Indicator) || !usableDenominator(ind, populationUnit) {
			continue
		}
		if ind.PeriodKind != data.PeriodAsOf && ind.PeriodKind != data.PeriodYear {
			continue
		}
		e, ok := periodEnd(ind)
		if !ok || e.Year() != end.Year() {
			continue
		}
		if best < 0 || e.After(bestEnd) {
			best, bestEnd = i, e
		}
	}
	return best, best >= 0
}

// total finds owner's figure of the same indicator, unit and period as
// level (the first in the text).
func (d deriver) total(level data.Indicator, owner string) (int, bool) {
	for _, i := range d.byRegion[owner] {
		ind := d.inds[i]
		if !usableDenominator(ind, level.Unit) {
			continue
		}
		if ind.PeriodKind == level.PeriodKind && ind.PeriodStart == level.PeriodStart && ind.PeriodEnd == level.PeriodEnd {
			return i, true
		}
	}
	return -1, false
}

// usableDenominator reports whether ind can divide: a positive result (or
// the region's own estimate) in unit.
func usableDenominator(ind data.Indicator, unit string) bool {
	return ind.Unit == unit && ind.Value > 0 && !ind.Target &&
		(ind.Status == data.StatusResult || ind.Status == data.StatusEstimate)
}

// value fills rv with level i divided by denominator j.
func (d deriver) value(rv RegionValue, i, j int) RegionValue {
	level, den := d.inds[i], d.inds[j]
	rv.Value = level.Value / den.Value
	if d.kind == DeriveShare {
		rv.Value *= 100
	}
	rv.Qualifier = level.Qualifier
	rv.Estimate = level.Status == data.StatusEstimate || den.Status == data.StatusEstimate
	rv.Period, rv.Year = PeriodLabel(level)
	rv.Count, rv.Refs, rv.Note = 1, []int{i, j}, ""
	period, _ := PeriodLabel(den)
	rv.Denom = &Denominator{
		Region: den.Region, Indicator: den.Indicator, Value: den.Value, Unit: den.Unit,
		Period: period, Raw: den.Raw, Level: level.Value, LevelUnit: level.Unit,
	}
	return rv
}

// periodEnd is the last day of the figure's period, for figures whose
// period is known and not a multi-year span.
func periodEnd(ind data.Indicator) (time.Time, bool) {
	switch ind.PeriodKind {
	case data.PeriodSpan, data.PeriodNone, "":
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, ind.PeriodEnd)
	return t, err == nil
}
