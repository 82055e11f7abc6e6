package main

import (
	"math"

	"zhibiao/assets/geo"
)

// labelPoint approximates the pole of inaccessibility of the largest
// polygon of rings (the inside point farthest from its border): a grid
// search over its box, refined twice around the best cell.
func labelPoint(rings [][]pt) pt {
	ext, holes := largestPolygon(rings)
	if ext == nil {
		return pt{}
	}
	poly := append([][]pt{ext}, holes...)
	minX, minY, maxX, maxY := bbox(ext)
	kx := math.Cos(float64(minY+maxY) / 2 / geo.Unit * math.Pi / 180)
	bx, by := float64(minX+maxX)/2, float64(minY+maxY)/2
	bestD := -1.0
	x0, y0, w, h := float64(minX), float64(minY), float64(maxX-minX), float64(maxY-minY)
	const n = 20
	for range 3 {
		for i := 0; i <= n; i++ {
			for j := 0; j <= n; j++ {
				x, y := x0+w*float64(i)/n, y0+h*float64(j)/n
				if !inPolygon(x, y, poly) {
					continue
				}
				if d := borderDist(x, y, poly, kx); d > bestD {
					bx, by, bestD = x, y, d
				}
			}
		}
		x0, y0, w, h = bx-w/5, by-h/5, w*2/5, h*2/5
	}
	if bestD < 0 {
		return ext[0]
	}
	return pt{int32(math.Round(bx)), int32(math.Round(by))}
}

// largestPolygon returns the exterior ring of largest area and the holes
// that lie in it.
func largestPolygon(rings [][]pt) ([]pt, [][]pt) {
	var ext []pt
	best := int64(0)
	for _, r := range rings {
		if a := area2(r); a > best {
			ext, best = r, a
		}
	}
	if ext == nil {
		return nil, nil
	}
	var holes [][]pt
	for _, r := range rings {
		if area2(r) < 0 && inRing(float64(r[0][0]), float64(r[0][1]), ext) {
			holes = append(holes, r)
		}
	}
	return ext, holes
}

func bbox(r []pt) (minX, minY, maxX, maxY int32) {
	minX, minY, maxX, maxY = math.MaxInt32, math.MaxInt32, math.MinInt32, math.MinInt32
	for _, p := range r {
		minX, maxX = min(minX, p[0]), max(maxX, p[0])
		minY, maxY = min(minY, p[1]), max(maxY, p[1])
	}
	return
}

func inRing(x, y float64, r []pt) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		ax, ay := float64(r[i][0]), float64(r[i][1])
		bx, by := float64(r[j][0]), float64(r[j][1])
		if (ay > y) != (by > y) && x < (bx-ax)*(y-ay)/(by-ay)+ax {
			in = !in
		}
	}
	return in
}

func inPolygon(x, y float64, poly [][]pt) bool {
	in := false
	for _, r := range poly {
		if inRing(x, y, r) {
			in = !in
		}
	}
	return in
}

func borderDist(x, y float64, poly [][]pt, kx float64) float64 {
	best := math.Inf(1)
	p := pt{int32(math.Round(x)), int32(math.Round(y))}
	for _, r := range poly {
		for i := range r {
			if d := dist(p, r[i], r[(i+1)%len(r)], kx); d < best {
				best = d
			}
		}
	}
	return best
}
