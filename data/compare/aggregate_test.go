package compare

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"zhibiao/data"
)

// fig builds a hand-made indicator.
func fig(region, indicator string, v float64, unit, period string, year int) data.Indicator {
	return data.Indicator{
		Region: region, Indicator: indicator, Value: v, Unit: unit, Period: period,
		Sentence: region + indicator + period, Article: &data.Article{Year: year},
	}
}

// target marks ind as a goal.
func target(ind data.Indicator) data.Indicator { ind.Target = true; return ind }

// withSentence gives ind its own sentence (distinct figures).
func withSentence(ind data.Indicator, s string) data.Indicator { ind.Sentence = s; return ind }

func TestRegionValues(t *testing.T) {
	inds := []data.Indicator{
		0: fig("即墨区", "新增就业", 34000, "人", "上半年", 2020),
		1: fig("西海岸新区", "新增就业", 81000, "人", "", 2023),
		2: withSentence(fig("即墨区", "新增就业", 12000, "人", "一季度", 2020), "一季度新增就业1.2万人"),
		3: target(withSentence(fig("即墨区", "新增就业", 60000, "人", "全年", 2020), "全年目标6万人")),
		4: fig("崂山区", "新增就业", 5.1, "%", "上半年", 2020),
		5: fig("即墨区", "减税降费", 810000000, "元", "", 2020),
		6: fig("即墨区", "新增就业", 34000, "人", "上半年", 2020), // repeated sentence
		7: target(fig("李沧区", "新增就业", 20000, "人", "", 2021)),
	}
	got := RegionValues(inds, "新增就业", []string{"即墨区", "西海岸新区", "崂山区", "李沧区", "大连市"})
	want := []struct {
		region string
		value  float64
		period string
		count  int
		target bool
		refs0  int
	}{
		{"即墨区", 34000, "2020年上半年", 3, false, 0}, // result beats the later target; 一季度 is earlier
		{"西海岸新区", 81000, "2023年", 1, false, 1},
		{"崂山区", math.NaN(), "", 0, false, 4}, // only a % figure: not comparable with 人
		{"李沧区", 20000, "2021年", 1, true, 7},
		{"大连市", math.NaN(), "", 0, false, -1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d values, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Region != w.region || !sameFloat(g.Value, w.value) || g.Period != w.period ||
			g.Count != w.count || g.Target != w.target || g.Unit != "人" {
			t.Errorf("%d: got %+v, want %+v", i, g, w)
		}
		if w.refs0 >= 0 && (len(g.Refs) == 0 || g.Refs[0] != w.refs0) {
			t.Errorf("%s: refs %v, want first %d", w.region, g.Refs, w.refs0)
		}
		if w.refs0 < 0 && len(g.Refs) != 0 {
			t.Errorf("%s: refs %v, want none", w.region, g.Refs)
		}
	}
	if !reflect.DeepEqual(got[0].Refs, []int{0, 2, 3}) {
		t.Errorf("即墨区 refs %v, want [0 2 3] (repeat dropped)", got[0].Refs)
	}
	if !strings.Contains(got[2].Note, "其他单位") {
		t.Errorf("崂山区 note %q should say its figure has another unit", got[2].Note)
	}
}

func TestRegionValuesLatestPeriod(t *testing.T) {
	inds := []data.Indicator{
		withSentence(fig("即墨区", "固定资产投资增速", 7.4, "%", "1-5月", 2020), "a"),
		withSentence(fig("即墨区", "固定资产投资增速", 9.1, "%", "前三季度", 2020), "b"),
		withSentence(fig("即墨区", "固定资产投资增速", 8.0, "%", "上半年", 2020), "c"),
		withSentence(fig("即墨区", "固定资产投资增速", 3.0, "%", "全年", 2019), "d"),
	}
	got := RegionValues(inds, "固定资产投资增速", nil)
	if len(got) != 1 || got[0].Value != 9.1 || got[0].Period != "2020年前三季度" {
		t.Fatalf("got %+v, want 9.1 for 2020年前三季度", got)
	}
	if got[0].Count != 4 || !strings.Contains(got[0].Note, "共4处") {
		t.Errorf("count %d note %q", got[0].Count, got[0].Note)
	}
}

func TestRegionValuesAllRegionsSorted(t *testing.T) {
	inds := []data.Indicator{
		fig("即墨区", "新增市场主体", 100, "户", "", 2020),
		fig("崂山区", "新增市场主体", 300, "户", "", 2020),
		fig("李沧区", "新增市场主体", 200, "户", "", 2020),
		fig("", "新增市场主体", 999, "户", "", 2020), // no region: left out
		fig("大连市", "减税降费", 5, "元", "", 2020),
	}
	got := RegionValues(inds, "新增市场主体", nil)
	var regions []string
	for _, rv := range got {
		regions = append(regions, rv.Region)
	}
	if want := []string{"崂山区", "李沧区", "即墨区"}; !reflect.DeepEqual(regions, want) {
		t.Errorf("regions %v, want %v", regions, want)
	}
	if got := RegionValues(inds, "不存在", nil); len(got) != 0 {
		t.Errorf("unknown indicator gave %+v", got)
	}
}

func TestPeriodLabel(t *testing.T) {
	tests := []struct {
		period string
		year   int
		date   string
		want   string
		wantY  int
	}{
		{"上半年", 2020, "", "2020年上半年", 2020},
		{"2023年1-5月", 2020, "", "2023年1-5月", 2023},
		{"今年前三季度", 2021, "", "2021年前三季度", 2021},
		{"去年", 2021, "", "2020年", 2020},
		{"截至3月15日", 2020, "", "截至2020年3月15日", 2020},
		{"", 2022, "", "2022年", 2022},
		{"", 0, "2020-07-23", "2020年", 2020},
		{"", 0, "", "时期不详", 0},
		{"一季度", 0, "", "一季度", 0},
	}
	for _, tc := range tests {
		ind := data.Indicator{Period: tc.period, Date: tc.date, Article: &data.Article{Year: tc.year}}
		got, y := PeriodLabel(ind)
		if got != tc.want || y != tc.wantY {
			t.Errorf("PeriodLabel(%q, %d) = %q, %d; want %q, %d", tc.period, tc.year, got, y, tc.want, tc.wantY)
		}
	}
}

func TestPeriodEndMonth(t *testing.T) {
	tests := map[string]int{
		"2020年上半年": 6, "2020年1-5月份": 5, "2020年前三季度": 9, "2020年一季度": 3,
		"2020年全年": 12, "截至2020年3月15日": 3, "2020年一至五月": 5, "2020年": 0, "时期不详": 0,
	}
	for label, want := range tests {
		if got := periodEndMonth(label); got != want {
			t.Errorf("periodEndMonth(%q) = %d, want %d", label, got, want)
		}
	}
}

// TestCommonPeriod: the period shared by the regions with a figure, or ""
// when they differ. (The chart's note built on it is tested in
// views/chart.)
func TestCommonPeriod(t *testing.T) {
	same := []RegionValue{
		{Region: "即墨区", Period: "2020年上半年", Count: 1},
		{Region: "西海岸新区", Period: "2020年上半年", Count: 2},
		{Region: "崂山区", Value: math.NaN()},
	}
	if p := CommonPeriod(same); p != "2020年上半年" {
		t.Errorf("CommonPeriod = %q", p)
	}
	mixed := []RegionValue{
		{Region: "即墨区", Period: "2020年上半年", Count: 1},
		{Region: "西海岸新区", Period: "2023年", Count: 1, Target: true},
	}
	if p := CommonPeriod(mixed); p != "" {
		t.Errorf("CommonPeriod of mixed = %q", p)
	}
}

func TestIndicators(t *testing.T) {
	inds := []data.Indicator{
		{Indicator: "减税降费"}, {Indicator: "新增就业"}, {Indicator: "新增就业"},
		{Indicator: ""}, {Indicator: "复工率"}, {Indicator: "新增就业"}, {Indicator: "减税降费"},
	}
	want := []NameCount{{"新增就业", 3}, {"减税降费", 2}, {"复工率", 1}}
	if got := IndicatorCounts(inds); !reflect.DeepEqual(got, want) {
		t.Errorf("IndicatorCounts = %v, want %v", got, want)
	}
	if got := Indicators(inds); !reflect.DeepEqual(got, []string{"新增就业", "减税降费", "复工率"}) {
		t.Errorf("Indicators = %v", got)
	}
	if got := Indicators(nil); len(got) != 0 {
		t.Errorf("Indicators(nil) = %v", got)
	}
}

func TestThemeCounts(t *testing.T) {
	inds := []data.Indicator{
		{Region: "即墨区", Theme: "稳就业"}, {Region: "即墨区", Theme: "稳就业"},
		{Region: "即墨区", Theme: "保市场主体"}, {Region: "崂山区", Theme: "稳投资"},
		{Region: "即墨区", Theme: ""}, {Region: "", Theme: "稳就业"},
	}
	all := ThemeCounts(inds, nil)
	want := map[string]map[string]int{
		"即墨区": {"稳就业": 2, "保市场主体": 1},
		"崂山区": {"稳投资": 1},
	}
	if !reflect.DeepEqual(all, want) {
		t.Errorf("ThemeCounts(nil) = %v, want %v", all, want)
	}
	some := ThemeCounts(inds, []string{"崂山区", "大连市"})
	want = map[string]map[string]int{"崂山区": {"稳投资": 1}, "大连市": {}}
	if !reflect.DeepEqual(some, want) {
		t.Errorf("ThemeCounts(regions) = %v, want %v", some, want)
	}
}

// sameFloat compares floats, NaN equal to NaN.
func sameFloat(a, b float64) bool {
	return a == b || math.IsNaN(a) && math.IsNaN(b)
}
