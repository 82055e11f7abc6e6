package data

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

var (
	fourDigitYear = regexp.MustCompile(`[0-9]{4}年`)
	isoDate       = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})`)
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
	}{{"今年", 0}, {"本年", 0}, {"去年", -1}, {"上年", -1}, {"过去一年", -1}} {
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
	if phrase == "今年" || phrase == "本年" || phrase == "全年" || phrase == "过去一年" {
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
// as dates.
func (x *extractor) periodOf(sent Span, at int) (string, periodSpan) {
	year := x.clock.dataYear
	p := x.periodPhrase(sent, at)
	span := resolvePeriod(p, x.clock)
	if p != "" {
		return periodLabel(p, year, x.a.Date, x.a.DateInferred), span
	}
	if year > 0 {
		return fmt.Sprintf("%d年", year), span
	}
	return "", span
}

// periodPhrase returns the last period phrase before at in sent or in the
// (up to periodLookback) sentences of its paragraph before it.
func (x *extractor) periodPhrase(sent Span, at int) string {
	if p := x.lastPeriodBefore(sent, at); p != "" {
		return p
	}
	for k := 0; k < periodLookback; k++ {
		prev, ok := x.continued(sent)
		if !ok {
			return ""
		}
		sent = prev
		// A bare year (早在2015年) is a reference, not the paragraph's period.
		if p := x.lastPeriodBefore(sent, sent.End); p != "" && !bareYear.MatchString(p) {
			return p
		}
	}
	return ""
}

// lastPeriodBefore is lastPeriod(x.str(sent.Start, at)), with the period
// phrases of the sentence found once and kept for its other figures.
func (x *extractor) lastPeriodBefore(sent Span, at int) string {
	locs, ok := x.periods[sent]
	if !ok {
		locs = periodGuard.FindAllStringIndex(x.str(sent.Start, sent.End))
		if x.periods == nil {
			x.periods = map[Span][][]int{}
		}
		x.periods[sent] = locs
	}
	s := x.str(sent.Start, sent.End)
	return lastPeriodIn(s, locs, x.nOff[at]-x.nOff[sent.Start])
}

// periodGuard is periodRe with the words one of which each of its matches
// holds: every alternative names a 年, 月 or 季度, or says 目前.
var periodGuard = guarded{periodRe, []string{"年", "月", "季", "目前", "十一五", "十二五", "十三五", "十四五", "十五五", "十六五"}}

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
	for _, l := range periodRe.FindAllStringIndex(s[from:cut], -1) {
		all = append(all, []int{l[0] + from, l[1] + from})
	}
	return lastPeriodOf(s[:cut], all)
}

// periodLookback is how many sentences back a paragraph's period reaches.
const periodLookback = 2

var bareYear = regexp.MustCompile(`^[0-9]{4}年$`)

// multiYearWords name periods of several years, written out as they are
// in labels: 十三五期间, 过去五年, 近三年, 五年来.
var multiYearWords = regexp.MustCompile(`十[一二三四五六]五|(过去|近)([二三四五六七八九十两]|十[一二三四五六七八九]|[2-9]|[1-9][0-9])年|[二三四五六七八九十两]年(来|以来)`)

// lastPeriod returns the last period phrase of s that is not the base of a
// comparison (降幅比上半年收窄: 上半年 is not the figure's period).
func lastPeriod(s string) string {
	return lastPeriodOf(s, periodRe.FindAllStringIndex(s, -1))
}

// lastPeriodOf is lastPeriod with the matches of periodRe in s given.
func lastPeriodOf(s string, locs [][]int) string {
	for k := len(locs) - 1; k >= 0; k-- {
		before, after := s[:locs[k][0]], s[locs[k][1]:]
		if hasSuffixAny(before, []string{"比", "较", "同", "与", "于"}) {
			continue
		}
		if p := s[locs[k][0]:locs[k][1]]; p == "全年" && hasPrefixAny(after, []string{"目标", "任务", "计划", "的"}) {
			continue // 上半年完成全年目标的60%: 上半年 is the period
		}
		return s[locs[k][0]:locs[k][1]]
	}
	return ""
}

// continued returns the sentence before sent in the same paragraph: a
// paragraph's lead period (一季度，…。全市…) holds for the sentences after
// it until another is named.
func (x *extractor) continued(sent Span) (Span, bool) {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].Start >= sent.Start })
	if k == 0 || k >= len(x.sents) || x.sents[k] != sent {
		return Span{}, false
	}
	prev := x.sents[k-1]
	if strings.ContainsRune(x.str(prev.End, sent.Start), '\n') {
		return Span{}, false
	}
	return prev, true
}
