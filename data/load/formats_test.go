package load

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"zhibiao/data"
	"zhibiao/data/extract"
	"zhibiao/data/formats"
	"zhibiao/data/region"
)

// formatsDir holds one report in every format (testdata/formats/README.md
// tells how each file was made) and the broken files.
const formatsDir = "testdata/formats"

// figureKey is what must agree for a figure, whatever the file's format:
// the six things that make an indicator right (DESIGN.md), not offsets.
func figureKey(ind data.Indicator) string {
	return fmt.Sprintf("%s %g %s | %s [%s] | %s | %s..%s %s | %s", ind.Raw, ind.Value, ind.Unit, ind.Metric, ind.Indicator,
		ind.Region, ind.PeriodStart, ind.PeriodEnd, ind.PeriodKind, ind.Status)
}

func fileFigures(t *testing.T, path string) ([]*data.Article, []string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	as, err := ParseFile(filepath.Base(path), raw)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var keys []string
	for _, ind := range extract.New(region.Default()).ExtractAll(as) {
		keys = append(keys, figureKey(ind))
	}
	slices.Sort(keys)
	return as, keys
}

// TestSameFiguresInEveryFormat: the report as text, as a GBK web page with
// navigation and scripts around it, as a Word file, as two PDFs with CJK
// fonts (LibreOffice's TrueType subset and cairo's Type0 Identity-H) gives
// the same figures with the same title, date and source; its table as a
// workbook and as a GBK CSV gives the same figures as the text's table.
func TestSameFiguresInEveryFormat(t *testing.T) {
	txtArts, want := fileFigures(t, filepath.Join(formatsDir, "report.txt"))
	if len(want) < 15 {
		t.Fatalf("report.txt: only %d figures:\n%s", len(want), strings.Join(want, "\n"))
	}
	ref := txtArts[0]
	for _, f := range []string{"html/gov-stats.html", "report.docx", "report.pdf", "report-cairo.pdf"} {
		as, got := fileFigures(t, filepath.Join(formatsDir, f))
		if !slices.Equal(got, want) {
			t.Errorf("%s: figures differ from report.txt:\n%s", f, diffLines(want, got))
		}
		a := as[0]
		if len(as) != 1 || a.Title != ref.Title || a.Date[:10] != ref.Date || a.Source != ref.Source || a.Region != ref.Region {
			t.Errorf("%s: %d stories, title %q date %q source %q region %q; want 1, %q %q %q %q", f, len(as),
				a.Title, a.Date, a.Source, a.Region, ref.Title, ref.Date, ref.Source, ref.Region)
		}
	}
	var table []string
	for _, k := range want {
		if !strings.ContainsAny(k[:strings.IndexByte(k, ' ')], "亿万%个家") { // cells hold bare numbers
			table = append(table, k)
		}
	}
	if len(table) != 9 {
		t.Fatalf("report.txt: %d table figures, want 9:\n%s", len(table), strings.Join(table, "\n"))
	}
	for _, f := range []string{"report.xlsx", "report-table.csv"} {
		if _, got := fileFigures(t, filepath.Join(formatsDir, f)); !slices.Equal(got, table) {
			t.Errorf("%s: figures differ from report.txt's table:\n%s", f, diffLines(table, got))
		}
	}
}

