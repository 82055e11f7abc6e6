package geomap

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"zhibiao/assets/geo"
	"zhibiao/data/region"
	"zhibiao/views/chart"
)

// Atlas hands out maps, reading each boundary file at most once however
// many goroutines ask and building each map once, and chooses the map for
// a set of figures. It is safe for concurrent use; a view or an export run
// keeps one for its lifetime.
type Atlas struct {
	g     *region.Gazetteer // names the divisions and reads the figures' regions
	files *files
	mu    sync.Mutex
	maps  map[string]*mapEntry
}

type mapEntry struct {
	once sync.Once
	m    *Map
	err  error
}

// NewAtlas returns an atlas that finds regions in g and reads boundary
// files with read (a file's bytes by its province code, "000000" for the
// country; nil reads the embedded files).
func NewAtlas(g *region.Gazetteer, read func(code string) ([]byte, error)) *Atlas {
	if read == nil {
		read = readEmbedded
	}
	return &Atlas{g: g, files: &files{read: read, m: map[string]*fileEntry{}}, maps: map[string]*mapEntry{}}
}

// Map returns the map of a city's counties, a province's counties, or
// (中国, 全国) China's provinces.
func (a *Atlas) Map(name string) (*Map, error) {
	if c, _ := DefaultResolver(name); c == "中国" {
		return a.build(frame{kind: LevelProvince, level: LevelProvince})
	}
	r, ok := a.g.Lookup(name)
	if !ok || r.Level == region.County {
		return nil, fmt.Errorf("load map %s: no such city or province", name)
	}
	if r.Level == region.City {
		return a.build(frame{kind: LevelCity, level: LevelCounty, codes: []string{r.Code}})
	}
	return a.build(frame{kind: LevelProvince, level: LevelCounty, codes: []string{r.Code}})
}

// frame is what a map shows: the regions at level inside the cities or
// provinces of codes (kind LevelCity or LevelProvince; no codes: China),
// with the divisions of under drawn beneath them.
type frame struct {
	kind, level string
	codes       []string
	under       []string // codes of coarser divisions with figures
}

func (f frame) key() string {
	return f.kind + "|" + f.level + "|" + strings.Join(f.codes, ",") + "|" + strings.Join(f.under, ",")
}

// build returns the map of a frame, building it once.
func (a *Atlas) build(f frame) (*Map, error) {
	a.mu.Lock()
	e, ok := a.maps[f.key()]
	if !ok {
		e = &mapEntry{}
		a.maps[f.key()] = e
	}
	a.mu.Unlock()
	e.once.Do(func() { e.m, e.err = a.makeMap(f) })
	return e.m, e.err
}

// NoMapError is returned when no region with a figure has a boundary.
type NoMapError struct {
	Regions []string // the regions with figures, sorted
}

func (e *NoMapError) Error() string {
	return fmt.Sprintf("no map shows %s (not a province, city or county of China, or one without a boundary in the map data)",
		strings.Join(e.Regions, ", "))
}

// placed is a region with a figure, found in the gazetteer.
type placed struct {
	key string
	r   region.Region
}

// effLevel is a division's level on maps: a county that belongs to no city
// of g (仙桃市, the districts of 北京市) stands beside the cities.
func effLevel(g *region.Gazetteer, r region.Region) int {
	switch r.Level {
	case region.Province:
		return 0
	case region.City:
		return 1
	}
	if p, ok := g.ByCode(r.ParentCode); ok && p.Level == region.Province {
		return 1
	}
	return 2
}

// cityOf is the code of the city (or county standing beside the cities) a
// division of effective level ≥ 1 is in.
func cityOf(g *region.Gazetteer, r region.Region) string {
	if effLevel(g, r) == 1 {
		return r.Code
	}
	return r.ParentCode
}

