package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/keywords"
	"zhibiao/data/output"
	"zhibiao/data/region"
	"zhibiao/data/segment"
	"zhibiao/views/chart"
	"zhibiao/views/chartset"
)

// exportUsage is printed for -h and flag errors.
const exportUsage = `usage: zhibiao export [-corpus DIR] -chart NAME [-indicator NAME] [-regions a,b]
                      [-format png|svg|pdf] [-width W -height H | -size slide|a4|square] [-scale 2]
                      [-title TEXT] [-sort value|name] [-per capita|share] [-dark] [-lang zh|en] [-force] -o FILE
       zhibiao export [-corpus DIR] -all [-indicator NAME] [-regions a,b] [-format png|svg]
                      [-lang zh|en] [-force] -o DIR

Charts (-chart): %s.
  regions   bar chart of -indicator across -regions (default: every region with a figure);
            -per capita divides each region's figure by its 常住人口 of the same year,
            -per share by its parent region's figure of the same period (in %%), both
            only as the corpus gives them: a region without one is named, never guessed
  trend     -indicator over time for -regions: one line (or bar group) per region and
            kind of period (years, first halves, the same months, stocks by date);
            targets hollow and dashed; what is left out is said on the chart
  overview  every indicator two or more regions report: regions × indicators,
            each cell the figure the comparison shows, with its period
  themes    policy-theme (六稳/六保) emphasis per region, stacked absolute counts
  keywords  keywords of one region (-regions NAME); with -all, one chart per region
  map       -indicator on a map of the regions
Every chart carries a source line (the outlets and dates of its figures).
-size picks a report size (slide 1600×900, a4 1000×667, square 1000×1000);
-scale 2 draws PNG files with twice the pixels (same layout); -title
replaces the chart's title; -sort orders a regions chart's bars. A PDF holds
the chart drawn at 2× on one page of its size, its title in the metadata.
-all writes every chart (regions and map for each indicator, themes, keywords
per region) into DIR, named after the chart. -format defaults to the -o
extension (png for -all). Existing files are never replaced without -force,
even one another run creates meanwhile (the file is created exclusively);
files are written atomically (a temporary file, then a link or, with
-force, a rename). The paths written are printed on stdout. -lang writes the
charts' own words and numbers in Chinese (3.4万人) or English (34,000 人);
data (regions, indicators, units, periods) stays as it is. It defaults to
the environment's language (LC_ALL, LC_MESSAGES, LANG, then LANGUAGE):
English for a locale of another language than Chinese, else Chinese.
`

// exportOptions are the parsed flags of the export subcommand.
type exportOptions struct {
	corpus, chart, indicator, format, out string
	lang                                  string // zh or en; "" until resolved from the environment
	regions                               []string
	all, force, dark                      bool
	width, height                         int
	locale                                chart.Locale // the charts' words and numbers in lang
	title, size, sort, per                string
	scale                                 float64
	warn                                  func(format string, args ...any) // notes on stderr
}

