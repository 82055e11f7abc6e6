package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"zhibiao/data/output"
)

func runInd(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(append([]string{"indicators"}, args...), Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return out.String(), errb.String(), code
}

// jsonKeys returns the keys of a JSON object in written order.
func jsonKeys(t *testing.T, line string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	if _, err := dec.Token(); err != nil {
		t.Fatalf("not an object: %v", err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatalf("token: %v", err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatalf("value: %v", err)
		}
	}
	return keys
}

func TestIndicatorsJSONLOnSeeds(t *testing.T) {
	out, stderr, code := runInd(t)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 100 {
		t.Fatalf("%d indicators from the seeds, want over 100", len(lines))
	}
	// JSON has the CSV columns in the same order; target (omitempty) only
	// when true.
	want := strings.Join(output.CSVHeader, ",")
	wantNoTarget := strings.Replace(want, ",target,", ",", 1)
	var sawTarget, saw34000 bool
	for _, l := range lines {
		keys := strings.Join(jsonKeys(t, l), ",")
		if keys != want && keys != wantNoTarget {
			t.Fatalf("keys %s, want %s", keys, want)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		sawTarget = sawTarget || m["target"] == true
		if m["raw"] == "3.4万人" && m["value"] == 34000.0 && m["unit"] == "人" && m["region"] == "即墨区" {
			saw34000 = true
		}
		if strings.Contains(l, `\u003c`) || strings.Contains(l, `\u0026`) {
			t.Errorf("HTML-escaped output: %s", l)
		}
	}
	if !sawTarget || !saw34000 {
		t.Errorf("target seen %v, 3.4万人 = 34000 人 (即墨区) seen %v", sawTarget, saw34000)
	}
}

func TestIndicatorsCSV(t *testing.T) {
	out, stderr, code := runInd(t, "-format", "csv")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not valid CSV: %v", err)
	}
	if strings.Join(recs[0], ",") != strings.Join(output.CSVHeader, ",") {
		t.Errorf("header %v", recs[0])
	}
	if strings.HasPrefix(out, "\ufeff") {
		t.Error("CLI CSV must not start with a BOM")
	}
	jl, _, _ := runInd(t)
	if got, want := len(recs)-1, len(strings.Split(strings.TrimSpace(jl), "\n")); got != want {
		t.Errorf("%d CSV rows, %d JSON lines", got, want)
	}
}

func TestIndicatorsCorpusDir(t *testing.T) {
	dir := t.TempDir()
	text := "某区上半年新增就业1.2万人\n\n2021-03-04\n\n即墨区上半年新增城乡就业1.2万人，引进人才3000余名。\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runInd(t, "-corpus", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, `"raw":"1.2万人"`) || !strings.Contains(out, `"value":12000`) || !strings.Contains(out, `"raw":"3000余名"`) {
		t.Errorf("output lacks the figures:\n%s", out)
	}
}

func TestIndicatorsErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "xml"},
		{"-corpus", filepath.Join(t.TempDir(), "missing")},
		{"extra"},
	} {
		out, stderr, code := runInd(t, args...)
		if code == 0 || stderr == "" || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want an error on stderr only", args, code, out, stderr)
		}
	}
}

func TestIndicatorsOtherReports(t *testing.T) {
	out, stderr, code := runInd(t, "-corpus", filepath.Join("..", "data", "extract", "testdata", "gold", "blind"))
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 61 {
		t.Errorf("%d indicators from the three blind reports, their gold has 61", len(lines))
	}
	for _, want := range []string{`"raw":"1.2万亿元"`, `"value":1200000000000`, `"region":"市中区"`, `"unit":"倍"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
}
