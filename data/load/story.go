package load

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/region"
)

// MaxFileSize is the largest file loaded, in bytes (20 MiB).
const MaxFileSize = 20 << 20

// Parser turns files into articles. It holds the immutable tables
// ParseFile uses and the gazetteer it finds places with; one Parser
// serves any number of goroutines.
type Parser struct {
	sources *sourceList
	clues   []yearClue
	gaz     *region.Gazetteer
	maxSize int
}

// NewParser returns the parser that finds places (a story's regions,
// datelines, traditional characters) with g.
func NewParser(g *region.Gazetteer) *Parser {
	return &Parser{
		sources: newSourceList(sourcesTxt),
		clues:   parseYearClues(yearCluesTxt),
		gaz:     g,
		maxSize: MaxFileSize,
	}
}

// ParseFile decodes, cleans and splits one file into its stories: one
// *Article per story, with File (the base name), Story, Title, Source,
// Date, Year, Authors, Region(s), Text and Paragraphs set. The error, if
// any, wraps ErrEmpty, ErrBinary, ErrEncoding or ErrTooLarge, or for a web
// page, Word file, PDF or spreadsheet one of package formats' errors.
func (p *Parser) ParseFile(name string, raw []byte) ([]*data.Article, error) {
	return p.parse(name, raw)
}

// storySpan is one story's lines within a page.
type storySpan struct {
	title  []string // title lines, top first
	header []line   // meta and byline lines
	body   []line
	page   *line // the page header the story is printed under, if any
	// apart: the story is set apart from the one above it by a gap of
	// blank lines (two stories put in one file, not one page's)
	apart bool
}

func (p *Parser) parse(name string, raw []byte) ([]*data.Article, error) {
	if len(raw) > p.maxSize {
		return nil, fmt.Errorf("%w: %s, limit %s", ErrTooLarge, sizeString(int64(len(raw))), sizeString(int64(p.maxSize)))
	}
	text, doc, err := p.decodeFile(name, raw)
	if err != nil {
		return nil, err
	}
	spans := p.splitStories(p.splitLines(text))
	var out []*data.Article
	var apart []bool
	for _, sp := range spans {
		a := p.article(sp)
		if a.Text == "" && a.Title == "" {
			continue
		}
		a.File, a.Path, a.Story = filepath.Base(name), name, len(out)
		out = append(out, a)
		apart = append(apart, sp.apart)
	}
	if len(out) == 0 {
		return nil, ErrEmpty
	}
	applyDocMeta(out, doc)
	p.fillPageMeta(out, apart, text)
	for _, a := range out {
		detach(a)
	}
	return out, nil
}

// detach copies the fields that may be slices of the decoded file (title,
// source, date, authors), so that a loaded corpus does not keep every
// file's whole text alive a second time.
func detach(a *data.Article) {
	a.Title, a.Source, a.Date = strings.Clone(a.Title), strings.Clone(a.Source), strings.Clone(a.Date)
	for i, au := range a.Authors {
		a.Authors[i] = strings.Clone(au)
	}
}

