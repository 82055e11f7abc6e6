package chart

import (
	"fmt"
	"strings"
	"testing"
)

// TestGridTextStaysLegible: the overview grid of twelve indicators in the
// chart area of a 1000×700 window (about 790×370 pixels) drew its values in
// 7 px and its periods in 6 px text, and ten regions at 1600×1000 their
// values in 7.5 px; values, names and headers are now at least 8.5 px and
// periods 7.5 px (rows that do not fit are left out with a note; periods
// that do not fit, to the tooltip), and 1.5 times that at FYNE_SCALE=1.5.
func TestGridTextStaysLegible(t *testing.T) {
	spec := Spec{Kind: Grid, Title: "可比较的指标：12 项指标有两个以上地区的数字", Subtitle: "每格为该地区的一处数字", Source: "来源：青岛日报 2023",
		Labels: []string{"即墨区", "西海岸新区", "崂山区", "李沧区", "青岛市"}}
	for i := range 12 {
		ser := Series{Name: fmt.Sprintf("指标%d", i), Values: []float64{1, 2, 3, 4, 5}, Notes: []string{"2020年上半年", "截至2020年7月29日", "2020年", "2020年", "2020年"}}
		spec.Series = append(spec.Series, ser)
	}
	wide := spec // ten regions of long figures in the 1600×1000 window's chart
	wide.Labels = []string{"交城县", "洪洞县", "兴文县", "晋中市", "海南省", "江津区", "全国", "安阳市", "平顶山市", "郑州市"}
	wide.Series = nil
	for i := range 12 {
		ser := Series{Name: fmt.Sprintf("服务业增加值%d", i)}
		for range wide.Labels {
			ser.Values = append(ser.Values, 1e10)
			ser.Texts = append(ser.Texts, "over 10 billion 元 (estimate)")
			ser.Notes = append(ser.Notes, "2025年上半年")
		}
		wide.Series = append(wide.Series, ser)
	}
	for _, c := range []struct {
		spec Spec
		w, h float64
		zoom float64
	}{{spec, 790, 370, 1}, {spec, 790, 370, 1.5}, {wide, 1100, 430, 1}, {wide, 1100, 430, 1.5}} {
		zoom, s := c.zoom, c.spec
		s.Width, s.Height, s.Scale = int(c.w*zoom), int(c.h*zoom), zoom
		l := testLayout(t, s)
		for _, tx := range l.texts {
			least := 8.5 * zoom // values, names, headers, notes
			if strings.Contains(tx.text, "年") {
				least = 7.5 * zoom // a cell's period
			}
			if tx.size < least {
				t.Errorf("scale %v: %q drawn at %.1f px, want at least %.1f", zoom, tx.text, tx.size, least)
			}
		}
	}
}
