package extract

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"zhibiao/data"
)

func TestResolvePeriod(t *testing.T) {
	pub := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	bulletin := periodClock{pub: pub, pubYear: 2024, dataYear: 2023, reportYear: 2023}
	news := periodClock{pub: pub, pubYear: 2024, dataYear: 2024, reportYear: 2024}
	tests := []struct {
		phrase     string
		clock      periodClock
		start, end string
		kind       string
	}{
		{"", bulletin, "2023-01-01", "2023-12-31", data.PeriodYear},
		{"全年", bulletin, "2023-01-01", "2023-12-31", data.PeriodYear},
		{"年末", bulletin, "", "2023-12-31", data.PeriodAsOf},
		{"上年末", bulletin, "", "2022-12-31", data.PeriodAsOf}, // the year before the bulletin's
		{"本年", bulletin, "2023-01-01", "2023-12-31", data.PeriodYear},
		{"当年", bulletin, "2023-01-01", "2023-12-31", data.PeriodYear},
		{"本年", news, "2024-01-01", "2024-12-31", data.PeriodYear},
		{"过去一年", news, "2023-01-01", "2023-12-31", data.PeriodYear},
		{"去年", news, "2023-01-01", "2023-12-31", data.PeriodYear},
		{"今年", bulletin, "2024-01-01", "2024-12-31", data.PeriodYear},
		{"上半年", news, "2024-01-01", "2024-06-30", data.PeriodHalf},
		{"2023年下半年", news, "2023-07-01", "2023-12-31", data.PeriodHalf},
		{"第二季度", news, "2024-04-01", "2024-06-30", data.PeriodQuarter},
		{"三季度", news, "2024-07-01", "2024-09-30", data.PeriodQuarter},
		{"前三季度", news, "2024-01-01", "2024-09-30", data.PeriodYTD},
		{"1-5月", news, "2024-01-01", "2024-05-31", data.PeriodYTD},
		{"1至2月份", news, "2024-01-01", "2024-02-29", data.PeriodYTD},
		{"元至6月份", news, "2024-01-01", "2024-06-30", data.PeriodYTD},
		{"2023年年中", news, "", "2023-06-30", data.PeriodAsOf},
		{"2022年年中至2023年年中", news, "2022-07-01", "2023-06-30", data.PeriodSpan},
		{"去年年中至今年年中", news, "2023-07-01", "2024-06-30", data.PeriodSpan},
		{"前两个月", news, "2024-01-01", "2024-02-29", data.PeriodYTD},
		{"今年1月到10月", news, "2024-01-01", "2024-10-31", data.PeriodYTD},
		{"去年1月至5月", news, "2023-01-01", "2023-05-31", data.PeriodYTD},
		{"5月份", news, "2024-05-01", "2024-05-31", data.PeriodMonth},
		{"去年12月", news, "2023-12-01", "2023-12-31", data.PeriodMonth},
		{"今年以来", news, "2024-01-01", "2024-03-20", data.PeriodYTD},
		{"截至目前", news, "", "2024-03-20", data.PeriodAsOf},
		{"截至6月底", news, "", "2024-06-30", data.PeriodAsOf},
		{"截至2023年7月29日", news, "", "2023-07-29", data.PeriodAsOf},
		{"一季度末", news, "", "2024-03-31", data.PeriodAsOf},
		{"到2025年", news, "", "2025-12-31", data.PeriodAsOf},
		{"十三五期间", news, "2016-01-01", "2020-12-31", data.PeriodSpan},
		{"过去五年", news, "2019-01-01", "2023-12-31", data.PeriodSpan},
		{"2019-2023年", news, "2019-01-01", "2023-12-31", data.PeriodSpan},
		{"2021年以来", news, "2021-01-01", "2024-03-20", data.PeriodSpan},
		{"", periodClock{}, "", "", data.PeriodNone},
	}
	for _, tt := range tests {
		got := resolvePeriod(tt.phrase, tt.clock)
		if got.Start != tt.start || got.End != tt.end || got.Kind != tt.kind {
			t.Errorf("%q: got %+v, want %s..%s %s", tt.phrase, got, tt.start, tt.end, tt.kind)
		}
	}
}

// TestExtractStructuredPeriod checks that the phrases periodRe finds in
// running text reach resolvePeriod whole.
func TestExtractStructuredPeriod(t *testing.T) {
	tests := []struct{ text, start, end, kind string }{
		{"1-8月份，新增就业2万人。", "2021-01-01", "2021-08-31", data.PeriodYTD},
		{"年末全区常住人口128.3万人。", "", "2021-12-31", data.PeriodAsOf},
		{"5月份，全市居民消费价格同比上涨2.1%。", "2021-05-01", "2021-05-31", data.PeriodMonth},
		{"十三五期间，累计新增就业12万人。", "2016-01-01", "2020-12-31", data.PeriodSpan},
		{"到2025年，数字经济核心产业占比提高到12%。", "", "2025-12-31", data.PeriodAsOf},
		{"今年1月到8月的出口值为241.4亿元。", "2021-01-01", "2021-08-31", data.PeriodYTD},
		{"本澳经济第 2季按年实质收缩 1.8%。", "2021-04-01", "2021-06-30", data.PeriodQuarter}, // (Macau papers space their digits)
		{"2020年，全市规上企业发展到153家。", "", "2020-12-31", data.PeriodAsOf},
		{"2020年，全市市场主体存量17160户。", "", "2020-12-31", data.PeriodAsOf},
		{"2020年，全年新增市场主体达2997户。", "2020-01-01", "2020-12-31", data.PeriodYear},
		{"2020年，全市粮食播种面积达20万亩。", "2020-01-01", "2020-12-31", data.PeriodYear},
	}
	for _, tt := range tests {
		inds := Extract(story("城阳区", tt.text))
		if len(inds) == 0 {
			t.Errorf("%s: no indicator", tt.text)
			continue
		}
		got := inds[len(inds)-1]
		if got.PeriodStart != tt.start || got.PeriodEnd != tt.end || got.PeriodKind != tt.kind {
			t.Errorf("%s: got %s..%s %s (%s), want %s..%s %s", tt.text, got.PeriodStart, got.PeriodEnd, got.PeriodKind, got.Period, tt.start, tt.end, tt.kind)
		}
	}
}

func TestExtractPeriodBases(t *testing.T) {
	tests := []struct{ text, raw, start, end, kind string }{
		// 上年12月份 is the base of the comparison, not the period.
		{"前2个月，全国规模以上工业增加值同比增长7.0%，增速比上年12月份加快0.2个百分点。", "0.2个百分点", "2021-01-01", "2021-02-28", data.PeriodYTD},
		{"前两月，出口增长10%。", "10%", "2021-01-01", "2021-02-28", data.PeriodYTD},
		// Hong Kong's 首十一个月 and the three months to the end of a month,
		// compared with the three months before them (先前三个月)
		{"二零二零年首十一個月的零售業總銷貨價值上升11.6%。", "11.6%", "2020-01-01", "2020-11-30", data.PeriodYTD},
		{"截至二零二零年十一月底的三個月，與先前三個月比較，零售業總銷貨數量上升0.2%。", "0.2%", "2020-09-01", "2020-11-30", data.PeriodSpan},
		{"前三季度（Q1-Q3）全省GDP增长7.9%。", "7.9%", "2021-01-01", "2021-09-30", data.PeriodYTD},
		// a list of periods before 分别 gives each figure its own
		{"今年1、2月份全区出口分别增长3%和5%。", "5%", "2021-02-01", "2021-02-28", data.PeriodMonth},
		{"第1、2季经济成长率分别为5.54%、7.71%。", "7.71%", "2021-04-01", "2021-06-30", data.PeriodQuarter},
		// 全年 after 去年 in its sentence is last year's
		{"去年以来，该县全年农业总产值28.2亿元。", "28.2亿元", "2020-01-01", "2020-12-31", data.PeriodYear},
		// a period glossed in brackets (一季度（Q1）) is still the base
		{"上半年，工业增加值增长19.9%，较一季度（Q1）加快11.3个百分点。其中，装备制造业增加值增长15.2%。", "15.2%", "2021-01-01", "2021-06-30", data.PeriodHalf},
		// a balance or registered capital in a year stands at its end
		{"2020年，全区金融机构存款余额831.8亿元。", "831.8亿元", "", "2020-12-31", data.PeriodAsOf},
		{"2020年，全区企业注册资本1.2万亿元。", "1.2万亿元", "", "2020-12-31", data.PeriodAsOf},
		// a year set at the start of a sentence dates its ；-joined parts
		{"2020年实现生产总值80.9亿元、增长6.5%；固定资产投资增长21.1%。", "21.1%", "2020-01-01", "2020-12-31", data.PeriodYear},
		// 截至 the end of a half adds up the half
		{"截至2021年6月30日，全区新增市场主体2300户。", "2300户", "2021-01-01", "2021-06-30", data.PeriodHalf},
		// a record or a streak dates no figure
		{"上半年，全区规上工业增加值增长7%，创2018年一季度以来季度增速新高，高于全省0.5个百分点。", "0.5个百分点", "2021-01-01", "2021-06-30", data.PeriodHalf},
		{"上半年，全区固定资产投资增长17.6%，增速自2018年9月以来连续7个月保持两位数增长，高于全省6.4个百分点。", "6.4个百分点", "2021-01-01", "2021-06-30", data.PeriodHalf},
		// a level that rose over a span of years named before: from the year
		// before the span, to its last year
		{"2016—2020年，全区生产总值由56.2亿元增加到80.5亿元。", "56.2亿元", "2015-01-01", "2015-12-31", data.PeriodYear},
		{"2016—2020年，全区生产总值由56.2亿元增加到80.5亿元。", "80.5亿元", "2020-01-01", "2020-12-31", data.PeriodYear},
	}
	for _, tt := range tests {
		got := find(Extract(story("城阳区", tt.text)), tt.raw)
		if len(got) != 1 || got[0].PeriodStart != tt.start || got[0].PeriodEnd != tt.end || got[0].PeriodKind != tt.kind {
			t.Errorf("%s: got %+v, want %s..%s %s", tt.text, got, tt.start, tt.end, tt.kind)
		}
	}
}

