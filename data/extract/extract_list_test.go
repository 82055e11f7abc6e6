package extract

import (
	"strings"
	"testing"
	"zhibiao/data"
)

// TestExtractListSharesUnit: bare items of a list take the unit of its last
// item, and only a unit of measure is shared.
func TestExtractListSharesUnit(t *testing.T) {
	inds := Extract(story("城阳区", "三次产业分别拉动地区生产总值增长1.9、0.9和1.0个百分点。占比较1—9月份提高0.1和1.2个百分点。"))
	want := map[string]float64{"1.9": 1.9, "0.9": 0.9, "1.0个百分点": 1.0, "0.1": 0.1, "1.2个百分点": 1.2}
	if len(inds) != len(want) {
		t.Fatalf("got %d indicators, want %d: %v", len(inds), len(want), inds)
	}
	for _, ind := range inds {
		if v, ok := want[ind.Raw]; !ok || ind.Value != v || ind.Unit != "个百分点" {
			t.Errorf("%s = %g %s, want %g 个百分点", ind.Raw, ind.Value, ind.Unit, v)
		}
	}
	for _, text := range []string{"2019、2020和2021年连续获评。", "分获第1、2和3名。"} {
		for _, ind := range Extract(story("城阳区", text)) {
			if ind.Raw == "2019" || ind.Raw == "2020" || ind.Raw == "2" || ind.Raw == "3名" {
				t.Errorf("%s: unexpected %s", text, ind.Raw)
			}
		}
	}
}

// TestExtractThreeSectorsRespectively: 三次产业…分别 gives the first,
// second and third sector one figure each, and a share stays a share.
func TestExtractThreeSectorsRespectively(t *testing.T) {
	inds := Extract(story("城阳区", "三次产业对经济增长的贡献率分别为18.7%、40.9%和40.4%。三次产业增加值在地区生产总值中的比重依次为21.3%、20.2%和58.5%。"+
		"三次产业增加值占地区生产总值的比重分别为3.2%、54.6%和42.2%，对地区生产总值增长的贡献率分别为1.8%、65.0%和33.2%。"))
	want := map[string][2]string{
		"3.2%": {"第一产业增加值占地区生产总值的比重", ""}, "54.6%": {"第二产业增加值占地区生产总值的比重", ""},
		"42.2%": {"第三产业增加值占地区生产总值的比重", "服务业增加值占比"},
		"1.8%":  {"第一产业对地区生产总值增长的贡献率", ""}, "65.0%": {"第二产业对地区生产总值增长的贡献率", ""},
		"33.2%": {"第三产业对地区生产总值增长的贡献率", ""},
		"18.7%": {"第一产业对经济增长的贡献率", ""}, "40.9%": {"第二产业对经济增长的贡献率", ""}, "40.4%": {"第三产业对经济增长的贡献率", ""},
		"21.3%": {"第一产业增加值在地区生产总值中的比重", ""}, "20.2%": {"第二产业增加值在地区生产总值中的比重", ""},
		"58.5%": {"第三产业增加值在地区生产总值中的比重", "服务业增加值占比"},
	}
	if len(inds) != len(want) {
		t.Fatalf("got %d indicators, want %d: %v", len(inds), len(want), inds)
	}
	for _, ind := range inds {
		if w := want[ind.Raw]; ind.Metric != w[0] || ind.Indicator != w[1] {
			t.Errorf("%s: metric %q [%s], want %q [%s]", ind.Raw, ind.Metric, ind.Indicator, w[0], w[1])
		}
	}
}

// TestExtractBareYi: a number in 亿 without 元 is money when a measure of
// money stands just before or after it; a 亿 of something else, or a class
// of projects (10亿级), is not.
func TestExtractBareYi(t *testing.T) {
	inds := Extract(story("城阳区", "甲县以18.9亿的地方财政收入领先；乙县GDP为92亿，其中超10亿级项目4个，产值过百亿工业企业增至10家。全县人口达到1.2亿。"))
	got := map[string]string{}
	for _, ind := range inds {
		got[ind.Raw] = ind.Unit
	}
	if got["18.9亿"] != "元" || got["92亿"] != "元" {
		t.Errorf("18.9亿 %q, 92亿 %q, want 元 for both", got["18.9亿"], got["92亿"])
	}
	for _, raw := range []string{"10亿", "1.2亿", "百亿"} {
		if _, ok := got[raw]; ok {
			t.Errorf("%s: unexpected figure in %v", raw, inds)
		}
	}
}

