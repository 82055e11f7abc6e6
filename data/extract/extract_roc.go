package extract

import (
	"regexp"
	"strconv"
	"strings"

	"zhibiao/data/region"
)

// Taiwan counts years of the Republic (102年3月 is March 2013, 114年前2月
// the first two months of 2025). A Taiwan story's text is read with those
// years written out (2013年3月), so that every period rule reads them as
// it reads any year; toOrig maps the offsets of that text back to the
// story's own, where figures are quoted from.

// rocYearRe is a year of the Republic: three digits from 100 (2011) on, or
// two from 80 (1991) when a month, quarter or part of the year follows.
var rocYearRe = regexp.MustCompile(`(^|[^0-9.０-９第近逾满约达])(1[0-4][0-9]|[89][0-9])年([0-9]{1,2}月|第|[一二三四1-4]季|度|全年|上半年|下半年|前|首|1至|1-|底|末|[，,、（(]|$)?`)

// rocAfterNot: what after N年 says it is a number of years (100年来, 100年前
// with no month after it, 100年历史).
var rocAfterNot = regexp.MustCompile(`^(来|以来|历史|老|之久|间|後|后|前[^0-9一二两三四五六七八九十])`)

// rocStory reports a story of Taiwan: placed there (r, the story's region,
// found from Taiwan's offices, money, papers or a year of the Republic with
// its month when the story has none), or naming 民国.
func rocStory(g *region.Gazetteer, r string, norm string) bool {
	if !strings.Contains(norm, "年") {
		return false
	}
	if e, ok := g.Lookup(r); ok && (e.Name == taiwan || e.Province == taiwan) {
		return true
	}
	return strings.Contains(norm[:min(len(norm), 1800)], "民国")
}

// rocYears returns norm with the Republic's years written out and, when it
// changed anything, the offset in norm of each rune of the result (and of
// its end).
func rocYears(norm string) (string, []int) {
	ms := rocYearRe.FindAllStringSubmatchIndex(norm, -1)
	if ms == nil {
		return norm, nil
	}
	var b strings.Builder
	var toOrig []int
	last, runeAt := 0, 0 // byte and rune offsets in norm of what is copied
	copyTo := func(end int) {
		for _, r := range norm[last:end] {
			b.WriteRune(r)
			toOrig = append(toOrig, runeAt)
			runeAt++
		}
		last = end
	}
	changed := false
	for _, m := range ms {
		ys, ye := m[4], m[5]
		after := norm[m[5]+len("年"):]
		short := ye-ys == 2
		if short && m[6] < 0 || m[6] < 0 && rocAfterNot.MatchString(after) || short && m[6] >= 0 && strings.ContainsAny(norm[m[6]:m[7]], "，,、（(") {
			continue // 100年来, 86年 alone: a number of years
		}
		n, _ := strconv.Atoi(norm[ys:ye]) // digits: cannot fail
		copyTo(ys)
		for _, r := range strconv.Itoa(1911 + n) {
			b.WriteRune(r)
			toOrig = append(toOrig, runeAt) // the added digit stands on the first
		}
		runeAt += ye - ys // (ASCII digits: one byte a rune)
		toOrig = toOrig[:len(toOrig)-(ye-ys)]
		for k := range ye - ys {
			toOrig = append(toOrig, runeAt-(ye-ys)+k)
		}
		last = ye
		changed = true
	}
	if !changed {
		return norm, nil
	}
	copyTo(len(norm))
	toOrig = append(toOrig, runeAt)
	return b.String(), toOrig
}
