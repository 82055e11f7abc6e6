package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// A starter finds the matches of an unanchored expression by trying it,
// anchored, only where a match can begin: at a rune its first runes hold.
// The regexp engine has no such skip for an alternation of many words
// (it skips ahead only to a literal prefix), so a large expression such
// as periodRe otherwise runs its machine over every byte of a text. The
// matches are the same: leftmost-first finds the leftmost position where
// some match begins and there the one the expression prefers, which is
// what the anchored expression finds at that position.
type starter struct {
	re    *regexp.Regexp // ^(?:expr)
	max   int            // longest match in bytes, or unbounded
	lead  [256]bool      // first bytes of the first runes
	first []uint64       // the first runes (all below 0x10000), a bit each
}

// maxStartRunes bounds a starter's first runes: with more, most positions
// of a text are tried and the machine's own pass is as cheap.
const maxStartRunes = 400

// newStarter returns a starter for expr, nil when the expression is
// anchored, has a literal prefix the engine skips to already, can match
// the empty text, holds an assertion, or can begin with too many runes.
func newStarter(expr string, re *regexp.Regexp) *starter {
	if p, _ := re.LiteralPrefix(); p != "" {
		return nil
	}
	sre, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	sre = sre.Simplify()
	if uses(sre, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary) {
		return nil
	}
	runes, empty, ok := firstRunes(sre)
	if !ok || empty || len(runes) == 0 || len(runes) > maxStartRunes {
		return nil
	}
	st := &starter{re: regexp.MustCompile(`^(?:` + expr + `)`), max: maxBytes(sre), first: make([]uint64, 0x10000/64)}
	var buf [utf8.UTFMax]byte
	for _, r := range runes {
		if r >= 0x10000 {
			return nil
		}
		st.first[r/64] |= 1 << (r % 64)
		utf8.EncodeRune(buf[:], r)
		st.lead[buf[0]] = true
	}
	return st
}

// firstRunes returns the runes a match of re can begin with, whether re
// can match the empty text, and false when the runes cannot be told or
// are too many.
func firstRunes(re *syntax.Regexp) (runes []rune, empty, ok bool) {
	return edgeRunes(re, false)
}

// edgeRunes is firstRunes, or with last the runes a match of re can end with.
func edgeRunes(re *syntax.Regexp, last bool) (runes []rune, empty, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return nil, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false, false
		}
		runes = []rune{re.Rune[0]}
		if last {
			runes[0] = re.Rune[len(re.Rune)-1]
		}
		if re.Flags&syntax.FoldCase != 0 { // [Qq] parses as a folded Q
			for r := unicode.SimpleFold(runes[0]); r != runes[0]; r = unicode.SimpleFold(r) {
				runes = append(runes, r)
			}
		}
		return runes, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxStartRunes || len(runes) > maxStartRunes {
				return nil, false, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				runes = append(runes, r)
			}
		}
		return runes, false, true
	case syntax.OpCapture, syntax.OpPlus:
		return edgeRunes(re.Sub[0], last)
	case syntax.OpStar, syntax.OpQuest:
		runes, _, ok = edgeRunes(re.Sub[0], last)
		return runes, true, ok
	case syntax.OpRepeat:
		runes, empty, ok = edgeRunes(re.Sub[0], last)
		return runes, empty || re.Min == 0, ok
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			rs, e, ok := edgeRunes(sub, last)
			if !ok {
				return nil, false, false
			}
			runes, empty = append(runes, rs...), empty || e
		}
		return runes, empty, true
	case syntax.OpConcat:
		subs := re.Sub
		if last {
			subs = slices.Clone(subs)
			slices.Reverse(subs)
		}
		return concatEdgeRunes(subs, last)
	}
	return nil, false, false // any character, assertions
}

// concatEdgeRunes is edgeRunes for a concatenation of subs, given in the
// order they are met from the edge (reversed for the last runes).
func concatEdgeRunes(subs []*syntax.Regexp, last bool) (runes []rune, empty, ok bool) {
	for _, sub := range subs {
		rs, e, ok := edgeRunes(sub, last)
		if !ok {
			return nil, false, false
		}
		runes = append(runes, rs...)
		if !e {
			return runes, false, true
		}
	}
	return runes, true, true
}

// at returns the submatch indexes of the first match at or after from,
// relative to s, or nil.
func (st *starter) at(s string, from int) []int {
	for i := st.next(s, from); i >= 0; i = st.next(s, i+1) {
		if m := st.re.FindStringSubmatchIndex(st.window(s, i)); m != nil {
			for k, v := range m {
				if v >= 0 {
					m[k] = v + i
				}
			}
			return m
		}
	}
	return nil
}

// matches reports whether s holds a match: at(s, 0) != nil, without the
// submatches (the engine's MatchString keeps no captures and allocates
// nothing).
func (st *starter) matches(s string) bool {
	for i := st.next(s, 0); i >= 0; i = st.next(s, i+1) {
		if st.re.MatchString(st.window(s, i)) {
			return true
		}
	}
	return false
}

// next returns the first byte at or after i where a match can begin (a
// first rune), -1 if none.
func (st *starter) next(s string, i int) int {
	for ; i < len(s); i++ {
		if !st.lead[s[i]] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if r < 0x10000 && st.first[r/64]&(1<<(r%64)) != 0 {
			return i
		}
	}
	return -1
}

// window is the text a match starting at byte i can span.
func (st *starter) window(s string, i int) string {
	t := s[i:]
	if len(t) > st.max {
		t = t[:st.max]
	}
	return t
}

// all returns the submatch indexes of up to n matches (all when n < 0),
// as FindAllStringSubmatchIndex.
func (st *starter) all(s string, n int) [][]int {
	var out [][]int
	for from := 0; n < 0 || len(out) < n; {
		m := st.at(s, from)
		if m == nil {
			break
		}
		out = append(out, m)
		from = m[1] // no match is empty
	}
	return out
}
