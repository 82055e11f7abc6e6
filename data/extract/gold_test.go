package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"zhibiao/data"
	"zhibiao/data/region"
)

// goldFigure is one line of a gold file (testdata/gold/FORMAT.md): an
// economic figure as a careful reader records it, with all six counts.
type goldFigure struct {
	File        string   `json:"file"`
	Story       int      `json:"story"` // index of the story in its file (a page holds several)
	Raw         string   `json:"raw"`
	Value       float64  `json:"value"`
	Unit        string   `json:"unit"`
	Qualifier   string   `json:"qualifier"`
	Metric      string   `json:"metric"`    // core words the metric phrase must contain
	Indicator   string   `json:"indicator"` // canonical indicator, "" if none applies
	Region      string   `json:"region"`
	Regions     []string `json:"regions"`
	PeriodStart string   `json:"period_start"`
	PeriodEnd   string   `json:"period_end"`
	PeriodKind  string   `json:"period_kind"`
	Status      string   `json:"status"`
	Target      bool     `json:"target"`
	Note        string   `json:"note"`
}

func readGold(t *testing.T, path string) []goldFigure {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open gold: %v", err)
	}
	defer f.Close()
	var out []goldFigure
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
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

// The six counts of DESIGN.md, and what a comparison needs of each.
const (
	critValue  = iota // value and unit
	critMetric        // the metric phrase holds the gold's core words, and the canonical indicator is the gold's
	critRegion        // region and regions
	critPeriod        // period_start, period_end, period_kind
	critStatus        // result, estimate, target, expectation
	numCrit
)

var critNames = [numCrit]string{"value", "metric", "region", "period", "status"}

// metricWords drops from a metric what is no word of it: quotation marks,
// list commas and spaces.
func metricWords(m string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("、“”‘’\"'《》「」『』·", r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, m)
}

// containsWords reports whether metric holds the gold's core words: the
// whole phrase, or, where the gold sets words apart by spaces (汽车 贡献率:
// what the rate is of, and which rate), each of them in that order.
func containsWords(metric, gold string) bool {
	if strings.Contains(metric, metricWords(gold)) {
		return true
	}
	parts := strings.Fields(gold)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		w := metricWords(p)
		k := strings.Index(metric, w)
		if k < 0 {
			return false
		}
		metric = metric[k+len(w):]
	}
	return true
}

// judge returns which criteria an extracted indicator gets right against
// its gold figure, and a description of each one it gets wrong.
func judge(g goldFigure, ind data.Indicator) (ok [numCrit]bool, why [numCrit]string) {
	gaz := region.Default()
	ok[critValue] = g.Unit == ind.Unit && math.Abs(g.Value-ind.Value) <= 1e-9*math.Max(1, math.Abs(g.Value))
	why[critValue] = fmt.Sprintf("got %g %s, want %g %s", ind.Value, ind.Unit, g.Value, g.Unit)
	// Both sides in the same width (（县） and (县), ％ and %) and script,
	// and words only: quotes, list commas and spaces aside (“三新”产业占比
	// and 三新产业占比, 当年投产、当年升规企业 and 当年投产当年升规企业
	// name the same measure; session 15: 87 failure keys over all sets).
	metric := metricWords(gaz.Simplify(data.Normalize(ind.Metric)))
	ok[critMetric] = containsWords(metric, gaz.Simplify(data.Normalize(g.Metric))) && ind.Indicator == g.Indicator
	why[critMetric] = fmt.Sprintf("got %q [%s], want ⊇%q [%s]", ind.Metric, ind.Indicator, g.Metric, g.Indicator)
	ok[critRegion] = g.Region == ind.Region && sameSet(g.Regions, ind.Regions)
	why[critRegion] = fmt.Sprintf("got %q %v, want %q %v", ind.Region, ind.Regions, g.Region, g.Regions)
	ok[critPeriod] = g.PeriodStart == ind.PeriodStart && g.PeriodEnd == ind.PeriodEnd && g.PeriodKind == ind.PeriodKind
	why[critPeriod] = fmt.Sprintf("got %s..%s %s (%s), want %s..%s %s", ind.PeriodStart, ind.PeriodEnd, ind.PeriodKind, ind.Period,
		g.PeriodStart, g.PeriodEnd, g.PeriodKind)
	ok[critStatus] = g.Status == ind.Status
	why[critStatus] = fmt.Sprintf("got %s, want %s", ind.Status, g.Status)
	return ok, why
}

// sameSet reports whether two lists hold the same names.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// goldScore counts, for one file, genre or set, how many gold figures were
// found and how many of those are right on each criterion.
type goldScore struct {
	gold, extracted, matched int
	right                    [numCrit]int
	allSix                   int // matched and right on every criterion
	qualOK                   int
}

func (s *goldScore) add(o goldScore) {
	s.gold += o.gold
	s.extracted += o.extracted
	s.matched += o.matched
	s.allSix += o.allSix
	s.qualOK += o.qualOK
	for c := range s.right {
		s.right[c] += o.right[c]
	}
}

// recall is the share of gold figures found; real the share of extracted
// figures that are gold figures (criterion 1, a real indicator); crit(c)
// the share of found figures right on c; strict the share of gold figures
// found and right on all six.
func (s goldScore) recall() float64      { return ratio(s.matched, s.gold) }
func (s goldScore) real() float64        { return ratio(s.matched, s.extracted) }
func (s goldScore) crit(c int) float64   { return ratio(s.right[c], s.matched) }
func (s goldScore) strict() float64      { return ratio(s.allSix, s.gold) }
func (s goldScore) qualifierOK() float64 { return ratio(s.qualOK, s.matched) }
func (s goldScore) String() string {
	return fmt.Sprintf("n=%3d recall %.2f real %.2f value %.2f metric %.2f region %.2f period %.2f status %.2f | ALL SIX %.2f (qualifier %.2f)",
		s.gold, s.recall(), s.real(), s.crit(critValue), s.crit(critMetric), s.crit(critRegion), s.crit(critPeriod), s.crit(critStatus),
		s.strict(), s.qualifierOK())
}

// goldKey is a story of a file.
type goldKey struct {
	file  string
	story int
}

// matchGold pairs gold figures with extracted indicators of the same story
// and raw text, one to one, in text order: each gold figure takes the first
// unused indicator with its raw text after the previous match of its story,
// else the first unused one.
// sameRaw reports the same figure as written, a leading plus sign and a
// trailing word of approximation or currency aside: gold writers record
// （+30.6%） as 30.6% or +30.6%, 增长5.8%左右 as 5.8%左右 or as 5.8% with
// qualifier 左右 (109 lines and 15 in the sets so far), and 2328.49亿元人民币
// as 2328.49亿元 or whole (37 lines and 4, session 15), each the same
// figure.
func sameRaw(a, b string) bool {
	trim := func(s string) string {
		s = strings.TrimLeft(s, "+＋")
		for _, q := range []string{"左右", "上下", "人民币", "人民幣"} {
			s = strings.TrimSuffix(s, q)
		}
		return s
	}
	return a == b || trim(a) == trim(b)
}

func matchGold(gold []goldFigure, inds []data.Indicator) []int {
	byKey := map[goldKey][]int{}
	for i, ind := range inds {
		k := goldKey{ind.File, 0}
		if ind.Article != nil {
			k.story = ind.Article.Story
		}
		byKey[k] = append(byKey[k], i)
	}
	used := make([]bool, len(inds))
	last := map[goldKey]int{}
	match := make([]int, len(gold))
	for gi, g := range gold {
		k := goldKey{g.File, g.Story}
		match[gi] = -1
		for pass := 0; pass < 2 && match[gi] < 0; pass++ {
			for _, i := range byKey[k] {
				if !used[i] && sameRaw(inds[i].Raw, g.Raw) && (pass == 1 || inds[i].Start >= last[k]) {
					match[gi] = i
					break
				}
			}
		}
		if i := match[gi]; i >= 0 {
			used[i] = true
			last[k] = inds[i].Start
		}
	}
	return match
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// goldThresholds are the minimum scores of one gold set.
type goldThresholds struct {
	recall, real, qualifier float64
	crit                    [numCrit]float64
	strict                  float64
}

// readGenres reads SOURCES.tsv of a gold set folder: file → genre.
func readGenres(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	b, err := os.ReadFile(filepath.Join(dir, "SOURCES.tsv"))
	if err != nil {
		return out
	}
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Split(l, "\t")
		if len(f) >= 2 && !strings.HasPrefix(l, "#") {
			out[strings.TrimSpace(f[0])] = strings.TrimSpace(f[1])
		}
	}
	return out
}

// checkGold scores inds against gold per file, per genre and for the whole
// set, logs the scores and every difference, and fails below min.
func checkGold(t *testing.T, name string, gold []goldFigure, inds []data.Indicator, genres map[string]string, min goldThresholds) {
	t.Helper()
	match := matchGold(gold, inds)
	files := map[string]*goldScore{}
	score := func(file string) *goldScore {
		if files[file] == nil {
			files[file] = &goldScore{}
		}
		return files[file]
	}
	matched := make([]bool, len(inds))
	for gi, g := range gold {
		s := score(g.File)
		s.gold++
		i := match[gi]
		if i < 0 {
			t.Logf("missed:   %s#%d %s = %g %s (%s) %s", g.File, g.Story, g.Raw, g.Value, g.Unit, g.Region, g.Note)
			continue
		}
		matched[i] = true
		s.matched++
		ok, why := judge(g, inds[i])
		all := true
		for c := range ok {
			if ok[c] {
				s.right[c]++
			} else {
				all = false
				t.Logf("%-7s %s#%d %s: %s", critNames[c], g.File, g.Story, g.Raw, why[c])
			}
		}
		if all {
			s.allSix++
		}
		if inds[i].Qualifier == g.Qualifier {
			s.qualOK++
		} else {
			t.Logf("qualifier %s#%d %s: got %q, want %q", g.File, g.Story, g.Raw, inds[i].Qualifier, g.Qualifier)
		}
	}
	for i, ind := range inds {
		score(ind.File).extracted++
		if !matched[i] {
			t.Logf("spurious: %s %s = %g %s (%s) in %q", ind.File, ind.Raw, ind.Value, ind.Unit, ind.Region, ind.Sentence)
		}
	}
	var total goldScore
	byGenre := map[string]*goldScore{}
	names := slices.Sorted(maps.Keys(files))
	for _, f := range names {
		t.Logf("%s %-22s %s", name, f, files[f])
		total.add(*files[f])
		g := genres[f]
		if byGenre[g] == nil {
			byGenre[g] = &goldScore{}
		}
		byGenre[g].add(*files[f])
	}
	for _, g := range slices.Sorted(maps.Keys(byGenre)) {
		t.Logf("%s genre %-16s %s", name, g, byGenre[g])
	}
	t.Logf("%s TOTAL %s", name, total)
	failBelow(t, name, total, min)
}

