package load

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/region"
)

//go:embed sources.txt
var sourcesTxt string

//go:embed yearclues.txt
var yearCluesTxt string

// sourceList is the list of known news sources, longest first.
type sourceList struct {
	names []string
}

func newSourceList(txt string) *sourceList {
	var names []string
	for _, l := range strings.Split(txt, "\n") {
		l = trimLine(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			names = append(names, l)
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	return &sourceList{names: names}
}

// find returns the known source that occurs first in s, "" if none. A
// source named as the parent of a local office (国家统计局青岛调查队) is not
// that source.
func (l *sourceList) find(s string) string {
	best, at := "", -1
	for _, n := range l.names {
		i := strings.Index(s, n)
		if i >= 0 && reSubUnit.MatchString(s[i+len(n):]) {
			i = -1
		}
		if i >= 0 && (at < 0 || i < at) {
			best, at = n, i
		}
	}
	return best
}

// reSubUnit is the rest of a local office's name after its parent's.
var reSubUnit = regexp.MustCompile(`^\p{Han}{1,8}?(调查总队|调查队|调查监测分局|分局|分社)`)

var reSourceLabel = regexp.MustCompile(`来源\s*[:：]\s*([\p{Han}A-Za-z0-9]{2,12})`)

// reOrgSource is an issuing body named alone before a date on a header
// line: 武侯区统计局 2023-03-28, 某某市人民政府办公室 2022年5月6日.
var reOrgSource = regexp.MustCompile(`^[\p{Han}]{2,16}(统计局|局|委员会|委|办公室|办|厅|人民政府|政府|中心|研究院|协会|日报|晚报|报社|电视台|网)$`)

// sourceOf returns the source named in header lines: a known source, what
// follows 来源：, the paper of 据…报道, an issuing body standing alone
// before a date, or the first of a dated list of sources.
func (l *sourceList) sourceOf(s string) string {
	m := reSourceLabel.FindStringSubmatch(s)
	if m == nil {
		m = reReportedBy.FindStringSubmatch(s)
	}
	if m != nil {
		if k := l.find(m[1]); k != "" {
			return k
		}
		return m[1]
	}
	if k := l.find(s); k != "" {
		return k
	}
	if o := orgSource(s); o != "" {
		return o
	}
	if names := listedSources(s); len(names) > 0 {
		return names[0]
	}
	return ""
}

// reSourceSep separates the names of a list of sources.
var reSourceSep = regexp.MustCompile(`\s*[、,，/／]\s*`)

// reSourceName is one name in a list of sources: 深圳特区报, 昆明信息港.
var reSourceName = regexp.MustCompile(`^[\p{Han}A-Za-z]{2,12}$`)

// listedSources returns the sources a dated line compiles a story from
// (综合深圳特区报、星岛日报 2026-02-10 → 深圳特区报 星岛日报), nil if the line
// is not just a list of two to five names and a date (one name alone is
// an issuing body, see orgSource).
func listedSources(s string) []string {
	d, _ := findDate(s)
	if d == "" || strings.ContainsAny(s, "。！？!?；;") {
		return nil
	}
	rest := reDateISO.ReplaceAllString(data.Normalize(s), "")
	rest = strings.TrimSpace(reDateCN.ReplaceAllString(rest, ""))
	for _, w := range []string{"综合自", "综合", "綜合", "来源", "來源", "发布时间", "发布", "日期"} {
		rest = strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(rest, w), ":： "))
	}
	if rest == "" {
		return nil
	}
	names := reSourceSep.Split(rest, -1)
	if len(names) < 2 || len(names) > 5 {
		return nil
	}
	for _, n := range names {
		if !reSourceName.MatchString(n) {
			return nil
		}
	}
	return names
}

// orgSource returns the body a dated header line names (武侯区统计局 in
// "武侯区统计局 2023-03-28"), "" if the line is not just a body and a date.
func orgSource(s string) string {
	d, _ := findDate(s)
	if d == "" {
		return ""
	}
	rest := reDateISO.ReplaceAllString(data.Normalize(s), "")
	rest = strings.TrimSpace(reDateCN.ReplaceAllString(rest, ""))
	for _, w := range []string{"发布时间", "发布", "日期"} {
		rest = strings.TrimSpace(strings.ReplaceAll(rest, w, ""))
	}
	rest = strings.TrimSpace(strings.Trim(rest, ":：|｜ ")) // 泉州市统计局 发布时间：2022-11-23
	if reOrgSource.MatchString(rest) {
		return rest
	}
	return ""
}

// reDayRange is a range of days (4月16日10:00—5月26日, 1月1日至12月31日).
var reDayRange = regexp.MustCompile(`[0-9]{1,2}月[0-9]{1,2}日[^至—–~到，。]{0,8}?(至|—|–|~|到|-)+((19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日`)

// reCreditsAlone is a line of credits alone (新闻作者：文旭 周英洁 杨泽东).
var reCreditsAlone = regexp.MustCompile(`^(新闻|本文)?(作者|记者|通讯员|编辑|责编|責編|記者|通訊員|編輯)[：:][\s\x{3000}]*(\p{Han}{2,4}[\s\x{3000}、，,]*){1,6}$`)

// reIssueNumber is a paper's issue number on its date line (总第3455期).
var reIssueNumber = regexp.MustCompile(`(总第|總第|第)[0-9]+期`)

// reCreditNames are the names a date line credits, after their role
// (记者 麻萌楠 陈雅雯, 通讯员 方正华).
var reCreditNames = regexp.MustCompile(`(见习记者|見習記者|记者|記者|通讯员|通訊員|编辑|編輯|责编|責編|作者|摄影|攝影|摄|攝)[：:\s\x{3000}]*(\p{Han}{2,4}[\s\x{3000}、，,]*){1,5}`)

