package load

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"zhibiao/data"
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
	stripped, backed := countMarks(text)
	if stripped >= 3 && stripped > backed {
		return []string{QualityMissingDigits}
	}
	return nil
}

// countMarks counts the number marks of data.Normalize(s) with and
// without a numeral before them, in one pass over the runes of s, each
// normalised as it comes (every mark starts with one of 万 亿 个 % 月, and
// no two marks match at one place; the rest of a mark holds no rune that
// Normalize maps or maps to, so it is matched in s as it is).
func countMarks(s string) (stripped, backed int) {
	var prev rune
	for i, r := range s {
		r = data.NormalizeRune(r)
		switch r {
		case '万', '亿', '个', '%', '月':
			_, size := utf8.DecodeRuneInString(s[i:])
			for _, m := range strippedMarks {
				first, n := utf8.DecodeRuneInString(m)
				if first != r || !strings.HasPrefix(s[i+size:], m[n:]) {
					continue
				}
				switch {
				case i > 0 && strings.ContainsRune("（(：:/", prev):
					// 地区生产总值（亿元）, 单位：万元: a unit named, no number missing
				case i > 0 && (isNumeral(prev) || strings.ContainsRune("余多几.", prev)):
					backed++
				default:
					stripped++
				}
				break
			}
		}
		prev = r
	}
	return stripped, backed
}

// isNumeral reports digits and Chinese numeral characters.
func isNumeral(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("零一二两三四五六七八九十百千万亿", r)
}
