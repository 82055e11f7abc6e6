package extract

import (
	"context"
	"strings"
	"testing"

	"zhibiao/data"
)

func TestCanonicalIndicatorsInTableOrder(t *testing.T) {
	names := CanonicalIndicators()
	seen := map[string]bool{}
	pos := map[string]int{}
	for i, n := range names {
		if seen[n] {
			t.Errorf("%s listed twice", n)
		}
		seen[n], pos[n] = true, i
	}
	if len(names) < 30 || !seen["新增就业"] || !seen["减税降费"] {
		t.Fatalf("canonical indicators %v", names)
	}
	if pos["新增就业"] > pos["贷款发放"] {
		t.Error("employment indicators should come before lending (table order)")
	}
}

func TestCanonicalKinds(t *testing.T) {
	tests := []struct{ metric, unit, want string }{
		{"人均地区生产总值", "元", "人均地区生产总值"},
		{"地区生产总值", "元", "地区生产总值"},
		{"万元GDP能耗下降", "%", "单位地区生产总值能耗增速"},
		{"限额以上单位消费品零售额", "元", "限额以上消费品零售额"},
		{"社会消费品零售总额", "元", "社会消费品零售总额"},
		{"居民消费价格同比上涨", "%", "居民消费价格涨幅"},
		{"制造业采购经理指数", "%", "制造业采购经理指数"},
		{"城镇调查失业率", "%", "城镇调查失业率"},
		{"常住人口", "人", "常住人口"},
		{"第2季经济成长概估", "%", "地区生产总值增速"},
		{"人均国内生产总值", "元", "人均地区生产总值"},
		{"人均国内生产总值增长", "%", ""},
		{"单位地区生产总值综合能耗", "%", "单位地区生产总值能耗增速"},
		{"农民人均可支配收入增长", "%", "农村居民人均可支配收入增速"},
		{"城市居民人均可支配收入", "元", "城镇居民人均可支配收入"},
		{"农民人均纯收入", "元", ""},
		{"城市化率", "%", "常住人口城镇化率"},
		{"消费品零售总额", "元", "社会消费品零售总额"},
		{"全县消费品零售总额增长", "%", "社会消费品零售总额增速"},
		{"农村消费品零售总额", "元", ""},
		{"中国经济同比增长", "%", "地区生产总值增速"},
		{"数字经济同比增长", "%", ""},
		{"规上工业企业累计产值同比增长", "%", ""},
		{"常住人口，比上年末增加", "人", ""},
		{"第三产业增加值占地区生产总值的比重", "%", "服务业增加值占比"},
		{"人均地区生产总值，增长", "%", ""},
		// New units counted: 规上工业新增单位 (a table's row), 新增规模以上工业单位;
		// the growth of their count is no value added's.
		{"规上工业新增单位", "家", "新增规上工业企业"},
		{"新增规模以上工业单位", "家", "新增规上工业企业"},
		{"规上工业新增单位，增减增长", "%", ""},
		{"规模以上工业增长", "%", "规上工业增加值增速"},
		// A table row names the sector alone (第三产业 | 1184.33 | 7.6).
		{"第三产业", "元", "服务业增加值"},
		{"第三产业，累计增长", "%", "服务业增加值增速"},
		{"服务业投资增长", "%", ""},
		{"第一产业投资", "元", ""},
		{"第二产业投资，比上年增长", "%", ""},
		{"第一产业", "元", "第一产业增加值"},
		// Profits, sales and delivery values of industry are neither its
		// value added nor exports.
		{"规模以上工业企业利润总额累计增速", "%", ""},
		{"规模以上工业销售产值，累计增长", "%", ""},
		{"出口产品交货值", "元", ""},
		{"出口产品交货值，累计增长", "%", ""},
		{"规模以上工业增加值，累计增长", "%", "规上工业增加值增速"},
		{"规模以上工业同比增长", "%", "规上工业增加值增速"},
		// Core CPI is not CPI; a registered population's urbanisation is
		// not the resident one; the resident share in the town is.
		{"扣除食品和能源的核心CPI同比上涨", "%", ""},
		{"城镇户籍人口占总人口比重(户籍人口城镇化率)", "%", ""},
		{"城镇常住人口占常住人口比重", "%", "常住人口城镇化率"},
		{"城镇常住人口", "人", ""},
		// the town share of the county's own residents is its urbanisation
		// (占全县 otherwise marks a share of a wider total)
		{"城镇常住人口占全县常住人口的比重(常住人口城镇化率)", "%", "常住人口城镇化率"},
		// The net output of a sector of trade is no trade figure.
		{"进出口贸易、批发及零售业的净产值下跌", "%", ""},
		// Re-exports, domestic exports and a product's exports are not the
		// region's exports.
		{"再出口", "元", ""},
		{"本地产品出口下跌", "%", ""},
		{"纺织品及成衣出口上升", "%", ""},
		{"货物出口总值", "元", "出口额"},
	}
	for _, tt := range tests {
		ind := data.Indicator{Metric: tt.metric, Unit: tt.unit}
		x := &extractor{t: tables()}
		x.classify(&ind)
		if ind.Indicator != tt.want {
			t.Errorf("%s (%s): got %q, want %q", tt.metric, tt.unit, ind.Indicator, tt.want)
		}
	}
	for _, n := range CanonicalIndicators() {
		if IndicatorKind(n) == "" {
			t.Errorf("%s has no kind", n)
		}
	}
}

