package views

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"zhibiao/views/chart"
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

// TestTooltipsOnlyOverMarks: moving the pointer over an overview grid or
// a trend shows a tooltip only over a cell or point with a figure, and
// then the tooltip of that very mark (an empty cell showed the tooltip of
// the column's first row).
func TestTooltipsOnlyOverMarks(t *testing.T) {
	test.NewTempApp(t)
	c := seedCorpus(t)
	cmp := newTestCompare(places, nil)
	test.NewTempWindow(t, cmp)
	cmp.SetData(c.Indicators, nil)
	for _, m := range []Mode{ModeOverview, ModeTrend} {
		cmp.SetMode(m)
		cv := cmp.chart
		cv.Resize(fyne.NewSize(800, 500))
		cv.generate(800, 500)
		spec, _ := cv.Spec()
		spec.Scale = 1
		shown := 0
		for y := float32(0); y < 500; y += 13 {
			for x := float32(0); x < 800; x += 17 {
				cv.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, y)}})
				label, series, ok := chart.SegmentAt(spec, 800, 500, int(x), int(y))
				tip := cv.Tooltip()
				switch {
				case !ok && tip != "":
					t.Fatalf("%s: tooltip %q at (%v,%v), where no mark is", m, tip, x, y)
				case ok && tip != cmp.hoverText(label, series):
					t.Fatalf("%s: tooltip %q at (%v,%v), want that of mark %d/%d", m, tip, x, y, label, series)
				case tip != "":
					shown++
				}
			}
		}
		if shown == 0 {
			t.Errorf("%s: no tooltip anywhere", m)
		}
	}
}

// TestTooltipFollowsThemeChange: a tooltip shown after the theme changed
// has the new theme's background (it kept the colour of the theme the view
// was made in: a dark box under light-theme text).
func TestTooltipFollowsThemeChange(t *testing.T) {
	v, _, _ := newMapWindow(t, testRequest, nil) // made in the test theme
	made := v.tipBox.Objects[0].(*canvas.Rectangle).FillColor
	fyne.CurrentApp().Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	if theme.Color(theme.ColorNameOverlayBackground) == made {
		t.Fatal("the dark theme's overlay is the test theme's: nothing to tell apart")
	}
	x, y, _ := v.Drawing().LabelPoint("即墨区")
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(x), float32(y))}})
	bg := v.tipBox.Objects[0].(*canvas.Rectangle)
	if want := theme.Color(theme.ColorNameOverlayBackground); bg.FillColor != want || v.Tooltip() == "" {
		t.Errorf("tooltip %q on %v, want the dark theme's overlay %v", v.Tooltip(), bg.FillColor, want)
	}
}
