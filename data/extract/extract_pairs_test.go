package extract

import (
	"strings"
	"testing"

	"zhibiao/data"
)

// The rates of a list said of the levels before it (…6.49万户，注册资金90多亿元，
// 分别增长11.41%和21.75%), with or without 分别, and the measures named
// without their item (注册资金, 单产, 总产量 after the item's own figure).
func TestRatesPairedWithLevelsAndItems(t *testing.T) {
	as := parseOne(t, "p.txt", "2018年某县国民经济和社会发展统计公报\n\n"+
		"全年城、乡居民人均可支配收入分别为22694元、9527元，增长8.5%、11%。"+
		"其中，个体工商户6.49万户，注册资金90多亿元，分别增长11.41%和21.75%。"+
		"全年粮食种植面积172.89万亩，比上年略增0.12万亩；单产461.74公斤/亩，较上年增加2.5公斤/亩；总产量79.83万吨，较上年增长0.49万吨。"+
		"全县生产总值100亿元，增长5%；一般公共预算收入10亿元，增长6%。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{
		"22694元":     "城镇居民人均可支配收入",
		"9527元":      "农村居民人均可支配收入",
		"8.5%":       "城镇居民人均可支配收入",
		"11%":        "农村居民人均可支配收入",
		"90多亿元":      "个体工商户注册资金",
		"11.41%":     "个体工商户",
		"21.75%":     "个体工商户注册资金",
		"461.74公斤/亩": "粮食单产",
		"2.5公斤/亩":    "粮食单产较上年增加",
		"79.83万吨":    "粮食总产量",
		"0.49万吨":     "粮食总产量较上年增长",
		"5%":         "生产总值",
		"6%":         "一般公共预算收入",
	})
	if got := find(inds, "11.41%"); len(got) == 1 && strings.Contains(got[0].Metric, "注册资金") {
		t.Errorf("11.41%%: %q, want the count's rate, not the capital's", got[0].Metric)
	}
	for _, raw := range []string{"461.74公斤/亩", "2.5公斤/亩"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Unit != "公斤/亩" {
			t.Errorf("%s: got %+v, want unit 公斤/亩", raw, got)
		}
	}
	if got := find(inds, "8.5%"); len(got) == 1 && got[0].Indicator != "城镇居民人均可支配收入增速" {
		t.Errorf("8.5%%: indicator %q, want 城镇居民人均可支配收入增速", got[0].Indicator)
	}
	if got := find(inds, "0.49万吨"); len(got) == 1 && got[0].Indicator != "" {
		t.Errorf("0.49万吨: indicator %q, want none (a change, not the output)", got[0].Indicator)
	}
}

// A change in points after a share is the share's (城镇化率), not the count
// the share is of.
func TestPointsChangeOfShare(t *testing.T) {
	as := parseOne(t, "s.txt", "2023年开州区国民经济和社会发展统计公报\n\n"+
		"全区年末常住人口118.56万人，其中城镇人口63.24万人，占常住人口的比重（常住人口城镇化率）为53.34%，比上年提高0.7个百分点。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"0.7个百分点": "常住人口城镇化率"})
}

// A figure in brackets right after another, in other units, restates it:
// same metric and period; a year's figure compared with the year before
// (比2022年增加) is of the year after it; a note's mark ([1]) is no part of
// the metric.
func TestRestatedFigureAndComparedYear(t *testing.T) {
	as := parseOne(t, "g.txt", "国家统计局关于全国粮食产量数据的公告\n\n国家统计局\n2023年12月11日\n\n"+
		"全国粮食播种面积118969千公顷（178453万亩），比2022年增加636千公顷（955万亩），增长0.5%。其中谷物[1]播种面积99926千公顷（149890万亩）。\n")
	inds := Extract(as[0])
	for _, raw := range []string{"118969千公顷", "178453万亩", "636千公顷", "955万亩"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].PeriodKind != data.PeriodYear || got[0].PeriodStart != "2023-01-01" {
			t.Errorf("%s: got %+v, want the year 2023", raw, got)
		}
	}
	wantMetrics(t, inds, map[string]string{
		"178453万亩": "粮食播种面积",
		"955万亩":    "粮食播种面积比2022年增加",
		"99926千公顷": "谷物播种面积",
		"149890万亩": "谷物播种面积",
	})
}

