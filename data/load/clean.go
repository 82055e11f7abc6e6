package load

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/numparse"
	"zhibiao/data/region"
)

// lineKind classifies one line of a page.
type lineKind int

const (
	kindBlank     lineKind = iota
	kindFurniture          // editors' credits, page banners, font widgets: dropped
	kindMeta               // source / date line under a title: used, not shown
	kindPage               // page header (汉阴新闻 第2版 县域经济 2019年7月8日): the page's source and date, no story's
	kindByline             // □本报记者 … : used for authors and story starts, not shown
	kindCaption            // ■ picture caption
	kindHeading            // markdown heading
	kindBody
)

// line is one classified line; text is trimmed and stripped of markers
// (#, ■).
type line struct {
	text  string
	kind  lineKind
	level int // markdown heading level, 0 if none
	// lead is the end (in bytes) of a dateline read on the line's
	// simplified characters (中新網烏魯木齊7月15日電(戚亞平)…), which the
	// patterns, written in simplified, miss on the text as printed; 0 else.
	lead int
}

var (
	// editor credits: 责编 王杰 刘宗伟 美编 郑燕 审读 王忠良 排版 林艳
	// (also in brackets, as at a story's end: （编辑 张三）), and the end
	// mark of a story: （完）
	reCredits = regexp.MustCompile(`^[（(【\[]?(?:(?:责任编辑|责编|美编|审读|排版|校对|编辑|组版|签发)[\s:：]|完[）)】\]]$)`)
	// romanised page banners: JIN RI JI MO
	reRomanBanner = regexp.MustCompile(`^[A-Z]{2,}( [A-Z]{2,})+$`)
	// page banners: 第3版, A2版 (今日即墨 is checked against the gazetteer)
	reBanner = regexp.MustCompile(`^(第\s*(\d+|[一二三四五六七八九十]{1,3})\s*版.*|[A-Z]?\d{1,2}\s*版)$`)
	// font-size widgets left from web pages
	reFontWidget = regexp.MustCompile(`\s*(大字|中字|小字|字号|【\s*大\s*中\s*小\s*】|大\s+中\s+小)\s*$`)
	reHeading    = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)
	// a byline starts with □ or a reporter's role
	reBylineStart = regexp.MustCompile(`^(□|◇|◆|◎|本报记者|本报通讯员|记者\s|通讯员\s|作者[:：])`)
	reRole        = regexp.MustCompile(`记者|通讯员|实习生|作者`)
	// a news dateline opening a story: 本报青岛讯, 本报北京7月12日讯
	reDateline = regexp.MustCompile(`^本报[^\s通员，。,（(]{0,12}?讯\s*`)
	// the same anywhere in a line
	reDatelineAny = regexp.MustCompile(`本报[^\s通员，。,（(]{0,12}?讯`)
	// a dateline that opens a story, with the credit in brackets that may
	// follow it: 本报讯（通讯员 储毅）, 【本報消息】, 本报北京7月12日讯, 衡阳日报讯（通讯员
	// 肖力元 记者 周瑞华）, 新华社南京8月9日电（记者 周婧 陈刚）. 电 needs a
	// date, so that 报社电话 is no dateline; see leadEnd.
	reLead = regexp.MustCompile(`^(?:[（(]\p{Han}{2,6}(?:社|報|报|網|网)(?:記者|记者)[^（）()]{1,20}[0-9一二三四五六七八九十]{1,3}日[電电][）)]|【?(本报|本報)[^\s通员員，。,（(【】]{0,12}?(?:讯|訊|消息)】?|(?:[\p{Han}]{1,10}(?:报|社|网|台|新闻|客户端)、){0,3}[\p{Han}]{1,10}(?:报|社|网|台|新闻|客户端)(?:[^\s通资，。,（(\d]{0,6}?讯|[\p{Han}]{0,6}?\d{1,2}月\d{1,2}日(?:[电讯電訊]|消息)))(\s*[（(][^（）()]{1,40}[）)])?`)
	// a credit in brackets alone on a line: （通讯员 储毅）, （记者 张三 通讯员 李四）
	reCreditLine = regexp.MustCompile(`^[（(](?:本报|特约)?(?:记者|通讯员|实习生|作者)[^（）()，。,；;！？!?]{1,40}[）)]$`)
	// a report credited to another paper, alone on a line: 据安康日报报道
	reReportedBy = regexp.MustCompile(`^[（(]?据([^\s，。,；;！？!?（）()]{2,20})报道[）)]?$`)
	// a newspaper's page number: 第2版, 第A2版, A2版, 02版, 第六版
	reEdition = regexp.MustCompile(`第\s*([A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版|(?:^|\s)[A-Za-z]?\d{1,2}\s*版(?:\s|$|[:：])`)
)

// trailerMarkers start unrelated trailers: the line and all that follows is
// dropped.
var trailerMarkers = []string{"新闻推荐", "相关推荐", "相关阅读", "推荐阅读", "相关新闻", "延伸阅读", "热点推荐", "猜你喜欢", "更多精彩", "往期回顾", "热门推荐"}

// trimLine trims spaces, including the ideographic and no-break spaces.
func trimLine(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == 0x3000 || r == 0xa0 })
}