func sizeString(n int64) string {
	if n >= 1<<20 {
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// article builds a story's Article from its lines (page-wide metadata is
// filled in later).
func (p *Parser) article(sp storySpan) *data.Article {
	ps := buildParagraphs(sp.body)
	a := &data.Article{}
	a.Title = strings.Join(sp.title, " ")
	if reSpacedTitle.MatchString(a.Title) {
		a.Title = strings.Join(strings.Fields(a.Title), "") // 政 府 工 作 报 告
	}
	if a.Title == "" {
		a.Title = fallbackTitle(ps)
	}
	a.Text, a.Paragraphs = assemble(ps)
	a.Quality = qualityOf(a.Text)
	for _, l := range sp.header {
		if a.Source == "" {
			a.Source = p.sources.sourceOf(l.text)
		}
		if a.Source == "" && l.kind == kindMeta {
			a.Source = strings.TrimPrefix(strings.TrimSpace(findIssuer(l.text)), "经") // 湖南省经济和信息化委员会 2012-05-15; 经…同意印发
		}
		if a.Date == "" {
			a.Date, a.Year = findDate(l.text)
		}
		if l.kind == kindByline {
			a.Authors = appendNew(a.Authors, authorsOf(l.text)...)
		}
	}
	if a.Date == "" && reDateCompact.MatchString(a.Title) {
		a.Date, a.Year = findDate(a.Title) // 湘潭县2023年政府工作报告（20221223）: the day in the title
	}
	for _, l := range sp.header {
		if t := data.Normalize(trimLine(dropTrailingNote(l.text))); a.Date == "" && l.kind == kindMeta && (reMonthDateline.MatchString(t) || labelledFields(t)) {
			a.Date, a.Year = monthDate(l.text) // （贺州日报 2018年1月）: the month only
			if a.Source == "" {
				if loc := reMonth.FindStringIndex(t); loc != nil {
					a.Source = strings.Trim(t[:loc[0]], "（( \u3000") // 湖北日报网·宜昌
				}
			}
		}
	}
	for _, l := range sp.header {
		if a.Source == "" && l.kind == kindMeta {
			if m := reSourceField.FindStringSubmatch(data.Normalize(l.text)); m != nil {
				a.Source = m[1] // 【来源:湖北日报】: the source its label names
			}
		}
	}
	if a.Source == "" && len(a.Text) > 0 {
		a.Source = p.sources.find(firstRunes(a.Text, 20))
	}
	if a.Date == "" {
		// ——2023年2月10日在三门县第十七届人民代表大会第二次会议上: a
		// report's date line under its title
		first, _, _ := strings.Cut(a.Text, "\n")
		if strings.HasPrefix(first, "——") || strings.HasPrefix(first, "—") || isReportDateLine(first) {
			a.Date, a.Year = findDate(firstRunes(first, 20))
		}
	}
	if a.Date == "" {
		// （編輯：楊凱翔）1141107 closing a 中央社 story: the day it was
		// filed, in the Republic's years (114 = 2025)
		if m := reCNADateCode.FindStringSubmatch(a.Text); m != nil {
			y := atoiOr0(m[1]) + 1911
			a.Date, a.Year = fmt.Sprintf("%d-%s-%s", y, m[2], m[3]), y
		}
	}
	if a.Date == "" && a.Source != "" {
		// 自由時報 2023/09/22 主計總處今公布…: the outlet and its date opening
		// the story's text
		first, _, _ := strings.Cut(a.Text, "\n")
		if strings.HasPrefix(first, a.Source) {
			a.Date, a.Year = findDate(firstRunes(first, utf8.RuneCountInString(a.Source)+17))
		}
	}
	if a.Date == "" {
		// a short line near the top that holds a date and no sentence,
		// whatever else it names (北京市统计局　国家统计局北京调查总队
		// 2025-10-22发布): the story's date line, in a shape not met before
		for _, pa := range ps[:min(len(ps), 3)] {
			if pa.caption || runesOver(pa.text, 60) || strings.ContainsAny(pa.text, "，。；！？,;!?") {
				continue
			}
			if d, y := findDate(pa.text); d != "" {
				a.Date, a.Year = d, y
				break
			}
		}
	}
	if sp.page != nil {
		src, date, year := p.sources.pageMeta(sp.page.text)
		if a.Source == "" {
			a.Source = src
		}
		if a.Date == "" && (year == 0 || inferYear(firstRunes(a.Title+"\n"+a.Text, 300), nil) <= year) {
			// (not a story whose opening names a later year, 2025年以来 under a
			// page header of 2020: a page put together from other days)
			a.Date, a.Year = date, year
		}
	}
	page := ""
	if sp.page != nil {
		page = p.pageRegion(sp.page.text)
	}
	if page == "" && a.Source != "" {
		page = p.sourceRegion(a.Source) // 来源：咸阳日报: 彬县 in its story is the 咸阳 county
	}
	a.Region, a.Regions = regionsOf(p.gaz, a.Title, a.Text, page)
	if a.Region == "" || !p.titleNamesRegion(a.Title) || isByline(a.Title) {
		head := a.Source + "\n" + a.Title
		for _, l := range sp.header {
			head += "\n" + l.text // 中央銀行新聞稿 105年2月24日發布: a meta line of its own
		}
		if r := datelineRegion(p.gaz, head, a.Text); r != "" {
			a.Region = r // （中央社记者…台北20日电）: a Taiwan story that mentions 上海 in passing
		}
	}
	if open := firstRunes(a.Title+"\n"+a.Text, 120); !p.inTaiwan(a.Region) && reROCMonth.MatchString(open) && !p.opensWithRegion(open[:reROCMonth.FindStringIndex(open)[0]], a.Region) {
		// 106年3月就業人數為1,131萬3千人…香港3.3%: a year of the Republic
		// opening the text dates a Taiwan release, whatever place it lists later
		a.Region = taiwanProvince
	}
	if a.Region == "" && sp.page != nil {
		a.Region = p.pageRegion(sp.page.text) // 今日房县 第2版 …: a story of the page naming no place
	}
	if a.Region == "" {
		a.Region = datelinePlace(p.gaz, firstRunes(a.Text, 40)) // 今日镇江讯 上半年全市…: the paper's place
	}
	if r := reportRegion(p.gaz, a.Title, a.Text); r != "" {
		a.Region = r // ——2024年夏县人民代表大会会议文件: the report's place, whatever it names most
	}
	if r := p.officeRegion(a.Source, a.Text, a.Region); r != "" {
		a.Region = r // 乌鲁木齐市统计局 over a bulletin that says 全市 and names only 新疆: the office's city
		if !slices.Contains(a.Regions, r) {
			a.Regions = append([]string{r}, a.Regions...)
		}
	}
	if opening := firstRunes(a.Text, 300); a.Region != "" && (speaksFor(opening, "全州") || speaksFor(opening, "全盟")) {
		// 全州上下…；全年全州生产总值 in a story placed in 同仁市: the
		// autonomous prefecture (or league) above it that the text speaks for
		for _, r := range p.gaz.Chain(a.Region)[1:] {
			if strings.HasSuffix(r.Name, "州") && speaksFor(opening, "全州") || strings.HasSuffix(r.Name, "盟") && speaksFor(opening, "全盟") {
				a.Region = r.Name
				break
			}
		}
	}
	if prov := p.titleProvince(a.Title); prov.Name != "" && a.Region != prov.Name && strings.Count(a.Text, "全省") >= 2 {
		if r, ok := p.gaz.Lookup(a.Region); ok && p.gaz.Within(r.Code, prov.Code) {
			// 四川近七成县（市、区）经济总量超百亿元 … 全省县域经济 … (an
			// anecdote of 涪城区 in between): the province's report
			a.Region = prov.Name
		}
	}
	if a.Region == "" {
		a.Region = bulletinRegion(p.gaz, a.Title) // 叶县第七次全国人口普查公报: a name too short to trust elsewhere
	}
	if a.Region == "" {
		a.Region = p.paperRegion(a.Source, a.Text) // 【来源:湖北日报】 over 我省1—7月经济运行情况: the paper's province
	}
	return a
}

// paperRegion returns the place a story's paper is named after (湖北日报:
// 湖北省) when the story names no place and speaks for one of that level
// in its opening (我省, 全省 for a province): "" otherwise.
func (p *Parser) paperRegion(source, text string) string {
	r := p.sourceRegion(source)
	reg, ok := p.gaz.Lookup(r)
	if r == "" || !ok {
		return ""
	}
	var scope []string
	switch reg.Level {
	case region.Province:
		scope = []string{"我省", "全省"}
	case region.City:
		scope = []string{"我市", "全市"}
	default:
		return ""
	}
	opening := firstRunes(text, 200)
	for _, w := range scope {
		if speaksFor(opening, w) {
			return r
		}
	}
	return ""
}

// officeRegion returns the region of the statistics office that issued a
// story (乌鲁木齐市统计局 on a line of its own) when the story speaks for a
// place of that level (全市 for a city) and is placed nowhere or in a
// region that holds the office's: "" otherwise.
func (p *Parser) officeRegion(source, text, placed string) string {
	if !strings.HasSuffix(source, "统计局") && !strings.HasSuffix(source, "統計局") {
		return ""
	}
	r := p.sourceRegion(source)
	reg, ok := p.gaz.Lookup(r)
	if !ok {
		return ""
	}
	for _, m := range p.gaz.Find(source) {
		// 重庆市九龙坡区统计局: the district's office, named after its city
		if sub, ok := p.gaz.Lookup(m.Name); ok && sub.Code != reg.Code && p.gaz.Within(sub.Code, reg.Code) {
			r, reg = m.Name, sub
		}
	}
	if r == placed {
		return ""
	}
	if home, ok := p.gaz.Lookup(placed); placed != "" && (!ok || !p.gaz.Within(reg.Code, home.Code)) {
		return "" // (a story placed in a county of the office's city: the county's)
	}
	opening := firstRunes(text, 400)
	var scope []string
	switch reg.Level {
	case region.Province:
		scope = []string{"全省", "全区", "全市"}
	case region.City:
		scope = []string{"全市", "全州", "全盟", "全地区"}
	default:
		scope = []string{"全县", "全区", "全市", "全旗"}
	}
	if !containsAny(opening, scope) {
		return ""
	}
	return r
}

// reportRegion returns the place whose people's congress a work report
// was given to (——2024年2月1日在夏县第十八届人民代表大会…), "" if the
// story is no work report or its date line names none.
func reportRegion(g *region.Gazetteer, title, text string) string {
	first, _, _ := strings.Cut(text, "\n")
	if !strings.Contains(title, "工作报告") && !strings.Contains(title, "工作報告") && !isReportDateLine(first) && !reportGiven.MatchString(firstRunes(title+"\n"+text, 200)) {
		return "" // (2017年12月25日在和硕县第十七届人民代表大会第三次会议上 opening a report with no title line)
	}
	// (the title too: 1月26日上午,陜西省第十三屆人民代表大會第五次會議在西安開幕,
	// 省長趙一德作政府工作報告。 heads a report's summary; read in
	// simplified characters)
	opening := g.Simplify(data.Normalize(title + "\n" + firstRunes(text, 2000)))
	head := firstRunes(opening, 200+utf8.RuneCountInString(title))
	k := strings.Index(head, "人民代表大会")
	if k < 0 {
		return ""
	}
	from := strings.LastIndexAny(head[:k], "\n。") + 1
	lo, hi := utf8.RuneCountInString(head[:from]), utf8.RuneCountInString(head[:k])
	// Found in the opening of the whole text, so that a short name (夏县)
	// has its city (运城市) named later as context.
	best := ""
	for _, m := range g.Find(opening) {
		if m.Start >= lo && m.End <= hi {
			best = m.Name
		}
	}
	if best == "" {
		if m := reCongressPlace.FindStringSubmatch(head[from : k+len("人民代表大会")]); m != nil {
			if onlyPlaceNamed(g, m[1]) {
				return m[1] // 在珙县第十七届人民代表大会: a two-character county, named in full where no other place can stand
			}
		}
		if m := reUnnamedCongress.FindStringSubmatch(head[from:k]); m != nil {
			return shortFormOf(g, opening, m[1]) // ——2023年1月8日在县第十八届人民代表大会…: the county its text calls by its short name
		}
	}
	return best
}

// reportGiven is a congress's opening said to hear a work report (陜西省第
// 十三屆人民代表大會第五次會議在西安開幕，省長趙一德作政府工作報告).
var reportGiven = regexp.MustCompile(`人民代表大[会會][^。]{0,40}作政府工作[报報]告`)

// reCongressPlace is the place a report's date line names before its
// congress (在珙县第十七届人民代表大会).
var reCongressPlace = regexp.MustCompile(`在(\p{Han}{2,10}?)第[一二三四五六七八九十]+届人民代表大会`)

// reUnnamedCongress is a report's date line naming the level of its
// congress but not the place (在县第十八届).
var reUnnamedCongress = regexp.MustCompile(`在(县|市|区|旗)第`)

// shortFormOf returns the division of that level (县, 市, 区, 旗) whose
// short name (桦川 for 桦川县) the text uses most, at least twice, with no
// other such name as often; "" if none.
func shortFormOf(g *region.Gazetteer, text, level string) string {
	rs := []rune(text)
	counts := map[string]int{}
	for i := 0; i+2 <= len(rs); i++ {
		for n := 2; n <= 3 && i+n <= len(rs); n++ {
			w := string(rs[i : i+n])
			if strings.HasSuffix(w, level) {
				continue // written in full: Find would have named it
			}
			for _, r := range g.LookupAll(w) {
				if strings.HasSuffix(r.Name, level) && r.Name == w+level {
					counts[r.Name]++
				}
			}
		}
	}
	best, n, tie := "", 0, false
	for name, c := range counts {
		switch {
		case c > n:
			best, n, tie = name, c, false
		case c == n:
			tie = true
		}
	}
	if n < 2 || tie {
		return ""
	}
	return best
}

// bulletinRegion returns the place an official bulletin's or report's
// title opens with, written in full (叶县第七次全国人口普查公报, 叶县2023年国民
// 经济和社会发展统计公报), when the gazetteer knows exactly one place of
// that name; "" if not.
func bulletinRegion(g *region.Gazetteer, title string) string {
	m := reBulletinTitle.FindStringSubmatch(g.Simplify(data.Normalize(title)))
	if m == nil {
		return ""
	}
	if onlyPlaceNamed(g, m[1]) {
		return m[1]
	}
	return ""
}

// onlyPlaceNamed reports whether the gazetteer knows exactly one place
// by name, and by that name in full (叶县, not a short form).
func onlyPlaceNamed(g *region.Gazetteer, name string) bool {
	rs := g.LookupAll(name)
	return len(rs) == 1 && rs[0].Name == name
}

var reBulletinTitle = regexp.MustCompile(`^(?:[0-9]{4}年)?(\p{Han}{1,6}?[县市区旗])(?:[0-9]{4}年|第[一二三四五六七八九十]+次|国民经济和社会发展)[^，。]{0,30}(公报|工作报告|年鉴)`)

// (2022年莘县国民经济和社会发展统计公报: the year may come first)

// datelineRegion returns the region the opening of a story places it in
// by the strong marks of a Hong Kong, Macau or Taiwan source (中央社,
// 台北…电, 新台币, 港府, 政府统计处, 统计暨普查局); "" if none.
func datelineRegion(g *region.Gazetteer, title, text string) string {
	head := title + "\n" + text
	if len(head) > 900 {
		head = head[:900] // about 300 Chinese characters; a cut rune is only replaced
	}
	if containsAny(head, taiwanOffices) {
		return taiwanProvince // 財政部今天公布最新出口統計: a ministry only Taiwan has, in its own script
	}
	if !containsAny(head, datelineHints) {
		return "" // most stories: no mark in either script, no need to normalise
	}
	head = g.Simplify(data.Normalize(head))
	for _, d := range datelineMarks {
		if d.re.MatchString(head) {
			return d.region
		}
	}
	return ""
}

// taiwanOffices are Taiwan's ministries and councils as its own script
// writes them (Hong Kong has bureaux and departments, Macau 司 and 局;
// the mainland's 财政部 is written in simplified characters).
var taiwanOffices = []string{"財政部", "經濟部", "國發會", "國家發展委員會", "中經院", "金管會", "勞動部", "內政部", "交通部觀光", "經建會", "農委會"}

// datelineHints are parts of the marks in simplified and traditional
// characters, looked for before the opening is normalised.
var datelineHints = []string{"新聞稿", "新闻稿", "中央社", "台北", "臺北", "報導", "报导", "新台", "新臺", "主计", "主計", "自由時報", "自由时报", "聯合報", "联合报", "工商時報", "工商时报", "中國時報", "中国时报", "行政院", "港府", "特区政府", "特區政府", "统计处", "統計處", "普查局", "本澳", "博彩監察", "博彩监察", "澳門元", "澳门元"}

var datelineMarks = []struct {
	re     *regexp.Regexp
	region string
}{
	{regexp.MustCompile(`中央社|台北[^，。]{0,4}电|新台币|主计总处|行政院|自由时报|联合报|工商时报|中国时报|记者\p{Han}{2,4}[/／]\p{Han}{2,3}报导|新闻稿 ?1[0-4][0-9]年[0-9]{1,2}月[0-9]{1,2}日`), taiwanProvince}, // 記者陳家祥／台北報導: Taiwan's byline; 中央銀行新聞稿 105年2月24日: a release dated in a year of the Republic
	{regexp.MustCompile(`港府|香港特区政府|政府统计处`), "香港特别行政区"},
	{regexp.MustCompile(`澳门特区政府|统计暨普查局|本澳|博彩监察协调局|澳门元`), "澳门特别行政区"},
}

// titleProvince returns the province a title names when it names no
// place below it, the zero Region otherwise.
func (p *Parser) titleProvince(title string) region.Region {
	var prov region.Region
	for _, m := range p.gaz.Find(p.gaz.Simplify(data.Normalize(title))) {
		r, ok := p.gaz.Lookup(m.Name)
		if !ok || r.Level != region.Province {
			return region.Region{}
		}
		prov = r
	}
	return prov
}

// titleNamesRegion reports a title that names a region of the gazetteer.
func (p *Parser) titleNamesRegion(title string) bool {
	return len(p.gaz.Find(p.gaz.Simplify(data.Normalize(title)))) > 0 || titleTag(p.gaz, title) != ""
}

// pageRegion returns the place a page header's paper is named after, ""
// if none.
func (p *Parser) pageRegion(header string) string {
	for _, f := range strings.Fields(header) {
		if r := p.sourceRegion(f); r != "" {
			return r
		}
	}
	return ""
}

// inferPageYear is the year a whole page's text tells (inferYear without
// the clue phrases, then with them), 0 if none.
func (p *Parser) inferPageYear(text string) int {
	if y := inferYear(text, nil); y > 0 {
		return y
	}
	return inferYear(text, p.clues)
}

// fillPageMeta gives stories without their own source or date those of the
// page, and infers the year of undated stories from their text, the page's
// text, or the page's clue phrases. A story set apart from the one above
// it by a gap (apart[i]) and printed under no page header is a story of
// its own, put in the same file: it takes no other story's date or year.
func (p *Parser) fillPageMeta(as []*data.Article, apart []bool, text string) {
	// Stories set apart by gaps form blocks; a story takes the date of the
	// first dated story of its own block only.
	block := make([]int, len(as))
	for i := 1; i < len(as); i++ {
		block[i] = block[i-1]
		if apart[i] {
			block[i]++
		}
	}
	dates := make([]string, block[len(as)-1]+1)
	years := make([]int, len(dates))
	srcs := make([]string, len(dates))
	for i, a := range as {
		b := block[i]
		if srcs[b] == "" {
			srcs[b] = a.Source
		}
		if dates[b] == "" && a.Date != "" {
			dates[b], years[b] = a.Date, a.Year
		}
	}
	// The page's year is only needed by a story with no date of its own
	// and none on the page: worked out then, once (two passes over the
	// whole page), for a file of one block.
	pageYear := -1
	alone := len(dates) > 1 // stories set apart: no page year for any
	dated := false          // a story before this one in its block had a date of its own
	for i, a := range as {
		if a.Source == "" {
			a.Source = srcs[block[i]] // (a story set apart takes no other block's source, nor the region it names)
		}
		if i > 0 && block[i] != block[i-1] {
			dated = false
		}
		date, year := dates[block[i]], years[block[i]]
		own := a.Date != ""
		if a.Date == "" {
			switch dy := docYear(a); {
			case date != "" && !namesLaterYear(a, year) && (dy == 0 || dy == year) && (dated || !namesOtherYear(a, year)):
				// (a story above the first dated one takes its date only
				// when it names no other year: 土地註冊處今日（十月四日）發表
				// 二○二三年九月份統計數字 above a story dated 2025-09-15)
				a.Date, a.Year = date, year
				if early := len(date) >= 7 && (date[5:7] == "01" || date[5:7] == "02"); early && namesYearAsSubject(a, year) {
					// 四川省情 / 2023年，面对…全年全省… beside a report of
					// 2023-01-11: a review of that year itself, not one
					// published early in it about the year before
					a.Date, a.Year, a.DateInferred = strconv.Itoa(year), year, true
				}
			case dy > 0:
				// 市政办发〔2018〕72号 on a page of 2025: the document's own year
				a.Date, a.Year, a.DateInferred = strconv.Itoa(dy), dy, true
			default:
				y := inferYear(a.Title+"\n"+a.Text, nil)
				if y == 0 && !alone {
					if pageYear < 0 {
						pageYear = p.inferPageYear(text)
					}
					y = pageYear
				}
				if m := reEarlyRelease.FindStringSubmatch(data.Normalize(firstRunes(a.Text, 120))); m != nil && atoiOr0(m[2]) == y && y > 0 && !partYearAfter.MatchString(m[3]) {
					y++ // 1月22日，自贡市统计局公布2025年全市经济运行数据: published the year after
				}
				if y > 0 && releasedLater(firstRunes(a.Text, 160), y) {
					y++ // 統計處3月28日公布的數字…2022年12月的平均工資率: published the year after
				}
				if y > 0 {
					a.Date, a.Year, a.DateInferred = strconv.Itoa(y), y, true
				}
			}
		}
		dated = dated || own
		a.DataYear = dataYear(a)
		if a.Region == "" || p.isProvince(a.Region) {
			// 晋江上半年工业… on a page whose other story names 晋江市; 蕲春农民丰收节…
			// placed only in its province, on a page of 蕲春县's stories
			if r := p.siblingRegion(as, a); r != "" && (a.Region == "" || p.gaz.Within(regionCode(p.gaz, r), regionCode(p.gaz, a.Region))) {
				a.Region = r
			}
		}
		if (a.Region == "" || titleScope.MatchString(a.Title) && !p.titleNamesRegion(a.Title)) && !nationalOpening.MatchString(firstRunes(a.Title+"\n"+a.Text, 160)) {
			// 一季度全市GDP增长6.8% in 湛江日报: the paper's city, not the
			// district its text names most; but 国家统计局昨天发布… in 福州晚报
			// is the country's
			if r := p.sourceRegion(a.Source); (r != "" || a.Region == "") && p.scopeFits(a.Title, r) {
				a.Region = r
			}
		}
	}
}

// releasedLater reports a lead that gives the day figures were released
// (3月28日公布) and then a month of year y later than that day's month
// (2022年12月): the release came the year after y.
func releasedLater(lead string, y int) bool {
	lead = data.Normalize(lead)
	m := reReleaseDay.FindStringSubmatchIndex(lead)
	if m == nil {
		return false
	}
	d := reYearMonth.FindStringSubmatch(lead[m[1]:])
	return d != nil && atoiOr0(d[1]) == y && atoiOr0(d[2]) > atoiOr0(lead[m[2]:m[3]])
}

// reReleaseDay is the day figures were released (3月28日公布); reYearMonth
// a month of a year (2022年12月).
var (
	reReleaseDay = regexp.MustCompile(`([0-9]{1,2})月[0-9]{1,2}日(?:公布|發布|发布)`)
	reYearMonth  = regexp.MustCompile(`((?:19|20)[0-9]{2})年([0-9]{1,2})月`)
)

// reCNADateCode is the editor's credit and the filing day in the
// Republic's years (yyymmdd) that close a 中央社 story.
var reCNADateCode = regexp.MustCompile(`[（(](?:編輯|编辑)[：:][^）)\n]{1,20}[）)]\s*(1[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])\s*$`)

// reEarlyRelease is an undated story's lead telling of a release of a
// year's figures (1月22日，…统计局公布2025年…数据; 6月3日，…发布2018年全省县域
// 经济发展报告): published the year after, unless the words after the year
// name a part of it (7月18日，…发布2018年上半年…; see partYearAfter).
var reEarlyRelease = regexp.MustCompile(`(?m)^\s*([0-9]{1,2})月[0-9]{1,2}日[^。]{0,40}?(?:公布|发布)(?:了)?((?:19|20)[0-9]{2})年([^。]{0,8})`)

// partYearAfter opens the words after a released year that make the
// release one of a part of that year (2018年上半年, 2018年1-5月).
var partYearAfter = regexp.MustCompile(`^(?:全省|全市|全县|全区|全国|我省|我市|本市)?(?:上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|[0-9]{1,2}月|[0-9]{1,2}[-－—至~][0-9]{1,2}月|1月份|前[0-9两三四五六七八九十]{1,2}个?月)`)

// atoiOr0 is the number s's digits spell, 0 if they spell none.
func atoiOr0(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// namesLaterYear reports a story whose text names a year after y (a page
// of 2018 carrying, undated, a story of 2022年1-11月): the page's date is
// not its own.
func namesLaterYear(a *data.Article, y int) bool {
	if y == 0 {
		return false
	}
	head := firstRunes(a.Title+"\n"+a.Text, 600)
	for _, m := range reFourDigitYear.FindAllStringSubmatch(head, -1) {
		if n, _ := strconv.Atoi(m[1]); n > y && n <= y+30 {
			return true
		}
	}
	for _, n := range rocMonthYears(head) {
		if n > y && n <= y+30 {
			return true // 114年2月 (2025) on a page of 2023
		}
	}
	return false
}

// namesOtherYear reports a story whose opening names a year (in Arabic or
// Chinese numerals) and none of them y.
func namesOtherYear(a *data.Article, y int) bool {
	s := data.ArabicYears(data.Normalize(firstRunes(a.Title+"\n"+a.Text, 300)))
	ms := reFourDigitYear.FindAllStringSubmatch(s, -1)
	for _, m := range ms {
		if n, _ := strconv.Atoi(m[1]); n == y {
			return false
		}
	}
	roc := rocMonthYears(s) // 102年3月 (2013)
	return len(ms) > 0 && !slices.Contains(roc, y) || len(ms) == 0 && len(roc) > 0 && !slices.Contains(roc, y)
}

var reFourDigitYear = regexp.MustCompile(`((?:19|20)[0-9]{2}) ?年`)

// scopeFits reports that region r is of the level the title's scope word
// names (全市 a city, 全省 a province, 全县 a county): 全市去年地区生产总值…
// in 河北日报 is a city's, not the province the paper is named after.
func (p *Parser) scopeFits(title, r string) bool {
	m := titleScope.FindStringSubmatch(title)
	if m == nil || r == "" {
		return true
	}
	reg, ok := p.gaz.Lookup(r)
	if !ok {
		return true
	}
	switch m[4] {
	case "全市":
		return reg.Level != region.Province || strings.HasSuffix(reg.Name, "市") // (重庆市, a city of a province's rank)
	case "全省":
		return reg.Level == region.Province
	case "全县":
		return reg.Level == region.County
	}
	return true
}

// nationalOpening: an opening that gives the country's figures (国家统计局
// 昨天发布…, 全国社会消费品零售总额…).
var nationalOpening = regexp.MustCompile(`国家统计局|國家統計局|全国|全國|我国|我國|国务院|國務院|海关总署|海關總署`)

// siblingRegion returns the region of another story of the same file that
// this one names by its short form (晋江 for 晋江市), "" if none.
func (p *Parser) siblingRegion(as []*data.Article, a *data.Article) string {
	head := p.gaz.Simplify(firstRunes(a.Title+"\n"+a.Text, 300)) // (山陽 in traditional characters is 山阳)
	for _, b := range as {
		if b == a || b.Region == "" {
			continue
		}
		short := strings.TrimRight(b.Region, "市县区旗")
		if r, ok := p.gaz.Lookup(b.Region); ok {
			if sf := region.ShortForm(r.Name, r.Level); sf != "" {
				short = sf // 威宁 for 威宁彝族回族苗族自治县
			}
		}
		if runesOver(short, 1) && short != b.Region && strings.Contains(head, short) || strings.Contains(head, b.Region) {
			return b.Region // (容县, whose short form 容 is too short to trust, written whole)
		}
	}
	return ""
}

// isProvince reports a province-level region name.
func (p *Parser) isProvince(name string) bool {
	r, ok := p.gaz.Lookup(name)
	return ok && r.Level == region.Province
}

// regionCode is the code of a region name, "" if unknown.
func regionCode(g *region.Gazetteer, name string) string {
	if r, ok := g.Lookup(name); ok {
		return r.Code
	}
	return ""
}

// reSpacedTitle is a title printed letter-spaced, one character at a time.
var reSpacedTitle = regexp.MustCompile(`^(\p{Han}[ \t\x{3000}]+){2,}\p{Han}$`)

// titleScope is a headline about the whole of the paper's area: a scope
// word as its subject (全市GDP增长…, 一季度全市…), not the field a place
// is ranked in (南湖两镇街再度跻身全市服务业十强).
var titleScope = regexp.MustCompile(`^([^：:，,]{1,8}[：:])?\s*([0-9]{4}年)?(今年|去年|上半年|下半年|前三季度|[一二三四]季度|[0-9]{1,2}[-—至][0-9]{1,2}月|[0-9]{1,2}月份?)?(全市|全省|全县|全区|全州|全盟)`)

// sourceRegion returns the region a local paper is named after (雅安日报 →
// 雅安市, 安徽日报 → 安徽省): a story that names no region of its own is
// about the paper's (全市, 全省 mean it); "" if the source names none.
func (p *Parser) sourceRegion(source string) string {
	if _, local, ok := strings.Cut(source, "·"); ok && local != "" {
		// 湖北日报网·宜昌: a paper's local edition, named after its place
		if r := p.sourceRegion(local); r != "" {
			return r
		}
	}
	if ms := p.gaz.Find(source); len(ms) > 0 && ms[0].Start == 0 {
		return ms[0].Name
	}
	if m := paperName.FindStringSubmatch(source); m != nil {
		if r, ok := p.gaz.Lookup(m[1]); ok {
			return r.Name // 雅安日报: 雅安 alone is too short a name to find in running text
		}
	}
	return ""
}

// paperName is a local paper, broadcaster or news site named after a place.
var paperName = regexp.MustCompile(`^(?:今日)?(\p{Han}{2,4}?)(日报|晚报|都市报|新闻网|新闻|融媒体中心|广播电视台|电视台|发布)?$`)

// dataYear returns the year a story reports on: the year its headline
// names, when that is not after its publication year, else the
// publication year.
func dataYear(a *data.Article) int {
	if y := data.HeadlineYear(a.Title); y != 0 && (a.Year == 0 || y <= a.Year) {
		if opening := firstRunes(a.Text, 600); strings.Contains(a.Title, "政府工作报告") && reviewsPastYear.MatchString(opening) && !strings.Contains(opening, strconv.Itoa(y)+"年") {
			// 2019年松溪县人民政府工作报告 / 过去一年工作回顾 / 一年来，…: given
			// early in 2019, it reports on 2018 (but 2019年梨树县政府工作报告 /
			// 2019年，是…的一年 is of 2019 itself)
			return y - 1
		}
		return y
	}
	if a.Year > 0 {
		// 主计总处昨公布2024年家庭收支调查 (in August 2025): the survey's year
		head := data.ArabicYears(data.Normalize(firstRunes(a.Text, 200)))
		for _, re := range releaseOfYear(head) {
			if m := re.FindStringSubmatch(head); m != nil {
				if y, _ := strconv.Atoi(m[1]); y < a.Year && y >= a.Year-2 {
					return y
				}
			}
		}
	}
	if a.Year > 0 && isStatsBureau(a.Title+" "+a.Source) && strings.Contains(firstRunes(a.Text, 600), "初步核算") {
		// 巴林右旗统计局（2023年3月31日）/ 2022年是党的二十大胜利召开的关键之年…
		// 初步核算，全旗地区生产总值…: a bulletin with no title line, of the
		// year its opening names
		if m := reOpeningYear.FindStringSubmatch(data.ArabicYears(data.Normalize(firstRunes(a.Text, 80)))); m != nil {
			if y, _ := strconv.Atoi(m[1]); y < a.Year && y >= a.Year-1 {
				return y
			}
		}
		// 晋中市统计局 / 2018年3月26日 / …据2017年人口抽样调查…表1 2017年人口数:
		// a bulletin whose opening names only the year before, besides its date
		if y := onlyYearNamed(data.ArabicYears(data.Normalize(firstRunes(a.Text, 600)))); y == a.Year-1 {
			return y
		}
	}
	if y := yearOpened(a.Text); y > 0 && y < a.Year && y >= a.Year-12 {
		// 【概况】2008年,汨罗市辖12个乡… posted in 2015: a yearbook entry
		// (or a review) opening with the year it tells of
		return y
	}
	if a.Year > 0 && a.Date == strconv.Itoa(a.Year) {
		// dated by its year only (吉屋网 2025年) and telling of an earlier
		// year's data (根据2024年数据，…): that year
		if m := reDataOfYear.FindStringSubmatch(data.ArabicYears(data.Normalize(firstRunes(a.Text, 200)))); m != nil {
			if y, _ := strconv.Atoi(m[2]); y < a.Year {
				return y
			}
		}
	}
	return a.Year
}

// yearOpened returns the year a text's first line of prose opens with as
// its topic (2008年,汨罗市辖…; 【概况】2008年，…), 0 if it opens otherwise
// (2008年以来, 2008年3月, a date line).
func yearOpened(text string) int {
	for _, l := range strings.SplitN(firstRunes(text, 400), "\n", 8) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if m := reYearTopic.FindStringSubmatch(data.ArabicYears(data.Normalize(l))); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
		if runesOver(l, 40) {
			return 0 // the first paragraph opens otherwise
		}
	}
	return 0
}

// reYearTopic opens a paragraph with a year as its topic, after a section
// label in brackets (【概况】).
var reYearTopic = regexp.MustCompile(`^(?:【[^】]{1,8}】\s*)?((?:19|20)[0-9]{2})年[，,]`)

// reviewsPastYear opens a work report's review of the year before it.
var reviewsPastYear = regexp.MustCompile(`过去一年|过去的一年|一年来|一年以来`)

// onlyYearNamed returns the one year s names (dates of a day such as
// 2018年3月26日 aside), 0 when it names none or several.
func onlyYearNamed(s string) int {
	y := 0
	for _, m := range reYearNamed.FindAllStringSubmatch(s, -1) {
		if m[2] != "" {
			continue // a date line
		}
		n, _ := strconv.Atoi(m[1])
		if y != 0 && n != y {
			return 0
		}
		y = n
	}
	return y
}

// reYearNamed is a year, with the month and day that make it a date.
var reYearNamed = regexp.MustCompile(`((?:19|20)[0-9]{2})年([0-9]{1,2}月[0-9]{1,2}日)?`)

// reOpeningYear is a year that opens a text (2022年是…, 2022年，全旗…).
var reOpeningYear = regexp.MustCompile(`^((?:19|20)[0-9]{2})年`)

// isStatsBureau reports a statistics office's name (巴林右旗统计局,
// 国家统计局某某调查队).
func isStatsBureau(s string) bool {
	return strings.Contains(s, "统计局") || strings.Contains(s, "統計局") || strings.Contains(s, "调查队")
}

// reReleaseOfYear: an opening that reports the release of a year's survey
// or statistics (公布2024年家庭收支调查; 公布「家庭收支调查」，二〇二四年…).
// Every match opens with one of releaseWords: an opening without them is
// not run through the expressions (which have no one word to skip to).
var reReleaseOfYear = []*regexp.Regexp{
	regexp.MustCompile(`(?:公布|发布|出炉|揭晓|发表)(?:了)?[「“《]?((?:19|20)[0-9]{2})年(?:度)?[^，,。]{0,16}(?:调查|調查|统计|統計|数据|數據|公报|公報|报告|報告|普查)`),
	regexp.MustCompile(`(?:公布|发布|发表)[「“《][^」”》]{2,16}(?:调查|調查|统计|統計|公报|公報|报告|報告)[」”》][，,]((?:19|20)[0-9]{2})年`),
}

var releaseWords = []string{"公布", "发布", "出炉", "揭晓", "发表"}

// releaseOfYear is reReleaseOfYear, or none of it when head holds none of
// releaseWords.
func releaseOfYear(head string) []*regexp.Regexp {
	if !containsAny(head, releaseWords) {
		return nil
	}
	return reReleaseOfYear
}

// reDataOfYear names the year whose data a story gives (根据2024年数据).
var reDataOfYear = regexp.MustCompile(`(根据|据|从|按)((?:19|20)[0-9]{2})年(全年)?的?(统计)?数据`)

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		dup := false
		for _, l := range list {
			dup = dup || l == it
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}

// assemble joins paragraphs into the display text and records their spans.
func assemble(ps []para) (string, []data.Paragraph) {
	var b strings.Builder
	size := 0
	for _, p := range ps {
		size += len(p.text) + 1
	}
	b.Grow(size) // exactly: the text is kept as long as the corpus
	out := make([]data.Paragraph, 0, len(ps))
	off := 0
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
			off++
		}
		n := utf8.RuneCountInString(p.text)
		out = append(out, data.Paragraph{Start: off, End: off + n, Caption: p.caption, Heading: p.heading})
		b.WriteString(p.text)
		off += n
	}
	return b.String(), out
}

