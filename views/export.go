package views

import (
	"errors"
	"fmt"
	"io/fs"
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
	// It should write atomically (output.WriteFileAtomic).
	Write func(path, format string) error
	// Done is called after a successful write (to remember the folder).
	Done func(path string)
}

// ShowSaveDialog asks where to save (file name, format, folder), asks again
// before replacing an existing file, and then calls req.Write. Declining to
// replace a file, or a folder that cannot be written, brings the dialog
// back with the same choices.
func ShowSaveDialog(win fyne.Window, req SaveRequest) {
	dir := req.Dir
	if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
		dir, _ = os.UserHomeDir()
	}
	showSave(win, req, saveChoice{dir: dir, name: chartset.SafeFileName(req.Stem) + "." + req.Formats[0], format: req.Formats[0]})
}

// saveChoice is what the save dialog shows and the user chose.
type saveChoice struct{ dir, name, format string }

// path is the file the choice names.
func (c saveChoice) path() string { return filepath.Join(c.dir, withExt(c.name, c.format)) }

func showSave(win fyne.Window, req SaveRequest, ch saveChoice) {
	name := widget.NewEntry()
	name.SetText(ch.name)
	format := widget.NewSelect(req.Formats, func(f string) {
		name.SetText(strings.TrimSuffix(name.Text, filepath.Ext(name.Text)) + "." + f)
	})
	format.SetSelected(ch.format)
	folder := widget.NewLabel(ch.dir)
	folder.Truncation = fyne.TextTruncateEllipsis
	browse := widget.NewButton(lang.L("浏览…"), func() {
		pickFolder(win, ch.dir, func(d string) { ch.dir = d; folder.SetText(d) })
	})
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("文件名"), name),
		widget.NewFormItem(lang.L("格式"), format),
		widget.NewFormItem(lang.L("文件夹"), container.NewBorder(nil, nil, nil, browse, folder)),
	}
	d := dialog.NewForm(req.Title, lang.L("保存"), lang.L("取消"), items, func(ok bool) {
		if ok {
			ch.name, ch.format = name.Text, format.Selected
			saveChecked(win, ch, req)
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

// saveChecked writes the chosen file, asking first if it would replace a
// file; declining, or a failed write, shows the save dialog again.
func saveChecked(win fyne.Window, ch saveChoice, req SaveRequest) {
	path := ch.path()
	again := func() { showSave(win, req, ch) }
	write := func() {
		if err := req.Write(path, ch.format); err != nil {
			fyne.LogError("save "+path, err)
			showErrorThen(win, saveError(path, err), again)
			return
		}
		if req.Done != nil {
			req.Done(path)
		}
	}
	if err := checkFolder(filepath.Dir(path)); err != nil {
		showErrorThen(win, err, again)
		return
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		write()
		return
	}
	confirmReplace(win, fmt.Sprintf(lang.L("%s 已存在。\n要替换它吗？"), path), write, again)
}

// confirmReplace asks whether to replace existing files: 替换 calls
// replace, 取消 calls back (to choose another name or folder).
func confirmReplace(win fyne.Window, msg string, replace, back func()) {
	d := dialog.NewCustomConfirm(lang.L("替换文件？"), lang.L("替换"), lang.L("取消"), widget.NewLabel(msg), func(ok bool) {
		if ok {
			replace()
		} else {
			back()
		}
	}, win)
	d.Show()
}

// showErrorThen shows err and calls then when the dialog is closed.
func showErrorThen(win fyne.Window, err error, then func()) {
	d := dialog.NewError(err, win)
	d.SetOnClosed(then)
	d.Show()
}

// checkFolder returns a translated error, naming dir once, when dir is not
// a folder that exists.
func checkFolder(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf(lang.L("文件夹 %s 不存在。"), dir)
	case err != nil:
		return saveError(filepath.Join(dir, "."), err)
	case !st.IsDir():
		return fmt.Errorf(lang.L("%s 不是文件夹。"), dir)
	}
	return nil
}

// saveError is one translated sentence for a failed write of path, naming
// the path once, instead of Go's error chain that repeated it three times
// (保存 …失败：write …: open …/.x.png.tmp-123: no such file or directory).
func saveError(path string, err error) error {
	dir := filepath.Dir(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf(lang.L("文件夹 %s 不存在。"), dir)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf(lang.L("没有在文件夹 %s 中写入的权限。"), dir)
	}
	return fmt.Errorf(lang.L("未能保存 %s：%s"), path, rootCause(err))
}

// rootCause is the innermost error of err's chain: the system's reason,
// without the paths every layer added.
func rootCause(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// pickFolder shows a folder chooser for the save dialog's 浏览…, starting
// at dir.
func pickFolder(win fyne.Window, dir string, chosen func(string)) {
	chooseFolder(win, dir, lang.L("选择文件夹"), lang.L("选择"), chosen)
}

// chooseFolder shows a folder chooser starting at dir, titled title, its
// confirm button reading confirm.
func chooseFolder(win fyne.Window, dir, title, confirm string, chosen func(string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		if u != nil {
			chosen(u.Path())
		}
	}, win)
	d.SetTitleText(title)
	d.SetConfirmText(confirm)
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}
