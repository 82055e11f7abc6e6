package views

import (
	"image/color"
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/assets"
	"zhibiao/data"
	"zhibiao/internal/cputime"
	"zhibiao/views/geomap"
)

var testRequest = geomap.Request{
	Values: map[string]float64{"即墨区": 34000, "西海岸新区": 52000}, Unit: "人", Title: "新增就业",
}

// uiQueue plays the UI thread in tests: the view hands its results to the
// test goroutine, which runs them (as fyne.Do would on the Fyne thread).
type uiQueue chan func()

func queueUI(v *MapView) uiQueue {
	q := make(uiQueue, 64)
	v.do = func(f func()) { q <- f }
	return q
}

// settle runs the view's UI work until it shows the picture of its latest
// request (or its message), and returns how long each piece of UI work took.
func (q uiQueue) settle(t *testing.T, v *MapView) []time.Duration {
	t.Helper()
	var took []time.Duration
	timeout := time.After(settleTimeout)
	for !v.settled() {
		select {
		case f := <-q:
			start := time.Now()
			f()
			took = append(took, time.Since(start))
		case <-timeout:
			t.Fatal("the map view did not settle")
		}
	}
	return took
}

// settled reports whether no picture is being made and the one on screen
// is of the latest request.
func (v *MapView) settled() bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return !v.busy && (!v.has || v.shown.gen == v.gen)
}

// newMapWindow shows a map view of r in an 800×600 window.
func newMapWindow(t *testing.T, r geomap.Request, onRegion func(string)) (*MapView, uiQueue, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	v := NewMapView(geomap.NewAtlas(places, nil), onRegion)
	q := queueUI(v)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(800, 600))
	v.SetRequest(r)
	q.settle(t, v)
	if v.Drawing() == nil {
		t.Fatal("nothing drawn")
	}
	return v, q, w
}

func TestMapViewTapReportsRegion(t *testing.T) {
	var tapped []string
	v, _, _ := newMapWindow(t, testRequest, func(r string) { tapped = append(tapped, r) })
	d := v.Drawing()
	if b := d.Image.Bounds(); b.Dx() != int(v.Size().Width) || b.Dy() != int(v.Size().Height) {
		t.Fatalf("drawn at %v for a %v widget", b, v.Size())
	}
	for _, name := range []string{"即墨区", "西海岸新区", "莱西市", "市南区"} {
		x, y, ok := d.LabelPoint(name)
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
	r := testRequest
	r.Values = map[string]float64{"即墨区": 34000}
	r.Neutral = []string{"西海岸新区"}
	v, q, _ := newMapWindow(t, r, nil)
	d := v.Drawing()
	tests := []struct{ region, tip string }{
		{"即墨区", "即墨区：3.4万人"},
		{"莱西市", "莱西市：" + geomap.NoDataText},
		{"西海岸新区", "西海岸新区：未勾选"},
	}
	for _, tc := range tests {
		x, y, _ := d.LabelPoint(tc.region)
		v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(x), float32(y))}})
		if v.Hovered() != tc.region || v.Tooltip() != tc.tip {
			t.Errorf("hover %s: hovered %q, tooltip %q; want %q", tc.region, v.Hovered(), v.Tooltip(), tc.tip)
		}
		q.settle(t, v)
		if got := v.Drawing(); got != d {
			t.Error("hovering laid the map out again")
		}
	}
	v.MouseOut()
	if v.Hovered() != "" || v.Tooltip() != "" {
		t.Errorf("after MouseOut: hovered %q, tooltip %q", v.Hovered(), v.Tooltip())
	}
}

// TestMapViewShowsDrawing: the window shows the background drawing.
func TestMapViewShowsDrawing(t *testing.T) {
	test.NewTempApp(t)
	v := NewMapView(geomap.NewAtlas(places, nil), nil)
	q := queueUI(v)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(640, 480))
	if r, ok := v.RegionAt(fyne.NewPos(320, 240)); ok {
		t.Errorf("empty view reports region %q", r)
	}
	v.SetRequest(testRequest)
	q.settle(t, v)
	d := v.Drawing()
	img := w.Canvas().Capture()
	sc := w.Canvas().Scale()
	compared := 0
	for y := 0; y < d.Image.Bounds().Dy(); y += 7 {
		for x := 0; x < d.Image.Bounds().Dx(); x += 7 {
			if r, ok := d.RegionAt(x, y); !ok || r != "西海岸新区" || !isBlue(d.Image.RGBAAt(x, y)) {
				continue
			}
			got := color.RGBAModel.Convert(img.At(int((float32(x)+v.Position().X)*sc), int((float32(y)+v.Position().Y)*sc)))
			if got != d.Image.RGBAAt(x, y) {
				t.Fatalf("captured pixel (%d,%d) %v, drawing has %v", x, y, got, d.Image.RGBAAt(x, y))
			}
			compared++
		}
	}
	if compared < 20 {
		t.Errorf("only %d blue pixels of 西海岸新区 compared", compared)
	}
}

