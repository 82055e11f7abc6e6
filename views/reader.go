package views

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
)

// Reader shows one article, paragraph by paragraph, with every extracted
// indicator marked in the text and listed beside it. Choosing an indicator
// in the side list scrolls to its sentence and highlights it; the words of
// the article search are marked wherever they occur.
type Reader struct {
	widget.BaseWidget

	article *data.Article
	inds    []data.Indicator
	focus   int      // index into inds of the highlighted indicator, -1 for none
	search  []string // words of the article search, marked in the text
	hits    []span   // where they occur in the article, in runes
	pending int      // rune offset to scroll to once the reader has a size, -1 for none

	header  *widget.RichText
	paras   *fyne.Container // one *flowText per paragraph
	content *fyne.Container
	scroll  *container.Scroll
	side    *widget.List
	split   *container.Split
}

// span is a range of runes [start, end) of an article's text.
type span struct{ start, end int }

var _ fyne.Widget = (*Reader)(nil)

// NewReader returns an empty reader.
func NewReader() *Reader {
	r := &Reader{focus: -1, pending: -1}
	r.header = widget.NewRichTextWithText(lang.L("请选择左侧的文章"))
	r.header.Wrapping = fyne.TextWrapWord
	r.paras = container.NewVBox()
	r.content = container.NewVBox(r.header, widget.NewSeparator(), r.paras)
	r.scroll = container.NewVScroll(r.content)
	r.side = widget.NewList(r.sideLength, newListLabel, r.sideUpdate)
	r.side.OnSelected = func(id widget.ListItemID) { r.Highlight(id) }
	r.split = container.NewHSplit(r.scroll, container.NewBorder(widget.NewLabel(lang.L("本文指标")), nil, nil, nil, r.side))
	r.split.Offset = 0.68
	r.ExtendBaseWidget(r)
	return r
}

// Article returns the article shown, or nil.
func (r *Reader) Article() *data.Article { return r.article }

// Indicators returns the indicators listed beside the text, in text order.
func (r *Reader) Indicators() []data.Indicator { return r.inds }

// Focus returns the index of the highlighted indicator, or -1.
func (r *Reader) Focus() int { return r.focus }

// Text returns the article text as shown (for tests and copying).
func (r *Reader) Text() string {
	if r.article == nil {
		return ""
	}
	return r.article.Text
}

// SetArticle shows a with its indicators (those whose Article is a),
// scrolled to the first word of the article search if there is one.
func (r *Reader) SetArticle(a *data.Article, inds []data.Indicator) {
	r.article = a
	r.inds = append(r.inds[:0:0], inds...)
	sort.SliceStable(r.inds, func(i, j int) bool { return r.inds[i].Start < r.inds[j].Start })
	r.focus = -1
	r.side.UnselectAll()
	r.hits = findWords(a.Text, r.search)
	r.rebuild()
	r.side.Refresh()
	r.side.ScrollToTop()
	if len(r.hits) > 0 {
		r.scrollTo(r.hits[0].start)
		return
	}
	r.pending = -1
	r.scroll.ScrollToTop()
}

// SetSearch marks every occurrence of the words in the text.
func (r *Reader) SetSearch(words []string) {
	if slices.Equal(r.search, words) {
		return // the same words: nothing to restyle (a reset filter bar asks again)
	}
	r.search = words
	if r.article == nil {
		return
	}
	r.hits = findWords(r.article.Text, words)
	r.restyle(span{0, len([]rune(r.article.Text))})
}

// Hits returns how many times the search words occur in the article.
func (r *Reader) Hits() int { return len(r.hits) }

