package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/numparse"
)

// Words trimmed off a metric phrase: connectives, scope words and adverbs
// before it, copulas and qualifiers after it.
var (
	leadingWords = []string{
		"与此同时", "其中", "同时", "此外", "年底前", "年底", "年内", "另外", "目前", "现在", "截至目前", "截止目前", "今年以来", "今年", "去年", "全年", "年内",
		"已经", "已", "分别", "累计", "共计", "共有", "共", "先后", "还", "并", "也", "均", "都", "全区", "全市", "全县", "全省",
		"新区", "该区", "本区", "该市", "我们", "实现", "完成", "达到", "对", "为",
		"向", "给予", "给", "与", "从", "由", "将", "把", "的", "按照", "一方面", "另一方面", "通过", "和", "及", "以及", "仅",
		"年末", "年初", "区内", "市内", "县内", "园区", "现", "关于", "初步核算", "据预计", "预计", "据初步估算", "初步估算", "据统计", "经初步核算",
		"按可比价格计算", "按可比价计算", "按不变价格计算", "按不变价计算", "按现价计算",
	}
	// keepWords start with a leading word but are words of their own (及时,
	// 对外, 现代): the leading word is not trimmed off them.
	keepWords     = []string{"及时", "对外", "对口", "给付", "现代", "现金", "现有", "现行", "现场", "现货", "共享", "共建", "和谐", "由此", "从业", "将来", "与会", "向上"}
	trailingWords = []string{
		"不少于", "不低于", "不超过", "不到", "不下", "提高至", "提高到", "提升至", "调整为", "调整至", "上调至", "超过", "超", "将近", "接近", "近", "逾", "约", "已达", "高达", "达到", "达", "为", "增至", "至", "到", "共计",
		"共", "累计", "已", "至少", "突破", "控制在", "在", "了", "是", "预计", "计", "的", "完成", "实现", "共有", "对", "以下", "如下", "最高", "最多", "预计", "可",
	}
	// leadingFirst and trailingLast are the first runes of leadingWords and
	// the last of trailingWords: a phrase opening (ending) with no such rune
	// has none of them to trim, which most do not.
	leadingFirst, trailingLast = wordEdgeRunes(leadingWords, false), wordEdgeRunes(trailingWords, true)
	objectStops                = objectStopSet{strings.Split("全部|已|的|解决|出台|提供|参与|与|获得|发放|实现|使用|达成|发布|签订|进行|对接|讲解|建立|纳入|开展|走进|受益|提出|上线|在|到|参加|实施|得到|配备|印有|深入|完成|注册|等|捐款|共|均|将|累计|为|向|给|办理|申领|享受|带动|吸纳|帮助", "|")}
	quoteRunes                 = "“”‘’\"'《》「」『』"
	relativeWord               = mustQuickRe(`^(前值|预期|市场预期|一致预期|预测值|前值为|预期为)$|^(总数|总量|总额|总值|总计|合计|金额|增速|增幅|降幅|占比)|^成交(总值|总额|金额)$|^(投资|资金|总投资|总投资额|计划总投资|完成投资)$|^(完成)?(全年|年度)?(目标任务|目标|任务|计划)(的)?$|^(同比|环比|同口径|可比口径|比上年|较上年|比去年|较去年|比上年末|较上年末|比年初|较年初)?(增长|下降|增加|减少|提高|提升|回落|加快|放缓|回升|扩大|收窄|上升|下滑|减缓)$|^(月|年|季)(增|减)或$`)
	yearOnYear                 = mustQuickRe(`^(比|较)(上年|去年)(同期)?(增长|下降|增加|减少|提高|回落)$`)
	comparison                 = prefixSet{"高于", "低于", "快于", "慢于", "超出", "好于", "比", "较", "占", "相当于"}
	achieved                   = mustQuickRe(`完成.{0,8}目标|目标任务的|(为|占|达|完成)(了)?(年度|全年)(计划|目标)(投资|任务)?的|已完成全年|控制在[^，,。；;0-9]{0,6}目标(以内|之内|内|范围)|完成(了)?(市|省|县|区|上级)(下达)?(的)?(年度|全年)?(计划|任务)|完成(了)?(年度|全年)(计划|任务)`)
	goalScope                  = mustMatcher(`力争|争取[^到了]|确保|力求`)
	targetWords                = mustMatcher(`目标|力争|计划|确保|争取[^到了]|年底将|年内将|年底前|将累计|将完成|将全部|将达到|将压缩|将建成|将新增|拟|[^计]将(分别)?(安排|发放|投入|拨付|下达)`)
	estimateRe                 = mustMatcher(`预计|估计|预测|预估|估算|有望`)
	periodRe                   = mustQuickRe(`([0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日?[-－—~至到]([0-9]{1,2}月)?[0-9]{1,2}日` +
		`|([0-9]{4}年|今年|去年|上年|本年)?[0-9]{1,2}月份?[-－—~至到]([0-9]{4}年)?[0-9]{1,2}月份?` +
		`|(截至|截止到|截止|至)(今年|去年)?([0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月份?(底|末)?(为止|止)?的?(十二|12|三|3|六|6)个月` +
		`|(截至|截止到|截止)[0-9]{4}年(末|底)` +
		`|(截至|截止到|截止|至)(今年|去年)?([0-9]{4}年)?([0-9一二三四五六七八九十]{1,2}月(份)?([0-9一二三四五六七八九十]{1,3}日|末|底|中旬|上旬|下旬)?|一季度末|上半年末|年底|年末|目前)` +
		`|([0-9]{4}年|今年|去年|上年|本年|全年)?(前[两三四五六七八九十0-9]{1,2}个?月|前十一个?月|首[两三四五六七八九十0-9]{1,2}个?月|首十一个?月|首[一二三1-3]季|首季度?|(?:[0-9]{1,2}|元)[-－—~至到][0-9]{1,2}月份?|第 ?[一二三四1-4] ?季度?|[1一][-－—~至到][2-4二三四]季度|[一二三四1-4]季度|[Qq][1-4]|前三季度|上半年|下半年|[0-9]{1,2}月份以来|今年以来)(末)?` +
		`|[0-9]{4}年?[-－—~至到][0-9]{4}年|[0-9]{4}年以来|(过去|近|今后|未来)[0-9一二三四五六七八九十两]{1,2}年|[一二三四五六七八九十两]年(来|以来|间|累计|净增|增量)|十[一二三四五六]五(期间|时期|以来|期末|末)?` +
		`|(到|至)[0-9]{4}年(底|末)?|([0-9]{4}年|上年)(末|底)|年末|年底` +
		`|([0-9]{4}年|今年|去年|上年)?([0-9]{1,2}|十[一二]|[一二三四五六七八九十]|元)月(份)?([0-9]{1,2}日|底|末)?` +
		`|[0-9]{4}年|过去的一年|过去一年|去年全年|全年|去年|今年|明年|本年`)
	// namedPeriods are periods periodRe leaves to a second, small
	// expression run only on text that holds 年中, 国庆, a slash or 至…月
	// (periodRe is large: every alternative it gains costs every text, and
	// past the backtracker's size the regexp engine slows down).
	namedPeriods = mustQuickRe(`(?:[0-9]{4}年|去年)年中至(?:[0-9]{4}年|今年)年中|(?:[0-9]{4}年|今年|去年)年中|(?:[0-9]{4}年|今年|去年)?国庆(?:黄金周|假期|长假|七天|期间)?` +
		`|(?:19|20)[0-9]{2}/(?:19|20)?[0-9]{2}(?:年度|年)` + // 2017/2018年, 2025/26年度
		`|(?:[0-9]{4}年|今年|去年|上年|本年)?[一二三四五六七八九十]{1,2}[-－—~至到](?:十[一二]|[一二三四五六七八九十])月份?`) // 今年一至五月
)

// A prefixSet matches a text that starts with one of its words: what an
// expression ^(a|b|c) of plain words does, without the regexp engine.
type prefixSet []string

// MatchString reports whether s starts with one of the words.
func (p prefixSet) MatchString(s string) bool { return hasPrefixAny(s, p) }

// objectStopSet is objectStops: a prefixSet, and 对 unless 对外/对口 follows.
type objectStopSet struct{ words prefixSet }

// MatchString reports whether s starts with a word that ends an object.
func (o objectStopSet) MatchString(s string) bool {
	if o.words.MatchString(s) {
		return true
	}
	rest, ok := strings.CutPrefix(s, "对")
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r != '外' && r != '口'
}

// metric returns the phrase figs[i] measures: the text before it in its
// clause (after any earlier figure), stripped of region, period and
// connectives; for a count, the noun after the measure word is added when
// the phrase alone says little (推动45家金融机构 → 推动金融机构). Lists with 分别
// give each figure its own item.
func (x *extractor) metric(figs []figure, i int) string {
	f := figs[i]
	if f.unit.Kind == "index" && i > 0 && figs[i-1].unit.Kind == "index" && x.str(figs[i-1].end, f.n.Start) == "至" {
		// PMI下跌4.3至57.8: the level the index reached, the change's
		// measure without its verb
		m := x.metric(figs, i-1)
		if loc := trailingChange.FindStringIndex(m); loc != nil {
			m = m[:loc[0]] // "" when the verb was all: the subject is borrowed as for the change
		}
		return m
	}
	if m, ok := x.respectively(figs, i); ok {
		return m
	}
	if m, ok := x.bracketed(f); ok {
		return m
	}
	start := x.clauseStart(f.n.Start, false)
	if i > 0 && figs[i-1].end > start && figs[i-1].end <= f.n.Start {
		// After an earlier figure of the clause: its list item only, less
		// the noun that figure counted (向1.2万家企业发放资金1亿元 → 发放资金).
		start = max(figs[i-1].end, x.clauseStart(f.n.Start, true))
		if prev := figs[i-1]; prev.unit.Kind == "count" && start == prev.end {
			if obj := x.object(prev.end); obj != "" && strings.HasPrefix(x.str(start, f.n.Start), obj) && !countedDid.MatchString(strings.TrimPrefix(x.str(start, f.n.Start), obj)) {
				start += len([]rune(obj))
			}
		}
	}
	p := x.stripPhrase(start, f.n.Start)
	if m, ok := x.specialMetric(f, start, p); ok {
		return m
	}
	switch {
	case f.unit.Kind == "noun":
		p += f.unit.Written
	case f.unit.Kind == "percent":
		// 实现100%复工复产, 实现13%的增长: the measure follows the rate.
		if p == "" || hasSuffixAny(x.str(start, f.n.Start), []string{"实现", "实现了", "达到", "达到了", "达"}) {
			p += x.object(f.end)
		}
	case hasSuffixAny(p, capacityWords):
		p += x.object(f.end) // 华鑫科技年产150万套高档服装: the capacity, of what
	case len([]rune(p)) <= 4:
		obj := x.object(f.end)
		if changeVerb.MatchString(obj) {
			obj = "" // 生产总值从136.1亿元增加到…: how it changed, no object
		}
		p += obj
		if f.unit.Kind == "count" && obj != "" {
			p += x.clauseTail(f.end, obj) // 推动4000余家企业与平台建立合作 → 推动企业与平台建立合作
		}
	}
	p = cleanPhrase(p)
	if m := awardAfter.FindStringSubmatch(x.str(f.end, min(f.end+48, len(x.rs)))); m != nil {
		// 对新认定的国家级中心给予800万元一次性奖励: the award, given to whom
		// (分别一次性给予最高不超过50万元、20万元奖励: after the list's items)
		award := m[len(m)-1]
		if loc := giveVerbEnd.FindStringIndex(p); loc != nil {
			if strings.Contains(p[loc[0]:], "一次性") && !strings.HasPrefix(award, "一次性") {
				award = "一次性" + award
			}
			p = p[:loc[0]] + award
		} else if p == "" || p == "以上" || p == "以内" || p == "按" || p == "按标准" {
			p = award // 按6000元/人的标准给予一次性吸纳就业补贴
		}
	}
	if len(p) <= 36 && movesOnly.MatchString(p) { // (at most 12 runes)
		if label := x.lineLabel(f.n.Start); label != "" {
			return label // 股价指数变动率：由上月20.2%增为21.6%: the line's label
		}
	}
	if p == "" && i > 0 && figs[i-1].end > x.clauseStart(f.n.Start, false) {
		return x.metric(figs, i-1) // 由2个增至15个: the same measure
	}
	if i > 0 && figs[i-1].end > x.clauseStart(f.n.Start, false) && toLevel.MatchString(x.str(figs[i-1].end, f.n.Start)) &&
		fromPeriod.MatchString(x.str(x.clauseStart(figs[i-1].n.Start, false), figs[i-1].n.Start)) {
		return x.metric(figs, i-1) // 工业税收由2.4亿元增长到19.5亿元: the level it reached, the same measure
	}
	return p
}

// toLevel joins the two figures of a change from one level to another
// (由2.4亿元增长到19.5亿元, 从2020年的36家跃升至2025年的69家).
var toLevel = mustQuickRe(`^(?:增加|增长|提高|提升|上升|下降|减少|扩大|缩小|降低|跃升|攀升|增|减|升|降)(?:到|至)(?:[0-9]{4}年(?:底|末)?(?:的)?)?$`)

// awardAfter and giveVerbEnd: an amount given (…给予) and named after it
// (…的一次性奖励, 奖补, 补助).
var (
	awardAfter  = mustQuickRe(`^(?:[、和及][0-9.]+(?:万|亿)?元)*(?:以上|以内)?(?:的)?(?:标准)?(?:给予|发放)?((?:一次性)?(?:[^，,。；;0-9]{0,6}?)(?:奖励|奖补|补助|补贴|资助|贴息|扶持资金|奖金))`)
	giveVerbEnd = mustQuickRe(`(分别)?(一次性)?(给予|予以|按)(一次性)?(最高)?(不超过|不高于)?$`)
)

// movesOnly is a phrase that says only how a figure moved (由上月的, 增,
// 上月下修值增): it names no measure.
var movesOnly = regexp.MustCompile(`^(由|从)?(上(个)?月?)?(的)?(下修值|上修值|修正值)?(增|减|升|降|增加|减少|上升|下降|增至|减至|增为|减为)?$|^月$`)

// labelFigure: a figure in a label (not M1B's digit).
var labelFigure = regexp.MustCompile(`(^|[^A-Za-z0-9])[0-9.]+([^A-Za-z0-9.]|$)`)

// lineLabel returns the label of a paragraph written as 标签：… when the
// rune at is after the colon (货币总计数 M1B 变动率：由上月的4.88%增为4.9%):
// at most 20 runes, no figure and no comma of its own; "" otherwise.
func (x *extractor) lineLabel(at int) string {
	p, ok := x.paragraphOf(at)
	if !ok {
		return ""
	}
	head := x.str(p.Start, min(p.End, p.Start+21, at))
	k := strings.IndexAny(head, ":：")
	if k <= 0 || strings.ContainsAny(head[:k], "，,。；;") || labelFigure.MatchString(head[:k]) || strings.HasSuffix(head[:k], "是") {
		return "" // (最令人欣慰的是：…: a sentence's opening, no label)
	}
	return strings.ReplaceAll(strings.TrimSpace(head[:k]), " ", "")
}

