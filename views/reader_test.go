package views

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"zhibiao/assets"
	"zhibiao/data"
	"zhibiao/data/corpus"
)

// articleWithMost returns the seed article with the most indicators and
// those indicators.
func articleWithMost(c *corpus.Corpus) (*data.Article, []data.Indicator) {
	by := map[*data.Article][]data.Indicator{}
	var best *data.Article
	for _, ind := range c.Indicators {
		by[ind.Article] = append(by[ind.Article], ind)
		if best == nil || len(by[ind.Article]) > len(by[best]) {
			best = ind.Article
		}
	}
	return best, by[best]
}

// drawn is a piece of text as drawn, with its position in the window.
type drawn struct {
	text  *canvas.Text
	pos   fyne.Position
	shown bool // inside the clip of every scroller above it
}

// drawnMarks returns the window rectangles of every canvas.Rectangle
// drawn under o in colour c.
func drawnMarks(o fyne.CanvasObject, c color.Color) []fyne.Position {
	var out []fyne.Position
	walkDrawn(o, func(obj fyne.CanvasObject, p fyne.Position) {
		if r, ok := obj.(*canvas.Rectangle); ok && r.FillColor == c {
			out = append(out, p)
		}
	})
	return out
}

// walkDrawn calls fn with every visible object under o and its window
// position.
func walkDrawn(o fyne.CanvasObject, fn func(fyne.CanvasObject, fyne.Position)) {
	var walk func(o fyne.CanvasObject, parent fyne.Position)
	walk = func(o fyne.CanvasObject, parent fyne.Position) {
		if !o.Visible() {
			return
		}
		p := parent.Add(o.Position())
		fn(o, p)
		switch x := o.(type) {
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k, p)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(x).Objects() {
				walk(k, p)
			}
		}
	}
	walk(o, fyne.Position{})
}

// drawnTexts walks o's visible tree the way the painter does and returns
// every canvas.Text with its window position, whatever widgets draw them.
func drawnTexts(o fyne.CanvasObject) []drawn {
	var out []drawn
	var walk func(o fyne.CanvasObject, parent fyne.Position, clipTop, clipBottom float32)
	walk = func(o fyne.CanvasObject, parent fyne.Position, clipTop, clipBottom float32) {
		if !o.Visible() {
			return
		}
		p := parent.Add(o.Position())
		var kids []fyne.CanvasObject
		switch x := o.(type) {
		case *canvas.Text:
			out = append(out, drawn{x, p, p.Y >= clipTop && p.Y+x.Size().Height <= clipBottom})
			return
		case *fyne.Container:
			kids = x.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(x).Objects()
			if _, ok := x.(fyne.Scrollable); ok {
				clipTop, clipBottom = max(clipTop, p.Y), min(clipBottom, p.Y+x.Size().Height)
			}
		}
		for _, k := range kids {
			walk(k, p, clipTop, clipBottom)
		}
	}
	walk(o, fyne.Position{}, -1e9, 1e9)
	return out
}

var focusColours = []color.Color{theme.Color(theme.ColorNameWarning), theme.Color(theme.ColorNameError)}

func isFocusColour(c color.Color) bool { return c == focusColours[0] || c == focusColours[1] }

// checkFocusShown: the first piece of the highlighted sentence is drawn
// inside the reader's visible area.
func checkFocusShown(t *testing.T, r *Reader, what string) {
	t.Helper()
	for _, d := range drawnTexts(r) {
		if isFocusColour(d.text.Color) && strings.Trim(d.text.Text, zwsp) != "" {
			if !d.shown {
				t.Errorf("%s: the highlighted sentence (%q at y=%.0f) is outside the visible text", what, d.text.Text, d.pos.Y)
			}
			return
		}
	}
	t.Errorf("%s: no highlighted sentence drawn", what)
}

