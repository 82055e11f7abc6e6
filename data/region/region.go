// Package region is a gazetteer of Chinese administrative divisions
// (GB/T 2260): provinces, prefecture-level cities and county-level divisions
// with their codes, parents, aliases, short forms (大连 → 大连市) and
// traditional spellings (信陽市 → 信阳市). The data lives in tab-separated
// files embedded in the package; see README.md for their sources.
package region

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Levels of a Region.
const (
	Province = "province"
	City     = "city"
	County   = "county"
)

// Region is one administrative division.
type Region struct {
	Code       string // six-digit GB/T 2260 code
	Name       string // canonical simplified name (西海岸新区, 即墨区, 大连市)
	Level      string // Province, City or County
	Parent     string // canonical name of the parent ("" for a province)
	ParentCode string // code of the parent ("" for a province)
	Province   string // canonical name of the province (itself for a province)
}

//go:embed divisions.tsv aliases.tsv t2s.tsv
var files embed.FS

// defaultGazetteer builds the embedded gazetteer once; the result is never
// modified afterwards.
var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	open := func(name string) io.Reader {
		b, err := files.ReadFile(name)
		if err != nil {
			return errReader{err}
		}
		return strings.NewReader(string(b))
	}
	return Load(open("divisions.tsv"), open("aliases.tsv"), open("t2s.tsv"))
})

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// Default returns the gazetteer built from the embedded data. It is built on
// first use and shared; a *Gazetteer is safe for concurrent use. Default
// panics if the embedded data is broken (a build defect, caught by tests).
//
// Only composition roots call it (main, app.New, the cli commands,
// scripts, tests) and pass the gazetteer to what needs it; no package
// under data/ or views/ does (TestDefaultOnlyAtRoots).
func Default() *Gazetteer {
	g, err := defaultGazetteer()
	if err != nil {
		panic(fmt.Sprintf("region: embedded gazetteer: %v", err))
	}
	return g
}

// entry is one way of writing a region's name.
type entry struct {
	idx   int  // index into Gazetteer.regions
	short bool // a derived or context-dependent form, not a full name
}

// Gazetteer resolves names and finds region mentions in text. It is
// immutable once built.
type Gazetteer struct {
	regions []Region
	byCode  map[string]int
	names   map[string][]entry // simplified text → regions it may name
	ctx     map[string]bool    // short forms that need their province mentioned
	t2s     map[rune]rune
	trad    runeSet         // the keys of t2s
	lens    map[rune][]int  // first rune of a key → key lengths, longest first
	first   runeSet         // the keys of lens
	single  runeSet         // runes that are a key by themselves
	pairs   pairFilter      // the first two runes of every longer key
	former  map[string]bool // former names of districts (凤翔县): matched, but no words for segmentation
}

// pairFilter is a Bloom filter of rune pairs: a pair never added is
// (almost always) reported absent, a pair added always present.
type pairFilter [1 << 20 / 64]uint64

func pairBit(a, b rune) uint32 {
	h := uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77
	return (h ^ h>>15) % (1 << 20)
}

func (f *pairFilter) add(a, b rune) {
	k := pairBit(a, b)
	f[k/64] |= 1 << (k % 64)
}

func (f *pairFilter) mayHave(a, b rune) bool {
	k := pairBit(a, b)
	return f[k/64]&(1<<(k%64)) != 0
}

// runeSet is a set of runes with a bit per rune of the Basic Multilingual
// Plane: a membership test costs an array lookup, not a map lookup.
type runeSet struct {
	bmp   [1 << 16 / 64]uint64
	above map[rune]bool
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		s.bmp[r/64] |= 1 << (r % 64)
		return
	}
	if s.above == nil {
		s.above = map[rune]bool{}
	}
	s.above[r] = true
}

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return s.bmp[r/64]&(1<<(r%64)) != 0
	}
	return s.above[r]
}

// Load builds a gazetteer from the three data files (formats in README.md).
func Load(divisions, aliases, t2s io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{
		byCode: map[string]int{},
		names:  map[string][]entry{},
		ctx:    map[string]bool{},
		t2s:    map[rune]rune{},
		former: map[string]bool{},
	}
	if err := g.readDivisions(divisions); err != nil {
		return nil, fmt.Errorf("divisions: %w", err)
	}
	stops, err := g.readAliases(aliases)
	if err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	if err := g.readT2S(t2s); err != nil {
		return nil, fmt.Errorf("t2s: %w", err)
	}
	for t, s := range variantForms {
		if _, ok := g.t2s[t]; !ok {
			g.t2s[t] = s
			g.trad.add(t)
		}
	}
	g.resolveParents()
	g.indexNames(stops)
	return g, nil
}

// eachRow calls fn with the tab-separated fields of every non-comment line.
func eachRow(r io.Reader, fields int, fn func(f []string) error) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != fields {
			return fmt.Errorf("line %d: want %d fields, got %d", line, fields, len(f))
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	return sc.Err()
}

