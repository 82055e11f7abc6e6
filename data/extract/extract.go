package extract

import (
	"context"
	"iter"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/numparse"
	"zhibiao/data/region"
)

// Extractor finds the indicators of articles. It holds the gazetteer it
// reads regions with and never changes: one Extractor serves any number
// of goroutines.
type Extractor struct {
	g *region.Gazetteer
}

// New returns the extractor that reads regions with g.
func New(g *region.Gazetteer) *Extractor { return &Extractor{g: g} }

// Extract returns the indicators of one article: every quantity written
// with a unit or measure word (人 户 家 个 项 条 元 % 个百分点 吨 …, see
// units.tsv) that is not a date, a duration, an age, a clock time, an
// ordinal, part of a name (5G, 2.0版, 500强) or an article-like 一/两.
//
// Each indicator carries its value in base units with the sign of a
// decrease (下降6.8% → -6.8), the metric phrase it measures, a canonical
// indicator name and a policy theme (indicators.tsv, themes.tsv), the
// region (the nearest region named before it in its sentence, else the
// story's region), the period with the story's year, its sentence and the
// rune offsets of Raw in a.Text.
//
// Each figure has a Status: a goal (奋斗目标, 力争, 计划, 年底将完成 …; also
// marked Target), the region's own estimate (预计, 估计), somebody else's
// expectation (市场预期, 此前预测) or, by default, a result.
//
// Extract does not change a; its data-quality marks (Article.Quality) are
// set when it is parsed.
func (e *Extractor) Extract(a *data.Article) []data.Indicator {
	return e.ExtractContext(context.Background(), a)
}

// ExtractContext is Extract that gives up when ctx is done, checking it
// between the steps of setting up and every few dozen figures, so a
// cancel takes effect within milliseconds even in one huge article. A
// cancelled extraction returns nil, wherever it was cancelled.
func (e *Extractor) ExtractContext(ctx context.Context, a *data.Article) []data.Indicator {
	if a == nil {
		return nil
	}
	x := newExtractor(ctx, e.g, a)
	if x == nil {
		return nil
	}
	out := x.run()
	if ctx.Err() != nil {
		return nil // run stopped part way: what it found is not the article's
	}
	if x.toOrig != nil {
		for i := range out {
			out[i].Start, out[i].End = x.toOrig[out[i].Start], x.toOrig[out[i].End] // offsets in a.Text
		}
	}
	return out
}

// ExtractAll extracts the indicators of every article, in order. Title is
// the title of the file's first story, Story the story's own title.
func (e *Extractor) ExtractAll(articles []*data.Article) []data.Indicator {
	return e.ExtractAllContext(context.Background(), articles)
}

// ExtractAllContext is ExtractAll that stops when ctx is done (see
// ExtractContext), returning nil.
func (e *Extractor) ExtractAllContext(ctx context.Context, articles []*data.Article) []data.Indicator {
	titles := map[string]string{}
	var parts [][]data.Indicator // each article's indicators, joined once at the end
	for _, a := range articles {
		if a == nil {
			continue
		}
		if _, ok := titles[a.File]; !ok {
			titles[a.File] = a.Title
		}
		if ctx.Err() != nil {
			return nil
		}
		inds := e.ExtractContext(ctx, a)
		for i := range inds {
			inds[i].Title = titles[a.File]
		}
		parts = append(parts, inds)
	}
	if ctx.Err() != nil {
		return nil
	}
	return JoinIndicators(parts)
}

