package index

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"zhibiao/data"
)

// The narrow figures table: one row per figure with only what the
// dashboard selects and counts by (its canonical indicator, region and
// theme), beside the story's full record (articles.figures); a figure with
// a canonical indicator also has its own record (rec), so that a chart's
// figures are read without the story's others. It lets the dashboard ask
// for the figures of one indicator, the indicators' spread or the stories
// of a theme without reading the ~2 million figures of a 100,000-article
// archive into memory (docs/INDEX.md).
const figsSchema = `
CREATE TABLE IF NOT EXISTS figs(
	article INTEGER NOT NULL,       -- articles.id
	seq INTEGER NOT NULL,           -- the figure's place in the story's record
	file_id INTEGER NOT NULL,
	indicator TEXT NOT NULL, region TEXT NOT NULL, theme TEXT NOT NULL,
	rec BLOB,                       -- the figure alone (codec.go), when it has an indicator
	PRIMARY KEY(article, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS figs_indicator ON figs(indicator, region, file_id) WHERE indicator <> '';
CREATE INDEX IF NOT EXISTS figs_theme ON figs(theme) WHERE theme <> '';
`

// figsVersion is meta 'figs': the version of the narrow table the index
// holds; another one is made again from the records.
const figsVersion = "2"

// figRecord is a figure's own record in figs: only for one with a
// canonical indicator (what charts ask for).
func figRecord(d *data.Indicator) []byte {
	if d.Indicator == "" {
		return nil
	}
	return encodeFigures([]data.Indicator{*d})
}

// addFigs adds the narrow figures table to an index made before it
// existed (or before its version), filled from the stories' records (no
// file is read again and the generation does not change: keywords stay
// valid). A new index has it already.
func (ix *Index) addFigs() error {
	v, err := ix.meta(context.Background(), "figs")
	if err != nil {
		return fmt.Errorf("open index %s: %w", ix.path, err)
	}
	if v == figsVersion {
		return nil
	}
	tx, err := ix.db.Begin()
	if err != nil {
		return fmt.Errorf("open index %s: %w", ix.path, err)
	}
	defer tx.Rollback()
	if err := fillFigs(tx); err != nil {
		return fmt.Errorf("open index %s: figures table: %w", ix.path, err)
	}
	if _, err := tx.Exec(`DELETE FROM meta WHERE key='spreads'`); err != nil { // counted from the table replaced
		return fmt.Errorf("open index %s: %w", ix.path, err)
	}
	if _, err := tx.Exec(`INSERT OR REPLACE INTO meta(key, value) VALUES('figs', ?)`, figsVersion); err != nil {
		return fmt.Errorf("open index %s: %w", ix.path, err)
	}
	return tx.Commit()
}

