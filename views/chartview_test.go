package views

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// variantTheme is the default theme forced to one variant.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

// TestChartMessageFollowsDarkTheme: with every region unticked the chart
// area shows a message, which was drawn on white even in the dark theme.
func TestChartMessageFollowsDarkTheme(t *testing.T) {
	for _, c := range []struct {
		variant fyne.ThemeVariant
		dark    bool
	}{{theme.VariantDark, true}, {theme.VariantLight, false}} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), c.variant})
		img := NewChartView("请在右侧勾选地区", nil).generate(400, 300)
		y := color.GrayModel.Convert(img.At(3, 3)).(color.Gray).Y
		if dark := y < 0x80; dark != c.dark {
			t.Errorf("variant %v: message background grey %d, want dark %v", c.variant, y, c.dark)
		}
	}
}

// TestChartViewDrawsAtTheInterfaceScale: a chart view of 400×300 units
// asked for 600×450 pixels (FYNE_SCALE=1.5) draws and hit-tests its chart
// at scale 1.5.
func TestChartViewDrawsAtTheInterfaceScale(t *testing.T) {
	test.NewTempApp(t)
	c := NewChartView("", nil)
	c.Resize(fyne.NewSize(400, 300))
	c.generate(600, 450)
	if c.zoom != 1.5 {
		t.Errorf("zoom %v, want 1.5", c.zoom)
	}
}
