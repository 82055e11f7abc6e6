package numparse

import (
	"bufio"
	"io/fs"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"zhibiao/seeds"
)

// FuzzScan checks the scanner's invariants on any input: no panic, finite
// values, offsets in bounds and increasing, Text equal to the runes it
// spans. The corpus is every line of the seed articles plus tricky cases.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"8.1亿余元", "一千两百三十四万", "百分之七点五", "15%至20%", "1-5月", "3到5万", "负３分之负一百五十七",
		"2^-1", "1e999", "9999999999999999999999999999亿亿亿亿", "-.5", "...9", "２.７８９０e－１", "十 余 万",
		"2222.2222.22222.222", "1 4/3的美梦", "打对折", "七成 六", "$20，300美圆", "城镇新增就业万人", "第零十刃",
		"百 分 之  ５２.５ k", "五元三毛", "1.1^--9999", "零", "〇〇", "万万", "http://a.b/%2020%", "1/0", "零分之一",
		// Out of range (issue 11): once +Inf, 1024, 309 and 0.
		"百分之1e308", "2^1024", "10^309", "1e-400", "2^10000", "0^-1", "1e-320", "万万万万分之1e-300",
		"1e308千万", "3到1e308万", "1e308分之1", "１ｅ３０９％",
	} {
		f.Add(s)
	}
	addSeedLines(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		rs := []rune(s)
		last := 0
		found, rejected := ScanReport(s)
		for _, n := range found {
			checkInvariants(t, rs, n, last)
			last = n.End
		}
		checkRejected(t, rs, found, rejected)
	})
}

// checkRejected: rejected spans are in bounds, hold their text and overlap
// no quantity found.
func checkRejected(t *testing.T, rs []rune, found []Number, rejected []Rejected) {
	t.Helper()
	for _, r := range rejected {
		if r.Start < 0 || r.Start >= r.End || r.End > len(rs) || string(rs[r.Start:r.End]) != r.Text {
			t.Fatalf("rejected %q: bad span %d-%d (len %d)", r.Text, r.Start, r.End, len(rs))
		}
		for _, n := range found {
			if n.Start < r.End && r.Start < n.End {
				t.Fatalf("rejected %q overlaps found %q", r.Text, n.Text)
			}
		}
	}
}

func checkInvariants(t *testing.T, rs []rune, n Number, last int) {
	t.Helper()
	for _, v := range []float64{n.Value, n.Low, n.High, n.Multiplier} {
		if math.IsNaN(v) || math.IsInf(v, 0) || (v != 0 && math.Abs(v) < 0x1p-1022) {
			t.Fatalf("%q: non-finite or subnormal %v", n.Text, n)
		}
	}
	if n.Start < last || n.Start >= n.End || n.End > len(rs) {
		t.Fatalf("%q: bad span %d-%d after %d (len %d)", n.Text, n.Start, n.End, last, len(rs))
	}
	if n.NumStart < n.Start || n.NumEnd > n.End || n.NumStart > n.NumEnd {
		t.Fatalf("%q: numeral span %d-%d outside %d-%d", n.Text, n.NumStart, n.NumEnd, n.Start, n.End)
	}
	if string(rs[n.Start:n.End]) != n.Text {
		t.Fatalf("Text %q != runes %q", n.Text, string(rs[n.Start:n.End]))
	}
	switch n.Kind {
	case KindRange:
		if n.Low > n.High || n.Value != n.High {
			t.Fatalf("%q: range %g..%g, value %g", n.Text, n.Low, n.High, n.Value)
		}
	case KindNumber, KindPercent, KindCurrency:
		if n.Low != n.Value || n.High != n.Value {
			t.Fatalf("%q: bounds %g..%g differ from value %g", n.Text, n.Low, n.High, n.Value)
		}
	default:
		t.Fatalf("%q: unknown kind %q", n.Text, n.Kind)
	}
	if n.Points && n.Unit != "个百分点" && n.Unit != "个千分点" {
		t.Fatalf("%q: points with unit %q", n.Text, n.Unit)
	}
}

// addSeedLines adds every non-empty line of the embedded seed articles.
func addSeedLines(f *testing.F) {
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		data, err := fs.ReadFile(seeds.FS, path)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" {
				f.Add(line)
			}
		}
		return sc.Err()
	})
	if err != nil {
		f.Fatalf("seed corpus: %v", err)
	}
}
