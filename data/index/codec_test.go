package index

import (
	"math"
	"reflect"
	"testing"

	"zhibiao/data"
)

func TestFiguresRoundTrip(t *testing.T) {
	in := []data.Indicator{
		{Date: "2021-03-04", Region: "即墨区", Theme: "稳就业", Indicator: "新增就业", Metric: "新增城乡就业",
			Value: 34000, Unit: "人", Raw: "3.4万人", Qualifier: "余", Period: "2021年上半年", Sentence: "即墨区新增城乡就业3.4万余人。",
			Start: 5, End: 11, PeriodStart: "2021-01-01", PeriodEnd: "2021-06-30", PeriodKind: "half", Status: "result", Regions: []string{}},
		{Value: -6.8, Unit: "%", Sentence: "即墨区新增城乡就业3.4万余人。", Target: true, Status: "target", Regions: []string{"甲县", "乙县"}},
		{Value: math.MaxFloat64, Start: 1 << 40, Regions: []string{}},
	}
	var out []data.Indicator
	dc := decoder{in: interner{}}
	if err := dc.decode(encodeFigures(in), func(d *data.Indicator) error { out = append(out, *d); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip:\n%+v\nwant\n%+v", out, in)
	}
}

// TestDamagedFiguresRecord: every cut of a record is an error or fewer
// figures, never a panic, and the error says the index is damaged.
func TestDamagedFiguresRecord(t *testing.T) {
	rec := encodeFigures([]data.Indicator{{Region: "即墨区", Sentence: "句子", Regions: []string{"甲"}}, {Raw: "1个"}})
	for n := range len(rec) {
		dc := decoder{in: interner{}}
		figures := 0
		err := dc.decode(rec[:n], func(*data.Indicator) error { figures++; return nil })
		if n > 1 && err == nil && figures != 1 { // a cut between the two figures is a record of one
			t.Errorf("record cut at %d of %d read without error", n, len(rec))
		}
		if err != nil && !Damaged(err) {
			t.Errorf("cut at %d: %v is not seen as damage", n, err)
		}
	}
}
