package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/region"
)

var (
	fourDigitYear = mustQuickRe(`[0-9]{4}年`)
	isoDate       = mustQuickRe(`^([0-9]{4})-([0-9]{2})-([0-9]{2})`)
)

// periodLabel makes a period phrase explicit with the story's year:
// 上半年 → 2020年上半年, 截至3月15日 → 截至2020年3月15日, 截至目前 → the
// story's date (截至2020年7月29日) when it is known, 去年 → the year before.
// A phrase that names its year is kept; with no year known it is kept too.
func periodLabel(phrase string, year int, date string, inferred bool) string {
	if fourDigitYear.MatchString(phrase) || multiYearWords.MatchString(phrase) {
		return phrase
	}
	if year == 0 {
		return phrase
	}
	upTo := ""
	for _, w := range []string{"截止到", "截至", "截止", "至"} {
		if rest, ok := strings.CutPrefix(phrase, w); ok {
			upTo, phrase = "截至", rest
			break
		}
	}
	for _, rel := range []struct {
		word  string
		delta int
	}{{"今年", 0}, {"本年", 0}, {"去年", -1}, {"上年", -1}, {"过去一年", -1}, {"过去的一年", -1}} {
		if rest, ok := strings.CutPrefix(phrase, rel.word); ok {
			year += rel.delta
			phrase = rest
			if phrase == "" {
				phrase = rel.word
				if rel.delta != 0 {
					phrase = ""
				}
			}
			break
		}
	}
	if phrase == "目前" && upTo != "" {
		if m := isoDate.FindStringSubmatch(date); m != nil && !inferred {
			mo, _ := strconv.Atoi(m[2]) // two digits: cannot fail
			d, _ := strconv.Atoi(m[3])  // two digits: cannot fail
			return fmt.Sprintf("截至%s年%d月%d日", m[1], mo, d)
		}
		return fmt.Sprintf("%d年（截至目前）", year)
	}
	if phrase == "今年" || phrase == "本年" || phrase == "全年" || phrase == "过去一年" || phrase == "过去的一年" {
		phrase = "" // the whole year: 全年 → 2020年, 去年全年 → 2019年
	}
	if rest, ok := strings.CutPrefix(phrase, "年"); ok {
		return fmt.Sprintf("%s%d年%s", upTo, year, rest) // 年内 → 2020年内
	}
	return fmt.Sprintf("%s%d年%s", upTo, year, phrase)
}

// periodOf returns the period of a figure: the last period phrase before it
// in its sentence or, failing that, earlier in its paragraph, made explicit
// with the year the story reports on, else that year; and the same period
// as dates (defaultPeriod when no phrase names it).
func (x *extractor) periodOf(sent data.Span, at int, status string) (string, periodSpan) {
	if x.conditionalAward(sent, at) {
		return "", noPeriod // 对当年新增认定…的，奖励10万元: a policy's term
	}
	if x.awardRule(at) {
		return "", noPeriod // 分别按20万元、15万元…给予资金奖补: the amounts a rule sets
	}
	if awardCap.MatchString(x.str(x.clauseStart(at, false), at)) {
		return "", noPeriod // 市民“金点子”最高可获5万元奖励, 特等奖1名，奖金为5万元: what a rule offers
	}
	if t := x.docTerm(); t.Kind != "" && status != data.StatusTarget && strings.Contains(x.str(sent.Start, at), x.termDays) {
		return spanLabel(t), t // 2025年4月16日10:00—5月26日22:00 1.…活动金额为180万元: the term, not its first day
	}
	year := x.clock.dataYear
	p := x.periodPhrase(sent, at)
	if y := x.fromYear(sent, at); y != "" {
		p = y
	} else if p != "" && x.baseYearPassed(sent, at, p) {
		p = "" // 由2014年的13.88:53.06:33.06调整为14.33:…: the year of the base, not of the ratio it became
	}
	if p == "" && samePeriod.MatchString(x.str(x.clauseStart(at, true), at)) {
		// 按服务界别分析，……业务收益指数同期按年上升101.8%: the period the
		// paragraphs before named
		p = lastPeriod(x.str(max(0, sent.Start-600), sent.Start))
	}
	if p != "" {
		if y := x.yearJustBefore(sent, at, p); y != "" {
			p = y + p // 2015年全年合计，…: that year's 全年
		} else if y := x.sentenceYear(sent, at); y != "" && !fourDigitYear.MatchString(p) && yearPart.MatchString(p) {
			p = y + p // 2025年，王店镇预计全年完成…: that year's 全年
		} else if y := x.partYear(sent, at, p); y != "" {
			p = y + p // 去年第四季…，而第三季的升幅为6.8%: last year's third quarter
		} else if (p == "全年" || p == "全年累计") && strings.Contains(x.str(sent.Start, at), "去年") {
			p = "去年全年" // 去年以来，该县全年农业总产值28.2亿元: last year's
		} else if p == "全年" || p == "全年累计" {
			if y := x.paragraphYear(sent); y > 0 {
				p = strconv.Itoa(y) + "年" // 过去一年，……。全年累计开展招聘活动550场: that year
			} else if y := x.storyYearBefore(sent.Start); y > 0 {
				p = strconv.Itoa(y) + "年" // 2023年本地生产总值……。（next paragraph）全年私人消费…
			}
		}
		span := x.resolve(p)
		if m := firstMonths.FindStringSubmatch(p); m != nil && (x.hasHome && x.home.Name == hongKong || x.storyRegion == hongKong) && (strings.Contains(x.str(sent.Start, at), "财政年度") || strings.Contains(x.ns, "财政年度"+p)) {
			span = x.fiscalMonths(m[1]) // 本财政年度首4个月: April to July
		}
		if status != data.StatusResult && x.clock.reportYear != x.clock.dataYear && span.Kind == data.PeriodYear && !fourDigitYear.MatchString(p) && !fivePlanEnd.MatchString(p) {
			span = yearSpan(x.clock.dataYear) // 全年 in a January plan is this year's
		}
		switch {
		case x.policyCount(at):
			span = noPeriod
		case span.Kind == data.PeriodAsOf && status != data.StatusTarget && hasPrefixAny(p, []string{"截至", "截止"}) && x.flowTo(at):
			span.Start, span.Kind = span.End[:4]+"-01-01", data.PeriodYTD
			span = wholePart(span) // 截至6月30日: the first half
		case span.Kind == data.PeriodAsOf && span.End != "" && changeSinceBase.MatchString(x.str(x.clauseStart(at, true), at)):
			// 年末常住人口…，比上年末增加1.1万人: the change over the year
			span.Start, span.Kind = span.End[:4]+"-01-01", data.PeriodYTD
			if span.End[5:] == "12-31" {
				span.Kind = data.PeriodYear
			}
		case span.Kind == data.PeriodAsOf && strings.HasSuffix(span.End, "-12-31") && status == data.StatusResult && yearFlow.MatchString(x.str(x.clauseStart(at, true), at)) && !hasAnyWord(x.str(x.clauseStart(at, true), at), "年末", "年底"):
			// 年末户籍人口…，其中：出生人口6.22万人，出生率为9.42‰; 年末生猪存栏…；生猪出栏21.06万头:
			// the year's flow (unless its own clause says 年末生猪出栏)
			y, _ := strconv.Atoi(span.End[:4])
			span = yearSpan(y)
		case span.Kind == data.PeriodYear && status == data.StatusResult && (hasAnyWord(x.str(x.clauseStart(at, true), at), "存栏", "城镇化率") || x.stockReached(at)):
			span.Start, span.Kind = "", data.PeriodAsOf // 猪存栏73838头, 城镇化率59.39%: the herd, the share at the year's end
		case (stockSpan(span.Kind) || span.Kind == data.PeriodYear) && balanceWords.MatchString(x.str(x.clauseStart(at, false), at)) && !visitsAfter.MatchString(x.str(at, min(at+16, len(x.rs)))):
			// (入境旅客总数为13,699,516人次: a total of visits over the months, no balance)
			span.Start, span.Kind = "", data.PeriodAsOf // 前11个月…存款余额1.2万亿元: a balance at the period's end
		case span.Kind == data.PeriodAsOf && strings.HasSuffix(span.End, "-12-31") && status != data.StatusTarget && yearEndOpening.MatchString(p) && x.yearEndFlow(at):
			// 2024年末，地区生产总值预计完成230.6亿元，增长4%: the year's
			// output and growth, told at its end (a stock stays as of then)
			y, _ := strconv.Atoi(span.End[:4])
			span = yearSpan(y)
		case span.Kind == data.PeriodMonth && status == data.StatusResult && cumulativeGrowth.MatchString(x.str(x.clauseStart(at, false), at)):
			// 11月份同比增长7.1%……国有控股企业增加值累计同比增长1.6%: January to that month
			span.Start, span.Kind = span.End[:4]+"-01-01", data.PeriodYTD
			span = wholePart(span)
		case span.Kind == data.PeriodSpan && status != data.StatusTarget && span.End != "" && lookedBack.MatchString(p) && reachedLevel.MatchString(x.str(x.clauseStart(at, true), at)) && !hasAnyWord(x.str(x.clauseStart(at, false), at), "累计", "新增"):
			// 四年来，…城乡常住居民人均可支配收入分别达到44900元和19800元:
			// a level reached, in the span's last year
			y, _ := strconv.Atoi(span.End[:4])
			span = yearSpan(y)
		case span.Kind == data.PeriodAsOf && quarterEnd.MatchString(span.End) && hasAnyWord(x.str(sent.Start, at), "季内", "本季", "该季"):
			// 截至今年第1季末…。季内獲發動工批示的住宅單位有231個: within the quarter
			y, _ := strconv.Atoi(span.End[:4])
			m, _ := strconv.Atoi(span.End[5:7])
			span = monthsSpan(y, m-2, m, data.PeriodQuarter)
		case span.Kind == data.PeriodYear && fivePlanEnd.MatchString(p) && strings.Contains(x.str(x.clauseStart(at, true), at), "年均"):
			// 十三五末…年均增长6.2%: the average over the plan's five years
			y, _ := strconv.Atoi(span.End[:4])
			span = periodSpan{Start: isoDay(y-4, 1, 1), End: span.End, Kind: data.PeriodSpan}
		case span.Kind == data.PeriodYTD && strings.HasSuffix(p, "以来") && setSpan(&span, x.reportedPart(span)):
			// 今年以来 in a release on 前三季度 (its headline's): the months it reports
		case status != data.StatusTarget && setSpan(&span, x.fromToInSpan(at, span)):
		case setSpan(&span, x.averagedOver(sent, at)):
		case setSpan(&span, x.changeOverSpan(sent, at)):
		case span.Kind == data.PeriodYear && status == data.StatusResult && setSpan(&span, x.yearsOfChange(at, span)):
		case x.notYet(span, p, status):
			// 四季度 in a January story: the last one, which has begun
			c := x.clock
			c.dataYear--
			span = resolvePeriod(p, c)
		case span.Kind == data.PeriodAsOf && status != data.StatusTarget && deadline.MatchString(p):
			y, _ := strconv.Atoi(span.End[:4])
			span = yearSpan(y) // 增至2025年的3.87万亿元: a level in that year, no deadline
		}
		return periodLabel(p, year, x.a.Date, x.a.DateInferred), span
	}
	if span, ok := x.averagedSince(sent, at); ok {
		return spanLabel(span), span
	}
	span := x.defaultPeriod(sent, at, status)
	if span.Kind == data.PeriodYear && status == data.StatusResult && x.stockReached(at) {
		span.Start, span.Kind = "", data.PeriodAsOf // 全县市场主体存量17160户 in a bulletin: at the year's end
	}
	return spanLabel(span), span // the label says what the dates say
}

