package chart

import (
	"math"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// tickWidth is the width of the widest value-axis label of ticks.
func (l *layout) tickWidth(spec Spec, ticks []float64, size float64) float64 {
	w := 0.0
	for _, t := range ticks {
		w = math.Max(w, l.m.width(spec.Locale.tick(t, spec.Unit), size))
	}
	return w
}

// vertical lays out Bar, Grouped and Stacked charts below y = top.
func (l *layout) vertical(spec Spec, top float64) {
	pad, s := l.pad(), l.s
	labelSize, valueSize, tickSize := 14*s, 13*s, 12*s
	lo, hi, integer := bounds(spec)
	ticks := niceTicks(lo, hi, l.tickTarget(), integer)
	tickW := l.tickWidth(spec, ticks, tickSize)
	plotL, plotR := pad+tickW+8*s, l.w-pad
	plotB := l.bottom - labelSize*1.5
	innerT, innerB := top+valueSize*1.6, plotB
	if hasNotes(spec) {
		innerT += valueSize * 1.2 // room for a second label line: （目标）
	}
	if lo < 0 {
		innerB -= valueSize * 1.6 // room for labels under negative bars
	}
	ay := axis{ticks[0], ticks[len(ticks)-1], innerB, innerT}
	l.valueGrid(ticks, ay, plotL, plotR, tickSize, spec)

	slotW := (plotR - plotL) / float64(len(spec.Labels))
	for i, label := range spec.Labels {
		x0 := plotL + float64(i)*slotW
		l.slots = append(l.slots, rect{x0, top, x0 + slotW, l.bottom})
		text, size := l.m.fit(label, labelSize, 9*s, slotW-4*s)
		l.addTextAligned(text, x0+slotW/2, plotB+size*1.2, size, 0, l.pal.text)
		switch spec.Kind {
		case Grouped:
			l.groupedBars(spec, i, x0, slotW, ay, valueSize)
		case Stacked:
			l.stackedBar(spec, i, x0, slotW, ay, valueSize)
		default:
			l.singleBar(spec, i, x0, slotW, ay, valueSize)
		}
	}
	zero := ay.at(0)
	l.lines = append(l.lines, line{plotL, zero, plotR, zero, l.pal.axis, math.Max(1, math.Round(s)), false})
}

// tickTarget is how many axis steps fit the chart's height.
func (l *layout) tickTarget() int {
	return int(math.Max(3, math.Min(8, l.h/l.zoom/90)))
}

// valueGrid places horizontal grid lines and tick labels for a vertical
// value axis.
func (l *layout) valueGrid(ticks []float64, ay axis, plotL, plotR, size float64, spec Spec) {
	for _, t := range ticks {
		y := ay.at(t)
		if t != 0 {
			l.lines = append(l.lines, line{plotL, y, plotR, y, l.pal.grid, 1, true})
		}
		l.addTextAligned(spec.Locale.tick(t, spec.Unit), plotL-6*l.s, y+size*0.36, size, 1, l.pal.muted)
	}
}

// singleBar places bar i of a Bar chart and its value label.
func (l *layout) singleBar(spec Spec, i int, x0, slotW float64, ay axis, valueSize float64) {
	v := spec.Values[i]
	cx := x0 + slotW/2
	bw := math.Min(slotW*0.6, 96*l.s)
	if math.IsNaN(v) { // 无数据, or the value label's reason (无人口数字)
		text, size := spec.Locale.noData(), valueSize
		if i < len(spec.ValueLabels) && spec.ValueLabels[i] != "" {
			text, size = l.m.fit(spec.ValueLabels[i], valueSize, 8.5*l.s, slotW-2*l.s)
		}
		l.addTextAligned(text, cx, ay.at(0)-5*l.s, size, 0, l.pal.muted)
		return
	}
	r := barRect(cx-bw/2, cx+bw/2, ay.at(0), ay.at(v))
	l.bars = append(l.bars, bar{label: i, r: r, color: l.pal.bar})
	label := valueLabel(spec, i, v)
	main, note, split := splitNote(label)
	if !split || l.m.width(label, valueSize*0.9) <= slotW-2*l.s {
		text, size := l.m.fit(label, valueSize, 8.5*l.s, slotW-2*l.s)
		l.valueText(text, cx, ay.at(v), v < 0, size)
		return
	}
	// Too narrow for 1.2亿元（目标）: the note goes on a line of its own.
	text, size := l.m.fit(main, valueSize, 8.5*l.s, slotW-2*l.s)
	note, _ = l.m.fit(note, size, 8.5*l.s, slotW-2*l.s)
	end := ay.at(v)
	if v < 0 {
		l.valueText(text, cx, end, true, size)
		l.valueText(note, cx, end+size*1.2, true, size)
		return
	}
	l.valueText(note, cx, end-size*1.2, false, size)
	l.valueText(text, cx, end, false, size)
}

// hasNotes reports whether a value label carries a note in brackets that
// may need a second line.
func hasNotes(spec Spec) bool {
	for _, s := range spec.ValueLabels {
		if _, _, ok := splitNote(s); ok {
			return true
		}
	}
	return false
}

// valueText places a value label above a bar's end (below for negative
// values).
func (l *layout) valueText(text string, cx, end float64, below bool, size float64) {
	y := end - 5*l.s
	if below {
		y = end + size + 3*l.s
	}
	l.addTextAligned(text, cx, y, size, 0, l.pal.text)
}

// groupedBars places the series' bars of label i side by side.
func (l *layout) groupedBars(spec Spec, i int, x0, slotW float64, ay axis, valueSize float64) {
	n := float64(len(spec.Series))
	groupW := math.Min(slotW*0.86, 64*l.s*n)
	bw := groupW / n
	gap := math.Min(2*l.s, bw*0.15)
	left := x0 + (slotW-groupW)/2
	for j, ser := range spec.Series {
		v := ser.Values[i]
		if math.IsNaN(v) {
			continue
		}
		bx := left + float64(j)*bw
		r := barRect(bx+gap, bx+bw-gap, ay.at(0), ay.at(v))
		l.bars = append(l.bars, bar{label: i, series: j, r: r, color: l.pal.seriesColor(ser, j), hollow: ser.Hollow})
		text := spec.Locale.Human(v, spec.Unit)
		if i < len(ser.Texts) && ser.Texts[i] != "" {
			text = ser.Texts[i]
		}
		if fitted, size := l.m.fit(text, valueSize, 8*l.s, bw+4*l.s); fitted == text {
			l.valueText(text, bx+bw/2, ay.at(v), v < 0, size)
		}
	}
}

// stackedBar places label i's series stacked from zero (positives up,
// negatives down), with each segment's value inside it when it fits and the
// total on top.
func (l *layout) stackedBar(spec Spec, i int, x0, slotW float64, ay axis, valueSize float64) {
	cx := x0 + slotW/2
	bw := math.Min(slotW*0.6, 96*l.s)
	pos, neg := 0.0, 0.0
	for j, ser := range spec.Series {
		v := ser.Values[i]
		if math.IsNaN(v) || v == 0 {
			continue
		}
		base := &pos
		if v < 0 {
			base = &neg
		}
		r := barRect(cx-bw/2, cx+bw/2, ay.at(*base), ay.at(*base+v))
		*base += v
		c := l.pal.seriesColor(ser, j)
		l.bars = append(l.bars, bar{label: i, series: j, r: r, color: c})
		l.segmentText(spec.Locale.Human(v, spec.Unit), r, valueSize*0.92, c)
	}
	total, anyValue := stackTotal(spec, i)
	if !anyValue {
		l.addTextAligned(spec.Locale.noData(), cx, ay.at(0)-5*l.s, valueSize, 0, l.pal.muted)
		return
	}
	text, size := l.m.fit(spec.Locale.Human(total, spec.Unit), valueSize, 8.5*l.s, slotW-2*l.s)
	l.valueText(text, cx, ay.at(pos), false, size)
}

// stackTotal is the sum of label i's values and whether any is a number.
func stackTotal(spec Spec, i int) (float64, bool) {
	total, any := 0.0, false
	for _, ser := range spec.Series {
		if v := ser.Values[i]; !math.IsNaN(v) {
			total += v
			any = true
		}
	}
	return total, any
}

// segmentText places text centred inside a stacked segment when it fits.
func (l *layout) segmentText(text string, r rect, size float64, c drawing.Color) {
	if r.y1-r.y0 < size*1.15 || l.m.width(text, size) > r.x1-r.x0-4*l.s {
		return
	}
	l.addTextAligned(text, (r.x0+r.x1)/2, (r.y0+r.y1)/2+size*0.36, size, 0, onColor(c))
}

// horizontal lays out a Horizontal chart below y = top: labels on the left,
// bars growing right, values after the bars, the value axis at the bottom.
func (l *layout) horizontal(spec Spec, top float64) {
	pad, s := l.pad(), l.s
	labelSize, valueSize, tickSize := 14*s, 13*s, 12*s
	labelW, valueW := 0.0, 0.0
	for i, label := range spec.Labels {
		labelW = math.Max(labelW, l.m.width(label, labelSize))
		valueW = math.Max(valueW, l.m.width(valueLabel(spec, i, spec.Values[i]), valueSize))
	}
	labelW = math.Min(labelW, l.w*0.3)
	lo, hi, integer := bounds(spec)
	plotL, plotR := pad+labelW+8*s, l.w-pad
	innerL, innerR := plotL, plotR-valueW-6*s
	if lo < 0 {
		innerL += valueW + 6*s
	}
	plotB := l.bottom - tickSize*1.5
	ticks := niceTicks(lo, hi, int(math.Max(2, math.Min(6, (innerR-innerL)/(70*s)))), integer)
	ax := axis{ticks[0], ticks[len(ticks)-1], innerL, innerR}
	for _, t := range ticks {
		x := ax.at(t)
		if t != 0 {
			l.lines = append(l.lines, line{x, top, x, plotB, l.pal.grid, 1, true})
		}
		l.addTextAligned(spec.Locale.tick(t, spec.Unit), x, plotB+tickSize*1.25, tickSize, 0, l.pal.muted)
	}
	rowH := (plotB - top) / float64(len(spec.Labels))
	for i, label := range spec.Labels {
		y0 := top + float64(i)*rowH
		l.slots = append(l.slots, rect{pad, y0, l.w - pad, y0 + rowH})
		text, size := l.m.fit(label, labelSize, 9*s, labelW)
		size = math.Min(size, rowH*0.8)
		cy := y0 + rowH/2
		l.addTextAligned(text, plotL-8*s, cy+size*0.36, size, 1, l.pal.text)
		l.horizontalBar(spec, i, cy, math.Min(rowH*0.64, 30*s), ax, math.Min(valueSize, rowH*0.8))
	}
	zero := ax.at(0)
	l.lines = append(l.lines, line{zero, top, zero, plotB, l.pal.axis, math.Max(1, math.Round(s)), false})
}

// horizontalBar places bar i of a Horizontal chart centred on cy.
func (l *layout) horizontalBar(spec Spec, i int, cy, bh float64, ax axis, size float64) {
	v := spec.Values[i]
	if math.IsNaN(v) {
		l.addText(spec.Locale.noData(), ax.at(0)+5*l.s, cy+size*0.36, size, l.pal.muted)
		return
	}
	x0, x1 := math.Min(ax.at(0), ax.at(v)), math.Max(ax.at(0), ax.at(v))
	l.bars = append(l.bars, bar{label: i, r: rect{x0, cy - bh/2, x1, cy + bh/2}, color: l.pal.bar})
	if v < 0 {
		l.addTextAligned(valueLabel(spec, i, v), x0-5*l.s, cy+size*0.36, size, 1, l.pal.text)
		return
	}
	l.addText(valueLabel(spec, i, v), x1+5*l.s, cy+size*0.36, size, l.pal.text)
}

// barRect is the rectangle between x0 and x1 from the zero line at y zero to
// the bar's end at y end (either may be the larger).
func barRect(x0, x1, zero, end float64) rect {
	return rect{x0, math.Min(zero, end), x1, math.Max(zero, end)}
}
