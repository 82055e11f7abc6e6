package chart

import (
	"math"
	"strings"
	"testing"
	"zhibiao/data/compare"
)

// english is an English locale whose words are the Chinese ids in
// brackets, so tests see which phrase was asked for.
func english() Locale {
	return Locale{English: true, Words: func(id string, n int) string {
		if n >= 0 {
			return "<" + id + "#" + strings.Repeat("s", min(n, 2)) + ">"
		}
		return "<" + id + ">"
	}}
}

func TestEnglishNumbers(t *testing.T) {
	loc := Locale{English: true}
	for _, c := range []struct {
		v          float64
		unit, want string
	}{
		{34000, "人", "34,000 人"},
		{810000000, "元", "810 million 元"},
		{8.1e9, "元", "8.1 billion 元"},
		{2.5e12, "元", "2.5 trillion 元"},
		{999960000, "元", "1 billion 元"},
		{1234567, "元", "1.23 million 元"},
		{7.4, "%", "7.4%"},
		{6.6, "个百分点", "6.6 个百分点"},
		{120000, "%", "120000%"},
		{-15000, "人", "-15,000 人"},
		{1234.5, "家", "1,234.5 家"},
		{0, "人", "0 人"},
		{0.0123, "", "0.0123"},
		{math.NaN(), "人", "无数据"},
	} {
		if got := loc.Human(c.v, c.unit); got != c.want {
			t.Errorf("Human(%v, %q) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
	for v, want := range map[float64]string{20000: "20K", 1.5e6: "1.5M", 2e9: "2B", 250: "250", -5000: "-5K"} {
		if got := loc.tick(v, "人"); got != want {
			t.Errorf("tick(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestEnglishQualifiers(t *testing.T) {
	loc := english()
	for _, c := range []struct {
		q, want string
	}{
		{"余", "<余> 81,000 人"},
		{"近", "<近> 81,000 人"},
		{"预计左右", "<预计> <左右> 81,000 人"},
		{"以上", "<以上> 81,000 人"},
		{"许", "81,000 人许"}, // not known: data, kept after the number
		{"", "81,000 人"},
	} {
		if got := loc.HumanQ(81000, "人", c.q); got != c.want {
			t.Errorf("HumanQ(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	if got := (Locale{}).HumanQ(81000, "人", "余"); got != "8.1万余人" {
		t.Errorf("Chinese HumanQ = %q", got)
	}
}

// TestChineseLocaleUnchanged: the zero Locale writes what the package
// wrote before it had locales, the mismatch note included (periods that
// differ, targets among results, regions without a figure).
func TestChineseLocaleUnchanged(t *testing.T) {
	mixed := []compare.RegionValue{
		{Region: "即墨区", Period: "2020年上半年", Count: 1},
		{Region: "西海岸新区", Period: "2023年", Count: 1, Target: true},
		{Region: "崂山区", Value: math.NaN()},
	}
	want := "注意：各地区时期不同：即墨区 2020年上半年，西海岸新区 2023年；西海岸新区为目标值，非实际结果；崂山区无数据"
	if got := (Locale{}).mismatchNote(mixed); got != want {
		t.Errorf("note %q, want %q", got, want)
	}
	same := []compare.RegionValue{{Region: "即墨区", Period: "2020年上半年", Count: 1}, {Region: "西海岸新区", Period: "2020年上半年", Count: 2}}
	if got := (Locale{}).mismatchNote(same); got != "" {
		t.Errorf("same periods gave note %q", got)
	}
	rv := compare.RegionValues(figures(), "新增就业", []string{"即墨区", "西海岸新区", "崂山区"})
	spec := RegionBar(rv, "新增就业", false)
	if !strings.HasPrefix(spec.Title, "新增就业（人）") || !strings.Contains(spec.Subtitle, "共找到2处") {
		t.Errorf("title %q subtitle %q", spec.Title, spec.Subtitle)
	}
}

// TestEnglishRegionBarAsksForEveryPhrase: an English region chart writes
// its title, subtitle, note and value labels through Words, with counts for
// the plural phrases, and English numbers.
func TestEnglishRegionBarAsksForEveryPhrase(t *testing.T) {
	inds := figures()
	inds[0].Target = true
	rv := compare.RegionValues(inds, "新增就业", []string{"即墨区", "西海岸新区", "崂山区"})
	spec := english().RegionBar(rv, "新增就业", false)
	if !strings.HasPrefix(spec.Title, "<新增就业（人）>") {
		t.Errorf("title %q", spec.Title)
	}
	for _, want := range []string{"<注意：>", "<各地区时期不同：>", "<，>", "<即墨区为目标值，非实际结果#s>", "<崂山区无数据#s>"} {
		if !strings.Contains(spec.Note, want) {
			t.Errorf("note %q lacks %s", spec.Note, want)
		}
	}
	if !strings.Contains(spec.Subtitle, "#ss>") {
		t.Errorf("subtitle %q not asked with its count", spec.Subtitle)
	}
	if want := []string{"34,000 人<（目标）>", "<余> 81,000 人", "<无数据>"}; strings.Join(spec.ValueLabels, "|") != strings.Join(want, "|") {
		t.Errorf("value labels %q, want %q", spec.ValueLabels, want)
	}
}

func TestSplitNote(t *testing.T) {
	for label, want := range map[string][2]string{
		"1.2亿元（目标）":              {"1.2亿元", "（目标）"},
		"120 million 元 (target)": {"120 million 元", "(target)"},
		"3.4万人":                  {"3.4万人", ""},
	} {
		main, note, _ := splitNote(label)
		if main != want[0] || note != want[1] {
			t.Errorf("splitNote(%q) = %q, %q", label, main, note)
		}
	}
}
