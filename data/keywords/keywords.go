package keywords

import (
	"cmp"
	"context"
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"zhibiao/data"
	"zhibiao/data/extract"
	"zhibiao/data/region"
)

// Keywords come in two kinds. An article's keywords (Article.Keywords) are
// its words ranked by TF-IDF against the other articles. A region's
// keywords (CorpusKeywords.Regions) are the words its articles use more
// than the rest of the corpus, ranked by the z-score of their weighted
// log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and
// Quinn 2008, "Fightin' Words"). Both leave out function words
// (stopwords.txt), numbers, numerals, units and measure words, place names
// and single characters.

// keywordPrior is the share of the corpus the Dirichlet prior of the
// region keywords weighs: each word's prior is its count in the whole
// corpus times keywordPrior, so the prior's size α₀ is a tenth of the
// corpus's tokens. Scaling it with the corpus keeps the scores of a small
// and a large corpus alike; a tenth lets a word that one region uses a
// handful of times, and no other, rank near the top, while one it uses
// once or twice stays low.
const keywordPrior = 0.1

// WordScore is one word of a region's keywords: how distinctive it is of
// the region and how often each side uses it.
type WordScore struct {
	Word string
	// Z is the z-score of the word's log-odds ratio, region against the
	// rest of the corpus: 0 for a word both use at the same rate, about 2
	// and more for one the region clearly uses more.
	Z     float64
	Count int // occurrences in the region's articles
	Rest  int // occurrences in all the other articles
}

// CorpusKeywords are the keywords of a corpus: per article (same order as
// its Articles) and per main region (most distinctive first).
type CorpusKeywords struct {
	Articles [][]string
	Regions  map[string][]WordScore
}

// Compute segments every article once with cut (spread over all
// cores), leaves out the names of places (a region's own name would top
// its list and say nothing about its policies), and ranks the top n keywords of each article (TF-IDF) and of each
// main region (log-odds against the rest of the corpus, see WordScore; a
// region keeps only words it uses more than the rest, Z > 0, so it may
// have fewer than n). It only reads the articles, so it can run while the
// UI shows them.
func Compute(ctx context.Context, arts []*data.Article, cut func(string) []string, places *region.Gazetteer, n int, progress Progress) (CorpusKeywords, error) {
	return ComputeStream(ctx, arts, ArticleTexts(arts), cut, places, n, progress)
}

// Texts gives ComputeStream the articles' texts: it calls fn with the
// text of article i (its place in the articles given), at most once per
// article, possibly from several goroutines at once, and returns when it
// has given them all or ctx is done. An article it gives no text has
// none ("").
type Texts func(ctx context.Context, fn func(i int, text string)) error

// ArticleTexts gives the articles' own texts (Text), on all cores.
func ArticleTexts(arts []*data.Article) Texts {
	return func(ctx context.Context, fn func(int, string)) error {
		return data.Parallel(ctx, len(arts), func(i int) { fn(i, arts[i].Text) })
	}
}

// ComputeStream is Compute for articles whose texts are not held: arts
// give the titles and regions (their Text is not read) and texts the
// texts, each cut as it comes and then dropped, so memory holds the kept
// tokens (word ids) but never every text at once. The keywords are
// Compute's for the same articles with those texts.
func ComputeStream(ctx context.Context, arts []*data.Article, texts Texts, cut func(string) []string, places *region.Gazetteer, n int, progress Progress) (CorpusKeywords, error) {
	return NewCollector(cut, places).Rank(ctx, arts, nil, texts, n, progress)
}

// Rank is ComputeStream for articles some of which were cut already:
// tokens[i], when not nil, are article i's tokens as c.Tokens gave them
// for its title and text, and texts need give only the others' texts
// (it may give them all: a text given for an article cut already is not
// looked at). tokens may be nil or shorter than arts. The keywords are
// ComputeStream's for the same articles and texts: an article is cut the
// same way whenever it is cut.
func (c *Collector) Rank(ctx context.Context, arts []*data.Article, tokens [][]int32, texts Texts, n int, progress Progress) (CorpusKeywords, error) {
	progress = data.OrNoProgress(progress)
	tokens, err := c.cutAll(ctx, arts, tokens, texts, progress)
	if err != nil {
		return CorpusKeywords{}, err
	}
	words := c.words()
	// The article and the region rankings are independent: run them side
	// by side.
	kw := CorpusKeywords{Regions: map[string][]WordScore{}}
	regions, counts, sizes := regionCounts(arts, tokens)
	var wg sync.WaitGroup
	wg.Go(func() { kw.Articles = articleKeywordIDs(tokens, words, nil, n) })
	for i, scores := range distinctive(counts, sizes, regions, words, keywordPrior) {
		kw.Regions[regions[i]] = topPositive(scores, n)
	}
	wg.Wait()
	return kw, nil
}

