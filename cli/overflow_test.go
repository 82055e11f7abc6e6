package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Numbers a float64 cannot hold (issue 11): 百分之1e308 was +Inf and ended
// the output with "json: unsupported value", 2^1024 gave 1024, 10^309 gave
// 309 and 1e-400 gave 0.
var outOfRange = []string{"百分之1e308", "2^1024", "10^309", "1e-400"}

func TestNumbersLeavesOutNumbersOutOfRange(t *testing.T) {
	in := "增长3%\n" + strings.Join(outOfRange, "\n") + "\n增长5%\n"
	code, stdout, stderr := runNumbersCLI(t, in)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != len(outOfRange)+2 {
		t.Fatalf("%d output lines, want %d:\n%s", len(lines), len(outOfRange)+2, stdout)
	}
	for i, s := range outOfRange {
		var got lineJSON
		if err := json.Unmarshal([]byte(lines[i+1]), &got); err != nil {
			t.Fatal(err)
		}
		if got.Input != s || len(got.Numbers) != 0 {
			t.Errorf("%s: got %+v, want no number", s, got)
		}
		if !strings.Contains(stderr, strconv.Quote(s)+" is out of range") {
			t.Errorf("stderr lacks a warning for %s:\n%s", s, stderr)
		}
	}
	if !strings.Contains(lines[5], `"value":5`) {
		t.Errorf("the line after them: %s", lines[5])
	}
}

// overflowCorpus writes a folder with one article holding the numbers out
// of range and a good figure.
func overflowCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	text := "青岛市经济运行\n\n2020年青岛市地区生产总值增长" + outOfRange[0] + "，居民收入增长" + outOfRange[1] +
		"%，新增就业" + outOfRange[2] + "人，出口增长" + outOfRange[3] + "%。\n大连市地区生产总值增长1e308%。\n" +
		"2020年青岛市城镇新增就业3.4万人，地区生产总值增长3.7%。\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestIndicatorsWithNumbersOutOfRange(t *testing.T) {
	dir := overflowCorpus(t)
	out, stderr, code := runInd(t, "-corpus", dir)
	if code != 0 {
		t.Fatalf("jsonl: exit %d, stderr %q", code, stderr)
	}
	values := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ind struct{ Value float64 }
		if err := json.Unmarshal([]byte(line), &ind); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if ind.Value == 34000 || ind.Value == 3.7 {
			values++
		}
	}
	if values != 2 {
		t.Errorf("the good figures are not all there:\n%s", out)
	}
	for _, s := range append(outOfRange, "1e308%") {
		if !strings.Contains(stderr, "number out of range, left out: "+strconv.Quote(s)) {
			t.Errorf("stderr lacks a warning for %s:\n%s", s, stderr)
		}
	}
	out, stderr, code = runInd(t, "-corpus", dir, "-format", "csv")
	if code != 0 {
		t.Fatalf("csv: exit %d, stderr %q", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		v, err := strconv.ParseFloat(row[8], 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) > 1e18 {
			t.Errorf("csv value %q (%v)", row[8], err)
		}
	}
}

func TestExportAllWithNumbersOutOfRange(t *testing.T) {
	dir := overflowCorpus(t)
	outDir := filepath.Join(t.TempDir(), "charts")
	var stdout, stderr bytes.Buffer
	code := Run([]string{"export", "-corpus", dir, "-all", "-format", "svg", "-o", outDir},
		Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	b := readFile(t, filepath.Join(outDir, "regions-地区生产总值增速.svg"))
	if text := xmlText(t, b); !strings.Contains(text, "3.7") {
		t.Errorf("the chart of 地区生产总值增速 lacks 3.7:\n%s", text)
	}
}