// bracketed returns the metric of a figure written in brackets right after
// the item it is of, in a list of such items before the measure they share
// (留宿旅客（4,024元）及不过夜旅客（817元）的人均消费 → 不过夜旅客人均消费):
// the item and that measure. A list whose measure was named before it
// (GDP超过叠彩区（54.54亿元）、阳朔县（…）) is left to the usual rules.
func (x *extractor) bracketed(f figure) (string, bool) {
	if m, ok := x.placeOfGroup(f); ok {
		return m, true
	}
	open := f.n.Start - 1
	if open < 1 || x.rs[open] != '(' || f.end >= len(x.rs) || x.rs[f.end] != ')' {
		return "", false
	}
	if item, ok := x.quotedItem(open); ok {
		// “西式餐厅”（+19.7%）的交易额录得较大升幅: the quoted item's
		rest := x.str(f.end+1, min(f.end+80, len(x.rs)))
		if m := sharedMeasure.FindStringSubmatch(rest); m != nil && !ownMeasureStop[m[3]] {
			return cleanPhrase(item + m[2]), true
		}
		return item, true
	}
	k := open
	if k > 0 && x.rs[k-1] == ')' {
		// 金融业（银行除外）（+34.7%）: the item's own note in brackets
		for j := k - 2; j >= 0 && k-j < 12; j-- {
			if x.rs[j] == '(' {
				k = j
				break
			}
		}
	}
	for k > 0 && open-k < 16 && unicode.Is(unicode.Han, x.rs[k-1]) && !strings.ContainsRune("、及和与其为至", x.rs[k-1]) {
		k--
	}
	item := x.str(k, open)
	if utf8.RuneCountInString(item) < 2 || k > 0 && unicode.IsDigit(x.rs[k-1]) || strings.Contains(item, "的") {
		return "", false // 2022年四月份的相应升幅(1.3%): no item of a list
	}
	if k > 0 && x.rs[k-1] == '其' {
		item = strings.TrimPrefix(item, "中") // 其中再出口(10.5亿元)
	}
	if ms := x.mentionsIn(k, open); len(ms) > 0 && (ms[0].Start <= k && ms[len(ms)-1].End >= open || !ownItemTail(x.str(ms[len(ms)-1].End, open))) {
		return "", false // 超过叠彩区(54.54亿元)、阳朔县(…): places, the measure named before (广州市旅客（204644人次）: a kind of its own)
	}
	rest := bracketedItems.ReplaceAllString(x.str(f.end+1, min(f.end+80, len(x.rs))), "")
	m := sharedMeasure.FindStringSubmatch(rest)
	if m != nil && ownMeasureStop[m[3]] && strings.HasSuffix(m[2], "均") && len(m[2]) > len("均") {
		m[2] = strings.TrimSuffix(m[2], "均") // …及银行业（+16.0%）的业务收益指数均录得双位数升幅: shared by all
	} else if m != nil && m[2] == "" && changeAfterItem[m[3]] {
		return cleanPhrase(item), true // 个人游旅客（1009269人次）上升4倍: the item's level, then its change
	} else if m == nil || m[2] == "" || ownMeasureStop[m[3]] {
		return "", false // 再出口(10.5亿元)升幅为23.2%: the measure of the next figure
	}
	if strings.HasPrefix(m[2], "较") || strings.HasPrefix(m[2], "比") {
		return cleanPhrase(item), true // 就业人口（37.83万人）…较上一期分别减少: the base of the change after, no measure
	}
	return cleanPhrase(item + m[2]), true
}

// changeAfterItem are the words after an item's bracketed level that give
// the item's own change (…旅客（1009269人次）上升4倍, 同比增加…).
var changeAfterItem = map[string]bool{"上升": true, "下跌": true, "下降": true, "增长": true, "增加": true, "减少": true, "按年": true, "同比": true, "则": true, "亦": true, "也": true, "仍": true}

// ownItemTail reports the words after a place that make an item of its own
// (广州市旅客, 香港居民): people or things of the place, not the place.
func ownItemTail(s string) bool {
	return hasSuffixAny(s, []string{"旅客", "游客", "居民", "人口", "企业", "商户"})
}

// placeOfGroup returns the metric of a figure in brackets after a place
// in a list that picks out places of a group its sentence measures
// (输往大部分主要目的地的整体出口货值录得升幅，尤其是韩国（升79.5%）、台湾（升48.9%）
// → 输往韩国的整体出口货值): the measure with the place for the group.
func (x *extractor) placeOfGroup(f figure) (string, bool) {
	open := f.n.Start - 1
	if open >= 1 && strings.ContainsRune("升跌增减降", x.rs[open]) {
		open-- // （升79.5%）
	}
	if open < 1 || x.rs[open] != '(' || f.end >= len(x.rs) || x.rs[f.end] != ')' {
		return "", false
	}
	end := open
	if end > 1 && x.rs[end-1] == ')' {
		if g := x.noteOpen(end - 1); g > 0 {
			end = g // 中国内地（内地）（升26.3%）: the name before its gloss
		}
	}
	k := end
	for k > 0 && end-k < 8 && unicode.Is(unicode.Han, x.rs[k-1]) && !strings.ContainsRune("、及和与是", x.rs[k-1]) {
		k--
	}
	if k == end {
		return "", false
	}
	open = end
	sent := x.sentenceOf(f.n.Start)
	m := groupMeasure.FindStringSubmatch(x.str(sent.Start, k))
	if m == nil {
		return "", false
	}
	return m[1] + x.str(k, open) + "的" + m[2], true
}

// groupMeasure: a measure of a group of places (输往…主要目的地的整体出口
// 货值), then a list that picks some out (…，尤其是).
var groupMeasure = mustQuickRe(`(输往|来自|销往|运往|出口到|进口自)[^，,。；;]{0,12}(?:目的地|供应地|来源地|市场|地区|国家)的([^，,。；;]{1,12}?(?:货值|货量|金额|额|量))[^。；;]{0,20}(?:尤其是|特别是|包括|其中|：|:)[^。；;]*$`)

// quotedItem returns the name in quotes that ends right before the
// bracket at open (“中式酒楼饭店”（-20.8%）), if any: a category the
// bracketed figure is of.
func (x *extractor) quotedItem(open int) (string, bool) {
	end := open - 1
	if end < 1 || !strings.ContainsRune("”\"」’", x.rs[end]) {
		return "", false
	}
	for k := end - 1; k >= 0 && end-k <= 12; k-- {
		switch {
		case strings.ContainsRune("“\"「‘", x.rs[k]):
			if end-k < 2 {
				return "", false
			}
			return x.str(k+1, end), true
		case !unicode.Is(unicode.Han, x.rs[k]) && !unicode.IsLetter(x.rs[k]):
			return "", false
		}
	}
	return "", false
}

var (
	// bracketedItems: the next items of a list, each with its figure in
	// brackets (及香港（1,071元）, 、台湾地区（2,040元）).
	bracketedItems = regexp.MustCompile(`^([、及和与]\p{Han}{1,10}\([^()]{1,16}\))*`)
	// sharedMeasure: the measure a list of bracketed items shares, up to its
	// verb (旅客的人均消费按年分别下跌 → 旅客的人均消费).
	// ownMeasureStop: the measure before it is the next figure's own.
	ownMeasureStop = map[string]bool{"为": true, "是": true, "达": true, "录得": true, "：": true, ":": true}
	sharedMeasure  = regexp.MustCompile(`^(的)?(\p{Han}{0,12}?)(按年|按季|同比|环比|分别|则|亦|也|仍|上升|下跌|下降|增长|增加|减少|录得|为|是|达|[，,。；;：:]|$)`)
)

// Metrics of amounts per head, rates of a base and policy packages.
var (
	perUnit     = mustQuickRe(`(每)(人|户|家|名|个|次|人次|户次|亩|平方米|吨)$`)
	perSkip     = mustQuickRe(`^(的|标准|给予|发放|予以)+`)
	byRate      = mustQuickRe(`^(.*?)(按照|按)([^年月季]|$)`) // not 按年 (year on year)
	policyNoun  = mustQuickRe(`^(措施|举措|政策|意见|办法|条款|细则)`)
	policyEnd   = mustQuickRe(`(措施|举措|政策|意见|办法|细则)$`)
	policyVerbs = mustQuickRe(`^(及时|先后|陆续|相继|连续|率先)?(出台|制定|印发|推出|发布|提出|实施|落实)`)
)

// leadVerbs open a phrase whose object is named after the figure (引进甲骨文、
// 腾讯等150多家服务商 → 引进服务商).
var leadVerbs = mustQuickRe(`^(新签约|签约|引进|设立|组建|培育|建成|新建|打造|认定|推出|出台|形成|建设|走进|走访|服务|帮扶|对接|联系|组织|举办|开展)了?`)

// changeVerb starts what follows a count that changed (由2个增至15个).
var changeVerb = mustQuickRe(`^(增至|增加|增长|减至|减少|降至|下降|提高|提升|达到|变为|扩大|跃升|攀升|升至|上升)`)

// exampledCount returns the metric of a count written after examples or
// a modifier (A、B、C等8个功能区; 业内顶尖的150多家服务商): the counted noun
// after the measure word, with the phrase's leading verb.
func (x *extractor) exampledCount(f figure, start int, p string) (string, bool) {
	if f.unit.Kind != "count" {
		return "", false
	}
	before := strings.TrimRight(x.str(start, f.n.Start), quoteRunes)
	if !strings.HasSuffix(before, "等") && !strings.HasSuffix(before, "的") {
		return "", false
	}
	obj := x.object(f.end)
	if obj == "" || changeVerb.MatchString(obj) || strings.HasSuffix(before, "的") && len([]rune(p)) <= 4 {
		return "", false
	}
	verb := strings.TrimSuffix(leadVerbs.FindString(p), "了")
	return verb + obj, true
}

// specialMetric names what three kinds of figure measure, which the text
// before them does not say: an amount per head (给予每户2000元一次性补助 →
// 每户一次性补助, 按每人1500元标准发放补贴 → 每人补贴), a rate of some base
// (大型企业按50%返还 → 大型企业返还比例) and a package of measures (关于支持企业
// 发展的20条措施 → 支持企业发展措施, 稳经济“36条” → 稳经济措施).
func (x *extractor) specialMetric(f figure, start int, p string) (string, bool) {
	after := x.str(f.end, min(f.end+16, len(x.rs)))
	if m, ok := x.exampledCount(f, start, p); ok {
		return m, true
	}
	switch {
	case f.unit.Kind == "money" && perUnit.MatchString(p):
		per := perUnit.FindString(p)
		rest := perSkip.ReplaceAllString(after, "")
		obj := x.object(f.end + len([]rune(after)) - len([]rune(rest)))
		if obj == "" {
			return "", false
		}
		return per + obj, true
	case f.unit.Kind == "percent" && byRate.MatchString(p):
		verb := x.object(f.end)
		if verb == "" || len([]rune(verb)) > 4 {
			return "", false
		}
		return cleanPhrase(byRate.FindStringSubmatch(p)[1]) + verb + "比例", true
	case f.unit.Base == "条" && (f.quoted || policyNoun.MatchString(strings.TrimLeft(after, quoteRunes))):
		noun := policyNoun.FindString(strings.TrimLeft(after, quoteRunes))
		p = strings.TrimSuffix(policyVerbs.ReplaceAllString(p, ""), "的")
		switch {
		case p == "" && noun == "":
			return "", false
		case policyEnd.MatchString(p):
			return p, true
		case noun == "":
			noun = "措施"
		}
		return p + noun, true
	}
	return "", false
}

// stripPhrase returns rs[start:end] without region names, period words,
// connectives and qualifiers at its edges, and without quotes.
func (x *extractor) stripPhrase(start, end int) string {
	from, last := start, -1
	for _, m := range x.mentionsIn(start, end) {
		if m.End < len(x.rs) && (x.rs[m.End] == '元' || x.rs[m.End] == '币') {
			continue // 澳门元在M2所占的比重: a currency, no place
		}
		if portName.MatchString(x.str(m.End, min(m.End+2, end))) {
			continue // 上海口岸进出口总额, 上海海关关区: the port's name, a measure of its own
		}
		start, last = max(start, m.End), m.Start
	}
	if last > from && start == end {
		// 人口减少最多为金门县2.91%: the ranking's measure before its place
		if head := x.str(from, last); rankTop.MatchString(head) {
			if loc := rankTop.FindStringIndex(head); loc[0] > 0 {
				return cleanPhrase(withoutHeading(head[:loc[0]]))
			}
		}
	}
	p := strings.Map(func(r rune) rune {
		if strings.ContainsRune(quoteRunes, r) {
			return -1
		}
		return r
	}, x.str(start, end))
	return cleanPhrase(withoutHeading(p))
}

// Section headings run into their paragraph (二、工业和建筑业全年规模以上…)
// when a report's heading lines are joined to the text after them.
var (
	headingMark = mustQuickRe(`^[一二三四五六七八九十]{1,3}、`)
	headingEnd  = mustQuickRe(`全年|年末|年初|今年|上半年|前三季度|一季度|全区|全市|全县|全省|初步核算|截至`)
)

// portName follows a place in the name of its port or customs (上海口岸,
// 上海海关).
var portName = mustQuickRe(`^(口岸|海关)`)

// withoutHeading drops a section heading off the start of a phrase: the
// enumeration mark and the heading's words up to the first period or
// scope word, where the sentence proper starts (二、工业全年产值 → 全年产值).
func withoutHeading(p string) string {
	loc := headingMark.FindStringIndex(p)
	if loc == nil {
		return p
	}
	p = p[loc[1]:]
	if k := headingEnd.FindStringIndex(p); k != nil && len([]rune(p[:k[0]])) <= 10 {
		return p[k[0]:]
	}
	return p
}

// fromPeriod ends a phrase that says from when a count grew (在建项目由3月底
// 的2个增至15个, 生产总值从136.1亿元增加到…): not part of the measure.
var fromPeriod = mustQuickRe(`(已)?(?:由|从)([0-9]{4}年(底|末)?|[0-9一二三四五六七八九十]{1,2}月(底|末|初|份)?|年初|去年|上年)?(的)?$`)

// maxPeriodBytes bounds the length of a period phrase in bytes
// (截止到2023年12月31日 is 29).
const maxPeriodBytes = 64

// capacityWords end a phrase whose figure is a plant's yearly capacity,
// named by the product after it (年产300万只汽车传动皮带轮).
var capacityWords = []string{"年产", "年产能", "年生产", "年加工", "年处理", "年吞吐"}

// underLead opens a phrase with the circumstance it happened in
// (在县委坚强领导下, 在疫情冲击下), no word of what was measured.
var underLead = mustQuickRe(`^在[^，,。；;、]{2,16}(下|之下)[，,]?`)

// cleanPhrase trims period words, connectives and qualifiers off the edges
// of a phrase.
// measureAfterVerb is a measure that 实现 may stand before inside a metric.
var measureAfterVerb = mustQuickRe(`^(总)?(增加值|产值|营业收入|收入|利润|利税|销售额|销售收入|税收|进出口|出口|进口|生产总值)`)

// planDone follows 完成 in a share of a plan done (完成市计划的134.2%,
// 完成年度计划96.4%): 完成 is part of the measure.
var planDone = mustQuickRe(`^(了)?(市|省|县|区|上级)?(下达)?(的)?(年度|全年)?(计划|目标|任务)(的)?$`)

// tradeWith is trade with a partner (对美国出口, 对东协出超): 对 is part
// of the measure.
var tradeWith = mustQuickRe(`^对[^外口\x00-\x7f]\p{Han}{0,5}?(出口|进口|进出口|出超|入超|贸易)|^(输往|来自|销往|运往|出口到|进口自)[^，,]{1,16}的`)

// wordEdgeRunes returns the set of the first runes of words (the last, if
// last is set).
func wordEdgeRunes(words []string, last bool) *runeBits {
	var b runeBits
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if last {
			r, _ = utf8.DecodeLastRuneInString(w)
		}
		b.add(r)
	}
	return &b
}

