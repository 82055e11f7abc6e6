package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"zhibiao/data"
)

const indicatorsUsage = `usage: zhibiao indicators [-corpus DIR] [-format jsonl|csv]

Writes every indicator of the corpus (the embedded seeds, or the articles
under DIR: .txt .md .html .htm .docx .pdf .xlsx .csv) to stdout, one per
line, as JSON objects with the fields
  file story title date region theme indicator metric value unit raw
  qualifier period sentence start end [target]
or as CSV with a header row of the same names. value is in base units
(3.4万人 -> 34000), start and end are rune offsets of raw in the story's text,
target is true for goals (奋斗目标, 力争, 计划). The CSV is plain UTF-8 without
a byte-order mark, for other tools; the GUI's export adds the mark for Excel.
Files that cannot be loaded are reported on stderr as warnings.
`

// runIndicators implements `zhibiao indicators`.
func runIndicators(args []string, env Env) error {
	fs := flag.NewFlagSet("indicators", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprint(env.Stderr, indicatorsUsage) }
	dir := fs.String("corpus", "", "folder of articles (default: the embedded seeds)")
	format := fs.String("format", "jsonl", "output format: jsonl or csv")
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
	write, err := indicatorWriter(strings.ToLower(*format))
	if err != nil {
		return err
	}
	inds, err := loadIndicators(context.Background(), *dir, env.Stderr)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.Stdout)
	if err := write(w, inds); err != nil {
		return fmt.Errorf("write indicators: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write indicators: %w", err)
	}
	return nil
}

// indicatorWriter returns the writer for an output format.
func indicatorWriter(format string) (func(io.Writer, []data.Indicator) error, error) {
	switch format {
	case "jsonl", "json":
		return writeIndicatorsJSONL, nil
	case "csv":
		return writeIndicatorsCSV, nil
	}
	return nil, fmt.Errorf("unknown format %q (want jsonl or csv)", format)
}

// loadIndicators loads the seeds or dir and extracts the indicators.
// Per-file problems are warnings on stderr; the rest still loads.
func loadIndicators(ctx context.Context, dir string, stderr io.Writer) ([]data.Indicator, error) {
	c, err := data.OpenCorpus(ctx, dir, nil)
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

// writeIndicatorsJSONL writes one JSON object per indicator and line;
// nothing when a value cannot be written (data.CheckValues).
func writeIndicatorsJSONL(w io.Writer, inds []data.Indicator) error {
	if err := data.CheckValues(inds); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range inds {
		if err := enc.Encode(&inds[i]); err != nil {
			return fmt.Errorf("encode %s %q: %w", inds[i].File, inds[i].Raw, err)
		}
	}
	return nil
}

// writeIndicatorsCSV writes a header row (data.CSVHeader) and one row per
// indicator, plain UTF-8 without a byte-order mark.
func writeIndicatorsCSV(w io.Writer, inds []data.Indicator) error {
	return data.WriteCSV(w, inds, false)
}