// exportCorpus is what the exporters read. cutter loads the segmenter on
// first use (it takes seconds, and only keyword charts need it).
type exportCorpus struct {
	articles   []*data.Article
	indicators []data.Indicator
	places     *region.Gazetteer // read the corpus's regions (shares, maps, keywords)
	cutter     func() (func(string) []string, error)
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
	if opt.lang == "" {
		opt.lang = envLanguage(env.Getenv)
	}
	if opt.locale, err = chartLocale(opt.lang); err != nil {
		return err
	}
	opt.warn = func(format string, args ...any) {
		fmt.Fprintf(env.Stderr, "zhibiao export: "+format+"\n", args...)
	}
	c, err := loadExportCorpus(context.Background(), region.Default(), opt.corpus, env.Stderr)
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
	fs.Usage = func() { fmt.Fprintf(stderr, exportUsage, strings.Join(chartset.Names(), ", ")) }
	fs.StringVar(&opt.corpus, "corpus", "", "folder of articles (default: the embedded seeds)")
	fs.StringVar(&opt.chart, "chart", "", "chart to export: "+strings.Join(chartset.Names(), ", "))
	fs.StringVar(&opt.indicator, "indicator", "", "canonical indicator (新增就业, 减税降费 …)")
	fs.StringVar(&regions, "regions", "", "comma-separated regions (default: all with data)")
	fs.StringVar(&opt.format, "format", "", "png, svg or pdf (default: from the -o extension)")
	fs.StringVar(&opt.out, "o", "", "output file, or folder with -all")
	fs.BoolVar(&opt.all, "all", false, "export every chart into the -o folder")
	fs.BoolVar(&opt.force, "force", false, "replace existing files")
	fs.BoolVar(&opt.dark, "dark", false, "dark theme")
	fs.StringVar(&opt.lang, "lang", "", "language of the charts' words and numbers: zh or en (default: from the environment)")
	fs.IntVar(&opt.width, "width", 960, "image width in pixels")
	fs.IntVar(&opt.height, "height", 540, "image height in pixels")
	fs.StringVar(&opt.size, "size", "", "report size: slide (16:9), a4 (A4 column) or square; replaces -width and -height")
	fs.Float64Var(&opt.scale, "scale", 1, "pixel density of PNG files: 2 for a 2× image")
	fs.StringVar(&opt.title, "title", "", "the chart's title (default: its own)")
	fs.StringVar(&opt.per, "per", "", "divide a regions chart's figures: capita (by the region's population) or share (by its parent region's total)")
	fs.StringVar(&opt.sort, "sort", "", "order of a regions chart's bars: value or name (default: largest first)")
	if err := fs.Parse(args); err != nil {
		return opt, err
	}
	if fs.NArg() > 0 {
		return opt, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if err := CheckCorpusFlag(fs); err != nil {
		return opt, err
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
	if opt.chart != "" && !chartset.Known(opt.chart) {
		return fmt.Errorf("unknown chart %q (want one of %s)", opt.chart, strings.Join(chartset.Names(), ", "))
	}
	if opt.size != "" {
		p, ok := chartset.PresetNamed(opt.size)
		if !ok {
			return fmt.Errorf("unknown -size %q (want slide, a4 or square)", opt.size)
		}
		opt.width, opt.height = p.Width, p.Height
	}
	if opt.scale != 1 && opt.scale != 2 {
		return fmt.Errorf("-scale %v: want 1 or 2", opt.scale)
	}
	if opt.sort != "" && opt.sort != chartset.SortValue && opt.sort != chartset.SortName {
		return fmt.Errorf("unknown -sort %q (want value or name)", opt.sort)
	}
	if err := checkPer(opt); err != nil {
		return err
	}
	if opt.width < 50 || opt.height < 50 || opt.width > 10000 || opt.height > 10000 {
		return fmt.Errorf("size %dx%d out of range (50..10000)", opt.width, opt.height)
	}
	if opt.lang != "" && opt.lang != langChinese && opt.lang != langEnglish {
		return fmt.Errorf("unknown language %q (want zh or en)", opt.lang)
	}
	opt.format = strings.ToLower(opt.format)
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(opt.out), "."))
	switch {
	case opt.all && opt.format == "":
		opt.format = chart.PNG
	case opt.all:
	case opt.format == "" && (ext == chart.PNG || ext == chart.SVG || ext == chartset.PDF):
		opt.format = ext
	case opt.format == "":
		return fmt.Errorf("cannot tell the format of %q: use a .png, .svg or .pdf name or -format", opt.out)
	case ext != "" && ext != opt.format:
		return fmt.Errorf("-format %s does not match the file name %q", opt.format, opt.out)
	}
	if opt.format != chart.PNG && opt.format != chart.SVG && opt.format != chartset.PDF {
		return fmt.Errorf("unknown format %q (want png, svg or pdf)", opt.format)
	}
	return nil
}

