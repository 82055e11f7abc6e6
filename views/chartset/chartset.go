// Package chartset renders the dashboard's comparison charts for a corpus by
// name — bars of an indicator across regions, the same figures on a map,
// policy-theme emphasis, keywords per region — so that the GUI's batch export
// and `zhibiao export` produce the same images. It needs no display.
package chartset

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/keywords"
	"zhibiao/data/region"
	"zhibiao/views/chart"
	"zhibiao/views/geomap"
)

// Source is what the charts are drawn from.
type Source struct {
	Articles   []*data.Article
	Indicators []data.Indicator
	// Keywords are the region keywords (keywords.Compute with
	// KeywordBars); nil means there are no keyword charts.
	Keywords map[string][]keywords.WordScore
	// Maps are the parsed maps to draw on; nil means a new atlas for each
	// call (parsing the maps it needs once).
	Maps *geomap.Atlas
	// Places is the gazetteer the corpus was read with: a share chart
	// (Options.Per Share) finds parent regions in it, and maps their
	// regions. It must be set: Build and Render fail without it.
	Places *region.Gazetteer
}

// errNoPlaces is the error of a Source without Places.
var errNoPlaces = errors.New("chartset: Source.Places is nil")

// Options choose and size the charts.
type Options struct {
	Indicator string   // canonical indicator for regions and map charts ("" with All: every one)
	Regions   []string // regions to compare (nil: every region with a figure)
	All       bool     // every chart of a kind (one per indicator or region), skipping empty ones
	Format    string   // chart.PNG or chart.SVG
	Width     int
	Height    int
	Dark      bool
	Locale    chart.Locale // the charts' own words and numbers (zero: Chinese)
	// Title, if set, replaces the chart's title (an export's own title).
	Title string
	// Sort orders the bars of a regions chart: SortValue (largest first),
	// SortName, or "" (the regions' order: largest first when none are given).
	Sort string
	// Per divides a regions chart's figures by a denominator the corpus
	// gives: PerCapita (the region's 常住人口 of the same year) or Share
	// (the parent region's figure of the same period); "" draws the
	// figures themselves. Only level indicators can be divided.
	Per string
	// Scale is the pixel density of PNG files: 2 draws the same chart with
	// twice the pixels each way (a 2× image for print and slides); 0 is 1.
	Scale float64
	// Warn, if set, is told about charts skipped in All mode.
	Warn func(format string, args ...any)
}

// Sort orders of a regions chart.
const (
	SortValue = "value"
	SortName  = "name"
)

// Denominators of a regions chart (Options.Per).
const (
	PerCapita = compare.DerivePerCapita
	PerShare  = compare.DeriveShare
)

// File is one rendered chart: a file name without extension and the image.
type File struct {
	Name string
	Data []byte
}

// Chart is one chart built from a request, before it is drawn: the spec
// (or, for a map, the map request), the figures behind each mark and a
// file-name stem. The GUI shows Spec at the widget's size and lists Refs
// when a mark is tapped; exports draw it with Encode.
type Chart struct {
	Name string
	Spec chart.Spec
	Map  *geomap.Request // map charts only; Spec is then zero
	// Refs are the indices into Source.Indicators behind each mark: the
	// figure drawn first, then the other candidates.
	Refs map[chart.Mark][]int
}

type builder func(src Source, opt Options) ([]Chart, error)

func builders() map[string]builder {
	return map[string]builder{
		"regions":  buildRegions,
		"map":      buildMap,
		"themes":   buildThemes,
		"keywords": buildKeywords,
		"trend":    buildTrend,
		"overview": buildOverview,
	}
}

