package main

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"zhibiao/data/region"
)

// atom is one source feature placed in the gazetteer: the division it is
// (Target), or only the division it lies in (Parent) when the gazetteer has
// no division it can be joined to.
type atom struct {
	src      *srcFeature
	Name     string // the source name in simplified characters
	Target   string // gazetteer code (county or city) the feature is, "" if none
	Parent   string // code (or synthetic key) of the division it lies in
	Province string // province code
	Note     string // how it was joined, when not by its code
	rings    [][]pt // quantised; exteriors counter-clockwise, holes clockwise
}

// joinRule is a hand-kept join (joins.tsv): the source feature name in a
// source file that is the gazetteer division code, with a note.
type joinRule struct {
	file, name, code, note string
}

// readJoins parses joins.tsv: file, source name, target code ("-" for a
// feature that is no division of its own), note.
func readJoins(b []byte) ([]joinRule, error) {
	var out []joinRule
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("joins.tsv line %d: want 4 fields", line)
		}
		out = append(out, joinRule{f[0], f[1], f[2], f[3]})
	}
	return out, sc.Err()
}

// joiner places source features in the gazetteer.
type joiner struct {
	g        *region.Gazetteer
	rules    map[[2]string]joinRule // by file and name
	registry map[string]string      // file suffix (pinyin) → city name as the package writes it
	used     map[[2]string]bool     // rules applied
	prov     map[string]string      // file → the province (name) most of its features are in
	city     map[string]string      // file → the city (code) most of its features are in
	log      []string               // what the join did, for the report
}

// sameName reports whether two names of a division agree: equal, or equal
// short forms (潜山县 and 潜山市, 即墨市 and 即墨区).
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	sa, sb := region.ShortForm(a, region.County), region.ShortForm(b, region.County)
	if sa == "" {
		sa = a
	}
	if sb == "" {
		sb = b
	}
	return sa == sb
}

// joinFile places the features of one source file.
func (j *joiner) joinFile(file string, fs []*srcFeature) []*atom {
	atoms := make([]*atom, len(fs))
	for i, f := range fs {
		atoms[i] = &atom{src: f, Name: j.g.Simplify(f.Name)}
	}
	switch {
	case strings.HasPrefix(file, "tai2_wan1_"):
		city := j.g.Simplify(j.registry[strings.TrimPrefix(file, "tai2_wan1_")])
		for _, a := range atoms {
			a.Parent, a.Province = "710000:"+city, "710000"
		}
		return atoms
	case file == "xianggang" || file == "aomen":
		p := map[string]string{"xianggang": "810000", "aomen": "820000"}[file]
		for _, a := range atoms {
			a.Parent, a.Province = p, p
		}
		return atoms
	}
	for _, a := range atoms {
		j.joinByRule(file, a)
	}
	for _, a := range atoms {
		if a.Target == "" && a.Note == "" {
			j.joinByCode(a)
		}
	}
	prov := j.majority(atoms, func(r region.Region) string { return r.Province })
	city := j.majority(atoms, func(r region.Region) string { return r.ParentCode })
	for _, a := range atoms {
		if a.Target == "" && a.Note == "" {
			j.joinByName(a, func(r region.Region) bool {
				return city != "" && r.ParentCode == city || city == "" && (prov == "" || r.Province == prov)
			})
		}
	}
	city = j.majority(atoms, func(r region.Region) string { return r.ParentCode })
	for _, a := range atoms {
		if a.Target == "" && a.Note == "" {
			j.joinByName(a, func(r region.Region) bool { return r.ParentCode == city })
		}
	}
	j.prov[file], j.city[file] = prov, city
	return atoms
}

// joinMoved joins the features still unjoined by name among the divisions
// of their province that no other feature is (a county moved to another
// city: 钢城区 from 莱芜市 to 济南市), then places every feature.
func (j *joiner) joinMoved(atoms []*atom) {
	claimed := map[string]bool{}
	for _, a := range atoms {
		claimed[a.Target] = true
	}
	for _, a := range atoms {
		if a.Target == "" && a.Note == "" && a.Parent == "" {
			prov := j.prov[a.src.File]
			j.joinByName(a, func(r region.Region) bool { return r.Province == prov && !claimed[r.Code] })
			if a.Target != "" {
				claimed[a.Target] = true
			}
		}
	}
	for _, a := range atoms {
		if a.Province == "" {
			j.place(a, a.src.File, j.city[a.src.File])
		}
	}
}

// joinByRule applies a hand-kept join.
func (j *joiner) joinByRule(file string, a *atom) {
	r, ok := j.rules[[2]string{file, a.Name}]
	if !ok {
		return
	}
	j.used[[2]string{file, a.Name}] = true
	a.Note = r.note
	if in, ok := strings.CutPrefix(r.code, "in:"); ok {
		a.Parent = in
	} else {
		a.Target = r.code
	}
}

