package extract

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/numparse"
	"zhibiao/data/region"
)

// Figures laid out as tables. A table is a run of lines of one shape:
//
//   - pipe rows (a | b | c), Markdown rows with leading and trailing pipes
//     and |---|---| separators, +---+ rules;
//   - tab-separated columns;
//   - columns aligned with two or more spaces (or an ideographic space);
//   - 指标：数值 lines (全市地区生产总值：2311.1亿元).
//
// A header row names the columns; the line above the table (表1 …, 一、…
// (单位：亿元)) is its title. Every numeric cell becomes one Indicator with
// the unit of the cell, else of its column, its row or the table, the
// metric its row and column name, the region of its row or of the title or
// story, and the period of its column, its row or the title. The text pass
// leaves table lines alone.

// tableShape is the shape of one line of a table.
type tableShape uint8

const (
	shapeNone   tableShape = iota
	shapePipe              // a | b | c
	shapeRule              // |---|---| or +---+---+: a separator without cells
	shapeTab               // cells separated by tabs
	shapeSpaced            // cells separated by two or more spaces
	shapeKV                // 指标：数值
	shapeSingle            // cells separated by single spaces (1 太原 2679.82 14.41%)
)

// family groups the shapes that make one table: pipe rows and their rules.
func (s tableShape) family() tableShape {
	if s == shapeRule {
		return shapePipe
	}
	return s
}

// tableRow is one line of a table: its span in the text (trimmed) and the
// spans of its cells (trimmed; empty cells keep a zero-width span).
type tableRow struct {
	line  data.Span
	shape tableShape
	cells []data.Span
}

// table is a run of rows of one shape, with the line above it that names
// it (and the one above that when the nearest only gives the unit).
type table struct {
	shape  tableShape
	rows   []tableRow  // rules left out
	titles []data.Span // nearest first
	intro  data.Span   // the sentence above the titles that presents the table (以下便是…前三季度…数据), if any
}

// tableSet is the tables of a text and the lines they cover, in order.
type tableSet struct {
	tables []table
	lines  []data.Span // every line of every table, rules included, in text order
}

// holds reports whether rune offset i lies on a table line.
func (ts *tableSet) holds(i int) bool {
	k := sort.Search(len(ts.lines), func(k int) bool { return ts.lines[k].End > i })
	return k < len(ts.lines) && ts.lines[k].Start <= i
}

// findTables finds the tables of the text, looking at each line once.
// Texts without tables cost one pass over their runes.
func (x *extractor) findTables() *tableSet {
	type lineInfo struct {
		row  tableRow
		span data.Span // the trimmed line, also for lines that are no rows
	}
	var lines []lineInfo
	for s := 0; s <= len(x.rs); {
		e := s
		for e < len(x.rs) && x.rs[e] != '\n' {
			e++
		}
		ts, te := s, e
		for ts < te && data.IsSpace(x.rs[ts]) {
			ts++
		}
		for te > ts && data.IsSpace(x.rs[te-1]) {
			te--
		}
		row := x.tableRowAt(ts, te)
		lines = append(lines, lineInfo{row: row, span: data.Span{Start: ts, End: te}})
		s = e + 1
	}
	ts := &tableSet{}
	for i := 0; i < len(lines); {
		fam := lines[i].row.shape.family()
		if fam == shapeNone {
			i++
			continue
		}
		if lines[i].row.shape == shapeRule {
			// A rule line (-----) belongs to the rows around it, whatever
			// their shape: the next row's family is the table's.
			for k := i + 1; k < len(lines) && lines[k].row.shape != shapeNone; k++ {
				if lines[k].row.shape != shapeRule {
					fam = lines[k].row.shape.family()
					break
				}
			}
		}
		j := i
		for j < len(lines) && lines[j].row.shape != shapeNone && (lines[j].row.shape == shapeRule || lines[j].row.shape.family() == fam) {
			j++
		}
		t := table{shape: fam}
		inner := 0 // title rows inside the table, above its header
		if fam == shapePipe {
			for r := i; r < j; r++ {
				if lines[r].row.shape == shapeRule {
					for inner < r-i-1 && x.titleRow(lines[i+inner].row) {
						inner++
					}
					if inner < r-i-1 {
						inner = 0 // (only when every row above the header is one)
					}
					break
				}
			}
		}
		for _, l := range lines[i+inner : j] {
			if l.row.shape != shapeRule {
				t.rows = append(t.rows, l.row)
			}
		}
		for len(t.rows) > 2 && x.noteRow(t.rows[len(t.rows)-1]) {
			// | 注:2004年之前中稻含一季晚稻… | | | |: the table's notes,
			// printed as its last rows, are no row of figures
			t.rows = t.rows[:len(t.rows)-1]
		}
		if x.validTable(t) {
			t.titles = titlesAbove(x, func(k int) (data.Span, bool) {
				if k < 0 {
					return data.Span{}, false
				}
				return lines[k].span, lines[k].row.shape == shapeNone
			}, i-1)
			for r := i; r < i+inner; r++ {
				// | 8-17 各类粮食产量 | output of grain by sort | / | 单位:万吨 |
				// (10000 tons) |: the title and unit printed as the table's
				// first rows, nearest first
				t.titles = append([]data.Span{lines[r].row.cells[0]}, t.titles...)
			}
			t.intro = introAbove(x, func(k int) (data.Span, bool) {
				if k < 0 {
					return data.Span{}, false
				}
				return lines[k].span, lines[k].row.shape == shapeNone
			}, i-1, len(t.titles))
			ts.tables = append(ts.tables, t)
			for _, l := range lines[i:j] {
				ts.lines = append(ts.lines, l.span)
			}
		}
		i = j
	}
	return ts
}

// noteRow reports a row that only holds a note on the table (注:…,
// note:…, 资料来源:…) in its first cell.
func (x *extractor) noteRow(r tableRow) bool {
	if len(r.cells) == 0 {
		return false
	}
	for _, c := range r.cells[1:] {
		if c.End > c.Start {
			return false
		}
	}
	return noteLabel.MatchString(x.str(r.cells[0].Start, r.cells[0].End))
}

// noteLabel opens a table's note or source line.
var noteLabel = mustQuickRe(`^(注|说明|资料来源|数据来源|[Nn]ote|NOTE|[Ss]ource)\s*[:：]`)

// titleRow reports a pipe row that is a title or unit line printed in the
// table: one or two cells of words (a caption and its English gloss), the
// rest empty, no number standing alone.
func (x *extractor) titleRow(r tableRow) bool {
	filled := 0
	for k, c := range r.cells {
		if c.End == c.Start {
			continue
		}
		filled++
		text := x.str(c.Start, c.End)
		if numberCell.MatchString(text) || k == 0 && !x.hasHan(c) {
			return false
		}
	}
	return filled >= 1 && filled <= 2 && len(r.cells) > 2
}

// tableCaption is a numbered table caption (表1, 表 2).
var tableCaption = mustQuickRe(`^表\s*[0-9一二三四五六七八九十]+\s`)

// titlesAbove returns the title lines of a table whose first line is
// below line k: the nearest non-empty line that is no table line and
// looks like a title, and the one above it when the nearest is only a
// unit line (单位：亿元).
func titlesAbove(x *extractor, line func(k int) (data.Span, bool), k int) []data.Span {
	var out []data.Span
	for ; len(out) < 2; k-- {
		sp, free := line(k)
		if !free && !tableCaption.MatchString(x.str(sp.Start, sp.End)) && !unitLine.MatchString(x.str(sp.Start, sp.End)) {
			break // 表1　古交市…: a caption, though its spaces look like cells; 单位:元 (yuan) read as a key and its value
		}
		if sp.Start == sp.End {
			continue
		}
		text := x.str(sp.Start, sp.End)
		if hasPrefixAny(text, []string{"资料来源", "数据来源", "来源：", "来源:"}) {
			continue // a source line between a table's caption and the table
		}
		if utf8.RuneCountInString(text) > 60 || strings.HasSuffix(text, "。") {
			break
		}
		out = append(out, sp)
		if !unitLine.MatchString(text) {
			break
		}
	}
	return out
}

// introAbove returns the line that presents a table, above its titles
// (k is the line above the table, ntitles its title lines): a sentence
// that says the figures follow (以下便是关于2018年山西省前三季度中各城市的GDP数据。).
func introAbove(x *extractor, line func(k int) (data.Span, bool), k, ntitles int) data.Span {
	for seen := 0; k >= 0; k-- {
		sp, free := line(k)
		if !free {
			return data.Span{}
		}
		if sp.Start == sp.End {
			continue
		}
		if seen < ntitles {
			seen++
			continue
		}
		if k := x.lastSentenceStart(sp); introWords.MatchString(x.str(k, sp.End)) {
			return data.Span{Start: k, End: sp.End}
		}
		return data.Span{}
	}
	return data.Span{}
}

// introWords say that a table follows.
var introWords = mustQuickRe(`以下(便|就)?是|如下|下表|见表|详见下`)

// lastSentenceStart returns the rune offset where the last sentence of the
// line sp starts (the marks that close it are its own).
func (x *extractor) lastSentenceStart(sp data.Span) int {
	k := sp.End
	for k > sp.Start && strings.ContainsRune("。：:；; ", x.rs[k-1]) {
		k--
	}
	for k > sp.Start && !strings.ContainsRune("。！？!?；;", x.rs[k-1]) {
		k--
	}
	return k
}

// unitLine is a line that only gives the unit of the table under it.
var unitLine = mustQuickRe(`^[(\[]?(计量)?单位[:：]\s*[^\s)\]]+[)\]]?(\s*[(（][A-Za-z0-9 .%]+[)）])?$`)

// tableRowAt classifies the trimmed line rs[s:e]. Most lines of running
// text are ruled out by one look at their runes.
func (x *extractor) tableRowAt(s, e int) tableRow {
	if s >= e {
		return tableRow{}
	}
	pipes, tabs, colon, blanks := 0, 0, -1, 0
	spaced, punct := false, false
	for i := s; i < e; i++ {
		switch r := x.rs[i]; r {
		case '|':
			pipes++
		case '\t':
			tabs++
		case ' ':
			blanks++
			if (i+1 < e && x.rs[i+1] == ' ' || x.origRune(i) == '\u3000') && !x.spreadLabel(s, e, i) {
				spaced = true
			}
		case ':':
			if colon < 0 {
				colon = i
			}
		case '。', ';', '!', '?':
			punct = true
		case ',':
			punct = punct || !(i > s && i+1 < e && isASCIIDigit(x.rs[i-1]) && isASCIIDigit(x.rs[i+1]))
		}
	}
	if (pipes > 0 || strings.ContainsRune("+-=", x.rs[s])) && data.IsRule(x.rs[s:e]) {
		return tableRow{line: data.Span{Start: s, End: e}, shape: shapeRule}
	}
	switch {
	case pipes > 0:
		cells := x.splitCells(s, e, func(i int) (int, bool) { return i + 1, x.rs[i] == '|' })
		if x.rs[s] == '|' && len(cells) > 0 {
			cells = cells[1:]
		}
		if x.rs[e-1] == '|' && len(cells) > 0 {
			cells = cells[:len(cells)-1]
		}
		if len(cells) >= 2 {
			return tableRow{line: data.Span{Start: s, End: e}, shape: shapePipe, cells: cells}
		}
		return tableRow{}
	case tabs > 0:
		cells := x.splitCells(s, e, func(i int) (int, bool) { return i + 1, x.rs[i] == '\t' })
		if len(cells) >= 2 && !strings.Contains(x.str(s, e), "。") {
			return tableRow{line: data.Span{Start: s, End: e}, shape: shapeTab, cells: cells}
		}
		return tableRow{}
	}
	if colon > s && !punct {
		if row, ok := x.kvRow(s, colon, e); ok {
			return row
		}
	}
	if spaced && !punct {
		cells := x.splitCells(s, e, func(i int) (int, bool) {
			j := i
			for j < e && x.rs[j] == ' ' {
				j++
			}
			return j, j-i >= 2 || j > i && x.origRune(i) == '\u3000'
		})
		// 全  省, 地    区: a label's characters spread for alignment
		for len(cells) >= 3 && x.singleHan(cells[0]) && x.singleHan(cells[1]) {
			cells = append([]data.Span{{Start: cells[0].Start, End: cells[1].End}}, cells[2:]...)
		}
		if len(cells) >= 2 {
			return tableRow{line: data.Span{Start: s, End: e}, shape: shapeSpaced, cells: cells}
		}
	}
	if blanks >= 1 && !spaced && !punct {
		// 1 太原 2679.82 2342.33 14.41%, 食品烟酒 101.8: columns set apart by
		// one space; validTable keeps only runs of such lines that agree.
		cells := x.splitCells(s, e, func(i int) (int, bool) {
			j := i
			for j < e && x.rs[j] == ' ' {
				j++
			}
			return j, j > i
		})
		// 粮 食 199008.5 6.3, 工  业 320169.10: a label's characters spread for alignment
		for len(cells) >= 3 && x.singleHan(cells[0]) && x.singleHan(cells[1]) {
			cells = append([]data.Span{{Start: cells[0].Start, End: cells[1].End}}, cells[2:]...)
		}
		for k, c := range cells {
			if c.End-c.Start > 12 && !(k == 0 && c.End-c.Start <= 40 && x.numberCells(cells[1:])) {
				// (未計入政府債券及票據發行及償還款項的綜合盈餘/(赤字) 148,974 67,949
				// (16,904): a long label before numbers only)
				return tableRow{}
			}
		}
		return tableRow{line: data.Span{Start: s, End: e}, shape: shapeSingle, cells: cells}
	}
	return tableRow{}
}

