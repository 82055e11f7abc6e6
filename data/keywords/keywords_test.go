package keywords

import (
	"cmp"
	"context"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"zhibiao/data"
)

func TestKeywords(t *testing.T) {
	docs := [][]string{
		{"即墨区", "新增", "就业", "3.4", "万", "人", "，", "即墨区", "稳岗补贴", "的", "2020年", "我们", "稳岗补贴", "即墨区"},
		{"崂山区", "楼宇", "复工", "，", "楼宇", "就业", "崂山区"},
		{"就业", "大连", "就业", "外贸"},
	}
	got := articleKeywords(docs, 2)
	want := [][]string{{"即墨区", "稳岗补贴"}, {"崂山区", "楼宇"}, {"大连", "外贸"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Keywords = %q, want %q", got, want)
	}
	if got := articleKeywords(nil, 3); len(got) != 0 {
		t.Errorf("Keywords(nil) = %q", got)
	}
	if got := articleKeywords([][]string{{"的", "，", "12", "一"}}, 3); len(got[0]) != 0 {
		t.Errorf("only stop words, numbers, punctuation and single characters: got %q", got[0])
	}
}

func TestIsKeywordCandidate(t *testing.T) {
	stop := stopWords()
	for w, want := range map[string]bool{
		"稳岗补贴": true, "GDP": true, "3.4万": false, "２０２０": false, "，": false, "人": false, "我们": false, "13.7%": false,
		// units and measure words, numerals
		"亿元": false, "个百分点": false, "万人": false, "人次": false, "平方公里": false, "美元": false, "季度": false,
		"十四五": false, "第七": false, "两个": false, "一是": false, "三年": false, "七千": false, "余家": false,
		// words with numerals or unit characters in them
		"六稳": true, "一企一策": true, "三农": true, "余额": true, "企业": true, "个人": true, "第三方": true, "千方百计": true,
	} {
		if got := isKeywordCandidate(w, stop); got != want {
			t.Errorf("isKeywordCandidate(%q) = %v, want %v", w, got, want)
		}
	}
}

// fieldsCut stands in for the segmenter: words separated by spaces.
func fieldsCut(s string) []string { return strings.Fields(s) }

func TestArticleKeywordsRankAgainstTheCorpus(t *testing.T) {
	as := []*data.Article{
		{Title: "即墨 就业", Text: "即墨 稳岗补贴 稳岗补贴 就业", Region: "即墨区"},
		{Title: "崂山 楼宇", Text: "楼宇 复工 就业", Region: "崂山区"},
		{Title: "即墨 招聘", Text: "招聘会 就业", Region: "即墨区"},
	}
	kw, err := Compute(context.Background(), as, fieldsCut, places, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if kw.Articles[0][0] != "稳岗补贴" || kw.Articles[1][0] != "楼宇" {
		t.Errorf("article keywords %q %q", kw.Articles[0], kw.Articles[1])
	}
	if got := kw.Regions["崂山区"]; len(got) == 0 || got[0].Word != "楼宇" {
		t.Errorf("崂山区 keywords %v", got)
	}
}

func TestQuantityFragmentsAreNotKeywords(t *testing.T) {
	docs := [][]string{
		{"余家", "余家", "余家", "营商环境", "营商环境", "多人", "余额", "余额", "近万"},
		{"审批"},
	}
	got := articleKeywords(docs, 5)[0]
	for _, w := range got {
		if w == "余家" || w == "多人" || w == "近万" {
			t.Errorf("quantity fragment %q ranked as keyword: %v", w, got)
		}
	}
	if len(got) != 2 || got[0] != "营商环境" || got[1] != "余额" {
		t.Errorf("keywords = %v, want [营商环境 余额]", got)
	}
}

// TestRegionKeywordsTellRegionsApart: each region's keywords are the words
// it uses more than the others; a word every region (and the articles
// without one) uses at the same rate scores 0; units, numerals, stop
// words and place names are never scored, however often one region uses
// them. Each region has 12 tokens that can be keywords, 4 of them 发展.
func TestRegionKeywordsTellRegionsApart(t *testing.T) {
	noise := " 亿元 亿元 个百分点 万人 十四五 第七 两个 三年 我们 的 2020年 3.4万 即墨 即墨 青岛 即墨区 ２０ 万亿元"
	arts := []*data.Article{
		{Region: "即墨区", Title: "即墨 稳岗补贴", Text: "稳岗补贴 稳岗补贴 发展 发展 审批 人才" + noise},
		{Region: "崂山区", Text: "楼宇 楼宇 楼宇 发展 发展 员工 员工 审批 崂山"},
		{Region: "即墨区", Text: "稳岗补贴 稳岗补贴 发展 发展 审批" + noise},
		{Region: "大连市", Text: "外贸 外贸 外贸 外贸 外贸 发展 发展 发展 发展 审批 航运 航运 大连 亿元"},
		{Text: "发展 发展 发展 发展 会议 会议 会议 会议 通知 通知 通知 通知"},
		{Region: "崂山区", Text: "楼宇 楼宇 发展 发展 青岛市"},
	}
	never := strings.Fields(noise + " 崂山 大连 青岛市 ２０")
	kw, err := Compute(context.Background(), arts, fieldsCut, places, 20, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := NewCollector(fieldsCut, places)
	ids, err := c.cutAll(context.Background(), arts, nil, ArticleTexts(arts), data.OrNoProgress(nil))
	if err != nil {
		t.Fatal(err)
	}
	words := c.words()
	regions, docs := regionDocs(arts, ids, words)
	all := distinctiveWords(docs, regions, keywordPrior)
	for _, tc := range []struct {
		region, first string
	}{
		{"即墨区", "稳岗补贴"},
		{"崂山区", "楼宇"},
		{"大连市", "外贸"},
	} {
		got := kw.Regions[tc.region]
		if len(got) == 0 || got[0].Word != tc.first {
			t.Errorf("%s: keywords %v, want %s first", tc.region, got, tc.first)
			continue
		}
		if got[0].Z < 1 || got[0].Rest != 0 {
			t.Errorf("%s: %s scores %+v, want Z above 1 and no use elsewhere", tc.region, tc.first, got[0])
		}
		i := slices.Index(regions, tc.region)
		if len(docs[i]) != 12 {
			t.Fatalf("%s: %d tokens kept, want 12: %q", tc.region, len(docs[i]), docs[i])
		}
		j := slices.IndexFunc(all[i], func(s WordScore) bool { return s.Word == "发展" })
		if j < 0 || math.Abs(all[i][j].Z) > 1e-9 || all[i][j].Count != 4 || all[i][j].Rest != 12 {
			t.Errorf("%s: 发展, used at the same rate everywhere, scores %v, want Z 0, count 4 against 12", tc.region, all[i])
		}
		if slices.ContainsFunc(got, func(s WordScore) bool { return s.Word == "发展" || s.Z <= 0 }) {
			t.Errorf("%s: keywords %v include a word it does not use more than the others", tc.region, got)
		}
		for _, w := range never {
			if slices.ContainsFunc(all[i], func(s WordScore) bool { return s.Word == w }) {
				t.Errorf("%s: %q is scored: %v", tc.region, w, all[i])
			}
		}
	}
	if len(kw.Regions) != 3 {
		t.Errorf("keywords for %d regions, want 3 (articles without a region get none)", len(kw.Regions))
	}
	for i, words := range kw.Articles {
		for _, w := range never {
			if slices.Contains(words, w) {
				t.Errorf("article %d keywords %q include %q", i, words, w)
			}
		}
	}
}

func TestRegionKeywordsEdgeCases(t *testing.T) {
	// Alone in the corpus, a region has nothing to be told apart from.
	alone := []*data.Article{{Region: "崂山区", Text: "楼宇 楼宇 员工"}}
	kw, err := Compute(context.Background(), alone, fieldsCut, places, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := kw.Regions["崂山区"]; len(got) != 0 {
		t.Errorf("the only region has keywords %v", got)
	}
	// Part of a region's own name is no keyword of it; the list stops at n.
	arts := []*data.Article{
		{Region: "西海岸新区", Text: "新区 新区 新区 新区 供热 供热 供热 管家 管家 海洋"},
		{Region: "崂山区", Text: "楼宇 楼宇 员工 招标 发展 新区"},
	}
	kw, err = Compute(context.Background(), arts, fieldsCut, places, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := kw.Regions["西海岸新区"]
	if len(got) != 2 || got[0].Word != "供热" || got[1].Word != "管家" {
		t.Errorf("西海岸新区 keywords %v, want [供热 管家] without 新区", got)
	}
	if g := kw.Regions["崂山区"]; !slices.ContainsFunc(g, func(s WordScore) bool { return s.Word == "楼宇" }) {
		t.Errorf("崂山区 keywords %v, want 楼宇", g)
	}
}

func TestLogOddsZ(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		yi, yj, ni, nj, a, a0 float64
		sign                  int
	}{
		{"same rate", 10, 30, 100, 300, 4, 40, 0},
		{"more in the region", 10, 3, 100, 300, 1.3, 40, 1},
		{"less in the region", 1, 30, 100, 300, 3.1, 40, -1},
		{"only in the region", 5, 0, 100, 300, 0.5, 40, 1},
	} {
		z, ok := logOddsZ(tc.yi, tc.yj, tc.ni, tc.nj, tc.a, tc.a0)
		if !ok {
			t.Errorf("%s: undefined", tc.name)
			continue
		}
		if got := cmp.Compare(math.Round(z*1e9), 0); got != tc.sign {
			t.Errorf("%s: z = %v, want sign %d", tc.name, z, tc.sign)
		}
	}
	if _, ok := logOddsZ(5, 0, 5, 0, 1, 1); ok {
		t.Error("a corpus of one word gives a score")
	}
}

func TestSentencesWith(t *testing.T) {
	a := &data.Article{Text: "楼宇复工。员工返岗；楼宇消毒\n没有这个词。"}
	a.Text = strings.ReplaceAll(a.Text, "\\n", "\n")
	got := a.SentencesWith("楼宇")
	text := []rune(a.Text)
	var sents []string
	for _, sp := range got {
		sents = append(sents, string(text[sp.Start:sp.End]))
	}
	if want := []string{"楼宇复工。", "楼宇消毒"}; !slices.Equal(sents, want) {
		t.Errorf("SentencesWith(楼宇) = %q, want %q", sents, want)
	}
	if got := a.SentencesWith("港口"); got != nil {
		t.Errorf("SentencesWith(港口) = %v", got)
	}
}

// regionDocs joins the tokens of each main region's articles into one
// document per region (regions in order of first appearance), followed by
// one document of all articles without a region: the groups Compute
// counts (regionCounts), as words.
func regionDocs(arts []*data.Article, ids [][]int32, words []string) ([]string, [][]string) {
	regions, _, _ := regionCounts(arts, ids)
	docs := make([][]string, len(regions)+1)
	for i, a := range arts {
		g := slices.Index(regions, a.Region)
		if a.Region == "" {
			g = len(regions)
		}
		for _, w := range ids[i] {
			docs[g] = append(docs[g], words[w])
		}
	}
	return regions, docs
}

// TestTopTermsAsSorted: topTerms picks the n best terms of a document as
// sorting all of them (best tf·idf first, ties by first occurrence) and
// taking the first n did, for documents with many ties.
func TestTopTermsAsSorted(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const nwords = 60
	words := make([]string, nwords)
	cand := make([]bool, nwords)
	for w := range words {
		words[w] = "w" + strconv.Itoa(w)
		cand[w] = w%7 != 0
	}
	docs := make([][]int32, 300)
	for d := range docs {
		for range rng.IntN(120) {
			docs[d] = append(docs[d], int32(rng.IntN(nwords)))
		}
	}
	df := make([]int32, nwords)
	for _, doc := range docs {
		seen := map[int32]bool{}
		for _, w := range doc {
			if cand[w] && !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	sc := &termScratch{at: make([]int32, nwords)}
	for d, doc := range docs {
		for _, n := range []int{0, 1, 3, 15, 100} {
			got := topTerms(doc, words, df, len(docs), n, cand, sc)
			if want := topTermsSorted(doc, words, df, len(docs), n, cand); !reflect.DeepEqual(got, want) {
				t.Fatalf("doc %d, n %d: %q, want %q", d, n, got, want)
			}
			if slices.ContainsFunc(sc.at, func(x int32) bool { return x != 0 }) {
				t.Fatal("scratch not left zeros")
			}
		}
	}
}

// topTermsSorted is topTerms as it was: every term scored and sorted.
func topTermsSorted(doc []int32, words []string, df []int32, ndocs, n int, cand []bool) []string {
	type term struct {
		w, first int32
		tf       int
		score    float64
	}
	var terms []term
	place := map[int32]int{}
	for _, w := range doc {
		if !cand[w] {
			continue
		}
		if k, ok := place[w]; ok {
			terms[k].tf++
			continue
		}
		place[w] = len(terms)
		terms = append(terms, term{w: w, first: int32(len(terms)), tf: 1})
	}
	if len(terms) == 0 {
		return nil
	}
	for k, t := range terms {
		terms[k].score = float64(t.tf) * (math.Log(float64(1+ndocs)/float64(1+df[t.w])) + 0.01)
	}
	slices.SortStableFunc(terms, func(a, b term) int { return cmp.Compare(b.score, a.score) })
	out := make([]string, 0, min(n, len(terms)))
	for _, t := range terms[:min(n, len(terms))] {
		out = append(out, words[t.w])
	}
	return out
}
