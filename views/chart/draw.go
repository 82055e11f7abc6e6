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
		fillRect(r, b.r, b.color)
	}
	for _, ln := range l.lines {
		if !ln.grid {
			strokeLine(r, ln)
		}
	}
	for _, sw := range l.swatches {
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
