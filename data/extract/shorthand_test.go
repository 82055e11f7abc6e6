package extract

import (
	"context"

	"zhibiao/data"
	"zhibiao/data/load"
	"zhibiao/data/region"
)

// The tests read articles as the app does: one gazetteer, one loader and
// one extractor; Extract and ExtractAll are shorthands for its methods.
var (
	places        = region.Default()
	testParser    = load.NewParser(places)
	testExtractor = New(places)
)

func Extract(a *data.Article) []data.Indicator { return testExtractor.Extract(a) }

func ExtractAll(as []*data.Article) []data.Indicator { return testExtractor.ExtractAll(as) }

func ExtractAllContext(ctx context.Context, as []*data.Article) []data.Indicator {
	return testExtractor.ExtractAllContext(ctx, as)
}
