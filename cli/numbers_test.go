package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
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
	code, _, _ = runNumbersCLI(t, "1\n", "-h")
	if code == 0 {
		t.Errorf("-h: exit %d, want non-zero (help on stderr)", code)
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