// TestRuledTableWithWrappedCells: a PDF table drawn with rules whose
// header cells and a region label wrap over two lines is read from its
// grid, one row per table row.
func TestRuledTableWithWrappedCells(t *testing.T) {
	_, got := fileFigures(t, filepath.Join(formatsDir, "wrapped-cells.pdf"))
	want := []string{
		"1210.9 1.2109e+11 元 | 规模以上工业企业营业收入 [] | 即墨区 | 2023-01-01..2023-09-30 ytd | result",
		"2650.3 2.6503e+11 元 | 规模以上工业企业营业收入 [] | 西海岸新区 | 2023-01-01..2023-09-30 ytd | result",
		"6.7 6.7 % | 规模以上工业增加值增速 [规上工业增加值增速] | 即墨区 | 2023-01-01..2023-09-30 ytd | result",
		"8.1 8.1 % | 规模以上工业增加值增速 [规上工业增加值增速] | 西海岸新区 | 2023-01-01..2023-09-30 ytd | result",
	}
	// The note under the table (…2000万元及以上的工业法人单位) gives the
	// extractor's reading of a threshold too: not this test's business.
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// TestMergedWorkbook: a two-row header with merged cells, merged row
// labels, percent-formatted cells, a hidden sheet and a note row.
func TestMergedWorkbook(t *testing.T) {
	_, got := fileFigures(t, filepath.Join(formatsDir, "merged.xlsx"))
	for _, w := range []string{
		"221.6 2.216e+10 元 | 一般公共预算收入绝对额 [一般公共预算收入] | 西海岸新区 | 2023-01-01..2023-09-30 ytd | result",
		"5.20% 5.2 % | 一般公共预算收入增长 [一般公共预算收入增速] | 西海岸新区 | 2023-01-01..2023-09-30 ytd | result",
		"2.1 21000 人 | 城镇新增就业人数 [新增就业] | 即墨区 | 2023-01-01..2023-09-30 ytd | result",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("merged.xlsx: no %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
	if len(got) != 6 {
		t.Errorf("merged.xlsx: %d figures, want 6 (the hidden sheet left out):\n%s", len(got), strings.Join(got, "\n"))
	}
}

// TestBrokenFormatsAreProblems: a scanned PDF, a broken .docx and a page
// that is only navigation each give a clear problem of their own, and the
// other files of the folder still load.
func TestBrokenFormatsAreProblems(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"report.txt": "report.txt", "gov-stats.html": "html/gov-stats.html", "report.docx": "report.docx",
		"report.pdf": "report-cairo.pdf", "report.xlsx": "report.xlsx", "report-table.csv": "report-table.csv",
		"scanned.pdf": "scanned.pdf", "broken.docx": "broken.docx", "navonly.html": "html/navonly.html",
	}
	for dst, src := range files {
		raw, err := os.ReadFile(filepath.Join(formatsDir, src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	as, probs, err := LoadDir(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	loaded := map[string]bool{}
	for _, a := range as {
		loaded[a.File] = true
	}
	for _, f := range []string{"report.txt", "gov-stats.html", "report.docx", "report.pdf", "report.xlsx", "report-table.csv"} {
		if !loaded[f] {
			t.Errorf("%s not loaded", f)
		}
	}
	want := map[string]error{"broken.docx": formats.ErrBadArchive, "navonly.html": formats.ErrNoArticle, "scanned.pdf": formats.ErrNoTextLayer}
	if len(probs) != len(want) {
		t.Errorf("problems %v, want one for each of %v", probs, want)
	}
	for _, p := range probs {
		w, ok := want[filepath.Base(p.File)]
		if !ok || p.Note || !strings.HasPrefix(p.Reason, w.Error()) {
			t.Errorf("problem %s: %q, want %q", p.File, p.Reason, w)
		}
	}
	for name, w := range want {
		raw, _ := os.ReadFile(filepath.Join(dir, name))
		if _, err := ParseFile(name, raw); !errors.Is(err, w) {
			t.Errorf("%s: err %v, want %v", name, err, w)
		}
	}
}

// TestFileKind: the type the article list shows.
func TestFileKind(t *testing.T) {
	for name, want := range map[string]string{"a.TXT": "TXT", "b.md": "MD", "c.htm": "HTML", "d.Docx": "DOCX", "e.pdf": "PDF",
		"f.xlsx": "XLSX", "g.csv": "CSV", "h.doc": "", "i.png": ""} {
		if got := FileKind(name); got != want {
			t.Errorf("FileKind(%q) = %q, want %q", name, got, want)
		}
	}
}

func diffLines(want, got []string) string {
	var b strings.Builder
	for _, w := range want {
		if !slices.Contains(got, w) {
			b.WriteString("- " + w + "\n")
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			b.WriteString("+ " + g + "\n")
		}
	}
	return b.String()
}
