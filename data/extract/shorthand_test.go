package extract

import (
	"context"
	"testing"

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

// parseOne parses text as the file name and stops the test unless it
// holds exactly one story.
func parseOne(t *testing.T, name, text string) []*data.Article {
	t.Helper()
	as, err := testParser.ParseFile(name, []byte(text))
	if err != nil || len(as) != 1 {
		t.Fatalf("%s: %d stories, %v", name, len(as), err)
	}
	return as
}
