package compare

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"zhibiao/data"
)

// RegionValue is the one figure a comparison chart shows for a region and a
// canonical indicator, with everything needed to say where it came from.
type RegionValue struct {
	Region    string
	Value     float64 // in base units; NaN when the region has no usable figure
	Unit      string  // base unit shared by the whole comparison
	Qualifier string  // 余, 近, 以上 … of the chosen figure
	Period    string  // the chosen figure's period with its year: "2020年上半年"
	Year      int     // year of the chosen figure, 0 if unknown
	Target    bool    // the chosen figure is a target (no result was found)
	Estimate  bool    // the chosen figure is the region's own estimate (预计)
	Count     int     // distinct figures found for the region in Unit
	Refs      []int   // indices into the indicators: the chosen one first, then the other candidates
	Note      string  // how the figure was chosen, or why there is none
	// Denom is, for a derived value (DerivedValues: per capita, share),
	// what the region's figure was divided by; nil otherwise.
	Denom *Denominator
	// DenomPeriods are, for a derived comparison's region without a
	// like-period denominator, the periods of the denominators the corpus
	// has for it (人口 2022年末), to say why none was used.
	DenomPeriods []string
}

// RegionValues picks one figure of indicator per region, for a chart that
// compares regions. With no regions given it covers every region that has a
// figure, largest value first; otherwise it keeps the given order and
// reports regions without a figure with Value NaN and Count 0.
//
// The choice is meant to be honest rather than flattering: all regions are
// compared in one unit (the indicator's most common unit among results), a
// result is preferred to a target (奋斗目标), then the figure with the latest
// period, then the first one in the text. Figures are never summed: an
// article that reports 新增就业 several times gives running totals or parts
// of a total, and adding them would double count. Repeated sentences are
// counted once.
func RegionValues(inds []data.Indicator, indicator string, regions []string) []RegionValue {
	byRegion, order := figuresByRegion(inds, indicator)
	unit := dominantUnit(inds, byRegion)
	auto := len(regions) == 0
	if auto {
		regions = order
	}
	out := make([]RegionValue, 0, len(regions))
	for _, r := range regions {
		out = append(out, chooseFigure(inds, r, unit, byRegion[r]))
	}
	if auto {
		sort.SliceStable(out, func(a, b int) bool { return greater(out[a].Value, out[b].Value) })
	}
	return out
}

// figuresByRegion returns the indices of inds of the canonical indicator,
// by region, and the regions in the order they first appear.
func figuresByRegion(inds []data.Indicator, indicator string) (map[string][]int, []string) {
	byRegion := map[string][]int{}
	var order []string
	for i, ind := range inds {
		if ind.Indicator != indicator || ind.Region == "" {
			continue
		}
		if _, ok := byRegion[ind.Region]; !ok {
			order = append(order, ind.Region)
		}
		byRegion[ind.Region] = append(byRegion[ind.Region], i)
	}
	return byRegion, order
}

// greater orders values descending with NaN last.
func greater(a, b float64) bool {
	if math.IsNaN(b) {
		return !math.IsNaN(a)
	}
	return a > b
}

// dominantUnit is the most common unit among the candidates' results
// (targets only count if there are no results); ties go to the unit seen
// first.
func dominantUnit(inds []data.Indicator, byRegion map[string][]int) string {
	count := map[string]int{}
	first := map[string]int{}
	for _, target := range []bool{false, true} {
		for _, idx := range byRegion {
			for _, i := range idx {
				if inds[i].Target != target {
					continue
				}
				if _, ok := first[inds[i].Unit]; !ok {
					first[inds[i].Unit] = i
				}
				count[inds[i].Unit]++
			}
		}
		if len(count) > 0 {
			break
		}
	}
	best := ""
	for u, n := range count {
		if best == "" || n > count[best] || n == count[best] && first[u] < first[best] {
			best = u
		}
	}
	return best
}