// place finds the regions of values in g. A name several divisions share
// (鼓楼区) is read inside the cities and provinces the other names point
// to.
func place(g *region.Gazetteer, values map[string]float64) []placed {
	regions := finiteRegions(values)
	ctx := map[string]bool{}
	for _, k := range regions {
		if all := lookup(g, k); len(all) == 1 {
			ctx[all[0].ParentCode], ctx[provinceCode(all[0].Code)] = true, true
		}
	}
	var out []placed
	gaps := knownGaps()
	for _, k := range regions {
		all := slices.DeleteFunc(lookup(g, k), func(r region.Region) bool { return gaps[r.Code] })
		if len(all) == 0 {
			continue
		}
		best := all[0]
		for _, r := range all {
			if ctx[r.ParentCode] || ctx[r.Code] {
				best = r
				break
			}
		}
		out = append(out, placed{k, best})
	}
	return out
}

// knownGaps are the codes of the divisions without a boundary
// (assets/geo/known-gaps.tsv).
var knownGaps = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	b, err := geo.FS.ReadFile("known-gaps.tsv")
	if err != nil {
		return out // the tests check the file is there
	}
	for l := range strings.Lines(string(b)) {
		if code, _, ok := strings.Cut(l, "\t"); ok && !strings.HasPrefix(l, "#") {
			out[code] = true
		}
	}
	return out
})

// lookup resolves a name with the gazetteer, then the built-in aliases.
func lookup(g *region.Gazetteer, name string) []region.Region {
	if all := g.LookupAll(name); len(all) > 0 {
		return all
	}
	if c, ok := DefaultResolver(name); ok {
		return g.LookupAll(c)
	}
	return nil
}

func provinceCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2] + "0000"
}

// chooseFrame is the map that shows every placed region at its own level:
// the finest level among them, over the smallest area holding them all.
func chooseFrame(g *region.Gazetteer, ps []placed) frame {
	finest := 0
	cities, provs := map[string]bool{}, map[string]bool{}
	for _, p := range ps {
		l := effLevel(g, p.r)
		finest = max(finest, l)
		provs[provinceCode(p.r.Code)] = true
		if l >= 1 {
			cities[cityOf(g, p.r)] = true
		}
	}
	var f frame
	switch {
	case finest == 2 && len(cities) == 1 && !hasLevel(g, ps, 0):
		f = frame{kind: LevelCity, level: LevelCounty, codes: slices.Collect(maps.Keys(cities))}
	case finest == 2:
		f = frame{kind: LevelProvince, level: LevelCounty, codes: slices.Sorted(maps.Keys(provs))}
	case finest == 1 && len(provs) == 1:
		f = frame{kind: LevelProvince, level: LevelCity, codes: slices.Collect(maps.Keys(provs))}
	case finest == 1:
		f = frame{kind: LevelProvince, level: LevelCity}
	default:
		f = frame{kind: LevelProvince, level: LevelProvince}
	}
	fl := map[string]int{LevelProvince: 0, LevelCity: 1, LevelCounty: 2}[f.level]
	for _, p := range ps {
		if effLevel(g, p.r) < fl && !slices.Contains(f.under, p.r.Code) {
			f.under = append(f.under, p.r.Code)
		}
	}
	slices.Sort(f.under)
	return f
}

func hasLevel(g *region.Gazetteer, ps []placed, l int) bool {
	return slices.ContainsFunc(ps, func(p placed) bool { return effLevel(g, p.r) == l })
}

// Choose returns the map that shows the regions of values with a finite
// figure, each at its own level: the counties of one city → that city's
// map; counties of several cities → their province (or provinces) at county
// level; cities → their province, or China, at city level; provinces →
// China. A coarser region's own figure (a city beside its districts) fills
// its outline beneath the finer regions that have none. It fails with a
// NoMapError when no region has a boundary, and with chart.ErrNoData when
// there is no figure.
func (a *Atlas) Choose(values map[string]float64) (*Map, error) {
	regions := finiteRegions(values)
	if len(regions) == 0 {
		return nil, fmt.Errorf("choose map: %w", chart.ErrNoData)
	}
	ps := place(a.g, values)
	for len(ps) > 0 {
		m, err := a.build(chooseFrame(a.g, ps))
		if err != nil {
			return nil, err
		}
		if len(shown(m, regions)) > 0 {
			return m, nil
		}
		ps = ps[:0] // the regions found have no boundary
	}
	return nil, &NoMapError{Regions: regions}
}

