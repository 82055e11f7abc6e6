package region

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mention is one region named in a text.
type Mention struct {
	Name       string // canonical name of the region
	Code       string // its GB/T 2260 code
	Text       string // the text as written (may be a short, alias or traditional form)
	Start, End int    // rune offsets of Text in the searched text
}

// notAfterShort are words that turn a short form into something else: a
// street (即墨路), a school (青岛大学) or a park named after a place.
var notAfterShort = []string{"路", "街", "大道", "大街", "大学", "中学", "小学", "公园"}

// notBeforeShort are characters that end a word a short form would
// otherwise be read out of (县城阳光 is not 城阳).
const notBeforeShort = "县乡镇村"

// candidate is the longest name starting at one position of a text.
type candidate struct {
	start, end int
	key        string
	entries    []entry
}

// Find returns the region mentions of text in order, longest match first
// and without overlaps. Full names and province short forms (山东) are
// trusted, and so are city short forms (大连) of three characters or said
// twice. Other short forms of cities and counties (即墨) count only when
// their full name or their parent is mentioned elsewhere in the text, as do
// county names of two characters (和县); short forms that are also common
// words (朝阳, 日照, 长治) need their full name mentioned; a name shared by several
// divisions (鼓楼区) resolves to the one whose parent is mentioned. Short
// forms followed by 路, 街, 大学 … are streets or schools, not regions.
func (g *Gazetteer) Find(text string) []Mention {
	// One pass decodes the text and tells whether Simplify would change
	// it (mostly not): then the text is its own simplified form.
	rs, off, plain := g.decode(text)
	simple, orig := text, rs
	if !plain {
		simple, orig = g.simplify(text), []rune(text)
		rs, off, _ = g.decode(simple) // rune for rune: same rune offsets
	}
	return g.choose(scan(g, simple, rs, off), rs, orig)
}

// FindDecoded is Find(text) for a caller that has decoded text already:
// rs is []rune(text) and off the byte offset of each rune and of the end
// of text. The extractor decodes each story once and shares it.
func (g *Gazetteer) FindDecoded(text string, rs []rune, off []int) []Mention {
	for _, r := range rs {
		if r == utf8.RuneError || g.trad.has(r) {
			return g.Find(text) // Simplify would change it (rarely)
		}
	}
	return g.choose(scan(g, text, rs, off), rs, rs)
}

// choose resolves the candidates of a text whose runes (simplified) are
// rs into its mentions, written as in orig.
func (g *Gazetteer) choose(cands []candidate, rs, orig []rune) []Mention {
	chosen := make([]int, len(cands))
	ctx := map[int]bool{}
	seen, heads := map[string]int{}, map[string]int{}
	for _, c := range cands {
		seen[c.key]++
		if c.start == 0 || !unicode.Is(unicode.Han, rs[c.start-1]) {
			heads[c.key]++ // at the start of a line or clause: 房县成立…
		}
	}
	for k, c := range cands {
		chosen[k] = g.confident(c, seen[c.key], heads[c.key])
		if chosen[k] >= 0 {
			for _, i := range g.chain(chosen[k]) {
				ctx[i] = true
			}
		}
	}
	g.parentThenChild(cands, chosen, ctx)
	for k, c := range cands {
		if chosen[k] < 0 {
			chosen[k] = g.withContext(c, ctx)
		}
	}
	var out []Mention
	last := 0
	for k, c := range cands {
		if chosen[k] < 0 || c.start < last {
			continue
		}
		r := g.regions[chosen[k]]
		out = append(out, Mention{Name: r.Name, Code: r.Code, Text: string(orig[c.start:c.end]), Start: c.start, End: c.end})
		last = c.end
	}
	return out
}

// parentThenChild resolves two names written one right after the other,
// a division's and one of its children's (广州花都, 扬州江都, 南通如东), each
// a short form that would need context alone: each is the other's.
func (g *Gazetteer) parentThenChild(cands []candidate, chosen []int, ctx map[int]bool) {
	for k := 0; k+1 < len(cands); k++ {
		a, b := cands[k], cands[k+1]
		if a.end != b.start || chosen[k] >= 0 && chosen[k+1] >= 0 || g.ctx[a.key] || g.ctx[b.key] {
			continue
		}
		for _, ea := range a.entries {
			if chosen[k] >= 0 && chosen[k] != ea.idx {
				continue
			}
			for _, eb := range b.entries {
				if (chosen[k+1] < 0 || chosen[k+1] == eb.idx) && g.regions[eb.idx].ParentCode == g.regions[ea.idx].Code {
					chosen[k], chosen[k+1] = ea.idx, eb.idx
					for _, i := range g.chain(eb.idx) {
						ctx[i] = true
					}
				}
			}
		}
	}
}