// TestJanuaryStories checks the year of undated figures in a story
// published in January: a review of the year before takes that year; a
// story whose lead tells of a day of the new January is about now.
func TestJanuaryStories(t *testing.T) {
	tests := []struct{ name, text, raw, start, end, kind string }{
		{"review", "南湖日报 2024年01月30日\n\n南湖镇农业稳中有进\n\n南湖镇粮食产量4.2万吨，农民人均可支配收入2.1万元。\n",
			"4.2万吨", "2023-01-01", "2023-12-31", data.PeriodYear},
		{"news of a work report", "景东县人民政府网 2023-02-13\n\n县十八届人大二次会议开幕\n\n2月12日上午，县长代表县人民政府向大会作政府工作报告。\n\n全县地区生产总值122.3亿元，增长3.2%。\n",
			"122.3亿元", "2022-01-01", "2022-12-31", data.PeriodYear},
		{"new-year news", "南湖日报 2024年01月30日\n\n草莓大棚迎来采摘季\n\n1月4日，记者走进南湖镇西马庄合作社，大棚里一片忙碌。\n\n草莓长势喜人，每亩产量8000斤左右。\n",
			"8000斤左右", "2024-01-01", "2024-01-30", data.PeriodYTD},
		{"review under its date line", "宣城日报  2025年1月13日\n\n政府工作报告（摘要）\n\n——2025年1月12日在宣城市第五届人民代表大会第四次会议上\n\n过去一年，我们奋力追赶，经济运行回升向好。初步测算，地区生产总值突破2000亿元大关、增长5.8%左右。\n",
			"5.8%左右", "2024-01-01", "2024-12-31", data.PeriodYear},
		{"this year's results after an important speech", "宣城日报  2025年12月20日\n\n宣城经济稳中有进\n\n2025年，我们深入贯彻落实总书记重要讲话精神，经济运行回升向好。初步测算，地区生产总值增长5.8%左右。\n",
			"5.8%左右", "2025-01-01", "2025-12-20", data.PeriodYTD},
		{"review dated by its month", "让“三农”更富更美更强\n（贺州日报 2018年1月）\n□虞中晖\n\n核心区农民人均可支配收入10325.8元，三金总收入1024.2万元。\n",
			"10325.8元", "2017-01-01", "2017-12-31", data.PeriodYear},
		{"release whose data are said to show a period", "沈阳日报 2021年11月3日\n\n沈阳经济延续恢复态势\n\n11月2日，沈阳市统计局公布数据显示：前三季度，全市经济延续平稳恢复的良好态势。\n\n初步核算，全市实现地区生产总值5181.7亿元，同比增长8.0%。\n",
			"5181.7亿元", "2021-01-01", "2021-09-30", data.PeriodYTD},
		{"news of a work report in traditional characters", "三秦日報 2021年1月27日\n\n陝西省政府工作報告要點\n\n1月26日上午，陝西省第十三屆人民代表大會第五次會議在西安開幕，省長作政府工作報告。\n\n固定資產投資增長4.1%\n城鎮新增就業43.2萬人\n",
			"4.1%", "2020-01-01", "2020-12-31", data.PeriodYear},
		{"the year just ended, after its speaker", "如东日报 2018年2月7日\n\n如东发展均衡度越来越好\n\n2月6日下午，县委、县政府举行新春团拜会。\n\n陈雷说，刚刚过去的2017年，县委、县政府勇于开拓，各项事业取得了新的进步。全县实现地区生产总值852.5亿元，增长7.9%。\n",
			"852.5亿元", "2017-01-01", "2017-12-31", data.PeriodYear},
		{"a bulletin's 今年 is the year it reports on", "2017年某区国民经济和社会发展统计公报\n2018年3月30日\n\n今年以来，全区经济稳中有进。\n\n全区实现地区生产总值713.82亿元，比上年增长7.2%。\n",
			"713.82亿元", "2017-01-01", "2017-12-31", data.PeriodYear},
	}
	for _, tt := range tests {
		as := parseOne(t, "page.txt", tt.text)
		got := find(Extract(as[0]), tt.raw)
		if len(got) != 1 || got[0].PeriodStart != tt.start || got[0].PeriodEnd != tt.end || got[0].PeriodKind != tt.kind {
			t.Errorf("%s: got %+v, want %s..%s %s", tt.name, got, tt.start, tt.end, tt.kind)
		}
	}
}

// TestHeadlineMonthWithEnglishTitle checks that a release whose headline
// names its month (with an English title line carrying the year) dates
// every figure of the release to that month.
func TestHeadlineMonthWithEnglishTitle(t *testing.T) {
	text := "2025年6月中国采购经理指数运行情况\nChina Purchasing Managers' Index (PMI), June 2025\n\n发布时间：2025-06-30 09:30\n\n" +
		"6月份，制造业采购经理指数（PMI）为49.7%，比上月上升0.2个百分点。\n\n" +
		"从企业规模看，大型企业PMI为51.2%，比上月上升0.5个百分点。\n"
	as := parseOne(t, "pmi.txt", text)
	got := find(Extract(as[0]), "51.2%")
	if len(got) != 1 || got[0].PeriodStart != "2025-06-01" || got[0].PeriodEnd != "2025-06-30" || got[0].PeriodKind != data.PeriodMonth {
		t.Errorf("got %+v, want June 2025", got)
	}
}

// TestHeadlineRecordSpan checks that a headline's period that starts a
// record (2020年10月以来最慢) dates no figure: the story's month does.
func TestHeadlineRecordSpan(t *testing.T) {
	text := "PMI跌幅扩大 2020年10月以来最慢扩张速度\n\n中经院今日公布，9月制造业采购经理人指数为57.8%。新增订单指数续跌8.8个百分点。\n"
	as := parseOne(t, "pmi.txt", text)
	got := find(Extract(as[0]), "8.8个百分点")
	if len(got) != 1 || got[0].PeriodStart[:4] != "2021" || strings.HasPrefix(got[0].PeriodStart, "2020-10") {
		t.Errorf("got %+v, want a 2021 period, not October 2020", got)
	}
}

// TestPriorValues checks that a prior value (前值) is dated one period
// before the figure it follows.
func TestPriorValues(t *testing.T) {
	text := "2024年9月工业增加值同比5.4%（前值4.5%），2024年1-9月固投同比3.4%（前值3.4%），2024年三季度GDP同比4.6%（前值4.7%）。"
	inds := Extract(story("", text))
	tests := []struct{ raw, start, end string }{
		{"4.5%", "2024-08-01", "2024-08-31"},
		{"5.4%", "2024-09-01", "2024-09-30"},
		{"4.7%", "2024-04-01", "2024-06-30"},
	}
	for _, tt := range tests {
		if got := find(inds, tt.raw); len(got) != 1 || got[0].PeriodStart != tt.start || got[0].PeriodEnd != tt.end {
			t.Errorf("%s: got %+v, want %s..%s", tt.raw, got, tt.start, tt.end)
		}
	}
	last := find(Extract(story("", "2024年9月，服务价格由上月下降0.3%转为上涨0.2%。")), "0.3%")
	if len(last) != 1 || last[0].PeriodStart != "2024-08-01" || last[0].PeriodEnd != "2024-08-31" {
		t.Errorf("由上月下降0.3%%: got %+v, want August 2024", last)
	}
	var prior []data.Indicator
	for _, ind := range find(inds, "3.4%") {
		if ind.PeriodEnd == "2024-08-31" {
			prior = append(prior, ind)
		}
	}
	if len(prior) != 1 || prior[0].PeriodStart != "2024-01-01" {
		t.Errorf("3.4%% (前值): got %+v, want one dated 2024-01-01..2024-08-31", find(inds, "3.4%"))
	}
}

// TestSentenceYear checks that a year set off at the start of a sentence
// names the year of its 全年, across ；-joined parts.
func TestSentenceYear(t *testing.T) {
	text := "2025年，王店镇预计全年完成地区生产总值140亿元、增长6.5%；财政收入13.3亿元、增长43.2%。"
	a := story("秀洲区", text)
	a.Date, a.Year = "2026-03-17", 2026
	for _, raw := range []string{"140亿元", "13.3亿元"} {
		if got := find(Extract(a), raw); len(got) != 1 || got[0].PeriodStart != "2025-01-01" || got[0].PeriodEnd != "2025-12-31" {
			t.Errorf("%s: got %+v, want 2025", raw, got)
		}
	}
}

// TestYuanyue checks 元月 (January) as a month.
func TestYuanyue(t *testing.T) {
	a := story("台湾省", "经济部昨日公布，元月工业生产指数年增率为28.51%。")
	a.Date, a.Year = "2026-03-06", 2026
	if got := find(Extract(a), "28.51%"); len(got) != 1 || got[0].PeriodStart != "2026-01-01" || got[0].PeriodEnd != "2026-01-31" {
		t.Errorf("got %+v, want January 2026", got)
	}
}

