package index

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/keywords"
)

// figuresSQL lists every story's figures in corpus order: files by path
// (as corpus.Pipeline.Open sorts them), stories in order.
const figuresSQL = `SELECT a.id, a.file, a.title, f.title, a.figures
	FROM files f JOIN articles a ON a.file_id = f.id
	WHERE a.nfigures > 0 ORDER BY f.path, a.story`

// interner shares the copies of repeated strings (regions, units, themes,
// periods …) among the indicators read.
type interner map[string]string

func (in interner) get(s string) string {
	if v, ok := in[s]; ok {
		return v
	}
	if len(in) > 1<<20 { // bound it; past this, repeats are rare anyway
		return s
	}
	in[s] = s
	return s
}

// EachIndicator calls fn with every indicator in corpus order, as `zhibiao
// indicators` writes them, streaming: memory does not grow with the index.
// The indicator's Article is nil. It stops at fn's first error.
func (ix *Index) EachIndicator(ctx context.Context, fn func(*data.Indicator) error) error {
	return ix.eachIndicator(ctx, func(_ int64, ind *data.Indicator) error { return fn(ind) })
}

func (ix *Index) eachIndicator(ctx context.Context, fn func(article int64, ind *data.Indicator) error) error {
	return ix.eachFigure(ctx, figuresSQL, nil, fn)
}

