package numparse

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
)

// want is the expected part of a Number; zero fields other than Text, Value
// and Kind are not checked unless the case sets them.
type want struct {
	text      string
	value     float64
	kind      Kind
	unit      string
	qual      string
	change    int
	mult      float64
	low       float64
	points    bool
	ordinal   bool
	checkQual bool
}

func TestScan(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// Arabic, full-width, separators, multipliers.
		{"新增城乡就业3.4万人", []want{{text: "3.4万", value: 34000, kind: KindNumber, mult: 1e4}}},
		{"总投资1,234.5万元", []want{{text: "1,234.5万元", value: 12345000, kind: KindCurrency, unit: "元"}}},
		{"增长３．４％", []want{{text: "３．４％", value: 3.4, kind: KindPercent, unit: "%", change: 1}}},
		{"增长5，300家企业", []want{{text: "5", value: 5, kind: KindNumber, change: 1}, {text: "300", value: 300, kind: KindNumber}}},
		{"４，５６５家", []want{{text: "４，５６５", value: 4565, kind: KindNumber}}},
		{"减税降费8.1亿余元", []want{{text: "8.1亿余元", value: 810000000, kind: KindCurrency, unit: "元", qual: "余", checkQual: true}}},
		{"发放稳岗补贴7414万余元", []want{{text: "7414万余元", value: 74140000, kind: KindCurrency, qual: "余", checkQual: true}}},
		{"超过千万元", []want{{text: "千万元", value: 1e7, kind: KindCurrency, qual: "超过", mult: 1e7, checkQual: true}}},
		{"百万人口", []want{{text: "百万", value: 1e6, kind: KindNumber, mult: 1e6}}},
		{"4.78万亿", []want{{text: "4.78万亿", value: 4.78e12, kind: KindNumber, mult: 1e12}}},
		{"3万4000人", []want{{text: "3万4000", value: 34000, kind: KindNumber, mult: 1}}},
		// 千 before an SI unit is its kilo- prefix, before other units ×1000.
		{"装机容量12.5万千瓦", []want{{text: "12.5万", value: 125000, kind: KindNumber, mult: 1e4}}},
		{"全长3.6千米", []want{{text: "3.6", value: 3.6, kind: KindNumber}}},
		{"每亩增产二十千克", []want{{text: "二十", value: 20, kind: KindNumber}}},
		{"年发电量8千瓦时", []want{{text: "8", value: 8, kind: KindNumber}}},
		{"储量5千吨", []want{{text: "5千", value: 5000, kind: KindNumber}}},
		// Chinese numerals.
		{"支持复工复产三十条", []want{{text: "三十", value: 30, kind: KindNumber}}},
		// Macau and Taiwan print the decimal point as ‧ and a zero as O.
		{"盈餘四百七十六‧六億元", []want{{text: "四百七十六‧六億元", value: 4.766e10, kind: KindCurrency, unit: "元"}}},
		{"全省县域经济总量首次突破万亿元大关", []want{{text: "万亿元", value: 1e12, kind: KindCurrency, unit: "元", mult: 1e12}}},
		{"首次跃上千亿元新台阶", []want{{text: "千亿元", value: 1e11, kind: KindCurrency, unit: "元", mult: 1e11, qual: "", checkQual: true}}},
		{"土地增值稅減少178億元", []want{{text: "178億元", value: 1.78e10, kind: KindCurrency, unit: "元", change: -1}}},
		{"按年上昇二十‧七%", []want{{text: "二十‧七%", value: 20.7, kind: KindPercent, unit: "%", change: 1}}},
		{"增幅三十五‧五%", []want{{text: "三十五‧五%", value: 35.5, kind: KindPercent, unit: "%", change: 1}}},
		{"博彩稅收近五百O七億元", []want{{text: "五百O七億元", value: 5.07e10, kind: KindCurrency, unit: "元", qual: "近", checkQual: true}}},
		{"经营十二条", []want{{text: "十二", value: 12, kind: KindNumber}}},
		{"百余项政策措施", []want{{text: "百余", value: 100, kind: KindNumber, qual: "余", checkQual: true}}},
		{"一千两百三十四万", []want{{text: "一千两百三十四万", value: 12340000, kind: KindNumber, mult: 1e4}}},
		{"两千四百五", []want{{text: "两千四百五", value: 2450, kind: KindNumber}}},
		{"一千零五", []want{{text: "一千零五", value: 1005, kind: KindNumber}}},
		{"二〇二〇年", []want{{text: "二〇二〇", value: 2020, kind: KindNumber}}},
		{"壹佰贰拾叁元", []want{{text: "壹佰贰拾叁元", value: 123, kind: KindCurrency, unit: "元"}}},
		{"三点五万", []want{{text: "三点五万", value: 35000, kind: KindNumber}}},
		{"十几万人", []want{{text: "十几万", value: 100000, kind: KindNumber, qual: "几", checkQual: true}}},
		{"三分之一的企业", []want{{text: "三分之一", value: 1.0 / 3, kind: KindNumber}}},
		// Percentages and points.
		{"百分之八", []want{{text: "百分之八", value: 8, kind: KindPercent, unit: "%"}}},
		{"百分之七点五", []want{{text: "百分之七点五", value: 7.5, kind: KindPercent}}},
		{"高于全市增速6.6个百分点", []want{{text: "6.6个百分点", value: 6.6, kind: KindPercent, unit: "个百分点", points: true}}},
		{"出生率为5‰", []want{{text: "5‰", value: 0.5, kind: KindPercent, unit: "%"}}},
		{"提高0.5百分点", []want{{text: "0.5百分点", value: 0.5, kind: KindPercent, unit: "个百分点", points: true, change: 1}}},
		{"人口出生率比上年高0.2个千分点", []want{{text: "0.2个千分点", value: 0.2, kind: KindPercent, unit: "个千分点", points: true}}},
		{"较上月变动0.6个点，", []want{{text: "0.6个点", value: 0.6, kind: KindPercent, unit: "个百分点", points: true}}},
		{"设置5个点位", []want{{text: "5", value: 5, kind: KindNumber}}},
		{"指数一一九．三一，年增十六．四二％", []want{{text: "一一九．三一", value: 119.31, kind: KindNumber}, {text: "十六．四二％", value: 16.42, kind: KindPercent, unit: "%", change: 1}}},
		{"10.一次性吸纳就业补贴", []want{{text: "10", value: 10, kind: KindNumber}}}, // a list item number, not 10.1
		{"九成以上企业", []want{{text: "九成", value: 90, kind: KindPercent, qual: "以上", checkQual: true}}},
		// Ranges.
		{"1-5月份", []want{{text: "1-5", value: 5, low: 1, kind: KindRange}}},
		{"1—5月", []want{{text: "1—5", value: 5, low: 1, kind: KindRange}}},
		{"增长15%至20%", []want{{text: "15%至20%", value: 20, low: 15, kind: KindRange, unit: "%", change: 1}}},
		{"15%-20%", []want{{text: "15%-20%", value: 20, low: 15, kind: KindRange, unit: "%"}}},
		{"增速在5%到10%之间", []want{{text: "5%到10%之间", value: 10, low: 5, kind: KindRange, unit: "%"}}},
		{"10000与20000之间", []want{{text: "10000与20000之间", value: 20000, low: 10000, kind: KindRange}}},
		{"分别为3和5", []want{{text: "3", value: 3, kind: KindNumber}, {text: "5", value: 5, kind: KindNumber}}},
		{"3到5万人", []want{{text: "3到5万", value: 50000, low: 30000, kind: KindRange, mult: 1e4}}},
		// Qualifiers and signs.
		{"近2000亿元", []want{{text: "2000亿元", value: 2e11, kind: KindCurrency, qual: "近", checkQual: true}}},
		{"逾3亿元", []want{{text: "3亿元", value: 3e8, kind: KindCurrency, qual: "逾", checkQual: true}}},
		{"增长8%左右", []want{{text: "8%", value: 8, kind: KindPercent, qual: "左右", change: 1, checkQual: true}}},
		{"失业率控制在3%之内", []want{{text: "3%", value: 3, kind: KindPercent, qual: "之内", checkQual: true}}},
		{"吸纳3万人以上", []want{{text: "3万", value: 30000, kind: KindNumber, qual: "以上", checkQual: true}}},
		{"签约3个项目，通过5种方式，最近3天", []want{
			{text: "3", value: 3, kind: KindNumber, checkQual: true},
			{text: "5", value: 5, kind: KindNumber, checkQual: true},
			{text: "3", value: 3, kind: KindNumber, checkQual: true},
		}},
		{"订立的不动产买卖契约2,911宗", []want{{text: "2,911", value: 2911, kind: KindNumber, checkQual: true}}}, // 契约, a contract: no 约
		{"全年出超1571.4亿美元，对南韩入超370.2亿美元", []want{
			{text: "1571.4亿美元", value: 1571.4e8, kind: KindCurrency, checkQual: true},
			{text: "370.2亿美元", value: 370.2e8, kind: KindCurrency, checkQual: true},
		}},
		{"旅游综合收入超90亿元", []want{{text: "90亿元", value: 9e9, kind: KindCurrency, qual: "超", checkQual: true}}},
		{"不到一周", []want{{text: "一", value: 1, kind: KindNumber, qual: "不到", checkQual: true}}},
		{"同比下降6.8%", []want{{text: "6.8%", value: 6.8, kind: KindPercent, change: -1}}},
		{"减少了3万人", []want{{text: "3万", value: 30000, kind: KindNumber, change: -1}}},
		{"回落至5%", []want{{text: "5%", value: 5, kind: KindPercent, change: 0}}},
		{"同比增长达到7.4%", []want{{text: "7.4%", value: 7.4, kind: KindPercent, change: 1}}},
		{"降幅达3%", []want{{text: "3%", value: 3, kind: KindPercent, change: -1}}},
		{"负五", []want{{text: "负五", value: -5, kind: KindNumber}}},
		{"温度-3度", []want{{text: "-3", value: -3, kind: KindNumber}}},
		// Currencies.
		{"1200亿美元", []want{{text: "1200亿美元", value: 1.2e11, kind: KindCurrency, unit: "美元"}}},
		{"8亿元人民币", []want{{text: "8亿元人民币", value: 8e8, kind: KindCurrency, unit: "元"}}},
		{"￥300", []want{{text: "￥300", value: 300, kind: KindCurrency, unit: "元"}}},
		// Ordinals and enumerations: recognised, flagged.
		{"第三", []want{{text: "第三", value: 3, kind: KindNumber, ordinal: true}}},
		{"一是稳就业", []want{{text: "一", value: 1, kind: KindNumber, ordinal: true}}},
		{"（二）保民生", []want{{text: "二", value: 2, kind: KindNumber, ordinal: true}}},
		{"一季度", []want{{text: "一", value: 1, kind: KindNumber, ordinal: true}}},
		// Not numbers.
		{"城镇新增就业万人", nil},
		{"万众一心", nil},
		{"千方百计抓复工", nil},
		{"一些企业一起推动统一的一体化", nil},
		{"一手抓防控", nil},
		{"十分重要", nil},
		{"一流营商环境", nil},
		{"一站式服务", nil},
		{"唯一", nil},
		{"万一出现问题", nil},
		{"扎实做好“六稳”工作、全面落实“六保”任务", nil},
		{"两三个月", nil},
		{"一二三产业融合", nil},
		{"一九九一年", []want{{text: "一九九一", value: 1991, kind: KindNumber}}},
		{"出口达一八八一亿美元", []want{{text: "一八八一亿美元", value: 1.881e11, kind: KindCurrency}}},
		{"三四万人", nil},
		{"电话0532-88888888", []want{{text: "0532", value: 532, kind: KindNumber}, {text: "88888888", value: 88888888, kind: KindNumber}}},
		{"2019-2021年", []want{{text: "2019-2021", value: 2021, low: 2019, kind: KindRange}}},
		{"大陆与队伍", nil},
		{"千万不要", nil},
		{"元旦", nil},
		{"半成品库存", nil},
		{"存款1000万余额", []want{{text: "1000万", value: 1e7, kind: KindNumber, checkQual: true}}},
		{"九成一线员工", []want{{text: "九成", value: 90, kind: KindPercent}}},
		{"七成六的企业", []want{{text: "七成六", value: 76, kind: KindPercent}}},
		{"建成3个，折旧", []want{{text: "3", value: 3, kind: KindNumber}}},
		{"较去年提高个百分点", nil},
		{"下一步,即墨区将", nil},
		{"一次填充, 一人一档, 一企一策", []want{{text: "一", value: 1, kind: KindNumber}}},
		{"自己的一点力量", nil},
		{"这一数字", nil},
		{"“一窗受理”“一次办好”", nil},
		{"数千名员工", []want{{text: "千", value: 1000, kind: KindNumber, qual: "数", checkQual: true}}},
		{"几十万人", []want{{text: "十万", value: 100000, kind: KindNumber, qual: "几", checkQual: true}}},
		{"上千家企业", []want{{text: "千", value: 1000, kind: KindNumber, qual: "上", checkQual: true}}},
		{"线上3个", []want{{text: "3", value: 3, kind: KindNumber, checkQual: true}}},
		{"注册用户数49514人", []want{{text: "49514", value: 49514, kind: KindNumber, checkQual: true}}},
		{"2020-07-23", []want{{text: "2020", value: 2020, kind: KindNumber}, {text: "07", value: 7, kind: KindNumber}, {text: "23", value: 23, kind: KindNumber}}},
		{"十分钟", []want{{text: "十", value: 10, kind: KindNumber}}},
		{"5G基站", nil},
		{"PM2.5浓度，COVID-19疫情，H1N1", nil},
		{"成百上千", nil},
		{"全年GDP5.2%", []want{{text: "5.2%", value: 5.2, kind: KindPercent}}},
		{"访问 https://example.com/a?x=30%25 看看", nil},
		// Several in one sentence.
		{"工业、民间、技改投资分别增长15%、25%、30%", []want{
			{text: "15%", value: 15, kind: KindPercent, change: 1},
			{text: "25%", value: 25, kind: KindPercent, change: 1},
			{text: "30%", value: 30, kind: KindPercent, change: 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Scan(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("Scan(%q) = %d numbers %v, want %d", tt.in, len(got), texts(got), len(tt.want))
			}
			for i, w := range tt.want {
				checkNumber(t, got[i], w)
			}
		})
	}
}

