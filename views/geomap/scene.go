package geomap

import (
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"

	"zhibiao/views/chart"
)

// Choropleth is a map whose regions are filled by their values.
type Choropleth struct {
	Map       *Map
	Values    map[string]float64 // by region name; aliases are resolved with the map's join
	Unit      string             // base unit of the values (人, 元, %), shown in the legend
	Period    string             // the figures' period, shown in the legend; none when empty
	Locale    chart.Locale       // the legend's words (单位, 无数据) and the numbers' form
	Title     string             // drawn above the map; none when empty
	Note      string             // small print under the map (source, period); none when empty
	Dark      bool               // dark background and text
	NoLabels  bool               // draw no region names or values on the map
	Highlight string             // region outlined in the accent colour (hover, selection)
	Neutral   []string           // regions left out of the comparison: a neutral fill, neither a figure nor 无数据
	// Scale is set for a screen: pixels per unit of the interface
	// (FYNE_SCALE=1.5: the picture is 1.5 times the widget's size in Fyne
	// units); text and margins grow with it and keep a legible minimum.
	// 0 is a file, drawn at its fixed sizes.
	Scale float64
}

// NoDataText is the legend text for regions without a figure (in Chinese;
// Choropleth.Locale translates it).
const NoDataText = "无数据"

// palette of the non-data parts of a map.
type chrome struct {
	bg, text, border, noData, hatch, accent, inset, neutral, outline color.RGBA
}

func (c Choropleth) chrome() chrome {
	if c.Dark {
		return chrome{
			bg: rgb(0x1e1e1e), text: rgb(0xe8e8e8), border: rgb(0x1e1e1e),
			noData: rgb(0x3a3a3a), hatch: rgb(0x5c5c5c), accent: rgb(0xffa726), inset: rgb(0x8a8a8a),
			neutral: rgb(0x2e2e2e), outline: rgb(0xb0b0b0),
		}
	}
	return chrome{
		bg: rgb(0xffffff), text: rgb(0x212121), border: rgb(0xffffff),
		noData: rgb(0xe4e4e4), hatch: rgb(0xb4b4b4), accent: rgb(0xe65100), inset: rgb(0x9a9a9a),
		neutral: rgb(0xededed), outline: rgb(0x5a5a5a),
	}
}