// TestExtractRankIsNoCount: a place in a ranking (位列前20名) is no count
// of people; a number of people is.
func TestExtractRankIsNoCount(t *testing.T) {
	inds := Extract(story("城阳区", "在全省考评中，北安、孙吴位列前20名，嫩江排名第3名；全区新招录教师120名。"))
	if len(inds) != 1 || inds[0].Raw != "120名" {
		t.Errorf("got %v, want only 120名", inds)
	}
}

// TestExtractBracketedItems: figures in brackets after the items of a list
// share the measure written after the list; places keep the usual rules.
func TestExtractBracketedItems(t *testing.T) {
	inds := Extract(story("澳门特别行政区", "首季留宿旅客（4,024元）及不过夜旅客（817元）的人均消费按年分别减少14.0%及28.4%。"))
	want := map[string]string{"4,024元": "留宿旅客人均消费", "817元": "不过夜旅客人均消费"}
	for raw, metric := range want {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != metric {
			t.Errorf("%s: got %+v, want metric %s", raw, got, metric)
		}
	}
	inds = Extract(story("桂林市", "全市GDP超过叠彩区（54.54亿元）、阳朔县（54.93亿元）。其中再出口（10.5亿元）升幅为23.2%。"))
	if got := find(inds, "54.93亿元"); len(got) != 1 || strings.Contains(got[0].Metric, "阳朔") {
		t.Errorf("54.93亿元: got %+v, want no metric made of the place", got)
	}
}

// TestExtractViewMeasure: a paragraph that opens with the measure it looks
// at (从人均GDP上看) names the measure of its thin figures; an amount with a
// bare change word takes the measure of the amount before it.
func TestExtractViewMeasure(t *testing.T) {
	a := paragraphs(story("南充市", "从人均GDP上看，排名前三的分别是：顺庆区，人均6.59万元；南部县，人均6.01万元。\n"+
		"从年度增长量上看，最高的是顺庆区，GDP较2023年增加了24.76亿元；其次是仪陇县，增加了16.93亿元。\n从全国看，经济增长5%。"))
	want := map[string]string{"6.59万元": "人均GDP", "6.01万元": "人均GDP", "16.93亿元": "GDP较2023年增加"}
	inds := Extract(a)
	for raw, metric := range want {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != metric {
			t.Errorf("%s: got %+v, want metric %s", raw, got, metric)
		}
	}
	if got := find(inds, "5%"); len(got) != 1 || got[0].Metric == "全国" {
		t.Errorf("5%%: got %+v, want no metric of 全国", got)
	}
}

// TestExtractChangeSaidTwice: a change after a change of the same measure
// takes the measure once (GDP增长, not GDP增长增长).
func TestExtractChangeSaidTwice(t *testing.T) {
	inds := Extract(story("广东省", "前三季度全省GDP增长7.9%，其中第三季度增长8.3%。"))
	if got := find(inds, "8.3%"); len(got) != 1 || got[0].Metric != "GDP增长" {
		t.Errorf("8.3%%: got %+v, want metric GDP增长", got)
	}
	// a list of periods before 分别 shares one measure
	inds = Extract(story("台湾省", "第1、2季经济成长率分别为5.54%、7.71%。"))
	for _, raw := range []string{"5.54%", "7.71%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != "经济成长率" {
			t.Errorf("%s: got %+v, want metric 经济成长率", raw, got)
		}
	}
}

// TestExtractDeclineNamedAfter: a rate followed by the decline it is
// (录得0.2%的轻微跌幅) is negative; a change of a ‰ rate is in 个千分点.
func TestExtractDeclineNamedAfter(t *testing.T) {
	inds := Extract(story("香港特别行政区", "实质本地生产总值在第二季录得0.2%的轻微跌幅。人口死亡率6.79‰，比上年低0.03个千分点。"))
	if got := find(inds, "0.2%"); len(got) != 1 || got[0].Value != -0.2 {
		t.Errorf("0.2%%: got %+v, want -0.2", got)
	}
	if got := find(inds, "0.03个千分点"); len(got) != 1 || got[0].Value != -0.03 || got[0].Unit != "个千分点" {
		t.Errorf("0.03个千分点: got %+v, want -0.03 个千分点", got)
	}
}