// failBelow fails the test for every score of s under its threshold.
func failBelow(t *testing.T, name string, s goldScore, min goldThresholds) {
	t.Helper()
	check := func(what string, got, want float64) {
		if got < want {
			t.Errorf("%s: %s %.4f, below %.2f", name, what, got, want)
		}
	}
	check("recall", s.recall(), min.recall)
	check("real indicator", s.real(), min.real)
	check("qualifier", s.qualifierOK(), min.qualifier)
	for c := range min.crit {
		check(critNames[c], s.crit(c), min.crit[c])
	}
	check("all six", s.strict(), min.strict)
}

// goldSet loads a set's texts (LoadDir) and scores them against its gold.
func goldSet(t *testing.T, name string, min goldThresholds) {
	dir := filepath.Join("testdata/gold", name)
	as, probs, err := testParser.LoadDir(context.Background(), dir, nil)
	if err != nil || len(probs) > 0 {
		t.Fatalf("LoadDir: %v %v", err, probs)
	}
	checkGold(t, name, readGold(t, dir+".jsonl"), ExtractAll(as), readGenres(t, dir), min)
}

// TestGoldSeeds measures extraction on the five seed articles. Their gold
// file was drafted from an early extraction run and then checked figure by
// figure against the texts (additions and corrections carry a note), so
// the other sets are the fairer measure.
func TestGoldSeeds(t *testing.T) {
	as, _, err := testParser.LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	genres := map[string]string{}
	for _, a := range as {
		genres[a.File] = "seed"
	}
	checkGold(t, "seeds", readGold(t, "testdata/gold/seeds.jsonl"), ExtractAll(as), genres, goldMin["seeds"])
}

// TestGoldHeldout measures extraction on three reports written for the
// test, whose gold was written by hand before the extractor ever ran on
// them; first run: see goldMin.
func TestGoldHeldout(t *testing.T) { goldSet(t, "heldout", goldMin["heldout"]) }

// TestGoldBlind measures extraction on three more reports whose gold was
// written by hand before the extractor ran on them.
func TestGoldBlind(t *testing.T) { goldSet(t, "blind", goldMin["blind"]) }

// TestGoldBlind2 measures extraction on five more texts in other styles and
// regions (a 统计公报, a 政府工作报告, a 新华社 story, a policy notice, a local
// news report).
func TestGoldBlind2(t *testing.T) { goldSet(t, "blind2", goldMin["blind2"]) }

// TestGoldBlind3 measures extraction on real published texts of the genres
// the extractor had not met (statistics bulletin, work report, county
// newspaper page, city jobs story, NBS release, Hong Kong and Taiwan news
// in traditional characters, a GB18030 story in Chinese numerals, tables).
func TestGoldBlind3(t *testing.T) { goldSet(t, "blind3", goldMin["blind3"]) }

// TestGoldBlind4 measures extraction on the last blind set, real texts
// written after all the fixes for blind3 and committed before the
// extractor first ran on them.
func TestGoldBlind4(t *testing.T) { goldSet(t, "blind4", goldMin["blind4"]) }

// TestGoldBlind5 measures extraction on the final blind set, real texts
// written after the blind4 fixes and committed before the extractor first
// ran on them.
func TestGoldBlind5(t *testing.T) { goldSet(t, "blind5", goldMin["blind5"]) }

// TestGoldBlind6 measures extraction on the final blind set, real texts
// written after the blind5 fixes and committed before the extractor first
// ran on them.
func TestGoldBlind6(t *testing.T) { goldSet(t, "blind6", goldMin["blind6"]) }

// TestGoldBlind7 measures extraction on blind7, real texts written after
// the blind6 fixes and committed before the extractor first ran on them.
// First run (docs/accuracy/blind7-first-run.log): recall 0.95, real 0.96,
// value 1.00, metric 0.91, region 0.94, period 0.85, status 0.99, all six
// 0.70 over 256 figures.
func TestGoldBlind7(t *testing.T) { goldSet(t, "blind7", goldMin["blind7"]) }

// TestGoldBlind8 measures extraction on blind8, real texts written after
// the blind7 fixes and committed before the extractor first ran on them.
// First run (docs/accuracy/blind8-first-run.log): recall 0.93, real 0.95,
// value 1.00, metric 0.88, region 0.91, period 0.84, status 0.98, all six
// 0.71 over 258 figures.
func TestGoldBlind8(t *testing.T) { goldSet(t, "blind8", goldMin["blind8"]) }

// TestGoldBlind9 measures extraction on blind9, real texts written after
// the blind8 fixes and committed before the extractor first ran on them.
// First run (docs/accuracy/blind9-first-run.log): recall 0.92, real 0.93,
// value 0.98, metric 0.56, region 0.98, period 0.70, status 0.95, all six
// 0.37 over 252 figures.
func TestGoldBlind9(t *testing.T) { goldSet(t, "blind9", goldMin["blind9"]) }

// TestGoldBlind10 measures extraction on blind10, real texts written after
// the blind9 fixes and committed before the extractor first ran on them.
// First run (docs/accuracy/blind10-first-run.log): recall 0.91, real 0.91,
// value 0.99, metric 0.83, region 1.00, period 0.72, status 0.91, all six
// 0.52 over 233 figures.
func TestGoldBlind10(t *testing.T) { goldSet(t, "blind10", goldMin["blind10"]) }

// TestGoldBlind11 measures extraction on blind11, real texts written after
// the blind10 fixes and committed before the extractor first ran on them.
// First run (docs/accuracy/blind11-first-run.log): recall 0.95, real 0.93,
// value 0.98, metric 0.80, region 0.89, period 0.92, status 1.00, all six
// 0.60 over 186 figures.
func TestGoldBlind11(t *testing.T) { goldSet(t, "blind11", goldMin["blind11"]) }

// TestGoldBlind12 measures extraction on blind12, real texts written after
// the blind11 fixes and committed before the extractor first ran on them.
// First run (docs/accuracy/blind12-first-run.log): recall 0.91, real 0.87,
// value 0.95, metric 0.60, region 0.87, period 0.73, status 0.98, all six
// 0.43 over 281 figures.
func TestGoldBlind12(t *testing.T) { goldSet(t, "blind12", goldMin["blind12"]) }

// TestGoldBlind13 measures extraction on blind13, real texts written after
// the blind12 fixes and committed before the extractor first ran on them.
// First run (docs/accuracy/blind13-first-run.log): recall 0.90, real 0.93,
// value 0.98, metric 0.70, region 0.95, period 0.81, status 1.00, all six
// 0.51 over 331 figures.
func TestGoldBlind13(t *testing.T) { goldSet(t, "blind13", goldMin["blind13"]) }

// TestGoldBlind14 measures extraction on blind14, real texts written after
// the blind13 fixes and committed before the extractor first ran on them.
// First run at ad58805 (docs/accuracy/blind14-first-run.log): recall 0.98,
// real 0.98, value 0.98, metric 0.75, region 0.92, period 0.80, status
// 0.93, all six 0.46 over 294 figures.
func TestGoldBlind14(t *testing.T) { goldSet(t, "blind14", goldMin["blind14"]) }

// TestGoldBlind15 measures extraction on blind15, real texts written after
// the blind14 fixes and committed before the extractor first ran on them.
// First run at 51c3ce4 (docs/accuracy/blind15-first-run.log): recall 0.74,
// real 0.78, value 0.99, metric 0.71, region 0.93, period 0.86, status
// 0.96, all six 0.43 over 270 figures (two county pages split wrongly:
// recall 0.00 and 0.21; Taiwan figures in Chinese numerals: recall 0.26).
func TestGoldBlind15(t *testing.T) { goldSet(t, "blind15", goldMin["blind15"]) }

// TestGoldBlind16 measures extraction on blind16, real texts written after
// the blind15 fixes and committed before the extractor first ran on them.
// First run at f303c7b (docs/accuracy/blind16-first-run.log): recall 0.95,
// real 0.98, value 1.00, metric 0.76, region 0.98, period 0.78, status
// 0.98, all six 0.60 over 249 figures.
func TestGoldBlind16(t *testing.T) { goldSet(t, "blind16", goldMin["blind16"]) }

// TestGoldBlind17 measures extraction on blind17, real texts written after
// the blind16 fixes and committed before the extractor first ran on them.
// First run at 4f0e3c0 (docs/accuracy/blind17-first-run.log): recall 0.92,
// real 0.93, value 0.99, metric 0.81, region 0.85, period 0.84, status
// 0.91, all six 0.53 over 248 figures.
func TestGoldBlind17(t *testing.T) { goldSet(t, "blind17", goldMin["blind17"]) }

// TestGoldBlind18 measures extraction on blind18, real texts written after
// the blind17 fixes and committed before the extractor first ran on them.
// First run at d2dd38f (docs/accuracy/blind18-first-run.log): recall 0.94,
// real 0.94, value 0.99, metric 0.84, region 0.91, period 0.61, status
// 0.97, all six 0.48 over 254 figures.
func TestGoldBlind18(t *testing.T) { goldSet(t, "blind18", goldMin["blind18"]) }

// TestGoldBlind19 measures extraction on blind19, real texts written after
// the blind18 fixes and committed before the extractor first ran on them.
// First run at 4e3b8aa (docs/accuracy/blind19-first-run.log): recall 0.94,
// real 0.93, value 1.00, metric 0.88, region 0.96, period 0.90, status
// 0.98, all six 0.74 over 244 figures.
func TestGoldBlind19(t *testing.T) { goldSet(t, "blind19", goldMin["blind19"]) }

// TestGoldBlind20 measures extraction on blind20, real texts written after
// the blind19 fixes and committed before the extractor first ran on them.
// First run at 49bfd62 (docs/accuracy/blind20-first-run.log): recall 0.90,
// real 0.89, value 1.00, metric 0.88, region 1.00, period 0.95, status
// 0.99, all six 0.76 over 258 figures.
func TestGoldBlind20(t *testing.T) { goldSet(t, "blind20", goldMin["blind20"]) }

