package numparse

import (
	"strings"
	"unicode"
)

// matchAt matches one quantity starting at i. When ok is false, next is
// where scanning should resume.
func matchAt(n []rune, i int) (Number, int, bool) {
	if m, ok := matchHalfRatio(n, i); ok {
		return m, 0, true
	}
	if m, ok := matchPerDenominator(n, i); ok {
		return m, 0, true
	}
	m, next, ok := matchSimple(n, i)
	if !ok {
		return m, next, false
	}
	if r, ok := matchRange(n, m); ok {
		return r, 0, true
	}
	return m, 0, true
}

// matchSimple matches a numeral with its fraction, percent, ratio or
// currency suffix, but no range.
func matchSimple(n []rune, i int) (Number, int, bool) {
	m := Number{Start: i, Kind: KindNumber, Multiplier: 1}
	p := i
	prefixUnit := ""
	if n[p] == '第' {
		m.Ordinal = true
		p++
	} else if u, ok := currencyPrefix(n[p]); ok {
		prefixUnit = u
		p++
	}
	numStart := p
	neg := p < len(n) && isMinusAt(n, p)
	if neg || p < len(n) && isPlusAt(n, p) {
		p++ // +10.02%, +0.3个百分点: the sign written belongs to the figure
	}
	if p >= len(n) {
		return m, i + 1, false
	}
	num, ok := parseNumeral(n, p)
	if !ok {
		if num.overflow {
			m.Kind, m.End = kindOverflow, num.end
		}
		return m, max(num.end, i+1), false
	}
	if rejectNumeral(n, num) || (prefixUnit != "" && !num.arabic) || identifier(n, numStart, num) {
		return m, num.end, false
	}
	m.NumStart, m.NumEnd, m.End = numStart, num.end, num.qualEnd
	m.Value, m.Multiplier, m.Qualifier = num.value, num.mult, num.qual
	if neg {
		m.Value = -m.Value
	}
	if !m.Ordinal && prefixUnit == "" && matchFraction(n, &m, num, neg) {
		return m, 0, true
	}
	switch {
	case prefixUnit != "":
		m.Kind, m.Unit = KindCurrency, prefixUnit
	case m.Ordinal:
	default:
		applySuffix(n, &m, num)
	}
	if num.chinese && blockedByIdiom(n, num.start, max(m.End, num.end)) {
		return m, num.end, false
	}
	return m, 0, true
}

// rejectNumeral rejects numerals that are words, not quantities.
func rejectNumeral(n []rune, num numeral) bool {
	if num.end-num.start == 1 && ambiguousFinancial(n[num.start]) {
		return true // 大陆, 队伍, 收拾
	}
	if num.bareStart && num.start > 0 {
		prev := n[num.start-1]
		if isDigit(prev) || isNumeralChar(prev) {
			return true // 五十千: 千 does not start a new number
		}
	}
	return false
}

// identifier reports Arabic digits that are part of a Latin name: PM2.5,
// COVID-19, H1N1, 5G. (Suffixes the numeral consumed, 40k or 2e5, are not
// names.)
func identifier(n []rune, start int, num numeral) bool {
	if !num.arabic || num.chinese {
		return false
	}
	if start > 0 && isASCIILetter(n[start-1]) {
		// GDP5.2%, CPI2.5%: a figure glued to an abbreviation.
		return !num.bigUnit && (num.qualEnd >= len(n) || n[num.qualEnd] != '%')
	}
	if start > 2 && n[start-1] == '-' && isASCIILetter(n[start-2]) && isASCIILetter(n[start-3]) {
		return true // COVID-19, not 5k-20k
	}
	return num.end < len(n) && isASCIILetter(n[num.end])
}

