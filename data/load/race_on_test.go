//go:build race

package load

// raceEnabled: the race detector slows the expression engine ten times
// over; single-threaded checks of every expression on every text sample
// the texts under it (go test without -race checks them all).
const raceEnabled = true
