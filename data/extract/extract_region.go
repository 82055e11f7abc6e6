package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"zhibiao/data"
	"zhibiao/data/region"
)

// respectiveRegion returns the region of figs[i] when it belongs to a 分别
// list whose items are regions: named in the 分别 clause (甲区、乙区分别增长
// 5%、6%) or, when that clause names none, as the subject of an earlier
// clause of the sentence (甲市、乙市外贸保持增长，进出口分别增长5%和6%).
func (x *extractor) respectiveRegion(figs []figure, i int) (string, bool) {
	r, ok := x.respectiveSpan(figs, i)
	if !ok {
		return "", false
	}
	names := x.regionList(r.start, r.verb-2)
	if len(names) == 0 {
		names = x.regionList(x.sentenceOf(r.start).Start, r.start)
	}
	if len(names) < 2 || r.idx >= len(names) {
		return "", false
	}
	return names[r.idx], true
}

// regionList returns the last list of regions in [start, end) written one
// after another with only 、 和 与 及 between them (organisations' names
// left out).
func (x *extractor) regionList(start, end int) []string {
	var names []string
	prevEnd := -1
	for _, m := range x.mentionsIn(start, end) {
		if x.orgName(m.End) {
			continue
		}
		if prevEnd >= 0 && !listJoint(x.str(prevEnd, m.Start)) {
			names = names[:0]
		}
		names = append(names, m.Name)
		prevEnd = m.End
	}
	return names
}

// listJoint reports text that joins two items of a list.
func listJoint(s string) bool {
	switch strings.TrimSpace(s) {
	case "、", "和", "与", "及", "以及", ",", "，":
		return true
	}
	return false
}

// regionOf returns the region of a figure: the subject named last before
// it in its sentence — a region (not one that is only compared with, 比乙区,
// 高于全市) or a scope word (全国, 全市: see scopeRegion) — else the last
// region or scope word named earlier in its paragraph (a news story moves
// from region to region paragraph by paragraph), else the story's region. A name that is
// part of an organisation's name (青岛银行即墨支行) does not count, nor does a
// wider area holding the story's region, unless it is written in full as
// its clause's subject (江苏省进出口总额… in a 昆山市 story). A development
// zone named after a region (苏州工业园区) is a region of its own.
func (x *extractor) regionOf(sent data.Span, at int) string {
	r, rAt := x.lastRegion(sent.Start, at)
	if scope, sAt := x.lastScope(sent.Start, at); scope != "" && sAt > rAt {
		return scope
	}
	if r != "" {
		return r
	}
	if p, ok := x.paragraphOf(sent.Start); ok && p.Start < sent.Start {
		r, rAt := x.lastRegion(p.Start, sent.Start)
		if scope := x.paragraphScope(p, sent, rAt); scope != "" {
			return scope
		}
		if r != "" && !x.listed(p.Start, sent.Start) {
			return r
		}
	}
	if r := x.headingRegion(sent.Start); r != "" {
		return r // 神木占比超三成 / 单独可排陕西第六 (a crosshead), then 分产业看，第一产业增加值28.02亿元
	}
	return x.storyRegion
}

// headingRegion returns the region the last sub-heading before i names
// (its block of heading lines), "" if none or no heading.
func (x *extractor) headingRegion(i int) string {
	ps := x.a.Paragraphs
	k := sort.Search(len(ps), func(k int) bool { return ps[k].Start >= i }) - 1
	for k >= 0 && !ps[k].Heading {
		k--
	}
	if k < 0 {
		return ""
	}
	end := ps[k].End
	for k > 0 && ps[k-1].Heading {
		k--
	}
	r, at := x.lastRegion(ps[k].Start, end)
	for _, m := range x.mentionsIn(ps[k].Start, end) {
		if m.Start == at && x.wider(m.Code) {
			return "" // 盘锦市县区招商引资工作简报: the page's wider area, not a section's place
		}
	}
	return r
}