// Tokens are held as word ids (int32, into one list of the distinct
// words) rather than strings: 4 bytes a token instead of 16, and no
// document per region copied from them. At 100,000 articles the keyword
// stage held every token as a string twice (issue 13: a 7.2 GB peak).

// ids gives each distinct word an id, in order of first sight.
type ids struct {
	of    map[string]int32
	words []string
}

func newIDs() *ids { return &ids{of: map[string]int32{}} }

func (v *ids) id(w string) int32 {
	if id, ok := v.of[w]; ok {
		return id
	}
	id := int32(len(v.words))
	v.of[w] = id
	v.words = append(v.words, w)
	return id
}

func (v *ids) all(doc []string) []int32 {
	out := make([]int32, len(doc))
	for i, w := range doc {
		out[i] = v.id(w)
	}
	return out
}

// regionCounts counts the word ids of each main region's articles
// (regions in order of first appearance), then of all articles without a
// region, which count as part of the rest of the corpus each region is
// compared with; sizes are the groups' numbers of tokens.
func regionCounts(arts []*data.Article, tokens [][]int32) ([]string, []map[int32]int, []int) {
	var regions []string
	index := map[string]int{}
	for _, a := range arts {
		if _, ok := index[a.Region]; !ok && a.Region != "" {
			index[a.Region] = len(regions)
			regions = append(regions, a.Region)
		}
	}
	counts := make([]map[int32]int, len(regions)+1)
	for i := range counts {
		counts[i] = map[int32]int{}
	}
	sizes := make([]int, len(regions)+1)
	for i, a := range arts {
		g := len(regions)
		if a.Region != "" {
			g = index[a.Region]
		}
		for _, w := range tokens[i] {
			counts[g][w]++
		}
		sizes[g] += len(tokens[i])
	}
	return regions, counts, sizes
}

// distinctiveWords scores the words of each named group against all the
// other groups together (groups after the named ones only take part as
// "the rest") and sorts them, most distinctive first. For word w, used y_i
// times in group i's n_i tokens, y_j times in the rest's n_j and y_w times
// in the whole corpus of N tokens, the prior is α_w = share·y_w of
// α₀ = share·N and
//
//	δ = log((y_i+α_w)/(n_i+α₀−y_i−α_w)) − log((y_j+α_w)/(n_j+α₀−y_j−α_w))
//	Z = δ / √(1/(y_i+α_w) + 1/(y_j+α_w))
//
// A group that is the whole corpus has nothing to be told apart from and
// gets no words, and a word that is part of the group's name (新区 of
// 西海岸新区) is not scored for it. Ties break by count, then by word, so
// the order does not depend on map order.
func distinctiveWords(groups [][]string, names []string, share float64) [][]WordScore {
	v := newIDs()
	counts := make([]map[int32]int, len(groups))
	sizes := make([]int, len(groups))
	for g, doc := range groups {
		counts[g] = map[int32]int{}
		for _, w := range v.all(doc) {
			counts[g][w]++
		}
		sizes[g] = len(doc)
	}
	return distinctive(counts, sizes, names, v.words, share)
}

// distinctive is distinctiveWords of groups given as word counts (ids
// into words) and sizes.
func distinctive(counts []map[int32]int, sizes []int, names, words []string, share float64) [][]WordScore {
	total := make([]int, len(words))
	size := 0
	for g, c := range counts {
		for w, n := range c {
			total[w] += n
		}
		size += sizes[g]
	}
	out := make([][]WordScore, len(names))
	for g, name := range names {
		for w := range counts[g] {
			if strings.Contains(name, words[w]) {
				delete(counts[g], w)
			}
		}
		out[g] = scoreGroup(counts[g], total, words, sizes[g], size, share)
	}
	return out
}