// splitLines classifies the lines of a decoded page and cuts trailers.
func (p *Parser) splitLines(text string) []line {
	raw := strings.Split(text, "\n")
	out := make([]line, 0, len(raw))
	for _, s := range raw {
		l := p.classify(cleanInline(trimLine(s)))
		if l.kind == kindBody && isTrailerMarker(l.text) && len(out) > 0 {
			break
		}
		out = append(out, l)
	}
	markBannerHeadings(out)
	markSplitPageHeaders(out)
	return out
}

// markSplitPageHeaders finds a page header written over a few short lines
// (嘉兴日报 / 2026年3月17日 星期二 / 第05版：镇街经济 / 上一版　下一版): the
// first line becomes the page header with the words of all of them, the
// others furniture.
func markSplitPageHeaders(ls []line) {
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && j-i < 5 && ls[j].kind != kindBlank && ls[j].kind != kindPage && !runesOver(ls[j].text, 24) && !endsSentence(ls[j].text) {
			j++
		}
		if j-i >= 2 && (j == len(ls) || ls[j].kind == kindBlank) && (i == 0 || ls[i-1].kind == kindBlank) {
			words := make([]string, 0, j-i)
			for k := i; k < j; k++ {
				words = append(words, ls[k].text)
			}
			if joined := strings.Join(words, " "); isPageHeader(joined) {
				ls[i] = line{kind: kindPage, text: joined}
				for k := i + 1; k < j; k++ {
					ls[k].kind = kindFurniture
				}
			}
		}
		i = max(j, i+1)
	}
}

var (
	reMDImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	reMDLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	reMDEmphasis = regexp.MustCompile(`\*\*|__`)
	reHTMLTag    = regexp.MustCompile(`</?(p|br|span|div|strong|b|em|i|font)\b[^>]*>`)
	reListMark   = regexp.MustCompile(`^[-*+>]\s+`)
)

// cleanInline removes inline markup from a line saved from the web or
// written in markdown: HTML entities and simple tags, images, link targets,
// bold markers, list and quote markers. Headings (#) are left to classify.
func cleanInline(s string) string {
	if strings.ContainsAny(s, "&<") {
		s = reHTMLTag.ReplaceAllString(s, "")
		s = html.UnescapeString(s)
	}
	if strings.ContainsAny(s, "[*_>-+") {
		s = reMDImage.ReplaceAllString(s, "")
		s = reMDLink.ReplaceAllString(s, "$1")
		s = reMDEmphasis.ReplaceAllString(s, "")
		s = reListMark.ReplaceAllString(s, "")
	}
	return trimLine(s)
}

// isTrailerMarker reports a line that starts an unrelated trailer.
func isTrailerMarker(s string) bool {
	s = strings.Trim(s, "【】[]「」:：|>#* ")
	for _, m := range trailerMarkers {
		if s == m {
			return true
		}
	}
	return false
}

func (p *Parser) classify(s string) line {
	switch {
	case s == "":
		return line{kind: kindBlank}
	case isPageHeader(s):
		return line{text: s, kind: kindPage}
	case isCredits(s), isRomanBanner(s), isBanner(s), isWidgetOnly(s), p.isPageBanner(s), isOrnamentLine(s), compiledPage(s):
		return line{text: s, kind: kindFurniture}
	case strings.HasPrefix(s, "■"), strings.HasPrefix(s, "▲"):
		return line{text: trimLine(strings.TrimLeft(s, "■▲")), kind: kindCaption}
	case isByline(s):
		return line{text: s, kind: kindByline}
	}
	if p.gaz != nil {
		if lead := tradLead(p.gaz, s); lead > 0 {
			return line{text: s, kind: kindByline, lead: lead} // 中新網烏魯木齊7月15日電…
		}
	}
	if isMetaLine(s, p.sources) {
		return line{text: s, kind: kindMeta}
	}
	if !strings.HasPrefix(s, "#") {
		return line{text: s, kind: kindBody} // no heading (reHeading): most lines
	}
	if m := reHeading.FindStringSubmatch(s); m != nil {
		return line{text: trimLine(m[2]), kind: kindHeading, level: len(m[1])}
	}
	return line{text: s, kind: kindBody}
}

// isCredits is reCredits.MatchString, asked only of lines whose first
// character (after an opening bracket) starts one of its words.
func isCredits(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("（(【[", r) {
		r, _ = utf8.DecodeRuneInString(s[n:])
	}
	return strings.ContainsRune("责美审排校编组签完", r) && reCredits.MatchString(s)
}

// isRomanBanner is reRomanBanner.MatchString, asked only of lines
// starting with a capital letter.
func isRomanBanner(s string) bool {
	return s != "" && 'A' <= s[0] && s[0] <= 'Z' && reRomanBanner.MatchString(s)
}

// isBanner is reBanner.MatchString, asked only of lines holding 版.
func isBanner(s string) bool {
	return strings.Contains(s, "版") && reBanner.MatchString(s)
}

// isPageBanner reports a page name such as 今日即墨 or 今日崂山 (今日 and a
// region name), possibly as a markdown heading.
func (p *Parser) isPageBanner(s string) bool {
	s = strings.TrimSpace(strings.TrimLeft(s, "# "))
	rest, ok := strings.CutPrefix(s, "今日")
	if !ok {
		return false
	}
	_, isRegion := p.gaz.Lookup(rest)
	return isRegion
}

