package geomap

import (
	"strings"

	"zhibiao/data/region"
)

// Resolver maps a region name as written (an alias, an old or short name) to
// its canonical name, reporting whether it knows the name. The data/region
// gazetteer provides one; DefaultResolver is a small built-in table for the
// names in the embedded boundaries.
type Resolver func(name string) (canonical string, ok bool)

// aliases maps names found in the boundary data and common variants to the
// canonical names used by data/region (GB/T 2260 names, except 黄岛区, whose
// canonical name is 西海岸新区). Canonical names map to themselves via
// canonicalNames.
var aliases = map[string]string{
	"黄岛区": "西海岸新区", "青岛西海岸新区": "西海岸新区", "西海岸": "西海岸新区", "黄岛": "西海岸新区",
	"即墨市": "即墨区", "即墨": "即墨区",
	"市南": "市南区", "市北": "市北区", "崂山": "崂山区", "李沧": "李沧区", "城阳": "城阳区",
	"胶州": "胶州市", "平度": "平度市", "莱西": "莱西市",
	"普兰店市": "普兰店区", "金州新区": "金州区", "大连金普新区": "金州区", "金普新区": "金州区",
	"旅顺": "旅顺口区", "瓦房店": "瓦房店市", "庄河": "庄河市",
	"青岛": "青岛市", "大连": "大连市",
	"全国": "中国", "中华人民共和国": "中国",
	"北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
	"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
	"宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
	"香港": "香港特别行政区", "澳门": "澳门特别行政区", "台湾": "台湾省",
}

// provinces are the province short names that take the 省 suffix.
var provinces = []string{
	"河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
	"山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
	"甘肃", "青海",
}

// canonicalNames are names that are already canonical.
var canonicalNames = []string{
	"市南区", "市北区", "西海岸新区", "崂山区", "李沧区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市",
	"中山区", "西岗区", "沙河口区", "甘井子区", "旅顺口区", "金州区", "普兰店区", "瓦房店市", "长海县", "庄河市",
	"青岛市", "大连市", "中国",
}

// DefaultResolver resolves the names of the embedded maps and their common
// variants: 黄岛区, 青岛西海岸新区 → 西海岸新区; 即墨市 → 即墨区; 山东 → 山东省;
// 内蒙古 → 内蒙古自治区. Surrounding spaces are ignored.
func DefaultResolver(name string) (string, bool) {
	name = strings.TrimSpace(name)
	if c, ok := aliases[name]; ok {
		return c, true
	}
	for _, p := range provinces {
		if name == p || name == p+"省" {
			return p + "省", true
		}
	}
	for _, c := range aliases {
		if c == name {
			return c, true
		}
	}
	for _, c := range canonicalNames {
		if c == name {
			return c, true
		}
	}
	return "", false
}

// Chain returns a resolver that tries each resolver in turn.
func Chain(rs ...Resolver) Resolver {
	return func(name string) (string, bool) {
		for _, r := range rs {
			if r == nil {
				continue
			}
			if c, ok := r(name); ok && c != "" {
				return c, true
			}
		}
		return "", false
	}
}

// GazetteerResolver resolves names with the data/region gazetteer. Of several
// readings it prefers one inside within (a canonical city or province name;
// "" for none), else the gazetteer's best reading (the highest level).
func GazetteerResolver(g *region.Gazetteer, within string) Resolver {
	return func(name string) (string, bool) {
		all := g.LookupAll(name)
		if len(all) == 0 {
			return "", false
		}
		for _, r := range all {
			if within != "" && (r.Parent == within || r.Province == within) {
				return r.Name, true
			}
		}
		return all[0].Name, true
	}
}

// canonical resolves name, keeping it as written when resolve does not know it
// or is nil.
func canonical(name string, resolve Resolver) string {
	if resolve == nil {
		resolve = DefaultResolver
	}
	if c, ok := resolve(name); ok && c != "" {
		return c
	}
	return strings.TrimSpace(name)
}

// Canonicalize returns values with its keys resolved to canonical names (nil
// resolve means DefaultResolver; keys it does not know are kept). When several keys resolve to one name, the
// key equal to the canonical name wins, else the alphabetically first key.
func Canonicalize(values map[string]float64, resolve Resolver) map[string]float64 {
	out := make(map[string]float64, len(values))
	from := make(map[string]string, len(values))
	for k, v := range values {
		c := canonical(k, resolve)
		prev, seen := from[c]
		if seen && (prev == c || (k != c && prev < k)) {
			continue
		}
		out[c], from[c] = v, k
	}
	return out
}