// paragraphScope returns the region of a scope word in the sentences of
// paragraph p before sent that comes after the last region named there
// (after rAt): one in the paragraph's first sentence (全省… opening it), or
// one meaning the story's own region further on (甲县位列前20名；全市…。
// 各园区…: the story's city again); "" if none. Not 全省 in a list of
// ranks (位居全市首位、全省第2位), nor 全区 taken for a city.
func (x *extractor) paragraphScope(p data.Paragraph, sent data.Span, rAt int) string {
	ok := func(scope string, at int) bool {
		return scope != "" && at > rAt && at > 0 && x.rs[at-1] != '、' && strings.HasSuffix(scope, string(x.rs[at+1]))
	}
	if scope, at := x.lastScopeBefore(p.Start, sent.Start); scope == x.storyRegion && ok(scope, at) {
		return scope
	}
	if scope, at := x.lastScope(p.Start, sent.Start); ok(scope, at) {
		return scope
	}
	return ""
}

// storyRegionOf returns the region of a story's figures that name none:
// its own region or, for a story of no region that speaks of the country
// (国家统计局, 全国, 我国, 国内生产总值 in its title or opening), 全国.
func storyRegionOf(a *data.Article, ns string) string {
	if a.Region != "" {
		return a.Region
	}
	head := a.Source + " " + a.Title + ns[:min(len(ns), 600)] // 国家统计局 2019-06-14: the source line names it
	if strings.Contains(head, " ") {
		head = englishWords.ReplaceAllString(head, "") // 人均地区生产总值(元) Per Capita GDP (yuan): a yearbook's English, no macro note
	}
	for _, in := range institutions {
		h := head
		if in.region == National && strings.Contains(h, "|") {
			h = tableCells.ReplaceAllString(h, "") // 地区生产总值 (GDP) | 人均GDP: a yearbook table's columns, no macro note
		}
		if in.re.MatchString(h) {
			if in.region == National && ownPlace.MatchString(head) && !nationalVoice.MatchString(head) {
				// 我市经济平稳较快增长…连续九届跻身全国县域经济基本竞争力百强县:
				// a place that speaks of itself without naming itself
				return ""
			}
			return in.region
		}
	}
	return ""
}

// tableCells are a pipe table's cells that name GDP, CPI …: column
// headings, which say nothing of the country.
var tableCells = mustQuickRe(`[^\n|]*(?:GDP|CPI|PPI|PMI)[^\n|]*\|`)

// englishWords is a phrase of two English words or more, as yearbooks
// print beside their Chinese headers.
var englishWords = mustQuickRe(`[A-Za-z]+(?: [A-Za-z]+)+`)

// ownPlace is how a place speaks of itself (我市, 全县); nationalVoice how
// the country's offices and papers speak (国家统计局, 我国).
var (
	ownPlace      = mustQuickRe(`我市|我县|我区|我省|我州|本市|本县|本区|全市|全县|全省|全区|全州|全盟`)
	nationalVoice = mustQuickRe(`国家统计局|我国|全国居民|全国规模以上|国内生产总值`)
)

// institutions name the region of a story that names no region of the
// gazetteer: the country's statistics bureau and words, and the
// governments and statistics offices of Hong Kong, Macau and Taiwan.
var institutions = []struct {
	re     quickRe
	region string
}{
	{mustQuickRe(`港府|香港特区政府|特区政府统计处|政府统计处|香港|土地注册处|差饷物业估价署|金融管理局|金管局|入境事务处|港元|港币|访港|旅发局`), hongKong}, // Hong Kong's own offices and money
	{mustQuickRe(`澳门特区政府|统计暨普查局|澳门|本澳|博彩监察协调局`), "澳门特别行政区"},
	{mustQuickRe(`行政院|主计总处|台湾|国发会|中央社|新台币|台北|经济部|联合新闻网|自由时报|联合报|(^|[^0-9])1[01][0-9]年[0-9]{1,2}月`), taiwan}, // 经济部: Taiwan's ministry (the mainland has none by that name); 111年5月: a year of the Republic
	{mustQuickRe(`国家统计局|全国|我国|国内生产总值|中国经济|GDP|CPI|PPI|PMI`), National},                                      // a macro note that names no place
}

// lastRegion returns the last region named in [start, end) that a figure
// after it belongs to and where it is named; "", -1 if none.
func (x *extractor) lastRegion(start, end int) (string, int) {
	best, at := "", -1
	lo, hi := x.mentionRange(start, end)
	for k := lo; k < hi; k++ {
		m, v := x.mentions[k], x.mentionVerdict(k)
		if v&comparedOnly != 0 && owner.MatchString(x.str(m.End, end)) {
			return m.Name, m.Start // 高于北京的5.4%: Beijing's figure
		}
		if v&passedOver != 0 || x.inBookTitle(m.Start, end) {
			continue
		}
		best, at = m.Name, m.Start
	}
	return best, at
}