// findWords returns the rune spans of every occurrence of words in text,
// in text order.
func findWords(text string, words []string) []span {
	var out []span
	for _, w := range words {
		if w == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], w)
			if i < 0 {
				break
			}
			start := utf8.RuneCountInString(text[:from+i])
			out = append(out, span{start, start + utf8.RuneCountInString(w)})
			from += i + len(w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// ShowIndicator shows ind's article (if it differs) and highlights ind.
func (r *Reader) ShowIndicator(ind data.Indicator, articleInds []data.Indicator) {
	if r.article != ind.Article {
		r.SetArticle(ind.Article, articleInds)
	}
	for i, x := range r.inds {
		if x.Start == ind.Start && x.End == ind.End {
			r.side.Select(i)
			r.side.ScrollTo(i)
			return
		}
	}
}

// RefreshHeader redraws the title block (after keywords arrive).
func (r *Reader) RefreshHeader() {
	if r.article != nil {
		r.header.Segments = headerSegments(r.article, len(r.inds))
		r.header.Refresh()
	}
}

// Highlight marks the i-th indicator's sentence and scrolls to it.
func (r *Reader) Highlight(i int) {
	if i < 0 || i >= len(r.inds) {
		return
	}
	fs, fe := r.focusSpan()
	r.focus = i
	r.restyle(span{fs, fe})
	start, _ := r.focusSpan()
	r.scrollTo(start)
}

// rebuild makes one paragraph widget per paragraph of the article.
func (r *Reader) rebuild() {
	a := r.article
	r.header.Segments = headerSegments(a, len(r.inds))
	r.header.Refresh()
	objs := make([]fyne.CanvasObject, 0, len(a.Paragraphs))
	text := []rune(a.Text)
	for _, p := range a.Paragraphs {
		size := theme.SizeNameText
		if p.Heading {
			size = theme.SizeNameSubHeadingText
		}
		objs = append(objs, newFlowText(size, r.runs(text, p)))
	}
	r.paras.Objects = objs
	r.paras.Refresh()
}

// restyle updates the paragraphs overlapping old (the span highlighted
// before) or the focus sentence now; their text and rows stay the same.
func (r *Reader) restyle(old span) {
	fs, fe := r.focusSpan()
	text := []rune(r.article.Text)
	for i, p := range r.article.Paragraphs {
		if i >= len(r.paras.Objects) || !overlaps(p, old) && !overlaps(p, span{fs, fe}) {
			continue
		}
		r.paras.Objects[i].(*flowText).SetRuns(r.runs(text, p))
	}
}

func overlaps(p data.Paragraph, s span) bool { return s.start < p.End && s.end > p.Start }

func headerSegments(a *data.Article, indicators int) []widget.RichTextSegment {
	meta := articleMeta(a, indicators)
	if len(a.Authors) > 0 {
		meta += lang.L(" · 作者 ") + strings.Join(a.Authors, lang.L("、"))
	}
	muted := widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: a.Title, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: a.File + " · " + meta, Style: muted},
	}
	if len(a.Keywords) > 0 {
		segs = append(segs, &widget.TextSegment{Text: fmt.Sprintf(lang.L("关键词：%s"), strings.Join(firstN(a.Keywords, 10), lang.L("、"))), Style: muted})
	}
	return segs
}

// runs splits a paragraph at indicator, focus-sentence and search-hit
// boundaries and styles each piece.
func (r *Reader) runs(text []rune, p data.Paragraph) []flowRun {
	base := flowRun{}
	switch {
	case p.Heading:
		base.Style.Bold = true
	case p.Caption:
		// Muted, not italic: Chinese has no italics (Fyne would slant the
		// glyphs), and an italic face costs the GUI its own parse of the
		// whole CJK font (about 20 MB of heap for a style used by captions
		// alone).
		base.Color = theme.ColorNamePlaceHolder
	}
	cuts := map[int]bool{p.Start: true, p.End: true}
	add := func(s span) {
		for _, x := range []int{s.start, s.end} {
			if x > p.Start && x < p.End {
				cuts[x] = true
			}
		}
	}
	for _, ind := range r.inds {
		add(span{ind.Start, ind.End})
	}
	fs, fe := r.focusSpan()
	add(span{fs, fe})
	for _, h := range r.hits {
		add(h)
	}
	points := make([]int, 0, len(cuts))
	for x := range cuts {
		points = append(points, x)
	}
	sort.Ints(points)
	runs := make([]flowRun, 0, len(points))
	for i := 0; i+1 < len(points); i++ {
		s, e := points[i], min(points[i+1], len(text))
		if s >= e {
			continue
		}
		run := r.styleAt(s, base, fs, fe)
		run.Text = string(text[s:e])
		runs = append(runs, run)
	}
	return runs
}