// fallbackTitle is the title of a story printed without one before its
// byline: its first sub-heading (with the one right after it), else the
// start of its first sentence.
func fallbackTitle(ps []para) string {
	for i, p := range ps {
		if !p.heading {
			continue
		}
		t := p.text
		if i+1 < len(ps) && ps[i+1].heading && !isTableLine(ps[i+1].text) {
			t += " " + ps[i+1].text // (not a table's header: 排名 城市 2018年 2017年)
		}
		return t
	}
	for _, p := range ps {
		if p.caption {
			continue
		}
		rs := []rune(p.text)
		if sp := data.Sentences(p.text); len(sp) > 0 {
			rs = rs[sp[0].Start:sp[0].End]
		}
		if len(rs) > 30 {
			return string(rs[:30]) + "…"
		}
		return strings.TrimRight(string(rs), "。！？；!?;")
	}
	return ""
}

// splitStories cuts a page into stories. A story starts at its lead: a
// byline (□本报记者 …, 本报讯（通讯员 储毅）, 新华社…电), or a dateline or
// issuing body line (XX日报 2023-07-12, 武侯区统计局 2023-03-28) printed
// under a headline; its title is the headline block of one to three short
// lines just above the lead. A page without leads is one story whose
// title is its first meaningful line. A page header (汉阴新闻 第2版 …
// 2019年7月8日) belongs to no story: it gives the stories after it their
// source and date when they name none.
func (p *Parser) splitStories(ls []line) []storySpan {
	starts, opening := p.storyStarts(ls)
	// Two rules may find the same lead (兰溪市简介 / gap / 兰溪市,浙江省辖县级市…:
	// the lead of the line above's tag and of the text itself): one story.
	slices.Sort(starts)
	starts = slices.Compact(starts)
	if len(starts) == 0 {
		sp := singleStory(ls)
		sp.page = pageHeaderOf(ls, 0)
		if sp.page == nil {
			sp.page = p.bannerAbove(ls[:min(len(ls), 4)])
		}
		return []storySpan{sp}
	}
	titleStart := make([]int, len(starts))
	for k, b := range starts {
		titleStart[k], _ = headlineBlock(ls, b, headlineMax(ls, b, k))
		if signedOffAbove(ls, b) {
			titleStart[k] = b // no headline: the lines over the gap close the story above
			continue
		}
		if k > 0 {
			// A headline never reaches back over the lead before it.
			titleStart[k] = max(titleStart[k], starts[k-1]+1)
			// A date line right above the headline (==== / 2026年03月02日 /
			// headline) is the story's own.
			blanks := 0
			for t := titleStart[k] - 1; t > starts[k-1] && (ls[t].kind == kindBlank || ls[t].kind == kindMeta); t-- {
				if ls[t].kind == kindBlank {
					if blanks++; blanks >= 2 {
						break // 国家统计局 / 2023年12月11日 / gap: the signature of the story above
					}
					continue
				}
				blanks = 0
				titleStart[k] = t
			}
		}
	}
	var out []storySpan
	for k, b := range starts {
		end := len(ls)
		if k+1 < len(starts) {
			end = titleStart[k+1]
		}
		from := titleStart[k]
		if k == 0 {
			from = 0
		}
		var sp storySpan
		if k == 0 && opening {
			sp = singleStory(ls[:end]) // the story above the gap: read as a file of its own
		} else {
			sp = storyFrom(ls[from:end], titleStart[k]-from, b-from)
		}
		sp.page = pageHeaderOf(ls, b)
		if sp.page == nil {
			lo := 0
			if k > 0 {
				lo = starts[k-1] + 1
			}
			sp.page = p.bannerAbove(ls[lo:titleStart[k]])
		}
		sp.apart = k > 0 && sp.page == nil && from >= 2 && ls[from-1].kind == kindBlank && ls[from-2].kind == kindBlank
		out = append(out, sp)
	}
	if len(out) > 1 && len(out[0].body) == 0 && len(out[0].header) > 0 && !out[1].apart {
		// 张掖日报 / 2024年01月12日 / headline / □ 王国静: the paper's name and
		// date over the first story, no story of their own
		out[1].header = append(slices.Clip(out[0].header), out[1].header...)
		out = out[1:]
	}
	return out
}

