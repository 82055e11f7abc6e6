package chart

import (
	"math"
	"strconv"
	"strings"
)

// magnitude is a Chinese large-number unit.
type magnitude struct {
	value float64
	name  string
}

// magnitudes are the Chinese large-number units, largest first.
func magnitudes() [3]magnitude {
	return [...]magnitude{{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}}
}

// Human formats a value in base units the way a Chinese reader writes it:
// 34000 人 → "3.4万人", 810000000 元 → "8.1亿元", 7.4 % → "7.4%",
// 6.6 个百分点 → "6.6个百分点", 1234 家 → "1234家". Percentages and
// 个百分点 are never scaled by 万/亿. NaN gives "无数据".
func Human(v float64, unit string) string {
	if math.IsNaN(v) {
		return "无数据"
	}
	return humanNumber(v, unit) + unit
}

// HumanQ is Human with the figure's qualifier put where Chinese puts it:
// 近/超过/逾/约/不到/预计 before the number ("近3.4万人", "预计8%"), 余/多
// between number and unit ("8.1亿余元"), 以上/左右/之内 and anything else
// after it ("3.4万人以上"). Compound qualifiers such as 预计左右 are split
// ("预计8%左右").
func HumanQ(v float64, unit, qualifier string) string {
	if qualifier == "" || math.IsNaN(v) {
		return Human(v, unit)
	}
	pre, rest := splitPrefixQualifiers(qualifier)
	num := humanNumber(v, unit)
	switch rest {
	case "余", "多":
		return pre + num + rest + unit
	default:
		return pre + num + unit + rest
	}
}

// splitPrefixQualifiers takes the qualifiers written before a number off
// the front of q.
func splitPrefixQualifiers(q string) (pre, rest string) {
	prefixes := []string{"预计", "将近", "超过", "不到", "不足", "达到", "至少", "最高", "近", "超", "逾", "约", "达"}
	for found := true; found; {
		found = false
		for _, p := range prefixes {
			if after, ok := strings.CutPrefix(q, p); ok {
				pre, q, found = pre+p, after, true
				break
			}
		}
	}
	return pre, q
}

// humanNumber formats the number part of Human, with 万/亿 where they apply.
func humanNumber(v float64, unit string) string {
	if unit == "%" || unit == "个百分点" || unit == "个千分点" || unit == "‰" {
		return formatDecimal(v, 2)
	}
	a := math.Abs(v)
	mags := magnitudes()
	for i, m := range mags {
		if a < m.value {
			continue
		}
		mant := roundTo(a/m.value, mantissaDecimals(a/m.value))
		if i > 0 && mant >= mags[i-1].value/m.value {
			// 9999.96万 rounds to 10000万: say 1亿
			mant = roundTo(a/mags[i-1].value, 2)
			m = mags[i-1]
		}
		return sign(v) + formatDecimal(mant, 2) + m.name
	}
	if a != 0 && a < 1 {
		return sign(v) + strconv.FormatFloat(a, 'g', 3, 64)
	}
	return formatDecimal(v, 2)
}

// mantissaDecimals keeps about three or four significant digits before a
// 万/亿 suffix: 3.45万, 12.35万, 123.5万, 1235万.
func mantissaDecimals(m float64) int {
	switch {
	case m < 100:
		return 2
	case m < 1000:
		return 1
	default:
		return 0
	}
}

// formatDecimal formats v with at most dec decimals, trailing zeros removed.
func formatDecimal(v float64, dec int) string {
	s := strconv.FormatFloat(roundTo(v, dec), 'f', dec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		return "0"
	}
	return s
}

// roundTo rounds v to dec decimals.
func roundTo(v float64, dec int) float64 {
	p := math.Pow(10, float64(dec))
	return math.Round(v*p) / p
}

// sign is "-" for negative values.
func sign(v float64) string {
	if v < 0 {
		return "-"
	}
	return ""
}
