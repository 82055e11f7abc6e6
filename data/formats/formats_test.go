package formats

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "load", "testdata", "formats", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func gbk(s string) []byte {
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

const para = "今年以来，全区城镇新增就业1.8万人，发放创业担保贷款3.2亿元，减税降费12.5亿余元，经济运行稳中向好。"

// TestHTMLCharsets: BOM, <meta charset>, http-equiv, none (UTF-8 or GBK
// bytes told apart).
func TestHTMLCharsets(t *testing.T) {
	body := "<title>标题测试一下</title></head><body><h1>标题测试一下</h1><p>" + para + "</p></body></html>"
	cases := map[string][]byte{
		"bom":        append([]byte("\xef\xbb\xbf<html><head>"), body...),
		"meta":       gbk(`<html><head><meta charset="GBK">` + body),
		"http-equiv": gbk(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">` + body),
		"utf8":       []byte("<html><head>" + body),
		"gbk-bare":   gbk("<html><head>" + body),
	}
	for name, raw := range cases {
		d, err := HTML(raw)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d.Title != "标题测试一下" || !strings.Contains(d.Text, para) || strings.Count(d.Text, "标题测试一下") != 1 {
			t.Errorf("%s: title %q text %q", name, d.Title, d.Text)
		}
	}
}

// TestHTMLTable: colspan in a header, rowspan down a label, th, caption.
func TestHTMLTable(t *testing.T) {
	page := `<html><body><div class="article-content"><p>` + para + `</p>
<table><caption>表2 各区财政收入</caption>
<tr><th rowspan="2">地区</th><th colspan="2">一般公共预算收入</th></tr>
<tr><th>亿元</th><th>增长%</th></tr>
<tr><td rowspan="2">西海岸新区</td><td>221.6</td><td>5.2</td></tr>
<tr><td>222.0</td><td>5.3</td></tr>
</table></div></body></html>`
	d, err := HTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"表2 各区财政收入", "| 地区 | 一般公共预算收入 亿元 | 一般公共预算收入 增长% |", "| 西海岸新区 | 221.6 | 5.2 |", "| 西海岸新区 | 222.0 | 5.3 |"} {
		if !strings.Contains(d.Text, w) {
			t.Errorf("no %q in\n%s", w, d.Text)
		}
	}
}

// docx builds a Word file from a document body and styles.
func docx(t testing.TB, body, styles string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, s := range map[string]string{
		"word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`,
		"word/styles.xml":   `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + styles + `</w:styles>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func wp(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

func wtc(text, span string) string {
	tcpr := ""
	if span != "" {
		tcpr = `<w:tcPr><w:gridSpan w:val="` + span + `"/></w:tcPr>`
	}
	return `<w:tc>` + tcpr + wp("", text) + `</w:tc>`
}

// TestDOCX: headings by a Chinese Word's style ids (1, 2 named "heading
// 1/2"), paragraphs split across runs, a table with a merged header cell,
// in order.
func TestDOCX(t *testing.T) {
	styles := `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>`
	body := wp("a3", "即墨区经济运行") + wp("1", "一、总体情况") +
		`<w:p><w:r><w:t>上半年，全区新增就业</w:t></w:r><w:r><w:t>1.8万人。</w:t></w:r></w:p>` +
		`<w:tbl><w:tr>` + wtc("地区", "") + wtc("指标", "2") + `</w:tr><w:tr>` + wtc("即墨区", "") + wtc("1020.5", "") + wtc("5.1", "") + `</w:tr></w:tbl>` +
		wp("", "以上数据为初步统计。")
	d, err := DOCX(docx(t, body, styles))
	if err != nil {
		t.Fatal(err)
	}
	want := "# 即墨区经济运行\n\n## 一、总体情况\n\n上半年，全区新增就业1.8万人。\n\n| 地区 | 指标 |  |\n| 即墨区 | 1020.5 | 5.1 |\n\n以上数据为初步统计。\n"
	if d.Text != want {
		t.Errorf("got\n%q\nwant\n%q", d.Text, want)
	}
}

// TestDOCXMerges: a region label merged down two rows (w:vMerge) names
// both rows; a figure merged down is not repeated; a text box's paragraph
// stays inside its paragraph.
func TestDOCXMerges(t *testing.T) {
	vm := func(text, val string) string {
		v := `<w:vMerge/>`
		if val != "" {
			v = `<w:vMerge w:val="` + val + `"/>`
		}
		return `<w:tc><w:tcPr>` + v + `</w:tcPr>` + wp("", text) + `</w:tc>`
	}
	body := `<w:tbl><w:tr>` + wtc("地区", "") + wtc("年份", "") + wtc("收入", "") + `</w:tr>` +
		`<w:tr>` + vm("西海岸新区", "restart") + wtc("2022年", "") + vm("221.6", "restart") + `</w:tr>` +
		`<w:tr>` + vm("", "") + wtc("2023年", "") + vm("", "") + `</w:tr></w:tbl>` +
		`<w:p><w:r><w:t>正文前</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r><w:r><w:t>正文后</w:t></w:r></w:p>`
	d, err := DOCX(docx(t, body, ""))
	if err != nil {
		t.Fatal(err)
	}
	want := "| 地区 | 年份 | 收入 |\n| 西海岸新区 | 2022年 | 221.6 |\n| 西海岸新区 | 2023年 |  |\n\n正文前 框内正文后\n"
	if d.Text != want {
		t.Errorf("got\n%q\nwant\n%q", d.Text, want)
	}
}

func TestDOCXBroken(t *testing.T) {
	for name, raw := range map[string][]byte{
		"cut":         fixture(t, "broken.docx"),
		"not a zip":   []byte("PK\x03\x04 nothing"),
		"no document": docxWithout(t),
	} {
		if _, err := DOCX(raw); !errors.Is(err, ErrBadArchive) {
			t.Errorf("%s: err %v, want ErrBadArchive", name, err)
		}
	}
}

func docxWithout(t *testing.T) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	if _, err := zw.Create("word/other.xml"); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPDFScanned: an image-only PDF has no text layer.
func TestPDFScanned(t *testing.T) {
	if _, err := PDF(fixture(t, "scanned.pdf")); !errors.Is(err, ErrNoTextLayer) {
		t.Errorf("err %v, want ErrNoTextLayer", err)
	}
}

// TestPDFParagraphAcrossPages: a paragraph broken by a page end is one
// paragraph (a figure at the break would be cut in two otherwise).
func TestPDFParagraphAcrossPages(t *testing.T) {
	d, err := PDF(fixture(t, "pagebreak.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range strings.Split(d.Text, "\n") {
		if strings.HasPrefix(l, "第") {
			n++
			if !strings.HasSuffix(l, "各项指标保持在合理区间。") {
				t.Errorf("paragraph cut: %q", l)
			}
		}
	}
	if n != 20 {
		t.Errorf("%d paragraphs, want 20:\n%s", n, d.Text)
	}
}

// TestRunningLines: a line on top of most pages goes, a repeated table
// header stays.
func TestRunningLines(t *testing.T) {
	line := func(s string, y float64, cells ...string) pdfLine {
		return pdfLine{text: s, cells: append([]string{s}, cells...), y: y, fs: 12}
	}
	head, row := line("2023年统计公报", 800), line("地区 指标 增长", 740, "指标", "增长")
	pages := [][]pdfLine{
		{head, line("正文一。", 740), line("正文一续。", 725)},
		{head, row, line("正文二。", 725)},
		{head, row, line("正文三。", 725)},
	}
	dropRunningLines(pages)
	for p, lines := range pages {
		if lines[0].text != "" {
			t.Errorf("page %d: running head kept", p+1)
		}
		if p > 0 && lines[1].text != row.text {
			t.Errorf("page %d: table header dropped", p+1)
		}
	}
}

// TestPDFScanWithPageNumber: a scan whose only text is a page number is
// still a scan.
func TestPDFScanWithPageNumber(t *testing.T) {
	page := "BT /F1 10 Tf 290 30 Td (- 1 -) Tj ET"
	raw := "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
		"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n" +
		"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n" +
		"4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n" +
		"5 0 obj\n<< /Length " + strconv.Itoa(len(page)) + " >>\nstream\n" + page + "\nendstream\nendobj\n"
	xref := len(raw)
	raw += "xref\n0 6\n0000000000 65535 f \n"
	for _, o := range []string{"1 0 obj", "2 0 obj", "3 0 obj", "4 0 obj", "5 0 obj"} {
		raw += fmt.Sprintf("%010d 00000 n \n", strings.Index(raw, o))
	}
	raw += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + strconv.Itoa(xref) + "\n%%EOF\n"
	if _, err := PDF([]byte(raw)); !errors.Is(err, ErrNoTextLayer) {
		t.Errorf("err %v, want ErrNoTextLayer", err)
	}
}

// TestPDFBrokenXref: a PDF whose cross-reference table is wrong goes to
// pdftotext when installed; without it the message says what to install.
func TestPDFBrokenXref(t *testing.T) {
	raw := fixture(t, "report-cairo.pdf")
	i := bytes.LastIndex(raw, []byte("startxref"))
	bad := append(append([]byte{}, raw[:i]...), "startxref\n12345\n%%EOF\n"...)
	if _, err := exec.LookPath("pdftotext"); err == nil {
		d, err := PDF(bad)
		if err != nil || !strings.Contains(d.Text, "减税降费12.5") {
			t.Errorf("with pdftotext: err %v, text %q", err, d)
		}
	} else {
		t.Log("pdftotext not installed: only the message is checked (make test-deps installs poppler-utils)")
	}
	t.Setenv("PATH", t.TempDir())
	_, err := PDF(bad)
	if !errors.Is(err, ErrBadPDF) || !strings.Contains(err.Error(), "apt-get install poppler-utils") {
		t.Errorf("without pdftotext: %v", err)
	}
}

// TestCSV: GBK, semicolons, a title row, a note row.
func TestCSV(t *testing.T) {
	raw := gbk("2023年各区指标;;\n地区;地区生产总值（亿元）;增长（%）\n即墨区;1565.3;6.1\n崂山区;806.3;4.6\n注：初步核算数。;;\n")
	d, err := CSV(raw, "dir/各区.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := "2023年各区指标\n\n2023年各区指标\n\n| 地区 | 地区生产总值（亿元） | 增长（%） |\n| 即墨区 | 1565.3 | 6.1 |\n| 崂山区 | 806.3 | 4.6 |\n\n注：初步核算数。\n"
	if d.Text != want {
		t.Errorf("got\n%q\nwant\n%q", d.Text, want)
	}
}

func TestXLSXBroken(t *testing.T) {
	if _, err := XLSX(fixture(t, "broken.docx"), "x.xlsx"); !errors.Is(err, ErrBadArchive) {
		t.Errorf("err %v, want ErrBadArchive", err)
	}
}

func TestKindOf(t *testing.T) {
	for name, want := range map[string]string{"a.HTM": KindHTML, `c:\x\b.shtml`: KindHTML, "c.docx": KindDOCX, "d.PDF": KindPDF,
		"e.xlsx": KindXLSX, "f.csv": KindCSV, "g.txt": "", "h.doc": "", "i": ""} {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestCollapse(t *testing.T) {
	for in, want := range map[string]string{
		" a \t b ":         "a b",
		"全区\n  新增":         "全区新增",
		"全区　新增":            "全区 新增",
		"8.2%\n高于":         "8.2% 高于",
		"\u200b零宽\u00a0空格": "零宽 空格",
	} {
		if got := collapse(in); got != want {
			t.Errorf("collapse(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzHTML: any bytes give a Doc of valid UTF-8 or an error, never a
// panic or a hang.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><body><p>" + para + "</p></body></html>"))
	f.Add([]byte(`<table><tr><td colspan="99999" rowspan="-3">1</td></tr></table>` + para))
	f.Add([]byte(`<meta charset="gbk"><div id="js_content"><script>var ct = "99999999999";</script>` + para))
	f.Add([]byte("\xef\xbb\xbf<title>a_b-c</title><h1>a</h1>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := HTML(raw)
		if err == nil && !utf8.ValidString(d.Text) {
			t.Errorf("invalid UTF-8 text %q", d.Text)
		}
	})
}

// FuzzDOCX: any bytes, and any document.xml inside a valid zip, give a Doc
// or an error, never a panic.
func FuzzDOCX(f *testing.F) {
	f.Add([]byte(wp("1", "标题") + `<w:tbl><w:tr>` + wtc("地区", "3") + `</w:tr></w:tbl>`))
	f.Add([]byte(`<w:tbl><w:tbl><w:tr><w:tc>` + wp("", "1") + `</w:tc></w:tr></w:tbl></w:tbl></w:tc>`))
	f.Add([]byte(`<w:p><w:pPr><w:outlineLvl w:val="-7"/></w:pPr><w:r><w:t>x</w:t></w:r>`))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, body []byte) {
		if _, err := DOCX(body); err == nil && !bytes.HasPrefix(body, []byte("PK")) {
			t.Errorf("no error for %q", body)
		}
		if d, err := DOCX(docx(t, string(body), "")); err == nil && !utf8.ValidString(d.Text) {
			t.Errorf("invalid UTF-8 text %q", d.Text)
		}
	})
}

// FuzzPDF: any bytes give a Doc or an error, never a panic, a hang or
// runaway memory (the reader is a third-party parser: its panics are
// recovered into ErrBadPDF).
func FuzzPDF(f *testing.F) {
	f.Add(fixture(f, "report-cairo.pdf"))
	f.Add([]byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if d, err := pdfGo(raw); err == nil && !utf8.ValidString(d.Text) {
			t.Errorf("invalid UTF-8 text %q", d.Text)
		}
	})
}

// TestSheetWithoutTable: a CSV of one column is no table of figures.
func TestSheetWithoutTable(t *testing.T) {
	if _, err := CSV([]byte("not an article\nsecond line\n"), "notes.csv"); !errors.Is(err, ErrNoTable) {
		t.Errorf("err %v, want ErrNoTable", err)
	}
}
