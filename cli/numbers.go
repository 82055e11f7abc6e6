package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"zhibiao/data/numparse"
)

// MaxLineBytes is the longest line `zhibiao numbers` scans (1 MiB); the
// rest of a longer line is skipped with a warning, so that memory stays
// bounded whatever the input.
const MaxLineBytes = 1 << 20

const numbersUsage = `usage: zhibiao numbers < FILE

Reads lines of text on stdin and writes one JSON object per line, as soon as
the line is read:
  {"input": LINE, "numbers": [{"text","value","kind","start","end"}, ...]}
kind is number, percent, currency or range; start and end are rune offsets in
LINE (end exclusive); value is in base units (3.4万 -> 34000, 7.4% -> 7.4).
Ordinals and enumerations (第三, 一是) are not quantities and are left out;
so are numbers out of range (1e400, 2^1024, 1e-400), with a warning on stderr.
A line longer than 1 MiB is cut there (at a character boundary), with a
warning on stderr.
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
		if errors.Is(err, flag.ErrHelp) {
			return nil // usage printed on request
		}
		return fmt.Errorf("parse flags: %w", err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q (text is read from stdin)", fs.Args())
	}
	if env.Stdin == nil {
		return errors.New("no stdin")
	}
	return scanLines(env.Stdin, env.Stdout, env.Stderr, MaxLineBytes)
}

// lineScanner reads lines of at most max bytes; the rest of a longer line
// is read and dropped.
type lineScanner struct {
	in  *bufio.Reader
	max int
	buf []byte
}

// next returns the next line without its "\n", whether it was cut, and
// io.EOF after the last line.
func (s *lineScanner) next() (line []byte, cut bool, err error) {
	s.buf = s.buf[:0]
	for {
		frag, err := s.in.ReadSlice('\n')
		take := min(len(frag), max(s.max-len(s.buf), 0))
		s.buf = append(s.buf, frag[:take]...)
		if len(bytes.TrimRight(frag[take:], "\r\n")) > 0 {
			cut = true
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, false, err
		}
		if err != nil && len(s.buf) == 0 && !cut {
			return nil, false, io.EOF
		}
		break
	}
	line = bytes.TrimSuffix(s.buf, []byte("\n"))
	if i := lastStart(line); cut && !utf8.FullRune(line[i:]) {
		line = line[:i] // end on a whole character
	}
	return line, cut, nil
}

// lastStart is the index where the last (maybe partial) UTF-8 character of
// b starts; 0 for an empty b.
func lastStart(b []byte) int {
	i := max(len(b)-1, 0)
	for i > 0 && len(b)-i < utf8.UTFMax && !utf8.RuneStart(b[i]) {
		i--
	}
	return i
}

// scanLines writes one JSON object per input line, flushed before each
// wait for more input so that it can serve line by line; warnings (a
// number out of range, a line cut at maxLine bytes) go to stderr.
func scanLines(r io.Reader, stdout, stderr io.Writer, maxLine int) error {
	in := bufio.NewReaderSize(r, 64<<10)
	sc := &lineScanner{in: in, max: maxLine}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for lineNo := 1; ; lineNo++ {
		if in.Buffered() == 0 { // about to wait for input: send what is done
			if err := w.Flush(); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		line, cut, err := sc.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("read line %d: %w", lineNo, err)
		}
		if cut {
			fmt.Fprintf(stderr, "zhibiao numbers: warning: line %d is longer than %d bytes: only its start is scanned\n", lineNo, maxLine)
		}
		res, rejected := numbersOf(cleanLine(string(line), lineNo))
		for _, r := range rejected {
			fmt.Fprintf(stderr, "zhibiao numbers: warning: line %d: %q is out of range, left out\n", lineNo, r.Text)
		}
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("write line %d: %w", lineNo, err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
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
