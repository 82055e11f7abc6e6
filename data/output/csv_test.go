package output

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"zhibiao/data"
)

func TestWriteCSVRoundTrip(t *testing.T) {
	inds := []data.Indicator{
		{File: "a.txt", Story: "即墨区, \"六稳\"", Region: "即墨区", Metric: "新增城乡就业", Value: 34000, Unit: "人", Raw: "3.4万人",
			Sentence: "即墨区上半年新增城乡就业3.4万人,\n提前完成", Start: 12, End: 17},
		{File: "b.txt", Value: 8.1e8, Unit: "元", Qualifier: "余", Target: true},
	}
	for _, bom := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, inds, bom); err != nil {
			t.Fatal(err)
		}
		text := buf.String()
		if got := strings.HasPrefix(text, "\ufeff"); got != bom {
			t.Errorf("bom=%v: file starts with BOM = %v", bom, got)
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatalf("bom=%v: csv does not parse back: %v", bom, err)
		}
		if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
			t.Fatalf("bom=%v: rows %q", bom, rows)
		}
		want := map[string]string{"story": inds[0].Story, "value": "34000", "sentence": inds[0].Sentence, "start": "12", "target": "false"}
		for i, h := range CSVHeader {
			if w, ok := want[h]; ok && rows[1][i] != w {
				t.Errorf("bom=%v: %s = %q, want %q", bom, h, rows[1][i], w)
			}
		}
		if rows[2][8] != "810000000" || rows[2][11] != "余" || rows[2][16] != "true" {
			t.Errorf("bom=%v: second row %q", bom, rows[2])
		}
	}
}
