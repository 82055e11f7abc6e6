package chart

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/golang/freetype/truetype"
)

// escapeXML escapes XML's special characters and drops the control
// characters XML 1.0 does not allow.
func escapeXML(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case r < 0x20 && r != '\t', r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			// not allowed in XML 1.0 (newlines would also break the line)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fixSVG post-processes go-chart's SVG output: it gives the root element a
// width and height (go-chart writes only a viewBox, so some viewers pick an
// arbitrary size) and replaces the font family — go-chart writes the font's
// garbled internal name — with a list of CJK fonts viewers are likely to have.
func fixSVG(svg []byte, f *truetype.Font, width, height int) []byte {
	viewBox := fmt.Sprintf(`viewBox="0 0 %d %d">`, width, height)
	sized := fmt.Sprintf(`width="%d" height="%d" viewBox="0 0 %d %d">`, width, height, width, height)
	svg = bytes.Replace(svg, []byte(viewBox), []byte(sized), 1)
	family := "font-family:sans-serif"
	if name := f.Name(truetype.NameIDFontFamily); name != "" {
		family = fmt.Sprintf(`font-family:'%s',sans-serif`, name)
	}
	return bytes.ReplaceAll(svg, []byte(family), []byte("font-family:"+fontFamilySVG))
}
