package main

import (
	"encoding/binary"
	"math"
	"slices"

	"zhibiao/assets/geo"
)

// pt is a point on the source grid (1/1024 degree).
type pt = geo.XY

// quantise puts a feature's polygons on the grid: consecutive repeats and
// the closing point dropped, spikes (a b a) removed, rings with no area
// dropped, exteriors counter-clockwise and holes clockwise.
func quantise(polys [][][][2]float64) [][]pt {
	var out [][]pt
	for _, poly := range polys {
		for k, ring := range poly {
			r := make([]pt, 0, len(ring))
			for _, c := range ring {
				p := pt{int32(math.Round(c[0] * geo.Unit)), int32(math.Round(c[1] * geo.Unit))}
				r = push(r, p)
			}
			for len(r) > 1 && r[0] == r[len(r)-1] {
				r = r[:len(r)-1]
			}
			r = despike(r)
			if len(r) < 3 || area2(r) == 0 {
				continue
			}
			if (area2(r) > 0) != (k == 0) {
				slices.Reverse(r)
			}
			out = append(out, r)
		}
	}
	return out
}

// push appends p unless it repeats the last point, removing a spike
// (… a b a) as it goes.
func push(r []pt, p pt) []pt {
	if n := len(r); n > 0 && r[n-1] == p {
		return r
	}
	if n := len(r); n > 1 && r[n-2] == p {
		return r[:n-1]
	}
	return append(r, p)
}

// despike removes spikes across the ring's start.
func despike(r []pt) []pt {
	for len(r) >= 3 {
		n := len(r)
		switch {
		case r[n-2] == r[0]:
			r = r[:n-1]
		case r[1] == r[n-1]:
			r = r[1:]
		default:
			return r
		}
	}
	return r
}

// area2 is twice the signed area of a ring (positive counter-clockwise).
func area2(r []pt) int64 {
	var s int64
	for i := range r {
		j := (i + 1) % len(r)
		s += int64(r[i][0])*int64(r[j][1]) - int64(r[j][0])*int64(r[i][1])
	}
	return s
}

// topology is the rings of every atom cut into arcs at the points where
// the set of rings through a point changes, each arc stored once.
type topology struct {
	arcs  [][]pt
	rings [][][]int32 // per atom, per ring: arc references (index<<1 | reversed)
	uses  []int       // how many ring passes use each arc
	short []bool      // the arc is in a ring of fewer than three arcs
}

// buildTopology cuts the rings of atoms into shared arcs.
func buildTopology(atoms []*atom) *topology {
	sig := map[pt][]int32{}
	id := int32(0)
	for _, a := range atoms {
		for _, r := range a.rings {
			for _, p := range r {
				if l := sig[p]; len(l) == 0 || l[len(l)-1] != id {
					sig[p] = append(l, id)
				}
			}
			id++
		}
	}
	junction := map[pt]bool{}
	for _, a := range atoms {
		for _, r := range a.rings {
			for i, p := range r {
				s := sig[p]
				if !slices.Equal(s, sig[r[(i+len(r)-1)%len(r)]]) || !slices.Equal(s, sig[r[(i+1)%len(r)]]) {
					junction[p] = true
				}
			}
		}
	}
	t := &topology{}
	index := map[string]int32{}
	for _, a := range atoms {
		var refs [][]int32
		for _, r := range a.rings {
			var ring []int32
			for _, seg := range cut(r, junction) {
				ring = append(ring, t.ref(index, seg))
			}
			refs = append(refs, ring)
			for _, ref := range ring {
				t.uses[ref>>1]++
				if len(ring) < 3 {
					t.short[ref>>1] = true
				}
			}
		}
		t.rings = append(t.rings, refs)
	}
	return t
}

// cut splits a ring at its junctions into segments (each with both end
// points); a ring without junctions becomes one closed segment starting at
// its smallest point.
func cut(r []pt, junction map[pt]bool) [][]pt {
	start := -1
	for i, p := range r {
		if junction[p] {
			start = i
			break
		}
	}
	if start < 0 {
		m := 0
		for i, p := range r {
			if less(p, r[m]) {
				m = i
			}
		}
		seg := append(slices.Clone(r[m:]), r[:m]...)
		return [][]pt{append(seg, seg[0])}
	}
	rot := append(slices.Clone(r[start:]), r[:start]...)
	rot = append(rot, rot[0])
	var out [][]pt
	from := 0
	for i := 1; i < len(rot); i++ {
		if junction[rot[i]] {
			out = append(out, rot[from:i+1])
			from = i
		}
	}
	return out
}

func less(a, b pt) bool { return a[0] < b[0] || a[0] == b[0] && a[1] < b[1] }

// ref returns the reference of segment seg, adding it as a new arc unless
// it (or its reverse) is one already. A closed segment is compared from
// its smallest point in both directions.
func (t *topology) ref(index map[string]int32, seg []pt) int32 {
	fwd := key(seg)
	if i, ok := index[fwd]; ok {
		return i << 1
	}
	rev := slices.Clone(seg)
	slices.Reverse(rev)
	if i, ok := index[key(rev)]; ok {
		return i<<1 | 1
	}
	i := int32(len(t.arcs))
	t.arcs = append(t.arcs, seg)
	t.uses = append(t.uses, 0)
	t.short = append(t.short, false)
	index[fwd] = i
	return i << 1
}