// bannerAbove returns a page banner among the lines above a story's
// headline (今日房县 / 2023年4月7星期五 / gap / headline) as the page the
// story is printed on, for a page printed without a header line; nil if
// there is none.
func (p *Parser) bannerAbove(ls []line) *line {
	for i := len(ls) - 1; i >= 0; i-- {
		if ls[i].kind == kindFurniture && p.isPageBanner(ls[i].text) {
			return &line{kind: kindPage, text: strings.TrimSpace(strings.TrimLeft(ls[i].text, "# "))}
		}
	}
	return nil
}

// headlineMax is titleMax(k) for the story whose lead or date line is at b,
// but a first title's length for a headline set off by a gap of blank
// lines after the story before (全省第二期“三个一批”活动暨罗山县产业集聚区电子电器
// 元器件专业园（二期）项目开工仪式正式启动, 46 characters).
func headlineMax(ls []line, b, k int) int {
	j := b - 1
	for j >= 0 && ls[j].kind == kindBlank {
		j--
	}
	if j > 0 && ls[j].kind == kindBody && afterGap(ls, j) {
		return firstTitleMax
	}
	return titleMax(k)
}

// titleMax is the longest headline line of the k-th story: the page's
// first title may be long (web headlines run to 60 characters and more),
// titles further down a page are held to 40.
func titleMax(k int) int {
	if k == 0 {
		return firstTitleMax
	}
	return 40
}

// pageHeaderOf returns the page header a story whose lead is ls[b] is
// printed under: the last one before it, else (a header printed at the
// page's foot) the first one after it; nil if the page has none.
func pageHeaderOf(ls []line, b int) *line {
	b = min(b, len(ls))
	for i := b - 1; i >= 0; i-- {
		if ls[i].kind == kindPage {
			return withMasthead(ls, i)
		}
	}
	for i := b; i < len(ls); i++ {
		if ls[i].kind == kindPage {
			return withMasthead(ls, i)
		}
	}
	return nil
}

// withMasthead returns the page header ls[i], with the paper's name put in
// front of it when the name stands alone on the page's first line above
// it (今日岱山 / 2025年8月1日 星期五 第2版 综合新闻).
func withMasthead(ls []line, i int) *line {
	j := i - 1
	for j >= 0 && ls[j].kind == kindBlank {
		j--
	}
	if j < 0 || ls[j].kind == kindPage || runesOver(ls[j].text, 10) || !allHan(ls[j].text) {
		return &ls[i]
	}
	for k := j - 1; k >= 0; k-- {
		if ls[k].kind != kindBlank {
			return &ls[i] // not the page's first line
		}
	}
	return &line{kind: kindPage, text: ls[j].text + " " + ls[i].text}
}