// finiteRegions are the names of values with a finite figure, sorted.
func finiteRegions(values map[string]float64) []string {
	var out []string
	for _, r := range slices.Sorted(maps.Keys(values)) {
		if v := values[r]; !math.IsNaN(v) && !math.IsInf(v, 0) {
			out = append(out, r)
		}
	}
	return out
}

// shown returns the canonical names of the regions m draws, without
// repeats.
func shown(m *Map, regions []string) []string {
	var out []string
	for _, r := range regions {
		name := m.Resolve(r)
		if _, ok := m.Feature(name); ok && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// Request is what a map is to show; Atlas.Choropleth chooses the map.
type Request struct {
	Values  map[string]float64 // figures by region name (aliases are resolved by the chosen map's join)
	Neutral []string           // regions left out of the comparison: a neutral fill, not 无数据
	Unit    string             // base unit of the values, shown in the legend
	Period  string             // the figures' period, shown in the legend ("" when none or mixed)
	Title   string
	Note    string
	Dark    bool
	Locale  chart.Locale // the words of the legend (单位, 无数据) and numbers
}

// Choropleth returns the request drawn on the map Choose picks for its
// values.
func (a *Atlas) Choropleth(r Request) (Choropleth, error) {
	m, err := a.Choose(r.Values)
	if err != nil {
		return Choropleth{}, err
	}
	return Choropleth{Map: m, Values: r.Values, Neutral: r.Neutral, Unit: r.Unit, Period: r.Period,
		Title: r.Title, Note: r.Note, Dark: r.Dark, Locale: r.Locale}, nil
}

// OffMap returns the regions of Values with a figure that the map does not
// show (unknown, or without a boundary), sorted.
func (c Choropleth) OffMap() []string {
	var out []string
	for _, r := range finiteRegions(c.Values) {
		if _, ok := c.Map.Feature(c.Map.Resolve(r)); !ok {
			out = append(out, r)
		}
	}
	return out
}

// makeMap builds the map of a frame from the boundary files.
func (a *Atlas) makeMap(f frame) (*Map, error) {
	b := &mapBuilder{a: a, f: f, m: &Map{Level: f.level, Bounds: emptyRect()}}
	var err error
	switch {
	case len(f.codes) == 0:
		err = b.country()
	case f.kind == LevelCity:
		err = b.city(f.codes[0])
	default:
		err = b.provinces()
	}
	if err != nil {
		return nil, err
	}
	m := b.m
	if len(m.Features) == 0 {
		return nil, fmt.Errorf("map %s: no boundaries", m.Name)
	}
	m.resolve = mapResolver(a.g, m)
	return m, nil
}

// mapBuilder collects the features of one map.
type mapBuilder struct {
	a *Atlas
	f frame
	m *Map
}

// southLimit leaves the South China Sea islands off province and country
// maps (the country map shows them in the inset).
const southLimit = 18.0

func (b *mapBuilder) add(bf *boundaryFile, i int, minLat float64, underlay bool) {
	ft, ok := bf.feature(b.a.g, i, minLat)
	if !ok {
		return
	}
	ft.Underlay = underlay
	b.m.Features = append(b.m.Features, ft)
	if !underlay && !ft.Inset {
		b.m.Bounds = union(b.m.Bounds, ft.Bounds)
	}
}

func (b *mapBuilder) outline(bf *boundaryFile, i int, minLat float64) {
	for _, p := range groupRings(bf.rings(bf.raw.Features[i].Rings), minLat) {
		b.m.Outlines = append(b.m.Outlines, p...)
	}
}

// city: the counties of one city.
func (b *mapBuilder) city(code string) error {
	bf, err := b.a.files.get(provinceCode(code))
	if err != nil {
		return err
	}
	r, _ := b.a.g.ByCode(code)
	b.m.Name = r.Name
	for _, u := range b.f.under {
		if i, ok := bf.index[u]; ok {
			b.add(bf, i, -90, true)
		}
	}
	for i, ft := range bf.raw.Features {
		if ft.Parent == code && ft.Level == geo.County {
			b.add(bf, i, -90, false)
		}
	}
	if i, ok := bf.index[code]; ok {
		b.outline(bf, i, -90)
	}
	return nil
}

// provinces: the cities (level city) or counties of one or more provinces.
func (b *mapBuilder) provinces() error {
	var names []string
	b.m.Albers = true
	for _, p := range b.f.codes {
		bf, err := b.a.files.get(p)
		if err != nil {
			return err
		}
		r, _ := b.a.g.ByCode(p)
		names = append(names, r.Name)
		for _, u := range b.f.under {
			if i, ok := bf.index[u]; ok {
				b.add(bf, i, southLimit, true)
			}
		}
		hasCounties := map[string]bool{}
		for _, ft := range bf.raw.Features {
			if ft.Level == geo.County {
				hasCounties[ft.Parent] = true
			}
		}
		for i, ft := range bf.raw.Features {
			switch {
			case b.f.level == LevelCity && ft.Parent == p && ft.Level != geo.Province:
				b.add(bf, i, southLimit, false)
			case b.f.level == LevelCounty && (ft.Level == geo.County || ft.Level == geo.City && !hasCounties[featureKey(ft)]):
				b.add(bf, i, southLimit, false)
			case b.f.level == LevelCounty && ft.Level == geo.City, ft.Level == geo.Province && len(b.f.codes) > 1:
				b.outline(bf, i, southLimit)
			}
		}
	}
	b.m.Name = strings.Join(names, "、")
	return nil
}

// country: China's provinces, or its cities (with the counties that belong
// to no city, and the municipalities whole).
func (b *mapBuilder) country() error {
	bf, err := b.a.files.get(countryFile)
	if err != nil {
		return err
	}
	b.m.Name, b.m.Albers = "中国", true
	for _, u := range b.f.under {
		if i, ok := bf.index[u]; ok {
			b.add(bf, i, southLimit, true)
		}
	}
	whole := []string{"110000", "120000", "310000", "500000", "810000", "820000"}
	for i, ft := range bf.raw.Features {
		switch {
		case ft.Level == geo.Inset:
			b.add(bf, i, -90, false)
		case b.f.level == LevelProvince && ft.Level == geo.Province:
			b.add(bf, i, southLimit, false)
		case b.f.level == LevelCity && ft.Level == geo.Province && slices.Contains(whole, ft.Code):
			b.add(bf, i, southLimit, false)
		case b.f.level == LevelCity && ft.Level == geo.Province:
			b.outline(bf, i, southLimit)
		case b.f.level == LevelCity && !slices.Contains(whole, provinceCode(ft.Code)):
			b.add(bf, i, southLimit, false)
		}
	}
	return nil
}

// mapResolver reads names as the regions of m: of a name's readings in g,
// the one on the map (鼓楼区 of this city), else the built-in aliases, else
// g's best reading.
func mapResolver(g *region.Gazetteer, m *Map) Resolver {
	on := map[string]bool{}
	for _, f := range m.Features {
		if f.Code != "" {
			on[f.Code] = true
		}
		on[f.Name] = true
	}
	return func(name string) (string, bool) {
		all := lookup(g, name)
		for _, r := range all {
			if on[r.Code] {
				return r.Name, true
			}
		}
		if on[strings.TrimSpace(name)] {
			return strings.TrimSpace(name), true
		}
		if c, ok := DefaultResolver(name); ok {
			return c, true
		}
		if len(all) > 0 {
			return all[0].Name, true
		}
		return "", false
	}
}
