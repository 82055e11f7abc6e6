package chartset

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"zhibiao/data/compare"
	"zhibiao/data/corpus"
	"zhibiao/views/chart"
)

// The folder testdata/bulletins holds statistics bulletins and official
// releases of three regions over three years each, paraphrased from the
// published texts with their figures kept (SOURCES.tsv names each source).

// trendByHand are the trend series of the bulletins, written down by hand
// from the sources: indicator → region → period class → period end → value.
var trendByHand = map[string]map[string]map[string]map[string]float64{
	"地区生产总值": {
		"青岛市": {"year": {"2020-12-31": 12400.56e8, "2021-12-31": 14136.46e8, "2022-12-31": 14920.75e8}},
		"山东省": {"year": {"2021-12-31": 83095.9e8, "2022-12-31": 87435.1e8, "2023-12-31": 92068.7e8}},
		"西海岸新区": {
			"year":  {"2021-12-31": 4368.53e8, "2022-12-31": 4691.85e8, "2023-12-31": 5003.38e8},
			"ytd09": {"2021-09-30": 3112.12e8},
			"h1":    {"2023-06-30": 2379.41e8},
			"q1":    {"2023-03-31": 1105.96e8},
		},
	},
	"地区生产总值增速": {
		"青岛市": {"year": {"2020-12-31": 3.7, "2021-12-31": 8.3, "2022-12-31": 3.9}},
		"山东省": {"year": {"2021-12-31": 8.3, "2022-12-31": 3.9, "2023-12-31": 6.0}},
		"西海岸新区": {
			"year":  {"2022-12-31": 4.8},
			"ytd09": {"2021-09-30": 11.8},
			"h1":    {"2023-06-30": 6.0},
			"q1":    {"2023-03-31": 5.8},
		},
	},
}

// extractorErrors are figures the extractor files under 地区生产总值增速
// though they are not the period's growth over the year before: two-year
// average growth (两年平均增长) and a share of the city's total (占全市总量
// 31.6%). Each comes after the true growth rate in its sentence, so the
// trend draws the true one and lists these as further figures of the same
// period.
// The four the trend work found (两年平均增长6.0%, 5.9% and 6.8% of 青岛市,
// 山东省 and 西海岸新区 filed as growth, and 占全市总量的31.6% filed as
// growth) are fixed in the extractor: two-year averages and shares of a
// wider total take no growth indicator (data/indicators.tsv).
var extractorErrors = map[string]float64{}

