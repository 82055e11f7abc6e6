package app

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestClampWindowSize(t *testing.T) {
	nan, inf := float32(math.NaN()), float32(math.Inf(1))
	none := fyne.Size{}
	for _, c := range []struct {
		saved, screen, want fyne.Size
	}{
		{fyne.NewSize(1280, 800), none, fyne.NewSize(1280, 800)},
		{fyne.NewSize(100000, 100000), none, fyne.NewSize(4096, 2160)},
		{fyne.NewSize(100, 50), none, fyne.NewSize(640, 480)},
		{fyne.NewSize(0, -3), none, defaultSize},
		{fyne.NewSize(nan, inf), none, defaultSize},
		{fyne.NewSize(2500, 1600), fyne.NewSize(1400, 870), fyne.NewSize(1400, 870)},
		{fyne.NewSize(100000, 100000), fyne.NewSize(1920, 1050), fyne.NewSize(1920, 1050)},
		{fyne.NewSize(1000, 700), fyne.NewSize(1920, 1050), fyne.NewSize(1000, 700)},
		{fyne.NewSize(1000, 700), fyne.NewSize(600, 400), fyne.NewSize(600, 400)}, // a tiny screen wins over the minimum
	} {
		if got := clampWindowSize(c.saved, c.screen); got != c.want {
			t.Errorf("clampWindowSize(%v, screen %v) = %v, want %v", c.saved, c.screen, got, c.want)
		}
	}
}

// TestAbsurdSavedWindowSizeIsClamped: a saved width of 100000 made every
// start die with an X error; the window now opens at most 4096×2160, and
// what is saved on quit is within bounds too.
func TestAbsurdSavedWindowSizeIsClamped(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetFloat(prefWinWidth, 100000)
	a.Preferences().SetFloat(prefWinHeight, 100000)
	ui := newTestUI(a, Options{})
	if s := ui.win.Canvas().Size(); s.Width > 4096 || s.Height > 2160 {
		t.Fatalf("window opened at %v, want at most 4096×2160", s)
	}
	ui.saveWindow()
	if w := a.Preferences().Float(prefWinWidth); w > 4096 || w < 640 {
		t.Errorf("saved width %v", w)
	}
}

// TestThemeReachesHiddenTabs: Fyne re-themes only the tab shown. Under
// Xvfb, the indicator table, hidden behind the articles tab at a switch to
// the dark theme, kept its light separators (white lines) until the next
// start; the test driver does not show it, so this checks the remedy: a tab
// hidden at the last theme change has the theme applied again when it is
// shown, once.
func TestThemeReachesHiddenTabs(t *testing.T) {
	ui := loaded(t)
	applied := 0
	ui.app.Settings().AddListener(func(fyne.Settings) { applied++ })
	ui.showTab(tabArticles)
	ui.setTheme(ThemeDark)
	for _, step := range []struct {
		tab, want int
	}{{tabTable, 2}, {tabTable, 2}, {tabArticles, 2}, {tabCompare, 3}, {tabTable, 3}} {
		ui.showTab(step.tab)
		if applied != step.want {
			t.Fatalf("after showing tab %d: theme applied %d times, want %d", step.tab, applied, step.want)
		}
	}
}

// TestThemeMenuTicksTheChosenTheme: the theme items tick the theme chosen,
// as the language items tick the language (none was ticked).
func TestThemeMenuTicksTheChosenTheme(t *testing.T) {
	ui := newTestUI(test.NewTempApp(t), Options{})
	ticked := func() []string {
		var out []string
		for _, c := range ui.themeItems {
			if c.item.Checked {
				out = append(out, c.variant)
			}
		}
		return out
	}
	if got := ticked(); len(got) != 1 || got[0] != ThemeSystem {
		t.Errorf("at start ticked %v, want [%s]", got, ThemeSystem)
	}
	for _, v := range []string{ThemeDark, ThemeLight, ThemeSystem} {
		ui.setTheme(v)
		if got := ticked(); len(got) != 1 || got[0] != v {
			t.Errorf("after choosing %s ticked %v", v, got)
		}
	}
}
