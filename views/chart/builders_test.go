package chart

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"zhibiao/data"
	"zhibiao/data/compare"
)

// figures are hand-built indicators for two regions with different periods.
func figures() []data.Indicator {
	jimo := &data.Article{Year: 2020}
	xihai := &data.Article{Year: 2023}
	return []data.Indicator{
		{Region: "即墨区", Indicator: "新增就业", Value: 34000, Unit: "人", Period: "上半年", Sentence: "上半年新增就业3.4万人", Article: jimo, Theme: "稳就业"},
		{Region: "西海岸新区", Indicator: "新增就业", Value: 81000, Unit: "人", Qualifier: "余", Sentence: "新增就业8.1万余人", Article: xihai, Theme: "稳就业"},
		{Region: "即墨区", Indicator: "减税降费", Value: 810000000, Unit: "元", Qualifier: "余", Sentence: "减税降费8.1亿余元", Article: jimo, Theme: "保市场主体"},
		{Region: "西海岸新区", Indicator: "新增市场主体", Value: 5000, Unit: "户", Sentence: "新增市场主体5000户", Article: xihai, Theme: "保市场主体"},
		{Region: "西海岸新区", Indicator: "固定资产投资增速", Value: 7.4, Unit: "%", Sentence: "增长7.4%", Article: xihai, Theme: "稳投资"},
	}
}

func TestRegionBar(t *testing.T) {
	rv := compare.RegionValues(figures(), "新增就业", []string{"即墨区", "西海岸新区", "崂山区"})
	spec := RegionBar(rv, "新增就业", false)
	if !reflect.DeepEqual(spec.Labels, []string{"即墨区", "西海岸新区", "崂山区"}) {
		t.Errorf("labels %v", spec.Labels)
	}
	if spec.Values[0] != 34000 || spec.Values[1] != 81000 || !math.IsNaN(spec.Values[2]) {
		t.Errorf("values %v", spec.Values)
	}
	if want := []string{"3.4万人", "8.1万余人", "无数据"}; !reflect.DeepEqual(spec.ValueLabels, want) {
		t.Errorf("value labels %v, want %v", spec.ValueLabels, want)
	}
	if !strings.Contains(spec.Title, "新增就业") || !strings.Contains(spec.Title, "人") {
		t.Errorf("title %q lacks indicator or unit", spec.Title)
	}
	for _, want := range []string{"即墨区 2020年上半年", "西海岸新区 2023年", "崂山区无数据"} {
		if !strings.Contains(spec.Note, want) {
			t.Errorf("note %q lacks %q", spec.Note, want)
		}
	}
	b, err := Render(spec, SVG)
	if err != nil {
		t.Fatal(err)
	}
	text := svgCharData(t, b)
	for _, want := range []string{"即墨区", "西海岸新区", "3.4万人", "无数据", "注意"} {
		if !strings.Contains(text, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestRegionBarSamePeriodInTitle(t *testing.T) {
	inds := figures()
	inds[1].Article = inds[0].Article
	inds[1].Period = "上半年"
	spec := RegionBar(compare.RegionValues(inds, "新增就业", nil), "新增就业", true)
	if !strings.Contains(spec.Title, "2020年上半年") || spec.Note != "" {
		t.Errorf("title %q note %q: want the shared period in the title and no note", spec.Title, spec.Note)
	}
	if spec.Labels[0] != "西海岸新区" {
		t.Errorf("all regions should come largest first: %v", spec.Labels)
	}
}

func TestRegionBarEmpty(t *testing.T) {
	spec := RegionBar(compare.RegionValues(figures(), "不存在", nil), "不存在", false)
	if _, err := Render(spec, PNG); err == nil {
		t.Error("empty region chart rendered")
	}
	spec = RegionBar(compare.RegionValues(figures(), "不存在", []string{"即墨区"}), "不存在", false)
	if _, err := Render(spec, PNG); err == nil {
		t.Error("region chart with no figure at all rendered")
	}
}

func TestThemeEmphasis(t *testing.T) {
	counts := compare.ThemeCounts(figures(), nil)
	spec := ThemeEmphasis(counts, nil, false)
	if spec.Kind != Stacked {
		t.Errorf("kind %v", spec.Kind)
	}
	if want := []string{"西海岸新区", "即墨区"}; !reflect.DeepEqual(spec.Labels, want) {
		t.Errorf("regions %v, want %v (busiest first)", spec.Labels, want)
	}
	var names []string
	for _, s := range spec.Series {
		names = append(names, s.Name)
		if s.Color == "" {
			t.Errorf("theme %s has no colour", s.Name)
		}
	}
	if want := []string{"稳就业", "稳投资", "保市场主体"}; !reflect.DeepEqual(names, want) {
		t.Errorf("themes %v, want %v in DESIGN order", names, want)
	}
	if got := spec.Series[2].Values; !reflect.DeepEqual(got, []float64{1, 1}) {
		t.Errorf("保市场主体 counts %v", got)
	}
	b, err := Render(spec, SVG)
	if err != nil {
		t.Fatal(err)
	}
	if text := svgCharData(t, b); !strings.Contains(text, "保市场主体") || !strings.Contains(text, "西海岸新区") {
		t.Error("theme SVG lacks legend or regions")
	}
}

func TestThemeRank(t *testing.T) {
	if r, c := themeRank("六保·保市场主体"); r != 8 || c == "" {
		t.Errorf("prefixed theme ranked %d %q", r, c)
	}
	if r, _ := themeRank("其他"); r != 12 {
		t.Errorf("unknown theme ranked %d", r)
	}
}
