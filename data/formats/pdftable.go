package formats

import (
	"math"
	"sort"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Ruled tables. A table drawn with rules between its rows and columns (as
// Word and WPS print tables with borders) is read from its grid: the
// rules that touch each other make one grid, its distinct horizontal rules
// bound the rows and its vertical rules the columns, and each glyph goes
// to the cell its centre lies in. A cell's text may wrap over several lines
// (多行的指标名称); it is joined back. Tables without rules are told by the
// gaps between their cells (lineOf, tableRun).

// gridTol is how close, in points, two rules must come to touch, and two
// rule positions to count as one.
const gridTol = 2.0

// grid is a ruled table: row bounds top to bottom, column bounds left to
// right.
type grid struct {
	ys []float64 // descending
	xs []float64 // ascending
}

func (g grid) top() float64 { return g.ys[0] }

// holds reports a point inside the grid.
func (g grid) holds(x, y float64) bool {
	return x > g.xs[0] && x < g.xs[len(g.xs)-1] && y < g.ys[0] && y > g.ys[len(g.ys)-1]
}

// cell returns the row and column of a point inside the grid.
func (g grid) cell(x, y float64) (int, int) {
	r := sort.Search(len(g.ys), func(i int) bool { return g.ys[i] < y }) - 1
	c := sort.Search(len(g.xs), func(i int) bool { return g.xs[i] > x }) - 1
	return min(max(r, 0), len(g.ys)-2), min(max(c, 0), len(g.xs)-2)
}

// grids finds the ruled tables among a page's rules: groups of touching
// rules with at least two rows and two columns.
func grids(rules []rule) []grid {
	if len(rules) < 4 || len(rules) > maxRules {
		return nil
	}
	parent := make([]int, len(rules))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range rules {
		for j := i + 1; j < len(rules); j++ {
			if touch(rules[i], rules[j]) {
				parent[find(i)] = find(j)
			}
		}
	}
	groups := map[int][]rule{}
	for i, r := range rules {
		groups[find(i)] = append(groups[find(i)], r)
	}
	var out []grid
	for _, g := range groups {
		var ys, xs []float64
		for _, r := range g {
			if r.horizontal() {
				ys = append(ys, r.y0)
			} else {
				xs = append(xs, r.x0)
			}
		}
		ys, xs = distinct1D(ys), distinct1D(xs)
		if len(ys) >= 3 && len(xs) >= 3 { // two rows and two columns at least
			sort.Sort(sort.Reverse(sort.Float64Slice(ys)))
			out = append(out, grid{ys: ys, xs: xs})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].top() > out[j].top() })
	return out
}

// touch reports two rules that meet or cross (within gridTol).
func touch(a, b rule) bool {
	return a.x0 <= b.x1+gridTol && b.x0 <= a.x1+gridTol && a.y0 <= b.y1+gridTol && b.y0 <= a.y1+gridTol
}

// distinct1D sorts positions and merges those within gridTol.
func distinct1D(v []float64) []float64 {
	sort.Float64s(v)
	var out []float64
	for _, x := range v {
		if len(out) == 0 || x-out[len(out)-1] > gridTol {
			out = append(out, x)
		}
	}
	return out
}

// ruledTables takes the glyphs that lie in a page's ruled tables out of
// texts and returns the tables as lines carrying their rows, with the
// glyphs left over.
func ruledTables(texts []pdf.Text, rules []rule) ([]pdfLine, []pdf.Text) {
	gs := grids(rules)
	if len(gs) == 0 {
		return nil, texts
	}
	cells := make([]map[[2]int][]pdf.Text, len(gs))
	for i := range cells {
		cells[i] = map[[2]int][]pdf.Text{}
	}
	var rest []pdf.Text
	for _, t := range texts {
		cx, cy := t.X+glyphWidth(&t)/2, t.Y+0.3*t.FontSize
		k := -1
		for i, g := range gs {
			if g.holds(cx, cy) {
				k = i
				break
			}
		}
		if k < 0 {
			rest = append(rest, t)
			continue
		}
		r, c := gs[k].cell(cx, cy)
		cells[k][[2]int{r, c}] = append(cells[k][[2]int{r, c}], t)
	}
	var out []pdfLine
	for i, g := range gs {
		if len(cells[i]) == 0 {
			continue
		}
		rows := make([][]string, len(g.ys)-1)
		for r := range rows {
			rows[r] = make([]string, len(g.xs)-1)
			for c := range rows[r] {
				rows[r][c] = glyphCellText(cells[i][[2]int{r, c}])
			}
		}
		out = append(out, pdfLine{table: rows, y: g.top(), x0: g.xs[0], x1: g.xs[len(g.xs)-1]})
	}
	return out, rest
}

// glyphCellText joins a cell's glyphs line by line: wrapped lines of Chinese
// join without a space.
func glyphCellText(gs []pdf.Text) string {
	var b strings.Builder
	for _, l := range pageLines(gs, nil) {
		if b.Len() > 0 && !(isWide(lastRune(b.String())) || isWideString(l.text)) {
			b.WriteByte(' ')
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// byTop orders a page's lines and tables from the top.
func byTop(lines []pdfLine) {
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].y > lines[j].y+math.SmallestNonzeroFloat64 })
}
