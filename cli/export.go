package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"zhibiao/data"
	"zhibiao/data/region"
	"zhibiao/data/segment"
	"zhibiao/views/chart"
	"zhibiao/views/geomap"
)

// exportUsage is printed for -h and flag errors.
const exportUsage = `usage: zhibiao export [-corpus DIR] -chart NAME [-indicator NAME] [-regions a,b]
                      [-format png|svg] [-width W] [-height H] [-dark] [-force] -o FILE
       zhibiao export [-corpus DIR] -all [-indicator NAME] [-regions a,b] [-format png|svg] [-force] -o DIR

Charts (-chart): %s.
  regions   bar chart of -indicator across -regions (default: every region with a figure)
  themes    policy-theme (六稳/六保) emphasis per region, stacked absolute counts
  keywords  keywords of one region (-regions NAME); with -all, one chart per region
  map       -indicator on a map of the regions
-all writes every chart (regions and map for each indicator, themes, keywords
per region) into DIR, named after the chart. -format defaults to the -o
extension (png for -all). Existing files are never replaced without -force;
files are written atomically (temporary file and rename). The paths written
are printed on stdout.
`

// exportOptions are the parsed flags of the export subcommand.
type exportOptions struct {
	corpus, chart, indicator, format, out string
	regions                               []string
	all, force, dark                      bool
	width, height                         int
	warn                                  func(format string, args ...any) // notes on stderr
}

// chartFile is one rendered chart: its file name without extension and the
// encoded image.
type chartFile struct {
	name string
	data []byte
}

// chartExporter renders one named chart kind for the corpus. In -all mode
// it returns every chart of its kind (one per indicator or region); otherwise
// exactly one.
type chartExporter func(c *exportCorpus, opt exportOptions) ([]chartFile, error)

// chartExporters maps -chart names to their exporters. New chart kinds are
// added here.
func chartExporters() map[string]chartExporter {
	return map[string]chartExporter{
		"regions":  exportRegions,
		"themes":   exportThemes,
		"keywords": exportKeywords,
		"map":      exportMap,
	}
}

// chartNames lists the exporters' names, sorted.
func chartNames() []string {
	var names []string
	for n := range chartExporters() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// exportCorpus is what the exporters read. tokens segments the articles on
// first use (loading the segmenter takes seconds, and only keyword charts
// need it).
type exportCorpus struct {
	articles   []*data.Article
	indicators []data.Indicator
	tokens     func(text string) ([]string, error)
}

// runExport implements `zhibiao export`.
func runExport(args []string, env Env) error {
	opt, err := parseExport(args, env.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil // usage printed on request
	}
	if err != nil {
		return err
	}
	opt.warn = func(format string, args ...any) {
		fmt.Fprintf(env.Stderr, "zhibiao export: "+format+"\n", args...)
	}
	c, err := loadExportCorpus(context.Background(), opt.corpus, env.Stderr)
	if err != nil {
		return err
	}
	return export(c, opt, env.Stdout)
}

// parseExport parses and checks the flags.
func parseExport(args []string, stderr io.Writer) (exportOptions, error) {
	var opt exportOptions
	var regions string
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintf(stderr, exportUsage, strings.Join(chartNames(), ", ")) }
	fs.StringVar(&opt.corpus, "corpus", "", "folder of articles (default: the embedded seeds)")
	fs.StringVar(&opt.chart, "chart", "", "chart to export: "+strings.Join(chartNames(), ", "))
	fs.StringVar(&opt.indicator, "indicator", "", "canonical indicator (新增就业, 减税降费 …)")
	fs.StringVar(&regions, "regions", "", "comma-separated regions (default: all with data)")
	fs.StringVar(&opt.format, "format", "", "png or svg (default: from the -o extension)")
	fs.StringVar(&opt.out, "o", "", "output file, or folder with -all")
	fs.BoolVar(&opt.all, "all", false, "export every chart into the -o folder")
	fs.BoolVar(&opt.force, "force", false, "replace existing files")
	fs.BoolVar(&opt.dark, "dark", false, "dark theme")
	fs.IntVar(&opt.width, "width", 960, "image width in pixels")
	fs.IntVar(&opt.height, "height", 540, "image height in pixels")
	if err := fs.Parse(args); err != nil {
		return opt, err
	}
	if fs.NArg() > 0 {
		return opt, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	opt.regions = canonicalRegions(splitList(regions))
	return opt, checkExport(&opt)
}

// canonicalRegions writes region names the way the data does (即墨 →
// 即墨区, 黄岛区 → 西海岸新区); unknown names are kept as typed.
func canonicalRegions(names []string) []string {
	g := region.Default()
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n
		if r, ok := g.Lookup(n); ok {
			out[i] = r.Name
		}
	}
	return out
}

