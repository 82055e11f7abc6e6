package geomap

import "testing"

func TestChoose(t *testing.T) {
	tests := []struct {
		regions []string
		want    string
	}{
		{[]string{"即墨区", "西海岸新区"}, "青岛市"},
		{[]string{"即墨市", "黄岛区", "全国"}, "青岛市"},
		{[]string{"青岛市"}, "青岛市"},
		{[]string{"崂山区", "青岛"}, "青岛市"},
		{[]string{"金州区", "长海县"}, "大连市"},
		{[]string{"即墨区", "金州区"}, "中国"},
		{[]string{"山东", "辽宁省"}, "中国"},
	}
	for _, tc := range tests {
		m, err := Choose(tc.regions)
		if err != nil {
			t.Errorf("Choose(%v): %v", tc.regions, err)
			continue
		}
		if m.Name != tc.want {
			t.Errorf("Choose(%v) = %s, want %s", tc.regions, m.Name, tc.want)
		}
	}
	for _, regions := range [][]string{nil, {"火星", "某街道"}, {"全国"}} {
		if m, err := Choose(regions); err == nil {
			t.Errorf("Choose(%v) = %s, want error", regions, m.Name)
		}
	}
}
