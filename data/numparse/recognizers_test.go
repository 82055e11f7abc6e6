package numparse

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The spec cases in testdata/recognizers come from Microsoft
// Recognizers-Text (MIT licence, see the LICENSE file there), Chinese
// NumberModel, PercentModel, NumberRangeModel and CurrencyModel.
//
// Scan reports one list of quantities; each model sees a projection of it:
//
//   - NumberModel: the numeral of every number (ordinals included, as the
//     spec does: 第零十 → 零十) and the numeral inside 百分之X and X个百分点
//     (the spec reports those numerals as numbers). Amounts of money, X%,
//     成/折 ratios and ranges are other models' business.
//   - PercentModel: every percent (%, 百分之, 个百分点, 成, 折), span and value.
//   - CurrencyModel: every amount of money, span and value.
//   - NumberRangeModel: every range, and every number whose qualifier bounds
//     it on one side (五百多 → (500,)); bounds compared, open/closed not.
//
// A case passes when the projected spans and values equal the expected ones
// exactly (order ignored; values within a relative 1e-9; spans only when the
// case says IgnoreResolution). Cases that the reference implementation
// itself does not support (NotSupported lists dotnet) are skipped and
// counted. With -v every failing case is logged.

type specCase struct {
	Input            string
	Results          []specResult
	NotSupported     string
	IgnoreResolution bool
}

type specResult struct {
	Text       string
	TypeName   string
	Resolution *struct {
		Value *string `json:"value"`
	}
	Start, End int
}

// span is one projected or expected result: a rune span and a value (or,
// for ranges, bounds with ±Inf for an open side).
type span struct {
	start, end int
	low, high  float64
	hasValue   bool
}

func (s span) String() string {
	return fmt.Sprintf("[%d,%d)=%g..%g", s.start, s.end, s.low, s.high)
}

type modelSpec struct {
	name      string
	project   func(string, []Number) []span
	parse     func(string) (float64, float64, bool)
	threshold float64 // minimum pass rate; the test fails below it
}

func TestRecognizersSpec(t *testing.T) {
	models := []modelSpec{
		// Floors set just under the measured rates (99.5%, 98.7%, 55.6%,
		// 81.2%) so that regressions show.
		{"NumberModel", numberView, parseSpecNumber, 0.98},
		{"PercentModel", percentView, parseSpecPercent, 0.97},
		{"NumberRangeModel", rangeView, parseSpecRange, 0.50},
		{"CurrencyModel", currencyView, parseSpecNumber, 0.80},
	}
	var summary []string
	for _, m := range models {
		pass, total, skipped := runModel(t, m)
		rate := float64(pass) / float64(total)
		t.Logf("%s: %d/%d passed (%.1f%%), %d skipped (not supported by the reference)", m.name, pass, total, 100*rate, skipped)
		summary = append(summary, fmt.Sprintf("%s %d/%d=%.1f%% (skipped %d)", m.name, pass, total, 100*rate, skipped))
		if rate < m.threshold {
			t.Errorf("%s pass rate %.1f%% below the floor %.0f%%", m.name, 100*rate, 100*m.threshold)
		}
	}
	fmt.Println("recognizers spec:", strings.Join(summary, "; "))
}

func runModel(t *testing.T, m modelSpec) (pass, total, skipped int) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "recognizers", m.name+".json"))
	if err != nil {
		t.Fatalf("read spec: %v", err)
	}
	var cases []specCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("parse %s: %v", m.name, err)
	}
	for _, c := range cases {
		if strings.Contains(strings.ToLower(c.NotSupported), "dotnet") {
			skipped++
			continue
		}
		total++
		want := expected(c, m.parse)
		got := m.project(c.Input, Scan(c.Input))
		if sameSpans(want, got, !c.IgnoreResolution) {
			pass++
		} else if testing.Verbose() {
			t.Logf("%s %q: want %v got %v", m.name, c.Input, want, got)
		}
	}
	return pass, total, skipped
}

func expected(c specCase, parse func(string) (float64, float64, bool)) []span {
	var out []span
	for _, r := range c.Results {
		s := span{start: r.Start, end: r.End + 1}
		if r.Resolution != nil && r.Resolution.Value != nil {
			s.low, s.high, s.hasValue = parse(*r.Resolution.Value)
		}
		out = append(out, s)
	}
	return out
}

