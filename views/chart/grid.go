package chart

import (
	"fmt"
	"math"
)

// grid lays out a Grid chart below y = top: a header row of labels
// (regions), then one row per series (indicator) with its name on the
// left, each cell its value over a bar scaled to the row's largest value
// and the cell's note (period) in small muted text.
func (l *layout) grid(spec Spec, top float64) {
	pad, s := l.pad(), l.s
	rows, cols := len(spec.Series), len(spec.Labels)
	headH := 18 * s
	avail := l.bottom - top - headH
	// A row holds its value in at least 9 px text (at scale 1); a tighter
	// grid drew values in 7 px and periods in 6 px at 1000×700.
	if minRow := 26 * s; float64(rows)*minRow > avail {
		// Too many rows for the height: the first ones, and how many more.
		noteSize := 11 * s
		rows = max(1, int((avail-noteSize*1.6)/minRow))
		hidden := len(spec.Series) - rows
		l.addText(fmt.Sprintf(spec.Locale.SayN("另有%d项指标未显示（放大窗口或导出大图）", hidden), hidden),
			pad, l.bottom-noteSize*0.3, noteSize, l.pal.warn)
		avail -= noteSize * 1.6
	}
	rowH := avail / float64(rows)
	nameSize := math.Min(13*s, rowH*0.42)
	nameW := 0.0
	for _, ser := range spec.Series[:rows] {
		nameW = math.Max(nameW, l.m.width(ser.Name, nameSize))
	}
	nameW = math.Min(nameW+8*s, l.w*0.28)
	colW := (l.w - 2*pad - nameW) / float64(cols)
	x0 := pad + nameW
	for i, label := range spec.Labels {
		text, size := l.m.fit(label, 13*s, 9*s, colW-6*s)
		l.addTextAligned(text, x0+(float64(i)+0.5)*colW, top+headH*0.75, size, 0, l.pal.text)
		l.slots = append(l.slots, rect{x0 + float64(i)*colW, top, x0 + float64(i+1)*colW, l.bottom})
	}
	for j, ser := range spec.Series[:rows] {
		y0 := top + headH + float64(j)*rowH
		l.lines = append(l.lines, line{pad, y0, l.w - pad, y0, l.pal.grid, 1, true})
		name, size := l.m.fit(ser.Name, nameSize, 9*s, nameW-8*s)
		l.addText(name, pad, y0+rowH/2+size*0.36, size, l.pal.text)
		l.gridRow(spec, ser, j, x0, y0, colW, rowH)
	}
}

// minNote is the smallest text of a cell's note (its period) at scale 1: a
// row too low for it leaves the note to the tooltip.
const minNote = 7.5

// gridRow places the cells of row j.
func (l *layout) gridRow(spec Spec, ser Series, j int, x0, y0, colW, rowH float64) {
	s := l.s
	peak := 0.0
	for _, v := range ser.Values {
		if !math.IsNaN(v) {
			peak = math.Max(peak, math.Abs(v))
		}
	}
	valueSize := math.Min(12.5*s, rowH*0.36)
	noteSize := math.Min(10.5*s, rowH*0.28)
	for i, v := range ser.Values {
		cx0 := x0 + float64(i)*colW
		cell := rect{cx0, y0, cx0 + colW, y0 + rowH}
		if math.IsNaN(v) {
			l.addTextAligned("—", cx0+colW/2, y0+rowH/2+valueSize*0.36, valueSize, 0, l.pal.muted)
			continue
		}
		l.marks = append(l.marks, mark{label: i, series: j, r: cell, cx: cx0 + colW/2, cy: y0 + rowH/2, shape: -1})
		inner := colW - 10*s
		bw := inner
		if peak > 0 {
			bw = math.Max(2, inner*math.Abs(v)/peak)
		}
		barH := math.Min(valueSize*1.35, rowH*0.44)
		block := barH
		withNote := i < len(ser.Notes) && ser.Notes[i] != "" && rowH > valueSize*2.4 && noteSize >= minNote*s
		if withNote {
			block += noteSize * 1.4
		}
		barTop := y0 + (rowH-block)/2
		c := l.pal.cell
		if v < 0 {
			c = l.pal.cellNeg
		}
		l.bars = append(l.bars, bar{label: i, series: j, r: rect{cx0 + 5*s, barTop, cx0 + 5*s + bw, barTop + barH}, color: c})
		text := spec.Locale.Human(v, spec.Unit)
		if i < len(ser.Texts) && ser.Texts[i] != "" {
			text = ser.Texts[i]
		}
		text, size := l.m.fit(text, valueSize, 9*s, inner) // else cut with an ellipsis: the tooltip has it
		l.addText(text, cx0+7*s, barTop+barH/2+size*0.36, size, l.pal.text)
		if withNote {
			note, nsize := l.m.fit(ser.Notes[i], noteSize, minNote*s, inner)
			l.addText(note, cx0+5*s, barTop+barH+nsize*1.25, nsize, l.pal.muted)
		}
	}
}
