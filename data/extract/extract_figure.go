package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"zhibiao/data/numparse"
)

// clauseDelims end a clause; enumDelims also end a list item.
const (
	clauseDelims = "，,；;。！!？?：:\n…—()（）《》「」『』"
	enumDelims   = "、"
)

// trailingQualifiers written right after the unit belong to Raw (50%左右).
var trailingQualifiers = []string{"以上", "左右", "之内", "以内", "以下", "上下"}

// countByWord infers the unit of a bare number from the metric just before
// it: 惠及人次数超3.3万 → 人次.
var countByWord = mustQuickRe(`(人次|人|户|家|个|件)数(超过|超|达到|达|为|已破|突破|近|约|逾)?$`)

// accept decides whether a scanned number is an indicator and finds its
// unit and the end of Raw.
func (x *extractor) accept(n numparse.Number) (figure, bool) {
	if n.Ordinal || n.Fraction || n.End > len(x.rs) || n.Start < 0 || n.Start >= n.End {
		return figure{}, false
	}
	u, end, ok := x.unitOf(n)
	if !ok {
		return figure{}, false
	}
	f := figure{n: n, unit: u, end: end, qualifier: n.Qualifier}
	if f.qualifier == "" {
		f.qualifier = x.verbQualifier(n.Start)
	}
	f.qualifier = x.capQualifier(f.qualifier, n.Start)
	if x.notAQuantity(f) {
		return figure{}, false
	}
	f.end = x.withTrailingQualifier(f)
	f.quoted = x.inName(n.Start, f.end)
	return f, true
}

// unitOf returns the unit of a scanned number and the end of number and
// unit: the scanner's own (%, 个百分点, 元 …), a unit or measure word of
// units.tsv written after it, or a count named just before it (人次数超3.3万).
func (x *extractor) unitOf(n numparse.Number) (unitDef, int, bool) {
	if n.Unit != "" {
		kind := "money"
		if n.Kind == numparse.KindPercent {
			kind = "percent"
		}
		if n.End > 0 && x.rs[n.End-1] == '‰' {
			return unitDef{Written: "‰", Base: "‰", Kind: "permille"}, n.End, true // 出生率7.62‰
		}
		end := n.End
		if kind == "money" && x.str(n.End, min(n.End+2, len(x.rs))) == "/人" {
			end += 2 // 14316元/人: per head, the measure says so
		} else if kind == "money" && n.End < len(x.rs) && x.rs[n.End] == '/' && x.rs[n.End-1] == '元' {
			if u, ok := x.t.unitAt(x.rs, n.End-1); ok && strings.HasPrefix(u.Written, "元/") {
				return u, n.End - 1 + len([]rune(u.Written)), true // 0.4元/千瓦时, 3000元/吨: a price
			}
		}
		return unitDef{Written: n.Unit, Base: n.Unit, Kind: kind}, end, true
	}
	if u, ok := x.t.unitAt(x.rs, n.End); ok {
		return u, n.End + len([]rune(u.Written)), u.Kind != "skip"
	}
	if n.Start > 0 && x.rs[n.Start-1] == ' ' && n.End+1 < len(x.rs) && x.rs[n.End] == ' ' {
		if u, ok := x.t.unitAt(x.rs, n.End+1); ok && u.Kind == "count" {
			return u, n.End + 1 + len([]rune(u.Written)), true // 減少 4000 人: a number set apart by spaces, its unit too
		}
	}
	before := x.str(x.clauseStart(n.Start, true), n.Start)
	if x.rs[n.End-1] == '亿' && x.standsAlone(n.End) && (moneyBefore.MatchString(x.str(max(x.sentenceOf(n.Start).Start, n.Start-16), n.Start)) || moneyAfter.MatchString(x.str(n.End, min(n.End+10, len(x.rs)))) || moneyInList.MatchString(x.listHeading(n.Start))) {
		// GDP为92亿, 以18.9亿的地方财政收入: an amount of money, 元 understood
		return unitDef{Written: "", Base: "元", Kind: "money"}, n.End, true
	}
	if x.rs[n.End-1] == '万' && x.standsAlone(n.End) && visitorsBefore.MatchString(x.str(x.sentenceOf(n.Start).Start, n.Start)) {
		// 入境旅客達3,095萬, 自由行客按年增15.4%至85萬: visitors, counted in 人次
		return unitDef{Written: "", Base: "人次", Kind: "count"}, n.End, true
	}
	if x.scorePoints(n) {
		return unitDef{Written: "分", Base: "分", Kind: "score"}, n.End + 1, true // 综合判断分数为35分
	}
	m := countByWord.FindStringSubmatch(before)
	if m == nil {
		if end, ok := x.indexPoints(n); ok {
			return unitDef{Written: x.str(n.End, end), Base: "点", Kind: "index"}, end, true
		}
		return unitDef{}, 0, false
	}
	return unitDef{Base: m[1], Kind: "count"}, n.End, true
}

// visitorsBefore names visitors (旅客, 游客, 自由行客) in the words before
// a bare count of ten thousands.
var visitorsBefore = mustQuickRe(`旅客|游客|访客|自由行客|人次`)

// indexPoints reports a number written without a unit that is an index's
// level or change, in a sentence about an index (指数, PMI, CPI …):
// 国房景气指数为94.78, 綜合消費物價指數（104.80）, PMI下跌4.3至57.8,
// 排序为电子暨光学产业60.4、…, 消费者信心指数提升3.2点. The number has a
// decimal point or 点 after it (not 中证500指数), and no noun follows it.
// It returns the end of Raw.
func (x *extractor) indexPoints(n numparse.Number) (int, bool) {
	if n.Kind != numparse.KindNumber || n.Ordinal {
		return 0, false
	}
	end := n.End
	switch {
	case end < len(x.rs) && x.rs[end] == '点' && !hasPrefixAny(x.str(end, min(end+2, len(x.rs))), []string{"点钟", "点半"}):
		end++
	case !strings.ContainsAny(x.str(n.Start, n.End), ".．"):
		return 0, false
	case end < len(x.rs) && unicode.Is(unicode.Han, x.rs[end]) && !strings.ContainsRune("、，。；与和及至或", x.rs[end]) && !x.standsAlone(end):
		return 0, false
	}
	if n.Start > 0 && (unicode.IsLetter(x.rs[n.Start-1]) && x.rs[n.Start-1] < 0x80 || x.rs[n.Start-1] == '第') {
		return 0, false // a version or a name (V2.0, 第3.5版)
	}
	if !aboutAnIndex.MatchString(x.str(x.sentenceOf(n.Start).Start, n.Start)) {
		return 0, false
	}
	if listWithUnit.MatchString(x.str(end, min(end+12, len(x.rs)))) {
		return 0, false // 分别低于全国平均水平1.7和1.2个百分点: the list's unit
	}
	return end, true
}

