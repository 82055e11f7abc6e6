package data

import (
	"regexp"
	"sort"

	"zhibiao/data/region"
)

// respectiveRegion returns the region of figs[i] when it belongs to a 分别
// list whose items are regions.
func (x *extractor) respectiveRegion(figs []figure, i int) (string, bool) {
	r, ok := x.respectiveSpan(figs, i)
	if !ok {
		return "", false
	}
	var names []string
	for _, m := range x.mentionsIn(r.start, r.verb-2) {
		if !x.orgName(m.End) {
			names = append(names, m.Name)
		}
	}
	if len(names) < 2 || r.idx >= len(names) {
		return "", false
	}
	return names[r.idx], true
}

// regionOf returns the region of a figure: the last region named before it
// in its sentence, unless that name is part of an organisation's name
// (青岛银行即墨支行) or a wider area holding the story's region; else the
// story's region.
func (x *extractor) regionOf(sent Span, at int) string {
	best := ""
	for _, m := range x.mentionsIn(sent.Start, at) {
		if x.orgName(m.End) || x.wider(m.Code) {
			continue
		}
		best = m.Name
	}
	if best == "" {
		return x.a.Region
	}
	return best
}

// orgWords after a region name make it part of an organisation's name.
var orgWords = regexp.MustCompile(`^[^，,。；;、：:\s“”]{0,12}?(公司|银行|支行|分行|集团|大学|学院|医院|剧院|中心|研究院|研究所|协会|商会|军区|休养所|新闻|日报|片区|产业园|创新园|科技园|园区)`)

// orgName reports whether the text after a region mention makes it part of
// an organisation's name.
func (x *extractor) orgName(end int) bool {
	return orgWords.MatchString(string(x.rs[end:min(end+16, len(x.rs))]))
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