// TestTermSections checks a work report's headings of a term of years: a
// five-year review dates its undated results over those years, the next
// five years' goals are targets standing at the term's end.
func TestTermSections(t *testing.T) {
	text := "湖州市政府工作报告（要点）\n\n2017年4月22日，湖州市第八届人民代表大会第一次会议开幕。\n\n一、赶超发展的五年\n\n" +
		"基础设施建设累计完成投资1439.2亿元；\n\n二、今后五年的重点目标\n\n地区生产总值突破3000亿元；\n"
	as := parseOne(t, "report.txt", text)
	inds := Extract(as[0])
	if got := find(inds, "1439.2亿元"); len(got) != 1 || got[0].PeriodStart != "2012-01-01" || got[0].PeriodEnd != "2016-12-31" || got[0].Status != data.StatusResult {
		t.Errorf("review: got %+v, want 2012–2016 result", got)
	}
	if got := find(inds, "3000亿元"); len(got) != 1 || got[0].PeriodEnd != "2021-12-31" || got[0].PeriodKind != data.PeriodAsOf || got[0].Status != data.StatusTarget {
		t.Errorf("goal: got %+v, want a target as of 2021-12-31", got)
	}
}

// TestLeadPeriod checks that a news story's lead opening with a part of
// the year (上半年，…) dates the figures of later paragraphs that name no
// period.
func TestLeadPeriod(t *testing.T) {
	text := "今日岱山 2025年8月1日 第2版\n\n石化船舶双轮驱动\n\n本报记者 林海\n\n上半年，全县实现规上工业总产值1564.97亿元，同比增长5.4%。\n\n" +
		"分行业看，船舶工业、水产加工总产值分别增长37.0%、16.4%。\n"
	as := parseOne(t, "page.txt", text)
	if got := find(Extract(as[0]), "37.0%"); len(got) != 1 || got[0].PeriodStart != "2025-01-01" || got[0].PeriodEnd != "2025-06-30" {
		t.Errorf("got %+v, want the first half of 2025", got)
	}
}

// TestWholeYearOfParagraph checks 全年 after a sentence of the paragraph
// that named the year (过去一年, in a story of July): that year.
func TestWholeYearOfParagraph(t *testing.T) {
	text := "荆州就业工作获省政府督查激励\n\n荆州日报　2023年7月6日　本报讯\n\n" +
		"过去一年，全市新增返乡创业6027人。全年累计开展招聘活动550场，招聘员工40928人。\n"
	as := parseOne(t, "news.txt", text)
	if got := find(Extract(as[0]), "550场"); len(got) != 1 || got[0].PeriodStart != "2022-01-01" || got[0].PeriodEnd != "2022-12-31" {
		t.Errorf("got %+v, want 2022", got)
	}
}

// TestLastYearsLevel checks a level given as the same period of last year
// (较去年同期的897.5亿元, 较去年同期（750.2亿元）): a year earlier, the same
// measure.
func TestLastYearsLevel(t *testing.T) {
	a := story("澳门特别行政区", "2024年1至7月对外商品贸易总额共822.5亿元，较去年同期的897.5亿元下跌8.3%。2024年首七个月的货物贸易逆差为666.7亿元，较去年同期（750.2亿元）减少83.5亿元。")
	inds := Extract(a)
	for _, raw := range []string{"897.5亿元", "750.2亿元"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].PeriodStart != "2023-01-01" || got[0].PeriodEnd != "2023-07-31" {
			t.Errorf("%s: got %+v, want 2023-01-01..2023-07-31", raw, got)
		}
	}
	if got := find(inds, "897.5亿元"); len(got) != 1 || got[0].Indicator != "进出口额" {
		t.Errorf("897.5亿元: got %+v, want 进出口额", got)
	}
}

// TestWholeYearOfStory checks 全年 in a later paragraph of a story that
// named the year it reports on (2023年本地生产总值…), published the year
// after, day first (01/03/2024): that year, not a base year (恢复至2019年的).
func TestWholeYearOfStory(t *testing.T) {
	text := "力報　01/03/2024\n\n澳門去年GDP勁增\n\n統計暨普查局資料顯示，2023年本地生產總值錄得實質增長80.5%，回復至2019年的逾八成水平。\n\n" +
		"全年私人消費上升12.1%。\n"
	as := parseOne(t, "mo.txt", text)
	if as[0].Date != "2024-03-01" {
		t.Errorf("date %q, want 2024-03-01", as[0].Date)
	}
	if got := find(Extract(as[0]), "12.1%"); len(got) != 1 || got[0].PeriodStart != "2023-01-01" || got[0].Status != data.StatusResult {
		t.Errorf("got %+v, want a 2023 result", got)
	}
}

// TestSecondComparedPeriodIsABase checks that the second of two periods
// compared with (较上半年和1-5月分别提高) dates no figure.
func TestSecondComparedPeriodIsABase(t *testing.T) {
	a := story("旺苍县", "1-7月，全县规上工业增加值同比增长3.6%，增速较上半年和1-5月分别提高2.3和4.5个百分点。")
	a.Date, a.Year, a.DataYear = "2023-08-24", 2023, 2023
	got := find(Extract(a), "4.5个百分点")
	if len(got) != 1 || got[0].PeriodStart != "2023-01-01" || got[0].PeriodEnd != "2023-07-31" {
		t.Errorf("got %+v, want 1-7月", got)
	}
}

// TestSinceRecordDatesNoFigure checks that a span since which a figure is
// the highest (增速为2014年以来一季度最高点) dates no figure after it.
func TestSinceRecordDatesNoFigure(t *testing.T) {
	a := story("新疆维吾尔自治区", "一季度，新疆农林牧渔业总产值同比增长6.9%，增速为2014年以来一季度最高点。规模以上工业增加值同比增长8.0%。")
	a.Date, a.Year, a.DataYear = "2024-04-20", 2024, 2024
	got := find(Extract(a), "8.0%")
	if len(got) != 1 || got[0].PeriodStart != "2024-01-01" || got[0].PeriodEnd != "2024-03-31" {
		t.Errorf("got %+v, want 一季度 2024", got)
	}
}

// TestYearOpeningAClauseCarriesOver checks that a year opening a clause of
// an earlier sentence of the paragraph (《决定》指出，2023年是…之年。) dates
// the figures after it, while a year named in passing does not.
func TestYearOpeningAClauseCarriesOver(t *testing.T) {
	a := story("酒泉市", "《决定》指出，2023年是全面贯彻党的二十大精神的开局之年。全市规上工业增加值同比增长11.6%。")
	a.Date, a.Year, a.DataYear = "2024-04-24", 2024, 2024
	if got := find(Extract(a), "11.6%"); len(got) != 1 || got[0].PeriodStart != "2023-01-01" || got[0].PeriodEnd != "2023-12-31" {
		t.Errorf("got %+v, want 2023", got)
	}
	b := story("酒泉市", "早在2015年，我市就开始建设园区。全市规上工业增加值同比增长11.6%。")
	b.Date, b.Year, b.DataYear = "2024-04-24", 2024, 2024
	if got := find(Extract(b), "11.6%"); len(got) != 1 || got[0].PeriodStart == "2015-01-01" {
		t.Errorf("got %+v, want no 2015", got)
	}
}

// TestDayWrittenWithHao checks that a day written with 号 (8月15号) is a
// day, not the month.
func TestDayWrittenWithHao(t *testing.T) {
	a := story("互助土族自治县", "8月15号，发展成就新闻发布会在互助县召开。全县森林覆盖率达44.19%。")
	a.Date, a.Year, a.DataYear = "2024-08-16", 2024, 2024
	if got := find(Extract(a), "44.19%"); len(got) != 1 || got[0].PeriodKind == data.PeriodMonth {
		t.Errorf("got %+v, want no month", got)
	}
}

// TestNextYearsOfAReport checks that 今后五年 in a report of 2017 is
// 2017-2021, and that 城镇居民收入 is read as the urban disposable income.
func TestNextYearsOfAReport(t *testing.T) {
	a := story("咸阳市", "今后五年的主要目标是：全市生产总值年均增长9%以上，城镇居民收入年均增长9%。")
	a.Date, a.Year, a.DataYear = "2017-03-14", 2017, 2017
	inds := Extract(a)
	for raw, ind := range map[string]string{"9%以上": "地区生产总值增速", "9%": "城镇居民人均可支配收入增速"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != "2017-01-01" || got[0].PeriodEnd != "2021-12-31" || got[0].Indicator != ind {
			t.Errorf("%s: %+v, want 2017-2021, %s", raw, got, ind)
		}
	}
}

// TestLevelRateStandsAtTheDate checks that a rate of how things stand
// (森林覆盖率达44.19%) in news without a period word is as of the story's
// date, while a growth rate covers the year so far.
func TestLevelRateStandsAtTheDate(t *testing.T) {
	a := story("互助土族自治县", "近年来，全县森林覆盖率达44.19%，县城绿地率达36.01%，农业总产值增长5.1%。")
	a.Date, a.Year, a.DataYear = "2024-08-16", 2024, 2024
	inds := Extract(a)
	for raw, kind := range map[string]string{"44.19%": data.PeriodAsOf, "36.01%": data.PeriodAsOf, "5.1%": data.PeriodYTD} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodKind != kind {
			t.Errorf("%s: %+v, want %s", raw, got, kind)
		}
	}
}

// TestDayRange checks that a range of days (10月1日至7日) is those days.
func TestDayRange(t *testing.T) {
	a := story("万宁市", "10月1日至7日期间，万宁接待游客总人数45.26万人次。")
	a.Date, a.Year, a.DataYear = "2024-10-09", 2024, 2024
	if got := find(Extract(a), "45.26万人次"); len(got) != 1 || got[0].PeriodStart != "2024-10-01" || got[0].PeriodEnd != "2024-10-07" {
		t.Errorf("got %+v, want 2024-10-01..07", got)
	}
}