// reDateAtEnd is a line ending in an ISO date (and time).
var reDateAtEnd = regexp.MustCompile(`(19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$`)

var (
	reDateISO = regexp.MustCompile(`(19|20)(\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?`)
	reDateDMY = regexp.MustCompile(`(?:^|[^0-9/.])([0-3]?[0-9])([/.])([01]?[0-9])[/.](19|20)([0-9]{2})(?:$|[^0-9/.])`)
	reDateCN  = regexp.MustCompile(`(19|20)(\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|星期|礼拜|禮拜)`) // 2019年11月13星期三: a day without its 日
)

// digits counts the digits of s after data.Normalize: ASCII digits and
// full-width ones (U+FF10–U+FF19, EF BC 90–99 in UTF-8), by bytes.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			n++
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && 0x90 <= s[i+2] && s[i+2] <= 0x99:
			n++
		}
	}
	return n
}

// findDate returns the first date written in s in ISO order ("2020-07-23",
// "2020-07-29 09:41", "2020-09-08 09:21:24") and its year; "" if none.
// reDateCompact is a date written as eight digits in brackets (（20221223）).
var reDateCompact = regexp.MustCompile(`[(（](19|20)([0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[)）]`)

// reDateROC is a full date in a year of the Republic, as Taiwan writes it
// (105年2月24日): a year of three digits, 100 to 149, with its month and day,
// standing apart (after a space, a bracket or 民國; not 建党100年7月1日).
var reDateROC = regexp.MustCompile(`(?:^|[\s\x{3000}(（]|民国|民國)(1[0-4][0-9])年([0-9]{1,2})月([0-9]{1,2})日`)

func findDate(s string) (string, int) {
	if digits(s) < 6 {
		return "", 0 // every date pattern holds six digits or more: most lines have none
	}
	s = data.Normalize(s)
	m := reDateISO.FindStringSubmatch(s)
	if m == nil {
		m = reDateCN.FindStringSubmatch(s)
	}
	if m == nil {
		if d := reDateDMY.FindStringSubmatch(s); d != nil {
			m = []string{d[0], d[4], d[5], d[3], d[1]} // 01/03/2024, 25.04.2016: day first, as Hong Kong and Macau and some sites write it
		}
	}
	if m == nil {
		if c := reDateCompact.FindStringSubmatch(s); c != nil {
			m = []string{c[0], c[1], c[2], c[3], c[4]} // 湘潭县2023年政府工作报告（20221223）: a date written as eight digits in brackets
		}
	}
	if m == nil {
		if r := reDateROC.FindStringSubmatch(s); r != nil {
			// 中央銀行新聞稿 105年2月24日發布: a year of the Republic (1911 + 105)
			y, _ := strconv.Atoi(r[1])
			month, _ := strconv.Atoi(r[2])
			day, _ := strconv.Atoi(r[3])
			if month >= 1 && month <= 12 && day >= 1 && day <= 31 {
				return fmt.Sprintf("%d-%02d-%02d", y+1911, month, day), y + 1911
			}
		}
		return "", 0
	}
	year, _ := strconv.Atoi(m[1] + m[2]) // digits only: cannot fail
	month, _ := strconv.Atoi(m[3])
	day, _ := strconv.Atoi(m[4])
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return "", 0
	}
	d := fmt.Sprintf("%d-%02d-%02d", year, month, day)
	if len(m) > 5 && m[5] != "" {
		d += " " + fmt.Sprintf("%02s", m[5]) + ":" + m[6]
		if m[7] != "" {
			d += ":" + m[7]
		}
	}
	return d, year
}

// pageMeta returns the source and date of a page header (汉阴新闻　第2版
// 县域经济　2019年7月8日 → 汉阴新闻, 2019-07-08): a known source it names,
// else the field that names a paper (…报, …新闻, …周刊), else its first
// field when that comes before the page number.
func (l *sourceList) pageMeta(s string) (src, date string, year int) {
	date, year = findDate(s)
	if src = l.find(s); src != "" {
		return src, date, year
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("|｜·•/", r) })
	var names []string
	for _, f := range fields {
		if allHan(f) && !reEdition.MatchString(f) && len([]rune(f)) >= 2 && len([]rune(f)) <= 12 {
			names = append(names, f)
		}
	}
	for _, n := range names {
		for _, suf := range []string{"报", "新闻", "周刊"} {
			if strings.HasSuffix(n, suf) {
				return n, date, year
			}
		}
	}
	if len(fields) > 0 && len(names) > 0 && fields[0] == names[0] {
		return names[0], date, year
	}
	return "", date, year
}