// JoinIndicators returns parts one after another in one slice, nil when
// they hold none: ExtractAll's articles, or the chunks a parallel run cut
// a corpus into (data/corpus). An Indicator is some 300 bytes, full of
// pointers: appending a corpus's figures one by one to a growing slice
// copied each of them two or three times over (with the collector's write
// barriers), about 4 % of extraction; joined at the end, each is copied
// once.
func JoinIndicators(parts [][]data.Indicator) []data.Indicator {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return nil
	}
	out := make([]data.Indicator, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// extractor holds one article's text and the analyses shared by its
// figures. It lives for one call of Extract.
type extractor struct {
	ctx      context.Context
	g        *region.Gazetteer
	a        *data.Article
	t        *extractTables
	rs       []rune // Normalize(a.Text) in simplified characters, rune for rune
	ns       string // string(rs): Normalize(a.Text) with invalid bytes as U+FFFD
	os       string // string([]rune(a.Text)): a.Text itself when it is valid UTF-8
	nOff     []int  // byte offset in ns of each rune of rs, and len(ns)
	oOff     []int  // byte offset in os of each rune, and len(os)
	toOrig   []int  // rune offset in a.Text of each rune of rs and of its end, when they differ (rocYears); nil when rs is rune for rune
	sents    []data.Span
	mentions []region.Mention
	periods  map[data.Span][][]int // periodRe matches of a sentence, see lastPeriodBefore
	orgs     map[int]bool          // orgName by end offset
	verdicts []verdict             // mentionVerdict by mention, made when first asked
	themes   map[string]string     // theme of a sentence, see classify
	home     region.Region         // the story's region, if known
	// storyRegion is the region of figures that name none (storyRegionOf).
	storyRegion   string
	clock         periodClock           // what relative periods resolve against
	headline      periodSpan            // the period the story's headline names, if any
	bare          map[string]bool       // bareMetric's answers, by metric
	sections      []section             // a report's dated section headings (一、2024年工作回顾)
	spans         map[string]periodSpan // resolvePeriod of each phrase met
	spansBefore   map[int]periodSpan    // spanNamedBefore by rune offset
	comparedYears map[int]int           // comparedYear of each sentence asked, by its start
	scopes        map[int][]int         // scope words from a sentence start, see scopesFrom
	plans         map[int]bool          // planParagraph by paragraph start
	term          *periodSpan           // docTerm, once found
	termDays      string                // the range of days docTerm was read from
	groups        []regionGroup         // the story's named groups of regions (县域地区（包括…）)
	hasHome       bool
	policy        int // inPolicy: 0 not yet known, 1 yes, -1 no
	// estimateSameBelowAt is where 预计（下同） stands, -1 if nowhere
	// (see estimateBelow, which looks once).
	estimateSameBelowAt      int
	estimateSameBelowChecked bool
	// onlyCity is the one city of the story's province its text names
	// (see onlyCityNamed, which looks once).
	onlyCity        string
	onlyCityChecked bool
	// lastClause is clauseStart's last answer without enum and with it.
	lastClause [2]clauseAnswer
	// lastEstimate is isEstimate's last answer.
	lastEstimate estimateAnswer
}

// newExtractor sets up the extraction of a, or returns nil when ctx is
// done before it is set up: run needs every field filled.
func newExtractor(ctx context.Context, g *region.Gazetteer, a *data.Article) *extractor {
	// Traditional characters are read as simplified ones (rune for rune,
	// so offsets hold): 增長, 預計, 失業率 match the same rules.
	norm := englishGlosses(spacedDates(rangeDash(dayHao(data.ArabicYears(circleZero(g.Simplify(data.Normalize(a.Text)))))))) // 二零二二年 read as 2022年, 一萬○八百 as 一万〇八百, 8月15号 as 8月15日, 1—5月 as 1-5月, 12 月 as 12月, 第一产业增加值（primary industry） as 第一产业增加值
	var toOrig []int
	storyRegion := storyRegionOf(a, norm) // (before a year of the Republic, which names Taiwan, is written out)
	if rocStory(g, storyRegion, norm) {
		norm, toOrig = rocYears(norm) // 102年3月 read as 2013年3月
	}
	x := &extractor{ctx: ctx, g: g, a: a, t: tables(), toOrig: toOrig}
	// Each step takes tens of milliseconds on a text of megabytes: the
	// context is looked at between them. The text is decoded once, into
	// the runes, offsets and mentions every later step shares.
	if ctx.Err() != nil {
		return nil
	}
	x.rs, x.ns, x.nOff = decodeText(norm, true)
	x.sents = sentencesOf(norm, x.ns, x.nOff)
	if ctx.Err() != nil {
		return nil
	}
	_, x.os, x.oOff = decodeText(a.Text, false)
	if ctx.Err() != nil {
		return nil
	}
	x.mentions = withDefinedShortForms(x.rs, withZones(g, x.rs, findRegions(g, norm, x.ns, x.rs, x.nOff), x.docTitle()))
	x.home, x.hasHome = g.Lookup(a.Region)
	x.clock = clockOf(a)
	x.clock.bulletin = strings.Contains(g.Simplify(a.Title), "统计公报")
	x.storyRegion = storyRegion
	if c := x.provinceStoryCity(); c != "" {
		// 安徽省池州市政府新闻办…通报前三季度池州市经济运行情况: placed in the
		// province, a story of the one city it keeps naming
		x.storyRegion = c
		x.home, x.hasHome = g.Lookup(c)
	}
	if z := x.titleZone(); z != "" {
		x.storyRegion = z // 保税区最高6000万元奖励制造业投资 over a story of 天津港保税区
	}
	x.headline = headlinePeriod(g, a.Title, x.ns[:min(len(x.ns), 600)], x.clock)
	if x.headline.Kind == "" {
		x.headline = x.leadPeriod()
	}
	x.sections = sectionsOf(x.rs)
	x.groups = x.groupsOf()
	return x
}

// listItemJoint reports the joint between two items of a list (、, 和, 及).
func listItemJoint(s string) bool {
	return s == "、" || s == "和" || s == "及"
}

// circleZero writes a white circle typed for zero between Chinese numerals
// (一萬○八百○四點六六億元, 二○二○年) as 〇, rune for rune.
func circleZero(s string) string {
	if !strings.Contains(s, "○") {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r == '○' && (i > 0 && strings.ContainsRune(cnNumeralRunes, rs[i-1]) || i+1 < len(rs) && strings.ContainsRune(cnNumeralRunes, rs[i+1])) {
			rs[i] = '〇'
		}
	}
	return string(rs)
}

// cnNumeralRunes are the runes of a number written in Chinese numerals.
const cnNumeralRunes = "〇零一二三四五六七八九十百千万亿两点○"

// spacedDates closes the space between a number and its 年, 月 or 日
// (去（114）年 12 月份, 2026 年 1 月: a habit of Taiwan's papers) by moving
// it before the number, rune for rune: a date, never a figure, so no
// figure's offsets change.
func spacedDates(s string) string {
	if !strings.Contains(s, " 年") && !strings.Contains(s, " 月") && !strings.Contains(s, " 日") {
		return s // most texts: no date spaced so
	}
	return spacedDate.ReplaceAllStringFunc(s, func(m string) string {
		sub := spacedDate.FindStringSubmatch(m)
		if sub[1] != "" {
			// 1-8 月份 → 1-8月份␣: a range keeps its first number where it
			// was (a sentence may start there), the space goes after 月份
			return sub[1] + sub[2] + sub[3] + sub[4] + " "
		}
		return " " + sub[2] + sub[3] + sub[4] // 12 月 → ␣12月
	})
}

// englishGlosses blanks an English gloss in brackets after Chinese words
// (第一产业增加值（primary industry）124亿元, a release's glosses for
// readers abroad), rune for rune, so that the words before it stay the
// measure of the figure after it.
func englishGlosses(s string) string {
	if !mayHoldGloss(s) {
		return s
	}
	return englishGloss.ReplaceAllStringFunc(s, func(m string) string {
		r, n := utf8.DecodeRuneInString(m)
		return string(r) + strings.Repeat(" ", utf8.RuneCountInString(m[n:]))
	})
}

// mayHoldGloss reports whether s holds an opening bracket with an ASCII
// letter after it, which every match of englishGloss holds: most texts
// have brackets (normalised from （）) but no English in them, and the
// expression, with no literal to skip to, is otherwise tried at every rune.
func mayHoldGloss(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			return false
		}
		i += j + 1
		if i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
			return true
		}
	}
}

// englishGloss is a Han rune and a bracketed gloss of English words after
// it ((primary industry), (GDP) too short to be one).
var englishGloss = regexp.MustCompile(`\p{Han}\([A-Za-z][A-Za-z'&/-]*(?: [A-Za-z'&/-]+)+\)`)

// spacedDate is a number, one space, then 年, 月 or 日; a range of months
// (1-8 月份) with its 份.
var spacedDate = regexp.MustCompile(`([0-9]{1,2}-)?([0-9]{1,4}) ([年月日])(份)?`)

// dayHao writes the 号 of a day of a month (8月15号) as 日, rune for rune:
// the same day to the period rules.
func dayHao(s string) string {
	if !strings.Contains(s, "号") {
		return s
	}
	return monthDayHao.ReplaceAllStringFunc(s, func(m string) string {
		return strings.TrimSuffix(m, "号") + "日"
	})
}

// rangeDash writes a dash between two digits (1—5月, 2019—2023年) as the
// hyphen of a range, rune for rune: not a clause's break.
func rangeDash(s string) string {
	if !strings.Contains(s, "—") {
		return s
	}
	return digitDash.ReplaceAllStringFunc(s, func(m string) string {
		return strings.Replace(m, "—", "-", 1)
	})
}

// digitDash is a dash (one or two) between digits.
var digitDash = regexp.MustCompile(`[0-9]——?[0-9]`)

// monthDayHao is a day of a month written with 号.
var monthDayHao = regexp.MustCompile(`月[0-9]{1,2}号`)

// runeText returns string([]rune(s)), which is s itself when s is valid
// UTF-8, with the byte offset of every rune and the length.
func runeText(s string) (string, []int) {
	if !utf8.ValidString(s) {
		s = string([]rune(s))
	}
	off := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		off = append(off, i)
	}
	return s, append(off, len(s))
}

