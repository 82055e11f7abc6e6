package chartset

import (
	"context"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"zhibiao/data/compare"
	"zhibiao/data/corpus"
	"zhibiao/data/extract"
	"zhibiao/views/chart"
)

// The folder testdata/percapita holds 2022 bulletins of 山东省, 青岛市,
// 济南市 and three districts of 青岛市 (SOURCES.tsv names each source):
// every one gives 地区生产总值, the province and the two cities and
// 西海岸新区 also their year-end 常住人口; 即墨区 and 城阳区 give none.

// perCapitaByHand and shareByHand are worked out by hand from the
// published figures (亿元 × 1e8 ÷ 万人 × 1e4; district ÷ city, city ÷
// province); NaN: no denominator in the corpus.
var (
	perCapitaByHand = map[string]float64{
		"山东省":   87435.1e8 / 10162.79e4, // 86034.54 元/人
		"青岛市":   14920.75e8 / 1034.21e4, // 144271.96
		"济南市":   12027.5e8 / 941.5e4,    // 127748.27
		"西海岸新区": 4691.85e8 / 199.35e4,   // 235357.41
		"即墨区":   math.NaN(),
		"城阳区":   math.NaN(),
	}
	shareByHand = map[string]float64{
		"青岛市":   17.06, // of 山东省
		"济南市":   13.76, // of 山东省
		"西海岸新区": 31.45, // of 青岛市
		"即墨区":   10.14,
		"城阳区":   9.04,
		"山东省":   math.NaN(), // no 全国 figure
	}
)

func perCapitaCorpus(t *testing.T) Source {
	t.Helper()
	c, err := corpus.New(places).Open(context.Background(), "testdata/percapita", nil)
	if err != nil {
		t.Fatal(err)
	}
	return Source{Articles: c.Articles, Indicators: c.Indicators, Places: places}
}

func TestDerivedChartsMatchHandCount(t *testing.T) {
	src := perCapitaCorpus(t)
	for _, tc := range []struct {
		per  string
		want map[string]float64
		note []string
	}{
		{PerCapita, perCapitaByHand, []string{"无人口数字：", "即墨区 2022年", "城阳区 2022年"}},
		{PerShare, shareByHand, []string{"无上级总量：山东省 2022年"}},
	} {
		opt := Options{Indicator: "地区生产总值", Per: tc.per, Format: chart.SVG, Width: 960, Height: 540}
		charts, err := Build(src, "regions", opt)
		if err != nil {
			t.Fatalf("%s: %v", tc.per, err)
		}
		spec := charts[0].Spec
		if len(spec.Labels) != len(tc.want) {
			t.Fatalf("%s: regions %v, want %d", tc.per, spec.Labels, len(tc.want))
		}
		for i, r := range spec.Labels {
			got, want := spec.Values[i], tc.want[r]
			if math.IsNaN(got) != math.IsNaN(want) || !math.IsNaN(want) && math.Abs(got-want) > 0.01 {
				t.Errorf("%s %s = %v, want %v", tc.per, r, got, want)
			}
			refs := charts[0].Refs[chart.Mark{Label: i}]
			if !math.IsNaN(want) && len(refs) != 2 {
				t.Errorf("%s %s: refs %v, want the level's sentence and the denominator's", tc.per, r, refs)
			}
		}
		for _, n := range tc.note {
			if !strings.Contains(spec.Note, n) {
				t.Errorf("%s: note %q lacks %q", tc.per, spec.Note, n)
			}
		}
		if !strings.Contains(spec.Title, "2022年") {
			t.Errorf("%s: title %q lacks the common period", tc.per, spec.Title)
		}
	}
}

func TestDerivedChartSourcesNameBothFigures(t *testing.T) {
	src := perCapitaCorpus(t)
	// 青岛市's share divides its figure by 山东省's: both outlets are named.
	charts, err := Build(src, "regions", Options{Indicator: "地区生产总值", Per: PerShare, Regions: []string{"青岛市"}})
	if err != nil {
		t.Fatal(err)
	}
	if s := charts[0].Spec.Source; !strings.Contains(s, "观点网") || !strings.Contains(s, "qingdao_2022.txt") {
		t.Errorf("source line %q does not name both figures' articles", s)
	}
}

func TestDerivedChartWithoutDenominators(t *testing.T) {
	src := perCapitaCorpus(t)
	_, err := Build(src, "regions", Options{Indicator: "地区生产总值", Per: PerCapita, Regions: []string{"即墨区", "城阳区"}})
	var noDen *NoDenominatorError
	if !errors.As(err, &noDen) || !errors.Is(err, chart.ErrNoData) || !strings.Contains(noDen.Note, "无人口数字：即墨区") {
		t.Errorf("err %v: want a NoDenominatorError naming 即墨区", err)
	}
	if _, err := Build(src, "regions", Options{Indicator: "地区生产总值增速", Per: PerShare}); !errors.Is(err, compare.ErrNotLevel) {
		t.Errorf("share of a growth rate: err %v, want ErrNotLevel", err)
	}
	files, err := Render(src, "regions", Options{All: true, Per: PerCapita, Format: chart.SVG, Width: 960, Height: 540})
	got := names(files)
	if err != nil || !slices.Contains(got, "regions-地区生产总值-per_capita") {
		t.Errorf("-all -per capita: %v, %v: want 地区生产总值's chart", got, err)
	}
	for _, n := range got { // growth rates and counts are skipped, not failed
		if !strings.HasSuffix(n, "-per_capita") || extract.IndicatorKind(strings.TrimSuffix(strings.TrimPrefix(n, "regions-"), "-per_capita")) != "level" {
			t.Errorf("-all -per capita wrote %s", n)
		}
	}
}

func names(files []File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Name)
	}
	return out
}
