package main

import (
	"math"
	"slices"
	"testing"
)

// encodeRing is echarts' encoder (the inverse of decodeRing), for tests.
func encodeRing(r ring, scale float64) (string, [2]int) {
	var units []rune
	q := func(v float64) int { return int(math.Round(v * scale)) }
	off := [2]int{q(r[0][0]), q(r[0][1])}
	px, py := off[0], off[1]
	for _, p := range r {
		x, y := q(p[0]), q(p[1])
		dx, dy := x-px, y-py
		px, py = x, y
		units = append(units, rune((dx<<1)^(dx>>31)+64), rune((dy<<1)^(dy>>31)+64))
	}
	return string(units), off
}

func TestDecodeRing(t *testing.T) {
	r := ring{{120.5, 36.25}, {120.75, 36.0}, {121.0, 36.5}, {119.0, 35.0}, {120.5, 36.25}}
	s, off := encodeRing(r, 1024)
	got := decodeRing(s, off, 1024)
	if !slices.Equal(got, r) {
		t.Errorf("decodeRing = %v, want %v", got, r)
	}
}

func TestSimplifyKeepsSharedBorder(t *testing.T) {
	// Two squares sharing a wavy border near x=1, with waves above the
	// tolerance so that where Douglas-Peucker starts matters.
	var border ring
	for i := 0; i <= 40; i++ {
		y := float64(i) / 40
		border = append(border, point{1 + 0.05*math.Sin(y*3*math.Pi) + 0.002*float64(i%3), y})
	}
	left := ring{{0, 0}}
	left = append(left, border...)
	left = append(left, point{0, 1})
	// Start the ring mid-border, so the ring's own start is no anchor.
	left = append(left[25:], left[:25]...)
	left = append(left, left[0])
	right := ring{{2, 1}}
	rev := slices.Clone(border)
	slices.Reverse(rev)
	right = append(right, rev...)
	right = append(right, point{2, 0}, point{2, 1})
	fc := &collection{Features: []feature{
		{Geometry: geometry{Coordinates: []polygon{{left}}}},
		{Geometry: geometry{Coordinates: []polygon{{right}}}},
	}}
	simplify(fc, 0.01)
	l, r := fc.Features[0].Geometry.Coordinates[0][0], fc.Features[1].Geometry.Coordinates[0][0]
	onBorder := func(rg ring) []point {
		var out []point
		for _, p := range rg {
			if p[0] > 0.5 && p[0] < 1.5 {
				out = append(out, p)
			}
		}
		slices.SortFunc(out, func(a, b point) int { return int(math.Copysign(1, a[1]-b[1])) })
		return slices.Compact(out)
	}
	lb, rb := onBorder(l), onBorder(r)
	if !slices.Equal(lb, rb) {
		t.Errorf("shared border differs after simplifying:\nleft  %v\nright %v", lb, rb)
	}
	if len(lb) >= 41 {
		t.Errorf("border not simplified: %d points", len(lb))
	}
	if len(l) < 4 || l[0] != l[len(l)-1] {
		t.Errorf("left ring not closed or degenerate: %v", l)
	}
}