// TestLaterPartTakesTheYear checks that a part of a year with no year of
// its own (而第三季) after one that names its year in the sentence (去年第四季)
// is of that year.
func TestLaterPartTakesTheYear(t *testing.T) {
	a := story("香港特别行政区", "私人消费开支去年第四季实质升6.0%、而第三季的升幅为6.8%。")
	a.Date, a.Year, a.DataYear, a.DateInferred = "2022", 2022, 2022, true // dated by its year only
	if got := find(Extract(a), "6.8%"); len(got) != 1 || got[0].PeriodStart != "2021-07-01" || got[0].PeriodEnd != "2021-09-30" {
		t.Errorf("got %+v, want 2021's third quarter", got)
	}
}

// TestCumulativeBesideTheMonth checks that in a month's release a running
// total's change (累计同比增长) covers January to that month, while the
// month's own (当月同比增长) stays the month.
func TestCumulativeBesideTheMonth(t *testing.T) {
	a := story("南宁市", "11月份规模以上工业增加值同比增长7.1%。国有控股企业增加值累计同比增长1.6%，当月同比增长8.2%；股份制企业累计下降3.0%。")
	a.Date, a.Year, a.DataYear = "2020-12-18", 2020, 2020
	for raw, want := range map[string][2]string{"7.1%": {"2020-11-01", data.PeriodMonth}, "1.6%": {"2020-01-01", data.PeriodYTD}, "8.2%": {"2020-11-01", data.PeriodMonth}, "3.0%": {"2020-01-01", data.PeriodYTD}} {
		if got := find(Extract(a), raw); len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != "2020-11-30" || got[0].PeriodKind != want[1] {
			t.Errorf("%s: got %+v, want %s..2020-11-30 %s", raw, got, want[0], want[1])
		}
	}
}

// TestBareGoalHeading checks that figures under a heading of goals with
// neither number nor year (主要目标) are targets of the year the report was
// written in, up to the next heading.
func TestBareGoalHeading(t *testing.T) {
	a := paragraphs(story("镇安县", "县长在镇安县十七届人大四次会议上作政府工作报告。\n主要目标\n生产总值增长11.5%左右，全社会固定资产投资增长23%左右。\n重点工作\n去年全县新建厂房12万平方米。\n"))
	a.Date, a.Year, a.DataYear = "2015-04-27", 2015, 2015
	inds := Extract(a)
	for _, raw := range []string{"11.5%左右", "23%左右"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusTarget || got[0].PeriodStart != "2015-01-01" || got[0].PeriodEnd != "2015-12-31" {
			t.Errorf("%s: %+v, want a target for 2015", raw, got)
		}
	}
	if got := find(inds, "12万平方米"); len(got) != 1 || got[0].Status != data.StatusResult {
		t.Errorf("12万平方米: %+v, want a result (after the next heading)", got)
	}
}

// TestCampaignTerm checks that a notice's labelled term on a line of its
// own (活动时间 / 2025年4月16日10:00—5月26日22:00) stays in its text and
// dates the campaign's amounts that name no period.
func TestCampaignTerm(t *testing.T) {
	text := "2025年敦化市第一期消费券促销活动实施方案\n\n敦化市人民政府办公室\n2025年4月11日\n\n（二）活动时间\n2025年4月16日10:00—5月26日22:00\n1.百货、餐饮类活动共2轮，活动金额为180万元。\n"
	as := parseOne(t, "p.txt", text)
	if got := find(Extract(as[0]), "180万元"); len(got) != 1 || got[0].PeriodStart != "2025-04-16" || got[0].PeriodEnd != "2025-05-26" || got[0].PeriodKind != data.PeriodSpan || got[0].Status != data.StatusResult {
		t.Errorf("180万元: %+v, want a result of the campaign's term", got)
	}
}

// TestSamePeriodAsBefore checks that a figure of 同期 in a later paragraph
// is of the period the paragraphs before named (not its base).
func TestSamePeriodAsBefore(t *testing.T) {
	text := "业务收益指数\n\n12/03/2026 17:20\n\n政府统计处今日发表的业务收益指数的临时数字显示，2025年第四季与2024年第四季比较，差不多所有主要服务行业的业务收益均有升幅。\n\n2025年第四季与2024年第四季比较，保险业的业务收益指数录得升幅。另一方面，货仓业的业务收益指数则下跌3.3%。\n\n按服务界别分析，电脑及资讯科技服务界别的业务收益指数同期按年上升101.8%。\n"
	as := parseOne(t, "hk.txt", text)
	if got := find(Extract(as[0]), "101.8%"); len(got) != 1 || got[0].PeriodStart != "2025-10-01" || got[0].PeriodEnd != "2025-12-31" {
		t.Errorf("got %+v, want 2025's fourth quarter", got)
	}
}

// TestReportGivenInJanuary checks a story of a work report given in
// January: 过去的一年 is the year before, and the figures under a heading
// of goals with its year (2019年主要预期目标：) are that year's targets; a
// slogan of counted words in quotes (“一强三名”) is no figure.
func TestReportGivenInJanuary(t *testing.T) {
	text := "努力建设富强美丽幸福新莒县\n\n齐鲁晚报　2019年01月29日\n\n1月26日上午，日照市莒县第十八届人民代表大会第三次会议开幕。报告指出，过去的一年全县实现地区生产总值415亿元，可比增长8.5%。奋力打造“一强三名”建设富强美丽幸福新莒县。\n\n2019年主要预期目标：\n\n地区生产总值增长9%，一般公共预算收入增长10%。\n"
	as := parseOne(t, "r.txt", text)
	inds := Extract(as[0])
	if got := find(inds, "415亿元"); len(got) != 1 || got[0].PeriodStart != "2018-01-01" || got[0].PeriodKind != data.PeriodYear {
		t.Errorf("415亿元: %+v, want 2018", got)
	}
	for _, raw := range []string{"9%", "10%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusTarget || got[0].PeriodStart != "2019-01-01" {
			t.Errorf("%s: %+v, want a target for 2019", raw, got)
		}
	}
	if got := find(inds, "三名"); len(got) != 0 {
		t.Errorf("三名: %+v, want no figure", got)
	}
}

// TestLookAheadHeading checks that figures under 展望2018年 are targets of
// that year.
func TestLookAheadHeading(t *testing.T) {
	text := "商洛市政府工作报告\n\n2018-02-26 来源：华商报\n\n2017年，全市生产总值增长9.2%。\n\n展望2018年\n\n生产总值增长9%左右，规模以上工业增加值增长12%左右。\n"
	as := parseOne(t, "r.txt", text)
	inds := Extract(as[0])
	for _, raw := range []string{"9%左右", "12%左右"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusTarget || got[0].PeriodStart != "2018-01-01" {
			t.Errorf("%s: %+v, want a target for 2018", raw, got)
		}
	}
}

// TestMonthsEachWithTheirMark checks a list of months each written with 月
// (4月、5月、6月…分别增长3.5%、4.5%、5.4%): the k-th figure is the k-th month's.
func TestMonthsEachWithTheirMark(t *testing.T) {
	a := story("重庆市", "其中，4月、5月、6月单月完成投资额同比分别增长3.5%、4.5%、5.4%。")
	a.Date, a.Year, a.DataYear = "2022-07-20", 2022, 2022
	inds := Extract(a)
	for raw, start := range map[string]string{"3.5%": "2022-04-01", "4.5%": "2022-05-01", "5.4%": "2022-06-01"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != start || got[0].PeriodKind != data.PeriodMonth {
			t.Errorf("%s: %+v, want the month from %s", raw, got, start)
		}
	}
}

// TestPolicyOfANamedYear checks that the undated amounts of a policy
// notice whose title names its year (关于印发…2023年…政策清单的通知) are of
// that year, not of the year so far.
func TestPolicyOfANamedYear(t *testing.T) {
	a := story("内蒙古自治区", "自治区财政安排农业生产发展等资金110亿元，支持建设高标准农田395万亩。")
	a.Title = "内蒙古自治区人民政府关于印发自治区2023年推动产业高质量发展政策清单的通知"
	a.Date, a.Year, a.DataYear = "2023-01-19", 2023, 2023
	if got := find(Extract(a), "110亿元"); len(got) != 1 || got[0].PeriodKind != data.PeriodYear || got[0].PeriodStart != "2023-01-01" {
		t.Errorf("got %+v, want 2023", got)
	}
}

// TestFromTheFirstMonth checks 元至6月份 (January to June) in running text:
// the year so far, not a stock as of June.
func TestFromTheFirstMonth(t *testing.T) {
	a := story("湘阴县", "今年元至6月份，全县完成规模工业总产值236.7亿元，同比增长11.7%。")
	a.Date, a.Year, a.DataYear = "2015-07-29", 2015, 2015
	if got := find(Extract(a), "236.7亿元"); len(got) != 1 || got[0].PeriodStart != "2015-01-01" || got[0].PeriodEnd != "2015-06-30" {
		t.Errorf("got %+v, want January to June 2015", got)
	}
}

// TestNationalDayWeek checks that 国庆黄金周 (written with quotes or not)
// is the first week of October, and 庆祝国庆 no period.
func TestNationalDayWeek(t *testing.T) {
	for _, text := range []string{"今年国庆“黄金周”，湘阴县累计接待国内外游客109.68万人次。", "国庆假期，湘阴县累计接待国内外游客109.68万人次。"} {
		a := story("湘阴县", text)
		a.Date, a.Year, a.DataYear = "2019-10-09", 2019, 2019
		if got := find(Extract(a), "109.68万人次"); len(got) != 1 || got[0].PeriodStart != "2019-10-01" || got[0].PeriodEnd != "2019-10-07" {
			t.Errorf("%s: got %+v, want 2019-10-01..07", text, got)
		}
	}
	a := story("湘阴县", "庆祝国庆，全县完成投资5亿元。")
	a.Date, a.Year, a.DataYear = "2019-10-09", 2019, 2019
	if got := find(Extract(a), "5亿元"); len(got) != 1 || got[0].PeriodStart == "2019-10-01" {
		t.Errorf("庆祝国庆: got %+v, want no holiday week", got)
	}
}

