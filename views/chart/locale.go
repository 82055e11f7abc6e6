package chart

import (
	"math"
	"strconv"
	"strings"
)

// Locale is how a chart writes what is not data: the chart package's own
// words and phrases (no data, target, the subtitles and notes) and large
// numbers. Data — region, indicator and theme names, units, periods — is
// drawn as it is. The zero Locale writes Chinese (3.4万人), as headless
// exports do; the GUI passes its interface language.
type Locale struct {
	// English writes numbers the English way: 34,000 and 8.1 billion
	// instead of 3.4万 and 81亿, with qualifiers before the number.
	English bool
	// Words translates one of the chart package's phrases for display. id
	// is the Chinese text, which is also the key in app/translations; n is
	// the count for a phrase with plural forms, or -1 for one without. Nil
	// keeps the Chinese.
	Words func(id string, n int) string
}

// Say translates the chart phrase id.
func (loc Locale) Say(id string) string {
	if loc.Words == nil {
		return id
	}
	return loc.Words(id, -1)
}

// sayN translates the chart phrase id, which has plural forms, for n.
func (loc Locale) sayN(id string, n int) string {
	if loc.Words == nil {
		return id
	}
	return loc.Words(id, n)
}

// list joins items (data: region names) with the enumeration comma 、 or
// its translation.
func (loc Locale) list(items []string) string {
	return strings.Join(items, loc.Say("、"))
}

// noData is what a bar without a figure says.
func (loc Locale) noData() string { return loc.Say("无数据") }

// Human is the package function Human in this locale: 3.4万人 in Chinese,
// 34,000 人 in English.
func (loc Locale) Human(v float64, unit string) string {
	if math.IsNaN(v) {
		return loc.noData()
	}
	if !loc.English {
		return humanNumber(v, unit) + unit
	}
	return withUnit(englishNumber(v, unit), unit)
}

// HumanQ is the package function HumanQ in this locale. In English the
// qualifiers the chart knows are translated and put before the number
// (近3.4万人 → nearly 34,000 人); others are data and follow it.
func (loc Locale) HumanQ(v float64, unit, qualifier string) string {
	if !loc.English {
		if qualifier == "" || math.IsNaN(v) {
			return loc.Human(v, unit)
		}
		return HumanQ(v, unit, qualifier)
	}
	s := loc.Human(v, unit)
	if qualifier == "" || math.IsNaN(v) {
		return s
	}
	var before []string
	for _, q := range qualifierWords(qualifier) {
		if !knownQualifier(q) {
			s += q
			continue
		}
		if w := loc.Say(q); w != "" && (len(before) == 0 || before[len(before)-1] != w) {
			before = append(before, w) // 约…左右: about, once
		}
	}
	return strings.TrimSpace(strings.Join(append(before, s), " "))
}

// tick formats an axis tick (no unit, except % which is short enough).
func (loc Locale) tick(v float64, unit string) string {
	if !loc.English {
		return tickLabel(v, unit)
	}
	s := compactNumber(v, unit)
	if unit == "%" {
		s += "%"
	}
	return s
}

// withUnit puts an English number and a unit together: 7.4%, 34,000 人.
func withUnit(num, unit string) string {
	switch unit {
	case "", "%", "‰":
		return num + unit
	}
	return num + " " + unit
}

// englishScales are the English large-number words, largest first.
func englishScales() [4]magnitude {
	return [...]magnitude{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}}
}

// englishNumber formats v with thousands separators below a million and
// with million, billion or trillion above (three or four significant
// digits, like Human). Percentages are never scaled.
func englishNumber(v float64, unit string) string {
	if unit == "%" || unit == "个百分点" || unit == "个千分点" || unit == "‰" {
		return formatDecimal(v, 2)
	}
	a := math.Abs(v)
	scales := englishScales()
	for i, m := range scales[:3] {
		if a < m.value {
			continue
		}
		mant := roundTo(a/m.value, mantissaDecimals(a/m.value))
		if i > 0 && mant >= 1000 { // 999.96 million rounds to 1000 million: say 1 billion
			mant, m = roundTo(a/scales[i-1].value, 2), scales[i-1]
		}
		return sign(v) + formatDecimal(mant, 2) + " " + m.name
	}
	if a != 0 && a < 1 {
		return sign(v) + strconv.FormatFloat(a, 'g', 3, 64)
	}
	return groupThousands(formatDecimal(v, 2))
}

// compactNumber is an axis tick in English: 20K, 1.5M, 2B, 3T.
func compactNumber(v float64, unit string) string {
	if unit == "%" || unit == "个百分点" || unit == "个千分点" || unit == "‰" {
		return formatDecimal(v, 2)
	}
	short := map[string]string{"trillion": "T", "billion": "B", "million": "M", "thousand": "K"}
	a := math.Abs(v)
	for _, m := range englishScales() {
		if a >= m.value {
			return sign(v) + formatDecimal(a/m.value, 2) + short[m.name]
		}
	}
	return formatDecimal(v, 2)
}

// groupThousands puts commas into the integer part of a decimal number.
func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if hasFrac {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// qualifiersBefore and qualifiersAfter are the qualifiers a chart
// translates, as written before and after a Chinese number.
func qualifiersBefore() []string {
	return []string{"预计", "将近", "超过", "不到", "不足", "达到", "至少", "最高", "近", "超", "逾", "约", "达"}
}

func qualifiersAfter() []string {
	return []string{"余", "多", "以上", "左右", "之内", "以内"}
}

// knownQualifier reports whether q is translated by the chart.
func knownQualifier(q string) bool {
	for _, k := range append(qualifiersBefore(), qualifiersAfter()...) {
		if q == k {
			return true
		}
	}
	return false
}

// qualifierWords splits a compound qualifier (预计左右, 超过以上) into the
// known qualifiers it is made of; an unknown rest is one last word.
func qualifierWords(q string) []string {
	var words []string
	for q != "" {
		found := false
		for _, k := range append(qualifiersBefore(), qualifiersAfter()...) {
			if after, ok := strings.CutPrefix(q, k); ok {
				words, q, found = append(words, k), after, true
				break
			}
		}
		if !found {
			return append(words, q)
		}
	}
	return words
}

// splitNote splits a value label before its note in brackets — 1.2亿元（目标）
// or 120 million 元 (target) — for drawing on two lines.
func splitNote(label string) (main, note string, ok bool) {
	for _, open := range []string{"（", " ("} {
		if i := strings.Index(label, open); i > 0 {
			return label[:i], strings.TrimPrefix(label[i:], " "), true
		}
	}
	return label, "", false
}

// SayN translates the chart phrase id, which has plural forms, for n.
func (loc Locale) SayN(id string, n int) string { return loc.sayN(id, n) }
