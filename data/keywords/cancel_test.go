package keywords

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"zhibiao/data/load"
	"zhibiao/data/region"
)

// places is the gazetteer the tests pass in, as the app and the CLI do.
var places = region.Default()

func TestParallelCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int64
	err := parallel(ctx, 1000, func(i int) {
		if i == 0 {
			cancel()
		}
		calls.Add(1)
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if n := calls.Load(); n >= 1000 {
		t.Errorf("all %d items handed out after the cancel", n)
	}
	cut := func(s string) []string { return []string{s} }
	arts, _, err := load.NewParser(places).LoadSeeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Compute(ctx, arts, cut, places, 5, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Compute after cancel: err = %v", err)
	}
}
