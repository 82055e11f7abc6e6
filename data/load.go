package data

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"zhibiao/seeds"
)

// isArticleFile reports the file names loaded: .txt and .md, any case.
func isArticleFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".txt" || ext == ".md"
}

// LoadSeeds loads the embedded seed articles (the default corpus). Their
// Path is "seeds/<name>".
func LoadSeeds(ctx context.Context) ([]*Article, []LoadProblem, error) {
	as, probs, err := LoadFS(ctx, seeds.FS, ".", nil)
	for _, a := range as {
		a.Path = "seeds/" + a.Path
	}
	return as, probs, err
}

// LoadFS loads every .txt and .md file under root in fsys, recursively, in
// sorted path order. A file that cannot be loaded becomes a LoadProblem
// (file and reason) and the others still load. progress, if not nil, is
// called after each file with the number done and the total. The error is
// ctx.Err() if ctx is cancelled, or a failure to list root.
func LoadFS(ctx context.Context, fsys fs.FS, root string, progress func(done, total int)) ([]*Article, []LoadProblem, error) {
	return defaultParser().loadFS(ctx, fsys, root, progress)
}

// LoadDir loads every .txt and .md file under dir on the real file system,
// recursively, following symbolic links but never into a directory already
// visited (a loop becomes a LoadProblem). Unreadable files and directories
// become LoadProblems too. The error is non-nil if dir itself cannot be
// read or is not a directory, or if ctx is cancelled.
func LoadDir(ctx context.Context, dir string, progress func(done, total int)) ([]*Article, []LoadProblem, error) {
	return defaultParser().loadDir(ctx, dir, progress)
}

// job is one file to load: a path to show and a way to read it, at most
// limit bytes.
type job struct {
	path string
	read func(limit int64) ([]byte, error)
	size int64
}

func (p *parser) loadFS(ctx context.Context, fsys fs.FS, root string, progress func(int, int)) ([]*Article, []LoadProblem, error) {
	var jobs []job
	var probs []LoadProblem
	err := fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			if name == root {
				return err
			}
			probs = append(probs, LoadProblem{File: name, Reason: reason(ErrUnreadable, err)})
			return skipDir(d)
		}
		if d.IsDir() || !isArticleFile(name) {
			return nil
		}
		size := int64(-1)
		if info, ierr := d.Info(); ierr == nil {
			size = info.Size()
		}
		jobs = append(jobs, job{path: name, size: size, read: func(limit int64) ([]byte, error) { return readFS(fsys, name, limit) }})
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", root, err)
	}
	return p.run(ctx, jobs, probs, progress)
}

// skipDir stops WalkDir from entering a directory it could not read.
func skipDir(d fs.DirEntry) error {
	if d != nil && d.IsDir() {
		return fs.SkipDir
	}
	return nil
}

// reason renders a load error for the user: the kind of problem and the
// underlying cause without repeating the path.
func reason(kind error, cause error) string {
	var pe *fs.PathError
	if errors.As(cause, &pe) {
		cause = pe.Err
	}
	if cause == nil || errors.Is(cause, kind) {
		return kind.Error()
	}
	return kind.Error() + ": " + cause.Error()
}

// run parses the jobs on as many goroutines as there are CPUs and returns
// the articles in sorted path order with the problems. progress is called
// from the calling goroutine only.
func (p *parser) run(ctx context.Context, jobs []job, probs []LoadProblem, progress func(int, int)) ([]*Article, []LoadProblem, error) {
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].path < jobs[j].path })
	type result struct {
		as  []*Article
		err error
	}
	results := make([]result, len(jobs))
	next, done := make(chan int), make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(jobs), 1)) {
		wg.Go(func() {
			for i := range next {
				as, err := p.loadOne(jobs[i])
				results[i] = result{as, err}
				done <- i
			}
		})
	}
	go func() {
		defer close(next)
		for i := range jobs {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(done)
	}()
	n := 0
	for range done {
		n++
		if progress != nil && ctx.Err() == nil {
			progress(n, len(jobs))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var out []*Article
	for i, r := range results {
		if r.err != nil {
			probs = append(probs, LoadProblem{File: jobs[i].path, Reason: r.err.Error()})
		}
		out = append(out, r.as...)
	}
	sort.SliceStable(probs, func(i, j int) bool { return probs[i].File < probs[j].File })
	return out, probs, nil
}

// loadOne reads and parses one file, never panicking: a panic in the
// parser becomes a problem for this file only.
func (p *parser) loadOne(j job) (as []*Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			as, err = nil, fmt.Errorf("internal error while parsing: %v", r)
		}
	}()
	if j.size > int64(p.maxSize) {
		return nil, tooLarge(j.size, int64(p.maxSize))
	}
	raw, err := j.read(int64(p.maxSize))
	if err != nil {
		return nil, err
	}
	as, err = p.parse(j.path, raw)
	for _, a := range as {
		a.Path = j.path
	}
	return as, err
}

func (p *parser) loadDir(ctx context.Context, dir string, progress func(int, int)) ([]*Article, []LoadProblem, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", dir, err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("load %s: not a directory", dir)
	}
	w := &dirWalker{ctx: ctx, visited: map[string]bool{}}
	if err := w.walk(dir); err != nil {
		return nil, nil, err
	}
	return p.run(ctx, w.jobs, w.probs, progress)
}

// dirWalker lists article files under a directory, following symbolic
// links and remembering the real paths of the directories it entered.
type dirWalker struct {
	ctx     context.Context
	visited map[string]bool
	jobs    []job
	probs   []LoadProblem
}

func (w *dirWalker) walk(dir string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.probs = append(w.probs, LoadProblem{File: dir, Reason: reason(ErrUnreadable, err)})
		return nil
	}
	if w.visited[real] {
		w.probs = append(w.probs, LoadProblem{File: dir, Reason: ErrLoop.Error() + ": already loaded as " + real})
		return nil
	}
	w.visited[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.probs = append(w.probs, LoadProblem{File: dir, Reason: reason(ErrUnreadable, err)})
		return nil
	}
	for _, e := range entries {
		if err := w.entry(filepath.Join(dir, e.Name()), e); err != nil {
			return err
		}
	}
	return nil
}

// entry handles one directory entry, resolving symbolic links.
func (w *dirWalker) entry(p string, e fs.DirEntry) error {
	info, err := os.Stat(p) // follows links
	if err != nil {
		if isArticleFile(p) || e.Type()&fs.ModeSymlink != 0 {
			w.probs = append(w.probs, LoadProblem{File: p, Reason: reason(ErrUnreadable, err)})
		}
		return nil
	}
	if info.IsDir() {
		return w.walk(p)
	}
	if !isArticleFile(p) {
		return nil
	}
	if err := checkRegular(info.Mode()); err != nil {
		w.probs = append(w.probs, LoadProblem{File: p, Reason: err.Error()})
		return nil
	}
	w.jobs = append(w.jobs, job{path: p, size: info.Size(), read: func(limit int64) ([]byte, error) { return readRegular(p, limit) }})
	return nil
}
