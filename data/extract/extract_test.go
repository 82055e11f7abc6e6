package extract

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"zhibiao/data"
	"zhibiao/data/load"
)

// story builds a one-story article for the synthetic cases below (none of
// them comes from the seed articles).
func story(region, text string) *data.Article {
	return &data.Article{File: "t.txt", Title: "测试", Date: "2021-07-15", Year: 2021, Region: region, Text: text}
}

// wantMetrics checks that each raw figure of wants is found once in inds
// and that its metric holds the words wanted for it.
func wantMetrics(t *testing.T, inds []data.Indicator, wants map[string]string) {
	t.Helper()
	for raw, want := range wants {
		if got := find(inds, raw); len(got) != 1 || !strings.Contains(got[0].Metric, want) {
			t.Errorf("%s: got %+v, want %s", raw, got, want)
		}
	}
}

// find returns the indicators whose Raw is raw.
func find(inds []data.Indicator, raw string) []data.Indicator {
	var out []data.Indicator
	for _, ind := range inds {
		if ind.Raw == raw {
			out = append(out, ind)
		}
	}
	return out
}

func TestExtractValuesUnitsQualifiers(t *testing.T) {
	tests := []struct {
		text, raw  string
		value      float64
		unit, qual string
		indicator  string
	}{
		{"城阳区一季度新增城镇就业2.1万人。", "2.1万人", 21000, "人", "", "新增就业"},
		{"全年累计减税降费6.3亿余元。", "6.3亿余元", 630000000, "元", "余", "减税降费"},
		{"规上工业增加值下降6.8%。", "6.8%", -6.8, "%", "", "规上工业增加值增速"},
		{"城镇登记失业率控制在4.5%以内。", "4.5%以内", 4.5, "%", "以内", "城镇登记失业率"},
		{"发放稳岗返还资金超过2000万元。", "2000万元", 20000000, "元", "超过", "稳岗补贴"},
		{"组织招聘会36场次，提供岗位近1.2万个。", "1.2万个", 12000, "个", "近", "招聘岗位"},
		{"全区拥有12万市场主体。", "12万市场主体", 120000, "户", "", "市场主体总量"},
		{"出台稳经济二十条措施。", "二十条", 20, "条", "", ""},
		{"全市参保人数突破8000。", "8000", 8000, "人", "突破", ""}, // 突破 kept as written (FORMAT.md)
		{"外贸出口增长1.5倍。", "1.5倍", 1.5, "倍", "", "出口增速"},
		{"全年供应工业用地56宗。", "56宗", 56, "宗", "", ""},
		{"新增光伏装机12.5万千瓦。", "12.5万千瓦", 125000, "千瓦", "", ""},
		{"开行中欧班列320列。", "320列", 320, "列", "", ""},
		{"申报人数已破万，持续增长。", "破万", 10000, "人", "超过", ""},
		{"新增就业３．４万人。", "３．４万人", 34000, "人", "", "新增就业"},
		{"社会消费品零售总额86亿元，比上年下降1.5%。", "1.5%", -1.5, "%", "", "社会消费品零售总额增速"},
		{"常住人口52万人，比上年末增加0.3万人。", "0.3万人", 3000, "人", "", ""},
		{"全区实有市场主体9.2万户。", "9.2万户", 92000, "户", "", "市场主体总量"},
		{"一般公共预算收入86亿元。", "86亿元", 8.6e9, "元", "", "一般公共预算收入"},
		{"新增上市公司3家。", "3家", 3, "家", "", "新增上市企业"},
		{"境内外上市公司达到41家。", "41家", 41, "家", "", "上市企业总数"},
		{"兑付惠企资金3.2亿元。", "3.2亿元", 3.2e8, "元", "", "惠企资金"},
		{"给予每户5000元纾困资金。", "5000元", 5000, "元", "", ""}, // a rate per head, not the total
		{"以工代赈项目发放劳务报酬860万元。", "860万元", 8.6e6, "元", "", "以工代赈"},
		{"工业税收由2.4亿元增长到19.5亿元。", "19.5亿元", 1.95e9, "元", "", ""},    // a part of the tax revenue
		{"民营企业进出口6934亿元，增长9.5%。", "6934亿元", 6.934e11, "元", "", ""}, // a part of the trade
		{"对东盟出口1200亿元。", "1200亿元", 1.2e11, "元", "", ""},
	}
	for _, tt := range tests {
		got := find(Extract(story("城阳区", tt.text)), tt.raw)
		if len(got) != 1 {
			t.Errorf("%s: %d indicators with raw %q, want 1", tt.text, len(got), tt.raw)
			continue
		}
		g := got[0]
		if g.Value != tt.value || g.Unit != tt.unit || g.Qualifier != tt.qual || g.Indicator != tt.indicator {
			t.Errorf("%s: got %g %s q=%q ind=%q, want %g %s q=%q ind=%q", tt.text, g.Value, g.Unit, g.Qualifier, g.Indicator, tt.value, tt.unit, tt.qual, tt.indicator)
		}
	}
}

func TestExtractMetric(t *testing.T) {
	tests := []struct{ text, raw, metric string }{
		{"全市在校学生35万人。", "35万人", "在校学生"},
		{"即墨区上半年新增城乡就业1.2万人。", "1.2万人", "新增城乡就业"},
		{"推动45家银行出台政策。", "45家", "推动银行出台政策"},
		{"在建项目由3个增至9个。", "9个", "在建项目"},
		{"在建项目由5月底的3个增至9个。", "3个", "在建项目"},
		{"全县生产总值从136.1亿元增加到269.7亿元，年均增长10.29%。", "136.1亿元", "生产总值"},
		{"全县生产总值从136.1亿元增加到269.7亿元，年均增长10.29%。", "269.7亿元", "生产总值"},
		{"规上工业企业从2020年的36家跃升至2025年的69家。", "69家", "规上工业企业"},
		{"引进甲骨文、腾讯等业内领先的60多家服务商。", "60多家", "引进服务商"},
		{"建成产业园、物流园等5个功能区。", "5个", "建成功能区"},
		{"按每人500元的标准给予“以工代训”补贴。", "500元", "每人以工代训补贴"},
		{"为企业减免租金300万元。", "300万元", "企业减免租金"},
		{"新登记市场主体1.2万户，总数达到9.8万户。", "9.8万户", "新登记市场主体总数"},
		// Amounts per head name the per-head item, rates of a base the base.
		{"给予每户3000元生产补助。", "3000元", "每户生产补助"},
		{"按每人800元标准发放技能培训补贴。", "800元", "每人技能培训补贴"},
		{"小型企业按60%返还。", "60%", "小型企业返还比例"},
		// A package of measures is counted as measures.
		{"及时出台稳增长“十条”。", "十条", "稳增长措施"},
		{"印发《关于促进消费的12条措施》。", "12条", "促进消费措施"},
		// A second figure of a clause leaves out the noun the first counted.
		{"向3000家企业发放稳岗资金5000万元。", "5000万元", "发放稳岗资金"},
		{"区内8家银行累计为小微企业发放贷款60亿元。", "8家", "银行"},
		{"区内8家银行累计为小微企业发放贷款60亿元。", "60亿元", "小微企业发放贷款"},
		// A section heading run into its paragraph is no part of the metric.
		{"二、对外贸易全年进出口总额增长6%。", "6%", "进出口总额增长"},
		{"为2万名70岁以上老人发放补贴。", "2万名", "70岁以上老人发放补贴"},
		{"招聘30名40岁以下的技术工人。", "30名", "招聘40岁以下技术工人"},
		{"利润增长6%，增速比一季度加快0.5个百分点，高于全省1.2个百分点。", "1.2个百分点", "利润增速高于全省"},
		{"创业贷款额度最高提高至20万元。", "20万元", "创业贷款额度"},
		{"一般公共预算收入86亿元，同口径增长5%。", "5%", "一般公共预算收入同口径增长"},
	}
	for _, tt := range tests {
		got := find(Extract(story("即墨区", tt.text)), tt.raw)
		if len(got) != 1 || got[0].Metric != tt.metric {
			t.Errorf("%s: got %+v, want metric %q", tt.text, got, tt.metric)
		}
	}
}

// TestChangeAfterSeasonalAdjustment checks a change said after seasonal
// adjustment (CPI较上月跌0.98%，经调整季节变动因素后涨0.07%): the index is
// its subject, the adjustment no measure of its own.
func TestChangeAfterSeasonalAdjustment(t *testing.T) {
	inds := Extract(story("台湾省", "主计总处公布3月份消费者物价总指数(CPI)，较上月跌0.98%，经调整季节变动因素后涨0.07%。"))
	for _, raw := range []string{"0.07%"} {
		if got := find(inds, raw); len(got) != 1 || !strings.Contains(got[0].Metric, "消费者物价总指数") {
			t.Errorf("%s: got %+v, want the index as subject", raw, got)
		}
	}
}

func TestExtractRespectively(t *testing.T) {
	inds := Extract(story("城阳区", "今年前三季度，制造业、服务业、建筑业投资分别增长12%、8%、5%，结构优化。"))
	want := []struct {
		metric string
		value  float64
	}{{"制造业投资增长", 12}, {"服务业投资增长", 8}, {"建筑业投资增长", 5}}
	if len(inds) != len(want) {
		t.Fatalf("%d indicators, want %d: %+v", len(inds), len(want), inds)
	}
	for i, w := range want {
		if inds[i].Metric != w.metric || inds[i].Value != w.value || inds[i].Period != "2021年前三季度" {
			t.Errorf("#%d: %q %g %q, want %q %g 2021年前三季度", i, inds[i].Metric, inds[i].Value, inds[i].Period, w.metric, w.value)
		}
	}
}

func TestExtractRespectiveRegions(t *testing.T) {
	inds := Extract(story("青岛市", "崂山区、李沧区、城阳区分别引进人才500人、300人、800人。"))
	want := []string{"崂山区", "李沧区", "城阳区"}
	if len(inds) != 3 {
		t.Fatalf("%d indicators, want 3", len(inds))
	}
	for i, r := range want {
		if inds[i].Region != r || inds[i].Metric != "引进人才" || inds[i].Indicator != "引进人才" {
			t.Errorf("#%d: region %s metric %q indicator %q, want %s 引进人才", i, inds[i].Region, inds[i].Metric, inds[i].Indicator, r)
		}
	}
}

func TestExtractSigns(t *testing.T) {
	tests := []struct {
		text, raw string
		value     float64
	}{
		{"出口额下降3.5%，降幅比一季度收窄1.1个百分点。", "1.1个百分点", 1.1},
		{"出口额下降3.5%，降幅比一季度收窄1.1个百分点。", "3.5%", -3.5},
		{"进出口总额同比下降4.3%，降幅比上半年扩大2.5个百分点。", "2.5个百分点", -2.5},
		{"三线城市价格环比分别下降0.4%和0.5%，降幅比上月均扩大0.1个百分点。", "0.1个百分点", -0.1},
		{"出口跌幅扩大至3.2%。", "3.2%", -3.2},
		{"失业人数较上月微减1千人，其中初次寻职失业者减少3千人。", "3千人", -3000},
		{"利润增长8%，增幅比上月回落2个百分点。", "2个百分点", -2},
		{"办理时间压缩60%。", "60%", -60},
		{"减轻企业负担3亿元。", "3亿元", 3e8},
	}
	for _, tt := range tests {
		got := find(Extract(story("城阳区", tt.text)), tt.raw)
		if len(got) != 1 || got[0].Value != tt.value {
			t.Errorf("%s %s: got %+v, want %g", tt.text, tt.raw, got, tt.value)
		}
	}
}

func TestExtractComparison(t *testing.T) {
	inds := Extract(story("城阳区", "上半年社会消费品零售总额增长5.2%，高于全省增速1.3个百分点。"))
	got := find(inds, "1.3个百分点")
	if len(got) != 1 {
		t.Fatalf("no 个百分点 indicator in %+v", inds)
	}
	if got[0].Unit != "个百分点" || got[0].Value != 1.3 || got[0].Metric != "社会消费品零售总额增速高于全省增速" {
		t.Errorf("got %g %s %q", got[0].Value, got[0].Unit, got[0].Metric)
	}
}

func TestExtractTargetsAndEstimates(t *testing.T) {
	tests := []struct {
		text, raw, status, qual string
	}{
		{"力争全年固定资产投资增长10%。", "10%", data.StatusTarget, ""},
		{"确定了地区生产总值增长7%的奋斗目标。", "7%", data.StatusTarget, ""},
		{"年底前将建成口袋公园20处。", "20处", data.StatusTarget, ""},
		{"预计全年实现营业收入50亿元以上。", "50亿元以上", data.StatusEstimate, "以上"},
		{"上半年实现营业收入50亿元。", "50亿元", data.StatusResult, ""},
		{"已完成年度目标任务的85%。", "85%", data.StatusResult, ""},
		{"年内将完成两所学校扩建，新建幼儿园6所，发放补助300万元。", "6所", data.StatusTarget, ""},
		// A projected effect of a plan still running is no result.
		{"年底将累计改造企业50家，改造后成本下降10%。", "10%", data.StatusTarget, ""},
		{"即墨区将全区2117名困难群众纳入动态管理。", "2117名", data.StatusResult, ""},
		{"今年，全县将做优现代农业。新建高标准农田4万亩，全年粮食产量稳定在7.2亿斤以上。", "7.2亿斤以上", data.StatusTarget, "以上"},
		{"力争社零额增长6%，引进人才2000人以上。", "2000人以上", data.StatusTarget, "以上"},
		{"到2025年，数字经济核心产业占比提高到12%。", "12%", data.StatusTarget, ""},
		{"到2020年底，已建成基站500个。", "500个", data.StatusResult, ""},
		{"一季度GDP同比增长5.3%，高于市场预期的4.6%。", "4.6%", data.StatusExpectation, ""},
		{"一季度GDP同比增长5.3%，高于市场预期的4.6%。", "5.3%", data.StatusResult, ""},
		{"全年经济增长4.8%，低于年度目标1.2个百分点。", "1.2个百分点", data.StatusResult, ""},
		{"对于今年的工作，会议提出：2021年全区地区生产总值增长6%，城镇新增就业6万人以上。", "6万人以上", data.StatusTarget, "以上"},
	}
	for _, tt := range tests {
		got := find(Extract(paragraphs(story("城阳区", tt.text))), tt.raw)
		if len(got) != 1 || got[0].Status != tt.status || got[0].Target != (tt.status == data.StatusTarget) || got[0].Qualifier != tt.qual {
			t.Errorf("%s: got %+v, want status %s qualifier %q", tt.text, got, tt.status, tt.qual)
		}
	}
}

// TestExtractSizeClasses checks that the bar a class of items is counted
// by is no figure, while the count is.
func TestExtractSizeClasses(t *testing.T) {
	tests := []struct{ text, count, bar string }{
		{"其中，5亿元以上产业类项目16个，总投资268.9亿元。", "16个", "5亿元"},
		{"地方财政收入超过10亿元的县（市、区）有8个。", "8个", "10亿元"},
		{"人口在40万人至50万人之间的县区有2个。", "2个", "万人"},
		{"力争村集体经济收入50万元以上的村达到3个、先进村12个。", "3个", "50万元"},
		{"收入超过10亿元的县有8个，其中2个超过20亿元。", "2个", "20亿元"},
	}
	for _, tt := range tests {
		inds := Extract(story("城阳区", tt.text))
		var raws []string
		for _, ind := range inds {
			raws = append(raws, ind.Raw)
		}
		if len(find(inds, tt.count)) != 1 || slices.ContainsFunc(raws, func(r string) bool { return strings.Contains(r, tt.bar) }) {
			t.Errorf("%s: got %v, want %s and not %s", tt.text, raws, tt.count, tt.bar)
		}
	}
}

func TestExtractNotIndicators(t *testing.T) {
	texts := []string{
		"2021年3月5日上午9时，会议在3号楼召开。",
		"建成5G基站，发布3.0版平台，世界500强企业代表出席。",
		"第一批名单公布，年满60岁老人免费乘车。",
		"审批用时3天，2个月内完成，10个工作日办结，24小时在线。",
		"建成一座桥和两栋楼。",
		"减免养老、医疗、失业三项保险。",
		"推出“五个一”服务，“两个万元”。",
		"数千名员工返岗。",
		"从5个方面发力，一汽解放投产。",
		"在城阳区十九届人大四次会议上，区长作报告。",
		"像这样宽24米、长140米、高6米的钢结构大棚正在建设。",
		"全面落实市委九届九次、十次全会部署。",
		"推动机场三期配套基础设施尽快开工。",
		"美国半导体232条款调查还没出炉。",
	}
	for _, text := range texts {
		if inds := Extract(story("城阳区", text)); len(inds) != 0 {
			var raws []string
			for _, ind := range inds {
				raws = append(raws, ind.Raw)
			}
			t.Errorf("%s: unexpected indicators %v", text, raws)
		}
	}
}

func TestExtractPolicyPackageCountedOnce(t *testing.T) {
	inds := Extract(story("城阳区", "3月1日，《城阳区支持企业发展12条措施》(以下简称“12条”)出台。“12条”聚焦融资。"))
	if got := find(inds, "12条"); len(got) != 1 {
		t.Errorf("%d indicators for 12条, want 1 (later mentions name the package)", len(got))
	}
}

func TestExtractRepeatedClause(t *testing.T) {
	inds := Extract(story("城阳区", "累计发放补贴300万元，累计发放补贴300万元，惠及企业50家。"))
	if got := find(inds, "300万元"); len(got) != 1 {
		t.Errorf("%d indicators for a clause written twice, want 1", len(got))
	}
	if got := find(inds, "50家"); len(got) != 1 {
		t.Errorf("lost the figure after the repeat: %+v", inds)
	}
}

func TestExtractRegion(t *testing.T) {
	inds := Extract(story("城阳区", "青岛市城阳区新增就业1万人，平度市新增就业5000人。青岛银行平度支行发放贷款3亿元。"))
	want := map[string]string{"1万人": "城阳区", "5000人": "平度市", "3亿元": "城阳区"}
	// 增速全州排列第3位: the field of a rank, not the subject of what follows
	inds = append(inds, Extract(story("兰坪白族普米族自治县", "全年地区生产总值98.38亿元，增速全省排列第92位，全州排列第3位，两年平均增长5.6%。"))...)
	want["5.6%"] = "兰坪白族普米族自治县"
	for raw, region := range want {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Region != region {
			t.Errorf("%s: got %+v, want region %s", raw, got, region)
		}
	}
}

