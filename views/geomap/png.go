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

// Encode renders the choropleth as format "png" or "svg" at w×h pixels
// (the hook for exports; the caller writes the bytes atomically).
func (c Choropleth) Encode(format string, w, h int) ([]byte, error) {
	switch format {
	case "png":
		return c.RenderPNG(w, h)
	case "svg":
		return c.RenderSVG(w, h)
	}
	return nil, fmt.Errorf("render map: unknown format %q (want png or svg)", format)
}

// RenderPNG draws the choropleth as a w×h PNG.
func (c Choropleth) RenderPNG(w, h int) ([]byte, error) {
	img, err := c.Render(w, h)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed} // 3× faster than the default, files about 20% larger
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode map png: %w", err)
	}
	return buf.Bytes(), nil
}

// Render draws the choropleth into a new w×h image.
func (c Choropleth) Render(w, h int) (*image.RGBA, error) {
	d, err := c.Draw(w, h)
	if err != nil {
		return nil, err
	}
	return d.Image, nil
}

// Drawing is a choropleth laid out and drawn at one pixel size, kept so
// that hit tests and hover outlines need no new layout (for the GUI, which
// draws in the background). It is not changed once made: safe for
// concurrent use.
type Drawing struct {
	Chart Choropleth  // what is drawn
	Image *image.RGBA // the drawing; do not modify
	s     *scene
}

// Draw lays the choropleth out in a w×h image and draws it.
func (c Choropleth) Draw(w, h int) (*Drawing, error) {
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
	p := &painter{img: img, z: vector.NewRasterizer(w, h), ch: s.chrome}
	s.drawShapes(p)
	s.drawSwatches(p)
	if err := s.drawTexts(img, ts); err != nil {
		return nil, err
	}
	return &Drawing{Chart: c, Image: img, s: s}, nil
}

// RegionAt returns the canonical name of the region drawn at pixel (x, y).
func (d *Drawing) RegionAt(x, y int) (string, bool) {
	return d.s.regionAt(Point{float64(x) + 0.5, float64(y) + 0.5})
}

// LabelPoint returns the pixel of a point well inside region.
func (d *Drawing) LabelPoint(region string) (x, y int, ok bool) {
	return d.s.labelPoint(d.Chart.Map, region)
}

// Outlined returns a copy of the image with region outlined in the accent
// colour (the image itself when region is "").
func (d *Drawing) Outlined(region string) *image.RGBA {
	if region == "" {
		return d.Image
	}
	img := image.NewRGBA(d.Image.Rect)
	copy(img.Pix, d.Image.Pix)
	p := &painter{img: img, z: vector.NewRasterizer(d.s.w, d.s.h), ch: d.s.chrome}
	d.s.drawAccent(p, region)
	return img
}