// decodeText is []rune(s) (when runes is set) and runeText(s) in one
// pass over s: the runes, string(runes) (s itself when it is valid UTF-8)
// and the byte offset in it of each rune and of its end. The runes are
// counted as the bytes that do not continue a rune (runeStarts), which is
// their number when s is valid, and decoded in line (rune3); at the first
// invalid byte it falls back to []rune and runeText.
func decodeText(s string, runes bool) ([]rune, string, []int) {
	n := runeStarts(s)
	var rs []rune
	if runes {
		rs = make([]rune, n)
	}
	off := make([]int, n+1)
	k := 0
	for i := 0; i < len(s); {
		r, w := rune3(s, i)
		if w == 0 {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if r == utf8.RuneError && w == 1 {
			// An invalid byte: string(runes) is not s (rarely).
			ns, off := runeText(s)
			if runes {
				rs = []rune(s)
			}
			return rs, ns, off
		}
		if runes {
			rs[k] = r
		}
		off[k] = i
		k++
		i += w
	}
	off[n] = len(s)
	return rs, s, off
}

// runeStarts counts the bytes of s that are not continuation bytes
// (10xxxxxx): the number of runes when s is valid UTF-8.
func runeStarts(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// sentencesOf is data.Sentences(norm), its byte offsets turned into rune
// offsets with off, the offsets of ns decoded (decodeText), when ns is
// norm itself: Sentences counts the runes again.
func sentencesOf(norm, ns string, off []int) []data.Span {
	if ns != norm {
		return data.Sentences(norm)
	}
	out := data.SentenceBytes(norm)
	for i, sp := range out {
		start, _ := slices.BinarySearch(off, sp.Start)
		end, _ := slices.BinarySearch(off, sp.End)
		out[i] = data.Span{Start: start, End: end}
	}
	return out
}

// findRegions is g.Find(norm), from the runes and offsets of ns, the text
// decoded (decodeText), when that is norm itself.
func findRegions(g *region.Gazetteer, norm, ns string, rs []rune, off []int) []region.Mention {
	if ns != norm {
		return g.Find(norm)
	}
	return g.FindDecoded(ns, rs, off)
}

// str returns string(x.rs[i:j]) without copying.
func (x *extractor) str(i, j int) string {
	return x.ns[x.nOff[i]:x.nOff[j]]
}

// origStr returns string([]rune(a.Text)[i:j]) without copying.
func (x *extractor) origStr(i, j int) string {
	return x.os[x.oOff[x.orig(i)]:x.oOff[x.orig(j)]]
}

// orig returns the offset in a.Text of the rune at offset i of rs.
func (x *extractor) orig(i int) int {
	if x.toOrig == nil {
		return i
	}
	return x.toOrig[i]
}

// figure is a quantity accepted as an indicator, before its context is
// attributed.
type figure struct {
	n         numparse.Number
	unit      unitDef
	end       int // end of Raw (unit and trailing qualifier included)
	quoted    bool
	qualifier string
	metric    string // set by the pass that found the figure (三次产业结构), else worked out
}

// cancelEvery is how many figures pass between looks at the context.
const cancelEvery = 32

// run finds the figures and attributes each.
// Table lines (extract_table.go) are read by the table pass only, and its
// figures join the others in text order.
func (x *extractor) run() []data.Indicator {
	tabs := x.findTables()
	var figs []figure
	var bareList []numparse.Number // bare numbers of a list waiting for its unit (1.9、0.9和1.0个百分点)
	var prev numparse.Number       // the number scanned before
	rank := false                  // prev is a rank or an item of a list of ranks
	for k, n := range x.numbers() {
		if k%cancelEvery == 0 && x.ctx.Err() != nil {
			return nil
		}
		if tabs.holds(n.Start) {
			bareList = bareList[:0]
			continue
		}
		if len(bareList) > 0 && !x.listJoined(bareList[len(bareList)-1], n) {
			bareList = bareList[:0]
		}
		// A list that starts with an ordinal (第1、2和3名) is a list of ranks.
		ranks := n.Ordinal || k > 0 && rank && x.listJoined(prev, n)
		prev, rank = n, ranks
		f, ok := x.accept(n)
		if ranks {
			bareList = bareList[:0]
			continue
		}
		if !ok {
			if x.listItem(n) {
				bareList = append(bareList, n)
			}
			continue
		}
		if len(bareList) > 0 {
			if hasSuffixAny(x.str(x.clauseStart(bareList[0].Start, true), bareList[0].Start), decreaseVerbs) {
				f.n.Change = -1 // 分别下跌1.3、0.9及0.7个百分点: every item fell
			}
			figs = append(figs, x.sharedUnit(bareList, f)...)
			bareList = bareList[:0]
		}
		next := f.n.Start
		for k := len(figs) - 1; k >= 0 && f.n.Points && figs[k].unit.Written == "个" && listItemJoint(x.str(figs[k].end, next)); k-- {
			// 分别高于全国、全省7个、5.7个百分点, 15.6个、8.4个、5.7个、3.5个百分点:
			// the 个 of 个百分点, shared by the list
			g := f
			g.n, g.end, g.qualifier = figs[k].n, figs[k].end, figs[k].qualifier
			g.n.Kind, g.n.Unit, g.n.Points = f.n.Kind, f.n.Unit, true
			next = figs[k].n.Start
			figs[k] = g
		}
		figs = append(figs, f)
	}
	bare := slices.DeleteFunc(append(x.bareMagnitudes(), x.structureShares()...), func(f figure) bool { return tabs.holds(f.n.Start) })
	figs = x.dropRepeats(mergeFigures(figs, bare))
	out := make([]data.Indicator, 0, len(figs))
	for i, f := range figs {
		if i%cancelEvery == 0 && x.ctx.Err() != nil {
			return nil
		}
		out = append(out, x.indicator(figs, i, f))
	}
	x.relate(out)
	x.relativeSigns(out)
	x.priorValues(out)
	measureNouns(out)
	if len(tabs.tables) == 0 {
		return out
	}
	out = append(out, x.tableIndicators(tabs)...)
	slices.SortStableFunc(out, func(a, b data.Indicator) int { return a.Start - b.Start })
	return out
}

// measureNouns ends a metric that names no measure with the noun it
// leaves out: a share said with the verb alone (对美国进出口占17.9%:
// 对美国进出口占) with 占比, a count of people named only by the part of
// the population it is (男性160.61万人, 城镇) with 人口.
func measureNouns(out []data.Indicator) {
	for i := range out {
		if out[i].Unit == "%" && strings.HasSuffix(out[i].Metric, "占") && utf8.RuneCountInString(out[i].Metric) > 1 {
			out[i].Metric += "比"
		}
		if out[i].Unit == "人" && slices.Contains(populationParts, out[i].Metric) {
			out[i].Metric += "人口"
		}
	}
}

// populationParts name a part of a population without saying 人口.
var populationParts = []string{"男性", "女性", "城镇", "乡村", "农村"}

// numbers yields the scanned numbers in order, 下跌4.3至57.8 as two
// (changeAndLevel).
func (x *extractor) numbers() iter.Seq2[int, numparse.Number] {
	return func(yield func(int, numparse.Number) bool) {
		k := 0
		for _, n := range numparse.ScanRunesContext(x.ctx, x.rs) {
			if change, level, ok := x.changeAndLevel(n); ok {
				if !yield(k, change) {
					return
				}
				k, n = k+1, level
			}
			if !yield(k, n) {
				return
			}
			k++
		}
	}
}

// changeAndLevel splits what the scanner reads as a range, 下跌4.3至57.8,
// when it is an index's change and the level it reached: two bare numbers
// joined by 至 right after a verb of change, in a sentence about an index
// (PMI下跌4.3至57.8, 微升0.6至57.3).
func (x *extractor) changeAndLevel(n numparse.Number) (change, level numparse.Number, ok bool) {
	if n.Kind != numparse.KindRange || n.Unit != "" || n.Start < 1 || !changeVerbEnd.MatchString(x.str(max(0, n.Start-2), n.Start)) {
		return n, n, false
	}
	text := x.str(n.Start, n.End)
	i := strings.IndexRune(text, '至')
	if i <= 0 {
		return n, n, false
	}
	sep := n.Start + utf8.RuneCountInString(text[:i])
	a, b := numparse.Scan(x.str(n.Start, sep)), numparse.Scan(x.str(sep+1, n.End))
	if len(a) != 1 || len(b) != 1 || a[0].Kind != numparse.KindNumber || b[0].Kind != numparse.KindNumber ||
		!aboutAnIndex.MatchString(x.str(x.sentenceOf(n.Start).Start, n.Start)) {
		return n, n, false
	}
	change, level = shift(a[0], n.Start), shift(b[0], sep+1)
	change.Change = n.Change
	return change, level, true
}

// changeVerbEnd: the end of a verb of change before a figure.
var changeVerbEnd = mustQuickRe(`[升降跌涨增减]$|回落$|提高$|下滑$`)

// shift moves a number scanned from a part of the text starting at off.
func shift(n numparse.Number, off int) numparse.Number {
	n.Start += off
	n.End += off
	n.NumStart += off
	n.NumEnd += off
	return n
}

// listItem reports a bare number that may be an item of a list whose last
// item carries the unit: a plain numeral, not an ordinal or a year.
func (x *extractor) listItem(n numparse.Number) bool {
	if n.Ordinal || n.Fraction || n.Unit != "" || n.Kind != numparse.KindNumber || n.End >= len(x.rs) {
		return false
	}
	return n.Value < 1900 || n.Value > 2100 || n.Value != math.Trunc(n.Value)
}

// listJoined reports two numbers written as neighbours in a list: only a
// list mark between them (、 和 及 与).
func (x *extractor) listJoined(a, b numparse.Number) bool {
	switch x.str(a.End, b.Start) {
	case "、", "和", "及", "与", "、和":
		return true
	}
	return false
}

// sharedUnit gives the bare items of a list the unit of its last item f
// (分别拉动1.9、0.9和1.0个百分点; 提高0.1和1.2个百分点): figures of their own,
// Raw the bare numeral. Only units of measure are shared, not dates.
func (x *extractor) sharedUnit(items []numparse.Number, f figure) []figure {
	if f.unit.Kind == "skip" || f.unit.Kind == "days" || f.n.Kind == numparse.KindRange {
		return nil
	}
	out := make([]figure, 0, len(items))
	for _, n := range items {
		g := f
		g.n = n
		g.n.Kind, g.n.Unit, g.n.Points, g.n.Change = f.n.Kind, f.n.Unit, f.n.Points, f.n.Change
		if n.Multiplier == 1 && f.n.Multiplier > 1 {
			g.n.Value *= f.n.Multiplier // 3.4、5.6万人
		}
		g.end, g.qualifier = n.End, n.Qualifier
		if g.qualifier == "" {
			g.qualifier = x.verbQualifier(n.Start)
		}
		g.qualifier = x.capQualifier(g.qualifier, n.Start)
		if x.notAQuantity(g) {
			return nil
		}
		out = append(out, g)
	}
	return out
}

// indicator builds the Indicator of figs[i].
func (x *extractor) indicator(figs []figure, i int, f figure) data.Indicator {
	sent := x.sentenceOf(f.n.Start)
	ind := data.Indicator{
		File: x.a.File, Story: x.a.Title, Title: x.a.Title, Date: x.a.Date,
		Value: x.value(f), Unit: x.currency(f, sent), Raw: x.origStr(f.n.Start, f.end),
		Qualifier: f.qualifier, Sentence: strings.TrimSpace(x.origStr(sent.Start, sent.End)),
		Start: f.n.Start, End: f.end, Article: x.a,
	}
	ind.Metric = x.metric(figs, i)
	if f.metric != "" {
		ind.Metric = f.metric
	}
	ind.Metric = withoutPinyin(ind.Metric)
	project := false
	if f.metric == "" {
		if m := x.investedProject(f); m != "" {
			ind.Metric, project = m, true
		}
	}
	ind.Region = x.regionOf(sent, f.n.Start)
	ind.Regions = []string{}
	if r, ok := x.respectiveRegion(figs, i); ok {
		ind.Region = r
	} else if rs := x.jointRegions(f.n.Start); rs != nil {
		ind.Region, ind.Regions = "", rs
	} else if rs := x.groupRegions(f.n.Start); rs != nil {
		ind.Region, ind.Regions = "", slices.Clone(rs)
	} else if rs := x.namedGroup(sent, f.n.Start); rs != nil {
		ind.Region, ind.Regions = "", slices.Clone(rs) // 六都12月買賣移轉棟數: Taiwan's six municipalities together
	} else if x.cityTier(sent, f.n.Start) {
		ind.Region, ind.Regions = "", nil // 一线城市新建商品住宅销售价格环比下降0.4%: a group of cities, no one region
	} else if x.areaPart(f.n.Start) {
		ind.Region, ind.Regions = "", []string{} // 东部地区生产总值增长6.8%: a part of the region, several places
	}
	if f.unit.Base == "元" && ind.Unit != "元" && ind.Region != "" && localCurrency[ind.Region] == "" {
		ind.Unit = "元" // 2014年甘肃省实现生产总值6835.27亿元 in 香港商报: the mainland's yuan
	}
	ind.Status = x.status(figs, i, sent)
	var span periodSpan
	ind.Period, span = x.periodOf(sent, f.n.Start, ind.Status)
	if ind.Status == data.StatusResult {
		if label, planSpan, ok := x.planned(sent, f.n.Start); ok {
			// 今年，全县将新建…260公里: a plan for a period still to come
			ind.Status, ind.Period, span = data.StatusTarget, label, planSpan
		}
	}
	if ind.Status == data.StatusTarget && yearGoalInBrackets.MatchString(x.str(max(0, f.n.Start-8), f.n.Start)) {
		// 上半年…完成全年目标（70万人）的72.34%: the goal is the year's
		y := x.clock.dataYear
		if len(span.End) >= 4 {
			y, _ = strconv.Atoi(span.End[:4])
		}
		span = yearSpan(y)
		ind.Period = spanLabel(span)
	}
	if sec, ok := x.sectionOf(f.n.Start); ok {
		ind.Status, ind.Period, span = x.inSection(sec, sent, f.n.Start, ind.Status, ind.Period, span)
	}
	ind.Target = ind.Status == data.StatusTarget
	ind.PeriodStart, ind.PeriodEnd, ind.PeriodKind = span.Start, span.End, span.Kind
	ind.Period = labelInYear(ind.Period, span)
	if ind.Status == data.StatusResult && !x.clock.pub.IsZero() && span.Start > x.clock.pub.Format("2006-01-02") && span != x.docTerm() && !decided.MatchString(x.str(sent.Start, sent.End)) {
		// (not a notice's own term: 活动时间…，活动金额为180万元 is what it decided)
		ind.Status = data.StatusEstimate // 明年经济增长3.54%: no result yet, a forecast
	}
	x.classify(&ind)
	if project {
		ind.Indicator, ind.Theme = "项目总投资", "稳投资"
	}
	if ind.Indicator == "项目总投资" && ind.PeriodKind != data.PeriodNone && x.headline.Kind == "" && x.periodPhrase(sent, f.n.Start) == "" {
		// 投资一亿元的…项目: a project's whole investment, spent over no
		// period the text names
		ind.PeriodStart, ind.PeriodEnd, ind.PeriodKind = "", "", data.PeriodNone
		ind.Period = spanLabel(noPeriod)
	}
	return ind
}

// labelInYear returns a period label that names a year (2024年12月份)
// with the year of its span when they differ: the span is worked out
// from the publication date and the story (a January release about
// 12月份 is of the year before), while the label was written with the
// year first thought of. Spans over years keep their label.
func labelInYear(label string, span periodSpan) string {
	switch span.Kind {
	case data.PeriodYear, data.PeriodHalf, data.PeriodQuarter, data.PeriodMonth, data.PeriodYTD:
	case data.PeriodSpan:
		if bareYear.MatchString(strings.TrimLeft(label, "到至")) && span.Start[:4] != span.End[:4] {
			return spanLabel(span) // 2021年…两年平均增长4.5%, 到2015年…年均增长10.5%: 2020-2021年, 2011-2015年
		}
		return label
	default:
		return label
	}
	if len(label) < 7 || len(span.Start) < 4 || !fourDigitYear.MatchString(label[:7]) || label[:4] == span.Start[:4] {
		return label
	}
	return span.Start[:4] + label[4:]
}

// cityTier reports a figure of a tier of cities (一线城市, 二、三线城市,
// 70个大中城市) with no region named after the tier in its sentence: a
// group's figure, not one region's.
func (x *extractor) cityTier(sent data.Span, at int) bool {
	before := x.str(sent.Start, at)
	locs := cityTierRe.FindAllStringIndex(before, -1)
	if locs == nil {
		return false
	}
	from := sent.Start + utf8.RuneCountInString(before[:locs[len(locs)-1][1]])
	r, _ := x.lastRegion(from, at)
	return r == ""
}

// areaPart reports a figure whose clause is of a part of its region named
// by its bearing (东部地区, 中部地区, 西部地区, 东北地区) and no region after
// it: several places, none of them named.
func (x *extractor) areaPart(at int) bool {
	from := x.clauseStart(at, true)
	clause := x.str(from, at)
	loc := areaPartRe.FindStringIndex(clause)
	if loc == nil {
		return false
	}
	r, _ := x.lastRegion(from+utf8.RuneCountInString(clause[:loc[1]]), at)
	return r == ""
}

// areaPartRe names a part of a region by its bearing.
var areaPartRe = mustQuickRe(`(东部|中部|西部|东北|南部|北部)(地区|区域|片区)`)

// namedGroup returns the regions of a group named by one word before the
// figure in its sentence (六都: Taiwan's six municipalities) with no region
// of the group named after it; nil if none.
func (x *extractor) namedGroup(sent data.Span, at int) []string {
	before := x.str(sent.Start, at)
	for word, rs := range regionGroups {
		k := strings.LastIndex(before, word)
		if k < 0 {
			continue
		}
		from := sent.Start + utf8.RuneCountInString(before[:k+len(word)])
		if r, _ := x.lastRegion(from, at); r == "" && !scopeWords.MatchString(x.str(from, at)) && !strings.Contains(x.str(from, at), "全台") {
			return rs // (全台全年總量26萬棟 after 六都: the island's)
		}
	}
	return nil
}

// regionGroups are groups of regions named by one word.
var regionGroups = map[string][]string{
	"六都": {"台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市"},
}

var cityTierRe = mustQuickRe(`(^|[，,。；;：:])((一线|二线|三线|四线|各线|二、三线|三、四线)城市|[0-9]+个大中城市)`) // (opening a clause: its subject, not 列为全国新二线城市)

// investedProject returns the measure of a project's investment written
// before its name (投资一点四亿元的石门县县域治理现代化指挥中心项目:
// 石门县县域治理现代化指挥中心项目投资), "" if the figure is not so written.
func (x *extractor) investedProject(f figure) string {
	before := x.str(max(0, f.n.Start-4), f.n.Start)
	if !strings.HasSuffix(before, "投资") && !strings.HasSuffix(before, "投资约") && !strings.HasSuffix(before, "投资达") {
		return ""
	}
	if f.end >= len(x.rs) || x.rs[f.end] != '的' && x.rs[f.end] != '、' {
		return ""
	}
	var after string
	if x.rs[f.end] == '的' {
		after = x.str(f.end+1, max(f.end+1, min(x.clauseEnd(f.end, true), f.end+40)))
	} else {
		// 投资9亿元、作为全省第一批试点的“压缩空气飞轮”储能示范项目完成县级备案:
		// the project the aside describes, after its last 的
		after = x.str(f.end+1, max(f.end+1, min(x.clauseEnd(f.end+1, false), f.end+48)))
		k := strings.LastIndex(after, "项目")
		if k <= 0 {
			return ""
		}
		d := strings.LastIndex(after[:k], "的")
		if d < 0 {
			return ""
		}
		after = strings.NewReplacer("“", "", "”", "", "\"", "", " ", "").Replace(after[d+len("的"):])
	}
	if loc := listCount.FindStringIndex(after); loc != nil && loc[0] > 0 {
		after = after[:loc[0]] // 巴州沟防洪工程等5个项目: the last work of the list, not the list
	}
	var name string
	if k := strings.LastIndex(after, "项目"); k > 0 {
		name = after[:k+len("项目")]
	} else {
		// 投资8550万元的2011年整村推进、投资2791万元的巴州沟防洪工程…等5个项目:
		// a work of a list of projects, named up to the list's next item
		if x.rs[f.end] != '的' || !strings.Contains(x.str(f.end, x.sentenceOf(f.n.Start).End), "项目") {
			return ""
		}
		name = after
		if e := strings.IndexAny(name, "、，,。；;"); e >= 0 {
			name = name[:e]
		}
		if e := strings.Index(name, "等"); e > 0 {
			name = name[:e]
		}
		if e := strings.Index(name, "投资"); e > 0 {
			// …示范工程和投资1.5亿元的海鸿城市花园: the next item, joined by 和
			name = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name[:e], "和"), "及"), "与")
		}
		if n := utf8.RuneCountInString(name); n < 2 || n > 24 {
			return ""
		}
	}
	if strings.Contains(before, "总投资") {
		return name + "总投资" // 总投资9073亿元的1741个支撑项目
	}
	return name + "投资"
}

