package numparse_test

import (
	"fmt"
	"io/fs"
	"testing"

	"zhibiao/data/numparse"
	"zhibiao/seeds"
)

func ExampleScan() {
	for _, n := range numparse.Scan("新增城乡就业3.4万人，减税降费8.1亿余元，投资同比下降6.8%，高于全市6.6个百分点") {
		fmt.Printf("%s %s %g %s q=%q change=%d\n", n.Text, n.Kind, n.Value, n.Unit, n.Qualifier, n.Change)
	}
	// Output:
	// 3.4万 number 34000  q="" change=0
	// 8.1亿余元 currency 8.1e+08 元 q="余" change=0
	// 6.8% percent 6.8 % q="" change=-1
	// 6.6个百分点 percent 6.6 个百分点 q="" change=0
}

func ExampleParseChinese() {
	v, ok := numparse.ParseChinese("一千两百三十四万")
	fmt.Println(v, ok)
	// Output: 1.234e+07 true
}

// BenchmarkScan scans every seed article.
func BenchmarkScan(b *testing.B) {
	var texts []string
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(seeds.FS, path)
		texts = append(texts, string(data))
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			numparse.Scan(t)
		}
	}
}