// storyStarts returns the index of each story's lead: the first line of a
// block of byline and meta lines (blank lines between) that is followed
// by story text. A strong byline (□本报记者 …, 本报讯…, 新华社…电) starts a
// story wherever it stands; a weak one ((记者 张三), 据…报道, which may as
// well close the story before) and a meta line only under a headline
// block. A byline or meta line at the very end belongs to the story
// before it; one followed by its story's text ends the block.
func (p *Parser) storyStarts(ls []line) (starts []int, opening bool) {
	lastText := -1 // the last line of story text
	for i, l := range ls {
		if isStoryText(l) {
			lastText = i
		}
	}
	var out []int
	inBlock, gapFirst := false, false
	firstPage := slices.IndexFunc(ls, func(l line) bool { return l.kind == kindPage })
	paged := firstPage >= 0
	gapped := gapStructured(ls)
	for i, l := range ls {
		switch l.kind {
		case kindByline, kindMeta:
			if l.kind == kindByline && closesStory(ls, i) {
				continue // …同比下降0.01%。 / 记者 储继明 通讯员 齐新亚 / gap: the story above signed off
			}
			if !inBlock && (i < lastText || hasTextGlued(l)) && !metaOnlySince(ls, out, i) {
				_, n := headlineBlock(ls, i, headlineMax(ls, i, len(out)))
				weak := l.kind == kindMeta || isWeakByline(l.text)
				if !weak || n > 0 || l.kind == kindMeta && lastText >= 0 && afterGap(ls, i) && (reDateLabel.MatchString(l.text) || reFullDate.MatchString(l.text) || noticeAfterTitle(ls, i) > 0 || leadFollows(ls, i)) {
					// 发布时间：2016年11月 after a gap of blank lines: the next
					// item of a page of items, even without a headline; 山东省人民政府
					// over a notice's title and number (关于印发… / 鲁政发〔2024〕5号)
					out = append(out, i)
					inBlock = true
				}
			}
			if l.kind == kindByline {
				_, rest := splitLine(l)
				inBlock = inBlock && rest == "" // a byline followed by its story's text ends the block
			}
		case kindBlank, kindFurniture, kindPage:
		default:
			if !inBlock {
				lead := 0
				if len(out) > 0 || paged {
					// (a page header further down heads the stories under it,
					// not those above it on a file put together from several)
					lead = p.taggedLead(ls, i, paged && firstPage < i)
				}
				if lead == 0 {
					if lead = gapLead(ls, i, gapped); lead > 0 && len(out) == 0 {
						gapFirst = true
					}
				}
				if lead == 0 && afterGap(ls, i) && lastText > i && (reAddressee.MatchString(l.text) || reDatedLead.MatchString(l.text) && runesOver(l.text, 29)) {
					// 各州、市、县、区人民政府，省直各委、办、厅、局： after a gap: a
					// notice printed without its title opens with whom it is sent
					// to; 10月22日,朔州市政府新闻办举行新闻发布会…: a story printed
					// without headline, opening with its day
					lead = i
					gapFirst = gapFirst || len(out) == 0
				}
				if lead == 0 && i <= lastText && signedOffAbove(ls, i) {
					lead = i // 資料來源:行政院主計總處 / 發布日期: 2017-01-18 / gap / 各行業薪水多比去年多！…: the story above signed off
					gapFirst = gapFirst || len(out) == 0
				}
				if lead == 0 && i <= lastText && endMarkAbove(ls, i) {
					lead = i // …增长8.8%。(完) / gap / 記者從天津海關昨天舉行的新聞發布會上獲悉,…: a wire story ended with its end mark
					gapFirst = gapFirst || len(out) == 0
				}
				if lead == 0 && gapped && headlessGapLead(ls, i) {
					lead = i // a story printed without headline after a gap, on a page that sets its stories apart so
					gapFirst = gapFirst || len(out) == 0
				}
				if lead > 0 {
					out = append(out, lead)
				}
			}
			inBlock = false
		}
	}
	if gapFirst {
		if lead := textBefore(ls, out[0]); lead >= 0 {
			return append([]int{lead}, out...), true // the story above the gap, printed without a byline
		}
		return out, false
	}
	if len(out) > 0 && !paged {
		// 国家统计局网站12月11日发布的数据显示…（…） / gap / GDP增速6.5%… /
		// 本报4月18日讯: a story of two sentences or more above a gap before
		// the first story's headline is a story of its own
		if top, n := headlineBlock(ls, out[0], 40); n > 0 && gapAbove(ls, top) || n == 0 && (ls[out[0]].kind == kindMeta || ls[out[0]].kind == kindByline && !isWeakByline(ls[out[0]].text)) && afterGap(ls, out[0]) {
			// (or 发布机构：…　发布日期：2024-03-01 right after the gap: a
			// notice's date line over its title)
			if lead := textBefore(ls, out[0]); lead >= 0 {
				return append([]int{lead}, out...), true
			}
		}
	}
	if paged && len(out) > 0 {
		if lead := openingLead(ls, out[0]); lead >= 0 {
			out = append([]int{lead}, out...)
		}
	}
	if len(out) > 0 {
		if lead := headlessOpening(ls, out[0]); lead >= 0 {
			out = append([]int{lead}, out...)
		} else if lead := headlinedOpening(ls, out[0]); lead >= 0 {
			out = append([]int{lead}, out...)
		}
	}
	return out, false
}

// gapLead returns the lead of a story printed without byline or date line
// after a gap of two or more blank lines below story text: a headline line
// (第十七届人民代表大会第六次会议在县城东关剧院隆重开幕), at most one more short
// line under it (its paper, 掌上陇西), then story text; 0 if i opens none.
func gapLead(ls []line, i int, gapped bool) int {
	if afterGap(ls, i) && i > 0 && (isReportDateLine(ls[i].text) || i+2 < len(ls) && isReportDateLine(ls[i].text+ls[nextNonBlank(ls, i)].text)) {
		// 2017年12月25日在和硕县第十七届人民代表大会第三次会议上 after a gap, or
		// the same line broken in two (——2023年12月13日在新宾满族自治县 /
		// 第十届人民代表大会第三次会议上): a report with no title line
		return i
	}
	if afterGap(ls, i) && ls[i].kind == kindBody && !endsSentence(ls[i].text) && !runesOver(ls[i].text, 100) {
		if j := nextNonBlank(ls, i); j < len(ls) && ls[j].kind == kindBody && isReportDateLine(ls[j].text) {
			// 关于北京市东城区2022年国民经济和社会发展计划执行情况与2023年…的报告 /
			// ——2023年1月4日在…会议上: a report's long title over its date line
			return j
		}
	}
	if afterGap(ls, i) && ls[i].kind == kindBody && stoppedHeadline(ls[i].text) {
		if j := nextNonBlank(ls, i); j < len(ls) && ls[j].kind == kindBody && runesOver(ls[j].text, 39) {
			return j // 新疆上半年經濟轉好。 / 根據7月29日…: a short headline printed with a full stop
		}
	}
	if !afterGap(ls, i) || !isHeadlineLine(ls[i].text, 40) && !reSpacedTitle.MatchString(ls[i].text) {
		return 0 // (政 府 工 作 报 告: a title spread out is a title)
	}
	if j := noticeAfterTitle(ls, i); j > 0 {
		return j // 山东省人民政府 / 关于印发…行动计划 / …的通知 / 鲁政发〔2024〕5号 / 各市人民政府…：
	}
	if j := nextNonBlank(ls, i); j < len(ls) && ls[j].kind == kindBody && data.HasSectionNumber(ls[j].text) && nextNonBlank(ls, j) < len(ls) {
		return j // 2021年政策包分類執行清單 / 一、2021年政策包中…的政策清單: a list under its title
	}
	extra, unitAt := 0, -1
	for j := i + 1; j < len(ls); j++ {
		switch {
		case ls[j].kind == kindBlank || ls[j].kind == kindFurniture:
			continue // (a line of ＊＊＊ under the headline)
		case ls[j].kind == kindBody && !isHeadlineLine(ls[j].text, 40) && (runesOver(ls[j].text, 39) || endsSentence(ls[j].text) && runesOver(ls[j].text, 11)):
			return j // (香港金融管理局公布2023年11月份的住宅按揭统计调查结果。: a short first sentence)
		case ls[j].kind == kindBody && isReportDateLine(ls[j].text):
			return j // 政府工作报告 / ——2022年12月16日在中卫市第五届人民代表大会第…次会议上: the report's date line leads it
		case ls[j].kind == kindBody && reAddress.MatchString(ls[j].text):
			continue // 各位代表：
		case (ls[j].kind == kindMeta || ls[j].kind == kindBody && reDateLabel.MatchString(ls[j].text)) && hasDate(ls[j].text) && extra == 0:
			extra++
			continue // 日期：2022-12-29　发布机构：武隆区信访办 under a notice's title
		case ls[j].kind == kindBody && reAddressee.MatchString(ls[j].text):
			return j // 各区县（自治县）人民政府，市政府各部门，有关单位：: the notice opens
		case ls[j].kind == kindBody && extra == 0 && reIssueLine.MatchString(ls[i].text) && isHeadlineLine(ls[j].text, 40):
			extra++
			continue // 崇阳周刊第三十九期4版 / 打造人间“新天府” 建设世外“小桃园”: the paper's issue, then the headline
		case ls[j].kind == kindBody && extra == 0 && (!runesOver(ls[j].text, 12) && isHeadlineLine(ls[j].text, 12) || reDocNumber.MatchString(ls[j].text) || isDeck(ls[j].text) || isSubtitle(ls[j].text)):
			extra++
			continue
		case ls[j].kind == kindBody && reUnitOnlyLine.MatchString(strings.TrimSpace(ls[j].text)) && unitAt < 0:
			unitAt = j // 百萬港元, 单位：亿元: the unit of the table under the headline
			continue
		case ls[j].kind == kindBody && isTableLine(ls[j].text) && j+1 < len(ls) && isTableLine(ls[j+1].text) && (j+2 >= len(ls) || isTableLine(ls[j+2].text)):
			if unitAt >= 0 {
				return unitAt // (the unit line stays with the table it gives the unit of)
			}
			return j // 香港特別行政區政府的財務狀況 / 百萬港元 / 2017-18 2018-19 …: a table under its title
		case reReporterLine.MatchString(strings.TrimSpace(ls[j].text)):
			return j // ■ 记者 单毅 朱绍祥 报道: the byline leads the story, under its headline
		case ls[j].kind == kindBody && extra == 0 && j == i+1 && !runesOver(ls[j].text, 30) && isHeadlineLine(ls[j].text, 30) && !endsSentence(ls[j].text) && !strings.ContainsAny(ls[j].text, "，,。；;：:") && nextNonBlank(ls, j) < len(ls) && reReporterLine.MatchString(strings.TrimSpace(ls[nextNonBlank(ls, j)].text)):
			// 深入实施制造强区战略 稳经济再出重拳 / 保税区最高6000万元奖励制造业投资 /
			// ■ 记者 单毅 朱绍祥 报道: a headline of two lines over its byline
			extra++
			continue
		case ls[j].kind == kindBody && extra == 0 && (j == i+1 || j == i+2 && ls[i+1].kind == kindBlank) && (twoLineHeadline(ls, j) || gapped && j == i+1 && headlineOverText(ls, j)):
			// (or, on a page that sets its paragraphs apart by one blank
			// line and its stories by two, over a paragraph of story text:
			// [上思县]奋力建设北部湾生态经济强县 / 主动开放融入 推进绿色崛起 / …)
			// 连续五年获评“全省高质量发展先进县” / 沂水高质量发展阔步向前全面开花 /
			// 5月23日,山东省人民政府通报…: a headline and its second line over
			// a story opening with its day
			extra++
			continue
		case ls[j].kind == kindBody && extra < 2 && !runesOver(ls[j].text, 24) && (reBreadcrumb.MatchString(ls[j].text) || reItemTitle.MatchString(ls[j].text)):
			// 重庆人社助企纾困政策服务包（2023版）/ 助企纾困补贴篇 > 惠企补贴 /
			// 10.一次性吸纳就业补贴: a site's path and the item's own title
			extra++
			continue
		}
		return 0
	}
	return 0
}