func isWidgetOnly(s string) bool {
	return len(s) <= 30 && reFontWidget.ReplaceAllString(s, "") == ""
}

// isPageHeader reports a newspaper page's header line: the paper, the page
// number and the date, maybe the page's name (汉阴新闻　第2版　县域经济
// 2019年7月8日, 第A3版 要闻 2023-07-12 大众日报).
func isPageHeader(s string) bool {
	if runesOver(s, 50) || !strings.Contains(s, "版") || !reEdition.MatchString(s) || strings.ContainsAny(s, "，。,；;！？!?") {
		return false
	}
	d, _ := findDate(s)
	return d != ""
}

// isByline reports a reporter's byline: □本报记者 张忠德, 本报通讯员 刘 伟,
// □记者 白晓 通讯员 葛晓蕾 报道 (possibly followed by the story's first
// words); a dateline opening a story (本报讯（通讯员 储毅）, 新华社南京8月9日电
// （记者 周婧）…); a credit alone in brackets (（通讯员 储毅）); 据…报道 alone.
func isByline(s string) bool {
	if leadEnd(s) > 0 || isWeakByline(s) {
		return true
	}
	if k := strings.Index(s, "·"); k > 0 && k <= 12 && allHan(s[:k]) && len(s) > k+len("·") && !runesOver(s, 40) && !strings.ContainsAny(s, "，,。；;") && isByline(s[k+len("·"):]) {
		return true // 新甘肃·甘肃日报记者侯洪建通讯员黄鑫: the outlet's brand before its paper
	}
	if first, _ := utf8.DecodeRuneInString(s); strings.ContainsRune("□◇◆◎", first) && reBareBylineName.MatchString(s) {
		return true // □侯雅洁: the box marks the writer's name
	}
	if len(s) <= 120 && (strings.Contains(s, "记者") || strings.Contains(s, "通讯员")) && (reNamesThenRole.MatchString(s) || reOutletReporter.MatchString(s)) ||
		len(s) <= 90 && strings.ContainsAny(s, " 　") && reNamesOnly.MatchString(s) {
		return true // 杨果 兰宜谦 记者 李全民; 日报记者 段超 邓华（2014年10月）
	}
	if !reBylineStart.MatchString(s) {
		return false
	}
	head := firstRunes(s, 30)
	return reRole.MatchString(head) || strings.Contains(head, "报道")
}

// reBareBylineName is a line of only □ and one to three names.
// reOutletReporter is an outlet's reporters alone on a line, maybe with
// a date in brackets (日报记者 段超 邓华（2014年10月）, 本报记者（2014年12月）).
var reOutletReporter = regexp.MustCompile(`^[\p{Han}·]{0,10}(记者|通讯员)[\s　]*(\p{Han}{2,4}([\s　、]+\p{Han}{2,4}){0,3})?[\s　]*([（(][^）)]{0,16}[）)])?$`)

// reNamesOnly is a line of writers' names alone: three or more names, or
// names with a picture credit in brackets (詹鸿鹄 江茂彬 李成洪（图片由…提供）).
var reNamesOnly = regexp.MustCompile(`^(\p{Han}{2,3}[ 　]){2,4}\p{Han}{2,3}$|^(\p{Han}{2,3}[ 　]){0,4}\p{Han}{2,3}[ 　]?[（(](图片|摄影|图|文)[^）)]{0,20}[）)]$`) // one space between names: a table header spaces its columns wider

// reNamesThenRole is writers' names, then reporters with their outlet
// (杨果 兰宜谦 记者 李全民; 郭榕 农民日报·中国农网记者 刘久锋).
var reNamesThenRole = regexp.MustCompile(`^(\p{Han}{2,4}[\s　]+){1,3}([\p{Han}·]{2,12})?(本报记者|记者|通讯员)[\s　]*\p{Han}{2,4}([\s　、]+\p{Han}{2,4}){0,2}$`)

var reBareBylineName = regexp.MustCompile(`^[□◇◆◎]\s*\p{Han}{2,4}([\s、]+\p{Han}{2,4}){0,2}$`)

// isWeakByline reports a byline that may also close a story (（记者 张三）,
// 据安康日报报道): it starts a story only under a headline.
func isWeakByline(s string) bool {
	return reCreditLine.MatchString(s) || reReportedBy.MatchString(s)
}

// leadEnd returns the end (in bytes) of the dateline opening s, 0 if none.
// A dateline of another paper (衡阳日报讯, 新华社…电) must stand apart: a
// credit in brackets, a space or the end of the line follows it.
func leadEnd(s string) int {
	m := reLead.FindStringSubmatchIndex(s)
	if m == nil {
		// 南国今报　2021-01-27　今报南宁讯（记者刘冬莲）: the outlet and date
		// before the dateline
		if p := reOutletDate.FindStringIndex(s); p != nil {
			if e := leadEnd(s[p[1]:]); e > 0 {
				return p[1] + e
			}
		}
		return 0
	}
	if m[2] < 0 && m[4] < 0 && m[1] < len(s) && !strings.HasSuffix(s[:m[1]], "）") && !strings.HasSuffix(s[:m[1]], ")") {
		if r, _ := utf8.DecodeRuneInString(s[m[1]:]); !unicode.IsSpace(r) {
			return 0
		}
	}
	return m[1]
}