// TestExtractTradePartners checks that a place a trade flows to or comes
// from is not the region of the figure.
func TestExtractTradePartners(t *testing.T) {
	inds := Extract(story("香港特别行政区", "10月，输往中国台湾的整体出口货量下跌8.2%。来自日本、中国台湾的进口货量分别下跌13.3%及17.2%。"+
		"输往主要目的地的整体出口价格均上升：美国（8.6%）、中国台湾（5.3%）。"))
	for _, raw := range []string{"8.2%", "13.3%", "17.2%", "8.6%", "5.3%"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Region != "香港特别行政区" {
			t.Errorf("%s: got %+v, want region 香港特别行政区", raw, got)
		}
	}
}

func TestExtractPeriod(t *testing.T) {
	tests := []struct{ text, period string }{
		{"1-8月份，新增就业2万人。", "2021年1-8月份"},
		{"截至6月30日，发放贷款3亿元。", "截至2021年6月30日"},
		{"去年上半年，发放贷款3亿元。", "2020年上半年"},
		{"今年以来，发放贷款3亿元。", "2021年以来"},
		{"发放贷款3亿元。", "2021年以来"}, // no period word: the year so far
		{"截至5月底，发放贷款3亿元；引进人才200名。", "截至2021年5月底"},
		{"一季度，全市新增就业2万人。全市发放贷款3亿元。", "2021年一季度"},
		{"一季度，全市新增就业2万人。\n全市发放贷款3亿元。", "2021年以来"},
		{"早在2015年，全市就开始试点。该机制已为企业发放贷款3亿元。", "2021年以来"},
		{"降幅比上半年收窄2个百分点。", "2021年以来"},
		{"全年新增就业2万人。", "2021年"},
		{"过去一年，新增就业2万人。", "2020年"},
		{"下半年将力争全年增长6%。", "2021年"},
		{"上半年完成全年目标的60%。", "2021年上半年"},
		{"上半年出口与去年持平，进口增长5%。", "2021年上半年"},
	}
	for _, tt := range tests {
		inds := Extract(story("城阳区", tt.text))
		if len(inds) == 0 || inds[len(inds)-1].Period != tt.period {
			t.Errorf("%s: got %+v, want period %s", tt.text, inds, tt.period)
		}
	}
}

func TestMissingDigitsQuality(t *testing.T) {
	parse := func(text string) *data.Article {
		t.Helper()
		as := parseOne(t, "t.txt", "测试\n\n"+text+"\n")
		return as[0]
	}
	a := parse("截至月末，全市新增就业万人，增长%，比去年提高个百分点，发放贷款亿元。")
	if inds := Extract(a); len(inds) != 0 {
		t.Errorf("indicators from a text without digits: %+v", inds)
	}
	if !slices.Equal(a.Quality, []string{load.QualityMissingDigits}) {
		t.Errorf("Quality %v, want [%s]", a.Quality, load.QualityMissingDigits)
	}
	before := slices.Clone(a.Quality)
	Extract(a)
	if !slices.Equal(a.Quality, before) {
		t.Errorf("Extract changed the article's Quality: %v, was %v", a.Quality, before)
	}
	if q := parse("签约亿元以上项目12个，新增就业1.2万人，增长8%。").Quality; len(q) != 0 {
		t.Errorf("sound text flagged: %v", q)
	}
	if q := parse("单位：万元\n| 地区 | 地区生产总值（亿元） | 增速（%） | 就业（万人） |\n|---|---|---|---|\n| 城阳区 | 120.5 | 6.1 | 3.2 |").Quality; len(q) != 0 {
		t.Errorf("a table whose header names its units flagged: %v", q)
	}
}

func TestExtractAllTitles(t *testing.T) {
	a := story("城阳区", "新增就业1万人。")
	b := story("平度市", "新增就业2万人。")
	a.Title, b.Title, b.Story = "版面头条", "第二篇", 1
	inds := ExtractAll([]*data.Article{a, nil, b})
	if len(inds) != 2 || inds[1].Title != "版面头条" || inds[1].Story != "第二篇" || inds[1].Region != "平度市" {
		t.Errorf("got %+v", inds)
	}
}

func TestTablesParse(t *testing.T) {
	if _, err := parseTables(unitsTSV, indicatorsTSV, themesTSV); err != nil {
		t.Fatalf("embedded tables: %v", err)
	}
	bad := []struct{ units, inds, themes string }{
		{"人\t人\n", indicatorsTSV, themesTSV},
		{unitsTSV, "x\ty\t人\t(\n", themesTSV},
		{unitsTSV, indicatorsTSV, "稳就业\t[\n"},
	}
	for i, b := range bad {
		if _, err := parseTables(b.units, b.inds, b.themes); err == nil {
			t.Errorf("bad table %d parsed without error", i)
		}
	}
}

// checkOffsets verifies the invariants every indicator keeps.
func checkOffsets(t *testing.T, a *data.Article, inds []data.Indicator) {
	t.Helper()
	rs := []rune(a.Text)
	for _, ind := range inds {
		if ind.Start < 0 || ind.End > len(rs) || ind.Start >= ind.End {
			t.Fatalf("offsets %d..%d out of range (%d runes) for %q", ind.Start, ind.End, len(rs), ind.Raw)
		}
		if got := string(rs[ind.Start:ind.End]); got != ind.Raw {
			t.Fatalf("text[%d:%d] = %q, Raw %q", ind.Start, ind.End, got, ind.Raw)
		}
		if math.IsNaN(ind.Value) || math.IsInf(ind.Value, 0) {
			t.Fatalf("value %v for %q", ind.Value, ind.Raw)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"即墨区上半年新增城乡就业3.4万人、政策性扶持创业1861人。",
		"工业、民间、技改投资分别增长15%、25%、30%，高于全市增速6.6个百分点。",
		"新增就业３．４万人，减税降费8.1亿余元，下降6.8%。",
		"城镇新增就业万人，提高个百分点",
		"“16条”《12条措施》分别、、、增长%%1-5月份",
		"\xff\xfe3万人",
		"序号 | 地区 | 产值（亿元） | 增速(%)\n|---|---|\n1 | 武侯区 | 565.7 | -1.2\n",
		"单位：万元\n指标\t本月\t1-5月累计\n#地区生产总值\t——\t12.5\n增速：5.8%\n",
		"2020　　2021\n产值  3.4万  5",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := story("城阳区", text)
		checkOffsets(t, a, Extract(a))
	})
}

func BenchmarkExtractSeeds(b *testing.B) {
	as, _, err := testParser.LoadSeeds(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, a := range as {
			sb.WriteString(a.Text)
			sb.WriteString("\n")
		}
	}
	a := story("即墨区", sb.String())
	b.SetBytes(int64(sb.Len()))
	b.ResetTimer()
	for range b.N {
		Extract(a)
	}
}

// paragraphs gives a synthetic story one paragraph per line.
func paragraphs(a *data.Article) *data.Article {
	start := 0
	for _, line := range strings.SplitAfter(a.Text, "\n") {
		n := len([]rune(line))
		a.Paragraphs = append(a.Paragraphs, data.Paragraph{Start: start, End: start + n})
		start += n
	}
	return a
}

func TestExtractRegionAcrossSentences(t *testing.T) {
	tests := []struct{ home, text, raw, region string }{
		// A zone named after a region is a region of its own.
		{"北仑区", "宁波保税区今年引进企业45家。", "45家", "宁波保税区"},
		{"北仑区", "走进宁波保税区，码头一片繁忙。园区今年引进企业45家。", "45家", "宁波保税区"},
		{"北仑区", "码头一片繁忙。\n宁波保税区今年引进企业45家。", "45家", "宁波保税区"},
		// The region of an earlier sentence of the paragraph carries over…
		{"宁波市", "在慈溪市，企业忙着装船。今年以来新增外贸企业120家。", "120家", "慈溪市"},
		// … but not into the next paragraph, nor past 全市.
		{"宁波市", "在慈溪市，企业忙着装船。\n今年以来新增外贸企业120家。", "120家", "宁波市"},
		{"宁波市", "在慈溪市，企业忙着装船。全市新增外贸企业120家。", "120家", "宁波市"},
		{"宁波市", "前三季度，慈溪市、余姚市位列全省前十；全市新增外贸企业120家。各园区入驻企业达到69家。", "69家", "宁波市"},
		{"宁波市", "增速位居全市首位、全省第2位；慈溪市新增外贸企业120家。各园区入驻企业达到69家。", "69家", "慈溪市"},
		// A scope word a record reaches over is not the subject.
		{"长沙县", "2008年，全国流转土地面积最大的项目落户我县北山镇，耕地流转面积达1.1万亩。", "1.1万亩", "长沙县"},
		// Visitors from a place are a market of the story's region.
		{"澳门特别行政区", "按主要客源地统计，中国内地（2,665元）及香港（1,071元）旅客的人均消费按年分别下跌31.6%及14.4%。", "14.4%", "澳门特别行政区"},
		{"澳门特别行政区", "香港旅客的人均消费为1,071元。", "1,071元", "澳门特别行政区"},
		// A wider region counts as its clause's subject, written in full.
		{"慈溪市", "上半年，浙江省进出口总额增长6%。", "6%", "浙江省"},
		{"慈溪市", "慈溪市在浙江省率先发放补贴3000万元。", "3000万元", "慈溪市"},
		{"慈溪市", "宁波市商务局发放补贴200万元。", "200万元", "慈溪市"},
	}
	for _, tt := range tests {
		got := find(Extract(paragraphs(story(tt.home, tt.text))), tt.raw)
		if len(got) != 1 || got[0].Region != tt.region {
			t.Errorf("%s: got %+v, want region %s", tt.text, got, tt.region)
		}
	}
}

func TestExtractRespectiveRegionsEarlierClause(t *testing.T) {
	inds := Extract(story("嘉兴市", "海宁市、桐乡市工业保持增长，产值分别增长9.1%和7.4%。"))
	want := []string{"海宁市", "桐乡市"}
	if len(inds) != 2 {
		t.Fatalf("%d indicators, want 2", len(inds))
	}
	for i, r := range want {
		if inds[i].Region != r || inds[i].Metric != "产值增长" {
			t.Errorf("#%d: region %s metric %q, want %s 产值增长", i, inds[i].Region, inds[i].Metric, r)
		}
	}
}

func TestExtractBasisPoints(t *testing.T) {
	tests := []struct {
		text, raw string
		value     float64
	}{
		{"一年期贷款利率下调15个基点。", "15个基点", -15},
		{"发行利率较基准上浮20个基点。", "20个基点", 20},
	}
	for _, tt := range tests {
		got := find(Extract(story("城阳区", tt.text)), tt.raw)
		if len(got) != 1 || got[0].Value != tt.value || got[0].Unit != "个基点" {
			t.Errorf("%s: got %+v, want %g 个基点", tt.text, got, tt.value)
		}
	}
}

func TestExtractVerbQualifiers(t *testing.T) {
	tests := []struct{ text, raw, qual string }{
		{"全县网络零售额首次突破80亿元。", "80亿元", "突破"},
		{"每户最高补贴5000元。", "5000元", "最高"},
		{"单笔贷款额度最高可提高至50万元。", "50万元", "最高"},
		{"每人最多给予3次补贴，每次2000元。", "2000元", ""},
		{"全县网络零售额80亿元。", "80亿元", ""},
	}
	for _, tt := range tests {
		got := find(Extract(story("城阳区", tt.text)), tt.raw)
		if len(got) != 1 || got[0].Qualifier != tt.qual {
			t.Errorf("%s: got %+v, want qualifier %q", tt.text, got, tt.qual)
		}
	}
}

func TestExtractGoalLists(t *testing.T) {
	tests := []struct {
		text, raw string
		target    bool
	}{
		// After 目标是： every item of the ；-joined list is a goal.
		{"明年的主要目标是：工业投资增长9%；外贸出口增长4%；新增就业3万人以上。", "4%", true},
		{"明年的主要目标是：工业投资增长9%；外贸出口增长4%；新增就业3万人以上。", "3万人以上", true},
		// A paragraph announcing the work ahead makes its figures plans…
		{"下一步重点做好以下工作。一是稳投资。新开工项目150个。二是稳外贸。外贸出口增长6%。", "150个", true},
		{"下一步重点做好以下工作。一是稳投资。新开工项目150个。二是稳外贸。外贸出口增长6%。", "6%", true},
		// … except what is done already or only estimated.
		{"下一步重点做好以下工作。一是稳投资。去年已开工项目120个。", "120个", false},
		{"下一步重点做好以下工作。一是稳投资。预计带动就业800人。", "800人", false},
		// Without the announcement, results stay results.
		{"一是稳投资。新开工项目150个。二是稳外贸。外贸出口增长6%。", "6%", false},
	}
	for _, tt := range tests {
		got := find(Extract(paragraphs(story("城阳区", tt.text))), tt.raw)
		if len(got) != 1 || got[0].Target != tt.target {
			t.Errorf("%s %s: got %+v, want target %v", tt.text, tt.raw, got, tt.target)
		}
	}
}

func TestExtractThemeWithoutIndicator(t *testing.T) {
	tests := []struct{ text, raw, theme string }{
		{"第一产业增加值3.1亿元。", "3.1亿元", "稳预期"},
		{"年末户籍人口52万人。", "52万人", "保基本民生"},
	}
	for _, tt := range tests {
		got := find(Extract(story("城阳区", tt.text)), tt.raw)
		if len(got) != 1 || got[0].Theme != tt.theme {
			t.Errorf("%s: got %+v, want theme %s", tt.text, got, tt.theme)
		}
	}
}

func TestExtractRespectivelySharedHead(t *testing.T) {
	inds := Extract(story("城阳区", "制造业、软件和信息技术服务业增加值分别增长5%和9%。"))
	want := []string{"制造业增加值增长", "软件和信息技术服务业增加值增长"}
	if len(inds) != len(want) {
		t.Fatalf("%d indicators, want %d", len(inds), len(want))
	}
	for i, w := range want {
		if inds[i].Metric != w {
			t.Errorf("#%d: metric %q, want %q", i, inds[i].Metric, w)
		}
	}
}

func TestExtractUnitsAndSigns(t *testing.T) {
	tests := []struct {
		text, raw string
		value     float64
		unit      string
	}{
		{"全年空气质量优良天数320天。", "320天", 320, "天"},
		{"PM2.5平均浓度28微克/立方米。", "28微克/立方米", 28, "微克/立方米"},
		{"能源消费总量512万吨标准煤。", "512万吨标准煤", 5120000, "吨标准煤"},
		{"集装箱吞吐量120万标准箱。", "120万标准箱", 1200000, "标准箱"},
		{"接待游客1.2万人/次。", "1.2万人/次", 12000, "人次"},
		{"规上工业企业比上年减少312个。", "312个", -312, "个"},
		{"全年经济增长4.8%，低于年度目标1.2个百分点。", "1.2个百分点", -1.2, "个百分点"},
		{"全年销售香菇菌棒3000万袋。", "3000万袋", 30000000, "袋"},
		{"全年投放鱼苗50万尾。", "50万尾", 500000, "尾"},
		{"预计烟叶产量3.2万担。", "3.2万担", 32000, "担"},
	}
	for _, tt := range tests {
		got := find(Extract(story("城阳区", tt.text)), tt.raw)
		if len(got) != 1 || got[0].Value != tt.value || got[0].Unit != tt.unit {
			t.Errorf("%s: got %+v, want %g %s", tt.text, got, tt.value, tt.unit)
		}
	}
	if inds := Extract(story("城阳区", "活动持续3天。")); len(inds) != 0 {
		t.Errorf("a duration taken as a figure: %+v", inds)
	}
}

// TestExtractLeadSubject: a thin metric in a later clause takes the subject
// of its sentence's opening clause when that clause has no figure.
func TestExtractLeadSubject(t *testing.T) {
	inds := Extract(story("晋城市", "今年上半年，我市固定资产投资保持强劲增势，累计完成投资202.3亿元，同比增长34.6%。"))
	want := map[string]string{"202.3亿元": "固定资产投资", "34.6%": "固定资产投资增速"}
	for _, ind := range inds {
		if w, ok := want[ind.Raw]; ok && ind.Indicator != w {
			t.Errorf("%s: indicator %q (metric %q), want %s", ind.Raw, ind.Indicator, ind.Metric, w)
		}
		delete(want, ind.Raw)
	}
	if len(want) > 0 {
		t.Errorf("not found: %v in %+v", want, inds)
	}
}

// TestExtractCurrencyConversion checks that a figure restated in another
// currency keeps the measure and the period of the figure before it.
func TestExtractCurrencyConversion(t *testing.T) {
	for _, text := range []string{
		"2019年，全区人均地区生产总值19763元，按2018年平均汇率计算为2865美元。",
		"2019年，全区人均地区生产总值19763元，按年平均汇率折合2865美元。",
	} {
		got := find(Extract(story("城阳区", text)), "2865美元")
		if len(got) != 1 || got[0].Indicator != "人均地区生产总值" || got[0].PeriodStart != "2019-01-01" {
			t.Errorf("%s: got %+v, want 人均地区生产总值 of 2019", text, got)
		}
	}
}

// TestExtractEstimateScope checks how far an estimate word reaches over
// ；-joined parts: all of them when it opens the list, only its own part
// when it is said of one measure.
func TestExtractEstimateScope(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
	}{
		{"预计完成地区生产总值90.82亿元，增长8%；固定资产投资34亿元，增长10%。",
			map[string]string{"90.82亿元": data.StatusEstimate, "34亿元": data.StatusEstimate}},
		{"2020年，全县地区生产总值预计达到478亿元、增长6.8%；一般公共预算收入完成36.7亿元，增长4.1%。",
			map[string]string{"478亿元": data.StatusEstimate, "36.7亿元": data.StatusResult, "4.1%": data.StatusResult}},
		// a statistics office's revised estimate is a result
		{"十月的零售业总销货价值的修订估计较上年同期上升6.3%。", map[string]string{"6.3%": data.StatusResult}},
		// held within a goal named without a figure: the figures after are
		// results; a goal's figure (控制在3.5%的目标以内) stays a goal
		{"物价涨幅控制在预期目标以内，全省居民消费价格同比上涨2.6%。", map[string]string{"2.6%": data.StatusResult}},
		// a section on how a plan was carried out (计划执行情况) reviews results
		{"一、2022年国民经济和社会发展计划执行情况\n地区生产总值实现3437.1亿元，同比增长5.6%。", map[string]string{"3437.1亿元": data.StatusResult, "5.6%": data.StatusResult}},
		// 将 after 预计 in one sentence goes on foreseeing; with a goal it plans
		{"干果总产量预计达4.8万吨，产值将突破18亿元，现金收入将达到3200元。",
			map[string]string{"4.8万吨": data.StatusEstimate, "18亿元": data.StatusEstimate, "3200元": data.StatusEstimate}},
		{"预计全年增长6%，力争明年产值将达到20亿元。", map[string]string{"20亿元": data.StatusTarget}},
	}
	for _, tt := range tests {
		inds := Extract(story("城阳区", tt.text))
		for raw, status := range tt.want {
			if got := find(inds, raw); len(got) != 1 || got[0].Status != status {
				t.Errorf("%s %s: got %+v, want %s", tt.text, raw, got, status)
			}
		}
	}
}

