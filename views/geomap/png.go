package geomap

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// RenderPNG draws the choropleth as a w×h PNG.
func (c Choropleth) RenderPNG(w, h int) ([]byte, error) {
	img, err := c.Render(w, h)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode map png: %w", err)
	}
	return buf.Bytes(), nil
}

// Render draws the choropleth into a new w×h image (for the GUI, which shows
// it without encoding).
func (c Choropleth) Render(w, h int) (*image.RGBA, error) {
	s, err := c.build(w, h)
	if err != nil {
		return nil, err
	}
	ts, err := newTypesetter()
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(s.chrome.bg), image.Point{}, draw.Src)
	s.drawShapes(img)
	s.drawSwatches(img)
	if err := s.drawTexts(img, ts); err != nil {
		return nil, err
	}
	return img, nil
}

// hatch is an infinite pattern of diagonal lines over a flat colour.
type hatch struct{ base, line color.RGBA }

func (hatch) ColorModel() color.Model { return color.RGBAModel }
func (hatch) Bounds() image.Rectangle {
	return image.Rect(-1e9, -1e9, 1e9, 1e9)
}

func (p hatch) At(x, y int) color.Color {
	if ((x+y)%7+7)%7 == 0 {
		return p.line
	}
	return p.base
}

func (s *scene) drawShapes(img *image.RGBA) {
	z := vector.NewRasterizer(s.w, s.h)
	for _, sh := range s.shapes {
		z.Reset(s.w, s.h)
		for _, r := range sh.rings {
			addRing(z, r)
		}
		z.Draw(img, img.Bounds(), fillSource(sh, s.chrome), image.Point{})
	}
	for _, sh := range s.shapes {
		if !sh.inset {
			s.stroke(img, z, sh.rings, s.border, s.chrome.border)
		}
	}
	for _, sh := range s.shapes {
		if sh.name == s.accent && s.accent != "" {
			s.stroke(img, z, sh.rings, math.Max(2, s.border*2.5), s.chrome.accent)
		}
	}
}

func fillSource(sh shape, ch chrome) image.Image {
	if sh.hatch {
		return hatch{sh.fill, ch.hatch}
	}
	return image.NewUniform(sh.fill)
}

func addRing(z *vector.Rasterizer, r []Point) {
	if len(r) < 3 {
		return
	}
	z.MoveTo(float32(r[0].X), float32(r[0].Y))
	for _, p := range r[1:] {
		z.LineTo(float32(p.X), float32(p.Y))
	}
	z.ClosePath()
}

// stroke draws the outlines of rings as width-wide lines: one quadrilateral
// per segment, all wound the same way so overlaps do not cancel.
func (s *scene) stroke(img *image.RGBA, z *vector.Rasterizer, rings [][]Point, width float64, col color.RGBA) {
	z.Reset(s.w, s.h)
	hw := width / 2
	for _, r := range rings {
		for i := range r {
			a, b := r[i], r[(i+1)%len(r)]
			l := math.Hypot(b.X-a.X, b.Y-a.Y)
			if l == 0 {
				continue
			}
			// Extend each segment by half the width to close the joints.
			ux, uy := (b.X-a.X)/l*hw, (b.Y-a.Y)/l*hw
			nx, ny := -uy, ux
			z.MoveTo(float32(a.X-ux+nx), float32(a.Y-uy+ny))
			z.LineTo(float32(b.X+ux+nx), float32(b.Y+uy+ny))
			z.LineTo(float32(b.X+ux-nx), float32(b.Y+uy-ny))
			z.LineTo(float32(a.X-ux-nx), float32(a.Y-uy-ny))
			z.ClosePath()
		}
	}
	z.Draw(img, img.Bounds(), image.NewUniform(col), image.Point{})
}

func (s *scene) drawSwatches(img *image.RGBA) {
	z := vector.NewRasterizer(s.w, s.h)
	for _, sw := range s.swatches {
		ring := []Point{sw.box.Min, {sw.box.Max.X, sw.box.Min.Y}, sw.box.Max, {sw.box.Min.X, sw.box.Max.Y}}
		z.Reset(s.w, s.h)
		addRing(z, ring)
		z.Draw(img, img.Bounds(), fillSource(shape{fill: sw.color, hatch: sw.hatch}, s.chrome), image.Point{})
	}
}

func (s *scene) drawTexts(img *image.RGBA, ts *typesetter) error {
	for _, t := range s.texts {
		face, err := ts.face(t.size)
		if err != nil {
			return err
		}
		if t.halo != nil {
			r := math.Max(1, t.size/10)
			for k := range 8 {
				a := float64(k) * math.Pi / 4
				drawString(img, face, *t.halo, t.s, t.x+r*math.Cos(a), t.y+r*math.Sin(a), t.bold)
			}
		}
		drawString(img, face, t.color, t.s, t.x, t.y, t.bold)
	}
	return nil
}

// drawString draws s with its baseline starting at (x, y); bold is faked by
// drawing twice half a pixel apart (the bundled font has one weight).
func drawString(img *image.RGBA, face font.Face, col color.RGBA, s string, x, y float64, bold bool) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(col), Face: face}
	d.Dot = fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}
	d.DrawString(s)
	if bold {
		d.Dot = fixed.Point26_6{X: fixed.Int26_6((x + 0.5) * 64), Y: fixed.Int26_6(y * 64)}
		d.DrawString(s)
	}
}