// TestMapViewDropsStaleResults: a picture of a request that a newer one
// replaced while it was being drawn is never shown.
func TestMapViewDropsStaleResults(t *testing.T) {
	v, q, _ := newMapWindow(t, testRequest, nil)
	older := testRequest
	older.Values = map[string]float64{"金州区": 1}
	v.SetRequest(older)
	var apply func()
	select {
	case apply = <-q:
	case <-time.After(settleTimeout):
		t.Fatal("no result for the older request")
	}
	newer := testRequest
	newer.Values = map[string]float64{"山东": 2}
	v.SetRequest(newer)
	apply() // the older request's picture arrives late
	if d := v.Drawing(); d != nil && d.Chart.Map.Name == "大连市" {
		t.Fatal("the replaced request's map was shown")
	}
	q.settle(t, v)
	if d := v.Drawing(); d == nil || d.Chart.Map.Name != "中国" {
		t.Errorf("after settling: %v, want the newer request's map of 中国", d)
	}
}

// mapPixel renders the map shown in map mode (labels off) and returns the
// colour at a point well inside region; ok is false when the map does not
// show region.
func mapPixel(t *testing.T, c geomap.Choropleth, region string) (color.RGBA, bool) {
	t.Helper()
	c.NoLabels = true
	const w, h = 800, 600
	x, y, ok := c.LabelPoint(w, h, region)
	if !ok {
		return color.RGBA{}, false
	}
	img, err := c.Render(w, h)
	if err != nil {
		t.Fatal(err)
	}
	return img.RGBAAt(x, y), true
}

// isBlue reports whether col is one of the map's (blue) value colours.
func isBlue(col color.RGBA) bool { return col.B > col.R && col.B > col.G }

// mapCompare is a comparison view of the seed corpus showing ind in map
// mode, with the test goroutine as its UI thread.
func mapCompare(t *testing.T, ind string) (*Compare, uiQueue) {
	t.Helper()
	test.NewTempApp(t)
	cmp := newTestCompare(places, nil)
	q := queueUI(cmp.mapView)
	w := test.NewTempWindow(t, cmp)
	w.Resize(fyne.NewSize(1000, 700))
	cmp.SetData(seedCorpus(t).Indicators, nil)
	cmp.SelectIndicator(ind)
	cmp.SetMode(ModeMap)
	q.settle(t, cmp.mapView)
	return cmp, q
}

// shownMap waits for the map view to show its latest request and returns
// the map drawn.
func shownMap(t *testing.T, cmp *Compare, q uiQueue) geomap.Choropleth {
	t.Helper()
	q.settle(t, cmp.mapView)
	d := cmp.mapView.Drawing()
	if d == nil {
		t.Fatalf("no map drawn (message %q)", cmp.mapView.Message())
	}
	if c, ok := cmp.Map(); !ok || c.Map != d.Chart.Map {
		t.Fatalf("Map() = %v, %v; the view draws %s", c.Map, ok, d.Chart.Map.Name)
	}
	return d.Chart
}

// TestMapModeHintSaysRegions: in map mode one taps regions, not bars.
func TestMapModeHintSaysRegions(t *testing.T) {
	cmp, _ := mapCompare(t, "新增就业")
	if got := cmp.refsTitle.Text; strings.Contains(got, "柱形") || !strings.Contains(got, "地区") {
		t.Errorf("map mode hint %q, want one about regions (地区), not bars (柱形)", got)
	}
	cmp.SetMode(ModeIndicator)
	if got := cmp.refsTitle.Text; !strings.Contains(got, "柱形") {
		t.Errorf("bar mode hint %q, want one about bars", got)
	}
}