// TestReleaseOpeningWithItsDay checks a release whose lead opens with the
// day it was given (5月22日，省统计局发布前4个月…): its undated figures are of
// the months it released, not of the year to the day.
func TestReleaseOpeningWithItsDay(t *testing.T) {
	text := "规模以上工业保持增长\n\n2023-05-23\n\n5月22日，省统计局发布前4个月辽宁经济运行情况。数据显示，全省经济运行继续延续企稳向好态势。\n\n规模以上工业增加值同比增长4.9%。\n"
	as := parseOne(t, "r.txt", text)
	if got := find(Extract(as[0]), "4.9%"); len(got) != 1 || got[0].PeriodEnd != "2023-04-30" || got[0].PeriodKind != data.PeriodYTD {
		t.Errorf("got %+v, want January to April 2023", got)
	}
}

// TestNumberedGoalHeadingAndSecondDocument checks a policy page: figures
// under 一、主要目标 (with the plan's own year in their sentence) are
// targets; a second document after a gap, its number on a line of its own
// (市政办发〔2018〕72号), is a story of its own dated by that number.
func TestNumberedGoalHeadingAndSecondDocument(t *testing.T) {
	text := "兴平市人民政府办公室关于印发《兴平市2025年县域经济高质量发展实施方案》的通知\n\n发文字号：兴政办发〔2025〕11号　发文日期：2025-09-01\n\n一、主要目标\n\n2025年全市生产总值达到330亿元，规上工业增加值增长8%。\n\n\n" +
		"西安市人民政府办公厅关于支持实体经济发展若干财税措施的意见\n市政办发〔2018〕72号\n\n各区、县人民政府：为全面贯彻党的十九大精神，现提出以下意见，对新引进的重点工业项目给予补助。\n"
	as, err := testParser.ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 || as[1].Year != 2018 {
		t.Fatalf("%v, %d stories, dated %v", err, len(as), func() []string {
			var d []string
			for _, a := range as {
				d = append(d, a.Date)
			}
			return d
		}())
	}
	if got := find(Extract(as[0]), "330亿元"); len(got) != 1 || got[0].Status != data.StatusTarget {
		t.Errorf("330亿元: %+v, want a target", got)
	}
}

// TestMidYear checks 年中 in running text: a stock at 30 June, and the year
// from one mid-year to the next.
func TestMidYear(t *testing.T) {
	a := story("香港特别行政区", "2023年年中的香港人口的临时数字为7498100人。2022年年中至2023年年中，期间录得174000名香港居民净移入。")
	a.Date, a.Year, a.DataYear = "2023-08-15", 2023, 2023
	inds := Extract(a)
	if got := find(inds, "7498100人"); len(got) != 1 || got[0].PeriodEnd != "2023-06-30" || got[0].PeriodKind != data.PeriodAsOf {
		t.Errorf("7498100人: %+v, want as of 2023-06-30", got)
	}
	if got := find(inds, "174000名"); len(got) != 1 || got[0].PeriodStart != "2022-07-01" || got[0].PeriodEnd != "2023-06-30" {
		t.Errorf("174000名: %+v, want 2022-07-01..2023-06-30", got)
	}
}

// TestChineseMonthRange checks 一至五月 in Chinese numerals: the year to
// date, as 1至5月, not 至五月 read as a date.
func TestChineseMonthRange(t *testing.T) {
	a := story("澳门特别行政区", "今年一至五月，特區政府公共財政收入六百一十一億元，按年上昇二十%。")
	a.Date, a.Year = "2013-06-10", 2013
	for _, raw := range []string{"六百一十一億元", "二十%"} {
		if got := find(Extract(a), raw); len(got) != 1 || got[0].PeriodStart != "2013-01-01" || got[0].PeriodEnd != "2013-05-31" || got[0].PeriodKind != data.PeriodYTD {
			t.Errorf("%s: got %+v, want January to May 2013", raw, got)
		}
	}
}

// TestYearLineSections checks a report's summary in points, each part
// headed by a short line of a year (2020年湖南 / 交答卷！): figures with no
// period word of their own are of that year, not the story's.
func TestYearLineSections(t *testing.T) {
	a := story("江西省", "2020年江西\n交答卷！\n地区生产总值增长3.8%\n高速公路通车里程新增149公里\n\n2021年江西\n再出发\n地区生产总值增长8%以上")
	a.Date, a.Year = "2021-02-01", 2021
	inds := Extract(a)
	for _, raw := range []string{"3.8%", "149公里"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != "2020-01-01" || got[0].PeriodEnd != "2020-12-31" {
			t.Errorf("%s: got %+v, want 2020", raw, got)
		}
	}
	if got := find(inds, "8%以上"); len(got) != 1 || got[0].PeriodStart != "2021-01-01" {
		t.Errorf("8%%以上: got %+v, want 2021", got)
	}
}

// TestBaseIsNoParagraphYear checks that 去年 named as a base (与去年持平)
// does not date the figures after it in its paragraph: they stay in the
// bulletin's year.
func TestBaseIsNoParagraphYear(t *testing.T) {
	a := story("灵寿县", "全年农林牧渔业总产值46.3亿元，比上年增长2.5%。其中：农业产值23.1亿元，增长2.7%；牧业产值18.2亿元，与去年持平；渔业产值0.95亿元，增长3.9%。")
	a.Title = "灵寿县2020年国民经济和社会发展"
	a.Date, a.Year, a.DataYear, a.DateInferred = "2020", 2020, 2020, true
	if got := find(Extract(paragraphs(a)), "0.95亿元"); len(got) != 1 || got[0].PeriodStart != "2020-01-01" || got[0].PeriodEnd != "2020-12-31" {
		t.Errorf("0.95亿元: got %+v, want 2020", got)
	}
}

// TestYearFlowsAtYearEnd checks flows said in a sentence dated 年末 (births,
// deaths and their rates, animals slaughtered): the year's, not stocks at
// its end; a clause that itself says 年末 keeps it.
func TestYearFlowsAtYearEnd(t *testing.T) {
	a := story("宜宾市", "年末全市户籍人口660.17万人，其中：出生人口6.22万人，出生率为9.42‰。年末生猪存栏10.65万头；生猪出栏21.06万头。")
	a.Date, a.Year = "2022-03-20", 2022
	a.DataYear = 2021
	inds := Extract(a)
	for raw, kind := range map[string]string{"660.17万人": data.PeriodAsOf, "6.22万人": data.PeriodYear, "9.42‰": data.PeriodYear, "10.65万头": data.PeriodAsOf, "21.06万头": data.PeriodYear} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodKind != kind || got[0].PeriodEnd != "2021-12-31" {
			t.Errorf("%s: got %+v, want %s ending 2021-12-31", raw, got, kind)
		}
	}
}

// TestEnumeratedPolicyCounts checks counts of measures listed as 一是…4条；
// 二是…共计4条 in a paragraph about a policy's measures: no period.
func TestEnumeratedPolicyCounts(t *testing.T) {
	a := story("安义县", "近日，安义县出台若干措施，该措施共五大类措施，一是促进消费全面恢复4条；二是推动有效投资增长共计4条；三是提高产业发展竞争力5条。")
	a.Date, a.Year = "2024-03-30", 2024
	for _, ind := range Extract(paragraphs(a)) {
		if ind.PeriodKind != data.PeriodNone {
			t.Errorf("%s: %s %s..%s, want no period", ind.Raw, ind.PeriodKind, ind.PeriodStart, ind.PeriodEnd)
		}
	}
}

// TestHerdIsAStock checks livestock on hand (存栏) in a bulletin's year: a
// stock at the year's end, while slaughter (出栏) is the year's.
func TestHerdIsAStock(t *testing.T) {
	a := story("黄陵县", "2021年，全县猪存栏73838头、猪出栏21932头。")
	a.Date, a.Year = "2022-04-01", 2022
	a.DataYear = 2021
	inds := Extract(a)
	if got := find(inds, "73838头"); len(got) != 1 || got[0].PeriodKind != data.PeriodAsOf || got[0].PeriodEnd != "2021-12-31" {
		t.Errorf("存栏: got %+v", got)
	}
	if got := find(inds, "21932头"); len(got) != 1 || got[0].PeriodKind != data.PeriodYear {
		t.Errorf("出栏: got %+v", got)
	}
}

// TestSlashYears checks years written with a slash: a survey of 2017/2018
// spans both years; a fiscal year 2025/26年度 runs April to March.
func TestSlashYears(t *testing.T) {
	for phrase, want := range map[string][2]string{"2017/2018年": {"2017-01-01", "2018-12-31"}, "2025/26年度": {"2025-04-01", "2026-03-31"}} {
		if got := resolvePeriod(phrase, periodClock{}); got.Start != want[0] || got.End != want[1] || got.Kind != data.PeriodSpan {
			t.Errorf("%s: %+v, want %v", phrase, got, want)
		}
	}
	if got := lastPeriod("2017/2018年住戶收支調查結果顯示"); got != "2017/2018年" {
		t.Errorf("the phrase: %q", got)
	}
}