// stockReached reports a count of units a place has reached (市场主体存量
// 17160户, 企业发展到110多家, 经营主体突破1800万户): a stock at the end of
// its year, not the year's flow, unless the clause says the year's new
// work (新增, 全年, 当年 …). (Areas reached, 种植面积达20万亩, are the
// year's sowing; people, the year's visits or jobs.)
func (x *extractor) stockReached(at int) bool {
	after := x.str(at, min(at+14, len(x.rs)))
	if !heldCount.MatchString(after) {
		return false
	}
	before := x.str(x.clauseStart(at, true), at)
	return stockReach.MatchString(before) && !stockReachFlow.MatchString(x.str(x.clauseStart(at, false), at))
}

var (
	heldCount = mustQuickRe(`^[0-9.]+(余|多)?(万|千)?(余|多)?(家|户|座|所|处)`)
	// stockReach ends the words before a stock reached (存量, 发展到, 突破)
	stockReach = mustQuickRe(`(存量|总数|总量|发展到|增加到|增至|增长到|达到|突破|跃升至|上升到|达)(了)?(约|近|超过|逾)?$`)
	// stockReachFlow says the year's new work or a count of events
	stockReachFlow = mustMatcher(`新增|净增|新登记|新注册|新建|新开|新认定|新培育|引进|签约|开工|全年|当年|年内|本年|接待|培训|招录|就业|帮扶|救助|慰问|举办|开展`)
)

// reportedPart returns the part of the year a statistics office's release
// reports on, as the story's headline names it (前三季度, 上半年, 1-8月), when
// it starts with span, the year so far, and ends before it: the months
// 今年以来 means in a release on them; the zero periodSpan otherwise.
func (x *extractor) reportedPart(span periodSpan) periodSpan {
	dp := x.docPeriod()
	if dp == "" || !statsRelease.MatchString(x.ns[:min(len(x.ns), 600)]) {
		return periodSpan{} // (a news story's 今年以来: up to its day)
	}
	ds := x.resolve(dp)
	if ds.Start != span.Start || ds.End >= span.End || ds.Kind != data.PeriodYTD && ds.Kind != data.PeriodHalf && ds.Kind != data.PeriodQuarter {
		return periodSpan{}
	}
	return ds
}

// statsRelease names the statistics office whose release a story tells.
var statsRelease = mustQuickRe(`统计局|调查总队|调查队`)

// fromToInSpan returns the year of a level that rose (or fell) from one
// value to another over a span of years named before it (五年来，…由“十五”末
// 的12.8亿元增加到19.2亿元; 2003—2007年，…由44.4亿元增加到144.4亿元): the
// value it rose from stands the year before the span, the value it reached
// in the span's last year; the zero periodSpan otherwise.
func (x *extractor) fromToInSpan(at int, span periodSpan) periodSpan {
	if span.Kind != data.PeriodSpan || len(span.Start) < 4 || len(span.End) < 4 {
		return periodSpan{}
	}
	clause := x.str(x.clauseStart(at, true), at)
	switch {
	case riseFrom.MatchString(clause) && riseFromValue.MatchString(x.str(at, min(at+30, len(x.rs)))):
		return yearSpan(atoi(span.Start[:4]) - 1)
	case riseTo.MatchString(clause):
		return yearSpan(atoi(span.End[:4]))
	}
	return periodSpan{}
}

var (
	// riseFrom ends the words before the value a level rose from (由, 由
	// “十五”末的), riseFromValue is that value and the rise after it
	// (12.8亿元增加到); riseTo ends the words before the value it reached.
	riseFrom      = mustQuickRe(`(由|从)[^，,。；;0-9]{0,8}$`)
	riseFromValue = mustQuickRe(`^[0-9.]+[^，,。；;0-9]{0,6}?(增加|增长|提高|扩大|上升|下降|减少)(到|至)`)
	riseTo        = mustQuickRe(`(由|从)[^，,。；;]{0,40}?(增加|增长|提高|扩大|上升|下降|减少)(到|至)$`)
)

// setSpan sets *dst to s and reports true when s is a period, for a
// case of periodOf's switch that both tests and finds one.
func setSpan(dst *periodSpan, s periodSpan) bool {
	if s == (periodSpan{}) {
		return false
	}
	*dst = s
	return true
}

// cumulativeGrowth is a clause giving a running total's change since
// January (累计同比增长, 累计下降), which a month's release sets beside the
// month's own (当月增长).
var cumulativeGrowth = mustQuickRe(`累计(同比|比上年同期|比去年同期)?(增长|下降|增加|减少|上涨|回落)`)

// samePeriod: a figure of the same period as the one named before (同期,
// not 上年同期 or 去年同期, which are bases).
var samePeriod = mustQuickRe(`(^|[^年月季])同期`)

// notYet reports a result whose period phrase names no year and resolves
// to a period that had not begun when the story was published: it meant
// the last such period (一季度 in a story of 10 January is last year's).
func (x *extractor) notYet(span periodSpan, p, status string) bool {
	c := x.clock
	return status != data.StatusTarget && status != data.StatusExpectation && !c.pub.IsZero() && c.dataYear == c.pub.Year() &&
		span.Start != "" && span.Start > c.pub.Format("2006-01-02") && !fourDigitYear.MatchString(p) &&
		!hasAnyWord(p, "今年", "明年", "本年")
}

// resolve is resolvePeriod(p, x.clock), kept for the story's other figures.
func (x *extractor) resolve(p string) periodSpan {
	if span, ok := x.spans[p]; ok {
		return span
	}
	span := resolvePeriod(p, x.clock)
	if x.spans == nil {
		x.spans = map[string]periodSpan{}
	}
	x.spans[p] = span
	return span
}

// defaultPeriod is the period of a figure that names none. A document
// about an earlier year (a 2023年统计公报 published in 2024) reports on
// that year; a goal is for the year of writing. In a dated news story, a
// result reported in January or February is last year's; a policy's
// count of measures (出台政策11条) has no period; a stock or running total
// (累计, 共有, 实有, 余额) stands as of the story's date; any other result
// covers the period its headline names (莱西市一季度经济实现良好开局) or
// else the year so far.
func (x *extractor) defaultPeriod(sent data.Span, at int, status string) periodSpan {
	c := x.clock
	if span, ok := x.subheadPeriod(at); ok {
		return span
	}
	switch {
	case x.policyCount(at) || subsidyRate.MatchString(x.str(x.clauseStart(at, true), at)):
		return noPeriod
	case status != data.StatusTarget && x.docTerm().Kind != "":
		return x.docTerm() // 活动时间：2025年4月16日10:00—5月26日22:00: the campaign's amounts
	case policyTitle.MatchString(x.a.Title) && data.HeadlineYear(x.a.Title) > 0:
		return yearSpan(data.HeadlineYear(x.a.Title)) // 关于印发…2023年…政策清单的通知: the year the policy is for
	case (status == data.StatusTarget || status == data.StatusExpectation) && !c.pub.IsZero():
		return yearSpan(c.pub.Year())
	case x.headline.Kind != "":
		return x.headline
	case c.pub.IsZero() || c.reportYear < c.pub.Year():
		return resolvePeriod("", c)
	case x.reportOpening():
		// a work report's undated figures are the year it reviews: the one
		// its story names before them (2025年，浦东…。一是…), else its own
		// year (预计全年…, given before the year ends), but the year before
		// for a report given in January or February
		if y := x.storyYearBefore(sent.Start); y > 0 {
			return yearSpan(y)
		}
		if c.pub.Month() <= 2 {
			return yearSpan(c.pub.Year() - 1)
		}
		return yearSpan(c.pub.Year())
	}
	if y := x.comparedYear(sent); y > 0 && (y+1 == c.pub.Year() || y+2 == c.pub.Year() && c.pub.Month() <= 4) {
		// 全国粮食播种面积118969千公顷，比2022年增加636千公顷 (published
		// in December 2023): a year's figure set beside the year before
		return yearSpan(y + 1)
	}
	if x.stockListed(sent, at) || x.areaStock(at) || x.countStock(at) || levelRate.MatchString(x.str(x.clauseStart(at, true), at)) || stockMeasure.MatchString(x.str(x.clauseStart(at, true), at)) {
		return asOf(c.pub.Year(), int(c.pub.Month()), c.pub.Day())
	}
	return periodSpan{Start: isoDay(c.pub.Year(), 1, 1), End: c.pub.Format("2006-01-02"), Kind: data.PeriodYTD}
}

// comparedYear returns the year a sentence compares its figures with
// (比2022年增加, 较2022年增长), 0 if it names none or compares with a part
// of a year (比2019年同期, 较2022年末).
func (x *extractor) comparedYear(sent data.Span) int {
	if y, ok := x.comparedYears[sent.Start]; ok {
		return y // (asked again for each figure of the sentence)
	}
	y := 0
	if s := x.str(sent.Start, sent.End); strings.Contains(s, "年") {
		if m := comparedYearRe.FindStringSubmatch(s); m != nil {
			y, _ = strconv.Atoi(m[1])
		}
	}
	if x.comparedYears == nil {
		x.comparedYears = map[int]int{}
	}
	x.comparedYears[sent.Start] = y
	return y
}

// comparedYearRe is a comparison with a whole year (比2022年增加).
var comparedYearRe = mustQuickRe(`(?:比|较|与)((?:19|20)[0-9]{2})年(?:相比)?[，,]?(?:增加|增长|减少|下降|提高|降低|上升|多|少|净增|扩大|缩小)`)

// reportOpening reports a work report: its title names one (read in
// simplified characters: 政府工作報告), or it is printed without its title,
// opening with the meeting it was given at (2017年12月25日在和硕县第十七届
// 人民代表大会第三次会议上), or a news story opens with the report given
// at the congress (陜西省第十三屆人民代表大會第五次會議在西安開幕，省長
// 趙一德作政府工作報告): the figures that follow are its review.
func (x *extractor) reportOpening() bool {
	if strings.Contains(x.a.Title, "工作报告") {
		return true
	}
	head := x.str(0, min(80, len(x.rs)))
	return strings.Contains(head, "人民代表大会") && (strings.Contains(head, "会议上") || strings.Contains(head, "工作报告"))
}

// policyTitle is the title of a policy document (关于印发…的通知, …实施方案,
// …政策清单).
var policyTitle = mustQuickRe(`通知|实施方案|工作方案|办法|实施意见|政策清单|若干措施|若干政策|实施细则`)

// docTerm returns the term a notice gives its campaign or policy by a
// labelled range of days (活动时间：2025年4月16日10:00—5月26日22:00, 实施
// 期限为2024年1月1日至2026年12月31日); the zero span if none.
func (x *extractor) docTerm() periodSpan {
	if x.term != nil {
		return *x.term
	}
	var span periodSpan
	if !termLabel.MatchString(x.ns) {
		x.term = &span // most texts: no term, and no regexp run over them
		return span
	}
	if loc := termRange.FindStringSubmatchIndex(x.ns); loc != nil {
		m := make([]string, len(loc)/2)
		for k := range m {
			if loc[2*k] >= 0 {
				m[k] = x.ns[loc[2*k]:loc[2*k+1]]
			}
		}
		x.termDays = x.ns[loc[2]:loc[1]]
		y1, m1, d1 := atoi(m[1]), atoi(m[2]), atoi(m[3])
		y2, m2, d2 := y1, atoi(m[5]), atoi(m[6])
		if m[4] != "" {
			y2 = atoi(m[4])
		}
		start, end := isoDay(y1, m1, d1), isoDay(y2, m2, d2)
		if m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && d1 >= 1 && d1 <= 31 && d2 >= 1 && d2 <= 31 && start < end {
			span = periodSpan{Start: start, End: end, Kind: data.PeriodSpan}
		}
	}
	x.term = &span
	return span
}

// termLabel holds the labels termRange starts with, looked for first.
var termLabel = func() matcher {
	var ws []string
	for _, a := range []string{"活动", "实施", "执行", "发放", "有效", "促销", "补贴"} {
		for _, b := range []string{"时间", "期限", "日期", "期"} {
			ws = append(ws, a+b)
		}
	}
	return mustMatcher(strings.Join(ws, "|"))
}()

