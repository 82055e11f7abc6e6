package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"zhibiao/data"
)

// periodSpan is a figure's period as dates: Indicator.PeriodStart,
// PeriodEnd and PeriodKind.
type periodSpan struct {
	Start, End string
	Kind       string
}

// noPeriod is the period of a figure whose period cannot be told.
var noPeriod = periodSpan{Kind: data.PeriodNone}

// periodClock is what relative period words resolve against: the
// publication date (今年, 去年, 截至目前) and the year the document reports
// on (全年 and figures with no period word in a 2023年…统计公报 published
// in 2024).
type periodClock struct {
	pub      time.Time // publication date; zero if unknown
	pubYear  int       // year of pub, or the inferred year; 0 if unknown
	dataYear int       // the year the document reports on; 0 if unknown
	// reportYear is the year of its whole-year figures (全年, 年末, no
	// period word): dataYear, or the year before for a story published in
	// January or February with no year in its headline.
	reportYear int
	// bulletin is set for a statistics bulletin (…统计公报): its 今年 and
	// (not 去年: 比去年 there is the comparison) are written from the year it reports on, not the year it is
	// published in.
	bulletin bool
}

// clockOf returns the period clock of an article.
func clockOf(a *data.Article) periodClock {
	c := periodClock{pubYear: a.Year, dataYear: a.DataYear}
	if m := isoDate.FindStringSubmatch(a.Date); m != nil && !a.DateInferred {
		if t, err := time.Parse("2006-01-02", m[0]); err == nil {
			c.pub = t
		}
	}
	if t, err := time.Parse("2006-01", a.Date); err == nil && c.pub.IsZero() {
		c.pub = t.AddDate(0, 1, -1) // printed in 2018-01: by its last day
	}
	if c.pub.IsZero() && a.Year > 0 {
		c.pub = latestDate(a.Year, data.Normalize(a.Text))
	}
	if c.dataYear == 0 {
		c.dataYear = c.pubYear
	}
	c.reportYear = c.dataYear
	if !c.pub.IsZero() && c.pub.Month() <= time.February && c.dataYear == c.pub.Year() && data.HeadlineYear(a.Title) == 0 && !tellsOfNewYear(a, c.pub) {
		c.reportYear-- // a report given in January is about last year (全年, 年末)
	}
	return c
}

// tellsOfNewYear reports a news story whose lead tells of a day of its
// own January or February (1月4日，…村党支部书记…): a story of the new
// year's events, not a review of the year before (a work report or a
// bulletin given in January is one, whatever days it names).
func tellsOfNewYear(a *data.Article, pub time.Time) bool {
	if reviewTitle.MatchString(a.Title) || len(a.Paragraphs) == 0 {
		return false
	}
	if head := a.Text[:min(len(a.Text), 900)]; strings.Contains(head, "工作报告") || strings.Contains(head, "统计公报") {
		return false // a meeting's news that gives a work report's review of last year
	}
	lead := a.Paragraphs[0]
	for _, p := range a.Paragraphs {
		if !p.Heading && !p.Caption {
			lead = p
			break
		}
	}
	rs := []rune(a.Text)
	text := data.Normalize(string(rs[lead.Start:min(lead.End, len(rs))]))
	for _, loc := range monthDay.FindAllStringSubmatchIndex(text, -1) {
		if rest := text[loc[1]:]; strings.HasPrefix(rest, "讯") || strings.HasPrefix(rest, "电") {
			continue // 中国网2月10日讯: the dateline's own day
		}
		mo, _ := strconv.Atoi(text[loc[2]:loc[3]])
		d, _ := strconv.Atoi(text[loc[4]:loc[5]])
		if mo >= 1 && mo <= int(pub.Month()) && (mo < int(pub.Month()) || d <= pub.Day()) {
			return true
		}
	}
	return false
}

var reviewTitle = mustMatcher(`报告|公报|总结|回顾|盘点|年鉴`)

var monthDay = mustQuickRe(`([0-9]{1,2})月([0-9]{1,2})日`)

// latestDate stands in for the date of an undated story of year y: the
// latest day of y it names (截至目前 in a story that last names 5月30日 is
// about then); zero if it names none.
func latestDate(y int, text string) time.Time {
	var latest time.Time
	for _, m := range monthDay.FindAllStringSubmatch(text, -1) {
		mo, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 || d < 1 || d > monthEnd(y, mo) {
			continue
		}
		if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); t.After(latest) {
			latest = t
		}
	}
	return latest
}

