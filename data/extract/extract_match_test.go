package extract

import (
	"context"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"zhibiao/data"
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

// TestGuardWords checks periodGuard's words: every match of periodRe in
// the seeds and in made-up phrases holds one.
func TestGuardWords(t *testing.T) {
	n := 0
	for _, s := range guardTexts(t) {
		for _, loc := range periodRe.FindAllStringIndex(s, -1) {
			n++
			if m := s[loc[0]:loc[1]]; !periodGuard.MatchString(m) {
				t.Errorf("periodRe matches %q, which holds none of %q", m, periodGuard.words)
			}
		}
	}
	if n == 0 {
		t.Error("periodRe matched nothing: the check is empty")
	}
}

// guardTexts are the seeds, every gold text and made-up phrases.
func guardTexts(t *testing.T) []string {
	as, _, err := testParser.LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	texts := []string{"截至6月底", "截止到目前", "至一季度末", "2020年前5个月", "1-5月份", "第三季度", "前三季度", "下半年",
		"3月份以来", "今年以来", "过去一年", "去年全年", "Q1", "十三五期间", "过去五年", "年末", "5月份", "企业户数已突破万", "人次数超十万", "抓好以下三个方面重点工作", "下一步"}
	for _, a := range as {
		texts = append(texts, a.Title, a.Text)
	}
	dirs, _ := filepath.Glob("testdata/gold/*")
	for _, d := range dirs {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			continue
		}
		gas, _, err := testParser.LoadDir(context.Background(), d, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range gas {
			texts = append(texts, a.Title, a.Text)
		}
	}
	for i, s := range texts {
		texts[i] = places.Simplify(data.Normalize(s))
	}
	return texts
}

// TestQuickReWords checks the prefilter of every quickRe of the package
// (the expressions written in its sources and the patterns of
// indicators.tsv): each of their matches in the seeds and gold texts, and
// in every clause of them, holds one of the words worked out for it, so
// the filter never hides a match.
func TestQuickReWords(t *testing.T) {
	exprs := packageExprs(t)
	// (every 32nd text under -race: 400 s over all of them)
	texts := underRace(guardTexts(t), 32)
	var clauses []string
	for _, s := range texts {
		clauses = append(clauses, strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，。；：、\n", r) })...)
	}
	filtered, windowed, started, edged, matched := 0, 0, 0, 0, 0
	for _, expr := range exprs {
		q := mustQuickRe(expr)
		if q.words != nil {
			filtered++
		}
		if q.win != (window{}) {
			windowed++
		}
		if q.st != nil {
			started++
		}
		if q.edges != (edges{}) {
			edged++
		}
		for _, s := range append(texts, clauses...) {
			all := q.Regexp.FindAllStringIndex(s, -1)
			for _, loc := range all {
				matched++
				if m := s[loc[0]:loc[1]]; !q.possible(m) {
					t.Errorf("%s matches %q, which holds none of %q", expr, m, q.words.words)
				}
			}
			if q.win == (window{}) && q.st == nil && q.edges == (edges{}) {
				continue // the prefilter alone is checked above
			}
			// The window, the starter or the edges change nothing found.
			if got, want := q.MatchString(s), all != nil; got != want {
				t.Errorf("%s in %q…: MatchString %v, regexp's %v", expr, s[:min(len(s), 40)], got, want)
			}
			if got := q.FindAllStringIndex(s, -1); !slices.EqualFunc(got, all, slices.Equal[[]int]) {
				t.Errorf("%s in %q…: FindAllStringIndex %v, regexp's %v", expr, s[:min(len(s), 40)], got, all)
			}
			if got, want := q.FindStringSubmatchIndex(s), q.Regexp.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Errorf("%s in %q…: FindStringSubmatchIndex %v, regexp's %v", expr, s[:min(len(s), 40)], got, want)
			}
			if q.st != nil {
				if got, want := q.FindAllStringSubmatchIndex(s, -1), q.Regexp.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
					t.Errorf("%s in %q…: FindAllStringSubmatchIndex %v, regexp's %v", expr, s[:min(len(s), 40)], got, want)
				}
				if got, want := q.ReplaceAllString(s, "□"), q.Regexp.ReplaceAllString(s, "□"); got != want {
					t.Errorf("%s in %q…: ReplaceAllString %q, regexp's %q", expr, s[:min(len(s), 40)], got, want)
				}
			}
		}
	}
	t.Logf("%d expressions, %d with a prefilter, %d with a window, %d with a starter, %d with edges, %d matches checked", len(exprs), filtered, windowed, started, edged, matched)
	if filtered < len(exprs)/2 || windowed < len(exprs)/4 || started < 10 || edged < len(exprs)/4 || matched < 1000 {
		t.Errorf("the check is too thin: %d of %d filtered, %d windowed, %d started, %d edged, %d matches", filtered, len(exprs), windowed, started, edged, matched)
	}
}