func cleanPhrase(p string) string {
	p = strings.Trim(p, " 、")
	if strings.ContainsAny(p, "(（") {
		p = withoutGloss(p)
	}
	if strings.Contains(p, "[") {
		p = footnoteMark.ReplaceAllString(p, "") // 谷物[1]播种面积: a note's mark
	}
	if strings.HasPrefix(p, "(") {
		// 77个县(市)生产总值 after its count: the bracket left of 县(市)
		if k := strings.Index(p, ")"); k > 0 && k < len(p)-1 && utf8.RuneCountInString(p[:k]) <= 5 && !strings.ContainsAny(p[:k], "0123456789") {
			p = p[k+1:]
		}
	}
	for changed := true; changed; {
		changed = false
		if !periodGuard.MatchString(p[:min(len(p), maxPeriodBytes)]) {
			// no period phrase can start p
		} else if loc := periodScan.prefix(p); loc != nil && loc[1] < len(p) {
			yearEnd := strings.HasSuffix(p[:loc[1]], "年")
			p, changed = p[loc[1]:], true
			if yearEnd && strings.HasPrefix(p, "度") && len(p) > len("度") {
				p = strings.TrimPrefix(p, "度") // 本年度出生: the 度 of 年度
			}
		} else if loc := namedPeriods.FindStringIndex(p[:min(len(p), maxPeriodBytes)]); loc != nil && loc[0] == 0 && loc[1] < len(p) && strings.Contains(p[:loc[1]], "至") {
			p, changed = p[loc[1]:], true // 一至五月全省生产总值
		}
		if first, _ := utf8.DecodeRuneInString(p); leadingFirst.has(first) {
			for _, w := range leadingWords {
				if strings.HasPrefix(p, w) && !hasPrefixAny(p, keepWords) && !(w == "对" && tradeWith.MatchString(p)) && !(w == "完成" && planDone.MatchString(p[len(w):])) {
					p, changed = strings.TrimPrefix(p, w), true
				}
			}
		}
		if loc := viewMarker.FindStringIndex(p); loc != nil {
			p, changed = p[loc[1]:], true // 分县(市)区看: how the figures are broken down, no measure
		}
		if strings.HasPrefix(p, "在") {
			if loc := underLead.FindStringIndex(p); loc != nil && loc[1] < len(p) {
				p, changed = p[loc[1]:], true // 在县委坚强领导下GDP: the circumstance, no measure
			}
		}
		if last, _ := utf8.DecodeLastRuneInString(p); trailingLast.has(last) {
			for _, w := range trailingWords {
				if strings.HasSuffix(p, w) && !(w == "超" && numparse.EndsInTradeBalance(p)) && !endsWord(p, w) {
					p, changed = strings.TrimSuffix(p, w), true
				}
			}
		}
		if rest, ok := strings.CutSuffix(p, "有"); ok && rest != "" {
			// 展览的入场观众有383767人次: the verb, not 国有 or 所有
			if before, _ := utf8.DecodeLastRuneInString(rest); !strings.ContainsRune("国私所共拥持享含占具没只现富稀公保", before) {
				p, changed = rest, true
			}
		}
		p = strings.Trim(p, " 、")
	}
	p = fromPeriod.ReplaceAllString(p, "")
	if loc := releaseStatusTail.FindStringIndex(p); loc != nil && loc[0] > 0 {
		p = p[:loc[0]] // 网上销售价值的临时估计: the release's word for its figure, no measure
	}
	for _, v := range []string{"实现", "完成"} {
		if i := strings.Index(p, v); i > 0 && i+len(v) < len(p) && measureAfterVerb.MatchString(p[i+len(v):]) {
			p = p[:i] + p[i+len(v):] // 第一产业实现增加值, 农林牧渔业完成产值: 第一产业增加值
		}
	}
	if p == "有" || p == "为" || p == "在" {
		return "" // a bare verb or preposition says nothing
	}
	return p
}

// glossBracket is a bracket inside a phrase that adds no measure: what the
// measure includes or leaves out (投资(不含农户), 蔬菜产量(含食用菌)) or
// a note (下同); altName is a measure's other name (销售额(营业额)).
// Abbreviations (生产总值(GDP), 简称…) stay: readers know a figure by them.
var (
	glossBracket = mustQuickRe(`[(（](?:含|不含|包括|不包括|包含|剔除|即|下同)[^()（）]*[)）]`)
	altName      = mustQuickRe(`(额|值|收入)[(（]\p{Han}{1,4}(额|值|收入)[)）]`)
)

// withoutGloss takes the glossBracket and altName brackets out of a phrase
// (批发业、零售业销售额(营业额) → 批发业、零售业销售额, so each item of
// its list gets the head 销售额).
func withoutGloss(p string) string {
	p = glossBracket.ReplaceAllString(p, "")
	return altName.ReplaceAllString(p, "$1")
}

// clauseTail returns what a clause says after a count and its object
// (为800余家企业办理展期或续贷: 办理展期或续贷), when that is short; "" else.
func (x *extractor) clauseTail(end int, obj string) string {
	tail := strings.TrimPrefix(x.str(end, x.clauseEnd(end, true)), "的")
	tail, ok := strings.CutPrefix(tail, obj)
	if !ok || utf8.RuneCountInString(tail) > maxTail || strings.ContainsAny(tail, "0123456789") {
		return ""
	}
	return tail
}

// countedDid follows a counted noun that is the subject of the measure
// after it (6个重大产业项目完成投资11.7亿元: the projects' investment; 12家
// 企业实现产值8亿元), not its object (向1.2万家企业发放资金1亿元).
var countedDid = mustQuickRe(`^(累计|共|共计|合计|已)?(完成|实现)(投资|产值|增加值|营业收入|主营业务收入|销售收入|销售额|税收|利税|利润)`)

// maxTail bounds the words after a count that its metric takes.
const maxTail = 16

// ageRange is an age bound that starts a counted noun (60岁以上老年人).
var ageRange = mustQuickRe(`^[0-9]{1,3}(周)?岁(及)?(以上|以下)`)

// object returns the noun phrase right after a measure word (up to six
// runes, stopping at a verb or punctuation).
func (x *extractor) object(i int) string {
	var b strings.Builder
	if i < len(x.rs) && x.rs[i] == '的' {
		i++
	}
	for j := i; j < len(x.rs) && j < i+10; j++ {
		if age := ageRange.FindString(x.str(j, min(j+8, len(x.rs)))); age != "" && j == i {
			b.WriteString(age) // 10万名60岁以上老年人
			j += len([]rune(age)) - 1
			if j+1 < len(x.rs) && x.rs[j+1] == '的' {
				j++ // 35岁以下的技术人员
			}
			continue
		}
		if strings.ContainsRune(quoteRunes, x.rs[j]) {
			continue // 给予“以工代训”补贴: a quoted name inside the noun phrase
		}
		if x.isDelim(x.rs[j], true) || unicode.IsDigit(x.rs[j]) || objectStops.MatchString(x.str(j, min(j+4, len(x.rs)))) {
			break
		}
		b.WriteRune(x.rs[j])
	}
	return b.String()
}

// respectively handles 工业、民间、技改投资分别增长15%、25%、30%: the k-th
// figure after 分别 measures the k-th item of the list before it, with the
// list's shared head noun (投资) and the verb after 分别.
// A list of regions (甲区、乙区分别新增就业1.8万人、1.5万人) gives each figure
// its region (see respectiveRegion) and the verb phrase as metric.
func (x *extractor) respectively(figs []figure, i int) (string, bool) {
	r, ok := x.respectiveSpan(figs, i)
	if !ok {
		return "", false
	}
	verb := strings.TrimSpace(x.str(r.verb, r.first))
	if loc := bareItems.FindStringIndex(verb); loc != nil {
		// 分别拉动GDP0.2、2.6、1.6个百分点: the first items, bare numbers
		// that are no figures of their own yet, are items of the list
		n := len(bareNumber.FindAllStringIndex(verb[loc[0]:], -1))
		verb, r.idx, r.count = verb[:loc[0]], r.idx+n, r.count+n
	}
	phrase := x.stripPhrase(r.start, r.verb-2) // the words before 分别
	_, regional := x.respectiveRegion(figs, i)
	if !regional && phrase == "" {
		// 对日本、东协、中国大陆与香港分别增…: a list of markets that ends in a
		// place is no list of regions; its items measure the figures
		raw := strings.Trim(withoutHeading(x.str(r.start, r.verb-2)), "，,；; ") // (对日本: whose exports, kept)
		if items := strings.Split(raw, enumDelims); r.count > 1 && len(items) == r.count && r.idx < len(items) {
			return items[r.idx] + verb, true // (each market its own: no head shared)
		}
	}
	if regional {
		// 甲区、乙区分别新增就业…: the verb phrase; 进出口总额分别增长…: with
		// the measure written before 分别.
		return cleanPhrase(phrase + verb), true
	}
	if periodList.MatchString(phrase) {
		// 第1、2季经济成长率分别为…: a list of periods, one measure
		m := periodList.FindString(phrase)
		return cleanPhrase(phrase[len(m):]) + strings.TrimRight(verb, "为是"), true
	}
	if r.count == 3 && r.idx < 3 {
		// 第一、二、三产业对GDP增长的贡献率分别为…: the three sectors, their
		// ordinals listed and 产业 written once
		// (the words as written too: stripPhrase takes 一、 of 一、二、三产业
		// for a heading's number)
		for _, src := range []string{phrase, strings.TrimPrefix(strings.Trim(x.str(r.start, r.verb-2), "，,；; "), "其中")} {
			p := strings.ReplaceAll(cleanPhrase(src), "、", "")
			p = strings.TrimPrefix(p, scopeWord.FindString(p)) // 全省一、二、三次产业分别完成投资
			for _, w := range listedSectors {
				if strings.HasPrefix(p, w) {
					return sectorNames[r.idx] + strings.TrimPrefix(p, w) + strings.TrimRight(verb, "为是"), true
				}
			}
		}
	}
	if listLen(phrase) != r.count {
		if items := x.commaItems(r); items != nil {
			// 其中交通运输、仓储和邮政业，科学研究和技术服务业，…营业收入分别增长…:
			// items whose names hold 、, set apart by commas
			return withHead(items, r.idx) + verb, true
		}
	}
	if phrase != "" && listLen(phrase) == 1 {
		if items := x.subjectsBefore(r); items != nil {
			// 汽车、烟草、电力三大行业支撑作用明显，对全省增长的贡献率分别为
			// 16.7%、8.4%、8.1%: the list of the clause before, with the measure
			return items[r.idx] + phrase + verb, true
		}
	}
	items := strings.Split(phrase, enumDelims)
	if len(items) == r.count-1 {
		items = withLastJoint(items) // 甲类、乙类及丙类消费物价指数: the last two items joined by 及
	}
	withOrdinals(items)
	if len(items) < 2 {
		items = listWords.Split(phrase, -1) // 城镇和农村居民人均可支配收入分别…
	}
	if len(items) == 2 && cleanPhrase(items[0]) == "城" && strings.HasPrefix(cleanPhrase(items[1]), "乡") {
		// 城、乡居民人均可支配收入: 城镇 and 农村, as in the 城乡 list below
		items = []string{"城镇", "农村" + strings.TrimPrefix(cleanPhrase(items[1]), "乡")}
	}
	if len(items) < 2 && r.count == 2 && r.idx < 2 && strings.Contains(items[0], "城乡") {
		// 城乡居民人均可支配收入分别为5.71万元、3.27万元: urban, then rural
		return strings.Replace(cleanPhrase(items[0]), "城乡", [2]string{"城镇", "农村"}[r.idx], 1) + levelVerb.ReplaceAllString(verb, ""), true
	}
	if len(items) < 2 && r.count == 3 && r.idx < 3 {
		// 三次产业对经济增长的贡献率分别为18.7%、40.9%和40.4%: the first,
		// second and third sector
		p := cleanPhrase(items[0])
		for _, w := range threeSectors {
			if strings.HasPrefix(p, w) {
				return sectorNames[r.idx] + strings.TrimPrefix(p, w) + strings.TrimRight(verb, "为是"), true
			}
		}
		// 三次产业…比重分别为…，对地区生产总值增长的贡献率分别为…: the same
		// three sectors, named in the clause before
		head := strings.TrimLeft(x.str(r.start, r.verb-2), "，, ")
		if before := x.str(x.sentenceOf(r.start).Start, r.start); hasPrefixAny(head, []string{"对", "占"}) && (strings.Contains(before, "分别") || threeParts.MatchString(before)) && hasPrefixAny(cleanPhrase(before), threeSectors) {
			// (or 三次产业结构比为18.81:16.28:64.91,对经济增长的贡献率分别为…)
			return sectorNames[r.idx] + head + strings.TrimRight(verb, "为是"), true
		}
	}
	if len(items) < 2 && phrase == "" {
		// …增加值分别增长10.9%、26.3%和3.3%，分别拉动全市规上工业提高4.8、3
		// 和0.2个百分点: the items of the list before, in the same sentence
		if prev := x.listBefore(r.start); (prev == nil || len(prev) == 3 && !endsWithHead(prev[2])) && r.count == 3 && r.idx < 3 && x.sectorsBefore(r.start) {
			// 三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%，分别拉动经济增长
			// 0.9、-0.6和1.4个百分点: the three sectors again (also when
			// listed, 第一、二、三产业对GDP增长的贡献率, unless they share a
			// measure such as 增加值, which the list then keeps)
			return sectorNames[r.idx] + verb, true
		} else if len(prev) == r.count && r.idx < len(prev) {
			// 第二、三产业GDP…，分别较二季度变动: 第二产业GDP; 城镇、农村常住居民人均
			// 可支配收入分别达到…，分别增长8%、9%: 城镇常住居民人均可支配收入
			if strings.HasPrefix(prev[0], "第") || endsWithHead(prev[len(prev)-1]) {
				return withHead(prev, r.idx) + verb, true
			}
			return prev[r.idx] + verb, true
		} else if prev == nil {
			if m, ok := x.measuredBefore(figs, i, r); ok {
				// 地区生产总值达到1012亿元、固定资产投资完成227.5亿元、社会消费品
				// 零售总额实现540.3亿元，分别是建国初期的616倍、1098倍、640倍:
				// the k-th figure before measures what the k-th figure did
				return m + verb, true
			}
			if items := x.subjectsBefore(r); items != nil {
				// 东盟、香港、美国、欧盟和台湾为广东前五大贸易伙伴，分别增长7.2%、…:
				// the list the clause before opens with, item by item
				return items[r.idx] + verb, true
			}
		}
	}
	if len(items) < 2 || r.idx >= len(items) {
		return "", false
	}
	return withHead(items, r.idx) + verb, true
}

// measuredBefore returns, for a 分别 list with no words of its own before
// 分别, the measure of the figure that many figures before the list's
// first, each of them in a clause or list item of its own in the same
// sentence (地区生产总值达到1012亿元、固定资产投资完成227.5亿元、社会消费品零售
// 总额实现540.3亿元，分别是建国初期的616倍、1098倍、640倍); false otherwise.
func (x *extractor) measuredBefore(figs []figure, i int, r respectiveList) (string, bool) {
	if r.count < 2 || r.idx >= r.count || figs[i].unit.Kind == "percent" {
		return "", false // (rates after levels are paired with them later, item and all)
	}
	sent := x.sentenceOf(r.start)
	var before []int
	for j := range figs {
		if figs[j].n.Start >= sent.Start && figs[j].end <= r.start {
			before = append(before, j)
		}
	}
	if len(before) < r.count {
		return "", false
	}
	before = before[len(before)-r.count:]
	if strings.Trim(x.str(figs[before[len(before)-1]].end, r.start), "，,；; ") != "" {
		return "", false // the clause before the list ends in no figure
	}
	for k := 1; k < len(before); k++ {
		gap := x.str(figs[before[k-1]].end, figs[before[k]].n.Start)
		if !strings.ContainsAny(gap, "、，,；;") || strings.Contains(gap, "分别") || utf8.RuneCountInString(strings.Trim(gap, "、，,；; 的")) < 2 {
			return "", false // two figures of one clause (增长5%，达到…), a list of its own, or a bare list of figures (10亿元、20亿元的)
		}
	}
	m := trailingLevelVerb.ReplaceAllString(x.metric(figs, before[r.idx]), "")
	if m == "" {
		return "", false
	}
	return m, true
}

// subjectsBefore returns the items of a list that opens the clause right
// before a 分别 list with no words of its own before 分别, one item per
// figure (其中，东盟、香港、美国、欧盟和台湾为广东前五大贸易伙伴，分别增长7.2%、
// 17.5%、9.6%、4.1%和16.3%): the list up to 为 or 是, items of one to twelve
// runes and no digit; nil otherwise.
func (x *extractor) subjectsBefore(r respectiveList) []string {
	if r.count < 2 || r.idx >= r.count || r.start == 0 {
		return nil
	}
	cs := x.clauseStart(r.start-1, false)
	clause := strings.TrimSpace(x.str(cs, r.start))
	clause = strings.TrimRight(clause, "，,；; ")
	clause = strings.TrimPrefix(clause, "其中")
	clause = strings.TrimLeft(clause, "，,:： ")
	if strings.ContainsAny(clause, "0123456789") {
		return nil
	}
	loc := subjectsEnd.FindStringIndex(clause)
	if loc == nil || loc[0] == 0 {
		return nil
	}
	items := withLastJoint(strings.Split(clause[:loc[0]], enumDelims))
	if len(items) != r.count {
		return nil
	}
	for _, it := range items {
		if n := utf8.RuneCountInString(it); n < 1 || n > 12 {
			return nil
		}
	}
	return items
}