// scorePoints reports a score in 分 (景气对策信号综合判断分数为35分, 挹注1分):
// a plain number followed by 分 that ends its word, in a sentence about a
// score.
func (x *extractor) scorePoints(n numparse.Number) bool {
	if n.Kind != numparse.KindNumber || n.Ordinal || n.End >= len(x.rs) || x.rs[n.End] != '分' {
		return false
	}
	if n.End+1 < len(x.rs) && unicode.Is(unicode.Han, x.rs[n.End+1]) && !strings.ContainsRune("、，。；与和及至或", x.rs[n.End+1]) {
		return false // 5分钟, 三分之一, 分别
	}
	return aboutAScore.MatchString(x.str(x.sentenceOf(n.Start).Start, n.Start))
}

// aboutAScore: a sentence about a score before a number.
var aboutAScore = mustQuickRe(`分数|得分|评分|打分|综合判断|对策信号|灯号`)

// listWithUnit: the next item of a list whose last item carries the unit.
var listWithUnit = mustQuickRe(`^[、和与及至或]\s*[0-9.]+(%|％|个百分点|个|万|亿|元|倍|点)`)

// aboutAnIndex: a sentence naming an index before a number.
var aboutAnIndex = mustQuickRe(`指数|PMI|NMI|CPI|PPI`)

// listHeading returns the heading of the numbered list the rune at is in
// (一、2021年唐山市19个区县GDP排名： over 1、迁安市，1160.3亿，…): the
// paragraph ending in a colon before a run of numbered paragraphs; "" if
// the rune is in no numbered item.
func (x *extractor) listHeading(at int) string {
	ps := x.a.Paragraphs
	k := sort.Search(len(ps), func(k int) bool { return ps[k].End > at })
	if k >= len(ps) || ps[k].Start >= len(x.rs) || !unicode.IsDigit(x.rs[ps[k].Start]) {
		return "" // most paragraphs are no numbered item
	}
	for j := k; j >= 0 && k-j <= 40; j-- {
		t := strings.TrimSpace(x.str(ps[j].Start, ps[j].End))
		if j < k && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) {
			return t
		}
		if !numberedItem.MatchString(t) {
			return ""
		}
	}
	return ""
}

var (
	// numberedItem opens an item of a numbered list (1、, 12.).
	numberedItem = mustQuickRe(`^[0-9]{1,2}[、.．]`)
	// moneyInList: a list heading naming an amount of money; listMeasure
	// the measure a list heading names for its items.
	moneyInList = mustQuickRe(`GDP|生产总值|财政收入|预算收入|产值|营业收入|销售额|投资额|零售总额|总收入`)
	listMeasure = mustQuickRe(`GDP|地区生产总值|一般公共预算收入|财政收入|规上工业增加值|工业增加值|固定资产投资|社会消费品零售总额|进出口总额|人均可支配收入`)
)

// standsAlone reports a number ending at end that no noun follows: the
// end of a clause, 的, 之内, 以上, 左右 (not 10亿级项目, 过百亿工业企业:
// a class).
func (x *extractor) standsAlone(end int) bool {
	if end >= len(x.rs) || !unicode.Is(unicode.Han, x.rs[end]) {
		return true
	}
	return hasPrefixAny(x.str(end, min(end+2, len(x.rs))), []string{"的", "之", "以上", "以下", "左右", "多", "余", "元"})
}

// moneyBefore and moneyAfter name an amount of money just before a number
// in 亿 written without 元 (GDP为92亿) or right after it (18.9亿的地方财政收入).
var (
	moneyBefore = mustQuickRe(`(财政收入|财政总收入|预算收入|财力|税收|GDP|生产总值|产值|营业收入|营收|销售额|销售收入|营业额|利润|利税|投资|投资额|贷款|存款|余额|融资|成交额|交易额|零售额|出口额|进口额|进出口额|总收入)[^。；;]{0,12}$`)
	moneyAfter  = mustQuickRe(`^(元|人民币)?的?[\p{Han}]{0,4}(财政收入|财政总收入|预算收入|税收|GDP|生产总值|产值|营业收入|营收|销售额|营业额|利润|投资|成交额|交易额|零售额|总收入)`)
)

// bareMagnitude is a count said with a bare magnitude (人数已破万), which
// the number scanner leaves alone (a bare 万 is usually a stripped number).
// Every match holds 数 followed by 已, 突, 破, 过 or 超.
var bareMagnitude = mustQuickRe(`(人次|人|户|家|个|件)数(已经|已)?((?:突破|破|过|超过|超)(万|十万|百万|千万|亿))`)

// mayHoldBareMagnitude reports whether s holds 数 followed by 已, 突, 破,
// 过 or 超, as every match of bareMagnitude does. Its words (人数, 户数 …)
// and first runes are common; the engine was tried at each 人, 户, 家, 个
// and 件 of a story. (数 is looked for by its last byte: indexWord.)
func mayHoldBareMagnitude(s string) bool {
	for i := 0; ; {
		k := indexWord(s[i:], "数")
		if k < 0 {
			return false
		}
		i += k + len("数")
		if r, _ := utf8.DecodeRuneInString(s[i:]); strings.ContainsRune("已突破过超", r) {
			return true
		}
	}
}

// magnitude values a bare magnitude word.
func magnitude(w string) float64 {
	switch w {
	case "十万":
		return 1e5
	case "百万":
		return 1e6
	case "千万":
		return 1e7
	case "亿":
		return 1e8
	}
	return 1e4
}

// bareMagnitudes returns the figures of bareMagnitude in the text.
func (x *extractor) bareMagnitudes() []figure {
	s := x.ns
	if !mayHoldBareMagnitude(s) {
		return nil
	}
	var out []figure
	for _, m := range bareMagnitude.FindAllStringSubmatchIndex(s, -1) {
		start, end := runeIndex(x.nOff, m[6]), runeIndex(x.nOff, m[7])
		v := magnitude(s[m[8]:m[9]])
		n := numparse.Number{Text: s[m[6]:m[7]], Value: v, Kind: numparse.KindNumber, Start: start, End: end,
			NumStart: end - len([]rune(s[m[8]:m[9]])), NumEnd: end, Low: v, High: v, Multiplier: v, Qualifier: "超过"}
		out = append(out, figure{n: n, unit: unitDef{Base: s[m[2]:m[3]], Kind: "count"}, end: end, qualifier: "超过"})
	}
	return out
}

