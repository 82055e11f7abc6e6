package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"zhibiao/cli"
	"zhibiao/views"
	"zhibiao/views/chart"
)

// TestKeywordChartSameInGUIAndCLI: the keyword chart the comparison view
// exports (Ctrl+E) and `zhibiao export -chart keywords` draw for the same
// region, size and palette are the same SVG, byte for byte.
func TestKeywordChartSameInGUIAndCLI(t *testing.T) {
	ui := loaded(t)
	ui.compare.SetMode(views.ModeKeywords)
	for _, region := range []string{"即墨区", "大连市", "崂山区"} {
		ui.compare.SetRegions([]string{region})
		render, _, ok := ui.currentChart()
		if !ok {
			t.Fatalf("%s: no keyword chart in the GUI", region)
		}
		gui, err := render(chart.SVG)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "kw.svg")
		var stderr bytes.Buffer
		args := []string{"export", "-chart", "keywords", "-regions", region, "-format", "svg",
			"-width", strconv.Itoa(exportWidth), "-height", strconv.Itoa(exportHeight), "-o", path}
		if code := cli.Run(args, cli.Env{Stdout: &bytes.Buffer{}, Stderr: &stderr}); code != 0 {
			t.Fatalf("zhibiao %v: exit %d: %s", args, code, stderr.String())
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gui, got) {
			t.Errorf("%s: the GUI's keyword SVG (%d bytes) differs from the CLI's (%d bytes)", region, len(gui), len(got))
		}
		if !bytes.Contains(gui, []byte(region)) {
			t.Errorf("%s: the keyword chart does not name the region", region)
		}
	}
}
