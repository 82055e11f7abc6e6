package views

import (
	"image/color"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowRun is a piece of a paragraph drawn in one style.
type flowRun struct {
	Text  string
	Color fyne.ThemeColorName // "" for the foreground colour
	Style fyne.TextStyle
	Keep  bool // never broken across rows (a figure such as 4437亿元)
	Mark  bool // drawn on a marker background (a search hit)
}

// flowText is a paragraph of styled runs wrapped to its width. Chinese text
// may break between any two characters, but a row never breaks inside a
// Keep run, inside a word or number written in Latin letters and digits
// (2020, 5G, 1-5), before closing punctuation or after opening punctuation.
// Unlike widget.RichText in Fyne 2.7.1 it knows where each character is
// drawn (RowY), so the reader can scroll to a sentence.
type flowText struct {
	widget.BaseWidget

	runs     []flowRun
	sizeName fyne.ThemeSizeName

	text     []rune
	runOf    []int  // per rune, the index of its run
	breakOK  []bool // per rune, a row may start at it
	widths   []float32
	measured float32 // text size the widths were measured at

	rows      []flowRow
	rowsWidth float32 // width rows were laid out for, -1 for none
	rowHeight float32
}

// flowRow is one row: the runes [start, end) of the paragraph.
type flowRow struct{ start, end int }

var _ fyne.Widget = (*flowText)(nil)

// newFlowText returns a paragraph drawn at the theme size sizeName.
func newFlowText(sizeName fyne.ThemeSizeName, runs []flowRun) *flowText {
	f := &flowText{sizeName: sizeName, rowsWidth: -1}
	f.ExtendBaseWidget(f)
	f.SetRuns(runs)
	return f
}

// SetRuns replaces the paragraph's content.
func (f *flowText) SetRuns(runs []flowRun) {
	sameText := len(runs) == len(f.runs)
	for i := 0; sameText && i < len(runs); i++ {
		sameText = runs[i].Text == f.runs[i].Text && runs[i].Style == f.runs[i].Style && runs[i].Keep == f.runs[i].Keep
	}
	f.runs = runs
	if !sameText { // restyling keeps the rows (and the text's height)
		f.prepare()
	}
	f.Refresh()
}

// String returns the paragraph's text.
func (f *flowText) String() string { return string(f.text) }

// prepare splits the runs into runes and finds where rows may break.
func (f *flowText) prepare() {
	f.text, f.runOf = f.text[:0], f.runOf[:0]
	for i, r := range f.runs {
		for _, c := range r.Text {
			f.text = append(f.text, c)
			f.runOf = append(f.runOf, i)
		}
	}
	f.breakOK = make([]bool, len(f.text))
	for i := 1; i < len(f.text); i++ {
		f.breakOK[i] = f.canBreakBefore(i)
	}
	f.widths, f.measured = nil, 0
	f.rowsWidth = -1
}

func (f *flowText) canBreakBefore(i int) bool {
	prev, cur := f.text[i-1], f.text[i]
	if f.runOf[i] == f.runOf[i-1] && f.runs[f.runOf[i]].Keep {
		return false
	}
	if isWordRune(prev) && isWordRune(cur) {
		return false
	}
	return !strings.ContainsRune(closingPunct, cur) && !strings.ContainsRune(openingPunct, prev)
}

// Punctuation that does not start a row, and that does not end one.
const (
	closingPunct = "，。、；：？！）》」』】〕〉”’…,.;:?!)]}%％‰"
	openingPunct = "（《「『【〔〈“‘([{"
)

// isWordRune: Latin letters, digits and the marks inside numbers, which
// stay together on a row.
func isWordRune(r rune) bool {
	return r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".%-+/:~_", r)) ||
		r >= '０' && r <= '９'
}

// measure caches each rune's advance at the current text size.
func (f *flowText) measure(size float32) {
	if f.measured == size && len(f.widths) == len(f.text) {
		return
	}
	f.widths = make([]float32, len(f.text))
	cache := map[fyne.TextStyle]map[rune]float32{}
	for i, c := range f.text {
		st := f.runs[f.runOf[i]].Style
		if cache[st] == nil {
			cache[st] = map[rune]float32{}
		}
		w, ok := cache[st][c]
		if !ok {
			w = fyne.MeasureText(string(c), size, st).Width
			cache[st][c] = w
		}
		f.widths[i] = w
	}
	f.measured = size
	f.rowHeight = fyne.MeasureText("国M", size, fyne.TextStyle{}).Height
	f.rowsWidth = -1
}

// layoutRows wraps the text to width (the widget's width).
func (f *flowText) layoutRows(width float32) {
	th := f.Theme()
	f.measure(th.Size(f.sizeName))
	if f.rowsWidth == width {
		return
	}
	f.rowsWidth = width
	f.rows = wrapRows(f.widths, f.breakOK, width-2*th.Size(theme.SizeNameInnerPadding))
}

// wrapRows fills rows greedily with the units between break points; a unit
// wider than a row is broken between characters.
func wrapRows(widths []float32, breakOK []bool, max float32) []flowRow {
	var rows []flowRow
	start, x := 0, float32(0)
	for u := 0; u < len(widths); {
		end, w := u+1, widths[u]
		for end < len(widths) && !breakOK[end] {
			w += widths[end]
			end++
		}
		switch {
		case x+w <= max || x == 0 && w <= max:
			x += w
			u = end
		case x > 0:
			rows = append(rows, flowRow{start, u})
			start, x = u, 0
		default: // one unit wider than a row: break it where it overflows
			for x = 0; u < end && (x == 0 || x+widths[u] <= max); u++ {
				x += widths[u]
			}
			rows = append(rows, flowRow{start, u})
			start, x = u, 0
		}
	}
	if start < len(widths) || len(rows) == 0 {
		rows = append(rows, flowRow{start, len(widths)})
	}
	return rows
}

