package views

import (
	"fmt"
	"image"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
	"zhibiao/views/geomap"
)

// MapView shows a geomap.Choropleth drawn at the widget's pixel size (dark
// when the app's theme is). Tapping a region calls OnRegion with its
// canonical name; hovering outlines the region and shows its value in a
// tooltip.
type MapView struct {
	widget.BaseWidget

	// OnRegion is called with the canonical name of a tapped region.
	OnRegion func(region string)

	mu      sync.Mutex // guards the fields below (read by the raster generator)
	chart   geomap.Choropleth
	hasData bool
	hover   string
	pixW    int // pixel size of the last rendering, for hit tests
	pixH    int
	cache   *image.RGBA // last rendering, reused while nothing changed
	cacheOK bool

	raster *canvas.Raster
	tip    *widget.Label
	tipBox *fyne.Container
}

var (
	_ fyne.Widget       = (*MapView)(nil)
	_ fyne.Tappable     = (*MapView)(nil)
	_ desktop.Hoverable = (*MapView)(nil)
)

// NewMapView returns a map view showing c; onRegion (may be nil) is called
// when a region is tapped.
func NewMapView(c geomap.Choropleth, onRegion func(region string)) *MapView {
	v := &MapView{OnRegion: onRegion, chart: c, hasData: c.Map != nil}
	v.raster = canvas.NewRaster(v.generate)
	v.raster.ScaleMode = canvas.ImageScaleFastest
	v.tip = widget.NewLabel("")
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	v.tipBox = container.NewStack(bg, v.tip)
	v.tipBox.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// SetData shows c instead of the current choropleth.
func (v *MapView) SetData(c geomap.Choropleth) {
	v.mu.Lock()
	v.chart, v.hasData, v.hover, v.cacheOK = c, c.Map != nil, "", false
	v.mu.Unlock()
	v.tipBox.Hide()
	v.raster.Refresh()
}

// Data returns the choropleth shown (for exporting it).
func (v *MapView) Data() geomap.Choropleth {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.chart
}

// CreateRenderer implements fyne.Widget.
func (v *MapView) CreateRenderer() fyne.WidgetRenderer {
	return &mapRenderer{v: v, objects: []fyne.CanvasObject{v.raster, v.tipBox}}
}

// MinSize keeps the map legible.
func (v *MapView) MinSize() fyne.Size {
	return fyne.NewSize(240, 180)
}

// generate renders the map at the raster's pixel size.
func (v *MapView) generate(w, h int) image.Image {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.pixW, v.pixH = w, h
	if !v.hasData || w < 64 || h < 64 {
		return blank(w, h)
	}
	if v.cacheOK && v.cache != nil && v.cache.Bounds().Dx() == w && v.cache.Bounds().Dy() == h {
		return v.cache
	}
	c := v.chart
	c.Highlight = v.hover
	c.Dark = c.Dark || themeIsDark()
	img, err := c.Render(w, h)
	if err != nil {
		fyne.LogError("render map", err)
		return blank(w, h)
	}
	v.cache, v.cacheOK = img, true
	return img
}

// blank is the transparent image shown without data.
func blank(w, h int) image.Image {
	return image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
}

// RegionAt returns the region drawn at pos (widget coordinates).
func (v *MapView) RegionAt(pos fyne.Position) (string, bool) {
	v.mu.Lock()
	c, ok := v.chart, v.hasData
	w, h := v.pixelSize()
	v.mu.Unlock()
	if !ok || w < 64 || h < 64 {
		return "", false
	}
	size := v.Size()
	if size.Width <= 0 || size.Height <= 0 {
		return "", false
	}
	x := int(pos.X * float32(w) / size.Width)
	y := int(pos.Y * float32(h) / size.Height)
	return c.RegionAt(w, h, x, y)
}

// pixelSize is the size of the last rendering, or the widget's size scaled
// by its canvas before the first one. Callers hold v.mu.
func (v *MapView) pixelSize() (int, int) {
	if v.pixW > 0 && v.pixH > 0 {
		return v.pixW, v.pixH
	}
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		scale = c.Scale()
	}
	s := v.Size()
	return int(s.Width * scale), int(s.Height * scale)
}

// Tapped reports the tapped region to OnRegion.
func (v *MapView) Tapped(e *fyne.PointEvent) {
	region, ok := v.RegionAt(e.Position)
	if ok && v.OnRegion != nil {
		v.OnRegion(region)
	}
}

// MouseIn implements desktop.Hoverable.
func (v *MapView) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved outlines the region under the pointer and shows its value.
func (v *MapView) MouseMoved(e *desktop.MouseEvent) {
	region, _ := v.RegionAt(e.Position)
	v.setHover(region, e.Position)
}

// MouseOut clears the hover state.
func (v *MapView) MouseOut() { v.setHover("", fyne.Position{}) }

// Hovered returns the region under the pointer ("" if none).
func (v *MapView) Hovered() string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.hover
}

// Tooltip returns the text of the hover tooltip ("" when hidden).
func (v *MapView) Tooltip() string {
	if !v.tipBox.Visible() {
		return ""
	}
	return v.tip.Text
}

func (v *MapView) setHover(region string, pos fyne.Position) {
	v.mu.Lock()
	changed := region != v.hover
	v.hover = region
	if changed {
		v.cacheOK = false
	}
	c := v.chart
	v.mu.Unlock()
	if region == "" {
		v.tipBox.Hide()
	} else {
		v.tip.SetText(c.Describe(region))
		v.placeTip(pos)
		v.tipBox.Show()
	}
	if changed {
		v.raster.Refresh()
	}
}

// placeTip puts the tooltip beside pos, inside the widget.
func (v *MapView) placeTip(pos fyne.Position) {
	ts := v.tipBox.MinSize()
	size := v.Size()
	p := pos.Add(fyne.NewPos(12, 12))
	if p.X+ts.Width > size.Width {
		p.X = pos.X - ts.Width - 4
	}
	if p.Y+ts.Height > size.Height {
		p.Y = pos.Y - ts.Height - 4
	}
	v.tipBox.Resize(ts)
	v.tipBox.Move(fyne.NewPos(max(p.X, 0), max(p.Y, 0)))
}

// mapRenderer lays the raster over the whole widget and the tooltip on top.
type mapRenderer struct {
	v       *MapView
	objects []fyne.CanvasObject
}

func (r *mapRenderer) Layout(size fyne.Size) {
	r.v.raster.Resize(size)
	r.v.raster.Move(fyne.NewPos(0, 0))
}

func (r *mapRenderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *mapRenderer) Refresh() {
	r.v.raster.Refresh()
	r.v.tipBox.Refresh()
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *mapRenderer) Destroy() {}

// MapData builds the choropleth of one indicator's figures (data.RegionValues)
// on the smallest map that holds their regions (geomap.Choose): regions with
// a figure are filled by it, the others are marked 无数据. The regions' Refs
// lead from a tapped region back to its sentences.
func MapData(rvs []data.RegionValue, title, note string) (geomap.Choropleth, error) {
	regions := make([]string, 0, len(rvs))
	values := map[string]float64{}
	unit := ""
	for _, rv := range rvs {
		regions = append(regions, rv.Region)
		if rv.Count > 0 && !math.IsNaN(rv.Value) {
			values[rv.Region], unit = rv.Value, rv.Unit
		}
	}
	m, err := geomap.Choose(regions)
	if err != nil {
		return geomap.Choropleth{}, fmt.Errorf("map data: %w", err)
	}
	return geomap.Choropleth{Map: m, Values: values, Unit: unit, Title: title, Note: note}, nil
}
