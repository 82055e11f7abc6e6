package app

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"zhibiao/data"
	"zhibiao/data/output"
	"zhibiao/views"
	"zhibiao/views/chart"
	"zhibiao/views/chartset"
)

// Exported images are drawn at this size, in the light palette (for reports).
const (
	exportWidth  = 1200
	exportHeight = 675
)

const prefExportFolder = "exportFolder"

// exportChart saves the chart shown in the comparison view as PNG or SVG
// (Ctrl+E), after asking for its title, size and pixel density.
func (ui *UI) exportChart() {
	if ui.corpus == nil {
		dialog.ShowInformation(lang.L("导出图表"), lang.L("文章仍在读取，请稍候。"), ui.win)
		return
	}
	ui.showTab(tabCompare)
	spec, _, _ := ui.compare.Spec()
	if _, _, ok := ui.currentChart(); !ok {
		dialog.ShowInformation(lang.L("导出图表"), lang.L("当前没有可导出的图表：请先选择指标和地区。"), ui.win)
		return
	}
	views.ShowChartExport(ui.win, spec.Title, exportWidth, exportHeight, func(ex views.ChartExport) {
		render, _ := ui.chartFor(ex)
		_, stem, _ := ui.compare.Spec()
		views.ShowSaveDialog(ui.win, views.SaveRequest{
			Title:   lang.L("导出图表"),
			Dir:     ui.app.Preferences().String(prefExportFolder),
			Stem:    stem,
			Formats: []string{chart.PNG, chart.SVG, chartset.PDF},
			Write: func(path, format string) error {
				b, err := render(format)
				if err != nil {
					return err
				}
				return output.WriteFileAtomic(path, b, 0o644)
			},
			Done: ui.exported,
		})
	})
}

// currentChart returns a renderer for the chart (or map) shown in the
// comparison view at the default export size, and a file-name stem.
func (ui *UI) currentChart() (func(format string) ([]byte, error), string, bool) {
	render, ok := ui.chartFor(views.ChartExport{})
	_, stem, _ := ui.compare.Spec()
	return render, stem, ok
}

// chartFor returns a renderer for the chart (or map) shown in the
// comparison view: the view's request drawn by the chart service in the
// light palette at the export's size (exportWidth × exportHeight when
// ex gives none), as `zhibiao export` draws it.
func (ui *UI) chartFor(ex views.ChartExport) (func(format string) ([]byte, error), bool) {
	name, opt, ok := ui.compare.Request()
	if !ok || ui.corpus == nil {
		return nil, false
	}
	// The figures the comparison drew the chart from: every figure in
	// memory, the chart's own read from an indexed corpus's index.
	src := chartset.Source{Articles: ui.corpus.Articles, Indicators: ui.compare.Figures(), Keywords: ui.corpus.RegionKeywords, Places: ui.places}
	opt.Dark, opt.Width, opt.Height, opt.Title = false, exportWidth, exportHeight, ex.Title
	if ex.Width > 0 && ex.Height > 0 {
		opt.Width, opt.Height = ex.Width, ex.Height
	}
	if ex.Double {
		opt.Scale = 2
	}
	return func(format string) ([]byte, error) {
		opt.Format = format
		files, err := chartset.Render(src, name, opt)
		if errors.Is(err, chart.ErrNoData) {
			return nil, errors.New(lang.L("图表没有数据，未保存"))
		}
		if err != nil {
			return nil, err
		}
		return files[0].Data, nil
	}, true
}

// exportCSV saves the indicators as CSV (UTF-8 with a byte-order mark, so
// Excel shows the Chinese text correctly): all of them, or, when the
// indicator table is filtered, all or the rows shown, as the user chooses.
func (ui *UI) exportCSV() {
	if ui.corpus == nil {
		dialog.ShowInformation(lang.L("导出 CSV"), lang.L("文章仍在读取，请稍候。"), ui.win)
		return
	}
	all, shown, query := ui.allFigures(), ui.table.Rows(), ui.table.Query()
	if query == "" {
		ui.saveCSV(shown, len(all), "")
		return
	}
	ui.askCSVRows(query, len(shown), len(all), func(filtered bool) {
		if filtered {
			ui.saveCSV(shown, len(all), query)
		} else {
			ui.saveCSV(all, len(all), "")
		}
	})
}

