package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestOpenCorpusSeeds(t *testing.T) {
	var stages []string
	c, err := OpenCorpus(context.Background(), "", func(stage string, done, total int) {
		if done > total {
			t.Errorf("progress %s %d/%d", stage, done, total)
		}
		if len(stages) == 0 || stages[len(stages)-1] != stage {
			stages = append(stages, stage)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]bool{}
	for _, a := range c.Articles {
		files[a.File] = true
	}
	if len(files) != 5 || len(c.Indicators) == 0 || len(c.Problems) != 0 {
		t.Errorf("seeds: %d files, %d indicators, problems %v", len(files), len(c.Indicators), c.Problems)
	}
	for _, ind := range c.Indicators {
		if ind.Article == nil || ind.File != ind.Article.File {
			t.Fatalf("indicator %q not linked to its article", ind.Raw)
		}
	}
	if !slices.Contains(stages, "分析") {
		t.Errorf("progress stages %v lack 分析", stages)
	}
}

func TestOpenPathsMixesFoldersFilesAndProblems(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("sub/a.txt", "即墨区新增就业\n\n2020年上半年，即墨区新增城乡就业3.4万人。\n")
	write("sub/empty.txt", "")
	single := write("b.md", "崂山区稳岗\n\n2020年崂山区发放稳岗补贴1200万元。\n")
	c, err := OpenPaths(context.Background(), []string{filepath.Join(dir, "sub"), single, filepath.Join(dir, "missing")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 2 {
		t.Errorf("got %d articles, want 2 (a.txt and b.md)", len(c.Articles))
	}
	var reasons []string
	for _, p := range c.Problems {
		reasons = append(reasons, filepath.Base(p.File))
	}
	slices.Sort(reasons)
	if !slices.Equal(reasons, []string{"empty.txt", "missing"}) {
		t.Errorf("problems for %v, want empty.txt and missing", reasons)
	}
	if !strings.Contains(c.Source, "等 3 项") {
		t.Errorf("source %q", c.Source)
	}
}

func TestOpenCorpusMissingFolderIsAnError(t *testing.T) {
	_, err := OpenCorpus(context.Background(), filepath.Join(t.TempDir(), "nope"), nil)
	if err == nil {
		t.Fatal("no error for a missing folder")
	}
}

func TestOpenCorpusCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := OpenCorpus(ctx, "", nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