// TestExtractRespectiveMarkets checks a 分别 list of markets ending in a
// place (对日本、东协、中国大陆与香港分别增…): each figure is its market's.
func TestExtractRespectiveMarkets(t *testing.T) {
	inds := Extract(story("台湾省", "12月出口624.8亿美元。对日本、东协、中国大陆与香港分别增26.2%、20.3%、11.3%。"))
	for raw, want := range map[string]string{"26.2%": "对日本", "20.3%": "东协", "11.3%": "中国大陆与香港"} {
		if got := find(inds, raw); len(got) != 1 || !strings.HasPrefix(got[0].Metric, want) {
			t.Errorf("%s: got %+v, want a metric of %s", raw, got, want)
		}
	}
}

// TestExtractEligibilityBars checks that the floors saying who qualifies
// are no figures, while rates, levels and shares with 以上的 stay figures.
func TestExtractEligibilityBars(t *testing.T) {
	for _, tt := range []struct {
		text string
		want map[string]bool // raw: found
	}{
		{"年推广面积在10万亩以上的品种，一次性奖励500万元。", map[string]bool{"10万亩以上": false, "500万元": true}},
		{"引进项目固定资产投资达到1亿元（含）以上，享受本优惠政策。", map[string]bool{"1亿元": false}},
		{"工业项目固定资产投资原则上不低于3000万元。", map[string]bool{"3000万元": false}},
		{"全县亿元以上项目达到32个，其中5000万元以上的项目12个。", map[string]bool{"32个": true, "5000万元以上": false, "12个": true}},
		{"全区经济以每年20%以上的速度增长，迈入5万亿元以上的新阶段。", map[string]bool{"20%以上": true, "5万亿元以上": true}},
		{"贡献了全国10%以上的规上工业企业产值。", map[string]bool{"10%以上": true}},
	} {
		inds := Extract(story("城阳区", tt.text))
		for raw, want := range tt.want {
			if got := find(inds, raw); (len(got) == 1) != want {
				t.Errorf("%s %s: got %+v, want found %v", tt.text, raw, got, want)
			}
		}
	}
}

// TestExtractBracketedLevelThenChange checks an item whose level is in
// brackets and whose change follows (其中个人游旅客（1009269人次）上升4倍;
// 留宿旅客（142.45万人次）则减少0.5%; 广州市旅客（204644人次）, a place's
// people): both figures are the item's.
func TestExtractBracketedLevelThenChange(t *testing.T) {
	inds := Extract(story("澳门特别行政区", "中国内地旅客按年增加2.8倍至1949510人次，其中个人游旅客（1009269人次）上升4倍；不过夜旅客（159.67万人次）同比增加20.2%，留宿旅客（142.45万人次）则减少0.5%。"))
	for raw, want := range map[string]string{"1009269人次": "个人游旅客", "4倍": "个人游旅客", "142.45万人次": "留宿旅客", "0.5%": "留宿旅客"} {
		if got := find(inds, raw); len(got) != 1 || !strings.Contains(got[0].Metric, want) {
			t.Errorf("%s: got %+v, want a metric of %s", raw, got, want)
		}
	}
}

// TestExtractSpacedMonthRange checks a range of months spaced from its
// 月 (1-8 月份, as an NBS release prints it): the months from January.
func TestExtractSpacedMonthRange(t *testing.T) {
	inds := Extract(story("城阳区", "8 月份，规模以上工业增加值同比实际增长 6.1% ； 1-8 月份，规模以上工业增加值同比增长 6.5% 。"))
	if got := find(inds, "6.5%"); len(got) != 1 || got[0].PeriodKind != data.PeriodYTD || !strings.HasSuffix(got[0].PeriodStart, "-01-01") || !strings.HasSuffix(got[0].PeriodEnd, "-08-31") {
		t.Errorf("got %+v, want January to August", got)
	} else if !strings.HasPrefix(got[0].Sentence, "1-8 月份") {
		t.Errorf("sentence %q, want it from 1-8 月份", got[0].Sentence)
	}
}

// TestExtractRiseOverYears checks a 预计 sentence of levels that rose from
// one year to another (由2009年的3810亿元增长到2013年的8000亿元以上，增长1.1倍;
// the next ；-part without its years): the starting levels are results, the
// changes span the years after the first to the last.
func TestExtractRiseOverYears(t *testing.T) {
	inds := Extract(story("滨海新区", "预计全区生产总值由2009年的3810亿元增长到2013年的8000亿元以上，增长1.1倍，年均增长21.6%；财政一般预算收入由315.5亿元增长到878亿元，增长1.8倍，年均增长29.2%。"))
	for raw, want := range map[string]string{"3810亿元": data.StatusResult, "315.5亿元": data.StatusResult, "8000亿元以上": data.StatusEstimate} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != want {
			t.Errorf("%s: got %+v, want %s", raw, got, want)
		}
	}
	for _, raw := range []string{"1.1倍", "1.8倍"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != "2010-01-01" || got[0].PeriodEnd != "2013-12-31" {
			t.Errorf("%s: got %+v, want 2010-2013", raw, got)
		}
	}
}

// TestExtractAreaPart checks a figure of a part of the region named by its
// bearing (东部地区生产总值增长6.8%): no one region's.
func TestExtractAreaPart(t *testing.T) {
	inds := Extract(story("海南省", "上半年全省地区生产总值增长8.0%。按地区分，东部地区生产总值增长6.8%，中部地区增长6.0%。"))
	if got := find(inds, "8.0%"); len(got) != 1 || got[0].Region != "海南省" {
		t.Errorf("8.0%%: got %+v, want 海南省", got)
	}
	for _, raw := range []string{"6.8%", "6.0%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Region != "" {
			t.Errorf("%s: got %+v, want no one region", raw, got)
		}
	}
}

// TestExtractYearsBackLateInYear checks 四年来 in a report given in
// December: the years up to its own, nearly done (in July: up to the year
// before).
func TestExtractYearsBackLateInYear(t *testing.T) {
	for date, want := range map[string][2]string{"2021-12-08": {"2018-01-01", "2021-12-31"}, "2021-07-15": {"2017-01-01", "2020-12-31"}} {
		a := story("兴隆台区", "四年来，全区地区生产总值累计完成1425亿元，年均增长6.1%。")
		a.Date = date
		got := find(Extract(a), "1425亿元")
		if len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != want[1] {
			t.Errorf("%s: got %+v, want %s..%s", date, got, want[0], want[1])
		}
	}
}

// TestExtractDatedHeadingWithComma checks a report's section heading in
// two parts (一、奋发有为，2018年迈出铿锵步伐): its year dates the figures
// under it that name none.
func TestExtractDatedHeadingWithComma(t *testing.T) {
	text := "政府工作报告\n——2019年2月16日在进贤县第十七届人民代表大会第四次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n" +
		"一、奋发有为,2018年迈出铿锵步伐\n2018年是我县充满挑战的一年。一年来,我们迎难而上。全年共实现地区生产总值362.7亿元,同比增长9.1%。\n"
	as, err := testParser.ParseFile("r.txt", []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	if got := find(Extract(as[0]), "362.7亿元"); len(got) != 1 || got[0].PeriodStart != "2018-01-01" || got[0].PeriodEnd != "2018-12-31" {
		t.Errorf("got %+v, want 2018", got)
	}
}

// TestExtractHeadlineMonthBeforePublication checks a headline month later
// in the year than the publication date (11月零售业销货值升15.9% published
// on 2024-01-04): last year's November, for the figures naming no month.
func TestExtractHeadlineMonthBeforePublication(t *testing.T) {
	a := &data.Article{File: "t.txt", Title: "11月零售业销货值升15.9%", Date: "2024-01-04", Year: 2024, Region: "香港特别行政区",
		Text: "政府统计处公布，11月零售业总销货价值临时估计为342亿元，按年上升15.9%。\n\n按年比较，电器及其他未分类耐用消费品的销货价值升0.8%。"}
	for _, raw := range []string{"342亿元", "0.8%"} {
		if got := find(Extract(a), raw); len(got) != 1 || got[0].PeriodStart != "2023-11-01" || got[0].Status != data.StatusResult {
			t.Errorf("%s: got %+v, want a result of November 2023", raw, got)
		}
	}
}

// TestExtractZoneNamedInHeadline checks a development zone named after a
// place the gazetteer lacks, once in the headline and once in the text
// (2017年重庆市万盛经开区…统计公报 / 2017年，万盛经开区党工委…): the zone is
// the figures' region, not its city.
func TestExtractZoneNamedInHeadline(t *testing.T) {
	a := &data.Article{File: "t.txt", Title: "2017年重庆市万盛经开区国民经济和社会发展统计公报", Date: "2018-03-01", Year: 2018, Region: "重庆市",
		Text: "2017年，万盛经开区党工委、管委会紧紧围绕转型发展主线，经济保持平稳健康发展。\n\n全年实现地区生产总值116.38亿元，同比增长8.1%。"}
	if got := find(Extract(a), "116.38亿元"); len(got) != 1 || got[0].Region != "万盛经开区" {
		t.Errorf("got %+v, want 万盛经开区", got)
	}
}

// TestExtractExclusionNotePeriod checks that a period inside a note on
// what a figure leaves out ((扣除1月春节因素)) is not the period of the
// figures after it.
func TestExtractExclusionNotePeriod(t *testing.T) {
	inds := Extract(story("城阳区", "2023年6月批发业营业额8519亿元，年增5.7%，为连续8个月正成长(扣除1月春节因素)，其中机械器具批发业年增12.1%。"))
	if got := find(inds, "12.1%"); len(got) != 1 || got[0].PeriodStart != "2023-06-01" || got[0].PeriodEnd != "2023-06-30" {
		t.Errorf("got %+v, want June 2023", got)
	}
}

// TestExtractScopeAfterPeriod checks that a scope word after a period
// (上半年全市…) still names the region of the figure, not the county the
// story is about.
func TestExtractScopeAfterPeriod(t *testing.T) {
	inds := Extract(story("永福县", "从需求端看，消费市场偏弱，上半年全市社会消费品零售总额同比下降2.6%。"))
	if got := find(inds, "2.6%"); len(got) != 1 || got[0].Region != "桂林市" {
		t.Errorf("got %+v, want 桂林市", got)
	}
}

// TestExtractAcronymSubject checks that a measure written as an acronym
// (GDP) is a subject later figures of its sentence can borrow.
func TestExtractAcronymSubject(t *testing.T) {
	inds := Extract(story("永福县", "其中，永福县上半年GDP为56.81亿元，名义增长8%，超过叠彩区（54.93亿元）。"))
	if got := find(inds, "54.93亿元"); len(got) != 1 || got[0].Indicator != "地区生产总值" {
		t.Errorf("got %+v, want 地区生产总值", got)
	}
}

// TestExtractPairedRates checks a list of rates said of the figures
// before it: the k-th rate measures the k-th figure's indicator.
func TestExtractPairedRates(t *testing.T) {
	inds := Extract(story("城阳区", "2024年，第一产业增加值23.70亿元，第二产业增加值353.96亿元，第三产业增加值497.48亿元，增速依次为4.4%、4.8%、6.0%。"))
	want := map[string]string{"4.4%": "第一产业增加值增速", "4.8%": "第二产业增加值增速", "6.0%": "服务业增加值增速"}
	for raw, ind := range want {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != ind {
			t.Errorf("%s: got %+v, want %s", raw, got, ind)
		}
	}
}

// TestExtractPairedRatesYearOnYear checks 分别 rates said of the two
// figures before them, with 按年 (year on year) before 分别.
func TestExtractPairedRatesYearOnYear(t *testing.T) {
	inds := Extract(story("澳门特别行政区", "全年住宅单位买卖共5197个，成交总值280.4亿元，按年分别上升17.7%及20.7%。"))
	want := map[string]string{"17.7%": "住宅单位买卖", "20.7%": "成交总值"}
	for raw, m := range want {
		if got := find(inds, raw); len(got) != 1 || !strings.Contains(got[0].Metric, m) {
			t.Errorf("%s: got %+v, want a metric with %s", raw, got, m)
		}
	}
}

// TestExtractPeriodOnlyMetric checks that a figure whose words before it
// only name a period (到上半年的7.5%) borrows the measure before it.
func TestExtractPeriodOnlyMetric(t *testing.T) {
	inds := Extract(story("城阳区", "全区GDP增速从一季度的7.9%，到上半年的7.5%，再到全年的6.9%。"))
	for _, raw := range []string{"7.5%", "6.9%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != "地区生产总值增速" {
			t.Errorf("%s: got %+v, want 地区生产总值增速", raw, got)
		}
	}
}

// TestExtractListHeadsAndConversions checks a list whose short last item
// carries the head (存款、贷款余额) and a change said after a currency
// conversion (按年平均汇率折合…，比上年增长).
func TestExtractListHeadsAndConversions(t *testing.T) {
	inds := Extract(story("城阳区", "2021年，全区人均生产总值98000元，按年平均汇率折合14464美元，比上年增长5.5%。年末金融机构存款、贷款余额分别达到831.8亿元、406.7亿元。"))
	if got := find(inds, "831.8亿元"); len(got) != 1 || got[0].Indicator != "存款余额" {
		t.Errorf("831.8亿元: got %+v, want 存款余额", got)
	}
	if got := find(inds, "5.5%"); len(got) != 1 || !strings.Contains(got[0].Metric, "人均生产总值") {
		t.Errorf("5.5%%: got %+v, want a metric of 人均生产总值", got)
	}
}

// TestExtractChineseYearsAndJoinedLists checks a year spelt in Chinese
// digits (二零二二年五月份) and a 分别 list whose last two items are joined
// by 及 (甲类、乙类及丙类…), and a list head carried by its last item
// (宾馆住宿、飞机票和旅游价格).
func TestExtractChineseYearsAndJoinedLists(t *testing.T) {
	inds := Extract(story("香港特别行政区", "甲类、乙类及丙类消费物价指数在二零二二年五月份的按年升幅分别为0.8%、1.3%及1.6%。宾馆住宿、飞机票和旅游价格分别上涨8.6%、4.5%和2.5%。"))
	want := map[string]string{"0.8%": "甲类", "1.3%": "乙类", "1.6%": "丙类", "8.6%": "宾馆住宿价格"}
	for raw, m := range want {
		got := find(inds, raw)
		if len(got) != 1 || !strings.Contains(got[0].Metric, m) {
			t.Errorf("%s: got %+v, want a metric with %s", raw, got, m)
			continue
		}
		if raw == "0.8%" && (got[0].PeriodStart != "2022-05-01" || got[0].PeriodEnd != "2022-05-31") {
			t.Errorf("%s: period %s..%s, want May 2022", raw, got[0].PeriodStart, got[0].PeriodEnd)
		}
	}
}

// TestExtractBreakdownBorrowsMeasure checks a breakdown by region that
// names no measure (分县（市）区看，…分别增长…): it measures what the
// paragraph before reported, and 按可比价格计算 names no measure.
func TestExtractBreakdownBorrowsMeasure(t *testing.T) {
	text := "锦州上半年地区生产总值增长4.4%\n\n锦州市统计局 2017-07-25\n\n" +
		"2017年上半年，全市地区生产总值实现486.6亿元，按可比价格计算同比增长4.4%。第三产业增加值252.8亿元，增长8.2%。\n\n" +
		"分县（市）区看，古塔区和凌河区分别增长27.5%和3.8%；黑山县、北镇市则为负增长，增速分别为-3.2%、-4.2%。\n"
	as := parseOne(t, "news.txt", text)
	inds := Extract(as[0])
	for _, raw := range []string{"4.4%", "27.5%", "-3.2%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != "地区生产总值增速" {
			t.Errorf("%s: got %+v, want 地区生产总值增速", raw, got)
		}
	}
}

// TestExtractKeyValueLinesWithChanges checks 指标：数值 lines that carry
// the change in brackets: each line keeps its own key.
func TestExtractKeyValueLinesWithChanges(t *testing.T) {
	text := "钦北区2024年主要经济指标\n\n人口与就业\n常住人口城镇化率：52.11%（比上年末提高0.75个百分点）\n城镇新增就业人数：0.30万人（比上年增加0.01万人）\n"
	as := parseOne(t, "t.txt", text)
	inds := Extract(as[0])
	for raw, m := range map[string]string{"0.30万人": "城镇新增就业", "0.01万人": "城镇新增就业", "52.11%": "城镇化率"} {
		if got := find(inds, raw); len(got) != 1 || !strings.Contains(got[0].Metric, m) {
			t.Errorf("%s: got %+v, want a metric with %s", raw, got, m)
		}
	}
}

// TestExtractWiderRegionAfterPeriod checks that a city written in full as
// its clause's subject after a period (2023年营口市全年实现…) owns the
// figure in a story about one of its districts.
func TestExtractWiderRegionAfterPeriod(t *testing.T) {
	inds := Extract(story("鲅鱼圈区", "据统计，2023年营口市全年实现地区生产总值1479.40亿元。"))
	if got := find(inds, "1479.40亿元"); len(got) != 1 || got[0].Region != "营口市" {
		t.Errorf("got %+v, want 营口市", got)
	}
}

// TestExtractUrbanRuralPair checks 城乡居民…分别为 a、b: urban first, then
// rural; and an interest rate is no loan growth.
func TestExtractUrbanRuralPair(t *testing.T) {
	inds := Extract(story("三门县", "2022年，城乡居民人均可支配收入分别为5.71万元、3.27万元。企业贷款加权平均利率5.41%。"))
	want := map[string]string{"5.71万元": "城镇居民人均可支配收入", "3.27万元": "农村居民人均可支配收入", "5.41%": ""}
	for raw, ind := range want {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != ind {
			t.Errorf("%s: got %+v, want %q", raw, got, ind)
		}
	}
}

