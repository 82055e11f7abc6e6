package numparse

import (
	"math"
	"strconv"
	"strings"
)

// tok is the kind of the last token a numeral parse accepted.
type tok int

const (
	tokNone  tok = iota
	tokDigit     // a digit, an Arabic number or a decimal part
	tokSmall     // 十 百 千
	tokBig       // 万 亿 兆
	tokZero      // 零 after a unit (or leading)
)

// numeral is one parsed numeral: Arabic, Chinese or mixed (3.4万, 5万4千6百).
type numeral struct {
	start, end int     // core span in runes, trailing spaces and qualifiers excluded
	qualEnd    int     // end including a trailing 余/多 qualifier
	value      float64 // unsigned value with multipliers applied
	mult       float64 // trailing multiplier (万 → 1e4), 1 if none
	qual       string  // 余 多 几, "" if none
	chinese    bool    // contains a Chinese numeral character
	arabic     bool    // contains Arabic digits
	hasDigit   bool    // has a digit, not only bare units (百, 千万)
	bigUnit    bool    // contains 万 亿 兆 or k/M
	bareStart  bool    // starts with a unit (十五, 百余, 千万)
	integer    bool    // a plain Arabic integer without separators or decimals
	invalid    bool    // rejected as a whole: skip its characters
	overflow   bool    // invalid because its value is out of float64's range (1e400, 2^1024, 1e-400)
}

// numState is the state of parseNumeral.
type numState struct {
	n                     []rune
	total, section        float64
	pending               float64
	hasPending, abbrev    bool // abbrev: pending is one Chinese digit right after a unit (两千四百五)
	concat                int  // Chinese digits in a row before any unit (一九九一)
	units                 int
	lastSmall, lastBig    float64
	lastUnit              float64
	prev                  tok
	zero                  bool // 零 seen since the last unit
	decimalDone           bool // a Chinese 点 decimal was read
	fracOnPending, closed bool
	dozen                 bool
	res                   numeral
}

// parseNumeral parses the longest numeral at i. ok is false when there is
// none; res.invalid then says the characters up to res.end should be skipped.
func parseNumeral(n []rune, i int) (numeral, bool) {
	st := &numState{n: n, res: numeral{start: i, end: i, mult: 1}}
	p := i
	if n[p] == '半' && p+1 < len(n) && isUnit(n[p+1]) {
		st.pending, st.hasPending, st.prev = 0.5, true, tokDigit
		st.res.hasDigit, st.res.chinese = true, true
		p++
		st.res.end = p
	}
	for p < len(n) {
		q := skipSpaces(n, p)
		if q >= len(n) || (q > p && !st.spaceOK(q)) {
			break
		}
		next, ok := st.step(q)
		if !ok {
			break
		}
		p = next
		st.res.end = p
	}
	if st.res.qualEnd < st.res.end {
		st.res.qualEnd = st.res.end
	}
	return st.finish()
}

// spaceOK reports whether spaces before q may be skipped: only inside a
// numeral that is written with (or continues with) Chinese numerals.
func (st *numState) spaceOK(q int) bool {
	r := st.n[q]
	if st.prev == tokNone {
		return false
	}
	if isNumeralChar(r) || r == '点' || r == '余' || r == '多' || r == '几' {
		return true
	}
	return isDigit(r) && (st.prev == tokSmall || st.prev == tokBig || st.prev == tokZero)
}

