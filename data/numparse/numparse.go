// Package numparse finds and values the quantities written in Chinese text:
// Arabic and full-width digits, Chinese and financial numerals (三十,
// 一千两百三十四万, 壹佰), multipliers (万 亿 万亿 千万), percentages (7.4%,
// 百分之八), percentage points (个百分点), 成/折 ratios, fractions (三分之一),
// ranges (1-5月, 15%至20%), money (8.1亿余元, $20), qualifiers (余 多 近 超过
// 以上 左右) and the direction of a preceding verb (下降 → -1).
//
// It is a hand-written scanner: word segmenters split 3.4 into 3 / . / 4. It
// favours precision: numeral characters inside words (统一, 千方百计, 六稳),
// digits inside Latin names (PM2.5, 5G) and a bare 万 without digits
// (城镇新增就业万人) yield nothing. Ordinals and enumerations (第三, 一是) are
// returned with Ordinal set.
//
// Offsets are rune offsets into the input; invalid UTF-8 counts as one
// U+FFFD rune per bad byte, as with []rune(s).
package numparse

import (
	"context"
	"strings"
	"unicode/utf8"
)

// Kind is the kind of a quantity.
type Kind string

// The kinds of quantity Scan reports. (The suggested names Number, Percent …
// would collide with the Number type, hence the Kind prefix.)
const (
	KindNumber   Kind = "number"
	KindPercent  Kind = "percent"
	KindCurrency Kind = "currency"
	KindRange    Kind = "range"
)

// Number is one quantity found by Scan.
//
// For a Range, Low and High are the bounds and Value is High (the figure a
// reader quotes for 增长15%至20% is the upper one); for other kinds Low =
// High = Value.
type Number struct {
	Text       string  // the quantity as written: numeral, 余/多, unit (%, 个百分点, 元 …)
	Value      float64 // value in base units with the written sign: 3.4万 → 34000, -3 → -3, 7.4% → 7.4
	Kind       Kind    // number, percent, currency or range
	Start, End int     // rune offsets of Text in the input, End exclusive
	NumStart   int     // rune offsets of the numeral alone, sign included: 3.4万 in 3.4万元, 8.1亿 in
	NumEnd     int     // 8.1亿余元, 八 in 百分之八, 三 in 第三; first to last numeral of a fraction or range
	Low, High  float64 // bounds of a Range; equal to Value otherwise
	Multiplier float64 // multiplier written at the end of the numeral, already in Value: 1, 1e4 (万), 1e8 (亿), 1e7 (千万)
	Unit       string  // 元, 美元 … for Currency; "%" for percent; "个百分点" for points; "" otherwise
	Points     bool    // percentage points (个百分点), Kind KindPercent, kept distinct from %
	Qualifier  string  // 余 多 几 (attached) else 近 超过 逾 约 不到 … (before) else 以上 左右 之内 … (after); "" if none
	Change     int     // -1 after a decrease verb (下降 减少 回落 …), +1 after 增长 提高 …, 0 otherwise; shared along a 、 list
	Ordinal    bool    // an ordinal or enumeration (第三, 一是, （二）, 一季度): not a quantity
	Fraction   bool    // written as a fraction (三分之一, 3/5)
}

// Rejected is a numeral Scan left out because its value is out of the range
// a float64 holds: 1e400, 2^1024, 10^309, 1e-400, 百分之1e308. It is never
// returned as a wrong value (0, +Inf, or only the exponent).
type Rejected struct {
	Text       string // the numeral as written
	Start, End int    // rune offsets in the input, End exclusive
}

// kindOverflow marks a match that failed because its value is out of range;
// it never leaves the package.
const kindOverflow Kind = "overflow"

// Scan returns every quantity in s, in order and without overlaps, with rune
// offsets. Every value is finite; numerals out of range are left out (see
// ScanReport).
func Scan(s string) []Number {
	out, _ := ScanReport(s)
	return out
}

