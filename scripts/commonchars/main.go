// Command commonchars writes data/commonchars.txt, the 1000 Chinese
// characters most frequent in gse's dictionary (data/dict/zh/s_1.txt of the
// gse module in the module cache): each character weighted by the summed
// frequencies of the words that contain it. load.Parser.Decode uses the list to
// tell real GB18030 Chinese text from Japanese or Korean bytes that happen
// to decode as GB18030 (see data/decode.go for the measurements).
//
//	go run ./scripts/commonchars -out data/commonchars.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	out := flag.String("out", "data/commonchars.txt", "output file")
	n := flag.Int("n", 1000, "number of characters")
	flag.Parse()
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		log.Fatalf("find gse: %v", err)
	}
	freq, err := charFrequencies(filepath.Join(strings.TrimSpace(string(dir)), "data", "dict", "zh", "s_1.txt"))
	if err != nil {
		log.Fatal(err)
	}
	if err := write(*out, top(freq, *n)); err != nil {
		log.Fatal(err)
	}
}

// charFrequencies sums, per CJK ideograph, the frequencies of the words
// holding it.
func charFrequencies(path string) (map[rune]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	freq := map[rune]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		w, err := strconv.ParseFloat(fs[1], 64)
		if err != nil {
			continue
		}
		for _, r := range fs[0] {
			if r >= 0x4e00 && r <= 0x9fff {
				freq[r] += w
			}
		}
	}
	return freq, sc.Err()
}

// top returns the n most frequent characters, most frequent first (ties by
// code point).
func top(freq map[rune]float64, n int) []rune {
	rs := make([]rune, 0, len(freq))
	for r := range freq {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool {
		if freq[rs[i]] != freq[rs[j]] {
			return freq[rs[i]] > freq[rs[j]]
		}
		return rs[i] < rs[j]
	})
	return rs[:min(n, len(rs))]
}

func write(path string, rs []rune) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# The %d Chinese characters most frequent in gse's dictionary, most frequent first.\n", len(rs))
	b.WriteString("# Derived from gse's dictionary (Apache-2.0, data/segment/LICENSE.gse) by scripts/commonchars; do not edit.\n")
	for i := 0; i < len(rs); i += 50 {
		b.WriteString(string(rs[i:min(i+50, len(rs))]) + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