// step accepts the token at q and returns the index after it.
func (st *numState) step(q int) (int, bool) {
	r := st.n[q]
	if st.closed {
		return 0, false
	}
	if isDigit(r) || (r == '.' && st.prev == tokNone) {
		return st.arabic(q)
	}
	if d, ok := digitValue(r); ok {
		return st.digit(q, d)
	}
	if u, ok := smallUnit(r); ok {
		return st.small(q, u)
	}
	if d, ok := tensValue(r); ok {
		// 廿五: 二十五, the digit and its 十 in one character
		if st.prev == tokDigit || st.decimalDone || st.lastSmall != 0 && st.lastSmall <= 10 {
			return 0, false
		}
		st.pending, st.hasPending, st.concat = d, true, 1
		st.prev, st.res.hasDigit, st.res.chinese = tokDigit, true, true
		return st.small(q, 10)
	}
	if u, ok := bigUnit(r); ok {
		return st.big(q, u)
	}
	switch r {
	case '点':
		return st.point(q)
	case '.':
		if st.prev != tokNone && !st.res.arabic && q+1 < len(st.n) {
			// (not 10.一次性: a list's number, then its item)
			if _, ok := digitValue(st.n[q+1]); ok && !isDigit(st.n[q+1]) {
				return st.point(q) // 一一九．三一, 十六．四二％: a newspaper's Chinese numerals with a full-width point
			}
		}
	case '余', '多':
		return st.approx(q)
	case '几':
		if st.prev == tokSmall || st.prev == tokBig || st.prev == tokZero {
			st.pending, st.hasPending, st.abbrev, st.prev = 0, true, false, tokDigit
			st.res.qual = "几"
			return q + 1, true
		}
	case '打':
		return st.dozenAt(q)
	}
	return 0, false
}

func (st *numState) arabic(q int) (int, bool) {
	if st.prev == tokDigit || st.decimalDone {
		return 0, false
	}
	a, ok := parseArabic(st.n, q)
	if !ok {
		if a.overflow { // too large or too small to value: skip it whole
			e := a.end
			for e < len(st.n) && (isDigit(st.n[e]) || st.n[e] == '.' || st.n[e] == ',') {
				e++
			}
			st.res.invalid, st.res.overflow, st.res.end = true, true, e
		}
		return 0, false
	}
	st.pending, st.hasPending, st.abbrev, st.concat = a.value, true, false, 0
	st.prev = tokDigit
	st.res.arabic, st.res.hasDigit = true, true
	st.res.integer = a.integer && st.units == 0
	if a.mult != 1 {
		st.res.mult, st.res.bigUnit = a.mult, true
	} else {
		st.res.mult = 1
	}
	if a.closed {
		st.closed = true
	}
	return a.end, true
}

func (st *numState) digit(q int, d float64) (int, bool) {
	if st.decimalDone {
		return 0, false
	}
	r := st.n[q]
	if isZeroChar(r) && (st.prev == tokSmall || st.prev == tokBig || st.prev == tokZero) {
		st.zero, st.prev = true, tokZero
		return q + 1, true
	}
	if st.prev == tokDigit {
		if st.res.arabic || st.units > 0 || !st.hasPending {
			return 0, false
		}
		st.pending = st.pending*10 + d
		st.concat++
		return q + 1, true
	}
	st.res.chinese = true
	if isZeroChar(r) && st.prev == tokNone {
		st.zero, st.prev = true, tokZero
		return q + 1, true
	}
	st.pending, st.hasPending = d, true
	st.abbrev = (st.prev == tokSmall || st.prev == tokBig) && !st.zero
	if st.units == 0 {
		st.concat = 1
	}
	st.prev = tokDigit
	st.res.hasDigit = true
	st.res.mult = 1
	return q + 1, true
}

func (st *numState) small(q int, u float64) (int, bool) {
	if st.decimalDone {
		return 0, false
	}
	if st.prev == tokDigit && st.concat >= 2 {
		st.res.invalid, st.res.end = true, q+1 // 二三十: an estimate, not a number
		return 0, false
	}
	if st.lastSmall != 0 && u >= st.lastSmall {
		return 0, false
	}
	if _, ok := at(st.n, q+1, "分点", true); ok && u == 100 {
		return 0, false // 0.5百分点: percentage points, not 50
	}
	if st.n[q] == '千' && q+1 < len(st.n) && strings.ContainsRune(kiloUnits, st.n[q+1]) {
		return 0, false // 12.5万千瓦: the 千 is the unit's kilo-, not ×1000
	}
	v := 1.0
	if st.hasPending {
		v = st.pending
	} else if st.prev == tokNone {
		st.res.bareStart = true
	}
	st.section += v * u
	st.hasPending, st.abbrev, st.zero, st.concat = false, false, false, 0
	st.lastSmall, st.lastUnit, st.prev = u, u, tokSmall
	st.units++
	st.res.chinese = true
	st.res.mult = 1
	return q + 1, true
}