func checkNumber(t *testing.T, g Number, w want) {
	t.Helper()
	if g.Text != w.text || !near(g.Value, w.value) || g.Kind != w.kind {
		t.Errorf("got %q %v %s, want %q %v %s", g.Text, g.Value, g.Kind, w.text, w.value, w.kind)
	}
	if w.unit != "" && g.Unit != w.unit {
		t.Errorf("%q: unit %q, want %q", g.Text, g.Unit, w.unit)
	}
	if w.checkQual && g.Qualifier != w.qual {
		t.Errorf("%q: qualifier %q, want %q", g.Text, g.Qualifier, w.qual)
	}
	if g.Change != w.change {
		t.Errorf("%q: change %d, want %d", g.Text, g.Change, w.change)
	}
	if w.mult != 0 && g.Multiplier != w.mult {
		t.Errorf("%q: multiplier %g, want %g", g.Text, g.Multiplier, w.mult)
	}
	if w.kind == KindRange && !near(g.Low, w.low) {
		t.Errorf("%q: low %g, want %g", g.Text, g.Low, w.low)
	}
	if g.Points != w.points || g.Ordinal != w.ordinal {
		t.Errorf("%q: points %v ordinal %v, want %v %v", g.Text, g.Points, g.Ordinal, w.points, w.ordinal)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func texts(ns []Number) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Text)
	}
	return out
}

