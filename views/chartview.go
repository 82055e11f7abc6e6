package views

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"zhibiao/views/chart"
)

// ChartView shows a chart.Spec drawn at the widget's pixel size (redrawn when
// it is resized) and reports taps on bars. With no spec, or a spec with
// nothing to draw, it shows a message instead of failing.
type ChartView struct {
	widget.BaseWidget

	// OnBar is called with the label and series index of a tapped bar.
	OnBar func(label, series int)

	mu      sync.Mutex // guards spec, msg, pixW, pixH, zoom (read by the raster generator)
	spec    chart.Spec
	hasSpec bool
	msg     string
	pixW    int
	pixH    int
	zoom    float64 // pixels per Fyne unit of the last drawing (FYNE_SCALE)

	raster *canvas.Raster
}

var (
	_ fyne.Widget   = (*ChartView)(nil)
	_ fyne.Tappable = (*ChartView)(nil)
)

// NewChartView returns a chart view showing msg until a spec is set.
func NewChartView(msg string, onBar func(label, series int)) *ChartView {
	c := &ChartView{OnBar: onBar, msg: msg}
	c.raster = canvas.NewRaster(c.generate)
	c.raster.ScaleMode = canvas.ImageScaleFastest
	c.ExtendBaseWidget(c)
	return c
}

// SetSpec shows spec (its Width and Height are ignored: the view's size is
// used).
func (c *ChartView) SetSpec(spec chart.Spec) {
	c.mu.Lock()
	c.spec, c.hasSpec, c.msg = spec, true, ""
	c.mu.Unlock()
	c.raster.Refresh()
}

// SetMessage shows msg instead of a chart.
func (c *ChartView) SetMessage(msg string) {
	c.mu.Lock()
	c.hasSpec, c.msg = false, msg
	c.mu.Unlock()
	c.raster.Refresh()
}

// Spec returns the spec shown and whether there is one.
func (c *ChartView) Spec() (chart.Spec, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.spec, c.hasSpec
}

// generate draws the chart at w × h pixels for the raster, with text at
// the interface's scale.
func (c *ChartView) generate(w, h int) image.Image {
	zoom := 1.0
	if size := c.Size(); size.Width > 0 {
		zoom = float64(w) / float64(size.Width)
	}
	c.mu.Lock()
	spec, has, msg := c.spec, c.hasSpec, c.msg
	c.pixW, c.pixH, c.zoom = w, h, zoom
	c.mu.Unlock()
	w, h = max(w, 50), max(h, 50)
	var (
		b   []byte
		err error
	)
	if has {
		spec.Width, spec.Height, spec.Scale = w, h, zoom
		b, err = chart.Render(spec, chart.PNG)
		if errors.Is(err, chart.ErrNoData) {
			b, err = chart.RenderMessage(lang.L("暂无数据：所选地区没有这个指标的数值"), spec, chart.PNG)
		}
	} else {
		// the theme's background, not white in dark mode
		b, err = chart.RenderMessage(msg, chart.Spec{Width: w, Height: h, Dark: themeIsDark(), Scale: zoom}, chart.PNG)
	}
	if err != nil {
		fyne.LogError("draw chart", err)
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		fyne.LogError("decode chart", err)
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return img
}

// Tapped finds the bar under the pointer and calls OnBar.
func (c *ChartView) Tapped(e *fyne.PointEvent) {
	c.mu.Lock()
	spec, has, pw, ph := c.spec, c.hasSpec, c.pixW, c.pixH
	spec.Scale = c.zoom
	c.mu.Unlock()
	size := c.Size()
	if !has || c.OnBar == nil || size.Width <= 0 || size.Height <= 0 || pw == 0 {
		return
	}
	x := int(e.Position.X * float32(pw) / size.Width)
	y := int(e.Position.Y * float32(ph) / size.Height)
	label, series, ok := chart.SegmentAt(spec, pw, ph, x, y)
	if !ok {
		label, ok = chart.BarAt(spec, pw, ph, x, y)
		series = 0
	}
	if ok {
		c.OnBar(label, series)
	}
}

// MinSize keeps charts readable.
func (c *ChartView) MinSize() fyne.Size { return fyne.NewSize(360, 220) }

// CreateRenderer implements fyne.Widget.
func (c *ChartView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.raster)
}
