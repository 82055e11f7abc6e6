// Package chart draws the dashboard's comparison charts (bars across regions,
// policy-theme emphasis, keywords) as PNG or SVG with go-chart's renderers and
// the bundled CJK font. It needs no display and never imports Fyne: the GUI
// shows its PNGs at the widget's size and the headless CLI exports the same
// images.
//
// A chart is described by a Spec (plain data: labels, values, titles) and drawn
// by Render. go-chart's own chart types are not used: they cannot draw grouped
// bars or absolute stacked bars, and their bar axis does not start at zero.
// Instead this package lays the chart out itself and draws it with go-chart's
// Renderer primitives, so the same layout also answers BarAt hit tests.
package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math"
	"strings"
	"sync"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"

	"zhibiao/assets"
)

// Kind is the layout of a chart.
type Kind int

const (
	// Bar draws one vertical bar per label from Spec.Values.
	Bar Kind = iota
	// Grouped draws, per label, one vertical bar per series side by side.
	Grouped
	// Stacked draws, per label, the series stacked on each other with their
	// absolute values (not normalised to 100%).
	Stacked
	// Horizontal draws one horizontal bar per label from Spec.Values, labels
	// on the left (keyword charts, long labels).
	Horizontal
	// Line draws, per series, a line through its values in label order (the
	// labels are periods, oldest first), with a marker on every value; a
	// NaN value is a gap the line passes over. Dashed series draw a dashed
	// line and Hollow ones hollow markers (targets), never joined to others.
	Line
	// Grid draws a table: one column per label (regions), one row per series
	// (indicators), each cell its value as text over a bar scaled within its
	// row, with Series.Notes (the period) below; NaN cells say —.
	Grid
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Bar:
		return "bar"
	case Grouped:
		return "grouped"
	case Stacked:
		return "stacked"
	case Horizontal:
		return "horizontal"
	case Line:
		return "line"
	case Grid:
		return "grid"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Series is one named set of values for Grouped, Stacked, Line and Grid
// charts, one value per Spec label.
type Series struct {
	Name   string
	Values []float64
	Color  string // "#rrggbb"; "" picks the palette colour for its position
	// Dashed draws a Line series dashed (targets).
	Dashed bool
	// Hollow draws the series' bars and markers as outlines (targets).
	Hollow bool
	// Marker is a Line series' marker shape: 0 circle, 1 square, 2 diamond,
	// 3 triangle.
	Marker int
	// Texts, if set, is the text drawn for each value (Line points, Grid
	// cells) instead of Human(value).
	Texts []string
	// Notes, if set, is a second, muted line per value (Grid: the period).
	Notes []string
}

// Mark names one drawn mark: the bar, point or cell of label Label in
// series Series (0 for one-series kinds).
type Mark struct {
	Label, Series int
}

// Spec describes a chart. A NaN value means "no figure" and is drawn as the
// words 无数据 (in Locale) instead of a bar.
type Spec struct {
	Kind     Kind
	Title    string // first line, large
	Subtitle string // second line, muted (how the figures were chosen …)
	Note     string // warning line(s), e.g. periods that differ across regions
	Unit     string // unit of the values (人, 元, %, 个百分点 …), used by Human

	Labels      []string  // category labels (regions, keywords)
	Values      []float64 // Bar and Horizontal: one value per label
	ValueLabels []string  // optional text per label drawn on the bar; default Human(value, Unit)
	Series      []Series  // Grouped and Stacked

	Dark          bool // dark palette
	Width, Height int  // pixels; 0 means DefaultWidth × DefaultHeight
	// Scale draws text, margins and bars this many times larger, for a
	// screen whose interface is scaled (FYNE_SCALE=1.5: Width and Height are
	// then 1.5 times the widget's size in Fyne units). 0 means 1, as for
	// exported files, which keep their pixel size.
	Scale float64
	// Locale writes the chart's own words and numbers (无数据, axis ticks,
	// values without ValueLabels); the builders also write titles, notes
	// and value labels in it.
	Locale Locale
	// Source is the source line drawn at the bottom (the outlets and dates
	// of the figures shown); "" draws none.
	Source string
	// Highlight, when set, is a mark drawn emphasised (the selected bar in
	// the GUI); exports leave it unset.
	Highlight *Mark
}

// Default size of a chart when Spec.Width or Spec.Height is 0.
const (
	DefaultWidth  = 720
	DefaultHeight = 400
)

// Output formats accepted by Render.
const (
	PNG = "png"
	SVG = "svg"
)

// ErrNoData is returned by Render for a spec with nothing to draw (no labels,
// or no finite value at all). The GUI shows a message instead (see Message).
var ErrNoData = errors.New("暂无数据 (no data to chart)")

// fontFamilySVG is the font-family list written into SVG files: the bundled
// font is not embedded, so viewers fall back along this list.
const fontFamilySVG = `'WenQuanYi Micro Hei','Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif`

// loadFont parses the bundled font once; the parsed font is read-only and
// shared by every render.
var loadFont = sync.OnceValues(func() (*truetype.Font, error) {
	f, err := truetype.Parse(assets.FontRegular)
	if err != nil {
		return nil, fmt.Errorf("parse bundled font: %w", err)
	}
	return f, nil
})

// Render draws spec as a PNG or SVG image ("png" or "svg") of spec.Width ×
// spec.Height pixels. It returns ErrNoData (wrapped) when there is nothing
// to draw, and an error for an unknown format, a malformed spec (series
// lengths that do not match the labels) or an infinite value.
func Render(spec Spec, format string) ([]byte, error) {
	spec, f, paint, err := prepare(spec)
	if err != nil {
		return nil, err
	}
	return draw(format, spec.Width, spec.Height, f, paint)
}

// RenderImage draws spec as a picture (what Render encodes as PNG), for a
// view that shows it at once: no PNG encoding and decoding on the way.
func RenderImage(spec Spec) (image.Image, error) {
	spec, f, paint, err := prepare(spec)
	if err != nil {
		return nil, err
	}
	return drawImage(spec.Width, spec.Height, f, paint)
}

// prepare fills in spec's defaults, checks it, and lays it out in the
// chart font: the spec as drawn, the font and what paints it.
func prepare(spec Spec) (Spec, *truetype.Font, func(gochart.Renderer), error) {
	spec = withDefaults(spec)
	if err := validate(spec); err != nil {
		return spec, nil, nil, err
	}
	f, err := loadFont()
	if err != nil {
		return spec, nil, nil, err
	}
	lay := newLayout(spec, newMeasurer(f))
	return spec, f, func(r gochart.Renderer) { drawChart(r, spec, lay) }, nil
}

// RenderMessageImage is RenderMessage as a picture.
func RenderMessageImage(msg string, spec Spec) (image.Image, error) {
	spec = withDefaults(spec)
	f, err := loadFont()
	if err != nil {
		return nil, err
	}
	m := newMeasurer(f)
	return drawImage(spec.Width, spec.Height, f, func(r gochart.Renderer) { drawMessage(r, spec, m, msg) })
}

// drawImage runs paint on a raster renderer and returns the picture.
func drawImage(width, height int, f *truetype.Font, paint func(gochart.Renderer)) (*image.RGBA, error) {
	r, err := gochart.PNG(width, height)
	if err != nil {
		return nil, fmt.Errorf("new png renderer: %w", err)
	}
	r.SetDPI(64) // font sizes are pixels (see draw)
	r.SetFont(f)
	paint(r)
	var img rgbaCollector
	if err := r.Save(&img); err != nil {
		return nil, fmt.Errorf("draw: %w", err)
	}
	if img.rgba == nil {
		return nil, errors.New("draw: nothing drawn")
	}
	return img.rgba, nil
}

// Message draws a chart-sized image that only says msg (for example 暂无数据
// or an error text), for the GUI to show where a chart would be.
func Message(msg string, width, height int, dark bool, format string) ([]byte, error) {
	return RenderMessage(msg, Spec{Width: width, Height: height, Dark: dark}, format)
}

// RenderMessage is Message at spec's size, palette and scale (its other
// fields are ignored).
func RenderMessage(msg string, spec Spec, format string) ([]byte, error) {
	spec = withDefaults(spec)
	f, err := loadFont()
	if err != nil {
		return nil, err
	}
	m := newMeasurer(f)
	return draw(format, spec.Width, spec.Height, f, func(r gochart.Renderer) {
		drawMessage(r, spec, m, msg)
	})
}

// withDefaults fills in the default size.
func withDefaults(spec Spec) Spec {
	if spec.Width <= 0 || spec.Height <= 0 {
		spec.Width, spec.Height = DefaultWidth, DefaultHeight
	}
	return spec
}

// validate checks that spec can be drawn.
func validate(spec Spec) error {
	if spec.Width < 50 || spec.Height < 50 || spec.Width > 10000 || spec.Height > 10000 {
		return fmt.Errorf("chart size %dx%d out of range (50..10000)", spec.Width, spec.Height)
	}
	if len(spec.Labels) == 0 {
		return fmt.Errorf("chart %q: %w", spec.Title, ErrNoData)
	}
	for _, vals := range valueSets(spec) {
		if len(vals) != len(spec.Labels) {
			return fmt.Errorf("chart %q: %d values for %d labels", spec.Title, len(vals), len(spec.Labels))
		}
		for i, v := range vals {
			if math.IsInf(v, 0) {
				return fmt.Errorf("chart %q: value for %q is infinite", spec.Title, spec.Labels[i])
			}
		}
	}
	if !hasFinite(spec) {
		return fmt.Errorf("chart %q: %w", spec.Title, ErrNoData)
	}
	if len(spec.ValueLabels) != 0 && len(spec.ValueLabels) != len(spec.Labels) {
		return fmt.Errorf("chart %q: %d value labels for %d labels", spec.Title, len(spec.ValueLabels), len(spec.Labels))
	}
	for _, ser := range spec.Series {
		if n := len(ser.Texts); n != 0 && n != len(spec.Labels) {
			return fmt.Errorf("chart %q: series %q has %d texts for %d labels", spec.Title, ser.Name, n, len(spec.Labels))
		}
		if n := len(ser.Notes); n != 0 && n != len(spec.Labels) {
			return fmt.Errorf("chart %q: series %q has %d notes for %d labels", spec.Title, ser.Name, n, len(spec.Labels))
		}
	}
	return nil
}

// valueSets returns the value slices the spec's kind draws.
func valueSets(spec Spec) [][]float64 {
	switch spec.Kind {
	case Grouped, Stacked, Line, Grid:
		sets := make([][]float64, len(spec.Series))
		for i, s := range spec.Series {
			sets[i] = s.Values
		}
		return sets
	default:
		return [][]float64{spec.Values}
	}
}

// hasFinite reports whether any value of spec is a number (not NaN).
func hasFinite(spec Spec) bool {
	for _, vals := range valueSets(spec) {
		for _, v := range vals {
			if !math.IsNaN(v) {
				return true
			}
		}
	}
	return false
}

// draw runs paint on a PNG or SVG renderer and returns the encoded image.
func draw(format string, width, height int, f *truetype.Font, paint func(gochart.Renderer)) ([]byte, error) {
	switch strings.ToLower(format) {
	case PNG:
		img, err := drawImage(width, height, f, paint)
		if err != nil {
			return nil, err
		}
		return encodePNG(img)
	case SVG:
	default:
		return nil, fmt.Errorf("unknown chart format %q (want png or svg)", format)
	}
	r, err := gochart.SVG(width, height)
	if err != nil {
		return nil, fmt.Errorf("new svg renderer: %w", err)
	}
	// Font sizes are pixels: go-chart's SVG writes size*DPI/72 px, while its
	// raster context draws glyphs at size*DPI/64 px per em (drawImage).
	r.SetDPI(72)
	r.SetFont(f)
	glyphs := &svgGlyphs{Renderer: r}
	paint(glyphs)
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		return nil, fmt.Errorf("encode svg: %w", err)
	}
	return withGlyphs(fixSVG(buf.Bytes(), f, width, height), f, glyphs.texts), nil
}

// rgbaCollector takes the picture go-chart's raster renderer drew instead
// of its PNG encoding (go-chart's RGBACollector).
type rgbaCollector struct {
	rgba *image.RGBA
}

// SetRGBA keeps the picture.
func (c *rgbaCollector) SetRGBA(i *image.RGBA) { c.rgba = i }

// Write is never called: go-chart hands a collector the picture instead.
func (c *rgbaCollector) Write(p []byte) (int, error) { return len(p), nil }

// encodePNG encodes a chart picture. Charts are large flat areas, which
// zlib's fastest level already compresses well, at a third of the time of
// its default level.
func encodePNG(img *image.RGBA) ([]byte, error) {
	if img == nil {
		return nil, errors.New("encode png: nothing drawn")
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	return buf.Bytes(), nil
}
