package extract

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"zhibiao/data"
)

// tableStory builds a one-story article of the given lines, one paragraph
// per line, as the loader gives it (the tables below are made up for the
// tests).
func tableStory(home, title string, lines ...string) *data.Article {
	a := &data.Article{File: "t.txt", Title: title, Date: "2024-03-20", Year: 2024, Region: home, Text: strings.Join(lines, "\n")}
	a.DataYear = a.Year
	if y := data.HeadlineYear(title); y != 0 && y <= a.Year {
		a.DataYear = y // as the loader sets it
	}
	return paragraphs(a)
}

// cellWant is what one table figure should be.
type cellWant struct {
	raw       string
	value     float64
	unit      string
	metric    string // must be contained in the metric
	indicator string
	region    string
	start     string // period
	end       string
	kind      string
	status    string // "" for a result
}

func checkCells(t *testing.T, name string, a *data.Article, wants []cellWant, n int) {
	t.Helper()
	inds := Extract(a)
	checkOffsets(t, a, inds)
	if len(inds) != n {
		for _, ind := range inds {
			t.Logf("%s: %q %g %s %q [%s] %s %s..%s", name, ind.Raw, ind.Value, ind.Unit, ind.Metric, ind.Indicator, ind.Region, ind.PeriodStart, ind.PeriodEnd)
		}
		t.Errorf("%s: %d indicators, want %d", name, len(inds), n)
	}
	if !slices.IsSortedFunc(inds, func(a, b data.Indicator) int { return a.Start - b.Start }) {
		t.Errorf("%s: indicators not in text order", name)
	}
	used := map[int]bool{}
	for _, w := range wants {
		k := slices.IndexFunc(inds, func(ind data.Indicator) bool { return ind.Raw == w.raw && !used[ind.Start] })
		if k < 0 {
			t.Errorf("%s: no figure %q", name, w.raw)
			continue
		}
		g := inds[k]
		used[g.Start] = true
		if math.Abs(g.Value-w.value) > 1e-9*math.Max(1, math.Abs(w.value)) || g.Unit != w.unit {
			t.Errorf("%s %s: value %g %s, want %g %s", name, w.raw, g.Value, g.Unit, w.value, w.unit)
		}
		if !strings.Contains(g.Metric, w.metric) || g.Indicator != w.indicator {
			t.Errorf("%s %s: metric %q [%s], want ⊇%q [%s]", name, w.raw, g.Metric, g.Indicator, w.metric, w.indicator)
		}
		if g.Region != w.region {
			t.Errorf("%s %s: region %q, want %q", name, w.raw, g.Region, w.region)
		}
		if w.kind != "" && (g.PeriodStart != w.start || g.PeriodEnd != w.end || g.PeriodKind != w.kind) {
			t.Errorf("%s %s: period %s..%s %s, want %s..%s %s", name, w.raw, g.PeriodStart, g.PeriodEnd, g.PeriodKind, w.start, w.end, w.kind)
		}
		if g.Status != firstNonEmpty(w.status, data.StatusResult) || g.Target != (g.Status == data.StatusTarget) || !strings.Contains(g.Sentence, w.raw) {
			t.Errorf("%s %s: status %s, sentence %q", name, w.raw, g.Status, g.Sentence)
		}
	}
}