// TestExtractBulletLeadSubject: a bullet before the period of a list point
// (‧二零一八年第二季，香港經濟…，按年擴張3.5%) leaves the subject to be found,
// and an economy that expands grows.
func TestExtractBulletLeadSubject(t *testing.T) {
	inds := Extract(story("香港特别行政区", "‧二零一八年第二季，香港經濟保持強勁增長勢頭，按年擴張3.5%。"))
	if got := find(inds, "3.5%"); len(got) != 1 || !strings.Contains(got[0].Metric, "经济") || got[0].Indicator != "地区生产总值增速" {
		t.Errorf("3.5%%: got %+v, want the economy's growth", got)
	}
}

// TestExtractSectorInvestmentAndShares: investment by sector is no
// sector's value added, and a share (占全市固定资产投资的60.8%) no growth.
func TestExtractSectorInvestmentAndShares(t *testing.T) {
	inds := Extract(story("安庆市", "一产完成投资2.84亿元，同比增长111.9%；二产完成投资41亿元，同比增长77.2%。民间投资占全市固定资产投资的60.8%。"))
	for _, raw := range []string{"111.9%", "77.2%", "60.8%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != "" {
			t.Errorf("%s: got %+v, want no canonical indicator", raw, got)
		}
	}
}

// TestExtractMetricWordEnds: a metric keeps the words its trailing-word
// trimming would cut (签约, not 签 and a qualifier 约; 本年度出生 drops 本年度
// whole), and drops how a release calls its figure (的临时估计).
func TestExtractMetricWordEnds(t *testing.T) {
	inds := Extract(story("秭归县", "一季度，全县共签约10个重大项目。全年本年度出生7102人。网上销售价值的临时估计为24亿元。"))
	want := map[string]string{"10个": "签约重大项目", "7102人": "出生", "24亿元": "网上销售价值"}
	for raw, metric := range want {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != metric {
			t.Errorf("%s: got %+v, want metric %s", raw, got, metric)
		}
	}
}

// TestExtractNumberedListUnderHeading: the items of a numbered list take
// the measure its heading names (GDP排名：), and 亿 without 元 is money there.
func TestExtractNumberedListUnderHeading(t *testing.T) {
	a := paragraphs(story("唐山市", "一、2021年唐山市19个区县GDP排名：\n1、迁安市，1160.3亿，增速 6.7%\n2、丰润区，980.0亿，增速 1.5%\n"))
	inds := Extract(a)
	want := map[string][2]string{"1160.3亿": {"GDP", "元"}, "6.7%": {"GDP增速", "%"}, "980.0亿": {"GDP", "元"}}
	for raw, w := range want {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != w[0] || got[0].Unit != w[1] {
			t.Errorf("%s: got %+v, want %s in %s", raw, got, w[0], w[1])
		}
	}
}

// TestExtractRecordSpanIsNoPeriod: 创2010年以来最好位次 dates a record, not
// the figure.
func TestExtractRecordSpanIsNoPeriod(t *testing.T) {
	a := story("城阳区", "去年，地区生产总值增长7.3%、创2010年以来最好位次。")
	a.Date, a.Year = "2024-01-30", 2024
	inds := find(Extract(a), "7.3%")
	if len(inds) != 1 || inds[0].PeriodStart != "2023-01-01" || inds[0].PeriodEnd != "2023-12-31" {
		t.Fatalf("got %+v, want the year 2023", inds)
	}
}

// TestExtractStockList: a stock verb before a list dates every item of the
// list at the story's date.
func TestExtractStockList(t *testing.T) {
	a := story("城阳区", "从全区看，已建成1个国家级、13个省级农业科技园区，40个省级示范园区。")
	for _, ind := range Extract(a) {
		if ind.PeriodKind != data.PeriodAsOf || ind.PeriodEnd != "2021-07-15" {
			t.Errorf("%s: period %s %s..%s, want as of 2021-07-15", ind.Raw, ind.PeriodKind, ind.PeriodStart, ind.PeriodEnd)
		}
	}
}

