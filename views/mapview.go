package views

import (
	"errors"
	"fmt"
	"image"
	"math"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/views/chart"
	"zhibiao/views/geomap"
)

// MapView shows a map drawn in the background: SetRequest hands it a
// geomap.Request; a goroutine chooses the map (from an atlas that parses
// each map once), lays it out and draws it at the widget's pixel size, and
// one fyne.Do shows the picture unless a newer request has replaced it in
// the meantime (each request has a generation number). Hover outlines are
// drawn the same way. Tapping a region calls OnRegion with its canonical
// name; hovering shows its value in a tooltip.
type MapView struct {
	widget.BaseWidget

	// OnRegion is called with the canonical name of a tapped region.
	OnRegion func(region string)

	atlas *geomap.Atlas
	do    func(func()) // runs the worker's results on the UI thread: fyne.Do

	mu         sync.Mutex // guards the fields below (the worker and the raster generator read them)
	req        geomap.Request
	has        bool   // req is to be drawn
	gen        uint64 // bumped by every SetRequest and SetMessage
	want       mapJob // the picture to make next
	busy       bool   // a worker is making a picture, or its result is on its way
	shown      mapJob // the picture on screen
	drawing    *geomap.Drawing
	img        image.Image
	hover      string
	pixW, pixH int // pixel size the raster last asked for

	raster *canvas.Raster
	tip    *widget.Label
	tipBox *fyne.Container
	msg    *widget.Label // shown instead of a map: why there is none
	off    *widget.Label // regions with figures that the map does not show
}

var (
	_ fyne.Widget       = (*MapView)(nil)
	_ fyne.Tappable     = (*MapView)(nil)
	_ desktop.Hoverable = (*MapView)(nil)
)

// mapJob names a picture: a request's generation, drawn at w×h pixels
// with a region outlined.
type mapJob struct {
	gen   uint64
	w, h  int
	zoom  float64 // pixels per Fyne unit (FYNE_SCALE): the map's text grows with the interface's
	hover string
}

// mapResult is the picture made for a job.
type mapResult struct {
	drawing *geomap.Drawing // nil when there is nothing to draw
	img     image.Image
	err     error
}

// NewMapView returns an empty map view drawing on the maps of atlas (not
// nil: geomap.NewAtlas); onRegion (may be nil) is called when a region is
// tapped.
func NewMapView(atlas *geomap.Atlas, onRegion func(region string)) *MapView {
	v := &MapView{OnRegion: onRegion, atlas: atlas, do: fyne.Do}
	v.raster = canvas.NewRaster(v.generate)
	v.raster.ScaleMode = canvas.ImageScaleFastest
	v.tip = widget.NewLabel("")
	v.tipBox = newTipBox(v.tip)
	v.tipBox.Hide()
	v.msg = widget.NewLabel("")
	v.msg.Alignment = fyne.TextAlignCenter
	v.msg.Wrapping = fyne.TextWrapWord
	v.msg.Hide()
	v.off = widget.NewLabel("")
	v.off.Wrapping = fyne.TextWrapWord
	v.off.Hide()
	v.ExtendBaseWidget(v)
	return v
}

// SetRequest draws r (in the theme's palette when the theme is dark)
// instead of what is shown; the picture follows from a background worker.
func (v *MapView) SetRequest(r geomap.Request) {
	defer TimeUI("map.SetRequest")()
	r.Dark = r.Dark || themeIsDark()
	v.mu.Lock()
	v.gen++
	v.req, v.has, v.hover = r, true, ""
	if w, h := v.pixelSize(); w > 0 && h > 0 {
		v.scheduleLocked(mapJob{gen: v.gen, w: w, h: h, zoom: v.zoomLocked()})
	}
	v.mu.Unlock()
	v.tipBox.Hide()
	v.msg.Hide()
	v.raster.Refresh()
}

// SetMessage shows msg instead of a map.
func (v *MapView) SetMessage(msg string) {
	v.mu.Lock()
	v.gen++
	v.has, v.drawing, v.img, v.hover = false, nil, nil, ""
	v.mu.Unlock()
	v.tipBox.Hide()
	v.off.Hide()
	v.msg.SetText(msg)
	v.msg.Show()
	v.Refresh()
}

// Message returns the message shown instead of a map ("" when none).
func (v *MapView) Message() string {
	if !v.msg.Visible() {
		return ""
	}
	return v.msg.Text
}