// withLastJoint splits the last item of a list written with 、 at the 和,
// 与 or 及 that joins the last two (甲类、乙类及丙类 → 甲类, 乙类, 丙类); a
// list of one item stays as it is.
func withLastJoint(items []string) []string {
	n := len(items)
	if n < 2 {
		return items
	}
	if parts := listWords.Split(items[n-1], 2); len(parts) == 2 && parts[0] != "" {
		return append(items[:n-1], parts[0], parts[1])
	}
	return items
}

// subjectsEnd ends the list a clause opens with: 为, 是, a count of its
// items (三大行业), 等, or what is said of them (表现最为抢眼, 均实现增长).
var subjectsEnd = mustQuickRe(`[一二三四五六七八九十两]+(大|个|项|类|家)|等|为|是|表现|均|都|占|实现|完成|增长|支撑|保持|继续`)

// trailingLevelVerb ends a level's measure with the verb that reached it.
var trailingLevelVerb = regexp.MustCompile(`(达到|达|完成|实现|为|是)$`)

// commaItems returns the items of a 分别 list set apart by commas, as a
// list of names that hold 、 themselves is written (其中交通运输、仓储和邮政
// 业，科学研究和技术服务业，水利、环境和公共设施管理业，居民服务、修理和其他
// 服务业营业收入分别增长4.1%、17.7%、4.3%、17.9%): one item per figure, the
// list opening its sentence or after 其中 or a colon, no item with a figure
// of its own; nil otherwise.
func (x *extractor) commaItems(r respectiveList) []string {
	if r.count < 3 || r.idx >= r.count {
		return nil
	}
	sent := x.sentenceOf(r.start)
	s := x.str(sent.Start, r.verb-2)
	if !strings.ContainsAny(s, ",，") || !strings.Contains(s, "、") {
		return nil
	}
	for _, w := range []string{"其中", "：", ":"} {
		if k := strings.LastIndex(s, w); k >= 0 {
			s = s[k+len(w):]
		}
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' })
	if len(parts) != r.count {
		return nil
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || strings.ContainsAny(p, "0123456789%；;。") || utf8.RuneCountInString(p) > 24 {
			return nil
		}
		parts[i] = p
	}
	return parts
}

// listLen is the number of items a list written with 、 and a last 和
// (宾馆住宿、飞机票和旅游价格) names.
func listLen(phrase string) int {
	items := strings.Split(phrase, enumDelims)
	if len(listWords.Split(items[len(items)-1], 2)) == 2 {
		return len(items) + 1
	}
	return len(items)
}

// levelVerb is a verb that only says a level is reached (分别为, 分别达到).
var levelVerb = regexp.MustCompile(`^(达到|达|为|是)$`)

// withOrdinals gives back their 第 to the later ordinals of a list whose
// first item has it (第一、二、三产业 → 第一, 第二, 第三产业).
func withOrdinals(items []string) {
	if len(items) < 2 || !strings.HasPrefix(items[0], "第") {
		return
	}
	for k := 1; k < len(items); k++ {
		if r, _ := utf8.DecodeRuneInString(items[k]); strings.ContainsRune("一二三四五六七八九十", r) {
			items[k] = "第" + items[k]
		}
	}
}

// sectorsBefore reports a 分别 list of the three sectors (三次产业…分别) in
// the clause before at in its sentence.
func (x *extractor) sectorsBefore(at int) bool {
	sent := x.sentenceOf(at)
	before := x.str(sent.Start, at)
	k := strings.LastIndex(before, "分别")
	if k < 0 {
		// 三次产业比重为27.3:26.6:46.1，分别拉动经济增长…: the sectors of a ratio
		return threeParts.MatchString(before) && hasPrefixAny(cleanPhrase(before), threeSectors)
	}
	end := sent.Start + utf8.RuneCountInString(before[:k])
	p := cleanPhrase(x.stripPhrase(x.clauseStart(end, false), end))
	return hasPrefixAny(p, threeSectors) || hasPrefixAny(strings.ReplaceAll(p, "、", ""), listedSectors)
}

// listBefore returns the items of the 分别 list of the clause before at in
// its sentence (钢铁、菱镁、装备制造等主导产业增加值分别…), without the measure
// they share (the last item is cut at 等); nil if none.
func (x *extractor) listBefore(at int) []string {
	sent := x.sentenceOf(at)
	before := x.str(sent.Start, at)
	k := strings.LastIndex(before, "分别")
	if k < 0 {
		return nil
	}
	end := sent.Start + utf8.RuneCountInString(before[:k])
	items := strings.Split(x.stripPhrase(x.clauseStart(end, false), end), enumDelims)
	if len(items) > 1 {
		items = withLastJoint(items)
		last := items[len(items)-1]
		if k := strings.Index(last, "等"); k > 0 {
			items[len(items)-1] = last[:k]
		}
		withOrdinals(items)
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// bareItems ends the words after 分别 with items of the list written as
// bare numbers (拉动GDP0.2、); bareNumber is one of them.
var (
	bareItems  = regexp.MustCompile(`(?:[0-9]+(?:\.[0-9]+)?[、，,和及])+$`)
	bareNumber = regexp.MustCompile(`[0-9]+(?:\.[0-9]+)?`)
)

// respectiveList locates a 分别 list: the clause start, the end of 分别
// (start of the verb), the first figure after it and the index of the
// figure in the list.
type respectiveList struct {
	start, verb, first, idx int
	count                   int // figures in the list
}

// respectiveSpan finds the 分别 list figs[i] belongs to, if any.
func (x *extractor) respectiveSpan(figs []figure, i int) (respectiveList, bool) {
	f := figs[i]
	cs := x.clauseStart(f.n.Start, false)
	clause := x.str(cs, f.n.Start)
	k := strings.Index(clause, "分别")
	if k < 0 {
		k = strings.Index(clause, "依次") // 比重依次为21.3%、20.2%和58.5%
	}
	if k < 0 {
		return respectiveList{}, false
	}
	r := respectiveList{start: cs, verb: cs + len([]rune(clause[:k])) + 2, first: -1}
	for j := range figs {
		if figs[j].n.Start >= r.verb && x.clauseStart(figs[j].n.Start, false) == cs {
			r.count++
			if figs[j].n.Start < f.n.Start {
				r.idx++
				if r.first < 0 {
					r.first = figs[j].n.Start
				}
			}
		}
	}
	if r.first < 0 {
		r.first = f.n.Start
	}
	return r, true
}

// threeParts is a ratio of three parts (18.81:16.28:64.91).
var threeParts = mustQuickRe(`[0-9.]+[:：][0-9.]+[:：][0-9.]+`)

// threeSectors names the three sectors at once (三次产业, 一二三产业);
// listedSectors lists them by their ordinals, once their 、 are taken out
// (第一、二、三产业, 第一、第二、第三产业).
var (
	threeSectors = []string{"三次产业", "第一二三产业", "一二三产业"}
	// scopeWord opens a phrase with the whole of the story's region
	// (全省一、二、三次产业)
	scopeWord     = mustQuickRe(`^(全省|全市|全县|全区|全州|全盟|全旗)`)
	listedSectors = []string{"第一二三产业", "第一第二第三产业", "一二三产业", "一二三次产业", "第一二三次产业"}
)

// releaseStatusTail ends a metric with how a release calls its figure.
var releaseStatusTail = mustQuickRe(`的?(临时|修订|初步|预先)估计(数字|数)?$`)

// endsWord reports a trailing word w of p that ends a longer word there
// (签约 is no 约 after 签, 临时估计 no 计 after 估).
func endsWord(p, w string) bool {
	before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(p, w))
	if before == utf8.RuneError {
		return false
	}
	if w == "计" {
		return strings.ContainsRune("估统合总设会预共累", before)
	}
	return numparse.InWord(w, before)
}

// listWords join the items of a list written without 、.
var listWords = mustQuickRe(`和|与|及`)

// headNouns are the heads a list shares that are longer than two runes.
var headNouns = []string{"居民人均可支配收入", "人均可支配收入", "人均消费支出", "增加值", "零售额", "销售额", "营业收入", "进出口额", "总产值", "投资"}

// endsWithHead reports a head a list may share: one of headNouns with
// something before it (产业增加值), or GDP.
func endsWithHead(h string) bool {
	for _, n := range append(headNouns, "GDP", "比重", "占比") {
		if strings.HasSuffix(h, n) && len(h) > len(n) || h == "GDP" {
			return true
		}
	}
	return false
}

// sameLength returns the rune length the items share, false if they differ.
func sameLength(items []string) (int, bool) {
	n := -1
	for _, it := range items {
		l := utf8.RuneCountInString(cleanPhrase(it))
		if n >= 0 && l != n || l == 0 {
			return 0, false
		}
		n = l
	}
	return n, n > 0
}

// withHead returns items[idx] with the head noun the list shares, written
// once on its last item (工业、民间、技改投资 → 工业投资).
func withHead(items []string, idx int) string {
	item := cleanPhrase(items[idx])
	first := []rune(cleanPhrase(items[0]))
	last := []rune(cleanPhrase(items[len(items)-1]))
	for _, h := range []string{"余额", "总额", "总值", "价格", "指数"} {
		// 年末金融机构存款、贷款余额: a short last item with a head of its own
		if rest := strings.TrimSuffix(string(last), h); rest != string(last) && utf8.RuneCountInString(rest) <= 4 && !strings.HasSuffix(item, h) && idx < len(items)-1 {
			return item + h
		}
	}
	if len(last) <= len(first) || len(last) < 3 {
		return item
	}
	head := string(last[len(last)-2:])
	if n, ok := sameLength(items[:len(items)-1]); ok && len(last) > n+1 && endsWithHead(string(last[n:])) &&
		(last[0] == first[0] || last[n-1] == first[n-1]) {
		// 第一、第二、第三产业增加值: the last item is an item of the same
		// length and shape as the others (第三) and the head they share
		// (产业增加值)
		head = string(last[n:])
		if idx < len(items)-1 {
			return item + head
		}
	}
	for _, h := range headNouns {
		if strings.HasSuffix(string(last), h) {
			head = h
			break
		}
	}
	if strings.HasSuffix(item, head) || strings.HasSuffix(string(first), head) {
		return item
	}
	if h, _ := utf8.DecodeLastRuneInString(head); h != utf8.RuneError && len(head) > 6 {
		// 城镇居民和农村居民人均可支配收入: 城镇居民 + 人均可支配收入, not 居民 twice
		for _, w := range []string{"居民", "企业"} {
			if strings.HasSuffix(item, w) && strings.HasPrefix(head, w) {
				return item + strings.TrimPrefix(head, w)
			}
		}
	}
	return item + head
}

// relate prefixes a metric that only makes sense after the figure before
// it in the same sentence with that figure's metric: a comparison
// (固定资产投资同比增长，高于全市增速 for 高于全市增速6.6个百分点) or a
// relative word (新登记各类市场主体，总数 for 总数达到23.86万户). Canonical
// indicator and theme are then looked up on the whole.
func (x *extractor) relate(out []data.Indicator) {
	for i := range out {
		first := i == 0 || out[i-1].Sentence != out[i].Sentence
		if m := listMeasure.FindString(x.listHeading(out[i].Start)); m != "" && (out[i].Metric == "" || x.bareMetric(out[i].Metric)) {
			// 2021年唐山市19个区县GDP排名：1、迁安市，1160.3亿，增速6.7%
			out[i].Metric = m + out[i].Metric
			x.classify(&out[i])
			continue
		}
		if m := x.viewMeasure(out[i].Start); m != "" && (out[i].Metric == "" || strings.Contains(m, out[i].Metric)) {
			// 从人均GDP上看，排名前三的分别是：顺庆区，人均6.59万元
			out[i].Metric = m
			x.classify(&out[i])
			continue
		}
		if first && x.thinMetric(out[i].Metric) {
			if subj := x.leadSubject(out[i].Start); subj != "" {
				// 我市固定资产投资保持强劲增势，累计完成投资202.3亿元
				out[i].Metric = subj + out[i].Metric
				x.classify(&out[i])
			}
		}
	}
	for i := range out {
		// 按年平均汇率折合，比上年增长5.5%: the change of the figure restated
		if loc := conversionLead.FindStringIndex(out[i].Metric); loc != nil && loc[1] < len(out[i].Metric) {
			out[i].Metric = out[i].Metric[loc[1]:]
		}
	}
	x.urbanRuralPairs(out)
	x.thatSector(out)
	orig := make([]string, len(out))
	dep := make([]bool, len(out))  // dependent(orig[i])
	comp := make([]bool, len(out)) // comparison.MatchString(orig[i])
	for i := range out {
		orig[i] = out[i].Metric
		dep[i], comp[i] = dependent(orig[i]), comparison.MatchString(orig[i]) || comparedTo.MatchString(orig[i])
	}
	for i := 1; i < len(out); i++ {
		if x.pairedList(out, orig, i) {
			continue
		}
		if conversion.MatchString(orig[i]) && out[i-1].Sentence == out[i].Sentence {
			// 人均地区生产总值19763元，按年平均汇率计算为2865美元: the same measure
			out[i].Metric = out[i-1].Metric
			x.classify(&out[i])
			continue
		}
		if m := itemMeasure.FindStringSubmatch(orig[i]); m != nil {
			// 油菜籽播种面积13.25千公顷，总产量2.02万吨: the item's 总产量; the
			// item's figure may be followed by its change (小麦种植面积89.35万亩，
			// 较上年增长422亩；总产量40.71万吨) or be a count of the item
			// itself (个体工商户6.49万户，注册资金90多亿元)
			if item := x.itemBefore(out, orig, dep, i); item != "" {
				out[i].Metric = item + m[1]
				x.classify(&out[i])
				continue
			}
		}
		if milestone.MatchString(orig[i]) {
			// 地区生产总值2003.66亿元，首次突破2000亿元大关: the mark the level
			// passed, of the same measure; no base for what follows
			dep[i] = true
			for j := i - 1; j >= 0 && out[j].Sentence == out[i].Sentence; j-- {
				if out[j].Unit == out[i].Unit && !milestone.MatchString(orig[j]) && !x.bareMetric(orig[j]) {
					out[i].Metric = out[j].Metric
					x.classify(&out[i])
					break
				}
			}
			continue
		}
		if rankNext.MatchString(orig[i]) {
			// 人口增加率最高者为桃园市0.75%、其次为新竹县0.50%: the
			// ranking's measure
			if m := x.rankMeasure(out, orig, i); m != "" {
				out[i].Metric = m
				x.classify(&out[i])
				continue
			}
		}
		if strings.HasPrefix(orig[i], "拉动") && out[i].Unit == "个百分点" {
			// 第一产业增加值为26.3亿元，同比增长3.5%，拉动地区生产总值增长0.7个百分点:
			// the points the first sector added, 第一产业拉动地区生产总值增长
			if subj := x.pullSubject(out, i); subj != "" {
				out[i].Metric = subj + orig[i]
				x.classify(&out[i])
				out[i].Indicator = "" // points of another's growth
				continue
			}
		}
		if x.bareMetric(orig[i]) && !dep[i] {
			x.borrowSubject(out, orig, i)
			continue
		}
		if !dep[i] {
			continue
		}
		// 比上年下降0.6% is the rate itself, 比上年提高0.4个百分点 a difference.
		cmp := comp[i] && !(yearOnYear.MatchString(orig[i]) && out[i].Unit == "%")
		for j := i - 1; j >= 0 && out[j].Sentence == out[i].Sentence; j-- {
			switch {
			case cmp && out[i].Unit == "个百分点" && out[j].Unit == "个百分点":
				continue // 高于全市1.1个百分点 compares the rate, not an earlier difference
			case cmp && out[i].Unit == "个百分点" && out[j].Unit == "%" && strings.HasPrefix(orig[j], "占"):
				// 城镇人口63.24万人，占常住人口的比重为53.34%，比上年提高0.7个百分点:
				// the share changed, not the count it is a share of
				out[i].Metric = out[j].Metric + metricJoint(orig[i]) + orig[i]
			case cmp && !comp[j] && orig[j] != "":
				// A comparison compares the figure before it as related; a
				// share (税收收入下降，占…的比重) takes its subject without its change.
				base := out[j].Metric
				joint := metricJoint(orig[i])
				if strings.HasPrefix(orig[i], "占") || out[i].Unit == "%" && out[j].Unit == "%" && periodBase.MatchString(orig[i]) {
					base = trimChange(base) // (GDP增长18.4%，) 比2019年同期增长9.3%: GDP比2019年同期增长
				}
				if out[i].Unit == "个百分点" && out[j].Unit == "%" && trimChange(base) != base && comparison.MatchString(orig[i]) {
					// 生产总值同比增长3.4%，比一季度加快1.5个百分点: the growth rate's
					// difference, 生产总值增速比一季度加快
					base, joint = trimChange(base)+"增速", ""
				}
				out[i].Metric = base + joint + orig[i]
			case !cmp && !dep[j] && orig[j] != "" && x.bareMetric(orig[j]) && relativeWord.MatchString(orig[i]) && j > 0 && out[j-1].Sentence == out[i].Sentence:
				continue // 住宅單位買賣有1,310個，按季減少320個，成交總值84.7億元: the total of the level before the change
			case !cmp && !dep[j] && orig[j] != "":
				base := orig[j]
				if conversion.MatchString(base) {
					base = out[j].Metric // (人均生产总值…，按年平均汇率折合14464美元，) 比上年增长5.5%
				}
				if trailingChange.MatchString(orig[i]) && trimChange(base) != base {
					base = trimChange(base) // GDP增长7.9%，其中第三季度增长8.3%: GDP增长, not GDP增长增长
				}
				out[i].Metric = base + metricJoint(orig[i]) + orig[i]
			default:
				continue
			}
			x.classify(&out[i])
			if cmp && out[i].Unit == "个百分点" {
				// A difference (高于全省0.8个百分点) is not the indicator itself;
				// a rate compared (高于市场预期的3%) still is one.
				out[i].Indicator = ""
			}
			break
		}
		if out[i].Metric == orig[i] && x.bareMetric(orig[i]) {
			if !x.borrowAmount(out, orig, i) {
				para, _ := x.paragraphOf(out[i].Start)
				x.borrowBreakdownSubject(out, orig, i, para)
			}
		}
	}
	x.depositLoanPairs(out)
	x.restatements(out)
	x.priceCategories(out)
	x.breakdownHeads(out)
	x.fiscalFunctions(out)
	for i := range out {
		if m, ok := strings.CutSuffix(out[i].Metric, "或"); ok && utf8.RuneCountInString(m) >= 2 {
			out[i].Metric = m // 月增1萬5000人或0.13%: the change, in persons or as a rate
		}
		x.rewardAfter(&out[i])
	}
}

// rewardAfter ends the measure of an amount or a rate of money that a
// policy gives with the reward named right after it (每家给予20万元奖励,
// 分别一次性给予20万元、3万元的奖励, 按增量部分的1%给予奖励, 每人每月领取
// 6000元生活补助) when the measure does not name it yet.
func (x *extractor) rewardAfter(ind *data.Indicator) {
	if ind.Unit != "元" && ind.Unit != "%" || ind.End >= len(x.rs) {
		return
	}
	after := x.str(ind.End, min(ind.End+16, len(x.rs)))
	if !strings.ContainsAny(after, "奖补资") {
		return
	}
	m := rewardNoun.FindStringSubmatch(after)
	if m == nil || ind.Unit == "%" && m[1] == "" || strings.Contains(ind.Metric, m[2]) {
		return
	}
	ind.Metric += m[2]
	x.classify(ind)
}

// rewardNoun is the reward a policy's amount is of, right after it: 奖励,
// 一次性奖励, 的安家补助, 购房补贴; for a rate, given by it (给予奖励).
var rewardNoun = mustQuickRe(`^(?:的)?(给予|一次性给予)?((?:一次性)?[^，,。；;、\s0-9]{0,5}?(?:奖励|补助|补贴|资助|奖补|奖金))`)

// pullSubject returns what added the points of a pull said after it
// (民间投资同比增长13.8%，…，拉动项目投资增长11.1个百分点: 民间投资): the
// subject of the first figure of its part of the sentence (up to a ；),
// without its measure and what is said of it; "" if none.
func (x *extractor) pullSubject(out []data.Indicator, i int) string {
	first := -1
	for j := i - 1; j >= 0 && out[j].Sentence == out[i].Sentence; j-- {
		if between := x.str(out[j].End, out[i].Start); strings.ContainsAny(between, "；;") || strings.Contains(between, "其中") {
			break // (固定资产投资同比增长3.1%，其中房地产开发投资…，拉动…: 房地产开发投资)
		}
		first = j
	}
	if first < 0 {
		return ""
	}
	if cs := x.clauseStart(out[i].Start, false); cs <= out[i-1].Start || strings.Contains(x.str(cs, out[i].Start), "分别") {
		return "" // (分别拉动经济增长0.8个、0.1个和1.3个百分点: the items of a list)
	}
	m := out[first].Metric
	if loc := pullPredicate.FindStringIndex(m); loc != nil {
		m = m[:loc[0]]
	}
	m = strings.TrimSuffix(strings.TrimSuffix(m, "增加值"), "的")
	if n := utf8.RuneCountInString(m); n < 2 || n > 16 || strings.ContainsAny(m, "0123456789") {
		return ""
	}
	return m
}

// pullPredicate is what a subject is said to do or be, after it (占, 对,
// 同比增长, 进一步活跃, 完成): the subject ends before it.
var pullPredicate = mustQuickRe(`[，,]|占|对|的?贡献率|同比|比上年|比去年|较|增长|下降|增速|进一步|快速|稳步|持续|实现|完成|达到|为|达|拉动`)

// fiscalFunctions names the spending of a budget's function said with
// only its rate (一般公共预算支出…其中，教育增速为23.0%，节能环保为223.2%) in
// a paragraph about spending: 教育支出, 节能环保支出.
func (x *extractor) fiscalFunctions(out []data.Indicator) {
	for i := range out {
		m := out[i].Metric
		if out[i].Unit != "%" {
			continue
		}
		fn := ""
		for _, f := range budgetFunctions {
			if strings.HasPrefix(m, f) {
				fn = f
				break
			}
		}
		if fn == "" {
			continue
		}
		if rest := strings.TrimPrefix(m, fn); strings.HasPrefix(rest, "等支出") {
			out[i].Metric = fn + strings.TrimPrefix(rest, "等") // 社会保障和就业等支出: the last of a list
			continue
		} else if strings.Contains(rest, "支出") {
			continue // 农林水事务支出: named whole
		}
		para, ok := x.paragraphOf(out[i].Start)
		if !ok || !strings.Contains(x.str(para.Start, out[i].Start), "支出") {
			continue
		}
		out[i].Metric = fn + "支出" + strings.TrimPrefix(m, fn)
		x.classify(&out[i])
		out[i].Indicator = "" // a function's, not the whole budget's
	}
}

// budgetFunctions are the functions of China's government budget
// (政府收支分类科目), as bulletins list their spending.
var budgetFunctions = []string{"一般公共服务", "公共安全", "教育", "科学技术", "文化旅游体育与传媒", "文化体育与传媒", "社会保障和就业", "卫生健康", "医疗卫生与计划生育", "医疗卫生",
	"节能环保", "城乡社区", "农林水", "交通运输", "住房保障", "资源勘探工业信息", "商业服务业", "灾害防治及应急管理", "粮油物资储备"}

// breakdownHeads gives the items of a breakdown by industry or ownership,
// said with only their change (规模以上工业增加值增长5.2%…其中，民营企业增长
// 2.6%，制造业增长4.3%), the measure of the figure the breakdown is of:
// 民营企业增加值增长, 制造业增加值增长.
func (x *extractor) breakdownHeads(out []data.Indicator) {
	for i := range out {
		if out[i].Unit != "%" {
			continue
		}
		m := breakdownItem.FindStringSubmatch(out[i].Metric)
		if m == nil || measureNoun.MatchString(m[1]) {
			continue
		}
		para, ok := x.paragraphOf(out[i].Start)
		if !ok {
			continue
		}
		for j := i - 1; j >= 0 && out[j].Start >= para.Start; j-- {
			if out[j].Unit != "%" {
				continue
			}
			if h := breakdownHead.FindString(trimChange(out[j].Metric)); h != "" {
				out[i].Metric = m[1] + h + m[2]
				x.classify(&out[i])
				out[i].Indicator = "" // a part's (炼焦工业增加值), not the region's whole
				break
			}
		}
	}
}

// breakdownItem is an industry or a kind of firm with only its change
// (民营企业增长, 电力、热力、燃气及水生产和供应业同比下降); breakdownHead the
// measure a breakdown's lead figure ends with.
var (
	breakdownItem = mustQuickRe(`^([^，,；;：:0-9]{1,30}?(?:[^产]业|企业|行业|经济))((?:同比)?(?:增长|下降|增加|减少|上涨|回落))$`)
	breakdownHead = mustQuickRe(`(增加值|总产值|主营业务收入|营业收入|利润总额|零售额|销售额)$`)
)

// priceCategories names the price a consumer-price category measures
// (居民消费价格…其中，食品烟酒下降2.1%, 衣着下降0.8% → 食品烟酒价格…; a
// table of 居民消费价格指数 rows → 食品烟酒价格指数) when the text about it
// says it is about prices.
func (x *extractor) priceCategories(out []data.Indicator) {
	for i := range out {
		m := out[i].Metric
		if strings.Contains(m, "价格") || out[i].Unit != "%" && out[i].Unit != "" && out[i].Unit != "点" {
			continue
		}
		cat := ""
		for _, c := range cpiCategories {
			if strings.HasPrefix(m, c) {
				cat = c
				break
			}
		}
		rest := strings.TrimPrefix(m, cat)
		if cat == "" || !categoryRest.MatchString(rest) {
			continue // 粮食总产量, 猪肉产量: no price
		}
		if strings.HasPrefix(rest, "类") {
			cat, rest = cat+"类", strings.TrimPrefix(rest, "类")
		}
		para, _ := x.paragraphOf(out[i].Start)
		from := max(0, min(para.Start, x.sentenceOf(out[i].Start).Start)-300)
		if !strings.Contains(x.str(from, out[i].Start), "价格") && !strings.Contains(x.str(from, out[i].Start), "價格") {
			continue
		}
		out[i].Metric = cat + "价格" + rest
	}
}

// categoryRest is what may follow a price category in its metric: its 类,
// 指数, and how it changed.
var categoryRest = mustQuickRe(`^类?(指数)?(同比|环比|比上年|较上年|按年)?(上涨|下降|上升|下跌|持平|增长|回落|则涨|则跌|涨|跌)?$`)

// cpiCategories are the eight categories of China's consumer prices, and
// the food items its releases name.
var cpiCategories = []string{"食品烟酒", "衣着", "居住", "生活用品及服务", "交通通信", "交通和通信", "教育文化娱乐", "教育文化和娱乐", "医疗保健", "其他用品及服务", "其他用品和服务",
	"粮食", "鲜菜", "鲜果", "畜肉", "猪肉", "牛肉", "羊肉", "禽肉", "水产品", "蛋类", "食用油"}

// restatements gives a figure written in brackets right after another, in
// other units (粮食播种面积118969千公顷（178453万亩）, 13908亿斤 after
// 69541万吨), what it restates: the same metric, period and status.
func (x *extractor) restatements(out []data.Indicator) {
	for i := 1; i < len(out); i++ {
		p, f := &out[i-1], &out[i]
		if f.Start != p.End+1 || f.End >= len(x.rs) || !strings.ContainsRune("(（", x.rs[p.End]) || !strings.ContainsRune(")）", x.rs[f.End]) {
			continue
		}
		if p.Unit == f.Unit || rateUnit(p.Unit) || rateUnit(f.Unit) {
			continue // 增长5%（4.8%）, 3.2亿元（3.1亿元）: another figure, not a conversion
		}
		f.Metric, f.Indicator, f.Theme = p.Metric, p.Indicator, p.Theme
		f.Period, f.PeriodStart, f.PeriodEnd, f.PeriodKind = p.Period, p.PeriodStart, p.PeriodEnd, p.PeriodKind
		f.Status, f.Target = p.Status, p.Target
		if p.Indicator != "" {
			x.classify(f) // the canonical indicator's unit may not be this one
		}
	}
}

// rateUnit reports a unit of a rate or a share.
func rateUnit(u string) bool { return u == "%" || u == "个百分点" || u == "‰" || u == "倍" }

// milestone is the metric of a mark a level passed (首次突破2000亿元大关 →
// 首次大关, 跃上千亿元新台阶 → 新台阶).
var milestone = mustQuickRe(`^(首次|正式|成功|一举|率先|历史性|顺利)?(突破|跨越|迈上|跃上|站上|越过|迈过|冲破)?(新)?(大关|台阶|关口)$`)

// itemBefore returns the item of the last figure before out[i] in its
// sentence that is no change of another: the words before the measure its
// metric ends with (小麦种植面积 → 小麦), or the whole metric of a count of
// units (个体工商户 of 6.49万户); "" if there is none.
func (x *extractor) itemBefore(out []data.Indicator, orig []string, dep []bool, i int) string {
	for j := i - 1; j >= 0 && (out[j].Sentence == out[i].Sentence || !strings.ContainsAny(x.str(out[j].End, out[i].Start), "。！？!?\n")); j-- {
		// (within the sentence's ；-parts: 粮食种植面积…；单产…；总产量…)
		if dep[j] || orig[j] == "" || itemMeasure.MatchString(orig[j]) {
			continue // (单产 of the same item)
		}
		if strings.ContainsAny(orig[j], "，,；;") {
			return ""
		}
		if loc := measureTail.FindStringIndex(orig[j]); loc != nil {
			if loc[0] == 0 {
				return ""
			}
			return orig[j][:loc[0]]
		}
		if unitCounts[out[j].Unit] && !x.bareMetric(orig[j]) && utf8.RuneCountInString(orig[j]) <= 8 {
			return orig[j]
		}
		return ""
	}
	return ""
}

// unitCounts are the units that count the units of an economy (户, 家).
var unitCounts = map[string]bool{"户": true, "家": true}

// itemMeasure is a measure named without its item, after a figure of the
// item (…播种面积13.25千公顷，总产量2.02万吨); measureTail the measure that
// figure's metric ends with, after its item.
var (
	itemMeasure = mustQuickRe(`^(?:[，,]?(?:其中)?)?((?:总)?(?:产量|产值|播种面积|种植面积|面积|出栏|存栏|销售额|户数)|单产|亩产|注册资金|从业人员)$`)
	measureTail = mustQuickRe(`(?:总)?(?:产量|产值|播种面积|种植面积|收获面积|采收面积|面积|出栏|存栏|销售额|人口数|人口)$`)
)

// rankMeasure returns the measure of the ranking that the i-th figure
// goes on with (其次为新竹县): the metric of the ranking's first figure in
// its sentence, less its superlative and the place it names; "" if none.
func (x *extractor) rankMeasure(out []data.Indicator, orig []string, i int) string {
	for j := i - 1; j >= 0 && out[j].Sentence == out[i].Sentence; j-- {
		if rankNext.MatchString(orig[j]) || out[j].Unit != out[i].Unit {
			continue
		}
		loc := rankTop.FindStringIndex(orig[j])
		switch {
		case loc == nil && rankWord.MatchString(x.str(x.clauseStart(out[j].Start, true), out[j].Start)):
			return orig[j] // 人口减少 (最多为金门县, the place already left out)
		case loc == nil || loc[0] == 0:
			return "" // 以美国284.5亿美元为首，其次是东协: the item is the measure
		}
		return orig[j][:loc[0]]
	}
	return ""
}

// rankSuperlative opens a ranking (最高者, 最多的); rankTop is it and what
// follows it (最高者为桃园市, 最多的是金门县), rankWord it with its verb.
const rankSuperlative = `(最高|最多|最快|最大|最低|最少|最慢|最小)(的)?(者|是)?`

var (
	rankTop  = mustQuickRe(rankSuperlative + `(为|是)?.*$`)
	rankWord = mustQuickRe(rankSuperlative + `(为|是)`)
)

// depositLoanPairs names the two figures of a pair said of deposits and
// loans at once (金融机构年末存、贷款余额达152.56亿元、121.02亿元，分别增长
// 21.31%、18.03%; 本外币存贷款余额1164.68亿元和1165.28亿元): the first the
// deposits', the second the loans'.
func (x *extractor) depositLoanPairs(out []data.Indicator) {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		if a.Sentence != b.Sentence || a.Unit != b.Unit || a.Metric != b.Metric {
			continue
		}
		w := ""
		for _, c := range []string{"存、贷款", "存贷款"} {
			if strings.Contains(a.Metric, c) {
				w = c
			}
		}
		if w == "" || i+2 < len(out) && out[i+2].Sentence == a.Sentence && out[i+2].Unit == a.Unit && out[i+2].Metric == a.Metric {
			continue
		}
		a.Metric = strings.Replace(a.Metric, w, "存款", 1)
		b.Metric = strings.Replace(b.Metric, w, "贷款", 1)
		x.classify(a)
		x.classify(b)
		i++
	}
}

// borrowAmount gives an amount with a bare change word for its metric
// (其次是仪陇县，增加了16.93亿元) the measure of the amount in the same unit
// before it in its paragraph (顺庆区…GDP较2023年增加了24.76亿元；), if any.
// Rates are left alone: a bare rate after another is as often a new one.
func (x *extractor) borrowAmount(out []data.Indicator, orig []string, i int) bool {
	if out[i].Unit == "%" || out[i].Unit == "个百分点" || out[i].Unit == "倍" || out[i].Unit == "" {
		return false
	}
	para, _ := x.paragraphOf(out[i].Start)
	for j := i - 1; j >= 0 && out[j].Start >= para.Start && para.End > para.Start; j-- {
		if out[j].Unit != out[i].Unit || x.bareMetric(orig[j]) {
			continue
		}
		out[i].Metric = out[j].Metric
		x.classify(&out[i])
		return true
	}
	return false
}

// conversion is the metric of a figure that restates the one before it
// in another currency (按2018年平均汇率计算为, 折合).
var conversion = mustQuickRe(`^(按|以)[^，,；;]{0,12}汇率(计算|折算|折合|折)?[，,]?(为|折合)?(约)?$|^(约)?折合(约)?$`)

// urbanRuralPairs splits a pair of levels said of 城乡 with no 分别
// (城乡居民人均可支配收入达27732元、16695元): urban, then rural, as the
// 分别 list of respectively does.
func (x *extractor) urbanRuralPairs(out []data.Indicator) {
	for i := 0; i+1 < len(out); i++ {
		a, b := &out[i], &out[i+1]
		if a.Metric != b.Metric || a.Unit != b.Unit || a.Sentence != b.Sentence || !strings.Contains(a.Metric, "城乡") || !listItemJoint(x.str(a.End, b.Start)) {
			continue
		}
		if i+2 < len(out) && out[i+2].Metric == a.Metric && listItemJoint(x.str(b.End, out[i+2].Start)) {
			continue // three or more: no pair
		}
		a.Metric = strings.Replace(a.Metric, "城乡", "城镇", 1)
		b.Metric = strings.Replace(b.Metric, "城乡", "农村", 1)
		x.classify(a)
		x.classify(b)
		i++
	}
	for i := 0; i+1 < len(out); i++ {
		// 总体失业率及本地居民失业率继续维持在1.7%及2.3%: two measures, two
		// figures, in their order
		a, b := &out[i], &out[i+1]
		if a.Metric != b.Metric || a.Unit != b.Unit || a.Sentence != b.Sentence || !listItemJoint(x.str(a.End, b.Start)) {
			continue
		}
		if i+2 < len(out) && out[i+2].Metric == a.Metric || i > 0 && out[i-1].Metric == a.Metric {
			continue
		}
		m := pairedMeasures.FindStringSubmatch(a.Metric)
		if m == nil || m[1] == m[2] {
			continue
		}
		a.Metric, b.Metric = m[1]+m[3], m[2]+m[3]
		x.classify(a)
		x.classify(b)
		i++
	}
}

// pairedMeasures is two measures joined by 及, 和 or 与, each ending in a
// word of measure, with what is said of both after them (总体失业率及本地
// 居民失业率继续维持在).
var pairedMeasures = mustQuickRe(`^([^，,、及和与]{2,16}?(?:率|额|量|值|数|指数|收入|支出|产值|人口))(?:及|和|与)([^，,、及和与]{2,16}?(?:率|额|量|值|数|指数|收入|支出|产值|人口))([^，,、及和与]{0,10})$`)

// pairedList gives the k-th figure of a list of rates said of the figures
// before it (第一产业增加值23.70亿元，第二产业增加值353.96亿元，第三产业增加值
// 497.48亿元，增速依次为4.4%、4.8%、6.0%) the k-th of their measures.
func (x *extractor) pairedList(out []data.Indicator, orig []string, i int) bool {
	if !pairedRates.MatchString(orig[i]) {
		return false
	}
	first := i
	for first > 0 && out[first-1].Sentence == out[i].Sentence && orig[first-1] == orig[i] {
		first--
	}
	last := i
	for last+1 < len(out) && out[last+1].Sentence == out[i].Sentence && orig[last+1] == orig[i] {
		last++
	}
	n := last - first + 1
	if n < 2 || first-n < 0 || out[first-n].Sentence != out[i].Sentence {
		return false
	}
	for k := first; k < last; k++ {
		if !listItemJoint(x.str(out[k].End, out[k+1].Start)) {
			return false // 增长5%；…，增长6%: rates of their own clauses
		}
	}
	seen := map[string]bool{}
	for j := first - n; j < first; j++ {
		// (levels in brackets, 就业人口（37.83万人）及本地就业居民（28.60万人）
		// 较上一期分别减少1,000人及1,300人: changes of the same unit)
		bracketed := out[j].Start > 0 && out[j].End < len(x.rs) && x.rs[out[j].Start-1] == '(' && x.rs[out[j].End] == ')'
		if x.bareMetric(orig[j]) || seen[orig[j]] || out[j].Unit == out[i].Unit && !bracketed {
			return false
		}
		seen[orig[j]] = true
	}
	j := first - n + (i - first)
	m := orig[j]
	if strings.HasSuffix(out[j].Metric, m) {
		m = out[j].Metric // 个体工商户6.49万户，注册资金90多亿元: 个体工商户注册资金
	}
	m = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(m, "为"), "达到"), "达")
	if out[i].Unit == "%" {
		m += "增速"
	} else {
		m += strings.Replace(strings.TrimLeft(orig[i], "，,"), "分别", "", 1) // 分别上升42.4及49.3个百分点: a change in points
	}
	out[i].Metric = m
	x.classify(&out[i])
	return true
}