// decode returns the runes of s ([]rune(s)), the byte offset of each and
// of the end (int32: texts are articles, the loader takes files of at
// most 20 MiB), and whether Simplify leaves s as it is (no traditional
// form of a region name's character, no invalid byte).
func (g *Gazetteer) decode(s string) (rs []rune, off []int32, plain bool) {
	n := utf8.RuneCountInString(s)
	rs, off, plain = make([]rune, 0, n), make([]int32, 0, n+1), true
	for i, r := range s {
		rs = append(rs, r)
		off = append(off, int32(i))
		if r == utf8.RuneError || g.trad.has(r) {
			plain = false
		}
	}
	return rs, append(off, int32(len(s))), plain
}

// scan lists the longest name starting at each position of s (positions
// in runes); rs is []rune(s) and off the byte offset of each rune and of
// the end of s.
func scan[O int | int32](g *Gazetteer, s string, rs []rune, off []O) []candidate {
	var out []candidate
	for i := range rs {
		if !g.first.has(rs[i]) {
			continue // no name starts with this rune
		}
		if !g.single.has(rs[i]) && (i+1 == len(rs) || !g.pairs.mayHave(rs[i], rs[i+1])) {
			continue // nor with these two
		}
		for _, l := range g.lens[rs[i]] {
			if i+l > len(rs) {
				continue
			}
			key := s[off[i]:off[i+l]] // a substring: no allocation
			es, ok := g.names[key]
			if !ok {
				continue
			}
			if allShort(es) && (followedBy(rs[i+l:], notAfterShort) || i > 0 && strings.ContainsRune(notBeforeShort, rs[i-1])) {
				break
			}
			out = append(out, candidate{start: i, end: i + l, key: key, entries: es})
			break
		}
	}
	return out
}

func allShort(es []entry) bool {
	for _, e := range es {
		if !e.short {
			return false
		}
	}
	return true
}

func followedBy(rest []rune, words []string) bool {
	s := string(rest[:min(len(rest), 2)])
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// confident returns the region a candidate names without needing context,
// or -1; n is how often the candidate's text occurs.
func (g *Gazetteer) confident(c candidate, n, heads int) int {
	full := fullEntries(c.entries)
	if len(full) > 0 {
		r := g.regions[full[0].idx]
		if len(full) == 1 && !(r.Level == County && len([]rune(c.key)) <= 2) {
			return full[0].idx
		}
		if len(full) == 1 && n >= 3 && heads >= 2 && !strings.HasSuffix(c.key, "区") && !g.ctx[c.key] {
			// 房县 three times, twice opening a clause (近年来，房县成立…。房县立足…):
			// the county, not a word's tail (提高县域, 市和县)
			return full[0].idx
		}
		return -1
	}
	if g.ctx[c.key] {
		return -1
	}
	first := g.regions[c.entries[0].idx]
	switch {
	case first.Level == County:
		return -1
	case first.Level == City && n < 2 && len([]rune(c.key)) < 3:
		return -1 // a two-character city short form said once needs context
	}
	if len(c.entries) == 1 || levelRank(first.Level) < levelRank(g.regions[c.entries[1].idx].Level) {
		return c.entries[0].idx
	}
	return -1
}

func fullEntries(es []entry) []entry {
	var out []entry
	for _, e := range es {
		if !e.short {
			out = append(out, e)
		}
	}
	return out
}

// withContext resolves a candidate by the regions mentioned around it: the
// reading that is itself mentioned in full, or whose nearest ancestor is
// mentioned, wins. An ambiguous full name
// of three or more characters with no context falls back to its first
// reading; anything else without context is dropped (-1).
func (g *Gazetteer) withContext(c candidate, ctx map[int]bool) int {
	es := fullEntries(c.entries)
	if len(es) == 0 {
		es = c.entries
	}
	best, bestDepth := -1, 99
	for _, e := range es {
		ancestors := g.chain(e.idx)
		switch {
		case e.short && g.ctx[c.key]:
			ancestors = ancestors[:1] // a common word needs the full name mentioned
		case e.short && len(ancestors) > 2:
			ancestors = ancestors[:2] // a short form needs its full name or its parent mentioned
		}
		for depth, a := range ancestors {
			if ctx[a] && depth < bestDepth {
				best, bestDepth = e.idx, depth
			}
		}
	}
	if best >= 0 {
		return best
	}
	if !es[0].short && len([]rune(c.key)) >= 3 {
		return es[0].idx
	}
	return -1
}

// Count tallies mentions by canonical name and returns the names, most
// mentioned first (ties: first mentioned first).
func Count(ms []Mention) []string {
	n := map[string]int{}
	first := map[string]int{}
	var names []string
	for i, m := range ms {
		if _, seen := n[m.Name]; !seen {
			first[m.Name] = i
			names = append(names, m.Name)
		}
		n[m.Name]++
	}
	sort.SliceStable(names, func(a, b int) bool {
		if n[names[a]] != n[names[b]] {
			return n[names[a]] > n[names[b]]
		}
		return first[names[a]] < first[names[b]]
	})
	return names
}