func TestExtractTableShapes(t *testing.T) {
	y23 := func(c cellWant) cellWant {
		c.start, c.end, c.kind = "2023-01-01", "2023-12-31", data.PeriodYear
		return c
	}
	tests := []struct {
		name  string
		a     *data.Article
		n     int
		wants []cellWant
	}{
		{
			// Pipe rows; rank column; unit line between title and table;
			// regions as rows, a total row; an empty cell; a negative cell.
			"pipe", tableStory("成都市", "成都市投资运行情况",
				"全市投资保持平稳，分区情况见下表。",
				"表3 2023年成都市部分区固定资产投资",
				"单位：亿元",
				"序号 | 地区 | 固定资产投资 | 同比增长(%)",
				"1 | 武侯区 | 412.6 | 5.3",
				"2 | 锦江区 | 298.4 | -2.1",
				"3 | 青羊区 | —— | 4.0",
				"— | 全市 | 2310.7 | 3.9"),
			7, []cellWant{
				y23(cellWant{"412.6", 41260000000, "元", "固定资产投资", "固定资产投资", "武侯区", "", "", "", ""}),
				y23(cellWant{"5.3", 5.3, "%", "同比增长", "固定资产投资增速", "武侯区", "", "", "", ""}),
				y23(cellWant{"-2.1", -2.1, "%", "同比增长", "固定资产投资增速", "锦江区", "", "", "", ""}),
				y23(cellWant{"4.0", 4, "%", "同比增长", "固定资产投资增速", "青羊区", "", "", "", ""}),
				y23(cellWant{"2310.7", 231070000000, "元", "固定资产投资", "固定资产投资", "成都市", "", "", "", ""}),
			},
		},
		{
			// Markdown rows with a separator; years as rows; the region
			// from the title.
			"markdown", tableStory("", "财政收入稳步增长",
				"即墨区近三年一般公共预算收入",
				"| 年份 | 一般公共预算收入（亿元） | 增长（%） |",
				"|:---|---:|---:|",
				"| 2021年 | 86.5 | 7.2 |",
				"| 2022年 | 90.1 | 4.2 |"),
			4, []cellWant{
				{"86.5", 8650000000, "元", "一般公共预算收入", "一般公共预算收入", "即墨区", "2021-01-01", "2021-12-31", data.PeriodYear, ""},
				{"7.2", 7.2, "%", "增长", "一般公共预算收入增速", "即墨区", "2021-01-01", "2021-12-31", data.PeriodYear, ""},
				{"90.1", 9010000000, "元", "一般公共预算收入", "一般公共预算收入", "即墨区", "2022-01-01", "2022-12-31", data.PeriodYear, ""},
				{"4.2", 4.2, "%", "增长", "一般公共预算收入增速", "即墨区", "2022-01-01", "2022-12-31", data.PeriodYear, ""},
			},
		},
		{
			// Tab-separated columns; indicators as rows, a # sub-row; the
			// unit in the title; 本月 and 本年累计 against the title's month.
			"tab", tableStory("青岛市", "青岛市5月消费市场",
				"2022年5月社会消费品零售情况（单位：万元）",
				"指标\t本月\t本年累计\t同比增长%",
				"社会消费品零售总额\t523100\t2456000\t-3.2",
				"  #限额以上消费品零售额\t210500\t987000\t1.5"),
			6, []cellWant{
				{"523100", 5231000000, "元", "社会消费品零售总额", "社会消费品零售总额", "青岛市", "2022-05-01", "2022-05-31", data.PeriodMonth, ""},
				{"2456000", 24560000000, "元", "社会消费品零售总额", "社会消费品零售总额", "青岛市", "2022-01-01", "2022-05-31", data.PeriodYTD, ""},
				{"-3.2", -3.2, "%", "社会消费品零售总额", "社会消费品零售总额增速", "青岛市", "", "", "", ""},
				{"210500", 2105000000, "元", "限额以上消费品零售额", "限额以上消费品零售额", "青岛市", "2022-05-01", "2022-05-31", data.PeriodMonth, ""},
				{"1.5", 1.5, "%", "限额以上消费品零售额", "限额以上消费品零售额增速", "青岛市", "", "", "", ""},
			},
		},
		{
			// Columns aligned with ideographic spaces; units in the row
			// labels.
			"spaced", tableStory("", "经济运行简况",
				"2023年青岛市主要经济指标",
				"主要指标　　　　　　　　数值　　　　增长（%）",
				"地区生产总值（亿元）　　15760.3　　　5.9",
				"城镇居民人均可支配收入（元）　　65751　　　4.9"),
			4, []cellWant{
				y23(cellWant{"15760.3", 1576030000000, "元", "地区生产总值", "地区生产总值", "青岛市", "", "", "", ""}),
				y23(cellWant{"5.9", 5.9, "%", "地区生产总值", "地区生产总值增速", "青岛市", "", "", "", ""}),
				y23(cellWant{"65751", 65751, "元", "城镇居民人均可支配收入", "城镇居民人均可支配收入", "青岛市", "", "", "", ""}),
				y23(cellWant{"4.9", 4.9, "%", "城镇居民人均可支配收入", "城镇居民人均可支配收入增速", "青岛市", "", "", "", ""}),
			},
		},
		{
			// Columns aligned with two or more ASCII spaces; regions as
			// columns.
			"spaced-ascii", tableStory("青岛市", "两区对比",
				"2023年两区主要指标",
				"指标              即墨区      城阳区",
				"地区生产总值(亿元)  1565.3      1302.8",
				"新增城镇就业(万人)  1.9         2.3"),
			4, []cellWant{
				y23(cellWant{"1565.3", 156530000000, "元", "地区生产总值", "地区生产总值", "即墨区", "", "", "", ""}),
				y23(cellWant{"1302.8", 130280000000, "元", "地区生产总值", "地区生产总值", "城阳区", "", "", "", ""}),
				y23(cellWant{"1.9", 19000, "人", "新增城镇就业", "新增就业", "即墨区", "", "", "", ""}),
				y23(cellWant{"2.3", 23000, "人", "新增城镇就业", "新增就业", "城阳区", "", "", "", ""}),
			},
		},
		{
			// 指标：数值 lines, full-width and ASCII colons; a scope word;
			// an index without a unit; a growth line after its level.
			"kv", tableStory("即墨区", "即墨区经济运行",
				"2023年即墨区主要指标",
				"全区地区生产总值：1565.3亿元",
				"地区生产总值增长：6.1%",
				"规模以上工业增加值增速：5.8%",
				"城镇新增就业:1.2万人",
				"居民消费价格指数（上年=100）：101.8"),
			5, []cellWant{
				y23(cellWant{"1565.3亿元", 156530000000, "元", "地区生产总值", "地区生产总值", "即墨区", "", "", "", ""}),
				y23(cellWant{"6.1%", 6.1, "%", "地区生产总值", "地区生产总值增速", "即墨区", "", "", "", ""}),
				y23(cellWant{"5.8%", 5.8, "%", "规模以上工业增加值", "规上工业增加值增速", "即墨区", "", "", "", ""}),
				y23(cellWant{"1.2万人", 12000, "人", "城镇新增就业", "新增就业", "即墨区", "", "", "", ""}),
				y23(cellWant{"101.8", 101.8, "点", "居民消费价格指数", "", "即墨区", "", "", "", ""}),
			},
		},
		{
			// 指标：数值 lines with periods of their own; a change without
			// one has the period of the line before.
			"kv-periods", tableStory("青岛市", "青岛市2024年1-2月工业运行",
				"其他指标",
				"规模以上工业企业营业收入（1-2月）：1520.4亿元",
				"营业收入累计增速：3.5%",
				"规模以上工业企业个数（2月末）：5123个"),
			3, []cellWant{
				{"1520.4亿元", 152040000000, "元", "营业收入", "", "青岛市", "2024-01-01", "2024-02-29", data.PeriodYTD, ""},
				{"3.5%", 3.5, "%", "营业收入", "", "青岛市", "2024-01-01", "2024-02-29", data.PeriodYTD, ""},
				{"5123个", 5123, "个", "规模以上工业企业个数", "规上工业企业总数", "青岛市", "", "2024-02-29", data.PeriodAsOf, ""},
			},
		},
		{
			// A table of a registered population by its parts (…户籍人口数及构成,
			// 及 without 其): each row is that population's part.
			"registered-population", tableStory("青岛市", "青岛市人口",
				"表1　2023年末户籍人口数及构成",
				"指标 | 年末数(万人) | 比重(%)",
				"城镇 | 12.51 | 28.48"),
			2, []cellWant{
				{"12.51", 125100, "人", "城镇户籍人口", "", "青岛市", "", "2023-12-31", data.PeriodAsOf, ""},
				{"28.48", 28.48, "%", "城镇户籍人口比重", "", "青岛市", "", "2023-12-31", data.PeriodAsOf, ""},
			},
		},
		{
			// A yearbook's bilingual table: a unit column and an English
			// gloss the header does not have (项目 | Item | 2020 | 2021).
			"bilingual", tableStory("青岛市", "主要指标",
				"附2 主要指标",
				"项    目                      Item                                                2022         2023",
				"年末常住人口          (万人)   Year-end Population (10000 persons)                1034         1037",
				"进口总值          (亿美元) Total Imports (100 million dollar)   395.6   497.7"),
			4, []cellWant{
				{"1034", 10340000, "人", "常住人口", "常住人口", "青岛市", "", "", "", ""},
				{"1037", 10370000, "人", "常住人口", "常住人口", "青岛市", "", "", "", ""},
				{"395.6", 39560000000, "美元", "进口总值", "进口额", "青岛市", "", "", "", ""},
				{"497.7", 49770000000, "美元", "进口总值", "进口额", "青岛市", "", "", "", ""},
			},
		},
		{
			// A rate per thousand on a 指标：数值 line keeps its ‰.
			"kv-permille", tableStory("青岛市", "青岛市人口",
				"2023年人口",
				"人口出生率：10.89‰",
				"自然增长率：5.02‰"),
			2, []cellWant{
				y23(cellWant{"10.89‰", 10.89, "‰", "人口出生率", "", "青岛市", "", "", "", ""}),
				y23(cellWant{"5.02‰", 5.02, "‰", "自然增长率", "", "青岛市", "", "", "", ""}),
			},
		},
		{
			// A column of shares beside a column of year-end stocks
			// stands at the same date.
			"stock-shares", tableStory("青岛市", "青岛市人口",
				"表1　2023年人口数及其构成（单位：人）",
				"指标 | 年末数 | 比重%",
				"城镇 | 1821990 | 54.14"),
			2, []cellWant{
				{"1821990", 1821990, "人", "城镇", "", "青岛市", "", "2023-12-31", data.PeriodAsOf, ""},
				{"54.14", 54.14, "%", "城镇", "常住人口城镇化率", "青岛市", "", "2023-12-31", data.PeriodAsOf, ""},
			},
		},
		{
			// A table of shares (…构成) with a column of changes in
			// percentage points.
			"shares", tableStory("青岛市", "产业结构",
				"2023年地区生产总值构成（单位：%）",
				"产业\t比重\t比上年增减百分点",
				"第一产业\t3.2\t-0.1",
				"第三产业\t63.9\t0.8"),
			4, []cellWant{
				y23(cellWant{"3.2", 3.2, "%", "第一产业", "", "青岛市", "", "", "", ""}),
				y23(cellWant{"-0.1", -0.1, "个百分点", "第一产业", "", "青岛市", "", "", "", ""}),
				y23(cellWant{"63.9", 63.9, "%", "第三产业", "服务业增加值占比", "青岛市", "", "", "", ""}),
				y23(cellWant{"0.8", 0.8, "个百分点", "第三产业", "", "青岛市", "", "", "", ""}),
			},
		},
		{
			// Regions by their short forms, which the text's city makes
			// regions.
			"short-regions", tableStory("青岛市", "区市经济",
				"2023年青岛市各区市地区生产总值",
				"区市 | 地区生产总值（亿元）",
				"即墨 | 1565.3",
				"城阳 | 1302.8"),
			2, []cellWant{
				y23(cellWant{"1565.3", 156530000000, "元", "地区生产总值", "地区生产总值", "即墨区", "", "", "", ""}),
				y23(cellWant{"1302.8", 130280000000, "元", "地区生产总值", "地区生产总值", "城阳区", "", "", "", ""}),
			},
		},
		{
			// Quarters and halves as rows; the unit in the title.
			"quarters", tableStory("", "经济运行",
				"2023年即墨区分季度地区生产总值（亿元）",
				"季度\t地区生产总值\t同比增长(%)",
				"一季度\t380.2\t5.1",
				"上半年\t770.5\t5.6"),
			4, []cellWant{
				{"380.2", 38020000000, "元", "地区生产总值", "地区生产总值", "即墨区", "2023-01-01", "2023-03-31", data.PeriodQuarter, ""},
				{"5.1", 5.1, "%", "同比增长", "地区生产总值增速", "即墨区", "2023-01-01", "2023-03-31", data.PeriodQuarter, ""},
				{"770.5", 77050000000, "元", "地区生产总值", "地区生产总值", "即墨区", "2023-01-01", "2023-06-30", data.PeriodHalf, ""},
			},
		},
		{
			// A column of last year's figures (上年同期), a 其中 row, a
			// column of goals.
			"prev-and-goals", tableStory("城阳区", "城阳区财政收入",
				"2023年1-6月财政收支（单位：亿元）",
				"指标\t本期\t上年同期\t增长%\t全年目标",
				"一般公共预算收入\t45.6\t42.1\t8.3\t95",
				"其中：税收收入\t30.2\t28.0\t7.9\t——"),
			7, []cellWant{
				{"45.6", 4560000000, "元", "一般公共预算收入", "一般公共预算收入", "城阳区", "2023-01-01", "2023-06-30", data.PeriodYTD, ""},
				{"42.1", 4210000000, "元", "一般公共预算收入", "一般公共预算收入", "城阳区", "2022-01-01", "2022-06-30", data.PeriodYTD, ""},
				{"8.3", 8.3, "%", "一般公共预算收入", "一般公共预算收入增速", "城阳区", "2023-01-01", "2023-06-30", data.PeriodYTD, ""},
				{"95", 9500000000, "元", "一般公共预算收入", "一般公共预算收入", "城阳区", "", "", "", data.StatusTarget},
				{"30.2", 3020000000, "元", "税收收入", "税收收入", "城阳区", "2023-01-01", "2023-06-30", data.PeriodYTD, ""},
				{"7.9", 7.9, "%", "税收收入", "税收收入增速", "城阳区", "", "", "", ""},
			},
		},
		{
			// A header row of bare years with the corner cell left out.
			"years-header", tableStory("即墨区", "即墨区财政",
				"即墨区税收收入（亿元）",
				"2022\t2023",
				"税收收入\t70.2\t75.6"),
			2, []cellWant{
				{"70.2", 7020000000, "元", "税收收入", "税收收入", "即墨区", "2022-01-01", "2022-12-31", data.PeriodYear, ""},
				{"75.6", 7560000000, "元", "税收收入", "税收收入", "即墨区", "2023-01-01", "2023-12-31", data.PeriodYear, ""},
			},
		},
		{
			// A yearbook's table: its unit line with an English gloss,
			// English header lines, and a group header over two columns
			// each (数值 | 比上年增长(%) under each of two groups).
			"group-header", tableStory("福州市", "城乡居民人均可支配收入(2018年)",
				"Annual Per Capita Disposable Income (2018)",
				"单位:元 (yuan)",
				"项目 Item                      城镇居民人均可支配收入          农村居民人均可支配收入",
				"                               数值     比上年增长(%)           数值     比上年增长(%)",
				"                               Value    Ratio(%)               Value    Ratio(%)",
				"  鼓楼区    Gulou          52410    9.0                    -        -",
				"  马尾区    Mawei          49048    8.6                    25169    8.7"),
			6, []cellWant{
				{"52410", 52410, "元", "城镇居民人均可支配收入", "城镇居民人均可支配收入", "鼓楼区", "2018-01-01", "2018-12-31", data.PeriodYear, ""},
				{"9.0", 9, "%", "城镇居民人均可支配收入比上年增长", "城镇居民人均可支配收入增速", "鼓楼区", "2018-01-01", "2018-12-31", data.PeriodYear, ""},
				{"49048", 49048, "元", "城镇居民人均可支配收入", "城镇居民人均可支配收入", "马尾区", "2018-01-01", "2018-12-31", data.PeriodYear, ""},
				{"8.6", 8.6, "%", "城镇居民人均可支配收入比上年增长", "城镇居民人均可支配收入增速", "马尾区", "2018-01-01", "2018-12-31", data.PeriodYear, ""},
				{"25169", 25169, "元", "农村居民人均可支配收入", "农村居民人均可支配收入", "马尾区", "2018-01-01", "2018-12-31", data.PeriodYear, ""},
				{"8.7", 8.7, "%", "农村居民人均可支配收入比上年增长", "农村居民人均可支配收入增速", "马尾区", "2018-01-01", "2018-12-31", data.PeriodYear, ""},
			},
		},
		{
			// A table with no unit whose first cell the lead gives in 亿元,
			// written with one decimal fewer (32200.1亿元 / 32200.10): the
			// column's unit, and the other years' of the same measure.
			"unit-from-lead", tableStory("江西省", "江西各地级市GDP",
				"2023年江西省地区生产总值32200.1亿元，同比增长4.1%。",
				"",
				"年份/各地级市 | 2023年GDP | 2022年GDP |",
				"江西省 | 32200.10 | 32074.70 |",
				"南昌市 | 7324.46 | 7203.50 |"),
			6, []cellWant{
				{"32200.10", 3220010000000, "元", "GDP", "地区生产总值", "江西省", "2023-01-01", "2023-12-31", data.PeriodYear, ""},
				{"32074.70", 3207470000000, "元", "GDP", "地区生产总值", "江西省", "2022-01-01", "2022-12-31", data.PeriodYear, ""},
				{"7324.46", 732446000000, "元", "GDP", "地区生产总值", "南昌市", "2023-01-01", "2023-12-31", data.PeriodYear, ""},
				{"7203.50", 720350000000, "元", "GDP", "地区生产总值", "南昌市", "2022-01-01", "2022-12-31", data.PeriodYear, ""},
			},
		},
		{
			// A month's column and its change, then January to that month
			// (1-本月) and its change: the second pair is the year so far.
			"month-and-ytd", tableStory("上海市", "2022年9月社会消费品零售总额",
				"社会消费品零售总额",
				"2022年9月",
				"",
				"指标 | 本月 | 比去年同月增长(%) | 1-本月 | 比去年同期增长(%)",
				"社会消费品零售总额(亿元) | 1478.53 | 0.3 | 11864.63 | -10.7"),
			4, []cellWant{
				{"1478.53", 147853000000, "元", "社会消费品零售总额", "社会消费品零售总额", "上海市", "2022-09-01", "2022-09-30", data.PeriodMonth, ""},
				{"0.3", 0.3, "%", "社会消费品零售总额", "社会消费品零售总额增速", "上海市", "2022-09-01", "2022-09-30", data.PeriodMonth, ""},
				{"11864.63", 1186463000000, "元", "社会消费品零售总额", "社会消费品零售总额", "上海市", "2022-01-01", "2022-09-30", data.PeriodYTD, ""},
				{"-10.7", -10.7, "%", "社会消费品零售总额", "社会消费品零售总额增速", "上海市", "2022-01-01", "2022-09-30", data.PeriodYTD, ""},
			},
		},
	}
	for _, tt := range tests {
		checkCells(t, tt.name, tt.a, tt.wants, tt.n)
	}
}

