package output

import (
	"fmt"
	"math"
	"zhibiao/data"
)

// CheckValues returns an error naming the first indicator whose value is
// not finite. Writers call it before writing anything, so that a bad value
// never leaves half a file; a corpus from corpus.Pipeline.Open never has one.
func CheckValues(inds []data.Indicator) error {
	for _, ind := range inds {
		if math.IsInf(ind.Value, 0) || math.IsNaN(ind.Value) {
			return fmt.Errorf("%s %q: value %v is not a number", indicatorPath(ind), ind.Raw, ind.Value)
		}
	}
	return nil
}

// indicatorPath is the file an indicator came from, for messages.
func indicatorPath(ind data.Indicator) string {
	if ind.Article != nil && ind.Article.Path != "" {
		return ind.Article.Path
	}
	return ind.File
}