// hatchImage returns a w×h image of diagonal lines over a flat colour, the
// fill of regions without a figure.
func hatchImage(w, h int, base, line color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := base
			if (x+y)%7 == 0 {
				c = line
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// painter draws filled paths onto an image, rasterising only the box the
// paths cover.
type painter struct {
	img   *image.RGBA
	z     *vector.Rasterizer
	hatch *image.RGBA // no-data fill, made on first use
	ch    chrome
}

// fill paints the area enclosed by rings (pixels; nonzero winding) inside the
// pixel box bounds with col, or with the hatch pattern.
func (p *painter) fill(rings [][]Point, bounds Rect, col color.RGBA, hatched bool) {
	r := image.Rect(int(math.Floor(bounds.Min.X))-1, int(math.Floor(bounds.Min.Y))-1,
		int(math.Ceil(bounds.Max.X))+1, int(math.Ceil(bounds.Max.Y))+1).Intersect(p.img.Bounds())
	if r.Empty() {
		return
	}
	p.z.Reset(r.Dx(), r.Dy())
	off := Point{float64(r.Min.X), float64(r.Min.Y)}
	for _, ring := range rings {
		addRing(p.z, ring, off)
	}
	if !hatched {
		p.z.Draw(p.img, r, image.NewUniform(col), image.Point{})
		return
	}
	if p.hatch == nil {
		b := p.img.Bounds()
		p.hatch = hatchImage(b.Dx(), b.Dy(), col, p.ch.hatch)
	}
	mask := image.NewAlpha(image.Rect(0, 0, r.Dx(), r.Dy()))
	p.z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
	draw.DrawMask(p.img, r, p.hatch, r.Min, mask, image.Point{}, draw.Over)
}

func (s *scene) drawShapes(p *painter) {
	for _, sh := range s.shapes {
		if !sh.covered {
			p.fill(sh.rings, sh.bounds, sh.fill, sh.hatch)
		}
	}
	for _, sh := range s.shapes {
		if !sh.inset && !sh.underlay {
			p.fill(strokeQuads(sh.border(), s.border), grow(sh.bounds, s.border), s.chrome.border, false)
		}
	}
	heavy := s.heavyLines()
	if len(heavy) > 0 {
		box := emptyRect()
		for _, r := range heavy {
			box = union(box, polygonsBounds([][][]Point{{r}}))
		}
		p.fill(strokeQuads(heavy, s.outlineWidth()), grow(box, s.outlineWidth()), s.chrome.outline, false)
	}
	if len(s.leaders) > 0 {
		var lines [][]Point
		box := emptyRect()
		for _, l := range s.leaders {
			lines = append(lines, []Point{l[0], l[1]})
			box = union(box, Rect{l[0], l[0]})
			box = union(box, Rect{l[1], l[1]})
		}
		w := math.Max(1, s.border)
		p.fill(strokeQuads(lines, w), grow(box, w), s.chrome.outline, false)
	}
	s.drawAccent(p, s.accent)
}

// drawAccent outlines region in the accent colour.
func (s *scene) drawAccent(p *painter, region string) {
	for _, sh := range s.shapes {
		if sh.name == region && region != "" && !sh.inset {
			wd := s.accentWidth()
			p.fill(strokeQuads(sh.border(), wd), grow(sh.bounds, wd), s.chrome.accent, false)
		}
	}
}

func (s *scene) accentWidth() float64 { return math.Max(2, s.border*2.5) }

func grow(r Rect, d float64) Rect {
	return Rect{Point{r.Min.X - d, r.Min.Y - d}, Point{r.Max.X + d, r.Max.Y + d}}
}

// addRing adds a closed ring to z, shifted by -off.
func addRing(z *vector.Rasterizer, r []Point, off Point) {
	if len(r) < 3 {
		return
	}
	z.MoveTo(float32(r[0].X-off.X), float32(r[0].Y-off.Y))
	for _, p := range r[1:] {
		z.LineTo(float32(p.X-off.X), float32(p.Y-off.Y))
	}
	z.ClosePath()
}

// strokeQuads turns the outlines of rings into width-wide quadrilaterals, one
// per segment, all wound the same way so that overlaps add up instead of
// cancelling. Each is extended by half the width to close the joints.
func strokeQuads(rings [][]Point, width float64) [][]Point {
	hw := width / 2
	var out [][]Point
	for _, r := range rings {
		for i := range r {
			a, b := r[i], r[(i+1)%len(r)]
			l := math.Hypot(b.X-a.X, b.Y-a.Y)
			if l == 0 {
				continue
			}
			ux, uy := (b.X-a.X)/l*hw, (b.Y-a.Y)/l*hw
			nx, ny := -uy, ux
			out = append(out, []Point{
				{a.X - ux + nx, a.Y - uy + ny}, {b.X + ux + nx, b.Y + uy + ny},
				{b.X + ux - nx, b.Y + uy - ny}, {a.X - ux - nx, a.Y - uy - ny},
			})
		}
	}
	return out
}

func (s *scene) drawSwatches(p *painter) {
	for _, sw := range s.swatches {
		ring := []Point{sw.box.Min, {sw.box.Max.X, sw.box.Min.Y}, sw.box.Max, {sw.box.Min.X, sw.box.Max.Y}}
		p.fill([][]Point{ring}, sw.box, sw.color, sw.hatch)
	}
}

func (s *scene) drawTexts(img *image.RGBA, ts *typesetter) error {
	for _, t := range s.texts {
		face, err := ts.face(t.size)
		if err != nil {
			return err
		}
		if t.halo == nil {
			drawString(img, face, t.color, t.s, t.x, t.y, t.bold)
			continue
		}
		// The glyphs are rasterised once into a mask, which is then laid
		// down eight times around the text in the halo colour and once in
		// the text colour.
		mask, at := textMask(face, t)
		r := math.Max(1, t.size/10)
		halo := image.NewUniform(*t.halo)
		for k := range 8 {
			a := float64(k) * math.Pi / 4
			off := image.Pt(int(math.Round(r*math.Cos(a))), int(math.Round(r*math.Sin(a))))
			draw.DrawMask(img, mask.Rect.Add(at).Add(off), halo, image.Point{}, mask, mask.Rect.Min, draw.Over)
		}
		draw.DrawMask(img, mask.Rect.Add(at), image.NewUniform(t.color), image.Point{}, mask, mask.Rect.Min, draw.Over)
	}
	return nil
}

// textMask draws t's glyphs into an alpha mask; at is where the mask's
// origin goes in the image.
func textMask(face font.Face, t text) (*image.Alpha, image.Point) {
	m := face.Metrics()
	w := font.MeasureString(face, t.s).Ceil() + 2
	asc, desc := m.Ascent.Ceil()+1, m.Descent.Ceil()+1
	x0, y0 := int(math.Floor(t.x)), int(math.Floor(t.y))
	mask := image.NewAlpha(image.Rect(0, 0, w, asc+desc))
	fx, fy := t.x-float64(x0), t.y-float64(y0)+float64(asc)
	d := font.Drawer{Dst: mask, Src: image.Opaque, Face: face,
		Dot: fixed.Point26_6{X: fixed.Int26_6(fx * 64), Y: fixed.Int26_6(fy * 64)}}
	d.DrawString(t.s)
	if t.bold {
		d.Dot = fixed.Point26_6{X: fixed.Int26_6((fx + 0.5) * 64), Y: fixed.Int26_6(fy * 64)}
		d.DrawString(t.s)
	}
	return mask, image.Pt(x0, y0-asc)
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