// splitList splits a comma-separated list (also 、 and ，), dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// checkExport validates the options and settles the format.
func checkExport(opt *exportOptions) error {
	if opt.out == "" {
		return errors.New("-o is required")
	}
	if opt.all == (opt.chart != "") {
		return errors.New("give either -chart NAME -o FILE or -all -o DIR")
	}
	if _, ok := chartExporters()[opt.chart]; opt.chart != "" && !ok {
		return fmt.Errorf("unknown chart %q (want one of %s)", opt.chart, strings.Join(chartNames(), ", "))
	}
	if opt.width < 50 || opt.height < 50 || opt.width > 10000 || opt.height > 10000 {
		return fmt.Errorf("size %dx%d out of range (50..10000)", opt.width, opt.height)
	}
	opt.format = strings.ToLower(opt.format)
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(opt.out), "."))
	switch {
	case opt.all && opt.format == "":
		opt.format = chart.PNG
	case opt.all:
	case opt.format == "" && (ext == chart.PNG || ext == chart.SVG):
		opt.format = ext
	case opt.format == "":
		return fmt.Errorf("cannot tell the format of %q: use a .png or .svg name or -format", opt.out)
	case ext != "" && ext != opt.format:
		return fmt.Errorf("-format %s does not match the file name %q", opt.format, opt.out)
	}
	if opt.format != chart.PNG && opt.format != chart.SVG {
		return fmt.Errorf("unknown format %q (want png or svg)", opt.format)
	}
	return nil
}

