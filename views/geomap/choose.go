package geomap

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"zhibiao/views/chart"
)

// Atlas hands out the embedded maps, parsing each one at most once however
// many goroutines ask (decoding the GeoJSON and placing the labels takes
// tens of milliseconds a map), and chooses the map for a set of figures. It
// is safe for concurrent use; a view or an export run keeps one for its
// lifetime.
type Atlas struct {
	load    func(name string) (*Map, error)
	entries []*atlasEntry // one per embedded map, in Names() order
}

// atlasEntry is one embedded map, loaded on first use, and the same city
// drawn as one region.
type atlasEntry struct {
	name, level string
	once        sync.Once
	m           *Map
	err         error
	wholeOnce   sync.Once
	whole       *Map
}

// NewAtlas returns an atlas that loads maps with load (nil means Load).
func NewAtlas(load func(name string) (*Map, error)) *Atlas {
	if load == nil {
		load = Load
	}
	a := &Atlas{load: load}
	for _, mf := range mapFiles {
		a.entries = append(a.entries, &atlasEntry{name: mf.name, level: mf.level})
	}
	return a
}

// Map returns the embedded map called name (any name Load takes), loading
// it on first use.
func (a *Atlas) Map(name string) (*Map, error) {
	for _, e := range a.entries {
		if e.name == name || canonical(name, DefaultResolver) == e.name {
			return a.get(e)
		}
	}
	return nil, fmt.Errorf("load map %s: no such map (have %v)", name, Names())
}

func (a *Atlas) get(e *atlasEntry) (*Map, error) {
	e.once.Do(func() { e.m, e.err = a.load(e.name) })
	return e.m, e.err
}

// whole returns the city of a district map drawn as one region.
func (a *Atlas) whole(e *atlasEntry) (*Map, error) {
	m, err := a.get(e)
	if err != nil {
		return nil, err
	}
	e.wholeOnce.Do(func() { e.whole = wholeCity(m) })
	return e.whole, nil
}

// candidates are the maps a choice is made from, in order of preference:
// the cities' districts, the cities each drawn whole, then the provinces.
func (a *Atlas) candidates() ([]*Map, error) {
	var districts, wholes, provinces []*Map
	for _, e := range a.entries {
		m, err := a.get(e)
		if err != nil {
			return nil, err
		}
		if e.level != "district" {
			provinces = append(provinces, m)
			continue
		}
		w, err := a.whole(e)
		if err != nil {
			return nil, err
		}
		districts, wholes = append(districts, m), append(wholes, w)
	}
	return slices.Concat(districts, wholes, provinces), nil
}

// NoMapError is returned when no embedded map shows any region with a
// figure.
type NoMapError struct {
	Regions []string // the regions with figures, sorted
}

func (e *NoMapError) Error() string {
	var cities, other []string
	for _, mf := range mapFiles {
		if mf.level == "district" {
			cities = append(cities, mf.name)
		} else {
			other = append(other, mf.name)
		}
	}
	return fmt.Sprintf("no map shows %s (the maps show the districts of %s, and the provinces of %s)",
		strings.Join(e.Regions, ", "), strings.Join(cities, " and "), strings.Join(other, ", "))
}

// Choose returns the map that shows the most regions of values with a
// finite figure: a city's districts, the city itself drawn whole (when the
// figure is the city's own), or China's provinces. Ties go to the districts,
// then the whole cities, then the provinces. Each map reads the names with
// its own join. It fails with a NoMapError when no map shows any, and with
// chart.ErrNoData when there is no figure.
func (a *Atlas) Choose(values map[string]float64) (*Map, error) {
	regions := finiteRegions(values)
	if len(regions) == 0 {
		return nil, fmt.Errorf("choose map: %w", chart.ErrNoData)
	}
	maps, err := a.candidates()
	if err != nil {
		return nil, err
	}
	var best *Map
	bestN := 0
	for _, m := range maps {
		if n := len(shown(m, regions)); n > bestN {
			best, bestN = m, n
		}
	}
	if best == nil {
		return nil, &NoMapError{Regions: regions}
	}
	return best, nil
}

// finiteRegions are the names of values with a finite figure, sorted.
func finiteRegions(values map[string]float64) []string {
	var out []string
	for _, r := range slices.Sorted(maps.Keys(values)) {
		if v := values[r]; !math.IsNaN(v) && !math.IsInf(v, 0) {
			out = append(out, r)
		}
	}
	return out
}

