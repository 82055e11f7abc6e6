package chart

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestSVGRendersWithoutCJKFonts: an exported SVG drawn by rsvg-convert on
// a machine without any font (fontconfig with no font folders) still shows
// the Chinese title, because text is drawn as glyph outlines of the
// bundled font; the words remain in <title>/<desc>.
func TestSVGRendersWithoutCJKFonts(t *testing.T) {
	rsvg, err := exec.LookPath("rsvg-convert")
	if err != nil {
		t.Skip("rsvg-convert not installed (Debian: librsvg2-bin; make test-deps installs it)")
	}
	dir := t.TempDir()
	conf := filepath.Join(dir, "fonts.conf")
	empty := `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><cachedir>` + dir + `/cache</cachedir></fontconfig>`
	if err := os.WriteFile(conf, []byte(empty), 0o644); err != nil {
		t.Fatal(err)
	}
	spec := Spec{Kind: Bar, Title: "新增城乡就业人数对比", Labels: []string{"即墨区", "崂山区"}, Values: []float64{34000, 21000}, Unit: "人",
		Source: "来源：青岛日报 2020-07-23"}
	svg, err := Render(spec, SVG)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(svg, []byte("<title>新增城乡就业人数对比</title>")) || !bytes.Contains(svg, []byte("即墨区")) {
		t.Error("the SVG does not keep its words in <title>/<desc>")
	}
	in := filepath.Join(dir, "chart.svg")
	if err := os.WriteFile(in, svg, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(rsvg, "-o", filepath.Join(dir, "chart.png"), in)
	cmd.Env = append(os.Environ(), "FONTCONFIG_FILE="+conf, "FONTCONFIG_PATH="+dir, "XDG_DATA_HOME="+dir, "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("rsvg-convert: %v: %s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "chart.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	// The title is drawn at the top left: its box must hold dark ink, about
	// as much as the PNG renderer puts there.
	want := mustPNG(t, spec)
	box := titleBox(spec)
	got, ref := ink(img, box), ink(want, box)
	if ref == 0 {
		t.Fatal("the PNG reference has no ink in the title box")
	}
	if float64(got) < 0.5*float64(ref) || float64(got) > 2*float64(ref) {
		t.Errorf("rsvg-convert drew %d dark pixels where the title is, the PNG renderer %d", got, ref)
	}
	// The same letters, not boxes of a missing font: the dark pixels of
	// the two pictures mostly coincide.
	if iou := overlap(img, want, box); iou < 0.5 {
		t.Errorf("the title's ink overlaps the PNG renderer's by %.2f (want ≥ 0.5): other shapes than the glyphs", iou)
	} else {
		t.Logf("title ink: %d px (PNG renderer %d), overlap %.2f", got, ref, iou)
	}
	if ink(img, image.Rect(690, 4, 716, 12)) != 0 {
		t.Error("ink in the empty top-right corner")
	}
}

// titleBox is where a 720×400 chart's title is drawn.
func titleBox(spec Spec) image.Rectangle {
	f, _ := loadFont()
	w := newMeasurer(f).width(spec.Title, 19)
	return image.Rect(14, 14, 14+int(w), 38)
}

// mustPNG renders spec as a decoded PNG.
func mustPNG(t *testing.T, spec Spec) image.Image {
	t.Helper()
	b, err := Render(spec, PNG)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// overlap is the intersection over union of the dark pixels of a and b
// inside r.
func overlap(a, b image.Image, r image.Rectangle) float64 {
	dark := func(img image.Image, x, y int) bool {
		cr, cg, cb, _ := img.At(x, y).RGBA()
		return (cr+cg+cb)/3 < 0x8000
	}
	both, either := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			da, db := dark(a, x, y), dark(b, x, y)
			if da && db {
				both++
			}
			if da || db {
				either++
			}
		}
	}
	if either == 0 {
		return 0
	}
	return float64(both) / float64(either)
}

// ink counts the dark pixels of img inside r.
func ink(img image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if (cr+cg+cb)/3 < 0x8000 {
				n++
			}
		}
	}
	return n
}