// Names lists the chart names, sorted.
func Names() []string {
	var names []string
	for n := range builders() {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Known reports whether name is a chart name.
func Known(name string) bool {
	_, ok := builders()[name]
	return ok
}

// Render draws the chart called name. Without opt.All it returns exactly
// one file or an error (wrapping chart.ErrNoData when there is nothing to
// draw).
//
// Render is the one chart service: the comparison view (which shows
// Build's spec), its Ctrl+E export, the batch export and `zhibiao export`
// all draw through it, so one request gives the same bytes everywhere.
func Render(src Source, name string, opt Options) ([]File, error) {
	charts, err := Build(src, name, opt)
	if err != nil {
		return nil, err
	}
	maps := src.Maps
	if maps == nil {
		maps = geomap.NewAtlas(src.Places, nil)
	}
	var files []File
	for _, c := range charts {
		b, err := c.encode(maps, opt)
		if err != nil && opt.All {
			if !errors.Is(err, chart.ErrNoData) {
				opt.warn("%s skipped: %v", c.Name, err)
			}
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("chart %s: %w", name, err)
		}
		files = append(files, File{c.Name, b})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("chart %s: %w", name, chart.ErrNoData)
	}
	return files, nil
}

// Build makes the charts of a request without drawing them. Without
// opt.All it returns exactly one chart or an error (wrapping
// chart.ErrNoData when there is nothing to draw).
func Build(src Source, name string, opt Options) ([]Chart, error) {
	if src.Places == nil {
		return nil, errNoPlaces
	}
	b, ok := builders()[name]
	if !ok {
		return nil, fmt.Errorf("unknown chart %q (want one of %s)", name, strings.Join(Names(), ", "))
	}
	charts, err := b(src, opt)
	if err != nil {
		return nil, fmt.Errorf("chart %s: %w", name, err)
	}
	if !opt.All && len(charts) != 1 {
		return nil, fmt.Errorf("chart %s: %d images for one file", name, len(charts))
	}
	for i := range charts {
		charts[i].finish(src, opt)
	}
	return charts, nil
}

// finish gives a built chart what every chart of a request has: the
// request's palette and locale, its own title if any, and the source line.
func (c *Chart) finish(src Source, opt Options) {
	if c.Map != nil {
		if opt.Title != "" {
			c.Map.Title = opt.Title
		}
		c.Map.Note = joinNonEmpty("\n", c.Map.Note, sourceLine(opt.Locale, c.articles(src)))
		return
	}
	c.Spec.Dark, c.Spec.Locale = opt.Dark, opt.Locale
	if opt.Title != "" {
		c.Spec.Title = opt.Title
	}
	if c.Spec.Source == "" {
		c.Spec.Source = sourceLine(opt.Locale, c.articles(src))
	}
}

// encode draws the chart at the request's size, format and scale.
func (c Chart) encode(maps *geomap.Atlas, opt Options) ([]byte, error) {
	if strings.EqualFold(opt.Format, PDF) {
		png := opt
		png.Format, png.Scale = chart.PNG, 2
		b, err := c.encode(maps, png)
		if err != nil {
			return nil, err
		}
		title, subject := c.Spec.Title, joinNonEmpty(" · ", c.Spec.Subtitle, c.Spec.Note, c.Spec.Source)
		if c.Map != nil {
			title, subject = c.Map.Title, c.Map.Note
		}
		return encodePDF(b, opt.Width, opt.Height, title, subject)
	}
	scale := 1.0
	if opt.Scale > 1 && strings.EqualFold(opt.Format, chart.PNG) {
		scale = opt.Scale
	}
	w, h := int(float64(opt.Width)*scale), int(float64(opt.Height)*scale)
	if c.Map != nil {
		return encodeMap(maps, *c.Map, opt, w, h)
	}
	spec := c.Spec
	spec.Width, spec.Height, spec.Scale = w, h, scale
	return chart.Render(spec, opt.Format)
}

// articles are the articles of the figures behind the chart's marks.
func (c Chart) articles(src Source) []*data.Article {
	var arts []*data.Article
	for _, refs := range c.Refs {
		if len(refs) > 0 && refs[0] < len(src.Indicators) {
			arts = append(arts, src.Indicators[refs[0]].Article)
		}
	}
	return arts
}

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// RenderAll draws every chart of every kind that has data (opt.All is
// implied).
func RenderAll(src Source, opt Options) ([]File, error) {
	opt.All = true
	var all []File
	for _, name := range Names() {
		files, err := Render(src, name, opt)
		if errors.Is(err, chart.ErrNoData) {
			continue // nothing of this kind in the corpus
		}
		if err != nil {
			return nil, err
		}
		all = append(all, files...)
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("no charts: %w", chart.ErrNoData)
	}
	return all, nil
}

func (opt Options) warn(format string, args ...any) {
	if opt.Warn != nil {
		opt.Warn(format, args...)
	}
}

// buildRegions builds the bar chart of the indicator across the regions;
// with All and no indicator, one chart per indicator.
func buildRegions(src Source, opt Options) ([]Chart, error) {
	names, err := chosenIndicators(src, opt)
	if err != nil {
		return nil, err
	}
	var charts []Chart
	for _, ind := range names {
		if opt.Per != "" {
			c, err := buildDerived(src, opt, ind)
			if err != nil && (!opt.All || !errors.Is(err, compare.ErrNotLevel)) {
				return nil, err
			}
			if err == nil && (len(c.Refs) > 0 || !opt.All) {
				charts = append(charts, c)
			}
			continue
		}
		rv := SortRegions(compare.RegionValues(src.Indicators, ind, opt.Regions), opt.Sort)
		c := Chart{Name: "regions-" + ind, Spec: opt.Locale.RegionBar(rv, ind, opt.Dark), Refs: map[chart.Mark][]int{}}
		for i, r := range rv {
			if r.Count > 0 {
				c.Refs[chart.Mark{Label: i}] = r.Refs
			}
		}
		if len(c.Refs) == 0 && opt.All {
			continue // no figure in the chosen regions
		}
		charts = append(charts, c)
	}
	if len(charts) == 0 {
		return nil, fmt.Errorf("regions: %w", chart.ErrNoData)
	}
	return charts, nil
}

// chosenIndicators is opt.Indicator, checked against the corpus; with All
// and no indicator, every indicator found, most common first.
func chosenIndicators(src Source, opt Options) ([]string, error) {
	counts := compare.IndicatorCounts(src.Indicators)
	if len(counts) == 0 {
		return nil, fmt.Errorf("the corpus has no indicators: %w", chart.ErrNoData)
	}
	if opt.Indicator == "" && opt.All {
		return compare.Indicators(src.Indicators), nil
	}
	for _, nc := range counts {
		if nc.Name == opt.Indicator {
			return []string{opt.Indicator}, nil
		}
	}
	var avail []string
	for i, nc := range counts {
		if i == 12 {
			avail = append(avail, "…")
			break
		}
		avail = append(avail, fmt.Sprintf("%s (%d)", nc.Name, nc.Count))
	}
	if opt.Indicator == "" {
		return nil, fmt.Errorf("an indicator is required; the corpus has: %s", strings.Join(avail, ", "))
	}
	return nil, fmt.Errorf("no indicator %q in the corpus; it has: %s", opt.Indicator, strings.Join(avail, ", "))
}

// buildThemes builds the theme emphasis of the regions (default all).
func buildThemes(src Source, opt Options) ([]Chart, error) {
	spec := opt.Locale.ThemeEmphasis(compare.ThemeCounts(src.Indicators, opt.Regions), opt.Regions, opt.Dark)
	c := Chart{Name: "themes", Spec: spec, Refs: map[chart.Mark][]int{}}
	label := map[string]int{}
	for i, r := range spec.Labels {
		label[r] = i
	}
	series := map[string]int{}
	for j, ser := range spec.Series {
		series[ser.Name] = j
	}
	for k, ind := range src.Indicators {
		i, okL := label[ind.Region]
		j, okS := series[ind.Theme]
		if okL && okS && ind.Region != "" {
			m := chart.Mark{Label: i, Series: j}
			c.Refs[m] = append(c.Refs[m], k)
		}
	}
	return []Chart{c}, nil
}

// LocalKeywordSpec is KeywordSpec with its title and subtitle written in loc.
func LocalKeywordSpec(loc chart.Locale, region string, words []keywords.WordScore, dark bool) chart.Spec {
	spec := KeywordSpec(region, words, dark)
	spec.Title, spec.Subtitle, spec.Locale = loc.KeywordTitle(region), loc.Say(keywordSubtitle), loc
	return spec
}

// buildKeywords builds the keywords of one region (Regions has exactly
// one); with All, of every region (or every one in Regions).
func buildKeywords(src Source, opt Options) ([]Chart, error) {
	regions := opt.Regions
	if len(regions) == 0 && opt.All {
		regions = articleRegions(src.Articles)
	}
	if !opt.All && len(regions) != 1 {
		return nil, errors.New("keywords: give exactly one region")
	}
	var charts []Chart
	for _, r := range regions {
		if len(src.Keywords[r]) == 0 && opt.All {
			continue
		}
		spec := LocalKeywordSpec(opt.Locale, r, src.Keywords[r], opt.Dark)
		var arts []*data.Article
		for _, a := range src.Articles {
			if a.Region == r {
				arts = append(arts, a)
			}
		}
		spec.Source = sourceLine(opt.Locale, arts)
		charts = append(charts, Chart{Name: "keywords-" + r, Spec: spec})
	}
	if len(charts) == 0 {
		return nil, fmt.Errorf("keywords: %w", chart.ErrNoData)
	}
	return charts, nil
}

// articleRegions lists the articles' main regions, most articles first.
func articleRegions(arts []*data.Article) []string {
	n := map[string]int{}
	var regions []string
	for _, a := range arts {
		if a.Region == "" {
			continue
		}
		if n[a.Region] == 0 {
			regions = append(regions, a.Region)
		}
		n[a.Region]++
	}
	slices.SortStableFunc(regions, func(a, b string) int { return n[b] - n[a] })
	return regions
}

// buildMap builds the indicator's map; with All and no indicator, one map
// per indicator.
func buildMap(src Source, opt Options) ([]Chart, error) {
	names, err := chosenIndicators(src, opt)
	if err != nil {
		return nil, err
	}
	var charts []Chart
	for _, ind := range names {
		rv := compare.RegionValues(src.Indicators, ind, opt.Regions)
		req := MapRequest(opt.Locale, rv, ind, leftOut(src.Indicators, ind, opt.Regions), opt.Dark)
		if len(req.Values) == 0 {
			if opt.All {
				continue
			}
			return nil, fmt.Errorf("%s: %w", ind, chart.ErrNoData)
		}
		c := Chart{Name: "map-" + ind, Map: &req, Refs: map[chart.Mark][]int{}}
		for i, r := range rv {
			if r.Count > 0 {
				c.Refs[chart.Mark{Label: i}] = r.Refs
			}
		}
		charts = append(charts, c)
	}
	if len(charts) == 0 {
		return nil, fmt.Errorf("map: %w", chart.ErrNoData)
	}
	return charts, nil
}

// encodeMap draws a map request on the map the atlas picks for it.
func encodeMap(maps *geomap.Atlas, req geomap.Request, opt Options, w, h int) ([]byte, error) {
	req.Dark = opt.Dark
	c, err := maps.Choropleth(req)
	if err != nil {
		return nil, err
	}
	if off := c.OffMap(); len(off) > 0 {
		shows := map[string]string{"county": "the counties of ", "city": "the cities of ", "province": "the provinces of "}[c.Map.Level]
		opt.warn("map of %s: the figures of %s are not drawn (the map shows %s%s)", req.Title, strings.Join(off, ", "), shows, c.Map.Name)
	}
	return c.Encode(opt.Format, w, h)
}

// leftOut are the regions with a figure of ind that are not among regions
// (none when regions is nil: every region is compared).
func leftOut(inds []data.Indicator, ind string, regions []string) []string {
	if regions == nil {
		return nil
	}
	var out []string
	for _, rv := range compare.RegionValues(inds, ind, nil) {
		if !slices.Contains(regions, rv.Region) {
			out = append(out, rv.Region)
		}
	}
	return out
}

// MapRequest is the map of an indicator's figures (compare.RegionValues of the
// regions compared): each region with a figure filled by it, the regions
// left out of the comparison in a neutral fill, under the title and note of
// the bar chart of the same figures. The GUI's map and `zhibiao export
// -chart map` both draw it.
func MapRequest(loc chart.Locale, rvs []compare.RegionValue, indicator string, leftOut []string, dark bool) geomap.Request {
	values := map[string]float64{}
	unit, period, periods := "", "", 0
	for _, rv := range rvs {
		if rv.Count > 0 && !math.IsNaN(rv.Value) {
			values[rv.Region], unit = rv.Value, rv.Unit
			if rv.Period != period {
				period, periods = rv.Period, periods+1
			}
		}
	}
	if periods != 1 {
		period = "" // mixed periods: the note says which differ
	}
	spec := loc.RegionBar(rvs, indicator, dark)
	return geomap.Request{Values: values, Neutral: leftOut, Unit: unit, Period: period,
		Title: spec.Title, Note: spec.Note, Dark: dark, Locale: loc}
}

// SafeFileName makes a chart name usable as a file name on common systems:
// characters not allowed there (/ \ : * ? " < > | and control characters)
// become _, surrounding spaces go, and an empty, "." or ".." name becomes
// "chart".
func SafeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return '_'
		}
		return r
	}, strings.TrimSpace(s))
	if s == "" || s == "." || s == ".." {
		return "chart"
	}
	return s
}
