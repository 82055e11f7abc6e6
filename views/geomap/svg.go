package geomap

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"
	"math"
	"strconv"
)

// RenderSVG draws the choropleth as a w×h SVG document: one path per region
// (with a <title> tooltip naming it and its value), text in the bundled
// font's family with CJK fallbacks, all text XML-escaped.
func (c Choropleth) RenderSVG(w, h int) ([]byte, error) {
	s, err := c.build(w, h)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<defs><pattern id="nodata" patternUnits="userSpaceOnUse" width="7" height="7">`+
		`<rect width="7" height="7" fill="%s"/><path d="M0,7 L7,0 M-1,1 L1,-1 M6,8 L8,6" stroke="%s" stroke-width="1"/></pattern></defs>`+"\n",
		hex(s.chrome.noData), hex(s.chrome.hatch))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="%s"/>`+"\n", w, h, hex(s.chrome.bg))
	if err := s.writeShapes(&b, c); err != nil {
		return nil, err
	}
	s.writeSwatches(&b)
	if err := s.writeTexts(&b); err != nil {
		return nil, err
	}
	b.WriteString("</svg>\n")
	return b.Bytes(), nil
}

func (s *scene) writeShapes(b *bytes.Buffer, c Choropleth) error {
	fmt.Fprintf(b, `<g stroke="%s" stroke-width="%s" stroke-linejoin="round">`+"\n", hex(s.chrome.border), num(s.border))
	for _, sh := range s.shapes {
		fill := hex(sh.fill)
		tip := sh.name + c.sep() + c.Locale.Say(NoDataText)
		switch {
		case sh.covered:
			fill, tip = "none", sh.name
		case sh.hatch:
			fill = "url(#nodata)"
		case sh.inset || sh.neutral:
			tip = sh.name
		default:
			tip = sh.name + c.sep() + c.Locale.Human(sh.value, c.Unit)
		}
		extra := ""
		if sh.inset || sh.underlay {
			extra = ` stroke="none"`
		}
		b.WriteString(`<path data-region="`)
		if err := escape(b, sh.name); err != nil {
			return err
		}
		fmt.Fprintf(b, `" fill="%s" fill-rule="evenodd"%s d="%s"><title>`, fill, extra, pathData(sh.rings))
		if err := escape(b, tip); err != nil {
			return err
		}
		b.WriteString("</title></path>\n")
	}
	b.WriteString("</g>\n")
	heavy := s.heavyLines()
	if len(heavy) > 0 {
		fmt.Fprintf(b, `<path fill="none" stroke="%s" stroke-width="%s" stroke-linejoin="round" d="%s"/>`+"\n",
			hex(s.chrome.outline), num(s.outlineWidth()), pathData(heavy))
	}
	for _, l := range s.leaders {
		fmt.Fprintf(b, `<path fill="none" stroke="%s" stroke-width="%s" d="%s"/>`+"\n",
			hex(s.chrome.outline), num(math.Max(1, s.border)), pathDataOf([][]Point{{l[0], l[1]}}, false))
	}
	for _, sh := range s.shapes {
		if sh.name == s.accent && s.accent != "" {
			fmt.Fprintf(b, `<path fill="none" stroke="%s" stroke-width="%s" stroke-linejoin="round" stroke-linecap="round" d="%s"/>`+"\n",
				hex(s.chrome.accent), num(s.accentWidth()), pathDataOf(sh.border(), true))
		}
	}
	return nil
}

func (s *scene) writeSwatches(b *bytes.Buffer) {
	for _, sw := range s.swatches {
		fill := hex(sw.color)
		if sw.hatch {
			fill = "url(#nodata)"
		}
		fmt.Fprintf(b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n",
			num(sw.box.Min.X), num(sw.box.Min.Y), num(sw.box.Dx()), num(sw.box.Dy()), fill)
	}
}

func (s *scene) writeTexts(b *bytes.Buffer) error {
	b.WriteString(`<g font-family="`)
	if err := escape(b, fontFamily); err != nil {
		return err
	}
	b.WriteString("\">\n")
	for _, t := range s.texts {
		weight := ""
		if t.bold {
			weight = ` font-weight="bold"`
		}
		if t.halo != nil {
			weight += fmt.Sprintf(` stroke="%s" stroke-width="%s" stroke-linejoin="round" paint-order="stroke"`,
				hex(*t.halo), num(2*math.Max(1, t.size/10)))
		}
		fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%s" fill="%s"%s>`, num(t.x), num(t.y), num(t.size), hex(t.color), weight)
		if err := escape(b, t.s); err != nil {
			return err
		}
		b.WriteString("</text>\n")
	}
	b.WriteString("</g>\n")
	return nil
}

// pathData writes rings as an SVG path, one decimal per coordinate.
func pathData(rings [][]Point) string { return pathDataOf(rings, true) }

// pathDataOf writes paths, closed or open, as an SVG path.
func pathDataOf(paths [][]Point, closed bool) string {
	var b bytes.Buffer
	for _, r := range paths {
		for i, p := range r {
			if i == 0 {
				b.WriteByte('M')
			} else {
				b.WriteByte('L')
			}
			b.WriteString(num(p.X))
			b.WriteByte(',')
			b.WriteString(num(p.Y))
		}
		if closed {
			b.WriteByte('Z')
		}
	}
	return b.String()
}

func num(v float64) string { return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64) }

func hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func escape(b *bytes.Buffer, s string) error {
	if err := xml.EscapeText(b, []byte(s)); err != nil {
		return fmt.Errorf("escape svg text: %w", err)
	}
	return nil
}
