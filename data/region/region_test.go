package region

import (
	"reflect"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct{ in, name, code string }{
		{"即墨区", "即墨区", "370215"},
		{"即墨", "即墨区", "370215"},
		{"大连", "大连市", "210200"},
		{"大连市", "大连市", "210200"},
		{"西海岸新区", "西海岸新区", "370211"},
		{"青岛西海岸新区", "西海岸新区", "370211"},
		{"黄岛区", "西海岸新区", "370211"},
		{"信陽市", "信阳市", "411500"},
		{"廣州", "广州市", "440100"},
		{"山东", "山东省", "370000"},
		{"内蒙古", "内蒙古自治区", "150000"},
		{"新疆", "新疆维吾尔自治区", "650000"},
		{"延边", "延边朝鲜族自治州", "222400"},
		{"吉林", "吉林省", "220000"},
		{" 崂山 ", "崂山区", "370212"},
		{"东莞", "东莞市", "441900"},
		{"香港", "香港特别行政区", "810000"},
	}
	for _, tt := range tests {
		r, ok := g.Lookup(tt.in)
		if !ok || r.Name != tt.name || r.Code != tt.code {
			t.Errorf("Lookup(%q) = %+v %v, want %s %s", tt.in, r, ok, tt.name, tt.code)
		}
	}
	for _, bad := range []string{"新区", "城区", "", "青", "北京路", "乾"} {
		if r, ok := g.Lookup(bad); ok {
			t.Errorf("Lookup(%q) = %+v, want none", bad, r)
		}
	}
	if all := g.LookupAll("鼓楼区"); len(all) < 3 {
		t.Errorf("LookupAll(鼓楼区) = %d regions, want the several cities' districts", len(all))
	}
	if r, ok := g.Lookup("乾安县"); !ok || r.Name != "乾安县" {
		t.Errorf("Lookup(乾安县) = %+v: 乾 must not be simplified to 干 in names that use it", r)
	}
}

func TestChain(t *testing.T) {
	g := Default()
	var names []string
	for _, r := range g.Chain("即墨") {
		names = append(names, r.Name)
	}
	if !reflect.DeepEqual(names, []string{"即墨区", "青岛市", "山东省"}) {
		t.Errorf("Chain(即墨) = %v", names)
	}
	r, _ := g.Lookup("即墨区")
	if r.Parent != "青岛市" || r.Province != "山东省" || r.Level != County || r.ParentCode != "370200" {
		t.Errorf("即墨区 = %+v", r)
	}
	bj, _ := g.Lookup("朝阳区")
	if bj.Province != "北京市" || bj.Parent != "北京市" {
		t.Errorf("朝阳区 (Beijing, first reading) = %+v: counties of a municipality hang from it", bj)
	}
	if !g.Within("370215", "370000") || g.Within("370000", "370215") || g.Within("370215", "370215") {
		t.Error("Within is wrong for 即墨区 / 山东省")
	}
	if g.Chain("不存在") != nil {
		t.Error("Chain of an unknown name is not nil")
	}
	if g.Len() < 3000 {
		t.Errorf("only %d divisions", g.Len())
	}
}

