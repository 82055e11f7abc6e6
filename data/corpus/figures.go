package corpus

import (
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"zhibiao/data"
	"zhibiao/data/numparse"
)

// MaxValue bounds the magnitude of an indicator's value in base units: 10^18
// is thousands of times the largest figure a regional report can hold (the
// world's yearly output is under 10^15 元). A figure beyond it is garbage
// (1e300亿元) that would only break sums and chart scales, and is left out
// with a note.
const MaxValue = 1e18

// ErrOutOfRange is the reason of a note for a figure left out because its
// value cannot be held (百分之1e308, 2^1024) or is beyond MaxValue.
var ErrOutOfRange = errors.New("number out of range, left out")

// overflowNotes notes each numeral of the articles that the number scanner
// leaves out because its value cannot be held (numparse.Overflows).
func overflowNotes(arts []*data.Article) []data.LoadProblem {
	var notes []data.LoadProblem
	for _, a := range arts {
		for _, r := range numparse.Overflows(a.Text) {
			notes = append(notes, figureNote(a.Path, r.Text, ""))
		}
	}
	return notes
}

// boundedFigures returns the indicators whose values are finite and within
// MaxValue, and a note for each of the others (too large once the
// extractor applied its units).
func boundedFigures(inds []data.Indicator) ([]data.Indicator, []data.LoadProblem) {
	var notes []data.LoadProblem
	kept := inds[:0:0]
	for _, ind := range inds {
		if !math.IsNaN(ind.Value) && math.Abs(ind.Value) <= MaxValue {
			kept = append(kept, ind)
			continue
		}
		notes = append(notes, figureNote(indicatorPath(ind), ind.Raw, fmt.Sprintf(" (%g %s, limit ±%g)", ind.Value, ind.Unit, MaxValue)))
	}
	if len(notes) == 0 {
		return inds, nil // nothing left out: keep nil as nil
	}
	return kept, notes
}

func indicatorPath(ind data.Indicator) string {
	if ind.Article != nil && ind.Article.Path != "" {
		return ind.Article.Path
	}
	return ind.File
}

// figureNote is the note for one figure left out; long figures (a run of
// 400 digits) are shortened.
func figureNote(path, text, detail string) data.LoadProblem {
	if utf8.RuneCountInString(text) > 40 {
		text = string([]rune(text)[:40]) + "…"
	}
	return data.LoadProblem{File: path, Reason: fmt.Sprintf("%v: %q%s", ErrOutOfRange, text, detail), Note: true}
}