// TestExtractCountStock: in a dated story with no period word, a count of
// things that stand (建成冷库4700座, 入园企业21户) is as of the story's date;
// a count of new ones (新建冷库12座) covers the year so far.
func TestExtractCountStock(t *testing.T) {
	inds := Extract(story("眉县", "眉县建成各类猕猴桃储藏冷库4700座，园区入园企业21户，就业人数1.2万余人。全县新建冷库12座。"))
	for raw, kind := range map[string]string{"4700座": data.PeriodAsOf, "21户": data.PeriodAsOf, "1.2万余人": data.PeriodAsOf, "12座": data.PeriodYTD} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodKind != kind {
			t.Errorf("%s: got %+v, want %s", raw, got, kind)
		}
	}
}

// TestParseTaggedHeadlines: on a page of stories, a place-tagged headline
// without a byline starts a story, and a tag names the story's region even
// as a short form (镇宁) or as 紫云自治县.
func TestParseTaggedHeadlines(t *testing.T) {
	page := "安顺日报 第2版 2022年10月11日\n\n镇宁：金秋田野收获忙\n\n□本报记者 伍水清\n\n今年，镇宁全县粮食播种面积完成28.37万亩。\n\n" +
		"白石岩乡：稻谷飘香收割忙\n\n□本报记者 姚福进\n\n今年，紫云自治县白石岩乡完成“旱改水”1200亩。\n\n" +
		"高田村：一片菜地带活一方产业\n\n在平坝区天龙镇高田村，全村打造蔬菜先行区1475亩。\n"
	as, err := testParser.ParseFile("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ title, region string }{
		{"镇宁：金秋田野收获忙", "镇宁布依族苗族自治县"},
		{"白石岩乡：稻谷飘香收割忙", "紫云苗族布依族自治县"},
		{"高田村：一片菜地带活一方产业", "平坝区"},
	}
	if len(as) != len(want) {
		t.Fatalf("got %d stories, want %d", len(as), len(want))
	}
	for i, w := range want {
		if as[i].Title != w.title || as[i].Region != w.region {
			t.Errorf("story %d: %q in %q, want %q in %q", i, as[i].Title, as[i].Region, w.title, w.region)
		}
	}
}

// TestExtractSectorStructure: a structure ratio of the three sectors gives
// three shares in %, the third the services share.
func TestExtractSectorStructure(t *testing.T) {
	for _, text := range []string{"全区三次产业结构为1.4:36.3:62.3。", "三次产业结构：1.4:36.3:62.3"} {
		inds := Extract(story("城阳区", text))
		want := []struct {
			raw, ind string
			v        float64
		}{{"1.4", "", 1.4}, {"36.3", "", 36.3}, {"62.3", "服务业增加值占比", 62.3}}
		if len(inds) != len(want) {
			t.Fatalf("%s: got %d indicators, want 3: %+v", text, len(inds), inds)
		}
		for i, w := range want {
			if inds[i].Raw != w.raw || inds[i].Value != w.v || inds[i].Unit != "%" || inds[i].Indicator != w.ind {
				t.Errorf("%s %d: %s %g %s [%s], want %s %g %% [%s]", text, i, inds[i].Raw, inds[i].Value, inds[i].Unit, inds[i].Indicator, w.raw, w.v, w.ind)
			}
		}
	}
}

// TestExtractSectorStructureChanged: 由上年a:b:c调整为d:e:f gives six
// shares.
func TestExtractSectorStructureChanged(t *testing.T) {
	inds := Extract(story("城阳区", "2023年，全区三次产业结构由上年18.4:45.9:35.7调整为18.6:46.5:34.9。"))
	for _, raw := range []string{"18.4", "45.9", "35.7", "18.6", "46.5", "34.9"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Unit != "%" {
			t.Errorf("%s: got %+v, want one share", raw, got)
		}
	}
}

