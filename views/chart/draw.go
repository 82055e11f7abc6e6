package chart

import (
	"math"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// drawChart paints a laid-out chart: background, grid, bars, axes, legend
// swatches, then all text on top.
func drawChart(r gochart.Renderer, spec Spec, l *layout) {
	fillRect(r, rect{0, 0, l.w, l.h}, l.pal.background)
	for _, ln := range l.lines {
		if ln.grid {
			strokeLine(r, ln)
		}
	}
	for _, b := range l.bars {
		if b.hollow {
			outlineRect(r, b.r, b.color, l.pal.background, math.Max(1.5, 2*l.s))
			continue
		}
		fillRect(r, b.r, b.color)
	}
	for _, ln := range l.lines {
		if !ln.grid {
			strokeLine(r, ln)
		}
	}
	for _, p := range l.polys {
		strokePoly(r, p, l.s)
	}
	for _, m := range l.marks {
		drawMarker(r, m, l.pal.background, l.s)
	}
	l.drawHighlight(r, spec)
	for _, sw := range l.swatches {
		if sw.shape >= 0 {
			cy := (sw.r.y0 + sw.r.y1) / 2
			strokeLine(r, line{sw.r.x0 - 2*l.s, cy, sw.r.x1 + 2*l.s, cy, sw.color, math.Max(1.5, 2*l.s), false})
			drawMarker(r, mark{cx: (sw.r.x0 + sw.r.x1) / 2, cy: cy, rad: 4 * l.s, shape: sw.shape, color: sw.color, hollow: sw.hollow}, l.pal.background, l.s)
			continue
		}
		if sw.hollow {
			outlineRect(r, sw.r, sw.color, l.pal.background, math.Max(1.5, 2*l.s))
			continue
		}
		fillRect(r, sw.r, sw.color)
	}
	for _, t := range l.texts {
		drawText(r, t)
	}
}

// drawMessage paints a chart-sized image holding only msg, centred.
func drawMessage(r gochart.Renderer, spec Spec, m *measurer, msg string) {
	l := newBlankLayout(spec, m)
	fillRect(r, rect{0, 0, l.w, l.h}, l.pal.background)
	size := 16 * l.s
	lines := m.wrap(msg, size, l.w-2*l.pad(), 4)
	y := l.h/2 - float64(len(lines)-1)*size*0.7
	for _, ln := range lines {
		l.addTextAligned(ln, l.w/2, y+size*0.36, size, 0, l.pal.muted)
		y += size * 1.4
	}
	for _, t := range l.texts {
		drawText(r, t)
	}
}

// fillRect fills r with c, snapped to whole pixels.
func fillRect(r gochart.Renderer, rc rect, c drawing.Color) {
	x0, y0 := int(math.Round(rc.x0)), int(math.Round(rc.y0))
	x1, y1 := int(math.Round(rc.x1)), int(math.Round(rc.y1))
	if y1 == y0 && rc.y1 > rc.y0 {
		y0-- // keep a tiny non-zero bar visible
	}
	r.ResetStyle()
	r.SetFillColor(c)
	r.MoveTo(x0, y0)
	r.LineTo(x1, y0)
	r.LineTo(x1, y1)
	r.LineTo(x0, y1)
	r.Close()
	r.Fill()
}

// outlineRect draws rc as an outline of colour c filled with bg (a hollow
// bar: a target).
func outlineRect(r gochart.Renderer, rc rect, c, bg drawing.Color, width float64) {
	inset := width / 2
	in := rect{rc.x0 + inset, rc.y0 + inset, rc.x1 - inset, rc.y1 - inset}
	if in.x1-in.x0 < 1 || in.y1-in.y0 < 1 {
		fillRect(r, rc, c)
		return
	}
	r.ResetStyle()
	r.SetFillColor(bg)
	r.SetStrokeColor(c)
	r.SetStrokeWidth(width)
	pathRect(r, in)
	r.FillStroke()
}

// pathRect traces rc, snapped to whole pixels.
func pathRect(r gochart.Renderer, rc rect) {
	x0, y0 := int(math.Round(rc.x0)), int(math.Round(rc.y0))
	x1, y1 := int(math.Round(rc.x1)), int(math.Round(rc.y1))
	r.MoveTo(x0, y0)
	r.LineTo(x1, y0)
	r.LineTo(x1, y1)
	r.LineTo(x0, y1)
	r.Close()
}

// strokePoly draws a Line series' line, dashed for targets.
func strokePoly(r gochart.Renderer, p poly, s float64) {
	r.ResetStyle()
	r.SetStrokeColor(p.color)
	r.SetStrokeWidth(p.width)
	if p.dashed {
		r.SetStrokeDashArray([]float64{7 * s, 5 * s})
	}
	r.MoveTo(int(math.Round(p.xs[0])), int(math.Round(p.ys[0])))
	for i := 1; i < len(p.xs); i++ {
		r.LineTo(int(math.Round(p.xs[i])), int(math.Round(p.ys[i])))
	}
	r.Stroke()
}

// drawMarker draws a Line point's marker: filled, or hollow (an outline
// on the background) for targets. Grid cells draw nothing.
func drawMarker(r gochart.Renderer, m mark, bg drawing.Color, s float64) {
	if m.shape < 0 {
		return
	}
	r.ResetStyle()
	r.SetStrokeColor(m.color)
	r.SetStrokeWidth(math.Max(1.5, 2*s))
	r.SetFillColor(m.color)
	if m.hollow {
		r.SetFillColor(bg)
	}
	markerPath(r, m)
	r.FillStroke()
}

// markerPath traces a marker's shape around its centre.
func markerPath(r gochart.Renderer, m mark) {
	x, y, d := m.cx, m.cy, m.rad
	pt := func(px, py float64) (int, int) { return int(math.Round(px)), int(math.Round(py)) }
	var pts [][2]float64
	switch m.shape % 4 {
	case 1:
		pts = [][2]float64{{x - d, y - d}, {x + d, y - d}, {x + d, y + d}, {x - d, y + d}}
	case 2:
		d *= 1.3
		pts = [][2]float64{{x, y - d}, {x + d, y}, {x, y + d}, {x - d, y}}
	case 3:
		d *= 1.3
		pts = [][2]float64{{x, y - d}, {x + d, y + d*0.8}, {x - d, y + d*0.8}}
	default:
		cx, cy := pt(x, y)
		r.Circle(d, cx, cy)
		return
	}
	r.MoveTo(pt(pts[0][0], pts[0][1]))
	for _, p := range pts[1:] {
		r.LineTo(pt(p[0], p[1]))
	}
	r.Close()
}

// drawHighlight outlines the highlighted mark (the selected bar, point or
// cell) in the text colour.
func (l *layout) drawHighlight(r gochart.Renderer, spec Spec) {
	h := spec.Highlight
	if h == nil {
		return
	}
	w := math.Max(2, 2.5*l.s)
	for _, m := range l.marks {
		if m.label == h.Label && m.series == h.Series {
			rc := m.r
			if m.shape >= 0 {
				d := m.rad + 4*l.s
				rc = rect{m.cx - d, m.cy - d, m.cx + d, m.cy + d}
			}
			strokeRect(r, rc, l.pal.text, w)
			return
		}
	}
	for _, b := range l.bars {
		if b.label == h.Label && b.series == h.Series {
			strokeRect(r, rect{b.r.x0 - w, b.r.y0 - w, b.r.x1 + w, b.r.y1 + w}, l.pal.text, w)
			return
		}
	}
}

// strokeRect outlines rc.
func strokeRect(r gochart.Renderer, rc rect, c drawing.Color, width float64) {
	r.ResetStyle()
	r.SetStrokeColor(c)
	r.SetStrokeWidth(width)
	pathRect(r, rc)
	r.Stroke()
}

// strokeLine draws ln.
func strokeLine(r gochart.Renderer, ln line) {
	r.ResetStyle()
	r.SetStrokeColor(ln.color)
	r.SetStrokeWidth(ln.width)
	r.MoveTo(int(math.Round(ln.x0)), int(math.Round(ln.y0)))
	r.LineTo(int(math.Round(ln.x1)), int(math.Round(ln.y1)))
	r.Stroke()
}

// drawText draws one placed text.
func drawText(r gochart.Renderer, t textItem) {
	r.ResetStyle()
	r.SetFontSize(t.size)
	r.SetFontColor(t.color)
	r.Text(t.text, int(math.Round(t.x)), int(math.Round(t.y)))
}
