package geomap

import "math"

// Projection maps longitude/latitude to pixels, scaled and centred to fit a
// box; pixel y grows downwards. City maps use a cos-latitude-scaled
// equirectangular projection (distances along the central parallel are
// true); province and country maps an Albers equal-area conic projection
// (areas compare truly, as on printed maps of China: standard parallels 25°
// and 47° N for the country).
type Projection struct {
	Lon0, Lat0 float64 // centre of the projected bounds (equirectangular), degrees
	CosLat     float64 // cos(Lat0): shrinks longitudes to match latitudes
	Scale      float64 // pixels per projected unit (a degree of latitude)
	Center     Point   // pixel position of the centre
	albers     *albers // the conic projection, or nil
	off        Point   // projected centre (Albers)
}

// albers is an Albers equal-area conic projection on the unit sphere,
// giving units of degrees of arc.
type albers struct{ n, c, rho0, lon0 float64 }

func newAlbers(lat1, lat2, lat0, lon0 float64) *albers {
	s1, s2 := math.Sin(rad(lat1)), math.Sin(rad(lat2))
	n := (s1 + s2) / 2
	c := math.Cos(rad(lat1))*math.Cos(rad(lat1)) + 2*n*s1
	return &albers{n: n, c: c, rho0: math.Sqrt(c-2*n*math.Sin(rad(lat0))) / n, lon0: lon0}
}

func (a *albers) forward(ll Point) Point {
	rho := math.Sqrt(a.c-2*a.n*math.Sin(rad(ll.Y))) / a.n
	th := a.n * rad(ll.X-a.lon0)
	return Point{rho * math.Sin(th) * 180 / math.Pi, (a.rho0 - rho*math.Cos(th)) * 180 / math.Pi}
}

func (a *albers) inverse(p Point) Point {
	x, y := rad(p.X), a.rho0-rad(p.Y)
	rho := math.Copysign(math.Hypot(x, y), a.n)
	th := math.Atan2(x*math.Copysign(1, a.n), y*math.Copysign(1, a.n))
	s := (a.c - rho*rho*a.n*a.n) / (2 * a.n)
	return Point{a.lon0 + th/a.n*180/math.Pi, math.Asin(math.Max(-1, math.Min(1, s))) * 180 / math.Pi}
}

// Fit returns the equirectangular projection that shows bounds (degrees) as
// large as possible inside box (pixels), centred, keeping the aspect ratio.
func Fit(bounds, box Rect) Projection {
	lat0 := (bounds.Min.Y + bounds.Max.Y) / 2
	p := Projection{
		Lon0:   (bounds.Min.X + bounds.Max.X) / 2,
		Lat0:   lat0,
		CosLat: math.Cos(rad(lat0)),
		Center: Point{(box.Min.X + box.Max.X) / 2, (box.Min.Y + box.Max.Y) / 2},
	}
	p.Scale = fitScale(bounds.Dx()*p.CosLat, bounds.Dy(), box)
	return p
}

func fitScale(w, h float64, box Rect) float64 {
	switch {
	case w <= 0 && h <= 0:
		return 1
	case w <= 0:
		return box.Dy() / h
	case h <= 0:
		return box.Dx() / w
	}
	return math.Min(box.Dx()/w, box.Dy()/h)
}

// FitMap returns the projection of m fitted to box: Albers for province
// and country maps (China's standard parallels for the country, a sixth of
// the way in from the map's edges for a province), else Fit.
func FitMap(m *Map, box Rect) Projection {
	if !m.Albers {
		return Fit(m.Bounds, box)
	}
	b := m.Bounds
	a := newAlbers(b.Min.Y+b.Dy()/6, b.Max.Y-b.Dy()/6, (b.Min.Y+b.Max.Y)/2, (b.Min.X+b.Max.X)/2)
	if m.Name == "中国" {
		a = newAlbers(25, 47, (b.Min.Y+b.Max.Y)/2, 105)
	}
	pb := emptyRect()
	for _, f := range m.Features {
		if f.Underlay || f.Inset {
			continue
		}
		for _, poly := range f.Polygons {
			for _, ll := range poly[0] {
				q := a.forward(ll)
				pb = union(pb, Rect{q, q})
			}
		}
	}
	return Projection{
		Lon0: (b.Min.X + b.Max.X) / 2, Lat0: (b.Min.Y + b.Max.Y) / 2, CosLat: 1,
		Scale:  fitScale(pb.Dx(), pb.Dy(), box),
		Center: Point{(box.Min.X + box.Max.X) / 2, (box.Min.Y + box.Max.Y) / 2},
		albers: a, off: Point{(pb.Min.X + pb.Max.X) / 2, (pb.Min.Y + pb.Max.Y) / 2},
	}
}

// Project returns the pixel position of a longitude/latitude point.
func (p Projection) Project(ll Point) Point {
	if p.albers != nil {
		q := p.albers.forward(ll)
		return Point{p.Center.X + (q.X-p.off.X)*p.Scale, p.Center.Y - (q.Y-p.off.Y)*p.Scale}
	}
	return Point{
		X: p.Center.X + (ll.X-p.Lon0)*p.CosLat*p.Scale,
		Y: p.Center.Y - (ll.Y-p.Lat0)*p.Scale,
	}
}

// Inverse returns the longitude/latitude shown at a pixel position.
func (p Projection) Inverse(px Point) Point {
	if p.albers != nil {
		return p.albers.inverse(Point{(px.X-p.Center.X)/p.Scale + p.off.X, -(px.Y-p.Center.Y)/p.Scale + p.off.Y})
	}
	return Point{
		X: p.Lon0 + (px.X-p.Center.X)/(p.CosLat*p.Scale),
		Y: p.Lat0 - (px.Y-p.Center.Y)/p.Scale,
	}
}

// ProjectRing projects every point of a ring.
func (p Projection) ProjectRing(r []Point) []Point {
	out := make([]Point, len(r))
	for i, ll := range r {
		out[i] = p.Project(ll)
	}
	return out
}
