package load

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"zhibiao/data"
)

const goodArticle = "青岛市即墨区稳就业\n\n即墨区上半年新增城乡就业3.4万人。\n"

func TestLoadFSBadInput(t *testing.T) {
	fsys := fstest.MapFS{
		"a/good.txt":      {Data: []byte(goodArticle)},
		"a/empty.txt":     {Data: nil},
		"a/binary.txt":    {Data: []byte("\x00\x01\x02\x03binary")},
		"a/bad.md":        {Data: []byte("\x80\xff\x80\xff\x80\xff")},
		"a/notes.doc":     {Data: []byte("ignored")}, // .doc (Word 97) is not read
		"a/deep/more.MD":  {Data: []byte("# 大连市稳外贸\n\n大连市进出口增长。\n")},
		"a/deep/zero.txt": {Data: []byte("\n\n")},
	}
	as, probs, err := LoadFS(context.Background(), fsys, "a", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].File != "more.MD" || as[1].File != "good.txt" {
		t.Fatalf("loaded %v, want more.MD then good.txt (sorted by path)", titles(as))
	}
	want := map[string]error{"a/bad.md": ErrEncoding, "a/binary.txt": ErrBinary, "a/empty.txt": ErrEmpty, "a/deep/zero.txt": ErrEmpty}
	if len(probs) != len(want) {
		t.Fatalf("problems %v, want %d", probs, len(want))
	}
	for _, p := range probs {
		w, ok := want[p.File]
		if !ok || !strings.Contains(p.Reason, w.Error()) {
			t.Errorf("problem %v, want %s: %v", p, p.File, w)
		}
		if !strings.Contains(p.Error(), p.File) {
			t.Errorf("problem message %q lacks the file name", p.Error())
		}
	}
}

func titles(as []*data.Article) []string {
	return storyField(as, func(a *data.Article) string { return a.File + ":" + a.Title })
}

// storyField returns f of each story, for a test's messages.
func storyField(as []*data.Article, f func(*data.Article) string) []string {
	var out []string
	for _, a := range as {
		out = append(out, f(a))
	}
	return out
}

func TestLoadFSTooLarge(t *testing.T) {
	p := *defaultParser()
	p.maxSize = 200
	fsys := fstest.MapFS{
		"big.txt":   {Data: []byte(strings.Repeat("即墨区新增就业。", 20))},
		"small.txt": {Data: []byte(goodArticle)},
	}
	as, probs, err := p.loadFS(context.Background(), fsys, ".", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || len(probs) != 1 || probs[0].File != "big.txt" || !strings.Contains(probs[0].Reason, ErrTooLarge.Error()) {
		t.Fatalf("articles %v problems %v, want small.txt loaded and big.txt too large", titles(as), probs)
	}
}

func TestLoadFSProgressAndCancel(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, n := range []string{"1.txt", "2.txt", "3.txt"} {
		fsys[n] = &fstest.MapFile{Data: []byte(goodArticle)}
	}
	var calls [][2]int
	if _, _, err := LoadFS(context.Background(), fsys, ".", func(done, total int) { calls = append(calls, [2]int{done, total}) }); err != nil {
		t.Fatal(err)
	}
	if len(calls) != 3 || calls[2] != [2]int{3, 3} {
		t.Errorf("progress calls %v, want 1..3 of 3", calls)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := LoadFS(ctx, fsys, ".", nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled load: err = %v, want context.Canceled", err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	_, _, err := LoadFS(ctx, fsys, ".", func(done, total int) {
		if done == 1 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("load cancelled midway: err = %v, want context.Canceled", err)
	}
}

func TestLoadDirProblems(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", goodArticle)
	write("sub/also.md", "# 大连市稳外贸\n\n大连市进出口增长。\n")
	write("sub/empty.txt", "")
	write("locked.txt", goodArticle)
	// a symbolic link back to the top: a directory loop
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Skipf("symlinks unsupported: %v", err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	write("lockeddir/inside.txt", goodArticle)
	rootCanRead := os.Geteuid() == 0 // root reads files whatever their mode
	for _, p := range []string{"locked.txt", "lockeddir"} {
		if err := os.Chmod(filepath.Join(dir, p), 0); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { _ = os.Chmod(filepath.Join(dir, "lockeddir"), 0o755) }) // let TempDir clean up
	as, probs, err := LoadDir(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]string{}
	for _, p := range probs {
		reasons[strings.TrimPrefix(p.File, dir+string(filepath.Separator))] = p.Reason
	}
	check := func(file string, want error) {
		t.Helper()
		if !strings.Contains(reasons[file], want.Error()) {
			t.Errorf("%s: reason %q, want %q (problems %v)", file, reasons[file], want, probs)
		}
	}
	check(filepath.Join("sub", "loop"), ErrLoop)
	check(filepath.Join("sub", "empty.txt"), ErrEmpty)
	check("dangling.txt", ErrUnreadable)
	wantArticles := 4
	if rootCanRead {
		t.Log("running as root: chmod 000 does not stop reads, the unreadable file and directory cases are skipped")
	} else {
		check("locked.txt", ErrUnreadable)
		check("lockeddir", ErrFolderSkipped)
		wantArticles = 2
	}
	if len(as) != wantArticles {
		t.Errorf("loaded %v, want %d articles", titles(as), wantArticles)
	}
}

func TestLoadDirMissing(t *testing.T) {
	_, _, err := LoadDir(context.Background(), filepath.Join(t.TempDir(), "missing"), nil)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want not exist", err)
	}
	f := filepath.Join(t.TempDir(), "file.txt")
	if err := os.WriteFile(f, []byte(goodArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadDir(context.Background(), f, nil); err == nil {
		t.Error("LoadDir on a file: no error")
	}
}

func TestLoadDirFixtures(t *testing.T) {
	as, probs, err := LoadDir(context.Background(), "testdata/corpus", nil)
	if err != nil || len(probs) != 0 {
		t.Fatalf("err %v problems %v", err, probs)
	}
	files := map[string]int{}
	for _, a := range as {
		files[a.File]++
		if !strings.HasPrefix(a.Path, "testdata/corpus") {
			t.Errorf("%s: Path %q", a.File, a.Path)
		}
	}
	if files["page.txt"] != 2 || files["policy.md"] != 1 || len(files) != 2 {
		t.Errorf("stories per file %v, want page.txt:2 policy.md:1 (and no .doc)", files)
	}
}