// scoreGroup scores the words of one group (counts, ni tokens) against the
// rest of a corpus of size tokens whose word counts are total.
func scoreGroup(counts map[int32]int, total []int, words []string, ni, size int, share float64) []WordScore {
	nj := size - ni
	if ni == 0 || nj == 0 {
		return nil
	}
	scores := make([]WordScore, 0, len(counts))
	for w, yi := range counts {
		yj := total[w] - yi
		a := share * float64(total[w])
		if z, ok := logOddsZ(float64(yi), float64(yj), float64(ni), float64(nj), a, share*float64(size)); ok {
			scores = append(scores, WordScore{Word: words[w], Z: z, Count: yi, Rest: yj})
		}
	}
	slices.SortFunc(scores, func(x, y WordScore) int {
		return cmp.Or(cmp.Compare(y.Z, x.Z), cmp.Compare(y.Count, x.Count), strings.Compare(x.Word, y.Word))
	})
	return scores
}

// topPositive returns the first n scores with Z > 0 of a sorted list.
func topPositive(scores []WordScore, n int) []WordScore {
	k := 0
	for k < len(scores) && k < n && scores[k].Z > 0 {
		k++
	}
	return slices.Clip(scores[:k])
}

// logOddsZ is the z-score of the log-odds ratio of a word used yi times in
// ni tokens against yj times in nj, with prior α (the word's) of α0 (all
// words'); ok is false when it is undefined (a corpus of one word).
func logOddsZ(yi, yj, ni, nj, a, a0 float64) (float64, bool) {
	ri, rj := ni+a0-yi-a, nj+a0-yj-a
	if ri <= 0 || rj <= 0 || a <= 0 {
		return 0, false
	}
	delta := math.Log((yi+a)/ri) - math.Log((yj+a)/rj)
	return delta / math.Sqrt(1/(yi+a)+1/(yj+a)), true
}

//go:embed stopwords.txt
var stopWordsTxt string

// stopWords parses stopwords.txt.
func stopWords() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(stopWordsTxt, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// isKeywordCandidate reports a token worth ranking: at least two
// characters, containing a letter or ideograph, not a number (3.4万, 2020年,
// 13.7%), a numeral (第七, 两个, 十四五), a unit or measure word (亿元,
// 个百分点, 平方公里) or a stop word.
func isKeywordCandidate(w string, stop map[string]bool) bool {
	if utf8.RuneCountInString(w) < 2 || stop[w] || isQuantityWord(w, stop) {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r), strings.ContainsRune("０１２３４５６７８９", r):
			return false
		case unicode.Is(unicode.Han, r), unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0
}

// numeralRunes are the Chinese numeral characters (with 两 and the
// financial forms); quantityPrefixes are those and the words of
// approximation that segmentation leaves on a measure word (余家, 多人,
// 近万).
const (
	numeralRunes     = "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"
	quantityPrefixes = numeralRunes + "余多近超逾数几"
)

// isQuantityWord reports a token that is only a quantity or part of one:
// a numeral (七千, 第七), a unit or measure word (亿元, 个百分点, 人次), or
// such prefixes on a measure word, unit or stop word (两个, 万人, 余家,
// 一是, 三年). Words with numerals in them (六稳, 一企一策, 三农) are kept.
func isQuantityWord(w string, stop map[string]bool) bool {
	if measureWords()[w] {
		return true
	}
	rest := strings.TrimPrefix(w, "第")
	rest = strings.TrimLeft(rest, quantityPrefixes)
	if rest == w {
		return false
	}
	return rest == "" || measureWords()[rest] || stop[rest]
}

// extraMeasureWords are units and measure words besides those of
// units.tsv: money, percent, time and classifiers that make no indicator.
const extraMeasureWords = `
元 美元 欧元 日元 港元 港币 英镑 人民币 亿元 万元 千元 百元
% ‰ 百分点 个百分点 百分比 成
年 年度 月 月份 日 号 周 星期 季 季度 天 小时 分钟 秒 年代 世纪
个 批 种 类 位 级 层 步 轮 届 代 组 队 群 片 块 栋 部 本 篇 封 起 例 对 双 股 道 门 点 颗 根 棵 匹 口 床 桌 瓶 袋 箱 车 船
万人 万户 万家 万个 万名 万吨 万亩 亿美元 万美元 万亿 千亿 百亿 十亿 千万 百万
`

// measureWords are the written units of units.tsv (but not the countable
// nouns, 企业) and extraMeasureWords.
var measureWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range extract.MeasureWords() {
		m[w] = true
	}
	for _, w := range strings.Fields(extraMeasureWords) {
		m[w] = true
	}
	return m
})

