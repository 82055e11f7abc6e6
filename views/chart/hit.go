package chart

import "math"

// BarAt reports which label's bar (a column for vertical charts, a row for
// Horizontal ones, including the label and value text) is under the point
// (x, y) of spec drawn at width × height pixels. The GUI uses it to list the
// sentences behind a clicked bar. ok is false outside every bar's column and
// for a spec Render would refuse.
func BarAt(spec Spec, width, height int, x, y int) (index int, ok bool) {
	l, ok := hitLayout(spec, width, height)
	if !ok {
		return -1, false
	}
	for i, slot := range l.slots {
		if slot.contains(float64(x), float64(y), 0) {
			return i, true
		}
	}
	return -1, false
}

// SegmentAt reports which drawn bar or stacked segment is under (x, y):
// its label index and series index (0 for Bar and Horizontal charts). Tiny
// bars are hit within a few pixels.
func SegmentAt(spec Spec, width, height int, x, y int) (label, series int, ok bool) {
	l, ok := hitLayout(spec, width, height)
	if !ok {
		return -1, -1, false
	}
	best, bestD := -1, math.Inf(1)
	for i, m := range l.marks {
		if !m.r.contains(float64(x), float64(y), 0) {
			continue
		}
		if d := math.Hypot(m.cx-float64(x), m.cy-float64(y)); d < bestD {
			best, bestD = i, d // the nearest point where hit areas overlap
		}
	}
	if best >= 0 {
		return l.marks[best].label, l.marks[best].series, true
	}
	if spec.Kind == Line || spec.Kind == Grid {
		return -1, -1, false // their bars and lines are not marks of their own
	}
	for _, b := range l.bars {
		if b.r.contains(float64(x), float64(y), 2) {
			return b.label, b.series, true
		}
	}
	return -1, -1, false
}

// hitLayout lays spec out at width × height as Render would.
func hitLayout(spec Spec, width, height int) (*layout, bool) {
	spec.Width, spec.Height = width, height
	spec = withDefaults(spec)
	if validate(spec) != nil {
		return nil, false
	}
	f, err := loadFont()
	if err != nil {
		return nil, false
	}
	return newLayout(spec, newMeasurer(f)), true
}
