package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"zhibiao/cli"
	"zhibiao/data/corpus"
	"zhibiao/views"
	"zhibiao/views/chart"
	"zhibiao/views/chartset"
)

// TestEveryChartSameInGUIAndCLI: for every chart kind the comparison view
// shows, its Ctrl+E export and `zhibiao export` with the same request
// (chart, indicator, regions, sort, size, format) write the same bytes.
func TestEveryChartSameInGUIAndCLI(t *testing.T) {
	ui := loaded(t)
	cases := []struct {
		mode      views.Mode
		chart     string
		indicator string
		regions   []string
		sort      string
	}{
		{views.ModeIndicator, "regions", "新增就业", nil, ""},
		{views.ModeIndicator, "regions", "贷款发放", nil, chartset.SortName},
		{views.ModeIndicator, "regions", "市场主体总量", []string{"西海岸新区", "即墨区"}, chartset.SortValue},
		{views.ModeTrend, "trend", "贷款发放", nil, ""},
		{views.ModeTrend, "trend", "招聘岗位", []string{"即墨区"}, ""},
		{views.ModeOverview, "overview", "", nil, ""},
		{views.ModeThemes, "themes", "", nil, ""},
		{views.ModeMap, "map", "新增就业", nil, ""},
	}
	for _, tc := range cases {
		ui.compare.SetMode(tc.mode)
		if tc.indicator != "" {
			ui.compare.SelectIndicator(tc.indicator)
		}
		ui.compare.SetRegions(tc.regions)
		ui.compare.SetSort(tc.sort)
		name, opt, ok := ui.compare.Request()
		if !ok || name != tc.chart {
			t.Fatalf("%s: request %q ok %v", tc.chart, name, ok)
		}
		render, _, ok := ui.currentChart()
		if !ok {
			t.Fatalf("%s: nothing to export", tc.chart)
		}
		formats := []string{chart.SVG}
		if tc.chart == "trend" {
			formats = append(formats, chartset.PDF)
		}
		var gui []byte
		for _, format := range formats {
			if b := sameInGUIAndCLI(t, render, format, tc.chart, opt, tc.sort); format == chart.SVG {
				gui = b
			}
		}
		if !bytes.Contains(gui, []byte("来源：")) {
			t.Errorf("%s: no source line", tc.chart)
		}
	}
}

// sameInGUIAndCLI renders the GUI's chart in format and checks that
// `zhibiao export` with the same request writes the same bytes; it returns
// the GUI's file.
func sameInGUIAndCLI(t *testing.T, render func(string) ([]byte, error), format, name string, opt chartset.Options, sort string, extra ...string) []byte {
	t.Helper()
	gui, err := render(format)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	args := []string{"export", "-chart", name, "-format", format,
		"-width", strconv.Itoa(exportWidth), "-height", strconv.Itoa(exportHeight)}
	if opt.Indicator != "" {
		args = append(args, "-indicator", opt.Indicator)
	}
	if len(opt.Regions) > 0 {
		args = append(args, "-regions", strings.Join(opt.Regions, ","))
	}
	if sort != "" {
		args = append(args, "-sort", sort)
	}
	path := filepath.Join(t.TempDir(), "c."+format)
	args = append(append(args, extra...), "-o", path)
	var stderr bytes.Buffer
	if code := cli.Run(args, cli.Env{Stdout: &bytes.Buffer{}, Stderr: &stderr}); code != 0 {
		t.Fatalf("zhibiao %v: exit %d: %s", args, code, stderr.String())
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gui, got) {
		t.Errorf("%s %s %v (%s): the GUI's file (%d bytes) differs from the CLI's (%d bytes)", name, opt.Indicator, opt.Regions, format, len(gui), len(got))
	}
	return gui
}

// TestDerivedChartsSameInGUIAndCLI: the indicator chart divided per
// capita or as a share of the parent total (地区对比's 人均 / 占上级比重)
// is the same file from Ctrl+E as from `zhibiao export -per capita|share`,
// and tapping a bar lists both sentences: the level's and the
// denominator's.
func TestDerivedChartsSameInGUIAndCLI(t *testing.T) {
	dir := filepath.Join("..", "views", "chartset", "testdata", "percapita")
	ui := newTestUI(test.NewTempApp(t), Options{})
	done := make(chan struct{})
	ui.onReady = func(*corpus.Corpus) { close(done) }
	ui.Load(dir)
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the percapita folder did not load within 60 s")
	}
	cases := []struct {
		per, flag string
		regions   []string
		sort      string
	}{
		{chartset.PerCapita, "capita", nil, ""},
		{chartset.PerShare, "share", nil, chartset.SortValue},
		{chartset.PerCapita, "capita", []string{"即墨区", "青岛市"}, chartset.SortName},
	}
	for _, tc := range cases {
		ui.compare.SetMode(views.ModeIndicator)
		ui.compare.SelectIndicator("地区生产总值")
		ui.compare.SetRegions(tc.regions)
		ui.compare.SetSort(tc.sort)
		ui.compare.SetPer(tc.per)
		_, opt, ok := ui.compare.Request()
		if !ok || opt.Per != tc.per {
			t.Fatalf("%s: request per %q ok %v", tc.flag, opt.Per, ok)
		}
		render, _, ok := ui.currentChart()
		if !ok {
			t.Fatalf("%s: nothing to export", tc.flag)
		}
		svg := sameInGUIAndCLI(t, render, chart.SVG, "regions", opt, tc.sort, "-corpus", dir, "-per", tc.flag)
		if !bytes.Contains(svg, []byte("来源：")) {
			t.Errorf("%s: no source line", tc.flag)
		}
		for i, rv := range ui.compare.RegionValues() {
			ui.compare.TapBar(i, 0)
			if refs := ui.compare.Refs(); rv.Denom != nil && (len(refs) != 2 || refs[0].Region != rv.Region || refs[1].Region != rv.Denom.Region) {
				t.Errorf("%s: %s's bar lists %d sentences, want its own and %s's", tc.flag, rv.Region, len(refs), rv.Denom.Region)
			}
		}
	}
}
