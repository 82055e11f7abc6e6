package app

import (
	"fmt"
	"os"
	"zhibiao/data/load"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
)

// buildMenus installs the main menu and its keyboard shortcuts.
func (ui *UI) buildMenus() {
	open := fyne.NewMenuItem(lang.L("打开文件夹…"), ui.openFolderDialog)
	open.Shortcut = ctrl(fyne.KeyO)
	openFiles := fyne.NewMenuItem(lang.L("打开文件…"), ui.openFileDialog)
	seedsItem := fyne.NewMenuItem(lang.L("打开内置示例文章"), func() { ui.Load("") })
	quit := fyne.NewMenuItem(lang.L("退出"), ui.quit)
	quit.IsQuit = true
	quit.Shortcut = ctrl(fyne.KeyQ)
	export := fyne.NewMenuItem(lang.L("导出图表…"), ui.exportChart)
	export.Shortcut = ctrl(fyne.KeyE)
	csvItem := fyne.NewMenuItem(lang.L("导出指标 CSV…"), ui.exportCSV)
	allItem := fyne.NewMenuItem(lang.L("批量导出全部图表…"), ui.exportAll)
	file := fyne.NewMenu(lang.L("文件"), open, openFiles, seedsItem, fyne.NewMenuItemSeparator(),
		export, allItem, csvItem, fyne.NewMenuItemSeparator(), quit)

	find := fyne.NewMenuItem(lang.L("搜索文章"), ui.focusSearch)
	find.Shortcut = ctrl(fyne.KeyF)
	tabs := []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("文章"), func() { ui.showTab(tabArticles) }),
		fyne.NewMenuItem(lang.L("指标表"), func() { ui.showTab(tabTable) }),
		fyne.NewMenuItem(lang.L("地区对比"), func() { ui.showTab(tabCompare) }),
	}
	for i, it := range tabs {
		it.Shortcut = ctrl(fyne.KeyName(fmt.Sprint(i + 1)))
	}
	view := fyne.NewMenu(lang.L("视图"), append(tabs, fyne.NewMenuItemSeparator(), find, fyne.NewMenuItemSeparator(),
		ui.themeItem(lang.L("跟随系统主题"), ThemeSystem),
		ui.themeItem(lang.L("浅色主题"), ThemeLight),
		ui.themeItem(lang.L("深色主题"), ThemeDark),
		fyne.NewMenuItemSeparator(),
		languageMenu(ui),
	)...)
	ui.win.SetMainMenu(fyne.NewMainMenu(file, view))
	for _, it := range append(tabs, open, quit, find, export) {
		act := it.Action
		ui.win.Canvas().AddShortcut(it.Shortcut, func(fyne.Shortcut) { act() })
	}
}

func ctrl(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// openFolderDialog asks for a corpus folder, starting at the last one used.
func (ui *UI) openFolderDialog() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			ui.showError(err)
			return
		}
		if u == nil {
			return
		}
		ui.app.Preferences().SetString(prefLastFolder, u.Path())
		ui.Load(u.Path())
	}, ui.win)
	d.SetTitleText(lang.L("打开文件夹"))
	ui.showFileDialog(d)
}

// showFileDialog shows a file or folder dialog at a size that lists
// enough, starting in the last folder used when it still exists.
func (ui *UI) showFileDialog(d *dialog.FileDialog) {
	if last := ui.app.Preferences().String(prefLastFolder); last != "" {
		if _, err := os.Stat(last); err == nil {
			if l, err := storage.ListerForURI(storage.NewFileURI(last)); err == nil {
				d.SetLocation(l)
			}
		}
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// openFileDialog asks for one article file of a format the loader reads
// (the dialog lists only those), starting in the last folder used.
func (ui *UI) openFileDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			ui.showError(err)
			return
		}
		if r == nil {
			return
		}
		if err := r.Close(); err != nil {
			fyne.LogError("close "+r.URI().Path(), err)
		}
		ui.LoadPaths([]string{r.URI().Path()})
	}, ui.win)
	d.SetFilter(storage.NewExtensionFileFilter(load.ArticleExtensions()))
	ui.showFileDialog(d)
}

// themeItem is a theme's menu item, ticked while it is chosen (the
// language items were ticked, the theme items not).
func (ui *UI) themeItem(label, variant string) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, func() { ui.setTheme(variant) })
	it.Checked = ui.app.Preferences().StringWithFallback(prefTheme, ThemeSystem) == variant
	ui.themeItems = append(ui.themeItems, themeChoice{it, variant})
	return it
}

// themeChoice is a theme's menu item and the variant it chooses.
type themeChoice struct {
	item    *fyne.MenuItem
	variant string
}

func (ui *UI) setTheme(variant string) {
	for _, c := range ui.themeItems {
		c.item.Checked = c.variant == variant
	}
	if m := ui.win.MainMenu(); m != nil {
		m.Refresh()
	}
	ui.app.Preferences().SetString(prefTheme, variant)
	ui.theme = newTheme(variant)
	ui.themeGen++
	ui.tabThemes[ui.tabs.SelectedIndex()] = ui.themeGen
	ui.app.Settings().SetTheme(ui.theme)
	ui.compare.SetDark(ui.theme.IsDark(ui.app))
}

// themeTab applies the theme again to tab i when it was hidden at the
// last theme change: Fyne re-themes only the tab shown, and the table's
// separators, among others, kept the old theme's colour (white lines in
// the dark theme).
func (ui *UI) themeTab(i int) {
	if i < 0 || i >= len(ui.tabThemes) || ui.tabThemes[i] == ui.themeGen {
		return
	}
	ui.tabThemes[i] = ui.themeGen
	ui.app.Settings().SetTheme(ui.theme)
}

func (ui *UI) quit() {
	ui.CancelLoad()
	ui.saveWindow()
	ui.win.Close()
}

// onDropped loads folders and files dropped on the window.
func (ui *UI) onDropped(_ fyne.Position, uris []fyne.URI) {
	paths := make([]string, 0, len(uris))
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	ui.LoadPaths(paths)
}

// languageMenu offers 中文 and English (applied at the next start), the
// one in the preferences ticked.
func languageMenu(ui *UI) *fyne.MenuItem {
	item := fyne.NewMenuItem(languageMenuLabel(ui.lang), nil)
	zh := fyne.NewMenuItem("中文", func() { ui.setLanguage(LangChinese) })
	en := fyne.NewMenuItem("English", func() { ui.setLanguage(LangEnglish) })
	chosen := chosenLanguage(ui.app.Preferences())
	zh.Checked, en.Checked = chosen == LangChinese, chosen == LangEnglish
	item.ChildMenu = fyne.NewMenu("", zh, en)
	return item
}
