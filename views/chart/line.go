package chart

import (
	"math"
)

// maxPointLabels is how many points a Line chart labels with their values;
// with more, the values are left to hover tooltips and exports stay legible.
const maxPointLabels = 36

// line lays out a Line chart below y = top: periods along the bottom,
// evenly spaced and oldest first, a value axis on the left starting at
// zero, one line per series through its values.
func (l *layout) line(spec Spec, top float64) {
	pad, s := l.pad(), l.s
	labelSize, valueSize, tickSize := 13*s, 11.5*s, 12*s
	lo, hi, integer := bounds(spec)
	ticks := niceTicks(lo, hi, l.tickTarget(), integer)
	tickW := l.tickWidth(spec, ticks, tickSize)
	plotL, plotR := pad+tickW+8*s, l.w-pad
	plotB := l.bottom - labelSize*1.5
	ay := axis{ticks[0], ticks[len(ticks)-1], plotB - 6*s, top + valueSize*1.6}
	l.valueGrid(ticks, ay, plotL, plotR, tickSize, spec)
	slotW := (plotR - plotL) / float64(len(spec.Labels))
	for i, label := range spec.Labels {
		x0 := plotL + float64(i)*slotW
		l.slots = append(l.slots, rect{x0, top, x0 + slotW, l.bottom})
		text, size := l.m.fit(label, labelSize, 8.5*s, slotW-4*s)
		l.addTextAligned(text, x0+slotW/2, plotB+size*1.2, size, 0, l.pal.text)
	}
	x := func(i int) float64 { return plotL + (float64(i)+0.5)*slotW }
	labelled := countFinite(spec) <= maxPointLabels
	var placed []rect
	for j, ser := range spec.Series {
		c := l.pal.seriesColor(ser, j)
		p := poly{color: c, width: math.Max(1.5, 2*s), dashed: ser.Dashed}
		for i, v := range ser.Values {
			if math.IsNaN(v) {
				continue
			}
			px, py := x(i), ay.at(v)
			p.xs, p.ys = append(p.xs, px), append(p.ys, py)
			rad := 4.5 * s
			hit := math.Max(rad+4*s, math.Min(slotW/2, 14*s))
			l.marks = append(l.marks, mark{label: i, series: j, r: rect{px - hit, py - hit, px + hit, py + hit},
				cx: px, cy: py, rad: rad, shape: ser.Marker, color: c, hollow: ser.Hollow})
			if labelled {
				placed = l.pointLabel(spec, ser, i, v, px, py, valueSize, placed)
			}
		}
		if len(p.xs) > 1 {
			l.polys = append(l.polys, p)
		}
	}
	zero := ay.at(0)
	l.lines = append(l.lines, line{plotL, zero, plotR, zero, l.pal.axis, math.Max(1, math.Round(s)), false})
}

// pointLabel places the value of point i above it (below for a negative
// value) unless it would overlap a label already placed.
func (l *layout) pointLabel(spec Spec, ser Series, i int, v, px, py, size float64, placed []rect) []rect {
	text := spec.Locale.Human(v, spec.Unit)
	if i < len(ser.Texts) && ser.Texts[i] != "" {
		text = ser.Texts[i]
	}
	w := l.m.width(text, size)
	y := py - 8*l.s
	if v < 0 {
		y = py + 8*l.s + size
	}
	r := rect{px - w/2 - 2, y - size, px + w/2 + 2, y + 2}
	for _, o := range placed {
		if r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1 {
			return placed
		}
	}
	l.addTextAligned(text, px, y, size, 0, l.pal.text)
	return append(placed, r)
}

// countFinite is how many values of the series are numbers.
func countFinite(spec Spec) int {
	n := 0
	for _, ser := range spec.Series {
		for _, v := range ser.Values {
			if !math.IsNaN(v) {
				n++
			}
		}
	}
	return n
}
