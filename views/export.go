package views

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"zhibiao/views/chartset"
)

// SaveRequest describes one file to save through ShowSaveDialog.
type SaveRequest struct {
	Title   string   // dialog title, e.g. 导出图表
	Dir     string   // folder to start in ("" for the home folder)
	Stem    string   // default file name without extension
	Formats []string // extensions offered, the first is the default: "png", "svg", "csv"
	// Write writes the file; path ends in the chosen format's extension.
	// It should write atomically (data.WriteFileAtomic).
	Write func(path, format string) error
	// Done is called after a successful write (to remember the folder).
	Done func(path string)
}

// ShowSaveDialog asks where to save (file name, format, folder), asks again
// before replacing an existing file, and then calls req.Write.
func ShowSaveDialog(win fyne.Window, req SaveRequest) {
	dir := req.Dir
	if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
		dir, _ = os.UserHomeDir()
	}
	name := widget.NewEntry()
	name.SetText(chartset.SafeFileName(req.Stem) + "." + req.Formats[0])
	format := widget.NewSelect(req.Formats, func(f string) {
		name.SetText(strings.TrimSuffix(name.Text, filepath.Ext(name.Text)) + "." + f)
	})
	format.SetSelected(req.Formats[0])
	folder := widget.NewLabel(dir)
	folder.Truncation = fyne.TextTruncateEllipsis
	browse := widget.NewButton(lang.L("浏览…"), func() {
		pickFolder(win, dir, func(d string) { dir = d; folder.SetText(d) })
	})
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("文件名"), name),
		widget.NewFormItem(lang.L("格式"), format),
		widget.NewFormItem(lang.L("文件夹"), container.NewBorder(nil, nil, nil, browse, folder)),
	}
	d := dialog.NewForm(req.Title, lang.L("保存"), lang.L("取消"), items, func(ok bool) {
		if ok {
			saveChecked(win, filepath.Join(dir, withExt(name.Text, format.Selected)), format.Selected, req)
		}
	}, win)
	d.Resize(fyne.NewSize(560, 260))
	d.Show()
	win.Canvas().Focus(name)
}

// withExt makes sure name ends in .format.
func withExt(name, format string) string {
	name = strings.TrimSpace(name)
	if !strings.EqualFold(filepath.Ext(name), "."+format) {
		name += "." + format
	}
	return name
}

// saveChecked writes path, asking first if it would replace a file.
func saveChecked(win fyne.Window, path, format string, req SaveRequest) {
	write := func() {
		if err := req.Write(path, format); err != nil {
			dialog.ShowError(fmt.Errorf(lang.L("保存 %s 失败：%w"), path, err), win)
			return
		}
		if req.Done != nil {
			req.Done(path)
		}
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		write()
		return
	}
	dialog.ShowConfirm(lang.L("替换文件？"), fmt.Sprintf(lang.L("%s 已存在。\n要替换它吗？"), path), func(ok bool) {
		if ok {
			write()
		}
	}, win)
}

// pickFolder shows a folder chooser starting at dir.
func pickFolder(win fyne.Window, dir string, chosen func(string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		if u != nil {
			chosen(u.Path())
		}
	}, win)
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// BatchFile is one file of a batch export.
type BatchFile struct {
	Name  string // file name inside the chosen folder
	Write func(path string) error
}

// ShowBatchExport asks for a folder, then writes every file into it; if any
// already exist it asks once before replacing them. done reports how many
// files were written.
func ShowBatchExport(win fyne.Window, dir string, files []BatchFile, done func(dir string, n int)) {
	pickFolder(win, dir, func(d string) {
		var existing []string
		for _, f := range files {
			if _, err := os.Stat(filepath.Join(d, f.Name)); err == nil {
				existing = append(existing, f.Name)
			}
		}
		run := func() { writeBatch(win, d, files, done) }
		if len(existing) == 0 {
			run()
			return
		}
		msg := fmt.Sprintf(lang.L("%s 中已有 %d 个同名文件（%s…）。\n要替换它们吗？"), d, len(existing), existing[0])
		dialog.ShowConfirm(lang.L("替换文件？"), msg, func(ok bool) {
			if ok {
				run()
			}
		}, win)
	})
}

func writeBatch(win fyne.Window, dir string, files []BatchFile, done func(string, int)) {
	var errs []error
	n := 0
	for _, f := range files {
		if err := f.Write(filepath.Join(dir, f.Name)); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f.Name, err))
			continue
		}
		n++
	}
	if len(errs) > 0 {
		dialog.ShowError(fmt.Errorf(lang.L("%d 个文件未能保存：%w"), len(errs), errors.Join(errs...)), win)
	}
	if done != nil {
		done(dir, n)
	}
}
