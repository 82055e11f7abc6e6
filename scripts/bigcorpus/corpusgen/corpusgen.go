// Package corpusgen builds large synthetic corpora reproducibly from the
// seed articles: each article is a title line, a date line and 6–18 body
// paragraphs drawn from the seeds with a fixed random seed. The same n and
// seed always give byte-identical articles. It is used by the bigcorpus
// command and by the data benchmarks.
package corpusgen

import (
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"zhibiao/seeds"
)

// DefaultSeed is the random seed the command and benchmarks use.
const DefaultSeed = 20200723

// Doc is one generated article: a relative file name and its text.
type Doc struct {
	Name string // e.g. 003/article_03127.txt
	Text string
}

// Docs returns n generated articles.
func Docs(n int, seed uint64) ([]Doc, error) {
	paras, titles, err := seedParagraphs()
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	docs := make([]Doc, n)
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "%s\n2020-%02d-%02d\n\n", titles[rng.IntN(len(titles))], 1+rng.IntN(12), 1+rng.IntN(28))
		for range 6 + rng.IntN(13) {
			sb.WriteString(paras[rng.IntN(len(paras))])
			sb.WriteString("\n\n")
		}
		docs[i] = Doc{Name: fmt.Sprintf("%03d/article_%05d.txt", i/1000, i), Text: sb.String()}
	}
	return docs, nil
}

// Generate writes n articles into dir (created if needed, 1,000 per
// sub-folder) and returns their total size in bytes. A folder already
// holding this exact corpus (its MANIFEST names the same articles) is kept;
// one holding another generated corpus is replaced; a non-empty folder
// without a MANIFEST is left alone with an error, in case it is real data.
func Generate(dir string, n int, seed uint64) (int64, error) {
	docs, err := Docs(n, seed)
	if err != nil {
		return 0, err
	}
	h := fnv.New64a()
	var total int64
	for _, d := range docs {
		total += int64(len(d.Text))
		io.WriteString(h, d.Name+"\x00"+d.Text+"\x00")
	}
	manifest := filepath.Join(dir, "MANIFEST")
	want := fmt.Sprintf("corpusgen n=%d seed=%d bytes=%d fnv64a=%x\n", n, seed, total, h.Sum64())
	switch b, err := os.ReadFile(manifest); {
	case err == nil && string(b) == want:
		return total, nil
	case err == nil:
		if err := os.RemoveAll(dir); err != nil {
			return 0, fmt.Errorf("replace %s: %w", dir, err)
		}
	default:
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			return 0, fmt.Errorf("%s is not empty and holds no generated corpus (no MANIFEST)", dir)
		}
	}
	for _, d := range docs {
		name := filepath.Join(dir, filepath.FromSlash(d.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return 0, fmt.Errorf("create %s: %w", filepath.Dir(name), err)
		}
		if err := os.WriteFile(name, []byte(d.Text), 0o644); err != nil {
			return 0, fmt.Errorf("write %s: %w", name, err)
		}
	}
	if err := os.WriteFile(manifest, []byte(want), 0o644); err != nil {
		return 0, fmt.Errorf("write %s: %w", manifest, err)
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
	if len(paras) == 0 || len(titles) == 0 {
		return nil, nil, fmt.Errorf("read seeds: no paragraphs or titles found")
	}
	return paras, titles, nil
}