// reIssueLine names a paper's issue and page (崇阳周刊第三十九期4版, 某某日报
// 第3版).
var reIssueLine = regexp.MustCompile(`^\p{Han}{2,10}(周刊|日报|晚报|报|刊)\s*第?[0-9一二三四五六七八九十百]+(期|版)(\s*[0-9一二三四五六七八九十]+版)?$`)

// stoppedHeadline reports a short line of one clause ended by a full stop
// (新疆上半年經濟轉好。), which after a gap is a headline printed so.
func stoppedHeadline(s string) bool {
	t, ok := strings.CutSuffix(strings.TrimSpace(s), "。")
	n := utf8.RuneCountInString(t)
	return ok && n >= 4 && n <= 16 && !strings.ContainsAny(t, "，,、；;：:。") && isHeadlineLine(t, 16)
}

// noticeAfterTitle returns the first line after a notice's title of
// several lines and its document number (山东省人民政府 / 关于印发“十大创新”
// “十强产业” / “十大扩需求”行动计划 / 的通知 / 鲁政发〔2024〕5号): the
// addressee line or the text; 0 if ls[i] opens no such title.
func noticeAfterTitle(ls []line, i int) int {
	for j, n := nextNonBlank(ls, i), 0; j < len(ls) && n < 6; j, n = nextNonBlank(ls, j), n+1 {
		t := strings.TrimSpace(ls[j].text)
		switch {
		case reDocNumber.MatchString(t):
			if k := nextNonBlank(ls, j); k < len(ls) {
				return k
			}
			return 0
		case reAddressee.MatchString(t):
			return j
		case !isHeadlineLine(t, 40):
			return 0
		}
	}
	return 0
}

// reUnitOnlyLine is a line that gives only a table's unit (百萬港元, 单位：亿元).
var reUnitOnlyLine = regexp.MustCompile(`^[（(]?(计量单位|单位)?[:：]?\s*(百萬|百万|千|万|萬|亿|億)?(港元|美元|澳门元|澳門元|元|人民币|人|吨|公顷)[)）]?$`)

// reReporterLine is a line of reporters' names alone (■ 记者 单毅 朱绍祥 报道).
var reReporterLine = regexp.MustCompile(`^[■□◆●◎▲★]?\s*(本报|本刊)?(记者|通讯员)[\s\p{Han}、，,]{2,30}?(报道|采写|摄)?$`)

// reBreadcrumb is a site's path to a page (助企纾困补贴篇 > 惠企补贴);
// reItemTitle a numbered item's title with no sentence (10.一次性吸纳就业补贴).
var (
	reBreadcrumb = regexp.MustCompile(`\S\s*[>＞»]\s*\S`)
	reItemTitle  = regexp.MustCompile(`^[0-9]{1,2}[.．、]\s*[^。，,；;：:]{2,20}$`)
)

// isDeck reports a deck under a headline: a line of a few clauses that
// ends with no full stop (推进硒产业发展，打造硒产品品牌，力争2020年硒产业综合产值达50亿元).
func isDeck(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 12 && n <= 40 && strings.Contains(s, "，") && !endsSentence(s) && !strings.ContainsAny(s, "：:")
}

// isSubtitle reports a headline's second line opened by a dash
// (抓机遇迎挑战举全力促发展 / ——嫩江县圆满完成“十二五”经济社会发展各项任务).
func isSubtitle(s string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), "——")
	if !ok {
		rest, ok = strings.CutPrefix(strings.TrimSpace(s), "—")
	}
	n := utf8.RuneCountInString(rest)
	return ok && n >= 4 && n <= 40 && !endsSentence(rest) && !strings.ContainsAny(rest, "。；;")
}

// reAddress is a report's address to its audience on a line of its own.
var reAddress = regexp.MustCompile(`^各位(代表|委员|同志)[：:]$`)

// reAddressee is the line a notice opens with: the bodies it is sent to,
// several of them (各州、市、县、区人民政府，省直各委、办、厅、局：; not 各有关单位：).
var reAddressee = regexp.MustCompile(`^各[^。；;：:]{0,30}[、，,][^。；;：:]{1,40}(人民政府|政府|委|办|厅|局|部门|单位)[：:]$`)

// docYear returns the year of the document number a story opens with
// (市政办发〔2018〕72号), 0 if none.
func docYear(a *data.Article) int {
	if m := reDocNumberIn.FindStringSubmatch(firstRunes(a.Title+"\n"+a.Text, 120)); m != nil {
		return atoiOr0(m[1])
	}
	return 0
}

// docNumber is a document's number (市政办发〔2018〕72号), its year the
// first submatch.
const docNumber = `\p{Han}{1,10}[〔\[［(（]((?:19|20)[0-9]{2})[〕\]］)）][0-9]{1,4}号`

var (
	reDocNumberIn = regexp.MustCompile(docNumber)
	// reDocNumber is a document's number on a line of its own.
	reDocNumber = regexp.MustCompile(`^` + docNumber + `$`)
)

// textBefore returns the first line of story text before the headline of
// the story whose lead is at b (the page's opening story, above a gap),
// when that text runs to two sentences at least; -1 if none.
func textBefore(ls []line, b int) int {
	top, _ := headlineBlock(ls, b, 40)
	first, sentences := -1, 0
	for j := 0; j < top; j++ {
		if ls[j].kind != kindBody || isHeadlineLine(ls[j].text, 40) {
			continue
		}
		if first < 0 {
			first = j
		}
		sentences += strings.Count(ls[j].text, "。") + strings.Count(ls[j].text, "，") + strings.Count(ls[j].text, ",")
	}
	if first < 0 || sentences < 2 {
		return -1
	}
	return first
}

// headlinedOpening returns the lead of a story printed with a headline but
// no byline or date line of its own (8月失業率3.56%持平 / 自由時報 2023/09/22
// 主計總處今公布…) above a first story found after a gap of blank lines
// (its date line 鉅亨網記者王莞甯 台北 2025-09-22): the line after that
// headline; -1 if not.
func headlinedOpening(ls []line, first int) int {
	if first <= 0 {
		return -1
	}
	if top, n := headlineBlock(ls, first, 40); !afterGap(ls, first) && (n == 0 || !afterGap(ls, top)) {
		return -1 // (the gap may stand above the first story's headline: 貧富差距 再度擴大 / 2025-08-16 快訊)
	}
	f := 0
	for f < first && ls[f].kind == kindBlank {
		f++
	}
	if f >= first || !isHeadlineLine(ls[f].text, firstTitleMax) {
		return -1
	}
	for g := f + 1; g < first; g++ {
		switch ls[g].kind {
		case kindBlank:
			continue
		case kindBody:
			return g
		}
		return -1
	}
	return -1
}

// metaOnlySince reports that nothing but blank, byline and meta lines came
// between the last story start found and line i (新华社哈尔滨1月25日电
// 题：… / 新华社记者梁冬、杨喆): i belongs to that story's opening.
func metaOnlySince(ls []line, starts []int, i int) bool {
	if len(starts) == 0 {
		return false
	}
	last := starts[len(starts)-1]
	if _, rest := splitLine(ls[last]); ls[last].kind == kindByline && rest != "" && !strings.HasPrefix(rest, "题") {
		return false // □记者 李四 报道 本报青岛讯 崂山区…: the story's text began on it
	}
	undatedIssuer := ls[i].kind == kindMeta && findIssuer(ls[i].text) != "" && !hasDate(ls[i].text)
	for j := last + 1; j < i; j++ {
		switch ls[j].kind {
		case kindBlank, kindByline, kindMeta, kindFurniture:
		default:
			if undatedIssuer && ls[last].kind == kindMeta && hasDate(ls[last].text) && isHeadlineLine(ls[j].text, 40) && !endsSentence(ls[j].text) {
				// 2018年04月17日 10:02 国家统计局网站 / 一季度国民经济实现良好开局 /
				// 中华人民共和国国家统计局: the release's own title and issuer under
				// the dated line, one story
				continue
			}
			if ls[i].kind == kindByline && ls[last].kind == kindMeta && hasDate(ls[last].text) && nextNonBlank(ls, last) == j && nextNonBlank(ls, j) == i && !runesOver(ls[j].text, 40) {
				// 2023-02-02 / 一月賭收重上久違的百億元水平。 / 【本報訊】…: a
				// one-line deck between the story's date line and its lead
				continue
			}
			return false
		}
	}
	return true
}

// hasDate reports a line holding a full date.
func hasDate(s string) bool {
	d, _ := findDate(s)
	return d != ""
}

// afterGap reports a line after two or more blank lines that follow story
// text.
// isReportDateLine reports a report's meeting line, in brackets or not
// (（2023年1月6日在县第十八届人民代表大会第二次会议上）).
func isReportDateLine(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "會屆議") {
		s = meetingWords.Replace(s) // 2017年1月7日在宜賓市第五屆人民代表大會第一次會議上: read on its simplified characters
	}
	if t, ok := strings.CutPrefix(s, "（"); ok {
		s = strings.TrimSuffix(t, "）")
	} else if t, ok := strings.CutPrefix(s, "("); ok {
		s = strings.TrimSuffix(t, ")")
	}
	return reReportDateLine.MatchString(s) || reBracketDate.MatchString(s)
}

// meetingWords simplifies the traditional characters a report's meeting
// line is matched on (届, 会, 议); the rest of it may stay as printed.
var meetingWords = strings.NewReplacer("屆", "届", "會", "会", "議", "议")

// reBracketDate is a report's meeting line with its date and no dash, as
// printed in brackets (2023年1月6日在县第十八届人民代表大会第二次会议上).
var reBracketDate = regexp.MustCompile(`^(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日在[^。]{2,60}(会议|大会)上$`)

// nextNonBlank returns the index of the first line after i that is not
// blank, i if none.
func nextNonBlank(ls []line, i int) int {
	for j := i + 1; j < len(ls); j++ {
		if ls[j].kind != kindBlank {
			return j
		}
	}
	return i
}

// prevNonBlank returns the index of the last line before i that is not
// blank, 0 if none.
func prevNonBlank(ls []line, i int) int {
	for j := i - 1; j >= 0; j-- {
		if ls[j].kind != kindBlank {
			return j
		}
	}
	return 0
}

func afterGap(ls []line, i int) bool {
	if i < 3 || ls[i-1].kind != kindBlank || ls[i-2].kind != kindBlank {
		return false
	}
	for j := i - 3; j >= 0; j-- {
		if ls[j].kind != kindBlank {
			if reJumpLine.MatchString(strings.TrimSpace(ls[j].text)) {
				continue // （下转第二版）: the story above goes on elsewhere; it ends here
			}
			// (a one-paragraph story whose byline opens its text: 中广网银川7月1日消息（记者…）六月…)
			return isStoryText(ls[j]) || ls[j].kind == kindByline && hasTextGlued(ls[j])
		}
	}
	return false
}

// reDatedLead opens a story's first sentence with the day it tells of
// (10月22日,朔州市政府新闻办举行新闻发布会).
var reDatedLead = regexp.MustCompile(`^[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上?|消息|讯|訊)?[，,]\p{Han}`)

// gapStructured reports a page whose paragraphs are set apart by one
// blank line and its stories by two or more: at least three single blank
// lines between text, and gaps few beside them (half of them at most).
func gapStructured(ls []line) bool {
	singles, gaps, tight := 0, 0, 0
	for i := 0; i < len(ls); {
		if ls[i].kind != kindBlank {
			if i > 0 && isStoryText(ls[i]) && isStoryText(ls[i-1]) {
				tight++ // a paragraph on the next line, no blank line between
			}
			i++
			continue
		}
		j := i
		for j < len(ls) && ls[j].kind == kindBlank {
			j++
		}
		if i > 0 && j < len(ls) {
			if j-i == 1 {
				singles++
			} else {
				gaps++
			}
		}
		i = j
	}
	// (or one whose paragraphs follow each other line by line, with no
	// blank line between them: 本报临潭讯… / 1—8月份… / gap / “柏木解了…”)
	return gaps > 0 && (singles >= 3 && gaps*2 <= singles || singles+tight >= 3 && gaps*2 <= singles+tight && tight > singles)
}

