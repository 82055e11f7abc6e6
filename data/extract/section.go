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
	start  int // rune offset of the heading
	year   int
	goal   bool // 目标, 计划, 任务 and no 回顾
	review bool // 回顾, 成绩, 过去
}

var (
	sectionHeading = mustQuickRe(`^[一二三四五六七八九十]+、[^。；;，,]{0,30}?([0-9]{4})年[^。；;，,]{0,30}$`)
	sectionGoal    = mustMatcher(`目标|计划|任务|安排`)
	sectionReview  = mustMatcher(`回顾|成绩|过去`)
	pastMarks      = mustMatcher(`已|去年|上年|过去|完成了|实现了`)
)

// sectionsOf finds the dated section headings of a text, in order.
func sectionsOf(rs []rune) []section {
	var out []section
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && rs[end] != '\n' {
			end++
		}
		if end-start <= 40 && end > start && strings.ContainsRune("一二三四五六七八九十", rs[start]) {
			line := strings.TrimSpace(string(rs[start:end]))
			if m := sectionHeading.FindStringSubmatch(line); m != nil {
				y, _ := strconv.Atoi(m[1])
				review := sectionReview.MatchString(line)
				out = append(out, section{start: start, year: y, review: review, goal: !review && sectionGoal.MatchString(line)})
			}
		}
		start = end + 1
	}
	return out
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
	if (span.Kind == data.PeriodYear || span.Kind == data.PeriodNone || span.Kind == "") && !fourDigitYear.MatchString(before) {
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
