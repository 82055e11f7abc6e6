package views

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"zhibiao/data"
	"zhibiao/views/geomap"
)

func mapViewChoropleth(t *testing.T) geomap.Choropleth {
	t.Helper()
	m, err := geomap.Choose([]string{"即墨区", "西海岸新区"})
	if err != nil {
		t.Fatal(err)
	}
	return geomap.Choropleth{Map: m, Values: map[string]float64{"即墨区": 34000, "西海岸新区": 52000}, Unit: "人", Title: "新增就业"}
}

func TestMapViewTapReportsRegion(t *testing.T) {
	test.NewTempApp(t)
	c := mapViewChoropleth(t)
	var tapped []string
	v := NewMapView(c, func(r string) { tapped = append(tapped, r) })
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(800, 600))
	size := v.Size()
	pw, ph := int(size.Width), int(size.Height)
	for _, name := range []string{"即墨区", "西海岸新区", "莱西市", "市南区"} {
		x, y, ok := c.LabelPoint(pw, ph, name)
		if !ok {
			t.Fatalf("no interior point for %s", name)
		}
		tapped = tapped[:0]
		test.TapAt(v, fyne.NewPos(float32(x), float32(y)))
		if len(tapped) != 1 || tapped[0] != name {
			t.Errorf("tap at %s's interior (%d,%d): callback got %v", name, x, y, tapped)
		}
	}
	tapped = tapped[:0]
	test.TapAt(v, fyne.NewPos(2, 2))
	if len(tapped) != 0 {
		t.Errorf("tap on the margin reported %v", tapped)
	}
}

func TestMapViewHoverShowsValue(t *testing.T) {
	test.NewTempApp(t)
	c := mapViewChoropleth(t)
	v := NewMapView(c, nil)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(800, 600))
	size := v.Size()
	tests := []struct{ region, tip string }{
		{"即墨区", "即墨区：3.4万人"},
		{"莱西市", "莱西市：" + geomap.NoDataText},
	}
	for _, tc := range tests {
		x, y, _ := c.LabelPoint(int(size.Width), int(size.Height), tc.region)
		v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(x), float32(y))}})
		if v.Hovered() != tc.region || v.Tooltip() != tc.tip {
			t.Errorf("hover %s: hovered %q, tooltip %q; want %q", tc.region, v.Hovered(), v.Tooltip(), tc.tip)
		}
	}
	v.MouseOut()
	if v.Hovered() != "" || v.Tooltip() != "" {
		t.Errorf("after MouseOut: hovered %q, tooltip %q", v.Hovered(), v.Tooltip())
	}
}

func TestMapViewSetDataAndRender(t *testing.T) {
	test.NewTempApp(t)
	v := NewMapView(geomap.Choropleth{}, nil)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(640, 480))
	if r, ok := v.RegionAt(fyne.NewPos(320, 240)); ok {
		t.Errorf("empty view reports region %q", r)
	}
	c := mapViewChoropleth(t)
	c.NoLabels = true // so the probed pixel is fill, not text
	v.SetData(c)
	if v.Data().Map != c.Map {
		t.Error("SetData did not store the choropleth")
	}
	img := w.Canvas().Capture()
	size := v.Size()
	x, y, _ := c.LabelPoint(int(size.Width), int(size.Height), "西海岸新区")
	sc := w.Canvas().Scale()
	got := img.At(int((float32(x)+v.Position().X)*sc), int((float32(y)+v.Position().Y)*sc))
	if r, g, b, _ := got.RGBA(); !(b > r && b > g) {
		t.Errorf("captured pixel inside 西海岸新区 is %v, want a blue fill", got)
	}
}

func TestMapData(t *testing.T) {
	rvs := []data.RegionValue{
		{Region: "即墨区", Value: 34000, Unit: "人", Count: 1},
		{Region: "西海岸新区", Value: 52000, Unit: "人", Count: 2},
		{Region: "崂山区", Value: math.NaN(), Count: 0},
	}
	c, err := MapData(rvs, "新增就业", "")
	if err != nil {
		t.Fatal(err)
	}
	if c.Map.Name != "青岛市" || c.Unit != "人" || len(c.Values) != 2 || c.Values["西海岸新区"] != 52000 {
		t.Errorf("MapData = map %s, unit %q, values %v", c.Map.Name, c.Unit, c.Values)
	}
	if got := c.Describe("崂山区"); got != "崂山区："+geomap.NoDataText {
		t.Errorf("崂山区 described as %q", got)
	}
	if _, err := MapData([]data.RegionValue{{Region: "火星", Count: 1, Value: 1}}, "", ""); err == nil {
		t.Error("MapData with no known region succeeded")
	}
}