func (st *numState) big(q int, u float64) (int, bool) {
	if st.prev == tokNone && bareTrillion(st.n, q) {
		// 突破万亿元大关: one 万亿, as 千亿元 is one 千亿
		st.pending, st.hasPending, st.res.bareStart = 1, true, true
		st.prev = tokSmall
	}
	if st.prev == tokNone || (st.decimalDone && !st.fracOnPending) {
		return 0, false
	}
	if st.n[q] == '兆' && q+1 < len(st.n) && strings.ContainsRune("瓦赫帕焦伏欧字", st.n[q+1]) {
		return 0, false // 兆瓦: mega-, not 10^12
	}
	if st.prev == tokDigit && st.concat == 2 && !st.decimalDone {
		st.res.invalid, st.res.end = true, q+1 // 三四万: a guess (一八八一亿, digit by digit, is an amount)
		return 0, false
	}
	if st.prev == tokZero && !st.hasPending && st.section == 0 && st.total == 0 {
		return 0, false
	}
	if st.prev == tokBig {
		st.total *= u
		st.lastBig *= u
		st.res.mult *= u
	} else {
		sec := st.section
		if st.hasPending {
			sec += st.pending
		}
		if u > st.lastBig {
			st.total = (st.total + sec) * u
			st.lastBig = u
		} else {
			st.total += sec * u
		}
		st.res.mult = u
		if !st.res.hasDigit {
			st.res.mult = st.total // 千万, 百万: the whole is the multiplier
		}
	}
	st.section, st.hasPending, st.abbrev, st.zero, st.concat = 0, false, false, false, 0
	st.lastSmall, st.lastUnit, st.prev = 0, u, tokBig
	st.units++
	st.decimalDone = false
	st.res.chinese, st.res.bigUnit = true, true
	return q + 1, true
}

// point reads a Chinese decimal part: 点 followed by digits (not 两).
func (st *numState) point(q int) (int, bool) {
	if st.decimalDone || st.prev == tokNone {
		return 0, false
	}
	p := skipSpaces(st.n, q+1)
	frac, scale, end := 0.0, 0.1, p
	for p < len(st.n) {
		d, ok := digitValue(st.n[p])
		if !ok || st.n[p] == '两' {
			break
		}
		frac += d * scale
		scale /= 10
		p++
		end = p
		p = skipSpaces(st.n, p)
	}
	if end == skipSpaces(st.n, q+1) {
		return 0, false
	}
	st.applyAbbrev()
	if st.hasPending && st.prev == tokDigit {
		st.pending += frac
		st.fracOnPending = true
	} else {
		st.section += frac
	}
	st.decimalDone, st.prev, st.concat = true, tokDigit, 0
	st.res.mult, st.res.hasDigit = 1, true
	return end, true
}

// approx handles 余 and 多: inside a numeral before a unit (十余万), or as a
// trailing qualifier (四百多).
func (st *numState) approx(q int) (int, bool) {
	if st.prev == tokNone || st.prev == tokZero {
		return 0, false
	}
	next := skipSpaces(st.n, q+1)
	if next < len(st.n) && isUnit(st.n[next]) && !st.decimalDone {
		if _, small := smallUnit(st.n[next]); small && st.prev != tokDigit {
			return 0, false
		}
		st.res.qual = string(st.n[q])
		return next, true
	}
	if st.n[q] == '多' && st.prev == tokDigit && !st.res.arabic {
		return 0, false // 一多: not an estimate
	}
	if st.n[q] == '余' && next < len(st.n) && strings.ContainsRune("额下量热粮地生", st.n[next]) {
		return 0, false // 1000万余额: a balance, not 1000万余
	}
	st.res.qual = string(st.n[q])
	st.res.qualEnd = q + 1
	return 0, false
}

func (st *numState) dozenAt(q int) (int, bool) {
	if st.prev == tokNone || st.prev == tokZero {
		return 0, false
	}
	if q+1 < len(st.n) && strings.ContainsRune("造击通开赢好破响牢出工算印球折卡车扫架动入下进上的了败假量捞拼", st.n[q+1]) {
		return 0, false
	}
	st.dozen, st.closed = true, true
	return q + 1, true
}