// joinByCode joins a feature whose source code is a gazetteer division of
// the same name.
func (j *joiner) joinByCode(a *atom) {
	r, ok := j.g.ByCode(a.src.ID)
	if ok && r.Level != region.Province && (sameName(r.Name, a.Name) || j.alias(a.Name, r.Code)) {
		a.Target = r.Code
		if r.Name != a.Name {
			a.Note = "source name " + a.Name
		}
	}
}

// joinByName joins a feature by its name (or short form) among the
// county-level divisions that ok accepts (cities too, for a source feature
// with a city's code).
func (j *joiner) joinByName(a *atom, ok func(region.Region) bool) {
	var found []region.Region
	for _, r := range j.candidates(a.Name) {
		level := r.Level == region.County || r.Level == region.City && strings.HasSuffix(a.src.ID, "00")
		if level && ok(r) &&
			(sameName(r.Name, a.Name) || j.alias(a.Name, r.Code)) &&
			!slices.ContainsFunc(found, func(f region.Region) bool { return f.Code == r.Code }) {
			found = append(found, r)
		}
	}
	if len(found) == 1 {
		a.Target = found[0].Code
		if found[0].Name != a.Name {
			a.Note = "source name " + a.Name
		}
		if a.src.ID != "" && a.src.ID != found[0].Code {
			a.Note = strings.TrimPrefix(a.Note+"; ", "; ") + "source code " + a.src.ID
		}
	}
}

// alias reports whether the gazetteer knows name as a full name or alias
// of the division with code (黄岛区 for 西海岸新区, 即墨市 for 即墨区).
func (j *joiner) alias(name, code string) bool {
	return slices.ContainsFunc(j.g.LookupAll(name), func(r region.Region) bool { return r.Code == code })
}

// candidates are the divisions a name or its short form may denote.
func (j *joiner) candidates(name string) []region.Region {
	out := j.g.LookupAll(name)
	if s := region.ShortForm(name, region.County); s != "" {
		out = append(out, j.g.LookupAll(s)...)
	}
	for _, suf := range []string{"区", "县", "市"} {
		out = append(out, j.g.LookupAll(strings.TrimSuffix(name, string([]rune(name)[len([]rune(name))-1]))+suf)...)
	}
	return out
}

// majority is the most common key of the joined features' divisions.
func (j *joiner) majority(atoms []*atom, key func(region.Region) string) string {
	n := map[string]int{}
	for _, a := range atoms {
		if r, ok := j.g.ByCode(a.Target); ok {
			n[key(r)]++
		}
	}
	best := ""
	for _, k := range slices.Sorted(maps.Keys(n)) {
		if best == "" || n[k] > n[best] {
			best = k
		}
	}
	return best
}

// place sets the parent and province of a feature: those of its division,
// else of the file's city.
func (j *joiner) place(a *atom, file, city string) {
	if r, ok := j.g.ByCode(a.Target); ok {
		a.Parent, a.Province = r.ParentCode, provinceCode(r.Code)
		return
	}
	if a.Parent == "" {
		a.Parent = city
	}
	a.Province = provinceCode(a.Parent)
	j.log = append(j.log, fmt.Sprintf("unjoined\t%s\t%s\t%s\tplaced in %s", file, a.src.ID, a.Name, a.Parent))
	if a.Note == "" {
		a.Note = "no division of its own in the gazetteer; drawn as part of its parent"
	}
}

// provinceCode is the code of the province a division lies in: GB/T 2260
// codes start with the province's two digits.
func provinceCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2] + "0000"
}

// dedupe keeps one feature per division when two source files hold the
// same one: the one in the first file by name. Features of the
// same division in one file (a merged division's parts) are all kept.
func dedupe(atoms []*atom) []*atom {
	byTarget := map[string][]*atom{}
	for _, a := range atoms {
		if a.Target != "" {
			byTarget[a.Target] = append(byTarget[a.Target], a)
		}
	}
	drop := map[*atom]bool{}
	for _, as := range byTarget {
		files := map[string]bool{}
		for _, a := range as {
			files[a.src.File] = true
		}
		if len(files) < 2 {
			continue
		}
		keep := as[0].src.File
		for _, a := range as[1:] {
			if cmp.Compare(a.src.File, keep) < 0 {
				keep = a.src.File
			}
		}
		for _, a := range as {
			if a.src.File != keep {
				drop[a] = true
			}
		}
	}
	return slices.DeleteFunc(atoms, func(a *atom) bool { return drop[a] })
}
