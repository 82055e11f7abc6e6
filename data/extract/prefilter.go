package extract

import (
	"math"
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
	words *wordFinder // nil: no prefilter
	win   window      // where in a text a match can lie
	st    *starter    // nil: the engine looks for where a match begins
	edges edges       // the runes a match anchored at the text's start or end holds there
}

// newQuickRe compiles expr and works out its words.
func newQuickRe(expr string) (quickRe, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return quickRe{}, err
	}
	q := quickRe{Regexp: re, words: newWordFinder(requiredWords(expr)), win: windowOf(expr), edges: edgesOf(expr)}
	if q.win == (window{}) {
		q.st = newStarter(expr, re)
	}
	return q, nil
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
	return q.words == nil || q.words.in(s)
}

// MatchString reports whether the expression matches somewhere in s.
func (q quickRe) MatchString(s string) bool {
	t, ok := q.part(s)
	if ok && q.st != nil {
		return q.st.matches(t)
	}
	return ok && q.Regexp.MatchString(t)
}

// part returns the part of s a match can lie in, false when no word of
// the prefilter is in s or the window rules a match out.
func (q quickRe) part(s string) (string, bool) {
	if !q.edges.possible(s) || !q.possible(s) {
		return "", false
	}
	return q.win.cut(s)
}

// FindStringSubmatch is regexp's, nil when no word is in s.
func (q quickRe) FindStringSubmatch(s string) []string {
	t, ok := q.part(s)
	if !ok {
		return nil
	}
	if q.st != nil {
		return submatches(t, q.st.at(t, 0))
	}
	return q.Regexp.FindStringSubmatch(t)
}

// FindStringSubmatchIndex is regexp's, nil when no word is in s.
func (q quickRe) FindStringSubmatchIndex(s string) []int {
	t, ok := q.part(s)
	if !ok {
		return nil
	}
	if q.st != nil {
		return q.st.at(t, 0)
	}
	return q.win.shift(q.Regexp.FindStringSubmatchIndex(t), len(s)-len(t))
}

// FindStringIndex is regexp's, nil when no word is in s.
func (q quickRe) FindStringIndex(s string) []int {
	t, ok := q.part(s)
	if !ok {
		return nil
	}
	if q.st != nil {
		if m := q.st.at(t, 0); m != nil {
			return m[:2]
		}
		return nil
	}
	return q.win.shift(q.Regexp.FindStringIndex(t), len(s)-len(t))
}

// FindString is regexp's, "" when no word is in s.
func (q quickRe) FindString(s string) string {
	t, ok := q.part(s)
	if !ok {
		return ""
	}
	if q.st != nil {
		if m := q.st.at(t, 0); m != nil {
			return t[m[0]:m[1]]
		}
		return ""
	}
	return q.Regexp.FindString(t)
}

// FindAllStringIndex is regexp's, nil when no word is in s.
func (q quickRe) FindAllStringIndex(s string, n int) [][]int {
	t, ok := q.part(s)
	if !ok {
		return nil
	}
	if q.st != nil {
		ms := q.st.all(t, n)
		for i, m := range ms {
			ms[i] = m[:2]
		}
		return ms
	}
	return q.win.shiftAll(q.Regexp.FindAllStringIndex(t, n), len(s)-len(t))
}

// FindAllStringSubmatchIndex is regexp's, nil when no word is in s.
func (q quickRe) FindAllStringSubmatchIndex(s string, n int) [][]int {
	t, ok := q.part(s)
	if !ok {
		return nil
	}
	if q.st != nil {
		return q.st.all(t, n)
	}
	return q.win.shiftAll(q.Regexp.FindAllStringSubmatchIndex(t, n), len(s)-len(t))
}

// FindAllStringSubmatch is regexp's, nil when no word is in s.
func (q quickRe) FindAllStringSubmatch(s string, n int) [][]string {
	t, ok := q.part(s)
	if !ok {
		return nil
	}
	if q.st != nil {
		var out [][]string
		for _, m := range q.st.all(t, n) {
			out = append(out, submatches(t, m))
		}
		return out
	}
	return q.Regexp.FindAllStringSubmatch(t, n)
}