// TestExtractQuotedPlanName checks that a plan's name in quotes
// (“生活补贴计划”) makes no target.
func TestExtractQuotedPlanName(t *testing.T) {
	inds := Extract(story("澳门特别行政区", "2020年，政府最终消费支出则因“生活补贴计划”措施完结而下跌6.4%。"))
	if got := find(inds, "6.4%"); len(got) != 1 || got[0].Status != data.StatusResult {
		t.Errorf("got %+v, want a result", got)
	}
}

// TestExtractNationalBySourceLine checks a release whose only mark of the
// country is its source line (国家统计局（NBS） 2019-06-14).
func TestExtractNationalBySourceLine(t *testing.T) {
	text := "2019年5月份规模以上工业生产情况\nIndustrial Production in May 2019\n国家统计局（NBS） 2019-06-14\n\n一、总体情况（Overview）\n\n5月份，规模以上工业增加值同比实际增长5.0%。\n"
	as := parseOne(t, "nbs.txt", text)
	if got := find(Extract(as[0]), "5.0%"); len(got) != 1 || got[0].Region != "全国" {
		t.Errorf("got %+v, want 全国", got)
	}
}

// TestExtractNamedRegionGroup checks a group of regions a story names once
// with its members in brackets (县域地区（包括康平县、法库县和新民市）): its
// figures, later in the paragraph and in later paragraphs, cover the three;
// a member's own figure, and the city's, do not.
func TestExtractNamedRegionGroup(t *testing.T) {
	text := "前三季度，沈阳市县域地区（包括康平县、法库县和新民市）实现地区生产总值443.9亿元，占全市地区生产总值的比重为7.6%；按可比价格计算，同比增长3.7%。\n\n" +
		"分地区看，康平县实现地区生产总值87.4亿元，同比增长1.3%。\n\n" +
		"前三季度县域地区第一产业增加值103.9亿元，同比增长4.6%；第二产业增加值108.4亿元。\n\n" +
		"县域猪肉产量12.5万吨。全市规模以上工业增加值增长5.1%。"
	as := parseOne(t, "news.txt", "前三季度沈阳县域经济平稳运行\n\n沈阳市统计局　2023年11月09日\n\n"+text+"\n")
	inds := Extract(as[0])
	group := []string{"康平县", "法库县", "新民市"}
	for raw, want := range map[string][]string{"443.9亿元": group, "7.6%": group, "3.7%": group, "103.9亿元": group, "108.4亿元": group, "12.5万吨": group, "87.4亿元": nil, "5.1%": nil} {
		got := find(inds, raw)
		if len(got) != 1 {
			t.Errorf("%s: %d indicators", raw, len(got))
			continue
		}
		if want == nil && len(got[0].Regions) != 0 || want != nil && (got[0].Region != "" || !slices.Equal(got[0].Regions, want)) {
			t.Errorf("%s: region %q regions %v, want %v", raw, got[0].Region, got[0].Regions, want)
		}
	}
}

// TestExtractGoalInBrackets checks a year's goal written in brackets in a
// half-year report (完成全年目标（70万人）的72.34%): the goal is a target for
// the year, the share done a result of the half.
func TestExtractGoalInBrackets(t *testing.T) {
	inds := Extract(story("湖北省", "上半年，全省城镇新增就业50.64万人，完成全年目标（70万人）的72.34%。"))
	goal, done := find(inds, "70万人"), find(inds, "72.34%")
	if len(goal) != 1 || goal[0].Status != data.StatusTarget || goal[0].PeriodKind != data.PeriodYear || goal[0].PeriodStart != "2021-01-01" {
		t.Errorf("goal: %+v", goal)
	}
	if len(done) != 1 || done[0].Status != data.StatusResult || done[0].PeriodKind != data.PeriodHalf {
		t.Errorf("share done: %+v", done)
	}
}

// TestExtractTradeWithPartners checks Taiwan's trade words: 出超 and 入超
// (a surplus, a deficit) are measures, not 超 (more than) after 出/入, and
// trade with one partner (对美国出口) keeps its 对 and is not the
// region's total exports.
func TestExtractTradeWithPartners(t *testing.T) {
	inds := Extract(story("台湾省", "全年出超1571.4億美元。對南韓入超370.2億美元，對美國出口1982.7億美元。全年出口6407.5億美元，對外商品貿易總額822.5億元，旅游综合收入超90亿元。"))
	for raw, want := range map[string][3]string{
		"1571.4億美元": {"出超", "", ""}, "370.2億美元": {"对南韩入超", "", ""}, "1982.7億美元": {"对美国出口", "", ""},
		"6407.5億美元": {"出口", "出口额", ""}, "822.5億元": {"对外商品贸易总额", "进出口额", ""}, "90亿元": {"旅游综合收入", "", "超"},
	} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Metric != want[0] || got[0].Indicator != want[1] || got[0].Qualifier != want[2] {
			t.Errorf("%s: %+v, want metric %q indicator %q qualifier %q", raw, got, want[0], want[1], want[2])
		}
	}
}

// TestExtractMonthOnMonthNoIndicator checks that a change on the month
// before (环比, 按月, m/m) takes no year-on-year growth indicator.
func TestExtractMonthOnMonthNoIndicator(t *testing.T) {
	inds := Extract(story("湖北省", "1月居民消费价格同比上涨0.8%，环比上涨0.3%。乙类消费物价指数按月上升0.26%。"))
	for raw, want := range map[string]string{"0.8%": "居民消费价格涨幅", "0.3%": "", "0.26%": ""} {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != want {
			t.Errorf("%s: %+v, want indicator %q", raw, got, want)
		}
	}
}

// TestExtractDefinedShortFormsAndListedGroup checks short forms a story
// defines in brackets (科尔沁右翼前旗（前旗）) and a group listed without
// brackets (全盟县域包括…6个旗县市): 前旗's figure is 科尔沁右翼前旗's, the
// group's figures cover the listed regions.
func TestExtractDefinedShortFormsAndListedGroup(t *testing.T) {
	text := "2021年1-2月份兴安盟县域经济实现良好开局\n\n来源：兴安盟统计局\n\n" +
		"全盟县域包括乌兰浩特市（乌市）、科尔沁右翼前旗（前旗）和扎赉特旗（扎旗）3个旗县市。\n\n" +
		"1-2月份，全盟县域规模以上工业增加值同比增长30.2%。前旗、扎旗分别增长37.6%、99.5%；乌市增长24.3%。\n"
	as := parseOne(t, "news.txt", text)
	inds := Extract(as[0])
	for raw, want := range map[string]string{"37.6%": "科尔沁右翼前旗", "99.5%": "扎赉特旗", "24.3%": "乌兰浩特市"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Region != want {
			t.Errorf("%s: %+v, want region %s", raw, got, want)
		}
	}
	if got := find(inds, "30.2%"); len(got) != 1 || got[0].Region != "" || !slices.Equal(got[0].Regions, []string{"乌兰浩特市", "科尔沁右翼前旗", "扎赉特旗"}) {
		t.Errorf("30.2%%: %+v, want the three regions", got)
	}
}

// TestExtractJanuaryWorkReportYear checks a story of a work report given
// in January: its undated results are the year it reviews, the year its
// lead names or else the year before; its goals are the new year's.
func TestExtractJanuaryWorkReportYear(t *testing.T) {
	for _, lead := range []string{"吴金城介绍，2025年，浦东经济社会发展稳中有进。", "吴金城回顾了过去一年的工作。"} {
		text := "浦东新区政府工作报告：2026年地区生产总值预期增长5%以上\n\n2026年1月22日\n\n" + lead + "\n\n一是经济韧性增长。一般公共预算收入1343.1亿元、同比增长2.6%。\n\n今年力争新增跨国公司地区总部20家。\n"
		as := parseOne(t, "news.txt", text)
		inds := Extract(as[0])
		if got := find(inds, "1343.1亿元"); len(got) != 1 || got[0].PeriodStart != "2025-01-01" || got[0].PeriodKind != data.PeriodYear {
			t.Errorf("%s: result %+v, want 2025", lead, got)
		}
		if got := find(inds, "20家"); len(got) != 1 || got[0].Status != data.StatusTarget || got[0].PeriodStart != "2026-01-01" {
			t.Errorf("%s: goal %+v, want a 2026 target", lead, got)
		}
	}
}

// TestExtractParagraphOpeningPeriod checks a paragraph that opens with its
// period (6月份，…): figures further in than the usual look-back keep it.
func TestExtractParagraphOpeningPeriod(t *testing.T) {
	text := "天津CPI解读\n\n国家统计局天津调查总队　2024-07-12\n\n监测数据显示，6月份我市CPI同比上涨0.4%；1—6月份，CPI累计上涨0.3%。\n\n" +
		"6月份，我市食品价格下降0.1%，非食品价格下降0.1%。食品中，鲜菜价格下降8.8%。其他食品中，鸡蛋价格上涨5.3%。非食品中，柴油价格下降2.2%。宾馆住宿价格下降6.9%。\n\n" +
		"今年上半年，食品烟酒价格下降1.6%。其中，鸡蛋价格下降10.8%。\n"
	as := parseOne(t, "cpi.txt", text)
	inds := Extract(as[0])
	for raw, kind := range map[string]string{"8.8%": data.PeriodMonth, "2.2%": data.PeriodMonth, "6.9%": data.PeriodMonth, "10.8%": data.PeriodHalf} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodKind != kind {
			t.Errorf("%s: %+v, want %s", raw, got, kind)
		}
	}
}

// TestExtractInvestedProject checks a project named after its investment
// (投资一点四亿元的…指挥中心项目): the measure is that project's investment,
// its whole investment over no period the text names.
func TestExtractInvestedProject(t *testing.T) {
	inds := Extract(story("石门县", "此次开工的项目包括：投资一点四亿元的石门县县域治理现代化指挥中心项目，主要建设软件平台；总投资9073亿元的1741个支撑项目加快推进。"))
	for raw, metric := range map[string]string{"一点四亿元": "石门县县域治理现代化指挥中心项目投资", "9073亿元": "1741个支撑项目总投资"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Metric != metric || got[0].Indicator != "项目总投资" || got[0].PeriodKind != data.PeriodNone {
			t.Errorf("%s: %+v, want %s 项目总投资 with no period", raw, got, metric)
		}
	}
	// works of a list of projects named without 项目, one named with a year
	// that dates nothing after it
	inds = Extract(story("民和回族土族自治县", "投资8550万元的2011年整村推进、投资2791万元的巴州沟防洪工程等5个项目已完工。"))
	for raw, metric := range map[string]string{"8550万元": "2011年整村推进投资", "2791万元": "巴州沟防洪工程投资"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != metric || got[0].Indicator != "项目总投资" {
			t.Errorf("%s: %+v, want %s 项目总投资", raw, got, metric)
		}
	}
	if got := find(inds, "5个"); len(got) != 1 || strings.HasPrefix(got[0].PeriodStart, "2011") {
		t.Errorf("5个: %+v, want no 2011 period", got)
	}
}

// TestExtractForecastAsBase checks results measured against a forecast:
// the forecast named with its figure (8月预测的2.91%) is an estimate, the
// revision after it and a gap to the forecast (比原预测高出7.39个百分点)
// are results, and so is a statistics office's 概估.
func TestExtractForecastAsBase(t *testing.T) {
	inds := Extract(story("台湾省", "主计总处公布国民所得概估，第3季GDP成长率达7.64%，远高于8月预测的2.91%，上修4.73个百分点。商品出口年增36.5%，比原预测高出7.39个百分点，相当于多出91.6亿美元。预计2022年全县第一产业增加值约60亿元，增速约5%。"))
	for raw, want := range map[string]string{"7.64%": data.StatusResult, "2.91%": data.StatusEstimate, "4.73个百分点": data.StatusResult,
		"7.39个百分点": data.StatusResult, "91.6亿美元": data.StatusResult, "60亿元": data.StatusEstimate, "5%": data.StatusEstimate} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != want {
			t.Errorf("%s: %+v, want %s", raw, got, want)
		}
	}
}

// TestExtractOnceBuilt checks what a project will do once built (投产达效后
// 年产值达三千五百万元以上，可提供就业岗位一百个): estimates; what a built one
// did (陵园建成后，今年有10余万名游客) stays a result.
func TestExtractOnceBuilt(t *testing.T) {
	inds := Extract(story("石门县", "投资一亿元的线束生产项目，投产达效后年产值达3500万元以上，可提供就业岗位100个。陵园建成后，今年有10余万名游客前来参观。"))
	for raw, want := range map[string]string{"3500万元以上": data.StatusEstimate, "100个": data.StatusEstimate, "10余万名": data.StatusResult} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != want {
			t.Errorf("%s: %+v, want %s", raw, got, want)
		}
	}
}

// TestExtractCountOfPlaces checks a count of the places a list or a
// breakdown has (…和突泉县6个旗县市, 从6个旗县市增速看): no figure.
func TestExtractCountOfPlaces(t *testing.T) {
	inds := Extract(story("兴安盟", "全盟县域包括乌兰浩特市、阿尔山市和扎赉特旗（扎旗）3个旗县市。从6个旗县市增速看，扎旗增长99.5%。全盟新增市场主体6个。"))
	if got := find(inds, "3个"); len(got) != 0 {
		t.Errorf("list count taken: %+v", got)
	}
	if got := find(inds, "6个"); len(got) != 1 || !strings.Contains(got[0].Metric, "市场主体") {
		t.Errorf("6个: %+v, want only the count of market entities", got)
	}
}

// TestExtractSizeClassBeforeProjects checks a size class written right
// before 项目 (14个500—5000万项目): 项 of 项目 is no unit.
func TestExtractSizeClassBeforeProjects(t *testing.T) {
	inds := Extract(story("兴安盟", "全盟共有15个5000万以上项目和14个500—5000万项目开复工，签约重点项目12项。"))
	for _, ind := range inds {
		if ind.Unit == "项" && ind.Value != 12 {
			t.Errorf("a size class read as projects: %+v", ind)
		}
	}
	if got := find(inds, "12项"); len(got) != 1 {
		t.Errorf("12项: %+v", got)
	}
}

// TestExtractIndexPoints checks index levels and changes written without a
// unit in a sentence about an index: 点 is their unit, a change after 跌
// is negative and takes no indicator, the level after 至 does; a number
// that is a name or no index's stays out.
func TestExtractIndexPoints(t *testing.T) {
	inds := Extract(story("台湾省", "9月制造业采购经理人指数（PMI）下跌4.3至57.8，六大产业依序为电子产业60.4、交通工具产业59.5。"+
		"在NMI方面，9月微升0.6至57.3。综合消费物价指数（104.80）按年上升0.99%。消费者信心指数比上季提升3.2点。"+
		"中证500指数成份股共500只。全市新建5G基站1.2个百分点。"))
	for raw, want := range map[string]struct {
		value     float64
		indicator string
	}{
		"4.3": {-4.3, ""}, "57.8": {57.8, "制造业采购经理指数"}, "60.4": {60.4, ""}, "59.5": {59.5, ""},
		"0.6": {0.6, ""}, "57.3": {57.3, ""}, "104.80": {104.8, ""}, "3.2点": {3.2, ""},
	} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Unit != "点" || got[0].Value != want.value || got[0].Indicator != want.indicator {
			t.Errorf("%s: %+v, want %v 点, indicator %q", raw, got, want.value, want.indicator)
		}
	}
	inds2 := Extract(story("青海省", "一季度CPI涨幅低于全国，主要是食品烟酒类、医疗保健类价格涨幅分别低于全国平均水平1.7和1.2个百分点。"))
	if got := find(inds2, "1.7"); len(got) != 1 || got[0].Unit != "个百分点" {
		t.Errorf("1.7 of a list whose last item carries 个百分点: %+v", got)
	}
	for _, raw := range []string{"500", "500只"} {
		if got := find(inds, raw); len(got) != 0 && got[0].Unit == "点" {
			t.Errorf("%s read as an index: %+v", raw, got)
		}
	}
}

// TestExtractNonManufacturingPMI checks that the non-manufacturing and
// composite PMIs do not take the manufacturing PMI's indicator.
func TestExtractNonManufacturingPMI(t *testing.T) {
	inds := Extract(story("全国", "9月份，非制造业采购经理人指数为52.3%，制造业采购经理人指数为50.1%，非制造业PMI为51.0%，综合PMI产出指数为50.9%。"))
	for raw, want := range map[string]string{"52.3%": "", "50.1%": "制造业采购经理指数", "51.0%": "", "50.9%": ""} {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != want {
			t.Errorf("%s: %+v, want indicator %q", raw, got, want)
		}
	}
}

// TestExtractMacauShortYearSubheadsAndQuotedItems checks a Macau paper's
// habits: 二五年首两月 (a two-digit year, 首两月 without 个), a figure in
// brackets after a quoted category (“西式餐厅”（+19.7%）), a decline's
// size (跌幅扩至20%), and a subhead whose section names its month.
func TestExtractMacauShortYearSubheadsAndQuotedItems(t *testing.T) {
	text := "飲食業交易額按年升\n\n【本報消息】統計暨普查局資料顯示，二五年首兩月飲食業的電子支付交易額按年升2.1%，其中“西式餐廳”（+19.7%）的交易額錄得較大升幅。\n\n" +
		"酒樓飯店跌幅擴至20%\n\n今年二月飲食業交易額為11.2億元，按年跌8.2%。\n"
	as := parseOne(t, "macau.txt", text)
	inds := Extract(as[0])
	tests := []struct {
		raw, metric string
		value       float64
		start, end  string
	}{
		{"2.1%", "饮食业", 2.1, "2025-01-01", "2025-02-28"},
		{"+19.7%", "西式餐厅", 19.7, "2025-01-01", "2025-02-28"},
		{"20%", "酒楼饭店", -20, "2025-02-01", "2025-02-28"},
	}
	for _, tt := range tests {
		got := find(inds, tt.raw)
		if len(got) != 1 || !strings.Contains(got[0].Metric, tt.metric) || got[0].Value != tt.value || got[0].PeriodStart != tt.start || got[0].PeriodEnd != tt.end {
			t.Errorf("%s: %+v, want metric ⊇%s, %v, %s..%s", tt.raw, got, tt.metric, tt.value, tt.start, tt.end)
		}
	}
}

