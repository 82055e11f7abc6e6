package assets

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"zhibiao/seeds"
)

// TestFontCoversSeeds checks that every printable rune of every seed article
// has a glyph in the bundled font, so no reader sees a box.
func TestFontCoversSeeds(t *testing.T) {
	f, err := sfnt.Parse(FontRegular)
	if err != nil {
		t.Fatalf("parse bundled font: %v", err)
	}
	var buf sfnt.Buffer
	missing := map[rune][]string{}
	checked := 0
	err = fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, path)
		if err != nil {
			return err
		}
		for _, r := range string(b) {
			if !unicode.IsPrint(r) || unicode.IsSpace(r) || r == unicode.ReplacementChar {
				continue
			}
			checked++
			gi, err := f.GlyphIndex(&buf, r)
			if err != nil {
				return err
			}
			if gi == 0 {
				missing[r] = append(missing[r], path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk seeds: %v", err)
	}
	if checked < 10000 {
		t.Fatalf("checked only %d runes; are the seeds embedded?", checked)
	}
	if len(missing) > 0 {
		var sb strings.Builder
		for r, files := range missing {
			sb.WriteString(string(r) + " in " + files[0] + "; ")
		}
		t.Errorf("%d runes have no glyph in %s: %s", len(missing), FontName, sb.String())
	}
}

// TestFontHasLatinAndCJK guards against swapping in a CJK-only font such as
// DroidSansFallback, whose missing digits show as boxes in charts.
func TestFontHasLatinAndCJK(t *testing.T) {
	f, err := sfnt.Parse(FontRegular)
	if err != nil {
		t.Fatalf("parse bundled font: %v", err)
	}
	var buf sfnt.Buffer
	for _, r := range "0123456789.%,-AZaz指标看板即墨區万亿" {
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			t.Errorf("no glyph for %q (err %v)", r, err)
		}
	}
}
