package data

import (
	"bufio"
	"context"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
)

// goldFigure is one line of testdata/gold/seeds.jsonl: an economic figure
// of a seed article as a careful reader records it.
type goldFigure struct {
	File      string  `json:"file"`
	Story     int     `json:"story"` // index of the story in its file (004 is a page of stories)
	Region    string  `json:"region"`
	Raw       string  `json:"raw"`
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier"`
	Target    bool    `json:"target"`
	Note      string  `json:"note"`
}

// Thresholds set just under the measured scores, so regressions fail.
var (
	seedThresholds = goldThresholds{recall: 0.99, precision: 0.99, qualifier: 0.99, target: 0.99}
	// The blind set's first runs: d_laixi and e_lixia (39 figures) precision
	// 0.974, recall 0.949 (倍 was no unit; a range's raw kept 之间, which the
	// gold then adopted as the convention), target agreement 0.973 (力争 over
	// a later clause); f_weifang, added after those fixes (22 figures), 1.0
	// on all four scores. Now 1.0 on all 61.
	blindThresholds   = goldThresholds{recall: 0.97, precision: 0.97, qualifier: 0.97, target: 0.97}
	heldoutThresholds = goldThresholds{recall: 0.97, precision: 0.97, qualifier: 0.97, target: 0.97}
	// The second blind set's FIRST run (g_wuhou, h_changsha, i_suzhou,
	// j_yuhang: 127 figures, gold committed in dbdb53d before it):
	// precision 0.8898, recall 0.8898 (113 matched, 14 missed, 14
	// spurious), qualifier agreement 0.9469, target agreement 0.9469.
	// Misses: the 新华社 story's 江苏省 and 苏州工业园区 figures got the
	// story's region 昆山市 (a wider region named as the subject was
	// skipped, the zone read as an organisation, later sentences of the
	// paragraph fell back to the story), the first region of a 分别 list
	// written in an earlier clause, 150个基点 (no unit); qualifiers 突破 and
	// 最高 not recorded; goals after 主要预期目标是： past the first ；, and in
	// a 重点抓好以下工作 paragraph, not marked. General rules for each (see
	// extract_test.go) bring the four to 1.0. k_zhengzhou (25 figures),
	// written and committed (fbea284) after those fixes, first ran at
	// precision 1.0, recall 1.0, qualifier 1.0, target 0.96 (到2025年…15%以上
	// was no goal; fixed). All 152 now score 1.0, so this set is no longer
	// blind either.
	blind2Thresholds = goldThresholds{recall: 0.97, precision: 0.97, qualifier: 0.97, target: 0.97}
)

func readGold(t *testing.T, path string) []goldFigure {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open gold: %v", err)
	}
	defer f.Close()
	var out []goldFigure
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		var g goldFigure
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read gold: %v", err)
	}
	return out
}

// sameFigure reports whether an extracted indicator is the gold figure:
// same file, story, raw text, value, unit and region.
func sameFigure(g goldFigure, ind Indicator) bool {
	story := 0
	if ind.Article != nil {
		story = ind.Article.Story
	}
	return g.File == ind.File && g.Story == story && g.Raw == ind.Raw && g.Unit == ind.Unit &&
		g.Region == ind.Region && math.Abs(g.Value-ind.Value) <= 1e-9*math.Max(1, math.Abs(g.Value))
}

// goldScore matches indicators to gold figures one to one, in order.
type goldScore struct {
	tp, fp, fn         int
	qualOK, targetOK   int
	missed             []goldFigure
	spurious           []Indicator
	qualBad, targetBad []string
}