func (g *Gazetteer) readDivisions(r io.Reader) error {
	return eachRow(r, 4, func(f []string) error {
		switch f[2] {
		case Province, City, County:
		default:
			return fmt.Errorf("unknown level %q", f[2])
		}
		if _, dup := g.byCode[f[0]]; dup {
			return fmt.Errorf("duplicate code %s", f[0])
		}
		g.byCode[f[0]] = len(g.regions)
		g.regions = append(g.regions, Region{Code: f[0], Name: f[1], Level: f[2], ParentCode: f[3]})
		return nil
	})
}

// readAliases applies renames and records aliases, context-only short forms
// and stop words. It returns the stop words.
func (g *Gazetteer) readAliases(r io.Reader) (map[string]bool, error) {
	stops := map[string]bool{}
	err := eachRow(r, 3, func(f []string) error {
		kind, code, name := f[0], f[1], f[2]
		switch kind {
		case "stop":
			stops[name] = true
			return nil
		case "ctx":
			g.ctx[name] = true
			return nil
		case "region":
			parent := code[:min(2, len(code))] + "0000"
			if _, dup := g.byCode[code]; dup || len(code) != 6 || g.byCode[parent] == 0 && g.regions[0].Code != parent {
				return fmt.Errorf("region %s %s: duplicate code or no province %s", code, name, parent)
			}
			g.byCode[code] = len(g.regions)
			g.regions = append(g.regions, Region{Code: code, Name: name, Level: City, ParentCode: parent})
			return nil
		}
		i, ok := g.byCode[code]
		if !ok {
			return fmt.Errorf("unknown code %s", code)
		}
		switch kind {
		case "name":
			g.addName(g.regions[i].Name, entry{idx: i})
			g.regions[i].Name = name
		case "alias":
			g.addName(name, entry{idx: i})
		default:
			return fmt.Errorf("unknown kind %q", kind)
		}
		return nil
	})
	return stops, err
}

// variantForms are variant glyphs of traditional characters that older
// and Taiwan or Hong Kong texts print and OpenCC's TSCharacters (t2s.tsv)
// does not list: 寧陜縣 and 陜西 are 宁陕县 and 陕西.
var variantForms = map[rune]rune{'陜': '陕', '衞': '卫', '淸': '清', '靑': '青'}

func (g *Gazetteer) readT2S(r io.Reader) error {
	return eachRow(r, 2, func(f []string) error {
		t, s := []rune(f[0]), []rune(f[1])
		if len(t) != 1 || len(s) != 1 {
			return fmt.Errorf("not a single character pair: %q %q", f[0], f[1])
		}
		g.t2s[t[0]] = s[0]
		g.trad.add(t[0])
		return nil
	})
}

func (g *Gazetteer) resolveParents() {
	for i := range g.regions {
		r := &g.regions[i]
		if p, ok := g.byCode[r.ParentCode]; ok {
			r.Parent = g.regions[p].Name
		}
	}
	for i := range g.regions {
		chain := g.chain(i)
		g.regions[i].Province = g.regions[chain[len(chain)-1]].Name
	}
}

// chain returns i and the indices of its ancestors, nearest first.
func (g *Gazetteer) chain(i int) []int {
	out := []int{i}
	for len(out) < 4 {
		p, ok := g.byCode[g.regions[out[len(out)-1]].ParentCode]
		if !ok {
			break
		}
		out = append(out, p)
	}
	return out
}

// commonForm is how an autonomous division is usually written: its short
// form and its kind (酉阳土家族苗族自治县 → 酉阳县, 延边朝鲜族自治州 → 延边州,
// 鄂温克族自治旗 → 鄂温克旗); "" for other names.
func commonForm(name, short string) string {
	for _, kind := range []string{"自治县", "自治州", "自治旗"} {
		if strings.HasSuffix(name, kind) && short != "" {
			return short + strings.TrimPrefix(kind, "自治")
		}
	}
	return ""
}

func (g *Gazetteer) addName(name string, e entry) {
	for _, old := range g.names[name] {
		if old.idx == e.idx {
			return
		}
	}
	g.names[name] = append(g.names[name], e)
}

