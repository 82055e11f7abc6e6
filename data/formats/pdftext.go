package formats

import (
	"math"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// The text of a page, glyph by glyph with its place, from our own reading
// of the content stream: ledongthuc/pdf parses the file, the stream
// (pdf.Interpret) and the fonts' ToUnicode maps, but its Page.Content
// decodes an extra "\n" through the font after every TJ (a glyph that is
// not on the page: 行 in LibreOffice's subset fonts), advances wide
// Type0 glyphs by the width of their first byte, and ignores text in form
// XObjects. This file keeps the text state itself.

// pdfMatrix is a PDF transformation matrix [a b c d e f].
type pdfMatrix [6]float64

var identity = pdfMatrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m pdfMatrix) mul(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// textState is the graphics and text state that places glyphs.
type textState struct {
	ctm          pdfMatrix
	font         *pdfFont
	size         float64 // Tfs
	charSp, wdSp float64 // Tc, Tw
	scale        float64 // Th (Tz/100)
	leading      float64 // TL
	rise         float64 // Ts
}

// pdfFont decodes a font's codes into text and widths.
type pdfFont struct {
	name    string
	decode  func(code string) string
	width   func(code string) float64 // in glyph space (1/1000 of the size)
	split   func(s string) []string   // a shown string into codes
	twoByte bool
}

// maxFormDepth bounds nested form XObjects.
const maxFormDepth = 8

// pageTexts returns a page's glyphs and the straight rules drawn on it.
func pageTexts(p pdf.Page) ([]pdf.Text, []rule) {
	x := &textReader{}
	x.run(p.V.Key("Contents"), p.Resources(), identity, 0)
	return x.out, x.rules
}

type textReader struct {
	out    []pdf.Text
	glyphs int
	rules  []rule
}

// rule is a horizontal or vertical line drawn on a page (a table's border),
// in page space: x0 <= x1, y0 <= y1, one of the two pairs equal.
type rule struct{ x0, y0, x1, y1 float64 }

func (r rule) horizontal() bool { return r.y1-r.y0 < 1 }

// maxRules bounds the rules kept from one page.
const maxRules = 5000

// pathPart is a piece of the path being built: a segment, or a thin filled
// rectangle (a rule drawn as a filled bar, as Word does).
type pathPart struct {
	x0, y0, x1, y1 float64
	bar            bool
}

// apply transforms a point by m.
func (m pdfMatrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// addRule keeps an axis-aligned segment at least 3 pt long.
func (x *textReader) addRule(x0, y0, x1, y1 float64) {
	if len(x.rules) >= maxRules {
		return
	}
	x0, x1 = math.Min(x0, x1), math.Max(x0, x1)
	y0, y1 = math.Min(y0, y1), math.Max(y0, y1)
	switch {
	case y1-y0 < 1 && x1-x0 >= 3:
		y := (y0 + y1) / 2
		x.rules = append(x.rules, rule{x0, y, x1, y})
	case x1-x0 < 1 && y1-y0 >= 3:
		xm := (x0 + x1) / 2
		x.rules = append(x.rules, rule{xm, y0, xm, y1})
	}
}

// paint turns the path into rules: every segment when it is stroked, the
// thin bars when it is filled.
func (x *textReader) paint(path []pathPart, stroke, fill bool) {
	for _, p := range path {
		if p.bar && fill || !p.bar && stroke {
			x.addRule(p.x0, p.y0, p.x1, p.y1)
		}
	}
}

// maxGlyphs bounds the glyphs read from one page.
const maxGlyphs = 400_000

func (x *textReader) run(strm, res pdf.Value, ctm pdfMatrix, depth int) {
	if strm.IsNull() || depth > maxFormDepth {
		return
	}
	g := textState{ctm: ctm, scale: 1}
	fonts := map[string]*pdfFont{} // of this stream's resources, read once
	var path []pathPart
	var cx, cy, sx, sy float64 // current point and subpath start, page space
	seg := func(x1, y1 float64) {
		if len(path) < maxRules {
			path = append(path, pathPart{x0: cx, y0: cy, x1: x1, y1: y1})
		}
		cx, cy = x1, y1
	}
	var stack []textState
	var tm, tlm pdfMatrix
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		show := func(s string) {
			if g.font == nil || x.glyphs > maxGlyphs {
				return
			}
			tm = x.show(&g, tm, s)
		}
		switch op {
		case "q":
			stack = append(stack, g)
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = pdfMatrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) == 2 {
				name := args[0].Name()
				if fonts[name] == nil {
					fonts[name] = newFont(res.Key("Font").Key(name))
				}
				g.font, g.size = fonts[name], num(1)
			}
		case "Tc":
			g.charSp = num(0)
		case "Tw":
			g.wdSp = num(0)
		case "Tz":
			g.scale = num(0) / 100
		case "TL":
			g.leading = num(0)
		case "Ts":
			g.rise = num(0)
		case "Td", "TD":
			if op == "TD" {
				g.leading = -num(1)
			}
			tlm = pdfMatrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) == 6 {
				tlm = pdfMatrix{num(0), num(1), num(2), num(3), num(4), num(5)}
				tm = tlm
			}
		case "T*":
			tlm = pdfMatrix{1, 0, 0, 1, 0, -g.leading}.mul(tlm)
			tm = tlm
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'", "\"":
			if op == "\"" && len(args) == 3 {
				g.wdSp, g.charSp = num(0), num(1)
			}
			tlm = pdfMatrix{1, 0, 0, 1, 0, -g.leading}.mul(tlm)
			tm = tlm
			if len(args) > 0 {
				show(args[len(args)-1].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			for i := 0; i < args[0].Len(); i++ {
				v := args[0].Index(i)
				if v.Kind() == pdf.String {
					show(v.RawString())
				} else {
					tm = pdfMatrix{1, 0, 0, 1, -v.Float64() / 1000 * g.size * g.scale, 0}.mul(tm)
				}
			}
		case "m":
			cx, cy = g.ctm.apply(num(0), num(1))
			sx, sy = cx, cy
		case "l":
			seg(g.ctm.apply(num(0), num(1)))
		case "h":
			seg(sx, sy)
		case "re":
			path = append(path, rectParts(g.ctm, num(0), num(1), num(2), num(3))...)
		case "S", "s":
			if op == "s" {
				seg(sx, sy)
			}
			x.paint(path, true, false)
			path = path[:0]
		case "f", "F", "f*":
			x.paint(path, false, true)
			path = path[:0]
		case "B", "B*", "b", "b*":
			x.paint(path, true, true)
			path = path[:0]
		case "n":
			path = path[:0]
		case "Do":
			if len(args) == 1 {
				x.form(res.Key("XObject").Key(args[0].Name()), res, g.ctm, depth)
			}
		}
	})
}