// reOutletDate is an outlet's name and a date before a dateline.
var reOutletDate = regexp.MustCompile(`^\p{Han}{2,10}[\s\x{3000}]+(19|20)\d\d[-年][0-9]{1,2}[-月][0-9]{1,2}日?[\s\x{3000}]+`)

// reRoleStart is a byline's role word opening the text after a dateline.
var reRoleStart = regexp.MustCompile(`^(?:本报)?(?:记者|通讯员|实习生)\s`)

// tradLead returns the end of the dateline that opens s once its
// traditional characters are simplified (of the same length in bytes, so
// the offset carries over), 0 if s has none or is in simplified already.
func tradLead(g *region.Gazetteer, s string) int {
	if !strings.ContainsAny(s[:min(len(s), 90)], "電訊息報") {
		return 0 // (no 電, 訊, 消息 or 報 of a dateline near the start: most lines)
	}
	t := g.Simplify(s)
	if t == s || len(t) != len(s) {
		return 0
	}
	return leadEnd(t)
}

// splitLine is splitByline for a classified line: a dateline read on its
// simplified characters (l.lead) is cut at the same place in the text as
// printed.
func splitLine(l line) (byline, rest string) {
	if l.lead > 0 {
		return splitAt(l.text, l.lead) // (set only where leadEnd finds none in the text as printed)
	}
	return splitByline(l.text)
}

// splitByline separates a byline from story text glued to it
// ("□记者 白晓 报道 本报青岛讯 3月12日, …", "本报讯（通讯员 储毅）今年以来，…",
// "新华社大连11月2日电 今年前三季度…"): it returns the byline and the rest
// with its dateline removed.
func splitByline(s string) (byline, rest string) {
	if end := leadEnd(s); end > 0 {
		return splitAt(s, end)
	}
	if i := strings.Index(s, "报道"); i >= 0 {
		byline, rest = s[:i+len("报道")], s[i+len("报道"):]
	} else if loc := reDatelineAny.FindStringIndex(s); loc != nil {
		byline, rest = s[:loc[0]], s[loc[0]:]
	} else {
		return s, ""
	}
	return trimLine(byline), trimLine(reDateline.ReplaceAllString(trimLine(rest), ""))
}

// splitAt splits s after its dateline, which ends at end: the byline, with
// a credit that runs on to 报道 (本报讯 记者 张三 报道 今年以来…), and the rest.
func splitAt(s string, end int) (byline, rest string) {
	byline, rest = s[:end], trimLine(s[end:])
	if i := strings.Index(rest, "报道"); i >= 0 && reRoleStart.MatchString(rest) && !runesOver(rest[:i], 30) {
		byline, rest = byline+" "+rest[:i+len("报道")], rest[i+len("报道"):]
	}
	return trimLine(byline), trimLine(rest)
}

// markBannerHeadings turns a heading followed by a romanised banner line
// (# 今日即墨 / JIN RI JI MO) into furniture.
func markBannerHeadings(ls []line) {
	for i, l := range ls {
		if l.kind != kindHeading {
			continue
		}
		for j := i + 1; j < len(ls) && j <= i+3; j++ {
			if ls[j].kind == kindBlank {
				continue
			}
			if ls[j].kind == kindFurniture && reRomanBanner.MatchString(ls[j].text) {
				ls[i].kind = kindFurniture
			}
			break
		}
	}
}

// Text shapes used to decide what a line is.

const (
	terminalMarks = "。！？!?；;…：:"
	closers       = "”’」』）)》】\""
	commaMarks    = "，,、;；·—(（“‘《"
)

// endsSentence reports whether s ends with a sentence mark, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	if !utf8.ValidString(s) {
		return endsSentenceRunes(s)
	}
	// From the end, without a rune copy of the line: skip the closers,
	// then look at the rune before them.
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !strings.ContainsRune(closers, r) {
			break
		}
		i -= n
	}
	if i == 0 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if r == '.' && i > n {
		return data.EnglishStop(s[:i], i-n) // …on Sunday.
	}
	return strings.ContainsRune(terminalMarks, r)
}

// endsSentenceRunes is endsSentence on runes, for invalid UTF-8 (each bad
// byte a U+FFFD, as []rune has it).
func endsSentenceRunes(s string) bool {
	rs := []rune(s)
	i := len(rs) - 1
	for i >= 0 && strings.ContainsRune(closers, rs[i]) {
		i--
	}
	if i >= 1 && rs[i] == '.' {
		return data.EnglishStop(string(rs[:i+1]), len(string(rs[:i]))) // …on Sunday.
	}
	return i >= 0 && strings.ContainsRune(terminalMarks, rs[i])
}

// balanced reports whether quotes and brackets pair up.
func balanced(s string) bool {
	pairs := [][2]rune{{'“', '”'}, {'‘', '’'}, {'《', '》'}, {'（', '）'}, {'(', ')'}, {'「', '」'}, {'『', '』'}, {'【', '】'}}
	for _, p := range pairs {
		if strings.Count(s, string(p[0])) != strings.Count(s, string(p[1])) {
			return false
		}
	}
	return true
}