func (r *Reader) focusSpan() (int, int) {
	if r.focus < 0 || r.focus >= len(r.inds) {
		return -1, -1
	}
	ind := r.inds[r.focus]
	start := sentenceStart(r.article.Text, ind)
	return start, start + len([]rune(ind.Sentence))
}

// sentenceStart finds the rune offset of ind's sentence in text: the
// occurrence of the sentence nearest before the figure.
func sentenceStart(text string, ind data.Indicator) int {
	rt, sent := []rune(text), []rune(ind.Sentence)
	for s := min(ind.Start, len(rt)-len(sent)); s >= 0; s-- {
		if string(rt[s:s+len(sent)]) == ind.Sentence {
			return s
		}
	}
	return ind.Start
}

// styleAt is the style of the text from rune pos: figures bold in the
// primary colour and kept on one row, the focus sentence in the warning
// colour (its figure in the error colour), search hits marked.
func (r *Reader) styleAt(pos int, base flowRun, fs, fe int) flowRun {
	st := base
	if pos >= fs && pos < fe {
		st.Color = theme.ColorNameWarning
	}
	for _, ind := range r.inds {
		if pos >= ind.Start && pos < ind.End {
			st.Color, st.Style.Bold, st.Keep = theme.ColorNamePrimary, true, true
			if pos >= fs && pos < fe {
				st.Color = theme.ColorNameError
			}
			break
		}
	}
	for _, h := range r.hits {
		if pos >= h.start && pos < h.end {
			st.Mark = true
			break
		}
	}
	return st
}

// scrollTo scrolls so that the row holding rune offset pos is in view: not
// at all when it is in the top two thirds of the article's first screen,
// else the top of its paragraph when the row is near it, else the row a
// third of the way down. Without a size yet (a hidden tab), it waits.
func (r *Reader) scrollTo(pos int) {
	w := r.scroll.Size()
	if w.Width <= 0 || w.Height <= 0 {
		r.pending = pos
		return
	}
	r.pending = -1
	r.settle(w.Width)
	for i, p := range r.article.Paragraphs {
		if pos < p.Start || pos >= p.End || i >= len(r.paras.Objects) {
			continue
		}
		f := r.paras.Objects[i].(*flowText)
		top := r.paras.Position().Y + f.Position().Y
		row := top + f.RowY(pos-p.Start)
		y := max(top, row-w.Height/3) - theme.Padding()
		if row < w.Height*2/3 { // in view at the top, with the title
			y = 0
		}
		y = min(y, r.content.Size().Height-w.Height)
		r.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y)))
		return
	}
}

// settle lays the text out at width now, as it will be drawn: a wrapped
// paragraph's height depends on its width, and a VBox reads its children's
// heights before giving them their width.
func (r *Reader) settle(width float32) {
	r.header.Resize(fyne.NewSize(width, r.header.Size().Height))
	for _, o := range r.paras.Objects {
		f := o.(*flowText)
		f.Resize(fyne.NewSize(width, f.heightFor(width)))
	}
	size := r.content.MinSize().Max(r.scroll.Size())
	r.content.Resize(size)
	r.content.Layout.Layout(r.content.Objects, size)
	r.paras.Layout.Layout(r.paras.Objects, r.paras.Size())
}

// Resize lays the reader out and makes a scroll that waited for a size.
func (r *Reader) Resize(size fyne.Size) {
	r.BaseWidget.Resize(size)
	if r.pending >= 0 && r.article != nil {
		r.scrollTo(r.pending)
	}
}

func (r *Reader) sideLength() int { return len(r.inds) }

func (r *Reader) sideUpdate(id widget.ListItemID, o fyne.CanvasObject) {
	ind := r.inds[id]
	name := ind.Metric
	if ind.Indicator != "" && ind.Indicator != ind.Metric {
		name = ind.Indicator + "·" + ind.Metric
	}
	o.(*widget.Label).SetText(fmt.Sprintf("%s  %s  %s", ind.Raw, name, ind.Region))
}

// CreateRenderer implements fyne.Widget.
func (r *Reader) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.split)
}
