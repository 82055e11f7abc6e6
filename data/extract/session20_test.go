package extract

import (
	"strings"
	"testing"

	"zhibiao/data"
)

// TestSummaryInPointsByYear checks a work report's summary in points
// under lines of a year and a colon: results under 2020年成就：, targets of
// 2021 under 2021年目标：.
func TestSummaryInPointsByYear(t *testing.T) {
	as := parseOne(t, "r.txt", "陕西日报 2021年1月27日\n\n政府工作报告要点\n\n1月26日上午，陕西省第十三届人民代表大会第五次会议在西安开幕，省长作政府工作报告。\n"+
		"2020年成就：\n固定资产投资增长4.1%\n城镇新增就业43.2万人\n2021年目标：\n生产总值增长6.5%左右\n城镇新增就业40万人\n")
	inds := Extract(as[0])
	for _, tt := range []struct{ raw, start, status string }{
		{"4.1%", "2020-01-01", data.StatusResult},
		{"43.2万人", "2020-01-01", data.StatusResult},
		{"6.5%左右", "2021-01-01", data.StatusTarget},
		{"40万人", "2021-01-01", data.StatusTarget},
	} {
		got := find(inds, tt.raw)
		if len(got) != 1 || got[0].PeriodStart != tt.start || got[0].PeriodKind != data.PeriodYear || got[0].Status != tt.status {
			t.Errorf("%s: got %+v, want year from %s, %s", tt.raw, got, tt.start, tt.status)
		}
	}
}

// TestRespectivelyAfterFiguresAndListedSectors checks two 分别 lists: one
// with no words of its own before 分别, whose figures measure the figures
// of the clauses before, one by one; one of the three sectors listed by
// their ordinals without 第 (一、二、三产业), which is no heading's number.
func TestRespectivelyAfterFiguresAndListedSectors(t *testing.T) {
	inds := Extract(story("佳木斯市", "去年，全市地区生产总值达到1012亿元、固定资产投资完成227.5亿元、社会消费品零售总额实现540.3亿元，分别是建国初期的616倍、1098倍、640倍。"+
		"全市地区生产总值314.1亿元，其中，一、二、三产业增加值分别为37.8亿元、44.9亿元和231.4亿元，分别增长2.2%、4.0%和7.7%。"))
	wantMetrics(t, inds, map[string]string{
		"616倍": "地区生产总值", "1098倍": "固定资产投资", "640倍": "社会消费品零售总额",
		"37.8亿元": "第一产业增加值", "44.9亿元": "第二产业增加值", "231.4亿元": "第三产业增加值",
		"2.2%": "第一产业增加值", "7.7%": "第三产业增加值",
	})
	for raw, ind := range map[string]string{"37.8亿元": "第一产业增加值", "231.4亿元": "服务业增加值", "4.0%": "第二产业增加值增速"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != ind {
			t.Errorf("%s: got %+v, want indicator %s", raw, got, ind)
		}
	}
	// a bare list of thresholds before 分别 measures nothing
	inds = Extract(story("花都区", "对年销售额首次突破10亿元、20亿元的限额以上批发零售企业，分别给予50万元、100万元一次性奖励。"))
	for _, raw := range []string{"50万元", "100万元"} {
		if got := find(inds, raw); len(got) == 1 && (got[0].Metric == "年销售额首次突破" || got[0].Metric == "") {
			t.Errorf("%s: metric %q taken from a threshold", raw, got[0].Metric)
		}
	}
}

// TestIncomeAndPMIIndicators checks canonical indicators for the forms
// 城镇人均可支配收入 (居民 left out), 每人平均, 制造业…PMI, and that a
// sector's private economy is no sector's value added.
func TestIncomeAndPMIIndicators(t *testing.T) {
	for _, tt := range []struct{ metric, unit, want string }{
		{"城镇人均可支配收入", "元", "城镇居民人均可支配收入"},
		{"农村人均可支配收入增长", "%", "农村居民人均可支配收入增速"},
		{"城镇居民每人平均可支配收入", "元", "城镇居民人均可支配收入"},
		{"居民每人平均可支配收入", "元", "居民人均可支配收入"},
		{"制造业重点企业PMI", "点", "制造业采购经理指数"},
		{"第一产业民营经济增加值", "元", ""},
		{"第二产业民营经济增加值增速", "%", ""},
		{"第一产业增加值", "元", "第一产业增加值"},
	} {
		d, ok := tables().canonical(tt.metric, tt.unit)
		got := ""
		if ok && d.Name != "-" {
			got = d.Name // (a row named - stops the search: no indicator)
		}
		if got != tt.want {
			t.Errorf("%s (%s): got %q, want %q", tt.metric, tt.unit, got, tt.want)
		}
	}
}

