package chart

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// svgGlyphs wraps go-chart's SVG renderer so that text is drawn as glyph
// outlines of the bundled font instead of <text> elements: the file then
// shows the same letters on a machine without any CJK font and in office
// programs that ignore web fonts. The words stay in the file as each
// text's aria-label and in the root's <title> and <desc>, so it remains
// searchable and accessible.
type svgGlyphs struct {
	gochart.Renderer
	size  float64
	color drawing.Color
	texts []placedText
}

// placedText is one text drawn: its baseline's left end, size and colour.
type placedText struct {
	body  string
	x, y  float64
	size  float64
	color drawing.Color
}

// SetFontSize records the size of the next texts.
func (s *svgGlyphs) SetFontSize(size float64) {
	s.size = size
	s.Renderer.SetFontSize(size)
}

// SetFontColor records the colour of the next texts.
func (s *svgGlyphs) SetFontColor(c drawing.Color) {
	s.color = c
	s.Renderer.SetFontColor(c)
}

// Text records body to be drawn as outlines; nothing goes to go-chart.
func (s *svgGlyphs) Text(body string, x, y int) {
	if strings.TrimSpace(body) != "" {
		s.texts = append(s.texts, placedText{body, float64(x), float64(y), s.size, s.color})
	}
}

// glyphOutline is one glyph's outline as SVG path data in font units, y
// pointing down, and its advance width.
type glyphOutline struct {
	path    string
	advance float64
}

// outlines caches glyph outlines of the bundled font by glyph index.
var outlines sync.Map // truetype.Index -> glyphOutline

// outline returns glyph idx of f as path data (font units, y down).
func outline(f *truetype.Font, idx truetype.Index) glyphOutline {
	if g, ok := outlines.Load(idx); ok {
		return g.(glyphOutline)
	}
	upem := fixed.Int26_6(f.FUnitsPerEm())
	var gb truetype.GlyphBuf
	g := glyphOutline{advance: float64(f.HMetric(upem, idx).AdvanceWidth)}
	if err := gb.Load(f, upem, idx, font.HintingNone); err == nil {
		g.path = contoursPath(gb.Points, gb.Ends)
	}
	outlines.Store(idx, g)
	return g
}

// contoursPath writes TrueType contours (quadratic curves; two off-curve
// points in a row imply an on-curve point halfway) as SVG path data.
func contoursPath(pts []truetype.Point, ends []int) string {
	var b strings.Builder
	start := 0
	for _, end := range ends {
		contourPath(&b, pts[start:end])
		start = end
	}
	return b.String()
}

// contourPath writes one closed contour: from an on-curve start point
// (the midpoint of the last and first points when both are off the
// curve) through every point and back to the start.
func contourPath(b *strings.Builder, c []truetype.Point) {
	n := len(c)
	if n == 0 {
		return
	}
	type pt struct {
		x, y float64
		on   bool
	}
	ps := make([]pt, n)
	for i, p := range c {
		ps[i] = pt{float64(p.X), -float64(p.Y), p.Flags&1 != 0}
	}
	var start pt
	var seq []pt
	switch {
	case ps[0].on:
		start, seq = ps[0], ps[1:]
	case ps[n-1].on:
		start, seq = ps[n-1], ps[:n-1]
	default:
		start, seq = pt{(ps[n-1].x + ps[0].x) / 2, (ps[n-1].y + ps[0].y) / 2, true}, ps
	}
	fmt.Fprintf(b, "M%s %s", num(start.x), num(start.y))
	var ctrl *pt
	for _, p := range append(slices.Clone(seq), start) {
		switch {
		case p.on && ctrl == nil:
			fmt.Fprintf(b, "L%s %s", num(p.x), num(p.y))
		case p.on:
			fmt.Fprintf(b, "Q%s %s %s %s", num(ctrl.x), num(ctrl.y), num(p.x), num(p.y))
			ctrl = nil
		case ctrl != nil:
			fmt.Fprintf(b, "Q%s %s %s %s", num(ctrl.x), num(ctrl.y), num((ctrl.x+p.x)/2), num((ctrl.y+p.y)/2))
			ctrl = &p
		default:
			ctrl = &p
		}
	}
	b.WriteString("Z")
}

// num writes a coordinate briefly.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// glyphSVG writes the recorded texts as <use> references to glyph outlines
// defined once each, every text a group named by its words.
func glyphSVG(f *truetype.Font, texts []placedText) (defs, body string) {
	upem := float64(f.FUnitsPerEm())
	used := map[truetype.Index]bool{}
	var order []truetype.Index
	var g strings.Builder
	for _, t := range texts {
		scale := t.size / upem
		fmt.Fprintf(&g, `<g fill="%s" role="img" aria-label="%s">`, hexOf(t.color), escapeXML(t.body))
		x := t.x
		prev := truetype.Index(0)
		for i, r := range t.body {
			idx := f.Index(r)
			if i > 0 {
				x += float64(f.Kern(fixed.Int26_6(upem), prev, idx)) * scale
			}
			o := outline(f, idx)
			if o.path != "" {
				if !used[idx] {
					used[idx] = true
					order = append(order, idx)
				}
				fmt.Fprintf(&g, `<use xlink:href="#g%d" transform="translate(%s %s) scale(%s)"/>`,
					idx, round2(x), round2(t.y), strconv.FormatFloat(scale, 'g', 6, 64))
			}
			x += o.advance * scale
			prev = idx
		}
		g.WriteString("</g>\n")
	}
	var d strings.Builder
	d.WriteString("<defs>\n")
	for _, idx := range order {
		fmt.Fprintf(&d, `<path id="g%d" d="%s"/>`+"\n", idx, outline(f, idx).path)
	}
	d.WriteString("</defs>\n")
	return d.String(), g.String()
}

// round2 writes v with at most two decimals.
func round2(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// hexOf writes c as #rrggbb (with fill-opacity left to the default).
func hexOf(c drawing.Color) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// withGlyphs inserts the title, description, glyph definitions and the
// texts into go-chart's SVG.
func withGlyphs(svg []byte, f *truetype.Font, texts []placedText) []byte {
	defs, body := glyphSVG(f, texts)
	var words []string
	for _, t := range texts {
		words = append(words, t.body)
	}
	title := ""
	if len(words) > 0 {
		title = words[0]
	}
	head := fmt.Sprintf("<title>%s</title>\n<desc>%s</desc>\n%s", escapeXML(title), escapeXML(strings.Join(words, " · ")), defs)
	if i := bytes.IndexByte(svg, '>'); i >= 0 && bytes.HasPrefix(svg, []byte("<svg")) {
		svg = append(svg[:i+1:i+1], append([]byte("\n"+head), svg[i+1:]...)...)
	}
	end := bytes.LastIndex(svg, []byte("</svg>"))
	if end < 0 {
		return svg
	}
	out := append([]byte{}, svg[:end]...)
	out = append(out, body...)
	return append(out, svg[end:]...)
}
