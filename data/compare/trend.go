package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"time"
	"zhibiao/data"
)

// PeriodClass is a kind of period whose figures are like for like across
// years: a whole year, the first half, the same months since 1 January, one
// quarter, one month, a stock at a date (any date: stocks are compared by
// date), or one kind of multi-year span. A trend joins only figures of one
// class.
type PeriodClass struct {
	Key   string // "year", "h1", "h2", "q1".."q4", "m01".."m12", "ytd05", "ytd07-23", "asof", "span…"
	Label string // 全年, 上半年, 1-5月, 一季度, 5月, 时点, …
}

// TrendPoint is one figure of a trend series: the figure chosen for its
// region, class and period.
type TrendPoint struct {
	Value      float64 // base units
	Qualifier  string
	Period     string // the period as a label with its year (2020年上半年)
	Start, End string // the period as ISO dates (Start "" for a stock)
	Status     string
	Refs       []int // indices into the indicators: the one drawn first, then the other figures of this region, class and period
}

// TrendSeries is one line of a trend: a region's figures of one period
// class, either results (with the region's own estimates) or targets,
// oldest first. Targets are never joined to results.
type TrendSeries struct {
	Region string
	Class  PeriodClass
	Target bool
	Points []TrendPoint
}

// TrendLeftOut is a figure a trend does not draw, and why.
type TrendLeftOut struct {
	Region, Period string
	Reason         string // TrendNoPeriod, TrendExpectation, TrendOtherUnit, TrendSamePeriod
	Unit           string // the figure's unit, for TrendOtherUnit
	Ref            int
}

// Reasons a figure is left out of a trend.
const (
	TrendNoPeriod    = "时期不详"
	TrendExpectation = "他方预期"
	TrendOtherUnit   = "单位不同"
	TrendSamePeriod  = "同期另有数字"
)

// Trend is one canonical indicator over time for some regions.
type Trend struct {
	Indicator string
	Unit      string // the unit every drawn figure is in
	Series    []TrendSeries
	LeftOut   []TrendLeftOut
}

// TrendOf gathers every figure of indicator for the regions (nil: every
// region with one) into series of like periods: per region, one series per
// period class and status (results, targets). Figures are in the
// indicator's most common unit; figures without a usable period, other
// units and others' expectations are left out and listed, as are further
// figures of a period already drawn (the first in the text is drawn; the
// others are in its Refs). Repeated sentences count once.
func TrendOf(inds []data.Indicator, indicator string, regions []string) Trend {
	byRegion, order := figuresByRegion(inds, indicator)
	t := Trend{Indicator: indicator, Unit: dominantUnit(inds, byRegion)}
	if len(regions) == 0 { // the regions with the most figures first
		regions = order
		slices.SortStableFunc(regions, func(a, b string) int { return cmp.Compare(len(byRegion[b]), len(byRegion[a])) })
	}
	for _, r := range regions {
		t.addRegion(inds, r, dedupe(inds, byRegion[r]))
	}
	return t
}

// addRegion adds region's series from its figures idx.
func (t *Trend) addRegion(inds []data.Indicator, region string, idx []int) {
	type seriesKey struct {
		class  string
		target bool
	}
	at := map[seriesKey]int{} // index into t.Series
	for _, i := range idx {
		ind := inds[i]
		label, _ := PeriodLabel(ind)
		class, ok := ClassOf(ind)
		switch {
		case ind.Status == data.StatusExpectation:
			t.leave(region, label, TrendExpectation, i)
			continue
		case ind.Unit != t.Unit:
			t.leave(region, label, TrendOtherUnit, i)
			t.LeftOut[len(t.LeftOut)-1].Unit = ind.Unit
			continue
		case !ok:
			t.leave(region, label, TrendNoPeriod, i)
			continue
		}
		k := seriesKey{class.Key, ind.Target || ind.Status == data.StatusTarget}
		s, ok := at[k]
		if !ok {
			s = len(t.Series)
			at[k] = s
			t.Series = append(t.Series, TrendSeries{Region: region, Class: class, Target: k.target})
		}
		t.addPoint(s, inds, i, label)
	}
	for _, s := range at {
		slices.SortFunc(t.Series[s].Points, func(a, b TrendPoint) int {
			return cmp.Or(cmp.Compare(a.End, b.End), cmp.Compare(a.Start, b.Start))
		})
	}
	// The region's series: results before targets, then by their first period.
	first := len(t.Series) - len(at)
	slices.SortStableFunc(t.Series[first:], func(a, b TrendSeries) int {
		if a.Target != b.Target {
			return map[bool]int{false: -1, true: 1}[a.Target]
		}
		return cmp.Compare(a.Points[0].End, b.Points[0].End)
	})
}

