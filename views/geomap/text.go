package geomap

import (
	"fmt"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"zhibiao/assets"
)

// fontFamily is the SVG font-family list: the bundled face first, then common
// CJK faces on the systems that open the file.
const fontFamily = "'" + assets.FontName + "', 'Noto Sans CJK SC', 'Source Han Sans SC', " +
	"'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', sans-serif"

// typesetter measures and draws text with the bundled font, caching one face
// per size for the duration of a render.
type typesetter struct {
	font  *opentype.Font
	faces map[float64]font.Face
}

func newTypesetter() (*typesetter, error) {
	f, err := opentype.Parse(assets.FontRegular)
	if err != nil {
		return nil, fmt.Errorf("parse bundled font: %w", err)
	}
	return &typesetter{font: f, faces: map[float64]font.Face{}}, nil
}

// face returns the face at size pixels.
func (t *typesetter) face(size float64) (font.Face, error) {
	if f, ok := t.faces[size]; ok {
		return f, nil
	}
	f, err := opentype.NewFace(t.font, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("font face %.1fpx: %w", size, err)
	}
	t.faces[size] = f
	return f, nil
}

// width is the advance width of s at size, in pixels.
func (t *typesetter) width(s string, size float64) (float64, error) {
	f, err := t.face(size)
	if err != nil {
		return 0, err
	}
	return float64(font.MeasureString(f, s)) / 64, nil
}
