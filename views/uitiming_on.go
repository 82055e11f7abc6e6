//go:build uitiming && linux

package views

import (
	"log"
	"syscall"
	"time"
	"unsafe"
)

// TimeUI marks the start of work on the UI thread; the returned function
// logs how long it took, on the wall clock and in the CPU time of the
// thread (which other processes on a busy machine do not inflate). Build
// with -tags uitiming to measure the UI thread, e.g. in map mode.
func TimeUI(name string) func() {
	start, cpu := time.Now(), threadCPUTime()
	return func() {
		log.Printf("uitiming %s wall %.3f ms cpu %.3f ms", name,
			float64(time.Since(start).Microseconds())/1000, float64((threadCPUTime()-cpu).Microseconds())/1000)
	}
}

// threadCPUTime is the CPU time of the calling OS thread
// (CLOCK_THREAD_CPUTIME_ID; the Fyne thread is locked to one).
func threadCPUTime() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTimeID = 3
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}
