package index

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"zhibiao/data"
	"zhibiao/data/corpus"
)

// ShardLine is one line of the shard format: a file record (FileRecord
// set), or one of the file's indicators as `zhibiao indicators` writes it.
// A file's line comes before its indicators, which come in story order,
// ArticleRecord.Figures of them per story.
type ShardLine struct {
	FileRecord *FileRecord `json:"file_record,omitempty"`
	data.Indicator
}

// NewFileRecord is the shard format's record of a file analysed with p
// (Analyze).
func NewFileRecord(p *corpus.Pipeline, r *Result) FileRecord { return fileRecord(r, Analysis(p)) }

// ImportStats counts what Import read.
type ImportStats struct {
	Files, Indicators int
	OtherAnalysis     int // files analysed by another build: Refresh analyses them again
}

// Import merges shard output (zhibiao indicators -shard I/N) into the
// index: each file it holds replaces what the index held of that path.
// The whole input is one transaction: a malformed input leaves the index
// as it was.
func (ix *Index) Import(ctx context.Context, r io.Reader) (ImportStats, error) {
	var st ImportStats
	w, err := ix.newWriter(ctx)
	if err != nil {
		return st, err
	}
	defer w.rollback()
	w.noBatch = true
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	var cur *FileRecord
	need, line := 0, 0
	flush := func() error {
		if cur == nil {
			return nil
		}
		if need > 0 {
			return fmt.Errorf("%s: %d indicators missing", cur.Path, need)
		}
		if err := w.replace(cur); err != nil {
			return err
		}
		st.Files++
		if cur.Analysis != w.analysis {
			st.OtherAnalysis++
		}
		cur = nil
		return nil
	}
	for {
		var l ShardLine
		err := dec.Decode(&l)
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			return st, fmt.Errorf("line %d: %w", line, err)
		}
		if l.FileRecord != nil {
			if err := flush(); err != nil {
				return st, err
			}
			cur, need = l.FileRecord, 0
			for _, a := range cur.Articles {
				need += a.Figures
			}
			continue
		}
		if cur == nil || need == 0 {
			return st, fmt.Errorf("line %d: an indicator without its file record: not the output of zhibiao indicators -shard I/N", line)
		}
		if err := cur.add(l.Indicator); err != nil {
			return st, fmt.Errorf("line %d: %w", line, err)
		}
		need--
		st.Indicators++
	}
	if err := flush(); err != nil {
		return st, err
	}
	if st.Files > 0 {
		if err := w.bumpGeneration(); err != nil {
			return st, err
		}
	}
	return st, w.commit()
}

// add gives ind to the first story still short of its figures.
func (f *FileRecord) add(ind data.Indicator) error {
	for i := range f.Articles {
		a := &f.Articles[i]
		if len(a.Indicators) < a.Figures {
			if ind.Story != a.Title {
				return fmt.Errorf("%s: indicator of story %q where %q was expected", f.Path, ind.Story, a.Title)
			}
			a.Indicators = append(a.Indicators, ind)
			return nil
		}
	}
	return fmt.Errorf("%s: more indicators than its record counts", f.Path)
}

// replace puts a file record in place of what the index holds of its path.
func (w *writer) replace(f *FileRecord) error {
	var old int64
	err := w.tx.QueryRow(`SELECT id FROM files WHERE path=?`, f.Path).Scan(&old)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return fmt.Errorf("write index: %w", err)
	default:
		if err := w.drop([]int64{old}); err != nil {
			return err
		}
	}
	return w.putRecord(f)
}

// OpenFresh opens the index at path (DefaultPath(root) if "") of the
// files p analyses for reading when it exists, is sound and is up to date with the folder: every file
// indexed with this build's Analysis and unchanged, none added or deleted.
// Otherwise it returns nil, and leaves the file alone. probs are the
// problems met listing the folder.
func OpenFresh(ctx context.Context, p *corpus.Pipeline, path, root string) (*Index, []data.LoadProblem, error) {
	if path == "" {
		var err error
		if path, err = DefaultPath(root); err != nil {
			return nil, nil, err
		}
	}
	if _, err := os.Stat(path); err != nil {
		return nil, nil, nil
	}
	ix, err := openExisting(p, path, root)
	if err != nil || ix == nil {
		return nil, nil, nil //nolint:nilerr // an index that cannot be used is no error: the corpus is analysed instead
	}
	st, fresh, err := ix.fresh(ctx)
	if err != nil || !fresh {
		ix.Close()
		return nil, nil, nil //nolint:nilerr // as above
	}
	return ix, st.Problems, nil
}

// OpenExisting opens the index of root (whose files p analyses) at path
// only if it is there and sound, never creating, moving or rebuilding
// anything: nil when there is no usable index.
func OpenExisting(p *corpus.Pipeline, path, root string) (*Index, error) {
	return openExisting(p, path, root)
}

// openExisting opens a sound index of root at path, nil if there is none.
func openExisting(p *corpus.Pipeline, path, root string) (*Index, error) {
	ix := &Index{p: p, path: path, root: root}
	var err error
	if ix.abs, err = absPath(root); err != nil {
		return nil, err
	}
	if ix.distrust() != "" {
		return nil, nil
	}
	if err := ix.open(); err != nil {
		return nil, err
	}
	if isNew(ix.db) {
		ix.Close()
		return nil, nil
	}
	return ix, nil
}

// fresh reports whether the index is up to date with the folder.
func (ix *Index) fresh(ctx context.Context) (Stats, bool, error) {
	jobs, probs, err := Jobs(ctx, ix.root)
	if err != nil {
		return Stats{}, false, err
	}
	st := Stats{Files: len(jobs), Problems: probs}
	have, err := ix.knownFiles(ctx, Analysis(ix.p))
	if err != nil {
		return st, false, err
	}
	todo, gone := plan(jobs, have, &st)
	return st, len(todo) == 0 && len(gone) == 0, nil
}

// Problems returns the problems stored with the files and the number of
// stories indexed.
func (ix *Index) Problems(ctx context.Context) ([]data.LoadProblem, int, error) {
	probs, err := ix.problems(ctx)
	if err != nil {
		return nil, 0, err
	}
	var n int
	if err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return nil, 0, fmt.Errorf("read index: %w", err)
	}
	return probs, n, nil
}