// TestHongKongFiscalMonths checks the first months of Hong Kong's fiscal
// year (本财政年度首4个月 in a story of September 2025): April to July 2025.
func TestHongKongFiscalMonths(t *testing.T) {
	a := story("香港特别行政区", "库务署公布，截至7月底，政府本财政年度首4个月录1,159亿元赤字。")
	a.Date, a.Year = "2025-09-15", 2025
	if got := find(Extract(a), "1,159亿元"); len(got) != 1 || got[0].PeriodStart != "2025-04-01" || got[0].PeriodEnd != "2025-07-31" {
		t.Errorf("got %+v, want April to July 2025", got)
	}
}

// TestYearEndOpensFlows checks a sentence opened by 2024年末 in a work
// report: the year's output and growth are the year's, while a stock and
// its growth (存款余额, 市场主体…户) stay as of the year's end.
func TestYearEndOpensFlows(t *testing.T) {
	a := story("新宾满族自治县", "2024年末，地区生产总值预计完成230.6亿元，增长4%；一般公共预算收入完成10亿元，增长14%。2024年末，金融机构存款余额达到831.8亿元，增长13%；在册市场经营主体18039户，增长9.50%。")
	a.Date, a.Year = "2025-01-10", 2025
	a.DataYear = 2024
	inds := Extract(a)
	for raw, kind := range map[string]string{"230.6亿元": data.PeriodYear, "4%": data.PeriodYear, "10亿元": data.PeriodYear, "14%": data.PeriodYear, "831.8亿元": data.PeriodAsOf, "13%": data.PeriodAsOf, "18039户": data.PeriodAsOf, "9.50%": data.PeriodAsOf} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodKind != kind || got[0].PeriodEnd != "2024-12-31" {
			t.Errorf("%s: got %+v, want %s ending 2024-12-31", raw, got, kind)
		}
	}
}

// TestRatioFromLastYear checks a structure given as it was (三次产业结构由
// 上年同期的10.0:46.7:43.3调整为9.2:47.3:43.5): last year's half, then this.
func TestRatioFromLastYear(t *testing.T) {
	a := story("德州市", "上半年，三次产业结构由上年同期的10.0:46.7:43.3调整为9.2:47.3:43.5。")
	a.Date, a.Year = "2018-07-23", 2018
	inds := Extract(paragraphs(a))
	for raw, start := range map[string]string{"10.0": "2017-01-01", "43.3": "2017-01-01", "9.2": "2018-01-01", "43.5": "2018-01-01"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != start || got[0].PeriodKind != data.PeriodHalf {
			t.Errorf("%s: got %+v, want the half from %s", raw, got, start)
		}
	}
}

// TestFourYearsLookedBack checks a report's review of its past four years:
// “十四五”规划顺利实施 names the plan, not the period of the totals after
// it (累计完成…, 年均增长… over the four years), and a level the four
// years reached (收入分别达到44900元) is the last year's.
func TestFourYearsLookedBack(t *testing.T) {
	a := story("苏尼特左旗", "四年来，我们团结带领全旗各族人民扎实做好各方面工作，“十三五”规划圆满收官，“十四五”规划顺利实施。预计地区生产总值累计完成109.7亿元，年均增长3.8%；城乡常住居民人均可支配收入分别达到44900元和19800元。")
	a.Date, a.Year = "2022-01-06", 2022
	inds := Extract(paragraphs(a))
	for raw, want := range map[string][3]string{"109.7亿元": {"2018-01-01", "2021-12-31", data.PeriodSpan}, "3.8%": {"2018-01-01", "2021-12-31", data.PeriodSpan}, "44900元": {"2021-01-01", "2021-12-31", data.PeriodYear}} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != want[1] || got[0].PeriodKind != want[2] {
			t.Errorf("%s: got %+v, want %v", raw, got, want)
		}
	}
}

// TestQuarterEnd checks 截至今年第1季末 (the quarter's end: as of it) and a
// later sentence's 季内 (within the quarter).
func TestQuarterEnd(t *testing.T) {
	a := story("澳门特别行政区", "截至今年第1季末處於設計階段的住宅單位有8,505個。季內獲發動工批示的住宅單位有231個。")
	a.Date, a.Year = "2021-05-10", 2021
	inds := Extract(paragraphs(a))
	for raw, want := range map[string][3]string{"8,505個": {"", "2021-03-31", data.PeriodAsOf}, "231個": {"2021-01-01", "2021-03-31", data.PeriodQuarter}} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != want[1] || got[0].PeriodKind != want[2] {
			t.Errorf("%s: got %+v, want %v", raw, got, want)
		}
	}
}

// TestHeadlineYearAndPart checks a headline naming its year and the part
// of it apart (2020年我市前三季度经济数据): the figures under it are of the
// first three quarters.
func TestHeadlineYearAndPart(t *testing.T) {
	a := story("天津市", "·地区生产总值为10095.43亿元，同比增长0%。\n·外贸进出口总额5453.78亿元，增长1.3%。")
	a.Title = "2020年我市前三季度经济数据"
	a.Date, a.Year, a.DateInferred = "2020", 2020, true
	inds := Extract(paragraphs(a))
	for _, raw := range []string{"10095.43亿元", "5453.78亿元"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != "2020-01-01" || got[0].PeriodEnd != "2020-09-30" {
			t.Errorf("%s: got %+v, want 2020-01-01..2020-09-30", raw, got)
		}
	}
}

// TestStructureWithPercents checks a sector structure written with a % after
// each term and last year's before this year's (三次产业结构由上年的23.1%:
// 20.5%:56.4%调整为23.1%:20.2%:56.7%): each term a sector's share, the first
// three of last year; a share of last year's level said alone (恢复到上年的
// 95%以上) stays this year's.
func TestStructureWithPercents(t *testing.T) {
	a := story("高昌区", "三次产业结构由上年的23.1%:20.5%:56.4%调整为23.1%:20.2%:56.7%。地区生产总值恢复到上年的95%以上。")
	a.Title = "2023年吐鲁番市高昌区国民经济和社会发展统计公报"
	a.Date, a.Year, a.DataYear = "2024-04-01", 2024, 2023
	inds := Extract(paragraphs(a))
	for raw, want := range map[string]string{"56.4%": "2022", "56.7%": "2023", "95%以上": "2023"} {
		got := find(inds, raw)
		if len(got) != 1 || !strings.HasPrefix(got[0].PeriodStart, want) {
			t.Errorf("%s: got %+v, want %s", raw, got, want)
		}
	}
	if got := find(inds, "56.7%"); len(got) == 1 && !strings.Contains(got[0].Metric, "第三产业") {
		t.Errorf("56.7%%: metric %q, want 第三产业…", got[0].Metric)
	}
}

// TestActionGoalHeading checks a plan's 一、行动目标 heading: the figures
// under it are its targets.
func TestActionGoalHeading(t *testing.T) {
	a := paragraphs(story("海南省", "为全力克服新一轮疫情对经济平稳健康发展造成的影响，制定本行动方案。\n一、行动目标\n需求侧方面，固定资产投资全年同比增长10%，社会消费品零售总额全年增长1%以上。\n二、重点任务\n"))
	a.Date, a.Year, a.DataYear = "2022-09-16", 2022, 2022
	inds := Extract(a)
	for _, raw := range []string{"10%", "1%以上"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusTarget {
			t.Errorf("%s: %+v, want a target", raw, got)
		}
	}
}

// TestYearLevelAndRecordSpan checks 已提前超越全年水準 (last year's whole
// level, no period of the rates after it) and 近35年、歷年同期高點 (a
// record, no period): the rates stay those of 累計前8月.
func TestYearLevelAndRecordSpan(t *testing.T) {
	a := story("台湾省", "累計前8月對美國、東協出口均創歷年同期新高，其中前者已提前超越全年水準，各年增55.3%、38.2%，占總出口比重(29.4%、19.5%)分別為近35年、歷年同期高點；對陸港、日本各增14.5%、13.3%。")
	a.Date, a.Year = "2025-09-09", 2025
	inds := Extract(paragraphs(a))
	for _, raw := range []string{"55.3%", "29.4%", "14.5%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != "2025-01-01" || got[0].PeriodEnd != "2025-08-31" {
			t.Errorf("%s: got %+v, want 2025-01-01..2025-08-31", raw, got)
		}
	}
}

// TestFiscalMonthsLaterSentence checks a Hong Kong story placed there by
// its own words (港元, not its loader region) whose later sentence takes
// 本財政年度首9個月 from the one before: the fiscal year's months.
func TestFiscalMonthsLaterSentence(t *testing.T) {
	a := story("", "政府公布，本財政年度首9個月的整體開支及收入分別為5,598億港元及4,940億港元。計入發行政府債券所得1,399億港元後，錄得439億港元盈餘。")
	a.Date, a.Year = "2026-01-30", 2026
	inds := Extract(paragraphs(a))
	for _, raw := range []string{"5,598億港元", "1,399億港元"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != "2025-04-01" || got[0].PeriodEnd != "2025-12-31" {
			t.Errorf("%s: got %+v, want 2025-04-01..2025-12-31", raw, got)
		}
	}
}

// TestRankStreakNoPeriod checks 近三年稳居省市前列 (a ranking held, not the
// period of the figures after it): 分别是2016年的3.4倍 in a sentence of
// 2021 is 2021's.
func TestRankStreakNoPeriod(t *testing.T) {
	a := story("云和县", "最新统计数据显示，2021年云和地区生产总值等主要经济指标增速近三年稳居省市前列，一般公共预算收入、社会消费品零售总额分别是2016年的3.4倍、1.8倍。")
	a.Date, a.Year = "2022-01-20", 2022
	inds := Extract(paragraphs(a))
	if got := find(inds, "3.4倍"); len(got) != 1 || got[0].PeriodStart != "2021-01-01" || got[0].PeriodEnd != "2021-12-31" {
		t.Errorf("3.4倍: got %+v, want 2021", got)
	}
}

