package chartset

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"zhibiao/views/chart"
)

// TestPDFExport: a PDF export is one page holding the chart, the same
// bytes every time (GUI and CLI give one request the same file), with the
// chart's title in its metadata; poppler, where installed, draws it.
func TestPDFExport(t *testing.T) {
	src := source()
	opt := Options{Indicator: "新增就业", Format: PDF, Width: 1000, Height: 667}
	a, err := Render(src, "regions", opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(src, "regions", opt)
	if err != nil {
		t.Fatal(err)
	}
	pdf := a[0].Data
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Equal(pdf, b[0].Data) {
		t.Fatalf("not a PDF, or not the same bytes twice (%d, %d bytes)", len(pdf), len(b[0].Data))
	}
	if !bytes.Contains(pdf, []byte("/MediaBox [0 0 750.00 500.25]")) {
		t.Errorf("the page is not the chart's size at 96 dpi")
	}
	opt.Format = chart.PNG
	if _, err := Render(src, "regions", opt); err != nil {
		t.Fatal(err)
	}
	ppm, err := exec.LookPath("pdftoppm")
	if err != nil {
		t.Skip("pdftoppm (poppler-utils) not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "c.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(ppm, "-r", "24", "-png", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
}