// isMetaLine reports a short line that carries a date or a source and
// nothing else of substance: "齐鲁人才 . 2020-07-23发布",
// "大众日报 2020-07-29 09:41 大字", "来源：新华社".
func isMetaLine(s string, known *sourceList) bool {
	if runesOver(s, 60) {
		return false
	}
	if t, ok := strings.CutPrefix(s, "【"); ok && strings.HasSuffix(t, "】") {
		s = strings.TrimSuffix(t, "】") // 【資料來源：2023/04/20 經濟日報 記者葉文義／綜合報導】
	}
	if t := trimLine(dropTrailingNote(s)); t != s && t != "" {
		s = t // 星沙新闻网　2018-05-03　（制图／任筱）: the credit or reprint note aside
	}
	if reCreditsAlone.MatchString(s) {
		return true // 新闻作者：文旭 周英洁 杨泽东: the staff credited, alone on a line
	}
	d, _ := findDate(s)
	if d != "" && reDayRange.MatchString(s) {
		return false // 2025年4月16日10:00—5月26日22:00: a campaign's term, text
	}
	if d != "" && !strings.ContainsAny(s, "。！？；!?;，,") && reDateAtEnd.MatchString(strings.TrimSpace(data.Normalize(s))) {
		return true // 开源证券 宏观研究 作者：何宁、陈策 2025-07-16: a byline ending in its date
	}
	if d != "" && reDateNamesSource.MatchString(strings.TrimSpace(data.Normalize(s))) {
		return true // 2010-11-04 09:13 雷光美 谢汉杰 来源:东南网: the date, the writers' names and the source
	}
	if m := findIssuer(s); m != "" && strings.TrimSpace(m) == strings.TrimSpace(s) {
		return true // 澳門特別行政區政府新聞局: the issuing office alone on a line
	}
	if reSiteBanner.MatchString(s) {
		return true // 澳門特別行政區政府入口網站　新聞: the site and its section
	}
	if d == "" && reMonthDateline.MatchString(data.Normalize(s)) {
		return true // （贺州日报 2018年1月）: an outlet and the month it printed the story
	}
	if (d != "" || reMonth.MatchString(s)) && labelledFields(s) {
		return true // （2020年11月12日　来源：东北网-黑河日报　作者：刘增伟）
	}
	src := known.sourceOf(s)
	if src != "" && src == orgSource(s) {
		return true // 武侯区统计局 2023-03-28
	}
	if listedSources(s) != nil {
		return true // 综合深圳特区报、星岛日报 2026-02-10
	}
	if d == "" && (src == "" || endsSentence(s) || !(strings.HasPrefix(s, src) || reSourceLabel.MatchString(s))) {
		return false // a source named inside a sentence (据新华社报道。) is text
	}
	rest := reDateISO.ReplaceAllString(data.Normalize(s), "")
	rest = reIssueNumber.ReplaceAllString(rest, "") // 总第3455期: the paper's issue
	if d != "" {
		rest = reCreditNames.ReplaceAllString(rest, "") // 记者 麻萌楠 陈雅雯 通讯员 方正华: the staff credited
	}
	rest = reDateCN.ReplaceAllString(rest, "")
	rest = reDateROC.ReplaceAllString(rest, "") // 105年2月24日
	rest = reFontWidget.ReplaceAllString(rest, "")
	if src != "" {
		rest = strings.Replace(rest, src, "", 1)
	}
	for _, w := range []string{"资料来源", "資料來源", "发布时间", "新闻稿", "新聞稿", "发布", "發布", "来源", "來源", "时间", "日期", "编辑", "作者", "浏览", "记者报道", "記者報導", "记者", "記者", "报道", "報導", "综合", "綜合"} {
		rest = strings.ReplaceAll(rest, w, "")
	}
	if d != "" {
		rest = reIssuer.ReplaceAllString(rest, "") // 北京市统计局　国家统计局北京调查总队　2025-10-22发布
	}
	n := 0
	for _, r := range rest {
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) {
			n++
		}
	}
	if d != "" && n <= 10 && reOutletName.MatchString(strings.TrimSpace(rest)) {
		return true // 2026-03-06 联合新闻网: a date and an outlet not on the list
	}
	return n <= 4
}

// reTrailingNote is a credit or a reprint note in brackets at the end of a
// line: （制图／任筱）, （中国经济网 2015-10-21转载）, or names alone
// (（孙旭晖　相哲）).
var reTrailingNote = regexp.MustCompile(`[\s\x{3000}]*[（(][^（）()]{0,30}(制图|摄影|摄|转载|编辑|记者|通讯员|供图|图)[^（）()]{0,30}[）)][\s\x{3000}]*$|[\s\x{3000}]*[（(](\p{Han}{2,3}[\s\x{3000}]*){1,4}[）)][\s\x{3000}]*$`)

// dropTrailingNote is reTrailingNote.ReplaceAllString(s, ""), asked only
// of lines that end in a closing bracket (and spaces), as its matches do.
func dropTrailingNote(s string) string {
	t := strings.TrimRight(s, "\t\n\f\r \u3000")
	if !strings.HasSuffix(t, "）") && !strings.HasSuffix(t, ")") {
		return s
	}
	return reTrailingNote.ReplaceAllString(s, "")
}

// findIssuer is reIssuer.FindString(s), asked only of lines holding the
// last character of one of its office words.
func findIssuer(s string) string {
	for _, r := range s {
		switch r {
		case '局', '队', '府', '室', '厅', '会', '处', '處':
			return reIssuer.FindString(s)
		}
	}
	return ""
}

// reIssuer is the name of an office that issues a release (…统计局,
// …调查总队, …人民政府办公室), set apart by spaces on a date line.
var reIssuer = regexp.MustCompile(`(^|[\s\x{3000}])\p{Han}{2,16}(统计局|統計局|暨普查局|分局|调查总队|调查队|人民政府|政府办公室|办公厅|委员会|发展改革局|发展和改革委员会|财政局|税务局|人社局|人力资源和社会保障局|商务局|工业和信息化局|新闻局|新聞局|新闻处|新聞處|新闻办公室|新聞辦公室|领导小组办公室|領導小組辦公室|普查办公室)`)

// reSiteBanner is a website's name, with its section (新闻, 要闻 …), alone
// on a line.
var reSiteBanner = regexp.MustCompile(`^[\p{Han}·]{2,20}(网站|網站|门户网|門戶網|政府网|政府網)([\s\x{3000}·|｜>＞]+[\p{Han}]{2,6})?$`)

// reDateNamesSource is a date line of a day, its time, the writers' names
// with no label and the source (2010-11-04 09:13 雷光美 谢汉杰 来源:东南网).
var reDateNamesSource = regexp.MustCompile(`^(19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+(\d{1,2}:\d{2}(:\d{2})?\s+)?(\p{Han}{2,4}\s+){1,4}(来源|來源)[:：]\s*\S{2,20}$`)

