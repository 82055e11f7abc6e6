//go:build unix

package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"zhibiao/data/hostile"
)

// warnings parses the per-file warnings of a subcommand's stderr and
// returns the other lines apart.
func warnings(cmd, stderr string) (probs []hostile.Problem, other []string) {
	prefix := "zhibiao " + cmd + ": warning: "
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		rest, ok := strings.CutPrefix(line, prefix)
		file, reason, ok2 := strings.Cut(rest, ": ")
		if !ok || !ok2 {
			other = append(other, line)
			continue
		}
		probs = append(probs, hostile.Problem{File: file, Reason: reason})
	}
	return probs, other
}

// TestHostileCorpusIndicators: indicators goes through the hostile corpus
// with one warning per hostile file and the rest extracted.
func TestHostileCorpusIndicators(t *testing.T) {
	c := hostile.Write(t)
	start := time.Now()
	out, stderr, code := runInd(t, "-corpus", c.Dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	t.Logf("indicators took %v", time.Since(start))
	var values []float64
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ind struct{ Value float64 }
		if err := json.Unmarshal([]byte(line), &ind); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		values = append(values, ind.Value)
	}
	probs, other := warnings("indicators", stderr)
	if len(other) > 0 {
		t.Errorf("stderr lines that are no per-file warning: %q", other)
	}
	c.Check(t, nil, probs, values)
}

// TestHostileCorpusExportAll: export -all writes the charts of what loaded.
func TestHostileCorpusExportAll(t *testing.T) {
	c := hostile.Write(t)
	dir := filepath.Join(t.TempDir(), "charts")
	var stdout, stderr bytes.Buffer
	code := Run([]string{"export", "-corpus", c.Dir, "-all", "-format", "svg", "-o", dir},
		Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	probs, other := warnings("export", stderr.String()) // other: notes about charts
	t.Logf("other notes: %q", other)
	c.Check(t, nil, probs, nil)
	written := strings.Fields(stdout.String())
	if len(written) == 0 {
		t.Fatal("no chart written")
	}
	for _, p := range written {
		xmlText(t, readFile(t, p))
	}
	if _, err := os.Stat(filepath.Join(dir, "regions-新增就业.svg")); err != nil {
		t.Errorf("no chart of 新增就业 (from the good files): %v; wrote %v", err, written)
	}
}