// pairedRates: the metric of a list of rates paired with the figures
// before it.
var pairedRates = mustQuickRe(`^[，,]?(按年|同比|比上年|较上年|较上一期|较上期|比上期|较上月|比上月)?(增速|增幅|增长速度)?(分别|依次)(为|是|增长|上升|下降|增加|减少|提高|下跌)?$|^[，,]?(按年|同比|比上年|较上年)?(增长|上升|下降|增加|减少|提高|下跌)$`)

// conversionLead is a conversion said before a figure's own words
// (按年平均汇率折合，比上年增长).
var conversionLead = mustQuickRe(`^(按|以)[^，,；;]{0,12}汇率(计算|折算|折合|折)?(为|折合)?(约)?[，,]`)

// viewMeasure returns the measure a sentence opens by naming the view it
// takes, or its paragraph opens with (从人均GDP上看，… → 人均GDP; 从GDP总量看
// → GDP总量), "" if none.
func (x *extractor) viewMeasure(at int) string {
	start := x.sentenceOf(at).Start
	if p, ok := x.paragraphOf(at); ok && p.Start < start {
		start = p.Start // 从人均GDP上看，…：顺庆区，人均6.59万元；南部县，人均6.01万元
	}
	if start >= len(x.rs) || x.rs[start] != '从' {
		return ""
	}
	m := viewOfMeasure.FindStringSubmatch(x.str(start, min(at, start+24)))
	if m == nil || !measureNoun.MatchString(m[1]) || breakdownNoun.MatchString(m[1]) {
		return "" // 从全国看, 从三次产业看: a breakdown, no measure
	}
	return m[1]
}

