package views

import (
	"zhibiao/data"
	"zhibiao/data/region"
)

// newTestCompare is a comparison view that computes on the calling
// goroutine, so that a test sees each change at once (the app computes in
// the background; TestCompareDropsStaleResults and the UI-thread budget
// tests run it that way).
func newTestCompare(places *region.Gazetteer, onOpen func(data.Indicator)) *Compare {
	c := NewCompare(places, onOpen)
	inline := func(f func()) { f() }
	c.SetRunners(inline, inline)
	return c
}
