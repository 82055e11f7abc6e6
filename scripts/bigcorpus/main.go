// Command bigcorpus builds a large synthetic corpus reproducibly from the seed
// articles (paragraphs recombined with a fixed random seed) and measures how
// long zhibiao takes to load and analyse it, and its peak memory.
//
//	go run ./scripts/bigcorpus -n 10000 -dir /tmp/zhibiao-10k
//
// The same -n and -seed always give byte-identical files.
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"zhibiao/data"
	"zhibiao/seeds"
)

func main() {
	n := flag.Int("n", 10000, "number of articles to generate")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "zhibiao-bigcorpus"), "folder to write the corpus into")
	seed := flag.Uint64("seed", 20200723, "random seed")
	genOnly := flag.Bool("gen-only", false, "only generate, do not analyse")
	flag.Parse()
	if err := run(*n, *dir, *seed, *genOnly); err != nil {
		log.Fatal(err)
	}
}

func run(n int, dir string, seed uint64, genOnly bool) error {
	size, err := Generate(dir, n, seed)
	if err != nil {
		return err
	}
	fmt.Printf("corpus: %d articles, %.1f MB in %s\n", n, float64(size)/1e6, dir)
	if genOnly {
		return nil
	}
	start := time.Now()
	c, err := data.OpenCorpus(context.Background(), dir, nil)
	if err != nil {
		return err
	}
	wall := time.Since(start)
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return fmt.Errorf("getrusage: %w", err)
	}
	fmt.Printf("analysed: %d stories, %d indicators, %d problems\n", len(c.Articles), len(c.Indicators), len(c.Problems))
	fmt.Printf("wall %.2f s, peak RSS %d MB, GOMAXPROCS %d\n", wall.Seconds(), ru.Maxrss/1024, runtime.GOMAXPROCS(0))
	return nil
}

// Generate writes n articles into dir (created if needed): each a title
// line, a date line and 3–8 paragraphs drawn from the seed articles.
// It returns the total size in bytes.
func Generate(dir string, n int, seed uint64) (int64, error) {
	paras, titles, err := seedParagraphs()
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("create %s: %w", dir, err)
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var total int64
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "%s\n2020-%02d-%02d\n\n", titles[rng.IntN(len(titles))], 1+rng.IntN(12), 1+rng.IntN(28))
		for range 3 + rng.IntN(6) {
			sb.WriteString(paras[rng.IntN(len(paras))])
			sb.WriteString("\n\n")
		}
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return 0, fmt.Errorf("create %s: %w", sub, err)
		}
		name := filepath.Join(sub, fmt.Sprintf("article_%05d.txt", i))
		if err := os.WriteFile(name, []byte(sb.String()), 0o644); err != nil {
			return 0, fmt.Errorf("write %s: %w", name, err)
		}
		total += int64(sb.Len())
	}
	return total, nil
}

// seedParagraphs returns the seeds' body paragraphs (long lines) and their
// short lines that are not bylines or banners, used as titles.
func seedParagraphs() (paras, titles []string, err error) {
	err = fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, path)
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			switch n := len([]rune(l)); {
			case n >= 40:
				paras = append(paras, l)
			case n >= 8 && !strings.ContainsAny(l, "□■#:：") && !strings.Contains(l, "责编"):
				titles = append(titles, l)
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read seeds: %w", err)
	}
	return paras, titles, nil
}