// Chart returns the current request on the map it is drawn on, for
// exporting it; false when there is none. It parses the maps if the
// background has not done so yet.
func (v *MapView) Chart() (geomap.Choropleth, bool) {
	v.mu.Lock()
	req, has := v.req, v.has
	v.mu.Unlock()
	if !has {
		return geomap.Choropleth{}, false
	}
	c, err := v.atlas.Choropleth(req)
	return c, err == nil
}

// Drawing returns the drawing on screen (nil before the first one).
func (v *MapView) Drawing() *geomap.Drawing {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.drawing
}

// CreateRenderer implements fyne.Widget.
func (v *MapView) CreateRenderer() fyne.WidgetRenderer {
	return &mapRenderer{v: v, objects: []fyne.CanvasObject{v.raster, v.off, v.msg, v.tipBox}}
}

// MinSize keeps the map legible.
func (v *MapView) MinSize() fyne.Size {
	return fyne.NewSize(240, 180)
}

// generate returns the picture on screen, and asks the worker for one at
// the raster's pixel size if that is not it. It runs on the paint thread.
func (v *MapView) generate(w, h int) image.Image {
	defer TimeUI("map.generate")()
	v.mu.Lock()
	defer v.mu.Unlock()
	v.pixW, v.pixH = w, h
	if !v.has {
		return blank(w, h)
	}
	if j := (mapJob{gen: v.gen, w: w, h: h, zoom: v.zoomLocked(), hover: v.hover}); j != v.shown {
		v.scheduleLocked(j)
	}
	if v.img == nil {
		return blank(w, h)
	}
	return v.img
}

// scheduleLocked asks for picture j, starting the worker unless it runs.
// Callers hold v.mu.
func (v *MapView) scheduleLocked(j mapJob) {
	v.want = j
	if !v.busy {
		v.busy = true
		go v.work()
	}
}

// work makes the wanted picture, again while the wish changes during the
// work, and hands the last one to the UI thread.
func (v *MapView) work() {
	var last *geomap.Drawing
	var lastJob mapJob
	for {
		v.mu.Lock()
		j, req := v.want, v.req
		if v.drawing != nil && v.shown.gen == j.gen && v.shown.w == j.w && v.shown.h == j.h && v.shown.zoom == j.zoom {
			last, lastJob = v.drawing, v.shown
		}
		v.mu.Unlock()
		var base *geomap.Drawing
		if last != nil && lastJob.gen == j.gen && lastJob.w == j.w && lastJob.h == j.h && lastJob.zoom == j.zoom {
			base = last
		}
		res := v.makePicture(j, req, base)
		last, lastJob = res.drawing, j
		v.mu.Lock()
		again := v.want != j
		v.mu.Unlock()
		if !again {
			v.do(func() { v.apply(j, res) })
			return
		}
	}
}

// makePicture draws req for j, reusing base (the same request at the same
// size) when given.
func (v *MapView) makePicture(j mapJob, req geomap.Request, base *geomap.Drawing) mapResult {
	if j.w < 64 || j.h < 64 {
		return mapResult{}
	}
	d := base
	if d == nil {
		c, err := v.atlas.Choropleth(req)
		if err != nil {
			return mapResult{err: err}
		}
		c.Scale = j.zoom
		if d, err = c.Draw(j.w, j.h); err != nil {
			return mapResult{err: err}
		}
	}
	return mapResult{drawing: d, img: d.Outlined(j.hover)}
}

// apply shows the worker's picture unless a newer request replaced its
// own, and starts the worker again if another picture is wanted. It runs
// on the UI thread.
func (v *MapView) apply(j mapJob, res mapResult) {
	defer TimeUI("map.apply")()
	v.mu.Lock()
	v.busy = false
	stale := j.gen != v.gen
	if !stale {
		v.shown, v.drawing, v.img = j, res.drawing, res.img
	}
	if v.has && v.want.gen == v.gen && v.want != v.shown {
		v.busy = true
		go v.work()
	}
	v.mu.Unlock()
	if stale {
		return
	}
	v.showStatus(res)
	v.Refresh()
}

// showStatus shows why there is no map, or which figures it leaves out.
func (v *MapView) showStatus(res mapResult) {
	v.msg.Hide()
	v.off.Hide()
	switch {
	case res.err != nil:
		v.msg.SetText(mapErrorText(res.err))
		v.msg.Show()
	case res.drawing != nil:
		if off := res.drawing.Chart.OffMap(); len(off) > 0 {
			v.off.SetText(fmt.Sprintf(lang.L("不在此地图上：%s"), strings.Join(off, "、")))
			v.off.Show()
		}
	}
}

