// Package index keeps a corpus folder's analysis in an SQLite database, so
// that a large archive is analysed once and reopened in seconds: the files
// (keyed by path, size, modification time and content hash), their
// stories' metadata, every indicator with all the fields `zhibiao
// indicators` writes, the problems met, the keywords, and a full-text index
// (FTS5 over character bigrams, which works for Chinese without a
// dictionary). Refresh analyses only new or changed files and drops deleted
// ones; a change of the analysis version (Analysis) re-analyses
// everything. A file that is not an index of ours, or is damaged, is never
// trusted: it is set aside and rebuilt.
//
// The driver is modernc.org/sqlite (SQLite translated to Go: no cgo, FTS5
// built in); docs/INDEX.md says why. The package never imports Fyne.
package index

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"zhibiao/data/corpus"
)

// appID marks our databases (PRAGMA application_id): "zbix".
const appID = 0x7a626978

// schemaVersion is PRAGMA user_version: bump it when the tables change; an
// index of another version is rebuilt.
const schemaVersion = 2

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// Index is an open index of one corpus folder.
type Index struct {
	db *sql.DB
	// rd reads the stories and figures the dashboard asks for when it
	// opens the index (readArticles, Spreads, IndicatorFigures), on
	// connections of its own: side by side with each other and with a
	// refresh (SQLite's write-ahead log lets readers and a writer go on
	// at once), where db's one connection would take them in turn.
	rd       *sql.DB
	closing  sync.Once
	closeErr error
	p        *corpus.Pipeline // analyses the folder's files, and reads their texts back
	path     string           // the database file
	root     string           // the corpus folder as given (article paths are joined to it)
	abs      string           // the corpus folder, absolute: what the index is of

	// Rebuilt says why the file found at path was not used and a new
	// index was started ("" when it was used, or there was none).
	Rebuilt string

	cut    TokenFunc // see CutWith
	tokMu  sync.Mutex
	tokens map[int64][]int32 // by story id, what cut gave for the stories Refresh analysed
}

// TokenFunc cuts a story's title and text into what its keywords are
// ranked from (keywords.Collector.Tokens). It is called from several
// goroutines at once and must keep nothing of title or text.
type TokenFunc func(title, text string) []int32

// CutWith makes Refresh cut every story it analyses with cut while its
// text is in memory (beside the analysis, see cutting) and keep the
// result for Tokens: the keyword stage that follows a refresh then needs
// no second read of the files it analysed (at 100,000 articles that read
// and parse was about 37 s of CPU, the keyword stage 50–57 s of wall
// time). nil stops it. Call it before Refresh; an index Rebuild returns
// cuts with the same.
func (ix *Index) CutWith(cut TokenFunc) { ix.cut = cut }

// Tokens returns what CutWith's function gave for the stories analysed
// since the last call, by story id (Loaded.IDs), and forgets them. A
// story not in it was not analysed then (or not cut): its text is to be
// read (EachText).
func (ix *Index) Tokens() map[int64][]int32 {
	ix.tokMu.Lock()
	defer ix.tokMu.Unlock()
	t := ix.tokens
	ix.tokens = nil
	return t
}

// keepTokens keeps the tokens of stories ids (in the same order).
func (ix *Index) keepTokens(ids []int64, tokens [][]int32) {
	if tokens == nil {
		return
	}
	ix.tokMu.Lock()
	defer ix.tokMu.Unlock()
	if ix.tokens == nil {
		ix.tokens = map[int64][]int32{}
	}
	for i, id := range ids {
		if i < len(tokens) {
			ix.tokens[id] = tokens[i]
		}
	}
}

// DefaultPath is where the index of the corpus folder root lives: in the
// user's cache directory, one file per folder (named after the folder and
// a hash of its absolute path).
func DefaultPath(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", fmt.Errorf("index path: %w", err)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("index path: %w", err)
	}
	sum := sha256.Sum256([]byte(abs))
	name := fmt.Sprintf("%s-%s.sqlite", safeName(filepath.Base(abs)), hex.EncodeToString(sum[:8]))
	return filepath.Join(cache, "zhibiao", "index", name), nil
}

