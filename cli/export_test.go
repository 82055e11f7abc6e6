package cli

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"zhibiao/data"
	"zhibiao/data/region"
	"zhibiao/views/chart"
	"zhibiao/views/chartset"
)

func TestParseExport(t *testing.T) {
	tests := []struct {
		args    []string
		format  string // want, when no error
		errPart string // want an error containing this
	}{
		{[]string{"-chart", "regions", "-indicator", "新增就业", "-o", "a.png"}, "png", ""},
		{[]string{"-chart", "themes", "-o", "a.SVG"}, "svg", ""},
		{[]string{"-chart", "themes", "-format", "svg", "-o", "a"}, "svg", ""},
		{[]string{"-all", "-o", "dir"}, "png", ""},
		{[]string{"-all", "-format", "svg", "-o", "dir.d"}, "svg", ""},
		{[]string{"-chart", "themes", "-o", "a.jpg"}, "", "format"},
		{[]string{"-chart", "themes", "-format", "png", "-o", "a.svg"}, "", "does not match"},
		{[]string{"-chart", "themes", "-format", "gif", "-o", "a"}, "", "unknown format"},
		{[]string{"-chart", "themes"}, "", "-o is required"},
		{[]string{"-o", "a.png"}, "", "either"},
		{[]string{"-all", "-chart", "themes", "-o", "d"}, "", "either"},
		{[]string{"-chart", "pie", "-o", "a.png"}, "", "unknown chart"},
		{[]string{"-chart", "themes", "-o", "a.png", "-width", "5"}, "", "out of range"},
		{[]string{"-chart", "themes", "-o", "a.png", "extra"}, "", "unexpected"},
		{[]string{"-nosuchflag"}, "", "not defined"},
	}
	for _, tc := range tests {
		opt, err := parseExport(tc.args, io.Discard)
		switch {
		case tc.errPart == "" && err != nil:
			t.Errorf("%q: %v", tc.args, err)
		case tc.errPart != "" && (err == nil || !strings.Contains(err.Error(), tc.errPart)):
			t.Errorf("%q: error %v, want one containing %q", tc.args, err, tc.errPart)
		case tc.errPart == "" && opt.format != tc.format:
			t.Errorf("%q: format %q, want %q", tc.args, opt.format, tc.format)
		}
	}
	opt, err := parseExport([]string{"-chart", "regions", "-regions", "即墨, 黄岛区、崂山区,火星", "-o", "x.png"}, io.Discard)
	if err != nil || strings.Join(opt.regions, "|") != "即墨区|西海岸新区|崂山区|火星" {
		t.Errorf("regions %q, %v", opt.regions, err)
	}
}

// testCorpus is a hand-built corpus: two regions with 新增就业 figures of
// different years, themes, and a fake tokenizer.
func testCorpus() *exportCorpus {
	jimo := &data.Article{File: "a.txt", Region: "即墨区", Year: 2020, Text: "即墨 就业 就业 企业 复工"}
	xihai := &data.Article{File: "b.txt", Region: "西海岸新区", Year: 2023, Text: "西海岸 投资 投资 项目 企业"}
	return &exportCorpus{
		articles: []*data.Article{jimo, xihai},
		indicators: []data.Indicator{
			{Region: "即墨区", Indicator: "新增就业", Value: 34000, Unit: "人", Period: "上半年", Theme: "稳就业", Sentence: "s1", Article: jimo},
			{Region: "西海岸新区", Indicator: "新增就业", Value: 81000, Unit: "人", Theme: "稳就业", Sentence: "s2", Article: xihai},
			{Region: "西海岸新区", Indicator: "固定资产投资增速", Value: 7.4, Unit: "%", Theme: "稳投资", Sentence: "s3", Article: xihai},
		},
		places: region.Default(),
		cutter: func() (func(string) []string, error) { return strings.Fields, nil },
	}
}

// testOptions are export options for a test, writing into dir.
func testOptions(t *testing.T, args ...string) exportOptions {
	t.Helper()
	opt, err := parseExport(args, io.Discard)
	if err != nil {
		t.Fatalf("parse %q: %v", args, err)
	}
	opt.warn = func(format string, args ...any) { t.Logf(format, args...) }
	return opt
}