// sectorStructure is the ratio of the three sectors' shares of GDP written
// with colons: 三次产业结构为1.4:36.3:62.3, 三次产业比例调整为8.1∶40.2∶51.7,
// 三次产业结构：25.72:26.84:47.44, 三次产业比重为27.3:26.6:46.1, 三次产业结构比由上年同期的…调整为…,
// 三产结构比由8.4:76.4:15.2调整为…, 三次产业3.6:33.7:62.7,
// 一、二、三产业占GDP的比重为26.7︰28.6︰44.7.
var sectorStructure = mustQuickRe(`(三次产业|三产|产业)(?:的)?(?:增加值)?(?:占(?:GDP|地区生产总值|生产总值)的?)?(结构|比例|构成|之比|比重|)(?:比例|比重)?(比)?(为|是|调整为|调整到|调整优化为|优化调整为|优化为|优化到|变为|达到|由上年同期的?|由去年同期的?|由上年的?|由去年的?|由[0-9]{4}年(?:末|底)?的?|由|[:：])?([0-9]+(?:\.[0-9]+)?)%?[:：∶︰]([0-9]+(?:\.[0-9]+)?)%?[:：∶︰]([0-9]+(?:\.[0-9]+)?)`)

// structureAgain is the second ratio of 由…调整为…: its three shares are
// submatches 1 to 3.
var structureAgain = mustQuickRe(`^(?:(?:调整为|变为|变化为|优化为|转变为)(?:[0-9]{4}年(?:末|底)?的?)?|[，,]而?(?:去年同期|上年同期|去年|上年)(?:这一)?(?:比重|结构|比例)?(?:为|是))([0-9]+(?:\.[0-9]+)?)%?[:：∶︰]([0-9]+(?:\.[0-9]+)?)%?[:：∶︰]([0-9]+(?:\.[0-9]+)?)`)

// ratioColons are the colons of a ratio in sectorStructure.
var ratioColons = []string{":", "：", "∶", "︰"}

// mayHoldRatio reports whether s holds a digit or % followed by a colon of
// ratioColons and a digit, as every match of sectorStructure does. Its
// words (产业, 三产) are in most economic texts and its first runes (三,
// 产) in every few sentences, where the engine then tried it; a ratio is
// in few texts, and strings.Index finds each colon fast.
func mayHoldRatio(s string) bool {
	for _, c := range ratioColons {
		for i := 0; ; {
			k := strings.Index(s[i:], c)
			if k < 0 {
				break
			}
			k += i
			end := k + len(c)
			if k > 0 && (isDigitByte(s[k-1]) || s[k-1] == '%') && end < len(s) && isDigitByte(s[end]) {
				return true
			}
			i = end
		}
	}
	return false
}

// isDigitByte reports an ASCII digit.
func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// sectorNames name the three sectors in the order of a structure ratio.
var sectorNames = [3]string{"第一产业", "第二产业", "第三产业"}

// structureShares returns the three shares of a sector structure ratio as
// figures in %, each named by its sector.
func (x *extractor) structureShares() []figure {
	s := x.ns
	if !mayHoldRatio(s) {
		return nil
	}
	var out []figure
	var ms [][]int
	var labels []string // 三次产业结构 and the words the text names the ratio by (产业的比重, 三产比)
	for _, m := range sectorStructure.FindAllStringSubmatchIndex(s, -1) {
		ms = append(ms, m)
		end := m[10]
		if m[8] >= 0 {
			end = m[8] // (before 为, 调整为, 由上年的)
		}
		label := strings.TrimRight(s[m[0]:end], ":：∶︰ ")
		if label = strings.TrimPrefix(label, "三次产业结构"); label != "" && label != "产业" {
			label = "三次产业结构：" + label // (the text's own words after what a reader knows the ratio by)
		} else {
			label = "三次产业结构"
		}
		labels = append(labels, label)
		// 由上年18.4:45.9:35.7调整为18.6:46.5:34.9: the ratio it became
		at := m[1]
		if strings.HasPrefix(s[at:], "%") {
			at++ // 56.4%调整为…: the last term's %
		}
		rest := s[at:min(len(s), at+64)]
		if r := structureAgain.FindStringSubmatchIndex(rest); r != nil {
			next := make([]int, 16)
			for k := 10; k < 16; k++ {
				next[k] = at + r[k-8]
			}
			ms = append(ms, next)
			labels = append(labels, label)
		}
	}
	for j, m := range ms {
		for k := 0; k < 3; k++ {
			a, b := m[10+2*k], m[11+2*k]
			v, err := strconv.ParseFloat(s[a:b], 64)
			if err != nil || v > 100 {
				out = out[:len(out)-k]
				break
			}
			start, end := runeIndex(x.nOff, a), runeIndex(x.nOff, b)
			n := numparse.Number{Text: s[a:b], Value: v, Kind: numparse.KindPercent, Unit: "%", Start: start, End: end,
				NumStart: start, NumEnd: end, Low: v, High: v, Multiplier: 1}
			out = append(out, figure{n: n, unit: unitDef{Written: "", Base: "%", Kind: "percent"}, end: end,
				metric: sectorNames[k] + "占比（" + labels[j] + "）"})
		}
	}
	return append(out, x.sectorContributions()...)
}