// safeName keeps a folder name readable in a file name.
func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || r < ' ' {
			return '_'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40])
	}
	return s
}

// Open opens the index at path for the corpus folder root, whose files p
// analyses (and reads back), creating it (and its folder) if needed. A file there that is not one of our indexes, is of
// another schema, is damaged or belongs to another folder is moved aside
// to path+".bad" (replacing an older one) and a new index is started;
// Rebuilt says why. The error is for a file that cannot be created.
func Open(p *corpus.Pipeline, path, root string) (*Index, error) {
	abs, err := absPath(root)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	ix := &Index{p: p, path: path, root: root, abs: abs}
	if why := ix.distrust(); why != "" {
		ix.Rebuilt = why
		if err := setAside(path); err != nil {
			return nil, fmt.Errorf("open index %s: %s, and it cannot be set aside: %w", path, why, err)
		}
	}
	if err := ix.open(); err != nil {
		return nil, err
	}
	if ix.Rebuilt != "" || isNew(ix.db) {
		if err := ix.create(); err != nil {
			ix.Close()
			return nil, err
		}
	}
	if err := ix.addFigs(); err != nil {
		ix.Close()
		return nil, err
	}
	if _, err := ix.db.Exec(storyListSchema + ";" + storyKeywordsSchema); err != nil {
		ix.Close()
		return nil, fmt.Errorf("open index %s: %w", ix.path, err)
	}
	return ix, nil
}

func absPath(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", fmt.Errorf("open index: %w", err)
	}
	return abs, nil
}

// open opens the database file with the connection settings every
// connection needs.
func (ix *Index) open() error {
	dsn := "file:" + ix.path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(0)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return fmt.Errorf("open index %s: %w", ix.path, err)
	}
	// One writer; readers share it too: SQLite serialises writes, and one
	// connection keeps the page cache warm.
	db.SetMaxOpenConns(1)
	if err := db.Ping(); err != nil {
		db.Close()
		return fmt.Errorf("open index %s: %w", ix.path, err)
	}
	rd, err := sql.Open("sqlite", "file:"+ix.path+"?_pragma=busy_timeout(10000)&_pragma=query_only(1)")
	if err != nil {
		db.Close()
		return fmt.Errorf("open index %s: %w", ix.path, err)
	}
	rd.SetMaxOpenConns(2)
	ix.db, ix.rd = db, rd
	return nil
}

// Close closes the database; a second call does nothing. It may run while
// another goroutine reads (the dashboard reads a reopened index while it
// is refreshed, which may rebuild it): the read then fails.
func (ix *Index) Close() error {
	ix.closing.Do(func() {
		if ix.db != nil {
			ix.closeErr = errors.Join(ix.db.Close(), ix.rd.Close())
		}
	})
	return ix.closeErr
}

// Path is the database file.
func (ix *Index) Path() string { return ix.path }

// Root is the corpus folder as given to Open.
func (ix *Index) Root() string { return ix.root }

// distrust returns why the file at ix.path must not be used, "" if it is
// fine or does not exist yet.
func (ix *Index) distrust() string {
	f, err := os.Open(ix.path)
	if errors.Is(err, os.ErrNotExist) {
		return ""
	}
	if err != nil {
		return "cannot be read: " + err.Error()
	}
	head := make([]byte, 100)
	n, _ := io.ReadFull(f, head)
	f.Close()
	if n == 0 {
		return "" // an empty file: SQLite makes a new database of it
	}
	if n < 100 || !bytes.HasPrefix(head, sqliteMagic) {
		return "not an SQLite database"
	}
	return ix.check()
}

