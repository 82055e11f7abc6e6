package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHelpExitsZero: indicators -h and numbers -h exited 1 with "flag:
// help requested" (issue 11).
func TestHelpExitsZero(t *testing.T) {
	for _, cmd := range []string{"indicators", "numbers", "export"} {
		for _, h := range []string{"-h", "-help", "--help"} {
			_, stdout, stderr := runCmd(t, cmd, h)
			if stdout != "" || !strings.Contains(stderr, "usage: zhibiao "+cmd) || strings.Contains(stderr, "help requested") {
				t.Errorf("%s %s: stdout %q, stderr %q", cmd, h, stdout, stderr)
			}
		}
	}
}

// runCmd runs a subcommand with empty stdin and fails the test unless the
// exit code is 0.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	code, stdout, stderr = runAny(args...)
	if code != 0 {
		t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
	}
	return code, stdout, stderr
}

func runAny(args ...string) (code int, stdout, stderr string) {
	var out, errb strings.Builder
	code = Run(args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// TestEmptyCorpusIsAnError: -corpus "" silently loaded the seeds (issue 11).
func TestEmptyCorpusIsAnError(t *testing.T) {
	for _, args := range [][]string{
		{"indicators", "-corpus", ""},
		{"indicators", "-corpus="},
		{"export", "-corpus", "", "-chart", "themes", "-o", filepath.Join(t.TempDir(), "x.svg")},
	} {
		code, stdout, stderr := runAny(args...)
		if code == 0 || stdout != "" || !strings.Contains(stderr, "-corpus needs a folder") {
			t.Errorf("%q: exit %d, stdout %.40q, stderr %q", args, code, stdout, stderr)
		}
	}
}

// TestCSVValidUTF8WithBadFileName: a file name with invalid UTF-8 bytes
// made the CSV invalid UTF-8 (issue 11).
func TestCSVValidUTF8WithBadFileName(t *testing.T) {
	dir := t.TempDir()
	text := "即墨区稳就业\n\n2020年上半年，即墨区新增城乡就业3.4万人。\n"
	if err := os.WriteFile(filepath.Join(dir, "bad\xff\xfe.txt"), []byte(text), 0o644); err != nil {
		t.Skipf("file system refuses the name: %v", err)
	}
	for _, format := range []string{"csv", "jsonl"} {
		_, stdout, _ := runCmd(t, "indicators", "-corpus", dir, "-format", format)
		named := strings.Contains(stdout, "bad\uFFFD.txt") || strings.Contains(stdout, `bad\ufffd\ufffd.txt`)
		if !named || !utf8.ValidString(stdout) {
			t.Errorf("%s: valid UTF-8 %v, output %.200q", format, utf8.ValidString(stdout), stdout)
		}
	}
}
