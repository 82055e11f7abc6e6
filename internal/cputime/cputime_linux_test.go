package cputime

import (
	"runtime"
	"testing"
	"time"
)

func TestThreadCountsWork(t *testing.T) {
	// The clock is the thread's: the goroutine must stay on one thread, or
	// a busy machine moves it and the difference is of two threads.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := Thread()
	if start <= 0 {
		t.Fatalf("thread CPU time %v", start)
	}
	for x, end := 0, time.Now().Add(20*time.Millisecond); time.Now().Before(end); x++ {
		_ = x * x
	}
	if d := Thread() - start; d <= 0 {
		t.Errorf("20 ms of busy work counted %v of CPU time", d)
	}
}