// check opens the file and looks at what it says it is (its application
// id and schema version, read through SQLite: the newest header may still
// be in the write-ahead log), at its structure (PRAGMA quick_check) and at
// the folder it is of.
func (ix *Index) check() string {
	// Not mode=ro: a read-only connection may not see the write-ahead log.
	db, err := sql.Open("sqlite", "file:"+ix.path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return "cannot be opened: " + err.Error()
	}
	defer db.Close()
	var id, version int64
	if err := db.QueryRow(`PRAGMA application_id`).Scan(&id); err != nil {
		return "damaged: " + err.Error()
	}
	if id != appID {
		return fmt.Sprintf("not a zhibiao index (application id %#x)", id)
	}
	if err := db.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil {
		return "damaged: " + err.Error()
	}
	if version != schemaVersion {
		return fmt.Sprintf("index schema %d, want %d", version, schemaVersion)
	}
	if st, err := os.Stat(ix.path); err == nil && st.Size() <= quickCheckMax {
		var res string
		if err := db.QueryRow(`PRAGMA quick_check(1)`).Scan(&res); err != nil {
			return "damaged: " + err.Error()
		}
		if res != "ok" {
			return "damaged: " + res
		}
	}
	var root string
	if err := db.QueryRow(`SELECT value FROM meta WHERE key='root'`).Scan(&root); err != nil {
		return "damaged: " + err.Error()
	}
	if root != ix.abs {
		return "an index of another folder (" + root + ")"
	}
	return ""
}

// quickCheckMax is the largest index whose whole structure Open checks
// (PRAGMA quick_check reads every page: about 1 s per 100 MB here). Damage
// in a larger one shows as an error of the query that meets it; Damaged
// tells such errors, and the callers rebuild (Reopen).
var quickCheckMax int64 = 32 << 20 // a var for the tests

// Damaged reports an error that says the database file is damaged or is
// no database: the index must be rebuilt, not trusted.
func Damaged(err error) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return strings.Contains(s, "malformed") || strings.Contains(s, "not a database") ||
		strings.Contains(s, "(11)") || strings.Contains(s, "(26)")
}

// Rebuild closes a damaged index, sets its file aside (.bad) and opens a
// new, empty one in its place.
func (ix *Index) Rebuild(why string) (*Index, error) {
	ix.Close()
	if err := setAside(ix.path); err != nil {
		return nil, fmt.Errorf("rebuild index %s: %w", ix.path, err)
	}
	nix, err := Open(ix.p, ix.path, ix.root)
	if err != nil {
		return nil, err
	}
	nix.Rebuilt, nix.cut = why, ix.cut
	return nix, nil
}