// shown returns the canonical names of the regions m draws, without
// repeats.
func shown(m *Map, regions []string) []string {
	var out []string
	for _, r := range regions {
		name := m.Resolve(r)
		if _, ok := m.Feature(name); ok && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// Request is what a map is to show; Atlas.Choropleth chooses the map.
type Request struct {
	Values  map[string]float64 // figures by region name (aliases are resolved by the chosen map's join)
	Neutral []string           // regions left out of the comparison: a neutral fill, not 无数据
	Unit    string             // base unit of the values, shown in the legend
	Title   string
	Note    string
	Dark    bool
}

// Choropleth returns the request drawn on the map Choose picks for its
// values.
func (a *Atlas) Choropleth(r Request) (Choropleth, error) {
	m, err := a.Choose(r.Values)
	if err != nil {
		return Choropleth{}, err
	}
	return Choropleth{Map: m, Values: r.Values, Neutral: r.Neutral, Unit: r.Unit,
		Title: r.Title, Note: r.Note, Dark: r.Dark}, nil
}

// OffMap returns the regions of Values with a figure that the map does not
// show (they belong to another map, or to none), sorted.
func (c Choropleth) OffMap() []string {
	var out []string
	for _, r := range finiteRegions(c.Values) {
		if _, ok := c.Map.Feature(c.Map.Resolve(r)); !ok {
			out = append(out, r)
		}
	}
	return out
}

// wholeCity returns the city of district map m as a map of one region: the
// districts' polygons filled together, outlined without the borders between
// districts.
func wholeCity(m *Map) *Map {
	f := Feature{Name: m.Name, Source: m.Name, Bounds: emptyRect()}
	var districts []Feature
	for _, d := range m.Features {
		if !d.Inset {
			districts = append(districts, d)
			f.Polygons = append(f.Polygons, d.Polygons...)
			f.Bounds = union(f.Bounds, d.Bounds)
		}
	}
	f.Centroid = centroid(f.Polygons)
	f.Label = f.Centroid
	if !f.Contains(f.Label) {
		f.Label = labelPoint(f.Polygons, math.Cos(rad(f.Bounds.Min.Y+f.Bounds.Dy()/2)))
	}
	f.outline = outerEdges(districts, math.Max(f.Bounds.Dx(), f.Bounds.Dy())/500)
	return &Map{Name: m.Name, Level: "city", Features: []Feature{f}, Bounds: f.Bounds, resolve: m.resolve}
}

// outerEdges returns the edges of the districts' rings that are not a
// border between two districts, each as a two-point path: the outline of
// the districts taken together. An edge is a border when another ring has
// it too, or when a point eps (degrees) to either side of its middle lies in
// another district (neighbours whose border points differ slightly).
func outerEdges(districts []Feature, eps float64) [][]Point {
	type edge struct{ a, b Point }
	key := func(a, b Point) edge {
		if cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y)) > 0 {
			a, b = b, a
		}
		return edge{a, b}
	}
	count := map[edge]int{}
	owner := map[edge]int{}
	var order []edge
	for i, d := range districts {
		for _, poly := range d.Polygons {
			for _, r := range poly {
				for k := range r {
					a, b := r[k], r[(k+1)%len(r)]
					if a == b {
						continue
					}
					e := key(a, b)
					if count[e]++; count[e] == 1 {
						order, owner[e] = append(order, e), i
					}
				}
			}
		}
	}
	var out [][]Point
	for _, e := range order {
		if count[e] == 1 && !nearOther(districts, owner[e], e.a, e.b, eps) {
			out = append(out, []Point{e.a, e.b})
		}
	}
	return out
}

// nearOther reports whether a point eps to either side of the middle of
// a–b lies in a district other than districts[own].
func nearOther(districts []Feature, own int, a, b Point, eps float64) bool {
	l := math.Hypot(b.X-a.X, b.Y-a.Y)
	mid := Point{(a.X + b.X) / 2, (a.Y + b.Y) / 2}
	nx, ny := -(b.Y-a.Y)/l*eps, (b.X-a.X)/l*eps
	for _, p := range []Point{{mid.X + nx, mid.Y + ny}, {mid.X - nx, mid.Y - ny}} {
		for i := range districts {
			if i != own && districts[i].Contains(p) {
				return true
			}
		}
	}
	return false
}
