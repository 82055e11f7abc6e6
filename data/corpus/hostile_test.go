//go:build unix

package corpus

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"zhibiao/data/hostile"
)

// TestHostileCorpus loads the hostile corpus (data/hostile): one clear
// problem or note per hostile file, the rest loaded, in seconds.
func TestHostileCorpus(t *testing.T) {
	c := hostile.Write(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	start := time.Now()
	corpus, err := OpenCorpus(ctx, c.Dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded in %v: %d articles, %d indicators, %d problems", time.Since(start), len(corpus.Articles), len(corpus.Indicators), len(corpus.Problems))
	var loaded []string
	seen := map[string]bool{}
	for _, a := range corpus.Articles {
		rel, err := filepath.Rel(c.Dir, a.Path)
		if err != nil {
			t.Fatal(err)
		}
		if !seen[rel] {
			loaded = append(loaded, rel)
			seen[rel] = true
		}
	}
	var probs []hostile.Problem
	for _, p := range corpus.Problems {
		probs = append(probs, hostile.Problem{File: p.File, Reason: p.Reason})
	}
	var values []float64
	for _, ind := range corpus.Indicators {
		values = append(values, ind.Value)
	}
	c.Check(t, loaded, probs, values)
}
