package app

import (
	"os"
	"runtime/debug"
	"sync"
)

// The dashboard's heap is mostly what it shows (stories, the chart's
// figures, Fyne's fonts), and what it allocates on a reopen is read once
// and dropped. It runs with half Go's default headroom (GOGC 50), so its
// peak stays near what it keeps: measured on the 100k reopen (load average
// 1–2, the same build and index, runs alternated): first chart at 382–386
// MB peak RSS against 390–397 MB with GOGC=100, in about the same time
// (1.60–1.61 s against 1.53 s).
// Analysing files and ranking keywords allocate fast and have their own
// budget: they run at Go's default (see analysing). A GOGC set by the
// user wins over both.
const showingGC = 50

var gc struct {
	sync.Mutex
	busy int // analyses running
}

// lowerGC sets the dashboard's GC target, unless GOGC is set.
func lowerGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(showingGC)
	}
}

// analysing runs the collector at Go's default until done is called (once),
// for work that allocates much and keeps little (the pipeline, keyword
// ranking); nested and concurrent calls are counted.
func analysing() (done func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	gc.Lock()
	gc.busy++
	if gc.busy == 1 {
		debug.SetGCPercent(100)
	}
	gc.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			gc.Lock()
			gc.busy--
			if gc.busy == 0 {
				debug.SetGCPercent(showingGC)
			}
			gc.Unlock()
		})
	}
}