// A verdict is what lastRegion asks of a mention that does not depend on
// the figure after it, worked out once (mentionVerdict): a sentence's
// figures, and those of the paragraph after it, each looked at every
// mention before them again.
type verdict uint8

const (
	verdictKnown verdict = 1 << iota
	comparedOnly         // comparedWith: only the other side of a comparison
	passedOver           // no figure after it is its region's (the tests of lastRegion but inBookTitle)
)

// mentionVerdict returns the verdict on x.mentions[k].
func (x *extractor) mentionVerdict(k int) verdict {
	if x.verdicts == nil {
		x.verdicts = make([]verdict, len(x.mentions))
	}
	if v := x.verdicts[k]; v != 0 {
		return v
	}
	m, v := x.mentions[k], verdictKnown
	if x.comparedWith(m.Start) {
		v |= comparedOnly
	}
	if x.inInclusionNote(m.Start) || x.orgName(m.End) || x.wider(m.Code) && !x.clauseSubject(m) || v&comparedOnly != 0 || x.tradePartner(m.Start) || x.visitorsFrom(m.End) || x.boundary(m.End) || x.wider(m.Code) && x.levelOfHonour(m.End) {
		v |= passedOver
	}
	x.verdicts[k] = v
	return v
}

// inBookTitle reports a name inside a document's title (抚顺市落实《辽宁省
// 推动经济稳中求进若干政策举措》若干配套政策): the document's place, not of
// the figures after it, unless the figure at end follows the title
// right away (《宿迁市…若干政策措施》25条: the document's own count).
func (x *extractor) inBookTitle(i, end int) bool {
	for j := i - 1; j >= 0 && j >= i-60; j-- {
		switch x.rs[j] {
		case '《', '〈':
			k := strings.IndexAny(x.str(i, end), "》〉")
			return k < 0 || strings.TrimLeft(x.str(i, end)[k:], "》〉") != ""
		case '》', '〉', '\n', '。':
			return false
		}
	}
	return false
}

// inInclusionNote reports a region named in a bracketed note of what a
// figure's place includes or leaves out (全区（含兵团）第一产业增加值…): the
// place before the bracket is the figure's.
func (x *extractor) inInclusionNote(start int) bool {
	return hasSuffixAny(x.str(max(0, start-4), start), []string{"(含", "(包括", "(不含", "(不包括"})
}

// boundary reports a name that marks a border (国道312线西峡内乡界至丁河段,
// 与陕西交界处): where a road or river section ends, not whose figure it is.
func (x *extractor) boundary(end int) bool {
	after := x.str(end, min(end+2, len(x.rs)))
	return strings.HasPrefix(after, "界") || strings.HasPrefix(after, "交界") || strings.HasPrefix(after, "边界")
}

// levelOfHonour reports a region's name that says at which level something
// is recognised (认定为绍兴市级特色产业园区, 获得省、绍兴市公共数据开放大赛奖项):
// for a wider region than the story's, the awarding government, not the
// place a figure is of.
func (x *extractor) levelOfHonour(end int) bool {
	after := x.str(end, min(end+3, len(x.rs)))
	return strings.HasPrefix(after, "级") || strings.HasPrefix(after, "同时") || honourAfter.MatchString(x.str(end, min(end+24, len(x.rs))))
}

// honourAfter: words after a region's name that make it an awarding body
// (绍兴市公共数据开放大赛奖项).
var honourAfter = mustQuickRe(`^[^，,。；;]{0,12}(大赛|奖项|评选|认定|命名)`)

// comparedWith reports a name at i that is only the other side of a
// comparison (比乙区多, 高于全市, 占全市的).
func (x *extractor) comparedWith(i int) bool {
	return comparedBefore.MatchString(x.str(max(0, i-3), i)) || comparedList.MatchString(x.str(max(0, i-14), i)) ||
		comparedDescribed.MatchString(x.str(max(0, i-12), i))
}

// comparedDescribed: a name compared with after words that describe it
// (与第一位的曲靖市相差0.1个百分点, 比排名第一的).
var comparedDescribed = mustQuickRe(`(与|比|较|同)[^，,。；;、与和及]{1,8}的$`)

// comparedList: a later name of a list compared with (分别高于全国、全省,
// 分别比全国、全省、全市高).
var comparedList = mustQuickRe(`(高于|低于|快于|慢于|好于|超过|比|较)([^，,。；;、]{1,10}、){1,4}$`)

