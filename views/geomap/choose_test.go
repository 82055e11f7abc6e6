package geomap

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	imagecolor "image/color"

	"zhibiao/assets/geo"
	"zhibiao/data/region"
	"zhibiao/views/chart"
)

// figures gives each region the figure 1.
func figures(regions ...string) map[string]float64 {
	values := map[string]float64{}
	for _, r := range regions {
		values[r] = 1
	}
	return values
}

func TestChoose(t *testing.T) {
	a := NewAtlas(places, nil)
	tests := []struct {
		values    map[string]float64
		want, lvl string
		under     []string // coarser regions drawn beneath
		off       []string // regions with figures the map does not show
	}{
		{figures("即墨区", "西海岸新区"), "青岛市", LevelCounty, nil, nil},
		{figures("即墨市", "黄岛区", "全国"), "青岛市", LevelCounty, nil, []string{"全国"}},
		{figures("崂山区", "青岛"), "青岛市", LevelCounty, []string{"青岛市"}, nil},
		{figures("金州区", "长海县"), "大连市", LevelCounty, nil, nil},
		{figures("山东", "辽宁省"), "中国", LevelProvince, nil, nil},
		{figures("青岛市"), "山东省", LevelCity, nil, nil},
		{figures("雁塔区", "长安区", "蓝田县"), "西安市", LevelCounty, nil, nil},
		{figures("临泉县", "太和县", "界首市"), "阜阳市", LevelCounty, nil, nil},
		{figures("临泉县", "蒙城县"), "安徽省", LevelCounty, nil, nil},               // two cities' counties: the province
		{figures("武汉市", "宜昌市", "仙桃市", "神农架林区"), "湖北省", LevelCity, nil, nil}, // cities and the counties beside them
		{figures("武汉市", "长沙市"), "中国", LevelCity, nil, nil},
		{figures("即墨区", "金州区"), "辽宁省、山东省", LevelCounty, nil, nil},
		{figures("海淀区", "朝阳区"), "北京市", LevelCity, nil, nil}, // a municipality's districts
		{figures("即墨区", "火星"), "青岛市", LevelCounty, nil, []string{"火星"}},
		{figures("即墨区", "光明区"), "青岛市", LevelCounty, nil, []string{"光明区"}}, // 光明区 has no boundary (a known gap)
		{figures("湖北省", "武汉市"), "湖北省", LevelCity, []string{"湖北省"}, nil},
	}
	for _, tc := range tests {
		m, err := a.Choose(tc.values)
		if err != nil {
			t.Errorf("Choose(%v): %v", tc.values, err)
			continue
		}
		if m.Name != tc.want || m.Level != tc.lvl {
			t.Errorf("Choose(%v) = %s (%s), want %s (%s)", tc.values, m.Name, m.Level, tc.want, tc.lvl)
		}
		var under []string
		for _, f := range m.Features {
			if f.Underlay {
				under = append(under, f.Name)
			}
		}
		if !slices.Equal(under, tc.under) {
			t.Errorf("Choose(%v): beneath %v, want %v", tc.values, under, tc.under)
		}
		c := Choropleth{Map: m, Values: tc.values}
		if off := c.OffMap(); !slices.Equal(off, tc.off) {
			t.Errorf("Choose(%v): off the map %v, want %v", tc.values, off, tc.off)
		}
	}
}

func TestChooseErrors(t *testing.T) {
	a := NewAtlas(places, nil)
	for _, values := range []map[string]float64{figures("火星", "某街道"), figures("全国"), figures("光明区", "钱塘区")} {
		m, err := a.Choose(values)
		var nm *NoMapError
		if !errors.As(err, &nm) {
			t.Errorf("Choose(%v) = %v, %v; want a NoMapError", values, m, err)
			continue
		}
		for r := range values {
			if !strings.Contains(err.Error(), r) {
				t.Errorf("error %q does not name %s", err, r)
			}
		}
		if strings.Contains(err.Error(), "[") {
			t.Errorf("error %q prints a Go slice", err)
		}
	}
	for _, values := range []map[string]float64{nil, {"即墨区": math.NaN()}} {
		if _, err := a.Choose(values); !errors.Is(err, chart.ErrNoData) {
			t.Errorf("Choose(%v) = %v, want ErrNoData", values, err)
		}
	}
}

// TestAtlasReadsEachFileOnce: many goroutines asking for maps read each
// boundary file once and share one copy of each map.
func TestAtlasReadsEachFileOnce(t *testing.T) {
	var reads sync.Map
	a := NewAtlas(places, func(code string) ([]byte, error) {
		n, _ := reads.LoadOrStore(code, new(atomic.Int32))
		n.(*atomic.Int32).Add(1)
		return readEmbedded(code)
	})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := a.Choose(figures("即墨区", "西海岸新区")); err != nil {
				t.Error(err)
			}
			if _, err := a.Choose(figures("山东", "湖北")); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	reads.Range(func(k, v any) bool {
		if n := v.(*atomic.Int32).Load(); n != 1 {
			t.Errorf("file %s read %d times", k, n)
		}
		return true
	})
	if _, ok := reads.Load("420000"); ok {
		t.Error("湖北's county file read for a map of provinces")
	}
	m1, _ := a.Choose(figures("即墨区"))
	m2, _ := a.Choose(figures("西海岸新区"))
	if m1 != m2 {
		t.Error("two choices of 青岛市 gave two copies of the map")
	}
}