// TestExtractVerbToIsNoDeadline: 下跌至 says where a figure came to; the
// period after it is read whole (2023年1月至3月), and 实现 inside a metric
// goes (第一产业实现增加值 → 第一产业增加值).
func TestExtractVerbToIsNoDeadline(t *testing.T) {
	a := story("城阳区", "失业率由2022年12月至2023年2月的3.3%下跌至2023年1月至3月的3.1%。第一产业实现增加值8.2亿元。")
	a.Date, a.Year = "2023-04-24", 2023
	inds := Extract(a)
	got := map[string]data.Indicator{}
	for _, ind := range inds {
		got[ind.Raw] = ind
	}
	if g := got["3.3%"]; g.PeriodStart != "2022-12-01" || g.PeriodEnd != "2023-02-28" || g.PeriodKind != data.PeriodSpan {
		t.Errorf("3.3%%: %s..%s %s, want 2022-12-01..2023-02-28 span", g.PeriodStart, g.PeriodEnd, g.PeriodKind)
	}
	if g := got["3.1%"]; g.PeriodStart != "2023-01-01" || g.PeriodEnd != "2023-03-31" || g.PeriodKind != data.PeriodYTD {
		t.Errorf("3.1%%: %s..%s %s, want 2023-01-01..2023-03-31 ytd", g.PeriodStart, g.PeriodEnd, g.PeriodKind)
	}
	if g := got["8.2亿元"]; g.Metric != "第一产业增加值" {
		t.Errorf("8.2亿元: metric %q, want 第一产业增加值", g.Metric)
	}
}

// TestExtractSectorsPull: the sectors listed by their ordinals (第一、二、
// 三产业) take one figure each, and points a figure added to another's
// growth (拉动…增长…个百分点) name what added them.
func TestExtractSectorsPull(t *testing.T) {
	inds := Extract(story("城阳区", "第一、二、三产业对GDP增长的贡献率分别为0.7%、63.0%和36.3%，分别拉动GDP增长0.1个、5.0个和2.9个百分点。"+
		"第一、第二、第三产业增加值分别为24.27亿元、60.37亿元、59.98亿元，分别增长4.0%、0.2%、3.0%。"+
		"第一产业增加值为26.3亿元，同比增长3.5%，拉动地区生产总值增长0.7个百分点。"+
		"民间投资进一步活跃，同比增长13.8%，拉动项目投资增长11.1个百分点。"+
		"服务业占GDP的比重达49.5%，拉动经济增长4.4个百分点。"))
	want := map[string]string{
		"0.7%": "第一产业对GDP增长的贡献率", "63.0%": "第二产业对GDP增长的贡献率", "36.3%": "第三产业对GDP增长的贡献率",
		"0.1个": "第一产业拉动GDP增长", "5.0个": "第二产业拉动GDP增长", "2.9个百分点": "第三产业拉动GDP增长",
		"24.27亿元": "第一产业增加值", "4.0%": "第一产业增加值", "3.0%": "第三产业增加值",
		"0.7个百分点": "第一产业拉动地区生产总值增长", "11.1个百分点": "民间投资拉动项目投资增长", "4.4个百分点": "服务业拉动经济增长",
	}
	for _, ind := range inds {
		if w, ok := want[ind.Raw]; ok {
			if !strings.HasPrefix(ind.Metric, w) {
				t.Errorf("%s: metric %q, want it to begin %q", ind.Raw, ind.Metric, w)
			}
			if strings.Contains(w, "拉动") && ind.Indicator != "" {
				t.Errorf("%s: indicator %q, want none", ind.Raw, ind.Indicator)
			}
			delete(want, ind.Raw)
		}
	}
	for raw := range want {
		t.Errorf("%s not found", raw)
	}
}

// TestExtractEnglishGlossAndCareOf: an English gloss in brackets between
// a measure and its figure (第一产业增加值（primary industry）124亿元) leaves
// the measure the figure's, and a care-of sign typed for a percent sign
// (增长15℅) is one.
func TestExtractEnglishGlossAndCareOf(t *testing.T) {
	inds := Extract(story("城阳区", "从三次产业看，第一产业增加值（primary industry）124亿元，增长6.3%。全县生产总值实现131487万元，同比增长15℅。"))
	want := map[string]string{"124亿元": "第一产业增加值", "6.3%": "第一产业增加值", "15℅": "生产总值"}
	for _, ind := range inds {
		if w, ok := want[ind.Raw]; ok {
			if !strings.HasPrefix(ind.Metric, w) {
				t.Errorf("%s: metric %q, want it to begin %q", ind.Raw, ind.Metric, w)
			}
			if ind.Raw == "15℅" && (ind.Unit != "%" || ind.Value != 15) {
				t.Errorf("15℅ = %g %s", ind.Value, ind.Unit)
			}
			delete(want, ind.Raw)
		}
	}
	for raw := range want {
		t.Errorf("%s not found", raw)
	}
}

