package corpusgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDocsReproducible(t *testing.T) {
	a, err := Docs(30, 7)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Docs(30, 7)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Docs(30, 8)
	if err != nil {
		t.Fatal(err)
	}
	same := 0
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("doc %d differs between runs with the same seed", i)
		}
		if a[i].Text == c[i].Text {
			same++
		}
		if lines := strings.Split(a[i].Text, "\n"); len(lines) < 6 || !strings.HasPrefix(lines[1], "2020-") {
			t.Errorf("doc %d lacks title/date/paragraphs: %q", i, a[i].Text)
		}
	}
	if same == len(a) {
		t.Error("another seed gives the same corpus")
	}
}

func TestGenerateKeepsExisting(t *testing.T) {
	dir := t.TempDir()
	size, err := Generate(dir, 12, 3)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "000", "*.txt"))
	if len(files) != 12 || size <= 0 {
		t.Fatalf("%d files, %d bytes", len(files), size)
	}
	if err := os.WriteFile(files[0], []byte("changed"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(dir, 12, 3); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(files[0]); string(b) != "changed" {
		t.Error("same corpus regenerated although its MANIFEST matched")
	}
	if _, err := Generate(dir, 12, 4); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(files[0]); string(b) == "changed" {
		t.Error("another seed did not regenerate the corpus")
	}
	if _, err := Generate(dir, 5, 4); err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "000", "*.txt")); len(files) != 5 {
		t.Errorf("a smaller corpus left %d files", len(files))
	}
}

func TestGenerateLeavesOtherFolders(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(dir, 3, 1); err == nil {
		t.Error("Generate wrote into a folder that holds other files")
	}
}
