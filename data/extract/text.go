package extract

import "regexp"

// The table pass reads lines as the loader's cleaner does: these three
// are the same rules as load's isRule, withoutSectionNumber and
// data.Sentences' space test, kept here so that extraction does not
// depend on loading.

// isRule reports a separator line: |---|:--:|, +---+---+, ====.
func isRule(rs []rune) bool {
	dashes := 0
	for _, r := range rs {
		switch r {
		case '-', '=', '—':
			dashes++
		case '|', '+', ':', ' ', '\t':
		default:
			return false
		}
	}
	return dashes >= 3
}

// reSectionNumber is a leading section number: 一、 （二） 3、 4. 第五、
var reSectionNumber = regexp.MustCompile(`^(?:第?[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])\s*`)

// withoutSectionNumber drops a leading section number.
func withoutSectionNumber(s string) string {
	return reSectionNumber.ReplaceAllString(s, "")
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == 0x3000 || r == 0xa0
}
