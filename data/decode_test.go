package data

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
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