// A density is read with its whole unit (549人/平方公里, not 549人).
func TestDensityUnit(t *testing.T) {
	as := parseOne(t, "d.txt", "2023年兴宁市国民经济和社会发展统计公报\n\n全区人口密度为549人/平方公里。\n")
	got := find(Extract(as[0]), "549人/平方公里")
	if len(got) != 1 || got[0].Unit != "人/平方公里" || got[0].Value != 549 {
		t.Errorf("got %+v, want 549 人/平方公里", got)
	}
}

// A rate compared with the same period two years before (比2019年同期) is
// the rate of its subject, not of the rate before it, and no canonical
// growth rate; the two-year average is its subject's too.
func TestTwoYearComparison(t *testing.T) {
	as := parseOne(t, "q.txt", "一季度郑州经济实现开门红\n\n2021年4月20日\n\n一季度，全市GDP完成2969.8亿元，增长18.4%，比2019年同期增长9.3%，两年平均增长4.5%。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"9.3%": "GDP比2019年同期增长", "4.5%": "GDP两年平均增长"})
	for _, raw := range []string{"9.3%", "4.5%"} {
		if got := find(inds, raw); len(got) == 1 && got[0].Indicator != "" {
			t.Errorf("%s: indicator %q, want none", raw, got[0].Indicator)
		}
	}
	if got := find(inds, "18.4%"); len(got) != 1 || got[0].Indicator != "地区生产总值增速" {
		t.Errorf("18.4%%: got %+v, want 地区生产总值增速", got)
	}
}

// A three-sector ratio written 三次产业的结构比为…, and the same ratio a year
// before (而去年同期这一比重为…), dated a year earlier.
func TestSectorRatioAndLastYears(t *testing.T) {
	as := parseOne(t, "r.txt", "崇明区1-4月经济运行情况\n\n2018年5月20日\n\n2018年1-4月，全区三次产业的结构比为4.1:39.2:56.7，而去年同期这一比重为5.2:39.6:55.3。\n")
	inds := Extract(as[0])
	for raw, year := range map[string]string{"4.1": "2018", "56.7": "2018", "5.2": "2017", "39.6": "2017", "55.3": "2017"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Unit != "%" || !strings.HasPrefix(got[0].PeriodStart, year) {
			t.Errorf("%s: got %+v, want a share of %s", raw, got, year)
		}
	}
}

// Taiwan's papers write 二十 and 三十 as 廿 and 卅 (百分之廿五點一).
func TestTensInOneCharacter(t *testing.T) {
	as := parseOne(t, "w.txt", "外銷訂單連九紅\n\n2025-11-21\n\n經濟部昨天公布十月外銷訂單金額，年增百分之廿五點一，資訊通信產品年增百分之卅五點九。\n")
	inds := Extract(as[0])
	for raw, v := range map[string]float64{"百分之廿五點一": 25.1, "百分之卅五點九": 35.9} {
		if got := find(inds, raw); len(got) != 1 || got[0].Value != v || got[0].Unit != "%" {
			t.Errorf("%s: got %+v, want %g%%", raw, got, v)
		}
	}
}

// A consumer-price category after a sentence about prices measures the
// category's price (食品烟酒价格), while 粮食总产量 stays an output.
func TestPriceCategories(t *testing.T) {
	as := parseOne(t, "c.txt", "2023年某州国民经济和社会发展统计公报\n\n全年居民消费价格比上年上涨0.3%。其中，食品烟酒同比下降2.1%，衣着类上涨0.8%。全年粮食总产量增长1.5%。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"2.1%": "食品烟酒价格", "0.8%": "衣着类价格", "1.5%": "粮食总产量"})
	if got := find(inds, "1.5%"); len(got) == 1 && strings.Contains(got[0].Metric, "价格") {
		t.Errorf("1.5%%: %q, want no price", got[0].Metric)
	}
}

// The bar of a class counted after it (超过200亿元的县（市）11个) and the bars
// of a policy's award tiers (50亿元及以上、30亿元及以上的，分别给予…) are no
// amounts; a town's sea area stands as of the story's date.
func TestBarsAndStocks(t *testing.T) {
	as := parseOne(t, "b.txt", "全省县域经济\n\n2019年3月1日\n\n县均生产总值139.46亿元，生产总值超过200亿元的县（市）11个，经济总量过百亿元的有125个。对工业企业新增产值50亿元及以上、30亿元及以上的，分别给予300万元、200万元一次性奖励。全镇海域面积111平方公里。\n")
	inds := Extract(as[0])
	for _, raw := range []string{"200亿元", "百亿元", "50亿元", "30亿元"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: got %+v, want no figure (a bar)", raw, got)
		}
	}
	for _, raw := range []string{"139.46亿元", "11个", "125个", "300万元", "200万元"} {
		if got := find(inds, raw); len(got) != 1 {
			t.Errorf("%s: got %+v, want one figure", raw, got)
		}
	}
	if got := find(inds, "111平方公里"); len(got) != 1 || got[0].PeriodKind != "as_of" || got[0].PeriodEnd != "2019-03-01" {
		t.Errorf("111平方公里: got %+v, want as of 2019-03-01", got)
	}
}

// An award named after a list of amounts (分别一次性给予最高不超过50万元、20万元
// 奖励) is each amount's, one-off as the verb says.
func TestAwardAfterList(t *testing.T) {
	as := parseOne(t, "a.txt", "西充县支持制造业高质量发展的若干政策措施\n\n2023年3月1日\n\n对新认定的国家级、省级专精特新企业，分别一次性给予最高不超过50万元、20万元奖励。对每个标准给予一次性100万元奖励。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"50万元": "一次性奖励", "20万元": "奖励", "100万元": "每个标准一次性奖励"})
}

// A level given as the base of a comparison with the same quarter of a
// named year (較2013年同季的163.2億元) is that year's.
func TestBaseOfNamedYear(t *testing.T) {
	as := parseOne(t, "m.txt", "旅客消費調查\n\n2015-02-26\n\n統計暨普查局資料顯示，2014年第4季旅客總消費為140.5億元，較2013年同季的163.2億元減少13.9%。\n")
	got := find(Extract(as[0]), "163.2億元")
	if len(got) != 1 || got[0].PeriodStart != "2013-10-01" || got[0].PeriodEnd != "2013-12-31" {
		t.Errorf("got %+v, want 2013's fourth quarter", got)
	}
}

// The items of a breakdown by industry or kind of firm, said with only
// their change, take the measure of the figure they break down.
func TestBreakdownItemsTakeTheMeasure(t *testing.T) {
	as := parseOne(t, "v.txt", "上半年全省经济运行情况\n\n2020年7月20日\n\n上半年，全省规模以上工业增加值同比增长1.3%。分经济类型看，民营企业增长2.6%，外商及港澳台商企业增长6.5%；分门类看，制造业增长4.3%。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"2.6%": "民营企业增加值", "6.5%": "外商及港澳台商企业增加值", "4.3%": "制造业增加值"})
	if got := find(inds, "4.3%"); len(got) == 1 && got[0].Indicator != "" {
		t.Errorf("4.3%%: indicator %q, want none (a part)", got[0].Indicator)
	}
}

// A second 分别 list after a first one names the first list's items with
// their shared measure (城镇、农村常住居民人均可支配收入分别达…，分别增长8%、9%).
func TestSecondListTakesTheHead(t *testing.T) {
	as := parseOne(t, "u.txt", "2019年某县政府工作报告\n\n城镇、农村常住居民人均可支配收入分别达35283元、14214元，分别增长8%、9%。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"8%": "城镇居民人均可支配收入", "9%": "农村常住居民人均可支配收入"})
	if got := find(inds, "8%"); len(got) == 1 && got[0].Indicator != "城镇居民人均可支配收入增速" {
		t.Errorf("8%%: indicator %q", got[0].Indicator)
	}
}

// A pair of levels said of 城乡 with no 分别 (城乡居民人均可支配收入达27732元、
// 16695元) is urban, then rural; the rates after them pair with them.
func TestUrbanRuralPairWithout分别(t *testing.T) {
	as := parseOne(t, "s.txt", "泗阳县2019年政府工作报告\n\n城乡居民人均可支配收入达27732元、16695元，分别增长8.6%、9.4%。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"27732元": "城镇居民人均可支配收入", "16695元": "农村居民人均可支配收入", "8.6%": "城镇居民人均可支配收入", "9.4%": "农村居民人均可支配收入"})
}

// Two measures joined by 及 with two figures after them (总体失业率及本地
// 居民失业率继续维持在1.7%及2.3%) are each one's, in their order.
func TestPairedMeasures(t *testing.T) {
	as := parseOne(t, "m.txt", "澳门就业调查\n\n2024-09-27\n\n统计暨普查局资料显示，2024年6月至8月总体失业率及本地居民失业率继续维持在1.7%及2.3%，两项指标均与上一期相同。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"1.7%": "总体失业率", "2.3%": "本地居民失业率"})
	if got := find(inds, "1.7%"); len(got) == 1 && strings.Contains(got[0].Metric, "本地居民") {
		t.Errorf("1.7%%: %q, want the first measure only", got[0].Metric)
	}
}

// A second 分别 list after one of the three sectors is the sectors' again;
// a growth rate said anew after a 同比 rate (两年平均增长) is its measure's;
// a budget function's rate in a paragraph about spending is its spending's.
func TestSectorsAgainAverageAndBudgetFunctions(t *testing.T) {
	as := parseOne(t, "f.txt", "2022年某旗国民经济和社会发展统计公报\n\n三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%，分别拉动经济增长0.9、-0.6和1.4个百分点。"+
		"全年固定资产投资同比增长14.9%，两年平均增长4.7%。\n\n全年一般公共预算支出100亿元，增长5%。其中，教育增速为23.0%，节能环保为223.2%，社会保障和就业等支出同比增速为26.4%。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"0.9": "第一产业拉动经济增长", "1.4个百分点": "第三产业拉动经济增长", "4.7%": "固定资产投资两年平均增长",
		"23.0%": "教育支出", "223.2%": "节能环保支出", "26.4%": "社会保障和就业支出"})
	if got := find(inds, "4.7%"); len(got) == 1 && strings.Contains(got[0].Metric, "同比") {
		t.Errorf("4.7%%: %q", got[0].Metric)
	}
}

// A price per unit (0.4元/千瓦时, 3000元/吨) is read whole.
func TestPricePerUnit(t *testing.T) {
	as := parseOne(t, "p.txt", "某区政策\n\n2022年3月1日\n\n薄膜光伏示范项目不超过0.4元/千瓦时。收购价每吨3000元/吨。\n")
	inds := Extract(as[0])
	for raw, unit := range map[string]string{"0.4元/千瓦时": "元/千瓦时", "3000元/吨": "元/吨"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Unit != unit {
			t.Errorf("%s: got %+v, want unit %s", raw, got, unit)
		}
	}
}

// The 2 of M2 before 月增率 is no month (M2月增率 in a release of April).
func TestMoneySupplyIsNoMonth(t *testing.T) {
	as := parseOne(t, "m.txt", "110年4月金融情況\n\n中央銀行新聞稿 110年5月24日發布\n\n貨幣總計數　本(110)年4月日平均貨幣總計數M1B及M2月增率分別為0.57%及0.43%。\n")
	for _, raw := range []string{"0.57%", "0.43%"} {
		if got := find(Extract(as[0]), raw); len(got) != 1 || got[0].PeriodStart != "2021-04-01" {
			t.Errorf("%s: got %+v, want April 2021", raw, got)
		}
	}
}

// Signs of falls: a level's fall after it (稻谷47.7千公顷,减少0.2千公顷), a
// fall against a base with its amount between (較107年的102萬184元減少3萬8185
// 元), its size in % after it (，約達3.74%; 減少 4000 人或 0.82%), and a
// currency's 贬值.
func TestSignsOfFalls(t *testing.T) {
	as := parseOne(t, "s.txt", "2023年某县国民经济和社会发展统计公报\n\n其中,稻谷47.7千公顷,减少0.2千公顷。每戶可支配所得為98萬1,999元，較107年的102萬184元減少3萬8185元，約達3.74%。不過，比起去年同期，8 月失業人數減少 4000 人或 0.82%。新台幣貶值1.98%。\n")
	inds := Extract(as[0])
	for raw, v := range map[string]float64{"0.2千公顷": -200, "3萬8185元": -38185, "3.74%": -3.74, "4000 人": -4000, "0.82%": -0.82, "1.98%": -1.98, "47.7千公顷": 47700} {
		if got := find(inds, raw); len(got) != 1 || got[0].Value != v {
			t.Errorf("%s: got %+v, want %g", raw, got, v)
		}
	}
}

// A decision about a period to come (拍板明年最低工资…) is a result.
func TestDecisionForNextYearIsAResult(t *testing.T) {
	as := parseOne(t, "w.txt", "最低工資審議會\n\n2025-09-10\n\n勞資政學四方代表磋商，最後拍板調幅3.18%，2026年每月最低工資月薪為2萬9500元。\n")
	if got := find(Extract(as[0]), "2萬9500元"); len(got) != 1 || got[0].Status != data.StatusResult {
		t.Errorf("got %+v, want a result", got)
	}
}

// No figures: a list's number before a Chinese numeral (10.一次性…), an
// altitude (海拔3000多米), the bar of a class of projects (100亿元及以上项目)
// and the bar of a support condition (实际投入100万元以上的光伏项目按…给予).
func TestNumberedItemsAltitudesAndBars(t *testing.T) {
	as := parseOne(t, "b.txt", "某市就业政策\n\n2023年7月20日\n\n10.一次性吸纳就业补贴。全市海拔3000多米的村庄。上半年，全市100亿元及以上项目完成投资同比增长53.9%。对实际投入100万元以上的光伏项目按其上年度实际发电量给予支持。\n")
	inds := Extract(as[0])
	if len(inds) != 1 || inds[0].Raw != "53.9%" || !strings.Contains(inds[0].Metric, "100亿元及以上项目") {
		t.Errorf("got %+v, want 53.9%% alone, of 100亿元及以上项目", inds)
	}
}

// An amount given by a standard (按2000元/人的标准给予一次性吸纳就业补贴) is
// the subsidy's rate: its metric the subsidy, no period.
func TestSubsidyByStandard(t *testing.T) {
	as := parseOne(t, "s.txt", "重庆人社助企纾困政策服务包\n\n2023年3月1日\n\n招用毕业年度高校毕业生的企业，按2000元/人的标准给予一次性吸纳就业补贴。\n")
	got := find(Extract(as[0]), "2000元/人")
	if len(got) != 1 || !strings.Contains(got[0].Metric, "一次性吸纳就业补贴") || got[0].PeriodKind != data.PeriodNone {
		t.Errorf("got %+v, want the subsidy, no period", got)
	}
}

// An average rate or a running total that names no period of its own takes
// the span of years the story named last before it (过去四年 in a report of
// 2022: 2018–2021).
func TestAverageOverTheSpanNamedBefore(t *testing.T) {
	as := parseOne(t, "l.txt", "政府工作报告（摘编）\n\n发布日期：2022-02-10 17:09　来源：皖西日报\n\n过去四年，六安发展站上新的历史起点\n\n四年来，全市上下攻坚克难，真抓实干。\n\n生产总值达到1923.5亿元，年均增长7.7%；累计实施重点项目442个。\n")
	inds := Extract(as[0])
	for _, raw := range []string{"7.7%", "442个"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodKind != data.PeriodSpan || got[0].PeriodStart != "2018-01-01" || got[0].PeriodEnd != "2021-12-31" {
			t.Errorf("%s: got %+v, want 2018–2021", raw, got)
		}
	}
}

// Levels in brackets after a list's items, then their changes with 分别
// (就业人口（37.83万人）及本地就业居民（28.60万人）较上一期分别减少1,000人及
// 1,300人): each level is its item's, each change its item's.
func TestBracketedLevelsAndTheirChanges(t *testing.T) {
	as := parseOne(t, "j.txt", "澳门就业调查\n\n2025-02-20\n\n就业人口（37.83万人）及本地就业居民（28.60万人）较上一期分别减少1,000人及1,300人。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"1,000人": "就业人口较上一期减少", "1,300人": "本地就业居民较上一期减少"})
	if got := find(inds, "37.83万人"); len(got) != 1 || got[0].Metric != "就业人口" {
		t.Errorf("37.83万人: got %+v, want 就业人口", got)
	}
}

// A fall said with 约 before its amount, in a sentence opened by the
// periods compared (两段时间相比，总就业人数减少约6,100人), is a fall.
func TestFallWithApproximation(t *testing.T) {
	as := parseOne(t, "h.txt", "失業率上升\n\n2025-10-20\n\n兩段時間相比，總就業人數減少約6,100人。\n")
	if got := find(Extract(as[0]), "6,100人"); len(got) != 1 || got[0].Value != -6100 {
		t.Errorf("got %+v, want -6100", got)
	}
}

// Amounts a rule sets for an award named after their list (分别按20万元、
// 15万元、12万元给予资金奖补) are the award's, with no period.
func TestAwardRuleList(t *testing.T) {
	as := parseOne(t, "r.txt", "澜沧县2025年推动经济稳进提质政策措施\n\n按照“三季度功九成”的节奏推进。对每季度考核排名前三位的乡（镇）分别按20万元、15万元、12万元给予资金奖补。\n")
	inds := Extract(as[0])
	for _, raw := range []string{"20万元", "15万元", "12万元"} {
		got := find(inds, raw)
		if len(got) != 1 || !strings.Contains(got[0].Metric, "资金奖补") || got[0].PeriodKind != data.PeriodNone {
			t.Errorf("%s: got %+v, want 资金奖补 with no period", raw, got)
		}
	}
}

// A total of visits (入境旅客总数为13,699,516人次) is a flow over its months,
// not a balance at their end.
func TestTotalOfVisitsIsAFlow(t *testing.T) {
	as := parseOne(t, "v.txt", "十月入境旅客\n\n2004-11-20\n\n今年首十個月入境旅客總數為13,699,516人次，較去年同期上升44.1%。\n")
	if got := find(Extract(as[0]), "13,699,516人次"); len(got) != 1 || got[0].PeriodKind != data.PeriodYTD {
		t.Errorf("got %+v, want year to date", got)
	}
}

// A headline naming its figures' months (前2月湖南固投增长22.8%) dates the
// story's undated figures when the story opens with the same months in
// other words (1至2月,全省…): the months, not the year so far to the
// story's date. Made-up figures.
func TestHeadlineMonthsInOtherWords(t *testing.T) {
	as := parseOne(t, "h.txt", "前2月湖南固投增长22.8%\n\n2014-03-27\n\n本报3月26日讯 据省统计局发布的数据,1至2月,全省固定资产投资1223.03亿元,比上年同期增长22.8%。\n\n分产业看,全省第二产业完成投资463.79亿元,同比增长23%。\n")
	inds := Extract(as[0])
	for _, raw := range []string{"463.79亿元", "23%"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].PeriodStart != "2014-01-01" || got[0].PeriodEnd != "2014-02-28" {
			t.Errorf("%s: got %+v, want 2014-01-01..2014-02-28", raw, got)
		}
	}
}

// A year inside 继…之后 (the milestone passed before) dates what the
// clause itself says, not the figures after it; inside a clause that
// holds its own figure (继6月份录得31.9%的升幅后) it dates that figure.
// Made-up figures.
func TestYearOfMilestoneBefore(t *testing.T) {
	inds := Extract(story("金溪县", "初步测算,2022年,我县地区生产总值达到115.77亿元,这是继2021年突破100亿元之后,又跃上新的台阶,按可比价计算比上年增长4.8%。"))
	for raw, year := range map[string]string{"4.8%": "2022", "100亿元": "2021", "115.77亿元": "2022"} {
		if got := find(inds, raw); len(got) != 1 || !strings.HasPrefix(got[0].PeriodStart, year) {
			t.Errorf("%s: got %+v, want %s", raw, got, year)
		}
	}
}

// The three sectors' contributions to growth and the points each added,
// written as ratios (三次产业可比价贡献率分别是-1.6:8.0:93.6,分别拉动GDP增长
// -0.1:0.4:4.3个百分点), are each sector's figure, in % and in points.
// Made-up figures.
func TestSectorContributionRatios(t *testing.T) {
	inds := Extract(story("平遥县", "2017年全县地区生产总值增长4.6%。三次产业可比价贡献率分别是-1.6:8.0:93.6,分别拉动GDP增长-0.1:0.4:4.3个百分点。"))
	for raw, want := range map[string]struct {
		v      float64
		unit   string
		metric string
	}{
		"-1.6": {-1.6, "%", "第一产业"}, "93.6": {93.6, "%", "第三产业"},
		"-0.1": {-0.1, "个百分点", "第一产业拉动"}, "0.4": {0.4, "个百分点", "第二产业拉动"},
	} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Value != want.v || got[0].Unit != want.unit || !strings.Contains(got[0].Metric, want.metric) {
			t.Errorf("%s: got %+v, want %v %s, metric with %s", raw, got, want.v, want.unit, want.metric)
		}
	}
}