// TestOpeningASentenceScrollsItIntoView: opening the reader on a figure far
// down an article (a source sentence under a bar, a figure low in the side
// list) shows its sentence inside the visible part of the text, at the
// window sizes users have.
func TestOpeningASentenceScrollsItIntoView(t *testing.T) {
	cjkTestApp(t)
	c := seedCorpus(t)
	_, inds := articleWithMost(c)
	other := c.Articles[len(c.Articles)-1]
	for _, size := range []fyne.Size{{Width: 700, Height: 560}, {Width: 1100, Height: 860}} {
		r := NewReader()
		w := test.NewTempWindow(t, r)
		w.Resize(size)
		for _, k := range []int{len(inds) - 1, len(inds) * 2 / 3, len(inds) / 3} {
			r.SetArticle(other, nil)
			r.ShowIndicator(inds[k], inds) // a new article, as from a chart
			checkFocusShown(t, r, size2s(size)+" open "+inds[k].Raw)
			k2 := (k + 7) % len(inds)
			r.Highlight(k2) // the same article, from the side list
			checkFocusShown(t, r, size2s(size)+" side list "+r.Indicators()[k2].Raw)
		}
	}
}

func size2s(s fyne.Size) string { return itoa(int(s.Width)) + "x" + itoa(int(s.Height)) }

// TestFiguresDoNotBreakAcrossLines: at any width, each figure of the
// article is drawn in one piece (4437亿元, not 44 / 37亿元).
func TestFiguresDoNotBreakAcrossLines(t *testing.T) {
	cjkTestApp(t)
	c := seedCorpus(t)
	a, inds := articleWithMost(c)
	text := []rune(a.Text)
	r := NewReader()
	w := test.NewTempWindow(t, r)
	r.SetArticle(a, inds)
	for width := float32(560); width <= 1200; width += 160 {
		w.Resize(fyne.NewSize(width, 700))
		var whole strings.Builder
		for _, d := range drawnTexts(r.scroll) {
			whole.WriteString(strings.ReplaceAll(d.text.Text, zwsp, "") + "\n")
		}
		rows := whole.String()
		for _, ind := range inds {
			fig := string(text[ind.Start:ind.End])
			if !strings.Contains(rows, fig) {
				t.Errorf("width %.0f: figure %q is split across lines", width, fig)
			}
		}
	}
}

// cjkTestApp is a test app drawing with the bundled font, as the real app
// does (the test theme falls back to system fonts for Chinese).
func cjkTestApp(t testing.TB) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(cjkTestTheme{Theme: test.Theme(), font: fyne.NewStaticResource(assets.FontFileName, assets.FontRegular)})
	return a
}

type cjkTestTheme struct {
	fyne.Theme
	font fyne.Resource
}

func (c cjkTestTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return c.Theme.Font(s)
	}
	return c.font
}

// zwsp is the zero-width space Fyne 2.7.1's RichText needed before segments.
const zwsp = "\u200b"

// TestSearchWordsMarkedInReader: the words typed in the article search are
// drawn on a marker wherever they occur in the article, and the reader
// opens at the first of them.
func TestSearchWordsMarkedInReader(t *testing.T) {
	cjkTestApp(t)
	c := seedCorpus(t)
	a, inds := articleWithMost(c)
	r := NewReader()
	w := test.NewTempWindow(t, r)
	w.Resize(fyne.NewSize(900, 600))
	const word = "项目"
	want := strings.Count(a.Text, word)
	if want < 2 {
		t.Fatalf("the test article has %q %d times", word, want)
	}
	r.SetSearch([]string{word})
	r.SetArticle(a, inds)
	marker := markColor(fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant())
	marks := map[fyne.Position]bool{}
	for _, p := range drawnMarks(r.scroll, marker) {
		marks[p] = true
	}
	found, marked := 0, 0
	for _, d := range drawnTexts(r.scroll) {
		if strings.Trim(d.text.Text, zwsp) != word {
			continue
		}
		if found == 0 && !d.shown {
			t.Errorf("the first %q (y=%.0f) is not in view", word, d.pos.Y)
		}
		found++
		if marks[d.pos] {
			marked++
		}
	}
	if found != want || marked != want {
		t.Errorf("%q occurs %d times; drawn apart %d times, marked %d times", word, want, found, marked)
	}
	late := wordOnlyNear(a, a.Paragraphs[len(a.Paragraphs)-1])
	r.SetSearch([]string{late})
	r.SetArticle(c.Articles[0], nil)
	r.SetArticle(a, inds)
	for _, d := range drawnTexts(r.scroll) {
		if strings.Trim(d.text.Text, zwsp) == late {
			if !d.shown {
				t.Errorf("%q, found only at the end, is not in view (y=%.0f)", late, d.pos.Y)
			}
			break
		}
	}
	r.SetSearch(nil)
	if n := len(drawnMarks(r.scroll, marker)); n != 0 {
		t.Errorf("clearing the search leaves %d marks", n)
	}
}

