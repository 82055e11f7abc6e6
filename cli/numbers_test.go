package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

func runNumbersCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(append([]string{"numbers"}, args...), Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func TestNumbersCommand(t *testing.T) {
	in := "即墨区上半年新增城乡就业3.4万人\r\n城镇新增就业万人\n累计减税降费8.1亿余元，增长15%至20%，下降6.8%\n第三，一是稳就业"
	code, stdout, stderr := runNumbersCLI(t, in)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4:\n%s", len(lines), stdout)
	}
	want := []lineJSON{
		{Input: "即墨区上半年新增城乡就业3.4万人", Numbers: []numberJSON{{"3.4万", 34000, "number", 12, 16}}},
		{Input: "城镇新增就业万人", Numbers: []numberJSON{}},
		{Input: "累计减税降费8.1亿余元，增长15%至20%，下降6.8%", Numbers: []numberJSON{
			{"8.1亿余元", 810000000, "currency", 6, 12},
			{"15%至20%", 20, "range", 15, 22},
			{"6.8%", 6.8, "percent", 25, 29},
		}},
		{Input: "第三，一是稳就业", Numbers: []numberJSON{}},
	}
	for i, line := range lines {
		var got lineJSON
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d %q: %v", i, line, err)
		}
		if !sameLine(got, want[i]) {
			t.Errorf("line %d:\n got %+v\nwant %+v", i, got, want[i])
		}
	}
	if !strings.Contains(lines[1], `"numbers":[]`) {
		t.Errorf("no numbers must be an empty array, not null: %s", lines[1])
	}
}

func sameLine(a, b lineJSON) bool {
	if a.Input != b.Input || len(a.Numbers) != len(b.Numbers) {
		return false
	}
	for i := range a.Numbers {
		if a.Numbers[i] != b.Numbers[i] {
			return false
		}
	}
	return true
}