// ScanReport is Scan that also returns the numerals left out because their
// value is out of range.
func ScanReport(s string) ([]Number, []Rejected) {
	return scan(context.Background(), s)
}

// ScanContext is Scan that stops when ctx is done, with the numbers found
// so far (a text of megabytes takes a noticeable fraction of a second).
func ScanContext(ctx context.Context, s string) []Number {
	out, _ := scan(ctx, s)
	return out
}

// ScanRunesContext is ScanContext over a text already decoded into runes,
// which it does not change: the extractor keeps its text as runes too, and
// decoding it a second time here was about a tenth of the scan.
func ScanRunesContext(ctx context.Context, rs []rune) []Number {
	out, _ := scanRunes(ctx, rs)
	return out
}

// scan is ScanReport, looking at ctx every few thousand runes.
func scan(ctx context.Context, s string) ([]Number, []Rejected) {
	return scanRunes(ctx, []rune(s))
}

// scanRunes is scan over the runes of the text (raw, read only).
func scanRunes(ctx context.Context, raw []rune) ([]Number, []Rejected) {
	n := foldAll(raw)
	var out []Number
	var rej []Rejected
	for i, look := 0, 0; i < len(n); {
		if look++; look%4096 == 0 && ctx.Err() != nil {
			break
		}
		if e := urlEnd(n, i); e > i {
			i = e
			continue
		}
		if !canStart(n, i) {
			i++
			continue
		}
		m, next, ok := matchAt(n, i)
		if ok && !finiteNumber(m) {
			ok, next, m.Kind = false, m.End, kindOverflow
		}
		if !ok {
			if m.Kind == kindOverflow {
				rej = append(rej, Rejected{Text: string(raw[m.Start:m.End]), Start: m.Start, End: m.End})
			}
			i = max(next, i+1)
			continue
		}
		finish(&m, raw, n)
		if len(out) > 0 {
			inheritChange(n, &m, out[len(out)-1])
		}
		out = append(out, m)
		i = max(m.End, i+1)
	}
	return out, rej
}

// finiteNumber reports whether every value of m is representable: finite,
// and 0 or a normal float64.
func finiteNumber(m Number) bool {
	return representable(m.Value) && representable(m.Low) && representable(m.High) && representable(m.Multiplier)
}

// Overflows returns the numerals of s that Scan leaves out because their
// value is out of range. It scans only when s may hold one (a digit before
// e, E or ^, or a run of 20 numeral characters), so it is cheap on ordinary
// text.
func Overflows(s string) []Rejected {
	if !mayOverflow(s) {
		return nil
	}
	_, rej := ScanReport(s)
	return rej
}

// mayOverflow reports text that can hold a value out of range. Without an
// exponent a value needs a long run of numeral characters to pass 1e308: a
// run of at most 19 stays below 1e19·(1e12)^19 = 1e247, and combining two
// runs (a range, a fraction, 百分之) stays far from 1e308 too.
func mayOverflow(s string) bool {
	run, digit := 0, false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
			r = fold(r)
		}
		i += n
		if digit && (r == 'e' || r == 'E' || r == '^') {
			return true
		}
		digit = isDigit(r)
		if !digit && !runChar(r) {
			run = 0
		} else if run++; run >= 20 {
			return true
		}
	}
	return false
}

// runChar reports the characters other than digits that a long numeral is
// made of.
func runChar(r rune) bool {
	switch r {
	case ' ', ',', '.', 'k', 'K', 'M', '余', '多', '点', '几':
		return true
	}
	return r >= 0x3007 && isNumeralChar(r)
}

// ParseChinese values a string that is one whole numeral or quantity
// (一千两百三十四万, 3.4万, 百分之八, 负五). ok is false when s is anything
// else.
func ParseChinese(s string) (float64, bool) {
	t := strings.TrimSpace(s)
	found := Scan(t)
	if len(found) != 1 || found[0].Start != 0 || found[0].End != len([]rune(t)) {
		return 0, false
	}
	return found[0].Value, true
}