// TestExtractTableWithText checks that figures of a table and of the text
// around it come out together in text order, and that the text pass makes
// no figures of table lines.
func TestExtractTableWithText(t *testing.T) {
	a := tableStory("城阳区", "城阳区稳就业",
		"今年以来，城阳区新增城镇就业1.2万人。",
		"项目 | 金额",
		"稳岗返还 | 1200万元",
		"创业担保贷款 | 3.5亿元",
		"全年发放创业补贴860万元。")
	inds := Extract(a)
	checkOffsets(t, a, inds)
	var raws []string
	for _, ind := range inds {
		raws = append(raws, ind.Raw)
		if strings.ContainsAny(ind.Metric, "|+") {
			t.Errorf("%s: metric %q", ind.Raw, ind.Metric)
		}
	}
	if want := []string{"1.2万人", "1200万元", "3.5亿元", "860万元"}; !slices.Equal(raws, want) {
		t.Fatalf("raws %q, want %q", raws, want)
	}
	if g := inds[1]; g.Metric != "稳岗返还" || g.Indicator != "稳岗补贴" || g.Sentence != "稳岗返还 | 1200万元" || g.Value != 1.2e7 {
		t.Errorf("table cell: %q [%s] %q %g", g.Metric, g.Indicator, g.Sentence, g.Value)
	}
	if g := inds[2]; g.Indicator != "创业担保贷款" {
		t.Errorf("table cell: %q [%s]", g.Metric, g.Indicator)
	}
}

// TestExtractNoTables checks lines that only look like tables: pipes and
// colons in running text and a single space-aligned line stay text.
func TestExtractNoTables(t *testing.T) {
	for _, text := range []string{
		"首页 | 新闻 | 经济\n今年以来，全区新增城镇就业1.2万人。",
		"来源：新华社\n记者：张三\n电话：0532-88886666\n全区新增城镇就业1.2万人。",
		"主要目标：新增城镇就业1.2万人。",
		"新增城镇就业  1.2万人",
	} {
		a := story("城阳区", text)
		x := newExtractor(context.Background(), places, a)
		if ts := x.findTables(); len(ts.tables) != 0 && !strings.Contains(text, "  ") {
			t.Errorf("%q: %d tables", text, len(ts.tables))
		}
		inds := Extract(a)
		if len(inds) != 1 || inds[0].Raw != "1.2万人" || inds[0].Indicator != "新增就业" {
			t.Errorf("%q: %+v", text, inds)
		}
	}
}

