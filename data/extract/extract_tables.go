package extract

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// The extraction tables are plain tab-separated files embedded from this
// directory, so they can grow without touching code.
var (
	//go:embed units.tsv
	unitsTSV string
	//go:embed indicators.tsv
	indicatorsTSV string
	//go:embed themes.tsv
	themesTSV string
)

// unitDef is one row of units.tsv.
type unitDef struct {
	Written string // as written after the number
	Base    string // base unit reported
	Kind    string // count, money, weight, … or skip
}

// indicatorDef is one row of indicators.tsv.
type indicatorDef struct {
	Name    string // "-": no canonical indicator (see indicators.tsv)
	Theme   string
	Kind    string // level, growth, share, count, index or per_capita
	Units   map[string]bool
	Pattern quickRe
}

// themeDef is one row of themes.tsv.
type themeDef struct {
	Theme   string
	Pattern matcher
}

// extractTables holds the parsed tables. It is immutable once built.
type extractTables struct {
	units      []unitDef // longest written form first
	unitRunes  [][]rune  // []rune(units[k].Written)
	indicators []indicatorDef
	byUnit     map[string][]int // indices of the indicators of each unit, in table order
	rowWords   *rowFinder       // the prefilter words of every indicator row, for one pass over a metric
	themes     []themeDef
	themeWords *rowFinder // the plain words of every theme row, for one pass over a text
}

// tables returns the parsed embedded tables, built once. A broken table is
// a build defect, caught by the tests, so it panics.
var tables = sync.OnceValue(func() *extractTables {
	t, err := parseTables(unitsTSV, indicatorsTSV, themesTSV)
	if err != nil {
		panic(err)
	}
	return t
})

