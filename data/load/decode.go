package load

import (
	"bytes"
	_ "embed" // commonchars.txt
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"zhibiao/data/region"
)

// Reasons a file is not loaded. They are wrapped with details; test them
// with errors.Is. Their messages are shown to the user as LoadProblem.Reason.
var (
	ErrEmpty         = errors.New("empty file")
	ErrBinary        = errors.New("binary file, not text")
	ErrEncoding      = errors.New("not valid text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030/GBK)")
	ErrTooLarge      = errors.New("file too large")
	ErrUnreadable    = errors.New("cannot read file")
	ErrLoop          = errors.New("directory loop")
	ErrDuplicate     = errors.New("already loaded")
	ErrFolderSkipped = errors.New("folder skipped")
	ErrHTML          = errors.New("an HTML page saved as text (name it .html or .htm to read its article)")
)

// binaryMagic are signatures of common binary formats met in article
// folders.
var binaryMagic = [][]byte{
	[]byte("%PDF"), []byte("PK\x03\x04"), []byte("\x89PNG"), []byte("\xff\xd8\xff"),
	[]byte("GIF8"), []byte("\xd0\xcf\x11\xe0"), []byte("\x7fELF"),
}

// Decode turns raw file bytes into text: UTF-8 with or without BOM, UTF-16
// with BOM, or GB18030 (which covers GBK and GB2312) when it reads as
// Chinese, with CRLF and CR line ends turned into LF and stray byte-order
// marks removed. Anything else is an ErrEncoding that says what the bytes
// look like (a bad byte in UTF-8 and its offset, Shift-JIS, EUC-KR …); a
// whole HTML page is ErrHTML.
func (p *Parser) Decode(raw []byte) (string, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", ErrEmpty
	}
	s, err := decodeBytes(raw, p.gaz)
	if err != nil {
		return "", err
	}
	if isHTMLPage(s) {
		return "", ErrHTML
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\ufeff", "")
	if strings.TrimSpace(s) == "" {
		return "", ErrEmpty
	}
	return s, nil
}

func decodeBytes(raw []byte, t2s *region.Gazetteer) (string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		if !utf8.Valid(raw[3:]) {
			return "", fmt.Errorf("%w: UTF-8 byte-order mark but %s", ErrEncoding, badUTF8(raw, 3))
		}
		return string(raw[3:]), nil
	case bytes.HasPrefix(raw, []byte("\xff\xfe")), bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return decodeUTF16(raw)
	}
	if hasBinaryMagic(raw) {
		return "", ErrBinary
	}
	if looksUTF16(raw) {
		return "", fmt.Errorf("%w: looks like UTF-16 without a byte-order mark (save it as UTF-8)", ErrEncoding)
	}
	if isBinary(raw) {
		return "", ErrBinary
	}
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	if s, ok := decodeGB18030(raw, t2s); ok {
		return s, nil
	}
	return "", encodingError(raw, t2s)
}

func decodeUTF16(raw []byte) (string, error) {
	dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(raw)
	if err != nil || bytes.Contains(out, []byte("\ufffd")) {
		return "", fmt.Errorf("%w: invalid UTF-16", ErrEncoding)
	}
	return string(out), nil
}

// looksUTF16 reports UTF-16 without a byte-order mark: in the first 8 KiB,
// NUL bytes at one parity (the high bytes of ASCII characters) and almost
// none at the other, and printable characters when read so.
func looksUTF16(raw []byte) bool {
	head := raw[:min(len(raw), 8192)&^1]
	var zeros [2]int
	for i, b := range head {
		if b == 0 {
			zeros[i%2]++
		}
	}
	half := len(head) / 2
	for p, order := range []xunicode.Endianness{xunicode.BigEndian, xunicode.LittleEndian} {
		if half < 8 || zeros[p]*20 < half || zeros[1-p]*100 > half {
			continue
		}
		out, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(head)
		return err == nil && printable(string(out))
	}
	return false
}