// TestLoaderKeepsTableLines checks that the loader keeps every table row
// and 指标：数值 line a paragraph of its own: rows do not end sentences, and
// would otherwise be joined to the line after them.
func TestLoaderKeepsTableLines(t *testing.T) {
	text := "某市2023年工业主要指标\n\n" +
		"规模以上工业企业营业收入（亿元）\t1520.36\t12.5\n" +
		"规模以上工业企业利润总额（亿元）\t98.12\t-3.4\n" +
		"规模以上工业企业从业人员平均人数（万人）：12.5万人\n" +
		"注：增速按可比价格计算。\n"
	as, err := testParser.ParseFile("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rs := []rune(as[0].Text)
	var got []string
	for _, p := range as[0].Paragraphs {
		got = append(got, string(rs[p.Start:p.End]))
	}
	want := []string{
		"规模以上工业企业营业收入（亿元）\t1520.36\t12.5",
		"规模以上工业企业利润总额（亿元）\t98.12\t-3.4",
		"规模以上工业企业从业人员平均人数（万人）：12.5万人",
		"注：增速按可比价格计算。",
	}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
}

// TestTableMeasureFromHeadline: a table titled only by its unit takes the
// measure the story's headline names, and a growth column the period of
// the column before it.
func TestTableMeasureFromHeadline(t *testing.T) {
	a := tableStory("", "某市2018年1-8月分区社会消费品零售总额",
		"单位：万元",
		"| 地区 | 2018年8月 | 同比增长(%) | 2018年1-8月 | 同比增长(%) |",
		"|---|---|---|---|---|",
		"| 东城区 | 893416 | 5.7 | 6361906 | 4.6 |")
	want := map[string]struct{ indicator, kind string }{
		"893416":  {"社会消费品零售总额", data.PeriodMonth},
		"5.7":     {"社会消费品零售总额增速", data.PeriodMonth},
		"6361906": {"社会消费品零售总额", data.PeriodYTD},
		"4.6":     {"社会消费品零售总额增速", data.PeriodYTD},
	}
	for _, ind := range Extract(a) {
		w, ok := want[ind.Raw]
		if !ok {
			continue
		}
		if ind.Indicator != w.indicator || ind.PeriodKind != w.kind {
			t.Errorf("%s: %s %s (metric %q), want %s %s", ind.Raw, ind.Indicator, ind.PeriodKind, ind.Metric, w.indicator, w.kind)
		}
		delete(want, ind.Raw)
	}
	if len(want) > 0 {
		t.Errorf("cells not read: %v", want)
	}
}

// TestTableTwoLineHeader: an aligned table whose header takes two lines
// between rules (地    区 spread over two cells) names each column by both.
func TestTableTwoLineHeader(t *testing.T) {
	text := "2012年1-4月各市州工业主要指标增长速度\n\n单位：%\n------------------------------------\n" +
		"地    区      规模工业增加值  工业固定资产投资\n" +
		"                  增长速度          增长速度\n------------------------------------\n" +
		"长沙市              14.4               0.2\n株洲市              14.1              78.0\n"
	as, err := testParser.ParseFile("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, ind := range ExtractAll(as) {
		got[ind.Region+" "+ind.Raw] = ind.Metric + "/" + ind.Indicator
	}
	want := map[string]string{
		"长沙市 14.4": "规模工业增加值增长速度/规上工业增加值增速",
		"长沙市 0.2":  "工业固定资产投资增长速度/工业投资增速",
		"株洲市 78.0": "工业固定资产投资增长速度/工业投资增速",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q (all %v)", k, got[k], w, got)
		}
	}
}

// TestTableUnitPerColumn: 单位：人、% gives the first value column 人 and
// the second %.
func TestTableUnitPerColumn(t *testing.T) {
	text := "表1 各县区人口\n                      单位：人、%\n县区              人口数        比重\n全  市           3325372      100.00\n铁西区            309397        9.30\n"
	as, err := testParser.ParseFile("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, ind := range ExtractAll(as) {
		got[ind.Raw] = ind.Unit
	}
	if got["309397"] != "人" || got["9.30"] != "%" {
		t.Errorf("units %v, want 309397 in 人 and 9.30 in %%", got)
	}
}

// TestTableChangeColumn checks a column of changes against a base period
// (较1-6月变动): it measures the change of the column before, for the
// table's period, not for the base.
func TestTableChangeColumn(t *testing.T) {
	text := "2022年1-7月嘉兴市各县（市、区）规模以上工业增加值增速\n单位：%；较1-6月变动为个百分点\n\n" +
		"| 地区 | 1-7月规上工业增加值增速（%） | 较1-6月变动（个百分点） |\n|---|---|---|\n| 平湖市 | 6.8 | 0.7 |\n| 秀洲区 | 6.2 | 1.2 |\n"
	as := parseOne(t, "t.txt", text)
	got := find(Extract(as[0]), "0.7")
	if len(got) != 1 || !strings.Contains(got[0].Metric, "工业增加值") || got[0].PeriodEnd != "2022-07-31" || got[0].Region != "平湖市" {
		t.Errorf("got %+v, want 平湖市's change of 规上工业增加值增速 for 1-7月", got)
	}
}

// TestTableCaptionAndEstimates checks a numbered caption with a source
// line under it (表1　古交市…预计完成情况 / 资料来源：…): the caption names
// the table's region, 预计完成 columns are estimates and a 同比 column is
// of the period of the column before.
func TestTableCaptionAndEstimates(t *testing.T) {
	text := "县域主要经济指标\n\n表1　古交市2025年主要经济指标预计完成情况\n资料来源：《关于古交市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划（草案）的报告》\n\n" +
		"| 指标 | 2025年预计完成 | 同比 |\n|---|---|---|\n| 地区生产总值 | 95亿元 | 增长1% |\n| 固定资产投资 | 19.7亿元 | 下降41.5% |\n\n" +
		"表2　白银市2023年主要经济指标\n\n地区生产总值：672.3亿元\n"
	as := parseOne(t, "t.txt", text)
	inds := Extract(as[0])
	for _, raw := range []string{"95亿元", "1%"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Region != "古交市" || got[0].Status != data.StatusEstimate || got[0].PeriodStart != "2025-01-01" {
			t.Errorf("%s: got %+v, want 古交市's 2025 estimate", raw, got)
		}
	}
}

// TestTableYearColumn checks a 年份 column beside the label: each row's
// figures are of its year.
func TestTableYearColumn(t *testing.T) {
	text := "台州市部分县（市）主要经济指标\n单位：亿元、%\n\n| 地区 | 年份 | 地区生产总值（亿元） | 地区生产总值比上年增长（%） |\n|---|---|---|---|\n| 温岭市 | 2024 | 1417.63 | 6.3 |\n| 玉环市 | 2023 | 746 | 4.3 |\n"
	as := parseOne(t, "t.txt", text)
	inds := Extract(as[0])
	for raw, year := range map[string]string{"1417.63": "2024", "746": "2023", "4.3": "2023"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].PeriodStart != year+"-01-01" {
			t.Errorf("%s: got %+v, want %s", raw, got, year)
		}
	}
	if got := find(inds, "2024"); len(got) != 0 {
		t.Errorf("the year column read as figures: %+v", got)
	}
}

// TestTableChangeOfTheLaterYear checks a table of two years and their
// change (2016年 | 2015年 | 同比增长%): the change is the later year's.
func TestTableChangeOfTheLaterYear(t *testing.T) {
	text := "伊吾县2016年国民经济和社会发展统计公报\n\n表1 全社会从业人员\n\n| 指标 | 单位 | 2016年 | 2015年 | 同比增长% |\n| 社会从业人员 | 人 | 21675 | 21537 | 0.6 |\n| 第一产业 | 人 | 10112 | 9890 | 2.2 |\n"
	as := parseOne(t, "t.txt", text)
	for _, ind := range Extract(as[0]) {
		if ind.Raw == "2.2" && (ind.PeriodStart != "2016-01-01" || ind.PeriodEnd != "2016-12-31") {
			t.Errorf("2.2: %+v, want 2016", ind)
		}
	}
}

// TestLetterSpacedTableHeader checks a pipe table under a report's name
// and month whose header is letter-spaced (项 目 名 称 | 计算 单位 | 1-3月 累计):
// the header is the table's, not the story's headline, and its unit
// column gives each row's unit.
func TestLetterSpacedTableHeader(t *testing.T) {
	text := "龙岗区统计月报 2015年3月\n\n| 项 目 名 称 | 计算 单位 | 3月 | 1-3月 累计 | 累计比上年同期增长(%) |\n| 一、社会消费品零售总额 | 万元 | 387581 | 1173850 | 2.0 |\n"
	as := parseOne(t, "t.txt", text)
	got := map[string]data.Indicator{}
	for _, ind := range Extract(as[0]) {
		got[ind.Raw] = ind
	}
	if d := got["1173850"]; d.Value != 1.17385e10 || d.Unit != "元" || d.PeriodEnd != "2015-03-31" || d.PeriodKind != data.PeriodYTD {
		t.Errorf("1173850: %+v, want 1.17385e10 元 for 1-3月", d)
	}
	if d := got["387581"]; d.Value != 3.87581e9 || d.PeriodStart != "2015-03-01" {
		t.Errorf("387581: %+v, want 3.87581e9 元 for March", d)
	}
}