// canStart reports whether a quantity may begin at i. Most runes of a
// text (any Han rune but a numeral or one of a few words) can begin none,
// which one bit tells before canStartAt's tests.
func canStart(n []rune, i int) bool {
	if r := n[i]; r < 0x10000 && startRunes[r/64]&(1<<(r%64)) == 0 {
		return false
	}
	return canStartAt(n, i)
}

// startRunes has a bit set for each rune below 0x10000 that canStartAt
// may accept (mayStart): canStartAt is false at any other.
var startRunes = func() *[0x10000 / 64]uint64 {
	var b [0x10000 / 64]uint64
	for r := rune(0); r < 0x10000; r++ {
		if mayStart(r) {
			b[r/64] |= 1 << (r % 64)
		}
	}
	return &b
}()

// mayStart reports whether canStartAt may accept r, whatever is around it:
// every test of canStartAt holds one of these.
func mayStart(r rune) bool {
	_, money := currencyPrefix(r)
	return isDigit(r) || isNumeralChar(r) || money || strings.ContainsRune(".-负第半对+", r)
}

// canStartAt is canStart without its look at startRunes.
func canStartAt(n []rune, i int) bool {
	r := n[i]
	switch {
	case isDigit(r), isNumeralChar(r):
		return true
	case r == '.':
		return i+1 < len(n) && isDigit(n[i+1]) && (i == 0 || (n[i-1] != '.' && !isDigit(n[i-1])))
	}
	if _, ok := currencyPrefix(r); ok {
		return true
	}
	switch r {
	case '-', '负', '第', '半', '对':
		return true
	}
	return r == '+' && isPlusAt(n, i)
}

// finish fills the fields that depend on the context: Text, qualifiers,
// change, enumerations.
func finish(m *Number, raw, n []rune) {
	m.Text = string(raw[m.Start:m.End])
	if m.Kind != KindRange {
		m.Low, m.High = m.Value, m.Value
	}
	qs := qualifierStart(n, m)
	m.Change = changeBefore(n, qs)
	if m.Qualifier == "" {
		m.Qualifier = suffixQualifier(n, m.End)
	}
	if !m.Ordinal && m.Kind == KindNumber && isEnumeration(n, m) {
		m.Ordinal = true
	}
}

// inheritChange gives the items of a list the direction of its verb:
// 分别增长15%、25%、30% → all three +1.
func inheritChange(n []rune, m *Number, prev Number) {
	if m.Change == 0 && prev.Change != 0 && m.Kind == prev.Kind && m.Start == prev.End+1 &&
		strings.ContainsRune("、和及与", n[prev.End]) {
		m.Change = prev.Change
	}
}

// qualifierStart records a prefix qualifier (近, 超过 …) and returns where the
// quantity with its qualifier starts.
func qualifierStart(n []rune, m *Number) int {
	for _, q := range prefixQualifierList {
		if !hasSuffixAt(n, m.Start, q) {
			continue
		}
		qs := m.Start - len([]rune(q))
		if qs > 0 && strings.ContainsRune(qualifierNotAfter(q), n[qs-1]) {
			continue // 最近, 签约, 通过: words, not qualifiers
		}
		if q == "超" && tradeDeficit(n, qs) {
			continue // 对南韩入超370.2亿美元, but 收入超90亿元
		}
		if (q == "数" || q == "几" || q == "上") && !isUnit(n[m.NumStart]) {
			continue // 数千, 几十万, 上万 (several thousand …), not 用户数49514 or 上3个
		}
		if m.Qualifier == "" {
			m.Qualifier = q
		}
		return qs
	}
	return m.Start
}

