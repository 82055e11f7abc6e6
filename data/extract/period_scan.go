package extract

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A scanner finds the matches of a regular expression without anchors or
// word boundaries (periodRe) the way a backtracking engine does, which is
// the match Go's regexp returns (leftmost-first): at each position the
// alternatives in the order written, a greedy repeat taking as much as it
// can. It runs the expression's tree directly, tries only the positions
// whose rune can start a match, and needs no machine per call: periodRe
// is too large for regexp's backtracker, and its NFA was the costliest
// step of a sentence's periods.
type scanner struct {
	root  *scanNode
	first runeBits // the runes a match can start with (bit r%1024)
}

// scanNode is a node of the expression's tree.
type scanNode struct {
	op       syntax.Op
	lit      string // OpLiteral: the runes as UTF-8
	ranges   []rune // OpCharClass: pairs lo, hi
	subs     []*scanNode
	min, max int // OpRepeat (OpQuest as 0, 1), max -1 for no bound
}

// scanCont is what is left to match after a node: the node at index i of
// a concatenation, or the (i+1)-th repetition of a repeat, then next.
type scanCont struct {
	n    *scanNode
	i    int
	next *scanCont
}

// newScanner builds the scanner of expr, which must hold only literals,
// classes, concatenations, alternations, captures and greedy repeats.
func newScanner(expr string) (*scanner, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	root, err := scanTree(re.Simplify())
	if err != nil {
		return nil, err
	}
	sc := &scanner{root: root}
	if !sc.firstOf(root) {
		return nil, errNullable
	}
	return sc, nil
}

// mustScanner is newScanner for expressions written in the code.
func mustScanner(expr string) *scanner {
	sc, err := newScanner(expr)
	if err != nil {
		panic(err)
	}
	return sc
}

type scanError string

func (e scanError) Error() string { return string(e) }

const (
	errNullable = scanError("scanner: the expression matches the empty text")
	errOp       = scanError("scanner: an operator it does not run")
)

// scanTree turns a parsed expression into a scanNode tree.
func scanTree(re *syntax.Regexp) (*scanNode, error) {
	n := &scanNode{op: re.Op}
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return foldedLiteral(re.Rune), nil // [Qq] is parsed as Q folded
		}
		n.lit = string(re.Rune)
		return n, nil
	case syntax.OpCharClass:
		n.ranges = re.Rune
		return n, nil
	case syntax.OpEmptyMatch:
		return n, nil
	case syntax.OpCapture:
		return scanTree(re.Sub[0])
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		if re.Flags&syntax.NonGreedy != 0 {
			return nil, errOp
		}
		n.op, n.min, n.max = syntax.OpRepeat, re.Min, re.Max
		switch re.Op {
		case syntax.OpQuest:
			n.min, n.max = 0, 1
		case syntax.OpStar:
			n.min, n.max = 0, -1
		case syntax.OpPlus:
			n.min, n.max = 1, -1
		}
	case syntax.OpConcat, syntax.OpAlternate:
	default:
		return nil, errOp
	}
	for _, sub := range re.Sub {
		s, err := scanTree(sub)
		if err != nil {
			return nil, err
		}
		n.subs = append(n.subs, s)
	}
	return n, nil
}