// sectorContributions are the three sectors' contributions to growth and
// the points each added, written as ratios: 三次产业可比价贡献率分别是
// -1.6:8.0:93.6, 分别拉动GDP增长-0.1:0.4:4.3个百分点. Each term is its
// sector's figure, in % or in the points written after the last.
func (x *extractor) sectorContributions() []figure {
	s := x.ns
	var out []figure
	for _, m := range sectorContribution.FindAllStringSubmatchIndex(s, -1) {
		measure := s[m[2]:m[3]]
		unit := unitDef{Base: "%", Kind: "percent"}
		if m[10] >= 0 || strings.Contains(measure, "拉动") {
			unit = unitDef{Base: "个百分点", Kind: "percent"} // (拉动…个百分点: points of growth)
		}
		measure = strings.TrimPrefix(strings.TrimSuffix(measure, "分别"), "分别")
		name := func(k int) string { return sectorNames[k] + measure }
		if strings.HasPrefix(measure, "三次产业") {
			// 三次产业对地区生产总值的贡献率: each sector's, named as the
			// structure's shares are (第一产业（三次产业对…的贡献率）)
			name = func(k int) string { return sectorNames[k] + "（" + measure + "）" }
		}
		for k := 0; k < 3; k++ {
			a, b := m[4+2*k], m[5+2*k]
			v, err := strconv.ParseFloat(s[a:b], 64)
			if err != nil {
				break
			}
			start, end := runeIndex(x.nOff, a), runeIndex(x.nOff, b)
			n := numparse.Number{Text: s[a:b], Value: v, Kind: numparse.KindNumber, Start: start, End: end,
				NumStart: start, NumEnd: end, Low: v, High: v, Multiplier: 1}
			if k == 2 && m[10] >= 0 {
				end = runeIndex(x.nOff, m[11]) // 4.3个百分点: the unit with the last term
			}
			out = append(out, figure{n: n, unit: unit, end: end, metric: name(k)})
		}
	}
	return out
}

// sectorContribution is a ratio of the three sectors' contributions
// (submatch 1 the measure, 2–4 the terms, 5 the points after the last).
var sectorContribution = mustQuickRe(`((?:三次产业[^，,。；;:：0-9]{0,12}?)?(?:贡献率|分别拉动[^，,。；;:：0-9-]{0,10}))(?:分别)?(?:为|是)?(-?[0-9]+(?:\.[0-9]+)?)[:：∶︰](-?[0-9]+(?:\.[0-9]+)?)[:：∶︰](-?[0-9]+(?:\.[0-9]+)?)(个百分点)?`)

// mergeFigures merges extra figures into figs in text order, dropping any
// that overlap a scanned one.
func mergeFigures(figs, extra []figure) []figure {
	for _, e := range extra {
		k := slices.IndexFunc(figs, func(f figure) bool { return f.n.Start < e.end && e.n.Start < f.end })
		if k >= 0 && e.metric != "" && figs[k].metric == "" && figs[k].n.Start == e.n.Start && figs[k].n.Kind == numparse.KindPercent {
			figs[k].metric = e.metric // 由上年的23.1%:20.5%:56.4%调整为…: the share the ratio names
		}
		if k < 0 {
			figs = append(figs, e)
		}
	}
	slices.SortStableFunc(figs, func(a, b figure) int { return a.n.Start - b.n.Start })
	return figs
}

// wordCount ends the words before how often a quoted word is used (报告中，
// “发展”出现67次).
var wordCount = mustQuickRe(`[”"」』](一共|共|共计|累计)?(出现|提到|提及|被提及|使用)(了)?$`)

// exchangeRate reports either side of an exchange rate (1美元兑6.228元人民币,
// 1美元兑换6.9元).
func (x *extractor) exchangeRate(f figure) bool {
	if f.end < len(x.rs) && x.rs[f.end] == '兑' {
		return true
	}
	before := x.str(max(0, f.n.Start-6), f.n.Start)
	return strings.Contains(before, "兑") && exchangedAt.MatchString(before)
}

// exchangedAt ends the words before the second side of an exchange rate.
var exchangedAt = mustQuickRe(`[0-9](美元|港元|港币|欧元|日元|英镑|澳门元|新台币|元)兑(换)?(人民币)?$`)

// verbQualifiers are bounds said with a verb before the number, which the
// scanner leaves alone: 突破150万户 (more than), 最高提高至30万元 (at most).
var verbQualifiers = []struct {
	re   quickRe
	qual string
}{
	{mustQuickRe(`突破了?(新台币|人民币|美元|港元|港币|澳门元)?$`), "突破"}, // as written (FORMAT.md); 突破新台币20亿元
	{mustQuickRe(`(冲破|破)了?$`), "超过"},
	{mustQuickRe(`最高(奖补|奖励|补贴|补助|资助|扶持)?(可|将)?(提高|提升|上调|增加|放宽)?(至|到|达到|达|为|给予|奖励|补贴|补助|资助|支持)?$`), "最高"},
	{mustQuickRe(`最多(可|将)?(提高|增加|放宽)?(至|到|达到|达|为|给予)?$`), "最多"},
}

// verbQualifier returns the qualifier a verb right before rune offset i
// makes, "" if none.
func (x *extractor) verbQualifier(i int) string {
	before := x.str(x.clauseStart(i, true), i)
	for _, v := range verbQualifiers {
		if v.re.MatchString(before) {
			return v.qual
		}
	}
	return ""
}

// withTrailingQualifier extends Raw over 以上/左右/… written right after it.
func (x *extractor) withTrailingQualifier(f figure) int {
	rest := x.str(f.end, min(f.end+2, len(x.rs)))
	for _, q := range trailingQualifiers {
		if strings.HasPrefix(rest, q) {
			return f.end + len([]rune(q))
		}
	}
	return f.end
}

// notAQuantity rejects the numerals that only look like quantities.
// bandInBrackets reports a figure that is a bound of a class named before
// it, alone in brackets with the other bound or 以下/以上 (中小型單位（100
// 平方米以下）, B類物業（40至69.9平方米）, E類物業（160平方米或以上）).
func (x *extractor) bandInBrackets(f figure) bool {
	open := f.n.Start - 1
	for open >= 0 && open >= f.n.Start-12 && x.rs[open] != '（' && x.rs[open] != '(' {
		open--
	}
	if open < 1 || open < f.n.Start-12 || !unicode.Is(unicode.Han, x.rs[open-1]) {
		return false
	}
	closing := f.end
	for closing < len(x.rs) && closing < f.end+6 && x.rs[closing] != '）' && x.rs[closing] != ')' {
		closing++
	}
	if closing >= len(x.rs) || closing >= f.end+6 {
		return false
	}
	return classBand.MatchString(x.str(open+1, closing))
}

// awardBar reports a figure in the condition of an award that follows it
// (最近一年销售收入2亿元（含）以上，研究开发费用总额占销售收入不低于2%的给予
// 500万元奖励): a bar to clear, not a quantity of the region.
func (x *extractor) awardBar(f figure) bool {
	after := x.str(f.end, min(len(x.rs), f.end+40))
	m := barThenAward.FindStringIndex(after)
	return m != nil && !strings.ContainsAny(after[:m[0]], "。；;") && !awardWords.MatchString(after[:m[0]])
}

