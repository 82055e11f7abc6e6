// Package formats turns saved web pages (.html, .htm), Word files (.docx),
// PDFs (.pdf) and spreadsheets (.xlsx, .csv) into the loader's plain-text
// form: the title on the first line, then one paragraph per line, headings
// as Markdown headings (## …) and tables as pipe rows (| a | b |), which
// the table reader of package data reads like a table typed in a .txt
// file. Title, date and source come back apart when the file states them
// (a web page's meta tags or byline, a document's properties).
//
// It never imports Fyne or package data: each reader is a function from the
// file's bytes to a Doc.
package formats

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode"
)

// Reasons a file of one of these formats gives no article. Their messages
// are shown to the user per file; test them with errors.Is.
var (
	ErrNoTextLayer = errors.New("a PDF without a text layer (scanned pages or images only): run it through OCR first")
	ErrNoArticle   = errors.New("a web page without article text (only navigation, links or furniture)")
	ErrBadArchive  = errors.New("not a valid Office file (the zip archive is broken or incomplete)")
	ErrNoContent   = errors.New("no text in the document")
	ErrNoTable     = errors.New("no table in the spreadsheet (a row with two or more cells)")
	ErrEncrypted   = errors.New("the file is password-protected")
	ErrBadPDF      = errors.New("not a readable PDF")
)

// Kinds of files converted here, as shown in the article list.
const (
	KindHTML = "HTML"
	KindDOCX = "DOCX"
	KindPDF  = "PDF"
	KindXLSX = "XLSX"
	KindCSV  = "CSV"
)

// Doc is a converted document.
type Doc struct {
	Kind   string // KindHTML, …
	Text   string // the loader's plain-text form (see the package comment)
	Title  string // from the file's own metadata, "" if none
	Date   string // as written in the file's metadata, "" if none
	Source string // publisher named in the file's metadata, "" if none
}

// kinds maps the extensions read here to their kind.
var kinds = map[string]string{
	".html": KindHTML, ".htm": KindHTML, ".xhtml": KindHTML, ".shtml": KindHTML,
	".docx": KindDOCX, ".pdf": KindPDF, ".xlsx": KindXLSX, ".xlsm": KindXLSX, ".csv": KindCSV,
}

// KindOf returns the kind of file name by its extension (any case), "" for
// files not converted here (.txt and .md are read as they are).
func KindOf(name string) string {
	return kinds[strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/")))]
}

// Extensions returns the file name extensions converted here, sorted.
func Extensions() []string {
	out := make([]string, 0, len(kinds))
	for e := range kinds {
		out = append(out, e)
	}
	slices.Sort(out)
	return out
}

// Convert converts the bytes of file name (its kind told by KindOf) into a
// Doc. The error names what is wrong with the file.
func Convert(name string, raw []byte) (*Doc, error) {
	var d *Doc
	var err error
	switch kind := KindOf(name); kind {
	case KindHTML:
		d, err = HTML(raw)
	case KindDOCX:
		d, err = DOCX(raw)
	case KindPDF:
		d, err = PDF(raw)
	case KindXLSX:
		d, err = XLSX(raw, name)
	case KindCSV:
		d, err = CSV(raw, name)
	default:
		return nil, fmt.Errorf("formats: %s is not a converted format", name)
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(d.Text) == "" {
		return nil, ErrNoContent
	}
	return d, nil
}

// textBuilder writes the plain-text form: paragraphs, headings and tables
// separated by blank lines.
type textBuilder struct {
	b      strings.Builder
	tables int // tables written as pipe rows
}

// para writes one paragraph, its white space collapsed; empty ones are
// skipped.
func (t *textBuilder) para(s string) {
	if s = collapse(s); s != "" {
		t.b.WriteString(s)
		t.b.WriteString("\n\n")
	}
}

// heading writes a heading of level 1–6 as a Markdown heading.
func (t *textBuilder) heading(level int, s string) {
	if s = collapse(s); s != "" {
		level = min(max(level, 1), 6)
		t.b.WriteString(strings.Repeat("#", level) + " " + s + "\n\n")
	}
}

// table writes rows as pipe rows: empty rows and columns are left out,
// merged header rows above the first row with a figure are joined into one
// header (地区生产总值 / 增长(%) → 地区生产总值 增长(%)).
func (t *textBuilder) table(rows [][]string) {
	rows = tidyTable(rows)
	if len(rows) > 1 && len(rows[0]) > 1 {
		t.tables++
	}
	if len(rows) == 0 {
		return
	}
	if len(rows) == 1 || len(rows[0]) == 1 {
		for _, r := range rows { // one row or one column: text, not a table
			t.para(strings.Join(r, " "))
		}
		return
	}
	for _, r := range rows {
		t.b.WriteString("| " + strings.Join(r, " | ") + " |\n")
	}
	t.b.WriteString("\n")
}

func (t *textBuilder) String() string { return strings.TrimSpace(t.b.String()) + "\n" }

// tidyTable collapses the cells' white space, escapes pipes, drops empty
// rows and columns, squares the rows and joins a multi-row header.
func tidyTable(rows [][]string) [][]string {
	var out [][]string
	width := 0
	for _, r := range rows {
		var row []string
		empty := true
		for _, c := range r {
			c = strings.ReplaceAll(collapse(c), "|", "｜")
			empty = empty && c == ""
			row = append(row, c)
		}
		if !empty {
			out = append(out, row)
			width = max(width, len(row))
		}
	}
	for i := range out {
		for len(out[i]) < width {
			out[i] = append(out[i], "")
		}
	}
	out = dropEmptyColumns(out, width)
	return joinHeader(out)
}

func dropEmptyColumns(rows [][]string, width int) [][]string {
	keep := make([]bool, width)
	for _, r := range rows {
		for j, c := range r {
			keep[j] = keep[j] || c != ""
		}
	}
	for i, r := range rows {
		var nr []string
		for j, c := range r {
			if keep[j] {
				nr = append(nr, c)
			}
		}
		rows[i] = nr
	}
	return rows
}

// joinHeader joins the header rows above the first row holding a figure
// into one, column by column, when there are several.
func joinHeader(rows [][]string) [][]string {
	first := -1
	for i, r := range rows {
		if rowHasFigure(r) {
			first = i
			break
		}
	}
	if first < 2 {
		return rows
	}
	head := make([]string, len(rows[0]))
	for j := range head {
		var parts []string
		for _, r := range rows[:first] {
			if c := r[j]; c != "" && (len(parts) == 0 || parts[len(parts)-1] != c) {
				parts = append(parts, c)
			}
		}
		head[j] = strings.Join(parts, " ")
	}
	return append([][]string{head}, rows[first:]...)
}

// rowHasFigure reports a row with a cell that starts with a digit or a sign
// and is no year label (2023年).
func rowHasFigure(r []string) bool {
	for _, c := range r {
		c = strings.TrimLeft(c, "+-−")
		if c != "" && c[0] >= '0' && c[0] <= '9' && !strings.HasSuffix(c, "年") {
			return true
		}
	}
	return false
}

// collapse replaces runs of white space (also ideographic and no-break
// spaces) by one space, trims the ends and drops zero-width characters;
// a line break between two Han characters is dropped (a source line broken
// inside a Chinese sentence).
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, brk := false, false
	var prev rune
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0':
			space = b.Len() > 0
			brk = brk || r == '\n' || r == '\r'
			continue
		}
		if space && !(brk && isWide(prev) && isWide(r)) {
			b.WriteByte(' ')
		}
		space, brk = false, false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isWide reports a Han character or CJK punctuation, between which a line
// break is no space.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}
