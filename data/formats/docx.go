package formats

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"zhibiao/data"
)

// maxPart is the largest part of an Office file read (zip bombs stop there).
const maxPart = 64 << 20

// DOCX converts a Word file: the body's paragraphs, headings (by style or
// outline level) and tables, in document order; the title from the
// document properties when it is Chinese text and the body does not start
// with it anyway.
func DOCX(raw []byte) (*Doc, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadArchive, err)
	}
	body, err := zipPart(zr, "word/document.xml")
	if err != nil {
		return nil, err
	}
	styles, _ := zipPart(zr, "word/styles.xml") // optional: headings are then told by outline level only
	d := &Doc{Kind: KindDOCX}
	var t textBuilder
	if err := docxBody(body, headingStyles(styles), &t); err != nil {
		return nil, fmt.Errorf("%w: word/document.xml: %v", ErrBadArchive, err)
	}
	d.Text = t.String()
	if core, err := zipPart(zr, "docProps/core.xml"); err == nil {
		d.Title = coreTitle(core, d.Text)
	}
	if d.Title != "" {
		d.Text = d.Title + "\n\n" + d.Text
	}
	return d, nil
}

// zipPart reads one part of an Office archive.
func zipPart(zr *zip.Reader, name string) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadArchive, name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadArchive, name, err)
		}
		if len(b) > maxPart {
			return nil, fmt.Errorf("%w: %s is over %d MB unpacked", ErrBadArchive, name, maxPart>>20)
		}
		return b, nil
	}
	return nil, fmt.Errorf("%w: no %s in it", ErrBadArchive, name)
}

