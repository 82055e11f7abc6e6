package views

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"zhibiao/data/corpus"
	"zhibiao/views/chartset"
)

// TestCompareDerivedChoice: 人均 and 占上级比重 draw the chart service's
// derived values, say why a region has none, and refuse, in words, an
// indicator that is no level.
func TestCompareDerivedChoice(t *testing.T) {
	test.NewTempApp(t)
	c, err := corpus.New(places).Open(context.Background(), "chartset/testdata/percapita", nil)
	if err != nil {
		t.Fatal(err)
	}
	cmp := newTestCompare(places, nil)
	test.NewTempWindow(t, cmp)
	cmp.SetData(c.Indicators, nil)
	cmp.SelectIndicator("地区生产总值")
	cmp.SetPer(chartset.PerCapita)
	spec, _, ok := cmp.Spec()
	if !ok || !strings.HasPrefix(spec.Title, "人均地区生产总值（元/人）") || !strings.Contains(spec.Note, "无人口数字") {
		t.Fatalf("per capita: title %q, note %q, shown %v", spec.Title, spec.Note, ok)
	}
	for i, rv := range cmp.RegionValues() {
		if (rv.Denom != nil) != (spec.ValueLabels[i] != "无人口数字") {
			t.Errorf("%s: denominator %+v but label %q", rv.Region, rv.Denom, spec.ValueLabels[i])
		}
	}
	cmp.SetPer(chartset.PerShare)
	if spec, _, _ = cmp.Spec(); !strings.Contains(spec.Title, "占上级地区比重") {
		t.Errorf("share: title %q", spec.Title)
	}
	cmp.SelectIndicator("地区生产总值增速")
	if _, _, ok := cmp.Spec(); ok || !strings.Contains(cmp.chart.msg, "总量指标") {
		t.Errorf("share of a growth rate: shown %v, message %q", ok, cmp.chart.msg)
	}
}
