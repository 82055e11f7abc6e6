package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"zhibiao/assets"
)

// Theme variants the user can choose; stored in preferences.
const (
	ThemeSystem = "system"
	ThemeLight  = "light"
	ThemeDark   = "dark"
)

// cjkTheme wraps a base theme and replaces every text font with the bundled
// CJK font, so Chinese and digits render the same on every machine. It can
// also force the light or dark variant.
type cjkTheme struct {
	fyne.Theme
	font    fyne.Resource
	variant string
}

var _ fyne.Theme = (*cjkTheme)(nil)

// newTheme returns the bundled-font theme in the given variant
// (ThemeSystem, ThemeLight or ThemeDark).
func newTheme(variant string) *cjkTheme {
	return &cjkTheme{
		Theme:   theme.DefaultTheme(),
		font:    fyne.NewStaticResource(assets.FontFileName, assets.FontRegular),
		variant: variant,
	}
}

// Font returns the bundled font for all text styles but symbols.
func (t *cjkTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return t.Theme.Font(s)
	}
	return t.font
}

// Color forces the chosen variant, if any.
func (t *cjkTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.variant {
	case ThemeLight:
		v = theme.VariantLight
	case ThemeDark:
		v = theme.VariantDark
	}
	return t.Theme.Color(n, v)
}

// IsDark reports whether the theme draws dark for the app's current variant.
func (t *cjkTheme) IsDark(a fyne.App) bool {
	switch t.variant {
	case ThemeLight:
		return false
	case ThemeDark:
		return true
	}
	return a.Settings().ThemeVariant() == theme.VariantDark
}