func TestNumbersCommandEmptyAndErrors(t *testing.T) {
	if code, stdout, _ := runNumbersCLI(t, ""); code != 0 || stdout != "" {
		t.Errorf("empty input: exit %d, stdout %q", code, stdout)
	}
	code, stdout, stderr := runNumbersCLI(t, "1\n", "extra")
	if code == 0 || stdout != "" || !strings.Contains(stderr, "unexpected arguments") {
		t.Errorf("extra argument: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	code, _, stderr = runNumbersCLI(t, "1\n", "-bogus")
	if code == 0 || stderr == "" {
		t.Errorf("bad flag: exit %d, stderr %q", code, stderr)
	}
	code, stdout, stderr = runNumbersCLI(t, "1\n", "-h")
	if code != 0 || stdout != "" || !strings.Contains(stderr, "usage: zhibiao numbers") {
		t.Errorf("-h: exit %d, stdout %q, stderr %q; want 0 and the usage on stderr", code, stdout, stderr)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestNumbersCommandReadError(t *testing.T) {
	var out, errb bytes.Buffer
	code := Run([]string{"numbers"}, Env{Stdin: failingReader{}, Stdout: &out, Stderr: &errb})
	if code == 0 || !strings.Contains(errb.String(), "disk on fire") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

// TestNumbersStreams: numbers wrote nothing until stdin closed (issue 11).
// Each output line now comes as soon as its input line is read.
func TestNumbersStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- Run([]string{"numbers"}, Env{Stdin: inR, Stdout: outW, Stderr: io.Discard})
		outW.Close()
	}()
	out := bufio.NewReader(outR)
	for i, in := range []string{"增长3.5%\n", "新增就业3.4万人\n"} {
		if _, err := io.WriteString(inW, in); err != nil {
			t.Fatal(err)
		}
		got := make(chan string, 1)
		go func() {
			line, _ := out.ReadString('\n')
			got <- line
		}()
		select {
		case line := <-got:
			if !strings.Contains(line, strings.TrimSpace(in)) {
				t.Errorf("line %d: %q", i, line)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no output for line %d while stdin stays open", i)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

// repeatReader yields n copies of a string, then EOF, without holding them.
type repeatReader struct {
	s   string
	n   int
	off int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	w := 0
	for w < len(p) && r.n > 0 {
		c := copy(p[w:], r.s[r.off:])
		w, r.off = w+c, r.off+c
		if r.off == len(r.s) {
			r.off, r.n = 0, r.n-1
		}
	}
	if w == 0 {
		return 0, io.EOF
	}
	return w, nil
}

// TestNumbersLongLine: a 200 MB line took 3.1 GB (issue 11). A line over
// MaxLineBytes is cut at a character boundary with a warning, and memory
// stays bounded: here a 64 MiB line allocates a few MiB.
func TestNumbersLongLine(t *testing.T) {
	const unit = "增长率有所提高，" // 24 bytes: 1 MiB falls inside a character
	in := io.MultiReader(&repeatReader{s: unit, n: 64 << 20 / len(unit)}, strings.NewReader("\n第二行增长7%\n"))
	var out, errb bytes.Buffer
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	code := Run([]string{"numbers"}, Env{Stdin: in, Stdout: &out, Stderr: &errb})
	runtime.ReadMemStats(&after)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 40<<20 {
		t.Errorf("allocated %d MiB for a 64 MiB line", alloc>>20)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], `"value":7`) {
		t.Fatalf("%d output lines, want 2 (the second: %.80q)", len(lines), lines[len(lines)-1])
	}
	var first lineJSON
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if n := len(first.Input); n > MaxLineBytes || n < MaxLineBytes-len(unit) || strings.Contains(first.Input, "\uFFFD") {
		t.Errorf("first line echoed as %d bytes (or with a broken character), want it cut near %d", n, MaxLineBytes)
	}
	if !strings.Contains(errb.String(), "line 1 is longer than 1048576 bytes") {
		t.Errorf("stderr %q", errb.String())
	}
}

type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestWriteErrorsFail: export > /dev/full exited 0 (issue 11). Every
// subcommand fails when stdout cannot be written.
func TestWriteErrorsFail(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"numbers"},
		{"indicators"},
		{"indicators", "-format", "csv"},
		{"export", "-chart", "themes", "-o", filepath.Join(dir, "themes.svg")},
	} {
		var errb bytes.Buffer
		code := Run(args, Env{Stdin: strings.NewReader("增长3%\n"), Stdout: fullWriter{}, Stderr: &errb})
		if code == 0 || !strings.Contains(errb.String(), "no space left on device") {
			t.Errorf("%v > /dev/full: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// FuzzNumbers: any input gives one JSON line per input line, echoing it as
// valid UTF-8, with spans inside it; long lines are cut (here at 64 bytes).
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"增长3.5%\n新增就业3.4万人", "百分之1e308\n2^1024\r\n", "\xff\xfe\n\n", strings.Repeat("增长9%，", 20), ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var out, errb bytes.Buffer
		if err := scanLines(strings.NewReader(in), &out, &errb, 64); err != nil {
			t.Fatal(err)
		}
		want := strings.Count(in, "\n")
		if in != "" && !strings.HasSuffix(in, "\n") {
			want++
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			lines = nil
		}
		if len(lines) != want {
			t.Fatalf("%d output lines for %d input lines", len(lines), want)
		}
		for _, line := range lines {
			var got lineJSON
			if err := json.Unmarshal([]byte(line), &got); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			n := utf8.RuneCountInString(got.Input)
			if !utf8.ValidString(got.Input) || len(got.Input) > 64*3 {
				t.Fatalf("input echoed as %q", got.Input)
			}
			for _, num := range got.Numbers {
				if num.Start < 0 || num.End > n || num.Start >= num.End {
					t.Fatalf("span %d-%d in %d runes", num.Start, num.End, n)
				}
			}
		}
	})
}
