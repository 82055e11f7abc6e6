//go:build unix

// Package hostile writes a corpus of hostile input for tests: the files that
// once crashed, hung or silently fooled the loader (issue 11) next to good
// articles. Tests of the data layer, the CLI and the app load it and check
// that every hostile file gives one clear problem (or note) and the rest
// loads.
package hostile

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Corpus is a hostile corpus on disk and what loading it must give.
type Corpus struct {
	Dir string
	// Loaded are the files that must load, relative to Dir.
	Loaded []string
	// Problems maps each file or folder, relative to Dir, that must not load
	// to the start of its problem's reason.
	Problems map[string]string
	// Notes maps the paths of files that load (or are a second path to one
	// that does) to the start of each note's reason; Counts says how many
	// notes a path gets when more than one.
	Notes  map[string]string
	Counts map[string]int
	// Figures are values that must be among the indicators (the good
	// figures of the good files).
	Figures []float64
}

// Good articles, each with one figure the extractor finds.
const (
	jobs     = "即墨区稳就业\n\n2020年上半年，即墨区新增城乡就业3.4万人。\n"
	trade    = "大连市稳外贸\n\n2020年大连市进出口总额增长12.5%。\n"
	invest   = "崂山区稳投资\n\n2020年崂山区固定资产投资增长8.8%。\n"
	overflow = "青岛市经济运行\n\n2020年青岛市地区生产总值增长百分之1e308，居民收入增长2^1024%，" +
		"新增就业10^309人，出口增长1e-400%。\n2020年青岛市城镇新增就业6.1万人。\n"
	japaneseText = "日本銀行は本日、金融政策決定会合において、短期金利の誘導目標を据え置くことを決定した。" +
		"消費者物価指数は前年同月比で2.5%上昇した。\n"
	koreanText = "한국은행은 오늘 기준금리를 연 3.5%로 동결했다. 올해 경제성장률은 2.1%로 전망된다.\n"
	htmlPage   = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>青岛</title>" +
		"<script>var x = 1e308 * 10;</script></head><body><p>青岛市新增就业3.4万人</p></body></html>\n"
)

// MaxFileSize is the loader's size limit the huge file passes (20 MiB).
const MaxFileSize = 20 << 20

// Write builds the corpus in a new temporary folder. The current directory
// changes while it builds the deep tree and is restored when the test ends.
func Write(t *testing.T) *Corpus {
	t.Helper()
	c := &Corpus{Dir: t.TempDir(), Problems: map[string]string{}, Notes: map[string]string{}, Counts: map[string]int{}}
	c.good("good/report.txt", jobs, 34000)
	c.good("good/trade.md", trade, 12.5)
	c.good("bad\xff\xfename.txt", invest, 8.8) // invalid UTF-8 in the name
	c.good("utf16.txt", string(encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), trade)), 12.5)
	c.write("overflow.txt", overflow)
	c.Loaded, c.Figures = append(c.Loaded, "overflow.txt"), append(c.Figures, 61000)
	c.Notes["overflow.txt"], c.Counts["overflow.txt"] = "number out of range, left out", 4
	c.bad("sjis.txt", string(encode(t, japanese.ShiftJIS, japaneseText)), "not valid text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030/GBK): looks like Shift-JIS")
	c.bad("euckr.txt", string(encode(t, korean.EUCKR, koreanText)), "not valid text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030/GBK): looks like EUC-KR")
	c.bad("badbyte.txt", strings.Replace(jobs, "稳", "\xff", 1), "not valid text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030/GBK): invalid UTF-8 at byte 9 (line 1)")
	c.bad("page.txt", htmlPage, "an HTML page")
	c.bad("utf16-nobom.txt", string(encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "Qingdao: GDP +3.7%\n"+trade)), "not valid text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030/GBK): looks like UTF-16 without")
	c.bad("image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file")
	c.bad("empty.txt", "", "empty file")
	c.huge(t)
	c.links(t)
	c.special(t)
	c.deep(t)
	c.noSearch(t)
	return c
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (c *Corpus) write(name, text string) {
	p := filepath.Join(c.Dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		panic(err)
	}
}

func (c *Corpus) good(name, text string, figure float64) {
	c.write(name, text)
	c.Loaded = append(c.Loaded, name)
	c.Figures = append(c.Figures, figure)
}

func (c *Corpus) bad(name, text, reason string) {
	c.write(name, text)
	c.Problems[name] = reason
}