// reMonthDateline is an outlet and a month, in brackets or not, alone on a
// line: （贺州日报 2018年1月）, 新江苏·中国江苏网　2024年1月.
var reMonthDateline = regexp.MustCompile(`^[（(](\p{Han}{2,12}\s*)?(19|20)\d\d年\d{1,2}月[）)]$|^[\p{Han}·]{2,20}[\s\x{3000}]+(19|20)\d\d年\d{1,2}月$`)

// reMonthOnly is a field that is a year and a month only (2019年4月).
var reMonthOnly = regexp.MustCompile(`^(19|20)\d\d年\d{1,2}月$`)

// reMonth is a year and a month (2018年1月) with no day after it.
var reMonth = regexp.MustCompile(`((?:19|20)\d\d)年(\d{1,2})月`)

// monthDate returns the month of a month-only date line as 2018-01 and its
// year; "", 0 if it names none.
func monthDate(s string) (string, int) {
	m := reMonth.FindStringSubmatch(data.Normalize(s))
	if m == nil {
		return "", 0
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	if month < 1 || month > 12 {
		return "", 0
	}
	return fmt.Sprintf("%d-%02d", year, month), year
}

// labelledFields reports a line, in brackets or not, made only of a date
// and labelled fields (来源：东北网　作者：刘增伟), set apart by spaces.
func labelledFields(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "（"), "）")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	s = gluedLabel.ReplaceAllString(s, "$1 $2$3") // 18:20:27来源:四川新闻网编辑:唐浩博: fields printed without spaces
	fields := strings.FieldsFunc(s, unicode.IsSpace)
	piped := strings.ContainsAny(s, "|｜")
	labelled := 0
	dated := false // the field before was a date
	for i, f := range fields {
		if k := strings.IndexAny(f, ":："); k > 0 && slices.Contains(fieldLabels, f[:k]) {
			labelled++
			dated = strings.Contains(f, "时间") || strings.Contains(f, "時間") || strings.Contains(f, "日期")
			continue
		}
		if f == "|" || f == "｜" || (piped || dated && i+1 < len(fields)) && reClock.MatchString(f) {
			dated = false
			continue // 发布时间：2024-04-07 10:40:41 | 来源：中国网: a separator, the date's time of day
		}
		d, _ := findDate(f)
		if (d == "" && !reMonthOnly.MatchString(f)) || runesOver(f, 16) {
			return false
		}
		dated = d != ""
	}
	return labelled > 0
}

// gluedLabel is a field's label written right after the field before it
// (18:20:27来源:, 四川新闻网编辑:), the longer labels first; not the end of
// a longer label (稿件|来源, 责任|编辑).
var gluedLabel = regexp.MustCompile(`([^\s:：|｜件任])(稿件来源|稿件來源|责任编辑|責任編輯|发布时间|發佈時間|来源|來源|作者|编辑|編輯|责编|責編|记者|記者|日期|稿源|出处)([:：])`)

// reClock is a time of day (10:40, 10:40:41).
var reClock = regexp.MustCompile(`^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$`)

// fieldLabels label the fields of a meta line.
var fieldLabels = []string{"来源", "來源", "稿件来源", "稿件來源", "作者", "编辑", "編輯", "责任编辑", "責任編輯", "责编", "責編", "记者", "記者", "发布时间", "發佈時間", "时间", "時間", "日期", "稿源", "出处"}

// reOutletName is the name of a news outlet alone: it ends in a word for
// one (网, 报, 社, 台, 新闻, 融媒 …).
var reOutletName = regexp.MustCompile(`^[\p{Han}A-Za-z]{1,8}(网|網|报|報|社|台|臺|新闻|新聞|传媒|傳媒|融媒|频道|頻道|在线|在線)$`)

// roles are the words that introduce names in a byline.
var roles = []string{"本报记者", "本报通讯员", "实习记者", "摄影记者", "记者", "通讯员", "实习生", "作者", "摄影"}

// bylineStops are words in a byline that are not names.
var bylineStops = map[string]bool{"报道": true, "文/图": true, "摄": true, "文": true, "图": true}

