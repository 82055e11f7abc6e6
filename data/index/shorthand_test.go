package index

import (
	"zhibiao/data/corpus"
	"zhibiao/data/region"
)

// testPipeline analyses the tests' folders as the app does: one pipeline
// on the embedded gazetteer.
var testPipeline = corpus.New(region.Default())