func fillFigs(tx *sql.Tx) error {
	if _, err := tx.Exec(`DROP TABLE IF EXISTS figs`); err != nil { // of another version
		return err
	}
	if _, err := tx.Exec(figsSchema); err != nil {
		return err
	}
	ins, err := tx.Prepare(`INSERT INTO figs(article, seq, file_id, indicator, region, theme, rec) VALUES(?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	type fig struct {
		article, file   int64
		seq             int
		ind, reg, theme string
		rec             []byte
	}
	dc := decoder{in: interner{}}
	last := int64(-1 << 62)
	for {
		// A chunk at a time: the one connection cannot read and write at once.
		rows, err := tx.Query(`SELECT id, file_id, figures FROM articles WHERE id > ? AND nfigures > 0 ORDER BY id LIMIT 2000`, last)
		if err != nil {
			return err
		}
		var chunk []fig
		n := 0
		for rows.Next() {
			var aid, fid int64
			var rec sql.RawBytes // valid until the next row: decoded before, no copy of each record
			if err := rows.Scan(&aid, &fid, &rec); err != nil {
				rows.Close()
				return err
			}
			n, last = n+1, aid
			seq := 0
			err := dc.decode(rec, func(d *data.Indicator) error {
				chunk = append(chunk, fig{aid, fid, seq, d.Indicator, d.Region, d.Theme, figRecord(d)})
				seq++
				return nil
			})
			if err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		for _, f := range chunk {
			if _, err := ins.Exec(f.article, f.seq, f.file, f.ind, f.reg, f.theme, f.rec); err != nil {
				return err
			}
		}
	}
}

// Spread is a canonical indicator with how widely the index reports it.
type Spread struct {
	Indicator string
	Figures   int // figures of it
	Regions   int // regions with a figure of it
	Files     int // files with a figure of it that names a region
}

// Spreads lists every canonical indicator with figures, most figures first
// (ties by name: compare.IndicatorCounts's order). They are kept in meta
// 'spreads' for the generation they were counted at (counting them is a
// quarter of a second at 100,000 articles, on the way to the first chart).
func (ix *Index) Spreads(ctx context.Context) ([]Spread, error) {
	tx, err := ix.rd.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // the generation and figs of one moment
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer tx.Rollback()
	var gen, kept string
	err = tx.QueryRowContext(ctx, `SELECT (SELECT value FROM meta WHERE key='generation'),
		coalesce((SELECT value FROM meta WHERE key='spreads'), '')`).Scan(&gen, &kept)
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	var out []Spread
	if g, js, ok := strings.Cut(kept, "\n"); ok && g == gen && json.Unmarshal([]byte(js), &out) == nil {
		return out, nil
	}
	if out, err = countSpreads(ctx, tx); err != nil {
		return nil, err
	}
	tx.Rollback()
	// Not stored when the index changed meanwhile (or cannot be written
	// now): the next reopen counts them again, nothing worse.
	ix.keepSpreads(ctx, gen, out)
	return out, nil
}

// keepSpreads stores spreads counted at generation gen, unless the index
// has changed since; a failure only costs the next reopen the count.
func (ix *Index) keepSpreads(ctx context.Context, gen string, spreads []Spread) {
	js, err := json.Marshal(spreads)
	if err != nil {
		return
	}
	ix.db.ExecContext(ctx, `INSERT OR REPLACE INTO meta(key, value) SELECT 'spreads', ?
		WHERE (SELECT value FROM meta WHERE key='generation') = ?`, gen+"\n"+string(js), gen)
}

func countSpreads(ctx context.Context, tx *sql.Tx) ([]Spread, error) {
	rows, err := tx.QueryContext(ctx, `SELECT indicator, count(*),
		count(DISTINCT nullif(region, '')), count(DISTINCT CASE WHEN region <> '' THEN file_id END)
		FROM figs WHERE indicator <> '' GROUP BY indicator ORDER BY count(*) DESC, indicator`)
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	var out []Spread
	for rows.Next() {
		var s Spread
		if err := rows.Scan(&s.Indicator, &s.Figures, &s.Regions, &s.Files); err != nil {
			return nil, fmt.Errorf("read index: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Themes lists the policy themes with a figure, by name (on the read
// pool: the dashboard asks while it reads the stories). It skips from
// one theme to the next in figs_theme: a dozen lookups instead of a scan
// of the index's 1.96 million entries at 100,000 articles (0.15–0.3 s of
// CPU on the way to the first chart).
func (ix *Index) Themes(ctx context.Context) ([]string, error) {
	tx, err := ix.rd.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // the themes of one moment
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer tx.Rollback()
	next, err := tx.PrepareContext(ctx, `SELECT theme FROM figs WHERE theme <> '' AND theme > ? ORDER BY theme LIMIT 1`)
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer next.Close()
	var out []string
	last := ""
	for {
		err := next.QueryRowContext(ctx, last).Scan(&last)
		if errors.Is(err, sql.ErrNoRows) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read index: %w", err)
		}
		out = append(out, last)
	}
}

// ThemeArticles returns the ids of the stories with a figure of theme.
func (ix *Index) ThemeArticles(ctx context.Context, theme string) (map[int64]bool, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT DISTINCT article FROM figs WHERE theme = ? AND theme <> ''`, theme)
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("read index: %w", err)
		}
		out[id] = true
	}
	return out, rows.Err()
}