// eachFigure decodes the records q selects (id, file, story title, file
// title, record) and calls fn with each figure.
func (ix *Index) eachFigure(ctx context.Context, q string, args []any, fn func(article int64, ind *data.Indicator) error) error {
	rows, err := ix.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	dc := decoder{in: interner{}}
	var rec sql.RawBytes // valid until the next row: decoded before, no copy of each record
	for rows.Next() {
		var aid int64
		var file, story, title string
		if err := rows.Scan(&aid, &file, &story, &title, &rec); err != nil {
			return fmt.Errorf("read index: %w", err)
		}
		file, story, title = dc.in.get(file), dc.in.get(story), dc.in.get(title)
		err := dc.decode(rec, func(d *data.Indicator) error {
			d.File, d.Story, d.Title = file, story, title
			return fn(aid, d)
		})
		if err != nil {
			return fmt.Errorf("read index: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	return nil
}

// Loaded is a corpus read back from the index.
type Loaded struct {
	Corpus *corpus.Corpus
	// IDs are the articles' ids in the index (Search's results), in the
	// order of Corpus.Articles.
	IDs []int64
	// Generation is the index's generation the corpus was read at.
	Generation int
	// KeywordsStale: the keywords stored are of another generation (or
	// none were stored): compute them again (SaveKeywords).
	KeywordsStale bool
	// Counts are the articles' numbers of figures, in the order of
	// Corpus.Articles, and Figures their sum.
	Counts  []int
	Figures int
}

// Corpus reads the whole corpus back: the stories without their text (the
// reader gets it from the file: ArticleText), every indicator, the
// problems stored with the files and probs (those met listing the folder),
// and the keywords when they are of this generation.
func (ix *Index) Corpus(ctx context.Context, probs []data.LoadProblem) (*Loaded, error) {
	l, byID, err := ix.read(ctx, probs, true)
	if err != nil {
		return nil, err
	}
	l.Corpus.Indicators = make([]data.Indicator, 0, l.Figures)
	err = ix.eachIndicator(ctx, func(aid int64, ind *data.Indicator) error {
		ind.Article = byID[aid]
		l.Corpus.Indicators = append(l.Corpus.Indicators, *ind)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// Stories reads the corpus back like Corpus but without its figures
// (Corpus.Indicators is nil; Loaded.Counts and Figures count them) and
// without each story's keywords (ArticleKeywords gives them when the
// story is opened): the dashboard asks the index for the figures it shows
// (FiguresOf, ArticleFigures, Spreads), so a large archive's ~2 million
// figures are never all in memory.
func (ix *Index) Stories(ctx context.Context, probs []data.LoadProblem) (*Loaded, error) {
	l, _, err := ix.read(ctx, probs, false)
	return l, err
}

// storyKeywords is the column of story a's keywords: in story_keywords,
// or in articles.keywords for an index whose keywords an older build
// saved.
const storyKeywords = `COALESCE((SELECT k.words FROM story_keywords k WHERE k.id = a.id), a.keywords)`

// ArticleKeywords returns the keywords stored for story id (nil if none).
func (ix *Index) ArticleKeywords(ctx context.Context, id int64) ([]string, error) {
	var kw *string
	if err := ix.db.QueryRowContext(ctx, `SELECT `+storyKeywords+` FROM articles a WHERE a.id=?`, id).Scan(&kw); err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	if kw == nil {
		return nil, nil
	}
	return split(*kw), nil
}

// read reads the stories (with their keywords if asked), problems and
// region keywords.
func (ix *Index) read(ctx context.Context, probs []data.LoadProblem, withKeywords bool) (*Loaded, map[int64]*data.Article, error) {
	gen, err := ix.Generation(ctx)
	if err != nil {
		return nil, nil, err
	}
	l := &Loaded{Corpus: &corpus.Corpus{Source: ix.root}, Generation: gen}
	var articles int
	if err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&articles); err != nil {
		return nil, nil, fmt.Errorf("read index: %w", err)
	}
	l.Corpus.Articles, l.IDs = make([]*data.Article, 0, articles), make([]int64, 0, articles)
	l.Counts = make([]int, 0, articles)
	byID, err := ix.readArticles(ctx, l, withKeywords)
	if err != nil {
		return nil, nil, err
	}
	stored, err := ix.problems(ctx)
	if err != nil {
		return nil, nil, err
	}
	l.Corpus.Problems = append(stored, probs...)
	slices.SortStableFunc(l.Corpus.Problems, func(a, b data.LoadProblem) int { return strings.Compare(a.File, b.File) })
	return l, byID, ix.readKeywords(ctx, l)
}

// readArticles reads the stories, with their keywords if asked; with
// them it returns the stories by id too (Corpus gives them their
// figures), else nil.
func (ix *Index) readArticles(ctx context.Context, l *Loaded, withKeywords bool) (map[int64]*data.Article, error) {
	kwColumn := "" // without: one column fewer for each of the 140,000 stories of 100,000 articles
	var byID map[int64]*data.Article
	if withKeywords {
		kwColumn, byID = ", "+storyKeywords, map[int64]*data.Article{}
	}
	rows, err := ix.rd.QueryContext(ctx, `SELECT a.id, f.path, a.story, a.file, a.title, a.source, a.date,
		a.date_inferred, a.year, a.data_year, a.authors, a.region, a.regions, a.quality, a.nfigures`+kwColumn+`
		FROM files f JOIN articles a ON a.file_id = f.id ORDER BY f.path, a.story`)
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	in := interner{}
	lists := map[string][]string{} // regions and quality marks: a few thousand distinct lists, shared
	list := func(s string) []string {
		if l, ok := lists[s]; ok {
			return l
		}
		l := internAll(in, split(s))
		if len(lists) < 1<<16 {
			lists[s] = l
		}
		return l
	}
	var lastRel, lastPath string // a file's stories share its path
	var keywords *string
	for rows.Next() {
		a := &data.Article{}
		var id int64
		var rel, authors, regions, quality string
		var n int
		dest := []any{&id, &rel, &a.Story, &a.File, &a.Title, &a.Source, &a.Date, &a.DateInferred,
			&a.Year, &a.DataYear, &authors, &a.Region, &regions, &quality, &n, &keywords}
		if !withKeywords {
			dest = dest[:len(dest)-1]
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("read index: %w", err)
		}
		if rel != lastRel {
			lastRel, lastPath = rel, filepath.Join(ix.root, filepath.FromSlash(rel))
		}
		a.Path = lastPath
		a.Source, a.Region = in.get(a.Source), in.get(a.Region)
		a.Authors, a.Regions, a.Quality = split(authors), list(regions), list(quality)
		if keywords != nil {
			a.Keywords, keywords = internAll(in, split(*keywords)), nil
		}
		if byID != nil {
			byID[id] = a
		}
		l.Corpus.Articles = append(l.Corpus.Articles, a)
		l.IDs = append(l.IDs, id)
		l.Counts = append(l.Counts, n)
		l.Figures += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	return byID, nil
}

func internAll(in interner, list []string) []string {
	for i, s := range list {
		list[i] = in.get(s)
	}
	return list
}

func (ix *Index) problems(ctx context.Context) ([]data.LoadProblem, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT path, reason, note FROM problems ORDER BY path`)
	if err != nil {
		return nil, fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	var out []data.LoadProblem
	for rows.Next() {
		var p data.LoadProblem
		if err := rows.Scan(&p.File, &p.Reason, &p.Note); err != nil {
			return nil, fmt.Errorf("read index: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Search returns the ids of the articles whose title or text contains
// every word of query (see MatchQuery), nil for a query with nothing to
// look for.
func (ix *Index) Search(ctx context.Context, query string) (map[int64]bool, error) {
	m := MatchQuery(query)
	if m == "" {
		return nil, nil
	}
	rows, err := ix.db.QueryContext(ctx, `SELECT rowid FROM fts WHERE fts MATCH ?`, m)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		out[id] = true
	}
	return out, rows.Err()
}

// ArticleText reads a story's text (and paragraphs) from its file, for the
// reader: the index does not keep texts. It fails when the file is gone or
// no longer has that story.
func (ix *Index) ArticleText(a *data.Article) error {
	lf, err := ix.p.Parser().LoadFile(a.Path, -1)
	if err != nil {
		return err
	}
	for _, b := range lf.Articles {
		if b.Story == a.Story {
			a.Text, a.Paragraphs = b.Text, b.Paragraphs
			return nil
		}
	}
	return fmt.Errorf("%s: story %d no longer there", a.Path, a.Story+1)
}

// readKeywords fills the corpus's region keywords if they were stored for
// this generation.
func (ix *Index) readKeywords(ctx context.Context, l *Loaded) error {
	v, err := ix.meta(ctx, "keywords_generation")
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	if v != fmt.Sprint(l.Generation) {
		l.KeywordsStale = true
		return nil
	}
	rows, err := ix.db.QueryContext(ctx, `SELECT region, word, z, count, rest FROM region_keywords ORDER BY region, rank`)
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	defer rows.Close()
	kw := map[string][]keywords.WordScore{}
	for rows.Next() {
		var region string
		var w keywords.WordScore
		if err := rows.Scan(&region, &w.Word, &w.Z, &w.Count, &w.Rest); err != nil {
			return fmt.Errorf("read index: %w", err)
		}
		kw[region] = append(kw[region], w)
	}
	l.Corpus.RegionKeywords = kw
	return rows.Err()
}

// SaveKeywords stores the keywords computed for the corpus read at
// generation gen (ids as Loaded.IDs, kw.Articles in the same order). They
// are not stored when the index has changed since.
func (ix *Index) SaveKeywords(ctx context.Context, gen int, ids []int64, kw keywords.CorpusKeywords) error {
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save keywords: %w", err)
	}
	defer tx.Rollback()
	var now string
	if err := tx.QueryRow(`SELECT value FROM meta WHERE key='generation'`).Scan(&now); err != nil {
		return fmt.Errorf("save keywords: %w", err)
	}
	if now != fmt.Sprint(gen) {
		return nil
	}
	if err := saveKeywords(tx, ids, kw); err != nil {
		return fmt.Errorf("save keywords: %w", err)
	}
	if _, err := tx.Exec(`INSERT OR REPLACE INTO meta(key, value) VALUES('keywords_generation', ?)`, now); err != nil {
		return fmt.Errorf("save keywords: %w", err)
	}
	return tx.Commit()
}

func saveKeywords(tx *sql.Tx, ids []int64, kw keywords.CorpusKeywords) error {
	if _, err := tx.Exec(`DELETE FROM region_keywords`); err != nil {
		return err
	}
	ins, err := tx.Prepare(`INSERT INTO region_keywords(region, rank, word, z, count, rest) VALUES(?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for region, words := range kw.Regions {
		for rank, w := range words {
			if _, err := ins.Exec(region, rank, w.Word, w.Z, w.Count, w.Rest); err != nil {
				return err
			}
		}
	}
	if _, err := tx.Exec(`DELETE FROM story_keywords`); err != nil {
		return err
	}
	put, err := tx.Prepare(`INSERT INTO story_keywords(id, words) VALUES(?,?)`)
	if err != nil {
		return err
	}
	defer put.Close()
	for i, words := range kw.Articles {
		if i < len(ids) {
			if _, err := put.Exec(ids[i], join(words)); err != nil {
				return err
			}
		}
	}
	return nil
}

// EachText reads the texts of arts (stories of indexed files) from their
// files, each file once, on all cores, and calls fn with each (i is the
// story's place in arts), from several goroutines at once: a file's texts
// are dropped once fn has seen them, so memory holds a few files, not
// every text. A story whose file is gone or changed gets no call. It is a
// keywords.Texts.
func (ix *Index) EachText(ctx context.Context, arts []*data.Article, fn func(i int, text string)) error {
	byPath := map[string][]int{}
	var jobs []Job
	for i, a := range arts {
		if _, ok := byPath[a.Path]; !ok {
			jobs = append(jobs, Job{Path: a.Path, Size: -1})
		}
		byPath[a.Path] = append(byPath[a.Path], i)
	}
	return each(ctx, jobs, func(j Job) {
		lf, err := ix.p.Parser().LoadFile(j.Path, -1)
		if err != nil {
			return
		}
		for _, i := range byPath[j.Path] {
			for _, b := range lf.Articles {
				if b.Story == arts[i].Story {
					fn(i, b.Text)
					break
				}
			}
		}
	})
}
