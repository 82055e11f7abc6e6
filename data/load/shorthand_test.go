package load

import (
	"context"
	"io/fs"
	"sync"

	"zhibiao/data"
	"zhibiao/data/region"
)

// The tests load through one Parser built on the embedded gazetteer, as
// the app and the CLI do; these shorthands call its methods.

var defaultParser = sync.OnceValue(func() *Parser { return NewParser(region.Default()) })

func ParseFile(name string, raw []byte) ([]*data.Article, error) {
	return defaultParser().ParseFile(name, raw)
}

func Decode(raw []byte) (string, error) { return defaultParser().Decode(raw) }

func LoadSeeds(ctx context.Context) ([]*data.Article, []data.LoadProblem, error) {
	return defaultParser().LoadSeeds(ctx)
}

func LoadDir(ctx context.Context, dir string, progress func(done, total int)) ([]*data.Article, []data.LoadProblem, error) {
	return defaultParser().LoadDir(ctx, dir, progress)
}

func LoadFS(ctx context.Context, fsys fs.FS, root string, progress func(done, total int)) ([]*data.Article, []data.LoadProblem, error) {
	return defaultParser().LoadFS(ctx, fsys, root, progress)
}