// TestExtractPlanTargetsListsAndSubsidyRates checks a plan's notice: what
// 《方案》明确 or 要稳定在 lays down is a target; a list of regions opening
// a clause is the subject of its one figure, and no one of them the
// region of the sentences after it; a subsidy per unit has no period.
func TestExtractPlanTargetsListsAndSubsidyRates(t *testing.T) {
	text := "今年秸秆综合利用补贴政策公布\n\n来源：黑龙江日报　2021-10-29\n\n" +
		"黑龙江日报讯 日前，省政府办公厅印发《2021年黑龙江省秸秆综合利用工作实施方案》，明确了2021年我省秸秆综合利用的目标任务。\n\n" +
		"《方案》明确，2021年全省秸秆综合利用率达到91%以上。其中，哈尔滨市、绥化市、肇州县秸秆综合利用率要稳定在95%以上。其他地区秸秆综合利用率要达到90%以上。\n\n" +
		"玉米秸秆翻埋还田作业补贴，按省级每亩补贴40元标准发放。\n"
	as := parseOne(t, "policy.txt", text)
	as[0].Region = "黑龙江省" // the province's paper (the story's own region is the loader's business)
	inds := Extract(as[0])
	tests := []struct {
		raw, status, region, regions, kind string
	}{
		{"91%以上", data.StatusTarget, "黑龙江省", "", data.PeriodYear},
		{"95%以上", data.StatusTarget, "", "哈尔滨市,绥化市,肇州县", data.PeriodYear},
		{"90%以上", data.StatusTarget, "黑龙江省", "", data.PeriodYear},
		{"40元", data.StatusResult, "黑龙江省", "", data.PeriodNone},
	}
	for _, tt := range tests {
		got := find(inds, tt.raw)
		if len(got) != 1 || got[0].Status != tt.status || got[0].Region != tt.region || strings.Join(got[0].Regions, ",") != tt.regions || got[0].PeriodKind != tt.kind {
			t.Errorf("%s: %+v, want %s, region %q %q, period %s", tt.raw, got, tt.status, tt.region, tt.regions, tt.kind)
		}
	}
}

// TestExtractComparedWithDescribedName checks that a region compared with
// after words describing it (与第一位的曲靖市相差) is not the subject of
// that figure nor of the sentences after it.
func TestExtractComparedWithDescribedName(t *testing.T) {
	inds := Extract(story("玉溪市", "今年一季度，全市地区生产总值增速排全省第二位，与第一位的曲靖市相差0.1个百分点。固定资产投资增长22.5%。"))
	for _, raw := range []string{"0.1个百分点", "22.5%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Region != "玉溪市" {
			t.Errorf("%s: %+v, want 玉溪市's", raw, got)
		}
	}
}

// TestExtractCountrywideReviewInFebruary checks a national story of
// February that reviews the year before and goes through the provinces:
// its region is the country's (not the province named most), and its
// dateline's day (2月10日讯) is no event of the new year.
func TestExtractCountrywideReviewInFebruary(t *testing.T) {
	text := "中国网/中国发展门户网2月10日讯（记者 谢凌宇）2011年，全国农民人均纯收入达到6977元，创历史新高。\n\n" +
		"在2012年2月2日举行的国务院新闻办新闻发布会上，陈锡文表示，去年农民人均纯收入同比增长17.9%。\n\n" +
		"八省市农民人均纯收入超8000元\n\n纵观全国各省2011年的农民人均纯收入，另有福建、山东的农民人均纯收入超过8000元。\n\n" +
		"其中，浙江省农村居民人均纯收入达到13071元，浙江省连续27年位居首位。\n\n新疆维吾尔自治区农村居民人均纯收入为5442元。\n"
	as := parseOne(t, "wire.txt", text)
	if as[0].Region != "" {
		t.Errorf("story region %q, want none (the country's)", as[0].Region)
	}
	inds := Extract(as[0])
	for raw, region := range map[string]string{"6977元": "全国", "13071元": "浙江省", "5442元": "新疆维吾尔自治区"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Region != region || got[0].PeriodStart != "2011-01-01" || got[0].PeriodEnd != "2011-12-31" {
			t.Errorf("%s: %+v, want %s's, 2011", raw, got, region)
		}
	}
}

// TestExtractPlannedProjectsAndTheirParts checks a year's plan of
// projects: a count of projects is no count of policy measures (it has the
// plan's year), and the parts given after 其中 are planned too.
func TestExtractPlannedProjectsAndTheirParts(t *testing.T) {
	a := story("靖远县", "今年，全县计划实施重点项目82项，总投资121.9亿元。其中：新建项目52项，总投资62.62亿元。截至目前，新建项目开工20个。")
	a.Date, a.Year, a.DataYear = "2019-06-20", 2019, 2019
	inds := Extract(a)
	for raw, status := range map[string]string{"82项": data.StatusTarget, "52项": data.StatusTarget, "62.62亿元": data.StatusTarget, "20个": data.StatusResult} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Status != status {
			t.Errorf("%s: %+v, want %s", raw, got, status)
			continue
		}
		if status == data.StatusTarget && (got[0].PeriodStart != "2019-01-01" || got[0].PeriodEnd != "2019-12-31") {
			t.Errorf("%s: %+v, want the year 2019", raw, got)
		}
	}
}

// TestExtractEmDashRange checks that 1—5月 with an em dash is a range of
// months, not a clause's break: 降幅比1—5月收窄2.2个百分点 is a narrowed
// decline (a rise), in the period of its sentence.
func TestExtractEmDashRange(t *testing.T) {
	a := story("通辽市", "上半年，制造业增加值同比下降0.7%，降幅比1—5月收窄2.2个百分点。")
	a.Date, a.Year, a.DataYear = "2020-07-29", 2020, 2020
	if got := find(Extract(a), "2.2个百分点"); len(got) != 1 || got[0].Value != 2.2 || got[0].PeriodEnd != "2020-06-30" {
		t.Errorf("got %+v, want +2.2 for 上半年", got)
	}
}

// TestExtractExchangeRateNoFigure checks that the rate a figure was
// converted at (1美元兑6.228元人民币) gives no figure of its own.
func TestExtractExchangeRateNoFigure(t *testing.T) {
	inds := Extract(story("伊吾县", "全县人均生产总值达18.8万元，按当年平均汇率（1美元兑6.228元人民币）折合30206美元。"))
	for _, raw := range []string{"1美元", "6.228元"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: %+v, want none", raw, got)
		}
	}
	if got := find(inds, "30206美元"); len(got) != 1 || got[0].Indicator != "人均地区生产总值" {
		t.Errorf("30206美元: %+v", got)
	}
}

// TestExtractTradeByPartner checks a Hong Kong trade release: a place
// picked out of a group a sentence measures takes the measure with the
// place for the group (输往韩国的整体出口货值), trade with one partner takes
// no indicator, and a paragraph opening with 同期 has the period named
// before it.
func TestExtractTradeByPartner(t *testing.T) {
	text := "政府统计处今日（8月26日）发表2021年7月份的对外商品贸易统计数字。\n\n按国家／地区分析\n\n" +
		"7月份与去年同月比较，输往亚洲的整体出口货值上升26.9%。此地区内，输往大部分主要目的地的整体出口货值录得升幅，尤其是韩国（升79.5%）和中国内地（内地）（升26.3%）。\n\n" +
		"除亚洲的目的地外，输往其他地区的部分主要目的地的整体出口货值录得升幅。\n\n" +
		"同期，来自大部分主要供应地的进口货值录得升幅，尤其是印度（升119.7%）。\n"
	as := parseOne(t, "hk.txt", text)
	inds := Extract(as[0])
	for raw, metric := range map[string]string{"79.5%": "输往韩国的整体出口货值", "26.3%": "输往中国内地的整体出口货值", "119.7%": "来自印度的进口货值"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Metric != metric || got[0].Indicator != "" || got[0].PeriodStart != "2021-07-01" || got[0].PeriodEnd != "2021-07-31" {
			t.Errorf("%s: %+v, want %s, no indicator, July 2021", raw, got, metric)
		}
	}
}

// TestExtractPolicyAwards checks a policy's awards: an amount offered to
// whoever meets a condition (…的，奖励100万元; 分别奖励20万元、40万元) is a
// term of the policy, of no period and no target, and a city named as the
// level of an honour (认定为绍兴市级…园区) is not the figure's place.
func TestExtractPolicyAwards(t *testing.T) {
	a := story("嵊州市", "2024年度嵊州市专项政策。对当年新增认定为绍兴市级特色产业园区的，奖励20万元。获三星、四星级小微企业园，分别奖励20万元、40万元。对获得省、绍兴市公共数据开放大赛奖项一、二等奖的，分别奖励8万元、6万元。")
	a.Date, a.Year, a.DataYear = "2024-03-13", 2024, 2024
	inds := Extract(a)
	for _, raw := range []string{"20万元", "40万元", "8万元", "6万元"} {
		for _, got := range find(inds, raw) {
			if got.PeriodKind != data.PeriodNone || got.Status != data.StatusResult || got.Region != "嵊州市" {
				t.Errorf("%s: %+v, want no period, a result, 嵊州市", raw, got)
			}
		}
	}
	if len(find(inds, "40万元")) != 1 {
		t.Errorf("40万元 not found: %+v", inds)
	}
	b := story("嵊州市", "今年以来，对新招用员工的企业，累计发放补贴320万元。")
	b.Date, b.Year, b.DataYear = "2024-06-01", 2024, 2024
	if got := find(Extract(b), "320万元"); len(got) != 1 || got[0].PeriodKind != data.PeriodYTD {
		t.Errorf("320万元 paid out: %+v, want the year so far", got)
	}
}

// TestExtractProgressOnAnnualPlan checks a share of a year's plan done so
// far (一季度…为年度计划投资的219%): a result of the quarter, not a target
// of the year.
func TestExtractProgressOnAnnualPlan(t *testing.T) {
	a := story("肇庆市", "其中，58个省重点建设项目一季度已完成全年投资任务，为年度计划投资的219%。")
	a.Date, a.Year, a.DataYear = "2019-04-20", 2019, 2019
	got := find(Extract(a), "219%")
	if len(got) != 1 || got[0].Status != data.StatusResult || got[0].PeriodStart != "2019-01-01" || got[0].PeriodEnd != "2019-03-31" {
		t.Errorf("got %+v, want a result of 一季度", got)
	}
}

// TestExtractTaiwanSignalLines checks a Taiwan release of January on last
// December: the month its lead says it publishes (公布去（114）年 12 月份
// 景气概况, spaced as Taiwan's papers write it) dates its figures, a value
// 由上（11）月的 is November's, and each labelled line (标签：…) is its own
// item, its label the figures' measure.
func TestExtractTaiwanSignalLines(t *testing.T) {
	text := "2026-01-27\n\n國發會今（27）日公布去（114）年 12 月份景氣概況，燈號轉為紅燈。\n\n" +
		"貨幣總計數 M1B 變動率：由上（11）月的 4.88% 增為 4.9%，燈號續呈「黃藍燈」\n\n股價指數變動率：由上月 20.2% 增為 21.6%，燈號續呈紅燈\n"
	as := parseOne(t, "tw.txt", text)
	inds := Extract(as[0])
	tests := []struct{ raw, metric, start string }{
		{"4.88%", "M1B变动率", "2025-11-01"},
		{"4.9%", "M1B变动率", "2025-12-01"},
		{"20.2%", "股价指数变动率", "2025-11-01"},
		{"21.6%", "股价指数变动率", "2025-12-01"},
	}
	for _, tt := range tests {
		got := find(inds, tt.raw)
		if len(got) != 1 || !strings.Contains(got[0].Metric, tt.metric) || got[0].PeriodStart != tt.start || got[0].PeriodKind != data.PeriodMonth {
			t.Errorf("%s: %+v, want ⊇%s, month from %s", tt.raw, got, tt.metric, tt.start)
		}
	}
}

// TestExtractWordCountsAndCircleZero checks that how often a word is used
// (“发展”出现67次) is no figure, and that a white circle typed for zero in
// Chinese numerals (一萬○八百○四點六六億元) is read as zero.
func TestExtractWordCountsAndCircleZero(t *testing.T) {
	inds := Extract(story("湖北省", "报告中，“发展”出现67次，“建设”出现57次。湖北省首季GDP为一萬○八百○四點六六億元。"))
	for _, raw := range []string{"67次", "57次"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: %+v, want none", raw, got)
		}
	}
	if got := find(inds, "一萬○八百○四點六六億元"); len(got) != 1 || got[0].Value != 1.080466e12 {
		t.Errorf("一萬○八百○四點六六億元: %+v, want 1.080466e12", got)
	}
}

// TestExtractPlannedProjectsAsAKind checks that 谋划项目 (projects being
// prepared) names a kind of project, not an intent: their count is a result.
func TestExtractPlannedProjectsAsAKind(t *testing.T) {
	a := story("景县", "据介绍，今年，景县在建、新开工和谋划项目236个，总投资546.3亿元。")
	a.Date, a.Year, a.DataYear = "2023-02-21", 2023, 2023
	inds := Extract(a)
	for _, raw := range []string{"236个", "546.3亿元"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusResult {
			t.Errorf("%s: %+v, want a result", raw, got)
		}
	}
}

// TestExtractTaiwanByRepublicYear checks that a release dated by a year of
// the Republic (111年5月) and naming no place is Taiwan's.
func TestExtractTaiwanByRepublicYear(t *testing.T) {
	a := &data.Article{File: "t.txt", Title: "111年5月批發、零售及餐飲業營業額統計", Date: "2022-06-23", Year: 2022,
		Text: "1. 批發業：5月批發業營業額為1兆843億元，年增7.9%。"}
	inds := Extract(a)
	if got := find(inds, "7.9%"); len(got) != 1 || got[0].Region != "台湾省" {
		t.Errorf("got %+v, want Taiwan's", got)
	}
}

// TestExtractBulletedGoals checks a work report's goals given as bulleted
// paragraphs under the one that introduces them (今年…主要预期目标是：): each
// is a target for the year.
func TestExtractBulletedGoals(t *testing.T) {
	text := "2024年广东经济社会发展有这些目标\n\n2024-01-24\n\n报告提出，今年广东经济社会发展的主要预期目标是：\n\n◆地区生产总值增长5%；\n\n◆固定资产投资增长4%，社会消费品零售总额增长6%；\n"
	as := parseOne(t, "gd.txt", text)
	inds := Extract(as[0])
	for _, raw := range []string{"5%", "4%", "6%"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusTarget || got[0].PeriodStart != "2024-01-01" || got[0].PeriodEnd != "2024-12-31" {
			t.Errorf("%s: %+v, want a target for 2024", raw, got)
		}
	}
}

// TestDoneThenPlanned checks that a paragraph opening with what was done
// (开工64个项目，总投资220.98亿元) and only then what is planned (本年度计划完成
// 投资125.8亿元) is not a plan paragraph: its later figures are results. A
// county named as a road's border (国道312线西峡内乡界至丁河段) does not take
// the figure.
func TestDoneThenPlanned(t *testing.T) {
	text := "河南西峡：项目遍地开花\n\n2023-02-21 16:59:58　来源：河南商报网\n\n" +
		"今年以来，西峡县始终将项目建设放在经济发展的重要位置。\n\n" +
		"此次西峡县集中开工64个项目，总投资220.98亿元，本年度计划完成投资125.8亿元。其中，重大工业项目25个，总投资87.5亿元；以国道312线西峡内乡界至丁河段公路新建工程为代表的13个交通类项目，总投资49.8亿元。\n"
	as := parseOne(t, "page.txt", text)
	inds := Extract(as[0])
	for raw, want := range map[string]string{"64个": data.StatusResult, "125.8亿元": data.StatusTarget, "25个": data.StatusResult, "87.5亿元": data.StatusResult, "49.8亿元": data.StatusResult} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != want || got[0].Region != "西峡县" {
			t.Errorf("%s: %+v, want %s in 西峡县", raw, got, want)
		}
	}
}

// TestEstimateOfOneMeasure checks that an estimate word said of one
// measure (地区生产总值预计同比增长6%左右) does not carry over to the next
// measure of the sentence (固定资产投资同比增长3%), while it does to that
// measure's own change (同比增长8.5%) and from a sentence's opening (预测，…).
func TestEstimateOfOneMeasure(t *testing.T) {
	a := story("桦川县", "2022年，全县地区生产总值预计同比增长6%左右，固定资产投资同比增长3%，社会消费品零售总额预计同比增长12%，外贸进出口总额同比增长35%。地区生产总值预计完成37.5亿元，同比增长8.5%。主计总处并预测，今年每人GDP为3万8748美元，CPI上涨1.67%。")
	a.Date, a.Year, a.DataYear = "2023-01-08", 2023, 2022
	inds := Extract(a)
	for raw, want := range map[string]string{"6%左右": data.StatusEstimate, "3%": data.StatusResult, "12%": data.StatusEstimate, "35%": data.StatusResult, "8.5%": data.StatusEstimate, "1.67%": data.StatusEstimate} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != want {
			t.Errorf("%s: %+v, want %s", raw, got, want)
		}
	}
}

// TestRankedGroupsAndLimits checks that a share naming a group by its rank
// (最高20%与最低20%家庭) is no figure and does not make the amounts after
// it a policy's limit (最高 is one only right before an amount), and that a
// quantity written after 较…减 fell.
func TestRankedGroupsAndLimits(t *testing.T) {
	a := story("台湾省", "2024年最高20%与最低20%家庭，所得差距6.14倍，较上年减0.11倍。2024年最高20%家庭平均每户235.7万元。对新上规企业最高奖励50万元。")
	a.Date, a.Year, a.DataYear = "2025-08-16", 2025, 2025
	inds := Extract(a)
	if got := find(inds, "20%"); len(got) != 0 {
		t.Errorf("20%%: %+v, want no figure", got)
	}
	if got := find(inds, "0.11倍"); len(got) != 1 || got[0].Value != -0.11 {
		t.Errorf("0.11倍: %+v, want -0.11", got)
	}
	if got := find(inds, "235.7万元"); len(got) != 1 || got[0].PeriodStart != "2024-01-01" {
		t.Errorf("235.7万元: %+v, want 2024's", got)
	}
	if got := find(inds, "50万元"); len(got) != 1 || got[0].PeriodKind != data.PeriodNone {
		t.Errorf("50万元: %+v, want a limit with no period", got)
	}
}

// TestMacauEventCounts checks a Macau release's counts of events: 224项 of
// meetings is a count of the quarter (not a policy's items), 按年减少4项
// fell, and 二百人及以上的会议 is the bar of a class, not a figure.
func TestMacauEventCounts(t *testing.T) {
	a := story("澳门特别行政区", "统计暨普查局资料显示，今年第2季会议及展览共224项，按年增加54项。二百人及以上的会议按年增加3项至23项。入场观众在二万人次及以上的展览有8项，按年减少4项。")
	a.Date, a.Year, a.DataYear = "2015-08-29", 2015, 2015
	inds := Extract(a)
	if got := find(inds, "224项"); len(got) != 1 || got[0].PeriodKind != data.PeriodQuarter {
		t.Errorf("224项: %+v, want the second quarter's", got)
	}
	if got := find(inds, "4项"); len(got) != 1 || got[0].Value != -4 {
		t.Errorf("4项: %+v, want -4", got)
	}
	for _, raw := range []string{"二百人", "二万人次"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: %+v, want no figure", raw, got)
		}
	}
}

