package extract

import (
	"strconv"
	"strings"
	"zhibiao/data"
)

// A section is a report's numbered heading that dates what follows it
// (一、2024年工作回顾; 二、2025年主要预期目标和重点工作): figures under it
// that name no year of their own are of its year, results under a review
// and targets under goals.
type section struct {
	start  int  // rune offset of the heading
	year   int  // 0 for a heading of several years (过去五年, 今后五年)
	years  int  // how many years such a heading spans
	goal   bool // 目标, 计划, 任务 and no 回顾
	review bool // 回顾, 成绩, 过去
	// bare is a heading with neither number nor year (主要目标, 主要预期
	// 目标): goals of the year it was written in, or the next (明年).
	bare bool
	next bool // bare, and of the next year (明年主要目标)
	stop bool // a heading after a bare one (重点工作): its goals end there
	// part is the part of a year a heading names (一、1-3月份主要经济指标完成
	// 情况): figures under it that name no period of their own are of it,
	// up to the next numbered heading.
	part string
}

var (
	// partHeading is a numbered heading of a part of a year and no year
	// (一、1-3月份主要经济指标完成情况, 二、上半年工业运行情况);
	// numberedHeading any numbered heading line.
	partHeading     = mustQuickRe(`^[一二三四五六七八九十]+、\s*((?:1|一)[-—～~至到](?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份?|[一二三四]季度|第[一二三四]季度|上半年|前三季度)[^。；;，,0-9]{0,24}[。]?$`)
	numberedHeading = mustQuickRe(`^[一二三四五六七八九十]+、[^。；;，,]{1,30}[。]?$`)
	sectionHeading  = mustQuickRe(`^[一二三四五六七八九十]+、[^。；;]{0,30}?([0-9]{4})年[^。；;]{0,30}$`) // (一、奋发有为，2018年迈出铿锵步伐: a comma may set a heading's parts apart)
	sectionGoal     = mustMatcher(`目标|计划|任务|安排`)
	sectionReview   = mustMatcher(`回顾|成绩|成就|过去|执行情况|完成情况|落实情况`)
	pastMarks       = mustMatcher(`已|去年|上年|过去|完成了|实现了`)
	// yearsHeading is a heading of a term of years: 一、赶超发展的五年,
	// 二、今后五年的重点目标.
	yearsHeading = mustQuickRe(`^[一二三四五六七八九十]+、[^。；;，,0-9]{0,20}?(过去|今后|未来|近|的)?(三|五)年(来|的|以来)?[^。；;，,0-9]{0,20}$`)
	futureYears  = mustMatcher(`今后|未来`)
	// lookAhead heads what a report means to do (展望2018年).
	lookAhead = mustQuickRe(`^展望((?:19|20)[0-9]{2}年|今年|明年|未来)?[：:]?$`)
	// bareGoalHeading is a line of its own that heads a report's goals
	// with no number or year: 主要目标, 主要预期目标, 今年经济社会发展主要预期目标.
	// yearLine is a line of a year and a few words, no figure and no
	// sentence (2020年湖南, 2021年工作安排).
	// A colon may end it (2020年成就：, 2021年目标： over a summary in points).
	yearLine        = mustQuickRe(`^((?:19|20)[0-9]{2})年[^。；;，,、0-9：:？?（(]{1,12}[！!：:]?$`)
	partYearWords   = mustMatcher(`月|季|半年|以来|末|底|期间|前|至|到`)
	bareGoalHeading = mustQuickRe(`^([一二三四五六七八九十]+、)?((?:19|20)[0-9]{2}年|今年|本年|明年)?(的)?(经济社会发展|经济和社会发展|全县|全市|全区)?的?(主要)?(预期)?(发展|行动|总体)?(目标|指标)(任务)?(是)?[：:]?$`)
)

// sectionsOf finds the dated section headings of a text, in order.
func sectionsOf(rs []rune) []section {
	var out []section
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && rs[end] != '\n' {
			end++
		}
		if end-start <= 20 && end > start {
			line := strings.TrimSpace(string(rs[start:end]))
			switch {
			case bareGoalHeading.MatchString(line) && hasAnyWord(line, "主要", "预期", "发展", "行动", "总体") || lookAhead.MatchString(line):
				sec := section{start: start, goal: true, bare: true, next: strings.HasPrefix(line, "明年")}
				if m := fourDigitYear.FindString(line); m != "" {
					sec.year, _ = strconv.Atoi(m[:4]) // 2019年主要预期目标：
				}
				out = append(out, sec)
			case len(out) > 0 && out[len(out)-1].bare && !strings.ContainsAny(line, "。；;，,0123456789"):
				out = append(out, section{start: start, stop: true})
			}
		}
		if end-start <= 16 && end > start && isASCIIDigit(rs[start]) {
			// 2020年湖南 / 交答卷！: a short line of a year and a name heads
			// what that year brought (a report's summary in points).
			line := strings.TrimSpace(string(rs[start:end]))
			if m := yearLine.FindStringSubmatch(line); m != nil && !partYearWords.MatchString(line) {
				out = append(out, datedSection(start, m[1], line))
			}
		}
		if end-start <= 40 && end > start && strings.ContainsRune("一二三四五六七八九十", rs[start]) {
			line := strings.TrimSpace(string(rs[start:end]))
			if m := partHeading.FindStringSubmatch(line); m != nil {
				out = append(out, section{start: start, part: m[1]})
			} else if len(out) > 0 && out[len(out)-1].part != "" && numberedHeading.MatchString(line) {
				out = append(out, section{start: start, stop: true}) // 二、经济运行特点: the part's figures end
			}
			if m := sectionHeading.FindStringSubmatch(line); m != nil {
				out = append(out, datedSection(start, m[1], line))
			} else if m := yearsHeading.FindStringSubmatch(line); m != nil {
				n := 5
				if m[2] == "三" {
					n = 3
				}
				future := futureYears.MatchString(line)
				out = append(out, section{start: start, years: n, goal: future, review: !future})
			}
		}
		start = end + 1
	}
	return out
}

