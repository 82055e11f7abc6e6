package index

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// bigramsRunes is Bigrams as it was written first, rune by rune: the
// faster one must give the same text, or the index would hold other
// tokens.
func bigramsRunes(s string) string {
	var b strings.Builder
	var run []rune
	flush := func() {
		for i := range run {
			if i+1 < len(run) {
				b.WriteRune(run[i])
				b.WriteRune(run[i+1])
			} else {
				b.WriteRune(run[i])
			}
			b.WriteByte(' ')
		}
		run = run[:0]
	}
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			if len(run) == 0 {
				b.WriteByte(' ')
			}
			run = append(run, r)
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

func TestBigrams(t *testing.T) {
	if got, want := Bigrams("一二三四"), " 一二 二三 三四 四 "; got != want {
		t.Errorf("Bigrams = %q, want %q", got, want)
	}
	cases := []string{"", "GDP增长6.1%，就业稳定。", "a", "中", "中文English中文", "〇一二", "\xff就业\xe4\xb8", "区⺀外资𠀀𠀁", "  就 业 "}
	// Random strings over Han and non-Han runes near the blocks' edges,
	// ASCII, punctuation and invalid bytes.
	pool := []string{"就", "业", "外", "〇", "々", "⺀", "⿕", "㐀", "䶿", "一", "鿿", "ꀀ", "𠀀", "𪛟", "豈",
		"a", "Z", "3", ".", " ", "，", "。", "é", "\n", "\xff", "\xe4\xb8"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(pool[rng.IntN(len(pool))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := Bigrams(s), bigramsRunes(s); got != want {
			t.Fatalf("Bigrams(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}