// measureNoun and breakdownNoun tell a measure (GDP总量, 人均GDP) from the
// parts a breakdown goes through (全国, 各县(市、区), 三次产业, 消费结构).
var (
	measureNoun   = mustQuickRe(`GDP|生产总值|增加值|总量|增量|增长量|人均|收入|产值|投资|零售额|利润|税收|支出|产量`)
	breakdownNoun = mustQuickRe(`结构|产业|行业|区域|地区|全国|全省|全市|各|县|区|门类|类别|项目`)
)

// viewOfMeasure is a measure named as the view a sentence takes.
var viewOfMeasure = mustQuickRe(`^从([^，,。；;：:]{2,10}?)(上|方面)?来?看[，,]`)

// viewMarker opens a breakdown (分县(市)区看, 从行业来看, 分产业看).
var viewMarker = mustQuickRe(`^(分|从|按)[^，,。；;]{1,8}?(来)?看[，,]?`)

// withoutQuoted drops the short quoted names of s (“生活补贴计划”): what
// quotedName.ReplaceAllString(s, "") returns, found by hand (the engine's
// machine cost more than the rest of a figure's plan tests).
func withoutQuoted(s string) string {
	i := strings.Index(s, "“")
	if i < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i >= 0 {
		next := i + len("“")
		if e := quotedEnd(s, next); e >= 0 {
			b.WriteString(s[last:i])
			last, next = e, e
		}
		j := strings.Index(s[next:], "“")
		if j < 0 {
			break
		}
		i = next + j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// quotedEnd returns the end of a quoted name whose text starts at byte i
// of s (after its “): one to 16 runes and ”, as quotedName matches (a
// broken byte is a rune, as the engine reads it); -1 when there is none.
func quotedEnd(s string, i int) int {
	for n := 0; i < len(s); n++ {
		if strings.HasPrefix(s[i:], "”") {
			if n == 0 {
				return -1
			}
			return i + len("”")
		}
		if n == 16 {
			return -1
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return -1
}

// quotedName is a short quoted name; withoutQuoted finds its matches by hand.
var quotedName = regexp.MustCompile(`“[^”]{1,16}”`)

// trimChange drops a trailing change (同比下降, 比上年增长) from a metric.
func trimChange(m string) string {
	if loc := trailingChange.FindStringIndex(m); loc != nil && loc[0] > 0 {
		return strings.TrimRight(m[:loc[0]], "，,")
	}
	return m
}

var trailingChange = mustQuickRe(`[，,]?(同比|比上年|较上年|比去年)?(增长|下降|增加|减少|提高|回落|上升|[下续回]跌|[微回]升|上涨)$`)

// thinMetric reports a metric too thin to stand alone: a bare or
// dependent one, or a bare amount (投资, 资金, 累计完成投资).
func (x *extractor) thinMetric(m string) bool {
	return x.bareMetric(m) || dependent(m) || thinAmount.MatchString(m)
}

// bullets open the points of a list (‧二零一八年第二季，…).
const bullets = "‧•·●◆■▪ "

var thinAmount = mustQuickRe(`^(累计)?(完成|实现)?(投资|资金|收入|总额|金额)$`)

// leadSubject returns the subject of its sentence's opening clause when the
// figure at at sits in a later clause and that opening clause has no figure
// of its own (固定资产投资保持强劲增势，累计完成投资202.3亿元 → 固定资产投资):
// the clause up to its first word of state or change, less places and
// scope words; "" if none.
func (x *extractor) leadSubject(at int) string {
	sent := x.sentenceOf(at)
	start, end := sent.Start, x.clauseEnd(sent.Start, false)
	for end < x.clauseStart(at, false) && (onlyPeriod(strings.TrimLeft(x.str(start, end), bullets)) || attribution.MatchString(x.str(start, end))) {
		start, end = end+1, x.clauseEnd(end+1, false) // 今年上半年，我市…; 据香港中通社报道，…
	}
	if end >= x.clauseStart(at, false) || end <= start {
		return ""
	}
	lead := x.stripPhrase(start, end)
	if loc := released.FindStringIndex(lead); loc != nil && loc[1] < len(lead) {
		lead = lead[loc[1]:] // 旅发局2月28日公布1月整体访港旅客数字: what was released
	}
	if loc := stateWords.FindStringIndex(lead); loc != nil {
		lead = lead[:loc[0]]
	}
	lead = cleanPhrase(strings.TrimLeft(lead, "我本全该市区县省"))
	if utf8.RuneCountInString(lead) < 2 || strings.ContainsAny(lead, "0123456789") {
		return ""
	}
	return lead
}

// attribution is a sentence's opening clause that only says where its
// figures come from (据香港中通社报道, 记者从市统计局获悉, 数据显示).
var attribution = mustQuickRe(`^(?:[^，,。；;]{0,16}[电讯][ 　]*)?(据|根据)[^，,。；;]{0,24}(报道|消息|统计|显示|了解)$|^(记者|本报记者)?从[^，,。；;]{0,24}(获悉|了解到)$|^(数据|统计)显示$|^据了解$`)

// released ends the words of a clause before what was released (…公布).
var released = mustQuickRe(`^.{0,40}?(公布|发布|公布了|发布了)`)

// onlyPeriod reports a clause that only names a period (今年上半年).
func onlyPeriod(s string) bool {
	s = strings.TrimSpace(s)
	if loc := periodScan.prefix(s); s == "" || loc != nil && loc[1] == len(s) {
		return true
	}
	// 一至五月全省…: a range of months in numerals, left to namedPeriods
	loc := namedPeriods.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

// stateWords end a subject at the start of a clause (固定资产投资保持…).
var stateWords = mustQuickRe(`保持|实现|呈现|继续|持续|稳步|运行|发展|增势|态势|势头|加快|提升|回升|向好|平稳|快速|较快|大幅|稳中`)

// borrowSubject gives a figure whose metric names nothing (上修, 增至,
// 年均增长, "") the subject of the last figure before it in its sentence
// that has one: 地区生产总值由2.83万亿元增至3.87万亿元，年均增长5.5% → 地区生产总值，年均增长.
func (x *extractor) borrowSubject(out []data.Indicator, orig []string, i int) {
	if subj := x.subjectOfClauseBefore(out, i); subj != "" {
		// 7大类中变动影响较大者也是食物类，涨4.86%；蛋类受供给减少影响，涨25.05%:
		// the noun the clause before names
		out[i].Metric = subj + out[i].Metric
		x.classify(&out[i])
		return
	}
	para, _ := x.paragraphOf(out[i].Start)
	for j := i - 1; j >= 0 && (out[j].Sentence == out[i].Sentence || out[j].Start >= para.Start && para.End > para.Start); j-- {
		if x.bareMetric(orig[j]) || out[j].Unit == "个百分点" && out[i].Unit != "个百分点" {
			continue
		}
		subject := orig[j]
		switch {
		case out[j].Unit == out[i].Unit:
			subject = out[j].Metric // 高于北京的5.4%: the same measure as the rate before
			if loc := periodBaseIn.FindStringIndex(subject); loc != nil && loc[0] > 0 && !comparison.MatchString(orig[i]) {
				// GDP增长比2019年同期增长9.3%，两年平均增长4.5%: GDP's, not the comparison's
				subject = trimChange(subject[:loc[0]])
			} else if trailingChange.MatchString(orig[i]) && !strings.HasSuffix(subject, orig[i]) {
				// 固定资产投资同比增长14.9%，两年平均增长4.7%: the measure, its change said anew
				subject = trimChange(subject)
			}
		case dependent(orig[j]):
			// 博彩税收达447.9亿元，较去年同期的267.9亿元增67.2%: the
			// measure the base was given, not its comparison
			subject = trimChange(out[j].Metric)
		default:
			if k := strings.Index(subject, "，"); k >= 0 {
				subject = subject[:k]
			}
		}
		if orig[i] == "" || strings.HasSuffix(subject, orig[i]) {
			out[i].Metric = subject // (PPI同比上涨2.3%，) 同比上涨: said once
		} else {
			out[i].Metric = subject + metricJoint(orig[i]) + orig[i]
		}
		x.classify(&out[i])
		if out[i].Unit == "个百分点" {
			out[i].Indicator = "" // a difference, not the indicator itself
		}
		return
	}
	x.borrowBreakdownSubject(out, orig, i, para)
}

// subjectOfClauseBefore returns, for a change said with its verb alone
// (涨4.86%, 上涨5.75%) opening its clause, the subject of the clause right
// before it in its sentence, which holds no figure: the noun after its last
// 是 or 为 (…较大者也是食物类), else the words before what it says of it
// (蛋类受供给减少影响, 肉类亦因饲养成本提高); "" if none of one to eight runes.
func (x *extractor) subjectOfClauseBefore(out []data.Indicator, i int) string {
	if out[i].Unit != "%" || !bareVerb.MatchString(strings.TrimSpace(out[i].Metric)) {
		return ""
	}
	cs := x.clauseStart(out[i].Start, false)
	if strings.TrimSpace(x.str(cs, out[i].Start)) != strings.TrimSpace(out[i].Metric) || cs == 0 {
		return ""
	}
	sent := x.sentenceOf(out[i].Start)
	if cs <= sent.Start {
		return ""
	}
	prev := x.clauseStart(cs-1, false)
	if i > 0 && out[i-1].Sentence == out[i].Sentence && out[i-1].End > prev {
		return "" // the clause before has a figure: its measure is borrowed as usual
	}
	words := strings.TrimRight(x.str(prev, cs), "，,；;：: ")
	if k := strings.LastIndexAny(words, "是为"); k >= 0 {
		words = words[k+len("是"):]
	} else if loc := subjectEnds.FindStringIndex(words); loc != nil {
		words = words[:loc[0]]
	} else {
		return ""
	}
	if n := utf8.RuneCountInString(words); n < 1 || n > 8 || strings.ContainsAny(words, "0123456789") {
		return ""
	}
	return words
}

var (
	// bareVerb is a change said with its verb alone.
	bareVerb = mustQuickRe(`^(上涨|下跌|涨|跌|增长|下降|上升|增|减)$`)
	// subjectEnds ends a subject before what is said of it.
	subjectEnds = mustQuickRe(`(亦|也|均)?(受|因|由于|随着)`)
)

// borrowBreakdownSubject gives a rate of a breakdown by region that names
// no measure (分县区看，古塔区、松山新区分别增长27.5%、21.8%) the measure of a
// rate of the paragraph before: the one its headline names, else the first
// (地区生产总值…增长4.4%, not the sector rates after it).
func (x *extractor) borrowBreakdownSubject(out []data.Indicator, orig []string, i int, para data.Paragraph) {
	if out[i].Unit != "%" || len(out[i].Regions) > 0 || para.End <= para.Start {
		return
	}
	if out[i].Region == "" || out[i].Region == x.storyRegion {
		return // a breakdown names its parts
	}
	prev, ok := x.paragraphOf(para.Start - 2)
	if !ok {
		return
	}
	pick := -1
	for j := 0; j < i; j++ {
		if out[j].Start < prev.Start || out[j].Unit != "%" || out[j].Indicator == "" {
			continue
		}
		if pick < 0 || strings.Contains(x.a.Title, out[j].Raw) {
			pick = j
		}
	}
	if pick < 0 {
		return
	}
	out[i].Metric = trimChange(out[pick].Metric) + "，" + orig[i]
	x.classify(&out[i])
}

// bareWords say how a figure changed or stands, never what it measures.
var bareWords = strings.NewReplacer(pairs(
	"年增率", "年减率", "增率", "同比", "环比", "与上年同期比较", "与上年同期相比", "与去年同期比较", "与去年同期相比", "继", "而", "在", "按年", "按月", "按季", "实质", "名义", "上升", "升幅", "涨幅", "增幅", "降幅", "跌幅", "相当于",
	"比上年同期", "较上年同期", "比上年同月", "较上年同月", "比去年同月", "较去年同月", "比上年", "较上年", "比去年同期", "比去年", "较去年",
	"较上月", "比上月", "经调整季节变动因素后", "经季节调整后", "年均", "平均", "累计", "分别",
	"大幅", "明显", "进一步", "继续", "上修", "下修", "上调", "下调", "上涨", "下跌", "增长", "下降", "增加", "减少",
	"提高", "提升", "回落", "回升", "跃升", "增至", "升至", "降至", "减至", "达到", "预测", "预计", "初步",
	"初步核算值", "核算值", "增长速度", "按可比口径计算", "可比", "口径", "增产", "减产", "依次", "负增长", "增速", "扩张", "收缩", "萎缩", "录得", "稳健", "扣除价格因素", "按可比价格计算", "按可比价计算", "按不变价格计算", "按不变价计算", "按现价计算", "实际",
	"第", "首", "末", "升", "跌", "达", "为", "是", "至", "到", "由", "从", "则", "的", "了", "约", "年", "月", "季", "度")...)

// pairs returns each word with "" after it, for strings.NewReplacer.
func pairs(words ...string) []string {
	out := make([]string, 0, 2*len(words))
	for _, w := range words {
		out = append(out, w, "")
	}
	return out
}

// bareMetric reports a metric that names nothing measured: change words,
// periods and punctuation only (同比增长, 上修, 增至2025年的, "").
func (x *extractor) bareMetric(m string) bool {
	if bare, ok := x.bare[m]; ok {
		return bare
	}
	bare := x.isBareMetric(m)
	if x.bare == nil {
		x.bare = map[string]bool{}
	}
	x.bare[m] = bare
	return bare
}

// isBareMetric is bareMetric, computed.
func (x *extractor) isBareMetric(m string) bool {
	if periodGuard.MatchString(m) {
		m = periodScan.removeAll(m) // 到上半年, 再到全年: periods name no measure
	}
	rest := bareWords.Replace(m)
	n, caps := 0, 0
	for _, r := range rest {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
		case r >= 'A' && r <= 'Z':
			caps++
		}
	}
	if n < 2 && caps < 2 { // GDP, CPI name a measure
		return true
	}
	_, isRegion := x.g.Lookup(rest) // (北京的5.4%、) 广州的4%: a place names no measure
	return isRegion
}

// dependent reports a metric that needs the one before it.
func dependent(m string) bool {
	return comparison.MatchString(m) || comparedTo.MatchString(m) || relativeWord.MatchString(m)
}

// comparedTo opens a change measured against a base written before it
// (相较10月再减少, 与去年同月比较减少): the change of the figure before.
var comparedTo = mustQuickRe(`^(相较|相比|较之)|^(与|和|同|跟)[^，,。；;]{1,10}(相比|比较)|^(同月|同期)(相比|比较)`)

// isTarget reports a goal: a target word in the figure's clause or in the
// figure-less clause before it (年内将完成A扩建，新建学校12处), or a goal verb earlier in its
// sentence (力争A增长8%，B1万人以上), unless the clause reports a goal reached
// (完成全年目标任务的92%).
func (x *extractor) isTarget(figs []figure, i int) bool {
	f := figs[i]
	s, e := x.clauseStart(f.n.Start, false), x.clauseEnd(f.end, false)
	// A bracket closing right after the figure does not end its clause.
	if e < len(x.rs) && x.rs[e] == ')' {
		e = x.clauseEnd(e+1, false)
	}
	clause := withoutQuoted(x.str(s, e)) // “生活补贴计划”: a name, no plan
	if goalInBrackets.MatchString(x.str(max(0, f.n.Start-8), f.n.Start)) {
		return true // 完成全年目标（70万人）的72.34%: the bracket gives the goal
	}
	if achieved.MatchString(clause) {
		return false
	}
	if securedFunds.MatchString(clause) && !hasAnyWord(clause, "力争", "目标", "计划", "确保") {
		return false // 争取60.4亿元政策资金创历史新高, 争取上级资金5亿元: funds secured, no goal
	}
	if targetWords.MatchString(clause) || x.futureYear(f.n.Start) || mustReach.MatchString(x.str(s, f.n.Start)) {
		return true
	}
	if x.inGoalList(f.n.Start) {
		return true
	}
	sent := x.sentenceOf(f.n.Start)
	if x.breakdownOfPlan(sent) || x.bulletedGoal(f.n.Start) {
		return true
	}
	if sent.Start >= s {
		return false
	}
	ps := max(x.clauseStart(s-1, false), sent.Start)
	prev := x.str(ps, s-1)
	// The clause before carries its plan over only when it has no figure of
	// its own (年内将完成A扩建，新建学校12处), not after one (年底将完成改造300家，
	// 改造后成本下降20%).
	prevFigure := i > 0 && figs[i-1].n.Start >= ps
	pre := x.str(sent.Start, s)
	if strings.Contains(pre, "争取") {
		pre = securedFundsRe.ReplaceAllString(pre, "") // (争取60.4亿元政策资金创历史新高，…: funds secured, no goal for what follows)
	}
	return goalScope.MatchString(pre) || planSays.MatchString(pre) ||
		!prevFigure && targetWords.MatchString(prev) && !achieved.MatchString(prev)
}

// breakdownOfPlan reports a sentence that opens with 其中 after one that
// names a plan before its first figure (今年，全县计划实施重点项目82项…。
// 其中：新建项目52项…): the plan's parts are planned too.
func (x *extractor) breakdownOfPlan(sent data.Span) bool {
	if !strings.HasPrefix(strings.TrimLeft(x.str(sent.Start, min(sent.End, sent.Start+4)), " \t"), "其中") {
		return false
	}
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].End > sent.Start })
	if k == 0 {
		return false
	}
	prev := x.str(x.sents[k-1].Start, x.sents[k-1].End)
	if i := strings.IndexAny(prev, "0123456789"); i >= 0 {
		prev = prev[:i]
	}
	return (targetWords.MatchString(prev) || goalScope.MatchString(prev)) && !achieved.MatchString(prev)
}

// bulletedGoal reports a figure in a bulleted paragraph (◆地区生产总值增长5%；)
// of a run of such paragraphs under one that introduces goals (今年…的主要
// 预期目标是：): a goal of the list.
func (x *extractor) bulletedGoal(at int) bool {
	ps := x.a.Paragraphs
	k, ok := x.paragraphIndex(at)
	if !ok || !x.bulleted(ps[k]) {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 20; j-- {
		if x.bulleted(ps[j]) {
			continue
		}
		intro := strings.TrimSpace(x.str(ps[j].Start, ps[j].End))
		return (strings.HasSuffix(intro, "：") || strings.HasSuffix(intro, ":")) && goalIntro.MatchString(intro)
	}
	return false
}

// bulleted reports a paragraph that opens with a bullet mark.
func (x *extractor) bulleted(p data.Paragraph) bool {
	return p.End > p.Start && strings.ContainsRune("◆●■▲•★☆◇○□▶►", x.rs[p.Start])
}

// goalIntro: a paragraph that introduces a list of goals.
var goalIntro = mustMatcher(`目标|任务|预期|计划`)

// mustReach: a level a plan says is to be reached (利用率要稳定在95%以上,
// 要达到90%以上).
var mustReach = mustQuickRe(`(^|[^需重主只])要(稳定在|保持在|控制在|达到|实现|突破|提高到|提升到|提高至|提升至)$`)

// planSays opens a sentence that gives what a plan lays down (《方案》明确，
// 2021年全省秸秆综合利用率达到91%以上).
var planSays = mustQuickRe(`^《[^》]{0,40}(方案|规划|计划|意见|纲要|要点|行动|措施|通知|办法)》(中)?(明确|提出|要求|规定|确定|指出)|^(今年|全年|年内)?(计划|拟)(新建|建设|实施|完成|改造|新增|开工|投资|大修|安排)`)

// (计划新建道路8条、大修道路2条、改造巷道18条，总面积9万平方米: a sentence
// that opens with its plan is planned to its end)

// goalInBrackets ends the words before a goal written in brackets after
// its name: 全年目标（, 目标任务(.
var goalInBrackets = mustQuickRe(`(目标|任务|计划)(任务)?\($`)

// yearGoalInBrackets is goalInBrackets after 全年 or 年度: the goal is the
// year's, whatever period the sentence's result covers.
var yearGoalInBrackets = mustQuickRe(`(全年|年度)(目标|任务|计划)(任务)?\($`)

// goalList opens a list of goals or tasks: 主要预期目标是：…; 重点抓好以下工作。
var (
	goalList   = mustQuickRe(`目标(任务)?(是|为)?[:：]`)
	planIntro  = mustQuickRe(`(抓好|做好|落实|推进|突出|实施)(以下|如下)(几|[一二三四五六七八九十]+)?(个)?(方面|项)?(重点)?(工作|任务|举措|措施)|^下一步|^下阶段`)
	pastInPlan = mustMatcher(`已|去年|上年|过去`)
)

// inGoalList reports a figure in a list of goals: after 目标是： in its
// sentence or in the ；-joined sentences before it, or in a paragraph that
// opens by announcing the work ahead (重点抓好以下工作。一是…; 下一步，…),
// where every figure is a plan unless it is an estimate or says it is done
// already (已, 去年).
func (x *extractor) inGoalList(at int) bool {
	sent := x.sentenceOf(at)
	start := sent.Start
	for start > 0 && strings.ContainsRune("；;", x.rs[start-1]) {
		start = x.sentenceOf(start - 1).Start
	}
	if goalList.MatchString(x.str(start, at)) {
		return true
	}
	p, ok := x.paragraphOf(at)
	if !ok || x.isEstimate(sent, at) || pastInPlan.MatchString(x.str(sent.Start, at)) {
		return false
	}
	intro := x.sentenceOf(p.Start)
	return planIntro.MatchString(x.str(intro.Start, min(intro.End, at)))
}

// byYear is a deadline year: 到2025年, 至2025年底.
var byYear = mustQuickRe(`(到|至|于)([0-9]{4})年`)

// futureYear reports a figure after a deadline year later than the story's
// (到2025年，占比提高到15%以上): a goal.
func (x *extractor) futureYear(at int) bool {
	sent := x.sentenceOf(at)
	for _, m := range byYear.FindAllStringSubmatch(x.str(sent.Start, at), -1) {
		if y, err := strconv.Atoi(m[2]); err == nil && x.a.Year > 0 && y > x.a.Year {
			return true
		}
	}
	return false
}

// isEstimate reports an estimate word before the figure in its sentence.
// A figure's status asks twice (in inGoalList, then itself): the last
// answer is kept (lastEstimate).
func (x *extractor) isEstimate(sent data.Span, at int) bool {
	c := &x.lastEstimate
	if c.set && c.at == at && c.sent == sent {
		return c.is
	}
	is := x.estimateBefore(sent, at)
	*c = estimateAnswer{sent: sent, at: at, is: is, set: true}
	return is
}

// An estimateAnswer is an answer of isEstimate.
type estimateAnswer struct {
	sent    data.Span
	at      int
	is, set bool
}

// estimateBefore is isEstimate, worked out.
func (x *extractor) estimateBefore(sent data.Span, at int) bool {
	if x.estimateBelow(at) {
		return true // 全年地区生产总值预计（下同）突破百亿元: every figure after it
	}
	cur := sent
	for k := 0; k < 16; k++ {
		// 预计完成地区生产总值90.82亿元，增长8%；固定资产投资34亿元…: the
		// estimate word of a list carries over its ；-joined parts
		prev, ok := x.continued(cur)
		if !ok {
			prev, ok = x.dashItemBefore(cur)
		}
		if !ok {
			break
		}
		if !x.endsWithSemicolon(prev) {
			if x.estimateListBefore(prev, cur, at) {
				return true
			}
			break
		}
		cur = prev
	}
	before := x.str(cur.Start, at)
	if !estimateRe.MatchString(before) {
		return false
	}
	if locs := estimateWordAt.FindAllStringIndex(before, -1); len(locs) > 0 {
		last := locs[len(locs)-1]
		after := before[last[1]:]
		switch {
		case ownEstimate.MatchString(after):
			// 预测的2.91%: that figure's own estimate, unless a release's
			// (临时估计为352亿元)
			return !releaseEstimate.MatchString(before[max(0, last[0]-6):last[1]])
		case estimateOfFigure.MatchString(after) && strings.ContainsAny(after, "，,"):
			return false // 8月预测的2.91%，上修4.73个百分点: a later clause's figure
		case estimateAsBase.MatchString(before[:last[0]]):
			return false // 比原预测高出7.39个百分点: a result measured against a forecast
		}
	}
	if releaseEstimate.MatchString(before) {
		return false
	}
	if cur == sent {
		// 地区生产总值预计同比增长6%左右，固定资产投资同比增长3%: an estimate
		// word said of one measure in an earlier clause stays with it.
		locs := estimateWordAt.FindAllStringIndex(before, -1)
		last := locs[len(locs)-1]
		k := strings.LastIndexAny(before, "，,")
		if k < last[1] || strings.IndexAny(before[last[1]:], "，,") == 0 || !saidOfOneMeasure(before[:last[0]]) {
			return true // in this clause, opening the sentence (预测，…), or of no measure
		}
		own := strings.TrimLeft(before[k+1:], " ")
		own = strings.TrimPrefix(strings.TrimPrefix(own, "其中"), "同时")
		return utf8.RuneCountInString(own) < 4 || changeFirst.MatchString(own) // 同比增长8.5%: the same measure's
	}
	// An estimate word said of one measure (地区生产总值预计达到478亿元；
	// 一般公共预算收入完成36.7亿元) stays with its part; one opening the
	// list (预计完成地区生产总值…；固定资产投资…) carries over.
	own := x.str(sent.Start, at)
	if estimateRe.MatchString(own) {
		return !releaseEstimate.MatchString(own)
	}
	part := x.str(cur.Start, cur.End)
	loc := estimateWordAt.FindStringIndex(part)
	if loc == nil {
		return true
	}
	return !saidOfOneMeasure(part[:loc[0]])
}

// estimateListBefore reports a sentence of a work report's review that
// follows, in its paragraph, a list of figures joined by ； that 预计 opens
// (预计全年实现地区生产总值78.5亿元，增长6.3%；全社会固定资产投资增长16%；…。
// 城镇、农村常住居民人均可支配收入29973元、11206元…): the estimate goes on
// to the paragraph's next sentence unless that says what is done already.
func (x *extractor) estimateListBefore(prev, sent data.Span, at int) bool {
	if !x.reportOpening() {
		return false
	}
	first := prev // the list's first part: parts joined by ； are sentences of their own
	for k := 0; k < 16; k++ {
		p, ok := x.continued(first)
		if !ok || !x.endsWithSemicolon(p) {
			break
		}
		first = p
	}
	text := x.str(first.Start, prev.End)
	loc := estimateWordAt.FindStringIndex(text)
	if loc == nil || strings.Count(text[loc[1]:], "；")+strings.Count(text[loc[1]:], ";") < 2 || strings.ContainsAny(text[loc[1]:], "。") && !strings.HasSuffix(strings.TrimSpace(text), "。") {
		return false
	}
	if strings.TrimSpace(text[:loc[0]]) != "" {
		return false // 预计 opens the list's first part, or it is said of one part only
	}
	return !doneMarks.MatchString(x.str(sent.Start, at))
}

// doneMarks says that what follows is done already, not estimated.
var doneMarks = mustMatcher(`已|目前|截至|截止|实际`)

// dashItemBefore returns the sentence before sent when both open lines of
// a list marked with dashes (——预计全市地区生产总值实现2482.5亿元…；/
// ——全社会固定资产投资完成1790.3亿元…；): one list, its lines joined by ；.
func (x *extractor) dashItemBefore(sent data.Span) (data.Span, bool) {
	prev, ok := x.sentenceBefore(sent)
	if !ok {
		return data.Span{}, false
	}
	dash := func(s data.Span) bool {
		t := strings.TrimLeft(x.str(s.Start, min(s.End, s.Start+4)), " \t\n")
		return strings.HasPrefix(t, "—") || strings.HasPrefix(t, "-")
	}
	if strings.Count(x.str(prev.End, sent.Start), "\n") > 1 || !dash(sent) || !dash(prev) {
		return data.Span{}, false
	}
	return prev, true
}

// estimateBelow reports a figure after 预计（下同） in its paragraph or a
// later one of its story: the writer says once that all that follows is
// estimated.
func (x *extractor) estimateBelow(at int) bool {
	if !x.estimateSameBelowChecked {
		x.estimateSameBelowChecked = true
		if !strings.Contains(x.ns, "下同") {
			x.estimateSameBelowAt = -1
		} else if loc := estimateSameBelow.FindStringIndex(x.ns); loc != nil {
			x.estimateSameBelowAt = utf8.RuneCountInString(x.ns[:loc[0]])
		} else if loc := estimateNoteBelow.FindStringIndex(x.ns); loc != nil {
			// 全年完成地区生产总值595亿元，增长5.5%（预计，同比，下同）: the note
			// after the first figures of its sentence is said of them too
			at := utf8.RuneCountInString(x.ns[:loc[0]])
			x.estimateSameBelowAt = x.sentenceOf(at).Start
		} else {
			x.estimateSameBelowAt = -1
		}
	}
	return x.estimateSameBelowAt >= 0 && at > x.estimateSameBelowAt
}

// estimateSameBelow: 预计（下同）, 预计数（下同）; estimateNoteBelow: a
// bracketed note that names 预计 among other terms (（预计，同比，下同）).
var (
	estimateSameBelow = regexp.MustCompile(`(预计|预估|估计)(数|值)?[(（]下同[)）]`)
	estimateNoteBelow = regexp.MustCompile(`[(（](预计|预估|估计)(数|值)?[，,、][^)）]{0,10}下同[)）]`)
)

// changeFirst opens a clause that names no measure of its own, only how
// the one before it moved (同比增长, 增产, 比2017年的…多了).
var changeFirst = mustQuickRe(`^(同比|环比|按年|按月|年增|年减|比|较|增长|下降|增加|减少|上升|下跌|上涨|回落|提高|降低|增产|减产|增收|实现|达到|完成|占|年均|分别|其中|人均|累计|可比|即)`)

// saidOfOneMeasure reports that the text before an estimate word ends with
// the measure it is said of (地区生产总值预计…), not only a period or a
// scope (全年预计…, 预计…: an estimate opening a list).
func saidOfOneMeasure(before string) bool {
	subject := before
	if k := strings.LastIndexAny(subject, "，,：:；;"); k >= 0 {
		subject = subject[k+1:]
	}
	if loc := periodScan.prefix(subject); loc != nil {
		subject = subject[loc[1]:]
	}
	subject = scopeLead.ReplaceAllString(subject, "")
	return utf8.RuneCountInString(subject) >= 3
}

var (
	// estimateOfFigure follows an estimate word that names a figure
	// right after it (预测的2.91%, 预估值为3%).
	ownEstimate      = regexp.MustCompile(`^(值)?(的|为|是)?$`)
	estimateOfFigure = regexp.MustCompile(`^(值)?(的|为|是)?[0-9][0-9.]*([^0-9.年月日季]|$)`)
	estimateWordAt   = regexp.MustCompile(`预计|估计|预测|预估|估算|有望`)
	scopeLead        = regexp.MustCompile(`^(全年|我|本|全)?(省|市|县|区|旗|州|镇|乡)?`)
)

// releaseEstimate names a statistics office's first release of a result
// (预先估计, 临时估计), which is no forecast.
var releaseEstimate = mustMatcher(`预先估计|临时估计|初步估计|修订估计|修正估计`)

// estimateAsBase ends the words before an estimate word that make it the
// base of a comparison (比原预测, 较预测, 略高于原预测).
var estimateAsBase = mustQuickRe(`(比|较|于|与)(原|此前|原先|先前)?$`)

// status returns the status of figs[i]: somebody else's expectation (高于
// 市场预期的4.5%: the 4.5% is the market's), a goal, the region's own
// estimate, else a result. A gap to a goal (低于目标1.2个百分点) is a result.
func (x *extractor) status(figs []figure, i int, sent data.Span) string {
	at := figs[i].n.Start
	clause := x.str(x.clauseStart(at, true), at)
	switch {
	case x.conditionalAward(sent, at):
		return data.StatusResult // 对入选…的，奖励100万元: a policy's term
	case riseBase.MatchString(x.str(max(sent.Start, at-12), at)) && riseAfter.MatchString(x.str(figs[i].end, x.clauseEnd(figs[i].end, true))):
		return data.StatusResult // 预计…由2009年的3810亿元增长到…: the level it rose from, known
	case expectationRe.MatchString(clause):
		return data.StatusExpectation
	case gapToGoal.MatchString(clause) || gapToGoal.MatchString(x.str(x.clauseStart(at, false), at)):
		return data.StatusResult // (…预期目标15.6个、8.4个百分点: the list's later items too)
	case doneSoFar.MatchString(clause):
		return data.StatusResult // 3个计划年内新开工省重大项目已开工2个: what is done of a plan
	case x.willAfterEstimate(sent, at):
		return data.StatusEstimate // 干果总产量预计达4.8万吨，产值将突破18亿元: what 预计 foresees, said on with 将
	case x.isTarget(figs, i) || plannedRe.MatchString(withinGoal.ReplaceAllString(withoutQuoted(x.str(sent.Start, at)), "")) || hasAnyWord(x.str(sent.Start, at), "预算安排", "拟安排", "计划安排"):
		return data.StatusTarget // (省级财政2024年预算安排资金295.22亿元: a budget, a plan)
	case x.isEstimate(sent, at) || x.onceBuilt(sent, at):
		return data.StatusEstimate
	case measureToTake.MatchString(clause) && x.inPolicy():
		return data.StatusTarget // 培育10个…新场景, 适时发放3000万元消费券 in a policy: a measure still to be taken
	}
	return data.StatusResult
}

var (
	// riseBase ends the words before the level a change starts from
	// (由2009年的, 从).
	riseBase = mustQuickRe(`(由|从)([0-9]{4}年(末|底)?的?)?$`)
	// riseAfter opens the words after that level (增长到, 提高至).
	riseAfter = mustQuickRe(`^(增长|提高|增加|扩大|上升|下降|减少|降低|调整)(到|至|为)`)
)

// willAfterEstimate reports a figure said with 将 (将突破, 将达到) in a
// sentence that has foreseen a figure with 预计 before it, and names no
// goal: the forecast goes on.
func (x *extractor) willAfterEstimate(sent data.Span, at int) bool {
	clause := x.str(x.clauseStart(at, false), at)
	before := x.str(sent.Start, at)
	return strings.Contains(clause, "将") && !estimateRe.MatchString(clause) &&
		strings.Contains(before, "预计") && !hasAnyWord(before, "目标", "计划", "力争", "确保", "争取", "拟")
}

// withinGoal says a result was held within its goal (物价涨幅控制在预期目标以内):
// the goal is named, no figure of it is given, the figures after are
// results (also a part of achieved).
var withinGoal = mustQuickRe(`控制在[^，,。；;0-9]{0,6}目标(以内|之内|内|范围)`)

// doneSoFar ends the words before a figure of what is already done
// (已开工, 已完成, 已建成).
var doneSoFar = mustQuickRe(`已(经)?(开工|完成|建成|竣工|投产|签约|落地|到位|拨付|兑现|实施)(了)?$`)

// measureToTake is a policy's clause that opens with what is to be done
// (发放, 培育, 新评定, 每年遴选) right before its figure, the figure before
// what it counts (培育10个…新场景): the way a plan is written. A result
// names what it counts first (新培育规上企业54家, 发放失业保险金2.3亿元),
// and a term (对…给予) is not one.
var measureToTake = mustQuickRe(`^(每年|适时|再|新|分批)?(发放|培育|评定|遴选|打造|新建|认定|创建|新增)(约|不少于|不低于|至少)?$`)

// policyTitled is a policy document named in the title or the lead of a
// story (《辽宁省推动经济稳中求进若干政策举措》出台).
var policyTitled = mustQuickRe(`(政策措施|若干措施|若干政策|政策举措|配套政策|实施意见|若干意见|的意见|实施方案|行动方案|实施细则|扶持办法|奖励办法)`)

// inPolicy reports a story that is a policy or carries one: its title or
// its first 150 runes name one.
func (x *extractor) inPolicy() bool {
	if x.policy == 0 {
		x.policy = -1
		if policyTitled.MatchString(x.a.Title) || policyTitled.MatchString(x.str(0, min(150, len(x.rs)))) {
			x.policy = 1
		}
	}
	return x.policy > 0
}

// onceBuilt reports a figure of what a project will do once it is built
// or running (投产达效后年产值达三千五百万元以上，可提供就业岗位一百个): in
// its ；-part, after 建成后, 投产后, 达产后 and the like.
func (x *extractor) onceBuilt(sent data.Span, at int) bool {
	part := x.str(sent.Start, at)
	if k := lastIndexAny(part, "；;"); k >= 0 {
		part = part[k:]
	}
	loc := completionWords.FindStringIndex(part)
	// 陵园建成后，今年有10余万名游客: it is built, the figure a result
	return loc != nil && !builtAlready.MatchString(part[loc[1]:])
}

var builtAlready = mustMatcher(`已|今年|去年|以来|累计|目前|先后`)

var completionWords = mustQuickRe(`(建成|投产|达产|达效|运营|完工|竣工|投用|投入使用)(后|以后)`)

var (
	// expectationRe: a forecast by others right before the figure.
	expectationRe = mustQuickRe(`(市场|机构|分析师|经济学家|外界|此前|彭博|路透)[^，,。；;]{0,16}(预期|预测|预计|估计|调查)[^，,。；;]{0,8}$|(预期|预测)(值|中值)(为|是)?$|^\s*(预期|市场预期|一致预期|彭博一致预期|万得一致预期)(为|值)?$`)
	// plannedRe: the region's own plan (预期增长5%, 提出要在…实现), not
	// somebody else's expectation (市场预期, 好于预期).
	plannedRe = mustQuickRe(`(^|[^场超于合出])预期(增长|目标|达到|为|实现|增速)|提出要|要在[^，。；]{0,12}(实现|达到|突破)`)
	// gapToGoal: the figure is how far a result is from its goal.
	gapToGoal = mustQuickRe(`(高于|低于|超过|超出|快于|慢于)[^，,。；;0-9]{0,14}(目标|计划)[^，,。；;]{0,4}$|(高于|低于|超过|超出|快于|慢于)[^，,。；;0-9]{0,14}(目标|计划)([0-9.]+个、)+$`)
)

// footnoteMark is a mark that refers to a note ([1], [注2]).
var footnoteMark = regexp.MustCompile(`\[(注)?[0-9]{1,2}\]`)

// periodBase starts a comparison with the same measure at an earlier time
// (比上年, 较2019年同期, 比一季度): it reads as part of the measure
// (粮食播种面积比2022年增加).
var periodBase = mustQuickRe(`^` + periodBaseIn.String())

// metricJoint joins a subject and the words of a figure that depends on
// it: directly when those words continue the subject's noun (总投资, 增速,
// 同比增长: 重大项目总投资), with "，" when they start a comparison or a
// clause of their own (，高于全省).
func metricJoint(dep string) string {
	if comparison.MatchString(dep) && !strings.HasPrefix(dep, "占") && !periodBase.MatchString(dep) {
		return "，"
	}
	return ""
}

// thatSector names the sector 该行业 refers to (批發及零售業的淨產值…。
// 二零一五年全年合計，該行業的淨產值錄得1.0%的實質跌幅): the one the
// last figure of the paragraph before it was of.
func (x *extractor) thatSector(out []data.Indicator) {
	for i := range out {
		rest, ok := strings.CutPrefix(out[i].Metric, "该行业")
		if !ok {
			continue
		}
		para, ok := x.paragraphOf(out[i].Start)
		if !ok {
			continue
		}
		for j := i - 1; j >= 0 && out[j].Start >= para.Start; j-- {
			if m := sectorOf.FindStringSubmatch(out[j].Metric); m != nil {
				out[i].Metric = m[1] + rest
				x.classify(&out[i])
				break
			}
		}
	}
}

// sectorOf opens a metric with a sector's name (批发及零售业的净产值).
var sectorOf = mustQuickRe(`^([^该，,；;。]{2,24}业)的`)

// securedFunds is 争取 said of funds obtained from a higher government
// (争取中央预算内资金3.8亿元, 争取60.4亿元政策资金): a result.
var securedFunds = mustQuickRe(`争取[^，,。；;]{0,16}(资金|债券|政策资金|专项|补助|奖补)`)

// securedFundsRe is securedFunds, to take such clauses out of a sentence.
var securedFundsRe = regexp.MustCompile(`争取[^，,。；;]{0,16}(资金|债券|政策资金|专项|补助|奖补)`)