// TestTableChangeOnLastYearColumn checks a column headed 比上年同期增长（%）
// under a table of 2018年上半年: its cells are changes of that half, the
// same period of the year before being only their base.
func TestTableChangeOnLastYearColumn(t *testing.T) {
	text := "附表：2018年上半年各市县地区生产总值及增速\n\n| 市县 | 绝对数（亿元） | 比上年同期增长（%） |\n|---|---|---|\n| 海口市 | 797.49 | 8.1 |\n| 三亚市 | 304.09 | 7.0 |\n"
	as := parseOne(t, "t.txt", text)
	for _, ind := range Extract(as[0]) {
		if (ind.Raw == "8.1" || ind.Raw == "7.0") && (ind.PeriodStart != "2018-01-01" || ind.PeriodEnd != "2018-06-30") {
			t.Errorf("%s: %+v, want 2018's first half", ind.Raw, ind)
		}
	}
}

// TestLevelledLabelColumns checks that of a table's label columns by level
// (一级指标 | 二级指标) the deepest names the row, and that an energy use per
// unit of value added is not the growth of value added.
func TestLevelledLabelColumns(t *testing.T) {
	text := "2018年青海省提质增效转型升级统计数据\n\n" +
		"| 一级指标 | 二级指标 | 计量单位 | 2018 |\n|---|---|---|---|\n" +
		"| 经济稳定 | 地区生产总值增长率 | % | 7.2 |\n" +
		"|  | 居民消费价格涨幅 | % | 2.5 |\n" +
		"| 资源环境 | 规模以上工业单位增加值能耗 | % | -7.20 |\n"
	as, err := testParser.ParseFile("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	inds := Extract(as[0])
	for raw, want := range map[string][2]string{"7.2": {"地区生产总值增长率", "地区生产总值增速"}, "2.5": {"居民消费价格涨幅", "居民消费价格涨幅"}, "-7.20": {"规模以上工业单位增加值能耗", ""}} {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != want[0] || got[0].Indicator != want[1] {
			t.Errorf("%s: %+v, want %q [%s]", raw, got, want[0], want[1])
		}
	}
}

// TestSignedPercentHeader checks that a column headed 比上年增减（±%）
// is in % (not the table's 单位：亿元).
func TestSignedPercentHeader(t *testing.T) {
	text := "表1：地区生产总值及增速\n单位：亿元\n指标 | 2021年 | 比上年增减（±%）\n地区生产总值 | 567.9 | 6.8\n工业 | 111.9 | 8.1\n"
	as, err := testParser.ParseFile("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	inds := Extract(as[0])
	if got := find(inds, "6.8"); len(got) != 1 || got[0].Unit != "%" || got[0].Value != 6.8 {
		t.Errorf("6.8: %+v, want 6.8 %%", got)
	}
	if got := find(inds, "567.9"); len(got) != 1 || got[0].Unit != "元" {
		t.Errorf("567.9: %+v, want 亿元", got)
	}
}

// TestFlattenedGroupHeaders checks a table whose grouped header was
// flattened to one row (地区生产总值 本币（亿元） | 美元（亿元） | 比重（%）):
// the currency column is in 美元 of the group's measure, the share column
// the group's share, which is no growth.
func TestFlattenedGroupHeaders(t *testing.T) {
	text := "青海省各市州地区生产总值列表\n\n2015年\n\n| 行政区 | 地区生产总值 本币（亿元） | 美元（亿元） | 位次 | 比重（%） |\n|---|---|---|---|---|\n| 西宁市 | 1,131.62 | 181.69 | 1 | 47.95 |\n| 海东市 | 384.40 | 61.72 | 3 | 16.29 |\n"
	as, err := testParser.ParseFile("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	inds := Extract(as[0])
	if got := find(inds, "181.69"); len(got) != 1 || got[0].Unit != "美元" || got[0].Value != 1.8169e10 || got[0].Metric != "地区生产总值" {
		t.Errorf("181.69: %+v, want 181.69亿美元 of 地区生产总值", got)
	}
	if got := find(inds, "47.95"); len(got) != 1 || got[0].Metric != "地区生产总值比重" || got[0].Indicator != "" {
		t.Errorf("47.95: %+v, want 地区生产总值比重 and no indicator", got)
	}
}

// TestMonthlyReportTable checks a monthly statistics report's table: a
// column headed 1-2 is January to February, 去年同期 the same months a year
// before; a row naming its own year in brackets (地区生产总值(2021年)) and
// the items indented under it are of that year; a balance stands at the
// period's end.
func TestMonthlyReportTable(t *testing.T) {
	text := "梅州市统计月报 2022年第2期\n来源：本网　时间：2022-03-28 08:50:28\n\n全市主要经济指标\n\n" +
		"| 指标名称 | 单位 | 1-2 | 去年同期 | 增长% |\n|---|---|---|---|---|\n" +
		"| 地区生产总值(2021年) | 亿元 | 1308.01 | 1227.27 | 5.5 |\n" +
		"| 　第一产业 | 亿元 | 251.35 | 238.66 | 5.9 |\n" +
		"| 规模以上工业增加值 | 亿元 | 45.8 |  | -2.9 |\n" +
		"| 住户存款余额 | 亿元 | 1936.2 | 1740.46 | 11.2 |\n"
	as, err := testParser.ParseFile("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	inds := Extract(as[0])
	for raw, want := range map[string][3]string{
		"1308.01": {"2021-01-01", "2021-12-31", data.PeriodYear},
		"1227.27": {"2020-01-01", "2020-12-31", data.PeriodYear},
		"238.66":  {"2020-01-01", "2020-12-31", data.PeriodYear},
		"45.8":    {"2022-01-01", "2022-02-28", data.PeriodYTD},
		"-2.9":    {"2022-01-01", "2022-02-28", data.PeriodYTD},
		"1936.2":  {"", "2022-02-28", data.PeriodAsOf},
		"1740.46": {"", "2021-02-28", data.PeriodAsOf},
	} {
		if got := find(inds, raw); len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != want[1] || got[0].PeriodKind != want[2] {
			t.Errorf("%s: %+v, want %v", raw, got, want)
		}
	}
}

// A ranking table set with single spaces under a sentence that presents
// it: each row is read (not joined into one line by the loader, not taken
// into the title), the level columns take the unit the prose writes after
// one of their cells, the bare-year columns the part of the year the
// intro names, and a short name (宝鸡, 汉中) the place within the story's
// province. Made-up figures.
func TestSingleSpacedRankingTable(t *testing.T) {
	text := "陕西省部分城市上半年经济数据出炉，西安以5432.10亿元领先，宝鸡以1234.5亿元居次。\n\n" +
		"以下是2020年陕西省上半年各城市的GDP数据。\n\n" +
		"2020年陕西部分城市GDP排名\n\n" +
		"排名 城市 2020年 2019年 增量 名义增速\n" +
		"1 西安 5432.10 5100.20 331.9 6.51%\n" +
		"2 宝鸡 1234.5 1200.4 34.1 2.84%\n" +
		"3 汉中 810.3 790.1 20.2 2.56%\n"
	a := parseOne(t, "rank.txt", text)[0]
	if strings.Contains(a.Title, "排名 城市") {
		t.Errorf("title %q takes the table's header", a.Title)
	}
	checkCells(t, "ranking", a, []cellWant{
		{raw: "5100.20", value: 5.1002e11, unit: "元", metric: "GDP", indicator: "地区生产总值", region: "西安市", start: "2019-01-01", end: "2019-06-30", kind: "half"},
		{raw: "34.1", value: 3.41e9, unit: "元", metric: "增量", region: "宝鸡市", start: "2020-01-01", end: "2020-06-30", kind: "half"},
		{raw: "2.56%", value: 2.56, unit: "%", metric: "名义增速", region: "汉中市", start: "2020-01-01", end: "2020-06-30", kind: "half"},
	}, 2+4*3)
	// A title that names no period: the intro's part of the year still
	// dates the columns that name none (增量, 名义增速).
	b := parseOne(t, "rank2.txt", strings.Replace(text, "2020年陕西部分城市GDP排名", "陕西部分城市GDP排名", 1))[0]
	checkCells(t, "untitled period", b, []cellWant{
		{raw: "34.1", value: 3.41e9, unit: "元", metric: "增量", region: "宝鸡市", start: "2020-01-01", end: "2020-06-30", kind: "half"},
	}, 2+4*3)
}

// Lines of running text set with single spaces, in English or between
// Chinese words, are no table.
func TestSingleSpacesAreNotATable(t *testing.T) {
	text := "Economic growth 5.2 percent in 2023, 4.8 percent in 2024\n" +
		"Exports rose 7.1 percent and imports 3.2 percent\n" +
		"Retail sales grew 6.0 percent and 5.5 percent\n"
	a := tableStory("", "", strings.Split(text, "\n")...)
	if ts := newExtractor(context.Background(), places, a).findTables(); len(ts.tables) != 0 {
		t.Errorf("%d tables in English text", len(ts.tables))
	}
}

// A two-column table set with single spaces (项 目 指数 / 食品烟酒 101.8),
// its labels spread for alignment (粮 食): each row a figure, not lines
// joined into one. Made-up figures.
func TestTwoColumnSingleSpacedTable(t *testing.T) {
	text := "表1：2022年居民消费价格指数（以上年同期为100）\n\n项 目 指数\n居民消费价格总指数 101.3\n食品烟酒 101.8\n粮 食 105.2\n鲜菜 92.9\n"
	a := parseOne(t, "cpi.txt", text)[0]
	inds := Extract(a)
	wantMetrics(t, inds, map[string]string{"101.8": "食品烟酒", "105.2": "粮食", "92.9": "鲜菜"})
}

// A table whose units are written in its row labels only: a row with none
// is a part of the row above and takes its unit (（1）.旅游饭店接待过夜游客
// under 1.国内过夜游客（万人次）), a top-level row (一、) takes none, and a
// column of 本月止累计 runs from January to the table's month.
func TestTableRowUnitsFromParentRows(t *testing.T) {
	a := tableStory("海南省", "2018年3月海南省旅游统计",
		"全省旅游接待和收入情况表",
		"项 目 | 本 月 | 同期对比% | 本月止累计 | 同期累计对比% |",
		"一、接待游客总人数 | 589.01 | 11.5 | 2122.74 | 17.3 |",
		"1.国内过夜游客（万人次） | 524.65 | 12.1 | 1587.94 | 13.4 |",
		"（1）.旅游饭店接待过夜游客 | 353.38 | 9.1 | 1098.54 | 9.4 |",
		"#国内过夜游客（万人天） | 803.05 | 14.9 | 2489.82 | 13.8 |",
		"1.旅游饭店接待过夜游客 | 559.02 | 12.4 | 1790.25 | 11.1 |")
	inds := Extract(a)
	for raw, unit := range map[string]string{"353.38": "人次", "1098.54": "人次", "559.02": "人天", "1790.25": "人天"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Unit != unit {
			t.Errorf("%s: got %+v, want unit %s", raw, got, unit)
		}
	}
	for _, raw := range []string{"589.01", "2122.74"} {
		if got := find(inds, raw); len(got) != 0 {
			t.Errorf("%s: got %+v, want none (no unit anywhere)", raw, got)
		}
	}
	if got := find(inds, "1098.54"); len(got) == 1 && (got[0].PeriodKind != "ytd" || got[0].PeriodStart != "2018-01-01" || got[0].PeriodEnd != "2018-03-31") {
		t.Errorf("1098.54: period %s..%s %s, want 2018-01-01..2018-03-31 ytd", got[0].PeriodStart, got[0].PeriodEnd, got[0].PeriodKind)
	}
}

// A column of a rate of change (月增減率) in a table titled with its
// measure (…建物買賣移轉棟數變化) is that measure's rate.
func TestTableRateColumnTakesTheTitleMeasure(t *testing.T) {
	a := tableStory("台湾省", "六都建物買賣移轉棟數出爐",
		"六都會區2026年1月建物買賣移轉棟數變化",
		"六都會區  2025年1月  2026年1月  月增減率  年增減率",
		"台北市    1604      2128       -8.7%     32.7%",
		"新北市    2869      4033       -13.8%    40.6%",
		"桃園市    2789      3559       -6.1%     27.6%")
	wantMetrics(t, Extract(a), map[string]string{"-8.7%": "建物买卖移转栋数月增减率", "40.6%": "建物买卖移转栋数年增减率"})
}

// A column headed with a bare magnitude, 第一产业(亿), beside a column of
// GDP(亿元), is money in 亿元 too.
func TestBareMagnitudeColumnBesideMoney(t *testing.T) {
	a := tableStory("湖南省", "2009年湖南各市GDP排名",
		"排名 | 城市 | GDP(亿元) | 第一产业(亿) | 第二产业(亿) |",
		"---|---|---|---|---|",
		"1 | 长沙 | 3744.76 | 179.37 | 1893.73 |",
		"2 | 岳阳 | 1272.15 | 190.19 | 648.80 |")
	inds := Extract(a)
	if got := find(inds, "179.37"); len(got) != 1 || got[0].Unit != "元" || got[0].Value != 179.37e8 {
		t.Errorf("179.37: got %+v, want 179.37亿元", got)
	}
}

// A table of a population by its parts names each row's people
// (城镇 | 48443 | 49.18 → 城镇人口, 城镇人口比重).
func TestPopulationTableRows(t *testing.T) {
	a := tableStory("汾西县", "2021年汾西县国民经济和社会发展统计公报",
		"表1　2021年年末人口数及其构成",
		"指标 | 年末数（人） | 比重（%）",
		"全县人口 | 98509 | 100.0",
		"其中：城镇 | 48443 | 49.18",
		"乡村 | 50066 | 50.82")
	wantMetrics(t, Extract(a), map[string]string{"48443": "城镇人口", "49.18": "城镇人口比重", "50066": "乡村人口"})
}

// TestProvinceTotalTable checks a province's table with a 全省总计 row, its
// parts (在总计中：轻工业) and its cities: the total and its parts are the
// province's, the cities their own; a header broken by a space (本月止 累计)
// is the year to date.
func TestProvinceTotalTable(t *testing.T) {
	text := "工业增加值\n\n2017年1-3月工业增加值\n\n计量单位：亿元\n\n指标名称 | 本月 | 本月止 累计 | 本月比 上年同月 增长(%) | 累计比 上年同期 增长(%) |\n全省总计 | 2846.99 | 7220.42 | 7.6 | 7.1 |\n在总计中： | | | | |\n轻工业 | 1036.55 | 2585.89 | 6.7 | 5.1 |\n重工业 | 1810.44 | 4634.53 | 8.2 | 8.4 |\n在总计中： | | | | |\n广州市 | 393.30 | 1019.05 | 5.6 | 5.5 |\n"
	as := parseOne(t, "t.txt", text)
	inds := Extract(as[0])
	for raw, want := range map[string][2]string{"7220.42": {"广东省", "2017-03-31"}, "2585.89": {"广东省", "2017-03-31"}, "1019.05": {"广州市", "2017-03-31"}, "2846.99": {"广东省", "2017-03-31"}} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Region != want[0] || got[0].PeriodEnd != want[1] {
			t.Errorf("%s: got %+v, want %s to %s", raw, got, want[0], want[1])
		}
	}
	if got := find(inds, "7220.42"); len(got) == 1 && got[0].PeriodKind != data.PeriodYTD {
		t.Errorf("7220.42: %s, want ytd (本月止 累计)", got[0].PeriodKind)
	}
}

// TestFiscalStatementTable checks Hong Kong's statement of the government's
// accounts: a unit line (百萬港元) over a header of fiscal years (2017-18)
// and rows of a label and numbers set apart by single spaces, a dash for
// none and brackets for a deficit; a row that is a percentage of GDP takes
// the measure of the row above and its own unit; reserves 截至三月三十一日 stand
// at the fiscal year's end.
func TestFiscalStatementTable(t *testing.T) {
	text := "預計2025至26財政年度盈餘將為29億\n\n政府今日（27日）公布本財政年度首10個月（即截至2026年1月31日）的財政狀況，整體開支為6,149億港元，收入為6,572億港元。\n\n政府發言人表示，由於仍有兩個月才到財政年度結束，預計本財政年度盈餘將為29億港元。\n\n\n香港特別行政區政府的財務狀況\n\n百萬港元\n\n  2017-18 2018-19 2019-20\n政府收入 619,837 599,774 590,926\n發行政府債券所得淨收入 - - 7,829\n已計入政府債券及票據發行及償還款項的綜合盈餘/(赤字) 148,974 67,949 (10,575)\n相當於本地生產總值的百份比* 5.6 2.4 -0.4\n截至三月三十一日的財政儲備 1,102,934 1,170,883 1,160,308\n相當於本地生產總值的百份比* 41.5 41.3 40.5\n\n* 根據曆年\n"
	as, err := testParser.ParseFile("hk.txt", []byte(text))
	if err != nil || len(as) != 2 {
		t.Fatalf("%d stories (%v), want 2", len(as), err)
	}
	inds := Extract(as[1])
	for raw, want := range map[string]struct {
		value         float64
		unit, metric  string
		start, end, k string
	}{
		"619,837":   {619837e6, "港元", "政府收入", "2017-04-01", "2018-03-31", data.PeriodSpan},
		"7,829":     {7829e6, "港元", "发行政府债券所得净收入", "2019-04-01", "2020-03-31", data.PeriodSpan},
		"10,575":    {-10575e6, "港元", "综合盈余", "2019-04-01", "2020-03-31", data.PeriodSpan},
		"2.4":       {2.4, "%", "综合盈余相当于本地生产总值的百份比", "2018-04-01", "2019-03-31", data.PeriodSpan},
		"1,170,883": {1170883e6, "港元", "财政储备", "", "2019-03-31", data.PeriodAsOf},
		"40.5":      {40.5, "%", "财政储备相当于本地生产总值的百份比", "", "2020-03-31", data.PeriodAsOf},
	} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Value != want.value || got[0].Unit != want.unit || !strings.Contains(got[0].Metric, want.metric) || got[0].PeriodStart != want.start || got[0].PeriodEnd != want.end || got[0].PeriodKind != want.k || got[0].Indicator != "" {
			t.Errorf("%s: got %+v, want %+v", raw, got, want)
		}
	}
}

// TestConstantPriceTable checks a bulletin's table set with single spaces
// whose labels are indented and spread (  工  业), with a column at 2020's
// prices (按2020年不变价格计算: the prices' year, not the figures'): every row
// read, every cell of the bulletin's year.
func TestConstantPriceTable(t *testing.T) {
	text := "五河县2022年国民经济和社会发展统计公报\n\n表一：2022年全县生产总值\n\n单位：万元\n\n指标名称 按现行价格计算 按2020年不变价格计算 比上年±%\n地区生产总值 2728738.78 2716503.16 4.0\n  农林牧渔业 788956.40 768713.10 5.3\n  工  业 320169.10 350420.03 2.6\n    采矿业 2308.16 8894.28 -1.7\n    电力、热力、燃气及水生产和供应业 8532.47 17509.48 -15.8\n"
	as := parseOne(t, "b.txt", text)
	inds := Extract(as[0])
	for _, raw := range []string{"2716503.16", "350420.03", "-1.7", "17509.48"} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].PeriodStart != "2022-01-01" || got[0].PeriodEnd != "2022-12-31" {
			t.Errorf("%s: got %+v, want 2022", raw, got)
		}
	}
	if got := find(inds, "320169.10"); len(got) != 1 || !strings.HasPrefix(got[0].Metric, "工业") {
		t.Errorf("320169.10: got %+v, want 工业…", got)
	}
}