// TestGoldBlind21 measures extraction on blind21, real texts written after
// the blind20 fixes and committed before the extractor first ran on them.
// First run at 3302d18 (docs/accuracy/blind21-first-run.log): recall 0.98,
// real 0.99, value 1.00, metric 0.91, region 0.89, period 0.78, status
// 0.98, all six 0.59 over 254 figures.
func TestGoldBlind21(t *testing.T) { goldSet(t, "blind21", goldMin["blind21"]) }

// TestGoldBlind22 measures extraction on blind22, real texts written after
// the blind21 fixes and committed before the extractor first ran on them.
// First run at 6db7491 (docs/accuracy/blind22-first-run.log): recall 0.92,
// real 0.94, value 0.99, metric 0.82, region 0.64, period 0.87, status
// 0.96, all six 0.40 over 241 figures.
func TestGoldBlind22(t *testing.T) { goldSet(t, "blind22", goldMin["blind22"]) }

// TestGoldBlind23 measures extraction on blind23, twelve real texts written
// after the blind22 fixes, by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 07f6065 (docs/accuracy/blind23-first-run.log): recall 0.97,
// real 0.97, value 0.98, metric 0.64, region 0.91, period 0.72, status
// 0.94, all six 0.40 over 345 figures.
func TestGoldBlind23(t *testing.T) { goldSet(t, "blind23", goldMin["blind23"]) }

// TestGoldBlind24 measures extraction on blind24, twelve real texts written
// after the blind23 fixes, by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 9cff06f (docs/accuracy/blind24-first-run.log): recall 0.88,
// real 0.92, value 1.00, metric 0.78, region 0.92, period 0.79, status
// 0.99, all six 0.55 over 347 figures.
func TestGoldBlind24(t *testing.T) { goldSet(t, "blind24", goldMin["blind24"]) }

// TestGoldBlind25 measures extraction on blind25, twelve real texts written
// by two helper sessions that never ran or read the extractor, at the same
// time as blind24, and committed before the extractor first ran on them
// (after the first fixes from blind24).
// First run at 000965c (docs/accuracy/blind25-first-run.log): recall 0.91,
// real 0.91, value 0.98, metric 0.72, region 0.99, period 0.71, status
// 1.00, all six 0.51 over 361 figures.
func TestGoldBlind25(t *testing.T) { goldSet(t, "blind25", goldMin["blind25"]) }

// TestGoldBlind26 measures extraction on blind26, twelve real texts written
// during the blind24 and blind25 fixes by two helper sessions that never
// ran or read the extractor, and committed before the extractor first ran
// on them.
// First run at 63b5524 (docs/accuracy/blind26-first-run.log): recall 0.90,
// real 0.92, value 0.99, metric 0.71, region 0.94, period 0.58, status
// 0.93, all six 0.29 over 373 figures.
func TestGoldBlind26(t *testing.T) { goldSet(t, "blind26", goldMin["blind26"]) }

// TestGoldBlind27 measures extraction on blind27, twelve real texts written
// during the blind26 fixes by two helper sessions that never ran or read
// the extractor (asked this time to keep the sources' own date lines and
// layout and invent no page headers), and committed before the extractor
// first ran on them.
// First run at fc5db08 (docs/accuracy/blind27-first-run.log): recall 0.84,
// real 0.84, value 0.99, metric 0.56, region 0.81, period 0.59, status
// 0.95, all six 0.31 over 340 figures.
func TestGoldBlind27(t *testing.T) { goldSet(t, "blind27", goldMin["blind27"]) }

// TestGoldBlind28 measures extraction on blind28, twelve real texts written
// during the blind27 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 52aebf9 (docs/accuracy/blind28-first-run.log): recall 0.84,
// real 0.91, value 0.98, metric 0.81, region 0.97, period 0.78, status
// 0.96, all six 0.50 over 349 figures.
func TestGoldBlind28(t *testing.T) { goldSet(t, "blind28", goldMin["blind28"]) }

// TestGoldBlind29 measures extraction on blind29, twelve real texts written
// during the session-7 start by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at f6de462 (docs/accuracy/blind29-first-run.log): recall 0.89,
// real 0.99, value 0.99, metric 0.86, region 0.92, period 0.75, status
// 0.95, all six 0.55 over 339 figures.
func TestGoldBlind29(t *testing.T) { goldSet(t, "blind29", goldMin["blind29"]) }

// TestGoldBlind30 measures extraction on blind30, twelve real texts written
// during the blind29 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 7fdfe40 (docs/accuracy/blind30-first-run.log): recall 0.92,
// real 0.93, value 0.98, metric 0.71, region 0.92, period 0.68, status
// 0.99, all six 0.46 over 352 figures.
func TestGoldBlind30(t *testing.T) { goldSet(t, "blind30", goldMin["blind30"]) }

// TestGoldBlind31 measures extraction on blind31, twelve real texts written
// during the blind30 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 523948d (docs/accuracy/blind31-first-run.log): recall 0.83,
// real 0.93, value 0.96, metric 0.80, region 0.87, period 0.72, status
// 0.95, all six 0.46 over 308 figures.
func TestGoldBlind31(t *testing.T) { goldSet(t, "blind31", goldMin["blind31"]) }

// TestGoldBlind32 measures extraction on blind32, twelve real texts written
// during the blind31 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at fa835ed (docs/accuracy/blind32-first-run.log): recall 0.98,
// real 0.96, value 1.00, metric 0.92, region 0.74, period 0.76, status
// 0.96, all six 0.46 over 329 figures.
func TestGoldBlind32(t *testing.T) { goldSet(t, "blind32", goldMin["blind32"]) }

// TestGoldBlind33 measures extraction on blind33, twelve real texts written
// during the blind32 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 75260c2 (docs/accuracy/blind33-first-run.log): recall 0.80,
// real 0.82, value 0.93, metric 0.83, region 0.77, period 0.64, status
// 0.90, all six 0.36 over 358 figures.
func TestGoldBlind33(t *testing.T) { goldSet(t, "blind33", goldMin["blind33"]) }

// TestGoldBlind34 measures extraction on blind34, twelve real texts written
// during the blind33 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 1baecda (docs/accuracy/blind34-first-run.log): recall 0.90,
// real 0.91, value 0.98, metric 0.78, region 0.98, period 0.79, status
// 0.92, all six 0.57 over 341 figures.
func TestGoldBlind34(t *testing.T) { goldSet(t, "blind34", goldMin["blind34"]) }

// TestGoldBlind35 measures extraction on blind35, twelve real texts written
// at the start of session 8 by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 572fe8b (docs/accuracy/blind35-first-run.log): recall 0.85,
// real 0.85, value 0.93, metric 0.74, region 0.94, period 0.79, status
// 0.91, all six 0.41 over 368 figures.
func TestGoldBlind35(t *testing.T) { goldSet(t, "blind35", goldMin["blind35"]) }

// TestGoldBlind36 measures extraction on blind36, twelve real texts written
// at the start of session 8 by helper sessions that never ran or read the
// extractor, and committed before the extractor first ran on them.
// First run at 66f36e3 (docs/accuracy/blind36-first-run.log): recall 0.89,
// real 0.91, value 0.97, metric 0.81, region 0.97, period 0.71, status
// 0.98, all six 0.55 over 353 figures.
func TestGoldBlind36(t *testing.T) { goldSet(t, "blind36", goldMin["blind36"]) }

// TestGoldBlind37 measures extraction on blind37, twelve real texts written
// during the blind35 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at a4ef696 (docs/accuracy/blind37-first-run.log): recall 0.94,
// real 0.97, value 0.94, metric 0.74, region 0.94, period 0.70, status
// 0.92, all six 0.47 over 366 figures.
func TestGoldBlind37(t *testing.T) { goldSet(t, "blind37", goldMin["blind37"]) }

// TestGoldBlind38 measures extraction on blind38, twelve real texts written
// during the blind36 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them.
// First run at 505d892 (docs/accuracy/blind38-first-run.log): recall 0.98,
// real 0.96, value 0.98, metric 0.82, region 0.98, period 0.73, status
// 0.95, all six 0.55 over 353 figures.
func TestGoldBlind38(t *testing.T) { goldSet(t, "blind38", goldMin["blind38"]) }

// TestGoldBlind39 measures extraction on blind39, twelve real texts written
// during the blind37 and blind38 fixes by two helper sessions that never
// ran or read the extractor, and committed before the extractor first ran
// on them. First run at 475321a (docs/accuracy/blind39-first-run.log):
// recall 0.90, real 0.92, value 1.00, metric 0.79, region 0.99, period
// 0.83, status 1.00, all six 0.60 over 425 figures.
func TestGoldBlind39(t *testing.T) { goldSet(t, "blind39", goldMin["blind39"]) }

// TestGoldBlind40 measures extraction on blind40, twelve real texts written
// during the blind39 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them:
// first run at 9a02806 (docs/accuracy/blind40-first-run.log): recall 0.95,
// real 0.97, value 0.98, metric 0.70, region 0.97, period 0.83, status
// 0.95, all six 0.51 over 438 figures.
func TestGoldBlind40(t *testing.T) { goldSet(t, "blind40", goldMin["blind40"]) }

// TestGoldBlind41 measures extraction on blind41, twelve real texts written
// during the blind40 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them:
// session 8's last set, run after the fixes for every set before it.
// First run at 7ed631f (docs/accuracy/blind41-first-run.log): recall 0.81,
// real 0.83, value 0.98, metric 0.77, region 0.93, period 0.75, status
// 1.00, all six 0.47 over 350 figures.
func TestGoldBlind41(t *testing.T) { goldSet(t, "blind41", goldMin["blind41"]) }

// TestGoldBlind42 measures extraction on blind42, eleven real texts written
// during the blind41 fixes by two helper sessions that never ran or read
// the extractor, and committed before the extractor first ran on them (a
// twelfth, r5_policy, was dropped unrun: its first story was blind40's
// n5 source): session 8's last set. First run at f1e5be7
// (docs/accuracy/blind42-first-run.log): recall 0.80, real 0.91, value
// 0.98, metric 0.80, region 0.94, period 0.68, status 0.99, all six 0.41
// over 377 figures.
func TestGoldBlind42(t *testing.T) { goldSet(t, "blind42", goldMin["blind42"]) }

// TestGoldBlind43 measures extraction on blind43, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (4a4fb40) before the extractor first
// ran on them, after session 9's first fixes on blind42. First run at
// 4a4fb40 (docs/accuracy/blind43-first-run.log): recall 0.86, real 0.87,
// value 0.98, metric 0.73, region 0.85, period 0.86, status 0.97, all six
// 0.48 over 460 figures.
func TestGoldBlind43(t *testing.T) { goldSet(t, "blind43", goldMin["blind43"]) }

