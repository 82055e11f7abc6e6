package index

import (
	"strings"
	"unicode"
)

// The full-text index holds character bigrams: SQLite's unicode61 tokenizer
// splits text at spaces and punctuation only, so a run of Chinese would be
// one token. Bigrams need no dictionary, find any word of two or more
// characters, and are what CJK search engines fall back on.
//
// Bigrams writes each run of Han characters ABCD as "AB BC CD D": every
// character starts a token, so a one-character query is a prefix query
// ("C*" finds CD and a run-final C). Other text (Latin words, digits) is
// kept as it is, for unicode61 to split and fold.

// Bigrams is the indexed form of s.
func Bigrams(s string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
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

// MatchQuery turns what a user types (words separated by spaces, each to
// be found as written) into an FTS5 query over Bigrams, "" if it holds
// nothing to look for. A word's tokens must follow each other (a phrase);
// a word of one Han character is a prefix query.
func MatchQuery(q string) string {
	var parts []string
	for _, w := range strings.Fields(q) {
		if p := wordQuery(w); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " AND ")
}

// wordQuery is the query for one word: the tokens Bigrams gives the word,
// except that a Han run at the very end keeps no lone final character
// (in the text, more characters may follow it).
func wordQuery(w string) string {
	toks := strings.Fields(Bigrams(w))
	rs := []rune(w)
	if len(rs) > 1 && unicode.Is(unicode.Han, rs[len(rs)-1]) && unicode.Is(unicode.Han, rs[len(rs)-2]) {
		toks = toks[:len(toks)-1]
	}
	var clean []string
	for _, t := range toks {
		// Only letters, digits and Han characters reach the index as
		// tokens; quote each so FTS5 reads no operator into it.
		t = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return ' '
		}, t)
		for _, f := range strings.Fields(t) {
			clean = append(clean, `"`+f+`"`)
		}
	}
	switch {
	case len(clean) == 0:
		return ""
	case len(clean) == 1 && len([]rune(w)) == 1 && unicode.Is(unicode.Han, rs[0]):
		return clean[0] + "*"
	case len(clean) == 1:
		return clean[0]
	}
	return "(" + strings.Join(clean, " + ") + ")"
}