func TestScanOffsets(t *testing.T) {
	in := "即墨区上半年新增城乡就业3.4万人、政策性扶持创业1861人"
	got := Scan(in)
	rs := []rune(in)
	if len(got) != 2 {
		t.Fatalf("got %v", texts(got))
	}
	for _, n := range got {
		if string(rs[n.Start:n.End]) != n.Text {
			t.Errorf("offsets %d-%d give %q, Text %q", n.Start, n.End, string(rs[n.Start:n.End]), n.Text)
		}
	}
	if got[0].Start != 12 || got[1].Start != 25 {
		t.Errorf("starts %d %d, want 12 25", got[0].Start, got[1].Start)
	}
}

func TestParseChinese(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"一千两百三十四万", 12340000, true},
		{"3.4万", 34000, true},
		{"负五", -5, true},
		{"百分之八", 8, true},
		{"百分之廿五點一", 25.1, true},
		{"卅一點四", 31.4, true},
		{"廿", 20, true},
		{"一百廿三", 123, true},
		{"廿十", 0, false},
		{" 十二 ", 12, true},
		{"一些", 0, false},
		{"万", 0, false},
		{"三个", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseChinese(tt.in)
		if ok != tt.ok || (ok && !near(got, tt.want)) {
			t.Errorf("ParseChinese(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestScanSeedsDigitless: text whose digits were stripped yields nothing for
// the stripped figures.
func TestScanSeedsDigitless(t *testing.T) {
	for _, in := range []string{"城镇新增就业万人", "发放稳岗补贴万元", "累计减税降费亿余元", "增长%"} {
		if got := Scan(in); len(got) != 0 {
			t.Errorf("Scan(%q) = %v, want nothing", in, texts(got))
		}
	}
}

// TestScanOutOfRange: a numeral whose value a float64 cannot hold is left
// out whole and reported, never returned as +Inf, 0 or a piece of itself
// (2^1024 once gave 1024).
func TestScanOutOfRange(t *testing.T) {
	long := strings.Repeat("9", 400)
	tests := []struct {
		in       string
		rejected []string
		kept     []string
	}{
		{"增长百分之1e308", []string{"百分之1e308"}, nil},
		{"2^1024", []string{"2^1024"}, nil},
		{"10^309人", []string{"10^309"}, nil},
		{"增长1e-400%", []string{"1e-400"}, nil},
		{"1e309亿元，另有3万人", []string{"1e309"}, []string{"3万"}},
		{"2^10000与1e99999", []string{"2^10000", "1e99999"}, nil},
		{"0^-1", []string{"0^-1"}, nil},
		{long + "元", []string{long}, nil},
		{"0." + strings.Repeat("0", 400) + "1", []string{"0." + strings.Repeat("0", 400) + "1"}, nil},
		{"1e-320", []string{"1e-320"}, nil}, // subnormal: precision lost
		{"九" + strings.Repeat("亿", 40), []string{"九" + strings.Repeat("亿", 40)}, nil},
		{"1e200到1e300万", nil, []string{"1e200到1e300"}},
		// In range: kept.
		{"1e308%与2^-1及0e-400", nil, []string{"1e308%", "2^-1", "0e-400"}},
	}
	for _, tt := range tests {
		got, rej := ScanReport(tt.in)
		var rt []string
		for _, r := range rej {
			rt = append(rt, r.Text)
			if string([]rune(tt.in)[r.Start:r.End]) != r.Text {
				t.Errorf("%q: rejected span %d-%d is not %q", tt.in, r.Start, r.End, r.Text)
			}
		}
		if !slices.Equal(rt, tt.rejected) || !slices.Equal(texts(got), tt.kept) {
			t.Errorf("ScanReport(%q) = kept %q rejected %q; want kept %q rejected %q", tt.in, texts(got), rt, tt.kept, tt.rejected)
		}
		for _, n := range got {
			if !finiteNumber(n) {
				t.Errorf("%q: %q has value %v", tt.in, n.Text, n.Value)
			}
		}
		if o := Overflows(tt.in); len(o) != len(rej) {
			t.Errorf("Overflows(%q) = %v, want %v (the precheck missed it)", tt.in, o, rej)
		}
	}
}

func TestScanExponentsInRange(t *testing.T) {
	for in, want := range map[string]float64{"2e5": 2e5, "2^-1": 0.5, "1.5E3": 1500, "3^4": 81, "1e308": 1e308} {
		got := Scan(in)
		if len(got) != 1 || got[0].Value != want {
			t.Errorf("Scan(%q) = %v, want one number %g", in, got, want)
		}
	}
}

// TestSpacedThousands checks thousands grouped by a space as some papers
// print them (9 946万元) and numbers side by side in a column kept apart.
func TestSpacedThousands(t *testing.T) {
	for in, want := range map[string][]float64{
		"完成投资9 946万元":   {9.946e7},
		"人均3 054元":      {3054},
		"种植6 270亩":      {6270},
		"收入3 054.5元":    {3054.5},
		"| 12 | 345 |":  {12, 345},
		"2021 2022 123": {2021, 2022, 123},
		"12 345 678":    {12, 345, 678},
	} {
		var got []float64
		for _, n := range Scan(in) {
			got = append(got, n.Value)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", in, got, want)
		}
	}
}

// TestScanRunesContext checks that scanning the runes of a text finds what
// Scan finds in it, and leaves the runes as they were.
func TestScanRunesContext(t *testing.T) {
	for _, in := range []string{"", "新增城乡就业3.4万人，增长５．２％", "四百七十六‧六億元", "１２，３４５元", "五百O七億元", "2^1024", "1-5月，下降0.3个百分点", "\xff12\xfe%"} {
		rs := []rune(in)
		before := slices.Clone(rs)
		got, want := ScanRunesContext(context.Background(), rs), Scan(in)
		if !slices.Equal(got, want) {
			t.Errorf("ScanRunesContext(%q) = %v, Scan %v", in, texts(got), texts(want))
		}
		if !slices.Equal(rs, before) {
			t.Errorf("ScanRunesContext(%q) changed its runes", in)
		}
	}
}

// TestCanStart checks canStart, which rules most runes out with a bit,
// against canStartAt, the tests it stands before, for every rune below
// 0x10000 and a few above it, alone and between digits, dots and letters.
func TestCanStart(t *testing.T) {
	accepted := 0
	for r := rune(0); r < 0x10000+16; r++ {
		for _, n := range [][]rune{{r}, {'5', r, '5'}, {'x', r, '.'}, {'.', r, 'x'}, {'a', r, '+'}} {
			i := 0
			if len(n) > 1 {
				i = 1
			}
			got, want := canStart(n, i), canStartAt(n, i)
			if got != want {
				t.Fatalf("canStart(%q, %d) = %v, canStartAt %v", string(n), i, got, want)
			}
			if want {
				accepted++
			}
		}
	}
	if accepted == 0 {
		t.Error("no rune accepted: the check is empty")
	}
}

// TestFoldAll checks foldAll, which gives most runes back after one bit,
// against foldAt for every rune below 0x10000 and some above it, between
// full-width digits and between Chinese numerals.
func TestFoldAll(t *testing.T) {
	changed := 0
	for r := rune(0); r < 0x10000+16; r++ {
		for _, rs := range [][]rune{{r}, {'５', r, '五'}, {'五', r, '七'}, {'x', r, 'y'}} {
			got := foldAll(rs)
			for i := range rs {
				if want := foldAt(rs, i); got[i] != want {
					t.Fatalf("foldAll(%q)[%d] = %q, foldAt %q", string(rs), i, got[i], want)
				}
			}
			if got[len(rs)/2] != r {
				changed++
			}
		}
	}
	if changed == 0 {
		t.Error("no rune changed: the check is empty")
	}
}
