// Package geomap draws choropleth maps of Chinese regions without a display:
// it reads the embedded boundaries of every province, city and county
// (assets/geo, one compact file per province, parsed on first use), names
// them through the data/region gazetteer, chooses the map that shows a set
// of figures at their own levels, projects it to a pixel box and renders
// PNG (golang.org/x/image/vector) or SVG with the bundled CJK font. It never
// imports Fyne, so the headless CLI and the GUI share it.
package geomap

import (
	"math"
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

// Levels of a Map and of a Feature.
const (
	LevelProvince = "province"
	LevelCity     = "city"
	LevelCounty   = "county"
)

// Feature is one region of a map.
type Feature struct {
	Name     string      // canonical region name (西海岸新区, 即墨区, 山东省)
	Source   string      // the name in the boundary data (黄岛区, 即墨市)
	Code     string      // GB/T 2260 code ("" for divisions the gazetteer lacks)
	Level    string      // LevelProvince, LevelCity or LevelCounty
	Within   []string    // canonical names of the divisions it lies in, nearest first
	Note     string      // how the boundary was joined, when not one source shape by its code
	Polygons [][][]Point // polygons; each is an exterior ring followed by its holes
	Centroid Point       // area-weighted centroid (may fall outside a concave shape)
	Label    Point       // a point well inside the largest polygon, for labels and tests
	Bounds   Rect        // bounding box in degrees
	Inset    bool        // a decoration drawn for completeness (南海诸岛), never a region with data
	Underlay bool        // a coarser division with its own figure, drawn beneath the regions of the map
}

// Map is a set of regions drawn together: a city's counties, a province's
// cities or counties, or China's provinces or cities; with the coarser
// divisions that have figures of their own drawn beneath them.
type Map struct {
	Name     string // 青岛市, 湖北省, 中国 (or several provinces: 安徽省、河南省)
	Level    string // level of the regions: LevelCounty, LevelCity or LevelProvince
	Features []Feature
	Outlines [][]Point // borders of the larger divisions (a province's cities), drawn heavier
	Bounds   Rect      // bounding box of all features in degrees
	Albers   bool      // drawn in an equal-area projection (province and country maps)

	resolve Resolver // the join of names to this map's regions
}

// Feature returns the region with the canonical name, if the map has it
// (insets are not regions; an underlay is found after the regions).
func (m *Map) Feature(name string) (*Feature, bool) {
	for pass := range 2 {
		for i := range m.Features {
			f := &m.Features[i]
			if f.Name == name && !f.Inset && f.Underlay == (pass == 1) {
				return f, true
			}
		}
	}
	return nil, false
}

// Resolve returns the canonical name of a region as the map's join sees it
// (the name itself when unknown).
func (m *Map) Resolve(name string) string {
	return canonical(name, m.resolve)
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