// huge is a sparse file over the size limit: no disk space, and it must be
// refused before it is read.
func (c *Corpus) huge(t *testing.T) {
	c.bad("huge.txt", "", "file too large")
	if err := os.Truncate(filepath.Join(c.Dir, "huge.txt"), MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
}

// links makes a loop back to the top (absolute), a link to a file of the
// corpus and a dangling link.
func (c *Corpus) links(t *testing.T) {
	t.Helper()
	for _, l := range []struct{ target, name string }{
		{c.Dir, "good/loop"},
		{filepath.Join("good", "report.txt"), "latest.txt"},
		{filepath.Join(c.Dir, "nowhere.txt"), "dangling.txt"},
	} {
		if err := os.Symlink(l.target, filepath.Join(c.Dir, l.name)); err != nil {
			t.Fatal(err)
		}
	}
	c.Notes["good/loop"] = "directory loop"
	c.Notes["latest.txt"] = "already loaded: same file as " + filepath.Join(c.Dir, "good", "report.txt")
	c.Problems["dangling.txt"] = "cannot read file"
}

// special makes a named pipe, a socket and a link to /dev/zero, all named
// like articles: reading any of them would block or never end.
func (c *Corpus) special(t *testing.T) {
	t.Helper()
	if err := syscall.Mkfifo(filepath.Join(c.Dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(c.Dir, "socket.txt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	if err := os.Symlink("/dev/zero", filepath.Join(c.Dir, "zero.txt")); err != nil {
		t.Fatal(err)
	}
	c.Problems["fifo.txt"] = "not a regular file: a named pipe"
	c.Problems["socket.txt"] = "not a regular file: a socket"
	c.Problems["zero.txt"] = "not a regular file: a character device"
}

// deep makes a folder tree whose path passes the system's limit (4096
// bytes on Linux) with an article at its bottom, built one level at a time
// from inside.
func (c *Corpus) deep(t *testing.T) {
	t.Helper()
	t.Chdir(c.Dir)
	name := strings.Repeat("d", 200)
	rel := "deep"
	if err := os.Mkdir(rel, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(rel)
	skipped := ""
	for range 25 {
		if err := os.Mkdir(name, 0o755); err != nil {
			t.Fatal(err)
		}
		rel = filepath.Join(rel, name)
		if skipped == "" && len(filepath.Join(c.Dir, rel)) >= 4096 {
			skipped = rel
		}
		t.Chdir(name)
	}
	if err := os.WriteFile("lost.txt", []byte(jobs), 0o644); err != nil {
		t.Fatal(err)
	}
	c.Problems[skipped] = "folder skipped: file name too long"
}

// noSearch makes a folder without search (x) permission with a subfolder:
// a problem for the subfolder, except for root, who reads it anyway.
func (c *Corpus) noSearch(t *testing.T) {
	t.Helper()
	c.write("noexec/sub/a.txt", invest)
	p := filepath.Join(c.Dir, "noexec")
	if err := os.Chmod(p, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(p, 0o755) }) // let TempDir clean up
	if os.Geteuid() == 0 {
		c.Loaded, c.Figures = append(c.Loaded, "noexec/sub/a.txt"), append(c.Figures, 8.8)
		return
	}
	c.Problems["noexec/sub"] = "folder skipped: permission denied"
}

// Problem is a problem or note as a loader reports it.
type Problem struct {
	File   string // the path as reported (absolute, under Dir)
	Reason string
}

// Check compares what a loader reported with the corpus: each hostile path
// has exactly one problem whose reason starts as expected (and each note
// the expected count) and there is no other problem. Unless nil, values
// must hold every value of Figures and no infinite one, and loaded, the
// paths of the files loaded (relative to Dir), must be Loaded.
func (c *Corpus) Check(t *testing.T, loaded []string, probs []Problem, values []float64) {
	t.Helper()
	want := map[string]string{}
	for f, r := range c.Problems {
		want[f] = r
	}
	for f, r := range c.Notes {
		want[f] = r
	}
	got := map[string][]string{}
	for _, p := range probs {
		rel, err := filepath.Rel(c.Dir, p.File)
		if err != nil || strings.HasPrefix(rel, "..") {
			t.Errorf("problem outside the corpus: %s: %s", p.File, p.Reason)
			continue
		}
		got[rel] = append(got[rel], p.Reason)
	}
	for f, r := range want {
		n := max(c.Counts[f], 1)
		if len(got[f]) != n {
			t.Errorf("%s: %d problems %q, want %d starting %q", f, len(got[f]), got[f], n, r)
		}
		for _, g := range got[f] {
			if !strings.HasPrefix(g, r) {
				t.Errorf("%s: problem %q, want it to start %q", f, g, r)
			}
		}
	}
	for f, rs := range got {
		if _, ok := want[f]; !ok {
			t.Errorf("unexpected problem for %s: %q", f, rs)
		}
	}
	c.checkLoaded(t, loaded)
	c.checkValues(t, values)
}

func (c *Corpus) checkLoaded(t *testing.T, loaded []string) {
	t.Helper()
	if loaded == nil {
		return
	}
	set := map[string]int{}
	for _, f := range loaded {
		set[f]++
	}
	for _, f := range c.Loaded {
		if set[f] == 0 {
			t.Errorf("%s was not loaded", f)
		}
		delete(set, f)
	}
	for f := range set {
		t.Errorf("%s was loaded but should not be", f)
	}
}

func (c *Corpus) checkValues(t *testing.T, values []float64) {
	t.Helper()
	if values == nil {
		return
	}
	have := map[float64]bool{}
	for _, v := range values {
		if v != v || v > 1e300 || v < -1e300 {
			t.Errorf("value %v", v)
		}
		have[v] = true
	}
	for _, f := range c.Figures {
		if !have[f] {
			t.Errorf("figure %v missing from %d values", f, len(values))
		}
	}
}
