package segment

import (
	"bufio"
	"encoding/json"
	"flag"
	"io/fs"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"zhibiao/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/gse_cut.jsonl from stock gse (slow: loads gse's dictionary)")

const goldenPath = "testdata/gse_cut.jsonl"

// goldenCase is one line of text and the words stock gse cut it into.
type goldenCase struct {
	Text  string   `json:"text"`
	Words []string `json:"words"`
}

// TestCutMatchesGse checks Cut against words recorded from gse itself
// (LoadDictEmbed + domain words, Cut(sentence, true)) on the seed
// articles, tricky mixed text and random strings.
func TestCutMatchesGse(t *testing.T) {
	if *update {
		writeGolden(t)
	}
	f, err := os.Open(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var c goldenCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", goldenPath, err)
		}
		n++
		if got := seg.Cut(c.Text); !slices.Equal(got, c.Words) {
			t.Errorf("Cut(%q)\n got %q\nwant %q (gse)", c.Text, got, c.Words)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 500 {
		t.Fatalf("%s has only %d cases", goldenPath, n)
	}
}

// goldenInputs are the seed articles' lines, mixed-script and edge-case
// strings, and random strings over the seeds' characters, Latin letters,
// digits and rare characters.
func goldenInputs(t *testing.T) []string {
	var in []string
	var chars []rune
	err := fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(p, ".txt") {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, p)
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) != "" {
				in = append(in, l)
			}
		}
		chars = append(chars, []rune(string(b))...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	in = append(in,
		"ABC公司的iPhone 12售价5,999元，增长3.4%。",
		"Ｈｅｌｌｏ世界ＡＢＣ，ＧＤＰ增长６.５％",
		"稳岗补贴🙂𠀀𠀁好的\t即墨区",
		"2020年上半年GDP同比增长-3.2%，CPI上涨3.8个百分点",
		"“六稳”“六保”!!保居民就业;保基本民生?",
		"中华人民共和国国民经济和社会发展第十四个五年规划",
	)
	chars = append(chars, []rune("ABCxyz0123456789.,%，。　 𠀀鑫淼犇")...)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 600 {
		r := make([]rune, 1+rng.IntN(30))
		for i := range r {
			r[i] = chars[rng.IntN(len(chars))]
		}
		in = append(in, string(r))
	}
	return in
}

func writeGolden(t *testing.T) {
	st, err := newStock()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, text := range goldenInputs(t) {
		line, err := json.Marshal(goldenCase{Text: text, Words: st.Cut(text)})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(goldenPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
