package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
)

// shownText is every piece of text drawn under o, one per line.
func shownText(o fyne.CanvasObject) string {
	var sb strings.Builder
	for _, d := range drawnTexts(o) {
		sb.WriteString(d.text.Text + "\n")
	}
	return sb.String()
}

// TestArticleFilterWithNoMatchSaysSo: a filter that hides every article
// shows a message naming it instead of an empty list.
func TestArticleFilterWithNoMatchSaysSo(t *testing.T) {
	cjkTestApp(t)
	arts := []*data.Article{{Title: "即墨区提前半年完成就业创业全年任务"}, {Title: "崂山区加速工程建设审批"}}
	l := NewArticleList(nil)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(400, 500))
	l.SetArticles(arts, nil)
	top, base := titleY(t, l, "崂山区加速"), listTop(t, l)
	if got := shownText(l); strings.Contains(got, "没有文章") {
		t.Errorf("unfiltered list shows a no-match message:\n%s", got)
	}
	l.SetFilter(func(*data.Article) bool { return false }, "火星 · 崂山区")
	if got := shownText(l); !strings.Contains(got, "没有文章符合“火星 · 崂山区”") {
		t.Errorf("a filter matching nothing shows:\n%s", got)
	}
	checkMessageAbove(t, l, "没有文章符合", base)
	l.SetFilter(func(a *data.Article) bool { return strings.Contains(a.Title, "崂山") }, "崂山")
	if got := shownText(l); strings.Contains(got, "没有文章") || !strings.Contains(got, "崂山区加速") {
		t.Errorf("a filter matching one article shows:\n%s", got)
	}
	if y := titleY(t, l, "崂山区加速"); y >= top {
		t.Errorf("the only article listed is drawn at y=%.0f, below the top (%.0f of the second row before): the message left a gap", y, top)
	}
	checkMessageAbove(t, l, "没有文章符合", base)
}

// checkMessageAbove: when the no-match message starting with msg is drawn,
// the list or table under o starts below it; when it is not, where it
// started before any filter (base).
func checkMessageAbove(t *testing.T, o fyne.CanvasObject, msg string, base float32) {
	t.Helper()
	msgBottom, top := float32(-1), listTop(t, o)
	walkDrawn(o, func(obj fyne.CanvasObject, p fyne.Position) {
		if x, ok := obj.(*canvas.Text); ok && strings.HasPrefix(x.Text, msg) {
			msgBottom = p.Y + x.Size().Height
		}
	})
	if msgBottom >= 0 && top < msgBottom {
		t.Errorf("the message ends at y=%.0f but the list starts at %.0f, under it", msgBottom, top)
	}
	if msgBottom < 0 && top != base {
		t.Errorf("the message is hidden but the list starts at y=%.0f, not %.0f", top, base)
	}
}

// listTop is where the first list or table under o is drawn.
func listTop(t *testing.T, o fyne.CanvasObject) float32 {
	t.Helper()
	top := float32(-1)
	walkDrawn(o, func(obj fyne.CanvasObject, p fyne.Position) {
		switch obj.(type) {
		case *widget.List, *widget.Table:
			if top < 0 {
				top = p.Y
			}
		}
	})
	if top < 0 {
		t.Fatal("no list or table drawn")
	}
	return top
}

// titleY is where the article titled title is drawn.
func titleY(t *testing.T, o fyne.CanvasObject, title string) float32 {
	t.Helper()
	for _, d := range drawnTexts(o) {
		if strings.HasPrefix(d.text.Text, title) {
			return d.pos.Y
		}
	}
	t.Fatalf("%s not drawn", title)
	return 0
}

// TestArticleListShowsFileType: an article from a web page, Word file, PDF
// or spreadsheet says its type; plain text says nothing.
func TestArticleListShowsFileType(t *testing.T) {
	cjkTestApp(t)
	arts := []*data.Article{{Title: "网页文章", File: "a.html", Source: "甲"}, {Title: "文本文章", File: "b.txt", Source: "乙"},
		{Title: "表格", File: "c.xlsx", Source: "丙"}}
	l := NewArticleList(nil)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(500, 500))
	l.SetArticles(arts, nil)
	got := shownText(l)
	for _, want := range []string{"HTML · 甲", "XLSX · 丙"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "TXT") {
		t.Errorf("plain text labelled:\n%s", got)
	}
}

// TestFilterBarSetChoicesQuiet: setting a new corpus's choices resets the
// selects without calling back (the caller lists the new articles once);
// choosing afterwards calls back with the choice.
func TestFilterBarSetChoicesQuiet(t *testing.T) {
	test.NewTempApp(t)
	var calls []string
	f := NewFilterBar(func(query, region, theme string) { calls = append(calls, region+"|"+theme) })
	f.SetChoices([]string{"即墨区", "崂山区"}, []string{"稳就业"})
	if len(calls) != 0 {
		t.Fatalf("SetChoices called back %v, want no call", calls)
	}
	f.SetRegion("崂山区")
	if len(calls) != 1 || calls[0] != "崂山区|" {
		t.Errorf("after choosing 崂山区: calls %v, want [崂山区|]", calls)
	}
	f.SetChoices([]string{"即墨区"}, nil)
	if len(calls) != 1 {
		t.Errorf("second SetChoices called back: %v", calls)
	}
}
