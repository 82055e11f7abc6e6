package region

import "strings"

// ethnicGroups are the names that make up autonomous-area names
// (延边朝鲜族自治州, 巴音郭楞蒙古自治州), longest first.
var ethnicGroups = strings.Fields(`柯尔克孜 乌孜别克 维吾尔 哈萨克 达斡尔 鄂温克 鄂伦春 俄罗斯 塔吉克 塔塔尔
	蒙古 布依 朝鲜 土家 哈尼 傈僳 拉祜 东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米
	德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 高山
	回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京`)

// suffixes by level, longest first: stripping one gives the short form.
var suffixes = map[string][]string{
	Province: {"特别行政区", "自治区", "省", "市"},
	City:     {"自治州", "地区", "盟", "市"},
	County:   {"自治县", "自治旗", "林区", "特区", "区", "县", "市"},
}

// ShortForm returns the everyday short form of a division name (大连市 →
// 大连, 即墨区 → 即墨, 延边朝鲜族自治州 → 延边, 新疆维吾尔自治区 → 新疆), or ""
// when there is none of at least two characters. New areas (滨海新区) and
// banners (旗) keep their full names, as do names whose short form would
// start with 市/县/区 (市南区).
func ShortForm(name, level string) string {
	if strings.HasSuffix(name, "新区") {
		return ""
	}
	s := name
	for _, suf := range suffixes[level] {
		if strings.HasSuffix(s, suf) {
			s = strings.TrimSuffix(s, suf)
			break
		}
	}
	if s == name {
		return ""
	}
	if strings.Contains(name, "自治") {
		s = stripEthnic(s)
	}
	if len([]rune(s)) < 2 || strings.ContainsAny(string([]rune(s)[0]), "市县区") {
		return ""
	}
	return s
}

// stripEthnic removes trailing ethnic-group names ("朝鲜族", "蒙古", "苗族侗族")
// while at least two characters remain.
func stripEthnic(s string) string {
	for {
		t := strings.TrimSuffix(s, "族")
		stripped := false
		for _, e := range ethnicGroups {
			if strings.HasSuffix(t, e) && len([]rune(t))-len([]rune(e)) >= 2 {
				s, stripped = strings.TrimSuffix(t, e), true
				break
			}
		}
		if !stripped {
			return s
		}
	}
}
