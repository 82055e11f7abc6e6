package extract

import "testing"

// Taiwan's cities are regions of their own under 台湾省; a byline's place
// (記者X／台北報導) names none, nor does a ranking's list before a national
// average (新北、高雄、台中排前三，每戶平均人口2.37人).
func TestTaiwanCities(t *testing.T) {
	as := parseOne(t, "tw.txt", "內政部公布人口統計\n\n〔記者王小明／台北報導〕截至11月底，全國總戶數984萬4924戶，新北、高雄、台中排前三，每戶平均人口2.37人。以新北市178萬5288戶最多；其次為高雄市120萬9536戶；第三名則為臺中市，116萬6826戶。\n")
	inds := Extract(as[0])
	for raw, want := range map[string]string{"984萬4924戶": "台湾省", "2.37人": "", "178萬5288戶": "新北市", "120萬9536戶": "高雄市", "116萬6826戶": "台中市"} {
		got := find(inds, raw)
		if len(got) != 1 || want != "" && got[0].Region != want || len(got[0].Regions) > 0 {
			t.Errorf("%s: got %+v, want region %q and no list", raw, got, want)
		}
	}
}