func sameSpans(want, got []span, values bool) bool {
	if len(want) != len(got) {
		return false
	}
	sortSpans(want)
	sortSpans(got)
	for i := range want {
		w, g := want[i], got[i]
		if w.start != g.start || w.end != g.end {
			return false
		}
		if values && (!w.hasValue || !closeTo(w.low, g.low) || !closeTo(w.high, g.high)) {
			return false
		}
	}
	return true
}

func sortSpans(s []span) { sort.Slice(s, func(i, j int) bool { return s[i].start < s[j].start }) }

func closeTo(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func parseSpecNumber(v string) (float64, float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	return f, f, err == nil
}

func parseSpecPercent(v string) (float64, float64, bool) {
	return parseSpecNumber(strings.TrimSuffix(strings.TrimSpace(v), "%"))
}

// parseSpecRange parses "(20,35]" or "[30,)" into bounds; an empty side is
// infinite.
func parseSpecRange(v string) (float64, float64, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 3 {
		return 0, 0, false
	}
	lo, hi, ok := strings.Cut(v[1:len(v)-1], ",")
	if !ok {
		return 0, 0, false
	}
	low, high := math.Inf(-1), math.Inf(1)
	var err error
	if lo != "" {
		if low, err = strconv.ParseFloat(lo, 64); err != nil {
			return 0, 0, false
		}
	}
	if hi != "" {
		if high, err = strconv.ParseFloat(hi, 64); err != nil {
			return 0, 0, false
		}
	}
	return low, high, true
}

func valueSpan(start, end int, v float64) span {
	return span{start: start, end: end, low: v, high: v, hasValue: true}
}

func numberView(_ string, ns []Number) []span {
	var out []span
	for _, n := range ns {
		switch {
		case n.Kind == KindNumber:
			out = append(out, valueSpan(n.NumStart, n.NumEnd, n.Value))
		case n.Kind == KindPercent && (n.Points || isPerHundred(n.Text)):
			out = append(out, valueSpan(n.NumStart, n.NumEnd, n.Value))
		}
	}
	return out
}

// isPerHundred reports a percent written 百分之X.
func isPerHundred(text string) bool {
	t := strings.ReplaceAll(text, " ", "")
	return strings.HasPrefix(t, "百分之") || strings.HasPrefix(t, "佰分之")
}

func percentView(_ string, ns []Number) []span {
	var out []span
	for _, n := range ns {
		if n.Kind == KindPercent {
			out = append(out, valueSpan(n.Start, n.End, n.Value))
		}
	}
	return out
}

func currencyView(_ string, ns []Number) []span {
	var out []span
	for _, n := range ns {
		if n.Kind == KindCurrency {
			out = append(out, valueSpan(n.Start, n.End, n.Value))
		}
	}
	return out
}

// rangeView projects ranges and one-sided numbers (五百多, 超过80).
func rangeView(input string, ns []Number) []span {
	var out []span
	inf := math.Inf(1)
	for _, n := range ns {
		s := span{start: n.Start, end: n.End, hasValue: true}
		q := n.Qualifier
		switch {
		case n.Kind == KindRange:
			s.low, s.high = n.Low, n.High
		case oneOf(q, "多 余 几 以上 超过 超过了 超 逾 过 大于 高于 多于 至少 不少于 不低于 不小于 大于等于 大于或等于 大于或者等于"):
			s.low, s.high = n.Value, inf
		case oneOf(q, "以下 不到 不足 低于 小于 少于 最多 不超过 不大于 不多于 小于等于 小于或等于 小于或者等于"):
			s.low, s.high = -inf, n.Value
		default:
			continue
		}
		// The spec's span includes the qualifier word.
		if hasPrefixQualifier(q) && strings.HasSuffix(input[:byteOffset(input, s.start)], q) {
			s.start -= len([]rune(q))
		} else if oneOf(q, "以上 以下") && strings.HasPrefix(input[min(len(input), byteOffset(input, s.end)):], q) {
			s.end += len([]rune(q))
		}
		out = append(out, s)
	}
	return out
}

func oneOf(q, list string) bool {
	for _, w := range strings.Fields(list) {
		if q == w {
			return true
		}
	}
	return false
}

func hasPrefixQualifier(q string) bool {
	for p := range strings.FieldsSeq(prefixQualifiers) {
		if p == q {
			return true
		}
	}
	return false
}

// byteOffset converts a rune offset in s to a byte offset.
func byteOffset(s string, runes int) int {
	i := 0
	for b := range s {
		if i == runes {
			return b
		}
		i++
	}
	return len(s)
}
