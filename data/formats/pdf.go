package formats

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os/exec"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"zhibiao/data"

	"github.com/ledongthuc/pdf"
)

// maxPDFPages bounds the pages read from one PDF.
const maxPDFPages = 2000

// PDF converts a PDF's text layer (see pdfGo); a file the pure-Go reader
// cannot parse (a broken cross-reference table, a truncated download) goes
// to poppler's pdftotext when it is installed, which repairs such files.
func PDF(raw []byte) (*Doc, error) {
	d, err := pdfGo(raw)
	if !errors.Is(err, ErrBadPDF) || !bytes.HasPrefix(bytes.TrimLeft(raw, "\x00\t\n\r "), []byte("%PDF")) {
		return d, err
	}
	d, perr := pdfPoppler(raw)
	switch {
	case perr == nil:
		return d, nil
	case errors.Is(perr, errNoPdftotext):
		return nil, fmt.Errorf("%w (pdftotext, which repairs such files, is not installed: apt-get install poppler-utils)", err)
	case errors.Is(perr, ErrNoTextLayer):
		return nil, perr
	}
	return nil, fmt.Errorf("%w; pdftotext: %v", err, perr)
}

// pdfGo converts a PDF's text layer with the pure-Go reader
// github.com/ledongthuc/pdf (fonts decoded through their ToUnicode maps,
// CJK Identity-H fonts included): each page's glyphs are put into lines by
// their baseline, lines into cells where a gap of about a character or
// more separates them, runs of lines of two or more cells into tables
// (pipe rows), and wrapped lines back into paragraphs. Text in a larger
// font than the body becomes a heading. A PDF whose pages have no text
// (scanned) is ErrNoTextLayer.
func pdfGo(raw []byte) (d *Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%w: %v", ErrBadPDF, r)
		}
	}()
	if !bytes.HasPrefix(bytes.TrimLeft(raw, "\x00\t\n\r "), []byte("%PDF")) {
		return nil, fmt.Errorf("%w: no %%PDF header", ErrBadPDF)
	}
	r, err := pdf.NewReaderEncrypted(bytes.NewReader(raw), int64(len(raw)), emptyPassword())
	if err != nil {
		if strings.Contains(err.Error(), "encrypt") || strings.Contains(err.Error(), "password") {
			return nil, ErrEncrypted
		}
		return nil, fmt.Errorf("%w: %v", ErrBadPDF, err)
	}
	var pages [][]pdfLine
	glyphs, odd := 0, 0
	for i := 1; i <= min(r.NumPage(), maxPDFPages); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		texts, rules := pageTexts(p)
		for _, t := range texts {
			for _, c := range t.S {
				glyphs++
				if c == unicode.ReplacementChar || unicode.In(c, unicode.Co, unicode.Cc) && !unicode.IsSpace(c) {
					odd++
				}
			}
		}
		pages = append(pages, pageLines(texts, rules))
	}
	switch {
	case glyphs == 0:
		return nil, ErrNoTextLayer
	case odd*2 > glyphs:
		return nil, fmt.Errorf("%w: its fonts map their glyphs to no Unicode text (no ToUnicode map)", ErrNoTextLayer)
	}
	dropRunningLines(pages)
	var t textBuilder
	writePDF(&t, pages)
	if n := letters(t.String()); n < minPDFLetters {
		// a scan with a page number or a stamp in text
		return nil, fmt.Errorf("%w: only %d letters of text in %d pages", ErrNoTextLayer, n, len(pages))
	}
	d = &Doc{Kind: KindPDF, Text: t.String()}
	d.Title = pdfTitle(r)
	if d.Title != "" && !strings.Contains(firstLines(d.Text, 3), d.Title) {
		d.Text = d.Title + "\n\n" + d.Text
	}
	return d, nil
}

