package chartset

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/views/chart"
)

// maxSources is how many outlets a source line names before it says how
// many more there are.
const maxSources = 6

// sourceLine names the outlets and dates of the articles behind a chart
// (来源：青岛日报 2020-07-23；大众日报 2023-05-30), oldest first, each once.
func sourceLine(loc chart.Locale, arts []*data.Article) string {
	type src struct{ outlet, date string }
	seen := map[src]bool{}
	var all []src
	for _, a := range arts {
		if a == nil {
			continue
		}
		s := src{outlet: a.Source, date: a.Date}
		if s.outlet == "" {
			s.outlet = a.File
		}
		if len(s.date) > 10 {
			s.date = s.date[:10] // the day, not the time
		}
		if !seen[s] {
			seen[s] = true
			all = append(all, s)
		}
	}
	if len(all) == 0 {
		return ""
	}
	slices.SortFunc(all, func(a, b src) int { return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.outlet, b.outlet)) })
	var parts []string
	for i, s := range all {
		if i == maxSources {
			parts = append(parts, fmt.Sprintf(loc.Say("另%d篇"), len(all)-maxSources))
			break
		}
		parts = append(parts, strings.TrimSpace(s.outlet+" "+s.date))
	}
	return loc.Say("来源：") + strings.Join(parts, loc.Say("；"))
}

// SortRegions orders a regions chart's figures: by value (largest first,
// regions without a figure last), by name (pinyin order), or as given.
func SortRegions(rvs []compare.RegionValue, by string) []compare.RegionValue {
	switch by {
	case SortValue:
		slices.SortStableFunc(rvs, func(a, b compare.RegionValue) int {
			switch an, bn := math.IsNaN(a.Value), math.IsNaN(b.Value); {
			case an && bn:
				return 0
			case an:
				return 1
			case bn:
				return -1
			}
			return cmp.Compare(b.Value, a.Value)
		})
	case SortName:
		col := collate.New(language.SimplifiedChinese)
		slices.SortStableFunc(rvs, func(a, b compare.RegionValue) int { return col.CompareString(a.Region, b.Region) })
	}
	return rvs
}

// Preset is a named export size in pixels (at 1×).
type Preset struct {
	Name          string // slide, a4, square
	Width, Height int
}

// Presets are the export sizes offered for reports: a 16:9 slide, a
// column of an A4 page (17 cm wide at 150 dpi, about 3:2) and a square.
func Presets() []Preset {
	return []Preset{{"slide", 1600, 900}, {"a4", 1000, 667}, {"square", 1000, 1000}}
}

// PresetNamed returns the preset called name.
func PresetNamed(name string) (Preset, bool) {
	for _, p := range Presets() {
		if p.Name == name {
			return p, true
		}
	}
	return Preset{}, false
}
