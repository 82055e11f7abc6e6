package data

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

func TestParallelCallsEachIndexOnce(t *testing.T) {
	var seen [1000]atomic.Int32
	if err := Parallel(context.Background(), len(seen), func(i int) { seen[i].Add(1) }); err != nil {
		t.Fatal(err)
	}
	for i := range seen {
		if n := seen[i].Load(); n != 1 {
			t.Errorf("index %d called %d times", i, n)
		}
	}
}

func TestParallelCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int64
	err := Parallel(ctx, 1000, func(i int) {
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
}