// ReplaceAllString is regexp's, s itself when no word is in s.
func (q quickRe) ReplaceAllString(s, repl string) string {
	t, ok := q.part(s)
	if !ok {
		return s
	}
	if q.win.atEnd {
		return s[:len(s)-len(t)] + q.Regexp.ReplaceAllString(t, repl)
	}
	if q.win.atStart {
		return q.Regexp.ReplaceAllString(t, repl) + s[len(t):]
	}
	if q.st != nil && !strings.Contains(repl, "$") {
		return replaceMatches(s, q.st.all(s, -1), repl)
	}
	return q.Regexp.ReplaceAllString(s, repl)
}

// replaceMatches returns s with each match (m[0], m[1] of each of ms)
// replaced by repl, taken literally; s itself when there is none.
func replaceMatches(s string, ms [][]int, repl string) string {
	if ms == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(s[last:m[0]])
		b.WriteString(repl)
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// submatches returns the texts of the submatch indexes m of s ("" for a
// group that took no part), nil for nil.
func submatches(s string, m []int) []string {
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
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
	ws := fewWords(re.Simplify())
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
// while they are exact and few, else the best of its parts and of the
// products of runs of exact parts (第(一|二)产业 is 第一产业 or 第二产业).
func concatLiterals(subs []*syntax.Regexp) wordSet {
	parts := make([]wordSet, len(subs))
	allExact := true
	for i, sub := range subs {
		parts[i] = literals(sub)
		allExact = allExact && parts[i].exact
	}
	if allExact {
		run, ok := []string{""}, true
		for _, p := range parts {
			if run, ok = product(run, p.set); !ok {
				break
			}
		}
		if ok {
			return wordSet{run, true, true}
		}
	}
	return bestOf(parts)
}

// bestOf is the best prefilter among the parts of a concatenation and
// the products of their runs of exact parts: in
// (为|占|达)(年度|全年)(计划|目标)的 the words 年度计划… beat 为, 占 and 达.
func bestOf(parts []wordSet) wordSet {
	best := none
	for i, p := range parts {
		if p.ok && better(p.set, best) {
			best = wordSet{p.set, true, false}
		}
		if !p.exact {
			continue
		}
		run := p.set
		for j := i + 1; j < len(parts) && parts[j].exact; j++ {
			next, ok := product(run, parts[j].set)
			if !ok {
				break
			}
			run = next
			if better(run, best) {
				best = wordSet{run, true, false}
			}
		}
	}
	return best
}

// fewWords is literals, narrowed to at most maxWords words where a
// concatenation's exact product has more: its best part or run stands
// for it.
func fewWords(re *syntax.Regexp) wordSet {
	ws := literals(re)
	if ws.ok && len(ws.set) <= maxWords {
		return ws
	}
	switch re.Op {
	case syntax.OpCapture:
		return fewWords(re.Sub[0])
	case syntax.OpConcat:
		parts := make([]wordSet, len(re.Sub))
		for i, sub := range re.Sub {
			parts[i] = literals(sub)
		}
		return bestOf(parts)
	case syntax.OpAlternate:
		out := wordSet{ok: true}
		for _, sub := range re.Sub {
			w := fewWords(sub)
			if !w.ok {
				return none
			}
			for _, s := range w.set {
				out.set = addWord(out.set, s)
			}
		}
		if len(out.set) > maxWords {
			return none
		}
		return out
	}
	return ws
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
	return indexWord(s, w) >= 0
}

// indexWord is strings.Index(s, w), found as containsWord says.
func indexWord(s, w string) int {
	n := len(w)
	if n < 3 || w[n-1] < 0x80 {
		return strings.Index(s, w)
	}
	last := w[n-1]
	for i := n - 1; i < len(s); {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return -1
		}
		end := i + j + 1
		if s[end-n:end] == w {
			return end - n
		}
		i = end
	}
	return -1
}

// lastIndexAny is strings.LastIndexAny(s, chars) for chars of valid runes
// other than U+FFFD: the largest of each rune's last index. The strings
// function decodes s rune by rune from its end when chars is not ASCII
// (；, （), a call per rune over the whole text before a figure; a rune's
// encoding in s is always where that decoding meets it, so the last
// occurrence of each is the same answer.
func lastIndexAny(s, chars string) int {
	i := -1
	for _, r := range chars {
		i = max(i, lastIndexRune(s, r))
	}
	return i
}

// lastIndexRune is the byte index of the last r in s, -1 if none: found,
// for a rune of several bytes, by its last byte (a continuation byte,
// rarer in Chinese text than the lead bytes).
func lastIndexRune(s string, r rune) int {
	if r < utf8.RuneSelf {
		return strings.LastIndexByte(s, byte(r))
	}
	var buf [utf8.UTFMax]byte
	w := utf8.EncodeRune(buf[:], r)
	enc := string(buf[:w]) // (does not escape: no allocation)
	last := enc[w-1]
	for end := len(s); end >= w; {
		j := strings.LastIndexByte(s[:end], last)
		if j < w-1 {
			return -1
		}
		if s[j+1-w:j+1] == enc {
			return j + 1 - w
		}
		end = j
	}
	return -1
}

// A window says where in a text every match of an expression lies, when
// its matches are anchored and of bounded length: one ending at the text's
// end ($) lies in its last max bytes, one starting at its start (^) in its
// first max bytes. The backtracking engine tries a match at every rune of
// the text for an expression anchored only at its end, so a figure's
// clause before it (often a whole sentence) costs a try per rune; on the
// window alone it costs a few. Expressions that look at a rune beside the
// window's edge (^ inside, \b, a multi-line anchor) get no window.
type window struct {
	atEnd, atStart bool
	max            int // bytes
}

// unbounded is a length past any window worth cutting.
const unbounded = 1 << 20

// windowOf works out expr's window (the zero window: none).
func windowOf(expr string) window {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return window{}
	}
	re = re.Simplify()
	n := maxBytes(re)
	if n >= unbounded {
		return window{}
	}
	end := anchoredAt(re, syntax.OpEndText, true) && !uses(re, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary)
	start := anchoredAt(re, syntax.OpBeginText, false) && !uses(re, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary)
	switch {
	case end:
		return window{atEnd: true, max: n}
	case start:
		return window{atStart: true, max: n}
	case anchoredAt(re, syntax.OpBeginText, false) && anchoredAt(re, syntax.OpEndText, true) &&
		!uses(re, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary):
		// ^…$: the whole text is the match, so no longer than max.
		return window{atEnd: true, atStart: true, max: n}
	}
	return window{}
}

