package chartset

import (
	"math"
	"strings"
	"testing"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/views/chart"
)

// fig is a figure of 新增就业 in 即墨区.
func fig(value float64, unit, kind, start, end, status string) data.Indicator {
	return data.Indicator{Region: "即墨区", Indicator: "新增就业", Value: value, Unit: unit, PeriodKind: kind,
		PeriodStart: start, PeriodEnd: end, Status: status, Target: status == data.StatusTarget,
		Sentence: unit + start + end + status}
}

// TestTrendTargetsApartAndHollow: targets form series of their own, drawn
// hollow and dashed, never joined to the results; a figure in another unit
// (a rate among levels) and one without a period are left out and named.
func TestTrendTargetsApartAndHollow(t *testing.T) {
	inds := []data.Indicator{
		fig(30000, "人", data.PeriodYear, "2021-01-01", "2021-12-31", data.StatusResult),
		fig(32000, "人", data.PeriodYear, "2022-01-01", "2022-12-31", data.StatusResult),
		fig(35000, "人", data.PeriodYear, "2023-01-01", "2023-12-31", data.StatusTarget),
		fig(36000, "人", data.PeriodYear, "2024-01-01", "2024-12-31", data.StatusTarget),
		fig(15000, "人", data.PeriodHalf, "2022-01-01", "2022-06-30", data.StatusResult),
		fig(5.2, "%", data.PeriodYear, "2022-01-01", "2022-12-31", data.StatusResult),
		fig(9000, "人", data.PeriodNone, "", "", data.StatusResult),
	}
	spec, refs := TrendSpec(chart.Locale{}, compare.TrendOf(inds, "新增就业", nil), false)
	if spec.Kind != chart.Line || spec.Unit != "人" {
		t.Fatalf("kind %v unit %q", spec.Kind, spec.Unit)
	}
	var results, targets, halves int
	for j, s := range spec.Series {
		n := 0
		for i, v := range s.Values {
			if !math.IsNaN(v) {
				n++
				if len(refs[chart.Mark{Label: i, Series: j}]) == 0 {
					t.Errorf("%s: a point without its figure", s.Name)
				}
			}
		}
		switch {
		case strings.Contains(s.Name, "目标"):
			targets++
			if !s.Hollow || !s.Dashed || n != 2 {
				t.Errorf("target series %+v: want hollow, dashed, the two targets", s)
			}
		case strings.Contains(s.Name, "上半年"):
			halves++
		default:
			results++
			if s.Hollow || s.Dashed || n != 2 {
				t.Errorf("result series %+v: want solid, the two results", s)
			}
		}
	}
	if results != 1 || targets != 1 || halves != 1 {
		t.Errorf("%d result, %d target and %d first-half series, want one each", results, targets, halves)
	}
	if !strings.Contains(spec.Note, "未计入2处") || !strings.Contains(spec.Note, "单位不同：%") || !strings.Contains(spec.Note, "时期不详") {
		t.Errorf("note %q does not name the rate and the figure without a period", spec.Note)
	}
}