// mapErrorText says why a map could not be drawn.
func mapErrorText(err error) string {
	var noMap *geomap.NoMapError
	switch {
	case errors.As(err, &noMap):
		return fmt.Sprintf(lang.L("这些地区没有可用的地图：%s"), strings.Join(noMap.Regions, "、"))
	case errors.Is(err, chart.ErrNoData):
		return lang.L("暂无数据：所选地区没有这个指标的数值")
	}
	fyne.LogError("draw map", err)
	return lang.L("地图无法绘制")
}

// blank is the transparent image shown without data.
func blank(w, h int) image.Image {
	return image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
}

// RegionAt returns the region drawn at pos (widget coordinates).
func (v *MapView) RegionAt(pos fyne.Position) (string, bool) {
	d := v.Drawing()
	size := v.Size()
	if d == nil || size.Width <= 0 || size.Height <= 0 {
		return "", false
	}
	b := d.Image.Bounds()
	x := int(pos.X * float32(b.Dx()) / size.Width)
	y := int(pos.Y * float32(b.Dy()) / size.Height)
	return d.RegionAt(x, y)
}

// pixelSize is the size the raster last asked for, or the widget's size
// scaled by its canvas before that. Callers hold v.mu.
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

// zoomLocked is the pixels per Fyne unit of the picture asked for (the
// canvas scale), rounded to hundredths so that it names a job stably; 1
// before the view has a size. Callers hold v.mu.
func (v *MapView) zoomLocked() float64 {
	w, _ := v.pixelSize()
	if s := v.Size(); s.Width > 0 && w > 0 {
		return math.Round(float64(w)/float64(s.Width)*100) / 100
	}
	return 1
}

// Tapped reports the tapped region to OnRegion.
func (v *MapView) Tapped(e *fyne.PointEvent) {
	defer TimeUI("map.Tapped")()
	region, ok := v.RegionAt(e.Position)
	if ok && v.OnRegion != nil {
		v.OnRegion(region)
	}
}

// MouseIn implements desktop.Hoverable.
func (v *MapView) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved outlines the region under the pointer and shows its value.
func (v *MapView) MouseMoved(e *desktop.MouseEvent) {
	defer TimeUI("map.MouseMoved")()
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
	d := v.drawing
	if changed && v.has && d != nil {
		w, h := v.pixelSize()
		v.scheduleLocked(mapJob{gen: v.gen, w: w, h: h, zoom: v.zoomLocked(), hover: region})
	}
	v.mu.Unlock()
	if region == "" || d == nil {
		v.tipBox.Hide()
		return
	}
	v.tip.SetText(describeRegion(d.Chart, region))
	v.placeTip(pos)
	themeTip(v.tipBox)
	v.tipBox.Show()
}

// describeRegion is the tooltip of region: its figure, 无数据, or that it
// is not ticked.
func describeRegion(c geomap.Choropleth, region string) string {
	if c.IsNeutral(region) {
		return fmt.Sprintf(lang.L("%s：未勾选"), region)
	}
	return c.Describe(region)
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

// mapRenderer lays the raster over the whole widget, the note on figures
// off the map at the top left, a message in the middle and the tooltip on
// top.
type mapRenderer struct {
	v       *MapView
	objects []fyne.CanvasObject
}

func (r *mapRenderer) Layout(size fyne.Size) {
	v := r.v
	v.raster.Resize(size)
	v.raster.Move(fyne.NewPos(0, 0))
	pad := theme.Padding()
	text := fyne.MeasureText(v.off.Text, theme.TextSize(), v.off.TextStyle).Width + 4*theme.InnerPadding()
	placeWrapped(v.off, min(text, size.Width*0.45))
	v.off.Move(fyne.NewPos(pad, pad))
	w := max(size.Width*0.8, min(size.Width, 200))
	h := placeWrapped(v.msg, w)
	v.msg.Move(fyne.NewPos((size.Width-w)/2, (size.Height-h)/2))
}

// placeWrapped sizes a wrapping label to width w and the height its text
// needs there, which it returns.
func placeWrapped(l *widget.Label, w float32) float32 {
	l.Resize(fyne.NewSize(w, l.MinSize().Height))
	h := l.MinSize().Height
	l.Resize(fyne.NewSize(w, h))
	return h
}

func (r *mapRenderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *mapRenderer) Refresh() {
	r.Layout(r.v.Size())
	r.v.raster.Refresh()
	r.v.off.Refresh()
	r.v.msg.Refresh()
	r.v.tipBox.Refresh()
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *mapRenderer) Destroy() {}
