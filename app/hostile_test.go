//go:build unix

package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"zhibiao/data/corpus"
	"zhibiao/data/hostile"
)

// loadHostile loads paths into a fresh UI (a folder through Load when
// there is one path, dropped paths otherwise) and waits for it.
func loadHostile(t *testing.T, paths ...string) *UI {
	t.Helper()
	ui := newTestUI(test.NewTempApp(t), Options{})
	done := make(chan struct{})
	ui.onReady = func(*corpus.Corpus) { close(done) }
	if len(paths) == 1 {
		ui.Load(paths[0])
	} else {
		ui.LoadPaths(paths)
	}
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the hostile corpus did not load within 60 s")
	}
	return ui
}

// TestHostileCorpusInTheApp: the app's loader goes through the hostile
// corpus with one problem or note per hostile file, the rest loaded, and
// the table holds finite values only.
func TestHostileCorpusInTheApp(t *testing.T) {
	c := hostile.Write(t)
	ui := loadHostile(t, c.Dir)
	corpus := ui.Corpus()
	var loaded []string
	seen := map[string]bool{}
	for _, a := range corpus.Articles {
		rel, err := filepath.Rel(c.Dir, a.Path)
		if err != nil {
			t.Fatal(err)
		}
		if !seen[rel] {
			loaded, seen[rel] = append(loaded, rel), true
		}
	}
	var probs []hostile.Problem
	for _, p := range corpus.Problems {
		probs = append(probs, hostile.Problem{File: p.File, Reason: p.Reason})
	}
	var values []float64
	for _, ind := range ui.table.Rows() {
		values = append(values, ind.Value)
	}
	c.Check(t, loaded, probs, values)
	failed, notes := countProblems(corpus.Problems)
	if want := len(c.Problems); failed != want {
		t.Errorf("%d files not loaded, want %d", failed, want)
	}
	if status := ui.summary(corpus); !strings.Contains(status, "个文件未能读取") || notes == 0 || !strings.Contains(status, "条提示") {
		t.Errorf("status %q, want the files not read and the notes counted apart", status)
	}
}

// TestHostileFilesDropped: special files dropped on the window are
// problems, not a hang or an out-of-memory death.
func TestHostileFilesDropped(t *testing.T) {
	c := hostile.Write(t)
	in := func(name string) string { return filepath.Join(c.Dir, name) }
	ui := loadHostile(t, in("fifo.txt"), in("zero.txt"), "/dev/zero", in("huge.txt"), in("good/report.txt"), in("latest.txt"))
	corpus := ui.Corpus()
	if len(corpus.Articles) != 1 || corpus.Articles[0].File != "report.txt" {
		t.Errorf("articles %d, want report.txt once", len(corpus.Articles))
	}
	if failed, notes := countProblems(corpus.Problems); failed != 4 || notes != 1 {
		t.Errorf("problems %v, want 4 files not loaded and 1 note (latest.txt)", corpus.Problems)
	}
}
