package cli

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

func runAnyArgs(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	if code := Run(args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}); code != 0 {
		t.Fatalf("%q: exit %d: %s", args, code, errb.String())
	}
	return out.String(), errb.String()
}

// smallCorpus is a few files in two folders, one of them unreadable.
func smallCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":        "即墨区稳就业\n2021-03-04\n\n即墨区上半年新增城乡就业1.2万人，引进人才3000余名。\n",
		"b/c.txt":      "崂山区招商\n2021-05-06\n\n崂山区引进外资项目12个，实际使用外资2亿美元，同比增长7.4%。\n",
		"b/d.md":       "西海岸新区\n2022-01-02\n\n西海岸新区减税降费8.1亿余元，市场主体增长12%。\n",
		"b/e.txt":      "李沧区\n2022-02-03\n\n李沧区没有数字的一篇。\n",
		"b/binary.txt": "\x00\x01\x02\x03",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestIndexThenIndicatorsFromIt: indicators read from an up-to-date index
// are byte for byte those analysed afresh, and a stale index is not read.
func TestIndexThenIndicatorsFromIt(t *testing.T) {
	dir := smallCorpus(t)
	ixFile := filepath.Join(t.TempDir(), "ix.sqlite")
	want, wantErr := runAnyArgs(t, "indicators", "-corpus", dir, "-index", ixFile)
	if _, err := os.Stat(ixFile); err == nil {
		t.Fatal("indicators created an index")
	}
	_, summary := runAnyArgs(t, "index", "-corpus", dir, "-index", ixFile)
	if !strings.Contains(summary, "5 files (5 analysed") {
		t.Errorf("summary %q", summary)
	}
	got, gotErr := runAnyArgs(t, "indicators", "-corpus", dir, "-index", ixFile)
	if got != want || gotErr != wantErr {
		t.Errorf("from the index:\n%s\n%s\nwant\n%s\n%s", got, gotErr, want, wantErr)
	}
	gotCSV, _ := runAnyArgs(t, "indicators", "-corpus", dir, "-index", ixFile, "-format", "csv")
	wantCSV, _ := runAnyArgs(t, "indicators", "-corpus", dir, "-index", filepath.Join(t.TempDir(), "none"), "-format", "csv")
	if gotCSV != wantCSV || !strings.HasPrefix(gotCSV, "file,story,") {
		t.Errorf("csv from the index:\n%s\nwant\n%s", gotCSV, wantCSV)
	}
	// Mark a figure in the index: the output shows it was read from there.
	db, err := sql.Open("sqlite", ixFile)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE articles SET file='从索引读出.txt'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if got, _ := runAnyArgs(t, "indicators", "-corpus", dir, "-index", ixFile); !strings.Contains(got, "从索引读出") {
		t.Errorf("indicators did not read the up-to-date index")
	}
	_, summary = runAnyArgs(t, "index", "-corpus", dir, "-index", ixFile)
	if !strings.Contains(summary, "(0 analysed, 0 only touched, 0 deleted, 5 unchanged)") {
		t.Errorf("second run: %q", summary)
	}
	// A new file makes the index stale: indicators analyses (and sees it).
	os.WriteFile(filepath.Join(dir, "new.txt"), []byte("即墨区\n2021-01-01\n\n即墨区新增就业9.9万人。\n"), 0o644)
	got, _ = runAnyArgs(t, "indicators", "-corpus", dir, "-index", ixFile)
	if !strings.Contains(got, `"raw":"9.9万人"`) {
		t.Errorf("stale index read:\n%s", got)
	}
}

// TestShardsImportedMatch: the shards of a folder, imported, make an index
// whose indicators are the folder's, and which a refresh finds up to date.
func TestShardsImportedMatch(t *testing.T) {
	dir := smallCorpus(t)
	want, _ := runAnyArgs(t, "indicators", "-corpus", dir, "-index", filepath.Join(t.TempDir(), "none"))
	var shards []string
	var plain strings.Builder
	for i := 1; i <= 3; i++ {
		out, _ := runAnyArgs(t, "indicators", "-corpus", dir, "-shard", []string{"", "1/3", "2/3", "3/3"}[i])
		name := filepath.Join(t.TempDir(), "shard.jsonl")
		os.WriteFile(name, []byte(out), 0o644)
		shards = append(shards, name)
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if l != "" && !strings.HasPrefix(l, `{"file_record":`) {
				plain.WriteString(l + "\n")
			}
		}
	}
	if got := sortedLines(plain.String()); got != sortedLines(want) {
		t.Errorf("the shards' indicators together:\n%s\nwant\n%s", got, sortedLines(want))
	}
	ixFile := filepath.Join(t.TempDir(), "ix.sqlite")
	_, summary := runAnyArgs(t, append([]string{"index", "-corpus", dir, "-index", ixFile, "-import"}, shards...)...)
	if !strings.Contains(summary, "imported 5 files") {
		t.Errorf("import: %q", summary)
	}
	_, summary = runAnyArgs(t, "index", "-corpus", dir, "-index", ixFile)
	if !strings.Contains(summary, "(0 analysed, 0 only touched, 0 deleted, 5 unchanged)") {
		t.Errorf("refresh after import: %q", summary)
	}
	got, _ := runAnyArgs(t, "indicators", "-corpus", dir, "-index", ixFile)
	if got != want {
		t.Errorf("from the imported index:\n%s\nwant\n%s", got, want)
	}
}

func sortedLines(s string) string {
	ls := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(ls)
	return strings.Join(ls, "\n")
}

func TestShardAndIndexErrors(t *testing.T) {
	dir := smallCorpus(t)
	for _, args := range [][]string{
		{"indicators", "-corpus", dir, "-shard", "0/3"},
		{"indicators", "-corpus", dir, "-shard", "4/3"},
		{"indicators", "-corpus", dir, "-shard", "x"},
		{"indicators", "-shard", "1/2"},
		{"indicators", "-corpus", dir, "-shard", "1/2", "-format", "csv"},
		{"index"},
		{"index", "-corpus", filepath.Join(dir, "a.txt")},
		{"index", "-corpus", dir, "-index", filepath.Join(t.TempDir(), "i"), "-import"},
		{"index", "-corpus", dir, "-index", filepath.Join(t.TempDir(), "i"), "-import", filepath.Join(dir, "a.txt")},
	} {
		var out, errb bytes.Buffer
		code := Run(args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
		if code == 0 || errb.Len() == 0 || out.Len() != 0 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out.String(), errb.String())
		}
	}
}