// singleHan reports a cell of one Han character.
func (x *extractor) singleHan(c data.Span) bool {
	return c.End-c.Start == 1 && unicode.Is(unicode.Han, x.rs[c.Start])
}

// kvRow reads 指标：数值 (key rs[s:colon], value after the colon): a short
// key and a value that is one number, with its unit or not.
func (x *extractor) kvRow(s, colon, e int) (tableRow, bool) {
	if colon-s > 30 || !unicode.IsLetter(x.rs[s]) && !strings.ContainsRune("#(", x.rs[s]) {
		return tableRow{}, false
	}
	v := colon + 1
	for v < e && x.rs[v] == ' ' {
		v++
	}
	if v >= e || e-v > 24 {
		return tableRow{}, false
	}
	if _, ok := x.readCell(data.Span{Start: v, End: e}); !ok {
		return tableRow{}, false
	}
	key := data.Span{Start: s, End: colon}
	for key.End > key.Start && x.rs[key.End-1] == ' ' {
		key.End--
	}
	return tableRow{line: data.Span{Start: s, End: e}, shape: shapeKV, cells: []data.Span{key, {Start: v, End: e}}}, true
}

// splitCells splits rs[s:e] at the separators sep reports (sep returns
// the end of the separator at i and whether there is one), trimming each
// cell.
func (x *extractor) splitCells(s, e int, sep func(i int) (int, bool)) []data.Span {
	var cells []data.Span
	start := s
	for i := s; i < e; {
		if end, ok := sep(i); ok {
			cells = append(cells, x.trimSpan(start, i))
			start, i = end, end
			continue
		}
		i++
	}
	return append(cells, x.trimSpan(start, e))
}