// addPoint adds figure i to series s, or to the refs of the point of its
// period already there (and to the left-out list).
func (t *Trend) addPoint(s int, inds []data.Indicator, i int, label string) {
	ind := inds[i]
	ser := &t.Series[s]
	for p := range ser.Points {
		if ser.Points[p].End == ind.PeriodEnd && ser.Points[p].Start == ind.PeriodStart {
			ser.Points[p].Refs = append(ser.Points[p].Refs, i)
			t.leave(ser.Region, label, TrendSamePeriod, i)
			return
		}
	}
	ser.Points = append(ser.Points, TrendPoint{
		Value: ind.Value, Qualifier: ind.Qualifier, Period: label,
		Start: ind.PeriodStart, End: ind.PeriodEnd, Status: ind.Status, Refs: []int{i},
	})
}

func (t *Trend) leave(region, period, reason string, i int) {
	t.LeftOut = append(t.LeftOut, TrendLeftOut{Region: region, Period: period, Reason: reason, Ref: i})
}

// ClassOf is the period class of a figure, from its structured period
// (PeriodKind, PeriodStart, PeriodEnd); ok is false when the period is
// unknown. A year-to-date figure ending on 31 December is a whole year.
func ClassOf(ind data.Indicator) (PeriodClass, bool) {
	end, err := time.Parse(time.DateOnly, ind.PeriodEnd)
	if err != nil {
		return PeriodClass{}, false
	}
	start, startErr := time.Parse(time.DateOnly, ind.PeriodStart)
	monthEnd := end.AddDate(0, 0, 1).Day() == 1
	m := int(end.Month())
	switch ind.PeriodKind {
	case data.PeriodYear:
		return PeriodClass{"year", "全年"}, true
	case data.PeriodHalf:
		if m <= 6 {
			return PeriodClass{"h1", "上半年"}, true
		}
		return PeriodClass{"h2", "下半年"}, true
	case data.PeriodQuarter:
		q := (m + 2) / 3
		return PeriodClass{"q" + strconv.Itoa(q), []string{"", "一季度", "二季度", "三季度", "四季度"}[q]}, true
	case data.PeriodMonth:
		return PeriodClass{fmt.Sprintf("m%02d", m), fmt.Sprintf("%d月", m)}, true
	case data.PeriodYTD:
		switch {
		case m == 12 && monthEnd:
			return PeriodClass{"year", "全年"}, true
		case m == 6 && monthEnd:
			return PeriodClass{"h1", "上半年"}, true // 1-6月 and 上半年 are one period
		case m == 3 && monthEnd:
			return PeriodClass{"q1", "一季度"}, true // 1-3月 and 一季度 too
		case monthEnd:
			return PeriodClass{fmt.Sprintf("ytd%02d", m), fmt.Sprintf("1-%d月", m)}, true
		}
		return PeriodClass{fmt.Sprintf("ytd%02d-%02d", m, end.Day()), fmt.Sprintf("1月1日至%d月%d日", m, end.Day())}, true
	case data.PeriodAsOf:
		return PeriodClass{"asof", "时点"}, true
	case data.PeriodSpan:
		if startErr != nil {
			return PeriodClass{}, false
		}
		months := (end.Year()-start.Year())*12 + int(end.Month()) - int(start.Month()) + 1
		key := fmt.Sprintf("span%s~%s/%d", start.Format("01-02"), end.Format("01-02"), months)
		if months%12 == 0 && start.Month() == time.January && start.Day() == 1 && monthEnd && m == 12 {
			return PeriodClass{key, fmt.Sprintf("%d年合计", months/12)}, true
		}
		return PeriodClass{key, fmt.Sprintf("%d个月", months)}, true
	}
	return PeriodClass{}, false
}