// owner: a region written right before a figure with only 的 between owns it.
// (高于北京1.2个百分点 is a difference, 高于北京的5.4% Beijing's rate.)
var owner = mustQuickRe(`^(平均水平|平均)?(的|为|[(])$`)

// tradePartner reports a name at i that a trade flows to or comes from
// (输往美国、中国内地及中国台湾的整体出口货量, 来自日本的进口): the
// other side of the trade, not the region whose figure it is.
// A list after a colon or 尤其是 is one of partners too (输往…主要目的地的
// 整体出口货量均录得跌幅：美国（-25.3%）、中国台湾（-8.2%）; …录得升幅，尤其是
// 韩国（升79.5%）、台湾（升48.9%）).
func (x *extractor) tradePartner(i int) bool {
	if partnerBefore.MatchString(x.str(max(0, i-16), i)) || partnerListBefore.MatchString(x.str(max(0, i-60), i)) || exportList.MatchString(x.str(max(0, i-40), i)) {
		return true // (輸往印度（-19.8%）、中國臺灣（-16.1%）: a list of partners with their rates)
	}
	sent := x.sentenceOf(i)
	return partnerList.MatchString(x.str(sent.Start, i))
}

var (
	partnerBefore     = mustQuickRe(`(输往|来自|销往|运往|出口到|出口至|进口自|输入自)[\p{Han}、及和与]{0,14}$`)
	partnerListBefore = mustQuickRe(`(输往|来自|销往|运往|出口到|出口至|进口自|输入自)([\p{Han}、及和与]|[（(][^（）()，。；]{0,12}[）)]){0,40}$`)
	// exportList: a list of places a product is sold to, named right
	// after 出口 (直接出口柬埔寨、俄罗斯等6个国家及香港地区)
	exportList  = mustQuickRe(`出口\p{Han}{1,6}(?:、\p{Han}{1,6}){1,6}(?:等[0-9一二三四五六七八九十]+个国家)?(?:及|和|与|、)$`)
	partnerList = mustQuickRe(`(输往|来自|销往|运往|出口到|出口至|进口自|输入自)[^。；;：:]{0,30}([：:]|尤其是|特别是|包括|其中)[^。；;：:]*$`)
)

// visitorsFrom reports a name that says where visitors come from (香港旅客,
// 中国内地（2,665元）及香港（1,071元）旅客的人均消费): a market of the
// region the story is about, not the region of the figure.
func (x *extractor) visitorsFrom(end int) bool {
	return visitorsAfter.MatchString(x.str(end, min(end+40, len(x.rs))))
}

var visitorsAfter = mustQuickRe(`^(地区)?([（(][^（）()]{0,16}[）)])?([、及和与][\p{Han}]{1,6}([（(][^（）()]{0,16}[）)])?)*(的)?(旅客|游客|访客|入境旅客|过夜旅客|留宿旅客)`)

// superlative: what follows a scope word makes it a record's reach
// (全国…最大的, 全省第一), not the subject of the clause.
var superlative = mustQuickRe(`^[^，,。；;:：]{0,12}?(最大|最多|最高|最早|最长|最好|最美|之最|唯一|首个|首家|第一个|第一家|第一批)`)

var comparedBefore = mustQuickRe(`(比|较|于|过|占|与|同|居|列)$`)

// lastScope returns the region meant by the last scope word (全国, 我国,
// 全省, 全市, 本区 …) in [start, end) that is not a comparison's other
// side, and where it is; "", -1 if none.
func (x *extractor) lastScope(start, end int) (string, int) {
	locs := x.scopesFrom(start)
	for k := len(locs) - 1; k >= 0; k-- {
		i := locs[k]
		if i+2 > end {
			continue
		}
		place, named := x.placeEndingAt(max(0, i-12), i)
		from := i
		if named {
			from = place.Start // (安徽全省: the place named before the word, which a comparison may precede)
		}
		if x.comparedWith(from) && !owner.MatchString(x.str(i+2, end)) {
			continue // 比全市平均水平（4.9%）: the 4.9% is the city's; 是安徽全省平均数的2.7倍
		}
		if !x.startsClause(i) && !owner.MatchString(x.str(i+2, end)) {
			continue // 接待全国游客780万人次: an object, not the subject
		}
		if superlative.MatchString(x.str(i+2, min(i+20, len(x.rs)))) {
			continue // 全国流转土地面积最大的项目, 全国唯一的批发市场: a record, not the subject
		}
		if rankAmong.MatchString(x.str(i+2, min(i+20, len(x.rs)))) || rankField.MatchString(x.str(i+2, min(i+12, len(x.rs)))) {
			continue // 全省88个县区中第28位, 增速全州排列第3位: a rank among the province's counties
		}
		if named {
			if r := x.placeScope(place, i); r != "" {
				return r, i // 黄石全市, 神木全市, 吉林全省: the place named before the word
			}
		}
		if r := x.scopeRegion(x.str(i, i+2)); r != "" {
			return r, i
		}
	}
	return "", -1
}

