package geomap

import "math"

// PointInRing reports whether p lies inside the closed ring (even-odd rule;
// the ring may or may not repeat its first point at the end).
func PointInRing(p Point, ring []Point) bool {
	in := false
	n := len(ring)
	for i, j := 0, n-1; i < n; j, i = i, i+1 {
		a, b := ring[i], ring[j]
		if (a.Y > p.Y) != (b.Y > p.Y) &&
			p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
	}
	return in
}

// PointInPolygon reports whether p lies inside polygon: inside its exterior
// ring (polygon[0]) and outside every hole (polygon[1:]).
func PointInPolygon(p Point, polygon [][]Point) bool {
	if len(polygon) == 0 || !PointInRing(p, polygon[0]) {
		return false
	}
	for _, hole := range polygon[1:] {
		if PointInRing(p, hole) {
			return false
		}
	}
	return true
}

// Contains reports whether the feature covers p (in degrees).
func (f *Feature) Contains(p Point) bool {
	if !f.Bounds.Contains(p) {
		return false
	}
	for _, poly := range f.Polygons {
		if PointInPolygon(p, poly) {
			return true
		}
	}
	return false
}

// signedArea is the shoelace area of a ring; positive when counter-clockwise
// in a y-up frame.
func signedArea(r []Point) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i].X*r[j].Y - r[j].X*r[i].Y
	}
	return s / 2
}

// centroid is the area-weighted centroid of polygons (holes subtracted).
func centroid(polys [][][]Point) Point {
	var ax, ay, at float64
	for _, poly := range polys {
		for k, r := range poly {
			a := math.Abs(signedArea(r))
			if k > 0 {
				a = -a
			}
			c := ringCentroid(r)
			ax, ay, at = ax+a*c.X, ay+a*c.Y, at+a
		}
	}
	if at == 0 {
		return polys[0][0][0]
	}
	return Point{ax / at, ay / at}
}

func ringCentroid(r []Point) Point {
	var cx, cy, a float64
	for i := range r {
		j := (i + 1) % len(r)
		cross := r[i].X*r[j].Y - r[j].X*r[i].Y
		cx += (r[i].X + r[j].X) * cross
		cy += (r[i].Y + r[j].Y) * cross
		a += cross
	}
	if a == 0 {
		return r[0]
	}
	return Point{cx / (3 * a), cy / (3 * a)}
}

// largestPolygon returns the polygon with the largest exterior area.
func largestPolygon(polys [][][]Point) [][]Point {
	best, bestA := polys[0], -1.0
	for _, p := range polys {
		if a := math.Abs(signedArea(p[0])); a > bestA {
			best, bestA = p, a
		}
	}
	return best
}

// labelPoint approximates the pole of inaccessibility of the largest polygon
// (the interior point farthest from its border), which unlike the centroid is
// always inside, even for concave shapes. xScale (cos of the latitude)
// makes distances isotropic. It scans a grid, then refines around the best
// cell twice.
func labelPoint(polys [][][]Point, xScale float64) Point {
	poly := largestPolygon(polys)
	b := polygonsBounds([][][]Point{poly})
	best, bestD := poly[0][0], -1.0
	const n = 16
	for range 3 {
		dx, dy := b.Dx()/n, b.Dy()/n
		for i := 0; i <= n; i++ {
			for j := 0; j <= n; j++ {
				p := Point{b.Min.X + float64(i)*dx, b.Min.Y + float64(j)*dy}
				if !PointInPolygon(p, poly) {
					continue
				}
				if d := borderDistance(p, poly, xScale); d > bestD {
					best, bestD = p, d
				}
			}
		}
		b = Rect{Point{best.X - 2*dx, best.Y - 2*dy}, Point{best.X + 2*dx, best.Y + 2*dy}}
	}
	if bestD < 0 {
		return centroid(polys)
	}
	return best
}

// borderDistance is the distance from p to the nearest edge of poly, with x
// scaled by xScale.
func borderDistance(p Point, poly [][]Point, xScale float64) float64 {
	best := math.Inf(1)
	px := p.X * xScale
	for _, r := range poly {
		for i := range r {
			a, b := r[i], r[(i+1)%len(r)]
			if d := segmentDistance2(px, p.Y, a.X*xScale, a.Y, b.X*xScale, b.Y); d < best {
				best = d
			}
		}
	}
	return math.Sqrt(best)
}

// segmentDistance2 is the squared distance from (px, py) to segment a–b.
func segmentDistance2(px, py, ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		t = ((px-ax)*dx + (py-ay)*dy) / l2
		if t < 0 {
			t = 0
		} else if t > 1 {
			t = 1
		}
	}
	ex, ey := px-ax-t*dx, py-ay-t*dy
	return ex*ex + ey*ey
}