// eligibilityBar reports a figure that only bounds who qualifies: a floor
// followed by 的 or by what qualifying brings (固定资产投资在1000万元以上的
// 生产型企业, 投资达到1亿元（含）以上，享受本优惠政策), or a floor said 原则上
// (投资强度原则上不低于200万元/亩).
func (x *extractor) eligibilityBar(f figure) bool {
	if hasSuffixAny(x.str(max(0, f.n.Start-6), f.n.Start), []string{"原则上不低于", "原则上不少于"}) {
		return true
	}
	if strings.HasSuffix(x.str(max(0, f.n.Start-3), f.n.Start), "不含") {
		return true // 在10亿—50亿元(不含50亿元)的: the band's open end
	}
	if m := bandThenAward.FindString(x.str(f.end, min(len(x.rs), f.end+32))); m != "" {
		return true // 投资在3000万元—1亿元(不含1亿元)的,奖励2万元: the band an award is for
	}
	after := x.str(f.end, min(len(x.rs), f.end+12))
	floor := strings.Contains(f.qualifier, "以上") || strings.Contains(f.qualifier, "以下")
	if m := floorWords.FindString(after); m != "" {
		floor, after = true, after[len(m):]
	}
	if floor && x.awardCondition(f) {
		return true // 对游客50人以上的省外来晋包机，游览1个以上A级收费景区，每人每住一晚奖励60元
	}
	if rest, ok := strings.CutPrefix(after, "的"); ok {
		// (以每年20%以上的速度增长: a rate; 5万亿元以上的新阶段: a level;
		// 贡献了10%以上的规上工业企业产值: a share, unless a policy's)
		return floor && hasPrefixAny(rest, qualifyingNouns) && (f.unit.Kind != "percent" || x.inPolicy())
	}
	return floor && hasPrefixAny(after, []string{"，享受", ",享受"})
}

// awardCondition reports a figure in the condition 对 opens before an
// award later in its sentence (对游客50人以上的…包机，…，每人奖励60元), no
// award word between 对 and the figure.
func (x *extractor) awardCondition(f figure) bool {
	sent := x.sentenceOf(f.n.Start)
	before := x.str(sent.Start, f.n.Start)
	k := strings.LastIndex(before, "对")
	if k < 0 || awardWords.MatchString(before[k:]) {
		return false
	}
	return awardWords.MatchString(x.str(f.end, sent.End))
}

// qualifyingNouns are what a floor before 的 makes qualify: a condition's
// end (的，给予…) or the class it bounds (…以上的品种, …以上的生产型企业).
var qualifyingNouns = []string{"，", ",", "企业", "项目", "品种", "单位", "个人", "主体", "产品", "商户", "农户", "家庭", "合作社", "园区", "平台", "机构",
	"生产型", "经营型", "科技型", "重点", "新建", "工业", "农业", "服务业", "外资", "民营", "中小", "法人"}

// bandThenAward follows the upper end of a band of amounts that an award
// or subsidy is for: its open end in brackets, 的, and the award.
var bandThenAward = mustQuickRe(`^[（(]不?含[^（）()]{0,16}[）)]的[，,]?(?:奖励|给予|补助|补贴|奖补|一次性)`)

// floorWords follow a figure that bounds a class (（含）以上, 及以上).
var floorWords = mustQuickRe(`^(（含）|\(含\))?(及|或)?(以上|以下)`)

var (
	// barThenAward: the end of an award's condition, then the award.
	barThenAward = mustQuickRe(`的[，,]?(给予|一次性给予|分别给予)`)
	awardWords   = mustMatcher(`给予|奖励|补助|补贴|奖补`)
)

// classBand is all a bracket holds when it bounds a class: 100平方米以下,
// 40至69.9平方米, 160平方米或以上, 500万元及以上.
var classBand = mustQuickRe(`^(?:[0-9.]+(?:至|-|－|—|~)[0-9.]+\p{Han}{0,3}|[0-9.]+\p{Han}{0,3}(?:以下|以上|及以上|或以上|及以下))$`)

// rankOf follows a count that a rank is taken among (36个大中城市中列第30位,
// 66个县(市)首位, 12项主要经济指标有7项位居全州前三).
var rankOf = mustQuickRe(`^[^，,。；;：:]{0,12}?(中|里|之中)?(列|居|位居|排|排名|名列|位列|排在|处于)?(全国|全省|全市|全州|全县|全区)?(第[0-9一二三四五六七八九十]+(位|名)|首位|前[0-9一二三四五六七八九十]+(位|名)?)`)

