package chartset

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/keywords"
	"zhibiao/views/chart"
)

func source() Source {
	jimo := &data.Article{Region: "即墨区"}
	xihai := &data.Article{Region: "西海岸新区"}
	return Source{
		Articles: []*data.Article{jimo, xihai, xihai},
		Indicators: []data.Indicator{
			{Region: "即墨区", Indicator: "新增就业", Value: 34000, Unit: "人", Theme: "稳就业", Article: jimo},
			{Region: "西海岸新区", Indicator: "新增就业", Value: 82500, Unit: "人", Theme: "稳就业", Article: xihai},
			{Region: "西海岸新区", Indicator: "固定资产投资增速", Value: 8, Unit: "%", Theme: "稳投资", Article: xihai},
		},
		Keywords: map[string][]keywords.WordScore{"西海岸新区": {{Word: "投资", Z: 3.2, Count: 11, Rest: 11}, {Word: "项目", Z: 1.5, Count: 4, Rest: 6}}},
		Places:   places,
	}
}

func TestRenderAllNamesEveryChartWithData(t *testing.T) {
	files, err := RenderAll(source(), Options{Format: chart.SVG, Width: 640, Height: 360})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
		if !strings.Contains(string(f.Data), "<svg") {
			t.Errorf("%s is not an SVG", f.Name)
		}
	}
	want := []string{"keywords-西海岸新区", "map-新增就业", "map-固定资产投资增速", "overview", "regions-新增就业", "regions-固定资产投资增速", "themes"}
	slices.Sort(names)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("files %v, want %v", names, want)
	}
}

func TestRenderOneAndErrors(t *testing.T) {
	src := source()
	opt := Options{Format: chart.PNG, Width: 640, Height: 360, Indicator: "新增就业"}
	files, err := Render(src, "regions", opt)
	if err != nil || len(files) != 1 || files[0].Name != "regions-新增就业" {
		t.Fatalf("regions: %v %v", files, err)
	}
	if _, err := Render(src, "pie", opt); err == nil || !strings.Contains(err.Error(), "unknown chart") {
		t.Errorf("unknown chart: %v", err)
	}
	opt.Regions = []string{"大连市"}
	if _, err := Render(src, "regions", opt); !errors.Is(err, chart.ErrNoData) {
		t.Errorf("region without figures: %v, want ErrNoData", err)
	}
	if _, err := Render(src, "keywords", Options{Format: chart.PNG, Width: 640, Height: 360}); err == nil {
		t.Error("keywords without a region succeeded")
	}
	if _, err := RenderAll(Source{Places: places}, Options{Format: chart.PNG, Width: 640, Height: 360}); !errors.Is(err, chart.ErrNoData) {
		t.Errorf("empty source: %v, want ErrNoData", err)
	}
	noPlaces := src
	noPlaces.Places = nil
	if _, err := Render(noPlaces, "regions", Options{Format: chart.PNG, Width: 640, Height: 360}); !errors.Is(err, errNoPlaces) {
		t.Errorf("source without Places: %v, want errNoPlaces (no gazetteer of its own)", err)
	}
}

// TestMapLeavesOutUntickedRegions: regions with a figure that are not among
// the regions asked for are drawn neutral, not 无数据, and off-map figures
// are reported.
func TestMapLeavesOutUntickedRegions(t *testing.T) {
	src := source()
	var warned []string
	opt := Options{Indicator: "新增就业", Regions: []string{"即墨区"}, Format: chart.SVG, Width: 640, Height: 360,
		Warn: func(format string, args ...any) { warned = append(warned, fmt.Sprintf(format, args...)) }}
	files, err := Render(src, "map", opt)
	if err != nil {
		t.Fatal(err)
	}
	svg := string(files[0].Data)
	if strings.Contains(svg, "西海岸新区：无数据") || !strings.Contains(svg, "<title>西海岸新区</title>") {
		t.Error("西海岸新区, left out, is described as 无数据 or not at all")
	}
	if !strings.Contains(svg, "莱西市：无数据") {
		t.Error("莱西市 has no figure but is not 无数据")
	}
	// 光明区 (深圳, 2018) has no boundary: assets/geo/known-gaps.tsv
	src.Indicators = append(src.Indicators, data.Indicator{Region: "光明区", Indicator: "新增就业", Value: 1000, Unit: "人", Article: &data.Article{}})
	opt.Regions = nil
	if _, err := Render(src, "map", opt); err != nil {
		t.Fatal(err)
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "光明区") {
		t.Errorf("warnings %q, want one naming 光明区, which has no boundary", warned)
	}
}

func TestMapRequest(t *testing.T) {
	rvs := []compare.RegionValue{
		{Region: "即墨区", Value: 34000, Unit: "人", Count: 1},
		{Region: "西海岸新区", Value: 52000, Unit: "人", Count: 2},
		{Region: "崂山区", Value: math.NaN(), Count: 0},
	}
	r := MapRequest(chart.Locale{}, rvs, "新增就业", []string{"城阳区"}, true)
	if r.Unit != "人" || len(r.Values) != 2 || r.Values["西海岸新区"] != 52000 || !r.Dark ||
		!slices.Equal(r.Neutral, []string{"城阳区"}) || !strings.HasPrefix(r.Title, "新增就业（人）") {
		t.Errorf("MapRequest = %+v", r)
	}
}
