package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHeadlessCommandsQuietUnderCLocale builds the real binary and runs the
// headless subcommands with Debian's default LANG=C.UTF-8: stderr stays
// empty (Fyne's lang package logged "Error parsing user locale C" three
// times on every run).
func TestHeadlessCommandsQuietUnderCLocale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the binary with")
	}
	bin := filepath.Join(t.TempDir(), "zhibiao")
	build := exec.Command(goBin, "build", "-o", bin, ".")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out := filepath.Join(t.TempDir(), "themes.svg")
	for _, args := range [][]string{
		{"indicators"},
		{"numbers"},
		{"export", "-chart", "themes", "-force", "-o", out},
	} {
		for _, env := range [][]string{{"LANG=C.UTF-8"}, {"LC_ALL=C.UTF-8", "LANG=zh_CN.UTF-8"}, {"LANG=C"}} {
			cmd := exec.Command(bin, args...)
			cmd.Env = append(cleanLocaleEnv(), env...)
			cmd.Stdin = strings.NewReader("新增就业3.4万人。\n")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Errorf("%v with %v: %v\n%s", args, env, err, &stderr)
				continue
			}
			if stderr.Len() > 0 {
				t.Errorf("%v with %v printed on stderr:\n%s", args, env, &stderr)
			}
		}
	}
}

// cleanLocaleEnv is the test's environment without locale variables.
func cleanLocaleEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE":
			continue
		}
		env = append(env, kv)
	}
	return env
}