// listCount closes a list of works with their count (等5个项目).
var listCount = mustQuickRe(`等[0-9一二三四五六七八九十两]+[个项]`)

// monthOnMonth marks a change on the month or quarter before.
var monthOnMonth = mustMatcher(`环比|按月|比上月|较上月|比上季|较上季|m/m|M/M|MoM`)

// sinceYearStart marks a change on the start of the year (比年初, 较上年末).
var sinceYearStart = mustMatcher(`比年初|较年初|比上年末|较上年末|比去年末|较去年末|比上年底|较上年底`)

// classify sets the canonical indicator and the theme from the metric, in
// simplified characters (經濟增長 is 经济增长).
func (x *extractor) classify(ind *data.Indicator) {
	ctx := strings.ReplaceAll(ind.Metric, "，", "")
	d, ok := x.t.canonical(ctx, ind.Unit)
	if !ok && ind.Unit == "%" {
		// A rate of a level (全市平均水平（4.9%）after 地区生产总值…增长6.0%)
		// is its growth unless it is a share, which has rows of its own.
		if g, gok := x.t.canonical(ctx+"增长", "%"); gok && g.Kind == "growth" {
			d, ok = g, true
		}
	}
	switch {
	case ok && (d.Name == noCanonical || tradeWith.MatchString(ctx)):
		// 对美国出口: trade with one partner, not the region's total
		ind.Indicator, ind.Theme = "", d.Theme
		return
	case ok && d.Kind == "growth" && shareOfTail.MatchString(ctx):
		// 民间投资占全市固定资产投资（的60.8%）: a share, not the growth of
		// what it is a share of
		ind.Indicator, ind.Theme = "", d.Theme
		return
	case ok && d.Kind == "growth" && x.olderBase(ctx, ind.PeriodEnd):
		// GDP比2019年同期增长9.3% in a 2021 story: growth over two years,
		// not the year's rate
		ind.Indicator, ind.Theme = "", d.Theme
		return
	case ok && d.Kind == "growth" && (monthOnMonth.MatchString(ctx) || sinceYearStart.MatchString(ctx)):
		// 居民消费价格环比上涨0.3%: a change on the month before, not the
		// year-on-year rate the indicator is (nor 存款余额比年初增长8.3%: on
		// the year's start)
		ind.Indicator, ind.Theme = "", d.Theme
		return
	case ok && (strings.HasPrefix(ctx, "每") || isChange(d.Kind, ind.Metric)):
		// An amount per head (每户2000元补助) is a rate of support, and a
		// change (常住人口，比上年末增加1.1万人) no level: neither is the
		// indicator itself.
		ind.Indicator, ind.Theme = "", d.Theme
		return
	case ok && d.Kind == "index" && trailingChange.MatchString(ctx):
		// PMI下跌4.3(至57.8): the index's change in points, not its level
		ind.Indicator, ind.Theme = "", d.Theme
		return
	case ok:
		ind.Indicator, ind.Theme = d.Name, d.Theme
		return
	}
	ind.Indicator = ""
	if ind.Theme = x.t.theme(ctx); ind.Theme != "" {
		return
	}
	// The sentence's theme is the same for all its figures.
	theme, ok := x.themes[ind.Sentence]
	if !ok {
		theme = x.t.theme(ind.Sentence)
		if x.themes == nil {
			x.themes = map[string]string{}
		}
		x.themes[ind.Sentence] = theme
	}
	ind.Theme = theme
}

