package numparse

import "unicode/utf8"

// Character classes. Every function here is a pure switch: the package keeps
// no mutable state.

// fold maps a rune to the form the scanner matches on: full-width digits and
// signs become ASCII, traditional numeral characters their simplified form.
// The mapping is rune for rune, so offsets in the folded text are offsets in
// the input.
func fold(r rune) rune {
	switch {
	case r >= '０' && r <= '９':
		return '0' + (r - '０')
	case r >= 'Ａ' && r <= 'Ｚ':
		return 'A' + (r - 'Ａ')
	case r >= 'ａ' && r <= 'ｚ':
		return 'a' + (r - 'ａ')
	}
	switch r {
	case '．':
		return '.'
	case '％':
		return '%'
	case '－', '−':
		return '-'
	case '／':
		return '/'
	case '＋':
		return '+'
	case '～':
		return '~'
	case '＄':
		return '$'
	case '萬':
		return '万'
	case '億':
		return '亿'
	case '兩', '倆', '俩':
		return '两'
	case '點':
		return '点'
	case '負':
		return '负'
	case '幾':
		return '几'
	case '個':
		return '个'
	case '餘':
		return '余'
	case '貳':
		return '贰'
	case '陸':
		return '陆'
	case '參', '叄':
		return '叁'
	case '對':
		return '对'
	case '減':
		return '减' // 減少, 減收: the change words of traditional texts
	case '縮':
		return '缩'
	case '產':
		return '产'
	case '長':
		return '长'
	case '漲':
		return '涨'
	case '昇':
		return '升' // 上昇 (Hong Kong, Macau)
	}
	return r
}

// foldAll folds every rune of rs into a new slice of the same length. The
// full-width comma becomes a thousands separator only after a full-width
// digit (４，５６５); after an ASCII digit it stays a clause break ($20，300美圆).
func foldAll(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		if r < 0x10000 && foldedRunes[r/64]&(1<<(r%64)) == 0 {
			out[i] = r // most runes: foldAt gives them back
			continue
		}
		out[i] = foldAt(rs, i)
	}
	return out
}

// foldAt is the folded form of rs[i] (see foldAll).
func foldAt(rs []rune, i int) rune {
	r := rs[i]
	f := fold(r)
	if r == '，' && i > 0 && rs[i-1] >= '０' && rs[i-1] <= '９' {
		f = ','
	}
	switch r {
	case '‧', 'O', 'Ｏ', '○':
		if i > 0 && i+1 < len(rs) && cnNumeral(fold(rs[i-1])) && cnNumeral(fold(rs[i+1])) {
			f = '〇' // 五百O七億元: a zero printed as a letter or circle
			if r == '‧' {
				f = '点' // 四百七十六‧六億元 (Macau, Taiwan): the decimal point
			}
		}
	}
	return f
}

// foldedRunes has a bit set for each rune below 0x10000 that foldAt may
// change: one fold changes, and the comma, dot, letter and circle it
// reads by their neighbours.
var foldedRunes = func() *[0x10000 / 64]uint64 {
	var b [0x10000 / 64]uint64
	for r := rune(0); r < 0x10000; r++ {
		switch r {
		case '，', '‧', 'O', 'Ｏ', '○':
		default:
			if fold(r) == r {
				continue
			}
		}
		b[r/64] |= 1 << (r % 64)
	}
	return &b
}()

// digitValue reports the value of a Chinese digit character (folded).
func digitValue(r rune) (float64, bool) {
	switch r {
	case '零', '〇':
		return 0, true
	case '一', '壹':
		return 1, true
	case '二', '贰', '两':
		return 2, true
	case '三', '叁':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// cnNumeral reports a Chinese digit or one of 十 百 千 (folded).
func cnNumeral(r rune) bool {
	_, d := digitValue(r)
	_, u := smallUnit(r)
	return d || u
}

func isZeroChar(r rune) bool { return r == '零' || r == '〇' }

// smallUnit reports the value of 十 百 千 and their financial forms.
func smallUnit(r rune) (float64, bool) {
	switch r {
	case '十', '拾':
		return 10, true
	case '百', '佰':
		return 100, true
	case '千', '仟':
		return 1000, true
	}
	return 0, false
}

// bigUnit reports the value of 万 亿 兆 (folded).
func bigUnit(r rune) (float64, bool) {
	switch r {
	case '万':
		return 1e4, true
	case '亿':
		return 1e8, true
	case '兆':
		return 1e12, true
	}
	return 0, false
}

func isUnit(r rune) bool {
	_, s := smallUnit(r)
	_, b := bigUnit(r)
	return s || b
}

// isNumeralChar reports whether r is any Chinese numeral character: digit or
// unit.
func isNumeralChar(r rune) bool {
	_, d := digitValue(r)
	_, t := tensValue(r)
	return d || t || isUnit(r)
}

// tensValue reports the digit of 廿 (二十), 卅 (三十) and 卌 (四十), one
// character for a number of tens, as Taiwan's papers write them
// (百分之廿五點一).
func tensValue(r rune) (float64, bool) {
	switch r {
	case '廿':
		return 2, true
	case '卅':
		return 3, true
	case '卌':
		return 4, true
	}
	return 0, false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIILetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9fff }

// ambiguousFinancial are financial numeral forms that are ordinary words on
// their own (大陆, 队伍, 收拾, 放肆).
func ambiguousFinancial(r rune) bool {
	switch r {
	case '陆', '伍', '拾', '肆':
		return true
	}
	return false
}

// skipSpaces returns the first index at or after p that is not an ASCII space.
func skipSpaces(n []rune, p int) int {
	for p < len(n) && n[p] == ' ' {
		p++
	}
	return p
}

// at reports whether n has the string w at p (ASCII spaces inside the
// numeral-like keyword are allowed between its characters when spaced is
// true) and returns the index after it.
func at(n []rune, p int, w string, spaced bool) (int, bool) {
	for _, c := range w {
		if spaced {
			p = skipSpaces(n, p)
		}
		if p >= len(n) || n[p] != c {
			return p, false
		}
		p++
	}
	return p, true
}

// hasPrefixAt reports whether n has w exactly at p.
func hasPrefixAt(n []rune, p int, w string) bool {
	_, ok := at(n, p, w, false)
	return ok
}

// hasSuffixAt reports whether n[:end] ends with w.
// It compares from the end, decoding w backwards, without converting it.
func hasSuffixAt(n []rune, end int, w string) bool {
	if end < 0 || end > len(n) {
		return false
	}
	for i := end - 1; w != ""; i-- {
		r, size := utf8.DecodeLastRuneInString(w)
		if i < 0 || n[i] != r {
			return false
		}
		w = w[:len(w)-size]
	}
	return true
}

// kiloUnits are the SI units a 千 written right before is the kilo- prefix
// of (千瓦 千瓦时 千米 千克 千焦 千帕 千赫 千伏 千卡), not a multiplier. 千吨
// and 千平方米 stay multipliers: 5千吨 is 5000 吨.
const kiloUnits = "瓦米克焦帕赫伏卡"
