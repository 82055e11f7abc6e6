package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
)

// pointsRe captures the `var points = [...];` array of echarts' map fixes.
var pointsRe = regexp.MustCompile(`(?s)var points = (\[.*?\]);`)

// readPoints extracts the points array of an echarts src/coord/geo/fix file.
func readPoints(tarball, member string) ([]ring, error) {
	src, err := readMember(tarball, member)
	if err != nil {
		return nil, err
	}
	m := pointsRe.FindSubmatch(src)
	if m == nil {
		return nil, fmt.Errorf("%s: no points array", member)
	}
	var rings []ring
	if err := json.Unmarshal(m[1], &rings); err != nil {
		return nil, fmt.Errorf("%s: points: %w", member, err)
	}
	return rings, nil
}

// fixChina applies echarts 4's own fixes to its China map, as echarts does
// when it draws the map (src/coord/geo/fix): it adds the 南海诸岛 inset (the
// islands of the South China Sea in a box off the south-east coast, in the
// same coordinates echarts computes) as a feature marked "inset", and adds
// 钓鱼岛 to 台湾.
func fixChina(fc *collection, tarball string) error {
	nanhai, err := readPoints(tarball, "package/src/coord/geo/fix/nanhai.js")
	if err != nil {
		return err
	}
	var inset []polygon
	for _, r := range nanhai {
		for i := range r {
			r[i] = point{r[i][0]/10.5 + 126, r[i][1]/(-10.5/0.75) + 25}
		}
		inset = append(inset, polygon{r})
	}
	cp := [2]float64{126, 25}
	fc.Features = append(fc.Features, feature{
		Type:       "Feature",
		Properties: properties{Name: "南海诸岛", CP: &cp, Inset: true},
		Geometry:   geometry{Type: "MultiPolygon", Coordinates: inset},
	})
	diaoyu, err := readPoints(tarball, "package/src/coord/geo/fix/diaoyuIsland.js")
	if err != nil {
		return err
	}
	i := slices.IndexFunc(fc.Features, func(f feature) bool { return f.Properties.Name == "台湾" })
	if i < 0 {
		return fmt.Errorf("china map: no 台湾 feature for 钓鱼岛")
	}
	g := &fc.Features[i].Geometry
	for _, r := range diaoyu {
		g.Coordinates = append(g.Coordinates, polygon{r})
	}
	return nil
}
