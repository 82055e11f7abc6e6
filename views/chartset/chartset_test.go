package chartset

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"zhibiao/data"
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
		Keywords: map[string][]data.WordScore{"西海岸新区": {{Word: "投资", Z: 3.2, Count: 11, Rest: 11}, {Word: "项目", Z: 1.5, Count: 4, Rest: 6}}},
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
	want := []string{"keywords-西海岸新区", "map-新增就业", "map-固定资产投资增速", "regions-新增就业", "regions-固定资产投资增速", "themes"}
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
	if _, err := RenderAll(Source{}, Options{Format: chart.PNG, Width: 640, Height: 360}); !errors.Is(err, chart.ErrNoData) {
		t.Errorf("empty source: %v, want ErrNoData", err)
	}
}