// trimSpan returns [s, e) without the spaces at its edges.
func (x *extractor) trimSpan(s, e int) data.Span {
	for s < e && data.IsSpace(x.rs[s]) {
		s++
	}
	for e > s && data.IsSpace(x.rs[e-1]) {
		e--
	}
	return data.Span{Start: s, End: e}
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// origRune returns the rune of a.Text at rune offset i.
func (x *extractor) origRune(i int) rune {
	r, _ := utf8.DecodeRuneInString(x.os[x.oOff[x.orig(i)]:])
	return r
}

// validTable reports a table worth reading: a row with a number in it,
// and for space-aligned columns (which running text can look like) at
// least two rows.
func (x *extractor) validTable(t table) bool {
	if t.shape == shapeSpaced && len(t.rows) < 2 {
		return false
	}
	if t.shape == shapeSingle && !x.singleSpacedTable(t) {
		return false
	}
	for _, r := range t.rows {
		for k, c := range r.cells {
			if _, ok := x.readCell(c); ok && (k > 0 || len(r.cells) == 1) {
				return true
			}
		}
	}
	return false
}

// singleSpacedTable reports a run of lines set with single spaces that is
// a table and not running text (English, or Chinese with spaces between
// words): a header and at least two rows, every line with as many cells,
// a Han character among the header's cells, and at least two numbers in
// every row under it.
func (x *extractor) singleSpacedTable(t table) bool {
	if len(t.rows) < 3 {
		return false
	}
	n := len(t.rows[0].cells)
	if n < 2 {
		return false
	}
	han := false
	for _, c := range t.rows[0].cells {
		han = han || x.hasHan(c)
	}
	if !han && x.yearCells(t.rows[0].cells) && len(t.rows[1].cells) == n+1 {
		han, n = true, n+1 // 2017-18 2018-19 2019-20 over 政府收入 619,837 599,774 590,926: years over the rows' numbers
	}
	if !han {
		return false
	}
	for _, r := range t.rows[1:] {
		if len(r.cells) != n {
			return false
		}
		nums := 0
		for _, c := range r.cells {
			if _, ok := x.readCell(c); ok || isDashCell(x.str(c.Start, c.End)) {
				nums++ // (- for none)
			}
		}
		if nums < min(2, n-1) {
			return false
		}
	}
	return true
}

// hasHan reports a Han character in the span.
func (x *extractor) hasHan(sp data.Span) bool {
	for _, r := range x.rs[sp.Start:sp.End] {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// cellValue is a number read from a cell.
type cellValue struct {
	raw       data.Span       // the figure as written: number, own unit, trailing qualifier
	n         numparse.Number // as scanned in the cell alone
	own       string          // base unit written in the cell ("" for a bare number)
	value     float64         // with the cell's own unit
	qualifier string
	neg       bool // after a decrease verb (下降1.8%)
}

// valueVerbs may open a 指标：数值 value; the decrease verbs make it
// negative.
var (
	valueVerbs    = []string{"同比增长", "同比下降", "增长", "下降", "增加", "减少", "提高", "回落", "上涨", "下跌"}
	decreaseWords = []string{"下降", "减少", "回落", "下跌"}
)

// readCell reads a cell holding one number: a bare number (565.7, -1.8,
// 1,234), or one with its unit (112.25亿元, 4056个, 11%) and a qualifier.
func (x *extractor) readCell(sp data.Span) (cellValue, bool) {
	if sp.End-sp.Start == 0 || sp.End-sp.Start > 24 {
		return cellValue{}, false
	}
	text := x.str(sp.Start, sp.End)
	if !strings.ContainsAny(text, "0123456789") && !strings.ContainsAny(text, "一二三四五六七八九十百千万亿两零") {
		return cellValue{}, false
	}
	if strings.Contains(text, " ") && spacedNumberCell.MatchString(text) {
		return spacedCell(sp, text)
	}
	ns := numparse.Scan(text)
	if len(ns) != 1 {
		return cellValue{}, false
	}
	n := ns[0]
	if n.Ordinal || n.Fraction || n.Kind == numparse.KindRange {
		return cellValue{}, false
	}
	rs := x.rs[sp.Start:sp.End]
	c := cellValue{n: n, value: n.Value, qualifier: n.Qualifier}
	if len(rs) > 2 && (rs[0] == '(' && rs[len(rs)-1] == ')') && n.Start == 1 && n.End == len(rs)-1 && n.Unit == "" {
		// (16,904): an accountant's negative, as in a statement of surplus/(deficit)
		c.neg = true
		c.raw = data.Span{Start: sp.Start + 1, End: sp.End - 1}
		c.value = -c.value
		return c, true
	}
	switch prefix := string(rs[:n.Start]); {
	case prefix == "" || prefix == "+":
	case prefix == n.Qualifier:
	case slices.Contains(valueVerbs, prefix):
		c.neg = slices.Contains(decreaseWords, strings.TrimPrefix(prefix, "同比"))
	default:
		return cellValue{}, false
	}
	end := n.End
	if n.Unit != "" {
		c.own = n.Unit
		if n.End > 0 && rs[n.End-1] == '‰' {
			c.own, c.value = "‰", n.Value*10 // 人口出生率：10.89‰ (numparse reads 1.089%)
		}
	} else if u, ok := x.t.unitAt(rs, end); ok {
		if u.Kind == "skip" || u.Kind == "noun" {
			return cellValue{}, false
		}
		c.own = u.Base
		end += utf8.RuneCountInString(u.Written)
	}
	for _, q := range trailingQualifiers {
		if strings.HasPrefix(string(rs[end:]), q) {
			end += utf8.RuneCountInString(q)
			break
		}
	}
	if end != len(rs) {
		return cellValue{}, false
	}
	c.raw = data.Span{Start: sp.Start + n.Start, End: sp.Start + end}
	if c.neg && c.value > 0 {
		c.value = -c.value
	}
	return c, true
}

// spacedNumberCell is a cell holding one number with its thousands set
// apart by spaces (10 536 205, 2 448.3), or with a space after its minus
// sign (- 1.05), as yearbook tables print them.
var spacedNumberCell = regexp.MustCompile(`^-? ?[0-9]{1,3}(?: [0-9]{3})*(?:\.[0-9]+)?$`)

// spacedCell reads a spacedNumberCell: the number without its spaces, the
// whole cell its raw text.
func spacedCell(sp data.Span, text string) (cellValue, bool) {
	compact := strings.ReplaceAll(text, " ", "")
	v, err := strconv.ParseFloat(compact, 64)
	if err != nil {
		return cellValue{}, false
	}
	n := numparse.Number{Text: compact, Value: v, Kind: numparse.KindNumber, Start: 0, End: len([]rune(text)),
		NumStart: 0, NumEnd: len([]rune(text)), Low: v, High: v, Multiplier: 1}
	return cellValue{n: n, value: v, raw: sp}, true
}

// keyedUnits adds to m the units a line gives per measure (面积:万亩,
// 单位:总产:吨, 单产:千克): a short word, a colon and a unit.
func keyedUnits(t *extractTables, s string, m map[string]string) map[string]string {
	if !strings.ContainsAny(s, ":：") {
		return m
	}
	s = strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(s), "单位"), ":： ") // 单位:总产:吨
	for _, kv := range keyedUnit.FindAllStringSubmatch(s, -1) {
		if u, ok := unitOK(t, kv[2]); ok && kv[1] != "单位" && kv[1] != "计量单位" {
			if m == nil {
				m = map[string]string{}
			}
			m[kv[1]] = u
		}
	}
	return m
}

// keyedUnit is a measure's word and its unit in a unit legend.
var keyedUnit = regexp.MustCompile(`(\p{Han}{1,4})\s*[:：]\s*([^\s:：,，、;；()（）]+)`)

// keyedUnitOf returns the unit a legend gives for a column's measure:
// the legend's word in the measure (面积 in 播种面积), or a per-unit yield
// (单产) for 亩产 or 每亩产量.
func keyedUnitOf(keyed map[string]string, measure string) string {
	keys := slices.Sorted(maps.Keys(keyed))
	slices.SortStableFunc(keys, func(a, b string) int { return len(b) - len(a) }) // the longest word first, the same each run
	for _, k := range keys {
		if strings.Contains(measure, k) || k == "单产" && (strings.Contains(measure, "亩产") || strings.Contains(measure, "单位面积产量")) {
			return keyed[k]
		}
	}
	return ""
}

// withUnit values a bare number in a unit written elsewhere (亿元, %,
// 万人): as numparse values the number written with it.
func withUnit(t *extractTables, n numparse.Number, unit string) (float64, string, bool) {
	if unit == "" {
		return 0, "", false
	}
	if unit == "点" {
		return n.Value, "点", true
	}
	text := n.Text + unit
	ns := numparse.Scan(text)
	if len(ns) != 1 || ns[0].Start != 0 {
		return 0, "", false
	}
	m := ns[0]
	rs := []rune(text)
	if m.Unit != "" {
		return m.Value, m.Unit, m.End == len(rs)
	}
	u, ok := t.unitAt(rs, m.End)
	if !ok || u.Kind == "skip" || u.Kind == "noun" || m.End+utf8.RuneCountInString(u.Written) != len(rs) {
		return 0, "", false
	}
	return m.Value, u.Base, true
}

// unitOK reports a unit that withUnit can apply, in its written form.
func unitOK(t *extractTables, unit string) (string, bool) {
	unit = strings.TrimSpace(unit)
	if rest, ok := strings.CutPrefix(strings.TrimPrefix(unit, "计量"), "单位"); ok {
		unit = strings.TrimLeft(rest, ":： ") // 单位：亿元
	}
	if unit == "百分点" {
		unit = "个百分点"
	}
	if k := strings.Index(unit, "/"); k > 0 {
		unit = unit[:k] // 元/人: 元
	}
	if unit == "点" {
		return unit, true
	}
	_, _, ok := withUnit(t, numparse.Number{Text: "1", Value: 1}, unit)
	return unit, ok
}

// column is what a header cell says of its column.
type column struct {
	measure string // the header less unit, period and neutral words: 地区生产总值, 增速, 累计增长
	unit    string // unit written in the header (亿元, %, 个百分点)
	period  string // period phrase of the header (9月, 1-9月, 2020年)
	rel     string // a period relative to the table's: month (本月), ytd (累计), prev (上年同期)
	dep     bool   // the measure is a change or rate of another (增速, 同比增长)
	rate    bool   // a rate: % unless the header says otherwise
	skip    bool   // a rank or serial number, or the column of units
	units   bool   // the column gives each row's unit (计量单位)
	years   bool   // the column gives each row's year (年份), beside a label column
	region  string // a region named by the header
	status  string
	fiscal  int // the first year of a fiscal year the header names (2017-18), 0 if none
}

var (
	rankHeader  = mustQuickRe(`^(排名|位次|序号|名次|排序|编号|排位|排行)`)
	unitsHeader = mustQuickRe(`^(计量|计算)?单位$`)
	yearsHeader = mustQuickRe(`^(年份|年度)$`)
	yearCell    = mustQuickRe(`^(19|20)[0-9]{2}年?$`)
	// priceBase names the year whose prices a column is in (按2020年不变价格计算).
	priceBase = regexp.MustCompile(`按?(19|20)[0-9]{2}年(不变价|可比价)(格)?(计算)?`)
	// percentRow is a row label naming a percentage (相当于本地生产总值的百份比, 比率).
	percentRow = mustQuickRe(`百分比|百份比|百分率|比率$|比重$|占比$`)
	// fiscalHeader is a fiscal year's header (2017-18, 2019/20年度).
	fiscalHeader = regexp.MustCompile(`^((?:19|20)[0-9]{2})[-/][0-9]{2}(年度)?$`)
	signMark     = regexp.MustCompile(`^(±|\+/-|\+-|＋/－)`)
	levelHeader  = mustQuickRe(`^[一二三四1-4]级(指标|分类|类别|科目|行业)?(名称)?$`)
	labelHeader  = mustQuickRe(`^(指标名称|指标|项目名称|项目|名称|类别|分类|地区|区域|区县|县区|县市区|县\(市、区\)|单位名称|年份|年度|时间|月份|日期|期间|季度|行业|产业|类型)$`)
	basePeriod   = regexp.MustCompile(`(较|比)([0-9]{4}年)?[0-9]{1,2}([-－—~至到][0-9]{1,2})?月份?(末|底)?`)
	depMeasure   = mustQuickRe(`^(同比|环比|比上年|较上年|比去年|较去年)$|^(累计|本年|本月|当月|全年|本期|月|年|季|同比|环比|比上年同期|比上年|较上年|比去年同期|比去年|较去年|比上月|较上月|比年初|较年初|与上年同期相比|比重|较|比)*(增减|增长率|增长|增速|增幅|涨幅|降幅|增加|减少|下降|提高|回落|变动|升降|±|\+/-)+(率|幅度|速度)?$`)
	rateMeasure  = mustQuickRe(`增长率|增速|增幅|涨幅|降幅|增长$|同比$|环比$`)
	neutralWord  = mustQuickRe(`^(累计|本月止累计|本月累计|本年累计|本年|本期|本月|当月|累计值|绝对值|绝对数|绝对额|数值|总量|总额|金额|数量|合计|值|实绩|完成|完成数|完成值|完成额|实际完成|预计完成|预计|预计数|上年同期|去年同期)?$`)
	relWords     = mustQuickRe(`1[-－—~至到]本月|本月止累计|本月累计|本月|当月|本年累计|本年|累计|上年同期|去年同期|本期`)
	shareTitle   = mustQuickRe(`构成|结构|比例关系|比重`)
	shareWord    = mustQuickRe(`占|比重|比例|比率|率`)
	growthKey    = mustQuickRe(`增速|增长|增幅|增减|下降|涨幅|降幅|同比|比上年|较上年`)
)

// changeOnLastYear is the base of a year-on-year change in a header.
var changeOnLastYear = regexp.MustCompile(`(比|较|与|同)(上年|去年)同期`)

// closeHanSpaces drops the spaces between two Han characters (项 目 名 称,
// 计算 单位).
func closeHanSpaces(h string) string {
	if !strings.Contains(h, " ") {
		return h
	}
	rs := []rune(h)
	out := rs[:0:0]
	for i := 0; i < len(rs); i++ {
		if rs[i] == ' ' && i > 0 && unicode.Is(unicode.Han, rs[i-1]) {
			j := i
			for j < len(rs) && rs[j] == ' ' {
				j++
			}
			if j < len(rs) && unicode.Is(unicode.Han, rs[j]) {
				i = j - 1 // 工  业: a run of spaces between two characters
				continue
			}
		}
		out = append(out, rs[i])
	}
	return string(out)
}

// parseHeader reads a header cell (normalized, simplified).
func (x *extractor) parseHeader(h string) column {
	var c column
	if h == "" {
		return c
	}
	hc := closeHanSpaces(h) // 计算 单位: a letter-spaced header
	if m := fiscalHeader.FindStringSubmatch(hc); m != nil {
		c.fiscal, _ = strconv.Atoi(m[1]) // 2017-18: a fiscal year (Hong Kong's, April to March)
		return c
	}
	if rankHeader.MatchString(hc) {
		c.skip = true
		return c
	}
	if unitsHeader.MatchString(hc) {
		c.skip, c.units = true, true
		return c
	}
	if yearsHeader.MatchString(hc) {
		c.skip, c.years = true, true // a 年份 column beside the label: each row's year
		return c
	}
	if r, ok := x.regionName(h); ok {
		c.region = r
	}
	c.period = lastPeriod(priceBase.ReplaceAllString(h, "")) // (按2020年不变价格计算: the prices' year, no period)
	if c.period == "本年" || c.period == "今年" {
		c.period = "" // 本年累计: relative to the table's own period (rel below)
	}
	m := hc // (本月止 累计: one word broken by a space)
	if p, ok := labelPeriod(h); ok {
		c.period, m = p, "" // 2020, 2020年, 一季度: the whole header
	}
	for _, p := range parentheticals(h) {
		if u, ok := unitOK(x.t, signMark.ReplaceAllString(p, "")); ok && c.unit == "" { // （±%）: a change in %
			c.unit = u
		}
		m = strings.Replace(m, "("+p+")", "", 1)
	}
	if c.period != "" {
		m = strings.Replace(m, c.period, "", 1)
	}
	m = changeOnLastYear.ReplaceAllString(m, "") // 比上年同期增长（%）: the base of the change, not the column's period
	switch w := relWords.FindString(m); w {
	case "本月", "当月":
		c.rel = "month"
	case "上年同期", "去年同期":
		c.rel = "prev"
	case "本年累计", "本年", "累计", "本月止累计", "本月累计":
		c.rel = "ytd" // (本月止累计: to the end of this month)
	default:
		if strings.HasSuffix(w, "本月") {
			c.rel = "ytd" // 1-本月: January to the table's month
		}
	}
	m = strings.TrimSpace(m)
	switch {
	case strings.HasSuffix(m, "%"):
		c.unit, m = "%", strings.TrimSuffix(m, "%")
	case strings.HasSuffix(m, "百分点"):
		c.unit, m = "个百分点", strings.TrimSuffix(strings.TrimSuffix(m, "百分点"), "个")
	}
	m = strings.TrimSpace(basePeriod.ReplaceAllString(m, "$1")) // 较1-6月变动: the base of a change
	if neutralWord.MatchString(m) || c.region != "" {
		m = ""
	}
	c.measure = m
	c.dep = m != "" && depMeasure.MatchString(m)
	c.rate = c.dep && rateMeasure.MatchString(m)
	c.status = statusWord(h)
	return c
}

// groupHeaders completes the headers of a group of columns flattened to
// one row (地区生产总值 本币（亿元） | 美元（亿元） | 比重（%）): a header that
// names only a currency or a share takes the measure of the group's first
// column, less its own qualifier (本币), and a currency with a multiplier in
// brackets (美元（亿元）) is that currency.
func groupHeaders(cols []column) {
	base, baseUnit := "", ""
	for j := range cols {
		c := &cols[j]
		m := strings.TrimSpace(c.measure)
		if cur := currencyHeader.FindStringSubmatch(m); cur != nil {
			if strings.HasSuffix(c.unit, "元") {
				c.unit = strings.TrimSuffix(c.unit, "元") + cur[1] // 美元（亿元）: 亿美元
			}
			if base != "" {
				c.measure = base
			}
			continue
		}
		if shareHeader.MatchString(m) && base != "" || changeHeader.MatchString(m) && baseUnit != "" {
			// 地区生产总值(亿元) | 增长%: the change of the column before
			// (one that names its unit: a measure, not 指标 or 完成数)
			c.measure = base + m
			continue
		}
		if m != "" && !c.skip {
			base = strings.TrimSpace(strings.TrimSuffix(m, "本币"))
			baseUnit = c.unit
		}
	}
}

var (
	currencyHeader = mustQuickRe(`^(美元|港元|港币|欧元|日元|澳门元|新台币)$`)
	shareHeader    = mustQuickRe(`^(比重|占比|构成)$`)
	changeHeader   = mustQuickRe(`^(增长|增速|增幅|增减|比上年增长|比上年增减|同比增长|比上年±|±)$`)
)

// parentheticals returns the texts in (…) and […] of s.
func parentheticals(s string) []string {
	var out []string
	for {
		i := strings.IndexAny(s, "([")
		if i < 0 {
			return out
		}
		j := strings.IndexAny(s[i:], ")]")
		if j < 0 {
			return out
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

// withoutParentheticals drops (…) and […] from s.
func withoutParentheticals(s string) string {
	for _, p := range parentheticals(s) {
		s = strings.Replace(strings.Replace(s, "("+p+")", "", 1), "["+p+"]", "", 1)
	}
	return strings.TrimSpace(s)
}

// statusWord returns the status a header or title gives its figures
// (2025年目标, 预计全年); a table of what was done (目标完成情况) reports
// results.
func statusWord(s string) string {
	switch {
	case strings.Contains(s, "预计完成"):
		return data.StatusEstimate // 2025年预计完成
	case strings.Contains(s, "完成") || strings.Contains(s, "实际"):
		return ""
	case strings.Contains(s, "目标"):
		return data.StatusTarget
	case strings.Contains(s, "预计"):
		return data.StatusEstimate
	}
	return ""
}

// regionName returns the region a label names as a whole: a region of
// the gazetteer (鼓楼区 the one the text means) or a scope word (全市).
func (x *extractor) regionName(label string) (string, bool) {
	if label == "" {
		return "", false
	}
	if m := scopeTotal.FindStringSubmatch(label); m != nil {
		label = m[1] // 全省总计: the province's total
	}
	if scopeWords.MatchString(label) && utf8.RuneCountInString(label) == 2 {
		if r := x.scopeRegion(label); r != "" {
			return r, true
		}
		return "", false
	}
	g := x.g
	all := g.LookupAll(label)
	if len(all) == 0 {
		return "", false
	}
	full := strings.ContainsAny(string([]rune(label)[utf8.RuneCountInString(label)-1:]), "省市区县旗州盟")
	if !full && all[0].Name != label {
		// 长治, 大同 in a row of a 山西省 table: a short name of a place
		// within the story's region (which the text pass, wary of 长治久安
		// and 大同小异, does not take on its own).
		for _, r := range all {
			if x.hasHome && r.Code != x.home.Code && g.Within(r.Code, x.home.Code) {
				return r.Name, true
			}
		}
		return "", false
	}
	for _, r := range all {
		if x.hasHome && (r.Code == x.home.Code || g.Within(r.Code, x.home.Code) || g.Within(x.home.Code, r.Code)) {
			return r.Name, true
		}
	}
	return all[0].Name, true
}

// mentionLabel returns the region a label is when the gazetteer found it
// in the text under that name (a short form, 即墨, once its city is named).
func (x *extractor) mentionLabel(sp data.Span, label string) string {
	for _, m := range x.mentionsIn(sp.Start, sp.End) {
		if m.Text == label || x.str(m.Start, m.End) == label {
			return m.Name
		}
	}
	return ""
}

// countOrAmount picks, from a unit line of a count's unit and an
// amount's (单位：个、万元), the one a row's label measures: a count (…数)
// or an amount; "" when the two are not such a pair.
func countOrAmount(units []string, label string) string {
	count, amount := "", ""
	for _, u := range units {
		switch {
		case strings.ContainsAny(u, "个家户人项所座"):
			count = u
		case strings.HasSuffix(u, "元"):
			amount = u
		}
	}
	if count == "" || amount == "" {
		return ""
	}
	if strings.HasSuffix(label, "数") || strings.HasSuffix(label, "数量") {
		return count
	}
	return amount
}

// qualifierOnly is a row label that only qualifies the measure of the row
// it is part of (其中：规模以上 under 工业总产值).
var qualifierOnly = mustQuickRe(`^(规模以上|限额以上|规上|限上|国有|国有控股|民营|私营|外商投资|港澳台投资|重点)(企业|单位)?$`)

// labelOf returns a row label cleaned of its marks (#, 其中：, 1.) and the
// unit written in it (地区生产总值（亿元）).
func (x *extractor) labelOf(sp data.Span) (label, unit string) {
	s := x.str(sp.Start, sp.End)
	for _, p := range parentheticals(s) {
		if u, ok := unitOK(x.t, p); ok && unit == "" {
			unit = u
		}
	}
	s = withoutParentheticals(s)
	s = strings.TrimLeft(s, "#＃*·• ")
	s = strings.TrimRight(s, "*＊/ ") // 綜合盈餘/(赤字), 百份比*: a footnote's mark, the other side of a pair
	s = strings.TrimPrefix(strings.TrimPrefix(s, "其中"), ":")
	s = strings.TrimSpace(data.WithoutSectionNumber(s))
	return closeHanSpaces(s), unit // (粮 食: a label spread for alignment)
}

// labelPeriod returns the period phrase a row label is, if it is one
// (2020年, 2021年1-9月, 一季度, a bare year 2020).
func labelPeriod(label string) (string, bool) {
	if len(label) == 4 && (strings.HasPrefix(label, "19") || strings.HasPrefix(label, "20")) {
		if _, err := strconv.Atoi(label); err == nil {
			return label + "年", true
		}
	}
	if y, ok := strings.CutSuffix(label, "年度"); ok {
		label = y + "年"
	}
	if m := bareMonthRange.FindStringSubmatch(label); m != nil && atoi(m[1]) >= 1 && atoi(m[2]) <= 12 && atoi(m[1]) < atoi(m[2]) {
		return label + "月", true // 1-2: a monthly report's months so far
	}
	if loc := periodScan.prefix(label); loc != nil && loc[1] == len(label) {
		return label, true
	}
	return "", false
}

// bareMonthRange is a column headed by a range of months without 月 (1-2,
// 1—11), as monthly statistics reports print them.
var bareMonthRange = regexp.MustCompile(`^([0-9]{1,2})[-－—~]([0-9]{1,2})$`)

// populationTable is the title of a table of a population by its parts
// (2021年年末人口数及其构成, 常住人口构成).
var populationTable = mustQuickRe(`人口(数)?(及其?)?(构成|结构|分布)`)

// tableContext is what the title and the story give every cell of a table.
type tableContext struct {
	title   string            // the title lines, nearest first, joined
	intro   string            // the sentence above that presents the table
	unit    string            // the unit the title or a unit line gives
	units   []string          // the units of a unit line naming one per column (单位：人、%)
	keyed   map[string]string // units given per measure over the table (面积:万亩 / 总产:吨 / 单产:千克)
	region  string            // the region the title names
	status  string
	share   bool   // a table of shares (…构成, …结构)
	subject string // the measure the title names (地区生产总值)
}

// contextOf reads the titles of a table.
func (x *extractor) contextOf(t table) tableContext {
	var c tableContext
	for _, sp := range t.titles {
		s := x.str(sp.Start, sp.End)
		c.title += s + " "
		if c.unit == "" {
			c.unit = unitIn(x.t, s)
			c.units = unitsIn(x.t, s)
		}
		c.keyed = keyedUnits(x.t, s, c.keyed)
		if c.region == "" {
			c.region = x.titleRegion(sp)
		}
		if c.status == "" {
			c.status = statusWord(s)
		}
		c.share = c.share || shareTitle.MatchString(s)
		if c.subject == "" && !unitLine.MatchString(s) {
			c.subject = x.titleSubject(sp)
		}
	}
	if c.unit == "" && len(t.titles) == 0 {
		// 香港特別行政區政府的財務狀況 / 百萬港元 over a story that is the
		// table: the unit line under the headline
		for _, part := range strings.Fields(x.g.Simplify(data.Normalize(x.a.Title))) {
			if u := unitIn(x.t, part); u != "" {
				c.unit = u
			}
		}
	}
	if len(t.rows) > 0 && t.rows[0].line.Start < 200 {
		// 面积:万亩 read as the headline of a story that opens with its
		// unit lines and table
		c.keyed = keyedUnits(x.t, x.g.Simplify(data.Normalize(x.a.Title)), c.keyed)
		for _, l := range strings.Split(x.str(0, t.rows[0].line.Start), "\n") {
			c.keyed = keyedUnits(x.t, l, c.keyed) // (单位:总产:吨 / 单产:千克 over it)
		}
	}
	if !c.share && len(t.rows) > 0 && t.rows[0].line.Start < 200 && shareTitle.MatchString(x.a.Title) {
		c.share = true // 1-6 国民经济主要比例关系 as the headline of a story that opens with its table
	}
	c.title = strings.TrimSpace(c.title)
	if t.intro.End > t.intro.Start {
		c.intro = x.str(t.intro.Start, t.intro.End)
	}
	if c.subject == "" {
		c.subject = x.headlineSubject() // titled only 单位：万元: the story's headline names the measure
	}
	return c
}

// headlineSubject is the measure the story's headline names, as
// titleSubject reads a table title (北京市2018年1-8月分区社会消费品零售总额 →
// 社会消费品零售总额).
func (x *extractor) headlineSubject() string {
	s := x.docTitle()
	for _, m := range x.g.Find(s) {
		s = strings.Replace(s, m.Text, "", 1)
	}
	s = strings.TrimPrefix(titleMeasure(seriesName(withoutParentheticals(tableNumber.ReplaceAllString(s, "")))), "分区")
	if strings.ContainsAny(s, " ，,：:") {
		return "" // a headline of a story, not the name of a measure
	}
	return cleanPhrase(s)
}

// unitIn returns the unit a title gives: 单位：亿元, （单位：万元）, (亿元).
// unitsIn returns the units of a unit line that names several, one per
// value column (单位：人、%); nil for one or none.
func unitsIn(t *extractTables, s string) []string {
	i := strings.Index(s, "单位")
	if i < 0 {
		return nil
	}
	rest := strings.TrimSpace(strings.TrimLeft(s[i+len("单位"):], ": ："))
	if end := strings.IndexAny(rest, ")]）"); end >= 0 {
		rest = rest[:end]
	}
	parts := strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune("、,，/ ", r) })
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for _, p := range parts {
		u, ok := unitOK(t, p)
		if !ok {
			return nil
		}
		out = append(out, u)
	}
	return out
}

func unitIn(t *extractTables, s string) string {
	if i := strings.Index(s, "单位"); i >= 0 {
		rest := strings.TrimLeft(s[i+len("单位"):], ": ：")
		end := strings.IndexAny(rest, ")] ,，、;")
		if end < 0 {
			end = len(rest)
		}
		if u, ok := unitOK(t, rest[:end]); ok {
			return u
		}
	}
	if ps := parentheticals(s); len(ps) > 0 {
		if u, ok := unitOK(t, ps[len(ps)-1]); ok {
			return u
		}
	}
	if u, ok := unitOK(t, strings.TrimSpace(s)); ok && utf8.RuneCountInString(strings.TrimSpace(s)) <= 6 {
		return u // 百萬港元 on a line of its own above the table
	}
	return ""
}

// titleRegion returns the region a title line names: its first region
// (not part of an organisation's name) or scope word (全市).
func (x *extractor) titleRegion(sp data.Span) string {
	for _, m := range x.mentionsIn(sp.Start, sp.End) {
		if !x.orgName(m.End) {
			return m.Name
		}
	}
	if r, _ := x.lastScope(sp.Start, sp.End); r != "" {
		return r
	}
	return ""
}

var (
	tableNumber = mustQuickRe(`^(附)?表\s*[0-9一二三四五六七八九十]+[-.:、 ]*`)
	titleWords  = mustQuickRe(`各县\(市、区\)|各县\(市区\)|各县市区|各区县|各县区|各区市|各市县|各地区|各地|各区|各县|各市|分县区|分区县|主要|情况|统计表|一览表|一览|排行榜|排名|排行|数据|(及|和|与)(其)?(增速|增长|增幅|占比|比重|排名|排位)$`)
)

// titleSubject returns the measure a title names, less its number (表1),
// regions, periods and the words of a listing (各县区, 排行榜).
func (x *extractor) titleSubject(sp data.Span) string {
	start := sp.Start
	var b strings.Builder
	for _, m := range x.mentionsIn(sp.Start, sp.End) {
		b.WriteString(x.str(start, m.Start))
		start = m.End
	}
	b.WriteString(x.str(start, sp.End))
	s := seriesName(withoutParentheticals(tableNumber.ReplaceAllString(b.String(), "")))
	return cleanPhrase(titleMeasure(data.WithoutSectionNumber(s)))
}

// seriesName reads a data site's series line over its table (指标:工业增加值_
// 同比增长): the measure and its view, joined; s as it is otherwise.
func seriesName(s string) string {
	if m, ok := cutAnyPrefix(s, "指标:", "指标："); ok {
		return strings.ReplaceAll(m, "_", "")
	}
	return s
}

// cutAnyPrefix returns s without the first of the prefixes it starts
// with, and whether it had one.
func cutAnyPrefix(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// titleMeasure drops from a title what names no measure: periods, the
// words of a listing (各县区, 排行榜) and scope words (全市).
func titleMeasure(s string) string {
	s = periodScan.removeAll(s)
	s = titleWords.ReplaceAllString(s, "")
	s = scopeWords.ReplaceAllString(s, "")
	return strings.TrimSpace(s)
}

// tablePeriods resolves the periods of a table's cells: a phrase without
// a year takes the year of the row, the title or the story's headline.
type tablePeriods struct {
	x      *extractor
	title  string // the table's title period phrase
	doc    string // the headline's
	within string // the part of a year the title or intro names (前三季度), for columns of bare years
	years  []string
}

func (x *extractor) periodsOf(c tableContext) tablePeriods {
	p := tablePeriods{x: x, title: lastPeriod(c.title), doc: x.docPeriod()}
	p.years = []string{c.title, x.docTitle()}
	for _, ph := range []string{p.title, lastPeriod(c.intro)} {
		if w := partOfYear(ph, x.clock); w != "" {
			p.within = w
			if p.title == "" || bareYear.MatchString(p.title) {
				p.title += w // 2018年山西各城市GDP排名 under 以下…2018年…前三季度…数据
			}
			break
		}
	}
	return p
}

// bareYearCol is a column's period that is only a year (2018年, 2018).
var bareYearCol = regexp.MustCompile(`^(19|20)[0-9]{2}年?$`)

// partOfYear returns the part of a year a period phrase names without its
// year (2018年前三季度 → 前三季度, 1-9月 → 1-9月), "" for a whole year or
// a phrase of several years or none.
func partOfYear(ph string, c periodClock) string {
	w := strings.TrimSpace(ph)
	if m := fourDigitYear.FindStringIndex(w); m != nil && m[0] == 0 {
		w = w[m[1]:]
	}
	if w == "" || fourDigitYear.MatchString(w) || hasAnyWord(w, "今年", "去年", "本年", "上年", "明年", "当年") {
		return ""
	}
	switch resolvePeriod("2000年"+w, c).Kind {
	case data.PeriodYTD, data.PeriodQuarter, data.PeriodHalf, data.PeriodMonth:
		return w
	}
	return ""
}

// docTitle is the story's headline, normalized and simplified.
func (x *extractor) docTitle() string {
	return x.g.Simplify(data.Normalize(x.a.Title))
}

// docPeriod is the period phrase of the story's headline.
func (x *extractor) docPeriod() string {
	return lastPeriod(x.docTitle())
}

// resolve resolves a phrase with a year from row, then the title or the
// headline, when it names none.
func (p tablePeriods) resolve(phrase, row string) periodSpan {
	if !fourDigitYear.MatchString(phrase) && !hasAnyWord(phrase, "今年", "去年", "本年", "上年", "明年", "当年") &&
		!multiYearWords.MatchString(phrase) {
		for _, src := range append([]string{row}, p.years...) {
			if y := fourDigitYear.FindString(src); y != "" {
				phrase = y + phrase
				break
			}
		}
	}
	return resolvePeriod(phrase, p.x.clock)
}

// base is the period of a cell whose column and row name none: the
// title's, else the headline's, else the story's default.
func (p tablePeriods) base(row string, line data.Span, status string) periodSpan {
	switch {
	case row != "":
		return p.resolve(row, "")
	case p.title != "":
		return p.resolve(p.title, "")
	case p.doc != "":
		return p.resolve(p.doc, "")
	}
	return p.x.defaultPeriod(line, line.Start, status)
}

// cell returns the period of a cell of column c in a row whose label is
// the period phrase row ("" if not).
func (p tablePeriods) cell(c column, row string, line data.Span, status string) periodSpan {
	if c.period != "" {
		if p.within != "" && bareYearCol.MatchString(c.period) {
			return p.resolve(strings.TrimSuffix(c.period, "年")+"年"+p.within, row) // a column 2017年 of a table of 前三季度
		}
		return p.resolve(c.period, row)
	}
	if c.rel == "" {
		return p.base(row, line, status)
	}
	ref := p.base(row, line, status)
	if c.rel == "prev" {
		return shiftYears(ref, -1)
	}
	y, m, ok := spanEndMonth(ref)
	switch {
	case !ok:
		return ref
	case c.rel == "month":
		return monthsSpan(y, m, m, data.PeriodMonth)
	}
	return monthsSpan(y, 1, m, data.PeriodYTD)
}

// spanEndMonth returns the year and month a period ends in, for periods
// shorter than a year.
func spanEndMonth(s periodSpan) (int, int, bool) {
	switch s.Kind {
	case data.PeriodMonth, data.PeriodYTD, data.PeriodQuarter, data.PeriodHalf, data.PeriodAsOf:
	default:
		return 0, 0, false
	}
	y, err1 := strconv.Atoi(s.End[:4])
	m, err2 := strconv.Atoi(s.End[5:7])
	return y, m, err1 == nil && err2 == nil
}

// shiftYears moves a period by d years (上年同期).
func shiftYears(s periodSpan, d int) periodSpan {
	shift := func(day string) string {
		if len(day) != 10 {
			return day
		}
		y, _ := strconv.Atoi(day[:4])
		m, _ := strconv.Atoi(day[5:7])
		dd, _ := strconv.Atoi(day[8:])
		if dd == monthEnd(y, m) {
			dd = monthEnd(y+d, m)
		}
		return isoDay(y+d, m, min(dd, monthEnd(y+d, m)))
	}
	return periodSpan{Start: shift(s.Start), End: shift(s.End), Kind: s.Kind}
}

// spanLabel writes a period for Indicator.Period (2021年, 2021年1-9月).
func spanLabel(s periodSpan) string {
	if s.End == "" {
		return ""
	}
	y, m := s.End[:4], strings.TrimLeft(s.End[5:7], "0")
	switch s.Kind {
	case data.PeriodYear:
		return y + "年"
	case data.PeriodHalf:
		if m == "6" {
			return y + "年上半年"
		}
		return y + "年下半年"
	case data.PeriodQuarter:
		q, _ := strconv.Atoi(m)
		return fmt.Sprintf("%s年第%d季度", y, q/3)
	case data.PeriodMonth:
		return y + "年" + m + "月"
	case data.PeriodYTD:
		if s.End[8:] == strconv.Itoa(monthEnd(atoi(y), atoi(m))) {
			return y + "年1-" + m + "月"
		}
		return y + "年以来" // the year so far, to a day: 今年以来
	case data.PeriodSpan:
		if s.Start[5:] == "01-01" && s.End[5:] == "12-31" {
			return s.Start[:4] + "-" + y + "年"
		}
		return s.Start + "至" + s.End
	}
	return "截至" + y + "年" + m + "月" + strings.TrimLeft(s.End[8:], "0") + "日"
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// tableIndicators returns the indicators of every numeric cell of the
// tables.
func (x *extractor) tableIndicators(ts *tableSet) []data.Indicator {
	var out []data.Indicator
	for _, t := range ts.tables {
		if t.shape == shapeKV {
			out = append(out, x.kvIndicators(t)...)
		} else {
			out = append(out, x.gridIndicators(t)...)
		}
	}
	return out
}

// rowKind is what the rows of a table are.
type rowKind uint8

const (
	rowsIndicators rowKind = iota // 地区生产总值, 第一产业 …
	rowsRegions                   // 潞州区, 襄垣县 …
	rowsPeriods                   // 2020年, 2019年 …
)

// gridIndicators reads a table of rows and columns.
func (x *extractor) gridIndicators(t table) []data.Indicator {
	t.rows = x.withoutGlosses(t.rows)
	// (a header's English line is left with no cells: no row)
	t.rows = slices.DeleteFunc(slices.Clone(t.rows), func(r tableRow) bool { return len(r.cells) == 0 })
	first := -1 // the first row with a number
	for k, r := range t.rows {
		if x.hasNumber(r) {
			first = k
			break
		}
	}
	if first < 0 {
		return nil
	}
	ncol := 0
	for _, r := range t.rows[first:] {
		ncol = max(ncol, len(r.cells))
	}
	if first > 0 && x.lastColumnFilled(t.rows[first:], ncol) {
		// 6月 | 1-6月累计 | 累计 | / 增长% | | | over 本地生产总值(亿元) | —— |
		// 1389.32 | -6.5 |: header lines that left out the label column's
		// heading and end with empty cells stand over the columns on the
		// right, where the figures are
		for k := max(0, first-2); k < first; k++ {
			if c := t.rows[k].cells; len(c) == ncol && c[ncol-1].End == c[ncol-1].Start && !x.hasNumber(t.rows[k]) {
				t.rows[k].cells = withoutTrailingEmpty(c)
			}
		}
	}
	var header []data.Span
	if first > 1 && !x.hasNumber(t.rows[first-2]) {
		header = x.partsUnder(t.rows[first-2].cells, t.rows[first-1].cells, ncol)
	}
	parts := header != nil // 年份 | 地区生产总值 over its parts: one header
	if !parts && first > 0 {
		header = rightAligned(t.rows[first-1].cells, ncol)
	}
	var upper []data.Span // a header's first line when it takes two (规模工业增加值 / 增长速度)
	if first > 1 && !parts && !x.hasNumber(t.rows[first-2]) && len(t.rows[first-1].cells) < ncol {
		upper = rightAligned(t.rows[first-2].cells, ncol)
		if k := len(upper) - ncol; k > 0 {
			// 地    区: a label spread over more cells than the rows have
			upper = append([]data.Span{{Start: upper[0].Start, End: upper[k].End}}, upper[k+1:]...)
		}
	}
	if first > 1 && upper != nil {
		if over := x.spanningUpper(t.rows[first-2].cells, header); over != nil {
			upper = over
		}
	}
	cols := make([]column, ncol)
	for j := range cols {
		if j < len(header) {
			h := x.str(header[j].Start, header[j].End)
			if j < len(upper) && upper[j].End > upper[j].Start {
				if valueHeader.MatchString(h) {
					h = "" // 城镇居民人均可支配收入 / 数值: the group's measure itself
				}
				h = x.str(upper[j].Start, upper[j].End) + h
			}
			cols[j] = x.parseHeader(h)
		}
	}
	groupHeaders(cols)
	for j := 1; j < len(cols); j++ {
		if cols[j].rel == "" && cols[j].dep && (cols[j-1].rel == "ytd" || cols[j-1].rel == "month") && !cols[j-1].dep {
			cols[j].rel = cols[j-1].rel // 1-本月 | 比去年同期增长(%): the change of the column before, over its months
		}
	}
	for j := range cols {
		// GDP(亿元) | 第一产业(亿): a magnitude written alone beside a column
		// of money in the same magnitude is that money
		if j < len(header) && cols[j].unit == "" && strings.HasSuffix(x.str(header[j].Start, header[j].End), "(亿)") {
			for _, c := range cols {
				if c.unit == "亿元" {
					cols[j].unit = "亿元"
					break
				}
			}
		}
	}
	rows := make([][]data.Span, 0, len(t.rows)-first)
	for _, r := range t.rows[first:] {
		rows = append(rows, x.aligned(r.cells, ncol))
	}
	label := x.labelColumn(cols, header, rows)
	inheritPeriods(cols, label)
	ctx := x.contextOf(t)
	periods := x.periodsOf(ctx)
	if n := len(ctx.units); n > 1 && label >= 0 && ncol-1 == n {
		// 单位：人、%: one unit per value column, in order
		k := 0
		for j := range cols {
			if j == label {
				continue
			}
			if cols[j].unit == "" {
				cols[j].unit = ctx.units[k]
			}
			k++
		}
	}

	for j := range cols {
		if j != label && cols[j].unit == "" && !cols[j].skip && !cols[j].rate {
			cols[j].unit = keyedUnitOf(ctx.keyed, cols[j].measure) // 面积:万亩 over 播种面积
		}
	}

	infos := make([]rowInfo, len(rows))
	var nReg, nPer, nInd int
	blockYear := 0
	for i, r := range rows {
		var ri rowInfo
		if label >= 0 && r[label].End > r[label].Start {
			raw := x.str(r[label].Start, r[label].End)
			switch m := bracketYear.FindStringSubmatch(raw); {
			case m != nil:
				blockYear = atoi(m[1])
			case !x.indented(r[label].Start) && !strings.HasPrefix(raw, "#"):
				blockYear = 0 // the next block
			}
			ri.year = blockYear
			ri.label, ri.unit = x.labelOf(r[label])
			if strings.HasPrefix(raw, "其中") && qualifierOnly.MatchString(ri.label) {
				// 工业总产值 / 其中：规模以上: the row above's measure, so qualified
				for k := i - 1; k >= 0; k-- {
					if prev := x.str(rows[k][label].Start, rows[k][label].End); !strings.HasPrefix(prev, "其中") && infos[k].label != "" {
						ri.label += infos[k].label
						break
					}
				}
			}
			if p, ok := labelPeriod(ri.label); ok {
				ri.period = p
				nPer++
			} else if reg, ok := x.regionName(ri.label); ok {
				ri.region = reg
				if !scopeWords.MatchString(ri.label) {
					nReg++
				}
			} else if reg := x.mentionLabel(r[label], ri.label); reg != "" {
				ri.region = reg
				nReg++
			} else if !totalRow.MatchString(ri.label) {
				nInd++
			}
		}
		for j, c := range cols {
			if c.units && j < len(r) {
				if u, ok := unitOK(x.t, x.str(r[j].Start, r[j].End)); ok {
					ri.unit = u
				}
			}
			if c.years && j < len(r) && ri.period == "" && j != label {
				if y := strings.TrimSpace(x.str(r[j].Start, r[j].End)); yearCell.MatchString(y) {
					ri.period = strings.TrimSuffix(y, "年") + "年" // | 温岭市 | 2024 | 1417.63 |
				}
			}
		}
		if i > 0 && strings.HasPrefix(ri.label, "相当于") && infos[i-1].label != "" {
			// 財政儲備 / 相當於本地生產總值的百份比: the ratio of the row above
			// (a stock's ratio, at the same date)
			ri.label = subjectOf(infos[i-1].label) + ri.label
			ri.stock = infos[i-1].stock
		}
		ri.stock = ri.stock || strings.Contains(ri.label, "截至")
		if ri.unit == "" && ri.label != "" && len(ctx.units) == 2 && (label < 0 || ncol-1 != 2) {
			ri.unit = countOrAmount(ctx.units, ri.label) // 单位：个、万元: 企业单位数 in 个, 工业总产值 in 万元
		}
		infos[i] = ri
	}
	nReg, nInd = x.placeRows(infos, nReg, nInd)
	x.proseUnits(cols, rows, label, ctx.unit, infos)
	inheritRowUnits(cols, ctx.unit, infos)
	kind := rowsIndicators
	switch {
	case nReg > nInd && nReg >= nPer:
		kind = rowsRegions
	case nPer > nInd:
		kind = rowsPeriods
	}

	// A table whose total is a scope's (全省总计) has the rows after it
	// that name no region of their own as parts of that total (在总计中：
	// 轻工业), not of the story's city.
	scopeTotalRegion, scopeTotalAt := "", -1
	for i, ri := range infos {
		if scopeTotal.MatchString(ri.label) && ri.region != "" {
			scopeTotalRegion, scopeTotalAt = ri.region, i
			break
		}
	}
	var out []data.Indicator
	for i, r := range rows {
		ri := infos[i]
		line := t.rows[first+i].line
		for j, c := range cols {
			if j == label || c.skip || j >= len(r) {
				continue
			}
			cv, ok := x.readCell(r[j])
			if !ok {
				continue
			}
			var metric string
			if kind == rowsIndicators && ri.label != "" && ri.region == "" && ri.period == "" {
				metric = rowMetric(ri.label, c)
			} else {
				metric = x.columnMetric(cols, j, label, ctx)
			}
			rowUnit := ri.unit
			if rowUnit == "" && c.unit == "" && percentRow.MatchString(ri.label) {
				rowUnit = "%" // 相當於本地生產總值的百份比 under 百萬港元: the row's own unit
			}
			unit := pickUnit(cv, c, rowUnit, ctx.unit, metric)
			value, base, ok := cellAmount(x.t, cv, unit)
			if !ok {
				continue
			}
			if ctx.share && base == "%" && !c.dep && ri.label != "" && kind == rowsIndicators && !shareWord.MatchString(ri.label) {
				metric = rowMetric(ri.label+"占比", c)
			}
			if kind == rowsIndicators && ri.label != "" && populationTable.MatchString(ctx.title) && !strings.Contains(ri.label, "人口") && !c.dep {
				// 年末人口数及其构成: 城镇 | 48443 | 49.18 → 城镇人口, 城镇人口比重
				kindOf := "人口"
				for _, k := range []string{"户籍人口", "常住人口"} {
					if strings.Contains(ctx.title, k) {
						kindOf = k // 年末户籍人口数及构成: 城镇 → 城镇户籍人口
					}
				}
				metric = cleanPhrase(strings.TrimPrefix(ri.label, "其中：")) + kindOf
				if base == "%" {
					metric += "比重"
				}
			}
			reg := c.region
			if reg == "" {
				reg = ri.region
			}
			if reg == "" && scopeTotalRegion != "" && i > scopeTotalAt {
				reg = scopeTotalRegion // 全省总计 / 在总计中：轻工业: a part of the province's total
			}
			if reg == "" && kind == rowsIndicators && ri.label != "" {
				reg = x.prefixRegion(r[label])
			}
			if reg == "" {
				reg = ctx.region
			}
			if reg == "" {
				reg = x.storyRegion // (国内生产总值初步核算数据 in a story naming no place: the country's)
			}
			status := firstNonEmpty(c.status, ctx.status, data.StatusResult)
			span := periods.cell(c, ri.period, line, status)
			if c.fiscal > 0 && x.storyRegion == hongKong {
				span = periodSpan{Start: isoDay(c.fiscal, 4, 1), End: isoDay(c.fiscal+1, 3, 31), Kind: data.PeriodSpan}
				if ri.stock {
					span.Start, span.Kind = "", data.PeriodAsOf // 截至三月三十一日的財政儲備: the reserves at the year's end
				}
			}
			if ri.year > 0 && c.period != "" && !fourDigitYear.MatchString(c.period) && span.Kind != data.PeriodYear {
				// 地区生产总值(2021年) | 1308.01 in a column of 1-2: the year the row names
				span = yearSpan(ri.year)
				if c.rel == "prev" {
					span = yearSpan(ri.year - 1)
				}
			}
			if (stockSpan(span.Kind) || span.Kind == data.PeriodYear) && balanceWords.MatchString(ri.label) {
				span.Start, span.Kind = "", data.PeriodAsOf // 住户存款余额 | 1936.2 in a column of 1-2: the balance at its end
			}
			out = append(out, x.tableIndicator(cv, value, base, line, metric, reg, span, status))
		}
	}
	return out
}

// placeRows gives the rows labelled with a short name of a city or
// province outside the story's region (沈阳, 南京 in a table of 北京's
// statistics yearbook) that place, when most labelled rows name places:
// a table of regions side by side. Short names are taken only then
// (regionName takes them within the story's region alone). It returns
// the counts of region and indicator rows updated.
func (x *extractor) placeRows(infos []rowInfo, nReg, nInd int) (int, int) {
	var short []int
	for i, ri := range infos {
		if ri.region != "" || ri.period != "" || ri.label == "" || totalRow.MatchString(ri.label) {
			continue
		}
		if n := utf8.RuneCountInString(ri.label); n < 2 || n > 4 {
			continue
		}
		if all := x.g.LookupAll(ri.label); len(all) > 0 && all[0].Level != region.County {
			short = append(short, i)
		}
	}
	if len(short) < 2 || nReg+len(short) < 3 || nReg+len(short) <= nInd-len(short) {
		return nReg, nInd
	}
	for _, i := range short {
		infos[i].region = x.g.LookupAll(infos[i].label)[0].Name
	}
	return nReg + len(short), nInd - len(short)
}

// inheritRowUnits gives a row whose label names no unit the unit of the
// nearest row above that names one, in a table whose units are written in
// its row labels only (1.国内过夜游客（万人次） then （1）.旅游饭店接待过夜游客):
// the row is a part of the one above. A top-level row (一、, 二、) starts a
// part of its own and takes none.
func inheritRowUnits(cols []column, tableUnit string, infos []rowInfo) {
	if tableUnit != "" {
		return
	}
	for _, c := range cols {
		if c.unit != "" && !rateUnit(c.unit) || c.units {
			return // (同期对比% is a column of changes: the levels' units are the rows')
		}
	}
	last := ""
	for i := range infos {
		ri := &infos[i]
		switch {
		case ri.unit != "":
			last = ri.unit
		case ri.label == "" || ri.region != "" || ri.period != "":
		case topLevelRow.MatchString(ri.label):
			last = ""
		case last != "":
			ri.unit = last
		}
	}
}

// topLevelRow opens a table's row of the first level (一、接待游客总人数).
var topLevelRow = mustQuickRe(`^[一二三四五六七八九十]+[、.．]`)

// proseUnits gives a column of bare numbers that neither its header, its
// rows nor the table give a unit the unit the story's text writes after
// one of its cells (太原以2679.82亿元远超其他城市 above a row 1 太原 2679.82).
func (x *extractor) proseUnits(cols []column, rows [][]data.Span, label int, table string, infos []rowInfo) {
	if table != "" {
		return
	}
	for _, ri := range infos {
		if ri.unit != "" {
			return
		}
	}
	for j := range cols {
		if j == label || cols[j].unit != "" || cols[j].rate || cols[j].skip || cols[j].units || cols[j].years {
			continue
		}
		for _, r := range rows {
			if j >= len(r) {
				continue
			}
			cv, ok := x.readCell(r[j])
			if !ok || cv.own != "" {
				continue
			}
			num := x.str(r[j].Start, r[j].End)
			u := x.unitAfter(num)
			if short := trimDecimalZeros(num); u == "" && short != num {
				u = x.unitAfter(short) // 32200.10 in the table, 32200.1亿元 in the text
			}
			if u != "" {
				cols[j].unit = u
				break
			}
		}
	}
	// 排名 城市 2018年 2017年 增量: the other years and the change of a
	// column that found its unit are in that unit too.
	// 2023年GDP | 2022年GDP: so are the other years of the same measure.
	unit, measure := "", ""
	for j, c := range cols {
		if j != label && c.unit != "" && c.period != "" {
			unit, measure = c.unit, c.measure
			break
		}
	}
	if unit == "" {
		return
	}
	for j := range cols {
		c := &cols[j]
		if j != label && c.unit == "" && !c.rate && !c.skip && !c.units && !c.years && (c.measure == measure && c.period != "" || changeAmount.MatchString(c.measure)) {
			c.unit = unit
		}
	}
}

// trimDecimalZeros drops the zeros a number's decimals end with
// (32200.10 → 32200.1, 25.00 → 25).
func trimDecimalZeros(num string) string {
	if !strings.Contains(num, ".") {
		return num
	}
	num = strings.TrimRight(num, "0")
	return strings.TrimSuffix(num, ".")
}

// changeAmount is a column of the change of an amount in its own unit.
var changeAmount = mustQuickRe(`^(增量|增加额|增减额|增长额|差额|净增|增减)$`)

// unitAfter returns the unit the text writes right after the number num
// somewhere (num亿元), "" if none: the number stands alone, not inside a
// longer one.
func (x *extractor) unitAfter(num string) string {
	if len(num) < 3 {
		return "" // 1, 12: too common to tell
	}
	for i := 0; ; {
		k := strings.Index(x.ns[i:], num)
		if k < 0 {
			return ""
		}
		at := i + k
		i = at + len(num)
		if at > 0 && (isASCIIDigit(rune(x.ns[at-1])) || x.ns[at-1] == '.') {
			continue
		}
		rest := x.ns[i:]
		mult := ""
		for _, m := range []string{"万亿", "千万", "百万", "亿", "万", "千", "百"} {
			if strings.HasPrefix(rest, m) {
				mult, rest = m, rest[len(m):]
				break
			}
		}
		if ns := numparse.Scan(num + mult + rest[:min(len(rest), 12)]); len(ns) > 0 && ns[0].Start == 0 && ns[0].Unit != "" && !ns[0].Points {
			return mult + ns[0].Unit // 2679.82亿元: money (and %) the scanner reads
		}
		for _, u := range x.t.units {
			if u.Kind != "skip" && u.Written != "" && strings.HasPrefix(rest, u.Written) {
				if rest[len(u.Written):] != "" && isASCIIDigit(rune(rest[len(u.Written)])) {
					break
				}
				return mult + u.Written
			}
		}
	}
}

// rowInfo is what a table row's label tells.
type rowInfo struct {
	label, unit, period, region string
	year                        int  // a year the label gives its block (地区生产总值(2021年) and the items under it)
	stock                       bool // a stock stated at a date (截至三月三十一日的財政儲備), or its ratio
}

// bracketYear is a year a row's label gives in brackets (地区生产总值(2021年)).
var bracketYear = regexp.MustCompile(`[(（]((?:19|20)[0-9]{2})年?[)）]`)

// indented reports a table cell starting at i printed with indentation
// (| 　第一产业 |): an item of the row above it.
func (x *extractor) indented(i int) bool {
	return i >= 2 && unicode.IsSpace(x.rs[i-1]) && unicode.IsSpace(x.rs[i-2]) || i >= 1 && x.rs[i-1] == '\u3000'
}

// totalRow labels a row of totals, which says nothing of what the rows are.
// scopeTotal is a row of a scope's total (全省总计, 全市合计).
var scopeTotal = regexp.MustCompile(`^(全国|全省|全市|全区|全县)(总计|合计|累计)$`)

var totalRow = mustQuickRe(`^(合计|总计|小计|全部|总体|汇总|平均|全省|全市|全区|全县|全国)`)

// hasNumber reports a row with a number in a cell other than its first
// (which may be a rank).
func (x *extractor) hasNumber(r tableRow) bool {
	for k, c := range r.cells {
		if k == 0 && len(r.cells) > 1 {
			continue
		}
		if _, ok := x.readCell(c); ok {
			if _, year := labelPeriod(x.str(c.Start, c.End)); !year {
				return true // a bare year (2020) heads a column
			}
		}
	}
	return false
}

// spanningUpper returns, for each cell of a header line, the cell of the
// line above that stands over it when each cell above spans the same
// number of cells below, which repeat under each (城镇居民人均可支配收入 |
// 农村居民人均可支配收入 over 数值 | 比上年增长(%) | 数值 | 比上年增长(%),
// a yearbook's layout); the label column's heading (项目) spans none. nil
// when the line above does not span so.
func (x *extractor) spanningUpper(upper, header []data.Span) []data.Span {
	var groups []data.Span
	for _, u := range upper {
		if word, _, _ := strings.Cut(closeHanSpaces(x.str(u.Start, u.End)), " "); !labelHeader.MatchString(word) { // (项目 Item)
			groups = append(groups, u)
		}
	}
	var subs []int // header cells under the groups, in order
	for j, h := range header {
		if h.End > h.Start && !labelHeader.MatchString(closeHanSpaces(x.str(h.Start, h.End))) {
			subs = append(subs, j)
		}
	}
	if len(groups) < 2 || len(subs) <= len(groups) || len(subs)%len(groups) != 0 {
		return nil
	}
	per := len(subs) / len(groups)
	for i := per; i < len(subs); i++ {
		if x.str(header[subs[i]].Start, header[subs[i]].End) != x.str(header[subs[i-per]].Start, header[subs[i-per]].End) {
			return nil // the cells below do not repeat under each group
		}
	}
	out := make([]data.Span, len(header))
	for i, j := range subs {
		out[j] = groups[i/per]
	}
	return out
}

// partsUnder returns the one header of a yearbook's two header lines
// flattened from a spanned layout, where the second line names the parts
// of the first line's first measure and the spans left their cells empty
// at the lines' ends (年份 | 地区生产总值 | 人均GDP | | | over 第一产业 |
// 第二产业 | 第三产业 | # 工业 | # 建筑业 | | |, above rows of year, GDP,
// its five parts and GDP per head): the label, the whole, its parts, then
// the rest of the first line. nil unless the two lines' cells, without
// the empty ones at their ends, fill the n columns exactly and the first
// line opens with the label column's heading.
func (x *extractor) partsUnder(upper, lower []data.Span, n int) []data.Span {
	upper, lower = withoutTrailingEmpty(upper), withoutTrailingEmpty(lower)
	if len(upper) < 2 || len(lower) < 2 || len(upper)+len(lower) != n {
		return nil
	}
	if !labelHeader.MatchString(closeHanSpaces(x.str(upper[0].Start, upper[0].End))) {
		return nil
	}
	for _, c := range append(slices.Clone(upper), lower...) {
		if c.End == c.Start || labelHeader.MatchString(closeHanSpaces(x.str(c.Start, c.End))) && c != upper[0] {
			return nil
		}
	}
	out := make([]data.Span, 0, n)
	out = append(out, upper[:2]...)
	out = append(out, lower...)
	return append(out, upper[2:]...)
}

// lastColumnFilled reports rows of n cells whose last cell holds a number,
// most of them.
func (x *extractor) lastColumnFilled(rows []tableRow, n int) bool {
	filled := 0
	for _, r := range rows {
		if len(r.cells) == n {
			if _, ok := x.readCell(r.cells[n-1]); ok {
				filled++
			}
		}
	}
	return filled*2 > len(rows)
}

// withoutTrailingEmpty returns cells without the empty ones at their end.
func withoutTrailingEmpty(cells []data.Span) []data.Span {
	for len(cells) > 0 && cells[len(cells)-1].End == cells[len(cells)-1].Start {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// valueHeader is a sub-header that names no measure of its own, only that
// the column holds the values of the group above it.
var valueHeader = mustQuickRe(`^(数值|绝对值|绝对数|总量|数额)$`)

// rightAligned returns cells padded on the left to n: a header that
// leaves its first (corner) cell out.
func rightAligned(cells []data.Span, n int) []data.Span {
	if len(cells) >= n {
		return cells
	}
	return append(make([]data.Span, n-len(cells)), cells...)
}

// aligned returns a row's cells padded to n: its label stays first and
// the numbers line up on the right.
func (x *extractor) aligned(cells []data.Span, n int) []data.Span {
	if len(cells) >= n || len(cells) == 0 {
		return cells
	}
	if _, ok := x.readCell(cells[0]); ok {
		return rightAligned(cells, n)
	}
	out := append([]data.Span{cells[0]}, make([]data.Span, n-len(cells))...)
	return append(out, cells[1:]...)
}

// labelColumn returns the column of row labels: one headed 指标, 地区,
// 年份 …, else the first column (after a rank) whose cells hold no
// numbers; -1 if none.
func (x *extractor) labelColumn(cols []column, header []data.Span, rows [][]data.Span) int {
	level := -1
	for j := range cols {
		if j >= len(header) {
			continue
		}
		h := closeHanSpaces(x.str(header[j].Start, header[j].End))
		if labelHeader.MatchString(h) {
			return j
		}
		if levelHeader.MatchString(h) {
			level = j // 一级指标 | 二级指标: the deepest level names the row
		}
	}
	if level >= 0 {
		return level
	}
	for j := range cols {
		if cols[j].skip {
			continue
		}
		texts, numbers := 0, 0
		for _, r := range rows {
			if j >= len(r) {
				continue
			}
			s := x.str(r[j].Start, r[j].End)
			if isEmptyCell(s) {
				continue
			}
			if _, ok := labelPeriod(s); ok {
				texts++
			} else if _, ok := x.readCell(r[j]); ok {
				numbers++
			} else {
				texts++
			}
		}
		if texts > 0 && numbers == 0 {
			return j
		}
		if j == 0 && x.rankColumn(rows) {
			cols[0].skip = true
			continue
		}
		return -1
	}
	return -1
}

// withoutGlosses returns the rows of a bilingual table (a yearbook's 项目 |
// Item | 2020 over 年末常住人口 | (万人) | Year-end Population (10000
// persons) | 12624) without their English cells, each unit in brackets
// after the label joined to it ((亿美元) Total Imports…: the unit kept, the
// gloss dropped); the rows as they are when no cell is English.
func (x *extractor) withoutGlosses(rows []tableRow) []tableRow {
	english := false
	for _, r := range rows {
		for _, c := range r.cells {
			english = english || englishCell(x.str(c.Start, c.End))
		}
	}
	if !english {
		return rows
	}
	// A column whose header is English only (| Year | … | Industry | over
	// rows of figures) is a column all the same: its header stays.
	numeric := map[[2]int]int{} // (row width, column): rows with a figure there
	for _, r := range rows {
		for k, c := range r.cells {
			if numberCell.MatchString(strings.TrimSpace(x.str(c.Start, c.End))) {
				numeric[[2]int{len(r.cells), k}]++
			}
		}
	}
	out := make([]tableRow, len(rows))
	for i, r := range rows {
		out[i] = r
		out[i].cells = nil
		for k, c := range r.cells {
			s := x.str(c.Start, c.End)
			u := leadingBracketUnit.FindString(s)
			switch {
			case englishCell(s) && numeric[[2]int{len(r.cells), k}] >= 2:
				out[i].cells = append(out[i].cells, c)
			case englishCell(s):
			case len(out[i].cells) == 1 && u != "" && (u == s || englishCell(s[len(u):])):
				// 年末常住人口 (万人), or (亿美元) Total Imports…: the label's unit
				out[i].cells[0].End = c.Start + utf8.RuneCountInString(u)
			default:
				out[i].cells = append(out[i].cells, c)
			}
		}
	}
	return out
}

// englishCell reports a cell of English words only (Item, Year-end
// Population (10000 persons)): four Latin letters or more, some lower
// case, no Han.
func englishCell(s string) bool {
	letters, lower := 0, false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			return false
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			letters++
			lower = lower || unicode.IsLower(r)
		}
	}
	return letters >= 4 && lower // (GDP, CPI: a column's measure, not a gloss)
}

// leadingBracketUnit is a unit in brackets opening a cell ((万人), （亿元）).
var leadingBracketUnit = regexp.MustCompile(`^[(（][^()（）]{1,8}[)）]`)

// rankColumn reports a first column counting its rows (1, 2, 3 …).
func (x *extractor) rankColumn(rows [][]data.Span) bool {
	for i, r := range rows {
		if len(r) == 0 || x.str(r[0].Start, r[0].End) != strconv.Itoa(i+1) {
			return false
		}
	}
	return len(rows) > 1
}

// isEmptyCell reports a cell that holds no figure: ——, -, …, /.
func isEmptyCell(s string) bool {
	return strings.Trim(s, "-—–－…./xX*· ") == ""
}

// rowMetric is the metric of a cell in a row naming an indicator: the
// label, with a noun the column names (增加值) or, after a comma, the
// change it gives (第一产业，累计增长).
func rowMetric(label string, c column) string {
	label = cleanPhrase(label)
	switch {
	case c.dep:
		return label + "，" + c.measure
	case c.measure != "" && !strings.Contains(label, c.measure):
		return label + c.measure
	}
	return label
}

// inheritPeriods gives a column of changes that names no period (同比增长(%))
// the period of the nearest column before it that names one (2018年8月 |
// 同比增长(%) | 2018年1-8月 | 同比增长(%)): it is that column's change; of
// several years before it and after the change before, the latest (2016年 |
// 2015年 | 同比增长%).
func inheritPeriods(cols []column, label int) {
	for j := range cols {
		// 1-2 | 去年同期: the same months a year earlier
		if j == label || cols[j].rel != "prev" || cols[j].period != "" {
			continue
		}
		for k := j - 1; k > label; k-- {
			if p := cols[k].period; p != "" && !cols[k].dep && cols[k].rel == "" && !strings.Contains(p, "年") {
				cols[j].period = "去年" + p
				break
			}
		}
	}
	for j := range cols {
		// 年末数 | 比重%: the share of the stock, at the same date
		if j == label || cols[j].period != "" || cols[j].rel != "" || !shareWord.MatchString(cols[j].measure) {
			continue
		}
		for k := j - 1; k > label; k-- {
			if p := cols[k].period; p != "" {
				if strings.HasSuffix(p, "末") || strings.HasSuffix(p, "底") {
					cols[j].period = p
				}
				break
			}
		}
	}
	for j := range cols {
		if j == label || !cols[j].dep || cols[j].period != "" || cols[j].rel != "" {
			continue
		}
		pick := -1
		for k := j - 1; k > label && !cols[k].dep; k-- {
			if cols[k].skip || cols[k].rel == "prev" || cols[k].period == "" && cols[k].rel == "" {
				continue
			}
			// 2016年 | 2015年 | 同比增长%: the change of the later year
			if pick < 0 || leadingYear(cols[k].period) > leadingYear(cols[pick].period) {
				pick = k
			}
		}
		for k := j - 1; pick < 0 && k > label; k-- {
			if !cols[k].dep && !cols[k].skip && cols[k].rel != "prev" && (cols[k].period != "" || cols[k].rel != "") {
				pick = k
			}
		}
		if pick >= 0 {
			cols[j].period, cols[j].rel = cols[pick].period, cols[pick].rel
		}
	}
}

// leadingYear is the first four-digit year a period phrase names, 0 if none.
func leadingYear(p string) int {
	if m := fourDigitYear.FindString(p); m != "" {
		return atoi(m[:4])
	}
	return 0
}

// columnMetric is the metric of a cell in a row naming a region or a
// period: its column's measure; a change (增速) after the measure of the
// nearest column before it, or of the title.
func (x *extractor) columnMetric(cols []column, j, label int, ctx tableContext) string {
	c := cols[j]
	if c.measure != "" && !c.dep {
		return cleanPhrase(c.measure)
	}
	subject := ""
	for k := j - 1; k >= 0 && k != label; k-- {
		if cols[k].measure != "" && !cols[k].dep && !cols[k].skip && !changeAmount.MatchString(cols[k].measure) {
			subject = cleanPhrase(cols[k].measure) // (not 增量: 增量 | 增速 is the growth of the level)
			break
		}
	}
	if subject == "" {
		subject = ctx.subject
	}
	switch {
	case c.measure == "":
		return subject
	case subject == "":
		return c.measure
	}
	if rateWord.MatchString(c.measure) {
		// 建物买卖移转栋数变化 | 月增减率: the measure's rate, one phrase
		return strings.TrimSuffix(strings.TrimSuffix(subject, "变化"), "情况") + c.measure
	}
	return subject + "，" + c.measure
}

// rateWord is a column of a rate of change (月增减率, 增长率, 年增幅).
var rateWord = mustQuickRe(`^(月|年|季)?(增减率|增长率|增幅|增速|增减幅度|变动率)$`)

// pickUnit returns the unit of a bare number: its column's, a rate's %,
// its row's, the table's, 点 for an index.
func pickUnit(cv cellValue, c column, row, table, metric string) string {
	switch {
	case cv.own != "":
		return ""
	case c.unit != "":
		return c.unit
	case c.rate:
		return "%"
	case row != "":
		return row
	case table != "":
		return table
	case strings.Contains(metric, "指数"):
		return "点"
	}
	return ""
}

// cellAmount returns a cell's value in base units and its base unit.
func cellAmount(t *extractTables, cv cellValue, unit string) (float64, string, bool) {
	if cv.own != "" {
		return cv.value, cv.own, true
	}
	v, base, ok := withUnit(t, cv.n, unit)
	if cv.neg && v > 0 {
		v = -v
	}
	return v, base, ok
}

// prefixRegion returns the region a label starts with (长治市地区生产总值).
func (x *extractor) prefixRegion(sp data.Span) string {
	for _, m := range x.mentionsIn(sp.Start, sp.End) {
		if m.Start == sp.Start && !x.orgName(m.End) {
			return m.Name
		}
	}
	return ""
}

// kvIndicators reads 指标：数值 lines. A key that is a region or a period
// labels the title's measure; a key that names a change (…累计增速)
// without a period of its own has the period of the line before.
func (x *extractor) kvIndicators(t table) []data.Indicator {
	ctx := x.contextOf(t)
	periods := x.periodsOf(ctx)
	var out []data.Indicator
	var prev periodSpan
	prevMetric := ""
	for _, r := range t.rows {
		key, val := r.cells[0], r.cells[1]
		cv, ok := x.readCell(val)
		if !ok {
			continue
		}
		keyText := x.str(key.Start, key.End)
		label, keyUnit := x.labelOf(key)
		reg, metric := "", ""
		phrase := lastPeriod(keyText)
		if p, ok := labelPeriod(label); ok {
			phrase, metric = p, ctx.subject
		} else if rg, ok := x.regionName(label); ok {
			reg, metric = rg, ctx.subject
		} else {
			reg = x.keyRegion(key)
			metric = x.keyMetric(key)
		}
		if dependent(metric) && prevMetric != "" {
			metric = prevMetric + metric // 全市8月同比增长：5.7% after 全市8月社会消费品零售总额：…
		} else if !dependent(metric) {
			prevMetric = metric
		}
		c := column{rate: rateMeasure.MatchString(metric) || strings.HasSuffix(metric, "增速")}
		unit := pickUnit(cv, c, keyUnit, ctx.unit, metric)
		value, base, ok := cellAmount(x.t, cv, unit)
		if !ok {
			continue
		}
		if reg == "" {
			reg = firstNonEmpty(ctx.region, x.storyRegion)
		}
		status := firstNonEmpty(statusWord(keyText), ctx.status, data.StatusResult)
		var span periodSpan
		switch {
		case phrase != "":
			span = periods.resolve(phrase, "")
		case prev.Kind != "" && growthKey.MatchString(metric):
			span = prev
		default:
			span = periods.base("", r.line, status)
		}
		prev = span
		ind := x.tableIndicator(cv, value, base, r.line, metric, reg, span, status)
		out = append(out, ind)
	}
	return out
}

// keyRegion returns the region a key names (长治市GDP, 全市地区生产总值).
func (x *extractor) keyRegion(key data.Span) string {
	r, rAt := x.lastRegion(key.Start, key.End)
	if scope, sAt := x.lastScope(key.Start, key.End); scope != "" && sAt > rAt {
		return scope
	}
	return r
}

// keyMetric returns the metric of a key: without its regions, period,
// notes in brackets and marks.
func (x *extractor) keyMetric(key data.Span) string {
	start := key.Start
	for _, m := range x.mentionsIn(key.Start, key.End) {
		if m.Start == start || cleanPhrase(x.str(start, m.Start)) == "" {
			start = m.End
		}
	}
	s := withoutParentheticals(x.str(start, key.End))
	s = strings.TrimLeft(s, "#＃*·• ")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "其中"), ":")
	return cleanPhrase(data.WithoutSectionNumber(s))
}

// withoutEnglishGloss drops the English a yearbook prints after a Chinese
// header (第三产业 Tertiary Industry → 第三产业); a header in English only
// (Industry) stays.
func withoutEnglishGloss(m string) string {
	if loc := trailingEnglish.FindStringIndex(m); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(m[:loc[0]])
	}
	return m
}

// trailingEnglish is English words ending a phrase after a Han rune.
var trailingEnglish = regexp.MustCompile(`\s+[A-Za-z][A-Za-z ,.&'()/-]*$`)

// tableIndicator builds the Indicator of a cell.
func (x *extractor) tableIndicator(cv cellValue, value float64, base string, line data.Span, metric, reg string, span periodSpan, status string) data.Indicator {
	ind := data.Indicator{
		File: x.a.File, Story: x.a.Title, Title: x.a.Title, Date: x.a.Date,
		Value: value, Unit: base, Raw: x.origStr(cv.raw.Start, cv.raw.End), Qualifier: cv.qualifier,
		Sentence: strings.TrimSpace(x.origStr(line.Start, line.End)),
		Start:    cv.raw.Start, End: cv.raw.End, Article: x.a,
		Metric: withoutEnglishGloss(metric), Region: reg, Regions: []string{},
		Status: status, Target: status == data.StatusTarget,
		Period: spanLabel(span), PeriodStart: span.Start, PeriodEnd: span.End, PeriodKind: span.Kind,
	}
	x.classify(&ind)
	return ind
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// numberCells reports two cells or more that are all numbers (619,837,
// -0.4, (16,904)) or dashes for none.
func (x *extractor) numberCells(cells []data.Span) bool {
	nums := 0
	for _, c := range cells {
		switch t := x.str(c.Start, c.End); {
		case t == "-" || t == "–" || t == "—":
		case numberCell.MatchString(t):
			nums++
		default:
			return false
		}
	}
	return nums >= 2
}

var numberCell = regexp.MustCompile(`^[(（]?-?[0-9][0-9,]*(\.[0-9]+)?%?[)）]?\*?$`)

// yearCells reports cells that are all years (2019, 2017-18, 2025/26).
func (x *extractor) yearCells(cells []data.Span) bool {
	for _, c := range cells {
		if !yearHeaderCell.MatchString(x.str(c.Start, c.End)) {
			return false
		}
	}
	return len(cells) >= 2
}

var yearHeaderCell = regexp.MustCompile(`^(19|20)[0-9]{2}([-/](19|20)?[0-9]{2})?年?度?$`)

// isDashCell reports a cell that holds a dash for none.
func isDashCell(s string) bool { return s == "-" || s == "–" || s == "—" }

// subjectOf returns the measure a row label ends with, less the words that
// qualify it before a 的 (已計入…款項的綜合盈餘 → 綜合盈餘, 截至三月三十一日的
// 財政儲備 → 財政儲備).
func subjectOf(label string) string {
	if k := strings.LastIndex(label, "的"); k >= 0 && k+len("的") < len(label) {
		return label[k+len("的"):]
	}
	return label
}

// spreadLabel reports the spaces at i inside a row's first cell spread for
// alignment between two single characters (工  业 320169.10 350420.03),
// not between two columns.
func (x *extractor) spreadLabel(s, e, i int) bool {
	j := i
	for j < e && x.rs[j] == ' ' {
		j++
	}
	if i-1 < s || j >= e || !unicode.Is(unicode.Han, x.rs[i-1]) || !unicode.Is(unicode.Han, x.rs[j]) {
		return false
	}
	before := i-2 < s || x.rs[i-2] == ' '
	after := j+1 >= e || x.rs[j+1] == ' '
	if !before || !after {
		return false
	}
	// only the label's: numbers follow on the line
	for k := j + 1; k < e; k++ {
		if x.rs[k] == ' ' && k+1 < e && x.rs[k+1] == ' ' {
			return false // columns set apart by two spaces further on: a spaced table
		}
	}
	return true
}