// changeTail ends a metric that measures a change of its subject
// (常住人口，比上年末增加; 存款余额，比年初增加).
var changeTail = mustQuickRe(`(增加|减少|增长|下降|净增|新增|多|少|提高|回落)了?$`)

// isChange reports a figure that is the change of a level, count or per
// capita indicator rather than the indicator: its metric ends in a change
// verb after the subject's clause.
func isChange(kind, metric string) bool {
	if kind != "level" && kind != "count" && kind != "per_capita" {
		return false
	}
	i := strings.LastIndex(metric, "，")
	if i < 0 {
		// 常住人口比上年末增加: the comparison with an earlier time, joined
		// without a comma (metricJoint)
		loc := periodBaseIn.FindStringIndex(metric)
		if loc == nil || loc[0] == 0 {
			return false
		}
		i = loc[0]
	}
	return changeTail.MatchString(metric[i:])
}

// olderBase reports a metric compared with a year before the one before
// the story's data year (比2019年同期 in a story of 2021).
func (x *extractor) olderBase(metric, periodEnd string) bool {
	m := olderBaseRe.FindStringSubmatch(metric)
	if m == nil {
		return false
	}
	y, _ := strconv.Atoi(m[1])
	of := x.clock.dataYear
	if len(periodEnd) >= 4 {
		of, _ = strconv.Atoi(periodEnd[:4]) // 去年第四季…较2020年同期: the figure's own year
	}
	return of > 0 && y < of-1
}

