package app

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// findButton returns the first visible button under o whose text starts
// with prefix.
func findButton(o fyne.CanvasObject, prefix string) *widget.Button {
	if o == nil || !o.Visible() {
		return nil
	}
	if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, prefix) {
		return b
	}
	var kids []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		kids = x.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(x).Objects()
	}
	for _, k := range kids {
		if b := findButton(k, prefix); b != nil {
			return b
		}
	}
	return nil
}

// tapDialogButton taps the button starting with prefix in the top dialog.
func tapDialogButton(t *testing.T, ui *UI, prefix string) bool {
	t.Helper()
	b := findButton(ui.win.Canvas().Overlays().Top(), prefix)
	if b == nil {
		return false
	}
	test.Tap(b)
	return true
}

func csvRecords(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return len(recs) - 1 // the header
}

// TestCSVExportsAllUnlessAskedForTheFilter: with the indicator table
// filtered on another tab, 导出指标 CSV asks which rows to export; 全部
// writes every indicator, 筛选 the rows shown, and the status says which.
func TestCSVExportsAllUnlessAskedForTheFilter(t *testing.T) {
	ui := loaded(t)
	ui.win.Resize(fyne.NewSize(1000, 700))
	dir := t.TempDir()
	ui.app.Preferences().SetString(prefExportFolder, dir)
	total := len(ui.Corpus().Indicators)
	ui.table.SetQuery("就业")
	shown := len(ui.table.Rows())
	if shown == 0 || shown == total {
		t.Fatalf("filter 就业 shows %d of %d", shown, total)
	}
	ui.showTab(tabArticles)

	ui.exportCSV()
	if !tapDialogButton(t, ui, "全部") {
		t.Error("a filtered table does not ask whether to export all indicators")
	}
	if !tapDialogButton(t, ui, "保存") {
		t.Fatal("no save dialog")
	}
	if n := csvRecords(t, filepath.Join(dir, "指标.csv")); n != total {
		t.Errorf("exported %d indicators, want all %d", n, total)
	}

	ui.exportCSV()
	if !tapDialogButton(t, ui, "筛选") {
		t.Fatal("no choice to export the filtered rows")
	}
	if !tapDialogButton(t, ui, "保存") {
		t.Fatal("no save dialog")
	}
	path := filepath.Join(dir, "指标_就业.csv")
	if n := csvRecords(t, path); n != shown {
		t.Errorf("exported %d filtered indicators, want %d", n, shown)
	}
	status := ui.status.Text
	if want := fmt.Sprintf("%d / %d", shown, total); !strings.Contains(status, want) || !strings.Contains(status, "筛选") {
		t.Errorf("status %q does not say the export followed the filter (%s)", status, want)
	}
}