// termRange is a notice's labelled term: 活动时间, 实施期限, 执行时间 … then
// a range of two days.
var termRange = regexp.MustCompile(`(?:活动|实施|执行|发放|有效|促销|补贴)(?:时间|期限|日期|期)(?:为|是)?[：:]?\s*(?:自|从)?((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日[^至—\-–~到，。；\n]{0,8}?(?:至|—|-|–|~|到)+(?:((?:19|20)[0-9]{2})年)?([0-9]{1,2})月([0-9]{1,2})日`)

// conditionalAward reports an amount a policy offers to whoever meets a
// condition (当年新增列入…名单的，奖励平台100万元; 获三星、四星、五星级小微
// 企业园，分别奖励20万元、40万元、60万元): a term of the policy, of no
// period, not a target.
func (x *extractor) conditionalAward(sent data.Span, at int) bool {
	if !awardNear.MatchString(x.str(max(0, at-60), min(at+16, len(x.rs)))) { // (…分别给予30万元、50万元一次性奖励: the award word after)
		return false // most figures: no award word just before
	}
	clause := x.str(x.clauseStart(at, false), at)
	if !awardVerb.MatchString(clause) || disbursed.MatchString(clause) {
		return false // 对…的企业，累计发放补贴320万元: money paid out, a result of its period
	}
	if namedAwardees.MatchString(x.str(sent.Start, at)) {
		return false // 对…三联聚能供热有限公司等26户工业企业各奖励20万元: an award paid to named firms, no rule
	}
	return awardCondition.MatchString(x.str(sent.Start, at))
}

var (
	awardNear      = mustMatcher(`奖励|补助|补贴|资助|奖补`)
	namedAwardees  = mustQuickRe(`(有限公司|股份公司|有限责任公司|集团公司|合作社)(等[0-9]+(户|家|个))?[^，,。；;]{0,10}(各)?(奖励|补助|奖补)`)
	disbursed      = mustMatcher(`发放|兑现|拨付|下达|支付|到位|累计|共计|已`)
	awardVerb      = mustQuickRe(`(奖励|补助|补贴|资助|奖补|给予)[^，,。；;0-9]{0,6}([0-9.]+万?元[、和及]){0,8}$`)
	awardCondition = mustQuickRe(`的[，,]|^对[^，,。；;]{2,40}|[，,；;]对[^，,。；;]{2,40}|(获|被)[^，,。；;]{1,20}[，,]`)
)

// subsidyRate ends the words before a rate of support per unit (按省级每亩
// 补贴40元, 给予每吨20元的补贴): a rule of a policy, of no period.
var subsidyRate = mustQuickRe(`每(亩|吨|人|户|头|只|平方米|公里|千瓦|台|辆|个)[^，,。；;]{0,6}(补贴|补助|奖励|奖补|资助)(标准)?(为)?$|(补贴|补助|奖励|奖补|资助)(标准)?[^，,。；;]{0,6}每(亩|吨|人|户|头|只|平方米|公里|千瓦|台|辆|个)(补贴|补助|奖励)?$|^按$`)

// subheadPeriod returns the period of the section a subhead heads, for a
// figure in a subhead (a short line of the story's body, no sentence:
// 酒楼饭店跌幅扩至20%): the first period the next paragraph names before
// its first figure (今年二月饮食业交易额为11.2亿元).
func (x *extractor) subheadPeriod(at int) (periodSpan, bool) {
	ps := x.a.Paragraphs
	k, ok := x.paragraphIndex(at)
	if !ok || k == 0 || k+1 >= len(ps) || ps[k].End-ps[k].Start > 30 {
		return periodSpan{}, false
	}
	if strings.ContainsAny(x.str(ps[k].Start, ps[k].End), "。，,；;：:") {
		return periodSpan{}, false
	}
	next := x.str(ps[k+1].Start, min(ps[k+1].End, ps[k+1].Start+40))
	loc := periodScan.FindStringIndex(next)
	if loc == nil {
		return periodSpan{}, false
	}
	if i := strings.IndexAny(next, "0123456789"); i >= 0 && i < loc[0] {
		return periodSpan{}, false // a figure before any period: the section names none first
	}
	span := x.resolve(next[loc[0]:loc[1]])
	return span, span.Kind != "" && span.Kind != data.PeriodNone
}

// levelRate ends the words before a rate that says how things stand
// (全县森林覆盖率达44.19%, 县城绿地率达36.01%): in news without a period
// word, the rate at the story's date.
var levelRate = mustQuickRe(`(覆盖率|绿化率|绿地率|普及率|达标率|合格率|参保率|入学率|入园率|通车率|通达率|硬化率|自给率|保有率|人均公园绿地面积)(已)?(达到|达|为|提高到|提升到|提高至|提升至)?$`)

// areaStock reports an area of land (种植八角5.3万亩, 流转了6000多亩土地)
// that no verb of new work makes a flow (新增, 新建, 播种, 完成): in news
// without a period word, the area as it stands at the story's date.
func (x *extractor) areaStock(at int) bool {
	if !areaFigure.MatchString(x.str(at, min(at+14, len(x.rs)))) {
		return false
	}
	return !areaFlow.MatchString(x.str(x.clauseStart(at, true), at))
}

// countStock reports a count of things that stand (建成冷库4700座, 培育合作社
// 183个, 注册网店300多家, 入园企业21户, 就业人数1.2万余人) that no verb of
// new work makes a flow (新增, 新建, 引进, 签约 …): in news without a period
// word, the count as it stands at the story's date.
func (x *extractor) countStock(at int) bool {
	if !countFigure.MatchString(x.str(at, min(at+14, len(x.rs)))) {
		return false
	}
	before := x.str(x.clauseStart(at, true), at)
	return countHeld.MatchString(before) && !countFlow.MatchString(before)
}

var (
	countFigure = mustQuickRe(`^[0-9.]+(余|多)?(万|千)?(余|多)?(个|家|户|座|条|所|处|人)`)
	countHeld   = mustMatcher(`建成|培育|拥有|注册|入驻|入园|人数|从业人员|达`)
	countFlow   = mustMatcher(`新增|新建|新开|新注册|新培育|引进|签约|开工|完成|实施|带动|帮助|增加|减少|增长|下降|吸纳|招录|培训|接待|转移`)
)

// stockMeasure ends the words before a measure of what a place has
// (全镇海域面积111平方公里, 装机规模372.9万千瓦, 40条8000米里程): in news
// without a period word, as it stands at the story's date.
var stockMeasure = mustQuickRe(`(装机规模|装机容量|总装机|海域面积|水域面积|土地面积|国土面积|总面积|辖区面积|森林面积|耕地面积|留存面积|保有量|总里程|通车里程)(已)?(达到|达|为|约|有|共)?$`)

var (
	areaFigure = mustQuickRe(`^[0-9.]+(余|多)?(万|千)?(余|多)?(亩|公顷|平方公里|平方千米)`)
	areaFlow   = mustMatcher(`新增|新建|新种|新开|播种|完成|改造|整治|实施|建设|推广|收获|收割|复垦|恢复|扩种|减少|增加`)
)

// stockListed reports a stock word (累计, 共有, 已建成 …) before the
// figure in its clause, or, for a figure that opens its clause as the
// next item of a list (已建成1个国家级、13个省级园区，40个示范园区), before
// the list's first item.
func (x *extractor) stockListed(sent data.Span, at int) bool {
	for k := 0; k < 8; k++ {
		cs := x.clauseStart(at, true)
		before := x.str(cs, at)
		if stockWords.MatchString(before) {
			return true
		}
		if strings.TrimSpace(before) != "" || cs <= sent.Start || cs == 0 {
			return false
		}
		// The figure opens its clause: its verb is the list's, before it.
		ps := x.clauseStart(cs-1, true)
		at = cs - 1
		for j := ps; j < cs-1; j++ {
			if unicode.IsDigit(x.rs[j]) {
				at = j
				break
			}
		}
	}
	return false
}

// headlinePeriod returns the period a headline names below a year
// (一季度, 上半年, 1-5月), the zero periodSpan if none.
func headlinePeriod(g *region.Gazetteer, title, lead string, c periodClock) periodSpan {
	if !periodGuard.MatchString(title) && !strings.Contains(title, "季") {
		return periodSpan{} // most headlines name no period
	}
	title = data.ArabicYears(g.Simplify(data.Normalize(title)))
	locs := periodScan.FindAllStringIndex(title, -1)
	if len(locs) == 0 {
		return periodSpan{}
	}
	rest := title
	for k := len(locs) - 1; k >= 0; k-- {
		rest = rest[:locs[k][0]] + rest[locs[k][1]:]
	}
	rest = headlineYears.ReplaceAllString(rest, "") // June 2025, (2025): no figure
	if strings.ContainsAny(rest, "0123456789万亿%") && !leadNames(lead, title[locs[0][0]:locs[0][1]], c) {
		// 一季度新增市场主体逾万户: the period of that figure only, unless
		// the story opens with the same period (一季度全市GDP增长6.8% over
		// 一季度，全市…; 前2月湖南固投增长22.8% over …1至2月,全省…)
		return periodSpan{}
	}
	if len(locs) == 2 && bareYear.MatchString(title[locs[0][0]:locs[0][1]]) && !fourDigitYear.MatchString(title[locs[1][0]:locs[1][1]]) && utf8.RuneCountInString(title[locs[0][1]:locs[1][0]]) <= 6 && !strings.ContainsAny(title[locs[0][1]:locs[1][0]], "0123456789与和及、，,") {
		// 2020年我市前三季度经济数据: the year's part, named apart
		title = title[locs[0][0]:locs[0][1]] + title[locs[1][0]:locs[1][1]]
		locs = [][]int{{0, len(title)}}
	}
	if len(locs) > 1 {
		return periodSpan{} // “十四五”回顾与2026年目标: no one period for all
	}
	for _, loc := range locs {
		p := title[loc[0]:loc[1]]
		span := resolvePeriod(p, c)
		if !c.pub.IsZero() && span.Start > c.pub.Format("2006-01-02") && !fourDigitYear.MatchString(p) && !hasAnyWord(p, "明年", "今年") {
			// 11月零售業銷貨值升15.9% published on 2024-01-04: last year's November
			last := c
			last.dataYear--
			span = resolvePeriod(p, last)
		}
		switch {
		case span.Kind == data.PeriodYear || span.Kind == data.PeriodNone:
		case isRecordSpan(strings.TrimPrefix(title[loc[1]:], "以来")):
			// PMI…2020年10月以来最慢扩张速度: the record's start, not the story's period
		case (span.Kind == data.PeriodAsOf || span.Kind == data.PeriodSpan && span.Start[:4] != span.End[:4]) && strings.ContainsAny(p, "0123456789"):
			// a dateline's day (——2024年1月18日在…会议上) dates no figure
		default:
			return span
		}
	}
	return periodSpan{}
}

// leadNames reports a story's opening naming the period p of its
// headline, in the same words or others of the same months (前2月 and
// 1至2月, 一季度 and 1-3月).
func leadNames(lead, p string, c periodClock) bool {
	if strings.Contains(lead, p) {
		return true
	}
	want := resolvePeriod(p, c)
	if want.Kind == data.PeriodNone || want.Kind == data.PeriodYear {
		return false
	}
	for _, q := range periodScan.FindAllString(lead, 8) {
		if resolvePeriod(q, c) == want {
			return true
		}
	}
	return false
}

// headlineYears are years written alone in a headline (PMI, June 2025).
var headlineYears = regexp.MustCompile(`(^|[^0-9.])(19|20)[0-9]{2}([^0-9.%]|$)`)