func (x *extractor) notAQuantity(f figure) bool {
	num := x.str(f.n.NumStart, f.n.NumEnd)
	if num == "" {
		num = x.str(f.n.Start, f.n.End)
	}
	chinese := !strings.ContainsAny(num, "0123456789")
	if chinese && x.inPlaceName(f.n.Start, f.end) {
		return true // 七台河市: the numerals of a place's name (七台)
	}
	switch {
	case chinese && (num == "一" || num == "两" || num == "二" || num == "俩") && f.n.Kind != numparse.KindPercent:
		return true // 一艘, 两栋: an article, not a count (一成半, 二成 are shares)
	case chinese && f.n.Start > 0 && strings.ContainsRune("数几上成", x.rs[f.n.Start-1]) && strings.Trim(num, "十百千万") == "":
		return true // 数千, 上百: vague
	case strings.Contains(num, "万万") || strings.Contains(num, "亿亿"):
		return true // 千万万元: a garbled numeral
	case x.exchangeRate(f):
		return true // （1美元兑6.228元人民币）: the rate a figure was converted at
	case x.bandInBrackets(f):
		return true // 中小型單位（100平方米以下）: a class's bounds, no quantity
	case x.awardBar(f):
		return true // 销售收入2亿元（含）以上…不低于2%的给予500万元奖励: the bars of an award
	case x.eligibilityBar(f):
		return true // 年推广面积在10万亩以上的品种, 投资原则上不低于3000万元: a condition, no quantity
	case f.n.Start > 2 && strings.ContainsRune("现到及用了", x.rs[f.n.Start-1]) && wordCount.MatchString(x.str(max(0, f.n.Start-12), f.n.Start)):
		return true // “发展”出现67次: how often a word is used, no indicator
	case f.end < len(x.rs) && (f.unit.Kind == "count" || f.unit.Kind == "noun") && strings.ContainsRune("一二三四五六七八九十两", x.rs[f.end]):
		return true // “五个一”: a slogan
	case chinese && f.unit.Written == "次" && (x.str(f.end, min(f.end+2, len(x.rs))) == "产业" || x.str(f.end, min(f.end+2, len(x.rs))) == "分配"):
		return true // 三次产业, 三次分配: terms, not counts
	case chinese && (num == "千" || num == "万" || num == "百") && f.qualifier == "" && f.end < len(x.rs) && unicode.Is(unicode.Han, x.rs[f.end]):
		return true // 千亩产业园, 万亩基地: a round magnitude naming a kind of place, not a count
	case f.unit.Written == "台" && f.end < len(x.rs) && x.rs[f.end] == '阶':
		return true // 迈上千亿台阶: a step, no machines
	case f.unit.Written == "名" && f.n.Start > 0 && x.rs[f.n.Start-1] == '前':
		return true // 跌出前3名: a rank
	case (f.unit.Kind == "count" || f.unit.Kind == "noun") && rankOf.MatchString(x.str(f.end, min(f.end+24, len(x.rs)))):
		return true // 在全国36个大中城市中列第30位, 居全省66个县(市)首位: how many a rank is among
	case chinese && x.sloganQuoted(f):
		return true // “四个更大”, “三元双向”: a slogan's name
	case chinese && x.enumerates(f):
		return true // 养老、失业、工伤三项保险
	case f.unit.Kind == "length" && strings.HasSuffix(x.str(max(0, f.n.Start-2), f.n.Start), "海拔"):
		return true // 海拔3000多米: an altitude, no indicator
	case f.unit.Kind == "days":
		return !dayCount.MatchString(x.str(x.clauseStart(f.n.Start, true), f.n.Start)) // 3天: a duration
	case chinese && f.unit.Written == "次" && (hasPrefixAny(x.str(f.end, min(f.end+4, len(x.rs))), sessionWords) || strings.HasSuffix(x.str(max(0, f.n.Start-4), f.n.Start), "届") || sessionList.MatchString(x.str(f.end, min(f.end+8, len(x.rs))))):
		return true // 十九届人大四次会议, 九届九次、十次全会: which session, not a count
	case chinese && f.unit.Written == "期":
		return true // 机场三期: a phase, not a count
	case f.unit.Written == "条" && f.end < len(x.rs) && x.rs[f.end] == '款':
		return true // 232条款: a law's section
	case barBefore.MatchString(x.str(max(0, f.n.Start-10), f.n.Start)):
		return true // 其中2个超过20亿元: the bar a class is counted by
	case f.unit.Written == "个" && placeKinds.MatchString(x.str(f.end, min(f.end+6, len(x.rs)))) && (x.endsRegionList(f.n.Start) || strings.HasSuffix(x.str(max(0, f.n.Start-1), f.n.Start), "从")):
		return true // …和突泉县6个旗县市, 从6个旗县市增速看: how many places a list or a breakdown has
	case f.unit.Written == "名" && rankBefore.MatchString(x.str(max(0, f.n.Start-6), f.n.Start)):
		return true // 位列前20名, 排名第3名: a rank, not a count of people
	case f.end < len(x.rs) && (x.rs[f.end] == '/' || x.rs[f.end] == '／') && f.end+1 < len(x.rs) && unicode.Is(unicode.Han, x.rs[f.end+1]):
		return true // 549人/平方公里: a rate in a unit of its own
	case (f.n.Kind == numparse.KindPercent || f.unit.Kind == "percent") && rankedGroup.MatchString(x.str(max(0, f.n.Start-2), f.n.Start)) && groupNoun.MatchString(x.str(f.end, min(f.end+12, len(x.rs)))):
		return true // 最高20%家庭, 收入最低的10%人口: a group named by its rank
	}
	after := x.str(f.end, min(f.end+24, len(x.rs)))
	switch {
	case !strings.ContainsAny(f.unit.Written, "个家项户座处") && (sizeClass.MatchString(after) || classCounted.MatchString(after)):
		return true // 5亿元以上项目16个, 超过10亿元的县（市、区）有8个, 二百人及以上的会议按年增加3项: the bar a class is counted by
	case f.unit.Kind == "money" && classOfProjects.MatchString(after):
		return true // 100亿元及以上项目完成投资: the bar of a class of projects
	case !strings.ContainsAny(f.unit.Written, "个家项户座处") && hasSuffixAny(x.str(max(0, f.n.Start-2), f.n.Start), barVerbs) && barCounted.MatchString(after):
		return true // 超过200亿元的县（市）11个, 经济总量过百亿元的有125个: the bar, not an amount
	case x.dimension(f):
		return true // 宽24米、长140米、高6米的大棚: a size, not an amount
	case f.unit.Kind == "money" && strings.Contains(x.str(x.sentenceOf(f.n.Start).Start, f.n.Start), "对") && awardBar.MatchString(withoutParentheticals(x.str(f.end, x.sentenceOf(f.n.Start).End))):
		// 对产值首次突破3亿元、5亿元…的企业，分别给予30万元…: the bar of an
		// award, not an amount (对 looked for first: awardBar, run on the
		// rest of the sentence, costs a hundred times more)
		return true
	}
	return false
}

var (
	// rankedGroup and groupNoun: a share that names a group of a ranking
	// (最高20%家庭平均每户可支配所得, 前10%人口).
	rankedGroup = mustQuickRe(`(最高|最低|前|后|顶端|底层|底部)(的)?$`)
	groupNoun   = mustQuickRe(`^(与[^，,。；;]{0,6})?(的)?(家庭|人口|户|群体|组|收入组|收入户|人群|居民)`)
	// sessionList: the next session of a list of them (九次、十次全会).
	sessionList = mustQuickRe(`^[、和及][一二三四五六七八九十]{1,3}次(会议|全会|全体会议)`)
	// rankBefore: a place in a ranking before a number of 名 (位列前20名).
	rankBefore = mustQuickRe(`(位列|位居|列|居|排名|排在|排|跻身|进入|挺进|名列|跃居|升至|上升到)(全国|全省|全市|全区|全县|全球|世界)?(前|第)$|(考评|考核|评比|评价|评估|评选|进位快的)前$`)
	// barBefore: a count of items above a bar just before the figure
	// (其中2个超过20亿元, 4市超过5000亿元).
	barBefore = mustQuickRe(`[0-9一二三四五六七八九十两]+(个|家|市|县|区|项)(县|区|市|企业|项目)?(超过|突破|高于|达到|在)$`)
)

