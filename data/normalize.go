package data

import "strings"

// Normalize maps full-width forms to their half-width equivalents for
// analysis: digits, Latin letters and punctuation (，→, ％→% （→( ：→: ．→.),
// the ideographic space and the no-break space to a plain space. It maps
// rune for rune, so rune offsets into the result are offsets into s:
// len([]rune(Normalize(s))) == len([]rune(s)). CJK punctuation with no
// half-width twin (。、“”) is kept. Display text keeps the original.
//
// Invalid UTF-8 bytes become U+FFFD, one per byte, exactly as []rune(s)
// counts them, so offsets agree for any input.
func Normalize(s string) string {
	return strings.Map(normRune, s)
}

func normRune(r rune) rune {
	switch {
	case r >= 0xff01 && r <= 0xff5e: // full-width ASCII block
		return r - 0xfee0
	case r == 0x3000, r == 0xa0:
		return ' '
	case r == 0xfe6a: // small percent sign
		return '%'
	case r == 0x2212: // minus sign
		return '-'
	}
	return r
}

// Span is a half-open range of rune offsets [Start, End).
type Span struct {
	Start, End int
}

// isSentenceEnd reports the runes that end a sentence.
func isSentenceEnd(r rune) bool {
	return strings.ContainsRune("。！？；!?;\n", r)
}

// isCloser reports closing quotes and brackets that stay with the sentence
// they close (……。” belongs to the sentence before it).
func isCloser(r rune) bool {
	return strings.ContainsRune("”’」』）)》】\"'", r)
}

// Sentences splits text at 。！？；!?; and line ends into spans of rune
// offsets. A closing quote or bracket right after the end mark stays with
// its sentence; leading and trailing spaces are left out and empty
// sentences skipped.
func Sentences(text string) []Span {
	rs := []rune(text)
	var out []Span
	start := 0
	for i := 0; i < len(rs); i++ {
		if !isSentenceEnd(rs[i]) {
			continue
		}
		end := i + 1
		if rs[i] != '\n' {
			for end < len(rs) && (isCloser(rs[end]) || (isSentenceEnd(rs[end]) && rs[end] != '\n')) {
				end++
			}
		}
		out = appendSpan(out, rs, start, end)
		start, i = end, end-1
	}
	return appendSpan(out, rs, start, len(rs))
}

// appendSpan appends [start, end) trimmed of spaces and newlines, if any
// text remains.
func appendSpan(out []Span, rs []rune, start, end int) []Span {
	for start < end && isSpace(rs[start]) {
		start++
	}
	for end > start && isSpace(rs[end-1]) {
		end--
	}
	if start < end {
		out = append(out, Span{start, end})
	}
	return out
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == 0x3000 || r == 0xa0
}
