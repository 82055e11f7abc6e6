package data

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

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
	if !utf8.ValidString(s) {
		return strings.Map(normRune, s)
	}
	// Only runes whose UTF-8 starts with one of these bytes change: U+00A0
	// (C2), U+2105 and U+2212 (E2), U+3000 (E3), U+FE50–U+FE6A and U+FF01–U+FF5E (EF).
	var b []byte
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
			continue
		case c != 0xc2 && c != 0xe2 && c != 0xe3 && c != 0xef:
			i += seqLen(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if m := normRune(r); m != r {
			if b == nil {
				b = make([]byte, 0, len(s))
			}
			b = utf8.AppendRune(append(b, s[last:i]...), m)
			last = i + n
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// seqLen is the length of the UTF-8 sequence that starts with the byte c
// (valid UTF-8 only).
func seqLen(c byte) int {
	switch {
	case c >= 0xf0:
		return 4
	case c >= 0xe0:
		return 3
	}
	return 2
}

// NormalizeRune is what Normalize maps the rune r to: ranging over s and
// mapping each rune gives the runes of Normalize(s) (an invalid byte
// ranges as utf8.RuneError, which Normalize writes as U+FFFD too).
func NormalizeRune(r rune) rune { return normRune(r) }

func normRune(r rune) rune {
	switch {
	case r >= 0xff01 && r <= 0xff5e: // full-width ASCII block
		return r - 0xfee0
	case r == 0x3000, r == 0xa0:
		return ' '
	case r == 0xfe6a, r == 0x2105: // small percent sign; care-of sign typed for it (15℅)
		return '%'
	case r == 0xfe52: // small full stop, a decimal point in Macau papers (302﹒12萬人次)
		return '.'
	case r == 0xfe50: // small comma
		return ','
	case r == 0xfe54: // small semicolon
		return ';'
	case r == 0xfe55: // small colon
		return ':'
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
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n':
		return true
	}
	return false
}

// mayEnd holds the bytes a rune of isSentenceEnd or a full stop begins
// with: the ASCII marks and the first bytes of 。(E3) and ！？；(EF).
var mayEnd = func() (b [256]bool) {
	for _, r := range "。！？；!?;\n." {
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], r)
		b[buf[0]] = true
	}
	return b
}()

// EnglishStop reports whether the full stop at byte i of text ends an
// English sentence: after a word, a number or a bracket, before a space and a
// capital letter (or the end of the text), and not after a lone capital
// (U.S. economy, Mr. Li).
func EnglishStop(text string, i int) bool {
	prev, pn := utf8.DecodeLastRuneInString(text[:i])
	if prev >= 'A' && prev <= 'Z' {
		before, _ := utf8.DecodeLastRuneInString(text[:i-pn])
		if before == ' ' || before == '.' || i == pn {
			return false
		}
	}
	if !(prev >= 'a' && prev <= 'z' || prev >= 'A' && prev <= 'Z' || prev >= '0' && prev <= '9' || prev == '%' || prev == ')') {
		return false
	}
	if titleWord(text[:i]) {
		return false
	}
	rest := text[i+1:]
	if rest == "" {
		return true
	}
	if rest[0] != ' ' && rest[0] != '\n' {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	return rest == "" || rest[0] == '\n' || rest[0] >= 'A' && rest[0] <= 'Z' || rest[0] == '"'
}

// titleWord reports text ending in a title or abbreviation written with a
// full stop (Mr. Dr. No. Jan. fig.).
func titleWord(text string) bool {
	text = text[max(0, len(text)-8):] // the longest word below, and its separator
	k := strings.LastIndexAny(text, " \n(（") + 1
	switch text[k:] {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "fig", "Fig", "vs", "approx", "St", "Co", "Ltd", "Inc", "e.g", "i.e":
		return true
	}
	return false
}

// isCloser reports closing quotes and brackets that stay with the sentence
// they close (……。” belongs to the sentence before it).
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '】', '"', '\'':
		return true
	}
	return false
}

