package views

import (
	"cmp"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/extract"
)

// Figures are a corpus's figures as the indicator table and the comparison
// ask for them: all in memory (MemFigures), or kept in a folder's index
// and read a page or an indicator at a time, so that a large archive's
// millions of figures are never all in memory (app's indexed corpus).
type Figures interface {
	// Len is the number of figures.
	Len() int
	// Indicators lists the canonical indicators with figures, most
	// figures first (compare.Indicators's order).
	Indicators() []string
	// Default is the indicator the comparison shows first: the one with
	// figures in the most regions (see PickIndicator).
	Default() string
	// Of returns, in corpus order, at least every figure of the canonical
	// indicators named (every figure with an indicator when names is
	// empty); with all, every figure. Callers filter what they need.
	Of(names []string, all bool) []data.Indicator
	// Page returns figures from..to-1 in corpus order (the table's rows).
	Page(from, to int) []data.Indicator
	// Each calls fn with every figure in corpus order and its position,
	// until fn returns false.
	Each(fn func(i int, ind *data.Indicator) bool)
}

// MemFigures are figures held in memory.
type MemFigures []data.Indicator

// Len implements Figures.
func (m MemFigures) Len() int { return len(m) }

// Indicators implements Figures.
func (m MemFigures) Indicators() []string { return compare.Indicators(m) }

// Default implements Figures.
func (m MemFigures) Default() string { return mostRegions(m, m.Indicators()) }

// Of implements Figures: all of them.
func (m MemFigures) Of([]string, bool) []data.Indicator { return m }

// Page implements Figures.
func (m MemFigures) Page(from, to int) []data.Indicator { return m[from:to] }

// Each implements Figures.
func (m MemFigures) Each(fn func(int, *data.Indicator) bool) {
	for i := range m {
		if !fn(i, &m[i]) {
			return
		}
	}
}

// PickIndicator returns, of names (most figures first), the indicator with
// figures in the most regions; among ties, the one reported by the most
// source files (a comparison across reports), then the one listed first
// in the canonical table (employment first), then the most common. "" if
// there is none.
func PickIndicator(names []string, regions, files func(name string) int) string {
	rank := map[string]int{}
	for i, n := range extract.CanonicalIndicators() {
		rank[n] = i + 1
	}
	order := func(n string) int { // table position; names not in it last
		if r := rank[n]; r > 0 {
			return r
		}
		return len(rank) + 1
	}
	best := ""
	for _, n := range names { // most common first, so ties keep the commoner
		if best == "" || cmp.Or(
			cmp.Compare(regions(n), regions(best)),
			cmp.Compare(files(n), files(best)),
			cmp.Compare(order(best), order(n))) > 0 {
			best = n
		}
	}
	return best
}