// loadExportCorpus loads the seeds or dir and extracts the indicators.
// Per-file problems are reported on stderr as warnings.
func loadExportCorpus(ctx context.Context, dir string, stderr io.Writer) (*exportCorpus, error) {
	var (
		arts  []*data.Article
		probs []data.LoadProblem
		err   error
	)
	if dir == "" {
		arts, probs, err = data.LoadSeeds(ctx)
	} else {
		arts, probs, err = data.LoadDir(ctx, dir, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	for _, p := range probs {
		fmt.Fprintf(stderr, "zhibiao export: warning: %v\n", p) // the rest still loaded
	}
	return &exportCorpus{articles: arts, indicators: data.ExtractAll(arts), tokens: lazySegmenter()}, nil
}

// lazySegmenter returns a tokenizer that loads the gse segmenter on first
// use.
func lazySegmenter() func(string) ([]string, error) {
	var seg *segment.Segmenter
	return func(text string) ([]string, error) {
		if seg == nil {
			s, err := segment.New()
			if err != nil {
				return nil, err
			}
			seg = s
		}
		return seg.Cut(text), nil
	}
}

// export renders the requested charts and writes them.
func export(c *exportCorpus, opt exportOptions, stdout io.Writer) error {
	files, err := render(c, opt)
	if err != nil {
		return err
	}
	paths, err := targetPaths(files, opt)
	if err != nil {
		return err
	}
	for i, f := range files {
		if err := data.WriteFileAtomic(paths[i], f.data, 0o644); err != nil {
			return err
		}
		fmt.Fprintln(stdout, paths[i])
	}
	return nil
}

// render runs the chosen exporter, or every exporter with -all.
func render(c *exportCorpus, opt exportOptions) ([]chartFile, error) {
	if !opt.all {
		files, err := chartExporters()[opt.chart](c, opt)
		if err != nil {
			return nil, fmt.Errorf("chart %s: %w", opt.chart, err)
		}
		if len(files) != 1 {
			return nil, fmt.Errorf("chart %s: %d images for one file", opt.chart, len(files))
		}
		return files, nil
	}
	var all []chartFile
	for _, name := range chartNames() {
		files, err := chartExporters()[name](c, opt)
		if errors.Is(err, chart.ErrNoData) {
			continue // nothing of this kind in the corpus
		}
		if err != nil {
			return nil, fmt.Errorf("chart %s: %w", name, err)
		}
		all = append(all, files...)
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("no charts: %w", chart.ErrNoData)
	}
	return all, nil
}

// targetPaths returns where each file goes and refuses to replace existing
// files without -force. With -all the folder is created if needed.
func targetPaths(files []chartFile, opt exportOptions) ([]string, error) {
	paths := []string{opt.out}
	if opt.all {
		if err := os.MkdirAll(opt.out, 0o755); err != nil {
			return nil, fmt.Errorf("create %s: %w", opt.out, err)
		}
		paths = paths[:0]
		seen := map[string]int{}
		for _, f := range files {
			name := safeFileName(f.name)
			if seen[name]++; seen[name] > 1 {
				name = fmt.Sprintf("%s-%d", name, seen[name])
			}
			paths = append(paths, filepath.Join(opt.out, name+"."+opt.format))
		}
	}
	if opt.force {
		return paths, nil
	}
	var existing []string
	for _, p := range paths {
		if _, err := os.Lstat(p); err == nil {
			existing = append(existing, p)
		}
	}
	if len(existing) > 0 {
		return nil, fmt.Errorf("%s already exists (use -force to replace)", strings.Join(existing, ", "))
	}
	return paths, nil
}

// safeFileName replaces characters that are not allowed in file names on
// common systems.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return '_'
		}
		return r
	}, s)
	if s == "" || s == "." || s == ".." {
		return "chart"
	}
	return s
}

// encode renders spec at the options' size, format and theme.
func encode(spec chart.Spec, opt exportOptions) ([]byte, error) {
	spec.Width, spec.Height, spec.Dark = opt.width, opt.height, opt.dark
	return chart.Render(spec, opt.format)
}

// exportRegions draws -indicator across -regions; with -all and no
// -indicator, one chart per indicator.
func exportRegions(c *exportCorpus, opt exportOptions) ([]chartFile, error) {
	names, err := chosenIndicators(c, opt)
	if err != nil {
		return nil, err
	}
	var files []chartFile
	for _, ind := range names {
		rv := data.RegionValues(c.indicators, ind, opt.regions)
		b, err := encode(chart.RegionBar(rv, ind, opt.dark), opt)
		if errors.Is(err, chart.ErrNoData) && opt.all {
			continue // no figure in the chosen regions
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ind, err)
		}
		files = append(files, chartFile{"regions-" + ind, b})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("regions: %w", chart.ErrNoData)
	}
	return files, nil
}

