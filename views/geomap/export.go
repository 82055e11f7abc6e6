package geomap

import "fmt"

// ExportMap renders values (by region name; aliases such as 黄岛区 or 即墨市
// are resolved) on the smallest embedded map that holds their regions, as
// format "png" or "svg" at w×h pixels. It is the hook for
// `zhibiao export -chart map`; the caller writes the bytes atomically.
func ExportMap(values map[string]float64, unit, title, note, format string, w, h int) ([]byte, error) {
	regions := make([]string, 0, len(values))
	for r := range values {
		regions = append(regions, r)
	}
	m, err := Choose(regions)
	if err != nil {
		return nil, fmt.Errorf("export map: %w", err)
	}
	c := Choropleth{Map: m, Values: values, Unit: unit, Title: title, Note: note}
	switch format {
	case "png":
		return c.RenderPNG(w, h)
	case "svg":
		return c.RenderSVG(w, h)
	}
	return nil, fmt.Errorf("export map: unknown format %q (want png or svg)", format)
}
