package compare

import (
	"errors"
	"math"
	"slices"
	"testing"
	"zhibiao/data"
	"zhibiao/data/region"
)

// dfig is a hand-made figure for the derived-value tests.
func dfig(region, indicator string, value float64, unit, period, kind, start, end string) data.Indicator {
	return data.Indicator{
		Region: region, Indicator: indicator, Value: value, Unit: unit, Period: period,
		PeriodKind: kind, PeriodStart: start, PeriodEnd: end, Status: data.StatusResult,
		Raw: period, Sentence: region + period + indicator,
	}
}

func gdpYear(region string, yuan float64, year string) data.Indicator {
	return dfig(region, "地区生产总值", yuan, "元", year+"年", data.PeriodYear, year+"-01-01", year+"-12-31")
}

func popEnd(region string, people float64, year string) data.Indicator {
	return dfig(region, "常住人口", people, "人", year+"年末", data.PeriodAsOf, "", year+"-12-31")
}

// The values below are worked out by hand from the published figures of
// views/chartset/testdata/bulletins (西海岸新区 2022: 4691.85亿元 and
// 199.35万人; 2021: 4368.53亿元 of 青岛市's 14136.46亿元; 青岛市 2022:
// 14920.75亿元 of 山东省's 87435.1亿元).
func TestDerivedPerCapita(t *testing.T) {
	target := popEnd("西海岸新区", 2100000, "2025")
	target.Status, target.Target = data.StatusTarget, true
	census := dfig("青岛市", "常住人口", 10071700, "人", "2020年11月1日零时", data.PeriodAsOf, "", "2020-11-01")
	undated := dfig("即墨区", "常住人口", 1340000, "人", "", data.PeriodNone, "", "")
	tests := []struct {
		name    string
		inds    []data.Indicator
		regions []string
		want    map[string]float64 // NaN: no value
		note    map[string]string
		period  map[string]string
		others  map[string][]string
	}{
		{
			name: "same year: level ÷ year-end population",
			inds: []data.Indicator{gdpYear("西海岸新区", 469185000000, "2022"), popEnd("西海岸新区", 1993500, "2022")},
			want: map[string]float64{"西海岸新区": 235357.41}, period: map[string]string{"西海岸新区": "2022年"},
		},
		{
			name: "the latest level without a population falls back to the latest with one",
			inds: []data.Indicator{
				gdpYear("西海岸新区", 500338000000, "2023"), gdpYear("西海岸新区", 469185000000, "2022"),
				popEnd("西海岸新区", 1993500, "2022"),
			},
			want: map[string]float64{"西海岸新区": 235357.41}, period: map[string]string{"西海岸新区": "2022年"},
		},
		{
			name: "a population of another year is never used",
			inds: []data.Indicator{gdpYear("西海岸新区", 500338000000, "2023"), popEnd("西海岸新区", 1993500, "2022"), target},
			want: map[string]float64{"西海岸新区": math.NaN()}, note: map[string]string{"西海岸新区": NoteNoPopulation},
			period: map[string]string{"西海岸新区": "2023年"}, others: map[string][]string{"西海岸新区": {"2022年末"}},
		},
		{
			name: "a census date within the year counts; a population without a period does not",
			inds: []data.Indicator{gdpYear("青岛市", 1240056000000, "2020"), census, gdpYear("即墨区", 150000000000, "2020"), undated},
			want: map[string]float64{"青岛市": 123122.81, "即墨区": math.NaN()},
			note: map[string]string{"即墨区": NoteNoPopulation},
		},
		{
			name: "the year-end population wins over an earlier date of the same year",
			inds: []data.Indicator{
				gdpYear("西海岸新区", 469185000000, "2022"),
				dfig("西海岸新区", "常住人口", 1900000, "人", "2022年6月底", data.PeriodAsOf, "", "2022-06-30"),
				popEnd("西海岸新区", 1993500, "2022"),
			},
			want: map[string]float64{"西海岸新区": 235357.41},
		},
		{
			name: "a half-year level keeps its period and divides by the year's population",
			inds: []data.Indicator{
				dfig("西海岸新区", "地区生产总值", 237941000000, "元", "2023年上半年", data.PeriodHalf, "2023-01-01", "2023-06-30"),
				popEnd("西海岸新区", 2008800, "2023"),
			},
			want: map[string]float64{"西海岸新区": 118449.32}, period: map[string]string{"西海岸新区": "2023年上半年"},
		},
		{
			name: "a region without the level, and a target level, have no value",
			inds: []data.Indicator{func() data.Indicator {
				g := gdpYear("即墨区", 1e11, "2022")
				g.Target, g.Status = true, data.StatusTarget
				return g
			}(), popEnd("即墨区", 1340000, "2022")},
			regions: []string{"即墨区", "城阳区"},
			want:    map[string]float64{"即墨区": math.NaN(), "城阳区": math.NaN()},
			note:    map[string]string{"即墨区": NoteNoFigure, "城阳区": NoteNoFigure},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rvs, err := DerivedValues(region.Default(), tc.inds, "地区生产总值", DerivePerCapita, tc.regions)
			if err != nil {
				t.Fatal(err)
			}
			checkDerived(t, tc.inds, rvs, tc.want, tc.note, tc.period, tc.others)
			for _, rv := range rvs {
				if rv.Unit != "元/人" {
					t.Errorf("%s: unit %q, want 元/人", rv.Region, rv.Unit)
				}
			}
		})
	}
}