// chosenIndicators is -indicator, checked against the corpus; with -all and
// no -indicator, every indicator found, most common first.
func chosenIndicators(c *exportCorpus, opt exportOptions) ([]string, error) {
	counts := data.IndicatorCounts(c.indicators)
	if len(counts) == 0 {
		return nil, fmt.Errorf("the corpus has no indicators: %w", chart.ErrNoData)
	}
	if opt.indicator == "" && opt.all {
		return data.Indicators(c.indicators), nil
	}
	for _, nc := range counts {
		if nc.Name == opt.indicator {
			return []string{opt.indicator}, nil
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
	if opt.indicator == "" {
		return nil, fmt.Errorf("-indicator is required; the corpus has: %s", strings.Join(avail, ", "))
	}
	return nil, fmt.Errorf("no indicator %q in the corpus; it has: %s", opt.indicator, strings.Join(avail, ", "))
}

// exportThemes draws the theme emphasis of -regions (default all).
func exportThemes(c *exportCorpus, opt exportOptions) ([]chartFile, error) {
	spec := chart.ThemeEmphasis(data.ThemeCounts(c.indicators, opt.regions), opt.regions, opt.dark)
	b, err := encode(spec, opt)
	if err != nil {
		return nil, err
	}
	return []chartFile{{"themes", b}}, nil
}

// exportKeywords draws the keywords of one region (-regions NAME); with
// -all, of every region (or every one in -regions).
func exportKeywords(c *exportCorpus, opt exportOptions) ([]chartFile, error) {
	regions := opt.regions
	if len(regions) == 0 && opt.all {
		regions = articleRegions(c.articles)
	}
	if !opt.all && len(regions) != 1 {
		return nil, errors.New("keywords: give one region with -regions NAME (or use -all)")
	}
	docs, err := regionDocs(c, regions)
	if err != nil {
		return nil, err
	}
	kws := data.Keywords(docs, 15)
	var files []chartFile
	for i, r := range regions {
		spec := chart.KeywordChart(r, kws[i], data.KeywordCounts(docs[i], kws[i]), opt.dark)
		spec.Subtitle = "按 TF-IDF 选词（与其他地区的文章对比）；柱长为在该地区文章中出现的次数"
		b, err := encode(spec, opt)
		if errors.Is(err, chart.ErrNoData) && opt.all {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r, err)
		}
		files = append(files, chartFile{"keywords-" + r, b})
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
	sort.SliceStable(regions, func(i, j int) bool { return n[regions[i]] > n[regions[j]] })
	return regions
}

// regionDocs returns, per region, the tokens of the articles whose main
// region it is, followed by one document of all other articles so that
// TF-IDF compares each region with the rest of the corpus. Place names are
// left out.
func regionDocs(c *exportCorpus, regions []string) ([][]string, error) {
	index := map[string]int{}
	for i, r := range regions {
		index[r] = i
	}
	docs := make([][]string, len(regions)+1)
	for _, a := range c.articles {
		i, ok := index[a.Region]
		if !ok {
			i = len(regions)
		}
		toks, err := c.tokens(a.Text)
		if err != nil {
			return nil, fmt.Errorf("segment %s: %w", a.File, err)
		}
		docs[i] = append(docs[i], withoutPlaceNames(toks)...)
	}
	return docs, nil
}

// withoutPlaceNames drops region names (即墨区, 即墨, 青岛): a region's own
// name would top its keyword chart and say nothing about its policies.
func withoutPlaceNames(toks []string) []string {
	g := region.Default()
	out := toks[:0:0]
	for _, t := range toks {
		if _, ok := g.Lookup(t); !ok {
			out = append(out, t)
		}
	}
	return out
}

// exportMap draws -indicator on a map; with -all and no -indicator, one map
// per indicator.
func exportMap(c *exportCorpus, opt exportOptions) ([]chartFile, error) {
	names, err := chosenIndicators(c, opt)
	if err != nil {
		return nil, err
	}
	var files []chartFile
	for _, ind := range names {
		rv := data.RegionValues(c.indicators, ind, opt.regions)
		values := map[string]float64{}
		unit := ""
		for _, r := range rv {
			if r.Count > 0 && !math.IsNaN(r.Value) {
				values[r.Region], unit = r.Value, r.Unit
			}
		}
		if len(values) == 0 {
			if opt.all {
				continue
			}
			return nil, fmt.Errorf("%s: %w", ind, chart.ErrNoData)
		}
		spec := chart.RegionBar(rv, ind, opt.dark)
		b, err := geomap.ExportMap(values, unit, spec.Title, spec.Note, opt.format, opt.width, opt.height)
		if err != nil && opt.all {
			opt.warn("map of %s skipped: %v", ind, err)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ind, err)
		}
		files = append(files, chartFile{"map-" + ind, b})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("map: %w", chart.ErrNoData)
	}
	return files, nil
}
