package corpus

import (
	"context"

	"zhibiao/data"
	"zhibiao/data/region"
)

// The tests open corpora through one Pipeline built on the embedded
// gazetteer, as the app and the CLI do; OpenCorpus and OpenPaths are
// shorthands for its methods.
var testPipeline = New(region.Default())

func OpenCorpus(ctx context.Context, dir string, progress Progress) (*Corpus, error) {
	return testPipeline.Open(ctx, dir, progress)
}

func OpenPaths(ctx context.Context, paths []string, progress Progress) (*Corpus, error) {
	return testPipeline.OpenPaths(ctx, paths, progress)
}

// goodArticle is a story that loads and has one figure (as in package
// load's tests).
const goodArticle = "青岛市即墨区稳就业\n\n即墨区上半年新增城乡就业3.4万人。\n"

func titles(as []*data.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.File+":"+a.Title)
	}
	return out
}