// TestCrossheadNamesTheRegion checks that a sub-heading naming a county
// (神木占比超三成) places the figures under it that name no region, while a
// heading naming the wider area does not.
func TestCrossheadNamesTheRegion(t *testing.T) {
	text := "榆林稳坐中西部非省会之首\n\n来源：长安范儿 发布时间：2023-01-26 22:50:46\n\n2022年榆林经济再次爆发，全市地区生产总值6543.65亿元，增长4.4%。\n\n神木占比超三成\n单独可排陕西第六\n\n神木GDP总量继续位居榆林全市之首，在全国县级单位中排名前列。\n\n分产业看，第一产业增加值28.02亿元，增长4.2%。\n"
	as := parseOne(t, "yl.txt", text)
	inds := Extract(as[0])
	if got := find(inds, "28.02亿元"); len(got) != 1 || got[0].Region != "神木市" {
		t.Errorf("28.02亿元: %+v, want 神木市", got)
	}
	if got := find(inds, "6543.65亿元"); len(got) != 1 || got[0].Region != "榆林市" {
		t.Errorf("6543.65亿元: %+v, want 榆林市", got)
	}
}

// TestTieredAward checks a policy's tiered award: the bars (突破3亿元、
// 5亿元…的企业) are no figures, the awards (分别给予30万元、50万元一次性奖励)
// have no period, and a headline with an exclamation mark inside starts
// its story.
func TestTieredAward(t *testing.T) {
	text := "海南省促进经济高质量发展若干财政措施\n\n来源：海南省人民政府办公厅　时间：2021-12-16\n\n对新建研发机构给予补助。\n\n\n" +
		"最高奖励500万元！海南今年这项奖励资金开始申报\n\n2025/2/23 21:30:49\n\n奖励标准方面，对2024年产值首次突破3亿元（指产值自企业投产以来首次达到，下同）、5亿元、15亿元的先进制造业企业，分别给予30万元、50万元、150万元一次性奖励。\n"
	as, err := testParser.ParseFile("p.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%v, %d stories", err, len(as))
	}
	inds := Extract(as[1])
	for _, raw := range []string{"5亿元", "15亿元"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: %+v, want no figure", raw, got)
		}
	}
	for _, raw := range []string{"30万元", "50万元", "150万元"} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodKind != data.PeriodNone {
			t.Errorf("%s: %+v, want an award of no period", raw, got)
		}
	}
}

// TestBracketedRatesWithNotedItems checks rates in brackets after items
// that carry a note of their own (金融业（银行除外）（+34.7%）) and share a
// measure said once for all (…的业务收益指数均录得双位数升幅), and that an
// industry of trade is no trade.
func TestBracketedRatesWithNotedItems(t *testing.T) {
	a := story("香港特别行政区", "2025年第四季与2024年第四季比较，金融业（银行除外）（+34.7%）、保险业（+31.9%）及进出口贸易业（+20.1%）的业务收益指数均录得双位数升幅。")
	a.Date, a.Year, a.DataYear = "2026-03-12", 2026, 2026
	inds := Extract(a)
	for raw, want := range map[string]string{"+34.7%": "金融业(银行除外)业务收益指数", "+31.9%": "保险业业务收益指数", "+20.1%": "进出口贸易业业务收益指数"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != want || got[0].Indicator != "" {
			t.Errorf("%s: %+v, want %q and no indicator", raw, got, want)
		}
	}
}

// TestListOfGapsToTargets checks a list of gaps to a target with 个百分点
// written once (高于…预期目标15.6个、8.4个、5.7个百分点): every item is in
// 个百分点 and a result; a sales ratio (产销率) is no growth.
func TestListOfGapsToTargets(t *testing.T) {
	a := story("内蒙古自治区", "呼和浩特市、包头市、乌兰察布市工业增加值增速分别高于年初规上工业增速预期目标15.6个、8.4个、5.7个百分点。全区规模以上工业产销率98.8%。")
	a.Date, a.Year, a.DataYear = "2024-02-01", 2024, 2023
	inds := Extract(a)
	for _, raw := range []string{"15.6个", "8.4个", "5.7个百分点"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Unit != "个百分点" || got[0].Status != data.StatusResult {
			t.Errorf("%s: %+v, want a result in 个百分点", raw, got)
		}
	}
	if got := find(inds, "98.8%"); len(got) != 1 || got[0].Indicator != "" {
		t.Errorf("98.8%%: %+v, want no indicator", got)
	}
}

// TestCurrencyIsNoPlace checks that a currency named after a place
// (澳门元, 新台币) keeps its place name in the metric.
func TestCurrencyIsNoPlace(t *testing.T) {
	a := story("澳门特别行政区", "4月底，澳门元在M2所占的比重为24.3%。")
	a.Date, a.Year, a.DataYear = "2014-06-04", 2014, 2014
	if got := find(Extract(a), "24.3%"); len(got) != 1 || !strings.Contains(got[0].Metric, "澳门元在M2所占的比重") {
		t.Errorf("got %+v, want 澳门元在M2所占的比重", got)
	}
}

// TestYuanOfTheMainlandInAHongKongPaper checks that a Hong Kong paper's
// story of a mainland province keeps 元 as yuan for that province's figures.
func TestYuanOfTheMainlandInAHongKongPaper(t *testing.T) {
	a := story("香港特别行政区", "据介绍，2014年甘肃省实现生产总值6835.27亿元，增长8.9%。")
	a.Date, a.Year, a.DataYear = "2015-01-29", 2015, 2015
	if got := find(Extract(a), "6835.27亿元"); len(got) != 1 || got[0].Unit != "元" || got[0].Region != "甘肃省" {
		t.Errorf("got %+v, want 元 of 甘肃省", got)
	}
}

// TestSectorStructureAdjustedTo checks 三次产业结构调整到13.2:42.8:44: the
// three sectors' shares.
func TestSectorStructureAdjustedTo(t *testing.T) {
	a := story("甘肃省", "2014年，三次产业结构调整到13.2:42.8:44。三次产业结构比例为2.0:61.9:36.1。三次产业比重由2011年1.9:62.1:36调整为2016年1.8:59.2:39。")
	a.Date, a.Year, a.DataYear = "2015-01-29", 2015, 2014
	inds := Extract(a)
	// (结构比例为; 由2011年…调整为2016年…: a year before each ratio)
	for _, raw := range []string{"13.2", "42.8", "44", "2.0", "61.9", "36.1", "1.9", "62.1", "1.8", "59.2", "39"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Unit != "%" {
			t.Errorf("%s: %+v, want a share in %%", raw, got)
		}
	}
	// 三产结构比由…调整为…, 结构调整优化为, and a ratio right after 三次产业
	b := story("上饶市", "三产结构比由8.4:76.4:15.2调整为8.1:75.2:16.7。三次产业结构调整优化为9.7:47.3:43。三次产业3.6:33.7:62.7,服务业贡献率达到81.5%。一、二、三产业占GDP的比重为26.7︰28.6︰44.7。")
	inds = Extract(b)
	for _, raw := range []string{"8.4", "76.4", "15.2", "8.1", "75.2", "16.7", "9.7", "47.3", "43", "3.6", "33.7", "62.7", "26.7", "28.6", "44.7"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Unit != "%" {
			t.Errorf("%s: %+v, want a share in %%", raw, got)
		}
	}
	// 由2018年的…变化为…: the ratio it became is the year's, not 2018's
	c := story("嘉鱼县", "三次产业结构由2018年的15.9:51.9:32.2变化为15.6:52.1:32.3。")
	c.Date, c.Year, c.DataYear = "2020-04-10", 2020, 2019
	inds = Extract(c)
	for raw, period := range map[string]string{"15.9": "2018年", "15.6": "2019年", "32.3": "2019年"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Unit != "%" || got[0].Period != period {
			t.Errorf("%s: %+v, want a share in %% of %s", raw, got, period)
		}
	}
}

// TestAwardNamedAfterItsAmount checks an award named after its amount
// (对新认定的国家级中心给予800万元一次性奖励): the metric names the award.
func TestAwardNamedAfterItsAmount(t *testing.T) {
	a := story("呼和浩特市", "对新认定的国家级制造业创新中心给予800万元一次性奖励。")
	a.Date, a.Year, a.DataYear = "2024-03-22", 2024, 2024
	if got := find(Extract(a), "800万元"); len(got) != 1 || !strings.Contains(got[0].Metric, "制造业创新中心一次性奖励") {
		t.Errorf("got %+v, want …制造业创新中心一次性奖励", got)
	}
}

// TestTaiwanNationAndComparedFirst checks a Taiwan story: 全國 is the
// island's (台湾省), and amounts that 減少 in a sentence opened by its base
// (與去年同期相比，…) fell. Made-up figures.
func TestTaiwanNationAndComparedFirst(t *testing.T) {
	a := story("台湾省", "財政部今日公布，10月全國賦稅收入為新台幣3000億元。與去年同期相比，貨物稅減少120億元、證交稅增加80億元。")
	a.Date, a.Year = "2025-11-11", 2025
	inds := Extract(a)
	if got := find(inds, "3000億元"); len(got) != 1 || got[0].Region != "台湾省" {
		t.Errorf("3000億元: got %+v, want 台湾省", got)
	}
	if got := find(inds, "120億元"); len(got) != 1 || got[0].Value != -1.2e10 {
		t.Errorf("120億元: got %+v, want -1.2e10", got)
	}
	if got := find(inds, "80億元"); len(got) != 1 || got[0].Value != 8e9 {
		t.Errorf("80億元: got %+v, want 8e9", got)
	}
}

// TestHongKongOffices checks a story that names no place but Hong Kong's
// own offices (土地註冊處): its figures are Hong Kong's, its 億元 港元.
func TestHongKongOffices(t *testing.T) {
	a := story("", "土地註冊處今日發表九月份統計數字。九月份的樓宇買賣合約總值298億元，較八月份下跌14.7%。")
	a.Date, a.Year = "2023-10-04", 2023
	if got := find(Extract(a), "298億元"); len(got) != 1 || got[0].Region != "香港特别行政区" || got[0].Unit != "港元" {
		t.Errorf("298億元: got %+v, want Hong Kong's, in 港元", got)
	}
}

// TestRankingsAndComparedChanges checks a ranking written as 最高者为A x%、
// 其次为B y%: every item has the ranking's measure, and a ranking of
// declines (减少最多为…) has negative rates; and a change said against a
// base before it (相较10月再减少, 与去年同月比较减少) has the measure of the
// figure before it. Made-up figures.
func TestRankingsAndComparedChanges(t *testing.T) {
	a := story("湖北省", "与上年相比，常住人口增长率最高者为武汉市1.75%、其次为襄阳市0.50%，再其次为宜昌市0.33%；常住人口减少最多为十堰市2.91%，其次为黄冈市2.10%。全省户籍人口为6100万人，相较上月再减少4768人，与去年同月比较减少9.67万人。")
	a.Date, a.Year = "2025-12-10", 2025
	inds := Extract(a)
	for _, w := range []struct {
		raw, metric string
		value       float64
	}{{"0.50%", "常住人口增长率", 0.5}, {"0.33%", "常住人口增长率", 0.33}, {"2.91%", "常住人口减少", -2.91}, {"2.10%", "常住人口减少", -2.1}, {"4768人", "户籍人口", 4768}, {"9.67万人", "户籍人口", 96700}} {
		got := find(inds, w.raw)
		if len(got) != 1 || !strings.Contains(got[0].Metric, w.metric) || got[0].Value != w.value && got[0].Value != -w.value {
			t.Errorf("%s: got %+v, want %s", w.raw, got, w.metric)
			continue
		}
		if w.value < 0 && got[0].Value != w.value {
			t.Errorf("%s: value %g, want %g", w.raw, got[0].Value, w.value)
		}
	}
}

// TestItemMeasureAfterItsItem checks a measure named without its item
// right after a figure of the item (油菜籽播种面积13.25千公顷，总产量2.02万吨):
// it is the item's. Made-up figures.
func TestItemMeasureAfterItsItem(t *testing.T) {
	a := story("平江县", "全年粮食播种面积66.38千公顷，总产量41.52万吨；油菜籽播种面积13.25千公顷，总产量2.02万吨；棉花播种面积0.79千公顷，产量0.09万吨。")
	inds := Extract(a)
	wantMetrics(t, inds, map[string]string{"41.52万吨": "粮食总产量", "2.02万吨": "油菜籽总产量", "0.09万吨": "棉花产量"})
}

// TestRespectiveListsOverTwoClauses checks a second 分别 clause that
// names no items (…增加值分别增长10.9%、26.3%和3.3%，分别拉动全市规上工业提高
// 4.8、3和0.2个百分点): its figures are of the items of the clause before;
// and a list whose first items are bare numbers (分别拉动GDP0.2、2.6、1.6个
// 百分点) counts them. Made-up figures.
func TestRespectiveListsOverTwoClauses(t *testing.T) {
	a := story("鞍山市", "钢铁、菱镁、装备制造等主导产业增加值分别增长10.9%、26.3%和3.3%，分别拉动全市规上工业提高4.8、3和0.2个百分点。第一、二、三产业分别拉动GDP0.2、2.6、1.6个百分点。")
	inds := Extract(a)
	wantMetrics(t, inds, map[string]string{"4.8": "钢铁拉动", "0.2个百分点": "装备制造拉动", "2.6": "第二产业拉动GDP", "1.6个百分点": "第三产业拉动GDP"})
}

// TestSmallMetricWords checks three small rules of metric phrases: the
// three sectors named by a ratio before a 分别 list of contribution rates,
// 与会者 keeping its 与, and a trailing verb 有 dropped (not 国有). Made-up
// figures.
func TestSmallMetricWords(t *testing.T) {
	a := story("宜都市", "三次产业结构比为18.81:16.28:64.91，对经济增长的贡献率分别为26.4%、13.7%、59.9%。與會者共21215人次。入场观众在二万人次及以上的展览有8项。")
	inds := Extract(a)
	for raw, want := range map[string]string{"13.7%": "第二产业对经济增长的贡献率", "59.9%": "第三产业对经济增长的贡献率", "21215人次": "与会者", "8项": "入场观众在二万人次及以上的展览"} {
		got := find(inds, raw)
		if len(got) != 1 || !strings.Contains(got[0].Metric, want) || strings.HasSuffix(got[0].Metric, "有") {
			t.Errorf("%s: got %+v, want %s", raw, got, want)
		}
	}
	if got := find(inds, "13.7%"); len(got) == 1 && got[0].Indicator == "地区生产总值增速" {
		t.Errorf("a contribution rate filed as GDP growth")
	}
}

// TestSentenceOpeningWithItsPlan checks a sentence that opens with its
// plan (计划新建道路8条、…，总面积9万平方米): every figure of it is a target.
func TestSentenceOpeningWithItsPlan(t *testing.T) {
	a := story("农安县", "计划新建道路8条、大修道路2条、改造巷道18条，总面积9万平方米，目前各项招投标工作正在积极推进中。")
	for _, ind := range Extract(a) {
		if ind.Status != data.StatusTarget {
			t.Errorf("%s: %s, want target", ind.Raw, ind.Status)
		}
	}
}

// TestTripAndTonneUnits checks trips counted in 车次 (and 班次, 航次, 艘次)
// and Macau's and Hong Kong's 公噸 (tonnes).
func TestTripAndTonneUnits(t *testing.T) {
	a := story("澳门特别行政区", "六月份經關閘口岸出入境車輛共624,321車次，按年上升7%；貨運量3,202公噸。")
	inds := Extract(a)
	if got := find(inds, "624,321車次"); len(got) != 1 || got[0].Unit != "车次" || got[0].Value != 624321 {
		t.Errorf("車次: got %+v", got)
	}
	if got := find(inds, "3,202公噸"); len(got) != 1 || got[0].Unit != "吨" || got[0].Value != 3202 {
		t.Errorf("公噸: got %+v", got)
	}
}

// TestEstimateSameBelow checks 预计（下同）: every result after it in the
// story is an estimate; a target stays a target.
func TestEstimateSameBelow(t *testing.T) {
	a := story("来凤县", "全年地区生产总值预计（下同）突破百亿元，同比增长8%；地方一般公共预算收入完成4.4亿元，同比增长15.9%。\n城镇化率达47.3%。\n明年力争地区生产总值增长7%。")
	for _, ind := range Extract(paragraphs(a)) {
		want := data.StatusEstimate
		if ind.Raw == "7%" {
			want = data.StatusTarget
		}
		if ind.Status != want {
			t.Errorf("%s: %s, want %s", ind.Raw, ind.Status, want)
		}
	}
}

// TestMoreMetricShapes checks four metric rules: the difference of a
// growth rate (生产总值增长3.4%，比一季度加快1.5个百分点 → 生产总值增速比一季度
// 加快); 第一二三产业 lists; 完成 inside a measure (农林牧渔业完成产值 →
// 农林牧渔业产值); and a pair said of deposits and loans at once
// (存、贷款余额达…、…, 存贷款余额…和…), under an opening 最令人欣慰的是：
// that is no label. Made-up figures.
func TestMoreMetricShapes(t *testing.T) {
	a := story("天津市", "上半年，全市生产总值同比增长3.4%，比一季度加快1.5个百分点。第一二三产业增加值分别同比增长4.4%、4.8%、1.5%。全年农林牧渔业完成产值26.39亿元。\n最令人欣慰的是：金融机构年末存、贷款余额达152.56亿元、121.02亿元；本外币存贷款余额分别为1164.68亿元和1165.28亿元。")
	inds := Extract(paragraphs(a))
	wantMetrics(t, inds, map[string]string{"1.5个百分点": "生产总值增速比一季度加快", "4.4%": "第一产业增加值", "1.5%": "第三产业增加值", "26.39亿元": "农林牧渔业产值", "152.56亿元": "存款余额", "121.02亿元": "贷款余额", "1164.68亿元": "存款余额", "1165.28亿元": "贷款余额"})
}