// endsWithComma reports a line broken after a comma-like mark.
func endsWithComma(s string) bool {
	rs := []rune(s)
	return len(rs) > 0 && strings.ContainsRune(commaMarks, rs[len(rs)-1])
}

// isTitleLike reports a line that can be a story title: short, not ending
// a sentence or a clause, quotes balanced.
func isTitleLike(s string) bool {
	return isHeadline(s, 40)
}

// isHeadline reports a title-like line of at most max characters. The
// page's first title may be long (web headlines run to 60 characters and
// more); titles met further down a page are held to 40.
func isHeadline(s string, max int) bool {
	n := len([]rune(s))
	return n >= 2 && n <= max && !endsSentence(s) && !endsWithComma(s) && balanced(s) && !isTableRow(s)
}

// isTableRow reports a line of a pipe table (| 项目 | 单位 | 3月 |): a
// table's header is no headline.
func isTableRow(s string) bool {
	s = strings.TrimSpace(s)
	// (指标 | 2017年 | 2016年 |: Markdown allows a row without its first pipe)
	return (strings.HasPrefix(s, "|") || strings.HasSuffix(s, "|")) && strings.Count(s, "|") >= 3
}

// firstTitleMax is the longest first line taken as a page's title.
const firstTitleMax = 80

// isSubheading reports a body line that is a sub-heading: like a title but
// shorter and without commas (the 、 of a section number such as 一、综合
// or 3、 does not count).
func isSubheading(s string) bool {
	if !isTitleLike(s) || len([]rune(s)) > 25 {
		return false
	}
	rest := data.WithoutSectionNumber(s)
	if !strings.ContainsAny(rest, "，,、") {
		return true
	}
	// 一、奋发有为，2018年迈出铿锵步伐: a numbered heading in two parts
	return rest != s && strings.Count(rest, "，")+strings.Count(rest, ",") == 1 && !strings.Contains(rest, "、")
}

// isFragment reports a body line cut off mid-sentence (by a page or column
// break) that continues in a later line.
func isFragment(s string) bool {
	return !endsSentence(s) && !isSubheading(s)
}

// isCaption reports a picture caption without a ■ marker.
func isCaption(s string) bool {
	if strings.HasPrefix(s, "（摄影") || strings.HasPrefix(s, "(摄影") {
		return true
	}
	for i := 0; ; {
		j := strings.Index(s[i:], "图为")
		if j < 0 {
			return false
		}
		at := i + j
		prev, _ := utf8.DecodeLastRuneInString(s[:at])
		if at == 0 || strings.ContainsRune("。！？ \t（(", prev) {
			return true // 图为 opening a sentence, not 企图为 or 地图为
		}
		i = at + len("图为")
	}
}

// para is a paragraph being built for one story.
type para struct {
	text             string
	caption, heading bool
}

// buildParagraphs turns a story's body lines into paragraphs: sub-headings
// and captions marked, lines broken mid-sentence joined with the line that
// continues them (skipping captions and headings printed in between),
// exactly repeated sentences and clauses removed.
func buildParagraphs(ls []line) []para {
	var ps []para
	for _, l := range ls {
		switch l.kind {
		case kindCaption:
			ps = append(ps, para{text: l.text, caption: true})
		case kindHeading:
			ps = append(ps, para{text: l.text, heading: true})
		case kindBody:
			ps = append(ps, para{text: l.text, caption: isCaption(l.text), heading: isSubheading(l.text)})
		}
	}
	ps = joinFragments(ps)
	return dedupeParas(ps)
}

// reReportDateLine is the date line under a report's title (——2025年1月12日
// 在宣城市第五届人民代表大会第四次会议上): a line of its own.
// (or ——在陇县第十七届人民代表大会第四次会议上 县长 赵甲宏(2020年1月8日):
// the speaker and the day after the meeting)
var reReportDateLine = regexp.MustCompile(`^[—－-]{1,2}\s*(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日在[^。]{2,60}(会议|大会)上$|^[—－-]{0,2}\s*((19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|[\p{Han}·]{2,8})?在[^。，,]{2,40}人民代表大会[^。，,]{2,20}会议上(的报告|的讲话)?$|^[—－-]{1,2}\s*在[^。，,]{2,40}人民代表大会[^。，,]{2,20}会议上\s*[^。，,()（）]{0,16}[（(](19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[）)]$`)

// joinFragments appends the continuation of each broken body line to it.
// A table row (isTableLine) is no broken line and no continuation: rows
// stay lines of their own.
func joinFragments(ps []para) []para {
	for i := 0; i < len(ps); i++ {
		if ps[i].caption || ps[i].heading || !isFragment(ps[i].text) || isTableLine(ps[i].text) || reTableCaption.MatchString(ps[i].text) || reReportDateLine.MatchString(ps[i].text) {
			continue // 表1　古交市2025年主要经济指标: a table's caption stands alone; so does ——2025年1月12日在…会议上
		}
		for j := i + 1; j < len(ps) && j <= i+4; j++ {
			if isTableLine(ps[j].text) || opensWithLabel(ps[j].text) || opensWithBullet(ps[j].text) {
				break // 股价指数变动率：由上月…, ◎ 对租赁…: a line of its own
			}
			if ps[j].caption || ps[j].heading {
				continue
			}
			ps[i].text = joinLines(ps[i].text, ps[j].text)
			ps = append(ps[:j], ps[j+1:]...)
			i-- // the joined line may still be broken
			break
		}
	}
	return ps
}