// TestGoldBlind44 measures extraction on blind44, twelve real texts
// written with blind43 by two helper sessions that never ran or read the
// extractor, checked by a third, and committed (4a4fb40) before the
// extractor first ran on them, after session 9's fixes from blind42 and
// blind43. First run at 61fbe37 (docs/accuracy/
// blind44-first-run.log): recall 0.88, real 0.89, value 1.00, metric 0.66,
// region 0.97, period 0.72, status 0.95, all six 0.41 over 481 figures.
func TestGoldBlind44(t *testing.T) { goldSet(t, "blind44", goldMin["blind44"]) }

// TestGoldBlind45 measures extraction on blind45, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (8d57d59) before the extractor first
// ran on them, after every fix of session 9: its last set. First run
// (docs/accuracy/blind45-first-run.log): recall 0.77, real 0.84, value
// 0.99, metric 0.67, region 0.82, period 0.65, status 1.00, all six 0.31
// over 444 figures.
func TestGoldBlind45(t *testing.T) { goldSet(t, "blind45", goldMin["blind45"]) }

// TestGoldBlind46 measures extraction on blind46, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (7b111d6) before the extractor first
// ran on them, after every fix of session 9 (those made after blind45's
// first run too): the session's last set. First run at 7b111d6
// (docs/accuracy/blind46-first-run.log): recall 0.77, real 0.87, value
// 0.99, metric 0.72, region 0.71, period 0.59, status 0.99, all six 0.17
// over 477 figures.
func TestGoldBlind46(t *testing.T) { goldSet(t, "blind46", goldMin["blind46"]) }

// TestGoldBlind47 measures extraction on blind47, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (964e8a7) before the extractor first
// ran on them, at 691dd73 (session 10, after the session's first fixes).
// First run (docs/accuracy/blind47-first-run.log): recall 0.85, real
// 0.91, value 0.99, metric 0.78, region 0.98, period 0.82, status 0.99,
// all six 0.53 over 500 figures.
func TestGoldBlind47(t *testing.T) { goldSet(t, "blind47", goldMin["blind47"]) }

// TestGoldBlind48 measures extraction on blind48, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (49714db) before the extractor first
// ran on them, at 055de5e (session 10, after every fix of the session made
// before it, those made on blind47 included). First run
// (docs/accuracy/blind48-first-run.log): recall 0.83, real 0.87, value
// 0.99, metric 0.67, region 0.93, period 0.71, status 0.98, all six 0.40
// over 503 figures.
func TestGoldBlind48(t *testing.T) { goldSet(t, "blind48", goldMin["blind48"]) }

// TestGoldBlind49 measures extraction on blind49, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (e3944c6) before the extractor first
// ran on them, at e3944c6 (session 10, after every fix of the session made
// before it, those made on blind48's first run included). First run
// (docs/accuracy/blind49-first-run.log): recall 0.94, real 0.95, value
// 0.98, metric 0.65, region 0.99, period 0.76, status 0.92, all six 0.45
// over 486 figures.
func TestGoldBlind49(t *testing.T) { goldSet(t, "blind49", goldMin["blind49"]) }

// TestGoldBlind50 measures extraction on blind50, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (1e01dcb) before the extractor first
// ran on them, at 1e01dcb (session 10, after every fix of the session made
// before it, those made on blind47's, blind48's and blind49's first runs
// included). First run
// (docs/accuracy/blind50-first-run.log): recall 0.80, real 0.89, value
// 0.99, metric 0.70, region 0.93, period 0.72, status 0.99, all six 0.40
// over 467 figures.
func TestGoldBlind50(t *testing.T) { goldSet(t, "blind50", goldMin["blind50"]) }

// TestGoldBlind51 measures extraction on blind51, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (1e5dce4) before the extractor first
// ran on them, at 1e5dce4 (session 10, after every fix of the session, those
// made on blind50's first run included): the session's last set. First
// run (docs/accuracy/blind51-first-run.log): recall 0.75, real 0.78,
// value 0.99, metric 0.72, region 0.97, period 0.61, status 0.96, all six
// 0.33 over 436 figures.
func TestGoldBlind51(t *testing.T) { goldSet(t, "blind51", goldMin["blind51"]) }

// TestGoldBlind52 measures extraction on blind52, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (b525a7f) before the extractor first
// ran on them, at 417b924 (session 11, after every fix of the session,
// those made on blind51's first run included): the session's last set.
// First run (docs/accuracy/blind52-first-run.log): recall 0.95, real 0.94,
// value 0.98, metric 0.66, region 0.97, period 0.84, status 0.98, all six
// 0.51 over 454 figures.
func TestGoldBlind52(t *testing.T) { goldSet(t, "blind52", goldMin["blind52"]) }

// TestGoldBlind53 measures extraction on blind53, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (6475f8e) before the extractor first
// ran on them, at 3bdb1cd (session 11, after every fix of the session, those
// made on blind52's first run included). First run
// (docs/accuracy/blind53-first-run.log): recall 0.85, real 0.91, value
// 1.00, metric 0.81, region 0.84, period 0.78, status 0.98, all six 0.44
// over 446 figures.
func TestGoldBlind53(t *testing.T) { goldSet(t, "blind53", goldMin["blind53"]) }

// TestGoldBlind54 measures extraction on blind54, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (5ee8fa2) before the extractor first
// ran on them, at 74d755e (session 11, after every fix of the session, those
// made on blind51's, blind52's and blind53's first runs included): the
// session's last set. First run (docs/accuracy/blind54-first-run.log):
// recall 0.81, real 0.88, value 1.00, metric 0.66, region 0.88, period
// 0.71, status 0.93, all six 0.35 over 484 figures.
func TestGoldBlind54(t *testing.T) { goldSet(t, "blind54", goldMin["blind54"]) }

// TestGoldBlind55 measures extraction on blind55, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (3dbb22c) before the extractor first
// ran on them, at 3dbb22c (session 11, after every fix of the session, those
// made on the first runs of blind51 to blind54 included). First run
// (docs/accuracy/blind55-first-run.log): recall 0.87,
// real 0.86, value 0.98, metric 0.69, region 0.81, period 0.80, status
// 0.95, all six 0.38 over 511 figures.
func TestGoldBlind55(t *testing.T) { goldSet(t, "blind55", goldMin["blind55"]) }

// TestGoldBlind56 measures extraction on blind56, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (3a0326d) before the extractor first
// ran on them, at 3a0326d (session 11, after every fix of the session, those
// made on the first runs of blind51 to blind55 included): the session's
// last set. First run (docs/accuracy/blind56-first-run.log): recall 0.96,
// real 0.92, value 1.00, metric 0.71, region 0.82, period 0.76, status
// 0.99, all six 0.45 over 458 figures.
func TestGoldBlind56(t *testing.T) { goldSet(t, "blind56", goldMin["blind56"]) }

// TestGoldBlind57 measures extraction on blind57, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (e2107a0) before the extractor first
// ran on them, at e2107a0 (session 12's start: session 11's last
// extractor). First run (docs/accuracy/blind57-first-run.log): recall
// 0.87, real 0.89, value 0.99, metric 0.75, region 0.69, period 0.79,
// status 0.98, all six 0.38 over 472 figures.
func TestGoldBlind57(t *testing.T) { goldSet(t, "blind57", goldMin["blind57"]) }

// TestGoldBlind58 measures extraction on blind58, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (ad6ed2b) before the extractor first
// ran on them, at 8b52514 (session 12, after every fix of the session,
// those made on blind57's first run included): the session's last set.
// First run (docs/accuracy/blind58-first-run.log): recall 0.97, real
// 0.99, value 1.00, metric 0.78, region 0.96, period 0.85, status 0.98,
// all six 0.62 over 474 figures.
func TestGoldBlind58(t *testing.T) { goldSet(t, "blind58", goldMin["blind58"]) }

// TestGoldBlind59 measures extraction on blind59, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (d86a4cc) before the extractor first
// ran on them, at 297e14f (session 12, after every fix of the session,
// those made on blind57's and blind58's first runs included): the
// session's last set. First run (docs/accuracy/blind59-first-run.log):
// recall 0.95, real 0.93, value 0.95, metric 0.58, region 0.83, period
// 0.59, status 0.99, all six 0.33 over 454 figures.
func TestGoldBlind59(t *testing.T) { goldSet(t, "blind59", goldMin["blind59"]) }

// TestGoldBlind60 measures extraction on blind60, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third, and committed (2247d77) before the extractor first
// ran on them, at d04b689 (session 12, after every fix of the session,
// those made on the first runs of blind57 to blind59 included): the
// session's last set. First run (docs/accuracy/blind60-first-run.log):
// recall 0.86, real 0.90, value 0.99, metric 0.52, region 0.86, period
// 0.72, status 1.00, all six 0.31 over 397 figures.
func TestGoldBlind60(t *testing.T) { goldSet(t, "blind60", goldMin["blind60"]) }

// TestGoldBlind61 measures extraction on blind61, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked in part by a third (7 of 12 copies found), and committed
// (d434237) before the extractor first ran on them, at d15a1cc (session
// 12, after every fix of the session, those made on the first runs of
// blind57 to blind60 included): the session's last set. First run
// (docs/accuracy/blind61-first-run.log): recall 0.85, real 0.85, value
// 1.00, metric 0.80, region 0.85, period 0.86, status 1.00, all six 0.46
// over 429 figures.
func TestGoldBlind61(t *testing.T) { goldSet(t, "blind61", goldMin["blind61"]) }

// TestGoldBlind62 measures extraction on blind62, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// checked by a third (copies found for all but two policy stories), and
// committed (7e3a330) before the extractor first ran on them, at 09bd8f0
// (session 13's start: session 12's last extractor). First run
// (docs/accuracy/blind62-first-run.log): recall 0.94, real 0.95, value
// 0.99, metric 0.83, region 0.93, period 0.79, status 0.98, all six 0.59
// over 451 figures.
func TestGoldBlind62(t *testing.T) { goldSet(t, "blind62", goldMin["blind62"]) }

// TestGoldBlind63 measures extraction on blind63, twelve real texts
// written by two helper sessions that never ran or read the extractor, at
// the same time as blind62's, checked by a third (copies found for 10 of
// 12 texts), and committed (09bd8f0) before the extractor first ran on
// them, at 3ddd611 (session 13, after the blind62 fixes). First run
// (docs/accuracy/blind63-first-run.log): recall 0.77, real 0.78, value
// 1.00, metric 0.78, region 0.92, period 0.79, status 0.98, all six 0.47
// over 428 figures.
func TestGoldBlind63(t *testing.T) { goldSet(t, "blind63", goldMin["blind63"]) }