// cut returns the part of s a match can lie in, false when none can.
func (w window) cut(s string) (string, bool) {
	switch {
	case w.atEnd && w.atStart:
		return s, len(s) <= w.max
	case w.atEnd && len(s) > w.max:
		i := len(s) - w.max
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++ // matches start at a rune
		}
		return s[i:], true
	case w.atStart && len(s) > w.max:
		i := w.max
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		return s[:i], true
	}
	return s, true
}

// shift moves the offsets of a match in a window cut from a text's end
// by off bytes (a start window's offsets stand as they are); m is changed
// in place and returned.
func (w window) shift(m []int, off int) []int {
	if off == 0 || !w.atEnd || w.atStart {
		return m
	}
	for i, v := range m {
		if v >= 0 {
			m[i] = v + off
		}
	}
	return m
}

// shiftAll is shift for each of a list of matches.
func (w window) shiftAll(ms [][]int, off int) [][]int {
	for _, m := range ms {
		w.shift(m, off)
	}
	return ms
}

// maxBytes is the longest text re can match, in bytes (unbounded or more
// if there is no bound).
func maxBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return utf8.UTFMax * len(re.Rune) // K folds to the Kelvin sign
		}
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		top := re.Rune[len(re.Rune)-1]
		if top > utf8.MaxRune || re.Flags&syntax.FoldCase != 0 {
			return utf8.UTFMax
		}
		return utf8.RuneLen(top)
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return utf8.UTFMax
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return 0
	case syntax.OpCapture, syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return unbounded
		}
		return min(unbounded, re.Max*maxBytes(re.Sub[0]))
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n = min(unbounded, n+maxBytes(sub))
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			n = max(n, maxBytes(sub))
		}
		return n
	}
	return unbounded // a star or a plus
}