func bulletins(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.New(places).Open(context.Background(), "testdata/bulletins", nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestBulletinTrendsMatchTheSources: each trend series of the bulletins
// holds one class of like periods (years with years, the first nine months
// apart from the first half and the first quarter) and exactly the figures
// written down by hand; the extractor's known errors are left out and said
// so on the chart.
func TestBulletinTrendsMatchTheSources(t *testing.T) {
	c := bulletins(t)
	for ind, regions := range trendByHand {
		tr := compare.TrendOf(c.Indicators, ind, nil)
		got := map[string]map[string]map[string]float64{}
		for _, s := range tr.Series {
			if s.Target {
				t.Errorf("%s %s: a target series in bulletins of results", ind, s.Region)
			}
			if got[s.Region] == nil {
				got[s.Region] = map[string]map[string]float64{}
			}
			if got[s.Region][s.Class.Key] != nil {
				t.Errorf("%s %s: two series of class %s", ind, s.Region, s.Class.Key)
			}
			got[s.Region][s.Class.Key] = map[string]float64{}
			for _, p := range s.Points {
				got[s.Region][s.Class.Key][p.End] = p.Value
				for _, r := range p.Refs {
					if cl, ok := compare.ClassOf(c.Indicators[r]); !ok || cl != s.Class {
						t.Errorf("%s %s: series %s holds a figure of %s", ind, s.Region, s.Class.Label, c.Indicators[r].Period)
					}
				}
			}
		}
		if want := fmt.Sprint(regions); fmt.Sprint(roundAll(got)) != fmt.Sprint(roundAll(regions)) {
			t.Errorf("%s: trend series\n got %v\nwant %s", ind, got, want)
		}
		for _, o := range tr.LeftOut {
			v := c.Indicators[o.Ref].Value
			key := o.Region + " " + c.Indicators[o.Ref].PeriodEnd
			if ind != "地区生产总值增速" || o.Reason != compare.TrendSamePeriod || math.Abs(extractorErrors[key]-v) > 1e-9 {
				t.Errorf("%s: left out %s %v (%s), not a known extractor error", ind, key, v, o.Reason)
			}
		}
		if ind == "地区生产总值增速" && len(tr.LeftOut) != len(extractorErrors) {
			t.Errorf("%s: %d figures left out, want the %d known extractor errors", ind, len(tr.LeftOut), len(extractorErrors))
		}
	}
}

// roundAll rounds values to 0.01 (yuan figures come from 亿 multiples).
func roundAll(m map[string]map[string]map[string]float64) map[string]map[string]map[string]float64 {
	out := map[string]map[string]map[string]float64{}
	for r, cls := range m {
		out[r] = map[string]map[string]float64{}
		for k, pts := range cls {
			out[r][k] = map[string]float64{}
			for end, v := range pts {
				out[r][k][end] = math.Round(v*100) / 100
			}
		}
	}
	return out
}

// TestBulletinTrendChart: the trend chart of GDP growth draws one line per
// region and class, every value at its period, and names what it left out.
func TestBulletinTrendChart(t *testing.T) {
	c := bulletins(t)
	charts, err := Build(Source{Indicators: c.Indicators, Places: places}, "trend", Options{Indicator: "地区生产总值增速"})
	if err != nil {
		t.Fatal(err)
	}
	spec := charts[0].Spec
	if spec.Kind != chart.Line {
		t.Errorf("kind %v, want lines for %d periods", spec.Kind, len(spec.Labels))
	}
	want := trendByHand["地区生产总值增速"]
	n := 0
	for _, cls := range want {
		n += len(cls)
	}
	if len(spec.Series) != n {
		t.Errorf("%d series, want %d", len(spec.Series), n)
	}
	for j, ser := range spec.Series {
		for i, v := range ser.Values {
			if math.IsNaN(v) {
				continue
			}
			ref := c.Indicators[charts[0].Refs[chart.Mark{Label: i, Series: j}][0]]
			cl, _ := compare.ClassOf(ref)
			if w := want[ref.Region][cl.Key][ref.PeriodEnd]; w != v {
				t.Errorf("%s at %s: %v, want %v", ser.Name, spec.Labels[i], v, w)
			}
		}
	}
	if n := len(extractorErrors); n == 0 && strings.Contains(spec.Note, "未计入") || n > 0 && !strings.Contains(spec.Note, fmt.Sprintf("未计入%d处", n)) {
		t.Errorf("note %q, want %d figures said to be left out", spec.Note, n)
	}
	if !slices.ContainsFunc(spec.Series, func(s chart.Series) bool { return strings.Contains(s.Name, "西海岸新区 · 上半年") }) {
		t.Errorf("no first-half series of 西海岸新区 in %v", spec.Series)
	}
}

// overviewOfBulletins is the overview of the bulletins counted by hand
// from the texts: every indicator two or more regions report, and for each
// region the figure its comparison shows (a result, the latest period end)
// with that period's end.
var overviewOfBulletins = map[string]map[string]string{
	"地区生产总值增速":  {"山东省": "6 2023-12-31", "西海岸新区": "6 2023-06-30", "青岛市": "3.9 2022-12-31"},
	"地区生产总值":    {"山东省": "9.20687e+12 2023-12-31", "西海岸新区": "5.00338e+11 2023-12-31", "青岛市": "1.492075e+12 2022-12-31"},
	"第一产业增加值":   {"山东省": "6.5062e+11 2023-12-31", "西海岸新区": "9.576e+09 2023-12-31", "青岛市": "4.7006e+10 2021-12-31"},
	"第一产业增加值增速": {"山东省": "4.5 2023-12-31", "西海岸新区": "4.1 2023-12-31", "青岛市": "6.7 2021-12-31"},
	"第二产业增加值":   {"山东省": "3.59879e+12 2023-12-31", "西海岸新区": "1.70203e+11 2023-12-31", "青岛市": "5.07033e+11 2021-12-31"},
	"第二产业增加值增速": {"山东省": "6.5 2023-12-31", "西海岸新区": "5 2023-12-31", "青岛市": "6.9 2021-12-31"},
	"服务业增加值":    {"山东省": "4.95746e+12 2023-12-31", "西海岸新区": "3.20559e+11 2023-12-31", "青岛市": "8.59607e+11 2021-12-31"},
	"服务业增加值增速":  {"山东省": "5.8 2023-12-31", "西海岸新区": "6.6 2023-12-31", "青岛市": "9.2 2021-12-31"},
	"固定资产投资增速":  {"山东省": "6.1 2022-12-31", "青岛市": "3.2 2020-12-31"},
	"常住人口":      {"山东省": "1.0122970e+08 2023-12-31", "西海岸新区": "1.99350e+06 2022-12-31"},
	"新增就业":      {"山东省": "1.245e+06 2023-12-31", "西海岸新区": "79000 2022-12-31"},
	"规上工业增加值增速": {"西海岸新区": "6.2 2023-12-31", "青岛市": "3.8 2022-12-31"},
}

// TestBulletinOverview: the overview grid of the bulletins is the hand
// count above.
func TestBulletinOverview(t *testing.T) {
	c := bulletins(t)
	ov := compare.OverviewOf(c.Indicators, nil)
	if len(ov.Indicators) != len(overviewOfBulletins) {
		t.Errorf("rows %v, counted %d by hand", ov.Indicators, len(overviewOfBulletins))
	}
	cells := 0
	for j, name := range ov.Indicators {
		want, ok := overviewOfBulletins[name]
		if !ok {
			t.Errorf("row %s not in the hand count", name)
			continue
		}
		for _, rv := range ov.Cells[j] {
			w, has := want[rv.Region]
			if rv.Count == 0 {
				if has {
					t.Errorf("%s %s: empty, counted %s", name, rv.Region, w)
				}
				continue
			}
			cells++
			var wv float64
			var wend string
			fmt.Sscanf(w, "%g %s", &wv, &wend)
			if got := c.Indicators[rv.Refs[0]]; math.Abs(rv.Value-wv) > 1e-6*math.Abs(wv) || got.PeriodEnd != wend {
				t.Errorf("%s %s: %v %s, counted %s", name, rv.Region, rv.Value, got.PeriodEnd, w)
			}
		}
	}
	if cells != 32 {
		t.Errorf("%d cells with a figure, counted 32", cells)
	}
}