func key(seg []pt) string {
	b := make([]byte, 0, len(seg)*8)
	for _, p := range seg {
		b = binary.LittleEndian.AppendUint32(b, uint32(p[0]))
		b = binary.LittleEndian.AppendUint32(b, uint32(p[1]))
	}
	return string(b)
}

// simplified returns every arc simplified with Douglas-Peucker at tol grid
// steps (longitudes scaled by the cosine of the latitude). End points are
// kept, so rings still meet; an arc of a ring with fewer than three arcs
// keeps its farthest point, so no ring collapses.
func (t *topology) simplified(tol float64) [][]pt {
	out := make([][]pt, len(t.arcs))
	for i, a := range t.arcs {
		out[i] = simplifyArc(a, tol, t.short[i])
	}
	return out
}

func simplifyArc(a []pt, tol float64, keepOne bool) []pt {
	if len(a) <= 2 {
		return slices.Clone(a)
	}
	lat := float64(a[0][1]) / geo.Unit
	kx := math.Cos(lat * math.Pi / 180)
	keep := make([]bool, len(a))
	keep[0], keep[len(a)-1] = true, true
	if a[0] == a[len(a)-1] || keepOne {
		m := farthest(a, 0, len(a)-1, kx)
		keep[m] = true
		dp(a, 0, m, tol, kx, keep)
		dp(a, m, len(a)-1, tol, kx, keep)
	} else {
		dp(a, 0, len(a)-1, tol, kx, keep)
	}
	var out []pt
	for i, p := range a {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// dp marks the points of a[i..j] Douglas-Peucker keeps.
func dp(a []pt, i, j int, tol, kx float64, keep []bool) {
	for j-i > 1 {
		m := farthest(a, i, j, kx)
		if dist(a[m], a[i], a[j], kx) <= tol {
			return
		}
		keep[m] = true
		dp(a, i, m, tol, kx, keep)
		i = m
	}
}

// farthest is the index of the point of a[i+1..j-1] farthest from the
// chord a[i]–a[j] (from a[i] when the chord is a point).
func farthest(a []pt, i, j int, kx float64) int {
	best, bestD := i+1, -1.0
	for k := i + 1; k < j; k++ {
		if d := dist(a[k], a[i], a[j], kx); d > bestD {
			best, bestD = k, d
		}
	}
	return best
}

// dist is the distance from p to segment a–b, longitudes scaled by kx.
func dist(p, a, b pt, kx float64) float64 {
	px, py := float64(p[0])*kx, float64(p[1])
	ax, ay := float64(a[0])*kx, float64(a[1])
	bx, by := float64(b[0])*kx, float64(b[1])
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		t = math.Max(0, math.Min(1, ((px-ax)*dx+(py-ay)*dy)/l2))
	}
	return math.Hypot(px-ax-t*dx, py-ay-t*dy)
}

// stitch returns the outline rings of a set of rings (arc references):
// arcs used in both directions (borders between members) cancel, the rest
// are chained into closed rings. The rings keep the members' orientation,
// so exteriors stay counter-clockwise and holes clockwise.
func stitch(rings [][]int32, arcs [][]pt) [][]int32 {
	net := map[int32]int{}
	for _, r := range rings {
		for _, ref := range r {
			if ref&1 == 1 {
				net[ref>>1]--
			} else {
				net[ref>>1]++
			}
		}
	}
	var refs []int32
	for _, a := range slicesSortedKeys(net) {
		switch {
		case net[a] > 0:
			refs = append(refs, a<<1)
		case net[a] < 0:
			refs = append(refs, a<<1|1)
		}
	}
	start := func(ref int32) pt {
		a := arcs[ref>>1]
		if ref&1 == 1 {
			return a[len(a)-1]
		}
		return a[0]
	}
	end := func(ref int32) pt { return start(ref ^ 1) }
	from := map[pt][]int32{}
	for _, ref := range refs {
		from[start(ref)] = append(from[start(ref)], ref)
	}
	used := map[int32]bool{}
	var out [][]int32
	for _, ref := range refs {
		if used[ref] {
			continue
		}
		ring := []int32{ref}
		used[ref] = true
		for cur := end(ref); cur != start(ring[0]); {
			next := int32(-1)
			for _, c := range from[cur] {
				if !used[c] {
					next = c
					break
				}
			}
			if next < 0 {
				break // not closed: left open (the data has a gap here)
			}
			used[next] = true
			ring = append(ring, next)
			cur = end(next)
		}
		out = append(out, ring)
	}
	return out
}

func slicesSortedKeys(m map[int32]int) []int32 {
	out := make([]int32, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// ringPoints returns the points of a ring of arc references (the closing
// point not repeated).
func ringPoints(ring []int32, arcs [][]pt) []pt {
	var out []pt
	for _, ref := range ring {
		a := arcs[ref>>1]
		if ref&1 == 1 {
			for i := len(a) - 1; i > 0; i-- {
				out = append(out, a[i])
			}
		} else {
			out = append(out, a[:len(a)-1]...)
		}
	}
	return out
}
