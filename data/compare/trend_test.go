package compare

import (
	"testing"

	"zhibiao/data"
)

// TestClassOfSamePeriods: figures for one period written two ways (1-6月 and
// 上半年, 1-3月 and 一季度, 1-12月 and 全年) fall in one class, so a trend or
// a comparison puts them side by side.
func TestClassOfSamePeriods(t *testing.T) {
	tests := []struct {
		a, b data.Indicator
	}{
		{data.Indicator{PeriodKind: data.PeriodYTD, PeriodStart: "2024-01-01", PeriodEnd: "2024-06-30"},
			data.Indicator{PeriodKind: data.PeriodHalf, PeriodStart: "2024-01-01", PeriodEnd: "2024-06-30"}},
		{data.Indicator{PeriodKind: data.PeriodYTD, PeriodStart: "2024-01-01", PeriodEnd: "2024-03-31"},
			data.Indicator{PeriodKind: data.PeriodQuarter, PeriodStart: "2024-01-01", PeriodEnd: "2024-03-31"}},
		{data.Indicator{PeriodKind: data.PeriodYTD, PeriodStart: "2024-01-01", PeriodEnd: "2024-12-31"},
			data.Indicator{PeriodKind: data.PeriodYear, PeriodStart: "2024-01-01", PeriodEnd: "2024-12-31"}},
	}
	for _, tt := range tests {
		ca, okA := ClassOf(tt.a)
		cb, okB := ClassOf(tt.b)
		if !okA || !okB || ca != cb {
			t.Errorf("%s %s..%s in %v, %s in %v: want one class", tt.a.PeriodKind, tt.a.PeriodStart, tt.a.PeriodEnd, ca, tt.b.PeriodKind, cb)
		}
	}
	if c, _ := ClassOf(data.Indicator{PeriodKind: data.PeriodYTD, PeriodStart: "2024-01-01", PeriodEnd: "2024-05-31"}); c.Key != "ytd05" {
		t.Errorf("1-5月: class %v, want ytd05", c)
	}
}