// opensWithLabel reports a line that opens with a short label and a colon
// (股价指数变动率：由上月 20.2% 增为 21.6%): an item of its own, never the
// rest of a broken line.
func opensWithLabel(s string) bool {
	k := strings.IndexAny(s, ":：")
	if k <= 0 || runesOver(s[:k], 20) {
		return false
	}
	label := s[:k]
	return data.HanCount(label) >= 2 && !strings.ContainsAny(label, "，,。；;、（）()“”")
}

// joinLines joins a broken line with the next one: directly in Chinese,
// with a space between two words of English (…12:33 AM / Economic growth).
func joinLines(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if last < utf8.RuneSelf && first < utf8.RuneSelf && last != ' ' && first != ' ' {
		return a + " " + b
	}
	return a + b
}

// dedupeParas drops a sentence that repeats an earlier one of the story word for
// word, and a clause that repeats the clause just before it.
func dedupeParas(ps []para) []para {
	seen := sentenceSet{}
	out := ps[:0]
	for _, p := range ps {
		if !p.heading && !p.caption && !isTableLine(p.text) {
			p.text = dedupeText(p.text, seen)
		}
		if trimLine(p.text) != "" {
			out = append(out, p)
		}
	}
	return out
}

func dedupeText(s string, seen sentenceSet) string {
	var b strings.Builder
	b.Grow(len(s))
	prev := 0
	for _, sp := range data.SentenceBytes(s) {
		sent := s[sp.Start:sp.End]
		if !seen.add(sent) && runesOver(sent, 7) {
			prev = sp.End
			continue
		}
		b.WriteString(s[prev:sp.Start])
		b.WriteString(dedupeClauses(sent))
		prev = sp.End
	}
	return b.String()
}

// sentenceSet holds sentences by their data.Normalize form without
// building it: by a hash of the normalised runes, each hash with the
// sentences that gave it.
type sentenceSet map[uint64][]string

// add adds s and reports whether it was new (no sentence held normalises
// as s does).
func (set sentenceSet) add(s string) bool {
	h := uint64(14695981039346656037) // FNV-1a over the normalised runes
	for _, r := range s {
		h = (h ^ uint64(data.NormalizeRune(r))) * 1099511628211
	}
	for _, t := range set[h] {
		if sameNormalized(s, t) {
			return false
		}
	}
	set[h] = append(set[h], s)
	return true
}

// sameNormalized reports whether data.Normalize(a) == data.Normalize(b),
// comparing rune by rune.
func sameNormalized(a, b string) bool {
	for len(a) > 0 && len(b) > 0 {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if data.NormalizeRune(ra) != data.NormalizeRune(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// dedupeClauses removes a clause (ending in a comma) that repeats the one
// before it, when it has at least six characters.
func dedupeClauses(s string) string {
	if indexComma(s) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := ""
	for len(s) > 0 {
		n := len(s)
		if i := indexComma(s); i >= 0 {
			_, w := utf8.DecodeRuneInString(s[i:])
			n = i + w
		}
		p := s[:n]
		s = s[n:]
		c := strings.TrimRight(trimLine(p), "，,")
		if c != "" && c == prev && runesOver(c, 5) {
			continue
		}
		prev = c
		b.WriteString(p)
	}
	return b.String()
}

// indexComma is strings.IndexAny(s, "，,") without decoding runes: the
// byte offset of the first comma, -1 if none.
func indexComma(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',':
			return i
		case 0xEF: // "，" is EF BC 8C
			if i+2 < len(s) && s[i+1] == 0xBC && s[i+2] == 0x8C {
				return i
			}
		}
	}
	return -1
}

// isTableLine reports a line of a loaded page shaped like a table row:
// pipe or tab-separated cells, a |---| rule, a 指标：数值 line, or
// space-aligned cells with a digit. The loader keeps such lines apart
// (joinFragments would glue them to the line after).
// reCompiledPage is the banner of a page compiled from other outlets'
// stories, or its editor's note (沭阳县域经济·新闻汇编, （编者按：本页汇集…）).
var reCompiledPage = regexp.MustCompile(`^[\p{Han}·\s]{2,24}(新闻汇编|汇编页|（汇编页）|\(汇编页\))$|^[（(]?编者按[：:]`)

// compiledPage reports a compiled page's banner or editor's note
// (reCompiledPage), asked only of lines holding its words.
func compiledPage(s string) bool {
	return (strings.Contains(s, "汇编") || strings.Contains(s, "编者按")) && reCompiledPage.MatchString(s)
}

// runesOver reports whether s holds more than n runes
// (utf8.RuneCountInString(s) > n) without counting a long line's runes: a
// rune is one to four bytes, and each invalid byte counts as one.
func runesOver(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	if len(s) >= 4*(n+1) {
		return true
	}
	return utf8.RuneCountInString(s) > n
}

// isOrnamentLine reports a line drawn of ornaments only (════, ※※※, ＊＊＊),
// which sets stories or sections apart and is never a table's rule.
func isOrnamentLine(s string) bool {
	if s != "" && strings.Trim(s, "*＊ ") == "" {
		return true // ****** (what is left of it once Markdown's ** are taken out)
	}
	return runesOver(s, 2) && strings.Trim(s, "═━＝※＊*~～·•◆◇ \u3000") == ""
}

// isRuleLine reports a line drawn of dashes or equals signs only.
func isRuleLine(s string) bool {
	s = strings.TrimSpace(s)
	return runesOver(s, 4) && strings.Trim(s, "-=—─━_+ ") == ""
}

// wideCells counts the cells of s cut at gaps of two or more spaces or
// tabs, or at an ideographic space (the columns of an aligned table).
func wideCells(s string) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	n, run := 1, 0
	for _, r := range s {
		switch {
		case r == '\u3000':
			n, run = n+1, -1 // a gap by itself; the spaces around it join it
		case r == ' ' || r == '\t':
			if run >= 0 {
				run++
				if run == 2 {
					n++
				}
			}
		default:
			run = 0
		}
	}
	return n
}