// TestCitiesTableOutsideStoryRegion checks a yearbook's table of cities
// side by side, the first row the story's own place (北京): rows named by
// short names of cities outside it (沈阳, 南京) are those cities, and a
// change column beside a measure's (地区生产总值(亿元) | 增长%) is that
// measure's change; a 完成数(万元) column names no measure.
func TestCitiesTableOutsideStoryRegion(t *testing.T) {
	text := "表18—2　直辖市和副省级城市主要经济指标\n\n| 城市 | 地区生产总值(亿元) | 增长% | #第一产业(亿元) | 增长% |\n|---|---|---|---|---|\n| 北京 | 24,899.30 | 6.7 | 129.58 | -8.8 |\n| 天津 | 17,885.39 | 9.0 | 220.22 | 3.0 |\n| 沈阳 | 5,460.00 |  |  |  |\n| 南京 | 10503.02 | 8.0 | 252.51 | 1.0 |\n| 宁波 | 8,541.10 | 7.1 | 304.60 | 2.1 |\n"
	inds := Extract(parseOne(t, "t.txt", text)[0])
	for raw, want := range map[string][2]string{"5,460.00": {"沈阳市", "地区生产总值"}, "8.0": {"南京市", "地区生产总值增速"}, "2.1": {"宁波市", "第一产业增加值增速"}, "6.7": {"北京市", "地区生产总值增速"}} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Region != want[0] || got[0].Indicator != want[1] {
			t.Errorf("%s: got %+v, want %s, %s", raw, got, want[0], want[1])
		}
	}
	text = "岳西县2020年国民经济和社会发展统计公报\n\n表一：2020年全县生产总值(GDP)\n\n指标                      完成数(万元)    比上年增长(%)\n地区生产总值              1244033.6       0.2\n第三产业                  613032.3        3.1\n"
	inds = Extract(parseOne(t, "b.txt", text)[0])
	if got := find(inds, "3.1"); len(got) != 1 || got[0].Indicator != "服务业增加值增速" {
		t.Errorf("3.1: got %+v, want 服务业增加值增速", got)
	}
}

