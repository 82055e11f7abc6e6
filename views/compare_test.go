package views

import (
	"context"
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"zhibiao/data"
	"zhibiao/data/compare"
	"zhibiao/data/corpus"
	"zhibiao/views/chart"
)

func seedCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.New(places).Open(context.Background(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCompareChartMatchesDataLayer: picking an indicator and regions draws
// exactly compare.RegionValues, and tapping a bar lists its sentences.
func TestCompareChartMatchesDataLayer(t *testing.T) {
	test.NewTempApp(t)
	c := seedCorpus(t)
	var opened []data.Indicator
	cmp := newTestCompare(places, func(ind data.Indicator) { opened = append(opened, ind) })
	test.NewTempWindow(t, cmp)
	cmp.SetData(c.Indicators, nil)
	const ind = "新增就业"
	regions := []string{"即墨区", "西海岸新区"}
	cmp.SelectIndicator(ind)
	for _, r := range regions {
		if !slices.Contains(cmp.regions.Options, r) {
			t.Fatalf("region %s not offered for %s (options %v)", r, ind, cmp.regions.Options)
		}
	}
	cmp.SetRegions(regions)
	spec, stem, ok := cmp.Spec()
	if !ok || stem != "对比_"+ind {
		t.Fatalf("no chart (ok %v, stem %q)", ok, stem)
	}
	if len(spec.Labels) != 2 || !slices.Contains(spec.Labels, regions[0]) || !slices.Contains(spec.Labels, regions[1]) {
		t.Fatalf("chart labels %v, want %v", spec.Labels, regions)
	}
	want := compare.RegionValues(c.Indicators, ind, spec.Labels)
	for i, rv := range want {
		if math.IsNaN(rv.Value) || spec.Values[i] != rv.Value {
			t.Errorf("%s: chart value %v, data layer %v", rv.Region, spec.Values[i], rv.Value)
		}
	}
	cmp.TapBar(1, 0)
	refs := cmp.Refs()
	if len(refs) == 0 || refs[0].Region != spec.Labels[1] || refs[0].Value != want[1].Value {
		t.Fatalf("tapping %s's bar lists %v", spec.Labels[1], refs)
	}
	cmp.refsList.Select(0)
	if len(opened) != 1 || opened[0].Sentence != refs[0].Sentence {
		t.Errorf("choosing a sentence opened %v", opened)
	}
}

func TestCompareModesNeverFailOnEmptyData(t *testing.T) {
	test.NewTempApp(t)
	cmp := newTestCompare(places, nil)
	test.NewTempWindow(t, cmp)
	cmp.SetData(nil, nil)
	for _, m := range []Mode{ModeIndicator, ModeMap, ModeThemes, ModeKeywords} {
		cmp.SetMode(m)
		cmp.TapBar(0, 0)
		if len(cmp.Refs()) != 0 {
			t.Errorf("%s: refs on empty data", m)
		}
	}
	if _, _, ok := cmp.Spec(); ok {
		t.Error("a chart spec on empty data")
	}
}

func TestCompareThemesTapListsThatThemesFigures(t *testing.T) {
	test.NewTempApp(t)
	c := seedCorpus(t)
	cmp := newTestCompare(places, nil)
	test.NewTempWindow(t, cmp)
	cmp.SetData(c.Indicators, nil)
	cmp.SetMode(ModeThemes)
	spec, _, ok := cmp.Spec()
	if !ok || spec.Kind != chart.Stacked || len(spec.Series) == 0 {
		t.Fatalf("theme chart: ok %v kind %v series %d", ok, spec.Kind, len(spec.Series))
	}
	cmp.TapBar(0, 0)
	want := int(spec.Series[0].Values[0])
	if got := len(cmp.Refs()); got != want {
		t.Errorf("tapping %s/%s lists %d figures, chart says %d", spec.Labels[0], spec.Series[0].Name, got, want)
	}
}

func TestDefaultIndicatorIsTheMostComparable(t *testing.T) {
	ind := func(name, region, file string) data.Indicator {
		return data.Indicator{Indicator: name, Region: region, File: file}
	}
	inds := []data.Indicator{
		ind("捐款", "青岛市", "a"), ind("捐款", "李沧区", "a"), ind("捐款", "李沧区", "a"),
		ind("新增就业", "即墨区", "b"), ind("新增就业", "西海岸新区", "c"),
		ind("贷款", "即墨区", "b"), ind("贷款", "即墨区", "b"), ind("贷款", "即墨区", "b"), ind("贷款", "即墨区", "b"),
	}
	if got := mostRegions(inds, compare.Indicators(inds)); got != "新增就业" {
		t.Errorf("default indicator %q, want 新增就业 (two regions from two files)", got)
	}
	// A tie on regions and files goes to the canonical table's order
	// (employment first), even against a more common indicator.
	tie := append(inds[3:5:5], ind("贷款发放", "即墨区", "b"), ind("贷款发放", "西海岸新区", "c"), ind("贷款发放", "西海岸新区", "c"))
	if got := mostRegions(tie, compare.Indicators(tie)); got != "新增就业" {
		t.Errorf("tie broken towards %q, want 新增就业 (first in the table)", got)
	}
	if got := mostRegions(nil, nil); got != "" {
		t.Errorf("no indicators: %q", got)
	}
}
