package geomap

import (
	"os"
	"path/filepath"
	"testing"
)

// sampleCases are the maps issue 15 asks for: a city's districts, a city's
// counties, a province's cities, a city with its own districts, every
// province.
func sampleCases() []struct {
	name   string
	values map[string]float64
	unit   string
} {
	return []struct {
		name   string
		values map[string]float64
		unit   string
	}{
		{"xian", map[string]float64{"新城区": 8.1, "碑林区": 7.2, "莲湖区": 6.5, "雁塔区": 9.8, "未央区": 7.7, "灞桥区": 5.9,
			"长安区": 6.1, "临潼区": 4.2, "阎良区": 3.9, "高陵区": 5.5, "鄠邑区": 4.8, "蓝田县": 3.1, "周至县": 2.7}, "%"},
		{"fuyang", map[string]float64{"颍州区": 52000, "颍东区": 31000, "颍泉区": 27000, "临泉县": 61000, "太和县": 58000,
			"阜南县": 44000, "颍上县": 47000, "界首市": 22000}, "人"},
		{"hubei", map[string]float64{"武汉市": 17716.8, "黄石市": 1641.3, "十堰市": 1915.1, "宜昌市": 4261.4, "襄阳市": 4601.97,
			"鄂州市": 1140.1, "荆门市": 1906.4, "孝感市": 2193.6, "荆州市": 2369.0, "黄冈市": 2169.6, "咸宁市": 1524.7,
			"随州市": 1123.0, "恩施土家族苗族自治州": 1117.7, "仙桃市": 827.0, "潜江市": 765.2, "天门市": 620.9, "神农架林区": 28.6}, "亿元"},
		{"qingdao-mix", map[string]float64{"青岛市": 12400, "即墨区": 1520, "西海岸新区": 3720, "崂山区": 1030}, "亿元"},
		{"provinces", map[string]float64{"北京": 6.1, "天津": 6.6, "河北": 6.8, "山西": 6.2, "内蒙古": 5.2, "辽宁": 5.5, "吉林": 3.0,
			"黑龙江": 4.2, "上海": 6.0, "江苏": 6.1, "浙江": 6.8, "安徽": 7.5, "福建": 7.6, "江西": 8.0, "山东": 5.5, "河南": 7.0,
			"湖北": 7.5, "湖南": 7.6, "广东": 6.2, "广西": 6.0, "海南": 5.8, "重庆": 6.3, "四川": 7.4, "贵州": 8.3, "云南": 8.1,
			"西藏": 8.1, "陕西": 6.0, "甘肃": 6.2, "青海": 6.3, "宁夏": 6.5, "新疆": 6.2}, "%"},
	}
}

// TestWriteSamples writes sample renderings to $MAPCHECK_DIR for eyeballing
// (PNG and SVG, light and dark).
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("MAPCHECK_DIR")
	if dir == "" {
		t.Skip("MAPCHECK_DIR not set")
	}
	a := NewAtlas(places, nil)
	for _, tc := range sampleCases() {
		for _, dark := range []bool{false, true} {
			c, err := a.Choropleth(Request{Values: tc.values, Unit: tc.unit, Period: "2021年", Title: tc.name + " 测试 <&>", Note: "来源：测试数据", Dark: dark})
			if err != nil {
				t.Fatal(err)
			}
			name := tc.name
			if dark {
				name += "-dark"
			}
			for _, f := range []string{"png", "svg"} {
				b, err := c.Encode(f, 900, 640)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name+"."+f), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Logf("%s: map %s (%s), off the map %v", name, c.Map.Name, c.Map.Level, c.OffMap())
		}
	}
}