// minPDFLetters is the fewest letters (Han characters, Latin letters) of
// text a PDF needs to be read as an article rather than a scan.
const minPDFLetters = 20

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// emptyPassword tries the empty user password once (PDFs encrypted only
// against editing open with it).
func emptyPassword() func() string {
	tried := false
	return func() string {
		if tried {
			return ""
		}
		tried = true
		return ""
	}
}

// pdfTitle returns the Title of the document information when it is
// Chinese text and not a converter's file name.
func pdfTitle(r *pdf.Reader) string {
	info := r.Trailer().Key("Info")
	if info.IsNull() {
		return ""
	}
	t := collapse(info.Key("Title").Text())
	if data.HanCount(t) < 4 || strings.Contains(t, ".doc") || strings.HasPrefix(t, "Microsoft") {
		return ""
	}
	return t
}

// dropRunningLines removes running heads and feet: a page's first or last
// line of text whose words are the first or last line of at least half of
// the pages (and two or more), such as the document's name printed above
// every page. Page numbers are dropped later (isPageNumber).
func dropRunningLines(pages [][]pdfLine) {
	if len(pages) < 2 {
		return
	}
	count := map[string]int{}
	for _, lines := range pages {
		for _, k := range edgeLines(lines) {
			count[lines[k].text]++
		}
	}
	for p, lines := range pages {
		for _, k := range edgeLines(lines) {
			if n := count[lines[k].text]; n >= 2 && n*2 >= len(pages) {
				pages[p][k].text, pages[p][k].cells = "", nil
			}
		}
	}
}

// edgeLines returns the indices of a page's first and last line of text
// when it could be a running head or foot: short (30 characters; body
// text runs the page's width), set apart from the body by a margin (2.5
// line heights), not a table's header row repeated on every page.
func edgeLines(lines []pdfLine) []int {
	var text []int
	for k, l := range lines {
		if l.text != "" || l.table != nil {
			text = append(text, k)
		}
	}
	if len(text) < 2 {
		return nil
	}
	ok := func(k, next int) bool {
		l := lines[k]
		return l.table == nil && len(l.cells) < 3 && utf8.RuneCountInString(l.text) <= 30 &&
			math.Abs(l.y-lines[next].y) > 2.5*math.Max(l.fs, lines[next].fs)
	}
	var out []int
	if first := text[0]; ok(first, text[1]) {
		out = append(out, first)
	}
	if last := text[len(text)-1]; ok(last, text[len(text)-2]) {
		out = append(out, last)
	}
	return out
}

// pdfLine is one line of a page: its cells, its text as prose, left and
// right edges, baseline and font size.
type pdfLine struct {
	cells  []string
	text   string
	table  [][]string // a ruled table's rows instead of text (y its top)
	x0, x1 float64
	y, fs  float64
}

// pageLines groups a page's glyphs into lines, top to bottom, and each
// line's glyphs into cells, left to right; the glyphs of ruled tables
// (see ruledTables) make one line each that holds the table's rows.
func pageLines(texts []pdf.Text, rules []rule) []pdfLine {
	tables, texts := ruledTables(texts, rules)
	var gs []pdf.Text
	for _, t := range texts {
		if t.S != "" && t.FontSize > 0 {
			gs = append(gs, t)
		}
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Y > gs[j].Y })
	var lines []pdfLine
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && math.Abs(gs[j].Y-gs[i].Y) < 0.4*gs[i].FontSize {
			j++
		}
		row := gs[i:j]
		sort.SliceStable(row, func(a, b int) bool { return row[a].X < row[b].X })
		if l, ok := lineOf(row); ok {
			lines = append(lines, l)
		}
		i = j
	}
	if len(tables) > 0 {
		lines = append(lines, tables...)
		byTop(lines)
	}
	return lines
}

// cellGap is the smallest gap between glyphs, in font sizes, that may
// separate two table cells (cells padded by 2 pt in a 12 pt table are
// 0.43 apart; LibreOffice and Word put 0.2 between Chinese and a number).
const cellGap = 0.35