// TestGoldBlind64 measures extraction on blind64, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// after every fix of session 13 (extractor at e3ef530), checked by a third
// (11 of 12 copies found), and committed (0eaab5d) before the extractor
// first ran on them, at 0eaab5d: one of the session's two last sets. First
// run (docs/accuracy/blind64-first-run.log): recall 0.90, real 0.91, value
// 0.97, metric 0.67, region 0.96, period 0.78, status 0.97, all six 0.48
// over 421 figures.
func TestGoldBlind64(t *testing.T) { goldSet(t, "blind64", goldMin["blind64"]) }

// TestGoldBlind65 measures extraction on blind65, twelve real texts
// written at the same time as blind64's, after every fix of session 13,
// checked by a third helper (all 12 copies found), and committed (be49c7e)
// before the extractor first ran on them, at 0eaab5d: the other of the
// session's two last sets. First run (docs/accuracy/blind65-first-run.log):
// recall 0.96, real 0.99, value 0.99, metric 0.78, region 0.90, period
// 0.64, status 0.90, all six 0.40 over 393 figures.
func TestGoldBlind65(t *testing.T) { goldSet(t, "blind65", goldMin["blind65"]) }

// TestGoldBlind66 measures extraction on blind66, twelve real texts
// written by two helper sessions that never ran or read the extractor, at
// the start of session 14, checked by a third (10 of 12 copies found, two
// policy stories not), and committed (4f6f403) before the extractor first
// ran on them, at 4f6f403 (session 13's last extractor and two rules of
// session 14 made from older sets).
func TestGoldBlind66(t *testing.T) { goldSet(t, "blind66", goldMin["blind66"]) }

// TestGoldBlind67 measures extraction on blind67, twelve real texts
// written at the same time as blind66's, checked by a third helper (all
// copies found; two stories that duplicated blind66's replaced), and
// committed (806569c) before the extractor first ran on them, at 4cbfe2b,
// after the fixes made on seeing blind66.
func TestGoldBlind67(t *testing.T) { goldSet(t, "blind67", goldMin["blind67"]) }

// TestGoldBlind68 measures extraction on blind68, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// while the fixes made on seeing blind67 went in (its writers started at
// a520236; they saw no extractor code, and the fixes saw none of their
// texts), checked by a third (11 of 12 copies found), and committed
// (0728753) before the extractor first ran on them, at 4125e98 (the
// extractor of 26456a5): one of the session's two last sets.
func TestGoldBlind68(t *testing.T) { goldSet(t, "blind68", goldMin["blind68"]) }

// TestGoldBlind69 measures extraction on blind69, twelve real texts
// written at the same time as blind68's, checked by a third helper (11 of
// 12 copies found; 53 metrics shortened to the text's own words), and
// committed (4125e98) before the extractor first ran on them, at 4125e98:
// the other of the session's two last sets.
func TestGoldBlind69(t *testing.T) { goldSet(t, "blind69", goldMin["blind69"]) }

// TestGoldBlind70 measures extraction on blind70, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// while the rules made after blind68's and blind69's first runs went in
// (its writers started at ee7da00; no rule saw their texts), checked by a
// third (all copies found), and committed (23bca10) before the extractor
// first ran on them, at 4eaef88 (the extractor of 72ec643): one of the
// session's two last sets.
func TestGoldBlind70(t *testing.T) { goldSet(t, "blind70", goldMin["blind70"]) }

// TestGoldBlind71 measures extraction on blind71, twelve real texts
// written at the same time as blind70's, checked by a third helper (all
// copies found; a wording the writer had changed restored), and committed
// (4eaef88) before the extractor first ran on them, at 4eaef88: the other
// of the session's two last sets.
func TestGoldBlind71(t *testing.T) { goldSet(t, "blind71", goldMin["blind71"]) }

// TestGoldBlind72 measures extraction on blind72, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// while the fixes made on seeing blind70 went in (its writers started at
// e20219e; no fix saw their texts), checked by a third (10 of 12 copies
// found), and committed (4b1ff20) before the extractor first ran on them,
// at d8703e5 (the extractor of af2f0e7): one of the session's two last
// sets.
func TestGoldBlind72(t *testing.T) { goldSet(t, "blind72", goldMin["blind72"]) }

// TestGoldBlind73 measures extraction on blind73, twelve real texts
// written at the same time as blind72's, checked by a third helper (10 of
// 12 copies found), and committed (d8703e5) before the extractor first ran
// on them, at d8703e5: the other of the session's two last sets.
func TestGoldBlind73(t *testing.T) { goldSet(t, "blind73", goldMin["blind73"]) }

// TestGoldBlind74 measures extraction on blind74, twelve real texts
// written by two helper sessions that never ran or read the extractor,
// while the fixes made after blind72's and blind73's first runs went in
// (its writers started at 2391767; no fix saw their texts), checked by a
// third (20 of 25 stories' copies found), and committed (b3ff2c3) before
// the extractor first ran on them, at b6953dd (the extractor of 16e16a5):
// one of the session's two last sets.
func TestGoldBlind74(t *testing.T) { goldSet(t, "blind74", goldMin["blind74"]) }

// TestGoldBlind75 measures extraction on blind75, twelve real texts
// written at the same time as blind74's, checked by a third helper only in
// part (copies of 3 of 12 texts found before its search budget ran out),
// and committed (b6953dd) before the extractor first ran on them, at
// b6953dd: the other of the session's two last sets.
func TestGoldBlind75(t *testing.T) { goldSet(t, "blind75", goldMin["blind75"]) }

// TestGoldBlind76 measures extraction on blind76, twelve real texts
// written in session 15 while the session's first fixes went in (glosses
// in brackets, 重量箱, 与此同时; no fix saw its texts), checked by a third
// helper against the stored copies (found for every story but one), and
// committed (c4135d8) before the extractor first ran on them, at c4135d8
// (the extractor of c1903b1).
func TestGoldBlind76(t *testing.T) { goldSet(t, "blind76", goldMin["blind76"]) }

// TestGoldBlind77 measures extraction on blind77, twelve real texts
// written at the same time as blind76's, checked by a third helper against
// the stored copies (found for 11 of 12 texts), and committed (f911b7d)
// before the extractor first ran on them, at 2d90f39: after the fixes made
// on blind76's first run (no fix saw blind77's texts).
func TestGoldBlind77(t *testing.T) { goldSet(t, "blind77", goldMin["blind77"]) }

// TestGoldBlind78 measures extraction on blind78, twelve real texts
// written in session 15 while the fixes made on blind76's first run went
// in (no fix saw their texts), checked by a third helper against the
// stored copies (all found), and committed (bb66901) before the extractor
// first ran on them, at b90478f: after the fixes made on blind76's and
// blind77's first runs.
func TestGoldBlind78(t *testing.T) { goldSet(t, "blind78", goldMin["blind78"]) }

// TestGoldBlind79 measures extraction on blind79, twelve real texts
// written at the same time as blind78's, checked by a third helper against
// the stored copies (all found), and committed (b234724) before the
// extractor first ran on them, at b90478f.
func TestGoldBlind79(t *testing.T) { goldSet(t, "blind79", goldMin["blind79"]) }

// TestGoldBlind80 measures extraction on blind80, twelve real texts
// written in session 15 while the fixes made on blind77's first run went
// in (no fix saw their texts), checked by a third helper against the
// stored copies (11 of 12 found), and committed (5a3d43d) before the
// extractor first ran on them, at 59f56f2 (the extractor of 2de899c):
// after the fixes made on blind76's to blind79's first runs.
func TestGoldBlind80(t *testing.T) { goldSet(t, "blind80", goldMin["blind80"]) }

// TestGoldBlind81 measures extraction on blind81, twelve real texts
// written at the same time as blind80's, checked by a third helper against
// the stored copies (all found), and committed (59f56f2) before the
// extractor first ran on them, at 59f56f2.
func TestGoldBlind81(t *testing.T) { goldSet(t, "blind81", goldMin["blind81"]) }

// TestGoldBlind82 measures extraction on blind82, twelve real texts
// written in session 15 while the fixes made on blind78's to blind81's
// first runs went in (no fix saw their texts), checked by a third helper
// against the stored copies (all found), and committed (2d7bcd5) before
// the extractor first ran on them, at bdf671e (the extractor of 9057a0b):
// one of the session's two last sets, run after every fix of the session.
func TestGoldBlind82(t *testing.T) { goldSet(t, "blind82", goldMin["blind82"]) }

// TestGoldBlind83 measures extraction on blind83, twelve real texts
// written at the same time as blind82's, checked by a third helper against
// the stored copies (all found; a story sharing blind82's source removed),
// and committed (bdf671e) before the extractor first ran on them, at
// bdf671e: the other of the session's two last sets.
func TestGoldBlind83(t *testing.T) { goldSet(t, "blind83", goldMin["blind83"]) }

// TestGoldBlind84 measures extraction on blind84, twelve real texts
// written in session 15 while the fixes made on blind82's and blind83's
// first runs went in (no fix saw their texts), checked by a third helper
// only in part (copies of 4 of 12 texts found before its search budget ran
// out), and committed (87b89be) before the extractor first ran on them, at
// ddd6f25 (the extractor of 3820286): one of the session's two last sets,
// run after every fix of the session.
func TestGoldBlind84(t *testing.T) { goldSet(t, "blind84", goldMin["blind84"]) }

// TestGoldBlind85 measures extraction on blind85, twelve real texts
// written at the same time as blind84's, checked by a third helper only in
// part (copies of its 6 y texts found, none of its 6 z texts), and
// committed (ddd6f25) before the extractor first ran on them, at ddd6f25:
// the other of the session's two last sets.
func TestGoldBlind85(t *testing.T) { goldSet(t, "blind85", goldMin["blind85"]) }

// TestGoldBlind86 measures extraction on blind86, twelve real texts
// written in session 16 while its first fixes went in (made on the tuned
// sets blind76–85; no fix saw these texts), checked by a third helper
// against the stored copies (all 12 found), and committed before the
// extractor first ran on them.
func TestGoldBlind86(t *testing.T) { goldSet(t, "blind86", goldMin["blind86"]) }

// TestGoldBlind87 measures extraction on blind87, twelve real texts
// written at the same time as blind86's, checked by a third helper (copies
// of 11 of 12 texts found), and committed with blind86's before the
// extractor first ran on them.
func TestGoldBlind87(t *testing.T) { goldSet(t, "blind87", goldMin["blind87"]) }

