package geomap

import (
	"fmt"
	"io/fs"
	"math"
	"slices"
	"sync"

	"zhibiao/assets/geo"
	"zhibiao/data/region"
)

// countryFile is the code of the coarse file of all provinces and cities.
const countryFile = "000000"

// boundaryFile is one parsed boundary file: a province's counties, cities
// and itself, or (countryFile) every province and city, coarser.
type boundaryFile struct {
	raw   *geo.File
	arcs  [][]Point // in degrees
	index map[string]int
}

// readEmbedded reads a boundary file from the binary.
func readEmbedded(code string) ([]byte, error) {
	return fs.ReadFile(geo.FS, "cn/"+code+".bin")
}

func parseBoundaryFile(b []byte) (*boundaryFile, error) {
	raw, err := geo.Unmarshal(b)
	if err != nil {
		return nil, err
	}
	f := &boundaryFile{raw: raw, arcs: make([][]Point, len(raw.Arcs)), index: map[string]int{}}
	for i, a := range raw.Arcs {
		pts := make([]Point, len(a))
		for k, p := range a {
			pts[k] = Point{float64(p[0]) / geo.Unit, float64(p[1]) / geo.Unit}
		}
		f.arcs[i] = pts
	}
	for i, ft := range raw.Features {
		f.index[featureKey(ft)] = i
	}
	return f, nil
}

// featureKey is the code of a feature, or its parent and name when it has
// no code.
func featureKey(ft geo.Feature) string {
	if ft.Code != "" {
		return ft.Code
	}
	return ft.Parent + "/" + ft.Name
}

// files hands out boundary files, each parsed at most once.
type files struct {
	read func(code string) ([]byte, error)
	mu   sync.Mutex
	m    map[string]*fileEntry
}

type fileEntry struct {
	once sync.Once
	f    *boundaryFile
	err  error
}

func (fs *files) get(code string) (*boundaryFile, error) {
	fs.mu.Lock()
	e, ok := fs.m[code]
	if !ok {
		e = &fileEntry{}
		fs.m[code] = e
	}
	fs.mu.Unlock()
	e.once.Do(func() {
		b, err := fs.read(code)
		if err != nil {
			e.err = fmt.Errorf("read boundaries %s: %w", code, err)
			return
		}
		if e.f, err = parseBoundaryFile(b); err != nil {
			e.err = fmt.Errorf("read boundaries %s: %w", code, err)
		}
	})
	return e.f, e.err
}

// levelName is the Feature level of a stored level.
func levelName(l byte) string {
	switch l {
	case geo.Province:
		return LevelProvince
	case geo.City:
		return LevelCity
	}
	return LevelCounty
}

// feature builds the Feature of stored feature i, named as in g; polygons
// entirely south of minLat are left out (the South China Sea islands on
// province and country maps, which the inset shows).
func (f *boundaryFile) feature(g *region.Gazetteer, i int, minLat float64) (Feature, bool) {
	ft := f.raw.Features[i]
	out := Feature{Name: g.Simplify(ft.Name), Source: ft.Name, Code: ft.Code, Level: levelName(ft.Level),
		Note: ft.Note, Inset: ft.Level == geo.Inset}
	if r, ok := g.ByCode(ft.Code); ok {
		out.Name = r.Name
		for p, ok := g.ByCode(r.ParentCode); ok; p, ok = g.ByCode(p.ParentCode) {
			out.Within = append(out.Within, p.Name)
		}
	} else if p, ok := g.ByCode(ft.Parent); ok {
		out.Within = []string{p.Name}
	}
	out.Polygons = groupRings(f.rings(ft.Rings), minLat)
	if len(out.Polygons) == 0 {
		return Feature{}, false
	}
	out.Bounds = polygonsBounds(out.Polygons)
	out.Centroid = centroid(out.Polygons)
	out.Label = Point{float64(ft.Label[0]) / geo.Unit, float64(ft.Label[1]) / geo.Unit}
	if !out.Contains(out.Label) {
		out.Label = labelPoint(out.Polygons, math.Cos(rad(out.Bounds.Min.Y+out.Bounds.Dy()/2)))
	}
	return out, true
}

// rings turns rings of arc references into points.
func (f *boundaryFile) rings(refs [][]int32) [][]Point {
	out := make([][]Point, 0, len(refs))
	for _, r := range refs {
		var pts []Point
		for _, ref := range r {
			a := f.arcs[ref>>1]
			if ref&1 == 1 {
				for i := len(a) - 1; i > 0; i-- {
					pts = append(pts, a[i])
				}
			} else {
				pts = append(pts, a[:len(a)-1]...)
			}
		}
		if len(pts) >= 3 {
			out = append(out, pts)
		}
	}
	return out
}

// groupRings makes polygons of rings: each counter-clockwise ring an
// exterior, each clockwise ring a hole of the smallest exterior around it.
func groupRings(rings [][]Point, minLat float64) [][][]Point {
	var polys [][][]Point
	var areas []float64
	var holes [][]Point
	for _, r := range rings {
		if a := signedArea(r); a > 0 {
			polys, areas = append(polys, [][]Point{r}), append(areas, a)
		} else if a < 0 {
			holes = append(holes, r)
		}
	}
	for _, h := range holes {
		best := -1
		for i, p := range polys {
			if PointInRing(h[0], p[0]) && (best < 0 || areas[i] < areas[best]) {
				best = i
			}
		}
		if best >= 0 {
			polys[best] = append(polys[best], h)
		}
	}
	return slices.DeleteFunc(polys, func(p [][]Point) bool {
		return polygonsBounds([][][]Point{p}).Max.Y < minLat
	})
}