// placeKinds are the kinds of place a count of places names (6个旗县市).
var placeKinds = mustQuickRe(`^(旗县市|旗县|县市区|县市|县区|区县|县\(市、区\)|县\(市\)|区\(县\)|乡镇|镇街|街镇|市州|地市|盟市)`)

// endsRegionList reports a region named right before rune at (its short
// form in brackets after it allowed: 扎赉特旗（扎旗）6个旗县市).
func (x *extractor) endsRegionList(at int) bool {
	if at > 0 && x.rs[at-1] == ')' {
		for k := at - 2; k >= 0 && k >= at-7; k-- {
			if x.rs[k] == '(' {
				at = k
				break
			}
		}
	}
	ms := x.mentionsIn(max(0, at-12), at)
	return len(ms) > 0 && ms[len(ms)-1].End == at
}

// sessionWords follow 次 when it numbers a meeting (人大四次会议, 二次全会).
var sessionWords = []string{"会议", "全会", "全体会议", "党代会", "代表大会", "常委会"}

// sizeClass: a figure that sets the bar for a class of items counted after
// it (5亿元以上产业类项目16个, 超过10亿元的县（市、区）有8个, 在40万人至50万人之间
// 的县区有2个, 50万元以上的村达到12个).
var sizeClass = mustQuickRe(`^(至[0-9.]+[万亿]?\p{Han}{0,2})?(及以上|以上|以下|之间)的?[\p{Han}（）()、]{0,10}?(项目|县区|县|区|市|村|企业|行业|城市|乡镇|镇|街道|工程)([（(][^）)]{0,6}[）)])?(有|达|达到|共)?[0-9一二三四五六七八九十两]+(个|家|项|户)|^的[\p{Han}]{0,4}?(项目|县区|县|区|市|村|企业|城市|乡镇|镇|街道)([（(][^）)]{0,6}[）)])?(有|达|达到|共)[0-9一二三四五六七八九十两]+(个|家|项|户)|^(及以上|以上|以下)的[0-9]+个(项目|企业)`)

// classOfProjects follows the bar of a class of projects or firms
// (及以上项目, 以上的工业企业).
var classOfProjects = mustQuickRe(`^(及以上|以上)的?(重点|重大|工业|产业|在建|新开工|入库)?(项目|企业)`)

// barVerbs end the words before a bar (超过200亿元, 过百亿元); barCounted
// follows it with the class it bars and their count (的县（市）11个, 的有125个).
var (
	barVerbs   = []string{"超过", "过", "突破", "高于", "迈上", "跨过", "跨越"}
	barCounted = mustQuickRe(`^(以上)?的[\p{Han}]{0,6}?([（(][^）)]{0,6}[）)])?(有|达|达到|共)?[0-9一二三四五六七八九十两]+(个|家|项|户)`)
)

// classCounted follows the bar of a class whose members are counted in the
// same clause (二百人及以上的会议按年增加3项, 二万人次及以上的展览有8项).
var classCounted = mustQuickRe(`^(及)?(以上|以下)的[^，,。；;0-9%％]{1,12}?[0-9一二三四五六七八九十两]+(个|家|项|户|场|次|宗|座|处)`)

// awardBar follows the bar a policy's award is given for: the rest of the
// condition, the kind of recipient, then the award (…、5亿元的先进制造业
// 企业，分别给予).
var awardBar = mustQuickRe(`^[^，,。；;]{0,60}?的[^，,。；;]{0,24}(企业|项目|单位|个人|园区|平台|机构|主体|村|户)[^，,。；;]{0,4}[，,][^，,。；;0-9]{0,8}?(分别|一次性)?(给予|奖励|补助|补贴|按)|^[^，,。；;]{0,20}?的[^，,。；;0-9]{0,16}(企业|项目)(按|给予)|^[^，,。；;]{0,60}?的[，,](分别|一次性)?(给予|奖励|补助|补贴|按)`)

// dimension reports a length in metres written as one of a thing's
// measures (宽24米、长140米、高6米): two or more of 宽/长/高/深/厚 with
// a length in its clause.
func (x *extractor) dimension(f figure) bool {
	if f.unit.Written != "米" || f.n.Start == 0 || !strings.ContainsRune("宽长高深厚", x.rs[f.n.Start-1]) {
		return false
	}
	clause := x.str(x.clauseStart(f.n.Start, false), x.clauseEnd(f.n.Start, false))
	return len(dimensionWords.FindAllStringIndex(clause, 3)) >= 2
}

var dimensionWords = mustQuickRe(`[宽长高深厚][0-9.]+米`)

// dayCount before a number of 天 makes it a count of days (优良天数320天).
var dayCount = mustQuickRe(`天数|优良|污染`)

// enumerates reports a count that just counts the list written before it:
// 养老、失业、工伤三项 (three items, 三).
func (x *extractor) enumerates(f figure) bool {
	start := x.clauseStart(f.n.Start, false)
	items := strings.Split(x.str(start, f.n.Start), enumDelims)
	return len(items) >= 2 && float64(len(items)) == f.n.Value
}

// sloganQuoted reports a figure that opens a short quoted phrase (“四个更大”,
// “三元双向”): the quote opens right before it and closes after more words,
// within six runes.
func (x *extractor) sloganQuoted(f figure) bool {
	if f.end < len(x.rs) && strings.ContainsRune("”\"’", x.rs[f.end]) {
		for i := f.n.Start - 2; i >= 0 && i >= f.n.Start-6; i-- {
			if strings.ContainsRune("“\"‘", x.rs[i]) {
				if strings.ContainsAny(x.str(i+1, f.n.Start), "一二三四五六七八九十两") {
					return true // “一强三名”, “一中心四基地”: a slogan of counted words
				}
				if (f.unit.Written == "条" || f.unit.Base == "条") && f.n.Start-i > 2 {
					return true // “黄金十条”, “制造业十条”: a policy package's name, not its count
				}
				break
			}
		}
	}
	if f.n.Start == 0 || !strings.ContainsRune("“\"‘", x.rs[f.n.Start-1]) {
		return false
	}
	for i := f.end + 1; i < len(x.rs) && i <= f.end+6; i++ { // “十条” alone is a package, counted
		if strings.ContainsRune("”\"’", x.rs[i]) {
			return true
		}
	}
	return false
}