// TestAwardCapNoPeriod checks amounts a rule offers (最高可获5万元奖励,
// 奖金为5万元, 最高可享受政府20万元): no period.
func TestAwardCapNoPeriod(t *testing.T) {
	a := story("重庆市", "记者8月21日获悉，市民“金点子”最高可获5万元奖励。其中特等奖1名，奖金为5万元；一等奖3名，奖金2万元。")
	a.Date, a.Year = "2014-08-22", 2014
	for _, ind := range Extract(paragraphs(a)) {
		if ind.Unit == "元" && ind.PeriodKind != data.PeriodNone {
			t.Errorf("%s: %s %s..%s, want no period", ind.Raw, ind.PeriodKind, ind.PeriodStart, ind.PeriodEnd)
		}
	}
}

// TestFivePlanEnd checks 十三五末 (the plan's last year) for the levels it
// dates and the plan's five years for the averages over them.
func TestFivePlanEnd(t *testing.T) {
	a := story("谷城县", "预计十三五末，全县地区生产总值突破400亿元，年均增长6.2%；人均生产总值7.9万元。")
	a.Date, a.Year = "2021-01-10", 2021
	inds := Extract(paragraphs(a))
	for raw, want := range map[string][2]string{"400亿元": {"2020-01-01", data.PeriodYear}, "7.9万元": {"2020-01-01", data.PeriodYear}, "6.2%": {"2016-01-01", data.PeriodSpan}} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != "2020-12-31" || got[0].PeriodKind != want[1] {
			t.Errorf("%s: got %+v, want %v", raw, got, want)
		}
	}
}

// TestPeriodLabelFollowsSpan checks that a figure's period label names the
// year of its span: a release of 17 January 2024 on 12月份 is of December
// 2023 in both.
func TestPeriodLabelFollowsSpan(t *testing.T) {
	text := "2023年12月份商品住宅销售价格环比下降\n\n数据解读　2024-01-17 12:06:01　来源：国家统计局\n\n从环比看，12月份，一线城市新建商品住宅销售价格环比下降0.4%。\n"
	inds := Extract(parseOne(t, "r.txt", text)[0])
	got := find(inds, "0.4%")
	if len(got) != 1 || got[0].PeriodStart != "2023-12-01" || !strings.HasPrefix(got[0].Period, "2023年12月") {
		t.Fatalf("0.4%%: got %+v, want December 2023 in span and label", got)
	}
	for _, tt := range []struct {
		label string
		span  periodSpan
		want  string
	}{
		{"2024年12月份", periodSpan{Start: "2023-12-01", End: "2023-12-31", Kind: data.PeriodMonth}, "2023年12月份"},
		{"2024年12月份", periodSpan{Start: "2024-12-01", End: "2024-12-31", Kind: data.PeriodMonth}, "2024年12月份"},
		{"2016-2020年", periodSpan{Start: "2016-01-01", End: "2020-12-31", Kind: data.PeriodSpan}, "2016-2020年"},
		{"截至2023年6月30日", periodSpan{End: "2023-06-30", Kind: data.PeriodAsOf}, "截至2023年6月30日"},
		{"上半年", periodSpan{Start: "2023-01-01", End: "2023-06-30", Kind: data.PeriodHalf}, "上半年"},
		{"到2015年", periodSpan{Start: "2011-01-01", End: "2015-12-31", Kind: data.PeriodSpan}, "2011-2015年"},
		{"2021年", periodSpan{Start: "2020-01-01", End: "2021-12-31", Kind: data.PeriodSpan}, "2020-2021年"},
	} {
		if got := labelInYear(tt.label, tt.span); got != tt.want {
			t.Errorf("labelInYear(%q, %v) = %q, want %q", tt.label, tt.span, got, tt.want)
		}
	}
}

// TestBaseYearIsNoPeriod checks that the year a growth is reckoned on (在
// 去年大基数基础上) is not the period of the figures after it.
func TestBaseYearIsNoPeriod(t *testing.T) {
	text := "一季度东台地区生产总值同比增长6.8%\n发布日期：2024-05-18 10:16　来源：东台市政府办公室\n\n一季度全口径工业开票销售在去年大基数基础上，增速均保持在两位数；规上工业增加值增长17.1%。\n"
	got := find(Extract(parseOne(t, "d.txt", text)[0]), "17.1%")
	if len(got) != 1 || got[0].PeriodStart != "2024-01-01" || got[0].PeriodEnd != "2024-03-31" {
		t.Errorf("17.1%%: got %+v, want the first quarter of 2024", got)
	}
}

// TestBaseMonthsInBrackets checks that the months of a base in brackets
// (較上期（三至五月）升0.5%) are not the period of the figure.
func TestBaseMonthsInBrackets(t *testing.T) {
	text := "住宅樓價指數升0.5%\n2021年08月07日\n\n統計局資料顯示，最新一期（四至六月）整體住宅樓價指數為269，較上期（三至五月）升0.5%。\n"
	got := find(Extract(parseOne(t, "m.txt", text)[0]), "0.5%")
	if len(got) != 1 || got[0].PeriodStart != "2021-04-01" || got[0].PeriodEnd != "2021-06-30" {
		t.Errorf("0.5%%: got %+v, want 四至六月 2021", got)
	}
}

// TestParallelFromTo checks a review's ；-parts that go 从…提高到… without
// years after a first part that names them: the from-figure is the first
// year's, the average rate is over the years between.
func TestParallelFromTo(t *testing.T) {
	text := "佛山市政府工作报告\n2017年1月10日\n\n地区生产总值从2011年6580.28亿元提高到2016年8600亿元，年均增长8.5%；规模以上工业总产值从1.44万亿元提高到2.06万亿元，年均增长9.9%；地方一般公共预算收入从341.73亿元提高到602亿元，年均增长12%。\n"
	inds := Extract(parseOne(t, "r.txt", text)[0])
	for raw, want := range map[string][2]string{"1.44万亿元": {"2011-01-01", "2011-12-31"}, "9.9%": {"2012-01-01", "2016-12-31"}, "341.73亿元": {"2011-01-01", "2011-12-31"}, "12%": {"2012-01-01", "2016-12-31"}, "2.06万亿元": {"2016-01-01", "2016-12-31"}} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != want[1] {
			t.Errorf("%s: got %+v, want %s..%s", raw, got, want[0], want[1])
		}
	}
}

// TestChangeOverYears checks changes reckoned over several years in a
// year's review: against a base year (比2016年增长90.9% in 2021) and an
// average over a count of years (5年年均增长13.8%, 两年平均增长3.6%).
func TestChangeOverYears(t *testing.T) {
	text := "平谷区第三产业发展\n2022-03-07\n\n2021年，全区规模以上第三产业单位实现收入合计850.8亿元，同比增长30.6%；比2016年增长90.9%，5年年均增长13.8%。2021年，全区第三产业增加值两年平均增长3.6%。\n"
	inds := Extract(parseOne(t, "p.txt", text)[0])
	for raw, want := range map[string][2]string{"30.6%": {"2021-01-01", "2021-12-31"}, "90.9%": {"2017-01-01", "2021-12-31"}, "13.8%": {"2017-01-01", "2021-12-31"}, "3.6%": {"2020-01-01", "2021-12-31"}} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != want[1] {
			t.Errorf("%s: got %+v, want %s..%s", raw, got, want[0], want[1])
		}
	}
}

// TestMonthBaseAndAmongParagraph checks a base value at a month named
// (較12月份的381.9點 in a January release: December of the year before),
// and a paragraph opening with 當中， that lists the parts of the one
// before: its figures take the period that paragraph named first.
func TestMonthBaseAndAmongParagraph(t *testing.T) {
	text := "差估署最新私樓售價指數\n\n2021年2月25日\n\n中小型單位1月份售價指數為382.7點，較12月份的381.9點，上升0.21%。\n\n當中，A類物業售價指數為422點，按月上升0.02%。\n"
	inds := Extract(parseOne(t, "h.txt", text)[0])
	for raw, want := range map[string]string{"382.7點": "2021-01-01", "381.9點": "2020-12-01", "422點": "2021-01-01", "0.02%": "2021-01-01"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != want || got[0].PeriodKind != data.PeriodMonth {
			t.Errorf("%s: got %+v, want the month from %s", raw, got, want)
		}
	}
}

// TestUpToYearEnd checks 截至2016年末 read whole (it was read as
// 至2016年末), a year's flow after it taking the year.
func TestUpToYearEnd(t *testing.T) {
	text := "蠡县政府工作报告\n\n2017年2月22日\n\n截至2016年末，全县地方生产总值完成96.4亿元。\n"
	got := find(Extract(parseOne(t, "r.txt", text)[0]), "96.4亿元")
	if len(got) != 1 || got[0].Period != "截至2016年末" || got[0].PeriodKind != data.PeriodYear || got[0].PeriodStart != "2016-01-01" {
		t.Errorf("96.4亿元: got %+v, want the year 2016 (截至2016年末)", got)
	}
}

// TestAwardsPaidToNamedFirms checks that awards a notice pays to named
// firms for a year (对…有限公司等26户工业企业各奖励20万元) are of that year,
// while a rule's award (对新认定的…给予奖励) has no period.
func TestAwardsPaidToNamedFirms(t *testing.T) {
	text := "定西市人民政府关于兑现2020年度工业强市奖励的通知\n\n2021年3月10日\n\n市政府决定对2020年实现政策规定目标的相关企业兑现奖励。对新增规模以上的定西三联聚能供热有限公司等26户工业企业各奖励20万元。对新认定的国家级技术中心给予一次性奖励50万元。\n"
	inds := Extract(parseOne(t, "p.txt", text)[0])
	if got := find(inds, "20万元"); len(got) != 1 || got[0].PeriodStart != "2020-01-01" || got[0].PeriodEnd != "2020-12-31" {
		t.Errorf("20万元: got %+v, want 2020", got)
	}
	if got := find(inds, "50万元"); len(got) != 1 || got[0].PeriodKind != data.PeriodNone {
		t.Errorf("50万元: got %+v, want no period", got)
	}
}

