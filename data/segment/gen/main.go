// Command gen builds data/segment/gsedict.bin.gz, the compact form of gse's
// embedded Chinese dictionary (data/dict/zh/s_1.txt + t_1.txt) and of its
// HMM emission model (hmm/prob_emit.go), from the gse module in the module
// cache. It applies gse's own loading rules (LoadDictStr): lines split on
// spaces, entries with a frequency under 2 dropped, single characters forced
// to frequency 2, ASCII letters lowercased, the first entry of a key wins.
//
//	go generate ./data/segment     (runs: go run ./gen -out gsedict.bin.gz)
//
// Format (all integers little-endian, then gzip):
//
//	"ZBSEG1\n"
//	uint32 N, float64 total frequency (summed in gse's insertion order)
//	N keys, byte-sorted, each followed by '\n'
//	N uvarint frequencies (same order)
//	uint32 M, then M × (uint32 rune, 4 × float64 log-emission B M E S;
//	  -3.14e100 where gse's model has none)
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// minFloat is gse's log-probability for "never".
const minFloat = -3.14e100

func main() {
	gseDir := flag.String("gse", "", "gse module directory (default: from go list)")
	out := flag.String("out", "gsedict.bin.gz", "output file")
	flag.Parse()
	if err := run(*gseDir, *out); err != nil {
		log.Fatal(err)
	}
}

func run(gseDir, out string) error {
	if gseDir == "" {
		b, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
		if err != nil {
			return fmt.Errorf("locate gse module: %w", err)
		}
		gseDir = strings.TrimSpace(string(b))
	}
	var text []byte
	for _, f := range []string{"s_1.txt", "t_1.txt"} {
		b, err := os.ReadFile(filepath.Join(gseDir, "data", "dict", "zh", f))
		if err != nil {
			return fmt.Errorf("read dictionary: %w", err)
		}
		text = append(text, b...)
	}
	keys, freqs, total := parseDict(string(text))
	emit, err := readEmit(filepath.Join(gseDir, "hmm", "prob_emit.go"))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	encode(&buf, keys, freqs, total, emit)
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	if err := os.WriteFile(out, gz.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Printf("%d words, total frequency %.0f, %d emission runes; %d bytes (%d gzipped)\n",
		len(keys), total, len(emit), buf.Len(), gz.Len())
	return nil
}

// parseDict applies gse's LoadDictStr rules; see the package comment.
func parseDict(text string) (keys []string, freqs []uint64, total float64) {
	seen := map[string]uint64{}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Split(line, " ")
		if len(f) < 2 {
			continue
		}
		word := strings.TrimSpace(f[0])
		freq, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil || freq < 2 || word == "" {
			continue
		}
		if utf8.RuneCountInString(word) < 2 {
			freq = 2
		}
		if freq != math.Trunc(freq) {
			log.Fatalf("non-integer frequency %v for %q", freq, word)
		}
		key := asciiLower(word)
		if _, ok := seen[key]; ok {
			continue
		}
		seen[key] = uint64(freq)
		total += freq
	}
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	freqs = make([]uint64, len(keys))
	for i, k := range keys {
		freqs[i] = seen[k]
	}
	return keys, freqs, total
}

// asciiLower lowercases A–Z only, as gse does for dictionary keys.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c - 'A' + 'a'
		}
	}
	return string(b)
}

// readEmit parses gse's emission table: rune -> log-probabilities in the
// order B M E S.
func readEmit(path string) (map[rune][4]float64, error) {
	reState := regexp.MustCompile(`probEmit\['([BEMS])'\]`)
	reEntry := regexp.MustCompile(`^\s*'\\u([0-9a-fA-F]{4})':\s*([-0-9.eE+]+),?\s*}?\s*$`)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read HMM model: %w", err)
	}
	defer f.Close()
	emit := map[rune][4]float64{}
	state := -1
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := reState.FindStringSubmatch(line); m != nil {
			state = strings.Index("BMES", m[1])
			continue
		}
		m := reEntry.FindStringSubmatch(line)
		if m == nil || state < 0 {
			continue
		}
		r, err := strconv.ParseUint(m[1], 16, 32)
		if err != nil {
			return nil, fmt.Errorf("HMM model line %q: %w", line, err)
		}
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			return nil, fmt.Errorf("HMM model line %q: %w", line, err)
		}
		e, ok := emit[rune(r)]
		if !ok {
			e = [4]float64{minFloat, minFloat, minFloat, minFloat}
		}
		e[state] = v
		emit[rune(r)] = e
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read HMM model: %w", err)
	}
	if len(emit) < 1000 {
		return nil, fmt.Errorf("HMM model: only %d runes parsed", len(emit))
	}
	return emit, nil
}

func encode(w *bytes.Buffer, keys []string, freqs []uint64, total float64, emit map[rune][4]float64) {
	w.WriteString("ZBSEG1\n")
	var b8 [8]byte
	binary.LittleEndian.PutUint32(b8[:4], uint32(len(keys)))
	w.Write(b8[:4])
	binary.LittleEndian.PutUint64(b8[:], math.Float64bits(total))
	w.Write(b8[:])
	for _, k := range keys {
		w.WriteString(k)
		w.WriteByte('\n')
	}
	var vb [binary.MaxVarintLen64]byte
	for _, f := range freqs {
		w.Write(vb[:binary.PutUvarint(vb[:], f)])
	}
	runes := make([]rune, 0, len(emit))
	for r := range emit {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	binary.LittleEndian.PutUint32(b8[:4], uint32(len(runes)))
	w.Write(b8[:4])
	for _, r := range runes {
		binary.LittleEndian.PutUint32(b8[:4], uint32(r))
		w.Write(b8[:4])
		for _, v := range emit[r] {
			binary.LittleEndian.PutUint64(b8[:], math.Float64bits(v))
			w.Write(b8[:])
		}
	}
}
