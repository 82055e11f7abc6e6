package index

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"zhibiao/data"
	"zhibiao/data/corpus"
)

// Stats counts what a Refresh did.
type Stats struct {
	Files     int // article files in the folder
	Analysed  int // new or changed files analysed
	Touched   int // files whose time changed but not their content
	Deleted   int // files gone from the folder, dropped
	Unchanged int
	Problems  []data.LoadProblem // met while listing the folder (not stored)

	// Cleared: most indexed files were analysed by another Analysis (a new
	// build), so the index was emptied and every file analysed as new.
	Cleared bool
}

// Changed reports whether the refresh changed what the index holds.
func (s Stats) Changed() bool { return s.Analysed > 0 || s.Deleted > 0 }

type known struct {
	id          int64
	size, mtime int64
	current     bool // analysed by this build's Analysis (the hash is read apart: knownSums)
}

// Refresh brings the index up to date with the folder: files new or
// changed since they were indexed (size, modification time, then content
// hash), or analysed by another Analysis, are analysed again; deleted ones
// are dropped. progress gets ("索引", done, total) per file. The index
// stays consistent if it is cancelled: files are written a batch at a
// time, each batch in one transaction.
func (ix *Index) Refresh(ctx context.Context, progress corpus.Progress) (Stats, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	go Analysis(ix.p) // the seeds' digest (0.1 s) while the folder is listed
	ix.Tokens()       // a story's id may be reused once it is dropped
	jobs, probs, err := Jobs(ctx, ix.root)
	if err != nil {
		return Stats{}, err
	}
	st := Stats{Files: len(jobs), Problems: probs}
	have, err := ix.knownFiles(ctx, Analysis(ix.p))
	if err != nil {
		return st, err
	}
	todo, gone := plan(jobs, have, &st)
	cleared := mostlyStale(have)
	if !cleared {
		if err := ix.knownSums(ctx, todo, have); err != nil {
			return st, err
		}
	}
	w, err := ix.newWriter(ctx)
	if err != nil {
		return st, err
	}
	defer w.rollback()
	if cleared {
		if err := w.clear(); err != nil {
			return st, err
		}
		st = Stats{Files: len(jobs), Problems: probs, Cleared: true}
		todo, have = jobs, nil
	} else if err := w.drop(gone); err != nil {
		return st, err
	}
	st.Deleted = len(gone)
	done := len(jobs) - len(todo)
	progress("索引", done, len(jobs))
	cuts := ix.startCutting(ctx)
	defer cuts.finish()
	err = Analyze(ctx, ix.p, todo, func(r *Result) error {
		done++
		progress("索引", done, len(jobs))
		if r.Same {
			st.Touched++
			return w.touch(have[r.Rel].id, r)
		}
		st.Analysed++
		if err := w.put(have[r.Rel].id, r); err != nil {
			return err
		}
		cuts.add(w.stories, r.File.Articles)
		return nil
	})
	cuts.finish()
	if err != nil {
		return st, err
	}
	if st.Changed() {
		if err := w.bumpGeneration(); err != nil {
			return st, err
		}
	}
	return st, w.commit()
}

// RefreshOrRebuild is Refresh that, when the index turns out damaged (an
// index too large for Open's full check), rebuilds it and refreshes the new
// one: the index to use from then on is the one returned.
func (ix *Index) RefreshOrRebuild(ctx context.Context, progress corpus.Progress) (*Index, Stats, error) {
	st, err := ix.Refresh(ctx, progress)
	if !Damaged(err) {
		return ix, st, err
	}
	nix, rerr := ix.Rebuild("damaged: " + err.Error())
	if rerr != nil {
		return nil, st, rerr
	}
	st, err = nix.Refresh(ctx, progress)
	return nix, st, err
}

