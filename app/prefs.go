package app

import "fyne.io/fyne/v2"

// Preference keys.
const (
	prefTheme      = "theme"
	prefLastFolder = "lastFolder"
	prefWinWidth   = "windowWidth"
	prefWinHeight  = "windowHeight"
)

// defaultSize is the window size on first launch.
var defaultSize = fyne.NewSize(1280, 800)

// restoreWindow sizes the window as the user left it and saves its size when
// it closes.
func (ui *UI) restoreWindow() {
	p := ui.app.Preferences()
	w := float32(p.FloatWithFallback(prefWinWidth, float64(defaultSize.Width)))
	h := float32(p.FloatWithFallback(prefWinHeight, float64(defaultSize.Height)))
	ui.win.Resize(fyne.NewSize(max(w, 640), max(h, 400)))
	ui.win.SetCloseIntercept(ui.quit)
}

// saveWindow remembers the window size for the next launch.
func (ui *UI) saveWindow() {
	s := ui.win.Canvas().Size()
	p := ui.app.Preferences()
	p.SetFloat(prefWinWidth, float64(s.Width))
	p.SetFloat(prefWinHeight, float64(s.Height))
}