// TestGoldBlind88 measures extraction on blind88, twelve real texts
// written in session 16 while the fixes made on blind86's and blind87's
// first runs went in (no fix saw their texts), checked by a third helper
// against the stored copies (copies of 11 of 12 texts found), and committed
// before the extractor first ran on them.
func TestGoldBlind88(t *testing.T) { goldSet(t, "blind88", goldMin["blind88"]) }

// TestGoldBlind89 measures extraction on blind89, twelve real texts
// written at the same time as blind88's, checked by a third helper (all 12
// copies found), and committed with blind88's before the extractor first
// ran on them.
func TestGoldBlind89(t *testing.T) { goldSet(t, "blind89", goldMin["blind89"]) }

// TestGoldBlind90 measures extraction on blind90, twelve real texts
// written in session 16 while the fixes made on blind86's to blind89's
// first runs went in (no fix saw their texts), checked by a third helper
// against the stored copies (all 12 found; two stories already used in
// earlier sets removed), and committed before the extractor first ran on
// them.
func TestGoldBlind90(t *testing.T) { goldSet(t, "blind90", goldMin["blind90"]) }

// TestGoldBlind91 measures extraction on blind91, twelve real texts
// written at the same time as blind90's, checked by a third helper (all 12
// copies found), and committed with blind90's before the extractor first
// ran on them.
func TestGoldBlind91(t *testing.T) { goldSet(t, "blind91", goldMin["blind91"]) }

// TestGoldBlind92 measures extraction on blind92, twelve real texts
// written in session 16 while the fixes made on blind88's to blind91's
// first runs went in (no fix saw their texts), checked by a third helper
// against the stored copies (all found; one story an earlier set already
// had removed), and committed before the extractor first ran on them: one
// of the session's two last sets.
func TestGoldBlind92(t *testing.T) { goldSet(t, "blind92", goldMin["blind92"]) }

// TestGoldBlind93 measures extraction on blind93, twelve real texts
// written at the same time as blind92's, checked by a third helper (all
// copies found), and committed before the extractor first ran on them:
// the other of the session's two last sets.
func TestGoldBlind93(t *testing.T) { goldSet(t, "blind93", goldMin["blind93"]) }

// TestGoldBlind94 measures extraction on blind94, twelve real texts
// written by two helpers that never saw the extractor while session 17's
// first fixes (made on the tuned sets) went in, checked by a third against
// the stored copies (all found; four date lines written from URLs
// removed), and committed before the extractor first ran on them, after
// the fixes made on blind95's first run.
func TestGoldBlind94(t *testing.T) { goldSet(t, "blind94", goldMin["blind94"]) }

// TestGoldBlind95 measures extraction on blind95, twelve real texts
// written by two helpers that never saw the extractor while session 17's
// first fixes (made on the tuned sets) went in, checked by a third against
// the stored copies (all found), and committed before the extractor first
// ran on them.
func TestGoldBlind95(t *testing.T) { goldSet(t, "blind95", goldMin["blind95"]) }

// TestGoldBlind96 measures extraction on blind96, twelve real texts
// written by two helpers that never saw the extractor while the fixes
// made on blind94's and blind95's first runs went in, checked by a third
// against the stored copies (all found), and committed before the
// extractor first ran on them, after every fix of session 17: one of the
// session's two last sets.
func TestGoldBlind96(t *testing.T) { goldSet(t, "blind96", goldMin["blind96"]) }

// TestGoldBlind97 measures extraction on blind97, twelve real texts
// written at the same time as blind96's, checked by a third helper (all
// copies found), and committed before the extractor first ran on them:
// the other of the session's two last sets.
func TestGoldBlind97(t *testing.T) { goldSet(t, "blind97", goldMin["blind97"]) }

// TestGoldBlind98 measures extraction on blind98, twelve real texts
// written in session 18 by two helpers that never saw the extractor,
// checked by a third against the stored copies (all found), and committed
// before the extractor first ran on them, after the session's first fixes
// (made on tuned sets).
func TestGoldBlind98(t *testing.T) { goldSet(t, "blind98", goldMin["blind98"]) }

// TestGoldBlind99 measures extraction on blind99, twelve real texts
// written at the same time as blind98's, checked by another helper (all
// copies found), and committed and first run with them.
func TestGoldBlind99(t *testing.T) { goldSet(t, "blind99", goldMin["blind99"]) }

// TestGoldBlind100 measures extraction on blind100, twelve real texts
// written by two helpers that never saw the extractor while session 18's
// fixes went in, checked by a third against the stored copies (all
// found), and committed before the extractor first ran on them, after
// every fix of session 18: one of the session's two last sets.
func TestGoldBlind100(t *testing.T) { goldSet(t, "blind100", goldMin["blind100"]) }

// TestGoldBlind101 measures extraction on blind101, twelve real texts
// written at the same time as blind100's, checked by another helper (all
// copies found), and committed before the extractor first ran on them:
// the other of the session's two last sets.
func TestGoldBlind101(t *testing.T) { goldSet(t, "blind101", goldMin["blind101"]) }

// TestGoldBlind102 measures extraction on blind102, twelve real texts
// written by two helpers that never saw the extractor while session 19's
// first fixes went in, checked by a third against the stored copies (all
// found), and committed before the extractor first ran on them.
func TestGoldBlind102(t *testing.T) { goldSet(t, "blind102", goldMin["blind102"]) }

// TestGoldBlind103 measures extraction on blind103, twelve real texts
// written at the same time as blind102's, checked by another helper (all
// copies found), and committed and first run with them.
func TestGoldBlind103(t *testing.T) { goldSet(t, "blind103", goldMin["blind103"]) }

// TestGoldBlind104 measures extraction on blind104, twelve real texts
// written by two helpers that never saw the extractor while session 19's
// fixes went in, and committed before the extractor first ran on them,
// after every fix of the session: one of the session's two last sets
// (not checked against the stored copies: its checker had not reported).
func TestGoldBlind104(t *testing.T) { goldSet(t, "blind104", goldMin["blind104"]) }

// TestGoldBlind105 measures extraction on blind105, twelve real texts
// written at the same time as blind104's and committed and first run with
// them: the other of the session's two last sets (not checked either).
func TestGoldBlind105(t *testing.T) { goldSet(t, "blind105", goldMin["blind105"]) }

// TestGoldBlind106 measures extraction on blind106, eighteen real texts
// written by three helpers that never saw the extractor while session
// 20's fixes went in (two thirds of them checked against the stored
// copies and FORMAT.md by two more), and committed before the extractor
// first ran on them, after every fix of the session: one of the
// session's two last sets.
func TestGoldBlind106(t *testing.T) { goldSet(t, "blind106", goldMin["blind106"]) }

// TestGoldBlind107 measures extraction on blind107, twelve real texts
// written at the same time as blind106's (not checked against the
// stored copies: its checkers had not reported), committed and first run
// with them.
func TestGoldBlind107(t *testing.T) { goldSet(t, "blind107", goldMin["blind107"]) }

// TestGoldFilesAreSane checks every gold line of every set: its raw text is
// in its file, and its fields are well-formed and agree with each other.
func TestGoldFilesAreSane(t *testing.T) {
	seeds, _, err := testParser.LoadSeeds(context.Background())
	if err != nil {
		t.Fatalf("LoadSeeds: %v", err)
	}
	for _, set := range slices.Sorted(maps.Keys(goldMin)) {
		as := seeds
		if set != "seeds" {
			if as, _, err = testParser.LoadDir(context.Background(), filepath.Join("testdata/gold", set), nil); err != nil {
				t.Fatalf("LoadDir %s: %v", set, err)
			}
		}
		texts := map[string]string{}
		for _, a := range as {
			texts[a.File] += a.Title + "\n" + a.Text + "\n"
		}
		for _, g := range readGold(t, filepath.Join("testdata/gold", set+".jsonl")) {
			if err := saneGold(g, texts[g.File]); err != nil {
				t.Errorf("%s: %s %q: %v", set, g.File, g.Raw, err)
			}
		}
	}
}

// saneGold reports what is wrong with a gold line, given its file's text.
func saneGold(g goldFigure, text string) error {
	day := func(s string) bool {
		_, err := time.Parse("2006-01-02", s)
		return s == "" || err == nil
	}
	switch {
	case g.Raw == "" || !strings.Contains(text, g.Raw):
		return fmt.Errorf("raw not in the text")
	case g.Unit == "":
		return fmt.Errorf("no unit")
	case !slices.Contains([]string{data.StatusResult, data.StatusEstimate, data.StatusTarget, data.StatusExpectation}, g.Status):
		return fmt.Errorf("status %q", g.Status)
	case g.Target != (g.Status == data.StatusTarget):
		return fmt.Errorf("target %v with status %s", g.Target, g.Status)
	case !slices.Contains([]string{data.PeriodYear, data.PeriodHalf, data.PeriodQuarter, data.PeriodMonth, data.PeriodYTD, data.PeriodAsOf, data.PeriodSpan, data.PeriodNone}, g.PeriodKind):
		return fmt.Errorf("period kind %q", g.PeriodKind)
	case !day(g.PeriodStart) || !day(g.PeriodEnd) || g.PeriodStart > g.PeriodEnd && g.PeriodEnd != "":
		return fmt.Errorf("period %s..%s", g.PeriodStart, g.PeriodEnd)
	case (g.PeriodKind == data.PeriodNone) != (g.PeriodEnd == ""):
		return fmt.Errorf("period kind %s with end %q", g.PeriodKind, g.PeriodEnd)
	case g.Region != "" && len(g.Regions) > 0:
		return fmt.Errorf("both region and regions")
	}
	return nil
}

