package extract

// The extractor keeps answers that several figures, or several steps of
// one figure's analysis, ask for again; these tests check each kept answer
// against the answer worked out each time.

import (
	"context"
	"testing"
	"unicode"

	"zhibiao/data"
)

// TestMentionVerdicts checks lastRegion, which keeps what it asks of each
// mention (mentionVerdict), against its tests written out for every call,
// before each digit of the seeds' sentences (where figures start) from the
// sentence's start and from its paragraph's.
func TestMentionVerdicts(t *testing.T) {
	n, found := 0, 0
	for _, x := range seedExtractors(t) {
		eachFigureStart(x, func(_ int, sent data.Span, at int) {
			from := []int{sent.Start}
			if p, ok := x.paragraphOf(sent.Start); ok {
				from = append(from, p.Start)
			}
			for _, start := range from {
				got, gotAt := x.lastRegion(start, at)
				want, wantAt := lastRegionEachTime(x, start, at)
				if got != want || gotAt != wantAt {
					t.Errorf("%s: lastRegion(%d, %d) = %q at %d, want %q at %d", x.a.File, start, at, got, gotAt, want, wantAt)
				}
				n++
				if want != "" {
					found++
				}
			}
		})
	}
	if found == 0 {
		t.Errorf("no region found in %d calls: the check is empty", n)
	}
}

// lastRegionEachTime is lastRegion asking every test of every mention.
func lastRegionEachTime(x *extractor, start, end int) (string, int) {
	best, at := "", -1
	for _, m := range x.mentionsIn(start, end) {
		if x.comparedWith(m.Start) && owner.MatchString(x.str(m.End, end)) {
			return m.Name, m.Start
		}
		if x.inInclusionNote(m.Start) || x.inBookTitle(m.Start, end) || x.orgName(m.End) || x.wider(m.Code) && !x.clauseSubject(m) || x.comparedWith(m.Start) || x.tradePartner(m.Start) || x.visitorsFrom(m.End) || x.boundary(m.End) || x.wider(m.Code) && x.levelOfHonour(m.End) {
			continue
		}
		best, at = m.Name, m.Start
	}
	return best, at
}

// TestClauseStartKept checks clauseStart, which keeps its last answer for
// each enum, against the scan itself, asked at every rune of the seeds
// twice in a row, both ways, and back and forth.
func TestClauseStartKept(t *testing.T) {
	for _, x := range seedExtractors(t) {
		for i := 0; i <= len(x.rs); i++ {
			for _, q := range []struct {
				i    int
				enum bool
			}{{i, false}, {i, false}, {i, true}, {i, false}, {i, true}, {max(0, i-5), true}, {i, true}} {
				if got, want := x.clauseStart(q.i, q.enum), x.scanClauseStart(q.i, q.enum); got != want {
					t.Fatalf("%s: clauseStart(%d, %v) = %d, want %d", x.a.File, q.i, q.enum, got, want)
				}
			}
		}
	}
}

// TestIsEstimateKept checks isEstimate, which keeps its last answer,
// against the answer worked out, before each digit of the seeds' sentences,
// asked twice in a row and for the sentence before too.
func TestIsEstimateKept(t *testing.T) {
	estimates := 0
	for _, x := range seedExtractors(t) {
		eachFigureStart(x, func(k int, sent data.Span, at int) {
			asks := []data.Span{sent, sent}
			if k > 0 {
				asks = append(asks, x.sents[k-1], sent)
			}
			for _, s := range asks {
				got, want := x.isEstimate(s, at), x.estimateBefore(s, at)
				if got != want {
					t.Fatalf("%s: isEstimate(%v, %d) = %v, want %v", x.a.File, s, at, got, want)
				}
				if want {
					estimates++
				}
			}
		})
	}
	if estimates == 0 {
		t.Error("no estimate met: the check is empty")
	}
}

// seedExtractors returns an extractor for each of the seeds' stories.
func seedExtractors(t *testing.T) []*extractor {
	t.Helper()
	as, _, err := testParser.LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	xs := make([]*extractor, len(as))
	for i, a := range as {
		xs[i] = newExtractor(context.Background(), places, a)
	}
	return xs
}

// eachFigureStart calls f at each digit of x's sentences, where figures
// start, with the sentence's index and span.
func eachFigureStart(x *extractor, f func(k int, sent data.Span, at int)) {
	for k, sent := range x.sents {
		for at := sent.Start; at < sent.End; at++ {
			if unicode.IsDigit(x.rs[at]) {
				f(k, sent, at)
			}
		}
	}
}
