package views

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"zhibiao/views/chartset"
)

// ChartExport is how a chart is exported for a report: its title (the
// chart's own unless edited), its size and whether PNG files are drawn at
// twice the pixels.
type ChartExport struct {
	Title         string
	Width, Height int
	Double        bool
}

// presetLabel names a size preset in the interface language.
func presetLabel(p chartset.Preset) string {
	names := map[string]string{"slide": lang.L("16:9 幻灯片"), "a4": lang.L("A4 栏宽"), "square": lang.L("方形")}
	return fmt.Sprintf("%s · %d×%d", names[p.Name], p.Width, p.Height)
}

// ShowChartExport asks for an exported chart's title, size and pixel
// density, starting from title and the window-independent default size
// (w × h); chosen is called with the answer, not on 取消.
func ShowChartExport(win fyne.Window, title string, w, h int, chosen func(ChartExport)) {
	entry := widget.NewEntry()
	entry.SetText(title)
	labels := []string{fmt.Sprintf("%s · %d×%d", lang.L("默认"), w, h)}
	sizes := [][2]int{{w, h}}
	for _, p := range chartset.Presets() {
		labels = append(labels, presetLabel(p))
		sizes = append(sizes, [2]int{p.Width, p.Height})
	}
	size := widget.NewSelect(labels, nil)
	size.SetSelectedIndex(0)
	double := widget.NewCheck(lang.L("PNG 使用 2 倍像素（适合打印和高清屏）"), nil)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("标题"), entry),
		widget.NewFormItem(lang.L("尺寸"), size),
		widget.NewFormItem("", double),
	}
	d := dialog.NewForm(lang.L("导出图表"), lang.L("下一步"), lang.L("取消"), items, func(ok bool) {
		if !ok {
			return
		}
		s := sizes[max(0, size.SelectedIndex())]
		t := entry.Text
		if t == title {
			t = "" // unchanged: the chart's own title, in the chart's words
		}
		chosen(ChartExport{Title: t, Width: s[0], Height: s[1], Double: double.Checked})
	}, win)
	d.Resize(fyne.NewSize(560, 280))
	d.Show()
	win.Canvas().Focus(entry)
}
