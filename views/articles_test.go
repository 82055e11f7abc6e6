package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

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
	if got := shownText(l); strings.Contains(got, "没有文章") {
		t.Errorf("unfiltered list shows a no-match message:\n%s", got)
	}
	l.SetFilter(func(*data.Article) bool { return false }, "火星 · 崂山区")
	if got := shownText(l); !strings.Contains(got, "没有文章符合“火星 · 崂山区”") {
		t.Errorf("a filter matching nothing shows:\n%s", got)
	}
	l.SetFilter(func(a *data.Article) bool { return strings.Contains(a.Title, "崂山") }, "崂山")
	if got := shownText(l); strings.Contains(got, "没有文章") || !strings.Contains(got, "崂山区加速") {
		t.Errorf("a filter matching one article shows:\n%s", got)
	}
}
