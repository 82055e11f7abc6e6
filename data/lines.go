package data

import (
	"regexp"
	"unicode"
)

// The loader's cleaner and the extractor's table pass read lines by the
// same rules: these.

// IsRule reports a separator line: |---|:--:|, +---+---+, ====.
func IsRule(rs []rune) bool {
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

// WithoutSectionNumber drops a leading section number.
func WithoutSectionNumber(s string) string {
	return reSectionNumber.ReplaceAllString(s, "")
}

// HanCount counts the Han characters of s.
func HanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// IsSpace reports the spaces the sentence splitter skips: ASCII space,
// tab, newline, the ideographic space and the no-break space.
func IsSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == 0x3000 || r == 0xa0
}

// HasSectionNumber reports a line that starts with a section number.
func HasSectionNumber(s string) bool {
	return reSectionNumber.MatchString(s)
}