func TestExportRegionsPNGAndSVG(t *testing.T) {
	dir := t.TempDir()
	pngPath := filepath.Join(dir, "jobs.png")
	var out bytes.Buffer
	opt := testOptions(t, "-chart", "regions", "-indicator", "新增就业", "-o", pngPath, "-width", "800", "-height", "450")
	if err := export(testCorpus(), opt, &out); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(out.String()) != pngPath {
		t.Errorf("stdout %q, want the path written", out.String())
	}
	img, err := png.Decode(bytes.NewReader(readFile(t, pngPath)))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 450 {
		t.Errorf("size %v", b)
	}

	svgPath := filepath.Join(dir, "jobs.svg")
	opt = testOptions(t, "-chart", "regions", "-indicator", "新增就业", "-regions", "即墨区,西海岸新区,崂山区", "-o", svgPath)
	if err := export(testCorpus(), opt, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := xmlText(t, readFile(t, svgPath))
	for _, want := range []string{"即墨区", "西海岸新区", "崂山区", "无数据", "3.4万人", "时期不同"} {
		if !strings.Contains(text, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestExportRefusesOverwrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "themes.svg")
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := testOptions(t, "-chart", "themes", "-o", path)
	err := export(testCorpus(), opt, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "-force") {
		t.Fatalf("export over an existing file: %v, want a -force hint", err)
	}
	if string(readFile(t, path)) != "keep me" {
		t.Error("existing file was changed")
	}
	opt = testOptions(t, "-chart", "themes", "-force", "-o", path)
	if err := export(testCorpus(), opt, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(xmlText(t, readFile(t, path)), "稳投资") {
		t.Error("forced export did not write the theme chart")
	}
}

func TestExportAll(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "charts")
	var out bytes.Buffer
	opt := testOptions(t, "-all", "-format", "svg", "-o", dir)
	if err := export(testCorpus(), opt, &out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		"regions-新增就业.svg", "regions-固定资产投资增速.svg", "themes.svg",
		"keywords-即墨区.svg", "keywords-西海岸新区.svg", "map-新增就业.svg",
	} {
		b := readFile(t, filepath.Join(dir, name))
		xmlText(t, b)
	}
	if n := strings.Count(out.String(), "\n"); n < 5 {
		t.Errorf("stdout lists %d files:\n%s", n, out.String())
	}
	// A second run refuses to replace anything and writes nothing.
	before, _ := os.ReadDir(dir)
	err := export(testCorpus(), opt, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second -all: %v, want already exists", err)
	}
	after, _ := os.ReadDir(dir)
	if len(before) != len(after) {
		t.Errorf("second run changed the folder: %d → %d entries", len(before), len(after))
	}
}

func TestExportKeywords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kw.svg")
	opt := testOptions(t, "-chart", "keywords", "-regions", "即墨区", "-o", path)
	if err := export(testCorpus(), opt, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := xmlText(t, readFile(t, path))
	if !strings.Contains(text, "就业") || strings.Contains(text, "投资") {
		t.Errorf("keyword chart of 即墨区 should show 就业 and not 西海岸新区's 投资:\n%s", text)
	}
	opt = testOptions(t, "-chart", "keywords", "-o", path, "-force")
	if err := export(testCorpus(), opt, io.Discard); err == nil {
		t.Error("keywords without a region succeeded")
	}
}

func TestExportErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.png")
	tests := []struct {
		args    []string
		errPart string
	}{
		{[]string{"-chart", "regions", "-o", path}, "indicator is required"},
		{[]string{"-chart", "regions", "-indicator", "不存在", "-o", path}, "新增就业 (2)"},
		{[]string{"-chart", "regions", "-indicator", "新增就业", "-regions", "大连市", "-o", path}, "暂无数据"},
		{[]string{"-chart", "regions", "-indicator", "新增就业", "-o", filepath.Join(path, "sub", "x.png")}, "x.png"},
	}
	for _, tc := range tests {
		err := export(testCorpus(), testOptions(t, tc.args...), io.Discard)
		if err == nil || !strings.Contains(err.Error(), tc.errPart) {
			t.Errorf("%q: %v, want error containing %q", tc.args, err, tc.errPart)
		}
	}
	empty := &exportCorpus{places: region.Default(), cutter: func() (func(string) []string, error) { return strings.Fields, nil }}
	err := export(empty, testOptions(t, "-all", "-o", t.TempDir()), io.Discard)
	if !errors.Is(err, chart.ErrNoData) {
		t.Errorf("-all on an empty corpus: %v, want ErrNoData", err)
	}
}

func TestSafeFileName(t *testing.T) {
	tests := map[string]string{
		"regions-新增就业": "regions-新增就业", "a/b\\c:d*e?f\"g<h>i|j": "a_b_c_d_e_f_g_h_i_j", "..": "chart", "": "chart",
	}
	for in, want := range tests {
		if got := chartset.SafeFileName(in); got != want {
			t.Errorf("SafeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRunExportSeeds runs the subcommand end to end on the embedded seeds:
// 即墨区 and 西海岸新区's new-jobs figures side by side.
func TestRunExportSeeds(t *testing.T) {
	c, err := loadExportCorpus(context.Background(), region.Default(), "", io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.indicators) == 0 {
		t.Skip("no indicators extracted from the seeds (extractor not in this build)")
	}
	path := filepath.Join(t.TempDir(), "jobs.svg")
	var stdout, stderr bytes.Buffer
	code := Run([]string{"export", "-chart", "regions", "-indicator", "新增就业", "-regions", "即墨区,西海岸新区", "-o", path},
		Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	text := xmlText(t, readFile(t, path))
	for _, r := range []string{"即墨区", "西海岸新区"} {
		if !strings.Contains(text, r) {
			t.Errorf("SVG lacks %s", r)
		}
	}
	t.Logf("chart text:\n%s", text)
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// xmlText checks b is well-formed XML and returns its character data.
func xmlText(t *testing.T, b []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	var sb strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return sb.String()
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			sb.Write(cd)
			sb.WriteByte('\n')
		}
	}
}

// TestConcurrentExportsNeverReplace: three exports to one name at once,
// without -force, replaced a file in 3 of 30 rounds (issue 11): the
// existence check and the rename were separate steps. Now one wins.
func TestConcurrentExportsNeverReplace(t *testing.T) {
	dir := t.TempDir()
	for round := range 30 {
		path := filepath.Join(dir, fmt.Sprintf("themes-%d.svg", round))
		var wg sync.WaitGroup
		errs := make([]error, 3)
		for w := range 3 {
			opt := testOptions(t, "-chart", "themes", "-o", path, "-width", strconv.Itoa(600+w))
			wg.Go(func() { errs[w] = export(testCorpus(), opt, io.Discard) })
		}
		wg.Wait()
		won := -1
		for w, err := range errs {
			switch {
			case err == nil && won >= 0:
				t.Fatalf("round %d: exports %d and %d both wrote %s", round, won, w, path)
			case err == nil:
				won = w
			case !strings.Contains(err.Error(), "already exists (use -force to replace)"):
				t.Fatalf("round %d: export %d: %v", round, w, err)
			}
		}
		if won < 0 || !strings.Contains(string(readFile(t, path)), fmt.Sprintf(`width="%d"`, 600+won)) {
			t.Fatalf("round %d: the file is not the winner's (%d)", round, won)
		}
	}
}

// TestExportMapNoMap: figures for regions no map shows give an error that
// names them, not a Go slice.
func TestExportMapNoMap(t *testing.T) {
	c := testCorpus()
	art := &data.Article{File: "c.txt", Region: "光明区"}
	c.indicators = []data.Indicator{ // divisions newer than the boundary data (assets/geo/known-gaps.tsv)
		{Region: "光明区", Indicator: "新增就业", Value: 1200, Unit: "人", Sentence: "s", Article: art},
		{Region: "钱塘区", Indicator: "新增就业", Value: 900, Unit: "人", Sentence: "s", Article: art},
	}
	opt := testOptions(t, "-chart", "map", "-indicator", "新增就业", "-o", filepath.Join(t.TempDir(), "m.svg"))
	err := export(c, opt, io.Discard)
	if err == nil {
		t.Fatal("a map of regions without a map was written")
	}
	for _, want := range []string{"光明区", "钱塘区"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
	if strings.Contains(err.Error(), "[") {
		t.Errorf("error %q prints a Go slice", err)
	}
}
