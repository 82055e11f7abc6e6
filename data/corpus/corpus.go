package corpus

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"zhibiao/data"
	"zhibiao/data/extract"
	"zhibiao/data/keywords"
	"zhibiao/data/load"
	"zhibiao/data/region"
)

// Corpus is everything the views and the CLI read: the stories, the
// indicators extracted from them and the files that could not be loaded.
type Corpus struct {
	Source     string // what was loaded: a folder, files, or "" for the embedded seeds
	Articles   []*data.Article
	Indicators []data.Indicator
	Problems   []data.LoadProblem

	// RegionKeywords are each main region's keywords, most distinctive
	// first, filled in by ApplyKeywords once the segmenter has loaded.
	RegionKeywords map[string][]keywords.WordScore
}

// Progress reports how far a long task has come: stage names the step
// ("读取" while reading files, "分析" while extracting), done of total items.
type Progress func(stage string, done, total int)

// Pipeline loads files into articles (package load), extracts their
// indicators (package extract) and checks the figures, for one gazetteer.
// It is immutable: one Pipeline serves any number of goroutines.
type Pipeline struct {
	parser    *load.Parser
	extractor *extract.Extractor
}

// New returns the pipeline that reads places with g.
func New(g *region.Gazetteer) *Pipeline {
	return &Pipeline{parser: load.NewParser(g), extractor: extract.New(g)}
}

// Parser returns the loader the pipeline reads files with.
func (p *Pipeline) Parser() *load.Parser { return p.parser }

// Extractor returns the extractor the pipeline analyses stories with.
func (p *Pipeline) Extractor() *extract.Extractor { return p.extractor }

// Open loads dir (or the embedded seeds when dir is "") and extracts
// its indicators. Per-file problems are kept in Corpus.Problems; the error is
// only for failures that leave no corpus (a missing folder, cancellation).
func (p *Pipeline) Open(ctx context.Context, dir string, progress Progress) (*Corpus, error) {
	if dir == "" {
		arts, probs, err := p.parser.LoadSeeds(ctx)
		if err != nil {
			return nil, err
		}
		return p.analyze(ctx, "", arts, probs, progress)
	}
	return p.OpenPaths(ctx, []string{dir}, progress)
}

// OpenPaths loads folders (recursively) and single files, for example those
// dropped on the window, and extracts their indicators. Each real file is
// loaded once, however many of the paths lead to it.
func (p *Pipeline) OpenPaths(ctx context.Context, paths []string, progress Progress) (*Corpus, error) {
	progress = data.OrNoProgress(progress)
	arts, probs, err := p.parser.LoadPaths(ctx, paths, func(done, total int) { progress("读取", done, total) })
	if err != nil {
		return nil, err
	}
	source := paths[0]
	if len(paths) > 1 {
		source = fmt.Sprintf("%s 等 %d 项", filepath.Base(paths[0]), len(paths))
	}
	return p.analyze(ctx, source, arts, probs, progress)
}

func (p *Pipeline) analyze(ctx context.Context, source string, arts []*data.Article, probs []data.LoadProblem, progress Progress) (*Corpus, error) {
	progress = data.OrNoProgress(progress)
	c := &Corpus{Source: source, Articles: arts, Problems: probs}
	inds, notes, err := p.extractParallel(ctx, arts, progress)
	if err != nil {
		return nil, err
	}
	var more []data.LoadProblem
	c.Indicators, more = boundedFigures(inds)
	c.Problems = mergeProblems(c.Problems, append(notes, more...))
	return c, nil
}

// extractParallel is ExtractAll spread over all cores: the articles are cut
// into chunks that never split a file (ExtractAll titles a file's stories
// after its first), each chunk goes through ExtractAll, and the results are
// joined in order, so the indicators are exactly ExtractAll's. It also
// returns the notes for numbers left out as out of range (overflowNotes).
// It stops between chunks when ctx is cancelled.
func (p *Pipeline) extractParallel(ctx context.Context, arts []*data.Article, progress Progress) ([]data.Indicator, []data.LoadProblem, error) {
	// Small chunks keep the cores evenly busy and a cancel quick (a chunk
	// of a large corpus is about 0.2 MB, tens of milliseconds).
	chunks := fileChunks(arts, max(1, len(arts)/(runtime.GOMAXPROCS(0)*128)))
	results := make([][]data.Indicator, len(chunks))
	notes := make([][]data.LoadProblem, len(chunks))
	progress = data.Serialized(progress)
	progress("分析", 0, len(arts))
	var done atomic.Int64
	err := data.Parallel(ctx, len(chunks), func(i int) {
		results[i] = p.extractor.ExtractAllContext(ctx, chunks[i])
		notes[i] = overflowNotes(chunks[i])
		progress("分析", int(done.Add(int64(len(chunks[i])))), len(arts))
	})
	if err != nil {
		return nil, nil, err
	}
	return extract.JoinIndicators(results), slices.Concat(notes...), nil
}

// fileChunks cuts arts into runs of at least size articles (the last may
// be shorter), extending each run to the end of its file.
func fileChunks(arts []*data.Article, size int) [][]*data.Article {
	var chunks [][]*data.Article
	for len(arts) > 0 {
		end := min(size, len(arts))
		for end < len(arts) && sameFile(arts[end-1], arts[end]) {
			end++
		}
		chunks = append(chunks, arts[:end])
		arts = arts[end:]
	}
	return chunks
}

func sameFile(a, b *data.Article) bool {
	return a != nil && b != nil && a.File == b.File
}

// mergeProblems joins two lists sorted by file into one, stable.
func mergeProblems(a, b []data.LoadProblem) []data.LoadProblem {
	if len(b) == 0 {
		return a
	}
	out := append(slices.Clone(a), b...)
	slices.SortStableFunc(out, func(x, y data.LoadProblem) int { return strings.Compare(x.File, y.File) })
	return out
}

// AnalyzeFile extracts the indicators of one file's stories (as returned by
// load.Parser.LoadFile) exactly as Open does, with the notes for figures left
// out as out of range. It stops early when ctx is cancelled.
func (p *Pipeline) AnalyzeFile(ctx context.Context, arts []*data.Article) ([]data.Indicator, []data.LoadProblem) {
	inds := p.extractor.ExtractAllContext(ctx, arts)
	notes := overflowNotes(arts)
	inds, more := boundedFigures(inds)
	return inds, append(notes, more...)
}

// ApplyKeywords stores computed keywords in the corpus and its articles.
func (c *Corpus) ApplyKeywords(kw keywords.CorpusKeywords) {
	for i, words := range kw.Articles {
		if i < len(c.Articles) {
			c.Articles[i].Keywords = words
		}
	}
	c.RegionKeywords = kw.Regions
}
