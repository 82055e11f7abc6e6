package load

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
	"zhibiao/data/region"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("青岛市即墨区新增就业3.4万人。\n")
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String("大连市\r\n稳外贸")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		raw  string
		want string
		err  error
	}{
		{"utf8", "即墨区\n稳就业", "即墨区\n稳就业", nil},
		{"bom crlf", "\xef\xbb\xbf即墨区\r\n稳就业\r\n", "即墨区\n稳就业\n", nil},
		{"cr only", "即墨区\r稳就业", "即墨区\n稳就业", nil},
		{"gbk", gbk, "青岛市即墨区新增就业3.4万人。\n", nil},
		{"utf16 bom", utf16, "大连市\n稳外贸", nil},
		{"empty", "", "", ErrEmpty},
		{"only spaces", " \r\n\t\n", "", ErrEmpty},
		{"bom only", "\xef\xbb\xbf\r\n", "", ErrEmpty},
		{"nul bytes", "abc\x00\x00def", "", ErrBinary},
		{"png", "\x89PNG\r\n\x1a\nxxxx", "", ErrBinary},
		{"pdf", "%PDF-1.7\n...", "", ErrBinary},
		{"invalid everywhere", "\xff\xfe\xff\xfe\xff", "", ErrEncoding}, // UTF-16 BOM, odd length, invalid
		{"random high bytes", "\x80\xff\x80\xff\x80\xff\x80\xff", "", ErrEncoding},
		{"bom then invalid", "\xef\xbb\xbf\xff\xff", "", ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.raw))
			if !errors.Is(err, tt.err) {
				t.Fatalf("Decode error = %v, want %v", err, tt.err)
			}
			if got != tt.want {
				t.Errorf("Decode = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEncodingsLoadAlike checks that GB18030 and BOM+CRLF copies of a UTF-8
// fixture parse into the same Articles as the original.
func TestEncodingsLoadAlike(t *testing.T) {
	orig, err := os.ReadFile("testdata/corpus/page.txt")
	if err != nil {
		t.Fatal(err)
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(orig)
	if err != nil {
		t.Fatal(err)
	}
	bomCRLF := append([]byte("\xef\xbb\xbf"), bytes.ReplaceAll(orig, []byte("\n"), []byte("\r\n"))...)
	want, err := ParseFile("page.txt", orig)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 2 {
		t.Fatalf("fixture parsed into %d stories, want at least 2", len(want))
	}
	for name, raw := range map[string][]byte{"gb18030": gb, "bom+crlf": bomCRLF} {
		if bytes.Equal(raw, orig) {
			t.Fatalf("%s: encoded copy equals the original", name)
		}
		got, err := ParseFile("page.txt", raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: articles differ from the UTF-8 original:\n got %+v\nwant %+v", name, got[0], want[0])
		}
	}
}

func TestParseFileTooLarge(t *testing.T) {
	p := *defaultParser()
	p.maxSize = 10
	_, err := p.parse("big.txt", []byte(strings.Repeat("大", 10)))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "limit") {
		t.Errorf("message %q does not name the limit", err)
	}
}

// Sentences in other languages, written for these tests.
const (
	japaneseText = "日本銀行は本日、金融政策決定会合において、短期金利の誘導目標を据え置くことを決定した。" +
		"消費者物価指数は前年同月比で2.5%上昇し、東京都の有効求人倍率は1.3倍となった。\n"
	koreanText = "한국은행은 오늘 기준금리를 연 3.5%로 동결했다. 올해 경제성장률은 2.1%로 전망되며 " +
		"수출은 전년 대비 5% 증가했다. 서울시의 고용률은 62%를 기록했다.\n"
	frenchText = "La croissance économique de la région a été de 3,5 % au premier semestre; " +
		"l'emploi a progressé à Lyon, à Genève et à Besançon.\n"
	traditionalText = "臺灣地區生產總值增長百分之三點五，就業人數達到一千萬人。經濟發展穩中向好，出口較上年增長兩成。\n"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecodeRejectsOtherEncodings: Shift-JIS and EUC-KR files decoded
// "successfully" as GB18030 into garbage that yielded indicators (issue
// 11). Each is now an encoding problem naming what the bytes look like.
func TestDecodeRejectsOtherEncodings(t *testing.T) {
	for _, tt := range []struct {
		enc  encoding.Encoding
		text string
		want string
	}{
		{japanese.ShiftJIS, japaneseText, "Shift-JIS (Japanese)"},
		{japanese.EUCJP, japaneseText, "EUC-JP (Japanese)"},
		{korean.EUCKR, koreanText, "EUC-KR (Korean)"},
		{traditionalchinese.Big5, traditionalText, "Big5 (traditional Chinese)"},
		{charmap.Windows1252, frenchText, "Windows-1252 or Latin-1"},
	} {
		raw := encode(t, tt.enc, tt.text)
		got, err := Decode(raw)
		if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "looks like "+tt.want) {
			t.Errorf("%s: Decode = %.20q, %v; want ErrEncoding naming %s", tt.want, got, err, tt.want)
		}
	}
}

// TestDecodeKeepsChinese: GB18030 Chinese, simplified or traditional, and
// every seed re-encoded in GB18030 still decode.
func TestDecodeKeepsChinese(t *testing.T) {
	gbk, err := os.ReadFile("../extract/testdata/gold/blind3/c3_gbk.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string][]byte{
		"c3_gbk.txt":          gbk,
		"traditional gb18030": encode(t, simplifiedchinese.GB18030, traditionalText),
	}
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[p] = encode(t, simplifiedchinese.GB18030, string(b))
	}
	for name, raw := range texts {
		if _, err := Decode(raw); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestCommonShareSeparatesChinese documents the measurements behind
// minCommonShare: real Chinese scores high, other languages decoded as
// GB18030 low.
func TestCommonShareSeparatesChinese(t *testing.T) {
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	more, err := filepath.Glob("../extract/testdata/gold/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	lowest := 1.0
	for _, p := range append(files, more...) {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Decode(raw)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		lowest = min(lowest, commonShare(s, region.Default()))
	}
	// a page on kiwifruit (猕猴桃) comes to 0.77, a yearbook's table of
	// grain by sort (稻谷, 薯类, 蚕豆 …, blind97 g5) to 0.69: a table of
	// crop names is the lowest real Chinese met, still far above the 0.28
	// of Korean read as GB18030
	if lowest < minCommonShare+0.05 {
		t.Errorf("lowest share of common characters in real articles %.2f, too close to %.2f", lowest, minCommonShare)
	}
	for name, raw := range map[string][]byte{
		"EUC-KR": encode(t, korean.EUCKR, koreanText), "EUC-JP": encode(t, japanese.EUCJP, japaneseText),
		"Shift-JIS": encode(t, japanese.ShiftJIS, japaneseText),
	} {
		s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := commonShare(string(s), region.Default()); got > minCommonShare-0.2 {
			t.Errorf("%s decoded as GB18030: share %.2f, too close to %.2f", name, got, minCommonShare)
		}
	}
	t.Logf("lowest share in real articles: %.2f", lowest)
}

// TestDecodeBadByteOffset: one bad byte rejected a whole UTF-8 file with no
// position (issue 11).
func TestDecodeBadByteOffset(t *testing.T) {
	raw := []byte("青岛市即墨区\n新增就业3.4万人\n即墨区稳就业。\xff即墨区\n")
	_, err := Decode(raw)
	want := fmt.Sprintf("invalid UTF-8 at byte %d (line 3)", bytes.IndexByte(raw, 0xff))
	if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), want) {
		t.Errorf("Decode = %v, want ErrEncoding: %s", err, want)
	}
	_, err = Decode(append([]byte("\xef\xbb\xbf即墨区"), 0xc0, 'x'))
	if err == nil || !strings.Contains(err.Error(), "invalid UTF-8 at byte 12 (line 1)") {
		t.Errorf("with BOM: %v", err)
	}
}

func TestDecodeUTF16WithoutBOMAndHTML(t *testing.T) {
	le := encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "Qingdao 2020: GDP +3.7%\n青岛市\n")
	if _, err := Decode(le); !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "UTF-16 without a byte-order mark") {
		t.Errorf("UTF-16LE without BOM: %v", err)
	}
	for _, page := range []string{
		"<!DOCTYPE html>\n<html><head><title>青岛</title></head><body><p>青岛市新增就业3.4万人</p></body></html>\n",
		"\n  <?xml version=\"1.0\"?>\n<HTML><body>即墨区</body></HTML>",
	} {
		if _, err := Decode([]byte(page)); !errors.Is(err, ErrHTML) {
			t.Errorf("%.30q: %v, want ErrHTML", page, err)
		}
	}
	if _, err := Decode([]byte("即墨区<p>新增就业</p>3.4万人\n")); err != nil {
		t.Errorf("text with a few tags: %v", err)
	}
}

// FuzzDecode: any bytes decode into clean text (valid UTF-8, LF line ends,
// no byte-order mark, not blank) or fail with one of the load reasons.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{goodArticle, "\xef\xbb\xbf即墨区\r\n", "\xff\xfe\x00\x00", "\x80\xff", "<html>", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := Decode(raw)
		if err != nil {
			if s != "" {
				t.Fatalf("text %q with error %v", s, err)
			}
			for _, k := range []error{ErrEmpty, ErrBinary, ErrEncoding, ErrHTML} {
				if errors.Is(err, k) {
					return
				}
			}
			t.Fatalf("error %v is no load reason", err)
		}
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\ufeff") || strings.TrimSpace(s) == "" {
			t.Fatalf("Decode(%q) = %q: not clean text", raw, s)
		}
	})
}
