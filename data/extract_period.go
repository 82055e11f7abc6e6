package data

import (
	"fmt"
	"regexp"
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
	if fourDigitYear.MatchString(phrase) {
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
	}{{"今年", 0}, {"本年", 0}, {"去年", -1}} {
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
	if phrase == "今年" || phrase == "本年" {
		phrase = ""
	}
	if rest, ok := strings.CutPrefix(phrase, "年"); ok {
		return fmt.Sprintf("%s%d年%s", upTo, year, rest) // 年内 → 2020年内
	}
	return fmt.Sprintf("%s%d年%s", upTo, year, phrase)
}
