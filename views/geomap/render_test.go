package geomap

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"io/fs"
	"math"
	"strings"
	"testing"

	"zhibiao/assets/geo"
)

// qingdaoValues is a known indicator: two districts with figures, one under
// an old name, the rest without data.
func qingdaoChoropleth(t *testing.T) Choropleth {
	t.Helper()
	m, err := NewAtlas(places, nil).Map("青岛市")
	if err != nil {
		t.Fatal(err)
	}
	return Choropleth{
		Map:    m,
		Values: map[string]float64{"即墨区": 34000, "黄岛区": 52000, "崂山区": 41000, "平度市": 12000},
		Unit:   "人", Title: "新增就业", Note: "来源：测试",
	}
}

// wantFill is the fill a region should have: the scale colour, or no data.
func wantFill(c Choropleth, name string) (color.RGBA, bool) {
	values := Canonicalize(c.Values, c.Map.resolve)
	v, ok := values[name]
	if !ok {
		return c.chrome().noData, false
	}
	var present []float64
	for _, x := range values {
		present = append(present, x)
	}
	return NewScale(present).Color(v), true
}

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode png: %v", err)
	}
	return img
}

func rgbaAt(img image.Image, x, y int) color.RGBA {
	return color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
}

// TestRenderPNGFillAtInteriorPoint checks the colour at each district's
// interior point, with labels off so they do not cover it.
func TestRenderPNGFillAtInteriorPoint(t *testing.T) {
	for _, dark := range []bool{false, true} {
		c := qingdaoChoropleth(t)
		c.NoLabels, c.Dark = true, dark
		const w, h = 800, 600
		img := decodePNG(t, must(c.RenderPNG(w, h)))
		s := must(c.build(w, h))
		for _, f := range c.Map.Features {
			p := s.proj.Project(f.Label)
			got := rgbaAt(img, int(p.X), int(p.Y))
			want, has := wantFill(c, f.Name)
			if got != want && (has || got != c.chrome().hatch) {
				t.Errorf("dark=%v %s at (%d,%d): colour %v, want %v", dark, f.Name, int(p.X), int(p.Y), got, want)
			}
			if name, ok := c.RegionAt(w, h, int(p.X), int(p.Y)); !ok || name != f.Name {
				t.Errorf("RegionAt(%s interior) = %q, %v", f.Name, name, ok)
			}
		}
	}
}

// TestRenderPNGRegionColours checks, with labels drawn, that the most common
// colour of each district's pixels is its expected fill.
func TestRenderPNGRegionColours(t *testing.T) {
	c := qingdaoChoropleth(t)
	const w, h = 900, 640
	img := decodePNG(t, must(c.RenderPNG(w, h)))
	s := must(c.build(w, h))
	counts := map[string]map[color.RGBA]int{}
	for y := 0; y < h; y += 2 {
		for x := 0; x < w; x += 2 {
			name, ok := s.regionAt(Point{float64(x) + 0.5, float64(y) + 0.5})
			if !ok {
				continue
			}
			if counts[name] == nil {
				counts[name] = map[color.RGBA]int{}
			}
			counts[name][rgbaAt(img, x, y)]++
		}
	}
	for _, f := range c.Map.Features {
		want, _ := wantFill(c, f.Name)
		if got := mode(counts[f.Name]); got != want {
			t.Errorf("%s: dominant colour %v, want %v", f.Name, got, want)
		}
	}
	if got := rgbaAt(img, 1, 1); got != c.chrome().bg {
		t.Errorf("background %v, want %v", got, c.chrome().bg)
	}
}

func mode(m map[color.RGBA]int) color.RGBA {
	var best color.RGBA
	n := -1
	for c, k := range m {
		if k > n {
			best, n = c, k
		}
	}
	return best
}

func TestScaleEnds(t *testing.T) {
	c := qingdaoChoropleth(t)
	lo, _ := wantFill(c, "平度市")
	hi, _ := wantFill(c, "西海岸新区")
	if lo != palette[0] || hi != palette[len(palette)-1] {
		t.Errorf("lowest %v and highest %v, want the palette's ends", lo, hi)
	}
}

func TestRenderSVG(t *testing.T) {
	c := qingdaoChoropleth(t)
	c.Title = `新增就业 <R&D> "测试"`
	b := must(c.RenderSVG(800, 600))
	dec := xml.NewDecoder(bytes.NewReader(b))
	var texts []string
	regions := map[string]bool{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("svg is not valid XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			for _, a := range tok.Attr {
				if a.Name.Local == "data-region" {
					regions[a.Value] = true
				}
			}
		case xml.CharData:
			texts = append(texts, string(tok))
		}
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{`新增就业 <R&D> "测试"`, "即墨区", "西海岸新区", "3.4万人", NoDataText, "单位：人", "来源：测试"} {
		if !strings.Contains(all, want) {
			t.Errorf("svg text lacks %q", want)
		}
	}
	for _, f := range c.Map.Features {
		if !regions[f.Name] {
			t.Errorf("svg has no path for %s", f.Name)
		}
	}
	if !bytes.Contains(b, []byte("WenQuanYi Micro Hei")) || !bytes.Contains(b, []byte("sans-serif")) {
		t.Error("svg lacks the font-family list")
	}
}

