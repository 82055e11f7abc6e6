package views

import (
	"errors"
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
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
	// OnHover, if set, gives the tooltip of the mark (bar, point, cell)
	// under the pointer; "" shows none.
	OnHover func(label, series int) string

	mu        sync.Mutex // guards spec, msg, pixW, pixH, zoom, highlight (read by the raster generator)
	spec      chart.Spec
	hasSpec   bool
	msg       string
	pixW      int
	pixH      int
	zoom      float64 // pixels per Fyne unit of the last drawing (FYNE_SCALE)
	highlight *chart.Mark

	raster  *canvas.Raster
	tip     *widget.Label
	tipBox  *fyne.Container
	tipMark chart.Mark
	overlay *fyne.Container
}

var (
	_ fyne.Widget       = (*ChartView)(nil)
	_ fyne.Tappable     = (*ChartView)(nil)
	_ desktop.Hoverable = (*ChartView)(nil)
)

// NewChartView returns a chart view showing msg until a spec is set.
func NewChartView(msg string, onBar func(label, series int)) *ChartView {
	c := &ChartView{OnBar: onBar, msg: msg}
	c.raster = canvas.NewRaster(c.generate)
	c.raster.ScaleMode = canvas.ImageScaleFastest
	c.tip = widget.NewLabel("")
	c.tipBox = newTipBox(c.tip)
	c.tipBox.Hide()
	c.overlay = container.NewWithoutLayout(c.tipBox)
	c.ExtendBaseWidget(c)
	return c
}

// SetHighlight draws mark emphasised (the selected bar, point or cell);
// nil draws none. Only the view shows it: exports are drawn from the spec.
func (c *ChartView) SetHighlight(mark *chart.Mark) {
	c.mu.Lock()
	same := (mark == nil && c.highlight == nil) || (mark != nil && c.highlight != nil && *mark == *c.highlight)
	c.highlight = mark
	c.mu.Unlock()
	if !same {
		c.raster.Refresh()
	}
}

// markAt finds the mark under a position in the widget.
func (c *ChartView) markAt(pos fyne.Position) (chart.Mark, bool) {
	c.mu.Lock()
	spec, has, pw, ph := c.spec, c.hasSpec, c.pixW, c.pixH
	spec.Scale = c.zoom
	c.mu.Unlock()
	size := c.Size()
	if !has || size.Width <= 0 || size.Height <= 0 || pw == 0 {
		return chart.Mark{}, false
	}
	x := int(pos.X * float32(pw) / size.Width)
	y := int(pos.Y * float32(ph) / size.Height)
	label, series, ok := chart.SegmentAt(spec, pw, ph, x, y)
	if !ok && spec.Kind != chart.Line && spec.Kind != chart.Grid {
		// a bar's whole column; a line's or grid's column is no one mark
		label, ok = chart.BarAt(spec, pw, ph, x, y)
		series = 0
	}
	return chart.Mark{Label: label, Series: series}, ok
}

// MouseIn shows the tooltip of the mark under the pointer.
func (c *ChartView) MouseIn(e *desktop.MouseEvent) { c.MouseMoved(e) }

// MouseMoved shows the tooltip of the mark under the pointer, next to it.
func (c *ChartView) MouseMoved(e *desktop.MouseEvent) {
	m, ok := c.markAt(e.Position)
	text := ""
	if ok && c.OnHover != nil {
		text = c.OnHover(m.Label, m.Series)
	}
	if text == "" {
		c.tipBox.Hide()
		return
	}
	if m != c.tipMark || !c.tipBox.Visible() {
		c.tipMark = m
		c.tip.SetText(text)
	}
	size := c.tipBox.MinSize()
	pos := e.Position.Add(fyne.NewPos(14, 14))
	if pos.X+size.Width > c.Size().Width {
		pos.X = max(0, e.Position.X-size.Width-8)
	}
	if pos.Y+size.Height > c.Size().Height {
		pos.Y = max(0, e.Position.Y-size.Height-8)
	}
	c.tipBox.Resize(size)
	c.tipBox.Move(pos)
	themeTip(c.tipBox)
	c.tipBox.Show()
}

// MouseOut hides the tooltip.
func (c *ChartView) MouseOut() { c.tipBox.Hide() }

// Tooltip is the text of the tooltip shown, "" when none is.
func (c *ChartView) Tooltip() string {
	if !c.tipBox.Visible() {
		return ""
	}
	return c.tip.Text
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
	spec.Highlight = c.highlight
	c.pixW, c.pixH, c.zoom = w, h, zoom
	c.mu.Unlock()
	w, h = max(w, 50), max(h, 50)
	var (
		img image.Image
		err error
	)
	if has {
		spec.Width, spec.Height, spec.Scale = w, h, zoom
		img, err = chart.RenderImage(spec)
		if errors.Is(err, chart.ErrNoData) {
			img, err = chart.RenderMessageImage(lang.L("暂无数据：所选地区没有这个指标的数值"), spec)
		}
	} else {
		// the theme's background, not white in dark mode
		img, err = chart.RenderMessageImage(msg, chart.Spec{Width: w, Height: h, Dark: themeIsDark(), Scale: zoom})
	}
	if err != nil {
		fyne.LogError("draw chart", err)
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return img
}

// Tapped finds the bar under the pointer and calls OnBar.
func (c *ChartView) Tapped(e *fyne.PointEvent) {
	if c.OnBar == nil {
		return
	}
	if m, ok := c.markAt(e.Position); ok {
		c.OnBar(m.Label, m.Series)
	}
}

// MinSize keeps charts readable.
func (c *ChartView) MinSize() fyne.Size { return fyne.NewSize(360, 220) }

// CreateRenderer implements fyne.Widget.
func (c *ChartView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.raster, c.overlay))
}