// printable reports text whose runes are at least 95 % printable or spaces.
func printable(s string) bool {
	n, ok := 0, 0
	for _, r := range s {
		n++
		if unicode.IsPrint(r) || unicode.IsSpace(r) {
			ok++
		}
	}
	return n > 0 && ok*100 >= n*95
}

// hasBinaryMagic reports a known binary signature.
func hasBinaryMagic(raw []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(raw, m) {
			return true
		}
	}
	return false
}

// isBinary reports a NUL byte or many control characters in the first
// 8 KiB.
func isBinary(raw []byte) bool {
	head := raw[:min(len(raw), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head) // over 5 %
}

// decodeGB18030 decodes GB18030 and accepts the result only if it is
// plausible Chinese text: no replacement characters, mostly printable
// characters (plausibleText) and mostly common ideographs (commonShare).
func decodeGB18030(raw []byte, t2s *region.Gazetteer) (string, bool) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil || bytes.Contains(out, []byte("\ufffd")) {
		return "", false
	}
	s := string(out)
	return s, plausibleText(s) && commonShare(s, t2s) >= minCommonShare
}

// plausibleText reports whether at least 95 % of the runes are printable
// ASCII, whitespace, common CJK ideographs (the basic block) or CJK and
// full-width punctuation.
func plausibleText(s string) bool {
	total, good := 0, 0
	for _, r := range s {
		total++
		switch {
		case r < 0x80 && (unicode.IsPrint(r) || unicode.IsSpace(r)):
			good++
		case r >= 0x4e00 && r <= 0x9fa5, r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xffef,
			r >= 0x2010 && r <= 0x206f, r == 0xb7, r >= 0x25a0 && r <= 0x25ff:
			good++
		}
	}
	return total > 0 && good*100 >= total*95
}

// minCommonShare is the share of common characters (commonShare) that
// makes GB18030 bytes Chinese. Measured with the 1000 characters of
// commonchars.txt: the seeds and every article under testdata (c3_gbk.txt
// decoded from GB18030, the Hong Kong and Taiwan stories in traditional
// characters) score 0.88 to 0.97 (a table of crop names 0.69); Korean (EUC-KR) decoded as GB18030
// scores 0.20 on a news sentence and 0.28 on the 50 most frequent Hangul
// syllables (its syllables land on GB2312's level-1 characters in
// Pinyin order, about a quarter of them common), Japanese in EUC-JP 0.18,
// Shift-JIS 0 (its kana and kanji land on GBK's rare extension rows).
const minCommonShare = 0.6

//go:generate go run ../../scripts/commonchars -out commonchars.txt
//go:embed commonchars.txt
var commonCharsTxt string

// commonChars is the set of commonchars.txt.
var commonChars = sync.OnceValue(func() map[rune]bool {
	set := map[rune]bool{}
	for _, line := range strings.Split(commonCharsTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, r := range line {
			set[r] = true
		}
	}
	return set
})

// commonShare is the share of the CJK ideographs of s, traditional ones
// simplified, that are among the 1000 most common; 1 when s has none.
func commonShare(s string, t2s *region.Gazetteer) float64 {
	set := commonChars()
	cjk, common := 0, 0
	for _, r := range s {
		if r < 0x3400 || r > 0x9fff {
			continue
		}
		cjk++
		if set[r] || set[[]rune(t2s.Simplify(string(r)))[0]] {
			common++
		}
	}
	if cjk == 0 {
		return 1
	}
	return float64(common) / float64(cjk)
}

// encodingError says why raw is not text in a supported encoding: a bad
// byte in what is otherwise UTF-8, or the encoding it looks like.
func encodingError(raw []byte, t2s *region.Gazetteer) error {
	if mostlyUTF8(raw) {
		return fmt.Errorf("%w: %s", ErrEncoding, badUTF8(raw, 0))
	}
	if name := guessEncoding(raw, t2s); name != "" {
		return fmt.Errorf("%w: looks like %s", ErrEncoding, name)
	}
	return ErrEncoding
}

