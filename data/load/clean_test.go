package load

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/region"
)

func TestIsTableLine(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"1 | 潞州区 | 565.7 | 8", true},
		{"|---|:---:|", true},
		{"+----+----+", true},
		{"------", true}, // a rule: never a fragment of prose
		{"地    区      规模工业增加值  规模工业利税总额", true},
		{"增长速度          增长速度          增长速度", true},
		{"指标\t本月\t累计", true},
		{"地区生产总值：2311.1亿元", true},
		{"增速:11%", true},
		{"地区生产总值　　2311.1", true},
		{"据市统计局最新发布的数据显示：2023年全市地区生产总值达到", false},
		{"全市地区生产总值2311.1亿元，增长11%", false},
		{"记者  张三", false},
		{"姚坪乡　桥通路畅促发展　产业振兴“有姜来”", false}, // a headline in parts, quoting
	}
	for _, tt := range tests {
		if got := isTableLine(tt.s); got != tt.want {
			t.Errorf("isTableLine(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestWideCells checks wideCells against the expression it replaced on
// every line of the seeds and gold texts and on made-up rows.
func TestWideCells(t *testing.T) {
	gap := regexp.MustCompile(`\s{2,}|\x{3000}`)
	lines := []string{"地    区      规模工业增加值  规模工业利税总额", "全  省　　60465.3", "a \u3000 b", "  \u3000x", "x\t\ty", "单行", ""}
	for _, text := range lineTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	for _, l := range lines {
		want := 0
		if s := strings.TrimSpace(l); s != "" {
			want = len(gap.Split(s, -1))
		}
		if got := wideCells(l); got != want {
			t.Errorf("wideCells(%q) = %d, want %d", l, got, want)
		}
	}
}

// TestUngrouped checks ungrouped against groupedDigits.ReplaceAllString on
// every line of the seeds and gold texts, as read and as the extractor
// reads them, and on made-up ones.
func TestUngrouped(t *testing.T) {
	lines := []string{"", ",", "1,234", "政府收入 619,837 599,774 590,926", "1,23", "12,3456", "a,b", "台北市    1,604      2,331", "1，234", "\xff,123", "9,999,999",
		"1,234,567", "12,345,678,901", "1,2345", ",123", "1,23,456", "1,234,5678", "a1,234b2,345", "1,,234", "1,234", "0,000,", "1,23", "5,678\xff,123"}
	for _, text := range lineTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	for _, dir := range []string{"testdata", "../../seeds", "../extract/testdata/gold"} {
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return nil
			}
			if b, err := os.ReadFile(p); err == nil {
				lines = append(lines, strings.Split(string(b), "\n")...)
			}
			return nil
		})
	}
	changed := 0
	for _, l := range lines {
		want := groupedDigits.ReplaceAllString(l, "$1$2")
		if got := ungrouped(l); got != want {
			t.Fatalf("ungrouped(%q) = %q, want %q", l, got, want)
		}
		if want != l {
			changed++
		}
	}
	if changed < 10 {
		t.Errorf("only %d lines changed: the check is thin", changed)
	}
}

// TestRunesOver checks runesOver against utf8.RuneCountInString for every
// n up to 130, on every line of the seeds and gold texts, their prefixes
// of every length up to 600 bytes, and broken UTF-8.
func TestRunesOver(t *testing.T) {
	lines := []string{"", "\xff", "\xff\xfe\xfd\xfc", "增\xe5\xa2", "\xf0\x9f\x98\x80\xf0\x9f\x98\x80", strings.Repeat("\xf0\x9f\x98\x80", 40)}
	for _, text := range lineTexts(t) {
		for _, l := range strings.Split(text, "\n") {
			lines = append(lines, l)
			if len(l) > 20 {
				for i := 1; i < min(len(l), 600); i += 23 {
					lines = append(lines, l[:i])
				}
			}
		}
	}
	over := 0
	for _, l := range lines {
		c := utf8.RuneCountInString(l)
		for n := range 131 {
			if got := runesOver(l, n); got != (c > n) {
				t.Fatalf("runesOver(%q, %d) = %v, %d runes", l, n, got, c)
			}
			if c > n {
				over++
			}
		}
	}
	if over == 0 {
		t.Error("no line over: the check is empty")
	}
}