var olderBaseRe = mustQuickRe(`(?:比|较|与)((?:19|20)[0-9]{2})年`)

// periodBaseIn finds periodBase inside a metric.
var periodBaseIn = mustQuickRe(`(比|较|与)(上年|去年|上月|上季|上半年|前年|同期|本年|年初|上年同期|去年同期|[0-9]{4}年|[一二三四]季度|[0-9一二三四五六七八九十]+月)`)

// shareOfTail ends a metric that makes its rate a share (…占全市固定资产投资).
var shareOfTail = mustQuickRe(`占[^，,；;增长降]{1,16}(的)?$`)

// value is the figure's value in base units with the sign of a decrease
// for rates (下降6.8% → -6.8).
func (x *extractor) value(f figure) float64 {
	v := f.n.Value
	if f.unit.Kind == "permille" {
		v *= 10 // numparse reads 7.62‰ as 0.762%
		f.unit.Kind = "percent"
	}
	if v <= 0 || math.IsNaN(v) {
		return v
	}
	if f.unit.Kind == "index" && f.n.Change < 0 {
		return -v // PMI下跌4.3至57.8: the index fell by 4.3 points
	}
	before := strings.TrimRight(x.str(x.clauseStart(f.n.Start, true), f.n.Start), " 　") // (減少 4000 人)
	if before == "" && f.n.Start > 0 && x.rs[f.n.Start-1] == ')' {
		for k := f.n.Start - 2; k >= max(0, f.n.Start-14); k-- {
			if x.rs[k] == '(' {
				before = x.str(x.clauseStart(k, true), f.n.Start) // 增速低于全国(3.0%)0.6个百分点: the base's rate in brackets
				break
			}
		}
	}
	if f.n.Kind != numparse.KindPercent && f.unit.Kind != "percent" {
		if fellBy.MatchString(before) {
			return -v // 比上年减少312个: the count fell by 312
		}
		if strings.HasSuffix(before, "减") && !strings.HasSuffix(before, "税减") {
			sent := x.sentenceOf(f.n.Start)
			if yearBeforeBase.MatchString(x.str(sent.Start, f.n.Start)) || strings.HasPrefix(strings.TrimLeft(x.str(f.end, min(f.end+4, len(x.rs))), " "), "(年减") {
				return -v // 較上年同月增77.5億美元，其中…運輸工具減1.1億美元(年減28.7%): a fall from last year
			}
		}
		if fellVerb.MatchString(before) {
			sent := x.sentenceOf(f.n.Start)
			if comparedFirst.MatchString(x.str(sent.Start, f.n.Start)) {
				return -v // 与去年同期相比，土地增值税减少178亿元、货物税减少143亿元
			}
		}
		return v
	}
	if belowBy.MatchString(before) {
		return -v // 低于全国0.5个百分点
	}
	if x.fallRanking(f.n.Start, before) {
		return -v // 人口减少最多为金门县2.91%，其次为台北市2.10%
	}
	if strings.Contains(before, "降幅") && strings.HasSuffix(before, "收窄") {
		return v // a decline that narrows: the rate rose
	}
	if f.n.Points && declineWidened.MatchString(before) {
		return -v // 降幅比上月扩大0.1个百分点: the rate fell further
	}
	if strings.HasSuffix(before, "收窄") && f.n.Points && declineBefore.MatchString(x.str(max(0, x.clauseStart(f.n.Start, false)-16), x.clauseStart(f.n.Start, false))) {
		return v // 下降16.8%，比上半年收窄4.9个百分点: the decline narrowed, the rate rose
	}
	if f.n.Change < 0 || hasSuffixAny(before, decreaseVerbs) || declineTo.MatchString(before) || declineAfter.MatchString(x.str(f.end, min(f.end+8, len(x.rs)))) {
		return -v // 录得0.2%的轻微跌幅: the decline named after the rate
	}
	return v
}

