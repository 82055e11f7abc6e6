package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// AllChoice is the select option that disables a filter.
const AllChoice = "全部"

// FilterBar is the search box and the region and theme filters above the
// article list. OnChanged is called with the current choices whenever one
// changes; region and theme are "" for 全部.
type FilterBar struct {
	widget.BaseWidget

	OnChanged func(query, region, theme string)

	Search *widget.Entry
	region *widget.Select
	theme  *widget.Select
	body   fyne.CanvasObject
	quiet  bool // SetChoices is resetting the selects: no OnChanged
}

var _ fyne.Widget = (*FilterBar)(nil)

// NewFilterBar returns a filter bar with no region or theme choices yet.
func NewFilterBar(onChanged func(query, region, theme string)) *FilterBar {
	f := &FilterBar{OnChanged: onChanged}
	f.Search = widget.NewEntry()
	f.Search.SetPlaceHolder(lang.L("全文搜索 (Ctrl+F)"))
	f.Search.OnChanged = func(string) { f.changed() }
	f.region = widget.NewSelect([]string{lang.L(AllChoice)}, func(string) { f.changed() })
	f.theme = widget.NewSelect([]string{lang.L(AllChoice)}, func(string) { f.changed() })
	f.region.PlaceHolder, f.theme.PlaceHolder = lang.L("地区"), lang.L("主题")
	f.body = container.NewVBox(f.Search, container.NewGridWithColumns(2, f.region, f.theme))
	f.ExtendBaseWidget(f)
	return f
}

// SetChoices sets the regions and themes offered, keeping 全部 first, and
// resets both filters without calling OnChanged: the caller lists what the
// reset filters show (a new corpus's articles, filtered once by the search
// text; calling back for each select filtered the old list twice, 13 ms of
// the UI thread for 2,800 articles).
func (f *FilterBar) SetChoices(regions, themes []string) {
	f.quiet = true
	defer func() { f.quiet = false }()
	f.region.Options = append([]string{lang.L(AllChoice)}, regions...)
	f.theme.Options = append([]string{lang.L(AllChoice)}, themes...)
	f.region.ClearSelected()
	f.theme.ClearSelected()
	f.region.Refresh()
	f.theme.Refresh()
}

// SetRegion selects region in the region filter ("" for 全部).
func (f *FilterBar) SetRegion(region string) { f.region.SetSelected(orAll(region)) }

// SetTheme selects theme in the theme filter ("" for 全部).
func (f *FilterBar) SetTheme(theme string) { f.theme.SetSelected(orAll(theme)) }

func orAll(s string) string {
	if s == "" {
		return lang.L(AllChoice)
	}
	return s
}

func (f *FilterBar) changed() {
	if f.OnChanged == nil || f.quiet {
		return
	}
	f.OnChanged(f.Search.Text, unAll(f.region.Selected), unAll(f.theme.Selected))
}

func unAll(s string) string {
	if s == lang.L(AllChoice) {
		return ""
	}
	return s
}

// CreateRenderer implements fyne.Widget.
func (f *FilterBar) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(f.body)
}
