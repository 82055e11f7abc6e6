package extract

import (
	"strings"
	"unicode/utf8"
)

// A regionGroup is a name a story gives to several regions together, with
// the regions in brackets where it is first used: 县域地区（包括康平县、法库县
// 和新民市）. The story's figures of 县域地区 (or 县域) cover the three.
type regionGroup struct {
	words   []string // the group's name and its shorter form (县域地区, 县域)
	regions []string // canonical names, in the order written
	def     [2]int   // rune span of the bracket that lists them
}

// groupIntro opens the bracket that lists a group's regions.
var groupIntro = []string{"(包括", "(包含", "(含", "(即"}

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
			if g, ok := x.groupAt(k, len(intro)); ok {
				out = append(out, g)
			}
		}
	}
	return out
}

// groupAt reads a group whose bracket opens at byte k of x.ns: two or more
// regions, with nothing in the bracket but them and separators, after a
// name of two to six Chinese characters that is not itself a region.
func (x *extractor) groupAt(k, introLen int) (regionGroup, bool) {
	closeAt := strings.IndexByte(x.ns[k:], ')')
	if closeAt < 0 || closeAt > 120 {
		return regionGroup{}, false
	}
	start := runeIndex(x.nOff, k)
	end := runeIndex(x.nOff, k+closeAt+1)
	ms := x.mentionsIn(start+utf8.RuneCountInString(x.ns[k:k+introLen]), end-1)
	if len(ms) < 2 {
		return regionGroup{}, false
	}
	var names []string
	at := start + utf8.RuneCountInString(x.ns[k:k+introLen])
	for _, m := range ms {
		if !onlySeparators(x.rs[at:m.Start]) {
			return regionGroup{}, false
		}
		names = append(names, m.Name)
		at = m.End
	}
	if !onlySeparators(x.rs[at : end-1]) {
		return regionGroup{}, false
	}
	// The name: the Chinese characters before the bracket, after any
	// region mention that ends there (沈阳市县域地区 → 县域地区).
	from := start
	for from > 0 && start-from < 6 && isHan(x.rs[from-1]) {
		from--
	}
	for _, m := range x.mentionsIn(from-4, start) {
		if m.End > from {
			from = m.End
		}
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

func onlySeparators(rs []rune) bool {
	for _, r := range rs {
		if !strings.ContainsRune("、,，和及与以及 ", r) {
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
	for _, m := range x.mentionsIn(bestAt, at) {
		if m.Start < g.def[0] || m.End > g.def[1] {
			return nil // 县域地区…, 康平县实现…: a member named after it
		}
	}
	from := max(bestAt, g.def[1])
	for _, loc := range scopeWords.FindAllStringIndex(x.str(from, at), -1) {
		if before, _ := utf8.DecodeLastRuneInString(x.str(from, at)[:loc[0]]); !strings.ContainsRune("占于比较与", before) {
			return nil // 县域地区…；全市…, but not 占全市…的比重 or 低于全市增速
		}
	}
	return g.regions
}
