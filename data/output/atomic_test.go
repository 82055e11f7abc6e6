package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	tests := []struct {
		name     string
		existing []byte // nil: no file before
		data     []byte
	}{
		{"new file", nil, []byte("你好，图表")},
		{"replace", []byte("old content that is longer"), []byte("new")},
		{"empty", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.svg")
			if tc.existing != nil {
				if err := os.WriteFile(path, tc.existing, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			if err := WriteFileAtomic(path, tc.data, 0o644); err != nil {
				t.Fatalf("WriteFileAtomic: %v", err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(tc.data) {
				t.Errorf("content = %q, want %q", got, tc.data)
			}
			if runtime.GOOS != "windows" {
				fi, err := os.Stat(path)
				if err != nil {
					t.Fatal(err)
				}
				if fi.Mode().Perm() != 0o644 {
					t.Errorf("perm = %v, want 0644", fi.Mode().Perm())
				}
			}
			assertOnlyFile(t, dir, "out.svg")
		})
	}
}

func TestWriteFileAtomicErrorLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	// The target is a non-empty directory: the rename must fail.
	target := filepath.Join(dir, "taken")
	if err := os.MkdirAll(filepath.Join(target, "child"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := WriteFileAtomic(target, []byte("x"), 0o644)
	if err == nil {
		t.Fatal("WriteFileAtomic over a non-empty directory succeeded")
	}
	if !strings.Contains(err.Error(), "taken") {
		t.Errorf("error %q does not name the file", err)
	}
	assertOnlyFile(t, dir, "taken")
}

func TestWriteFileAtomicMissingDir(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "x.png")
	if err := WriteFileAtomic(path, []byte("x"), 0o644); err == nil {
		t.Fatal("WriteFileAtomic into a missing directory succeeded")
	}
}

// assertOnlyFile fails unless dir holds exactly one entry, named name (no
// temporary files left behind).
func assertOnlyFile(t *testing.T, dir, name string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 1 || names[0] != name {
		t.Errorf("dir holds %v, want only %s", names, name)
	}
}

func TestWriteFileExclusive(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.svg")
	if err := WriteFileExclusive(path, []byte("first"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteFileExclusive(path, []byte("second"), 0o644)
	if !errors.Is(err, fs.ErrExist) || !strings.Contains(err.Error(), "out.svg") {
		t.Errorf("over an existing file: %v, want fs.ErrExist naming the file", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "first" {
		t.Errorf("content %q, want the first write kept", b)
	}
	assertOnlyFile(t, dir, "out.svg")
	// A dangling symbolic link is a file too: nothing is written through it.
	link := filepath.Join(t.TempDir(), "link.svg")
	if err := os.Symlink(filepath.Join(dir, "elsewhere.svg"), link); err == nil {
		if err := WriteFileExclusive(link, []byte("x"), 0o644); !errors.Is(err, fs.ErrExist) {
			t.Errorf("over a dangling link: %v", err)
		}
	}
	// The fallback without hard links.
	other := filepath.Join(dir, "other.svg")
	if err := createExclusive(other, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := createExclusive(other, []byte("y"), 0o644); !errors.Is(err, fs.ErrExist) {
		t.Errorf("createExclusive over a file: %v", err)
	}
}

// TestWriteFileExclusiveConcurrent: with the existence check and the rename
// as separate steps, 3 of 30 rounds of three concurrent exports replaced a
// file (issue 11). Now exactly one writer wins each round and the file
// holds its content.
func TestWriteFileExclusiveConcurrent(t *testing.T) {
	dir := t.TempDir()
	for round := range 30 {
		path := filepath.Join(dir, fmt.Sprintf("chart-%d.png", round))
		var wg sync.WaitGroup
		errs := make([]error, 3)
		for w := range 3 {
			wg.Go(func() { errs[w] = WriteFileExclusive(path, []byte(strings.Repeat(strconv.Itoa(w), 1000)), 0o644) })
		}
		wg.Wait()
		won := -1
		for w, err := range errs {
			switch {
			case err == nil && won >= 0:
				t.Fatalf("round %d: writers %d and %d both succeeded", round, won, w)
			case err == nil:
				won = w
			case !errors.Is(err, fs.ErrExist):
				t.Fatalf("round %d: writer %d: %v", round, w, err)
			}
		}
		b, err := os.ReadFile(path)
		if err != nil || won < 0 || string(b) != strings.Repeat(strconv.Itoa(won), 1000) {
			t.Fatalf("round %d: winner %d, file %.10q… (%v)", round, won, b, err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 30 {
		t.Errorf("%d entries (temporary files left?), %v", len(entries), err)
	}
}
