package geomap

import (
	"testing"

	"zhibiao/data/region"
)

// countiesOf gives every county-level division of a province a figure.
func countiesOf(province string) map[string]float64 {
	g := region.Default()
	p, _ := g.Lookup(province)
	values := map[string]float64{}
	for _, code := range gazetteerCodes() {
		r, _ := g.ByCode(code)
		if r.Level == region.County && provinceCode(r.Code) == p.Code {
			values[r.Name] = float64(len(values) % 17)
		}
	}
	return values
}

func gazetteerCodes() []string {
	var out []string
	g := region.Default()
	for code := 110000; code <= 829999; code++ {
		c := fmtCode(code)
		if _, ok := g.ByCode(c); ok {
			out = append(out, c)
		}
	}
	return out
}

func fmtCode(code int) string {
	b := []byte("000000")
	for i := 5; i >= 0; i-- {
		b[i] = byte('0' + code%10)
		code /= 10
	}
	return string(b)
}

// BenchmarkRender100Counties: the 104 counties of 安徽省, each with a
// figure, laid out, drawn and encoded as a 900×640 PNG (the map parsed
// once beforehand, as the Atlas keeps it).
func BenchmarkRender100Counties(b *testing.B) {
	values := countiesOf("安徽省")
	c, err := NewAtlas(places, nil).Choropleth(Request{Values: values, Unit: "人", Title: "安徽省 新增就业"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(values)), "regions")
	for b.Loop() {
		if _, err := c.RenderPNG(900, 640); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRender100CountiesSVG is the same map as SVG.
func BenchmarkRender100CountiesSVG(b *testing.B) {
	c, err := NewAtlas(places, nil).Choropleth(Request{Values: countiesOf("安徽省"), Unit: "人"})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := c.RenderSVG(900, 640); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChooseProvinceCold: parsing a province's boundary file and
// building its county map, from nothing (a new Atlas each time).
func BenchmarkChooseProvinceCold(b *testing.B) {
	values := countiesOf("安徽省")
	for b.Loop() {
		if _, err := NewAtlas(places, nil).Choose(values); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderProvincesPNG: China's provinces with the inset.
func BenchmarkRenderProvincesPNG(b *testing.B) {
	values := map[string]float64{}
	for i, p := range []string{"北京", "河北", "山东", "广东", "四川", "新疆", "西藏", "湖北", "黑龙江", "海南"} {
		values[p] = float64(i)
	}
	c, err := NewAtlas(places, nil).Choropleth(Request{Values: values, Unit: "%"})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := c.RenderPNG(900, 640); err != nil {
			b.Fatal(err)
		}
	}
}
