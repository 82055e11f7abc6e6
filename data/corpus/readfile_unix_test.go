//go:build unix

package corpus

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"zhibiao/data/load"
)

// specialFiles makes a named pipe, a socket and a symbolic link to
// /dev/zero, all with article names, in dir; it returns their paths. The
// socket's listener is closed when the test ends.
func specialFiles(t *testing.T, dir string) (fifo, sock, zero string) {
	t.Helper()
	fifo, sock, zero = filepath.Join(dir, "fifo.txt"), filepath.Join(dir, "sock.txt"), filepath.Join(dir, "zero.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("unix socket: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skipf("symlink: %v", err)
	}
	return fifo, sock, zero
}

// TestSpecialFilesAreNotRead: a named pipe blocked forever and /dev/zero
// grew until memory ran out (issue 11). Each is now a problem found before
// reading, on a folder, on files given one by one and as -corpus.
func TestSpecialFilesAreNotRead(t *testing.T) {
	dir := t.TempDir()
	fifo, sock, zero := specialFiles(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(goodArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt") // sparse: no disk space used
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, load.MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		fifo: "not a regular file: a named pipe (FIFO)",
		sock: "not a regular file: a socket",
		zero: "not a regular file: a character device",
		big:  "file too large: 20971521 bytes, limit 20971520 bytes",
	}
	check := func(what string, c *Corpus) {
		t.Helper()
		if len(c.Articles) != 1 || c.Articles[0].File != "good.txt" {
			t.Errorf("%s: articles %v, want good.txt", what, titles(c.Articles))
		}
		got := map[string]string{}
		for _, p := range c.Problems {
			got[p.File] = p.Reason
		}
		for f, r := range want {
			if got[f] != r {
				t.Errorf("%s: %s: problem %q, want %q", what, filepath.Base(f), got[f], r)
			}
		}
		if len(c.Problems) != len(want) {
			t.Errorf("%s: problems %v", what, c.Problems)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, err := OpenCorpus(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	check("folder", c)
	c, err = OpenPaths(ctx, []string{fifo, sock, zero, big, filepath.Join(dir, "good.txt")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	check("dropped files", c)
	for _, p := range []string{fifo, "/dev/zero", sock} {
		c, err := OpenCorpus(ctx, p, nil)
		if err != nil {
			t.Fatalf("-corpus %s: %v", p, err)
		}
		if len(c.Articles) != 0 || len(c.Problems) != 1 || !strings.HasPrefix(c.Problems[0].Reason, load.ErrNotRegular.Error()) {
			t.Errorf("-corpus %s: %+v; want one problem, not a regular file", p, c)
		}
	}
}
