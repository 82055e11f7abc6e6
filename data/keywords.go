package data

import (
	"context"
	_ "embed"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
// 13.7%) and not a stop word.
func isKeywordCandidate(w string, stop map[string]bool) bool {
	if utf8.RuneCountInString(w) < 2 || stop[w] || isQuantityFragment(w) {
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

// isQuantityFragment reports the tail of a quantity that segmentation left
// as a word: 余家 (3000余家), 多人, 近万.
func isQuantityFragment(w string) bool {
	r := []rune(w)
	return len(r) == 2 && strings.ContainsRune("余多近超逾", r[0]) &&
		strings.ContainsRune("家人个项条元户次名万亿千百场所件笔台辆吨亩座支批", r[1])
}

// Keywords ranks each document's tokens by TF-IDF against all documents and
// returns the top n of each (fewer if the document has fewer candidates).
// Stop words, numbers, punctuation and single characters are left out.
// Documents are token lists (from segment.Segmenter.Cut); pass one per
// article, or one per region (all its articles' tokens) for region
// keywords. Ties break by first occurrence, so the result is
// deterministic.
func Keywords(docs [][]string, n int) [][]string {
	stop := stopWords()
	cand := map[string]bool{} // isKeywordCandidate of each distinct token
	df := map[string]int{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, w := range d {
			ok, known := cand[w]
			if !known {
				ok = isKeywordCandidate(w, stop)
				cand[w] = ok
			}
			if ok && !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	// Each document's ranking only reads df and cand: rank them on all
	// cores. parallel fails only when its context ends, and this one never
	// does.
	out := make([][]string, len(docs))
	if err := parallel(context.Background(), len(docs), func(i int) {
		out[i] = topTerms(docs[i], df, len(docs), n, cand)
	}); err != nil {
		panic(err)
	}
	return out
}

// topTerms scores one document's candidate tokens by tf·idf with a smoothed
// idf, log((1+N)/(1+df)), plus a small floor so that terms found in every
// document still rank by frequency after all others; it returns the n best.
// Ties break by first occurrence. cand tells the candidate tokens.
func topTerms(doc []string, df map[string]int, ndocs, n int, cand map[string]bool) []string {
	tf := map[string]int{}
	var terms []string // in order of first occurrence
	for _, w := range doc {
		if !cand[w] {
			continue
		}
		if _, ok := tf[w]; !ok {
			terms = append(terms, w)
		}
		tf[w]++
	}
	if len(terms) == 0 {
		return nil
	}
	score := make([]float64, len(terms))
	order := make([]int, len(terms))
	for k, w := range terms {
		score[k] = float64(tf[w]) * (math.Log(float64(1+ndocs)/float64(1+df[w])) + 0.01)
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	out := make([]string, 0, min(n, len(terms)))
	for _, k := range order[:min(n, len(order))] {
		out = append(out, terms[k])
	}
	return out
}
