package index

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"testing"

	"zhibiao/data"
	"zhibiao/data/keywords"
	"zhibiao/data/region"
	"zhibiao/data/segment"
	"zhibiao/scripts/bigcorpus/corpusgen"
)

// TestKeywordsFromStreamedTexts: the keywords of an indexed corpus ranked
// from its texts streamed file by file (EachText, as the dashboard does)
// are those of the same corpus with every text in memory.
func TestKeywordsFromStreamedTexts(t *testing.T) {
	dir := corpusDir(t)
	write(t, dir, "gone.txt", "崂山区新闻\n2021-05-02\n\n崂山区楼宇经济税收增长8%，新增就业1.2万人。\n")
	ix := open(t, filepath.Join(t.TempDir(), "ix.sqlite"), dir)
	st := refresh(t, ix)
	l, err := ix.Stories(context.Background(), st.Problems)
	if err != nil {
		t.Fatal(err)
	}
	arts := l.Corpus.Articles
	for _, a := range arts {
		if err := ix.ArticleText(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Remove(filepath.Join(dir, "gone.txt")); err != nil {
		t.Fatal(err)
	} // streamed: no text; in memory: ""
	stand := make([]*data.Article, len(arts))
	for i, a := range arts {
		if filepath.Base(a.Path) == "gone.txt" {
			a.Text = ""
		}
		stand[i] = &data.Article{Path: a.Path, Story: a.Story, Title: a.Title, Region: a.Region}
	}
	seg, err := segment.New(region.Default())
	if err != nil {
		t.Fatal(err)
	}
	want, err := keywords.Compute(context.Background(), arts, seg.Cut, region.Default(), 20, nil)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	calls := 0
	texts := func(ctx context.Context, fn func(int, string)) error {
		return ix.EachText(ctx, stand, func(i int, text string) {
			mu.Lock()
			calls++
			mu.Unlock()
			fn(i, text)
		})
	}
	got, err := keywords.ComputeStream(context.Background(), stand, texts, seg.Cut, region.Default(), 20, nil)
	if err != nil {
		t.Fatal(err)
	}
	if calls != len(arts)-1 {
		t.Errorf("EachText gave %d texts, want %d (all but the file removed)", calls, len(arts)-1)
	}
	if len(want.Regions) == 0 || len(want.Articles) != len(arts) {
		t.Fatalf("no keywords to compare: %+v", want)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keywords from streamed texts differ:\n got %v\nwant %v", got, want)
	}
}

// TestKeywordsFromCutStories: the keywords ranked from the tokens Refresh
// cut while it analysed the stories (CutWith, as the dashboard's first
// analysis does) are those ranked from the texts read back from the files
// (EachText, as the dashboard did before), on the seeds with 300
// generated articles all analysed at once, and again after a refresh
// that analysed only the files added or changed (the others' texts read
// back).
func TestKeywordsFromCutStories(t *testing.T) {
	ctx := context.Background()
	dir := corpusDir(t)
	addGenerated(t, dir, "gen", 300, corpusgen.DefaultSeed)
	seg, err := segment.New(region.Default())
	if err != nil {
		t.Fatal(err)
	}
	ix := open(t, filepath.Join(t.TempDir(), "ix.sqlite"), dir)
	col := keywords.NewCollector(seg.Cut, region.Default())
	ix.CutWith(col.Tokens)
	check := func(what string, analysed int, readBack bool) {
		t.Helper()
		st := refresh(t, ix)
		cut := ix.Tokens()
		l, err := ix.Stories(ctx, st.Problems)
		if err != nil {
			t.Fatal(err)
		}
		stand := make([]*data.Article, len(l.Corpus.Articles))
		for i, a := range l.Corpus.Articles {
			stand[i] = &data.Article{File: a.File, Path: a.Path, Story: a.Story, Title: a.Title, Region: a.Region}
		}
		// Before: every text read back and cut, with a Collector of its own.
		want, err := keywords.ComputeStream(ctx, stand, func(ctx context.Context, fn func(int, string)) error {
			return ix.EachText(ctx, stand, fn)
		}, seg.Cut, region.Default(), 20, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Now: the stories cut while analysed, the others read back.
		pre := make([][]int32, len(stand))
		var rest []*data.Article
		var place []int
		for i, id := range l.IDs {
			if pre[i] = cut[id]; pre[i] == nil {
				rest = append(rest, stand[i])
				place = append(place, i)
			}
		}
		if st.Analysed != analysed || len(cut) == 0 || (len(rest) > 0) != readBack {
			t.Fatalf("%s: %d files analysed, %d stories cut, %d read back", what, st.Analysed, len(cut), len(rest))
		}
		got, err := col.Rank(ctx, stand, pre, func(ctx context.Context, fn func(int, string)) error {
			return ix.EachText(ctx, rest, func(k int, text string) { fn(place[k], text) })
		}, 20, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Regions) < 3 || len(want.Articles) != len(stand) {
			t.Fatalf("%s: no keywords to compare: %d regions, %d articles", what, len(want.Regions), len(want.Articles))
		}
		if !reflect.DeepEqual(got, want) {
			for r, ws := range want.Regions {
				if !reflect.DeepEqual(got.Regions[r], ws) {
					t.Errorf("%s: %s: got %v\nwant %v", what, r, got.Regions[r], ws)
				}
			}
			t.Errorf("%s: keywords from the stories cut while analysed differ from those of the texts read back", what)
		}
	}
	check("first analysis", 308, false)
	addGenerated(t, dir, "more", 40, 7)
	write(t, dir, "sub/extra.txt", "即墨区新闻\n2021-03-03\n\n即墨区2021年新增城乡就业3.6万人，稳岗补贴发放1.2亿元。\n")
	if err := os.Remove(filepath.Join(dir, "gen", "000", "article_00007.txt")); err != nil {
		t.Fatal(err)
	}
	check("refresh", 41, true)
}

// addGenerated writes n articles of scripts/bigcorpus's generator (seed)
// into dir's sub-folder sub.
func addGenerated(t *testing.T, dir, sub string, n int, seed uint64) {
	t.Helper()
	docs, err := corpusgen.Docs(n, seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		write(t, dir, sub+"/"+d.Name, d.Text)
	}
}

// TestStoryKeywordsStored: the stories' keywords SaveKeywords stores are
// read back (ArticleKeywords, Corpus), those an older build stored in
// articles.keywords too, and a story dropped takes its keywords along.
func TestStoryKeywordsStored(t *testing.T) {
	ctx := context.Background()
	dir := corpusDir(t)
	ix := open(t, filepath.Join(t.TempDir(), "ix.sqlite"), dir)
	refresh(t, ix)
	l, err := ix.Stories(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	kw := keywords.CorpusKeywords{Regions: map[string][]keywords.WordScore{"即墨区": {{Word: "稳岗补贴", Z: 2, Count: 3}}}}
	for i := range l.IDs {
		kw.Articles = append(kw.Articles, []string{"词" + strconv.Itoa(i), "稳岗补贴"})
	}
	if err := ix.SaveKeywords(ctx, l.Generation, l.IDs, kw); err != nil {
		t.Fatal(err)
	}
	read := func(what string, want func(i int) []string) {
		t.Helper()
		full, err := ix.Corpus(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if full.KeywordsStale || !reflect.DeepEqual(full.Corpus.RegionKeywords, kw.Regions) {
			t.Errorf("%s: region keywords %v (stale %v)", what, full.Corpus.RegionKeywords, full.KeywordsStale)
		}
		for i, id := range l.IDs {
			got, err := ix.ArticleKeywords(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want(i)) || !reflect.DeepEqual(full.Corpus.Articles[i].Keywords, want(i)) {
				t.Errorf("%s: story %d: keywords %q and %q, want %q", what, id, got, full.Corpus.Articles[i].Keywords, want(i))
			}
		}
	}
	read("saved", func(i int) []string { return kw.Articles[i] })
	// As an older build stored them: in articles.keywords only.
	if _, err := ix.db.Exec(`UPDATE articles SET keywords = (SELECT words FROM story_keywords k WHERE k.id = articles.id) || '` + sep + `old'`); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.db.Exec(`DELETE FROM story_keywords`); err != nil {
		t.Fatal(err)
	}
	read("older build", func(i int) []string { return append(slices.Clone(kw.Articles[i]), "old") })
	if err := ix.SaveKeywords(ctx, l.Generation, l.IDs, kw); err != nil {
		t.Fatal(err)
	}
	read("saved again", func(i int) []string { return kw.Articles[i] })
	// A file dropped: its stories' keywords go with it.
	if err := os.Remove(filepath.Join(dir, "sub", "extra.txt")); err != nil {
		t.Fatal(err)
	}
	refresh(t, ix)
	var n, stories int
	if err := ix.db.QueryRow(`SELECT count(*) FROM story_keywords`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if err := ix.db.QueryRow(`SELECT count(*) FROM articles`).Scan(&stories); err != nil {
		t.Fatal(err)
	}
	if n != stories || n != len(l.IDs)-1 {
		t.Errorf("after a file was dropped: %d stories' keywords for %d stories (were %d)", n, stories, len(l.IDs))
	}
}
