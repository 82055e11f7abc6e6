package main

import (
	"encoding/json"
	"fmt"
)

// point is a longitude, latitude pair.
type point = [2]float64

// ring is a closed linear ring; polygon is an exterior ring and its holes.
type (
	ring    = []point
	polygon = []ring
)

// collection is the output FeatureCollection; every geometry is written as
// a MultiPolygon.
type collection struct {
	Type     string    `json:"type"`
	Features []feature `json:"features"`
}

type feature struct {
	Type       string     `json:"type"`
	Properties properties `json:"properties"`
	Geometry   geometry   `json:"geometry"`
}

type properties struct {
	Name  string      `json:"name"`
	CP    *[2]float64 `json:"cp,omitempty"`
	Inset bool        `json:"inset,omitempty"` // a map decoration (南海诸岛), not a region
}

type geometry struct {
	Type        string    `json:"type"`
	Coordinates []polygon `json:"coordinates"`
}

// rawCollection is the input: plain GeoJSON, or echarts' encoded form.
type rawCollection struct {
	UTF8Encoding bool     `json:"UTF8Encoding"`
	UTF8Scale    *float64 `json:"UTF8Scale"`
	Features     []struct {
		Properties properties `json:"properties"`
		Geometry   struct {
			Type          string          `json:"type"`
			Coordinates   json.RawMessage `json:"coordinates"`
			EncodeOffsets json.RawMessage `json:"encodeOffsets"`
		} `json:"geometry"`
	} `json:"features"`
}

// parse decodes a GeoJSON FeatureCollection of Polygons and MultiPolygons,
// also in echarts' UTF8Encoding form.
func parse(b []byte) (*collection, error) {
	var raw rawCollection
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("decode json: %w", err)
	}
	scale := 1024.0
	if raw.UTF8Scale != nil {
		scale = *raw.UTF8Scale
	}
	fc := &collection{Type: "FeatureCollection"}
	for _, rf := range raw.Features {
		g := rf.Geometry
		var polys []polygon
		var err error
		if raw.UTF8Encoding {
			polys, err = decodeEncoded(g.Type, g.Coordinates, g.EncodeOffsets, scale)
		} else {
			polys, err = decodePlain(g.Type, g.Coordinates)
		}
		if err != nil {
			return nil, fmt.Errorf("feature %s: %w", rf.Properties.Name, err)
		}
		fc.Features = append(fc.Features, feature{
			Type:       "Feature",
			Properties: rf.Properties,
			Geometry:   geometry{Type: "MultiPolygon", Coordinates: polys},
		})
	}
	return fc, nil
}

func decodePlain(kind string, coords json.RawMessage) ([]polygon, error) {
	switch kind {
	case "Polygon":
		var p polygon
		if err := json.Unmarshal(coords, &p); err != nil {
			return nil, fmt.Errorf("polygon: %w", err)
		}
		return []polygon{p}, nil
	case "MultiPolygon":
		var mp []polygon
		if err := json.Unmarshal(coords, &mp); err != nil {
			return nil, fmt.Errorf("multipolygon: %w", err)
		}
		return mp, nil
	}
	return nil, fmt.Errorf("unsupported geometry %q", kind)
}

func decodeEncoded(kind string, coords, offsets json.RawMessage, scale float64) ([]polygon, error) {
	switch kind {
	case "Polygon":
		var rings []string
		var offs [][2]int
		if err := unmarshalBoth(coords, &rings, offsets, &offs); err != nil {
			return nil, err
		}
		p, err := decodeRings(rings, offs, scale)
		return []polygon{p}, err
	case "MultiPolygon":
		var polys [][]string
		var offs [][][2]int
		if err := unmarshalBoth(coords, &polys, offsets, &offs); err != nil {
			return nil, err
		}
		if len(offs) != len(polys) {
			return nil, fmt.Errorf("%d polygons but %d offsets", len(polys), len(offs))
		}
		out := make([]polygon, len(polys))
		for i := range polys {
			p, err := decodeRings(polys[i], offs[i], scale)
			if err != nil {
				return nil, err
			}
			out[i] = p
		}
		return out, nil
	}
	return nil, fmt.Errorf("unsupported geometry %q", kind)
}

func unmarshalBoth(a json.RawMessage, va any, b json.RawMessage, vb any) error {
	if err := json.Unmarshal(a, va); err != nil {
		return fmt.Errorf("coordinates: %w", err)
	}
	if err := json.Unmarshal(b, vb); err != nil {
		return fmt.Errorf("encodeOffsets: %w", err)
	}
	return nil
}

func decodeRings(rings []string, offs [][2]int, scale float64) (polygon, error) {
	if len(offs) != len(rings) {
		return nil, fmt.Errorf("%d rings but %d offsets", len(rings), len(offs))
	}
	p := make(polygon, len(rings))
	for i, s := range rings {
		p[i] = decodeRing(s, offs[i], scale)
	}
	return p, nil
}

// decodeRing undoes echarts' encoding (echarts 4 src/coord/geo/parseGeoJson.js):
// each coordinate is a UTF-16 code unit minus 64, zigzag-encoded, delta-coded
// from the previous point (starting at the offset), and scaled by 1/scale.
func decodeRing(s string, off [2]int, scale float64) ring {
	units := utf16Units(s)
	r := make(ring, 0, len(units)/2)
	px, py := off[0], off[1]
	for i := 0; i+1 < len(units); i += 2 {
		x, y := int(units[i])-64, int(units[i+1])-64
		x = (x >> 1) ^ -(x & 1)
		y = (y >> 1) ^ -(y & 1)
		px, py = px+x, py+y
		r = append(r, point{float64(px) / scale, float64(py) / scale})
	}
	return r
}

// utf16Units returns the UTF-16 code units of s, as JavaScript's charCodeAt
// sees them.
func utf16Units(s string) []uint16 {
	var u []uint16
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			u = append(u, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
			continue
		}
		u = append(u, uint16(r))
	}
	return u
}