// anchoredAt reports whether every match of re holds op at its end (last)
// or start (!last).
func anchoredAt(re *syntax.Regexp, op syntax.Op, last bool) bool {
	switch re.Op {
	case op:
		return true
	case syntax.OpCapture:
		return anchoredAt(re.Sub[0], op, last)
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return false
		}
		if last {
			return anchoredAt(re.Sub[len(re.Sub)-1], op, last)
		}
		return anchoredAt(re.Sub[0], op, last)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchoredAt(sub, op, last) {
				return false
			}
		}
		return true
	}
	return false
}

// uses reports whether re holds any of ops anywhere.
func uses(re *syntax.Regexp, ops ...syntax.Op) bool {
	if slices.Contains(ops, re.Op) {
		return true
	}
	for _, sub := range re.Sub {
		if uses(sub, ops...) {
			return true
		}
	}
	return false
}

// A wordFinder tells whether a text holds any of some words. A few words are
// looked for one by one (containsWord); for more, one pass over the text
// checks each rune against a bit set of the words' last runes and tries
// the words ending in a rune whose bit is set. When every word is at
// least skipFrom bytes long, the pass looks at one rune in every step
// bytes instead (inSkip).
type wordFinder struct {
	words []string
	last  []rune     // each word's last rune
	bits  [16]uint64 // bit r%1024 set for the last runes

	step  int        // the shortest word's length in bytes, 0: no skipping
	any   [16]uint64 // bit r%1024 set for every rune of every word
	runes []wordRune // every rune of every word, by r%64
	from  [65]uint16 // runes[from[b]:from[b+1]] are those with r%64 == b
}

// A wordRune is a rune of a word and where in the word it is.
type wordRune struct {
	r    rune
	word int32 // index in words
	off  int32 // byte offset in the word
}

// scanFrom is the number of words from which one pass beats a search per word.
const scanFrom = 4

// skipFrom is the shortest word, in bytes, from which looking at one rune
// in every step bytes beats looking at every rune: two runes of Chinese.
const skipFrom = 6

func newWordFinder(words []string) *wordFinder {
	if words == nil {
		return nil
	}
	ws := &wordFinder{words: words}
	step := 0
	for k, w := range words {
		r, _ := utf8.DecodeLastRuneInString(w)
		ws.last = append(ws.last, r)
		ws.bits[r>>6&15] |= 1 << (r & 63)
		if k == 0 || len(w) < step {
			step = len(w)
		}
		for off, r := range w {
			ws.any[r>>6&15] |= 1 << (r & 63)
			ws.runes = append(ws.runes, wordRune{r: r, word: int32(k), off: int32(off)})
		}
	}
	if step < skipFrom || len(words) < scanFrom || len(ws.runes) > math.MaxUint16 {
		ws.runes = nil
		return ws
	}
	ws.step = step
	slices.SortStableFunc(ws.runes, func(a, b wordRune) int { return int(a.r&63) - int(b.r&63) })
	for _, wr := range ws.runes {
		ws.from[wr.r&63+1]++
	}
	for b := 1; b < len(ws.from); b++ {
		ws.from[b] += ws.from[b-1]
	}
	return ws
}

// in reports whether s holds one of the words.
func (ws *wordFinder) in(s string) bool {
	if len(ws.words) < scanFrom {
		for _, w := range ws.words {
			if containsWord(s, w) {
				return true
			}
		}
		return false
	}
	if ws.step > 0 {
		return ws.inSkip(s)
	}
	for i := 0; i < len(s); {
		r, n := rune3(s, i)
		if n == 0 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		if ws.bits[r>>6&15]&(1<<(r&63)) == 0 {
			continue
		}
		for k, w := range ws.words {
			if ws.last[k] == r && strings.HasSuffix(s[:i], w) {
				return true
			}
		}
	}
	return false
}