// hasCellMark is strings.ContainsAny(s, "|｜+\t:：\u3000") as a byte
// scan: a multi-byte mark is matched by its encoding, which in UTF-8 only
// ever stands for that rune.
func hasCellMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|', '+', '\t', ':':
			return true
		case 0xEF: // ｜ EF BD 9C, ： EF BC 9A
			if i+2 < len(s) && (s[i+1] == 0xBD && s[i+2] == 0x9C || s[i+1] == 0xBC && s[i+2] == 0x9A) {
				return true
			}
		case 0xE3: // U+3000 E3 80 80
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return true
			}
		}
	}
	return false
}

// groupedDigits is a comma that groups digits by thousands (18,237).
var groupedDigits = regexp.MustCompile(`([0-9]),([0-9]{3})`)

// ungrouped is s without the commas that group digits by thousands
// (groupedDigits.ReplaceAllString(s, "$1$2")), found by hand: the
// expression's matches are a digit, the comma and three digits, leftmost
// first and not overlapping (1,234,567 gives 1234,567).
func ungrouped(s string) string {
	j := strings.IndexByte(s, ',')
	if j < 0 {
		return s
	}
	var b []byte
	from := 0 // s[from:] is not yet copied to b; no match begins before it
	for ; j >= 0; j = nextByte(s, ',', j+1) {
		if j-1 < from || !isDigit(s[j-1]) || j+3 >= len(s) || !isDigit(s[j+1]) || !isDigit(s[j+2]) || !isDigit(s[j+3]) {
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[from:j]...)
		b = append(b, s[j+1:j+4]...)
		from = j + 4
	}
	if b == nil {
		return s
	}
	return string(append(b, s[from:]...))
}

// nextByte is the index of the first c in s at or after i, or -1.
func nextByte(s string, c byte, i int) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// fewDigits reports a line with no number but one of at most two digits
// (a column's issue: 大吉小新2).
func fewDigits(s string) bool {
	runs, digits := 0, 0
	prev := false
	for _, r := range s {
		d := r >= '0' && r <= '9'
		if d {
			digits++
			if !prev {
				runs++
			}
		}
		prev = d
	}
	return runs == 0 || runs == 1 && digits <= 2
}

func isTableLine(s string) bool {
	if isRuleLine(s) {
		return true // ------ between a table's header and rows
	}
	if !hasCellMark(s) && !strings.Contains(s, "  ") {
		return singleSpacedRow(s) // most lines of running text are not
	}
	if !strings.ContainsAny(s, "。；;，,！!？?“”") && wideCells(s) >= 3 {
		// 地区    规模工业增加值  规模工业利税总额: a header of aligned columns
		// (姚坪乡　桥通路畅促发展　产业振兴“有姜来”, quoting, is a headline)
		return true
	}
	wide := strings.ContainsRune(s, '\u3000')
	s = strings.TrimSpace(data.Normalize(s))
	if s == "" {
		return false
	}
	if strings.ContainsAny(s, "|+") && data.IsRule([]rune(s)) {
		return true
	}
	if strings.Count(s, "|") == 1 && !strings.HasPrefix(s, "|") && !strings.HasSuffix(s, "|") && fewDigits(s) {
		return false // 数说吕梁｜社会事业全面进步, 大吉小新2|吉林省统计局详解…: a column's name (and number) before a headline
	}
	if strings.Count(s, "|") >= 1 && len(strings.FieldsFunc(strings.Trim(s, "|"), func(r rune) bool { return r == '|' })) >= 2 {
		return true
	}
	if strings.Contains(s, "\t") && !strings.Contains(s, "。") {
		return true
	}
	if strings.ContainsAny(ungrouped(s), "。;,!?") || !strings.ContainsAny(s, "0123456789") {
		return false // (台北市    1,604      2,331: commas that group digits are no punctuation)
	}
	if i := strings.Index(s, ":"); i > 0 && !runesOver(s[:i], 30) {
		v := strings.TrimSpace(s[i+1:])
		if k := strings.Index(v, "("); k > 0 && strings.HasSuffix(v, ")") {
			v = strings.TrimSpace(v[:k]) // 88.30万人（比上年末增加0.1万人）: the change in brackets
		}
		r, _ := utf8.DecodeRuneInString(v)
		if v != "" && !runesOver(v, 24) && (unicode.IsDigit(r) || r == '-' || r == '+') {
			// One number, with at most a unit and a qualifier after it
			// (2311.1亿元), not the start of a sentence (2023年全市…).
			ns := numparse.Scan(v)
			return len(ns) > 0 && ns[0].Start <= 1 && utf8.RuneCountInString(v)-ns[0].End <= 4
		}
	}
	if wide || strings.Contains(s, "  ") {
		return !twoTitleParts(s)
	}
	return false
}