// TestBaseYearOfAChange checks that the year of a change's base (由2014年
// 的…调整为…) dates the base only: the level it became, and the changes
// after it, are of the bulletin's year; and that the last of a list of
// bases compared with (分别比全国、全省、全市高) is no figure's region.
func TestBaseYearOfAChange(t *testing.T) {
	text := "天祝藏族自治县2015年国民经济和社会发展统计公报\n\n初步核算，2015年，全县实现地区生产总值44.66亿元，同比增长8.8%，分别比全国、全省、全市高1.9、0.9、0.1个百分点。三次产业结构由2014年的13.88:53.06:33.06调整为14.33:46.34:39.33，第一产业比重提高0.45个百分点。\n"
	inds := Extract(parseOne(t, "b.txt", text)[0])
	for raw, want := range map[string]string{"13.88": "2014-01-01", "14.33": "2015-01-01", "0.45个百分点": "2015-01-01"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != want {
			t.Errorf("%s: got %+v, want the year from %s", raw, got, want)
		}
	}
	if got := find(inds, "0.1个百分点"); len(got) != 1 || got[0].Region != "天祝藏族自治县" {
		t.Errorf("0.1个百分点: got %+v, want 天祝藏族自治县", got)
	}
}

// TestAverageSpanIsItsOwn checks that the span of an average
// (2020-2021年两年平均增长3.7%) is not the period of the levels in the next
// sentence, and that an average over two years is labelled with its span.
func TestAverageSpanIsItsOwn(t *testing.T) {
	text := "海南州2021年国民经济和社会发展统计公报\n\n全年全州地区生产总值193.61亿元，比上年增长4.5%，2020-2021年两年平均增长3.7%。其中，第一产业增加值51.59亿元，增长4.5%，两年平均增长4.4%。\n"
	inds := Extract(parseOne(t, "b.txt", text)[0])
	if got := find(inds, "51.59亿元"); len(got) != 1 || got[0].PeriodStart != "2021-01-01" || got[0].PeriodKind != data.PeriodYear {
		t.Errorf("51.59亿元: got %+v, want the year 2021", got)
	}
	if got := find(inds, "4.4%"); len(got) != 1 || got[0].PeriodStart != "2020-01-01" || got[0].Period != "2020-2021年" {
		t.Errorf("4.4%%: got %+v, want 2020-2021年", got)
	}
}

// TestPeriodBaseInQuotes: a plan period in quotes after 比 (比“十一五”增长
// 2.9倍) is the base of the change, not its period: the figure keeps the
// paragraph's 十二五.
func TestPeriodBaseInQuotes(t *testing.T) {
	for _, ind := range Extract(story("嫩江县", "“十二五”时期，全县固定资产投资累计达到380.8亿元，比“十一五”增长2.9倍。")) {
		if ind.PeriodStart != "2011-01-01" || ind.PeriodEnd != "2015-12-31" {
			t.Errorf("%s: period %s..%s (%s), want 2011-01-01..2015-12-31", ind.Raw, ind.PeriodStart, ind.PeriodEnd, ind.Period)
		}
	}
}

// TestPartYearHeading checks a numbered heading of a part of a year (一、
// 1-3月份主要经济指标完成情况): figures under it that name no period are
// of that part of the story's year, up to the next numbered heading; a
// figure that names its own period keeps it. Made-up figures.
func TestPartYearHeading(t *testing.T) {
	a := story("郏县", "今年以来,全县经济增势良好。\n一、1-3月份主要经济指标完成情况。\n全县地区生产总值总量为52.22亿元,同比增长4.0%。\n(一)全县社会消费品零售总额24.22亿元,同比增长7.4%。\n二、经济运行特点\n全年全县地区生产总值增速落后于全市1.4个百分点。\n规上工业企业达到120家。")
	a.Date, a.Year, a.DataYear = "2025-04-20", 2025, 2025
	inds := Extract(a)
	for raw, kind := range map[string]string{"52.22亿元": data.PeriodYTD, "24.22亿元": data.PeriodYTD, "1.4个百分点": data.PeriodYear} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodKind != kind || got[0].PeriodStart != "2025-01-01" {
			t.Errorf("%s: got %+v, want %s from 2025-01-01", raw, got, kind)
		}
	}
	if got := find(inds, "120家"); len(got) != 1 || got[0].PeriodKind == data.PeriodYTD && got[0].PeriodEnd == "2025-03-31" {
		t.Errorf("120家: got %+v, want no 1-3月 after the next heading", got)
	}
}

// TestReleaseLeads checks two leads that say what period a story's figures
// are of without a period word opening them: a press conference on a
// half-year's figures (举行云南省2023年上半年经济运行情况新闻发布会) and one
// reading out a year's bulletin (解读《2022年金寨县国民经济和社会发展统计公
// 报》). Made-up figures.
func TestReleaseLeads(t *testing.T) {
	parse := func(text string) *data.Article {
		as, err := testParser.ParseFile("t.txt", []byte(text))
		if err != nil || len(as) != 1 {
			t.Fatalf("%d stories, %v", len(as), err)
		}
		return as[0]
	}
	a := parse("云南上半年经济\n\n2023年7月31日\n\n7月31日下午,云南省人民政府新闻办公室举行云南省2023年上半年经济运行情况新闻发布会。\n\n规上工业增加值增长5%。\n")
	if got := find(Extract(a), "5%"); len(got) != 1 || got[0].PeriodKind != data.PeriodHalf {
		t.Errorf("上半年 briefing: got %+v, want the half", got)
	}
	b := parse("金寨县统计公报解读\n\n2023年7月21日\n\n7月21日金寨县召开新闻发布会,县统计局现场解读《2022年金寨县国民经济和社会发展统计公报》。\n\n全县地区生产总值增长5.1%。\n")
	if got := find(Extract(b), "5.1%"); len(got) != 1 || got[0].PeriodKind != data.PeriodYear || got[0].PeriodStart != "2022-01-01" {
		t.Errorf("bulletin read out: got %+v, want 2022", got)
	}
}

// TestIndexPeriodBreak checks indexPeriodBreak against strings.IndexAny on
// the seeds and gold texts, from every clause start, and on broken UTF-8.
func TestIndexPeriodBreak(t *testing.T) {
	texts := []string{"", "\xe5", "全年\xff，", "\xe4\xb8", "一季度\"增长", "Q1)", "年\n", "“上半年”"}
	for _, s := range guardTexts(t) {
		for start := 0; start < len(s); {
			texts = append(texts, s[start:])
			k := strings.IndexAny(s[start:], periodBreaks)
			if k < 0 {
				break
			}
			_, w := utf8.DecodeRuneInString(s[start+k:])
			start += k + w
		}
	}
	for _, s := range texts {
		if got, want := indexPeriodBreak(s), strings.IndexAny(s, periodBreaks); got != want {
			t.Errorf("indexPeriodBreak(%q…) = %d, strings.IndexAny %d", s[:min(len(s), 30)], got, want)
		}
	}
}

// TestSpanNamedBefore checks the span of years an average or a total
// takes from the sentences before it: the last span named, none when a
// year is named after it, and the same answer when asked again (kept).
func TestSpanNamedBefore(t *testing.T) {
	for _, c := range []struct {
		text     string
		wantKind string
	}{
		{"过去四年，全市经济稳步发展。地区生产总值年均增长7.7%。", data.PeriodSpan},
		{"过去四年，全市经济稳步发展。2020年，全市实现生产总值100亿元。地区生产总值年均增长7.7%。", ""},
		{"全市经济稳步发展。地区生产总值年均增长7.7%。", ""},
	} {
		x := newExtractor(context.Background(), places, story("", c.text))
		last := x.sents[len(x.sents)-1]
		first := x.spanNamedBefore(last.Start)
		if first.Kind != c.wantKind {
			t.Errorf("%s: span %+v, want kind %q", c.text, first, c.wantKind)
		}
		if again := x.spanNamedBefore(last.Start); again != first {
			t.Errorf("%s: asked again %+v, first %+v", c.text, again, first)
		}
	}
}

// TestSoFarInARelease checks 今年以来 in a statistics office's release on
// the first three quarters (its headline's): the months the release
// reports on, not the year up to the day it was published; in a story
// that is no release, the year up to its day. Made-up figures.
func TestSoFarInARelease(t *testing.T) {
	a := &data.Article{File: "t.txt", Title: "前三季度全省地区生产总值增长4.5%", Date: "2021-10-24", Year: 2021, Region: "山西省",
		Text: "10月23日，山西省统计局发布前三季度全省经济运行情况。今年以来，全省规上原煤产量9.1亿吨，增长4.7%。"}
	if got := find(Extract(a), "9.1亿吨"); len(got) != 1 || got[0].PeriodStart != "2021-01-01" || got[0].PeriodEnd != "2021-09-30" {
		t.Errorf("release: got %+v, want 2021-01-01..2021-09-30", got)
	}
	a.Text = "10月23日，全省召开经济工作会议。今年以来，全省规上原煤产量9.1亿吨，增长4.7%。"
	if got := find(Extract(a), "9.1亿吨"); len(got) != 1 || got[0].PeriodEnd != "2021-10-24" {
		t.Errorf("news: got %+v, want the year to 2021-10-24", got)
	}
}
