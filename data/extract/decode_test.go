package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"zhibiao/data"
)

// decodeTexts are the seeds' and gold texts as the extractor reads them
// (guardTexts), and as written, with texts of invalid bytes, U+FFFD and
// traditional characters.
func decodeTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{"", "\xff", "全年\xff，增長", "\xe4\xb8", "\uFFFD", "河南省信陽市\uFFFD", "a\xe5b", "青岛市\xff即墨区，即墨", "中\x80", "\x80\x80中", "中\xbf\xbf国", "\xf0\x9f\x98\x80增", "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf"}
	for _, a := range seedExtractors(t) {
		texts = append(texts, a.a.Text)
	}
	return append(texts, guardTexts(t)...)
}

// TestDecodeText checks decodeText, the extractor's one decoding of a
// story, against []rune and runeText.
func TestDecodeText(t *testing.T) {
	for _, s := range decodeTexts(t) {
		wantNs, wantOff := runeText(s)
		rs, ns, off := decodeText(s, true)
		if !slices.Equal(rs, []rune(s)) || ns != wantNs || !slices.Equal(off, wantOff) {
			t.Errorf("decodeText(%q…): runes, text or offsets differ from []rune and runeText", s[:min(len(s), 30)])
		}
		if rs, ns, off := decodeText(s, false); rs != nil || ns != wantNs || !slices.Equal(off, wantOff) {
			t.Errorf("decodeText(%q…, false): text or offsets differ from runeText, or runes given", s[:min(len(s), 30)])
		}
	}
}

// TestSentencesOf checks sentencesOf, which turns the sentences' byte
// offsets into rune offsets with the decoded ones, against data.Sentences.
func TestSentencesOf(t *testing.T) {
	n := 0
	for _, s := range append(decodeTexts(t), "一。\xff二。", "a.\nB。", "“好。”他说；\n\n末") {
		_, ns, off := decodeText(s, false)
		got, want := sentencesOf(s, ns, off), data.Sentences(s)
		if !slices.Equal(got, want) {
			t.Errorf("sentencesOf(%q…) = %v, data.Sentences %v", s[:min(len(s), 30)], got, want)
		}
		n += len(want)
	}
	if n == 0 {
		t.Error("no sentence: the check is empty")
	}
}

// TestFindRegions checks findRegions, which finds a story's regions from
// its decoded runes, against places.Find of the text.
func TestFindRegions(t *testing.T) {
	found := 0
	for _, s := range decodeTexts(t) {
		rs, ns, off := decodeText(s, true)
		got, want := findRegions(places, s, ns, rs, off), places.Find(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findRegions(%q…) = %+v, Find %+v", s[:min(len(s), 30)], got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Error("no region found: the check is empty")
	}
}

// TestScopeLevelRunes checks scopeLevelRunes, the guard before
// strings.ContainsRune(scopeLevels, r) in scopesFrom, on every rune: a rune
// it rules out is not in scopeLevels.
func TestScopeLevelRunes(t *testing.T) {
	in := 0
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		contains := strings.ContainsRune(scopeLevels, r)
		if contains && !scopeLevelRunes.has(r) {
			t.Fatalf("scopeLevelRunes rules out %q, which is in scopeLevels", r)
		}
		if contains {
			in++
		}
	}
	if in != utf8.RuneCountInString(scopeLevels) {
		t.Errorf("%d runes in scopeLevels found, want %d", in, utf8.RuneCountInString(scopeLevels))
	}
}

// TestCleanPhraseEdges checks the guards of cleanPhrase's word loops: a
// phrase whose first rune is not in leadingFirst opens with none of
// leadingWords, one whose last is not in trailingLast ends with none of
// trailingWords. On every clause of the seeds and gold texts, each of
// its prefixes and suffixes of up to 12 runes, and each word before and
// after a measure.
func TestCleanPhraseEdges(t *testing.T) {
	phrases := []string{"", "\xff", "与\xff", "\xe4\xb8"}
	for _, w := range append(slices.Clone(leadingWords), trailingWords...) {
		phrases = append(phrases, w+"全市生产总值", "全市生产总值"+w, w)
	}
	for _, s := range underRace(guardTexts(t), 8) {
		for _, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，,。；;：:\n", r) }) {
			rs := []rune(c)
			for i := 0; i <= min(len(rs), 12); i++ {
				phrases = append(phrases, string(rs[i:]), string(rs[:len(rs)-i]))
			}
		}
	}
	lead, trail := 0, 0
	for _, p := range phrases {
		first, _ := utf8.DecodeRuneInString(p)
		last, _ := utf8.DecodeLastRuneInString(p)
		for _, w := range leadingWords {
			if strings.HasPrefix(p, w) {
				lead++
				if !leadingFirst.has(first) {
					t.Fatalf("%q opens with %q, leadingFirst has not %q", p, w, first)
				}
			}
		}
		for _, w := range trailingWords {
			if strings.HasSuffix(p, w) {
				trail++
				if !trailingLast.has(last) {
					t.Fatalf("%q ends with %q, trailingLast has not %q", p, w, last)
				}
			}
		}
	}
	if lead < len(leadingWords) || trail < len(trailingWords) {
		t.Errorf("the check is thin: %d phrases open with a leading word, %d end with a trailing one", lead, trail)
	}
	t.Logf("%d phrases, %d open with a leading word, %d end with a trailing one", len(phrases), lead, trail)
}