// tradeDeficit reports 入超 (a trade deficit) ending with the 超 at
// n[qs]: 入 not closing a word of its own (收入, 投入, 流入 …).
func tradeDeficit(n []rune, qs int) bool {
	if qs < 1 || n[qs-1] != '入' {
		return false
	}
	return qs < 2 || !strings.ContainsRune("收投流输引进加纳录融深植注转汇摄计", n[qs-2])
}

// EndsInTradeBalance reports a text ending in 出超 or 入超 (a trade surplus
// or deficit), not in 收入超 and the like.
func EndsInTradeBalance(s string) bool {
	if strings.HasSuffix(s, "出超") {
		return true
	}
	rs := []rune(s)
	return len(rs) >= 2 && rs[len(rs)-1] == '超' && tradeDeficit(rs, len(rs)-1)
}

// changeBefore returns -1 or +1 when a decrease or increase verb (optionally
// followed by 了, 达 or 达到) ends at p. 下降为/回落至 give a level, not a
// change, and stay 0.
func changeBefore(n []rune, p int) int {
	switch {
	case hasSuffixAt(n, p, "达到"):
		p -= 2
	case p > 0 && (n[p-1] == '了' || n[p-1] == '达'):
		p--
	}
	if p <= 0 || p > len(n) {
		return 0 // no verb ends here (hasSuffixAt fails for every one)
	}
	if decreaseVerbEnds[n[p-1]] {
		for _, v := range decreaseVerbList {
			if hasSuffixAt(n, p, v) {
				return -1
			}
		}
	}
	if increaseVerbEnds[n[p-1]] {
		for _, v := range increaseVerbList {
			if hasSuffixAt(n, p, v) {
				return 1
			}
		}
	}
	return 0
}

// suffixQualifier finds 以上 左右 … right after the quantity or after a
// measure word of at most two characters (3万人以上).
func suffixQualifier(n []rune, end int) string {
	for skip := 0; skip <= 2 && end+skip <= len(n); skip++ {
		if skip > 0 {
			r := n[end+skip-1]
			if !isHan(r) || isNumeralChar(r) {
				break
			}
		}
		for _, q := range suffixQualifierList {
			if hasPrefixAt(n, end+skip, q) {
				return q
			}
		}
	}
	return ""
}

// isEnumeration reports a small Chinese numeral used to enumerate: 一是,
// （二）, 三、 at the start of a clause, 一季度.
func isEnumeration(n []rune, m *Number) bool {
	if m.Value < 1 || m.Value > 20 || m.Value != float64(int(m.Value)) || !hasChineseNumeral(n, m) {
		return false
	}
	next := rune(0)
	if m.End < len(n) {
		next = n[m.End]
	}
	var prev rune
	if m.Start > 0 {
		prev = n[m.Start-1]
	}
	switch {
	case strings.ContainsRune(enumMarks, next) && next != 0:
		return true
	case (prev == '（' || prev == '(') && (next == '）' || next == ')'):
		return true
	case next == '、' && (prev == 0 || strings.ContainsRune("\n\r \t　。；;：:", prev)):
		return true
	case hasPrefixAt(n, m.End, "季度") && m.Value <= 4:
		return true
	}
	return false
}

func hasChineseNumeral(n []rune, m *Number) bool {
	for _, r := range n[m.NumStart:m.NumEnd] {
		if isNumeralChar(r) {
			return true
		}
	}
	return false
}

// urlEnd returns the end of a URL starting at i (http://, https://, www.),
// or i: numbers inside addresses are not quantities.
func urlEnd(n []rune, i int) int {
	if n[i] != 'h' && n[i] != 'w' {
		return i // most runes: no address starts here
	}
	if !hasPrefixAt(n, i, "http://") && !hasPrefixAt(n, i, "https://") && !hasPrefixAt(n, i, "www.") {
		return i
	}
	e := i
	for e < len(n) && n[e] > ' ' && n[e] < 0x7f {
		e++
	}
	return e
}