func TestExtractTraditional(t *testing.T) {
	inds := Extract(story("香港特别行政区", "第三季本地生產總值按年實質增長3.8%，失業率為3.9%。"))
	want := map[string]string{"3.8%": "地区生产总值增速", "3.9%": "失业率"}
	for _, ind := range inds {
		if w, ok := want[ind.Raw]; ok && ind.Indicator == w {
			delete(want, ind.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("traditional text: %+v, missing %v", inds, want)
	}
}

// TestSubIndustriesAreNotIndustry checks that the value added of one
// industry (烟草工业, 农副食品加工业) and electricity use by sector (一产用电量)
// are not the whole industry's value added or the first sector's.
func TestSubIndustriesAreNotIndustry(t *testing.T) {
	a := story("大理白族自治州", "1-7月，全州烟草工业增加值增长1.5%，农副食品加工业增加值增长4.4%，全部工业增加值增长6.1%，一产用电量增长9.5%。")
	a.Date, a.Year, a.DataYear = "2025-08-21", 2025, 2025
	inds := Extract(a)
	for raw, want := range map[string]string{"1.5%": "", "4.4%": "", "6.1%": "工业增加值增速", "9.5%": ""} {
		if got := find(inds, raw); len(got) != 1 || got[0].Indicator != want {
			t.Errorf("%s: %+v, want indicator %q", raw, got, want)
		}
	}
}

// TestRowFinder checks rowFinder against each row's own prefilter on the
// metrics of the seeds' figures (as canonical gets them, and with 增长
// added) and on every 16th clause of the seeds and gold texts: a row may
// match exactly where its prefilter lets it.
func TestRowFinder(t *testing.T) {
	as, _, err := testParser.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, a := range as {
		for _, ind := range Extract(a) {
			m := strings.ReplaceAll(ind.Metric, "，", "")
			texts = append(texts, m, m+"增长")
		}
	}
	for i, s := range guardTexts(t) {
		for j, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，。；：、\n", r) }) {
			if (i+j)%16 == 0 {
				texts = append(texts, c)
			}
		}
	}
	tab := tables()
	some := 0
	for _, s := range texts {
		rows := tab.rowWords.rows(s)
		for k, d := range tab.indicators {
			if got, want := rows.has(k), d.Pattern.possible(s); got != want {
				t.Errorf("row %d (%s) in %q: rowFinder says %v, its prefilter %v", k, d.Pattern, s, got, want)
			}
			if d.Pattern.words != nil && rows.has(k) {
				some++
			}
		}
	}
	if some == 0 {
		t.Error("no row's word found: the check is empty")
	}
}

// TestThemeWords checks theme, which looks for the plain words of all of
// themes.tsv's rows in one pass (themeWords), against each row's matcher
// tried in order, on the metrics of the seeds' figures, the seeds' and gold
// texts and their sentences.
func TestThemeWords(t *testing.T) {
	as, _, err := testParser.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "稳定了就业", "稳定了一些些就业", "就业\xff", "\xe5"}
	for _, a := range as {
		for _, ind := range Extract(a) {
			texts = append(texts, ind.Metric, ind.Sentence)
		}
	}
	for _, s := range guardTexts(t) {
		texts = append(texts, s)
		texts = append(texts, strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("。；\n", r) })...)
	}
	tab := tables()
	themed := 0
	for _, s := range texts {
		want := ""
		for _, d := range tab.themes {
			if d.Pattern.MatchString(s) {
				want = d.Theme
				break
			}
		}
		if got := tab.theme(s); got != want {
			t.Errorf("theme(%q) = %q, each row's matcher %q", s, got, want)
		}
		if want != "" {
			themed++
		}
	}
	if themed == 0 {
		t.Error("no text has a theme: the check is empty")
	}
}
