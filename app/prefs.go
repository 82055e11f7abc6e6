package app

import (
	"math"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	prefTheme      = "theme"
	prefLastFolder = "lastFolder"
	prefWinWidth   = "windowWidth"
	prefWinHeight  = "windowHeight"
)

// Window sizes, in Fyne units: the size on first launch and the bounds a
// saved size is kept within (a preferences file with a width of 100000 made
// every start die with an X error).
var (
	defaultSize   = fyne.NewSize(1280, 800)
	minWindowSize = fyne.NewSize(640, 480)
	maxWindowSize = fyne.NewSize(4096, 2160)
)

// restoreWindow sizes the window as the user left it, within sane bounds,
// shrinks it to the screen once the app runs (when the screen's size can be
// known) and saves its size when it closes.
func (ui *UI) restoreWindow() {
	p := ui.app.Preferences()
	saved := fyne.NewSize(
		float32(p.FloatWithFallback(prefWinWidth, float64(defaultSize.Width))),
		float32(p.FloatWithFallback(prefWinHeight, float64(defaultSize.Height))))
	size := clampWindowSize(saved, fyne.Size{})
	ui.win.Resize(size)
	ui.app.Lifecycle().SetOnStarted(func() { ui.fitScreen(size) })
	ui.win.SetCloseIntercept(ui.quit)
}

// fitScreen shrinks the window from size to the screen's work area, if the
// screen's size can be known; call on the main thread once the window shows.
func (ui *UI) fitScreen(size fyne.Size) {
	wpx, hpx, ok := screenPixels()
	scale := ui.win.Canvas().Scale()
	if !ok || scale <= 0 {
		return
	}
	screen := fyne.NewSize(float32(wpx)/scale, float32(hpx)/scale)
	if fit := clampWindowSize(size, screen); fit != size {
		ui.win.Resize(fit)
	}
}

// saveWindow remembers the window size for the next launch.
func (ui *UI) saveWindow() {
	s := clampWindowSize(ui.win.Canvas().Size(), fyne.Size{})
	p := ui.app.Preferences()
	p.SetFloat(prefWinWidth, float64(s.Width))
	p.SetFloat(prefWinHeight, float64(s.Height))
}

// clampWindowSize keeps a saved window size within minWindowSize and
// maxWindowSize and, when screen is not zero, within the screen (which wins
// over the minimum on a small screen). A missing or unreadable dimension
// (zero, negative, NaN, infinite) takes the default.
func clampWindowSize(s, screen fyne.Size) fyne.Size {
	return fyne.NewSize(
		clampDim(s.Width, defaultSize.Width, minWindowSize.Width, maxWindowSize.Width, screen.Width),
		clampDim(s.Height, defaultSize.Height, minWindowSize.Height, maxWindowSize.Height, screen.Height))
}

func clampDim(v, def, lo, hi, screen float32) float32 {
	f := float64(v)
	if math.IsNaN(f) || math.IsInf(f, 0) || v <= 0 {
		v = def
	}
	v = min(max(v, lo), hi)
	if screen > 0 {
		v = min(v, screen)
	}
	return v
}
