package index

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/seeds"
)

// corpusDir copies the seed articles into a temporary folder, with a
// sub-folder, a file that cannot be loaded and one with a figure out of
// range.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, p), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	write(t, dir, "sub/extra.txt", "即墨区新闻\n2021-03-02\n\n即墨区2020年新增城乡就业3.4万人，城镇调查失业率5.1%。\n")
	write(t, dir, "sub/bad.txt", "\x00\x01\x02binary\x00")
	write(t, dir, "sub/huge.md", "崂山区\n2022-01-05\n\n崂山区税收增长1e400亿元，就业增长3%。\n")
	return dir
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// jsonl encodes indicators as `zhibiao indicators` does.
func jsonl(t *testing.T, inds []data.Indicator) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for i := range inds {
		if err := enc.Encode(&inds[i]); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

func fromIndex(t *testing.T, ix *Index) string {
	t.Helper()
	var inds []data.Indicator
	if err := ix.EachIndicator(context.Background(), func(d *data.Indicator) error {
		inds = append(inds, *d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return jsonl(t, inds)
}

func inMemory(t *testing.T, dir string) (string, *corpus.Corpus) {
	t.Helper()
	c, err := testPipeline.Open(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	return jsonl(t, c.Indicators), c
}

func open(t *testing.T, path, dir string) *Index {
	t.Helper()
	ix, err := Open(testPipeline, path, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func refresh(t *testing.T, ix *Index) Stats {
	t.Helper()
	st, err := ix.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestIndexMatchesOpenCorpus(t *testing.T) {
	dir := corpusDir(t)
	ix := open(t, filepath.Join(t.TempDir(), "ix.sqlite"), dir)
	st := refresh(t, ix)
	if st.Analysed != st.Files || st.Files != 8 {
		t.Fatalf("first refresh: %+v, want all 8 files analysed", st)
	}
	want, c := inMemory(t, dir)
	if got := fromIndex(t, ix); got != want {
		t.Errorf("indicators from the index differ from OpenCorpus's:\n%s", firstDiff(got, want))
	}
	l, err := ix.Corpus(context.Background(), st.Problems)
	if err != nil {
		t.Fatal(err)
	}
	if got := jsonl(t, l.Corpus.Indicators); got != want {
		t.Errorf("Corpus's indicators differ:\n%s", firstDiff(got, want))
	}
	if len(l.Corpus.Articles) != len(c.Articles) {
		t.Fatalf("%d articles, want %d", len(l.Corpus.Articles), len(c.Articles))
	}
	for i, a := range l.Corpus.Articles {
		b := c.Articles[i]
		if a.Path != b.Path || a.Title != b.Title || a.Date != b.Date || a.Region != b.Region ||
			strings.Join(a.Regions, ",") != strings.Join(b.Regions, ",") || strings.Join(a.Quality, ",") != strings.Join(b.Quality, ",") {
			t.Errorf("article %d: %+v, want %+v", i, a, b)
		}
		if err := ix.ArticleText(a); err != nil || a.Text != b.Text {
			t.Errorf("article %d: text from its file differs (%v)", i, err)
		}
	}
	for _, ind := range l.Corpus.Indicators {
		if ind.Article == nil {
			t.Fatalf("indicator %q without its article", ind.Raw)
		}
	}
	if got, want := problemList(l.Corpus.Problems), problemList(c.Problems); got != want {
		t.Errorf("problems:\n%s\nwant\n%s", got, want)
	}
}

func problemList(ps []data.LoadProblem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Error() + "\n")
	}
	return b.String()
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got " + g[i] + "\nwant " + w[i]
		}
	}
	return "lengths " + strconv.Itoa(len(g)) + " and " + strconv.Itoa(len(w))
}

func TestRefreshOnlyChanges(t *testing.T) {
	dir := corpusDir(t)
	path := filepath.Join(t.TempDir(), "ix.sqlite")
	ix := open(t, path, dir)
	refresh(t, ix)
	gen0, _ := ix.Generation(context.Background())
	if st := refresh(t, ix); st.Analysed+st.Deleted+st.Touched != 0 || st.Unchanged != st.Files {
		t.Errorf("second refresh of an unchanged folder: %+v", st)
	}
	if gen, _ := ix.Generation(context.Background()); gen != gen0 {
		t.Errorf("generation %d after no change, was %d", gen, gen0)
	}
	// Change one file, add one, delete one, touch one.
	write(t, dir, "sub/extra.txt", "即墨区新闻\n2021-03-02\n\n即墨区2020年新增城乡就业4.2万人。\n")
	write(t, dir, "sub/new.txt", "西海岸新区\n2021-05-06\n\n西海岸新区固定资产投资同比增长7.4%。\n")
	if err := os.Remove(filepath.Join(dir, "sub/huge.md")); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	var touched string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !e.IsDir() {
			touched = filepath.Join(dir, e.Name())
			break
		}
	}
	if err := os.Chtimes(touched, later, later); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix = open(t, path, dir) // reopened: the same index
	if ix.Rebuilt != "" {
		t.Fatalf("reopened index rebuilt: %s", ix.Rebuilt)
	}
	st := refresh(t, ix)
	if st.Analysed != 2 || st.Deleted != 1 || st.Touched != 1 {
		t.Errorf("refresh after changes: %+v, want 2 analysed, 1 deleted, 1 touched", st)
	}
	if gen, _ := ix.Generation(context.Background()); gen != gen0+1 {
		t.Errorf("generation %d after a change, want %d", gen, gen0+1)
	}
	want, _ := inMemory(t, dir)
	if got := fromIndex(t, ix); got != want {
		t.Errorf("after changes:\n%s", firstDiff(got, want))
	}
	if st := refresh(t, ix); st.Unchanged != st.Files {
		t.Errorf("touched file analysed again on the next refresh: %+v", st)
	}
}

func TestNewAnalysisReanalyses(t *testing.T) {
	dir := corpusDir(t)
	ix := open(t, filepath.Join(t.TempDir(), "ix.sqlite"), dir)
	refresh(t, ix)
	if _, err := ix.db.Exec(`UPDATE files SET analysis='0/old' WHERE path LIKE 'sub/%'`); err != nil {
		t.Fatal(err)
	}
	if st := refresh(t, ix); st.Analysed != 3 {
		t.Errorf("files of an old analysis: %+v, want the 3 re-analysed", st)
	}
	want, _ := inMemory(t, dir)
	if got := fromIndex(t, ix); got != want {
		t.Errorf("after re-analysis:\n%s", firstDiff(got, want))
	}
}

// TestNewAnalysisOfMostFilesClears: when most files were analysed by
// another build, the index is emptied and every file analysed as new; the
// full-text index holds each story once, under its new id.
func TestNewAnalysisOfMostFilesClears(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "即墨区稳就业\n2021-01-01\n\n即墨区新增城乡就业3.4万人。\n")
	write(t, dir, "b.txt", "崂山区招商\n2021-01-02\n\n崂山区实际使用外资2亿美元。\n")
	write(t, dir, "c.txt", "黄岛区消费\n2021-01-03\n\n黄岛区社会消费品零售总额增长6.1%。\n")
	ix := open(t, filepath.Join(t.TempDir(), "ix.sqlite"), dir)
	refresh(t, ix)
	if _, err := ix.db.Exec(`UPDATE files SET analysis='0/old' WHERE path != 'c.txt'`); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "d.txt", "城阳区就业\n2021-01-04\n\n城阳区新增城乡就业1.2万人。\n")
	if err := os.Remove(filepath.Join(dir, "b.txt")); err != nil {
		t.Fatal(err)
	}
	st := refresh(t, ix)
	if !st.Cleared || st.Analysed != 3 || st.Deleted != 1 || st.Unchanged != 0 {
		t.Errorf("2 of 3 files of an old analysis: %+v, want the index cleared, 3 analysed, 1 deleted", st)
	}
	want, _ := inMemory(t, dir)
	if got := fromIndex(t, ix); got != want {
		t.Errorf("after re-analysis:\n%s", firstDiff(got, want))
	}
	l, err := ix.Corpus(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"就业": "即墨区稳就业,城阳区就业", "外资": "", "消费": "黄岛区消费"} {
		hits, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		var got []string
		for i, id := range l.IDs {
			if hits[id] {
				got = append(got, l.Corpus.Articles[i].Title)
			}
		}
		if len(hits) != len(got) || strings.Join(got, ",") != want {
			t.Errorf("Search(%q) = %v (%d hits), want %s", q, got, len(hits), want)
		}
	}
	// One stale file of four is replaced alone.
	if _, err := ix.db.Exec(`UPDATE files SET analysis='0/old' WHERE path = 'a.txt'`); err != nil {
		t.Fatal(err)
	}
	if st := refresh(t, ix); st.Cleared || st.Analysed != 1 {
		t.Errorf("1 of 3 files of an old analysis: %+v, want it alone analysed", st)
	}
}

// TestDistrustedFilesRebuilt: whatever is found at the index's path that
// is not a sound index of this folder is set aside, never read.
func TestDistrustedFilesRebuilt(t *testing.T) {
	dir := corpusDir(t)
	want, _ := inMemory(t, dir)
	good := filepath.Join(t.TempDir(), "good.sqlite")
	ix := open(t, good, dir)
	refresh(t, ix)
	ix.Close()
	goodBytes, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]func(path string){
		"garbage": func(p string) { os.WriteFile(p, bytes.Repeat([]byte("not a database "), 500), 0o644) },
		"truncated": func(p string) {
			os.WriteFile(p, goodBytes[:len(goodBytes)/3], 0o644)
		},
		"pages overwritten": func(p string) {
			b := bytes.Clone(goodBytes)
			for i := 4096; i < len(b); i += 4096 { // every page after the first, from its header on
				copy(b[i:], bytes.Repeat([]byte{0xA5}, 64))
			}
			os.WriteFile(p, b, 0o644)
		},
		"pages overwritten, too large to check": func(p string) {
			b := bytes.Clone(goodBytes)
			for i := 4096; i < len(b); i += 4096 {
				copy(b[i:], bytes.Repeat([]byte{0xA5}, 64))
			}
			os.WriteFile(p, b, 0o644)
		},
		"foreign sqlite": func(p string) {
			db, err := sql.Open("sqlite", p)
			if err != nil {
				t.Fatal(err)
			}
			db.Exec(`CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES('mine')`)
			db.Close()
		},
		"another folder": func(p string) {
			other := t.TempDir()
			write(t, other, "a.txt", "即墨区\n2021-01-01\n\n即墨区新增就业1万人。\n")
			o, err := Open(testPipeline, p, other)
			if err != nil {
				t.Fatal(err)
			}
			o.Refresh(context.Background(), nil)
			o.Close()
		},
	}
	for name, damage := range cases {
		t.Run(name, func(t *testing.T) {
			defer func(n int64) { quickCheckMax = n }(quickCheckMax)
			if name == "pages overwritten, too large to check" {
				quickCheckMax = 0
			}
			path := filepath.Join(t.TempDir(), "ix.sqlite")
			damage(path)
			before, _ := os.ReadFile(path)
			ix, err := Open(testPipeline, path, dir)
			if err != nil {
				t.Fatal(err)
			}
			ix, st, err := ix.RefreshOrRebuild(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			if ix.Rebuilt == "" {
				t.Fatal("distrusted file used as the index")
			}
			t.Logf("rebuilt: %s", ix.Rebuilt)
			if after, _ := os.ReadFile(path + ".bad"); !bytes.Equal(after, before) {
				t.Error("the distrusted file was not kept aside as .bad")
			}
			if st.Analysed != st.Files {
				t.Errorf("rebuilt index: %+v, want everything analysed", st)
			}
			if got := fromIndex(t, ix); got != want {
				t.Errorf("rebuilt index:\n%s", firstDiff(got, want))
			}
		})
	}
}

func TestSearch(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "即墨区稳就业\n2021-01-01\n\n即墨区新增城乡就业3.4万人，5G基站建成1200个。\n")
	write(t, dir, "b.txt", "崂山区招商\n2021-01-02\n\n崂山区引进外资项目12个，实际使用外资2亿美元。\n")
	ix := open(t, filepath.Join(t.TempDir(), "ix.sqlite"), dir)
	refresh(t, ix)
	l, err := ix.Corpus(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	title := map[int64]string{}
	for i, id := range l.IDs {
		title[id] = l.Corpus.Articles[i].Title
	}
	for q, want := range map[string]string{
		"就业":     "即墨区稳就业",
		"业":      "即墨区稳就业", // run-final character
		"外资":     "崂山区招商",
		"使用外资":   "崂山区招商",
		"5G":     "即墨区稳就业",
		"5g基站":   "即墨区稳就业",
		"即墨 就业":  "即墨区稳就业",
		"区":      "即墨区稳就业,崂山区招商",
		"就业 外资":  "",
		"招商就业":   "",
		"\"AND(": "",
	} {
		hits, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
			continue
		}
		var got []string
		for _, id := range l.IDs {
			if hits[id] {
				got = append(got, title[id])
			}
		}
		if strings.Join(got, ",") != want {
			t.Errorf("Search(%q) = %v, want %s", q, got, want)
		}
	}
}

