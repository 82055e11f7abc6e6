package chart

import (
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
)

// measurer measures text in the bundled font at pixel sizes. The layout uses
// it instead of the renderers' MeasureText, which differ between PNG and SVG,
// so that PNG, SVG and BarAt share one layout.
type measurer struct {
	font  *truetype.Font
	faces map[float64]font.Face
}

// newMeasurer returns a measurer for f; it caches one face per size and is
// not safe for concurrent use (each render makes its own).
func newMeasurer(f *truetype.Font) *measurer {
	return &measurer{font: f, faces: map[float64]font.Face{}}
}

// width is the advance width of s in pixels at size px.
func (m *measurer) width(s string, size float64) float64 {
	face, ok := m.faces[size]
	if !ok {
		face = truetype.NewFace(m.font, &truetype.Options{Size: size, DPI: 72, Hinting: font.HintingNone})
		m.faces[size] = face
	}
	return float64(font.MeasureString(face, s)) / 64
}

// fit returns s at the largest size between size and minSize (stepping down)
// whose width is at most maxW; if even minSize is too wide, s is cut and ends
// with "…".
func (m *measurer) fit(s string, size, minSize, maxW float64) (string, float64) {
	for sz := size; sz >= minSize; sz -= 0.5 {
		if m.width(s, sz) <= maxW {
			return s, sz
		}
	}
	return m.ellipsize(s, minSize, maxW), minSize
}

// ellipsize cuts s so that s+"…" fits in maxW at size.
func (m *measurer) ellipsize(s string, size, maxW float64) string {
	if m.width(s, size) <= maxW {
		return s
	}
	r := []rune(s)
	for len(r) > 0 {
		r = r[:len(r)-1]
		if t := string(r) + "…"; m.width(t, size) <= maxW {
			return t
		}
	}
	return ""
}

// wrap breaks s into at most maxLines lines no wider than maxW at size,
// preferring breaks after Chinese and Latin punctuation or spaces; the last
// line is ellipsized if text remains.
func (m *measurer) wrap(s string, size, maxW float64, maxLines int) []string {
	var lines []string
	rest := []rune(s)
	for len(rest) > 0 && len(lines) < maxLines {
		if len(lines) == maxLines-1 || m.width(string(rest), size) <= maxW {
			lines = append(lines, m.ellipsize(string(rest), size, maxW))
			break
		}
		n := m.breakAt(rest, size, maxW)
		lines = append(lines, string(rest[:n]))
		rest = trimLeadingSpace(rest[n:])
	}
	return lines
}

// breakAt returns how many runes of r fit in maxW (at least one), moved back
// to just after a punctuation mark or space when one is near.
func (m *measurer) breakAt(r []rune, size, maxW float64) int {
	n := 1
	for n < len(r) && m.width(string(r[:n+1]), size) <= maxW {
		n++
	}
	for i := n; i > n*2/3 && i > 1; i-- {
		if isBreak(r[i-1]) {
			return i
		}
	}
	return n
}

// isBreak reports whether a line may break after r.
func isBreak(r rune) bool {
	switch r {
	case ' ', '，', '、', '；', '：', '。', ',', ';', ':', '）', ')':
		return true
	}
	return false
}

// trimLeadingSpace drops spaces at the start of a wrapped line.
func trimLeadingSpace(r []rune) []rune {
	for len(r) > 0 && r[0] == ' ' {
		r = r[1:]
	}
	return r
}