// TestOwnPlaceIsNotNational: a story that names no place and speaks of
// itself (我市) is no national story for a 全国 in a ranking it names
// (跻身全国县域经济百强县); a note on the country's figures still is.
func TestOwnPlaceIsNotNational(t *testing.T) {
	for text, want := range map[string]string{
		"2009年,我市实现地区生产总值333亿元,同比增长13%。连续九届跻身全国县域经济基本竞争力百强县。": "",
		"国家统计局发布,2009年全国居民人均可支配收入17175元,增长9.8%。":              National,
	} {
		for _, ind := range Extract(story("", text)) {
			if ind.Region != want {
				t.Errorf("%s in %q, want %q (%s)", ind.Raw, ind.Region, want, text)
			}
		}
	}
}

// TestComparedWholeYearIsNoPeriod: a whole year that a quarter's rate is
// compared with (比上年全年加快1.0个百分点) dates neither that difference
// nor the figures after it: they are the quarter's.
func TestComparedWholeYearIsNoPeriod(t *testing.T) {
	a := story("天津市", "一季度，天津市地区生产总值为3890.08亿元，同比增长5.3%，比上年全年加快1.0个百分点。分产业看，第一产业增加值27.28亿元，增长4.9%。")
	a.Date, a.Year = "2024-04-18", 2024
	for _, ind := range Extract(a) {
		if ind.PeriodKind != data.PeriodQuarter || ind.PeriodEnd != "2024-03-31" {
			t.Errorf("%s: %s %s..%s, want the first quarter of 2024", ind.Raw, ind.PeriodKind, ind.PeriodStart, ind.PeriodEnd)
		}
	}
}

// TestQuartersFromFirstAndNationalTable: 2013年1-3季度 is January to
// September, and a table of 国内生产总值 in a story naming no place is the
// country's, as its prose is.
func TestQuartersFromFirstAndNationalTable(t *testing.T) {
	a := story("", "根据有关资料,2013年1-3季度国内生产总值(GDP)初步核算结果如下:\n\n| 表1:2013年1-3季度国内生产总值初步核算数据 | | |\n| | 绝对额(亿元) | 比去年同期增长(%) |\n| 国内生产总值 | 386762 | 7.7 |\n| 第一产业 | 35669 | 3.4 |\n")
	a.Date, a.Year = "2013-10-18", 2013
	inds := Extract(a)
	if len(inds) < 4 {
		t.Fatalf("got %d figures: %v", len(inds), inds)
	}
	for _, ind := range inds {
		if ind.Region != National || ind.PeriodKind != data.PeriodYTD || ind.PeriodStart != "2013-01-01" || ind.PeriodEnd != "2013-09-30" {
			t.Errorf("%s in %q, %s %s..%s; want 全国, 2013-01-01..2013-09-30 ytd", ind.Raw, ind.Region, ind.PeriodKind, ind.PeriodStart, ind.PeriodEnd)
		}
	}
}

// TestInclusionNoteIsNoRegion: a place named in a bracketed note of what a
// figure's place includes or leaves out (全区（含兵团）, 全区（不包括兵团）)
// is not the figure's.
func TestInclusionNoteIsNoRegion(t *testing.T) {
	for _, ind := range Extract(story("新疆维吾尔自治区", "2023年主要预期目标：全区（含兵团）第一产业增加值增长6%左右，农村居民人均可支配收入增长8%左右。全区（不包括兵团）粮食产量增长2%。")) {
		if ind.Region != "新疆维吾尔自治区" {
			t.Errorf("%s in %q, want 新疆维吾尔自治区", ind.Raw, ind.Region)
		}
	}
}

// TestMacauDollars: 澳元 in a Macau story is the pataca (澳门元), not the
// Australian dollar.
func TestMacauDollars(t *testing.T) {
	for _, ind := range Extract(story("澳门特别行政区", "2021年第4季旅客總消費按年上升7.4%至63.1億澳元,旅客人均消費3235澳元。")) {
		if ind.Unit != "%" && ind.Unit != "澳门元" {
			t.Errorf("%s: unit %q, want 澳门元", ind.Raw, ind.Unit)
		}
	}
}