// applyAbbrev turns a trailing single digit after a unit into its place
// value: 两千四百五 → 五十, 一万三 → 三千.
func (st *numState) applyAbbrev() {
	if st.hasPending && st.abbrev && st.lastUnit >= 10 {
		st.pending = st.pending * st.lastUnit / 10
		st.abbrev = false
	}
}

func (st *numState) finish() (numeral, bool) {
	res := st.res
	if res.invalid {
		return res, false
	}
	if st.concat >= 2 && st.units == 0 && !res.arabic && st.hasPending && !st.decimalDone && !st.digitStringOK(res) {
		res.invalid = true
		return res, false
	}
	st.applyAbbrev()
	if st.hasPending {
		st.section += st.pending
	}
	res.value = st.total + st.section
	if st.dozen {
		res.value *= 12
	}
	if res.end == res.start || (!res.hasDigit && st.units == 0) {
		return res, false
	}
	if !representable(res.value) {
		res.invalid, res.overflow = true, true
		return res, false
	}
	res.value = tidy(res.value)
	return res, true
}

// tidy rounds away binary noise from multiplying decimals (17.4亿 is
// 1740000000, not 1739999999.9999998), keeping 14 significant digits.
func tidy(v float64) float64 {
	t, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 14, 64), 64)
	if err != nil {
		return v
	}
	return t
}

// digitStringOK reports whether a run of Chinese digits read digit by digit
// is a number: a year (二〇二〇年, 一九九一) or a discount (三八折). Other
// runs are estimates (两三个, 三四天) or names (三一, 一一对应, 一二三产业).
func (st *numState) digitStringOK(res numeral) bool {
	q := skipSpaces(st.n, res.end)
	var next rune
	if q < len(st.n) {
		next = st.n[q]
	}
	if st.concat == 2 {
		d1, d2 := math.Floor(st.pending/10), math.Mod(st.pending, 10)
		return next == '折' && d2 != d1+1
	}
	if next == '年' {
		return true
	}
	for _, r := range st.n[res.start:res.end] {
		if isZeroChar(r) {
			return true
		}
	}
	return false
}

// arabicNum is one Arabic number: 1,234.5, .5, 2e5, 2^5, 40k.
type arabicNum struct {
	value    float64
	end      int
	mult     float64
	integer  bool // digits only
	closed   bool // ends with an exponent or a k/M suffix: nothing may follow
	overflow bool // not a number because its value is out of range; end is its end
}

// minNormal is the smallest positive normal float64: below it a value has
// lost precision (a subnormal) or become 0.
const minNormal = 0x1p-1022

// representable reports a finite value that is 0 or at least minNormal in
// magnitude.
func representable(v float64) bool {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return false
	}
	return v == 0 || math.Abs(v) >= minNormal
}

// scaled reports whether v, computed from the non-zero (or zero) base, is
// representable and did not underflow to 0.
func scaled(v float64, base float64) bool {
	return representable(v) && (v != 0 || base == 0)
}

// parseArabic parses an Arabic number at q (no sign). When the digits are
// there but the value is out of range (400 digits, 1e400, 2^1024, 1e-400),
// ok is false and the result has overflow set and end after the exponent.
func parseArabic(n []rune, q int) (arabicNum, bool) {
	p := q
	for p < len(n) && isDigit(n[p]) {
		p++
	}
	intDigits := p - q
	var b strings.Builder
	b.WriteString(string(n[q:p]))
	grouped := false
	if intDigits >= 1 && intDigits <= 3 {
		for p+3 < len(n) && (n[p] == ',' || spacedGroup(n, p)) && isDigit(n[p+1]) && isDigit(n[p+2]) && isDigit(n[p+3]) &&
			(p+4 >= len(n) || !isDigit(n[p+4])) {
			b.WriteString(string(n[p+1 : p+4]))
			p += 4
			grouped = true
		}
	}
	inChain := q >= 2 && n[q-1] == '.' && isDigit(n[q-2])
	decimal := false
	if p+1 < len(n) && n[p] == '.' && isDigit(n[p+1]) && !inChain {
		e := p + 1
		for e < len(n) && isDigit(n[e]) {
			e++
		}
		if !(e+1 < len(n) && n[e] == '.' && isDigit(n[e+1])) { // 2222.2222.2: a dotted code
			b.WriteString(string(n[p:e]))
			p, decimal = e, true
		}
	}
	if intDigits == 0 && !decimal {
		return arabicNum{}, false
	}
	digits := b.String()
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil || !scaled(v, nonZeroBase(digits)) {
		return arabicNum{end: p, overflow: true}, false
	}
	a := arabicNum{value: v, end: p, mult: 1, integer: !grouped && !decimal}
	if !a.suffix(n) {
		a.overflow = true
		return a, false
	}
	return a, true
}

