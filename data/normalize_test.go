package data

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"增长７．４％", "增长7.4%"},
		{"（试行）：第１条，", "(试行):第1条,"},
		{"ＡＢＣ　ｘｙｚ", "ABC xyz"},
		{"。、“”《》保持", "。、“”《》保持"},
		{"3.4万人", "3.4万人"},
		{"下降－６.８％", "下降-6.8%"},
		{"入境旅客302﹒12萬人次，上升9﹒5%", "入境旅客302.12萬人次,上升9.5%"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"增长７．４％", "", "abc", "\xff\xfe全角", "（１）", "　"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if got, want := len([]rune(n)), len([]rune(s)); got != want {
			t.Fatalf("Normalize(%q) has %d runes, want %d", s, got, want)
		}
		if utf8.ValidString(s) {
			rs, ns := []rune(s), []rune(n)
			for i := range rs {
				if rs[i] < 0x80 && ns[i] != rs[i] {
					t.Fatalf("ASCII rune %q at %d changed to %q", rs[i], i, ns[i])
				}
			}
		}
		if Normalize(n) != n {
			t.Fatalf("Normalize is not idempotent on %q", s)
		}
	})
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"新增就业3.4万人。增长7.4%！", []string{"新增就业3.4万人。", "增长7.4%！"}},
		{"他说：“很好。”然后离开", []string{"他说：“很好。”", "然后离开"}},
		{"第一行\n第二行；第三句?", []string{"第一行", "第二行；", "第三句?"}},
		{"  \n。", []string{"。"}},
		{"", nil},
		{"真的吗？！是的", []string{"真的吗？！", "是的"}},
		// English: a full stop before a capital ends a sentence; decimals,
		// initials and a stop before a lower-case word do not.
		{"GDP rose 4.5 percent on Sunday. The U.S. economy grew. Exports rose 3.2%. Mr. Li said so. See fig. 2 here",
			[]string{"GDP rose 4.5 percent on Sunday.", "The U.S. economy grew.", "Exports rose 3.2%.", "Mr. Li said so.", "See fig. 2 here"}},
	}
	for _, tt := range tests {
		rs := []rune(tt.in)
		var got []string
		for _, sp := range Sentences(tt.in) {
			got = append(got, string(rs[sp.Start:sp.End]))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadlineYear(t *testing.T) {
	tests := map[string]int{
		"2023年青岛市国民经济和社会发展统计公报":       2023,
		"深圳市政府工作报告要点：“十四五”回顾与2026年目标": 0,
		"2025年目标：地区生产总值增长6%，2024年成绩单": 2024,
		"一季度经济运行稳中向好":                 0,
	}
	for title, want := range tests {
		if got := HeadlineYear(title); got != want {
			t.Errorf("HeadlineYear(%q) = %d, want %d", title, got, want)
		}
	}
}

func TestArabicYears(t *testing.T) {
	tests := map[string]string{
		"二零二二年五月份":   "2022年五月份",
		"二〇二〇年，一二年":  "2020年，一二年",
		"三年来，十二年":    "三年来，十二年",
		"公布二零二二年的指数": "公布2022年的指数",
	}
	for in, want := range tests {
		got := ArabicYears(in)
		if got != want || utf8.RuneCountInString(got) != utf8.RuneCountInString(in) {
			t.Errorf("ArabicYears(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSentenceBytesSkips checks SentenceBytes, which decodes only the runes
// at bytes of mayEnd, against decoding every rune (sentenceBytesEveryRune)
// on the seeds and gold files as written and normalised, their lines, and
// broken UTF-8 around the end marks; and that mayEnd holds the first byte
// of every end mark.
func TestSentenceBytesSkips(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if (isSentenceEnd(r) || r == '.') && !mayEnd[string(r)[0]] {
			t.Fatalf("mayEnd misses %q", r)
		}
	}
	texts := []string{"", "。", "\xe3。", "\xe3\x80。", "\xe3\x80\x82\x82", "\xef\xbc\x81\x81！", "a.\xefB. C", "\xff\n\xfe。”\xe3", "增长7.4%！”\xff。"}
	for _, glob := range []string{"../seeds/*.txt", "extract/testdata/gold/*/*"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b), Normalize(string(b)))
			}
		}
	}
	if len(texts) < 100 {
		t.Fatalf("only %d texts", len(texts))
	}
	for _, s := range texts[:len(texts)/4] {
		texts = append(texts, strings.Split(s, "\n")...)
	}
	spans := 0
	for _, s := range texts {
		got, want := SentenceBytes(s), sentenceBytesEveryRune(s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("SentenceBytes(%q…) = %v…, decoding every rune %v…", s[:min(len(s), 40)], got[:min(len(got), 4)], want[:min(len(want), 4)])
		}
		spans += len(want)
	}
	t.Logf("%d texts, %d sentences", len(texts), spans)
}

// sentenceBytesEveryRune is SentenceBytes decoding every rune.
func sentenceBytesEveryRune(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isSentenceEnd(r) && !(r == '.' && EnglishStop(text, i)) {
			i += n
			continue
		}
		end := i + n
		for r != '\n' && end < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if !isCloser(r2) && (!isSentenceEnd(r2) || r2 == '\n') {
				break
			}
			end += n2
		}
		out = appendSpan(out, text, start, end)
		start, i = end, end
	}
	return appendSpan(out, text, start, len(text))
}