// plan splits the folder's files into those to analyse and the indexed
// files gone. A file indexed by this build whose size or time changed is
// to be hashed again before it is (knownSums gives it the hash to compare).
func plan(jobs []Job, have map[string]known, st *Stats) ([]Job, []int64) {
	var todo []Job
	found := 0 // indexed files still there: when all are, none is gone
	for _, j := range jobs {
		k, ok := have[j.Rel]
		if ok {
			found++
		}
		switch {
		case !ok || !k.current:
			todo = append(todo, j)
		case k.size == j.Size && k.mtime == j.ModTime:
			st.Unchanged++
		default:
			todo = append(todo, j)
		}
	}
	if found == len(have) {
		return todo, nil
	}
	seen := make(map[string]bool, len(jobs))
	for _, j := range jobs {
		seen[j.Rel] = true
	}
	var gone []int64
	for rel, k := range have {
		if !seen[rel] {
			gone = append(gone, k.id)
		}
	}
	return todo, gone
}

// mostlyStale reports whether at least half the indexed files were
// analysed by another Analysis than this build's. Replacing a file's rows
// one file at a time costs about three times what analysing it does
// (deleting from the full-text index most of all): re-analysing 100,000
// files that way took 451 s to the corpus shown against 132 s from an
// empty index. Emptying the index first is cheaper then.
func mostlyStale(have map[string]known) bool {
	stale := 0
	for _, k := range have {
		if !k.current {
			stale++
		}
	}
	return stale > 0 && 2*stale >= len(have)
}

// knownFiles reads what the index knows of each file, by path, without
// its hash (knownSums): whether analysis is the Analysis it was analysed
// by, its size and time.
func (ix *Index) knownFiles(ctx context.Context, analysis string) (map[string]known, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT id, path, size, mtime, analysis = ? FROM files`, analysis)
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	out := map[string]known{}
	for rows.Next() {
		var k known
		var p string
		if err := rows.Scan(&k.id, &p, &k.size, &k.mtime, &k.current); err != nil {
			return nil, fmt.Errorf("read index: %w", err)
		}
		out[p] = k
	}
	return out, rows.Err()
}

// knownSums gives the files of todo indexed by this build (their size or
// time changed) the hash they were indexed with (Job.Known): the refresh
// analyses such a file again only if its content changed. On most
// refreshes there is none, and the hashes are not read.
func (ix *Index) knownSums(ctx context.Context, todo []Job, have map[string]known) error {
	want := map[int64]int{} // file id → its job in todo
	for i, j := range todo {
		if k, ok := have[j.Rel]; ok && k.current {
			want[k.id] = i
		}
	}
	if len(want) == 0 {
		return nil
	}
	rows, err := ix.db.QueryContext(ctx, `SELECT id, sha256 FROM files`)
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sum []byte
		if err := rows.Scan(&id, &sum); err != nil {
			return fmt.Errorf("read index: %w", err)
		}
		if i, ok := want[id]; ok {
			todo[i].Known = sum
		}
	}
	return rows.Err()
}

// writer writes results in batches, one transaction per batch.
type writer struct {
	ctx      context.Context
	db       *sql.DB
	tx       *sql.Tx
	stmts    map[string]*sql.Stmt
	files    int
	started  time.Time
	noBatch  bool    // one transaction for everything (Import)
	analysis string  // Analysis of the index's pipeline: what files are analysed with
	stories  []int64 // the ids of the stories of the last file put, in its order
}

// batch bounds a transaction: this many files or this long.
const (
	batchFiles = 2000
	batchTime  = 2 * time.Second
)

var writerSQL = map[string]string{
	"delFTS":  `DELETE FROM fts WHERE rowid IN (SELECT id FROM articles WHERE file_id=?)`,
	"delArt":  `DELETE FROM articles WHERE file_id=?`,
	"delKw":   `DELETE FROM story_keywords WHERE id IN (SELECT id FROM articles WHERE file_id=?)`, // a story's id may be reused
	"delFigs": `DELETE FROM figs WHERE article IN (SELECT id FROM articles WHERE file_id=?)`,      // by its key: no scan
	"delProb": `DELETE FROM problems WHERE file_id=?`,
	"delFile": `DELETE FROM files WHERE id=?`,
	"file":    `INSERT INTO files(path, size, mtime, sha256, title, analysis) VALUES(?,?,?,?,?,?)`,
	"touch":   `UPDATE files SET mtime=?, size=? WHERE id=?`,
	"art": `INSERT INTO articles(file_id, story, file, title, source, date, date_inferred, year, data_year,
		authors, region, regions, quality, runes, nfigures, figures) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"fts":  `INSERT INTO fts(rowid, title, body) VALUES(?,?,?)`,
	"prob": `INSERT INTO problems(file_id, path, reason, note) VALUES(?,?,?,?)`,
	"fig":  `INSERT INTO figs(article, seq, file_id, indicator, region, theme, rec) VALUES(?,?,?,?,?,?,?)`,
}

