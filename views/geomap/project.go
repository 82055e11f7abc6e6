package geomap

import "math"

// Projection maps longitude/latitude to pixels with a cos-latitude-scaled
// equirectangular projection (distances along the central parallel are true;
// adequate at city scale and acceptable for a national overview), scaled and
// centred to fit a box. Pixel y grows downwards.
type Projection struct {
	Lon0, Lat0 float64 // centre of the projected bounds, degrees
	CosLat     float64 // cos(Lat0): shrinks longitudes to match latitudes
	Scale      float64 // pixels per degree of latitude
	Center     Point   // pixel position of (Lon0, Lat0)
}

// Fit returns the projection that shows bounds (degrees) as large as possible
// inside box (pixels), centred, keeping the aspect ratio.
func Fit(bounds, box Rect) Projection {
	lat0 := (bounds.Min.Y + bounds.Max.Y) / 2
	p := Projection{
		Lon0:   (bounds.Min.X + bounds.Max.X) / 2,
		Lat0:   lat0,
		CosLat: math.Cos(rad(lat0)),
		Center: Point{(box.Min.X + box.Max.X) / 2, (box.Min.Y + box.Max.Y) / 2},
	}
	w, h := bounds.Dx()*p.CosLat, bounds.Dy()
	switch {
	case w <= 0 && h <= 0:
		p.Scale = 1
	case w <= 0:
		p.Scale = box.Dy() / h
	case h <= 0:
		p.Scale = box.Dx() / w
	default:
		p.Scale = math.Min(box.Dx()/w, box.Dy()/h)
	}
	return p
}

// Project returns the pixel position of a longitude/latitude point.
func (p Projection) Project(ll Point) Point {
	return Point{
		X: p.Center.X + (ll.X-p.Lon0)*p.CosLat*p.Scale,
		Y: p.Center.Y - (ll.Y-p.Lat0)*p.Scale,
	}
}

// Inverse returns the longitude/latitude shown at a pixel position.
func (p Projection) Inverse(px Point) Point {
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