// isPlusAt reports a plus sign written before a number (+0.3) at p, not
// one between two numbers (1+1) or after a letter (C+).
func isPlusAt(n []rune, p int) bool {
	if p+1 >= len(n) || n[p] != '+' || !(isDigit(n[p+1]) || n[p+1] == '.' && p+2 < len(n) && isDigit(n[p+2])) {
		return false
	}
	if p == 0 {
		return true
	}
	prev := n[p-1]
	return !(isDigit(prev) || isASCIILetter(prev) || strings.ContainsRune("+-./_:~", prev) || isNumeralChar(prev))
}

// isMinusAt reports a minus sign (-3, 负五) at p.
func isMinusAt(n []rune, p int) bool {
	if p+1 >= len(n) {
		return false
	}
	next := n[p+1]
	switch n[p] {
	case '负':
		_, d := digitValue(next)
		return d || isDigit(next) || isUnit(next)
	case '-':
		if !(isDigit(next) || (next == '.' && p+2 < len(n) && isDigit(n[p+2]))) {
			return false
		}
		if p == 0 {
			return true
		}
		prev := n[p-1]
		return !(isDigit(prev) || isASCIILetter(prev) || strings.ContainsRune("-./_:~", prev) || isNumeralChar(prev))
	}
	return false
}

// applySuffix reads what follows the numeral: %, 个百分点, 成/折, a currency.
func applySuffix(n []rune, m *Number, num numeral) {
	after := num.qualEnd
	if after < len(n) && n[after] == '%' {
		m.Kind, m.Unit, m.End = KindPercent, "%", after+1
		return
	}
	for _, w := range []struct {
		word   string
		points bool
	}{{"percentage points", true}, {"percentage point", true}, {"percent", false}, {"per cent", false}} {
		// 3.2 percent, 1.5 percentage points: an English release's words
		q := skipSpaces(n, after)
		if q == after {
			break
		}
		if e, ok := at(n, q, w.word, false); ok && (e >= len(n) || !isASCIILetter(n[e])) {
			m.Kind, m.Unit, m.Points, m.End = KindPercent, "%", w.points, e
			if w.points {
				m.Unit = "个百分点"
			}
			return
		}
	}
	if after+1 < len(n) && n[after] == ' ' && n[after+1] == '%' {
		m.Kind, m.Unit, m.End = KindPercent, "%", after+2 // 47.2 %
		return
	}
	if after < len(n) && n[after] == '‰' {
		m.Kind, m.Unit, m.End = KindPercent, "%", after+1
		m.Value /= 10
		return
	}
	for _, w := range []string{"个千分点", "千分点"} {
		if e, ok := at(n, skipSpaces(n, after), w, true); ok {
			// 比上年高0.2个千分点: a change of a rate in ‰
			m.Kind, m.Unit, m.Points, m.End = KindPercent, "个千分点", true, e
			return
		}
	}
	for _, w := range []string{"个百分点", "百分点"} {
		if e, ok := at(n, skipSpaces(n, after), w, true); ok {
			m.Kind, m.Unit, m.Points, m.End = KindPercent, "个百分点", true, e
			return
		}
	}
	if e, ok := at(n, skipSpaces(n, after), "个点", true); ok && (e == len(n) || !unicode.Is(unicode.Han, n[e]) || runesHavePrefix(n[e:], "左右")) {
		// 变动0.6个点: an analyst's 个百分点 (not 5个点位, 设置3个点)
		m.Kind, m.Unit, m.Points, m.End = KindPercent, "个百分点", true, e
		return
	}
	if matchRatio(n, m, num) {
		return
	}
	matchCurrency(n, m, after)
}

