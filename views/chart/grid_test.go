package chart

import (
	"fmt"
	"testing"
)

// TestGridTextStaysLegible: the overview grid of twelve indicators in the
// chart area of a 1000×700 window (about 790×370 pixels) drew its values in
// 7 px and its periods in 6 px text; every text is now at least 8 px
// (rows that do not fit are left out with a note), and the same grid at
// FYNE_SCALE=1.5 is at least 12 px.
func TestGridTextStaysLegible(t *testing.T) {
	spec := Spec{Kind: Grid, Title: "可比较的指标：12 项指标有两个以上地区的数字", Subtitle: "每格为该地区的一处数字", Source: "来源：青岛日报 2023",
		Labels: []string{"即墨区", "西海岸新区", "崂山区", "李沧区", "青岛市"}}
	for i := range 12 {
		ser := Series{Name: fmt.Sprintf("指标%d", i), Values: []float64{1, 2, 3, 4, 5}, Notes: []string{"2020年上半年", "截至2020年7月29日", "2020年", "2020年", "2020年"}}
		spec.Series = append(spec.Series, ser)
	}
	for _, zoom := range []float64{1, 1.5} {
		s := spec
		s.Width, s.Height, s.Scale = int(790*zoom), int(370*zoom), zoom
		l := testLayout(t, s)
		for _, tx := range l.texts {
			if tx.size < 8*zoom {
				t.Errorf("scale %v: %q drawn at %.1f px, want at least %.0f", zoom, tx.text, tx.size, 8*zoom)
			}
		}
	}
}