func (g *Gazetteer) indexNames(stops map[string]bool) {
	for i, r := range g.regions {
		g.addName(r.Name, entry{idx: i})
		if s := ShortForm(r.Name, r.Level); s != "" && s != r.Name {
			g.addName(s, entry{idx: i, short: true})
			if c := commonForm(r.Name, s); c != "" {
				g.addName(c, entry{idx: i})
				g.addName(s+"自治"+strings.TrimPrefix(c, s), entry{idx: i}) // 紫云自治县
			}
		}
	}
	// A district that was a county or a county-level city before (凤翔县
	// became 凤翔区 in 2021, 长乐市 长乐区 in 2017) is found by its old name in
	// older texts, unless that name is some other place's.
	// So is a county-level city that was a county (监利县 became 监利市 in
	// 2020).
	for i, r := range g.regions {
		if r.Level != County {
			continue
		}
		var olds []string
		if stem, ok := strings.CutSuffix(r.Name, "市"); ok && utf8.RuneCountInString(stem) >= 2 {
			olds = []string{stem + "县"}
		} else if stem, ok := strings.CutSuffix(r.Name, "区"); ok && utf8.RuneCountInString(stem) >= 2 && !strings.ContainsAny(stem, "新城郊矿") {
			olds = []string{stem + "县", stem + "市"}
		}
		for _, old := range olds {
			if _, taken := g.names[old]; !taken {
				g.addName(old, entry{idx: i})
				g.former[old] = true
			}
		}
	}
	for name := range stops {
		delete(g.names, name)
	}
	// A division named by a stop word is found with its parent before it
	// (阳泉市郊区, 阳泉郊区): three cities have a 郊区, and the word alone is
	// generic.
	for i, r := range g.regions {
		if !stops[r.Name] || r.Parent == "" {
			continue
		}
		p := g.regions[g.byCode[r.ParentCode]]
		g.addName(p.Name+r.Name, entry{idx: i})
		if s := ShortForm(p.Name, p.Level); s != "" && s != p.Name {
			g.addName(s+r.Name, entry{idx: i})
		}
	}
	g.lens = map[rune][]int{}
	for name, es := range g.names {
		sort.SliceStable(es, func(a, b int) bool { return g.less(es[a], es[b]) })
		rs := []rune(name)
		if !slices.Contains(g.lens[rs[0]], len(rs)) {
			g.lens[rs[0]] = append(g.lens[rs[0]], len(rs))
		}
		if len(rs) == 1 {
			g.single.add(rs[0])
		} else {
			g.pairs.add(rs[0], rs[1])
		}
	}
	for r, l := range g.lens {
		sort.Sort(sort.Reverse(sort.IntSlice(l)))
		g.first.add(r)
	}
}

// less orders candidate entries: full names first, then higher levels, then
// lower codes.
func (g *Gazetteer) less(a, b entry) bool {
	if a.short != b.short {
		return !a.short
	}
	la, lb := levelRank(g.regions[a.idx].Level), levelRank(g.regions[b.idx].Level)
	if la != lb {
		return la < lb
	}
	return g.regions[a.idx].Code < g.regions[b.idx].Code
}

func levelRank(level string) int {
	switch level {
	case Province:
		return 0
	case City:
		return 1
	}
	return 2
}

// Simplify maps traditional characters used in region names to their
// simplified forms, rune for rune (offsets are preserved).
func (g *Gazetteer) Simplify(s string) string {
	for _, r := range s {
		if r == utf8.RuneError || g.trad.has(r) {
			return g.simplify(s)
		}
	}
	return s // nothing to map (strings.Map would return s too)
}

// simplify is Simplify's mapping.
func (g *Gazetteer) simplify(s string) string {
	return strings.Map(func(r rune) rune {
		if s, ok := g.t2s[r]; ok {
			return s
		}
		return r
	}, s)
}

// Lookup resolves a name as written — full, canonical, alias, short form or
// traditional — to its region. An ambiguous name (鼓楼区 is in four cities)
// resolves to its highest-level, lowest-code reading; LookupAll lists all.
func (g *Gazetteer) Lookup(name string) (Region, bool) {
	all := g.LookupAll(name)
	if len(all) == 0 {
		return Region{}, false
	}
	return all[0], true
}

// LookupAll returns every region a name may denote, best reading first.
func (g *Gazetteer) LookupAll(name string) []Region {
	es := g.names[g.Simplify(strings.TrimSpace(name))]
	out := make([]Region, 0, len(es))
	for _, e := range es {
		out = append(out, g.regions[e.idx])
	}
	return out
}

// ByCode returns the region with a GB/T 2260 code.
func (g *Gazetteer) ByCode(code string) (Region, bool) {
	i, ok := g.byCode[code]
	if !ok {
		return Region{}, false
	}
	return g.regions[i], true
}

// Chain returns the region named name followed by its ancestors
// (即墨区 → 青岛市 → 山东省), or nil if the name is unknown.
func (g *Gazetteer) Chain(name string) []Region {
	r, ok := g.Lookup(name)
	if !ok {
		return nil
	}
	var out []Region
	for _, i := range g.chain(g.byCode[r.Code]) {
		out = append(out, g.regions[i])
	}
	return out
}

// Names returns every full name, alias and short form the gazetteer
// matches, sorted (for segmentation dictionaries).
func (g *Gazetteer) Names() []string {
	out := make([]string, 0, len(g.names))
	for n := range g.names {
		if !g.former[n] {
			out = append(out, n) // (former names left out: the segmenter's words stay stock gse's)
		}
	}
	sort.Strings(out)
	return out
}

// Len returns the number of regions.
func (g *Gazetteer) Len() int { return len(g.regions) }

// Within reports whether the region with code lies inside the region with
// code ancestor (a county in its city or province, a city in its province).
func (g *Gazetteer) Within(code, ancestor string) bool {
	i, ok := g.byCode[code]
	if !ok || code == ancestor {
		return false
	}
	for _, a := range g.chain(i)[1:] {
		if g.regions[a].Code == ancestor {
			return true
		}
	}
	return false
}
