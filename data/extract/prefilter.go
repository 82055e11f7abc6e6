package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// A quickRe is a regular expression with a prefilter worked out from the
// expression itself: words of which every match holds at least one. A
// text holding none of them cannot match, and strings.Contains answers
// that many times faster than the backtracking engine on Chinese text,
// where most clauses hold none of an expression's words. Expressions
// with no such words (.* alone, a wide character class) run unfiltered.
type quickRe struct {
	*regexp.Regexp
	words []string // nil: no prefilter
}

// newQuickRe compiles expr and works out its words.
func newQuickRe(expr string) (quickRe, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return quickRe{}, err
	}
	return quickRe{re, requiredWords(expr)}, nil
}

// mustQuickRe is newQuickRe for expressions written in the code.
func mustQuickRe(expr string) quickRe {
	q, err := newQuickRe(expr)
	if err != nil {
		panic(err)
	}
	return q
}

// possible reports whether s holds one of the words (true without words).
func (q quickRe) possible(s string) bool {
	if q.words == nil {
		return true
	}
	for _, w := range q.words {
		if containsWord(s, w) {
			return true
		}
	}
	return false
}

// MatchString reports whether the expression matches somewhere in s.
func (q quickRe) MatchString(s string) bool {
	return q.possible(s) && q.Regexp.MatchString(s)
}

// FindStringSubmatch is regexp's, nil when no word is in s.
func (q quickRe) FindStringSubmatch(s string) []string {
	if !q.possible(s) {
		return nil
	}
	return q.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp's, nil when no word is in s.
func (q quickRe) FindStringSubmatchIndex(s string) []int {
	if !q.possible(s) {
		return nil
	}
	return q.Regexp.FindStringSubmatchIndex(s)
}

// FindStringIndex is regexp's, nil when no word is in s.
func (q quickRe) FindStringIndex(s string) []int {
	if !q.possible(s) {
		return nil
	}
	return q.Regexp.FindStringIndex(s)
}

// FindString is regexp's, "" when no word is in s.
func (q quickRe) FindString(s string) string {
	if !q.possible(s) {
		return ""
	}
	return q.Regexp.FindString(s)
}

// FindAllStringIndex is regexp's, nil when no word is in s.
func (q quickRe) FindAllStringIndex(s string, n int) [][]int {
	if !q.possible(s) {
		return nil
	}
	return q.Regexp.FindAllStringIndex(s, n)
}

// FindAllStringSubmatchIndex is regexp's, nil when no word is in s.
func (q quickRe) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !q.possible(s) {
		return nil
	}
	return q.Regexp.FindAllStringSubmatchIndex(s, n)
}

// FindAllStringSubmatch is regexp's, nil when no word is in s.
func (q quickRe) FindAllStringSubmatch(s string, n int) [][]string {
	if !q.possible(s) {
		return nil
	}
	return q.Regexp.FindAllStringSubmatch(s, n)
}

// ReplaceAllString is regexp's, s itself when no word is in s.
func (q quickRe) ReplaceAllString(s, repl string) string {
	if !q.possible(s) {
		return s
	}
	return q.Regexp.ReplaceAllString(s, repl)
}

// maxWords bounds the prefilter: more words than this cost more to look
// for than the engine saves.
const maxWords = 24

// requiredWords returns words of which every match of expr holds at least
// one, or nil when the expression has none worth looking for.
func requiredWords(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	ws := literals(re.Simplify())
	if !ws.ok || len(ws.set) == 0 || len(ws.set) > maxWords || slices.Contains(ws.set, "") {
		return nil
	}
	return minimalWords(ws.set)
}

// wordSet is what literals knows of an expression: ok, every match holds
// one of set; exact, set is every string the expression can match.
type wordSet struct {
	set       []string
	ok, exact bool
}

var none = wordSet{}