// TestSubRowsAndUnitPair checks a table whose unit line pairs a count's
// unit with an amount's (单位：个、万元): a row counted (企业单位数) takes the
// first, the others the second; and a sub-row 其中：规模以上 is the row
// above's measure so qualified.
func TestSubRowsAndUnitPair(t *testing.T) {
	text := "某县工业生产销售总量指标\n\n单位：个、万元\n\n| 指标名称 | 本月 | 同比% | 累计 | 同比% |\n|---|---|---|---|---|\n| 企业单位数 | 4326 | 5.5 | 4326 | 5.5 |\n| 其中：规模以上 | 501 | 7.1 | 501 | 7.1 |\n| 工业总产值 | 309748 | 3.3 | 1618573 | 16.2 |\n| 其中：规模以上 | 206713 | -3.4 | 1086976 | 18.7 |\n"
	inds := Extract(parseOne(t, "t.txt", text)[0])
	for raw, want := range map[string][2]string{"501": {"个", "规模以上企业单位数"}, "309748": {"元", "工业总产值"}, "206713": {"元", "规模以上工业总产值"}} {
		got := find(inds, raw)
		if len(got) == 0 || got[0].Unit != want[0] || !strings.Contains(got[0].Metric, want[1]) {
			t.Errorf("%s: got %+v, want %s in %s", raw, got, want[1], want[0])
		}
	}
	if got := find(inds, "309748"); len(got) == 1 && got[0].Value != 3097480000 {
		t.Errorf("309748: value %v, want 3097480000 (万元)", got[0].Value)
	}
}

// TestYearbookBilingualGrid checks a yearbook's pipe table with English
// beside each Chinese header and a column headed in English only, under a
// unit line with an English gloss (单位:亿元 (100 million yuan)): every
// column keeps its header (no shift), each cell takes the unit, the
// metric drops the English, and "Per Capita GDP" makes no national story.
// Figures of a yearbook, made up.
func TestYearbookBilingualGrid(t *testing.T) {
	a := story("", "地区生产总值\nGross Domestic Product\n单位:亿元 (100 million yuan)\n\n| Year | 生产总值 Gross Domestic Product | 第二产业 Secondary Industry | Industry | 第三产业 Tertiary Industry | 人均地区生产总值(元) Per Capita GDP (yuan) |\n|---|---|---|---|---|---|\n| 1978 | 183.06 | 92.38 | 83.19 | 38.48 | 364 |\n| 1979 | 203.22 | 101.76 | 89.69 | 40.35 | 400 |\n")
	a.Region = ""
	inds := Extract(a)
	for raw, want := range map[string]struct {
		metric, unit, indicator string
		value                   float64
	}{
		"183.06": {"生产总值", "元", "地区生产总值", 1.8306e10},
		"83.19":  {"Industry", "元", "", 8.319e9},
		"38.48":  {"第三产业", "元", "服务业增加值", 3.848e9},
		"364":    {"人均地区生产总值", "元", "人均地区生产总值", 364},
	} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Metric != want.metric || got[0].Unit != want.unit || got[0].Indicator != want.indicator || got[0].Value != want.value || got[0].Region != "" {
			t.Errorf("%s: got %+v, want %+v, no region", raw, got, want)
		}
	}
}