// Sentences splits text at 。！？；!?; and line ends into spans of rune
// offsets. A closing quote or bracket right after the end mark stays with
// its sentence; leading and trailing spaces are left out and empty
// sentences skipped.
func Sentences(text string) []Span {
	out := SentenceBytes(text)
	// Byte offsets to rune offsets, in one pass over text.
	b, r := 0, 0
	runeAt := func(at int) int {
		r += utf8.RuneCountInString(text[b:at])
		b = at
		return r
	}
	for i, sp := range out {
		out[i] = Span{runeAt(sp.Start), runeAt(sp.End)}
	}
	return out
}

// SentenceBytes is Sentences in byte offsets. Invalid UTF-8 bytes count as
// one rune each, as in []rune(text).
//
// It decodes only the runes at the bytes an end mark can begin with
// (mayEnd): every valid rune of text and every ASCII byte is where the
// decoding rune by rune meets it, and an end mark is one of those.
func SentenceBytes(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); {
		if !mayEnd[text[i]] {
			i++
			continue
		}
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

// appendSpan appends the byte range [start, end) of text trimmed of spaces
// and newlines, if any text remains.
func appendSpan(out []Span, text string, start, end int) []Span {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !IsSpace(r) {
			break
		}
		end -= n
	}
	if start < end {
		out = append(out, Span{start, end})
	}
	return out
}

// SentencesWith returns the sentences of a's text (see Sentences) that
// contain word, as rune spans of Text.
func (a *Article) SentencesWith(word string) []Span {
	if word == "" || !strings.Contains(a.Text, word) {
		return nil
	}
	text := []rune(a.Text)
	var out []Span
	for _, sp := range Sentences(a.Text) {
		if strings.Contains(string(text[sp.Start:sp.End]), word) {
			out = append(out, sp)
		}
	}
	return out
}

// titleYear is a year that a headline reports on: 2023年国民经济和社会发展
// 统计公报, 2023年上半年经济运行, 2024年政府工作报告 (not a date, 2023年5月6日).
var titleYear = regexp.MustCompile(`((?:19|20)[0-9]{2})年(?:[^0-9０-９]|$)`)

// HeadlineYear returns the year a headline reports on (2023 for
// 2023年国民经济和社会发展统计公报, none for the date 2023年5月6日), 0 if it
// names none. The loader's Article.DataYear and the extractor's periods
// both read it.
func HeadlineYear(title string) int {
	t := ArabicYears(Normalize(title))
	for _, m := range titleYear.FindAllStringSubmatchIndex(t, -1) {
		if hasAnyPrefix(t[m[3]+len("年"):], "目标", "计划", "展望", "预期") {
			continue // “十四五”回顾与2026年目标: the year of the goals, not of the figures
		}
		y, _ := strconv.Atoi(t[m[2]:m[3]]) // four digits: cannot fail
		return y
	}
	return 0
}

func hasAnyPrefix(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

var chineseDigits = []rune("〇一二三四五六七八九")

// ArabicYears writes the years spelt in Chinese digits before 年 in Arabic
// ones (二零二二年, 二〇二二年 → 2022年), rune for rune, so offsets hold as
// they do for Normalize. Only four digits from 1900 to 2099 count.
func ArabicYears(s string) string {
	if !strings.Contains(s, "年") {
		return s
	}
	var rs []rune
	for i := 0; ; {
		j := strings.Index(s[i:], "年")
		if j < 0 {
			break
		}
		at := i + j
		i = at + len("年")
		var ds [4]rune
		k, p := 3, at
		for ; k >= 0 && p > 0; k-- {
			r, n := utf8.DecodeLastRuneInString(s[:p])
			d := slices.Index(chineseDigits, r)
			if r == '零' || r == '○' { // 二○二○年: a white circle typed for zero
				d = 0
			}
			if d < 0 {
				break
			}
			ds[k], p = '0'+rune(d), p-n
		}
		if k >= 0 || !(ds[0] == '1' && ds[1] == '9' || ds[0] == '2' && ds[1] == '0') {
			continue
		}
		if rs == nil {
			rs = []rune(s)
		}
		end := utf8.RuneCountInString(s[:at])
		copy(rs[end-4:end], ds[:])
	}
	if rs == nil {
		return s
	}
	return string(rs)
}