// lineOf builds a line from its glyphs sorted by X: a gap of cellGap or
// more starts a new cell, a smaller gap between Latin letters or digits
// is a space. Glyphs printed twice at the same place (fake bold) count
// once.
func lineOf(row []pdf.Text) (pdfLine, bool) {
	l := pdfLine{x0: row[0].X, y: row[0].Y}
	var cell, prose strings.Builder
	var prev *pdf.Text
	end := 0.0
	for k := range row {
		g := &row[k]
		l.fs = math.Max(l.fs, g.FontSize)
		w := glyphWidth(g)
		if prev != nil {
			if g.S == prev.S && math.Abs(g.X-prev.X) < 0.3*g.FontSize {
				continue
			}
			gap := g.X - end
			wide := isWideString(prev.S) || isWideString(g.S)
			switch {
			case gap > cellGap*g.FontSize:
				l.cells = append(l.cells, cell.String())
				cell.Reset()
				if !(isWideString(prev.S) && isWideString(g.S)) {
					prose.WriteByte(' ')
				}
			case gap > 0.2*g.FontSize && !wide:
				cell.WriteByte(' ')
				prose.WriteByte(' ')
			}
		}
		cell.WriteString(g.S)
		prose.WriteString(g.S)
		prev, end = g, math.Max(end, g.X+w)
	}
	l.cells = append(l.cells, cell.String())
	l.x1 = end
	var kept []string
	for _, c := range l.cells {
		if c = collapse(c); c != "" {
			kept = append(kept, c)
		}
	}
	l.cells = kept
	l.text = collapse(prose.String())
	return l, len(kept) > 0
}

// glyphWidth is a glyph's advance, estimated from its font size when the
// reader gives none (wide characters a full em, others half).
func glyphWidth(g *pdf.Text) float64 {
	if g.W > 0 {
		return g.W
	}
	if isWideString(g.S) {
		return g.FontSize
	}
	return 0.5 * g.FontSize
}

func isWideString(s string) bool {
	for _, r := range s {
		return isWide(r)
	}
	return false
}

// writePDF writes the pages' lines: page numbers dropped, runs of two or
// more lines of several cells as tables, wrapped lines joined into
// paragraphs (also across a page break), lines in a larger font than the
// body as headings.
func writePDF(t *textBuilder, pages [][]pdfLine) {
	w := &pdfWriter{t: t, body: bodyFontSize(pages)}
	for _, lines := range pages {
		w.page(lines)
	}
	w.endPara()
}

// pdfWriter is the state of writePDF.
type pdfWriter struct {
	t           *textBuilder
	body        float64 // the body text's font size
	left, right float64 // this page's margins
	para        strings.Builder
	last        *pdfLine // the paragraph's last line
	lastFull    bool     // it reaches the right margin: the paragraph may go on
	samePage    bool     // it is on this page
}

func (w *pdfWriter) page(lines []pdfLine) {
	w.left, w.right = margins(lines)
	w.samePage = false
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		switch n := tableRun(lines[i:]); {
		case l.table != nil:
			w.endPara()
			w.t.table(l.table)
		case isPageNumber(l):
		case n >= 2 && isTable(lines[i:i+n]):
			w.endPara()
			var rows [][]string
			for _, r := range lines[i : i+n] {
				rows = append(rows, r.cells)
			}
			w.t.table(rows)
			i += n - 1
		case l.fs > w.body*1.15:
			w.endPara()
			level := 2
			if l.fs > w.body*1.6 {
				level = 1
			}
			w.t.heading(level, l.text)
		default:
			w.text(l)
		}
	}
}