// setAside moves a distrusted file out of the way to path+".bad", with its
// write-ahead log and shared-memory files (path.bad-wal, path.bad-shm: the
// names SQLite looks for beside path.bad), so that a database of someone
// else's keeps its last transactions. An older .bad is replaced.
func setAside(path string) error {
	for _, ext := range []string{"-wal", "-shm"} {
		err := os.Rename(path+ext, path+".bad"+ext)
		if errors.Is(err, os.ErrNotExist) {
			err = os.Remove(path + ".bad" + ext) // none: an older one would not belong
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return os.Rename(path, path+".bad")
}

// isNew reports a database without our tables.
func isNew(db *sql.DB) bool {
	var n int
	err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name='meta'`).Scan(&n)
	return err != nil || n == 0
}

// storyListSchema is a covering index of what the dashboard reads of
// each story (Stories), in the stories' order within their files: the
// 139,224 stories of 100,000 articles are read from about 30 MB of it
// instead of a page or more of each story's row (their figures' records
// make the rows kilobytes long). An index made before it gets it when it
// is opened (a few seconds at 100k).
const storyListSchema = `CREATE INDEX IF NOT EXISTS articles_list ON articles(file_id, story,
	file, title, source, date, date_inferred, year, data_year, authors, region, regions, quality, nfigures)`

// storyKeywordsSchema holds each story's keywords (SaveKeywords), apart
// from its row in articles: writing them into those rows (kilobytes each,
// with their figures' records) took 4.8 s of the 100k first analysis,
// mostly page reads; a table of their own takes a fraction of that. An
// index made before it gets it when it is opened; the keywords its
// stories hold in articles.keywords are read until new ones are saved.
const storyKeywordsSchema = `CREATE TABLE IF NOT EXISTS story_keywords(id INTEGER PRIMARY KEY, words TEXT NOT NULL)`

const schema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(
	id INTEGER PRIMARY KEY,
	path TEXT NOT NULL UNIQUE,      -- relative to the corpus folder, '/'-separated
	size INTEGER NOT NULL,
	mtime INTEGER NOT NULL,         -- modification time, Unix nanoseconds
	sha256 BLOB,
	title TEXT,                     -- its first story's title (the indicators' title)
	analysis TEXT NOT NULL          -- Analysis() when the file was analysed
);
CREATE TABLE articles(
	id INTEGER PRIMARY KEY,
	file_id INTEGER NOT NULL,
	story INTEGER NOT NULL,
	file TEXT,                      -- the base name the indicators carry
	title TEXT, source TEXT, date TEXT, date_inferred INTEGER, year INTEGER, data_year INTEGER,
	authors TEXT, region TEXT, regions TEXT, quality TEXT, keywords TEXT,
	runes INTEGER,                  -- length of the story's text
	nfigures INTEGER,               -- indicators found in it
	figures BLOB                    -- and all their fields (codec.go)
);
CREATE INDEX articles_file ON articles(file_id, story);
CREATE TABLE problems(file_id INTEGER NOT NULL, path TEXT NOT NULL, reason TEXT NOT NULL, note INTEGER NOT NULL);
CREATE INDEX problems_file ON problems(file_id);
CREATE TABLE region_keywords(region TEXT NOT NULL, rank INTEGER NOT NULL, word TEXT, z REAL, count INTEGER, rest INTEGER);
CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61');
` + figsSchema

// ftsAutomerge lets FTS5 merge its segments 8 at a time instead of 4:
// each flushed segment (one per transaction of the first build) is then
// rewritten about a third fewer times. Written into 100,000 articles, the
// writer spent 64.7 s of CPU instead of 70.0 s, for an index 0.4 % smaller
// and the same query times (就业 24–29 ms, 区 220–226 ms). Merging nothing
// while building and optimising at the end saved about as much, but its
// 11 s at the end run on one core after the analysis.
const ftsAutomerge = `INSERT INTO fts(fts, rank) VALUES('automerge', 8)`

// create starts a new index in the open database.
func (ix *Index) create() error {
	stmts := []string{
		fmt.Sprintf(`PRAGMA application_id=%d`, appID),
		fmt.Sprintf(`PRAGMA user_version=%d`, schemaVersion),
		schema,
		// Fewer, larger segments while bulk-inserting: the in-memory hash
		// flushes at 32 MB instead of 1 MB.
		`INSERT INTO fts(fts, rank) VALUES('hashsize', 33554432)`,
		ftsAutomerge,
	}
	tx, err := ix.db.Begin()
	if err != nil {
		return fmt.Errorf("create index %s: %w", ix.path, err)
	}
	defer tx.Rollback()
	for _, s := range stmts {
		if _, err := tx.Exec(s); err != nil {
			return fmt.Errorf("create index %s: %w", ix.path, err)
		}
	}
	if _, err := tx.Exec(`INSERT INTO meta(key, value) VALUES('root', ?), ('generation', '0')`, ix.abs); err != nil {
		return fmt.Errorf("create index %s: %w", ix.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("create index %s: %w", ix.path, err)
	}
	return nil
}

// meta reads a meta value ("" if unset).
func (ix *Index) meta(ctx context.Context, key string) (string, error) {
	var v string
	err := ix.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key=?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}
