package views

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"zhibiao/data/corpus"
	"zhibiao/data/region"
	"zhibiao/internal/cputime"
	"zhibiao/scripts/bigcorpus/corpusgen"
)

// bigFiles is how many generated files the large-corpus tests read: about
// 2,800 articles and 38,000 figures.
const bigFiles = 2000

var big struct {
	once sync.Once
	c    *corpus.Corpus
	err  error
}

// bigCorpus is a corpus of bigFiles synthetic articles (scripts/bigcorpus's
// generator, the same every time), loaded once per test run. Tests that
// use it are skipped with -short and under the race detector (which does
// not check budgets).
func bigCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	if testing.Short() || raceEnabled {
		t.Skip("large corpus: not with -short or -race")
	}
	big.once.Do(func() {
		dir, err := os.MkdirTemp("", "zhibiao-big")
		if err != nil {
			big.err = err
			return
		}
		defer os.RemoveAll(dir)
		if _, big.err = corpusgen.Generate(filepath.Join(dir, "c"), bigFiles, corpusgen.DefaultSeed); big.err != nil {
			return
		}
		big.c, big.err = corpus.New(region.Default()).Open(context.Background(), filepath.Join(dir, "c"), nil)
	})
	if big.err != nil {
		t.Fatal(big.err)
	}
	return big.c
}

// uiBudget times UI-thread work run on the test goroutine, locked to one
// OS thread as the Fyne thread is, in that thread's CPU time (and the wall
// clock, for the log).
type uiBudget struct {
	t    *testing.T
	took map[string][2]time.Duration // longest CPU and wall time by step
}

func newUIBudget(t *testing.T) *uiBudget {
	runtime.LockOSThread()
	t.Cleanup(runtime.UnlockOSThread)
	return &uiBudget{t: t, took: map[string][2]time.Duration{}}
}

// record runs f and keeps its cost under name.
func (b *uiBudget) record(name string, f func()) {
	c0, w0 := cputime.Thread(), time.Now()
	f()
	c, w := cputime.Thread()-c0, time.Since(w0)
	old := b.took[name]
	b.took[name] = [2]time.Duration{max(old[0], c), max(old[1], w)}
}

// step records f, then runs (and records) the results the background hands
// to the UI thread through q until done reports true.
func (b *uiBudget) step(name string, q chan func(), done func() bool, f func()) {
	b.t.Helper()
	b.record(name, f)
	for timeout := time.After(settleTimeout); !done(); {
		select {
		case g := <-q:
			b.record("results from the background", g)
		case <-timeout:
			b.t.Fatalf("after %s: the view did not settle", name)
		}
	}
}

// check logs every step's longest cost and fails those over 16 ms of CPU
// (one frame at 60 Hz) unless exempt.
func (b *uiBudget) check(exempt ...string) {
	for _, name := range slices.Sorted(maps.Keys(b.took)) {
		c := b.took[name]
		b.t.Logf("%-44s longest: CPU %6.2f ms, wall %6.2f ms", name, ms(c[0]), ms(c[1]))
		if c[0] > 16*time.Millisecond && !raceEnabled && !slices.Contains(exempt, name) {
			b.t.Errorf("%s took %v of the UI thread's CPU, want under 16 ms", name, c[0])
		}
	}
}