// policyCount reports a number of measures (出台11条措施), which has no
// period.
func (x *extractor) policyCount(at int) bool {
	after := x.str(at, min(at+8, len(x.rs)))
	if countedItems.MatchString(after) && !strings.Contains(x.str(x.clauseStart(at, true), at), "项目") {
		// (not 实施重点项目82项: a count of projects)
		if m := policyCount.FindString(x.str(at, min(at+8, x.clauseEnd(at, true)))); m != "" && (!countedItems.MatchString(m) || m != countedItems.FindString(m) || policyVerb.MatchString(x.str(x.clauseStart(at, false), at))) {
			return true // 出台十条措施, 出台三十条; not 会议及展览共224项 (events)
		}
		if policyItems.MatchString(x.str(x.clauseStart(at, false), x.clauseEnd(at, false))) {
			return true
		}
		if enumItem.MatchString(x.str(x.clauseStart(at, true), at)) {
			if para, ok := x.paragraphOf(at); ok && policyItems.MatchString(x.str(para.Start, at)) {
				return true // 该措施共五大类，一是促进消费全面恢复4条；二是…共计4条
			}
		}
	}
	clause := x.str(x.clauseStart(at, true), at)
	return provision.MatchString(clause) || upTo.MatchString(clause)
}

// flowTo reports a figure after 截至… that adds up what happened since
// the start of the year (截至6月底，新增市场主体2.3万户; …增长25.4%), not a
// stock standing at that date (贷款余额).
func (x *extractor) flowTo(at int) bool {
	before := x.str(x.clauseStart(at, true), at)
	if stockWords.MatchString(before) && !strings.Contains(before, "累计") {
		return false
	}
	return flowWords.MatchString(before)
}

// averagedOver returns the years an average rate is over (由2020年的2.83万亿元
// 增至2025年的3.87万亿元，年均增长5.5%: 2021-2025), the zero periodSpan when
// the figure is no 年均 rate after two years of its sentence.
// awardRule reports an amount a rule sets for an award named after it
// (对…前六位的乡（镇）分别按20万元、15万元…给予资金奖补): 按 or 分别 before
// it in its clause, 给予 after it or after the list it opens.
func (x *extractor) awardRule(at int) bool {
	end := at
	for end < len(x.rs) && end < at+12 && !strings.ContainsRune("，。；,;", x.rs[end]) && x.rs[end] != '给' {
		end++
	}
	if end >= len(x.rs) || x.rs[end] != '给' && !strings.HasPrefix(x.str(end, min(end+30, len(x.rs))), "、") {
		if !awardRuleAfter.MatchString(x.str(at, min(at+60, len(x.rs)))) {
			return false
		}
	}
	before := awardListTail.ReplaceAllString(x.str(max(0, at-64), at), "") // (15万元 after 按20万元、)
	return strings.HasSuffix(before, "按") && (strings.Contains(before, "分别") || strings.Contains(before, "对"))
}

// awardListTail ends the words before an amount with the amounts listed
// before it (20万元、15万元、).
var awardListTail = regexp.MustCompile(`(?:[0-9.]+(?:万|亿)?元[、和及])+$`)

// awardRuleAfter is a figure's amount, the list after it, then 给予.
var awardRuleAfter = mustQuickRe(`^[0-9.]+(?:万|亿)?元(?:[、和及][0-9.]+(?:万|亿)?元)*(?:的标准)?给予`)

// averagedSince returns, for an average rate or a running total that names
// no period of its own (年均增长7.7%, 累计…), the span of years the story named last before it
// (过去四年，… 四年来，…: the four years before a report of 2022), if any.
func (x *extractor) averagedSince(sent data.Span, at int) (periodSpan, bool) {
	if near := x.str(max(sent.Start, at-40), at); !strings.Contains(near, "年均") && !strings.Contains(near, "累计") {
		return periodSpan{}, false // (most figures: no clause to work out)
	}
	if clause := x.str(x.clauseStart(at, true), at); !strings.Contains(clause, "年均") && !strings.Contains(clause, "累计") {
		return periodSpan{}, false // (累计建成…: a total over the span too)
	}
	span := x.spanNamedBefore(sent.Start)
	return span, span.Kind != ""
}

// spanNamedBefore returns the span of years named last in the 1,500 runes
// before rune start, the zero periodSpan if none or if a year or part of
// one is named after it. It is kept by start: each average or total of a
// sentence asks again.
func (x *extractor) spanNamedBefore(start int) periodSpan {
	if span, ok := x.spansBefore[start]; ok {
		return span
	}
	var found periodSpan
	back := x.str(max(0, start-1500), start)
	locs := periodMatches(back)
	for k := len(locs) - 1; k >= 0; k-- {
		if span := x.resolve(back[locs[k][0]:locs[k][1]]); span.Kind == data.PeriodSpan {
			found = span
			break
		} else if span.Kind != "" && span.Kind != data.PeriodNone {
			break // a year or part of one named since: not the span's
		}
	}
	if x.spansBefore == nil {
		x.spansBefore = map[int]periodSpan{}
	}
	x.spansBefore[start] = found
	return found
}

func (x *extractor) averagedOver(sent data.Span, at int) periodSpan {
	if !strings.Contains(x.str(x.clauseStart(at, true), at), "年均") {
		return periodSpan{}
	}
	text := x.str(sent.Start, at)
	if x.lastPeriodBefore(sent, at) == "" {
		text = x.semicolonParts(sent, at) // (not past 十年来 in its own part)
	}
	ys := periodYearRe.FindAllStringSubmatch(text, -1)
	if len(ys) < 2 {
		return periodSpan{}
	}
	y1, _ := strconv.Atoi(ys[len(ys)-2][1])
	y2, _ := strconv.Atoi(ys[len(ys)-1][1])
	if y1 >= y2 {
		return periodSpan{}
	}
	return periodSpan{Start: isoDay(y1+1, 1, 1), End: isoDay(y2, 12, 31), Kind: data.PeriodSpan}
}

// changeOverSpan returns the span of a change said right after a level
// that rose from one year to another (由2009年的3810亿元增长到2013年的8000亿元
// 以上，增长1.1倍: 2010-2013), the zero periodSpan otherwise.
func (x *extractor) changeOverSpan(sent data.Span, at int) periodSpan {
	cs := x.clauseStart(at, true)
	if !bareChange.MatchString(x.str(cs, at)) {
		return periodSpan{}
	}
	before := x.str(sent.Start, cs)
	m := fromYearToYear.FindStringSubmatch(before)
	if m == nil && riseWithoutYears.MatchString(before) {
		// …由2009年的3810亿元增长到2013年的8000亿元以上，增长1.1倍；财政收入由
		// 315.5亿元增长到878亿元，增长1.8倍: the years of the first part
		if ms := fromYearToYearIn.FindAllStringSubmatch(x.semicolonParts(sent, sent.Start), -1); len(ms) > 0 {
			m = ms[len(ms)-1]
		}
	}
	if m == nil {
		return periodSpan{}
	}
	y1, y2 := atoi(m[2]), atoi(m[5])
	if y1 >= y2 {
		return periodSpan{}
	}
	return periodSpan{Start: isoDay(y1+1, 1, 1), End: isoDay(y2, 12, 31), Kind: data.PeriodSpan}
}

var (
	// bareChange is a clause that is a change alone (增长1.1倍, 增加了).
	bareChange = mustQuickRe(`^[，,]?(共|累计)?(增长|增加|提高|扩大|上升)了?$`)
	// fromYearToYear is a level that rose from one year to another, ending
	// the text before the change.
	fromYearToYear = mustQuickRe(`(由|从)([0-9]{4})年[^。；;]{0,30}?(增长|提高|增加|扩大|上升)(到|至)([0-9]{4})年[^。；;，,]{0,30}[，,]?$`)
	// fromYearToYearIn is fromYearToYear anywhere in a text.
	fromYearToYearIn = mustQuickRe(`(由|从)([0-9]{4})年[^。；;]{0,30}?(增长|提高|增加|扩大|上升)(到|至)([0-9]{4})年`)
	// riseWithoutYears is a level's rise that names no years, ending the
	// text before a change (由315.5亿元增长到878亿元，).
	riseWithoutYears = mustQuickRe(`(由|从)[^。；;0-9]{0,4}[0-9][^。；;年]{0,30}?(增长|提高|增加|扩大|上升)(到|至)[^。；;，,年]{0,30}[，,]?$`)
)

// yearsOfChange returns the span of a change in the year of span that is
// reckoned over several years: against a base year two or more years
// before (2021年…比2016年增长90.9%: 2017-2021), or an average over a count
// of years (5年年均增长13.8%, 两年平均增长3.6%: the last five, two years);
// the zero periodSpan otherwise.
func (x *extractor) yearsOfChange(at int, span periodSpan) periodSpan {
	y := atoi(span.End[:4])
	clause := x.str(x.clauseStart(at, true), at)
	if m := baseYearChange.FindStringSubmatch(clause); m != nil {
		if b := atoi(m[1]); b+1 < y {
			return periodSpan{Start: isoDay(b+1, 1, 1), End: isoDay(y, 12, 31), Kind: data.PeriodSpan}
		}
	}
	if m := yearsAverage.FindStringSubmatch(clause); m != nil {
		n := atoi(cnDigits(m[1])) // 2 to 10: 5, 两, 十
		return periodSpan{Start: isoDay(y-n+1, 1, 1), End: isoDay(y, 12, 31), Kind: data.PeriodSpan}
	}
	return periodSpan{}
}

var (
	baseYearChange = mustQuickRe(`比([0-9]{4})年(同期)?(增长|提高|增加|下降|减少|扩大)了?$`)
	yearsAverage   = mustQuickRe(`(?:^|[^0-9])([2-9]|两|二|三|四|五|六|七|八|九|十)年(?:年均|平均)(?:增长|增速|增幅)(?:为)?$`)
)

// semicolonParts is the text of sent up to at, after the parts of its
// sentence before it that end in ；(规上工业总产值从1.44万亿元提高到2.06万亿元,
// 年均增长9.9% after 地区生产总值从2011年…提高到2016年…；: the same years).
func (x *extractor) semicolonParts(sent data.Span, at int) string {
	start := sent
	for steps := 0; steps < 8; steps++ {
		prev, ok := x.continued(start)
		if !ok || !x.endsWithSemicolon(prev) {
			break
		}
		start = prev
	}
	return x.str(start.Start, at)
}

// baseYearPassed reports a period phrase p that dates the base of a change
// (由2014年的…, 从2011年…) which the figure at comes after (…调整为14.33,
// 提高到…): the figure is of the story's own period.
func (x *extractor) baseYearPassed(sent data.Span, at int, p string) bool {
	before := x.str(sent.Start, at)
	k := strings.LastIndex(before, p)
	if k < 0 || !hasSuffixAny(before[:k], []string{"由", "从"}) {
		return false
	}
	return changedToLevel.MatchString(before[k+len(p):])
}

// changedToLevel is the verb of a change to a new level (调整为, 提高到, 增至).
var changedToLevel = mustQuickRe(`调整为|调整到|提高到|提高至|增加到|增加至|增长到|增长至|上升到|上升至|下降到|下降至|降至|升至|增至|变为|优化为`)

// fromYear returns the year a figure after 从 or 由 stands at when its own
// ；-part names none and an earlier part of its sentence reads 从2011年…
// (地区生产总值从2011年6580.28亿元提高到2016年8600亿元；规上工业总产值从
// 1.44万亿元提高到2.06万亿元: 1.44万亿元 is 2011's); "" otherwise.
func (x *extractor) fromYear(sent data.Span, at int) string {
	if !hasSuffixAny(x.str(x.clauseStart(at, true), at), []string{"从", "由"}) || periodYearRe.MatchString(x.str(sent.Start, at)) {
		return ""
	}
	if m := fromYearRe.FindStringSubmatch(x.semicolonParts(sent, at)); m != nil {
		return m[1]
	}
	return ""
}

var fromYearRe = mustQuickRe(`(?:从|由)([0-9]{4}年)(?:的|末|底)?[0-9]`)

// changeSinceBase: the figure is a change since the start of the year.
var changeSinceBase = mustQuickRe(`(比|较)(上年末|上年底|年初|去年末|去年底)[^，,。；;]{0,4}(增加|减少|净增|增长|下降|多|少|提高|回落)了?$`)

