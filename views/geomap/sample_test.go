package geomap

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteSamples writes sample renderings to $MAPCHECK_DIR for eyeballing.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("MAPCHECK_DIR")
	if dir == "" {
		t.Skip("MAPCHECK_DIR not set")
	}
	cases := []struct {
		name    string
		values  map[string]float64
		unit    string
		dark    bool
		neutral []string
	}{
		{"qingdao", map[string]float64{"即墨区": 34000, "西海岸新区": 52000}, "人", false, nil},
		{"qingdao-full", map[string]float64{"市南区": 3, "市北区": 5, "李沧区": 4, "崂山区": 7.4, "城阳区": 6, "即墨市": 2.1, "黄岛区": 8, "胶州市": 1, "平度市": 9}, "%", true, nil},
		{"dalian", map[string]float64{"金州区": 1e9, "中山区": 3e8, "长海县": 2e7}, "元", false, nil},
		{"china", map[string]float64{"山东省": 5, "辽宁": 3, "广东": 9, "北京": 1}, "%", false, nil},
		{"qingdao-city", map[string]float64{"青岛市": 20000}, "元", false, nil},
		{"qingdao-city-dark", map[string]float64{"青岛": 20000}, "元", true, nil},
		{"qingdao-neutral", map[string]float64{"即墨区": 34000}, "人", false, []string{"西海岸新区"}},
		{"qingdao-neutral-dark", map[string]float64{"即墨区": 34000}, "人", true, []string{"西海岸新区"}},
	}
	a := NewAtlas(nil)
	for _, tc := range cases {
		for _, f := range []string{"png", "svg"} {
			m, err := a.Choose(tc.values)
			if err != nil {
				t.Fatal(err)
			}
			c := Choropleth{Map: m, Values: tc.values, Unit: tc.unit, Title: m.Name + " 新增就业 <&>", Note: "来源：测试数据", Dark: tc.dark, Highlight: "即墨区", Neutral: tc.neutral}
			var b []byte
			if f == "png" {
				b, err = c.RenderPNG(900, 640)
			} else {
				b, err = c.RenderSVG(900, 640)
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, tc.name+"."+f), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
