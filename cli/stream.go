package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"zhibiao/data"
	"zhibiao/data/corpus"
	"zhibiao/data/index"
	"zhibiao/data/output"
)

// indicatorSink writes indicators as they come, in JSONL or CSV (header
// first), flushing after each file so that a reader downstream sees each
// file's figures as soon as they are found.
type indicatorSink struct {
	w      *bufio.Writer
	enc    *json.Encoder
	cw     *csv.Writer
	csv    bool
	header bool
}

func newIndicatorSink(format string, out io.Writer) (*indicatorSink, error) {
	s := &indicatorSink{w: bufio.NewWriterSize(out, 64<<10)}
	switch format {
	case "jsonl", "json":
		s.enc = json.NewEncoder(s.w)
		s.enc.SetEscapeHTML(false)
	case "csv":
		s.csv, s.cw = true, csv.NewWriter(s.w)
	default:
		return nil, fmt.Errorf("unknown format %q (want jsonl or csv)", format)
	}
	return s, nil
}

// write writes a batch of indicators (nothing of it when a value is not
// finite, output.CheckValues).
func (s *indicatorSink) write(inds []data.Indicator) error {
	if err := output.CheckValues(inds); err != nil {
		return err
	}
	for i := range inds {
		if err := s.one(&inds[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *indicatorSink) one(ind *data.Indicator) error {
	if s.csv {
		if !s.header {
			s.header = true
			if err := s.cw.Write(output.CSVHeader); err != nil {
				return fmt.Errorf("write indicators: %w", err)
			}
		}
		if err := s.cw.Write(output.CSVRecord(*ind)); err != nil {
			return fmt.Errorf("write indicators: %w", err)
		}
		return nil
	}
	if err := s.enc.Encode(ind); err != nil {
		return fmt.Errorf("encode %s %q: %w", ind.File, ind.Raw, err)
	}
	return nil
}

// flush pushes what is buffered to the output (the CSV header too, for
// a corpus without figures).
func (s *indicatorSink) flush() error {
	if s.csv {
		if !s.header {
			s.header = true
			if err := s.cw.Write(output.CSVHeader); err != nil {
				return err
			}
		}
		s.cw.Flush()
		if err := s.cw.Error(); err != nil {
			return err
		}
	}
	return s.w.Flush()
}

// shard is -shard I/N (n == 0: not given).
type shard struct{ i, n int }

func parseShard(s string) (shard, error) {
	if s == "" {
		return shard{}, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return shard{}, fmt.Errorf("-shard %q: want I/N with 1 ≤ I ≤ N, e.g. 1/4 … 4/4", s)
	}
	return shard{i, n}, nil
}

// streamIndicators writes dir's indicators: from its index when the index
// is up to date, else analysing the files with p one by one (in OpenCorpus's
// order, on all cores, each file's figures written as soon as it and the
// files before it are done). Memory does not grow with the corpus.
func streamIndicators(ctx context.Context, p *corpus.Pipeline, dir, ixPath string, sink *indicatorSink, warn func(data.LoadProblem)) error {
	if st, err := os.Stat(dir); err != nil {
		return fmt.Errorf("load corpus: open %s: %w", dir, err)
	} else if st.IsDir() {
		ix, probs, err := index.OpenFresh(ctx, p, ixPath, dir)
		if err != nil {
			return fmt.Errorf("load corpus: %w", err)
		}
		if ix != nil {
			defer ix.Close()
			return fromIndex(ctx, ix, probs, sink, warn)
		}
	}
	jobs, probs, err := index.Jobs(ctx, dir)
	if err != nil {
		return fmt.Errorf("load corpus: %w", err)
	}
	return analyse(ctx, p, jobs, probs, sink, warn, nil)
}

// fromIndex writes the indicators an up-to-date index holds.
func fromIndex(ctx context.Context, ix *index.Index, probs []data.LoadProblem, sink *indicatorSink, warn func(data.LoadProblem)) error {
	stored, articles, err := ix.Problems(ctx)
	if err != nil {
		return err
	}
	for _, p := range append(stored, probs...) {
		warn(p)
	}
	if articles == 0 && len(stored)+len(probs) > 0 {
		return errors.New("no article could be loaded")
	}
	return ix.EachIndicator(ctx, func(ind *data.Indicator) error { return sink.one(ind) })
}

// analyse analyses the jobs with p and writes their indicators as they come;
// record, if set, is called before each file's indicators are written.
func analyse(ctx context.Context, p *corpus.Pipeline, jobs []index.Job, probs []data.LoadProblem, sink *indicatorSink,
	warn func(data.LoadProblem), record func(*index.Result) error) error {
	for _, p := range probs {
		warn(p)
	}
	articles, failed := 0, len(probs)
	err := index.Analyze(ctx, p, jobs, func(r *index.Result) error {
		if r.Err != nil {
			failed++
			warn(data.LoadProblem{File: r.Path, Reason: r.Err.Error()})
		}
		for _, n := range r.Notes {
			warn(n)
		}
		articles += len(r.File.Articles)
		if record != nil {
			if err := record(r); err != nil {
				return err
			}
		}
		if err := sink.write(r.Indicators); err != nil {
			return err
		}
		return sink.w.Flush()
	})
	if err != nil {
		return err
	}
	if articles == 0 && failed > 0 {
		return errors.New("no article could be loaded")
	}
	return nil
}

// streamShard writes shard s of dir's files: before each file's indicators
// one line {"file_record": …} with what the index keeps of the file
// (zhibiao index -import reads them back).
func streamShard(ctx context.Context, p *corpus.Pipeline, dir string, s shard, sink *indicatorSink, warn func(data.LoadProblem)) error {
	jobs, probs, err := index.Jobs(ctx, dir)
	if err != nil {
		return fmt.Errorf("load corpus: %w", err)
	}
	mine := jobs[:0]
	for _, j := range jobs {
		if index.InShard(j.Rel, s.i, s.n) {
			mine = append(mine, j)
		}
	}
	if s.i > 1 {
		probs = nil // the folder's own problems are reported by shard 1
	}
	return analyse(ctx, p, mine, probs, sink, warn, func(r *index.Result) error {
		rec := index.NewFileRecord(p, r)
		return sink.enc.Encode(index.ShardLine{FileRecord: &rec})
	})
}