// TestPolicyBarsAndRankCutoffs checks a policy's bars and cut-offs: the
// sales an award is given for, with its payer between (…突破100亿元、500亿元
// 的民营企业，省级财政分别给予…), and the ranks of an appraisal (考评前10名,
// 进位快的前5名) are no figures; the awards are. And a bracket left of a
// counted noun (77个县(市)生产总值) is no part of the metric.
func TestPolicyBarsAndRankCutoffs(t *testing.T) {
	a := story("山东省", "对年销售收入首次突破100亿元、500亿元的民营企业，省级财政分别给予一次性奖励100万元、300万元。对综合考评前10名和名次进位快的前5名分别授予荣誉称号。")
	inds := Extract(a)
	for _, raw := range []string{"100亿元", "500亿元", "10名", "5名"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: %+v, want no figure", raw, got)
		}
	}
	for _, raw := range []string{"100万元", "300万元"} {
		if got := find(inds, raw); len(got) != 1 {
			t.Errorf("%s: %+v, want the award", raw, got)
		}
	}
	b := story("陕西省", "2018年，全省77个县(市)实现生产总值10738.27亿元。")
	if got := find(Extract(b), "10738.27亿元"); len(got) != 1 || strings.HasPrefix(got[0].Metric, "(") {
		t.Errorf("10738.27亿元: %+v", got)
	}
}

// TestSubjectAfterAttribution checks a first figure whose clause only says
// how it moved (较2016年同期上升4.8%) after an opening that says where the
// news comes from (据香港中通社报道，旅发局…公布1月整体访港旅客数字): its
// subject is what was released, not the attribution.
func TestSubjectAfterAttribution(t *testing.T) {
	a := story("香港特别行政区", "中新网3月1日电　据香港中通社报道，香港旅游发展局2月28日公布1月整体访港旅客数字，较2016年同期上升4.8%，达548万人次。")
	if got := find(Extract(a), "4.8%"); len(got) != 1 || !strings.Contains(got[0].Metric, "访港旅客") || strings.Contains(got[0].Metric, "报道") {
		t.Errorf("4.8%%: got %+v, want 访港旅客", got)
	}
}

// TestMilestoneAndComparedBase checks a mark a level passed (首次突破2000亿元
// 大关): the level's measure, and no base for the growth after it; and a
// rate after a base amount that is a comparison (较去年同期的267.9亿元增67.2%):
// the measure the base was given. Made-up figures.
func TestMilestoneAndComparedBase(t *testing.T) {
	a := story("自贡市", "全市实现地区生产总值2003.66亿元，首次突破2000亿元大关，按不变价格计算，比上年增长6.9%。今年上半年博彩税收达447.9亿元，较去年同期的267.9亿元增67.2%。")
	inds := Extract(a)
	for raw, want := range map[string]string{"2000亿元": "地区生产总值", "6.9%": "地区生产总值", "67.2%": "博彩税收"} {
		if got := find(inds, raw); len(got) != 1 || !strings.Contains(got[0].Metric, want) || strings.Contains(got[0].Metric, "大关") {
			t.Errorf("%s: got %+v, want %s", raw, got, want)
		}
	}
}

// TestSharesInChineseTenths checks shares in tenths written with 一 or 二
// (增幅一成半, 不足二成): figures, not the article 一 of 一艘.
func TestSharesInChineseTenths(t *testing.T) {
	inds := Extract(story("澳门特别行政区", "來自博彩稅收近五百億元，增幅一成半；累計開支佔全年預算不足二成。"))
	for raw, want := range map[string]float64{"一成半": 15, "二成": 20} {
		if got := find(inds, raw); len(got) != 1 || got[0].Value != want || got[0].Unit != "%" {
			t.Errorf("%s: got %+v, want %g%%", raw, got, want)
		}
	}
}

// TestStructureWords checks a sector structure written as 三次产业比重为
// A:B:C or 结构比由上年同期的A:B:C调整为D:E:F: three shares each.
func TestStructureWords(t *testing.T) {
	for text, n := range map[string]int{"三次产业比重为27.3:26.6:46.1。": 3, "全县三次产业结构比由上年同期的14.6:42.2:43.2调整为15.4:39.3:45.3。": 6} {
		inds := Extract(story("平江县", text))
		if len(inds) != n {
			t.Errorf("%s: %d figures, want %d", text, len(inds), n)
		}
	}
}

// TestPrefectureScope checks 全州 and 全盟: the story's prefecture or
// league, as 全市 is its city.
func TestPrefectureScope(t *testing.T) {
	inds := Extract(story("同仁市", "全年全州生产总值113.47亿元，比上年增长2.2%。"))
	if got := find(inds, "113.47亿元"); len(got) != 1 || got[0].Region != "黄南藏族自治州" {
		t.Errorf("全州: got %+v", got)
	}
}

// TestScores checks a score in 分 in a sentence about a score (景气对策信号
// 综合判断分数为35分); 5分钟 stays a duration.
func TestScores(t *testing.T) {
	inds := Extract(story("台湾省", "国发会公布10月景气对策信号综合判断分数为35分，较上月增加1分。会议开了5分钟。"))
	if got := find(inds, "35分"); len(got) != 1 || got[0].Unit != "分" || got[0].Value != 35 {
		t.Errorf("35分: got %+v", got)
	}
	if got := find(inds, "5分钟"); len(got) != 0 {
		t.Errorf("5分钟: got %+v", got)
	}
}

// TestInvestedProjectAside checks an amount invested followed by an aside
// that names the project (投资9亿元、作为全省第一批试点的“压缩空气 飞轮”储能示范项目):
// the project's investment, not the project named before it twice over.
func TestInvestedProjectAside(t *testing.T) {
	a := story("新宾满族自治县", "投资74亿元的苇子峪抽水蓄能电站项目确定最优站址并完成实地勘测，投资9亿元、作为全省第一批试点的“压缩空气 飞轮”储能示范项目完成县级备案。")
	inds := Extract(a)
	wantMetrics(t, inds, map[string]string{"74亿元": "苇子峪抽水蓄能电站项目投资", "9亿元": "储能示范项目投资"})
	if got := find(inds, "9亿元"); len(got) == 1 && (strings.Contains(got[0].Metric, "苇子峪") || got[0].Indicator != "项目总投资") {
		t.Errorf("9亿元: got %q [%s]", got[0].Metric, got[0].Indicator)
	}
}

// TestSubjectBeforeAside checks a Hong Kong release's sentence whose
// subject stands before an aside of periods (批發及零售業的淨產值，繼二零一五年
// 第三季與上年同期比較實質下跌0.7%後，在第四季下跌0.8%): both figures are
// the sector's.
func TestSubjectBeforeAside(t *testing.T) {
	a := story("香港特别行政区", "進出口貿易、批發及零售業的淨產值，繼二零一五年第三季與上年同期比較實質下跌0.7%後，在第四季下跌0.8%。")
	inds := Extract(a)
	wantMetrics(t, inds, map[string]string{"0.7%": "批发及零售业", "0.8%": "批发及零售业"})
	for _, ind := range inds {
		if ind.Indicator != "" {
			t.Errorf("%s: indicator %q, want none", ind.Raw, ind.Indicator)
		}
	}
}

// TestThatSector checks 該行業 after a sentence about a sector: the sector.
func TestThatSector(t *testing.T) {
	a := story("香港特别行政区", "金融及保險業的淨產值，在二零一五年第四季與上年同期比較實質上升6.0%。二零一五年全年合計，該行業的淨產值同樣實質上升5.5%，而地產業的業務收益較2014年全年下跌3.1%。")
	inds := Extract(paragraphs(a))
	wantMetrics(t, inds, map[string]string{"5.5%": "金融及保险业的净产值"})
	// 2015年全年 is 2015's, though periodRe reads 2015年 and 全年 apart
	// (and 较2014年全年 is a base, not the period).
	if got := find(inds, "5.5%"); len(got) != 1 || got[0].PeriodStart != "2015-01-01" || got[0].PeriodEnd != "2015-12-31" {
		t.Errorf("5.5%%: got %+v, want 2015", got)
	}
	if got := find(inds, "3.1%"); len(got) != 1 || got[0].PeriodStart == "2014-01-01" {
		t.Errorf("3.1%%: got %+v, not the base's year", got)
	}
}

// TestTotalAfterChange checks a total (總值, 成交總值) said after a count
// and its change (住宅單位買賣有1,310個，按季減少320個，成交總值84.7億元): the
// total of what was counted, not of the change.
func TestTotalAfterChange(t *testing.T) {
	a := story("澳门特别行政区", "樓宇單位及停車位買賣共1,987個，總值105.2億元。住宅單位買賣有1,310個，按季減少320個，成交總值84.7億元，下跌26.5%。")
	wantMetrics(t, Extract(paragraphs(a)), map[string]string{"105.2億元": "楼宇单位及停车位买卖", "84.7億元": "住宅单位买卖成交总值", "26.5%": "住宅单位买卖成交总值"})
}

// TestFallAfterBase checks Taiwan's trade breakdowns: 減 before an amount,
// after last year's month as the base or before (年減…), is a fall.
func TestFallAfterBase(t *testing.T) {
	a := story("台湾省", "8月對美國出口196.3億美元，較上年同月增77.5億美元，其中運輸工具減 1.1 億美元(年減28.7%)。化學品減0.8億美元(年減38.7%)。")
	inds := Extract(paragraphs(a))
	for raw, want := range map[string]float64{"1.1 億美元": -1.1e8, "0.8億美元": -0.8e8, "77.5億美元": 77.5e8} {
		if got := find(inds, raw); len(got) != 1 || got[0].Value != want {
			t.Errorf("%s: got %+v, want %g", raw, got, want)
		}
	}
}

// TestZoneStory checks a story headlined by a zone's short word (保税区最高
// 6000万元奖励制造业投资) whose text names the zone in full after its port
// (天津港保税区): its figures are the zone's; 最高奖补可达 and 最高不超过 are
// caps.
func TestZoneStory(t *testing.T) {
	a := story("天津市", "为推动天津港保税区先进制造业高质量发展，保税区制定出台《若干政策》。对在保税区建设的制造业项目，其固定资产投资最高奖补可达5000万元；对租赁区域内房产资源的，给予最高不超过75%的租金补贴。")
	a.Title = "保税区最高6000万元奖励制造业投资"
	inds := Extract(paragraphs(a))
	for raw, q := range map[string]string{"5000万元": "最高", "75%": "最高不超过"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Region != "天津港保税区" || got[0].Qualifier != q {
			t.Errorf("%s: got %+v, want 天津港保税区, %s", raw, got, q)
		}
	}
}

// TestNarrowedDecline checks a fall that narrowed (下降16.8%，比上半年收窄4.9个百分点):
// the rate rose by the points, a positive difference.
func TestNarrowedDecline(t *testing.T) {
	a := story("天津市", "前三季度，社会消费品零售总额下降16.8%，比上半年收窄4.9个百分点。")
	inds := Extract(paragraphs(a))
	if got := find(inds, "4.9个百分点"); len(got) != 1 || got[0].Value != 4.9 {
		t.Errorf("4.9个百分点: got %+v, want +4.9", got)
	}
	if got := find(inds, "16.8%"); len(got) != 1 || got[0].Value != -16.8 {
		t.Errorf("16.8%%: got %+v, want -16.8", got)
	}
}

// TestPlannedAllocation checks money a government says it will allocate
// (省级财政将分别安排2000万元和1000万元): a target; 预计将发放 stays an estimate.
func TestPlannedAllocation(t *testing.T) {
	a := story("海南省", "降低企业电费负担，省级财政将分别安排2000万元和1000万元，对符合条件的企业给予电费补贴。全市预计将发放补贴超过3000万元。")
	inds := Extract(paragraphs(a))
	for raw, st := range map[string]string{"2000万元": data.StatusTarget, "1000万元": data.StatusTarget, "3000万元": data.StatusEstimate} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != st {
			t.Errorf("%s: got %+v, want %s", raw, got, st)
		}
	}
}

// TestSecuredFunds checks 争取 said of funds obtained (争取60.4亿元政策资金创历史新高,
// 争取上级资金5亿元): a result; 争取 before a rate stays a goal.
func TestSecuredFunds(t *testing.T) {
	a := story("湘乡市", "过去一年，争取60.4亿元政策资金创历史新高，183个重点项目完成投资129.83亿元。今年争取地区生产总值增长6%。")
	inds := Extract(paragraphs(a))
	for raw, st := range map[string]string{"60.4亿元": data.StatusResult, "129.83亿元": data.StatusResult, "6%": data.StatusTarget} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != st {
			t.Errorf("%s: got %+v, want %s", raw, got, st)
		}
	}
}

// TestEstimateNote checks a review whose first sentence notes once that
// its figures are estimates (全年完成地区生产总值595亿元，增长5.5%（预计，同比，下同）):
// those before the note in its sentence and all after it are estimates.
func TestEstimateNote(t *testing.T) {
	a := story("湘潭县", "全年完成地区生产总值595亿元，增长5.5%（预计，同比，下同）；规模工业增加值270亿元，增长8%。\n\n天易经开区实现技工贸总收入1200亿元。")
	inds := Extract(paragraphs(a))
	for _, raw := range []string{"595亿元", "5.5%", "270亿元", "1200亿元"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusEstimate {
			t.Errorf("%s: got %+v, want an estimate", raw, got)
		}
	}
}

// TestProvinceStoryOfOneCity checks a story placed in its province that
// keeps naming one city of it (安徽省池州市政府新闻办…池州市…全市): the
// city's figures.
func TestProvinceStoryOfOneCity(t *testing.T) {
	a := story("安徽省", "10月25日上午，安徽省池州市政府新闻办、池州市统计局联合召开新闻发布会，通报前三季度池州市经济运行情况：前三季度，全市实现生产总值843.2亿元，同比增长7.5%。\n\n其中，第一产业增加值49.3亿元，增长4.8%。")
	inds := Extract(paragraphs(a))
	for _, raw := range []string{"843.2亿元", "49.3亿元"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Region != "池州市" {
			t.Errorf("%s: got %+v, want 池州市", raw, got)
		}
	}
}

// TestPartnersWithRates checks Hong Kong's trade by partner written as a
// list of names and bracketed rates (輸往印度（-19.8%）、中國臺灣（-16.1%）…):
// every rate is Hong Kong's, not the partner's.
func TestPartnersWithRates(t *testing.T) {
	a := story("香港特别行政区", "2023年二月與2022年二月比較，輸往印度（-19.8%）、中國臺灣（-16.1%）、中國內地（內地）（-15.5%）及美國（-5.7%）的整體出口貨量錄得跌幅。")
	for _, ind := range Extract(paragraphs(a)) {
		if ind.Region != "香港特别行政区" {
			t.Errorf("%s: region %q, want 香港特别行政区", ind.Raw, ind.Region)
		}
	}
}

// TestGapWithBracketedBase checks a gap written with the base's rate in
// brackets (增速低于全国（3.0%）0.6个百分点): negative; and a rank among a
// province's counties (全省88个县区中第28位) does not place the county's
// figures after it in the province.
func TestGapWithBracketedBase(t *testing.T) {
	a := story("凤冈县", "2022年，全县完成地区生产总值100.76亿元，同比增长2.4%，增速低于全国（3.0%）0.6个百分点，增速位居全市第5位，全省88个县区中第28位。其中，第一产业增加值36.16亿元，增长3.2%。")
	inds := Extract(paragraphs(a))
	if got := find(inds, "0.6个百分点"); len(got) != 1 || got[0].Value != -0.6 {
		t.Errorf("0.6个百分点: got %+v, want -0.6", got)
	}
	if got := find(inds, "36.16亿元"); len(got) != 1 || got[0].Region != "凤冈县" {
		t.Errorf("36.16亿元: got %+v, want 凤冈县", got)
	}
}

// TestEstimateOverLongList checks 预计 said once before a work report's
// summary of ten ；-joined parts: the last part is an estimate too.
func TestEstimateOverLongList(t *testing.T) {
	a := story("诏安县", "2022年，预计全县完成地区生产总值336.23亿元，增长6.6%；规模工业总产值482亿元；农林牧渔业总产值120亿元；固定资产投资73.8亿元；一般公共预算总收入9.6亿元；出口总值46.39亿元；实际利用外资0.93亿元；社会消费品零售总额117.7亿元；城镇居民人均可支配收入39575元，增长9.5%；农村居民人均可支配收入23443元，增长10.5%。")
	a.Date, a.Year = "2022-12-20", 2022
	for _, raw := range []string{"336.23亿元", "23443元", "10.5%"} {
		if got := find(Extract(paragraphs(a)), raw); len(got) != 1 || got[0].Status != data.StatusEstimate {
			t.Errorf("%s: got %+v, want an estimate", raw, got)
		}
	}
}

// TestPolicyMeasureStatus checks a policy's measures still to be taken,
// written verb, figure, then what it counts (培育10个…, 适时发放3000万元消费券):
// targets; its terms (对…给予) and results written object first
// (新培育规上企业54家) are not.
func TestPolicyMeasureStatus(t *testing.T) {
	text := "近日，《某市恢复和扩大消费若干政策措施》出台。\n\n发放1亿元汽车消费补贴，对纯电动出租汽车给予3万元/台补贴，适时发放3000万元消费券。培育10个文体旅融合发展消费新场景，每个奖补50万元。去年全市新培育规上企业54家。\n"
	inds := Extract(parseOne(t, "p.txt", text)[0])
	for raw, want := range map[string]string{"1亿元": data.StatusTarget, "3000万元": data.StatusTarget, "10个": data.StatusTarget, "50万元": data.StatusResult, "54家": data.StatusResult} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != want {
			t.Errorf("%s: got %+v, want %s", raw, got, want)
		}
	}
	news := "去年，全市发放1亿元汽车消费补贴。\n"
	if got := find(Extract(parseOne(t, "n.txt", news)[0]), "1亿元"); len(got) != 1 || got[0].Status != data.StatusResult {
		t.Errorf("news, not a policy: got %+v, want a result", got)
	}
}

// TestDoneOfAPlan checks that what is already done of a plan (已开工2个)
// is a result beside the plan's own count (3个计划年内新开工…), a target.
func TestDoneOfAPlan(t *testing.T) {
	text := "东台市一季度项目建设\n发布日期：2024-05-18\n\n全市3个计划年内新开工省重大项目已开工2个，开工率达66.7%。\n"
	inds := Extract(parseOne(t, "p.txt", text)[0])
	for raw, want := range map[string]string{"3个": data.StatusTarget, "2个": data.StatusResult} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != want {
			t.Errorf("%s: got %+v, want %s", raw, got, want)
		}
	}
}