// parseTables parses the three extraction tables.
func parseTables(units, indicators, themes string) (*extractTables, error) {
	t := &extractTables{}
	err := eachRow("units.tsv", units, 3, func(f []string) error {
		t.units = append(t.units, unitDef{Written: f[0], Base: f[1], Kind: f[2]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(t.units, func(i, j int) bool {
		return len([]rune(t.units[i].Written)) > len([]rune(t.units[j].Written))
	})
	for _, u := range t.units {
		t.unitRunes = append(t.unitRunes, []rune(u.Written))
	}
	err = eachRow("indicators.tsv", indicators, 5, func(f []string) error {
		re, err := newQuickRe(f[4])
		if err != nil {
			return err
		}
		if !slices.Contains(indicatorKinds, f[2]) {
			return fmt.Errorf("kind %q", f[2])
		}
		us := map[string]bool{}
		for _, u := range strings.Split(f[3], ",") {
			us[strings.TrimSpace(u)] = true
		}
		if us["元"] {
			us["港元"], us["澳门元"] = true, true // money in Hong Kong and Macau stories
		}
		t.indicators = append(t.indicators, indicatorDef{Name: f[0], Theme: f[1], Kind: f[2], Units: us, Pattern: re})
		return nil
	})
	if err != nil {
		return nil, err
	}
	t.byUnit = map[string][]int{}
	for k, d := range t.indicators {
		for u := range d.Units {
			t.byUnit[u] = append(t.byUnit[u], k)
		}
	}
	t.rowWords = newRowFinder(t.indicators)
	err = eachRow("themes.tsv", themes, 2, func(f []string) error {
		re, err := newMatcher(f[1])
		if err != nil {
			return err
		}
		t.themes = append(t.themes, themeDef{Theme: f[0], Pattern: re})
		return nil
	})
	if err != nil {
		return nil, err
	}
	words := make([][]string, len(t.themes))
	for k, d := range t.themes {
		words[k] = d.Pattern.words
	}
	t.themeWords = wordRows(words)
	return t, nil
}

// eachRow calls fn with the fields of every non-comment row of a table,
// which must have exactly n fields.
func eachRow(name, text string, n int, fn func([]string) error) error {
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return fmt.Errorf("%s line %d: %d fields, want %d", name, i+1, len(f), n)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s line %d: %w", name, i+1, err)
		}
	}
	return nil
}

// unitAt returns the unit written at rs[i:], longest first.
func (t *extractTables) unitAt(rs []rune, i int) (unitDef, bool) {
	for k, w := range t.unitRunes {
		if i+len(w) <= len(rs) && slices.Equal(rs[i:i+len(w)], w) {
			return t.units[k], true
		}
	}
	return unitDef{}, false
}

// noCanonical names the rows of indicators.tsv that stop the search.
const noCanonical = "-"

// canonical returns the row of indicators.tsv that a metric phrase
// matches in a unit, if any; its Name is noCanonical for a measure that
// has no canonical indicator.
//
// The rows a metric may match are found first, in one pass over it
// (rowFinder): a unit has up to 67 rows, and each row's own prefilter
// scanned the metric again, which cost more than the few expressions
// then left to run.
func (t *extractTables) canonical(metric, unit string) (indicatorDef, bool) {
	rows := t.byUnit[unit]
	if len(rows) == 0 {
		return indicatorDef{}, false
	}
	may := t.rowWords.rows(metric)
	for _, k := range rows {
		if d := t.indicators[k]; may.has(k) && d.Pattern.MatchString(metric) {
			return d, true
		}
	}
	return indicatorDef{}, false
}

// A rowFinder tells which rows of indicators.tsv may match a text: those
// one of whose prefilter words (quickRe.words) it holds, and those without
// a prefilter. A row it leaves out cannot match, as its own prefilter
// would say; it looks at each rune of the text once for all the rows.
// themes.tsv has one too (wordRows): the rows whose plain words
// (matcher.words) the text holds.
type rowFinder struct {
	byLast map[rune][]rowWord // the words ending in each rune
	bits   [16]uint64         // bit r%1024 set for the runes words end in
	always rowSet             // the rows without a prefilter
}

// A rowWord is a prefilter word of a row.
type rowWord struct {
	word string
	row  int
}

// rowSet is a set of rows, bit k for row k.
type rowSet []uint64

func (s rowSet) has(k int) bool { return s[k>>6]&(1<<(k&63)) != 0 }
func (s rowSet) add(k int)      { s[k>>6] |= 1 << (k & 63) }

func newRowFinder(defs []indicatorDef) *rowFinder {
	rows := make([][]string, len(defs))
	for k, d := range defs {
		if d.Pattern.words != nil {
			rows[k] = d.Pattern.words.words
		}
	}
	f := wordRows(rows)
	for k, d := range defs {
		if d.Pattern.words == nil {
			f.always.add(k)
		}
	}
	return f
}

// wordRows returns the rowFinder of rows of words (row k holds rows[k]),
// no row always.
func wordRows(rows [][]string) *rowFinder {
	f := &rowFinder{byLast: map[rune][]rowWord{}, always: make(rowSet, (len(rows)+63)/64)}
	for k, ws := range rows {
		for _, w := range ws {
			r, _ := utf8.DecodeLastRuneInString(w)
			f.byLast[r] = append(f.byLast[r], rowWord{w, k})
			f.bits[r>>6&15] |= 1 << (r & 63)
		}
	}
	return f
}

// rows returns the rows that may match s.
func (f *rowFinder) rows(s string) rowSet {
	out := slices.Clone(f.always)
	for i := 0; i < len(s); {
		r, n := rune3(s, i)
		if n == 0 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		if f.bits[r>>6&15]&(1<<(r&63)) == 0 {
			continue // no word ends in r (most runes)
		}
		for _, w := range f.byLast[r] {
			if !out.has(w.row) && strings.HasSuffix(s[:i], w.word) {
				out.add(w.row)
			}
		}
	}
	return out
}

// theme returns the first theme whose pattern matches one of the texts,
// tried in order (metric first, then the sentence). The rows' plain words
// are looked for in one pass over each text (themeWords), then the rest
// of each row's expression, if any, in row order.
func (t *extractTables) theme(texts ...string) string {
	for _, s := range texts {
		has := t.themeWords.rows(s)
		for k, d := range t.themes {
			if has.has(k) || d.Pattern.re != nil && d.Pattern.re.MatchString(s) {
				return d.Theme
			}
		}
	}
	return ""
}

// matcher reports whether a regular expression matches somewhere in a
// text. The alternatives of the expression that are plain words are
// searched with strings.Contains, which is many times faster than the
// regexp engine on Chinese text; the rest, if any, stay a regexp.
type matcher struct {
	words []string
	find  *wordFinder // the words, nil if none
	re    *quickRe    // the other alternatives, nil if none
}

// newMatcher compiles expr, split at its top-level |.
func newMatcher(expr string) (matcher, error) {
	if _, err := regexp.Compile(expr); err != nil {
		return matcher{}, err
	}
	var m matcher
	var rest []string
	alts := []string{expr}
	if !strings.Contains(expr, "(?") {
		alts = topLevelAlternatives(expr) // flags would reach across |
	}
	for _, alt := range alts {
		if alt != "" && regexp.QuoteMeta(alt) == alt {
			m.words = append(m.words, alt)
		} else {
			rest = append(rest, alt)
		}
	}
	if len(rest) > 0 {
		re, err := newQuickRe(strings.Join(rest, "|"))
		if err != nil {
			return matcher{}, err
		}
		m.re = &re
	}
	m.find = newWordFinder(m.words)
	return m, nil
}

// mustMatcher is newMatcher for expressions written in the code.
func mustMatcher(expr string) matcher {
	m, err := newMatcher(expr)
	if err != nil {
		panic(err)
	}
	return m
}

// MatchString reports whether the expression matches somewhere in s.
func (m matcher) MatchString(s string) bool {
	if m.find != nil && m.find.in(s) { // (nil when the expression has no plain words)
		return true
	}
	return m.re != nil && m.re.MatchString(s)
}

// FindAllStringIndex returns the successive non-overlapping matches of the
// expression in s, as regexp.FindAllStringIndex(s, -1) does: the leftmost
// match first and, at one position, the first alternative written. Only
// for expressions of plain words.
func (m matcher) FindAllStringIndex(s string) [][]int {
	if m.re != nil || len(m.words) == 0 {
		panic("matcher.FindAllStringIndex: not a list of words")
	}
	next := make([]int, len(m.words)) // next occurrence of each word at or after pos, -1 if none
	for i, w := range m.words {
		next[i] = strings.Index(s, w)
	}
	var out [][]int
	for pos := 0; ; {
		best := -1
		for i, w := range m.words {
			if next[i] >= 0 && next[i] < pos {
				if k := strings.Index(s[pos:], w); k >= 0 {
					next[i] = pos + k
				} else {
					next[i] = -1
				}
			}
			if next[i] >= 0 && (best < 0 || next[i] < next[best]) {
				best = i
			}
		}
		if best < 0 {
			return out
		}
		out = append(out, []int{next[best], next[best] + len(m.words[best])})
		pos = next[best] + len(m.words[best])
	}
}

// topLevelAlternatives splits a valid regular expression at the | that
// are outside parentheses and character classes.
func topLevelAlternatives(expr string) []string {
	var out []string
	depth, class, start := 0, false, 0
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; {
		case c == '\\':
			i++
		case class:
			class = c != ']'
		case c == '[':
			class = true
			if strings.HasPrefix(expr[i+1:], "]") || strings.HasPrefix(expr[i+1:], "^]") {
				i += strings.Index(expr[i+1:], "]") + 1 // a leading ] is literal
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, expr[start:i])
			start = i + 1
		}
	}
	return append(out, expr[start:])
}

// indicatorKinds are the kinds of canonical indicators.
var indicatorKinds = []string{"level", "growth", "share", "count", "index", "per_capita"}

// IndicatorKind returns the kind of a canonical indicator (level, growth,
// share, count, index or per_capita), "" for a name the table lacks.
func IndicatorKind(name string) string {
	for _, d := range tables().indicators {
		if d.Name == name {
			return d.Kind
		}
	}
	return ""
}

// CanonicalIndicators lists the canonical indicator names in the order of
// indicators.tsv (employment first), each once.
func CanonicalIndicators() []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range tables().indicators {
		if d.Name != noCanonical && !seen[d.Name] {
			seen[d.Name] = true
			out = append(out, d.Name)
		}
	}
	return out
}

// MeasureWords lists the written units of units.tsv that are measure words
// (人 万元 个百分点), not countable nouns (企业), in table order.
func MeasureWords() []string {
	var out []string
	for _, u := range tables().units {
		if u.Kind != "noun" {
			out = append(out, u.Written)
		}
	}
	return out
}
