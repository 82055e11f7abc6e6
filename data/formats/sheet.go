package formats

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// maxSheetCells bounds the cells read from one workbook.
const maxSheetCells = 500_000

// XLSX converts a workbook: every visible sheet becomes a table under the
// lines that name it (its title rows, else the sheet's name), its cells as
// Excel shows them (number formats applied: 5.1%, 1,020.5). Merged header
// cells fill every column they span; merged row labels fill every row.
// The title is the first sheet's title row, else the file's base name.
func XLSX(raw []byte, name string) (*Doc, error) {
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookFileFormat) || strings.Contains(err.Error(), "zip") {
			return nil, fmt.Errorf("%w: %v", ErrBadArchive, err)
		}
		if strings.Contains(strings.ToLower(err.Error()), "password") || strings.Contains(err.Error(), "encrypt") {
			return nil, ErrEncrypted
		}
		return nil, fmt.Errorf("%w: %v", ErrBadArchive, err)
	}
	defer f.Close()
	var t textBuilder
	title := ""
	cells := 0
	for _, sh := range f.GetSheetList() {
		if vis, err := f.GetSheetVisible(sh); err == nil && !vis {
			continue
		}
		rows, err := f.GetRows(sh)
		if err != nil {
			return nil, fmt.Errorf("sheet %s: %w", sh, err)
		}
		for _, r := range rows {
			cells += len(r)
		}
		if cells > maxSheetCells {
			return nil, fmt.Errorf("over %d cells: too large a workbook for articles", maxSheetCells)
		}
		if merged, err := f.GetMergeCells(sh); err == nil {
			rows = fillMerged(rows, merged)
		}
		if head := writeSheet(&t, sh, rows); title == "" {
			title = head
		}
	}
	if t.tables == 0 {
		return nil, ErrNoTable
	}
	return sheetDoc(KindXLSX, title, name, &t), nil
}

// sheetDoc is a converted table file: the title (a sheet's title row, else
// the file's base name) above the sheets' text. A title row stays above
// its table too, where the table reader takes its period and unit from it.
func sheetDoc(kind, title, name string, body *textBuilder) *Doc {
	if title == "" {
		title = baseTitle(name)
	}
	var t textBuilder
	t.para(title)
	return &Doc{Kind: kind, Title: title, Text: t.String() + "\n" + body.String()}
}

// fillMerged copies the value of merged cells into the cells they cover:
// across a header row (no figure in it), down a row label (first column).
func fillMerged(rows [][]string, merged []excelize.MergeCell) [][]string {
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r2-r1 > 1000 || c2-c1 > 100 {
			continue
		}
		v := m.GetCellValue()
		for r := r1; r <= r2; r++ {
			for c := c1; c <= c2; c++ {
				if r == r1 && c == c1 || r > len(rows) {
					continue
				}
				if c == c1 && c == 1 || !rowHasFigure(rows[r-1]) && r == r1 {
					for len(rows[r-1]) < c {
						rows[r-1] = append(rows[r-1], "")
					}
					rows[r-1][c-1] = v
				}
			}
		}
	}
	return rows
}

// writeSheet writes a sheet: the single-cell rows above its table as the
// lines that name it (else the sheet's own name unless it is a default
// one), the table, and the single-cell rows below it (notes, sources). It
// returns the sheet's first title row, "" if none.
func writeSheet(t *textBuilder, sheet string, rows [][]string) string {
	var head, tail []string
	for len(rows) > 0 && len(distinct(rows[0])) <= 1 {
		head = append(head, distinct(rows[0])...)
		rows = rows[1:]
	}
	for len(rows) > 0 && len(distinct(rows[len(rows)-1])) <= 1 {
		tail = append(distinct(rows[len(rows)-1]), tail...)
		rows = rows[:len(rows)-1]
	}
	title := ""
	if len(head) > 0 {
		title = head[0]
	} else if !defaultSheetName(sheet) {
		head = []string{sheet}
	}
	for _, h := range head {
		t.para(h)
	}
	t.table(rows)
	for _, s := range tail {
		t.para(s)
	}
	return title
}

// distinct returns the different non-empty values of a row, in order (a
// title merged across the row's cells is one value).
func distinct(r []string) []string {
	var out []string
	for _, c := range r {
		if c = strings.TrimSpace(c); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// defaultSheetName reports the names spreadsheet programs give new sheets.
func defaultSheetName(s string) bool {
	s = strings.ToLower(strings.TrimRight(s, "0123456789 "))
	return s == "sheet" || s == "工作表" || s == "表" || s == ""
}

// baseTitle is a file's base name without its extension, as a title.
func baseTitle(name string) string {
	b := path.Base(strings.ReplaceAll(name, "\\", "/"))
	return strings.TrimSuffix(b, path.Ext(b))
}

// CSV converts a comma-, semicolon- or tab-separated table (UTF-8 with or
// without BOM, or GB18030 as Excel saves it on Chinese systems) like one
// sheet of a workbook.
func CSV(raw []byte, name string) (*Doc, error) {
	text := decodeText(raw)
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sniffComma(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows [][]string
	cells := 0
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("not a readable CSV table: %w", err)
		}
		cells += len(rec)
		if cells > maxSheetCells {
			return nil, fmt.Errorf("over %d cells: too large a table for articles", maxSheetCells)
		}
		rows = append(rows, rec)
	}
	var t textBuilder
	title := writeSheet(&t, "", rows)
	if t.tables == 0 {
		return nil, ErrNoTable
	}
	return sheetDoc(KindCSV, title, name, &t), nil
}

// decodeText reads UTF-8 (a BOM dropped) or else GB18030.
func decodeText(raw []byte) string {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if utf8.Valid(raw) {
		return string(raw)
	}
	if out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw); err == nil {
		return string(out)
	}
	return strings.ToValidUTF8(string(raw), "\ufffd")
}

// sniffComma picks the separator used most on the first line.
func sniffComma(s string) rune {
	first, _, _ := strings.Cut(s, "\n")
	best, n := ',', strings.Count(first, ",")
	for _, c := range []rune{'\t', ';', '，'} {
		if k := strings.Count(first, string(c)); k > n {
			best, n = c, k
		}
	}
	return best
}
