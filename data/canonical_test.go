package data

import "testing"

func TestCanonicalIndicatorsInTableOrder(t *testing.T) {
	names := CanonicalIndicators()
	seen := map[string]bool{}
	pos := map[string]int{}
	for i, n := range names {
		if seen[n] {
			t.Errorf("%s listed twice", n)
		}
		seen[n], pos[n] = true, i
	}
	if len(names) < 30 || !seen["新增就业"] || !seen["减税降费"] {
		t.Fatalf("canonical indicators %v", names)
	}
	if pos["新增就业"] > pos["贷款发放"] {
		t.Error("employment indicators should come before lending (table order)")
	}
}