// balanceWords name a stock, which stands at a date: a balance, a total.
var balanceWords = mustMatcher(`余额|保有量|实有|总数|在册|注册资本`)

// visitsAfter is a number of visits or trips (13,699,516人次, 架次): a flow.
var visitsAfter = mustQuickRe(`^[0-9.,，万亿]+(人次|架次|车次|艘次|航次)`)

// stockSpan reports period kinds that a stock figure turns into a date.
func stockSpan(kind string) bool {
	return kind == data.PeriodYTD || kind == data.PeriodMonth || kind == data.PeriodQuarter || kind == data.PeriodHalf
}

// deadline is a year to reach (到2025年); without 底 or 末.
var deadline = mustQuickRe(`^(到|至)[0-9]{4}年$`)

var (
	// flowWords: what happened over a time (新增, 发放, 增长 …).
	flowWords = mustMatcher(`新增|新登记|新设|发放|完成|实现|办理|减免|引进|签约|增长|下降|提高|回落|累计`)
	// policyCount: a number of measures (11条措施, 出台三十条).
	policyCount = mustQuickRe(`^[0-9一二三四五六七八九十百两]+[余多]?(条|项)(["”’」』]|政策|措施|举措|意见|规定|硬核|具体|$)`)
	// policyItems and countedItems: a count of a policy's measures, reforms
	// or tasks (出台稳经济政策22条, 形成制度创新成果106项).
	policyItems  = mustMatcher(`政策|措施|举措|意见|细则|办法|条款|改革|试点|制度|创新成果|事项|任务|硬核`)
	enumItem     = mustQuickRe(`^[一二三四五六七八九十]是`)
	countedItems = mustQuickRe(`^[0-9一二三四五六七八九十百两]+[余多]?(条|项)`)
	// policyVerb: a count of measures written with nothing after its unit
	// is one when the clause says they were issued (出台三十条).
	policyVerb = mustMatcher(`出台|制定|印发|推出|提出|发布|实施|梳理|形成|明确|列出|包括|涵盖|政策|措施`)
	// provision: an amount a policy offers rather than one paid out
	// (给予最高5000万元奖励, 每年设立专项资金1亿元).
	provision = mustMatcher(`给予|不超过|额度|补贴标准|补助标准|奖励标准|标准为|每年|上限|可获`)
	// upTo: 最高 right before an amount (最高奖励50万元), not a group
	// named by its rank (最高20%家庭平均每户235.7万元).
	upTo = mustQuickRe(`最高(可|可达|可获|可获得|奖励|补贴|补助|给予|资助|支持|不超过)?$`)
	// stockWords: a figure standing at a date rather than a flow.
	stockWords = mustMatcher(`累计|共有|已建成|已形成|已建立|建有|总数|总量|实有|现有|拥有|已有|余额|目前|已达|达到|总计|共计`)
)

// periodPhrase returns the last period phrase before at in sent or in the
// (up to periodLookback) sentences of its paragraph before it.
func (x *extractor) periodPhrase(sent data.Span, at int) string {
	if p := x.respectivePeriod(at); p != "" {
		return p // 第1、2季经济成长率分别为5.54%、7.71%: the second is the second quarter's
	}
	if p := x.lastPeriodBefore(sent, at); p != "" {
		return p
	}
	first := sent
	for k, steps := 0, 0; k < periodLookback && steps < 12; steps++ {
		prev, ok := x.continued(sent)
		if !ok {
			break
		}
		sent = prev
		semi := x.endsWithSemicolon(prev)
		if !semi {
			k++ // parts joined by ；count as one sentence
		}
		// A bare year (早在2015年) is a reference, not the paragraph's
		// period, unless it dates the sentence the figure's part belongs
		// to (2022年实现生产总值80.9亿元；固定资产投资增长21.1%); and 五年累计
		// belongs to its own figure.
		if p := x.averageless(sent, x.lastPeriodBefore(sent, sent.End)); p != "" && (semi && k == 0 || !bareYear.MatchString(p) || x.headline.Kind == "" && x.opensClause(sent, p)) && !ownSpan.MatchString(p) {
			return p
		}
	}
	if p := x.paragraphPeriod(first); p != "" {
		return p
	}
	if p := x.amongPeriod(first); p != "" {
		return p
	}
	return x.samePeriod(first)
}

// amongPeriod returns, for the first sentence of a paragraph that opens
// with 当中， or 其中， (the parts of what the paragraph before told), the
// period the paragraph before named first; "" otherwise.
func (x *extractor) amongPeriod(sent data.Span) string {
	para, ok := x.paragraphOf(sent.Start)
	if !ok || para.Start != sent.Start || !amongOpening.MatchString(x.str(para.Start, min(para.End, para.Start+4))) {
		return ""
	}
	k0, _ := x.paragraphIndex(para.Start)
	if k0 == 0 {
		return ""
	}
	prev := x.a.Paragraphs[k0-1]
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].Start >= prev.Start })
	if k < len(x.sents) && x.sents[k].Start < para.Start {
		s := x.sents[k]
		for _, l := range x.periodLocs(s) {
			p := x.str(s.Start, s.End)[l[0]:l[1]]
			if !hasSuffixAny(x.str(s.Start, s.End)[:l[0]], []string{"比", "较", "同", "与"}) && !bareYear.MatchString(p) && !strings.HasSuffix(p, "日") { // (8月21日: the day of an event)
				return p
			}
		}
	}
	return ""
}

var amongOpening = mustQuickRe(`^(当中|其中)[，,]`)

// samePeriod returns, for a sentence of a paragraph that opens with 同期
// (同期，来自大部分主要供应地的进口货值录得升幅…), the period last named
// before that paragraph: the one it says is the same; "" otherwise.
func (x *extractor) samePeriod(sent data.Span) string {
	para, ok := x.paragraphOf(sent.Start)
	if !ok || !strings.HasPrefix(strings.TrimLeft(x.str(para.Start, min(para.End, para.Start+4)), " "), "同期") {
		return ""
	}
	return lastPeriod(x.str(max(0, para.Start-900), para.Start))
}

// opensClause reports a year p before the story's that opens a clause of
// sent (2023年，全市…; 《决定》指出，2023年是…之年): the paragraph's year,
// not a reference to one.
func (x *extractor) opensClause(sent data.Span, p string) bool {
	text := x.str(sent.Start, sent.End)
	i := strings.LastIndex(text, p)
	if i < 0 {
		return false
	}
	before := strings.TrimRight(text[:i], " ")
	for _, w := range []string{"刚刚过去的", "刚过去的", "过去的"} {
		if b, ok := strings.CutSuffix(before, w); ok {
			before = b // 陈雷说，刚刚过去的2017年，…: the year just ended, the paragraph's
			break
		}
	}
	if before != "" && !hasSuffixAny(before, []string{"，", ",", "：", ":"}) {
		return false
	}
	// a year before the story's (this year's results so far keep their
	// year-to-date)
	y, err := strconv.Atoi(strings.TrimSuffix(p, "年"))
	return err == nil && !x.clock.pub.IsZero() && y < x.clock.pub.Year()
}

// respectivePeriod returns the period of the k-th figure of a 分别 list
// whose clause opens with a list of quarters or months (第1、2季…分别为
// 5.54%、7.71%; 1、2月份分别增长3%和5%): the k-th of them, with the year
// written before the list; "" if the figure is in no such list.
func (x *extractor) respectivePeriod(at int) string {
	cs := x.clauseStart(at, false)
	clause := x.str(cs, at)
	k := strings.Index(clause, "分别")
	if k < 0 {
		return ""
	}
	m := periodList.FindStringSubmatch(clause[:k])
	if m == nil {
		return ""
	}
	items := listSep.Split(strings.TrimRight(m[3], "季度月份"), -1)
	for i := range items {
		items[i] = strings.TrimRight(items[i], "月份") // 4月、5月、6月: each with its 月
	}
	idx := len(listSep.FindAllStringIndex(clause[k:], -1))
	if idx >= len(items) || len(items) < 2 {
		return ""
	}
	if m[4] != "" {
		return m[1] + "第" + items[idx] + "季度"
	}
	return m[1] + items[idx] + "月"
}

var (
	// periodList opens a clause with a list of quarters (第1、2季, 一、二季度)
	// or months (1、2月份): the year, 第, the items and the quarter mark.
	periodList = regexp.MustCompile(`^((?:19|20)[0-9]{2}年)?(第)?((?:[1-4一二三四](?:、|和|及))+[1-4一二三四](季度?)|(?:(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])(?:月份?)?(?:、|和|及))+(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?)`)
	listSep    = regexp.MustCompile(`、|和|及`)
)

// paragraphPeriod returns, for a sentence further into its paragraph than
// periodLookback reaches, the last period phrase of the paragraph before
// it, when the paragraph opens with one (6月份，我市食品价格下降0.1%。…
// 非食品中，…柴油价格下降2.2%): such an opening dates the paragraph. ""
// if not.
func (x *extractor) paragraphPeriod(sent data.Span) string {
	para, ok := x.paragraphOf(sent.Start)
	if !ok || para.Start >= sent.Start {
		return ""
	}
	open := x.str(para.Start, min(para.End, para.Start+24))
	if !periodGuard.MatchString(open) {
		return ""
	}
	loc := periodScan.prefix(open)
	if loc == nil || !strings.HasPrefix(open[loc[1]:], ",") && !strings.HasPrefix(open[loc[1]:], "，") {
		return ""
	}
	last := ""
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].Start >= para.Start })
	for _, s := range x.sents[k:] {
		if s.Start >= sent.Start {
			break
		}
		if p := x.lastPeriodBefore(s, s.End); p != "" && !bareYear.MatchString(p) && !ownSpan.MatchString(p) {
			last = p
		}
	}
	return last
}

// periodLocs returns the period phrases of a sentence (periodMatches of its
// text), found once and kept.
func (x *extractor) periodLocs(sent data.Span) [][]int {
	locs, ok := x.periods[sent]
	if !ok {
		locs = periodMatches(x.str(sent.Start, sent.End))
		if x.periods == nil {
			x.periods = map[data.Span][][]int{}
		}
		x.periods[sent] = locs
	}
	return locs
}

// lastPeriodBefore is lastPeriod(x.str(sent.Start, at)), with the period
// phrases of the sentence found once and kept for its other figures.
func (x *extractor) lastPeriodBefore(sent data.Span, at int) string {
	locs := x.periodLocs(sent)
	s := x.str(sent.Start, sent.End)
	return lastPeriodIn(s, locs, x.nOff[at]-x.nOff[sent.Start])
}

// periodMatches is periodRe.FindAllStringIndex(s, -1), run only on the
// clauses of s that hold a guard word: no period phrase holds a clause
// delimiter, so its matches are the same, and most clauses are skipped
// (the regexp is large: its cost grows with the text it is run on).
// isASCIILetter reports a byte of a Latin letter.
func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// comparedWhole ends the words before a whole year that is the base of a
// comparison (比上年全年, 较去年全年, 高于全年).
var comparedWhole = regexp.MustCompile(`(比|较|较之|快于|慢于|高于|低于)(上年|去年|上一年)?$`)