// placeEndingAt returns the place named in [from, i) that ends right at
// i, before a scope word there (吉林 of 吉林全省), if any.
func (x *extractor) placeEndingAt(from, i int) (region.Mention, bool) {
	ms := x.mentionsIn(from, i)
	if len(ms) == 0 || ms[len(ms)-1].End != i {
		return region.Mention{}, false
	}
	return ms[len(ms)-1], true
}

// placeScope returns place, named right before the scope word at i, at
// the level the word names (黄石全市 → 黄石市, 神木全市 → 神木市, 吉林全省 →
// 吉林省); "" if its chain has none of that level.
func (x *extractor) placeScope(place region.Mention, i int) string {
	chain := x.g.Chain(place.Name)
	if len(chain) == 0 {
		return ""
	}
	level := []rune(x.str(i, i+2))[1]
	for _, r := range chain {
		if level == '省' && r.Level == region.Province || level != '省' && strings.HasSuffix(r.Name, string(level)) {
			return r.Name
		}
	}
	return ""
}

// rankField follows a scope word that is the field of a rank (增速全州排列第
// 3位, 全省、全州第1位): the field, not the subject.
var rankField = mustQuickRe(`^(排列|排名|排位|排在|排|位居|位列|列|居)?第[0-9一二三四五六七八九十]+(位|名)|^(排列|排名|排位|位次)`)

// rankAmong is a rank among the places of a scope (全省88个县区中第28位).
var rankAmong = mustQuickRe(`^[0-9一二三四五六七八九十百]+个[^，,。；;0-9]{1,6}中?(第|排名|位居|居)`)

// lastScopeBefore is lastScope over the sentences of [start, end), the
// sentences before a figure's in its paragraph.
func (x *extractor) lastScopeBefore(start, end int) (string, int) {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].End > start })
	for j := len(x.sents) - 1; j >= k; j-- {
		s := x.sents[j]
		if s.Start >= end {
			continue
		}
		if r, at := x.lastScope(max(s.Start, start), min(s.End, end)); r != "" {
			return r, at
		}
	}
	return "", -1
}

// scopesFrom returns the rune offsets of the scope words (two runes each)
// from start to the end of its sentence, found once per start and kept:
// every figure of a sentence asks for them.
func (x *extractor) scopesFrom(start int) []int {
	if locs, ok := x.scopes[start]; ok {
		return locs
	}
	sent := x.sentenceOf(start)
	var locs []int
	for i := start + 1; i < sent.End; i++ {
		if scopeLevelRunes.has(x.rs[i]) && strings.ContainsRune(scopeLevels, x.rs[i]) && strings.ContainsRune(scopeMarks, x.rs[i-1]) {
			locs = append(locs, i-1) // 全市, 本区, 我国 …
		}
	}
	if x.scopes == nil {
		x.scopes = map[int][]int{}
	}
	x.scopes[start] = locs
	return locs
}

// startsClause reports a word at i that opens its clause, after period
// words and connectives only (全市新增就业…, 上半年，全省…).
func (x *extractor) startsClause(i int) bool {
	cs, end := x.clauseStart(i, true), i
	if place, ok := x.placeEndingAt(cs, i); ok {
		end = place.Start // 2023年吉林全省生产总值: the province named before its scope word
	}
	before := cleanPhrase(x.str(cs, end))
	return before == "" || onlyPeriod(before) // 上半年全市社会消费品零售总额
}