// TestYearBuiltOnIsNoPeriod: the year a growth builds on (在去年较快增长的
// 基础上继续…) is no period of the figures after it, in a story whose
// headline names its half; a figure inside the phrase (在去年增长64.64%的
// 基础上) is still that year's.
func TestYearBuiltOnIsNoPeriod(t *testing.T) {
	a := story("黑龙江省", "年初以来，全省在去年较快增长的基础上继续保持平稳较快增长势头，实现地区生产总值5067亿元，比上年同期增长12.1%。")
	a.Title, a.Date, a.Year = "我省上半年宏观经济持续较快增长", "2011-07-27", 2011
	for _, ind := range Extract(a) {
		if ind.PeriodStart == "2010-01-01" {
			t.Errorf("%s dated by the year built on: %s..%s", ind.Raw, ind.PeriodStart, ind.PeriodEnd)
		}
	}
	b := story("德保县", "今年第一季度，财政收入在去年增长64.64%的基础上，同比增长28%。")
	b.Date, b.Year = "2006-05-31", 2006
	if got := find(Extract(b), "64.64%"); len(got) != 1 || got[0].PeriodStart != "2005-01-01" {
		t.Errorf("64.64%%: %+v, want 2005", got)
	}
}

// TestPlaceBeforeScopeWord: a place named right before a scope word is
// the scope (2023年吉林全省生产总值 in a story of 长春: 吉林省; 神木全市 in a
// 榆林 story: 神木市).
func TestPlaceBeforeScopeWord(t *testing.T) {
	for text, want := range map[string]string{
		"2023年吉林全省生产总值(GDP)13531.19亿元,同比增长6.3%。长春2023年GDP为7002.06亿。": "吉林省",
		"神木市统计局发布数据。2022年神木全市全年实现地区生产总值(GDP)2231.47亿元。":              "神木市",
	} {
		home := "长春市"
		if strings.Contains(text, "神木") {
			home = "榆林市"
		}
		inds := Extract(story(home, text))
		if len(inds) == 0 || inds[0].Region != want {
			t.Errorf("%s: %+v, want the first figure in %s", text, inds, want)
		}
	}
}

// TestExtractListGlossBracket: what a list's measure includes or leaves out,
// and its other name in brackets, are no part of the metric, and the items
// take the head the list shares; an abbreviation stays; 向上申报 keeps 向上.
func TestExtractListGlossBracket(t *testing.T) {
	inds := Extract(story("城阳区", "批发业、零售业、住宿业、餐饮业销售额(营业额)分别增长19.1%、7.3%、8.2%和5.5%。"+
		"蔬菜产量(含食用菌)增长3.4%。地区产值(GDP)5067亿元。上半年向上申报项目92个。"))
	want := map[string]string{"19.1%": "批发业销售额增长", "7.3%": "零售业销售额增长", "8.2%": "住宿业销售额增长", "5.5%": "餐饮业销售额增长",
		"3.4%": "蔬菜产量增长", "5067亿元": "地区产值(GDP)", "92个": "向上申报项目"}
	exactMetrics(t, inds, want)
}

// TestExtractWeightBoxesAndMeanwhile: flat glass counted in 重量箱 is a
// figure whose change takes its measure; 与此同时 opens a sentence and is
// no part of a metric (was 此同时 once 与 was trimmed).
func TestExtractWeightBoxesAndMeanwhile(t *testing.T) {
	inds := Extract(story("城阳区", "平板玻璃产量288.0万重量箱，同比增长4.4%。与此同时，全区社会消费品零售总额增长5.2%。"))
	want := map[string]string{"288.0万重量箱": "平板玻璃产量", "4.4%": "平板玻璃产量同比增长", "5.2%": "社会消费品零售总额增长"}
	exactMetrics(t, inds, want)
}

