package geomap

import (
	"image/color"
	"maps"
	"math"
	"slices"

	"zhibiao/views/chart"
)

// palette is a sequential light → dark blue scale (ColorBrewer Blues, without
// its palest steps so the lowest class stays distinct from the background and
// from "no data").
var palette = [5]color.RGBA{
	{0xc6, 0xdb, 0xef, 0xff},
	{0x9e, 0xca, 0xe1, 0xff},
	{0x6b, 0xae, 0xd6, 0xff},
	{0x31, 0x82, 0xbd, 0xff},
	{0x08, 0x51, 0x9c, 0xff},
}

// Class is one step of a colour scale: values in [Min, Max] get Color.
type Class struct {
	Min, Max float64
	Color    color.RGBA
}

// Scale is a sequential colour scale: equal-interval classes, or one class
// per value when there are few distinct values.
type Scale struct {
	Classes []Class
	Exact   bool // each class is a single value (Min == Max)
}

// NewScale builds the colour scale of values: with more distinct values than
// palette colours, five equal-interval classes spanning them; otherwise one
// class per distinct value, so the legend shows the figures themselves. The
// classes take evenly spaced colours of the palette, lightest for the lowest.
func NewScale(values []float64) Scale {
	if len(values) == 0 {
		return Scale{}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	distinct := map[float64]bool{}
	for _, v := range values {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
		distinct[v] = true
	}
	if len(distinct) <= len(palette) {
		return exactScale(distinct)
	}
	k := len(palette)
	step := (hi - lo) / float64(k)
	s := Scale{Classes: make([]Class, k)}
	for i := range k {
		s.Classes[i] = Class{
			Min:   lo + float64(i)*step,
			Max:   lo + float64(i+1)*step,
			Color: palette[int(math.Round(float64(i)*float64(len(palette)-1)/float64(k-1)))],
		}
	}
	s.Classes[k-1].Max = hi
	return s
}

// exactScale gives each distinct value its own class.
func exactScale(distinct map[float64]bool) Scale {
	vs := slices.Sorted(maps.Keys(distinct))
	s := Scale{Exact: true, Classes: make([]Class, len(vs))}
	for i, v := range vs {
		col := palette[len(palette)/2]
		if len(vs) > 1 {
			col = palette[int(math.Round(float64(i)*float64(len(palette)-1)/float64(len(vs)-1)))]
		}
		s.Classes[i] = Class{Min: v, Max: v, Color: col}
	}
	return s
}

// Color returns the colour of v's class (the class of the next larger value
// for exact scales; the nearest class for values outside the range).
func (s Scale) Color(v float64) color.RGBA {
	if len(s.Classes) == 0 {
		return palette[len(palette)/2]
	}
	for _, c := range s.Classes[:len(s.Classes)-1] {
		if v < c.Max || (s.Exact && v == c.Max) {
			return c.Color
		}
	}
	return s.Classes[len(s.Classes)-1].Color
}

// FormatValue writes v the way the articles do: 34000 人 → "3.4万人",
// 810000000 元 → "8.1亿元", 7.4 % → "7.4%" — the same form as the charts
// (chart.Human).
func FormatValue(v float64, unit string) string {
	return chart.Human(v, unit)
}