// TestMapUntickedRegionIsNeutral: a region with a figure that is unticked is
// left out of the comparison, not painted as 无数据; a region without any
// figure still is.
func TestMapUntickedRegionIsNeutral(t *testing.T) {
	cmp, q := mapCompare(t, "新增就业")
	cmp.SetRegions([]string{"即墨区"})
	c := shownMap(t, cmp, q)
	col, ok := mapPixel(t, c, "西海岸新区")
	if !ok {
		t.Fatal("the map does not show 西海岸新区")
	}
	hatched := func(col color.RGBA) bool { // the 无数据 base or line colour, light or dark
		return slices.Contains([]uint32{0xe4e4e4, 0xb4b4b4, 0x3a3a3a, 0x5c5c5c}, uint32(col.R)<<16|uint32(col.G)<<8|uint32(col.B))
	}
	if hatched(col) || isBlue(col) {
		t.Errorf("unticked 西海岸新区 drawn %v: want a neutral fill, neither 无数据 nor a value colour", col)
	}
	if col, _ := mapPixel(t, c, "莱西市"); !hatched(col) {
		t.Errorf("莱西市 (no figure) drawn %v, want the 无数据 hatching", col)
	}
	if col, _ := mapPixel(t, c, "即墨区"); !isBlue(col) {
		t.Errorf("ticked 即墨区 drawn %v, want its value colour", col)
	}
}

// TestMapCityFigureIsColoured: a city's own figure is drawn, alone (the city
// coloured as a whole) or beside its districts' (the districts coloured,
// the city's figure beneath the districts without one); never an
// all-hatched map when a region has a figure.
func TestMapCityFigureIsColoured(t *testing.T) {
	cmp, q := mapCompare(t, "以工代训补贴") // only 青岛市 has one
	c := shownMap(t, cmp, q)
	if col, ok := mapPixel(t, c, "青岛市"); !ok || !isBlue(col) {
		t.Errorf("以工代训补贴 (青岛市 only) on map %s: 青岛市 drawn %v (shown %v), want its value colour", c.Map.Name, col, ok)
	}
	cmp.SelectIndicator("捐款") // 青岛市 and 李沧区
	c = shownMap(t, cmp, q)
	if col, ok := mapPixel(t, c, "李沧区"); !ok || !isBlue(col) {
		t.Errorf("捐款 (青岛市, 李沧区) on map %s: 李沧区 drawn %v (shown %v), want its value colour", c.Map.Name, col, ok)
	}
	if col, ok := mapPixel(t, c, "莱西市"); !ok || !isBlue(col) {
		t.Errorf("捐款 (青岛市, 李沧区): 莱西市 (no figure of its own) drawn %v, want 青岛市's colour beneath it", col)
	}
	if off := cmp.mapView.off; off.Visible() {
		t.Errorf("青岛市's own figure is drawn beneath its districts, but the view says it is off the map (%q)", off.Text)
	}
	cmp.SetRegions([]string{"青岛市"})
	c = shownMap(t, cmp, q)
	if col, ok := mapPixel(t, c, "青岛市"); !ok || !isBlue(col) {
		t.Errorf("捐款 with only 青岛市 ticked, map %s: 青岛市 drawn %v (shown %v), want its value colour", c.Map.Name, col, ok)
	}
}

// TestMapNoMapMessage: regions no map shows (divisions newer than the
// boundary data, assets/geo/known-gaps.tsv) give a clear message in the
// view, naming them, not a Go error.
func TestMapNoMapMessage(t *testing.T) {
	test.NewTempApp(t)
	cmp := newTestCompare(places, nil)
	q := queueUI(cmp.mapView)
	w := test.NewTempWindow(t, cmp)
	w.Resize(fyne.NewSize(1000, 700))
	inds := []data.Indicator{
		{Region: "光明区", Indicator: "新增就业", Value: 1200, Unit: "人", Raw: "1200人", Status: data.StatusResult, File: "a.txt"},
		{Region: "钱塘区", Indicator: "新增就业", Value: 900, Unit: "人", Raw: "900人", Status: data.StatusResult, File: "b.txt"},
	}
	cmp.SetData(inds, nil)
	cmp.SelectIndicator("新增就业")
	cmp.SetMode(ModeMap)
	q.settle(t, cmp.mapView)
	texts := visibleTexts(cmp)
	if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, "光明区") && strings.Contains(s, "钱塘区") }) {
		t.Errorf("no visible message names 光明区 and 钱塘区 (no boundary in the map data): %q", texts)
	}
	for _, s := range texts {
		if strings.Contains(s, "choose map") || strings.Contains(s, "no map") || strings.Contains(s, "[") {
			t.Errorf("the view shows a raw error: %q", s)
		}
	}
	if got, want := cmp.mapView.Message(), "这些地区没有可用的地图：光明区、钱塘区"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}

// visibleTexts lists the text of every visible label and canvas text.
func visibleTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, obj := range test.LaidOutObjects(o) {
		if !obj.Visible() {
			continue
		}
		switch x := obj.(type) {
		case *canvas.Text:
			out = append(out, x.Text)
		case *widget.Label:
			out = append(out, x.Text)
		}
	}
	return out
}