// declineWidened ends the words before a change in points of a decline
// that grew (降幅比上月均扩大, 跌幅扩大).
var declineWidened = mustQuickRe(`(降幅|跌幅|减幅)[^，,。；;]{0,10}(扩大|加大|加深)$`)

// decided marks a sentence telling of a decision already taken about a
// period to come (拍板明年最低工资调幅3.18%): a result, not a forecast.
var decided = mustQuickRe(`拍板|敲定|核定|审定|决定|通过了|获批`)

// relativeSigns gives a rate said right after a fall, as its size against
// the base (較107年的102萬184元減少3萬8185元，約達3.74%; 減少4000人或0.82%),
// the fall's sign.
func (x *extractor) relativeSigns(out []data.Indicator) {
	for i := 1; i < len(out); i++ {
		p, f := out[i-1], &out[i]
		if f.Value > 0 && p.Value > 0 && f.Unit == p.Unit && f.Unit != "%" && f.Unit != "个百分点" && p.Sentence == f.Sentence && changeOfLevel.MatchString(x.str(p.End, f.Start)) {
			f.Value = -f.Value // 稻谷47.7千公顷,减少0.2千公顷: the level's fall
			continue
		}
		if p.Value >= 0 || f.Value <= 0 || f.Unit != "%" || p.Unit == "%" || p.Unit == "个百分点" || p.Sentence != f.Sentence {
			continue
		}
		if relativeJoint.MatchString(x.str(p.End, f.Start)) {
			f.Value = -f.Value
		}
	}
}

// changeOfLevel joins a level and its fall: ，减少, ，同比下降.
var changeOfLevel = mustQuickRe(`^\s*[，,；;]\s*(同比|比上年|较上年|比去年|较去年)?(减少|下降|降低|回落|下滑|缩减|减)了?\s*$`)

// relativeJoint joins a change and its size in %: 或, ，约达, ，即.
var relativeJoint = mustQuickRe(`^\s*[，,]?\s*(约|约达|约为|或|即|相当于|，)?\s*$`)

// fallRanking reports a rate in a ranking of declines: right after
// 减少最多为…, or after 其次为… in the part of its sentence (up to a ；)
// that such a ranking opens.
func (x *extractor) fallRanking(at int, before string) bool {
	if fallRank.MatchString(before) {
		return true
	}
	if !rankNext.MatchString(before) {
		return false
	}
	sent := x.sentenceOf(at)
	part := x.str(sent.Start, at)
	if k := strings.LastIndexAny(part, "；;"); k >= 0 {
		part = part[k:]
	}
	return fallRank.MatchString(part)
}

// fallRank opens a ranking of declines (人口减少最多为, 降幅最大的是);
// rankNext goes on with a ranking (其次为, 再其次为, 次之, 第三名则为).
var (
	fallRank = mustQuickRe(`(减少|下降|下跌|降幅|减幅|跌幅)(最多|最大|最快|最为明显)(的)?(者|是)?(为|是)?`)
	rankNext = mustQuickRe(`^(再)?(其次|次之)(则)?(是|为)?|^第[二三四五六七八九十]名?(则)?(是|为)`)
)

// declineTo: a rate after it is the size a decline grew or shrank to
// (跌幅扩至20%, 降幅收窄至3.1%).
var declineTo = mustQuickRe(`(跌幅|降幅|减幅)(进一步)?(扩大|扩|收窄|缩小|缩窄)?(至|到|为)$`)

// declineAfter: a rate before it is a decline (0.2%的轻微跌幅, 5%的降幅).
var declineAfter = mustQuickRe(`^的(轻微|小幅|大幅|明显)?(跌幅|降幅|减幅|负增长|下跌|下降)`)

// fellBy: a quantity after it is how much a level fell against its base
// (比上年减少312个, 同比下降1.2亿元), not an amount reduced on purpose
// (减少企业成本8亿元).
// declineBefore ends a clause that gives a fall (同比下降3.1%，).
var declineBefore = mustQuickRe(`(下降|减少|下滑|回落|负增长)[0-9.]+%[，,]?$`)

// yearBeforeBase names last year's same month or period as the base of
// the changes after it (較上年同月增77.5億美元).
var yearBeforeBase = mustQuickRe(`(较|比)(上年|去年)同(月|期|季)`)

var fellBy = mustQuickRe(`(比|较|同比|环比|按年|按月|按季)[^，,。；;]{0,20}(减少|下降|降低|回落|下滑|缩小|缩减|减)了?(约|近|逾)?$`)

