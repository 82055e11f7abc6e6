package load

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/region"
)

func TestFindDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		year int
	}{
		{"齐鲁人才 . 2020-07-23发布", "2020-07-23", 2020},
		{"大众日报 2020-07-29 09:41 大字", "2020-07-29 09:41", 2020},
		{"2020-09-08 09:21:24", "2020-09-08 09:21:24", 2020},
		{"2020年7月23日 星期四", "2020-07-23", 2020},
		{"2019年11月13星期三", "2019-11-13", 2019}, // a day without its 日
		{"２０２１年１０月５日", "2021-10-05", 2021},
		{"2021/3/9 8:05", "2021-03-09 08:05", 2021},
		{"2020-13-45", "", 0},
		{"全年新增就业3.4万人", "", 0},
	}
	for _, tt := range tests {
		got, y := findDate(tt.in)
		if got != tt.want || y != tt.year {
			t.Errorf("findDate(%q) = %q %d, want %q %d", tt.in, got, y, tt.want, tt.year)
		}
	}
}

func TestAuthorsOf(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"□本报记者 张忠德", []string{"张忠德"}},
		{"本报通讯员 刘 伟", []string{"刘伟"}},
		{"□青岛日报/观海新闻记者 王涛 通讯员 孙静秋 王磊 文/图", []string{"王涛", "孙静秋", "王磊"}},
		{"□记者 白晓 通讯员 葛晓蕾 报道", []string{"白晓", "葛晓蕾"}},
		{"□记者 张志德 通讯员 郝家报道", []string{"张志德", "郝家"}},
		{"□本报记者 张晓帆 本报通讯员 吕栋 江响世", []string{"张晓帆", "吕栋", "江响世"}},
		{"作者：李华", []string{"李华"}},
		{"□本报记者", nil},
		{"本报讯（通讯员 储毅）", []string{"储毅"}},
		{"衡阳日报讯（通讯员 肖力元 记者 周瑞华）", []string{"肖力元", "周瑞华"}},
		{"新华社南京8月9日电（记者 周婧 陈刚）", []string{"周婧", "陈刚"}},
		{"本报讯（县统计局）", nil},
	}
	for _, tt := range tests {
		if got := authorsOf(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("authorsOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInferYear(t *testing.T) {
	clues := parseYearClues(yearCluesTxt)
	tests := []struct {
		in   string
		want int
	}{
		{"早在2015年即开始。2023年春风行动启动。", 2023},
		{"2022年进出口增长。到2025年培育龙头企业。", 2022},
		{"力争2030年实现。", 0},
		{"今年以来企业复工复产加快。", 2020},
		{"今年以来经济平稳。", 0},
		{"２０１９年营收增长。", 2019},
		{"PMI为2020年10月以来最慢扩张速度，9月指数续跌。", 2021},
		{"PMI為2020年10月以來最慢擴張速度。", 2021},
		{"2020年以来累计完成投资。", 2020},
		// a plan's year and a year dating one figure date no text
		{"全市国内生产总值实现175亿元。日照电厂1999年下半年将并网发电;兖石铁路复线被国家列为1999年重点开工建设项目。1997年产值。", 1997},
		{"总面积727平方千米。总人口56万人(2002年)。", 0},
		{"(2002年) 单位:万元\n总计 8377", 2002},
		// later than every year it names: which year, the text does not say
		{"2003年进入新一轮快速增长时期。今年上半年生产总值增长16.4%，比2003年全年加快1.2个百分点。", 0},
		{"統計局資料顯示，二五年首兩個月飲食業的交易額按年升2.1%。", 2025},
		{"九九年第三季失業率回落。", 1999},
		{"三五年内完成。十二五年末。", 0},
		{"政府統計處公布本港去年（2021年）第四季的本地生產總值。", 2022},
		{"今年(2024年)一季度经济平稳。", 2024},
		// a note's years are of the method (【注】从2011年起，规模以上…)
		{"| 9 | 江苏省 | 25.56 | 308.63 |\n【注】从2011年起,规模以上工业企业起点标准提高到年主营业务收入2000万元。", 0},
		{"全市GDP增长6%。\n注：2019年起按新口径统计。", 0},
		{"2023年全市GDP增长6%。\n注1:2019年起按新口径统计。", 2023},
		{"12月25日上午，2021廉江家电博览会暨红橙文化节组委会发出通告。从2003年开始，红橙节一直延续举办。", 2021},
		{"一季度，全市GDP增长18.4%，比2019年同期增长9.3%，两年平均增长4.5%。", 2021},
		{"一季度，全市GDP比2019年同期增长9.3%。", 0},
		{"规模以上工业增加值同比增长11.3%,比2019年1-8月份增长13.3%,两年平均增长6.4%。", 2021},
		{"上半年地区生产总值较2019年上半年增长10.2%。", 0},
		{"今年第二季中場收入逾350.1億澳門元，較2018年第二季，按年仍增長逾21%。博監局在2016年至2018年間發現500多個網站。", 2019},
		{"第二季出口較2018年第二季增長5%。", 0},
		{"失業率由去年10至12月的3.5%下跌至去年11月至今年1月的3.4%,也正是2019年底至2020年初、即疫情前至初期的水平。", 0},
		{"旅客人次恢复至2019年同期水平的八成。", 0},
		{"“十四五”开局首季,江西经济迎来“开门红”。一季度全省GDP增长18.4%。", 2021},
		{"今年是十三五收官之年，全县GDP增长3%。", 2020},
		{"7月22日，2008北京国际新闻中心河北分中心、河北省统计局举行新闻发布会，上半年全省生产总值增长11.8%。", 2008},
	}
	for _, tt := range tests {
		if got := inferYear(tt.in, clues); got != tt.want {
			t.Errorf("inferYear(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestSources(t *testing.T) {
	known := newSourceList(sourcesTxt)
	tests := []struct{ in, want string }{
		{"齐鲁人才 . 2020-07-23发布", "齐鲁人才"},
		{"□青岛日报/观海新闻记者 王涛", "青岛日报"},
		{"来源：大众网", "大众网"},
		{"来源：某某时报", "某某时报"},
		{"新华社大连9月8日电", "新华社"},
		{"本报记者 张三", ""},
		{"综合深圳特区报、星岛日报 2026-02-10", "深圳特区报"},
		{"综合新华社、中证网、经济日报 2019-04-28", "新华社"},
		{"綜合報道 2025-12-01", ""},
		{"据成都日报报道", "成都日报"},
		{"本报讯（通讯员 储毅）", ""},
		// a local office of a known source is not that source
		{"青岛市统计局 国家统计局青岛调查队 2023年3月", ""},
		{"国家统计局 2024-01-17", "国家统计局"},
	}
	for _, tt := range tests {
		if got := known.sourceOf(tt.in); got != tt.want {
			t.Errorf("sourceOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIssuingBodyBeforeADateIsTheSource(t *testing.T) {
	text := "某市2022年统计公报\n双流区统计局 2023-03-28\n\n一、综合\n\n初步核算，全年地区生产总值1315.6亿元，比上年增长2.1%。\n\n（二）就业\n\n全年城镇新增就业2.31万人。\n"
	as, err := ParseFile("g.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	a := as[0]
	if a.Source != "双流区统计局" || a.Date != "2023-03-28" || a.DateInferred {
		t.Errorf("source %q date %q (inferred %v), want 双流区统计局 2023-03-28", a.Source, a.Date, a.DateInferred)
	}
	if strings.Contains(a.Text, "统计局") {
		t.Errorf("the source line stayed in the text: %q", a.Text)
	}
	var headings []string
	r := []rune(a.Text)
	for _, p := range a.Paragraphs {
		if p.Heading {
			headings = append(headings, string(r[p.Start:p.End]))
		}
	}
	if strings.Join(headings, "|") != "一、综合|（二）就业" {
		t.Errorf("headings %q, want the two numbered sections on their own", headings)
	}
}

func TestOrgSourceNeedsADateAndAnOrganisation(t *testing.T) {
	cases := map[string]string{
		"武侯区统计局 2023-03-28":         "武侯区统计局",
		"长沙市人民政府 2023年1月10日":        "长沙市人民政府",
		"全区实现增长 2023-03-28":         "",
		"武侯区统计局":                    "",
		"据武侯区统计局2023-03-28发布的数据显示，": "",
	}
	for in, want := range cases {
		if got := orgSource(in); got != want {
			t.Errorf("orgSource(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPageMeta(t *testing.T) {
	known := newSourceList(sourcesTxt)
	tests := []struct{ in, src, date string }{
		{"汉江新闻　第2版　县域经济　2019年7月8日", "汉江新闻", "2019-07-08"},
		{"第A3版 要闻 2023-07-12 大众日报", "大众日报", "2023-07-12"},
		{"第5版 县域经济 2021年8月9日 青川日报", "青川日报", "2021-08-09"},
		{"第5版 县域经济 2021年8月9日", "", "2021-08-09"},
	}
	for _, tt := range tests {
		if src, date, _ := known.pageMeta(tt.in); src != tt.src || date != tt.date {
			t.Errorf("pageMeta(%q) = %q %q, want %q %q", tt.in, src, date, tt.src, tt.date)
		}
	}
}

func TestDigitsCountsNormalizedDigits(t *testing.T) {
	for _, s := range []string{"", "2020-07-23", "２０２０年７月２３日", "二〇二〇年", "\xef\xbc\x91\xff2", "a1b2"} {
		want := 0
		for _, r := range data.Normalize(s) {
			if '0' <= r && r <= '9' {
				want++
			}
		}
		if got := digits(s); got != want {
			t.Errorf("digits(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestMetaPrefilters checks that the quick tests before isMetaLine's
// regexps never skip a line the regexp would change or match.
func TestMetaPrefilters(t *testing.T) {
	lines := []string{"星沙新闻网　2018-05-03　（制图／任筱）", "（孙旭晖　相哲） ", "（中国经济网 2015-10-21转载)\u3000", "北京市统计局　2025-10-22发布", "澳門特別行政區政府新聞局", "全市经济增长5%。"}
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
	for _, s := range lines {
		if got, want := dropTrailingNote(s), reTrailingNote.ReplaceAllString(s, ""); got != want {
			t.Errorf("dropTrailingNote(%q) = %q, want %q", s, got, want)
		}
		if got, want := findIssuer(s), reIssuer.FindString(s); got != want {
			t.Errorf("findIssuer(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestDateLineCreditingStaff checks that a date line naming its paper's
// reporters without labels' colons (记者 麻萌楠 陈雅雯) is a meta line.
func TestDateLineCreditingStaff(t *testing.T) {
	if defaultParser().classify("2021年11月09日 08:27:52　来源：丽水日报　记者 麻萌楠 陈雅雯 通讯员 方正华").kind != kindMeta {
		t.Error("not a meta line")
	}
}

// TestSourceLineInBrackets checks that a Taiwan paper's source line in
// brackets with its date and reporter (【資料來源：2023/04/20 經濟日報
// 記者葉文義／綜合報導】) is a date line.
func TestSourceLineInBrackets(t *testing.T) {
	if defaultParser().classify("【資料來源：2023/04/20 經濟日報 記者葉文義／綜合報導】").kind != kindMeta {
		t.Error("not a meta line")
	}
}

// TestPaperIssueAndCreditLines checks a county paper's date line with its
// issue number (威宁每日新闻　2023-07-21　总第3455期) and a line of credits
// alone (新闻作者：文旭 周英洁 杨泽东): both are meta lines, not a headline.
func TestPaperIssueAndCreditLines(t *testing.T) {
	p := defaultParser()
	for _, s := range []string{"威宁每日新闻　2023-07-21　总第3455期", "新闻作者：文旭 周英洁 杨泽东"} {
		if p.classify(s).kind != kindMeta {
			t.Errorf("%q: not a meta line", s)
		}
	}
}

// TestDateNamesSourceLine: a date line of a day, its time, the writers'
// names without a label and the source is a meta line, not text.
func TestDateNamesSourceLine(t *testing.T) {
	known := newSourceList(sourcesTxt)
	for s, want := range map[string]bool{
		"2010-11-04 09:13 雷光美 谢汉杰 来源:东南网": true,
		"2010-11-04 09:13 来源:东南网":         true,
		"2010年11月4日,雷光美 谢汉杰来到东山县调研。":      false,
	} {
		if got := isMetaLine(s, known); got != want {
			t.Errorf("isMetaLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestGluedLabelledFields: a date line whose labelled fields are printed
// without spaces between them (2021-08-09 18:20:27来源:四川新闻网编辑:唐浩博)
// is a meta line, and a label ending a longer one (稿件來源) is not cut
// from it.
func TestGluedLabelledFields(t *testing.T) {
	known := newSourceList(sourcesTxt)
	for s, want := range map[string]bool{
		"2021-08-09 18:20:27来源:四川新闻网编辑:唐浩博责编:胡晓萌": true,
		"2023-11-20 21:38 | 稿件來源：香港中通社":           true,
	} {
		if got := isMetaLine(s, known); got != want {
			t.Errorf("isMetaLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPartnersDroppedGuards checks partnersDropped, whose expressions run
// only where the words they open with are, against the expressions alone
// (partnersDroppedRe): on the raw seeds, gold and test files, with the
// places found in them and a mention every few runes, and on lists made
// for every word.
func TestPartnersDroppedGuards(t *testing.T) {
	texts := []string{}
	for _, w := range append(slices.Clone(tradeWords), originWords...) {
		texts = append(texts, "主要"+w+"广东省(74.1万)、湖南省(8.3万)", "货物"+w+"美國、歐盟及內地", w+"广东省统计局的数据", "\xff"+w+"香港(60.4萬)及台灣的旅客")
	}
	for _, dir := range []string{"testdata", "../../seeds", "../extract/testdata/gold"} {
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return nil
			}
			if b, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(b))
			}
			return nil
		})
	}
	g := region.Default()
	dropped := 0
	for i, text := range texts {
		if raceEnabled && i%8 != 0 && i >= 4*(len(tradeWords)+len(originWords)) {
			continue // (the expressions are ten times slower under -race: 110 s over every file)
		}
		ms := g.Find(text)
		for i := range utf8.RuneCountInString(text) {
			if i%29 == 0 || i < 8 {
				ms = append(ms, region.Mention{Start: i, End: i + 3})
			}
		}
		got, want := partnersDropped(text, ms), partnersDroppedRe(text, ms)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("partnersDropped(%q…) keeps %d mentions, the expressions alone %d", text[:min(len(text), 60)], len(got), len(want))
		}
		dropped += len(ms) - len(want)
	}
	if dropped < 3*len(tradeWords) {
		t.Errorf("only %d mentions dropped: the check is thin", dropped)
	}
	t.Logf("%d texts, %d mentions dropped", len(texts), dropped)
}

// partnersDroppedRe is partnersDropped without the word guards.
func partnersDroppedRe(text string, ms []region.Mention) []region.Mention {
	if !strings.ContainsAny(text, "来來输輸销銷运運进進") {
		return ms
	}
	rs := []rune(text)
	out := ms[:0:0]
	for _, m := range ms {
		if m.End <= len(rs) {
			before := string(rs[max(0, m.Start-40):m.Start])
			after := string(rs[m.End:min(len(rs), m.End+6)])
			if tradeToward.MatchString(before) || originBefore.MatchString(before) && originAfter.MatchString(after) {
				continue
			}
			if bracketedFigure.MatchString(after) && (hasSuffixOf(before, "、", "及", "和", "與", "与") || listNext.MatchString(string(rs[m.End:min(len(rs), m.End+16)]))) {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// TestReleaseOfYear checks that releaseOfYear leaves out the expressions
// only where none of them matches: on the openings of the seeds, gold and
// test files as dataYear reads them, and on releases made with every word.
func TestReleaseOfYear(t *testing.T) {
	var heads []string
	for _, w := range releaseWords {
		heads = append(heads, "主计总处昨"+w+"2024年家庭收支调查", w+"「家庭收支调查」，2024年", "今日"+w+"了2023年度统计公报")
	}
	for _, dir := range []string{"testdata", "../../seeds", "../extract/testdata/gold"} {
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return nil
			}
			if b, err := os.ReadFile(p); err == nil {
				heads = append(heads, strings.Split(string(b), "\n\n")...)
			}
			return nil
		})
	}
	matched := 0
	for _, h := range heads {
		h = data.ArabicYears(data.Normalize(firstRunes(h, 200)))
		kept := releaseOfYear(h)
		for _, re := range reReleaseOfYear {
			if re.MatchString(h) {
				matched++
				if !slices.Contains(kept, re) {
					t.Errorf("%s matches %q, releaseOfYear leaves it out", re, h)
				}
			}
		}
	}
	if matched < 2*len(releaseWords) {
		t.Errorf("only %d matches: the check is thin", matched)
	}
	t.Logf("%d openings, %d matches", len(heads), matched)
}
