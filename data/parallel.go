package data

import (
	"context"
	"runtime"
	"sync"
)

// Parallel calls work(i) for i in [0, n) on GOMAXPROCS goroutines and
// waits for them. It hands out no more indices once ctx is cancelled and
// then returns ctx.Err(). Extraction and the keyword stage share it.
func Parallel(ctx context.Context, n int, work func(i int)) error {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				work(i)
			}
		})
	}
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	return ctx.Err()
}