// spacedGroup reports a space at p that groups thousands (9 946万元,
// 6 270亩, 3 054.5元): three digits after it and then what a figure goes
// on with, a decimal point, a unit or a word, never a space, a digit or
// the end, as two numbers side by side in a column are.
func spacedGroup(n []rune, p int) bool {
	switch n[p] {
	case ' ', '\u00a0', '\u2009', '\u202f':
	default:
		return false
	}
	if p+4 >= len(n) {
		return false
	}
	r := n[p+4]
	return r == '.' || r == '%' || isHan(r)
}

// nonZeroBase returns 1 when the digits hold a non-zero digit, else 0.
func nonZeroBase(digits string) float64 {
	if strings.Trim(digits, "0.") == "" {
		return 0
	}
	return 1
}

// suffix reads an exponent (e5, ^-1) or a k/M multiplier after the number.
// It returns false, with end after the exponent, when the result is out of
// range (1e400, 2^1024, 1e-400, 2^99999).
func (a *arabicNum) suffix(n []rune) bool {
	p := a.end
	if p < len(n) && (n[p] == 'e' || n[p] == 'E') {
		exp, end, st := readExp(n, p+1, false)
		if st != expNone && (end >= len(n) || !isASCIILetter(n[end])) {
			v := a.value * math.Pow(10, exp)
			a.end, a.closed, a.integer = end, true, false
			ok := st == expOK && scaled(v, a.value)
			a.value = v
			return ok
		}
	}
	if p < len(n) && n[p] == '^' {
		if exp, end, st := readExp(n, p+1, true); st != expNone {
			v := math.Pow(a.value, exp)
			a.end, a.closed, a.integer = end, true, false
			ok := st == expOK && scaled(v, a.value)
			a.value = v
			return ok
		}
	}
	s := p
	for s < len(n) && s-p < 2 && n[s] == ' ' {
		s++
	}
	if s < len(n) && (n[s] == 'k' || n[s] == 'K' || n[s] == 'M') &&
		(s+1 >= len(n) || !(isASCIILetter(n[s+1]) || isDigit(n[s+1]))) {
		m := 1e3
		if n[s] == 'M' {
			m = 1e6
		}
		a.value *= m
		a.mult, a.end, a.closed, a.integer = m, s+1, true, false
	}
	return representable(a.value)
}

// expStatus is what readExp found.
type expStatus int

const (
	expNone    expStatus = iota // no exponent
	expOK                       // an exponent of up to four digits
	expTooLong                  // five digits or more: out of range whatever the base
)

// readExp reads a signed integer exponent; multi allows a run of signs
// (^--23).
func readExp(n []rune, p int, multi bool) (float64, int, expStatus) {
	neg := false
	for p < len(n) && (n[p] == '+' || n[p] == '-') {
		if n[p] == '-' {
			neg = !neg
		}
		p++
		if !multi {
			break
		}
	}
	s := p
	for p < len(n) && isDigit(n[p]) {
		p++
	}
	if p == s {
		return 0, 0, expNone
	}
	if p-s > 4 {
		return 0, p, expTooLong
	}
	e, err := strconv.ParseFloat(string(n[s:p]), 64)
	if err != nil {
		return 0, 0, expNone
	}
	if neg {
		e = -e
	}
	return e, p, expOK
}

// bareTrillion reports 万亿元 at q with no numeral before it, right after a
// word of passing a mark (突破万亿元, 首破万亿元, 超万亿元, 迈上万亿元).
func bareTrillion(n []rune, q int) bool {
	if q+2 >= len(n) || n[q] != '万' || n[q+1] != '亿' || n[q+2] != '元' || q == 0 {
		return false
	}
	before := string(n[max(0, q-2):q])
	for _, w := range []string{"破", "超", "过", "逾", "上", "达"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}