// scopeRegion resolves a scope word against the story's region: 全国 and
// 我国 are 全国; 全省 is its province, 全市 its city (itself when the story
// is about a city, or a county-level 市), 全区 and 全县 the district or
// county (itself when it is one); "" when it cannot be told.
func (x *extractor) scopeRegion(w string) string {
	if strings.HasSuffix(w, "国") {
		if x.hasHome && (x.home.Name == taiwan || x.home.Province == taiwan) {
			return taiwan // 全國賦稅收入 in a Taiwan story: the island's, not the country's
		}
		return National
	}
	level := []rune(w)[1]
	if !x.hasHome {
		return x.storyRegion
	}
	for _, r := range x.g.Chain(x.home.Name) {
		if strings.HasSuffix(r.Name, string(level)) || level == '省' && r.Level == region.Province {
			return r.Name
		}
	}
	if level == '市' && x.home.Level == region.Province {
		if c := x.onlyCityNamed(); c != "" {
			return c // 安徽省池州市政府新闻办…全市实现生产总值: the one city the story names
		}
	}
	return x.storyRegion
}

// onlyCityNamed returns the one city of the story's province its text
// names, "" if it names none or several.
func (x *extractor) onlyCityNamed() string {
	if x.onlyCityChecked {
		return x.onlyCity
	}
	x.onlyCityChecked = true
	for _, m := range x.mentions {
		r, ok := x.g.Lookup(m.Name)
		if !ok || r.Level != region.City || r.Province != x.home.Name {
			continue
		}
		if x.onlyCity != "" && x.onlyCity != r.Name {
			x.onlyCity = ""
			return ""
		}
		x.onlyCity = r.Name
	}
	return x.onlyCity
}

// jointRegions returns the regions a figure covers together: a list of
// two or more regions in its clause before it, joined by 合计, 共, 均 and
// the like (甲县、乙县合计…, 两区均已突破千亿元); nil if none.
func (x *extractor) jointRegions(at int) []string {
	start := x.sentenceOf(at).Start
	names := x.regionList(start, at)
	if len(names) < 2 {
		return nil
	}
	ms := x.mentionsIn(start, at)
	last := ms[len(ms)-1]
	between := x.str(last.End, at)
	if jointWords.MatchString(between) {
		return slices.Clone(names)
	}
	// 哈尔滨市、绥化市、肇州县、肇源县秸秆综合利用率要稳定在95%以上: a
	// list opening its clause, the subject of one figure for them all
	if len(ms) >= len(names) && x.startsClause(ms[len(ms)-len(names)].Start) &&
		!strings.ContainsAny(between, "0123456789，,；;、") && !eachWords.MatchString(between) {
		return slices.Clone(names)
	}
	return nil
}

// eachWords give each item of a list its own figure (甲、乙分别增长…).
var eachWords = mustQuickRe(`分别|依次|各自|相应`)

// listed reports whether the region named last in [start, end) closes a
// list of two or more (哈尔滨市、绥化市、肇州县、肇源县…): no one region
// of the list is the subject of what follows.
func (x *extractor) listed(start, end int) bool {
	return len(x.regionList(start, end)) >= 2
}

var jointWords = mustQuickRe(`合计|共计|总计|合共|共同|两地|两区|三地|三县|[两三四五六七八九]个(区|县|市)|(?:^|[^平人户])均|[，,]且|^[^，,。；;]{0,12}共`)

// National is the region of a figure for the whole country (全国, 我国).

// taiwan is the gazetteer's name for Taiwan.
const taiwan = "台湾省"
const National = "全国"

// A scope word names the story's own area without naming it (全市, 本区,
// 我国): one of scopeMarks, then one of scopeLevels.
const (
	scopeMarks  = "全本我该"
	scopeLevels = "省市区县国州盟旗"
)

// scopeLevelRunes has the bits of scopeLevels' runes: scopesFrom rules
// most runes of a sentence out with one look, before strings.ContainsRune
// (a search of the string for the rune's encoding).
var scopeLevelRunes = runeBitsOf(scopeLevels)

// runeBitsOf is the runeBits of the runes of s.
func runeBitsOf(s string) runeBits {
	var b runeBits
	for _, r := range s {
		b.add(r)
	}
	return b
}

// scopeWords matches a scope word (tables read row labels with it).
var scopeWords = mustQuickRe(`[` + scopeMarks + `][` + scopeLevels + `]`)

// zoneWords after a region's name make a development zone (苏州工业园区);
// each ends in 区, longest first.
var zoneWords = runesOf("高新技术产业开发区", "自由贸易试验区", "经济技术开发区", "自贸试验区", "综合保税区",
	"工业集中区", "产业集聚区", "工业园区", "高新区", "经开区", "保税区", "开发区")