func (ix *Index) newWriter(ctx context.Context) (*writer, error) {
	w := &writer{ctx: ctx, db: ix.db, analysis: Analysis(ix.p)}
	return w, w.begin()
}

func (w *writer) begin() error {
	tx, err := w.db.BeginTx(w.ctx, nil)
	if err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	w.tx, w.stmts, w.files, w.started = tx, map[string]*sql.Stmt{}, 0, time.Now()
	return nil
}

func (w *writer) exec(name string, args ...any) (sql.Result, error) {
	st := w.stmts[name]
	if st == nil {
		var err error
		if st, err = w.tx.Prepare(writerSQL[name]); err != nil {
			return nil, fmt.Errorf("write index: %w", err)
		}
		w.stmts[name] = st
	}
	res, err := st.Exec(args...)
	if err != nil {
		return nil, fmt.Errorf("write index (%s): %w", name, err)
	}
	return res, nil
}

// next commits the batch when it is full and starts another.
func (w *writer) next() error {
	w.files++
	if w.noBatch || w.files < batchFiles && time.Since(w.started) < batchTime {
		return nil
	}
	if err := w.commit(); err != nil {
		return err
	}
	return w.begin()
}

func (w *writer) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx = nil
	if err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	return nil
}

func (w *writer) rollback() {
	if w.tx != nil {
		w.tx.Rollback()
		w.tx = nil
	}
}

// drop deletes files and all that was found in them.
func (w *writer) drop(ids []int64) error {
	for _, id := range ids {
		if err := w.dropContent(id); err != nil {
			return err
		}
		if _, err := w.exec("delFile", id); err != nil {
			return err
		}
	}
	return nil
}

// clear empties the index of files and all that was found in them (the
// stored keywords go with the next generation).
func (w *writer) clear() error {
	for _, q := range []string{
		`DELETE FROM figs`, `DELETE FROM story_keywords`, `DELETE FROM articles`, `DELETE FROM problems`, `DELETE FROM files`,
		`INSERT INTO fts(fts) VALUES('delete-all')`,
		ftsAutomerge, // an index made before it was set, filled again
	} {
		if _, err := w.tx.Exec(q); err != nil {
			return fmt.Errorf("write index: %w", err)
		}
	}
	return nil
}

func (w *writer) dropContent(id int64) error {
	for _, name := range []string{"delFTS", "delFigs", "delKw", "delArt", "delProb"} {
		if _, err := w.exec(name, id); err != nil {
			return err
		}
	}
	return nil
}

// touch records a new modification time for a file whose content is the
// same.
func (w *writer) touch(id int64, r *Result) error {
	if _, err := w.exec("touch", r.ModTime, r.Size, id); err != nil {
		return err
	}
	return w.next()
}

// put replaces what the index holds of a file (old id, 0 if new) with r.
func (w *writer) put(old int64, r *Result) error {
	if old != 0 {
		if err := w.drop([]int64{old}); err != nil {
			return err
		}
	}
	rec := fileRecord(r, w.analysis)
	if err := w.putRecord(&rec); err != nil {
		return err
	}
	return w.next()
}