// text adds a line of text to the paragraph, or starts a new one.
func (w *pdfWriter) text(l *pdfLine) {
	if w.last != nil && !w.continues(l) {
		w.endPara()
	}
	if w.para.Len() > 0 && !(isWide(lastRune(w.para.String())) || isWideString(l.text)) {
		w.para.WriteByte(' ')
	}
	w.para.WriteString(l.text)
	fs := l.fs
	w.last, w.samePage = l, true
	w.lastFull = l.x1 >= w.right-1.5*fs || l.x1 >= w.right-8*fs && !strings.ContainsRune("。！？；：!?;:", lastRune(l.text))
}

func (w *pdfWriter) endPara() {
	w.t.para(w.para.String())
	w.para.Reset()
	w.last = nil
}

// continues reports a line that goes on the paragraph of the line before:
// that one reaches the right margin (or near it, without ending a
// sentence: a number too long for the line's end was moved down), this
// one is not indented, both in one font size, one line spacing apart (or
// the line before ends the page before).
func (w *pdfWriter) continues(l *pdfLine) bool {
	prev, fs := w.last, l.fs
	near := !w.samePage || prev.y-l.y < 2.2*fs
	return w.lastFull && near && math.Abs(prev.fs-fs) < 0.5 && l.x0 <= w.left+0.5*fs
}

// isTable reports a run of lines of several cells that reads as a table:
// as many cells in each line (give or take one), and figures in it.
func isTable(lines []pdfLine) bool {
	lo, hi, digits := 1<<30, 0, false
	for _, l := range lines {
		lo, hi = min(lo, len(l.cells)), max(hi, len(l.cells))
		digits = digits || rowHasFigure(l.cells)
	}
	return hi-lo <= 1 && digits
}

// tableRun counts the lines from the first that have two or more cells.
func tableRun(lines []pdfLine) int {
	n := 0
	for n < len(lines) && len(lines[n].cells) >= 2 {
		n++
	}
	return n
}

// margins are the leftmost and rightmost edges of a page's lines.
func margins(lines []pdfLine) (left, right float64) {
	left, right = math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		if l.table == nil {
			left, right = math.Min(left, l.x0), math.Max(right, l.x1)
		}
	}
	return left, right
}

// bodyFontSize is the font size of most glyphs' lines.
func bodyFontSize(pages [][]pdfLine) float64 {
	count := map[float64]int{}
	best, bestN := 0.0, 0
	for _, lines := range pages {
		for _, l := range lines {
			k := math.Round(l.fs*2) / 2
			count[k] += len(strings.Join(l.cells, ""))
			if count[k] > bestN {
				best, bestN = k, count[k]
			}
		}
	}
	return best
}

// isPageNumber reports a line that is only a page number: 3, - 3 -, 第3页,
// 3/12.
func isPageNumber(l *pdfLine) bool {
	s := strings.Trim(l.text, "-–—－ 第页/共")
	if s == "" {
		return true
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '/' && r != ' ' && r != '页' && r != '共' {
			return false
		}
	}
	return true
}

func lastRune(s string) rune {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}

// errNoPdftotext: poppler's pdftotext is not on the PATH.
var errNoPdftotext = errors.New("pdftotext not installed")

// pdftotextTimeout bounds one pdftotext run.
const pdftotextTimeout = 60 * time.Second

// pdfPoppler converts a PDF with poppler's pdftotext -layout (columns
// kept apart by runs of spaces, which the table reader reads), its pages'
// form feeds made line breaks.
func pdfPoppler(raw []byte) (*Doc, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, errNoPdftotext
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdftotextTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-q", "-enc", "UTF-8", "-layout", "-", "-")
	cmd.Stdin = bytes.NewReader(raw)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%v %s", err, strings.TrimSpace(stderr.String()))
	}
	text := strings.ReplaceAll(strings.ToValidUTF8(out.String(), "\ufffd"), "\f", "\n")
	if n := letters(text); n < minPDFLetters {
		return nil, fmt.Errorf("%w: only %d letters of text", ErrNoTextLayer, n)
	}
	return &Doc{Kind: KindPDF, Text: text}, nil
}
