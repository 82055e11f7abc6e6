package chart

import (
	"bytes"
	"math"
	"testing"
)

// TestScaleGrowsTextWithTheInterface: with FYNE_SCALE=1.5 the GUI draws a
// 720×400 widget at 1080×600 pixels; its text must be 1.5 times as large as
// at scale 1 (it grew only by √1.5 with the pixel size, leaving 9 px notes
// beside 20 px interface text).
func TestScaleGrowsTextWithTheInterface(t *testing.T) {
	f, err := loadFont()
	if err != nil {
		t.Fatal(err)
	}
	for name, spec := range sampleSpecs() {
		spec.Width, spec.Height = 720, 400
		base := newLayout(spec, newMeasurer(f))
		spec.Width, spec.Height, spec.Scale = 1080, 600, 1.5
		scaled := newLayout(spec, newMeasurer(f))
		if len(base.texts) == 0 || len(scaled.texts) != len(base.texts) {
			t.Fatalf("%s: %d texts at scale 1.5, %d at 1", name, len(scaled.texts), len(base.texts))
		}
		for i := range base.texts {
			if got, want := scaled.texts[i].size, base.texts[i].size*1.5; math.Abs(got-want) > 0.01 {
				t.Errorf("%s: %q drawn at %.2f px at scale 1.5, want %.2f", name, base.texts[i].text, got, want)
			}
		}
	}
}

// TestScaleZeroIsOne: exports leave Scale unset and keep their look.
func TestScaleZeroIsOne(t *testing.T) {
	spec := sampleSpecs()["bar"]
	spec.Width, spec.Height = 960, 540
	a, err := Render(spec, SVG)
	if err != nil {
		t.Fatal(err)
	}
	spec.Scale = 1
	b, err := Render(spec, SVG)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("Scale 0 and Scale 1 draw differently")
	}
}
