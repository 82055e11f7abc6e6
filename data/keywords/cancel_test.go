package keywords

import (
	"context"
	"errors"
	"testing"

	"zhibiao/data/load"
	"zhibiao/data/region"
)

// places is the gazetteer the tests pass in, as the app and the CLI do.
var places = region.Default()

func TestComputeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the pool's own cancelling is data.TestParallelCancelled's
	cut := func(s string) []string { return []string{s} }
	arts, _, err := load.NewParser(places).LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Compute(ctx, arts, cut, places, 5, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Compute after cancel: err = %v", err)
	}
}
