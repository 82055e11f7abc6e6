package load

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

	"zhibiao/data"
	"zhibiao/data/formats"
	"zhibiao/seeds"
)

// isArticleFile reports the file names loaded, any case: .txt and .md,
// and the formats that package formats converts (.html .htm .docx .pdf
// .xlsx .csv).
func isArticleFile(name string) bool {
	return hasExt(name, ".txt") || hasExt(name, ".md") || formats.KindOf(name) != ""
}

func hasExt(name, ext string) bool { return strings.ToLower(path.Ext(name)) == ext }

// LoadSeeds loads the embedded seed articles (the default corpus). Their
// Path is "seeds/<name>".
func (p *Parser) LoadSeeds(ctx context.Context) ([]*data.Article, []data.LoadProblem, error) {
	as, probs, err := p.LoadFS(ctx, seeds.FS, ".", nil)
	for _, a := range as {
		a.Path = "seeds/" + a.Path
	}
	return as, probs, err
}

// LoadFS loads every article file (isArticleFile) under root in fsys,
// recursively, in sorted path order. A file that cannot be loaded becomes a LoadProblem
// (file and reason) and the others still load. progress, if not nil, is
// called after each file with the number done and the total. The error is
// ctx.Err() if ctx is cancelled, or a failure to list root.
func (p *Parser) LoadFS(ctx context.Context, fsys fs.FS, root string, progress func(done, total int)) ([]*data.Article, []data.LoadProblem, error) {
	return p.loadFS(ctx, fsys, root, progress)
}

// LoadDir loads every article file (isArticleFile) under dir on the real
// file system, recursively, following symbolic links but visiting each real file and
// directory once (by device and inode): a second path to one, such as a
// loop back to a parent or a link to a file of the corpus, becomes a
// LoadProblem with Note set. Unreadable files and directories, and
// directories that cannot be entered, become LoadProblems too. The error is non-nil if dir itself cannot be
// read or is not a directory, or if ctx is cancelled.
func (p *Parser) LoadDir(ctx context.Context, dir string, progress func(done, total int)) ([]*data.Article, []data.LoadProblem, error) {
	return p.loadDir(ctx, dir, progress)
}

// LoadPaths loads folders (recursively, as LoadDir) and single files, for
// example those dropped on the window. Each real file is loaded once,
// however many of the paths lead to it. A path that does not exist is
// an error when it is the only one, else a LoadProblem.
func (p *Parser) LoadPaths(ctx context.Context, paths []string, progress func(done, total int)) ([]*data.Article, []data.LoadProblem, error) {
	w, err := walkPaths(ctx, paths, "open")
	if err != nil {
		return nil, nil, err
	}
	return p.run(ctx, w.jobs, w.probs, progress)
}

// walkPaths walks folders (recursively) and single files, each real file
// once. A path that does not exist is an error when it is the only one,
// else a problem of the walk; verb names the operation in the error for
// no paths at all.
func walkPaths(ctx context.Context, paths []string, verb string) (*dirWalker, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no folder or file given", verb)
	}
	w := newDirWalker(ctx)
	for _, path := range paths {
		st, err := os.Stat(path)
		if err != nil {
			if len(paths) == 1 {
				return nil, fmt.Errorf("open %s: %w", path, err)
			}
			w.problem(path, err.Error())
			continue
		}
		if err := w.add(path, st); err != nil {
			return nil, err
		}
	}
	if err := w.followLinks(); err != nil {
		return nil, err
	}
	return w, nil
}

// job is one file to load: a path to show and a way to read it, at most
// limit bytes (readRegular of the path if read is nil).
type job struct {
	path    string
	read    func(limit int64) ([]byte, error)
	size    int64
	modTime int64 // Unix nanoseconds, as the walker saw it (0 when not walked)
}

func (j job) readFile(limit int64) ([]byte, error) {
	if j.read == nil {
		return readRegular(j.path, limit)
	}
	return j.read(limit)
}

func (p *Parser) loadFS(ctx context.Context, fsys fs.FS, root string, progress func(int, int)) ([]*data.Article, []data.LoadProblem, error) {
	var jobs []job
	var probs []data.LoadProblem
	err := fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			if name == root {
				return err
			}
			probs = append(probs, data.LoadProblem{File: name, Reason: reason(ErrUnreadable, err)})
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
func (p *Parser) run(ctx context.Context, jobs []job, probs []data.LoadProblem, progress func(int, int)) ([]*data.Article, []data.LoadProblem, error) {
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].path < jobs[j].path })
	type result struct {
		as  []*data.Article
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
	var out []*data.Article
	for i, r := range results {
		if r.err != nil {
			probs = append(probs, data.LoadProblem{File: jobs[i].path, Reason: r.err.Error()})
		}
		out = append(out, r.as...)
	}
	sort.SliceStable(probs, func(i, j int) bool { return probs[i].File < probs[j].File })
	return out, probs, nil
}