// TestExtractShareVerbAndPortName: a share said with the verb alone
// (对美国进出口占17.9%) ends with 占比; a port named after its city keeps
// the city (上海口岸进出口总额), and the figure is still the city's; a
// count of people named only by their part (男性160.61万人) is 男性人口.
func TestExtractShareVerbAndPortName(t *testing.T) {
	inds := Extract(story("上海市", "1至7月，对美国进出口占17.9%。7月份上海口岸进出口总额587.5亿美元。年末全市常住人口中，男性160.61万人。"))
	want := map[string]string{"17.9%": "对美国进出口占比", "587.5亿美元": "上海口岸进出口总额", "160.61万人": "男性人口"}
	exactMetrics(t, inds, want)
	if got := find(inds, "587.5亿美元"); len(got) == 1 && got[0].Region != "上海市" {
		t.Errorf("587.5亿美元: region %q, want 上海市", got[0].Region)
	}
}

// TestExtractNumeralMonthRangeBeforeScope: a range of months in numerals
// before a scope word (一至五月全省完成生产总值) is a period, so 全省 is the
// province of the story's city and no part of the metric.
func TestExtractNumeralMonthRangeBeforeScope(t *testing.T) {
	inds := Extract(story("福州市", "据统计,一至五月全省完成生产总值2328.49亿元。"))
	if len(inds) != 1 || inds[0].Region != "福建省" || inds[0].Metric != "生产总值" {
		t.Errorf("got %v, want one figure of 福建省, metric 生产总值", inds)
	}
}

// TestExtractOwnRegionUnnamed: a story of a region that speaks of itself
// as 全区 and never names itself (记者从自治区统计局了解到…全区实现生产总值
// (GDP)) is no story of the country because it says GDP: its region is
// unknown.
func TestExtractOwnRegionUnnamed(t *testing.T) {
	inds := Extract(story("", "7月23日,记者从自治区统计局了解到,上半年,全区实现生产总值(GDP)7776.7亿元,同比增长4.9%。"))
	if len(inds) != 2 {
		t.Fatalf("got %d indicators, want 2: %v", len(inds), inds)
	}
	for _, ind := range inds {
		if ind.Region != "" {
			t.Errorf("%s: region %q, want none", ind.Raw, ind.Region)
		}
	}
}

// TestExtractShareOfPlanDone: a share of a plan done (完成市计划134.2%,
// 完成年度计划的96.4%) is a result named with 完成, not a target.
func TestExtractShareOfPlanDone(t *testing.T) {
	inds := Extract(story("德清县", "1-8月，已开工22项，完成投资33.55亿元，完成市计划134.2%。服务业项目完成年度计划的96.4%。"))
	for _, ind := range inds {
		if ind.Status != data.StatusResult {
			t.Errorf("%s: status %s, want result", ind.Raw, ind.Status)
		}
		if ind.Unit == "%" && !strings.HasPrefix(ind.Metric, "完成") && !strings.Contains(ind.Metric, "完成") {
			t.Errorf("%s: metric %q, want it to say 完成", ind.Raw, ind.Metric)
		}
	}
}

// TestExtractNamesAreNoFigures: the numerals of a place's name (七台河市)
// and a policy package named in quotes with a count (“黄金十条”,
// “制造业十条”) are no figures; a package quoted alone (“16条”) still is.
func TestExtractNamesAreNoFigures(t *testing.T) {
	inds := Extract(story("七台河市", "近年来,七台河市委、市政府先后出台了系列“黄金十条”政策,根据“制造业十条”给予奖励。七台河市新增就业1.2万人。出台“16条”措施。"))
	got := map[string]bool{}
	for _, ind := range inds {
		got[ind.Raw] = true
	}
	if got["七台"] || got["十条"] {
		t.Errorf("got %v, want neither 七台 nor 十条", inds)
	}
	if !got["1.2万人"] || !got["16条"] {
		t.Errorf("got %v, want 1.2万人 and 16条", inds)
	}
}

// exactMetrics checks that inds are exactly the figures of want, each with
// the metric want gives its raw text.
func exactMetrics(t *testing.T, inds []data.Indicator, want map[string]string) {
	t.Helper()
	if len(inds) != len(want) {
		t.Fatalf("got %d indicators, want %d: %v", len(inds), len(want), inds)
	}
	for _, ind := range inds {
		if ind.Metric != want[ind.Raw] {
			t.Errorf("%s: metric %q, want %q", ind.Raw, ind.Metric, want[ind.Raw])
		}
	}
}