// TestCompareUIThreadBudgetLargeCorpus: on a corpus of a few thousand
// articles, giving the comparison view the corpus, switching among its
// modes, choosing indicators and ticking regions each use under 16 ms of
// the UI thread; the region lists, the overview and the charts' figures
// are computed in the background and shown with one call each.
func TestCompareUIThreadBudgetLargeCorpus(t *testing.T) {
	c := bigCorpus(t)
	b := newUIBudget(t)
	test.NewTempApp(t).Settings().SetTheme(bundledFontTheme{theme.DefaultTheme()})
	cmp := NewCompare(places, nil)
	q := make(chan func(), 64)
	toUI := func(f func()) { q <- f }
	cmp.SetRunners(func(f func()) { go f() }, toUI)
	cmp.mapView.do = toUI
	w := test.NewTempWindow(t, cmp)
	w.Resize(fyne.NewSize(1400, 900))
	settled := func() bool {
		return cmp.Settled() && (cmp.currentMode() != ModeMap || cmp.mapView.settled())
	}
	step := func(name string, f func()) { b.step(name, q, settled, f) }
	t.Logf("%d articles, %d figures", len(c.Articles), len(c.Indicators))
	step("give the view the corpus", func() { cmp.SetData(c.Indicators, nil) })
	draw := func() { cmp.chart.generate(int(cmp.chart.Size().Width), int(cmp.chart.Size().Height)) }
	for _, m := range modes() {
		step("switch mode", func() { cmp.SetMode(m) })
		if m != ModeMap {
			b.record("draw the chart (raster generator)", draw)
		}
	}
	cmp.SetMode(ModeIndicator)
	for _, ind := range cmp.indicator.Options[:min(5, len(cmp.indicator.Options))] {
		step("choose an indicator", func() { cmp.indicator.SetSelected(ind) })
	}
	for _, m := range []Mode{ModeIndicator, ModeOverview} {
		step("switch mode", func() { cmp.SetMode(m) })
		for _, r := range slices.Clone(cmp.regions.Options)[:min(4, len(cmp.regions.Options))] {
			step("untick a region", func() {
				cmp.regions.SetSelected(slices.DeleteFunc(slices.Clone(cmp.regions.Selected), func(s string) bool { return s == r }))
			})
			step("tick a region", func() { cmp.regions.SetSelected(append(slices.Clone(cmp.regions.Selected), r)) })
		}
	}
	step("open an overview cell", func() { cmp.TapBar(0, 0) })
	if cmp.currentMode() != ModeIndicator || len(cmp.Refs()) == 0 {
		t.Errorf("the overview cell opened mode %s with %d sentences listed", cmp.currentMode(), len(cmp.Refs()))
	}
	b.check("draw the chart (raster generator)")
}

// TestCompareDropsStaleResults: a result computed for choices that a newer
// redraw replaced is never shown; the newer one is computed next and shown.
func TestCompareDropsStaleResults(t *testing.T) {
	test.NewTempApp(t)
	cmp := NewCompare(places, nil)
	var jobs []func()
	q := make(chan func(), 8)
	cmp.SetRunners(func(f func()) { jobs = append(jobs, f) }, func(f func()) { q <- f })
	test.NewTempWindow(t, cmp)
	run := func() func() { // computes the oldest job, returns its result's UI work
		t.Helper()
		if len(jobs) == 0 {
			t.Fatal("no job started")
		}
		f := jobs[0]
		jobs = jobs[1:]
		f()
		return <-q
	}
	cmp.SetData(seedCorpus(t).Indicators, nil)
	run()()
	cmp.SelectIndicator("捐款")
	if len(jobs) != 1 {
		t.Fatalf("%d jobs started, want 1", len(jobs))
	}
	cmp.SelectIndicator("新增就业") // replaces the job to do next, starts none
	if len(jobs) != 1 {
		t.Fatalf("a second job started while one runs: %d", len(jobs))
	}
	stale := run()
	stale()
	if cmp.Settled() {
		t.Fatal("the view settled on a replaced result")
	}
	if spec, _, _ := cmp.Spec(); strings.Contains(spec.Title, "捐款") {
		t.Fatalf("the replaced result was shown: %q", spec.Title)
	}
	run()()
	if !cmp.Settled() {
		t.Fatal("the newest result did not settle the view")
	}
	if spec, _, ok := cmp.Spec(); !ok || !strings.Contains(spec.Title, "新增就业") {
		t.Errorf("shown chart %q (%v), want 新增就业's", spec.Title, ok)
	}
}

// TestCompareComputesNothingBeforeData: the app sets the palette and the
// language before the first corpus arrives; no job runs then (one ran in
// the background while the tests replaced the runners) and the view keeps
// saying that articles are being analysed.
func TestCompareComputesNothingBeforeData(t *testing.T) {
	test.NewTempApp(t)
	cmp := NewCompare(places, nil)
	started := 0
	cmp.SetRunners(func(func()) { started++ }, func(f func()) { f() })
	cmp.SetDark(true)
	cmp.SetLocale(ChartLocale(false))
	cmp.SetMode(ModeOverview)
	if started != 0 {
		t.Errorf("%d jobs started before any data", started)
	}
	if _, ok := cmp.chart.Spec(); ok || cmp.chart.msg != "正在分析文章…" {
		t.Errorf("chart message %q, want 正在分析文章…", cmp.chart.msg)
	}
}
