package extract

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// periodScanTexts are the texts TestPeriodScan runs periodScan and
// periodRe over: every sentence and clause of the seeds and gold texts (as
// the extractor reads them and as written), the texts whole, and texts
// drawn at random from the runes and words periodRe is written with.
func periodScanTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{"", "\xff年", "2020年\xff", "截至\xe5", "1-5月份\uFFFD", "至目前"}
	for _, s := range decodeTexts(t) {
		texts = append(texts, s)
		for _, sent := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("。！？\n", r) }) {
			texts = append(texts, sent)
			texts = append(texts, strings.FieldsFunc(sent, func(r rune) bool { return strings.ContainsRune(periodBreaks, r) })...)
		}
	}
	parts := []string{"2020", "2021年", "12", "1", "0", "9", "年", "月", "日", "份", "季度", "季", "末", "底", "-", "－", "—", "~", "至", "到",
		"截至", "截止到", "截止", "今年", "去年", "上年", "本年", "全年", "明年", "前", "首", "个", "元", "第", "一", "二", "三", "四", "十", "十二", "两", "Q", "q",
		"上半年", "下半年", "以来", "过去", "近", "今后", "未来", "来", "间", "累计", "净增", "增量", "十四五", "期间", "时期", "期末", "为止", "止", "的",
		"个月", "中旬", "上旬", "下旬", "目前", "一季度末", "上半年末", "过去的一年", "过去一年", "去年全年", "增长", "，", "了"}
	rng := rand.New(rand.NewPCG(18, 2026))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestPeriodScan checks periodScan, the hand-run periodRe, against the
// regexp: the same matches, the first match, the match at the start and
// the text without its matches.
func TestPeriodScan(t *testing.T) {
	re := regexp.MustCompile(periodRe.String())
	atStart := regexp.MustCompile(`^(?:` + periodRe.String() + `)`)
	matched := 0
	// (every 16th text under -race: six minutes over all of them)
	texts := underRace(periodScanTexts(t), 16)
	for _, s := range texts {
		want := re.FindAllStringIndex(s, -1)
		if got := periodScan.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("periodScan in %q: %v, periodRe %v", s, got, want)
		}
		if got, want := periodScan.FindAllString(s, 2), re.FindAllString(s, 2); !slices.Equal(got, want) {
			t.Fatalf("periodScan.FindAllString(%q, 2) = %v, periodRe %v", s, got, want)
		}
		if got, want := periodScan.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
			t.Fatalf("periodScan.FindStringIndex(%q) = %v, periodRe %v", s, got, want)
		}
		if got, want := periodScan.prefix(s), atStart.FindStringIndex(s); !slices.Equal(got, want) {
			t.Fatalf("periodScan.prefix(%q) = %v, ^periodRe %v", s, got, want)
		}
		if got, want := periodScan.removeAll(s), re.ReplaceAllString(s, ""); got != want {
			t.Fatalf("periodScan.removeAll(%q) = %q, periodRe %q", s, got, want)
		}
		matched += len(want)
	}
	if matched == 0 {
		t.Error("no period found: the check is empty")
	}
}

// TestScannerOps checks the scanner on expressions with what periodRe
// does not use (stars, pluses, empty alternatives) and refuses what it
// cannot run.
func TestScannerOps(t *testing.T) {
	for _, expr := range []string{`a+b|ab*c`, `(a|)b`, `x(ab)*y|xa`, `[0-9]+(年|月)?份?`, `(?:a*)b`, `(?i)qk`, `[Qq][1-4]`} {
		sc := mustScanner(expr)
		re := regexp.MustCompile(expr)
		for _, s := range []string{"", "ab", "aab", "abbc", "ac", "b", "xy", "xaby", "xabab", "xa", "12年份", "3月", "aaab", "abc", "QK", "qk", "Qk", "\u212a", "q3", "Q5"} {
			if got, want := sc.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s in %q: %v, regexp %v", expr, s, got, want)
			}
		}
	}
	for _, expr := range []string{`a*`, `^a`, `a\b`, `a+?`} {
		if _, err := newScanner(expr); err == nil {
			t.Errorf("newScanner(%q) runs it", expr)
		}
	}
}
