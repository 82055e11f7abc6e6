package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
	"zhibiao/data/load"
)

// ArticleList shows the corpus's stories: title, source, date, regions,
// indicator count and data-quality badges. Selecting one calls OnSelected.
type ArticleList struct {
	widget.BaseWidget

	OnSelected func(a *data.Article)

	all      []*data.Article
	shown    []*data.Article
	counts   map[*data.Article]int
	filter   func(*data.Article) bool
	what     string // the filter in words, for the no-match message
	list     *widget.List
	empty    *widget.Label // shown instead of an empty filtered list
	body     *fyne.Container
	selected int
}

var _ fyne.Widget = (*ArticleList)(nil)

// NewArticleList returns an empty article list.
func NewArticleList(onSelected func(a *data.Article)) *ArticleList {
	l := &ArticleList{OnSelected: onSelected, selected: -1}
	l.list = widget.NewList(l.length, l.createItem, l.updateItem)
	l.list.OnSelected = l.onSelected
	l.empty = newEmptyLabel()
	l.body = container.NewBorder(l.empty, nil, nil, nil, l.list)
	l.ExtendBaseWidget(l)
	return l
}

// SetArticles replaces the list's content; counts gives the number of
// indicators per article.
func (l *ArticleList) SetArticles(arts []*data.Article, counts map[*data.Article]int) {
	l.all, l.counts = arts, counts
	l.applyFilter()
}

// SetArticlesFiltered replaces the list's content and its filter at once,
// in one pass over the articles (keep and what as for SetFilter).
func (l *ArticleList) SetArticlesFiltered(arts []*data.Article, counts map[*data.Article]int, keep func(*data.Article) bool, what string) {
	l.all, l.counts, l.filter, l.what = arts, counts, keep, what
	l.applyFilter()
}

// SetFilter shows only the articles for which keep returns true (nil: all);
// what describes the filter in the message shown when nothing matches.
func (l *ArticleList) SetFilter(keep func(*data.Article) bool, what string) {
	l.filter, l.what = keep, what
	l.applyFilter()
}

// Shown returns the articles currently listed, in order.
func (l *ArticleList) Shown() []*data.Article { return l.shown }

// Select selects the i-th shown article.
func (l *ArticleList) Select(i int) { l.list.Select(i) }

// SelectArticle selects a, clearing the filter if it hides a.
func (l *ArticleList) SelectArticle(a *data.Article) {
	for i, s := range l.shown {
		if s == a {
			l.list.Select(i)
			l.list.ScrollTo(i)
			return
		}
	}
	if l.filter != nil {
		l.SetFilter(nil, "")
		l.SelectArticle(a)
	}
}

func (l *ArticleList) applyFilter() {
	l.shown = l.shown[:0:0]
	for _, a := range l.all {
		if l.filter == nil || l.filter(a) {
			l.shown = append(l.shown, a)
		}
	}
	l.list.UnselectAll()
	l.list.Refresh()
	showEmpty(l.empty, l.body, len(l.shown) == 0 && l.filter != nil, lang.L("没有文章符合“%s”"), l.what)
}

func (l *ArticleList) length() int { return len(l.shown) }

func (l *ArticleList) createItem() fyne.CanvasObject {
	title := widget.NewLabel(lang.L("标题"))
	title.Truncation = fyne.TextTruncateEllipsis
	title.TextStyle.Bold = true
	meta := widget.NewLabel(lang.L("来源"))
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.SizeName = theme.SizeNameCaptionText
	badge := widget.NewLabel("")
	badge.Importance = widget.DangerImportance
	return container.NewVBox(title, container.NewBorder(nil, nil, nil, badge, meta))
}

func (l *ArticleList) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	a := l.shown[id]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(a.Title)
	row := box.Objects[1].(*fyne.Container)
	meta := articleMeta(a, l.counts[a])
	if k := load.FileKind(a.File); k != "TXT" && k != "MD" && k != "" {
		meta = k + " · " + meta // the file's type, for files that are not plain text
	}
	row.Objects[0].(*widget.Label).SetText(meta)
	badge := row.Objects[1].(*widget.Label)
	if b := qualityBadges(a.Quality); b != badge.Text {
		badge.SetText(b)
		relayout(row) // the badge's width changed: it was drawn 0 wide, one character a row
	}
}

// qualityBadges are an article's data-quality marks in the interface
// language.
func qualityBadges(marks []string) string {
	out := make([]string, len(marks))
	for i, m := range marks {
		switch m {
		case load.QualityMissingDigits:
			out[i] = lang.L("数字缺失")
		default:
			out[i] = m
		}
	}
	return strings.Join(out, " ")
}

func (l *ArticleList) onSelected(id widget.ListItemID) {
	l.selected = id
	if l.OnSelected != nil && id >= 0 && id < len(l.shown) {
		l.OnSelected(l.shown[id])
	}
}

// CreateRenderer implements fyne.Widget.
func (l *ArticleList) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.body)
}