// TestRatioTableUnderItsHeadline checks a yearbook's table of ratios opening
// a story headed 1-6 国民经济主要比例关系, under 单位:% (%) (a gloss that is
// only the sign): its cells are shares in %, not growth rates. Figures of a
// yearbook, made up.
func TestRatioTableUnderItsHeadline(t *testing.T) {
	as, err := testParser.ParseFile("t.txt", []byte("1-6 国民经济主要比例关系\npercentage of main economic indicators\n单位:% (%)\n\n| 项 目 | item | 1990 | 2003 |\n|---|---|---|---|\n| 1.地区生产总值 | gross domestic product | 100.0 | 100.0 |\n| 第一产业 | primary industry | 28.1 | 13.3 |\n| 第二产业 | secondary industry | 33.4 | 47.6 |\n"))
	if err != nil || len(as) != 1 {
		t.Fatalf("%d stories, %v", len(as), err)
	}
	got := find(Extract(as[0]), "28.1")
	if len(got) != 1 || got[0].Unit != "%" || got[0].Period != "1990年" || !strings.Contains(got[0].Metric, "占比") || strings.Contains(got[0].Indicator, "增速") {
		t.Errorf("28.1: got %+v, want 第一产业's share in 1990", got)
	}
}

// TestKeyedUnitLegend checks a yearbook table whose units are given per
// measure in lines over it (面积:万亩 / 单位:总产:吨 / 单产:千克), with
// thousands set apart by spaces (10 536 205), a minus sign spaced off
// (- 1.05), a national total row (全国总计) and a province written short
// and spaced (内 蒙). Made-up figures.
func TestKeyedUnitLegend(t *testing.T) {
	as := parseOne(t, "t.txt", "面积:万亩\n单位:总产:吨\n单产:千克\n| 地 区 | 2006年 播种面积 | 2006年 总产量 | 2006年 每亩产量 | 2006年比2005年增减 播种面积 |\n|---|---|---|---|---|\n| 全国总计 | 430.35 | 10 536 205 | 2 448.3 | 115.20 |\n| 河 北 | 26.25 | 712 418 | 2 714.0 | 10.50 |\n| 山 西 | 4.80 | 101 513 | 2 114.9 | 3.00 |\n| 内 蒙 | 73.35 | 1 746 106 | 2 380.5 | - 1.05 |\n")
	inds := Extract(as[0])
	for raw, want := range map[string]struct {
		value  float64
		unit   string
		region string
	}{
		"430.35":     {4303500, "亩", "全国"},
		"10 536 205": {10536205, "吨", "全国"},
		"2 448.3":    {2448.3, "千克", "全国"},
		"1 746 106":  {1746106, "吨", "内蒙古自治区"},
		"- 1.05":     {-10500, "亩", "内蒙古自治区"},
	} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].Value != want.value || got[0].Unit != want.unit || got[0].Region != want.region {
			t.Errorf("%s: got %+v, want %v %s in %s", raw, got, want.value, want.unit, want.region)
		}
	}
}

// TestTitleRowsInsideTable checks a pipe table whose caption and unit are
// printed as its first rows (| 8-17 各类粮食产量 | output of grain by sort |
// | | / | 单位:万吨 | (10000 tons) | | |) above its header: they are the
// table's titles, and its cells are figures in 万吨. Made-up figures.
func TestTitleRowsInsideTable(t *testing.T) {
	as := parseOne(t, "t.txt", "| 8-17 各类粮食产量 | output of grain by sort | | | |\n| 单位:万吨 | (10000 tons) | | | |\n| 项 目 | item | 2002 | 2006 | 2007 |\n| --- | --- | --- | --- | --- |\n| 合 计 | total | 763.23 | 632.90 | 635.06 |\n| 春收粮食 | spring harvest | 44.55 | 34.93 | 27.19 |\n| 夏收粮食 | summer harvest | 181.92 | 139.18 | 140.04 |\n")
	inds := Extract(as[0])
	for raw, want := range map[string]float64{"763.23": 7632300, "34.93": 349300, "140.04": 1400400} {
		if got := find(inds, raw); len(got) != 1 || got[0].Value != want || got[0].Unit != "吨" {
			t.Errorf("%s: got %+v, want %v 吨", raw, got, want)
		}
	}
}

// TestTableNoteRows checks notes printed as a pipe table's last rows (| 注:
// 2004年之前中稻含一季晚稻… | | | |, | note:… | | | |): no rows of the table,
// so its row labels still name its figures. Made-up figures.
func TestTableNoteRows(t *testing.T) {
	as := parseOne(t, "t.txt", "| 各类粮食产量 | output of grain by sort | | | |\n| 单位:万吨 | (10000 tons) | | | |\n| 项 目 | item | 2002 | 2006 | 2007 |\n| --- | --- | --- | --- | --- |\n| 合 计 | total | 763.23 | 632.90 | 635.06 |\n| 春收粮食 | spring harvest | 44.55 | 34.93 | 27.19 |\n| 注:2004年之前中稻含一季晚稻,晚稻为双季晚稻。 | | | | |\n| note:the data of middle rice before 2004 include one crop late rice. | | | | |\n")
	inds := Extract(as[0])
	wantMetrics(t, inds, map[string]string{"763.23": "合计", "34.93": "春收粮食"})
}

// TestPartsUnderTheWhole checks a yearbook table whose two header lines
// were flattened from a spanned layout: the second line names the parts
// of the first line's first measure, and the spans left empty cells at
// the lines' ends. Each cell takes the column it stands under (the whole,
// then its parts, then the rest of the first line), and the table's GDP
// headings do not make its figures the country's. Made-up figures.
func TestPartsUnderTheWhole(t *testing.T) {
	as := parseOne(t, "t.txt", "本表按当年价格计算 |\n单位:万元 |\n年 份 | 地区生产 总 值 (GDP) | 人均GDP (元/人) | |||||\n第一产业 | 第二产业 | 第三产业 | # 工 业 | # 建筑业 | |||\n1960 | 2 100 | 700 | 600 | 800 | |||\n1961 | 2 500 | 800 | 900 | 800 | 750 | 150 | 95 |\n")
	inds := Extract(as[0])
	for _, want := range []struct {
		raw, metric, period string
	}{
		{"2 100", "地区生产总值", "1960年"},
		{"700", "第一产业", "1960年"},
		{"600", "第二产业", "1960年"},
		{"2 500", "地区生产总值", "1961年"},
		{"900", "第二产业", "1961年"},
		{"750", "工业", "1961年"},
		{"150", "建筑业", "1961年"},
		{"95", "人均GDP", "1961年"},
	} {
		got := find(inds, want.raw)
		if len(got) != 1 || !strings.Contains(got[0].Metric, want.metric) || got[0].Period != want.period || got[0].Region != "" {
			t.Errorf("%s: got %+v, want %s of %s, no region", want.raw, got, want.metric, want.period)
		}
	}
}

// TestSeriesLineNamesTheMeasure checks a data site's table under its
// series line (指标:工业增加值_同比增长(%)), regions down and months across:
// each cell is the series' measure, not a figure with no metric. Made-up
// figures.
func TestSeriesLineNamesTheMeasure(t *testing.T) {
	as := parseOne(t, "t.txt", "指标:工业增加值_同比增长(%)\n\n| 地区 | 2020年11月 | 2020年10月 |\n| --- | --- | --- |\n| 河北省 | 8.7 | 10 |\n| 山西省 | 10.7 | 12.6 |\n")
	inds := Extract(as[0])
	for _, raw := range []string{"8.7", "12.6"} {
		if got := find(inds, raw); len(got) != 1 || got[0].Metric != "工业增加值同比增长" || got[0].Unit != "%" {
			t.Errorf("%s: got %+v, want 工业增加值同比增长 in %%", raw, got)
		}
	}
}

// TestHeaderWithoutLabelHeading checks a pipe table whose two header lines
// left out the label column's heading and end with an empty cell (| 6月 |
// 1-6月累计 | 累计 | | / | 增长% | | | |) over rows whose last cell holds
// the figures: the headings stand over the columns on the right, so the
// last column is the growth in %, not money. Made-up figures.
func TestHeaderWithoutLabelHeading(t *testing.T) {
	as := parseOne(t, "t.txt", "| 1、本地生产总值 | | | |\n| 6月 | 1-6月累计 | 累计 | |\n| 增长% | | | |\n| 本地生产总值(亿元) | —— | 1289.32 | -5.5 |\n| 第一产业 | —— | 24.71 | -1.1 |\n| 第二产业 | —— | 646.04 | -9.5 |\n")
	inds := Extract(as[0])
	for raw, want := range map[string]struct {
		value float64
		unit  string
	}{"1289.32": {128932000000, "元"}, "-5.5": {-5.5, "%"}, "-9.5": {-9.5, "%"}} {
		if got := find(inds, raw); len(got) != 1 || got[0].Value != want.value || got[0].Unit != want.unit {
			t.Errorf("%s: got %+v, want %v %s", raw, got, want.value, want.unit)
		}
	}
}