// inSkip is in for words of step bytes or more. Every occurrence of a word
// in s covers one of the bytes step-1, 2·step-1, … of s, and with it the
// whole rune that byte is part of (the word is valid UTF-8, so its runes
// are where s's decoding meets them): going back over at most three
// continuation bytes from such a byte finds that rune's start. So only the
// runes at those bytes are looked at, and where one is a rune of some
// word, that word is compared with s around it.
func (ws *wordFinder) inSkip(s string) bool {
	for p := ws.step - 1; p < len(s); p += ws.step {
		q := p
		for q > 0 && q > p-3 && s[q]&0xC0 == 0x80 {
			q--
		}
		r, n := rune3(s, q)
		if n == 0 {
			r, _ = utf8.DecodeRuneInString(s[q:])
		}
		if ws.any[r>>6&15]&(1<<(r&63)) == 0 {
			continue
		}
		for _, wr := range ws.runes[ws.from[r&63]:ws.from[r&63+1]] {
			if wr.r != r {
				continue
			}
			w := ws.words[wr.word]
			if a := q - int(wr.off); a >= 0 && a+len(w) <= len(s) && s[a:a+len(w)] == w {
				return true
			}
		}
	}
	return false
}

// rune3 decodes the three-byte rune at s[i] as utf8.DecodeRuneInString
// would, and returns 0, 0 for any other (ASCII; E0 and ED, whose second
// byte has a narrower range; a broken sequence). It is small enough to be
// inlined, so the three-byte runes of Chinese text are decoded in line:
// the decoder is a call per rune (a range loop's too), which in a pass
// over every rune costs more than the rest of the pass.
func rune3(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return 0, 0
}

// edges are the runes that every match of an expression anchored at the
// text's start (^) begins with, and those that every match anchored at its
// end ($) ends with. Most short texts an anchored expression is tried on
// (the words before or after a figure) fail at once on their first or last
// rune, which one look at a bit set tells, where the engine would first
// set up its machine. (The word prefilter does not help there: 比 or 的 is
// in most texts, and many anchored expressions have too many words.)
type edges struct {
	head, tail *runeBits // nil: the expression is not so anchored, or its runes could not be told
}

// edgesOf works out expr's edges.
func edgesOf(expr string) edges {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return edges{}
	}
	re = re.Simplify()
	return edges{head: anchoredRunes(re, false), tail: anchoredRunes(re, true)}
}

// anchoredRunes returns the runes every match of re begins with (ends
// with, last), when every match is anchored at the text's start (end) and
// holds at least one rune; else nil.
func anchoredRunes(re *syntax.Regexp, last bool) *runeBits {
	runes, ok := anchoredRuneList(re, last)
	if !ok || len(runes) == 0 {
		return nil
	}
	var b runeBits
	for _, r := range runes {
		b.add(r)
	}
	return &b
}

func anchoredRuneList(re *syntax.Regexp, last bool) ([]rune, bool) {
	switch re.Op {
	case syntax.OpCapture:
		return anchoredRuneList(re.Sub[0], last)
	case syntax.OpAlternate:
		var out []rune
		for _, sub := range re.Sub {
			rs, ok := anchoredRuneList(sub, last)
			if !ok {
				return nil, false
			}
			out = append(out, rs...)
		}
		return out, true
	case syntax.OpConcat:
		subs, anchor := re.Sub, syntax.OpBeginText
		if last {
			anchor = syntax.OpEndText
			subs = slices.Clone(subs)
			slices.Reverse(subs)
		}
		if len(subs) < 2 || subs[0].Op != anchor {
			return nil, false
		}
		runes, empty, ok := concatEdgeRunes(subs[1:], last)
		return runes, ok && !empty
	}
	return nil, false
}

// possible reports whether s can hold a match as far as its edges tell.
// A rune the decoder reads as broken is left to the engine.
func (e edges) possible(s string) bool {
	if e.head != nil {
		r, _ := utf8.DecodeRuneInString(s)
		if len(s) == 0 || r != utf8.RuneError && !e.head.has(r) {
			return false
		}
	}
	if e.tail != nil {
		r, _ := utf8.DecodeLastRuneInString(s)
		if len(s) == 0 || r != utf8.RuneError && !e.tail.has(r) {
			return false
		}
	}
	return true
}

// runeBits is a set of runes kept as bit r%1024: has may say yes for a
// rune not added (the engine then decides), never no for one added.
type runeBits [16]uint64

func (b *runeBits) add(r rune)      { b[r>>6&15] |= 1 << (r & 63) }
func (b *runeBits) has(r rune) bool { return b[r>>6&15]&(1<<(r&63)) != 0 }
