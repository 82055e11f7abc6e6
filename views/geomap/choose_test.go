package geomap

import (
	"errors"
	"image/color"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

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
	a := NewAtlas(nil)
	tests := []struct {
		values    map[string]float64
		want, lvl string
		off       []string // regions with figures the map does not show
	}{
		{figures("即墨区", "西海岸新区"), "青岛市", "district", nil},
		{figures("即墨市", "黄岛区", "全国"), "青岛市", "district", []string{"全国"}},
		{figures("崂山区", "青岛"), "青岛市", "district", []string{"青岛"}}, // the districts; the city's own figure is off the map
		{figures("金州区", "长海县"), "大连市", "district", nil},
		{figures("山东", "辽宁省"), "中国", "province", nil},
		// A city's own figure alone: the city drawn whole, not its districts all 无数据.
		{figures("青岛市"), "青岛市", "city", nil},
		{figures("大连"), "大连市", "city", nil},
		{map[string]float64{"青岛市": 5, "李沧区": math.NaN()}, "青岛市", "city", nil},
		// Two cities' districts: one city's map, not a China map with neither.
		{figures("即墨区", "金州区"), "青岛市", "district", []string{"金州区"}},
		{figures("即墨区", "金州区", "长海县"), "大连市", "district", []string{"即墨区"}},
		{figures("即墨区", "火星"), "青岛市", "district", []string{"火星"}},
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
		c := Choropleth{Map: m, Values: tc.values}
		if off := c.OffMap(); !slices.Equal(off, tc.off) {
			t.Errorf("Choose(%v): off the map %v, want %v", tc.values, off, tc.off)
		}
	}
}

func TestChooseErrors(t *testing.T) {
	a := NewAtlas(nil)
	for _, values := range []map[string]float64{figures("火星", "某街道"), figures("全国"), figures("历下区")} {
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

// TestAtlasParsesEachMapOnce: however often and from however many goroutines
// maps are chosen, each embedded map is parsed once.
func TestAtlasParsesEachMapOnce(t *testing.T) {
	var mu sync.Mutex
	parsed := map[string]int{}
	a := NewAtlas(func(name string) (*Map, error) {
		mu.Lock()
		parsed[name]++
		mu.Unlock()
		return Load(name)
	})
	var wg sync.WaitGroup
	var fails atomic.Int32
	for i := range 8 {
		wg.Go(func() {
			for _, v := range []map[string]float64{figures("即墨区"), figures("金州区"), figures("山东"), figures("青岛市")} {
				if _, err := a.Choropleth(Request{Values: v}); err != nil {
					fails.Add(1)
				}
			}
			if _, err := a.Map(Names()[i%len(Names())]); err != nil {
				fails.Add(1)
			}
		})
	}
	wg.Wait()
	if fails.Load() > 0 {
		t.Fatalf("%d failures", fails.Load())
	}
	for _, n := range Names() {
		if parsed[n] != 1 {
			t.Errorf("%s parsed %d times, want once", n, parsed[n])
		}
	}
	m1, _ := a.Choose(figures("即墨区"))
	m2, _ := a.Choose(figures("西海岸新区"))
	if m1 != m2 {
		t.Error("two choices of 青岛市 gave two copies of the map")
	}
}

// TestWholeCity: a city's own figure fills the whole city, outlined without
// its districts' shared borders, and it can be hit-tested and labelled.
func TestWholeCity(t *testing.T) {
	a := NewAtlas(nil)
	c, err := a.Choropleth(Request{Values: map[string]float64{"青岛市": 20000}, Unit: "元"})
	if err != nil {
		t.Fatal(err)
	}
	districts, _ := a.Map("青岛市")
	if c.Map == districts || len(c.Map.Features) != 1 {
		t.Fatalf("map %s with %d regions, want the city as one region", c.Map.Name, len(c.Map.Features))
	}
	d := must(Choropleth{Map: c.Map, Values: c.Values, NoLabels: true}.Draw(800, 600))
	blue := 0
	for _, f := range districts.Features {
		p := d.s.proj.Project(f.Label)
		col := d.Image.RGBAAt(int(p.X), int(p.Y))
		if col == palette[len(palette)/2] {
			blue++
		}
		if name, ok := d.RegionAt(int(p.X), int(p.Y)); !ok || name != "青岛市" {
			t.Errorf("RegionAt(%s) = %q, %v; want 青岛市", f.Name, name, ok)
		}
	}
	if blue != len(districts.Features) {
		t.Errorf("%d of %d districts filled with the city's colour", blue, len(districts.Features))
	}
	all := 0
	for _, f := range districts.Features {
		for _, p := range f.Polygons {
			for _, r := range p {
				all += len(r)
			}
		}
	}
	if n := len(c.Map.Features[0].outline); n == 0 || n > all*3/4 {
		t.Errorf("outline has %d edges of %d: shared borders not left out", n, all)
	}
	if _, _, ok := d.LabelPoint("青岛"); !ok {
		t.Error("no label point for the whole city")
	}
	svg := string(must(c.RenderSVG(800, 600)))
	if !strings.Contains(svg, `data-region="青岛市"`) || !strings.Contains(svg, "2万元") {
		t.Error("svg of the whole city lacks its region or its value")
	}
}

// TestNeutralRegions: regions left out of the comparison get a flat neutral
// fill, no 无数据 hatching and no 无数据 legend entry when nothing else lacks
// a figure.
func TestNeutralRegions(t *testing.T) {
	a := NewAtlas(nil)
	c, err := a.Choropleth(Request{Values: figures("即墨区"), Neutral: []string{"黄岛区", "即墨区"}})
	if err != nil {
		t.Fatal(err)
	}
	c.NoLabels = true
	d := must(c.Draw(800, 600))
	at := func(region string) color.RGBA {
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
	if strings.Contains(svg, "西海岸新区："+NoDataText) {
		t.Error("svg describes the left-out 西海岸新区 as 无数据")
	}
	every := []string{}
	for _, f := range c.Map.Features {
		every = append(every, f.Name)
	}
	c.Neutral = every
	if c.hasMissing() {
		t.Error("a 无数据 legend entry with every region either a figure or left out")
	}
}