func TestFind(t *testing.T) {
	g := Default()
	tests := []struct {
		text string
		want []string // canonical names, in order
	}{
		{"青岛市即墨区和崂山区，即墨全区", []string{"青岛市", "即墨区", "崂山区", "即墨区"}},
		{"青岛西海岸新区专场，西海岸新区上半年", []string{"西海岸新区", "西海岸新区"}},
		{"信陽市召开会议", []string{"信阳市"}},
		// short forms without their city or province are not trusted
		{"即墨为企业复工", nil},
		{"保主体保定单保份额", nil},
		// common words that contain region short forms
		{"青岛市，县城阳光明媚", []string{"青岛市"}},
		{"辽宁省：留得青山，合作关系，一汽解放，振兴发展，新兴产业，朝阳产业", []string{"辽宁省"}},
		{"青岛市即墨路小商品市场，青岛大学", []string{"青岛市"}},
		{"推进城乡和县域经济", nil},
		{"新区建设，城区改造", nil},
		// a county name of two characters said three times, twice opening
		// a clause, is the county; said once inside words, it is not
		{"房县农特产业齐头并进。近年来，房县成立领导小组。房县立足资源禀赋", []string{"房县", "房县", "房县"}},
		{"提高县域经济，提高县城品质，提高县乡服务", nil},
		{"大连大连", []string{"大连市", "大连市"}},
		{"山东省军区", []string{"山东省"}},
		{"江苏省南京市鼓楼区", []string{"江苏省", "南京市", "鼓楼区"}},
		// a city's short form and one of its children's, written one after
		// the other, name each other; apart, neither is trusted alone
		{"广州花都出台新政", []string{"广州市", "花都区"}},
		{"扬州江都冲刺万亿", []string{"扬州市", "江都区"}},
		{"花都出台新政，广州发布", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range g.Find(tt.text) {
			got = append(got, m.Name)
			if rs := []rune(tt.text); string(rs[m.Start:m.End]) != m.Text {
				t.Errorf("Find(%q): mention %+v offsets do not match its text", tt.text, m)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Find(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	ms := g.Find("江苏省南京市鼓楼区")
	if ms[2].Code != "320106" {
		t.Errorf("鼓楼区 after 南京市 resolved to %s, want 320106", ms[2].Code)
	}
	tw := g.Find("河南省信陽市")
	if len(tw) != 2 || tw[1].Text != "信陽市" || tw[1].Name != "信阳市" {
		t.Errorf("traditional mention = %+v, want Text as written and canonical Name", tw)
	}
}

func TestShortForm(t *testing.T) {
	tests := []struct{ name, level, want string }{
		{"大连市", City, "大连"},
		{"即墨区", County, "即墨"},
		{"山东省", Province, "山东"},
		{"广西壮族自治区", Province, "广西"},
		{"延边朝鲜族自治州", City, "延边"},
		{"黔东南苗族侗族自治州", City, "黔东南"},
		{"巴音郭楞蒙古自治州", City, "巴音郭楞"},
		{"长阳土家族自治县", County, "长阳"},
		{"六盘水市", City, "六盘水"},
		{"市南区", County, ""},
		{"滨海新区", County, ""},
		{"赵县", County, ""},
		{"阿里地区", City, "阿里"},
	}
	for _, tt := range tests {
		if got := ShortForm(tt.name, tt.level); got != tt.want {
			t.Errorf("ShortForm(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCount(t *testing.T) {
	ms := []Mention{{Name: "青岛市"}, {Name: "即墨区"}, {Name: "即墨区"}, {Name: "崂山区"}}
	if got := Count(ms); !reflect.DeepEqual(got, []string{"即墨区", "青岛市", "崂山区"}) {
		t.Errorf("Count = %v", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct{ div, alias, t2s string }{
		{"110000\t北京市\tplanet\t\n", "", ""},
		{"110000\t北京市\n", "", ""},
		{"110000\t北京市\tprovince\t\n110000\t北京\tprovince\t\n", "", ""},
		{"110000\t北京市\tprovince\t\n", "alias\t999999\t某地\n", ""},
		{"110000\t北京市\tprovince\t\n", "frob\t110000\t某地\n", ""},
		{"110000\t北京市\tprovince\t\n", "", "陽陽\t阳\n"},
	}
	for _, tt := range tests {
		if _, err := Load(strings.NewReader(tt.div), strings.NewReader(tt.alias), strings.NewReader(tt.t2s)); err == nil {
			t.Errorf("Load(%q, %q, %q): no error", tt.div, tt.alias, tt.t2s)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	g := Default()
	text := strings.Repeat("青岛市即墨区上半年新增城乡就业3.4万人，崂山区固定资产投资增长7.4%。", 100)
	for b.Loop() {
		g.Find(text)
	}
}

// TestSimplifyFastPath checks that text without traditional characters
// comes back unchanged and that mapped or invalid text is still mapped.
func TestSimplifyFastPath(t *testing.T) {
	g := Default()
	tests := []struct{ in, want string }{
		{"", ""},
		{"青岛市即墨区", "青岛市即墨区"},
		{"臺灣", "台湾"},
		{"abc\xffdef", "abc\uFFFDdef"},
		{"青島\xff", "青岛\uFFFD"},
		{"2022年陜西省安康市寧陜縣", "2022年陕西省安康市宁陕县"}, // (a variant glyph OpenCC does not list)
	}
	for _, tt := range tests {
		if got := g.Simplify(tt.in); got != tt.want {
			t.Errorf("Simplify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCommonFormOfAutonomousDivisions(t *testing.T) {
	g := Default()
	for name, want := range map[string]string{"酉阳县": "酉阳土家族苗族自治县", "延边州": "延边朝鲜族自治州"} {
		if r, ok := g.Lookup(name); !ok || r.Name != want {
			t.Errorf("Lookup(%s) = %v %v, want %s", name, r, ok, want)
		}
		if ms := g.Find("今年" + name + "经济"); len(ms) != 1 || ms[0].Name != want {
			t.Errorf("Find in text with %s: %v", name, ms)
		}
	}
}

// TestStopWordDivisionWithItsCity checks that a division whose name is a
// generic word (郊区) is found when its city comes before it, and only then.
func TestStopWordDivisionWithItsCity(t *testing.T) {
	g := Default()
	for _, text := range []string{"阳泉市郊区统计局发布", "阳泉郊区全年"} {
		ms := g.Find(text)
		if len(ms) != 1 || ms[0].Code != "140311" || ms[0].Name != "郊区" {
			t.Errorf("Find(%q) = %+v, want one mention of 郊区 (140311)", text, ms)
		}
	}
	if ms := g.Find("城区和郊区的居民"); len(ms) != 0 {
		t.Errorf("generic 郊区 found: %+v", ms)
	}
}

// TestFormerCountyNames checks that a district is found by the name of the
// county or county-level city it was (凤翔县 → 凤翔区, 长乐市 → 长乐区), and that
// an old name that is another place's stays that place's.
func TestFormerCountyNames(t *testing.T) {
	g := Default()
	for old, want := range map[string]string{"凤翔县": "凤翔区", "长乐市": "长乐区", "密云县": "密云区", "蓟县": "蓟州区", "监利县": "监利市"} {
		if r, ok := g.Lookup(old); !ok || r.Name != want {
			t.Errorf("%s: %+v %v, want %s", old, r, ok, want)
		}
	}
	if r, ok := g.Lookup("吉林市"); !ok || r.Level != City {
		t.Errorf("吉林市: %+v, want the city", r)
	}
}

// TestBannerShortNames: Inner Mongolia's banners by the short names their
// own reports use (阿左旗一季度经济运行开局良好).
func TestBannerShortNames(t *testing.T) {
	g := Default()
	for short, want := range map[string]string{"阿左旗": "阿拉善左旗", "阿右旗": "阿拉善右旗", "鄂前旗": "鄂托克前旗", "乌前旗": "乌拉特前旗", "东乌旗": "东乌珠穆沁旗", "西乌旗": "西乌珠穆沁旗"} {
		if ms := g.Find("今年第一季度，" + short + "经济运行开局良好。"); len(ms) != 1 || ms[0].Name != want {
			t.Errorf("%s: %+v, want %s", short, ms, want)
		}
	}
}

// TestCorps: the Xinjiang Production and Construction Corps, which reports
// its own economy (前三季度兵团国民经济运行), is a region of its own.
func TestCorps(t *testing.T) {
	g := Default()
	for _, text := range []string{"前三季度兵团国民经济运行稳中有进。", "新疆生产建设兵团统计局发布。", "新疆兵团生产总值增长。"} {
		if ms := g.Find(text); len(ms) != 1 || ms[0].Name != "新疆生产建设兵团" {
			t.Errorf("%s: %+v", text, ms)
		}
	}
}

// TestFindDecoded checks FindDecoded, for callers that have decoded the
// text already, against Find on TestFind's texts and on texts Simplify
// changes or with invalid bytes (where it falls back to Find).
func TestFindDecoded(t *testing.T) {
	g := Default()
	for _, text := range []string{
		"", "青岛市即墨区和崂山区，即墨全区", "房县农特产业齐头并进。近年来，房县成立领导小组。房县立足资源禀赋",
		"江苏省南京市鼓楼区", "河南省信陽市", "信陽市召开会议", "青岛市\uFFFD即墨区", "青岛市\xff即墨区，即墨",
		"辽宁省：留得青山，合作关系，一汽解放，振兴发展，新兴产业，朝阳产业", "大连大连",
	} {
		var rs []rune
		var off []int
		for i, r := range text {
			rs, off = append(rs, r), append(off, i)
		}
		got, want := g.FindDecoded(text, rs, append(off, len(text))), g.Find(text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("FindDecoded(%q) = %+v, Find %+v", text, got, want)
		}
	}
}
