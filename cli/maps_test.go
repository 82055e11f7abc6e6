package cli

import (
	"bytes"
	"image/png"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportMapFixtures: `zhibiao export -chart map` on the map fixtures of
// testdata/maps (issue 15) writes a PNG and an SVG that show every region
// with a figure.
func TestExportMapFixtures(t *testing.T) {
	cases := []struct {
		corpus, indicator string
		want              []string // regions on the map
	}{
		{"xian", "地区生产总值增速", []string{"雁塔区", "周至县", "鄠邑区"}},
		{"fuyang", "新增就业", []string{"临泉县", "颍州区", "界首市"}},
		{"hubei", "地区生产总值增速", []string{"武汉市", "恩施土家族苗族自治州", "仙桃市", "神农架林区"}},
		{"qingdao-mix", "新增就业", []string{"青岛市", "即墨区", "西海岸新区", "平度市"}},
		{"provinces", "地区生产总值增速", []string{"新疆维吾尔自治区", "海南省", "北京市", "南海诸岛"}},
	}
	for _, tc := range cases {
		dir := t.TempDir()
		for _, format := range []string{"png", "svg"} {
			out := filepath.Join(dir, tc.corpus+"."+format)
			var stdout, stderr bytes.Buffer
			code := Run([]string{"export", "-corpus", filepath.Join("..", "testdata", "maps", tc.corpus),
				"-chart", "map", "-indicator", tc.indicator, "-o", out},
				Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
			if code != 0 {
				t.Fatalf("%s %s: exit %d: %s", tc.corpus, format, code, stderr.String())
			}
			if strings.Contains(stderr.String(), "not drawn") {
				t.Errorf("%s: figures left off the map: %s", tc.corpus, stderr.String())
			}
			b := readFile(t, out)
			if format == "png" {
				if _, err := png.Decode(bytes.NewReader(b)); err != nil {
					t.Errorf("%s: %v", out, err)
				}
				continue
			}
			text := string(b)
			xmlText(t, b)
			for _, r := range tc.want {
				if !strings.Contains(text, `data-region="`+r+`"`) {
					t.Errorf("%s: no region %s", out, r)
				}
			}
		}
	}
}
