//go:build uitiming && linux

package views

import (
	"log"
	"time"
	"zhibiao/internal/cputime"
)

// TimeUI marks the start of work on the UI thread; the returned function
// logs how long it took, on the wall clock and in the CPU time of the
// thread (which other processes on a busy machine do not inflate). Build
// with -tags uitiming to measure the UI thread, e.g. in map mode.
func TimeUI(name string) func() {
	start, cpu := time.Now(), cputime.Thread()
	return func() {
		log.Printf("uitiming %s wall %.3f ms cpu %.3f ms", name,
			float64(time.Since(start).Microseconds())/1000, float64((cputime.Thread()-cpu).Microseconds())/1000)
	}
}
