package chart

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"zhibiao/data/compare"
)

// RegionBar is the bar chart of one indicator across regions, from
// compare.RegionValues: the title names the indicator, its unit and the period
// when all regions share one; values are labelled in human form with their
// qualifier (8.1亿余元); regions without a figure say 无数据; a note warns
// when periods differ or targets are mixed in. Bar i is rv[i], so
// rv[BarAt(...)].Refs are the sentences behind a clicked bar. It writes
// Chinese; Locale.RegionBar writes another language.
func RegionBar(rv []compare.RegionValue, indicator string, dark bool) Spec {
	return Locale{}.RegionBar(rv, indicator, dark)
}

// RegionBar is the package function RegionBar written in loc.
func (loc Locale) RegionBar(rv []compare.RegionValue, indicator string, dark bool) Spec {
	spec := Spec{Kind: Bar, Dark: dark, Locale: loc, Note: loc.mismatchNote(rv)}
	figures := 0
	for _, r := range rv {
		spec.Labels = append(spec.Labels, r.Region)
		spec.Values = append(spec.Values, r.Value)
		spec.ValueLabels = append(spec.ValueLabels, loc.regionValueLabel(r))
		if r.Count > 0 && spec.Unit == "" {
			spec.Unit = r.Unit
		}
		figures += r.Count
	}
	spec.Title = indicator
	if spec.Unit != "" {
		spec.Title = fmt.Sprintf(loc.Say("%s（%s）"), indicator, spec.Unit)
	}
	if p := compare.CommonPeriod(rv); p != "" {
		spec.Title += " · " + p
	}
	spec.Subtitle = fmt.Sprintf(loc.sayN("每个地区取一处数字：实际值优先于目标值，时期最新者优先（共找到%d处）", figures), figures)
	return spec
}

// regionValueLabel is the text on a region's bar: 8.1亿余元, 2万人（目标）.
func (loc Locale) regionValueLabel(r compare.RegionValue) string {
	if r.Count == 0 || math.IsNaN(r.Value) {
		return loc.noData()
	}
	s := loc.HumanQ(r.Value, r.Unit, r.Qualifier)
	switch {
	case r.Target:
		s += loc.Say("（目标）")
	case r.Estimate:
		s += loc.Say("（预计）")
	}
	return s
}

// mismatchNote warns when the compared figures are not like for like:
// periods that differ across regions (注意：各地区时期不同：即墨区
// 2020年上半年，西海岸新区 2023年), targets shown among results, regions
// without a figure. It is "" when the comparison is clean. Written in loc.
func (loc Locale) mismatchNote(rvs []compare.RegionValue) string {
	var periods, targets, missing []string
	for _, rv := range rvs {
		switch {
		case rv.Count == 0:
			missing = append(missing, rv.Region)
		default:
			periods = append(periods, rv.Region+" "+rv.Period)
			if rv.Target {
				targets = append(targets, rv.Region)
			}
		}
	}
	var parts []string
	if len(periods) > 1 && compare.CommonPeriod(rvs) == "" {
		parts = append(parts, loc.Say("各地区时期不同：")+strings.Join(periods, loc.Say("，")))
	}
	if len(targets) > 0 {
		parts = append(parts, fmt.Sprintf(loc.sayN("%s为目标值，非实际结果", len(targets)), loc.list(targets)))
	}
	if len(missing) > 0 {
		parts = append(parts, fmt.Sprintf(loc.sayN("%s无数据", len(missing)), loc.list(missing)))
	}
	if len(parts) == 0 {
		return ""
	}
	return loc.Say("注意：") + strings.Join(parts, loc.Say("；"))
}