// loadOne reads and parses one file, never panicking: a panic in the
// parser becomes a problem for this file only.
func (p *Parser) loadOne(j job) (as []*data.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			as, err = nil, fmt.Errorf("internal error while parsing: %v", r)
		}
	}()
	if j.size > int64(p.maxSize) {
		return nil, tooLarge(j.size, int64(p.maxSize))
	}
	raw, err := j.readFile(int64(p.maxSize))
	if err != nil {
		return nil, err
	}
	as, err = p.parse(j.path, raw)
	for _, a := range as {
		a.Path = j.path
	}
	return as, err
}

func (p *Parser) loadDir(ctx context.Context, dir string, progress func(int, int)) ([]*data.Article, []data.LoadProblem, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", dir, err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("load %s: not a directory", dir)
	}
	w := newDirWalker(ctx)
	if err := w.add(dir, info); err != nil {
		return nil, nil, err
	}
	if err := w.followLinks(); err != nil {
		return nil, nil, err
	}
	return p.run(ctx, w.jobs, w.probs, progress)
}

// fileID identifies a file or folder: by device and inode where the system
// has them, else by its real path.
type fileID struct {
	dev, ino uint64
	path     string
}

// realPath is path made absolute with its symbolic links resolved (as far
// as they resolve).
func realPath(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		path = r
	}
	if a, err := filepath.Abs(path); err == nil {
		path = a
	}
	return path
}

// dirWalker lists the article files under folders and files given by path.
// It visits each real file and folder once (by fileID): a second path to
// one already visited (a symbolic link, a hard link, a loop back to a
// parent) becomes a note. Real entries come first and symbolic links are
// followed after them all, so that a file reached both ways is loaded
// under its real path. Every folder or file it cannot look into is a
// problem, never skipped in silence.
type dirWalker struct {
	ctx   context.Context
	stat  func(string) (fs.FileInfo, error) // os.Stat; tests put faults in
	seen  map[fileID]string                 // files and folders visited: their first path
	links []string                          // symbolic links met, followed after the real entries
	jobs  []job
	probs []data.LoadProblem
}

func newDirWalker(ctx context.Context) *dirWalker {
	return &dirWalker{ctx: ctx, stat: os.Stat, seen: map[fileID]string{}}
}

// add visits a folder or a file named by the user (any file name).
func (w *dirWalker) add(p string, info fs.FileInfo) error {
	if info.IsDir() {
		return w.dir(p, info)
	}
	w.file(p, info)
	return nil
}

// followLinks follows the symbolic links met, in order, until none is left
// (the folders they lead to may hold more).
func (w *dirWalker) followLinks() error {
	for len(w.links) > 0 {
		p := w.links[0]
		w.links = w.links[1:]
		info, err := w.stat(p)
		if err != nil {
			w.problem(p, reason(ErrUnreadable, err))
			continue
		}
		if info.IsDir() {
			if err := w.dir(p, info); err != nil {
				return err
			}
		} else if isArticleFile(p) {
			w.file(p, info)
		}
	}
	return nil
}

func (w *dirWalker) problem(p, reason string) {
	w.probs = append(w.probs, data.LoadProblem{File: p, Reason: reason})
}

// visited reports a file or folder already visited under another path, and
// notes the second path.
func (w *dirWalker) visited(p string, info fs.FileInfo) bool {
	id := idOf(p, info)
	first, ok := w.seen[id]
	if !ok {
		w.seen[id] = p
		return false
	}
	what := "file"
	if info.IsDir() {
		what = "folder"
	}
	r := fmt.Sprintf("%v: same %s as %s, loaded once", ErrDuplicate, what, first)
	if info.IsDir() && strings.HasPrefix(p, first+string(filepath.Separator)) {
		r = fmt.Sprintf("%v: leads back to %s, loaded once", ErrLoop, first)
	}
	w.probs = append(w.probs, data.LoadProblem{File: p, Reason: r, Note: true})
	return true
}

// dir lists a folder: real entries now, symbolic links later.
func (w *dirWalker) dir(dir string, info fs.FileInfo) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if w.visited(dir, info) {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil { // the entries read before the error still load
		w.problem(dir, reason(ErrFolderSkipped, err))
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if e.Type()&fs.ModeSymlink != 0 {
			w.links = append(w.links, p)
			continue
		}
		if err := w.entry(p, e); err != nil {
			return err
		}
	}
	return nil
}

// entry handles a real (not symbolic link) entry of a folder: a subfolder
// or an article file.
func (w *dirWalker) entry(p string, e fs.DirEntry) error {
	if !e.IsDir() && !isArticleFile(p) {
		return nil
	}
	info, err := w.stat(p)
	if err != nil { // no search permission on the folder, a path too long …
		kind := ErrUnreadable
		if e.IsDir() {
			kind = ErrFolderSkipped
		}
		w.problem(p, reason(kind, err))
		return nil
	}
	if info.IsDir() {
		return w.dir(p, info)
	}
	w.file(p, info)
	return nil
}

// file adds a job for a regular file not visited yet.
func (w *dirWalker) file(p string, info fs.FileInfo) {
	if err := checkRegular(info.Mode()); err != nil {
		w.problem(p, err.Error())
		return
	}
	if w.visited(p, info) {
		return
	}
	w.jobs = append(w.jobs, job{path: p, size: info.Size(), modTime: info.ModTime().UnixNano()})
}
