package numparse

import "testing"

func TestEnglishPercentWords(t *testing.T) {
	tests := []struct {
		in     string
		text   string
		points bool
	}{
		{"grew by 3.2 percent year-on-year", "3.2 percent", false},
		{"up 1.5 percentage points from", "1.5 percentage points", true},
		{"rose 0.4 per cent", "0.4 per cent", false},
	}
	for _, tt := range tests {
		ns := Scan(tt.in)
		if len(ns) != 1 || ns[0].Text != tt.text || ns[0].Kind != KindPercent || ns[0].Points != tt.points {
			t.Errorf("Scan(%q) = %+v, want %q percent (points %v)", tt.in, ns, tt.text, tt.points)
		}
	}
	if ns := Scan("3 percentile"); len(ns) == 1 && ns[0].Kind == KindPercent {
		t.Errorf("3 percentile read as a percent")
	}
}
