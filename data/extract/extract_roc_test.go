package extract

import "testing"

// TestRepublicYears checks a Taiwan release that counts years of the
// Republic (102年3月 is March 2013): its figures are dated by them, and
// their offsets still point at the figures in the story's own text.
func TestRepublicYears(t *testing.T) {
	a := story("", "3月工業生產指數年減3.28%\n\n102年3月工業生產指數131.16,較上月增加23.79%。\n\n與上季比較,102年第1季工業生產指數123.22,較上季減少6.10%。(資料來源:經濟部4/23)")
	a.Date, a.Year = "2023-02-08", 2023
	inds := Extract(a)
	rs := []rune(a.Text)
	for raw, want := range map[string][2]string{"131.16": {"2013-03-01", "2013-03-31"}, "23.79%": {"2013-03-01", "2013-03-31"}, "123.22": {"2013-01-01", "2013-03-31"}, "6.10%": {"2013-01-01", "2013-03-31"}} {
		got := find(inds, raw)
		if len(got) != 1 || got[0].PeriodStart != want[0] || got[0].PeriodEnd != want[1] || got[0].Region != taiwan {
			t.Errorf("%s: got %+v, want %s..%s in Taiwan", raw, got, want[0], want[1])
			continue
		}
		if s := string(rs[got[0].Start:got[0].End]); s != raw {
			t.Errorf("%s: offsets %d..%d hold %q", raw, got[0].Start, got[0].End, s)
		}
	}
}

// TestRepublicYearsOnlyInTaiwan checks that a mainland story's 100年 (a
// century) and a number of years are left as they are.
func TestRepublicYearsOnlyInTaiwan(t *testing.T) {
	if s, m := rocYears("建党100年来，全市地区生产总值增长5%"); m != nil || s != "建党100年来，全市地区生产总值增长5%" {
		t.Errorf("rocYears changed %q", s)
	}
	if s, m := rocYears("114年前2月出口增加10.88%"); m == nil || s != "2025年前2月出口增加10.88%" || len(m) != len([]rune(s))+1 || m[len(m)-1] != len([]rune("114年前2月出口增加10.88%")) {
		t.Errorf("rocYears = %q, %v", s, m)
	}
	a := story("绍兴市", "100年3月，全市地区生产总值增长5%。")
	if inds := Extract(a); len(inds) != 1 || inds[0].PeriodStart == "2011-03-01" {
		t.Errorf("a mainland story's 100年3月 read as a year of the Republic: %+v", inds)
	}
}
