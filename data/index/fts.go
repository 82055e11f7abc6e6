package index

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// Bigrams is the indexed form of s. It copies the bytes of s rather than
// collecting runes and writing them again, and tells Han characters by
// their common block first (isHan): at 100,000 articles the rune-by-rune
// form took 4.2 s of the writer's CPU.
func Bigrams(s string) string {
	var b strings.Builder
	b.Grow(len(s) * 2)
	prev := -1 // where the run's last Han character starts; -1 outside a run
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isHan(r) {
			if prev < 0 {
				b.WriteByte(' ')
			} else {
				b.WriteString(s[prev : i+n]) // the previous character and this one
				b.WriteByte(' ')
			}
			prev, i = i, i+n
			continue
		}
		if prev >= 0 { // the run's last character alone
			b.WriteString(s[prev:i])
			b.WriteByte(' ')
			prev = -1
		}
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(r) // an invalid byte, written as U+FFFD as before
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	if prev >= 0 {
		b.WriteString(s[prev:])
		b.WriteByte(' ')
	}
	return b.String()
}

// isHan is unicode.Is(unicode.Han, r), with the CJK Unified Ideographs
// block (all Han) and everything below the first Han block (U+2E80)
// answered without the table's search.
func isHan(r rune) bool {
	switch {
	case r >= 0x4e00 && r <= 0x9fff:
		return true
	case r < 0x2e80:
		return false
	}
	return unicode.Is(unicode.Han, r)
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
