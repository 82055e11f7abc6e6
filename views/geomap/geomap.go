// Package geomap draws choropleth maps of Chinese regions without a display:
// it loads the embedded boundaries (assets/geo), joins their names to
// canonical region names, projects them to a pixel box and renders PNG
// (golang.org/x/image/vector) or SVG with the bundled CJK font. It never
// imports Fyne, so the headless CLI and the GUI share it.
package geomap

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"

	"zhibiao/assets/geo"
)

// Point is a coordinate pair: longitude (X) and latitude (Y) in a Map, or
// pixels once projected.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned box.
type Rect struct{ Min, Max Point }

// Dx is the width of r.
func (r Rect) Dx() float64 { return r.Max.X - r.Min.X }

// Dy is the height of r.
func (r Rect) Dy() float64 { return r.Max.Y - r.Min.Y }

// Contains reports whether p lies in r (edges included).
func (r Rect) Contains(p Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

// Feature is one region of a map.
type Feature struct {
	Name     string      // canonical region name (西海岸新区, 即墨区, 山东省)
	Source   string      // the name as written in the boundary data (黄岛区, 即墨市, 山东)
	Polygons [][][]Point // polygons; each is an exterior ring followed by its holes
	Centroid Point       // area-weighted centroid (may fall outside a concave shape)
	Label    Point       // a point well inside the largest polygon, for labels and tests
	Bounds   Rect        // bounding box in degrees
	Inset    bool        // a decoration drawn for completeness (南海诸岛), never a region with data

	outline [][]Point // border paths when they are not the rings (a city drawn whole: its districts' shared borders left out)
}

// Map is a set of regions drawn together: a city's districts or China's
// provinces.
type Map struct {
	Name     string // 青岛市, 大连市 or 中国
	Level    string // "district", "city" (a city drawn as one region) or "province"
	Features []Feature
	Bounds   Rect // bounding box of all features in degrees

	resolve Resolver // the join used to load the map; also resolves value keys
}

// Feature returns the region with the canonical name, if the map has it
// (insets are not regions).
func (m *Map) Feature(name string) (*Feature, bool) {
	for i := range m.Features {
		if m.Features[i].Name == name && !m.Features[i].Inset {
			return &m.Features[i], true
		}
	}
	return nil, false
}

// Resolve returns the canonical name of a region as the map's join sees it
// (the name itself when unknown).
func (m *Map) Resolve(name string) string {
	return canonical(name, m.resolve)
}

// mapFiles lists the embedded maps, smallest first.
var mapFiles = []struct{ name, file, level string }{
	{"青岛市", "qingdao.json", "district"},
	{"大连市", "dalian.json", "district"},
	{"中国", "china.json", "province"},
}

// Names returns the names of the embedded maps, city maps first.
func Names() []string {
	out := make([]string, len(mapFiles))
	for i, m := range mapFiles {
		out[i] = m.name
	}
	return out
}

// Load returns the embedded map called name ("青岛市", "大连市", "中国"; the
// aliases understood by DefaultResolver also work), with feature names joined
// to canonical names through the data/region gazetteer (reading names inside
// the map's city), then DefaultResolver for names the gazetteer lacks.
func Load(name string) (*Map, error) {
	return LoadWith(name, resolverFor(canonical(name, DefaultResolver)))
}

// LoadWith is Load with feature names joined through resolve; names resolve
// does not know are kept as written. The map resolves the keys of
// Choropleth.Values with resolve too.
func LoadWith(name string, resolve Resolver) (*Map, error) {
	for _, mf := range mapFiles {
		if mf.name != name && canonical(name, DefaultResolver) != mf.name {
			continue
		}
		b, err := fs.ReadFile(geo.FS, mf.file)
		if err != nil {
			return nil, fmt.Errorf("load map %s: %w", name, err)
		}
		m, err := parseMap(b, mf.name, mf.level, resolve)
		if err != nil {
			return nil, fmt.Errorf("load map %s: %w", name, err)
		}
		return m, nil
	}
	return nil, fmt.Errorf("load map %s: no such map (have %v)", name, Names())
}

// geoJSON is the subset of GeoJSON written by scripts/geo.
type geoJSON struct {
	Features []struct {
		Properties struct {
			Name  string `json:"name"`
			Inset bool   `json:"inset"`
		} `json:"properties"`
		Geometry struct {
			Type        string           `json:"type"`
			Coordinates [][][][2]float64 `json:"coordinates"`
		} `json:"geometry"`
	} `json:"features"`
}

func parseMap(b []byte, name, level string, resolve Resolver) (*Map, error) {
	var g geoJSON
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("decode geojson: %w", err)
	}
	m := &Map{Name: name, Level: level, Bounds: emptyRect(), resolve: resolve}
	for _, gf := range g.Features {
		if gf.Geometry.Type != "MultiPolygon" {
			return nil, fmt.Errorf("feature %s: geometry %s, want MultiPolygon", gf.Properties.Name, gf.Geometry.Type)
		}
		f := Feature{Source: gf.Properties.Name, Name: canonical(gf.Properties.Name, resolve), Inset: gf.Properties.Inset}
		f.Polygons = toPolygons(gf.Geometry.Coordinates)
		if len(f.Polygons) == 0 {
			return nil, fmt.Errorf("feature %s: no polygons", f.Source)
		}
		f.Bounds = polygonsBounds(f.Polygons)
		f.Centroid = centroid(f.Polygons)
		f.Label = labelPoint(f.Polygons, math.Cos(rad(f.Bounds.Min.Y+f.Bounds.Dy()/2)))
		m.Bounds = union(m.Bounds, f.Bounds)
		m.Features = append(m.Features, f)
	}
	return m, nil
}

func toPolygons(c [][][][2]float64) [][][]Point {
	out := make([][][]Point, 0, len(c))
	for _, poly := range c {
		var p [][]Point
		for _, ring := range poly {
			r := make([]Point, len(ring))
			for i, xy := range ring {
				r[i] = Point{xy[0], xy[1]}
			}
			p = append(p, r)
		}
		if len(p) > 0 {
			out = append(out, p)
		}
	}
	return out
}

func emptyRect() Rect {
	return Rect{Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}}
}

func union(a, b Rect) Rect {
	return Rect{
		Point{math.Min(a.Min.X, b.Min.X), math.Min(a.Min.Y, b.Min.Y)},
		Point{math.Max(a.Max.X, b.Max.X), math.Max(a.Max.Y, b.Max.Y)},
	}
}

func polygonsBounds(polys [][][]Point) Rect {
	r := emptyRect()
	for _, p := range polys {
		for _, pt := range p[0] {
			r = union(r, Rect{pt, pt})
		}
	}
	return r
}

func rad(deg float64) float64 { return deg * math.Pi / 180 }