// TestGazetteerCountiesHaveShapes: every county-level division (and city)
// of the gazetteer has a boundary, or is listed in assets/geo/known-gaps.tsv;
// and every listed gap really has none.
func TestGazetteerCountiesHaveShapes(t *testing.T) {
	gaps := readGaps(t)
	a := NewAtlas(places, nil)
	g := region.Default()
	have := map[string]bool{}
	for code := 110000; code <= 829999; code += 10000 {
		bf, err := a.files.get(fmt.Sprintf("%06d", code))
		if err != nil {
			continue
		}
		for _, f := range bf.raw.Features {
			if f.Code != "" && len(f.Rings) > 0 {
				have[f.Code] = true
			}
		}
	}
	missing, counties := 0, 0
	for code := 110000; code <= 829999; code++ {
		r, ok := g.ByCode(fmt.Sprintf("%06d", code))
		if !ok || r.Level == region.Province {
			continue
		}
		if r.Level == region.County {
			counties++
		}
		switch {
		case !have[r.Code] && !gaps[r.Code]:
			t.Errorf("%s %s (%s, %s) has no boundary and is not a listed gap", r.Code, r.Name, r.Level, r.Parent)
		case have[r.Code] && gaps[r.Code]:
			t.Errorf("%s %s is listed as a gap but has a boundary", r.Code, r.Name)
		case !have[r.Code]:
			missing++
		}
	}
	t.Logf("%d county-level divisions; %d divisions without a boundary (known gaps)", counties, missing)
	if missing != len(gaps) {
		t.Errorf("%d gaps listed, %d found", len(gaps), missing)
	}
}

func readGaps(t *testing.T) map[string]bool {
	b, err := geo.FS.ReadFile("known-gaps.tsv")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out[strings.Split(l, "\t")[0]] = true
		}
	}
	return out
}

// TestOldNamesJoin: old and other names of a division find its boundary.
func TestOldNamesJoin(t *testing.T) {
	a := NewAtlas(places, nil)
	for old, want := range map[string]string{"黄岛区": "西海岸新区", "即墨市": "即墨区", "普兰店市": "普兰店区", "鄂温克族自治旗": "鄂温克族自治旗"} {
		m, err := a.Choose(figures(old))
		if err != nil {
			t.Errorf("%s: %v", old, err)
			continue
		}
		if _, ok := m.Feature(m.Resolve(old)); !ok || m.Resolve(old) != want {
			t.Errorf("%s resolves to %q on map %s, want %s", old, m.Resolve(old), m.Name, want)
		}
	}
}

// TestNeutralRegions: regions left out of the comparison get a flat neutral
// fill, no 无数据 hatching, and a 未勾选 legend entry.
func TestNeutralRegions(t *testing.T) {
	a := NewAtlas(places, nil)
	c, err := a.Choropleth(Request{Values: figures("即墨区"), Neutral: []string{"黄岛区", "即墨区"}})
	if err != nil {
		t.Fatal(err)
	}
	c.NoLabels = true
	d := must(c.Draw(800, 600))
	at := func(region string) rgba {
		x, y, ok := d.LabelPoint(region)
		if !ok {
			t.Fatalf("no %s on the map", region)
		}
		return d.Image.RGBAAt(x, y)
	}
	if got := at("西海岸新区"); got != c.chrome().neutral {
		t.Errorf("left-out 西海岸新区 drawn %v, want the neutral %v", got, c.chrome().neutral)
	}
	if got := at("即墨区"); got == c.chrome().neutral {
		t.Error("即墨区 has a figure but is drawn neutral")
	}
	if got := at("莱西市"); got != c.chrome().noData && got != c.chrome().hatch {
		t.Errorf("莱西市 drawn %v, want 无数据", got)
	}
	if !c.IsNeutral("西海岸新区") || c.IsNeutral("即墨区") || c.IsNeutral("莱西市") {
		t.Error("IsNeutral wrong")
	}
	svg := string(must(c.RenderSVG(800, 600)))
	if strings.Contains(svg, "西海岸新区："+NoDataText) || !strings.Contains(svg, "未勾选") {
		t.Error("svg describes the left-out 西海岸新区 as 无数据, or has no 未勾选 legend entry")
	}
}

// TestLegendInEnglish: the legend's own words follow the Locale.
func TestLegendInEnglish(t *testing.T) {
	words := map[string]string{"单位：": "Unit: ", "无数据": "no data", "未勾选": "not ticked", "%s（全境）：%s": "%s (whole): %s"}
	loc := chart.Locale{English: true, Words: func(id string, _ int) string {
		if w, ok := words[id]; ok {
			return w
		}
		return id
	}}
	a := NewAtlas(places, nil)
	c, err := a.Choropleth(Request{Values: map[string]float64{"青岛市": 34000, "即墨区": 1200}, Neutral: []string{"崂山区"}, Unit: "人", Locale: loc})
	if err != nil {
		t.Fatal(err)
	}
	svg := string(must(c.RenderSVG(800, 600)))
	for _, w := range []string{"Unit: 人", "not ticked", "青岛市 (whole): 34,000 人"} {
		if !strings.Contains(svg, w) {
			t.Errorf("English legend lacks %q", w)
		}
	}
	for _, zh := range []string{"单位", "未勾选", "全境", "万"} {
		if strings.Contains(svg, zh) {
			t.Errorf("English legend has %q", zh)
		}
	}
}

type rgba = imagecolor.RGBA