// authorsOf returns the names in a byline: "□青岛日报/观海新闻记者 王涛
// 通讯员 孙静秋 王磊 文/图" → 王涛 孙静秋 王磊. Names are 2–3 characters;
// single characters set apart for alignment (刘 伟) are joined.
func authorsOf(byline string) []string {
	s := strings.TrimLeft(byline, "□◇ ")
	for _, r := range roles {
		s = strings.ReplaceAll(s, r, " \x00 ")
	}
	var names []string
	var single []rune
	collecting := false
	flush := func() {
		if len(single) >= 2 && len(single) <= 3 {
			names = append(names, string(single))
		}
		single = single[:0]
	}
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("、,，:：（）()", r) }) {
		if tok == "\x00" {
			flush()
			collecting = true
			continue
		}
		tok = strings.TrimSuffix(tok, "报道")
		rs := []rune(tok)
		switch {
		case !collecting || bylineStops[tok] || !allHan(tok):
			flush()
			if reDateline.MatchString(tok) || strings.HasPrefix(tok, "本报") {
				collecting = false
			}
		case len(rs) == 1:
			single = append(single, rs[0])
		case len(rs) <= 3:
			flush()
			names = append(names, tok)
		default:
			flush()
			collecting = false
		}
	}
	flush()
	return names
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// inferYear returns the year a text implies: the latest year it names
// (2015年 … 2023年) that is not a target (到2025年, 力争2025年), the year
// after one whose month something holds since (2020年10月以来), or failing
// that the year of the clue phrases it contains.
func inferYear(text string, clues []yearClue) int {
	s := withoutNotes(data.ArabicYears(data.Normalize(text)))
	best, laterThan := 0, 0 // laterThan: the latest year named as a base
	for i := 0; ; {
		j := strings.Index(s[i:], "年")
		if j < 0 {
			break
		}
		at := i + j
		i = at + len("年")
		if y := yearBefore(s[:at]); y > 0 && !isTargetYear(s[:at-4]) && !levelRecalled(s[:at-4], s[i:]) && !plannedYear(s[:at-4], s[i:]) {
			if monthSince.MatchString(s[i:]) {
				y++ // 2020年10月以来: a month of a year before the writing's
			}
			if baseYear(s[:at-4], s[i:]) {
				// 比2019年同期增长9.3%，两年平均增长4.5%: the base two years
				// before the text's; a base alone says only that the text is later
				switch {
				case strings.Contains(s, "两年平均"):
					y += 2
				case yearOnYearBase(s[i:]):
					y++
				default:
					laterThan = max(laterThan, y)
					continue
				}
			}
			best = max(best, y)
		}
	}
	if best > 0 && best <= laterThan {
		// 2003年进入新一轮快速增长时期… 今年上半年…比2003年全年加快: the
		// text is later than every year it names; which year, it does not say
		return 0
	}
	for _, m := range shortYear.FindAllStringSubmatch(s, -1) {
		best = max(best, shortYearValue(m[2]))
	}
	for _, m := range eventYear.FindAllStringSubmatch(s, -1) {
		if y, err := strconv.Atoi(m[1]); err == nil {
			best = max(best, y) // 2021廉江家电博览会: the event's year, written without 年
		}
	}
	for _, m := range planYear.FindAllStringSubmatch(s, -1) {
		// “十四五”开局首季: the plan's first year; 十三五收官之年: its last
		y := 2006 + 5*strings.Index("一二三四五六", m[1])/len("一")
		if m[2] == "收官" {
			y += 4
		}
		best = max(best, y)
	}
	for _, m := range glossedYear.FindAllStringSubmatch(s, -1) {
		// 本港去年（2021年）第四季: the text is of the year after
		if y, err := strconv.Atoi(m[2]); err == nil {
			if m[1] != "今年" {
				y++
			}
			best = max(best, y)
		}
	}
	if best > 0 {
		return best
	}
	if y := rocYear(s); y > 0 {
		return y
	}
	votes := map[int]int{}
	for _, c := range clues {
		votes[c.year] += strings.Count(s, c.phrase)
	}
	for y, n := range votes {
		if n > 0 && (best == 0 || n > votes[best] || n == votes[best] && y > best) {
			best = y
		}
	}
	return best
}

