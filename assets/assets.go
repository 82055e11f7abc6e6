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

// FontFileName is the file name FontRegular is shipped under.
const FontFileName = "WenQuanYiMicroHei.ttf"

// Icon is the application icon as a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte
