package data

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"zhibiao/data/region"
)

// respectiveRegion returns the region of figs[i] when it belongs to a 分别
// list whose items are regions: named in the 分别 clause (甲区、乙区分别增长
// 5%、6%) or, when that clause names none, as the subject of an earlier
// clause of the sentence (甲市、乙市外贸保持增长，进出口分别增长5%和6%).
func (x *extractor) respectiveRegion(figs []figure, i int) (string, bool) {
	r, ok := x.respectiveSpan(figs, i)
	if !ok {
		return "", false
	}
	names := x.regionList(r.start, r.verb-2)
	if len(names) == 0 {
		names = x.regionList(x.sentenceOf(r.start).Start, r.start)
	}
	if len(names) < 2 || r.idx >= len(names) {
		return "", false
	}
	return names[r.idx], true
}

// regionList returns the last list of regions in [start, end) written one
// after another with only 、 和 与 及 between them (organisations' names
// left out).
func (x *extractor) regionList(start, end int) []string {
	var names []string
	prevEnd := -1
	for _, m := range x.mentionsIn(start, end) {
		if x.orgName(m.End) {
			continue
		}
		if prevEnd >= 0 && !listJoint(x.str(prevEnd, m.Start)) {
			names = names[:0]
		}
		names = append(names, m.Name)
		prevEnd = m.End
	}
	return names
}

// listJoint reports text that joins two items of a list.
func listJoint(s string) bool {
	switch strings.TrimSpace(s) {
	case "、", "和", "与", "及", "以及", ",", "，":
		return true
	}
	return false
}

// regionOf returns the region of a figure: the last region named before it
// in its sentence, else the last one named earlier in its paragraph (a
// news story moves from region to region paragraph by paragraph), else the
// story's region. A name that is part of an organisation's name (青岛银行即墨
// 支行) does not count, nor does a wider area holding the story's region,
// unless it is written in full as its clause's subject (江苏省进出口总额…
// in a 昆山市 story). A development zone named after a region (苏州工业园区)
// is a region of its own.
func (x *extractor) regionOf(sent Span, at int) string {
	if r := x.lastRegion(sent.Start, at); r != "" {
		return r
	}
	if scopeWords.MatchString(x.str(sent.Start, at)) {
		return x.a.Region // 全市有98家企业…: the story's own scope
	}
	if p, ok := x.paragraphOf(sent.Start); ok && p.Start < sent.Start {
		if r := x.lastRegion(p.Start, sent.Start); r != "" {
			return r
		}
	}
	return x.a.Region
}

// lastRegion returns the last region named in [start, end) that a figure
// after it belongs to, "" if none.
func (x *extractor) lastRegion(start, end int) string {
	best := ""
	for _, m := range x.mentionsIn(start, end) {
		if x.orgName(m.End) || x.wider(m.Code) && !x.clauseSubject(m) {
			continue
		}
		best = m.Name
	}
	return best
}

// scopeWords name the story's own area without naming it (全市, 本区).
var scopeWords = regexp.MustCompile(`(全|本|我|该)(省|市|区|县)`)

// zoneWords after a region's name make a development zone (苏州工业园区).
var zoneWords = mustMatcher(`工业园区|高新技术产业开发区|经济技术开发区|高新区|经开区|综合保税区|保税区|开发区`)

// withZones returns the region mentions of rs with the development zones
// named after a region (苏州工业园区, 宁波保税区) put in place of the region
// mentions they hold: a zone is a region of its own, with no code.
// s is string(rs) and off the byte offset of each rune (see runeText).
func withZones(g *region.Gazetteer, rs []rune, s string, off []int, ms []region.Mention) []region.Mention {
	var zones []region.Mention
	for _, loc := range zoneWords.FindAllStringIndex(s) {
		start, end := runeIndex(off, loc[0]), runeIndex(off, loc[1])
		for n := 4; n >= 2; n-- {
			if start-n < 0 || !hanOnly(rs[start-n:start]) {
				continue
			}
			if _, ok := g.Lookup(string(rs[start-n : start])); ok {
				name := string(rs[start-n : end])
				zones = append(zones, region.Mention{Name: name, Text: name, Start: start - n, End: end})
				break
			}
		}
	}
	if len(zones) == 0 {
		return ms
	}
	out := slices.DeleteFunc(slices.Clone(ms), func(m region.Mention) bool {
		return slices.ContainsFunc(zones, func(z region.Mention) bool { return m.Start < z.End && z.Start < m.End })
	})
	out = append(out, zones...)
	slices.SortStableFunc(out, func(a, b region.Mention) int { return a.Start - b.Start })
	return out
}

// clauseSubject reports a region written in full (江苏省, not 江苏 in 江苏外贸)
// at the start of its clause, after period words and connectives only.
func (x *extractor) clauseSubject(m region.Mention) bool {
	if !strings.HasSuffix(m.Text, "省") && !strings.HasSuffix(m.Text, "市") && !strings.HasSuffix(m.Text, "区") && !strings.HasSuffix(m.Text, "县") {
		return false
	}
	return cleanPhrase(x.str(x.clauseStart(m.Start, true), m.Start)) == ""
}

// paragraphOf returns the paragraph holding rune offset i.
func (x *extractor) paragraphOf(i int) (Paragraph, bool) {
	ps := x.a.Paragraphs
	k := sort.Search(len(ps), func(k int) bool { return ps[k].End > i })
	if k < len(ps) && ps[k].Start <= i {
		return ps[k], true
	}
	return Paragraph{}, false
}

// orgWords after a region name make it part of an organisation's name.
var orgWords = regexp.MustCompile(`^[^，,。；;、：:\s“”]{0,12}?(公司|银行|支行|分行|集团|大学|学院|医院|剧院|中心|研究院|研究所|协会|商会|军区|休养所|新闻|日报|片区|产业园|创新园|科技园|园区|基地|[^格布开结当饭]局|厅)`)

// orgName reports whether the text after a region mention makes it part of
// an organisation's name.
// Answers are kept by end offset: a mention is looked at for every figure
// after it.
func (x *extractor) orgName(end int) bool {
	if org, ok := x.orgs[end]; ok {
		return org
	}
	org := orgWords.MatchString(x.str(end, min(end+16, len(x.rs))))
	if x.orgs == nil {
		x.orgs = map[int]bool{}
	}
	x.orgs[end] = org
	return org
}

// wider reports whether a mentioned region holds the story's region (青岛市
// in a 西海岸新区 story): a figure of the story is then still the story's.
func (x *extractor) wider(code string) bool {
	if !x.hasHome || code == "" || code == x.home.Code {
		return false
	}
	return region.Default().Within(x.home.Code, code)
}

// mentionsIn returns the region mentions lying within [start, end), found
// by binary search (Find returns them in text order).
func (x *extractor) mentionsIn(start, end int) []region.Mention {
	lo := sort.Search(len(x.mentions), func(k int) bool { return x.mentions[k].Start >= start })
	hi := lo
	for hi < len(x.mentions) && x.mentions[hi].End <= end {
		hi++
	}
	return x.mentions[lo:hi]
}

// runeIndex returns the rune index of byte offset b, a rune boundary of the
// text whose rune offsets are off.
func runeIndex(off []int, b int) int {
	k, _ := slices.BinarySearch(off, b)
	return k
}

// hanOnly reports whether every rune is a Chinese character.
func hanOnly(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