func TestRenderErrors(t *testing.T) {
	c := qingdaoChoropleth(t)
	if _, err := c.RenderPNG(10, 10); err == nil {
		t.Error("RenderPNG(10,10) succeeded, want size error")
	}
	if _, err := (Choropleth{}).RenderSVG(400, 300); err == nil {
		t.Error("RenderSVG without a map succeeded")
	}
	if _, ok := c.RegionAt(800, 600, 2, 2); ok {
		t.Error("RegionAt in the corner found a region")
	}
}

func TestEncode(t *testing.T) {
	a := NewAtlas(places, nil)
	c, err := a.Choropleth(Request{Values: map[string]float64{"即墨区": 34000, "西海岸新区": 52000}, Unit: "人", Title: "新增就业"})
	if err != nil {
		t.Fatal(err)
	}
	if img := decodePNG(t, must(c.Encode("png", 640, 480))); img.Bounds().Dx() != 640 || img.Bounds().Dy() != 480 {
		t.Errorf("png size %v", img.Bounds())
	}
	svg := must(c.Encode("svg", 640, 480))
	if !bytes.Contains(svg, []byte("即墨区")) || !bytes.HasPrefix(svg, []byte("<?xml")) {
		t.Error("svg export lacks its regions or XML header")
	}
	if _, err := c.Encode("gif", 640, 480); err == nil {
		t.Error("format gif accepted")
	}
	var nm *NoMapError
	if _, err := a.Choropleth(Request{Values: map[string]float64{"火星": 1}}); !errors.As(err, &nm) {
		t.Errorf("unknown regions: %v, want a NoMapError", err)
	}
}

