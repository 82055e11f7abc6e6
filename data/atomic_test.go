package data

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
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
