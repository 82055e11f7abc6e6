package app

import (
	"bytes"
	"image/png"
	"strings"
	"testing"

	"zhibiao/views"
	"zhibiao/views/chart"
)

// TestExportCurrentChart: the chart shown in the comparison view exports as
// a decodable PNG and as an SVG naming the regions compared.
func TestExportCurrentChart(t *testing.T) {
	ui := loaded(t)
	ui.compare.SelectIndicator("新增就业")
	ui.compare.SetRegions([]string{"即墨区", "西海岸新区"})
	render, stem, ok := ui.currentChart()
	if !ok || !strings.Contains(stem, "新增就业") {
		t.Fatalf("no exportable chart (ok %v, stem %q)", ok, stem)
	}
	b, err := render(chart.PNG)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("exported PNG does not decode: %v", err)
	}
	if s := img.Bounds().Size(); s.X != exportWidth || s.Y != exportHeight {
		t.Errorf("PNG is %v, want %dx%d", s, exportWidth, exportHeight)
	}
	svg, err := render(chart.SVG)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{"即墨区", "西海岸新区", "<svg"} {
		if !bytes.Contains(svg, []byte(r)) {
			t.Errorf("SVG lacks %q", r)
		}
	}
	ui.compare.SetMode(views.ModeMap)
	render, _, ok = ui.currentChart()
	if !ok {
		t.Fatal("map mode: nothing to export")
	}
	if svg, err = render(chart.SVG); err != nil || !bytes.Contains(svg, []byte("即墨区")) {
		t.Errorf("map SVG: err %v, names 即墨区 %v", err, bytes.Contains(svg, []byte("即墨区")))
	}
}
