package index

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"zhibiao/data"
	"zhibiao/data/compare"
)

// figsOf is what the narrow table must answer, worked out from the
// figures in memory.
func wantSpreads(inds []data.Indicator) []Spread {
	type sets struct{ regions, files map[string]bool }
	by := map[string]sets{}
	var out []Spread
	for _, nc := range compare.IndicatorCounts(inds) {
		out = append(out, Spread{Indicator: nc.Name, Figures: nc.Count})
		by[nc.Name] = sets{map[string]bool{}, map[string]bool{}}
	}
	for _, d := range inds {
		if d.Indicator == "" || d.Region == "" {
			continue
		}
		by[d.Indicator].regions[d.Region] = true
		by[d.Indicator].files[d.Article.Path] = true
	}
	for i := range out {
		out[i].Regions, out[i].Files = len(by[out[i].Indicator].regions), len(by[out[i].Indicator].files)
	}
	return out
}

func checkFigures(t *testing.T, ix *Index, dir string) {
	t.Helper()
	ctx := context.Background()
	want, c := inMemory(t, dir)
	l, err := ix.Stories(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if l.Corpus.Indicators != nil {
		t.Errorf("Stories read %d figures", len(l.Corpus.Indicators))
	}
	if l.Figures != len(c.Indicators) {
		t.Errorf("Stories counts %d figures, want %d", l.Figures, len(c.Indicators))
	}
	pos := map[int64]int{}
	for i, id := range l.IDs {
		pos[id] = i
	}
	counts := make([]int, len(c.Articles))
	for _, d := range c.Indicators {
		counts[slices.Index(c.Articles, d.Article)]++
	}
	if !slices.Equal(l.Counts, counts) {
		t.Errorf("counts per story %v, want %v", l.Counts, counts)
	}

	var spreads []Spread
	for _, how := range []string{"counted", "kept for the generation"} {
		spreads, err = ix.Spreads(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if ws := wantSpreads(c.Indicators); !slices.Equal(spreads, ws) || len(ws) < 3 {
			t.Errorf("Spreads (%s):\n%v\nwant\n%v", how, spreads, ws)
		}
		if kept, err := ix.meta(ctx, "spreads"); err != nil || kept == "" {
			t.Errorf("spreads not kept (%v)", err)
		}
	}

	// Every figure, then one indicator's, then all with an indicator: the
	// same figures in the same order as in memory.
	collect := func(names []string, all bool) []data.Indicator {
		var out []data.Indicator
		err := ix.FiguresOf(ctx, names, all, func(aid int64, d *data.Indicator) error {
			d.Article = c.Articles[pos[aid]]
			out = append(out, *d)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if got := jsonl(t, collect(nil, true)); got != want {
		t.Errorf("FiguresOf(all):\n%s", firstDiff(got, want))
	}
	pick := func(keep func(d *data.Indicator) bool) []data.Indicator {
		var out []data.Indicator
		for _, d := range c.Indicators {
			if keep(&d) {
				out = append(out, d)
			}
		}
		return out
	}
	name := spreads[1].Indicator
	one := collect([]string{name}, false)
	if got, w := jsonl(t, one), jsonl(t, pick(func(d *data.Indicator) bool { return d.Indicator == name })); got != w || len(one) == 0 {
		t.Errorf("FiguresOf(%s):\n%s", name, firstDiff(got, w))
	}
	// IndicatorFigures: the same, in the index's order, without the stories;
	// every figure with an indicator too, some of them of a file's later
	// story (their Title is the file's, not their story's).
	type placed struct {
		story, seq int
		d          data.Indicator
	}
	laterStories := 0
	for _, names := range [][]string{{name}, nil} {
		var raw []placed
		err = ix.IndicatorFigures(ctx, names, func(aid int64, seq int, d *data.Indicator) error {
			i := pos[aid]
			a := l.Corpus.Articles[i]
			for i > 0 && l.Corpus.Articles[i-1].Path == a.Path { // the file's first story
				i--
			}
			d.File, d.Story, d.Title = a.File, a.Title, l.Corpus.Articles[i].Title
			if d.Title != d.Story {
				laterStories++
			}
			raw = append(raw, placed{pos[aid], seq, *d})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(raw, func(a, b placed) int { return cmp.Or(cmp.Compare(a.story, b.story), cmp.Compare(a.seq, b.seq)) })
		var ordered []data.Indicator
		for _, p := range raw {
			ordered = append(ordered, p.d)
		}
		if got, w := jsonl(t, ordered), jsonl(t, collect(names, false)); got != w {
			t.Errorf("IndicatorFigures(%v):\n%s", names, firstDiff(got, w))
		}
	}
	if laterStories == 0 {
		t.Error("no figure of a file's later story: the files' titles not checked")
	}
	if got, w := jsonl(t, collect(nil, false)), jsonl(t, pick(func(d *data.Indicator) bool { return d.Indicator != "" })); got != w {
		t.Errorf("FiguresOf(every indicator):\n%s", firstDiff(got, w))
	}
	for _, d := range one {
		if d.Article == nil {
			t.Fatal("figure without its story")
		}
	}

	// A page of stories: their figures, in corpus order whatever the order asked.
	ids := []int64{l.IDs[2], l.IDs[0]}
	var page []data.Indicator
	if err := ix.ArticleFigures(ctx, ids, func(aid int64, d *data.Indicator) error {
		d.Article = c.Articles[pos[aid]]
		page = append(page, *d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	wantPage := pick(func(d *data.Indicator) bool { return d.Article == c.Articles[0] || d.Article == c.Articles[2] })
	if got, w := jsonl(t, page), jsonl(t, wantPage); got != w || len(page) == 0 {
		t.Errorf("ArticleFigures:\n%s", firstDiff(got, w))
	}

	themes, err := ix.Themes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantThemes := map[string]map[int64]bool{}
	for _, d := range c.Indicators {
		if d.Theme != "" {
			if wantThemes[d.Theme] == nil {
				wantThemes[d.Theme] = map[int64]bool{}
			}
			wantThemes[d.Theme][l.IDs[slices.Index(c.Articles, d.Article)]] = true
		}
	}
	if len(themes) != len(wantThemes) || !slices.IsSorted(themes) || len(themes) < 2 {
		t.Errorf("Themes %v, want the %d of %v", themes, len(wantThemes), wantThemes)
	}
	for _, th := range themes {
		got, err := ix.ThemeArticles(ctx, th)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(wantThemes[th]) {
			t.Errorf("ThemeArticles(%s) = %v, want %v", th, got, wantThemes[th])
		}
	}
}

func TestFiguresQueries(t *testing.T) {
	dir := corpusDir(t)
	path := filepath.Join(t.TempDir(), "ix.sqlite")
	ix := open(t, path, dir)
	refresh(t, ix)
	checkFigures(t, ix, dir)

	// A changed and a deleted file leave no rows behind.
	write(t, dir, "sub/extra.txt", "即墨区新闻\n2021-03-02\n\n即墨区2020年城镇调查失业率5.2%。\n")
	if err := os.Remove(filepath.Join(dir, "sub/huge.md")); err != nil {
		t.Fatal(err)
	}
	refresh(t, ix)
	checkFigures(t, ix, dir)
	var orphans int
	if err := ix.db.QueryRow(`SELECT count(*) FROM figs WHERE article NOT IN (SELECT id FROM articles)`).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("%d figures of stories gone (%v)", orphans, err)
	}
}

// An index made before the narrow table existed gets it on open, filled
// from the records, without a new generation (keywords stay valid).
func TestFigsAddedToOlderIndex(t *testing.T) {
	dir := corpusDir(t)
	path := filepath.Join(t.TempDir(), "ix.sqlite")
	ix := open(t, path, dir)
	refresh(t, ix)
	gen, _ := ix.Generation(context.Background())
	for _, s := range []string{`DROP TABLE figs`, `DELETE FROM meta WHERE key='figs'`} {
		if _, err := ix.db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	ix.Close()
	ix = open(t, path, dir)
	if ix.Rebuilt != "" {
		t.Fatalf("rebuilt: %s", ix.Rebuilt)
	}
	if g, _ := ix.Generation(context.Background()); g != gen {
		t.Errorf("generation %d, was %d", g, gen)
	}
	if st := refresh(t, ix); st.Analysed != 0 {
		t.Errorf("files analysed again: %+v", st)
	}
	checkFigures(t, ix, dir)

	// A table of an older version (no figure records) is made again.
	for _, s := range []string{`UPDATE figs SET rec = NULL`, `UPDATE meta SET value = '1' WHERE key = 'figs'`} {
		if _, err := ix.db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	ix.Close()
	ix = open(t, path, dir)
	checkFigures(t, ix, dir)
}