// fellVerb ends the words before a quantity that fell, and comparedFirst
// opens a sentence with the base its changes are measured against
// (与去年同期相比，…减少178亿元).
var (
	fellVerb      = mustQuickRe(`(减少|下降|降低|回落|下滑|缩减|减收)了?(约|近|逾)?$`)
	comparedFirst = mustQuickRe(`(与|和|跟|同)[^，,。；;]{1,12}(相比|比较)[，,]|(比起|较之|对比)[^，,。；;]{1,12}[，,]|^[^，,。；;]{1,8}相比[，,]|(较|比)(上月|上年|去年|上季|上期|年初|上年末|上年同期|去年同期)[^，,。；;]{0,4}(增加|减少|微减|微增|下降|上升)[^，,。；;]{0,12}[，,]其中`)
)

// belowBy: a rate after it is how far the subject is below another
// (增速低于全市1.2个百分点, 比上年低0.03个千分点); 低于5% right after the
// word is a bound.
var belowBy = mustQuickRe(`(低于|慢于|少于)[^，,。；;0-9]{1,12}([（(][0-9.%]{1,8}[)）])?$|(比|较)[^，,。；;0-9]{1,10}(低|慢)了?$`)

// planned reports a figure for a period it names that ends after the
// story was published (今年, 全年, 年底 in January), written with a word of
// intent before it in its sentence (将, 要, 计划): a plan, not a result. It
// also returns the period label and dates as a target, so they are found once.
func (x *extractor) planned(sent data.Span, at int) (string, periodSpan, bool) {
	if x.clock.pub.IsZero() {
		return "", periodSpan{}, false
	}
	inSentence := intentWords.MatchString(withoutQuoted(x.str(sent.Start, at))) && x.lastPeriodBefore(sent, at) != ""
	if !inSentence && !x.planParagraph(sent) || achieved.MatchString(x.str(x.clauseStart(at, false), at)) {
		return "", periodSpan{}, false // 为年度计划投资的219%: progress made
	}
	label, span := x.periodOf(sent, at, data.StatusTarget)
	return label, span, span.End > x.clock.pub.Format("2006-01-02")
}

// planParagraph reports a paragraph that opens with what is to be done in
// a year still running or to come (今年，老河口将做优做特现代农业。…).
func (x *extractor) planParagraph(sent data.Span) bool {
	p, ok := x.paragraphOf(sent.Start)
	if !ok {
		return false
	}
	if plan, ok := x.plans[p.Start]; ok {
		return plan
	}
	lead := x.sentenceOf(p.Start)
	s := withoutQuoted(x.str(lead.Start, lead.End))
	s = beforeFirstFigure(s) // 此次集中开工64个项目，……，本年度计划完成投资125.8亿元: done, then planned
	plan := intentWords.MatchString(s) && hasAnyWord(s, "今年", "明年", "本年", strconv.Itoa(x.clock.pub.Year())+"年", strconv.Itoa(x.clock.pub.Year()+1)+"年")
	if x.plans == nil {
		x.plans = map[int]bool{}
	}
	x.plans[p.Start] = plan
	return plan
}

// beforeFirstFigure returns s up to its first number that is not a year
// (2023年，全年计划推进项目110个 → 2023年，全年计划推进项目).
func beforeFirstFigure(s string) string {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "0123456789")
		if j < 0 {
			return s
		}
		j += i
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if !strings.HasPrefix(s[k:], "年") {
			return s[:j]
		}
		i = k
	}
	return s
}

// intentWords say that what follows is intended (要, not 重要 or 要素).
var intentWords = intentMatcher{mustMatcher(`将|计划|打算|预期|谋划|着力|力求|争创|全力|提出`)}

// intentMatcher is intentWords: its words, and 要 where it says intent
// (not 重要, 主要, 需要, 要素, 要求 …), told in Go rather than by the regexp
// engine, for it is asked of every figure.
type intentMatcher struct{ words matcher }

// MatchString reports an intent word in s.
func (m intentMatcher) MatchString(s string) bool {
	if strings.Contains(s, "谋划项目") {
		s = strings.ReplaceAll(s, "谋划项目", "") // 在建、新开工和谋划项目236个: a kind of project, no intent
	}
	if m.words.MatchString(s) {
		return true
	}
	for i := 0; ; {
		k := strings.Index(s[i:], "要")
		if k < 0 {
			return false
		}
		k += i
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+len("要"):])
		if !strings.ContainsRune("重主需纲摘必概险首只", before) && !strings.ContainsRune("素求闻点件害道", after) {
			return true
		}
		i = k + len("要")
	}
}

// currency returns the base unit of a figure, with 元 read as the local
// currency in Hong Kong and Macau stories (352億元 is HK$) unless the
// sentence says 人民币.
func (x *extractor) currency(f figure, sent data.Span) string {
	if f.unit.Base == "澳元" && x.storyRegion == "澳门特别行政区" {
		return "澳门元" // 63.1億澳元 in a Macau story: patacas, not Australian dollars
	}
	if f.unit.Base != "元" {
		return f.unit.Base
	}
	local := localCurrency[x.storyRegion]
	if local == "" || strings.Contains(x.str(sent.Start, sent.End), "人民币") {
		return f.unit.Base
	}
	return local
}

var localCurrency = map[string]string{"香港特别行政区": "港元", "澳门特别行政区": "澳门元"}

// decreaseVerbs before a rate make it negative (numparse knows the common
// ones; these are the ones it leaves neutral).
var decreaseVerbs = []string{"压缩", "压减", "缩减", "降低", "下降", "减少", "回落", "下滑", "下调", "调降", "下行", "下跌", "下挫", "贬值"}

// sentenceOf returns the sentence span holding rune offset i, cut to
// maxContext runes on either side of i: a figure's context is searched
// in a window, so a sentence of megabytes without punctuation costs time
// linear in its length, not quadratic.
func (x *extractor) sentenceOf(i int) data.Span {
	k := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].End > i })
	if k < len(x.sents) && x.sents[k].Start <= i {
		s := x.sents[k]
		return data.Span{Start: max(s.Start, i-maxContext), End: min(s.End, i+maxContext)}
	}
	return data.Span{Start: i, End: i}
}

// maxContext bounds, in runes, how far from a figure its context reaches
// (see sentenceOf).
const maxContext = 400

// hasSuffixAny reports whether s ends with one of the words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// hasPrefixAny reports whether s starts with one of the words.
func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// withoutPinyin drops the readings a copy for learners prints after its
// characters (外贸(mào)进(jìn)出口总值 → 外贸进出口总值): they are no word
// of the measure, and they hide it from the canonical indicators. A
// reading has a tone mark; (GDP) and (PMI) are kept.
func withoutPinyin(m string) string {
	if !strings.Contains(m, "(") || !strings.ContainsAny(m, toneVowels) {
		return m
	}
	return rePinyin.ReplaceAllString(m, "")
}

const toneVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

// rePinyin is one syllable's reading in brackets, with its tone mark.
var rePinyin = regexp.MustCompile(`\([a-zü]*[` + toneVowels + `][a-zü]*\)`)