func TestAnalyzeStreamsInOrder(t *testing.T) {
	dir := corpusDir(t)
	jobs, _, err := Jobs(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var inds []data.Indicator
	err = Analyze(context.Background(), testPipeline, jobs, func(r *Result) error {
		inds = append(inds, r.Indicators...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := inMemory(t, dir)
	if got := jsonl(t, inds); got != want {
		t.Errorf("streamed:\n%s", firstDiff(got, want))
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err = Analyze(ctx, testPipeline, jobs, func(*Result) error { n++; cancel(); return nil })
	if err == nil || n != 1 {
		t.Errorf("cancelled: %d results, err %v", n, err)
	}
}

func TestShardsSplitEveryFileOnce(t *testing.T) {
	const n = 4
	counts := make([]int, n+1)
	for i := range 1000 {
		rel := "000/article_" + strconv.Itoa(i) + ".txt"
		owners := 0
		for s := 1; s <= n; s++ {
			if InShard(rel, s, n) {
				owners++
				counts[s]++
			}
		}
		if owners != 1 {
			t.Fatalf("%s in %d shards", rel, owners)
		}
	}
	for s := 1; s <= n; s++ {
		if counts[s] < 200 || counts[s] > 300 {
			t.Errorf("shard %d/%d holds %d of 1000 files", s, n, counts[s])
		}
	}
}

// TestJobsTimesFromTheListing: each job's size and modification time are
// the file's own, as the listing saw them (no second stat per file).
func TestJobsTimesFromTheListing(t *testing.T) {
	dir := corpusDir(t)
	jobs, _, err := Jobs(context.Background(), dir)
	if err != nil || len(jobs) == 0 {
		t.Fatalf("%d jobs, %v", len(jobs), err)
	}
	for _, j := range jobs {
		st, err := os.Stat(j.Path)
		if err != nil || j.ModTime == 0 || j.ModTime != st.ModTime().UnixNano() || j.Size != st.Size() {
			t.Errorf("%s: size %d, time %d; the file's %v", j.Rel, j.Size, j.ModTime, st)
		}
	}
}