// heightFor is the paragraph's height when it is width wide.
func (f *flowText) heightFor(width float32) float32 {
	f.layoutRows(width)
	th := f.Theme()
	n := float32(len(f.rows))
	return n*f.rowHeight + (n-1)*th.Size(theme.SizeNameLineSpacing) + 2*th.Size(theme.SizeNameInnerPadding)
}

// RowY returns the top of the row holding the paragraph's i-th rune,
// relative to the paragraph, at its current width.
func (f *flowText) RowY(i int) float32 {
	th := f.Theme()
	f.layoutRows(f.Size().Width)
	y := th.Size(theme.SizeNameInnerPadding)
	for _, r := range f.rows {
		if i < r.end {
			break
		}
		y += f.rowHeight + th.Size(theme.SizeNameLineSpacing)
	}
	return y
}

// MinSize is one character wide and as tall as the text wrapped at the
// current width.
func (f *flowText) MinSize() fyne.Size {
	f.ExtendBaseWidget(f)
	th := f.Theme()
	size := th.Size(f.sizeName)
	return fyne.NewSize(size+2*th.Size(theme.SizeNameInnerPadding), f.heightFor(f.Size().Width))
}

// Resize lays the text out again when the width changes; a new height is
// picked up by the parent through Refresh, as widget.RichText does.
func (f *flowText) Resize(size fyne.Size) {
	if size == f.Size() {
		return
	}
	f.BaseWidget.Resize(size)
	f.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (f *flowText) CreateRenderer() fyne.WidgetRenderer {
	return &flowRenderer{f: f}
}

type flowRenderer struct {
	f        *flowText
	textPool []*canvas.Text      // texts drawn are the first of these
	markPool []*canvas.Rectangle // the same for marks
	objs     []fyne.CanvasObject
}

func (r *flowRenderer) Destroy() {}

func (r *flowRenderer) MinSize() fyne.Size { return r.f.MinSize() }

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *flowRenderer) Refresh() {
	r.Layout(r.f.Size())
	canvas.Refresh(r.f)
}

// Layout draws one canvas.Text per run per row, with a rectangle behind
// marked runs.
func (r *flowRenderer) Layout(size fyne.Size) {
	f := r.f
	th := f.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	f.layoutRows(size.Width)
	pad, gap, textSize := th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNameLineSpacing), th.Size(f.sizeName)
	nt, nm := 0, 0
	y := pad
	for _, row := range f.rows {
		x := pad
		for s := row.start; s < row.end; {
			e := s + 1
			for e < row.end && f.runOf[e] == f.runOf[s] {
				e++
			}
			run := f.runs[f.runOf[s]]
			w := float32(0)
			for _, cw := range f.widths[s:e] {
				w += cw
			}
			if run.Mark {
				m := r.mark(nm)
				if c := markColor(th, v); m.FillColor != c {
					m.FillColor = c
					m.Refresh()
				}
				m.Move(fyne.NewPos(x, y))
				m.Resize(fyne.NewSize(w, f.rowHeight))
				nm++
			}
			t := r.text(nt)
			name := run.Color
			if run.Mark && name == theme.ColorNameWarning { // the focus colour would vanish on the marker
				name = theme.ColorNameForeground
			}
			setText(t, string(f.text[s:e]), run.Style, textSize, runColor(th, name, v))
			t.Move(fyne.NewPos(x, y))
			t.Resize(fyne.NewSize(w, f.rowHeight))
			nt++
			x += w
			s = e
		}
		y += f.rowHeight + gap
	}
	r.objs = r.objs[:0]
	for _, m := range r.markPool[:nm] {
		r.objs = append(r.objs, m)
	}
	for _, t := range r.textPool[:nt] {
		r.objs = append(r.objs, t)
	}
}

// setText updates t, refreshing it (its cached texture) only on a change.
func setText(t *canvas.Text, s string, st fyne.TextStyle, size float32, c color.Color) {
	if t.Text == s && t.TextStyle == st && t.TextSize == size && t.Color == c {
		return
	}
	t.Text, t.TextStyle, t.TextSize, t.Color = s, st, size, c
	t.Refresh()
}

// markColor is the highlighter drawn behind marked runs: the theme's
// warning colour, translucent so the text stays readable.
func markColor(th fyne.Theme, v fyne.ThemeVariant) color.Color {
	r, g, b, _ := th.Color(theme.ColorNameWarning, v).RGBA()
	const alpha = 0x70
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: alpha}
}

func runColor(th fyne.Theme, name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if name == "" {
		name = theme.ColorNameForeground
	}
	return th.Color(name, v)
}

func (r *flowRenderer) text(i int) *canvas.Text {
	for len(r.textPool) <= i {
		r.textPool = append(r.textPool, canvas.NewText("", nil))
	}
	return r.textPool[i]
}

func (r *flowRenderer) mark(i int) *canvas.Rectangle {
	for len(r.markPool) <= i {
		r.markPool = append(r.markPool, canvas.NewRectangle(nil))
	}
	return r.markPool[i]
}
