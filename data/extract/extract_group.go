package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"zhibiao/data/region"
)

// A regionGroup is a name a story gives to several regions together, with
// the regions in brackets where it is first used: 县域地区（包括康平县、法库县
// 和新民市）. The story's figures of 县域地区 (or 县域) cover the three.
type regionGroup struct {
	words   []string // the group's name and its shorter form (县域地区, 县域)
	regions []string // canonical names, in the order written
	def     [2]int   // rune span of the bracket that lists them
}

// groupIntro opens the list of a group's regions: in brackets (县域地区（包括
// 康平县、法库县和新民市）) or not (全盟县域包括乌兰浩特市、…和突泉县6个旗县市).
var groupIntro = []string{"(包括", "(包含", "(含", "(即", "包括"}

// groupsOf finds the region groups a story defines.
func (x *extractor) groupsOf() []regionGroup {
	var out []regionGroup
	for _, intro := range groupIntro {
		for from := 0; ; {
			k := strings.Index(x.ns[from:], intro)
			if k < 0 {
				break
			}
			k += from
			from = k + len(intro)
			if k > 0 && intro == "包括" && x.ns[k-1] == '(' {
				continue // read with its bracket
			}
			if g, ok := x.groupAt(k, len(intro), intro[0] == '('); ok {
				out = append(out, g)
			}
		}
	}
	return out
}

// groupAt reads a group whose list opens at byte k of x.ns: two or more
// regions, with nothing in the list but them, separators and the short
// forms a story defines for them in brackets, then (a list not in
// brackets) maybe its count (6个旗县市) before the clause ends; after a
// name of two to six Chinese characters that is not itself a region.
func (x *extractor) groupAt(k, introLen int, bracket bool) (regionGroup, bool) {
	start := runeIndex(x.nOff, k)
	listStart := start + utf8.RuneCountInString(x.ns[k:k+introLen])
	var end, listEnd int // end of the whole list, of its regions
	if bracket {
		closeAt := strings.IndexByte(x.ns[k:], ')')
		if closeAt < 0 || closeAt > 120 {
			return regionGroup{}, false
		}
		end = runeIndex(x.nOff, k+closeAt+1)
		listEnd = end - 1
	} else {
		closeAt := strings.IndexAny(x.ns[k:], "。；;，,")
		if closeAt < 0 || closeAt > 200 {
			return regionGroup{}, false
		}
		end = runeIndex(x.nOff, k+closeAt)
		listEnd = end
	}
	ms := x.mentionsIn(listStart, listEnd)
	if len(ms) < 2 {
		return regionGroup{}, false
	}
	var names []string
	at := listStart
	for _, m := range ms {
		if !onlySeparators(x.rs[at:m.Start]) {
			return regionGroup{}, false
		}
		if !slices.Contains(names, m.Name) {
			names = append(names, m.Name)
		}
		at = m.End
	}
	tail := x.rs[at:listEnd]
	if len(tail) > 0 && tail[0] == '(' {
		if k := slices.Index(tail, ')'); k > 0 && k <= 6 {
			tail = tail[k+1:] // …和扎赉特旗（扎旗）3个旗县市
		}
	}
	if !bracket {
		tail = []rune(groupCount.ReplaceAllString(string(tail), ""))
	}
	if !onlySeparators(tail) {
		return regionGroup{}, false
	}
	// The name: the Chinese characters before the list, after any region
	// mention or scope word that ends there (沈阳市县域地区 → 县域地区,
	// 全盟县域 → 县域).
	from := start
	for from > 0 && start-from < 6 && isHan(x.rs[from-1]) {
		from--
	}
	for _, m := range x.mentionsIn(from-4, start) {
		if m.End > from {
			from = m.End
		}
	}
	if start-from >= 4 && x.rs[from] == '全' {
		from += 2
	}
	if start-from < 2 {
		return regionGroup{}, false
	}
	word := string(x.rs[from:start])
	words := []string{word}
	if short, ok := strings.CutSuffix(word, "地区"); ok && utf8.RuneCountInString(short) >= 2 {
		words = append(words, short)
	}
	return regionGroup{words: words, regions: names, def: [2]int{start, end}}, true
}

