package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"zhibiao/data/numparse"
)

const numbersUsage = `usage: zhibiao numbers < FILE

Reads lines of text on stdin and writes one JSON object per line:
  {"input": LINE, "numbers": [{"text","value","kind","start","end"}, ...]}
kind is number, percent, currency or range; start and end are rune offsets in
LINE (end exclusive); value is in base units (3.4万 -> 34000, 7.4% -> 7.4).
Ordinals and enumerations (第三, 一是) are not quantities and are left out;
so are numbers out of range (1e400, 2^1024, 1e-400), with a warning on stderr.
`

// numberJSON is one quantity in the numbers output.
type numberJSON struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Kind  string  `json:"kind"`
	Start int     `json:"start"`
	End   int     `json:"end"`
}

// lineJSON is one output line of the numbers subcommand.
type lineJSON struct {
	Input   string       `json:"input"`
	Numbers []numberJSON `json:"numbers"`
}

// runNumbers implements `zhibiao numbers`.
func runNumbers(args []string, env Env) error {
	fs := flag.NewFlagSet("numbers", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { fmt.Fprint(env.Stderr, numbersUsage) }
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse flags: %w", err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q (text is read from stdin)", fs.Args())
	}
	if env.Stdin == nil {
		return errors.New("no stdin")
	}
	out := bufio.NewWriter(env.Stdout)
	if err := scanLines(env.Stdin, out, env.Stderr); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

// scanLines writes one JSON object per input line, and a warning on
// stderr for each number left out as out of range.
func scanLines(r io.Reader, w, stderr io.Writer) error {
	in := bufio.NewReader(r)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for lineNo := 1; ; lineNo++ {
		line, err := in.ReadString('\n')
		if len(line) > 0 {
			res, rejected := numbersOf(cleanLine(line, lineNo))
			for _, r := range rejected {
				fmt.Fprintf(stderr, "zhibiao numbers: warning: line %d: %q is out of range, left out\n", lineNo, r.Text)
			}
			if encErr := enc.Encode(res); encErr != nil {
				return fmt.Errorf("write line %d: %w", lineNo, encErr)
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read line %d: %w", lineNo, err)
		}
	}
}

// cleanLine drops the line ending (LF or CRLF) and a leading BOM, and
// replaces invalid UTF-8 so that offsets refer to the echoed input.
func cleanLine(line string, lineNo int) string {
	line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
	if lineNo == 1 {
		line = strings.TrimPrefix(line, "\uFEFF")
	}
	return strings.ToValidUTF8(line, "\uFFFD")
}

// numbersOf scans one line; it also returns the numbers left out as out of
// range.
func numbersOf(line string) (lineJSON, []numparse.Rejected) {
	res := lineJSON{Input: line, Numbers: []numberJSON{}}
	found, rejected := numparse.ScanReport(line)
	for _, n := range found {
		if n.Ordinal {
			continue
		}
		res.Numbers = append(res.Numbers, numberJSON{
			Text: n.Text, Value: n.Value, Kind: string(n.Kind), Start: n.Start, End: n.End,
		})
	}
	return res, rejected
}
