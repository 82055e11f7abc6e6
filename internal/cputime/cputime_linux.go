// Package cputime reads the CPU time of the calling OS thread, for
// measuring work on the UI thread (which Fyne locks to one OS thread)
// without counting the time other processes take from it.
package cputime

import (
	"syscall"
	"time"
	"unsafe"
)

// Thread is the CPU time the calling OS thread has used
// (CLOCK_THREAD_CPUTIME_ID), 0 if the clock cannot be read.
func Thread() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTimeID = 3
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}