// headlessGapLead reports a story that opens with its text after a gap of
// blank lines (2014年上半年，农安县在…) below a story that ended its last
// sentence: a paragraph of some length, and two paragraphs at least before
// the next gap unless it runs to 60 characters.
func headlessGapLead(ls []line, i int) bool {
	n := utf8.RuneCountInString(ls[i].text)
	// (淮河之滨，热潮涌动；中都故地，生机勃发。: a short opening sentence, the
	// story's paragraphs after it)
	short := n < 30 && n >= 12 && endsSentence(ls[i].text)
	if !afterGap(ls, i) && !afterClosingCredit(ls, i) || ls[i].kind != kindBody || n < 30 && !short || !strings.ContainsAny(ls[i].text, "，,、") {
		return false
	}
	prev := i - 3
	for prev >= 0 && (ls[prev].kind == kindBlank || reJumpLine.MatchString(strings.TrimSpace(ls[prev].text)) || strings.TrimSpace(reTrailingSignature.ReplaceAllString(ls[prev].text, "")) == "" || reClosingCredit.MatchString(strings.TrimSpace(ls[prev].text))) {
		prev-- // (…增长4.98倍。 / (包广德 朱培宏), 记者 储继明 通讯员 齐新亚: the writers signed on a line of their own)
	}
	if prev < 0 || !endsSentence(reTrailingSignature.ReplaceAllString(ls[prev].text, "")) {
		return false // (…圆满实现了首季“开门红”。（李珊珊）: a sentence and its writer's name)
	}
	paras := 0
	for j := i; j < len(ls); j++ {
		if isStoryText(ls[j]) {
			paras++
		} else if ls[j].kind == kindBlank && j+1 < len(ls) && ls[j+1].kind == kindBlank {
			break
		}
	}
	if short {
		return paras >= 3
	}
	return paras >= 2 || n >= 60
}

// signedOffAbove reports story text after a gap of blank lines under the
// meta lines that close the story above (資料來源:行政院主計總處 / 發布日期:
// 2017-01-18 / 發布單位: 臺中市政府民政局): a story printed without headline.
func signedOffAbove(ls []line, i int) bool {
	if !sentenceAfterGap(ls, i) {
		return false
	}
	j := i - 3
	for j >= 0 && ls[j].kind == kindBlank {
		j--
	}
	signOff := func(l line) bool {
		return l.kind == kindMeta || !runesOver(l.text, 40) && reSignOffLabel.MatchString(l.text)
	}
	if j < 0 || !signOff(ls[j]) {
		return false
	}
	for j >= 0 && (signOff(ls[j]) || ls[j].kind == kindBlank) {
		j--
	}
	return j >= 0 && isStoryText(ls[j])
}

// sentenceAfterGap reports story text at i with a comma in it (a sentence,
// not a headline) right after two blank lines or more: where a story
// printed without headline may begin once the one above has closed.
func sentenceAfterGap(ls []line, i int) bool {
	return i >= 3 && ls[i-1].kind == kindBlank && ls[i-2].kind == kindBlank && isStoryText(ls[i]) && strings.ContainsAny(ls[i].text, "，,")
}

// endMarkAbove reports story text after a gap of blank lines under a
// paragraph that ends with a wire story's end mark, (完): the story above
// is over, whatever the text below it opens with.
func endMarkAbove(ls []line, i int) bool {
	if !sentenceAfterGap(ls, i) {
		return false
	}
	if ls[i].lead > 0 || leadEnd(ls[i].text) > 0 {
		return false // (a dateline under it opens the next story its own way)
	}
	j := prevNonBlank(ls, i)
	return isStoryText(ls[j]) && reEndMark.MatchString(ls[j].text)
}

// reEndMark closes a wire story's last paragraph: (完), （完）, 【完】, or
// its writer's credit in brackets ((記者尹世昌), （记者 王芳 通讯员 李强）).
var reEndMark = regexp.MustCompile(`[（(【\[](?:完|(?:记者|記者|通讯员|通訊員|作者|编辑|編輯)[：:\s]*[\p{Han}·・ 　、]{2,20})[）)】\]]\s*$`)

// reSignOffLabel opens a line that closes a story: where its figures come
// from, who wrote, issued or edited it (also in brackets: 【作者:刘捷萍】
// 【编辑:谭伟】).
var reSignOffLabel = regexp.MustCompile(`^[【\[]?(資料來源|资料来源|數據來源|数据来源|來源|来源|發布單位|发布单位|發布機關|发布机关|發布日期|发布日期|責任編輯|责任编辑|編輯|编辑|審核|审核|供稿|撰稿|作者)\s*[:：]`)

// closesStory reports a closing credit line (记者 储继明 通讯员 齐新亚)
// under story text and over a gap of blank lines: the writers of the
// story above, not the byline of one below.
func closesStory(ls []line, i int) bool {
	if !reClosingCredit.MatchString(strings.TrimSpace(ls[i].text)) {
		return false
	}
	k := prevNonBlank(ls, i)
	return k < i && isStoryText(ls[k]) && nextNonBlank(ls, i) > i+2 // (two blank lines or more under it)
}

// afterClosingCredit reports a line after a gap of blank lines under a
// story's closing credit line (…同比下降0.01%。 / 记者 储继明 通讯员 齐新亚 /
// gap): the story above is over.
func afterClosingCredit(ls []line, i int) bool {
	if i < 3 || ls[i-1].kind != kindBlank || ls[i-2].kind != kindBlank {
		return false
	}
	j := prevNonBlank(ls, i)
	if !reClosingCredit.MatchString(strings.TrimSpace(ls[j].text)) {
		return false
	}
	k := prevNonBlank(ls, j)
	return k < j && isStoryText(ls[k])
}

// reClosingCredit is a line of its own naming who wrote the story above,
// without brackets (记者 储继明 通讯员 齐新亚).
var reClosingCredit = regexp.MustCompile(`^(?:本报)?(?:记者|通讯员)\s*\p{Han}{2,4}(?:[\s、]+(?:(?:本报)?(?:记者|通讯员)\s*)?\p{Han}{2,4}){0,4}$`)

// reTrailingSignature is a writer's name in brackets closing a story's last
// line (（李珊珊）, （记者 王强 通讯员 李明）).
var reTrailingSignature = regexp.MustCompile(`[（(](记者|通讯员)?\s*\p{Han}{2,4}([\s、]+(记者|通讯员)?\s*\p{Han}{2,4}){0,3}[）)]\s*$`)

// gapAbove reports a line after two or more blank lines with story text
// somewhere above them, whatever closes that text (a signature, 国家统计局 /
// 2023年12月11日).
func gapAbove(ls []line, i int) bool {
	if i < 3 || ls[i-1].kind != kindBlank || ls[i-2].kind != kindBlank {
		return false
	}
	return slices.ContainsFunc(ls[:i-2], isStoryText)
}

// reFullDate is a day written in full (2025-09-22, 2023/09/22, 2023年9月22日).
var reFullDate = regexp.MustCompile(`(19|20)[0-9]{2}([-/.])[0-9]{1,2}([-/.])[0-9]{1,2}|(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日`)

// reDateLabel opens a line that gives a publication date by its label.
var reDateLabel = regexp.MustCompile(`^(发布时间|发布日期|發佈時間|日期|时间)[：:]`)

// headlessOpening returns the first line of a story printed without a
// headline before the first story found (发布时间：2015-02-05 / 潇湘晨报2月4日
// 报道 2月3日，湖南省人社厅介绍…, then 湖南前三季度就业形势总体平稳 / 来源：…):
// a date line at the very top, then story text of some length (two
// sentences at least) before the first story's headline; -1 if not.
func headlessOpening(ls []line, first int) int {
	top, _ := headlineBlock(ls, first, titleMax(1))
	i := 0
	for i < top && ls[i].kind == kindBlank {
		i++
	}
	if i >= top || ls[i].kind != kindMeta {
		return -1
	}
	lead, runes, sentences := -1, 0, 0
	for j := i + 1; j < top; j++ {
		if ls[j].kind != kindBody && ls[j].kind != kindByline {
			continue
		}
		if lead < 0 {
			lead = j
		}
		runes += utf8.RuneCountInString(ls[j].text)
		sentences += strings.Count(ls[j].text, "。")
	}
	if lead < 0 || runes < 60 || sentences < 2 {
		return -1
	}
	return i
}

// openingLead returns the first line of the page's opening story when the
// first story found starts further down (its byline, or a headline
// between stories) and a headline of its own with story text under it
// stands above that (田畴沃野绘“丰”景 … then 合作社引领乡村蝶变 / 本报讯…):
// the page opens with a story printed without a byline. -1 if not.
func openingLead(ls []line, first int) int {
	top, _ := headlineBlock(ls, first, titleMax(1))
	i := 0
	for i < top && (ls[i].kind == kindBlank || ls[i].kind == kindPage || ls[i].kind == kindFurniture || ls[i].kind == kindMeta) {
		i++
	}
	if i >= top || ls[i].kind != kindHeading && (ls[i].kind != kindBody || !isHeadlineLine(ls[i].text, 30)) {
		return -1
	}
	lead, runes := -1, 0
	for j := i + 1; j < top; j++ {
		if ls[j].kind != kindBody {
			continue
		}
		if lead < 0 {
			if isHeadlineLine(ls[j].text, 30) {
				continue // a 副题 under the headline
			}
			lead = j
		}
		runes += utf8.RuneCountInString(ls[j].text)
	}
	if lead < 0 || runes < 60 {
		return -1
	}
	return lead
}

// taggedLead returns the first line of the story under ls[i] when ls[i]
// is a headline standing alone (a blank line above it) with story text
// under it and no byline, tagged with a place (高田村：一片菜地带活一方产业)
// or, on a newspaper page (a page header), naming a division
// (庆城县完成粮食播种59.65万亩): on a page that has other stories, such a
// headline starts one. 0 if not.
func (p *Parser) taggedLead(ls []line, i int, paged bool) int {
	if i == 0 || ls[i-1].kind != kindBlank || !isHeadlineLine(ls[i].text, 30) {
		return 0
	}
	if !reTaggedHeadline.MatchString(ls[i].text) && !(paged && (p.namesDivision(ls[i].text) || betweenStories(ls, i))) {
		return 0
	}
	for j := i + 1; j < len(ls); j++ {
		switch ls[j].kind {
		case kindBlank:
			continue
		case kindBody:
			if j > i+1 && !isHeadlineLine(ls[j].text, 30) {
				return j
			}
		}
		return 0
	}
	return 0
}

// betweenStories reports a short headline line (机械力量足 玉米抢“鲜”收)
// standing alone between paragraphs of story text: on a newspaper page,
// the headline of a story printed without a byline.
func betweenStories(ls []line, i int) bool {
	if runesOver(ls[i].text, 20) {
		return false
	}
	long := func(j int) bool {
		return ls[j].kind == kindBody && (runesOver(ls[j].text, 39) || endsSentence(ls[j].text))
	}
	prev, next := i-1, i+1
	jumped := false // （下转第四版）: the story before ends here
	for prev >= 0 && (ls[prev].kind == kindBlank || reJumpLine.MatchString(ls[prev].text)) {
		jumped = jumped || ls[prev].kind != kindBlank
		prev--
	}
	for next < len(ls) && ls[next].kind == kindBlank {
		next++
	}
	return prev >= 0 && next < len(ls) && (jumped || long(prev)) && long(next)
}

// reJumpLine is a note that a story goes on or comes from another page:
// （下转第四版）, (上接第1版).
var reJumpLine = regexp.MustCompile(`^[（(](下转|转|上接|接)(第)?[^）)]{1,6}版[）)]$`)

