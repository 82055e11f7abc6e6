package data

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTopLevelAlternatives(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`失业|就业率`, []string{"失业", "就业率"}},
		{`稳定(了)?.{0,4}就业|稳岗`, []string{"稳定(了)?.{0,4}就业", "稳岗"}},
		{`a(b|c)|d`, []string{"a(b|c)", "d"}},
		{`[|]x|y`, []string{"[|]x", "y"}},
		{`[]|]x|y`, []string{"[]|]x", "y"}},
		{`a\|b|c`, []string{`a\|b`, "c"}},
		{`a||b`, []string{"a", "", "b"}},
		{`abc`, []string{"abc"}},
	}
	for _, tt := range tests {
		if got := topLevelAlternatives(tt.expr); !slices.Equal(got, tt.want) {
			t.Errorf("topLevelAlternatives(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// TestMatcherAgreesWithRegexp checks the matcher against the regexp it
// stands for, on the theme table and on edge cases.
func TestMatcherAgreesWithRegexp(t *testing.T) {
	exprs := []string{`失业|就业率`, `稳定(了)?.{0,4}就业|稳岗`, `a||b`, `(?i)ab|cd`, `[|]x|y`, `a\|b|c`, `^就业|岗位$`, `x.y|z`}
	for _, line := range strings.Split(themesTSV, "\n") {
		if f := strings.Split(line, "\t"); len(f) == 2 && !strings.HasPrefix(line, "#") {
			exprs = append(exprs, f[1])
		}
	}
	texts := []string{"", "失业率", "稳定了就业", "稳定全市就业岗位", "AB", "cd", "|x", "a|b", "就业岗位", "岗位就业", "xzy", "xay",
		"全市新增城镇就业1.2万人", "进出口总额增长5%", "贷款余额", "社区网格员", "预期向好", "无关的句子"}
	for _, e := range exprs {
		re := regexp.MustCompile(e)
		m, err := newMatcher(e)
		if err != nil {
			t.Fatalf("newMatcher(%q): %v", e, err)
		}
		for _, s := range texts {
			if got, want := m.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("matcher(%q).MatchString(%q) = %v, regexp says %v", e, s, got, want)
			}
		}
	}
	if _, err := newMatcher(`(`); err == nil {
		t.Error("newMatcher accepted a broken expression")
	}
}

// TestLastPeriodIn checks the cached period search against lastPeriod on
// every prefix of sentences with period phrases cut at every rune.
func TestLastPeriodIn(t *testing.T) {
	sents := []string{
		"截至2020年6月底，全市新增就业1.2万人，上半年同比增长5%，降幅比上半年收窄。",
		"今年1-5月份，外贸进出口增长3%，去年全年完成全年目标的60%，3月份以来回升",
		"前三季度GDP增长，第三季度回升，截至目前，年末，2019年，过去一年",
		"无期间的句子",
	}
	for _, s := range sents {
		locs := periodRe.FindAllStringIndex(s, -1)
		for cut := range len(s) + 1 {
			if cut < len(s) && !utf8.RuneStart(s[cut]) {
				continue
			}
			if got, want := lastPeriodIn(s, locs, cut), lastPeriod(s[:cut]); got != want {
				t.Errorf("lastPeriodIn(%q, %d) = %q, want %q", s, cut, got, want)
			}
		}
	}
}

// TestGuardWords checks the words the guarded expressions rely on: every
// match of the expression in the seeds and in made-up phrases holds one.
func TestGuardWords(t *testing.T) {
	as, _, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	texts := []string{"截至6月底", "截止到目前", "至一季度末", "2020年前5个月", "1-5月份", "第三季度", "前三季度", "下半年",
		"3月份以来", "今年以来", "过去一年", "去年全年", "Q1", "十三五期间", "过去五年", "年末", "5月份", "企业户数已突破万", "人次数超十万", "抓好以下三个方面重点工作", "下一步"}
	for _, a := range as {
		texts = append(texts, a.Text)
	}
	for _, g := range []guarded{periodGuard, bareMagnitude, planIntro} {
		n := 0
		for _, s := range texts {
			for _, loc := range g.re.FindAllStringIndex(s, -1) {
				n++
				if m := s[loc[0]:loc[1]]; !g.possible(m) {
					t.Errorf("%v matches %q, which holds none of %q", g.re, m, g.words)
				}
			}
		}
		if n == 0 {
			t.Errorf("%v matched nothing: the check is empty", g.re)
		}
	}
}

// TestPeriodMatchesByClause checks that running periodRe clause by clause
// finds what running it on the whole text finds.
func TestPeriodMatchesByClause(t *testing.T) {
	as, _, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	for _, a := range as {
		s := Normalize(a.Text)
		if got, want := periodMatches(s), periodRe.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Errorf("%s: clause by clause %v, whole text %v", a.File, got, want)
		}
	}
}