func rgb(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// shape is one region projected to pixels.
type shape struct {
	name     string
	rings    [][]Point // every ring of every polygon; exteriors counter-clockwise on screen, holes clockwise
	fill     color.RGBA
	hatch    bool // no figure: hatched
	inset    bool // decoration: flat, no border, not hit-tested
	neutral  bool // left out of the comparison: flat neutral fill
	underlay bool // a coarser division's own figure, beneath the regions
	covered  bool // no figure of its own, but inside an underlay that has one: not filled
	value    float64
	has      bool
	bounds   Rect
}

// text is one line of text: left end of its baseline.
type text struct {
	s     string
	x, y  float64
	size  float64
	color color.RGBA
	bold  bool
	halo  *color.RGBA // outline drawn around the glyphs, if set
}

// swatch is a legend key.
type swatch struct {
	box   Rect
	color color.RGBA
	hatch bool
}

// scene is everything a renderer draws, in pixels.
type scene struct {
	w, h     int
	chrome   chrome
	proj     Projection
	mapBox   Rect
	shapes   []shape
	outlines [][]Point  // larger divisions' borders, drawn heavier
	leaders  [][2]Point // lines from a region to its label placed beside it
	texts    []text
	swatches []swatch
	border   float64 // border line width
	accent   string  // highlighted region
}

// sizes of the text, derived from the image size.
type sizes struct {
	base, title, label, note, margin float64
}

// newSizes sizes text and margins for a w×h picture: a file (zoom 0) or
// a screen with zoom pixels per unit of the interface (FYNE_SCALE), sized
// as for a picture zoom times smaller, then zoomed, so that the map's text
// grows with the interface's. On screen the text is at least minScreenBase
// units (the interface's own is 14): a map a few hundred units high drew
// 7 px notes beside it.
func newSizes(w, h int, zoom float64) sizes {
	floor := 9.0
	if zoom > 0 && !math.IsInf(zoom, 0) {
		floor = minScreenBase
	} else {
		zoom = 1
	}
	side := float64(min(w, h)) / zoom
	base := math.Max(floor, math.Min(16, side/40)) * zoom
	return sizes{base: base, title: math.Round(base * 1.4), label: math.Round(base * 0.95),
		note: math.Round(base * 0.8), margin: math.Max(6, side*0.02) * zoom}
}

// build lays the choropleth out in a w×h image.
func (c Choropleth) build(w, h int) (*scene, error) {
	if c.Map == nil || len(c.Map.Features) == 0 {
		return nil, errors.New("render map: no map")
	}
	if w < 64 || h < 64 {
		return nil, fmt.Errorf("render map: size %dx%d too small (min 64x64)", w, h)
	}
	ts, err := newTypesetter()
	if err != nil {
		return nil, err
	}
	sz := newSizes(w, h, c.Scale)
	s := &scene{w: w, h: h, chrome: c.chrome(), border: math.Max(0.8, sz.base/14), accent: c.Highlight}
	values := Canonicalize(c.Values, c.Map.resolve)
	scale := NewScale(c.presentValues(values))
	legend, legendW, err := c.legend(ts, sz, scale)
	if err != nil {
		return nil, err
	}
	avail := float64(w) - 2*sz.margin
	title, err := fitLines(ts, c.Title, sz.title, avail)
	if err != nil {
		return nil, err
	}
	note, err := fitLines(ts, c.Note, sz.note, avail)
	if err != nil {
		return nil, err
	}
	s.mapBox = mapBox(w, h, sz, legendW, title, note)
	fitBox := s.mapBox
	if slices.ContainsFunc(c.Map.Features, func(f Feature) bool { return f.Inset }) {
		fitBox.Max.X -= s.insetWidth() * 0.75 // room for the inset in the lower right corner
	}
	s.proj = FitMap(c.Map, fitBox)
	s.shapes = c.shapes(s, values, scale)
	for _, o := range c.Map.Outlines {
		s.outlines = append(s.outlines, s.proj.ProjectRing(o))
	}
	s.addTitleNote(sz, title, note)
	s.placeLegend(legend, sz)
	if !c.NoLabels {
		if err := s.placeLabels(c, ts, sz); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// presentValues are the values of the regions on the map.
func (c Choropleth) presentValues(values map[string]float64) []float64 {
	var out []float64
	for _, f := range c.Map.Features {
		if v, ok := values[f.Name]; ok && !math.IsNaN(v) && !math.IsInf(v, 0) && !f.Inset {
			out = append(out, v)
		}
	}
	return out
}

func mapBox(w, h int, sz sizes, legendW float64, title, note block) Rect {
	top := sz.margin + title.height()
	bottom := float64(h) - sz.margin - note.height()
	return Rect{Point{sz.margin, top}, Point{float64(w) - sz.margin - legendW, bottom}}
}

// minScreenBase is the smallest base text size of a map on screen, in
// units of the interface.
const minScreenBase = 11

// block is a paragraph of text fitted to a width.
type block struct {
	lines  []string
	widths []float64
	size   float64
}

// height is the vertical space the block takes, with spacing.
func (b block) height() float64 {
	if len(b.lines) == 0 {
		return 0
	}
	return b.size * (1.3*float64(len(b.lines)) + 0.5)
}

// fitLines fits s into width: at size if its widest line fits, else
// shrunk (down to 8 px or 80%), else wrapped at rune boundaries. A newline
// starts a new line (the note and the source line; it was drawn as a
// missing-glyph box).
func fitLines(ts *typesetter, s string, size, width float64) (block, error) {
	if s == "" {
		return block{size: size}, nil
	}
	paras := strings.Split(s, "\n")
	tw := 0.0
	for _, p := range paras {
		w, err := ts.width(p, size)
		if err != nil {
			return block{}, err
		}
		tw = math.Max(tw, w)
	}
	if tw > width {
		size = math.Round(math.Max(math.Min(8, size), math.Max(size*0.8, size*width/tw)))
	}
	b := block{size: size}
	for _, p := range paras {
		if err := b.wrap(ts, p, width); err != nil {
			return block{}, err
		}
	}
	return b, nil
}

// wrap adds the lines of paragraph p wrapped at rune boundaries to width.
func (b *block) wrap(ts *typesetter, p string, width float64) error {
	line, lineW := []rune{}, 0.0
	for _, r := range p {
		rw, err := ts.width(string(r), b.size)
		if err != nil {
			return err
		}
		if lineW+rw > width && len(line) > 0 {
			b.lines, b.widths = append(b.lines, string(line)), append(b.widths, lineW)
			line, lineW = line[:0], 0
		}
		line, lineW = append(line, r), lineW+rw
	}
	b.lines, b.widths = append(b.lines, string(line)), append(b.widths, lineW)
	return nil
}

func (c Choropleth) shapes(s *scene, values map[string]float64, scale Scale) []shape {
	out := make([]shape, 0, len(c.Map.Features))
	neutral := c.neutralSet()
	for _, f := range c.Map.Features {
		sh := shape{name: f.Name, fill: s.chrome.noData, hatch: true, bounds: emptyRect(), underlay: f.Underlay}
		v, has := values[f.Name]
		has = has && !math.IsNaN(v) && !math.IsInf(v, 0)
		switch {
		case f.Inset:
			sh.fill, sh.hatch, sh.inset = s.chrome.inset, false, true
		case has:
			sh.fill, sh.hatch, sh.value, sh.has = scale.Color(v), false, v, true
		case c.coveredBy(f, values) != "":
			sh.hatch, sh.covered = false, true
		case neutral[f.Name]:
			sh.fill, sh.hatch, sh.neutral = s.chrome.neutral, false, true
		}
		proj := s.proj.ProjectRing
		if f.Inset {
			proj = s.insetProjection(f.Bounds)
		}
		for _, poly := range f.Polygons {
			for k, r := range poly {
				pr := proj(r)
				// Screen y grows down, so counter-clockwise has negative area.
				if (signedArea(pr) < 0) != (k == 0) {
					slices.Reverse(pr)
				}
				sh.rings = append(sh.rings, pr)
				if k == 0 {
					sh.bounds = union(sh.bounds, polygonsBounds([][][]Point{{pr}}))
				}
			}
		}
		out = append(out, sh)
	}
	return out
}

// coveredBy returns the underlay with a figure that region f (without one)
// lies in, or "".
func (c Choropleth) coveredBy(f Feature, values map[string]float64) string {
	if f.Underlay || f.Inset {
		return ""
	}
	for _, w := range f.Within {
		if _, ok := values[w]; ok {
			if u, ok := c.Map.Feature(w); ok && u.Underlay {
				return w
			}
		}
	}
	return ""
}

// neutralSet is the canonical names of the regions left out.
func (c Choropleth) neutralSet() map[string]bool {
	set := make(map[string]bool, len(c.Neutral))
	for _, r := range c.Neutral {
		set[c.Map.Resolve(r)] = true
	}
	return set
}

// IsNeutral reports whether region (a canonical name) is drawn as left out
// of the comparison: in Neutral and without a figure.
func (c Choropleth) IsNeutral(region string) bool {
	if _, ok := Canonicalize(c.Values, c.Map.resolve)[region]; ok {
		return false
	}
	return c.neutralSet()[region]
}

// border is the path stroked around the shape.
func (sh shape) border() [][]Point { return sh.rings }

// addTitleNote places the title centred at the top and the note at the
// bottom left.
// heavyLines are the lines drawn in the heavy outline stroke over the
// shapes: the rings of the underlay (the wider region a map sits in) and
// the outlines, for the PNG and the SVG alike.
func (s *scene) heavyLines() [][]Point {
	var heavy [][]Point
	for _, sh := range s.shapes {
		if sh.underlay {
			heavy = append(heavy, sh.rings...)
		}
	}
	return append(heavy, s.outlines...)
}

func (s *scene) addTitleNote(sz sizes, title, note block) {
	y := sz.margin
	for i, l := range title.lines {
		y += title.size * 1.3
		x := math.Max(sz.margin, (float64(s.w)-title.widths[i])/2)
		s.texts = append(s.texts, text{l, x, y - title.size*0.2, title.size, s.chrome.text, true, nil})
	}
	y = float64(s.h) - sz.margin - note.height()
	for _, l := range note.lines {
		y += note.size * 1.3
		s.texts = append(s.texts, text{l, sz.margin, y + note.size*0.3, note.size, s.chrome.text, false, nil})
	}
}

// legendRow is a legend line before placement.
type legendRow struct {
	label string
	sw    *swatch
}

// legend returns the legend rows and the width of the legend column:
// unit and period, the classes, the coarser divisions' own figures, 无数据
// and 未勾选 when the map shows them.
func (c Choropleth) legend(ts *typesetter, sz sizes, scale Scale) ([]legendRow, float64, error) {
	var rows []legendRow
	loc := c.Locale
	if c.Unit != "" {
		rows = append(rows, legendRow{label: loc.Say("单位：") + c.Unit})
	}
	if c.Period != "" {
		rows = append(rows, legendRow{label: c.Period})
	}
	for i := len(scale.Classes) - 1; i >= 0; i-- {
		cl := scale.Classes[i]
		label := loc.Human(cl.Min, "") + " – " + loc.Human(cl.Max, "")
		if scale.Exact {
			label = loc.Human(cl.Min, "")
		}
		rows = append(rows, legendRow{label, &swatch{color: cl.Color}})
	}
	values := Canonicalize(c.Values, c.Map.resolve)
	for _, f := range c.Map.Features {
		if v, ok := values[f.Name]; ok && f.Underlay {
			label := fmt.Sprintf(loc.Say("%s（全境）：%s"), f.Name, loc.Human(v, c.Unit))
			rows = append(rows, legendRow{label, &swatch{color: scale.Color(v)}})
		}
	}
	if c.hasMissing() {
		rows = append(rows, legendRow{loc.Say(NoDataText), &swatch{color: c.chrome().noData, hatch: true}})
	}
	if c.hasNeutral() {
		rows = append(rows, legendRow{loc.Say("未勾选"), &swatch{color: c.chrome().neutral}})
	}
	maxW := 0.0
	for _, r := range rows {
		tw, err := ts.width(r.label, sz.base)
		if err != nil {
			return nil, 0, err
		}
		if r.sw != nil {
			tw += sz.base * 2
		}
		maxW = math.Max(maxW, tw)
	}
	return rows, maxW + sz.margin, nil
}

// hasNeutral reports whether a region is drawn as left out.
func (c Choropleth) hasNeutral() bool {
	for _, f := range c.Map.Features {
		if c.IsNeutral(f.Name) && !f.Underlay && !f.Inset {
			return true
		}
	}
	return false
}

// hasMissing reports whether a region is drawn as 无数据.
func (c Choropleth) hasMissing() bool {
	values := Canonicalize(c.Values, c.Map.resolve)
	neutral := c.neutralSet()
	for _, f := range c.Map.Features {
		if _, ok := values[f.Name]; !ok && !f.Inset && !f.Underlay && !neutral[f.Name] && c.coveredBy(f, values) == "" {
			return true
		}
	}
	return false
}

// placeLegend puts the legend rows in the right-hand column, bottom-aligned
// with the map box.
func (s *scene) placeLegend(rows []legendRow, sz sizes) {
	rowH := sz.base * 1.7
	x := s.mapBox.Max.X + sz.margin
	y := s.mapBox.Max.Y - rowH*float64(len(rows))
	for _, r := range rows {
		tx := x
		if r.sw != nil {
			box := Rect{Point{x, y + rowH*0.15}, Point{x + sz.base*1.4, y + rowH*0.85}}
			s.swatches = append(s.swatches, swatch{box, r.sw.color, r.sw.hatch})
			tx += sz.base * 2
		}
		s.texts = append(s.texts, text{r.label, tx, y + rowH*0.5 + sz.base*0.36, sz.base, s.chrome.text, false, nil})
		y += rowH
	}
}

// placeLabels writes region names (and values) at their label points,
// regions with figures first, then larger ones. A region with a figure
// always gets its label: when its own spot is taken or too small, beside it
// with a leader line, at worst smaller over other text. Other labels are
// skipped when they would overlap one already placed or leave the map box.
func (s *scene) placeLabels(c Choropleth, ts *typesetter, sz sizes) error {
	order := make([]int, len(s.shapes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		sa, sb := s.shapes[a], s.shapes[b]
		if sa.has != sb.has {
			if sa.has {
				return -1
			}
			return 1
		}
		return cmp.Compare(sb.bounds.Dx()*sb.bounds.Dy(), sa.bounds.Dx()*sa.bounds.Dy())
	})
	placed := make([]Rect, 0, len(order))
	for _, i := range order {
		sh := s.shapes[i]
		if sh.inset || sh.underlay {
			continue
		}
		texts, box, ok, err := s.fitLabel(ts, c, c.Map.Features[i], sh, sz.label, placed)
		if err != nil {
			return err
		}
		if ok {
			placed = append(placed, box)
			s.texts = append(s.texts, texts...)
		}
	}
	return nil
}

// fitLabel tries the label at full size, then smaller, then (for a region
// without a figure) the name alone, and returns the first that stays in the
// map box clear of placed labels. A region with a figure then tries spots
// around its own, joined to it by a leader line, and at last its own spot
// at the small size whatever it overlaps.
func (s *scene) fitLabel(ts *typesetter, c Choropleth, f Feature, sh shape, size float64, placed []Rect) ([]text, Rect, bool, error) {
	full := []string{f.Name}
	if sh.has {
		full = append(full, c.Locale.Human(sh.value, c.Unit))
	}
	small := math.Round(size * 0.82)
	tries := []struct {
		lines []string
		size  float64
	}{{full, size}, {full, small}}
	if !sh.has {
		tries = append(tries, struct {
			lines []string
			size  float64
		}{full[:1], small})
	}
	at := s.proj.Project(f.Label)
	for _, try := range tries {
		texts, box, err := s.labelBlock(ts, try.lines, at, try.size, sh)
		if err != nil {
			return nil, Rect{}, false, err
		}
		if containsRect(s.mapBox, box) && !slices.ContainsFunc(placed, box.overlaps) && s.fitsShape(sh, box) {
			return texts, box, true, nil
		}
	}
	if !sh.has {
		return nil, Rect{}, false, nil
	}
	frame := Rect{Point{0, 0}, Point{float64(s.w), float64(s.h)}}
	for _, r := range []float64{2.2, 3.4, 4.8, 6.5} {
		for k := range 8 {
			a := float64(k) * math.Pi / 4
			p := Point{at.X + math.Cos(a)*r*small*1.6, at.Y + math.Sin(a)*r*small}
			texts, box, err := s.labelBlock(ts, full, p, small, shape{fill: s.chrome.bg})
			if err != nil {
				return nil, Rect{}, false, err
			}
			if containsRect(frame, box) && !slices.ContainsFunc(placed, box.overlaps) {
				s.leaders = append(s.leaders, [2]Point{at, nearestOnRect(box, at)})
				return texts, box, true, nil
			}
		}
	}
	texts, box, err := s.labelBlock(ts, full, at, small, sh)
	return texts, box, err == nil, err
}

// fitsShape reports whether a label box of a region without a figure lies
// mostly on the region (a tiny district's name is not written over its
// neighbours); labels of regions with figures may spill over.
func (s *scene) fitsShape(sh shape, box Rect) bool {
	if sh.has {
		return true
	}
	return box.Dx() <= sh.bounds.Dx()*1.3 && box.Dy() <= sh.bounds.Dy()*1.3
}

// nearestOnRect is the point of r's border nearest to p.
func nearestOnRect(r Rect, p Point) Point {
	return Point{math.Max(r.Min.X, math.Min(p.X, r.Max.X)), math.Max(r.Min.Y, math.Min(p.Y, r.Max.Y))}
}

// labelBlock centres lines on p.
func (s *scene) labelBlock(ts *typesetter, lines []string, p Point, size float64, sh shape) ([]text, Rect, error) {
	lineH := size * 1.2
	top := p.Y - lineH*float64(len(lines))/2
	box := emptyRect()
	col, halo := s.chrome.text, sh.fill
	if !sh.hatch && !sh.covered {
		col = contrast(sh.fill)
	}
	if sh.covered {
		halo = s.chrome.bg
	}
	var out []text
	for k, l := range lines {
		tw, err := ts.width(l, size)
		if err != nil {
			return nil, Rect{}, err
		}
		x, base := p.X-tw/2, top+lineH*float64(k)+size*0.95
		out = append(out, text{l, x, base, size, col, k == 0, &halo})
		box = union(box, Rect{Point{x, base - size}, Point{x + tw, base + size*0.25}})
	}
	return out, box, nil
}

// contrast returns dark or light text for a fill colour.
func contrast(fill color.RGBA) color.RGBA {
	lum := 0.2126*float64(fill.R) + 0.7152*float64(fill.G) + 0.0722*float64(fill.B)
	if lum < 140 {
		return rgb(0xffffff)
	}
	return rgb(0x1a1a1a)
}

func containsRect(outer, r Rect) bool {
	return outer.Contains(r.Min) && outer.Contains(r.Max)
}

func (r Rect) overlaps(o Rect) bool {
	return r.Min.X < o.Max.X && o.Min.X < r.Max.X && r.Min.Y < o.Max.Y && o.Min.Y < r.Max.Y
}

// RegionAt returns the canonical name of the region drawn at pixel (x, y) of
// a w×h rendering, for clicks and hovering.
func (c Choropleth) RegionAt(w, h, x, y int) (string, bool) {
	c.NoLabels = true
	s, err := c.build(w, h)
	if err != nil {
		return "", false
	}
	return s.regionAt(Point{float64(x) + 0.5, float64(y) + 0.5})
}

func (s *scene) regionAt(p Point) (string, bool) {
	if !s.mapBox.Contains(p) {
		return "", false
	}
	for pass := range 2 {
		for _, sh := range s.shapes {
			if sh.inset || sh.underlay != (pass == 1) || sh.covered || !sh.bounds.Contains(p) {
				continue
			}
			in := false
			for _, r := range sh.rings {
				if PointInRing(p, r) {
					in = !in
				}
			}
			if in {
				return sh.name, true
			}
		}
	}
	return "", false
}

// LabelPoint returns the pixel, in a w×h rendering, of a point well inside
// region (where its label goes): for tooltips, and for tests that tap a
// region.
func (c Choropleth) LabelPoint(w, h int, region string) (x, y int, ok bool) {
	c.NoLabels = true
	s, err := c.build(w, h)
	if err != nil {
		return 0, 0, false
	}
	return s.labelPoint(c.Map, region)
}

func (s *scene) labelPoint(m *Map, region string) (x, y int, ok bool) {
	f, ok := m.Feature(m.Resolve(region))
	if !ok {
		return 0, 0, false
	}
	p := s.proj.Project(f.Label)
	return int(p.X), int(p.Y), true
}

// Describe returns the tooltip text of region: "即墨区：3.4万人" or
// "莱西市：无数据" (in the Locale's words).
func (c Choropleth) Describe(region string) string {
	if v, ok := Canonicalize(c.Values, c.Map.resolve)[region]; ok {
		return region + c.sep() + c.Locale.Human(v, c.Unit)
	}
	return region + c.sep() + c.Locale.Say(NoDataText)
}

// sep separates a region's name from its figure: "：", or ": " in English.
func (c Choropleth) sep() string {
	if c.Locale.English {
		return ": "
	}
	return "："
}

// outlineWidth is the width of the larger divisions' borders.
func (s *scene) outlineWidth() float64 { return math.Max(1.4, s.border*2) }

// insetWidth is the width of the 南海诸岛 inset.
func (s *scene) insetWidth() float64 { return s.mapBox.Dx() / 9 }

// insetProjection places an inset (南海诸岛) in the lower right corner of
// the map box, a ninth of its width, whatever the map's projection.
func (s *scene) insetProjection(b Rect) func([]Point) []Point {
	w := s.insetWidth()
	k := w / (b.Dx() * math.Cos(rad((b.Min.Y+b.Max.Y)/2)))
	h := b.Dy() * k
	x0, y0 := s.mapBox.Max.X-w, s.mapBox.Max.Y-h
	return func(r []Point) []Point {
		out := make([]Point, len(r))
		for i, p := range r {
			out[i] = Point{x0 + (p.X-b.Min.X)*k*math.Cos(rad((b.Min.Y+b.Max.Y)/2)), y0 + (b.Max.Y-p.Y)*k}
		}
		return out
	}
}
