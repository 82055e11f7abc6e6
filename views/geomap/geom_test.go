package geomap

import (
	"math"
	"testing"
)

func square(x0, y0, x1, y1 float64) []Point {
	return []Point{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
}

func TestPointInPolygon(t *testing.T) {
	withHole := [][]Point{square(0, 0, 10, 10), square(4, 4, 6, 6)}
	// A U shape: its centroid (5, ~3.6) lies in the notch.
	u := [][]Point{{{0, 0}, {10, 0}, {10, 10}, {7, 10}, {7, 2}, {3, 2}, {3, 10}, {0, 10}}}
	tests := []struct {
		name string
		poly [][]Point
		p    Point
		want bool
	}{
		{"inside square", withHole[:1], Point{5, 5}, true},
		{"outside square", withHole[:1], Point{11, 5}, false},
		{"left of square", withHole[:1], Point{-1, 5}, false},
		{"in hole", withHole, Point{5, 5}, false},
		{"between hole and border", withHole, Point{2, 5}, true},
		{"U arm", u, Point{1, 8}, true},
		{"U notch", u, Point{5, 8}, false},
		{"U base", u, Point{5, 1}, true},
		{"empty", nil, Point{0, 0}, false},
	}
	for _, tc := range tests {
		if got := PointInPolygon(tc.p, tc.poly); got != tc.want {
			t.Errorf("%s: PointInPolygon(%v) = %v, want %v", tc.name, tc.p, got, tc.want)
		}
	}
}

func TestLabelPointInsideConcave(t *testing.T) {
	u := [][][]Point{{{{0, 0}, {10, 0}, {10, 10}, {7, 10}, {7, 2}, {3, 2}, {3, 10}, {0, 10}, {0, 0}}}}
	c := centroid(u)
	if PointInPolygon(c, u[0]) {
		t.Fatalf("test shape broken: centroid %v is inside", c)
	}
	l := labelPoint(u, 1)
	if !PointInPolygon(l, u[0]) {
		t.Errorf("labelPoint %v is outside the U", l)
	}
	if d := borderDistance(l, u[0], 1); d < 1.2 {
		t.Errorf("labelPoint %v only %.2f from the border; want a point well inside", l, d)
	}
}

func TestProjection(t *testing.T) {
	bounds := Rect{Point{119.5, 35.5}, Point{121.5, 37.2}}
	box := Rect{Point{10, 20}, Point{810, 620}}
	p := Fit(bounds, box)
	for _, ll := range []Point{bounds.Min, bounds.Max, {120.4, 36.1}} {
		px := p.Project(ll)
		if !box.Contains(Point{math.Round(px.X*1e6) / 1e6, math.Round(px.Y*1e6) / 1e6}) {
			t.Errorf("Project(%v) = %v, outside box %v", ll, px, box)
		}
		back := p.Inverse(px)
		if math.Abs(back.X-ll.X) > 1e-9 || math.Abs(back.Y-ll.Y) > 1e-9 {
			t.Errorf("Inverse(Project(%v)) = %v", ll, back)
		}
	}
	// North is up, east is right.
	a, b := p.Project(Point{120, 36}), p.Project(Point{120.1, 36.1})
	if b.X <= a.X || b.Y >= a.Y {
		t.Errorf("orientation: %v → %v, want east and up", a, b)
	}
	// One degree of longitude is cos(lat0) of a degree of latitude.
	dx := p.Project(Point{121, 36}).X - p.Project(Point{120, 36}).X
	dy := p.Project(Point{120, 36}).Y - p.Project(Point{120, 37}).Y
	if want := math.Cos(rad(p.Lat0)); math.Abs(dx/dy-want) > 1e-9 {
		t.Errorf("lon/lat pixel ratio = %.4f, want cos(lat0) = %.4f", dx/dy, want)
	}
	// The map fills the box along one axis and is centred along the other.
	tl, br := p.Project(Point{bounds.Min.X, bounds.Max.Y}), p.Project(Point{bounds.Max.X, bounds.Min.Y})
	fillsW := math.Abs(br.X-tl.X-box.Dx()) < 1e-6
	fillsH := math.Abs(br.Y-tl.Y-box.Dy()) < 1e-6
	if !fillsW && !fillsH {
		t.Errorf("projected bounds %v–%v fill neither side of %v", tl, br, box)
	}
	if mid := (tl.X + br.X) / 2; math.Abs(mid-410) > 1e-6 {
		t.Errorf("not centred: x mid %.2f, want 410", mid)
	}
}
