package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"zhibiao/data"
	"zhibiao/data/keywords"
	"zhibiao/data/segment"
	"zhibiao/views/chartset"
)

// TestKeywordBarListsTheRegionsSentences: in keyword mode the chart is the
// region's keywords, and tapping a bar lists the sentences of that region
// that contain the word; choosing one opens it.
func TestKeywordBarListsTheRegionsSentences(t *testing.T) {
	test.NewTempApp(t)
	c := seedCorpus(t)
	seg, err := segment.New(places)
	if err != nil {
		t.Fatal(err)
	}
	kw, err := keywords.Compute(context.Background(), c.Articles, seg.Cut, places, chartset.KeywordBars, nil)
	if err != nil {
		t.Fatal(err)
	}
	var opened []data.Indicator
	cmp := newTestCompare(places, func(ind data.Indicator) { opened = append(opened, ind) })
	test.NewTempWindow(t, cmp)
	cmp.SetData(c.Indicators, nil)
	cmp.SetMode(ModeKeywords)
	cmp.SetKeywords(kw.Regions, c.Articles)
	const region = "崂山区"
	cmp.SetRegions([]string{region})
	spec, _, ok := cmp.Spec()
	words := kw.Regions[region]
	if !ok || len(spec.Labels) == 0 || spec.Labels[0] != words[0].Word || spec.Values[0] != words[0].Z {
		t.Fatalf("keyword chart %v %v, want %s's keywords %v", spec.Labels, spec.Values, region, words)
	}
	for bar := range min(3, len(spec.Labels)) {
		word := spec.Labels[bar]
		cmp.TapBar(bar, 0)
		refs := cmp.Refs()
		if len(refs) == 0 {
			t.Errorf("tapping %s lists no sentences", word)
			continue
		}
		for i, ref := range refs {
			text := []rune(ref.Article.Text)
			if ref.Article.Region != region || !strings.Contains(cmp.refTexts[i], word) {
				t.Errorf("tapping %s lists %q from %s", word, cmp.refTexts[i], ref.Article.Region)
			}
			if ref.Start < 0 || ref.Start >= len(text) {
				t.Errorf("%s: reference %+v points outside its article", word, ref)
			}
		}
		if !strings.Contains(cmp.refsTitle.Text, word) {
			t.Errorf("list title %q does not name %s", cmp.refsTitle.Text, word)
		}
	}
	cmp.refsList.Select(0)
	if len(opened) != 1 || opened[0].Article == nil || opened[0].Article.Region != region {
		t.Errorf("choosing a sentence opened %v", opened)
	}
	// Back in indicator mode, the list shows figures again.
	cmp.SetMode(ModeIndicator)
	cmp.TapBar(0, 0)
	if len(cmp.refTexts) != 0 {
		t.Errorf("indicator mode still lists keyword sentences")
	}
}
