package index

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"zhibiao/data"
	"zhibiao/data/keywords"
	"zhibiao/data/region"
	"zhibiao/data/segment"
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