// chooseFigure picks region's figure among the indicator indices idx.
func chooseFigure(inds []data.Indicator, region, unit string, idx []int) RegionValue {
	rv := RegionValue{Region: region, Value: math.NaN(), Unit: unit}
	var same, other []int
	for _, i := range dedupe(inds, idx) {
		if inds[i].Unit == unit {
			same = append(same, i)
		} else {
			other = append(other, i)
		}
	}
	results, targets := splitTargets(inds, same)
	cands := results
	if len(cands) == 0 {
		cands = targets
	}
	if len(cands) == 0 {
		rv.Note = "无数据"
		if len(other) > 0 {
			rv.Note = fmt.Sprintf("无%s为单位的数字（另有%d处其他单位）", unitName(unit), len(other))
			rv.Refs = other
		}
		return rv
	}
	best := latest(inds, cands)
	ind := inds[best]
	rv.Value, rv.Qualifier, rv.Target = ind.Value, ind.Qualifier, ind.Target
	rv.Estimate = ind.Status == data.StatusEstimate
	rv.Period, rv.Year = PeriodLabel(ind)
	rv.Count = len(same)
	rv.Refs = append([]int{best}, without(same, best)...)
	rv.Note = choiceNote(rv, len(results), len(targets))
	return rv
}

// dedupe drops figures that repeat an earlier one (same value, unit and
// sentence), as a repeated sentence does.
func dedupe(inds []data.Indicator, idx []int) []int {
	type key struct {
		v        float64
		unit, st string
	}
	seen := map[key]bool{}
	var out []int
	for _, i := range idx {
		k := key{inds[i].Value, inds[i].Unit, strings.TrimSpace(inds[i].Sentence)}
		if !seen[k] {
			seen[k] = true
			out = append(out, i)
		}
	}
	return out
}

// splitTargets separates results (and the region's own estimates) from
// targets; somebody else's expectation (市场预期) is neither: it is never a
// region's figure.
func splitTargets(inds []data.Indicator, idx []int) (results, targets []int) {
	for _, i := range idx {
		switch {
		case inds[i].Status == data.StatusExpectation:
		case inds[i].Target:
			targets = append(targets, i)
		default:
			results = append(results, i)
		}
	}
	return results, targets
}

// latest returns the candidate with the latest period; ties go to the one
// first in the indicator list (document order).
func latest(inds []data.Indicator, cands []int) int {
	best, bestKey := cands[0], periodKey(inds[cands[0]])
	for _, i := range cands[1:] {
		if k := periodKey(inds[i]); k > bestKey {
			best, bestKey = i, k
		}
	}
	return best
}

// periodKey orders periods by the day they end, YYYYMMDD: from the
// structured PeriodEnd when there is one (a whole year ends on 31
// December, after its first half), else from the label's year and the
// month it ends in (0 when it does not say).
func periodKey(ind data.Indicator) int {
	if t, err := time.Parse(time.DateOnly, ind.PeriodEnd); err == nil {
		return t.Year()*10000 + int(t.Month())*100 + t.Day()
	}
	label, year := PeriodLabel(ind)
	return year*10000 + periodEndMonth(label)*100
}

// without returns idx without x.
func without(idx []int, x int) []int {
	var out []int
	for _, i := range idx {
		if i != x {
			out = append(out, i)
		}
	}
	return out
}

// choiceNote says how the figure was chosen when there was a choice.
func choiceNote(rv RegionValue, results, targets int) string {
	var parts []string
	if rv.Target {
		parts = append(parts, "仅有目标值")
	}
	if n := results + targets; n > 1 {
		parts = append(parts, fmt.Sprintf("共%d处数字，取时期最新的一处", n))
	}
	return strings.Join(parts, "；")
}

// unitName names a unit for notes ("%" reads as 百分比).
func unitName(unit string) string {
	switch unit {
	case "":
		return "无单位"
	case "%":
		return "百分比"
	}
	return unit
}

var (
	yearRe       = regexp.MustCompile(`(19|20)\d\d`)
	monthRangeRe = regexp.MustCompile(`(\d{1,2})\s*[-－—~～至到]\s*(\d{1,2})\s*月`)
	monthRe      = regexp.MustCompile(`(\d{1,2})\s*月`)
)

// relativeYear is a period prefix that names a year relative to the
// article's.
type relativeYear struct {
	prefix string
	delta  int
}

// relativeYears are the relative-year prefixes PeriodLabel resolves.
func relativeYears() []relativeYear {
	return []relativeYear{{"今年", 0}, {"本年", 0}, {"年内", 0}, {"去年", -1}, {"上年", -1}, {"明年", 1}}
}

