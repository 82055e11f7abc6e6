package index

import (
	"context"
	"hash/fnv"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/load"
)

// Job is one file to analyse.
type Job struct {
	Path    string // as walked: the corpus folder joined with Rel
	Rel     string // relative to the corpus folder, '/'-separated: the file's key
	Size    int64
	ModTime int64 // Unix nanoseconds

	// Known, when set, is the SHA-256 the index holds for the file: if the
	// file still has it, only its modification time changed and it is not
	// analysed again (Result.Same).
	Known []byte
}

// Result is one file loaded and analysed.
type Result struct {
	Job
	File       load.LoadedFile
	Err        error // the file could not be loaded: the reason of its problem
	Same       bool  // the content is Job.Known: nothing was analysed
	Indicators []data.Indicator
	Notes      []data.LoadProblem
}

// Jobs lists the article files under root (as corpus.Pipeline.Open would load
// them, in its order) with their keys and modification times, and the
// problems met while listing.
func Jobs(ctx context.Context, root string) ([]Job, []data.LoadProblem, error) {
	entries, probs, err := load.ListFiles(ctx, []string{root})
	if err != nil {
		return nil, nil, err
	}
	jobs := make([]Job, 0, len(entries))
	for _, e := range entries {
		j := Job{Path: e.Path, Rel: relKey(root, e.Path), Size: e.Size, ModTime: e.ModTime}
		if j.ModTime == 0 {
			if st, err := os.Stat(e.Path); err == nil {
				j.Size, j.ModTime = st.Size(), st.ModTime().UnixNano()
			}
		}
		jobs = append(jobs, j)
	}
	return jobs, probs, nil
}

// relKey is path relative to root, '/'-separated.
func relKey(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		rel = path
	}
	return filepath.ToSlash(rel)
}

// InShard reports whether the file keyed rel belongs to shard i of n
// (1 ≤ i ≤ n): a stable split by an FNV-1a hash of the key, the same on
// every machine that sees the same folder layout.
func InShard(rel string, i, n int) bool {
	if n <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(rel))
	return int(h.Sum64()%uint64(n)) == i-1
}

// resultsPerCore is how many results per core may wait for fn. A refresh's
// fn stops for a while at each commit (FTS5 flushes and merges its
// segments, the write-ahead log is checkpointed: 0.2–0.4 s at 100,000
// files); with 4 per core the cores soon had nothing to do until it was
// done (20,000 files: 37.9–38.2 s against 30.8–33.5 s with 256 or 64, the
// same CPU time). 256 files are about 5–10 MB of texts and figures.
const resultsPerCore = 256

// Analyze loads and analyses the jobs with p on all cores and calls fn
// with each result in job order, as soon as it and those before it are done. At
// most resultsPerCore results per core wait in memory, so memory does not
// grow with the number of files. It stops at the first error of fn, or when
// ctx is cancelled (returning ctx.Err()).
func Analyze(ctx context.Context, p *corpus.Pipeline, jobs []Job, fn func(*Result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	type slot struct {
		job Job
		out chan *Result
	}
	work := make(chan slot)
	order := make(chan chan *Result, resultsPerCore*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for s := range work {
				s.out <- analyzeOne(ctx, p, s.job)
			}
		})
	}
	go func() {
		defer close(order)
		defer close(work)
		for _, j := range jobs {
			out := make(chan *Result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return
			}
			select {
			case work <- slot{j, out}:
			case <-ctx.Done():
				return
			}
		}
	}()
	err := consume(ctx, order, fn)
	cancel()
	for range order { // let the feeder finish
	}
	wg.Wait()
	return err
}

// consume calls fn with each result in order.
func consume(ctx context.Context, order chan chan *Result, fn func(*Result) error) error {
	for out := range order {
		if err := ctx.Err(); err != nil {
			return err
		}
		select {
		case r := <-out:
			if err := fn(r); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}

func analyzeOne(ctx context.Context, p *corpus.Pipeline, j Job) *Result {
	r := &Result{Job: j}
	if ctx.Err() != nil {
		return r
	}
	r.File, r.Err = p.Parser().LoadFile(j.Path, j.Size)
	if r.Err != nil {
		return r
	}
	if j.Known != nil && string(j.Known) == string(r.File.Sum[:]) {
		r.Same = true
		return r
	}
	r.Indicators, r.Notes = p.AnalyzeFile(ctx, r.File.Articles)
	return r
}

// each calls fn for every job on all cores, in no particular order; fn
// must only touch what belongs to its job.
func each(ctx context.Context, jobs []Job, fn func(Job)) error {
	work := make(chan Job)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range work {
				fn(j)
			}
		})
	}
feed:
	for _, j := range jobs {
		select {
		case work <- j:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()
	return ctx.Err()
}