// askCSVRows asks whether to export every indicator or only the n the
// table's filter shows; choose is not called on 取消.
func (ui *UI) askCSVRows(query string, n, total int, choose func(filtered bool)) {
	msg := widget.NewLabel(fmt.Sprintf(lang.L("指标表按“%s”筛选，显示 %d / %d 项。导出哪些？"), query, n, total))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("导出指标 CSV"), msg, ui.win)
	button := func(label string, filtered bool) *widget.Button {
		return widget.NewButton(label, func() { d.Hide(); choose(filtered) })
	}
	filtered := button(fmt.Sprintf(lang.L("筛选的 %d 项"), n), true)
	if n == 0 {
		filtered.Disable()
	}
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.L("取消"), d.Hide),
		button(fmt.Sprintf(lang.L("全部 %d 项"), total), false),
		filtered,
	})
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// saveCSV asks where to save rows (of total indicators; filtered by query
// unless it is "") and says in the status line how many were saved.
func (ui *UI) saveCSV(rows []data.Indicator, total int, query string) {
	title, stem := lang.L("导出指标 CSV"), lang.X("file.indicators", "指标")
	if query != "" {
		title = fmt.Sprintf(lang.L("导出指标 CSV（按筛选：%d / %d 项）"), len(rows), total)
		stem += "_" + query
	}
	views.ShowSaveDialog(ui.win, views.SaveRequest{
		Title:   title,
		Dir:     ui.app.Preferences().String(prefExportFolder),
		Stem:    stem,
		Formats: []string{"csv"},
		Write: func(path, _ string) error {
			var buf bytes.Buffer
			if err := output.WriteCSV(&buf, rows, true); err != nil {
				return err
			}
			return output.WriteFileAtomic(path, buf.Bytes(), 0o644)
		},
		Done: func(path string) {
			ui.app.Preferences().SetString(prefExportFolder, filepath.Dir(path))
			if query != "" {
				ui.setStatus(lang.L("已保存 %d / %d 项（按筛选）：%s"), len(rows), total, path)
			} else {
				ui.setStatus(lang.N("已保存 %d 项：%s", len(rows)), len(rows), path)
			}
		},
	})
}

// exported remembers the folder and says where the file went.
func (ui *UI) exported(path string) {
	ui.app.Preferences().SetString(prefExportFolder, filepath.Dir(path))
	ui.setStatus(lang.L("已保存 %s"), path)
}

// exportAll writes every comparison chart of the corpus (bars and maps per
// indicator, theme emphasis, keywords per region), as PNG and SVG, into a
// new dated folder inside the folder the user picks: the same images as
// `zhibiao export -all`. The folder is asked for first; the charts are
// drawn in the background under a progress dialog that can cancel.
func (ui *UI) exportAll() {
	c := ui.corpus
	if c == nil {
		dialog.ShowInformation(lang.L("批量导出"), lang.L("文章仍在读取，请稍候。"), ui.win)
		return
	}
	figs := ui.figuresOf(c) // read when the steps are made: after the folder is chosen
	opt := chartset.Options{Width: exportWidth, Height: exportHeight, Locale: ui.chartLocale(),
		Warn: func(f string, args ...any) { fyne.LogError("batch export", fmt.Errorf(f, args...)) }}
	prefs := ui.app.Preferences()
	views.ShowBatchExport(ui.win, views.BatchExport{
		Dir: prefs.String(prefExportFolder),
		Steps: func() []views.BatchStep {
			src := chartset.Source{Articles: c.Articles, Indicators: figs.Of(nil, true), Keywords: c.RegionKeywords, Places: ui.places}
			return views.ChartBatch(src, opt, []string{chart.PNG, chart.SVG})
		},
		Done: func(dir string, n int) {
			prefs.SetString(prefExportFolder, filepath.Dir(dir))
			ui.setStatus(lang.N("已导出 %d 个图表文件到 %s", n), n, dir)
		},
		Cancelled: func() { ui.setStatus("%s", lang.L("已取消批量导出，没有留下文件。")) },
	})
}