// yearSpan is the whole of year y.
func yearSpan(y int) periodSpan {
	return periodSpan{Start: isoDay(y, 1, 1), End: isoDay(y, 12, 31), Kind: data.PeriodYear}
}

// monthsSpan is months m1..m2 of year y with the given kind.
func monthsSpan(y, m1, m2 int, kind string) periodSpan {
	return periodSpan{Start: isoDay(y, m1, 1), End: isoDay(y, m2, monthEnd(y, m2)), Kind: kind}
}

// asOf is a stock at a date.
func asOf(y, m, d int) periodSpan {
	return periodSpan{End: isoDay(y, m, d), Kind: data.PeriodAsOf}
}

func isoDay(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

// monthEnd is the last day of month m of year y.
func monthEnd(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

var (
	periodYearRe   = mustQuickRe(`([0-9]{4})年`)
	slashYears     = mustQuickRe(`([0-9]{4})/([0-9]{2,4})(年度|年)?`)
	periodRangeRe  = mustQuickRe(`([0-9]{4})年?\s*[-－—~至到]\s*([0-9]{4})年`)
	periodSinceRe  = mustQuickRe(`([0-9]{4})年以来`)
	periodMonthsRe = mustQuickRe(`([0-9]{1,2})\s*[-－—~至到]\s*([0-9]{1,2})月`)
	periodFirstN   = mustQuickRe(`(?:前|首)([0-9]{1,2})个?月`)
	periodFirstQ   = mustQuickRe(`首([1-3])季`)
	// quartersFromFirst is the first quarters of a year named as a range
	// (1-3季度, 一至三季度): the year to date at the last one's end.
	quartersFromFirst = mustQuickRe(`[1一][-－—~至到]([2-4二三四])季度`)
	periodQuarter     = mustQuickRe(`(?:第|[Qq])([1-4])(?:季度?)?|([1-4])季度`)
	periodMonthDay    = mustQuickRe(`([0-9]{1,2})月份?(([0-9]{1,2})日|末|底|中旬|上旬|下旬)?`)
	periodDayRange    = mustQuickRe(`([0-9]{1,2})月([0-9]{1,2})日?[-－—~至到](?:([0-9]{1,2})月)?([0-9]{1,2})日`)
	periodNextN       = mustQuickRe(`(?:今后|未来)([0-9]{1,2})年`)
	periodLastN       = mustQuickRe(`(过去|近|前)([0-9]{1,2})年|([0-9]{1,2})年(来|以来|间|累计|净增|增量)`)
	fiveYearPlan      = mustQuickRe(`十([一二三四五六])五`)
)

// cnDigits turns the Chinese numerals of a period phrase into Arabic ones
// (三季度 → 3季度, 十二月 → 12月, 前两个月 → 前2个月); 五年规划 names keep
// theirs (十四五).
func cnDigits(p string) string {
	if fiveYearPlan.MatchString(p) {
		return p
	}
	return cnDigitReplacer.Replace(p)
}

var cnDigitReplacer = strings.NewReplacer("元月", "1月", "十一", "11", "十二", "12", "十", "10", "一", "1", "二", "2", "两", "2", "三", "3",
	"四", "4", "五", "5", "六", "6", "七", "7", "八", "8", "九", "9")

// periodMonthRange is a range of months, each written with 月 (after cnDigits).
var periodMonthRange = mustQuickRe(`^(?:([0-9]{4})年|今年|去年|上年|本年)?([0-9]{1,2})月份?[-－—~至到](?:([0-9]{4})年)?([0-9]{1,2})月份?$`)

// periodTwelveMonths is a rolling stretch of months: 至8月为止的12个月,
// 截至10月为止的三个月, 截至十一月底的三个月 (after cnDigits).
var periodTwelveMonths = mustQuickRe(`([0-9]{1,2})月份?(底|末)?(为止|止)?的?(12|3|6)个月`)

// resolvePeriod turns a period phrase (as periodRe finds it, or "" when
// the figure has none) into dates. Relative years resolve against the
// publication year; 全年 and a phrase with no year of its own take the
// year the document reports on.
func resolvePeriod(phrase string, c periodClock) periodSpan {
	p := cnDigits(data.Normalize(phrase))
	p = strings.ReplaceAll(p, " ", "") // 第 2季 (Macau papers space their digits)
	if k := strings.Index(p, "元至"); k >= 0 && k+len("元至") < len(p) {
		p = p[:k] + "1至" + p[k+len("元至"):] // 元至6月: January to June
	}
	if span, ok := multiYear(p, c); ok {
		return span
	}
	y, explicit := phraseYear(p, c)
	if y == 0 {
		return noPeriod
	}
	if from, to, ok := strings.Cut(p, "至"); ok && strings.HasSuffix(from, "年中") && strings.HasSuffix(to, "年中") {
		// 2022年年中至2023年年中, 去年年中至今年年中: the twelve months between
		if y1, _ := phraseYear(from, c); y1 > 0 {
			if y2, _ := phraseYear(to, c); y2 > y1 {
				return periodSpan{Start: isoDay(y1, 7, 1), End: isoDay(y2, 6, 30), Kind: data.PeriodSpan}
			}
		}
	}
	if strings.HasSuffix(p, "年中") {
		return asOf(y, 6, 30) // 2023年年中的人口: a stock at mid-year
	}
	if strings.Contains(p, "国庆") {
		return periodSpan{Start: isoDay(y, 10, 1), End: isoDay(y, 10, 7), Kind: data.PeriodSpan} // 国庆黄金周: the first week of October
	}
	if m := periodDayRange.FindStringSubmatch(p); m != nil {
		// 10月1日至7日, 9月30日至10月6日: the days from one to the other
		m1, _ := strconv.Atoi(m[1])
		d1, _ := strconv.Atoi(m[2])
		m2, d2 := m1, 0
		if m[3] != "" {
			m2, _ = strconv.Atoi(m[3])
		}
		d2, _ = strconv.Atoi(m[4])
		if m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && d1 >= 1 && d1 <= monthEnd(y, m1) && d2 >= 1 && d2 <= monthEnd(y, m2) && (m2 > m1 || m2 == m1 && d2 >= d1) {
			return periodSpan{Start: isoDay(y, m1, d1), End: isoDay(y, m2, d2), Kind: data.PeriodSpan}
		}
	}
	if m := periodMonthRange.FindStringSubmatch(p); m != nil {
		// 2023年1月至3月, 2022年12月至2023年2月: months from one to the other
		y1, y2 := y, 0
		if m[1] != "" {
			y1, _ = strconv.Atoi(m[1])
		}
		y2 = y1
		if m[3] != "" {
			y2, _ = strconv.Atoi(m[3])
		}
		m1, _ := strconv.Atoi(m[2])
		m2, _ := strconv.Atoi(m[4])
		if m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && (y2 > y1 || y2 == y1 && m2 >= m1) {
			if y1 == y2 && m1 == 1 {
				return monthsSpan(y1, 1, m2, data.PeriodYTD)
			}
			return periodSpan{Start: isoDay(y1, m1, 1), End: isoDay(y2, m2, monthEnd(y2, m2)), Kind: data.PeriodSpan}
		}
	}
	upTo := hasPrefixAny(p, []string{"截至", "截止", "至", "到"})
	if m := periodTwelveMonths.FindStringSubmatch(p); m != nil && upTo {
		// 至今年8月为止的十二个月: the twelve months ending with that month
		mo, _ := strconv.Atoi(m[1])
		n, _ := strconv.Atoi(m[4])
		if mo >= 1 && mo <= 12 {
			// the n months ending with month mo (截至10月为止的三个月: 8–10月)
			sy, sm := y, mo-n+1
			for sm < 1 {
				sy, sm = sy-1, sm+12
			}
			return periodSpan{Start: isoDay(sy, sm, 1), End: isoDay(y, mo, monthEnd(y, mo)), Kind: data.PeriodSpan}
		}
	}
	switch {
	case strings.Contains(p, "目前") || strings.Contains(p, "以来") && !strings.Contains(p, "月份以来") && !strings.Contains(p, "月以来"):
		if !c.pub.IsZero() && y == c.pub.Year() {
			if upTo || strings.Contains(p, "目前") {
				return asOf(y, int(c.pub.Month()), c.pub.Day())
			}
			return periodSpan{Start: isoDay(y, 1, 1), End: c.pub.Format("2006-01-02"), Kind: data.PeriodYTD}
		}
		return yearSpan(y)
	case strings.Contains(p, "上半年末"):
		return asOf(y, 6, 30)
	case strings.Contains(p, "季度末") || strings.HasSuffix(p, "季末"):
		if m := periodQuarter.FindStringSubmatch(strings.TrimSuffix(p, "末")); m != nil {
			q, _ := strconv.Atoi(m[1] + m[2])
			return asOf(y, 3*q, monthEnd(y, 3*q))
		}
	case strings.Contains(p, "年末") || strings.Contains(p, "年底") || strings.HasSuffix(p, "年末") || p == "末":
		return asOf(y, 12, 31)
	case strings.Contains(p, "前3季度"):
		return monthsSpan(y, 1, 9, data.PeriodYTD)
	case strings.Contains(p, "上半年"):
		return monthsSpan(y, 1, 6, data.PeriodHalf)
	case strings.Contains(p, "下半年"):
		return monthsSpan(y, 7, 12, data.PeriodHalf)
	}
	if strings.Contains(p, "首季") {
		return monthsSpan(y, 1, 3, data.PeriodQuarter) // 首季: the first quarter
	}
	if m := quartersFromFirst.FindStringSubmatch(p); m != nil {
		q := map[string]int{"2": 2, "3": 3, "4": 4, "二": 2, "三": 3, "四": 4}[m[1]]
		return monthsSpan(y, 1, 3*q, data.PeriodYTD) // 1-3季度: January to September
	}
	if m := periodFirstQ.FindStringSubmatch(p); m != nil {
		q, _ := strconv.Atoi(m[1])
		return monthsSpan(y, 1, 3*q, data.PeriodYTD) // 首三季: Hong Kong's 前三季度
	}
	if m := periodQuarter.FindStringSubmatch(p); m != nil {
		q, _ := strconv.Atoi(m[1] + m[2])
		return monthsSpan(y, 3*q-2, 3*q, data.PeriodQuarter)
	}
	if m := periodFirstN.FindStringSubmatch(p); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n >= 1 && n <= 12 {
			return monthsSpan(y, 1, n, data.PeriodYTD)
		}
	}
	if m := periodMonthsRe.FindStringSubmatch(p); m != nil {
		m1, _ := strconv.Atoi(m[1])
		m2, _ := strconv.Atoi(m[2])
		if m1 >= 1 && m2 <= 12 && m1 <= m2 {
			kind := data.PeriodYTD
			if m1 != 1 {
				kind = data.PeriodSpan
			}
			return monthsSpan(y, m1, m2, kind)
		}
	}
	if m := periodMonthDay.FindStringSubmatch(p); m != nil {
		if span, ok := monthPeriod(p, y, m, upTo, c); ok {
			return span
		}
	}
	if upTo && explicit && !strings.Contains(p, "月") {
		return asOf(y, 12, 31) // 到2025年: a deadline
	}
	return yearSpan(y)
}

// monthPeriod resolves a phrase naming a month: 5月 (the month), 5月份以来
// (from 5月 to the publication date), 截至6月底 / 6月末 (as of its last day),
// 截至7月29日 (as of that day).
func monthPeriod(p string, y int, m []string, upTo bool, c periodClock) (periodSpan, bool) {
	mo, _ := strconv.Atoi(m[1])
	if mo < 1 || mo > 12 {
		return periodSpan{}, false
	}
	switch {
	case m[3] != "":
		d, _ := strconv.Atoi(m[3])
		if d < 1 || d > monthEnd(y, mo) {
			return periodSpan{}, false
		}
		if upTo || !strings.Contains(p, "以来") {
			return asOf(y, mo, d), true
		}
	case m[2] == "末" || m[2] == "底" || upTo && m[2] == "":
		return asOf(y, mo, monthEnd(y, mo)), true
	}
	if strings.Contains(p, "以来") {
		end := isoDay(y, 12, 31)
		if !c.pub.IsZero() && c.pub.Year() == y {
			end = c.pub.Format("2006-01-02")
		}
		return periodSpan{Start: isoDay(y, mo, 1), End: end, Kind: data.PeriodSpan}, true
	}
	return monthsSpan(y, mo, mo, data.PeriodMonth), true
}

// multiYear resolves phrases that cover several years: 2019-2023年,
// 2021年以来, 十三五期间, 过去五年 and 近三年 (the years before the
// publication year).
func multiYear(p string, c periodClock) (periodSpan, bool) {
	if m := slashYears.FindStringSubmatch(p); m != nil {
		y1, _ := strconv.Atoi(m[1])
		y2, _ := strconv.Atoi(m[2])
		if y2 < 100 {
			y2 += y1 / 100 * 100 // 2025/26
		}
		switch {
		case m[3] == "年度" && y2 == y1+1:
			// 2025/26年度: a fiscal year, April to March
			return periodSpan{Start: isoDay(y1, 4, 1), End: isoDay(y2, 3, 31), Kind: data.PeriodSpan}, true
		case y2 > y1 && y2-y1 <= 5:
			// 2017/2018年住户收支调查: a survey over both years
			return periodSpan{Start: isoDay(y1, 1, 1), End: isoDay(y2, 12, 31), Kind: data.PeriodSpan}, true
		}
	}
	if m := periodRangeRe.FindStringSubmatch(p); m != nil {
		y1, _ := strconv.Atoi(m[1])
		y2, _ := strconv.Atoi(m[2])
		if y1 < y2 {
			return periodSpan{Start: isoDay(y1, 1, 1), End: isoDay(y2, 12, 31), Kind: data.PeriodSpan}, true
		}
	}
	if m := periodSinceRe.FindStringSubmatch(p); m != nil {
		y1, _ := strconv.Atoi(m[1])
		if c.pubYear > y1 {
			end := isoDay(c.pubYear, 12, 31)
			if !c.pub.IsZero() {
				end = c.pub.Format("2006-01-02")
			}
			return periodSpan{Start: isoDay(y1, 1, 1), End: end, Kind: data.PeriodSpan}, true
		}
	}
	if m := fiveYearPlan.FindStringSubmatch(p); m != nil {
		// 十一五 is 2006-2010; each plan five years on.
		k := strings.Index("一二三四五六", m[1]) / len("一")
		y1 := 2006 + 5*k
		if strings.HasSuffix(p, "末") {
			return yearSpan(y1 + 4), true // 十三五末: the plan's last year
		}
		return periodSpan{Start: isoDay(y1, 1, 1), End: isoDay(y1+4, 12, 31), Kind: data.PeriodSpan}, true
	}
	if m := periodNextN.FindStringSubmatch(p); m != nil && c.pubYear > 0 {
		// 今后五年 in a report of 2017: 2017-2021
		if n, _ := strconv.Atoi(m[1]); n >= 2 && n <= 20 {
			return periodSpan{Start: isoDay(c.pubYear, 1, 1), End: isoDay(c.pubYear+n-1, 12, 31), Kind: data.PeriodSpan}, true
		}
	}
	if m := periodLastN.FindStringSubmatch(p); m != nil && c.pubYear > 0 {
		n, _ := strconv.Atoi(m[2] + m[3])
		if n >= 2 && n <= 20 {
			last := c.pubYear - 1
			if !c.pub.IsZero() && c.pub.Month() >= time.November && c.pub.Year() == c.pubYear {
				last = c.pubYear // 四年来 in a report of December 2021: 2018-2021, its year all but done
			}
			return periodSpan{Start: isoDay(last-n+1, 1, 1), End: isoDay(last, 12, 31), Kind: data.PeriodSpan}, true
		}
	}
	return periodSpan{}, false
}

// phraseYear returns the year a period phrase is in, and whether the
// phrase names it: its own 2023年, a relative word against the
// publication year, else the year the document reports on.
func phraseYear(p string, c periodClock) (int, bool) {
	if m := periodYearRe.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y, true
	}
	base := c.pubYear
	if base == 0 {
		base = c.reportYear
	}
	if c.dataYear > 0 && c.dataYear < base && (hasAnyWord(p, "本年", "当年", "上年") || c.bulletin && hasAnyWord(p, "今年")) {
		base = c.dataYear // a 2021年统计公报 published in 2022: 本年 (and there 今年) is 2021, 上年 2020
	}
	switch {
	case base == 0:
		return 0, false
	case hasAnyWord(p, "去年", "上年", "过去1年", "过去的1年", "上1年"):
		return base - 1, true
	case hasAnyWord(p, "明年", "下1年"):
		return base + 1, true
	case hasAnyWord(p, "今年", "本年", "当年"):
		return base, true
	}
	if p == "" || hasAnyWord(p, "全年", "年末", "年底") {
		return c.reportYear, false
	}
	return c.dataYear, false
}

// hasAnyWord reports whether s contains one of the words.
func hasAnyWord(s string, words ...string) bool {
	for _, w := range words {
		if containsWord(s, w) {
			return true
		}
	}
	return false
}