// literals works out a wordSet for re.
func literals(re *syntax.Regexp) wordSet {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return none
		}
		return wordSet{[]string{string(re.Rune)}, true, true}
	case syntax.OpCharClass:
		if re.Flags&syntax.FoldCase != 0 {
			return none
		}
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= 8 {
				return none
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, string(r))
			}
			if len(set) > maxWords {
				return none
			}
		}
		return wordSet{set, len(set) > 0, true}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return wordSet{[]string{""}, true, true}
	case syntax.OpCapture:
		return literals(re.Sub[0])
	case syntax.OpPlus:
		w := literals(re.Sub[0])
		w.exact = false
		return w
	case syntax.OpQuest:
		w := literals(re.Sub[0])
		if !w.exact {
			return none
		}
		return wordSet{addWord(w.set, ""), true, true}
	case syntax.OpRepeat:
		if re.Min == 0 {
			return none
		}
		w := literals(re.Sub[0])
		w.exact = w.exact && re.Min == 1 && re.Max == 1
		return w
	case syntax.OpAlternate:
		var out wordSet
		out.ok, out.exact = true, true
		for _, sub := range re.Sub {
			w := literals(sub)
			if !w.ok {
				return none
			}
			out.exact = out.exact && w.exact
			for _, s := range w.set {
				out.set = addWord(out.set, s)
			}
			if len(out.set) > 4*maxWords {
				return none
			}
		}
		return out
	case syntax.OpConcat:
		return concatLiterals(re.Sub)
	}
	return none // any character, a star, a wide class
}

// concatLiterals is literals for a concatenation: the product of its parts
// while they are exact and few, else the part with the longest words.
func concatLiterals(subs []*syntax.Regexp) wordSet {
	parts := make([]wordSet, len(subs))
	for i, sub := range subs {
		parts[i] = literals(sub)
	}
	// Runs of exact parts multiply out (第(一|二)产业 is 第一产业 or 第二产业).
	var cands []wordSet
	allExact := true
	for i := 0; i < len(parts); {
		if !parts[i].exact {
			allExact = false
			if parts[i].ok {
				cands = append(cands, parts[i])
			}
			i++
			continue
		}
		run := wordSet{[]string{""}, true, true}
		for ; i < len(parts) && parts[i].exact; i++ {
			next, ok := product(run.set, parts[i].set)
			if !ok { // too many: keep what there is, start again
				cands = append(cands, wordSet{run.set, true, false})
				run = parts[i]
				allExact = false
				continue
			}
			run.set = next
		}
		cands = append(cands, run)
	}
	if allExact && len(cands) == 1 {
		return cands[0]
	}
	best := none
	for _, c := range cands {
		if better(c.set, best) {
			best = wordSet{c.set, true, false}
		}
	}
	return best
}

// product is every a followed by every b, false when there would be too many.
func product(as, bs []string) ([]string, bool) {
	if len(as)*len(bs) > 4*maxWords {
		return nil, false
	}
	var out []string
	for _, a := range as {
		for _, b := range bs {
			out = addWord(out, a+b)
		}
	}
	return out, true
}

// better reports whether set is a better prefilter than best: it has no
// empty word, and its shortest word is longer (or as long, with fewer words).
func better(set []string, best wordSet) bool {
	if len(set) == 0 || slices.Contains(set, "") || len(set) > maxWords {
		return false
	}
	if !best.ok {
		return true
	}
	a, b := shortest(set), shortest(best.set)
	return a > b || a == b && len(set) < len(best.set)
}

func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if l := utf8.RuneCountInString(s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

func addWord(set []string, s string) []string {
	if slices.Contains(set, s) {
		return set
	}
	return append(set, s)
}

// minimalWords drops every word that holds another word of the set: a
// text holding it holds the shorter one too.
func minimalWords(set []string) []string {
	var out []string
	for i, s := range set {
		covered := false
		for j, t := range set {
			if i != j && len(t) < len(s) && strings.Contains(s, t) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, s)
		}
	}
	return out
}

// containsWord is strings.Contains(s, w) for the words of the prefilters.
// A Chinese word's first byte (E4–E9) is in most runes of Chinese text, so
// strings.Index, which looks for it first, stops at nearly every rune; the
// word's last byte (one of 64 continuation bytes) is far rarer, so the
// search looks for that byte and checks the word ending there.
func containsWord(s, w string) bool {
	n := len(w)
	if n < 3 || w[n-1] < 0x80 {
		return strings.Contains(s, w)
	}
	last := w[n-1]
	for i := n - 1; i < len(s); {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return false
		}
		end := i + j + 1
		if s[end-n:end] == w {
			return true
		}
		i = end
	}
	return false
}