// goldMin holds each set's thresholds, set just under the scores measured
// after the fixes, so regressions fail; the comments keep each set's
// FIRST run, the only honest figure for it.
//
// blind3 (11 real texts, 352 figures, gold committed in 3cfe923 before
// any run) FIRST RUN at 6be0ef2:
//
//	recall 0.74 real 0.91 value 0.98 metric 0.63 region 0.74 period 0.54 status 0.92 | ALL SIX 0.24
//	by genre (all six): bulletin 0.82, gb18030 0.78, city-news 0.29,
//	county-page 0.25, work-report 0.16, hk-macau-tw 0.15, nbs-release 0.00,
//	table 0.00 (recall 0.12: tables not read), county page not split.
//
// blind4 (6 real texts, 223 figures, written after the blind3 fixes and
// committed in 358e419 before any run) FIRST RUN at 358e419:
//
//	recall 1.00 real 0.99 value 1.00 metric 0.66 region 0.71 period 0.90 status 0.99 | ALL SIX 0.34
//	by genre (all six): table 0.68, bulletin 0.65, work-report 0.45,
//	nbs-release 0.11 (national figures of a provincial release pinned on
//	the province), hk-macau-tw 0.07, county-page 0.05 (the page's stories
//	about counties pinned on the city).
//
// blind5 (6 real texts, 195 figures, written after the blind4 fixes and
// committed in e6cf6bb before any run) FIRST RUN at e6cf6bb:
//
//	recall 0.98 real 0.93 value 0.99 metric 0.71 region 0.82 period 0.71 status 0.87 | ALL SIX 0.38
//	by genre (all six): bulletin 0.84, work-report 0.74, nbs-release 0.32,
//	city-news 0.19, county-page 0.13, gb18030 0.00 (a story of 酉阳县 whose
//	region was not found).
//
// blind6 (6 real texts, 188 figures, written after the blind5 fixes and
// committed in df08f18 before any run) FIRST RUN at df08f18 — the last
// honest figure of this round:
//
//	recall 0.97 real 0.97 value 1.00 metric 0.71 region 0.75 period 0.84 status 0.97 | ALL SIX 0.41
//	by genre (all six): bulletin 0.86, work-report 0.86, city-news 0.47,
//	county-page 0.14, table 0.06 (metric), hk-macau-tw 0.00 (region).
//
// The older sets (seeds, heldout, blind, blind2) had been tuned to 1.0 on
// what they measured then (recall, precision, qualifier, target); their
// gold gained metric, canonical indicator, region scope, period dates and
// status in 942353d-…, and their first measure on all six, after the
// period rewrite, was: seeds 0.26, heldout 0.72, blind 0.61, blind2 0.68.
//
// The older sets keep what they measured at 0.97 or more (recall, real
// indicator, qualifier; status stands for the old target flag); metric,
// region, period and all six are held at their measured level.
var goldMin = map[string]goldThresholds{
	//                     recall real qualifier   value metric region period status   all six
	"seeds":    thresholds(0.99, 0.99, 0.98, [numCrit]float64{0.99, 0.83, 0.98, 0.54, 0.94}, 0.47),
	"heldout":  thresholds(0.99, 0.99, 0.99, [numCrit]float64{0.99, 0.93, 0.99, 0.81, 0.99}, 0.77),
	"blind":    thresholds(0.99, 0.99, 0.99, [numCrit]float64{0.99, 0.92, 0.99, 0.68, 0.99}, 0.63),
	"blind2":   thresholds(0.99, 0.99, 0.99, [numCrit]float64{0.99, 0.95, 0.99, 0.91, 0.99}, 0.88),
	"blind3":   thresholds(0.99, 0.99, 0.99, [numCrit]float64{0.99, 0.92, 0.98, 0.92, 0.98}, 0.86),
	"blind4":   thresholds(0.99, 0.99, 0.99, [numCrit]float64{0.99, 0.75, 0.96, 0.95, 0.99}, 0.70),
	"blind5":   thresholds(0.98, 0.98, 0.99, [numCrit]float64{0.98, 0.83, 0.97, 0.92, 0.94}, 0.76),
	"blind6":   thresholds(0.96, 0.97, 0.99, [numCrit]float64{0.99, 0.91, 0.90, 0.94, 0.97}, 0.78),
	"blind7":   thresholds(0.99, 0.99, 0.99, [numCrit]float64{0.99, 0.96, 0.97, 0.99, 0.99}, 0.94),
	"blind8":   thresholds(0.97, 0.98, 0.98, [numCrit]float64{0.99, 0.89, 0.99, 0.95, 0.97}, 0.84),
	"blind9":   thresholds(0.98, 0.99, 0.99, [numCrit]float64{0.97, 0.86, 0.98, 0.86, 0.99}, 0.73),
	"blind10":  thresholds(0.96, 0.97, 0.98, [numCrit]float64{0.99, 0.93, 0.96, 0.92, 0.99}, 0.84),
	"blind11":  thresholds(0.97, 0.97, 0.99, [numCrit]float64{0.97, 0.85, 0.96, 0.97, 0.99}, 0.80),
	"blind13":  thresholds(0.94, 0.98, 0.99, [numCrit]float64{0.98, 0.76, 0.95, 0.90, 0.99}, 0.68),
	"blind14":  thresholds(0.97, 0.97, 0.99, [numCrit]float64{0.98, 0.85, 0.99, 0.96, 0.97}, 0.79),
	"blind15":  thresholds(0.94, 0.96, 0.98, [numCrit]float64{0.99, 0.78, 0.93, 0.88, 0.97}, 0.62),
	"blind16":  thresholds(0.97, 0.97, 0.99, [numCrit]float64{0.99, 0.84, 0.97, 0.88, 0.97}, 0.72),
	"blind17":  thresholds(0.99, 0.99, 0.99, [numCrit]float64{0.98, 0.91, 0.93, 0.86, 0.98}, 0.77),
	"blind18":  thresholds(0.99, 0.99, 0.99, [numCrit]float64{0.99, 0.86, 0.94, 0.89, 0.96}, 0.75),
	"blind19":  thresholds(0.99, 0.96, 0.99, [numCrit]float64{0.99, 0.89, 0.98, 0.92, 0.97}, 0.83),
	"blind20":  thresholds(0.99, 0.98, 0.99, [numCrit]float64{0.99, 0.88, 0.99, 0.90, 0.98}, 0.81),
	"blind21":  thresholds(0.97, 0.99, 0.99, [numCrit]float64{0.99, 0.94, 0.99, 0.88, 0.97}, 0.82),
	"blind22":  thresholds(0.90, 0.93, 0.99, [numCrit]float64{0.99, 0.89, 0.97, 0.92, 0.98}, 0.77),
	"blind23":  thresholds(0.98, 0.98, 0.98, [numCrit]float64{0.98, 0.70, 0.99, 0.79, 0.96}, 0.56),
	"blind24":  thresholds(0.96, 0.97, 0.98, [numCrit]float64{0.99, 0.84, 0.98, 0.90, 0.99}, 0.74),
	"blind25":  thresholds(0.97, 0.98, 0.98, [numCrit]float64{0.98, 0.78, 0.98, 0.91, 0.98}, 0.72),
	"blind26":  thresholds(0.96, 0.96, 0.99, [numCrit]float64{0.98, 0.73, 0.93, 0.81, 0.96}, 0.52),
	"blind27":  thresholds(0.96, 0.96, 0.99, [numCrit]float64{0.99, 0.55, 0.92, 0.70, 0.95}, 0.46),
	"blind28":  thresholds(0.96, 0.96, 0.99, [numCrit]float64{0.98, 0.88, 0.95, 0.81, 0.97}, 0.67),
	"blind29":  thresholds(0.95, 0.98, 0.99, [numCrit]float64{0.98, 0.87, 0.98, 0.91, 0.98}, 0.75),
	"blind30":  thresholds(0.96, 0.97, 0.99, [numCrit]float64{0.99, 0.78, 0.95, 0.76, 0.98}, 0.58),
	"blind31":  thresholds(0.95, 0.96, 0.99, [numCrit]float64{0.99, 0.84, 0.96, 0.87, 0.98}, 0.71),
	"blind32":  thresholds(0.98, 0.95, 0.99, [numCrit]float64{0.99, 0.92, 0.96, 0.93, 0.98}, 0.83),
	"blind33":  thresholds(0.95, 0.93, 0.99, [numCrit]float64{0.91, 0.82, 0.85, 0.71, 0.90}, 0.51),
	"blind34":  thresholds(0.95, 0.97, 0.98, [numCrit]float64{0.99, 0.77, 0.98, 0.81, 0.97}, 0.62),
	"blind36":  thresholds(0.96, 0.99, 0.98, [numCrit]float64{0.96, 0.84, 0.98, 0.83, 0.99}, 0.73),
	"blind37":  thresholds(0.93, 0.96, 0.94, [numCrit]float64{0.97, 0.81, 0.98, 0.73, 0.94}, 0.55),
	"blind42":  thresholds(0.96, 0.98, 0.98, [numCrit]float64{0.99, 0.88, 0.98, 0.88, 0.98}, 0.76),
	"blind43":  thresholds(0.96, 0.98, 0.99, [numCrit]float64{0.99, 0.76, 0.97, 0.93, 0.96}, 0.68),
	"blind44":  thresholds(0.96, 0.97, 0.98, [numCrit]float64{0.99, 0.73, 0.99, 0.87, 0.99}, 0.63),
	"blind45":  thresholds(0.88, 0.93, 0.99, [numCrit]float64{0.98, 0.70, 0.88, 0.85, 0.99}, 0.53),
	"blind46":  thresholds(0.90, 0.94, 0.99, [numCrit]float64{0.99, 0.78, 0.94, 0.74, 0.98}, 0.50),
	"blind47":  thresholds(0.96, 0.96, 0.98, [numCrit]float64{0.98, 0.82, 0.97, 0.84, 0.98}, 0.67),
	"blind48":  thresholds(0.97, 0.98, 0.98, [numCrit]float64{0.99, 0.77, 0.95, 0.86, 0.98}, 0.63),
	"blind49":  thresholds(0.96, 0.97, 0.98, [numCrit]float64{0.97, 0.71, 0.98, 0.82, 0.92}, 0.54),
	"blind50":  thresholds(0.96, 0.97, 0.99, [numCrit]float64{0.98, 0.72, 0.98, 0.78, 0.99}, 0.55), // period 0.69: a split story found (recall up), its figures dated by the year it names
	"blind51":  thresholds(0.93, 0.97, 0.99, [numCrit]float64{0.98, 0.76, 0.97, 0.85, 0.97}, 0.61),
	"blind52":  thresholds(0.96, 0.95, 0.99, [numCrit]float64{0.99, 0.68, 0.99, 0.93, 0.99}, 0.61), // its first run less 0.01
	"blind53":  thresholds(0.97, 0.98, 0.99, [numCrit]float64{0.99, 0.83, 0.97, 0.90, 0.98}, 0.73), // its first run less 0.01
	"blind54":  thresholds(0.91, 0.93, 0.99, [numCrit]float64{0.99, 0.69, 0.95, 0.85, 0.98}, 0.54), // its first run less 0.01
	"blind55":  thresholds(0.95, 0.96, 0.98, [numCrit]float64{0.98, 0.70, 0.87, 0.85, 0.96}, 0.53), // region 0.89 -> 0.87, period 0.87 -> 0.85 (session 15): 亿元人民币 figures written 亿元 in the gold now matched (recall 0.94 -> 0.96) and judged
	"blind56":  thresholds(0.96, 0.91, 0.99, [numCrit]float64{0.99, 0.71, 0.81, 0.78, 0.98}, 0.46), // its first run less 0.01
	"blind57":  thresholds(0.97, 0.96, 0.99, [numCrit]float64{0.99, 0.81, 0.81, 0.84, 0.98}, 0.57), // its first run less 0.01; period 0.77: a story found since (【本報消息】, recall 0.90 -> 0.94), its later paragraphs dated by the gold from the first
	"blind58":  thresholds(0.96, 0.98, 0.99, [numCrit]float64{0.99, 0.77, 0.97, 0.92, 0.97}, 0.68), // its first run less 0.01
	"blind59":  thresholds(0.95, 0.95, 0.99, [numCrit]float64{0.97, 0.61, 0.86, 0.68, 0.99}, 0.37), // its first run less 0.01
	"blind60":  thresholds(0.92, 0.96, 0.99, [numCrit]float64{0.98, 0.52, 0.91, 0.77, 0.99}, 0.38), // its first run less 0.01
	"blind61":  thresholds(0.97, 0.98, 0.99, [numCrit]float64{0.99, 0.83, 0.99, 0.85, 0.99}, 0.69), // its first run less 0.01
	"blind62":  thresholds(0.96, 0.97, 0.99, [numCrit]float64{0.99, 0.84, 0.99, 0.93, 0.97}, 0.75), // its first run less 0.01
	"blind63":  thresholds(0.93, 0.93, 0.98, [numCrit]float64{0.99, 0.78, 0.94, 0.89, 0.98}, 0.64), // its first run less 0.01
	"blind64":  thresholds(0.96, 0.96, 0.98, [numCrit]float64{0.96, 0.73, 0.95, 0.90, 0.96}, 0.61), // its first run less 0.01
	"blind65":  thresholds(0.97, 0.98, 0.98, [numCrit]float64{0.98, 0.83, 0.98, 0.86, 0.93}, 0.70), // its first run less 0.01
	"blind66":  thresholds(0.95, 0.95, 0.99, [numCrit]float64{0.99, 0.73, 0.97, 0.90, 0.98}, 0.63),
	"blind67":  thresholds(0.97, 0.98, 0.99, [numCrit]float64{0.98, 0.73, 0.95, 0.86, 0.94}, 0.62),
	"blind68":  thresholds(0.96, 0.96, 0.98, [numCrit]float64{0.98, 0.72, 0.99, 0.70, 0.97}, 0.47),
	"blind69":  thresholds(0.95, 0.96, 0.98, [numCrit]float64{0.98, 0.88, 0.99, 0.72, 0.97}, 0.62), // period 0.75 -> 0.72 (session 14, after the first run): t2's second story split off at last, its 31 figures found (recall 0.49 -> 0.97) and their periods judged,
	"blind70":  thresholds(0.89, 0.90, 0.99, [numCrit]float64{0.99, 0.74, 0.85, 0.93, 0.98}, 0.55),
	"blind71":  thresholds(0.97, 0.95, 0.99, [numCrit]float64{0.99, 0.81, 0.98, 0.85, 0.97}, 0.69),
	"blind72":  thresholds(0.90, 0.89, 0.99, [numCrit]float64{0.99, 0.72, 0.94, 0.76, 0.97}, 0.48), // metric 0.72 -> 0.71 (session 15): a 亿元人民币 figure and z5's third policy newly matched and judged; metric 0.74 -> 0.72, period 0.69 -> 0.67 (session 14, after the first run): y6's and z6's later stories split off at last, their 45 figures found (recall 0.75 -> 0.87) and judged
	"blind73":  thresholds(0.89, 0.93, 0.99, [numCrit]float64{0.99, 0.62, 0.92, 0.83, 0.99}, 0.45),
	"blind74":  thresholds(0.83, 0.88, 0.97, [numCrit]float64{0.99, 0.76, 0.98, 0.90, 0.96}, 0.56),
	"blind75":  thresholds(0.87, 0.86, 0.99, [numCrit]float64{0.98, 0.71, 0.83, 0.82, 0.98}, 0.49),
	"blind76":  thresholds(0.94, 0.95, 0.98, [numCrit]float64{0.99, 0.84, 0.94, 0.85, 0.98}, 0.67),
	"blind77":  thresholds(0.94, 0.92, 0.99, [numCrit]float64{0.98, 0.74, 0.92, 0.91, 0.99}, 0.62),
	"blind78":  thresholds(0.95, 0.96, 0.99, [numCrit]float64{0.99, 0.87, 0.99, 0.90, 0.98}, 0.78),
	"blind79":  thresholds(0.86, 0.97, 0.99, [numCrit]float64{0.99, 0.77, 0.90, 0.85, 0.97}, 0.54),
	"blind80":  thresholds(0.89, 0.92, 0.99, [numCrit]float64{0.98, 0.79, 0.97, 0.80, 0.95}, 0.57),
	"blind81":  thresholds(0.95, 0.95, 0.98, [numCrit]float64{0.98, 0.82, 0.93, 0.83, 0.97}, 0.66),
	"blind82":  thresholds(0.96, 0.97, 0.99, [numCrit]float64{0.98, 0.82, 0.93, 0.81, 0.98}, 0.62),
	"blind83":  thresholds(0.91, 0.94, 0.99, [numCrit]float64{0.98, 0.74, 0.93, 0.85, 0.98}, 0.56),
	"blind84":  thresholds(0.94, 0.98, 0.99, [numCrit]float64{0.99, 0.82, 0.96, 0.75, 0.96}, 0.58),
	"blind86":  thresholds(0.97, 0.95, 0.98, [numCrit]float64{0.98, 0.74, 0.89, 0.77, 0.98}, 0.57),
	"blind92":  thresholds(0.97, 0.97, 0.98, [numCrit]float64{0.98, 0.84, 0.99, 0.81, 0.99}, 0.69),
	"blind93":  thresholds(0.94, 0.94, 0.98, [numCrit]float64{0.98, 0.78, 0.96, 0.89, 0.97}, 0.64),
	"blind94":  thresholds(0.97, 0.95, 0.98, [numCrit]float64{0.98, 0.84, 0.94, 0.87, 0.97}, 0.70),
	"blind95":  thresholds(0.93, 0.98, 0.97, [numCrit]float64{0.98, 0.82, 0.93, 0.94, 0.96}, 0.68),
	"blind96":  thresholds(0.97, 0.97, 0.99, [numCrit]float64{0.95, 0.86, 0.92, 0.84, 0.95}, 0.61),
	"blind97":  thresholds(0.90, 0.93, 0.96, [numCrit]float64{0.99, 0.82, 0.93, 0.86, 0.97}, 0.60),
	"blind98":  thresholds(0.93, 0.91, 0.98, [numCrit]float64{0.98, 0.74, 0.95, 0.87, 0.97}, 0.56),
	"blind99":  thresholds(0.94, 0.96, 0.98, [numCrit]float64{0.97, 0.83, 0.96, 0.80, 0.98}, 0.64),
	"blind100": thresholds(0.95, 0.96, 0.99, [numCrit]float64{0.98, 0.84, 0.96, 0.88, 0.95}, 0.71),
	"blind101": thresholds(0.86, 0.94, 0.99, [numCrit]float64{0.99, 0.84, 0.97, 0.93, 0.99}, 0.68),
	"blind102": thresholds(0.80, 0.96, 0.98, [numCrit]float64{0.98, 0.89, 0.95, 0.87, 0.96}, 0.61),
	"blind103": thresholds(0.90, 0.93, 0.98, [numCrit]float64{0.99, 0.80, 0.89, 0.78, 0.98}, 0.54),
	"blind104": thresholds(0.85, 0.85, 0.99, [numCrit]float64{0.99, 0.82, 0.91, 0.89, 0.99}, 0.57),
	"blind105": thresholds(0.94, 0.95, 0.98, [numCrit]float64{0.98, 0.78, 0.93, 0.82, 0.97}, 0.60),
	"blind106": thresholds(0.89, 0.87, 0.99, [numCrit]float64{0.99, 0.73, 0.89, 0.82, 0.95}, 0.47),
	"blind107": thresholds(0.89, 0.92, 0.99, [numCrit]float64{0.99, 0.78, 0.79, 0.79, 0.95}, 0.48),
	"blind90":  thresholds(0.94, 0.95, 0.98, [numCrit]float64{0.98, 0.81, 0.91, 0.91, 0.98}, 0.70),
	"blind91":  thresholds(0.91, 0.94, 0.99, [numCrit]float64{0.98, 0.84, 0.95, 0.83, 0.97}, 0.63),
	"blind88":  thresholds(0.95, 0.96, 0.99, [numCrit]float64{0.97, 0.84, 0.92, 0.86, 0.93}, 0.68),
	"blind89":  thresholds(0.91, 0.95, 0.99, [numCrit]float64{0.99, 0.79, 0.94, 0.84, 0.98}, 0.63),
	"blind87":  thresholds(0.96, 0.95, 0.98, [numCrit]float64{0.99, 0.84, 0.90, 0.91, 0.97}, 0.70),
	"blind85":  thresholds(0.90, 0.89, 0.97, [numCrit]float64{0.99, 0.79, 0.96, 0.94, 0.99}, 0.67),
	"blind41":  thresholds(0.93, 0.96, 0.99, [numCrit]float64{0.98, 0.80, 0.97, 0.74, 0.99}, 0.57),
	"blind40":  thresholds(0.97, 0.99, 0.97, [numCrit]float64{0.97, 0.76, 0.98, 0.86, 0.98}, 0.64),
	"blind39":  thresholds(0.95, 0.97, 0.97, [numCrit]float64{0.99, 0.81, 0.98, 0.91, 0.99}, 0.71),
	"blind38":  thresholds(0.98, 0.95, 0.99, [numCrit]float64{0.98, 0.85, 0.98, 0.93, 0.97}, 0.79),
	"blind35":  thresholds(0.95, 0.98, 0.98, [numCrit]float64{0.98, 0.83, 0.99, 0.94, 0.99}, 0.75),
	"blind12":  thresholds(0.97, 0.95, 0.99, [numCrit]float64{0.99, 0.74, 0.96, 0.84, 0.98}, 0.64),
}

// thresholds builds a set's goldThresholds.
func thresholds(recall, real, qualifier float64, crit [numCrit]float64, strict float64) goldThresholds {
	return goldThresholds{recall: recall, real: real, qualifier: qualifier, crit: crit, strict: strict}
}