func periodMatches(s string) [][]int {
	s = maskVerbTo(s)
	var out [][]int
	for start := 0; start < len(s); {
		end := indexPeriodBreak(s[start:])
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if chunk := s[start:end]; periodGuard.MatchString(chunk) {
			for _, l := range findPeriods(chunk) {
				if isRecordSpan(chunk[l[1]:]) || l[1] == len(chunk) && strings.HasPrefix(s[start+l[1]:], "、") && isRecordSpan(s[start+l[1]:]) || sinceRecord(chunk[l[0]:l[1]], chunk[l[1]:]) || basisYear(s[:start+l[0]], chunk[l[1]:]) {
					continue
				}
				if k := strings.Index(chunk[l[1]:], "基础上"); k >= 0 && strings.HasSuffix(chunk[:l[0]], "在") && !strings.ContainsAny(chunk[l[1]:l[1]+k], "0123456789") {
					// 在去年较快增长的基础上继续…: the year built on, no period of
					// the figures (but 在去年增长64.64%的基础上 dates its figure)
					continue
				}
				if strings.HasSuffix(chunk[l[0]:l[1]], "全年") && comparedWhole.MatchString(chunk[:l[0]]) {
					continue // 增长5.3%，比上年全年加快1.0个百分点: the year compared with, no period of the figures
				}
				if strings.HasSuffix(chunk[l[0]:l[1]], "全年") && hasPrefixAny(chunk[l[1]:], []string{"水准", "水平"}) {
					continue // 已提前超越全年水準: last year's whole level, no period of the figures after it
				}
				if strings.HasPrefix(chunk[l[0]:l[1]], "十") && planNamed.MatchString(s[start+l[1]:]) {
					continue // “十四五”规划顺利实施: the plan named, not the period of what follows
				}
				if inExclusionNote(s[:start+l[0]]) {
					continue // (扣除1月春节因素): a note on what is left out, not the period of what follows
				}
				if l[0] > 0 && isASCIILetter(chunk[l[0]-1]) && chunk[l[0]] >= '0' && chunk[l[0]] <= '9' {
					continue // M2月增率: the 2 of M2, no month
				}
				if strings.HasSuffix(chunk[l[0]:l[1]], "国庆") && !(l[1] == len(chunk) && hasPrefixAny(s[end:], []string{"“黄金周", "\"黄金周", "“假期"})) {
					continue // 庆祝国庆: the day named, no period; 国庆“黄金周”: the holiday week
				}
				out = append(out, []int{l[0] + start, l[1] + start})
			}
		}
		if end == len(s) {
			break
		}
		_, w := utf8.DecodeRuneInString(s[end:])
		start = end + w
	}
	return out
}

// inExclusionNote reports text that ends inside an open bracket whose note
// says what a figure leaves out (扣除1月春节因素, 剔除…影响, 不含…).
func inExclusionNote(before string) bool {
	i := lastIndexAny(before, "(（")
	if i < 0 || strings.ContainsAny(before[i:], ")）") {
		return false
	}
	_, w := utf8.DecodeRuneInString(before[i:])
	return hasPrefixAny(before[i+w:], []string{"扣除", "剔除", "排除", "除去", "不含", "不计", "未计"})
}

// basisYear reports a year that only names the basis of a conversion
// (按2018年平均汇率计算, 按2015年不变价): not the figure's period.
func basisYear(before, after string) bool {
	return strings.HasSuffix(before, "按") && hasPrefixAny(after, []string{"平均汇率", "汇率", "不变价", "可比价", "价格"}) ||
		hasSuffixAny(before, []string{"在", "于"}) && baseOfGrowth.MatchString(after) || // 在去年大基数基础上: the base the growth is on
		hasSuffixAny(before, []string{"上期（", "上期(", "前期（", "前期(", "上月（", "上月("}) // 較上期（三至五月）升0.5%: the base's months
}

// baseOfGrowth follows a year that is the base a growth is reckoned on
// (在去年(同期)大基数基础上, 在上年高基数上).
var baseOfGrowth = mustQuickRe(`^(同期)?[^，,。；;0-9]{0,6}基数(的)?(基础)?上`)

// maskVerbTo hides the 至 of a verb of change (下跌至, 上升至, 增至): it
// says what a figure came to, not 截至 (up to a date), so 下跌至2023年1月至3月的3.1%
// is read as 2023年1月至3月. The mask has the same length in bytes.
func maskVerbTo(s string) string {
	if !strings.Contains(s, "至") {
		return s
	}
	b := []byte(s)
	for i := 0; ; {
		k := strings.Index(s[i:], "至")
		if k < 0 {
			break
		}
		k += i
		if prev, _ := utf8.DecodeLastRuneInString(s[:k]); strings.ContainsRune(changeVerbRunes, prev) {
			copy(b[k:], "\u3000")
		}
		i = k + len("至")
	}
	return string(b)
}

// changeVerbRunes end verbs of change that take 至 (下跌至, 增至, 提高至).
const changeVerbRunes = "跌升增降长加少高低落减涨扩缩"

// isRecordSpan reports a span followed by a superlative (创2010年以来最好位次,
// 为近五年新高, 2019年以来首次): it dates a record the figure sets, not the
// figure.
//
// A streak or record a few words on (创2018年一季度以来季度增速新高,
// 自2018年9月以来连续7个月保持两位数增长) dates it the same way.
func isRecordSpan(after string) bool {
	if rankedShare.MatchString(after) {
		return false // 2024年最高20%家庭: that year's top fifth, no record
	}
	for _, w := range []string{"最", "新高", "新低", "首次", "同期最", "连续"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	near := after[:min(len(after), 8*3)] // about eight runes
	if k := strings.IndexAny(near, "，,。；;"); k >= 0 {
		near = near[:k]
	}
	return strings.Contains(near, "新高") || strings.Contains(near, "新低") || strings.Contains(near, "连续") || strings.HasPrefix(after, "稳居") || strings.HasPrefix(after, "位居") || strings.HasPrefix(after, "、") && (strings.Contains(near, "高点") || strings.Contains(near, "低点"))
}

// rankedShare opens a group named by its rank (最高20%, 最低二十％).
var rankedShare = mustQuickRe(`^最(高|低)[0-9一二三四五六七八九十]+(%|％)`)

// sinceRecord reports a span since which something is the highest or
// lowest (增速为2014年以来一季度最高点): p is the span, after the rest of
// its clause.
func sinceRecord(p, after string) bool {
	return strings.HasSuffix(p, "以来") && strings.Contains(after[:min(len(after), 10*3)], "最")
}

// findPeriods is periodRe.FindAllStringIndex(s, -1) with the matches of
// namedPeriods (2023年年中, 国庆黄金周) in place of those they overlap.
func findPeriods(s string) [][]int {
	locs := periodScan.FindAllStringIndex(s, -1)
	if !strings.Contains(s, "年中") && !strings.Contains(s, "国庆") && !(strings.Contains(s, "/") && strings.Contains(s, "年")) && !(strings.Contains(s, "月") && strings.ContainsAny(s, "至-－—~到")) {
		return locs
	}
	named := namedPeriods.FindAllStringIndex(s, -1)
	if len(named) == 0 {
		return locs
	}
	out := named
	for _, l := range locs {
		if !slices.ContainsFunc(named, func(n []int) bool { return l[0] < n[1] && n[0] < l[1] }) {
			out = append(out, l)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// periodBreaks are runes no period phrase holds.
const periodBreaks = "，,。；;：:！!？?、()（）“”\"《》\n"

// periodBreakBits has the bits of periodBreaks' runes.
var periodBreakBits = func() (b runeBits) {
	for _, r := range periodBreaks {
		b.add(r)
	}
	return b
}()

// indexPeriodBreak is strings.IndexAny(s, periodBreaks). IndexAny compares
// each rune of s with each of the 22 runes of periodBreaks, for every
// sentence's period phrases (about a tenth of periodMatches); one look at a
// bit set rules out nearly every rune of Chinese text, and the three-byte
// runes are decoded in line (rune3).
func indexPeriodBreak(s string) int {
	for i := 0; i < len(s); {
		r, n := rune3(s, i)
		if n == 0 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if periodBreakBits.has(r) && strings.ContainsRune(periodBreaks, r) {
			return i
		}
		i += n
	}
	return -1
}

// periodGuard holds the words one of which each match of periodRe holds:
// every alternative names a 年, 月 or 季度, or says 目前 (TestGuardWords).
// periodRe's own prefilter finds none (too many alternatives), so a text
// that holds none of these is not searched.
var periodGuard = mustMatcher(`年|月|季|目前|国庆|Q|q|十一五|十二五|十三五|十四五|十五五|十六五`)

// lastPeriodIn returns lastPeriod(s[:cut]) given locs, the matches of
// periodRe in all of s. periodRe has no anchors, so the matches of s[:cut]
// are those of s that end by cut, then the matches of the rest of s[:cut]
// from the start of the first match of s that does not.
func lastPeriodIn(s string, locs [][]int, cut int) string {
	k := 0
	for k < len(locs) && locs[k][1] <= cut {
		k++
	}
	if k == len(locs) || locs[k][0] >= cut {
		return lastPeriodOf(s[:cut], locs[:k])
	}
	from := locs[k][0]
	all := slices.Clone(locs[:k])
	for _, l := range periodScan.FindAllStringIndex(s[from:cut], -1) {
		all = append(all, []int{l[0] + from, l[1] + from})
	}
	return lastPeriodOf(s[:cut], all)
}

// endsWithSemicolon reports a sentence that ends in ；, a part of a longer
// one (分产业看，第一产业…；第二产业…；第三产业…。).
func (x *extractor) endsWithSemicolon(s data.Span) bool {
	t := strings.TrimSpace(x.str(s.Start, s.End))
	return strings.HasSuffix(t, "；") || strings.HasSuffix(t, ";")
}

// averageless returns p, the last period of an earlier sentence, or when p
// is the span of an average (2020-2021年两年平均增长3.7%, 近三年年均) the
// period named before it: the span is the average's own, not the period
// of the figures after it.
func (x *extractor) averageless(sent data.Span, p string) string {
	if p == "" {
		return p
	}
	text := x.str(sent.Start, sent.End)
	k := strings.LastIndex(text, p)
	if k < 0 || !averageAfter.MatchString(text[k+len(p):]) {
		return p
	}
	return x.lastPeriodBefore(sent, sent.Start+utf8.RuneCountInString(text[:k]))
}

var averageAfter = mustQuickRe(`^(两年|三年|[0-9]年)?(年均|平均)`)

// periodLookback is how many sentences back a paragraph's period reaches.
const periodLookback = 2

var bareYear = mustQuickRe(`^[0-9]{4}年$`)

// ownSpan is a span that belongs to the figure after it (五年累计4.5万亿元).
var ownSpan = mustQuickRe(`年(累计|净增|增量)$`)

// baseLevel: the period right before it is the base of a comparison
// (恢复至2019年同期的88.2%).
var baseLevel = mustQuickRe(`^(的)?(同期|水平)`)

// madeAt: a period right before it says when something was said, not
// what the figure covers.
var madeAt = mustQuickRe(`^(的)?(预测|预估|公布|发布|发表|估计|调查|会议(上|中|指出|提出|认为|表示|决定|强调)|覆检|检讨|更新|修订)`)

// changedTo: a figure after it is what a quantity became.
var changedTo = mustQuickRe(`(调整为|变化为|优化为|增至|增加到|增长到|提高到|提高至|提升至|提升到|升至|降至|减至|下降到|减少到|扩大到|扩大至|达到|跃升至|跃升到|到|至|转为|转正|转负)`)

// multiYearWords name periods of several years, written out as they are
// in labels: 十三五期间, 过去五年, 近三年, 五年来.
var multiYearWords = mustQuickRe(`十[一二三四五六]五|(过去|近)([二三四五六七八九十两]|十[一二三四五六七八九]|[2-9]|[1-9][0-9])年|[二三四五六七八九十两]年(来|以来|间|累计|净增|增量)`)

// lastPeriod returns the last period phrase of s that is not the base of a
// comparison (降幅比上半年收窄: 上半年 is not the figure's period).
func lastPeriod(s string) string {
	return lastPeriodOf(s, findPeriods(s))
}

// lastPeriodOf is lastPeriod with the matches of periodRe in s given.
// afterWhat closes the clause of what came before (继…之后，): a comma
// after 后 or 之后.
var afterWhat = regexp.MustCompile(`后[，,]`)

func lastPeriodOf(s string, locs [][]int) string {
	for k := len(locs) - 1; k >= 0; k-- {
		before, after := s[:locs[k][0]], s[locs[k][1]:]
		if k > 0 && glossOfPeriod(before, locs[:k]) {
			continue // 较一季度（Q1）加快, 前三季度（Q1-Q3）: the gloss of the period before, whose own place decides
		}
		if strings.HasSuffix(before, "元的") {
			continue // 投资8550万元的2011年整村推进: a year in a project's name
		}
		if hasSuffixAny(strings.TrimRight(before, "“\"「『‘"), []string{"比", "较", "同", "与", "于", "是", "先"}) {
			continue // 比上年, 是十三五时期的1.5倍, 与先前三个月比较, 比“十一五”: the base, not the period
		}
		if t, ok := strings.CutSuffix(strings.TrimRight(before, "0123456789"), ":"); ok && t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9' {
			continue // 10:00—5月26日: minutes of a time, no month range
		}
		if k > 0 && listJoint(s[locs[k-1][1]:locs[k][0]]) && hasSuffixAny(s[:locs[k-1][0]], []string{"比", "较", "同", "与"}) {
			continue // 较上半年和1-5月: the second base
		}
		if strings.HasSuffix(before, "继") && afterWhat.MatchString(after) {
			continue // 这是继2021年突破100亿元之后，又…增长4.8%: the milestone before, no period of what follows it (but 继6月份录得31.9%的升幅后 dates its 31.9%)
		}
		if madeAt.MatchString(after) || baseLevel.MatchString(after) {
			continue // 由8月预测的4.45%: when the forecast was made
		}
		if hasSuffixAny(before, []string{"由", "从"}) && changedTo.MatchString(after) {
			continue // 由3月底的2个增至15个: 3月底 is the base of 15个
		}
		if p := s[locs[k][0]:locs[k][1]]; (p == "全年" || p == "年度") && hasPrefixAny(strings.TrimPrefix(after, "投资"), []string{"目标", "任务", "计划", "的"}) {
			continue // 上半年完成全年目标的60%: 上半年 is the period
		}
		return s[locs[k][0]:locs[k][1]]
	}
	return ""
}

// glossOfPeriod reports a period phrase written inside brackets that open
// right after an earlier period phrase (一季度（Q1）, 前三季度（Q1-Q3）):
// before is the text up to it, locs the phrases found before it.
func glossOfPeriod(before string, locs [][]int) bool {
	open := max(strings.LastIndex(before, "（"), strings.LastIndex(before, "("))
	if open < 0 || strings.ContainsAny(before[open:], "）)") {
		return false
	}
	for _, l := range locs {
		if l[1] == open {
			return true
		}
	}
	return false
}

// continued returns the sentence before sent in the same paragraph: a
// paragraph's lead period (一季度，…。全市…) holds for the sentences after
// it until another is named.
func (x *extractor) continued(sent data.Span) (data.Span, bool) {
	prev, ok := x.sentenceBefore(sent)
	if !ok || strings.ContainsRune(x.str(prev.End, sent.Start), '\n') {
		return data.Span{}, false
	}
	return prev, true
}

// sentenceBefore returns the sentence right before sent, which must be
// one of the story's sentences; false for the first.
func (x *extractor) sentenceBefore(sent data.Span) (data.Span, bool) {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].Start >= sent.Start })
	if k == 0 || k >= len(x.sents) || x.sents[k] != sent {
		return data.Span{}, false
	}
	return x.sents[k-1], true
}