// rectParts are the parts of a rectangle: its four sides, and itself as a
// bar when it is thin (under 3 pt one way, a rule).
func rectParts(m pdfMatrix, x, y, w, h float64) []pathPart {
	x0, y0 := m.apply(x, y)
	x1, y1 := m.apply(x+w, y+h)
	parts := []pathPart{
		{x0: x0, y0: y0, x1: x1, y1: y0}, {x0: x1, y0: y0, x1: x1, y1: y1},
		{x0: x1, y0: y1, x1: x0, y1: y1}, {x0: x0, y0: y1, x1: x0, y1: y0},
	}
	if math.Abs(x1-x0) < 3 || math.Abs(y1-y0) < 3 {
		if math.Abs(x1-x0) < 3 {
			xm := (x0 + x1) / 2
			parts = append(parts, pathPart{x0: xm, y0: y0, x1: xm, y1: y1, bar: true})
		} else {
			ym := (y0 + y1) / 2
			parts = append(parts, pathPart{x0: x0, y0: ym, x1: x1, y1: ym, bar: true})
		}
	}
	return parts
}

// form reads the text of a form XObject drawn with Do.
func (x *textReader) form(xo, res pdf.Value, ctm pdfMatrix, depth int) {
	if xo.Key("Subtype").Name() != "Form" {
		return
	}
	m := identity
	if mv := xo.Key("Matrix"); mv.Len() == 6 {
		for i := range 6 {
			m[i] = mv.Index(i).Float64()
		}
	}
	if r := xo.Key("Resources"); !r.IsNull() {
		res = r
	}
	x.run(xo, res, m.mul(ctm), depth+1)
}

// show places the glyphs of one shown string and returns the text matrix
// after them.
func (x *textReader) show(g *textState, tm pdfMatrix, s string) pdfMatrix {
	f := g.font
	for _, code := range f.split(s) {
		x.glyphs++
		w := f.width(code) / 1000
		trm := pdfMatrix{g.size * g.scale, 0, 0, g.size, 0, g.rise}.mul(tm).mul(g.ctm)
		size := math.Hypot(trm[2], trm[3])
		adv := w*g.size + g.charSp
		if code == " " && !f.twoByte {
			adv += g.wdSp
		}
		adv *= g.scale
		if text := f.decode(code); text != "" {
			x.out = append(x.out, pdf.Text{Font: f.name, FontSize: size, X: trm[4], Y: trm[5], W: w * size * g.scale, S: text})
		}
		tm = pdfMatrix{1, 0, 0, 1, adv, 0}.mul(tm)
	}
	return tm
}