// TestRanksAndStepsAreNoCounts checks that the count a rank is taken among
// (全国36个大中城市中列第30位, 全省66个县(市)首位), a rank's 前3名 and a
// 台阶 read as the unit 台 give no figure, while counts beside them stay.
func TestRanksAndStepsAreNoCounts(t *testing.T) {
	inds := Extract(story("温州市", "居民消费价格上涨2.1%，在全国36个大中城市中列第30位，全省11个城市中列第5位。"+
		"全市国内生产总值实现84.3亿元，居全省66个县(市)首位。12项主要经济指标有7项位居全州前三。"+
		"赴韩国旅客人数跌出前3名。GDP迈上千亿台阶，总量达1040亿元。全市新建5G基站36个，新增规上企业11个。"))
	for _, raw := range []string{"36个", "11个", "66个", "7项", "3名", "千亿台"} {
		for _, ind := range find(inds, raw) {
			if !strings.Contains(ind.Sentence, "基站") && !strings.Contains(ind.Sentence, "规上企业") {
				t.Errorf("%s: got %+v, want no figure", raw, ind)
			}
		}
	}
	for _, raw := range []string{"2.1%", "84.3亿元", "1040亿元"} {
		if len(find(inds, raw)) != 1 {
			t.Errorf("%s: missing", raw)
		}
	}
	inds = Extract(story("温州市", "全市新建5G基站36个。全市新增规上企业11个，居全省第3位。"))
	for _, raw := range []string{"36个", "11个"} {
		if len(find(inds, raw)) != 1 {
			t.Errorf("%s: a count before its own rank lost: %+v", raw, inds)
		}
	}
}

// TestRespectivelyAfterSubjectList checks a 分别 list whose items open the
// clause before it, up to 为 (东盟、香港…为广东前五大贸易伙伴，分别增长…).
func TestRespectivelyAfterSubjectList(t *testing.T) {
	inds := Extract(story("广东省", "前4个月，广东进出口2.7万亿元。其中，东盟、香港、美国、欧盟和台湾为广东前五大贸易伙伴，分别增长7.2%、17.5%、9.6%、4.1%和16.3%。"))
	wantMetrics(t, inds, map[string]string{"7.2%": "东盟", "17.5%": "香港", "9.6%": "美国", "4.1%": "欧盟", "16.3%": "台湾"})
}

// TestRateWordAloneAndRewardsAfter checks that 年增率 alone names no
// measure (工业生产指数为137.86，年增率12.1%: the index's), and that a
// policy's amount or rate ends its measure with the reward named right after
// it, which is no canonical indicator (按新增固定资产投资额的5%给予奖励).
func TestRateWordAloneAndRewardsAfter(t *testing.T) {
	inds := Extract(story("台湾省", "经济部公布11月工业生产指数为137.86，年增率12.1%，连续第22个月成长。"))
	wantMetrics(t, inds, map[string]string{"12.1%": "工业生产指数"})
	inds = Extract(story("鞍山市", "对新认定的国家高新技术企业，每家给予20万元奖励；对新引进的博士，每人每月领取6000元生活补助；对营业收入突破亿元的工业企业，按不超过年度新增实际固定资产投资额的5%给予奖励。"))
	wantMetrics(t, inds, map[string]string{"20万元": "奖励", "6000元": "生活补助", "5%": "奖励"})
	for _, ind := range inds {
		if ind.Indicator != "" {
			t.Errorf("%s: indicator %q for a reward", ind.Raw, ind.Indicator)
		}
	}
}