func runesOf(words ...string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		out[i] = []rune(w)
	}
	return out
}

// zonesIn returns the rune spans of the zone words in rs: at each 区, the
// longest zone word ending there.
func zonesIn(rs []rune) [][2]int {
	var out [][2]int
	for e, r := range rs {
		if r != '区' {
			continue
		}
		for _, w := range zoneWords {
			if n := len(w); e+1 >= n && slices.Equal(rs[e+1-n:e+1], w) {
				out = append(out, [2]int{e + 1 - n, e + 1})
				break
			}
		}
	}
	return out
}

// withZones returns the region mentions of rs with the development zones
// named after a region (苏州工业园区, 宁波保税区) put in place of the region
// mentions they hold: a zone is a region of its own, with no code.
func withZones(g *region.Gazetteer, rs []rune, ms []region.Mention, title string) []region.Mention {
	var zones []region.Mention
	for _, loc := range zonesIn(rs) {
		start, end := loc[0], loc[1]
		if end+4 <= len(rs) && string(rs[end+2:end+4]) == "片区" && hanOnly(rs[end:end+2]) {
			end += 4 // 山东自贸试验区青岛片区
		}
		ports := []int{0}
		if start > 0 && rs[start-1] == '港' {
			ports = []int{0, 1} // 天津港保税区: the zone of a city's port (海港开发区: a region's own)
		}
	named:
		for _, port := range ports {
			for n := 4; n >= 2; n-- {
				if start-port-n < 0 || !hanOnly(rs[start-port-n:start]) {
					continue
				}
				if _, ok := g.Lookup(string(rs[start-port-n : start-port])); ok {
					name := string(rs[start-port-n : end])
					zones = append(zones, region.Mention{Name: name, Text: name, Start: start - port - n, End: end})
					break named
				}
			}
		}
		if port := ports[0]; port == 0 && start >= 2 && !slices.ContainsFunc(zones, func(z region.Mention) bool { return z.End == end }) && townZone(rs, start, end, title) {
			// 小蓝经开区: a zone named after a town the gazetteer does not list
			name := string(rs[start-2 : end])
			zones = append(zones, region.Mention{Name: name, Text: name, Start: start - 2, End: end})
		}
	}
	if len(zones) == 0 {
		return ms
	}
	out := slices.DeleteFunc(slices.Clone(ms), func(m region.Mention) bool {
		return slices.ContainsFunc(zones, func(z region.Mention) bool { return m.Start < z.End && z.Start < m.End })
	})
	out = append(out, zones...)
	slices.SortStableFunc(out, func(a, b region.Mention) int { return a.Start - b.Start })
	return out
}

// townZone reports a zone word at rs[start:end] (经开区, 高新区) after two
// runes that name a place the gazetteer does not list (小蓝经开区): not a
// scope or level (全县开发区, 省级开发区, 该园区), and named so twice or more
// in rs and the headline title (simplified) together.
func townZone(rs []rune, start, end int, title string) bool {
	w := string(rs[start:end])
	if w != "经开区" && w != "高新区" && w != "经济开发区" && w != "工业园区" {
		return false
	}
	prefix := rs[start-2 : start]
	if !hanOnly(prefix) || strings.ContainsAny(string(prefix), "全本我该各省市县区国级新老两三四五六七八九十一二的和与及、在是为") {
		return false
	}
	// named twice, or once more in the headline (2017年重庆市万盛经开区…统计公报)
	return strings.Count(string(rs), string(rs[start-2:end]))+strings.Count(title, string(rs[start-2:end])) >= 2
}

// clauseSubject reports a region written in full (江苏省, not 江苏 in 江苏外贸)
// at the start of its clause, after period words and connectives only.
func (x *extractor) clauseSubject(m region.Mention) bool {
	if !strings.HasSuffix(m.Text, "省") && !strings.HasSuffix(m.Text, "市") && !strings.HasSuffix(m.Text, "区") && !strings.HasSuffix(m.Text, "县") {
		return false
	}
	before := cleanPhrase(x.str(x.clauseStart(m.Start, true), m.Start))
	return before == "" || onlyPeriod(before) // 2023年营口市全年实现…
}

// paragraphOf returns the paragraph holding rune offset i.
func (x *extractor) paragraphOf(i int) (data.Paragraph, bool) {
	if k, ok := x.paragraphIndex(i); ok {
		return x.a.Paragraphs[k], true
	}
	return data.Paragraph{}, false
}

