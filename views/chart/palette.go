package chart

import (
	"regexp"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// palette is the set of colours of one theme (light or dark).
type palette struct {
	background, text, muted, grid, axis, warn, bar drawing.Color
	cell, cellNeg                                  drawing.Color // Grid cell bars (text drawn over them)
	series                                         []drawing.Color
}

// seriesHex are the series colours, distinguishable on white and on dark grey
// (Tableau 10 plus two).
func seriesHex() [12]string {
	return [...]string{
		"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
		"#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#17becf", "#8c6d31",
	}
}

// paletteFor returns the light or dark palette.
func paletteFor(dark bool) palette {
	p := palette{
		background: drawing.ColorFromHex("ffffff"),
		text:       drawing.ColorFromHex("1f2328"),
		muted:      drawing.ColorFromHex("59636e"),
		grid:       drawing.ColorFromHex("e6e8eb"),
		axis:       drawing.ColorFromHex("8c959f"),
		warn:       drawing.ColorFromHex("b35900"),
		bar:        drawing.ColorFromHex("3b6fd4"),
		cell:       drawing.ColorFromHex("c9dcfa"),
		cellNeg:    drawing.ColorFromHex("f7d0cb"),
	}
	if dark {
		p = palette{
			background: drawing.ColorFromHex("1e1f22"),
			text:       drawing.ColorFromHex("e8eaed"),
			muted:      drawing.ColorFromHex("a4aab2"),
			grid:       drawing.ColorFromHex("34373c"),
			axis:       drawing.ColorFromHex("6b7280"),
			warn:       drawing.ColorFromHex("ffb454"),
			bar:        drawing.ColorFromHex("6ea0f5"),
			cell:       drawing.ColorFromHex("2a4674"),
			cellNeg:    drawing.ColorFromHex("6a2f2a"),
		}
	}
	for _, h := range seriesHex() {
		p.series = append(p.series, drawing.ColorFromHex(h))
	}
	return p
}

// hexColor matches "#rgb" and "#rrggbb".
var hexColor = regexp.MustCompile(`^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// seriesColor is the colour of series i: its own if valid, else the palette's.
func (p palette) seriesColor(s Series, i int) drawing.Color {
	if hexColor.MatchString(s.Color) {
		return drawing.ColorFromHex(s.Color)
	}
	return p.series[i%len(p.series)]
}
