package chart

import (
	"math"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// rect is an axis-aligned rectangle in pixels, x0 ≤ x1 and y0 ≤ y1.
type rect struct{ x0, y0, x1, y1 float64 }

// contains reports whether (x, y) lies in r grown by tol pixels.
func (r rect) contains(x, y, tol float64) bool {
	return x >= r.x0-tol && x < r.x1+tol && y >= r.y0-tol && y < r.y1+tol
}

// textItem is one piece of text placed by the layout: x is its left edge,
// y its baseline.
type textItem struct {
	text  string
	x, y  float64
	size  float64
	color drawing.Color
}

// bar is one drawn bar (or stacked segment) and where its value came from.
type bar struct {
	label, series int // series is 0 for Bar and Horizontal
	r             rect
	color         drawing.Color
	hollow        bool // an outline (a target)
}

// poly is a line through points (a Line series).
type poly struct {
	xs, ys []float64
	color  drawing.Color
	width  float64
	dashed bool
}

// mark is a Line chart's point marker or a Grid chart's cell: what a click
// or hover at r selects.
type mark struct {
	label, series int
	r             rect // the area that selects it
	cx, cy, rad   float64
	shape         int // Series.Marker; -1 for a Grid cell (nothing drawn)
	color         drawing.Color
	hollow        bool
}

// line is a straight line: a grid line (drawn behind the bars) or an axis.
type line struct {
	x0, y0, x1, y1 float64
	color          drawing.Color
	width          float64
	grid           bool
}

// swatch is a legend colour box.
type swatch struct {
	r      rect
	color  drawing.Color
	hollow bool
	shape  int // a Line series' marker shape, drawn over a short line; -1: a box
}

// layout is a chart reduced to things to draw; Render draws it and BarAt
// hit-tests it, so both always agree.
type layout struct {
	w, h     float64
	s        float64 // scale factor for sizes (1 at 720×400 and Spec.Scale 1)
	zoom     float64 // Spec.Scale (1 if unset): pixels per unit of the interface
	pal      palette
	m        *measurer
	texts    []textItem
	bars     []bar
	lines    []line
	swatches []swatch
	polys    []poly
	marks    []mark
	slots    []rect  // per label: the column (or row) a click selects
	bottom   float64 // the lowest y the plot may use (above the source line)
}

// newLayout lays spec out; spec must have passed validate.
func newLayout(spec Spec, m *measurer) *layout {
	l := newBlankLayout(spec, m)
	top := l.header(spec)
	l.footer(spec)
	switch spec.Kind {
	case Horizontal:
		l.horizontal(spec, top)
	case Line:
		l.line(spec, top)
	case Grid:
		l.grid(spec, top)
	default:
		l.vertical(spec, top)
	}
	return l
}

// footer places the source line at the bottom and sets l.bottom above it.
func (l *layout) footer(spec Spec) {
	pad, size := l.pad(), 11*l.s
	lines := l.m.wrap(spec.Source, size, l.w-2*pad, 2)
	l.bottom = l.h - pad - float64(len(lines))*size*1.35
	y := l.bottom + size*1.1
	for _, ln := range lines {
		l.addText(ln, pad, y, size, l.pal.muted)
		y += size * 1.35
	}
	if len(lines) > 0 {
		l.bottom -= 4 * l.s
	}
}

// newBlankLayout is an empty layout of spec's size, scale and palette.
func newBlankLayout(spec Spec, m *measurer) *layout {
	w, h := float64(spec.Width), float64(spec.Height)
	zoom := spec.Scale
	if !(zoom > 0) || math.IsInf(zoom, 0) {
		zoom = 1
	}
	return &layout{w: w, h: h, s: scaleFor(w/zoom, h/zoom) * zoom, zoom: zoom, pal: paletteFor(spec.Dark), m: m, bottom: h - 14*scaleFor(w/zoom, h/zoom)*zoom}
}

// scaleFor grows text and margins gently with the chart size so labels stay
// readable both at 720×400 and full screen.
func scaleFor(w, h float64) float64 {
	s := math.Sqrt(math.Min(w/DefaultWidth, h/DefaultHeight))
	return math.Max(0.75, math.Min(1.8, s))
}

// pad is the outer margin.
func (l *layout) pad() float64 { return 14 * l.s }

// addText places text with its left edge at x.
func (l *layout) addText(text string, x, y, size float64, c drawing.Color) {
	if text != "" {
		l.texts = append(l.texts, textItem{text: text, x: x, y: y, size: size, color: c})
	}
}

// addTextAligned places text left (align<0), centred (0) or right (>0) of x.
func (l *layout) addTextAligned(text string, x, y, size float64, align int, c drawing.Color) {
	w := l.m.width(text, size)
	switch {
	case align == 0:
		x -= w / 2
	case align > 0:
		x -= w
	}
	l.addText(text, x, y, size, c)
}

// header places title, subtitle, note and legend and returns the y below
// them.
func (l *layout) header(spec Spec) float64 {
	pad, s := l.pad(), l.s
	maxW := l.w - 2*pad
	y := pad
	if spec.Title != "" {
		t, size := l.m.fit(spec.Title, 19*s, 12*s, maxW)
		l.addText(t, pad, y+size*0.92, size, l.pal.text)
		y += size * 1.4
	}
	for _, part := range []struct {
		text string
		c    drawing.Color
	}{{spec.Subtitle, l.pal.muted}, {spec.Note, l.pal.warn}} {
		size := 13 * s
		for _, ln := range l.m.wrap(part.text, size, maxW, 2) {
			l.addText(ln, pad, y+size*0.92, size, part.c)
			y += size * 1.35
		}
	}
	if spec.Kind == Grouped || spec.Kind == Stacked || spec.Kind == Line {
		y = l.legend(spec, y+2*s)
	}
	return y + 4*s
}

// legend places one swatch and name per series, wrapping into rows.
func (l *layout) legend(spec Spec, y float64) float64 {
	pad, s := l.pad(), l.s
	size, box := 13*s, 12*s
	rowH := size * 1.5
	x := pad
	for i, ser := range spec.Series {
		name := l.m.ellipsize(ser.Name, size, l.w/3)
		itemW := box + 5*s + l.m.width(name, size)
		if x > pad && x+itemW > l.w-pad {
			x, y = pad, y+rowH
		}
		sy := y + (rowH-box)/2
		sw := swatch{rect{x, sy, x + box, sy + box}, l.pal.seriesColor(ser, i), ser.Hollow, -1}
		if spec.Kind == Line {
			sw.shape = ser.Marker
		}
		l.swatches = append(l.swatches, sw)
		l.addText(name, x+box+5*s, y+rowH/2+size*0.36, size, l.pal.text)
		x += itemW + 14*s
	}
	if len(spec.Series) > 0 {
		y += rowH
	}
	return y
}

// axis maps values to pixels along one direction: v0 ↦ p0, v1 ↦ p1.
type axis struct{ v0, v1, p0, p1 float64 }

// at is the pixel position of v.
func (a axis) at(v float64) float64 {
	return a.p0 + (v-a.v0)/(a.v1-a.v0)*(a.p1-a.p0)
}

// bounds returns the smallest and largest value the bars reach, always
// including 0 (bars start at zero); stacked bars reach their sums.
func bounds(spec Spec) (lo, hi float64, integer bool) {
	integer = true
	see := func(v float64) {
		if math.IsNaN(v) {
			return
		}
		lo, hi = math.Min(lo, v), math.Max(hi, v)
		integer = integer && v == math.Trunc(v)
	}
	if spec.Kind == Stacked {
		for i := range spec.Labels {
			pos, neg := stackSums(spec, i)
			see(pos)
			see(neg)
		}
		for _, ser := range spec.Series {
			for _, v := range ser.Values {
				integer = integer && (math.IsNaN(v) || v == math.Trunc(v))
			}
		}
		return lo, hi, integer
	}
	for _, vals := range valueSets(spec) {
		for _, v := range vals {
			see(v)
		}
	}
	return lo, hi, integer
}

// stackSums is the sum of the positive and of the negative values of label i
// across the series.
func stackSums(spec Spec, i int) (pos, neg float64) {
	for _, ser := range spec.Series {
		switch v := ser.Values[i]; {
		case v > 0:
			pos += v
		case v < 0:
			neg += v
		}
	}
	return pos, neg
}

// niceTicks extends [lo, hi] to round tick values about target steps apart.
// For integer values (counts) the steps are whole: 1 rather than 0.5, 2
// rather than 2.5.
func niceTicks(lo, hi float64, target int, integer bool) []float64 {
	if hi == lo {
		hi = lo + 1
	}
	step := niceStep((hi - lo) / float64(target))
	if integer {
		step = math.Max(1, math.Floor(step))
	}
	k0, k1 := math.Floor(lo/step+1e-9), math.Ceil(hi/step-1e-9)
	ticks := make([]float64, 0, int(k1-k0)+1)
	for k := k0; k <= k1; k++ {
		ticks = append(ticks, k*step)
	}
	return ticks
}

// niceStep rounds x to the nearest 1, 2, 2.5 or 5 times a power of ten.
func niceStep(x float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(x)))
	switch f := x / p; {
	case f <= 1.5:
		return p
	case f <= 2.25:
		return 2 * p
	case f <= 3.5:
		return 2.5 * p
	case f <= 7.5:
		return 5 * p
	default:
		return 10 * p
	}
}

// tickLabel formats an axis tick: 万/亿 without the unit, except % which is
// short enough to repeat.
func tickLabel(v float64, unit string) string {
	if unit == "%" {
		return humanNumber(v, unit) + "%"
	}
	return humanNumber(v, unit)
}

// valueLabel is the text drawn on bar i.
func valueLabel(spec Spec, i int, v float64) string {
	if i < len(spec.ValueLabels) && spec.ValueLabels[i] != "" {
		return spec.ValueLabels[i]
	}
	return spec.Locale.Human(v, spec.Unit)
}

// onColor is a readable text colour on a bar of colour c.
func onColor(c drawing.Color) drawing.Color {
	lum := 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)
	if lum > 160 {
		return drawing.ColorFromHex("1f2328")
	}
	return drawing.ColorFromHex("ffffff")
}