// paragraphIndex returns the index in x.a.Paragraphs of the paragraph
// holding rune i, false if none does.
func (x *extractor) paragraphIndex(i int) (int, bool) {
	ps := x.a.Paragraphs
	k := sort.Search(len(ps), func(k int) bool { return ps[k].End > i })
	return k, k < len(ps) && ps[k].Start <= i
}

// orgWords after a region name make it part of an organisation's name.
var orgWords = mustQuickRe(`^[^，,。；;、：:\s“”]{0,12}?(` + orgNames + `)`)

// orgNames end an organisation's name; orgNameIn finds one anywhere. Every
// match of orgWords holds one, so a text without any is no organisation's
// name: orgNameIn tells that with one look at each rune, where orgWords,
// whose 26 names are more than quickRe's own prefilter takes (maxWords),
// ran the backtracker from up to 13 starts, the costliest expression of a
// figure's region (TestOrgNameInGuardsOrgWords).
const orgNames = `公司|银行|支行|分行|集团|大学|学院|医院|剧院|中心|研究院|研究所|协会|商会|军区|休养所|新闻|日报|片区|产业园|创新园|科技园|园区|基地|[^格布开结当饭]局|厅`

var orgNameIn = mustMatcher(orgNames)

// orgName reports whether the text after a region mention makes it part of
// an organisation's name.
// Answers are kept by end offset: a mention is looked at for every figure
// after it.
func (x *extractor) orgName(end int) bool {
	if org, ok := x.orgs[end]; ok {
		return org
	}
	after := x.str(end, min(end+16, len(x.rs)))
	org := orgNameIn.MatchString(after) && orgWords.MatchString(after)
	if x.orgs == nil {
		x.orgs = map[int]bool{}
	}
	x.orgs[end] = org
	return org
}

// wider reports whether a mentioned region holds the story's region (青岛市
// in a 西海岸新区 story): a figure of the story is then still the story's.
func (x *extractor) wider(code string) bool {
	if !x.hasHome || code == "" || code == x.home.Code {
		return false
	}
	return x.g.Within(x.home.Code, code)
}

// mentionsIn returns the region mentions lying within [start, end), found
// by binary search (Find returns them in text order).
func (x *extractor) mentionsIn(start, end int) []region.Mention {
	lo, hi := x.mentionRange(start, end)
	return x.mentions[lo:hi]
}

// mentionRange returns the indexes of mentionsIn(start, end) in x.mentions.
func (x *extractor) mentionRange(start, end int) (lo, hi int) {
	lo = sort.Search(len(x.mentions), func(k int) bool { return x.mentions[k].Start >= start })
	hi = lo
	for hi < len(x.mentions) && x.mentions[hi].End <= end {
		hi++
	}
	return lo, hi
}

// runeIndex returns the rune index of byte offset b, a rune boundary of the
// text whose rune offsets are off.
func runeIndex(off []int, b int) int {
	k, _ := slices.BinarySearch(off, b)
	return k
}

// hanOnly reports whether every rune is a Chinese character.
func hanOnly(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// titleZone returns the development zone a story is about: its headline
// names the zone by its short word (保税区最高6000万元奖励制造业投资) and its
// text names one zone in full with that word (天津港保税区); "" if not.
func (x *extractor) titleZone() string {
	title := x.g.Simplify(data.Normalize(x.a.Title))
	name := ""
	for _, w := range zoneWords {
		if !strings.Contains(title, string(w)) {
			continue
		}
		for _, m := range x.mentions {
			if m.Code == "" && strings.HasSuffix(m.Name, string(w)) {
				if name != "" && name != m.Name {
					return "" // two zones: none is the story's
				}
				name = m.Name
			}
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// provinceStoryCity returns, for a story placed in a province, the one city
// of that province its text names, when it names it three times or more
// (池州市, 池州 …) in its first paragraphs; "" otherwise.
func (x *extractor) provinceStoryCity() string {
	if !x.hasHome || x.home.Level != region.Province {
		return ""
	}
	c := x.onlyCityNamed()
	if c == "" {
		return ""
	}
	n := 0
	for _, m := range x.mentions {
		if m.Name == c && m.Start < 600 {
			n++
		}
	}
	if n < 3 {
		return ""
	}
	return c
}
