package corpus

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"zhibiao/data"
	"zhibiao/data/output"
)

// overflowArticle holds each number a float64 cannot hold (issue 11: they
// became +Inf, 1024, 309 and 0), figures the extractor would make absurdly
// large, and one good figure.
const overflowArticle = "青岛市经济运行\n\n" +
	"2020年青岛市地区生产总值增长百分之1e308，居民收入增长2^1024%，新增就业10^309人，出口增长1e-400%。\n" +
	"大连市地区生产总值增长1e308%，烟台市地区生产总值增长-1e308%。\n" +
	"2020年青岛市城镇新增就业3.4万人。\n"

func TestOpenCorpusLeavesOutNumbersOutOfRange(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(overflowArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := OpenCorpus(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	good := false
	for _, ind := range c.Indicators {
		if math.IsInf(ind.Value, 0) || math.IsNaN(ind.Value) || math.Abs(ind.Value) > MaxValue {
			t.Errorf("indicator %q has value %v", ind.Raw, ind.Value)
		}
		for _, bad := range []string{"1024", "309", "1e"} {
			if strings.Contains(ind.Raw, bad) {
				t.Errorf("indicator %q (value %v) is a piece of a number out of range", ind.Raw, ind.Value)
			}
		}
		good = good || ind.Value == 34000
	}
	if !good {
		t.Errorf("the good figure 3.4万人 is missing from %d indicators", len(c.Indicators))
	}
	var notes []string
	for _, p := range c.Problems {
		if !p.Note || !strings.HasPrefix(p.Reason, ErrOutOfRange.Error()) || p.File != filepath.Join(dir, "a.txt") {
			t.Errorf("problem %+v, want a note that a number is out of range", p)
		}
		notes = append(notes, p.Reason)
	}
	all := strings.Join(notes, "\n")
	for _, want := range []string{"百分之1e308", "2^1024", "10^309", "1e-400", "\"1e308%\"", "-1e308%"} {
		if !strings.Contains(all, want) {
			t.Errorf("no note for %s in:\n%s", want, all)
		}
	}
	var buf bytes.Buffer
	if err := output.WriteCSV(&buf, c.Indicators, false); err != nil {
		t.Fatal(err)
	}
}

func TestCheckFiguresDropsNonFiniteValues(t *testing.T) {
	a := &data.Article{Path: "x/a.txt", File: "a.txt"}
	inds := []data.Indicator{
		{Raw: "1", Value: 1, Article: a},
		{Raw: "inf", Value: math.Inf(1), Article: a},
		{Raw: "nan", Value: math.NaN(), Article: a},
		{Raw: "big", Value: -2e18, Article: a},
	}
	kept, notes := boundedFigures(inds)
	if len(kept) != 1 || kept[0].Raw != "1" || len(notes) != 3 {
		t.Fatalf("kept %v notes %v, want only the finite figure and three notes", kept, notes)
	}
	if notes[0].File != "x/a.txt" || !notes[0].Note {
		t.Errorf("note %+v", notes[0])
	}
	if err := output.CheckValues(inds); err == nil || !strings.Contains(err.Error(), "inf") {
		t.Errorf("CheckValues = %v, want the +Inf figure named", err)
	}
	var buf bytes.Buffer
	if err := output.WriteCSV(&buf, inds, false); err == nil || buf.Len() != 0 {
		t.Errorf("WriteCSV with +Inf: err %v, wrote %d bytes; want an error and nothing written", err, buf.Len())
	}
}
