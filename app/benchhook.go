package app

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"zhibiao/data/corpus"
	"zhibiao/views/chart"
)

// processStart is about when the process started (package initialisation).
var processStart = time.Now()

// benchEnv, when set in the environment, makes the dashboard report on
// stderr how long the user waited (since the process started) and the
// peak memory: when the window is on screen, when the corpus is shown
// (the status line counts it) with the time the first chart takes to
// draw, and when it is fully analysed (keywords ranked). With the value
// "exit" it quits then. make bench (scripts/bench-gui.sh) reads these
// lines; nothing else uses them.
const benchEnv = "ZHIBIAO_BENCH"

// benchProfileEnv, with benchEnv, names a file for a CPU profile of the
// start up to the first chart drawn (go tool pprof).
const benchProfileEnv = "ZHIBIAO_BENCH_CPUPROFILE"

// benchHeapEnv, with benchEnv, names a file for a heap profile taken when
// the corpus is shown.
const benchHeapEnv = "ZHIBIAO_BENCH_HEAPPROFILE"

// benchHooks installs the reports of benchEnv, if set.
func (ui *UI) benchHooks() {
	mode := os.Getenv(benchEnv)
	if mode == "" {
		return
	}
	ui.app.Lifecycle().SetOnStarted(func() { benchLine("window") })
	var ready, charted bool // quit (mode exit) when both are done
	quit := func() {
		if mode == "exit" && ready && charted {
			fyne.Do(ui.app.Quit)
		}
	}
	stopProfile := func() {}
	if path := os.Getenv(benchProfileEnv); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			stopProfile = func() { pprof.StopCPUProfile(); f.Close() }
		}
	}
	ui.onShown = func(c *corpus.Corpus) {
		if path := os.Getenv(benchHeapEnv); path != "" {
			if f, err := os.Create(path); err == nil {
				runtime.GC()
				pprof.WriteHeapProfile(f)
				f.Close()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				benchLine(fmt.Sprintf("heap in use %d MB of %d MB", ms.HeapInuse>>20, ms.HeapSys>>20))
			}
		}
		benchLine(fmt.Sprintf("shown %d articles %d indicators", len(c.Articles), ui.nFigures(c)))
		// The comparison computes its chart in the background: the first
		// chart is drawn once it has settled.
		ui.compare.OnSettled = func() {
			render, _, ok := ui.currentChart()
			if !ok && !ui.compare.Settled() {
				return
			}
			ui.compare.OnSettled = nil
			start := time.Now()
			if ok {
				if _, err := render(chart.PNG); err == nil {
					benchLine(fmt.Sprintf("first chart drawn in %.3f s", time.Since(start).Seconds()))
				}
			}
			charted = true
			stopProfile()
			quit()
		}
		if ui.compare.Settled() {
			ui.compare.OnSettled()
		}
	}
	ui.onReady = func(*corpus.Corpus) {
		benchLine("ready")
		ready = true
		quit()
	}
}

func benchLine(what string) {
	fmt.Fprintf(os.Stderr, "bench: %-40s at %6.2f s, peak RSS %4d MB\n", what, time.Since(processStart).Seconds(), peakRSS()>>20)
}

// peakRSS reads the process's peak resident set size (Linux; 0 elsewhere).
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSuffix(strings.TrimSpace(v), " kB"), &kb)
			return kb << 10
		}
	}
	return 0
}