// themeStyles are the twelve policy themes in DESIGN.md order with their
// colours: 六稳 in cool colours, 六保 in warm ones.
func themeStyles() []Series {
	return []Series{
		{Name: "稳就业", Color: "#2b6cb0"}, {Name: "稳金融", Color: "#63a4e8"},
		{Name: "稳外贸", Color: "#2c9c8f"}, {Name: "稳外资", Color: "#86cfc0"},
		{Name: "稳投资", Color: "#6b5bb5"}, {Name: "稳预期", Color: "#aa9de3"},
		{Name: "保居民就业", Color: "#d1495b"}, {Name: "保基本民生", Color: "#f28e2b"},
		{Name: "保市场主体", Color: "#e9b93a"}, {Name: "保粮食能源安全", Color: "#9c6b3f"},
		{Name: "保产业链供应链稳定", Color: "#e377c2"}, {Name: "保基层运转", Color: "#8c8c3a"},
	}
}

// themeRank orders a theme by DESIGN.md's list (a theme written with a
// prefix, such as 六稳·稳就业, ranks as the theme it contains); unknown
// themes come last.
func themeRank(theme string) (int, string) {
	for i, s := range themeStyles() {
		if theme == s.Name || strings.HasSuffix(theme, s.Name) {
			return i, s.Color
		}
	}
	return len(themeStyles()), ""
}

// ThemeEmphasis is the stacked bar chart of policy-theme emphasis: per
// region, the absolute number of figures under each 六稳/六保 theme (from
// data.ThemeCounts), one colour per theme with a legend. With regions nil,
// every region in counts is shown, the busiest first. It writes Chinese;
// Locale.ThemeEmphasis writes another language.
func ThemeEmphasis(counts map[string]map[string]int, regions []string, dark bool) Spec {
	return Locale{}.ThemeEmphasis(counts, regions, dark)
}

// ThemeEmphasis is the package function ThemeEmphasis written in loc.
func (loc Locale) ThemeEmphasis(counts map[string]map[string]int, regions []string, dark bool) Spec {
	if len(regions) == 0 {
		regions = regionsByTotal(counts)
	}
	spec := Spec{
		Kind: Stacked, Dark: dark, Labels: regions, Locale: loc,
		Title:    loc.Say("政策主题侧重：各地区指标数（六稳 / 六保）"),
		Subtitle: loc.Say("每段为该主题下抽取到的指标条数；柱顶为合计"),
	}
	for _, theme := range themesIn(counts, regions) {
		_, color := themeRank(theme)
		ser := Series{Name: theme, Color: color, Values: make([]float64, len(regions))}
		for i, r := range regions {
			ser.Values[i] = float64(counts[r][theme])
		}
		spec.Series = append(spec.Series, ser)
	}
	return spec
}

// regionsByTotal lists the regions of counts, most figures first (ties by
// name).
func regionsByTotal(counts map[string]map[string]int) []string {
	total := map[string]int{}
	var regions []string
	for r, m := range counts {
		regions = append(regions, r)
		for _, n := range m {
			total[r] += n
		}
	}
	sort.Slice(regions, func(a, b int) bool {
		if total[regions[a]] != total[regions[b]] {
			return total[regions[a]] > total[regions[b]]
		}
		return regions[a] < regions[b]
	})
	return regions
}

// themesIn lists the themes with a figure in any of regions, in theme order.
func themesIn(counts map[string]map[string]int, regions []string) []string {
	seen := map[string]bool{}
	var themes []string
	for _, r := range regions {
		for t, n := range counts[r] {
			if n > 0 && !seen[t] {
				seen[t] = true
				themes = append(themes, t)
			}
		}
	}
	sort.Slice(themes, func(a, b int) bool {
		ra, _ := themeRank(themes[a])
		rb, _ := themeRank(themes[b])
		if ra != rb {
			return ra < rb
		}
		return themes[a] < themes[b]
	})
	return themes
}

// KeywordTitle is the title of region's keyword chart in loc (即墨区 关键词).
func (loc Locale) KeywordTitle(region string) string {
	return fmt.Sprintf(loc.Say("%s 关键词"), region)
}

// FigureLabel is how a chart writes a region's chosen figure: 8.1亿余元,
// 2万人（目标）, 无数据 (in loc).
func (loc Locale) FigureLabel(r compare.RegionValue) string { return loc.regionValueLabel(r) }
