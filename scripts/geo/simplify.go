package main

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// simplify reduces every ring of fc with Douglas-Peucker at tol degrees. A
// point is kept whenever the set of rings passing through it differs from
// that of a neighbour, so a border shared by two districts is simplified
// between the same end points on both sides and stays shared. Polygons and
// holes smaller than a few tolerance squares are dropped, except the largest
// polygon of each feature.
func simplify(fc *collection, tol float64) {
	rings := openRings(fc)
	sig := signatures(rings)
	for _, r := range rings {
		*r = closeRing(simplifyRing(*r, sig, tol))
	}
	minArea := 4 * tol * tol
	for i := range fc.Features {
		g := &fc.Features[i].Geometry
		g.Coordinates = dropSmall(g.Coordinates, minArea)
	}
}

// openRings dedupes consecutive points, drops each ring's closing point and
// returns pointers to every ring.
func openRings(fc *collection) []*ring {
	var out []*ring
	for fi := range fc.Features {
		for _, p := range fc.Features[fi].Geometry.Coordinates {
			for ri := range p {
				r := dedupe(p[ri])
				if len(r) > 1 && r[0] == r[len(r)-1] {
					r = r[:len(r)-1]
				}
				p[ri] = r
				out = append(out, &p[ri])
			}
		}
	}
	return out
}

func dedupe(r ring) ring {
	out := make(ring, 0, len(r))
	for _, p := range r {
		if len(out) == 0 || out[len(out)-1] != p {
			out = append(out, p)
		}
	}
	return out
}

func closeRing(r ring) ring {
	if len(r) > 0 && r[0] != r[len(r)-1] {
		r = append(r, r[0])
	}
	return r
}

// signatures maps each point to the list of rings passing through it.
func signatures(rings []*ring) map[point]string {
	ids := map[point][]int{}
	for i, r := range rings {
		for _, p := range *r {
			if l := ids[p]; len(l) == 0 || l[len(l)-1] != i {
				ids[p] = append(l, i)
			}
		}
	}
	sig := make(map[point]string, len(ids))
	for p, l := range ids {
		parts := make([]string, len(l))
		for i, id := range l {
			parts[i] = strconv.Itoa(id)
		}
		sig[p] = strings.Join(parts, ",")
	}
	return sig
}

// simplifyRing simplifies an open ring between its fixed points.
func simplifyRing(r ring, sig map[point]string, tol float64) ring {
	n := len(r)
	if n < 4 {
		return r
	}
	fixed := fixedPoints(r, sig)
	keep := make([]bool, n)
	for k, a := range fixed {
		b := fixed[(k+1)%len(fixed)]
		keep[a] = true
		span := cyclic(r, a, b)
		for _, j := range dp(span, tol) {
			keep[(a+j)%n] = true
		}
	}
	var out ring
	for i, p := range r {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// fixedPoints returns the sorted indices where the ring's neighbourhood
// changes; an island ring gets its first point and the point farthest from it.
func fixedPoints(r ring, sig map[point]string) []int {
	n := len(r)
	var fixed []int
	for i := range r {
		s := sig[r[i]]
		if s != sig[r[(i+n-1)%n]] || s != sig[r[(i+1)%n]] {
			fixed = append(fixed, i)
		}
	}
	if len(fixed) >= 2 {
		return fixed
	}
	far, best := 0, -1.0
	for i, p := range r {
		if d := math.Hypot(p[0]-r[0][0], p[1]-r[0][1]); d > best {
			far, best = i, d
		}
	}
	fixed = append(fixed, 0, far)
	slices.Sort(fixed)
	return slices.Compact(fixed)
}

// cyclic returns r[a..b] inclusive, wrapping around the end.
func cyclic(r ring, a, b int) ring {
	if b > a {
		return r[a : b+1]
	}
	out := append(ring{}, r[a:]...)
	return append(out, r[:b+1]...)
}

// dp returns the indices of span kept by Douglas-Peucker (ends excluded).
func dp(span ring, tol float64) []int {
	if len(span) < 3 {
		return nil
	}
	last := len(span) - 1
	idx, best := 0, -1.0
	for i := 1; i < last; i++ {
		if d := segDist(span[i], span[0], span[last]); d > best {
			idx, best = i, d
		}
	}
	if best <= tol {
		return nil
	}
	out := dp(span[:idx+1], tol)
	out = append(out, idx)
	for _, j := range dp(span[idx:], tol) {
		out = append(out, idx+j)
	}
	return out
}

// segDist is the distance from p to the segment ab.
func segDist(p, a, b point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return math.Hypot(p[0]-a[0], p[1]-a[1])
	}
	t := ((p[0]-a[0])*dx + (p[1]-a[1])*dy) / l2
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}

// area is the absolute shoelace area of a ring in square degrees.
func area(r ring) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i][0]*r[j][1] - r[j][0]*r[i][1]
	}
	return math.Abs(s) / 2
}

// dropSmall removes degenerate rings, and polygons and holes under minArea,
// always keeping the largest polygon.
func dropSmall(polys []polygon, minArea float64) []polygon {
	largest, best := -1, -1.0
	for i, p := range polys {
		if len(p) > 0 && area(p[0]) > best {
			largest, best = i, area(p[0])
		}
	}
	var out []polygon
	for i, p := range polys {
		if len(p) == 0 || len(p[0]) < 4 || (i != largest && area(p[0]) < minArea) {
			continue
		}
		q := polygon{p[0]}
		for _, h := range p[1:] {
			if len(h) >= 4 && area(h) >= minArea {
				q = append(q, h)
			}
		}
		out = append(out, q)
	}
	return out
}

// round rounds every coordinate to the given decimals and removes points that
// become duplicates.
func round(fc *collection, decimals int) {
	f := math.Pow(10, float64(decimals))
	for fi := range fc.Features {
		feat := &fc.Features[fi]
		if cp := feat.Properties.CP; cp != nil {
			cp[0], cp[1] = math.Round(cp[0]*f)/f, math.Round(cp[1]*f)/f
		}
		for _, p := range feat.Geometry.Coordinates {
			for ri, r := range p {
				for i := range r {
					r[i] = point{math.Round(r[i][0]*f) / f, math.Round(r[i][1]*f) / f}
				}
				p[ri] = dedupe(r)
			}
		}
	}
}
