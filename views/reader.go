package views

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
)

// Reader shows one article, paragraph by paragraph, with every extracted
// indicator marked in the text and listed beside it. Choosing an indicator
// in the side list scrolls to its sentence and highlights it.
type Reader struct {
	widget.BaseWidget

	article *data.Article
	inds    []data.Indicator
	focus   int // index into inds of the highlighted indicator, -1 for none

	header *widget.RichText
	paras  *fyne.Container
	scroll *container.Scroll
	side   *widget.List
	split  *container.Split
}

var _ fyne.Widget = (*Reader)(nil)

// NewReader returns an empty reader.
func NewReader() *Reader {
	r := &Reader{focus: -1}
	r.header = widget.NewRichTextWithText(lang.L("请选择左侧的文章"))
	r.header.Wrapping = fyne.TextWrapWord
	r.paras = container.NewVBox()
	r.scroll = container.NewVScroll(container.NewVBox(r.header, widget.NewSeparator(), r.paras))
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

// SetArticle shows a with its indicators (those whose Article is a).
func (r *Reader) SetArticle(a *data.Article, inds []data.Indicator) {
	r.article = a
	r.inds = append(r.inds[:0:0], inds...)
	sort.SliceStable(r.inds, func(i, j int) bool { return r.inds[i].Start < r.inds[j].Start })
	r.focus = -1
	r.side.UnselectAll()
	r.rebuild()
	r.scroll.ScrollToTop()
	r.side.Refresh()
}

// ShowIndicator shows ind's article (if it differs) and highlights ind.
func (r *Reader) ShowIndicator(ind data.Indicator, articleInds []data.Indicator) {
	if r.article != ind.Article {
		r.SetArticle(ind.Article, articleInds)
	}
	for i, x := range r.inds {
		if x.Start == ind.Start && x.End == ind.End {
			r.side.Select(i)
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
	r.focus = i
	r.rebuild()
	r.scrollTo(r.inds[i].Start)
}

func (r *Reader) rebuild() {
	a := r.article
	if a == nil {
		return
	}
	r.header.Segments = headerSegments(a, len(r.inds))
	r.header.Refresh()
	objs := make([]fyne.CanvasObject, 0, len(a.Paragraphs))
	text := []rune(a.Text)
	for _, p := range a.Paragraphs {
		objs = append(objs, r.paragraph(text, p))
	}
	r.paras.Objects = objs
	r.paras.Refresh()
}

func headerSegments(a *data.Article, indicators int) []widget.RichTextSegment {
	meta := articleMeta(a, indicators)
	if len(a.Authors) > 0 {
		meta += lang.L(" · 作者 ") + fmt.Sprint(a.Authors)
	}
	muted := widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: a.Title, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: a.File + " · " + meta, Style: muted},
	}
	if len(a.Keywords) > 0 {
		segs = append(segs, &widget.TextSegment{Text: lang.L("关键词") + "：" + strings.Join(firstN(a.Keywords, 10), "、"), Style: muted})
	}
	return segs
}

// paragraph renders one paragraph with its indicators marked.
func (r *Reader) paragraph(text []rune, p data.Paragraph) fyne.CanvasObject {
	base := widget.RichTextStyleInline
	switch {
	case p.Heading:
		base = widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}
	case p.Caption:
		base = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Italic: true}}
	}
	rt := widget.NewRichText(r.segments(text, p, base)...)
	rt.Wrapping = fyne.TextWrapBreak
	return rt
}

// segments splits a paragraph at indicator and focus-sentence boundaries.
func (r *Reader) segments(text []rune, p data.Paragraph, base widget.RichTextStyle) []widget.RichTextSegment {
	cuts := map[int]bool{p.Start: true, p.End: true}
	add := func(x int) {
		if x > p.Start && x < p.End {
			cuts[x] = true
		}
	}
	for _, ind := range r.inds {
		add(ind.Start)
		add(ind.End)
	}
	fs, fe := r.focusSpan()
	add(fs)
	add(fe)
	points := make([]int, 0, len(cuts))
	for x := range cuts {
		points = append(points, x)
	}
	sort.Ints(points)
	segs := make([]widget.RichTextSegment, 0, len(points))
	for i := 0; i+1 < len(points); i++ {
		s, e := points[i], points[i+1]
		if s >= len(text) || s >= e {
			continue
		}
		t := string(text[s:min(e, len(text))])
		if len(segs) > 0 {
			// Fyne 2.7.1 wraps a segment one character per row when it
			// starts with less than a character's width left on the line
			// (fixed upstream in fyne-io/fyne#6200). A zero-width space
			// always fits there, after which the segment wraps normally.
			t = zeroWidthSpace + t
		}
		segs = append(segs, &widget.TextSegment{Text: t, Style: r.styleAt(s, base, fs, fe)})
	}
	return segs
}

func (r *Reader) focusSpan() (int, int) {
	if r.focus < 0 || r.focus >= len(r.inds) {
		return -1, -1
	}
	ind := r.inds[r.focus]
	start := sentenceStart(r.article.Text, ind)
	return start, start + len([]rune(ind.Sentence))
}

// zeroWidthSpace has a zero-advance glyph in the bundled font.
const zeroWidthSpace = "\u200b"

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

func (r *Reader) styleAt(pos int, base widget.RichTextStyle, fs, fe int) widget.RichTextStyle {
	st := base
	if pos >= fs && pos < fe {
		st.ColorName = theme.ColorNameWarning
	}
	for _, ind := range r.inds {
		if pos >= ind.Start && pos < ind.End {
			st.ColorName = theme.ColorNamePrimary
			st.TextStyle.Bold = true
			if pos >= fs && pos < fe {
				st.ColorName = theme.ColorNameError
			}
			break
		}
	}
	return st
}

// scrollTo scrolls so that the paragraph holding rune offset pos is on top.
func (r *Reader) scrollTo(pos int) {
	for i, p := range r.article.Paragraphs {
		if pos >= p.Start && pos < p.End && i < len(r.paras.Objects) {
			y := r.paras.Position().Y + r.paras.Objects[i].Position().Y
			r.scroll.Offset = fyne.NewPos(0, max(0, y-theme.Padding()*4))
			r.scroll.Refresh()
			return
		}
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