// singleSpacedRow reports a line of a table whose columns are set apart
// by single spaces: three or more short cells and no sentence
// punctuation, with a Han character in some cell, and either two numbers
// (1 太原 2679.82 2342.33 337.49 14.41%) or, for the header, four or
// more cells of at most six characters (排名 城市 2018年 2017年 增量
// 名义增速). Wrapped English keeps its lines joined: no Han character.
func singleSpacedRow(s string) bool {
	if strings.Count(s, " ") < 1 || strings.ContainsAny(ungrouped(s), "。；;，,！!？?、“”") {
		return false // (政府收入 619,837 599,774 590,926: commas that group digits)
	}
	cells := strings.Split(strings.TrimSpace(s), " ")
	if len(cells) >= 3 && yearCells(cells) {
		return true // 2017-18 2018-19 2019-20: a header of years
	}
	if len(cells) >= 3 && !runesOver(cells[0], 40) && data.HanCount(cells[0]) >= 2 && numberCells(cells[1:]) {
		// 未計入政府債券及票據發行及償還款項的綜合盈餘/(赤字) 148,974 67,949 (16,904):
		// a long label and its numbers
		return true
	}
	if len(cells) == 2 {
		// 居民消费价格总指数 101.3: a label and its number, a row of a
		// two-column table
		r, _ := utf8.DecodeRuneInString(cells[1])
		return cells[0] != "" && !runesOver(cells[0], 12) && data.HanCount(cells[0]) >= 2 && !strings.ContainsAny(cells[0], "0123456789") &&
			(r >= '0' && r <= '9' || r == '-') && !runesOver(cells[1], 10) && !strings.ContainsFunc(cells[1], func(r rune) bool { return unicode.Is(unicode.Han, r) })
	}
	if len(cells) < 3 {
		return false
	}
	han, nums, short := false, 0, true
	for _, c := range cells {
		n := utf8.RuneCountInString(c)
		if n == 0 || n > 12 {
			return false
		}
		short = short && n <= 6
		r, _ := utf8.DecodeRuneInString(c)
		if r >= '0' && r <= '9' || r == '-' && len(c) > 1 {
			nums++
		}
		for _, r := range c {
			if unicode.Is(unicode.Han, r) {
				han = true
				break
			}
		}
	}
	return han && (nums >= 2 || short && len(cells) >= 4)
}

// twoTitleParts reports a line of two phrases set apart by a wide space,
// each of several Chinese characters (云和前三季度GDP增幅15.8%居26县第一
// 工业经济表现强劲): a headline and its second part, no table row.
func twoTitleParts(s string) bool {
	parts := strings.Fields(s) // (the wide space normalised to spaces)
	if len(parts) != 2 {
		return false
	}
	for k, p := range parts {
		han := data.HanCount(p)
		first, _ := utf8.DecodeRuneInString(p)
		if han < 4 && !(k == 1 && han >= 3 && unicode.Is(unicode.Han, first)) && !(k == 0 && han >= 2 && first >= 'A' && first <= 'Z' && data.HanCount(parts[1]) >= 8) {
			// (a second part of three characters that opens with one: 10月訪港旅客460萬人次　按年升12%;
			// a first part opening with a Latin name before a long second: GDP增速6.5%　我省连续两年实现首季“开门红”)
			return false
		}
	}
	return true
}

// opensWithBullet reports a line opened by a bullet (◎ 对租赁区域内房产资源的,
// ● …): a point of a list, never the rest of the line before it.
func opensWithBullet(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("◎●■◆▪•▶►☆★", r)
}

// yearCells reports cells that are all years (2019, 2017-18, 2025/26).
func yearCells(cells []string) bool {
	for _, c := range cells {
		if !reYearCell.MatchString(c) {
			return false
		}
	}
	return true
}

var reYearCell = regexp.MustCompile(`^(19|20)[0-9]{2}([-/](19|20)?[0-9]{2})?年?(度)?$`)

// numberCells reports cells that are all numbers (619,837, -0.4, (16,904))
// or dashes for none.
func numberCells(cells []string) bool {
	nums := 0
	for _, c := range cells {
		switch {
		case c == "-" || c == "–" || c == "—":
		case reNumberCell.MatchString(c):
			nums++
		default:
			return false
		}
	}
	return nums >= 2 || nums == 1 && len(cells) >= 2 // (- - 7,829: none in two years)
}

var reNumberCell = regexp.MustCompile(`^[(（]?-?[0-9][0-9,]*(\.[0-9]+)?%?[)）]?\*?$`)
