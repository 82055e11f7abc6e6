package data

import (
	"slices"
	"strings"
)

// QualityMissingDigits is the Article.Quality mark of a text whose digits
// were stripped (城镇新增就业万人).
const QualityMissingDigits = "数字缺失"

// strippedMarks are words that in these texts follow a number; written
// after a non-numeral they show that the number was lost.
var strippedMarks = []string{"万人", "万元", "亿元", "万户", "万个", "万名", "亿美元", "个百分点", "%", "月日", "月末", "月底"}

// qualityOf returns the data-quality marks of a story's text:
// QualityMissingDigits when at least three number marks stand without a
// number and they outnumber the marks that have one, so an odd 亿元以上项目
// does not flag a sound text. Nil for a sound text.
func qualityOf(text string) []string {
	stripped, backed := countMarks([]rune(Normalize(text)))
	if stripped >= 3 && stripped > backed {
		return []string{QualityMissingDigits}
	}
	return nil
}

// countMarks counts the number marks of rs with and without a numeral
// before them.
func countMarks(rs []rune) (stripped, backed int) {
	marks := make([][]rune, len(strippedMarks))
	for k, m := range strippedMarks {
		marks[k] = []rune(m)
	}
	for i := range rs {
		for _, mr := range marks {
			if i+len(mr) > len(rs) || rs[i] != mr[0] || !slices.Equal(rs[i:i+len(mr)], mr) {
				continue
			}
			if i > 0 && strings.ContainsRune("（(：:/", rs[i-1]) {
				break // 地区生产总值（亿元）, 单位：万元: a unit named, no number missing
			}
			if i > 0 && (isNumeralRune(rs[i-1]) || strings.ContainsRune("余多几.", rs[i-1])) {
				backed++
			} else {
				stripped++
			}
			break
		}
	}
	return stripped, backed
}
