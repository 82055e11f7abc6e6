package app

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"zhibiao/data/corpus"
	"zhibiao/data/region"

	"fyne.io/fyne/v2/test"
)

// folder writes a few articles into a new folder.
func folder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":   "即墨区稳就业\n2021-03-04\n\n即墨区上半年新增城乡就业1.2万人，引进人才3000余名。\n",
		"b/c.txt": "崂山区招商引资\n2021-05-06\n\n崂山区引进外资项目12个，实际使用外资2亿美元，同比增长7.4%。\n",
		"b/d.md":  "西海岸新区减税\n2022-01-02\n\n西海岸新区减税降费8.1亿余元，市场主体增长12%。\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadAndWait loads dir and waits until the load is fully analysed.
func loadAndWait(t *testing.T, ui *UI, dir string) *corpus.Corpus {
	t.Helper()
	done := make(chan *corpus.Corpus, 1)
	ui.onReady = func(c *corpus.Corpus) { done <- c }
	ui.Load(dir)
	select {
	case c := <-done:
		return c
	case <-time.After(60 * time.Second):
		t.Fatal("load did not finish within 60 s")
	}
	return nil
}

// TestFolderOpensThroughIndex: a folder is analysed into its index, shown
// from it (texts read from the files when an article is opened, search
// through the full-text index), and reopened without analysis or keyword
// ranking.
func TestFolderOpensThroughIndex(t *testing.T) {
	dir := folder(t)
	ixFile := filepath.Join(t.TempDir(), "ix.sqlite")
	a := test.NewTempApp(t)
	ui := newTestUI(a, Options{CorpusDir: dir, IndexPath: ixFile})
	c := loadAndWait(t, ui, dir)
	if ui.loaded == nil || ui.loaded.ix == nil {
		t.Fatal("the folder was not opened through its index")
	}
	if _, err := os.Stat(ixFile); err != nil {
		t.Fatalf("no index at the -index path: %v", err)
	}
	if len(c.Articles) != 3 || ui.nFigures(c) == 0 || len(c.RegionKeywords) == 0 {
		t.Fatalf("%d articles, %d indicators, %d regions with keywords", len(c.Articles), ui.nFigures(c), len(c.RegionKeywords))
	}
	// The figures stay in the index; the views show the same as from memory.
	mem, err := ui.pipeline.Open(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Indicators != nil {
		t.Errorf("%d figures read into memory", len(c.Indicators))
	}
	rows := ui.table.Rows()
	if len(rows) != len(mem.Indicators) || ui.table.Shown() != len(rows) {
		t.Fatalf("table: %d rows, want %d", len(rows), len(mem.Indicators))
	}
	for i, r := range rows {
		if w := mem.Indicators[i]; r.Raw != w.Raw || r.Sentence != w.Sentence || r.Article == nil || r.Article.Path != w.Article.Path {
			t.Errorf("table row %d: %q in %v, want %q in %s", i, r.Raw, r.Article, w.Raw, w.Article.Path)
		}
	}
	if got, want, ok := ui.compare.Request(); !ok || want.Indicator == "" || got == "" {
		t.Errorf("comparison shows no indicator chart: %q %+v", got, want)
	}
	if inds := ui.indicatorsOf(c.Articles[1]); len(inds) == 0 || inds[0].Article != c.Articles[1] {
		t.Errorf("figures of %s: %v", c.Articles[1].Path, inds)
	}
	test.NewTempWindow(t, ui.Articles())
	for i, art := range ui.Articles().Shown() {
		if i > 0 && art.Text != "" { // the first is opened at once
			t.Errorf("article %s holds its text before it is opened", art.Path)
		}
		ui.Articles().Select(i)
		if !strings.Contains(ui.Reader().Text(), art.Title[:6]) && ui.Reader().Text() == "" {
			t.Errorf("reader shows no text for %s", art.Path)
		}
	}
	ui.applyFilters("外资", "", "")
	if shown := ui.Articles().Shown(); len(shown) != 1 || shown[0].Title != "崂山区招商引资" {
		t.Errorf("search 外资 shows %d articles", len(shown))
	}
	ui.applyFilters("", "", "")

	// Reopen: nothing analysed, keywords from the index.
	ui2 := newTestUI(a, Options{CorpusDir: dir, IndexPath: ixFile})
	ui2.cutter = func(context.Context) (func(string) []string, error) {
		t.Error("keywords ranked again on reopening an unchanged folder")
		return nil, context.Canceled
	}
	var analysed atomic.Int64
	ui2.openFn = func(ctx context.Context, gen uint64, d string) (*loadResult, error) {
		l, err := ui2.open(ctx, gen, d)
		if l != nil && l.ix != nil {
			st, _ := l.ix.Refresh(ctx, nil)
			analysed.Add(int64(st.Analysed))
		}
		return l, err
	}
	c2 := loadAndWait(t, ui2, dir)
	if ui2.nFigures(c2) != ui.nFigures(c) || len(c2.RegionKeywords) != len(c.RegionKeywords) || analysed.Load() != 0 {
		t.Errorf("reopened: %d indicators, %d keyword regions (want %d, %d)", ui2.nFigures(c2), len(c2.RegionKeywords), ui.nFigures(c), len(c.RegionKeywords))
	}
	// The stories' keywords are read when a story is opened.
	for i, a := range c2.Articles {
		want := strings.Join(c.Articles[i].Keywords, " ")
		if a.Keywords != nil && a != ui2.reader.Article() {
			t.Errorf("%s: keywords read before it is opened", a.Path)
		}
		if ui2.withText(a); strings.Join(a.Keywords, " ") != want || want == "" {
			t.Errorf("%s: keywords %q, want %q", a.Path, a.Keywords, want)
		}
	}
	ui.loaded.close()
	ui2.loaded.close()
}

// TestLateLoadTouchesNothing: a load that was replaced by a newer one and
// finishes afterwards (its work did not stop at the cancel) changes
// neither the corpus, nor the status line, nor the progress bar.
func TestLateLoadTouchesNothing(t *testing.T) {
	a := test.NewTempApp(t)
	ui := newTestUI(a, Options{})
	release, oldDone := make(chan struct{}), make(chan struct{})
	oldCorpus := &corpus.Corpus{Source: "old"}
	newCorpus, err := corpus.New(region.Default()).Open(context.Background(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	ui.openFn = func(ctx context.Context, gen uint64, dir string) (*loadResult, error) {
		if dir == "old" {
			defer close(oldDone)
			<-release // finishes late, ignoring the cancel
			ui.progressFunc(gen)("读取", 5, 10)
			return &loadResult{corpus: oldCorpus}, nil
		}
		return &loadResult{corpus: newCorpus}, nil
	}
	ui.cutter = func(context.Context) (func(string) []string, error) { return strings.Fields, nil }
	ready := make(chan *corpus.Corpus, 2)
	ui.onReady = func(c *corpus.Corpus) { ready <- c }
	ui.Load("old")
	ui.Load("")
	if c := <-ready; c != newCorpus {
		t.Fatal("the newer load did not finish first")
	}
	status := ui.status.Text
	close(release)
	<-oldDone
	time.Sleep(100 * time.Millisecond) // the old goroutine's last steps
	if ui.Corpus() != newCorpus {
		t.Error("the late load replaced the corpus")
	}
	if ui.status.Text != status {
		t.Errorf("the late load changed the status: %q, was %q", ui.status.Text, status)
	}
	if ui.progress.Visible() {
		t.Error("the late load showed its progress")
	}

	// A cancelled load that returns its error late says nothing either.
	release2 := make(chan struct{})
	ui.openFn = func(ctx context.Context, gen uint64, dir string) (*loadResult, error) {
		if dir == "slow" {
			<-release2
			return nil, context.Canceled
		}
		return &loadResult{corpus: newCorpus}, nil
	}
	ui.Load("slow")
	ui.Load("")
	<-ready
	status = ui.status.Text
	close(release2)
	time.Sleep(100 * time.Millisecond)
	if ui.status.Text != status {
		t.Errorf("a late cancel changed the status to %q", ui.status.Text)
	}
}

// TestProgressThrottled: a flood of progress reports reaches the screen a
// few times a second, the last count always.
func TestProgressThrottled(t *testing.T) {
	var shown []int
	p := throttle(func(f func()) { f() }, func(_ string, done, _ int) { shown = append(shown, done) })
	start := time.Now()
	for i := 1; i <= 100000; i++ {
		p("读取", i, 100000)
	}
	elapsed := time.Since(start)
	if max := int(elapsed/progressEvery) + 2; len(shown) > max {
		t.Errorf("%d updates in %v, want at most %d", len(shown), elapsed, max)
	}
	if len(shown) == 0 || shown[len(shown)-1] != 100000 {
		t.Errorf("last update %v, want 100000", shown)
	}
}

// TestReopenChangedFolderReadsAgain: the corpus read while the folder is
// compared with its index is dropped when a file changed; what is shown is
// the refreshed index's, the same as the folder analysed in memory.
func TestReopenChangedFolderReadsAgain(t *testing.T) {
	dir := folder(t)
	ixFile := filepath.Join(t.TempDir(), "ix.sqlite")
	a := test.NewTempApp(t)
	ui := newTestUI(a, Options{CorpusDir: dir, IndexPath: ixFile})
	loadAndWait(t, ui, dir)
	ui.loaded.close()
	extra := "市北区稳外资\n2022-03-04\n\n市北区实际使用外资3.2亿美元，新增就业8000人。\n"
	if err := os.WriteFile(filepath.Join(dir, "b", "e.txt"), []byte(extra), 0o644); err != nil {
		t.Fatal(err)
	}
	ui2 := newTestUI(a, Options{CorpusDir: dir, IndexPath: ixFile})
	c := loadAndWait(t, ui2, dir)
	defer ui2.loaded.close()
	mem, err := ui2.pipeline.Open(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != len(mem.Articles) || len(c.Articles) != 4 {
		t.Fatalf("%d articles shown, want %d", len(c.Articles), len(mem.Articles))
	}
	rows := ui2.table.Rows()
	if len(rows) != len(mem.Indicators) {
		t.Fatalf("table: %d rows, want %d", len(rows), len(mem.Indicators))
	}
	for i, r := range rows {
		if w := mem.Indicators[i]; r.Raw != w.Raw || r.Article == nil || r.Article.Path != w.Article.Path {
			t.Errorf("table row %d: %q in %v, want %q in %s", i, r.Raw, r.Article, w.Raw, w.Article.Path)
		}
	}
	// The theme filter's list (read beside the stories) is the folder's.
	if got, want := ui2.loaded.shown.index.themeL, newArticleIndex(mem).themeL; !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("themes %q, want %q", got, want)
	}
	// The first chart's figures (read beside the stories) are the
	// folder's, with their stories, in corpus order.
	f := ui2.loaded.figs
	var want []string
	for _, d := range mem.Indicators {
		if slices.Contains(f.lastNames, d.Indicator) {
			want = append(want, d.Article.Path+" "+d.Raw+" "+d.Story+" "+d.Title)
		}
	}
	var got []string
	for _, d := range f.Of(f.lastNames, false) {
		got = append(got, d.Article.Path+" "+d.Raw+" "+d.Story+" "+d.Title)
	}
	if len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("first chart's figures:\n%q\nwant\n%q", got, want)
	}
}
