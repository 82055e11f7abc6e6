package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"zhibiao/data/corpus"
	"zhibiao/data/index"
	"zhibiao/data/region"
)

const indexUsage = `usage: zhibiao index -corpus DIR [-index FILE] [-import FILE.jsonl ...]

Builds or refreshes the on-disk index of the articles under DIR: only files
new or changed since the last run are analysed, deleted ones are dropped,
and everything is analysed again when this build extracts differently. The
index lives in the user cache directory, one per folder (-index FILE puts it
elsewhere); zhibiao indicators and the dashboard read it when it is up to
date. A damaged index, or a file that is no index of this folder, is moved
aside to FILE.bad and rebuilt.

-import merges the outputs of zhibiao indicators -shard I/N (run on as many
machines or cores as you like, see docs/INDEX.md) into the index instead of
analysing; a refresh afterwards analyses only what changed since.
A summary goes to stderr; nothing is written to stdout.
`

// runIndex implements `zhibiao index`.
func runIndex(args []string, env Env) error {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprint(env.Stderr, indexUsage) }
	dir := fs.String("corpus", "", "folder of articles (required)")
	ixPath := fs.String("index", "", "index file (default: the folder's in the user cache)")
	imp := fs.Bool("import", false, "merge the shard outputs named as arguments instead of analysing")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("parse flags: %w", err)
	}
	if err := CheckCorpusFlag(fs); err != nil {
		return err
	}
	if *dir == "" {
		return errors.New("-corpus DIR is required (the embedded seeds need no index)")
	}
	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		return fmt.Errorf("-corpus %s: not a folder", *dir)
	}
	if !*imp && fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *imp && fs.NArg() == 0 {
		return errors.New("-import needs the shard files to merge")
	}
	path := *ixPath
	if path == "" {
		var err error
		if path, err = index.DefaultPath(*dir); err != nil {
			return err
		}
	}
	ix, err := index.Open(corpus.New(region.Default()), path, *dir)
	if err != nil {
		return err
	}
	defer ix.Close()
	if ix.Rebuilt != "" {
		fmt.Fprintf(env.Stderr, "zhibiao index: %s was not used (%s): set aside as .bad, rebuilding\n", path, ix.Rebuilt)
	}
	if *imp {
		return importShards(ix, fs.Args(), env.Stderr)
	}
	return refreshIndex(ix, env.Stderr)
}

func refreshIndex(ix *index.Index, stderr io.Writer) error {
	start := time.Now()
	nix, st, err := ix.RefreshOrRebuild(context.Background(), throttled(stderr, time.Second))
	if err != nil {
		return err
	}
	if nix != ix {
		defer nix.Close()
		fmt.Fprintf(stderr, "zhibiao index: %s was damaged (%s): set aside as .bad, rebuilt\n", nix.Path(), nix.Rebuilt)
		ix = nix
	}
	for _, p := range st.Problems {
		fmt.Fprintf(stderr, "zhibiao index: warning: %v\n", p)
	}
	fmt.Fprintf(stderr, "zhibiao index: %s: %d files (%d analysed, %d only touched, %d deleted, %d unchanged) in %.1f s; index %s\n",
		ix.Root(), st.Files, st.Analysed, st.Touched, st.Deleted, st.Unchanged, time.Since(start).Seconds(), ix.Path())
	return nil
}

// throttled reports progress on stderr at most once per interval, and
// only when stderr is a terminal.
func throttled(stderr io.Writer, every time.Duration) corpus.Progress {
	f, ok := stderr.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	var last time.Time
	return func(stage string, done, total int) {
		if now := time.Now(); now.Sub(last) >= every || done == total {
			last = now
			fmt.Fprintf(stderr, "\r%s %d/%d ", stage, done, total)
			if done == total {
				fmt.Fprintln(stderr)
			}
		}
	}
}

func importShards(ix *index.Index, files []string, stderr io.Writer) error {
	start := time.Now()
	var total index.ImportStats
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		st, err := ix.Import(context.Background(), f)
		f.Close()
		if err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		total.Files += st.Files
		total.Indicators += st.Indicators
		total.OtherAnalysis += st.OtherAnalysis
	}
	fmt.Fprintf(stderr, "zhibiao index: imported %d files, %d indicators from %d shard outputs in %.1f s; index %s\n",
		total.Files, total.Indicators, len(files), time.Since(start).Seconds(), ix.Path())
	if total.OtherAnalysis > 0 {
		fmt.Fprintf(stderr, "zhibiao index: warning: %d files were analysed by another build; the next refresh analyses them again\n", total.OtherAnalysis)
	}
	return nil
}