// newFont reads a font dictionary: simple fonts have one-byte codes and
// /Widths; Type0 fonts two-byte codes (Identity-H) or the GB codes of a
// predefined Chinese CMap, and /W widths in their descendant font. Text
// comes from the ToUnicode map when there is one, else from the
// predefined CMap (GBK-EUC-H and its kin as GB18030, UniGB-UTF16-H and
// UniGB-UCS2-H as UTF-16).
func newFont(v pdf.Value) *pdfFont {
	pf := &pdf.Font{V: v}
	f := &pdfFont{name: strings.TrimLeft(subsetless(v.Key("BaseFont").Name()), "+")}
	enc := v.Key("Encoding").Name()
	toUnicode := v.Key("ToUnicode").Kind() == pdf.Stream
	if v.Key("Subtype").Name() != "Type0" {
		f.split = splitBytes
		f.width = func(c string) float64 {
			w := pf.Width(int(c[0]))
			if w == 0 {
				return 500
			}
			return w
		}
		e := pf.Encoder()
		f.decode = e.Decode
		return f
	}
	f.twoByte = true
	widths := cidWidths(v.Key("DescendantFonts").Index(0))
	switch {
	case isGBCMap(enc):
		f.split = splitGB
		f.width = func(c string) float64 {
			if len(c) == 1 {
				return 500
			}
			return 1000
		}
	case strings.HasPrefix(enc, "UniGB-UTF16") || strings.HasPrefix(enc, "UniGB-UCS2"):
		f.split = splitUTF16
		f.width = func(string) float64 { return 1000 }
	default: // Identity-H and other two-byte CMaps
		f.split = splitPairs
		f.width = func(c string) float64 { return widths.of(int(c[0])<<8 | int(c[len(c)-1])) }
	}
	switch {
	case isGBCMap(enc): // the codes are GB text: no need of ToUnicode
		f.decode = decodeGB
	case strings.HasPrefix(enc, "UniGB-UTF16") || strings.HasPrefix(enc, "UniGB-UCS2"):
		f.decode = decodeUTF16BE
	case toUnicode && (enc == "Identity-H" || enc == ""):
		f.decode = pf.Encoder().Decode
	case isGBCMap(enc):
		f.decode = decodeGB
	case strings.HasPrefix(enc, "UniGB-UTF16") || strings.HasPrefix(enc, "UniGB-UCS2"):
		f.decode = decodeUTF16BE
	default:
		f.decode = func(string) string { return "\ufffd" } // glyph ids with no text
	}
	return f
}

func subsetless(name string) string {
	if i := strings.IndexByte(name, '+'); i == 6 {
		return name[i+1:]
	}
	return name
}

// isGBCMap reports the predefined CMaps of GB2312 and GBK codes.
func isGBCMap(enc string) bool {
	return strings.HasPrefix(enc, "GBK") || strings.HasPrefix(enc, "GB-") || strings.HasPrefix(enc, "GBpc") || strings.HasPrefix(enc, "GBT")
}

func splitBytes(s string) []string {
	out := make([]string, len(s))
	for i := range len(s) {
		out[i] = s[i : i+1]
	}
	return out
}

func splitPairs(s string) []string {
	out := make([]string, 0, len(s)/2+1)
	for len(s) >= 2 {
		out, s = append(out, s[:2]), s[2:]
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// splitGB splits GB codes: bytes under 0x80 alone, others in pairs.
func splitGB(s string) []string {
	var out []string
	for len(s) > 0 {
		n := 1
		if s[0] >= 0x80 && len(s) >= 2 {
			n = 2
		}
		out, s = append(out, s[:n]), s[n:]
	}
	return out
}

// splitUTF16 splits UTF-16BE code units, surrogate pairs together.
func splitUTF16(s string) []string {
	var out []string
	for len(s) >= 2 {
		n := 2
		if s[0] >= 0xd8 && s[0] < 0xdc && len(s) >= 4 {
			n = 4
		}
		out, s = append(out, s[:n]), s[n:]
	}
	return out
}

func decodeGB(c string) string {
	out, err := simplifiedchinese.GB18030.NewDecoder().String(c)
	if err != nil {
		return "\ufffd"
	}
	return out
}

func decodeUTF16BE(c string) string {
	u := make([]uint16, 0, len(c)/2)
	for i := 0; i+1 < len(c); i += 2 {
		u = append(u, uint16(c[i])<<8|uint16(c[i+1]))
	}
	return string(utf16.Decode(u))
}

// cidWidthTable holds a CID font's widths: /DW and the /W array.
type cidWidthTable struct {
	dflt   float64
	single map[int]float64
}

func (t cidWidthTable) of(cid int) float64 {
	if w, ok := t.single[cid]; ok {
		return w
	}
	return t.dflt
}

// cidWidths reads /DW and /W ([c [w1 w2 …]] and [c1 c2 w] entries).
func cidWidths(df pdf.Value) cidWidthTable {
	t := cidWidthTable{dflt: 1000, single: map[int]float64{}}
	if dw := df.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		t.dflt = dw.Float64()
	}
	w := df.Key("W")
	for i := 0; i < w.Len() && len(t.single) < 70000; {
		first := int(w.Index(i).Int64())
		if i+1 < w.Len() && w.Index(i+1).Kind() == pdf.Array {
			arr := w.Index(i + 1)
			for k := 0; k < arr.Len() && k < 70000; k++ {
				t.single[first+k] = arr.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c := first; c <= last && c-first < 70000; c++ {
			t.single[c] = width
		}
		i += 3
	}
	return t
}