// TestClassBoundsInBrackets checks a class named with its bounds in
// brackets (中小型單位（100平方米以下）, B類物業（40至69.9平方米）): the
// bounds are no figures, and the class stays in the metric of the figures
// after them; a value in brackets (叠彩区（54.93亿元）) is still a figure.
func TestClassBoundsInBrackets(t *testing.T) {
	text := "差估署最新私樓售價指數\n\n2021年2月25日\n\n中小型單位（100平方米以下）1月份售價指數為382.7點。B類物業（40至69.9平方米）售價指數為364.5，按月上升0.19%。叠彩区（54.93亿元）居第三。\n"
	inds := Extract(parseOne(t, "h.txt", text)[0])
	for _, raw := range []string{"100平方米以下", "69.9平方米", "40至69.9平方米"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: got %+v, want no figure", raw, got)
		}
	}
	for raw, want := range map[string]string{"382.7點": "中小型单位", "364.5": "B类物业", "0.19%": "B类物业"} {
		if got := find(inds, raw); len(got) != 1 || !strings.Contains(got[0].Metric, want) {
			t.Errorf("%s: got %+v, want a metric with %s", raw, got, want)
		}
	}
	if got := find(inds, "54.93亿元"); len(got) != 1 {
		t.Errorf("54.93亿元: got %+v, want a figure", got)
	}
}

// TestPlaceInDocumentTitle checks that a place named inside a document's
// title (《辽宁省推动经济稳中求进若干政策举措》) is not the place of the
// figures after it, unless the figure counts the document's own items
// (《宿迁市…若干政策措施》25条).
func TestPlaceInDocumentTitle(t *testing.T) {
	a := story("抚顺市", "抚顺市落实《辽宁省推动经济稳中求进若干政策举措》若干配套政策\n\n1.对获评重点龙头企业的经营主体，市级财政给予50万元资金奖励。\n\n今年以来，《宿迁市促进经济持续回升向好若干政策措施》25条效果显现。")
	a.Date, a.Year, a.DataYear = "2024-03-01", 2024, 2024
	inds := Extract(a)
	if got := find(inds, "50万元"); len(got) != 1 || got[0].Region != "抚顺市" {
		t.Errorf("50万元: got %+v, want 抚顺市", got)
	}
	if got := find(inds, "25条"); len(got) != 1 || got[0].Region != "宿迁市" {
		t.Errorf("25条: got %+v, want 宿迁市", got)
	}
}

// TestChangeSinceYearStartNoGrowthIndicator checks that a balance's change
// on the start of the year (存款余额比年初增长8.3%) takes no growth
// indicator, which is year on year, while 同比 does.
func TestChangeSinceYearStartNoGrowthIndicator(t *testing.T) {
	a := story("苏州市", "4月末，全市金融机构人民币存款余额比年初增长8.3%，人民币贷款余额同比增长9.1%。")
	a.Date, a.Year, a.DataYear = "2023-05-27", 2023, 2023
	inds := Extract(a)
	if got := find(inds, "8.3%"); len(got) != 1 || got[0].Indicator != "" {
		t.Errorf("8.3%%: got %+v, want no indicator", got)
	}
	if got := find(inds, "9.1%"); len(got) != 1 || got[0].Indicator != "贷款余额增速" {
		t.Errorf("9.1%%: got %+v, want 贷款余额增速", got)
	}
}

// TestCityTierHasNoRegion checks that a figure of a tier of cities (一线
// 城市…下降0.4%) is no one city's, while a city named after the tier owns
// its figure.
func TestCityTierHasNoRegion(t *testing.T) {
	a := story("全国", "12月份，一线城市新建商品住宅销售价格环比下降0.4%。其中，北京持平，上海上涨0.2%。")
	a.Date, a.Year, a.DataYear = "2024-01-17", 2024, 2023
	inds := Extract(a)
	for raw, want := range map[string]string{"0.4%": "", "0.2%": "上海市"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Region != want {
			t.Errorf("%s: got %+v, want region %q", raw, got, want)
		}
	}
}

// TestAwardBarsAreNoFigures checks that the bars of an award's condition
// (销售收入2亿元（含）以上…不低于2%的给予) are no figures, while the award
// (500万元) and amounts given 的奖励 are.
func TestAwardBarsAreNoFigures(t *testing.T) {
	a := story("银川市", "1）.最近一年销售收入2亿元（含）以上，研究开发费用总额占销售收入不低于2%的给予500万元奖励；2）.按照首次认定、重新认定分别给予一次性20万元、10万元的奖励。")
	a.Date, a.Year, a.DataYear = "2023-05-01", 2023, 2023
	inds := Extract(a)
	for _, raw := range []string{"2亿元", "2%"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: got %+v, want no figure", raw, got)
		}
	}
	for _, raw := range []string{"500万元", "20万元", "10万元"} {
		if got := find(inds, raw); len(got) != 1 {
			t.Errorf("%s: got %+v, want a figure", raw, got)
		}
	}
}

// TestSixMunicipalities checks a figure of Taiwan's 六都 together: no one
// city's, the six listed; a city named after the word owns its figure,
// and 全台 after it is the island's.
func TestSixMunicipalities(t *testing.T) {
	a := story("台湾省", "六都12月買賣移轉棟數合計19,892棟，其中台中市4,006棟。今年全台全年總量保住26萬棟無虞。")
	a.Date, a.Year, a.DataYear = "2026-01-02", 2026, 2025
	inds := Extract(a)
	if got := find(inds, "19,892棟"); len(got) != 1 || got[0].Region != "" || len(got[0].Regions) != 6 {
		t.Errorf("19,892棟: got %+v, want the six municipalities", got)
	}
	if got := find(inds, "4,006棟"); len(got) != 1 || got[0].Region != "台中市" {
		t.Errorf("4,006棟: got %+v, want 台中市", got)
	}
	if got := find(inds, "26萬棟"); len(got) != 1 || got[0].Region != "台湾省" {
		t.Errorf("26萬棟: got %+v, want 台湾省", got)
	}
}

// TestTownZone checks a development zone named after a town the gazetteer
// does not list (小蓝经开区), named twice: the zone owns its figures, while
// 省级开发区 is no zone's name.
func TestTownZone(t *testing.T) {
	a := story("南昌县", "小蓝经开区主营业务收入突破1000亿元。去年，小蓝经开区新引进项目71个。全县省级开发区实现税收8亿元。")
	a.Date, a.Year, a.DataYear = "2016-02-15", 2016, 2015
	inds := Extract(a)
	for raw, want := range map[string]string{"1000亿元": "小蓝经开区", "71个": "小蓝经开区", "8亿元": "南昌县"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Region != want {
			t.Errorf("%s: got %+v, want %s", raw, got, want)
		}
	}
}

// TestBreakthroughQualifier checks that 突破 is kept as written (FORMAT.md),
// while 破 reads 超过.
func TestBreakthroughQualifier(t *testing.T) {
	a := story("长沙市", "市场主体总数突破150万户，进出口总额破千亿元。")
	a.Date, a.Year, a.DataYear = "2023-01-10", 2023, 2022
	inds := Extract(a)
	if got := find(inds, "150万户"); len(got) != 1 || got[0].Qualifier != "突破" {
		t.Errorf("150万户: got %+v, want 突破", got)
	}
	b := story("台湾省", "生鲜冷藏水果出口值突破新台币20亿元。")
	b.Date, b.Year, b.DataYear = "2019-05-03", 2019, 2019
	if got := find(Extract(b), "20亿元"); len(got) != 1 || got[0].Qualifier != "突破" {
		t.Errorf("20亿元: got %+v, want 突破 (a currency between)", got)
	}
}

// TestWithoutPinyin checks that the readings a learners' copy prints after
// its characters leave a metric, and an English abbreviation in brackets
// stays.
func TestWithoutPinyin(t *testing.T) {
	for in, want := range map[string]string{
		"外贸(mào)进(jìn)出口总值":  "外贸进出口总值",
		"肉蛋鸡养(yǎng)殖规(guī)模": "肉蛋鸡养殖规模",
		"地区生产总值(GDP)":        "地区生产总值(GDP)",
		"居民消费价格(CPI)上涨":      "居民消费价格(CPI)上涨",
		"新建村卫(wèi)生室":        "新建村卫生室",
	} {
		if got := withoutPinyin(in); got != want {
			t.Errorf("withoutPinyin(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAwardBands checks the bands of investment an award is paid for
// (在10亿—50亿元(不含50亿元)的,奖励20万元): no figures, the awards are.
// Made-up figures.
func TestAwardBands(t *testing.T) {
	inds := Extract(story("华容县", "重大项目信息奖。项目固定资产一次性投资在10亿—50亿元(不含50亿元)的,奖励20万元;二产业项目在3000万元—1亿元(不含1亿元)的,奖励2万元。"))
	for _, raw := range []string{"10亿—50亿元", "50亿元", "3000万元—1亿元", "1亿元"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: got %+v, want no figure (a band)", raw, got)
		}
	}
	for _, raw := range []string{"20万元", "2万元"} {
		if got := find(inds, raw); len(got) != 1 {
			t.Errorf("%s: got %d figures, want the award", raw, len(got))
		}
	}
}

// TestExportDestinationsNoRegion checks places a product is exported to,
// listed right after 出口, are no region of the figures after them.
// Made-up figures.
func TestExportDestinationsNoRegion(t *testing.T) {
	as := parseOne(t, "r.txt", "政府工作报告\n——2023年12月18日在麻阳苗族自治县第八届人民代表大会第三次会议上\n县人民政府县长 胡宏林\n各位代表:\n一、2023年工作回顾\n——开放型经济迈出新步伐。麻阳冰糖橙与15家外贸商会、企业签订出口销售合同1.1亿元,直接出口柬埔寨、俄罗斯等6个国家及香港地区。完成外贸进出口3.87亿元,超年度任务54.8%。\n")
	inds := Extract(as[0])
	if got := find(inds, "3.87亿元"); len(got) != 1 || got[0].Region != "麻阳苗族自治县" {
		t.Errorf("3.87亿元: got %+v, want region 麻阳苗族自治县", got)
	}
}

// TestMetricsOfSession17 checks metrics made after blind95's first run:
// a change against the preliminary figure of a year before borrows its
// subject from the sentence before (较上年同期初步核算值增长了1.53亿元); a
// plant's yearly capacity names its product (年产150万套高档服装); a
// circumstance opening the phrase is no measure (在县委坚强领导下); the
// three sectors listed by ordinal with 次产业 (一、二、三次产业分别完成投资)
// are the three sectors, and their investment no value added; 社会消费品零售额
// is total retail sales. Made-up figures.
func TestMetricsOfSession17(t *testing.T) {
	as := parseOne(t, "m.txt", "怀化市上半年经济运行\n\n2020年8月1日\n\n2020年上半年,怀化市实现GDP758.81亿元,在全省位居第十二位。较上年同期初步核算值增长了1.53亿元,名义增长速度为0.20%。\n\n华鑫科技年产150万套高档服装。在县委坚强领导下实现地区生产总值113.8亿元。\n\n分产业看，全省一、二、三次产业分别完成投资36.53亿元、463.79亿元和722.71亿元。全县社会消费品零售额14.8亿元。\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"1.53亿元": "GDP", "0.20%": "GDP", "150万套": "高档服装", "36.53亿元": "第一产业", "722.71亿元": "第三产业"})
	if got := find(inds, "113.8亿元"); len(got) != 1 || strings.Contains(got[0].Metric, "领导") {
		t.Errorf("113.8亿元: got %+v, want a metric without the circumstance", got)
	}
	if got := find(inds, "36.53亿元"); len(got) == 1 && got[0].Indicator != "" {
		t.Errorf("36.53亿元: indicator %q, want none (investment, not value added)", got[0].Indicator)
	}
	if got := find(inds, "14.8亿元"); len(got) != 1 || got[0].Indicator != "社会消费品零售总额" {
		t.Errorf("14.8亿元: got %+v, want 社会消费品零售总额", got)
	}
}

// TestJoinIndicators checks that JoinIndicators keeps the parts' order and
// returns nil, as ExtractAll did, when they hold no indicator.
func TestJoinIndicators(t *testing.T) {
	if got := JoinIndicators(nil); got != nil {
		t.Errorf("no parts: got %v, want nil", got)
	}
	if got := JoinIndicators([][]data.Indicator{nil, {}}); got != nil {
		t.Errorf("empty parts: got %v, want nil", got)
	}
	parts := [][]data.Indicator{{{Raw: "1"}, {Raw: "2"}}, nil, {{Raw: "3"}}}
	got := JoinIndicators(parts)
	if len(got) != 3 || cap(got) != 3 || got[0].Raw != "1" || got[1].Raw != "2" || got[2].Raw != "3" {
		t.Errorf("got %+v (cap %d), want 1 2 3", got, cap(got))
	}
}

// TestBareTenThousandsOfVisitors checks a count of visitors written with
// its magnitude alone (入境旅客達3,095萬, 自由行客…至85萬): visits, in 人次;
// a bare 万 in a sentence about no visitors stays no figure. Made-up figures.
func TestBareTenThousandsOfVisitors(t *testing.T) {
	inds := Extract(story("澳门特别行政区", "全年入境旅客達3,095萬，按年微增0.8%；自由行客按年增15.4%至85萬。全年投资增长到10万以上。"))
	for raw, want := range map[string]float64{"3,095萬": 30950000, "85萬": 850000} {
		if got := find(inds, raw); len(got) != 1 || got[0].Value != want || got[0].Unit != "人次" {
			t.Errorf("%s: got %+v, want %v 人次", raw, got, want)
		}
	}
	if got := find(inds, "10万以上"); len(got) != 0 {
		t.Errorf("10万以上: got %+v, want no figure", got)
	}
}

// TestCountedSubjectOfMeasure: a count's noun that does the measure after
// it (6个重大产业项目完成投资11.7亿元) keeps its place in the measure; one
// the measure is given to (向1.2万家企业发放资金1亿元) does not. A 规上
// enterprises' output (规上工业企业累计实现产值…增长) is no 规上工业增加值.
// Made-up figures.
func TestCountedSubjectOfMeasure(t *testing.T) {
	inds := Extract(story("道县", "1-6月，6个重大产业项目完成投资11.7亿元，3个重大科技创新项目完成投资1.59亿元；向1.2万家企业发放资金1亿元。全县672家规上工业企业累计实现产值620.37亿元，同比增长11.2%。"))
	wantMetrics(t, inds, map[string]string{"11.7亿元": "重大产业项目完成投资", "1.59亿元": "重大科技创新项目完成投资", "620.37亿元": "规上工业企业累计产值"})
	if got := find(inds, "1亿元"); len(got) != 1 || strings.Contains(got[0].Metric, "企业") {
		t.Errorf("1亿元: got %+v, want 发放资金 without 企业", got)
	}
	if got := find(inds, "11.2%"); len(got) != 1 || got[0].Indicator != "" {
		t.Errorf("11.2%%: got %+v, want no canonical indicator", got)
	}
}

// TestRespectiveItemsSetApartByCommas: a 分别 list whose items hold 、 in
// their own names is written with commas between the items; each figure
// takes its item and the head the last one carries. A list written with 、
// as usual after a clause of its own keeps its items. Made-up figures.
func TestRespectiveItemsSetApartByCommas(t *testing.T) {
	inds := Extract(story("淄博市", "分行业看，其中交通运输、仓储和邮政业，科学研究和技术服务业，水利、环境和公共设施管理业，居民服务、修理和其他服务业营业收入分别增长4.1%、17.7%、4.3%、17.9%。"))
	wantMetrics(t, inds, map[string]string{"4.1%": "交通运输、仓储和邮政业营业收入", "17.7%": "科学研究和技术服务业营业收入", "4.3%": "水利、环境和公共设施管理业营业收入", "17.9%": "居民服务、修理和其他服务业营业收入"})
	inds = Extract(story("某县", "资源经济方面，小春粮油生产稳定，蔬菜、茶叶、鲜切花、水果产量分别增长3.3%、1.0%、10%、8.9%。"))
	wantMetrics(t, inds, map[string]string{"3.3%": "蔬菜", "1.0%": "茶叶", "10%": "鲜切花", "8.9%": "水果产量"})
}

// TestChangeInPersonsOrRate: a change given both ways (月增1萬5000人或
// 0.13%, Taiwan's releases) measures the figure before it in the sentence.
// Made-up figures.
func TestChangeInPersonsOrRate(t *testing.T) {
	inds := Extract(story("台湾省", "主計總處今日公布，11月就業人數為1147萬5000人，月增1萬5000人或0.13%，年增7萬7000人或0.68%。"))
	wantMetrics(t, inds, map[string]string{"1萬5000人": "就业人数月增", "0.13%": "就业人数月增", "7萬7000人": "就业人数年增", "0.68%": "就业人数年增"})
	for _, ind := range inds {
		if strings.HasSuffix(ind.Metric, "或") {
			t.Errorf("%s: metric %q ends in 或", ind.Raw, ind.Metric)
		}
	}
}

// TestAwardConditionFloors: floors in the condition 对 opens before an
// award later in the sentence (对游客50人以上的省外来晋包机，游览1个以上A级
// 收费景区，每人每住一晚奖励60元) bound who qualifies: no figures; the award
// is one. A floor reached with no award after it stays. Made-up figures.
func TestAwardConditionFloors(t *testing.T) {
	inds := Extract(story("山西省", "包机奖，对游客50人以上的省外来晋包机，游览1个以上A级收费景区，每人每住一晚奖励60元。全省接待游客300万人次以上。"))
	for _, raw := range []string{"50人以上", "1个以上"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: got %+v, want no figure (a condition of the award)", raw, got)
		}
	}
	for _, raw := range []string{"60元", "300万人次以上"} {
		if got := find(inds, raw); len(got) != 1 {
			t.Errorf("%s: got %+v, want one figure", raw, got)
		}
	}
}

// TestSectorRatioKeepsTheTextsWords: each share of a three-sector ratio
// is named by its sector and by what the ratio is known as, with the
// words the text itself names it by (一、二、三产业的比重, 三产比).
// Made-up figures.
func TestSectorRatioKeepsTheTextsWords(t *testing.T) {
	inds := Extract(story("汨罗市", "一、二、三产业的比重为22∶57∶21。三产比为6.3:35.5:58.2。三次产业结构为1.4:36.3:62.3。"))
	wantMetrics(t, inds, map[string]string{"22": "第一产业占比（三次产业结构：产业的比重）", "58.2": "第三产业占比（三次产业结构：三产比）", "1.4": "第一产业占比（三次产业结构）"})
}