// TestMapModeUIThreadBudget times every piece of UI-thread work of map mode
// — switching to it, ticking and unticking regions, changing the indicator,
// hovering, tapping, resizing, the raster generator and the results the
// background hands over, run on the test goroutine locked to one OS thread
// as the Fyne thread would — and wants each to use under 16 ms of that
// thread's CPU time (one frame at 60 Hz; the CPU clock rather than the wall
// clock, so that other processes on a busy machine do not count; not
// checked under the race detector, which slows everything several times
// over). The first switch to map mode parses the maps, in the background.
func TestMapModeUIThreadBudget(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	test.NewTempApp(t).Settings().SetTheme(bundledFontTheme{theme.DefaultTheme()})
	cmp := newTestCompare(places, nil)
	v := cmp.mapView
	w := test.NewTempWindow(t, cmp)
	w.Resize(fyne.NewSize(1400, 900))
	cmp.SetData(seedCorpus(t).Indicators, nil)
	cmp.SelectIndicator("新增就业")
	type cost struct{ cpu, wall time.Duration }
	took := map[string]cost{}
	record := func(name string, f func()) {
		c0, w0 := cputime.Thread(), time.Now()
		f()
		c := cost{cputime.Thread() - c0, time.Since(w0)}
		old := took[name]
		took[name] = cost{max(old.cpu, c.cpu), max(old.wall, c.wall)}
	}
	q := make(chan func(), 64)
	v.do = func(f func()) { q <- f }
	timed := func(name string, f func()) {
		record(name, f)
		for timeout := time.After(settleTimeout); !v.settled(); {
			select {
			case f := <-q:
				record("results from the background", f)
			case <-timeout:
				t.Fatalf("after %s: the map view did not settle", name)
			}
		}
	}
	timed("switch to map mode", func() { cmp.SetMode(ModeMap) })
	for _, r := range slices.Clone(cmp.regions.Options) {
		timed("untick a region", func() {
			cmp.regions.SetSelected(slices.DeleteFunc(slices.Clone(cmp.regions.Selected), func(s string) bool { return s == r }))
		})
		timed("tick a region", func() { cmp.regions.SetSelected(append(slices.Clone(cmp.regions.Selected), r)) })
	}
	for _, ind := range []string{"捐款", "以工代训补贴", "复工率", "新增就业"} {
		timed("choose an indicator", func() { cmp.indicator.SetSelected(ind) })
	}
	d := v.Drawing()
	for _, r := range []string{"即墨区", "西海岸新区", "莱西市", "即墨区"} {
		x, y, _ := d.LabelPoint(r)
		pos := fyne.NewPos(float32(x), float32(y))
		timed("hover a region", func() { v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pos}}) })
		timed("tap a region", func() { test.TapAt(v, pos) })
	}
	timed("resize the window", func() { w.Resize(fyne.NewSize(1000, 700)) })
	timed("raster generator", func() { v.generate(int(v.Size().Width), int(v.Size().Height)) })
	timed("raster generator at a new size", func() { v.generate(900, 500) })
	for _, name := range slices.Sorted(maps.Keys(took)) {
		c := took[name]
		t.Logf("%-30s longest: CPU %6.2f ms, wall %6.2f ms", name, ms(c.cpu), ms(c.wall))
		if c.cpu > 16*time.Millisecond && !raceEnabled {
			t.Errorf("%s took %v of the UI thread's CPU, want under 16 ms", name, c.cpu)
		}
	}
}

// bundledFontTheme draws text in the bundled CJK font, as the app does
// (without it the test driver searches the system fonts for every Chinese
// character, which the app never does).
type bundledFontTheme struct{ fyne.Theme }

func (bundledFontTheme) Font(fyne.TextStyle) fyne.Resource {
	return fyne.NewStaticResource(assets.FontFileName, assets.FontRegular)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// TestMapViewDrawsAtTheInterfaceScale: a map view of 400×300 units asked
// for 600×450 pixels (FYNE_SCALE=1.5) draws its map with text at scale 1.5
// (it was drawn at scale 1: 9 px notes beside 21 px interface text).
func TestMapViewDrawsAtTheInterfaceScale(t *testing.T) {
	v, q, _ := newMapWindow(t, testRequest, nil)
	v.Resize(fyne.NewSize(400, 300))
	v.generate(600, 450)
	q.settle(t, v)
	if d := v.Drawing(); d == nil || d.Chart.Scale != 1.5 || d.Image.Bounds().Dx() != 600 {
		t.Fatalf("drawing %v, want one 600 px wide at scale 1.5", d)
	}
}
