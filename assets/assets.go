// Package assets embeds the application's resources: the icon and the bundled
// CJK font (WenQuanYi Micro Hei, first face of the Debian .ttc; see README.md).
package assets

import _ "embed"

// FontRegular is a single-face TrueType font with Latin and CJK glyphs, used by
// the Fyne theme and by go-chart.
//
//go:embed WenQuanYiMicroHei.ttf
var FontRegular []byte

// FontName is the family name of FontRegular.
const FontName = "WenQuanYi Micro Hei"
