package chartset

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"zhibiao/data/keywords"
	"zhibiao/views/chart"
)

// KeywordBars is how many words a region's keyword chart shows. The GUI and
// `zhibiao export` both rank this many keywords per region
// (keywords.Compute) and draw them with KeywordSpec, so the same
// request gives the same chart.
const KeywordBars = 15

// keywordSubtitle says what a keyword chart's bars are.
const keywordSubtitle = "比其他地区用得多的词：柱长为加权对数几率的 z 值（Monroe 等 2008）；数字为 z 值 · 本地区次数 / 其他地区次数"

// KeywordSpec is the keyword chart of one region: a horizontal bar per
// word, its length the word's z-score against the other regions (the most
// distinctive first, at most KeywordBars), labelled with the z-score and
// how often the region and the rest of the corpus use the word. Bar i is
// words[i], so a tapped bar names its word.
func KeywordSpec(region string, words []keywords.WordScore, dark bool) chart.Spec {
	words = words[:min(len(words), KeywordBars)]
	spec := chart.Spec{
		Kind:     chart.Horizontal,
		Dark:     dark,
		Title:    region + " " + lang.L("关键词"),
		Subtitle: lang.L(keywordSubtitle),
	}
	for _, w := range words {
		spec.Labels = append(spec.Labels, w.Word)
		spec.Values = append(spec.Values, w.Z)
		spec.ValueLabels = append(spec.ValueLabels, fmt.Sprintf("%.1f · %d / %d", w.Z, w.Count, w.Rest))
	}
	return spec
}
