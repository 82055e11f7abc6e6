package data

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
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
)

// binaryMagic are signatures of common binary formats met in article
// folders.
var binaryMagic = [][]byte{
	[]byte("%PDF"), []byte("PK\x03\x04"), []byte("\x89PNG"), []byte("\xff\xd8\xff"),
	[]byte("GIF8"), []byte("\xd0\xcf\x11\xe0"), []byte("\x7fELF"),
}

// Decode turns raw file bytes into text: UTF-8 with or without BOM, UTF-16
// with BOM, or GB18030 (which covers GBK and GB2312), with CRLF and CR line
// ends turned into LF and stray byte-order marks removed.
func Decode(raw []byte) (string, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", ErrEmpty
	}
	s, err := decodeBytes(raw)
	if err != nil {
		return "", err
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\ufeff", "")
	if strings.TrimSpace(s) == "" {
		return "", ErrEmpty
	}
	return s, nil
}

func decodeBytes(raw []byte) (string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		if !utf8.Valid(raw[3:]) {
			return "", fmt.Errorf("%w: UTF-8 byte-order mark but invalid UTF-8", ErrEncoding)
		}
		return string(raw[3:]), nil
	case bytes.HasPrefix(raw, []byte("\xff\xfe")), bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return decodeUTF16(raw)
	}
	if isBinary(raw) {
		return "", ErrBinary
	}
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	return decodeGB18030(raw)
}

func decodeUTF16(raw []byte) (string, error) {
	dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(raw)
	if err != nil || bytes.Contains(out, []byte("\ufffd")) {
		return "", fmt.Errorf("%w: invalid UTF-16", ErrEncoding)
	}
	return string(out), nil
}

// isBinary reports a known binary signature, a NUL byte or many control
// characters in the first 8 KiB.
func isBinary(raw []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(raw, m) {
			return true
		}
	}
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

// decodeGB18030 decodes GB18030 and rejects the result unless it is
// plausible Chinese text: no replacement characters and mostly common
// characters (random bytes decode to rare ideographs and symbols).
func decodeGB18030(raw []byte) (string, error) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil || bytes.Contains(out, []byte("\ufffd")) {
		return "", ErrEncoding
	}
	s := string(out)
	if !plausibleText(s) {
		return "", ErrEncoding
	}
	return s, nil
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