func TestDerivedShare(t *testing.T) {
	q1 := dfig("青岛市", "地区生产总值", 350000000000, "元", "2023年一季度", data.PeriodQuarter, "2023-01-01", "2023-03-31")
	ytd := dfig("西海岸新区", "地区生产总值", 311212000000, "元", "2021年前三季度", data.PeriodYTD, "2021-01-01", "2021-09-30")
	tests := []struct {
		name    string
		inds    []data.Indicator
		regions []string
		want    map[string]float64
		note    map[string]string
		others  map[string][]string
	}{
		{
			name: "a district of its city, a city of its province, same year",
			inds: []data.Indicator{
				gdpYear("西海岸新区", 436853000000, "2021"), gdpYear("青岛市", 1413646000000, "2021"),
				gdpYear("青岛市", 1492075000000, "2022"), gdpYear("山东省", 8743510000000, "2022"),
			},
			want: map[string]float64{"西海岸新区": 30.90, "青岛市": 17.06, "山东省": math.NaN()},
			note: map[string]string{"山东省": NoteNoTotal},
		},
		{
			name:   "year-to-date is not divided by a quarter or a year",
			inds:   []data.Indicator{ytd, q1, gdpYear("青岛市", 1413646000000, "2021")},
			want:   map[string]float64{"西海岸新区": math.NaN(), "青岛市": math.NaN()},
			note:   map[string]string{"西海岸新区": NoteNoTotal},
			others: map[string][]string{"西海岸新区": {"2023年一季度", "2021年"}},
		},
		{
			name: "a province's parent is 全国",
			inds: []data.Indicator{gdpYear("山东省", 8743510000000, "2022"), gdpYear("全国", 121020700000000, "2022")},
			want: map[string]float64{"山东省": 7.22, "全国": math.NaN()},
			note: map[string]string{"全国": NoteNoParent},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rvs, err := DerivedValues(region.Default(), tc.inds, "地区生产总值", DeriveShare, tc.regions)
			if err != nil {
				t.Fatal(err)
			}
			checkDerived(t, tc.inds, rvs, tc.want, tc.note, nil, tc.others)
		})
	}
}

// checkDerived compares derived values with the hand-computed ones (to
// 0.01), their notes, periods, the refs (level, then denominator) and the
// order (largest first, no value last).
func checkDerived(t *testing.T, inds []data.Indicator, rvs []RegionValue, want map[string]float64, note, period map[string]string, others map[string][]string) {
	t.Helper()
	if len(rvs) != len(want) {
		t.Fatalf("%d regions, want %d: %+v", len(rvs), len(want), rvs)
	}
	for k, rv := range rvs {
		w, ok := want[rv.Region]
		switch {
		case !ok:
			t.Errorf("unexpected region %s", rv.Region)
		case math.IsNaN(w) != math.IsNaN(rv.Value) || !math.IsNaN(w) && math.Abs(rv.Value-w) > 0.01:
			t.Errorf("%s = %v, want %v", rv.Region, rv.Value, w)
		}
		if n, ok := note[rv.Region]; ok && rv.Note != n {
			t.Errorf("%s: note %q, want %q", rv.Region, rv.Note, n)
		}
		if p, ok := period[rv.Region]; ok && rv.Period != p {
			t.Errorf("%s: period %q, want %q", rv.Region, rv.Period, p)
		}
		if o, ok := others[rv.Region]; ok && !slices.Equal(rv.DenomPeriods, o) {
			t.Errorf("%s: other denominators %q, want %q", rv.Region, rv.DenomPeriods, o)
		}
		if k > 0 && math.IsNaN(rvs[k-1].Value) && !math.IsNaN(rv.Value) {
			t.Errorf("%s: a value after a region without one", rv.Region)
		}
		if math.IsNaN(rv.Value) {
			if rv.Denom != nil || rv.Count != 0 {
				t.Errorf("%s: no value but a denominator %+v, count %d", rv.Region, rv.Denom, rv.Count)
			}
			continue
		}
		if len(rv.Refs) != 2 || rv.Denom == nil || inds[rv.Refs[0]].Region != rv.Region || inds[rv.Refs[1]].Value != rv.Denom.Value {
			t.Errorf("%s: refs %v, denominator %+v: want the level, then the denominator", rv.Region, rv.Refs, rv.Denom)
		}
	}
}

func TestDerivedOnlyForLevels(t *testing.T) {
	inds := []data.Indicator{dfig("西海岸新区", "地区生产总值增速", 4.8, "%", "2022年", data.PeriodYear, "2022-01-01", "2022-12-31")}
	for _, kind := range []string{DerivePerCapita, DeriveShare} {
		if _, err := DerivedValues(region.Default(), inds, "地区生产总值增速", kind, nil); !errors.Is(err, ErrNotLevel) {
			t.Errorf("%s of a growth rate: err %v, want ErrNotLevel", kind, err)
		}
	}
	if _, err := DerivedValues(region.Default(), inds, "地区生产总值", "per_hectare", nil); err == nil {
		t.Error("an unknown derived kind gave no error")
	}
}
