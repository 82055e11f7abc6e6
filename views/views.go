// Package views holds the dashboard's view modules, one file per view. Each
// constructor takes its dependencies explicitly; views never load data
// themselves, the app package hands them what they show.
package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
)

// articleMeta is the one-line description of an article shown under its title.
func articleMeta(a *data.Article, indicators int) string {
	parts := make([]string, 0, 5)
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	if a.Date != "" {
		d := a.Date
		if a.DateInferred {
			d += lang.L("(推断)")
		}
		parts = append(parts, d)
	}
	if len(a.Regions) > 0 {
		parts = append(parts, strings.Join(firstN(a.Regions, 3), lang.L("、")))
	}
	parts = append(parts, fmt.Sprintf(lang.N("%d 项指标", indicators), indicators))
	return strings.Join(parts, " · ")
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func itoa(n int) string { return fmt.Sprint(n) }

// themeIsDark reports whether the current theme draws a dark background
// (whatever variant the system asks for: the user can force light or dark).
func themeIsDark() bool {
	r, g, b, _ := theme.Color(theme.ColorNameBackground).RGBA()
	return r+g+b < 3*0x8000
}

// newListLabel is the one-line, ellipsised label used as a list row.
func newListLabel() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// newEmptyLabel is the message shown in place of a list or table that a
// filter left empty.
func newEmptyLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Alignment = fyne.TextAlignCenter
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.MediumImportance
	l.Hide()
	return l
}

// showEmpty shows l with format (a translated "nothing matches %s"
// message) applied to what, or hides it, and lays out box, the container
// holding l, again: a container does not move its other objects by itself
// when one is shown or hidden.
func showEmpty(l *widget.Label, box *fyne.Container, show bool, format, what string) {
	was := l.Visible()
	if show {
		l.SetText(fmt.Sprintf(format, what))
		l.Show()
	} else {
		l.Hide()
	}
	if was != show {
		box.Refresh()
	}
}

// relayout lays box out again after the minimum size of one of its objects
// changed (a label's new text): a container does not do it by itself.
func relayout(box *fyne.Container) {
	if box.Layout != nil {
		box.Layout.Layout(box.Objects, box.Size())
	}
}

// newTipBox is a tooltip: label on the theme's overlay background with a
// border.
func newTipBox(label *widget.Label) *fyne.Container {
	bg := canvas.NewRectangle(nil)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	box := container.NewStack(bg, label)
	themeTip(box)
	return box
}

// themeTip paints a tooltip's background in the theme in use: it is called
// each time the tooltip shows, since the theme may have changed since the
// box was made (after 视图 → 浅色主题 the tooltips kept the dark
// background under light-theme text).
func themeTip(box *fyne.Container) {
	bg := box.Objects[0].(*canvas.Rectangle)
	fill, stroke := theme.Color(theme.ColorNameOverlayBackground), theme.Color(theme.ColorNameInputBorder)
	if bg.FillColor != fill || bg.StrokeColor != stroke {
		bg.FillColor, bg.StrokeColor = fill, stroke
		bg.Refresh()
	}
}