func TestEmbeddedDataSize(t *testing.T) {
	total := 0
	err := fs.WalkDir(geo.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		total += int(info.Size())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if total == 0 || total > 8<<20 {
		t.Errorf("embedded boundaries are %d bytes, want 0 < size ≤ 8 MiB", total)
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{34000, "人", "3.4万人"},
		{810000000, "元", "8.1亿元"},
		{7.4, "%", "7.4%"},
		{6.6, "个百分点", "6.6个百分点"},
		{-6.8, "%", "-6.8%"},
		{1200, "户", "1200户"},
		{123456, "", "12.35万"},
		{0, "人", "0人"},
	}
	for _, tc := range tests {
		if got := FormatValue(tc.v, tc.unit); got != tc.want {
			t.Errorf("FormatValue(%v, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
		}
	}
}

func TestNewScale(t *testing.T) {
	s := NewScale([]float64{10, 20, 30, 40, 50, 60})
	if len(s.Classes) != 5 {
		t.Fatalf("%d classes, want 5", len(s.Classes))
	}
	if s.Color(10) != palette[0] || s.Color(60) != palette[4] || s.Color(35) != palette[2] {
		t.Errorf("colours: %v %v %v", s.Color(10), s.Color(35), s.Color(60))
	}
	if s.Exact {
		t.Error("six distinct values gave an exact scale")
	}
	few := NewScale([]float64{10, 1, 2})
	if !few.Exact || len(few.Classes) != 3 || few.Color(1) != palette[0] || few.Color(2) != palette[2] || few.Color(10) != palette[4] {
		t.Errorf("three values: %+v", few)
	}
	if one := NewScale([]float64{3, 3}); len(one.Classes) != 1 {
		t.Errorf("equal values give %d classes, want 1", len(one.Classes))
	}
	two := NewScale([]float64{1, 2})
	if len(two.Classes) != 2 || two.Color(1) == two.Color(2) {
		t.Errorf("two values: %+v", two)
	}
	if math.IsNaN(two.Classes[1].Max) || two.Classes[1].Max != 2 {
		t.Errorf("last class max %v, want 2", two.Classes[1].Max)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestLabelPointAndDescribe(t *testing.T) {
	c := qingdaoChoropleth(t)
	for _, f := range c.Map.Features {
		x, y, ok := c.LabelPoint(640, 480, f.Source)
		if !ok {
			t.Fatalf("LabelPoint(%s) not found", f.Source)
		}
		if got, ok := c.RegionAt(640, 480, x, y); !ok || got != f.Name {
			t.Errorf("RegionAt(LabelPoint(%s)) = %q, %v", f.Name, got, ok)
		}
	}
	if _, _, ok := c.LabelPoint(640, 480, "火星"); ok {
		t.Error("LabelPoint(火星) found")
	}
	if got := c.Describe("即墨区"); got != "即墨区：3.4万人" {
		t.Errorf("Describe(即墨区) = %q", got)
	}
	if got := c.Describe("莱西市"); got != "莱西市："+NoDataText {
		t.Errorf("Describe(莱西市) = %q", got)
	}
}

func TestTextFitsImage(t *testing.T) {
	c := qingdaoChoropleth(t)
	c.Title = strings.Repeat("新增就业（2020年上半年）", 3)
	c.Note = "注意：" + strings.Repeat("各地区时期不同：即墨区 2020年上半年，西海岸新区 2023年；", 4)
	ts := must(newTypesetter())
	for _, size := range [][2]int{{400, 300}, {900, 640}, {320, 600}} {
		s := must(c.build(size[0], size[1]))
		lines := 0
		for _, tx := range s.texts {
			tw := must(ts.width(tx.s, tx.size))
			if tx.x < 0 || tx.x+tw > float64(size[0])+0.5 || tx.y > float64(size[1]) || tx.y-tx.size < 0 {
				t.Errorf("%dx%d: %q at (%.0f,%.0f) size %.0f leaves the image", size[0], size[1], tx.s, tx.x, tx.y, tx.size)
			}
			if strings.HasPrefix(c.Note, tx.s) || strings.Contains(c.Note, tx.s) {
				lines++
			}
		}
		if lines < 2 {
			t.Errorf("%dx%d: long note not wrapped (%d lines)", size[0], size[1], lines)
		}
	}
}

// TestRenderHole checks that a hole is left unfilled in PNG and SVG, whatever
// the winding of the rings in the data.
func TestRenderHole(t *testing.T) {
	outer := square(0, 0, 10, 10)
	hole := square(4, 4, 6, 6) // same winding as outer: must still be a hole
	f := Feature{Name: "甲", Polygons: [][][]Point{{outer, hole}}, Label: Point{2, 2}}
	f.Bounds = polygonsBounds(f.Polygons)
	m := &Map{Name: "测试", Features: []Feature{f}, Bounds: f.Bounds}
	c := Choropleth{Map: m, Values: map[string]float64{"甲": 1}, NoLabels: true}
	img := decodePNG(t, must(c.RenderPNG(400, 300)))
	s := must(c.build(400, 300))
	in, ring := s.proj.Project(Point{2, 5}), s.proj.Project(Point{5, 5})
	if got, want := rgbaAt(img, int(in.X), int(in.Y)), NewScale([]float64{1}).Color(1); got != want {
		t.Errorf("ring pixel %v, want fill %v", got, want)
	}
	if got := rgbaAt(img, int(ring.X), int(ring.Y)); got != c.chrome().bg {
		t.Errorf("hole pixel %v, want background %v", got, c.chrome().bg)
	}
	if name, ok := c.RegionAt(400, 300, int(ring.X), int(ring.Y)); ok {
		t.Errorf("RegionAt in the hole = %q", name)
	}
	if !bytes.Contains(must(c.RenderSVG(400, 300)), []byte(`fill-rule="evenodd"`)) {
		t.Error("svg paths need fill-rule evenodd for holes")
	}
}

// TestScaleGrowsTextWithTheInterface: a map drawn for a screen at
// FYNE_SCALE=1.5 (1.5 times the pixels of the same widget) has its text and
// margins 1.5 times larger, as the interface's text is; on screen the
// base text is at least 11 units (notes 8.8) however low the map; files
// (Scale 0) keep their sizes.
func TestScaleGrowsTextWithTheInterface(t *testing.T) {
	for _, size := range [][2]int{{800, 600}, {480, 320}, {1400, 900}, {1100, 330}} {
		w, h := size[0], size[1]
		one, zoomed := newSizes(w, h, 1), newSizes(w*3/2, h*3/2, 1.5)
		if zoomed.base != one.base*1.5 || zoomed.margin != one.margin*1.5 {
			t.Errorf("%dx%d: base %v margin %v at 1.5, want 1.5 × %v and %v", w, h, zoomed.base, zoomed.margin, one.base, one.margin)
		}
		if one.base < minScreenBase {
			t.Errorf("%dx%d on screen: base text %v, want at least %v", w, h, one.base, minScreenBase)
		}
		if file := newSizes(w, h, 0); file.base != math.Max(9, math.Min(16, float64(min(w, h))/40)) {
			t.Errorf("%dx%d file: base %v changed", w, h, file.base)
		}
	}
	c := qingdaoChoropleth(t)
	c.Scale = 1.5
	if _, err := c.RenderPNG(1200, 900); err != nil {
		t.Fatal(err)
	}
}

// TestNoteNewlineStartsALine: the map's note holds the period note and the
// source line joined by a newline (chartset); each is a line of its own,
// no newline is drawn (it was drawn as a missing-glyph box between them).
func TestNoteNewlineStartsALine(t *testing.T) {
	ts, err := newTypesetter()
	if err != nil {
		t.Fatal(err)
	}
	b, err := fitLines(ts, "注意：各地区时期不同\n来源：青岛日报 2023", 10, 600)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.lines) != 2 || b.lines[0] != "注意：各地区时期不同" || b.lines[1] != "来源：青岛日报 2023" {
		t.Errorf("lines %q, want the note and the source line", b.lines)
	}
	for _, l := range b.lines {
		if strings.ContainsRune(l, '\n') {
			t.Errorf("line %q holds a newline", l)
		}
	}
}