// wordOnlyNear returns two characters of p that occur nowhere in a's text
// before p.
func wordOnlyNear(a *data.Article, p data.Paragraph) string {
	text := []rune(a.Text)
	before := string(text[:p.Start])
	for i := p.Start; i+2 <= p.End; i++ {
		w := string(text[i : i+2])
		if !strings.Contains(before, w) && !strings.ContainsAny(w, "0123456789.,，。、“”") {
			return w
		}
	}
	return string(text[p.Start : p.Start+2])
}

// TestReaderGolden: a short article with a heading, figures, a highlighted
// sentence and a search hit, drawn with the bundled font. The golden shows
// each figure in one piece (23.86万户 moves whole to the next row), the focus
// sentence in the warning colour with its figure in the error colour, and
// the marker behind the search word.
func TestReaderGolden(t *testing.T) {
	cjkTestApp(t)
	w := goldenReader(t)
	test.AssertRendersToMarkup(t, "reader/figures_focus_search.xml", w.Canvas())
}

// goldenReader shows the reader of TestReaderGolden in a 640×360 window.
func goldenReader(t *testing.T) fyne.Window {
	t.Helper()
	text := "稳住市场主体\n" +
		"上半年，即墨区新登记各类市场主体2.9万户，总数达到23.86万户，注册资本达到4437亿元，展现出蓬勃的发展活力。" +
		"全区固定资产投资同比增长7.4%，高于全市增速6.6个百分点。"
	a := &data.Article{Title: "即墨区市场主体稳存量扩增量", File: "jimo.txt", Source: "齐鲁人才", Date: "2020-07-23", Text: text}
	runes := []rune(text)
	head := len([]rune("稳住市场主体"))
	a.Paragraphs = []data.Paragraph{{Start: 0, End: head, Heading: true}, {Start: head + 1, End: len(runes)}}
	var inds []data.Indicator
	for _, raw := range []string{"2.9万户", "23.86万户", "4437亿元", "7.4%", "6.6个百分点"} {
		start := len([]rune(text[:strings.Index(text, raw)]))
		sentEnd := strings.Index(text[strings.Index(text, raw):], "。") + strings.Index(text, raw) + len("。")
		sentStart := strings.LastIndex(text[:strings.Index(text, raw)], "。") + len("。")
		if sentStart < len("稳住市场主体\n") {
			sentStart = len("稳住市场主体\n")
		}
		inds = append(inds, data.Indicator{Raw: raw, Start: start, End: start + len([]rune(raw)), Region: "即墨区", Metric: "市场主体",
			Sentence: text[sentStart:sentEnd], Article: a})
	}
	r := NewReader()
	w := test.NewTempWindow(t, r)
	w.Resize(fyne.NewSize(640, 360))
	r.SetSearch([]string{"投资"})
	r.SetArticle(a, inds)
	r.Highlight(3)
	return w
}

// TestReaderHeaderListsAuthorsAndKeywords: the header names the authors
// and keywords as a list ("张三、李四"), not as a Go slice ("[张三 李四]"),
// with the separator and label of the interface language.
func TestReaderHeaderListsAuthorsAndKeywords(t *testing.T) {
	test.NewTempApp(t)
	a := &data.Article{Title: "t", File: "a.txt", Authors: []string{"张三", "李四"}, Keywords: []string{"就业", "投资"}}
	var text []string
	for _, s := range headerSegments(a, 2) {
		text = append(text, s.Textual())
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{"作者 张三、李四", "关键词：就业、投资"} {
		if !strings.Contains(all, want) {
			t.Errorf("header %q lacks %q", all, want)
		}
	}
	if strings.Contains(all, "[") {
		t.Errorf("header %q shows a Go slice", all)
	}
}