// packageExprs returns the expressions of every quickRe of the package:
// those written in its sources and the patterns of indicators.tsv.
func packageExprs(t *testing.T) []string {
	t.Helper()
	var exprs []string
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := goparser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "mustQuickRe" {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					exprs = append(exprs, s)
				}
			}
			return true
		})
	}
	for _, d := range tables().indicators {
		exprs = append(exprs, d.Pattern.String())
	}
	exprs = append(exprs, orgWords.String()) // (built from a constant, not written as one literal)
	if len(exprs) < 100 {
		t.Fatalf("found only %d expressions", len(exprs))
	}
	return exprs
}

// TestRequiredWords checks the words worked out for expressions of every
// shape.
func TestRequiredWords(t *testing.T) {
	tests := []struct {
		expr string
		want []string // nil: no prefilter
	}{
		{`累计|共有`, []string{"累计", "共有"}},
		{`第(一|二)产业`, []string{"第一产业", "第二产业"}},
		{`(地区)?生产总值`, []string{"生产总值"}},
		{`^(高于|低于)`, []string{"高于", "低于"}},
		{`[一二三四1-4]季度`, []string{"1季度", "2季度", "3季度", "4季度", "一季度", "三季度", "二季度", "四季度"}},
		{`(比|较)[^，]{0,8}(减少|下降)了?$`, []string{"减少", "下降"}},
		{`人均.*增长`, []string{"人均"}},
		{`.*`, nil},
		{`[0-9]+`, nil},
		{`(?i)gdp`, nil},
		{`增长|.+`, nil},
		{`(增长)?`, nil},
		// A run of exact parts beats a part of single runes, and a
		// product too large to keep whole is narrowed to such a run.
		{`(为|占|达|完成)(了)?(年度|全年)(计划|目标)的`, []string{"年度计划的", "年度目标的", "全年计划的", "全年目标的"}},
		{`(为|占|达|完成)(了)?(年度|全年)(计划|目标)(投资|任务)?的|已完成全年`, []string{"年度计划投资的", "年度计划任务的", "年度计划的", "年度目标投资的", "年度目标任务的", "年度目标的", "全年计划投资的", "全年计划任务的", "全年计划的", "全年目标投资的", "全年目标任务的", "全年目标的", "已完成全年"}},
	}
	for _, tt := range tests {
		got := requiredWords(tt.expr)
		if !slices.Equal(got, tt.want) {
			t.Errorf("requiredWords(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// TestWindowOf checks the windows worked out for anchored expressions.
func TestWindowOf(t *testing.T) {
	tests := []struct {
		expr string
		want window
	}{
		{`(减少|下降)了?$`, window{atEnd: true, max: 9}},
		{`^第[一二]名`, window{atStart: true, max: 9}},
		{`^(前值|预期)$`, window{atEnd: true, atStart: true, max: 6}},
		{`(比|较)[^，]{0,3}$`, window{atEnd: true, max: 15}},
		{`(?i)gdp$`, window{atEnd: true, max: 12}},
		{`(^|[^场])预期$`, window{}}, // ^ inside: the rune before the window matters
		{`\b增长$`, window{}},       // so does \b
		{`增长.*$`, window{}},       // no bound
		{`增长`, window{}},          // not anchored
		{`增长$|下降`, window{}},      // one alternative not anchored
		{`^增长|下降$`, window{}},     // anchored at different ends
		{`(?m)增长$`, window{}},     // a line's end
	}
	for _, tt := range tests {
		if got := windowOf(tt.expr); got != tt.want {
			t.Errorf("windowOf(%q) = %+v, want %+v", tt.expr, got, tt.want)
		}
	}
	q := mustQuickRe(`(比|较)[^，]{0,3}(下降|减少)$`)
	s := "工业增加值比上年下降"
	if got, want := q.FindStringSubmatchIndex(s), q.Regexp.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Errorf("FindStringSubmatchIndex = %v, regexp's %v", got, want)
	}
	if got := q.ReplaceAllString("比上年，较去年下降", "X"); got != "比上年，X" {
		t.Errorf("ReplaceAllString = %q", got)
	}
	if !mustQuickRe(`^(前值|预期)$`).MatchString("预期") || mustQuickRe(`^(前值|预期)$`).MatchString("市场预期") {
		t.Error("^…$ window: wrong answer")
	}
}

// TestEdgesOf checks the runes worked out for the edges of anchored
// expressions, and that a text with another rune there is not searched.
func TestEdgesOf(t *testing.T) {
	tests := []struct {
		expr       string
		head, tail string // the runes of each edge, "" for none
	}{
		{`^第[一二]名`, "第", ""},
		{`(减少|下降)了?$`, "", "少降了"},
		{`^(前值|预期)$`, "前预", "值期"},
		{`^(相较|相比)|^(与|和)[^，]{1,10}相比`, "相与和", ""},
		{`^(?:[，,])?(同比)?增长`, "，,同增", ""},
		{`^[0-9]{1,3}(周)?岁`, "0123456789", ""},
		{`(?i)^q[1-4]`, "Qqq", ""},  // (the folds of q: Q and q)
		{`^(增长)?`, "", ""},          // can match the empty text
		{`^[^，]{0,4}$`, "", ""},     // too many runes
		{`^增长|下降`, "", ""},          // one alternative not anchored
		{`(?m)^增长`, "", ""},         // a line's start
		{`^\b增长`, "", ""},           // an assertion first
		{`(^|[^场])预期`, "", ""},      // not every match at the start
		{`(比|较)[^，]{0,3}$`, "", ""}, // too many runes before the end
	}
	set := func(runes string) *runeBits {
		if runes == "" {
			return nil
		}
		var b runeBits
		for _, r := range runes {
			b.add(r)
		}
		return &b
	}
	for _, tt := range tests {
		got := edgesOf(tt.expr)
		if want := set(tt.head); !reflect.DeepEqual(got.head, want) {
			t.Errorf("edgesOf(%q).head = %v, want the runes of %q", tt.expr, got.head, tt.head)
		}
		if want := set(tt.tail); !reflect.DeepEqual(got.tail, want) {
			t.Errorf("edgesOf(%q).tail = %v, want the runes of %q", tt.expr, got.tail, tt.tail)
		}
	}
	q := mustQuickRe(`^第[一二]名|^(前值|预期)$`)
	for s, want := range map[string]bool{"第一名": true, "预期": true, "市场预期": false, "": false, "\xff第一名": false, "名": false} {
		if got := q.MatchString(s); got != want || got != q.Regexp.MatchString(s) {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWordFinder checks the one-pass search for many words against
// strings.Contains, broken UTF-8 included.
func TestWordFinder(t *testing.T) {
	words := []string{"增长", "下降", "个百分点", "%", "GDP", "比", "上年末", "新台币"}
	f := newWordFinder(words)
	texts := append(guardTexts(t)[:200], "", "\xff\xfe增", "增\xe5", "\xe5\xa2\x9e长", "GD", "比", "个百分", "ab%")
	for _, s := range texts {
		want := slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
		if got := f.in(s); got != want {
			t.Errorf("in(%q…) = %v, want %v", s[:min(len(s), 30)], got, want)
		}
	}
}

// TestWordFinderSkip checks the pass that looks at one rune in every
// step bytes (inSkip) against strings.Contains: with the words of every
// quickRe of the package and lists of words cut from the texts, on the
// seeds and gold texts, their sentences and every suffix of some of them,
// and broken UTF-8.
func TestWordFinderSkip(t *testing.T) {
	texts := []string{"", "\xff", "增长\xff", "\xe5\xa2增长", "\x9e增长", "\xa2\x9e长", "增\xe9\x95\xbf", "新台币新台\xe5", "百分点\xff\xfe"}
	for _, s := range guardTexts(t) {
		texts = append(texts, s)
		texts = append(texts, strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("。！？\n", r) })...)
	}
	for _, s := range texts[9:40] {
		for i := range s {
			texts = append(texts, s[i:], s[:i])
		}
	}
	lists := [][]string{{"增长", "下降", "个百分点", "新台币"}, {"GDP增长", "下降了", "百分点", "ab%c"}}
	for _, expr := range packageExprs(t) {
		if ws := requiredWords(expr); len(ws) >= scanFrom {
			lists = append(lists, ws)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var ws []string
		for range 4 + rng.IntN(20) {
			s := []rune(texts[9+rng.IntN(len(texts)-9)])
			if len(s) < 5 {
				continue
			}
			i := rng.IntN(len(s) - 4)
			ws = append(ws, string(s[i:i+2+rng.IntN(3)]))
		}
		lists = append(lists, ws)
	}
	skipping, found := 0, 0
	for _, words := range lists {
		f := newWordFinder(words)
		if f.step == 0 {
			continue
		}
		skipping++
		for _, s := range underRace(texts, 8) {
			want := slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
			if got := f.in(s); got != want {
				t.Fatalf("words %q in %q…: %v, strings.Contains %v", words, s[:min(len(s), 40)], got, want)
			}
			if want {
				found++
			}
		}
	}
	if skipping < 50 || found < 1000 {
		t.Errorf("the check is too thin: %d skipping finders, %d texts holding a word", skipping, found)
	}
	t.Logf("%d skipping finders, %d texts, %d holding a word", skipping, len(texts), found)
}

// TestRune3 checks the in-line decoding against the decoder's, on every
// sequence of three bytes that starts with a byte of 0xE0–0xEF, cut short
// too, and on ASCII.
func TestRune3(t *testing.T) {
	for c := 0xE0; c <= 0xEF; c++ {
		for b1 := range 256 {
			for b2 := range 256 {
				s := string([]byte{'a', byte(c), byte(b1), byte(b2)})
				for _, s := range []string{s, s[:3]} {
					r, n := rune3(s, 1)
					if n == 0 {
						continue // left to the decoder
					}
					if wr, wn := utf8.DecodeRuneInString(s[1:]); r != wr || n != wn {
						t.Fatalf("rune3(%q, 1) = %U, %d, want %U, %d", s, r, n, wr, wn)
					}
				}
			}
		}
	}
	if _, n := rune3("a增", 0); n != 0 {
		t.Errorf("rune3 decodes ASCII")
	}
	if _, n := rune3("增", 0); n != 3 {
		t.Errorf("rune3 leaves 增 to the decoder")
	}
}

// TestPeriodMatchesByClause checks that running periodRe clause by clause
// finds what running it on the whole text finds.
func TestPeriodMatchesByClause(t *testing.T) {
	as, _, err := testParser.LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	for _, a := range as {
		s := data.Normalize(a.Text)
		if got, want := periodMatches(s), periodRe.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Errorf("%s: clause by clause %v, whole text %v", a.File, got, want)
		}
	}
}

// TestContainsWord checks containsWord against strings.Contains, and
// indexWord against strings.Index, on every prefilter word and every
// clause of the seeds and gold texts, and on words at the very start and
// end of a text.
func TestContainsWord(t *testing.T) {
	texts := guardTexts(t)
	words := []string{"万元", "增长", "预期", "全市", "个百分点", "%", "GDP", "比", "上年末", "新台币", "数"}
	for _, d := range tables().indicators {
		if d.Pattern.words != nil {
			words = append(words, d.Pattern.words.words...)
		}
	}
	n := 0
	for _, s := range texts {
		for _, w := range words {
			n++
			if got, want := containsWord(s, w), strings.Contains(s, w); got != want {
				t.Fatalf("containsWord(%q…, %q) = %v, want %v", s[:min(len(s), 30)], w, got, want)
			}
			if got, want := indexWord(s, w), strings.Index(s, w); got != want {
				t.Fatalf("indexWord(%q…, %q) = %d, want %d", s[:min(len(s), 30)], w, got, want)
			}
		}
	}
	for _, c := range []struct{ s, w string }{{"增长", "增长"}, {"全市增长", "增长"}, {"增长了", "增长"}, {"长", "增长"}, {"", "增长"}, {"增", "增长"}, {"a增长b", "增长"}} {
		if got, want := containsWord(c.s, c.w), strings.Contains(c.s, c.w); got != want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", c.s, c.w, got, want)
		}
		if got, want := indexWord(c.s, c.w), strings.Index(c.s, c.w); got != want {
			t.Errorf("indexWord(%q, %q) = %d, want %d", c.s, c.w, got, want)
		}
	}
	if n < 1000 {
		t.Errorf("only %d checks", n)
	}
}

// TestPrefixSetsAreTheirExpressions checks comparison and objectStops,
// written as word lists, against the expressions they replaced, on every
// short window and every clause of the seeds and gold texts.
func TestPrefixSetsAreTheirExpressions(t *testing.T) {
	cmp := regexp.MustCompile(`^(高于|低于|快于|慢于|超出|好于|比|较|占|相当于)`)
	obj := regexp.MustCompile(`^(全部|已|的|解决|出台|提供|参与|与|获得|发放|实现|使用|达成|发布|签订|进行|对接|讲解|建立|纳入|开展|走进|受益|提出|上线|在|到|参加|实施|得到|配备|印有|深入|完成|注册|等|捐款|共|均|将|累计|为|向|给|对[^外口]|办理|申领|享受|带动|吸纳|帮助)`)
	n := 0
	for _, text := range guardTexts(t) {
		rs := []rune(text)
		for i := range rs {
			for _, w := range []string{string(rs[i:min(i+4, len(rs))]), string(rs[i:min(i+12, len(rs))])} {
				n++
				if comparison.MatchString(w) != cmp.MatchString(w) || objectStops.MatchString(w) != obj.MatchString(w) {
					t.Fatalf("%q: comparison %v/%v, objectStops %v/%v", w, comparison.MatchString(w), cmp.MatchString(w), objectStops.MatchString(w), obj.MatchString(w))
				}
			}
		}
	}
	for _, w := range []string{"对", "对外", "对口", "对接", "对企业", ""} {
		if objectStops.MatchString(w) != obj.MatchString(w) {
			t.Errorf("%q: objectStops %v, expression %v", w, objectStops.MatchString(w), obj.MatchString(w))
		}
	}
	if n < 10000 {
		t.Errorf("only %d windows", n)
	}
}

// TestOrgNameInGuardsOrgWords checks orgNameIn, the prefilter of orgWords,
// after every region name of the seeds and gold texts (where orgName
// asks): where orgWords matches, orgNameIn does too.
func TestOrgNameInGuardsOrgWords(t *testing.T) {
	matched, filtered, n := 0, 0, 0
	for _, s := range guardTexts(t) {
		rs := []rune(s)
		for _, m := range places.Find(s) {
			after := string(rs[m.End:min(m.End+16, len(rs))])
			org, may := orgWords.MatchString(after), orgNameIn.MatchString(after)
			n++
			if org && !may {
				t.Errorf("orgWords matches %q, orgNameIn does not", after)
			}
			if org {
				matched++
			}
			if !may {
				filtered++
			}
		}
	}
	if matched == 0 || filtered == 0 {
		t.Errorf("%d names of organisations, %d texts filtered out: the check is empty", matched, filtered)
	}
	t.Logf("%d region names: %d of organisations, %d filtered out", n, matched, filtered)
}

// TestMayHoldRatio checks mayHoldRatio, the guard of sectorStructure and
// of sectorContribution, on the seeds and gold texts and on ratios written
// every way: wherever an expression matches, the guard lets it.
func TestMayHoldRatio(t *testing.T) {
	texts := append(guardTexts(t), "三次产业结构为1.4:36.3:62.3", "三次产业比例调整为8.1∶40.2∶51.7", "三产结构比由8.4:76.4:15.2调整为", "一、二、三产业占GDP的比重为26.7︰28.6︰44.7", "三次产业结构：25.72%：26.84%：47.44%",
		"三次产业可比价贡献率分别是-1.6:8.0:93.6,分别拉动GDP增长-0.1:0.4:4.3个百分点")
	checkGuard(t, "sectorStructure", sectorStructure, "mayHoldRatio", mayHoldRatio, texts)
	checkGuard(t, "sectorContribution", sectorContribution, "mayHoldRatio", mayHoldRatio, texts)
}

// TestMayHoldBareMagnitude checks mayHoldBareMagnitude, the guard of
// bareMagnitude, on the seeds and gold texts and on counts said with a
// bare magnitude: wherever the expression matches, the guard lets it.
func TestMayHoldBareMagnitude(t *testing.T) {
	texts := append(guardTexts(t), "企业户数已突破万", "人次数超十万", "参保人数已经超过千万", "家数破亿", "件数过百万", "数")
	checkGuard(t, "bareMagnitude", bareMagnitude, "mayHoldBareMagnitude", mayHoldBareMagnitude, texts)
}

// TestLastIndexAny checks lastIndexAny against strings.LastIndexAny on
// the seeds and gold texts, every prefix of each sentence (what the
// figures' tests look back over), and broken UTF-8 around the runes.
func TestLastIndexAny(t *testing.T) {
	texts := []string{"", "；", ";", "\xef\xbc", "\xbc\x9b", "\xef；", "\xef\xbc\x9b\x9b", "；\xff", "a；b;c", "（(", "\xf0（", "（\x88", "\xe2\x80\x9c（"}
	for _, s := range guardTexts(t) {
		texts = append(texts, s)
		for _, sent := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("。！？\n", r) }) {
			for i := range sent {
				texts = append(texts, sent[:i])
			}
		}
	}
	found := 0
	for _, s := range underRace(texts, 8) {
		for _, chars := range []string{"；;", "(（", "，,：:；;", "”"} {
			want := strings.LastIndexAny(s, chars)
			if got := lastIndexAny(s, chars); got != want {
				t.Fatalf("lastIndexAny(%q, %q) = %d, strings.LastIndexAny %d", s, chars, got, want)
			}
			if want >= 0 {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("nothing found: the check is empty")
	}
}

// TestMayHoldGloss checks mayHoldGloss, the guard of englishGloss, on the
// seeds and gold texts and on glosses written every way: wherever the
// expression matches, the guard lets it.
func TestMayHoldGloss(t *testing.T) {
	texts := append(guardTexts(t), "第一产业增加值(primary industry)124亿元", "增长(Year-on-year growth)", "值(GDP)", "值(R&D spending)",
		"(a b)", "收入(disposable income)", "(2023年)", "行业(\xffa b)", "额(Exports and imports)", "率(Q1 growth)", "X(ab cd)")
	checkGuard(t, "englishGloss", englishGloss, "mayHoldGloss", mayHoldGloss, texts)
}

// TestWithoutQuoted checks withoutQuoted, which finds quotedName's matches
// by hand, against quotedName.ReplaceAllString on the seeds and gold
// texts, each of their sentences, and quotes of every length and make.
func TestWithoutQuoted(t *testing.T) {
	texts := []string{"", "“", "”", "“”", "“a”", "““a””", "“a“b”c”", "“\xff”", "“\xe2\x80”", "a“123456789012345”b", "a“1234567890123456”b",
		"a“12345678901234567”b", "“生活补贴计划”和“惠民计划”", "“”“计划”", "“一“二”三”", "“十七个字十七个字十七个字十七个字十”“短”", "“a\n”", "“开放”“通道”建设"}
	for _, s := range guardTexts(t) {
		texts = append(texts, s)
		texts = append(texts, strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("。！？\n", r) })...)
	}
	removed := 0
	for _, s := range underRace(texts, 8) {
		want := quotedName.ReplaceAllString(s, "")
		if got := withoutQuoted(s); got != want {
			t.Fatalf("withoutQuoted(%q) = %q, quotedName %q", s, got, want)
		}
		if want != s {
			removed++
		}
	}
	if removed == 0 {
		t.Error("no quoted name removed: the check is empty")
	}
}

// checkGuard checks that guard lets every text re matches, and that the
// texts hold both matches and texts the guard rules out (else the check
// proves nothing).
func checkGuard(t *testing.T, reName string, re interface{ MatchString(string) bool }, guardName string, guard func(string) bool, texts []string) {
	t.Helper()
	matched, ruledOut := 0, 0
	for _, s := range texts {
		m := re.MatchString(s)
		may := guard(s)
		if m && !may {
			t.Errorf("%s matches %q…, %s says no", reName, s[:min(len(s), 60)], guardName)
		}
		if m {
			matched++
		}
		if !may {
			ruledOut++
		}
	}
	if matched == 0 || ruledOut == 0 {
		t.Errorf("%s: %d texts matched, %d ruled out: the check is empty", reName, matched, ruledOut)
	}
	t.Logf("%s: %d texts: %d matched, %d ruled out", reName, len(texts), matched, ruledOut)
}

// underRace returns texts, or every nth of them under the race detector,
// which adds nothing to a check run in one goroutine and slows the
// expression engine ten times over.
func underRace(texts []string, n int) []string {
	if !raceEnabled {
		return texts
	}
	var some []string
	for i := 0; i < len(texts); i += n {
		some = append(some, texts[i])
	}
	return some
}