func scoreGold(gold []goldFigure, inds []Indicator) goldScore {
	var s goldScore
	used := make([]bool, len(inds))
	for _, g := range gold {
		k := -1
		for i, ind := range inds {
			if !used[i] && sameFigure(g, ind) {
				k = i
				break
			}
		}
		if k < 0 {
			s.fn++
			s.missed = append(s.missed, g)
			continue
		}
		used[k] = true
		s.tp++
		if inds[k].Qualifier == g.Qualifier {
			s.qualOK++
		} else {
			s.qualBad = append(s.qualBad, g.Raw+": got "+inds[k].Qualifier+", want "+g.Qualifier)
		}
		if inds[k].Target == g.Target {
			s.targetOK++
		} else {
			s.targetBad = append(s.targetBad, g.File[:3]+" "+g.Raw)
		}
	}
	for i, ind := range inds {
		if !used[i] {
			s.fp++
			s.spurious = append(s.spurious, ind)
		}
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// goldThresholds are the minimum scores of one gold set.
type goldThresholds struct {
	recall, precision, qualifier, target float64
}

// checkGold scores inds against gold, logs the scores and every difference,
// and fails below the thresholds.
func checkGold(t *testing.T, name string, gold []goldFigure, inds []Indicator, min goldThresholds) {
	t.Helper()
	s := scoreGold(gold, inds)
	precision, recall := ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn)
	qual, target := ratio(s.qualOK, s.tp), ratio(s.targetOK, s.tp)
	t.Logf("%s: gold %d figures, extracted %d: matched %d, missed %d, spurious %d", name, len(gold), s.tp+s.fp, s.tp, s.fn, s.fp)
	t.Logf("%s: PRECISION %.4f  RECALL %.4f  (match on file+story+raw+value+unit+region)", name, precision, recall)
	t.Logf("%s: on matched figures: qualifier agreement %.4f, target agreement %.4f", name, qual, target)
	for _, g := range s.missed {
		t.Logf("missed:   %s#%d %s = %g %s (%s)", g.File, g.Story, g.Raw, g.Value, g.Unit, g.Region)
	}
	for _, ind := range s.spurious {
		t.Logf("spurious: %s %s = %g %s (%s) in %q", ind.File, ind.Raw, ind.Value, ind.Unit, ind.Region, ind.Sentence)
	}
	for _, q := range s.qualBad {
		t.Logf("qualifier: %s", q)
	}
	for _, q := range s.targetBad {
		t.Logf("target differs: %s", q)
	}
	if recall < min.recall || precision < min.precision {
		t.Errorf("%s: precision %.4f (min %.2f), recall %.4f (min %.2f)", name, precision, min.precision, recall, min.recall)
	}
	if qual < min.qualifier || target < min.target {
		t.Errorf("%s: qualifier agreement %.4f (min %.2f), target agreement %.4f (min %.2f)", name, qual, min.qualifier, target, min.target)
	}
}

// TestGoldSeeds measures extraction on the five seed articles. Their gold
// file was drafted from an early extraction run and then checked figure by
// figure against the texts (additions and corrections carry a note), so
// the held-out set below is the fairer measure.
func TestGoldSeeds(t *testing.T) {
	as, _, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	checkGold(t, "seeds", readGold(t, "testdata/gold/seeds.jsonl"), ExtractAll(as), seedThresholds)
}

// TestGoldHeldout measures extraction on three reports written for the
// test, whose gold was written by hand before the extractor ever ran on
// them. The first run scored precision 0.955, recall 0.955 (a 分别 list of
// regions, and 降幅收窄 read as negative); the general rules added for those
// bring it to 1.0, so it is no longer blind.
func TestGoldHeldout(t *testing.T) {
	as, probs, err := LoadDir(context.Background(), "testdata/gold/heldout", nil)
	if err != nil || len(probs) > 0 {
		t.Fatalf("LoadDir: %v %v", err, probs)
	}
	checkGold(t, "heldout", readGold(t, "testdata/gold/heldout.jsonl"), ExtractAll(as), heldoutThresholds)
}

// TestGoldBlind measures extraction on two more reports whose gold was
// written by hand before the extractor ran on them, after the held-out set
// had been used for tuning; the first run's scores are noted at
// blindThresholds.
func TestGoldBlind(t *testing.T) {
	as, probs, err := LoadDir(context.Background(), "testdata/gold/blind", nil)
	if err != nil || len(probs) > 0 {
		t.Fatalf("LoadDir: %v %v", err, probs)
	}
	checkGold(t, "blind", readGold(t, "testdata/gold/blind.jsonl"), ExtractAll(as), blindThresholds)
}

// TestGoldBlind2 measures extraction on five more texts in other styles and
// regions (a 统计公报, a 政府工作报告, a 新华社 story, a policy notice, a local
// news report), written with their gold after the other sets had been
// tuned to 1.0 and committed before the extractor first ran on them; the
// first runs' scores are noted at blind2Thresholds.
func TestGoldBlind2(t *testing.T) {
	as, probs, err := LoadDir(context.Background(), "testdata/gold/blind2", nil)
	if err != nil || len(probs) > 0 {
		t.Fatalf("LoadDir: %v %v", err, probs)
	}
	checkGold(t, "blind2", readGold(t, "testdata/gold/blind2.jsonl"), ExtractAll(as), blind2Thresholds)
}

func TestGoldFileIsSane(t *testing.T) {
	gold := readGold(t, "testdata/gold/seeds.jsonl")
	as, _, err := LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	texts := map[string]map[int]string{}
	for _, a := range as {
		if texts[a.File] == nil {
			texts[a.File] = map[int]string{}
		}
		texts[a.File][a.Story] = a.Text
	}
	for _, g := range gold {
		text, ok := texts[g.File][g.Story]
		if !ok {
			t.Errorf("gold names unknown story %s#%d", g.File, g.Story)
			continue
		}
		if g.Raw == "" || !strings.Contains(text, g.Raw) {
			t.Errorf("gold raw %q not in %s#%d", g.Raw, g.File, g.Story)
		}
		if g.Unit == "" || g.Region == "" {
			t.Errorf("gold %s %q lacks unit or region", g.File, g.Raw)
		}
	}
}