// priorValues dates a figure given as the prior value of the one before it
// (工业增加值同比5.4%（前值4.5%）) one period earlier: the month, quarter,
// half or year before, or the months to the month before.
func (x *extractor) priorValues(out []data.Indicator) {
	for i := range out {
		before := x.str(max(0, out[i].Start-12), out[i].Start)
		if m := lastYearMark.FindStringSubmatch(before); m != nil && out[i].PeriodStart != "" && out[i].PeriodEnd != "" {
			// 822.5亿元，较去年同期的897.5亿元下跌8.3%: last year's level
			// (较2013年同季的163.2億元: that year's)
			out[i].PeriodStart, out[i].PeriodEnd = yearEarlier(out[i].PeriodStart), yearEarlier(out[i].PeriodEnd)
			if y, err := strconv.Atoi(strings.TrimSuffix(m[2], "年")); err == nil {
				if now, err := strconv.Atoi(out[i].PeriodEnd[:4]); err == nil && now != y {
					for d := now; d > y; d-- {
						out[i].PeriodStart, out[i].PeriodEnd = yearEarlier(out[i].PeriodStart), yearEarlier(out[i].PeriodEnd)
					}
				}
			}
			if i > 0 && out[i-1].Unit == out[i].Unit && out[i-1].Sentence == out[i].Sentence {
				out[i].Metric, out[i].Indicator = out[i-1].Metric, out[i-1].Indicator // the same measure, a year before
			}
			continue
		}
		if out[i].Unit == "%" && out[i].PeriodStart != "" && lastYearRatio.MatchString(x.str(max(0, out[i].Start-30), out[i].Start)) && (strings.Contains(x.str(max(0, out[i].Start-30), out[i].Start), "同期") || x.inRatio(out[i])) {
			// 三次产业的结构比为4.1:39.2:56.7，而去年同期这一比重为5.2:39.6:55.3
			out[i].PeriodStart, out[i].PeriodEnd = yearEarlier(out[i].PeriodStart), yearEarlier(out[i].PeriodEnd)
			continue
		}
		if m := namedMonthBase.FindStringSubmatch(before); m != nil && out[i].PeriodKind == data.PeriodMonth && len(out[i].PeriodStart) == 10 {
			// 1月份售價指數為382.7點，較12月份的381.9點: December's, of the year before
			y, now := atoi(out[i].PeriodStart[:4]), atoi(out[i].PeriodStart[5:7])
			if mo := atoi(cnDigits(m[2])); mo >= 1 && mo <= 12 && mo != now {
				if mo > now {
					y--
				}
				out[i].PeriodStart, out[i].PeriodEnd = isoDay(y, mo, 1), isoDay(y, mo, monthEnd(y, mo))
			}
			continue
		}
		switch {
		case lastMonthMark.MatchString(before) && out[i].PeriodKind == data.PeriodMonth:
			// 服务价格由上月下降0.3%转为上涨0.2%: last month's rate
		case i > 0 && out[i-1].PeriodKind == out[i].PeriodKind && out[i-1].PeriodEnd == out[i].PeriodEnd && priorMark.MatchString(before):
		default:
			continue
		}
		if p, ok := periodBefore(out[i].PeriodStart, out[i].PeriodEnd, out[i].PeriodKind); ok {
			out[i].PeriodStart, out[i].PeriodEnd = p.Start, p.End
		}
	}
}

// yearEarlier returns the ISO day a year before d (02-29 → 02-28).
func yearEarlier(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	y := t.AddDate(-1, 0, 0)
	if y.Day() != t.Day() { // 29 February
		y = time.Date(t.Year()-1, t.Month(), 28, 0, 0, 0, 0, time.UTC)
	}
	if t.Month() == time.February && t.Day() >= 28 {
		y = time.Date(t.Year()-1, time.March, 0, 0, 0, 0, 0, time.UTC) // the month's last day
	}
	return y.Format("2006-01-02")
}

var (
	lastYearRatio = mustQuickRe(`(去年|上年)(同期)?(这一)?(比重|结构|比例|结构比)?(为|是|的)([0-9.]+%?[:：∶︰]){0,2}$`)
	lastYearMark  = mustQuickRe(`(较|比|与|同)(去年|上年|(?:19|20)[0-9]{2}年)同(期|季|月)(的|\()$`)
	priorMark     = mustQuickRe(`前值(为|是)?[:：]?$`)
	// namedMonthBase ends the words before a base value at a month named
	// (較12月份的, 比上月（11月）的 not included).
	namedMonthBase = mustQuickRe(`(较|比|与)([0-9]{1,2}|十[一二]|[一二三四五六七八九十])月份?的$`)
	lastMonthMark  = mustQuickRe(`(由|从)上(个)?(\([0-9]{1,2}\))?月(的)?(下修值|上修值|修正值)?(下降|上涨|增长|下跌|上升|回落)? ?$`)
)

// periodBefore returns the period one step before start..end of kind.
func periodBefore(start, end, kind string) (periodSpan, bool) {
	ts, err1 := time.Parse("2006-01-02", start)
	te, err2 := time.Parse("2006-01-02", end)
	if err2 != nil || kind != data.PeriodYTD && err1 != nil {
		return periodSpan{}, false
	}
	y, m := te.Year(), int(te.Month())
	switch kind {
	case data.PeriodMonth:
		y, m = prevMonth(y, m)
		return monthsSpan(y, m, m, kind), true
	case data.PeriodQuarter, data.PeriodHalf:
		n := m - int(ts.Month()) + 1 // months in the period
		e := ts.AddDate(0, 0, -1)    // the last day of the one before
		return monthsSpan(e.Year(), int(e.Month())-n+1, int(e.Month()), kind), true
	case data.PeriodYear:
		return yearSpan(y - 1), true
	case data.PeriodYTD:
		if m == 1 {
			return periodSpan{}, false
		}
		return monthsSpan(y, 1, m-1, kind), true
	}
	return periodSpan{}, false
}

func prevMonth(y, m int) (int, int) {
	if m == 1 {
		return y - 1, 12
	}
	return y, m - 1
}

// sentenceYear returns the last year set off by a comma before at in its
// sentence (2025年，…全年), "" if none.
func (x *extractor) sentenceYear(sent data.Span, at int) string {
	cur := sent
	for k := 0; k < 8; k++ { // parts joined by ；are one sentence
		prev, ok := x.continued(cur)
		if !ok || !x.endsWithSemicolon(prev) {
			break
		}
		cur = prev
	}
	before := x.str(cur.Start, at)
	if !strings.Contains(before, "年") {
		return ""
	}
	locs := loneYear.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return ""
	}
	l := locs[len(locs)-1]
	if !hasPrefixAny(before[l[1]:], []string{"，", ","}) {
		return "" // only a year set off as the sentence's time (2025年，…), not 2018年新增的14户企业
	}
	return before[l[0]:l[1]]
}

// partYear returns the year word of an earlier part of a year in the
// sentence (去年第四季, 2021年第四季), for a later part that names none
// (而第三季): the same year. "" if none, or if p names a year.
func (x *extractor) partYear(sent data.Span, at int, p string) string {
	if !partOnly.MatchString(p) {
		return ""
	}
	before := x.str(sent.Start, at)
	locs := periodMatches(before)
	for k := len(locs) - 1; k >= 0; k-- {
		q := before[locs[k][0]:locs[k][1]]
		if hasSuffixAny(before[:locs[k][0]], []string{"比", "较", "同", "与"}) {
			continue
		}
		if m := yearOfPart.FindStringSubmatch(q); m != nil {
			return m[1]
		}
	}
	return ""
}

var (
	// partOnly is a part of a year with no year (第三季, 三季度, 上半年).
	partOnly = mustQuickRe(`^(第[一二三四1-4]季度?|[一二三四1-4]季度|上半年|下半年)$`)
	// yearOfPart is a year word before a part of the year (去年第四季).
	yearOfPart = mustQuickRe(`^(去年|今年|上年|[0-9]{4}年)(第[一二三四1-4]季度?|[一二三四1-4]季度|上半年|下半年)`)
)

var (
	loneYear = mustQuickRe(`(19|20)[0-9]{2}年`)
	// yearPart: a period phrase that names a part of a year, or all of it,
	// without saying which year.
	yearPart = mustQuickRe(`^(全年|上半年|下半年|[一二三四]季度|第[一二三四]季度|前三季度|[0-9]{1,2}[-—–至~][0-9]{1,2}月|[0-9]{1,2}月份?|年末|年底)$`)
)