// namesDivision reports a line that names a county or a wider division
// (庆城县完成粮食播种59.65万亩).
func (p *Parser) namesDivision(s string) bool {
	g := p.gaz
	for _, m := range g.Find(g.Simplify(data.Normalize(s))) {
		if r, ok := g.ByCode(m.Code); ok && r.Level != "" {
			return true
		}
	}
	return false
}

// reTaggedHeadline is a headline tagged with a place: a county, town,
// village or district name and a colon.
var reTaggedHeadline = regexp.MustCompile(`^【?\p{Han}{2,8}(村|镇|乡|县|区|市|街道|社区|旗|州)[：:]\p{Han}|^【\p{Han}{2,6}】\p{Han}|^\p{Han}{2,8}[｜|]\p{Han}`)

// isStoryText reports a line of story text.
func isStoryText(l line) bool {
	return l.kind == kindBody || l.kind == kindHeading || l.kind == kindCaption
}

// hasTextGlued reports a byline followed by its story's first words.
func hasTextGlued(l line) bool {
	if l.kind != kindByline {
		return false
	}
	_, rest := splitLine(l)
	return rest != ""
}

// headlineBlock returns the index of the first of the one to three
// headline lines (of at most max characters) printed above the lead at b,
// skipping blanks and meta lines (up to 12 lines above it), and how many
// there are (b and 0 if none). A 引题 above the main title and a 副题 below it are lines of the
// block like the main title.
func headlineBlock(ls []line, b, max int) (start, n int) {
	start = b
	blanks := 0
	for i := b - 1; i >= 0 && i >= b-12 && n < 3; i-- {
		l := ls[i]
		if l.kind == kindBlank {
			blanks++
			continue
		}
		if blanks >= 2 && n > 0 && i > 0 && isStoryText(ls[prevNonBlank(ls, i)]) {
			break // across a gap, a short line under story text (□罗兰　蔡俊聪) signs the story before
		}
		blanks = 0
		if l.kind == kindMeta {
			continue
		}
		kicker := l.kind == kindBody && n > 0 && blanks == 0 && isKicker(l.text)
		if !kicker && l.kind != kindHeading && (l.kind != kindBody || !isHeadlineLine(l.text, max) && !reSpacedTitle.MatchString(l.text)) && !(l.kind == kindBody && !runesOver(l.text, 24) && (reBreadcrumb.MatchString(l.text) || reItemTitle.MatchString(l.text)) && i+1 < b) {
			break
		}
		start, n = i, n+1
	}
	return start, n
}

// isKicker reports a short line ending in a colon that leads into the
// headline line right under it (“数”说山丹: / “奋进生”2023年交出高质量发展成绩单).
func isKicker(s string) bool {
	t, ok := strings.CutSuffix(s, "：")
	if !ok {
		t, ok = strings.CutSuffix(s, ":")
	}
	return ok && !runesOver(t, 12) && isHeadlineLine(t, 12)
}

// isHeadlineLine reports a line that can be part of a story's headline:
// title-like (isHeadline), no sentence mark inside, not a table row or a
// 指标：数值 line, not a numbered section (一、综合), table caption (表1) or
// picture credit (（摄影 王涛）).
// twoLineHeadline reports a headline's second line at j, printed right
// under the first (or a blank line below it): short, no sentence, and over
// a story that opens with its day (5月23日,山东省人民政府通报…) or its
// source (從河北省統計局獲悉,…).
func twoLineHeadline(ls []line, j int) bool {
	if !secondHeadlineLine(ls[j].text) {
		return false
	}
	k := nextNonBlank(ls, j)
	return k > j && ls[k].kind == kindBody && (reDatedLead.MatchString(ls[k].text) || reSourcedLead.MatchString(ls[k].text)) && runesOver(ls[k].text, 39)
}

// secondHeadlineLine reports a line that can be a headline's second line:
// short, headline-like, no sentence and no clause mark.
func secondHeadlineLine(t string) bool {
	return !runesOver(t, 30) && isHeadlineLine(t, 30) && !endsSentence(t) && !strings.ContainsAny(t, "，,。；;：:")
}

// headlineOverText reports a headline's second line at j (short, no
// sentence) over a paragraph of story text one blank line below it.
func headlineOverText(ls []line, j int) bool {
	if !secondHeadlineLine(ls[j].text) {
		return false
	}
	k := nextNonBlank(ls, j)
	return k == j+2 && ls[k].kind == kindBody && runesOver(ls[k].text, 39) && endsSentence(ls[k].text)
}

// reSourceField is a meta line's source field: its label and the name
// after it (来源:湖北日报, 稿件來源：香港中通社).
var reSourceField = regexp.MustCompile(`(?:稿件|稿)?(?:来源|來源)\s*[:：]\s*([\p{Han}A-Za-z·]{2,16})`)

// leadFollows reports story text opening with its day or its source
// right under the line at i (【来源:湖北日报】 / 8月17日,省统计局发布…).
func leadFollows(ls []line, i int) bool {
	k := nextNonBlank(ls, i)
	return k > i && k <= i+2 && ls[k].kind == kindBody && (reDatedLead.MatchString(ls[k].text) || reSourcedLead.MatchString(ls[k].text)) && runesOver(ls[k].text, 39)
}

// reSourcedLead opens a story with where the news came from (从河北省统计局
// 获悉, 记者从…获悉), as a story opening with its day does.
var reSourcedLead = regexp.MustCompile(`^(?:近日[，,])?(?:记者|記者)?(?:从|從)[^，,。]{2,30}(?:获悉|獲悉)`)

func isHeadlineLine(s string, max int) bool {
	if t, ok := strings.CutSuffix(s, "！"); ok && !exclaims(s) {
		s = t // …与“绿水青山”有关！: a headline's exclamation
	}
	return isHeadline(s, max) && !strings.ContainsAny(s, "。？?；;") && !exclaims(s) && !isTableLine(s) && !reTableCaption.MatchString(s) && !data.HasSectionNumber(s) && !isCaption(s) && !reJumpLine.MatchString(s)
}

// exclaims reports a line with an exclamation mark that is no headline's:
// a headline may have one (最高奖励500万元！海南今年这项奖励资金开始申报,
// 央媒看吉林丨从长白山“一支参”到莫莫格湿地，今日的聚焦与“绿水青山”有关！) if
// short and with at most one comma.
func exclaims(s string) bool {
	if !strings.ContainsAny(s, "！!") {
		return false
	}
	return runesOver(s, 40) || strings.Count(s, "，")+strings.Count(s, ",") > 1
}

// reTableCaption is a table's caption: 表1 …, 表 2：…
var reTableCaption = regexp.MustCompile(`^表\s*[0-9０-９一二三四五六七八九十]+`)

// storyFrom builds a story from its lines: ls[:t] come before its title
// (page header: meta lines are kept, text becomes body), ls[t:b] are its
// title (and meta) lines, ls[b] is its byline.
func storyFrom(ls []line, t, b int) storySpan {
	var sp storySpan
	for i, l := range ls[:b] {
		switch {
		case l.kind == kindMeta:
			sp.header = append(sp.header, l)
		case i >= t && (l.kind == kindHeading || l.kind == kindBody):
			sp.title = append(sp.title, l.text)
		case l.kind == kindBody || l.kind == kindCaption || l.kind == kindHeading:
			sp.body = append(sp.body, l)
		}
	}
	inHeader := true
	for _, l := range ls[b:] {
		switch {
		case inHeader && l.kind == kindByline:
			by, rest := splitLine(l)
			sp.header = append(sp.header, line{text: by, kind: kindByline})
			if rest != "" {
				sp.body = append(sp.body, line{text: rest, kind: kindBody})
				inHeader = false
			}
		case l.kind == kindByline && hasTextGlued(l):
			// a lead under a deck (2023-02-02 / 一句导语 / 【本報訊】在…): the
			// story's text goes on after its dateline
			by, rest := splitLine(l)
			sp.header = append(sp.header, line{text: by, kind: kindByline})
			sp.body = append(sp.body, line{text: rest, kind: kindBody})
		case l.kind == kindMeta || l.kind == kindByline:
			sp.header = append(sp.header, l)
		case l.kind == kindBlank || l.kind == kindFurniture || l.kind == kindPage:
		default:
			if inHeader && l.kind == kindBody {
				l.text = trimLine(reDateline.ReplaceAllString(l.text, ""))
			}
			inHeader = false
			sp.body = append(sp.body, l)
		}
	}
	return sp
}

// singleStory is a page without bylines: its first meaningful line is the
// title when it looks like one.
func singleStory(ls []line) storySpan {
	var sp storySpan
	for _, l := range ls {
		switch {
		case l.kind == kindMeta || l.kind == kindByline:
			sp.header = append(sp.header, l)
		case l.kind == kindBlank || l.kind == kindFurniture || l.kind == kindPage:
		case sp.title == nil && len(sp.body) == 0 && (l.kind == kindHeading || l.kind == kindBody) && isHeadline(l.text, firstTitleMax):
			sp.title = []string{l.text}
		default:
			sp.body = append(sp.body, l)
		}
	}
	return sp
}

// firstRunes returns the first n runes of s (all of s if shorter).
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// containsAny reports whether s contains one of the words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// namesYearAsSubject reports a story that opens a paragraph with the year y
// as its subject (2023年，面对…): a review of that year.
func namesYearAsSubject(a *data.Article, y int) bool {
	head := firstRunes(a.Text, 400)
	for _, p := range []string{strconv.Itoa(y) + "年，", strconv.Itoa(y) + "年,"} {
		if strings.HasPrefix(head, p) || strings.Contains(head, "\n"+p) {
			return true
		}
	}
	return false
}

// taiwanProvince is the gazetteer's name for Taiwan.
const taiwanProvince = "台湾省"

// opensWithRegion reports text that names region r (by a name the
// gazetteer knows): the text before a year of the Republic, which then
// speaks of that region (高雄市105年…), not of the island.
func (p *Parser) opensWithRegion(text, r string) bool {
	if r == "" {
		return false
	}
	for _, m := range p.gaz.Find(p.gaz.Simplify(data.Normalize(text))) {
		if m.Name == r {
			return true
		}
	}
	return false
}

// inTaiwan reports Taiwan or a place in it.
func (p *Parser) inTaiwan(r string) bool {
	e, ok := p.gaz.Lookup(r)
	return ok && (e.Name == taiwanProvince || e.Province == taiwanProvince)
}

// reLocalDateline is a local paper's dateline naming its place (今日镇江讯,
// 本报镇江讯, 镇江日报讯): the place is submatch 1 or 2.
var reLocalDateline = regexp.MustCompile(`^\s*(?:(?:今日|本报)(\p{Han}{2,4}?)|(\p{Han}{2,4}?)(?:日报|晚报))讯`)

// datelinePlace returns the one region a local paper's dateline at the
// opening of text names, "" if none or several.
func datelinePlace(g *region.Gazetteer, text string) string {
	m := reLocalDateline.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	name := m[1] + m[2]
	if rs := g.LookupAll(name); len(rs) == 1 {
		return rs[0].Name
	}
	return ""
}

// speaksFor reports a scope word (全州) in text that is not a comparison's
// other side or a ranking's field (比全州低1.6个百分点, 增速全州排第1位):
// the text speaks for that scope.
func speaksFor(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(w)
		before, after := text[:at], text[i:]
		if hasSuffixOf(before, "比", "较", "於", "于", "居", "列", "占", "与", "與") || hasPrefixOf(after, "排", "第", "平均", "同期") {
			continue
		}
		if strings.HasSuffix(before, "、") && comparedList.MatchString(before) {
			continue // 比全省、全州(均为7.3%)低: the comparison's list
		}
		return true
	}
}

// comparedList ends the items of a list of bases before a scope word (比全
// 省、): the scope word is one more base.
var comparedList = regexp.MustCompile(`(比|较|於|于|与|與)[^，,。；;比较]{1,12}、$`)

func hasSuffixOf(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func hasPrefixOf(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