// checkPer validates -per: capita or share, for a regions chart.
func checkPer(opt *exportOptions) error {
	switch opt.per {
	case "":
		return nil
	case "capita":
		opt.per = chartset.PerCapita
	case "share":
		opt.per = chartset.PerShare
	default:
		return fmt.Errorf("unknown -per %q (want capita or share)", opt.per)
	}
	if opt.chart != "regions" {
		return errors.New("-per is for -chart regions")
	}
	return nil
}

// loadExportCorpus loads the seeds or dir and extracts the indicators,
// reading places with g. Per-file problems are reported on stderr as
// warnings.
func loadExportCorpus(ctx context.Context, g *region.Gazetteer, dir string, stderr io.Writer) (*exportCorpus, error) {
	c, err := corpus.New(g).Open(ctx, dir, nil)
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	for _, p := range c.Problems {
		fmt.Fprintf(stderr, "zhibiao export: warning: %v\n", p) // the rest still loaded
	}
	cutter := func() (func(string) []string, error) { return loadSegmenter(g) }
	return &exportCorpus{articles: c.Articles, indicators: c.Indicators, places: g, cutter: cutter}, nil
}

// loadSegmenter loads the gse segmenter (with the region names of g) and
// returns its Cut.
func loadSegmenter(g *region.Gazetteer) (func(string) []string, error) {
	seg, err := segment.New(g)
	if err != nil {
		return nil, err
	}
	return seg.Cut, nil
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
	write := output.WriteFileExclusive // never replaces, even a file made meanwhile
	if opt.force {
		write = output.WriteFileAtomic
	}
	for i, f := range files {
		if err := write(paths[i], f.Data, 0o644); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("%s already exists (use -force to replace)", paths[i])
			}
			return err
		}
		if _, err := fmt.Fprintln(stdout, paths[i]); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	return nil
}

// render draws the chosen chart, or every chart with -all.
func render(c *exportCorpus, opt exportOptions) ([]chartset.File, error) {
	src := chartset.Source{Articles: c.articles, Indicators: c.indicators, Places: c.places}
	if opt.all || opt.chart == "keywords" {
		kw, err := regionKeywords(c)
		if err != nil {
			return nil, err
		}
		src.Keywords = kw
	}
	copt := chartset.Options{
		Indicator: opt.indicator, Regions: opt.regions, All: opt.all, Format: opt.format,
		Width: opt.width, Height: opt.height, Dark: opt.dark, Locale: opt.locale, Warn: opt.warn,
		Title: opt.title, Sort: opt.sort, Scale: opt.scale, Per: opt.per,
	}
	if opt.all {
		return chartset.RenderAll(src, copt)
	}
	return chartset.Render(src, opt.chart, copt)
}

// regionKeywords segments the corpus and ranks each region's keywords, as many
// as the GUI ranks and a keyword chart shows.
func regionKeywords(c *exportCorpus) (map[string][]keywords.WordScore, error) {
	cut, err := c.cutter()
	if err != nil {
		return nil, fmt.Errorf("load segmenter: %w", err)
	}
	kw, err := keywords.Compute(context.Background(), c.articles, cut, c.places, chartset.KeywordBars, nil)
	if err != nil {
		return nil, err
	}
	return kw.Regions, nil
}

// targetPaths returns where each file goes and refuses to replace existing
// files without -force. With -all the folder is created if needed.
func targetPaths(files []chartset.File, opt exportOptions) ([]string, error) {
	paths := []string{opt.out}
	if opt.all {
		if err := os.MkdirAll(opt.out, 0o755); err != nil {
			return nil, fmt.Errorf("create %s: %w", opt.out, err)
		}
		paths = paths[:0]
		seen := map[string]int{}
		for _, f := range files {
			name := chartset.SafeFileName(f.Name)
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