// foldedLiteral is the concatenation of a class per rune of rs: the rune
// and its case-folded forms.
func foldedLiteral(rs []rune) *scanNode {
	n := &scanNode{op: syntax.OpConcat}
	for _, r := range rs {
		var ranges []rune
		for f := r; ; {
			ranges = append(ranges, f, f)
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
		slices.Sort(ranges) // pairs of equal runes: sorting keeps them pairs
		n.subs = append(n.subs, &scanNode{op: syntax.OpCharClass, ranges: ranges})
	}
	return n
}

// firstOf adds the runes a match of n can start with to sc.first and
// reports whether a match of n holds at least one rune.
func (sc *scanner) firstOf(n *scanNode) bool {
	switch n.op {
	case syntax.OpLiteral:
		r, _ := utf8.DecodeRuneInString(n.lit)
		sc.first.add(r)
		return true
	case syntax.OpCharClass:
		for k := 0; k+1 < len(n.ranges); k += 2 {
			lo, hi := n.ranges[k], n.ranges[k+1]
			if hi-lo >= 1024 {
				hi = lo + 1023 // every bit
			}
			for r := lo; r <= hi; r++ {
				sc.first.add(r)
			}
		}
		return true
	case syntax.OpConcat:
		for _, s := range n.subs {
			if sc.firstOf(s) {
				return true
			}
		}
		return false
	case syntax.OpAlternate:
		all := true
		for _, s := range n.subs {
			all = sc.firstOf(s) && all
		}
		return all
	case syntax.OpRepeat:
		return sc.firstOf(n.subs[0]) && n.min > 0
	}
	return false
}

// at returns the end of the match that starts at byte i of s, -1 if none.
func (sc *scanner) at(s string, i int) int {
	return sc.match(s, sc.root, i, nil)
}

// match matches n at byte i of s, then k; it returns the end of the whole
// match, -1 if none.
func (sc *scanner) match(s string, n *scanNode, i int, k *scanCont) int {
	switch n.op {
	case syntax.OpLiteral:
		if strings.HasPrefix(s[i:], n.lit) {
			return sc.next(s, i+len(n.lit), k)
		}
		return -1
	case syntax.OpCharClass:
		if i >= len(s) {
			return -1
		}
		r, w := rune3(s, i)
		if w == 0 {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		for j := 0; j+1 < len(n.ranges); j += 2 {
			if r < n.ranges[j] {
				return -1 // the ranges are sorted
			}
			if r <= n.ranges[j+1] {
				return sc.next(s, i+w, k)
			}
		}
		return -1
	case syntax.OpEmptyMatch:
		return sc.next(s, i, k)
	case syntax.OpConcat:
		if len(n.subs) == 0 {
			return sc.next(s, i, k)
		}
		return sc.match(s, n.subs[0], i, &scanCont{n, 1, k})
	case syntax.OpAlternate:
		for _, sub := range n.subs {
			if e := sc.match(s, sub, i, k); e >= 0 {
				return e
			}
		}
		return -1
	case syntax.OpRepeat:
		return sc.repeat(s, n, 0, i, k)
	}
	return -1
}

// repeat matches the rest of a repeat n that has matched count times, at
// byte i: one more first (greedy), then k when count is enough. A
// repetition that matches nothing ends the repeat, as in regexp.
func (sc *scanner) repeat(s string, n *scanNode, count, i int, k *scanCont) int {
	if n.max < 0 || count < n.max {
		if e := sc.match(s, n.subs[0], i, &scanCont{n, count + 1, &scanCont{nil, i, k}}); e >= 0 {
			return e
		}
	}
	if count < n.min {
		return -1
	}
	return sc.next(s, i, k)
}

// next goes on with k at byte i.
func (sc *scanner) next(s string, i int, k *scanCont) int {
	if k == nil {
		return i
	}
	switch {
	case k.n == nil:
		return -2 // (unreachable: a repeat's mark is taken with it)
	case k.n.op == syntax.OpConcat:
		if k.i == len(k.n.subs) {
			return sc.next(s, i, k.next)
		}
		return sc.match(s, k.n.subs[k.i], i, &scanCont{k.n, k.i + 1, k.next})
	default: // a repeat: k.next marks where this repetition started
		if i == k.next.i && k.n.max < 0 {
			return -1 // an empty repetition of a star
		}
		return sc.repeat(s, k.n, k.i, i, k.next.next)
	}
}

// FindAllStringIndex is regexp's FindAllStringIndex(s, n) for the
// scanner's expression (which never matches the empty text).
func (sc *scanner) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); {
		r, w := rune3(s, i)
		if w == 0 {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if sc.first.has(r) {
			if e := sc.at(s, i); e >= 0 {
				out = append(out, []int{i, e})
				i = e
				continue
			}
		}
		i += w
	}
	return out
}

// FindStringIndex is regexp's FindStringIndex.
func (sc *scanner) FindStringIndex(s string) []int {
	if l := sc.FindAllStringIndex(s, 1); l != nil {
		return l[0]
	}
	return nil
}

// prefix is the FindStringIndex of the expression anchored at the start
// (^(?:…), what periodAtStart was): the match at the start of s, nil if
// none.
func (sc *scanner) prefix(s string) []int {
	if e := sc.at(s, 0); e >= 0 {
		return []int{0, e}
	}
	return nil
}

// FindAllString is regexp's FindAllString(s, n).
func (sc *scanner) FindAllString(s string, n int) []string {
	var out []string
	for _, l := range sc.FindAllStringIndex(s, n) {
		out = append(out, s[l[0]:l[1]])
	}
	return out
}

// removeAll is regexp's ReplaceAllString(s, ""): s without its matches.
func (sc *scanner) removeAll(s string) string {
	return replaceMatches(s, sc.FindAllStringIndex(s, -1), "")
}

// periodScan runs periodRe (scanner): periodRe stays the expression's
// statement, and what TestPeriodScan checks periodScan against.
var periodScan = mustScanner(periodRe.String())
