package geomap

import (
	"maps"
	"slices"
	"testing"

	"zhibiao/data/region"
)

func TestDefaultResolver(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"黄岛区", "西海岸新区", true},
		{"青岛西海岸新区", "西海岸新区", true},
		{"西海岸新区", "西海岸新区", true},
		{"即墨市", "即墨区", true},
		{"即墨区", "即墨区", true},
		{" 崂山区 ", "崂山区", true},
		{"山东", "山东省", true},
		{"山东省", "山东省", true},
		{"内蒙古", "内蒙古自治区", true},
		{"北京", "北京市", true},
		{"大连", "大连市", true},
		{"金州区", "金州区", true},
		{"火星", "", false},
	}
	for _, tc := range tests {
		got, ok := DefaultResolver(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("DefaultResolver(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCanonicalize(t *testing.T) {
	got := Canonicalize(map[string]float64{"黄岛区": 1, "西海岸新区": 2, "即墨市": 3, "未知区": 4}, nil)
	want := map[string]float64{"西海岸新区": 2, "即墨区": 3, "未知区": 4}
	if !maps.Equal(got, want) {
		t.Errorf("Canonicalize = %v, want %v", got, want)
	}
}

func TestLoadJoinsNames(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"青岛市", []string{"市南区", "市北区", "西海岸新区", "崂山区", "李沧区", "城阳区", "即墨区", "胶州市", "平度市", "莱西市"}},
		{"大连", []string{"中山区", "西岗区", "沙河口区", "甘井子区", "旅顺口区", "金州区", "普兰店区", "瓦房店市", "长海县", "庄河市"}},
	}
	for _, tc := range tests {
		m, err := Load(tc.name)
		if err != nil {
			t.Fatal(err)
		}
		got := featureNames(m)
		slices.Sort(got)
		slices.Sort(tc.want)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Load(%s) features = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestLoadChina(t *testing.T) {
	m, err := Load("中国")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(featureNames(m)); n != 34 {
		t.Errorf("China has %d province-level regions, want 34", n)
	}
	for _, name := range []string{"山东省", "辽宁省", "新疆维吾尔自治区", "香港特别行政区", "台湾省", "北京市"} {
		if _, ok := m.Feature(name); !ok {
			t.Errorf("China map lacks %s", name)
		}
	}
	if _, ok := m.Feature("南海诸岛"); ok {
		t.Error("the 南海诸岛 inset must not count as a region")
	}
}

func TestLoadWithResolver(t *testing.T) {
	upper := func(s string) (string, bool) { return "R:" + s, true }
	m, err := LoadWith("青岛市", upper)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m.Feature("R:黄岛区"); !ok {
		t.Errorf("custom resolver not used: %v", featureNames(m))
	}
	if _, err := Load("火星"); err == nil {
		t.Error("Load(火星) succeeded, want error")
	}
}

func TestLabelPointsInside(t *testing.T) {
	for _, name := range Names() {
		m, err := Load(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m.Features {
			if !f.Contains(f.Label) {
				t.Errorf("%s %s: label point %v outside the region", name, f.Name, f.Label)
			}
		}
	}
}

func featureNames(m *Map) []string {
	var out []string
	for _, f := range m.Features {
		if !f.Inset {
			out = append(out, f.Name)
		}
	}
	return out
}

func TestGazetteerJoin(t *testing.T) {
	g := region.Default()
	tests := []struct {
		within, in, want string
		ok               bool
	}{
		{"", "海南", "海南省", true},
		{"", "吉林", "吉林省", true},
		{"青岛市", "黄岛区", "西海岸新区", true},
		{"青岛市", "嶗山區", "崂山区", true},
		{"大连市", "普兰店市", "普兰店区", true},
		{"", "火星", "", false},
	}
	for _, tc := range tests {
		got, ok := GazetteerResolver(g, tc.within)(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("GazetteerResolver(%q)(%q) = %q, %v; want %q, %v", tc.within, tc.in, got, ok, tc.want, tc.ok)
		}
	}
	none := func(string) (string, bool) { return "", false }
	chain := Chain(none, nil, DefaultResolver)
	if got, ok := chain("即墨市"); !ok || got != "即墨区" {
		t.Errorf("chain(即墨市) = %q, %v", got, ok)
	}
	if got, ok := Chain(none)("即墨市"); ok {
		t.Errorf("Chain(none) resolved 即墨市 to %q", got)
	}
	m, err := Load("青岛市")
	if err != nil {
		t.Fatal(err)
	}
	if got := Canonicalize(map[string]float64{"嶗山區": 1}, m.resolve); got["崂山区"] != 1 {
		t.Errorf("traditional value key not joined: %v", got)
	}
}
