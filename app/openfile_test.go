package app

import (
	"slices"
	"testing"
	"zhibiao/data/load"

	"fyne.io/fyne/v2/test"
)

// TestOpenFileMenu: 文件 → 打开文件… opens a file dialog (its filter lists
// load.ArticleExtensions, every format the loader reads).
func TestOpenFileMenu(t *testing.T) {
	ui := newTestUI(test.NewTempApp(t), Options{})
	file := ui.win.MainMenu().Items[0]
	var found bool
	for _, it := range file.Items {
		if it.Label == "打开文件…" {
			found = true
			it.Action()
		}
	}
	if !found {
		t.Fatal("no 打开文件… in the file menu")
	}
	if ui.win.Canvas().Overlays().Top() == nil {
		t.Error("打开文件… showed no dialog")
	}
	for _, ext := range []string{".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".xlsx", ".csv"} {
		if !slices.Contains(load.ArticleExtensions(), ext) {
			t.Errorf("%s not offered", ext)
		}
	}
}