// FiguresOf calls fn, in corpus order, with every figure of the canonical
// indicators named (every figure with an indicator when names is empty
// and all is false; every figure at all when all is true). The
// indicator's Article is nil: article is its story's id.
func (ix *Index) FiguresOf(ctx context.Context, names []string, all bool, fn func(article int64, ind *data.Indicator) error) error {
	if all {
		return ix.eachFigure(ctx, figuresSQL, nil, fn)
	}
	// The figures' own records: not the stories' (a figure of one
	// indicator shares its story's record with about 30 others).
	cond, args := indicatorCond(names)
	rows, err := ix.db.QueryContext(ctx, `SELECT g.article, g.seq, g.rec, a.file, a.title, f.title, f.path, a.story
		FROM figs g JOIN articles a ON a.id = g.article JOIN files f ON f.id = a.file_id WHERE `+cond, args...)
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	type fig struct {
		path       string
		story, seq int
		id         int64
		d          data.Indicator
	}
	var figs []fig
	dc := decoder{in: interner{}}
	var rec sql.RawBytes // valid until the next row: decoded before
	for rows.Next() {
		var f fig
		var file, title, ftitle string
		if err := rows.Scan(&f.id, &f.seq, &rec, &file, &title, &ftitle, &f.path, &f.story); err != nil {
			return fmt.Errorf("read index: %w", err)
		}
		f.path = dc.in.get(f.path)
		file, title, ftitle = dc.in.get(file), dc.in.get(title), dc.in.get(ftitle)
		n := 0
		err := dc.decode(rec, func(d *data.Indicator) error {
			d.File, d.Story, d.Title = file, title, ftitle
			f.d = *d
			n++
			return nil
		})
		if err == nil && n != 1 {
			err = errRecord
		}
		if err != nil {
			return fmt.Errorf("read index: %w", err)
		}
		figs = append(figs, f)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	rows.Close()
	slices.SortFunc(figs, func(a, b fig) int {
		return cmp.Or(strings.Compare(a.path, b.path), cmp.Compare(a.story, b.story), cmp.Compare(a.seq, b.seq))
	})
	for i := range figs {
		if err := fn(figs[i].id, &figs[i].d); err != nil {
			return err
		}
	}
	return nil
}

// IndicatorFigures calls fn with every figure of the canonical indicators
// named (every figure with an indicator when names is empty), in the
// order of their stories' ids, with its story's id and its place in the
// story's record (seq): FiguresOf's figures without their stories. Only
// the narrow table is read, not the stories' rows nor the files': the
// figure's File, Story and Title (its file's title, that of the file's
// first story) are left empty for a caller that holds the stories (the
// dashboard). The figures' records are looked up in the order of the
// table's key, not the index's (indicator, region, file): for the first
// chart of 100,000 articles, 47,000 page reads instead of 76,000 (one
// system call each).
func (ix *Index) IndicatorFigures(ctx context.Context, names []string, fn func(article int64, seq int, ind *data.Indicator) error) error {
	cond, args := indicatorCond(names)
	rows, err := ix.rd.QueryContext(ctx, `SELECT o.article, o.seq, o.rec FROM figs o
		WHERE (o.article, o.seq) IN (SELECT g.article, g.seq FROM figs g WHERE `+cond+`)`, args...)
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	dc := decoder{in: interner{}}
	var rec sql.RawBytes // valid until the next row: decoded before
	for rows.Next() {
		var aid int64
		var seq int
		if err := rows.Scan(&aid, &seq, &rec); err != nil {
			return fmt.Errorf("read index: %w", err)
		}
		n := 0
		err := dc.decode(rec, func(d *data.Indicator) error {
			n++
			return fn(aid, seq, d)
		})
		if err == nil && n != 1 {
			err = errRecord
		}
		if err != nil {
			return fmt.Errorf("read index: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	return nil
}

// indicatorCond selects the figures of the indicators named (every one
// with an indicator when none is); the test for a non-empty indicator
// lets SQLite use the partial index figs_indicator.
func indicatorCond(names []string) (string, []any) {
	cond := `g.indicator <> ''`
	var args []any
	if len(names) > 0 {
		cond += ` AND g.indicator IN (?` + strings.Repeat(",?", len(names)-1) + `)`
		for _, n := range names {
			args = append(args, n)
		}
	}
	return cond, args
}

// ArticleFigures calls fn with every figure of the stories ids, story by
// story in corpus order (for a page of the indicator table, or the
// figures beside a story in the reader).
func (ix *Index) ArticleFigures(ctx context.Context, ids []int64, fn func(article int64, ind *data.Indicator) error) error {
	if len(ids) == 0 {
		return nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return ix.eachFigureSorted(ctx, `a.id IN (?`+strings.Repeat(",?", len(ids)-1)+`)`, args, fn)
}

// eachFigureSorted calls fn with the figures of the stories cond selects,
// in corpus order. The stories are read in the order SQLite finds them and
// put in corpus order here: ORDER BY f.path made SQLite sort the records
// themselves, spilling to disk (2–3 s for one indicator's stories of
// 100,000 articles).
func (ix *Index) eachFigureSorted(ctx context.Context, cond string, args []any, fn func(article int64, ind *data.Indicator) error) error {
	rows, err := ix.db.QueryContext(ctx, `SELECT a.id, a.file, a.title, f.title, a.figures, f.path, a.story
		FROM articles a JOIN files f ON f.id = a.file_id WHERE a.nfigures > 0 AND `+cond, args...)
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	type story struct {
		path       string
		story      int
		id         int64
		start, end int // its figures in figs
	}
	var stories []story
	var figs []data.Indicator // one buffer for all: no slice per story
	dc := decoder{in: interner{}}
	var rec sql.RawBytes // valid until the next row: decoded before, no copy of each record
	for rows.Next() {
		var s story
		var file, title, ftitle string
		if err := rows.Scan(&s.id, &file, &title, &ftitle, &rec, &s.path, &s.story); err != nil {
			return fmt.Errorf("read index: %w", err)
		}
		file, title, ftitle = dc.in.get(file), dc.in.get(title), dc.in.get(ftitle)
		s.start = len(figs)
		err := dc.decode(rec, func(d *data.Indicator) error {
			d.File, d.Story, d.Title = file, title, ftitle
			figs = append(figs, *d)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read index: %w", err)
		}
		if s.end = len(figs); s.end > s.start {
			stories = append(stories, s)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	rows.Close()
	slices.SortFunc(stories, func(a, b story) int { return cmp.Or(strings.Compare(a.path, b.path), cmp.Compare(a.story, b.story)) })
	for _, s := range stories {
		for i := s.start; i < s.end; i++ {
			if err := fn(s.id, &figs[i]); err != nil {
				return err
			}
		}
	}
	return nil
}
