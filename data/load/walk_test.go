package load

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"zhibiao/data"
)

// writeFile writes text to dir/name, creating folders.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks unsupported: %v", err)
	}
}

// notes returns the reasons of the problems by path relative to dir.
func notes(dir string, probs []data.LoadProblem) map[string]data.LoadProblem {
	out := map[string]data.LoadProblem{}
	for _, p := range probs {
		out[strings.TrimPrefix(p.File, dir+string(filepath.Separator))] = p
	}
	return out
}

// TestLoadDirVisitsEachRealFileOnce: a relative -corpus holding an absolute
// link back to itself loaded every article twice, and a link to a file of
// the corpus (latest.txt → 2020/report.txt) counted it twice with no word
// (issue 11). Each real file now loads once, under its real path, and each
// second path is a note.
func TestLoadDirVisitsEachRealFileOnce(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	writeFile(t, "corpus", "2020/report.txt", goodArticle)
	writeFile(t, "corpus", "zzz/other.txt", "# 大连市稳外贸\n\n大连市进出口增长。\n")
	abs, err := filepath.Abs("corpus")
	if err != nil {
		t.Fatal(err)
	}
	symlink(t, abs, filepath.Join("corpus", "2020", "self"))                                 // absolute, back to the top
	symlink(t, filepath.Join("2020", "report.txt"), filepath.Join("corpus", "a_latest.txt")) // relative, sorts first
	symlink(t, "zzz", filepath.Join("corpus", "aaa"))                                        // a second name for a folder
	if err := os.Link(filepath.Join("corpus", "2020", "report.txt"), filepath.Join("corpus", "hard.txt")); err != nil {
		t.Fatal(err)
	}
	as, probs, err := LoadDir(context.Background(), "corpus", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].Path != filepath.Join("corpus", "2020", "report.txt") || as[1].Path != filepath.Join("corpus", "zzz", "other.txt") {
		t.Fatalf("loaded %v, want 2020/report.txt and zzz/other.txt once each, by their real paths", paths(as))
	}
	got := notes("corpus", probs)
	want := map[string]string{
		filepath.Join("2020", "self"): "directory loop: leads back to corpus, loaded once",
		"a_latest.txt":                "already loaded: same file as " + filepath.Join("corpus", "2020", "report.txt") + ", loaded once",
		"aaa":                         "already loaded: same folder as " + filepath.Join("corpus", "zzz") + ", loaded once",
		"hard.txt":                    "already loaded: same file as " + filepath.Join("corpus", "2020", "report.txt") + ", loaded once",
	}
	for f, r := range want {
		if p := got[f]; p.Reason != r || !p.Note {
			t.Errorf("%s: %+v, want the note %q", f, p, r)
		}
	}
	if len(probs) != len(want) {
		t.Errorf("problems %v, want %d notes", probs, len(want))
	}
}

func paths(as []*data.Article) []string {
	return storyField(as, func(a *data.Article) string { return a.Path })
}

// TestLoadPathsLoadsAFileOnce: a dropped folder and a file inside it.
func TestLoadPathsLoadsAFileOnce(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "a.txt", goodArticle)
	as, probs, err := defaultParser().LoadPaths(context.Background(), []string{dir, f, f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || len(probs) != 2 || !probs[0].Note || !strings.HasPrefix(probs[0].Reason, ErrDuplicate.Error()) {
		t.Errorf("articles %v problems %+v, want a.txt once and two notes", paths(as), probs)
	}
}

// TestLoadDirReportsEveryFolderSkipped: a folder whose path is longer than
// the system allows (4096 bytes on Linux) was skipped in silence (issue 11).
func TestLoadDirReportsEveryFolderSkipped(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "top.txt", goodArticle)
	// Build 25 levels of 200-byte names from inside, one level at a time:
	// the whole path cannot be named at once.
	t.Chdir(root)
	name := strings.Repeat("d", 200)
	for range 25 {
		if err := os.Mkdir(name, 0o755); err != nil {
			t.Fatal(err)
		}
		t.Chdir(name)
	}
	if err := os.WriteFile("deep.txt", []byte(goodArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	as, probs, err := LoadDir(context.Background(), root, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || len(probs) != 1 || !strings.HasPrefix(probs[0].Reason, ErrFolderSkipped.Error()) ||
		!strings.Contains(probs[0].Reason, "file name too long") {
		t.Fatalf("articles %v problems %+v, want top.txt and one folder skipped, name too long", paths(as), probs)
	}
}

// TestWalkerReportsFoldersItCannotEnter: a subfolder of a folder without
// search (x) permission was skipped in silence (issue 11). The walker's
// stat is given the fault, so that the test also runs as root (who is never
// denied); TestLoadDirNoSearchPermission does it for real when not root.
func TestWalkerReportsFoldersItCannotEnter(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "noexec/sub/a.txt", goodArticle)
	writeFile(t, dir, "noexec/b.txt", goodArticle)
	writeFile(t, dir, "ok.txt", goodArticle)
	w := newDirWalker(context.Background())
	w.stat = func(p string) (fs.FileInfo, error) {
		if filepath.Base(filepath.Dir(p)) == "noexec" {
			return nil, &fs.PathError{Op: "stat", Path: p, Err: syscall.EACCES}
		}
		return os.Stat(p)
	}
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.add(dir, info); err != nil {
		t.Fatal(err)
	}
	got := notes(dir, w.probs)
	if r := got[filepath.Join("noexec", "sub")].Reason; r != "folder skipped: permission denied" {
		t.Errorf("noexec/sub: %q, want folder skipped: permission denied (problems %v)", r, w.probs)
	}
	if r := got[filepath.Join("noexec", "b.txt")].Reason; r != "cannot read file: permission denied" {
		t.Errorf("noexec/b.txt: %q", r)
	}
	if len(w.jobs) != 1 || filepath.Base(w.jobs[0].path) != "ok.txt" {
		t.Errorf("jobs %v, want ok.txt", w.jobs)
	}
}

func TestLoadDirNoSearchPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root is never denied: TestWalkerReportsFoldersItCannotEnter covers it")
	}
	dir := t.TempDir()
	writeFile(t, dir, "noexec/sub/a.txt", goodArticle)
	noexec := filepath.Join(dir, "noexec")
	if err := os.Chmod(noexec, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(noexec, 0o755) })
	_, probs, err := LoadDir(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := notes(dir, probs)[filepath.Join("noexec", "sub")].Reason; !strings.HasPrefix(r, ErrFolderSkipped.Error()) {
		t.Errorf("noexec/sub: %q (problems %v), want folder skipped", r, probs)
	}
}