// lineTexts are the seeds and every gold text (package extract's
// testdata), normalised and simplified as the extractor reads them.
func lineTexts(t *testing.T) []string {
	as, _, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	var texts []string
	for _, a := range as {
		texts = append(texts, a.Title, a.Text)
	}
	dirs, _ := filepath.Glob("../extract/testdata/gold/*")
	for _, d := range dirs {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			continue
		}
		gas, _, err := LoadDir(context.Background(), d, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range gas {
			texts = append(texts, a.Title, a.Text)
		}
	}
	for i, s := range texts {
		texts[i] = region.Default().Simplify(data.Normalize(s))
	}
	return texts
}

func TestIndexCommaIsIndexAny(t *testing.T) {
	for _, s := range []string{"", "abc", "增长，达到", "a,b，c", "增长5%,达到", "\xef\xbc", "\xef，", "\xef\xbc\x8d，", "全年", "（通讯员）"} {
		if got, want := indexComma(s), strings.IndexAny(s, "，,"); got != want {
			t.Errorf("indexComma(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestClassifyPrefilters checks that the quick tests before classify's
// regexps never skip a line the regexp would match.
func TestClassifyPrefilters(t *testing.T) {
	lines := []string{"（责任编辑：张三）", "【完】", "(完)", "编辑：李四", "JIN RI JI MO", "第3版", "A2版", "第 六 版 要闻", "## 标题", "#标题", "全市经济增长5%。"}
	for _, dir := range []string{"testdata", "../../seeds"} {
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err == nil {
				for _, l := range strings.Split(string(b), "\n") {
					lines = append(lines, trimLine(l))
				}
			}
			return nil
		})
	}
	for _, s := range lines {
		if isCredits(s) != reCredits.MatchString(s) || isRomanBanner(s) != reRomanBanner.MatchString(s) || isBanner(s) != reBanner.MatchString(s) {
			t.Errorf("prefilter differs from its regexp on %q", s)
		}
		if reHeading.MatchString(s) && !strings.HasPrefix(s, "#") {
			t.Errorf("reHeading matches %q, which does not start with #", s)
		}
	}
}

func TestHasCellMarkIsContainsAny(t *testing.T) {
	for _, s := range []string{"", "abc", "地区｜规模", "a|b", "指标：数值", "a:b", "1+2", "a\tb", "地区\u3000规模", "全市经济增长5%。", "\xef\xbd", "\xe3\x80", "\xe4\xe3\x80\x80", "\xef\xbc\x8c", "（通讯员）"} {
		if got, want := hasCellMark(s), strings.ContainsAny(s, "|｜+\t:：\u3000"); got != want {
			t.Errorf("hasCellMark(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestEndsSentenceAsRunes(t *testing.T) {
	for _, s := range []string{"", ".", "”", "增长5%。", "增长5%。”）", "on Sunday.", "Mr.", "a.", "（完）", "指标：", "全市经济增长", "…", "\xff。", "ab\xe4\xb8"} {
		if got, want := endsSentence(s), endsSentenceRunes(s); got != want {
			t.Errorf("endsSentence(%q) = %v, endsSentenceRunes %v", s, got, want)
		}
	}
}

// countMarksNormalized is countMarks as it was, on a normalised text.
func countMarksNormalized(s string) (stripped, backed int) {
	s = data.Normalize(s)
	var prev rune
	for i, r := range s {
		switch r {
		case '万', '亿', '个', '%', '月':
			for _, m := range strippedMarks {
				if !strings.HasPrefix(s[i:], m) {
					continue
				}
				switch {
				case i > 0 && strings.ContainsRune("（(：:/", prev):
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

func TestCountMarksOnRawText(t *testing.T) {
	lines := []string{"城镇新增就业万人，增长％，收入亿元", "增长５％，（亿元）", "单位：万元", "增长5﹪和3.5个百分点", "\xff万人", "月末月底月日", "１２万户"}
	for _, dir := range []string{"testdata", "../../seeds", "../extract/testdata/gold"} {
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				if b, err := os.ReadFile(p); err == nil {
					lines = append(lines, string(b))
				}
			}
			return nil
		})
	}
	for _, s := range lines {
		gs, gb := countMarks(s)
		ws, wb := countMarksNormalized(s)
		if gs != ws || gb != wb {
			t.Errorf("countMarks(%.40q) = %d, %d, want %d, %d", s, gs, gb, ws, wb)
		}
	}
}

func TestSentenceSetIsNormalizeKeys(t *testing.T) {
	ss := []string{"增长5%，达到", "增长５％，达到", "增长5%,达到", "增长5%，达到。", "", "\xff", "\ufffd", "a b", "a\u3000b", "ａ"}
	for _, a := range ss {
		for _, b := range ss {
			set := sentenceSet{}
			set.add(a)
			if got, want := !set.add(b), data.Normalize(a) == data.Normalize(b); got != want {
				t.Errorf("%q then %q: held %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestHeadlineWithWideSpacedSecondPart checks that a headline of two
// phrases set apart by a wide space is no table row, even with figures.
func TestHeadlineWithWideSpacedSecondPart(t *testing.T) {
	if isTableLine("云和前三季度GDP增幅15.8%居26县第一　工业经济表现强劲") {
		t.Error("headline read as a table row")
	}
	if !isTableLine("地区生产总值　567.9　6.8") {
		t.Error("table row not read as one")
	}
}

// TestIsSubheading checks numbered headings, one of two parts set apart by
// a comma among them (一、奋发有为，2018年迈出铿锵步伐), against sentences
// and lists.
func TestIsSubheading(t *testing.T) {
	for s, want := range map[string]bool{
		"一、2018年工作回顾":                true,
		"一、奋发有为，2018年迈出铿锵步伐":         true,
		"一、奋发有为,2018年迈出铿锵步伐":         true,
		"奋发有为，2018年迈出铿锵步伐":           false, // no number: a clause of a sentence
		"一、工业、农业、服务业":                false, // a list
		"一、全年实现地区生产总值362.7亿元，增长9.1%": false,
	} {
		if got := isSubheading(s); got != want {
			t.Errorf("isSubheading(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTableRowWithoutLeadingPipe checks a Markdown row written without
// its first pipe (指标 | 2017年 | 2016年 |): a table row, no headline.
func TestTableRowWithoutLeadingPipe(t *testing.T) {
	if !isTableRow("指标 | 2017年 | 2016年 | 2015年 |") || isHeadline("指标 | 2017年 | 2016年 | 2015年 |", 80) {
		t.Error("指标 | 2017年 | …: want a table row, no headline")
	}
}

// TestBylineUnderOutletBrand checks a byline whose paper is named under
// its outlet's brand (新甘肃·甘肃日报记者侯洪建通讯员黄鑫): a byline; a
// dateline with its story's text after a brand (湖南日报·新湖南客户端10月8日讯
// （记者…）10月8日，…) is not taken for a byline alone.
func TestBylineUnderOutletBrand(t *testing.T) {
	if !isByline("新甘肃·甘肃日报记者侯洪建通讯员黄鑫") {
		t.Error("新甘肃·甘肃日报记者…: want a byline")
	}
	if isByline("湖南日报·新湖南客户端10月8日讯（记者 郑凯洲）10月8日，石门县六个项目集中开工，总投资七亿元。") {
		t.Error("湖南日报·…讯…，…。: a dateline and its text, not a byline alone")
	}
}

// TestTraditionalDateline checks a wire story's dateline printed in
// traditional characters (中新網烏魯木齊7月15日電(戚亞平)…): a byline like
// its simplified form, cut at the same place, its story's text kept as
// printed.
func TestTraditionalDateline(t *testing.T) {
	p := NewParser(region.Default())
	l := p.classify("中新網烏魯木齊7月15日電(戚亞平)15日從新疆生產建設兵團新聞辦新聞發布會獲悉,今年上半年,兵團經濟繼續保持較快增長。")
	if l.kind != kindByline {
		t.Fatalf("kind %v, want a byline", l.kind)
	}
	if _, rest := splitLine(l); !strings.HasPrefix(rest, "15日從新疆生產建設兵團") {
		t.Errorf("rest %q, want the text after the dateline as printed", rest)
	}
}