// mostlyUTF8 reports bytes that are UTF-8 but for a few bad bytes: at
// least ten valid multi-byte characters for each bad byte.
func mostlyUTF8(raw []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			bad++
		case n > 1:
			multi++
		}
		i += n
	}
	return multi > 0 && bad*10 <= multi
}

// badUTF8 describes the first invalid UTF-8 byte of raw at or after from:
// its offset in the file and its line.
func badUTF8(raw []byte, from int) string {
	i := from
	for i < len(raw) {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	line := 1 + bytes.Count(raw[:i], []byte("\n"))
	return fmt.Sprintf("invalid UTF-8 at byte %d (line %d)", i, line)
}

// candidate is an encoding a file may be in, and whether its decoded text
// reads as that language (and, for Chinese, is mostly common characters).
type candidate struct {
	name   string
	enc    encoding.Encoding
	reads  func(s string) bool
	common bool // commonShare must reach minCommonShare too
}

var candidates = []candidate{
	{"Shift-JIS (Japanese)", japanese.ShiftJIS, readsJapanese, false},
	{"EUC-JP (Japanese)", japanese.EUCJP, readsJapanese, false},
	{"EUC-KR (Korean)", korean.EUCKR, readsKorean, false},
	{"Big5 (traditional Chinese)", traditionalchinese.Big5, readsBig5, true},
	{"Windows-1252 or Latin-1 (Western European)", charmap.Windows1252, readsLatin, false},
}

// guessEncoding names the encoding raw looks like, "" if none: the first
// candidate that decodes raw without error into text of its language.
func guessEncoding(raw []byte, t2s *region.Gazetteer) string {
	for _, c := range candidates {
		out, err := c.enc.NewDecoder().Bytes(raw)
		if err != nil || bytes.Contains(out, []byte("\ufffd")) {
			continue
		}
		if s := string(out); c.reads(s) && (!c.common || commonShare(s, t2s) >= minCommonShare) {
			return c.name
		}
	}
	return ""
}

// share is the share of the non-ASCII runes of s for which in is true.
func share(s string, in func(rune) bool) float64 {
	n, yes := 0, 0
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		n++
		if in(r) {
			yes++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(yes) / float64(n)
}

// readsJapanese: kana make a fifth of the text (kanji alone could be
// Chinese).
func readsJapanese(s string) bool {
	return share(s, func(r rune) bool { return r >= 0x3041 && r <= 0x30ff }) >= 0.2
}

// readsKorean: mostly Hangul syllables.
func readsKorean(s string) bool {
	return share(s, func(r rune) bool { return r >= 0xac00 && r <= 0xd7a3 }) >= 0.5
}

// readsBig5: mostly ideographs (and mostly common ones: candidate.common).
func readsBig5(s string) bool {
	return share(s, func(r rune) bool { return r >= 0x3400 && r <= 0x9fff }) >= 0.5
}

// readsLatin: mostly accented Latin letters.
func readsLatin(s string) bool {
	return share(s, func(r rune) bool { return r >= 0xc0 && r <= 0xff && r != 0xd7 && r != 0xf7 }) >= 0.5
}

// isHTMLPage reports a whole web page saved as text: it starts (after
// blanks and an XML declaration) with <!DOCTYPE html> or <html>.
func isHTMLPage(s string) bool {
	t := strings.TrimLeft(s, " \t\n\ufeff")
	if strings.HasPrefix(t, "<?xml") {
		if i := strings.Index(t, "?>"); i >= 0 {
			t = strings.TrimLeft(t[i+2:], " \t\n")
		}
	}
	t = strings.ToLower(t[:min(len(t), 20)])
	return strings.HasPrefix(t, "<!doctype html") || strings.HasPrefix(t, "<html")
}
