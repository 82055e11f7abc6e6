package chartset

import (
	"fmt"
	"strings"
	"testing"

	"zhibiao/data/keywords"
	"zhibiao/views/chart"
)

func TestKeywordSpecShowsScoreAndCounts(t *testing.T) {
	var words []keywords.WordScore
	for i := range KeywordBars + 5 {
		words = append(words, keywords.WordScore{Word: fmt.Sprintf("词%d", i), Z: 5 - float64(i)/5, Count: 20 - i, Rest: i})
	}
	spec := KeywordSpec("即墨区", words, false)
	if spec.Kind != chart.Horizontal || !strings.Contains(spec.Title, "即墨区") {
		t.Errorf("spec %+v", spec)
	}
	if len(spec.Labels) != KeywordBars || spec.Labels[0] != "词0" || spec.Values[0] != 5 || spec.Labels[KeywordBars-1] != fmt.Sprintf("词%d", KeywordBars-1) {
		t.Fatalf("labels %v values %v: want the first %d words in order", spec.Labels, spec.Values, KeywordBars)
	}
	if got := spec.ValueLabels[1]; got != "4.8 · 19 / 1" {
		t.Errorf("bar label %q, want z · count here / count elsewhere", got)
	}
	svg, err := chart.Render(spec, chart.SVG)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"词0", "5.0 · 20 / 0"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	if got := KeywordSpec("即墨区", words[:3], false); len(got.Labels) != 3 {
		t.Errorf("3 words give %d bars", len(got.Labels))
	}
}