// headingStyles maps the style ids of heading styles to their level: the
// styles named "heading N" or "Title" (ids differ by language: Heading1,
// 1, 标题1 …), and styles with an outline level.
func headingStyles(styles []byte) map[string]int {
	out := map[string]int{}
	if styles == nil {
		return out
	}
	var doc struct {
		Styles []struct {
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			PPr struct {
				Outline *struct {
					Val string `xml:"val,attr"`
				} `xml:"outlineLvl"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	if xml.Unmarshal(styles, &doc) != nil {
		return out
	}
	for _, s := range doc.Styles {
		name := strings.ToLower(s.Name.Val)
		switch {
		case name == "title":
			out[s.ID] = 1
		case strings.HasPrefix(name, "heading "):
			if n, err := strconv.Atoi(strings.TrimPrefix(name, "heading ")); err == nil {
				out[s.ID] = n + 1
			}
		case s.PPr.Outline != nil:
			if n, err := strconv.Atoi(s.PPr.Outline.Val); err == nil && n < 9 {
				out[s.ID] = n + 2
			}
		}
	}
	return out
}

// docxBody walks word/document.xml with a token decoder: w:p paragraphs
// (w:t text, w:tab, w:br), w:tbl tables (w:tr rows of w:tc cells, cells
// spanning columns by w:gridSpan and rows by w:vMerge), in order.
func docxBody(body []byte, headings map[string]int, t *textBuilder) error {
	dec := xml.NewDecoder(bytes.NewReader(body))
	r := &docxReader{t: t, headings: headings}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			r.start(tk)
		case xml.CharData:
			if r.inText {
				r.para.Write(tk)
			}
		case xml.EndElement:
			r.end(tk.Name.Local)
		}
	}
}

// docxReader is the state of docxBody's walk.
type docxReader struct {
	t        *textBuilder
	headings map[string]int
	para     strings.Builder
	level    int          // heading level of the paragraph, 0 for body text
	tables   []*docxTable // nested tables: innermost last
	inText   bool
	span     int  // gridSpan of the cell being read
	vmerge   bool // the cell continues the one above (w:vMerge without restart)
	depth    int  // paragraphs open: a text box's paragraphs sit inside another's
}

func (r *docxReader) start(tk xml.StartElement) {
	switch tk.Name.Local {
	case "p":
		if r.depth++; r.depth == 1 {
			r.para.Reset()
			r.level = 0
		} else {
			r.para.WriteByte(' ')
		}
	case "pStyle":
		r.level = max(r.level, r.headings[xmlAttr(tk, "val")])
	case "outlineLvl":
		if n, err := strconv.Atoi(xmlAttr(tk, "val")); err == nil && n >= 0 && n < 9 {
			r.level = max(r.level, n+2) // outline level 0 is "heading 1", a sub-heading (##)
		}
	case "t":
		r.inText = true
	case "tab":
		r.para.WriteByte('\t')
	case "br", "cr":
		r.para.WriteByte(' ')
	case "tbl":
		r.tables = append(r.tables, &docxTable{})
	case "tr":
		if tb := r.table(); tb != nil {
			tb.rows = append(tb.rows, nil)
		}
	case "tc":
		r.span, r.vmerge = 1, false
		if tb := r.table(); tb != nil {
			tb.cell.Reset()
		}
	case "vMerge":
		r.vmerge = xmlAttr(tk, "val") != "restart"
	case "gridSpan":
		if n, err := strconv.Atoi(xmlAttr(tk, "val")); err == nil {
			r.span = min(max(n, 1), 50)
		}
	}
}

func (r *docxReader) end(name string) {
	switch name {
	case "t":
		r.inText = false
	case "p":
		r.endPara()
	case "tc":
		if tb := r.table(); tb != nil {
			tb.endCell(r.span, r.vmerge)
		}
	case "tbl":
		r.endTable()
	}
}

// table is the innermost table being read, nil outside tables.
func (r *docxReader) table() *docxTable {
	if len(r.tables) == 0 {
		return nil
	}
	return r.tables[len(r.tables)-1]
}

// endPara writes a paragraph: into its table cell, as a heading or as
// text. A text box's paragraph stays in the paragraph around it.
func (r *docxReader) endPara() {
	if r.depth--; r.depth > 0 {
		return
	}
	r.depth = 0
	s := r.para.String()
	r.para.Reset()
	switch tb := r.table(); {
	case tb != nil:
		tb.cell.WriteString(s + " ")
	case r.level > 0 && r.level <= 7:
		r.t.heading(r.level, s)
	default:
		r.t.para(strings.ReplaceAll(s, "\t", " "))
	}
}

// endTable writes a table, or the text of a nested table into the cell
// that holds it.
func (r *docxReader) endTable() {
	tb := r.table()
	if tb == nil {
		return
	}
	r.tables = r.tables[:len(r.tables)-1]
	if outer := r.table(); outer != nil {
		for _, row := range tb.rows {
			outer.cell.WriteString(strings.Join(row, " ") + " ")
		}
		return
	}
	r.t.table(tb.rows)
}

// docxTable collects a table's rows while it is read.
type docxTable struct {
	rows [][]string
	cell strings.Builder
}

// endCell ends a cell spanning span grid columns; a cell continuing a
// vertical merge takes the label above it (a region or indicator name
// merged over several rows), never a figure, which would count twice.
func (tb *docxTable) endCell(span int, vmerge bool) {
	if len(tb.rows) == 0 {
		tb.rows = append(tb.rows, nil)
	}
	r := &tb.rows[len(tb.rows)-1]
	text := tb.cell.String()
	if vmerge && strings.TrimSpace(text) == "" && len(tb.rows) > 1 {
		if above := tb.rows[len(tb.rows)-2]; len(*r) < len(above) && !rowHasFigure([]string{above[len(*r)]}) {
			text = above[len(*r)]
		}
	}
	*r = append(*r, text)
	for range span - 1 {
		*r = append(*r, "")
	}
	tb.cell.Reset()
}

func xmlAttr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// coreTitle returns the title of docProps/core.xml when it is Chinese text
// (not a template's "Microsoft Word - x.doc" or "PowerPoint 演示文稿") and
// the body does not already start with it.
func coreTitle(core []byte, text string) string {
	var c struct {
		Title string `xml:"title"`
	}
	if xml.Unmarshal(core, &c) != nil {
		return ""
	}
	title := collapse(c.Title)
	if data.HanCount(title) < 4 || strings.Contains(title, "文档") || strings.Contains(title, "演示文稿") ||
		strings.Contains(firstLines(text, 3), title) {
		return ""
	}
	return title
}

// firstLines returns the first n non-empty lines of s.
func firstLines(s string, n int) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
			if len(out) == n {
				break
			}
		}
	}
	return strings.Join(out, "\n")
}