// datedSection is the section a heading line of one year opens at start:
// a review when it says so, else goals when it names them.
func datedSection(start int, year, line string) section {
	y, _ := strconv.Atoi(year)
	review := sectionReview.MatchString(line)
	return section{start: start, year: y, review: review, goal: !review && sectionGoal.MatchString(line)}
}

// sectionOf returns the last dated section heading before at.
func (x *extractor) sectionOf(at int) (section, bool) {
	for k := len(x.sections) - 1; k >= 0; k-- {
		if x.sections[k].start < at {
			return x.sections[k], true
		}
	}
	return section{}, false
}

// inSection dates a figure by its section when its own period is only a
// year (or none) that its sentence does not write as a number, and gives
// it the section's status: a result under a review, a target under goals
// unless its sentence speaks of the past.
func (x *extractor) inSection(sec section, sent data.Span, at int, status, label string, span periodSpan) (string, string, periodSpan) {
	before := x.str(sent.Start, at)
	if sec.stop {
		return status, label, span
	}
	if sec.part != "" {
		if (yearOrNone(span) || span.Kind == data.PeriodAsOf && span.End == x.clock.pub.Format("2006-01-02")) && !fourDigitYear.MatchString(before) && x.lastPeriodBefore(sent, at) == "" {
			// (a stock dated only by the story's day: 总量为52.22亿元)
			if p := x.resolve(sec.part); p.Kind != data.PeriodNone && p.Kind != "" {
				return status, sec.part, p
			}
		}
		return status, label, span
	}
	if sec.bare {
		return x.inGoals(sec, sent, before, at, status, label, span)
	}
	if sec.year == 0 {
		return x.inTermSection(sec, before, at, status, label, span)
	}
	if yearOrNone(span) && !fourDigitYear.MatchString(before) {
		span = yearSpan(sec.year)
		label = strconv.Itoa(sec.year) + "年"
	}
	switch {
	case sec.review && status == data.StatusTarget && !targetWords.MatchString(x.str(x.clauseStart(at, false), at)):
		status = data.StatusResult
	case sec.goal && status == data.StatusResult && !pastMarks.MatchString(before):
		status = data.StatusTarget
	}
	return status, label, span
}

// yearOrNone reports a figure's period that is only a year or none: one a
// section may date anew.
func yearOrNone(span periodSpan) bool {
	return span.Kind == data.PeriodYear || span.Kind == data.PeriodNone || span.Kind == ""
}

// inGoals dates a figure under a bare goal heading (主要目标): a target of
// the year the report was written in (or the next, 明年主要目标) when its
// own sentence names no period before it and speaks not of the past.
func (x *extractor) inGoals(sec section, sent data.Span, before string, at int, status, label string, span periodSpan) (string, string, periodSpan) {
	y := x.clock.pubYear
	if sec.year > 0 {
		y = sec.year
	} else if sec.next {
		y++
	}
	if y == 0 || pastMarks.MatchString(before) {
		return status, label, span
	}
	if p := x.lastPeriodBefore(sent, at); p != "" && p != strconv.Itoa(y)+"年" && p != "今年" && p != "全年" {
		return status, label, span // 上半年…: a period of its own
	}
	if status == data.StatusResult {
		status = data.StatusTarget
	}
	span = yearSpan(y)
	return status, spanLabel(span), span
}

// inTermSection dates a figure under a heading of a term of years: under
// 今后五年 a goal standing at the term's end (地区生产总值突破3000亿元 in a
// 2017 report: by 2021), under 过去五年 a result of those years, for a
// figure whose own period is only the report's year.
func (x *extractor) inTermSection(sec section, before string, at int, status, label string, span periodSpan) (string, string, periodSpan) {
	y := x.clock.pubYear
	if y == 0 || fourDigitYear.MatchString(before) || !yearOrNone(span) {
		return status, label, span
	}
	if sec.goal {
		if status == data.StatusResult && !pastMarks.MatchString(before) {
			status = data.StatusTarget
		}
		end := y + sec.years - 1
		return status, strconv.Itoa(end) + "年", asOf(end, 12, 31)
	}
	if status == data.StatusTarget && !targetWords.MatchString(x.str(x.clauseStart(at, false), at)) {
		status = data.StatusResult
	}
	first, last := y-sec.years, y-1
	return status, strconv.Itoa(first) + "—" + strconv.Itoa(last) + "年", periodSpan{Start: isoDay(first, 1, 1), End: isoDay(last, 12, 31), Kind: data.PeriodSpan}
}