// PeriodLabel returns the figure's period with its year made explicit
// ("上半年" in a 2020 article → "2020年上半年", "今年1-5月" → "2020年1-5月"),
// and that year (0 if unknown). A figure without a period gets the year
// alone, or "时期不详".
func PeriodLabel(ind data.Indicator) (string, int) {
	p := strings.TrimSpace(ind.Period)
	if m := yearRe.FindString(p); m != "" {
		y, _ := strconv.Atoi(m) // four digits: cannot fail
		return p, y
	}
	year := articleYear(ind)
	for _, ry := range relativeYears() {
		if rest, ok := strings.CutPrefix(p, ry.prefix); ok && year > 0 {
			return fmt.Sprintf("%d年%s", year+ry.delta, rest), year + ry.delta
		}
	}
	switch {
	case year == 0 && p == "":
		return "时期不详", 0
	case year == 0:
		return p, 0
	case p == "":
		return fmt.Sprintf("%d年", year), year
	}
	for _, pre := range []string{"截至", "截止到", "截止", "到"} {
		if rest, ok := strings.CutPrefix(p, pre); ok {
			return fmt.Sprintf("%s%d年%s", pre, year, rest), year
		}
	}
	return fmt.Sprintf("%d年%s", year, p), year
}

// articleYear is the year of the figure's article (its Year, else its date).
func articleYear(ind data.Indicator) int {
	if ind.Article != nil && ind.Article.Year > 0 {
		return ind.Article.Year
	}
	if m := yearRe.FindString(ind.Date); m != "" && strings.HasPrefix(ind.Date, m) {
		y, _ := strconv.Atoi(m) // four digits: cannot fail
		return y
	}
	return 0
}

// periodEndMonth is the month a period label ends in, 0 if it does not say.
func periodEndMonth(label string) int {
	named := []struct {
		word  string
		month int
	}{
		{"全年", 12}, {"年度", 12}, {"下半年", 12}, {"四季度", 12}, {"前三季度", 9}, {"三季度", 9},
		{"上半年", 6}, {"二季度", 6}, {"一季度", 3}, {"第一季度", 3},
	}
	for _, n := range named {
		if strings.Contains(label, n.word) {
			return n.month
		}
	}
	label = cnMonths(label)
	if m := monthRangeRe.FindStringSubmatch(label); m != nil {
		mo, _ := strconv.Atoi(m[2]) // digits: cannot fail
		return mo
	}
	if m := monthRe.FindStringSubmatch(label); m != nil {
		mo, _ := strconv.Atoi(m[1]) // digits: cannot fail
		return mo
	}
	return 0
}

// cnMonths rewrites Chinese month numerals (一至五月, 十二月) as digits.
func cnMonths(s string) string {
	r := strings.NewReplacer("十二", "12", "十一", "11", "十", "10", "一", "1", "二", "2", "三", "3",
		"四", "4", "五", "5", "六", "6", "七", "7", "八", "8", "九", "9")
	return r.Replace(s)
}

// CommonPeriod returns the period shared by every region that has a figure,
// or "" when they differ.
func CommonPeriod(rvs []RegionValue) string {
	common := ""
	for _, rv := range rvs {
		if rv.Count == 0 {
			continue
		}
		if common != "" && rv.Period != common {
			return ""
		}
		common = rv.Period
	}
	return common
}

// NameCount is a name with how often it occurs.
type NameCount struct {
	Name  string
	Count int
}

// IndicatorCounts lists the canonical indicator names found, with how many
// figures each has, most common first (ties by name).
func IndicatorCounts(inds []data.Indicator) []NameCount {
	count := map[string]int{}
	for _, ind := range inds {
		if ind.Indicator != "" {
			count[ind.Indicator]++
		}
	}
	out := make([]NameCount, 0, len(count))
	for n, c := range count {
		out = append(out, NameCount{n, c})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Count != out[b].Count {
			return out[a].Count > out[b].Count
		}
		return out[a].Name < out[b].Name
	})
	return out
}

// Indicators lists the canonical indicator names found, most common first.
func Indicators(inds []data.Indicator) []string {
	counts := IndicatorCounts(inds)
	out := make([]string, len(counts))
	for i, c := range counts {
		out[i] = c.Name
	}
	return out
}

// ThemeCounts counts the figures of each policy theme per region:
// counts[region][theme]. With regions given, only those regions are counted
// (each gets a map, possibly empty); otherwise every region with a themed
// figure. Figures without a theme or region are left out.
func ThemeCounts(inds []data.Indicator, regions []string) map[string]map[string]int {
	counts := map[string]map[string]int{}
	for _, r := range regions {
		counts[r] = map[string]int{}
	}
	for _, ind := range inds {
		if ind.Theme == "" || ind.Region == "" {
			continue
		}
		m, ok := counts[ind.Region]
		if !ok && len(regions) > 0 {
			continue
		}
		if !ok {
			m = map[string]int{}
			counts[ind.Region] = m
		}
		m[ind.Theme]++
	}
	return counts
}
