package geomap

import (
	"fmt"
	"slices"
)

// Choose and ChooseWith are the choice before Atlas, kept while the views
// and chartset still call them.

// Choose returns the smallest embedded map that holds every region present:
// a city's districts when all the named districts (or the city itself) belong
// to one city map, else the provinces of China. Maps are loaded with Load;
// each map reads the names with its own join. Names no map shows as a region
// (全国, a street) are ignored, and an error is returned when none is left.
func Choose(regions []string) (*Map, error) {
	return choose(regions, Load)
}

// ChooseWith is Choose with maps loaded by LoadWith(name, resolve).
func ChooseWith(regions []string, resolve Resolver) (*Map, error) {
	return choose(regions, func(name string) (*Map, error) { return LoadWith(name, resolve) })
}

func choose(regions []string, load func(string) (*Map, error)) (*Map, error) {
	var maps []*Map
	for _, mapName := range Names() {
		m, err := load(mapName)
		if err != nil {
			return nil, err
		}
		maps = append(maps, m)
	}
	known := slices.DeleteFunc(slices.Clone(regions), func(n string) bool { return !anyHolds(maps, n) })
	if len(known) == 0 {
		return nil, fmt.Errorf("choose map: no map holds any of %v", regions)
	}
	for _, m := range maps[:len(maps)-1] {
		if allHeld(m, known) {
			return m, nil
		}
	}
	return maps[len(maps)-1], nil
}

// holds reports whether name is one of m's features, or m itself when m is
// a city (a figure for all of China does not call for the national map).
func holds(m *Map, name string) bool {
	name = m.Resolve(name)
	if name == m.Name && m.Level == "district" {
		return true
	}
	_, ok := m.Feature(name)
	return ok
}

func anyHolds(maps []*Map, name string) bool {
	return slices.ContainsFunc(maps, func(m *Map) bool { return holds(m, name) })
}

func allHeld(m *Map, names []string) bool {
	for _, n := range names {
		if !holds(m, n) {
			return false
		}
	}
	return true
}