func runesHavePrefix(rs []rune, p string) bool {
	i := 0
	for _, r := range p {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// matchRatio reads 成 (tenths: 三成 = 30%) and 折 (discount: 九折 = 90%,
// 75折 = 75%) after a small numeral.
func matchRatio(n []rune, m *Number, num numeral) bool {
	q := skipSpaces(n, num.end)
	if q >= len(n) || num.bigUnit || num.qual != "" || m.Value <= 0 {
		return false
	}
	var next rune
	if q+1 < len(n) {
		next = n[q+1]
	}
	switch {
	case n[q] == '成' && m.Value <= 10 && !strings.ContainsRune(notAfterCheng, next):
		v, end := m.Value*10, q+1
		v, end = ratioTail(n, v, end)
		m.Value, m.End = v, end
	case n[q] == '折' && m.Value != 10 && m.Value < 100 && !strings.ContainsRune(notAfterZhe, next):
		v := m.Value
		if v < 10 {
			v *= 10
		}
		m.Value, m.End = v, q+1
	default:
		return false
	}
	m.Kind, m.Unit, m.Multiplier = KindPercent, "%", 1
	return true
}

// ratioTail reads the digit after 成 (七成六 = 76%) or 半 (三成半 = 35%).
func ratioTail(n []rune, v float64, end int) (float64, int) {
	p := skipSpaces(n, end)
	if p >= len(n) {
		return v, end
	}
	if n[p] == '半' {
		return v + 5, p + 1
	}
	d, ok := digitValue(n[p])
	if !ok && isDigit(n[p]) {
		d, ok = float64(n[p]-'0'), true
	}
	if !ok || (p+1 < len(n) && (isHan(n[p+1]) && n[p+1] != '的' || isDigit(n[p+1]) || n[p+1] == '.')) {
		return v, end // 九成一线员工: 一 starts a word
	}
	return v + d, p + 1
}

// matchHalfRatio matches 半成 (5%), 半折 (50%) and 打对折 (50%).
func matchHalfRatio(n []rune, i int) (Number, bool) {
	m := Number{Start: i, End: i + 2, NumStart: i, NumEnd: i + 1, Kind: KindPercent, Unit: "%", Multiplier: 1}
	var next rune
	if i+2 < len(n) {
		next = n[i+2]
	}
	switch {
	case hasPrefixAt(n, i, "半成") && !strings.ContainsRune(notAfterCheng, next):
		m.Value = 5 // not 半成品
	case hasPrefixAt(n, i, "半折"), hasPrefixAt(n, i, "对折") && i > 0 && n[i-1] == '打':
		m.Value = 50
	default:
		return m, false
	}
	return m, true
}

// matchCurrency reads a money unit after the numeral (元, 美元, 亿元人民币)
// and 角/分 after 元.
func matchCurrency(n []rune, m *Number, after int) {
	for _, u := range currencyUnitList {
		e, ok := at(n, after, u, false)
		if !ok {
			continue
		}
		if u == "元" && e < len(n) && strings.ContainsRune(notAfterYuan, n[e]) {
			return
		}
		m.Kind, m.Unit, m.End = KindCurrency, u, e
		if u == "元" {
			if e2, ok := at(n, e, "人民币", false); ok {
				m.End = e2
			}
			m.Value, m.End = subunits(n, m.Value, m.End)
		}
		return
	}
	if e, ok := at(n, after, "块", false); ok && (e >= len(n) || n[e] == '钱' || !isHan(n[e])) {
		m.Kind, m.Unit, m.End = KindCurrency, "元", e
		if e < len(n) && n[e] == '钱' {
			m.End = e + 1
		}
	}
}

// subunits adds 角/毛 (0.1) and 分 (0.01) written after 元: 五元三毛 = 5.3.
func subunits(n []rune, v float64, end int) (float64, int) {
	for _, su := range []struct {
		units string
		scale float64
	}{{"角毛", 0.1}, {"分", 0.01}} {
		if end+1 >= len(n) {
			break
		}
		d, ok := digitValue(n[end])
		if !ok && isDigit(n[end]) {
			d, ok = float64(n[end]-'0'), true
		}
		if !ok || !strings.ContainsRune(su.units, n[end+1]) {
			continue
		}
		if v < 0 {
			d = -d
		}
		v += d * su.scale
		end += 2
	}
	return v, end
}

// matchPerDenominator matches 百分之X (X%), 千分之X (X/10 %), 万分之X … whose
// denominator is a bare unit.
func matchPerDenominator(n []rune, i int) (Number, bool) {
	m := Number{Start: i, Kind: KindPercent, Unit: "%", Multiplier: 1}
	if i > 0 && (isDigit(n[i-1]) || isNumeralChar(n[i-1])) {
		return m, false
	}
	den, p := 1.0, i
	for units := 0; p < len(n) && units < 4; units++ { // 百万万分之七 at most
		q := skipSpaces(n, p)
		if q >= len(n) {
			break
		}
		u, ok := smallUnit(n[q])
		if !ok {
			u, ok = bigUnit(n[q])
		}
		if !ok {
			break
		}
		den *= u
		p = q + 1
	}
	if p == i {
		return m, false
	}
	p, ok := at(n, p, "分之", true)
	if !ok {
		return m, false
	}
	b, ok := signedNumeral(n, skipSpaces(n, p))
	if !ok {
		return m, false
	}
	m.Value = b.value * 100 / den
	m.NumStart, m.NumEnd, m.End = b.start, b.num.end, b.num.qualEnd
	m.Qualifier = b.num.qual
	return m, true
}

// signed is a numeral with its optional sign.
type signed struct {
	num   numeral
	start int // start including the sign
	value float64
}

func signedNumeral(n []rune, p int) (signed, bool) {
	if p >= len(n) {
		return signed{}, false
	}
	s := signed{start: p}
	neg := isMinusAt(n, p)
	if neg {
		p++
	}
	num, ok := parseNumeral(n, p)
	if !ok {
		return s, false
	}
	s.num, s.value = num, num.value
	if neg {
		s.value = -s.value
	}
	return s, true
}

// matchFraction reads a fraction after the numeral: 三分之一, 3/5, 1 3/5,
// 三百五又三分之一.
func matchFraction(n []rune, m *Number, num numeral, neg bool) bool {
	if v, end, ok := fractionAt(n, num, m.Value); ok {
		setFraction(m, v, end)
		return true
	}
	v, end, ok := mixedFraction(n, num)
	if !ok {
		return false
	}
	if neg { // 负一又二分之一 = -1.5
		v = -v
	}
	setFraction(m, m.Value+v, end)
	return true
}

// mixedFraction reads the fraction part of a mixed number after the whole
// part num: "1 3/5" or "三百五又三分之一". It returns the part unsigned.
func mixedFraction(n []rune, num numeral) (float64, int, bool) {
	if s := num.end; num.integer && s+1 < len(n) && n[s] == ' ' && isDigit(n[s+1]) {
		a, ok := parseNumeral(n, s+1)
		if ok && a.integer && a.end < len(n) && n[a.end] == '/' {
			return slashFraction(n, a, a.value)
		}
		return 0, 0, false
	}
	p, ok := at(n, skipSpaces(n, num.end), "又", false)
	if !ok {
		return 0, 0, false
	}
	a, ok := signedNumeral(n, skipSpaces(n, p))
	if !ok {
		return 0, 0, false
	}
	return fractionAt(n, a.num, a.value)
}

func setFraction(m *Number, v float64, end int) {
	m.Value, m.End, m.NumEnd = v, end, end
	m.Fraction, m.Multiplier, m.Qualifier = true, 1, ""
}

// fractionAt reads the rest of a fraction whose first numeral a (valued av,
// with its sign) has been parsed: 分之B (B/a) or /B (a/B).
func fractionAt(n []rune, a numeral, av float64) (float64, int, bool) {
	if a.qual != "" {
		return 0, 0, false
	}
	if p, ok := at(n, skipSpaces(n, a.end), "分之", true); ok && a.hasDigit && av != 0 {
		b, ok := signedNumeral(n, skipSpaces(n, p))
		if !ok || b.num.qual != "" {
			return 0, 0, false
		}
		return b.value / av, b.num.end, true
	}
	return slashFraction(n, a, av)
}

// slashFraction reads /B after the integer a: 3/5. Dates and codes
// (2020/7/23, 1/2.5) are not fractions.
func slashFraction(n []rune, a numeral, av float64) (float64, int, bool) {
	if !a.integer || a.end+1 >= len(n) || n[a.end] != '/' || !isDigit(n[a.end+1]) {
		return 0, 0, false
	}
	b, ok := parseNumeral(n, a.end+1)
	if !ok || !b.integer || b.value == 0 || (b.end < len(n) && (n[b.end] == '/' || n[b.end] == '.')) {
		return 0, 0, false
	}
	return av / b.value, b.end, true
}

// matchRange extends first into a range: 1-5, 15%至20%, 3到5万, 20~100.
func matchRange(n []rune, first Number) (Number, bool) {
	if first.Ordinal || first.Fraction || first.Value < 0 || leadingZero(n, first.NumStart) {
		return first, false // 0532-8888: a telephone number
	}
	q, between, ok := rangeSep(n, first)
	if !ok {
		return first, false
	}
	second, _, ok := matchSimple(n, q)
	if !ok || second.Ordinal || second.Fraction || second.Value < 0 || !rangeKinds(first, second) {
		return first, false
	}
	if second.End+1 < len(n) && strings.ContainsRune("-/", n[second.End]) && isDigit(n[second.End+1]) {
		return first, false // 2020-07-23: a date
	}
	low := first.Value
	if first.Multiplier == 1 && second.Multiplier > 1 && !hasBigUnit(n[first.NumStart:first.NumEnd]) {
		low *= second.Multiplier // 3到5万
	}
	if low > second.Value {
		return first, false
	}
	r := second
	if e, ok := at(n, r.End, "之间", false); ok {
		r.End = e
	} else if e, ok := at(n, r.End, "间", false); ok {
		r.End = e
	} else if between {
		return first, false // 3和5: a list, not a range
	}
	r.Start, r.NumStart, r.Kind = first.Start, first.NumStart, KindRange
	r.Low, r.High, r.Value = low, second.Value, second.Value
	if r.Unit == "" {
		r.Unit = first.Unit
	}
	if r.Qualifier == "" {
		r.Qualifier = first.Qualifier
	}
	return r, true
}

// rangeSep finds a range separator right after first and returns where the
// second bound starts; between is set for 与 and 和, which make a range only
// when 之间 follows (10000与20000之间).
func rangeSep(n []rune, first Number) (q int, between, ok bool) {
	if s := first.Start; s >= 2 && strings.ContainsRune("-/", n[s-1]) && isDigit(n[s-2]) {
		return 0, false, false
	}
	p := first.End
	sp := skipSpaces(n, p)
	if sp < len(n) && (n[sp] == '-' || n[sp] == '~') {
		q := skipSpaces(n, sp+1)
		return q, false, q < len(n) && isDigit(n[q])
	}
	if p >= len(n) || !strings.ContainsRune("—–〜至到与和", n[p]) {
		return 0, false, false
	}
	q = p + 1
	if n[p] == '—' && q < len(n) && n[q] == '—' {
		q++
	}
	return q, n[p] == '与' || n[p] == '和', q < len(n) && !isMinusAt(n, q)
}

// rangeKinds reports whether two bounds form one range: same kind, or a
// plain number before a percent or amount (15-20%, 3至5亿元).
func rangeKinds(a, b Number) bool {
	if a.Kind == b.Kind {
		return a.Unit == b.Unit
	}
	return a.Kind == KindNumber && (b.Kind == KindPercent || b.Kind == KindCurrency) && a.Qualifier == ""
}

func hasBigUnit(rs []rune) bool {
	for _, r := range rs {
		if _, ok := bigUnit(r); ok || r == 'k' || r == 'K' || r == 'M' {
			return true
		}
	}
	return false
}

// leadingZero reports an Arabic integer written with a leading zero (0532).
func leadingZero(n []rune, p int) bool {
	return p+1 < len(n) && n[p] == '0' && isDigit(n[p+1])
}
