package compare

import (
	"cmp"
	"math"
	"slices"
	"zhibiao/data"
)

// Overview is what a corpus lets one compare: every canonical indicator
// that two or more regions report, with the figure each region's
// comparison would show (RegionValues' choice: a result before a target,
// the latest period).
type Overview struct {
	Regions    []string        // columns: the regions with a figure in any row, most rows first
	Indicators []string        // rows: most regions first, then most figures, then by name
	Cells      [][]RegionValue // Cells[row][column]; Count 0 where a region has no figure
}

// OverviewOf builds the overview of inds for the regions (nil: every
// region).
func OverviewOf(inds []data.Indicator, regions []string) Overview {
	var ov Overview
	figures := map[string]int{}
	rows := map[string][]RegionValue{}
	for _, nc := range IndicatorCounts(inds) {
		var have []RegionValue
		for _, rv := range RegionValues(inds, nc.Name, regions) {
			if rv.Count > 0 {
				have = append(have, rv)
			}
		}
		if len(have) >= 2 {
			ov.Indicators = append(ov.Indicators, nc.Name)
			figures[nc.Name] = nc.Count
			rows[nc.Name] = have
		}
	}
	slices.SortStableFunc(ov.Indicators, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(rows[b]), len(rows[a])), cmp.Compare(figures[b], figures[a]), cmp.Compare(a, b))
	})
	cells := map[string]int{}
	for _, name := range ov.Indicators {
		for _, rv := range rows[name] {
			if cells[rv.Region] == 0 {
				ov.Regions = append(ov.Regions, rv.Region)
			}
			cells[rv.Region]++
		}
	}
	slices.SortStableFunc(ov.Regions, func(a, b string) int {
		return cmp.Or(cmp.Compare(cells[b], cells[a]), cmp.Compare(a, b))
	})
	for _, name := range ov.Indicators {
		row := make([]RegionValue, len(ov.Regions))
		for j, r := range ov.Regions {
			row[j] = RegionValue{Region: r, Value: math.NaN()}
			for _, rv := range rows[name] {
				if rv.Region == r {
					row[j] = rv
				}
			}
		}
		ov.Cells = append(ov.Cells, row)
	}
	return ov
}