// leadPeriod returns the part of a year a news story's lead opens with
// (上半年，全县实现规上工业总产值…): the story's period, for figures of later
// paragraphs that name none. Only the lead's opening words count, and only
// a quarter, a half, months to date or a month; the zero periodSpan
// otherwise.
func (x *extractor) leadPeriod() periodSpan {
	if x.clock.pub.IsZero() {
		return periodSpan{}
	}
	for _, p := range x.a.Paragraphs {
		if p.Heading || p.Caption || p.End <= p.Start {
			continue
		}
		open := x.str(p.Start, min(p.End, p.Start+12))
		loc := periodScan.prefix(open)
		if loc == nil {
			return x.releasedPeriod(p)
		}
		span := x.resolve(open[loc[0]:loc[1]])
		switch span.Kind {
		case data.PeriodQuarter, data.PeriodHalf, data.PeriodYTD, data.PeriodMonth:
			return span
		case data.PeriodAsOf:
			return x.releasedPeriod(p) // 5月22日，省统计局发布前4个月…: the day it spoke, then what it released
		}
		return periodSpan{}
	}
	return periodSpan{}
}

// releasedPeriod returns the period a release's lead says it publishes
// (國發會今（27）日公布去（114）年 12 月份景氣概況, 统计局发布1-5月份全省经济运行
// 情况): a month, quarter, half or part of a year, else the zero span.
func (x *extractor) releasedPeriod(p data.Paragraph) periodSpan {
	lead := x.str(p.Start, min(p.End, p.Start+80))
	k := strings.IndexAny(lead, "。")
	if k >= 0 {
		lead = lead[:k]
	}
	if m := bulletinRead.FindStringSubmatch(lead); m != nil {
		y, _ := strconv.Atoi(m[1])
		return yearSpan(y) // 解读《2022年金寨县国民经济和社会发展统计公报》: that year's figures
	}
	m := releasedData.FindStringSubmatch(lead)
	if m == nil {
		m = briefingOn.FindStringSubmatch(lead) // 举行云南省2023年上半年经济运行情况新闻发布会
	}
	if m == nil {
		m = releaseShows.FindStringSubmatch(lead) // 沈阳市统计局公布数据显示:前三季度,全市…
	}
	if m == nil {
		return periodSpan{}
	}
	locs := periodMatches(m[1])
	if len(locs) == 0 {
		return periodSpan{}
	}
	l := locs[len(locs)-1]
	phrase := m[1][l[0]:l[1]]
	span := x.resolve(phrase)
	if span.Start != "" && span.Start > x.clock.pub.Format("2006-01-02") {
		c := x.clock // 12月份 published in January: last year's December
		c.dataYear--
		span = resolvePeriod(phrase, c)
	}
	switch span.Kind {
	case data.PeriodQuarter, data.PeriodHalf, data.PeriodYTD, data.PeriodMonth:
		return span
	}
	return periodSpan{}
}

// bulletinRead: a lead that reads out or publishes a year's statistics
// bulletin (解读《2022年金寨县国民经济和社会发展统计公报》); briefingOn: a
// press conference on a period's figures (举行云南省2023年上半年经济运行情
// 况新闻发布会), the period part first.
var (
	bulletinRead = mustQuickRe(`(?:解读|发布|公布|印发)《((?:19|20)[0-9]{2})年[^》]{0,30}统计公报》`)
	briefingOn   = mustQuickRe(`(?:举行|召开|举办)([^，,。；;]{2,30}?)(?:经济运行|经济数据|统计数据)(?:情况)?(?:新闻)?发布会`)
)

// releaseShows: a release's data said to show, the period right after
// (公布数据显示：前三季度，全市…).
var releaseShows = mustQuickRe(`(?:公布|发布)的?(?:最新)?(?:统计)?数据(?:显示|表明)[：:，,]?\s*([^，,。；;：:]{2,12})`)

// releasedData: what a release's lead says it publishes, the period part
// first (公布…12月份景气概况).
var releasedData = mustQuickRe(`(?:公布|发布|发表)([^，,。；;]{2,24}?)(?:景气|经济运行|数据|统计|概况|情况|指数|资料|数字)`)

// paragraphYear returns the year named by the last whole-year phrase of
// the sentences before sent in its paragraph (过去一年, 2022年, 去年), 0 if
// none.
func (x *extractor) paragraphYear(sent data.Span) int {
	para, ok := x.paragraphOf(sent.Start)
	if !ok || para.Start >= sent.Start {
		return 0
	}
	before := x.str(para.Start, sent.Start)
	locs := periodMatches(before)
	for k := len(locs) - 1; k >= 0; k-- {
		p := before[locs[k][0]:locs[k][1]]
		if p == "全年" || hasSuffixAny(before[:locs[k][0]], []string{"比", "较", "同", "与", "于", "和"}) {
			continue // (全年, or 牧业产值18.16亿元，与去年持平: the base, not the period)
		}
		span := x.resolve(p)
		if span.Kind == data.PeriodYear && len(span.Start) >= 4 {
			y, _ := strconv.Atoi(span.Start[:4])
			return y
		}
		return 0
	}
	return 0
}

// hongKong is the gazetteer's name for Hong Kong, whose fiscal year runs
// from April to March.
const hongKong = "香港特别行政区"

// firstMonths is the first N months of a year (首4个月), N submatch 1.
var firstMonths = mustQuickRe(`首([0-9]{1,2}|[一二三四五六七八九十两]{1,2})个?月`)

// fiscalMonths returns the first n months of Hong Kong's fiscal year in
// which the story was published (本财政年度首4个月 in September 2025:
// 2025-04-01 to 2025-07-31); noPeriod when the story has no date.
func (x *extractor) fiscalMonths(n string) periodSpan {
	k, err := strconv.Atoi(cnDigits(n))
	if err != nil || k < 1 || k > 12 || x.clock.pub.IsZero() {
		return noPeriod
	}
	y := x.clock.pub.Year()
	if x.clock.pub.Month() < 4 {
		y--
	}
	start := time.Date(y, 4, 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, k, -1)
	return periodSpan{Start: start.Format("2006-01-02"), End: end.Format("2006-01-02"), Kind: data.PeriodSpan} // (ytd is from 1 January)
}

// yearFlow names what flows over a year, not a stock at its end: births,
// deaths and their rates, animals slaughtered, people moving.
var yearFlow = mustQuickRe(`出生|死亡|自然增长|出栏|迁入|迁出|净迁|结婚|离婚`)

// wholePart names a span from 1 January to the end of a quarter, a half
// or the year by that part (截至6月30日 … → 上半年).
func wholePart(s periodSpan) periodSpan {
	if s.Kind != data.PeriodYTD || len(s.Start) < 10 || s.Start[5:] != "01-01" || len(s.End) < 10 {
		return s
	}
	switch s.End[5:] {
	case "03-31":
		s.Kind = data.PeriodQuarter
	case "06-30":
		s.Kind = data.PeriodHalf
	case "12-31":
		s.Kind = data.PeriodYear
	}
	return s
}

// storyYearBefore returns the last year, before the publication year,
// written as a four-digit year earlier in the story than at and not the
// start of a span or a goal (2023年本地生产总值… before 全年私人消费…); 0
// if none.
func (x *extractor) storyYearBefore(at int) int {
	if x.clock.pub.IsZero() {
		return 0
	}
	before := x.str(0, at)
	locs := loneYear.FindAllStringIndex(before, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		if hasPrefixAny(before[locs[k][1]:], []string{"以来", "目标", "计划", "起", "底前", "的", "同期"}) {
			continue
		}
		if prev, _ := utf8.DecodeLastRuneInString(before[:locs[k][0]]); locs[k][0] > 0 && !strings.ContainsRune("，,。；;：:\n “（(", prev) {
			continue // 恢复至2019年…: a base, not the time of the sentence
		}
		y, _ := strconv.Atoi(before[locs[k][0]:locs[k][1]][:4])
		if y < x.clock.pub.Year() {
			return y
		}
		return 0
	}
	return 0
}

// yearEndOpening is a year's end named alone (2024年末, 年底), not as the
// end of a count (截至2024年末) nor a deadline (到2025年底).
var yearEndOpening = mustQuickRe(`^([0-9]{4}年|今年|去年|上年)?(年末|年底|末|底)$`)

// yearEndFlow reports a figure told at a year's end that measures the
// year's flow: what was done (完成, 实现, 增长) or a canonical flow
// (生产总值, 增加值, 零售总额, 投资, 收入, 进出口), with no stock word
// (余额, 累计, 共有, 达到, 人口, 面积) in its clause.
func (x *extractor) yearEndFlow(at int) bool {
	before := x.str(x.clauseStart(at, true), at)
	// the item the figure is in, back to its ； or 。 (增长8.61% after
	// 年末在册市场经营主体180392户: the growth of a stock)
	item := at
	for item > 0 && at-item < 200 && !strings.ContainsRune("；;。", x.rs[item-1]) {
		item--
	}
	if whole := x.str(item, at); stockWords.MatchString(before) || yearEndStock.MatchString(whole) || balanceWords.MatchString(whole) {
		return false
	}
	return yearEndFlowWords.MatchString(before)
}

var (
	yearEndFlowWords = mustMatcher(`完成|实现|增长|下降|生产总值|增加值|零售总额|固定资产投资|进出口|一般公共预算收入|税收收入|可支配收入|消费支出`)
	yearEndStock     = mustMatcher(`人口|面积|城镇化率|存栏|户|数量|个数|规模|覆盖率|保有|库存|负债|资产总额|注册资金|经营主体|市场主体`)
)

// yearJustBefore returns the year written right before the part of a year
// p (2015年全年, 2015年上半年 when periodRe took them apart), "" if none.
func (x *extractor) yearJustBefore(sent data.Span, at int, p string) string {
	if p != "全年" && p != "全年累计" {
		return ""
	}
	before := x.str(sent.Start, at)
	i := strings.LastIndex(before, p)
	if i < 0 {
		return ""
	}
	if m := yearAtEnd.FindString(before[:i]); m != "" && !hasSuffixAny(before[:i-len(m)], []string{"较", "比", "与", "同", "相对", "对比"}) {
		return m // (较2024年全年分别下跌3.5%: the base, not the period)
	}
	return ""
}

var yearAtEnd = regexp.MustCompile(`(19|20)[0-9]{2}年$`)

// planNamed follows a five-year plan's number that names the plan itself
// (“十四五”规划顺利实施, 十三五规划圆满收官), not a span of years.
var planNamed = mustQuickRe(`^["”’」』]?(规划|计划)(纲要)?["”’」』]?(顺利|圆满|全面|胜利|开局|收官|实施良好|编制|落地|启动|起步|目标任务)`)

// reachedLevel ends the words before a level a span of years led to
// (收入分别达到, 增加到, 提高到).
var reachedLevel = mustQuickRe(`(分别)?(达到|增加到|提高到|提升到|增长到|上升到)$`)

// lookedBack is a span of years looked back on (四年来, 过去五年, 近三年).
var lookedBack = mustQuickRe(`^([一二三四五六七八九十两]年(来|以来)|(过去|近)[0-9一二三四五六七八九十两]{1,2}年)$`)

// quarterEnd is the last day of a quarter.
var quarterEnd = regexp.MustCompile(`-(03-31|06-30|09-30|12-31)$`)

// inRatio reports a figure that is a term of a ratio (17.2:28.3:54.5,
// 23.1%:20.5%:56.4%), not a share said alone (恢复到上年的95%以上).
func (x *extractor) inRatio(ind data.Indicator) bool {
	after := strings.TrimPrefix(x.str(ind.End, min(ind.End+2, len(x.rs))), "%")
	before := strings.TrimSuffix(x.str(max(0, ind.Start-2), ind.Start), "%")
	return strings.HasPrefix(after, ":") || strings.HasPrefix(after, "：") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "：")
}

// awardCap ends the words before an amount a rule offers (最高可获, 最高可享受
// 政府, 奖金为, 贷款额度): no period of its own.
var awardCap = mustQuickRe(`(最高|最多)(可|能)(获|获得|享受|领取|申请)[^，,。；;0-9]{0,6}$|奖金(为)?$|贷款额度(为)?$`)

// fivePlanEnd is the end of a five-year plan (十三五末, 十三五期末).
var fivePlanEnd = mustQuickRe(`十[一二三四五六]五(期)?末$`)