// putRecord inserts one file with its stories, indicators and problems.
func (w *writer) putRecord(f *FileRecord) error {
	w.stories = w.stories[:0]
	title := ""
	if len(f.Articles) > 0 {
		title = f.Articles[0].Title
	}
	res, err := w.exec("file", f.Path, f.Size, f.ModTime, []byte(f.SHA256), title, f.Analysis)
	if err != nil {
		return err
	}
	fid, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	for _, p := range f.Problems {
		if _, err := w.exec("prob", fid, p.File, p.Reason, p.Note); err != nil {
			return err
		}
	}
	for i := range f.Articles {
		if err := w.putArticle(fid, &f.Articles[i]); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) putArticle(fid int64, a *ArticleRecord) error {
	res, err := w.exec("art", fid, a.Story, a.File, a.Title, a.Source, a.Date, a.DateInferred, a.Year, a.DataYear,
		join(a.Authors), a.Region, join(a.Regions), join(a.Quality), a.Runes, len(a.Indicators),
		encodeFigures(a.Indicators))
	if err != nil {
		return err
	}
	aid, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	w.stories = append(w.stories, aid)
	if _, err := w.exec("fts", aid, Bigrams(a.Title), Bigrams(a.Text)); err != nil {
		return err
	}
	for i := range a.Indicators {
		d := &a.Indicators[i]
		if _, err := w.exec("fig", aid, i, fid, d.Indicator, d.Region, d.Theme, figRecord(d)); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) bumpGeneration() error {
	_, err := w.tx.Exec(`UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='generation'`)
	if err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	return nil
}

// sep joins list fields (authors, regions, quality, keywords) in a column:
// a control character no text of ours holds.
const sep = "\x1f"

func join(list []string) string { return strings.Join(list, sep) }

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, sep)
}

// Generation counts the refreshes that changed the index: keywords stored
// for one generation are stale in another.
func (ix *Index) Generation(ctx context.Context) (int, error) {
	v, err := ix.meta(ctx, "generation")
	if err != nil {
		return 0, fmt.Errorf("read index: %w", err)
	}
	n, _ := strconv.Atoi(v)
	return n, nil
}

// cutting cuts the stories Refresh writes (CutWith) on a goroutine of its
// own, cutBatch files at a time, and keeps their tokens in the index by
// story id. It is off the path of the files through analysis and writing:
// nothing waits for it but the end of the refresh. Cutting each file on
// the goroutine that had just extracted its figures took about 1.7 times
// the CPU of cutting the same stories alone (the segmenter's dictionary
// and the extractor's tables pushed each other out of the caches at every
// file); in batches here, about the same as alone (BenchmarkRefresh: 0.55
// s more per 2,000 files, 0.58 s alone).
type cutting struct {
	files chan cutFile
	done  chan struct{}
	once  sync.Once
}

// cutFile is one file's stories, with their ids in the index.
type cutFile struct {
	ids  []int64
	arts []*data.Article
}

// cutBatch is how many files the cutting goroutine takes at a time;
// cutQueue how many may wait (their texts in memory) before Refresh waits
// for it.
const (
	cutBatch = 32
	cutQueue = 8 * cutBatch
)

// startCutting starts cutting, if the index has a cut function (CutWith);
// a nil *cutting does nothing. After ctx is done, files are dropped
// uncut.
func (ix *Index) startCutting(ctx context.Context) *cutting {
	if ix.cut == nil {
		return nil
	}
	c := &cutting{files: make(chan cutFile, cutQueue), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		batch := make([]cutFile, 0, cutBatch)
		flush := func() {
			for _, f := range batch {
				if ctx.Err() != nil {
					break
				}
				toks := make([][]int32, len(f.arts))
				for i, a := range f.arts {
					toks[i] = ix.cut(a.Title, a.Text)
				}
				ix.keepTokens(f.ids, toks)
			}
			clear(batch)
			batch = batch[:0]
		}
		for f := range c.files {
			if batch = append(batch, f); len(batch) == cutBatch {
				flush()
			}
		}
		flush()
	}()
	return c
}

// add queues the stories arts, written with ids (in the same order).
func (c *cutting) add(ids []int64, arts []*data.Article) {
	if c == nil || len(arts) == 0 {
		return
	}
	c.files <- cutFile{slices.Clone(ids), arts}
}

// finish waits until every story queued is cut (or dropped); a second
// call does nothing.
func (c *cutting) finish() {
	if c == nil {
		return
	}
	c.once.Do(func() { close(c.files) })
	<-c.done
}
