package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/region"
)

const indicatorsUsage = `usage: zhibiao indicators [-corpus DIR] [-format jsonl|csv] [-index FILE] [-shard I/N]

Writes every indicator of the corpus (the embedded seeds, or the articles
under DIR: .txt .md .html .htm .docx .pdf .xlsx .csv) to stdout, one per
line, as JSON objects with the fields
  file story title date region theme indicator metric value unit raw
  qualifier period sentence start end [target] period_start period_end
  period_kind status regions
or as CSV with a header row of the same names. value is in base units
(3.4万人 -> 34000), start and end are rune offsets of raw in the story's text,
target is true for goals (奋斗目标, 力争, 计划). The CSV is plain UTF-8 without
a byte-order mark, for other tools; the GUI's export adds the mark for Excel.
Files that cannot be loaded are reported on stderr as warnings.

Each file's figures are written as soon as they are found, in file order;
memory does not grow with the corpus. When DIR's index (zhibiao index) is
up to date, the figures are read from it instead (-index FILE names an
index elsewhere than the user cache).

-shard I/N analyses only the I-th of N stable parts of the files (split by
a hash of each file's path under DIR), for fanning a large archive out
over machines or processes; before each file's indicators it writes one
{"file_record": …} line that zhibiao index -import reads back (see
docs/INDEX.md). jsonl only.
`

// runIndicators implements `zhibiao indicators`.
func runIndicators(args []string, env Env) error {
	fs := flag.NewFlagSet("indicators", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprint(env.Stderr, indicatorsUsage) }
	dir := fs.String("corpus", "", "folder of articles (default: the embedded seeds)")
	format := fs.String("format", "jsonl", "output format: jsonl or csv")
	ixPath := fs.String("index", "", "index file to read when it is up to date (default: the folder's in the user cache)")
	shardFlag := fs.String("shard", "", "I/N: only the I-th of N stable parts of the files, with file records for zhibiao index -import")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil // usage printed on request
		}
		return fmt.Errorf("parse flags: %w", err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if err := CheckCorpusFlag(fs); err != nil {
		return err
	}
	sink, err := newIndicatorSink(strings.ToLower(*format), env.Stdout)
	if err != nil {
		return err
	}
	shard, err := parseShard(*shardFlag)
	if err != nil {
		return err
	}
	ctx := context.Background()
	p := corpus.New(region.Default())
	warn := func(p data.LoadProblem) { fmt.Fprintf(env.Stderr, "zhibiao indicators: warning: %v\n", p) }
	switch {
	case shard.n > 0:
		if *dir == "" || sink.csv {
			return errors.New("-shard needs -corpus DIR and the jsonl format")
		}
		err = streamShard(ctx, p, *dir, shard, sink, warn)
	case *dir == "":
		err = writeSeeds(ctx, p, sink, env.Stderr)
	default:
		err = streamIndicators(ctx, p, *dir, *ixPath, sink, warn)
	}
	if err != nil {
		return err
	}
	if err := sink.flush(); err != nil {
		return fmt.Errorf("write indicators: %w", err)
	}
	return nil
}

// writeSeeds writes the embedded seeds' indicators (a small corpus, held
// in memory).
func writeSeeds(ctx context.Context, p *corpus.Pipeline, sink *indicatorSink, stderr io.Writer) error {
	inds, err := loadIndicators(ctx, p, "", stderr)
	if err != nil {
		return err
	}
	return sink.write(inds)
}

// loadIndicators loads the seeds or dir with p and extracts the indicators.
// Per-file problems are warnings on stderr; the rest still loads.
func loadIndicators(ctx context.Context, p *corpus.Pipeline, dir string, stderr io.Writer) ([]data.Indicator, error) {
	c, err := p.Open(ctx, dir, nil)
	if err != nil {
		return nil, fmt.Errorf("load corpus: %w", err)
	}
	for _, p := range c.Problems {
		fmt.Fprintf(stderr, "zhibiao indicators: warning: %v\n", p)
	}
	if len(c.Articles) == 0 && len(c.Problems) > 0 {
		return nil, errors.New("no article could be loaded")
	}
	return c.Indicators, nil
}