// withoutNotes drops a table's or release's notes (【注】从2011年起，规模以上
// 工业企业起点标准…; 注：…): the years a note names are of the method, not
// the text's.
func withoutNotes(s string) string {
	if !strings.Contains(s, "注") {
		return s
	}
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if !noteLine.MatchString(strings.TrimSpace(l)) {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// noteLine opens a note (【注】, 注：, 注1:, 备注:).
var noteLine = regexp.MustCompile(`^(?:【注[释]?】|\[注\]|(?:备)?注[释]?[0-9]?[：:.]|注[①②③④⑤])`)

// eventYear is a year written before an event's name without 年
// (2021廉江家电博览会暨红橙文化节, 2023中国国际进口博览会).
var eventYear = regexp.MustCompile(`(?:^|[^0-9.])((?:19|20)[0-9]{2})(?:第[一二三四五六七八九十0-9]+届)?[\p{Han}（）()]{2,14}?(博览会|文化节|旅游节|艺术节|交易会|展览会|洽谈会|运动会|奥运会|博会|峰会|论坛|年会|新闻中心)`)

// planYear is the first or last year of a five-year plan, said so
// (“十四五”开局首季, 十三五收官之年): the plan's ordinal is submatch 1
// (一 for 十一五 … 六 for 十六五), 开局 or 收官 submatch 2.
var planYear = regexp.MustCompile(`十([一二三四五六])五(?:规划)?[”"’]?(?:的)?(开局|收官)`)

// glossedYear is a relative year with its number in brackets (去年（2021年）,
// 今年(2024年)).
var glossedYear = regexp.MustCompile(`(去年|上年|今年)[(（]((?:19|20)[0-9]{2})年?[)）]`)

// shortYear is a year written with its last two digits in Chinese
// numerals before a part of it (Macau papers: 二五年首两个月, 二四年第三季),
// not a count of years (三五年内) nor a plan (十二五).
var shortYear = regexp.MustCompile(`(^|[^十〇零一二三四五六七八九两0-9])([〇零一二三四五六七八九]{2})年(首|[0-9一二三四五六七八九十]{1,2}月|第?[一二三四]季|[上下]半年|全年|年[底初末])`)

// shortYearValue is the year of shortYear's two digits: 2000-2049 or
// 1950-1999.
func shortYearValue(digits string) int {
	y := 0
	for _, r := range digits {
		d := slices.Index(chineseDigit, r)
		if r == '零' {
			d = 0
		}
		y = 10*y + d
	}
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

var chineseDigit = []rune("〇一二三四五六七八九")

// monthSince: a month since which something holds, right after its year
// (2020年10月以来最慢): a writer names the year of such a month when it
// is not the current one.
var monthSince = regexp.MustCompile(`^[0-9]{1,2}月份?以[来來]`)

// yearBefore returns the year written as the last four characters of s
// (19xx or 20xx, not part of a longer number), or 0.
func yearBefore(s string) int {
	s = strings.TrimRight(s, " ")
	if len(s) < 4 {
		return 0
	}
	d := s[len(s)-4:]
	y, err := strconv.Atoi(d)
	if err != nil || y < 1900 || y > 2099 || strings.ContainsAny(d, "+-") {
		return 0
	}
	if len(s) > 4 && s[len(s)-5] >= '0' && s[len(s)-5] <= '9' {
		return 0
	}
	return y
}

// baseYear reports a year that is the base of a comparison with the same
// period of it (比2019年同期, 较2019年同期, 与2019年同期相比).
func baseYear(before, after string) bool {
	return hasSuffixOf(strings.TrimRight(before, " "), "比", "较", "較", "与", "與") && basePart.MatchString(after)
}

// levelRecalled reports a year whose level a figure is said to be back at
// or near (也正是2019年底至2020年初的水平, 恢复至2019年同期水平): an
// earlier year the text looks back to, not its own.
func levelRecalled(before, after string) bool {
	return recallLead.MatchString(before) || recallLevel.MatchString(after)
}

var (
	recallLead  = regexp.MustCompile(`(恢复|回到|回复|重回|相当于|正是|接近)(至|到)?$`)
	recallLevel = regexp.MustCompile(`^(同期)?的?水平`)
)

// yearOnYearBase reports a base year compared with the same part of the
// text's own year, said so (较2018年第二季，按年仍增长: the text is of
// 2019).
func yearOnYearBase(after string) bool {
	loc := basePart.FindStringIndex(after)
	if loc == nil || strings.HasPrefix(after, "同期") {
		return false
	}
	rest := []rune(after[loc[1]:])
	return yoyWord.MatchString(string(rest[:min(len(rest), 12)]))
}

// yoyWord says a change is reckoned year on year.
var yoyWord = regexp.MustCompile(`按年|同比`)

// basePart is the part of a base year compared with (比2019年同期, 比2019年
// 1-8月份, 较2019年上半年).
var basePart = regexp.MustCompile(`^(同期|全年|[0-9]{1,2}[-—~至][0-9]{1,2}月|上半年|下半年|前三季度|[一二三四]季度|第[一二三四1-4]季度?|首季)`)

// isTargetYear reports text ending in a word that makes the following year a
// target rather than the time of writing (到2025年, 力争2030年).
func isTargetYear(before string) bool {
	return hasSuffixOf(strings.TrimRight(before, " "), "到", "至", "力争", "预计")
}

// plannedYear reports a year a plan is for, not the writing's (1999年下半
// 年将并网发电, 被国家列为1999年重点开工建设项目), or one that dates a single
// figure in brackets (总人口56万人(2002年)).
func plannedYear(before, after string) bool {
	return plannedAfter.MatchString(after) || hasSuffixOf(strings.TrimRight(before, " "), "列为", "列入") ||
		strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") && figureBeforeBracket.MatchString(before)
}

// figureBeforeBracket ends a figure and its unit right before a bracket
// (56万人(), not a table's year line ((2002年) 单位:万元).
var figureBeforeBracket = regexp.MustCompile(`[0-9][^0-9\s(（]{0,3}\($`)

// plannedAfter follows a year a plan is for: a future or planning word
// within its clause (下半年将, 计划).
var plannedAfter = regexp.MustCompile(`^[^，,。；;]{0,8}?(将|计划|拟|力争)`)

// yearClue is a phrase that dates a text (yearclues.txt).
type yearClue struct {
	year   int
	phrase string
}

func parseYearClues(txt string) []yearClue {
	var out []yearClue
	for _, l := range strings.Split(txt, "\n") {
		f := strings.Split(trimLine(l), "\t")
		if len(f) != 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if y, err := strconv.Atoi(f[0]); err == nil {
			out = append(out, yearClue{y, f[1]})
		}
	}
	return out
}

// qualifiersDropped drops a mention that only qualifies the one right after
// it (青岛 in 青岛西海岸新区 or 青岛市崂山区): the text is about the district.
func qualifiersDropped(g *region.Gazetteer, ms []region.Mention) []region.Mention {
	out := ms[:0:0]
	for i, m := range ms {
		if i+1 < len(ms) && ms[i+1].Start == m.End && g.Within(ms[i+1].Code, m.Code) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// partnersDropped drops the places a story's trade or visitors come from
// or go to (主要來自廣東省(74.1萬)、湖南省(8.3萬); 輸往美國、歐盟及內地): the
// other side, not where the story is. A place after 来自 is one only when
// a figure in brackets, another place of the list or the visitors follow
// it (来自广东省统计局的数据 is the story's own). So are the items of a
// breakdown with their figures in brackets (香港(60.4萬)及台灣(9.4萬)).
func partnersDropped(text string, ms []region.Mention) []region.Mention {
	if !strings.ContainsAny(text, "来來输輸销銷运運进進") {
		return ms
	}
	rs := []rune(text)
	out := ms[:0:0]
	for _, m := range ms {
		if m.End <= len(rs) {
			before := string(rs[max(0, m.Start-40):m.Start])
			after := string(rs[m.End:min(len(rs), m.End+6)])
			if containsAny(before, tradeWords) && tradeToward.MatchString(before) ||
				containsAny(before, originWords) && originBefore.MatchString(before) && originAfter.MatchString(after) {
				continue
			}
			if bracketedFigure.MatchString(after) && (hasSuffixOf(before, "、", "及", "和", "與", "与") || listNext.MatchString(string(rs[m.End:min(len(rs), m.End+16)]))) {
				continue // 韓國(7萬多)、香港(60.4萬)及台灣(9.4萬)分別增…: items of a breakdown
			}
		}
		out = append(out, m)
	}
	return out
}

var (
	listRun      = `([\p{Han}、及和与與]|[（(][^（）()，,。；]{0,12}[）)]){0,40}$`
	tradeToward  = regexp.MustCompile(`(` + strings.Join(tradeWords, "|") + `)` + listRun)
	originBefore = regexp.MustCompile(`(` + strings.Join(originWords, "|") + `)` + listRun)
	// tradeWords and originWords open every match of tradeToward and
	// originBefore: the words before a place seldom hold one, and the
	// engine, which tries the expression at every rune of them (it has
	// no literal prefix to skip to), runs only where one is.
	tradeWords  = []string{"输往", "輸往", "销往", "銷往", "运往", "運往", "出口到", "出口至", "进口自", "進口自"}
	originWords = []string{"来自", "來自"}
	// bracketedFigure follows an item of a breakdown with its figure;
	// listNext is the bracket closed and the next item begun
	bracketedFigure = regexp.MustCompile(`^[（(][0-9]`)
	listNext        = regexp.MustCompile(`^[（(][^（）()]{1,12}[）)](、|及|和|與|与)`)
	originAfter     = regexp.MustCompile(`^([（(][0-9]|、|及|和|與|与|的?(旅客|游客|遊客|客人|进口|進口|货物|貨物))`)
)

// levelDepth orders region levels: the more specific, the larger.
func levelDepth(level string) int {
	switch level {
	case region.County:
		return 2
	case region.City:
		return 1
	}
	return 0
}

// titleTag returns the region a headline is tagged with (镇宁：…,
// 白石岩乡：…) when the tag names one division only; "" otherwise.
func titleTag(g *region.Gazetteer, title string) string {
	i := strings.IndexAny(title, "：:")
	if i <= 0 {
		return ""
	}
	if n := utf8.RuneCountInString(title[:i]); n < 2 || n > 10 {
		return ""
	}
	if rs := g.LookupAll(title[:i]); len(rs) == 1 {
		return rs[0].Name
	}
	return ""
}

// regionsOf finds the regions of a story: all regions mentioned in the
// title and text, most frequent first, and the main one: the region a
// headline is tagged with, else the most specific region of the title,
// else the most mentioned.
func regionsOf(g *region.Gazetteer, title, text, page string) (string, []string) {
	all := partnersDropped(title+"\n"+text, qualifiersDropped(g, pageMentions(g, title+"\n"+text, page)))
	names := region.Count(all)
	if tag := titleTag(g, title); tag != "" {
		// 镇宁：金秋田野收获忙 — a page's place tag, often a short form
		// too short to find in running text.
		if !slices.Contains(names, tag) {
			names = append([]string{tag}, names...)
		}
		return tag, names
	}
	if len(names) == 0 {
		return "", nil
	}
	titleLen := len([]rune(title))
	main, depth := "", -1
	for _, m := range all {
		if m.Start >= titleLen {
			break
		}
		if r, ok := g.ByCode(m.Code); ok && levelDepth(r.Level) > depth {
			main, depth = m.Name, levelDepth(r.Level)
		}
	}
	if main == "" {
		main = scopedProvince(g, text, all)
	}
	if main == "" && !countrywide(text, all, titleLen+1) {
		main = mostSpecificOfTied(g, all, names)
	} else if depth == 0 {
		main = placeWithin(g, all, main, titleLen+1)
	}
	if main != "" && unnamedCounty(g, title+"\n"+firstRunes(text, 200), all) {
		// 在县委、县政府坚强领导下，全县上下…贯彻…视察江西和赣州重要讲话精神: a
		// county that never names itself; the city and province it names
		// are not it
		return "", names
	}
	return main, names
}

// unnamedCounty reports a story that speaks for a county (全县, 县委) in
// its headline or opening and names no county-level place at all.
func unnamedCounty(g *region.Gazetteer, opening string, ms []region.Mention) bool {
	if !strings.Contains(opening, "全县") && !strings.Contains(opening, "县委") {
		return false
	}
	for _, m := range ms {
		if r, ok := g.ByCode(m.Code); !ok || r.Level == region.County {
			return false
		}
	}
	return true
}

// scopedProvince returns the province a story speaks for without naming
// it: its opening says 全区 or 全省, and the places it names below a
// province (three or more, two thirds of its mentions or more) lie in
// that province, three cities of it or more (一、全区工业经济总体情况 …
// 全区规模以上工业增加值 …, a table of 呼和浩特市, 包头市 …: 内蒙古自治区);
// "" otherwise.
func scopedProvince(g *region.Gazetteer, text string, ms []region.Mention) string {
	opening := firstRunes(text, 200)
	if !strings.Contains(opening, "全区") && !strings.Contains(opening, "全省") {
		return ""
	}
	byProv := map[string]map[string]bool{}
	n := 0
	for _, m := range ms {
		r, ok := g.ByCode(m.Code)
		if !ok || r.Level == region.Province || len(m.Code) < 2 {
			continue
		}
		n++
		if r.Level != region.City {
			continue // (a county story names its city's other counties)
		}
		p := m.Code[:2]
		if byProv[p] == nil {
			byProv[p] = map[string]bool{}
		}
		byProv[p][m.Name] = true
	}
	for p, names := range byProv {
		count := 0
		for _, m := range ms {
			if len(m.Code) >= 2 && m.Code[:2] == p {
				if r, ok := g.ByCode(m.Code); ok && r.Level != region.Province {
					count++
				}
			}
		}
		if len(names) >= 3 && 3*count >= 2*n {
			if r, ok := g.ByCode(p + "0000"); ok {
				return r.Name
			}
		}
	}
	return ""
}

// placeWithin returns, for a title that names only a province (点“土”成“金”
// 青海山村…), the place within it that the story is about: a division of
// the province that the text names in its opening and at least twice, and
// no less often than the province itself (中新网青海互助6月27日电 …
// 互助土族自治县 … 互助县); else the province. Mentions start at off in
// the text.
func placeWithin(g *region.Gazetteer, ms []region.Mention, province string, off int) string {
	p, ok := g.Lookup(province)
	if !ok {
		return province
	}
	count := map[string]int{}
	first := map[string]int{}
	for _, m := range ms {
		if m.Start < off {
			continue
		}
		if _, seen := first[m.Code]; !seen {
			first[m.Code] = m.Start - off
		}
		count[m.Code]++
	}
	best, bestN := province, 0
	for code, n := range count {
		r, ok := g.ByCode(code)
		if !ok || code == p.Code || !g.Within(code, p.Code) || levelDepth(r.Level) < 2 {
			continue
		}
		if n >= 2 && n >= count[p.Code] && first[code] < 300 && n > bestN {
			best, bestN = r.Name, n
		}
	}
	return best
}

// countrywide reports a story about the whole country that then goes
// through its provinces (2011年，全国农民人均纯收入达到6977元…浙江省…贵州…
// 新疆…): its opening names 全国 or 我国 before any region, and it names
// regions of three provinces or more. No one of them is its region.
// Mentions start at off in the text.
func countrywide(text string, ms []region.Mention, off int) bool {
	if len(ms) < 3 || ms[0].Start < off {
		return false // too few regions, or the title names one
	}
	opening := text
	if n := strings.Index(opening, "。"); n >= 0 {
		opening = opening[:n]
	}
	k := 0 // the opening up to the first region named
	for i := range opening {
		if k == ms[0].Start-off {
			opening = opening[:i]
			break
		}
		k++
	}
	if !strings.Contains(opening, "全国") && !strings.Contains(opening, "我国") {
		return false
	}
	provinces := map[string]bool{}
	for _, m := range ms {
		provinces[m.Code[:2]] = true
	}
	return len(provinces) >= 3
}

// pageMentions finds the regions of a story; on a page of a paper with a
// place (嘉兴日报), short forms of places within it count too (桐乡 on a
// 嘉兴 page), which alone would want their city or province named.
func pageMentions(g *region.Gazetteer, text, page string) []region.Mention {
	base := g.Find(text)
	home, ok := g.Lookup(page)
	if page == "" || !ok {
		return base
	}
	found := map[int]bool{}
	for _, m := range base {
		if g.Within(m.Code, home.Code) {
			return base // a place within the paper's is named in full: enough
		}
		found[m.Start] = true
	}
	n := utf8.RuneCountInString(page) + 1
	out := base
	for _, m := range g.Find(page + "\n" + text) {
		if m.Start < n || found[m.Start-n] || m.Code != home.Code && !g.Within(m.Code, home.Code) {
			continue
		}
		m.Start, m.End = m.Start-n, m.End-n
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b region.Mention) int { return a.Start - b.Start })
	return out
}

// mostSpecificOfTied returns the most named region, or, when a region
// within it is named as often (嘉兴市 announces a list on which 南湖区 is
// named, once each), that narrower one: the story is about the place
// inside the wider one.
func mostSpecificOfTied(g *region.Gazetteer, ms []region.Mention, names []string) string {
	count := map[string]int{}
	for _, m := range ms {
		count[m.Name]++
	}
	best := names[0]
	tied := []string{best}
	for _, n := range names[1:] {
		if count[n] != count[best] {
			break
		}
		tied = append(tied, n)
		if g.Within(code(g, n), code(g, best)) {
			best = n
		}
	}
	if p := sharedProvince(g, tied); p != "" && len(tied) >= 3 {
		return p // 台北市、新北市、桃园市… each named as often: Taiwan's, not the first city's
	}
	return best
}

// sharedProvince returns the nearest division that all the named places
// lie in (the city of several of its counties, the province of several of
// its cities) when none of them is within another; "" otherwise.
func sharedProvince(g *region.Gazetteer, names []string) string {
	var common []region.Region // the first place's ancestors, nearest first
	for i, n := range names {
		chain := g.Chain(n)
		if len(chain) < 2 {
			return ""
		}
		for _, m := range names {
			if m != n && g.Within(code(g, m), chain[0].Code) {
				return "" // 温岭市 within 台州市: the most specific one
			}
		}
		if i == 0 {
			common = chain[1:]
			continue
		}
		common = slices.DeleteFunc(common, func(c region.Region) bool {
			return !slices.ContainsFunc(chain[1:], func(r region.Region) bool { return r.Code == c.Code })
		})
	}
	if len(common) == 0 {
		return ""
	}
	return common[0].Name
}

func code(g *region.Gazetteer, name string) string {
	r, _ := g.Lookup(name)
	return r.Code
}

// rocYear returns the year of a Taiwan text that counts years of the
// Republic (今（101）年, 民国112年: 1911 plus the number), 0 if it has
// none or is no Taiwan text.
func rocYear(s string) int {
	if ys := rocMonthYears(s); len(ys) > 0 {
		return slices.Max(ys) // 114年2月工業生產統計
	}
	if !strings.Contains(s, "今(") && !strings.Contains(s, "今（") && !strings.Contains(s, "民國") && !strings.Contains(s, "民国") {
		return 0 // most texts: no regexp run over them
	}
	if !reTaiwanMarks.MatchString(s) {
		return 0
	}
	m := reROCYear.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[2]) // digits only: cannot fail
	if n < 80 || n > 130 {
		return 0
	}
	return 1911 + n
}

// rocMonthYears returns the years of the Republic a Taiwan text names with
// a month or a quarter (102年3月, 111年第4季), as years of the era.
func rocMonthYears(s string) []int {
	if !strings.Contains(s, "年") || !reTaiwanMarks.MatchString(s) {
		return nil
	}
	var ys []int
	for _, m := range reROCMonth.FindAllStringSubmatch(s, -1) {
		n, _ := strconv.Atoi(m[2]) // digits only: cannot fail
		ys = append(ys, 1911+n)
	}
	return ys
}

var (
	reTaiwanMarks = regexp.MustCompile(`行政院|主計|主计|中央社|新台幣|新台币|台北|臺北|國發會|国发会|經濟部`)
	reROCYear     = regexp.MustCompile(`(今|本|民國|民国)[(（]?([0-9]{2,3})[)）]?年`)
	reROCMonth    = regexp.MustCompile(`(^|[^0-9.])(1[0-4][0-9])年(?:[0-9]{1,2}月|第[1-4一二三四]季)`)
)
