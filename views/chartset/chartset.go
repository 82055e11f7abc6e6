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
	"zhibiao/views/chart"
	"zhibiao/views/geomap"
)

// Source is what the charts are drawn from.
type Source struct {
	Articles   []*data.Article
	Indicators []data.Indicator
	// Keywords are the region keywords (data.ComputeKeywords with
	// KeywordBars); nil means there are no keyword charts.
	Keywords map[string][]data.WordScore
	// Maps are the parsed maps to draw on; nil means a new atlas for each
	// call (parsing the maps it needs once).
	Maps *geomap.Atlas
}

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
	// Warn, if set, is told about charts skipped in All mode.
	Warn func(format string, args ...any)
}

// File is one rendered chart: a file name without extension and the image.
type File struct {
	Name string
	Data []byte
}

type renderer func(src Source, opt Options) ([]File, error)

func renderers() map[string]renderer {
	return map[string]renderer{
		"regions":  renderRegions,
		"map":      renderMap,
		"themes":   renderThemes,
		"keywords": renderKeywords,
	}
}

// Names lists the chart names, sorted.
func Names() []string {
	var names []string
	for n := range renderers() {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Known reports whether name is a chart name.
func Known(name string) bool {
	_, ok := renderers()[name]
	return ok
}

// Render draws the chart called name. Without opt.All it returns exactly
// one file or an error (wrapping chart.ErrNoData when there is nothing to
// draw).
func Render(src Source, name string, opt Options) ([]File, error) {
	r, ok := renderers()[name]
	if !ok {
		return nil, fmt.Errorf("unknown chart %q (want one of %s)", name, strings.Join(Names(), ", "))
	}
	files, err := r(src, opt)
	if err != nil {
		return nil, fmt.Errorf("chart %s: %w", name, err)
	}
	if !opt.All && len(files) != 1 {
		return nil, fmt.Errorf("chart %s: %d images for one file", name, len(files))
	}
	return files, nil
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

// encode renders spec at the options' size, format and palette.
func encode(spec chart.Spec, opt Options) ([]byte, error) {
	spec.Width, spec.Height, spec.Dark = opt.Width, opt.Height, opt.Dark
	return chart.Render(spec, opt.Format)
}

// renderRegions draws the indicator across the regions; with All and no
// indicator, one chart per indicator.
func renderRegions(src Source, opt Options) ([]File, error) {
	names, err := chosenIndicators(src, opt)
	if err != nil {
		return nil, err
	}
	var files []File
	for _, ind := range names {
		rv := data.RegionValues(src.Indicators, ind, opt.Regions)
		b, err := encode(opt.Locale.RegionBar(rv, ind, opt.Dark), opt)
		if errors.Is(err, chart.ErrNoData) && opt.All {
			continue // no figure in the chosen regions
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ind, err)
		}
		files = append(files, File{"regions-" + ind, b})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("regions: %w", chart.ErrNoData)
	}
	return files, nil
}

// chosenIndicators is opt.Indicator, checked against the corpus; with All
// and no indicator, every indicator found, most common first.
func chosenIndicators(src Source, opt Options) ([]string, error) {
	counts := data.IndicatorCounts(src.Indicators)
	if len(counts) == 0 {
		return nil, fmt.Errorf("the corpus has no indicators: %w", chart.ErrNoData)
	}
	if opt.Indicator == "" && opt.All {
		return data.Indicators(src.Indicators), nil
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

// renderThemes draws the theme emphasis of the regions (default all).
func renderThemes(src Source, opt Options) ([]File, error) {
	spec := opt.Locale.ThemeEmphasis(data.ThemeCounts(src.Indicators, opt.Regions), opt.Regions, opt.Dark)
	b, err := encode(spec, opt)
	if err != nil {
		return nil, err
	}
	return []File{{"themes", b}}, nil
}

// LocalKeywordSpec is KeywordSpec with its title and subtitle written in loc.
func LocalKeywordSpec(loc chart.Locale, region string, words []data.WordScore, dark bool) chart.Spec {
	spec := KeywordSpec(region, words, dark)
	spec.Title, spec.Subtitle, spec.Locale = loc.KeywordTitle(region), loc.Say(keywordSubtitle), loc
	return spec
}

// renderKeywords draws the keywords of one region (Regions has exactly
// one); with All, of every region (or every one in Regions).
func renderKeywords(src Source, opt Options) ([]File, error) {
	regions := opt.Regions
	if len(regions) == 0 && opt.All {
		regions = articleRegions(src.Articles)
	}
	if !opt.All && len(regions) != 1 {
		return nil, errors.New("keywords: give exactly one region")
	}
	var files []File
	for _, r := range regions {
		b, err := encode(LocalKeywordSpec(opt.Locale, r, src.Keywords[r], opt.Dark), opt)
		if errors.Is(err, chart.ErrNoData) && opt.All {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r, err)
		}
		files = append(files, File{"keywords-" + r, b})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("keywords: %w", chart.ErrNoData)
	}
	return files, nil
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

// renderMap draws the indicator on a map; with All and no indicator, one
// map per indicator.
func renderMap(src Source, opt Options) ([]File, error) {
	names, err := chosenIndicators(src, opt)
	if err != nil {
		return nil, err
	}
	maps := src.Maps
	if maps == nil {
		maps = geomap.NewAtlas(nil)
	}
	var files []File
	for _, ind := range names {
		b, err := mapOf(src, maps, ind, opt)
		if err != nil && opt.All {
			if !errors.Is(err, chart.ErrNoData) {
				opt.warn("map of %s skipped: %v", ind, err)
			}
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ind, err)
		}
		files = append(files, File{"map-" + ind, b})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("map: %w", chart.ErrNoData)
	}
	return files, nil
}

func mapOf(src Source, maps *geomap.Atlas, ind string, opt Options) ([]byte, error) {
	rv := data.RegionValues(src.Indicators, ind, opt.Regions)
	req := MapRequest(opt.Locale, rv, ind, leftOut(src.Indicators, ind, opt.Regions), opt.Dark)
	if len(req.Values) == 0 {
		return nil, chart.ErrNoData
	}
	c, err := maps.Choropleth(req)
	if err != nil {
		return nil, err
	}
	if off := c.OffMap(); len(off) > 0 {
		shows := map[string]string{"county": "the counties of ", "city": "the cities of ", "province": "the provinces of "}[c.Map.Level]
		opt.warn("map of %s: the figures of %s are not drawn (the map shows %s%s)", ind, strings.Join(off, ", "), shows, c.Map.Name)
	}
	return c.Encode(opt.Format, opt.Width, opt.Height)
}

// leftOut are the regions with a figure of ind that are not among regions
// (none when regions is nil: every region is compared).
func leftOut(inds []data.Indicator, ind string, regions []string) []string {
	if regions == nil {
		return nil
	}
	var out []string
	for _, rv := range data.RegionValues(inds, ind, nil) {
		if !slices.Contains(regions, rv.Region) {
			out = append(out, rv.Region)
		}
	}
	return out
}

// MapRequest is the map of an indicator's figures (data.RegionValues of the
// regions compared): each region with a figure filled by it, the regions
// left out of the comparison in a neutral fill, under the title and note of
// the bar chart of the same figures. The GUI's map and `zhibiao export
// -chart map` both draw it.
func MapRequest(loc chart.Locale, rvs []data.RegionValue, indicator string, leftOut []string, dark bool) geomap.Request {
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