// groupCount ends a list of regions with their count: 6个旗县市, 等3个县.
var groupCount = mustQuickRe(`^(等|共)?[0-9一二三四五六七八九十两]+个\p{Han}{1,4}$`)

func onlySeparators(rs []rune) bool {
	for i := 0; i < len(rs); i++ {
		if rs[i] == '(' {
			k := slices.Index(rs[i:], ')')
			if k < 0 || k > 6 {
				return false
			}
			i += k // a short form in brackets: 乌兰浩特市（乌市）
			continue
		}
		if !strings.ContainsRune("、,，和及与以及 ", rs[i]) {
			return false
		}
	}
	return true
}

func isHan(r rune) bool { return r >= 0x4e00 && r <= 0x9fff }

// groupRegions returns the regions of the group a figure at rune at
// belongs to: the group's name is the last place its paragraph names
// before it (the regions listed in the group's own bracket aside, and no
// scope word such as 全市 after it); nil if none.
func (x *extractor) groupRegions(at int) []string {
	if len(x.groups) == 0 {
		return nil
	}
	start := x.sentenceOf(at).Start
	if p, ok := x.paragraphOf(at); ok && p.Start < start {
		start = p.Start
	}
	clause := x.str(start, at)
	best, bestAt := -1, -1
	for i, g := range x.groups {
		for _, w := range g.words {
			if k := strings.LastIndex(clause, w); k >= 0 {
				if r := start + utf8.RuneCountInString(clause[:k]) + utf8.RuneCountInString(w); r > bestAt {
					best, bestAt = i, r
				}
			}
		}
	}
	if best < 0 {
		return nil
	}
	g := x.groups[best]
	if at < g.def[1] {
		return nil // a figure in the list itself (…和突泉县6个旗县市)
	}
	for _, m := range x.mentionsIn(bestAt, at) {
		if m.Start < g.def[0] || m.End > g.def[1] {
			return nil // 县域地区…, 康平县实现…: a member named after it
		}
	}
	after := x.str(max(bestAt, g.def[1]), at)
	for _, loc := range scopeWords.FindAllStringIndex(after, -1) {
		if before, _ := utf8.DecodeLastRuneInString(after[:loc[0]]); !strings.ContainsRune("占于比较与", before) {
			return nil // 县域地区…；全市…, but not 占全市…的比重 or 低于全市增速
		}
	}
	return g.regions
}

// withDefinedShortForms adds the mentions of short forms a story defines
// in brackets after a region's name (乌兰浩特市（乌市）, 科尔沁右翼前旗（前旗）):
// after the definition, the short form names that region. A short form is
// one to four Chinese characters that all occur, in order, in the name.
func withDefinedShortForms(rs []rune, ms []region.Mention) []region.Mention {
	var added []region.Mention
	for _, m := range ms {
		if m.End >= len(rs) || rs[m.End] != '(' || m.Code == "" {
			continue
		}
		k := m.End + 1
		for k < len(rs) && k-m.End <= 5 && isHan(rs[k]) {
			k++
		}
		if k >= len(rs) || rs[k] != ')' || k-m.End-1 < 2 {
			continue
		}
		short := rs[m.End+1 : k]
		if !subsequence(short, []rune(m.Text)) || string(short) == m.Text {
			continue
		}
		for at := k + 1; at+len(short) <= len(rs); at++ {
			if slices.Equal(rs[at:at+len(short)], short) {
				added = append(added, region.Mention{Name: m.Name, Code: m.Code, Text: string(short), Start: at, End: at + len(short)})
				at += len(short) - 1
			}
		}
	}
	if len(added) == 0 {
		return ms
	}
	out := slices.Clone(ms)
	for _, a := range added {
		// ms is in text order: the first mention ending after a starts is
		// the only one that may overlap it
		k := sort.Search(len(ms), func(k int) bool { return ms[k].End > a.Start })
		if k == len(ms) || ms[k].Start >= a.End {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b region.Mention) int { return a.Start - b.Start })
	return out
}

// subsequence reports whether every rune of short occurs in long, in order.
func subsequence(short, long []rune) bool {
	i := 0
	for _, r := range long {
		if i < len(short) && short[i] == r {
			i++
		}
	}
	return i == len(short)
}
