package index

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"

	"zhibiao/data"
	"zhibiao/data/corpus"
)

// AnalysisVersion is the hand-bumped part of Analysis. Most changes to the
// extractor show on the seed articles and change Analysis by themselves;
// bump this for one that does not (a new file reader, a rule the seeds do
// not meet, a change to what the index stores).
const AnalysisVersion = 2

// Analysis names the analysis an index of p's files holds: AnalysisVersion
// and a digest of what p (this build's loader and extractor, with p's
// gazetteer) makes of the embedded seed articles (every field of every
// indicator, every article's metadata). A build or gazetteer whose
// extraction differs on the seeds has another Analysis, and Refresh
// re-analyses every file analysed by the old one. Computing it takes one
// analysis of the seeds (about 0.1 s), once per pipeline.
func Analysis(p *corpus.Pipeline) string {
	if f, ok := analyses.Load(p); ok {
		return f.(func() string)()
	}
	f, _ := analyses.LoadOrStore(p, sync.OnceValue(func() string {
		sum, err := seedsDigest(p)
		if err != nil {
			// The seeds are embedded: this cannot fail short of a broken build.
			// An Analysis that matches nothing re-analyses everything: safe.
			return fmt.Sprintf("%d/error:%v", AnalysisVersion, err)
		}
		return fmt.Sprintf("%d/%s", AnalysisVersion, sum)
	}))
	return f.(func() string)()
}

// analyses holds each pipeline's Analysis, computed once: a cache (a
// process has one pipeline or a few), not state anyone reads otherwise.
var analyses sync.Map // *corpus.Pipeline → func() string

func seedsDigest(p *corpus.Pipeline) (string, error) {
	c, err := p.Open(context.Background(), "", nil)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, a := range c.Articles {
		if err := enc.Encode(articleDigest(a)); err != nil {
			return "", err
		}
	}
	for _, ind := range c.Indicators {
		if err := enc.Encode(ind); err != nil {
			return "", err
		}
	}
	sum := sha256.Sum256(buf.Bytes())
	return hex.EncodeToString(sum[:8]), nil
}

// articleDigest is what the index keeps of an article.
func articleDigest(a *data.Article) any {
	return []any{a.File, a.Story, a.Title, a.Source, a.Date, a.DateInferred, a.Year, a.DataYear,
		a.Authors, a.Region, a.Regions, a.Quality, a.Text}
}