// TestRespectivelyAfterListOfClauseBefore checks a 分别 list with a measure
// of its own before 分别 and the items in the clause before it (汽车、烟草、
// 电力三大行业支撑作用明显，对全省增长的贡献率分别为…).
func TestRespectivelyAfterListOfClauseBefore(t *testing.T) {
	inds := Extract(story("湖北省", "规模以上工业增加值增长8.2%。汽车、烟草、电力三大行业支撑作用明显，对全省增长的贡献率分别为16.7%、8.4%、8.1%。新能源汽车、民用无人机、印制电路板表现最为抢眼，产量分别增长50.0%、60.0%、102.5%。"))
	wantMetrics(t, inds, map[string]string{"16.7%": "汽车", "8.4%": "烟草", "8.1%": "电力", "50.0%": "新能源汽车", "60.0%": "民用无人机", "102.5%": "印制电路板"})
	for _, raw := range []string{"16.7%", "102.5%"} {
		if got := find(inds, raw); len(got) != 1 || !strings.Contains(got[0].Metric, "贡献率") && !strings.Contains(got[0].Metric, "产量") {
			t.Errorf("%s: got %+v, want the measure too", raw, got)
		}
	}
}

// TestGoldMetricWordsApart checks the gold scorer: a gold metric whose
// words are set apart by spaces wants each of them, in order.
func TestGoldMetricWordsApart(t *testing.T) {
	for _, tt := range []struct {
		metric, gold string
		want         bool
	}{
		{"汽车对全省增长的贡献率", "汽车 贡献率", true},
		{"汽车对全省增长的贡献率", "汽车贡献率", false},
		{"对全省增长的贡献率", "汽车 贡献率", false},
		{"贡献率汽车", "汽车 贡献率", false},
		{"地区生产总值", "地区生产总值", true},
	} {
		if got := containsWords(tt.metric, tt.gold); got != tt.want {
			t.Errorf("containsWords(%q, %q) = %v, want %v", tt.metric, tt.gold, got, tt.want)
		}
	}
}

// TestEstimateOpensDashList checks that 预计 opening the first line of a
// list marked with dashes, its lines ending in ；, makes every figure of the
// list an estimate, and that a list whose first line has none stays results.
func TestEstimateOpensDashList(t *testing.T) {
	text := "2006年，市政府带领全市人民，圆满完成了各项任务。\n——预计全市地区生产总值实现2482.5亿元，增长16.5%；\n——全社会固定资产投资完成1790.3亿元，增长31.3%；\n——社会消费品零售总额实现1048.7亿元，增长14.6%。\n"
	inds := Extract(story("沈阳市", text))
	for _, raw := range []string{"2482.5亿元", "1790.3亿元", "31.3%", "1048.7亿元"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusEstimate {
			t.Errorf("%s: got %+v, want an estimate", raw, got)
		}
	}
	inds = Extract(story("沈阳市", strings.Replace(text, "预计", "", 1)))
	if got := find(inds, "1790.3亿元"); len(got) != 1 || got[0].Status != data.StatusResult {
		t.Errorf("no 预计: got %+v, want a result", got)
	}
}

// TestChangeVerbAfterItsSubjectsClause checks a change said with its verb
// alone after a clause that names its subject and holds no figure
// (蛋类受供给减少及饲养成本提高影响，涨25.05%).
func TestChangeVerbAfterItsSubjectsClause(t *testing.T) {
	inds := Extract(story("台湾省", "消费者物价指数上涨3.38%。蛋类受供给减少及饲养成本提高影响，涨25.05%，肉类亦因饲养成本提高，涨5.75%。"))
	wantMetrics(t, inds, map[string]string{"25.05%": "蛋类", "5.75%": "肉类"})
}

// TestEstimateListGoesOnInItsParagraph checks that in a work report the
// estimate a 预计 list of ；-joined parts opens goes on to the paragraph's
// next sentence, unless that says what is done already (目前已…).
func TestEstimateListGoesOnInItsParagraph(t *testing.T) {
	as := parseOne(t, "r.txt", "2020年来凤县人民政府工作报告\n——2019年12月24日在来凤县第十七届人民代表大会第六次会议上\n\n"+
		"2019年，我们坚持稳中求进。预计全年实现地区生产总值78.5亿元，同比增长6.3%；全社会固定资产投资同比增长16%；社会消费品零售总额实现49亿元，增长11%。"+
		"城镇、农村常住居民人均可支配收入29973元、11206元，同比分别增长8%、9%；金融机构年末存款余额达到108.4亿元。目前已建成农村公路120公里。\n")
	inds := Extract(as[0])
	for _, raw := range []string{"78.5亿元", "49亿元", "29973元", "108.4亿元"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Status != data.StatusEstimate {
			t.Errorf("%s: got %+v, want an estimate", raw, got)
		}
	}
	if got := find(inds, "120公里"); len(got) != 1 || got[0].Status != data.StatusResult {
		t.Errorf("120公里: got %+v, want a result", got)
	}
}