// articleKeywords ranks each document's tokens by TF-IDF against all
// documents and returns the top n of each (fewer if the document has fewer
// candidates). Stop words, numbers, units, punctuation and single
// characters are left out. Documents are token lists (from
// segment.Segmenter.Cut), one per article. Ties break by first
// occurrence, so the result is deterministic.
func articleKeywords(docs [][]string, n int) [][]string {
	v := newIDs()
	ids := make([][]int32, len(docs))
	for i, d := range docs {
		ids[i] = v.all(d)
	}
	stop := stopWords()
	return articleKeywordIDs(ids, v.words, func(w string) bool { return isKeywordCandidate(w, stop) }, n)
}

// articleKeywordIDs is articleKeywords of documents of word ids (into
// words); candidate tells the words worth ranking (nil: every word, the
// tokens being candidates already, as Compute's are).
func articleKeywordIDs(docs [][]int32, words []string, candidate func(string) bool, n int) [][]string {
	cand := make([]bool, len(words))
	for w, s := range words {
		cand[w] = candidate == nil || candidate(s)
	}
	df := make([]int32, len(words))
	last := make([]int32, len(words)) // the last document (+1) that counted the word
	for d, doc := range docs {
		for _, w := range doc {
			if cand[w] && last[w] != int32(d+1) {
				last[w] = int32(d + 1)
				df[w]++
			}
		}
	}
	// Each document's ranking only reads df and cand: rank them on all
	// cores. parallel fails only when its context ends, and this one never
	// does.
	out := make([][]string, len(docs))
	scratch := sync.Pool{New: func() any { return &termScratch{at: make([]int32, len(words))} }}
	if err := data.Parallel(context.Background(), len(docs), func(i int) {
		sc := scratch.Get().(*termScratch)
		out[i] = topTerms(docs[i], words, df, len(docs), n, cand, sc)
		scratch.Put(sc)
	}); err != nil {
		panic(err)
	}
	return out
}

// termScratch is what topTerms reuses from one document to the next:
// at, len(words) zeros (left zeros), and the lists of terms. Allocating the
// list afresh for each of 139,224 stories (hundreds of terms each) made
// about a gigabyte of garbage in two seconds, and the collector let the
// heap overshoot by hundreds of megabytes.
type termScratch struct {
	at          []int32
	terms, best []term
}

// term is one candidate word of a document.
type term struct {
	w, first int32 // the word, its place in order of first occurrence
	tf       int
	score    float64
}

// topTerms scores one document's candidate tokens by tf·idf with a smoothed
// idf, log((1+N)/(1+df)), plus a small floor so that terms found in every
// document still rank by frequency after all others; it returns the n best.
// Ties break by first occurrence. cand tells the candidate tokens; sc is
// scratch (see termScratch).
func topTerms(doc []int32, words []string, df []int32, ndocs, n int, cand []bool, sc *termScratch) []string {
	at := sc.at
	terms := sc.terms[:0] // in order of first occurrence; at[w] is w's place + 1
	defer func() { sc.terms = terms[:0] }()
	for _, w := range doc {
		if !cand[w] {
			continue
		}
		if k := at[w]; k > 0 {
			terms[k-1].tf++
			continue
		}
		terms = append(terms, term{w: w, first: int32(len(terms)), tf: 1})
		at[w] = int32(len(terms))
	}
	if len(terms) == 0 {
		return nil
	}
	for k, t := range terms {
		at[t.w] = 0 // at is all zeros again for the next document
		terms[k].score = float64(t.tf) * (math.Log(float64(1+ndocs)/float64(1+df[t.w])) + 0.01)
	}
	// The n best, best score first, ties by first occurrence: a total
	// order, so picking them into a sorted list of n gives the order of
	// sorting them all (which took 60 % of ranking 139,224 stories'
	// keywords: a story has hundreds of terms, a list 15).
	better := func(a, b *term) bool {
		return a.score > b.score || a.score == b.score && a.first < b.first
	}
	k := min(n, len(terms))
	if k <= 0 {
		return []string{}
	}
	best := sc.best[:0]
	for i := range terms {
		t := &terms[i]
		if len(best) == k && !better(t, &best[k-1]) {
			continue
		}
		pos := len(best)
		for pos > 0 && better(t, &best[pos-1]) {
			pos--
		}
		if len(best) < k {
			best = append(best, term{})
		}
		copy(best[pos+1:], best[pos:len(best)-1])
		best[pos] = *t
	}
	sc.best = best[:0]
	out := make([]string, 0, k)
	for _, t := range best {
		out = append(out, words[t.w])
	}
	return out
}