// inPlaceName reports a span of text inside the name of a region the
// story mentions (七台 of 七台河市, 三门 of 三门峡市).
func (x *extractor) inPlaceName(start, end int) bool {
	for _, m := range x.mentionsIn(max(0, start-6), min(len(x.rs), end+6)) {
		if m.Start <= start && end <= m.End {
			return true
		}
	}
	return false
}

// inName reports a figure inside quotes or a title: “11条”, 《…16条提速措施》.
func (x *extractor) inName(start, end int) bool {
	before := start > 0 && strings.ContainsRune("“\"'‘", x.rs[start-1])
	after := end < len(x.rs) && strings.ContainsRune("”\"'’", x.rs[end])
	if before && after {
		return true
	}
	for i := start - 1; i >= 0 && i >= start-30; i-- {
		switch x.rs[i] {
		case '《':
			return true
		case '》', '。', '\n':
			return false
		}
	}
	return false
}

// dropRepeats drops figures that repeat text already counted: the later
// mentions of a named policy package (以下简称“16条”) and a clause written
// twice in a row (a copy-editing slip).
func (x *extractor) dropRepeats(figs []figure) []figure {
	type key struct {
		v    float64
		unit string
	}
	named := map[key]bool{}
	out := figs[:0]
	for _, f := range figs {
		k := key{f.n.Value, f.unit.Base}
		if f.quoted && named[k] {
			continue
		}
		if f.quoted {
			named[k] = true
		}
		if x.repeatsPreviousClause(f.n.Start) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// repeatsPreviousClause reports whether the clause holding i is the same
// text as the clause right before it.
func (x *extractor) repeatsPreviousClause(i int) bool {
	s, e := x.clauseStart(i, false), x.clauseEnd(i, false)
	if s == 0 {
		return false
	}
	ps := x.clauseStart(s-1, false)
	cur := strings.TrimSpace(x.str(s, e))
	prev := strings.TrimSpace(x.str(ps, s-1))
	return cur != "" && cur == prev
}

// clauseStart returns the start of the clause holding i; with enum, list
// items separated by 、 count as clauses too.
//
// A figure's status, period and metric each ask for the clause before it,
// a dozen times or more in all, and each answer is a scan back over up to
// maxClause runes: the last answer for each enum is kept (lastClause).
func (x *extractor) clauseStart(i int, enum bool) int {
	c := &x.lastClause[b2i(enum)]
	if c.set && c.i == i {
		return c.start
	}
	start := x.scanClauseStart(i, enum)
	*c = clauseAnswer{i: i, start: start, set: true}
	return start
}

// A clauseAnswer is an answer of clauseStart: the clause holding i starts
// at start.
type clauseAnswer struct {
	i, start int
	set      bool
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scanClauseStart is clauseStart, worked out.
func (x *extractor) scanClauseStart(i int, enum bool) int {
	for j := min(i, len(x.rs)) - 1; j >= 0; j-- {
		if i-j > maxClause {
			return j + 1
		}
		if x.rs[j] == ')' {
			if k := x.noteOpen(j); k >= 0 {
				j = k // 国内生产总值（GDP）213433亿元: the note is part of the clause
				continue
			}
		}
		if x.isDelim(x.rs[j], enum) {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns the end (exclusive) of the clause holding i.
func (x *extractor) clauseEnd(i int, enum bool) int {
	for j := i; j < len(x.rs); j++ {
		if x.rs[j] == '(' {
			if k := x.noteClose(j); k >= 0 {
				j = k
				continue
			}
		}
		if x.isDelim(x.rs[j], enum) || j-i > maxClause {
			return j
		}
	}
	return len(x.rs)
}

// maxNote bounds a bracketed note inside a clause (（GDP）, （CPI）, （含）).
const maxNote = 10

// noteOpen returns the offset of the '(' that opens a short note closed at
// j and written right after a word (生产总值（GDP）), -1 if the bracket is
// no such note.
func (x *extractor) noteOpen(j int) int {
	digits := false
	for k := j - 1; k >= max(0, j-maxNote-1); k-- {
		switch r := x.rs[k]; {
		case r == '(':
			if k > 0 && k < j-1 && !x.isDelim(x.rs[k-1], true) && !unicode.IsDigit(x.rs[k-1]) && (!digits || classBand.MatchString(x.str(k+1, j))) {
				return k // (中小型單位（100平方米以下）: a class's bounds, a note too)
			}
			return -1
		case x.isDelim(r, true) && !(digits && r == '.'):
			return -1
		case unicode.IsDigit(r):
			digits = true
		}
	}
	return -1
}

// noteClose returns the offset of the ')' that closes a short note opened
// at j (see noteOpen), -1 if there is none.
func (x *extractor) noteClose(j int) int {
	for k := j + 1; k < min(len(x.rs), j+maxNote+2); k++ {
		switch r := x.rs[k]; {
		case r == ')':
			if x.noteOpen(k) == j {
				return k
			}
			return -1
		case x.isDelim(r, true) && r != '.':
			return -1
		}
	}
	return -1
}

// maxClause bounds the runes a clause reaches on either side of a figure,
// so text without punctuation stays linear.
const maxClause = 300

func (x *extractor) isDelim(r rune, enum bool) bool {
	if r == '、' {
		return enum
	}
	return clauseDelimBits.has(r) && clauseDelimSet[r]
}

// clauseDelimSet holds the runes of clauseDelims (looked up for every rune
// a clause scan passes).
var clauseDelimSet = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range clauseDelims {
		m[r] = true
	}
	return m
}()

// clauseDelimBits has the bits of clauseDelims' runes: one look at it
// rules out nearly every rune a scan passes, where a map lookup hashes
// each (the lookups were about a twentieth of the extraction's time).
var clauseDelimBits = func() (b runeBits) {
	for _, r := range clauseDelims {
		b.add(r)
	}
	return b
}()

// capQualifier returns 最高不超过 for a 不超过 written after 最高 (给予最高不超过75%的
// 租金补贴), q otherwise.
func (x *extractor) capQualifier(q string, i int) string {
	if q == "不超过" && strings.HasSuffix(x.str(max(0, i-5), i), "最高不超过") {
		return "最高不超过"
	}
	return q
}
