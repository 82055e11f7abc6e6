package data

import (
	"reflect"
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
